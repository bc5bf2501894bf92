"""Writes README.md from expected.json data plus the hand-written judgement calls."""
from collections import Counter, defaultdict

from .catalogue import TILTAK

INFO = {
    # key: (producer, language, template one-liner)
    "sp17": ("reportlab", "nb", "'Rapporteringspunkter' list with old NKPS numbers, then one four-heading form per "
             "measure; Word list numbering leaks into 'Tidspunkt og varighet' (6., 7., …)"),
    "lo17": ("python-docx", "nb", "landscape table, one row per measure; strategy referred to by old numbers "
             "('Tiltak 4 og 7'); 'Ansvar og samarbeid' in one cell"),
    "reg18": ("python-docx → LibreOffice PDF", "nb", "landscape matrix per hovedinnsatsområde; Delmål cell "
              "(code + full text) merged vertically over its measures; header row repeated, rows split over pages"),
    "nho18": ("reportlab", "nb", "landscape tick matrix: 16 narrow delmål columns under grouped area headers, "
              "measures ticked with 'x'"),
    "un18": ("reportlab", "nb", "newsletter-style two-column page; measure heading, italic meta line "
             "(delmål · type · ansvar · samarbeid · periode), text flowing between columns"),
    "vo18": ("python-docx", "nb", "cover page + typed table of contents; chapters per hovedinnsatsområde; numbered "
             "Heading 2 per measure, delmål quoted as text, small label table, then the text"),
    "mr18": ("python-docx → LibreOffice PDF", "nn", "bullets ('bold title – text') under delmål headings, plus an "
             "appendix table repeating every measure"),
    "ys19": ("python-docx", "nb", "memo; Word numbered list, bold title per item and indented labelled lines "
             "(Delmål/Ansvar/Samarbeid/Varighet/Hva)"),
    "ak19": ("python-docx → LibreOffice PDF", "nb", "cover page, table of contents, numbered chapters per delmål, "
             "numbered sub-heading per measure, italic 'Ansvarlig … Samarbeid … Type … Tidsrom' line"),
    "ks19": ("reportlab", "nb", "one long portrait table, header repeated on each page, rows split across pages, "
             "superscript footnote marks in titles with notes under the table"),
    "sf19": ("python-docx", "nn", "one two-column form table per measure (Kva | Delmål i strategien | Kven har "
             "ansvaret | Samarbeidspartnarar | Kategori | Tidsrom | Skildring)"),
    "un20": ("python-docx", "nb", "landscape table whose Delmål cell is merged vertically over its measures"),
    "reg20": ("python-docx", "nb", "landscape table with full-width area separator rows; columns Tiltak | "
              "Beskrivelse og status | Delmål | Type | Ansvarlig dep. | Samarbeid"),
    "lo21": ("python-docx → LibreOffice PDF", "nb", "running prose under thematic headings; bold lead-in = title, "
             "delmål in parentheses at the end of the paragraph or missing"),
    "ve21": ("reportlab", "nn", "cards: coloured title bar, fact grid (Delmål/Kategori/Ansvarleg/Partnarar/Periode), "
             "unlabelled text"),
    "vo21": ("reportlab", "nb", "borderless side-heading layout: title and facts in a narrow left column, text, "
             "ansvar and samarbeid in the right column; rows split across pages"),
    "nho22": ("python-docx", "nb", "four-column key/value grid per measure with merged cells (Tiltakets navn, "
              "Knytning til strategien | Periode/varighet, Ansvar | Medvirkende, Status | Type, Beskrivelse)"),
    "ks23": ("python-docx", "nb", "table with reordered columns (Navn på tiltak | Kort om tiltaket | Målområde | "
             "Hvem | Varighet) + 'Andre tiltak' bullets without delmål"),
    "vi23": ("python-docx", "nb", "body in two Word newspaper columns; heading per measure, bold-label fact lines, "
             "text; 'Øvrige tiltak' without delmål"),
    "hk24": ("python-docx → LibreOffice PDF", "nb", "overview table (Nr | Tiltak | Delmål | Type) followed by a "
             "numbered section per measure (each measure appears twice)"),
    "tr24": ("python-docx", "nb", "tiltakskort: one shaded single-cell table per measure holding title, labelled "
             "lines (Innsats/Målområde/Hvem/Periode/Status) and text; målområde often quoted delmål text"),
    "ak25": ("python-docx", "nb", "landscape table; title and text share the 'Aktivitet' cell; 'Kobling til "
             "strategien' as code, 'delmål x og y', quoted text or '–'; 'Andre tiltak' separator row"),
}

JUDGEMENT = """
## Conventions

- `title`: exactly as printed, without list/heading numbers ("2.1 ", "3.2.1 ", "1. "), without footnote
  marks (KS 2019) and without a trailing full stop after a bold lead-in (LO 2021). Quotes, dashes and
  suffixes such as "– videreført" or "(videreført)" are part of the title when printed inside it.
- `description`: the measure's text as printed without its label ("Skildring", "Hva:", "Beskrivelse",
  "Kort om tiltaket"). In LO 2021 the trailing "(delmål …)" reference is not part of the description.
  In Møre og Romsdal 2018 the text after the dash in the bullet is the description (the appendix repeats the
  title only). In KS 2023 "Andre tiltak" the period in parentheses is not part of the description.
- `delmal`: codes 1.1–3.6. Old numbers (Spekter 2017 "nr. 4 og 7", LO 2017 "Tiltak 13 og 14") are mapped in
  order (n → n-th delmål). Quoted delmål texts are mapped to their code. "–", a missing reference or an
  "Andre tiltak"/"Øvrige tiltak" heading gives `[]`. Order follows the print ("3.5 (og 3.3)" → ["3.5", "3.3"]).
- `type`: one of the six categories. Where the report prints a type it is normalised
  ("Forskning og utvikling", "Forskning/utredning", "Kunnskapsgrunnlag/FoU" → FoU; "Konferanse" → Arrangement;
  "Informasjonstiltak" → Informasjon; "Opplæring" → Kurs/utdanning; "Påvirkningsarbeid (råd/utvalg)",
  "Politisk påvirkning, råd og utvalg", "Råd/utval/nettverk" → Råd/utvalg/nettverk). Where no type is printed
  (Spekter 2017, LO 2017, YS 2019, Unio 2020, LO 2021, KS 2023, Akademikerne 2025, and Trøndelag 2024, whose
  "Innsats" is a theme, not a type) it is the analyst's classification.
- `responsible`: the organisation printed as responsible ("Ansvarlig", "Ansvar", "Kven har ansvaret", first
  name in "Hvem"/"Ansvar og partnere", "X (ansvarlig)" in a partner column, or named as lead in the prose).
  Where a report names no one else, the reporter itself. Joint responsibility is kept as printed
  ("LO og Spekter", "Akademikerne/Econa", "KS Trøndelag og Trøndelag fylkeskommune").
- `partners`: the printed partners split into parties as a reader would (on commas, and on "og" between
  organisation names in prose such as Spekter 2017's "Ansvarlig og samarbeidspartnere"), in printed order,
  without "(ansvarlig)"/"(sekretariat)" annotations; a compound party such as "NHOs landsforeninger og
  regionkontorer" stays one item; `[]` when none is printed.
- `period`: the printed time/duration field ("Tidspunkt og varighet" without the leaked list number,
  "Tidsrom", "Periode", "Varighet", "Periode/varighet", "Tidsperspektiv", a period in parentheses after a
  bullet title); "" when the layout has no such field (Regjeringen 2018/2020, NHO 2018, KS 2019, Unio 2020,
  LO 2021, Akademikerne 2025) or the measure leaves it out (Akademikerne 2019, KBU).
- `continues`: computed by make_batch.py – true when the same reporter has the same tiltak_id in a report
  of an earlier year in this batch. A successor organisation does not count (Vestland 2021 continues two
  Sogn og Fjordane measures, but `continues` is false there).
- Each measure is listed once per file even when the file prints it twice (Møre og Romsdal appendix,
  HK-dir overview table, Spekter's list + form, the typed tables of contents of VOFO 2018 and Akademikerne 2019).

## Judgement calls on identity

Same tiltak (one id) although worded differently:
- T01 KBU: "Deltakelse i arbeidet med å etablere …" (LO 2017), "YS sin plass i …", "NHO i …",
  "… – Unios representant", "Sekretariat for … (KBU)" (HK-dir) all denote participation in the one council-wide
  committee, as the directorate's own matrix does for KBU, RSA and SRY.
- T02: a member's own follow-up of the social contract ("Oppfølging av Samfunnskontrakt … i forbundene",
  "… – kommunesektorens bidrag") is the contract itself, not a separate measure.
- T03 vs T02: the contract signed in 2022 for 2022–2026 is a new agreement with a new period, so it is a
  different tiltak from the 2016–2020 contract (extended to 2021). "Samfunnskontrakten 2022–2026" (Virke) is T03.
- T04 umbrella vs T05/T06 branch programmes: the tripartite "Bransjeprogram(mene)" as a whole (also the 2018
  grant naming industri/bygg and helse) is T04; a single branch programme (kommunal helse og omsorg,
  varehandel) is its own tiltak, because members report and run them separately.
- T07: "Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse" (2018) and
  "Tilskuddsordning for fleksible videreutdanningstilbud" (2020, 2024) are the same scheme, widened and renamed.
- T08 vs T09: the 2018 working group is different from the grant for partssammensatte prosjekter it proposed.
- T10: Trøndelag's "… kvalitetsrammeverk … – implementering" is taken as participation in the national
  framework (responsible HK-dir), not as a county measure.
- T11: "Utvikling av en nasjonal digital karriereveiledningstjeneste", "Nettbasert karriereveiledning" and
  "Karriereveiledning.no – nasjonal digital karriereveiledning" are one service from development to operation.
- T12: the 2020 "Oppfølging av ekspertutvalget …" continues the committee measure reported in 2018.
- T18: "Kompetansepluss frivillighet" was merged into Kompetanseprogrammet in 2021; VOFO 2021 "(tidligere
  Kompetansepluss frivillighet)" and HK-dir 2024 "Kompetanseprogrammet – frivillige organisasjoner" are the same
  scheme. VOFO's own information work (T19) and evaluation (T20) are separate measures, and so is the
  fagopplæring trial inside Kompetansepluss arbeid (T17) and Spekter's application conference (T32).
- T22 vs T23: Hurtigsporet itself vs NHO's information campaign for it in four cities.
- T24 vs T25: the ministries' study of the study associations vs VOFO's Fafo research project; VOFO 2021
  "Oppfølging av Fafo-rapporten …" continues T25.
- T28 vs T29: yearly conference editions with the year in the name are separate events.
- T31: Spekter's "Lærlingkonferanse for Spekters medlemsvirksomheter og LOs tillitsvalgte" and LO's
  "Lærlingkonferanse sammen med Spekter 30. november" are one joint event; Spekter's recurring "Møteplass
  lærebedrifter" (T33) is different.
- T35: "Metode for å dokumentere kompetanse ervervet i arbeidslivet" (LO 2017, before the report had a name),
  "Balansekunst …" (NHO 2018, Virke 2023) and "«Balansekunst» – modell for vurdering …" (YS 2019) are one
  Virke-led project.
- T36/T37/T38: three unions' own shop-steward courses are kept apart; LO 2021 "… – videreført" continues T36.
- T39: LO's lobbying for regional career centres (2017 "Forslag om …", 2021 "Fortsatt arbeid …") is one
  measure, and different from any county's own career centre (T63, T70, T73).
- T42/T43: Unio's Proba study vs KS' own FoU project on the same topic; Unio 2020 "… – oppfølging" continues T42.
- T45: Unio 2020 "Unios digitaliseringspolitikk – videre arbeid med forbundene" continues the 2018 workshop
  measure (the 2018 text already announced the follow-up).
- T47/T48/T59 vs T01: members' own barometers/monitors are not the KBU, and not each other.
- T50 vs T51: Menn i helse vs its evaluation (KS 2019 reports both).
- T52: "DigiT – kompetanseløft Trøndelag" (KS 2019) and "DigiT – kompetanseløft for kommunene i Trøndelag"
  (Trøndelag 2024) are one collaboration reported by two members.
- T54 vs T55: two Econa/Ny Analyse reports in the same year are different measures.
- T62/T64 (Møre og Romsdal), T71 (Vestland), T72 (Trøndelag): each county's alliance, strategy or plan is its
  own measure; so are the three counties' career centres (T63, T70, T73), the two Fagbrev på jobb schemes
  (T68, T74) and the two hospitering schemes (T65, T69).
- T66, T67: Vestland 2021 continues two Sogn og Fjordane measures after the county merger (same id,
  `continues` false because the reporter differs).
"""


def write_readme(path, expected, near_misses, modules):
    files = list(expected)
    rows = [(f, m) for f in files for m in expected[f]["measures"]]
    n_docx = sum(f.endswith(".docx") for f in files)
    n_pdf = sum(f.endswith(".pdf") for f in files)
    key_of = {mod.FILENAME: k for k, mod in modules.items()}
    n_soffice = sum(1 for f in files if INFO[key_of[f]][0].startswith("python-docx →"))
    n_rl = sum(1 for f in files if INFO[key_of[f]][0] == "reportlab")
    reporters = sorted({expected[f]["reporter"] for f in files})
    tids = Counter(m["tiltak_id"] for _, m in rows)
    n_cont = sum(1 for _, m in rows if m["continues"])
    n_nn = sum(1 for f in files if INFO[key_of[f]][1] == "nn")
    no_dm = sum(1 for _, m in rows if not m["delmal"])
    multi = sum(1 for t, c in tids.items() if c > 1)
    multi_rep = 0
    by_tid_files = defaultdict(list)
    for f, m in rows:
        by_tid_files[m["tiltak_id"]].append(f)
    for t, fs in by_tid_files.items():
        if len({expected[f]["reporter"] for f in fs}) > 1:
            multi_rep += 1
    years = Counter(expected[f]["report_year"] for f in files)

    L = []
    L.append("# match15 – blind test batch (NKPS follow-up reports)\n")
    L.append("Twenty-two yearly reports from members of Kompetansepolitisk råd, 2017–2025, each in its own "
             "layout, with a hand-made ground truth. Rebuild everything with "
             "`/work/blind/.venvm2/bin/python make_batch.py`; check with "
             "`/work/blind/.venvm2/bin/python src/verify.py`.\n")
    L.append("## Counts\n")
    L.append("| what | n |")
    L.append("| --- | --- |")
    for name, n in [("files", len(files)), ("docx files", n_docx), ("pdf files", n_pdf),
                    ("pdf rendered by LibreOffice", n_soffice), ("pdf drawn with reportlab", n_rl),
                    ("reporters", len(reporters)), ("measure rows", len(rows)), ("distinct tiltak", len(tids)),
                    ("tiltak reported more than once", multi), ("tiltak reported by several reporters", multi_rep),
                    ("rows with continues=true", n_cont), ("rows without delmål", no_dm),
                    ("near-miss pairs", len(near_misses)), ("nynorsk files", n_nn)]:
        L.append(f"| {name} | {n} |")
    L.append("")
    L.append("Report years: " + ", ".join(f"{y}: {years[y]}" for y in sorted(years)) + ".\n")
    L.append("Reporters: " + ", ".join(reporters) + ".\n")
    L.append("## Files\n")
    L.append("| file | reporter | year | made with | lang | rows | template |")
    L.append("| --- | --- | --- | --- | --- | --- | --- |")
    for f in sorted(files, key=lambda x: (expected[x]["report_year"], x)):
        k = key_of[f]
        prod, lang, tmpl = INFO[k]
        tmpl = tmpl.replace(" | ", " / ")
        L.append(f"| {f} | {expected[f]['reporter']} | {expected[f]['report_year']} | {prod} | {lang} | "
                 f"{len(expected[f]['measures'])} | {tmpl} |")
    L.append("")
    L.append("Layouts we expect to be hardest: NHO 2018 (tick matrix), Unio 2018 (two text columns), "
             "Regjeringen 2018 (merged delmål cells and rows split over pages), KS 2019 (split rows, footnote "
             "marks), VOFO 2021 (borderless side headings), LO 2021 (prose with bold lead-ins, delmål sometimes "
             "missing), Trøndelag 2024 (cards in single-cell tables, quoted delmål), Spekter 2017 (leaked "
             "list numbers), and the duplicate printing in HK-dir 2024 and Møre og Romsdal 2018.\n")
    L.append(JUDGEMENT)
    L.append("## Tiltak ids\n")
    L.append("| id | tiltak (analyst's canonical name) | rows | reported in |")
    L.append("| --- | --- | --- | --- |")
    for t in sorted(TILTAK):
        where = ", ".join(f"{expected[f]['reporter']} {expected[f]['report_year']}" for f in by_tid_files[t])
        L.append(f"| {t} | {TILTAK[t]} | {tids[t]} | {where} |")
    L.append("")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
