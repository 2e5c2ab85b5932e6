#!/usr/bin/env bash
# bench/archive.sh SIZE [generator options]
# Makes the synthetic archive SIZE (10k, 100k or a number) at $BENCH_WORK/archive-SIZE.git with
# com.weeklygraphql.bench.SyntheticArchive (test scope: not in the product jar), and keeps its report
# (markdown bytes, proportions against the real corpus) in bench/results/archive-SIZE.txt.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
size=${1:?usage: bench/archive.sh 10k|100k|N [--batch 1000] [--seed 42] [--per-week 1]}; shift
case "$size" in
  *k) count=$(( ${size%k} * 1000 )) ;;
  *)  count=$size ;;
esac
out="$BENCH_WORK/archive-$size.git"
[ -e "$out" ] && die "$out exists: remove it to make it again"
cd "$PROJECT_DIR"
if [ ! -f target/classpath.txt ] || [ pom.xml -nt target/classpath.txt ] || [ ! -d target/test-classes/com/weeklygraphql/bench ]; then
  ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
fi
java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  com.weeklygraphql.bench.SyntheticArchive "$out" "$count" "$@" | tee "$RESULTS_DIR/archive-$size.txt"
