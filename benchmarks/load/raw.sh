#!/usr/bin/env bash
# Raw data benchmark (see benchmarks/README.md): a generated export of LINES order lines (and one opportunity per
# ten orders) sent to the service as CSV files, added up and diagnosed, RUNS times; then the same with a tenth of
# the lines, to show the heap does not grow with the file. Build first, from the repository root:
#   ./mvnw -q -B package -pl service,benchmarks -am -DskipTests
# then run:  benchmarks/load/raw.sh
# Environment: LINES (default 1000000), RUNS (3), PORT (18081), JAVA_OPTS (-Xmx512m: the heap the service gets).
# Starts the service (java -jar) in a fresh temporary folder with its own H2 decision log and a GC log; stops it at
# the end. Prints each POST's time as curl sees it (upload, adding up, diagnosis, recording, answer), the service's
# own split, and the largest heap left after a collection while the files were read.
set -euo pipefail
cd "$(dirname "$0")/../.."
. benchmarks/load/common.sh
LINES=${LINES:-1000000}
RUNS=${RUNS:-3}
PORT=${PORT:-18081}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
URL="http://127.0.0.1:${PORT}/api/v1/diagnoses"
SERVICE_JAR=$(service_jar)
BENCH_JAR=benchmarks/target/benchmarks.jar
[ -f "$SERVICE_JAR" ] && [ -f "$BENCH_JAR" ] || { echo "build first: ./mvnw -q -B package -pl service,benchmarks -am -DskipTests" >&2; exit 1; }

start_work
print_machine
java -cp "$BENCH_JAR" com.salesdiag.bench.WriteOrderLines "$LINES" "$WORK/big"
java -cp "$BENCH_JAR" com.salesdiag.bench.WriteOrderLines $(( LINES / 10 )) "$WORK/small"

( cd "$WORK" && exec java $JAVA_OPTS -Xlog:gc:file="$WORK/gc.log" -jar "$SERVICE_JAR" --server.port="$PORT" \
    --logging.structured.format.console=ecs > "$WORK/service.log" 2>&1 ) &
PID=$!
wait_ready "http://127.0.0.1:${PORT}" 240

# The most heap in use just after a collection, in MB, among the collections logged since line $1 of the GC log.
heap_after_gc() { tail -n +"$1" "$WORK/gc.log" | grep -o '[0-9]*M->[0-9]*M' | sed 's/.*->//; s/M//' | sort -n | tail -1; }

post() { # folder, label
  local from; from=$(( $(wc -l < "$WORK/gc.log") + 1 ))
  ( cd "$1" && curl -s -o "$WORK/answer.json" -u manager:demo-manager -F company=@company.csv -F goals=@goals.csv \
      -F orderLines=@orderLines.csv -F opportunities=@opportunities.csv "$URL" \
      -w "$2: HTTP %{http_code}, %{time_total} s, answer %{size_download} bytes, " )
  local raw served
  raw=$(grep '"Raw files added up"' "$WORK/service.log" | tail -1 | grep -o '"durationMs":[0-9]*' | cut -d: -f2)
  served=$(grep '"Diagnosis served"' "$WORK/service.log" | tail -1 | grep -o '"durationMs":[0-9]*' | cut -d: -f2)
  echo "adding up ${raw} ms, then diagnosis and record ${served} ms, heap after GC at most $(heap_after_gc "$from") MB"
}

for i in $(seq 1 "$RUNS"); do post "$WORK/big" "$LINES lines"; done
for i in $(seq 1 "$RUNS"); do post "$WORK/small" "$(( LINES / 10 )) lines"; done
echo "RSS at the end: $(awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/$PID/status")"
