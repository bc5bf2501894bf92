# -*- coding: utf-8 -*-
"""Writes README.md for batch match22 from the data and the computed ground truth."""
import collections

SAME_WHY = {
    'KBU': 'Kompetansebehovsutvalget: YS 2017 (its establishment, old tiltak nr. 1), LO, Akademikerne, NHO report their seat; KD reports the committee; HK-dir reports its secretariat (2025 under the English name "Norwegian Committee on Skill Needs"). One national committee = one tiltak.',
    'SRY': 'Samarbeidsrådet for yrkesopplæring: a council several members sit in; the 2018 summary registers such councils once. LO adds "og de faglige rådene" – treated as the same participation.',
    'DIGIGRP': 'KD\'s tripartite working group on digital competence (2017–2018), reported by KD and by two members who sat in it.',
    'BALANSE': 'Virke\'s model for describing competence acquired at work ("Balansekunst"): YS 2017 describes it without the name, LO 2018 as input to it, Virke 2019 as owner.',
    'BRP': 'The tripartite bransjeprogram scheme. LO 2018 names only its first programme (industri og bygg) and KD 2019 its first three sectors; NHO, HK-dir (administrator) and LO 2023 ("utvidet til flere bransjer") report the same scheme. Judged as one scheme growing over time, not one tiltak per branch.',
    'SAMK1': 'Samfunnskontrakt for flere læreplasser 2016–2020 (LO, KD, Virke "Virkes oppfølging av …", NHO).',
    'YRKESAAR': 'Yrkesfagenes år 2018 (LO and KD).',
    'RSA': 'Participation in Råd for samarbeid med arbeidslivet at the universities (Unio, Akademikerne, NHO "RSA-ene"; Unio again in 2024 as "Unio i RSA").',
    'EVU_UTV': 'The expert committee on EVU (KD); Akademikerne reports its seat in the committee\'s reference group – judged the same tiltak (participation in the same body), a borderline call.',
    'KVALRAMME': 'National quality framework for career guidance: developed (KD 2019, Kompetanse Norge responsible), implemented (HK-dir 2022), revised (HK-dir 2025).',
    'DIGIKARR': 'The national digital career-guidance service: KD 2019 (before launch), HK-dir 2022/2025 by its web name "karriereveiledning.no", NAV 2023 as partner of HK-dir.',
    'FLEKS': 'Grant scheme for flexible further education; HK-dir 2025 prints the renamed scheme "(tidligere Fleksible videreutdanningstilbud)".',
    'MODULPILOT': 'The national pilot with modular training for adults (KD 2019); Innlandet 2021 reports its schools\' participation in the same pilot (responsible Udir).',
    'IA1922': 'IA-avtalen 2019–2022 (NHO 2020, NAV 2023).',
    'IA2428': 'The new IA-avtale 2024–2028 (LO 2023 "Ny IA-avtale", KS 2026).',
    'VL_HFA': 'Vestland\'s training for minority-language health workers; NAV 2023 reports the same scheme by its nickname "Sogn og Fjordane-modellen" with Vestland as responsible.',
    'MENNHELSE': 'Menn i helse: NAV 2023 as partner of KS; KS 2024 and KS 2026 ("videreført med nye kommuner").',
    'KPLUSS': 'Kompetansepluss renamed "Kompetanseprogrammet (tidligere Kompetansepluss)" in HK-dir 2025.',
}

NM_EXTRA = {
    'SAMK1': 'LO 2023 prints the old contract in its "Rapportert 2018 som" column with the remark "Ny kontrakt": judged a NEW tiltak (new agreement, new targets, new period), so LO 2023\'s row does not continue LO 2018\'s.',
    'MODULPILOT': 'Pilot vs national scheme: the pilot (2017–2021) ended; the national scheme (HK-dir 2025) is a new measure under the new Education Act. Kept apart.',
    'ARENDAL18': 'Each Arendalsuka debate is a one-off event; LO 2018, LO 2023 and Unio 2024 are three different tiltak.',
    'VIRKE_KONF19': 'KS\' kompetansekonferanse 2024 and 2026 are separate events of one series: different tiltak (KS 2026 row is therefore not continuing).',
}


def write(path, FILES, NEAR_MISS_GROUPS, exp, pairs, ids, rowref):
    fi = {f['file']: f for f in FILES}
    order = sorted(exp, key=lambda f: (exp[f]['report_year'], f))
    rows = sum(len(e['measures']) for e in exp.values())
    cont = sum(m['continues'] for e in exp.values() for m in e['measures'])
    multi = sum(1 for k, v in rowref.items() if len({r[0] for r in v}) > 1)
    cross = sum(1 for k, v in rowref.items() if len({exp[r[0]]['reporter'] for r in v}) > 1)
    ndocx = sum(1 for f in exp if f.endswith('.docx'))
    years = collections.Counter(exp[f]['report_year'] for f in exp)
    types = collections.Counter(m['type'] for e in exp.values() for m in e['measures'])
    L = []
    L.append('# Blind test batch match22\n')
    L.append('Synthetic follow-up reports to Kompetansepolitisk råd (NKPS), 2017–2026, with ground truth. '
             'Rebuild with `python make_batch.py` (python-docx, reportlab; pdfplumber for the built-in check). '
             'The reports are the .pdf and .docx files in this folder.\n')
    L.append('## Counts\n')
    L.append('| What | Count |\n|---|---|')
    for a, b in [('Files', '%d (%d .docx, %d .pdf)' % (len(exp), ndocx, len(exp) - ndocx)),
                 ('Files without any measure', str(sum(1 for e in exp.values() if not e['measures']))),
                 ('Reporters', str(len({e['reporter'] for e in exp.values()}))),
                 ('Report years', ', '.join('%d: %d' % kv for kv in sorted(years.items()))),
                 ('Nynorsk files', str(sum(1 for f in FILES if f.get('lang') == 'nn'))),
                 ('Measure rows', str(rows)), ('Distinct tiltak', str(len(ids))),
                 ('Tiltak appearing in more than one file', str(multi)),
                 ('Tiltak reported by more than one reporter', str(cross)),
                 ('Continuing rows (continues = true)', str(cont)),
                 ('Near-miss pairs (near_misses.json)', str(len(pairs))),
                 ('Rows per type', ', '.join('%s %d' % kv for kv in types.most_common()))]:
        L.append('| %s | %s |' % (a, b))
    L.append('\n## Files\n')
    L.append('| File | Reporter | Year | Made with | Layout | Rows |\n|---|---|---|---|---|---|')
    for fn in order:
        f = fi[fn]
        L.append('| %s | %s | %d | %s | `%s`%s: %s | %d |' % (fn, f['reporter'], f['year'], f['made_with'], f['template'],
                                                             ' (nynorsk)' if f.get('lang') == 'nn' else '',
                                                             f['layout'].replace('|', '\\|'), len(exp[fn]['measures'])))
    L.append('\nAll templates are new relative to /work/blind/templates_used.txt.\n')
    L.append('''## Conventions

- **File order / ids**: files ordered by report year, then file name; measures in reading order; `tiltak_id` T01… by
  first appearance in that order. `continues` = the same reporter has the same tiltak_id in an earlier report year.
- **title**: as printed, without list numbers, letters ("Tiltak A –"), labels ("Tiltak:", "## Tiltak:", "Prosjektmandat:",
  "YS følger opp:"), icons (✎ ⚗ ◉ …) or ID numbers; parenthesised parts printed with the title are kept
  ("(tidligere Kompetansepluss)", "(KBU)", "(2016–2020)"). Where a report prints a title twice (overview table, summary pipe
  table, page tree, dashboard matrix + detail table) the measure is counted once, with the title of the main entry.
- **delmal**: new codes, sorted. YS 2017 gives old NKPS tiltak numbers (n → n-th delmål: 1→1.1 … 4→1.4, 5→2.1 … 10→2.6,
  11→3.1 … 16→3.6), mapped. Akademikerne 2019 gives the delmål only in words in its "Nøkkelord" line
  ("kunnskapsgrunnlag om læring i arbeidslivet" → 2.2, "kompetansebehovsutvalg" → 1.1, "samarbeid mellom utdanning og
  arbeidsliv" → 1.4). Vestfold og Telemark 2020 gives the first delmål as the cluster heading and further ones as
  "òg delmål …" on the note. Two measures have no delmål (`[]`): Virke "Bransjeløft for frisørfaget" (printed
  "ikke knyttet til et bestemt delmål") and NAV "Opplæringstiltaket …" (page property "(ikke satt)").
- **NOTE on numbering**: the brief describes the delmål as 1.1–1.6/2.1–2.4/3.1–3.6, but the strategy (domain.md, seed 001
  Vedlegg 1) has 1.1–1.4, 2.1–2.6, 3.1–3.6. This batch follows the strategy's real numbering.
- **type**: one of Kurs/utdanning, Arrangement, Råd/utvalg/nettverk, FoU, Prosjekt, Annet. Printed variants mapped:
  "Kampanje" (LO 2018), "Tilskotsordning" (Vestland), "Andre tiltak" (YS 2021 group), ✱ (Virke) → Annet;
  "Forskning og utvikling" → FoU; "Kurs og opplæring" → Kurs/utdanning; "Råd/utval/nettverk" → Råd/utvalg/nettverk;
  Virke's symbols via the legend. No report prints "Informasjon" (avoids the Informasjon/Annet ambiguity).
- **responsible / partners**: as printed. LO 2018 writes repeated values as ditto marks (” or «–») that stand for the value
  above. HK-dir 2022 (RACI): responsible = the column marked A; partners = columns marked R or C in column order; I =
  informed only, not a partner. KS 2024 (prosjektmandat): responsible = "Prosjekteier", partners = "Samarbeidspartnere /
  styringsgruppe" (the "Prosjektleder" line is an internal unit, not a partner). Joint responsibility kept as one string ("LO Stat og Spekter"). "–" / "-" = no partners = [].
- **period**: as printed ("" never occurs; "Løpende", "Årlig", "Frå 2020", "Hvert annet år" are kept).
- **description**: the descriptive sentence(s) of the measure as printed. Where the report adds fact sentences to the same
  paragraph (Unio 2018 "Tiltaket gjennomføres i regi av … Tidsrom: …"; KD 2019 "Ansvarlig: … Periode: …") those
  are not part of the description; a tool that keeps them should not be penalised much.
- **Not measures** (must not be counted): YS 2017 quoted strategy text and contact line; LO 2018 "Sum" line; KD 2019 budget
  tables, post headings and "Mål for 2020"; Akademikerne publication list (repeats FoU titles); NHO "→ se" cross-references
  and letter dividers; Vestfold og Telemark "PARKERINGSPLASS" note and photo credit; VOFO pipe-table summary; Vestland
  innstilling, vurdering and vedlegg; HK-dir 2022 legend and "Merknader" notes; NAV page tree (truncated titles),
  "Relaterte sider"; LO 2023 left column ("Rapportert 2018 som") and the "Avsluttet siden 2018" rows; KS 2024 version
  tables; Unio 2024 cover-photo caption and credits; HK-dir 2025 slicers, KPI cards, area and "Totalt" rows and the detail
  table (same measures again); Trøndelag legend and "Sist oppdatert" leaf; KS 2026 watermark, line numbers and "Vedlegg"
  line; Spekter 2026 priority themes (the file has no measures).
- **Made with**: python-docx and reportlab only. LibreOffice was used once to render the .docx files for a visual check;
  the PDFs in the batch are all reportlab output.
- **Check**: `make_batch.py` extracts the text (pdfplumber for PDF, ignoring the 90-pt watermark glyphs of the KS draft and
  its margin line numbers; python-docx for DOCX) and verifies every title is present (whitespace-normalised, or inside one
  table cell where a cell wraps). All 133 titles pass.
''')
    L.append('## Identity judgements\n')
    L.append('### Same tiltak across files\n')
    L.append('| Id | Rows (reporter year: title) | Why |\n|---|---|---|')
    for key, rr in rowref.items():
        if len(rr) < 2:
            continue
        cells = []
        for fn, t in rr:
            e = exp[fn]
            m = [x for x in e['measures'] if x['title'] == t][0]
            cells.append('%s %d: «%s»%s' % (e['reporter'], e['report_year'], t, ' (continues)' if m['continues'] else ''))
        why = SAME_WHY.get(key, 'Same reporter, same measure in a later year (renamed / new phase / partners or delmål changed).')
        L.append('| %s | %s | %s |' % (ids[key], '<br>'.join(cells), why))
    L.append('\n### Near-miss groups (kept apart)\n')
    L.append('Every pair of rows from two different tiltak in one group is listed in near_misses.json.\n')
    L.append('| Tiltak in the group | Why they are different |\n|---|---|')
    for keys, why in NEAR_MISS_GROUPS:
        names = []
        for k in keys:
            fn, t = rowref[k][0]
            names.append('%s «%s» (%s %d%s)' % (ids[k], t, exp[fn]['reporter'], exp[fn]['report_year'],
                                               ', +%d rows' % (len(rowref[k]) - 1) if len(rowref[k]) > 1 else ''))
        extra = ' '.join(NM_EXTRA[k] for k in keys if k in NM_EXTRA)
        L.append('| %s | %s.%s |' % ('<br>'.join(names), why[0].upper() + why[1:], (' ' + extra) if extra else ''))
    L.append('''
### Other judgement calls

- Continuing rows with changed wording: YS course "– nå som nettkurs"; LO "Kompetansekurs for tillitsvalgte" (delmål 2.1
  added); LO UiO cooperation "– fase 2" (OsloMet new partner); LO Fafo study continued as "ny Fafo-studie"; Unio
  "Kompetanseløft for helsepersonell – fase 2" continues the 2018 report on the same topic; Unio "Kurs for medlemmer
  gjennom studieforbundene" continues "Aktiv bruk av studieforbund"; KS FoU on financing continues as "– sluttrapport";
  KS "Lærlingløftet i kommunesektoren" → "Lærlingløftet".
- The KS conferences 2024/2026 and Arendalsuka events are one-off events and never continue each other.
- County measures with the same name in different counties (Fagbrev på jobb, Kompetanseforum, BIO, regional strategy)
  are each county's own tiltak.
- Vestland's "Lokal samfunnskontrakt for fleire læreplassar i Vestland" is a county agreement, not the national contract.
''')
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L))
