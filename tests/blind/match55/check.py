# -*- coding: utf-8 -*-
"""Verify every ground-truth value appears in the extracted text of the built files; print counts."""
import json, os, re, sys, collections
import pdfplumber, docx
OUT = "/work/blind/match55"; META = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "meta.json")))
def norm(s): return re.sub(r"\s+", " ", s).strip()
def text_docx(p):
    d = docx.Document(p); parts = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells: parts.append(c.text)
    for s in d.sections: parts += [x.text for x in s.header.paragraphs + s.footer.paragraphs]
    return "\n".join(parts)
def text_pdf(p):
    parts = []
    with pdfplumber.open(p) as pdf:
        for pg in pdf.pages:
            parts.append(pg.extract_text() or "")
            for t in pg.extract_tables():
                for r in t:
                    for c in r:
                        if c: parts.append(c)
    return "\n".join(parts)
exp = json.load(open(os.path.join(OUT, "expected.json"))); nm = json.load(open(os.path.join(OUT, "near_misses.json")))
bad = 0
for f, v in exp.items():
    p = os.path.join(OUT, f)
    txt = norm(text_pdf(p) if f.endswith(".pdf") else text_docx(p)); low = txt.lower()
    meta = META[f]
    for i, m in enumerate(v["measures"]):
        need = [m["title"], meta["dprint"][i] if m["delmal"] else None, m["responsible"], m["period"], m["description"]] + m["partners"]
        for x in need:
            if x and norm(x) not in txt: print("MISSING", f, "|", x); bad += 1
        if m["type"] and meta["tword"][i].lower() not in low: print("MISSING type", f, meta["tword"][i]); bad += 1
for a, b in nm:
    titles = {m["title"] for m in exp[a[0]]["measures"]}; titles2 = {m["title"] for m in exp[b[0]]["measures"]}
    if a[1] not in titles or b[1] not in titles2: print("near-miss title not in expected", a, b); bad += 1
rows = [m for v in exp.values() for m in v["measures"]]
by = collections.defaultdict(list)
for f, v in exp.items():
    for m in v["measures"]: by[m["tiltak_id"]].append(v["reporter"])
nyn = [f for f in exp if any(k in f for k in ("Vestland", "More_og"))]
print("files", len(exp), "reporters", len({v["reporter"] for v in exp.values()}), "years", sorted({v["report_year"] for v in exp.values()}))
print("nynorsk", len(nyn), "rows", len(rows), "distinct tiltak", len(by), "multi-row", sum(len(x) > 1 for x in by.values()),
      "multi-reporter", sum(len(set(x)) > 1 for x in by.values()), "continues", sum(m["continues"] for m in rows), "near-miss pairs", len(nm))
print("pdf", sum(f.endswith(".pdf") for f in exp), "docx", sum(f.endswith(".docx") for f in exp))
print("FAIL" if bad else "PASS", bad)
sys.exit(1 if bad else 0)
