# Summary of the twenty-fifth round's paired runs (shipped vs fixed history protocol), from the
# evaluate --json files in docs/records/twenty-fifth-round/. Run from the repository root.
import json, os, sys
R = 'docs/records/twenty-fifth-round'
runs = ['hist-1-20', '1y-1-20', '1y-1101-1120', 'hist-2505', 'hist-2514', 'hist-2402', 'hist-2208',
        'hist-2501-2520', 'hist-2401-2420', 'hist-2201-2220']
for r in runs:
    row = []
    missed = {}
    for tag in ['shipped', 'fixed']:
        f = f'{R}/{tag}-{r}.json'
        if not os.path.exists(f) or os.path.getsize(f) == 0:
            row.append(f'{tag}: (not run)'); continue
        d = json.load(open(f))
        seeds = d.get('seeds')
        if seeds is None:  # a single seed prints one evaluation
            seeds = [d]
        det = sum(s['detected'] for s in seeds); eps = sum(s['episodes'] for s in seeds)
        fa = sum(s['falseAlerts'] for s in seeds); na = sum(s['alerts'] for s in seeds)
        ok = d['targets']['all'] if 'targets' in d else sum(
            1 for s in seeds if s['recall'] >= 0.9 and (s['precision'] is None or s['precision'] >= 0.8) and s['falseAlertsPerCountryYear'] <= 0.3)
        row.append(f'{tag}: detected {det}/{eps}, alerts {na}, false {fa}, all three {ok}/{len(seeds)}')
        missed[tag] = {(s.get('seed'), m) for s in seeds for m in (s.get('missed') or [])} if 'missed' in seeds[0] else {
            (None, x['id'] + ' ' + x['type'] + ' ' + x['strength'] + ' ' + '-'.join(x['parties'])) for x in d.get('detail', []) if not x['detected']}
    print(f'{r:16s} ' + ' | '.join(row))
    if len(missed) == 2:
        print('   recovered by the fix:', sorted(missed['shipped'] - missed['fixed'], key=str))
        print('   lost by the fix:', sorted(missed['fixed'] - missed['shipped'], key=str))
