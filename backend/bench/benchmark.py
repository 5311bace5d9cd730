#!/usr/bin/env python3
"""Benchmark of the statistics endpoints and the import at synthetic national scale (not a test).

Run through bench/run.sh, which starts a backend on its own database (bench/.data) and fills it with scale.sql.
Prints per endpoint p50/p95 of uncached HTTP requests beside the raw SQL time of the same queries (psql, same
database); then, in rounds, the import's rows/s beside the SQL floor (COPY into a temporary table and one upsert into
the same table, rolled back) and a raw COPY of the same file, the backend's peak RSS and the latency of public reads
during the import, each with the machine's load.
Usage: benchmark.py BASE_URL PG_PORT BACKEND_PID ADMIN_PASSWORD [IMPORT_ROWS]
Environment: BENCH_TEIL=alles|import|boden (default alles), BENCH_RUNDEN (default 2).
"""
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import zlib

BASE, PG_PORT, PID, ADMIN_PW = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
IMPORT_ROWS = int(sys.argv[5]) if len(sys.argv) > 5 else 1_000_000
N = 30
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, ".data")
url = urllib.parse.urlparse(BASE)
PSQL = ["psql", "-h", "localhost", "-p", PG_PORT, "-d", "postgres", "-X", "-q"]
# run.sh exports the embedded server's superuser and its generated password (postgres-superuser.env)
ENV = dict(os.environ, PGUSER=os.environ.get("PGUSER", "postgres"))
I = 3  # reifegradMin = 2 → online_ge[3]

# endpoint → the SQL the service runs for it (same statements, parameters inlined)
ENDPOINTS = [
    ("/api/v1/statistik/uebersicht", [
        f"""SELECT g.kommunen, g.gemeldet, g.soll, g.soll_abgeleitet, g.online_ge[{I}], g.online_ge, g.einwohner_online_ge[{I}],
            g.einwohner_soll, cd.n, cd.strikt, cd.eine, (SELECT max(datum) FROM statistik_tag WHERE ebene = 'LAND'),
            EXISTS (SELECT 1 FROM umsetzungsstand WHERE beispiel)
            FROM (SELECT count(*) AS n, count(*) FILTER (WHERE online_ge[{I}] = zustaendig) AS strikt,
                         count(*) FILTER (WHERE online_ge[{I}] > 0) AS eine FROM leistung_region_kennzahl WHERE ebene = 'LAND') cd
            LEFT JOIN statistik_gebiet g ON g.ebene = 'LAND'"""]),
    ("/api/v1/statistik/themenfelder", [
        f"""SELECT t.id, t.name, count(r.ozg_id), coalesce(sum(r.zustaendig), 0), coalesce(sum(r.online_ge[{I}]), 0),
            count(*) FILTER (WHERE r.online_ge[{I}] = r.zustaendig), count(*) FILTER (WHERE r.online_ge[{I}] > 0)
            FROM themenfeld t LEFT JOIN leistung l ON l.themenfeld_id = t.id
            LEFT JOIN leistung_region_kennzahl r ON r.ebene = 'LAND' AND r.ozg_id = l.ozg_id GROUP BY t.id, t.name ORDER BY t.id""",
        "SELECT 1 FROM umsetzungsstand WHERE beispiel LIMIT 1"]),
    ("/api/v1/statistik/regionen?ebene=kreis&metrik=a", [
        f"""SELECT * FROM (SELECT x.*, g.name, g.regierungsbezirk_id AS rb, g.schluessel AS kr FROM
            (SELECT schluessel AS s, online_ge[{I}] AS z, soll AS n FROM statistik_gebiet WHERE ebene = 'KREIS') x
            JOIN kreis g ON g.schluessel = x.s) y ORDER BY y.s""",
        "SELECT 1 FROM umsetzungsstand WHERE beispiel LIMIT 1"]),
    ("/api/v1/statistik/regionen?ebene=gemeinde&metrik=b", [
        f"""SELECT * FROM (SELECT x.*, g.name, g.regierungsbezirk_id AS rb, g.kreis_schluessel AS kr FROM
            (SELECT schluessel AS s, einwohner_online_ge[{I}] AS z, einwohner_soll AS n FROM statistik_gebiet WHERE ebene = 'GEMEINDE') x
            JOIN kommune g ON g.ags = x.s AND g.ebene = 'GEMEINDE') y ORDER BY y.s""",
        "SELECT 1 FROM umsetzungsstand WHERE beispiel LIMIT 1"]),
    ("/api/v1/statistik/regionen?ebene=regierungsbezirk&metrik=c", [
        f"""SELECT * FROM (SELECT x.*, r.kurzname AS name, r.id AS rb, NULL AS kr FROM
            (SELECT schluessel AS s, count(*) FILTER (WHERE online_ge[{I}] = zustaendig) AS z, count(*) AS n FROM leistung_region_kennzahl
             WHERE ebene = 'REGIERUNGSBEZIRK' GROUP BY schluessel) x JOIN regierungsbezirk r ON r.id = x.s) y ORDER BY y.s""",
        "SELECT 1 FROM umsetzungsstand WHERE beispiel LIMIT 1"]),
    ("/api/v1/statistik/regionen?ebene=land&metrik=d", [
        f"""SELECT * FROM (SELECT x.*, 'Nordrhein-Westfalen' AS name, NULL AS rb, NULL AS kr FROM
            (SELECT schluessel AS s, count(*) FILTER (WHERE online_ge[{I}] > 0) AS z, count(*) AS n FROM leistung_region_kennzahl
             WHERE ebene = 'LAND' GROUP BY schluessel) x) y ORDER BY y.s""", "SELECT 1 FROM umsetzungsstand WHERE beispiel LIMIT 1"]),
    ("/api/v1/statistik/groessenklassen", [
        f"""SELECT gk.code, gk.name, s.kommunen, s.soll, s.online_ge[{I}], s.einwohner_online_ge[{I}], s.einwohner_soll,
            s.quartile[{3 * I - 2}:{3 * I}] FROM groessenklasse gk
            LEFT JOIN statistik_gebiet s ON s.ebene = 'GROESSENKLASSE' AND s.schluessel = gk.code ORDER BY gk.reihenfolge""",
        "SELECT 1 FROM umsetzungsstand WHERE beispiel LIMIT 1"]),
    ("/api/v1/statistik/zeitreihe?ebene=kreis&schluessel=05200&seit=2026-11-01", [
        f"""SELECT datum, soll, online_ge[{I}], einwohner_soll, einwohner_online_ge[{I}], leistungen, strikt_ge[{I}],
            mindestens_eine_ge[{I}], beispiel FROM statistik_tag WHERE ebene = 'KREIS' AND schluessel = '05200'
            AND datum BETWEEN current_date - 90 AND current_date ORDER BY datum""",
        """WITH w AS (SELECT w.kommune_ags, w.ozg_id, k.typ, (array_agg(w.stufe_vorher ORDER BY w.zeitpunkt, w.id))[1] AS vorher,
            (array_agg(w.stufe_nachher ORDER BY w.zeitpunkt DESC, w.id DESC))[1] AS nachher FROM umsetzungsstand_wechsel w
            JOIN kommune k ON k.ags = w.kommune_ags JOIN leistung l ON l.ozg_id = w.ozg_id
            WHERE w.zeitpunkt >= '2026-11-01' AND k.kreis_schluessel = '05200' GROUP BY w.kommune_ags, w.ozg_id, k.typ)
            SELECT count(*) FILTER (WHERE w.vorher < 2 AND w.nachher >= 2), count(*) FILTER (WHERE w.vorher >= 2 AND w.nachher < 2)
            FROM w JOIN zustaendigkeit z ON z.ozg_id = w.ozg_id AND z.kommune_typ = w.typ AND z.zustaendig""",
        "SELECT 1 FROM umsetzungsstand WHERE beispiel LIMIT 1"]),
    ("/api/v1/statistik/basiskomponenten?regierungsbezirk=052&size=50", [
        "SELECT id, name FROM basiskomponente ORDER BY reihenfolge, id",
        """SELECT k.ags, k.name, k.typ FROM kommune k WHERE k.regierungsbezirk_id = '052' ORDER BY k.name, k.ags LIMIT 50""",
        "SELECT count(*) FROM kommune k WHERE k.regierungsbezirk_id = '052'",
        """SELECT a.basiskomponente_id, count(*) FILTER (WHERE a.status = 'ANGESCHLOSSEN'), count(*) FILTER (WHERE a.status = 'GEPLANT')
           FROM basiskomponente_anschluss a JOIN kommune k ON k.ags = a.kommune_ags WHERE k.regierungsbezirk_id = '052'
           GROUP BY a.basiskomponente_id"""]),
    ("/api/v1/leistungen/10173/umsetzungsstand?regierungsbezirk=052&size=50", [
        """SELECT k.ags, k.name, u.status, u.reifegrad FROM kommune k JOIN zustaendigkeit z ON z.kommune_typ = k.typ AND z.ozg_id = 10173
           LEFT JOIN umsetzungsstand u ON u.kommune_ags = k.ags AND u.ozg_id = 10173 WHERE z.zustaendig AND k.regierungsbezirk_id = '052'
           ORDER BY (u.status = 'ONLINE') DESC NULLS LAST, u.reifegrad DESC NULLS LAST, k.name, k.ags LIMIT 50""",
        """SELECT count(*) FROM kommune k JOIN zustaendigkeit z ON z.kommune_typ = k.typ AND z.ozg_id = 10173
           LEFT JOIN umsetzungsstand u ON u.kommune_ags = k.ags AND u.ozg_id = 10173 WHERE z.zustaendig AND k.regierungsbezirk_id = '052'""",
        f"SELECT zustaendig, online_ge[{I}] FROM leistung_region_kennzahl WHERE ebene = 'LAND' AND ozg_id = 10173"]),
    ("/api/v1/kommunen/05200001/umsetzungsstand", [
        """SELECT l.ozg_id, l.name, l.themenfeld_id, t.name, z.zustaendig, z.abgeleitet, u.status, u.reifegrad, u.url, u.online_seit
           FROM leistung l JOIN themenfeld t ON t.id = l.themenfeld_id
           LEFT JOIN zustaendigkeit z ON z.ozg_id = l.ozg_id AND z.kommune_typ = 'KREISANGEHOERIGE_GEMEINDE'
           LEFT JOIN umsetzungsstand u ON u.ozg_id = l.ozg_id AND u.kommune_ags = '05200001'
           WHERE z.zustaendig OR u.ozg_id IS NOT NULL ORDER BY l.themenfeld_id, l.ozg_id"""]),
]


def pct(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p
    f = int(k)
    c = min(f + 1, len(values) - 1)
    return values[f] + (values[c] - values[f]) * (k - f)


NOTIFIER = None


def invalidate():
    """What a write does to the read cache, without writing: the notification every write sends at commit."""
    global NOTIFIER
    if NOTIFIER is None:
        NOTIFIER = subprocess.Popen(PSQL, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=ENV)
    NOTIFIER.stdin.write("SELECT pg_notify('dashboard_daten', '');\n")
    NOTIFIER.stdin.flush()
    time.sleep(0.03)


def http_times(path, cached=False, warmup=False):
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    times = []
    for i in range(20 if warmup else N + 3):
        if not cached:
            invalidate()
        t0 = time.perf_counter()
        conn.request("GET", path, headers={"Cache-Control": "no-cache"})
        r = conn.getresponse()
        body = r.read()
        dt = (time.perf_counter() - t0) * 1000
        if r.status != 200:
            raise SystemExit(f"{path}: HTTP {r.status} {body[:300]!r}")
        if i >= 3:
            times.append(dt)
    conn.close()
    return times


def sql_times(statements):
    script = "\\timing on\n\\o /dev/null\n" + "".join((";\n".join(statements) + ";\n") for _ in range(N + 3))
    out = subprocess.run(PSQL, input=script, capture_output=True, text=True, env=ENV, check=True).stdout
    per = [float(x) for x in re.findall(r"Time: ([0-9.]+) ms", out)]
    n = len(statements)
    sums = [sum(per[i * n:(i + 1) * n]) for i in range(len(per) // n)]
    return sums[3:]


def psql(sql):
    return subprocess.run(PSQL + ["-At", "-c", sql], capture_output=True, text=True, env=ENV, check=True).stdout


def request(method, path, body=None, headers=None):
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=3600)
    conn.request(method, path, body=body, headers=headers or {})
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, dict(r.getheaders()), data


def rss_kib():
    with open(f"/proc/{PID}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def vorbereiten():
    """The same start for every measured write: dead row versions gone, a fresh checkpoint (so both pay the same
    full-page writes)."""
    psql("VACUUM umsetzungsstand")
    psql("CHECKPOINT")


BODEN_SQL = """\\timing on
BEGIN;
CREATE TEMP TABLE boden (ags varchar(8), ozg_id integer, status text, reifegrad smallint, url text) ON COMMIT DROP;
\\copy boden FROM '{datei}' (FORMAT csv, HEADER true, DELIMITER ';')
WITH g AS (
    INSERT INTO umsetzungsstand AS u (kommune_ags, ozg_id, status, reifegrad, reifegradmodell, url, quelle, quelle_name,
                                      aktualisiert_am, version, beispiel)
    SELECT ags, ozg_id, status, reifegrad, '1.1', url, 'IMPORT', 'SQL-Boden', now(), 0, false FROM boden
    ON CONFLICT (kommune_ags, ozg_id) DO UPDATE SET status = EXCLUDED.status, reifegrad = EXCLUDED.reifegrad,
        reifegradmodell = EXCLUDED.reifegradmodell, url = EXCLUDED.url, online_seit = EXCLUDED.online_seit,
        quelle = 'IMPORT', quelle_name = EXCLUDED.quelle_name, aktualisiert_am = now(), version = u.version + 1,
        beispiel = false
    WHERE (u.status, u.reifegrad, u.reifegradmodell, u.url, u.online_seit, u.beispiel)
          IS DISTINCT FROM (EXCLUDED.status, EXCLUDED.reifegrad, EXCLUDED.reifegradmodell, EXCLUDED.url,
                            EXCLUDED.online_seit, false)
    RETURNING u.kommune_ags, (u.xmax = 0) AS neu)
SELECT count(*) FILTER (WHERE neu) || ' neu, ' || count(*) FILTER (WHERE NOT neu) || ' geändert' FROM g;
ROLLBACK;
"""


def boden(datei):
    """The fair floor: the same file COPYed into a temporary table, then one upsert into the same indexed, logged
    table, in one transaction – rolled back, so the import that follows meets the same rows."""
    out = subprocess.run(PSQL + ["-At", "-v", "ON_ERROR_STOP=1"], input=BODEN_SQL.format(datei=datei), capture_output=True, text=True, env=ENV,
                         check=True).stdout
    zeiten = [float(x) / 1000 for x in re.findall(r"Time: ([0-9.]+) ms", out)]
    # BEGIN, CREATE, COPY, upsert, ROLLBACK
    ergebnis = next(line for line in out.splitlines() if "geändert" in line)
    return zeiten[2], zeiten[3], ergebnis


LESEPFADE = ["/api/v1/statistik/uebersicht", "/api/v1/kommunen/05200001/umsetzungsstand",
             "/api/v1/leistungen/10173/umsetzungsstand?regierungsbezirk=052&size=50", "/api/v1/kommunen?size=50",
             "/api/v1/statistik/regionen?ebene=kreis&metrik=a"]


def lesen_waehrend(fertig, zeiten):
    """Reads of the public API while the import runs: the rest of the API must stay answering."""
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
    i = 0
    while not fertig.is_set():
        pfad = LESEPFADE[i % len(LESEPFADE)]
        i += 1
        t0 = time.perf_counter()
        conn.request("GET", pfad, headers={"Cache-Control": "no-cache"})
        r = conn.getresponse()
        r.read()
        if r.status == 200:
            zeiten.append((time.perf_counter() - t0) * 1000)
        else:
            zeiten.append(float("inf"))
        time.sleep(0.05)
    conn.close()


def api_import(datei, token):
    size = os.path.getsize(datei)
    peak = [rss_kib()]
    fertig = threading.Event()
    lesezeiten = []

    def sample():
        while not fertig.is_set():
            peak[0] = max(peak[0], rss_kib())
            time.sleep(0.1)

    threading.Thread(target=sample, daemon=True).start()
    leser = threading.Thread(target=lesen_waehrend, args=(fertig, lesezeiten), daemon=True)
    leser.start()
    t0 = time.perf_counter()
    with open(datei, "rb") as body:
        status, headers, data = request("POST", "/api/v1/importe", body, {"Content-Type": "text/csv",
                                                                       "Authorization": f"Bearer {token}",
                                                                       "Content-Length": str(size)})
    if status != 202:
        raise SystemExit(f"Import abgelehnt: {status} {data[:300]!r}")
    job_id = json.loads(data)["id"]
    while True:
        _, _, data = request("GET", f"/api/v1/importe/{job_id}", headers={"Authorization": f"Bearer {token}"})
        job = json.loads(data)
        if job["status"] in ("FERTIG", "FEHLGESCHLAGEN"):
            break
        time.sleep(0.1)
    dauer = time.perf_counter() - t0
    fertig.set()
    leser.join()
    return dauer, job, peak[0], lesezeiten


def datei_erzeugen(path, kommunen, leistungen, stempel):
    """IMPORT_ROWS rows, Kommune by Kommune; each round draws every status anew (about 3 in 4 rows change)."""
    states = ["ONLINE", "IN_UMSETZUNG", "IN_PLANUNG", "NICHT_BEGONNEN"]
    n = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write("ags;ozg_id;status;reifegrad;url\n")
        for ags in kommunen:
            for ozg in leistungen:
                st = states[zlib.crc32(f"{ags}:{ozg}:{stempel}".encode()) % 4]
                f.write(f"{ags};{ozg};{st};{'3' if st == 'ONLINE' else ''};"
                        f"{'https://synthetisch.example/i/' + ags + '/' + ozg if st == 'ONLINE' else ''}\n")
                n += 1
                if n >= IMPORT_ROWS:
                    return n
    return n


def stempel():
    """A new value per round and run (kept in bench/.data), so no file repeats the state before it."""
    path = os.path.join(DATA, "stempel")
    wert = int(open(path).read()) + 1 if os.path.exists(path) else 1
    with open(path, "w") as f:
        f.write(str(wert))
    return wert


def last():
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def main():
    teil = os.environ.get("BENCH_TEIL", "alles")  # alles | import | boden
    runden = int(os.environ.get("BENCH_RUNDEN", "2"))
    groesse = psql("SELECT pg_size_pretty(pg_relation_size('umsetzungsstand'))").strip()
    optionen = psql("SELECT coalesce(array_to_string(reloptions, ','), 'fillfactor=100') FROM pg_class "
                    "WHERE relname = 'umsetzungsstand'").strip()
    print(f"Daten: {psql('SELECT count(*) FROM kommune').strip()} Kommunen, {psql('SELECT count(*) FROM leistung').strip()} "
          f"Leistungen, {psql('SELECT count(*) FROM umsetzungsstand').strip()} Ist-Zeilen ({groesse}, {optionen}); "
          f"Last vorher {last()}")
    if teil == "alles":
        print("\nJede Messung ist der erste Lesezugriff nach einer Änderungsmeldung (ungecacht); SQL: dieselben Abfragen in psql.")
        print(f"\n{'Endpunkt':72} {'HTTP p50':>9} {'p95':>7} {'SQL p50':>8} {'p95':>7} {'Ziel p95':>9} {'':>4} {'Last':>5}")
        # a server in service is warm: every read a few dozen times (uncached) before measuring
        for path, _ in ENDPOINTS:
            http_times(path, warmup=True)
        met = 0
        for path, statements in ENDPOINTS:
            h = http_times(path)
            s = sql_times(statements)
            goal = min(1.2 * pct(s, .95) + 3, 50)
            ok = pct(h, .95) <= goal
            met += ok
            print(f"{path:72} {pct(h, .5):8.1f}ms {pct(h, .95):6.1f}ms {pct(s, .5):7.1f}ms {pct(s, .95):6.1f}ms "
                  f"{goal:8.1f}ms {'ok' if ok else 'nein':>4} {os.getloadavg()[0]:5.1f}")
        print(f"Im Ziel (p95 ≤ 1,2 × SQL-p95 + 3 ms und ≤ 50 ms): {met} von {len(ENDPOINTS)}")
        print(f"Last nach den Abfragen: {last()}")
    if os.environ.get("BENCH_SKIP_IMPORT"):
        return

    # --- import: the same file through the API, through the SQL floor and through a raw COPY ---------------------
    kommunen = psql("SELECT ags FROM kommune WHERE name LIKE 'Synthetisch%' ORDER BY ags").split()
    leistungen = psql("SELECT ozg_id FROM leistung ORDER BY ozg_id").split()
    token = None
    if teil != "boden":
        conn = http.client.HTTPConnection(url.hostname, url.port)
        conn.request("POST", "/api/v1/auth/login", json.dumps({"benutzername": "admin", "passwort": ADMIN_PW}),
                     {"Content-Type": "application/json"})
        r = conn.getresponse()
        if r.status != 200:
            raise SystemExit(f"Anmeldung fehlgeschlagen: {r.status} {r.read()[:200]!r}")
        r.read()
        cookies = [v.split(";")[0] for k, v in r.getheaders() if k.lower() == "set-cookie"]
        csrf = next(c.split("=", 1)[1] for c in cookies if c.startswith("dashboard_csrf"))
        _, _, data = request("POST", "/api/v1/admin/tokens", json.dumps({"name": f"bench-{int(time.time())}", "rolle": "INTEGRATION",
                             "laeuftAb": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 86400))}),
                             {"Content-Type": "application/json", "Cookie": "; ".join(cookies), "X-CSRF-Token": csrf})
        token = json.loads(data)["geheimnis"]

    print(f"\nImport von {IMPORT_ROWS} Zeilen in die Tabelle mit allen Zeilen und Indizes; je Runde erst der SQL-Boden "
          f"(zurückgerollt), dann der API-Import derselben Datei; vor jedem VACUUM und CHECKPOINT.")
    summe = {"boden": 0.0, "api": 0.0, "zeilen": 0}
    for runde in range(1, runden + 1):
        path = os.path.join(DATA, f"import-{runde}.csv")
        n = datei_erzeugen(path, kommunen, leistungen, stempel())
        size = os.path.getsize(path)
        if runde == 1:
            psql("DROP TABLE IF EXISTS bench_copy; CREATE UNLOGGED TABLE bench_copy (ags text, ozg_id integer, status text, "
                 "reifegrad smallint, url text)")
            t0 = time.perf_counter()
            subprocess.run(PSQL + ["-c", f"\\copy bench_copy FROM '{path}' (FORMAT csv, HEADER true, DELIMITER ';')"],
                           env=ENV, check=True)
            copy_s = time.perf_counter() - t0
            psql("DROP TABLE bench_copy")
            print(f"  roher COPY in eine leere, ungeloggte Tabelle ohne Index: {copy_s:.1f} s = {n / copy_s:,.0f} Zeilen/s")
        vorbereiten()
        l0 = last()
        copy_b, upsert_b, ergebnis = boden(path)
        boden_s = copy_b + upsert_b
        print(f"\nRunde {runde}: {n} Zeilen ({size / 1e6:.1f} MB)")
        print(f"  SQL-Boden:  {boden_s:5.1f} s = {n / boden_s:9,.0f} Zeilen/s (COPY {copy_b:.1f} s, Upsert {upsert_b:.1f} s: "
              f"{ergebnis}); Last {l0} → {last()}")
        if teil == "boden":
            continue
        vorbereiten()
        l0 = last()
        dauer, job, peak, lese = api_import(path, token)
        print(f"  API-Import: {dauer:5.1f} s = {n / dauer:9,.0f} Zeilen/s ({job['status']}: neu {job['neu']}, geändert "
              f"{job['geaendert']}, unverändert {job['unveraendert']}, Fehler {job['fehler']}); Last {l0} → {last()}")
        print(f"  Verhältnis: {boden_s / dauer:.2f} × SQL-Boden (Ziel ≥ 0,8), {copy_s / dauer:.3f} × roher COPY")
        ok = [x for x in lese if x != float("inf")]
        print(f"  Spitzen-RSS {peak / 1024:.0f} MiB (Ziel ≤ 512); Lesen während des Imports: {len(lese)} Anfragen, "
              f"{len(lese) - len(ok)} Fehler, p50 {pct(ok, .5):.0f} ms, p95 {pct(ok, .95):.0f} ms, max {max(ok):.0f} ms")
        summe["boden"] += boden_s
        summe["api"] += dauer
        summe["zeilen"] += n
    if teil != "boden" and runden > 1:
        print(f"\nZusammen: SQL-Boden {summe['zeilen'] / summe['boden']:,.0f} Zeilen/s, API-Import "
              f"{summe['zeilen'] / summe['api']:,.0f} Zeilen/s = {summe['boden'] / summe['api']:.2f} × SQL-Boden")
    print(f"Last am Ende: {last()}")


main()
