"""Check that every expected title and description is printed in its document.

Run:  /work/blind/.venvm2/bin/python src/verify.py
"""
import json
import os
import re
import sys
import unicodedata

import pdfplumber
from docx import Document

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CODES = {"%d.%d" % (a, b) for a, n in ((1, 4), (2, 6), (3, 6)) for b in range(1, n + 1)}
TYPES = {"FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"}


def norm(s):
    s = unicodedata.normalize("NFKC", s or "").replace("\u00ad", "")
    s = re.sub(r"\s+", " ", s).strip()
    # a compound broken after its hyphen at a line end ("NAV-\nkontorene"): compare without that space
    return re.sub(r"-\s+", "-", s)


def docx_texts(path):
    doc = Document(path)
    out = []

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    out.append("\n".join(p.text for p in cell.paragraphs))
                    walk_tables(cell.tables)

    out.append("\n".join(p.text for p in doc.paragraphs))
    walk_tables(doc.tables)
    for s in doc.sections:
        out.append("\n".join(p.text for p in s.header.paragraphs))
        out.append("\n".join(p.text for p in s.footer.paragraphs))
    return [norm(t) for t in out]


def pdf_texts(path):
    out, full = [], []
    with pdfplumber.open(path) as pdf:
        prev_last = None
        for page in pdf.pages:
            full.append(page.extract_text() or "")
            tables = page.extract_tables()
            for t in tables:
                for row in t:
                    out.extend(norm(c) for c in row if c)
            # a table row broken over a page: glue last row of the previous page to the first rows here
            if prev_last is not None and tables:
                first = tables[0]
                for row in first[:2]:
                    if len(row) == len(prev_last):
                        out.extend(norm((a or "") + " " + (b or "")) for a, b in zip(prev_last, row))
            prev_last = tables[-1][-1] if tables else None
    out.append(norm("\n".join(full)))
    return out


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    nm = json.load(open(os.path.join(HERE, "near_misses.json"), encoding="utf-8"))
    problems, checked = [], 0
    on_disk = sorted(f for f in os.listdir(HERE) if f.endswith((".pdf", ".docx")))
    if on_disk != sorted(exp):
        problems.append("files on disk and in expected.json differ: %s" % set(on_disk).symmetric_difference(exp))
    ids_by_title = {}
    for fname, rec in exp.items():
        path = os.path.join(HERE, fname)
        texts = docx_texts(path) if fname.endswith(".docx") else pdf_texts(path)
        for m in rec["measures"]:
            for key in ("title", "description"):
                needle = norm(m[key])
                checked += 1
                if not any(needle in t for t in texts):
                    problems.append("%s: %s not found: %r" % (fname, key, m[key][:90]))
            if not set(m["delmal"]) <= CODES:
                problems.append("%s: bad delmål %s" % (fname, m["delmal"]))
            if m["type"] not in TYPES:
                problems.append("%s: bad type %s" % (fname, m["type"]))
            ids_by_title.setdefault((fname, m["title"]), m["tiltak_id"])
        # continues: same reporter, same tiltak, earlier year
        for m in rec["measures"]:
            earlier = any(o["reporter"] == rec["reporter"] and o["report_year"] < rec["report_year"]
                          and any(x["tiltak_id"] == m["tiltak_id"] for x in o["measures"]) for o in exp.values())
            if earlier != m["continues"]:
                problems.append("%s: continues wrong for %s" % (fname, m["title"]))
    for p in nm:
        a, b = tuple(p["a"]), tuple(p["b"])
        if a not in ids_by_title or b not in ids_by_title:
            problems.append("near miss refers to unknown row: %s / %s" % (a, b))
        elif ids_by_title[a] == ids_by_title[b]:
            problems.append("near miss pair has the same tiltak id: %s / %s" % (a, b))
    for p in problems:
        print("FAIL", p)
    print("%d files, %d strings checked, %d near-miss pairs: %s"
          % (len(exp), checked, len(nm), "OK" if not problems else "%d problems" % len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
