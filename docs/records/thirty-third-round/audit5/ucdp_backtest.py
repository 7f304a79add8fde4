# Recount the ucdp (onset) backtest's cases, events and no-change / base-rate scores from the shared
# files. A country-year of the EWP panel (rows with every predictor) is a case when no state-based
# conflict is located in the country in t (UCDP/PRIO ACD to 2021; UCDP battle deaths v25.1 for
# 2022-2024, dyads summed per conflict and year, 25 or more); the event: one in t+1. Yemen's EWP
# code 679 is UCDP's 678 from 1990 (as UcdpPanel.gwno does). usage: ucdp_backtest.py DATA
import csv, sys, math
from collections import defaultdict
D = sys.argv[1]
conf = defaultdict(set)
for r in csv.DictReader(open(D + '/ucdp/UcdpPrioConflict_v24_1.upto2021.csv')):
    for g in r['gwno_loc'].split(','): conf[int(r['year'])].add(int(g))
dd = defaultdict(float); where = defaultdict(set)
for r in csv.DictReader(open(D + '/ewp-statrisk-2025/BattleDeaths_v25_1.csv')):
    y = int(r['year'])
    if y <= 2021: continue
    dd[(r['conflict_id'], y)] += float(r['bd_best'] or 0)
    for g in r['gwno_loc'].split(','): where[(r['conflict_id'], y)].add(int(g))
for k, v in dd.items():
    if v >= 25: conf[k[1]] |= where[k]
gw = lambda c, y: 678 if c == 679 and y >= 1990 else c
P = list(csv.DictReader(open(D + '/ewp-statrisk-2025/prepared2024predictors-2025-09-03.csv')))
skip = ('ewp_name', 'year', 'mk_onset_1or2', 'mk_onset', 'ccode', 'mk_onset_1', 'mk_onset_2')
full = lambda r: all(r[c] not in ('', 'NA') for c in r if c not in skip)
allc = []
for r in P:
    t = int(r['year']); c = gw(int(float(r['ccode'])), t)
    if 1946 <= t <= 2023 and full(r) and c not in conf[t]: allc.append((t, 1 if c in conf[t + 1] else 0))
cases = [x for x in allc if 1990 <= x[0] <= 2023]
n = len(cases); ys = [y for _, y in cases]
print('cases', n, 'events', sum(ys), 'noChange brier %.6f' % (sum((0.01 - y) ** 2 for y in ys) / n))
for first in (1946, 1989):
    br = []
    for t, y in cases:
        k = [v for s, v in allc if first <= s and s + 1 <= t]
        br.append((sum(k) / len(k), y))
    print('baseRate (known outcomes from feature year %d) brier %.6f logLoss %.6f' % (first, sum((p - y) ** 2 for p, y in br) / n,
          -sum(y * math.log(p) + (1 - y) * math.log(1 - p) for p, y in br) / n))
