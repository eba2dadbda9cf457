#!/usr/bin/env bash
# Times the build of an agenda pack of about 300 pages (15 uploaded, tagged PDFs of 20 pages)
# inside the application, next to pdfunite joining the same files.
#
#   bench/agenda-pack.sh              # needs pdfunite (apt-get install poppler-utils)
#
# Starts the application on a throw-away embedded PostgreSQL (nothing to run beforehand), uploads
# the papers through the report service, publishes, and builds the documents six times: the first
# build warms the JVM and is reported apart, the median of the other five is the figure.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v pdfunite >/dev/null || { echo "pdfunite is not installed: apt-get install poppler-utils" >&2; exit 2; }
./mvnw -q -B test-compile -Dspotless.check.skip
classpath_file="$(mktemp)"
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
java -cp "target/test-classes:target/classes:$(cat "$classpath_file")" org.scrutiny.bench.AgendaPackBenchmark
rm -f "$classpath_file"
