#!/usr/bin/env bash
# Builds a JDK AOT cache for trustmap (JEP 483, 514 and 515, JDK 25): the classes loaded and linked and the
# methods' profiles of one real start, so that the next starts skip most of that work (README, "Start faster").
#
#   deploy/aot-cache.sh [JAR] [FOLDER]
#
# JAR defaults to backend/target/trustmap-backend-0.1.0-SNAPSHOT.jar, FOLDER to backend/target/aot. The jar
# is extracted into FOLDER first: the cache holds only classes read from plain jars on the class path, not
# from the jars nested in a Spring Boot jar. The training start runs on a throwaway data folder, so it does
# what a first start does (schema, geography, the bundled networks) and then the warm-up's questions;
# once readiness says UP it is stopped, and the JVM writes the cache as it exits.
set -euo pipefail

jar="${1:-backend/target/trustmap-backend-0.1.0-SNAPSHOT.jar}"
folder="${2:-backend/target/aot}"
java="${JAVA:-java}"
port="${AOT_TRAINING_PORT:-18099}"
bolt="${AOT_TRAINING_BOLT_PORT:-17699}"
# The same options as the run command's (README, "Run it"): a cache is used only with matching options.
options=(-Xmx768m -XX:+UseSerialGC --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --enable-native-access=ALL-UNNAMED)

version=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ "${version%%.*}" -lt 25 ]; then
  echo "aot-cache.sh needs a JDK 25 or newer as \$JAVA or java (found Java $version)" >&2
  exit 1
fi

rm -rf "$folder"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$folder" >/dev/null 2>&1 \
  || { echo "Could not extract $jar into $folder" >&2; exit 1; }
app="$folder/$(basename "$jar")"
data=$(mktemp -d)
log="$folder/training.log"
trap 'rm -rf "$data"' EXIT

echo "Training start on $app (log: $log)"
"$java" "${options[@]}" -XX:AOTCacheOutput="$folder/trustmap.aot" -jar "$app" \
  --server.port="$port" --trustmap.neo4j.embedded.bolt-port="$bolt" \
  --trustmap.neo4j.embedded.directory="$data" >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 1200); do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "The training start ended before it was ready; its log: $log" >&2
    exit 1
  fi
  if curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then
    break
  fi
  sleep 0.5
done
kill -TERM "$pid"
wait "$pid" || true
if [ ! -s "$folder/trustmap.aot" ]; then
  echo "No AOT cache was written; the training log: $log" >&2
  exit 1
fi
echo "AOT cache: $folder/trustmap.aot ($(du -h "$folder/trustmap.aot" | cut -f1)). Run trustmap with it:"
echo "$java ${options[*]} -XX:AOTCache=$folder/trustmap.aot -jar $app"
