# Scratch summary of issue 14, twenty-fifth round (helper r25pir): shipped vs candidate evaluate JSON.
#   python3 tools/signals/pirates28_summary.py SHIPPED.json CANDIDATE.json [label]
import json, sys
def load(p):
    d = json.load(open(p))
    return d, {s['seed']: s for s in d['seeds']}
def miss(s):
    return {str(m.get('id', m)) if isinstance(m, dict) else str(m): m for m in s['missed']}
def ok(s):
    prec = s['precision']
    return s['recall'] >= 0.9 and (prec is None or prec >= 0.8) and s['falseAlertsPerCountryYear'] <= 0.3 + 1e-9
a, A = load(sys.argv[1]); b, B = load(sys.argv[2])
label = sys.argv[3] if len(sys.argv) > 3 else ''
def tot(S):
    return sum(s['detected'] for s in S.values()), sum(s['episodes'] for s in S.values()), sum(s['falseAlerts'] for s in S.values()), sum(ok(s) for s in S.values())
ta, tb = tot(A), tot(B)
print(f"{label} shipped {ta[0]}/{ta[1]}, {ta[2]} false, {ta[3]} on all three | candidate {tb[0]}/{tb[1]}, {tb[2]} false, {tb[3]} on all three | targets shipped {a['targets']} candidate {b['targets']}")
for seed in sorted(A):
    sa, sb = A[seed], B[seed]
    ma, mb = miss(sa), miss(sb)
    gained = [ma[k] for k in ma if k not in mb]; lost = [mb[k] for k in mb if k not in ma]
    fa, fb = sa['falseAlertsBySubject'], sb['falseAlertsBySubject']
    la, lb = sa['falseAlertsByLens'], sb['falseAlertsByLens']
    dsub = {k: fb.get(k, 0) - fa.get(k, 0) for k in set(fa) | set(fb) if fb.get(k, 0) != fa.get(k, 0)}
    dlen = {k: lb.get(k, 0) - la.get(k, 0) for k in set(la) | set(lb) if lb.get(k, 0) != la.get(k, 0)}
    if gained or lost or dsub or dlen or ok(sa) != ok(sb):
        print(f"  seed {seed}: gained {gained} lost {lost} false {sa['falseAlerts']}->{sb['falseAlerts']} by subject {dsub} by lens {dlen} all three {ok(sa)}->{ok(sb)}")
for seed in sorted(B):
    if B[seed]['missed']:
        print(f"  seed {seed} candidate still misses {B[seed]['missed']}")
