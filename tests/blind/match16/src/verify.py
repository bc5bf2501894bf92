"""Check the batch against its own ground truth.

* every expected title, description and period is really printed in the file it belongs to
  (text read back with pdfplumber / python-docx; whitespace, hyphens and soft hyphens ignored, so words
  broken over lines still match; a description may be cut in at most three pieces in reading order,
  as happens when a table row or a text column continues on the next page);
* `continues` is what the data says (same reporter, same tiltak_id, earlier report year);
* near_misses.json only pairs existing (file, title) entries with different tiltak ids;
* the counts written in README.md equal the counts computed from expected.json;
* the batch is within the sizes asked for.

Run:  /work/blind/.venvm2/bin/python src/verify.py
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

import pdfplumber
from docx import Document
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Column layouts where reading order is column by column (x positions as a fraction of page width).
COLUMN_SPLITS = {
    "Vestland_fylkeskommune_rapport_2023.pdf": [[0.355, 0.645]],
    "Trondelag_fylkeskommune_rapport_kompetanse_2020.pdf": [[0.35]],
    "KS_rapport_NKPS_2021.pdf": [[0.5]],
    "Unio_rapport_NKPS_2021.pdf": [[0.5]],
}
GENERIC_SPLITS = [[0.5], [1 / 3, 2 / 3]]

HYPHENS = "\u2010\u2011\u00ad-"


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"[\s" + HYPHENS + r"]+", "", s)


def docx_text(path):
    doc = Document(path)
    paras = []
    for p in doc.element.body.iter(qn("w:p")):
        paras.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return ["\n".join(paras)]


def _crop_text(page, x0, x1, top=0, bottom=None):
    bottom = page.height if bottom is None else bottom
    return page.crop((x0, top, x1, bottom)).extract_text() or ""


def pdf_texts(path):
    name = os.path.basename(path)
    out = []
    with pdfplumber.open(path) as pdf:
        pages = pdf.pages
        out.append("\n".join(p.extract_text() or "" for p in pages))
        # table cells in row order
        cells, colcrops = [], []
        for p in pages:
            for t in p.find_tables():
                for row in t.extract():
                    cells.extend(c or "" for c in row)
                xs = sorted({round(c[0], 1) for c in t.cells} | {round(c[2], 1) for c in t.cells})
                x0, top, x1, bottom = t.bbox
                for a, b in zip(xs, xs[1:]):
                    colcrops.append(_crop_text(p, a, b, top, bottom))
        out.append("\n".join(cells))
        out.append("\n".join(colcrops))
        # column crops
        for splits in COLUMN_SPLITS.get(name, []) + GENERIC_SPLITS:
            parts = []
            for p in pages:
                edges = [0] + [f * p.width for f in splits] + [p.width]
                for a, b in zip(edges, edges[1:]):
                    parts.append(_crop_text(p, a, b))
            out.append("\n".join(parts))
    return out


def found(needle, hay, max_seg):
    """needle occurs in hay as at most max_seg pieces, in order (gaps allowed between pieces)."""
    if not needle:
        return True
    pos, i, segs = 0, 0, 0
    while i < len(needle):
        lo, hi = 0, len(needle) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if hay.find(needle[i:i + mid], pos) >= 0:
                lo = mid
            else:
                hi = mid - 1
        if lo == 0 or lo < min(10, len(needle) - i):
            return False
        pos = hay.find(needle[i:i + lo], pos) + lo
        i += lo
        segs += 1
        if segs > max_seg:
            return False
    return True


def readme_counts(text):
    counts = {}
    for m in re.finditer(r"^\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|\s*$", text, re.M):
        counts[m.group(1)] = int(m.group(2))
    return counts


def main():
    errors = []
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    nm = json.load(open(os.path.join(HERE, "near_misses.json"), encoding="utf-8"))

    # 1. texts present
    n_checked = 0
    for fname, rec in exp.items():
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            errors.append(f"missing file {fname}")
            continue
        texts = docx_text(path) if fname.endswith(".docx") else pdf_texts(path)
        hays = [norm(t) for t in texts]
        for m in rec["measures"]:
            for field, max_seg in (("title", 2), ("description", 3), ("period", 1)):
                needle = norm(m[field])
                if not any(found(needle, h, max_seg) for h in hays):
                    errors.append(f"{fname}: {field} not found: {m[field][:70]!r}")
                n_checked += 1

    # 2. continues
    first_year = {}
    for fname, rec in exp.items():
        for m in rec["measures"]:
            k = (rec["reporter"], m["tiltak_id"])
            first_year[k] = min(first_year.get(k, 9999), rec["report_year"])
    for fname, rec in exp.items():
        for m in rec["measures"]:
            want = first_year[(rec["reporter"], m["tiltak_id"])] < rec["report_year"]
            if m["continues"] != want:
                errors.append(f"{fname}: continues wrong for {m['title']!r}")
        ids = [m["tiltak_id"] for m in rec["measures"]]
        if len(ids) != len(set(ids)):
            errors.append(f"{fname}: a tiltak_id appears twice in one report")

    # 3. near misses
    index = {(f, m["title"]): m["tiltak_id"] for f, r in exp.items() for m in r["measures"]}
    for a, b in nm:
        ta, tb = index.get(tuple(a)), index.get(tuple(b))
        if ta is None or tb is None:
            errors.append(f"near miss refers to unknown entry: {a} / {b}")
        elif ta == tb:
            errors.append(f"near miss with equal tiltak_id: {a} / {b}")

    # 4. README counts
    rows = [m for r in exp.values() for m in r["measures"]]
    computed = {
        "Files": len(exp),
        "DOCX files": sum(f.endswith(".docx") for f in exp),
        "PDF files": sum(f.endswith(".pdf") for f in exp),
        "Reporters": len({r["reporter"] for r in exp.values()}),
        "Report years": len({r["report_year"] for r in exp.values()}),
        "Measure rows": len(rows),
        "Distinct tiltak": len({m["tiltak_id"] for m in rows}),
        "Tiltak reported more than once": sum(1 for c in Counter(m["tiltak_id"] for m in rows).values() if c > 1),
        "Rows with continues=true": sum(m["continues"] for m in rows),
        "Rows without delmål": sum(not m["delmal"] for m in rows),
        "Near-miss pairs": len(nm),
    }
    for f, r in exp.items():
        computed[f] = len(r["measures"])
    readme = open(os.path.join(HERE, "README.md"), encoding="utf-8").read()
    rc = readme_counts(readme)
    for k, v in computed.items():
        if rc.get(k) != v:
            errors.append(f"README count {k!r}: README says {rc.get(k)}, expected.json gives {v}")
    for k, c in Counter(m["tiltak_id"] for m in rows).items():
        if not re.search(r"^\|\s*" + k + r"\s*\|.*\|\s*" + str(c) + r"\s*\|\s*$", readme, re.M):
            errors.append(f"README tiltak table: {k} should list {c} rows")

    # 5. sizes asked for
    checks = [(20 <= computed["Files"] <= 22, "20-22 files"), (13 <= computed["Reporters"] <= 16, "13-16 reporters"),
              (140 <= computed["Measure rows"] <= 170, "140-170 rows"),
              (60 <= computed["Distinct tiltak"] <= 75, "60-75 distinct tiltak"),
              (40 <= computed["Near-miss pairs"] <= 55, "40-55 near-miss pairs"),
              (abs(computed["DOCX files"] - computed["PDF files"]) <= 2, "about half docx / half pdf")]
    for ok, what in checks:
        if not ok:
            errors.append(f"size check failed: {what}")
    years = {r["report_year"] for r in exp.values()}
    if min(years) != 2017 or max(years) != 2025:
        errors.append("report years should span 2017-2025")

    for e in errors:
        print("FAIL", e)
    print(f"checked {n_checked} strings in {len(exp)} files; {len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
