"""Five-way gold labels for sentences the class model never trains on (issue 14, thirtieth round).

Reads the PETRARCH unit-test records and the shared half of the PETRARCH-2 gold records (CAMEO codes
per sentence) and writes `sentence<TAB>label` files for `amity code evaluate --classes`: the label
is the ConfliBERT five-way class of the CAMEO root (01 statement = 0, 02-05 = 1, 06-08 = 2,
09-13 = 3, 14-20 = 4). A record counts only when it expects at least one event and all its events
fall in one class; records with no event or events of two classes are left out (counted).
Usage: python3 five-way-outside-tsv.py $AMITY_TESTDATA OUTDIR
"""
import re
import sys
from pathlib import Path

def klass(code):
    root = int(code[:2])
    if root == 1:
        return 0
    if 2 <= root <= 5:
        return 1
    if 6 <= root <= 8:
        return 2
    if 9 <= root <= 13:
        return 3
    if 14 <= root <= 20:
        return 4
    return None

def records(xml):
    for block in re.findall(r"<Sentence\b.*?</Sentence>", xml, re.S):
        found = re.search(r'id="([^"]*)"', block)
        ident = found.group(1) if found else None
        codes = re.findall(r'eventcode="([0-9]{2,4})"', block)
        text = re.search(r"<Text>(.*?)</Text>", block, re.S)
        yield ident, codes, " ".join(text.group(1).split()) if text else ""

def main(data, out):
    out.mkdir(parents=True, exist_ok=True)
    for name, rel in (("petrarch-unit", "petrarch-validation/PETR.UnitTest.records.xml"),
                      ("petrarch2-gold", "petrarch-validation/PETR2_GSR_validation.shared.xml")):
        xml = (data / rel).read_text(encoding="utf-8", errors="replace")
        kept, none, mixed, seen = [], 0, 0, set()
        for ident, codes, text in records(xml):
            classes = {klass(c) for c in codes} - {None}
            if not codes or not classes or not text:
                none += 1
            elif len(classes) > 1:
                mixed += 1
            elif text not in seen:
                seen.add(text)
                kept.append(f"{text}\t{classes.pop()}")
        (out / f"{name}.tsv").write_text("\n".join(kept) + "\n", encoding="utf-8")
        print(f"{name}: {len(kept)} sentences kept, {none} without an event, {mixed} with two classes")

main(Path(sys.argv[1]), Path(sys.argv[2]))
