"""Renderers for the 2023–2026 files (data_d)"""
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx_common import *
from pdf_common import *
from common import D, WORDS, WORDS_NN, AREAS_NN

R = lambda r: dict(tid=r[0], title=r[1], dm=r[2], typ=r[3], resp=r[4], partners=r[5], period=r[6], desc=r[7], x=r[8])


def _vmerge(cells, text, size=9):
    m = cells[0].merge(cells[-1]) if len(cells) > 1 else cells[0]
    cell_write(m, text, size=size)
    return m


# ---------------------------------------------------------------- 17 KS 2023 landscape table, delmål words last, vMerged Eier
def ks_2023(f, path):
    d = new_doc(landscape=True, font='Calibri', size=10, lr=18)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Mm(261), WD_TAB_ALIGNMENT.RIGHT)
    fmt_run(hp.add_run('KS'), bold=True, size=14, color='00558C')
    fmt_run(hp.add_run('\tRapportering til Kompetansepolitisk råd 2023'), size=8, color='7F7F7F')
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Mm(261), WD_TAB_ALIGNMENT.RIGHT)
    fmt_run(fp.add_run('Oslo, 29. september 2023\t'), size=8, color='7F7F7F')
    add_field(fp, 'PAGE', '1', size=8)
    rows = [R(r) for r in f['rows']]
    para(d, 'KS’ tiltak 2023', style='Title')
    para(d, 'KS rapporterer sju tiltak for 2023. Tre av dem er videreføringer av tiltak KS har rapportert tidligere. '
            'Kolonnen «Status» viser hvor langt tiltaket har kommet. Delmålet i strategien står i siste kolonne.')
    heads = ['Tiltak', 'Beskrivelse', 'Form', 'Eier', 'Medaktører', 'Tidsrom', 'Status', 'Delmål i strategien']
    t = table(d, 1 + len(rows), 8, widths=[40, 68, 20, 14, 34, 18, 18, 49])
    for i, h in enumerate(heads):
        cell_write(t.cell(0, i), h, bold=True, size=9, color='FFFFFF'); shade(t.cell(0, i), '00558C')
    repeat_header(t.rows[0])
    for j, r in enumerate(rows, 1):
        vals = [r['title'], r['desc'], r['typ'], None, ', '.join(r['partners']), r['period'], r['x']['status'],
                '\n'.join(WORDS[c] for c in r['dm'])]
        for i, v in enumerate(vals):
            if v is not None:
                cell_write(t.cell(j, i), v, size=9, bold=(i == 0))
    # merge Eier over consecutive equal owners
    i = 0
    while i < len(rows):
        k = i
        while k + 1 < len(rows) and rows[k + 1]['resp'] == rows[i]['resp']:
            k += 1
        _vmerge([t.cell(x + 1, 3) for x in range(i, k + 1)], rows[i]['resp'])
        i = k + 1
    para(d, '')
    para(d, 'Planlagt for 2024 (ikke startet)', style='Heading 2')
    for b in ['Lederutviklingsprogram i kompetanseledelse for kommunale ledere',
              'Felles kompetanseportal for fylkeskommunene som lærebedrift']:
        para(d, b, style='List Bullet')
    para(d, 'Kontakt: avdeling for arbeidsgiverpolitikk, KS', size=9, color='7F7F7F')
    d.save(path)


# ---------------------------------------------------------------- 18 HK-dir 2023 cover + TOC + chapters
def hkdir_2023(f, path):
    rows = [R(r) for r in f['rows']]
    chap = {'3': 'Karriereveiledning', '4': 'Kompetanse i arbeidslivet', '5': 'Voksnes grunnleggende ferdigheter'}
    story = [Spacer(1, 70 * mm), P('RAPPORT 4/2023', st('rk', 'Sans-B', 11, textColor=colors.HexColor('#6b2c91'))),
             P('HK-dirs oppfølging av Nasjonal kompetansepolitisk strategi 2023', st('ct', 'Sans-B', 24, 29, spaceAfter=14)),
             P('Rapportering til Kompetansepolitisk råd', st('cs', 'Sans', 13)), Spacer(1, 60 * mm),
             P('Direktoratet for høyere utdanning og kompetanse (HK-dir)<br/>Oktober 2023', st('cb', size=10)), PageBreak()]
    story.append(P('Innhold', H1))
    toc = [('1 Innledning', 3), ('2 Sammendrag', 3)]
    pg = {'3': 3, '4': 3, '5': 4, '3.1': 3, '3.2': 3, '4.1': 3, '4.2': 4, '4.3': 4, '5.1': 4, '5.2': 4}
    cur = None
    for r in rows:
        c = r['x']['sec'][0]
        if c != cur:
            cur = c; toc.append(('%s %s' % (c, chap[c]), pg[c]))
        toc.append(('%s %s' % (r['x']['sec'], r['title']), pg[r['x']['sec']]))
    tt = Table([[P(a, st('tc', size=10, leftIndent=(0 if len(a.split()[0]) == 1 else 6 * mm))), P(str(b), st('tp', size=10, alignment=TA_RIGHT))]
                for a, b in toc], colWidths=[150 * mm, 15 * mm])
    tt.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.25, colors.HexColor('#dddddd'))]))
    story += [tt, PageBreak()]
    story += [P('1 Innledning', H2),
              P('HK-dir har ansvar for flere av virkemidlene i kompetansepolitikken og rapporterer her direktoratets egne tiltak '
                'som følger opp Nasjonal kompetansepolitisk strategi. Tiltakene er ordnet i tre kapitler etter tema. For hvert '
                'tiltak står nøkkelinformasjon i en grå boks før omtalen.'),
              P('2 Sammendrag', H2),
              P('Direktoratet rapporterer sju tiltak. Tabellen viser fordelingen på type tiltak slik de er registrert i HK-dirs '
                'virksomhetsplan.')]
    cnt = {}
    for r in rows:
        cnt[r['typ']] = cnt.get(r['typ'], 0) + 1
    story.append(grid([['Type', 'Antall']] + [[k, str(v)] for k, v in cnt.items()] + [['Totalt', str(len(rows))]],
                      [60 * mm, 20 * mm], bg=colors.HexColor('#e4dfec'), extra=[('FONTNAME', (0, -1), (-1, -1), 'Sans-B')]))
    cur = None
    lab = st('kl', 'Sans-B', 9, 11.5); val = st('kv', size=9, lead=11.5)
    for r in rows:
        c = r['x']['sec'][0]
        if c != cur:
            cur = c; story.append(P('%s %s' % (c, chap[c]), H2))
        story.append(P('%s %s' % (r['x']['sec'], esc(r['title'])), H3))
        kv = [('Delmål', ', '.join(r['dm'])), ('Type', r['typ']), ('Ansvar', r['resp']), ('Samarbeid', ', '.join(r['partners'])),
              ('Periode', r['period'])]
        t = Table([[P(k, lab), P(esc(v), val)] for k, v in kv], colWidths=[28 * mm, 120 * mm])
        t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#f0f0f0')), ('TOPPADDING', (0, 0), (-1, -1), 1),
                               ('BOTTOMPADDING', (0, 0), (-1, -1), 1)]))
        story += [t, Spacer(1, 4), P(esc(r['desc'])), Spacer(1, 4)]

    def header(c, pno, w, h):
        if pno > 1:
            c.setFont('Sans', 8); c.drawString(20 * mm, h - 12 * mm, 'HK-dir · Rapport 4/2023')

    def footer(c, pno, w, h):
        if pno > 1:
            c.setFont('Sans', 8); c.drawRightString(w - 20 * mm, 10 * mm, str(pno))
    build(path, story, header, footer)


# ---------------------------------------------------------------- 19 NHO 2024 landscape table, type first, star footnote
def nho_2024(f, path):
    rows = [R(r) for r in f['rows']]
    story = [P('NHOs rapportering til Kompetansepolitisk råd 2024', H1),
             P('Innledning', H3),
             P('NHO rapporterer her tiltakene som følger opp Nasjonal kompetansepolitisk strategi i 2024. Tabellen er sortert '
               'etter type tiltak. Tiltak merket med stjerne er videreført fra tidligere år. Kolonnen «Kommentar» gir en kort '
               'omtale av tiltaket og status.'),
             P('NHOs prioriteringer i kompetansepolitikken 2024', H3)]
    for b in ['Flere læreplasser og raskere vei til fagbrev for voksne',
              'Et etter- og videreutdanningssystem som svarer på bedriftenes behov for grønn og digital omstilling',
              'Bedre dimensjonering av fagskoletilbudet',
              'Enklere godkjenning av utenlandsk fagutdanning']:
        story.append(P('–&nbsp;&nbsp;' + esc(b), st('b', size=10, leftIndent=6 * mm, spaceAfter=2)))
    story.append(P('Disse prioriteringene er ikke tiltak i seg selv, men ligger til grunn for NHOs arbeid i rådet og i '
                   'trepartssamarbeidet. NHO har i 2024 også gitt innspill til stortingsmeldingen om høyere yrkesfaglig utdanning '
                   'og til arbeidet med ny kompetansereform. NHO Service og Handel og Norsk Industri har i tillegg egne '
                   'kompetanseprosjekter som rapporteres av landsforeningene.', st('p2', size=10, spaceBefore=4, spaceAfter=8)))
    cnt = {}
    for r in rows:
        cnt[r['typ']] = cnt.get(r['typ'], 0) + 1
    story.append(P('Tabell 1 Antall tiltak per type', st('cap', 'Sans-I', 9, spaceAfter=3)))
    story.append(grid([['Type', 'Antall', 'Herav videreført']] + [[k, str(v), str(sum(1 for r in rows if r['typ'] == k and r['x'].get('star')))]
                       for k, v in cnt.items()] + [['Sum', str(len(rows)), str(sum(1 for r in rows if r['x'].get('star')))]],
                      [40 * mm, 20 * mm, 30 * mm], bg=colors.HexColor('#dbe5f1'), extra=[('FONTNAME', (0, -1), (-1, -1), 'Sans-B')]))
    story.append(P('Tabell 2 NHOs tiltak 2024', st('cap2', 'Sans-I', 9, spaceBefore=8, spaceAfter=3)))
    order = {'Kurs/utdanning': 0, 'Prosjekt': 1, 'Analyse': 2, 'Informasjon': 3, 'Råd': 4, 'Avtale': 5}
    rows_s = sorted(rows, key=lambda r: order[r['typ']])
    data = [['Type', 'Tiltak', 'Delmål', 'Ansvarlig', 'Partnere', 'Periode', 'Kommentar']]
    for r in rows_s:
        ttl = '<b>%s</b>%s' % (esc(r['title']), '*' if r['x'].get('star') else '')
        data.append([esc(r['typ']), ttl, ', '.join(r['dm']), esc(r['resp']), esc('; '.join(r['partners'])), esc(r['period']),
                     esc(r['desc'])])
    fs = st('c9', size=10, lead=12.5)
    hb = st('h9', 'Sans-B', 10, lead=12.5)
    data = [[Paragraph(c, hb if i == 0 else fs) for c in row] for i, row in enumerate(data)]
    t = Table(data, colWidths=[28 * mm, 55 * mm, 16 * mm, 30 * mm, 44 * mm, 22 * mm, 72 * mm], repeatRows=1, splitInRow=1)
    t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.4, colors.HexColor('#9bb3cf')), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#dbe5f1')), ('LINEABOVE', (0, 0), (-1, 0), 1, colors.HexColor('#003a70'))]))
    story += [t, Spacer(1, 4), P('* Tiltaket er videreført fra tidligere rapporteringer.', SMALL)]

    def header(c, pno, w, h):
        c.setFont('Sans-B', 10); c.setFillColor(colors.HexColor('#003a70')); c.drawString(15 * mm, h - 11 * mm, 'NHO')
        c.setFillColor(colors.black); c.setFont('Sans', 8); c.drawRightString(w - 15 * mm, h - 11 * mm, 'Kompetansepolitisk råd · rapportering 2024')

    def footer(c, pno, w, h):
        c.setFont('Sans', 8); c.drawRightString(w - 15 * mm, 8 * mm, 'Side %d av 2' % pno)
    build(path, story, header, footer, pagesize=landscape(A4), margins=(15, 15, 17, 14))


# ---------------------------------------------------------------- 20 YS 2024 numbered titles [codes], tabbed fact line, meetings table
def ys_2024(f, path):
    d = new_doc(font='Calibri', size=11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    fmt_run(hp.add_run('YS  Yrkesorganisasjonenes Sentralforbund'), size=8, color='1F4E79')
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fmt_run(fp.add_run('Side '), size=8); add_field(fp, 'PAGE', '1', size=8)
    rows = [R(r) for r in f['rows']]
    para(d, 'YS’ tiltak for å følge opp Nasjonal kompetansepolitisk strategi 2024', bold=True, size=15, space_after=8)
    para(d, 'YS rapporterer seks tiltak. Tallene i hakeparentes etter navnet på tiltaket viser hvilke delmål i strategien '
            'tiltaket følger opp. Under hvert tiltak står en kort omtale og en linje med ansvar, samarbeid, tid og type.')
    for i, r in enumerate(rows, 1):
        p = para(d, '', space_before=10, space_after=2)
        runs(p, [('%d. ' % i, dict(bold=True, size=12)), (r['title'], dict(bold=True, size=12)),
                 (' [%s]' % ', '.join(r['dm']), dict(size=11, color='1F4E79'))])
        para(d, r['desc'], space_after=2)
        p = para(d, '', space_after=4)
        pf = p.paragraph_format
        for x in (45, 95, 130):
            pf.tab_stops.add_tab_stop(Mm(x))
        runs(p, [('Ansvar: %s\tMed: %s\tTid: %s\tType: %s' % (r['resp'], ', '.join(r['partners']), r['period'], r['typ']),
                  dict(size=9, color='595959'))])
    para(d, 'Møter og arenaer YS deltok i 2024', bold=True, size=12, space_before=14)
    para(d, 'Oversikten er til orientering. Møtene rapporteres ikke som tiltak.', italic=True, size=9)
    mt = [('Dato', 'Møte', 'Tema'), ('14.03.2024', 'Kompetansepolitisk råd', 'Oppfølging av kompetansereformen'),
          ('06.06.2024', 'Kompetansebehovsutvalget – innspillsmøte', 'Temarapport om grønn omstilling'),
          ('19.09.2024', 'Samarbeidsrådet for yrkesopplæring (SRY)', 'Tilbudsstruktur i yrkesfagene'),
          ('22.10.2024', 'Frokostmøte om seniorer og kompetanse', 'Lansering av YS-rapport')]
    t = table(d, len(mt), 3, widths=[25, 75, 65])
    for i, row in enumerate(mt):
        for j, v in enumerate(row):
            cell_write(t.cell(i, j), v, size=9, bold=(i == 0))
            if i == 0:
                shade(t.cell(i, j), 'DDEBF7')
    d.save(path)


# ---------------------------------------------------------------- 21 Vestland 2025 (nn) table with goal words first
def vestland_2025(f, path):
    rows = [R(r) for r in f['rows']]
    story = [P('Vestland fylkeskommune', st('vf', 'Sans-B', 10, textColor=colors.HexColor('#1f5f8b'))),
             P('Rapportering til Kompetansepolitisk råd 2025', H1),
             P('Om rapporten', H3),
             P('Vestland fylkeskommune rapporterer tiltak som følgjer opp Nasjonal kompetansepolitisk strategi. Tabellen er '
               'ordna etter hovudinnsatsområda i strategien. Første kolonne viser delmålet med ordlyden frå strategien. '
               'Fleire av tiltaka er vidareførte frå tidlegare år.'),
             P('Fylkeskommunen har i 2025 også arbeidd med ny kompetansestrategi og med innføringa av retten til fullføring '
               'for vaksne. Arbeidet med regional kompetanseanalyse er lagt inn i kunnskapsgrunnlaget for strategien og er '
               'ikkje eit eige tiltak.')]
    heads = ['Delmål', 'Tiltak', 'Skildring', 'Ansvarleg', 'Partnarar', 'Periode', 'Type']
    data = [heads]; extra = []; cur = None
    for r in rows:
        a = r['dm'][0][0]
        if a != cur:
            cur = a
            data.append(['Hovudinnsatsområde %s: %s' % (a, AREAS_NN[a])] + [''] * 6)
            i = len(data) - 1
            extra += [('SPAN', (0, i), (-1, i)), ('BACKGROUND', (0, i), (-1, i), colors.HexColor('#ddebf7'))]
        data.append(['<br/>'.join(esc(WORDS_NN[c]) for c in r['dm']), '<b>%s</b>' % esc(r['title']), esc(r['desc']), esc(r['resp']),
                     esc(', '.join(r['partners'])), esc(r['period']), esc(r['typ'])])
    fs = st('c', size=9, lead=11.5)
    out = []
    for i, row in enumerate(data):
        out.append([Paragraph(c, CELLB if (i == 0 or (c and c.startswith('Hovudinnsats'))) else fs) if c else '' for c in row])
    t = Table(out, colWidths=[50 * mm, 45 * mm, 62 * mm, 30 * mm, 38 * mm, 22 * mm, 20 * mm], repeatRows=1, splitInRow=1)
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#8ea9c1')), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#bdd7ee'))] + extra))
    story += [t, Spacer(1, 8)]
    story.append(P('Avslutta tiltak', H3))
    story.append(P('Regional kompetansestrategi for Vestland 2021–2024 er avslutta og erstatta av den nye strategien i tabellen.'))
    story.append(P('Kontakt: seksjon for kompetanse og karriere, Vestland fylkeskommune', SMALL))

    def header(c, pno, w, h):
        c.setFont('Sans', 8); c.drawRightString(w - 15 * mm, h - 10 * mm, 'Vestland fylkeskommune · Rapportering NKPS 2025')

    def footer(c, pno, w, h):
        c.setFont('Sans', 8); c.drawString(15 * mm, 8 * mm, 'Dato: 30.09.2025'); c.drawRightString(w - 15 * mm, 8 * mm, 'Side %d' % pno)
    build(path, story, header, footer, pagesize=landscape(A4), margins=(15, 15, 16, 14))


# ---------------------------------------------------------------- 22 Regjeringen 2026 (nn) note, List Number titles, one-row table
def regjeringen_2026(f, path):
    d = new_doc(font='Calibri', size=11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    fmt_run(hp.add_run('Kunnskapsdepartementet'), size=9, color='404040')
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp, 'PAGE', '1', size=9)
    rows = [R(r) for r in f['rows']]
    para(d, 'NOTAT', bold=True, size=20, space_after=6)
    t = table(d, 4, 2, style=None, widths=[25, 140])
    for i, (a, b) in enumerate([('Til:', 'Kompetansepolitisk råd'), ('Frå:', 'Kunnskapsdepartementet, i samråd med HOD og AID'),
                                ('Dato:', '15.10.2026'), ('Sak:', 'Oppfølging av Nasjonal kompetansepolitisk strategi – status 2026')]):
        cell_write(t.cell(i, 0), a, bold=True); cell_write(t.cell(i, 1), b)
    para(d, '')
    para(d, 'Bakgrunn', style='Heading 1')
    para(d, 'Departementa rapporterer kvart år til Kompetansepolitisk råd om tiltak som følgjer opp strategien. Notatet '
            'omtaler tiltak som er i gang eller avslutta i 2026. Under kvart tiltak står ein kort omtale og ein tabell med '
            'delmål, verkemiddel, ansvarleg departement, samarbeid og periode.')
    para(d, 'Tiltak', style='Heading 1')
    for r in rows:
        p = d.add_paragraph(style='List Number')
        fmt_run(p.add_run(r['title']), bold=True)
        p.paragraph_format.space_before = Pt(8)
        para(d, r['desc'], indent=6)
        t = table(d, 2, 5, widths=[22, 30, 22, 60, 30])
        for j, (h, v) in enumerate([('Delmål', ', '.join(r['dm'])), ('Verkemiddel', r['typ']), ('Ansvarleg', r['resp']),
                                    ('Samarbeid', ', '.join(r['partners'])), ('Periode', r['period'])]):
            cell_write(t.cell(0, j), h, bold=True, size=8.5); shade(t.cell(0, j), 'EDEDED')
            cell_write(t.cell(1, j), v, size=8.5)
    para(d, 'Vidare arbeid', style='Heading 1', space_before=12)
    para(d, 'Departementet vil i 2027 leggje fram ei ny stortingsmelding om kompetansepolitikken. Meldinga vil byggje på '
            'erfaringane frå strategiperioden og på innspel frå partane i rådet.')
    d.save(path)


RENDER = {
    '2023_KS_rapport.docx': ks_2023,
    '2023_HKdir_rapport.pdf': hkdir_2023,
    '2024_NHO_rapport.pdf': nho_2024,
    '2024_YS_rapport.docx': ys_2024,
    '2025_Vestland_rapport.pdf': vestland_2025,
    '2026_Regjeringen_notat_nn.docx': regjeringen_2026,
}
