# -*- coding: utf-8 -*-
"""One-paragraph layout descriptions (README files table and templates_used.txt)."""
LAYOUT_DESC = {
 "2017_Spekter_strategiliste_med_svar.pdf":
  "Spekter reprints the strategy's own numbered list of 16 tiltak (grey text + 'Hovedansvarlig') and inserts a blue box "
  "'Spekters oppfølging av tiltak nr. n' under the items it follows up; the delmål is the number the box sits under (old numbering), "
  "plus 'Gjelder også tiltak nr. 7.'; the 16 strategy items and the cross-reference 'Se også «Møteplass lærebedrifter» under nr. 4.' are not measures",
 "2017_LO_snakkepunkter.docx":
  "talking points for the LO leader before a council meeting: header grid (Møte/Sak/Til/Fra/Dato/Taletid), 'Hovedbudskap' bullets, "
  "'Dette gjør LO' = bold List Bullet title with List Bullet 2 sub-points 'NKPS nr. …', 'Type:', 'Ansvar: …; med: …', 'Når:', 'Poeng:' (= description); "
  "'Hvis spurt' (mentions Hurtigsporet, not reported) and an italic 'Bakgrunn' are not measures",
 "2018_NHO_handbok_registerfaner.pdf":
  "printed handbook with coloured thumb-index tabs on the right edge (16 delmål codes + 'A–Å'); the dark tab on each page and the italic "
  "delmål text in the running header are the only goal information; measures = bold title, blue fact line, text; 'Også relevant for fane 3.3.' adds a goal; "
  "cover ('Slik bruker du håndboken') and the glossary page are not measures; the tab labels interleave with body lines in extracted text",
 "2018_YS_to_sider_per_ark.pdf":
  "a normal YS report printed '2 sider per ark' onto landscape A4: each sheet holds two reduced A4 pages side by side (pages 1|2, 3|–), "
  "so extracted lines of the left and right page interleave; one title breaks from page 1 to page 2 (left→right half) and one measure from page 2 to page 3 "
  "(next sheet); printer line at the top, 'Side n av 3' per page, contact paragraph not a measure",
 "2019_SognogFjordane_overforingsliste.docx":
  "merger handover register (Sogn og Fjordane → Vestland): landscape table Nr. | Oppgåve/tiltak | NKPS-delmål | Type | Ansvarleg 2019 | Samarbeidspartnarar | "
  "Periode | Status og omtale | Vidare i Vestland; register ids (SFJ-K-03) are not part of titles; delmål only as nynorsk wording (no codes); "
  "three grey rows 'Ikkje NKPS' (school transport, archive deal, an internal dental course typed 'Kurs/opplæring') are not measures",
 "2019_Regjeringen_innspillsmoter.docx":
  "summary of four regional input meetings on the competence reform: per meeting Heading 1, 'Deltakere:' line, 'Hovedinnspill' bullets (participants' views, "
  "not measures) and 'Regjeringens oppfølging' with bold title, grey '(delmål … · type · Ansvar: … · Med: … · period)' line and text; a last section "
  "'Tiltak som gjelder alle møtene'; a cross-reference line and 'Videre arbeid' are not measures",
 "2019_Virke_kompetansekvittering.pdf":
  "shop-receipt gimmick on a narrow 82 mm page in monospace: header, 'VARE  DM  KODE' ruler, each measure = wrapped title lines, a right-aligned "
  "'1.4+2.3   RÅD/UTV' line (delmål joined with '+', upper-case type codes), 'Ansv.:', 'Med:', 'Periode:' and a '» ' description wrapped over lines; "
  "'ANTALL TILTAK 6', 'herav FOU', MVA, 'TOTALT ENGASJEMENT', 'Betalt med', 'Takk for handelen!' and a drawn barcode are not measures",
 "2019_Akademikerne_forbundsbidrag.docx":
  "umbrella report compiled from member associations, each in its own format: section 1 'Akademikerne sentralt' (Heading 2 titles + run-in "
  "label line), section 2 Econa's pasted green table (Arial), section 3 Tekna's bullets 'title – text (type; delmål: «wording»; ansvar; samarbeid; year)'; "
  "Tekna's member course bullet ('ikke meldt inn') and Samfunnsviterne's 'Ingen nye tiltak' are not measures",
 "2020_KS_tiltakshjul.pdf":
  "sunburst 'Tiltakshjulet': inner ring main areas, middle ring delmål codes, outer ring numbered measures (a two-goal measure appears with the same number "
  "under both delmål; area 3 empty); page 2 'Nøkkel til hjulet' gives number, title, 'type · Ansvarlig · Med · period' and text but no delmål – the goal "
  "must be read off the wheel; legend box and 'Kommunesektoren i tall' are not measures",
 "2020_Unio_kronikk_faktaboks.docx":
  "op-ed (kronikk) by the Unio leader reprinted as the report: kicker, headline, byline, ingress, four prose paragraphs that mention the measures loosely "
  "(and the government's bransjeprogram, not Unio's), author bio; the measures are only those in the red 'Faktaboks' table cell: bold title, "
  "'Delmål i strategien: «wording»' (no codes), 'Type: …. Ansvar: …. Med: …. Periode: ….', 'Kort om: …'",
 "2020_VOFO_ren_tekst_epost.pdf":
  "plain-text webmail printout (monospace): mail header, short note, an ASCII grid table (+---+, '=' header rule) whose Tiltak/Samarbeid cells wrap onto "
  "several lines, 'Kort om tiltakene:' numbered '1)…' descriptions keyed to the Nr column, signature, and the quoted original request ('> ') with an "
  "'Eksempel:' row that is not a measure",
 "2021_LO_felles_matrise_merket.docx":
  "LO returns the secretariat's shared 2020 matrix of all members' measures with a column 'LO 2021' (✔ = LO reports it in 2021, – = another member's "
  "row, ✖ = LO's measure ended) and 'LOs kommentar 2021' (= description); new LO rows under a merged 'Nye tiltak fra LO 2021' bar; unmarked rows "
  "(incl. Virke's Balansekunst where LO is a partner) and the ✖ row are not LO measures",
 "2021_Vestland_statistikktabell.pdf":
  "statistics-bank (PxWeb-style) table in nynorsk, landscape: 'Tabell 1 … etter NKPS-delmål, tiltakstype og ansvarleg. 2021', stub with delmål group rows "
  "('1.3 Sørgje for …') and indented measure rows carrying a superscript footnote number, '..' for missing values, 'I alt, tiltak' row; descriptions are "
  "the numbered 'Fotnotar'; symbol legend, source line and 'Tabell 2' (participants by sex, titles repeated) are not measures",
 "2021_NAV_veilederstotte.docx":
  "quick-reference job aid for NAV advisers that doubles as the report: landscape table whose first column is the user's need ('… har lang praksis …', "
  "not part of the measure), then Tiltak | Strategimål (NKPS) as shortened delmål wording only | Type | 'Eier:'/'Samarbeid:' paragraphs | Varighet | "
  "'Hva innebærer det?'; the second table 'Andre aktørers tilbud – henvis brukeren' and the 'Husk:' line are not NAV measures",
 "2022_HKdir_portaleksport.docx":
  "export from a web portal: the Word body holds only two intro paragraphs; the report itself is an embedded HTML part inserted with w:altChunk "
  "(word/afchunk1.htm): breadcrumb, h1, filter line, per measure an h2 title and a th/td fact table (NKPS-delmål … Beskrivelse, Status); "
  "a greyed 'Kladd (ikke sendt inn …)' entry and the generator footer are not measures; python-docx paragraphs show none of the measures",
 "2022_Spekter_karusell.pdf":
  "social-media carousel exported as square 540 pt pages: cover slide, one slide per measure ('TILTAK n AV 6' kicker, big title, pill chips "
  "'Delmål 2.3' + type, 'Ansvar:/Med:/Når:' lines, text), a 'Visste du?' statistic slide and a 'Følg Spekter' slide (not measures), 'n/9 Sveip →' footers",
 "2023_Trondelag_teksting.pdf":
  "printout of the SRT subtitle file of a report film: a cover note explains that top-positioned cues ({\\an8}) carry measure names (bold) and facts "
  "(italic), the narrator describes the measure; every title is split over two consecutive cues (joined with a space), facts over two cues, narration "
  "over 2–3 cues (= description); intro/outro cues and an interview name tag ({\\an1}) with a quote are not part of any measure",
 "2024_Regjeringen_meldingsutdrag.pdf":
  "excerpt of a white-paper chapter (Meld. St.): section numbers 5.1–5.6 (not delmål), prose, a bar chart 'Figur 5.1', 'Boks 5.1' example (Agder, "
  "not a measure), 'Regjeringen vil:' bullet lists; only bullets followed by a grey 'NKPS-rapportering – delmål … · type · Ansvar · Med · Periode' line "
  "and 'Merknad:' (= description) are measures, titles are the bullet texts (lower-case verbs); unmarked bullets are not reported",
 "2024_NHO_nordisk_sammenlikning.docx":
  "Nordic comparison table (landscape): Tema | Norge – NHO | Sverige – Svenskt Näringsliv | Danmark – DA | Finland – EK; NHO's measures are only in the "
  "shaded Norway column (bold title, blue 'NKPS 2.3 · type · Ansvar · Med · period' line, text; two measures share some cells); the other countries' "
  "initiatives and one 'Ingen eget NHO-tiltak' cell are not measures",
 "2025_Vestland_regionoversikt.docx":
  "crosstab region × main area in nynorsk: seven regions as rows, the three innsatsområde as columns, cells list short names with '[n]' references "
  "(region-wide measures repeat in every row), a 'Tal tiltak' row; then 'Omtale av tiltaka' with Heading 2 '[n]  Title' (bracket number not part of "
  "the title), a fact line and text; each measure counts once",
 "2025_KS_oppfolgingssporsmal.pdf":
  "answers to the secretariat's follow-up questions about KS' previous (2020) report: 'Spørsmål n:' quoting old titles, 'Svar:' and, where KS reports "
  "a measure for 2025, a framed label block Tiltak/Delmål/Type/Ansvarlig/Samarbeid/Periode/Omtale; answers 'Nei' (statusrapport) or 'rapporteres av "
  "HK-dir' (bransjeprogram) give no measure; old titles in the questions are not 2025 titles",
 "2026_HKdir_ki_samtale.docx":
  "exported AI-assistant conversation: a yellow note from HK-dir says the report is the assistant's list after the correction; the user's raw notes "
  "(abbreviated, repeat every measure), the assistant's 'Tiltak n: title' items with bullet facts, the user's instruction to delete item 6 "
  "(Nasjonalt fagskoleråd – not a measure) and the assistant's 'Forslag til nye tiltak' (not reported) – 8 measures, numbered 1–5 and 7–9",
}
