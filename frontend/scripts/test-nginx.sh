#!/usr/bin/env bash
# The SPA's nginx configuration as the container renders it (docker/15-api-origin.envsh, then the templates with
# envsubst), served by a real nginx on a free port from a stub site: only /einbetten/ may be framed by other sites
# (DASHBOARD_EMBED_ANCESTORS, default any), every other page keeps frame-ancestors 'none'; a bad value stops the
# container's start. nginx is Debian's package (installed if missing).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
DOCKER=$(dirname "$HERE")/docker
command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx >/dev/null; }
command -v envsubst >/dev/null || { apt-get update -qq && apt-get install -y -qq gettext-base >/dev/null; }

TMP=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$TMP"' EXIT
chmod 755 "$TMP"
fail() { echo "nginx-Konfiguration: $*" >&2; exit 1; }

# renders the templates with the entrypoint's variables, like the image's 20-envsubst-on-templates.sh
render() {
  rm -rf "$TMP/conf.d" && mkdir -p "$TMP/conf.d" "$TMP/html/assets" "$TMP/logs"
  (
    export API_BASE_URL=https://api.example.org
    # shellcheck disable=SC1091
    . "$DOCKER/15-api-origin.envsh"
    for t in "$DOCKER"/*.conf.template; do
      envsubst '${API_ORIGIN} ${OIDC_ORIGIN} ${EMBED_ANCESTORS}' < "$t" > "$TMP/conf.d/$(basename "$t" .template)"
    done
  )
  sed -i "s#/etc/nginx/conf.d/#$TMP/conf.d/#g; s#/usr/share/nginx/html#$TMP/html#; s#listen 8080;#listen 127.0.0.1:$PORT;#" \
    "$TMP/conf.d/default.conf"
}

start() {
  echo '<!doctype html><title>SPA</title>' > "$TMP/html/index.html"
  echo 'console.log(1)' > "$TMP/html/assets/app.js"
  cat > "$TMP/nginx.conf" <<CONF
pid $TMP/nginx.pid;
error_log $TMP/logs/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  client_body_temp_path $TMP/logs;
  proxy_temp_path $TMP/logs;
  fastcgi_temp_path $TMP/logs;
  uwsgi_temp_path $TMP/logs;
  scgi_temp_path $TMP/logs;
  include $TMP/conf.d/default.conf;
}
CONF
  nginx -t -q -p "$TMP" -c "$TMP/nginx.conf" || fail "nginx -t lehnt sie ab"
  nginx -p "$TMP" -c "$TMP/nginx.conf" -g 'daemon off;' &
  PID=$!
  for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/" && return; sleep 0.1; done
  fail "nginx antwortet nicht"
}

stop() { kill "$PID" && wait "$PID" 2>/dev/null || true; PID=; }

csp() { curl -s -D - -o /dev/null "http://127.0.0.1:$PORT$1" | tr -d '\r' | sed -n 's/^content-security-policy: //Ip'; }
header() { curl -s -D - -o /dev/null "http://127.0.0.1:$PORT$1" | tr -d '\r' | sed -n "s/^$2: //Ip"; }

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

unset DASHBOARD_EMBED_ANCESTORS
render && start
[[ $(csp /einbetten/kommunen/05315000) == *"frame-ancestors *"* ]] || fail "/einbetten/ nicht einbettbar: $(csp /einbetten/kommunen/05315000)"
[[ $(csp /kommunen/05315000) == *"frame-ancestors 'none'"* ]] || fail "/kommunen/… einbettbar: $(csp /kommunen/05315000)"
[[ $(csp /) == *"frame-ancestors 'none'"* ]] || fail "Startseite einbettbar"
[[ $(csp /einbetten/karte) == *"connect-src 'self' https://api.example.org"* ]] || fail "connect-src ohne API"
[[ $(header /assets/app.js cache-control) == *immutable* ]] || fail "Assets nicht dauerhaft cachebar"
[[ $(header /einbetten/karte cache-control) == no-cache ]] || fail "/einbetten/ nicht no-cache"
stop

export DASHBOARD_EMBED_ANCESTORS='https://www.stadt-koeln.de https://portal.example.org'
render && start
[[ $(csp /einbetten/karte) == *"frame-ancestors https://www.stadt-koeln.de https://portal.example.org"* ]] \
  || fail "DASHBOARD_EMBED_ANCESTORS nicht übernommen: $(csp /einbetten/karte)"
[[ $(csp /leistungen) == *"frame-ancestors 'none'"* ]] || fail "/leistungen einbettbar"
stop

export DASHBOARD_EMBED_ANCESTORS="*; script-src *"
if (export API_BASE_URL=https://api.example.org; . "$DOCKER/15-api-origin.envsh") 2>/dev/null; then
  fail "ein DASHBOARD_EMBED_ANCESTORS mit ';' wurde angenommen"
fi
echo "nginx-Konfiguration: nur /einbetten/ einbettbar (Standard * und eigene Liste), sonst frame-ancestors 'none'; falsche Angabe verhindert den Start"
