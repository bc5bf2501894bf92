# -*- coding: utf-8 -*-
"""Layout descriptions (README files table and templates_used.txt) and README prose for match40."""

DESC = {
 "2017_LO_rapport.docx": "LO Word report on letterhead (header 'LO  Landsorganisasjonen i Norge' + address, footer 'Side n av m'): Title, Heading 1 'Innledning', then two Heading 1 sections 'Tiltak LO har ansvar for' / 'Tiltak LO deltar i'; measures are Word 'List Number' paragraphs (real auto-numbering continuing across both sections) with the bold title, a description paragraph ending '(NKPS-tiltak nr. 4 og 7)' (old numbers), and an italic line 'Ansvar: …; med: …; når: …; type: …'; a red-bordered 'Kontakt' box at the end is not a measure",
 "2017_NHO_rapport.docx": "NHO Word report: Heading 2 per old strategy number ('Strategiens tiltak 4 – Samarbeid utdanning–arbeidsliv'); one shaded-label 2-column Table Grid per measure (Navn på tiltaket | Hvem | Sammen med | Hva slags tiltak | Tidsrom | Kort om tiltaket); a measure that also follows up other numbers has an italic line under its table 'Også knyttet til strategiens tiltak 7.'; 'Planlagt 2018' bullets are not measures",
 "2017_Regjeringen_notat.pdf": "KD NOTAT exported from Word (Til/Fra/Dato/Saksnr. grid): one table sorted by the old strategy number (Strategiens tiltak nr. | Tiltak | Dep. | Type | Samarbeid | Tidsrom) with the number cell left blank (merged look) for the second measure under the same number; 'Totalt 8 tiltak.'; descriptions in a later section 'Nærmere om tiltakene' as '<bold title> – text' paragraphs keyed by title (runs over the page break); a 'Tiltak per departement' count table is not measures",
 "2018_KS_rapport.docx": "KS Word report, landscape: an Excel range pasted as a Word table (Kategori | Delmål | Tiltak | Ansvar | Partnere | Periode | Beskrivelse: type first, delmål as '1.4 / 2.3', description last), one empty row left in the range, a 'Sum tiltak | 6' row; a 'Møter i Kompetansepolitisk råd 2018' bullet list is not measures",
 "2018_KompetanseNorge_rapport.pdf": "Kompetanse Norge report exported from Word: numbered chapters '1 Innledning', '2 Tiltak', '3 Statistikk'; each measure a typed-number blue heading '2.n Title', a serif description paragraph, then a horizontal 4-cell fact strip (Delmål | Type | Samarbeid | Tid) with a blue rule; no owner per measure (intro: 'Kompetanse Norge er ansvarlig for tiltakene i kapittel 2'); chapter 3 statistics table is not measures; footer 'Kompetanse Norge · Rapport 2018 · side n'",
 "2018_Unio_epost.pdf": "Outlook e-mail printed to PDF: sender name line, Fra/Sendt/Til/Emne block ('SV: …'), 'Hei,' and a table pasted from Word (Hva | Hvem | Når | Delmål | Type): 'Hva' = bold title + description in one cell, 'Hvem' = '<owner> (ansvar)' / 'Med: …', delmål only as short keywords ('Kunnskapsgrunnlaget', 'Samarbeid utdanning–arbeidsliv'); signature, confidentiality disclaimer and the quoted original request from the secretariat (with an 'Eksempel: «Kurs for tillitsvalgte …»' that is not a measure)",
 "2019_Trondelag_arsrapport.pdf": "county annual report chapter '5.3 Kompetanse og kvalifisering' (page numbers 47…, running header 'Trøndelag fylkeskommune · Årsrapport 2019'): prose under subheadings where each measure is a bold run-in title inside a sentence ('<b>Kompetanseforum Trøndelag</b> ble etablert …'; once with a colon); a 'Nøkkeltall 2019' box; the facts only in 'Tabell 5.4 Tiltak som følger opp NKPS' (Tiltak | Delmål | Type | Samarbeidspartnere | Periode, no owner column; note 'Ansvarlig for alle tiltakene: Trøndelag fylkeskommune'); 'Tabell 5.5 Økonomi' and a sentence about meetings are not measures",
 "2019_YS_styresak.docx": "YS board paper 'Styresak 34/19' (borderless Saksbehandler/Møtedato/Arkiv/Vedlegg grid, 'Forslag til vedtak' in italics, 'Saksframstilling'): measures are hanging-indent lettered paragraphs 'a)<tab><bold title>: description'; delmål/type/owner/partners/period only in a later overview table keyed by letter (Pkt. | Delmål | Type | Ansvarlig | Med | Periode); a closing sentence about council meetings is not a measure",
 "2019_NAV_rapport.docx": "NAV (Arbeids- og velferdsdirektoratet) Word report: Heading 1 per delmål 'Delmål 3.4 – <words>', Heading 3 measure titles, an italic 'Tiltakstype: kurs' line, the description, then a 2-row × 3-column table with header row Ansvar | Samarbeid | Tidsperiode; extra goals in an italic line 'Gjelder også delmål 3.5.'; Heading 1 'Under planlegging' bullets are not measures",
 "2020_Virke_rapport.pdf": "Virke report exported from Word, landscape: logo word 'virke' in the header; ONE table 'Tiltak og beskrivelse' (bold title + text in one cell) | Relevante delmål | Virkes rolle (Eier/Deltaker) | Eier | Samarbeid | Type | Tidsrom, header repeated on page 2, and the Handelsløftet row split across the page break in the middle of its description; a closing italic corona note is not a measure",
 "2020_Spekter_rapport.docx": "Spekter Word report on letterhead (Georgia, header 'SPEKTER', centred 'n av m' footer): '1 Innledning', '2 Rapporterte tiltak' with Heading 2 typed numbers '2.n Title', a borderless 4-row label list Delmål: | Hvem: | Type: | Når:, where 'Hvem' combines owner and partners ('KD (ansvarlig), Spekter'), then a bold 'Beskrivelse' line and the text; '3 Møter og arenaer' bullets are not measures",
 "2020_Vestland_rapport_nn.pdf": "nynorsk county report exported from Word: numbered bold titles '1. …' each followed by a 2-column table with green label column (Delmål i NKPS | Ansvarleg | Partnarar | Type tiltak | Periode | Om tiltaket); tables break across the page without header; the period cell carries a status sign ● / ○ explained in a legend at the end ('Status: ● i gang ○ under arbeid'); contact line not a measure",
 "2021_LO_rapport.pdf": "LO report exported from Word: cover page, 'Innhold' page listing chapters AND every measure title with page numbers (not measures, titles appear twice), '1 Innledning', '2 Videreførte tiltak', '3 Nye tiltak'; each measure a bold title followed by bold-labelled lines 'Relasjon til delmål:', 'Ansvarlig og samarbeidspartnere:' (one sentence: 'KD er ansvarlig. LO, NHO og partene i arbeidslivet deltar.'), 'Type:', 'Varighet:', 'Beskrivelse:'",
 "2021_Akademikerne_rapport.docx": "Akademikerne Word report: bullet list where each bullet is '<bold title> – description' with nested level-2 bullets 'Delmål: 1.4 (<words>)', 'Type:', 'Eier:', 'Partnere:', 'Tid:'; one title carries a superscript note marker '1' explained at the end; a 'Representasjon (rapporteres ikke som egne tiltak)' list (Lånekassen, Nasjonalt fagskoleråd …) is not measures",
 "2022_Regjeringen_notat_nn.docx": "nynorsk KD note (borderless Til/Frå/Dato/Sak grid): Heading 2 per ministry (Kunnskapsdepartementet, Helse- og omsorgsdepartementet) = owner, no owner column; a table per ministry Tiltak | Delmål | Kva slags tiltak | Samarbeid med | Periode where new measures carry ' *' after the title ('* Nytt tiltak i 2022.'); under each table 'Omtale' with run-in paragraphs '<bold title>. text'; a 'Tal på tiltak' count table is not measures",
 "2022_VOFO_rapport.pdf": "VOFO letter exported from Word (addressee, date right, VOFO logo header, address footer 'n/m'): each measure a boxed panel with a dark-green title bar and the template's questions as labels (Mål i strategien = delmål WORDS only, Hvem har ansvaret, Hvem er med, Form, Når, Om tiltaket); a 'Kursstatistikk 2022' table and the signature are not measures",
 "2023_NHO_rapport.docx": "NHO Word report, landscape: ONE table # | Tiltak | Beskrivelse | Delmål | Type | Eier | Partnere | Status | Periode with the Eier cell vertically merged over the four KD-owned rows, an empty row, then a grey full-width section row 'Planlagt, ikke startet' with two '–' rows (not measures); an 'Oppsummering' count table by status is not measures",
 "2023_Innlandet_notat.pdf": "county ORIENTERINGSNOTAT to the fylkesutvalg (Til/Fra/Dato/Saksnr. grid, 'Forslag til vedtak'): prose under hovedinnsatsområde headings where measure titles are bold inside sentences, TWO measures in one paragraph, and after each paragraph a small table (Tiltak | Delmål | Type | Ansvarlig | Samarbeid | Periode) for that paragraph's measures; area 3 has only a sentence; an 'Oppsummering' count table is not measures",
 "2024_Vestland_rapport_nn.docx": "nynorsk county Word report: Heading 1 per hovudinnsatsområde in words, Heading 2 titles, the description, a line 'Knytt til delmål 2.5 og 3.1.', one tab-separated line of bold labels 'Ansvarleg: … Partnarar: … Type: … Tid: …', and for continued measures an italic grey note 'Vidareført frå rapporten for 2020.'; 'Kontakt' not a measure",
 "2024_KS_skjema.pdf": "the secretariat's landscape reporting form filled in loosely by KS: grey instruction text under the column headings (Tiltak (navn) | Delmål nr. eller tekst | Type (list of the six) | Ansvarlig | Samarbeidspartnere | Periode fra–til | Kort beskrivelse maks 300 tegn), a pre-filled italic 'Eksempel:' row (not a measure), one row holding TWO measures as 'a) … b) …' in every cell, delmål once as words 'Karriereveiledning (1.3)', lower-case own type words, three empty rows and a 'Merknader' line",
 "2025_HKdir_rapport.docx": "HK-dir Word report: '1 Innledning', '2 Tiltak' with a Heading 2 per measure, a 'Nøkkelinformasjon'-style 2-column table in unusual order (Periode, Type, Delmål, Eier, Partnere), then Heading 3 'Om tiltaket' (= description) and Heading 3 'Resultater 2025' (not description); chapter '3 Andre oppdrag' (Samordna opptak, Erasmus+, Studiebarometeret) is not measures",
 "2026_Regjeringen_rapport.pdf": "government report exported from Word, landscape: ONE table with full-width shaded group rows per hovedinnsatsområde (words), columns Nr. | Tiltak | Delmål | Ansvarlig dep. | Samarbeid | Type | Periode | Status 2026, superscript footnote markers ¹ ² after two titles with footnotes under the table; descriptions only in 'Vedlegg – omtale av tiltakene' as a numbered list keyed by Nr. (no titles there)",
}

CONVENTIONS = """- **title**: exactly as printed, without list numbers/letters, typed heading numbers ('2.3 ', '2.n '), field labels, the LO 2017
  '(NKPS-tiltak nr. …)' tail (it ends the description, not the title), the Regjeringen 2022 ' *' new-marker, the Akademikerne 2021
  superscript note '1', or the Regjeringen 2026 footnote markers ¹ ². Trøndelag 2019 and Innlandet 2023 titles are the bold run-in words
  inside sentences. KS 2024 a)/b) row: title = text after 'a) ' / 'b) '. Titles wrapped inside table cells are joined with a space.
- **delmal**: sorted new codes. 2017 files print old NKPS numbers (LO '(NKPS-tiltak nr. 4 og 7)', NHO 'Strategiens tiltak n' headings +
  'Også knyttet til strategiens tiltak 7', KD column 'Strategiens tiltak nr.' with a blank = same number as the row above), mapped
  n → n-th delmål. Unio 2018 gives only short keywords (see common.DM_SHORT); VOFO 2022 only the delmål wording; NAV 2019 the
  Heading 1 code plus 'Gjelder også delmål …'; Vestland 2024 'Knytt til delmål …'; Akademikerne 2021 code + words in parentheses;
  KS 2024 once 'Karriereveiledning (1.3)'.
- **type**: canonical six-way type from the printed word (common.TYPEMAP): råd/utvalg/nettverk/utval/Nettverk/Råd/Utvalg →
  Råd/utvalg/nettverk; kurs/Kurs/Utdanning/Kurstilbod → Kurs/utdanning; Konferanse/Arrangement → Arrangement; printed words that are
  none of the six → `Annet` (Avtale, Kampanje, Plan, Tjeneste/Teneste, Ordning, Tilskuddsordning/Tilskotsordning, Verktøy, Lovarbeid).
- **responsible / partners**: as printed. Where a member reports its seat in a body someone else owns, the printed owner (KD, HOD,
  Kompetanse Norge, HK-dir, Spekter, 'Universitetene og høyskolene', 'Høyskolene') is responsible and the member a partner.
  Defaults stated once in the document: Kompetanse Norge 2018 (intro: Kompetanse Norge is responsible), Trøndelag 2019 (note under
  Tabell 5.4), Regjeringen 2022 (the ministry heading). Combined cells: Unio 2018 '<owner> (ansvar) / Med: …'; Spekter 2020
  '<owner> (ansvarlig), partners'; LO 2021 '<owner> er ansvarlig. <partners> deltar.' (split on ', ' and ' og ').
- **period**: as printed; Vestland 2020's status sign (● / ○, explained in a legend) after the period is not part of it.
- **description**: the measure's text: LO 2017 the paragraph after the title WITHOUT its closing '(NKPS-tiltak nr. …)' (that is the delmål);
  KD 2017 the text after ' – ' in 'Nærmere om tiltakene'; Trøndelag 2019 and Innlandet 2023 the rest of the sentence after the bold
  title (for TR3 after the colon); Virke 2020 the whole cell text after the title (two paragraphs joined, split over the page);
  Regjeringen 2022 the run-in 'Omtale' text; HK-dir 2025 'Om tiltaket' only (not 'Resultater 2025'); Regjeringen 2026 the numbered
  appendix item with the same Nr.; YS 2019 the text after '<title>: '.
- **Not measures** (must not be counted): LO 2017 'Kontakt' box; NHO 2017 'Planlagt 2018' bullets; KD 2017 'Totalt 8 tiltak', the
  'Tiltak per departement' table; KS 2018 the empty row, 'Sum tiltak' row and the meetings list; Kompetanse Norge 2018 chapter 1 and the
  'Tabell 1' statistics; Unio 2018 signature, disclaimer and the quoted request with its 'Eksempel'; Trøndelag 2019 'Nøkkeltall',
  'Tabell 5.5 Økonomi', the sentence about council/KS meetings; YS 2019 'Forslag til vedtak' and the closing sentence; NAV 2019
  'Under planlegging'; Virke 2020 the corona note; Spekter 2020 '3 Møter og arenaer'; Vestland 2020 legend and contact line;
  LO 2021 cover and 'Innhold' (titles again with page numbers); Akademikerne 2021 'Representasjon' list (Lånekassen, Nasjonalt
  fagskoleråd, …) and the note; Regjeringen 2022 'Tal på tiltak'; VOFO 2022 'Kursstatistikk 2022' and signature; NHO 2023 empty row,
  'Planlagt, ikke startet' rows, 'Oppsummering'; Innlandet 2023 the area-3 sentence, 'Oppsummering', 'Forslag til vedtak'; KS 2024
  the 'Eksempel:' row, empty rows, 'Merknader'; HK-dir 2025 'Resultater 2025' paragraphs and '3 Andre oppdrag'; Regjeringen 2026 the
  group rows and footnotes.
- **continues**: true only when the same reporter has the same tiltak_id in an earlier report year. Kompetanse Norge (2018) and HK-dir
  (2025) are written as different reporter strings and share no tiltak_id, so the question of treating them as one reporter does not arise."""

IDENTITY = """1. **Seat in a shared body = the body.** KBU rows of LO, KD, NHO, YS, Akademikerne (T01); SRY rows of LO, NHO, YS, Spekter (T02);
   RSA rows of Unio, Virke, Akademikerne (T03); Nasjonalt forum for karriereveiledning (Kompetanse Norge 2018, NAV 2019, KS 2024: T15);
   Nasjonalt fagskoleråd (LO 2021, NHO 2023: T18); the tripartite hospital cooperation (Unio 2018, Spekter 2020: T23); the EVU expert
   committee and its reference group (Unio 2018, YS 2019, Virke 2020: T11). Akademikerne's 'Representasjon' list is not reported.
2. **Agreements and plans with a new period are new tiltak**: Samfunnskontrakt 2016–2020 (T04) ≠ 2022–2026 (T05); Kompetanseløft 2020
   (T16) ≠ Kompetanseløft 2025 (T17); Vestland's regional plan (V3, 2020) ≠ its handlingsprogram 2024–2025 (V6).
   A forum with a renewed mandate stays the same tiltak (V2 'Kompetanseforum Vestland – nytt mandat 2024–2027' continues).
3. **Pilot vs national scheme vs roll-outs**: 'Forsøk(et) med fagbrev på jobb' 2016–2017 (T07: KD 2017, LO 2017) ≠ the national
   'Fagbrev på jobb' (T06: LO 2021, KD 2022, KS 2024, KD 2026) ≠ the counties' own offers (TR5, V4, I3) ≠ NAV's 'Fagbrev for
   arbeidssøkere' pilot (A1). Trøndelag's roll-out of the quality framework (TR3) ≠ the national framework (T12). KD's adult vgo pilot
   (R1, continued in 2022) ≠ the statutory right of 2026 (R2) ≠ Vestland's modular offer (V5).
4. **Programme vs its evaluation**: bransjeprogram (T08) ≠ its evaluation (T09: HK-dir 2025, KD 2026 'sluttrapport') ≠ Virke's
   Handelsløftet (W2). Kompetansepluss arbeid → Kompetanseprogrammet (T10, renamed) ≠ Kompetansepluss frivillighet (T22, the studieforbund
   part: Kompetanse Norge 2018, VOFO 2022) ≠ the evaluation of Kompetanseprogrammet (H2).
5. **Renamed / reworded keeps its id**: 'Nasjonal digital karriereveiledningstjeneste' = 'Nettbasert karriererettleiing
   (karriereveiledning.no)' = 'karriereveiledning.no' (T13); 'Forsøk med fleksible videreutdanningstilbud i digital kompetanse' =
   'Tilskudd til fleksible utdanningstilbud' = 'Tilskuddsordning … (tidligere …)' (T14); KS' planning tool 2018 = 'Kompetanseplanleggingsverktøyet –
   ny versjon' 2024 (K2); LO's course 'Tillitsvalgtskolering … – digitalt kurs' (L1); NHO 'Kampanjen «Ta fagbrev»' = '«Ta fagbrev» – ny runde'
   (N2); NHO's barometer (N1).
6. Menn i helse: KS 2018 = NAV 2019 'Menn i helse – NAVs del' = KS 2024 (T19). AMO: KD 2017 'Kurs i norsk … (AMO)' = NAV 2019
   'Arbeidsmarkedsopplæring (AMO) i norsk …' (T20); VOFO's norsktrening (VO1) and NAV's digital courses (A2) are different.
7. Members' own surveys/barometers (N1, Y2, U1, W3, L3) and HK-dir's national mapping (H1) and PIAAC report (H3) are all different
   tiltak; so are the members' own conferences (U2, Y3, S3, KN2, AK3, VO3, S1) and the counties' forums, plans and career centres."""
