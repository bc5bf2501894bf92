# -*- coding: utf-8 -*-
"""Self-check: every title/description/fact of expected.json is present in the file's text (whitespace-insensitive)."""
import json, re, sys
import pdfplumber
from docx import Document

def norm(s):
    return re.sub(r"\s+", "", s)

def docx_text(p):
    d = Document(p)
    out = []
    body = d.element.body
    for el in body.iter():
        if el.tag.endswith("}t"):
            out.append(el.text or "")
        elif el.tag.endswith("}p"):
            out.append("\n")
    return "".join(out)

exp = json.load(open("expected.json", encoding="utf-8"))
bad = 0
for fn, v in exp.items():
    if fn.endswith(".pdf"):
        with pdfplumber.open(fn) as pdf:
            txt = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
            for pg in pdf.pages:
                for tb in pg.extract_tables():
                    for row in tb:
                        txt += "\n" + "\n".join(c or "" for c in row)
            npg = len(pdf.pages)
    else:
        txt = docx_text(fn); npg = "-"
    T = norm(txt)
    for m in v["measures"]:
        for k in ("title", "description", "responsible", "period"):
            if norm(m[k]) not in T:
                bad += 1; print("MISSING", fn, k, m[k][:60])
        for p in m["partners"]:
            if norm(p) not in T:
                bad += 1; print("MISSING partner", fn, p)
    print(fn, "pages", npg, "rows", len(v["measures"]))
print("problems", bad)
