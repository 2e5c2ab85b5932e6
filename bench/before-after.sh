#!/usr/bin/env bash
# bench/before-after.sh — every figure of issues 8 and 9 on the "before" jar and on this work tree's jar, script
# by script, the two codes alternated (before, after; then after, before for the next script), and the table.
#
# before: $BEFORE_COMMIT (default 1e1667e, main before this round of work), built in its own worktree
# $BEFORE_TREE (default /tmp/before: git worktree add, then ./mvnw -o -q -B -DskipTests package there);
# after: this work tree's target/ jar (built when missing). Archives: sample, 10k and 100k (bench/archive.sh
# makes the synthetic ones when missing) and corpus (the real archive). $STEPS chooses and orders the scripts
# (default: sync restart webhook filters search post-vs-bare coldstart mixed). Figures that exist on one code
# only (search, before issue 9) are recorded as refused / not available, not skipped silently.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
BEFORE_COMMIT=${BEFORE_COMMIT:-1e1667e}
BEFORE_TREE=${BEFORE_TREE:-/tmp/before}
STEPS=${STEPS:-sync restart webhook filters search post-vs-bare coldstart mixed}
# The archives of each step (a smaller set for a first pass on a busy machine: SYNC_ARCHIVES="sample 2000" ...).
SYNC_ARCHIVES=${SYNC_ARCHIVES:-sample 10k 100k}
RESTART_ARCHIVES=${RESTART_ARCHIVES:-100k}
WEBHOOK_ARCHIVES=${WEBHOOK_ARCHIVES:-10k 100k}
FILTER_ARCHIVES=${FILTER_ARCHIVES:-sample 100k}
if [ ! -d "$BEFORE_TREE" ]; then
  git -C "$PROJECT_DIR" worktree add "$BEFORE_TREE" "$BEFORE_COMMIT"
fi
before_jar=$(ls "$BEFORE_TREE"/target/weekly-graphql-*.jar 2>/dev/null | grep -v '\.original$' | head -n1 || true)
[ -n "$before_jar" ] || { (cd "$BEFORE_TREE" && ./mvnw -q -B ${MAVEN_OFFLINE--o} -DskipTests package); before_jar=$(ls "$BEFORE_TREE"/target/weekly-graphql-*.jar | grep -v '\.original$' | head -n1); }
after_jar=$(ls "$PROJECT_DIR"/target/weekly-graphql-*.jar 2>/dev/null | grep -v '\.original$' | head -n1 || true)
[ -n "$after_jar" ] || { (cd "$PROJECT_DIR" && ./mvnw -q -B ${MAVEN_OFFLINE--o} -DskipTests package); after_jar=$(ls "$PROJECT_DIR"/target/weekly-graphql-*.jar | grep -v '\.original$' | head -n1); }
for a in $SYNC_ARCHIVES $RESTART_ARCHIVES $WEBHOOK_ARCHIVES $FILTER_ARCHIVES; do
  case "$a" in sample|corpus|/*) ;; *) [ -d "$BENCH_WORK/archive-$a.git" ] || "$BENCH_DIR/archive.sh" "$a" ;; esac
done
echo "before: $before_jar ($(git -C "$BEFORE_TREE" rev-parse --short HEAD)); after: $after_jar ($(git -C "$PROJECT_DIR" rev-parse --short HEAD))"

step() {
  case "$1" in
    sync) "$BENCH_DIR/sync.sh" $SYNC_ARCHIVES ;;
    restart) "$BENCH_DIR/restart.sh" $RESTART_ARCHIVES ;;
    webhook) "$BENCH_DIR/webhook.sh" $WEBHOOK_ARCHIVES ;;
    filters) "$BENCH_DIR/filters.sh" $FILTER_ARCHIVES ;;
    search) "$BENCH_DIR/search.sh" $FILTER_ARCHIVES ;;
    post-vs-bare) "$BENCH_DIR/post-vs-bare.sh" sample ;;
    coldstart) "$BENCH_DIR/coldstart.sh" ;;
    mixed) "$BENCH_DIR/mixed.sh" corpus ;;
    *) die "unknown step $1" ;;
  esac
}
i=0
for s in $STEPS; do
  order=(before after); [ $(( i % 2 )) = 0 ] || order=(after before)
  for code in "${order[@]}"; do
    jar=$before_jar; [ "$code" = after ] && jar=$after_jar
    echo "=== $s on $code"
    BENCH_CODE=$code BENCH_JAR=$jar step "$s" || echo "=== $s on $code FAILED (exit $?); going on"
  done
  i=$(( i + 1 ))
done
echo
"$BENCH_DIR/table.sh" before after | tee "$RESULTS_DIR/before-after-$(date +%Y%m%d-%H%M%S).md"
