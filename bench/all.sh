#!/usr/bin/env bash
# bench/all.sh — every figure of issues 8 and 9 on this work tree's jar (bench/before-after.sh does the same on two
# jars): builds the jar, makes the synthetic archives if missing, then each figure script, then the table.
# SIZES="sample 10k" limits the synthetic archives used by sync.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-sample 10k 100k}
./mvnw -q -B ${MAVEN_OFFLINE--o} -DskipTests package
for size in $SIZES; do
  [ "$size" = sample ] || [ -d "${BENCH_WORK:-/tmp/weekly-bench}/archive-$size.git" ] || bench/archive.sh "$size"
done
# shellcheck disable=SC2086
bench/sync.sh $SIZES
bench/restart.sh 100k
bench/webhook.sh 10k 100k
bench/filters.sh sample 100k
bench/search.sh sample 100k
bench/post-vs-bare.sh sample
bench/coldstart.sh
bench/mixed.sh corpus
bench/table.sh "${BENCH_CODE:-$(git rev-parse --short HEAD)}"
