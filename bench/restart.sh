#!/usr/bin/env bash
# bench/restart.sh [ARCHIVE...] — issue 8, target 3: a restart with an existing clone (and content index).
#
# ARCHIVE: 100k by default, or any archive names of lib.sh. Starts from the data dir bench/sync.sh left
# ($BENCH_WORK/data-CODE-ARCHIVE; made here by one unmeasured cold start when missing), then $RESTARTS (3) times:
# launch the JVM, time launch -> first 200 of /actuator/health/readiness, note what the service's log says it
# served first (the content index's commit at once, or a sync of the clone), wait until it serves the archive's
# head, then the heap after a full GC, and stop it. Code without a content index (the "before" jar) reparses
# the clone: that is what it does, and what is measured.
# Target: launch -> readiness <= 15 s at 100k (median of the restarts).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
command -v jq >/dev/null || die "jq is missing: apt-get install -y jq"
archives=("$@"); [ ${#archives[@]} -gt 0 ] || archives=(100k)
RESTARTS=${RESTARTS:-3}
code=$(code_label)
out="$RESULTS_DIR/restart-$code-$(date +%Y%m%d-%H%M%S).md"
report_header "Restart with the clone (and index) kept, launch to readiness" | tee "$out"
rows=()
for a in "${archives[@]}"; do
  uri=$(archive_uri "$a")
  data="$BENCH_WORK/data-$code-$a"
  name="restart-$code-$a"
  if [ ! -d "$data" ]; then
    echo "$a: no data dir yet; one cold start first (not measured)" | tee -a "$out"
    svc_product "$name" "$BENCH_PORT" "$uri" "$data"; svc_wait_ready "$name"; svc_stop "$name"
  fi
  [ "${WAIT_QUIET:-1}" = 1 ] && wait_quiet | tee -a "$out"
  load_before=$(load1)
  times=(); heads=(); first_lines=""
  for r in $(seq 1 "$RESTARTS"); do
    svc_product "$name" "$BENCH_PORT" "$uri" "$data"
    svc_wait_ready "$name"
    ready=$SVC_READY_MS
    t0=${SVC_T0[$name]}
    [ -z "$uri" ] || svc_wait_commit "$name" "$(head_commit "$uri")"
    at_head=$(( $(now_ms) - t0 ))
    first=$(grep -m1 -o 'Serving [0-9a-f]\{7\}[0-9a-f]* of [^:]*: [0-9]* issues.*' "${SVC_LOG[$name]}" | cut -c1-160)
    heap=$(svc_heap_bytes "$name")
    svc_stop "$name"
    echo "$a restart $r: ready after $ready ms, serving the head after $at_head ms, heap $(( heap / 1048576 )) MiB; first: $first" | tee -a "$out"
    times+=("$ready"); heads+=("$at_head")
    first_lines=$first
  done
  load_after=$(load1)
  m=$(median "${times[@]}"); mh=$(median "${heads[@]}")
  v="-"; [ "$a" = 100k ] && v=$(verdict "$m" "<=" 15000)
  how=index; case "$first_lines" in *"from the content index"*) ;; *) how="sync of the clone" ;; esac
  rows+=("| $a | ${times[*]} | $m | $mh | $how | $v | $load_before / $load_after |")
  record restart-ms "$a" "$m" ms "<= 15000 at 100k" "$( [ "$a" = 100k ] && echo "$v")" "$load_before" "$load_after" "served first by: $how; at head after $mh ms"
done
{
  echo
  echo "| archive | launch to ready, ms | median | median to serving the head | first served from | target <= 15 s | load before / after |"
  echo "| --- | --- | ---: | ---: | --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
} | tee -a "$out"
echo "report: $out"
