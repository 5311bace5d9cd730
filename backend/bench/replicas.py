#!/usr/bin/env python3
"""Driver of replicas.sh (not a test): two backends A and B on one PostgreSQL, nginx in front. Prints what it checks.

1. Sign in through A, write through B with A's session and CSRF token (sessions are in the database).
2. A's cached public read shows B's write (the change notification reaches A's read cache).
3. Two Tagesstand runs at once (one through A, one through B), and a small import through nginx: run once.
4. Bounded load through nginx (readers and writers); B gets a large import, and is killed (-9) while that import
   runs. Then: failures by status (those in flight on B apart), acknowledged writes missing from the database, seconds
   until the survivor carries the load, and how long until A fails B's orphaned import.
5. The scheduled Tagesstand (every 10 s on both instances here): how many runs wrote a day.
"""
import argparse
import collections
import http.client
import json
import os
import re
import signal
import subprocess
import threading
import time
import urllib.parse

ap = argparse.ArgumentParser()
ap.add_argument("--nginx")
ap.add_argument("--a")
ap.add_argument("--b")
ap.add_argument("--password")
ap.add_argument("--victim-pid", type=int)
ap.add_argument("--victim-addr")
ap.add_argument("--logs", nargs=2)
ap.add_argument("--seconds", type=float, default=40)
ap.add_argument("--writers", type=int, default=6)
ap.add_argument("--readers", type=int, default=6)
args = ap.parse_args()
RUN = str(int(time.time()))


def request(base, method, path, body=None, headers=None, timeout=60):
    u = urllib.parse.urlparse(base)
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=timeout)
    try:
        c.request(method, path, body, headers or {})
        r = c.getresponse()
        data = r.read()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), data
    finally:
        c.close()


def psql(sql):
    return subprocess.run(["psql", "-X", "-tA", "-c", sql], check=True, capture_output=True, text=True).stdout.strip()


def metric(base, name):
    """Sum of a Prometheus counter on one instance (all its tag combinations)."""
    _, _, data = request(base, "GET", "/q/metrics")
    total = 0.0
    for line in data.decode().splitlines():
        if line.startswith(name + "{") or line.startswith(name + " "):
            total += float(line.rsplit(" ", 1)[1])
    return total


def check(ok, text):
    print(("  ok    " if ok else "  FEHLT ") + text)
    return ok


# --- 1. sign in through A, write through B ----------------------------------------------------------------------------
u = urllib.parse.urlparse(args.a)
c = http.client.HTTPConnection(u.hostname, u.port)
c.request("POST", "/api/v1/auth/login", json.dumps({"benutzername": "admin", "passwort": args.password}),
          {"Content-Type": "application/json"})
r = c.getresponse()
login = json.loads(r.read())
if r.status != 200:
    raise SystemExit(f"Anmeldung über A: {r.status} {login}")
# every Set-Cookie header (a dict of the headers would keep only one)
cookie = "; ".join(v.split(";")[0] for k, v in r.getheaders() if k.lower() == "set-cookie")
csrf = login["csrfToken"]
AUTH = {"Cookie": cookie, "X-CSRF-Token": csrf}

_, _, data = request(args.a, "GET", "/api/v1/kommunen?size=500")
kommunen = [k["ags"] for k in json.loads(data)["items"]]
_, _, data = request(args.a, "GET", "/api/v1/leistungen?size=500")
leistungen = [l["ozgId"] for l in json.loads(data)["items"]]
half = len(kommunen) // 2
import_kommunen, write_kommunen = kommunen[:half], kommunen[half:]
pairs = iter([(k, l) for l in leistungen for k in write_kommunen])


def put(base, ags, ozg, url):
    return request(base, "PUT", f"/api/v1/kommunen/{ags}/umsetzungsstand/{ozg}",
                   json.dumps({"status": "IN_UMSETZUNG", "url": url}),
                   {"Content-Type": "application/json", "If-None-Match": "*", **AUTH})


print("Replikate: A und B auf einem PostgreSQL, nginx davor")
ags0, ozg0 = next(pairs)
st, _, _ = put(args.b, ags0, ozg0, f"https://example.org/replicas/{RUN}/erst")
check(st in (200, 201), f"angemeldet über A, geschrieben über B: {st}")

# --- 2. A's read cache and B's write ----------------------------------------------------------------------------------
path = f"/api/v1/kommunen/{ags0}/umsetzungsstand?size=500"
request(args.a, "GET", path)
hits_before = metric(args.a, "dashboard_read_cache_requests_total")
request(args.a, "GET", path)
ags1, ozg1 = ags0, next(p for p in pairs if p[0] == ags0)[1]
t = time.perf_counter()
st, _, _ = put(args.b, ags1, ozg1, f"https://example.org/replicas/{RUN}/cache")
seen = None
while time.perf_counter() - t < 5:
    _, _, data = request(args.a, "GET", path)
    if f"/replicas/{RUN}/cache" in data.decode():
        seen = time.perf_counter() - t
        break
    time.sleep(0.02)
check(seen is not None, "A liest B's Schreiben (Lesecache über LISTEN/NOTIFY ungültig): "
      + (f"nach {seen * 1000:.0f} ms" if seen is not None else "nicht innerhalb 5 s"))

# --- 3. two Tagesstand runs at once, one small import -------------------------------------------------------------------
results = []
threads = [threading.Thread(target=lambda b=b: results.append(
    request(b, "POST", "/api/v1/statistik/tagesstand", "", AUTH)[0])) for b in (args.a, args.b)]
for th in threads:
    th.start()
for th in threads:
    th.join()
doppelt = int(psql("SELECT count(*) FROM (SELECT 1 FROM statistik_tag GROUP BY datum, ebene, schluessel "
                   "HAVING count(*) > 1) d"))
check(sorted(results) == [200, 200] and doppelt == 0,
      f"zwei Tagesstand-Läufe zugleich (A und B): {results}, doppelte Zeilen {doppelt}")

runs_before = metric(args.a, "dashboard_import_runs_started_total") + metric(args.b, "dashboard_import_runs_started_total")
st, _, data = request(args.nginx, "POST", "/api/v1/importe",
                      f"ags;ozg_id;status\n{import_kommunen[0]};{leistungen[0]};IN_PLANUNG\n",
                      {"Content-Type": "text/csv; charset=UTF-8", **AUTH})
job = json.loads(data)
while job["status"] in ("WARTEND", "PRUEFUNG", "SCHREIBEN"):
    time.sleep(0.2)
    job = json.loads(request(args.nginx, "GET", f"/api/v1/importe/{job['id']}", None, AUTH)[2])
runs = metric(args.a, "dashboard_import_runs_started_total") + metric(args.b, "dashboard_import_runs_started_total")
dup_import = int(runs - runs_before) - 1
check(job["status"] == "FERTIG" and dup_import == 0,
      f"Import {job['id']}: {job['status']}, Läufe auf A+B: {int(runs - runs_before)}")

# --- 4. load, kill B during a large import -------------------------------------------------------------------------------
lock = threading.Lock()
records = []  # (start, end, kind, status, upstream)
acked = []
stop = time.perf_counter() + args.seconds
kill_at = [None]


def one(kind, method, path, body=None, headers=None, conn=None):
    t0 = time.perf_counter()
    try:
        conn.request(method, path, body, headers or {})
        r = conn.getresponse()
        r.read()
        status, upstream = r.status, r.getheader("X-Upstream") or ""
    except Exception as e:  # the balancer's connection reset: counted as what it is
        status, upstream = type(e).__name__, ""
    with lock:
        records.append((t0, time.perf_counter(), kind, status, upstream))
    return status


def new_conn():
    n = urllib.parse.urlparse(args.nginx)
    return http.client.HTTPConnection(n.hostname, n.port, timeout=60)


def reader(i):
    c = new_conn()
    paths = ["/api/v1/stand", f"/api/v1/kommunen/{write_kommunen[i % len(write_kommunen)]}/umsetzungsstand",
             "/api/v1/statistik/uebersicht", f"/api/v1/leistungen/{leistungen[i % len(leistungen)]}"]
    j = 0
    while time.perf_counter() < stop:
        if not isinstance(one("GET", "GET", paths[j % len(paths)], conn=c), int):
            c = new_conn()
        j += 1


def writer(i):
    c = new_conn()
    j = 0
    while time.perf_counter() < stop:
        with lock:
            ags, ozg = next(pairs)
        url = f"https://example.org/replicas/{RUN}/{i}/{j}"
        st = one("PUT", "PUT", f"/api/v1/kommunen/{ags}/umsetzungsstand/{ozg}",
                 json.dumps({"status": "IN_UMSETZUNG", "url": url}),
                 {"Content-Type": "application/json", "If-None-Match": "*", **AUTH}, conn=c)
        if st in (200, 201):
            with lock:
                acked.append(url)
        elif not isinstance(st, int):
            c = new_conn()
        j += 1


workers = [threading.Thread(target=reader, args=(i,)) for i in range(args.readers)]
workers += [threading.Thread(target=writer, args=(i,)) for i in range(args.writers)]
t_start = time.perf_counter()
for w in workers:
    w.start()
time.sleep(args.seconds / 4)
# the large import goes to B itself, so it is B's job that is orphaned
rows = "".join(f"{k};{l};IN_PLANUNG\n" for l in leistungen[:120] for k in import_kommunen)
st, _, data = request(args.b, "POST", "/api/v1/importe", "ags;ozg_id;status\n" + rows,
                      {"Content-Type": "text/csv; charset=UTF-8", **AUTH})
big = json.loads(data)
while json.loads(request(args.b, "GET", f"/api/v1/importe/{big['id']}", None, AUTH)[2])["status"] == "WARTEND":
    time.sleep(0.05)
os.kill(args.victim_pid, signal.SIGKILL)
t_kill = time.perf_counter()
for w in workers:
    w.join()

statuses = collections.Counter(str(r[3]) for r in records)
failed = [r for r in records if r[3] not in (200, 201, 304)]
victim_port = args.victim_addr
in_flight = [r for r in failed if r[0] <= t_kill + 0.05 and (r[4] in ("", victim_port) or victim_port in r[4])]
other = [r for r in failed if r not in in_flight]
last_fail = max((r[1] for r in failed), default=t_kill)
print(f"Last über nginx: {len(records)} Anfragen in {args.seconds:.0f} s ({args.readers} Leser, {args.writers} "
      f"Schreiber), B getötet nach {t_kill - t_start:.1f} s")
print("  Status: " + ", ".join(f"{k} × {v}" for k, v in sorted(statuses.items())))
print(f"  fehlgeschlagen: {len(failed)} (" + (", ".join(f"{k} × {v}" for k, v in sorted(
    collections.Counter(str(r[3]) for r in failed).items())) or "keine") + f"), davon unterwegs auf B beim Töten: "
      f"{len(in_flight)}, andere: {len(other)}")
print(f"  Sekunden, bis der Überlebende die Last trägt (Kill bis letzter Fehler): {max(0.0, last_fail - t_kill):.2f}")

present = set(psql(f"SELECT url FROM umsetzungsstand WHERE url LIKE 'https://example.org/replicas/{RUN}/%'").split())
lost = [u for u in acked if u not in present]
print(f"  bestätigte Schreibzugriffe: {len(acked)}, davon verloren: {len(lost)}")

t_orphan = time.perf_counter()
status = "?"
while time.perf_counter() - t_orphan < 240:
    status = json.loads(request(args.a, "GET", f"/api/v1/importe/{big['id']}", None, AUTH)[2])["status"]
    if status not in ("WARTEND", "PRUEFUNG", "SCHREIBEN"):
        break
    time.sleep(1)
written_big = int(psql(f"SELECT count(*) FROM umsetzungsstand WHERE kommune_ags = '{import_kommunen[1]}'"))
print(f"  Import {big['id']} von B ({len(rows.splitlines())} Zeilen, beim Töten in Arbeit): {status} nach "
      f"{time.perf_counter() - t_kill:.0f} s durch A; Zeilen davon geschrieben: {written_big}")

# --- 5. the scheduled Tagesstand ---------------------------------------------------------------------------------------
logs = [open(p, encoding="utf-8", errors="replace").read() for p in args.logs]
fired = sum(len(re.findall(r"Tagesstand \S+ (geschrieben|schreibt ein anderes Replikat)", t)) for t in logs)
wrote = sum(len(re.findall(r"Tagesstand \S+ geschrieben", t)) for t in logs)
system = int(psql("SELECT count(*) FROM aenderung WHERE entitaet_typ = 'TAGESSTAND' AND akteur_typ = 'SYSTEM'"))
print(f"Planmäßiger Tagesstand (alle 10 s auf A und B): {fired} Läufe, {wrote} schrieben den Tag, "
      f"Einträge im Änderungsprotokoll (System): {system}")
dup = max(0, wrote - 1) + max(0, dup_import) + doppelt
print(f"ERGEBNIS: doppelte Aufträge {dup}, verlorene bestätigte Schreibzugriffe {len(lost)}, "
      f"Fehler außer den unterwegs auf B: {len(other)}")
