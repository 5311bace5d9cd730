#!/usr/bin/env python3
"""Fault run against a backend on the embedded PostgreSQL (not a test; started by faults.sh): W writers create
Umsetzungsstände (PUT …/umsetzungsstand/{ozgId}, If-None-Match: *, each pair once, a unique URL per write) for
D seconds while PostgreSQL is stopped with a fast shutdown and later killed with SIGKILL (the backend's supervisor
starts it again). Then every acknowledged write (201) is read back. Prints acknowledged writes, rows present, the
answers by status, and per fault the seconds until the next write succeeded.

Usage: faults.py BASE_URL ADMIN_PASSWORD PG_DATA_DIR [WRITERS=8] [SECONDS=40]
"""
import collections
import http.client
import json
import os
import random
import signal
import sys
import threading
import time
import urllib.parse

BASE, PW, PGDATA = sys.argv[1], sys.argv[2], sys.argv[3]
W = int(sys.argv[4]) if len(sys.argv) > 4 else 8
D = float(sys.argv[5]) if len(sys.argv) > 5 else 40
FAULTS = [(0.2 * D, "restart", signal.SIGINT), (0.6 * D, "kill -9", signal.SIGKILL)]
url = urllib.parse.urlparse(BASE)


def conn():
    return http.client.HTTPConnection(url.hostname, url.port, timeout=60)


def call(c, method, path, body=None, headers=None):
    c.request(method, path, body, headers or {})
    r = c.getresponse()
    return r.status, r.read()


c0 = conn()
c0.request("POST", "/api/v1/auth/login", json.dumps({"benutzername": "admin", "passwort": PW}),
           {"Content-Type": "application/json"})
r0 = c0.getresponse()
session = json.loads(r0.read())
if r0.status != 200:
    sys.exit(f"Anmeldung: {r0.status} {session}")
cookie = "; ".join(h[1].split(";")[0] for h in r0.getheaders() if h[0].lower() == "set-cookie")
csrf = session["csrfToken"]
kommunen = [k["ags"] for k in json.loads(call(conn(), "GET", "/api/v1/kommunen?size=500")[1])["items"]]
leistungen = [l["ozgId"] for l in json.loads(call(conn(), "GET", "/api/v1/leistungen?size=500")[1])["items"]]
pairs = [(a, o) for a in kommunen for o in leistungen]
random.Random(time.time_ns()).shuffle(pairs)

statuses = collections.Counter()
acknowledged = []  # (ags, ozg, url) answered 201
successes = []  # monotonic times of 2xx answers
failures = []  # monotonic times of 5xx answers and broken connections
lock = threading.Lock()
next_pair = iter(pairs)
start = time.monotonic()
stop_at = start + D


def writer(i):
    c = conn()
    while time.monotonic() < stop_at:
        with lock:
            ags, ozg = next(next_pair)
        marker = f"https://example.org/faults/{i}/{time.time_ns()}"
        try:
            s, _ = call(c, "PUT", f"/api/v1/kommunen/{ags}/umsetzungsstand/{ozg}",
                        json.dumps({"status": "IN_UMSETZUNG", "url": marker}),
                        {"Content-Type": "application/json", "Cookie": cookie, "X-CSRF-Token": csrf,
                         "If-None-Match": "*"})
        except Exception as e:  # a refused or reset connection counts as what it is
            s = type(e).__name__
            c = conn()
        now = time.monotonic()
        with lock:
            statuses[s] += 1
            if s == 201:
                acknowledged.append((ags, ozg, marker))
            if isinstance(s, int) and 200 <= s < 300:
                successes.append(now)
            elif not isinstance(s, int) or s >= 500:
                failures.append(now)
        if s == 503 or not isinstance(s, int):
            time.sleep(0.1)  # a client honouring Retry-After would wait longer; this measures recovery


def postmaster():
    with open(os.path.join(PGDATA, "postmaster.pid")) as f:
        return int(f.readline())


fault_times = []


def faults():
    for at, name, sig in FAULTS:
        time.sleep(max(0, start + at - time.monotonic()))
        pid = postmaster()
        os.kill(pid, sig)
        fault_times.append((name, time.monotonic(), pid))


threads = [threading.Thread(target=writer, args=(i,)) for i in range(W)] + [threading.Thread(target=faults)]
for t in threads:
    t.start()
for t in threads:
    t.join()

# read back every acknowledged write
present = 0
missing = []
c = conn()
for ags, ozg, marker in acknowledged:
    s, body = call(c, "GET", f"/api/v1/kommunen/{ags}/umsetzungsstand/{ozg}")
    if s == 200 and json.loads(body).get("url") == marker:
        present += 1
    else:
        missing.append((ags, ozg, s))

print(f"Schreiber: {W}, Dauer: {D:.0f} s, Fehler: " + ", ".join(f"{n} nach {t - start:.1f} s" for n, t, _ in fault_times))
print(f"quittierte Schreibzugriffe (201): {len(acknowledged)}")
print(f"davon vorhanden (zurückgelesen): {present}; verloren: {len(acknowledged) - present}")
print("Antworten: " + ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items(), key=lambda kv: str(kv[0]))))
fivexx = {k: v for k, v in statuses.items() if isinstance(k, int) and k >= 500}
print("5xx nach Status: " + (", ".join(f"{k}: {v}" for k, v in sorted(fivexx.items())) or "keine"))
ends = [t for _, t, _ in fault_times[1:]] + [float("inf")]
for (name, t, _), end in zip(fault_times, ends):
    # a backend process may still commit a moment after its postmaster died: recovered is the first success
    # after the last failure that followed the fault
    last_failure = max([f for f in failures if t <= f < end], default=t)
    after = [s for s in successes if s > last_failure]
    print(f"Erholung nach {name}: " + (f"{min(after) - t:.2f} s bis Schreibzugriffe wieder gelingen"
                                       if after else "kein erfolgreicher Schreibzugriff mehr"))
if missing:
    print("fehlend: " + ", ".join(map(str, missing[:10])))
sys.exit(1 if missing or statuses.get(500) else 0)
