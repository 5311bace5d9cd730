#!/usr/bin/env bash
# Read throughput of the start page's public reads (not a test): the backend against nginx serving the very same
# bytes as static files, measured side by side in one run with wrk. Prints req/s, p99 and the ratio per read, and
# the machine's load beside each row.
#
#   backend/bench/reads.sh [paths-file]        (default: backend/bench/startseite.txt)
#
# Starts a backend on its own data directory (backend/bench/.data/reads, with the flagged example data) on a free
# port, or uses BENCH_BASE_URL if set. nginx and wrk are Debian packages; the script installs them if missing.
# Settings: DURATION (10s), CONNECTIONS (64), THREADS (2), WARMUP (3s).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
BACKEND=$(dirname "$HERE")
JAR=$BACKEND/target/quarkus-app/quarkus-run.jar
PATHS_FILE=${1:-$HERE/startseite.txt}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-3s}
WORK=$(mktemp -d /tmp/dashboard-reads.XXXXXX)
chmod 755 "$WORK"

install_missing() {
  local missing=()
  command -v wrk > /dev/null || missing+=(wrk)
  command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  [ ${#missing[@]} -eq 0 ] && return
  echo "» Installiere ${missing[*]} (Debian) …"
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" > /dev/null
}
install_missing
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2> /dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2> /dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

# --- backend ---------------------------------------------------------------------------------------------------
if [ -n "${BENCH_BASE_URL:-}" ]; then
  BASE=${BENCH_BASE_URL%/}
else
  [ -f "$JAR" ] || (cd "$BACKEND" && ./mvnw -B -q package -DskipTests)
  mkdir -p "$HERE/.data/reads"
  PORT=$(free_port)
  BASE=http://127.0.0.1:$PORT
  PORT=$PORT DASHBOARD_DATA_DIR=$HERE/.data/reads/db DASHBOARD_ADMIN_PASSWORD=Bench-Admin-Passwort-2026 \
    java ${BENCH_JAVA_OPTS:-} -jar "$JAR" > "$HERE/.data/reads/backend.log" 2>&1 &
  PIDS+=($!)
  echo "» Backend startet auf $BASE (Daten in backend/bench/.data/reads) …"
  for _ in $(seq 1 300); do
    curl -sf "$BASE/q/health/ready" > /dev/null 2>&1 && break
    kill -0 "${PIDS[0]}" 2> /dev/null || { tail -40 "$HERE/.data/reads/backend.log"; exit 1; }
    sleep 1
  done
fi

# --- the same bytes as static files ------------------------------------------------------------------------------
# Each answer is saved under its path; the query string becomes the file name, so nginx finds it with try_files.
mapfile -t READS < <(grep -v '^#' "$PATHS_FILE" | sed '/^[[:space:]]*$/d')
for p in "${READS[@]}"; do
  path=${p%%\?*}
  args=""; [[ "$p" == *\?* ]] && args=${p#*\?}
  mkdir -p "$WORK/www$path"
  code=$(curl -s -o "$WORK/www$path/__$args" -w '%{http_code}' "$BASE$p")
  [ "$code" = 200 ] || { echo "$p antwortet $code" >&2; exit 1; }
done
chmod -R a+rX "$WORK/www"

NGINX_PORT=$(free_port)
mkdir -p "$WORK/nginx/logs"
cat > "$WORK/nginx/nginx.conf" << CONF
user root;
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_requests 1000000;
  open_file_cache max=1000 inactive=60s;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    default_type application/json;
    location / { try_files "\$uri/__\$args" =404; }
  }
}
CONF
"$NGINX" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -g 'daemon off;' &
PIDS+=($!)
for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT${READS[0]}" && break; sleep 0.1; done
NGINX_BASE=http://127.0.0.1:$NGINX_PORT

# Both must give the same bytes, else the comparison is unfair.
for p in "${READS[@]}"; do
  cmp -s <(curl -s "$BASE$p") <(curl -s "$NGINX_BASE$p") || { echo "Unterschiedliche Antworten für $p" >&2; exit 1; }
done

# --- measure -------------------------------------------------------------------------------------------------
# wrk's summary: requests/s and the 99th percentile in ms
measure() {
  local out rps p99
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1")
  rps=$(awk '/^Requests\/sec/ {print $2}' <<< "$out")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.1f", v}' <<< "$out")
  local errors; errors=$(awk '/Non-2xx|Socket errors/ {print}' <<< "$out" | tr '\n' ' ')
  [ -n "$errors" ] && echo "  wrk meldet für $1: $errors" >&2
  echo "$rps $p99"
}

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION; $(nproc) Kerne; $(date -u +%Y-%m-%dT%H:%MZ); Backend $BASE; nginx $NGINX_BASE"
printf '| %-72s | %10s | %10s | %6s | %8s | %8s | %5s |\n' "GET" "Backend/s" "nginx/s" "Anteil" "p99 B ms" "p99 N ms" "Last"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..74})" "-----------:" "-----------:" "-------:" "---------:" "---------:" "------:"
worst=""
for p in "${READS[@]}"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE$p" > /dev/null
  read -r b_rps b_p99 < <(measure "$BASE$p")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$NGINX_BASE$p" > /dev/null
  read -r n_rps n_p99 < <(measure "$NGINX_BASE$p")
  ratio=$(awk -v b="$b_rps" -v n="$n_rps" 'BEGIN { printf "%.3f", (n > 0 ? b / n : 0) }')
  load=$(cut -d' ' -f1 /proc/loadavg)
  printf '| %-72s | %10.0f | %10.0f | %6s | %8s | %8s | %5s |\n' "$p" "$b_rps" "$n_rps" "$ratio" "$b_p99" "$n_p99" "$load"
  worst=$(awk -v w="${worst:-9}" -v r="$ratio" 'BEGIN { print (r < w ? r : w) }')
done
echo
echo "Kleinster Anteil Backend/nginx: $worst (Ziel ≥ 0.5); Last (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
