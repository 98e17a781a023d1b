#!/usr/bin/env bash
# The benchmark suite: import (whole, and its parse/render, store and index stages), serving
# and start-up figures, printed, never asserted.
# See docs/benchmarks.md. Needs Java 17, curl, wrk, nginx and hugo (installed with apt when
# missing and running as root). Everything listens on loopback only and is stopped at the end.
#
#   bench/run.sh                      # everything, about 15 minutes on 2 cores
#   BENCH_SIZES="1000" BENCH_ARCHIVE=10000 bench/run.sh   # a quick run
#   BENCH_PG_URL="jdbc:postgresql://localhost/bench?user=u&password=p" bench/run.sh
#                                     # adds a PostgreSQL row to the store stage
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${BENCH_SIZES-"1000 10000 50000"}
ARCHIVE=${BENCH_ARCHIVE:-100000}
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
APP_PORT=${BENCH_APP_PORT:-18480}
NGINX_PORT=${BENCH_NGINX_PORT:-18481}
MVN=${BENCH_MVN:-"./mvnw -q"}
# The store stage's fastest of this many passes each (after one of warm-up): a whole
# archive's import runs for minutes, so the figure that matters is the steady one
STORE_PASSES=${BENCH_STORE_PASSES:-8}

missing=()
for tool in curl wrk nginx hugo; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

WORK=$(mktemp -d /tmp/portal-bench.XXXXXX)
chmod 755 "$WORK"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap "exit 130" INT TERM

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

echo "# Benchmarks $(date -u '+%F %H:%M') UTC, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# $(java -version 2>&1 | head -1), $(hugo version | cut -d' ' -f1-2), $(nginx -v 2>&1 | cut -d' ' -f3)"

$MVN -DskipTests package
$MVN dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
JAR=$(ls target/news-portal-*.jar | grep -v plain | head -1)

# As deployed (README, "Deployment"): the extracted layout, the ahead-of-time definitions
# the jar carries, and an archive from a training run that also served the main pages once.
scripts/cds-archive.sh "$JAR" "$WORK/app" "$PWD/seeds" >/dev/null
APP=$(ls "$WORK"/app/*.jar)
AOT_CDS=(-Dspring.aot.enabled=true -XX:SharedArchiveFile="$WORK/app/app.jsa")

echo
echo "## Import: parse + store + index, against hugo --renderToMemory on the same articles"
echo "| articles | portal s | portal articles/s | peak heap MB | hugo s | hugo pages/s | portal/hugo |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
# The synthetic articles of each size, as bulletins and as Hugo content; kept for the
# stage benchmarks below.
corpus() {
  local n=$1 dir="$WORK/corpus-$1"
  if [ ! -d "$dir" ]; then
    java -cp "$CP" org.newsportal.bench.SyntheticBulletins "$n" "$dir/bulletins" "$dir/hugo/content/posts"
    mkdir -p "$dir/hugo/layouts/_default"
    printf 'baseURL = "http://localhost/"\ntitle = "bench"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n' \
      > "$dir/hugo/config.toml"
    echo '<!doctype html><html><head><title>{{ .Title }}</title></head><body><h1>{{ .Title }}</h1>{{ .Content }}</body></html>' \
      > "$dir/hugo/layouts/_default/single.html"
    echo '<!doctype html><html><body>{{ .Title }}</body></html>' > "$dir/hugo/layouts/_default/list.html"
  fi
  CORPUS=$dir
}

# Times hugo --renderToMemory over a corpus; sets HUGO_S and HUGO_RATE (pages/s).
hugo_run() {
  local n=$1 start
  start=$(now_ms)
  hugo --renderToMemory --quiet -s "$CORPUS/hugo" >/dev/null
  HUGO_S=$(awk -v ms=$(( $(now_ms) - start )) 'BEGIN { printf "%.2f", ms / 1000 }')
  HUGO_RATE=$(awk -v n="$n" -v s="$HUGO_S" 'BEGIN { printf "%.0f", n / s }')
}

# A field of the benchmark line in $line: field per_second
field() { sed -E "s/.* $1=([^ ]+).*/\1/" <<<"$line"; }

for n in $SIZES; do
  corpus "$n"
  dir="$WORK/import-$n"
  line=$(java -Xmx512m -cp "$CP" org.newsportal.bench.ImportBenchmark "$CORPUS/bulletins" "$dir/data" | grep '^import ')
  articles=$(sed -E 's/.*articles=([0-9]+).*/\1/' <<<"$line")
  seconds=$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<<"$line")
  rate=$(sed -E 's/.*per_second=([0-9]+).*/\1/' <<<"$line")
  peak=$(sed -E 's/.*peak_heap_mb=([0-9]+).*/\1/' <<<"$line")
  hugo_run "$n"
  ratio=$(awk -v a="$rate" -v b="$HUGO_RATE" 'BEGIN { printf "%.2f", a / b }')
  echo "| $articles | $seconds | $rate | $peak | $HUGO_S | $HUGO_RATE | $ratio |"
  rm -rf "$dir"
done

echo
echo "## Parse and render (decode, parse, render, sanitise; nothing stored), against hugo --renderToMemory on the same articles"
echo "| articles | portal s, first pass | portal articles/s | portal articles/s, warm | hugo s | hugo pages/s | portal/hugo | warm portal/hugo |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $SIZES; do
  corpus "$n"
  line=$(java -Xmx512m -cp "$CP" org.newsportal.bench.ParseRenderBenchmark "$CORPUS/bulletins" | grep '^parse_render ')
  hugo_run "$n"
  rate=$(field per_second)
  warm=$(field warm_per_second)
  echo "| $(field articles) | $(field seconds) | $rate | $warm | $HUGO_S | $HUGO_RATE |" \
    "$(awk -v a="$rate" -v b="$HUGO_RATE" 'BEGIN { printf "%.2f", a / b }') |" \
    "$(awk -v a="$warm" -v b="$HUGO_RATE" 'BEGIN { printf "%.2f", a / b }') |"
done

echo
echo "## Store: the importer's storing stage (JPA, bodies rendered beforehand) against plain JDBC batch inserts of the same rows, same database, fastest of $STORE_PASSES passes each"
echo "| database | articles | portal s | portal articles/s | JDBC s | JDBC articles/s | portal/JDBC | first pass | portal CPU s | JDBC CPU s |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
databases=(-) # the H2 file database
[ -n "${BENCH_PG_URL:-}" ] && databases+=("$BENCH_PG_URL")
for n in $SIZES; do
  corpus "$n"
  for url in "${databases[@]}"; do
    line=$(java -Xmx3g -cp "$CP" org.newsportal.bench.StoreBenchmark "$CORPUS/bulletins" "$WORK/store-$n" "$url" "$STORE_PASSES" | grep '^store ')
    echo "| $(field database) | $(field articles) | $(field seconds) | $(field per_second) | $(field baseline_seconds) |" \
      "$(field baseline_per_second) | $(field ratio) | $(field first_pass_ratio) | $(field cpu_seconds) | $(field baseline_cpu_seconds) |"
    rm -rf "$WORK/store-$n"
  done
done

echo
echo "## Index: the search package's indexing against a plain Lucene IndexWriter, same fields and analysers"
echo "| articles | portal s | portal articles/s | Lucene s | Lucene articles/s | portal/Lucene | Lucene s without the SmartChinese fields | SmartChinese share | same postings |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---|"
for n in $SIZES; do
  corpus "$n"
  line=$(java -Xmx1g -cp "$CP" org.newsportal.bench.IndexBenchmark "$CORPUS/bulletins" "$WORK/index-$n" | grep '^index ')
  echo "| $(field articles) | $(field seconds) | $(field per_second) | $(field baseline_seconds) | $(field baseline_per_second) |" \
    "$(field ratio) | $(field grams_only_seconds) | $(field words_share) | $(field same_postings) |"
  rm -rf "$CORPUS"
done

echo
if [ "${BENCH_PHOTOS:-20}" -gt 0 ]; then
echo "## Import of a page with ${BENCH_PHOTOS:-20} photos (12 MP JPEGs): read, renditions (3 widths, JPEG + WebP), store; -Xmx256m"
echo "| photos | input MB | s | ms/photo | same page without photos s | ratio | peak heap MB |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
# A failure here (the heap, say) is a finding to print, not a reason to skip the rest
line=$(java -Xmx256m -cp "$CP" org.newsportal.bench.PhotoImportBenchmark "$WORK/photos" "${BENCH_PHOTOS:-20}" 4000 2>"$WORK/photos.err" | grep '^photos ' || true)
if [ -n "$line" ]; then
  field() { sed -E "s/.* $1=([0-9.]+).*/\1/" <<<"$line"; }
  echo "| $(field count) | $(field input_mb) | $(field seconds) | $(field per_photo_ms) | $(field baseline_seconds) | $(field ratio) | $(field peak_heap_mb) |"
else
  echo "- failed: $(grep -m1 -o '[A-Za-z.]*\(Error\|Exception\)[^\n]*' "$WORK/photos.err" | head -1)"
fi
rm -rf "$WORK/photos"
fi

# Starts the site in the background; sets APP_PID, and STARTUP_MS to the time to the first 200 on /.
start_site() {
  local data=$1 log=$2; shift 2
  local start
  if curl -s -o /dev/null "http://127.0.0.1:$APP_PORT/"; then
    echo "port $APP_PORT is already in use; set BENCH_APP_PORT" >&2
    exit 1
  fi
  start=$(now_ms)
  java "$@" -jar "$APP" --portal.data-dir="$data" --portal.seeds-dir="$PWD/seeds" \
    --server.port="$APP_PORT" --server.address=127.0.0.1 >"$log" 2>&1 &
  APP_PID=$!
  pids+=("$APP_PID")
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$APP_PORT/")" = 200 ]; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "site failed to start, see log:" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.1
  done
  STARTUP_MS=$(( $(now_ms) - start ))
}

stop_site() {
  kill "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
}

memory() {
  local rss heap
  rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status")
  heap=$(jcmd "$1" GC.heap_info 2>/dev/null | awk '/total/ && /used/ { for (i = 1; i <= NF; i++) if ($i == "used") { printf "%.0f", $(i + 1) / 1024; exit } }')
  echo "RSS ${rss} MB, heap used ${heap} MB"
}

# Start-up: plain, CDS, AOT + CDS, fresh and restarted, to the first page that shows the
# seed (the first 200 on / comes earlier, with an empty front page), and where it goes
echo
BENCH_JAR="$JAR" BENCH_APP_PORT="$APP_PORT" bench/startup.sh | tail -n +3

echo
echo "## Serving: $ARCHIVE synthetic articles plus the seed, -Xmx256m, wrk -t2 -c$CONNECTIONS -d$DURATION"
java -cp "$CP" org.newsportal.bench.SyntheticBulletins "$ARCHIVE" "$WORK/archive"
start=$(now_ms)
java -Xmx256m -jar "$APP" --import="$WORK/archive" --portal.data-dir="$WORK/serve" 2>/dev/null | tail -1
echo "- archive loaded with --import (no index) in $(( ($(now_ms) - start) / 1000 )) s"
start_site "$WORK/serve" "$WORK/serve.log" -Xmx256m "${AOT_CDS[@]}"
echo "- first page after $STARTUP_MS ms; waiting for the search index to catch up"
for _ in $(seq 1 1200); do
  grep -q "Search index rebuilt\|Search index caught up" "$WORK/serve.log" && break
  sleep 1
done
grep -o "Search index \(rebuilt\|caught up\).*" "$WORK/serve.log" | sed 's/^/- /'

api() { curl -s "http://127.0.0.1:$APP_PORT$1"; }
article=$(api "/api/articles?size=1" | grep -o '"url":"[^"]*"' | head -1 | cut -d'"' -f4)
day=$(api "/api/articles?size=1" | grep -o '"date":"[^"]*"' | head -1 | cut -d'"' -f4)
mkdir -p "$WORK/www"
curl -s "http://127.0.0.1:$APP_PORT$article" >"$WORK/www/article.html"
# Browsers ask for gzip: nginx's ceiling is then the same page compressed ahead of time
gzip -k -6 "$WORK/www/article.html"
chmod -R a+rX "$WORK/www"
cat >"$WORK/nginx.conf" <<CONF
daemon off;
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx-tmp;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    default_type text/html;
    gzip_static on;
  }
}
CONF
mkdir -p "$WORK/nginx-tmp"
if curl -s -o /dev/null "http://127.0.0.1:$NGINX_PORT/"; then
  echo "port $NGINX_PORT is already in use; set BENCH_NGINX_PORT" >&2
  exit 1
fi
nginx -c "$WORK/nginx.conf" -p "$WORK" &
pids+=($!)
sleep 1

ms_of() { awk '{ v = $1; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 } printf "%.2f", v }'; }
declare -A RPS
bench() {
  local name=$1 url=$2 out
  local headers=()
  [ -n "${3:-}" ] && headers=(-H "$3")
  [ -n "${4:-}" ] && headers+=(-s "$4")
  wrk -t2 -c"$CONNECTIONS" -d3s "${headers[@]}" "$url" >/dev/null # warm-up
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "${headers[@]}" "$url")
  local rps p50 p99 non2xx socket
  rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<<"$out" | ms_of)
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out" | ms_of)
  non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$out")
  socket=$(awk '/Socket errors/ { sub(/.*errors: /, ""); print }' <<<"$out")
  RPS[$name]=$rps
  echo "| $name | $rps | $p50 | $p99 | ${non2xx:-0} | ${socket:-none} |"
}
echo "| page | requests/s | p50 ms | p99 ms | non-2xx | socket errors |"
echo "|---|---:|---:|---:|---:|---|"
bench "front page /" "http://127.0.0.1:$APP_PORT/"
bench "article $article" "http://127.0.0.1:$APP_PORT$article"
bench "day /dates/$day" "http://127.0.0.1:$APP_PORT/dates/$day"
bench "search /search?q=吕沛" "http://127.0.0.1:$APP_PORT/search?q=%E5%90%95%E6%B2%9B"
bench "API /api/articles" "http://127.0.0.1:$APP_PORT/api/articles"
bench "nginx, same article HTML" "http://127.0.0.1:$NGINX_PORT/article.html"
bench "article, gzip" "http://127.0.0.1:$APP_PORT$article" "Accept-Encoding: gzip"
bench "nginx, same article, gzip_static" "http://127.0.0.1:$NGINX_PORT/article.html" "Accept-Encoding: gzip"
# Distinct searches, none answered from the page cache (a session cookie keeps it out):
# what the search itself can take, and how the surplus is shed beyond that
java -cp "$CP" org.newsportal.bench.SearchLoadScript "$WORK/searches.lua" 200
for c in 64 256; do
  CONNECTIONS=$c bench "200 distinct searches, uncached, $c connections" "http://127.0.0.1:$APP_PORT/" "" "$WORK/searches.lua"
done
echo
ratio() { awk -v a="${RPS[$1]}" -v b="${RPS[$2]}" 'BEGIN { printf "%.2f", a / b }'; }
echo "- article page $(wc -c <"$WORK/www/article.html") bytes ($(wc -c <"$WORK/www/article.html.gz") gzipped);" \
  "article/nginx = $(ratio "article $article" "nginx, same article HTML")," \
  "gzipped $(ratio "article, gzip" "nginx, same article, gzip_static")"
# A reader arriving from a search engine: an article nobody asked for lately, so neither
# the page cache nor the related-articles cache has it
for i in $(seq 0 19); do
  api "/api/articles?size=1&page=$(( i * ARCHIVE / 20 + 7 ))" | grep -o '"url":"[^"]*"' | head -1 | cut -d'"' -f4
done >"$WORK/cold.txt"
while read -r url; do
  curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$APP_PORT$url"
done <"$WORK/cold.txt" | sort -n | awk '{ t[NR] = $1 * 1000; s += t[NR] } END {
  printf "- %d articles requested once, spread over the archive: mean %.0f ms, median %.0f ms, slowest %.0f ms\n", NR, s / NR, t[int((NR + 1) / 2)], t[NR] }'
echo "- site after the run: $(memory "$APP_PID"); load $(cut -d' ' -f1-3 /proc/loadavg)"
