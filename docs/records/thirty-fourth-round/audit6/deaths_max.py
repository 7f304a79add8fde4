# Recount deaths by the round-33 rule (docs/decisions.md "Deaths two recorders count are counted once"):
# per day and place the larger of ACLED's and UCDP GED's sums; places added. GED dated by date_start.
# usage: deaths_max.py AREA|IDN SERIES.json
import csv, sys, json
from collections import defaultdict
from datetime import datetime
D = '/work/shared/data'
sys.path.insert(0, '/work/wt/r34audit6/docs/records/thirty-third-round/audit5')
PAPUA = ["Papua","Papua Barat","West Papua","Irian Jaya","Irian Jaya Barat","West Irian Jaya","Papua Tengah","Central Papua","Papua Pegunungan","Highland Papua","Papua Selatan","South Papua","Papua Barat Daya","Southwest Papua"]
def cap(n):
    out=[]; s=True
    for ch in n: out.append(ch.upper() if s else ch); s = ch in ' -'
    return ''.join(out)
forms=set()
for n in PAPUA:
    for f in (n, cap(n)):
        for s in ('', ' province', ' Province'): forms.add(f+s)
scope, ser = sys.argv[1:3]
ged = defaultdict(int); acl = defaultdict(int)
for r in csv.DictReader(open(D+'/ucdp-ged/ged_hdx_indonesia_1989-2019.csv', encoding='utf-8')):
    if r['iso3'] != 'IDN': continue
    if scope == 'PAPUA' and r['adm_1'].strip() not in forms: continue
    ged[r['date_start'][:10]] += int(r['best'])
for r in csv.DictReader(open(D+'/acled/acled_indonesia_2019-2020.csv', encoding='utf-8')):
    if r['iso3'] != 'IDN': continue
    if scope == 'PAPUA' and r['admin1'].strip() not in forms: continue
    acl[datetime.strptime(r['event_date'], '%d %B %Y').strftime('%Y-%m-%d')] += int(r['fatalities'] or 0)
mx = defaultdict(int); sm = defaultdict(int)
for d in set(ged) | set(acl):
    mx[d[:7]] += max(ged[d], acl[d]); sm[d[:7]] += ged[d] + acl[d]
amity = {p['period'][:7]: p['value'] for p in json.load(open(ser))['points']}
bad = 0
for m in sorted(set(mx) | set(amity)):
    if abs((amity.get(m) or 0) - mx[m]) > 1e-9:
        bad += 1; print('differs', m, 'amity', amity.get(m), 'max-rule', mx[m], 'sum', sm[m])
print(scope, 'months', len(set(mx)|set(amity)), 'differ', bad, 'amity total', sum(v or 0 for v in amity.values()), 'max-rule total', sum(mx.values()), 'plain sum', sum(sm.values()))
for y in ('2019', '2020'):
    print(y, 'amity', [amity.get(f'{y}-{m:02d}') for m in range(1, 13)])
    print(y, 'recount', [mx[f'{y}-{m:02d}'] for m in range(1, 13)])
