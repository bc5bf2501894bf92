# -*- coding: utf-8 -*-
"""Hand-written parts of README.md for match42."""

INTRO = """# Blind test batch match42

Synthetic but ordinary Norwegian NKPS follow-up reports (Word and PDF) with ground truth. Unlike the earlier batches,
every file here is the kind of document council members' office staff really send in a normal year: a filled-in form,
a letter, a ministry note, a web page or an e-mail printed to PDF, a county's annual-report chapter or case paper, a
board paper, an action plan, a table pasted from Excel. The difficulty lies in ordinary things: labels and their
spelling, column order, delmål given as code / old number / wording / only in a sentence / in a separate table, type
words in the writer's own terms, two measures in one table row or form, rows split over a page break, repeated or
missing table headers, merged cells, empty rows, footnote marks, headers/footers, count tables, meetings lists,
'planned, not started' sections and other text that is not a measure.

Rebuild: `/work/blind/.venv42/bin/python make_batch.py` (python-docx 1.2, reportlab 4, pdfplumber). All content is in
`data_a.py` … `data_d.py` (one list of file dicts + `NEAR_MISS_GROUPS`); `render_docx*.py` / `render_pdf*.py` only
render it, `readme.py`/`readme_text.py` write this file, `check.py` re-reads every file (pdfplumber `extract_text` and
tables; python-docx body order) and reports titles/descriptions that are not found as contiguous text."""

CONVENTIONS = """## Conventions

- **title**: exactly as printed, without list numbers, field labels, glyphs or marks around it:
  LO 2017 – the bold text in row 1 of the form; the bracket after it ('(NKPS-tiltak nr. 1)', '(nr. 4 og 7 i strategien)',
  '(strategiens tiltak 7 og 9)', '(tiltak nr 6)') is the old-number reference, NOT part of the title, but '(KBU)' and
  '(SRY)' inside the bold text are; the italic caption 'Skjema n av 7' above each form is not part of anything.
  Spekter 2017 – without 'n) ' and without the run-in full stop. Regjeringen 2017 – the bold text between '[Type] ' and
  ' (DEP)'. NHO 2018 – the 'Tittel' column of the SharePoint list. VOFO 2020 – the title line without the right-hand 'Delmål …' tag.
  LO 2021 – the bold text between 'n. ' and ' – '. Regjeringen 2021 and Vestland 2026 – the Heading 2 text (the '2.n'
  numbers come from Word's list numbering and are not in the text). Vestland 2022 – the header bar text without the
  system id ('1.3.2 ', '2.2.4 ' …). Trøndelag 2018 – in the shared first table row the text after '1) ' / '2) '. KS 2023 – the superscript footnote marks after «Følgeevaluering av Menn i helse¹» and «Kompetanseløft
  2025 – kommunenes oppfølging²» are not part of the title. YS 2024 and Trøndelag 2025 – the bold first paragraph of the
  first cell (the description follows in the same cell). Akademikerne 2019 – the value after 'Tiltak:'.
- **delmal**: sorted codes. 2017 files print old strategy numbers, mapped n → n-th delmål (1→1.1 … 4→1.4, 5→2.1 … 10→2.6,
  11→3.1 … 16→3.6): LO 2017 in the bracket after the title;
  Spekter 2017 ONLY in the link table at the end ('Vårt nr. | Tiltak | NKPS tiltak nr.', keyed by the letter's own
  numbers 1–7); Regjeringen 2017 in the section heading 'Strategiens tiltak nr. n' (+ 'gjelder også tiltak nr. 7' → 1.4
  and 2.3). YS 2019 prints only the beginning of the delmål wording cut with '…' (one per line). Trøndelag 2018: the
  'NKPS' column (one value shared by the two measures of the first row); the 'RS 1.2' codes in 'Mål i regional strategi'
  are the county's own goals, NOT delmål. Vestland 2022: 'Kopling til NKPS' gives only the beginning of the nynorsk
  delmål wording cut with '…' (two goals joined by ';'); the system ids 1.1.1 … 2.2.5 are NOT delmål. NAV 2022: only in
  a sentence inside the text ('Tiltaket følger opp delmål 1.3', 'delmålene 3.4 og 3.5', 'bidrar til delmål 3.3'). KS 2023:
  'Hovedmål' + 'Andre mål' together. YS 2024: 'Delmål 1.4 og 2.3 – gloss'. Vestland 2026: code with nynorsk words in
  brackets. Akademikerne 2019: 'Mål:' code, sometimes with a gloss. NHO 2018: the 'Delmål' column, several codes joined
  with '; '. HK-dir 2024 chapters '2 Gode valg …' and Virke 2020
  area headings are areas, not delmål.
- **type**: one of FoU, Kurs/utdanning, Råd/utvalg/nettverk, Prosjekt, Informasjon, Arrangement, else Annet. Synonyms map
  to the six: FoU ← FoU-prosjekt, undersøkelse, analyse, evaluering; Kurs/utdanning ← kurs, kurs/opplæring, opplæring,
  opplæringstiltak, utdanning, utdanningstilbod; Råd/utvalg/nettverk ← råd, utvalg, råd/utvalg, råd og utvalg, Råd/utval,
  nettverk, Nettverk/forum, arbeidsgruppe, referansegruppe, Utvalgsarbeid, Rådsarbeid; Prosjekt ← prosjekt/forsøk, Forsøk;
  Informasjon ← brev (Spekter's letter); Arrangement ← konferanse, ARRANGEMENT. NHO 2018: the 'Type' column. Words of another kind → **Annet**: avtale,
  plan, ordning, reform, tilskudd/tilskot, tjeneste/teneste (career centres, career guidance), forenkling, høringsinnspill,
  tariffkrav. Where the type is printed: LO 2017 last sentence of the description ('Type: …'); Spekter 2017 after ' – ' in
  'Tidspunkt og form'; Regjeringen 2017 '[Type]'; Trøndelag 2018 in brackets after the title in 7.3; KS 2019 'Tiltakstype';
  YS 2019 'Form'; Akademikerne 'Slags'; Virke 'Art'; Unio/LO 2021 second element of the fact line/bracket; NAV
  'Virkemiddeltype'; Spekter 2023 the upper-case kicker ABOVE the title; KS 2023 'Kategori'; YS 2024 'Hvordan'; NHO 2025
  'Form'; Regjeringen 2021 'Kategori'; Vestland 2022 'Tiltakstype'.
- **responsible / partners**: as printed. Patterns: 'X er ansvarlig. Samarbeid: A, B og C.' / 'X har felles ansvar.' (LO
  2017 – 'LO, NHO, YS og Virke' and 'LO og Spekter' are joint owners printed as one string); 'X, sammen med A, B og C'
  (Spekter 2017); '(DEP)' after the title + 'Samarbeid med …' (Regjeringen 2017); 'X (ansv.), A, B' (YS 2019); 'X – med A, B
  og C' (Akademikerne); 'X, med A og B' (Unio fact line, LO 2021 bracket); owner only in the section heading '1 VOFO' /
  '2 AOF Norge' / '3 Folkeuniversitetet' (VOFO 2020); one partner per line inside the cell (KS 2019); the 'Eier' cell
  merged over four rows = KS for each of them (KS 2023). Partners are split on ', ', ' og ', '; ' (NHO 2018's multi-value column) and line breaks; names that
  contain 'og' ('Handel og Kontor', 'universiteter og høyskoler') are always printed in comma lists. Where a member
  reports its seat in a body owned by someone else, the printed owner (KD, HK-dir, HOD …) is responsible and the member is
  a partner. NAV 2022 'Målgruppe', KS 2019 'KS' rolle', YS 2024 'Status', Regjeringen 2021 'Status 2021' and Trøndelag
  2025 'Status' are not ground-truth fields.
- **period**: as printed (Spekter 2017: the part of 'Tidspunkt og form' before ' – type').
- **description**: LO 2017 row 3 without the final 'Type: ….' sentence (and, in the form for «Forsøk med fagbrev på jobb»,
  without 'Tidsrom: 2016–2017.', which is that measure's period – its row 4 only says 'Se over.'); Spekter 2017 the text after the run-in title;
  Regjeringen 2017 the text after '(DEP). ' up to ' Samarbeid med' / ' Tid:'; Trøndelag 2018 the text after '(type).' in
  7.3; YS 2019 the 'Til punkt n:' paragraphs (keyed by the table's Nr.); Akademikerne 'Hva:'; Virke 'Innhold'; VOFO, Unio,
  Spekter 2023, NHO 2025, Vestland 2026, Regjeringen 2021, NAV 2022 the paragraph(s) after the title or fact line (NAV:
  including the delmål sentence; Regjeringen 2021: NOT the 'Status 2021:' paragraph); LO 2021 between ' – ' and ' (delmål';
  Vestland 2022 'Skildring' (NOT 'Kommentar 2. tertial'); KS 2023 'Beskrivelse'; YS 2024 and Trøndelag 2025 the
  paragraph under the bold title in the first cell; HK-dir 2024 the paragraph after the fact grid (for «Følgeevaluering
  av bransjeprogrammene» it is on the next page).
- **continues**: true only when the same reporter has the same tiltak_id in an earlier report year (30 rows). Printed
  words do not decide it: NHO 2025 «Bransjeprogram for industri og bygg (videreført)» is false (NHO never reported it
  before); Trøndelag 2025 «Tilskudd til bedriftsintern opplæring (BIO)» says 'Videreført fra 2023' but the county sent no
  earlier report with it – false; Regjeringen 2021 «Fagbrev på jobb – nasjonal ordning» is false (its 2017 row was the
  PILOT); KS 2023 «Kompetanseløft 2025 …» and NHO/Spekter/YS/KS rows about the 2022–2026 samfunnskontrakt are false
  (their earlier rows were the predecessors); YS 2024 «Nettkurs i digital kompetanse for tillitsvalgte» is false (YS 2019
  only said it was considering such a course, in 'Vurdering', which is not a measure).
- **Not measures** (must not be counted): LO 2017 the covering lines, the 'Skjema n av 7' captions and the contact line; Spekter 2017 letterhead, reference block, the list of meetings attended, the link table (short names of the
  same seven measures) and the signature; Regjeringen 2017 '1 Bakgrunn', the italic strategy quotes, 'Ingen nye tiltak i
  2017 …' (nr. 2, 3, 6 – incl. a planned study –, 16) and '3 Videre arbeid'; NHO 2018 the SharePoint chrome (suite bar, site name,
  navigation, command bar), the list description, the group rows 'Status : … (n)', the item in the group 'Status : Planlagt
  (1)' («Kompetansebarometer for reiselivet» – not started, the list description says planned items are not reported),
  the 'Endret'/'Endret av' columns and the '1 - 9' counter; Trøndelag 2018 'Nøkkeltall' and '7.4 Økonomi' tables, the table rows
  repeat the titles of 7.3 (one measure each, counted once); KS 2019 the empty row, the 'Antall tiltak' row and the meetings
  list; YS 2019 meta grid, 'Bakgrunn', 'Vurdering' (a possible net course), 'Forslag til vedtak'; Akademikerne 2019 the
  pasted mail header, the 'representert i' list (KBU and RSA appear there again) and the signature; Virke 2020 the
  paragraph about seats in faglige råd ('regnes ikke som egne tiltak'), the area-3 row 'Virke har ingen egne tiltak …' and
  the count table; Unio 2020 'Om rapporten', the 'Korona' box, 'Planlagt, men utsatt' (webinar series) and the contact
  line; VOFO 2020 'Kursstatistikk 2020' and contact line; LO 2021 mail header (incl. the attachment name), signature, the
  quoted request with its list 'Til orientering – dette rapporterte LO for 2020' (six titles; «Kompetansebehovsutvalget
  (KBU)» is identical to this year's first title, two others are close to this year's titles); Regjeringen 2021 the count table and '3 Avslutta tiltak' (four finished
  measures of earlier years); NAV 2022 '4.1', '4.2' with 'Tabell 4.1' and '4.4'; Vestland 2022 the print/filter lines, the
  intro, the entry '2.2.5 Kompetansebørs for offentleg sektor' (status 'Utgår – ikkje sett i gang', although it has all
  fields and an NKPS link), every 'Kommentar 2. tertial' and the 'Samandrag status' table; Spekter 2023
  'Antall tiltak per type' and the meetings table; KS 2023 the footnotes and 'Planlagt – ikke startet'; HK-dir 2024 cover,
  'Innhold', 'Tabell 2 Tiltak per delmål', chapter 5 'Oppdrag som ikke rapporteres som NKPS-tiltak'; YS 2024 the area rows
  and the area-3 row 'Ingen egne tiltak i 2024 …'; NHO 2025 'Innledning' and 'NHO har også deltatt i'; Trøndelag 2025
  'Bakgrunn', the footnote and 'Veien videre'; Vestland 2026 'Innleiing' and '3 Planlagde tiltak 2027'.
- **Known 'hard' spots for a reader**: Virke 2020's second table breaks over the page with NO repeated header and the row
  «Verdsetting av kompetanse ervervet i arbeidslivet – modellutvikling» is split (its last description words 'Rapporten
  ble levert høsten 2020.' are at the top of page 2, without the other cells); Trøndelag 2018 holds two measures in one
  table row; NHO 2018's list contains a fully filled-in planned item; LO 2021 quotes last year's titles below the report; Vestland 2022 has a fully filled-in entry that is not a measure ('Utgår'); LO 2017 hides one period in the
  description; HK-dir 2024 separates one measure's grid and text by a page break;
  KS 2023's merged Eier cell; Spekter 2017's delmål only in the final link table; YS 2019's delmål only as wording."""

IDENTITY = """## Identity judgements (analyst decisions)

1. **A member's seat in a shared body = the body.** KBU rows of LO, Regjeringen, NHO, YS, Akademikerne, Unio (T01); SRY
   rows of LO, Spekter, NHO, KS, YS, Virke (T02); RSA rows of Akademikerne, Virke, Unio (T03); Nasjonalt fagskoleråd (Unio
   2020, LO 2021, NHO 2025: T18); Nasjonalt forum for karriereveiledning (KS 2019/2023, NAV 2022, HK-dir 2024 as its
   secretariat: T15); the EVU expert committee's reference group (YS 2019, Akademikerne 2019: T11). LO's seats in the
   bransjeprogram councils (LO 2021) and NHO's «Bransjeprogram for industri og bygg» (one programme of the scheme) are the
   national bransjeprogram scheme (T08, as the directorate's summary counts it once).
2. **Joint party work is one tiltak**: the partners' model for documenting competence from working life (strategy nr. 9)
   – LO 2017 'Modell for vurdering …', NHO 2018 'Felles modell for dokumentasjon av realkompetanse', YS 2019
   'Partssamarbeid om dokumentasjon …', Virke 2020 'Verdsetting … – modellutvikling' (T26); the partssammensatte working
   group on digital competence (Regjeringen 2017, NHO 2018: TDG); LO's and Spekter's joint conference of 30.11.2017 (TLS).
3. **Ministry and directorate views of one scheme are one tiltak**: Kompetansepluss → Kompetanseprogrammet (T10:
   Regjeringen 2017/2021, VOFO 2020's Kompetansepluss frivillighet, HK-dir 2024); the quality framework for career
   guidance (T12: Regjeringen 2021 / HK-dir 2024 'Videreutvikling av …'); the grant scheme for flexible education (T14:
   Regjeringen 2021 / HK-dir 2024 '– utlysning 2024'); AMO (T20: Regjeringen 2017 'Styrket AMO', Regjeringen 2021 'AMO –
   fleire lange løp', NAV 2022 'AMO – grunnleggende ferdigheter og norsk'); Menn i helse (K1: KS 2019/2023, NAV 2022
   'rekruttering via NAV').
4. **Agreements, plans and reforms with a new period are new tiltak**: Samfunnskontrakten 2016–2020 (T04) ≠ the 2022–2026
   contract (T05) ≠ Vestland's own 'Vestlandskontrakten' (W4) ≠ Spekter's 2017 letter that refers to the contract (S6);
   Kompetanseløft 2020 (T16) ≠ Kompetanseløft 2025 (T17); Trøndelag's strategy 2018–2021 (C4) ≠ its plan 2024–2035 (C5);
   Vestland's regional plan 2021–2033 (W3) ≠ its action programme 2026–2027 (W6). A body whose mandate is renewed is the
   same tiltak (Kompetanseforum Trøndelag 'nytt mandat 2024', Kompetanseforum Vestland 'rullert mandat', SRY 'ny periode',
   KBU 'nytt mandat').
5. **Pilot vs national scheme vs local variants**: 'Forsøk med fagbrev på jobb' 2016–2017 (T07: LO 2017, Regjeringen 2017)
   ≠ 'Fagbrev på jobb' national scheme (T06: NHO 2018, Regjeringen 2021) ≠ Trøndelag's own offer (C3, continued as
   'Trøndelagsmodellen') ≠ NAV's pilot 'Fagbrev for voksne arbeidssøkere' (V3).
6. **Programme vs its evaluation**: bransjeprogram (T08) ≠ HK-dir's 'Følgeevaluering av bransjeprogrammene' (T09) ≠ Virke's
   own 'Handelsløftet' (R1); Menn i helse (K1) ≠ KS' 'Følgeevaluering av Menn i helse' (K7).
7. **National scheme vs county roll-out**: the quality framework (T12) ≠ Vestland's 'Innføring av kvalitetsrammeverket'
   (W7); the 2020 transfer of BIO to the counties (GBIO, Regjeringen 2021) ≠ Trøndelag's and Vestland's own BIO grants (C7,
   W5); the flexible-education grant (T14) ≠ Trøndelag's decentralised fagskole offer (C9) ≠ Vestland's modular upper
   secondary for adults (W9); KBU (T01) ≠ HK-dir's regional analyses (H3) ≠ Trøndelag's own 'Kunnskapsgrunnlag' (C6);
   the national digital working group (TDG) ≠ Trøndelag's DigiT (C8).
8. **Renamed or re-titled measures of the same reporter keep their id**: Spekter 'Arbeidsgivernettverk for HR-direktører' →
   'Spekters nettverk for HR-direktører' (S3), 'Søkekonferanse om KompetansePluss arbeid' → '… Kompetanseprogrammet
   (tidligere KompetansePluss)' (S2); YS-skolen course → 'YS-skolen: Kompetanse og omstilling' (Y1); LO's course → '–
   digitalt kurs' (L1); NHO 'Matindustrien 4.0 – kompetanseløft …' → 'Matindustrien 4.0 – fase 2' (N2); Regjeringen
   'Etablere Kompetansebehovsutvalget (KBU)' → 'Kompetansebehovsutvalet (KBU)' (T01); Trøndelag 'Karrieresenter Trøndelag –
   karriereveiledning for voksne' → 'Karrieresenter Trøndelag' (C1).
9. **Look-alike own measures stay apart**: the unions' courses for tillitsvalgte (L1, Y1, A1, U1); the members' surveys
   and barometers (N1, Y2, K5, U2, R3, A2); career services of the counties, NAV, Parat and Akademikerne (C1, W1, V2, Y5,
   A4); the HR networks of Spekter and Virke (S3, R2); Spekter's conferences (S1, S2, S5) and the LO–Spekter conference
   (TLS); basic-skills and digital courses of AMO, NAV, VOFO, AOF, Folkeuniversitetet and YS (T20, V1, O1, O2, O4, Y3);
   RSA vs Nasjonalt fagskoleråd (T03, T18); the documentation model (T26) vs Virke's 'Kompetansebevis' (R4) vs HK-dir's
   guide for realkompetansevurdering (H4); Unio's input to the competence reform (U3) is Unio's own measure."""
