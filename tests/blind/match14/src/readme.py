"""Write README.md with counts, conventions, judgement calls and the file table."""
from collections import defaultdict

from .catalog import TILTAK

TEMPLATE_DESC = {
    "nho18_area_tables": "Word→PDF (LibreOffice). Title page, static table of contents, header/footer; one table per hovedinnsatsområde with a merged dark title row and a second header row (Delmål | Tiltak og kort beskrivelse | Kategori | Ansvarlig | I samarbeid med | Tidsrom); Delmål cells merged vertically; title in bold and description as a second paragraph in the same cell.",
    "lo19_headings_bullets": "Word. Letter-like opening, numbered area headings (1, 2, 3, 4 Andre tiltak) and 'Delmål x.y – …' sub-headings; one bullet per measure: bold title, ' – ' description, then inline facts in italic parentheses (Type; ansvar; samarbeid; periode; 'også relevant for delmål …').",
    "akad19_columns": "Word. One measure per COLUMN: three tables with row labels (Tiltak, Nr. i strategien, Hva slags tiltak, Hvem har ansvaret, Samarbeid med, Tidsrom, Kort om tiltaket); goals given only as old numbers 1–16.",
    "spekter18_numbered": "Word→PDF (LibreOffice). 'Rapporteringspunkter' auto-numbered list with 'Relasjon til NKPS tiltak nr …', then one page per measure with four literal numbered headings (1. Tiltak …, 2. Ansvarlig og samarbeidspartnere, 3. Beskrivelse … (maks en halv side), 4. Tidspunkt og varighet); the period paragraph uses the same Word list, so its number (10., 11., …) leaks into the text; responsible/partners only as a sentence.",
    "nfd19_letter": "Word. Ministry letter (address block, ref/date table, signature), 'Tiltak n: <title>' headings and 'Label: value' lines (NKPS-tiltak nr., Type tiltak, Ansvarlig, Samarbeidspartnere, Periode, Beskrivelse); old numbering.",
    "trond19_landscape_matrix": "reportlab PDF, landscape matrix with grid, repeated header row, columns NKPS nr. | Tiltak | Type | Ansvarlig | Samarbeidspartnere | Varighet | Beskrivelse / status; old numbering; footer with page numbers.",
    "vofo18_matrix_descrows": "Word, landscape. One table: area title rows merged across all columns, a data row per measure (Delmål | Tiltak | Type | Ansvar | Samarbeid | Tid) followed by a merged full-width 'Beskrivelse:' row.",
    "ks20_merged_matrix": "Word→PDF (LibreOffice), landscape matrix over several pages (Delmål | Tiltak | Beskrivelse | Type tiltak | Ansvar | Samarbeidsparter | Tidsrom), repeated header, Delmål cell (code + short label) merged over consecutive rows of the same delmål.",
    "innl20_numbered_report": "reportlab PDF. Cover page, generated table of contents, numbered chapters whose measure headings are numbered '2.1', '4.3' … (chapter numbers that look like delmål codes), bold 'Label:' lines, real page-bottom footnotes, and Vedlegg 1 repeating all titles in an overview table.",
    "spekter20_question_forms": "Word. One two-column form per measure whose labels are questions (Hva heter tiltaket? … Beskriv tiltaket kort); responsible and partners answered together in one sentence; type in free wording.",
    "vestl21_bold_labels_nn": "Word, nynorsk. Title page, unnumbered headings (area, then measure title), bold labels WITHOUT colons followed by a tab (Delmål, Type tiltak, Ansvarleg, Samarbeidspartnarar, Periode) and a bold 'Skildring' paragraph; several delmål given only as quoted (nynorsk) delmål text.",
    "nav21_cards": "reportlab PDF. Coloured page header bar; one boxed card per measure (dark title bar, label/value rows without inner rules, full-width description at the bottom).",
    "lo21_grid_cards": "reportlab PDF. 'Tiltak i av n' caption and one gridded card per measure: spanning title row, small-caps header rows (DELMÅL | TYPE TILTAK | TIDSROM, ANSVARLIG | SAMARBEIDSPARTNERE, BESKRIVELSE) with values below.",
    "aid22_long_label_forms": "Word→PDF (LibreOffice). 'Skjema i av n' and one two-column form per measure with long-phrase labels ('Hvilke(t) delmål i strategien tiltaket følger opp', 'Tiltakets art (FoU, kurs/utdanning, …)', 'Beskrivelse av tiltaket og status per 2022').",
    "nho22_what_why_how": "Word. One table per part with odd header wording Hva | Hvorfor (delmål) | Hvordan | Hvem | Når; no type column; responsible and partners combined ('KD (ansvarlig) – NHO, LO …').",
    "trond22_nested": "Word. NESTED tables: outer table with one row per hovedinnsatsområde (shaded area cell left), inner table (Tiltak | Om tiltaket) in the right cell; 'Om tiltaket' holds 'Delmål:/Type:/Ansvarlig:/Partnere:/Periode:' lines and the description.",
    "vofo23_prose_meta": "reportlab PDF. Prose report: unnumbered bold headings per measure, one italic meta line 'Delmål … · type · Ansvar: … · Partnere: … · period', then a description paragraph.",
    "ys23_nested_bullets": "Word. Delmål headings, bold title bullet with second-level bullets 'Type – …', 'Ansvar – …', 'Samarbeid – …', 'Tid – …', indented description; an 'Andre tiltak' section without delmål.",
    "vestl24_table_per_delmal_nn": "Word→PDF (LibreOffice), nynorsk. One table per delmål with a merged title row (with Word footnotes), header Tiltak | Kva går tiltaket ut på | Type | Ansvar og partnarar | Tidsrom; responsible marked '(ansvarleg)' inside the combined cell.",
    "udir25_rules_only": "Word, landscape. Table with only horizontal rules (no vertical lines), numbered rows: Nr. | Tiltak | Beskrivelse | Delmål | Kategori | Ansvarlig / samarbeid ('X (ansv.); partners') | Tidsrom.",
}

JUDGEMENT = """\
## Judgement calls (ground truth)

Identity follows the national measure (or the reporter's own distinct activity), not the wording:

* **Own part of a national measure = the national measure.** LO's "Styrking av RSA-arbeidet i egne rekker"
  is T63 (RSA); Vestland's "Partnarskapsavtale med VOFO Vestland" is VOFO's partnership agreements (T65);
  Innlandet's training of guidance staff "etter kvalitetsrammeverket" and Trøndelag's pilot are the national
  quality framework (T14); county hospitering for yrkesfaglærere (Trøndelag 2022, Vestland 2024) is
  Yrkesfaglærerløftet (T67); VOFO's "Studieforbundenes rolle i FVO" is the FVO trial (T25); NHO's dialogue
  with the counties about BIO is T20; the counties' and KS' rows on Samfunnskontrakten are T07.
* **Renamed / renewed schemes stay the same tiltak.** Kompetansepluss arbeid → Kompetanseprogrammet (T26;
  NHO 2022 uses the new name without the old one, YS 2023 mentions both); Kompetansepluss frivillighet →
  Kompetanseprogrammet – frivillighet (T28). The renewed Samfunnskontrakt for flere læreplasser 2022–2026 is
  treated as the continuation of the 2016–2020 contract (T07), so NHO 2022 and Spekter 2020 are `continues`.
  The grant scheme for flexible further education (T05) is the same even when Vestland 2021 describes it as
  broadened to green transition.
* **A plan and its action programme are one tiltak**: Vestland 2024 "Handlingsprogram 2024 for regional plan
  …" continues T17. Trøndelag 2022 "Oppfølging av Kompetansestrategi for Trøndelag" continues T16.
* **Umbrella vs single programme are different**: T02 (all tripartite bransjeprogram) vs T03 (kommunal helse
  og omsorg) vs T04 (industri og bygg). Rows that list several programmes (Vestland 2021, LO 2021, NHO 2022)
  are T02 even when they name industri og bygg.
* **BIO grants run by counties (T20) vs the transfer of BIO from NAV to the counties (T21)** are different:
  the first is a grant the county runs every year (2.4), the second the regionreform task transfer (1.2).
* **Measure vs its evaluation / an event or campaign about it are different**: T23 vs T24 (modulforsøket and
  its evaluation), T28 vs T29 and T30, T26 vs T27, T31 vs T32, T51 vs T53, T07 vs T41.
* **Events in different years are different tiltak** (Arendalsuka 2018 T42 vs 2019 T43; Fagskolekonferanse
  2018 T44 vs 2020 T45), while Spekter's annual "Møteplass lærebedrifter" is one recurring tiltak (T46) because
  the reporter presents it as a standing annual arrangement.
* **VOFO's information work** on the Kompetansepluss schemes (2018) and on Kompetanseprogrammet (2023) is one
  continuing tiltak (T30).
* **Type** is the ground-truth category of what the row describes, so rows of one tiltak can differ (e.g.
  Spekter's and KS' follow-up of Samfunnskontrakten are Informasjon, the contract itself Kurs/utdanning, as in
  the directorate's 2018 matrix). The regional plans/strategies and karrieresentre are typed Prosjekt,
  the Kompetansereform white paper FoU (as the 2018 matrix types white-paper work).
* **Delmål** are the codes the report assigns. Old numbers (Spekter 2018, Akademikerne 2019, NFD 2019,
  Trøndelag 2019) are translated n → code; quoted delmål text (Vestland 2021, nynorsk) is translated to its
  code; LO 2019's "også relevant for delmål 2.3/2.4" adds the code; measures in "Andre tiltak" sections
  (LO 2019, LO 2021, YS 2023) have `[]`. The chapter numbers in Innlandet 2020 ("2.1 Regional
  kompetansestrategi …", "4.3 …") are headings, not delmål.
* **responsible** is the responsible organisation as printed; where the report writes responsible and partners
  together ("KD (ansvarlig) – NHO, LO …", "Vestland fylkeskommune (ansvarleg); …", "X (ansv.); …", or a
  sentence as in Spekter 2018/2020), the split is the analyst's. NAV 2021 prints "Kompetanse Norge (fra 1. juli
  2021 HK-dir)"; the ground truth keeps "Kompetanse Norge".
* **period** is as printed without the leaked Word list number (Spekter 2018).
* **title** excludes heading/list numbers ("Tiltak 3:", "4.3", "Tiltak 1" captions, table row numbers) and the
  trailing footnote marks; **description** excludes footnote marks and the "Beskrivelse:" label.
* Innlandet 2020's table of contents and Vedlegg 1 repeat every title (TOC with page numbers, overview table with delmål); these are not extra measures.
* Spekter 2018 lists every title twice (Rapporteringspunkter and the form); counted once.
"""


def write_readme(reps, nm, path):
    rows = [(rep, r) for rep in reps for r in rep["rows"]]
    reporters = sorted({rep["reporter"] for rep in reps})
    tids = defaultdict(list)
    for rep, r in rows:
        tids[r["t"]].append(rep["reporter"])
    multi = [t for t, v in tids.items() if len(v) > 1]
    multi_rep = [t for t, v in tids.items() if len(set(v)) > 1]
    cont = sum(1 for _, r in rows if r["continues"])
    templates = sorted({rep["template"] for rep in reps})
    pdfs = [rep for rep in reps if rep["file"].endswith(".pdf")]
    lo_pdfs = [rep for rep in pdfs if rep.get("via") == "docx"]
    lines = ["# Blind test batch match14", "",
             "Follow-up reports to Kompetansepolitisk råd (NKPS 2017–2021 and the continued reporting after it), "
             "written as the members would send them. Generated by `make_batch.py` "
             "(run with `/work/blind/.venvm2/bin/python make_batch.py`); `src/verify.py` checks that every "
             "expected title and description is printed in the files.", "",
             "## Counts", "",
             f"* files: {len(reps)} ({len(reps) - len(pdfs)} .docx, {len(pdfs)} .pdf: {len(lo_pdfs)} Word→PDF via "
             f"LibreOffice, {len(pdfs) - len(lo_pdfs)} reportlab)",
             f"* report years: {min(r['year'] for r in reps)}–{max(r['year'] for r in reps)}",
             f"* reporters: {len(reporters)} ({', '.join(reporters)})",
             f"* measure rows: {len(rows)}",
             f"* distinct tiltak: {len(tids)}",
             f"* tiltak reported more than once: {len(multi)}; by more than one reporter: {len(multi_rep)}",
             f"* rows with continues=true: {cont}",
             f"* near-miss pairs: {len(nm)}",
             f"* templates: {len(templates)} (one per file; no two files share a layout)", "",
             "## Conventions", "",
             "* `expected.json`: file → reporter, report_year, measures (title, delmal, type, responsible, partners, "
             "period, description, tiltak_id, continues).",
             "* `type` is one of FoU, Kurs/utdanning, Råd/utvalg/nettverk, Prosjekt, Informasjon, Arrangement "
             "(ground-truth category; the printed wording varies or is absent).",
             "* `continues` is true when the same reporter reported the same tiltak_id in an earlier report year "
             "in this batch (computed, not hand-set).",
             "* `near_misses.json`: pairs [file, title] that look alike but have different tiltak_id.",
             "* Old numbering n = 1…16 maps to 1.1…1.4, 2.1…2.6, 3.1…3.6 in order.", "",
             JUDGEMENT,
             "## Tiltak identities", "",
             "| id | tiltak | rows | reporters |", "| --- | --- | --- | --- |"]
    for t in sorted(tids):
        lines.append(f"| {t} | {TILTAK[t]} | {len(tids[t])} | {', '.join(sorted(set(tids[t])))} |")
    lines += ["", "## Files", "", "| file | reporter | year | rows | template |", "| --- | --- | --- | --- | --- |"]
    for rep in reps:
        lines.append(f"| {rep['file']} | {rep['reporter']} | {rep['year']} | {len(rep['rows'])} | {rep['template']} |")
    lines += ["", "## Templates", ""]
    for rep in reps:
        lines.append(f"* `{rep['template']}` ({rep['file']}): {TEMPLATE_DESC[rep['template']]}")
    lines.append("")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
