#!/usr/bin/env bash
# HTTP load test of the service on loopback (see benchmarks/README.md). Build first, from the repository root:
#   ./mvnw -q -B package -pl service,benchmarks -am -DskipTests
# then run:  benchmarks/load/run.sh
# Environment: RATE (requests/s offered for the 20-salesperson team, default 10), CONNECTIONS (8), DURATION (60s),
# WARMUP (30s), BIG_RUNS (3 one-shot POSTs of the 10,000-salesperson company), PORT (18080), JAVA_OPTS,
# LAUNCH: "fast" (default: service/fast-start.sh, unpacked jar + AOT bean definitions + the JVM's class archive +
# its lean JVM flags, JAVA_OPTS replacing them) or "jar" (plain java $JAVA_OPTS -jar, default JVM flags);
# JAVA_HOME: the JDK the service runs on (default: the machine's java; the load tools always use it);
# AUTH: "basic" (default: the demo manager, HTTP Basic, bcrypt checked on every request) or "bearer" (an RS256
# JWT from a throwaway key pair the service is told to trust, as an OpenID Connect provider's would be).
# Starts the service in a fresh temporary folder (its own H2 decision log), stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE=${RATE:-10}
CONNECTIONS=${CONNECTIONS:-8}
DURATION=${DURATION:-60s}
WARMUP=${WARMUP:-30s}
BIG_RUNS=${BIG_RUNS:-3}
PORT=${PORT:-18080}
JAVA_OPTS=${JAVA_OPTS:-}
LAUNCH=${LAUNCH:-fast}
AUTH=${AUTH:-basic}
URL="http://127.0.0.1:${PORT}/api/v1/diagnoses"
SERVICE_JAR=$(ls service/target/service-*.jar | grep -v original | head -1)
BENCH_JAR=benchmarks/target/benchmarks.jar
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
[ -f "$SERVICE_JAR" ] && [ -f "$BENCH_JAR" ] || { echo "build first: ./mvnw -q -B package -pl service,benchmarks -am -DskipTests" >&2; exit 1; }

WORK=$(mktemp -d)
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

rss() { awk '/VmRSS/ {printf "%.0f MiB", $2 / 1024}' "/proc/$PID/status"; }

SERVICE_JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
echo "machine: $(nproc) cores, $(free -h | awk '/Mem:/ {print $2}') memory, service on $("$SERVICE_JAVA" -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), launch $LAUNCH ${JAVA_OPTS:-(default flags)}, auth $AUTH"
java -cp "$BENCH_JAR" com.salesdiag.bench.WritePayload 20 "$WORK/company-20.json"
java -cp "$BENCH_JAR" com.salesdiag.bench.WritePayload 10000 "$WORK/company-10000.json"

SERVICE_JAR=$(realpath "$SERVICE_JAR")
SERVICE_ARGS=(--server.port="$PORT" --logging.structured.format.console= ${SERVICE_EXTRA_ARGS:-})
if [ "$AUTH" = bearer ]; then
  java -cp "$BENCH_JAR" com.salesdiag.bench.WriteToken "$WORK/provider.pem" "$WORK/token"
  AUTHORIZATION="Bearer $(cat "$WORK/token")"
  SERVICE_ARGS+=(--spring.security.oauth2.resourceserver.jwt.public-key-location="file:$WORK/provider.pem")
else
  AUTHORIZATION="Basic $(printf 'manager:demo-manager' | base64)"
fi
if [ "$LAUNCH" = fast ]; then
  service/fast-start.sh prepare "$SERVICE_JAR" "$WORK/app"
  ( cd "$WORK" && JAVA_OPTS="$JAVA_OPTS" exec "$OLDPWD/service/fast-start.sh" run "$WORK/app" "${SERVICE_ARGS[@]}" \
      > "$WORK/service.log" 2>&1 ) &
else
  ( cd "$WORK" && exec "$SERVICE_JAVA" $JAVA_OPTS -jar "$SERVICE_JAR" "${SERVICE_ARGS[@]}" > "$WORK/service.log" 2>&1 ) &
fi
PID=$!
for _ in $(seq 1 180); do
  curl -sf -o /dev/null "http://127.0.0.1:${PORT}/actuator/health" && break
  kill -0 "$PID" 2>/dev/null || { cat "$WORK/service.log" >&2; exit 1; }
  sleep 0.5
done
echo "start: $(grep -o 'Started [A-Za-z]* in [0-9.]* seconds (process running for [0-9.]*)' "$WORK/service.log")"
echo "RSS after start: $(rss)"

export BODY="$WORK/company-20.json" AUTHORIZATION
export INTERVAL_MS=$(( CONNECTIONS * 1000 / RATE ))
echo "warm-up: $WARMUP at ~${RATE}/s"
wrk -t1 -c"$CONNECTIONS" -d"$WARMUP" -s benchmarks/load/post.lua "$URL" > /dev/null
echo "20-salesperson team, ${CONNECTIONS} connections, offered ~${RATE}/s, ${DURATION}:"
wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s benchmarks/load/post.lua "$URL" | grep -E '^(requests|latency_ms|throughput_rps)'
echo "RSS after the team load: $(rss)"

for i in $(seq 1 "$BIG_RUNS"); do
  curl -s -o "$WORK/answer-10000.json" -H "Authorization: $AUTHORIZATION" -H 'Content-Type: application/json' \
       --data-binary @"$WORK/company-10000.json" "$URL" \
       -w "10,000-salesperson company, one POST: HTTP %{http_code}, %{time_total} s, answer %{size_download} bytes, "
  echo "RSS $(rss)"
done
echo "RSS after the 10,000-salesperson posts: $(rss)"
