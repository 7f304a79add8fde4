# ASEAN deaths per month from the shared GED and ACLED files (every record, GED best, ACLED
# fatalities), against an Amity region series JSON. usage: region_deaths.py DATA SERIES.json
import csv, sys, json
from collections import defaultdict
from datetime import datetime
D, ser = sys.argv[1:3]
ASEAN = {'BRN','KHM','IDN','LAO','MYS','MMR','PHL','SGP','THA','VNM','TLS'}
m = defaultdict(int); g = defaultdict(int); a = defaultdict(int); iso = defaultdict(int)
for f in ('ged_hdx_indonesia_1989-2019.csv', 'ged_hdx_philippines_1989-2021.csv'):
    for r in csv.DictReader(open(D + '/ucdp-ged/' + f)):
        iso[r['iso3']] += 1
        if r['iso3'] in ASEAN: g[r['date_start'][:7]] += int(r['best'])
for r in csv.DictReader(open(D + '/acled/acled_indonesia_2019-2020.csv')):
    a[datetime.strptime(r['event_date'], '%d %B %Y').strftime('%Y-%m')] += int(r['fatalities'] or 0)
for r in csv.DictReader(open(D + '/acled/acled_asia2015_sea_legacy.csv')):
    a[datetime.strptime(r['EVENT_DATE'], '%d-%B-%Y').strftime('%Y-%m')] += int(r['FATALITIES'] or 0)
print('GED iso3', dict(iso))
am = {p['period'][:7]: p['value'] for p in json.load(open(ser))['points']}
months = sorted(set(g) | set(a) | set(am)); dis = []
for k in months:
    if am.get(k) is None and g[k] + a[k] == 0: continue
    if am.get(k) != g[k] + a[k]: dis.append((k, am.get(k), g[k], a[k]))
print('months', len(months), 'differ', len(dis)); [print('  ', x) for x in dis[:20]]
