#!/usr/bin/env bash
# Read replica run (not a test): the packaged backend with QUARKUS_DATASOURCE_READONLY_JDBC_URL against a real
# PostgreSQL 17 primary and a streaming hot standby of it (the zonky binaries; the standby from a low-level base
# backup, as support/Standby does in LesereplikatTest). read-replica.py then checks through the API: statistics read
# on the standby, each write visible to the very next read, a paused standby (reads from the primary), a stopped
# standby (still 200). Everything it starts is stopped at the end; its files are under a temp dir.
# Usage: backend/bench/read-replica.sh [WRITES=30]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BACKEND=$(dirname "$HERE")
ROOT=$(dirname "$BACKEND")
JAR=$BACKEND/target/quarkus-app/quarkus-run.jar
PW=Lesereplikat-Admin-Passwort-2026
# shellcheck source=../../scripts/pg-common.sh
. "$ROOT/scripts/pg-common.sh"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dashboard-read-replica.XXXXXX")
BACKEND_PID=""
STANDBY_DATA=""
cleanup() {
  local rc=$? pid
  [ -n "$BACKEND_PID" ] && { kill "$BACKEND_PID" 2>/dev/null || true; wait "$BACKEND_PID" 2>/dev/null || true; }
  if [ -n "$STANDBY_DATA" ]; then
    pid=$(sed -n 1p "$STANDBY_DATA/postmaster.pid" 2>/dev/null || true)
    [ -n "$pid" ] && kill -INT "$pid" 2>/dev/null || true
  fi
  pg_cleanup
  if [ "${KEEP:-}" = 1 ] || [ $rc != 0 ]; then log "Dateien des Laufs: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

[ -f "$JAR" ] || (cd "$BACKEND" && ./mvnw -B -q package -DskipTests)
BIN=$(pg_zonky_bin)

# --- primary ---------------------------------------------------------------------------------------------------------
PRIMARY=$WORK/primary
mkdir -p "$PRIMARY" && chmod 700 "$PRIMARY"
pg_as_server_user "$BIN/initdb" -A trust -U postgres -D "$PRIMARY" -E UTF-8 >/dev/null
P_PORT=$(pg_free_port)
pg_as_server_user "$BIN/pg_ctl" -D "$PRIMARY" -l "$WORK/primary.log" -w -t 60 \
  -o "-p $P_PORT -c listen_addresses=localhost -c unix_socket_directories= -c max_connections=100" start >/dev/null
PG_STARTED_DATA=$PRIMARY
export PGHOST=localhost PGUSER=postgres PGPASSWORD=""
psql -X -q -p "$P_PORT" -d postgres -c "CREATE DATABASE dashboard" >/dev/null
log "Primärserver auf Port $P_PORT"

# --- standby: low-level base backup in one session, a slot keeps the WAL ------------------------------------------
STANDBY=$WORK/standby
mkdir -p "$STANDBY" && chmod 700 "$STANDBY"
psql -X -q -p "$P_PORT" -d postgres -c "SELECT pg_create_physical_replication_slot('bench', true)" >/dev/null
psql -X -q -tA -p "$P_PORT" -d postgres \
  -c "SELECT pg_backup_start('bench', true)" \
  -c "\\! tar -C '$PRIMARY' --exclude=./postmaster.pid --exclude=./postmaster.opts --exclude='./pg_wal/*' --warning=no-file-changed -cf - . | tar -C '$STANDBY' -xf -" \
  -c "\\o $WORK/backup_label" \
  -c "SELECT labelfile FROM pg_backup_stop(false)" >/dev/null
cp "$WORK/backup_label" "$STANDBY/backup_label"
mkdir -p "$STANDBY/pg_wal/archive_status"
touch "$STANDBY/standby.signal"
printf "primary_conninfo = 'host=localhost port=%s user=postgres application_name=bench'\nprimary_slot_name = 'bench'\n" \
  "$P_PORT" >> "$STANDBY/postgresql.auto.conf"
S_PORT=$(pg_free_port)
pg_as_server_user "$BIN/pg_ctl" -D "$STANDBY" -l "$WORK/standby.log" -w -t 60 \
  -o "-p $S_PORT -c listen_addresses=localhost -c unix_socket_directories= -c max_connections=100" start >/dev/null
STANDBY_DATA=$STANDBY
log "Standby auf Port $S_PORT: in Recovery = $(psql -X -tA -p "$S_PORT" -d postgres -c 'SELECT pg_is_in_recovery()')"

# --- the backend with both URLs -------------------------------------------------------------------------------------
HTTP_PORT=$(pg_free_port)
PORT=$HTTP_PORT QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$P_PORT/dashboard" \
  QUARKUS_DATASOURCE_READONLY_JDBC_URL="jdbc:postgresql://localhost:$S_PORT/dashboard" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused \
  DASHBOARD_ADMIN_PASSWORD=$PW DASHBOARD_DEMO_DATA=false DASHBOARD_DOWNLOADS_DIR="$WORK/downloads" \
  nice java -Xmx384m -jar "$JAR" > "$WORK/backend.log" 2>&1 &
BACKEND_PID=$!
T0=$(date +%s)
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$HTTP_PORT/q/health/ready" >/dev/null 2>&1 && break
  kill -0 "$BACKEND_PID" 2>/dev/null || { tail -40 "$WORK/backend.log"; die "Backend beendete sich beim Start"; }
  sleep 1
done
curl -sf "http://127.0.0.1:$HTTP_PORT/q/health/ready" >/dev/null || die "Backend wurde nicht bereit"
log "Backend bereit nach $(( $(date +%s) - T0 )) s"

nice python3 "$HERE/read-replica.py" --base "http://127.0.0.1:$HTTP_PORT" --password "$PW" \
  --primary-port "$P_PORT" --standby-port "$S_PORT" --standby-data "$STANDBY" --writes "${1:-30}"
grep -h "Lesereplikat" "$WORK/backend.log" | sed 's/^/  log: /' || true
