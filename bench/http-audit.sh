#!/usr/bin/env bash
# bench/http-audit.sh [ARCHIVE] — /graphql held to the GraphQL over HTTP spec by a client nobody here wrote: the
# audit of graphql-http (GRAPHQL_HTTP_VERSION, default 1.23.1; the spec's reference implementation, from npm, into
# $BENCH_WORK/graphql-http), every MUST, SHOULD and MAY it checks, against the service serving ARCHIVE (sample by
# default). Needs node and npm. Prints each audit that is not ok and the counts; fails if any MUST fails.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are missing: apt-get install -y nodejs npm"
archive=${1:-sample}
version=${GRAPHQL_HTTP_VERSION:-1.23.1}
tool="$BENCH_WORK/graphql-http"
if [ ! -d "$tool/node_modules/graphql-http" ]; then
  mkdir -p "$tool"
  (cd "$tool" && npm init -y > /dev/null && npm install --silent "graphql-http@$version" graphql > /dev/null)
fi
cat > "$tool/audit.mjs" <<'JS'
import { auditServer } from 'graphql-http';
const results = await auditServer({ url: process.argv[2] });
const count = { ok: 0, warn: 0, notice: 0, error: 0 };
for (const result of results) {
  count[result.status]++;
  if (result.status !== 'ok') console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}: ${result.reason}`);
}
console.log(`${results.length} audits: ${count.ok} ok, ${count.warn} warnings (SHOULD), ${count.notice} notices (MAY), ${count.error} errors (MUST)`);
process.exit(count.error === 0 ? 0 : 1);
JS
uri=$(archive_uri "$archive")
svc_product svc "$BENCH_PORT" "$uri" "$BENCH_WORK/data-$(code_label)-$archive"
svc_wait_ready svc
report_header "GraphQL over HTTP audit (graphql-http $version), $archive"
node "$tool/audit.mjs" "$(svc_url svc)/graphql"
