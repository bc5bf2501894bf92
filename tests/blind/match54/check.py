# -*- coding: utf-8 -*-
"""Verifies that every ground-truth value of batch match54 appears in the extracted text of its file, and prints the counts."""
import json, os, re, sys, collections
import pdfplumber, docx
BATCH = "/work/blind/match54"
EVID = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "evidence.json")))

def norm(s): return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()

def text_of(path):
    if path.endswith(".pdf"):
        out = []
        with pdfplumber.open(path) as pdf:
            for p in pdf.pages:
                out.append(p.extract_text() or "")
                for t in p.extract_tables():   # cell by cell, so wrapped cells read as one string
                    for row in t:
                        out.extend(c for c in row if c)
        return "\n".join(out)
    d = docx.Document(path); parts = []
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    parts += [p.text for p in d.paragraphs]
    def walk(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    parts.extend(p.text for p in c.paragraphs); walk(c.tables)
    walk(d.tables)
    return "\n".join(parts)

TYPEWORDS = {"FoU": ["FoU", "Forskning og utvikling"], "Kurs/utdanning": ["Kurs/utdanning", "Kurs", "Utdanning", "Opplæring"],
             "Råd/utvalg/nettverk": ["Råd/utvalg/nettverk", "Råd", "Utvalg", "Nettverk", "Partnarskap", "Råd / utvalg"],
             "Prosjekt": ["Prosjekt"], "Informasjon": ["Informasjon"], "Arrangement": ["Arrangement", "Workshop"], "Annet": []}

exp = json.load(open(os.path.join(BATCH, "expected.json")))
near = json.load(open(os.path.join(BATCH, "near_misses.json")))
fails = 0
files = sorted(f for f in os.listdir(BATCH) if f.endswith((".pdf", ".docx")))
assert set(files) == set(exp), (set(files) ^ set(exp))
for f in files:
    txt = norm(text_of(os.path.join(BATCH, f))); e = exp[f]
    def need(v, what, i):
        global fails
        if v and norm(v) not in txt:
            fails += 1; print(f"MISSING {f} row {i} {what}: {v!r}")
    for i, m in enumerate(e["measures"]):
        need(m["title"], "title", i); need(m["responsible"], "responsible", i); need(m["period"], "period", i)
        need(m["description"], "description", i)
        for p in m["partners"]: need(p, "partner", i)
        for ev in EVID[f][i]["dm"]: need(ev, "delmål", i)
        for c in m["delmal"]:
            if EVID[f][i]["dm"] == [", ".join(m["delmal"])]: need(c, "delmål code", i)
        if m["type"]: need(EVID[f][i]["type"], "type as printed", i)
        assert m["delmal"] == sorted(m["delmal"]) and all(re.fullmatch(r"[123]\.[1-6]", c) for c in m["delmal"])
titles = {(f, m["title"]) for f in exp for m in exp[f]["measures"]}
ids = {(f, m["title"]): m["tiltak_id"] for f in exp for m in exp[f]["measures"]}
for a, b in near:
    assert tuple(a) in titles and tuple(b) in titles, (a, b)
    assert ids[tuple(a)] != ids[tuple(b)], (a, b)
rows = [(f, m) for f in exp for m in exp[f]["measures"]]
byid = collections.defaultdict(list)
for f, m in rows: byid[m["tiltak_id"]].append(exp[f]["reporter"])
print("files", len(files), "| pdf", sum(f.endswith('.pdf') for f in files), "| docx", sum(f.endswith('.docx') for f in files))
print("reporters", len({e['reporter'] for e in exp.values()}), "| years", sorted({e['report_year'] for e in exp.values()}))
print("measure rows", len(rows), "| distinct tiltak", len(byid), "| in >1 row", sum(len(v) > 1 for v in byid.values()),
      "| by >1 reporter", sum(len(set(v)) > 1 for v in byid.values()), "| continues=true", sum(m['continues'] for f, m in rows),
      "| near-miss pairs", len(near))
print("FAILURES", fails); sys.exit(1 if fails else 0)
