# -*- coding: utf-8 -*-
"""Verify every ground-truth value appears in the built file's extracted text; print counts."""
import json, os, re, sys, collections
import pdfplumber, docx
from data import REPORTS
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = "/work/blind/match60"
E = json.load(open(os.path.join(HERE, "expected.json"))); NM = json.load(open(os.path.join(HERE, "near_misses.json")))

def text_of(path):
    if path.endswith(".pdf"):
        with pdfplumber.open(path) as pdf: return "\n".join((p.extract_text() or "") for p in pdf.pages)
    d = docx.Document(path); parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells: parts.append(c.text)
    for s in d.sections: parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)
def norm(s): return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()

bad = 0
data = {r["file"]: r for r in REPORTS}
assert set(os.listdir(OUT)) == set(E), set(os.listdir(OUT)) ^ set(E)
for f, ex in E.items():
    t = norm(text_of(os.path.join(OUT, f))); r = data[f]
    def need(v, what, title):
        global bad
        if v and norm(v) not in t: bad += 1; print(f"MISSING [{f}] {what}: {v!r}  (row: {title})")
    for m, dm in zip(ex["measures"], r["measures"]):
        assert m["title"] == dm["title"]
        need(m["title"], "title", m["title"]); need(m["responsible"], "responsible", m["title"])
        for p in m["partners"]: need(p, "partner", m["title"])
        need(m["period"], "period", m["title"]); need(m["description"], "description", m["title"])
        if m["delmal"]: need(dm["dp"], "delmål as printed", m["title"])
        for c in m["delmal"]:
            if re.fullmatch(r"\d\.\d", c) is None: bad += 1; print("bad code", c)
        if dm["tp"]: need(dm["tp"], "type as printed", m["title"])
        if dm["en"]: need(dm["en"], "English title", m["title"])
    # order check: titles appear in document order (first occurrence after previous)
    pos = 0
    for m in ex["measures"]:
        i = t.find(norm(m["title"]), pos)
        if i < 0: i = t.find(norm(m["title"]))
        pos = max(pos, i)
    # near-miss titles exist in expected
titles = {(f, m["title"]) for f, v in E.items() for m in v["measures"]}
for a, b in NM:
    if tuple(a) not in titles or tuple(b) not in titles: bad += 1; print("near-miss not in expected", a, b)

rows = [(f, v["reporter"], m) for f, v in E.items() for m in v["measures"]]
by_t = collections.defaultdict(list)
for f, rep, m in rows: by_t[m["tiltak_id"]].append((f, rep))
reps = {v["reporter"] for v in E.values()}
nn = sum(1 for r in REPORTS if r["lang"] == "nn")
print("files", len(E), "| reporters", len(reps), "| years", sorted({v["report_year"] for v in E.values()}))
print("pdf", sum(f.endswith(".pdf") for f in E), "docx", sum(f.endswith(".docx") for f in E), "| nynorsk reports", nn,
      "| LibreOffice PDFs", sum("LibreOffice" in r["made"] for r in REPORTS))
print("measure rows", len(rows), "| distinct tiltak", len(by_t), "| tiltak in >1 row", sum(len(v) > 1 for v in by_t.values()),
      "| tiltak by >1 reporter", sum(len({x[1] for x in v}) > 1 for v in by_t.values()),
      "| continues=true", sum(m["continues"] for _, _, m in rows), "| near-miss pairs", len(NM))
print("FAILURES", bad); sys.exit(1 if bad else 0)
