#!/usr/bin/env bash
# Time from starting the built jar with the demo profile to its first public page: the very first
# start (an empty data folder: the embedded PostgreSQL is created and migrated), then restarts on
# the same data. Each start runs as the README's run does (-Xmx256m, demo). The very first start is
# also timed to the demo loaded: its last step logs "Demo data: the forward plan of 23 March 2022"
# once every module's records are in (the home page answers a little before that).
#
#   ./mvnw -q package -DskipTests && bench/start-up.sh [restarts]
#   ./mvnw -q package -DskipTests && bin/prepare-start && CDS=1 bench/start-up.sh [restarts]
#
# With CDS=1 it starts the application as bin/prepare-start left it (target/app/start: the unpacked
# jar with the class-data sharing archive, or on Java 25 the ahead-of-time cache). JAVA_HOME chooses
# the JDK of the plain run.
set -euo pipefail
cd "$(dirname "$0")/.."
jar="$(ls target/scrutiny-*.jar | head -1)"
launch=("${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx256m -jar "$jar")
if [ "${CDS:-0}" = 1 ]; then
  [ -x target/app/start ] || { echo "run bin/prepare-start first" >&2; exit 2; }
  launch=(target/app/start)
fi
restarts="${1:-3}"
port=18089
data="$(mktemp -d)"
trap 'kill "${app:-}" 2>/dev/null || true; wait "${app:-}" 2>/dev/null || true; rm -rf "$data"' EXIT
start() {
  local began now
  began=$(date +%s%N)
  "${launch[@]}" --spring.profiles.active=demo --server.port=$port \
    --scrutiny.embedded-database.directory="$data/pg" --scrutiny.search.directory="$data/index" >"$data/log" 2>&1 &
  app=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
    kill -0 "$app" 2>/dev/null || { echo "the application stopped; see its log:" >&2; tail -20 "$data/log" >&2; exit 1; }
    sleep 0.05
  done
  now=$(date +%s%N)
  for _ in $(seq 1 100); do grep -q 'Started ScrutinyApplication' "$data/log" && break; sleep 0.05; done
  printf '%-14s %6d ms to the first page (Spring: %s)\n' "$1" $(((now - began) / 1000000)) \
    "$(grep -o 'Started ScrutinyApplication in [0-9.]* seconds' "$data/log" | grep -o '[0-9.]* seconds')"
  if [ "$1" = "first start" ]; then
    until grep -q 'Demo data: the forward plan of 23 March 2022' "$data/log"; do
      kill -0 "$app" 2>/dev/null || { echo "the application stopped; see its log:" >&2; tail -20 "$data/log" >&2; exit 1; }
      sleep 0.05
    done
    now=$(date +%s%N)
    printf '%-14s %6d ms to the demo loaded\n' "" $(((now - began) / 1000000))
  fi
  kill "$app"; wait "$app" 2>/dev/null || true
}
start "first start"
for i in $(seq 1 "$restarts"); do start "restart $i"; done
