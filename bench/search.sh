#!/usr/bin/env bash
# bench/search.sh [REFERENCE SUBJECT] — issue 9, target 8: a search's single-client p50 at 100k <= 3x the
# sample's. bench/filters.sh with the queries bench/queries/search-*.json (search(query:, first:) with a Chinese
# word, a project and a word, a phrase and an excluded word) and the search target; a build without the search
# field answers every query with an error, and the script says so and times nothing.
set -euo pipefail
QUERY_GLOB='search-*' LIMIT=3 FIGURE=search-p50-ratio INFORMATIVE= exec "$(dirname "$0")/filters.sh" "$@"
