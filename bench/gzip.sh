#!/usr/bin/env bash
# bench/gzip.sh [ARCHIVE] — what gzip costs the service and saves its clients (no issue's target; information).
#
# ARCHIVE: sample by default (any archive name of lib.sh). Starts the service (port $BENCH_PORT, data dir kept),
# prints the size of two answers plain and gzipped (the mobile query; the frontend's page of 20 issues with their
# HTML), then after a warm-up of each run ($WARMUP, 40s), $ROUNDS (3) rounds of, each for $DURATION (10s), wrk
# -t$WRK_THREADS on the same machine, plain then with `Accept-Encoding: gzip`:
#   kept      the mobile query as POST, the same body every time, 32 connections: answered from the kept answers,
#             gzipped once when first asked for so;
#   executed  the frontend query made distinct per request (executed every time, gzipped while its client waits),
#             8 connections.
# Figure: median requests/s of each, gzip over plain.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
archive=${1:-sample}
ROUNDS=${ROUNDS:-3}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-40s}
WRK_THREADS=${WRK_THREADS:-2}
code=$(code_label)
out="$RESULTS_DIR/gzip-$code-$archive-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
mobile="$BENCH_DIR/queries/mobile.json"
frontend="$BENCH_DIR/queries/frontend.json"
report_header "gzip: what it costs the service and saves its clients, $archive" | tee "$out/summary.md"
uri=$(archive_uri "$archive")
svc_product svc "$BENCH_PORT" "$uri" "$BENCH_WORK/data-$code-$archive"
svc_wait_ready svc
[ -z "$uri" ] || svc_wait_commit svc "$(head_commit "$uri")"
for q in mobile frontend; do
  body=$(cat "$BENCH_DIR/queries/$q.json")
  plain=$(curl -s -o /dev/null -w '%{size_download}' -H 'Content-Type: application/json' -d "$body" "$(svc_url svc)/graphql")
  gz=$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' -H 'Content-Type: application/json' -d "$body" "$(svc_url svc)/graphql")
  echo "$q answer: $plain bytes plain, $gz bytes gzipped ($(ratio "$plain" "$gz")x smaller)" | tee -a "$out/summary.md"
done

# run NAME ENCODING LUA CONNECTIONS DURATION BODY: one wrk run into $out/NAME.txt.
run() {
  local header=()
  [ "$2" = gzip ] && header=(-H "Accept-Encoding: gzip")
  wrk -t"$WRK_THREADS" -c"$4" -d"$5" --latency "${header[@]}" -s "$BENCH_DIR/wrk/$3" "$(svc_url svc)/graphql" -- "$6" > "$out/$1.txt"
  svc_alive_or_die svc "$1"
}
runs=("kept plain graphql.lua 32 $mobile" "kept gzip graphql.lua 32 $mobile"
      "executed plain graphql-uncached.lua 8 $frontend" "executed gzip graphql-uncached.lua 8 $frontend")
echo "warming up ($WARMUP each)"
for spec in "${runs[@]}"; do
  read -r kind enc lua conn body <<< "$spec"
  run "warmup-$kind-$enc" "$enc" "$lua" "$conn" "$WARMUP" "$body"
done
[ "${WAIT_QUIET:-1}" = 1 ] && wait_quiet | tee -a "$out/summary.md"
load_before=$(load1)
declare -A rps
for r in $(seq 1 "$ROUNDS"); do
  line="round $r:"
  for spec in "${runs[@]}"; do
    read -r kind enc lua conn body <<< "$spec"
    run "$kind-$enc-r$r" "$enc" "$lua" "$conn" "$DURATION" "$body"
    read -r x p50 _ _ _ _ < <(wrk_parse "$out/$kind-$enc-r$r.txt")
    rps[$kind-$enc]="${rps[$kind-$enc]:-} $x"
    line="$line $kind $enc $x req/s (p50 $p50 ms);"
  done
  echo "$line" | tee -a "$out/summary.md"
done
load_after=$(load1)
for kind in kept executed; do
  # shellcheck disable=SC2086
  p=$(median ${rps[$kind-plain]}); g=$(median ${rps[$kind-gzip]})
  echo "$kind: plain $p req/s, gzip $g req/s: **$(ratio "$g" "$p")x** (load $load_before -> $load_after)" | tee -a "$out/summary.md"
done
echo "raw output: $out"
