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
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 2; }
done
pages=("${@:-/meetings/4 /meetings /}")
read -r -a pages <<< "${pages[*]}"
work="$(mktemp -d)"
trap 'nginx -p "$work" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/html" "$work/logs"
# mktemp's folder is private to its owner, and nginx's workers run as another user: without this
# they would answer every request 403 Forbidden (a tiny, quick answer, not the page).
chmod a+rx "$work" "$work/html"
for page in "${pages[@]}"; do
  name="$(echo "$page" | tr '/' '_')"
  curl -fsS "$base$page" -o "$work/html/${name}.html"
done
cat > "$work/nginx.conf" <<CONF
worker_processes 2;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:8181; root $work/html; default_type text/html; }
}
CONF
nginx -p "$work" -c nginx.conf
for page in "${pages[@]}"; do
  name="$(echo "$page" | tr '/' '_')"
  curl -fsS "http://127.0.0.1:8181/${name}.html" | cmp -s - "$work/html/${name}.html" ||
    { echo "nginx does not serve the saved bytes of $page" >&2; exit 1; }
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
