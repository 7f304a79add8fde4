#!/usr/bin/env python3
"""Draws the rows of the second held-out typology set (twenty-eighth round), before any labelling
and before the classifier or the office-holder resolution was run on any of them.

Usage: AMITY_TESTDATA=/work/shared/data python3 tools/typology/sample_held_out_r28.py OUTDIR
Writes OUTDIR/r28_pick.tsv: one line per drawn row, "dataset<TAB>native_id<TAB><TAB>the row",
the label column left empty. The labels were then written by hand into
amity-core/src/test/resources/org/amity/typology/held-out-r28-events.tsv.

Rows, by rule (seed 28, Python's random):
  icews       - 60 rows of icews/events.2018-06-01.sample.tab with an ASEAN source, target or event
                country, not in labelled-events.tsv nor held-out-events.tsv, drawn with
                random.sample and sorted by id (the approach of sample_held_out.py).
  icews-daily - 20 rows of each icews-tkg-sea file (2014 and 2018), drawn with random.sample over
                all its rows (the files hold Southeast Asian events only), in file order. Their
                native ids are computed as IcewsDailySource computes them: the date, 64 bits of
                SHA-256 over (source, event text in lower case, target), and the occurrence of
                that triple on that date in the file.
"""
import csv
import hashlib
import os
import random
import sys

csv.field_size_limit(10**9)
DATA = os.environ["AMITY_TESTDATA"]
OUT = sys.argv[1]
HERE = "amity-core/src/test/resources/org/amity/typology/"
ASEAN = {"Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia", "Myanmar", "Philippines",
         "Singapore", "Thailand", "Vietnam", "Timor-Leste", "East Timor"}
TKG = ["icews14s_sea_events_2014-01-01_2014-09-30.csv",
       "icews18_sea_events_2018-08-29_2018-10-31.csv"]


def used_ids():
    used = set()
    for name in ("labelled-events.tsv", "held-out-events.tsv"):
        for line in open(HERE + name, encoding="utf-8"):
            if line.startswith("icews\t"):
                used.add(line.split("\t")[1])
    return used


def icews_rows(used):
    rows = []
    with open(os.path.join(DATA, "icews/events.2018-06-01.sample.tab"), encoding="utf-8") as f:
        for d in csv.DictReader(f, delimiter="\t"):
            sea = {d["Source Country"], d["Target Country"], d["Country"]} & ASEAN
            if sea and d["Event ID"] not in used:
                rows.append(d)
    return rows


def icews_line(d):
    def side(name, country):
        return "%s (%s)" % (name, country)
    place = " ".join(p for p in (d["City"], d["Country"]) if p and p != "NA")
    return "%s -> %s [%s] -> %s; %s" % (
        side(d["Source Name"], d["Source Country"]), d["Event Text"], d["CAMEO Code"],
        side(d["Target Name"], d["Target Country"]), place)


def daily_rows(name):
    """Every row of one decoded ICEWS daily file with the native id the reader gives it."""
    seen = {}
    out = []
    with open(os.path.join(DATA, "icews-tkg-sea", name), encoding="utf-8-sig") as f:
        for d in csv.DictReader(f):
            fields = (d["source"], d["event_text"].lower(), d["target"])
            content = "".join(x + "\x1f" for x in fields)
            key = d["date"] + ":" + hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]
            seen[key] = seen.get(key, 0) + 1
            out.append((key + "#" + str(seen[key]), d))
    return out


def daily_line(d):
    def side(name, country):
        return "%s (%s)" % (name, country or "NA")
    return "%s -> %s -> %s; %s" % (
        side(d["source"], d["source_country"]), d["event_text"],
        side(d["target"], d["target_country"]), d["date"])


rows = icews_rows(used_ids())
random.seed(28)
pick = sorted(random.sample(rows, 60), key=lambda d: int(d["Event ID"]))
with open(os.path.join(OUT, "r28_pick.tsv"), "w", encoding="utf-8") as o:
    o.write("# %d eligible ICEWS rows\n" % len(rows))
    for d in pick:
        o.write("icews\t%s\t\t%s\n" % (d["Event ID"], icews_line(d)))
    for name in TKG:
        rows = daily_rows(name)
        random.seed(28)
        idx = sorted(random.sample(range(len(rows)), 20))
        o.write("# %s: %d rows\n" % (name, len(rows)))
        for i in idx:
            nid, d = rows[i]
            o.write("icews-daily\t%s\t\t%s\n" % (nid, daily_line(d)))
