#!/usr/bin/env bash
# Benchmark at synthetic national scale (not a test). Uses its own embedded PostgreSQL in backend/bench/.data –
# never the default .data – and a backend on a free port (BENCH_PORT) with -Xmx384m. First run generates the data
# (scale.sql).
# Usage: backend/bench/run.sh [IMPORT_ROWS]   (default 1 000 000)
# BENCH_TEIL=alles|import|boden (default alles: statistics endpoints, then the import against the SQL floor in
# BENCH_RUNDEN rounds, default 2), BENCH_JAR (another build, e.g. to measure the floor on an older schema).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BACKEND=$(dirname "$HERE")
JAR=${BENCH_JAR:-$BACKEND/target/quarkus-app/quarkus-run.jar}
# a free port unless given: another backend answering on a fixed port would be measured instead
PORT=${BENCH_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
PW=Bench-Admin-Passwort-2026
mkdir -p "$HERE/.data"
[ -f "$JAR" ] || (cd "$BACKEND" && ./mvnw -B -q package -DskipTests)
LOG=$HERE/.data/backend.log
PORT=$PORT DASHBOARD_DATA_DIR=$HERE/.data/db DASHBOARD_DEMO_DATA=false DASHBOARD_ADMIN_PASSWORD=$PW \
  java -Xmx384m ${BENCH_JAVA_OPTS:-} -jar "$JAR" > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null || true' EXIT
# the first start after a new migration rewrites the national-scale table (CLUSTER in V11_1): minutes on a busy machine
for _ in $(seq 1 1800); do
  curl -sf "http://localhost:$PORT/q/health/ready" > /dev/null 2>&1 && break
  kill -0 $PID 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 1
done
PG_PORT=$(grep -o 'PostgreSQL 17 auf localhost:[0-9]*' "$LOG" | head -1 | grep -o '[0-9]*$')
# the embedded server demands the generated superuser password (owner-only file beside the data)
export PGUSER=postgres PGPASSWORD
PGPASSWORD=$(sed -n 's/^PGPASSWORD=//p' "$HERE/.data/db/postgres-superuser.env")
if [ ! -f "$HERE/.data/generated" ]; then
  echo "» Erzeuge synthetische Daten (einmalig) …"
  time psql -h localhost -p "$PG_PORT" -d postgres -X -q -f "$HERE/scale.sql"
  JAR_COOKIES=$HERE/.data/cookies
  CSRF=$(curl -s -c "$JAR_COOKIES" -H 'Content-Type: application/json' -d "{\"benutzername\":\"admin\",\"passwort\":\"$PW\"}" \
    "http://localhost:$PORT/api/v1/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrfToken"])')
  curl -s -b "$JAR_COOKIES" -H "X-CSRF-Token: $CSRF" -X POST "http://localhost:$PORT/api/v1/statistik/tagesstand"; echo
  touch "$HERE/.data/generated"
fi
python3 "$HERE/benchmark.py" "http://localhost:$PORT" "$PG_PORT" "$PID" "$PW" "${1:-1000000}"
