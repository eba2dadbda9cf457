#!/usr/bin/env bash
# A soak of the demo on this machine: people browsing, sending public questions and signing in,
# for 30 minutes by default, with the live heap (after a full collection) read before and after.
#
#   SCRUTINY_PUBLIC_FORMS_PER_ADDRESS=1000000 SCRUTINY_PUBLIC_FORMS_PER_EMAIL=1000000 \
#   SCRUTINY_LOGIN_MAX_FAILURES_PER_ADDRESS=1000000 ./mvnw spring-boot:run   # in another terminal
#   bench/soak.sh [seconds] [people] [actions per second]
#
# The raised limits let one address (this machine's) send thousands of questions; every other
# setting is the demo's. Loopback only. Needs a JDK (java, jcmd).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/local-base.sh"
seconds="${1:-1800}"
people="${2:-8}"
rate="${3:-20}"
pid="$(jcmd | awk '/ScrutinyApplication/ {print $1; exit}')"
[ -n "$pid" ] || { echo "Scrutiny is not running (start it with ./mvnw spring-boot:run)" >&2; exit 2; }
heap() {
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info | awk '/garbage-first heap|total/ {for (i=1;i<=NF;i++) if ($i=="used") {print $(i+1); exit}}'
}
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$pid/status"; }
echo "heap used after a full collection, before: $(heap) (resident $(rss))"
java "$(dirname "$0")/Soak.java" "$base" "$seconds" "$people" "$rate"
echo "heap used after a full collection, after:  $(heap) (resident $(rss))"
