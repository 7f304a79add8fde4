"""Scratch (r26fa): classify the FA lines of FalseAlerts.java outputs into causes; print tables.
Usage: python3 tools/signals/falsealerts_summary.py docs/records/twenty-sixth-round/falsealerts-*.txt"""
import re, sys, collections

def parse(line):
    p = line.rstrip('\n').split(' | ')
    h = p[0].split()
    a = dict(seed=int(h[1]), lens=h[2], subject=h[3], span=h[4], peak=h[6], day=int(h[8]), raw=line.strip())
    for part in p[1:]:
        m = re.match(r'z (\S+) \(warn (\S+) alert \S+\) cusum (\S+) \(watch (\S+)\) trigger (\S+) margin (.*) maxz (\S+)', part)
        if m:
            a.update(z=float(m[1]), zw=float(m[2]), c=float(m[3]), cw=None if m[4] == '-' else float(m[4]), trig=m[5], maxz=float(m[7]))
            a['ratio'] = a['z'] / a['zw'] if a['trig'] == 'z' else a['c'] / a['cw']
        m = re.match(r'x (\S+) v (\S+) e (\S+) \(median e (\S+)\) p (\S+) \(median p (\S+)\)', part)
        if m:
            a.update(x=float(m[1]), v=None if m[2] == '-' else float(m[2]), e=float(m[3]), me=float(m[4]), bp=float(m[5]), mp=float(m[6]))
            a['base'] = a['bp'] / a['mp'] if a['v'] is not None and a['mp'] > 0 else (a['e'] / a['me'] if a['me'] > 0 else float('nan'))
        m = re.match(r'(noEP|noCHR) x (\S+) z (\S+) (SURVIVES|GONE)', part)
        if m:
            a[m[1]] = m[4]; a[m[1] + 'x'] = None if m[2] == '-' else float(m[2])
        if part.startswith('window incidents by origin'):
            mix, _, lp = part.partition(' lens part by origin ')
            a['mix'] = dict((k, int(v)) for k, v in re.findall(r'([^{}=, ]+)=(\d+)', mix))
            a['part'] = dict((k, int(v)) for k, v in re.findall(r'([^{}=, ]+)=(\d+)', lp)) if lp else None
        if part.startswith(('DECOY', 'QUIET', 'EP ', 'no context')):
            a['ctx'] = part
    return a

def causes(a):
    """All tags that apply, then the primary one by priority."""
    tags = []
    ctx = a.get('ctx', '')
    L = 28 if '28d' in a['lens'] else 7 if a['lens'].endswith('7d') else 1
    # episode of another country feeding the series (the alert goes without the episodes' reports)
    eps_in_mix = {k: v for k, v in a.get('mix', {}).items() if re.match(r'E\d+$', k)}
    src = a['part'] if a.get('part') is not None else a.get('mix', {})
    ep_in = {k: v for k, v in src.items() if re.match(r'E\d+$', k)}
    if a.get('noEP') == 'GONE':
        tags.append('episode-spill' if ep_in else 'episode-history')
    elif ep_in:
        tags.append('episode-part')
    # decoy: its days inside the lens window, or an echo (opening within 7 days after its end)
    for m in re.finditer(r'DECOY \S+ \S+ x(\S+) (\S+)\.\.(\S+) \(opening ([+-]\d+) d from its end\)', ctx):
        after = int(m[4]); dur = (int(m[3][-2:]) - int(m[2][-2:])) % 31 + 1
        if -dur + 1 <= after <= L + 6:
            tags.append('decoy')
    # own episode: aftermath beyond the tail, or lead before the margin
    for m in re.finditer(r'EP (\S+) (\S+) (\S+) (\S+)( inv \S+)? \S+ \(opening (before|after|inside) window by (\d+) d\)', ctx):
        if m[6] == 'after' and int(m[7]) <= 42: tags.append('aftermath')
        if m[6] == 'before' and int(m[7]) <= 14: tags.append('lead')
    for m in re.finditer(r'QUIET \S+ x\S+ \(opening ([+-]\d+) d from its end(, inside)?\)', ctx):
        since = int(m[1])
        if m[2] or 0 <= since <= L: tags.append('lull')
        elif L < since <= L + 35: tags.append('lull-in-baseline')
    if a.get('noCHR') == 'GONE':
        tags.append('chronic-part')
    if a['day'] <= 42:
        tags.append('warm-up')
    if a.get('base', 1) < 0.75:
        tags.append('low-baseline')
    if a.get('twins'):
        tags.append('twin')
    order = ['episode-spill', 'episode-history', 'chronic-part', 'decoy', 'lull', 'low-baseline', 'warm-up', 'lull-in-baseline']
    prim = next((t for t in order if t in tags), 'noise')
    return tags, prim

if __name__ == '__main__':
    rows = []
    for f in sys.argv[1:]:
        for line in open(f):
            if line.startswith('FA '):
                a = parse(line); a['tags'], a['primary'] = causes(a); rows.append(a)
    seen = set(); uniq = []
    for a in rows:
        k = (a['seed'], a['lens'], a['subject'], a['span'])
        if k not in seen: seen.add(k); uniq.append(a)
    rows = uniq
    # twins: another false alert of the same seed on the same country (or a theatre/dyad of it) opened within 7 days
    import datetime
    d0 = lambda a: datetime.date.fromisoformat(a['span'].split('..')[0])
    def ctry(a):
        sc, sub = a['subject'].split(':', 1)
        if sc == 'country': return {sub}
        if sc == 'dyad': return set(re.split('[->]', sub))
        if sc == 'theatre': return {dict(MINDANAO='PHL', DEEP_SOUTH='THA', RAKHINE='MMR', KACHIN_SHAN='MMR', PAPUA='IDN').get(sub, sub)}
        return {sub}
    for a in rows:
        tw = [b for b in rows if b is not a and b['seed'] == a['seed'] and ctry(a) & ctry(b) and abs((d0(a) - d0(b)).days) <= 7]
        a['twins'] = [b['lens'] + '@' + b['subject'] for b in tw]
    for a in rows:
        a['tags'], a['primary'] = causes(a)
    print('false alerts', len(rows))
    lenses = collections.Counter(a['lens'] for a in rows)
    prims = ['episode-spill', 'episode-history', 'chronic-part', 'decoy', 'lull', 'low-baseline', 'warm-up', 'lull-in-baseline', 'noise']
    print('\nPRIMARY CAUSE BY LENS')
    print('| lens | n | ' + ' | '.join(prims) + ' |')
    for l, n in lenses.most_common():
        c = collections.Counter(a['primary'] for a in rows if a['lens'] == l)
        print(f'| {l} | {n} | ' + ' | '.join(str(c.get(p, 0) or '') for p in prims) + ' |')
    c = collections.Counter(a['primary'] for a in rows)
    print(f'| all | {len(rows)} | ' + ' | '.join(str(c.get(p, 0)) for p in prims) + ' |')
    print('\nANY TAG BY LENS (an alert can carry several)')
    for l, n in lenses.most_common():
        c = collections.Counter(t for a in rows if a['lens'] == l for t in a['tags'])
        print(f'  {l} ({n}): ' + ', '.join(f'{k} {v}' for k, v in c.most_common()))
    print('\nMARGINS BY LENS (ratio of the trigger to its limit at the opening period)')
    for l, n in lenses.most_common():
        rs = sorted(a for a in rows if a['lens'] == l and 'ratio' in a) if False else [a for a in rows if a['lens'] == l and 'ratio' in a]
        zt = sorted(a['ratio'] for a in rs if a['trig'] == 'z'); ct = sorted(a['ratio'] for a in rs if a['trig'] == 'cusum')
        fmt = lambda v: ' '.join(f'{x:.3f}' for x in v)
        within = lambda v, q: sum(1 for x in v if x <= q)
        print(f'  {l}: z-opened {len(zt)} [{fmt(zt)}]; cusum-opened {len(ct)} [{fmt(ct)}]; within 5% {within(zt,1.05)+within(ct,1.05)}, within 10% {within(zt,1.10)+within(ct,1.10)}, within 20% {within(zt,1.2)+within(ct,1.2)}; peak maxz {sorted(round(a["maxz"],2) for a in rs)}')
    print('\nBASELINE AT THE OPENING AGAINST THE SERIES MEDIAN (share lenses: baseline share / median baseline share; counts: expected / median expected)')
    import statistics
    for l, n in lenses.most_common():
        bs = sorted(a['base'] for a in rows if a['lens'] == l and a.get('base') == a.get('base') and 'base' in a)
        if bs: print(f'  {l}: median {statistics.median(bs):.2f}, below 1: {sum(1 for x in bs if x < 1)}/{len(bs)}, below 0.75: {sum(1 for x in bs if x < 0.75)} [{" ".join(f"{x:.2f}" for x in bs)}]')
    print('\nOPENING DAY (days from 2025-01-01)')
    print('  ' + ' '.join(str(a['day']) for a in sorted(rows, key=lambda a: a['day'])))
    bins = collections.Counter(min(a['day'] // 30, 12) for a in rows)
    print('  per 30 days: ' + ' '.join(f'{30*k}-{30*k+29}:{bins.get(k,0)}' for k in range(13)))
    print('\nSUBJECTS BY LENS')
    for l, n in lenses.most_common():
        print(f'  {l}: ' + ', '.join(f'{k} {v}' for k, v in collections.Counter(a['subject'] for a in rows if a['lens'] == l).most_common()))
    print('\nALL')
    for a in sorted(rows, key=lambda a: (a['lens'], a['primary'])):
        print(f"  {a['lens']:30s} {a['primary']:14s} {','.join(a['tags']):40s} {a['seed']} {a['subject']} {a['span']} day {a['day']} {a.get('trig','?')} x{a.get('ratio',float('nan')):.3f} maxz {a.get('maxz',float('nan')):.2f} base {a.get('base',float('nan')):.2f} x/e {a.get('x',0):.0f}/{a.get('e',0):.1f} (med e {a.get('me',0):.1f}) part {a.get('part')} twins {a.get('twins')}")
