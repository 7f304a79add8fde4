# Recount the piracy backtest's cases, events and baseline scores from the shared files.
# usage: piracy_backtest.py DATA [imb|asam]   (polygons copied from org.amity.event.SeaArea)
import csv, sys, re, math
from collections import Counter, defaultdict
D, variant = sys.argv[1], sys.argv[2]
AREAS = [
 ('malacca-singapore', [(5.8,95.2),(7.8,98.2),(6.0,100.2),(2.8,101.2),(1.5,103.4),(1.6,104.6),(0.8,104.6),(0.8,103.5),(2.0,101.4),(3.5,99.5),(5.2,97.4)]),
 ('sulu-celebes', [(12.2,119.6),(11.2,122.4),(8.3,123.6),(7.0,125.6),(5.5,125.9),(1.3,125.3),(0.9,120.8),(3.5,118.2),(5.3,117.2),(7.0,116.9),(8.4,117.3),(10.4,119.1)]),
 ('south-china-sea', [(23.0,116.8),(22.2,120.9),(18.5,120.6),(14.5,120.0),(12.2,119.7),(10.4,118.9),(8.3,117.1),(7.0,116.6),(5.0,115.0),(4.0,113.0),(2.0,109.5),(0.4,107.5),(1.3,104.9),(8.6,104.7),(10.3,107.0),(12.5,109.4),(16.0,108.4),(17.8,106.7),(21.5,107.9),(21.2,110.4),(22.3,113.6)])]
def inside(poly, lat, lon):
    c = False; j = len(poly) - 1
    for i in range(len(poly)):
        yi, xi = poly[i]; yj, xj = poly[j]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi: c = not c
        j = i
    return c
def locate(lat, lon):
    for n, p in AREAS:
        if inside(p, lat, lon): return n
    return None
recs = []
if variant == 'imb':
    rows = list(csv.reader(open(D + '/piracy/imb_pirate_attacks_1993-2017.csv', encoding='utf-8')))
    seen = set()
    for r in rows[1:]:
        t = tuple(r)
        if t in seen: continue
        seen.add(t)
        recs.append((r[0][:7], float(r[3]), float(r[2])))
else:
    rows = list(csv.reader(open(D + '/piracy/nga_asam_1978-2019.csv', encoding='utf-8-sig')))
    bad = 0
    for r in rows[1:]:
        m = re.findall(r"(\d+)°(\d+)'([\d.]+)\"\s*([NSEW])", r[2])
        if len(m) != 2: bad += 1; continue
        v = []
        for d, mi, s, h in m:
            x = int(d) + int(mi) / 60 + float(s) / 3600
            v.append(-x if h in 'SW' else x)
        recs.append((r[1][:7], v[0], v[1]))
    print('unparsed positions', bad)
cnt = Counter(); placed = Counter(); months = set()
for ym, lat, lon in recs:
    a = locate(lat, lon); months.add(ym)
    placed[a] += 1
    if a: cnt[(a, ym)] += 1
print('placed', dict(placed))
def mnext(ym):
    y, m = int(ym[:4]), int(ym[5:]); m += 1
    if m == 13: y, m = y + 1, 1
    return '%04d-%02d' % (y, m)
first, last = min(months), max(months)
allm = [first]
while allm[-1] != last: allm.append(mnext(allm[-1]))
O0, O1 = sys.argv[3], sys.argv[4]   # origins as the backtest prints them
mae_nc = []; mae_br = []; crps_lp = []; crps_br = []; ev = 0; n = 0
def pois_crps(mu, y):
    # CRPS of a Poisson(mu) forecast at y, by summing over the support
    if mu <= 0: return abs(y)
    s = 0.0; F = 0.0; p = math.exp(-mu); k = 0
    while k < max(60, int(mu * 4 + 60)):
        F += p; s += (F - (1 if k >= y else 0)) ** 2
        k += 1; p = p * mu / k
    return s
for a, _ in AREAS:
    hist = []
    for ym in allm:
        nxt = mnext(ym)
        if O0 <= ym <= O1 and nxt <= last:
            y = cnt[(a, nxt)]; last_c = cnt[(a, ym)]
            mean = (sum(hist[1:]) + last_c) / len(hist) if hist else 0  # outcomes known at the origin: months 2..t
            mae_nc.append(abs(y - last_c)); mae_br.append(abs(y - mean))
            crps_lp.append(pois_crps(last_c, y)); crps_br.append(pois_crps(mean, y))
            ev += y; n += 1
        hist.append(cnt[(a, ym)])
f = lambda v: round(sum(v) / len(v), 6)
print('cases', n, 'events', ev, 'noChange mae', f(mae_nc), 'baseRate mae', f(mae_br), 'baseRate crps', f(crps_br), 'lastPoisson crps', f(crps_lp))
