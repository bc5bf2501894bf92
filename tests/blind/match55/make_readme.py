# -*- coding: utf-8 -*-
import json, collections, subprocess
OUT = "/work/blind/match55"
exp = json.load(open(OUT + "/expected.json")); nm = json.load(open(OUT + "/near_misses.json")); meta = json.load(open("meta.json"))
LAY = {
"lo_beretning": "LO annual-report extract, chapters 4–7 (membership table, economy, 'Kompetansepolitikk', other projects). Measures = bold run-in names in prose paragraphs of ch. 6, delmål as old strategy numbers 'Strategiens tiltak nr. n'. NOT measures: membership table, Arendalsuka/conference attended, 'Ung i arbeid', solidarity fund.",
"lo_beretning2": "LO annual report with contents, leader's letter, organisation, tariff, accounts table; measures only in 'Vedlegg A' table (Tiltak | Delmål | Type | Ansvarlig / samarbeid | Tid | Beskrivelse). Responsible and partners share one cell split by ' / '. NOT measures: utdanningspolitisk konferanse, accounts rows.",
"nho_newsletter": "Newsletter with leader article, news items, calendar bullets, contact box; measures are bold run-ins 'Title – description (type; delmål x, responsible. period. Partnere: ...)' in the article 'Slik følger NHO opp kompetansestrategien'. NOT measures: calendar events, NHO Mat og drikke campaign, lærling statistics.",
"nho_board": "Board papers with 'Sak 10–14/2023' items, economy table; measures are a bullet list (bold names) under Sak 12/2023, delmål written '2.1/2.4'. NOT measures: Sak 13 NHO's own strategy tiltak 1)–3), economy, agenda items.",
"ks_hoering": "Consultation response (letter head, ref/date, numbered points 1.–5. with sub-points 2.1, 3.1 …) to Meld. St. 14; measures only in point 4 as numbered paragraphs 4.1–4.5. NOT measures: points 2.x/3.x (opinions that look like delmål codes), signatures, copy line.",
"ks_annual": "Annual report with key-figure table, employer policy; each measure = heading + two-column 'Felt | Innhold' table. NOT measures: key figures, 'Saman om ein betre kommune', KS Agenda, accounts.",
"spekter_minutes": "Collected board minutes (four meetings, 'Sak n/2018' items); measures are a numbered list '1) … Relasjon til NKPS tiltak nr. 4 og 7' inside Sak 3/2018. NOT measures: other saker, conference attended, Spekter's own strategy 2019–2021.",
"ys_annual": "Annual report, membership table, list of meetings (council meetings with counts); measures as sub-headings with one prose paragraph, delmål only in words ('Mål i strategien: …'). NOT measures: meetings list, membership, economy.",
"ys_annual2": "Annual report 2020 (pandemic intro), one 7-column measure table with 'Nr.' column; no descriptions; other issues as bullets, statistics table. NOT measures: crisis bullets, statistics.",
"unio_numbered": "Congress-period report with numbered paragraphs 1–13 (organisation, meetings, economy, wages); measures are paragraphs 5–10 starting with the title. Appendix table of council representatives. NOT measures: paragraphs 1–4, 11–12 (incl. Unio-konferansen), the appendix.",
"akad_news": "Member newsletter: budget, wage settlement, then 'Vår rapport til Kompetansepolitisk råd' with bold run-in measures; 'Arrangementer vi deltok på' bullets and an editor box. No period given. NOT measures: attended events, budget news.",
"vofo_annual": "Annual report with board, study-association statistics table (courses/participants/hours); each measure a 2-column form table without header row (Tiltak | …, Relasjon til strategien 'Tiltak nr. n'), responsible and partners in one cell 'VOFO – …'. NOT measures: statistics, høringer bullets.",
"vofo_annual2": "Annual report with key-figure table; one 5-column measure table without responsible/description; responsible given once below ('Ansvarlig for alle tiltak er VOFO'). NOT measures: Erasmus+ network, meeting bullets.",
"kd_prop": "Ministry report in 'Del I–IV' style with budget table (kap./post); each measure = heading, a field sentence (Delmål, Type tiltak, Ansvarlig, Samarbeidspartnere, Tidsrom) and a description paragraph. NOT measures: Del IV 'Andre relevante tiltak (ikke rapportert)', budget lines.",
"kd_table": "Ministry memo to the council with a counts-per-area table and one 7-column measure table (Delmål first column). NOT measures: count table, pandemic crisis bullets.",
"hkdir_annual": "Directorate annual report extract (chapters I–V, key figures); measures are bold run-ins tagged '[NKPS 2.1/2.4] Title — type. description Samarbeid: … period.'; responsible never printed (it is HK-dir itself). NOT measures: 'Andre aktiviteter (ikke NKPS)', key figures.",
"nav_letter": "Formal letter (sender, receiver, date/ref, signature, electronic approval) with a statistics table of all NAV labour-market measures; NKPS measures as 'a) Title' + one field line 'Delmål … – type – responsible i samarbeid med … – period. description'. NOT measures: statistics table rows (AMO etc.), Arendalsuka.",
"nav_letter2": "Same NAV letter template in a later year, rendered through LibreOffice, different header. NOT measures: statistics rows.",
"vl_saksframlegg": "Nynorsk county case paper (saksnr table, forslag til vedtak, samandrag, økonomi, vurdering); measures as bold run-ins with '(delmål 1.2)'. NOT measures: dialogue meetings, budget chapter, vedlegg.",
"vl_rapport": "Nynorsk county report: key-figure table, one 6-column measure table ('Tiltak (rapportert)'), responsible stated once below; then 'Andre tiltak (ikkje rapportert)' bullets and a meeting table. NOT measures: the non-reported tiltak and meetings.",
"mr_strategy": "Nynorsk regional strategy with vision/goals, its OWN 'Tiltak A–C' and a budget table for them; NKPS measures in chapter 4 as two-column forms (Namn på tiltak, Delmål in words, Type, Ansvarleg, …, Skildring). NOT measures: Tiltak A–C, budget, contact box.",
"tr_minutes": "Committee minutes (møteprotokoll) with attendance table, 'Sak 5–9/2024'; measures a bullet list (bold names) in Sak 7/2024, responsible given once after the list. NOT measures: other saker, conference attended.",
"virke_strategy": "Member strategy with own 'Mål 1–3' and 'Tiltak 1.1, 2.1, 3.1…' (numbered like delmål but NOT NKPS), budget table; NKPS measures only in the appendix table. NOT measures: all strategy tiltak in section 2.",
}
rows = [m for v in exp.values() for m in v["measures"]]
by = collections.defaultdict(list)
for v in exp.values():
    for m in v["measures"]: by[m["tiltak_id"]].append(v["reporter"])
L = ["# Batch match55 – NKPS measures hidden in reports that are mostly about other things", "",
"Emphasis: annual reports, board papers, minutes ('Sak 12/2023'), a newsletter, a consultation response, strategy documents with their own 'tiltak', statistics and budget tables. Only measures reported to the national competence strategy (NKPS) are in the ground truth.", "",
"## Counts", "", "| item | count |", "|---|---|",
"| files | %d (%d .docx, %d .pdf; %d PDFs rendered with LibreOffice from .docx) |" % (len(exp), sum(f.endswith('.docx') for f in exp), sum(f.endswith('.pdf') for f in exp), sum('LibreOffice' in meta[f]['made'] for f in exp)),
"| reporters | %d |" % len({v['reporter'] for v in exp.values()}),
"| years | %s |" % ", ".join(str(y) for y in sorted({v['report_year'] for v in exp.values()})),
"| nynorsk reports | 3 (Vestland 2021, Vestland 2023, Møre og Romsdal 2018) |",
"| measure rows | %d |" % len(rows), "| distinct tiltak | %d |" % len(by),
"| tiltak reported in more than one row | %d |" % sum(len(x) > 1 for x in by.values()),
"| tiltak reported by more than one reporter | %d |" % sum(len(set(x)) > 1 for x in by.values()),
"| continues=true rows | %d |" % sum(m['continues'] for m in rows), "| near-miss pairs | %d |" % len(nm), "",
"## Files", "", "| file | reporter | year | made with | layout | rows |", "|---|---|---|---|---|---|"]
for f, v in sorted(exp.items(), key=lambda kv: (kv[1]['report_year'], kv[0])):
    L.append("| %s | %s | %d | %s | %s | %d |" % (f, v['reporter'], v['report_year'], meta[f]['made'], LAY[meta[f]['template']].replace("|", "\\|"), len(v['measures'])))
L += ["", "## How a careful analyst tells the NKPS measures from the rest", "",
"- Every file has an explicit anchor: a chapter, sak, point, appendix or article whose heading names the strategy / Kompetansepolitisk råd / 'rapportert' (e.g. 'Sak 12/2023 Oppfølging av kompetansestrategien', '4. KS' egne tiltak i oppfølgingen av …', 'Vedlegg A – Rapportering til …', 'Tiltak (rapportert)'). Only items inside that anchor are measures.",
"- Items explicitly marked 'ikke rapportert', 'ikke NKPS', 'ikkje rapportert', 'ikke eget tiltak', events the member only attended ('deltok på'), the member's own strategy goals and 'Tiltak A–C' / 'Tiltak 1.1…' (Virke, Møre og Romsdal, NHO Sak 13, Spekter strategy), statistics/budget/membership tables, meeting lists and contact boxes are NOT measures.",
"- Numbers that look like delmål codes but are not: KS høringssvar points 2.1–3.2, Virke 'Tiltak 1.1/2.1/3.1', NAV statistics. Only the delmål reference attached to a measure counts.", "",
"## Conventions", "",
"- **title**: the measure name exactly as printed, without list labels ('1)', 'a)', '4.1', '[NKPS 2.1/2.4]', table 'Nr.'). In run-in prose the bold part (before '. ' or ' – ' or ' (') is the title; in KS 4.x paragraphs the first sentence.",
"- **delmal**: new codes, sorted. 2017 old numbers map n → n-th delmål (Spekter 'tiltak nr. 4 og 7' → 1.4, 2.3; LO and VOFO 2017 likewise). YS 2018 and Møre og Romsdal give delmål only in the strategy's words (e.g. 'karriereveiledning' → 1.3, 'Kompetansepluss' → 3.2, 'læring i frivillig sektor' → 3.6).",
"- **type**: mapped from the printed word: utvalg/råd/nettverk/samarbeid/partnerskap → Råd/utvalg/nettverk; kurs/utdanning/webinarserie/videreutdanning/opplæring → Kurs/utdanning; pilot/prosjekt → Prosjekt; utredning/undersøkelse/kartlegging/analyse/rapport → FoU; veileder/kampanje/informasjon/rettleiing/veiledning → Informasjon; konferanse/samling → Arrangement; plan/innspill/ordning/stortingsmelding/garanti/'Annet' → Annet.",
"- **responsible**: as printed for the row. Where the document states it once for all rows ('Ansvarlig for alle tiltak er VOFO', 'Ansvarleg for alle tiltaka: Vestland fylkeskommune', Trøndelag, 'KS er ansvarlig' in every KS 4.x paragraph) that value is used for every row. HK-dir 2022 never prints a responsible → null.",
"- **partners**: as printed, split on ', ' and the final ' og '. 'ingen' / empty cell / '–' → []. Where responsible and partners share a cell ('VOFO – Studieforbundene og …', 'LO / NHO og KD'), the part before the separator is responsible.",
"- **period**: as printed ('Løpende', 'løpende', 'Videreført', 'Fra 2019', 'Årlig'); null where the layout has no period at all (KS 2021, Akademikerne 2021) or the cell is empty (Virke SRY).",
"- **description**: the free text of the measure, as printed (in NHO 2018 and Akademikerne 2021 it is printed without its final full stop; the ground truth follows). null where the layout has none (YS 2020, VOFO 2019).",
"- **tiltak_id**: one real-world measure. Same id across members when they name the same body/programme: Kompetansebehovsutvalget/KBU (6 reporters), Samarbeidsrådet for yrkesopplæring/SRY, bransjeprogram for industri og bygg (LO, NHO), bransjeprogram for varehandel (Negotia in YS, Virke), the national bransjeprogram scheme (KD 2018 'Kompetanseprogram for bransjer', KD 2020, HK-dir 2022), Norsk på arbeidsplassen (NHO, HK-dir), nasjonal digital karriereveiledning / karriereveiledning.no, kvalitetsrammeverk, Fagbrev på jobb (the national scheme, KD), Kompetansepluss arbeid (KD 2018/2020), godkjenning av utenlandsk utdanning, toårig yrkesrettet opplæring (ASD in KD 2020 + NAV 2019 + 'Fagbrev som arbeidsmarkedstiltak' NAV 2025).",
"- **Different tiltak (near misses)**: each member's own tillitsvalgt course, each member's/county's own 'Fagbrev på jobb i …' project and NHO's information measure about the scheme, each county's regional plan / forum / karrieresenter / module-based adult education / conference, each member's own barometer/report, the different bransjeprogram (industri og bygg, varehandel, havbruk, helse og omsorg i Trøndelag, and the national scheme), Kompetansepluss arbeid vs Kompetansepluss frivillighet vs NHO's/Spekter's information about Kompetansepluss, each member's own input to the competence reform vs. the reform itself. Pairs come from these groups, kept where the group is strongly confusable or the titles share a content word.",
"- **continues**: true when the same reporter already reported the same tiltak_id in an earlier year of this batch (LO 2019, NHO 2023, KS 2021, YS 2020, VOFO 2019, Regjeringen 2020, NAV 2025, Vestland 2023).", "",
"## Unsure labels", "",
"- HK-dir 2022 'Kompetansepluss' (the whole scheme) is kept as its own tiltak, not the same as KD's 'Kompetansepluss arbeid'; no near-miss pairs involve it because the call is arguable.",
"- KD 2018 'Kompetanseprogram for bransjer' (preparation) is labelled the same tiltak as 'Bransjeprogram for kompetanseutvikling' (KD 2020) and 'Bransjeprogrammene' (HK-dir 2022).",
"- KD 2020 'Toårig yrkesrettet opplæringstiltak i NAV' (ASD responsible) = NAV's 'Toårig yrkesrettet opplæring' = NAV 2025 'Fagbrev som arbeidsmarkedstiltak'.",
"- KS 'Kompetanseløft 2025' typed Annet (printed 'plan'/'Plan').", "",
"## Build", "",
"Sources are outside this folder in /work/blind/match55_build: data.py (ground-truth data), templates.py (one layout function per file), render.py (blocks → python-docx / reportlab), gen.py (builds files, expected.json, near_misses.json; .docx → PDF with LibreOffice for 5 files), check.py (verifies every value in the extracted text; PASS), make_readme.py."]
open(OUT + "/README.md", "w").write("\n".join(L) + "\n")
