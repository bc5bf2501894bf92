# -*- coding: utf-8 -*-
"""Verify that every ground-truth value of batch match59 appears in the built file's extracted text.

PDF text: pdfplumber page.extract_text(); Word text: python-docx (body paragraphs, tables incl. nested
tables, headers/footers). A value passes at level
  'exact'  – its whitespace-normalised text is a substring of the document text, or
  'split'  – its tokens occur in order within a short window (a table cell wrapped over lines that are
             interleaved with other columns, or a row split across a page break).
Delmål are checked in the form printed (code, 'delmål x.y', old 'NKPS tiltak nr. n', or the delmål's words).
Prints the counts table used in README.md. Exit code 1 on any miss.
"""
import collections
import json
import os
import re
import sys

import pdfplumber
from docx import Document

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa

OUT = "/work/blind/match59"


def norm(s):
    s = s.replace("\u00ad", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def toks(s):
    return re.findall(r"\w+|[^\w\s]", norm(s))


def docx_text(path):
    d = Document(path)
    out = []

    def cells(tbl):
        for row in tbl.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                out.append("\n".join(p.text for p in c.paragraphs))
                for nt in c.tables:
                    cells(nt)
    for s in d.sections:
        out += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    body = d.element.body
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    for el in body.iterchildren():
        if el.tag.endswith("}p"):
            out.append(Paragraph(el, d).text)
        elif el.tag.endswith("}tbl"):
            cells(Table(el, d))
    return "\n".join(out)


def pdf_text(path):
    with pdfplumber.open(path) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages), len(pdf.pages)


def found(value, text, ttoks):
    if norm(value) in text:
        return "exact"
    vt = toks(value)
    if not vt:
        return "exact"
    # in-order within window
    idx = [i for i, t in enumerate(ttoks) if t == vt[0]]
    limit = 14 * len(vt) + 80
    for st in idx:
        j, k = st + 1, 1
        while k < len(vt) and j < len(ttoks) and j - st <= limit:
            if ttoks[j] == vt[k]:
                k += 1
            j += 1
        if k == len(vt):
            return "split"
    return None


def found_chars(value, flat):
    """last resort: a word broken inside a squeezed cell ('Regjeringe' / 'n'); non-space characters in order
    within a short window of the space-free text"""
    v = re.sub(r"\s+", "", norm(value))
    limit = 8 * len(v) + 120
    st = flat.find(v[:4])
    while st != -1:
        j, k = st, 0
        while k < len(v) and j < len(flat) and j - st <= limit:
            if flat[j] == v[k]:
                k += 1
            j += 1
        if k == len(v):
            return "chars"
        st = flat.find(v[:4], st + 1)
    return None


def main():
    exp = json.load(open(os.path.join(OUT, "expected.json"), encoding="utf-8"))
    near = json.load(open(os.path.join(OUT, "near_misses.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(OUT) if f.endswith((".pdf", ".docx")))
    assert sorted(exp) == files, (set(exp) ^ set(files))
    bydata = {r["file"]: r for r in data.REPORTS}
    levels = collections.Counter()
    misses = []
    pages = {}
    for f in files:
        p = os.path.join(OUT, f)
        if f.endswith(".pdf"):
            raw, pages[f] = pdf_text(p)
        else:
            raw = docx_text(p)
        text, ttoks = norm(raw), toks(raw)
        flat = re.sub(r"\s+", "", text)
        rep = bydata[f]
        assert len(rep["measures"]) == len(exp[f]["measures"])
        for m, e in zip(rep["measures"], exp[f]["measures"]):
            assert m["title"] == e["title"]
            vals = [("title", e["title"]), ("responsible", e["responsible"]), ("period", e["period"]),
                    ("description", e["description"])]
            if e["delmal"]:
                vals.append(("delmal", data.fmt_delmal(e["delmal"], m["dstyle"] or rep["dstyle"] if False else
                                                        (m["dstyle"] or STYLE[f]))))
            if e["type"]:
                vals.append(("type", m["tsrc"]))
            vals += [("partner", x) for x in e["partners"]]
            for k, v in vals:
                if v is None:
                    continue
                lv = found(v, text, ttoks) or found_chars(v, flat)
                if lv is None:
                    misses.append((f, e["title"], k, v))
                else:
                    levels[(k, lv)] += 1
        # check type vocabulary
        for e in exp[f]["measures"]:
            assert e["type"] in data.TYPES + [None], e
            assert e["delmal"] == sorted(e["delmal"])
    for a, b in near:
        ta = [m for m in exp[a[0]]["measures"] if m["title"] == a[1]]
        tb = [m for m in exp[b[0]]["measures"] if m["title"] == b[1]]
        assert ta and tb and ta[0]["tiltak_id"] != tb[0]["tiltak_id"], (a, b)

    rows = [m for f in exp for m in exp[f]["measures"]]
    by_tid = collections.defaultdict(list)
    for f in exp:
        for m in exp[f]["measures"]:
            by_tid[m["tiltak_id"]].append(exp[f]["reporter"])
    print("value checks by level:")
    for k in sorted(levels):
        print(f"  {k[0]:12s} {k[1]:6s} {levels[k]}")
    print("pages per PDF:", ", ".join(f"{k}: {v}" for k, v in sorted(pages.items())))
    years = sorted({exp[f]["report_year"] for f in exp})
    counts = {
        "files": len(files),
        "docx": sum(f.endswith(".docx") for f in files),
        "pdf": sum(f.endswith(".pdf") for f in files),
        "reporters": len({exp[f]["reporter"] for f in exp}),
        "years": f"{years[0]}–{years[-1]} ({', '.join(map(str, years))})",
        "nynorsk reports": sum(1 for r in data.REPORTS if r["lang"] == "nn"),
        "measure rows": len(rows),
        "distinct tiltak": len(by_tid),
        "tiltak in more than one row": sum(1 for v in by_tid.values() if len(v) > 1),
        "tiltak by more than one reporter": sum(1 for v in by_tid.values() if len(set(v)) > 1),
        "continues=true rows": sum(m["continues"] for m in rows),
        "near-miss pairs": len(near),
    }
    print("counts:")
    for k, v in counts.items():
        print(f"  {k}: {v}")
    print("rows per file:")
    for f in files:
        print(f"  {f}: {len(exp[f]['measures'])}")
    if misses:
        print(f"MISSES ({len(misses)}):")
        for x in misses:
            print("  ", x)
        sys.exit(1)
    print("ALL VALUES FOUND")


STYLE = {r["file"]: r["dstyle"] for r in data.REPORTS}

if __name__ == "__main__":
    main()
