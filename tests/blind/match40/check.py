# -*- coding: utf-8 -*-
"""Check the batch: every title/description/period/partner of expected.json is readable in its file."""
import json
import os
import re
import sys
from collections import Counter, defaultdict

import pdfplumber
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def docx_text(path):
    d = Document(path)
    parts = []

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                seen = set()
                for c in row.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    parts.append("\n".join(p.text for p in c.paragraphs))
                    walk_tables(c.tables)
    body = d.element.body
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for el in body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            parts.append(Paragraph(el, d).text)
        elif tag == "tbl":
            walk_tables([Table(el, d)])
    return "\n".join(parts)


def pdf_text(path):
    with pdfplumber.open(path) as pdf:
        txt = "\n".join((p.extract_text() or "") for p in pdf.pages)
        cells = []
        for p in pdf.pages:
            for t in p.extract_tables():
                for row in t:
                    cells += [c for c in row if c]
        return txt, len(pdf.pages), cells


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    nm = json.load(open(os.path.join(HERE, "near_misses.json"), encoding="utf-8"))
    bad = 0
    for fn, e in exp.items():
        path = os.path.join(HERE, fn)
        if fn.endswith(".pdf"):
            txt, npages, cells = pdf_text(path)
            txt = txt + "\n" + "\n".join(cells)
        else:
            txt, npages = docx_text(path), "-"
        flat = norm(txt)
        nojoin = norm(txt.replace("-\n", "-"))
        miss = []
        for m in e["measures"]:
            for k in ("title", "description", "period"):
                v = norm(m[k])
                if v and v not in flat and v not in nojoin:
                    miss.append((k, m[k][:70]))
            for p in m["partners"]:
                if norm(p) not in flat:
                    miss.append(("partner", p))
            if norm(m["responsible"]) not in flat:
                miss.append(("responsible", m["responsible"]))
        print(f"{fn:40s} pages={npages} rows={len(e['measures'])} missing={len(miss)}")
        for x in miss:
            print("    ", x)
        bad += len(miss)
    # stats
    rows = [(fn, m) for fn, e in exp.items() for m in e["measures"]]
    ids = Counter(m["tiltak_id"] for _, m in rows)
    reps = defaultdict(set)
    for fn, m in rows:
        reps[m["tiltak_id"]].add(exp[fn]["reporter"])
    print("rows", len(rows), "distinct", len(ids), "multi-row ids", sum(1 for v in ids.values() if v > 1),
          "multi-reporter ids", sum(1 for v in reps.values() if len(v) > 1),
          "continues", sum(1 for _, m in rows if m["continues"]), "near-miss pairs", len(nm))
    # near-miss sanity: never the same id
    idx = {(fn, m["title"]): m["tiltak_id"] for fn, m in rows}
    assert all(idx[tuple(a)] != idx[tuple(b)] for a, b in nm)
    # titles unique within a file
    for fn, e in exp.items():
        t = [m["title"] for m in e["measures"]]
        assert len(t) == len(set(t)), fn
    print("types", Counter(m["type"] for _, m in rows))
    print("reporters", len({e["reporter"] for e in exp.values()}), "years", sorted({e["report_year"] for e in exp.values()}))
    print("docx", sum(1 for f in exp if f.endswith(".docx")), "pdf", sum(1 for f in exp if f.endswith(".pdf")))
    print("PROBLEMS", bad)


if __name__ == "__main__":
    main()
