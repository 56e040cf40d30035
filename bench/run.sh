#!/usr/bin/env bash
# National-scale benchmark (issue 6). From the project root:  bench/run.sh
# Needs: java 17, psql, wrk (apt-get install -y wrk), node 20. Uses the app's own embedded PostgreSQL (io.zonky, 17)
# in $BENCH_DIR (default /tmp/ansinh-bench, outside the repository). The first run migrates a fresh database with the
# app, fills it with bench/generate.sql and keeps a pristine copy; every run starts from that copy.
# Settings (environment): BENCH_DIR, PG_PORT (55439), APP_PORT (8089), DURATION (10s), CONNS ("1 8 32"),
# DETAIL_DURATION (30s: the target page takes seconds), WRITERS (50), ROUNDS (2), BUILD (1 = package first), JAVA_OPTS.
# Writes bench/results/<date>.md and prints it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BENCH_DIR=${BENCH_DIR:-/tmp/ansinh-bench}
PG_PORT=${PG_PORT:-55439}
APP_PORT=${APP_PORT:-8089}
DURATION=${DURATION:-10s}
DETAIL_DURATION=${DETAIL_DURATION:-30s}
CONNS=${CONNS:-"1 8 32"}
WRITERS=${WRITERS:-50}
ROUNDS=${ROUNDS:-2}
BASE=http://127.0.0.1:$APP_PORT
PSQL=(psql -h localhost -p "$PG_PORT" -U postgres -X -At -v ON_ERROR_STOP=1)
mkdir -p "$BENCH_DIR" bench/results

if [[ "${BUILD:-1}" == 1 || ! -f target/ansinh-0.1.0-SNAPSHOT.jar ]]; then
  ./mvnw -q -B -DskipTests package
fi
JAR=$(ls target/ansinh-*.jar | grep -v plain | head -1)

APP_PID=
start_app() { # $1 log file
  java ${JAVA_OPTS:-} -jar "$JAR" --ansinh.embedded-postgres.data-dir="$BENCH_DIR/pg" \
    --ansinh.embedded-postgres.port="$PG_PORT" --server.port="$APP_PORT" > "$1" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do
    if curl -s -o /dev/null -w '%{http_code}' "$BASE/login" 2>/dev/null | grep -q 200; then return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$1"; echo "app died" >&2; exit 1; }
    sleep 0.1
  done
  echo "app did not start" >&2; exit 1
}
stop_app() {
  [[ -n "$APP_PID" ]] || return 0
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
}
trap stop_app EXIT

# ---------------------------------------------------------------- data (once)
if [[ ! -d "$BENCH_DIR/pg.pristine" ]]; then
  rm -rf "$BENCH_DIR/pg"
  echo "== migrating a fresh database and generating national-scale data"
  start_app "$BENCH_DIR/generate-app.log"
  s=$(date +%s)
  "${PSQL[@]}" -q -f bench/generate.sql > /dev/null
  echo "   generated in $(( $(date +%s) - s )) s"
  stop_app
  cp -a "$BENCH_DIR/pg" "$BENCH_DIR/pg.pristine"
fi
rm -rf "$BENCH_DIR/pg"
cp -a "$BENCH_DIR/pg.pristine" "$BENCH_DIR/pg"

# ---------------------------------------------------------------- start-up
echo "== start-up"
t0=$(date +%s.%N)
start_app "$BENCH_DIR/app.log"
t1=$(date +%s.%N)
STARTUP=$(printf '%.1f' "$(echo "$t1 - $t0" | bc)")
SPRING_STARTED=$(grep -o 'Started AnSinhApplication in [0-9.]* seconds' "$BENCH_DIR/app.log" | grep -o '[0-9.]*' | head -1)

q() { "${PSQL[@]}" -c "$1"; }
PGVER=$(q 'show server_version')
PLAN=$(q "select id from plan where code = 'BENCH-VN'")
TARGET=$(q "select id from target where plan_id = $PLAN and code = 'CT06'")        # ward level: 33.220 values
TARGET_SMALL=$(q "select id from target where code = 'CT06' and plan_id = (select id from plan where code = 'HAI-AN-2024')")
CYCLE=$(q "select id from reporting_cycle where plan_id = $PLAN and year = 2026")
COUNTS=$(q "select (select count(*) from org_unit where code like 'BENCH-X%') || ' communes, '
  || (select count(*) from org_unit where code like 'BENCH-P%') || ' provinces, '
  || (select count(*) from indicator_value) || ' values, ' || (select count(*) from ward_report) || ' ward reports'")

# ---------------------------------------------------------------- login
COOKIES="$BENCH_DIR/cookies"
rm -f "$COOKIES"
TOKEN=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$COOKIES" -b "$COOKIES" -o /dev/null --data-urlencode username=bench.admin \
  --data-urlencode password=AnSinh@2025 --data-urlencode "_csrf=$TOKEN" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" {print $7}' "$COOKIES")
[[ -n "$SESSION" ]] || { echo "login failed" >&2; exit 1; }

declare -A PAGES=(
  [static]="/css/app.css"
  [targets]="/targets?plan=$PLAN"
  [target]="/targets/$TARGET"
  [target-hai-an]="/targets/$TARGET_SMALL"
  [completeness]="/cycles/$CYCLE"
  [summary]="/summary?plan=$PLAN&year=2026"
)
ORDER="static targets target-hai-an completeness summary target"

echo "== warm-up"
for name in $ORDER; do
  for _ in 1 2 3; do
    curl -s -o /dev/null -H "Cookie: SESSION=$SESSION" -w "   $name %{http_code} %{time_total}s %{size_download} B\n" "$BASE${PAGES[$name]}"
  done
done

# Waits until the app has finished the requests wrk left in flight (its CPU use over a second falls under 10 %),
# so that one page's backlog is not measured as the next page's latency.
drain() {
  for _ in $(seq 1 180); do
    a=$(awk '{print $14 + $15}' /proc/"$APP_PID"/stat); sleep 1; b=$(awk '{print $14 + $15}' /proc/"$APP_PID"/stat)
    (( b - a < 10 )) && return 0
  done
}

declare -A RPS
ROWS=""
for name in $ORDER; do
  for c in $CONNS; do
    d=$DURATION
    [[ $name == completeness ]] && d=$DETAIL_DURATION
    if [[ $name == target ]]; then
      d=$DETAIL_DURATION
      # 21 MB of HTML and 15–20 s per request: even 8 at once finish nothing within a bounded run
      [[ $c -gt 1 ]] && { ROWS+="| $name | $c | skipped (see docs/benchmarks.md) | | | | | |"$'\n'; continue; }
    fi
    drain
    t=$(( c < 2 ? c : 2 ))
    out=$(wrk -t"$t" -c"$c" -d"$d" --timeout 60s --latency -s bench/wrk-report.lua \
      -H "Cookie: SESSION=$SESSION" "$BASE${PAGES[$name]}" | grep '^RESULT')
    eval "$(echo "$out" | sed 's/^RESULT //' | tr ' ' '\n' | sed 's/^/r_/')"
    rps=$(echo "scale=1; $r_requests / $r_seconds" | bc)
    RPS[$name.$c]=$rps
    ratio=$(echo "scale=4; $rps / ${RPS[static.$c]}" | bc)
    echo "   $name c=$c: $rps req/s p50 $r_p50 p95 $r_p95 p99 $r_p99 ms (errors $r_socket_errors, non-2xx $r_non2xx)"
    ROWS+="| $name | $c | $rps | $(printf '%.4f' "$ratio") | $r_p50 | $r_p95 | $r_p99 | $r_socket_errors / $r_non2xx |"$'\n'
  done
done

drain
# ---------------------------------------------------------------- heap after the read load
PID=$APP_PID
HEAP_BEFORE=$(jcmd "$PID" GC.heap_info | head -3)
jcmd "$PID" GC.run > /dev/null
HEAP_AFTER=$(jcmd "$PID" GC.heap_info | head -3)
RSS=$(grep VmRSS /proc/"$PID"/status | awk '{print $2/1024 " MB"}')
MAXHEAP=$(jcmd "$PID" VM.flags | grep -o -- '-XX:MaxHeapSize=[0-9]*' | cut -d= -f2)

# ---------------------------------------------------------------- writes
drain
echo "== writes: $WRITERS ward officers"
WRITES=$(node bench/writers.mjs "$BASE" "$PLAN" "$WRITERS" "$ROUNDS" "$PG_PORT")
echo "   $WRITES"
stop_app

DATE=$(date +%Y-%m-%d)
OUT=bench/results/$DATE.md
{
  echo "# Benchmark run $DATE"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(java -version 2>&1 | head -1),"
  echo "PostgreSQL $PGVER (embedded, io.zonky). Data: $COUNTS."
  echo "Command: \`bench/run.sh\` (DURATION=$DURATION, DETAIL_DURATION=$DETAIL_DURATION, CONNS=\"$CONNS\")."
  echo
  echo "Start-up: $STARTUP s until /login answers (Spring: ${SPRING_STARTED} s), embedded PostgreSQL start included."
  echo
  echo "Heap after the read load (max heap $((MAXHEAP / 1048576)) MB), RSS $RSS:"
  echo '```'
  echo "before GC: $HEAP_BEFORE"
  echo "after GC:  $HEAP_AFTER"
  echo '```'
  echo
  echo "| page | connections | requests/s | ratio to static | p50 ms | p95 ms | p99 ms | socket errors / non-2xx |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s' "$ROWS"
  echo
  echo "Pages: static = ${PAGES[static]}, targets = ${PAGES[targets]}, target = ${PAGES[target]} (CT06, ward level),"
  echo "target-hai-an = ${PAGES[target-hai-an]} (the same target in the district plan), completeness = ${PAGES[completeness]},"
  echo "summary = ${PAGES[summary]}."
  echo
  echo "Writes ($WRITERS concurrent ward officers, $ROUNDS rounds of value entry, then report save and submit):"
  echo '```json'
  echo "$WRITES"
  echo '```'
} > "$OUT"
cat "$OUT"
