#!/usr/bin/env bash
# bench/webhook.sh [ARCHIVE...] — issue 8, target 1: a one-file commit, from its signed webhook to being served.
#
# ARCHIVE: 10k, 100k (default: both), or any archive name of lib.sh that is a local repository. Every archive gets
# its own service at once (ports $BENCH_PORT, +1, ...), each with its own data dir kept between runs
# ($BENCH_WORK/data-CODE-ARCHIVE: a clone and an index made once, by bench/sync.sh or here). Then $ROUNDS (5)
# rounds, the archives alternated within each round: commit one changed issue to the archive (git plumbing: the
# archive is bare), POST /webhooks/git signed like GitHub, poll { content { commit } } every 20 ms until the new
# commit is served. Prints the rounds and their median per archive, and the median at the largest archive over
# the median at the smallest (both measured in the same run). Each round is also split, so that the service's own
# part can be told from the remote's: the service's fetch and update stages (its timers content.sync.fetch and
# content.sync.update, read before and after the round) and, once the round is over, the remote's own work for that
# commit alone (the `git pack-objects --revs --thin` that `git daemon` runs for such a fetch, timed on the archive)
# and the same fetch by native git (`git fetch` from the same daemon into a bare clone of the archive kept in
# $BENCH_WORK/native-ARCHIVE.git, made once with hard links).
# The service fetches over git:// from a native git daemon (lib.sh daemon_uri), as from GitHub: with a plain path,
# JGit would run the remote's upload-pack inside the service (BENCH_REMOTE=path measures that).
# Targets: median at 100k <= 250 ms, and <= 1.5x the median at 10k.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
command -v jq >/dev/null || die "jq is missing: apt-get install -y jq"
archives=("$@"); [ ${#archives[@]} -gt 0 ] || archives=(10k 100k)
ROUNDS=${ROUNDS:-5}
SECRET=bench-secret
code=$(code_label)
out="$RESULTS_DIR/webhook-$code-$(date +%Y%m%d-%H%M%S).md"

# commit_one_file REPO: rewrites the last issue file of the tree in a new commit on the branch HEAD names, with
# plumbing, and prints the new commit id.
commit_one_file() {
  local repo=$1 path blob tree commit idx ref
  idx=$(mktemp -u)
  ref=$(git -C "$repo" symbolic-ref HEAD)
  path=$(git -C "$repo" ls-tree -r --name-only HEAD content/zh/blog | tail -n1)
  blob=$( { git -C "$repo" show "HEAD:$path"; printf '\n<!-- bench edit %s -->\n' "$(date +%s%N)"; } | git -C "$repo" hash-object -w --stdin)
  GIT_INDEX_FILE=$idx git -C "$repo" read-tree HEAD
  GIT_INDEX_FILE=$idx git -C "$repo" update-index --cacheinfo "100644,$blob,$path"
  tree=$(GIT_INDEX_FILE=$idx git -C "$repo" write-tree)
  commit=$(echo "Edit $path" | GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.invalid \
           GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.invalid git -C "$repo" commit-tree "$tree" -p HEAD)
  git -C "$repo" update-ref "$ref" "$commit"
  rm -f "$idx" "$idx.lock"
  echo "$commit"
}

# stage_timer NAME TIMER: "COUNT TOTAL_MS" of one of NAME's timers (/actuator/metrics).
stage_timer() {
  curl -s "$(svc_url "$1")/actuator/metrics/$2" \
    | jq -r '[(.measurements[] | select(.statistic == "COUNT") | .value), (.measurements[] | select(.statistic == "TOTAL_TIME") | .value * 1000)] | "\(.[0]) \(.[1])"'
}

# remote_pack_ms REPO COMMIT: how long native git takes to pack COMMIT for a clone that has its parent (the remote's
# own work in a fetch of that commit, without the service).
remote_pack_ms() {
  local t0
  t0=$(now_ms)
  printf '%s\n^%s~1\n' "$2" "$2" | git -C "$1" pack-objects --revs --thin --stdout > /dev/null
  echo $(( $(now_ms) - t0 ))
}

# native_clone NAME REPO URI: a bare clone of REPO fetching from URI as the service's clone does, made once.
native_clone() {
  local dir="$BENCH_WORK/native-$1.git"
  if [ ! -d "$dir" ]; then
    git clone -q --bare --local "$2" "$dir"
    git -C "$dir" config remote.origin.fetch '+refs/heads/*:refs/remotes/origin/*'
    git -C "$dir" config gc.auto 0
    git -C "$dir" config maintenance.auto false
  fi
  git -C "$dir" config remote.origin.url "$3"
  git -C "$dir" fetch -q origin
  echo "$dir"
}

# native_fetch_ms CLONE: how long native git takes to fetch what the service just fetched.
native_fetch_ms() {
  local t0
  t0=$(now_ms)
  git -C "$1" fetch -q origin
  echo $(( $(now_ms) - t0 ))
}

# webhook_round NAME REPO NATIVE: "TOTAL FETCH UPDATE REMOTE NATIVE" in ms: from the signed POST to NAME serving the
# new commit; NAME's fetch and update stages in that time; the remote's packing of the commit alone; native git's
# fetch of it into the clone NATIVE.
webhook_round() {
  local name=$1 repo=$2 native=$3 commit body sig t0 status ref total fetch0 update0 fetch1 update1
  commit=$(commit_one_file "$repo")
  ref=$(git -C "$repo" symbolic-ref HEAD)
  body=$(printf '{"ref":"%s","after":"%s"}' "$ref" "$commit")
  sig=$(printf '%s' "$body" | openssl dgst -sha256 -hmac "$SECRET" | awk '{ print $NF }')
  fetch0=$(stage_timer "$name" content.sync.fetch)
  update0=$(stage_timer "$name" content.sync.update)
  t0=$(now_ms)
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
           -H 'X-GitHub-Event: push' -H "X-Hub-Signature-256: sha256=$sig" --data "$body" "$(svc_url "$name")/webhooks/git")
  [ "$status" = 202 ] || die "the webhook of $name answered $status"
  for _ in $(seq 1 6000); do
    [ "$(svc_commit "$name")" = "$commit" ] && { total=$(( $(now_ms) - t0 )); break; }
    sleep 0.02
  done
  [ -n "${total:-}" ] || die "$commit not served by $name 120 s after its webhook"
  # The update is timed once the snapshot is served: wait for its count to move.
  for _ in $(seq 1 100); do
    update1=$(stage_timer "$name" content.sync.update)
    [ "${update1%% *}" != "${update0%% *}" ] && break
    sleep 0.02
  done
  fetch1=$(stage_timer "$name" content.sync.fetch)
  awk -v t="$total" -v f0="${fetch0#* }" -v f1="${fetch1#* }" -v u0="${update0#* }" -v u1="${update1#* }" \
      -v r="$(remote_pack_ms "$repo" "$commit")" -v n="$(native_fetch_ms "$native")" \
      'BEGIN { printf "%d %d %d %d %d\n", t, f1 - f0, u1 - u0, r, n }'
}

{ report_header "Webhook to served, one-file commit, median of $ROUNDS"; } | tee "$out"
port=$BENCH_PORT
declare -A repo native
for a in "${archives[@]}"; do
  repo[$a]=$(archive_uri "$a")
  [ -n "${repo[$a]}" ] && [ -d "${repo[$a]}" ] || die "$a: webhook rounds commit to the archive, it must be a local repository"
  # The service fetches as from a real remote (git daemon), unless BENCH_REMOTE=path.
  remote=${repo[$a]}
  [ "${BENCH_REMOTE:-daemon}" = path ] || remote=$(daemon_uri "${repo[$a]}")
  echo "$a: the service fetches from $remote"
  native[$a]=$(native_clone "$a" "${repo[$a]}" "$remote")
  svc_product "$a" "$port" "$remote" "$BENCH_WORK/data-$code-$a" --content.webhook.secret="$SECRET"
  port=$(( port + 1 ))
done
for a in "${archives[@]}"; do
  svc_wait_ready "$a"
  echo "$a: ready after $SVC_READY_MS ms; waiting until it serves the archive's head"
  svc_wait_commit "$a" "$(head_commit "${repo[$a]}")"
done
[ "${WAIT_QUIET:-1}" = 1 ] && wait_quiet | tee -a "$out"
load_before=$(load1)
declare -A rounds fetches updates remotes natives
for r in $(seq 1 "$ROUNDS"); do
  for a in "${archives[@]}"; do
    read -r ms fetch update remote nfetch < <(webhook_round "$a" "${repo[$a]}" "${native[$a]}")
    rounds[$a]="${rounds[$a]:-} $ms"
    fetches[$a]="${fetches[$a]:-} $fetch"
    updates[$a]="${updates[$a]:-} $update"
    remotes[$a]="${remotes[$a]:-} $remote"
    natives[$a]="${natives[$a]:-} $nfetch"
    echo "round $r, $a: $ms ms (fetch $fetch, update $update; the remote's packing alone $remote, native git's fetch $nfetch)"
  done
done
load_after=$(load1)
first=${archives[0]}; last=${archives[${#archives[@]}-1]}
{
  echo
  echo "load average (1 min) before $load_before, after $load_after; $(busy_line)"
  echo
  echo "(medians in ms; fetch and update are the service's two stages within the round)"
  echo
  echo "| archive | rounds ms | median ms | of which fetch | of which update | the remote's packing alone | native git's fetch | target |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
  for a in "${archives[@]}"; do
    # shellcheck disable=SC2086
    m=$(median ${rounds[$a]}); mf=$(median ${fetches[$a]}); mu=$(median ${updates[$a]}); mr=$(median ${remotes[$a]})
    # shellcheck disable=SC2086
    mn=$(median ${natives[$a]})
    target="-"; v=""
    if [ "$a" = 100k ]; then v=$(verdict "$m" "<=" 250); target="<= 250 ms: $v"; fi
    echo "| $a | ${rounds[$a]# } | $m | $mf | $mu | $mr | $mn | $target |"
    record webhook-ms "$a" "$m" ms "<= 250 at 100k" "${v:-}" "$load_before" "$load_after" "rounds:${rounds[$a]}"
    record webhook-fetch-ms "$a" "$mf" ms "-" "" "$load_before" "$load_after" "rounds:${fetches[$a]}"
    record webhook-update-ms "$a" "$mu" ms "-" "" "$load_before" "$load_after" "rounds:${updates[$a]}"
    record webhook-remote-pack-ms "$a" "$mr" ms "-" "" "$load_before" "$load_after" "rounds:${remotes[$a]}"
    record webhook-native-fetch-ms "$a" "$mn" ms "-" "" "$load_before" "$load_after" "rounds:${natives[$a]}"
  done
  if [ "$first" != "$last" ]; then
    # shellcheck disable=SC2086
    r=$(ratio "$(median ${rounds[$last]})" "$(median ${rounds[$first]})")
    v=$(verdict "$r" "<=" 1.5)
    echo
    echo "median $last / median $first (same run): ${r}x (target <= 1.5x: $v)"
    record webhook-ratio "$last/$first" "$r" x "<= 1.5" "$v" "$load_before" "$load_after"
  fi
} | tee -a "$out"
echo "report: $out"
