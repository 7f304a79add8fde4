#!/usr/bin/env python3
"""Compare two `amity evaluate --json` outputs (shipped, candidate): totals, waves gained/lost,
false alerts added/removed by seed and subject (r25disp)."""
import json
import sys


def load(p):
    d = json.load(open(p))
    seeds = {s["seed"]: s for s in d["seeds"]}
    return d, seeds


def key(m):
    return json.dumps(m, sort_keys=True)


a, sa = load(sys.argv[1])
b, sb = load(sys.argv[2])
for name, d, s in (("shipped", a, sa), ("candidate", b, sb)):
    det = sum(x["detected"] for x in s.values())
    eps = sum(x["episodes"] for x in s.values())
    fa = sum(x["falseAlerts"] for x in s.values())
    print(f"{name}: {det}/{eps} detected, {fa} false, seeds on all three {d['targets']['all']}")
for seed in sorted(sa):
    ma = {key(m): m for m in sa[seed]["missed"]}
    mb = {key(m): m for m in sb[seed]["missed"]}
    for k in ma.keys() - mb.keys():
        print(f"  gained seed {seed}: {ma[k]}")
    for k in mb.keys() - ma.keys():
        print(f"  LOST seed {seed}: {mb[k]}")
    fa, fb = sa[seed]["falseAlertsBySubject"], sb[seed]["falseAlertsBySubject"]
    for subj in sorted(set(fa) | set(fb)):
        if fa.get(subj, 0) != fb.get(subj, 0):
            print(f"  false seed {seed} {subj}: {fa.get(subj, 0)} -> {fb.get(subj, 0)}")
    la, lb = sa[seed]["falseAlertsByLens"], sb[seed]["falseAlertsByLens"]
    for lens in sorted(set(la) | set(lb)):
        if la.get(lens, 0) != lb.get(lens, 0):
            print(f"    lens {lens}: {la.get(lens, 0)} -> {lb.get(lens, 0)}")
