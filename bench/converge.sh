#!/usr/bin/env bash
# bench/converge.sh [ARCHIVE] — do stateless replicas converge on the same commit?
#
# Starts REPLICAS (default 2) instances of the jar on ports $BENCH_PORT, $BENCH_PORT+1, ..., each with its own
# data dir (as pods with their own emptyDir), polling every $INTERVAL (default 5s), all on the same archive
# (default: a git repository of the real corpus made with shared/tools/make-content-repo.sh, 10 files a
# commit). Then, ROUNDS times (default 3): commits one changed issue, sends the signed webhook to the first
# replica only (what a Service does), and reports when each replica serves the new commit.
# Expected: the first within one sync, the others within one polling interval plus one sync.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
REPLICAS=${REPLICAS:-2}
INTERVAL=${INTERVAL:-5s}
ROUNDS=${ROUNDS:-3}
SECRET=bench-secret
archive=${1:-}
if [ -z "$archive" ]; then
  archive="$BENCH_WORK/archive-corpus.git"
  if [ ! -d "$archive" ]; then
    tool="$PROJECT_DIR/../shared/tools/make-content-repo.sh"
    [ -x "$tool" ] || tool=/work/shared/tools/make-content-repo.sh
    tmp="$BENCH_WORK/corpus-worktree"; rm -rf "$tmp"
    "$tool" "$PROJECT_DIR/src/main/resources/sample-content/sofastack-weekly" "$tmp" 10 >/dev/null
    git clone -q --bare "$tmp" "$archive"; rm -rf "$tmp"
  fi
else
  archive=$(archive_uri "$archive")
fi

pids=(); logs=()
stop_all() { for p in "${pids[@]}"; do SERVICE_PID=$p stop_service; done; }
trap stop_all EXIT
trap 'stop_all; exit 130' INT TERM
base=$BENCH_PORT
for i in $(seq 0 $(( REPLICAS - 1 ))); do
  BENCH_PORT=$(( base + i ))
  rm -rf "$BENCH_WORK/data-converge-$i"
  SYNC_INTERVAL=$INTERVAL start_service "converge-$i" "$archive" --content.webhook.secret="$SECRET"
  pids+=("$SERVICE_PID"); logs+=("$SERVICE_LOG")
done
for i in $(seq 0 $(( REPLICAS - 1 ))); do
  BENCH_PORT=$(( base + i )); SERVICE_PID=${pids[$i]}; SERVICE_LOG=${logs[$i]}
  wait_ready
done

commit_for() { BENCH_PORT=$1 served_commit; }
echo "replicas: $REPLICAS on ports $base..$(( base + REPLICAS - 1 )), polling every $INTERVAL, archive $archive"
for i in $(seq 0 $(( REPLICAS - 1 ))); do echo "  replica $i serves $(commit_for $(( base + i )))"; done

for r in $(seq 1 "$ROUNDS"); do
  path=$(git -C "$archive" ls-tree -r --name-only HEAD content/zh/blog | tail -n1)
  idx=$(mktemp)
  blob=$( { git -C "$archive" show "HEAD:$path"; printf '\n<!-- converge %s -->\n' "$(date +%s%N)"; } | git -C "$archive" hash-object -w --stdin)
  GIT_INDEX_FILE=$idx git -C "$archive" read-tree HEAD
  GIT_INDEX_FILE=$idx git -C "$archive" update-index --cacheinfo "100644,$blob,$path"
  tree=$(GIT_INDEX_FILE=$idx git -C "$archive" write-tree); rm -f "$idx"
  commit=$(echo "converge round $r" | GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.invalid \
           GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.invalid git -C "$archive" commit-tree "$tree" -p HEAD)
  git -C "$archive" update-ref "$(git -C "$archive" symbolic-ref HEAD)" "$commit"
  body=$(printf '{"after":"%s"}' "$commit")
  sig=$(printf '%s' "$body" | openssl dgst -sha256 -hmac "$SECRET" | awk '{ print $NF }')
  t0=$(now_ms)
  BENCH_PORT=$base
  curl -s -o /dev/null -X POST -H 'Content-Type: application/json' -H "X-Hub-Signature-256: sha256=$sig" \
    --data "$body" "$(base_url)/webhooks/git"
  declare -A seen=()
  while [ ${#seen[@]} -lt "$REPLICAS" ]; do
    for i in $(seq 0 $(( REPLICAS - 1 ))); do
      [ -n "${seen[$i]:-}" ] && continue
      [ "$(commit_for $(( base + i )))" = "$commit" ] && seen[$i]=$(( $(now_ms) - t0 ))
    done
    [ $(( $(now_ms) - t0 )) -lt 120000 ] || die "replicas did not converge on $commit within 120 s"
    sleep 0.05
  done
  line="round $r: ${commit:0:12}"
  for i in $(seq 0 $(( REPLICAS - 1 ))); do line+="; replica $i after ${seen[$i]} ms"; done
  echo "$line (webhook to replica 0 only)"
  unset seen
done
