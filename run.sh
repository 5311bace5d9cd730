#!/usr/bin/env bash
# Runs the dashboard locally: the backend on its embedded PostgreSQL (port 8080) and the SPA (port 5173).
# Builds what is missing, reuses the data in .data/ (or $DASHBOARD_DATA_DIR), stops everything on Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

API_PORT=${PORT:-8080}
SPA_PORT=${SPA_PORT:-5173}
export DASHBOARD_DATA_DIR=${DASHBOARD_DATA_DIR:-$ROOT/.data}
export DASHBOARD_CORS_ORIGINS=${DASHBOARD_CORS_ORIGINS:-http://localhost:$SPA_PORT,http://127.0.0.1:$SPA_PORT}

need() { command -v "$1" >/dev/null 2>&1 || { echo "Fehlt: $1 ($2)" >&2; exit 1; }; }
need java "JDK 17 oder neuer"

# --- backend: build when sources are newer than the packaged jar -------------------------------------
JAR=backend/target/quarkus-app/quarkus-run.jar
if [ ! -f "$JAR" ] || [ -n "$(find backend/src backend/pom.xml -newer "$JAR" -print -quit)" ]; then
  echo "» Backend wird gebaut …"
  (cd backend && ./mvnw -B -q -DskipTests package)
fi

# --- frontend: build when sources are newer than the build -------------------------------------------
HAS_SPA=0
if [ -f frontend/package.json ]; then
  # Node.js 22 LTS; an older node with npm fetches it once (cached outside the repository)
  . frontend/scripts/node22.sh
  use_node22
  HAS_SPA=1
  if [ ! -d frontend/node_modules ]; then
    echo "» Frontend-Abhängigkeiten werden installiert …"
    (cd frontend && npm ci --no-audit --no-fund)
  fi
  if [ ! -f frontend/dist/index.html ] || [ -n "$(find frontend/src frontend/public frontend/index.html openapi.yaml -newer frontend/dist/index.html -print -quit)" ]; then
    echo "» Frontend wird gebaut …"
    (cd frontend && npm run build)
  fi
fi

PIDS=()
stop() {
  trap - INT TERM EXIT
  echo
  echo "» Wird beendet …"
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  echo "» Beendet. Die Daten bleiben in $DASHBOARD_DATA_DIR."
}
trap stop INT TERM EXIT

# local mode: reachable from this machine only (containers listen on all interfaces, application.properties)
PORT=$API_PORT QUARKUS_HTTP_HOST=${QUARKUS_HTTP_HOST:-127.0.0.1} java -jar "$JAR" &
PIDS+=($!)

echo "» Warte auf das Backend …"
for _ in $(seq 1 120); do
  if curl -fsS "http://localhost:$API_PORT/q/health/ready" >/dev/null 2>&1; then break; fi
  if ! kill -0 "${PIDS[0]}" 2>/dev/null; then echo "Das Backend ist nicht gestartet." >&2; exit 1; fi
  sleep 1
done

if [ "$HAS_SPA" = 1 ]; then
  (cd frontend && API_BASE_URL="http://localhost:$API_PORT" node scripts/serve.mjs --port "$SPA_PORT") &
  PIDS+=($!)
fi

cat <<INFO

  Digitalisierungsdashboard NRW läuft.
INFO
[ "$HAS_SPA" = 1 ] && echo "  Dashboard:   http://localhost:$SPA_PORT/"
cat <<INFO
  API:         http://localhost:$API_PORT/api/v1/themenfelder
  API-Doku:    http://localhost:$API_PORT/q/swagger-ui
  Daten:       $DASHBOARD_DATA_DIR (eingebettetes PostgreSQL, nur für den lokalen Betrieb)

  Beenden mit Strg-C.
INFO
wait -n "${PIDS[@]}"
