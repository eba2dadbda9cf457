#!/usr/bin/env bash
# A repeat visit answered 304 Not Modified, Scrutiny beside nginx: each page's own ETag is sent back
# in If-None-Match over one connection (one visitor, each request sent when the last is answered),
# and the latency is reported at the median, the 99th and the 99.9th percentile. nginx serves the
# very bytes Scrutiny sent, and answers its own ETag the same way, so the two columns show what the
# machine itself adds (scheduling on two shared cores) against what Scrutiny does.
#
#   ./mvnw spring-boot:run        # in another terminal: the demo on http://127.0.0.1:8080
#   bench/revalidation.sh [pages] # needs wrk and nginx (apt-get install wrk nginx-light)
#
# Loopback only. Each round: 5 s warm-up, then 15 s; Scrutiny and nginx alternate, twice.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/local-base.sh"
pages=("${@:-/meetings/4 /meetings /}")
read -r -a pages <<< "${pages[*]}"
. "$(dirname "${BASH_SOURCE[0]}")/static-server.sh"
cat > "$work/report.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("%.0f %.3fms %.3fms %.3fms\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000))
end
LUA
etag() { curl -fsS -o /dev/null -D - "$1" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" {print $2}'; }
# Prints requests a second, p50, p99 and p99.9, failing if the page's own ETag is not answered 304.
# Scrutiny's validators change with the minute (a page may say what is upcoming), so each
# measurement (20 s in all) starts early in a minute with the ETag of that minute.
measure() {
  local url="$1" tag status
  while [ "$((10#$(date +%S)))" -ge 35 ]; do sleep 1; done
  tag="$(etag "$url")"
  status="$(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $tag" "$url")"
  [ "$status" = 304 ] || { echo "$url answered $status, not 304, to its own ETag" >&2; exit 1; }
  wrk -t1 -c1 -d5s -H "If-None-Match: $tag" "$url" >/dev/null
  wrk -t1 -c1 -d15s -s "$work/report.lua" -H "If-None-Match: $tag" "$url" | tail -1
}
printf '%-14s %-8s %10s %9s %9s %9s\n' page server 'req/s' p50 p99 p99.9
for page in "${pages[@]}"; do
  name="$(echo "$page" | tr '/' '_')"
  saved "$name" "$page"
  for round in 1 2; do
    printf '%-14s %-8s %10s %9s %9s %9s\n' "$page" scrutiny $(measure "$base$page")
    printf '%-14s %-8s %10s %9s %9s %9s\n' "$page" nginx $(measure "http://127.0.0.1:8181/${name}.html")
  done
done
