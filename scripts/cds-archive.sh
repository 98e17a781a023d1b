#!/usr/bin/env bash
# Prepares the fast start-up layout (README, "Deployment"): extracts the jar into a folder
# and writes a class-data sharing archive, app.jsa, next to it from a training run. The
# training run starts the site with its ahead-of-time definitions on a scratch data folder
# with the seeds, asks for the pages readers ask for first, and stops; the archive then holds
# the classes of start-up and of serving a page. Redo it after every build or JDK update.
#
#   scripts/cds-archive.sh target/news-portal-0.1.0-SNAPSHOT.jar app
#   java -Dspring.aot.enabled=true -XX:SharedArchiveFile=app/app.jsa -jar app/news-portal-0.1.0-SNAPSHOT.jar
set -euo pipefail

JAR=${1:?usage: scripts/cds-archive.sh JAR DESTINATION [SEEDS]}
DEST=${2:?usage: scripts/cds-archive.sh JAR DESTINATION [SEEDS]}
SEEDS=${3:-seeds}
PORT=${CDS_TRAINING_PORT:-18479}

java -Djarmode=tools -jar "$JAR" extract --force --destination "$DEST" >/dev/null
APP="$DEST/$(basename "$JAR")"
rm -f "$DEST/app.jsa"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
  echo "port $PORT is in use; set CDS_TRAINING_PORT" >&2
  exit 1
fi
java -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit="$DEST/app.jsa" -jar "$APP" \
  --portal.data-dir="$data" --portal.seeds-dir="$SEEDS" --server.port="$PORT" --server.address=127.0.0.1 \
  >"$data/training.log" 2>&1 &
pid=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/")" = 200 ] && break
  kill -0 "$pid" 2>/dev/null || { echo "training run failed:" >&2; tail -20 "$data/training.log" >&2; exit 1; }
  sleep 0.2
done
article=$(curl -s "$base/api/articles?size=1" | grep -o '"url":"[^"]*"' | head -1 | cut -d'"' -f4 || true)
for path in / "$article" /dates /api/articles "/search?q=%E6%96%B0%E9%97%BB" /feed.atom /admin/login /no-such-page; do
  curl -s -o /dev/null "$base$path" || true
done
# The archive is written as the JVM exits, which a TERM lets it do.
kill -TERM "$pid"
wait "$pid" 2>/dev/null || true
[ -f "$DEST/app.jsa" ] || { echo "no archive written; see $data/training.log" >&2; exit 1; }
echo "$DEST/app.jsa ($(du -m "$DEST/app.jsa" | cut -f1) MB) for $APP"
