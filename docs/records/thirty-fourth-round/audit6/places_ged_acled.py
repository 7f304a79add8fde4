# Recount a country's or conflict area's map points from GED and ACLED (dates inclusive).
# usage: places_ged_acled.py SCOPE(IDN|PHL|PAPUA|MINDANAO) FROM TO
import csv, sys
from datetime import datetime
from collections import Counter
D = '/work/shared/data'
NAMES = {'MINDANAO': ["Basilan","Lanao del Norte","Lanao del Sur","Maguindanao","Maguindanao del Norte","Maguindanao del Sur","Cotabato","North Cotabato","Sulu","Zamboanga del Norte","Zamboanga del Sur","Zamboanga Sibugay","Shariff Kabunsuan","Sultan Kudarat","Tawi-Tawi"],
         'PAPUA': ["Papua","Papua Barat","West Papua","Irian Jaya","Irian Jaya Barat","West Irian Jaya","Papua Tengah","Central Papua","Papua Pegunungan","Highland Papua","Papua Selatan","South Papua","Papua Barat Daya","Southwest Papua"]}
scope, f, t = sys.argv[1:4]
iso = {'PAPUA': 'IDN', 'MINDANAO': 'PHL'}.get(scope, scope)
def cap(n):
    out=[]; s=True
    for ch in n: out.append(ch.upper() if s else ch); s = ch in ' -'
    return ''.join(out)
forms = None
if scope in NAMES:
    forms = set()
    for n in NAMES[scope]:
        for x in (n, cap(n)):
            for s in ('', ' province', ' Province', ' state', ' State', ' region', ' Region'): forms.add(x + s)
ged = 0; gedsea = 0
for fn in ('ged_hdx_indonesia_1989-2019.csv', 'ged_hdx_philippines_1989-2021.csv'):
    for r in csv.DictReader(open(D + '/ucdp-ged/' + fn, encoding='utf-8')):
        if r['iso3'] != iso or not (f <= r['date_start'][:10] <= t): continue
        if forms is not None and r['adm_1'].strip() not in forms: continue
        ged += 1
ac = Counter()
for r in csv.DictReader(open(D + '/acled/acled_indonesia_2019-2020.csv', encoding='utf-8')):
    d = datetime.strptime(r['event_date'], '%d %B %Y').strftime('%Y-%m-%d')
    if r['iso3'] != iso or not (f <= d <= t): continue
    if forms is not None and r['admin1'].strip() not in forms: continue
    ac[(r['event_type'], r['sub_event_type'])] += 1
print(scope, f, t, 'GED', ged, 'ACLED', sum(ac.values()), 'ACLED not strategic/other', sum(v for k, v in ac.items() if k != ('Strategic developments', 'Other')))
for k, v in sorted(ac.items(), key=lambda x: -x[1])[:12]: print('  ', k, v)
