#!/usr/bin/env bash
# Start-up to the first page with the seed (issue 20): plain jar, class-data sharing alone,
# and ahead-of-time definitions with CDS as deployed (README, "Deployment"); on a fresh data
# folder (migrations, seed import, first administrator) and on a restart of the same folder.
# Prints, never asserts: the time to the first 200 on / and to the first front page that
# shows the seed's lead article, the CPU time the JVM had used by then, and the slowest
# start-up steps (Spring's BufferingApplicationStartup, see bench StartupSteps); then the
# stack alone, Spring Boot on the same class path with no bean of the site (bench EmptyStack).
#
#   bench/startup.sh                 # builds the jar; 3 runs of each
#   BENCH_JAR=target/news-portal-0.1.0-SNAPSHOT.jar BENCH_STARTUP_RUNS=5 bench/startup.sh
#
# The machine is shared: compare only figures of the same run, and read the load printed.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${BENCH_STARTUP_RUNS:-3}
STEPS=${BENCH_STARTUP_STEPS:-20}
PORT=${BENCH_APP_PORT:-18482}
MVN=${BENCH_MVN:-"./mvnw -q"}

WORK=$(mktemp -d /tmp/portal-startup.XXXXXX)
APP_PID=
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap "exit 130" INT TERM

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
load() { cut -d' ' -f1-3 /proc/loadavg; }

if [ -z "${BENCH_JAR:-}" ]; then
  $MVN -DskipTests package
fi
JAR=${BENCH_JAR:-$(ls target/news-portal-*.jar | grep -v plain | head -1)}

echo "# Start-up $(date -u '+%F %H:%M') UTC, $(nproc) cores, load $(load)"
echo "# $(java -version 2>&1 | head -1)"
scripts/cds-archive.sh "$JAR" "$WORK/app" "$PWD/seeds" >/dev/null
APP=$(ls "$WORK"/app/*.jar)
# Class-data sharing alone, trained up to the context refresh
java -XX:ArchiveClassesAtExit="$WORK/plain.jsa" -Dspring.context.exit=onRefresh -jar "$APP" \
  --portal.data-dir="$WORK/training" --portal.seeds-dir="$PWD/seeds" --server.port=0 >/dev/null 2>&1 || true
rm -rf "$WORK/training"
# The steps printer, compiled against the jar so it runs on the archive's class path
mkdir -p "$WORK/steps"
javac -nowarn -d "$WORK/steps" -cp "$APP:$WORK/app/lib/*" src/test/java/org/newsportal/bench/StartupSteps.java \
  src/test/java/org/newsportal/bench/EmptyStack.java
# in a jar: CDS refuses to dump with a non-empty directory on the class path
jar cf "$WORK/steps.jar" -C "$WORK/steps" .

declare -A OPTIONS=(
  [plain]="-Xmx256m"
  [cds]="-Xmx256m -XX:SharedArchiveFile=$WORK/plain.jsa"
  [aot-cds]="-Xmx256m -Dspring.aot.enabled=true -XX:SharedArchiveFile=$WORK/app/app.jsa"
  # For comparison only: without C2 the start is faster, a long-running site slower
  [aot-cds-c1]="-Xmx256m -Dspring.aot.enabled=true -XX:SharedArchiveFile=$WORK/app/app.jsa -XX:TieredStopAtLevel=1"
  # Tried, not deployed (BENCH_STARTUP_MODES="aot-cds aot-cds-serial aot-cds-lazy"): the
  # serial collector, and beans created on first use
  [aot-cds-serial]="-Xmx256m -Dspring.aot.enabled=true -XX:SharedArchiveFile=$WORK/app/app.jsa -XX:+UseSerialGC"
  [aot-cds-lazy]="-Xmx256m -Dspring.aot.enabled=true -XX:SharedArchiveFile=$WORK/app/app.jsa -Dspring.main.lazy-initialization=true"
)
read -r -a MODES <<<"${BENCH_STARTUP_MODES:-plain cds aot-cds aot-cds-c1}"

# Starts the site on a data folder and times it: FIRST_MS to the first 200 on /, SEED_MS to
# the first front page with the seed's lead article, SEED_CPU the JVM's CPU seconds then.
start_site() {
  local data=$1 mode=$2 start page code ticks
  if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "port $PORT is already in use; set BENCH_APP_PORT" >&2
    exit 1
  fi
  FIRST_MS=
  start=$(now_ms)
  # shellcheck disable=SC2086
  java ${OPTIONS[$mode]} -jar "$APP" --portal.data-dir="$data" --portal.seeds-dir="$PWD/seeds" \
    --server.port="$PORT" --server.address=127.0.0.1 >"$WORK/site.log" 2>&1 &
  APP_PID=$!
  while :; do
    code=$(curl -s -o "$WORK/page.html" -w '%{http_code}' "http://127.0.0.1:$PORT/" || true)
    if [ "$code" = 200 ]; then
      [ -z "$FIRST_MS" ] && FIRST_MS=$(( $(now_ms) - start ))
      if grep -q 'class="lead' "$WORK/page.html"; then
        SEED_MS=$(( $(now_ms) - start ))
        ticks=$(awk '{ print $14 + $15 }' "/proc/$APP_PID/stat")
        SEED_CPU=$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }')
        thread_cpu >"$WORK/threads.last"
        break
      fi
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "site failed to start, see log:" >&2; tail -20 "$WORK/site.log" >&2; exit 1; }
    sleep 0.05
  done
}

# CPU seconds of the JVM's threads so far, by name (numbered pool threads together)
thread_cpu() {
  local task
  for task in /proc/"$APP_PID"/task/*; do
    # a thread may end meanwhile
    printf '%s|%s\n' "$(cat "$task/comm" 2>/dev/null)" "$(sed 's/.*) //' "$task/stat" 2>/dev/null | awk '{ print $12 + $13 }')"
  done | grep -v '^|' | sed -E 's/[0-9]+\|/#|/; s/#+/#/' |
    awk -F'|' -v hz="$(getconf CLK_TCK)" '{ c[$1] += $2 } END { for (k in c) if (c[k] >= 5) printf "  %6.2f s  %s\n", c[k] / hz, k }' |
    sort -rn
}

stop_site() {
  kill "$APP_PID"
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
}

# median and range of a list of numbers (ms)
summary() {
  sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "%.2f s (%.2f–%.2f)", m / 1000, v[1] / 1000, v[NR] / 1000 }'
}

echo
echo "## Launch to the first page with the seed, -Xmx256m, $RUNS runs each (median, range)"
echo "| how | fresh: first 200 on / | fresh: page with the seed | CPU s | restart: page with the seed | CPU s |"
echo "|---|---:|---:|---:|---:|---:|"
for mode in "${MODES[@]}"; do
  : >"$WORK/$mode.first" >"$WORK/$mode.fresh" >"$WORK/$mode.restart"
  : >"$WORK/$mode.fresh.cpu" >"$WORK/$mode.restart.cpu"
done
# Modes interleaved, so a change of load falls on all of them
for run in $(seq 1 "$RUNS"); do
  for mode in "${MODES[@]}"; do
    data="$WORK/data-$mode-$run"
    start_site "$data" "$mode"
    echo "$FIRST_MS" >>"$WORK/$mode.first"
    echo "$SEED_MS" >>"$WORK/$mode.fresh"
    echo "$SEED_CPU" >>"$WORK/$mode.fresh.cpu"
    [ "$run" = 1 ] && cp "$WORK/threads.last" "$WORK/$mode.threads"
    stop_site
    start_site "$data" "$mode"
    echo "$SEED_MS" >>"$WORK/$mode.restart"
    echo "$SEED_CPU" >>"$WORK/$mode.restart.cpu"
    stop_site
    rm -rf "$data"
  done
done
for mode in "${MODES[@]}"; do
  cpu() { sort -n "$1" | awk '{ v[NR] = $1 } END { printf "%s", v[int((NR + 1) / 2)] }'; }
  echo "| $mode | $(summary <"$WORK/$mode.first") | $(summary <"$WORK/$mode.fresh") | $(cpu "$WORK/$mode.fresh.cpu") | $(summary <"$WORK/$mode.restart") | $(cpu "$WORK/$mode.restart.cpu") |"
done
echo "(load after: $(load))"
for mode in aot-cds aot-cds-c1; do
  [ -f "$WORK/$mode.threads" ] || continue
  echo
  echo "CPU by thread at the page with the seed, $mode, fresh, run 1 (C1/C2 CompilerThread: the JIT; java: main):"
  cat "$WORK/$mode.threads"
done

# The stack's own floor: Spring Boot configuring the site's class path with no bean of the
# site (bench EmptyStack), plain and with a CDS archive of its own, to its first answer on /
# (401: Spring Security's default); compare with the site's first 200 on / above
EMPTY=(-cp "$APP:$WORK/steps.jar" org.newsportal.bench.EmptyStack --spring.flyway.enabled=false
  --spring.main.banner-mode=off --server.port="$PORT" --server.address=127.0.0.1)
java -XX:ArchiveClassesAtExit="$WORK/empty.jsa" -Dspring.context.exit=onRefresh "${EMPTY[@]}" \
  --portal.data-dir="$WORK/empty-training" >/dev/null 2>&1 || true
declare -A EMPTY_OPTIONS=([plain]="-Xmx256m" [cds]="-Xmx256m -XX:SharedArchiveFile=$WORK/empty.jsa"
  [cds-c1]="-Xmx256m -XX:SharedArchiveFile=$WORK/empty.jsa -XX:TieredStopAtLevel=1")
for mode in plain cds cds-c1; do : >"$WORK/empty-$mode"; done
for run in $(seq 1 "$RUNS"); do
  for mode in plain cds cds-c1; do
    start=$(now_ms)
    # shellcheck disable=SC2086
    java ${EMPTY_OPTIONS[$mode]} "${EMPTY[@]}" --portal.data-dir="$WORK/empty-$run" >"$WORK/empty.log" 2>&1 &
    APP_PID=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/" || true)" != 000 ]; do
      kill -0 "$APP_PID" 2>/dev/null || { echo "the empty stack failed to start:" >&2; tail -20 "$WORK/empty.log" >&2; exit 1; }
      sleep 0.05
    done
    echo $(( $(now_ms) - start )) >>"$WORK/empty-$mode"
    stop_site
    rm -rf "$WORK/empty-$run"
  done
done
echo
echo "## The stack alone (no bean of the site), to its first answer on /, -Xmx256m, $RUNS runs each"
echo "| how | first answer |"
echo "|---|---:|"
for mode in plain cds cds-c1; do
  echo "| $mode | $(summary <"$WORK/empty-$mode") |"
done
echo "(load after: $(load))"

steps() {
  local data=$1
  # shellcheck disable=SC2086
  java ${OPTIONS[aot-cds]} -cp "$APP:$WORK/steps.jar" org.newsportal.bench.StartupSteps "$STEPS" \
    --portal.data-dir="$data" --portal.seeds-dir="$PWD/seeds" --server.port="$PORT" \
    --server.address=127.0.0.1 --logging.level.root=warn 2>&1 | sed -n '/^first page/,$p'
}
echo
echo "## Where a start goes: AOT + CDS, fresh data folder, load $(load)"
steps "$WORK/data-steps"
echo
echo "## Where a start goes: AOT + CDS, restart of the same folder, load $(load)"
steps "$WORK/data-steps"
