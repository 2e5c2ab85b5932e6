# Shared by bench/*.sh: where things live, starting and stopping the service, small helpers.
# Sourced, not run. Every service started here is stopped by the EXIT trap of the script that sourced it.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PROJECT_DIR=$(cd "$BENCH_DIR/.." && pwd)
# Archives, clones and logs are large: they live outside the work tree.
BENCH_WORK=${BENCH_WORK:-/tmp/weekly-bench}
RESULTS_DIR=${RESULTS_DIR:-$BENCH_DIR/results}
BENCH_PORT=${BENCH_PORT:-18080}
BENCH_HOST=127.0.0.1
JAVA_OPTS=${JAVA_OPTS:-}
mkdir -p "$BENCH_WORK" "$RESULTS_DIR"

SERVICE_PID=
SERVICE_LOG=

die() { echo "bench: $*" >&2; exit 1; }
now_ms() { date +%s%3N; }
base_url() { echo "http://$BENCH_HOST:$BENCH_PORT"; }

# jar_path: the jar measured: $BENCH_JAR when set (e.g. the "before" jar built in another worktree), else this
# work tree's target/weekly-graphql-*.jar.
jar_path() {
  local jar=${BENCH_JAR:-}
  [ -n "$jar" ] || jar=$(ls "$PROJECT_DIR"/target/weekly-graphql-*.jar 2>/dev/null | grep -v '\.original$' | head -n1)
  [ -n "$jar" ] && [ -f "$jar" ] || die "no jar${BENCH_JAR:+ at $BENCH_JAR}: run ./mvnw -q -B -DskipTests package first"
  echo "$jar"
}

# code_commit: the commit of the work tree the measured jar was built in (short id).
code_commit() {
  local jar; jar=$(jar_path)
  git -C "$(dirname "$jar")/.." rev-parse --short HEAD 2>/dev/null || echo unknown
}

# code_label: names the measured code in results and data dirs: $BENCH_CODE (e.g. before, after), else its commit.
code_label() { echo "${BENCH_CODE:-$(code_commit)}"; }

# archive_uri NAME: sample (the embedded content) | corpus (the real archive: the corpus as a git repository, one
# commit per file in date order, made here on first use) | 10k, 100k, 2000 ... (made by bench/archive.sh) | a path
# or URL.
archive_uri() {
  case "$1" in
    sample) echo "" ;;
    corpus) corpus_archive ;;
    *k|[0-9]*) [ -d "$BENCH_WORK/archive-$1.git" ] || die "no $1 archive: run bench/archive.sh $1 first"
               echo "$BENCH_WORK/archive-$1.git" ;;
    *) echo "$1" ;;
  esac
}

# daemon_uri PATH: the archive at PATH (under $BENCH_WORK) as a real remote is reached: over git:// from a native
# `git daemon` of its own process, started here on first use (port $BENCH_DAEMON_PORT, default BENCH_PORT + 900).
# With a plain path the service's JGit serves the fetch in-process, so its JVM would also do the remote's half
# (counting the objects to send: 2 s of a one-file fetch at 100k); GitHub or GitLab does that half on their side.
daemon_uri() {
  local path=$1 port=${BENCH_DAEMON_PORT:-$(( BENCH_PORT + 900 ))}
  case "$path" in "$BENCH_WORK"/*) ;; *) die "daemon_uri: $path is not under $BENCH_WORK" ;; esac
  if ! (exec 3<>"/dev/tcp/$BENCH_HOST/$port") 2>/dev/null; then
    git daemon --detach --reuseaddr --export-all --listen="$BENCH_HOST" --port="$port" \
      --base-path="$BENCH_WORK" --pid-file="$BENCH_WORK/git-daemon.pid" "$BENCH_WORK" || die "git daemon did not start"
    for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/$BENCH_HOST/$port") 2>/dev/null && break; sleep 0.05; done
  fi
  echo "git://$BENCH_HOST:$port/${path#"$BENCH_WORK"/}"
}

# point_clone DATA_DIR URI: the same archive may be reached by its path or over git:// (webhook.sh): the clone's
# remote is set to the URI the script uses, so that the service keeps the clone (and its content index) instead of
# cloning anew. Called by svc_product.
point_clone() {
  local clone="$1/repository.git"
  [ -d "$clone" ] && git -C "$clone" config remote.origin.url "$2"
  return 0
}

# corpus_archive: the real archive. The site's repository is not reachable here, so the corpus (114 issues and 12
# posts of sofastack.tech) is made into a bare repository with shared/tools/make-content-repo.sh, once.
corpus_archive() {
  local out="$BENCH_WORK/archive-corpus.git" tool corpus tmp
  if [ ! -d "$out" ]; then
    tool=${MAKE_CONTENT_REPO:-/work/shared/tools/make-content-repo.sh}
    corpus=${CORPUS_DIR:-/work/shared/corpus/sofastack-weekly}
    [ -d "$corpus" ] || corpus="$PROJECT_DIR/src/main/resources/sample-content/sofastack-weekly"
    [ -x "$tool" ] || die "no $tool to make the real archive; set MAKE_CONTENT_REPO"
    tmp="$BENCH_WORK/corpus-worktree"; rm -rf "$tmp"
    "$tool" "$corpus" "$tmp" > /dev/null 2>&1 || die "$tool failed"
    git clone -q --bare "$tmp" "$out" >&2; rm -rf "$tmp"
  fi
  echo "$out"
}

# start_service LABEL URI [extra --args...]: starts the jar on 127.0.0.1:$BENCH_PORT with polling off and a
# data dir of its own (kept if it exists, so a caller can choose a cold or a warm start), logs to
# $BENCH_WORK/LABEL.log, and returns at once; SERVICE_START_MS is the moment just before the JVM is launched.
start_service() {
  local label=$1 uri=$2; shift 2
  local jar; jar=$(jar_path)
  [ -z "$(port_owner)" ] || die "port $BENCH_PORT is in use; set BENCH_PORT"
  SERVICE_LOG="$BENCH_WORK/$label.log"
  local args=(--server.port="$BENCH_PORT" --server.address="$BENCH_HOST"
              --content.data-dir="$BENCH_WORK/data-$label" --content.sync.interval="${SYNC_INTERVAL:-0}")
  [ -n "$uri" ] && args+=(--content.repository.uri="$uri")
  SERVICE_START_MS=$(now_ms)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$jar" "${args[@]}" "$@" > "$SERVICE_LOG" 2>&1 &
  SERVICE_PID=$!
}

port_owner() { (exec 3<>"/dev/tcp/$BENCH_HOST/$BENCH_PORT") 2>/dev/null && echo busy; }

# wait_ready [TIMEOUT_S]: polls readiness every 50 ms; sets READY_MS (epoch ms of the first 200).
wait_ready() {
  local timeout=${1:-900} deadline=$(( $(date +%s) + ${1:-900} ))
  while :; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$(base_url)/actuator/health/readiness")" = 200 ]; then
      READY_MS=$(now_ms); return 0
    fi
    kill -0 "$SERVICE_PID" 2>/dev/null || { tail -n 30 "$SERVICE_LOG" >&2; die "the service died while starting (log: $SERVICE_LOG)"; }
    [ "$(date +%s)" -lt "$deadline" ] || die "not ready after ${timeout}s (log: $SERVICE_LOG)"
    sleep 0.05
  done
}

stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID" 2>/dev/null
    for _ in $(seq 1 100); do kill -0 "$SERVICE_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=
}
trap stop_service EXIT
trap 'stop_service; exit 130' INT TERM

# graphql FILE: posts a request body file, prints the answer.
graphql() {
  curl -s -X POST -H 'Content-Type: application/json' --data-binary @"$1" "$(base_url)/graphql"
}

# served_commit: the commit the service serves, from the GraphQL contract.
served_commit() {
  curl -s -X POST -H 'Content-Type: application/json' --data '{"query":"{ content { commit } }"}' "$(base_url)/graphql" \
    | jq -r '.data.content.commit // empty'
}

# The service's own line "Serving <commit> of <branch>: N issues, P problems (T ms)": parse and index time.
snapshot_ms() { sed -n 's/.*Serving [0-9a-f]* of .*(\([0-9]*\) ms).*/\1/p' "$SERVICE_LOG" | tail -n1; }

# CPU seconds the service has used (user + system), from /proc.
cpu_seconds() {
  local ticks; ticks=$(getconf CLK_TCK)
  awk -v t="$ticks" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$SERVICE_PID/stat"
}

# heap_after_gc_bytes: a full GC, then the used heap (G1 or Serial/Parallel) in bytes. (%.0f, not %d: mawk's
# %d stops at 2^31 - 1, which read every heap above 2 GiB as 2047 MiB.)
heap_after_gc_bytes() {
  jcmd "$SERVICE_PID" GC.run > /dev/null
  jcmd "$SERVICE_PID" GC.heap_info | awk '
    /garbage-first heap|def new generation|PSYoungGen|ParOldGen|tenured generation|ZHeap|Shenandoah/ {
      for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i+1); sub(/[,K]+$/, "", v); sum += v } }
    END { printf "%.0f", sum * 1024 }'
}

# busy_line: what else runs here (a benchmark on a shared 2-core machine is only as good as its quiet).
busy_line() {
  local others
  others=$(ps -o pid=,pcpu= -p "$(pgrep -d, -x java || echo 1)" 2>/dev/null \
           | awk -v me="${SERVICE_PID:-none}" '$1 != me && $1 != 1 { printf "%s(%s%% cpu) ", $1, $2 }')
  printf 'load average %s; other JVMs: %s' "$(cut -d' ' -f1-3 /proc/loadavg)" "${others:-none}"
}

# wait_quiet: waits (up to $QUIET_TIMEOUT s, default 900) until the 1-minute load average is under
# $QUIET_LOAD (default 1.0), so that a figure is not someone else's build. Idle JVMs do not count.
# Prints what it found; never fails: the summary records the noise either way.
wait_quiet() {
  local limit=${QUIET_LOAD:-1.0} deadline=$(( $(date +%s) + ${QUIET_TIMEOUT:-900} ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$limit" 'BEGIN { exit !(l < m) }'; then
      echo "quiet: $(busy_line)"; return 0
    fi
    sleep 5
  done
  echo "NOT quiet after ${QUIET_TIMEOUT:-900} s, going on: $(busy_line)"
}

# alive_or_die WHAT: stops the benchmark when the service has gone (killed from outside, crashed).
alive_or_die() {
  kill -0 "$SERVICE_PID" 2>/dev/null && return 0
  tail -n 20 "$SERVICE_LOG" >&2
  die "the service (pid $SERVICE_PID) is gone during $1; log: $SERVICE_LOG"
}

machine_line() {
  printf '%s cores, %s, %s GiB RAM, %s' "$(nproc)" \
    "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)" \
    "$(awk '/MemTotal/ { printf "%.0f", $2/1048576 }' /proc/meminfo)" \
    "$(java -version 2>&1 | head -n1)"
  printf '; code %s (%s); bench scripts %s' "$(code_label)" "$(code_commit)" \
    "$(git -C "$PROJECT_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)"
}

# ---- several JVMs at once (side-by-side figures): the subject and a reference, or two archives ----
# svc_start NAME PORT JAR [args...]: launches JAR on 127.0.0.1:PORT with $JAVA_OPTS, logs to $BENCH_WORK/NAME.log,
# returns at once; SVC_T0[NAME] is the moment just before the launch. Every JVM started here is stopped on exit.
declare -A SVC_PID SVC_PORT SVC_LOG SVC_T0
svc_start() {
  local name=$1 port=$2 jar=$3; shift 3
  (exec 3<>"/dev/tcp/$BENCH_HOST/$port") 2>/dev/null && die "port $port is in use"
  SVC_PORT[$name]=$port
  SVC_LOG[$name]="$BENCH_WORK/$name.log"
  SVC_T0[$name]=$(now_ms)
  # shellcheck disable=SC2086
  java $JAVA_OPTS -jar "$jar" --server.port="$port" --server.address="$BENCH_HOST" "$@" > "${SVC_LOG[$name]}" 2>&1 &
  SVC_PID[$name]=$!
}

# svc_product NAME PORT URI DATA_DIR [args...]: the measured jar serving URI (empty: the sample), polling off.
svc_product() {
  local name=$1 port=$2 uri=$3 data=$4; shift 4
  local args=(--content.data-dir="$data" --content.sync.interval=0)
  [ -n "$uri" ] && args+=(--content.repository.uri="$uri") && point_clone "$data" "$uri"
  svc_start "$name" "$port" "$(jar_path)" "${args[@]}" "$@"
}

svc_url() { echo "http://$BENCH_HOST:${SVC_PORT[$1]}"; }

# svc_wait_ready NAME [TIMEOUT_S] [PATH]: polls GET PATH (default the readiness probe) every 20 ms until 200;
# PATH "POST:/graphql" posts { hello } instead (the bare app). Sets SVC_READY_MS (ms from launch to the 200).
svc_wait_ready() {
  local name=$1 timeout=${2:-1800} path=${3:-/actuator/health/readiness} code deadline
  deadline=$(( $(date +%s) + timeout ))
  while :; do
    if [ "${path%%:*}" = POST ]; then
      code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' \
             --data '{"query":"{ hello }"}' "$(svc_url "$name")${path#POST:}" || true)
    else
      code=$(curl -s -o /dev/null -w '%{http_code}' "$(svc_url "$name")$path" || true)
    fi
    if [ "$code" = 200 ]; then SVC_READY_MS=$(( $(now_ms) - SVC_T0[$name] )); return 0; fi
    kill -0 "${SVC_PID[$name]}" 2>/dev/null || { tail -n 30 "${SVC_LOG[$name]}" >&2; die "$name died while starting (log: ${SVC_LOG[$name]})"; }
    [ "$(date +%s)" -lt "$deadline" ] || die "$name not ready after ${timeout}s (log: ${SVC_LOG[$name]})"
    sleep 0.02
  done
}

svc_stop() {
  local pid=${SVC_PID[$1]:-}
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  unset "SVC_PID[$1]"
}

svc_stop_all() {
  local name
  for name in "${!SVC_PID[@]}"; do svc_stop "$name"; done
  stop_service
}
trap svc_stop_all EXIT
trap 'svc_stop_all; exit 130' INT TERM

svc_alive_or_die() {
  kill -0 "${SVC_PID[$1]}" 2>/dev/null && return 0
  tail -n 20 "${SVC_LOG[$1]}" >&2
  die "$1 (pid ${SVC_PID[$1]}) is gone during $2; log: ${SVC_LOG[$1]}"
}

# svc_query NAME JSON: posts a GraphQL body (a string), prints the answer.
svc_query() {
  curl -s -X POST -H 'Content-Type: application/json' --data "$2" "$(svc_url "$1")/graphql"
}

svc_commit() { svc_query "$1" '{"query":"{ content { commit } }"}' | jq -r '.data.content.commit // empty'; }

# svc_wait_commit NAME COMMIT [TIMEOUT_S]: until NAME serves COMMIT (a restart serves its index, then fetches).
svc_wait_commit() {
  local deadline=$(( $(date +%s) + ${3:-1800} ))
  until [ "$(svc_commit "$1")" = "$2" ]; do
    [ "$(date +%s)" -lt "$deadline" ] || die "$1 does not serve $2 after ${3:-1800} s"
    sleep 0.1
  done
}

# svc_heap_bytes NAME: a full GC, then the used heap in bytes (see heap_after_gc_bytes).
svc_heap_bytes() { SERVICE_PID=${SVC_PID[$1]} heap_after_gc_bytes; }

# svc_rss_bytes NAME: the resident memory of the JVM (heap, metaspace, code, mapped index files in memory).
svc_rss_bytes() { awk '/^VmRSS/ { printf "%.0f", $2 * 1024 }' "/proc/${SVC_PID[$1]}/status"; }

# head_commit REPO: the commit the repository's HEAD names (what the service should end up serving).
head_commit() {
  if [ -z "$1" ]; then echo ""; else git -C "$1" rev-parse HEAD; fi
}

# markdown_bytes URI: the bytes of every .md file at the archive's head (what the service reads).
markdown_bytes() {
  local uri=$1
  if [ -z "$uri" ]; then
    find "$PROJECT_DIR/src/main/resources/sample-content" -name '*.md' -print0 | xargs -0 cat | wc -c
  else
    git -C "$uri" ls-tree -r -l HEAD | awk '$NF ~ /\.md$/ { s += $4 } END { printf "%d", s }'
  fi
}

# log_ms_between LOG FIRST_PATTERN SECOND_PATTERN: milliseconds between the first lines matching each (the
# service's own timestamps), or n/a.
log_ms_between() {
  local from to
  from=$(grep -m1 -- "$2" "$1" | cut -c1-23)
  to=$(grep -m1 -- "$3" "$1" | cut -c1-23)
  [ -n "$from" ] && [ -n "$to" ] || { echo "n/a"; return; }
  echo $(( $(date -d "$to" +%s%3N) - $(date -d "$from" +%s%3N) ))
}

# median N...: the median of the numbers (the mean of the middle two for an even count).
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a != "n/a") printf "%.2f", a / b; else print "n/a" }'; }

# verdict VALUE OP LIMIT: "met" or "MISSED" (OP is <= or >=); n/a when nothing was measured.
verdict() {
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {
    if (v == "" || v == "n/a") { print "n/a"; exit }
    ok = (op == "<=") ? (v + 0 <= l + 0) : (v + 0 >= l + 0)
    print ok ? "met" : "MISSED" }'
}

load1() { cut -d' ' -f1 /proc/loadavg; }

# record FIGURE ARCHIVE VALUE UNIT TARGET VERDICT LOAD_BEFORE LOAD_AFTER [NOTE]: one line of
# bench/results/figures.tsv, the table every before/after comparison is made from (bench/table.sh).
record() {
  local file="$RESULTS_DIR/figures.tsv"
  [ -f "$file" ] || printf 'when\tcode\tcommit\tfigure\tarchive\tvalue\tunit\ttarget\tverdict\tload_before\tload_after\tnote\n' > "$file"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$(code_label)" "$(code_commit)" \
    "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8" "${9:-}" >> "$file"
}

# report_header TITLE: the lines every figure script starts its report with.
report_header() {
  echo "## $1 ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "machine: $(machine_line); JAVA_OPTS='${JAVA_OPTS}'"
}

# bare_jar: the reference app (bench/bare-graphql).
bare_jar() {
  reference_jar target
}

# framework_jar: the bare app with the actuator, Prometheus and WebSocket (its "framework" profile), built if
# missing or older than its sources: the floor of a start on the framework the product serves with.
framework_jar() {
  reference_jar target-framework -Pframework
}

# reference_jar OUT [MAVEN_ARGS...]: the jar of bench/bare-graphql in OUT/, built with the project's Maven wrapper
# (and MAVEN_ARGS) when missing or older than its sources.
reference_jar() {
  local dir="$BENCH_DIR/bare-graphql" out=$1 jar; shift
  jar=$(ls "$dir/$out"/bare-graphql-*.jar 2>/dev/null | grep -v '\.original$' | head -n1 || true)
  if [ -z "$jar" ] || [ -n "$(find "$dir/pom.xml" "$dir/src" -newer "$jar" -type f 2>/dev/null | head -n1)" ]; then
    "$PROJECT_DIR/mvnw" -q -B ${MAVEN_OFFLINE--o} -f "$dir/pom.xml" "$@" -DskipTests package >&2 || die "the bare app did not build"
    jar=$(ls "$dir/$out"/bare-graphql-*.jar | grep -v '\.original$' | head -n1)
  fi
  echo "$jar"
}

# wrk_parse FILE: "rps p50 p99 errors requests timeouts" from wrk's --latency output (latencies in ms; errors
# are connect/read/write errors, timeouts and non-2xx answers; timeouts are also given alone).
wrk_parse() {
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /m$/) return v*60000; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /requests in/ { n = $1 }
    /Socket errors/ { gsub(/,/, ""); err += $4 + $6 + $8 + $10; to += $10 }
    /Non-2xx or 3xx/ { err += $5 }
    END { printf "%s %.2f %.2f %d %d %d\n", rps, p50, p99, err, n, to }' "$1"
}
