# Fixed README prose for batch match38
INTRO = """# Blind test batch match38

Synthetic Norwegian NKPS follow-up reports (PDF and Word) with ground truth. Unlike the earlier, ever more unusual batches,
match38 contains **ordinary reports** of the kind council members' office staff send in a normal year: Word reports on the
member's letterhead, a letter with a landscape appendix, an Excel sheet printed badly, a Gmail thread, a draft with tracked
changes left on, a county action programme and an annual-report chapter, ministry notes, a directorate report with cover and
table of contents. Each file varies the things a parser can trip on (label words, column order, where the delmål is given,
type words, merged cells, split tables, several measures in one cell or paragraph, non-measure sections).

Rebuild: `/work/blind/.venv38/bin/python make_batch.py` (python-docx 1.2, reportlab, pdfplumber). All content is in
`data_a.py` … `data_d.py` (one row tuple per measure: tiltak_id, title, delmål, printed type, responsible, partners, period,
description, extras), near-miss groups in `groups.py`; `render_a.py` … `render_d.py` only render; `make_batch.py` writes
`expected.json`, `near_misses.json` and this README. `check.py FILE…` dumps the text of the files (pdfplumber / python-docx).
"""

CONVENTIONS = """## Conventions

- **title**: exactly as printed, without list numbers, field labels, brackets or marks around it. Stripped: KS 2018 and VOFO 2022
  typed numbers ('1.'), NAV 2020 and HK-dir 2023 section numbers ('3.1 '), YS 2024 typed number and the bracketed delmål
  ('[2.2]'), NHO 2024 trailing '*' (continued-measure mark), LO 2021 bullets. Titles that wrap inside table cells are joined
  with a space. VOFO 2022 'Mindre tiltak' is a heading for two measures, not a measure; their titles are the italic names in
  the paragraph ('Voksnes læringsuke', 'Lær noe nytt'). Vestland 2021's matrix uses SHORT names; the title is the Heading 3.
  Spekter 2017: title from page 1 (column Tiltak), joined to page 2 by Nr.
- **delmal**: codes, sorted. 2017 files give the old NKPS numbers (n → n-th delmål): LO 2017 'som over' = the numbers of the
  row above; Regjeringen 2017 'Nr. n' merged over several rows (and over the page break), plus '(Følger også opp strategiens
  tiltak 13.)' = 3.3. Wording only: KS 2018 («…» = strategy wording), KS 2023 (last column), Vestland 2025 (nynorsk, first
  column) – map the wording to its code. Sentence only: Regjeringen 2021 ('… følger opp delmålene 2.1 og 3.1.'). Matrix only:
  Vestland 2021 'Tabell 5.2' (short names × codes). Rogaland 2019: the 'Nr.' codes (1.1, 2.1 …) are the county's own numbers,
  NOT delmål – the delmål are in 'Bidrar til NKPS'. NAV 2020 / HK-dir 2023 section numbers are not delmål.
- **type**: the printed word mapped to the strategy's six; printed words that are none of them → `Annet`. Mapping used (all
  printed words in the batch): see the table below. NHO 2018 prints no type per measure: the type is the Heading 1 section
  ('Forskning og analyse' → FoU, 'Råd og utvalg' → Råd/utvalg/nettverk, 'Prosjekter' → Prosjekt, 'Informasjonsarbeid' →
  Informasjon, 'Andre tiltak' → Annet).
- **responsible / partners**: as printed. Partners split on ', ' or '; ' (LO 2017 'Hvem deltar', NHO 2024 'Partnere') and on line
  breaks; a final ' og ' is not used in partner lists in this batch. Where a member reports its seat in a body owned by someone else,
  the printed owner (KD, HOD, Kompetanse Norge, HK-dir, 'høyskolene', 'universitetene') is responsible and the member is a partner.
  Combined cells: YS 2019 'Ansv.: … / Med: …'; Unio 2020 '<owner> (ansvarlig)' + partners (the '(ansvarlig)' marker is not part
  of the name). Regjeringen 2021: responsible = the department Heading 2 ('Kunnskapsdepartementet', 'Helse- og
  omsorgsdepartementet'). KS 2023 'Eier' is vertically merged: every row in the merge has that owner. LO 2021 row 1 and VOFO 2022
  'Mindre tiltak': the shared / parenthesised facts belong to each measure (VOFO is responsible for both small measures; 'Lær noe
  nytt' prints no partners → []). Spekter 2017 'Brev til medlemsvirksomhetene om lærlinger' prints no partners → [].
- **period**: as printed (Akademikerne 2019: the period after accepting the tracked change, '2018–2019').
- **description**: as printed, without labels: KS 2018 'Hva:'; Virke 2018 'Om tiltaket:' (merged row); YS 2019 the text after
  'Title:' in 'Litt mer om tiltakene'; Akademikerne 2019 'Om tiltaket:'; Rogaland 'Beskrivelse'; Unio 2020 the text after the
  soft line break in the Tiltak cell; NAV 2020 the paragraph before the key/value table; Regjeringen 2017 the text under the bold
  title in the cell, WITHOUT the italic '(Følger også opp …)' note; Regjeringen 2021 the whole paragraph INCLUDING its closing
  delmål sentence; VOFO 2022 small measures: the apposition after the parenthesis ('en uke med åpne kurs …'); Spekter 2022
  'Om tiltaket:' only (NOT 'Resultater 2022:'); KS 2023 'Beskrivelse'; NHO 2024 'Kommentar'; Vestland 2025 'Skildring'.
- **Not measures** (must not be counted): LO 2017 the letter's meeting list (incl. 'Kompetanse Norges fagråd for
  karriereveiledning'), signature, 'Kopi'; Spekter 2017 the sheet title and 'Antall tiltak 6'; Regjeringen 2017 'Bakgrunn' and
  'Tabell 2 Antall tiltak per departement'; NHO 2018 'Innledning', 'Planlagt, ikke startet' (digital course portal), contact line;
  KS 2018 'Om rapporten', the paragraph after area 1, the list 'KS’ representasjon i andre organer' (Faglig råd for helse- og
  oppvekstfag, Nasjonalt fagskoleråd, Styret i Kompetanse Norge, KBU observer); Virke 2018 the empty row pair, 'Antall tiltak: 5',
  closing sentence; YS 2019 the secretariat's message and its example line («Regional kompetanseplan …»), browser margins,
  signature, disclaimer; Akademikerne 2019 the tracked-deleted 'Seminar om livslang læring for akademikere', 'Videre arbeid';
  Rogaland 2019 'Strategi n' group rows, empty row, 'Sum'; Unio 2020 'Utsatt på grunn av koronapandemien' bullets; NAV 2020
  chapters 1, 2, 4 ('Karriereveiledning på NAV-kontor', a pilot not started), 5; Vestland 2021 '5.1 Innleiing', 'Tabell 5.1',
  the matrix rows (short names, not extra measures); LO 2021 the sentence between the tables; Regjeringen 2021 'Tabell 1',
  'Videre arbeid'; VOFO 2022 the study-association statistics table, 'Planer for 2023'; Spekter 2022 'Resultater 2022'
  paragraphs, 'Kontakt' box; KS 2023 'Planlagt for 2024 (ikke startet)'; HK-dir 2023 cover, 'Innhold' (TOC lists every title with
  page numbers), type-count table; NHO 2024 priorities list, 'Tabell 1', the '*' note; YS 2024 the meetings table (KBU, SRY
  meetings); Vestland 2025 'Om rapporten' (regional analysis 'ikkje eit eige tiltak'), 'Avslutta tiltak' (strategy 2021–2024);
  Regjeringen 2026 'Bakgrunn', 'Vidare arbeid'.
- **continues**: true only when the same reporter has the same tiltak_id in an earlier report year.
"""

IDENTITY = """## Identity judgements (analyst decisions)

1. **A member's seat in a shared body = the body.** KBU (T01): Regjeringen 2017 'Oppnevning av Kompetansebehovsutvalget',
   LO 2017, NHO 2018, YS 2019, Akademikerne 2019, LO 2021 (bullet in a shared row), Regjeringen 2021 'videreført med nytt
   mandat' (the same committee in a new period – a committee, not an agreement, so not a new tiltak), NHO 2024. SRY (T02): LO 2017,
   Spekter 2017, KS 2018, YS 2019, LO 2021, Spekter 2022, NHO 2024, YS 2024. RSA (T03): Virke 2018, Akademikerne 2019, Unio 2020.
   Nasjonalt forum for karriereveiledning (T13): KS 2018, NAV 2020, Vestland 2021 ('Fylkeskommunen sin plass i …').
   Kvalitetsrammeverket (T12): Regjeringen 2017, KS 2018 (reference group), HK-dir 2023 (further development).
   EVU expert committee (T17): Regjeringen 2017 (the committee), Virke 2018 and Akademikerne 2019 (its reference group).
2. **Owner and administrator of one scheme = one tiltak.** Kompetansepluss → Kompetanseprogrammet (T10): Regjeringen 2017, 2021,
   2026, VOFO 2022 ('– frivillighet (tidligere Kompetansepluss frivillighet)', the voluntary-sector part of the same scheme),
   HK-dir 2023 ('– forvaltning'). Flexible education grant (T21): Regjeringen 2017 'Tilskudd til fleksible videreutdanningstilbud
   i digital kompetanse', Regjeringen 2021 'Fleksible utdanningstilbud (tidligere …)', HK-dir 2023 'Fleksibel utdanning Norge –
   tilskuddsordning'. Digital career guidance (T11): Regjeringen 2017 'Nettbasert karriereveiledning' (being built), NAV 2020 (its
   contribution), Regjeringen 2021 'Nasjonal digital karriereveiledningstjeneste', HK-dir 2023 'Karriereveiledning.no – drift og
   videreutvikling'. The bransjeprogram evaluation (T09): HK-dir 2023 (buyer) = Regjeringen 2026 'Evaluering av bransjeprogramma'.
   AMO courses (T26): Regjeringen 2017 (ASD) = NAV 2020.
3. **A national reform/agreement and a member's part in it = one tiltak**: LO 2021 'Oppfølging av kompetansereformen Lære hele livet'
   = Regjeringen 2021 'Kompetansereformen – Lære hele livet' (T18); KS 2023 'Partnerskap om fullføringsreformen' = Regjeringen 2021
   'Fullføringsreformen' = Regjeringen 2026 'Fullføringsreforma – vaksne sin rett …' (T20); members' rows on the samfunnskontrakt;
   trepartssamarbeidet i sykehusene (T23): Unio 2020 = Spekter 2022; Menn i helse (T16): KS 2018 = NAV 2020 (NAV's part) = KS 2023
   ('nasjonalt program'); bransjeprogram (T08): LO 2021 'Trepartsbransjeprogrammene' = Regjeringen 2021 = NHO 2024 '– videreført'.
   **A county's own implementation is its own tiltak**: Vestland 2025 'Fullføringsreforma i Vestland – …' (W7) ≠ T20;
   'Kompetanseprogrammet i Vestland – regional mobilisering' (W8) ≠ T10; the counties' own 'Fagbrev på jobb' (G3, W4) ≠ T06.
4. **Agreements and plans with a new period are new tiltak**: Samfunnskontrakten 2016–2020 (T04: LO 2017, Spekter 2017, NHO 2018,
   LO 2021 '– sluttrapport') ≠ Samfunnskontrakt … kvalifisert arbeidskraft 2022–2026 (T05: Spekter 2022, KS 2023, NHO 2024,
   Regjeringen 2026). Kompetanseløft 2020 (T14) ≠ Kompetanseløft 2025 (T15). Vestland's strategy 2021–2024 (W3) ≠ 2025–2028 (W6);
   the 2025 report lists W3 under 'Avslutta tiltak' (not a row). Spekter's own letter about apprentices (S4) is its own tiltak.
5. **Pilot vs national scheme**: 'Forsøk med fagbrev på jobb' 2016–2018 (T07: LO 2017, Regjeringen 2017) ≠ 'Fagbrev på jobb' as a
   national scheme (T06: NHO 2018, LO 2021) ≠ NAV's 'Forsøk med fagbrev for arbeidssøkere' (V3) ≠ the counties' offers.
6. **Programme vs its evaluation**: T08 ≠ T09; Virke's Handelsløftet (R3) is Virke's own programme; the hospital tripartite
   cooperation (T23) is not a bransjeprogram. Utdanningsløftet 2020 (T19) ≠ NAV's temporary rules for training during lay-off (V2).
7. **Renamed or re-phased measures keep their id** (continues): Spekter 'Søkekonferanse om Kompetansepluss arbeid' → 'Søkekonferanse
   om Kompetanseprogrammet (tidligere KompetansePluss arbeid)' (S2), 'Arbeidsgivernettverk for HR-direktører' →
   'HR-direktørnettverket i helseforetakene' (S3); YS 'YS-skolen: kurs om kompetanse for tillitsvalgte' → 'YS-skolen: Kompetanse i
   omstilling' (Y1), 'Karriererådgivning for medlemmer' → '… – utvidet til alle YS-forbund' (Y3); LO 'Tillitsvalgtopplæring …' →
   '… – nå som nettkurs' (L1); NHO 'Kompetanseløft i matindustrien' → '… – fase 2' (N3); KS 'KS Læring – digital
   læringsplattform' → 'KS Læring – ny versjon' (K2); Vestland 'Kompetanseforum Vestland – nytt mandat' (W2), 'Fagbrev på jobb –
   Vestland-modellen' (W4), 'Modulstrukturert opplæring for vaksne (vidareført)' (W5).
8. **Recurring series of one member** are continuing tiltak (NHO's barometer N1, YS' barometer Y2, KS' campaign K1, Spekter's
   Møteplass S1); different members' surveys, courses for tillitsvalgte, stipends and networks are near-misses of each other.
9. **Lists of bodies and meetings are not measures** even when they name a body that is a measure elsewhere: KS 2018
   'representasjon' (Nasjonalt fagskoleråd, KBU), YS 2024 meetings (KBU, SRY), LO 2017 meetings (Kompetanse Norges fagråd).
"""
