# -*- coding: utf-8 -*-
"""Check that every ground-truth value is present in the built file's text."""
import json, re, sys
import docx, pdfplumber
exp = json.load(open("expected.json", encoding="utf-8"))
def text_of(fn):
    if fn.endswith(".docx"):
        d = docx.Document(fn)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    with pdfplumber.open(fn) as pdf:
        return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
norm = lambda s: re.sub(r"\s+", " ", s).strip()
bad = 0
for fn, f in exp.items():
    tx = text_of(fn); ntx = norm(tx); words = set(re.findall(r"\w+", tx.lower()))
    for m in f["measures"]:
        for key in ("title", "description", "period", "responsible"):
            v = m[key]
            if not v: continue
            if norm(v) in ntx: continue
            ws = re.findall(r"\w+", v.lower())
            missing = [w for w in ws if w not in words]
            if missing or fn.endswith(".docx"):
                if fn.endswith(".pdf") and not missing:
                    continue
                bad += 1; print("MISSING", fn, key, repr(v), missing[:5])
        for p in m["partners"]:
            if p not in ntx and not all(w in words for w in re.findall(r"\w+", p.lower())):
                bad += 1; print("MISSING partner", fn, p)
print("problems:", bad)
