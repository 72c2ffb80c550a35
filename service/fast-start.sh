#!/usr/bin/env bash
# Starts the service the fast way: unpacked jar + class-data sharing (CDS) + lean JVM flags.
# Measured on 2 cores (benchmarks/README.md): ~3.3-3.8 s to "Started" and ~230 MiB RSS, against ~6 s and ~320 MiB
# for a plain `java -jar` (which is fine for trying the product: the README's run command).
#
#   service/fast-start.sh prepare [JAR] [FOLDER]  unpack JAR (default service/target/service-*.jar) into FOLDER
#                                                (default service/target/fast-start) and build its CDS archive;
#                                                redo after every build, the archive is tied to the jars
#   service/fast-start.sh run [FOLDER] [ARGS...] start from FOLDER; ARGS go to the service (--server.port=...)
#
# JAVA_OPTS replaces the default flags below. The heap starts small, grows on demand (a 10,000-salesperson
# request allocates several hundred MB) and is given back after collections.
set -euo pipefail
DEFAULT_FLAGS="-XX:+UseSerialGC -Xms32m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=40"
ROOT="$(cd "$(dirname "$0")" && pwd)"

prepare() {
  local jar=${1:-$(ls "$ROOT"/target/service-*.jar | grep -v original | head -1)}
  local folder=${2:-$ROOT/target/fast-start}
  rm -rf "$folder"
  java -Djarmode=tools -jar "$jar" extract --destination "$folder" >/dev/null
  local app
  app=$(ls "$folder"/*.jar | head -1)
  # Training run: start until the context is refreshed (rules loaded, schema migrated) on a throwaway in-memory
  # database, and list every class loaded.
  java -XX:DumpLoadedClassList="$folder/classes.lst" -Dspring.context.exit=onRefresh -jar "$app" \
       --spring.datasource.url="jdbc:h2:mem:cds-training" --logging.level.root=WARN >/dev/null
  # JDK 17 crashes dumping lambda proxy classes (SystemDictionaryShared::adjust_lambda_proxy_class_dictionary);
  # leave them out: they are generated again at run time, everything else comes from the archive.
  grep -v '@lambda-proxy' "$folder/classes.lst" > "$folder/classes.cds.lst"
  java -Xshare:dump -XX:SharedClassListFile="$folder/classes.cds.lst" -XX:SharedArchiveFile="$folder/app.jsa" \
       -jar "$app" >"$folder/cds-dump.log" 2>&1
  echo "prepared $folder ($(du -sh "$folder/app.jsa" | cut -f1) class archive)"
}

run() {
  local folder=${1:-$ROOT/target/fast-start}
  shift || true
  local app
  app=$(ls "$folder"/*.jar | head -1)
  # -Xshare:auto: if the archive no longer matches the jars, the JVM starts without it (JAVA_OPTS=-Xshare:on
  # makes that an error instead).
  exec java -XX:SharedArchiveFile="$folder/app.jsa" -Xshare:auto ${JAVA_OPTS:-$DEFAULT_FLAGS} -jar "$app" "$@"
}

case "${1:-}" in
  prepare) shift; prepare "$@" ;;
  run) shift; run "$@" ;;
  *) sed -n '2,12p' "$0"; exit 2 ;;
esac
