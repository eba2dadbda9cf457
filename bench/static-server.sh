# Sourced by the benchmarks that set Scrutiny beside nginx: checks for wrk, nginx and curl, makes a
# folder $work (removed on exit) whose html/ nginx serves on 127.0.0.1:8181 until the script ends,
# and defines `saved NAME PAGE`, which saves Scrutiny's bytes of PAGE as html/NAME.html and fails
# unless nginx sends back those very bytes.
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'nginx -p "$work" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/html" "$work/logs"
# mktemp's folder is private to its owner, and nginx's workers run as another user: without this
# they would answer every request 403 Forbidden (a short answer from nginx, not the page).
chmod a+rx "$work" "$work/html"
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
saved() {
  curl -fsS "$base$2" -o "$work/html/$1.html"
  curl -fsS "http://127.0.0.1:8181/$1.html" | cmp -s - "$work/html/$1.html" ||
    { echo "nginx does not serve the saved bytes of $2" >&2; exit 1; }
}
