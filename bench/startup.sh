#!/usr/bin/env bash
# bench/startup.sh [ARCHIVE...] — start-up, sync and memory figures, and the webhook latency.
#
# ARCHIVE: sample, 10k, 100k (made by bench/archive.sh) or a repository path; default: sample 10k 100k
# (those that exist). For each one:
#   cold start    launch of the JVM to the first 200 from /actuator/health/readiness, with an empty data
#                 dir: clone + parse + index + Spring start;
#   snapshot      the service's own "Serving <commit> ... (T ms)" line: listing, parsing and indexing the
#                 commit (the clone is before it);
#   full sync     from the service's log line "Created a new clone" to its first "Serving" line: clone,
#                 list, parse and index;
#   cores used    CPU seconds of the process at readiness / wall seconds since launch;
#   warm start    the same with the data dir of the cold start kept (a restarted container, same pod);
#   heap          used heap after a full GC (jcmd GC.run, GC.heap_info), and its ratio to the markdown
#                 bytes of the archive's files;
#   webhook       (ARCHIVE 10k/100k or with WEBHOOK=1) $WEBHOOK_ROUNDS times: commit one changed issue
#                 to the archive, POST /webhooks/git signed like GitHub, poll { content { commit } } every
#                 20 ms until it is the new commit: milliseconds from the POST to serving.
# Results: bench/results/startup-TIMESTAMP.md and stdout.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
command -v jq >/dev/null || die "jq is missing: apt-get install -y jq"
command -v jcmd >/dev/null || die "jcmd is missing (a JDK, not a JRE, is needed)"

archives=("$@")
if [ ${#archives[@]} -eq 0 ]; then
  archives=(sample)
  for a in 10k 100k; do [ -d "$BENCH_WORK/archive-$a.git" ] && archives+=("$a"); done
fi
WEBHOOK_ROUNDS=${WEBHOOK_ROUNDS:-3}
SECRET=bench-secret
stamp=$(date +%Y%m%d-%H%M%S)
report="$RESULTS_DIR/startup-$stamp.md"
{
  echo "## Start-up, sync, heap, webhook ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "machine: $(machine_line); JAVA_OPTS='${JAVA_OPTS}'"
  echo
  echo "before each archive: a wait for a quiet machine (1-minute load average < ${QUIET_LOAD:-1.0}, at most ${QUIET_TIMEOUT:-900} s); 'load before' is the 1-minute load average then"
  echo
  echo "| archive | issues | markdown MiB | cold start ms | snapshot ms | full sync ms | cores used | warm start ms | heap MiB | heap / markdown | webhook ms | load before |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |"
} > "$report"

# markdown_bytes URI: the bytes of every .md file at the archive's head (what the service reads).
markdown_bytes() {
  local uri=$1
  if [ -z "$uri" ]; then
    find "$PROJECT_DIR/src/main/resources/sample-content" -name '*.md' -print0 | xargs -0 cat | wc -c
  else
    git -C "$uri" ls-tree -r -l HEAD | awk '$NF ~ /\.md$/ { s += $4 } END { printf "%d", s }'
  fi
}

issue_count() {
  curl -s -X POST -H 'Content-Type: application/json' --data '{"query":"{ content { issueCount } }"}' \
    "$(base_url)/graphql" | jq -r '.data.content.issueCount'
}

# commit_one_file REPO: rewrites the newest issue's last line in a new commit on main, with plumbing
# (the archive is bare: no working tree, no checkout), and prints the new commit id.
commit_one_file() {
  local repo=$1 path blob tree commit idx
  idx=$(mktemp)
  path=$(git -C "$repo" ls-tree -r --name-only HEAD content/zh/blog | tail -n1)
  blob=$( { git -C "$repo" show "HEAD:$path"; printf '\n<!-- bench edit %s -->\n' "$(date +%s%N)"; } | git -C "$repo" hash-object -w --stdin)
  GIT_INDEX_FILE=$idx git -C "$repo" read-tree HEAD
  GIT_INDEX_FILE=$idx git -C "$repo" update-index --cacheinfo "100644,$blob,$path"
  tree=$(GIT_INDEX_FILE=$idx git -C "$repo" write-tree)
  commit=$(echo "Edit $path" | GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.invalid \
           GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.invalid git -C "$repo" commit-tree "$tree" -p HEAD)
  git -C "$repo" update-ref refs/heads/main "$commit"
  rm -f "$idx" "$idx.lock"
  echo "$commit"
}

# webhook_round REPO: prints the milliseconds from the signed POST to the new commit being served.
webhook_round() {
  local repo=$1 commit body sig t0 code
  commit=$(commit_one_file "$repo")
  body=$(printf '{"ref":"refs/heads/main","after":"%s"}' "$commit")
  sig=$(printf '%s' "$body" | openssl dgst -sha256 -hmac "$SECRET" | awk '{ print $NF }')
  t0=$(now_ms)
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
         -H 'X-GitHub-Event: push' -H "X-Hub-Signature-256: sha256=$sig" --data "$body" "$(base_url)/webhooks/git")
  [ "$code" = 202 ] || die "the webhook answered $code"
  for _ in $(seq 1 3000); do
    [ "$(served_commit)" = "$commit" ] && { echo $(( $(now_ms) - t0 )); return 0; }
    sleep 0.02
  done
  die "$commit not served 60 s after its webhook"
}

# full_sync_ms LOG: from the service's "Created a new clone" line to its first "Serving" line: clone, list,
# parse and index, as the service itself timed them.
full_sync_ms() {
  local from to
  from=$(grep -m1 'Created a new clone' "$1" | cut -c1-23)
  to=$(grep -m1 'Serving [0-9a-f]* of ' "$1" | cut -c1-23)
  [ -n "$from" ] && [ -n "$to" ] || { echo "n/a"; return; }
  echo $(( $(date -d "$to" +%s%3N) - $(date -d "$from" +%s%3N) ))
}

for archive in "${archives[@]}"; do
  uri=$(archive_uri "$archive")
  label="startup-$archive"
  rm -rf "$BENCH_WORK/data-$label"
  bytes=$(markdown_bytes "$uri")
  webhook=no
  case "$archive" in sample) ;; *) webhook=yes ;; esac
  [ "${WEBHOOK:-}" = 1 ] && webhook=yes
  [ "${WEBHOOK:-}" = 0 ] && webhook=no

  quiet=""; [ "${WAIT_QUIET:-1}" = 1 ] && quiet=$(wait_quiet) && echo "$quiet"
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  echo "== $archive: cold start (empty data dir)"
  start_service "$label" "$uri" --content.webhook.secret="$SECRET"
  wait_ready
  cold=$(( READY_MS - SERVICE_START_MS ))
  cores=$(awk -v c="$(cpu_seconds)" -v w="$cold" 'BEGIN { printf "%.2f", c / (w / 1000) }')
  snap=$(snapshot_ms)
  issues=$(issue_count)
  heap=$(heap_after_gc_bytes)
  echo "   ready in $cold ms (snapshot $snap ms, $cores cores), $issues issues, heap $(( heap / 1048576 )) MiB"
  hooks=
  if [ "$webhook" = yes ]; then
    [ -d "$uri" ] || die "webhook rounds commit to the archive: $archive must be a local repository"
    for r in $(seq 1 "$WEBHOOK_ROUNDS"); do
      ms=$(webhook_round "$uri")
      echo "   webhook round $r: $ms ms"
      hooks="${hooks:+$hooks, }$ms"
    done
  fi
  stop_service
  cp "$SERVICE_LOG" "$BENCH_WORK/$label-cold.log"

  echo "== $archive: warm start (clone kept)"
  start_service "$label" "$uri"
  wait_ready
  warm=$(( READY_MS - SERVICE_START_MS ))
  stop_service
  echo "   ready in $warm ms"

  full=$(full_sync_ms "$BENCH_WORK/$label-cold.log")
  ratio=$(awk -v h="$heap" -v b="$bytes" 'BEGIN { printf "%.2f", h / b }')
  echo "| $archive | $issues | $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }') | $cold | $snap | $full | $cores | $warm | $(( heap / 1048576 )) | $ratio | ${hooks:-not run} | $load_before${quiet:+ ${quiet%%:*}} |" >> "$report"
done
{
  echo
  echo "full sync: the service's log from 'Created a new clone' to the first 'Serving' line (clone, list, parse, index)."
} >> "$report"
echo
cat "$report"
