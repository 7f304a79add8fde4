#!/usr/bin/env python3
"""Twenty-seventh round (r27thin): per range and configuration, detected, false alerts, seeds on all
three targets, and the WON/LOST/NEW/GONE lines, from CandFalse.java's output (thin-cand-1y.txt)."""
import re, sys, collections
txt = open(sys.argv[1]).read().splitlines()
def rng(seed):
    s = int(seed)
    if s <= 20: return '1-20'
    if 1101 <= s <= 1120: return '1101-1120'
    b = (s - 1) // 100 * 100 + 1
    return f'{b}-{b+19}'
tot = collections.defaultdict(lambda: [0, 0, 0, 0])
ev = collections.defaultdict(list)
for l in txt:
    m = re.match(r'RUN (\d+) (\S+) detected (\d+)/(\d+) false (\d+) (ok|FAILS)', l)
    if m:
        seed, cfg, d, n, f, ok = m.groups()
        cfg = cfg.split('/')[-1]
        t = tot[(rng(seed), cfg)]
        t[0] += int(d); t[1] += int(n); t[2] += int(f); t[3] += ok == 'ok'
        continue
    m = re.match(r'(WON|LOST|NEW|GONE) (\d+) (\S+) (.*)', l)
    if m:
        kind, seed, cfg, rest = m.groups()
        ev[cfg.split('/')[-1]].append(f'{kind} {seed} {rest}')
ranges = sorted({r for r, _ in tot}, key=lambda r: int(r.split('-')[0]))
cfgs = ['shipped', 'thin-T5.properties']
print('| range | ' + ' | '.join(cfgs) + ' |')
print('|---|' + '---|' * len(cfgs))
grand = collections.defaultdict(lambda: [0, 0, 0, 0])
for r in ranges:
    cells = []
    for c in cfgs:
        t = tot.get((r, c))
        if t is None: cells.append('-'); continue
        cells.append(f'{t[0]}/{t[1]}, {t[2]} false, {t[3]} of 20')
        g = grand[c]
        for i in range(4): g[i] += t[i]
    print(f'| {r} | ' + ' | '.join(cells) + ' |')
print('| all | ' + ' | '.join(f'{grand[c][0]}/{grand[c][1]}, {grand[c][2]} false, {grand[c][3]} seeds' for c in cfgs) + ' |')
for c in cfgs[1:]:
    print(f'\n{c}:')
    for e in ev[c]: print('  ' + e)
