# -*- coding: utf-8 -*-
"""Dump the text of the built files and check that every value of expected.json is in its file.

Usage: python verify.py            -> checks all files, prints problems
       python verify.py dump FILE  -> prints the extracted text of one file
"""
import json
import os
import re
import sys

import pdfplumber
from docx import Document
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def docx_text(path):
    doc = Document(path)
    out = []

    def walk(el):
        for child in el.iterchildren():
            if child.tag == qn("w:p"):
                out.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
            elif child.tag == qn("w:tbl"):
                for tr in child.iter(qn("w:tr")):
                    cells = []
                    for tc in tr.iterchildren(qn("w:tc")):
                        paras = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))]
                        cells.append(" / ".join(x for x in paras if x))
                    out.append(" | ".join(cells))
    walk(doc.element.body)
    for s in doc.sections:
        for p in s.header.paragraphs:
            out.insert(0, "[HEADER] " + p.text)
        for p in s.footer.paragraphs:
            out.append("[FOOTER] " + p.text)
    return "\n".join(out)


def pdf_text(path):
    with pdfplumber.open(path) as pdf:
        return "\n".join("=== page %d ===\n%s" % (i + 1, p.extract_text() or "") for i, p in enumerate(pdf.pages))


def pdf_cells(path):
    out = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            for tb in p.extract_tables():
                for row in tb:
                    out.append(" | ".join((c or "").replace("\n", " ") for c in row))
    return "\n".join(out)


def pdf_body(path):
    """page texts joined without running headers/footers (lines of the first/last two lines of a page that
    contain a page number or repeat on every page)."""
    with pdfplumber.open(path) as pdf:
        pages = [(p.extract_text() or "").split("\n") for p in pdf.pages]
    out = []
    for lines in pages:
        keep = []
        for i, ln in enumerate(lines):
            edge = i < 1 or i >= len(lines) - 1
            rep = len(pages) > 1 and all(ln in other for other in pages)
            if edge and (rep or re.search(r"(Side )?\d+( av \d+|/\d+)?$", ln)):
                continue
            keep.append(ln)
        out.append("\n".join(keep))
    return "\n".join(out)


def text_of(name):
    p = os.path.join(HERE, name)
    return pdf_text(p) if name.endswith(".pdf") else docx_text(p)


def norm(s):
    s = s.replace("\u00ad", "")
    s = re.sub(r"-\n", "-", s)
    return re.sub(r"\s+", " ", s).strip()


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    bad = 0
    for name, f in exp.items():
        t = norm(text_of(name))
        # text across table cells is joined with ' / ' or ' | ' in the docx dump; also compare without them
        if name.endswith(".pdf"):
            t = t + " " + norm(pdf_cells(os.path.join(HERE, name))) + " " + norm(pdf_body(os.path.join(HERE, name)))
        t2 = norm(t.replace(" / ", " ").replace(" | ", " "))
        for m in f["measures"]:
            for key in ("title", "description", "period", "responsible"):
                v = norm(m[key])
                if v and v not in t and v not in t2:
                    if key == "period" and "NAV" in name and all(x in t2 for x in v.split("–")):
                        continue  # NAV 2022 prints 'Fra' and 'Til' in two columns
                    bad += 1
                    print("MISSING", name, key, repr(v[:80]))
            for p in m["partners"]:
                if p not in t2:
                    bad += 1
                    print("MISSING", name, "partner", p)
    print("problems:", bad)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "dump":
        print(text_of(sys.argv[2]))
    else:
        main()
