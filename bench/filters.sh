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
# METHOD=interleaved: one client (curl, one connection per service, one request at a time) sends the queries in
# turn, each to the reference and then the subject (the other way round every second cycle): $WARMUP_REQUESTS
# (22000) per service unmeasured, then $ROUNDS rounds of $ROUND_REQUESTS (3300) per service timed, request by
# request. Both JVMs answer the same mix at the same moments; but each request follows the client's work and the
# other JVM's on the same two cores, and on this 2-core VM that alone costs a request about 1 ms of the service's
# CPU (docs/benchmarks.md, round 9), which the ratio then carries on both sides: information, not the target's
# method.
# Target: <= $LIMIT (2) for every indexed filter. filter-questions-text (a text filter) and
# filter-cadence-window (releaseCadence) are measured too, as information: they are not indexed filters.
# bench/search.sh runs this with the search queries and the search target.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
METHOD=${METHOD:-steady}
case "$METHOD" in
  interleaved) command -v curl >/dev/null || die "curl is missing: apt-get install -y curl" ;;
  per-query|steady) command -v wrk >/dev/null || die "wrk is missing: apt-get install -y wrk" ;;
  *) die "METHOD is per-query, steady or interleaved, not $METHOD" ;;
esac
command -v jq >/dev/null || die "jq is missing: apt-get install -y jq"
ref=${1:-sample}; subj=${2:-100k}
QUERY_GLOB=${QUERY_GLOB:-filter-*}
LIMIT=${LIMIT:-2}
FIGURE=${FIGURE:-filter-p50-ratio}
ROUNDS=${ROUNDS:-3}
# interleaved: the warm-up and each timed round, in requests per service (made whole cycles: one request of every
# query to each service). The JIT warms by requests, not by seconds: the filters' p50s still fell by a third over
# a mix's first 10,000 requests, and a search's from 4 to 1.4 ms over its first 10,000.
WARMUP_REQUESTS=${WARMUP_REQUESTS:-22000}
ROUND_REQUESTS=${ROUND_REQUESTS:-3300}
# steady and per-query: each query is warmed on each service for $WARMUP before it is timed: the JIT needs some
# ten thousand requests of a path before its p50 settles. With 3 s, two warm services' p50 still fell from 2.8 to
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

# template NAME: the query's request body as a curl config string, with @N@ where each request's distinct mark
# goes: an undeclared variable, or (LUA_MODE=new-search) a word no item holds in front of the search text, so
# that the snapshot's ranked windows never hold the search either.
template() {
  if [ "${LUA_MODE:-}" = new-search ]; then
    jq -c '.query |= sub("search\\(query: \""; "search(query: \"zq@N@n OR ")' "$BENCH_DIR/queries/$1.json"
  else
    jq -c '.variables = {benchRequest: "@N@"}' "$BENCH_DIR/queries/$1.json"
  fi | sed 's/\\/\\\\/g; s/"/\\"/g'
}

# interleaved_config MARK CYCLES: a curl config of CYCLES cycles; a cycle sends every query in turn, each to the
# reference and the subject (the subject first every second cycle), and each transfer writes one line:
# "QUERY ARCHIVE HTTP_CODE SECONDS".
interleaved_config() {
  awk -F'\t' -v mark="$1" -v cycles="$2" -v a1="$ref" -v u1="$(svc_url "$ref")/graphql" \
      -v a2="$subj" -v u2="$(svc_url "$subj")/graphql" '
    { name[NR] = $1; body[NR] = $2 }
    END {
      for (c = 1; c <= cycles; c++)
        for (i = 1; i <= NR; i++)
          for (k = 0; k < 2; k++) {
            s = (c % 2 == k) ? 2 : 1
            b = body[i]; gsub(/@N@/, mark "x" c "x" i "x" s, b)
            if (sent++) print "next"
            print "url = \"" (s == 1 ? u1 : u2) "\""
            print "header = \"Content-Type: application/json\""
            print "header = \"Accept: application/json\""
            print "data-binary = \"" b "\""
            print "output = \"/dev/null\""
            print "write-out = \"" name[i] " " (s == 1 ? a1 : a2) " %{http_code} %{time_total}\\n\""
          }
    }' "$out/templates.tsv"
}

# round_p50s FILE: "QUERY ARCHIVE P50_MS" for every query and archive of one round's transfers (answered 200).
round_p50s() {
  awk '$3 == 200 { print $1, $2, $4 * 1000 }' "$1" | sort -k1,1 -k2,2 -k3,3g | awk '
    function flush() { if (n) printf "%s %.3f\n", last, v[int((n + 1) / 2)] }
    { k = $1 " " $2; if (k != last) { flush(); last = k; n = 0 } v[++n] = $3 }
    END { flush() }'
}

declare -A p50s owns n0 t0
if [ "$METHOD" = interleaved ]; then
  for name in "${queries[@]}"; do
    [ -n "${refused[$name]:-}" ] || printf '%s\t%s\n' "$name" "$(template "$name")"
  done > "$out/templates.tsv"
  mark=$(date +%s)
  cycles_of() { echo $(( ($1 + timed - 1) / timed )); }
  interleaved_config "${mark}w" "$(cycles_of "$WARMUP_REQUESTS")" > "$out/warmup.cfg"
  curl -s -K "$out/warmup.cfg" > "$out/warmup.txt" || true
  echo "warm-up: $(wc -l < "$out/warmup.txt") requests"
  [ "${WAIT_QUIET:-1}" = 1 ] && wait_quiet | tee -a "$out/summary.md"
  load_before=$(load1)
  for r in $(seq 1 "$ROUNDS"); do
    interleaved_config "${mark}r$r" "$(cycles_of "$ROUND_REQUESTS")" > "$out/round-$r.cfg"
    for a in "$ref" "$subj"; do read -r n0[$a] t0[$a] < <(served "$a"); done
    curl -s -K "$out/round-$r.cfg" > "$out/times-r$r.txt" || true
    for a in "$ref" "$subj"; do
      svc_alive_or_die "$a" "round $r"
      read -r n1 t1 < <(served "$a")
      owns[mix,$a]="${owns[mix,$a]:-} $(awk -v n0="${n0[$a]}" -v n1="$n1" -v t0="${t0[$a]}" -v t1="$t1" 'BEGIN { printf "%.3f", (n1 > n0) ? (t1 - t0) * 1000 / (n1 - n0) : 0 }')"
    done
    bad=$(awk '$3 != 200' "$out/times-r$r.txt" | wc -l)
    [ "$bad" = 0 ] || echo "round $r: $bad answers other than 200" | tee -a "$out/summary.md"
    while read -r name a v; do
      p50s[$name,$a]="${p50s[$name,$a]:-} $v"
    done < <(round_p50s "$out/times-r$r.txt")
    echo "round $r done: $(wc -l < "$out/times-r$r.txt") requests (load $(load1))"
  done
else
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
  if [ "$METHOD" = interleaved ]; then
    echo
    # shellcheck disable=SC2086
    a=$(median ${owns[mix,$ref]}); b=$(median ${owns[mix,$subj]})
    echo "The service's own mean time per request over the whole mix, the informative queries included"
    echo "(http.server.requests: from a worker taking the request to its answer written), median of the rounds;"
    echo "information: $ref $a ms (${owns[mix,$ref]# }), $subj $b ms (${owns[mix,$subj]# }), $subj / $ref $(ratio "$b" "$a")."
  else
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
  fi
} | tee -a "$out/summary.md"
echo "raw output: $out"
