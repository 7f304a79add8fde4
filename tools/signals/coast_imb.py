#!/usr/bin/env python3
"""Scratch check of issue 14 (twenty-first round) on the shared real piracy file: of the IMB-based
attacks (Benden et al., 1993-2017) whose nearest country is a coastal state of the Malacca and
Singapore Straits or of the Sulu and Celebes Seas, how many lie inside the product's sea-area
polygons (read from amity-core's SeaArea.java, tested with the same even-odd rule), and how far from
shore (the file's shore_distance, km) the rest lie. Shows whether real maritime crime reports sit
inside the polygons or on their coasts (ports, anchorages, rivers).
    python3 tools/signals/coast_imb.py /work/shared/data/piracy/imb_pirate_attacks_1993-2017.csv
"""
import csv, re, sys
from collections import Counter

src = open("amity-core/src/main/java/org/amity/event/SeaArea.java").read()
polys = {}
for name in ["MALACCA_SINGAPORE", "SULU_CELEBES", "SOUTH_CHINA_SEA"]:
    block = src[src.index(name + "("):]
    block = block[block.index("new double[][]"):block.index("})")]
    polys[name] = [(float(a), float(b)) for a, b in re.findall(r"\{\s*(-?[\d.]+),\s*(-?[\d.]+)\s*\}", block)]

def contains(poly, lat, lon):
    inside, j = False, len(poly) - 1
    for i in range(len(poly)):
        yi, xi = poly[i]; yj, xj = poly[j]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside

def locate(lat, lon):
    for n, p in polys.items():
        if contains(p, lat, lon):
            return n
    return None

# boxes around each area's waters and coasts (wider than the polygons by about a degree)
boxes = {"MALACCA_SINGAPORE": (-0.5, 8.8, 94.5, 105.0), "SULU_CELEBES": (-0.5, 12.5, 116.0, 126.5)}
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8")))
print(f"{len(rows)} IMB records")
for area, (la0, la1, lo0, lo1) in boxes.items():
    c, dist = Counter(), Counter()
    for r in rows:
        try:
            lat, lon = float(r["latitude"]), float(r["longitude"])
        except ValueError:
            continue
        if not (la0 <= lat <= la1 and lo0 <= lon <= lo1):
            continue
        where = locate(lat, lon) or "none"
        c[where] += 1
        if where != area:
            try:
                d = float(r["shore_distance"])
                dist["<= 2 km" if d <= 2 else "2-10 km" if d <= 10 else "10-50 km" if d <= 50 else "> 50 km"] += 1
            except ValueError:
                dist["unknown"] += 1
    n = sum(c.values())
    print(f"{area}: {n} attacks in the box; inside its polygon {c[area]} ({c[area] / n:.2f}); elsewhere {dict(c)}; "
          f"those outside it by distance from shore {dict(dist)}")
