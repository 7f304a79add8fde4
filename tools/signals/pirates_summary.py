#!/usr/bin/env python3
"""Summarises Pirates.java outputs (twenty-third round): per file the TOTAL lines, the seeds that change
between shipped and each scale, the missed piracy waves with best z of both lenses, the added false
alerts, and the pooled landing of the piracy episodes' reports. Usage: pirates_summary.py FILE..."""
import re, sys
from collections import defaultdict

for path in sys.argv[1:]:
    print(f"== {path}")
    txt = open(path).read().split("\n")
    seed = None
    runs = defaultdict(dict)
    pooled = defaultdict(lambda: [0] * 20)
    missed = []
    false = []
    cur = None
    for line in txt:
        if line.startswith("seed "):
            seed = int(line.split()[1]); continue
        if line.startswith("TOTAL") or line.startswith("CAL"):
            print(line); continue
        m = re.match(r"  PIRACY (\S+) (\S+) (\S+) (\S+) rel .* (DETECTED|MISSED) \| reports sea (\d+) coast (\d+) centroid (\d+) elsewhere (\d+) \| codes 171/1711/181: sea (\d+) coast (\d+) centroid (\d+) elsewhere (\d+) \| codes with CRM/UAF source: sea (\d+) coast (\d+) centroid (\d+) elsewhere (\d+) .*\| lens takes: sea (\d+) coast (\d+) centroid (\d+) elsewhere (\d+) .*sea_incidents_7d best z (\S+) cusum (\S+) \| candidate best z (\S+) cusum (\S+)", line)
        if m:
            ep, area, strength, parties, state = m.group(1, 2, 3, 4, 5)
            nums = [int(x) for x in m.groups()[5:21]]
            for key in (area + " " + strength, area + " all", "all"):
                p = pooled[key]
                for i, v in enumerate(nums): p[i] += v
                p[16] += 1
            if state == "MISSED":
                missed.append((seed, ep, area, strength, parties, m.group(22), m.group(23), m.group(24), m.group(25)))
            continue
        m = re.match(r"  RUN (\S+)\s+recall (\S+) false (\d+) .*?(ok)? missed: (.*)", line)
        if m:
            cur = m.group(1)
            runs[seed][cur] = (m.group(2), int(m.group(3)), m.group(4) == "ok", m.group(5))
            continue
        m = re.match(r"      FALSE (\S+) (\S+) peak (\S+) \| overlapping episodes of its coastal states: (.*)", line)
        if m:
            false.append([seed, cur, m.group(1), m.group(2), m.group(3), m.group(4), ""])
            continue
        if line.startswith("        opening week") and false:
            false[-1][6] = line.strip()
    print("seeds changed (shipped -> scale):")
    for s, r in sorted(runs.items()):
        sh = r.get("shipped")
        for k, v in r.items():
            if k != "shipped" and v[1:] != sh[1:]:
                print(f"  seed {s} {k}: recall {sh[0]}->{v[0]} false {sh[1]}->{v[1]} ok {sh[2]}->{v[2]} | missed shipped: {sh[3]} | with: {v[3]}")
    print("missed piracy waves (shipped): seed ep area strength parties | sea_incidents_7d best z, cusum | candidate best z, cusum | caught at")
    for x in missed:
        caught = [k for k, v in runs[x[0]].items() if k != "shipped" and x[1] + " piracy" not in v[3]]
        print(f"  {x[0]} {x[1]} {x[2]} {x[3]} {x[4]} | {x[5]} {x[6]} | {x[7]} {x[8]} | caught at {caught}")
    print("added false alerts:")
    for f in false:
        print("  seed %s %s %s %s peak %s | overlapping: %s\n      %s" % tuple(f))
    print("piracy episodes' reports (pooled): n | all sea/coast/centroid/elsewhere | codes | codes with CRM/UAF | lens takes")
    for k in sorted(pooled):
        p = pooled[k]
        def pct(a):
            t = sum(a)
            return f"{t} ({', '.join(f'{100*v/max(1,t):.0f}%' for v in a)})"
        print(f"  {k:32s} n={p[16]:3d} | all {pct(p[0:4])} | codes {pct(p[4:8])} | CRM/UAF {pct(p[8:12])} ({100*sum(p[8:12])/max(1,sum(p[4:8])):.0f}% of codes) | lens {pct(p[12:16])} ({100*sum(p[12:16])/max(1,sum(p[4:8])):.0f}% of codes)")
