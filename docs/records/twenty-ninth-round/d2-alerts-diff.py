import json,sys
def load(p):
    return json.load(open(p))
b=load(sys.argv[1]); a=load(sys.argv[2])
def key(x): return (x['scope'],x['subject'],x['indicator'])
def row(x): return f"{x['id']:>3} {x['scope']:8} {x['subject']:18} {x['indicator']:26} {x['peakLevel']:8} {x['opened']}..{x['closed']} period {x['periodStart']}..{x['periodEnd']} value {x['value']} score {x['score']}"
def overlap(x,y):
    return key(x)==key(y) and x['opened']<= (y['closed'] or '9999') and y['opened'] <= (x['closed'] or '9999')
used=set(); out=[]
same=0
for x in sorted(b,key=lambda x:(key(x),x['opened'])):
    m=[y for y in a if overlap(x,y) and id(y) not in used]
    if not m:
        out.append("DISAPPEARS  "+row(x)); continue
    y=m[0]; used.add(id(y))
    fields=['peakLevel','opened','closed','periodStart','periodEnd','value','score','level','status']
    d=[f"{f}: {x.get(f)} -> {y.get(f)}" for f in fields if x.get(f)!=y.get(f)]
    if d: out.append("CHANGES     "+row(x)+"\n              "+"; ".join(d))
    else: same+=1
for y in a:
    if id(y) not in used: out.append("APPEARS     "+row(y))
print(f"alerts before {len(b)}, after {len(a)}; unchanged {same}")
print("\n".join(out))
def per_area(al):
    c={}
    for x in al:
        if x['scope']=='area' and '1995-01-01'<=x['opened']<='2019-12-31':
            c.setdefault(x['subject'],[]).append(x['peakLevel'])
    return {k:(len(v),{l:v.count(l) for l in sorted(set(v))}) for k,v in sorted(c.items())}
print("sea-area alerts opened 1995-2019, before:",per_area(b))
print("sea-area alerts opened 1995-2019, after: ",per_area(a))
def first_warning(al,subj):
    w=[x['opened'] for x in al if x['subject']==subj and x['peakLevel'] in ('warning','alert')]
    return min(w) if w else None
for s in ['SULU_CELEBES','SOUTH_CHINA_SEA','MALACCA_SINGAPORE']:
    print(s,"first warning-or-above opened: before",first_warning(b,s),"after",first_warning(a,s))
    w=[x['opened']+' '+x['indicator']+' '+x['peakLevel'] for x in a if x['subject']==s and x['peakLevel'] in ('warning','alert') and '2015-01-01'<=x['opened']<='2016-12-31']
    print("   after, warnings opened 2015-2016:",w)
