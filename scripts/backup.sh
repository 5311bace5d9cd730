#!/usr/bin/env bash
# Backs up the dashboard's database: pg_dump in custom format (-Fc: compressed, restorable selectively and
# into a newer server), one consistent snapshot while the backend keeps running, plus a SHA-256 file.
#   scripts/backup.sh [DIR]            → DIR/dashboard-YYYYMMDDTHHMMSSZ.dump and .dump.sha256 (DIR: backups/)
# Which database: the backend's QUARKUS_DATASOURCE_JDBC_URL/_USERNAME/_PASSWORD, else the embedded one in
# DASHBOARD_DATA_DIR (default .data), running or not (details: scripts/pg-common.sh). Restore: restore.sh.
set -euo pipefail
source "$(dirname "$0")/pg-common.sh"
trap pg_cleanup EXIT

OUT=${1:-${BACKUP_DIR:-backups}}
mkdir -p "$OUT"
pg_connect
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
FILE=$OUT/dashboard-$STAMP.dump
log "Sichere $PG_TARGET nach $FILE ($("$PG_BIN/pg_dump" --version))"
START=$(date +%s%N)
# owner only: the dump holds the accounts' password hashes and the API tokens' hashes
(umask 077 && pg_dump -Fc --no-password -f "$FILE.partial")
mv "$FILE.partial" "$FILE"
(cd "$OUT" && umask 077 && sha256sum "$(basename "$FILE")" > "$(basename "$FILE").sha256")
MS=$(( ($(date +%s%N) - START) / 1000000 ))
log "Fertig in $((MS / 1000)).$(printf '%03d' $((MS % 1000))) s: $FILE ($(du -h "$FILE" | cut -f1))"
echo "$FILE"
