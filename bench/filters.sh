#!/usr/bin/env bash
# bench/filters.sh [REFERENCE SUBJECT] — issue 8, target 4: every indexed filter, single client, subject vs
# reference (default: sample vs 100k), side by side in one run.
#
# Starts one service per archive (ports $BENCH_PORT and +1; data dirs $BENCH_WORK/data-CODE-ARCHIVE, kept),
# waits until each serves its archive's head, checks every query of bench/queries/$QUERY_GLOB (default
# filter-*) once on each (an answer with errors is reported as refused, with the service's message, and not
# timed). Every request body is made distinct by an undeclared variable, so the per-commit answer cache never
# answers it: what is timed is the filter, not the cache.
#
# METHOD=steady (the default since round 9): for each query in turn, $WARMUP (30s) of it alone on each service,
# then $ROUNDS (3) rounds of: the query on the reference, then on the subject, $LATENCY_DURATION (4s) each, wrk
# --latency (wrk/graphql-uncached.lua), one request right after the other; beside it, the service's own mean time
# per request (its http.server.requests metric read before and after). Figure: per query, the median over the
# rounds of wrk's p50 per archive, and subject p50 / reference p50. Each JVM answers a query in the state that
# query alone leads to: a JVM's p50 for one query moved between 0.2 and 1 ms with what it ran before
# (docs/benchmarks.md, round 9).
# METHOD=per-query (rounds 1-8): every query warmed $WARMUP (15s) first, then the rounds go through all the queries,
# so each timed run follows another query's.
# Round 9 also tried an interleaved timing (one curl client sending every query in turn to both services); every
# client but wrk added ~1 ms of the service's CPU per request on this machine, which squeezed the ratio toward 1,
# so it was dropped (docs/benchmarks.md, round 9; the script of ec88f65 has it).
# Target: <= $LIMIT (2) for every indexed filter. filter-questions-text (a text filter) and
# filter-cadence-window (releaseCadence) are measured too, as information: they are not indexed filters.
# bench/search.sh runs this with the search queries and the search target.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
METHOD=${METHOD:-steady}
case "$METHOD" in
  per-query|steady) ;;
  *) die "METHOD is steady or per-query, not $METHOD" ;;
esac
command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk"
command -v jq >/dev/null || die "jq is missing: apt-get install -y jq"
ref=${1:-sample}; subj=${2:-100k}
QUERY_GLOB=${QUERY_GLOB:-filter-*}
LIMIT=${LIMIT:-2}
FIGURE=${FIGURE:-filter-p50-ratio}
ROUNDS=${ROUNDS:-3}
# Each query is warmed on each service for $WARMUP before it is timed: the JIT needs some ten
# thousand requests of a path before its p50 settles. With 3 s, two warm services' p50 still fell from 2.8 to
# 0.27 ms over the next six 8 s rounds, and the ratio measured their warm-up, not their indexes.
LATENCY_DURATION=${LATENCY_DURATION:-4s}
if [ "$METHOD" = steady ]; then WARMUP=${WARMUP:-30s}; else WARMUP=${WARMUP:-15s}; fi
INFORMATIVE=${INFORMATIVE:-filter-questions-text filter-cadence-window}
code=$(code_label)
stamp=$(date +%Y%m%d-%H%M%S)
out="$RESULTS_DIR/$FIGURE-$code-$stamp"
mkdir -p "$out"
lua="$BENCH_DIR/wrk/graphql-uncached.lua"
report_header "Single-client p50, $subj vs $ref, queries $QUERY_GLOB, $METHOD" | tee "$out/summary.md"

declare -A uri
port=$BENCH_PORT
for a in "$ref" "$subj"; do
  uri[$a]=$(archive_uri "$a")
  svc_product "$a" "$port" "${uri[$a]}" "$BENCH_WORK/data-$code-$a"
  port=$(( port + 1 ))
done
for a in "$ref" "$subj"; do
  svc_wait_ready "$a"
  [ -z "${uri[$a]}" ] || svc_wait_commit "$a" "$(head_commit "${uri[$a]}")"
  echo "$a: ready, serving $(svc_commit "$a")"
done

# p50 FILE: wrk's 50th percentile in ms.
p50() {
  awk 'function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /m$/) return v*60000; if (v ~ /s$/) return v*1000; return v }
       /^ +50%/ { printf "%.3f", ms($2) }' "$1"
}
# served NAME: "COUNT TOTAL_SECONDS" of the service's POST /graphql requests (Micrometer's http.server.requests,
# timed by the service from the moment a worker thread takes the request until its answer is written).
served() {
  curl -s "$(svc_url "$1")/actuator/metrics/http.server.requests?tag=uri:/graphql&tag=method:POST" |
    jq -r '[.measurements[] | select(.statistic == "COUNT" or .statistic == "TOTAL_TIME") | .value] | "\(.[0]) \(.[1])"'
}
errors_of() { awk '/Socket errors/ { gsub(/,/, ""); e += $4 + $6 + $8 + $10 } /Non-2xx/ { e += $5 } END { print e + 0 }' "$1"; }

queries=()
declare -A refused
for q in "$BENCH_DIR"/queries/$QUERY_GLOB.json; do
  [ -f "$q" ] || continue
  name=$(basename "$q" .json)
  queries+=("$name")
  for a in "$ref" "$subj"; do
    svc_query "$a" "$(cat "$q")" > "$out/answer-$a-$name.json"
    if ! jq -e '.data and (.errors | not)' "$out/answer-$a-$name.json" >/dev/null 2>&1; then
      msg=$(jq -r '[.errors[]?.message] | join("; ")' "$out/answer-$a-$name.json" 2>/dev/null | cut -c1-160)
      refused[$name]="${refused[$name]:+${refused[$name]}; }$a: ${msg:-$(head -c 160 "$out/answer-$a-$name.json")}"
    fi
  done
  [ -z "${refused[$name]:-}" ] || echo "REFUSED $name: ${refused[$name]}" | tee -a "$out/summary.md"
done
[ ${#queries[@]} -gt 0 ] || die "no query matches bench/queries/$QUERY_GLOB.json"
timed=0
for name in "${queries[@]}"; do [ -n "${refused[$name]:-}" ] || timed=$(( timed + 1 )); done
if [ "$timed" = 0 ]; then
  echo "no query of $QUERY_GLOB is answered by this build: nothing to time" | tee -a "$out/summary.md"
  record "$FIGURE" "$subj/$ref" n/a x "<= $LIMIT" "not available" "$(load1)" "$(load1)" "every query refused: ${refused[${queries[0]}]}"
  exit 0
fi

declare -A p50s owns
# warm_query NAME: the query alone for $WARMUP on each service.
warm_query() {
  for a in "$ref" "$subj"; do
    wrk -t1 -c1 -d"$WARMUP" -s "$lua" "$(svc_url "$a")/graphql" -- "$BENCH_DIR/queries/$1.json" ${LUA_MODE:-} > /dev/null
  done
}
# time_query NAME ROUND: the query for $LATENCY_DURATION on the reference, then on the subject.
time_query() {
  local name=$1 r=$2 a f n0 t0 n1 t1
  for a in "$ref" "$subj"; do
    f="$out/wrk-$name-$a-r$r.txt"
    read -r n0 t0 < <(served "$a")
    wrk -t1 -c1 -d"$LATENCY_DURATION" --latency -s "$lua" "$(svc_url "$a")/graphql" -- "$BENCH_DIR/queries/$name.json" ${LUA_MODE:-} > "$f"
    svc_alive_or_die "$a" "$name"
    [ "$(errors_of "$f")" = 0 ] || echo "round $r $name $a: $(errors_of "$f") errors" | tee -a "$out/summary.md"
    p50s[$name,$a]="${p50s[$name,$a]:-} $(p50 "$f")"
    read -r n1 t1 < <(served "$a")
    owns[$name,$a]="${owns[$name,$a]:-} $(awk -v n0="$n0" -v n1="$n1" -v t0="$t0" -v t1="$t1" 'BEGIN { printf "%.3f", (n1 > n0) ? (t1 - t0) * 1000 / (n1 - n0) : 0 }')"
  done
}
if [ "$METHOD" = steady ]; then
  [ "${WAIT_QUIET:-1}" = 1 ] && wait_quiet | tee -a "$out/summary.md"
  load_before=$(load1)
  for name in "${queries[@]}"; do
    [ -z "${refused[$name]:-}" ] || continue
    warm_query "$name"
    for r in $(seq 1 "$ROUNDS"); do time_query "$name" "$r"; done
    echo "$name done (load $(load1))"
  done
else
  for name in "${queries[@]}"; do
    [ -n "${refused[$name]:-}" ] || warm_query "$name"
  done
  [ "${WAIT_QUIET:-1}" = 1 ] && wait_quiet | tee -a "$out/summary.md"
  load_before=$(load1)
  for r in $(seq 1 "$ROUNDS"); do
    for name in "${queries[@]}"; do
      [ -z "${refused[$name]:-}" ] || continue
      time_query "$name" "$r"
    done
    echo "round $r done (load $(load1))"
  done
fi
load_after=$(load1)
{
  echo
  echo "load average (1 min) before $load_before, after $load_after; $(busy_line)"
  echo
  echo "| query | $ref p50 ms (rounds) | $subj p50 ms (rounds) | $subj / $ref | target <= ${LIMIT}x |"
  echo "| --- | --- | --- | ---: | --- |"
  for name in "${queries[@]}"; do
    if [ -n "${refused[$name]:-}" ]; then
      echo "| $name | refused: ${refused[$name]} | | | |"
      record "$FIGURE" "$name" n/a x "<= $LIMIT" refused "$load_before" "$load_after" "${refused[$name]}"
      continue
    fi
    # shellcheck disable=SC2086
    a=$(median ${p50s[$name,$ref]}); b=$(median ${p50s[$name,$subj]})
    rt=$(ratio "$b" "$a"); v=$(verdict "$rt" "<=" "$LIMIT")
    case " $INFORMATIVE " in *" $name "*) v="($v; not an indexed filter)" ;; esac
    echo "| $name | $a (${p50s[$name,$ref]# }) | $b (${p50s[$name,$subj]# }) | $rt | $v |"
    record "$FIGURE" "$name" "$rt" x "<= $LIMIT" "$v" "$load_before" "$load_after" "p50 $ref $a ms, $subj $b ms"
  done
  echo
  echo "The service's own mean time per request (http.server.requests: from a worker taking the request to its answer"
  echo "written; without the network and the client), median of the rounds; information:"
  echo
  echo "| query | $ref own mean ms (rounds) | $subj own mean ms (rounds) | $subj / $ref |"
  echo "| --- | --- | --- | ---: |"
  for name in "${queries[@]}"; do
    [ -z "${refused[$name]:-}" ] || continue
    # shellcheck disable=SC2086
    a=$(median ${owns[$name,$ref]}); b=$(median ${owns[$name,$subj]})
    echo "| $name | $a (${owns[$name,$ref]# }) | $b (${owns[$name,$subj]# }) | $(ratio "$b" "$a") |"
  done
} | tee -a "$out/summary.md"
echo "raw output: $out"
