# -*- coding: utf-8 -*-
"""Build blind test batch match11: member reports (.docx/.pdf) + expected.json, near_misses.json, README.md."""
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from src import catalog, render, render2  # noqa: E402
from src import content_a  # noqa: E402

MODULES = [content_a]
for name in ("content_b", "content_c", "content_d"):
    try:
        MODULES.append(__import__("src." + name, fromlist=["REPORTS"]))
    except ImportError:
        pass

TEMPLATES = {
    "matrix": render.t_matrix, "form": render.t_form, "rowtable_text": render.t_rowtable_text,
    "transposed": render.t_transposed, "codebullets": render.t_codebullets,
    "tiltak_hva": render.t_tiltak_hva, "boldcode": render2.t_boldcode, "toc_table": render2.t_toc_table,
    "shaded": render2.t_shaded, "spekter": render2.t_spekter, "bullets": render2.t_bullets,
    "outline": render2.t_outline, "headings_text": render2.t_headings_text,
}

TEMPLATE_DESC = {
    "matrix": "summary matrix, merged Delmål cells (code + text)",
    "form": "two-column form table per measure",
    "rowtable_text": "landscape table, row per measure, delmål as text only",
    "transposed": "landscape, header in first column, one column per measure",
    "codebullets": "table: delmål code → bulleted list of measures",
    "tiltak_hva": "Tiltak / Hva / Hvem / Når table",
    "boldcode": "paragraph per measure starting with bold delmål code",
    "toc_table": "TOC + header/footer + overview table + sub-headings",
    "shaded": "shaded box per measure",
    "spekter": "Rapporteringspunkter list + numbered 4-part forms",
    "bullets": "bullet list with sub-bullets",
    "outline": "two-level auto-numbered outline (areas / measures)",
    "headings_text": "heading per measure, delmål as quoted text",
}


def clean_old():
    for p in glob.glob(os.path.join(HERE, "*.docx")) + glob.glob(os.path.join(HERE, "*.pdf")):
        os.remove(p)


def main():
    reports = [r for m in MODULES for r in m.REPORTS]
    clean_old()
    tmp = tempfile.mkdtemp(prefix="m11_")
    built = []
    for rep in reports:
        for r in rep["rows"]:
            r.pop("_dm", None)
        doc, order, printed = TEMPLATES[rep["template"]](rep)
        fn = rep["file"]
        if fn.endswith(".pdf"):
            doc.save(os.path.join(tmp, fn[:-4] + ".docx"))
        else:
            doc.save(os.path.join(HERE, fn))
        built.append((rep, order, printed))
    pdf_src = [os.path.join(tmp, f) for f in os.listdir(tmp) if f.endswith(".docx")]
    if pdf_src:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp] + pdf_src,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for f in pdf_src:
            pdf = f[:-5] + ".pdf"
            shutil.move(pdf, os.path.join(HERE, os.path.basename(pdf)))
    shutil.rmtree(tmp)

    # ---- expected.json
    first_year = {}
    for rep, order, _ in built:
        for r in order:
            first_year[r["t"]] = min(first_year.get(r["t"], 9999), rep["year"])
    expected = {}
    for rep, order, printed in sorted(built, key=lambda b: (b[0]["year"], b[0]["file"])):
        ms = []
        for r in order:
            ms.append({
                "title": r["title"],
                "delmal": r.get("_dm") or render.codes(r),
                "type": catalog.TILTAK[r["t"]][2],
                "responsible": r["resp"] if "resp" in printed else "",
                "partners": r["part"] if "part" in printed else "",
                "period": r["period"] if "period" in printed else "",
                "description": r["desc"] if "desc" in printed else "",
                "tiltak_id": r["t"],
                "continues": first_year[r["t"]] < rep["year"],
            })
        expected[rep["file"]] = {"reporter": rep["reporter"], "report_year": rep["year"], "measures": ms}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)

    used = {m["tiltak_id"] for v in expected.values() for m in v["measures"]}
    nm = [{"a": a, "b": b, "why": w} for a, b, w in catalog.NEAR_MISSES if a in used and b in used]
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as f:
        json.dump(nm, f, ensure_ascii=False, indent=1)

    write_readme(expected, built, nm)
    check_pdfs(expected)


def write_readme(expected, built, nm):
    rows = [m for v in expected.values() for m in v["measures"]]
    by_t = defaultdict(list)
    for fn, v in expected.items():
        for m in v["measures"]:
            by_t[m["tiltak_id"]].append((v["reporter"], v["report_year"], fn))
    multi = {t: l for t, l in by_t.items() if len(l) > 1}
    multi_rep = [t for t, l in multi.items() if len({x[0] for x in l}) > 1]
    reporters = sorted({v["reporter"] for v in expected.values()})
    tmpl = {b[0]["file"]: b[0]["template"] for b in built}
    L = ["# Blind test batch match11", "",
         "Synthetic NKPS follow-up reports (2022–2025) for testing extraction and record linkage.",
         "Generated by `make_batch.py` (content in `src/content_*.py`, rendering in `src/render*.py`).", "",
         "## Counts", "",
         f"- files: {len(expected)} ({sum(f.endswith('.docx') for f in expected)} .docx, "
         f"{sum(f.endswith('.pdf') for f in expected)} .pdf)",
         f"- reporters: {len(reporters)} ({', '.join(reporters)})",
         f"- measure rows: {len(rows)}",
         f"- distinct tiltak: {len(by_t)}",
         f"- tiltak reported more than once: {len(multi)} (by more than one reporter: {len(multi_rep)})",
         f"- rows with continues=true: {sum(m['continues'] for m in rows)}",
         f"- near-miss pairs: {len(nm)}", "",
         "## Files", "", "| file | reporter | year | rows | template |", "|---|---|---|---|---|"]
    for fn, v in expected.items():
        L.append(f"| {fn} | {v['reporter']} | {v['report_year']} | {len(v['measures'])} | "
                 f"{TEMPLATE_DESC[tmpl[fn]]} |")
    L += ["", "## Tiltak reported more than once", "", "| tiltak | canonical name | reported by |",
          "|---|---|---|"]
    for t in sorted(multi):
        L.append(f"| {t} | {catalog.TILTAK[t][0]} | " +
                 "; ".join(f"{r} {y}" for r, y, _ in multi[t]) + " |")
    L += ["", "## Notes", "",
          "- Fields a template does not print are empty strings in expected.json; `type` is always the",
          "  ground-truth category.",
          "- Where a template files a measure under one delmål code only (matrix, code|bullets table),",
          "  `delmal` holds that code.",
          "- `continues` is true when the same tiltak_id appears in a report from an earlier year.",
          "- Traps: the two outline reports (KD 2024 pdf, HK-dir 2025 docx) use Word multi-level numbering",
          "  1., 1.1, 1.2 … for areas/measures; in the PDF these item numbers look like delmål codes but are not",
          "  (the real codes are in parentheses). KS 2024 lists every measure title three times (TOC, overview",
          "  table, sub-heading 3.x); the row order is the table order. LO 2023 uses the Spekter layout with Word",
          "  list numbering on the 'Tidspunkt og varighet' paragraphs. Vestland 2024 is in Nynorsk.",
          "  YS 2022 and Unio 2024 give delmål only as text. In 'Tiltak/Hva/Hvem/Når' tables 'Hvem' is",
          "  '<ansvarlig> i samarbeid med <partnere>'. The 2023 and 2024 conferences (T21/T22) are",
          "  distinct tiltak; HK-dir 2025's follow-up of the 2024 conference is T22 (continues).", ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def check_pdfs(expected):
    import pdfplumber
    bad = 0
    for fn, v in expected.items():
        if not fn.endswith(".pdf"):
            continue
        with pdfplumber.open(os.path.join(HERE, fn)) as pdf:
            parts = []
            for p in pdf.pages:
                parts.append(p.extract_text() or "")
                for tb in p.extract_tables():
                    parts += [c or "" for row in tb for c in row]
            text = norm(" ".join(parts))
        for m in v["measures"]:
            words = norm(m["title"]).split()[:3]
            if " ".join(words) not in text:
                # allow line breaks inside table cells: every word must be present
                squeezed = text.replace(" ", "")
                if "".join(words) not in squeezed:
                    print("MISSING", fn, m["title"])
                    bad += 1
    print("PDF check:", "OK" if not bad else f"{bad} problems")
    n = sum(len(v["measures"]) for v in expected.values())
    print(f"{len(expected)} files, {n} rows")


if __name__ == "__main__":
    main()
