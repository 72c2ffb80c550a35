#!/usr/bin/env bash
# Starts the service the fast way: unpacked jar, Spring's ahead-of-time bean definitions (the build's process-aot),
# an archive of the classes a start loads, and lean JVM flags. Measured on 2 cores (benchmarks/README.md):
# JDK 17, class-data sharing (CDS): ~3.2-5.0 s to "Started"; JDK 25, its AOT cache: ~2.0-2.9 s; ~220-240 MiB
# RSS either way, against ~6-10 s and ~320 MiB for a plain `java -jar` (fine for trying the product: the README's
# run command).
#
#   service/fast-start.sh prepare [JAR] [FOLDER]  unpack JAR (default service/target/service-*.jar) into FOLDER
#                                                (default service/target/fast-start), start it once to record
#                                                what a start loads, and write the archive; redo after every
#                                                build, the archive is tied to the jars and to the JVM
#   service/fast-start.sh run [FOLDER] [ARGS...] start from FOLDER (default service/target/fast-start) with the
#                                                JVM it was prepared with; ARGS, options, go to the service
#                                                (--server.port=..., --spring.datasource.url=...)
#
# The JVM is $JAVA_HOME/bin/java when JAVA_HOME is set at prepare, else `java`. From JDK 25 on, the JVM's own AOT
# cache (JEP 483/514/515: classes loaded and linked, method profiles) replaces CDS.
#
# Ahead-of-time bean definitions fix, at build time, which of Spring's components exist: settings that switch
# components on or off (management.endpoints.web.exposure.include, springdoc.*.enabled, spring.flyway.enabled) are
# those of application.properties when the jar was built. Everything else is read at start as usual: database,
# logins (users, HTTP Basic, JWT issuer, key or JWK set), rules folder, port, logging.
#
# JAVA_OPTS replaces the default flags below. The heap starts small and grows on demand (a 10,000-salesperson
# request allocates ~600 MB); the parallel collector gives little of it back, so the defaults bound it at 2 GB.
set -euo pipefail
# The parallel collector with a young generation half the heap: a large company's session (~320 MB for 10,000
# salespeople) lives until its diagnosis ends, and every young collection during it copies what it holds so far, so
# the fewer the better (benchmarks/README.md, step 14). The heap starts at 32 MB and grows on demand.
DEFAULT_FLAGS="-XX:+UseParallelGC -Xms32m -XX:NewRatio=1 -Xmx2g"
ROOT="$(cd "$(dirname "$0")" && pwd)"

feature_version() {
  "$1" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}'
}

prepare() {
  local jar=${1:-$(ls "$ROOT"/target/service-*.jar | grep -v original | head -1)}
  local folder=${2:-$ROOT/target/fast-start}
  local java=${JAVA_HOME:+$JAVA_HOME/bin/}java
  java=$(command -v "$java")
  rm -rf "$folder"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$folder" >/dev/null
  echo "$java" > "$folder/jvm"
  local app
  app=$(ls "$folder"/*.jar | head -1)
  # Training run: start until the context is refreshed (rules loaded, schema migrated) on a throwaway in-memory
  # database, and record every class loaded.
  local training=(-Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar "$app"
                  --spring.datasource.url="jdbc:h2:mem:fast-start-training" --logging.level.root=WARN)
  if [ "$(feature_version "$java")" -ge 25 ]; then
    "$java" -XX:AOTCacheOutput="$folder/app.aot" "${training[@]}" >"$folder/training.log" 2>&1
  else
    "$java" -XX:DumpLoadedClassList="$folder/classes.lst" "${training[@]}" >"$folder/training.log" 2>&1
    # JDK 17 crashes dumping lambda proxy classes (SystemDictionaryShared::adjust_lambda_proxy_class_dictionary);
    # leave them out: they are generated again at run time, everything else comes from the archive.
    grep -v '@lambda-proxy' "$folder/classes.lst" > "$folder/classes.cds.lst"
    "$java" -Xshare:dump -XX:SharedClassListFile="$folder/classes.cds.lst" -XX:SharedArchiveFile="$folder/app.jsa" \
         -jar "$app" >"$folder/cds-dump.log" 2>&1
  fi
  local archive=$folder/app.jsa
  [ -f "$folder/app.aot" ] && archive=$folder/app.aot
  echo "prepared $folder for $java ($(du -sh "$archive" | cut -f1) archive: $(basename "$archive"))"
}

run() {
  local folder=$ROOT/target/fast-start
  if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then # a first argument that is not an option names the folder
    folder=$1
    shift
  fi
  local app java archive
  app=$(ls "$folder"/*.jar | head -1)
  java=$(cat "$folder/jvm")
  # If the archive no longer matches the jars or the JVM, the JVM starts without it (slower, same behaviour).
  if [ -f "$folder/app.aot" ]; then
    archive=(-XX:AOTCache="$folder/app.aot")
  else
    archive=(-XX:SharedArchiveFile="$folder/app.jsa" -Xshare:auto)
  fi
  exec "$java" "${archive[@]}" -Dspring.aot.enabled=true ${JAVA_OPTS:-$DEFAULT_FLAGS} -jar "$app" "$@"
}

case "${1:-}" in
  prepare) shift; prepare "$@" ;;
  run) shift; run "$@" ;;
  *) awk 'NR > 1 && !/^#/ {exit} NR > 1' "$0"; exit 2 ;; # the comment block above
esac
