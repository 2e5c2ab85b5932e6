#!/usr/bin/env bash
# bench/sync-floor.sh [ARCHIVE] [THREADS] — the floor under a full sync (issue 10 item 5): the time any design
# that clones the archive and parses every issue spends before it can serve, measured without the service.
#
# ARCHIVE: 10k, 100k (default) or any archive name of lib.sh; THREADS: parsing threads (default: one per core).
# Prints, one after the other on the same archive:
#   native git  `git clone --bare --no-local` of the archive (git's own pack transfer and index, for reference);
#   JGit floor  com.weeklygraphql.bench.SyncFloor (test scope): JGit fetches every branch into an empty bare
#               repository as the service does, lists the head, reads and parses every .md blob on THREADS
#               threads with the service's parser; no Spring, no index, no history.
# The remote is reached over git:// from a native `git daemon` (lib.sh daemon_uri), as a real remote is, unless
# BENCH_REMOTE=path (JGit then serves the fetch in-process: the JVM packs as well as indexes the pack).
# The full sync's target is 60 s at 100k (bench/sync.sh measures the service's).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
archive=${1:-100k}
threads=${2:-$(nproc)}
uri=$(archive_uri "$archive")
[ -n "$uri" ] || die "the floor needs an archive with a remote: 10k, 100k, corpus or a path"
[ "${BENCH_REMOTE:-daemon}" = path ] || uri=$(daemon_uri "$uri")
cd "$PROJECT_DIR"
if [ ! -f target/classpath.txt ] || [ pom.xml -nt target/classpath.txt ] || [ ! -f target/test-classes/com/weeklygraphql/bench/SyncFloor.class ]; then
  ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
fi
out="$RESULTS_DIR/sync-floor-$(code_label)-$archive-$(date +%Y%m%d-%H%M%S).md"
report_header "The floor under a full sync of $archive" | tee "$out"
[ "${WAIT_QUIET:-1}" = 1 ] && wait_quiet | tee -a "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
load_before=$(load1)
start=$(date +%s%N)
git clone -q --bare --no-local "$uri" "$tmp/native.git"
native=$(( ($(date +%s%N) - start) / 1000000 ))
rm -rf "$tmp/native.git"
echo "native git clone: $native ms (load $load_before -> $(load1))" | tee -a "$out"
load_before=$(load1)
floor=$(java -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
  com.weeklygraphql.bench.SyncFloor "$uri" main "$threads")
echo "JGit floor: $floor (load $load_before -> $(load1))" | tee -a "$out"
echo "report: $out"
