#!/usr/bin/env bash
# Public pages against a static server, side by side: for each page, the very bytes Scrutiny
# serves are saved and served by nginx, and wrk loads both in alternating rounds.
#
#   ./mvnw spring-boot:run        # in another terminal: the demo on http://127.0.0.1:8080
#   bench/public-pages.sh         # needs wrk and nginx (apt-get install wrk nginx-light)
#
# With OTHER set to a second build's address on this machine (e.g. the previous commit's jar on
# another port and data folder), that build is loaded too, in the same alternating rounds, and its
# figures and its ratio to this one are printed: a before-and-after in one run.
#
# Loopback only. Each round: 5 s warm-up, then 15 s with 2 threads and 64 connections.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/local-base.sh"
pages=("${@:-/meetings/4 /meetings /}")
read -r -a pages <<< "${pages[*]}"
. "$(dirname "${BASH_SOURCE[0]}")/static-server.sh"
for page in "${pages[@]}"; do
  saved "$(echo "$page" | tr '/' '_')" "$page"
done
rate() { wrk -t2 -c64 -d5s "$1" >/dev/null; wrk -t2 -c64 -d15s --latency "$1" | awk '/Requests\/sec/ {r=$2} / 99%/ {p=$2} END {print r, p}'; }
other="${OTHER:-}"
if [ -n "$other" ]; then
  case "$other" in
    http://127.*|http://localhost*) ;;
    *) echo "refusing to load anything but this machine: $other" >&2; exit 2 ;;
  esac
  printf '%-14s %12s %10s %12s %8s %12s %10s %8s\n' page scrutiny p99 nginx ratio other p99 'this/other'
else
  printf '%-14s %12s %10s %12s %8s\n' page scrutiny p99 nginx ratio
fi
for page in "${pages[@]}"; do
  name="$(echo "$page" | tr '/' '_')"
  read -r ours ours_p99 < <(rate "$base$page")
  read -r theirs _ < <(rate "http://127.0.0.1:8181/${name}.html")
  if [ -n "$other" ]; then
    read -r before before_p99 < <(rate "$other$page")
    printf '%-14s %12s %10s %12s %8.3f %12s %10s %8.3f\n' "$page" "$ours" "$ours_p99" "$theirs" \
      "$(echo "$ours / $theirs" | bc -l)" "$before" "$before_p99" "$(echo "$ours / $before" | bc -l)"
  else
    printf '%-14s %12s %10s %12s %8.3f\n' "$page" "$ours" "$ours_p99" "$theirs" "$(echo "$ours / $theirs" | bc -l)"
  fi
done
