"""Ground truth: expected.json, near_misses.json and README.md."""
import difflib, itertools, json, os
from .data import FILES, NEAR_MISS_GROUPS, JUDGEMENTS_SAME, JUDGEMENTS_BORDERLINE

FIELDS = ["title", "delmal", "type", "responsible", "partners", "period", "description"]


def ordered_files():
    return sorted(FILES, key=lambda f: (f["year"], f["name"]))


def assign_ids():
    ids, n = {}, 0
    for f in ordered_files():
        for m in f["measures"]:
            if m["key"] not in ids:
                n += 1
                ids[m["key"]] = f"T{n:02d}"
    return ids


def expected():
    ids = assign_ids()
    out, seen = {}, {}   # seen[(reporter, id)] = first year
    for f in ordered_files():
        rows = []
        for m in f["measures"]:
            tid = ids[m["key"]]
            prev = seen.get((f["reporter"], tid))
            cont = prev is not None and prev < f["year"]
            row = {k: m[k] for k in FIELDS}
            row["tiltak_id"] = tid
            row["continues"] = cont
            rows.append(row)
        for m in f["measures"]:
            seen.setdefault((f["reporter"], ids[m["key"]]), f["year"])
        out[f["name"]] = {"reporter": f["reporter"], "report_year": f["year"], "measures": rows}
    return out, ids


def near_misses():
    rows_by_key = {}
    for f in ordered_files():
        for m in f["measures"]:
            rows_by_key.setdefault(m["key"], []).append((f["name"], m["title"]))
    pairs = []
    for _, keys in NEAR_MISS_GROUPS:
        for a, b in itertools.combinations(keys, 2):
            best = max(((ra, rb) for ra in rows_by_key[a] for rb in rows_by_key[b]),
                       key=lambda p: difflib.SequenceMatcher(None, p[0][1].lower(), p[1][1].lower()).ratio())
            pairs.append([list(best[0]), list(best[1])])
    return pairs


def counts(exp, nm):
    rows = [m for f in exp.values() for m in f["measures"]]
    per = {}
    for m in rows:
        per[m["tiltak_id"]] = per.get(m["tiltak_id"], 0) + 1
    return {
        "files": len(exp),
        "docx": sum(n.endswith(".docx") for n in exp),
        "pdf": sum(n.endswith(".pdf") for n in exp),
        "reporters": len({f["reporter"] for f in exp.values()}),
        "years": f"{min(f['report_year'] for f in exp.values())}–{max(f['report_year'] for f in exp.values())} "
                 f"({len({f['report_year'] for f in exp.values()})} distinct)",
        "measure rows": len(rows),
        "distinct tiltak": len(per),
        "tiltak reported more than once": sum(1 for v in per.values() if v > 1),
        "continuing rows": sum(m["continues"] for m in rows),
        "rows without delmål": sum(1 for m in rows if not m["delmal"]),
        "near-miss pairs": len(nm),
    }


HARDEST = """\
1. `KD_tiltaksoversikt_2019.pdf` – spreadsheet print: every cell wraps, the header row repeats on each page and
   rows break across pages; the title column is narrow so titles span 2–3 lines.
2. `NAV_tiltak_NKPS_2022.pdf` – borderless columns: no rules to find cells, wrapped text in six columns, delmål
   stacked one per line in their own column.
3. `HK-dir_rapport_2021_NO-EN.pdf` – bilingual table: Norwegian and English text sit on the same lines; the English
   titles (e.g. "Industry programmes for skills development") must not become extra measures.
4. `Unio_presentasjon_NKPS_2020.pdf` – slide handout: title/agenda/closing slides are not measures; one measure
   title is in English ("Skills Reform 'Lifelong Learning'").
5. `HK-dir_rapport_2025.docx` – delmål only as bracket tags ([DIGITAL] [KOBLING]) that must be resolved through
   the legend table; Roman numerals before italic titles.
6. `VOFO_rapportering_2019.docx` – delmål only as paraphrases ("Bidrar til: økt bruk av Kompetansepluss-ordningene").
7. `NHO_aarsrapport_2018_kap5.pdf` / `NHO_rapport_kompetansepolitikk_2021.docx` / `Vestland_fk_brev_og_rapport_2021.pdf`
   – measures named in passing in other chapters, a summary or a cover letter, and a distractor list
   ("6.3 Andre satsinger") that must not be counted.
8. `LO_oppfolging_NKPS_2017.docx` – logic model with the measure merged vertically over several activity rows.
9. `Akademikerne_rapport_2022.pdf` – "Delprosjekt 1.1: …" lines look like measures but are not counted.
"""


def readme(exp, nm, ids):
    c = counts(exp, nm)
    L = ["# Blind test batch match20 – record linkage across members and years", "",
         "Synthetic follow-up reports to Kompetansepolitisk råd (NKPS), built by `make_batch.py` from `src/`.",
         "Ground truth: `expected.json`, `near_misses.json`. The main point of this batch is matching: the same",
         "tiltak reported by several members in different words, continuing measures across years, and look-alikes",
         "that must stay apart.", "", "## Counts", "", "| item | count |", "|---|---|"]
    L += [f"| {k} | {v} |" for k, v in c.items()]
    L += ["", "## Files", "", "| file | reporter | year | made with | layout | rows |", "|---|---|---|---|---|---|"]
    from .data import FILES as F
    byname = {f["name"]: f for f in F}
    for name, f in exp.items():
        s = byname[name]
        lay = s['layout'].replace('|', '\\|')
        L.append(f"| {name} | {f['reporter']} | {f['report_year']} | {s['made_with']} | {lay} | {len(f['measures'])} |")
    L += ["", "## Conventions", "",
          "- `title`: exactly as printed, without list numbers (\"1.\", \"I.\", \"Svarskjema 3\"), register IDs (\"TRFK-2021-04\"),",
          "  or labels (\"Svar:\"). Quotation marks that are part of the printed title are kept (e.g. «Matindustrien 4.0»).",
          "  Parenthesised remarks that are printed as part of the title (\"(videreført)\", \"(tidligere …)\", \"(fase 2)\") are kept.",
          "- `delmal`: sorted new codes. 2017 reports print old NKPS numbers n (1–16), mapped to the n-th delmål.",
          "  VOFO 2019 gives delmål only as paraphrases; HK-dir 2025 only as tags resolved by its legend table. Empty list when none is printed.",
          "- `type`: the printed type mapped to the six categories (\"Kurs\" → Kurs/utdanning, \"Konferanse\" → Arrangement,",
          "  \"Nettverk\" → Råd/utvalg/nettverk, \"Forskning og utvikling\" → FoU); my classification where no type is printed",
          "  (LO 2017, Spekter 2017, Virke 2023).",
          "- `responsible`: as printed; where a report prints no responsible field (Virke 2018, NHO 2018 when it is NHO itself),",
          "  the reporter. `partners`: the printed list split on commas and the final \"og\"; names that themselves contain",
          "  \"og\" (Handel og Kontor, NHO Mat og drikke, universiteter og høyskoler) are kept whole. Virke 2018 prints partners",
          "  only in the group heading (\"Sammen med NHO, LO og YS:\"), which applies to each measure under it.",
          "- `period`: the printed period text (Spekter: the answer to Spørsmål 5; LO 2017: the italic text in brackets under",
          "  the Innsats, without the brackets). \"\" when none.",
          "- `description`: printed text without its label. LO 2017 (logic model): the Aktivitet and Resultat cells of the",
          "  measure joined in reading order (activity 1, result 1, activity 2, result 2 …). Unio 2024: the paragraph under",
          "  the fact line; the indicator table is not part of it. Akademikerne 2022: the paragraph; the Delprosjekt lines are not.",
          "- Sub-measures (Akademikerne 2022, \"Delprosjekt 1.1: …\"): only the parent is counted.",
          "- Not measures: NHO 2021 \"Sammendrag\" and \"Veien videre\" (name measures in passing, including schemes NHO does",
          "  not report itself such as Fagbrev på jobb and BIO); NHO 2018 \"6.3 Andre satsinger\" bullet list, budget and staff",
          "  chapters; Vestland 2021 cover letter; Unio 2020 title, agenda and closing slides; KS 2023 \"KORT NYTT\" item;",
          "  KS 2019 \"Andre kommentarer\"; HK-dir 2025 legend table; Virke 2023 group and subtotal rows.",
          "- `tiltak_id`: T01… by first appearance, files ordered by report year then file name, measures in reading order.",
          "  `continues`: true when the same reporter has the same tiltak_id in an earlier report year.",
          "- `near_misses.json`: for every pair of look-alike tiltak in a group below, the pair of rows with the most similar titles.", "",
          "## Identity judgements", "", "### Same tiltak", ""]
    L += [f"- {x}" for x in JUDGEMENTS_SAME]
    L += ["", "### Apart (near-miss groups; every pair of keys in a group is in near_misses.json)", ""]
    from .data import NEAR_MISS_GROUPS as G
    L += [f"- {desc}" for desc, _ in G]
    L += ["", "### Borderline", ""]
    L += [f"- {x}" for x in JUDGEMENTS_BORDERLINE]
    L += ["", "## Layouts expected to be hardest", "", HARDEST]
    return "\n".join(L) + "\n"


def write(outdir):
    exp, ids = expected()
    nm = near_misses()
    with open(os.path.join(outdir, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(outdir, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(nm, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme(exp, nm, ids))
    return counts(exp, nm)
