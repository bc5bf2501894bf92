# -*- coding: utf-8 -*-
"""Check that every ground-truth title (and description) is really in the files.

PDF: pdfplumber extract_text (reading order) and, for table cells, the cell text of extract_tables.
DOCX: python-docx paragraphs and table cells in body order.
"""
import json
import os
import re
import sys

import docx
import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(s):
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def pdf_texts(path):
    flow, cells = [], []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            flow.append(p.extract_text() or "")
            for ts in (None, {"vertical_strategy": "text", "horizontal_strategy": "lines"}):
                for t in (p.extract_tables(ts) if ts else p.extract_tables()):
                    for row in t:
                        for c in row:
                            if c:
                                cells.append(norm(c))
    return norm("\n".join(flow)), cells


def docx_texts(path):
    d = docx.Document(path)
    parts, cells = [], []
    body = d.element.body
    for el in body.iterchildren():
        tag = el.tag.split("}")[1]
        if tag == "p":
            parts.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for tc in el.iter():
                if tc.tag.endswith("}tc"):
                    txt = "\n".join("".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
                                    for p in tc.iter() if p.tag.endswith("}p"))
                    cells.append(norm(txt))
                    parts.append(txt)
    return norm("\n".join(parts)), cells


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    bad = 0
    for fn, v in exp.items():
        path = os.path.join(HERE, fn)
        flow, cells = pdf_texts(path) if fn.endswith(".pdf") else docx_texts(path)
        allcells = " | ".join(cells)
        miss_t, miss_d = [], []
        for m in v["measures"]:
            t = norm(m["title"])
            if t not in flow and t not in allcells:
                miss_t.append(m["title"])
            dsc = norm(m["description"])
            if dsc and dsc not in flow and dsc not in allcells:
                miss_d.append(m["title"])
        status = "OK" if not miss_t else "TITLE?"
        print("%-40s %-6s rows=%2d  titles-not-contiguous=%d  desc-not-contiguous=%d" % (
            fn, status, len(v["measures"]), len(miss_t), len(miss_d)))
        for t in miss_t:
            print("      title:", t)
        if "-v" in sys.argv:
            for t in miss_d:
                print("      desc :", t)
        bad += len(miss_t)
    print("titles not found contiguously:", bad)


if __name__ == "__main__":
    main()
