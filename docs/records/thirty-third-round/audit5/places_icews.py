# Recount the matched conflict events (CAMEO quad classes 3-4) of a country or dyad situation in the
# ICEWS daily files: ICEWS's event texts classed by their CAMEO root (10-14 verbal conflict, 15-20
# material conflict), an actor's country its own name when the file leaves the country blank.
# usage: places_icews.py DATA COUNTRY[,COUNTRY2] FROM TO   (two countries: one acting on the other)
import csv, sys
D, cs, f, t = sys.argv[1:5]
cs = cs.split(',')
V = ('Demand', 'Criticize', 'Accuse', 'Rally opposition', 'Complain officially', 'Bring lawsuit', 'Reject',
     'Refuse', 'Defy norms', 'Threaten', 'Demonstrate or rally', 'Demonstrate for', 'Conduct hunger', 'Conduct strike',
     'Obstruct passage', 'Protest violently')
M = ('Demonstrate military', 'Increase military', 'Increase police', 'Mobilize', 'Reduce', 'Impose', 'Expel',
     'Coerce', 'Confiscate', 'Ban political', 'Arrest', 'Use tactics of violent', 'Use unconventional', 'Abduct',
     'Physically assault', 'Sexually assault', 'Torture', 'Kill by', 'Conduct suicide', 'Use as human shield',
     'Assassinate', 'Occupy', 'fight with', 'Use conventional', 'Violate ceasefire', 'Engage in mass killings')
conflict = lambda x: x.startswith(V) or x.startswith(M)
n = 0
for fn in ('icews14s_sea_events_2014-01-01_2014-09-30.csv', 'icews18_sea_events_2018-08-29_2018-10-31.csv'):
    for r in csv.DictReader(open(D + '/icews-tkg-sea/' + fn)):
        if not (f <= r['date'] <= t) or not conflict(r['event_text']): continue
        a = r['source_country'] or r['source']; b = r['target_country'] or r['target']
        if (len(cs) == 1 and cs[0] in (a, b)) or (len(cs) == 2 and {a, b} == set(cs)): n += 1
print(cs, f, t, 'conflict events', n)
