#!/usr/bin/env bash
# Start time, RSS and CPU of service starts (see benchmarks/README.md). Each start gets a fresh H2 file, is
# timed until Spring's "Started ... in" line, measured, then stopped. Build first (and prepare fast-start):
#   ./mvnw -q -B package -pl service -am -DskipTests && service/fast-start.sh prepare
# then, from the repository root:
#   benchmarks/load/starts.sh 5 service/fast-start.sh run     (or run FOLDER, as prepared)
#   benchmarks/load/starts.sh 5 java -jar service/target/service-0.1.0-SNAPSHOT.jar
# The command is given --server.port and --spring.datasource.url; PORT (default 18080) changes the port.
set -euo pipefail
RUNS=${1:?usage: starts.sh RUNS COMMAND...}
shift
PORT=${PORT:-18080}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

for run in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/db"
  "$@" --server.port="$PORT" --spring.datasource.url="jdbc:h2:file:$WORK/db/salesdiag;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
       --logging.structured.format.console= > "$WORK/start.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1200); do
    grep -q "Started .* in" "$WORK/start.log" && break
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/start.log" >&2; exit 1; }
    sleep 0.05
  done
  # What the process holds and has spent once it says it started (CPU: user + system, all threads).
  rss=$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status")
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$pid/stat")
  started=$(grep -o 'in [0-9.]* seconds (process running for [0-9.]*)' "$WORK/start.log")
  echo "start $run: Started $started, RSS $rss MiB, CPU ${cpu} s, load $(cut -d' ' -f1 /proc/loadavg)"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
done
