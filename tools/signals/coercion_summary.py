#!/usr/bin/env python3
"""Tables of docs/records/twenty-fourth-round/coercion-summary.md from the evaluate JSON files
(issue 14, twenty-fourth round, helper r24coerce). Usage: coercion_summary.py SHIPPED.json CAND.json [...pairs]"""
import json, statistics, sys

def ok(s):
    return (s['recall'] is not None and s['recall'] >= 0.9 and (s['precision'] is None or s['precision'] >= 0.8)
            and s['falseAlertsPerCountryYear'] <= 0.3 + 1e-9)

def row(path):
    d = json.load(open(path))
    seeds = d['seeds']
    det = sum(s['detected'] for s in seeds); eps = sum(s['episodes'] for s in seeds)
    fa = sum(s['falseAlerts'] for s in seeds)
    co = sum(s['falseAlertsByLens'].get('coercion_7d', 0) for s in seeds)
    all3 = sum(ok(s) for s in seeds)
    rec = sum(s['recall'] >= 0.9 for s in seeds); fal = sum(s['falseAlertsPerCountryYear'] <= 0.3 + 1e-9 for s in seeds)
    leads = [s['medianLeadDays'] for s in seeds if s['medianLeadDays'] is not None]
    return dict(d=d, det=det, eps=eps, fa=fa, co=co, all3=all3, rec=rec, fal=fal, lead=statistics.median(leads), seeds={s['seed']: s for s in seeds})

args = sys.argv[1:]
print('| run | detectors | detected | false alerts (coercion_7d) | seeds on all three | recall / false-alert targets met | median of seeds\' median lead |')
print('|---|---|---|---|---|---|---|')
for i in range(0, len(args), 2):
    a, b = row(args[i]), row(args[i + 1])
    name = args[i].split('/')[-1].replace('coercion-shipped-', '').replace('.json', '')
    for lab, r in (('shipped', a), ('coercion-sum', b)):
        print(f"| {name} | {lab} | {r['det']}/{r['eps']} | {r['fa']} ({r['co']}) | {r['all3']} of {len(r['seeds'])} | {r['rec']} / {r['fal']} | {r['lead']} |")
for i in range(0, len(args), 2):
    a, b = row(args[i]), row(args[i + 1])
    name = args[i].split('/')[-1].replace('coercion-shipped-', '').replace('.json', '')
    for sd in sorted(a['seeds']):
        x, y = a['seeds'][sd], b['seeds'][sd]
        if (x['detected'], x['falseAlerts'], x['falseAlertsByLens'], x['missed']) != (y['detected'], y['falseAlerts'], y['falseAlertsByLens'], y['missed']) or x['medianLeadDays'] != y['medianLeadDays']:
            print(f"DIFF {name} seed {sd}: detected {x['detected']} -> {y['detected']}, false {x['falseAlerts']} -> {y['falseAlerts']} "
                  f"(by lens {x['falseAlertsByLens']} -> {y['falseAlertsByLens']}), lead {x['medianLeadDays']} -> {y['medianLeadDays']}, "
                  f"all three {ok(x)} -> {ok(y)}, missed {x['missed']} -> {y['missed']}")
