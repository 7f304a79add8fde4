# Deaths per month in a conflict area from the shared UCDP GED and ACLED files, by the documented
# naming rule (org.amity.event.ConflictArea: division names, alone or with " province"/" state"/
# " region", either case, every word capitalised). Prints GED, ACLED and their sum per month and
# compares with an Amity series JSON.  usage: theatre_deaths.py DATA AREA SERIES.json [WHERE_PREC_LEFT_OUT,...]
import csv, sys, json
from collections import defaultdict
D, area, ser = sys.argv[1:4]
NAMES = {'MINDANAO': ('PHL', ["Basilan","Lanao del Norte","Lanao del Sur","Maguindanao","Maguindanao del Norte","Maguindanao del Sur","Cotabato","North Cotabato","Sulu","Zamboanga del Norte","Zamboanga del Sur","Zamboanga Sibugay","Shariff Kabunsuan","Sultan Kudarat","Tawi-Tawi"]),
         'PAPUA': ('IDN', ["Papua","Papua Barat","West Papua","Irian Jaya","Irian Jaya Barat","West Irian Jaya","Papua Tengah","Central Papua","Papua Pegunungan","Highland Papua","Papua Selatan","South Papua","Papua Barat Daya","Southwest Papua"])}
iso, names = NAMES[area]
def cap(n):
    out = []; start = True
    for ch in n: out.append(ch.upper() if start else ch); start = ch in ' -'
    return ''.join(out)
forms = set()
for n in names:
    for f in (n, cap(n)):
        for s in ('', ' province', ' Province', ' state', ' State', ' region', ' Region'): forms.add(f + s)
ged = defaultdict(int); acl = defaultdict(int)
for f in ('ged_hdx_indonesia_1989-2019.csv', 'ged_hdx_philippines_1989-2021.csv'):
    for r in csv.DictReader(open(D + '/ucdp-ged/' + f, encoding='utf-8')):
        if r['iso3'] == iso and r['adm_1'].strip() in forms and (len(sys.argv) < 5 or r['where_prec'] not in sys.argv[4].split(',')): ged[r['date_start'][:7]] += int(r['best'])
from datetime import datetime
for r in csv.DictReader(open(D + '/acled/acled_indonesia_2019-2020.csv', encoding='utf-8')):
    if r['iso3'] == iso and r['admin1'].strip() in forms:
        acl[datetime.strptime(r['event_date'], '%d %B %Y').strftime('%Y-%m')] += int(r['fatalities'] or 0)
for r in csv.DictReader(open(D + '/acled/acled_asia2015_sea_legacy.csv', encoding='utf-8')):
    pass  # the 2015 file holds no Philippine or Indonesian rows
amity = {p['period'][:7]: p for p in json.load(open(ser))['points']}
months = sorted(set(ged) | set(acl) | set(amity))
dis = 0
for m in months:
    a = amity.get(m); av = a['value'] if a else None
    tot = ged[m] + acl[m]
    if av is None or abs(av - tot) > 1e-9:
        dis += 1
        if dis <= 40: print('differs', m, 'amity', av, 'GED', ged[m], 'ACLED', acl[m])
print(area, 'months', len(months), 'differ', dis, 'GED total', sum(ged.values()), 'ACLED total', sum(acl.values()),
      'Amity total', sum(p['value'] or 0 for p in amity.values()))
both = [m for m in months if ged[m] and acl[m]]
print('months with both GED and ACLED deaths', len(both), both[:20])
