#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Rebuild blind batch match21: the reports, expected.json, near_misses.json, and check the result.

Run with the venv that has python-docx, reportlab and pdfplumber:
    /work/blind/.venv21/bin/python make_batch.py
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from src.data import FILES  # noqa: E402
from src import render_docx, render_pdf  # noqa: E402
from src.truth import build  # noqa: E402

OUT = HERE  # the reports beside expected.json, as the scoring scripts read them


def norm(s):
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    import docx
    d = docx.Document(path)
    out = []

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    out.extend(p.text for p in cell.paragraphs)
                    walk_tables(cell.tables)
    out.extend(p.text for p in d.paragraphs)
    walk_tables(d.tables)
    return "\n".join(out)


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages), len(pdf.pages)


def pdf_column_text(path):
    """Text read band by band (halves, thirds, a left margin band): for multi-column layouts the check
    must read each column on its own. Only used to confirm that titles are really in the PDF."""
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            W = p.width
            for cuts in ([0, W / 2, W], [0, W / 3, 2 * W / 3, W], [0, 187, W]):
                for a, b in zip(cuts, cuts[1:]):
                    out.append(p.crop((a, 0, b, p.height)).extract_text() or "")
    return "\n".join(out)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in FILES:
        mod = render_docx if f["fmt"] == "docx" else render_pdf
        getattr(mod, f["template"])(f, os.path.join(OUT, f["name"]))
    expected, near, ids, rowref = build()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=2)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(near, fh, ensure_ascii=False, indent=1)
    from src.readme import write as write_readme
    write_readme(os.path.join(HERE, "README.md"), expected, near, ids, rowref)

    # ---- checks
    problems = 0
    for name, e in expected.items():
        path = os.path.join(OUT, name)
        if name.endswith(".pdf"):
            text, npages = pdf_text(path)
        else:
            text, npages = docx_text(path), "-"
        nt = norm(text)
        if name.endswith(".pdf"):
            nt = nt + " \n " + norm(pdf_column_text(path))
        ntc = nt.replace(" ", "")
        if len(nt) < 200:
            print("TOO LITTLE TEXT", name)
            problems += 1
        for m in e["measures"]:
            if norm(m["title"]) not in nt:
                # PDF wrapping can glue a hyphenated break; accept a whitespace-free match but report it
                if norm(m["title"]).replace(" ", "") in ntc:
                    print("  (title found only ignoring spaces)", name, "|", m["title"])
                else:
                    print("MISSING TITLE", name, "|", m["title"])
                    problems += 1
            if m["period"] and norm(m["period"]).replace(" ", "") not in ntc:
                print("MISSING PERIOD", name, "|", m["period"])
                problems += 1
        print("%-45s pages=%-3s chars=%-6d measures=%d" % (name, npages, len(nt), len(e["measures"])))
    rows = sum(len(v["measures"]) for v in expected.values())
    cont = sum(m["continues"] for v in expected.values() for m in v["measures"])
    print("files=%d rows=%d distinct=%d continuing=%d near_miss_pairs=%d problems=%d" % (
        len(expected), rows, len(ids), cont, len(near), problems))
    return problems


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
