# Recount the EWP backtest's cases, events and the published, no-change and base-rate scores from
# the shared EWP files. usage: ewp_backtest.py DATA
import csv, math, sys
from collections import defaultdict
D = sys.argv[1] + '/ewp-statrisk-2025/'
P = list(csv.DictReader(open(D + 'prepared2024predictors-2025-09-03.csv')))
fo = {(r['ewp_name'], int(r['year'])): r for r in csv.DictReader(open(D + 'FOOSforecasts_3Sep2025.csv'))}
def sc(cases):
    n = len(cases)
    b = sum((p - y) ** 2 for p, y in cases) / n
    ll = -sum(y * math.log(p) + (1 - y) * math.log(1 - p) for p, y in cases) / n
    return 'brier %.6f logLoss %.6f' % (b, ll)
lab = [(int(r['year']), int(float(r['mk_onset_1']))) for r in P if r['mk_onset_1'] not in ('', 'NA')]
cases = []
for r in P:
    t = int(r['year'])
    if not 1993 <= t <= 2023 or r['mk_onset_1'] in ('', 'NA'): continue
    f = fo.get((r['ewp_name'], t + 1))          # FOOS row of year t+1: forecast from data of year t
    if f is None or f['risk_prev'] in ('', 'NA'): continue
    cases.append((t, float(f['risk_prev']), int(float(r['mk_onset_1'])), r['mk_onset'], r['mk_onset_prev_year']))
print('cases', len(cases), 'events', sum(c[2] for c in cases))
print('published (uncalibrated)', sc([(c[1], c[2]) for c in cases]))
for col in (3, 4):
    print('no change from column', ['', '', '', 'mk_onset', 'mk_onset_prev_year'][col],
          sc([(0.99 if c[col] not in ('', 'NA') and float(c[col]) >= 1 else 0.01, c[2]) for c in cases]))
for lag in (1, 2):
    br = []
    for t, p, y, *_ in cases:
        known = [v for s, v in lab if s <= t - lag]
        br.append((sum(known) / len(known), y))
    print('base rate, labels of feature years <= t -', lag, sc(br))
# reliability bins of the published forecasts as they stand in FOOS
edges = [0, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0001]
for a, b in zip(edges, edges[1:]):
    sel = [c for c in cases if a <= c[1] < b]
    print('published bin %.3f-%.3f cases %d events %d mean %s' % (a, min(b, 1), len(sel), sum(c[2] for c in sel),
          round(sum(c[1] for c in sel) / len(sel), 6) if sel else None))
# the ASEAN view: cases of the region's members (EWP's names)
AS = {'Burma/Myanmar', 'Myanmar', 'Cambodia', 'Indonesia', 'Laos', 'Malaysia', 'Philippines', 'Singapore', 'Thailand',
      'Timor-Leste', 'East Timor', 'Democratic Republic of Vietnam', 'Vietnam', 'Brunei'}
names = {r['ewp_name'] for r in P}
print('ASEAN names found', sorted(n for n in names if n in AS))
asean = []
for r in P:
    t = int(r['year'])
    if r['ewp_name'] in AS and 1993 <= t <= 2023 and r['mk_onset_1'] not in ('', 'NA') and fo.get((r['ewp_name'], t + 1)):
        asean.append((t, float(fo[(r['ewp_name'], t + 1)]['risk_prev']), int(float(r['mk_onset_1']))))
br = []
for t, p, y in asean:
    known = [v for s, v in lab if s <= t - 1]; br.append((sum(known) / len(known), y))
print('ASEAN cases', len(asean), 'events', sum(c[2] for c in asean), 'base rate', sc(br),
      'published (uncalibrated)', sc([(c[1], c[2]) for c in asean]))
