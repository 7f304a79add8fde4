# Recount the deaths backtest's panel (provinces, cases, events) and its baseline scores from the
# shared GED files. usage: deaths_backtest.py DATA   (month of date_start; province = country + adm_1)
import csv, sys, math
from collections import defaultdict
D = sys.argv[1]
prov = defaultdict(lambda: defaultdict(int)); nopr = defaultdict(int); clast = {}; rows = 0
for f in ('ged_hdx_indonesia_1989-2019.csv', 'ged_hdx_philippines_1989-2021.csv'):
    for r in csv.DictReader(open(D + '/ucdp-ged/' + f, encoding='utf-8')):
        rows += 1
        y, m = int(r['date_start'][:4]), int(r['date_start'][5:7]); mi = y * 12 + m - 1
        c = r['iso3']; b = int(r['best'])
        if r['adm_1'].strip(): prov[(c, r['adm_1'].strip())][mi] += b
        else: nopr[c] += b
        clast[c] = max(clast.get(c, -1), mi)
print('rows', rows, 'provinces', len(prov), 'without province deaths', dict(nopr),
      'country last', {c: '%d-%02d' % (v // 12, v % 12 + 1) for c, v in clast.items()})
o0 = 1994 * 12; o1 = 2021 * 12 + 10
first = {k: min(v) for k, v in prov.items()}
cases = []   # (origin, outcome, nochange)
for k, dm in prov.items():
    for t in range(first[k], o1 + 1):
        if t + 1 > clast[k[0]]: break
        cases.append((t, 1 if dm.get(t + 1, 0) >= 1 else 0, 1 if dm.get(t, 0) >= 1 else 0))
scored = [c for c in cases if o0 <= c[0] <= o1]
print('cases', len(scored), 'events', sum(c[1] for c in scored))
def brier(ps, ys): return sum((p - y) ** 2 for p, y in zip(ps, ys)) / len(ys)
def logloss(ps, ys):
    return -sum(y * math.log(max(p, 1e-15)) + (1 - y) * math.log(max(1 - p, 1e-15)) for p, y in zip(ps, ys)) / len(ys)
ys = [c[1] for c in scored]
nc = [0.99 if c[2] else 0.01 for c in scored]
print('noChange brier %.6f logLoss %.6f' % (brier(nc, ys), logloss(nc, ys)))
# base rate: pooled mean of the outcomes known at the origin (outcome month <= t)
known = defaultdict(lambda: [0, 0])
for t, y, _ in cases: known[t + 1][0] += y; known[t + 1][1] += 1
months = sorted(known); cum = {}; s = n = 0; j = 0
for t in range(min(c[0] for c in cases), o1 + 2):
    if t in known: s += known[t][0]; n += known[t][1]
    cum[t] = s / n if n else None
br = [cum[c[0]] for c in scored]
print('baseRate brier %.6f logLoss %.6f' % (brier(br, ys), logloss(br, ys)))
