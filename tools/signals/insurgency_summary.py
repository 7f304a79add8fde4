#!/usr/bin/env python3
"""Tables of the twenty-second round from tools/signals/Insurgency.java outputs.
usage: insurgency_summary.py FILE...   (each file one range and protocol)"""
import re, sys, statistics

def parse(path):
    seeds, cur = [], None
    cal, totals = {}, {}
    for line in open(path):
        m = re.match(r'seed (\d+)', line)
        if m:
            cur = {'seed': int(m.group(1)), 'ins': [], 'runs': {}}; seeds.append(cur); continue
        m = re.match(r'\s+INS (\S+) (\S+) (\S+) rel (\S+) peak/day (\S+) (\S+) (DETECTED|MISSED) \| reports (\d+): area (\d+) other-div (\d+) centroid (\d+) elsewhere (\d+) \| mc (\S+) rebel (\S+) mc&rebel (\S+) uaf (\S+) country-coded rebel (\S+)', line)
        if m:
            g = m.groups()
            cur['ins'].append({'id': g[0], 'area': g[1], 'strength': g[2], 'rel': float(g[3]), 'peak': float(g[4]), 'span': g[5], 'shipped': g[6],
                               'n': int(g[7]), 'where': [int(x) for x in g[8:12]], 'mc': g[12], 'rebel': g[13], 'mcreb': g[14], 'lens': {}})
            continue
        m = re.match(r'\s+(theatre_material_conflict_7d|theatre_material_conflict_28d_long|material_conflict_7d|conflict_7d|rebel_material_conflict_7d)\s+(\S+)\s+best z (\S+) cusum (\S+)(.*)', line)
        if m and cur and cur['ins']:
            extra = m.group(5)
            r = re.search(r'ratio (\S+)\)', extra)
            cur['ins'][-1]['lens'][m.group(1)] = (float(m.group(3)), float(m.group(4)), float(r.group(1)) if r else None)
            continue
        m = re.match(r'\s+RUN (\S+)\s+recall (\S+) false (\d+) \((\S+)/cy\) by subject (\{.*?\})( ok)? missed: (.*)', line)
        if m:
            cur['runs'][m.group(1)] = {'false': int(m.group(3)), 'ok': bool(m.group(6)), 'missed': [x.strip() for x in m.group(7).split(';') if x.strip()]}
            continue
        m = re.match(r'TOTAL (\S+)\s+detected (\d+)/(\d+) false (\d+) all three (\d+) weak insurgencies missed (\d+) of (\d+)', line)
        if m:
            totals[m.group(1)] = tuple(int(x) for x in m.groups()[1:])
            continue
        m = None if line.startswith('CAL lens') else re.match(r'CAL (\S+) (\S+) (\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)\s+(\S+)', line)
        if m:
            cal[(m.group(1), m.group(2), m.group(3))] = [float(x) for x in m.groups()[3:]]
    return seeds, totals, cal

for path in sys.argv[1:]:
    seeds, totals, cal = parse(path)
    print(f'== {path}: {len(seeds)} seeds')
    for k, (d, e, f, a, wm, w) in totals.items():
        print(f'  TOTAL {k:8s} detected {d}/{e} false {f} all three {a} weak insurgencies missed {wm}/{w}')
    runs = [k for k in (seeds[0]['runs'] if seeds else {}) if k != 'shipped']
    for k in runs:
        added_false = sum(s['runs'][k]['false'] - s['runs']['shipped']['false'] for s in seeds)
        caught = [f"{s['seed']} {x}" for s in seeds for x in s['runs']['shipped']['missed'] if x not in s['runs'][k]['missed']]
        lost = [f"{s['seed']} {x}" for s in seeds for x in s['runs'][k]['missed'] if x not in s['runs']['shipped']['missed']]
        moved = [s['seed'] for s in seeds if s['runs'][k]['ok'] != s['runs']['shipped']['ok']]
        print(f'  {k}: added false {added_false}; newly detected {caught}; lost {lost}; seeds changing all-three status {moved}')
    # insurgency episodes by strength and outcome
    ins = [(s['seed'], e) for s in seeds for e in s['ins']]
    for strength in ('weak', 'moderate', 'strong'):
        es = [e for _, e in ins if e['strength'] == strength]
        if not es: continue
        miss = [e for e in es if e['shipped'] == 'MISSED']
        tot = [sum(e['where'][i] for e in es) for i in range(4)]; n = sum(tot)
        print(f'  {strength}: {len(es)} insurgencies, {len(miss)} missed by shipped; reports area {tot[0]/n:.2f} other-div {tot[1]/n:.2f} centroid {tot[2]/n:.2f} elsewhere {tot[3]/n:.2f}')
    print('  weak insurgencies (seed id area peak/day shipped | area/other/centroid share | best z/cusum: theatre7d, long28, country mc7d, candidate | theatre7d baseline ratio, long28 ratio):')
    for seed, e in ins:
        if e['strength'] != 'weak': continue
        n = e['n']; L = e['lens']
        def zc(name):
            v = L.get(name); return f'{v[0]:.2f}/{v[1]:.1f}' if v else '-'
        def ratio(name):
            v = L.get(name); return f'{v[2]:.2f}' if v and v[2] is not None else '-'
        print(f"   {seed:5d} {e['id']:4s} {e['area']:11s} {e['peak']:6.2f} {e['shipped']:8s} | {e['where'][0]/n:.2f}/{e['where'][1]/n:.2f}/{e['where'][2]/n:.2f} mc&rebel {e['mcreb']} | {zc('theatre_material_conflict_7d')} {zc('theatre_material_conflict_28d_long')} {zc('material_conflict_7d')} {zc('rebel_material_conflict_7d')} | {ratio('theatre_material_conflict_7d')} {ratio('theatre_material_conflict_28d_long')}")
    for key, v in sorted(cal.items()):
        print(f'  CAL {key[0]:36s} {key[1]:12s} {key[2]:10s} n {v[0]:6.0f} mean {v[1]:6.3f} var {v[2]:6.3f} P(z>3) {v[3]:.5f} P(score>=3) {v[4]:.5f} max {v[5]:.2f}')

def pooled(cal, lens, kind='null-days'):
    rows = [v for k, v in cal.items() if k[0] == lens and k[2] == kind]
    if not rows: return None
    N = sum(r[0] for r in rows)
    m = sum(r[0] * r[1] for r in rows) / N
    ez2 = sum(r[0] * (r[2] + r[1] ** 2) for r in rows) / N
    p3 = sum(r[0] * r[3] for r in rows) / N
    ps3 = sum(r[0] * r[4] for r in rows) / N
    return N, m, ez2 - m * m, p3, ps3, max(r[5] for r in rows)

if len(sys.argv) > 1:
    print('== pooled calibration (days, mean, var z, P(z>3), P(score>=3), max score)')
    for path in sys.argv[1:]:
        seeds, totals, cal = parse(path)
        for lens, kind in [('theatre_material_conflict_7d', 'null-days'), ('theatre_material_conflict_7d', 'all-days'), ('material_conflict_7d', 'null-days'), ('rebel_material_conflict_7d', 'null-days')]:
            p = pooled(cal, lens, kind)
            if p: print(f'  {path.split("/")[-1]:30s} {lens:30s} {kind:9s} n {p[0]:6.0f} mean {p[1]:6.3f} var {p[2]:.3f} P(z>3) {p[3]:.4f} P(score>=3) {p[4]:.4f} max {p[5]:.2f}')
        ratios7 = [e['lens']['theatre_material_conflict_7d'][2] for s in seeds for e in s['ins'] if e['strength'] == 'weak' and e['lens'].get('theatre_material_conflict_7d') and e['lens']['theatre_material_conflict_7d'][2] is not None]
        ratios28 = [e['lens']['theatre_material_conflict_28d_long'][2] for s in seeds for e in s['ins'] if e['strength'] == 'weak' and e['lens'].get('theatre_material_conflict_28d_long') and e['lens']['theatre_material_conflict_28d_long'][2] is not None]
        if ratios7: print(f'  {path.split("/")[-1]:30s} weak insurgencies: baseline/clean share at best day, theatre 7d median {statistics.median(ratios7):.2f} (range {min(ratios7):.2f}-{max(ratios7):.2f}, n {len(ratios7)}); long28 median {statistics.median(ratios28):.2f} (range {min(ratios28):.2f}-{max(ratios28):.2f}, n {len(ratios28)})')
