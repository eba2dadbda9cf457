#!/usr/bin/env bash
# The search over the demo with years of invented history: how long the search takes to take in
# the history once the record changes, then 50 realistic queries (the seeds' vocabulary) five times
# each through the results page, with p50, p95 and p99 of the whole answer, and the index's size.
#
#   ./mvnw spring-boot:run        # in another terminal: the demo on http://127.0.0.1:8080
#   bench/search.sh [meetings]    # adds bench/history.sh's meetings first (default 200; 0 for none)
#
# Loopback only; needs curl, psql and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/local-base.sh
meetings="${1:-200}"
total() {
  curl -fsS -G "$base/search" --data-urlencode "q=$1" | grep -o 'aria-live="polite">[0-9]* result' | grep -o '[0-9]*' || echo 0
}
if [ "$meetings" -gt 0 ]; then
  before="$(total "Invented recommendation")"
  bench/history.sh "$meetings"
  port="$(ps -eo args | awk '/bin\/postgres -D .*data\/pg/ {for (i=1;i<=NF;i++) if ($i=="-p") {print $(i+1); exit}}')"
  # history.sh writes with SQL, not through the application: move the change counter as a change would.
  psql -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "update data_version set version = version + 1, changed_at = now()"
  started=$(date +%s%N)
  until [ "$(total "Invented recommendation")" != "$before" ]; do sleep 0.2; done
  echo "the search took in $meetings invented meetings in $(( ($(date +%s%N) - started) / 1000000 )) ms (counter moved to first hit; the nodes re-read the counter every 10 s when no notification comes)"
fi
queries=(
  "PCSO" "precept" "precpet" "\"forward plan\"" "police and crime plan" "rural crime" "victims" "complaints"
  "Chief Constable" "council tax" "Band D" "veto" "confirmation hearing" "recommendation" "response"
  "communications and engagement" "drugs strategy" "serious violence" "mental health" "fraud" "cyber crime"
  "business crime" "youth fund" "community safety" "anti-social behaviour" "hate crime" "speeding"
  "road safety" "Peterborough" "Huntingdon" "Cambridge" "estates" "budget" "reserves" "inflation"
  "officers" "recruitment" "retention" "custody" "stop and search" "domestic abuse" "burglary"
  "knife crime" "county lines" "probation" "restorative justice" "precept -2022" "annual report"
  "integrity in policing" "meeting dates"
)
# WARMUP=N sends the whole set N times unmeasured first: a JVM just started compiles as it goes,
# and the first thousand searches after a start are up to twice as slow as the ones after.
for round in $(seq 1 "${WARMUP:-0}"); do
  for q in "${queries[@]}"; do
    curl -fsS -o /dev/null -G "$base/search" --data-urlencode "q=$q"
  done
done
times="$(mktemp)"
for round in 1 2 3 4 5; do
  for q in "${queries[@]}"; do
    curl -fsS -o /dev/null -w '%{time_total}\n' -G "$base/search" --data-urlencode "q=$q" >> "$times"
  done
done
python3 - "$times" <<'PY'
import sys
t = sorted(float(x) * 1000 for x in open(sys.argv[1]))
pick = lambda p: t[min(len(t) - 1, int(round(p / 100 * len(t))) - 1)]
print(f"{len(t)} searches: p50 {pick(50):.1f} ms, p95 {pick(95):.1f} ms, p99 {pick(99):.1f} ms, max {t[-1]:.1f} ms")
PY
rm -f "$times"
echo "index: $(du -sh "${INDEX_DIR:-data/index}" | cut -f1)"
