# -*- coding: utf-8 -*-
"""Check that every title / description / responsible / partner / period of expected.json is printed in its file.

Substring match on the file text with whitespace normalised; where a value wraps inside a table cell (PDF) the
check falls back to 'all words present on the same page' and says so. Also checks that the printed delmål of a
row (codes or old numbers) are consistent with the ground truth where the data says how they are printed."""
import json
import re
import sys
import os

import docx
import pdfplumber
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def docx_text(path):
    d = docx.Document(path)
    parts = []
    for el in d.element.body.iter():
        if el.tag == qn("w:p"):
            parts.append("".join(t.text or "" for t in el.iter(qn("w:t"))))
    return [" ".join(parts)]


def pdf_pages(path):
    with pdfplumber.open(path) as pdf:
        return [(p.extract_text() or "") for p in pdf.pages]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def words(s):
    return re.findall(r"\w[\w\-–./()«»']*", s)


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    bad = fallback = 0
    for fn, v in exp.items():
        path = os.path.join(HERE, fn)
        pages = docx_text(path) if fn.endswith(".docx") else pdf_pages(path)
        full = norm(" ".join(pages))
        for m in v["measures"]:
            vals = [("title", m["title"]), ("description", m["description"]), ("responsible", m["responsible"]),
                    ("period", m["period"])] + [("partner", p) for p in m["partners"]]
            for k, val in vals:
                if not val:
                    continue
                if norm(val) in full:
                    continue
                ws = words(val)
                if any(all(w in norm(pg) for w in ws) for pg in pages):
                    fallback += 1
                    continue
                if all(w in full for w in ws):
                    print("SPLIT-OVER-PAGES %s | %s | %s" % (fn, k, val[:60]))
                    fallback += 1
                    continue
                if k == "period" and re.match(r"^\d{4}(–\d{4})?–?$", val):
                    y = re.findall(r"\d{4}", val)
                    if all(w in full for w in y):
                        print("COMPOSED-PERIOD %s | %s" % (fn, val))
                        continue
                bad += 1
                print("MISSING %s | %s | %s" % (fn, k, val))
    print("checked %d files; missing %d; word-fallback %d" % (len(exp), bad, fallback))
    return bad


if __name__ == "__main__" and len(sys.argv) == 1:
    sys.exit(1 if main() else 0)


def check_goals():
    """Printed goal strings (data 'dm') vs ground-truth codes."""
    import make_batch
    from batch_common import OLD_TO_CODE
    bad = 0
    for f in make_batch.FILES:
        for m in f["measures"]:
            dm = m.get("dm", "")
            if not dm:
                continue
            if f["year"] == 2017:
                got = sorted({OLD_TO_CODE[int(n)] for n in re.findall(r"\d+", dm)})
            else:
                got = re.findall(r"\b[123]\.\d\b", dm)
                if not got:
                    continue  # words only
            extra = [m["extra_dm"]] if m.get("extra_dm") else []
            if sorted(set(got + extra)) != sorted(m["d"]) and not m.get("also"):
                bad += 1
                print("GOAL MISMATCH", f["file"], m["t"], dm, m["d"])
    print("goal check: %d mismatches" % bad)
    return bad


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "--goals":
    sys.exit(1 if check_goals() else 0)
