#!/usr/bin/env bash
# Start-up time and resident memory of mvn -Prun (Linux: reads /proc). From a built checkout:
#
#   docs/bench/start-and-memory.sh start CHECKOUT [runs]    time mvn -Prun to /health/ready
#   docs/bench/start-and-memory.sh memory CHECKOUT          start it, run the mixed load of
#                                                           CentreBenchmark twice, sample memory
#
# DATA (default /work/bench-data) is the data folder, holding the generated centre (see
# docs/performance.md); PORT and DB_PORT (18094, 13394) where the app and the database listen;
# COHORT (35) the 1,000-apprentice cohort. Each run stops only what it started. The memory mode
# runs the JIT compiler of production (mvn -Prun's run.jit.options emptied), the start mode what
# mvn -Prun runs.
set -euo pipefail
mode=$1
checkout=$(cd "$2" && pwd)
runs=${3:-3}
data=${DATA:-/work/bench-data}
port=${PORT:-18094}
db_port=${DB_PORT:-13394}
cohort=${COHORT:-35}
bench=$(cd "$(dirname "$0")" && pwd)/CentreBenchmark.java
log=$(mktemp)

server_pids() { pgrep -f 'payara-micro.jar|launch-micro.jar|mariadbd' || true; }

start() {
  local began jit=()
  [ "$mode" = memory ] && jit=(-Drun.jit.options=)
  began=$(date +%s%N)
  (cd "$checkout" && exec mvn -B -o -Prun -Dport="$port" -Ddb.port="$db_port" \
    -Driskwise.data="$data" "${jit[@]}") > "$log" 2>&1 &
  maven=$!
  until curl -sf -o /dev/null "http://localhost:$port/health/ready"; do
    kill -0 "$maven" 2> /dev/null || { tail -20 "$log"; exit 1; }
    sleep 0.1
  done
  ready=$(( ($(date +%s%N) - began) / 1000000 ))
  first=$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' "http://localhost:$port/sign-in.xhtml")
  sleep 1
  payara=$(grep -o 'ready in [0-9,]* (ms)' "$log" | tail -1 || true)
  deployed=$(grep -o 'deployed in [0-9,]* milliseconds' "$log" | tail -1 || true)
  echo "ready after $ready ms | Payara $payara | $deployed | first sign-in page $first"
}

stop() {
  for pid in $(server_pids) $maven; do
    case "$(readlink "/proc/$pid/cwd" 2> /dev/null)" in "$checkout"*) kill "$pid" 2> /dev/null || true ;; esac
  done
  while [ -n "$(server_pids)" ]; do sleep 1; done
}

# Proportional set size, in MB, of the Payara JVM and of MariaDB.
pss() {
  local jvm=0 db=0 pid kb
  for pid in $(pgrep -f 'payara-micro.jar|launch-micro.jar'); do
    kb=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2> /dev/null || echo 0)
    jvm=$((jvm + kb))
  done
  for pid in $(pgrep -f "datadir=$data/db"); do
    kb=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2> /dev/null || echo 0)
    db=$((db + kb))
  done
  echo "$((jvm / 1024)) $((db / 1024))"
}

case $mode in
  start)
    for run in $(seq "$runs"); do
      start
      stop
    done
    ;;
  memory)
    start
    peak=0
    (while true; do pss; sleep 2; done) > "$log.pss" &
    sampler=$!
    for run in 1 2; do
      java "$bench" --base "http://localhost:$port/" --scenarios mixed --users 10 \
        --duration 60 --warmup 15 --cohort "$cohort" 2> /dev/null | grep '^| mixed'
    done
    java "$bench" --base "http://localhost:$port/" --scenarios cohort,centre --users 1,10 \
      --duration 20 --warmup 5 --cohort "$cohort" 2> /dev/null | grep '^| c'
    kill "$sampler"
    awk '{t = $1 + $2; if (t > peak) {peak = t; j = $1; d = $2}} END {
      printf "peak resident memory (PSS): %d MB, JVM %d MB + MariaDB %d MB\n", peak, j, d}' "$log.pss"
    jvm=$(pgrep -f 'payara-micro.jar|launch-micro.jar' | head -1)
    echo "collections: $(jstat -gcutil "$jvm" | tail -1)"
    echo "live heap after a full collection: $(jcmd "$jvm" GC.class_histogram | tail -1)"
    stop
    ;;
esac
rm -f "$log" "$log.pss"
