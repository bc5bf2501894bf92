#!/usr/bin/env python3
"""Regenerate blind test batch match12: NKPS follow-up reports (.docx/.pdf) + expected.json,
near_misses.json and README.md, all written next to this script."""
import sys
sys.dont_write_bytecode = True

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from src import content_2019, content_2020, content_2021, content_2022, content_2023, content_2024_25  # noqa: E402
from src.catalog import TILTAK, NEAR_MISSES  # noqa: E402
from src.render_tables import render_A, render_G, render_I, render_K, render_M, render_N  # noqa: E402
from src.render_forms import render_C, render_D, render_J  # noqa: E402
from src.render_text import render_B, render_E, render_H, render_L, render_O  # noqa: E402
from src.render_rl import render_F  # noqa: E402
from src.verify import verify  # noqa: E402

TEMPLATES = {
    "A_matrix": (render_A, "landscape matrix, one table per hovedinnsatsområde, Delmål cell (code + full text) merged vertically"),
    "B_numbered_headings": (render_B, "numbered measure headings, label lines (old NKPS tiltak nr. in 2019, delmål codes in 2022)"),
    "C_spekter_forms": (render_C, "'Rapporteringspunkter' list + one form per measure with four numbered headings, page breaks"),
    "D_form_tables": (render_D, "two-column label/answer table per measure under area headings"),
    "E_bullets_nn": (render_E, "nynorsk, bullet per measure with sub-bullets for the fields"),
    "F_leadin_reportlab": (render_F, "PDF made with reportlab: bold lead-in title + text, delmål quoted by text only"),
    "G_table_descrow": (render_G, "one table, row per measure + merged 'Beskrivelse' row under it"),
    "H_toc_headings": (render_H, "title page, table of contents, numbered chapters/sub-headings, header/footer"),
    "I_long_table": (render_I, "landscape long table, repeated header row, merged area rows, rows split over pages"),
    "J_grid_forms": (render_J, "four-column grid form per measure, merged 'Tiltak n:' title row"),
    "K_unio_table": (render_K, "columns Delmål (by text only, merged over rows), Hva, Hvem, Når; no description"),
    "L_label_lines": (render_L, "blocks of bold-label lines (Tiltak:, Delmål:, …) separated by rules"),
    "M_portrait_table": (render_M, "narrow portrait table, 7 columns, small font, header/footer"),
    "N_area_tables": (render_N, "one table per hovedinnsatsområde with merged title row; no 'Ansvarlig' column"),
    "O_delmal_headings": (render_O, "heading per delmål, measure sub-headings, bullet facts + paragraph"),
}


def all_reports():
    reps = []
    for mod in (content_2019, content_2020, content_2021, content_2022, content_2023, content_2024_25):
        reps += mod.REPORTS
    return sorted(reps, key=lambda r: (r["year"], r["file"]))


def clean_outputs():
    for f in os.listdir(HERE):
        if f.endswith((".docx", ".pdf")) or f in ("expected.json", "near_misses.json", "README.md"):
            os.remove(os.path.join(HERE, f))


def render_all(reps):
    build = tempfile.mkdtemp(prefix="match12_")
    to_convert, orders = [], {}
    for rep in reps:
        func = TEMPLATES[rep["template"]][0]
        target = rep["file"]
        if target.endswith(".pdf") and rep["template"] != "F_leadin_reportlab":
            path = os.path.join(build, target[:-4] + ".docx")
            to_convert.append(path)
        else:
            path = os.path.join(HERE, target)
        orders[target] = func(path, rep)
    if to_convert:
        profile = "file://" + os.path.join(build, "lo_profile")
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", build] + to_convert, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for p in to_convert:
            pdf = p[:-5] + ".pdf"
            shutil.move(pdf, os.path.join(HERE, os.path.basename(pdf)))
    shutil.rmtree(build, ignore_errors=True)
    return orders


def build_expected(reps, orders):
    expected, seen = {}, set()
    for rep in reps:  # sorted by year
        key = rep["reporter"]
        measures = []
        for r in orders[rep["file"]]:
            measures.append({
                "title": r["title"], "delmal": r["dm"], "type": TILTAK[r["tid"]][1],
                "responsible": r["resp"], "partners": r["partners"], "period": r["period"],
                "description": r["desc"], "tiltak_id": r["tid"],
                "continues": (key, r["tid"]) in seen,
            })
        expected[rep["file"]] = {"reporter": rep["reporter"], "report_year": rep["year"], "measures": measures}
        # a measure only 'continues' from an earlier report year
        seen |= {(key, r["tid"]) for r in rep["rows"]}
    return expected


def write_readme(reps, expected):
    rows = [(f, m) for f, e in expected.items() for m in e["measures"]]
    by_t = defaultdict(list)
    for f, m in rows:
        by_t[m["tiltak_id"]].append((expected[f]["reporter"], expected[f]["report_year"]))
    multi = {t: v for t, v in by_t.items() if len(v) > 1}
    multi_rep = [t for t, v in multi.items() if len({r for r, _ in v}) > 1]
    reporters = sorted({e["reporter"] for e in expected.values()})
    cont = sum(m["continues"] for _, m in rows)
    L = ["# Blind test batch match12 – NKPS follow-up reports 2019–2025", "",
         "Generated by `make_batch.py` (run it with the venv python; needs LibreOffice `soffice` and reportlab).",
         "Reporters, programmes and figures are realistic but invented; ground truth is in `expected.json`.", "",
         "## Counts", "",
         f"- files: {len(expected)} ({sum(f.endswith('.docx') for f in expected)} .docx, {sum(f.endswith('.pdf') for f in expected)} .pdf)",
         f"- reporters: {len(reporters)} ({', '.join(reporters)})",
         f"- measure rows: {len(rows)}",
         f"- distinct tiltak: {len(by_t)}",
         f"- tiltak reported more than once: {len(multi)} (of which by more than one reporter: {len(multi_rep)})",
         f"- rows with continues=true: {cont}",
         f"- near-miss pairs: {len(NEAR_MISSES)}",
         f"- templates: {len({r['template'] for r in reps})}", "",
         "## Conventions", "",
         "- `title` and `description` are exactly as printed (whitespace aside); list/heading numbers such as `1.`, `2.1`, `Tiltak 3:` are not part of the title.",
         "- Fields a template does not print are \"\" (Unio 2022 prints no description; Virke 2023 prints no Ansvarlig). Where a template prints responsible and partners in one field (Spekter 2019, Unio 2022), `responsible`/`partners` give the split values.",
         "- `delmal` are the codes the report assigns: by code, by old NKPS tiltak number 1–16 (LO 2019: n-th delmål in order), or by quoting the delmål text (VOFO 2020, Unio 2022). Grouped layouts (KD 2019, KD 2025) assign the group's delmål. Two rows give none ([]).",
         "- `type` is the ground-truth category of the tiltak, not the reporter's printed 'Type tiltak' (which uses its own vocabulary: FoU, Kurs/utdanning, Arrangement, …).",
         "- `continues` is true when the same reporter reported the same tiltak in an earlier report year of the batch. HK-dir 2024's fullføringsreform row is NOT a continuation of its 2022 modulforsøk row (different tiltak, see near misses); the same holds for KD 2025's Samfunnskontrakt 2022–2026 vs KD 2019's Samfunnskontrakt 2016–2020.", "",
         "## Judgement calls in the ground truth", "",
         "- The umbrella grant scheme for all treparts bransjeprogram (T02, reported by KD and HK-dir) is kept apart from the single branch programmes the partners report (T03 industri/bygg, T04 helse/omsorg, T05 varehandel).",
         "- Rows that only describe the reporter's part in a national measure are linked to that measure: Trøndelag's 'Deltakelse i Jenter og teknologi' → T54, Trøndelag's 'Implementering av kvalitetsrammeverket' → T22, IMDi's information rows on godkjenning/kompletterende utdanning → T32/T33, YS' 'Nettbasert karriereveiledning for alle' → T21.",
         "- Annual series by one reporter are one tiltak across years (NHOs kompetansebarometer 2020/2023, KS' arbeidsgivermonitor), while the two fagskolekonferanser 2022 and 2023 (different organisers' reports, themes and places) are separate tiltak.",
         "- Kompetansepluss arbeid (2019) and Kompetanseprogrammet (2022, 2024) are the same tiltak (renamed scheme); Kompetansepluss frivillighet is separate.",
         "- Titles without years are resolved by period/context: Virke 2023 'Samfunnskontrakten for flere læreplasser' (2022–2026) is T11, KD 2019 'Samfunnskontrakt for flere læreplasser' (2016–2020) is T10.",
         "- `type` for godkjenningsordningen (T32) is Tilskudd/ordning (an approval scheme), not Regelverk.", "",
         "## Files", "", "| file | reporter | year | rows | template |", "|---|---|---|---|---|"]
    for rep in reps:
        e = expected[rep["file"]]
        L.append(f"| {rep['file']} | {e['reporter']} | {e['report_year']} | {len(e['measures'])} | "
                 f"{rep['template']}: {TEMPLATES[rep['template']][1]} |")
    L += ["", "## Tiltak reported more than once", "", "| tiltak | canonical name | reported by |", "|---|---|---|"]
    for t in sorted(multi):
        who = ", ".join(f"{r} {y}" for r, y in multi[t])
        L.append(f"| {t} | {TILTAK[t][0]} | {who} |")
    singles = sorted(t for t in by_t if t not in multi)
    L += ["", "## Tiltak reported once", "", ", ".join(f"{t} {TILTAK[t][0]}" for t in singles), "",
          "## Near misses", "", "See `near_misses.json` (pairs of different tiltak that look alike)."]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


def main():
    reps = all_reports()
    assert len({r["file"] for r in reps}) == len(reps)
    used = {r["tid"] for rep in reps for r in rep["rows"]}
    assert used <= set(TILTAK), used - set(TILTAK)
    assert set(TILTAK) <= used, set(TILTAK) - used
    clean_outputs()
    orders = render_all(reps)
    expected = build_expected(reps, orders)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    nm = [{"a": a, "b": b, "why": why} for a, b, why in NEAR_MISSES]
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(nm, fh, ensure_ascii=False, indent=1)
    write_readme(reps, expected)
    notes = []
    problems = verify(HERE, expected, notes)
    for n in notes:
        print("  note:", n)
    print(f"{len(expected)} files, {sum(len(e['measures']) for e in expected.values())} rows; "
          f"{len(problems)} verification problems")
    for p in problems:
        print("  -", p)
    shutil.rmtree(os.path.join(HERE, "src", "__pycache__"), ignore_errors=True)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
