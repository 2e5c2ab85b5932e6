#!/usr/bin/env bash
# bench/coldstart.sh — issue 8, target 6: cold start of the embedded sample against the bare spring-graphql app.
#
# $RUNS (5) pairs, alternated (bare, service, bare, service, ...), after one unmeasured start of each (file caches
# warm): the bare app (bench/bare-graphql) from JVM launch to its first 200 on POST /graphql { hello }; the service
# with no content settings (the embedded sample) and an empty data dir, from JVM launch to its first 200 on
# /actuator/health/readiness (the sample made into a git repository, cloned, parsed and indexed, Spring up). Both
# with the same JVM and $JAVA_OPTS, one at a time. Figure: median service start over median bare start, and the
# ratio pair by pair. Target <= 1.3x.
# Beside them (FRAMEWORK=1, the default) the bare app on the framework the service serves with (actuator with
# readiness probes, Prometheus, WebSocket; no product code), to its first 200 on the readiness probe: how much of
# the ratio the framework takes before the product starts anything.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
RUNS=${RUNS:-5}
code=$(code_label)
out="$RESULTS_DIR/coldstart-$code-$(date +%Y%m%d-%H%M%S).md"
bare=$(bare_jar)
data="$BENCH_WORK/data-$code-coldstart"
report_header "Cold start: the embedded sample vs the bare spring-graphql app, $RUNS alternated pairs" | tee "$out"

start_bare() { svc_start bare "$BENCH_PORT" "$bare"; svc_wait_ready bare 600 POST:/graphql; svc_stop bare; }
start_sample() { rm -rf "$data"; svc_product svc "$BENCH_PORT" "" "$data"; svc_wait_ready svc 1200; svc_stop svc; }
FRAMEWORK=${FRAMEWORK:-1}
framework=""
[ "$FRAMEWORK" = 1 ] && framework=$(framework_jar)
start_framework() {
  svc_start framework "$BENCH_PORT" "$framework" --spring.graphql.websocket.path=/graphql \
    --management.endpoints.web.exposure.include=health,info,metrics,prometheus \
    --management.endpoint.health.probes.enabled=true --management.endpoint.health.show-details=always
  svc_wait_ready framework 600; svc_stop framework
}
start_bare; start_sample   # unmeasured: the jars and the JDK in the page cache
[ -n "$framework" ] && start_framework
[ "${WAIT_QUIET:-1}" = 1 ] && wait_quiet | tee -a "$out"
load_before=$(load1)
bares=(); svcs=(); pairs=(); frames=()
for r in $(seq 1 "$RUNS"); do
  start_bare; b=$SVC_READY_MS
  f=""
  if [ -n "$framework" ]; then start_framework; f=$SVC_READY_MS; frames+=("$f"); fi
  start_sample; s=$SVC_READY_MS
  bares+=("$b"); svcs+=("$s"); pairs+=("$(ratio "$s" "$b")")
  echo "pair $r: bare $b ms,${f:+ framework $f ms,} service $s ms, ratio $(ratio "$s" "$b") (load $(load1))" | tee -a "$out"
done
load_after=$(load1)
mb=$(median "${bares[@]}"); ms=$(median "${svcs[@]}")
mf=""
[ -n "$framework" ] && mf=$(median "${frames[@]}")
r=$(ratio "$ms" "$mb"); v=$(verdict "$r" "<=" 1.3)
{
  echo
  echo "load average (1 min) before $load_before, after $load_after; $(busy_line)"
  echo
  echo "bare app: ${bares[*]} ms (median $mb); service on the sample: ${svcs[*]} ms (median $ms)"
  echo "service / bare: **${r}x** (pairs: ${pairs[*]}); target <= 1.3x: **$v**"
  if [ -n "$framework" ]; then
    echo "framework alone (no product code): ${frames[*]} ms (median $mf): **$(ratio "$mf" "$mb")x** the bare app;" \
      "the service is $(ratio "$ms" "$mf")x the framework"
  fi
} | tee -a "$out"
record coldstart-ratio sample "$r" x "<= 1.3" "$v" "$load_before" "$load_after" "service $ms ms, bare $mb ms; pairs ${pairs[*]}"
[ -n "$framework" ] && record coldstart-framework-ratio sample "$(ratio "$mf" "$mb")" x "(floor)" "-" "$load_before" \
  "$load_after" "framework $mf ms, bare $mb ms; service $(ratio "$ms" "$mf")x the framework"
echo "report: $out"
