#!/usr/bin/env python3
"""Driver of read-replica.sh (not a test): one backend, a primary and a streaming standby. Prints what it checks.

1. Statistics computed afresh (distinct URIs, so none comes from the read cache) are read on the standby.
2. Each of WRITES writes (PUT of a new Umsetzungsstand) is visible to the very next read of the Kommune's
   Umsetzungsstand (a replica read): counted stale answers, and where the reads went.
3. Standby paused (pg_wal_replay_pause): writes still visible at once, the reads go to the primary, the standby
   really lacks the rows.
4. Standby stopped: reads answer 200 from the primary, readiness stays UP.
"""
import argparse
import http.client
import json
import os
import signal
import subprocess
import time
import urllib.parse

ap = argparse.ArgumentParser()
ap.add_argument("--base")
ap.add_argument("--password")
ap.add_argument("--primary-port")
ap.add_argument("--standby-port")
ap.add_argument("--standby-data")
ap.add_argument("--writes", type=int, default=30)
args = ap.parse_args()
RUN = str(int(time.time()))
U = urllib.parse.urlparse(args.base)
FAILED = []


def request(method, path, body=None, headers=None):
    c = http.client.HTTPConnection(U.hostname, U.port, timeout=60)
    try:
        c.request(method, path, body, headers or {})
        r = c.getresponse()
        return r.status, r.getheaders(), r.read()
    finally:
        c.close()


def psql(port, sql):
    return subprocess.run(["psql", "-X", "-tA", "-p", port, "-d", "dashboard", "-c", sql], check=True,
                          capture_output=True, text=True).stdout.strip()


def counts():
    _, _, data = request("GET", "/q/metrics")
    out = {"replikat": 0.0, "nachlaufend": 0.0, "fehler": 0.0}
    for line in data.decode().splitlines():
        if line.startswith("dashboard_read_replica_total{"):
            for k in out:
                if f'ergebnis="{k}"' in line:
                    out[k] = float(line.rsplit(" ", 1)[1])
    return out


def delta(before):
    after = counts()
    return {k: int(after[k] - before[k]) for k in after}


def check(ok, text):
    print(("  ok    " if ok else "  FEHLT ") + text)
    if not ok:
        FAILED.append(text)


st, headers, data = request("POST", "/api/v1/auth/login",
                            json.dumps({"benutzername": "admin", "passwort": args.password}),
                            {"Content-Type": "application/json"})
if st != 200:
    raise SystemExit(f"Anmeldung: {st} {data[:200]}")
AUTH = {"Cookie": "; ".join(v.split(";")[0] for k, v in headers if k.lower() == "set-cookie"),
        "X-CSRF-Token": json.loads(data)["csrfToken"]}
kommunen = [k["ags"] for k in json.loads(request("GET", "/api/v1/kommunen?size=500")[2])["items"]]
leistungen = [l["ozgId"] for l in json.loads(request("GET", "/api/v1/leistungen?size=500")[2])["items"]]
pairs = iter([(k, l) for l in leistungen for k in kommunen])

print("Lesereplikat: ein Backend, Primärserver und Streaming-Standby")

# --- 1. statistics on the standby ------------------------------------------------------------------------------------
before = counts()
uris = [f"/api/v1/statistik/regionen?ebene={e}&metrik={m}&reifegradMin={r}"
        for e in ("land", "regierungsbezirk", "kreis", "gemeinde") for m in "abcd" for r in range(8)]
t = time.perf_counter()
statuses = [request("GET", u)[0] for u in uris]
ms = (time.perf_counter() - t) * 1000 / len(uris)
d = delta(before)
check(all(s == 200 for s in statuses), f"{len(uris)} Statistiken neu berechnet: alle 200, im Mittel {ms:.1f} ms")
check(d["replikat"] > 0, f"davon vom Standby gelesen: {d['replikat']}, vom Primärserver (nachlaufend/Fehler): "
                         f"{d['nachlaufend']}/{d['fehler']}")


# --- 2. each write visible to the very next read ---------------------------------------------------------------------
def write_then_read(tag):
    ags, ozg = next(pairs)
    url = f"https://example.org/lesereplikat/{RUN}/{tag}/{ozg}"
    st, _, body = request("PUT", f"/api/v1/kommunen/{ags}/umsetzungsstand/{ozg}",
                          json.dumps({"status": "IN_UMSETZUNG", "url": url}),
                          {"Content-Type": "application/json", "If-None-Match": "*", **AUTH})
    if st not in (200, 201):
        raise SystemExit(f"PUT {ags}/{ozg}: {st} {body[:300]}")
    st, _, body = request("GET", f"/api/v1/kommunen/{ags}/umsetzungsstand")
    eintrag = next((e for e in json.loads(body)["leistungen"] if e["ozgId"] == ozg), None) if st == 200 else None
    return st, eintrag is not None and eintrag.get("url") == url, ags, ozg


def writes(n, tag):
    before = counts()
    results = [write_then_read(f"{tag}{i}") for i in range(n)]
    return results, delta(before)


results, d = writes(args.writes, "w")
stale = sum(1 for st, fresh, _, _ in results if not fresh)
check(all(st == 200 for st, _, _, _ in results) and stale == 0,
      f"{args.writes} Schreibzugriffe, je gleich danach gelesen: {stale} veraltet; gelesen vom Standby "
      f"{d['replikat']}, vom Primärserver, weil der Standby noch nachlief, {d['nachlaufend']}, Fehler {d['fehler']}")

# --- 3. standby paused -----------------------------------------------------------------------------------------------
for _ in range(100):  # caught up first, so the pause is what makes it lag
    if psql(args.standby_port, "SELECT count(*) FROM umsetzungsstand") == psql(
            args.primary_port, "SELECT count(*) FROM umsetzungsstand"):
        break
    time.sleep(0.1)
psql(args.standby_port, "SELECT pg_wal_replay_pause()")
results, d = writes(5, "p")
stale = sum(1 for st, fresh, _, _ in results if not fresh)
on_standby = psql(args.standby_port, "SELECT count(*) FROM umsetzungsstand WHERE url LIKE "
                                     f"'https://example.org/lesereplikat/{RUN}/p%'")
check(stale == 0 and d["replikat"] == 0 and d["nachlaufend"] == 5,
      f"Standby angehalten, 5 Schreibzugriffe: {stale} veraltet, {d['nachlaufend']} vom Primärserver, "
      f"{d['replikat']} vom Standby; der Standby hat davon {on_standby}")
check(on_standby == "0", "der Standby lag wirklich zurück")
psql(args.standby_port, "SELECT pg_wal_replay_resume()")
time.sleep(1)
before = counts()
request("GET", f"/api/v1/kommunen/{kommunen[0]}/umsetzungsstand?reifegradMin=5")
check(delta(before)["replikat"] == 1, "nach dem Fortsetzen liest der Standby wieder")

# --- 4. standby stopped ----------------------------------------------------------------------------------------------
with open(os.path.join(args.standby_data, "postmaster.pid")) as f:
    pid = int(f.readline())
os.kill(pid, signal.SIGINT)
for _ in range(300):
    try:
        os.kill(pid, 0)
        time.sleep(0.1)
    except ProcessLookupError:
        break
t = time.perf_counter()
results, d = writes(5, "s")
ms = (time.perf_counter() - t) * 1000 / 5
stale = sum(1 for st, fresh, _, _ in results if not fresh)
check(all(st == 200 for st, _, _, _ in results) and stale == 0 and d["replikat"] == 0,
      f"Standby beendet, 5 Schreib- und Lesezugriffe: alle 200, {stale} veraltet, Fehlversuche am Standby "
      f"{d['fehler']} (danach 5 s Pause), im Mittel {ms:.0f} ms je Paar")
check(request("GET", "/q/health/ready")[0] == 200, "Readiness bleibt UP")

if FAILED:
    raise SystemExit(f"{len(FAILED)} Prüfungen fehlgeschlagen")
