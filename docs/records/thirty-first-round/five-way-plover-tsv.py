"""Five-way gold labels from the shared PLOVER gold records (issue 14, thirty-first round).

The PLOVER records carry a PLOVER 0.5 event type, not a CAMEO code. Every type below maps to CAMEO
roots of one five-way class only (read from CAMEO2PLOVER-2021.txt, with the 2016 names of the gold:
DISAPPROVE and INVESTIGATE are CAMEO 11 and 09, FIGHT is 19-20), so its records get that class:
0 statement (01), 1 verbal cooperation (02-05), 2 material cooperation (06-08), 3 verbal conflict
(09-13), 4 material conflict (14-20). DEMAND is left out: its 2016 name covers both CAMEO's appeals
(02, verbal cooperation) and demands (10, verbal conflict), so a record's class cannot be read from
the type. The class model never trains on these sentences (it learns from the ConfliBERT train
split only). Usage: python3 five-way-plover-tsv.py $AMITY_TESTDATA OUTDIR
"""
import json
import sys
from pathlib import Path

CLASS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "CONCEDE": 2,
    "DISAPPROVE": 3, "INVESTIGATE": 3, "REJECT": 3, "THREATEN": 3, "ACCUSE": 3, "REQUEST": 3,
    "PROTEST": 4, "MOBILIZE": 4, "SANCTION": 4, "COERCE": 4, "ASSAULT": 4, "FIGHT": 4,
}

def main(data, out):
    out.mkdir(parents=True, exist_ok=True)
    records = json.loads((data / "plover/PLOVER_GSR_CAMEO.shared.json").read_text(encoding="utf-8"))
    kept, left, seen = [], {}, set()
    for r in records:
        text = " ".join(r.get("text", "").split())
        if not text:
            continue
        label = CLASS.get(r["event"])
        if label is None:
            left[r["event"]] = left.get(r["event"], 0) + 1
        elif text not in seen:
            seen.add(text)
            kept.append(f"{text}\t{label}")
    (out / "plover-gold.tsv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    print(f"plover-gold: {len(kept)} sentences kept; left out by type: {left}")

main(Path(sys.argv[1]), Path(sys.argv[2]))
