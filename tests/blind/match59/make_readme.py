# -*- coding: utf-8 -*-
"""Write /work/blind/match59/README.md from data + expected.json + check.py counts."""
import collections, json, subprocess, sys
import data

OUT = "/work/blind/match59"
LAY = {
 "gov2018": "Ministry report, portrait cover + contents + intro, then a LANDSCAPE section with 'Tabell 1' (7 columns: Delmål | Tiltak | Type tiltak | Ansvarlig | Samarbeidspartnere | Beskrivelse | Periode); Delmål cells vertically MERGED over all rows of a delmål; header row repeated on each page; the last measure row (3.6) is split across the page break; 'Sum tiltak 12' total row; back to portrait for a 'Møter i rådet' bullet list and a 'Vedlegg: Delmål' list of the 16 codes with short words. Not measures: contents, meetings, the Vedlegg code list, the sum row, running header/footer 'Side n'.",
 "gov2019": "Word report with one table per hovedinnsatsområde (heading above each), 7 columns, repeat-header rows, delmål written 'delmål 2.2 og 2.4'; the Bransjeprogram description cell holds a NESTED table 'Nøkkeltall 2019' (program/deltakere – not measures); contact line at the end.",
 "lo2017": "Letter-style reportlab PDF: address, date, intro; 'Tabell 1: Møter og innspill 2017' (not measures); 'Tabell 2: LOs tiltak' with old numbering 'NKPS tiltak nr. 5 og 6'; manual page break INSIDE row 2 (its Beskrivelse continues on page 2 under 'Tabell 2 (forts.)' in an otherwise empty row, header repeated by hand, '(tabellen fortsetter)' note); squeezed columns break words ('Ansvarli g', '2017–20 21'); greeting at the end.",
 "lo2019": "Word table, 8 narrow columns (Nr | Tiltak | Delmål | Type | Ansvar | Partnere | Periode | Beskrivelse), header NOT repeated, delmål '2.1/2.2', full-width 'Sum: 8 tiltak' row, a one-cell shaded contact box after the table (not a measure).",
 "nho2018": "Portrait intro with a 2-column 'NHO i tall' statistics table (not measures); LANDSCAPE section with a 9-column table whose first column 'Innsatsområde' is vertically MERGED over all rows of each main area (area 2 runs over six rows); header repeated: the measure rows fill page 2 and page 3 holds only the repeated header + the 'Totalt antall tiltak 9' row; Nr column; then portrait 'Kontakt' box.",
 "nho2020": "Word report without a measures table: numbered Heading-2 titles '1. …' to '6. …' (list number not part of the title), description paragraph then label lines 'Delmål:', 'Type tiltak:', 'Ansvarlig:', 'Samarbeid:' (absent when none), 'Når:'; a small 'Lærekontrakter' statistics table and a 'Møter 2020' bullet list are not measures.",
 "ks2018": "One 2-column form table per measure (labels 'Navn på tiltak', 'Relasjon til delmål', 'Type tiltak', 'Ansvarlig', 'Samarbeidspartnere', 'Beskrivelse', 'Tidspunkt og varighet') under 'Tiltak n' captions; the DigiKomp form has a NESTED table of kommuner per fylke inside its Beskrivelse cell (not measures); one form gives the delmål only in words.",
 "ks2019": "fpdf2 LANDSCAPE table drawn by hand: header row repeated on every page, a row (Bransjeprogram) SPLIT over the page break with its cells continued at the top of page 2; delmål as '2.1, 2.2'; intro, key figures line and contact line above the table (not measures); 'Antall tiltak i tabellen: 8' line after.",
 "spekter2017": "Numbered Spekter-2017 style (as seed 004): 'Rapporteringspunkter' list 1–5 with 'Relasjon til NKPS tiltak nr …', then one page per measure with the four numbered headings; Word-style list numbering leaks into 'Tidspunkt og varighet' ('9. En dags varighet …', '10. …') and is not part of the period; no type given; responsible/partners only in prose.",
 "spekter2018": "Word table with repeated header and full-width MERGED section rows 'Hovedinnsatsområde 1 … – ingen nye tiltak i 2018', 'Hovedinnsatsområde 2 …', 'Hovedinnsatsområde 3 … – se rapporten for 2017' (section rows are not measures).",
 "virke2018": "Rendered from Word: 'Virke i tall' 3-cell box, intro, 4-column table whose first cell holds bold title + description paragraph, 'Ansvarlig: …/Partnere: …' in one cell, 'Type: …/Tid: …' in another; header NOT repeated; long cells make the last row break over the page (continues at top of page 2); greeting after the table.",
 "ys2019": "Non-table Word report: delmål given ONCE per section as a Heading 2 ('Delmål 3.3 – …'), measures as bullets 'Title. Description (Type: … Ansvar: … Samarbeid: … Periode: …)'; 'Møter' bullets and greeting are not measures.",
 "unio2018": "Rendered from Word: 'Tabell 1 Unios møter med myndighetene' (not measures), 'Tabell 2 Unios tiltak' in two Word tables separated by a hard page break and a caption 'Tabell 2 (forts.)' with its own header; delmål ONLY in words ('Kunnskapsgrunnlaget om læring i arbeidslivet'); narrow columns break words ('Regjeringe n', 'Kunnskapsgrunnlag et').",
 "aka2018": "Word table with 8 squeezed columns (# | Tiltak | Delmål | Type | Ansvarlig | Partner | År | Om tiltaket), header row repeated, final full-width 'Totalt: 6 tiltak' row.",
 "vofo2018": "reportlab letter with paragraphs: per measure a bold title, one grey meta line 'Delmål 3.2 | Type: … | Ansvar: … | I samarbeid med: … | Periode: …' and a description; a 'Studieforbundene i tall 2018' table is not a measure.",
 "vofo2021": "Word table, header not repeated, Delmål cells vertically MERGED (3.2 over two rows), one row with '2.1 og 3.6'; contact line after.",
 "mrfk2018": "Nynorsk Word report: portrait intro with 'Nøkkeltal' line, LANDSCAPE section with 7-column table (Ansvarleg, Samarbeidspartnarar, Skildring, Tidsrom), Delmål MERGED over rows (1.2), repeated header; portrait end section 'Møte og samarbeid i 2018' bullets and greeting (not measures).",
 "vestland2021": "Nynorsk, whole document LANDSCAPE, rendered from Word: 8-column table with Nr column, long Skildring cells; header repeated; row 6 (FVO) SPLIT across the page break; 'Sum: 8 tiltak' row; 'Møte og samlingar 2021' bullets after (not measures).",
 "trond2023": "fpdf2 portrait: intro, 'Statistikk 2023' table (not measures), blank gap, 'Tabell 1 Tiltak 2023' drawn by hand; header NOT repeated on page 2, which starts with a 'Tabell 1 (forts.)' caption and the rest of the SPLIT last row; 'Ansvarlig: …' and 'Partnere: …' share one cell; bilingual (Sami) running header.",
 "hkdir2022": "Word: portrait 'Nøkkeltall 2022' statistics table (not measures), then LANDSCAPE section with an 8-column table, repeated header, rows allowed to break, first column 'Hovedinnsatsområde' MERGED over rows of each area, delmål as '2.1, 2.4', a NESTED table of bransjeprogram/deltakere inside one Beskrivelse cell.",
 "nav2020": "reportlab: intro, red contact box and a statistics sentence (not measures); one boxed 2-column form per measure ('Tiltak n' band, then Tiltak/Delmål/Type/Ansvarlig/Samarbeid/Periode/Beskrivelse); box 4 SPLITS over the page break (splitByRow); '–' for empty fields.",
 "gov2025": "Rendered from Word, portrait: 7-column table with 'Innsatsområde' column MERGED over rows (area 3's merged cell spans the page break, and the 3.2 row is split there), title in bold with the description as a second paragraph in the same cell, repeated header; a per-year statistics table after (not measures).",
}


def main():
    exp = json.load(open(f"{OUT}/expected.json", encoding="utf-8"))
    chk = subprocess.run([sys.executable, "check.py"], capture_output=True, text=True)
    counts = {}
    sec = None
    for ln in chk.stdout.splitlines():
        if ln.startswith("counts:"):
            sec = "c"; continue
        if ln.startswith("rows per file"):
            sec = None
        if sec == "c" and ":" in ln:
            k, v = ln.strip().split(": ", 1); counts[k] = v
    L = ["# Batch match59 – long tables the way they really break", "",
         "Blind test batch for the NKPS report reader. 22 reports (10 .docx, 12 .pdf with a text layer) written for this batch; "
         "ground truth in `expected.json` and `near_misses.json`. Generator scripts, `check.py` and the LibreOffice "
         "source .docx files are in `/work/blind/match59_build` (not in this folder).", "",
         "## Counts", "", "| what | count |", "|---|---|"]
    for k, v in counts.items():
        L.append(f"| {k} | {v} |")
    L += ["", "## Files", "", "| file | reporter | year | made with | layout | rows |", "|---|---|---|---|---|---|"]
    for r in data.REPORTS:
        lang = " (nynorsk)" if r["lang"] == "nn" else ""
        L.append(f"| {r['file']} | {r['reporter']}{lang} | {r['year']} | {r['made']} | {LAY[r['layout']].replace('|', '/')} | {len(r['measures'])} |")
    L += ["", open("conventions.md", encoding="utf-8").read()]
    open(f"{OUT}/README.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
    print(chk.stdout[-200:])


main()
