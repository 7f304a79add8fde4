import json,sys
from collections import Counter
def load(f):
    d=json.load(open(f)); return {s['seed']:s for s in d['seeds']}, d
tot=Counter()
for pair in sys.argv[1:]:
    a,b=pair.split(':')
    A,da=load(a); B,db=load(b)
    det_a=sum(s['detected'] for s in A.values()); det_b=sum(s['detected'] for s in B.values())
    ep=sum(s['episodes'] for s in A.values())
    fa_a=sum(s['falseAlerts'] for s in A.values()); fa_b=sum(s['falseAlerts'] for s in B.values())
    ok=lambda S: sum(1 for s in S.values() if s['recall']>=0.9 and s['precision']>=0.8 and s['falseAlertsPerCountryYear']<=0.3)
    print(f"== {a} -> {b}: detected {det_a}/{ep} -> {det_b}/{ep} ({det_b-det_a:+d}), false {fa_a} -> {fa_b} ({fa_b-fa_a:+d}), all-three {ok(A)} -> {ok(B)} of {len(A)}; median lead {da.get('medianLeadDays')} -> {db.get('medianLeadDays')}")
    for k in sorted(A):
        sa,sb=A[k],B[k]
        ma,mb=set(sa['missed']),set(sb['missed'])
        for m in sorted(ma-mb): print(f"   seed {k} GAINED {m}")
        for m in sorted(mb-ma): print(f"   seed {k} LOST {m}")
        if sa['falseAlertsBySubject']!=sb['falseAlertsBySubject'] or sa['falseAlertsByLens']!=sb['falseAlertsByLens'] or sa['falseAlerts']!=sb['falseAlerts']:
            print(f"   seed {k} false {sa['falseAlerts']} -> {sb['falseAlerts']}: by subject {sa['falseAlertsBySubject']} -> {sb['falseAlertsBySubject']}; by lens {sa['falseAlertsByLens']} -> {sb['falseAlertsByLens']}")
        if sa['alerts']!=sb['alerts'] and ma==mb and sa['falseAlerts']==sb['falseAlerts']:
            print(f"   seed {k} alerts {sa['alerts']} -> {sb['alerts']} (same detections and false alerts)")
    tot['ddet']+=det_b-det_a; tot['dfa']+=fa_b-fa_a
print('TOTAL', dict(tot))
