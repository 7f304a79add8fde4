#!/usr/bin/env python3
"""Scratch summary of issue 14 (twenty-second round), copied from coast_crime_summary.py: reads the
outputs of CoastPlaces.java and prints the piracy episodes' diagnosis as a table ("coast" = a
city-level place within D = 25 km of the area's polygon; "elsewhere" split into city-level places
beyond D, ADM1 places, other), where their reports land by strength, the weak piracy waves the
shipped detectors miss and which scales catch them, the totals per configuration (detected, false
alerts, seeds on all three) and the false alerts by subject, and the pooled null-day calibration.
    python3 tools/signals/coast_places_summary.py OUT1 [OUT2 ...]
"""
import re
import sys
from collections import defaultdict

PIR = re.compile(r"^  PIRACY (\S+) (\S+) (\S+) (\S+) rel ([\d.]+) peak/day ([\d.]+) (\S+)\.\.(\S+) (DETECTED|MISSED) "
                 r"\| reports sea (\d+) coast (\d+) centroid (\d+) elsewhere (\d+) "
                 r"\| codes 171/1711/181: sea (\d+) coast (\d+) centroid (\d+) elsewhere (\d+) "
                 r"\| divisions (\{.*?\}) \| sea_incidents_7d best z (\S+) cusum (\S+) \| candidate best z (\S+) cusum (\S+)"
                 r" \| elsewhere: city-level beyond D (\d+), ADM1 (\d+), other (\d+)$")
RUN = re.compile(r"^  RUN (\S+)\s+recall (\S+) false (\d+) \((\S+)/cy\) by subject \{(.*?)\}( ok)? missed: (.*)$")

episodes, runs, labels = [], defaultdict(dict), []
for path in sys.argv[1:]:
    seed = None
    for line in open(path):
        line = line.rstrip("\n")
        if line.startswith("seed "):
            seed = int(line.split()[1])
        elif (m := PIR.match(line)):
            g = m.groups()
            episodes.append(dict(seed=seed, id=g[0], area=g[1], strength=g[2], parties=g[3], rel=float(g[4]), peak=float(g[5]),
                                 start=g[6], end=g[7], shipped=g[8], rep=list(map(int, g[9:13])), crime=list(map(int, g[13:17])),
                                 divs=g[17], sz=float(g[18]), sc=float(g[19]), cz=float(g[20]), cc=float(g[21]),
                                 split=list(map(int, g[22:25]))))
        elif (m := RUN.match(line)):
            label = m.group(1)
            if label not in labels:
                labels.append(label)
            subj = {}
            for kv in filter(None, [x.strip() for x in m.group(5).split(",")]):
                k, v = kv.split("=")
                subj[k] = int(v)
            missed = [x.split()[0] for x in m.group(7).split("; ") if x.strip()]
            runs[seed][label] = dict(recall=float(m.group(2)), false=int(m.group(3)), ok=bool(m.group(6)), subj=subj, missed=missed)

print("## Piracy episodes: where their reports land\n")
print("| seed | episode | area | strength | parties | rel | shipped | reports sea / within D / centroid / elsewhere | codes 171, 1711, 181: sea / within D / centroid / elsewhere | sea_incidents_7d best z, CUSUM | candidate best z, CUSUM (s = 1) | detected with the candidate at " + ", ".join(l for l in labels if l != "shipped") + " |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
for e in episodes:
    r = runs[e["seed"]]
    withc = " ".join("y" if e["id"] not in r[l]["missed"] else "-" for l in labels if l != "shipped")
    print(f"| {e['seed']} | {e['id']} | {e['area']} | {e['strength']} | {e['parties']} | {e['rel']:.3f} | {e['shipped']} | "
          + " / ".join(map(str, e["rep"])) + " | " + " / ".join(map(str, e["crime"])) +
          f" | {e['sz']:.2f}, {e['sc']:.1f} | {e['cz']:.2f}, {e['cc']:.1f} | {withc} |")

print("\n## Where piracy reports land, by strength (share of all the episodes' reports)\n")
print("| strength | episodes | missed by shipped | reports | in the sea area | city-level within D | at a country centroid | elsewhere | of which city-level beyond D | ADM1 | other |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for s in ["weak", "moderate", "strong", "all"]:
    es = [e for e in episodes if s == "all" or e["strength"] == s]
    if not es:
        continue
    tot = [sum(e["rep"][i] for e in es) for i in range(4)]
    sp = [sum(e["split"][i] for e in es) for i in range(3)]
    n = sum(tot)
    print(f"| {s} | {len(es)} | {sum(e['shipped'] == 'MISSED' for e in es)} | {n} | " + " | ".join(f"{t / n:.2f}" for t in tot) + " | " + " | ".join(f"{t / n:.2f}" for t in sp) + " |")

print("\n## Weak piracy waves the shipped detectors miss\n")
print("| seed | episode | area | parties | sea_incidents_7d best z, CUSUM | candidate best z, CUSUM (s = 1) | caught at " + ", ".join(l for l in labels if l != "shipped") + " |")
print("|---|---|---|---|---|---|---|")
caught = defaultdict(int)
weakmissed = [e for e in episodes if e["strength"] == "weak" and e["shipped"] == "MISSED"]
for e in weakmissed:
    r = runs[e["seed"]]
    row = []
    for l in labels:
        if l == "shipped":
            continue
        c = e["id"] not in r[l]["missed"]
        caught[l] += c
        row.append("y" if c else "-")
    print(f"| {e['seed']} | {e['id']} | {e['area']} | {e['parties']} | {e['sz']:.2f}, {e['sc']:.1f} | {e['cz']:.2f}, {e['cc']:.1f} | {' '.join(row)} |")
print("\nCaught of the " + str(len(weakmissed)) + " missed weak waves: " + ", ".join(f"{l} {caught[l]}" for l in labels if l != "shipped"))

print("\n## Totals (TOTAL lines of the outputs, summed; false alerts by subject from the RUN lines)\n")
TOT = re.compile(r"^TOTAL (\S+)\s+detected (\d+)/(\d+) false (\d+) all three (\d+)$")
tot = defaultdict(lambda: [0, 0, 0, 0])
for path in sys.argv[1:]:
    for line in open(path):
        if (m := TOT.match(line.strip())):
            t = tot[m.group(1)]
            for i in range(4):
                t[i] += int(m.group(i + 2))
print("| configuration | detected | false alerts | seeds on all three | false alerts by subject |")
print("|---|---|---|---|---|")
for l in labels:
    subj = defaultdict(int)
    for r in runs.values():
        for k, v in r[l]["subj"].items():
            subj[k] += v
    t = tot[l]
    print(f"| {l} | {t[0]}/{t[1]} | {t[2]} | {t[3]} of {len(runs)} | " + ", ".join(f"{k} {v}" for k, v in sorted(subj.items())) + " |")

print("\n## Null-day calibration (CAL lines of the outputs, pooled over them)\n")
CAL = re.compile(r"^CAL (\S+) (\S+) (\S+)\s+(\d+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)$")
cal = defaultdict(lambda: [0, 0.0, 0.0, 0.0, 0.0, float("-inf")])
for path in sys.argv[1:]:
    for line in open(path):
        if (m := CAL.match(line.strip())):
            key = (m.group(1), m.group(2), m.group(3))
            n, mean, var, p3, p45, mx = int(m.group(4)), *map(float, m.groups()[4:])
            c = cal[key]
            c[0] += n; c[1] += n * mean; c[2] += n * (var + mean * mean); c[3] += n * p3; c[4] += n * p45; c[5] = max(c[5], mx)
print("| lens | area | days | mean z | var z | P(z > 3) | P(z > 4.5) | max z |")
print("|---|---|---|---|---|---|---|---|")
for (lens, area, days), c in sorted(cal.items()):
    n = c[0]; mean = c[1] / n
    print(f"| {lens} | {area} | {days}: {n} | {mean:.3f} | {c[2] / n - mean * mean:.3f} | {c[3] / n:.4f} | {c[4] / n:.4f} | {c[5]:.2f} |")
