# -*- coding: utf-8 -*-
"""Hand-written parts of README.md (readme_gen.py adds the generated tables)."""

HEAD = """# Blind test batch match34

Synthetic Norwegian NKPS follow-up reports (PDF and Word) with ground truth. Like match33 this batch is made of
**ordinary** documents of the kind council members' office staff send in a normal year: a report on the LO
letterhead template, a ministry note, the secretariat's form returned with the template text left in, a county's
action-plan table and annual-report chapter, a union secretariat's case paper, an Excel range pasted into a Word
note, Word reports exported to PDF with tables that break over pages. Every layout is new against
`templates_used.txt` in its details (structure, labels, order). The difficulty is in the ordinary things: label
words (Hvem har ansvaret / Hvem / Eier / Hovedansvar / Dep. / Ansvarleg / Ansvar …), column order, goals given as
code / old strategy number / words only / in a separate table / with the same words as a heading, type words in
the writer's own terms, two measures in one table row, rows and measures broken over pages, footnotes, headers
and footers, count tables, planned-not-started sections, lists of meetings and other text that is not a measure.

Rebuild: `/work/blind/.venv34/bin/python make_batch.py` (python-docx, reportlab, pdfplumber; `--truth-only`
writes only the JSON). All content is in `data_a.py` … `data_f.py` (one dict per file; `NEAR_MISS_GROUPS` in
`data_f.py`; the measure helper, delmål wordings and the type-word table in `batch_common.py`). `r_docx_a/b.py`
and `r_pdf_a/b/c.py` only render the data. `continues` and the near-miss pairs are computed, not typed.
`verify.py` checks that every title, description, responsible, partner and period in expected.json is printed in
its file; `check_pdf.py` / `check_docx.py` dump the text; `render_png.py FILE PAGE` renders a PDF page.
`readme_gen.py` writes this file.
"""

CONVENTIONS = """## Conventions

- **title**: exactly as printed, without list numbers, record ids, section numbers, labels or markers. Stripped:
  LO 2017 the old strategy numbers in square brackets at the end of the Heading 2 ('… [tiltak 4 og 7]'); NHO 2018
  the item numbers '1.' … '6.' and the letters 'a)' / 'b)'; KS 2019 the '1)' / '2)' inside the shared row (stripped
  from every cell of that row, descriptions included); Virke
  2020 the typed heading numbers '1 ' … '6 '; Akademikerne 2020 the ID column 'AK-20-0n'; Innlandet 2020 the full
  stop that closes the bold run-in title; LO 2021 the point numbers '1)' … '8)'; HK-dir 2022 the section numbers
  '3.1 ' … '3.8 '; Spekter 2022 the TAB and the grey status word after the title (Ny / Videreført / Pågår); NHO 2023
  and Møre og Romsdal 2025 the 'Nr.' column; Regjeringen 2023 the footnote numbers after two titles. A title that
  wraps inside a table cell is joined with a single space. Years, '– fase 2', '(tidligere …)' that are part of the
  printed title stay in it.
- **delmal**: sorted codes. Old strategy numbers n → n-th delmål (1 → 1.1 … 4 → 1.4, 5 → 2.1 … 10 → 2.6, 11 → 3.1
  … 16 → 3.6): LO 2017 '[tiltak 4 og 7]' → 1.4, 2.3; '[tiltak 7 og 9]' → 2.3, 2.5; '[tiltak 4, 6]' → 1.4, 2.2;
  Spekter 2017 column 'Strategiens tiltak nr.' ('4 og 7', '14' → 3.4). Goals given only in words are mapped by the
  delmål they name (the words are short forms of Vedlegg 1): NHO 2018 group headings ('Kompetansebehovsutvalget' 1.1,
  'Samarbeid mellom utdanning og arbeidsliv' 1.4, 'Kunnskap om læring i arbeidslivet' 2.2, 'Karrieremuligheter i
  yrkesfagene' 2.3 – both a) and b) of item 5 are under it –, 'Dokumentasjon av kompetanse fra arbeidslivet' 2.5) plus
  'Gjelder også: Digital kompetanse i hele arbeidsstyrken' (2.1); KS 2019 'Karriereveiledning' (1.3) and 'Digital
  kompetanse' (2.1); Unio 2021 Heading 2 ('Samarbeid mellom utdanning og arbeidsliv' 1.4, 'Kunnskap om læring i
  arbeidslivet' 2.2, 'Godkjenning av utenlandsk utdanning' 2.6) plus one 'Gjelder også:' bullet; Vestland 2021
  'Kvifor' in nynorsk words, some with the code in brackets ('Karriererettleiing' 1.3, 'Regionalt folkevalt nivå
  sitt kompetansepolitiske ansvar' 1.2, 'Karrieremoglegheiter i yrkesfaga; dokumentasjon av kompetanse frå
  arbeidslivet' 2.3 + 2.5). NHO 2023 has no goal column: the goals are in 'Tabell 2 Kobling til delmål' (code →
  measure numbers). KS 2024: the code in the caption 'Delmål x.y …' above the small table, plus 'Følger også opp
  delmål 3.1.' at the end of one description row. YS 2026: only in the closing 'Tabell 2', which names the measures
  by short names (KBU, SRY, Samfunnskontrakten, YS-skolen, Arbeidslivsbarometeret, Stipend, Digital grunnopplæring).
  Not delmål: Møre og Romsdal 2019 'Regionalt mål' (Mål 1–3, the county's own goals), HK-dir 2022 section numbers
  3.1–3.8, Innlandet 2020 chapter numbers 4.1–4.4 and the 'Tabell 4.1' caption, the '2.2/2.4' style is a list (2.2
  and 2.4), not a range.
- **type**: the six-way type derived from the printed word (table below). Printed words that name none of the five
  types map to `Annet` (Avtale, Ordning, Tilskuddsordning, Plan, Program, Reform, Rammeverk, Tjeneste/Teneste,
  Kampanje, Stipend, Innspill, Forvaltning, Sekretariat, Regelendring, Digital tjeneste …). Synonyms of the five map
  to them (Forsøk, Utviklingsprosjekt, Partsprosjekt, EU-prosjekt → Prosjekt; Utvalg, Råd, Forum, Nettverk,
  Referansegruppe, Partssamarbeid → Råd/utvalg/nettverk; Undersøkelse, Utredning, Evaluering, Kartlegging → FoU;
  Konferanse, Møteplass, Webinarserie → Arrangement; Kurs, Opplæring, Nettkurs, Utdanning(stilbud/-tilbod),
  Opplæringstilbod → Kurs/utdanning).
- **responsible / partners**: as printed; partners split on ', '. Spekter 2017 'Hvem': the line(s) marked
  '(ansvarlig)' / '(ansvarlige)' are the responsible (marker dropped: 'LO og Spekter', 'HOSPEEM og EPSU'), the other
  lines are partners (S2 has none → []). LO 2021 'Hvem:' and Unio 2021 'Hvem:': the name before '(ansvar)' is the
  responsible, the names after it the partners. Vestland 2021 'Kven' = 'Ansvarleg:' / 'Med:' lines; KS 2024 'Hvem' =
  'Ansvar:' / 'Med:' lines. Regjeringen 2018 has no responsible column: the responsible is the department in the
  shaded group row above the measure, as printed ('Kunnskapsdepartementet (KD)'). KS 2019 row with '1)' / '2)': the
  single 'KS' in Ansvarlig applies to both. Partners printed '–' (Virke 2020 R2, NHO 2023 N4) or empty (Akademikerne
  A3) → []. Where a member reports its seat in a body run by others (KBU, SRY, RSA, forum, trepartssamarbeid), the
  printed owner is the responsible and the member is one of the partners, as printed.
- **period**: as printed. Akademikerne 2020 prints 'Start' and 'Slutt' in two columns: period = 'Start–Slutt'
  ('2017–2021'); an empty Slutt means ongoing ('2017–'); the same year in both → that year ('2020').
- **description**: as printed, paragraphs joined with one space. LO 2017 L1 has two paragraphs. Parts of a
  description broken over a page break are joined (Spekter 2017 S4, Vestland 2021 W5 and Møre og Romsdal 2025 M7 –
  the rest is in a continuation row on the next page with empty other cells; YS 2019 Y1 flows onto page 2).
  Labels are dropped ('Om tiltaket:', 'Hva:', 'Kort om:', 'Kort beskrivelse', 'Status 2018', 'Skildring',
  'Kommentar', 'Kva skal gjerast'). Not part of the description: footnote numbers and footnote texts (YS 2019,
  Regjeringen 2023, NAV 2024 – real Word footnotes), KS 2024's closing sentence 'Følger også opp delmål 3.1.'
  (it carries the goal), the fact lines.
- **continues**: true only when the same reporter has the same tiltak_id in an earlier report year of this batch.
  The documents' own markings are not the truth: Vestland 2021 prints 'Vidareførte tiltak' but has no earlier
  report here (false); Møre og Romsdal 2025 marks the new 2025–2028 plan 'Vidareført' (a new tiltak, false); NHO 2023
  marks T02 SRY and T08 'Videreført' – T02 is true (NHO 2018 reported SRY), T08 false (first time from NHO);
  Spekter 2022 'Ny' for SRY is right (false).
"""

NOT_MEASURES = """## Not measures (must not be counted)

- LO 2017: Innledning, 'Møter og arenaer i 2017' (names the council, the KBU start-up meeting and SRY meetings),
  'Planlagt for 2018' (a project with Fellesforbundet, not started), signature, letterhead header/footer.
- Spekter 2017: intro paragraphs, the empty template row at the end of the table, 'Kontakt' line, the grey box
  'Planlagt: … konferanse om kompetanse i helse og omsorg' (not decided).
- NHO 2018: 'Om rapporten'; the lead sentence of item 5 ('NHO bidrar på to måter …' – its a) and b) are the
  measures); 'Oppsummering' with the count table per hovedinnsatsområde (2 / 5 / 0, Sum 7).
- Regjeringen 2018: NOTAT header grid, '1 Bakgrunn', the three department group rows, '3 Videre arbeid'
  (stortingsmelding planned for 2020).
- KS 2019: title, 'Medlem:' / 'Kontaktperson:' lines, the grey template guidance paragraph, the table's second row
  (template instructions 'Skriv navnet på tiltaket' …), three empty rows, the closing template sentence.
- YS 2019: intro, footnotes, 'YS' prioriteringer for 2020' (a possible nettkurs, idea stage).
- Møre og Romsdal 2019: the 'Regionalt mål' cells (Mål 1–3), empty rows, 'Tal på tiltak: 6', 'Oppfølging og
  rapportering' (mentions Kompetanseforum Møre og Romsdal – not a measure of this report).
- Virke 2020: Innledning, 'Virke mener videre' bullets (policy, e.g. 'bransjeprogrammene bør åpnes …').
- Akademikerne 2020: the note's intro, 'Møter Akademikerne har deltatt i 2020' (KBU meetings, the council, the
  minister, a UH meeting).
- Innlandet 2020: 4.1 Mål (mentions Kompetanseforum Innlandet in passing), 4.2 Nøkkeltall table and its caption, the
  4.3 lead sentence, 4.4 Økonomi table (lists 'Bedriftsintern opplæring (BIO)' as a budget line).
- LO 2021: case header grid, 'Innstilling', 'Saksframstilling' (names earlier measures – Samfunnskontrakten,
  forsøket med fagbrev på jobb – as ended, and a planned 2022 measure), 'Vedlegg: Møteplan 2022'.
- Unio 2021: intro, 'Under planlegging' bullets, 'Møter Unio har deltatt i' bullets.
- Vestland 2021: intro, the group rows 'Vidareførte tiltak' / 'Nye tiltak i 2021', the continuation row on page 2.
- Spekter 2022: intro, the status words, 'Avsluttet i 2021 (rapporteres ikke)' (names two 2017 measures – S3 and
  S5 – that are not reported any more).
- VOFO 2022: 'Om studieforbundene', the table 'Studieforbundenes aktivitet 2022' and its source line, the 'Kontakt i
  VOFO' box.
- HK-dir 2022: cached TOC, '1 Innledning', '2 Sammendrag' with 'Tabell 1 Tiltak etter kategori' (counts, Sum 8),
  '4 Planlagt for 2023' bullets (PIAAC follow-up, a pilot).
- NHO 2023: intro, 'Tabell 2 Kobling til delmål' (goal lookup only), 'Om tallene'.
- Regjeringen 2023: letterhead, 'Tabell 1 Antall tiltak per departement' (KD 8, HOD 1, ASD 1, Sum 10), area
  headings, table header rows, footnotes, 'Avsluttede tiltak: Kompetanseløft 2020 og forsøket med modulstrukturert
  opplæring …'.
- KS 2024: 'Sammendrag' and 'Tabell 1 Tiltak per delmål' (counts, Sum 7), the 'Delmål x.y …' captions, 'KS videre'
  (a leadership programme being planned).
- NAV 2024: intro, footnotes, 'Dette rapporterer NAV ikke' (AMO, lønnstilskudd, arbeidstrening).
- Møre og Romsdal 2025: intro paragraphs, the empty row, the continuation row, 'Samla: 6 tiltak', 'Kontaktperson'.
- YS 2026: 'Tabell 1 YS' rapporterte tiltak 2019–2026' (counts per year), 'Tabell 2' (goal lookup with short names),
  'Kontakt'.
"""

JUDGEMENTS = """## Identity judgements (analyst decisions)

1. **A member's seat or part in a shared body or scheme = the body / scheme.** KBU rows of LO, NHO, Regjeringen,
   YS, Akademikerne are one tiltak (T01); SRY rows of LO, NHO, YS, Virke, Spekter are T02; RSA rows of Virke,
   Akademikerne (universities) and Unio (høgskoler) are T03; Nasjonalt forum for karriereveiledning of KS, NAV and
   HK-dir (which runs its secretariat) is T14; Nasjonalt fagskoleråd / 'Fagskolerådet' (LO 2021, NHO 2023) is T16;
   the tripartite work on hospital competence (Unio 2021 'Trepartsarbeid om sykehusenes kompetansebehov', Spekter
   2022 'Trepartssamarbeid om kompetanse i sykehusene') is T21; the partsprosjekt on documenting competence from
   working life (NHO 2018, YS 2019, Virke 2020 – Virke leads) is T22.
2. **A scheme seen by its owner, its administrator and a participant is one tiltak.** Bransjeprogram (T08): LO 2021,
   HK-dir 2022 'Forvaltning av bransjeprogrammene', Regjeringen 2023, NHO 2023 'Bransjeprogram – industri, bygg og
   reiseliv', KS 2024 'Bransjeprogram for kommunal helse- og omsorgssektor'. Kompetansepluss / Kompetanseprogrammet
   (T10): Regjeringen 2018, HK-dir 2022, VOFO 2022 'Kompetanseprogrammet – frivillighetsdelen (tidligere
   Kompetansepluss frivillighet)', Regjeringen 2023. karriereveiledning.no (T12): Regjeringen 2018 'Nasjonal digital
   karriereveiledningstjeneste', HK-dir 2022, NAV 2024 'Samarbeid med karriereveiledning.no'. Menn i helse (T19):
   KS 2019, NAV 2024 'Rekruttering til Menn i helse via NAV-kontorene', KS 2024. Samfunnskontrakten 2016–2020
   (T04): LO 2017, NHO 2018, KS 2019 ('– flere læreplasser i kommunesektoren'). Samfunnskontrakten 2022–2026 (T05):
   Spekter 2022, NHO 2023 'Ny samfunnskontrakt (2022–2026)', Regjeringen 2023, KS 2024 '… – kommunenes innsats',
   YS 2026 'Samfunnskontrakt for kvalifisert arbeidskraft'.
3. **Agreements, plans and schemes with a new period are new tiltak**: T04 ≠ T05; Kompetanseløft 2020 (T17:
   Regjeringen 2018, KS 2019) ≠ Kompetanseløft 2025 (T18: Regjeringen 2023, KS 2024); Møre og Romsdal's
   'Regional kompetansestrategi 2019–2022' (M3) ≠ 'Regional plan for kompetanse 2025–2028' (M7, although marked
   'Vidareført'); KBU with a new mandate from 2023 and SRY 'ny periode 2024–2027' are the SAME body (T01, T02) –
   a new mandate or a new appointment period of a standing body does not make a new tiltak.
4. **Pilot vs permanent scheme**: 'Forsøket med fagbrev på jobb' 2016–2017 (T07, LO 2017) ≠ fagbrev på jobb as a
   permanent scheme (T06: Regjeringen 2018 'Fagbrev på jobb som fast ordning', KS 2019 '… for ansatte i kommunene',
   LO 2021, Regjeringen 2023). The counties' own regional programmes built on the scheme (Møre og Romsdal M4 and Vestland W6 –
   own coordinators, own grants – and Innlandet's 'Fagbrev for voksne – Innlandsmodellen', I5) and NAV's 'Fagbrev for
   arbeidssøkere – forsøk i tre fylker' (V1) are separate tiltak: the county reports its own programme, not the
   national scheme. KS 2019 'Fagbrev på jobb for ansatte i kommunene' (KS urges municipalities to use the national
   scheme and made a guide for it) is T06.
5. **Programme vs its evaluation**: T08 ≠ T09 (HK-dir 2022 'Evaluering av bransjeprogram for
   kompetanseutvikling' = Regjeringen 2023 'Følgeevaluering av bransjeprogrammene' – the same commission seen by the
   buyer and the ministry) ≠ Virke's own Handelsløftet (R1).
6. **Renamed or re-scoped measures keep their id**: Regjeringen 2018 'Utvikling av fleksible videreutdanningstilbud
   i digital kompetanse' = HK-dir 2022 'Tilskudd til fleksible utdanningstilbud (tidligere …)' = Regjeringen 2023
   'Tilskuddsordning for fleksible utdanningstilbud' (T15); KS 'Bli lærling i kommunen' → 'Lærlingløftet i
   kommunene (tidligere «Bli lærling i kommunen»)' (K3); YS-skolen course renamed 'Kompetanse og omstilling' (Y1);
   Spekter's EU project '– fase 2' (S4); NHO 'Matindustriens kompetanseløft – fase 2' (N3); Møre og Romsdal
   'Kompetansealliansen – ny organisering frå 2024' (M2); Regjeringen 'Kompetansereformen – Lære hele livet' →
   '… – oppfølging' (G2); the quality framework 'Nasjonalt kvalitetsrammeverk' → 'Revidert nasjonalt
   kvalitetsrammeverk' (T13).
7. **A county's roll-out or own version of a national measure is its own tiltak**: Vestland's 'Innføring av
   kvalitetsrammeverket i karrieresentera' (W3) ≠ T13; Møre og Romsdal's 'Grunnleggjande ferdigheiter i arbeidslivet
   (Kompetansepluss)' (M6) ≠ T10; the counties' career centres (M1, I1, W1) ≠ karriereveiledning.no (T12);
   Innlandet's 'Bedriftsintern opplæring (BIO) – ny fylkesoppgave' (I6) ≠ Regjeringen's 'Overføring av oppgaver til
   fylkeskommunene (regionreformen)' (G1); the counties' fagskole offers (I4, W5, M8) ≠ T15.
8. **Recurring series of one reporter continue**: NHOs kompetansebarometer (N1), YS Arbeidslivsbarometer (Y2),
   Spekter's Møteplass lærebedrifter (S1), LO's kompetansekonferanse (L2 – '2021' in the title) are the same tiltak
   across years; the members' different surveys are near-misses of each other.
9. Regjeringen's 'Bedre muligheter for utdanning for arbeidsledige' (2023) = NAV's 'Opplæring mens du får
   dagpenger' (2024): the same rule change from 1 July 2021 (T20). The EVU expert committee (T11: Regjeringen 2018,
   YS 2019 'Referansegruppen til ekspertutvalget …') ≠ the competence reform (G2) ≠ Akademikerne's input to the
   white paper (A3).
"""
