# -*- coding: utf-8 -*-
"""Verify every ground-truth value of match52 appears in the built file's extracted text; print counts."""
import json, os, re, sys, collections
import pdfplumber
from docx import Document
from docx.oxml.ns import qn
sys.path.insert(0, os.path.dirname(__file__))
from data import FILES

OUT = "/work/blind/match52"
exp = json.load(open(os.path.join(OUT, "expected.json")))
nm = json.load(open(os.path.join(OUT, "near_misses.json")))
chk = json.load(open(os.path.join(os.path.dirname(__file__), "checkinfo.json")))

def docx_text(path):
    d = Document(path)
    parts = []
    roots = [d.element.body] + [s.header._element for s in d.sections] + [s.footer._element for s in d.sections]
    for root in roots:
        for p in root.iter(qn("w:p")):
            buf = []
            for el in p.iter():
                if el.tag == qn("w:t"): buf.append(el.text or "")     # w:delText (deleted) is skipped = changes accepted
                elif el.tag == qn("w:tab"): buf.append("\t")
                elif el.tag == qn("w:br"): buf.append("\n")
            parts.append("".join(buf))
    return "\n".join(parts)

def pdf_text(path):
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(pg.extract_text() or "")
            w = pg.width   # also read each half on its own (two-column layouts)
            parts.append(pg.crop((0, 0, w / 2, pg.height)).extract_text() or "")
            parts.append(pg.crop((w / 2, 0, w, pg.height)).extract_text() or "")
            for t in pg.extract_tables():
                for row in t:
                    parts.append(" | ".join(c or "" for c in row))
    return "\n".join(parts)

def norm(s):
    return re.sub(r"\s+", "", s.replace("\u00a0", " "))

bad = 0
for fn, e in exp.items():
    path = os.path.join(OUT, fn)
    text = docx_text(path) if fn.endswith(".docx") else pdf_text(path)
    T = norm(text)
    def need(v, what):
        global bad
        if v and norm(v) not in T:
            bad += 1; print(f"MISSING {fn}: {what} = {v!r}")
    assert len(e["measures"]) == len(chk[fn]), fn
    for m, c in zip(e["measures"], chk[fn]):
        need(m["title"], "title"); need(m["responsible"], "responsible")
        for p in m["partners"]: need(p, "partner")
        need(m["period"], "period"); need(m["description"], "description")
        need(c["delmal_printed"], "delmål as printed"); need(c["type_printed"], "type as printed")
        if m["type"] and not c["type_printed"]: print("type without printed form", fn)
    for gone in FILES[fn].get("deleted", []):
        if norm(gone) in T:
            bad += 1; print(f"DELETED TEXT VISIBLE {fn}: {gone}")
    # titles must appear in document order
    pos = 0
    for m in e["measures"]:
        i = T.find(norm(m["title"]), pos)
        if i < 0:
            i = T.find(norm(m["title"]))
            print(f"order? {fn}: {m['title']}") if i < pos else None
        pos = max(pos, i)

rows = [(fn, m) for fn, e in exp.items() for m in e["measures"]]
by_id = collections.defaultdict(list)
for fn, m in rows: by_id[m["tiltak_id"]].append((fn, m))
multi_row = sum(1 for v in by_id.values() if len(v) > 1)
multi_rep = sum(1 for v in by_id.values() if len({exp[f]["reporter"] for f, _ in v}) > 1)
nn = sum(1 for f in exp if f.endswith("_nn.docx") or f.endswith("_nn.pdf"))
# near-miss sanity: both sides exist, different ids
idx = {(fn, m["title"]): m["tiltak_id"] for fn, m in rows}
for a, b in nm:
    assert tuple(a) in idx and tuple(b) in idx and idx[tuple(a)] != idx[tuple(b)], (a, b)
counts = collections.OrderedDict([
    ("files", len(exp)), ("docx", sum(f.endswith(".docx") for f in exp)), ("pdf", sum(f.endswith(".pdf") for f in exp)),
    ("reporters", len({e["reporter"] for e in exp.values()})),
    ("years", f"{min(e['report_year'] for e in exp.values())}–{max(e['report_year'] for e in exp.values())} ({len({e['report_year'] for e in exp.values()})} distinct)"),
    ("nynorsk reports", nn), ("measure rows", len(rows)), ("distinct tiltak", len(by_id)),
    ("tiltak in >1 row", multi_row), ("tiltak by >1 reporter", multi_rep),
    ("continues=true rows", sum(m["continues"] for _, m in rows)), ("near-miss pairs", len(nm))])
for k, v in counts.items(): print(f"{k}: {v}")
print("per file:", {fn: len(e["measures"]) for fn, e in exp.items()})
print("RESULT:", "PASS" if bad == 0 else f"FAIL ({bad} missing)")
sys.exit(1 if bad else 0)
