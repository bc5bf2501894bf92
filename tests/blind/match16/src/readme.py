"""README.md for the batch: counts (computed), conventions and judgement calls (written by hand),
the file list and the table of tiltak ids."""
from collections import Counter, defaultdict

from .data import REPORTS, CATALOGUE
from .truth import tiltak_ids

TEMPLATES = {
    "spekter2017": ("PDF via LibreOffice", "Numbered list of reporting points with old NKPS tiltak numbers, then one "
                    "page-long form per measure under four numbered questions; Word list numbering continues from "
                    "the list into the period answers and leaks into the PDF (\"6. En dag i september ...\")."),
    "lo2017": ("DOCX", "Landscape table, one row per measure: Nr. | Tiltak | Kort beskrivelse | Ansvar og samarbeid "
               "(one combined free-text cell) | Knyttet til NKPS-tiltak nr. (old numbers \"4 og 7\")."),
    "ks2018": ("DOCX", "One two-column form table per measure (Navn på tiltak, Relasjon til delmål, Ansvarlig, "
               "Samarbeidspartnere, Type tiltak, Beskrivelse, Tidspunkt og varighet) under \"Tiltak n\" captions."),
    "vofo2018": ("PDF via reportlab", "Delmål headings (code + quoted delmål text) with bullets: bold title, en "
                 "dash, description, and an italic \"Samarbeid:\" line inside the bullet."),
    "nho2018": ("PDF via reportlab", "Landscape tick matrix: 16 delmål columns under merged area headers (two-row "
                "header), X marks; descriptions only for some measures, as numbered notes under the matrix keyed by "
                "a superscript on the title."),
    "regj2019": ("PDF via LibreOffice", "Landscape matrix per main area; the delmål cell (code + full text) is "
                 "vertically merged over its measures, header row repeated, merged cell and rows running over the "
                 "page break."),
    "vestland2019": ("DOCX", "Nynorsk. Numbered chapters per delmål (\"5 Yrkesfag og karrierevegar – delmål 2.3\"), "
                     "numbered measure headings (\"5.1 ...\"), unlabeled description, then Ansvarleg / "
                     "Samarbeidspartnarar / Tidsrom lines; one extra delmål in an italic sentence."),
    "ys2019": ("PDF via LibreOffice", "Running prose under \"Innsatsområde n\" headings: bold lead-in sentence = title, "
               "rest of paragraph = description, small italic \"Delmål ...\" line after (missing for one measure)."),
    "akad2019": ("DOCX", "Card per measure: 4-column table with the title as a merged shaded top row, label/value "
                 "pairs side by side (Delmål | .. | Tiltakstype | ..), Tidsrom and Om tiltaket rows merged over "
                 "three columns."),
    "lo2020": ("PDF via LibreOffice", "Headings are the quoted delmål texts without codes; bullets with bold title + "
               "en dash + text (one title itself contains an en dash); \"Andre tiltak\" section without delmål."),
    "mor2020": ("DOCX", "Nynorsk form table per measure (Namn på tiltaket, Delmål i strategien, Ansvarleg, "
                "Samarbeider med, Type tiltak, Kva går tiltaket ut på?, Tidsperiode), two per page."),
    "tro2020": ("PDF via reportlab", "Side headings: borderless two-column blocks, narrow left column with title and "
                "facts (Delmål/Ansvar/Partnere/Periode), wide right column with the text; lines interleave when the "
                "page is read straight across."),
    "ks2021": ("PDF via reportlab", "Cards two per row: coloured title band, facts line \"Delmål 2.1 | type | "
               "period\", \"Ansvarlig: .. · Samarbeid: ..\" line, text; neighbouring cards share text lines."),
    "spekter2021": ("DOCX", "One table, columns Delmål | Tiltak og beskrivelse (bold title paragraph + description "
                    "paragraph in one cell) | Samarbeid | Når; responsibility stated once in the intro."),
    "unio2021": ("PDF via LibreOffice", "Title block in one column, then a two-column section: heading per measure, "
                 "italic facts line joined with \" · \", description; one description runs from the foot of column 1 "
                 "to the top of column 2."),
    "hkdir2022": ("DOCX", "Cover page, table of contents, numbered chapters per main area with numbered measure "
                  "headings and a \"|\"-separated facts line (two measures give only \"Innsatsområde 2\"); appendix "
                  "table repeats every measure."),
    "virke2022": ("DOCX", "Label/answer paragraphs (Tiltak:, Knyttet til:, Ansvarlig:, Med:, Hva:, Når:) separated "
                  "by rules; one delmål given only as quoted delmål text; \"Øvrige tiltak\" bullets (title: text) "
                  "without delmål."),
    "nho2023": ("DOCX", "Landscape table with repeated header: Tiltak | Bidrar til (\"delmål 1.2 og 3.1\") | Hva "
                "gjør vi | Ansvar | Sammen med | Tidsrom; superscript note marks on two titles, notes under the table."),
    "vestland2023": ("PDF via reportlab", "Nynorsk, three text columns with rules between them; heading per measure, "
                     "bold-label fact lines, text flowing from column to column."),
    "lo2024": ("DOCX", "Part A/B headings, numbered measure headings (one with a note mark), label lines with delmål "
               "as code plus old number (\"1.4 og 2.3 (tidligere tiltak 4 og 7)\") and a Status line; notes at the "
               "end; Part B \"Andre tiltak\" without delmål."),
    "fagf2025": ("PDF via reportlab", "Long introduction, then a ruled six-column table laid out like Word: the row "
                 "that does not fit is broken inside its description and continues under a repeated header on the "
                 "next page; superscript note marks on titles, notes under the table."),
}

CONVENTIONS = """\
## Conventions used in expected.json

* **title** – the measure's name exactly as printed, without list/heading numbers (\"2.1 \", \"5.\"),
  without footnote/note marks, without the full stop that ends a bold lead-in (YS 2019) and without the colon
  after a bold bullet title (Virke 2022 \"Øvrige tiltak\"). Quotes, parentheses and dashes that belong to the
  name are kept (\"«Jenter og teknologi»\", \"«Balansekunst» – modell for …\").
* **delmal** – sorted codes. Old strategy numbers are mapped in order (tiltak n → n-th delmål: 1→1.1 … 4→1.4,
  5→2.1 … 10→2.6, 11→3.1 … 16→3.6). Quoted delmål texts are mapped to their code. A measure that is only placed
  under an *innsatsområde* (YS 2019 \"Yrkesfagenes år\", HK-dir 2022 chapters 3.1/3.2) or under
  \"Andre tiltak\"/\"Øvrige tiltak\" gets `[]`. In tables organised by delmål (Regjeringen 2019, VOFO 2018, LO 2020)
  a measure has the delmål it is filed under; Vestland 2019 adds the delmål named in the italic \"òg knytt til\"
  sentence.
* **type** – the printed type normalised to the six categories (\"Forskning og utvikling (FoU)\", \"FoU/rapport\" →
  FoU; \"Kurs/utd.\", \"Kurs\" → Kurs/utdanning; \"Råd/utvalg\", \"Råd/utval/nettverk\" → Råd/utvalg/nettverk;
  \"Info\" → Informasjon; \"Arr.\" → Arrangement). Where a report prints no type (LO 2017, VOFO, Vestland, YS,
  LO 2020, Trøndelag, Spekter 2021, Virke, NHO 2023, LO 2024, Fagforbundet), the analyst's classification.
* **responsible** – the responsible body as printed (\"KD\", \"Regjeringen og partene i arbeidslivet\",
  \"KS, Trøndelag fylkeskommune og Fylkesmannen i Trøndelag\"). In combined cells (LO 2017 \"KD leder utvalget.
  LO … deltar.\", Spekter 2017 answers) the leading body is the responsible one and the others are partners. Where a
  report names no responsible body for a measure, the reporter (Spekter 2021 and HK-dir 2022 say so in their intros;
  LO 2020, VOFO 2018 and YS 2019 have no responsibility field and write about the organisation's own work), unless
  the description names one (\"som ledes av KD\", \"som Kompetanse Norge ledet\", \"som ledes av Kompetanse Norge\").
* **partners** – the printed list split at commas/\"og\", spelled as printed (lower case kept: \"partene i
  arbeidslivet\"). In prose and bullets: the bodies the text names as taking part.
* **period** – the printed period/time field only; `\"\"` where the report has no such field (LO 2017, VOFO 2018,
  NHO 2018, Regjeringen 2019, YS 2019, LO 2020, Virke \"Øvrige tiltak\") even if the description mentions dates.
  Spekter 2017: the leaked Word list number in front of the answer is not part of the period.
* **description** – the printed text without its label: the answer to \"Beskrivelse\"/\"Om tiltaket\"/\"Hva\"/
  \"Kva går tiltaket ut på?\"; in prose the paragraph after the bold lead-in (not the italic delmål line); in
  bullets the text after the en dash or colon (not the italic \"Samarbeid:\" line); in NHO 2018 the note text
  (without its number) — measures without a note have `\"\"`.
* **continues** – computed, not set by hand: true when the same reporter has the same tiltak_id in an earlier
  report year in this batch.
* **tiltak_id** – T01… numbered by first appearance (report year, then file order).
"""

JUDGEMENT = """\
## Judgement calls on identity

Same tiltak (one id) although worded differently:

1. **Taking part in a body or trial that someone else runs is that body/trial.** KBU (\"Deltakelse i KBU\",
   \"YS i Kompetansebehovsutvalget\", HK-dir's \"Sekretariat for Kompetansebehovsutvalget\"), RSA, SRY, UHR's
   fagstrategiske enheter, Nasjonalt forum for karriereveiledning (KS, Spekter, Møre og Romsdal \"Deltaking i …
   karriererettleiing\", HK-dir as owner), the FVO trial (VOFO's \"Studieforbundenes deltakelse i forsøket …\",
   Møre og Romsdal's \"FVO – forsøk i tre kommunar\", HK-dir's follow-up after the trial), the modular-training trial
   (Regjeringen 2019 and Trøndelag's participation), DigiT (Trøndelag 2020 and KS 2021, KS being co-responsible), the
   Kompetansealliansen (Møre og Romsdal 2020 and NHO Møre og Romsdal's membership in NHO 2023). This follows the
   directorate's own practice of registering shared councils as one measure.
2. **KBU continued with a new mandate in 2023** (LO 2024, NHO 2023) is still KBU.
3. **Samfunnskontrakt for flere læreplasser 2016–2020** includes the parties' own follow-up of it (KS
   \"… – oppfølging i kommunesektoren\", Spekter \"Oppfølging av …\") and its extension to 2021 (Unio 2021). The **new
   contract 2022–2026** is a different tiltak (a renewed successor) — also in LO 2024, where the printed title is
   identical to LO 2017's; the period and the note (\"Ny kontrakt … erstatter kontrakten fra 2016\") decide.
4. **The tripartite bransjeprogram scheme** (Regjeringen \"Bransjeprogram for kompetanseutvikling\", LO \"Treparts
   bransjeprogrammer\"/\"Bransjeprogrammene\", HK-dir, Virke \"Trepartssamarbeidet om bransjeprogrammene\", NHO 2023)
   is one tiltak; each **branch programme** (kommunal helse og omsorg: KS 2021, Unio 2021, Fagforbundet 2025;
   varehandel: Virke 2022) is its own tiltak, and so is the **evaluation** of the programmes (NHO 2023, LO 2024).
   Virke 2022 reports both the umbrella and the retail programme in the same file.
5. **Renamed or re-titled by the same reporter:** Vestland's \"Karrieresentra i Hordaland og Sogn og Fjordane\"
   (2019) = \"Karriere Vestland\" (2023, after the county merger); \"Strategisk samarbeid mellom Høgskulen på
   Vestlandet og Fagskulen i Sogn og Fjordane\" = \"Samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland\"
   (the fagskule merged); \"Kompetanseløft for fagarbeidarar i industrien\" = \"Kompetanseløft for industrien\"
   (\"vidareført\"); \"Fleksibel vidaregåande opplæring for vaksne\" = \"Vaksenopplæring – fleksible tilbod i
   vidaregåande\"; \"Regional plan …\" (2019, being drafted) = \"Oppfølging av regional plan …\" (2023). LO's shop-steward
   module has three titles (2017, 2020, 2024). KS \"Samarbeid om digital kompetanse i kommunesektoren\" = \"…
   – videreført\". Spekter \"Arrangere «Møteplass lærebedrifter»\" = \"Møteplass lærebedrift\"; \"Arbeidsgivernettverk for
   medlemsvirksomhetene\" = \"Arbeidsgivernettverket\".
6. **A FoU project and its final report are one tiltak** (KS \"Teknologibasert læring på arbeidsplassen\" 2018 and
   \"… – sluttrapport\" 2021), whereas **a scheme and its evaluation are two** (Menn i helse / Evaluering av Menn i
   helse; Kompetansepluss frivillighet / Evaluering av Kompetansepluss frivillighet; bransjeprogram / evaluering).
7. **Recurring events and instruments named generically are one tiltak across years** (Møteplass lærebedrift(er),
   NHOs kompetansebarometer, KS Læring); **an edition named by its year is its own tiltak** (Yrkesfagkonferansen 2019
   vs 2023, Kompetansekonferansen 2018 vs 2021, Virke HR-konferansen 2022, Fagskolekonferansen 2021).
8. **Balansekunst:** LO 2017's \"Modell for å beskrive og verdsette kompetanse ervervet i arbeidslivet\" (Virke leads,
   report due spring 2018) is the model later published as «Balansekunst» (LO 2020, YS 2019, Virke 2022).
9. **The digital-competence working group** (NHO 2018 \"Partssammensatt arbeidsgruppe …\", YS \"Partsgruppen …\",
   Akademikerne \"Arbeidsgruppe om digital kompetanse i arbeidslivet\") is one tiltak, distinct from KS' own
   digital-competence collaboration with the municipalities and from KBU.
10. **Spekter–LO conference of 30 November 2017** is reported by both (Spekter names LO as co-organiser, LO titles it
    \"Lærlingkonferanse sammen med Spekter 30. november\").
11. **Nasjonal digital karriereveiledningstjeneste** (Regjeringen 2019, announced) = \"Karriereveiledning på nett\"
    (HK-dir 2022, the running service). **Yrkesfagenes år 2018** (NHO 2018) = \"Yrkesfagenes år\" (YS 2019, which
    reports its part in the 2018 campaign). **Hurtigsporet** in LO 2017, Regjeringen 2019 and LO 2020 (short title)
    is the tripartite scheme. **Lærlingløftet** (KS 2021, Fagforbundet 2025).

Kept apart (different ids, listed in near_misses.json):

* the unions' own shop-steward courses (LO, YS, Fagforbundet, Unio's digitalisation module);
* each county's own career centre (Møre og Romsdal, Trøndelag, Vestland), its own BIO administration (three
  counties; Trøndelag 2020 and Vestland 2023 even print the same title \"Bedriftsintern opplæring (BIO)\"), and
  its own regional forum/plan (Kompetansealliansen, Kompetanseforum Trøndelag, Vestland's regional plan);
* Kompetansepluss arbeid vs Kompetansepluss frivillighet vs the evaluation vs Spekter's søkekonferanse (an
  event about the scheme);
* Hurtigsporet vs NHO's campaign for it vs the Oslo project that built on it;
* SRY vs Yrkesopplæringsnemnda i Trøndelag vs Spekter's dialogue meeting with its SRY members; RSA vs UHR units;
* KBU vs the expert committee on EVU; the expert committee (NOU 2019: 12 *Lære hele livet*) vs the reform
  *Lære hele livet*; KS' and Unio's separate studies of EVU financing; the government's study of the
  study associations vs VOFO's work on their regulations;
* Fagbrev på jobb in Møre og Romsdal vs Fagforbundet's information work on Fagbrev på jobb vs NHO's project for
  adults without a trade certificate; Lærlingløftet vs Samfunnskontrakten; Møteplass lærebedrifter vs the
  2017 Spekter–LO conference; FVO vs the modular trial; the national digital guidance service vs the quality
  framework vs the forum; KS' digital-competence collaboration vs DigiT vs the partssammensatt arbeidsgruppe.

Near-miss pairs are generated from these tiltak pairs: for each pair the printed instances with the most
similar titles (the two most similar for a few pairs with many instances), plus every same-reporter pair for
Samfunnskontrakt old/new and Menn i helse/evaluation.
"""


def render(exp, nm):
    ids = tiltak_ids()
    rows = [m for r in exp.values() for m in r["measures"]]
    by_id = defaultdict(list)
    for f, r in exp.items():
        for m in r["measures"]:
            by_id[m["tiltak_id"]].append(f"{r['reporter']} {r['report_year']}")
    cnt = Counter(m["tiltak_id"] for m in rows)
    key_of = {v: k for k, v in ids.items()}
    lines = []
    a = lines.append
    a("# Blind test batch match16 – NKPS member reports 2017–2025\n")
    a("Twenty-one follow-up reports from members of Kompetansepolitisk råd on Nasjonal kompetansepolitisk strategi "
      "(NKPS) and its follow-up, each in its own layout, with hand-written ground truth for extraction and for "
      "linking the same measure (tiltak) across reports. Everything is generated by `make_batch.py` "
      "(`/work/blind/.venvm2/bin/python make_batch.py`); `src/verify.py` checks the batch against the ground truth.\n")
    a("## Counts\n")
    a("| what | count |")
    a("| --- | --- |")
    counts = [
        ("Files", len(exp)),
        ("DOCX files", sum(f.endswith(".docx") for f in exp)),
        ("PDF files", sum(f.endswith(".pdf") for f in exp)),
        ("Reporters", len({r["reporter"] for r in exp.values()})),
        ("Report years", len({r["report_year"] for r in exp.values()})),
        ("Measure rows", len(rows)),
        ("Distinct tiltak", len(cnt)),
        ("Tiltak reported more than once", sum(1 for c in cnt.values() if c > 1)),
        ("Rows with continues=true", sum(m["continues"] for m in rows)),
        ("Rows without delmål", sum(not m["delmal"] for m in rows)),
        ("Near-miss pairs", len(nm)),
    ]
    for k, v in counts:
        a(f"| {k} | {v} |")
    a("")
    a("PDFs: 5 rendered from Word with LibreOffice (`soffice --headless --convert-to pdf`), 6 drawn directly with "
      "reportlab. Nynorsk: Vestland 2019, Møre og Romsdal 2020, Vestland 2023.\n")
    a("## Files and templates\n")
    a("| file | reporter | year | made as | layout |")
    a("| --- | --- | --- | --- | --- |")
    rep_by_file = {r["file"]: r for r in REPORTS}
    for f, r in exp.items():
        made, lay = TEMPLATES[rep_by_file[f]["builder"]]
        a(f"| {f} | {r['reporter']} | {r['report_year']} | {made} | {lay} |")
    a("")
    a("### Measure rows per file\n")
    a("| file | rows |")
    a("| --- | --- |")
    for f, r in exp.items():
        a(f"| {f} | {len(r['measures'])} |")
    a("")
    a(CONVENTIONS)
    a(JUDGEMENT)
    a("## Hardest layouts (my expectation)\n")
    a("1. **NHO 2018 tick matrix** – delmål only as X marks under two-row merged headers; descriptions live in "
      "numbered notes below the table, joined to rows by superscripts; half the rows have no description.")
    a("2. **Trøndelag 2020 side headings** and **KS 2021 cards** – two independent text columns per line; reading "
      "straight across mixes title/facts with another measure's text.")
    a("3. **Vestland 2023 three columns** – narrow columns, labels in bold run-ins, text continuing in the next "
      "column; nynorsk labels (Partnarar).")
    a("4. **Regjeringen 2019 merged matrix** – delmål cell merged over several rows and across a page break; repeated "
      "header; long delmål texts in the first column.")
    a("5. **Spekter 2017 numbered forms** – the same titles appear twice (list and form), old numbers only, and Word's "
      "list numbering leaks into the period answers.")
    a("6. **YS 2019 prose** and **LO 2020 bullets under quoted delmål** – titles are only bold runs; one LO title "
      "contains the same en dash that separates title from text; delmål must be recognised from the quoted text.")
    a("7. **Fagforbundet 2025** – a row broken inside its description across the page with the header repeated; "
      "**Unio 2021** – a description broken across two columns.\n")
    a("## Tiltak ids\n")
    a("| id | tiltak (canonical) | reported in | rows |")
    a("| --- | --- | --- | --- |")
    for tid in sorted(cnt):
        name = CATALOGUE[key_of[tid]][0]
        a(f"| {tid} | {name} | {'; '.join(by_id[tid])} | {cnt[tid]} |")
    a("")
    return "\n".join(lines) + "\n"
