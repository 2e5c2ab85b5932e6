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

jar_path() {
  local jar
  jar=$(ls "$PROJECT_DIR"/target/weekly-graphql-*.jar 2>/dev/null | grep -v '\.original$' | head -n1)
  [ -n "$jar" ] || die "no jar: run ./mvnw -q -B -DskipTests package first"
  echo "$jar"
}

# archive_uri NAME: sample (the embedded content) | 10k | 100k (made by bench/archive.sh) | a path or URL.
archive_uri() {
  case "$1" in
    sample) echo "" ;;
    10k|100k) [ -d "$BENCH_WORK/archive-$1.git" ] || die "no $1 archive: run bench/archive.sh $1 first"
              echo "$BENCH_WORK/archive-$1.git" ;;
    *) echo "$1" ;;
  esac
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
  printf '; code %s' "$(git -C "$PROJECT_DIR" rev-parse --short HEAD 2>/dev/null || echo unknown)"
}
