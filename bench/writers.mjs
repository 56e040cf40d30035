// Write benchmark (issue 6): N ward officers (bench.w001…, from bench/generate.sql) at once, each logged in with its
// own session. Each writer, as fast as it can: ROUNDS times enters the 2026 value of every ward-level target of its
// commune (GET the form for the CSRF token and version, POST it), then saves its 2026 report as a draft and submits
// it. Afterwards the database is read (psql) to check that no write was lost: every value holds the writer's last
// number and was written by it, with one history line per round, and every report is SUBMITTED with the text sent.
// Usage: node bench/writers.mjs BASE_URL PLAN_ID WRITERS ROUNDS PGPORT  -> prints one JSON line.
import { execFileSync } from 'node:child_process';

const [base, planId, writers = '50', rounds = '2', pgPort = '55439'] = process.argv.slice(2);
const N = Number(writers), ROUNDS = Number(rounds);

function sql(query) {
  return execFileSync('psql', ['-h', 'localhost', '-p', pgPort, '-U', 'postgres', '-X', '-At', '-F', '|', '-c', query],
    { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(l => l.split('|'));
}

const targets = sql(`select id, value_type from target where plan_id = ${planId} and ward_level and retired_on is null order by position`);
const wards = sql(`select u.username, u.org_unit_id, r.id from app_user u join ward_report r on r.ward_id = u.org_unit_id
  join reporting_cycle c on c.id = r.cycle_id and c.plan_id = ${planId} and c.year = 2026
  where u.username like 'bench.w%' order by u.username limit ${N}`);

const lat = { value: [], reportSave: [], reportSubmit: [], login: [] };
let failed = 0;
const failures = [];

async function request(session, method, path, form) {
  const headers = { cookie: session.cookie ? `SESSION=${session.cookie}` : '' };
  let body;
  if (form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(form).toString();
  }
  const t0 = performance.now();
  const res = await fetch(base + path, { method, headers, body, redirect: 'manual' });
  const text = await res.text();
  const ms = performance.now() - t0;
  const set = res.headers.get('set-cookie');
  const m = set && /SESSION=([^;]+)/.exec(set);
  if (m) session.cookie = m[1];
  return { status: res.status, location: res.headers.get('location') || '', text, ms };
}

const csrf = html => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
const version = html => /name="version" value="(\d*)"/.exec(html)?.[1] ?? '';

function check(ok, what) {
  if (!ok) { failed++; if (failures.length < 10) failures.push(what); }
  return ok;
}

function valueText(type, writer, round, t) {
  // percent within 0–100 with one decimal (vi-VN comma), counts whole
  return type === 'COUNT' ? String(1000 * writer + 10 * round + t) : `${writer},${round}`;
}
const valueNumber = (type, writer, round, t) => type === 'COUNT' ? 1000 * writer + 10 * round + t : Number(`${writer}.${round}`);

async function writer(index, [username, wardId, reportId]) {
  const s = {};
  const page = await request(s, 'GET', '/login');
  const login = await request(s, 'POST', '/login', { username, password: 'AnSinh@2025', _csrf: csrf(page.text) });
  lat.login.push(login.ms);
  if (!check(login.status === 302 && !login.location.includes('error'), `${username} login ${login.status}`)) return;
  for (let round = 1; round <= ROUNDS; round++) {
    for (let t = 0; t < targets.length; t++) {
      const [id, type] = targets[t];
      const form = await request(s, 'GET', `/targets/${id}/values/edit?year=2026&unit=${wardId}`);
      if (!check(form.status === 200, `${username} form ${id} ${form.status}`)) continue;
      const res = await request(s, 'POST', `/targets/${id}/values`, {
        _csrf: csrf(form.text), year: '2026', orgUnitId: wardId, version: version(form.text),
        value: valueText(type, index + 1, round, t), source: `Đo tải ${username} lượt ${round}`
      });
      lat.value.push(res.ms);
      check(res.status === 302 && res.location.endsWith(`/targets/${id}`), `${username} value ${id} ${res.status} ${res.location}`);
    }
  }
  for (const action of ['save', 'submit']) {
    const form = await request(s, 'GET', `/reports/${reportId}/edit`);
    if (!check(form.status === 200, `${username} report form ${form.status}`)) return;
    const groups = (form.text.match(/name="results\[\d+\]"/g) || []).length;
    const body = { _csrf: csrf(form.text), version: version(form.text), action, strengths: `Kết quả đo tải của ${username}` };
    for (let g = 0; g < groups; g++) body[`results[${g}]`] = `Nhóm ${g + 1}: ${username}`;
    const res = await request(s, 'POST', `/reports/${reportId}`, body);
    (action === 'save' ? lat.reportSave : lat.reportSubmit).push(res.ms);
    const expected = action === 'save' ? `/reports/${reportId}/edit` : `/reports/${reportId}`;
    check(res.status === 302 && res.location.endsWith(expected), `${username} report ${action} ${res.status} ${res.location}`);
  }
}

function stats(list) {
  const a = [...list].sort((x, y) => x - y);
  const p = q => a.length ? Math.round(a[Math.min(a.length - 1, Math.ceil(q * a.length) - 1)]) : null;
  return { n: a.length, p50: p(0.5), p95: p(0.95), p99: p(0.99), max: a.length ? Math.round(a[a.length - 1]) : null };
}

const t0 = performance.now();
await Promise.all(wards.map((w, i) => writer(i, w).catch(e => check(false, `${w[0]} ${e}`))));
const seconds = (performance.now() - t0) / 1000;

// lost writes: what the database holds against what each writer last sent
let lost = 0;
const lostSample = [];
const stored = new Map(sql(`select v.org_unit_id || ':' || v.target_id, v.value, v.updated_by,
    (select count(*) from indicator_value_change ch where ch.indicator_value_id = v.id and ch.changed_by = v.updated_by)
  from indicator_value v join target t on t.id = v.target_id and t.plan_id = ${planId} and t.ward_level
  where v.year = 2026 and v.org_unit_id in (${wards.map(w => w[1]).join(',')})`).map(r => [r[0], r.slice(1)]));
wards.forEach(([username, wardId], i) => targets.forEach(([id, type], t) => {
  const [value, by, changes] = stored.get(`${wardId}:${id}`) || [];
  const ok = Number(value) === valueNumber(type, i + 1, ROUNDS, t) && by === username && Number(changes) === ROUNDS;
  if (!ok) { lost++; if (lostSample.length < 5) lostSample.push({ username, target: id, value, by, changes }); }
}));
const reports = new Map(sql(`select r.id, r.state, r.strengths from ward_report r where r.id in (${wards.map(w => w[2]).join(',')})`)
  .map(r => [r[0], r]));
wards.forEach(([username, , reportId]) => {
  const r = reports.get(reportId);
  if (!r || r[1] !== 'SUBMITTED' || r[2] !== `Kết quả đo tải của ${username}`) {
    lost++;
    if (lostSample.length < 5) lostSample.push({ username, report: reportId, state: r && r[1] });
  }
});

console.log(JSON.stringify({
  writers: wards.length, rounds: ROUNDS, wardTargets: targets.length, seconds: Math.round(seconds * 10) / 10,
  writes: lat.value.length + lat.reportSave.length + lat.reportSubmit.length,
  latencyMs: { login: stats(lat.login), value: stats(lat.value), reportSave: stats(lat.reportSave), reportSubmit: stats(lat.reportSubmit) },
  failed, failures, lost, lostSample
}));
