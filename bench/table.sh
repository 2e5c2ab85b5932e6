#!/usr/bin/env bash
# bench/table.sh [CODE...] — the before/after table from bench/results/figures.tsv (every figure script appends
# to it): per figure and archive, the latest value of each code (default: before after), its verdict and the
# 1-minute load averages before/after the measurement, as markdown.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
codes=("$@"); [ ${#codes[@]} -gt 0 ] || codes=(before after)
file="$RESULTS_DIR/figures.tsv"
[ -f "$file" ] || die "no $file yet: run the figure scripts first"
awk -F'\t' -v codes="${codes[*]}" '
  BEGIN { n = split(codes, c, " "); for (i = 1; i <= n; i++) want[c[i]] = i }
  NR > 1 && ($2 in want) {
    key = $4 "\t" $5
    if (!(key in seen)) { seen[key] = 1; order[++k] = key; target[key] = $8 }
    cell[key, $2] = $6 " " $7 (($9 != "" && $9 != "-") ? " (" $9 ")" : "") " [load " $10 "/" $11 "]"
  }
  END {
    printf "| figure | archive | target |"; for (i = 1; i <= n; i++) printf " %s |", c[i]; print ""
    printf "| --- | --- | --- |"; for (i = 1; i <= n; i++) printf " --- |"; print ""
    for (j = 1; j <= k; j++) {
      split(order[j], f, "\t")
      printf "| %s | %s | %s |", f[1], f[2], target[order[j]]
      for (i = 1; i <= n; i++) printf " %s |", ((order[j], c[i]) in cell) ? cell[order[j], c[i]] : "not measured"
      print ""
    }
  }' "$file"
