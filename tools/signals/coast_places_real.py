#!/usr/bin/env python3
"""Scratch measurement of issue 14 (twenty-second round): how real GDELT rows place events, for the
coast-places lead (docs/records/twenty-second-round/coast-places.txt). Reads the shared real export
files (GDELT 1.0 daily, 58 columns; GDELT 2.0, 61 columns; the 100-row samples) and prints, for the
rows whose ActionGeo country is one of the Straits' or the Sulu-Celebes' coastal states (FIPS ID, MY,
SN, TH, RP) and for all rows: ActionGeo_Type counts (1 country, 2 US state, 3 US city, 4 world city,
5 world state); the rows of CAMEO 171, 1711, 181 with their place, type and distance to the
product's polygons (SeaArea, copied by hand below); and every type 3/4 place of those states within
100 km of either polygon, with its distance (0 inside). Distance: as CoastPlaces.java (local
equirectangular projection, shortest distance to the polygon's edges).
    python3 tools/signals/coast_places_real.py FILE...
"""
import gzip
import math
import sys
from collections import Counter, defaultdict

POLY = {
    "MALACCA_SINGAPORE": [(5.8, 95.2), (7.8, 98.2), (6.0, 100.2), (2.8, 101.2), (1.5, 103.4), (1.6, 104.6), (0.8, 104.6),
                          (0.8, 103.5), (2.0, 101.4), (3.5, 99.5), (5.2, 97.4)],
    "SULU_CELEBES": [(12.2, 119.6), (11.2, 122.4), (8.3, 123.6), (7.0, 125.6), (5.5, 125.9), (1.3, 125.3), (0.9, 120.8),
                     (3.5, 118.2), (5.3, 117.2), (7.0, 116.9), (8.4, 117.3), (10.4, 119.1)],
}
STATES = {"ID", "MY", "SN", "TH", "RP"}
CODES = {"171", "1711", "181"}


def contains(poly, lat, lon):
    inside = False
    j = len(poly) - 1
    for i in range(len(poly)):
        yi, xi = poly[i]
        yj, xj = poly[j]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def dist(area, lat, lon):
    poly = POLY[area]
    if contains(poly, lat, lon):
        return 0.0
    k, c, best = 111.195, math.cos(math.radians(lat)), float("inf")
    j = len(poly) - 1
    for i in range(len(poly)):
        ax, ay = (poly[j][1] - lon) * c * k, (poly[j][0] - lat) * k
        bx, by = (poly[i][1] - lon) * c * k, (poly[i][0] - lat) * k
        dx, dy = bx - ax, by - ay
        l2 = dx * dx + dy * dy
        t = 0 if l2 == 0 else max(0, min(1, -(ax * dx + ay * dy) / l2))
        best = min(best, math.hypot(ax + t * dx, ay + t * dy))
        j = i
    return best


for path in sys.argv[1:]:
    op = gzip.open if path.endswith(".gz") else open
    types_all, types_reg, code_reg = Counter(), Counter(), Counter()
    crime, near = [], defaultdict(Counter)
    rows = 0
    with op(path, "rt", encoding="utf-8", errors="replace") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) == 61:
                g = 51
                geo = (c[g], c[g + 1], c[g + 2], c[g + 3], c[g + 5], c[g + 6])
            elif len(c) in (57, 58):
                g = 49
                geo = (c[g], c[g + 1], c[g + 2], c[g + 3], c[g + 4], c[g + 5])
            else:
                continue
            rows += 1
            typ, name, cc, adm1, lat, lon = geo
            code = c[26]
            types_all[typ or "-"] += 1
            if cc in STATES:
                types_reg[typ] += 1
                if typ in ("3", "4") and lat and lon:
                    d = {a: dist(a, float(lat), float(lon)) for a in POLY}
                    a = min(d, key=d.get)
                    if d[a] <= 100:
                        near[a][(name, adm1, round(d[a]))] += 1
            if code in CODES:
                d = {a: round(dist(a, float(lat), float(lon))) for a in POLY} if lat and lon else {}
                crime.append((code, typ, cc, adm1, name, d))
    print(f"FILE {path}: {rows} rows")
    print("  ActionGeo_Type, all rows:", dict(sorted(types_all.items())))
    n = sum(types_reg.values())
    print(f"  ActionGeo_Type, rows placed in ID/MY/SN/TH/RP ({n}):", dict(sorted(types_reg.items())),
          "" if not n else f"city/landmark (3/4) share {(types_reg['3'] + types_reg['4']) / n:.2f}")
    print(f"  CAMEO 171/1711/181 rows: {len(crime)}; by ActionGeo_Type {dict(Counter(x[1] for x in crime))}")
    for x in crime:
        if x[2] in STATES:
            print("    in the coastal states:", x)
    for a in POLY:
        items = sorted(near[a].items(), key=lambda kv: kv[0][2])
        w = sum(v for k, v in items if k[2] <= 25)
        print(f"  {a}: city-level rows of those states within 100 km of the polygon {sum(near[a].values())}, within 25 km {w}")
        for (name, adm1, d), v in items:
            print(f"    {d:4d} km  {v:3d}  {name} ({adm1})")
