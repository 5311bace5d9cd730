#!/usr/bin/env python3
"""Parallel writers against a running backend (not a test): N threads start at once, each reports the Stand of
distinct Leistungen in distinct Kommunen (PUT …/umsetzungsstand/{ozgId}, If-None-Match: *, admin session with CSRF
token), K requests each. Prints the statuses, the Retry-After values of 503 answers and latency percentiles.

Usage: writers.py BASE_URL ADMIN_PASSWORD [WRITERS=64] [REQUESTS_PER_WRITER=3]
"""
import collections
import http.client
import json
import random
import statistics
import sys
import threading
import time
import urllib.parse

BASE, PW = sys.argv[1], sys.argv[2]
N = int(sys.argv[3]) if len(sys.argv) > 3 else 64
K = int(sys.argv[4]) if len(sys.argv) > 4 else 3
url = urllib.parse.urlparse(BASE)


def conn():
    return http.client.HTTPConnection(url.hostname, url.port, timeout=120)


def login():
    c = conn()
    c.request("POST", "/api/v1/auth/login", json.dumps({"benutzername": "admin", "passwort": PW}),
              {"Content-Type": "application/json"})
    r = c.getresponse()
    body = json.loads(r.read())
    if r.status != 200:
        sys.exit(f"Anmeldung: {r.status} {body}")
    cookies = [h[1].split(";")[0] for h in r.getheaders() if h[0].lower() == "set-cookie"]
    return "; ".join(cookies), body["csrfToken"]


def get_json(path):
    c = conn()
    c.request("GET", path)
    r = c.getresponse()
    return json.loads(r.read())


cookie, csrf = login()
kommunen = [k["ags"] for k in get_json("/api/v1/kommunen?size=500")["items"]]
leistungen = [l["ozgId"] for l in get_json("/api/v1/leistungen?size=500")["items"]]
rng = random.Random(time.time_ns())
pairs = set()
while len(pairs) < N * K:
    pairs.add((rng.choice(kommunen), rng.choice(leistungen)))
pairs = list(pairs)

statuses = collections.Counter()
retry_after = collections.Counter()
latencies = []
lock = threading.Lock()
barrier = threading.Barrier(N)


def writer(i):
    c = conn()
    barrier.wait()
    for j in range(K):
        ags, ozg = pairs[i * K + j]
        body = json.dumps({"status": "IN_UMSETZUNG", "url": f"https://example.org/last/{i}/{j}"})
        t0 = time.perf_counter()
        try:
            c.request("PUT", f"/api/v1/kommunen/{ags}/umsetzungsstand/{ozg}", body,
                      {"Content-Type": "application/json", "Cookie": cookie, "X-CSRF-Token": csrf,
                       "If-None-Match": "*"})
            r = c.getresponse()
            r.read()
            status = r.status
            ra = r.getheader("Retry-After")
        except Exception as e:  # a refused or reset connection counts as what it is
            status, ra = type(e).__name__, None
            c = conn()
        dt = time.perf_counter() - t0
        with lock:
            statuses[status] += 1
            latencies.append(dt)
            if ra:
                retry_after[ra] += 1


t0 = time.perf_counter()
threads = [threading.Thread(target=writer, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = time.perf_counter() - t0
latencies.sort()
q = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000
print(f"{N} Schreiber × {K} PUT = {N * K} Anfragen in {total:.1f} s ({N * K / total:.0f}/s)")
print("  Status: " + ", ".join(f"{k} × {v}" for k, v in sorted(statuses.items(), key=lambda x: str(x[0]))))
if retry_after:
    print("  Retry-After: " + ", ".join(f"{k} s × {v}" for k, v in sorted(retry_after.items())))
print(f"  Dauer je Anfrage: p50 {q(0.5):.0f} ms, p95 {q(0.95):.0f} ms, max {latencies[-1] * 1000:.0f} ms")
