# Shared by the load scripts (sourced, from the repository root): the jars, a temporary folder cleaned up with the
# service on exit, the machine's line, and waiting for the service to be up.

# The service's jar (the repackaged one), or a hint to build it.
service_jar() {
  local jar
  jar=$(ls service/target/service-*.jar 2>/dev/null | grep -v original | head -1)
  [ -n "$jar" ] || { echo "build first: ./mvnw -q -B package -pl service,benchmarks -am -DskipTests" >&2; exit 1; }
  realpath "$jar"
}

# WORK: a fresh temporary folder; PID: the service's, once started. Both go on exit, whatever the exit.
start_work() {
  WORK=$(mktemp -d)
  PID=""
  trap 'rc=$?; [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$WORK"; exit "$rc"' EXIT
}

# What a figure was measured on: cores, memory, JDK, load, date, commit and the service's flags.
print_machine() {
  echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') memory, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), service $JAVA_OPTS"
}

# Waits until BASE answers its health (up to TRIES half-seconds); prints the service's log if it died meanwhile.
wait_ready() {
  local base=$1 tries=${2:-240}
  for _ in $(seq 1 "$tries"); do
    curl -sf -o /dev/null "$base/actuator/health" && return 0
    kill -0 "$PID" 2>/dev/null || { cat "$WORK/service.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "the service did not start within $((tries / 2)) s" >&2
  exit 1
}
