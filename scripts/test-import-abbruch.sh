#!/usr/bin/env bash
# Test of an import cut off by a dying backend (run by test.sh): a backend on a fresh embedded data directory
# accepts a large all-or-nothing import and is killed with SIGKILL while the import writes. The next start on the
# same data directory must succeed on the first try (the orphaned PostgreSQL is cleaned up), mark the job
# FEHLGESCHLAGEN with a clear message, and show nothing of the import: no Umsetzungsstand row, no change-log entry,
# unchanged figures. The same file imported again then completes. Exits non-zero on any difference.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/backend/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || (cd "$ROOT/backend" && ./mvnw -B -q -DskipTests package)
T=$(mktemp -d "${TMPDIR:-/tmp}/dashboard-import-abbruch.XXXXXX")
PW=Abbruch-Test-Passwort-2026
PID=""
fail() { echo "FEHLGESCHLAGEN: $*" >&2; exit 1; }
DATA=$T/data
LOG=""
postmaster() { sed -n 1p "$DATA/postgres/postmaster.pid" 2> /dev/null || true; }
stop_all() {
  local pg
  pg=$(postmaster)
  [ -n "$PID" ] && kill -KILL "$PID" 2> /dev/null && wait "$PID" 2> /dev/null || true
  if [ -n "$pg" ] && kill -INT "$pg" 2> /dev/null; then
    for _ in $(seq 1 300); do kill -0 "$pg" 2> /dev/null || break; sleep 0.1; done
  fi
  PID=""
}
trap 'stop_all; rm -rf "$T"' EXIT
. "$ROOT/scripts/test-backend.sh"
anmelden() {
  local login
  login=$(curl -sf -c "$T/cookies" -H 'Content-Type: application/json' \
    -d "{\"benutzername\":\"admin\",\"passwort\":\"$PW\"}" "http://127.0.0.1:$PORT/api/v1/auth/login")
  CSRF=$(printf '%s' "$login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["csrfToken"])')
}
importieren() { # prints the job's id
  curl -sf -b "$T/cookies" -H "X-CSRF-Token: $CSRF" -H 'Content-Type: text/csv' --data-binary "@$T/import.csv" \
    "http://127.0.0.1:$PORT/api/v1/importe" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])'
}
feld() { # $1 job id, $2 field
  curl -sf -b "$T/cookies" "http://127.0.0.1:$PORT/api/v1/importe/$1" | python3 -c "import json,sys; print(json.load(sys.stdin).get('$2'))"
}
# what an import changes: the Umsetzungsstand, the change log and the figures
zustand() {
  {
    api '/api/v1/aenderungen?size=1' | python3 -c 'import json,sys; print("aenderungen", json.load(sys.stdin)["total"])'
    api '/api/v1/kennzahlen' | python3 -c 'import json,sys; d=json.load(sys.stdin); d.pop("stand", None); print("kennzahlen", json.dumps(d, sort_keys=True))'
    api '/api/v1/statistik/uebersicht' | python3 -c 'import json,sys; d=json.load(sys.stdin); [d.pop(k, None) for k in ("stand","berechnetAm")]; print("uebersicht", json.dumps(d, sort_keys=True))'
    api '/api/v1/kommunen/05315000/umsetzungsstand' | python3 -c 'import json,sys; d=json.load(sys.stdin); print("koeln", d["online"]); print("koeln-status", json.dumps(d["statusVerteilung"], sort_keys=True))'
  }
}
T0=$(date +%s)

echo "» Backend auf neuem Datenverzeichnis (ohne Beispieldaten) …"
start_backend "$DATA" "$T/a.log"
anmelden
# every Kommune × every Leistung of the catalogue as ONLINE with Reifegrad 3: ~245 000 valid rows
python3 - "$T" "http://127.0.0.1:$PORT" <<'PY'
import json, sys, urllib.request
t, base = sys.argv[1], sys.argv[2]
def alle(pfad, feld):
    werte, seite = [], 0
    while True:
        with urllib.request.urlopen(f"{base}{pfad}?size=500&page={seite}") as r:
            d = json.load(r)
        werte += [x[feld] for x in d["items"]]
        seite += 1
        if seite * 500 >= d["total"]:
            return werte
ags = alle("/api/v1/kommunen", "ags")
ozg = alle("/api/v1/leistungen", "ozgId")
with open(f"{t}/import.csv", "w") as f:
    f.write("ags;ozg_id;status;reifegrad\n")
    for a in ags:
        for o in ozg:
            f.write(f"{a};{o};ONLINE;3\n")
print(f"  Importdatei: {len(ags)} Kommunen × {len(ozg)} Leistungen = {len(ags) * len(ozg)} Zeilen")
PY
zustand > "$T/vorher.txt"
grep -q '^koeln 0$' "$T/vorher.txt" || fail "Köln hat schon Einträge: $(cat "$T/vorher.txt")"

echo "» Import senden und das Backend mitten im Schreiben töten …"
JOB=$(importieren)
# one process polls every 10 ms and kills at the first sight of SCHREIBEN (the write transaction is open)
GESEHEN=$(python3 - "http://127.0.0.1:$PORT/api/v1/importe/$JOB" "$T/cookies" "$PID" <<'PY'
import json, os, signal, sys, time, urllib.request
url, cookies, pid = sys.argv[1], sys.argv[2], int(sys.argv[3])
# curl's cookie file: tab-separated, name and value last; HttpOnly cookies are prefixed "#HttpOnly_"
felder = [l.rstrip("\n").split("\t") for l in open(cookies) if l.count("\t") >= 6]
cookie = "; ".join(f"{f[5]}={f[6]}" for f in felder)
ende = time.time() + 120
while time.time() < ende:
    job = json.load(urllib.request.urlopen(urllib.request.Request(url, headers={"Cookie": cookie})))
    if job["status"] == "SCHREIBEN":
        os.kill(pid, signal.SIGKILL)
        print(job["fortschritt"])
        sys.exit(0)
    if job["status"] in ("FERTIG", "FEHLGESCHLAGEN"):
        sys.exit(f"Import endete ({job['status']}), bevor er getötet werden konnte")
    time.sleep(0.01)
sys.exit("Import kam nicht in den Status SCHREIBEN")
PY
) || fail "kein Abbruch im Schreiben"
PG=$(postmaster)
wait "$PID" 2> /dev/null || true
PID=""
echo "  getötet bei Fortschritt ${GESEHEN} % (PostgreSQL $PG bleibt verwaist zurück: $(kill -0 "$PG" 2> /dev/null && echo läuft || echo beendet))"

echo "» Neustart auf demselben Datenverzeichnis …"
start_backend "$DATA" "$T/b.log"
anmelden
STATUS=$(feld "$JOB" status)
MELDUNG=$(feld "$JOB" meldung)
[ "$STATUS" = FEHLGESCHLAGEN ] || fail "Auftrag nach dem Neustart: $STATUS (erwartet FEHLGESCHLAGEN; war er schon fertig, als getötet wurde?)"
case "$MELDUNG" in *Abgebrochen*) ;; *) fail "keine klare Meldung: $MELDUNG" ;; esac
zustand > "$T/nachher.txt"
diff -u "$T/vorher.txt" "$T/nachher.txt" || fail "der abgebrochene Import hat etwas hinterlassen"

echo "» Dieselbe Datei erneut …"
JOB2=$(importieren)
for _ in $(seq 1 2400); do
  STATUS=$(feld "$JOB2" status)
  [ "$STATUS" = FERTIG ] || [ "$STATUS" = FEHLGESCHLAGEN ] && break
  sleep 0.1
done
[ "$STATUS" = FERTIG ] || fail "zweiter Import: $STATUS – $(feld "$JOB2" meldung)"
zustand > "$T/danach.txt"
KOELN=$(sed -n 's/^koeln //p' "$T/danach.txt")
[ "$KOELN" -gt 0 ] || fail "zweiter Import hat Köln nichts geschrieben"
cmp -s "$T/vorher.txt" "$T/danach.txt" && fail "zweiter Import hat nichts verändert"
stop_all
echo "  Auftrag $JOB fehlgeschlagen mit: $MELDUNG"
echo "  nichts geschrieben; erneuter Import fertig (Köln: $KOELN Leistungen online)"
echo "Import-Abbruch: 1 passed, 0 failed ($(( $(date +%s) - T0 )) s)"
