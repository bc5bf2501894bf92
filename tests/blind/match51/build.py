# -*- coding: utf-8 -*-
"""Build batch match51: render all reports, write expected.json, near_misses.json and README.md.
Usage: python build.py   (needs python-docx, reportlab, fpdf2; LibreOffice `soffice` for the four LO-rendered PDFs)"""
import json, os, shutil, subprocess, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import data, common, render_docx, render_pdf

LO = {"ys2022", "unio2020", "vofo2025", "nord2023"}     # docx -> PDF with LibreOffice
BUILD = os.path.join(HERE, "_build")

LAYOUT = {
 "ys2017": ("reportlab", "Cover letter to KD (address, date, signature) + numbered 'Rapporteringspunkter' overview (title + '(NKPS tiltak nr. n)') + one grey-shaded label|value table per tiltak headed 'Tiltak n'; old numbering 1–16. Not measures: letter, addresses, header/footer, the 'Tiltak n' captions; the overview repeats titles."),
 "ys2019": ("python-docx", "Form-per-measure: 'Skjema n' caption + 2-column grid (Navn på tiltak / Relasjon til delmål / Type tiltak / Ansvarlig / Samarbeidspartnere / Tidspunkt og varighet / Beskrivelse), 'Videreført:' label in some titles, 'Side x av y' footer, contact-person box at the end (not a measure)."),
 "ys2022": ("python-docx → LibreOffice PDF", "Landscape one-row-per-measure grid (Nr. | Tiltak | Delmål | Type | Ansvar | Samarbeidspartnere | Periode) with YS's own running numbers, followed by a statistics table 'Antall tiltak per hovedinnsatsområde' and a remark (not measures)."),
 "unio2018": ("python-docx", "Dated letter + bullet list 'Møter i rådet i 2018' (not measures) + numbered bold headings 'n. Title' with an italic sentence 'Tiltaket følger opp delmål x. Type: …', run-in labels Ansvarlig/Samarbeidspartnere/Tidsrom and a description paragraph; greeting/signature."),
 "unio2020": ("python-docx → LibreOffice PDF", "Title page-ish header, contents line, sections headed 'Delmål x.y – <delmål words>' (delmål given ONCE per section) each with a 5-column table (Tiltak | Type tiltak | Ansvarlig | Samarbeidspartnere | Tidsrom); closing 'Nøkkeltall' table (not measures)."),
 "unio2023": ("python-docx", "Short report: bold title line, a grey pipe-separated meta line 'Delmål 2.1/2.4 | Opplæring | Ansvar: … | Partnere: … | period', description paragraph; 'Nøkkeltall 2023' table with member counts (not measures)."),
 "aka2017": ("python-docx", "Landscape one-row-per-measure table with dark header (Tiltak | NKPS nr. | Type tiltak | Ansvarlig | Samarbeidspartnere | Tidsrom | Beskrivelse), old numbers 1–16 only; a closing sentence about council meetings (not a measure)."),
 "aka2019": ("fpdf2", "Card layout: each measure a dark-blue filled title bar followed by label/value lines (Delmål, Type tiltak, Ansvarlig, Samarbeidspartnere, Tidsrom) and an italic description; right-aligned running header, centred footer 'Akademikerne · side n'; closing list of member associations (not measures)."),
 "aka2021": ("python-docx", "Memo ('NOTAT' + Til/Fra/Dato/Sak grid, not measures); Heading 2 = the delmål in words only (no codes) once per section; Heading 3 = measure title; description paragraph, then run-in Type/Ansvar/Samarbeid/Periode lines."),
 "virke2018": ("reportlab", "Landscape directorate-style matrix (Delmål | Tiltak | Type tiltak | Ansvarlig | Samarbeidspartnere) with the Delmål cell merged (SPAN) over all rows of that delmål; cover page with intro and a 'Virke i tall 2018' statistics table (not measures); 'Totalt antall tiltak' line. No period/description columns."),
 "virke2020": ("python-docx", "One table per measure whose first row is a merged red cell 'Tiltak n: Title' (label 'Tiltak n:' and 'Videreført:' are not part of the title), then label|value rows; delmål given ONLY in the strategy's words; grey contact box at the end."),
 "virke2024": ("python-docx", "Status report: single 'Light List' table (Tiltak | Status | Delmål | Kategori | Ansvar | I samarbeid med | Periode) where Status says Ny/Videreført/Årlig; italic note about a finished study (mentioned, not reported as a row)."),
 "vofo2017": ("python-docx", "Spekter-style: 'Rapporteringspunkter' numbered list with 'Relasjon til NKPS tiltak nr. n', then one page per measure with the four headings (1. Tiltak i NKPS / 2. Ansvarlig og samarbeidspartnere / 3. Beskrivelse / 4. Tidspunkt og varighet) and leaked Word list numbers in front of the period ('7. Hele 2017'); greeting."),
 "vofo2019": ("reportlab", "Serif annual-report style; bullet list 'Møter og aktiviteter i 2019' (not measures); measures grouped under 'Hovedinnsatsområde n: …' headings, each in a green-bordered box (title row, Delmål/Kategori/Ansvarlig/Samarbeid/Når rows, spanning description row); delmål as '3.2/3.6'."),
 "vofo2025": ("python-docx → LibreOffice PDF", "Landscape table where the first column holds bold title + description in the same cell (Tiltak og beskrivelse | Delmål | Type tiltak | Ansvarlig | Partnere | Periode); intro with SSB course statistics (not measures); address line."),
 "kn2019": ("python-docx", "Directorate report with numbered sections (1 Sammendrag, 2 Statistikk with a grant table — not measures, 3 Tiltak); each measure is a heading '3.n Title' (section number looks like a delmål code but is not) + a 2-column grid (Delmål/Type tiltak/Ansvarlig/Samarbeidspartnere/Periode) + description paragraph."),
 "hk2026": ("python-docx", "Bullet-list report: bold bulleted title, then one running paragraph 'description. Knyttet til delmål x og y (type). Ansvarlig: … Samarbeid med … Periode: …'; appendix table 'Møter i Kompetansepolitisk råd 2026' (dates/themes, not measures); greeting."),
 "hk2022": ("reportlab", "Landscape matrix split per hovedinnsatsområde, purple header row (Nr. | Tiltak | Delmål | Type tiltak | Ansvarlig | Samarbeidspartnere | Periode) with ids like '1-3'; closing count table per area (not measures)."),
 "nav2019": ("fpdf2", "Intro + statistics table of participants (not measures) + headings 'Tiltak n – Title', description first, then label/value lines Delmål:/Type:/Ansvarlig:/Samarbeid:/Periode:."),
 "inn2021": ("python-docx", "County case-document style (saksnr. in footer, political treatment line), landscape 8-column table incl. a 'Kontaktperson' column that is not a measure field (Tiltak | Delmål | Type tiltak | Ansvarlig | Samarbeidspartnere | Periode | Beskrivelse | Kontaktperson)."),
 "nord2023": ("python-docx → LibreOffice PDF", "Contents list (numbered, not measures), intro with visit counts, Heading 2 'Delmål x.y – words' once per section, each measure = bold title, description, and one run-in line 'Type: … Ansvar: … Samarbeid: … Periode: …' (+ 'gjelder også delmål …' for a second code); contact paragraph."),
 "vest2021": ("python-docx", "Nynorsk. One 2-column form per measure with nynorsk labels (Namn på tiltak / Delmål / Type tiltak / Ansvarleg / Samarbeidspartnarar / Tidsrom / Skildring); delmål printed as code + nynorsk short words; contact line + greeting."),
 "vest2024": ("reportlab", "Nynorsk. Compact 6-column table (Tiltak | Delmål | Type | Ansvarleg | Samarbeidspartnarar | Tidsrom), 'Vidareført:' label inside the title cell, intro sentence with a count of guided adults (not a measure), greeting."),
}

def render_all():
    os.makedirs(BUILD, exist_ok=True)
    for r in data.REPORTS:
        tpl, out = r["template"], os.path.join(HERE, r["file"])
        if tpl in LO:
            src = os.path.join(BUILD, os.path.splitext(r["file"])[0] + ".docx")
            render_docx.TEMPLATES[tpl](r, src)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BUILD, src], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(src[:-5] + ".pdf", out)
        elif tpl in render_docx.TEMPLATES:
            render_docx.TEMPLATES[tpl](r, out)
        else:
            render_pdf.TEMPLATES[tpl](r, out)
    shutil.rmtree(BUILD)

def counts(truth, pairs):
    rows = [m | {"file": f, "reporter": v["reporter"]} for f, v in truth.items() for m in v["measures"]]
    byid = collections.defaultdict(list)
    for m in rows: byid[m["tiltak_id"]].append(m)
    return {
        "files": len(truth), "reporters": len({v["reporter"] for v in truth.values()}),
        "years": sorted({v["report_year"] for v in truth.values()}),
        "nynorsk": sum(1 for r in data.REPORTS if r["lang"] == "nn"),
        "rows": len(rows), "tiltak": len(byid),
        "multi_row": sum(1 for L in byid.values() if len(L) > 1),
        "multi_reporter": sum(1 for L in byid.values() if len({common_org(m["reporter"]) for m in L}) > 1),
        "continues": sum(1 for m in rows if m["continues"]), "pairs": len(pairs),
        "pdf": sum(1 for f in truth if f.endswith(".pdf")), "docx": sum(1 for f in truth if f.endswith(".docx")),
    }

def common_org(rep):
    return {"Kompetanse Norge": "HK-dir"}.get(rep, rep)

def write_readme(truth, pairs, groups, c):
    L = ["# Batch match51 – blind test reports (NKPS follow-up), same measures over years and across members", "",
         "Generated by `build.py` from `data.py` (ground truth) with `render_docx.py` / `render_pdf.py` (layouts) and `common.py`.",
         "`check.py` re-extracts every file (pdfplumber / python-docx) and verifies all ground-truth values are present.", "",
         "## Counts", "", "| item | count |", "|---|---|",
         f"| files | {c['files']} ({c['docx']} .docx, {c['pdf']} .pdf; 4 PDFs rendered from .docx with LibreOffice) |",
         f"| reporters | {c['reporters']} (Kompetanse Norge 2019 and HK-dir 2022/2026 counted separately as printed; same organisation for `continues`) |",
         f"| years | {c['years'][0]}–{c['years'][-1]} ({', '.join(map(str, c['years']))}) |",
         f"| nynorsk reports | {c['nynorsk']} |", f"| measure rows | {c['rows']} |", f"| distinct tiltak (tiltak_id) | {c['tiltak']} |",
         f"| tiltak reported in more than one row | {c['multi_row']} |", f"| tiltak reported by more than one reporter | {c['multi_reporter']} |",
         f"| rows with continues=true | {c['continues']} |", f"| near-miss pairs | {c['pairs']} (from {len(groups)} groups) |", "",
         "## Files", "", "| file | reporter | year | made with | layout (template) + what is and is not a measure | rows |", "|---|---|---|---|---|---|"]
    for r in data.REPORTS:
        tool, lay = LAYOUT[r["template"]]; lay = lay.replace("|", "\\|")
        L.append(f"| {r['file']} | {r['reporter']} | {r['year']} | {tool} | **{r['template']}** – {lay} | {len(r['measures'])} |")
    L += ["", CONVENTIONS]
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")

from conventions import CONVENTIONS

def main():
    render_all()
    truth = common.build_truth(data.REPORTS)
    pairs, groups = common.near_misses(data.REPORTS)
    json.dump(truth, open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    json.dump(pairs, open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    c = counts(truth, pairs)
    write_readme(truth, pairs, groups, c)
    print(json.dumps(c, ensure_ascii=False))

if __name__ == "__main__":
    main()
