#!/usr/bin/env bash
# Times the build of an agenda pack of about 300 pages (15 uploaded, tagged PDFs of 20 pages)
# inside the application, next to pdfunite joining the same files.
#
#   bench/agenda-pack.sh              # needs pdfunite (apt-get install poppler-utils)
#   RUNS=30 bench/agenda-pack.sh      # more builds than the 15 measured by default
#
# Starts the application on a throw-away embedded PostgreSQL (nothing to run beforehand), uploads
# the papers through the report service, publishes, and builds the documents again and again: the
# first build (cold JVM) is reported apart, WARMUP more (5) are not timed, and each of the RUNS timed
# builds is followed by pdfunite on the same files, so that each pair sees the machine alike; the
# figure is the median of the pairs' ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pdfunite >/dev/null || { echo "pdfunite is not installed: apt-get install poppler-utils" >&2; exit 2; }
./mvnw -q -B test-compile -Dspotless.check.skip
classpath_file="$(mktemp)"
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" org.scrutiny.bench.AgendaPackBenchmark
rm -f "$classpath_file"
