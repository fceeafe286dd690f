#!/usr/bin/env bash
# End-to-end through a real nginx: builds the dashboard, starts the mock and nginx with
# test/nginx/ocore-monitor.conf (ports and paths substituted), then runs test/nginx/nginx.spec.ts.
# Everything it starts is stopped on exit, failure included. Extra arguments go to Playwright.
set -euo pipefail
cd "$(dirname "$0")/../.."

free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
NGINX_PORT="${NGINX_PORT:-$(free_port)}"
MOCK_PORT="${MOCK_PORT:-$(free_port)}"
# One event every 2 minutes, a heartbeat every 15 s (mock/routes/stream.ts): only the heartbeat can keep
# the stream inside nginx's 60 s proxy_read_timeout, so the test proves it does.
export MOCK_STREAM_INTERVAL_MS="${MOCK_STREAM_INTERVAL_MS:-120000}"
PREFIX="$(mktemp -d /tmp/ocore-nginx.XXXXXX)"
started=()

cleanup() {
  local status=$?
  for pid in "${started[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${started[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  done
  if [ "$status" -ne 0 ] && [ -f "$PREFIX/error.log" ]; then
    echo "--- nginx error.log (last 20 lines)"; tail -n 20 "$PREFIX/error.log"
  fi
  rm -rf "$PREFIX"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for() { # url, what
  for _ in $(seq 150); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "$2 did not come up at $1" >&2
  return 1
}

if ! command -v nginx >/dev/null; then
  echo "==> Installing nginx"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq nginx >/dev/null
fi

echo "==> Building the dashboard into $PREFIX/www"
npx vite build --outDir "$PREFIX/www" --emptyOutDir --logLevel warn
# What an operator deploys beside index.html; the mock's own key, for an unattended screen.
DEV_API_KEY="$(npx tsx -e 'import("./mock/auth/auth-store.ts").then((m) => console.log(m.DEV_API_KEY))')"
printf '{ "apiBaseUrl": "/api", "apiKey": "%s" }\n' "$DEV_API_KEY" >"$PREFIX/www/config.json"

echo "==> nginx on :$NGINX_PORT → mock on :$MOCK_PORT (stream every ${MOCK_STREAM_INTERVAL_MS} ms)"
sed -e "s|listen 8080;|listen 127.0.0.1:$NGINX_PORT;|" \
  -e "s|root /srv/ocore-monitor/dist;|root $PREFIX/www;|" \
  -e "s|proxy_pass http://127.0.0.1:8787;|proxy_pass http://127.0.0.1:$MOCK_PORT;|" \
  -e "s|proxy_cache_path /var/cache/nginx/ocore-monitor |proxy_cache_path $PREFIX/cache |" \
  test/nginx/ocore-monitor.conf >"$PREFIX/ocore-monitor.conf"
for expected in "listen 127.0.0.1:$NGINX_PORT;" "root $PREFIX/www;" "127.0.0.1:$MOCK_PORT;" \
  "proxy_cache_path $PREFIX/cache "; do
  grep -qF "$expected" "$PREFIX/ocore-monitor.conf" || {
    echo "ocore-monitor.conf changed: could not substitute '$expected'" >&2
    exit 1
  }
done
mkdir -p "$PREFIX/temp"
{
  # Root runs the workers as root too: the temp prefix and build are root's.
  [ "$(id -u)" -eq 0 ] && echo "user root;"
  cat <<EOF
worker_processes 1;
pid $PREFIX/nginx.pid;
error_log $PREFIX/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log $PREFIX/access.log;
  client_body_temp_path $PREFIX/temp/body;
  proxy_temp_path $PREFIX/temp/proxy;
  fastcgi_temp_path $PREFIX/temp/fastcgi;
  uwsgi_temp_path $PREFIX/temp/uwsgi;
  scgi_temp_path $PREFIX/temp/scgi;
  include $PREFIX/ocore-monitor.conf;
}
EOF
} >"$PREFIX/nginx.conf"
nginx -q -t -p "$PREFIX" -c "$PREFIX/nginx.conf"

# Each in its own process group, so cleanup stops it with everything it spawned.
setsid node_modules/.bin/tsx mock/server/main.ts --port "$MOCK_PORT" >"$PREFIX/mock.log" 2>&1 &
started+=($!)
setsid nginx -p "$PREFIX" -c "$PREFIX/nginx.conf" -g 'daemon off;' &
started+=($!)
wait_for "http://127.0.0.1:$MOCK_PORT/__mock/stats" "The mock"
wait_for "http://127.0.0.1:$NGINX_PORT/config.json" "nginx"

echo "==> Playwright through nginx"
SECONDS=0
NGINX_URL="http://127.0.0.1:$NGINX_PORT" MOCK_URL="http://127.0.0.1:$MOCK_PORT" \
  npx playwright test -c test/nginx/playwright.config.ts "$@"
echo "==> nginx e2e passed in ${SECONDS} s"
