# Scratch (issue 14, twenty-second round): the weak insurgencies of the four design runs (tools/signals/Insurgency.java outputs), missed against detected by the shipped detectors. Run from the repository root: python3 tools/signals/insurgency_weak.py
import sys, statistics
sys.argv=['x']
exec(open('tools/signals/insurgency_summary.py').read())
R='docs/records/twenty-second-round/'
allw=[]
for f in ['cand-1-20.txt','cand-1101-1120.txt','cand-1-20-history.txt','cand-1101-1120-history.txt']:
    seeds,totals,cal=parse(R+f)
    for s in seeds:
        for e in s['ins']:
            if e['strength']=='weak': allw.append((f,s['seed'],e))
def stats(sel,label):
    pk=[e['peak'] for _,_,e in sel]; ar=[e['where'][0]/e['n'] for _,_,e in sel]; ce=[e['where'][2]/e['n'] for _,_,e in sel]
    t7=[e['lens']['theatre_material_conflict_7d'][0] for _,_,e in sel]; c7=[e['lens']['theatre_material_conflict_7d'][1] for _,_,e in sel]
    l28=[e['lens']['theatre_material_conflict_28d_long'][0] for _,_,e in sel if 'theatre_material_conflict_28d_long' in e['lens']]
    m7=[e['lens']['material_conflict_7d'][0] for _,_,e in sel]; cd=[e['lens']['rebel_material_conflict_7d'][0] for _,_,e in sel]
    mr=[float(e['mcreb']) for _,_,e in sel]; n=[e['n'] for _,_,e in sel]
    md=lambda x: f"{statistics.median(x):.2f} [{min(x):.2f}-{max(x):.2f}]" if x else '-'
    print(f"{label}: n {len(sel)} | peak/day {md(pk)} | reports {md(n)} | in area {md(ar)} centroid {md(ce)} | mc&rebel {md(mr)} | theatre7d z {md(t7)} cusum {md(c7)} | long28 z {md(l28)} | country mc7d z {md(m7)} | candidate z {md(cd)}")
miss=[x for x in allw if x[2]['shipped']=='MISSED']; det=[x for x in allw if x[2]['shipped']=='DETECTED']
stats(det,'weak detected'); stats(miss,'weak missed')
for area in ['MINDANAO','DEEP_SOUTH','KACHIN_SHAN','RAKHINE','PAPUA']:
    a=[x for x in allw if x[2]['area']==area]; m=[x for x in a if x[2]['shipped']=='MISSED']
    print(area, len(a), 'weak,', len(m), 'missed; peak/day median', statistics.median([x[2]['peak'] for x in a]) if a else '-')
for f,s,e in miss: print(' MISSED', f, s, e['id'], e['area'], e['peak'], e['n'], e['where'], e['lens'].get('theatre_material_conflict_7d'), e['lens'].get('material_conflict_7d'), e['lens'].get('rebel_material_conflict_7d'))
