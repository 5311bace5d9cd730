# Sourced by the operations tests (test-backup-restore.sh, test-import-abbruch.sh): a packaged backend on its own
# embedded data directory and a free loopback port. The caller sets JAR and PW and defines fail().
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# sets DATA, LOG, PORT and PID; fails if the process ends or is not ready within 120 s (no second try)
start_backend() { # $1 data dir, $2 log, further: env assignments
  local data=$1 log=$2; shift 2
  DATA=$data LOG=$log
  PORT=$(free_port)
  env PORT="$PORT" QUARKUS_HTTP_HOST=127.0.0.1 DASHBOARD_DATA_DIR="$data" DASHBOARD_DEMO_DATA=false \
    DASHBOARD_ADMIN_PASSWORD="$PW" "$@" java -Xmx512m -jar "$JAR" > "$log" 2>&1 &
  PID=$!
  local s=$(date +%s)
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && { echo "  (bereit nach $(( $(date +%s) - s )) s)"; return 0; }
    kill -0 "$PID" 2>/dev/null || { tail -30 "$log"; fail "Backend nicht gestartet"; }
    sleep 0.5
  done
  fail "Backend nach 120 s nicht bereit"
}
api() { curl -sf "http://127.0.0.1:$PORT$1"; }
