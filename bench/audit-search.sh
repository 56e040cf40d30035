#!/usr/bin/env bash
# Audit search benchmark (docs/benchmarks.md, "Audit search"). From the project root, after bench/run.sh has made the
# national database once (BENCH_DIR/pg.pristine):  bench/audit-search.sh
# Starts the packaged app on a copy of that database, adds 1.000.000 audit entries and prints EXPLAIN ANALYZE times of
# the audit page's two statements with and without the trigram index (dropped inside a rolled-back transaction).
set -euo pipefail
cd "$(dirname "$0")/.."
B=${BENCH_DIR:-/tmp/ansinh-bench}
[[ -f target/ansinh-0.1.0-SNAPSHOT.jar ]] || ./mvnw -q -B -DskipTests package
rm -rf $B/pg-audit && cp -a $B/pg.pristine $B/pg-audit
java -jar target/ansinh-0.1.0-SNAPSHOT.jar --ansinh.embedded-postgres.data-dir=$B/pg-audit \
  --ansinh.embedded-postgres.port=55441 --server.port=8091 > $B/audit-app.log 2>&1 &
APP=$!
trap "kill $APP" EXIT
for i in $(seq 1 600); do curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8091/login 2>/dev/null | grep -q 200 && break; sleep 0.2; done
grep -o "Migrating schema .*to version \"020.*\|Successfully applied.*" $B/audit-app.log || true
P="psql -h localhost -p 55441 -U postgres -X -At -v ON_ERROR_STOP=1"
$P -c "select count(*) from audit_entry"
s=$(date +%s.%N)
$P -q <<'SQL'
insert into audit_entry (at, username, entity_kind, entity_id, action, before_json, after_json)
select now() - (g || ' seconds')::interval,
       (array['canbo','pb.11422','pb.11425','yte.306','admin','lanhdao'])[1 + g % 6],
       (array['indicator_value','ward_report','task','plan','app_user','org_unit'])[1 + g % 6],
       (g % 50000)::text,
       (array['value.save','report.save','report.submit','task.progress','plan.edit','user.edit'])[1 + g % 6],
       '{"value": ' || (g % 1000) / 10.0 || ', "narrative": "Số liệu của ' ||
         (array['Phường Cát Bi','Phường Thành Tô','Phường Đằng Lâm','Phường Đằng Hải','Phường Nam Hải','Phường Tràng Cát'])[1 + g % 6]
         || ' năm ' || (2020 + g % 7) || '", "source": "Báo cáo số ' || g || '/BC-UBND"}',
       '{"value": ' || (g % 997) / 10.0 || ', "narrative": "Cập nhật theo kết quả rà soát hộ nghèo, hộ cận nghèo lần ' || g % 13 || '"}'
from generate_series(1, 1000000) g;
analyze audit_entry;
SQL
echo "inserted 1M in $(echo "$(date +%s.%N) - $s" | bc) s"
$P -c "select pg_size_pretty(pg_relation_size('audit_entry')), pg_size_pretty(pg_relation_size('audit_entry_search_trgm'))"
F="search_text"
for words in "dang lam" "12345/bc-ubnd" "canbo 77777" "khong-co-dau"; do
  w=""; for x in $words; do w="$w and $F like '%$x%'"; done
  for run in with without; do
    pre=""; [ $run = without ] && pre="drop index audit_entry_search_trgm;"
    out=$($P <<SQL
begin; $pre
explain (analyze, format text) select count(*) from audit_entry where ((true $w) or action = 'report.submit.x');
explain (analyze, format text) select id from audit_entry where ((true $w) or action = 'report.submit.x') order by at desc, id desc limit 50;
rollback;
SQL
)
    echo "$words | $run | count: $(echo "$out" | grep 'Execution Time' | sed -n 1p) | page: $(echo "$out" | grep 'Execution Time' | sed -n 2p)"
  done
done
