#!/usr/bin/env python3
"""Turns the NGA ASAM CSV (reference, date, position, navArea, subreg, hostility, victim,
description) into Amity story lines ({"id","date","source","url","text"}) for `amity code` or
`amity ingest text`. Usage: tools/asam_to_jsonl.py ASAM.csv OUT.jsonl [--region sea]
With --region sea, only narratives whose opening names a Southeast Asian country or sea are kept."""
import csv
import json
import sys

SEA = ("INDONESIA", "MALAYSIA", "PHILIPPINES", "SINGAPORE", "VIETNAM", "THAILAND", "MYANMAR",
       "BURMA", "CAMBODIA", "BRUNEI", "TIMOR", "SOUTH CHINA SEA", "MALACCA", "SULU", "CELEBES")


def main(src, out, region=None):
    kept = 0
    with open(src, encoding="utf-8-sig", newline="") as f, open(out, "w", encoding="utf-8") as w:
        for row in csv.DictReader(f):
            text = " ".join((row.get("description") or "").split())
            if not text or not row.get("date"):
                continue
            if region == "sea" and not any(k in text[:60].upper() for k in SEA):
                continue
            story = {"id": row["reference"], "date": row["date"][:10], "source": "NGA ASAM",
                     "url": None, "text": text}
            w.write(json.dumps(story, ensure_ascii=False) + "\n")
            kept += 1
    print(f"{kept} stories written to {out}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--region" else None)
