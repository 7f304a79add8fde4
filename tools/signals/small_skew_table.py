# Twenty-seventh round (helper r27small): the twenty-sixth round's false alerts (falsealerts-classified.txt)
# with the skew factor of their opening week: the Poisson mid-p tail score of (x, e) over (x - e)/sqrt(e).
# A diagnosis of the records, not a run. python3 tools/signals/small_skew_table.py
import re, math, collections
from statistics import median
def tail_z(x, e):
    # mid-p upper tail of Poisson(e) at x, as a normal score
    k = int(x); lp = -e; below = 0.0
    for i in range(k):
        below += math.exp(lp); lp += math.log(e) - math.log(i + 1)
    up = max(1e-300, 1 - below - math.exp(lp) / 2)
    if up >= 0.5: return 0.0
    lo, hi = 0.0, 40.0
    for _ in range(100):
        mid = (lo + hi) / 2
        if 0.5 * math.erfc(mid / math.sqrt(2)) > up: lo = mid
        else: hi = mid
    return (lo + hi) / 2
def factor(x, e):
    if e < 5: return 1.0  # below 5 the shipped score is already the Poisson tail
    n = (x - e) / math.sqrt(e)
    if n <= 0: return 1.0
    return min(1.0, tail_z(x, e) / n)
rows = []
pat = re.compile(r"^  (\S+)\s+(\S+)\s+.*?(\d{4}) (\S+) (\S+) day (\d+) (z|cusum) x([\d.]+) maxz ([\d.]+) base ([\d.]+) x/e (\d+)/([\d.]+)")
for line in open('docs/records/twenty-sixth-round/falsealerts-classified.txt'):
    m = pat.match(line)
    if m:
        lens, cause, seed, subj, span, day, trig, ratio, maxz, base, x, e = m.groups()
        rows.append((lens, subj, seed, trig, float(ratio), int(x), float(e), float(base)))
thin = {'country:BRN', 'country:TLS', 'country:LAO', 'country:KHM'}
print("(for CUSUM-opened alerts the factor of the opening week only: the CUSUM sums many weeks, each scaled by its own)")
print("lens | subject | seed | opened by | ratio to limit | x/e | base/typical | skew factor | ratio x factor")
for r in sorted(rows, key=lambda r: (r[0], r[1])):
    if r[0] == 'material_conflict_7d':
        f = factor(r[5], r[6])
        print(f"{r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]:.3f} | {r[5]}/{r[6]} | {r[7]:.2f} | {f:.3f} | {r[4]*f:.3f}")
print()
by = collections.defaultdict(list)
for r in rows:
    key = (r[0], 'thin' if r[1] in thin else 'other')
    by[key].append(factor(r[5], r[6]))
print("lens | members | false alerts | median e at opening | median skew factor | below 0.9")
for k in sorted(by):
    es = [r[6] for r in rows if (r[0], 'thin' if r[1] in thin else 'other') == k]
    fs = by[k]
    print(f"{k[0]} | {k[1]} | {len(fs)} | {median(es):.1f} | {median(fs):.3f} | {sum(1 for f in fs if f < 0.9)}")
