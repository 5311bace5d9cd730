#!/usr/bin/env bash
# Restores a backup of backup.sh into the dashboard's database, in one transaction (all or nothing).
#   scripts/restore.sh [--force] FILE.dump
# The target must be empty (no tables of its own); --force first drops everything in schema public.
# Target: the backend's QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD (the database must exist), else the
# embedded one in DASHBOARD_DATA_DIR (default .data), created if the directory is new. Stop the backend
# first; after the restore it starts on the restored data (Flyway finds its history and migrates only what
# is newer than the backup).
set -euo pipefail
source "$(dirname "$0")/pg-common.sh"
trap pg_cleanup EXIT

FORCE=0
[ "${1:-}" = --force ] && { FORCE=1; shift; }
FILE=${1:-}
[ -n "$FILE" ] && [ -f "$FILE" ] || die "Aufruf: scripts/restore.sh [--force] DATEI.dump"
if [ -f "$FILE.sha256" ]; then
  (cd "$(dirname "$FILE")" && sha256sum --status -c "$(basename "$FILE").sha256") \
    || die "Prüfsumme von $FILE stimmt nicht: Datei beschädigt oder verändert."
else
  log "Keine Prüfsumme $FILE.sha256 – die Datei wird ungeprüft eingespielt."
fi

pg_connect create
pg_restore -l "$FILE" >/dev/null || die "$FILE ist keine Sicherung im Format von pg_dump -Fc."

TABLES=$(psql -X -tA -v ON_ERROR_STOP=1 -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r','p','v','m','S') AND n.nspname NOT IN ('pg_catalog','information_schema') AND n.nspname NOT LIKE 'pg_toast%'")
if [ "$TABLES" != 0 ]; then
  [ "$FORCE" = 1 ] || die "$PG_TARGET ist nicht leer ($TABLES Tabellen, Sichten, Sequenzen). Mit --force wird alles im Schema public gelöscht und ersetzt."
  log "--force: leere das Schema public von $PG_TARGET"
fi

log "Spiele $FILE in $PG_TARGET ein ($("$PG_BIN/pg_restore" --version))"
START=$(date +%s%N)
# one transaction: with --force the old schema goes only if the restore succeeds
{
  if [ "$FORCE" = 1 ]; then
    echo "SET client_min_messages = warning; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;"
  fi
  # objects belong to the restoring role, so a backup of the embedded server (owner postgres) restores into
  # an external database owned by the dashboard's role and back
  pg_restore --no-owner --no-privileges -f - "$FILE"
} | psql -X -q -v ON_ERROR_STOP=1 --single-transaction -o /dev/null
psql -X -q -c ANALYZE
MS=$(( ($(date +%s%N) - START) / 1000000 ))
log "Fertig in $((MS / 1000)).$(printf '%03d' $((MS % 1000))) s: $(psql -X -tA -c "SELECT count(*) FROM flyway_schema_history WHERE success") Migrationen, $(psql -X -tA -c 'SELECT count(*) FROM aenderung') Einträge im Änderungsprotokoll."
