# -*- coding: utf-8 -*-
"""Verify that every ground-truth value in expected.json appears in the built file's extracted text
(pdfplumber for PDF incl. table cells, python-docx for Word incl. tables/headers), and print the batch counts."""
import json, os, sys, collections, itertools
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
import pdfplumber, docx
import data, common

CANON = {"FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement", "Annet"}

def text_pdf(path):
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(pg.extract_text() or "")
            for tb in pg.extract_tables():
                for row in tb:
                    parts.extend(c for c in row if c)
    return parts

def text_docx(path):
    d = docx.Document(path); parts = []
    def tables(ts):
        for t in ts:
            for row in t.rows:
                for c in row.cells:
                    parts.append("\n".join(p.text for p in c.paragraphs)); tables(c.tables)
    parts += [p.text for p in d.paragraphs]; tables(d.tables)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return parts

def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    nm = json.load(open(os.path.join(HERE, "near_misses.json"), encoding="utf-8"))
    reps = {r["file"]: r for r in data.REPORTS}
    errors = []
    def need(fname, what, s, hay):
        if s and common.norm(s) not in hay:
            errors.append(f"{fname}: {what} not found: {s!r}")
    for fname, v in exp.items():
        path = os.path.join(HERE, fname)
        if not os.path.exists(path): errors.append(f"missing file {fname}"); continue
        parts = text_pdf(path) if fname.endswith(".pdf") else text_docx(path)
        hay = "\n".join(common.norm(p) for p in parts)
        if len(hay) < 500: errors.append(f"{fname}: too little text ({len(hay)})")
        r = reps[fname]; tpl = r["template"]
        need(fname, "reporter", v["reporter"], hay); need(fname, "year", str(v["report_year"]), hay)
        assert len(r["measures"]) == len(v["measures"])
        for m, dm in zip(v["measures"], r["measures"]):
            assert m["title"] == dm["title"]
            if m["type"] is not None and m["type"] not in CANON: errors.append(f"{fname}: bad type {m['type']}")
            need(fname, "title", m["title"], hay)
            need(fname, "responsible", m["responsible"], hay)
            for p in m["partners"]: need(fname, "partner", p, hay)
            need(fname, "period", m["period"], hay)
            need(fname, "description", m["description"], hay)
            need(fname, "type", common.type_text(dm, tpl), hay)
            st = common.STYLE[tpl][0]
            if st in ("section", "section_words", "merged_code"):
                need(fname, "delmål section", common.section_heading(m["delmal"][0], tpl), hay)
                for c in m["delmal"][1:]: need(fname, "delmål", c, hay)
            else:
                need(fname, "delmål", common.dm_text(dm, tpl), hay)
                if not st.startswith("old") and st != "words":
                    for c in m["delmal"]: need(fname, "delmål code", c, hay)
            if m["delmal"] != sorted(m["delmal"]) or any(c not in common.CODES for c in m["delmal"]):
                errors.append(f"{fname}: bad delmål {m['delmal']}")
    # near-miss sanity: both rows exist, different tiltak
    idx = {(f, m["title"]): m["tiltak_id"] for f, v in exp.items() for m in v["measures"]}
    for a, b in nm:
        if tuple(a) not in idx or tuple(b) not in idx: errors.append(f"near-miss row missing: {a} {b}")
        elif idx[tuple(a)] == idx[tuple(b)]: errors.append(f"near-miss pair is same tiltak: {a} {b}")
    # continues sanity
    org = lambda rep: {"Kompetanse Norge": "HK-dir"}.get(rep, rep)
    seen = collections.defaultdict(set)
    for f, v in exp.items():
        for m in v["measures"]: seen[(org(v["reporter"]), m["tiltak_id"])].add(v["report_year"])
    for f, v in exp.items():
        for m in v["measures"]:
            want = any(y < v["report_year"] for y in seen[(org(v["reporter"]), m["tiltak_id"])])
            if want != m["continues"]: errors.append(f"{f}: continues wrong for {m['title']}")
    rows = [(f, v["reporter"], m) for f, v in exp.items() for m in v["measures"]]
    byid = collections.defaultdict(list)
    for f, rep, m in rows: byid[m["tiltak_id"]].append(org(rep))
    c = dict(files=len(exp), pdf=sum(f.endswith(".pdf") for f in exp), docx=sum(f.endswith(".docx") for f in exp),
             reporters=len({v["reporter"] for v in exp.values()}), years=sorted({v["report_year"] for v in exp.values()}),
             nynorsk=sum(r["lang"] == "nn" for r in data.REPORTS), rows=len(rows), tiltak=len(byid),
             multi_row=sum(len(L) > 1 for L in byid.values()), multi_reporter=sum(len(set(L)) > 1 for L in byid.values()),
             continues=sum(m["continues"] for _, _, m in rows), near_miss_pairs=len(nm))
    for k, val in c.items(): print(f"{k:16} {val}")
    if errors:
        print(f"\n{len(errors)} PROBLEMS"); print("\n".join(errors[:80])); sys.exit(1)
    print("\nOK – all ground-truth values found in the extracted text")

if __name__ == "__main__":
    main()
