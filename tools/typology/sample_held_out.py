#!/usr/bin/env python3
"""Draws the rows of the held-out typology set (issue 14), before any labelling.

Usage: AMITY_TESTDATA=/work/shared/data python3 tools/typology/sample_held_out.py OUTDIR
Writes OUTDIR/icews_pick.tsv (90 ICEWS rows) and OUTDIR/asam_pick.txt (60 ASAM narratives).
The labels were then written by hand into
amity-core/src/test/resources/org/amity/typology/held-out-events.tsv.
"""
import csv
import os
import random
import sys

csv.field_size_limit(10**9)
DATA = os.environ["AMITY_TESTDATA"]
OUT = sys.argv[1]
LABELLED = "amity-core/src/test/resources/org/amity/typology/labelled-events.tsv"
ASEAN = {"Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia", "Myanmar", "Philippines",
         "Singapore", "Thailand", "Vietnam", "Timor-Leste", "East Timor"}
SEAS = ["INDONESIA", "MALAYSIA", "PHILIPPINES", "SINGAPORE", "THAILAND", "VIETNAM", "MYANMAR",
        "BURMA", "CAMBODIA", "BRUNEI", "TIMOR", "SOUTH CHINA SEA", "MALACCA",
        "STRAIT OF SINGAPORE", "SINGAPORE STRAIT", "SULU", "CELEBES", "ANDAMAN", "JAVA SEA",
        "GULF OF THAILAND", "SPRATLY"]

used = {l.split("\t")[1] for l in open(LABELLED) if l.startswith("icews")}
rows = []
with open(os.path.join(DATA, "icews/events.2018-06-01.sample.tab"), encoding="utf-8") as f:
    for d in csv.DictReader(f, delimiter="\t"):
        sea = {d["Source Country"], d["Target Country"], d["Country"]} & ASEAN
        if sea and d["Event ID"] not in used:
            rows.append(d)
random.seed(14)
pick = sorted(random.sample(rows, 90), key=lambda d: int(d["Event ID"]))
cols = ["Event ID", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
        "Target Name", "Target Sectors", "Target Country", "City", "Country"]
with open(os.path.join(OUT, "icews_pick.tsv"), "w") as o:
    for d in pick:
        o.write("\t".join(d[c] for c in cols) + "\n")

rows = []
with open(os.path.join(DATA, "piracy/nga_asam_1978-2019.csv"), encoding="utf-8-sig") as f:
    for d in csv.DictReader(f):
        if any(n in (d["description"] or "")[:60].upper() for n in SEAS):
            rows.append(d)
random.seed(14)
with open(os.path.join(OUT, "asam_pick.txt"), "w") as o:
    for d in random.sample(rows, 60):
        o.write("### %s | %s | hostility=%s | victim=%s\n%s\n\n" % (
            d["reference"], d["date"], d["hostility"], d["victim"],
            " ".join(d["description"].split())))
