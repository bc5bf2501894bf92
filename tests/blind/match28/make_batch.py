# -*- coding: utf-8 -*-
"""Rebuild batch match28: report files, expected.json, near_misses.json, README.md; then verify.

Usage: /work/blind/.venv27/bin/python make_batch.py   (needs python-docx, reportlab, pdfplumber; LibreOffice for one file and checks)
"""
import os, sys, json, re, shutil, subprocess, tempfile, itertools
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from data import REPORTS, TYPE_MAP
import pdf_a, pdf_b, docx_t
from judgements import NEAR_GROUPS, SAME_NOTES, NEAR_WHY, TEMPLATE_DESC

RENDER = {
    "rubber_stamp_tags": pdf_a.rubber_stamp_tags, "formatting_marks_visible": pdf_a.formatting_marks_visible,
    "sparkline_table": pdf_a.sparkline_table, "customer_journey_map_nn": pdf_a.customer_journey_map_nn,
    "strategy_map_perspective_bands": pdf_a.strategy_map_perspective_bands, "postcard_front_back": pdf_a.postcard_front_back,
    "utlysning_call_pages": pdf_b.utlysning_call_pages, "quarterly_comment_columns": pdf_b.quarterly_comment_columns,
    "printers_proof_crop_marks": pdf_b.printers_proof_crop_marks, "quarto_notebook_output": pdf_b.quarto_notebook_output,
    "sankey_flow_diagram": pdf_b.sankey_flow_diagram,
    "legacy_smarttag_memo": docx_t.legacy_smarttag_memo, "soft_break_asterism_blocks": docx_t.soft_break_asterism_blocks,
    "av_script_bilde_lyd": docx_t.av_script_bilde_lyd, "kommunikasjonsplan_table": docx_t.kommunikasjonsplan_table,
    "joint_declaration_commitments": docx_t.joint_declaration_commitments, "hidden_guidance_form": docx_t.hidden_guidance_form,
    "delmal_prefixed_ids": docx_t.delmal_prefixed_ids, "grouped_header_table": docx_t.grouped_header_table,
    "workshop_handout_note_lines_nn": docx_t.workshop_handout_note_lines_nn, "user_story_blocks": docx_t.user_story_blocks,
}
LIBRE = {"sdg_and_nkps_dual_codes": docx_t.sdg_and_nkps_dual_codes}


def soffice_pdf(docx, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx))[0] + ".pdf")


def build_files():
    for rep in REPORTS:
        out = os.path.join(HERE, rep["file"])
        if rep["template"] in LIBRE:
            tmp = tempfile.mkdtemp()
            dx = os.path.join(tmp, os.path.splitext(rep["file"])[0] + ".docx")
            LIBRE[rep["template"]](rep, dx)
            pdf = soffice_pdf(dx, tmp)
            shutil.move(pdf, out); shutil.rmtree(tmp)
        else:
            RENDER[rep["template"]](rep, out)


def ordered():
    return sorted(REPORTS, key=lambda r: (r["year"], r["file"]))


def build_truth():
    ids, seen = {}, {}
    exp = {}
    for rep in ordered():
        ms = []
        for row in rep["rows"]:
            if row["key"] not in ids:
                ids[row["key"]] = f"T{len(ids) + 1:02d}"
            tid = ids[row["key"]]
            cont = any(y < rep["year"] for y in seen.get((rep["reporter"], tid), []))
            ms.append({"title": row["t"], "delmal": sorted(row["d"]), "type": TYPE_MAP[row["ty"]], "responsible": row["r"],
                       "partners": row["p"], "period": row["per"], "description": row["desc"], "tiltak_id": tid, "continues": cont})
        for row in rep["rows"]:
            seen.setdefault((rep["reporter"], ids[row["key"]]), []).append(rep["year"])
        exp[rep["file"]] = {"reporter": rep["reporter"], "report_year": rep["year"], "measures": ms}
    return exp, ids


def build_near(ids):
    rows_by_key = {}
    for rep in ordered():
        for row in rep["rows"]:
            rows_by_key.setdefault(row["key"], []).append([rep["file"], row["t"]])
    pairs, seen = [], set()
    for name, keys in NEAR_GROUPS:
        for a, b in itertools.combinations(keys, 2):
            for ra in rows_by_key[a]:
                for rb in rows_by_key[b]:
                    k = tuple(sorted([tuple(ra), tuple(rb)]))
                    if k not in seen:
                        seen.add(k); pairs.append([ra, rb])
    return pairs


def norm(s):
    s = s.replace("\u00ad", "").replace("¶", " ").replace("→", " ").replace("\u2003", " ")
    return re.sub(r"\s+", " ", s).strip().lower()


def pdf_text(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages), len(pdf.pages)


def found(title, text):
    t, x = norm(title), norm(text)
    if t in x:
        return True
    # tolerant: words in order within a window (table cells interleave lines)
    tw = re.findall(r"\w+", t); xw = re.findall(r"\w+", x)
    for i, w in enumerate(xw):
        if w != tw[0]:
            continue
        j, k = 1, i + 1
        while j < len(tw) and k < len(xw) and k - i < 12 * len(tw) + 40:
            if xw[k] == tw[j]:
                j += 1
            k += 1
        if j == len(tw):
            return True
    return False


def verify(exp):
    import docx
    problems = []
    tmp = tempfile.mkdtemp()
    info = {}
    for f, e in exp.items():
        p = os.path.join(HERE, f)
        if f.endswith(".docx"):
            docx.Document(p)  # opens
            pdf = soffice_pdf(p, tmp)
        else:
            pdf = p
        text, npages = pdf_text(pdf)
        info[f] = npages
        if len(text) < 300:
            problems.append(f"{f}: little text")
        for m in e["measures"]:
            for fld in ["title"]:
                if not found(m[fld], text):
                    problems.append(f"{f}: title not found: {m[fld]}")
            if m["description"] and not found(" ".join(m["description"].split()[:8]), text):
                problems.append(f"{f}: description not found: {m['description'][:40]}")
        if f.startswith("Spekter_rapportering_2020") and "nettverk for kompetanseansvarlige" in norm(text):
            problems.append(f"{f}: hidden example visible")
    shutil.rmtree(tmp)
    return problems, info


def main():
    build_files()
    exp, ids = build_truth()
    near = build_near(ids)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(near, fh, ensure_ascii=False, indent=1)
    problems, pages = verify(exp)
    import readme
    readme.write(HERE, exp, near, ids, pages)
    rows = sum(len(e["measures"]) for e in exp.values())
    cont = sum(m["continues"] for e in exp.values() for m in e["measures"])
    print(f"reports={len(exp)} rows={rows} tiltak={len(ids)} continuing={cont} near_pairs={len(near)}")
    print("PROBLEMS:" if problems else "all checks passed")
    for p in problems:
        print("  ", p)


if __name__ == "__main__":
    main()
