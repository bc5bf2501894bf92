"""Check that every expected title and description is printed in its file.

Run: /work/blind/.venvm2/bin/python src/verify.py
"""
import json
import os
import re
import sys

import pdfplumber
from docx import Document
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    return re.sub(r"\s+", "", s)


def docx_texts(path):
    doc = Document(path)
    out = []

    def walk(el):
        # paragraphs in document order, including nested tables
        for p in el.iter(qn("w:p")):
            out.append("".join(t.text or "" for t in p.iter(qn("w:t"))))

    walk(doc.element.body)
    for sec in doc.sections:
        for part in (sec.header, sec.footer):
            walk(part._element)
    return ["\n".join(out)] + out


def pdf_texts(path):
    chunks = []
    with pdfplumber.open(path) as pdf:
        full = []
        for page in pdf.pages:
            full.append(page.extract_text() or "")
            # the same page without small raised characters (footnote marks inside sentences)
            sizes = sorted(c["size"] for c in page.chars)
            if sizes:
                med = sizes[len(sizes) // 2]
                slim = page.filter(lambda o: o.get("object_type") != "char" or o["size"] >= 0.85 * med)
                chunks.append(slim.extract_text() or "")
            for strat in ({}, {"vertical_strategy": "text", "horizontal_strategy": "lines"}):
                try:
                    for tbl in page.extract_tables(strat or None):
                        for row in tbl:
                            for cell in row:
                                if cell:
                                    chunks.append(cell)
                except Exception:
                    pass
        chunks.insert(0, "\n".join(full))
    return chunks


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    nm = json.load(open(os.path.join(HERE, "near_misses.json"), encoding="utf-8"))
    bad = 0
    checked = 0
    titles = {}
    for fname, rec in exp.items():
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            print("MISSING FILE", fname)
            bad += 1
            continue
        texts = docx_texts(path) if fname.endswith(".docx") else pdf_texts(path)
        ntexts = [norm(t) for t in texts]
        titles[fname] = {m["title"] for m in rec["measures"]}
        for m in rec["measures"]:
            for field in ("title", "description"):
                val = m[field]
                if not val:
                    continue
                checked += 1
                if not any(norm(val) in t for t in ntexts):
                    bad += 1
                    print(f"NOT FOUND {fname} [{field}]: {val[:90]}")
    for pair in nm:
        for f, t in (pair["a"], pair["b"]):
            if t not in titles.get(f, ()):
                bad += 1
                print("NEAR-MISS REF NOT IN EXPECTED", f, t)
    print(f"{checked - bad} passed, {bad} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
