# Sourced by the benchmarks: the application's address in $base (BASE, or the demo on this
# machine), refusing anything but this machine, so that a benchmark never loads someone's server.
base="${BASE:-http://127.0.0.1:8080}"
case "$base" in
  http://127.*|http://localhost*) ;;
  *) echo "refusing to load anything but this machine: $base" >&2; exit 2 ;;
esac
