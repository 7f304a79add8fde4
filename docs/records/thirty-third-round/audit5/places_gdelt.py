# Recount a country situation's map points from the GDELT 1.0 daily file (country as actor or as
# place; CAMEO quad classes 3 and 4; the date window the API reports). usage: places_gdelt.py DATA ISO3 FIPS FROM TO
import gzip, sys
D, iso, fips, f, t = sys.argv[1:6]
f = f.replace('-', ''); t = t.replace('-', '')
m = wc = 0; days = {}
for line in gzip.open(D + '/gdelt/events/20130401.export.CSV.gz', 'rt', encoding='utf-8', errors='replace'):
    c = line.rstrip('\n').split('\t')
    if not (f <= c[1] <= t) or c[29] not in ('3', '4'): continue
    if iso in (c[7], c[17]) or c[51] == fips:
        m += 1
        if c[53] == '' or c[54] == '': wc += 1
        else: days[c[1]] = days.get(c[1], 0) + 1
print('matched', m, 'without coordinates', wc, 'points by day', days)
