# Recount the news coverage spans (decisions.md / NewsCoverage rule: runs of a news file's event days,
# gaps <= 2 days, kept when holding >= 0.1 of the file's largest run's rows), from the raw files.
import gzip, csv, sys, datetime as dt
D = '/work/shared/data'
ASEAN3 = {'BRN','KHM','IDN','LAO','MYS','MMR','PHL','SGP','THA','VNM'}
ASEANF = {'BX','CB','ID','LA','MY','BM','RP','SN','TH','VM'}
def gdelt(path, g):
    days = {}
    op = gzip.open if path.endswith('.gz') else open
    for line in op(path, 'rt', encoding='utf-8', errors='replace'):
        c = line.rstrip('\n').split('\t')
        a1, a2 = c[7], c[17]
        geo = c[g]
        if a1 in ASEAN3 or a2 in ASEAN3 or geo in ASEANF:
            d = c[1]; d = d[:4]+'-'+d[4:6]+'-'+d[6:8]
            days[d] = days.get(d, 0) + 1
    return days
def csvdays(path, col, delim=','):
    days = {}
    with open(path, newline='', encoding='utf-8') as f:
        r = csv.reader(f, delimiter=delim); next(r)
        for row in r:
            days[row[col]] = days.get(row[col], 0) + 1
    return days
def runs(days):
    ds = sorted(days); out = []; cur = None
    for d in ds:
        x = dt.date.fromisoformat(d)
        if cur and (x - cur[1]).days <= 3:  # gap of <= 2 empty days
            cur[1] = x; cur[2] += days[d]
        else:
            cur = [x, x, days[d]]; out.append(cur)
    m = max(r[2] for r in out)
    return [(str(a), str(b), n, n >= 0.1 * m) for a, b, n in out]
files = {
 'gdelt 20130401': gdelt(D+'/gdelt/events/20130401.export.CSV.gz', 51),
 'gdelt 20161013151500': gdelt(D+'/gdelt/events/20161013151500.export.CSV', 53),
 'icews sample': csvdays(D+'/icews/events.2018-06-01.sample.tab', 1, '\t'),
 'icews14': csvdays(D+'/icews-tkg-sea/icews14s_sea_events_2014-01-01_2014-09-30.csv', 0),
 'icews18': csvdays(D+'/icews-tkg-sea/icews18_sea_events_2018-08-29_2018-10-31.csv', 0),
}
for k, v in files.items():
    for r in runs(v): print(k, *r)
