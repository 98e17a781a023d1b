#!/usr/bin/env bash
# A paper's whole archive, end to end: BENCH_ARCHIVE_ARTICLES synthetic articles (default
# 1,000,000: fourteen pages of ten a day, about twenty years of a daily) imported from the
# command line in one run at -Xmx256m, with its time, heap and database size; then a new
# instance started on that database at -Xmx256m, and the time its search index rebuild
# takes. Printed, never asserted; called by bench/run.sh, or alone after `./mvnw package`.
#
#   BENCH_ARCHIVE_ARTICLES=100000 bench/archive.sh
#   BENCH_ARCHIVE_DB="jdbc:postgresql://localhost/archive?user=u&password=p" bench/archive.sh
#                                     # on PostgreSQL (an empty database) instead of H2
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${BENCH_ARCHIVE_ARTICLES:-1000000}
PAGES_PER_DAY=${BENCH_PAGES_PER_DAY:-14}
PORT=${BENCH_APP_PORT:-18480}
MVN=${BENCH_MVN:-"./mvnw -q"}
WORK=${BENCH_WORK:-$(mktemp -d /tmp/portal-archive.XXXXXX)}
trap 'kill $(jobs -p) 2>/dev/null || true; [ -n "${BENCH_KEEP:-}" ] || rm -rf "$WORK"' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
seconds_since() { awk -v ms=$(( $(now_ms) - $1 )) 'BEGIN { printf "%.0f", ms / 1000 }'; }
# Heap after each collection (the live data) and before it, from a unified GC log, in MB
gc_peaks() {
  awk '/Pause/ && /->/ { match($0, /[0-9]+M->[0-9]+M/); split(substr($0, RSTART, RLENGTH), m, /M->|M/);
    if (m[1] + 0 > before) before = m[1] + 0; if (m[2] + 0 > after) after = m[2] + 0 }
    END { printf "heap before a collection at most %d MB, after one at most %d MB", before, after }' "$1"
}

if [ ! -f "$WORK/cp.txt" ]; then
  ls target/news-portal-*.jar >/dev/null 2>&1 || $MVN -DskipTests package
  $MVN dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
fi
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
JAR=${BENCH_JAR:-$(ls target/news-portal-*.jar | grep -v plain | head -1)}
DB=()
if [ -n "${BENCH_ARCHIVE_DB:-}" ]; then
  DB=(--spring.datasource.url="$BENCH_ARCHIVE_DB" --spring.datasource.username= --spring.datasource.password=)
fi
# The database's size on disk: H2's file, or what PostgreSQL reports for the database
database_size() {
  if [ -n "${BENCH_ARCHIVE_DB:-}" ]; then
    java -cp "$CP" org.newsportal.bench.DatabaseSize "$BENCH_ARCHIVE_DB"
  else
    du -sh "$WORK/data" | cut -f1
  fi
}

echo "## A whole archive: $ARTICLES articles, $PAGES_PER_DAY pages a day, --import at -Xmx256m, on $([ -n "${BENCH_ARCHIVE_DB:-}" ] && echo PostgreSQL || echo H2)"
echo "- load $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $(java -version 2>&1 | head -1)"
start=$(now_ms)
java -Dbench.pages-per-day="$PAGES_PER_DAY" -cp "$CP" org.newsportal.bench.SyntheticBulletins "$ARTICLES" "$WORK/archive"
echo "- $(ls "$WORK/archive" | wc -l) pages, $(du -sh "$WORK/archive" | cut -f1) of Markdown, written in $(seconds_since "$start") s"

start=$(now_ms)
java -Xmx256m -Xlog:gc:file="$WORK/import-gc.log" -jar "$JAR" --import="$WORK/archive" \
  --portal.data-dir="$WORK/data" "${DB[@]}" >"$WORK/import.out" 2>"$WORK/import.err" || true
import_s=$(seconds_since "$start")
echo "- $(tail -1 "$WORK/import.out")"
echo "- imported in $import_s s ($(awk -v n="$ARTICLES" -v s="$import_s" 'BEGIN { printf "%.0f", n / s }') articles/s); $(gc_peaks "$WORK/import-gc.log")"
echo "- database $(database_size) ($(du -sh "$WORK/archive" | cut -f1) of Markdown in)"
grep -c "OutOfMemoryError" "$WORK/import.err" "$WORK/import.out" | sed 's/^/- OutOfMemoryError lines: /' || true

rm -rf "$WORK/data/search-index"; mkdir -p "$WORK/no-seeds"
start=$(now_ms)
java -Xmx256m -Xlog:gc:file="$WORK/site-gc.log" -jar "$JAR" --portal.data-dir="$WORK/data" "${DB[@]}" \
  --portal.seeds-dir="$WORK/no-seeds" --server.port="$PORT" --server.address=127.0.0.1 >"$WORK/site.log" 2>&1 &
site=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/")" = 200 ]; do
  kill -0 "$site" 2>/dev/null || { echo "site failed to start:"; tail -20 "$WORK/site.log"; exit 1; }
  sleep 0.2
done
echo "- a new instance on it: first page after $(seconds_since "$start") s"
until grep -q "Search index rebuilt\|Search index caught up" "$WORK/site.log"; do
  kill -0 "$site" 2>/dev/null || { echo "site stopped:"; tail -20 "$WORK/site.log"; exit 1; }
  sleep 1
done
echo "- its search index rebuilt $(seconds_since "$start") s after launch: $(grep -o 'Search index \(rebuilt\|caught up\).*' "$WORK/site.log" | head -1)"
echo "- index $(du -sh "$WORK/data/search-index" 2>/dev/null | cut -f1); site $(gc_peaks "$WORK/site-gc.log")"
q=$(printf '%s' "吕沛" | od -An -tx1 | tr -d ' \n' | sed 's/../%&/g')
echo "- a search then: $(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "http://127.0.0.1:$PORT/search?q=$q")"
kill "$site"
wait "$site" 2>/dev/null || true
