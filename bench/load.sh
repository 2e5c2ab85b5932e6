#!/usr/bin/env bash
# bench/load.sh [ARCHIVE] — load benchmark of the three typical requests against the physical reference.
#
# ARCHIVE: sample (default: the embedded content), 10k, 100k (made by bench/archive.sh), or a repository path.
# Starts the jar on 127.0.0.1:$BENCH_PORT, serving the archive and, from the same Tomcat, a static file
# (/mobile.json) holding exactly the bytes of the mobile answer. Then, with wrk:
#   1. load: static, mobile, frontend, analyst, each at every concurrency in $CONNECTIONS (default "32 128")
#      for $DURATION (default 15s) after a warm-up: throughput, p50, p99, errors, and mobile/static;
#   2. latency: one client, one request at a time, for $LATENCY_DURATION (default 5s) per query in
#      bench/queries/ (the three above and the filtered queries): p50 and p99 without queueing, the figure
#      to compare across archive sizes ("every filtered query within 2x of the sample").
# Raw wrk output goes to bench/results/load-ARCHIVE-TIMESTAMP/, the summary table to stdout and summary.md.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
command -v jq >/dev/null || die "jq is missing: apt-get install -y jq"

archive=${1:-sample}
uri=$(archive_uri "$archive")
CONNECTIONS=${CONNECTIONS:-32 128}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-10s}
LATENCY_DURATION=${LATENCY_DURATION:-5s}
WRK_THREADS=${WRK_THREADS:-2}
TIMEOUT=${TIMEOUT:-10s}
stamp=$(date +%Y%m%d-%H%M%S)
out="$RESULTS_DIR/load-$archive-$stamp"
mkdir -p "$out"
static_dir="$BENCH_WORK/static-$archive"
rm -rf "$static_dir"; mkdir -p "$static_dir"
queries="$BENCH_DIR/queries"
lua="$BENCH_DIR/wrk/graphql.lua"

echo "machine: $(machine_line)" | tee "$out/machine.txt"
echo "archive: $archive ${uri:+($uri)}; wrk -t$WRK_THREADS, -d$DURATION, connections: $CONNECTIONS; warm-up $WARMUP"

[ "${WAIT_QUIET:-1}" = 1 ] && wait_quiet
# The data dir is kept between runs of the same archive: this benchmark is about serving, not cloning.
start_service "load-$archive" "$uri" --spring.web.resources.static-locations="file:$static_dir/"
wait_ready
echo "ready after $(( READY_MS - SERVICE_START_MS )) ms; serving $(served_commit)"

# Every request is checked once before it is timed: an answer with GraphQL errors would be a fast failure,
# so a request that fails is reported as refused, with the service's message, and not timed.
declare -A refused
for q in "$queries"/*.json; do
  name=$(basename "$q" .json)
  graphql "$q" > "$out/answer-$name.json"
  if jq -e '.errors' "$out/answer-$name.json" >/dev/null 2>&1 || ! jq -e '.data' "$out/answer-$name.json" >/dev/null 2>&1; then
    refused[$name]=$(jq -r '[.errors[]?.message] | join("; ")' "$out/answer-$name.json" 2>/dev/null | cut -c1-200)
    [ -n "${refused[$name]}" ] || refused[$name]=$(head -c 200 "$out/answer-$name.json")
    echo "REFUSED $name: ${refused[$name]}"
  fi
done
[ -z "${refused[mobile]:-}" ] || die "the mobile request is refused: ${refused[mobile]}"
# The mobile request as GET /graphql (the query in the URL): what a CDN or browser can cache, and what the
# service answers from its per-commit answer cache. Timed too, when the service answers it.
mobile_get="$(base_url)/graphql?query=$(jq -r '.query | @uri' "$queries/mobile.json")"
if curl -s -H 'Accept: application/json' "$mobile_get" > "$out/answer-mobile-get.json" \
   && jq -e '.data and (.errors | not)' "$out/answer-mobile-get.json" >/dev/null 2>&1; then
  has_get=1
else
  has_get=; echo "GET /graphql does not answer the mobile query: not timed"
fi
# The physical reference: the mobile answer's exact bytes, as a static file of the same server.
cp "$out/answer-mobile.json" "$static_dir/mobile.json"
cmp -s <(curl -s "$(base_url)/mobile.json") "$out/answer-mobile.json" || die "/mobile.json is not served with the mobile answer's bytes"

# run_wrk NAME CONNECTIONS DURATION THREADS [BODY]: one wrk run, raw output in $out/wrk-NAME-cCONNECTIONS.txt.
run_wrk() {
  local name=$1 c=$2 d=$3 t=$4 body=${5:-}
  local file="$out/wrk-$name-c$c.txt"
  if [ "$body" = GET ]; then
    wrk -t"$t" -c"$c" -d"$d" --timeout "$TIMEOUT" --latency -H 'Accept: application/json' "$mobile_get" > "$file"
  elif [ -z "$body" ]; then
    wrk -t"$t" -c"$c" -d"$d" --timeout "$TIMEOUT" --latency "$(base_url)/mobile.json" > "$file"
  else
    wrk -t"$t" -c"$c" -d"$d" --timeout "$TIMEOUT" --latency -s "$lua" "$(base_url)/graphql" -- "$body" > "$file"
  fi
  alive_or_die "wrk $name c$c"
}

# parse FILE: "rps p50 p99 errors requests" from wrk's output (latencies in ms).
parse() {
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /m$/) return v*60000; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /requests in/ { n = $1 }
    /Socket errors/ { gsub(/,/, ""); err += $4 + $6 + $8 + $10 }
    /Non-2xx or 3xx/ { err += $5 }
    END { printf "%s %.2f %.2f %d %d\n", rps, p50, p99, err, n }' "$1"
}

echo "before: $(busy_line)" | tee "$out/busy.txt"
echo "warming up ($WARMUP per request)..."
run_wrk warmup-static 32 "$WARMUP" "$WRK_THREADS"
[ -z "$has_get" ] || run_wrk warmup-mobile-get 32 "$WARMUP" "$WRK_THREADS" GET
for name in mobile frontend analyst; do
  [ -z "${refused[$name]:-}" ] || continue
  run_wrk "warmup-$name" 32 "$WARMUP" "$WRK_THREADS" "$queries/$name.json"
done

summary="$out/summary.md"
{
  echo "## Load: $archive ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "machine: $(machine_line); wrk -t$WRK_THREADS -d$DURATION on the same machine"
  echo
  echo "| request | bytes | connections | req/s | p50 ms | p99 ms | errors | requests | vs static |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} > "$summary"
declare -A static_rps
for c in $CONNECTIONS; do
  run_wrk static "$c" "$DURATION" "$WRK_THREADS"
  read -r rps p50 p99 err n < <(parse "$out/wrk-static-c$c.txt")
  static_rps[$c]=$rps
  echo "| static /mobile.json | $(wc -c < "$static_dir/mobile.json") | $c | $rps | $p50 | $p99 | $err | $n | 1.00 |" >> "$summary"
  if [ -n "$has_get" ]; then
    run_wrk mobile-get "$c" "$DURATION" "$WRK_THREADS" GET
    read -r rps p50 p99 err n < <(parse "$out/wrk-mobile-get-c$c.txt")
    ratio=$(awk -v a="$rps" -v b="${static_rps[$c]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    echo "| mobile as GET | $(wc -c < "$out/answer-mobile-get.json") | $c | $rps | $p50 | $p99 | $err | $n | $ratio |" >> "$summary"
  fi
  for name in mobile frontend analyst; do
    if [ -n "${refused[$name]:-}" ]; then
      echo "| $name | - | $c | refused: ${refused[$name]} | | | | | |" >> "$summary"
      continue
    fi
    run_wrk "$name" "$c" "$DURATION" "$WRK_THREADS" "$queries/$name.json"
    read -r rps p50 p99 err n < <(parse "$out/wrk-$name-c$c.txt")
    ratio=$(awk -v a="$rps" -v b="${static_rps[$c]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    echo "| $name | $(wc -c < "$out/answer-$name.json") | $c | $rps | $p50 | $p99 | $err | $n | $ratio |" >> "$summary"
  done
done
{
  echo
  echo "Single client (one connection, one request at a time, $LATENCY_DURATION each):"
  echo
  echo "| query | bytes | p50 ms | p99 ms | req/s | errors |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
} >> "$summary"
for q in "$queries"/*.json; do
  name=$(basename "$q" .json)
  if [ -n "${refused[$name]:-}" ]; then
    echo "| $name | - | refused: ${refused[$name]} | | | |" >> "$summary"
    continue
  fi
  run_wrk "latency-$name" 1 "$LATENCY_DURATION" 1 "$q"
  read -r rps p50 p99 err n < <(parse "$out/wrk-latency-$name-c1.txt")
  echo "| $name | $(wc -c < "$out/answer-$name.json") | $p50 | $p99 | $rps | $err |" >> "$summary"
done
{
  echo
  echo "heap after load (after a full GC): $(( $(heap_after_gc_bytes) / 1048576 )) MiB"
  echo
  echo "before: $(cat "$out/busy.txt" | sed 's/^before: //')"
  echo "after: $(busy_line)"
} >> "$summary"
stop_service
echo
cat "$summary"
echo
echo "raw output: $out"
