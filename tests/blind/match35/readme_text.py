# -*- coding: utf-8 -*-
"""Hand-written parts of README.md (conventions and identity judgements)."""

INTRO = """# Blind test batch match35

Synthetic Norwegian NKPS follow-up reports (PDF and Word) with ground truth. Like match33, this batch is
deliberately **ordinary**: the kind of files council members' office staff send in a normal year – the minutes of
a union committee and a union board paper, two ministry documents (a note and a report), letterhead reports, a reply
e-mail with a pasted table, a web article printed from the browser, a chapter of an organisation's annual report, a
county's four-month management report, a county's letter, an Excel sheet printed to PDF, a county action-plan
extract, a short note with bullets, the export of one answer in the secretariat's web questionnaire. The emphasis is on **identity**: the same tiltak told by different members in
different words (a seat in a body vs the body, acronym vs expansion, the ministry's assignment vs the agency that
runs it, a web address vs the service's name, old and new names of a renamed or merged scheme), measures that go on
over the years with changed titles, a new phase or a new mandate – and near-misses an honest reader keeps apart
(a successor agreement or plan with a new period, a national scheme vs a county's own roll-out, a programme vs its
evaluation, one member's course vs another's).

Rebuild: `/work/blind/.venv35/bin/python make_batch.py` (python-docx, reportlab, pdfplumber). All content is in
`data_a.py` … `data_d.py` (one dict per file: rows made with `common.M`, layout name and description, layout
extras); `groups.py` holds the identity reasons and the near-miss groups; `render_docx_a/b.py` and
`render_pdf_a/b.py` only render; `readme.py`/`readme_text.py` write this file. `continues` is computed
(`common.compute_continues`), not typed. `python verify.py` checks that every title, description, period,
responsible and partner of expected.json is in its file (PDF text incl. table cells); `python verify.py dump FILE`
prints the extracted text of one file.
"""

CONVENTIONS = """## Conventions

- **title**: exactly as printed, without list/section numbers, record ids or field labels. Stripped: Spekter 2017
  section numbers '4.2 '–'4.7 ' (they look like delmål codes); LO 2021 letters 'A.'–'G.'; VOFO 2020 typed numbers
  '1.'–'5.' and everything from ' – ' on (the description); Unio 2021 paragraph numbers '34.1'–'34.5' and the full
  stop that ends the italic run-in title; Regjeringen 2024 the full stop after the bold run-in title; KS 2025
  sub-section numbers '1.1 ' … '3.1 '; Akademikerne 2024 the colon after the bold title; NAV 2022 ids 'NAV-K01' …;
  Trøndelag 2026 the plan's own ids 'T1'–'T6'; Spekter 2022 the heading 'Tiltak n av
  7' is not the title – the answer to 'Navn på tiltaket' is. Titles in table cells that wrap are joined with a
  space. HK-dir 2023's title 'karriereveiledning.no' is printed in lower case and kept so.
- **delmal**: sorted new codes. LO 2017 ('tiltak 4 og 7') and Spekter 2017 ('Kobling til NKPS: tiltak nr. 4 og 7')
  print the old strategy numbers 1–16, mapped n → n-th delmål (4 → 1.4, 7 → 2.3, 12 → 3.2 …). Words only: KS 2018
  ('Strategiens mål:' quotes the delmål wording in «…», two joined by ' og '; the Heading 2 above is KS' own theme, NOT
  a delmål), Virke 2019 ('Bidrar til:' delmål wordings separated by ';'), Vestland
  2024 ('Mål i strategien:', nynorsk wordings; two goals joined by ' og ', e.g. 'Vidareutvikle samarbeidet mellom
  opplærings- og utdanningstilbydarar og arbeidslivet og gi fleksibel opplæring på premissane til vaksne' = 1.4 + 3.1). Code + words: Spekter 2022 (one answer line per
  delmål, '2.3 Samarbeide om …'), Trøndelag 2026 ('Karriereveiledning (1.3)'). Separate matrix: Regjeringen 2024
  gives the delmål ONLY in 'Vedlegg 1' (● under the code columns). NAV 2022 writes Excel-style '3.5;2.5'
  (unsorted). YS 2020 prints '2.5' followed by a superscript note mark '1' (the plain text reads '2.51'; the
  delmål is 2.5). Not delmål: Spekter 2017 section numbers 4.x, Unio 2021 paragraph numbers 34.x, KS 2025
  section numbers (KS 2025 '2.2 Kompetanseløft 2025 i kommunene' has delmål 1.4), Innlandet 2021 section numbers
  4.x and county goals, Trøndelag 2026 innsatsområder A–C.
- **type**: canonical six-way type from the printed word. Synonyms of the five named types map to them: 'Utvalg',
  'Råd', 'Råd/utvalg', 'Nettverk' (also lower case) → Råd/utvalg/nettverk; 'Konferanse' → Arrangement; 'Skolering',
  'Kurs', 'Opplæring', 'Opplæringstilbud', 'Utdanningstilbod' → Kurs/utdanning; 'Utredning', 'Studie' → FoU. Every
  other word → `Annet`: Avtale, Annet (avtale), Brev, Kampanje, Informasjon/informasjon, Ordning, Plan, Strategi,
  Tjeneste/Teneste, Digital tjeneste, Digital plattform, Tilskudd, Tilskuddsordning, Forskriftsendring,
  Stipendordning. YS 2020 gives the type only by an 'X' in one of the tick columns FoU | Kurs | Råd/utvalg |
  Prosjekt | Info | Arr. (Info → Annet; no row uses it in this file).
- **responsible / partners**: as printed; partners split on ', '. Where a member reports its seat in a body owned
  by someone else, the printed owner (KD, HK-dir, Kompetanse Norge, Udir, Spekter …) is responsible and the member
  is among the partners, as printed. LO 2017's 'Hvem har ansvaret' cell is vertically merged over rows with the
  same owner (KD for the first three rows, LO for two) – the merged value applies to every row it spans. Unio 2018:
  'Ansvar og samarbeid' cell = 'Ansvar: X' / 'Samarbeid: Y'. VOFO 2020: 'VOFO (med studieforbundene)' →
  responsible VOFO, partners [studieforbundene]; no parenthesis → no partners. Trøndelag 2026 'Hvem' cell =
  'Ansvar: …' / 'Med: …'. Unio 2021 '(… ansvar: X; med: Y, Z; …)'. Spekter 2017 'Med: –' and YS 2020 empty
  'Partnere' → []. Contact persons, signers and respondents are not partners.
- **period**: as printed. NAV 2022 prints 'Fra' and 'Til' in two columns; the period is 'Fra–Til' joined with an
  en dash ('2017–løpende', '2019–2024'). Spekter 2022 answers 'Når starter og slutter tiltaket?'.
- **description**: the measure's own text. Regjeringen 2019 'Status 2019'; LO 2021 'Status 2021:'
  paragraph (label stripped); Spekter 2017 the text under the section heading (before the fact block); VOFO 2020
  the text after ' – '; Unio 2021 the text between the run-in title and the fact parenthesis; HK-dir 2023 'Hva vi
  gjorde i 2023'; Vestland 2024 the paragraph under the bold title; Trøndelag 2026 'Hva skal gjøres'; Innlandet 2021 the text under the
  bold title in the 'Tiltak' cell; KS 2025 the paragraph after 'Beskrivelse:'; Spekter 2022 the answer to
  'Beskriv tiltaket kort'. NHO 2023 splits one description (NHOs representanter i de faglige rådene) over a page
  break – joined with a space. VOFO 2020 item 5 runs over the page break.
- **continues**: true only when the same reporter has the same tiltak_id in an earlier report year (27 rows).
  Printed words do not decide it: Trøndelag 2026 marks two rows 'Videreført' (from the county's own 2025 plan; no
  earlier Trøndelag report in the batch → false); NHO 2023's 'Først rapportert: 2018' and Vestland 2024's group line 'Tiltak vi
  held fram med frå 2020' agree with the computed value; KS 2025 'Samfunnskontrakten for kvalifisert arbeidskraft' and 'Kompetanseløft
  2025 i kommunene' are NOT continuations of KS 2018's 2016–2020 contract and Kompetanseløft 2020 (near-misses).
"""

NOT_MEASURES = """## Not measures (must not be counted)

- LO 2017: the minutes' header lines, Sak 20/17, 21/17, the 'Saksopplysninger' and 'Vedtak' sentences, the
  full-width 'Merknad' row at the foot of the table, 'Sak 23/17 Eventuelt' (the fagbrev pilot LO *may* report next
  year), 'Neste møte'.
- Spekter 2017: running header, page numbers, the 'Spekter i tall' box, '4.1 Innledning', '4.8 Andre saker'.
- NHO 2018: browser header/footer, breadcrumb, ingress, 'Les også' links (one names the barometer report), 'Kontakt'.
- KS 2018: 'Innledning', 'Oppsummering' and the table 'Antall tiltak per tema' (group titles with counts, Sum 7).
- Unio 2018: mail header, 'Hei!' note, signature, the quoted request from Kompetanse Norge (lists the fields asked for).
- Regjeringen 2019: NOTAT grid, 'Kort om notatet', 'Budsjett 2019' with 'Tabell 1 Bevilgninger 2019' (names
  Kompetansepluss, bransjeprogram, fleksible videreutdanningstilbud, digital karriereveiledning with amounts, and a
  Sum), 'Videre arbeid' (a planned white paper).
- Virke 2019: letterhead, intro, 'Møter og fora Virke har deltatt i' (names KBU and SRY).
- YS 2020: the 'Antall tiltak: 6' row with counts per tick column, the note '¹ …' under the table.
- VOFO 2020: 'Studieforbundene i 2020' text and statistics table, 'Planlagt, ikke startet' (norsk course), signature.
- Vestland 2020: 'Om rapporten', the two merged hovudinnsatsområde rows, 'Planar for 2021' bullets, 'Kontakt'.
- LO 2021: 'Innledning', the footnote, 'LO mener' bullets (ask for a new contract and a continued KBU).
- Unio 2021: header grid, 'Forslag til vedtak', 'Bakgrunn', 'Vurdering'.
- Innlandet 2021: '4.1 Økonomi' text and budget table (Sum row), the county goals in the merged 'Mål' column,
  Status words, '4.3 Vesentlige avvik' (about the delay of Fagbrev på jobb i Innlandet – not a new measure).
- Spekter 2022: export header, 'Om virksomheten' answers, 'Hvor mange tiltak …: 7', 'Avslutning' answers (the
  comment names Kompetansebehovsutvalget).
- NAV 2022: the two rows with 'Nei' in 'Rapp. KPR' (NAV-K04 'Ny veilederstøtte i Modia', NAV-K07
  'Lederutviklingsprogram for NAV-ledere') – internal activities printed in the sheet but not reported.
- NHO 2023: 'Først rapportert' lines, 'Avsluttede tiltak' (Hurtigsporet campaign, not reported this year).
- HK-dir 2023: 'Sammendrag', table caption rows, the two 'Nøkkeltall 2023' boxes, 'Kontakt'.
- Regjeringen 2024: '1 Innledning', the three area sub-headings, '3 Veien videre', the Vedlegg matrix (it only gives
  delmål for the measures above; its rows are not new measures).
- Vestland 2024: reference block, addressee, 'Vi viser til …', the group lines, 'Avslutta tiltak' (the quality-framework
  project reported in 2020 – closed, not reported), 'Med helsing', signature, 'Dokumentet er elektronisk godkjent …',
  'Kopi til'.
- Akademikerne 2024: note header lines, 'Møter vi har deltatt i' (names a KBU seminar), 'Merk'.
- KS 2025: 'Innledning', chapter headings, 'Vedlegg: KS' representasjon i nasjonale organer' (KBU, SRY, Nasjonalt
  fagskoleråd, Nasjonalt forum for karriereveiledning, Programrådet for helse og omsorg – seats, not measures; two
  of them are also measures in the body and count once).
- Trøndelag 2026: 'Om handlingsplanen', the innsatsområde rows, 'Økonomi'.
"""

JUDGEMENTS = """## Identity judgements (analyst decisions)

1. **A seat in a body = the body.** A member's representative, plass, deltakelse or 'sekretariat for' a national
   body is the same tiltak as the body itself: KBU (T01: LO, NHO, Unio, YS, Akademikerne, Regjeringen, HK-dir's
   secretariat), SRY (T02), the faglige råd (T03), Nasjonalt forum for karriereveiledning (T10: KS, NAV, HK-dir),
   Nasjonalt fagskoleråd (T18), RSA (T20), Spekter's tripartite cooperation in the hospitals (S7, Unio deltar), the
   EVU expert committee and its reference group (T13). The list of seats in KS 2025's Vedlegg is not a measure.
2. **The commissioner and the agency.** Regjeringen 2019's 'Nasjonal digital karriereveiledningstjeneste (oppdrag
   til Kompetanse Norge)' = HK-dir 2023's 'karriereveiledning.no' (T11); the ministry's Kompetansepluss /
   Kompetanseprogrammet = HK-dir's grant administration of it (T07); the ministry's bransjeprogram = HK-dir's
   'forvaltning av tilskudd' = NHO's, KS' and LO's own part of the programme (T08); HK-dir's 'Følgeevaluering' =
   Regjeringen's 'Evaluering av bransjeprogrammene' (T09).
3. **Renamed and merged schemes keep their id**: Kompetansepluss → Kompetanseprogrammet (T07, and Spekter's
   søkekonferanse → søkeseminar, S2); fleksible videreutdanningstilbud → 'Tilskuddsordningen for fleksibel og
   desentralisert utdanning (tidligere …)', a merged successor of the same grant (T19); Balansekunst = 'Metode for å
   beskrive kompetanse ervervet i arbeidslivet' = 'Kompetansebeskrivelser fra arbeidslivet (partsprosjekt med
   Virke)' (R1); 'Matindustrien 4.0' = 'Kompetanseløft i matindustrien' (N3).
4. **A new phase, a new mandate or a new edition continues** (same id): KBU 'nytt mandat' (T01), Kompetanseforum
   Vestland 'nytt mandat' (V2), 'Matindustrien 4.0 – fase 2' (N3), 'Kompetanseheving av helsepersonell – fase 2'
   (U3), 'Lærlingløftet i kommunene – ny runde' (K3), the annual Møteplass lærebedrifter and NHO barometer,
   Menn i helse 'nasjonal ordning' (K2), LO's course as an online module (L1).
5. **A successor with a new period is a new tiltak**: Samfunnskontrakten for flere læreplasser 2016–2020 (T04) ≠
   Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft 2022–2026 (T05); Kompetanseløft 2020 (T16) ≠
   Kompetanseløft 2025 (T17); Vestland's Regional plan 2020–2024 (V4a) ≠ 2024–2028 (V4b). LO 2021's
   'Samfunnskontrakten … – avslutning' reports the end of the OLD contract (T04, continues LO 2017).
6. **National scheme ≠ a county's or member's own version**: Fagbrev på jobb (T06) ≠ Innlandet's, Trøndelag's and
   Vestland's own models (I3, Tr3, V7) ≠ NAV's pilot for job seekers (A2) ≠ Virke's Handelsløftet (R2); the national
   quality framework (T12) ≠ Vestland's project to introduce it (V5); Kompetanseprogrammet (T07) ≠ VOFO's
   information about it (O1), Spekter's seminar (S2), Trøndelag's help to firms (Tr6) and NHO's own 'Kompetanseprogram
   for små og mellomstore bedrifter' (N5); the national flexible-education grant (T19) ≠ the counties' study
   centres (V3, I5); Menn i helse (K2) ≠ Trøndelag's 'Menn i oppvekst – pilot' (Tr5).
7. **One event, two owners**: LO's 'Lærlingkonferanse sammen med Spekter' and Spekter's 'Konferanse for
   medlemsvirksomhetene og LOs tillitsvalgte' are the same conference of 30 November 2017 (S4).
8. Spekter's 2017 'Brev til medlemsvirksomhetene om lærlinger' refers to Samfunnskontrakten but is Spekter's own
   measure (S5). NAV's 'Karriereveiledning for arbeidssøkere – samarbeid med fylkeskommunene' (A3) is NAV's own
   cooperation, not the national forum (T10) nor a county's career centre.
"""
