#!/usr/bin/env bash
# Fault run (not a test): a backend on its own embedded PostgreSQL (a fresh directory under bench/.data, never the
# default .data) with -Xmx384m; faults.py writes in a bounded loop while PostgreSQL is stopped and killed, and prints
# acknowledged writes, rows present, 5xx by status and seconds to recover.
# Usage: backend/bench/faults.sh [WRITERS=8] [SECONDS=40]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BACKEND=$(dirname "$HERE")
JAR=$BACKEND/target/quarkus-app/quarkus-run.jar
PORT=${FAULTS_PORT:-18083}
PW=Faults-Admin-Passwort-2026
DATA=$HERE/.data/faults
rm -rf "$DATA" && mkdir -p "$DATA"
[ -f "$JAR" ] || (cd "$BACKEND" && ./mvnw -B -q package -DskipTests)
LOG=$DATA/backend.log
PORT=$PORT DASHBOARD_DATA_DIR=$DATA/db DASHBOARD_ADMIN_PASSWORD=$PW java -Xmx384m -jar "$JAR" > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null 2>&1 && break
  kill -0 $PID 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 1
done
python3 "$HERE/faults.py" "http://localhost:$PORT" "$PW" "$DATA/db/postgres" "${1:-8}" "${2:-40}"
