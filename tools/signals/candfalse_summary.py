"""Scratch (r26fa): read CandFalse.java output: per lens the opening margins of false and of detecting
alerts (sole detections apart), opening days of false against all alerts, and the candidates' totals.
Usage: python3 tools/signals/candfalse_summary.py docs/records/twenty-sixth-round/candfalse.txt"""
import re, sys, collections, datetime
al = []; runs = collections.defaultdict(dict); ev = []
for line in open(sys.argv[1]):
    p = line.split()
    if line.startswith('AL '):
        m = re.search(r'trigger (\S+) ratio (\S+) z (\S+) cusum (\S+) volratio (\S+)', line)
        al.append(dict(seed=int(p[1]), lens=p[2], subject=p[3], day=(datetime.date.fromisoformat(p[4]) - datetime.date(2025, 1, 1)).days,
                       cls=p[5].split(':')[0], sole=line.rstrip().endswith('SOLE'), trig=m[1] if m else None, ratio=float(m[2]) if m else None, vr=float(m[5]) if m else None))
    elif line.startswith('RUN '):
        m = re.match(r'RUN (\d+) (\S+) detected (\d+)/(\d+) false (\d+) (\S+)', line)
        runs[m[2]][int(m[1])] = (int(m[3]), int(m[4]), int(m[5]), m[6] == 'ok')
    elif line.startswith(('LOST', 'GONE', 'NEW', 'WON')):
        ev.append(line.strip())
seeds = sorted(next(iter(runs.values())).keys()) if runs else []
print(f'seeds {len(seeds)}: {seeds[0] if seeds else "-"}..{seeds[-1] if seeds else "-"}')
for name, r in runs.items():
    det = sum(v[0] for v in r.values()); eps = sum(v[1] for v in r.values()); fal = sum(v[2] for v in r.values()); ok = sum(v[3] for v in r.values())
    dist = collections.Counter(min(v[2], 4) for v in r.values())
    fail_fa = sum(1 for v in r.values() if v[2] >= 4); fail_rec = sum(1 for v in r.values() if v[0] / v[1] < 0.9)
    print(f'CONFIG {name}: detected {det}/{eps}, false {fal}, all three {ok}/{len(r)}, false per seed {dict(sorted(dist.items()))}, seeds with >=4 false {fail_fa}, seeds under recall 0.9 {fail_rec}')
for e in ev: print('  ' + e)
print('\nOPENING MARGINS (ratio to the limit that opened the alert), false vs detecting alerts, per lens')
lenses = collections.Counter(a['lens'] for a in al if a['cls'] == 'FALSE')
for l in sorted(set(a['lens'] for a in al), key=lambda l: -lenses.get(l, 0)):
    for cls in ('FALSE', 'DETECTS'):
        xs = [a for a in al if a['lens'] == l and a['cls'] == cls and a['ratio'] is not None]
        if not xs: continue
        w5 = sum(1 for a in xs if a['ratio'] <= 1.05); w10 = sum(1 for a in xs if a['ratio'] <= 1.10)
        cu = [a for a in xs if a['trig'] == 'cusum']
        sole = [a for a in xs if a['sole']]
        s5 = sum(1 for a in sole if a['ratio'] <= 1.05); scu = sum(1 for a in sole if a['trig'] == 'cusum')
        print(f'  {l:32s} {cls:8s} n {len(xs):4d} within 5% {w5:4d} within 10% {w10:4d} cusum-opened {len(cu):4d}' + (f' | sole detections {len(sole)}: within 5% {s5}, cusum-opened {scu}' if cls == 'DETECTS' else ''))
print('\nOPENING DAY per 30 days: false alerts / all alerts of the lens kinds (country, dyad, theatre, area)')
for cls in ('FALSE', 'RELATED', 'DETECTS'):
    c = collections.Counter(min(a['day'] // 30, 12) for a in al if a['cls'] == cls)
    print(f'  {cls:8s} ' + ' '.join(f'{30*k}-:{c.get(k,0)}' for k in range(13)))
