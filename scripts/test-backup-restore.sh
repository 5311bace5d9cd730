#!/usr/bin/env bash
# Test of backup.sh and restore.sh (run by test.sh): a backend on a fresh embedded data directory gets a
# write through the API, is backed up while it runs, and the backup is restored into a second, new data
# directory; a backend started there must find the same row counts in every table, the same public change
# log and the written entry. Also: restore refuses a non-empty database and a damaged file; the second
# backend logs JSON (DASHBOARD_LOG_JSON=true). Exits non-zero on any difference.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/backend/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || (cd "$ROOT/backend" && ./mvnw -B -q -DskipTests package)
T=$(mktemp -d "${TMPDIR:-/tmp}/dashboard-backup-test.XXXXXX")
PW=Sicherung-Test-Passwort-2026
PID=""
fail() { echo "FEHLGESCHLAGEN: $*" >&2; exit 1; }
DATA=""
# SIGTERM; once Quarkus has stopped, the JVM is not waited for: DashboardMain's shutdown hook waits 30 s for
# the main thread before it stops the embedded PostgreSQL, so this stops that PostgreSQL itself (fast
# shutdown) – the data directory is closed cleanly either way.
stop_backend() {
  [ -n "$PID" ] || return 0
  local s=$(date +%s) pg
  kill -TERM "$PID" 2>/dev/null || true
  for _ in $(seq 1 600); do
    kill -0 "$PID" 2>/dev/null || break
    grep -q 'dashboard-backend stopped in' "$LOG" 2>/dev/null && break
    sleep 0.1
  done
  pg=$(sed -n 1p "$DATA/postgres/postmaster.pid" 2>/dev/null || true)
  kill -KILL "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
  if [ -n "$pg" ] && kill -INT "$pg" 2>/dev/null; then
    for _ in $(seq 1 300); do kill -0 "$pg" 2>/dev/null || break; sleep 0.1; done
  fi
  PID=""
  echo "  (Backend beendet in $(( $(date +%s) - s )) s)"
}
trap 'stop_backend; rm -rf "$T"' EXIT
. "$ROOT/scripts/test-backend.sh"
# exact row count of every table of schema public, and the public change log with its history
snapshot() { # $1 data dir, $2 output file
  local port
  port=$(sed -n 4p "$1/postgres/postmaster.pid")
  # the backend's application role and its generated password (owner-only file beside the data)
  export PGUSER=postgres PGPASSWORD=""
  [ -f "$1/postgres.env" ] && export $(grep -E '^(PGUSER|PGPASSWORD)=' "$1/postgres.env" | xargs)
  PATH="$("$ROOT/scripts/pg-client.sh" 17):$PATH" psql -X -tA -h localhost -p "$port" -d postgres -v ON_ERROR_STOP=1 -c "
    SELECT string_agg(format('SELECT %L AS t, count(*) AS n FROM public.%I', tablename, tablename), ' UNION ALL ' ORDER BY tablename)
      FROM pg_tables WHERE schemaname = 'public'" | PATH="$("$ROOT/scripts/pg-client.sh" 17):$PATH" \
    psql -X -tA -h localhost -p "$port" -d postgres -v ON_ERROR_STOP=1 > "$2"
  { api '/api/v1/aenderungen?size=500'; echo; api /api/v1/stand; echo
    api /api/v1/kommunen/05315000/umsetzungsstand/10173; echo; } >> "$2"
}
T0=$(date +%s)

echo "» Backend A auf neuem Datenverzeichnis (Referenzdaten laden) …"
start_backend "$T/a" "$T/a.log"
# a write through the API: Köln reports a service online (admin session, CSRF token)
LOGIN=$(curl -sf -c "$T/cookies" -H 'Content-Type: application/json' \
  -d "{\"benutzername\":\"admin\",\"passwort\":\"$PW\"}" "http://127.0.0.1:$PORT/api/v1/auth/login")
CSRF=$(printf '%s' "$LOGIN" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrfToken"])')
curl -sf -b "$T/cookies" -H "X-CSRF-Token: $CSRF" -H 'Content-Type: application/json' -X PUT \
  -d '{"status":"ONLINE","reifegrad":3,"url":"https://example.org/sicherungstest"}' \
  "http://127.0.0.1:$PORT/api/v1/kommunen/05315000/umsetzungsstand/10173" > /dev/null || fail "Schreiben über die API"
snapshot "$T/a" "$T/before.txt"
grep -q 'sicherungstest' "$T/before.txt" || fail "geschriebener Eintrag nicht lesbar"

echo "» Sicherung im laufenden Betrieb …"
B0=$(date +%s%N)
DUMP=$(DASHBOARD_DATA_DIR="$T/a" "$ROOT/scripts/backup.sh" "$T/backups")
B1=$(date +%s%N)
stop_backend

echo "» Wiederherstellung in ein neues Datenverzeichnis …"
R0=$(date +%s%N)
DASHBOARD_DATA_DIR="$T/b" "$ROOT/scripts/restore.sh" "$DUMP"
R1=$(date +%s%N)
if DASHBOARD_DATA_DIR="$T/b" "$ROOT/scripts/restore.sh" "$DUMP" 2> "$T/refused.txt"; then
  fail "restore.sh spielte in eine nicht leere Datenbank ein"
fi
grep -q 'nicht leer' "$T/refused.txt" || fail "keine klare Meldung: $(cat "$T/refused.txt")"
cp "$DUMP" "$T/damaged.dump" && cp "$DUMP.sha256" "$T/damaged.dump.sha256"
sed -i 's/dashboard-[0-9TZ]*\.dump/damaged.dump/' "$T/damaged.dump.sha256"
printf 'x' | dd of="$T/damaged.dump" bs=1 seek=2000 conv=notrunc status=none
if DASHBOARD_DATA_DIR="$T/c" "$ROOT/scripts/restore.sh" "$T/damaged.dump" 2> "$T/damaged.txt"; then
  fail "restore.sh spielte eine beschädigte Datei ein"
fi
grep -q 'Prüfsumme' "$T/damaged.txt" || fail "keine Prüfsummen-Meldung: $(cat "$T/damaged.txt")"

echo "» Backend B auf den wiederhergestellten Daten (JSON-Logs) …"
start_backend "$T/b" "$T/b.log" DASHBOARD_LOG_JSON=true
snapshot "$T/b" "$T/after.txt"
stop_backend

if ! diff -u "$T/before.txt" "$T/after.txt"; then
  fail "Zählungen oder Änderungsprotokoll nach der Wiederherstellung verschieden"
fi
TABLES=$(grep -c '^[a-z_]*|[0-9]*$' "$T/after.txt")
[ "$TABLES" -ge 40 ] || fail "nur $TABLES Tabellen gezählt"
python3 - "$T/b.log" <<'PY' || fail "Log von B ist kein JSON"
import json, sys
lines = [l for l in open(sys.argv[1]) if l.strip()]
assert lines, "leeres Log"
for l in lines:
    entry = json.loads(l)
    assert "message" in entry and "level" in entry, l
print(f"  {len(lines)} Logzeilen, alle JSON")
PY
ms() { echo "$(( ($2 - $1) / 1000000 )) ms"; }
echo "  Sicherung $(ms "$B0" "$B1"), Wiederherstellung $(ms "$R0" "$R1"), $TABLES Tabellen gleich, Änderungsprotokoll gleich"
echo "Sicherung und Wiederherstellung: 1 passed, 0 failed ($(( $(date +%s) - T0 )) s)"
