# Recompute `amity gap` from the situations/alerts JSON and the record file, by the documented rules
# (docs/response.md "Attaching by subject", "Gap"). usage: gap.py sit.json alerts.json responses.jsonl
import json, sys, statistics
from datetime import date
D = date.fromisoformat
sits = {s['id']: s for s in json.load(open(sys.argv[1]))}
alerts = json.load(open(sys.argv[2]))
ents = [json.loads(l) for l in open(sys.argv[3]) if l.strip()]
RANK = {'watch': 0, 'warning': 1, 'alert': 2}
first = {}
for a in alerts:
    if RANK[a['peakLevel']] >= 1:
        sid = a['situationId']
        if sid not in first or D(a['opened']) < first[sid][0]:
            first[sid] = (D(a['opened']), a['id'])
def norm(scope, subj):
    if scope == 'dyad': return '-'.join(sorted(subj.split('-')))
    return subj
att = {}; unatt = []
for e in ents:
    d = D(e['date']); best = None
    for s in sits.values():
        if s['scope'] != e['scope'] or norm(s['scope'], s['subject']) != norm(e['scope'], e['subject']): continue
        op = D(s['opened']); end = D(s['closed']) if s['closed'] else D(s['updated'])
        if (op - d).days <= 30 and (d - end).days <= 180:
            if best is None or op > D(best['opened']): best = s
    if best: att.setdefault(best['id'], []).append(e)
    else: unatt.append(e)
print('attached:', {k: [(e['kind'], e['date']) for e in v] for k, v in att.items()})
print('unattached:', len(unatt))
a30 = a90 = 0; dc = []; da = []; unans = []
for sid, (w, aid) in sorted(first.items(), key=lambda x: x[1][0]):
    es = att.get(sid, [])
    resp = [e for e in es if e['kind'] in ('consultation', 'action')]
    if not resp: unans.append((sid, str(w))); continue
    days = lambda k: [max(0, (D(e['date']) - w).days) for e in es if e['kind'] == k]
    d_all = min(max(0, (D(e['date']) - w).days) for e in resp)
    a30 += d_all <= 30; a90 += d_all <= 90
    if days('consultation'): dc.append(min(days('consultation')))
    if days('action'): da.append(min(days('action')))
    print('sit', sid, 'warning', w, 'first resp', d_all, 'cons', days('consultation'), 'act', days('action'))
n = len(first)
print('warnings', n, 'a30', a30, 'a90', a90, 'median cons', statistics.median(dc) if dc else None, 'median act', statistics.median(da) if da else None)
print('unanswered', len(unans), unans)
