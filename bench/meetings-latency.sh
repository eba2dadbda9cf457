#!/usr/bin/env bash
# Measures the latency of the public meetings page under a short local load.
#
#   ./mvnw spring-boot:run            # in another terminal: the demo on http://localhost:8080
#   bench/meetings-latency.sh         # needs wrk (apt-get install wrk)
#
# Loopback only. A 10-second warm-up (JIT, connection pool), then 30 seconds with 2 threads and
# 16 connections; wrk prints the latency distribution (50th, 75th, 90th, 99th percentiles).
set -euo pipefail
url="${1:-http://127.0.0.1:8080/meetings}"
case "$url" in
  http://127.*|http://localhost*) ;;
  *) echo "refusing to load anything but this machine: $url" >&2; exit 2 ;;
esac
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 2; }
curl -fsS -o /dev/null "$url"
wrk -t2 -c16 -d10s "$url" >/dev/null
wrk -t2 -c16 -d30s --latency "$url"
