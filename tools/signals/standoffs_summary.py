#!/usr/bin/env python3
"""Summaries of tools/signals/Standoffs.java outputs (issue 14, twenty-third round, helper r23c).
   python3 tools/signals/standoffs_summary.py FILE [FILE...]"""
import re, sys, statistics as st
from collections import defaultdict, Counter

def parse(path):
    eps, vols, cur, seed = [], [], None, None
    for line in open(path):
        m = re.match(r"seed (\d+) ", line)
        if m: seed = int(m.group(1)); continue
        m = re.match(r"\s+VOL (\w+) country ([\d.]+) inc/day conflict share ([\d.]+) mc share ([\d.]+) \| dyad (\S+) ([\d.]+) inc/day conflict share ([\d.]+) mc share ([\d.]+) volume\(series\) (\d+) floor \d+ (scored|NOT SCORED) \| dyad incidents in SCS over the year \{(.*)\}", line)
        if m:
            sea = dict((k, int(v)) for k, v in re.findall(r"([\w-]+)=(\d+)", m.group(11)))
            vols.append(dict(seed=seed, x=m.group(1), cinc=float(m.group(2)), cconf=float(m.group(3)), dinc=float(m.group(6)), dconf=float(m.group(7)), dmc=float(m.group(8)), dvol=int(m.group(9)), scored=m.group(10), sea=sea))
            continue
        m = re.match(r"\s+STANDOFF (\S+) (\w+) (\S+) \S+ (\S+) setting (\S+) (\S+)\.\.(\S+) peak \S+ rel ([\d.]+) peak/day ([\d.]+) (DETECTED|MISSED) by (.*)", line)
        if m:
            cur = dict(seed=seed, id=m.group(1), strength=m.group(2), dyad=m.group(3), area=m.group(4), setting=m.group(5), start=m.group(6), end=m.group(7), rel=float(m.group(8)), peak=float(m.group(9)), det=m.group(10) == "DETECTED", by=m.group(11), lens={}, window={})
            eps.append(cur); continue
        if cur is None: continue
        m = re.match(r"\s+reports (\d+) incidents (\d+) \| places \{(.*)\}", line)
        if m:
            cur["reports"] = int(m.group(1)); cur["incidents"] = int(m.group(2))
            cur["places"] = dict((k, int(v)) for k, v in re.findall(r"([^,{} ]+)=(\d+)", m.group(3)))
            continue
        m = re.match(r"\s+codes \{(.*)\} quad \{(.*)\}", line)
        if m:
            cur["codes"] = dict((k, int(v)) for k, v in re.findall(r"(\w+)=(\d+)", m.group(1)))
            cur["quad"] = dict((k, int(v)) for k, v in re.findall(r"(\w+)=(\d+)", m.group(2)))
            continue
        m = re.match(r"\s+source \{(.*)\} target \{(.*)\}", line)
        if m:
            cur["src"] = dict((k, int(v)) for k, v in re.findall(r"([\w:-]+)=(\d+)", m.group(1)))
            cur["tgt"] = dict((k, int(v)) for k, v in re.findall(r"([\w:-]+)=(\d+)", m.group(2)))
            continue
        m = re.match(r"\s+own incidents by subject \{(.*)\}", line)
        if m:
            cur["own"] = dict((k, int(v)) for k, v in re.findall(r"([\w/-]+)=(\d+)", m.group(1))); continue
        m = re.match(r"\s+(\S+)\s+(\S+)\s+best z ([-\d.]+) \(\S+\) cusum ([\d.]+)", line)
        if m:
            cur["lens"][(m.group(1), m.group(2))] = (float(m.group(3)), float(m.group(4))); continue
        m = re.match(r"\s+sea_dyad_7d\(pair\)\s+(\S+)\s+best z ([-\d.]+) cusum ([\d.]+)", line)
        if m:
            cur["lens"][("sea_dyad_7d", "pair")] = (float(m.group(2)), float(m.group(3))); continue
        m = re.match(r"\s+(\S+)\s+(\S+)\s+not scored", line)
        if m:
            cur["lens"][(m.group(1), m.group(2))] = None; continue
        m = re.match(r"\s+WINDOW (\S+)\s+start-7\.\.end: incidents (\d+) conflict (\d+) mc (\d+) \| episode's: all (\d+) conflict (\d+) \((\d+)% of the window's conflict\) \| oracle (.*)", line)
        if m:
            o = re.search(r"own conflict (\d+) of x (\d+), vol (\d+), e ([\d.]+), p ([\d.]+), rho ([\d.]+), lens z ([-\d.]+); oracle k/sd ([\d.]+) \(binomial only ([\d.]+)\)", m.group(8))
            cur["window"][m.group(1).split(":")[0]] = dict(inc=int(m.group(2)), conf=int(m.group(3)), own=int(m.group(6)), pct=int(m.group(7)),
                oracle=None if not o else dict(k=int(o.group(1)), x=int(o.group(2)), v=int(o.group(3)), e=float(o.group(4)), p=float(o.group(5)), rho=float(o.group(6)), z=float(o.group(7)), zo=float(o.group(8)), zb=float(o.group(9))))
    return eps, vols

CAPS = {"Hanoi", "Beijing", "Manila", "Kuala_Lumpur", "Jakarta"}
def placecls(k):
    if k.startswith("sea:SOUTH_CHINA_SEA"): return "sea area"
    if k.startswith("sea:"): return "other sea"
    if k.startswith("centroid:"): return "centroid"
    name = k.split(":")[-1]
    if name in CAPS: return "capital"
    if name in ("Gulf_of_Tonkin", "North_Natuna_Sea"): return "named sea, not mapped"
    return "coastal city"

def pct(d, keyf):
    c = Counter()
    for k, v in d.items(): c[keyf(k)] += v
    t = sum(c.values()) or 1
    return c, t

def fmt_lens(e, x):
    a, b = e["dyad"].split("-")
    cl = e["dyad"].split("-")[1]
    def g(k):
        v = e["lens"].get(k)
        return "n/s" if v is None else f"{v[0]:.1f}/{v[1]:.1f}"
    return " ".join([
        f"{b}:c7 {g(('conflict_7d', b))} mc7 {g(('material_conflict_7d', b))} c1 {g(('conflict', b))} co7 {g(('coercion_7d', b))}",
        f"| CHN:c7 {g(('conflict_7d', 'CHN'))} mc7 {g(('material_conflict_7d', 'CHN'))}",
        f"| dyad7 {g(('dyad_conflict_7d', e['dyad']))} dyad1 {g(('dyad_conflict', e['dyad']))}",
        f"| sea7 {g(('sea_incidents_7d', e['area']))} sea28 {g(('sea_incidents_28d', e['area']))} pool {g(('sea_dyad_7d', 'pair'))}"])

for path in sys.argv[1:]:
    eps, vols = parse(path)
    print(f"=== {path}: {len(eps)} standoffs, {sum(e['det'] for e in eps)} detected")
    print("\n-- every standoff: seed id strength dyad setting | reports incidents | detected (first alerts)")
    for e in eps:
        by = e["by"]
        first = ", ".join(re.findall(r"(\w+/[\w-]+)@", by)[:3])
        print(f"{e['seed']:5d} {e['id']:4s} {e['strength']:8s} {e['dyad']:8s} {e['setting']:18s} | {e['reports']:4d} rep {e['incidents']:4d} inc | {'DETECTED ' + first if e['det'] else 'MISSED'}")
    for cls in ("weak",):
        for det in (True, False):
            sel = [e for e in eps if e["strength"] == cls and e["det"] == det]
            if not sel: continue
            print(f"\n-- {cls} {'caught' if det else 'MISSED'}: {len(sel)}")
            for e in sel:
                c, t = pct(e["places"], placecls)
                pl = ", ".join(f"{k} {100*v/t:.0f}%" for k, v in sorted(c.items(), key=lambda x: -x[1]))
                q = e["quad"]; qt = sum(q.values()) or 1
                w = e["window"].get("DYAD", {})
                o = w.get("oracle") or {}
                own = e.get("own", {})
                print(f"  {e['seed']} {e['id']} {e['dyad']} {e['setting']} rel {e['rel']:.3f} peak/day {e['peak']:.1f}: {e['reports']} reports, {e['incidents']} incidents; places {pl}; Q1 {q.get('Q1',0)} Q2 {q.get('Q2',0)} Q3 {q.get('Q3',0)} Q4 {q.get('Q4',0)}")
                print(f"     own incidents: dyad conflict {own.get(e['dyad']+'/conflict',0)}, SCS mc {own.get('SCS/mc',0)}, {e['dyad'].split('-')[1]} conflict {own.get(e['dyad'].split('-')[1]+'/conflict',0)}; dyad window conflict {w.get('conf')} of which episode {w.get('pct')}%")
                if o: print(f"     dyad peak week: own conflict {o['k']} of x {o['x']} (vol {o['v']}, e {o['e']:.1f}, p {o['p']:.3f}, rho {o['rho']:.3f}) lens z {o['z']:.2f}, oracle k/sd {o['zo']:.2f} (binomial {o['zb']:.2f})")
                print(f"     best z/CUSUM: {fmt_lens(e, None)}")
                src = Counter(); tgt = Counter()
                for k, v in e["src"].items(): src[k] += v
                for k, v in e["tgt"].items(): tgt[k] += v
                print(f"     source {dict(src.most_common())} target {dict(tgt.most_common())}")
    # weak caught vs weak missed, means
    print("\n-- weak caught vs weak missed (means)")
    def m(sel, f):
        vals = [f(e) for e in sel]
        vals = [v for v in vals if v is not None]
        return f"{st.mean(vals):.2f}" if vals else "-"
    def lz(k, i=0):
        return lambda e: (e["lens"].get(k) or (None, None))[i] if e["lens"].get(k) else None
    for det in (True, False):
        sel = [e for e in eps if e["strength"] == "weak" and e["det"] == det]
        if not sel: continue
        seaf = lambda e: sum(v for k, v in e["places"].items() if placecls(k) == "sea area") / e["reports"]
        unm = lambda e: sum(v for k, v in e["places"].items() if placecls(k) == "named sea, not mapped") / e["reports"]
        print(f"  {'caught' if det else 'missed'} n={len(sel)} dyads {dict(Counter(e['dyad'] for e in sel))}: reports {m(sel, lambda e: e['reports'])}, rel {m(sel, lambda e: e['rel'])}, peak/day {m(sel, lambda e: e['peak'])}, in sea area {m(sel, seaf)}, at unmapped named seas {m(sel, unm)}; "
              f"dyad7 z {m(sel, lambda e: lz(('dyad_conflict_7d', e['dyad']))(e))} cusum {m(sel, lambda e: lz(('dyad_conflict_7d', e['dyad']),1)(e))}; sea7 z {m(sel, lambda e: lz(('sea_incidents_7d', e['area']))(e))} cusum {m(sel, lambda e: lz(('sea_incidents_7d', e['area']),1)(e))}; "
              f"pool cusum {m(sel, lambda e: lz(('sea_dyad_7d','pair'),1)(e))}; claimant c7 z {m(sel, lambda e: lz(('conflict_7d', e['dyad'].split('-')[1]))(e))}; CHN c7 z {m(sel, lambda e: lz(('conflict_7d','CHN'))(e))}; "
              f"episode % of dyad window conflict {m(sel, lambda e: e['window'].get('DYAD',{}).get('pct'))}; oracle dyad k/sd {m(sel, lambda e: (e['window'].get('DYAD',{}).get('oracle') or {}).get('zo'))}")
    print("\n-- by dyad and strength: detected/all")
    c = defaultdict(lambda: [0, 0])
    for e in eps:
        c[(e["dyad"], e["strength"])][0] += e["det"]; c[(e["dyad"], e["strength"])][1] += 1
    for k in sorted(c): print(f"  {k[0]} {k[1]}: {c[k][0]}/{c[k][1]}")
    print("\n-- by setting: detected/all (weak only in brackets)")
    c = defaultdict(lambda: [0, 0, 0, 0])
    for e in eps:
        c[e["setting"]][0] += e["det"]; c[e["setting"]][1] += 1
        if e["strength"] == "weak": c[e["setting"]][2] += e["det"]; c[e["setting"]][3] += 1
    for k in sorted(c): print(f"  {k}: {c[k][0]}/{c[k][1]} (weak {c[k][2]}/{c[k][3]})")
    print("\n-- claimants' volumes (mean over seeds)")
    for x in ("PHL", "VNM", "MYS", "IDN"):
        sel = [v for v in vols if v["x"] == x]
        if not sel: continue
        print(f"  {x}: country {st.mean(v['cinc'] for v in sel):.1f} inc/day (conflict share {st.mean(v['cconf'] for v in sel):.3f}); dyad CHN-{x} {st.mean(v['dinc'] for v in sel):.2f} inc/day, conflict share {st.mean(v['dconf'] for v in sel):.3f}, mc share {st.mean(v['dmc'] for v in sel):.3f}, series volume {st.mean(v['dvol'] for v in sel):.0f} (min {min(v['dvol'] for v in sel)}), not scored {sum(v['scored'] != 'scored' for v in sel)}; "
              f"dyad incidents in SCS a year: chronic conflict {st.mean(v['sea'].get('chronic-conflict',0) for v in sel):.1f}, background conflict {st.mean(v['sea'].get('background-conflict',0) for v in sel):.1f}, background coop {st.mean(v['sea'].get('background-coop',0) for v in sel):.1f}")
