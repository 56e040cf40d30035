-- National-scale benchmark data (issue 6), for a database already migrated by the app (Flyway V001…).
-- NEVER run on a real database: it adds a fake country. Run with
--   psql -v ON_ERROR_STOP=1 -h localhost -p PORT -U postgres -d postgres -f bench/generate.sql
-- Adds, next to the Hải An seed data:
--   * unit 'BENCH-VN' (kind DISTRICT, so that it is a territory and can issue a plan), 34 provinces 'BENCH-P01'…
--     (kind CITY) under it, and 3.321 communes 'BENCH-X00001'… (kind WARD) whose parent is BENCH-VN itself.
--     The communes are NOT placed under their provinces: OrgUnitRepository.findTerritoriesUnder and wardsOn only
--     look one level down (parent_id = issuing unit) and keep DISTRICT/WARD kinds, so under a three-level tree a
--     national plan would see no ward at all (see docs/benchmarks.md). The province is only named in each commune's
--     name and short name.
--   * plan 'BENCH-VN' issued by BENCH-VN, base year 2016, target year 2030: a copy of the Hải An plan's 39 targets
--     (same kinds, ward-level flags and ranges), its sections (task groups of section III) and its ward reporting
--     rule (05/10).
--   * values of every target for BENCH-VN and every commune, 2017–2026: 39 × 3.322 × 10 = 1.295.580 values; ward
--     values of 2017–2025 are confirmed.
--   * a reporting cycle per year 2017–2026 and one ward report per commune and year (33.210): 2017–2025 mostly
--     accepted (some late, some returned), 2026 about 70 % submitted and the rest drafts; communes 1–50 keep a
--     2026 draft for the write benchmark.
--   * accounts bench.admin (ADMIN) and bench.w001…bench.w050 (WARD_OFFICER of communes 1–50), password AnSinh@2025.
-- Deterministic: setseed fixes random().

\set ON_ERROR_STOP on
select setseed(0.42);

do $$ begin
    if exists (select 1 from plan where code = 'BENCH-VN') then
        raise exception 'benchmark data already present';
    end if;
end $$;

-- ---------------------------------------------------------------- units
insert into org_unit (code, name, short_name, kind, parent_id, valid_from)
values ('BENCH-VN', 'Toàn quốc (dữ liệu đo tải)', 'Toàn quốc', 'DISTRICT', null, date '2016-01-01');

insert into org_unit (code, name, short_name, kind, parent_id, valid_from)
select 'BENCH-P' || lpad(p::text, 2, '0'), 'Tỉnh đo tải ' || p, 'Tỉnh ' || p, 'CITY',
       (select id from org_unit where code = 'BENCH-VN'), date '2016-01-01'
from generate_series(1, 34) p;

insert into org_unit (code, name, short_name, kind, parent_id, valid_from, contact_email)
select 'BENCH-X' || lpad(n::text, 5, '0'),
       'Xã đo tải ' || lpad(n::text, 5, '0') || ' (tỉnh ' || (1 + (n - 1) % 34) || ')',
       'Xã ' || n, 'WARD', (select id from org_unit where code = 'BENCH-VN'), date '2016-01-01',
       'xa' || n || '@example.org'
from generate_series(1, 3321) n;

-- ---------------------------------------------------------------- plan, sections, rule, targets
insert into plan (code, number, title, summary, issue_date, issuing_unit_id, base_year, target_year, vision_year,
                  vision_text, signer_title, signer_name)
select 'BENCH-VN', 'ĐO-TẢI', 'Kế hoạch đo tải toàn quốc (bản sao các chỉ tiêu của Kế hoạch quận Hải An)', p.summary,
       date '2016-06-01', (select id from org_unit where code = 'BENCH-VN'), 2016, 2030, p.vision_year, p.vision_text,
       p.signer_title, p.signer_name
from plan p where p.code = 'HAI-AN-2024';

-- sections level by level (I, then I.1, then III.4.1), parents found by code
insert into plan_section (plan_id, parent_id, code, position, heading, body)
select (select id from plan where code = 'BENCH-VN'), null, s.code, s.position, s.heading, s.body
from plan_section s join plan p on p.id = s.plan_id and p.code = 'HAI-AN-2024' where s.parent_id is null;
insert into plan_section (plan_id, parent_id, code, position, heading, body)
select np.plan_id, np.id, s.code, s.position, s.heading, s.body
from plan_section s join plan p on p.id = s.plan_id and p.code = 'HAI-AN-2024'
join plan_section ps on ps.id = s.parent_id and ps.parent_id is null
join plan_section np on np.code = ps.code and np.plan_id = (select id from plan where code = 'BENCH-VN');
insert into plan_section (plan_id, parent_id, code, position, heading, body)
select np.plan_id, np.id, s.code, s.position, s.heading, s.body
from plan_section s join plan p on p.id = s.plan_id and p.code = 'HAI-AN-2024'
join plan_section ps on ps.id = s.parent_id join plan_section pps on pps.id = ps.parent_id and pps.parent_id is null
join plan_section np on np.code = ps.code and np.plan_id = (select id from plan where code = 'BENCH-VN');

insert into reporting_rule (plan_id, reporter_kind, recipient_unit_id, via_unit_id, frequency, deadline_month,
                            deadline_day, deadline_exclusive, source_section_code, description)
select (select id from plan where code = 'BENCH-VN'), r.reporter_kind, (select id from org_unit where code = 'BENCH-VN'),
       null, r.frequency, r.deadline_month, r.deadline_day, r.deadline_exclusive, r.source_section_code, r.description
from reporting_rule r join plan p on p.id = r.plan_id and p.code = 'HAI-AN-2024';

insert into target (plan_id, code, position, section_code, area, statement, indicator_name, measure_unit, kind,
                    value_type, maintain_direction, target_value, target_value_max, rate_multiplier, target_year,
                    baseline_year, baseline_value, responsible_unit_id, data_source, decimals, retired_on,
                    plausible_min, plausible_max, ward_level)
select (select id from plan where code = 'BENCH-VN'), code, position, section_code, area, statement, indicator_name,
       measure_unit, kind, value_type, maintain_direction, target_value, target_value_max, rate_multiplier, target_year,
       baseline_year, baseline_value, responsible_unit_id, data_source, decimals, retired_on, plausible_min,
       plausible_max, ward_level
from target where plan_id = (select id from plan where code = 'HAI-AN-2024');

-- ---------------------------------------------------------------- values
-- Numbers around the target within the type's bounds; milestones and qualitative targets get a narrative only.
insert into indicator_value (target_id, org_unit_id, year, value, narrative, updated_by, updated_at, confirmed_at)
select t.id, u.id, y,
       case
           when t.value_type in ('MILESTONE', 'NONE') then null
           when t.value_type = 'LEVEL' then 1 + floor(random() * 3)
           when t.value_type = 'PERCENT' then round(least(100, greatest(0,
                   coalesce(nullif(t.target_value, 0), 5) * (0.75 + random() * 0.3)))::numeric, 1)
           when t.value_type = 'COUNT' then round(t.target_value * (0.5 + random()))
           else round((coalesce(t.target_value, 10) * (0.85 + random() * 0.25))::numeric, 1)
       end,
       case when t.value_type in ('MILESTONE', 'NONE') then 'Đang triển khai theo kế hoạch năm ' || y end,
       'bench-gen', make_timestamptz(y, 10, 1, 9, 0, 0, 'Asia/Ho_Chi_Minh'),
       case when t.ward_level and u.kind = 'WARD' and y < 2026 then make_timestamptz(y, 10, 20, 9, 0, 0, 'Asia/Ho_Chi_Minh') end
from target t
cross join org_unit u
cross join generate_series(2017, 2026) y
where t.plan_id = (select id from plan where code = 'BENCH-VN')
  and (u.code = 'BENCH-VN' or u.code like 'BENCH-X%');

-- ---------------------------------------------------------------- cycles and reports
insert into reporting_cycle (plan_id, year, opens_on, deadline, period_from, period_to, created_by, created_at)
select (select id from plan where code = 'BENCH-VN'), y, make_date(y, 1, 1), make_date(y, 10, 5),
       make_date(y - 1, 10, 6), make_date(y, 10, 5), 'bench-gen', make_timestamptz(y, 1, 2, 8, 0, 0, 'Asia/Ho_Chi_Minh')
from generate_series(2017, 2026) y;

insert into ward_report (cycle_id, ward_id, state, strengths, limitations, next_year, return_reason,
                         first_submitted_at, submitted_at, accepted_at, updated_by, updated_at)
select c.id, u.id, s.state,
       'Chi trả đầy đủ, kịp thời các chế độ chính sách (dữ liệu đo tải).', 'Một số chỉ tiêu còn chậm.',
       'Tiếp tục rà soát hộ nghèo, hộ cận nghèo.',
       case when s.state = 'RETURNED' then 'Đề nghị bổ sung số liệu.' end,
       case when s.state <> 'DRAFT' then s.sent end, case when s.state <> 'DRAFT' then s.sent end,
       case when s.state = 'ACCEPTED' then s.sent + interval '10 days' end,
       'bench-gen', coalesce(s.sent, make_timestamptz(c.year, 9, 1, 9, 0, 0, 'Asia/Ho_Chi_Minh'))
from reporting_cycle c
cross join org_unit u
cross join lateral (
    select case
               when c.year = 2026 and right(u.code, 5)::int <= 50 then 'DRAFT'
               when c.year = 2026 then case when r < 0.7 then 'SUBMITTED' else 'DRAFT' end
               when r < 0.9 then 'ACCEPTED' when r < 0.95 then 'SUBMITTED' else 'RETURNED'
           end as state,
           -- 80 % on time (up to 20 days before the deadline), the rest up to 15 days late
           make_timestamptz(c.year, 10, 5, 10, 0, 0, 'Asia/Ho_Chi_Minh')
               + case when r2 < 0.8 then -r2 * 25 else (r2 - 0.8) * 75 end * interval '1 day' as sent
    from (select random() + 0 * u.id as r, random() + 0 * c.id as r2) x
) s
where c.plan_id = (select id from plan where code = 'BENCH-VN') and u.code like 'BENCH-X%';

insert into ward_report_transition (report_id, from_state, to_state, actor, at)
select r.id, null, 'DRAFT', 'bench-gen', r.updated_at from ward_report r
join reporting_cycle c on c.id = r.cycle_id and c.plan_id = (select id from plan where code = 'BENCH-VN');

-- ---------------------------------------------------------------- accounts (password AnSinh@2025)
insert into app_user (username, password_hash, full_name, role, org_unit_id)
values ('bench.admin', '$2a$10$PXm88Mwrd83O6GA6xDSOC.G5zr/XqIZUkg3ZEgv4oeHE.mdV4XqJG', 'Quản trị đo tải', 'ADMIN', null);
insert into app_user (username, password_hash, full_name, role, org_unit_id)
select 'bench.w' || lpad(n::text, 3, '0'), '$2a$10$PXm88Mwrd83O6GA6xDSOC.G5zr/XqIZUkg3ZEgv4oeHE.mdV4XqJG',
       'Cán bộ xã đo tải ' || n, 'WARD_OFFICER', (select id from org_unit where code = 'BENCH-X' || lpad(n::text, 5, '0'))
from generate_series(1, 50) n;

analyze;
