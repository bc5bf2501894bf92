#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Rebuild blind batch match27: reports, expected.json, near_misses.json (README tables are printed to stdout)."""
import json, os, subprocess, sys, shutil, itertools, re
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
from data import REPORTS
from tpl_docx import DOCX_TEMPLATES
from tpl_pdf import PDF_TEMPLATES

OUT = HERE
BUILD = os.path.join(HERE, "src", "build")

# near-miss key pairs (different tiltak that look alike); every row pair across the two keys is listed
NEAR_KEY_PAIRS = [
    ("SPK_ARENDAL2017", "LO_ARENDAL2019"), ("SPK_ARENDAL2017", "SPK_ARENDAL2021"), ("LO_ARENDAL2019", "SPK_ARENDAL2021"),
    ("UNIO_TV", "YS_TV_KURS"),
    ("VL_KOMPFORUM", "MR_KOMPALLIANSE"),
    ("VL_RKP", "MR_RKS"),
    ("VL_KARRIERE", "MR_KARRIERE"), ("LO_KARR_FORSLAG", "VL_KARRIERE"), ("LO_KARR_FORSLAG", "MR_KARRIERE"),
    ("VL_VAKSENOPPL", "MR_VAKSEN"),
    ("FAGBREV_JOBB", "MR_FAGBREV_KOMM"), ("FAGBREV_JOBB", "VIRKE_FAGBREV_VH"), ("FAGBREV_JOBB", "FAGBREV_TILTAK"),
    ("MR_FAGBREV_KOMM", "VIRKE_FAGBREV_VH"),
    ("BRANSJE", "VIRKE_VAREHANDEL_BP"),
    ("SPK_KOMPLOFT2020", "KOMPLOFT2025"), ("VL_GRONT", "KOMPLOFT2025"), ("VL_GRONT", "SPK_KOMPLOFT2020"),
    ("NHO_LAERE", "KS_LAERLING"),
    ("LO_RSA", "UNIO_RSA"),
    ("UNIO_DIGI", "UNIO_KI_VERKSTED"),
    ("DIGI_GROUP", "KS_DIGI_KOMM"),
    ("KP_ARBEID", "KP_FRIVILLIGHET"),
    ("KARR_RAMMEVERK", "DIGI_KARR"), ("NAV_VEILEDER", "KARR_RAMMEVERK"),
    ("FLEKS", "HKDIR_KI"),
    ("UNIO_EVU_FIN", "LO_FF_EVU"),
    ("SPK_FAGSKOLE", "VL_HVL_FAGSKULE"),
    ("VIRKE_TEKSTUDIE", "VIRKE_KI"),
    ("AMO", "ASD_TOAARIG"),
    ("NAV_NORSK", "YS_NORSK"), ("NAV_NORSK", "VOFO_NORSK"), ("YS_NORSK", "VOFO_NORSK"),
    ("VIRKE_HR", "VIRKE_HK_KOMP"),
    ("VOFO_REGION", "VOFO_PARTNERSKAP"),
    ("KS_LAERING", "KS_DIGI_KOMM"),
]


def build_files():
    os.makedirs(BUILD, exist_ok=True)
    for rep in REPORTS:
        path = os.path.join(OUT, rep["file"])
        tpl = rep["template"]
        if tpl in PDF_TEMPLATES:
            PDF_TEMPLATES[tpl](rep, path)
        elif rep["file"].endswith(".pdf"):
            docx = os.path.join(BUILD, rep["file"][:-4] + ".docx")
            DOCX_TEMPLATES[tpl](rep, docx)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, docx],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        else:
            DOCX_TEMPLATES[tpl](rep, path)


def expected():
    reps = sorted(REPORTS, key=lambda r: (r["year"], r["file"]))
    ids, seen = {}, {}
    out, rowref = {}, []
    for rep in reps:
        ms = []
        for r in rep["rows"]:
            if r["k"] not in ids:
                ids[r["k"]] = f"T{len(ids) + 1:02d}"
            cont = any(y < rep["year"] for y in seen.get((rep["reporter"], r["k"]), []))
            ms.append({"title": r["t"], "delmal": sorted(r["d"]), "type": r["ty"], "responsible": r["r"],
                       "partners": r["p"], "period": r["per"], "description": r["desc"], "tiltak_id": ids[r["k"]],
                       "continues": cont})
            rowref.append((rep["file"], r["t"], r["k"], rep["year"], rep["reporter"], cont))
        for r in rep["rows"]:
            seen.setdefault((rep["reporter"], r["k"]), []).append(rep["year"])
        out[rep["file"]] = {"reporter": rep["reporter"], "report_year": rep["year"], "measures": ms}
    return out, ids, rowref


def near_misses(rowref):
    by = {}
    for f, t, k, *_ in rowref:
        by.setdefault(k, []).append((f, t))
    pairs = []
    for a, b in NEAR_KEY_PAIRS:
        assert a in by and b in by, (a, b)
        for x in by[a]:
            for y in by[b]:
                pairs.append([list(x), list(y)])
    return pairs


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()


def docx_text(path):
    import docx
    d = docx.Document(path)
    parts = []

    def walk_tables(tables):
        for t in tables:
            for row in t.rows:
                for cell in row.cells:
                    for p in cell.paragraphs:
                        parts.append(p.text)
                    walk_tables(cell.tables)
    for p in d.paragraphs:
        parts.append(p.text)
    walk_tables(d.tables)
    return "\n".join(parts)


def pdf_text(path):
    import pdfplumber
    txt = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            txt.append(pg.extract_text() or "")
            try:
                txt.append(pg.extract_text(line_dir_rotated="ltr", char_dir_rotated="btt") or "")
            except TypeError:
                pass
    return "\n".join(txt)


def verify(exp):
    problems = 0
    for f, v in exp.items():
        path = os.path.join(OUT, f)
        text = docx_text(path) if f.endswith(".docx") else pdf_text(path)
        flat = norm(text)
        words = set(re.findall(r"\w+", flat.lower()))
        for m in v["measures"]:
            t = norm(m["title"])
            if t in flat:
                continue
            missing = [w for w in re.findall(r"\w+", t.lower()) if w not in words]
            level = "MISSING WORDS" if missing else "not contiguous (wrapped)"
            if missing:
                problems += 1
            print(f"  {f}: title {level}: {t!r} {missing}")
        print(f"checked {f}: {len(v['measures'])} measures, {len(flat)} chars of text")
    return problems


if __name__ == "__main__":
    build_files()
    exp, ids, rowref = expected()
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
    nm = near_misses(rowref)
    with open(os.path.join(OUT, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(nm, fh, ensure_ascii=False, indent=1)
    nrows = sum(len(v["measures"]) for v in exp.values())
    ncont = sum(m["continues"] for v in exp.values() for m in v["measures"])
    print(f"files {len(exp)}  rows {nrows}  tiltak {len(ids)}  continuing {ncont}  near-miss pairs {len(nm)}  "
          f"reporters {len({v['reporter'] for v in exp.values()})}")
    bad = verify(exp)
    print("problems:", bad)


def readme(exp, ids, rowref, nm):
    sys.path.insert(0, os.path.join(HERE, "src"))
    from readme_notes import SAME_NOTES, NEAR_NOTES
    reps = {r["file"]: r for r in REPORTS}
    nrows = sum(len(v["measures"]) for v in exp.values())
    ncont = sum(m["continues"] for v in exp.values() for m in v["measures"])
    ndocx = sum(f.endswith(".docx") for f in exp)
    multi = {}
    for f, t, k, y, rp, c in rowref:
        multi.setdefault(k, []).append((y, rp, f, t, c))
    L = ["# Blind test batch match27", "",
         "Synthetic NKPS follow-up reports (2017–2026) with ground truth. Rebuild with "
         "`/work/blind/.venv27/bin/python make_batch.py` (needs python-docx, reportlab, pdfplumber, LibreOffice for one file).", "",
         "## Counts", "", "| item | count |", "|---|---|",
         f"| report files | {len(exp)} ({ndocx} .docx, {len(exp) - ndocx} .pdf) |",
         f"| reporters | {len({v['reporter'] for v in exp.values()})} |",
         f"| report years | {min(v['report_year'] for v in exp.values())}–{max(v['report_year'] for v in exp.values())} |",
         f"| measure rows | {nrows} |", f"| distinct tiltak | {len(ids)} |",
         f"| rows with continues=true | {ncont} |",
         f"| tiltak reported by 2+ reporters | {sum(1 for k, v in multi.items() if len({x[1] for x in v}) > 1)} |",
         f"| near-miss pairs | {len(nm)} |",
         f"| nynorsk reports | {sum(1 for r in REPORTS if r.get('lang') == 'nn')} |", "",
         "## Files", "", "| file | reporter | year | made with | layout | rows |", "|---|---|---|---|---|---|"]
    for f, v in exp.items():
        r = reps[f]
        L.append(f"| {f} | {v['reporter']} | {v['report_year']} | {r['made_with']} | `{r['template']}`: {r['layout']} | {len(v['measures'])} |")
    L += ["", "## Conventions", "",
          "- `title`: exactly as printed, without list numbers (KS 2023 headings '1.' …), IDs ('Beslutning B-2022-03:', "
          "'HKDIR-2025-001', 'A1', '404-2 a'), symbols ('Kf –' in Vestland 2020's list), timestamps ('(02:10)'), labels "
          "('Tiltaksnavn:'), the FAQ question wrapper ('Hva er «…»?' → the text inside the guillemets) and bracket tags "
          "('[Tiltak · …]'). Where a title is printed twice (diagram + list, matrix + heading), it is identical in both places.",
          "- `delmal`: new codes, sorted. 2017 reports (LO, Spekter) print old NKPS tiltak numbers n → n-th delmål. "
          "Spekter 2021 gives only the delmål wording ('Bidrar til: …'); mapped to codes. NHO 2018 'Lærlingløftet' and "
          "Unio 2026 'Kompetanseundersøkelsen 2026' have no delmål → [].",
          "- `type`: printed 'Informasjon' (and ASD's 'Regelverk') → `Annet`; nynorsk 'Råd/utval/nettverk' → "
          "Råd/utvalg/nettverk; NHO kickers 'UTVALG OG NETTVERK'/'KURS'/'FORSKNING'/'PROSJEKT' and Unio/NAV lower-case "
          "'kurs', 'arrangement', 'nettverk' mapped to the canonical six.",
          "- `responsible`: as printed (e.g. 'Spekter og LO Stat', 'LO/Fellesforbundet', 'Regjeringen (KD/ASD)'); when a member "
          "reports a body owned by another (KBU, Kompetanseløft 2025, AMO …) the printed owner is responsible and the "
          "member appears among partners. KS 2020's 'Eier:' and HK-dir 2022's 'Eier' = responsible; 'Involverte' = partners.",
          "- `partners`: the printed list split on commas (Unio 2019 author lines split on ' og '). Virke 2023's unfilled merge "
          "placeholders «Samarbeidspartnere» / «Periode» mean empty ([] / \"\").",
          "- `period`: as printed ('2017–', 'August 2019', 'Vårsemesteret 2017').",
          "- `description`: the measure's own text. Unio 2019 abstracts: the Bakgrunn/Mål/Status sentences joined with "
          "spaces, labels removed. HK-dir 2022: the 'Beslutning' cell (Kontekst/Konsekvenser are not description). "
          "KS 2020: the 'S – Spesifikt' cell. Møre og Romsdal 2024: the 'Merknad' column.",
          "- `tiltak_id`: T01… by first appearance (files by year, then file name; measures in reading order). For drawn "
          "diagrams (treemap, fishbone, honeycomb) the reading order is taken as the order of the list/table that follows "
          "the diagram; only in Vestland 2025 does the honeycomb ring order differ, and there only one tiltak is new.",
          "- Not measures: general FAQ questions (LO 2019), 'Året i tall' figures (VOFO 2019), budget posts and 'Mål for 2019' "
          "(KD 2018), job/'søkes'/'husk' ads (NHO 2018), preface, programme committee and Stikkordregister (Unio 2019), the "
          "'Administrasjon og rapportering' block (Virke 2020), key tile and 'Kjem i 2021' tiles (Vestland 2020), GRI rows "
          "other than 404-2 a–f (Spekter 2021), emoji key (YS 2021), the 'Forkastet' decision B-2022-05 (HK-dir 2022), "
          "fishbone head and bone labels (ASD 2022), the 'Samlet vurdering' Likert block (Akademikerne 2022), intro/summary "
          "chapters, links and transcript (NAV 2023), 'Nullalternativ' row (KS 2023), subtotal/sum rows (Møre og Romsdal "
          "2024), the '_mal' object (HK-dir 2025), centre and 'Ledig celle' hexagons (Vestland 2025), plain concept entries "
          "(Unio 2026).", "",
          "## Identity judgements", "", "### Same tiltak (several rows)", ""]
    for k in sorted(multi, key=lambda k: ids[k]):
        v = multi[k]
        if len(v) < 2:
            continue
        L.append(f"- **{ids[k]}** — {SAME_NOTES.get(k, '')}")
        for y, rp, f, t, c in v:
            L.append(f"    - {y} {rp}: “{t}”{' (continues)' if c else ''} — {f}")
    L += ["", "### Near-misses (different tiltak)", "", "All row pairs are listed in `near_misses.json`.", ""]
    for g, why in NEAR_NOTES:
        L.append(f"- **{g}**: {why}")
    L += ["", "### Borderline calls", "",
          "- NHO 2018 'Bransjeprogrammene (industri/bygg og helse/omsorg)' = the national scheme (T for Bransjeprogram), "
          "because it names the scheme's programmes collectively, not a single branch programme.",
          "- Akademikerne 2022 'Fleksible videreutdanningstilbud – deltakelse i vurderingspanel' and 'Innspill til nasjonal "
          "veileder for realkompetansevurdering' = the schemes themselves (member reporting its part in them).",
          "- Møre og Romsdal 2024 'Kompetanseprogrammet – grunnleggjande dugleikar i bedrifter' = Kompetanseprogrammet (HK-dir) "
          "= renamed Kompetansepluss arbeid.",
          "- Møre og Romsdal 2024 'Fagbrev på jobb i kommunane (MR-modellen)' ≠ national 'Fagbrev på jobb' (own county project).",
          "- KS 'Digital kompetanse i kommunene – fase 2' = same tiltak as 2020's programme (continues); Vestland's "
          "'Regional plan for kompetanse og arbeidsliv (tidlegare Regional kompetanseplan for Vestland)' = renamed plan (continues).",
          "- Spekter's two Arendalsuka events with LO Stat (2017, 2021) = separate events, not continuations."]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    readme(exp, ids, rowref, nm)
