# -*- coding: utf-8 -*-
"""Hand-written parts of README.md (conventions and identity judgements)."""

INTRO = """# Blind test batch match33

Synthetic Norwegian NKPS follow-up reports (PDF and Word) with ground truth. Unlike the earlier batches, this
one is deliberately **ordinary**: letters on letterhead, an e-mail, a ministry note, a board paper, Excel
printouts and pasted ranges, the secretariat's form filled in loosely, a county annual-report chapter, a web
page printed from the browser, plain Word reports and PDFs exported from Word. The difficulty lies in the
ordinary things: label words, column order, goals given as code / old number / wording / only in a sentence /
in a separate matrix, several measures in one cell, tables and measures broken over pages, headers, footers,
count tables, planned-not-started sections, lists of meetings and other text that is not a measure.

Rebuild: `/work/blind/.venv33/bin/python make_batch.py` (python-docx, reportlab, pdfplumber). All content is in
`batch_data_a.py` … `batch_data_f.py` (FILES_A–F and NEAR_MISS_GROUPS, measure helper in `batch_common.py`);
`r_docx_*.py` / `r_pdf_*.py` only render it, `readme_gen.py` writes this file. `continues` is computed, not typed.
`check_pdf.py` / `check_docx.py` dump the text of the built files; `verify.py` checks that every title,
description, period, responsible and partner of expected.json is in its file and that printed codes / old numbers
match the delmål; `render_png.py FILE PAGE` renders a PDF page for a look.
"""

CONVENTIONS = """## Conventions

- **title**: exactly as printed, without list numbers, record ids, chapter numbers or labels. Stripped: Word list
  numbers (LO 2017, Spekter 2022 – they are in numbering.xml, not in the text), Spekter 2017 mail items '1)', the
  '6.3.n' chapter numbers (Trøndelag 2019), section numbers '1 … 7' (HK-dir 2024), the 'a)'/'b)' letters (KS 2020
  form 3, LO 2021 pair row), the NHO 2018 IDs 'N-01' …, the Nordland plan numbers '1.1' …, the footnote mark '¹'
  after 'IA-avtalen 2019–2022' (LO 2021), the VOFO 2019 colon after the bold title. A title broken over two
  printed lines is joined with a space (Vestland 2020 HVL title; long table titles). HK-dir 2024: the title is the
  section heading, not the short name in the overview table ('Karriereveiledning.no' → 'Karriereveiledning.no –
  chat, telefon og nettside'). Regjeringen 2024 keeps the lower-case 'karriereveiledning.no' as printed.
- **delmal**: sorted codes. 2017 files give the OLD strategy numbers (LO: 'Strategiens tiltak nr. 4 og 7', Spekter:
  'NKPS nr: 4 og 7') mapped n → n-th delmål (4 → 1.4, 7 → 2.3, 9 → 2.5, 12 → 3.2). NHO 2018 gives no goal in the
  measure sheet; the goals are the 'x' marks in the second sheet 'Delmål', keyed by ID. Trøndelag 2019 names the
  delmål only by its wording inside a sentence of the text ('… delmålet om å styrke regionalt folkevalgt nivås
  kompetansepolitiske ansvar og samordningsrolle' → 1.2; TR2 names two → 1.2, 1.4). KS 2020 form 5 gives the full
  wording of 2.3. Unio 2022 gives short wordings only ('Samarbeid mellom utdanningstilbydere og arbeidslivet' →
  1.4; 'karrieremuligheter i yrkesfagene' → 2.3; 'Kunnskapsgrunnlaget om læring i arbeidslivet' and 'Verdien av å
  investere i kompetanseutvikling' → 2.2). Nordland 2025 gives words + code in parentheses; its own numbers 1.1 …
  3.3 are NOT delmål. HK-dir 2021: the delmål is the 'Delmål x.y …' group heading above the measure, plus 'også
  delmål 2.4' at the end of the fact paragraph. Regjeringen 2024: the 'Delmål x.y' heading; the stub lines
  '<title> – sjå omtale under delmål x.y.' under a later heading ADD that heading's code to the measure written out
  earlier (T04 → 1.4 + 2.3, T06 → 2.1 + 2.4, T08 → 3.2 + 3.6); they are not rows. KS 2025: '1.4¹' with the footnote
  'Tiltaket bidrar også til delmål 2.3.' → 1.4, 2.3. Akademikerne 2026 prints Excel-style '2.2;1.4'. Virke 2026
  'DM 2.1, DM 2.4'. Spekter 2022 '1.4 + 2.3'. Regjeringen 2018 prints code + a short label ('2.1 Digital
  kompetanse og 2.4 Kobling til tilbydere').
- **type**: canonical. Printed words that are none of the five named types → `Annet` (avtale, oppfølging,
  Informasjon, Tilskuddsordning/Tilskotsordning/Tilskot, Plan, Plan/program, Handlingsprogram, Kampanje, Teneste/
  tjeneste, Digital tjeneste, Digital plattform, Samarbeid, Trepartssamarbeid, Lovendring, påvirkningsarbeid,
  avtaler, 'Gjennom planarbeid', 'Som tjeneste', 'Som tilskudd'). Synonyms map to the named type: kurs, Kurs,
  Opplæring/opplæring, Utdanning/utdanning, 'Som utdanningstilbud' → Kurs/utdanning; nettverk, Nettverk, Forum,
  Råd, råd, Utvalg, utvalg, råd/utvalg, Råd/utval, Arbeidsgruppe, Referansegruppe, 'Gjennom nettverk' →
  Råd/utvalg/nettverk; FoU, 'notat (FoU)', utredning/Utredning, Rapport, Undersøkelse, Analyse, Evaluering →
  FoU; konferanse/Konferanse, arrangement → Arrangement; prosjekt, Forsøk, Utviklingsprosjekt → Prosjekt.
  YS 2018's 'YS' rolle' column (Medlem/Partner/Eier) is not the type.
- **responsible / partners**: as printed; partners split on ', ' (VOFO 2019 also on ' og ' inside the parenthesis:
  'VOFO med studieforbundene og Kompetanse Norge' → responsible VOFO, partners [studieforbundene, Kompetanse
  Norge]). Regjeringen 2018: the responsible is the department of the chapter heading ('3 Kunnskapsdepartementet'
  → 'Kunnskapsdepartementet'). KS 2020 form 2 has 'Ansvarlig: KS' and 'Samarbeidspartnere: …' typed inside the
  label cells (answer cells empty); form 3 has one shared 'Ansvarlig' (KS) for a) and b). LO 2021 'Hvem' cell:
  'Ansvar: …' / 'Med: …'. NHO 2023: the 3rd and 4th unlabelled lines of the right cell ('–' = no partners).
  Where a member reports its seat in a body owned by someone else, the printed owner is the responsible and the
  members stay as printed partners. Spekter 2017 S4 'Spekter og LO' is one joint responsible (no partners line);
  T03 there has no partners line → []. Kontaktperson boxes (Vestland 2020), signers, 'Kontakt' lines and meeting
  lists are people/events, not partners.
- **period**: as printed ('Fra 2018, løpende', 'Startet 2016, løpende', '2017–, digital versjon fra 2021',
  'Frå 1. august 2024', '2021–2033 (planarbeid 2020)'); Akademikerne 2026 'År' column; Nordland 'Tidsrom'.
- **description**: the measure's text as printed, paragraphs joined with one space (Vestland 2023 VL5 is split by
  a page break; Unio 2022 UN3 and LO 2021 T25 run over the page break inside a table row; Vestland 2020 VL3 runs
  over the page break). Trøndelag 2019: the whole text paragraph including the sentence that names the delmål.
  Akademikerne 2026: the 'Kommentar' column. NHO 2018: 'Beskrivelse'. YS 2018: 'Kommentar' (empty for SRY → '').
  LO 2021 / NHO 2023 / Nordland: the text under the bold title in the same cell. Virke 2026: the text under each
  heading in 'Våre tiltak' (facts only in the 'Oversikt' table).
- **continues**: true only when the same reporter has the same tiltak_id in an earlier report year (27 rows:
  LO 2021 ×4, Spekter 2022 ×3, NHO 2023 ×3, Vestland 2023 ×3, Regjeringen 2024 ×5, HK-dir 2024 ×5, KS 2025 ×4).
  HK-dir 2021 is the first HK-dir report; earlier Kompetanse Norge rows do not exist in this batch.
"""

NOT_MEASURES_HEAD = "- **Not measures** (must not be counted), per file:\n"

IDENTITY = """## Identity judgements (analyst decisions)

1. **A member's seat in a shared body = the body.** KBU: LO 2017 'LOs plass i …', Regjeringen 2018, YS 2018 'YS' plass
   i …', LO 2021, HK-dir 2021 'Sekretariat for Kompetansebehovsutvalget', Regjeringen 2024 'Kompetansebehovsutvalet
   (KBU) – nytt mandat' (T01). SRY (T02), RSA (T21: Unio 2022, Akademikerne 2026, Virke 2026), Nasjonalt fagskoleråd
   (T13), Nasjonalt forum for karriereveiledning (T09: KS 2020, HK-dir 2021, NAV 2021 'NAV i …', KS 2025), the EVU
   expert committee and its reference group (T11: Regjeringen 2018, YS 2018, NHO 2018 'NHO i referansegruppen for
   EVU-utvalget'), the 2018 working group on digital competence (T15, three different wordings), the hospital
   tripartite cooperation (S6: Spekter 2022, Unio 2022).
2. **A member's follow-up of a shared agreement = the agreement.** Spekter 2017 'Oppfølging av samfunnskontrakten …'
   and KS 2020 are T03; LO 2021 '… – sluttrapport' continues LO's T03. The renewed contract 2022–2026 with a new name
   is a NEW tiltak (T04: Spekter 2022, Unio 2022, NHO 2023, Regjeringen 2024 in nynorsk, KS 2025, Virke 2026).
   IA-avtalen 2019–2022 (T25) ≠ IA-avtalen 2024–2028 (T26). Kompetanseløft 2020 (T16) ≠ Kompetanseløft 2025 (T17;
   KS 2025 '… – kommunenes oppfølging' is KS' part in it).
3. **Renamed schemes keep their id**: Kompetansepluss arbeid og frivillighet → Kompetanseprogrammet (tidligere
   Kompetansepluss) (T08); 'Nasjonal digital karriereveiledningstjeneste' → 'Karriereveiledning.no' →
   'karriereveiledning.no' (T10); 'Tilskudd til fleksible videreutdanningstilbud i digital kompetanse' →
   'Tilskuddsordning for fleksible utdanningstilbud (tidligere digital kompetanse)' (T12); the 2017 LO wording
   'Modell for å beskrive kompetanse fra arbeidslivet' = YS' 'Balansekunst – …' (T29, the report's name);
   Spekter's 'Søkekonferanse om KompetansePluss arbeid' → '… Kompetanseprogrammet (tidligere KompetansePluss)' (S2).
4. **Programme vs evaluation vs a member's own programme**: bransjeprogram (T06; KS 2020's 'Bransjeprogram for
   kommunal helse- og omsorgssektor', LO 2021 'Bransjeprogrammene for industri og bygg' and HK-dir 2021 'Forvaltning
   av bransjeprogrammene' are the national scheme seen from different seats) ≠ 'Følgeevaluering av
   bransjeprogrammene' (T07) ≠ Virke's own Handelsløftet (VI1, financed by the parties, not by the scheme).
   Kompetanseprogrammet (T08) ≠ 'Evaluering av Kompetanseprogrammet' (H2) ≠ VOFO's 'Evaluering av Kompetansepluss
   frivillighet' (V2) ≠ VOFO's information work (V1) ≠ Spekter's conference (S2).
5. **National scheme vs roll-outs and pilots**: 'Fagbrev på jobb' (T05: Regjeringen 2018, NHO 2018, LO 2021,
   Regjeringen 2024) ≠ 'Fagbrev på jobb i Trøndelag' (TR4) ≠ 'Fagbrev på jobb i Vestland' (VL8) ≠ NAV's pilot
   'Fagbrev for arbeidssøkere – utprøving' (NAV1) ≠ Trøndelag's modular training (TR6). The national opplæringstiltak
   (T28: Regjeringen 2018 'Nytt opplæringstiltak …' = NAV 2021 'Opplæringstiltaket') ≠ NAV's own short courses.
6. **Plans with a new period / a plan vs its action programme are different**: Vestland's regional plan (VL3, 2020) ≠
   its first 'Handlingsprogram … 2023–2024' (VL7). Each county's forum, plan, career centre, BIO and fagbrev offer is
   its own tiltak (near-misses between counties).
7. **Continuing own measures with changed titles**: LO 'Tillitsvalgtopplæring … – nå også digitalt', 'Kunnskapsøkonomien
   – samarbeid med UiO, fase 2'; Spekter 'Møteplass lærebedrifter 2022', 'Spekters HR-direktørnettverk' (was
   'Arbeidsgivernettverk for HR-direktører'); NHO 'NHOs kompetansebarometer 2023', 'Matindustriens kompetanseløft – fase
   2' (was 'Matindustrien 4.0 – …'); Vestland 'Karriere Vestland' (was '… – karrieresenter for vaksne'), 'Kompetanseforum
   Vestland – nytt mandat', 'Helsefagarbeidar for minoritetsspråklege – vidareført' (was 'Opplæring som
   helsefagarbeidar …'); HK-dir 'Kompetansebehov i regionene 2024', 'Kvalitetsrammeverket for karriereveiledning'
   (was '… – implementering'); KS 'Menn i helse – nasjonal videreføring', 'Bli lærling i kommunen 2025'.
8. Menn i helse: KS 2020 = NAV 2021 'Menn i helse – rekruttering via NAV' = KS 2025 (T23).
9. Text that names a measure but is not one: the YS 2018 and Akademikerne 2026 meeting lists (a KBU seminar), the
   quoted KBU example in Spekter's 2017 mail, NHO 2023 'Avsluttet i 2022' (the 2018 working group), HK-dir 2024's
   overview line 'Oppfølging av kompetansereformen – avsluttet 2023', Regjeringen 2024 stubs, KS 2025 'Om tiltakene'
   (second printing of the titles), Virke 2026 'Oversikt' (same rows again), the Nordland row 'Ikke NKPS-tiltak'.
"""
