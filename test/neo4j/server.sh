#!/usr/bin/env bash
# A real Neo4j Community 5.26 for the tests, without Docker: jars from Maven Central, run embedded.
#   test/neo4j/server.sh start|stop|status
# start: fetches the jars once into .cache/neo4j/lib, starts Neo4j on bolt://127.0.0.1:$NEO4J_TEST_PORT
#        (default 7687) with a fresh random password in .cache/neo4j/password, waits until Bolt answers.
# stop:  stops the server this script started (pid file) and deletes its throw-away data.
# status: exit 0 when the server this script started answers on Bolt.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cache="$root/.cache/neo4j"
lib="$cache/lib"
run_dir="$cache/run"
pid_file="$cache/server.pid"
log_file="$cache/server.log"
password_file="$cache/password"
port="${NEO4J_TEST_PORT:-7687}"
start_timeout_s="${NEO4J_START_TIMEOUT_S:-180}"

now_ms() { date +%s%3N; }
seconds_since() { awk -v start="$1" -v end="$(now_ms)" 'BEGIN { printf "%.1f", (end - start) / 1000 }'; }

# A Bolt handshake, not just an open port: the magic preamble plus proposed versions 5.0 and 4.4;
# a Neo4j that is ready replies with the 4-byte version it picked.
bolt_answers() {
  timeout 5 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "\x60\x60\xb0\x17\x00\x00\x00\x05\x00\x00\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00" >&3
    reply="$(head -c 4 <&3 | od -An -tx1 | tr -d " \n")"
    [[ ${#reply} -eq 8 && $reply != 00000000 ]]
  ' _ "$port" 2>/dev/null
}

port_in_use() { timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$port" 2>/dev/null; }

our_pid() { [[ -f $pid_file ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null && cat "$pid_file"; }

fetch_jars() {
  local stamp="$lib/.fetched-from" wanted
  wanted="$(sha256sum "$here/pom.xml" | cut -d' ' -f1)"
  if [[ -f $stamp && "$(cat "$stamp")" == "$wanted" ]]; then
    echo "neo4j: jars already in $lib"
    return
  fi
  local started; started="$(now_ms)"
  rm -rf "$lib"
  # Runtime scope: the record storage engine and Bolt server are runtime dependencies of org.neo4j:neo4j.
  mvn -B -q -f "$here/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$lib" >"$cache/fetch.log" 2>&1 \
    || { cat "$cache/fetch.log" >&2; echo "neo4j: fetching the jars with mvn failed" >&2; return 1; }
  echo "$wanted" >"$stamp"
  echo "neo4j: fetched $(ls "$lib" | wc -l) jars ($(du -sh "$lib" | cut -f1)) in $(seconds_since "$started")s"
}

# Compiled once rather than run as a source file, which would recompile it on every start.
compile_launcher() {
  local classes="$cache/classes"
  if [[ -f $classes/Launcher.class && $classes/Launcher.class -nt $here/Launcher.java ]]; then return; fi
  rm -rf "$classes"
  javac -d "$classes" -cp "$lib/*" "$here/Launcher.java"
}

start() {
  mkdir -p "$cache"
  if our_pid >/dev/null && bolt_answers; then
    echo "neo4j: already running on bolt://127.0.0.1:$port (pid $(cat "$pid_file"))"
    return
  fi
  fetch_jars
  if port_in_use; then
    echo "neo4j: port $port is taken by another process; set NEO4J_TEST_PORT to a free port" >&2
    return 1
  fi
  compile_launcher
  local started; started="$(now_ms)"
  rm -rf "$run_dir" "$password_file"
  mkdir -p "$run_dir"
  # The --add-opens flags are those Neo4j's own launcher passes: the page cache and Netty
  # reach into java.nio internals and fall back to slower paths without them. C1 only
  # (TieredStopAtLevel=1): a test run is short, and on two shared cores C2's compile work costs more
  # than its faster code saves.
  nohup java -Xms256m -Xmx768m -XX:+UseG1GC -XX:TieredStopAtLevel=1 -Dfile.encoding=UTF-8 \
    --add-opens=java.base/java.nio=ALL-UNNAMED \
    --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
    -Dio.netty.tryReflectionSetAccessible=true \
    -cp "$lib/*:$cache/classes" Launcher "$run_dir" "$port" "$password_file" \
    >"$log_file" 2>&1 </dev/null &
  echo $! >"$pid_file"
  local deadline=$(( $(date +%s) + start_timeout_s ))
  until [[ -f $password_file ]] && bolt_answers; do
    if ! our_pid >/dev/null; then
      tail -n 40 "$log_file" >&2
      echo "neo4j: the server exited while starting (log: $log_file)" >&2
      rm -f "$pid_file"
      return 1
    fi
    if (( $(date +%s) > deadline )); then
      tail -n 40 "$log_file" >&2
      echo "neo4j: no Bolt answer on port $port after ${start_timeout_s}s; stopping it" >&2
      stop
      return 1
    fi
    sleep 0.5
  done
  echo "neo4j: started on bolt://127.0.0.1:$port in $(seconds_since "$started")s (user neo4j, password in $password_file)"
}

stop() {
  local pid
  if ! pid="$(our_pid)"; then
    echo "neo4j: not running"
    rm -f "$pid_file"
    return
  fi
  kill "$pid"
  for _ in $(seq 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "neo4j: pid $pid ignored TERM for 30s; killing it" >&2
    kill -9 "$pid"
  fi
  rm -rf "$pid_file" "$run_dir" "$password_file"
  echo "neo4j: stopped (pid $pid)"
}

status() {
  if our_pid >/dev/null && bolt_answers; then
    echo "neo4j: running on bolt://127.0.0.1:$port (pid $(cat "$pid_file"))"
  else
    echo "neo4j: not running"
    return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
