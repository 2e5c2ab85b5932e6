#!/usr/bin/env bash
# bench/post-vs-bare.sh [ARCHIVE] — issue 8, target 5: the mobile query as POST against the bare spring-graphql app.
#
# ARCHIVE: sample by default (any archive name of lib.sh). Starts the service (port $BENCH_PORT, data dir kept)
# and the reference, bench/bare-graphql (port +1, same JVM and $JAVA_OPTS), both at once. Every request is checked
# once before it is timed. Then, after a warm-up of each ($WARMUP, 10s):
#   1. $ROUNDS (3) rounds of: the bare app's { hello } as POST, then the mobile query (bench/queries/mobile.json)
#      as POST, each at 32 connections for $DURATION (15s), wrk -t$WRK_THREADS on the same machine; figure: the
#      median requests/s of the mobile query over the bare app's (and each round's ratio). Target >= 1.0x.
#      The same body every time, as a mobile app sends it: the service may answer it from its answer cache.
#   2. the same mobile query made distinct per request (an undeclared variable: executed every time), 32
#      connections, once: information, not a target;
#   3. the mobile query at 128 connections for $LONG_DURATION (60s): errors (connect, read, write, timeouts
#      after $TIMEOUT (2s), non-2xx), p99. Target: 0 errors, p99 <= 300 ms. The bare app at 128 connections for
#      $DURATION follows, as the machine's own p99 at that concurrency.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
command -v jq >/dev/null || die "jq is missing: apt-get install -y jq"
archive=${1:-sample}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-15s}
LONG_DURATION=${LONG_DURATION:-60s}
WARMUP=${WARMUP:-10s}
WRK_THREADS=${WRK_THREADS:-2}
TIMEOUT=${TIMEOUT:-2s}
code=$(code_label)
out="$RESULTS_DIR/post-vs-bare-$code-$archive-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
mobile="$BENCH_DIR/queries/mobile.json"
hello="$BENCH_DIR/bare-graphql/hello.json"
fixed="$BENCH_DIR/wrk/graphql.lua"
fresh="$BENCH_DIR/wrk/graphql-uncached.lua"
bare=$(bare_jar)
report_header "Mobile query as POST vs the bare spring-graphql app, $archive" | tee "$out/summary.md"

uri=$(archive_uri "$archive")
svc_product svc "$BENCH_PORT" "$uri" "$BENCH_WORK/data-$code-$archive"
svc_start bare $(( BENCH_PORT + 1 )) "$bare"
svc_wait_ready svc
[ -z "$uri" ] || svc_wait_commit svc "$(head_commit "$uri")"
svc_wait_ready bare 600 POST:/graphql
svc_query svc "$(cat "$mobile")" > "$out/answer-mobile.json"
jq -e '.data and (.errors | not)' "$out/answer-mobile.json" > /dev/null || die "the mobile query is refused: $(head -c 300 "$out/answer-mobile.json")"
svc_query bare "$(cat "$hello")" > "$out/answer-hello.json"
jq -e '.data.hello' "$out/answer-hello.json" > /dev/null || die "the bare app does not answer { hello }: $(cat "$out/answer-hello.json")"

# run NAME APP LUA CONNECTIONS DURATION BODY: one wrk run into $out/NAME.txt.
run() {
  wrk -t"$WRK_THREADS" -c"$4" -d"$5" --timeout "$TIMEOUT" --latency -s "$3" "$(svc_url "$2")/graphql" -- "$6" > "$out/$1.txt"
  svc_alive_or_die "$2" "$1"
}
echo "warming up ($WARMUP each)"
run warmup-bare bare "$fixed" 32 "$WARMUP" "$hello"
run warmup-mobile svc "$fixed" 32 "$WARMUP" "$mobile"
run warmup-mobile-fresh svc "$fresh" 32 "$WARMUP" "$mobile"
[ "${WAIT_QUIET:-1}" = 1 ] && wait_quiet | tee -a "$out/summary.md"
load_before=$(load1)
bare_rps=(); mobile_rps=(); pairs=()
{
  echo
  echo "| run | connections | req/s | p50 ms | p99 ms | errors | timeouts | requests |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} > "$out/runs.md"
row() { read -r rps p50 p99 err n to < <(wrk_parse "$out/$1.txt"); echo "| $1 | $2 | $rps | $p50 | $p99 | $err | $to | $n |" >> "$out/runs.md"; }
for r in $(seq 1 "$ROUNDS"); do
  run "bare-c32-r$r" bare "$fixed" 32 "$DURATION" "$hello"; row "bare-c32-r$r" 32
  run "mobile-c32-r$r" svc "$fixed" 32 "$DURATION" "$mobile"; row "mobile-c32-r$r" 32
  b=$(wrk_parse "$out/bare-c32-r$r.txt" | cut -d' ' -f1); m=$(wrk_parse "$out/mobile-c32-r$r.txt" | cut -d' ' -f1)
  bare_rps+=("$b"); mobile_rps+=("$m"); pairs+=("$(ratio "$m" "$b")")
  echo "round $r: bare $b req/s, mobile $m req/s, ratio $(ratio "$m" "$b") (load $(load1))"
done
run mobile-fresh-c32 svc "$fresh" 32 "$DURATION" "$mobile"; row mobile-fresh-c32 32
run mobile-c128 svc "$fixed" 128 "$LONG_DURATION" "$mobile"; row mobile-c128 128
run bare-c128 bare "$fixed" 128 "$DURATION" "$hello"; row bare-c128 128
load_after=$(load1)
mb=$(median "${bare_rps[@]}"); mm=$(median "${mobile_rps[@]}")
r32=$(ratio "$mm" "$mb"); v32=$(verdict "$r32" ">=" 1.0)
read -r frps _ _ _ _ _ < <(wrk_parse "$out/mobile-fresh-c32.txt")
read -r rps128 p50128 p99128 err128 n128 to128 < <(wrk_parse "$out/mobile-c128.txt")
v128=met
[ "$err128" = 0 ] && awk -v p="$p99128" 'BEGIN { exit !(p <= 300) }' || v128=MISSED
{
  cat "$out/runs.md"
  echo
  echo "load average (1 min) before $load_before, after $load_after; $(busy_line)"
  echo
  echo "- 32 connections: mobile POST median $mm req/s, bare { hello } POST median $mb req/s: **${r32}x** (pairs: ${pairs[*]}); target >= 1.0x: **$v32**"
  echo "- the mobile POST executed every time (distinct bodies, no answer cache): $frps req/s = $(ratio "$frps" "$mb")x the bare app (information)"
  echo "- 128 connections, $LONG_DURATION: mobile $rps128 req/s, p50 $p50128 ms, p99 **$p99128 ms**, errors **$err128** (timeouts $to128 at $TIMEOUT); target 0 errors and p99 <= 300 ms: **$v128**"
} | tee -a "$out/summary.md"
record post-vs-bare-c32 "$archive" "$r32" x ">= 1.0" "$v32" "$load_before" "$load_after" "mobile $mm req/s, bare $mb req/s; pairs ${pairs[*]}; uncached mobile $frps req/s"
record post-c128-p99 "$archive" "$p99128" ms "<= 300, 0 errors" "$v128" "$load_before" "$load_after" "errors $err128, timeouts $to128, $rps128 req/s over $LONG_DURATION"
echo "raw output: $out"
