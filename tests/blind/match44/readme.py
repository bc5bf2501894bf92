import os, collections
HERE = os.path.dirname(os.path.abspath(__file__))
JUDGE = """## Identity judgements
- **Participation = the body itself.** 'LOs deltakelse i Kompetansebehovsutvalget', 'NHO i Kompetansebehovsutvalget', 'YS sin plass i KBU', 'Akademikerne i KBU' and HK-dir's 'Sekretariat for Kompetansebehovsutvalget' are all tiltak KBU (Regjeringen's 'Etablering av …' / '… – nytt mandat'). Likewise members in SRY (LO 2017, KS 2018/2022) = SRY, and Unio's/KS' rows on Kompetanseløft 2020 = KOMPLOFT20 (HOD's plan).
- **Renamed schemes.** 'Kompetansepluss arbeid' (2017) → 'Kompetansepluss' (2019) → 'Kompetanseprogrammet (tidligere Kompetansepluss)' (HK-dir 2022) → 'Kompetanseprogrammet' (2024) = KPLUSS. 'KommIT – …' → 'Digitaliseringskompetanse i kommunene (tidligere KommIT)' = KS_DIGI. 'Utvikling av toårig yrkesrettet opplæringstiltak i NAV' (2017) → 'Fag- og yrkesopplæring som arbeidsmarkedstiltak (tidligere toårig …)' = TOARIG. 'Nettbasert karriereveiledning' → 'Karriereveiledning.no – …' → 'Nasjonal digital karriereveiledning' = KARRNETT.
- **Same measure in other words across members.** Spekter's 'Partssammensatt prosjekt om kompetanseutvikling for helsefagarbeidere' (Spekter og LO Stat) = LO's 'Helsefagarbeiderprosjektet (med Spekter)'. VOFO's 'Norsktrening for innvandrere i studieforbundene' = Regjeringen's 'Norsktrening i frivillig sektor' (the IMDi grant the norsktrening runs on). 'Fagbrev på jobb' is one scheme whoever reports it (LO, NHO, KS, the counties – the counties run it). Members' input to / follow-up of the competence reform (Virke, YS, Akademikerne) = KOMPREF. Members' part in the bransjeprogram (LO, NHO, Virke) and HK-dir's 'forvaltning' = BRANSJE.
- **Kept apart (near-misses).** The bransjeprogram vs its evaluation (EVAL_BRANSJE) vs Spekter's own 'Kompetanseprogram for spesialisthelsetjenesten'; Kompetansepluss/-programmet vs Kompetansepluss frivillighet vs the NHO/LO pilot with fagopplæring; Kompetanseløft 2020 vs its successor Kompetanseløft 2025 (new period); Vestland's regional plan 2020–2023 vs 2024–2028; the national forsøk/right for flexible upper-secondary education (FLEKSVGO) vs the Vestland model and Møre og Romsdal's roll-out; two counties' forums, career centres and BIO grants; the three unions' courses for tillitsvalgte; each member's own survey; NAV's AMO vs fag- og yrkesopplæring vs basic-skills courses vs their evaluation.
- **Misleading continuation words.** 'fase 2', '– revidert', '– vidareført', '(tidligere …)' mark continuation only when the same reporter gave the tiltak in an earlier file of the batch. LO 2020 and LO 2025 'Helsefagarbeiderprosjektet' and Regjeringen 2024 'Norsktrening i frivillig sektor' are not continuations for 2020/2024 where the reporter had not reported them before (LO 2025 is: LO gave it in 2020). Unio 2026 'Unios EVU-undersøkelse' continues Unio 2018 'Rapport om videreutdanning for sykepleiere og lærere' (the survey repeated; judgement) and 'Realkompetansevurdering – oppfølging av nasjonal metode' continues Unio 2018's row on the method.
"""
CONV = """## Conventions
- `title` exactly as printed without list numbers, 'Nr' values, labels, or the HK-dir table's '(også 3.3)' delmål note.
- `delmal`: codes; 2017 files give old NKPS numbers (n → n-th delmål); Spekter 2019 gives only the delmål's wording in «»; Vestland 2020 gives them only in a separate X matrix; HK-dir 2022 gives the first code in a merged cell and the others in '(også …)'.
- `type`: printed words mapped to the six types when they are a plain variant (Kurs, Opplæring, E-læring → Kurs/utdanning; Undersøkelse, Analyse, Evaluering, Utredning, Kartlegging, Forskning → FoU; Råd, Utvalg, Utvalgsarbeid, Nettverk, Partssamarbeid → Råd/utvalg/nettverk; Forsøk, Pilot → Prosjekt; informasjonstiltak, Informasjonskampanje → Informasjon; Konferanse → Arrangement); everything else (Plan, Strategi, Reform, Tilskotsordning, Stipendordning, Program, Annet) → `Annet`.
- `responsible`, `partners`, `period`, `description` as printed. Regjeringen 2024: the responsible ministry is given only by the band row above ('Kunnskapsdepartementet (KD)' → 'Kunnskapsdepartementet'). Regjeringen 2019: facts only in a sentence ('Ansvarlig er KD, i samarbeid med X og Y, for perioden …'). Empty partners are printed '–' (or left empty) → [].
- Unio 2018: one form row holds two measures as 'a) … b) …'; the secretariat's grey 'Eksempel' row is not a measure.
- Not measures: summaries/totals ('Sum tiltak', 'Tabell 1 Antall tiltak per delmål', 'Vedlegg: Oversikt', 'Sum: 8 tiltak'), 'Planlagt, ikke startet' (NHO 2021), 'Planlagt for 2027' (Unio 2026), meetings lists (YS 2021, LO 2025), 'Forslag til vedtak' / 'Innstilling', the quoted example in VOFO's e-mail, NAV's participant table, Vestland's economy table, cookie/related-article boxes.
"""
def write(FILES, exp, pairs, groups):
    rows = [(fn, m) for fn, v in exp.items() for m in v['measures']]
    by = collections.defaultdict(list)
    for fn, m in rows: by[m['tiltak_id']].append((fn, m['title'], exp[fn]['reporter']))
    multi = {t: v for t, v in by.items() if len(v) > 1}
    multirep = {t: v for t, v in by.items() if len({x[2] for x in v}) > 1}
    L = ['# Blind test batch match44', '',
         'Synthetic Norwegian NKPS follow-up reports in ordinary office layouts (Word reports from letterhead templates, Excel printouts, board papers, e-mails, web pages, annual-report chapters) with ground truth. '
         'Rebuild: `/work/blind/.venv44/bin/python make_batch.py` (python-docx, reportlab, pdfplumber). Data: `data_a.py`–`data_d.py` (+ `common.py`); renderers `render_docx*.py`, `render_pdf*.py`; `check.py` checks titles/descriptions/periods against the rendered text (table cells that wrap in PDFs are reported as missing there – expected).', '',
         '## Counts', '', '| item | n |', '|---|---|',
         '| report files | %d (%d .docx, %d .pdf) |' % (len(exp), sum(f.endswith('.docx') for f in exp), sum(f.endswith('.pdf') for f in exp)),
         '| reporters | %d |' % len({v['reporter'] for v in exp.values()}),
         '| report years | %s |' % ', '.join(str(y) for y in sorted({v['report_year'] for v in exp.values()})),
         '| nynorsk reports | %d |' % sum(1 for f in FILES if f['lang'] == 'nn'),
         '| measure rows | %d |' % len(rows), '| distinct tiltak | %d |' % len(by),
         '| tiltak reported in more than one row | %d |' % len(multi), '| tiltak reported by more than one reporter | %d |' % len(multirep),
         '| rows with continues=true | %d |' % sum(m['continues'] for _, m in rows), '| near-miss pairs | %d |' % len(pairs), '',
         '## Files', '', '| file | reporter | year | made with | layout (template) | rows |', '|---|---|---|---|---|---|']
    for f in FILES:
        L.append('| %s | %s | %d | %s | `%s`: %s | %d |' % (f['file'], f['reporter'], f['year'], 'python-docx' if f['file'].endswith('docx') else 'reportlab',
                                                           f['layout'], f['layout_desc'].replace('|', '/'), len(f['rows'])))
    L += ['', CONV, JUDGE, '## Same-tiltak groups (more than one row)', '']
    for t in sorted(multi):
        L.append('- **%s**: ' % t + '; '.join('%s «%s»' % (fn, ti) for fn, ti, _ in multi[t]))
    L += ['', '## Near-miss groups (every pair of rows of different tiltak in a group is in near_misses.json)', '']
    for name, tids, why in groups:
        L.append('- **%s** (%s): %s' % (name, ', '.join(tids), why))
    open(os.path.join(HERE, 'README.md'), 'w').write('\n'.join(L) + '\n')
