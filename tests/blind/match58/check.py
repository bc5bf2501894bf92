# -*- coding: utf-8 -*-
"""Verify every ground-truth value appears in the built file's extracted text; print counts."""
import json, os, re, sys
from collections import Counter, defaultdict
import pdfplumber, docx
sys.path.insert(0, os.path.dirname(__file__))
import data
OUT = "/work/blind/match58"

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()

def docx_text(p):
    d = docx.Document(p); out = []
    def tables(ts):
        for t in ts:
            for row in t.rows:
                for c in row.cells:
                    out.append(c.text); tables(c.tables)
    out += [x.text for x in d.paragraphs]; tables(d.tables)
    for s in d.sections:
        out += [x.text for x in s.header.paragraphs] + [x.text for x in s.footer.paragraphs]
    return norm("\n".join(out))

def pdf_text(p):
    out = []
    with pdfplumber.open(p) as pdf:
        for pg in pdf.pages:
            out.append(pg.extract_text() or "")
            for t in pg.extract_tables():
                for row in t:
                    out += [c for c in row if c]
    return norm("\n".join(out))

def main():
    exp = json.load(open(os.path.join(OUT, "expected.json")))
    nm = json.load(open(os.path.join(OUT, "near_misses.json")))
    files = sorted(x for x in os.listdir(OUT) if x not in ("expected.json", "near_misses.json", "README.md"))
    errors = []; warnings = []
    if sorted(exp) != files:
        errors.append(f"file list mismatch: {set(files) ^ set(exp)}")
    src = {f["name"]: f for f in data.FILES}
    for name in files:
        path = os.path.join(OUT, name)
        txt = pdf_text(path) if name.endswith(".pdf") else docx_text(path)
        e = exp[name]; f = src[name]
        txt_nows = re.sub(r"\s", "", txt)
        if len(txt) < 200: errors.append(f"{name}: no text layer?")
        for m, r in zip(e["measures"], f["rows"]):
            vals = [("title", m["title"]), ("delmål", r["dp"]), ("type", r["tp"]), ("responsible", m["responsible"]),
                    ("period", m["period"]), ("description", m["description"])] + [("partner", p) for p in m["partners"]]
            for k, v in vals:
                if v and norm(v) not in txt:
                    if re.sub(r"\s", "", v) in txt_nows:
                        warnings.append(f"{name}: {k} found only across a line break: {v!r}")
                    else:
                        errors.append(f"{name}: {k} not found: {v!r}")
            # code check: printed delmål must contain the codes, or be an old number / words (checked by mapping)
            if r["dp"] and re.search(r"\d\.\d", r["dp"]):
                for c in m["delmal"]:
                    if c not in r["dp"]: errors.append(f"{name}: code {c} not in printed delmål {r['dp']!r}")
            assert m["type"] in ("FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement", "Annet", None)
    # near-miss sanity
    idx = {(fn, m["title"]): m["tiltak_id"] for fn, e in exp.items() for m in e["measures"]}
    for a, b in nm:
        if tuple(a) not in idx or tuple(b) not in idx: errors.append(f"near-miss row unknown: {a} {b}")
        elif idx[tuple(a)] == idx[tuple(b)]: errors.append(f"near-miss pair shares tiltak_id: {a} {b}")
    # counts
    rows = [(fn, m) for fn, e in exp.items() for m in e["measures"]]
    tid_rows = Counter(m["tiltak_id"] for _, m in rows)
    tid_rep = defaultdict(set)
    for fn, m in rows: tid_rep[m["tiltak_id"]].add(exp[fn]["reporter"])
    nn = sum(1 for f in data.FILES if f["lang"] == "nn")
    counts = dict(files=len(exp), docx=sum(n.endswith(".docx") for n in exp), pdf=sum(n.endswith(".pdf") for n in exp),
                  reporters=len({e["reporter"] for e in exp.values()}), years=f"{min(e['report_year'] for e in exp.values())}–{max(e['report_year'] for e in exp.values())}",
                  distinct_years=len({e["report_year"] for e in exp.values()}), nynorsk_reports=nn, measure_rows=len(rows), distinct_tiltak=len(tid_rows),
                  tiltak_in_more_than_one_row=sum(1 for v in tid_rows.values() if v > 1),
                  tiltak_by_more_than_one_reporter=sum(1 for v in tid_rep.values() if len(v) > 1),
                  continues_true_rows=sum(1 for _, m in rows if m["continues"]), near_miss_pairs=len(nm))
    for k, v in counts.items(): print(f"{k}: {v}")
    for fn in files: print(f"  {fn}: {len(exp[fn]['measures'])} rows")
    for w in warnings: print("  warning:", w)
    if errors:
        print("\nFAIL"); [print(" ", x) for x in errors]; sys.exit(1)
    print("\nPASS: all ground-truth values found in extracted text")
    json.dump(counts, open(os.path.join(os.path.dirname(__file__), "counts.json"), "w"), ensure_ascii=False)

if __name__ == "__main__":
    main()
