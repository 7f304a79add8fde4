#!/usr/bin/env python3
"""Tables of the twenty-fifth round's China-Viet Nam standoff diagnosis (helper r25std) from the
records of tools/signals/StandoffMisses.java: every weak CHN-VNM standoff (and every missed one)
with its places, the lenses' bests against their limits, the dyad lens's ceiling (the z were every
report of the best week conflict: (v - e) / sd, sd = (x - e) / z), the pooled pair, the baseline's
earlier episodes and alerts open before it.
  python3 tools/signals/standoff_misses_summary.py docs/records/twenty-fifth-round/standoffs-*.txt"""
import re, sys
for fn in sys.argv[1:]:
    print("==", fn)
    seed = None; ep = None
    lines = open(fn).read().split("\n")
    eps = []
    for ln in lines:
        m = re.match(r"seed (\d+)", ln)
        if m: seed = m.group(1); continue
        m = re.match(r"\s+STANDOFF (E\d+) (\w+) (\S+) \S+ \S+ setting (\S+) (\S+)\.\.(\S+) peak (\S+) rel (\S+) peak/day (\S+) (DETECTED|MISSED) by (.*)", ln)
        if m:
            ep = dict(seed=seed, id=m.group(1), strength=m.group(2), setting=m.group(4), start=m.group(5), end=m.group(6), rel=m.group(8), status=m.group(10),
                      by=re.findall(r"([a-z_0-9]+)/", m.group(11)), lens={}, near="", alerts=[])
            eps.append(ep); continue
        if ep is None: continue
        m = re.match(r"\s+reports (\d+) incidents (\d+) \| places \{(.*)\}", ln)
        if m:
            pl = dict((k, int(v)) for k, v in (x.split("=") for x in m.group(3).split(", ")))
            ep["reports"] = int(m.group(1))
            ep["sea"] = sum(v for k, v in pl.items() if k.startswith("sea:"))
            ep["centroid"] = sum(v for k, v in pl.items() if k.startswith("centroid:"))
            ep["capitals"] = sum(v for k, v in pl.items() if k.endswith(":Hanoi") or k.endswith(":Beijing"))
            ep["otherland"] = ep["reports"] - ep["sea"] - ep["centroid"] - ep["capitals"]
            continue
        m = re.match(r"\s+own incidents by subject \{(.*)\}", ln)
        if m:
            own = dict((k, int(v)) for k, v in (x.split("=") for x in m.group(1).split(", ")))
            ep["own"] = own; continue
        m = re.match(r"\s+(\S+)\s+(\S+)\s+vol (\S+)/(\S+) days (\d+) based (\d+) thin\(<\S+\) (\d+) \| best z (\S+) \((\S+?)( x (\S+) v (\S+) e (\S+) p (\S+))?\) warn (\S+) \| cusum (\S+) watch (\S+)", ln)
        if m:
            key = m.group(1) + "|" + m.group(2)
            d = dict(z=float(m.group(8)), day=m.group(9), warn=float(m.group(15)), cusum=float(m.group(16)), watch=float(m.group(17)), thin=int(m.group(7)), days=int(m.group(5)))
            if m.group(10):
                x, v, e = float(m.group(11)), float(m.group(12)), float(m.group(13))
                d.update(x=x, v=v, e=e, p=m.group(14))
                if d["z"] > 0 and v == v and x > e: d["ceiling"] = (v - e) / ((x - e) / d["z"])
            ep["lens"][key] = d; continue
        m = re.match(r"\s+sea_dyad_7d\(pair\)\s+\S+ best z (\S+) cusum (\S+)", ln)
        if m: ep["pool"] = (float(m.group(1)), float(m.group(2))); continue
        m = re.match(r"\s+WINDOW DYAD:\S+\s+start-7..end: incidents (\d+) conflict (\d+) .*?\((\d+)% of .*oracle (.*)", ln)
        if m: ep["dyadwin"] = (int(m.group(1)), int(m.group(2)), int(m.group(3))); ep["oracle"] = m.group(4); continue
        m = re.match(r"\s+NEAR ending within 56 d before: (.*) \| overlapping: (.*)", ln)
        if m: ep["near"] = m.group(1); ep["overlap"] = m.group(2); continue
        m = re.match(r"\s+ALERT #\d+ (\S+) (\S+) peak (\S+) opened (\S+) closed (\S+) \| relates (.*)", ln)
        if m: ep["alerts"].append("%s %s %s %s..%s rel %s" % (m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6))); continue
    for ep in eps:
        if ep["strength"] != "weak" and ep["status"] != "MISSED": continue
        L = ep["lens"]
        def f(k):
            d = L.get(k)
            if not d: return "n/s"
            s = "z %.2f/%.2f c %.1f/%.1f" % (d["z"], d["warn"], d["cusum"], d["watch"])
            if "ceiling" in d: s += " ceil %.2f (x %d v %d e %.1f p %s @%s)" % (d["ceiling"], d["x"], d["v"], d["e"], d["p"], d["day"])
            if k.startswith("dyad_conflict_7d"): s += " thin %d/%d" % (d["thin"], d["days"])
            return s
        own = ep.get("own", {})
        print("%s %s %s %s %s..%s rel %s %s by %s" % (ep["seed"], ep["id"], ep["strength"], ep["setting"], ep["start"], ep["end"], ep["rel"], ep["status"], ",".join(sorted(set(ep["by"]))) or "-"))
        print("   reports %d: sea %d, capitals %d, centroids %d, other land %d | own incidents: dyad %d (conflict %d), SCS mc %d, VNM conflict %d | dyad window incidents %d conflict %d (episode %d%%)" % (
            ep["reports"], ep["sea"], ep["capitals"], ep["centroid"], ep["otherland"], own.get("CHN-VNM/all", 0), own.get("CHN-VNM/conflict", 0), own.get("SCS/mc", 0), own.get("VNM/conflict", 0), *ep.get("dyadwin", (0, 0, 0))))
        print("   dyad_conflict_7d %s" % f("dyad_conflict_7d|CHN-VNM"))
        print("   sea_incidents_7d %s | sea_28d %s | pool pair z %.2f cusum %.2f/4" % (f("sea_incidents_7d|SOUTH_CHINA_SEA"), f("sea_incidents_28d|SOUTH_CHINA_SEA"), *ep.get("pool", (0, 0))))
        print("   VNM conflict_7d %s | VNM mc_7d %s | CHN conflict_7d %s" % (f("conflict_7d|VNM"), f("material_conflict_7d|VNM"), f("conflict_7d|CHN")))
        print("   oracle %s" % ep.get("oracle"))
        print("   near %s | overlap %s" % (ep["near"], ep["overlap"]))
        for a in ep["alerts"]: print("   alert %s" % a)
