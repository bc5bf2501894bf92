from collections import defaultdict, OrderedDict

DESC = {
 '2017_Regjeringen_oppfolgingsnotat.docx': 'KD note: NOTAT header grid (Til/Fra/Dato/Saksnr.), «Bakgrunn», then Heading 2 groups «Strategiens tiltak n: <wording>» (old numbers = the delmål); each measure a bold title paragraph, the text, and a small grey italic line «Ansvar: … · Samarbeid: … · Virkemiddel: … · Tid: …»; «Videre arbeid» (a planned white paper) is not a measure',
 '2017_LO_rapport.pdf': 'LO report exported to PDF: running header, «Side n»; numbered bold titles «n. Title» (numbers stripped) each followed by a borderless label block Strategiens tiltak nr. / Kategori / Hvem / Med / Når / Innhold; one measure runs over the page break; closing list «Møter LO har deltatt i 2017» and signature are not measures',
 '2017_NHO_skjema.docx': 'the secretariat\'s Word form filled in by NHO: the template\'s grey guidance text left in, one two-column form table per measure under «Tiltak n» (Navn på tiltak / Relasjon til strategien «Tiltak nr. 4 og 7» / Ansvarlig og samarbeidspartnere – ONE cell with «Ansvarlig: …» and «Samarbeid: …» lines / Type tiltak / Beskrivelse / Tidspunkt og varighet); the template\'s «Eksempel på utfylling» table at the end is not a measure',
 '2018_KS_rapport.pdf': 'landscape PDF table Delmål i strategien | Tiltak | Beskrivelse | Ansvar | Samarbeid | Type | Periode; the first column gives the delmål ONLY as wording and is merged over consecutive measures of the same delmål; the header repeats on page 2 and one description runs over the page break into a continuation row with empty cells; merged «Antall tiltak: 7» row',
 '2018_Unio_rapport.docx': 'Heading 2 per delmål code («Delmål 2.2»); each measure a bullet with a bold title, a second delmål given as an italic «(også delmål 2.4)» after the title, and level-2 bullets with italic labels Beskrivelse / Ansvarlig / Samarbeid / Type / Varighet; closing «Om Unios arbeid for øvrig» is not a measure',
 '2018_SognogFjordane_arsmelding.pdf': 'nynorsk chapter 6 of the county\'s annual report (page header, page numbers from 34): 6.1 Innleiing (not a measure), sections 6.2–6.6 = measures (section numbers look like delmål codes), the delmål ONLY in a sentence in the text («Tiltaket høyrer inn under delmål 1.2 …»), a budget table (not measures) and closing «Tabell 6.3» with Ansvarleg / Samarbeidspartnarar / Periode / Type per measure',
 '2019_Regjeringen_rapport.pdf': 'government report in two parts: «2 Oversikt» with one table per hovedinnsatsområde (Nr. | Tiltak | Delmål | Virkemiddel | Ansvarlig dep. | Samarbeid | Periode), then «3 Omtale av tiltakene» with «n Title» headings and the description, keyed by the number; «4 Veien videre» is not a measure',
 '2019_Virke_rapport.docx': 'Virke letterhead (landscape), range pasted from Excel: Tiltak | Hva | Mål i NKPS | Type | Eier | Partnere | Periode; two rows hold TWO measures each, marked a) and b) in every cell (a shared value written once); an empty row left in the range; «Antall tiltak» row; closing sentence about meetings is not a measure',
 '2019_NAV_epost.pdf': 'NAV\'s reply e-mail printed from Outlook desktop: name line, Fra/Sendt/Til/Kopi/Emne, plain body «Hei,»; measures as «n) Title» with indented lower-case dash lines «- delmål:», «- type:», «- ansvarlig:», «- med:», «- periode:», «- kort om tiltaket:»; a considered-but-not-started measure in a sentence, signature, disclaimer and the quoted request are not measures',
 '2020_Spekter_rapport.docx': 'Spekter report: intro, an overview table Nr. | Tiltak | Delmål (the ONLY place with delmål), then one Heading 2 per measure with fixed Heading 3 sub-headings «Ansvarlig og samarbeidspartnere» (a sentence «X er ansvarlig. Samarbeidspartnere: …»), «Beskrivelse», «Type og tidspunkt» («type, period»); «Kontakt» is not a measure',
 '2020_VOFO_rapport.pdf': 'landscape PDF table Tiltak | Delmål | Type | Ansvar og partnere («Ansvar:»/«Partnere:» lines) | Planlagt 2020 | Gjennomført 2020 | Periode – the description is «Gjennomført 2020», NOT «Planlagt 2020»; a «Planlagt, ikke startet» list (two postponed ideas) is not measures',
 '2021_LO_rapport.docx': 'LO landscape Word table Tiltak | Status | Delmål | Hva | Ansvar | Sammen med | Tid | Type with a repeating header row; «Status» says «Videreført fra 2017» or «Nytt» (not a field of the answer); two description cells carry superscript note marks explained under the table; «LO mener» bullets are not measures; PAGE field in the footer',
 '2021_Akademikerne_nettside.pdf': 'article on akademikerne.no printed from the browser (date/title in the top margin, URL and n/2 at the foot, breadcrumb, «Publisert»); each measure an H3 title, the text, then ONE grey line of inline bold labels «Delmål: … Type: … Ansvar: … Med: … Når: …»; «Les også» links and a «Kontakt» box are not measures',
 '2021_Vestland_rapport.docx': 'nynorsk: one two-column table per measure, first row merged across both columns = title, then shaded label cells Kva (= description) / Kvifor (delmål) (code + nynorsk wording, one line per goal) / Kven / Saman med / Når / Kva slag; «Planar for 2022» bullets are not measures',
 '2022_Regjeringen_oppfolging.pdf': 'ministry PDF in department sections (KD, HOD); each measure a heading with its own id «KD-n Title» (id stripped), the text, then a small one-row grey table Delmål | Virkemiddel | Samarbeid | Periode (responsible = the department of the section); closing «Oppsummering» count table is not measures',
 '2022_YS_rapport.docx': 'Word automatic numbered list (List Number) of bold titles, each followed by an indented description paragraph; the facts are ONLY in the closing table keyed by number (Nr. | Delmål «1.4 / 2.3» | Type | Ansvar | Partnere | Periode)',
 '2023_NHO_rapport.pdf': 'NHO report PDF: each measure an H3 title, a one-row four-column table Delmål | Type | Ansvar (partnere) – partners in parentheses after the responsible – | Periode, then the description; a measure runs over the page break; «Andre saker» is not a measure',
 '2023_Trondelag_rapport.docx': 'landscape Word table with full-width merged rows for the county\'s OWN innsatsområder (A–C); columns Tiltak | Beskrivelse | NKPS-delmål | Ansvar | Partnere | Periode, the TYPE only as a bracketed prefix in the description («[Nettverk] …», stripped from the description); «Økonomi» is not a measure',
 '2024_KS_rapport.docx': 'one table per delmål heading (Tiltak | Form | Eier | Med | Tidsrom | Status 2024 = description); measures with two delmål appear in BOTH tables but are one row of the answer; closing «Antall tiltak» table is not measures',
 '2024_HKdir_rapport.pdf': 'landscape directorate table Nr. | Oppdrag / tiltak | Ref. (point in the tildelingsbrev, not a delmål) | Delmål | Type | Ansvar | Samarbeid | Periode | Rapportering 2024 (= description), over two pages with repeated header; a «Nøkkeltall 2024» box is not measures',
 '2025_Vestland_rapport.pdf': 'nynorsk PDF: headings per hovudinnsatsområde, bold title, italic status line «Vidareført»/«Nytt» (not part of the title), fact bullets Delmål / Ansvarleg / Partnarar / Periode / Type, then the text; «Avslutta tiltak» (the Hardanger pilot) and contact line are not measures',
 '2026_Unio_rapport.docx': 'landscape table with ONE ROW PER DELMÅL (code + wording) | Tiltak | Kommentar; the Tiltak cell holds several bulleted measures, each «Title – description (Ansvar: …; samarbeid: …; period; type[; også delmål x])»; the Kommentar column and «Planlagt, ikke startet» are not measures',
}

def build(FILES, exp, pairs, NEAR, WHY):
    L = []
    rows = [m for v in exp.values() for m in v['measures']]
    by = defaultdict(list)
    for fn, v in exp.items():
        for m in v['measures']: by[m['tiltak_id']].append((v['reporter'], v['report_year'], m['title'], m['continues']))
    multi = {k: v for k, v in by.items() if len(v) > 1}
    multirep = {k for k, v in by.items() if len({x[0] for x in v}) > 1}
    L += ['# Blind test batch match37', '',
          'Synthetic Norwegian NKPS follow-up reports (PDF and Word) with ground truth: ORDINARY documents as members\' office staff send them '
          '(letterhead reports, forms, pasted Excel ranges, e-mail, web print, annual-report chapters, ministry notes). Emphasis: the same measure '
          'told differently by different members and over years. Rebuild: `/work/blind/.venv37/bin/python make_batch.py` (python-docx, reportlab, '
          'pdfplumber). Data: `data_a.py`–`data_d.py` (FILES), `groups.py` (near-miss groups, reasons); renderers `render_pdf_a/b.py`, `render_docx_a/b.py`.', '',
          '## Counts', '', '| item | n |', '|---|---|',
          f'| report files | {len(exp)} ({sum(1 for f in exp if f.endswith(".docx"))} .docx, {sum(1 for f in exp if f.endswith(".pdf"))} .pdf) |',
          f'| reporters | {len({v["reporter"] for v in exp.values()})} |',
          f'| report years | {", ".join(str(y) for y in sorted({v["report_year"] for v in exp.values()}))} |',
          f'| nynorsk reports | {sum(1 for f in FILES if f["lang"] == "nn")} |',
          f'| measure rows | {len(rows)} |', f'| distinct tiltak | {len(by)} |',
          f'| tiltak reported in more than one row | {len(multi)} |', f'| tiltak reported by more than one reporter | {len(multirep)} |',
          f'| rows with continues=true | {sum(m["continues"] for m in rows)} |', f'| near-miss pairs | {len(pairs)} |', '',
          '## Files', '', '| file | reporter | year | made with | layout (template) | rows |', '|---|---|---|---|---|---|']
    for f in sorted(FILES, key=lambda f: (f['year'], f['file'])):
        L.append(f'| {f["file"]} | {f["reporter"]} | {f["year"]} | {f["made"]} | `{f["layout"]}`: {DESC[f["file"]]} | {len(f["rows"])} |')
    L += ['', '## Conventions', '',
          '- **title**: exactly as printed, without list numbers («1.», «n)», «a)»/«b)»), section numbers (SF 2018 «6.n», Regjeringen 2019 «n»), own ids '
          '(Regjeringen 2022 «KD-n»), status words (Vestland 2025 «Vidareført», LO 2021 «Status» column) or labels.',
          '- **delmal**: sorted codes. 2017 files print old numbers (KD headings «Strategiens tiltak n», LO «Strategiens tiltak nr.: 4 og 7», NHO «Tiltak nr. 4 og 7»), '
          'n → n-th delmål. KS 2018 prints only the wording; SF 2018 only in a sentence; Spekter 2020 only in the overview table; YS 2022 only in the closing '
          'table; Unio 2018/2026 in group headings/rows plus «også delmål x»; KS 2024 from the tables a measure appears in; Vestland 2021 code + nynorsk wording.',
          '- **type**: canonical; printed words that are none of the five → Annet (Tilskuddsordning, Forenkling, Informasjon, Avtale, Kampanje, Plan, Tjeneste, '
          'Teneste, Ordning, Lovendring, Digital plattform/tjeneste, samarbeid, Annet). Utvalg/Råd/Nettverk/Forum → Råd/utvalg/nettverk; Kurs/Utdanning/'
          'Utdanningstilbod → Kurs/utdanning; «Pilot» and «Utviklingsprosjekt» → Prosjekt; NAV\'s «forsøk» → Annet; Utredning/Evaluering → FoU.',
          '- **responsible / partners**: as printed; partners split on «, ». Where a member reports its seat in a body owned by someone else, the printed '
          'owner (KD, HOD, Kompetanse Norge, universiteter og høyskoler) is responsible and the member is among the partners. Spekter 2020 from the sentence '
          '«X er ansvarlig. Samarbeidspartnere: …». NHO 2023 from «Ansvar (partnere)». Regjeringen 2022 responsible = the section\'s department (KD/HOD).',
          '- **description**: as printed; VOFO 2020 = «Gjennomført 2020»; HK-dir 2024 = «Rapportering 2024»; KS 2024 = «Status 2024»; Vestland 2021 = «Kva»; '
          'Trøndelag 2023 without the «[type]» prefix; LO 2021 without the superscript note marks; Unio 2026 the text between « – » and the parenthesis; '
          'KS 2018 one description runs over a page break (joined).',
          '- **continues**: true only when the same reporter has the same tiltak_id in an earlier report year. Sogn og Fjordane → Vestland is a new reporter.', '',
          '## Identity judgements (analyst decisions)', '',
          '1. **A seat in a shared body = the body** (KBU, SRY, RSA, fagskolerådet, forum for karriereveiledning, EVU committee reference group, Kompetanseløft reference/steering groups).',
          '2. **Agency vs ministry**: HK-dir\'s KBU secretariat = KBU; HK-dir\'s «karriereveiledning.no» = the ministry\'s «Nasjonal digital karriereveiledningstjeneste»; '
          'HK-dir\'s «Følgeevaluering» = the ministry\'s «Evaluering av bransjeprogrammene»; recognition of foreign vocational training moved from NOKUT to HK-dir but stays one tiltak.',
          '3. **Renamed / widened schemes keep their id**: Kompetansepluss → Kompetanseprogrammet; fleksible videreutdanningstilbud i digital kompetanse → fleksible utdanningstilbud; '
          'Matindustrien 4.0 → Matindustriens kompetanseløft fase 2; the white paper in preparation → its follow-up.',
          '4. **New period = new tiltak** for agreements and plans: Samfunnskontrakt 2016–2020 ≠ 2022–2026; Kompetanseløft 2020 ≠ 2025; county plans of different counties differ. '
          'Vestland\'s 2025 «Handlingsprogram 2025» is the yearly rolled action programme of the SAME 2021–2033 plan (same tiltak, continues).',
          '5. **Merged successor**: Kompetanseforum Vestland is explicitly carried on from Kompetanseforum Sogn og Fjordane (same tiltak, new reporter).',
          '6. **Pilot vs national scheme vs county roll-out** stay apart (fagbrev på jobb, modular education, quality framework, Jenter og teknologi).',
          '7. **Programme vs its evaluation** and **study vs follow-up study** stay apart.', '',
          '## Same-tiltak groups (generated)', '']
    for k in sorted(multi):
        items = '; '.join(f'{r} {y} «{t}»' + (' (cont.)' if c else '') for r, y, t, c in multi[k])
        L.append(f'- **{k}**: {items}. *Why:* {WHY.get(k, "")}')
    L += ['', '## Near-miss groups (every pair of different tiltak inside a group is in near_misses.json)', '']
    for ids, why in NEAR:
        names = ', '.join(f'{i} «{by[i][0][2]}»' for i in ids)
        L.append(f'- {names} — {why}')
    L.append('')
    return '\n'.join(L)
