#!/usr/bin/env bash
# bench/all.sh — every figure of docs/benchmarks.md in one go (~45 min on 2 cores with a quiet machine):
# builds the jar, makes the synthetic archives if missing, then startup.sh and load.sh on sample, 10k, 100k.
# SIZES="sample 10k" limits the archives.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-sample 10k 100k}
./mvnw -q -B -DskipTests package
for size in $SIZES; do
  [ "$size" = sample ] || [ -d "${BENCH_WORK:-/tmp/weekly-bench}/archive-$size.git" ] || bench/archive.sh "$size"
done
# shellcheck disable=SC2086
bench/startup.sh $SIZES
for size in $SIZES; do
  bench/load.sh "$size"
done
