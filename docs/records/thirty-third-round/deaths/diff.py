import json,sys
def load(p):
    out={}
    for a in json.load(open(p)):
        k=(a['scope'],a['subject'],a['indicator'],a['opened'])
        out[k]=a
    return out
b=load(sys.argv[1]); a=load(sys.argv[2])
F=['level','peakLevel','status','updated','closed','protracted','value','baseline','score','periodStart']
print('before',len(b),'after',len(a))
for k in sorted(set(b)-set(a)):
    x=b[k]; print('REMOVED',k,x.get('id'),x.get('peakLevel'),x.get('value'),x.get('baseline'),x.get('closed'))
for k in sorted(set(a)-set(b)):
    x=a[k]; print('ADDED',k,x.get('id'),x.get('peakLevel'),x.get('value'),x.get('baseline'),x.get('closed'))
for k in sorted(set(a)&set(b)):
    d=[(f,b[k].get(f),a[k].get(f)) for f in F if b[k].get(f)!=a[k].get(f)]
    if d: print('CHANGED',k,b[k]['id'],d)
