#!/usr/bin/env bash
# Manarat's benchmark: seeds a fresh database, serves the release binary on 127.0.0.1 and drives
# it with wrk. See Benchmarks/README.md.
#
#   Benchmarks/run.sh             20 000 requests on SQLite (or DATABASE_URL); scenarios a b c1 c3 h
#   Benchmarks/run.sh --smoke     200 requests, 1 s per run, no warm-up; exits 1 on any error
#   Benchmarks/run.sh --large     1 000 000 requests, 200 000 beneficiaries on PostgreSQL; c1 c3
#   options: --requests N, --beneficiaries M (override the mode's sizes)
#
# Environment: MANARAT_BIN (a built binary; otherwise `swift build -c release` runs first),
# DATABASE_URL (PostgreSQL; its schema public is DROPPED and recreated), BENCH_WORK_DIR (where the
# database, logs and wrk outputs go; default a new /tmp/manarat-bench.*), WRK_THREADS (default
# min(connections, 2)), BENCH_CONNECTIONS (default "2 8"), BENCH_SCENARIOS (default the mode's),
# BENCH_DURATION and BENCH_WARMUP (seconds).
set -euo pipefail
# The data key: MANARAT_DATA_KEY as given, or a new one for this run (every instance it starts shares it).
export MANARAT_DATA_KEY="${MANARAT_DATA_KEY:-$(head -c 32 /dev/urandom | base64)}"

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
helper="$here/bench.py"
lua="$here/bench.lua"

mode=normal
requests_override=""
beneficiaries_override=""
while [ $# -gt 0 ]; do
    case "$1" in
    --smoke) mode=smoke ;;
    --large) mode=large ;;
    --requests) requests_override=${2:?--requests needs a number}; shift ;;
    --beneficiaries) beneficiaries_override=${2:?--beneficiaries needs a number}; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
    esac
    shift
done

case "$mode" in
normal) requests=20000; duration=10; warmup=2; scenarios="a b c1 c3 h" ;;
smoke)  requests=200;   duration=1;  warmup=0; scenarios="a b c1 c3 h" ;;
large)  requests=1000000; duration=10; warmup=2; scenarios="c1 c3" ;;
esac
requests=${requests_override:-$requests}
if [ -n "$beneficiaries_override" ]; then beneficiaries=$beneficiaries_override
elif [ "$mode" = large ] && [ -z "$requests_override" ]; then beneficiaries=200000
else beneficiaries=$(( requests / 5 > 100 ? requests / 5 : 100 )); fi
duration=${BENCH_DURATION:-$duration}
warmup=${BENCH_WARMUP:-$warmup}
scenarios=${BENCH_SCENARIOS:-$scenarios}
connection_counts=${BENCH_CONNECTIONS:-"2 8"}

say() { printf '%s\n' "== $*" >&2; }
fail() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

for tool in wrk python3 curl; do
    command -v "$tool" >/dev/null || fail "$tool is missing (Debian: apt-get install -y $tool)"
done

# ---------------------------------------------------------------- binary
if [ -n "${MANARAT_BIN:-}" ]; then
    bin=$MANARAT_BIN
else
    say "building the release binary (swift build -c release --product manarat)"
    (cd "$root" && swift build -c release --product manarat) >&2
    bin="$(cd "$root" && swift build -c release --show-bin-path)/manarat"
fi
[ -x "$bin" ] || fail "no executable at $bin"

work=${BENCH_WORK_DIR:-$(mktemp -d /tmp/manarat-bench.XXXXXX)}
mkdir -p "$work"
results="$work/results.jsonl"
: > "$results"
say "work directory $work"

server_pid=""
pg_dir=""
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [ -n "$pg_dir" ]; then "$root/scripts/postgres.sh" stop "$pg_dir" || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- database
export MANARAT_NO_DEMO=1
if [ "$mode" = large ] && [ -z "${DATABASE_URL:-}" ]; then
    command -v psql >/dev/null || fail "--large needs PostgreSQL (psql and the server binaries)"
    pg_dir="$work/postgres"
    say "starting a throw-away PostgreSQL cluster in $pg_dir"
    DATABASE_URL=$("$root/scripts/postgres.sh" start "$pg_dir")
    export DATABASE_URL
fi
if [ -n "${DATABASE_URL:-}" ]; then
    command -v psql >/dev/null || fail "psql is missing"
    database="PostgreSQL $(psql "$DATABASE_URL" -Atc 'SHOW server_version' 2>/dev/null || echo '?')"
    say "resetting schema public of the database in DATABASE_URL"
    psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -qc 'DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;' >/dev/null
    sql() { psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -Atc "$1"; }
else
    command -v sqlite3 >/dev/null || fail "sqlite3 is missing (Debian: apt-get install -y sqlite3); it counts the rows scenario b leaves"
    export MANARAT_SQLITE_PATH="$work/manarat.sqlite"
    rm -f "$MANARAT_SQLITE_PATH" "$MANARAT_SQLITE_PATH-wal" "$MANARAT_SQLITE_PATH-shm"
    database="SQLite $(sqlite3 --version | cut -d' ' -f1)"
    sql() { sqlite3 -cmd '.timeout 10000' "$MANARAT_SQLITE_PATH" "$1"; }
fi
if [ "$mode" = large ] && [ -z "${DATABASE_URL:-}" ]; then fail "--large runs on PostgreSQL only"; fi

# ---------------------------------------------------------------- seed
password="Bench-$(python3 -c 'import secrets; print(secrets.token_urlsafe(12))')"
if grep -qa 'benchmark-seed' "$bin"; then
    staff_user=bench
    say "seeding $requests requests and $beneficiaries beneficiaries (manarat benchmark-seed)"
    seed=("$bin" benchmark-seed --requests "$requests" --beneficiaries "$beneficiaries" --password "$password")
else
    # An older binary: the demo generator, signed in as a Riyadh relations employee.
    staff_user=relations.ruh
    say "WARNING: $bin has no benchmark-seed; seeding with seed-demo and signing in as $staff_user"
    seed=("$bin" seed-demo --requests "$requests" --beneficiaries "$beneficiaries" --password "$password")
fi
seed_started=$(date +%s)
if ! "${seed[@]}" 2>&1 | tee "$work/seed.log" | { grep -v '\[Migrator\]' || true; } >&2; then
    fail "seeding failed (see $work/seed.log)"
fi
seed_seconds=$(( $(date +%s) - seed_started ))
say "seeded in ${seed_seconds} s"
if [ -n "${DATABASE_URL:-}" ]; then
    # What autovacuum does within a minute of a bulk load; without it the first plans are guesses.
    say "ANALYZE"
    sql 'ANALYZE' >/dev/null
fi

# ---------------------------------------------------------------- server
port=$(python3 "$helper" free-port)
base="http://127.0.0.1:$port"
say "serving on $base"
MANARAT_BENCHMARK_ROUTE=1 MANARAT_TRUSTED_PROXIES=127.0.0.1 \
    "$bin" serve --hostname 127.0.0.1 --port "$port" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
    kill -0 "$server_pid" 2>/dev/null || { tail -n 30 "$work/server.log" >&2; fail "the server stopped (see $work/server.log)"; }
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/bench/hello" || true)" = 200 ] && break
    sleep 0.2
done
[ "$(curl -s "$base/bench/hello" || true)" = hello ] || fail "GET /bench/hello does not answer \"hello\" (MANARAT_BENCHMARK_ROUTE)"

# ---------------------------------------------------------------- what each scenario sends
form=$(python3 "$helper" form-token "$port" /feedback) || fail "could not read the feedback form"
visitor_cookie=$(printf '%s\n' "$form" | sed -n 's/^cookie=//p')
form_token=$(printf '%s\n' "$form" | sed -n 's/^token=//p')
staff_cookie=$(python3 "$helper" sign-in "$port" "$staff_user" "$password") || fail "could not sign in as $staff_user"
search_path="/staff/requests?q=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("كفالة"))')"
list_path="/staff/requests"
c1_rows=$(python3 "$helper" check "$port" "$search_path" "$staff_cookie" 1) || fail "the search for كفالة shows no requests"
c3_rows=$(python3 "$helper" check "$port" "$list_path" "$staff_cookie" 1) || fail "the default request list shows no requests"
say "c1 lists $c1_rows requests on its first page, c3 lists $c3_rows"

threads_for() { local t=${WRK_THREADS:-2}; [ "$1" -lt "$t" ] && t=$1; echo "$t"; }

run_number=0
# run_wrk SCENARIO CONNECTIONS PHASE SECONDS
run_wrk() {
    local scenario=$1 connections=$2 phase=$3 seconds=$4 path cookie="" post=0
    local threads
    threads=$(threads_for "$connections")
    case "$scenario" in
    a)  path=/feedback ;;
    b)  path=/feedback; cookie=$visitor_cookie; post=1 ;;
    c1) path=$search_path; cookie=$staff_cookie ;;
    c3) path=$list_path; cookie=$staff_cookie ;;
    h)  path=/bench/hello ;;
    *)  fail "unknown scenario $scenario" ;;
    esac
    run_number=$((run_number + 1))
    local name="$scenario-$connections-$phase"
    local marker="bench $name"
    local out="$work/wrk-$name.txt"
    BENCH_COOKIE=$cookie BENCH_POST=$post BENCH_CSRF=$form_token BENCH_ORIGIN=$base \
    BENCH_MARKER=$marker BENCH_FORWARDED=1 BENCH_FORWARDED_BASE=$(( (run_number * 32768) % 131072 )) \
    BENCH_THREADS=$threads BENCH_REFS_FILE="$work/refs-$name.txt" \
        wrk -t "$threads" -c "$connections" -d "${seconds}s" --timeout 10s -s "$lua" "$base$path" >"$out" 2>&1 \
        || { cat "$out" >&2; fail "wrk failed for $name"; }
    local line
    line=$(sed -n 's/^BENCH-RESULT //p' "$out")
    [ -n "$line" ] || { cat "$out" >&2; fail "wrk printed no result for $name"; }
    local label="{\"scenario\":\"$scenario\",\"connections\":$connections,\"phase\":\"$phase\"}"
    echo "{\"kind\":\"run\",\"scenario\":\"$scenario\",\"connections\":$connections,\"phase\":\"$phase\",\"threads\":$threads,${line#\{}" >>"$results"
    if [ "$post" = 1 ]; then
        # Let the requests wrk left in flight finish before counting.
        sleep 1
        local answered ok
        read -r answered ok < <(python3 "$helper" counts "$line")
        sql "SELECT reference FROM feedback WHERE contact_name = '$marker'" >"$work/table-$name.txt"
        python3 "$helper" rows "$label" "$answered" "$ok" "$work/refs-$name.txt" "$work/table-$name.txt" "$connections" >>"$results"
    fi
    printf '   %-3s %s connections %-8s %s\n' "$scenario" "$connections" "$phase" "$(python3 "$helper" summary "$line")" >&2
}

load=$(cut -d' ' -f1-3 /proc/loadavg)
for scenario in $scenarios; do
    for connections in $connection_counts; do
        if [ "$warmup" -gt 0 ]; then run_wrk "$scenario" "$connections" warmup "$warmup"; fi
        run_wrk "$scenario" "$connections" measure "$duration"
    done
done

# ---------------------------------------------------------------- report
rss_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$server_pid/status" 2>/dev/null || true)
kill "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true
server_pid=""

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
memory=$(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(git -C "$root" status --porcelain -- Sources Package.swift 2>/dev/null)" ]; then commit="$commit+uncommitted changes"; fi
python3 - "$results" <<EOF
import json, sys
meta = {"kind": "meta", "mode": "$mode", "machine": "$(nproc) cores, ${cpu:-unknown CPU}, $memory RAM, $(uname -r)",
        "load": "$load", "commit": "$commit", "database": "$database", "n": $requests, "beneficiaries": $beneficiaries,
        "rss_kb": ${rss_kb:-None}, "duration": $duration, "warmup": $warmup, "threads": "${WRK_THREADS:-min(connections, 2)}",
        "binary": "$bin"}
with open(sys.argv[1], "a", encoding="utf-8") as f:
    f.write(json.dumps(meta, ensure_ascii=False) + "\n")
EOF

status=0
python3 "$helper" report "$results" | tee "$work/report.txt" || status=$?
echo "binary $bin; seeded in ${seed_seconds} s; logs and wrk outputs in $work"
if [ "$mode" = smoke ]; then
    [ "$status" = 0 ] || { echo "run.sh --smoke: FAILED (errors above)" >&2; exit 1; }
    echo "run.sh --smoke: OK"
fi
exit 0
