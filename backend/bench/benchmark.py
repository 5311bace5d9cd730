#!/usr/bin/env python3
"""Benchmark of the statistics endpoints and the import at synthetic national scale (not a test).

Run through bench/run.sh, which starts a backend on its own database (bench/.data) and fills it with scale.sql.
Prints per endpoint p50/p95 of uncached HTTP requests beside the raw SQL time of the same queries (psql, same
database), the import's rows/s beside a raw COPY of the same file, and the backend's peak RSS during the import.
Usage: benchmark.py BASE_URL PG_PORT BACKEND_PID ADMIN_PASSWORD [IMPORT_ROWS]
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

BASE, PG_PORT, PID, ADMIN_PW = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
IMPORT_ROWS = int(sys.argv[5]) if len(sys.argv) > 5 else 1_000_000
N = 30
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, ".data")
url = urllib.parse.urlparse(BASE)
PSQL = ["psql", "-h", "localhost", "-p", PG_PORT, "-U", "postgres", "-d", "postgres", "-X", "-q"]
ENV = dict(os.environ, PGPASSWORD="postgres")
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


def main():
    print(f"Daten: {psql('SELECT count(*) FROM kommune').strip()} Kommunen, {psql('SELECT count(*) FROM leistung').strip()} "
          f"Leistungen, {psql('SELECT count(*) FROM umsetzungsstand').strip()} Ist-Zeilen; Last vorher {os.getloadavg()}")
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
    print(f"Last nach den Abfragen: {os.getloadavg()}")
    if os.environ.get("BENCH_SKIP_IMPORT"):
        return

    # --- import: the same file through the API and through a raw COPY ---------------------------------------
    path = os.path.join(DATA, "import.csv")
    kommunen = psql("SELECT ags FROM kommune WHERE name LIKE 'Synthetisch%' ORDER BY ags").split()
    leistungen = psql("SELECT ozg_id FROM leistung ORDER BY ozg_id").split()
    states = ["ONLINE", "IN_UMSETZUNG", "IN_PLANUNG", "NICHT_BEGONNEN"]
    stamp = int(time.time()) % 4
    with open(path, "w", encoding="utf-8") as f:
        f.write("ags;ozg_id;status;reifegrad;url\n")
        n = 0
        for ags in kommunen:
            for ozg in leistungen:
                st = states[(hash((ags, ozg)) + stamp) % 4]
                f.write(f"{ags};{ozg};{st};{'3' if st == 'ONLINE' else ''};"
                        f"{'https://synthetisch.example/i/' + ags + '/' + ozg if st == 'ONLINE' else ''}\n")
                n += 1
                if n >= IMPORT_ROWS:
                    break
            if n >= IMPORT_ROWS:
                break
    size = os.path.getsize(path)
    psql("DROP TABLE IF EXISTS bench_copy; CREATE UNLOGGED TABLE bench_copy (ags text, ozg_id integer, status text, reifegrad smallint, url text)")
    t0 = time.perf_counter()
    subprocess.run(PSQL + ["-c", f"\\copy bench_copy FROM '{path}' (FORMAT csv, HEADER true, DELIMITER ';')"], env=ENV, check=True)
    copy_s = time.perf_counter() - t0
    psql("DROP TABLE bench_copy")

    conn = http.client.HTTPConnection(url.hostname, url.port)
    conn.request("POST", "/api/v1/auth/login", json.dumps({"benutzername": "admin", "passwort": ADMIN_PW}), {"Content-Type": "application/json"})
    r = conn.getresponse()
    if r.status != 200:
        raise SystemExit(f"Anmeldung fehlgeschlagen: {r.status} {r.read()[:200]!r}")
    r.read()
    cookies = [v.split(";")[0] for k, v in r.getheaders() if k.lower() == "set-cookie"]
    csrf = next(c.split("=", 1)[1] for c in cookies if c.startswith("dashboard_csrf"))
    status, _, data = request("POST", "/api/v1/admin/tokens", json.dumps({"name": f"bench-{int(time.time())}", "rolle": "INTEGRATION",
                              "laeuftAb": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 86400))}),
                              {"Content-Type": "application/json", "Cookie": "; ".join(cookies), "X-CSRF-Token": csrf})
    token = json.loads(data)["geheimnis"]
    peak = [rss_kib()]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], rss_kib())
            time.sleep(0.1)

    threading.Thread(target=sample, daemon=True).start()
    t0 = time.perf_counter()
    with open(path, "rb") as body:
        status, headers, data = request("POST", "/api/v1/importe", body, {"Content-Type": "text/csv", "Authorization": f"Bearer {token}",
                                                                          "Content-Length": str(size)})
    if status != 202:
        raise SystemExit(f"Import abgelehnt: {status} {data[:300]!r}")
    job_id = json.loads(data)["id"]
    while True:
        _, _, data = request("GET", f"/api/v1/importe/{job_id}", headers={"Authorization": f"Bearer {token}"})
        job = json.loads(data)
        if job["status"] in ("FERTIG", "FEHLGESCHLAGEN"):
            break
        time.sleep(0.2)
    import_s = time.perf_counter() - t0
    done.set()
    print(f"\nImport von {n} Zeilen ({size / 1e6:.1f} MB): {job['status']}, neu {job['neu']}, geändert {job['geaendert']}, "
          f"unverändert {job['unveraendert']}, Fehler {job['fehler']}")
    print(f"  API-Import: {import_s:.1f} s = {n / import_s:,.0f} Zeilen/s")
    print(f"  roher COPY: {copy_s:.1f} s = {n / copy_s:,.0f} Zeilen/s")
    print(f"  Verhältnis: {copy_s / import_s:.2f} × COPY (Ziel ≥ 0.3)")
    print(f"  Spitzen-RSS des Backends während des Imports: {peak[0] / 1024:.0f} MiB (Ziel ≤ 512)")
    print(f"Last am Ende: {os.getloadavg()}")


main()
