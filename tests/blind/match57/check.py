# -*- coding: utf-8 -*-
"""Verify every ground-truth value of batch match57 appears in the built file's extracted text; print counts."""
import json, os, re, sys, collections
import pdfplumber
from docx import Document
sys.path.insert(0, os.path.dirname(__file__))
from data import FILES
D = "/work/blind/match57"

def text_of(path):
    parts = []
    if path.endswith(".pdf"):
        with pdfplumber.open(path) as pdf:
            for pg in pdf.pages:
                parts.append(pg.extract_text() or "")
                for t in pg.extract_tables():
                    for row in t:
                        parts += [c for c in row if c]
    else:
        d = Document(path)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        parts += [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
    return "\n".join(parts)

norm = lambda s: re.sub(r"\s+", " ", s).strip()
tight = lambda s: re.sub(r"\s+", "", s)

def main():
    exp = json.load(open(f"{D}/expected.json")); near = json.load(open(f"{D}/near_misses.json"))
    byname = {f["name"]: f for f in FILES}
    ok = True; loose = 0
    listed = sorted(x for x in os.listdir(D) if x.endswith((".pdf", ".docx")))
    if listed != sorted(exp): print("FILE SET MISMATCH", set(listed) ^ set(exp)); ok = False
    titles = {(fn, m["title"]) for fn, d in exp.items() for m in d["measures"]}
    tid = {(fn, m["title"]): m["tiltak_id"] for fn, d in exp.items() for m in d["measures"]}
    for fn, d in exp.items():
        txt = text_of(f"{D}/{fn}"); n, t = norm(txt), tight(txt)
        src = byname[fn]["measures"]
        assert len(src) == len(d["measures"])
        # document order: titles appear in increasing position
        last = -1
        for m, s in zip(d["measures"], src):
            vals = [("title", m["title"]), ("responsible", m["responsible"]), ("period", m["period"]),
                    ("description", m["description"]), ("delmål as printed", s["dm_print"]), ("type as printed", s["type_print"])]
            vals += [("partner", p) for p in m["partners"]]
            for k, v in vals:
                if not v: continue
                if norm(v) in n: continue
                if tight(v) in t: loose += 1; continue
                print(f"MISSING {fn}: {k} = {v!r}"); ok = False
            pos = n.rfind(norm(m["title"]))
            # first occurrence after previous title (summary lists may repeat titles earlier)
            p2 = n.find(norm(m["title"]), last + 1)
            if p2 < 0 and tight(m["title"]) in t: p2 = last + 1
            if p2 < 0: print(f"ORDER {fn}: {m['title']!r}"); ok = False
            else: last = p2
        for c in ["delmal"]:
            for m in d["measures"]:
                for code in m[c]: assert re.fullmatch(r"[123]\.[1-6]", code) and (code[0] != "1" or code[2] <= "4"), code
    for a, b in near:
        if tuple(a) not in titles or tuple(b) not in titles: print("NEAR-MISS ROW NOT FOUND", a, b); ok = False
        elif tid[tuple(a)] == tid[tuple(b)]: print("NEAR-MISS SAME ID", a, b); ok = False
    # counts
    rows = [(fn, m) for fn, d in exp.items() for m in d["measures"]]
    by = collections.defaultdict(list)
    for fn, m in rows: by[m["tiltak_id"]].append(exp[fn]["reporter"])
    c = collections.OrderedDict([
        ("files", len(exp)), ("pdf", sum(x.endswith(".pdf") for x in exp)), ("docx", sum(x.endswith(".docx") for x in exp)),
        ("reporters", len({d["reporter"] for d in exp.values()})),
        ("years", ", ".join(str(y) for y in sorted({d["report_year"] for d in exp.values()}))),
        ("nynorsk reports", sum(f["nynorsk"] for f in FILES)),
        ("measure rows", len(rows)), ("distinct tiltak", len(by)),
        ("tiltak in >1 row", sum(len(v) > 1 for v in by.values())),
        ("tiltak by >1 reporter", sum(len(set(v)) > 1 for v in by.values())),
        ("continues=true rows", sum(m["continues"] for _, m in rows)),
        ("near-miss pairs", len(near)),
        ("LibreOffice-rendered PDFs", sum("LibreOffice" in f["made"] for f in FILES)),
    ])
    for k, v in c.items(): print(f"{k}: {v}")
    print(f"values matched only with whitespace removed: {loose}")
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return c, ok

if __name__ == "__main__":
    c, ok = main(); sys.exit(0 if ok else 1)
