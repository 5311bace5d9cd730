#!/usr/bin/env bash
# Replicas run (not a test): one PostgreSQL 17 (the zonky binaries the embedded mode uses, on a fixed port of its own),
# two backends from the built jar started at the same time on it, nginx round-robin in front. replicas.py then signs in
# through A and writes through B, checks A's read cache sees B's write, starts an import and two Tagesstand runs at
# once, and kills B (-9) during a bounded read/write load through nginx while B runs a large import. It prints
# requests, failures by status, duplicated jobs, lost acknowledged writes, seconds until the survivor carries the
# load, and the machine's load. Everything it starts is stopped at the end (trap); its files are under a temp dir.
# Usage: backend/bench/replicas.sh [SECONDS=40] [WRITERS=6] [READERS=6]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BACKEND=$(dirname "$HERE")
ROOT=$(dirname "$BACKEND")
JAR=$BACKEND/target/quarkus-app/quarkus-run.jar
PW=Replikate-Admin-Passwort-2026
# shellcheck source=../../scripts/pg-common.sh
. "$ROOT/scripts/pg-common.sh"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/dashboard-replicas.XXXXXX")
PIDS=()
NGINX_PID=""
cleanup() {
  local rc=$?
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  [ -n "$NGINX_PID" ] && { kill "$NGINX_PID" 2>/dev/null || true; wait "$NGINX_PID" 2>/dev/null || true; }
  pg_cleanup
  if [ "${KEEP:-}" = 1 ] || [ $rc != 0 ]; then log "Dateien des Laufs: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v nginx >/dev/null || { log "nginx fehlt: apt-get install"; apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null; }
[ -f "$JAR" ] || (cd "$BACKEND" && ./mvnw -B -q package -DskipTests)

# --- PostgreSQL on a fixed port -------------------------------------------------------------------------------------
PGDATA_DIR=$WORK/postgres
mkdir -p "$PGDATA_DIR" && chmod 700 "$PGDATA_DIR"
pg_as_server_user "$(pg_zonky_bin)/initdb" -A trust -U postgres -D "$PGDATA_DIR" -E UTF-8 >/dev/null
PG_PORT=${REPLICAS_PG_PORT:-$(pg_free_port)}
pg_as_server_user "$(pg_zonky_bin)/pg_ctl" -D "$PGDATA_DIR" -l "$WORK/postgres.log" -w -t 60 \
  -o "-p $PG_PORT -c listen_addresses=localhost -c unix_socket_directories= -c max_connections=120" start >/dev/null
PG_STARTED_DATA=$PGDATA_DIR
export PGHOST=localhost PGPORT=$PG_PORT PGUSER=postgres PGDATABASE=postgres PGPASSWORD=""
psql -X -q -c "CREATE DATABASE dashboard" >/dev/null
export PGDATABASE=dashboard
log "PostgreSQL 17 auf Port $PG_PORT"

# --- two backends, started at the same time on the empty database ---------------------------------------------------
start_backend() { # name port
  local name=$1 port=$2
  mkdir -p "$WORK/$name"
  PORT=$port QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:$PG_PORT/dashboard" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused \
    DASHBOARD_ADMIN_PASSWORD=$PW DASHBOARD_DEMO_DATA=false DASHBOARD_DOWNLOADS_DIR="$WORK/$name/downloads" \
    DASHBOARD_TAGESSTAND_CRON='0/10 * * * * ?' \
    nice java -Xmx384m -jar "$JAR" > "$WORK/$name/backend.log" 2>&1 &
  PIDS+=($!)
  eval "PID_$name=$!"
}
PORT_A=$(pg_free_port); PORT_B=$(pg_free_port)
T0=$(date +%s)
start_backend A "$PORT_A"
start_backend B "$PORT_B"
for name in A B; do
  port_var=PORT_$name pid_var=PID_$name
  for _ in $(seq 1 400); do
    curl -sf "http://127.0.0.1:${!port_var}/q/health/ready" >/dev/null 2>&1 && break
    kill -0 "${!pid_var}" 2>/dev/null || { tail -40 "$WORK/$name/backend.log"; die "Backend $name beendete sich beim Start"; }
    sleep 1
  done
  curl -sf "http://127.0.0.1:${!port_var}/q/health/ready" >/dev/null || die "Backend $name wurde nicht bereit"
done
log "Beide Backends bereit nach $(( $(date +%s) - T0 )) s (A :$PORT_A, B :$PORT_B)"

# --- nginx round-robin ----------------------------------------------------------------------------------------------
PORT_N=$(pg_free_port)
mkdir -p "$WORK/nginx/tmp"
cat > "$WORK/nginx/nginx.conf" <<EOF
user root;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  upstream backends {
    server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=10s;
    keepalive 32;
  }
  server {
    listen 127.0.0.1:$PORT_N;
    client_max_body_size 200m;
    location / {
      proxy_pass http://backends;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_connect_timeout 2s;
      proxy_read_timeout 120s;
      # idempotent requests go to the other backend on a failed connection; others only if never sent
      proxy_next_upstream error timeout;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
EOF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT_N/q/health/ready" >/dev/null 2>&1 && break; sleep 0.2; done

nice python3 "$HERE/replicas.py" \
  --nginx "http://127.0.0.1:$PORT_N" --a "http://127.0.0.1:$PORT_A" --b "http://127.0.0.1:$PORT_B" \
  --password "$PW" --victim-pid "$PID_B" --victim-addr "127.0.0.1:$PORT_B" \
  --logs "$WORK/A/backend.log" "$WORK/B/backend.log" \
  --seconds "${1:-40}" --writers "${2:-6}" --readers "${3:-6}"

# --- graceful shutdown of the survivor: readiness DOWN first, requests still answered during the delay, then the end --
T=$(date +%s%N)
kill -TERM "$PID_A"
DOWN="" LAST_OK=""
while kill -0 "$PID_A" 2>/dev/null; do
  now=$(( ($(date +%s%N) - T) / 1000000 ))
  code=$(curl -s -o /dev/null -m 1 -w '%{http_code}' "http://127.0.0.1:$PORT_A/q/health/ready" || true)
  [ -z "$DOWN" ] && [ "$code" = 503 ] && DOWN=$now
  [ "$(curl -s -o /dev/null -m 1 -w '%{http_code}' "http://127.0.0.1:$PORT_A/api/v1/stand" || true)" = 200 ] && LAST_OK=$now
  sleep 0.1
done
wait "$PID_A" 2>/dev/null || true
echo "SIGTERM an A: Readiness DOWN nach ${DOWN:-?} ms, Anfragen beantwortet bis ${LAST_OK:-?} ms," \
  "Prozess beendet nach $(( ($(date +%s%N) - T) / 1000000 )) ms"
echo "Last (uptime): $(uptime | sed 's/.*load average/load average/')"
