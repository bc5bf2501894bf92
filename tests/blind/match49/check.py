# -*- coding: utf-8 -*-
"""Verify that every ground-truth value of expected.json appears in the built file's extracted text
(pdfplumber for PDF: page text + table cells; python-docx for Word: body paragraphs, table cells,
headers/footers), then print the batch counts.

Run:  /work/blind/.venv49/bin/python check.py
"""
import json
import os
import re
import sys
import unicodedata
from collections import defaultdict

import pdfplumber
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "gen"))
from data import FILES, TYPE_MAP, WORDS, OLD_NR  # noqa: E402


def norm(s, join_dash=False):
    s = unicodedata.normalize("NFC", s or "").replace("\u00a0", " ").replace("\u00ad", "")
    if join_dash:  # a line break right after a dash or slash inside a narrow cell: "2021–\n2033"
        s = re.sub(r"([–/-])[ \t]*\n[ \t]*", r"\1", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_chunks(path):
    d = Document(path)
    chunks = []

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    chunks.append(c.text)
                    walk_tables(c.tables)
    body = []
    for p in d.paragraphs:
        body.append(p.text)
    chunks.append("\n".join(body))
    walk_tables(d.tables)
    for s in d.sections:
        for part in (s.header, s.footer):
            chunks.append("\n".join(p.text for p in part.paragraphs))
    return chunks


def pdf_chunks(path):
    chunks = []
    with pdfplumber.open(path) as pdf:
        full = []
        for page in pdf.pages:
            full.append(page.extract_text() or "")
            for t in page.extract_tables():
                for row in t:
                    for c in row:
                        if c:
                            chunks.append(c)
        chunks.insert(0, "\n".join(full))
    return chunks


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    nm = json.load(open(os.path.join(HERE, "near_misses.json"), encoding="utf-8"))
    problems = []
    for fname, v in exp.items():
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            problems.append(f"{fname}: missing file"); continue
        chunks = pdf_chunks(path) if fname.endswith(".pdf") else docx_chunks(path)
        nchunks = [norm(c) for c in chunks] + [norm(c, True) for c in chunks]

        def found(val):
            n = norm(val)
            return any(n in c for c in nchunks)

        if not found(v["reporter"]):
            problems.append(f"{fname}: reporter '{v['reporter']}' not in text")
        if not found(str(v["report_year"])):
            problems.append(f"{fname}: year {v['report_year']} not in text")
        raw_rows = FILES[fname]["rows"]
        assert len(raw_rows) == len(v["measures"]), fname
        for m, raw in zip(v["measures"], raw_rows):
            tag = f"{fname} :: {m['title'][:50]}"
            for field in ("title", "responsible", "period", "description"):
                if m[field] is not None and not found(m[field]):
                    problems.append(f"{tag}: {field} '{m[field]}' not found")
            for p in m["partners"]:
                if not found(p):
                    problems.append(f"{tag}: partner '{p}' not found")
            tp = raw[2]
            if (tp is None) != (m["type"] is None) or (tp and TYPE_MAP[tp] != m["type"]):
                problems.append(f"{tag}: type mapping mismatch {tp} -> {m['type']}")
            if tp and not found(tp):
                problems.append(f"{tag}: type word '{tp}' not found")
            for c in m["delmal"]:
                ok = found(c) or found(WORDS[c]) or (v["report_year"] == 2017 and found(str(OLD_NR[c])))
                if not ok:
                    problems.append(f"{tag}: delmål {c} not found as code/words/old number")
            if m["delmal"] != sorted(m["delmal"]):
                problems.append(f"{tag}: delmål not sorted")
    # near-miss sanity
    titles = {(f, m["title"]): m["tiltak_id"] for f, v in exp.items() for m in v["measures"]}
    for a, b in nm:
        ta, tb = titles.get(tuple(a)), titles.get(tuple(b))
        if ta is None or tb is None:
            problems.append(f"near-miss refers to unknown row {a} / {b}")
        elif ta == tb:
            problems.append(f"near-miss pair shares tiltak_id {ta}: {a} / {b}")

    # ---------------- counts
    rows = [(f, v["reporter"], v["report_year"], m) for f, v in exp.items() for m in v["measures"]]
    by_tid = defaultdict(list)
    for f, rep, yr, m in rows:
        by_tid[m["tiltak_id"]].append((rep, yr, f))
    multi_row = [t for t, l in by_tid.items() if len(l) > 1]
    multi_rep = [t for t, l in by_tid.items() if len({r for r, _, _ in l}) > 1]
    reporters = sorted({v["reporter"] for v in exp.values()})
    years_per_rep = defaultdict(set)
    for v in exp.values():
        years_per_rep[v["reporter"]].add(v["report_year"])
    nyn = sum(1 for f in exp if FILES[f]["lang"] == "nynorsk")
    counts = [
        ("files", len(exp)),
        ("  .docx", sum(f.endswith(".docx") for f in exp)),
        ("  .pdf", sum(f.endswith(".pdf") for f in exp)),
        ("reporters", len(reporters)),
        ("reporters with >=3 report years", sum(len(y) >= 3 for y in years_per_rep.values())),
        ("years", f"{min(v['report_year'] for v in exp.values())}–{max(v['report_year'] for v in exp.values())} "
                  f"({len({v['report_year'] for v in exp.values()})} distinct)"),
        ("nynorsk reports", nyn),
        ("measure rows", len(rows)),
        ("distinct tiltak", len(by_tid)),
        ("tiltak reported in more than one row", len(multi_row)),
        ("tiltak reported by more than one reporter", len(multi_rep)),
        ("continues=true rows", sum(m["continues"] for *_, m in rows)),
        ("near-miss pairs", len(nm)),
    ]
    for k, val in counts:
        print(f"{k:45s} {val}")
    for f, v in exp.items():
        print(f"  {f:52s} {v['reporter']:32s} {v['report_year']} rows={len(v['measures'])}")
    if problems:
        print(f"\n{len(problems)} PROBLEM(S):")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("\nOK: every ground-truth value was found in the extracted text.")


if __name__ == "__main__":
    main()
