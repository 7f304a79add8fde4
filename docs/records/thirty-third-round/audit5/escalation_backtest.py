# Recount the escalation backtest (cases, events, no-change and base-rate scores) from the shared
# dyad-month file. usage: escalation_backtest.py DATA
import csv, sys, math
from collections import defaultdict
rows = list(csv.DictReader(open(sys.argv[1] + '/icews-scs-dyad-month/icews_scs_dyad_month_1991-2012.csv')))
conf = defaultdict(int); dyads = set(); ms = set()
for r in rows:
    d = r['sourcecode'] + '>' + r['targetcode']; m = int(r['date'][:4]) * 12 + int(r['date'][4:]) - 1
    dyads.add(d); ms.add(m)
    if r['cooperation'] == '0': conf[(d, m)] += int(r['count'])
f0, f1 = min(ms), max(ms)
def esc(d, m):
    if m - 12 < f0 or m > f1: return None
    before = sum(conf[(d, m - k)] for k in range(1, 13)) / 12
    now = conf[(d, m)]
    return 1 if now >= 3 and now >= 2.0 * before else 0
o0, o1 = 1996 * 12, 2012 * 12 + 10
cases = []
for d in dyads:
    for t in range(f0, f1):
        y = esc(d, t + 1)
        if y is None: continue
        cases.append((t, y, esc(d, t)))
sc = [c for c in cases if o0 <= c[0] <= o1]
print('dyads', len(dyads), 'cases', len(sc), 'events', sum(c[1] for c in sc))
ys = [c[1] for c in sc]
def brier(p): return sum((a - y) ** 2 for a, y in zip(p, ys)) / len(ys)
def ll(p): return -sum(y * math.log(a) + (1 - y) * math.log(1 - a) for a, y in zip(p, ys)) / len(ys)
nc = [0.99 if c[2] == 1 else 0.01 for c in sc]
print('noChange brier %.6f logLoss %.6f' % (brier(nc), ll(nc)))
known = defaultdict(lambda: [0, 0])
for t, y, _ in cases: known[t + 1][0] += y; known[t + 1][1] += 1
s = n = 0; cum = {}
for t in range(f0, f1 + 2):
    if t in known: s += known[t][0]; n += known[t][1]
    cum[t] = s / n if n else None
br = [cum[c[0]] for c in sc]
print('baseRate brier %.6f logLoss %.6f' % (brier(br), ll(br)))
