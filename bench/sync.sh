#!/usr/bin/env bash
# bench/sync.sh [ARCHIVE...] — a full sync from an empty data dir, and the heap it leaves.
#
# ARCHIVE: sample, 10k, 100k (default: those that exist) or any archive name of lib.sh. For each, one after the
# other: the data dir ($BENCH_WORK/data-CODE-ARCHIVE) is emptied, the service launched on it, and then
#   full sync   issue 10 / issue 8 target 7: from the service's log line "Created a new clone" to its first
#               "Serving" line: fetch of every object, listing, parsing, indexing; target at 100k <= 60 s;
#   launch      JVM launch to the first 200 of /actuator/health/readiness (the whole cold start);
#   heap        issue 8 target 2: used heap after a full GC (jcmd GC.run), once the head is served, over the
#               markdown bytes of every .md file at that commit; target <= 1.5x at 10k and 100k (the sample's
#               ratio is the fixed cost of the JVM, Spring and GraphQL over 0.8 MB of content);
#   RSS         the process' resident memory at the same moment (the index's mapped files count here, not above).
# The data dir is kept: bench/restart.sh and bench/webhook.sh start from it.
# The service fetches the archive by its path (JGit then serves the fetch in-process, so the service's JVM also
# packs what it fetches: rounds 1-9's method), or over git:// from a native `git daemon` as from a real remote with
# BENCH_REMOTE=daemon. bench/sync-floor.sh measures what a fetch and a parse of every issue cost alone.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
command -v jq >/dev/null || die "jq is missing: apt-get install -y jq"
command -v jcmd >/dev/null || die "jcmd is missing (a JDK, not a JRE, is needed)"
archives=("$@")
if [ ${#archives[@]} -eq 0 ]; then
  archives=(sample)
  for a in 10k 100k; do [ -d "$BENCH_WORK/archive-$a.git" ] && archives+=("$a"); done
fi
code=$(code_label)
out="$RESULTS_DIR/sync-$code-$(date +%Y%m%d-%H%M%S).md"
report_header "Full sync from an empty data dir, and the heap after it" | tee "$out"
rows=()
for a in "${archives[@]}"; do
  uri=$(archive_uri "$a")
  remote=$uri
  [ -z "$uri" ] || [ "${BENCH_REMOTE:-path}" = path ] || remote=$(daemon_uri "$uri")
  data="$BENCH_WORK/data-$code-$a"
  rm -rf "$data"
  [ "${WAIT_QUIET:-1}" = 1 ] && wait_quiet | tee -a "$out"
  load_before=$(load1)
  name="sync-$code-$a"
  svc_product "$name" "$BENCH_PORT" "$remote" "$data"
  svc_wait_ready "$name"
  launch=$SVC_READY_MS
  [ -z "$uri" ] || svc_wait_commit "$name" "$(head_commit "$uri")"
  issues=$(svc_query "$name" '{"query":"{ content { issueCount } }"}' | jq -r '.data.content.issueCount')
  heap=$(svc_heap_bytes "$name")
  rss=$(svc_rss_bytes "$name")
  svc_stop "$name"
  load_after=$(load1)
  full=$(log_ms_between "${SVC_LOG[$name]}" 'Created a new clone' 'Serving [0-9a-f]* of ')
  bytes=$(markdown_bytes "$uri")
  hr=$(ratio "$heap" "$bytes")
  fv="-"; hv="-"
  [ "$a" = 100k ] && fv=$(verdict "$full" "<=" 60000)
  [ "$a" = sample ] || hv=$(verdict "$hr" "<=" 1.5)
  echo "$a: full sync $full ms, launch to ready $launch ms, $issues issues, heap $(( heap / 1048576 )) MiB = ${hr}x markdown, RSS $(( rss / 1048576 )) MiB (load $load_before -> $load_after)" | tee -a "$out"
  rows+=("| $a | $issues | $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') | $full | $launch | $(( heap / 1048576 )) | $hr | $(( rss / 1048576 )) | full sync: $fv; heap: $hv | $load_before / $load_after |")
  record full-sync-ms "$a" "$full" ms "<= 60000 at 100k" "$( [ "$a" = 100k ] && echo "$fv")" "$load_before" "$load_after" "launch to ready $launch ms"
  record heap-ratio "$a" "$hr" x "<= 1.5 at 10k, 100k" "$( [ "$a" = sample ] || echo "$hv")" "$load_before" "$load_after" "heap $(( heap / 1048576 )) MiB, markdown $bytes B, RSS $(( rss / 1048576 )) MiB"
done
{
  echo
  echo "| archive | issues | markdown MiB | full sync ms | launch to ready ms | heap MiB | heap / markdown | RSS MiB | verdict | load before / after |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "targets: full sync of 100k <= 60 s; heap after a full GC <= 1.5x the markdown bytes at 10k and 100k"
} | tee -a "$out"
echo "report: $out"
