"""Verify every ground-truth value of match61 appears in the extracted text of its file; print counts."""
import json, os, re, sys, collections
import pdfplumber, docx
D = "/work/blind/match61"
exp = json.load(open(os.path.join(D, "expected.json"))); nm = json.load(open(os.path.join(D, "near_misses.json")))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import build
EV = {(f["name"], m["title"], m["id"]): m for f, m in build.rows()}

def text_of(path):
    parts = []
    if path.endswith(".pdf"):
        with pdfplumber.open(path) as pdf:
            for pg in pdf.pages:
                parts.append(pg.extract_text() or "")
                for t in pg.extract_tables():
                    for r in t: parts.extend(c for c in r if c)
    else:
        d = docx.Document(path)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs + s.footer.paragraphs]
        parts += [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows: parts += [c.text for c in r.cells]
    return "\n".join(parts)

norm = lambda s: re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()
nosp = lambda s: re.sub(r"\s+", "", s)
fails = 0
def has(txt, v):
    return norm(v) in txt or nosp(v) in nosp(txt)
for fn, e in exp.items():
    txt = norm(text_of(os.path.join(D, fn)))
    for m in e["measures"]:
        src = EV[(fn, m["title"], m["tiltak_id"])]
        vals = [("title", m["title"])] + [("partner", p) for p in m["partners"]]
        for k in ("responsible", "period", "description"):
            if m[k]: vals.append((k, m[k]))
        if src["dm_ev"]: vals.append(("delmal-evidence", src["dm_ev"]))
        else: vals += [("delmal", c) for c in m["delmal"]]
        if m["type"]: vals.append(("type", src["ty_ev"] or m["type"]))
        for k, v in vals:
            if not has(txt, v):
                fails += 1; print("MISSING", fn, "|", m["title"], "|", k, "|", v)
files = set(os.listdir(D)) - {"expected.json", "near_misses.json", "README.md"}
assert files == set(exp), files ^ set(exp)
for a, b in nm:
    ta = [m["title"] for m in exp[a[0]]["measures"]]; tb = [m["title"] for m in exp[b[0]]["measures"]]
    assert a[1] in ta and b[1] in tb, (a, b)
    ia = [m for m in exp[a[0]]["measures"] if m["title"] == a[1]][0]["tiltak_id"]; ib = [m for m in exp[b[0]]["measures"] if m["title"] == b[1]][0]["tiltak_id"]
    assert ia != ib
rows = [(fn, e["reporter"], m) for fn, e in exp.items() for m in e["measures"]]
by_id = collections.defaultdict(list)
for fn, r, m in rows: by_id[m["tiltak_id"]].append(r)
C = collections.OrderedDict([
 ("files", len(exp)), ("docx", sum(f.endswith(".docx") for f in exp)), ("pdf", sum(f.endswith(".pdf") for f in exp)),
 ("reporters", len({e["reporter"] for e in exp.values()})), ("years", " ".join(map(str, sorted({e["report_year"] for e in exp.values()})))),
 ("nynorsk reports", sum(1 for f in build.FILES if f.get("lang") == "nn")),
 ("measure rows", len(rows)), ("distinct tiltak", len(by_id)),
 ("tiltak in >1 row", sum(len(v) > 1 for v in by_id.values())), ("tiltak by >1 reporter", sum(len(set(v)) > 1 for v in by_id.values())),
 ("continues=true rows", sum(m["continues"] for _, _, m in rows)), ("near-miss pairs", len(nm)),
 ("near-miss groups", len({g for f, m in build.rows() for g in m["nm"]}))])
for k, v in C.items(): print(f"{k}: {v}")
print("FAILURES:", fails)
sys.exit(1 if fails else 0)
