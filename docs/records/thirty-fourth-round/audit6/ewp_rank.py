# EWP's published risks and ranks of the ASEAN members at both horizons, with the rank recomputed by
# ordering the 168 risks ourselves. usage: ewp_rank.py (reads /work/shared/data/ewp-statrisk-2025)
import csv
r = list(csv.DictReader(open('/work/shared/data/ewp-statrisk-2025/final_forecasts_data_3Sep2025.csv')))
keep = ('Myanmar', 'Indonesia', 'Thailand', 'Philippines', 'Malaysia', 'Singapore', 'Cambodia', 'Laos', 'Vietnam', 'Timor')
for risk, rank in [('risk.2025only.from2024', 'riskrank.2025only.from2024'), ('risk.2025and2026.from2024', 'rank.2025and2026.from2025')]:
    order = sorted(r, key=lambda x: -float(x[risk]))
    pos = {x['ewp_name']: i + 1 for i, x in enumerate(order)}
    for x in r:
        if any(k in x['ewp_name'] for k in keep):
            print(risk, x['ewp_name'], round(float(x[risk]), 4), 'published rank', x[rank], 'recomputed', pos[x['ewp_name']])
