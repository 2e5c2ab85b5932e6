#!/usr/bin/env bash
# bench/search-uncached.sh [REFERENCE SUBJECT] — issue 9, target 8, without the ranked windows: bench/search.sh
# with every request a search the snapshot never ranked before (wrk/graphql-uncached.lua in its new-search mode
# puts "zq<n> OR " in front of the query text: the same hits, a new key for the snapshot's query result cache), so
# each one ranks every match. bench/search.sh times what a reader typing a search others typed gets; this, a search nobody typed yet.
set -euo pipefail
QUERY_GLOB='search-*' LIMIT=3 FIGURE=search-uncached-p50-ratio INFORMATIVE= LUA_MODE=new-search \
  exec "$(dirname "$0")/filters.sh" "$@"
