# -*- coding: utf-8 -*-
"""Rebuild batch match26: python make_batch.py  (needs python-docx, reportlab, pdfplumber; LibreOffice for
the one .docx→PDF report).  Writes the reports, expected.json and near_misses.json, then checks them."""
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from data import REPORTS, NEAR_MISS_GROUPS  # noqa: E402
import docx_tpl  # noqa: E402
import pdf_tpl  # noqa: E402

FIELDS = ["title", "delmal", "type", "responsible", "partners", "period", "description"]


def build():
    printed = {}
    for rep in REPORTS:
        out = os.path.join(HERE, rep["file"])
        fn = getattr(docx_tpl, rep["template"], None) or getattr(pdf_tpl, rep["template"])
        if rep["file"].endswith(".pdf") and fn.__module__ == "docx_tpl":
            tmp = tempfile.mkdtemp()
            src = os.path.join(tmp, os.path.splitext(rep["file"])[0] + ".docx")
            order = fn(rep, src)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.move(os.path.join(tmp, os.path.splitext(rep["file"])[0] + ".pdf"), out)
            shutil.rmtree(tmp)
        else:
            order = fn(rep, out)
        assert sorted(m["key"] for m in order) == sorted(m["key"] for m in rep["measures"]), rep["file"]
        printed[rep["file"]] = order
    return printed


def expected(printed):
    reps = sorted(REPORTS, key=lambda r: (r["year"], r["file"]))
    ids, seen_by = {}, {}
    exp = {}
    for rep in reps:
        rows = []
        for m in printed[rep["file"]]:
            if m["key"] not in ids:
                ids[m["key"]] = "T%02d" % (len(ids) + 1)
            tid = ids[m["key"]]
            cont = any(y < rep["year"] for y in seen_by.get((rep["reporter"], tid), []))
            row = {f: m[f] for f in FIELDS}
            row["tiltak_id"] = tid
            row["continues"] = cont
            rows.append(row)
        for m in printed[rep["file"]]:
            seen_by.setdefault((rep["reporter"], ids[m["key"]]), []).append(rep["year"])
        exp[rep["file"]] = {"reporter": rep["reporter"], "report_year": rep["year"], "measures": rows}
    return exp, ids


def near_misses(printed):
    where = {}
    for rep in sorted(REPORTS, key=lambda r: (r["year"], r["file"])):
        for m in printed[rep["file"]]:
            where.setdefault(m["key"], []).append([rep["file"], m["title"]])
    pairs = []
    for _, keys in NEAR_MISS_GROUPS:
        for a, b in itertools.combinations(keys, 2):
            for x in where.get(a, []):
                for y in where.get(b, []):
                    pairs.append([x, y])
    return pairs


def norm(s):
    s = s.replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip().lower()


def text_of(path):
    if path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join((p.extract_text() or "") for p in pdf.pages), len(pdf.pages)
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells:
                parts.append(cell.text)
    return "\n".join(parts), None


def found(needle, n, nj):
    """exact (whitespace-insensitive) match, else the needle's words in order within a short window of the
    text's words (table cells and side-by-side boxes interleave lines in PDF text)."""
    t = norm(needle)
    if t in n or t.replace(" ", "") in nj:
        return True
    tw = re.findall(r"\w+", t)
    hw = re.findall(r"\w+", n)
    if not tw:
        return True
    win = 6 * len(tw) + 30
    for i, w in enumerate(hw):
        if w != tw[0]:
            continue
        k = 1
        for w2 in hw[i + 1:i + win]:
            if k < len(tw) and w2 == tw[k]:
                k += 1
        if k == len(tw):
            return True
    return False


def check(exp):
    problems = 0
    for f, e in exp.items():
        txt, pages = text_of(os.path.join(HERE, f))
        n = norm(txt)
        nj = n.replace(" ", "")
        for m in e["measures"]:
            if not found(m["title"], n, nj):
                print("  TITLE NOT FOUND", f, "|", m["title"]); problems += 1
            for p in m["partners"]:
                if not found(p, n, nj):
                    print("  partner not found", f, p); problems += 1
            if m["period"] and not found(m["period"], n, nj):
                print("  period not found", f, m["period"]); problems += 1
        print(f"  ok {f}: {len(e['measures'])} rows, {len(txt)} chars" + (f", {pages} pages" if pages else ""))
    return problems


def readme(exp, ids, nm, printed):
    from collections import defaultdict
    rows = sum(len(e["measures"]) for e in exp.values())
    cont = sum(m["continues"] for e in exp.values() for m in e["measures"])
    years = sorted({e["report_year"] for e in exp.values()})
    ndocx = sum(f.endswith(".docx") for f in exp)
    groups = defaultdict(list)
    for f, e in exp.items():
        for m in e["measures"]:
            groups[m["tiltak_id"]].append((e["report_year"], e["reporter"], f, m["title"], m["continues"]))
    multi = {t: g for t, g in groups.items() if len(g) > 1}
    cross = sum(1 for g in multi.values() if len({x[1] for x in g}) > 1)
    L = ["# Blind test batch match26", "",
         "Synthetic follow-up reports to Kompetansepolitisk råd (NKPS) with ground truth. Rebuild with "
         "`python make_batch.py` (python-docx, reportlab, pdfplumber; LibreOffice for one .docx→PDF report).", "",
         "## Counts", "", "| what | n |", "| --- | --- |",
         f"| reports | {len(exp)} ({ndocx} .docx, {len(exp) - ndocx} .pdf) |",
         f"| reporters | {len({e['reporter'] for e in exp.values()})} |",
         f"| report years | {years[0]}–{years[-1]} ({len(years)} distinct) |",
         f"| measure rows | {rows} |", f"| distinct tiltak | {len(ids)} |",
         f"| tiltak reported more than once | {len(multi)} (of which {cross} by more than one member) |",
         f"| continuing rows (continues = true) | {cont} |",
         f"| near-miss pairs | {len(nm)} |",
         f"| nynorsk reports | {sum(r['lang'] == 'nn' for r in REPORTS)} |", "",
         "## Files", "", "| file | reporter | year | made with | layout | rows |", "| --- | --- | --- | --- | --- | --- |"]
    for r in sorted(REPORTS, key=lambda r: (r["year"], r["file"])):
        lang = " (nynorsk)" if r["lang"] == "nn" else ""
        L.append(f"| {r['file']} | {r['reporter']} | {r['year']} | {r['made_with']} | `{r['template']}`{lang}: "
                 f"{r['layout'].replace('|', '/')} | {len(exp[r['file']]['measures'])} |")
    L += ["", open(os.path.join(HERE, "src", "readme_static.md"), encoding="utf-8").read(), "",
          "### Same-tiltak groups (generated)", ""]
    for t in sorted(multi):
        L.append(f"- **{t}**: " + "; ".join(f"{y} {rep}: «{ti}»" + (" (continues)" if c else "")
                                           for y, rep, f, ti, c in multi[t]))
    L += ["", "### Near-miss groups (pairs in near_misses.json)", ""]
    for why, keys in NEAR_MISS_GROUPS:
        tids = [ids[k] for k in keys if k in ids]
        L.append(f"- {why}: " + ", ".join(tids))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


def main():
    printed = build()
    exp, ids = expected(printed)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    nm = near_misses(printed)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(nm, fh, ensure_ascii=False, indent=1)
    rows = sum(len(e["measures"]) for e in exp.values())
    cont = sum(m["continues"] for e in exp.values() for m in e["measures"])
    print(f"reports {len(exp)}, rows {rows}, distinct tiltak {len(ids)}, continuing rows {cont}, "
          f"near-miss pairs {len(nm)}, reporters {len({e['reporter'] for e in exp.values()})}")
    readme(exp, ids, nm, printed)
    bad = check(exp)
    print("problems:", bad)


if __name__ == "__main__":
    main()
