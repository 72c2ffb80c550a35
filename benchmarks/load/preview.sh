#!/usr/bin/env bash
# Preview benchmark (see benchmarks/README.md): how long an analyst waits for POST /api/v1/rules/check to replay
# RECORDS recorded diagnoses of the sample's size (11 salespeople) on the serving rules and on an edit (on-time
# tolerance 0.95 -> 0.75). Build first, from the repository root:
#   ./mvnw -q -B package -pl service -am -DskipTests
# then run:  benchmarks/load/preview.sh
# Environment: RECORDS (default 200), RUNS (3), PORT (18082), JAVA_OPTS (-Xmx1g).
# Starts the service (java -jar) in a fresh temporary folder serving a copy of rules/ladder, with its own H2
# decision log; records RECORDS diagnoses (the sample under RECORDS company ids, so no two are the same facts);
# edits the copy; then, RUNS times each: the check alone (?replay=0) and the check replaying RECORDS, first while
# the rules serving are those that made the records (their answers are read from the log), then after a reload of
# a version that differs by a comment (both sides are diagnosed: the worst case).
# Prints curl's total, the replay's own time and the service's CPU seconds for each; stops the service at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
. benchmarks/load/common.sh
RECORDS=${RECORDS:-200}
RUNS=${RUNS:-3}
PORT=${PORT:-18082}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
BASE="http://127.0.0.1:${PORT}"
SERVICE_JAR=$(service_jar)
[ -f "$SERVICE_JAR" ] || { echo "build first: ./mvnw -q -B package -pl service -am -DskipTests" >&2; exit 1; }

start_work
print_machine
cp -r rules/ladder "$WORK/ladder"
( cd "$WORK" && SALESDIAG_RULES_FOLDER="$WORK/ladder" exec java $JAVA_OPTS -jar "$SERVICE_JAR" --server.port="$PORT" \
    --logging.structured.format.console=ecs > "$WORK/service.log" 2>&1 ) &
PID=$!
wait_ready "$BASE" 480
JAVA_PID=$(pgrep -P "$PID" java || echo "$PID")

curl -s "$BASE/api/v1/samples/company" > "$WORK/sample.json"
for i in $(seq 1 "$RECORDS"); do
  sed "s/\"padana\"/\"padana-$i\"/g" "$WORK/sample.json" | curl -sf -o /dev/null -u manager:demo-manager \
      -H 'Content-Type: application/json' -H 'Accept-Language: en' --data-binary @- "$BASE/api/v1/diagnoses"
done
echo "recorded $RECORDS diagnoses of $(grep -o '"hireDate"' "$WORK/sample.json" | wc -l) salespeople each"
sed -i 's/delivery.onTimeTolerance,0.95,/delivery.onTimeTolerance,0.75,/' "$WORK/ladder/thresholds.drl.csv"

cpu() { awk '{print $14 + $15}' "/proc/$JAVA_PID/stat"; } # user + system, in clock ticks
TICKS=$(getconf CLK_TCK)
check() { # replay, language, label
  local before after
  before=$(cpu)
  curl -s -o "$WORK/check.json" -u analyst:demo-analyst -X POST -H "Accept-Language: $2" \
      "$BASE/api/v1/rules/check?replay=$1" -w "$3: HTTP %{http_code}, %{time_total} s, "
  after=$(cpu)
  local replay
  replay=$(grep -o '"millis":[0-9]*' "$WORK/check.json" | tail -1 | cut -d: -f2 || true)
  echo "replay ${replay:--} ms, service CPU $(awk "BEGIN {printf \"%.1f\", ($after - $before) / $TICKS}") s"
}

for i in $(seq 1 "$RUNS"); do
  check 0 en "check alone"
  check "$RECORDS" en "check + replay of $RECORDS, recorded by the rules serving"
done
sed -i 's/delivery.onTimeTolerance,0.75,/delivery.onTimeTolerance,0.95,/' "$WORK/ladder/thresholds.drl.csv"
echo "// another version, the same rules" >> "$WORK/ladder/0-goals.drl"
curl -sf -o /dev/null -u analyst:demo-analyst -X POST "$BASE/api/v1/rules/reload"
sed -i 's/delivery.onTimeTolerance,0.95,/delivery.onTimeTolerance,0.75,/' "$WORK/ladder/thresholds.drl.csv"
for i in $(seq 1 "$RUNS"); do
  check 0 en "check alone"
  check "$RECORDS" en "check + replay of $RECORDS, recorded by an earlier version"
done
grep -o '"summary":"[^"]*diagnos[^"]*"' "$WORK/check.json" | tail -1
