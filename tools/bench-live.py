#!/usr/bin/env python3
"""Heavy reads beside cheap ones (a benchmark, not a test).

20 clients page /api/v1/events at random offsets while 50 clients read /api/v1/alerts, for a fixed
time, against a running `amity serve` on loopback. Prints count, p50, p99, max and timeouts per
route. Usage:

  tools/bench-live.py URL USER PASSWORD [--seconds 60] [--pagers 20] [--readers 50] [--timeout 2]

Loopback only (refuses other hosts); bounded in clients and time. Record figures in
docs/benchmarks.md with the machine's load.
"""
import argparse, http.cookiejar, json, random, threading, time, urllib.error, urllib.parse, urllib.request

p = argparse.ArgumentParser()
p.add_argument("url"); p.add_argument("user"); p.add_argument("password")
p.add_argument("--seconds", type=float, default=60); p.add_argument("--pagers", type=int, default=20)
p.add_argument("--readers", type=int, default=50); p.add_argument("--timeout", type=float, default=2.0)
a = p.parse_args()
host = urllib.parse.urlparse(a.url).hostname
if host not in ("127.0.0.1", "localhost", "::1"):
    raise SystemExit("loopback only: " + a.url)
if a.pagers + a.readers > 200 or a.seconds > 600:
    raise SystemExit("at most 200 clients and 600 s")

def client():
    jar = http.cookiejar.CookieJar()
    o = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    req = urllib.request.Request(a.url + "/api/v1/session", data=json.dumps({"user": a.user, "password": a.password}).encode(),
                                 headers={"Content-Type": "application/json"})
    o.open(req, timeout=30).read()
    return o

results = {"events": [], "alerts": []}
errors = {"events": {}, "alerts": {}}
lock = threading.Lock()
stop = time.time() + a.seconds

def run(kind, opener):
    while time.time() < stop:
        path = "/api/v1/alerts" if kind == "alerts" else "/api/v1/events?limit=100&offset=%d" % random.randrange(0, 100_000, 100)
        t0 = time.perf_counter()
        outcome = None
        try:
            with opener.open(a.url + path, timeout=a.timeout) as r:
                r.read()
        except urllib.error.HTTPError as e:
            outcome = str(e.code)
        except Exception as e:  # timeouts and refused connections
            outcome = "timeout" if "timed out" in str(e) else type(e).__name__
        ms = (time.perf_counter() - t0) * 1000
        with lock:
            if outcome is None:
                results[kind].append(ms)
            else:
                errors[kind][outcome] = errors[kind].get(outcome, 0) + 1

openers = [client() for _ in range(min(5, a.pagers + a.readers))]
threads = [threading.Thread(target=run, args=("events", openers[i % len(openers)])) for i in range(a.pagers)]
threads += [threading.Thread(target=run, args=("alerts", openers[i % len(openers)])) for i in range(a.readers)]
for t in threads: t.start()
for t in threads: t.join()

def pct(xs, q):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(q * len(xs)))] if xs else float("nan")

for kind in ("alerts", "events"):
    xs = results[kind]
    print("%-7s ok %6d  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  failed %s" % (
        kind, len(xs), pct(xs, .5), pct(xs, .99), max(xs) if xs else float("nan"), errors[kind] or 0))
