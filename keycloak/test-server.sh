#!/usr/bin/env bash
# A throw-away Keycloak for the single sign-on tests (never for production):
#
#   eval "$(keycloak/test-server.sh start)"    # prints KEYCLOAK_TEST_* variables, returns once Keycloak answers
#   keycloak/test-server.sh stop "$KEYCLOAK_TEST_DIR"
#
# The Keycloak server distribution comes from Maven Central (org.keycloak:keycloak-quarkus-dist) and is unpacked
# once into a cache outside the repository (DASHBOARD_KEYCLOAK_CACHE, default ~/.cache/dashboard-keycloak). Every
# start gets its own run directory (fresh data, in-memory H2 database) with the realm export of this folder
# imported (--import-realm), a free loopback port and a random bootstrap admin password.
#
# The server is reachable as http://127.0.0.1:PORT (what the backend uses: discovery, JWKS, token endpoint) while
# its public name is http://localhost:PORT (--hostname, the issuer in every token; what the browser uses), with
# backchannel URLs resolved per request – the same split as keycloak:8080 vs localhost:8180 in docker-compose.
set -euo pipefail

VERSION=26.5.6
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(dirname "$HERE")
CACHE=${DASHBOARD_KEYCLOAK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dashboard-keycloak}
DIST=$CACHE/keycloak-$VERSION

log() { echo "[keycloak] $*" >&2; }

fetch() {
  [ -x "$DIST/bin/kc.sh" ] && return
  mkdir -p "$CACHE"
  local zip=$CACHE/keycloak-quarkus-dist-$VERSION.zip
  if [ ! -s "$zip" ]; then
    log "Lade keycloak-quarkus-dist $VERSION von Maven Central (ca. 165 MB, einmalig) …"
    local mvn=mvn
    command -v mvn >/dev/null || mvn="$REPO/backend/mvnw"
    (cd "$REPO/backend" && "$mvn" -B -q dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" -DoutputDirectory="$CACHE.part" >&2)
    mv "$CACHE.part/keycloak-quarkus-dist-$VERSION.zip" "$zip"
    rmdir "$CACHE.part" 2>/dev/null || true
  fi
  local tmp
  tmp=$(mktemp -d "$CACHE/unpack.XXXXXX")
  if command -v unzip >/dev/null; then
    unzip -q "$zip" -d "$tmp"
  else # the JDK's jar tool unpacks too, without the executable bits
    (cd "$tmp" && jar xf "$zip")
    chmod +x "$tmp/keycloak-$VERSION"/bin/*.sh
  fi
  mv "$tmp/keycloak-$VERSION" "$DIST"
  rmdir "$tmp"
}

# A port nothing listens on yet (random, so parallel runs do not collide).
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  log "kein freier Port gefunden"; return 1
}

start() {
  fetch
  local run port mgmt password started
  run=$(mktemp -d "${TMPDIR:-/tmp}/dashboard-keycloak.XXXXXX")
  # The run directory is Keycloak's home: its own bin/, conf/ and data/, the (read-only) libraries shared.
  cp -r "$DIST/bin" "$DIST/conf" "$run/"
  ln -s "$DIST/lib" "$run/lib"
  ln -s "$DIST/themes" "$run/themes"
  ln -s "$DIST/providers" "$run/providers"
  mkdir -p "$run/data/import"
  cp "$HERE/realm-dashboard.json" "$run/data/import/"
  port=${KEYCLOAK_TEST_PORT:-$(free_port)}
  mgmt=$(free_port)
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  started=$(date +%s.%N)
  # Keycloak's own process group, so that stop ends everything it started.
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=$password \
    setsid "$run/bin/kc.sh" start-dev --import-realm --db=dev-mem \
    --http-host=127.0.0.1 --http-port="$port" --http-management-port="$mgmt" \
    --hostname="http://localhost:$port" --hostname-backchannel-dynamic=true \
    >"$run/keycloak.log" 2>&1 </dev/null &
  echo $! >"$run/pid"
  local url=http://127.0.0.1:$port
  for _ in $(seq 1 600); do
    if curl -sf -o /dev/null "$url/realms/dashboard/.well-known/openid-configuration"; then
      log "bereit nach $(awk "BEGIN{printf \"%.1f\", $(date +%s.%N) - $started}") s: $url (Issuer http://localhost:$port/realms/dashboard)"
      echo "export KEYCLOAK_TEST_URL=$url"
      echo "export KEYCLOAK_TEST_PUBLIC_URL=http://localhost:$port"
      echo "export KEYCLOAK_TEST_ADMIN_PASSWORD=$password"
      echo "export KEYCLOAK_TEST_DIR=$run"
      return
    fi
    if ! kill -0 "$(cat "$run/pid")" 2>/dev/null; then break; fi
    sleep 0.5
  done
  log "Keycloak ist nicht gestartet; Ende des Logs ($run/keycloak.log):"
  tail -40 "$run/keycloak.log" >&2
  stop "$run"
  exit 1
}

stop() {
  local run=${1:-${KEYCLOAK_TEST_DIR:-}}
  [ -n "$run" ] && [ -f "$run/pid" ] || { log "nichts zu beenden"; return 0; }
  local pid
  pid=$(cat "$run/pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  case "$run" in */dashboard-keycloak.*) rm -rf "$run" ;; esac
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "Aufruf: $0 fetch | start | stop [RUN_DIR]" >&2; exit 2 ;;
esac
