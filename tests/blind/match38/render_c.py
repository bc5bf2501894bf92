"""Renderers for the 2021–2022 files (data_c)"""
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx_common import *
from pdf_common import *
from common import D, WORDS, WORDS_NN, and_join

R = lambda r: dict(tid=r[0], title=r[1], dm=r[2], typ=r[3], resp=r[4], partners=r[5], period=r[6], desc=r[7], x=r[8])


def _page_start(sec, n):
    pg = OxmlElement('w:pgNumType'); pg.set(qn('w:start'), str(n))
    cols = sec._sectPr.find(qn('w:cols'))
    if cols is not None:
        cols.addprevious(pg)
    else:
        sec._sectPr.append(pg)


# ---------------------------------------------------------------- 12 Vestland 2021 (nn) annual report chapter + matrix
def vestland_2021(f, path):
    d = new_doc(font='Calibri', size=11)
    sec = d.sections[0]
    _page_start(sec, 41)
    hp = sec.header.paragraphs[0]
    fmt_run(hp.add_run('Vestland fylkeskommune – Årsrapport 2021'), size=8, color='7F7F7F')
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(fp, 'PAGE', '41', size=9)
    rows = [R(r) for r in f['rows']]
    para(d, '5 Kompetanse og livslang læring', style='Heading 1')
    para(d, '5.1 Innleiing', style='Heading 2')
    para(d, 'Vestland fylkeskommune har eit særleg ansvar for å samordne kompetansepolitikken i fylket. Kapittelet '
            'gjer greie for korleis fylkeskommunen har følgt opp den regionale kompetansestrategien og Nasjonal '
            'kompetansepolitisk strategi i 2021, og inneheld nøkkeltal for opplæring av vaksne.')
    para(d, '5.2 Oppfølging av Nasjonal kompetansepolitisk strategi', style='Heading 2')
    para(d, 'Fylkeskommunen rapporterer årleg til Kompetansepolitisk råd. Tiltaka nedanfor er dei som rapporterast for '
            '2021. Kva delmål i strategien kvart tiltak er knytt til, går fram av tabell 5.2 sist i kapittelet.')
    for r in rows:
        para(d, r['title'], style='Heading 3')
        para(d, r['desc'])
        p = para(d, '', space_after=10)
        runs(p, [('Ansvarleg: %s · Med: %s · Tid: %s · Tiltakstype: %s' % (r['resp'], ', '.join(r['partners']), r['period'], r['typ']),
                  dict(size=9, italic=True, color='595959'))])
    para(d, '5.3 Nøkkeltal', style='Heading 2')
    para(d, 'Tabell 5.1 Vaksne i opplæring', italic=True, size=9)
    kt = [('', '2019', '2020', '2021'), ('Vaksne i vidaregåande opplæring', '2 310', '2 480', '2 655'),
          ('Praksiskandidatar som tok fagprøve', '1 120', '980', '1 204'), ('Karriererettleiingssamtalar', '2 450', '2 870', '3 115')]
    t = table(d, len(kt), 4, widths=[80, 25, 25, 25])
    for i, row in enumerate(kt):
        for j, v in enumerate(row):
            cell_write(t.cell(i, j), v, bold=(i == 0), size=9, align='right' if j else None)
    para(d, '')
    para(d, 'Tabell 5.2 Tiltak knytte til delmål i Nasjonal kompetansepolitisk strategi', italic=True, size=9)
    t = table(d, 2 + len(rows), 17, widths=[46] + [7.2] * 16)
    c0 = t.cell(0, 0).merge(t.cell(1, 0)); cell_write(c0, 'Tiltak', bold=True, size=8)
    for a, (lo, hi) in zip('123', [(1, 4), (5, 10), (11, 16)]):
        m = t.cell(0, lo).merge(t.cell(0, hi))
        cell_write(m, 'Hovudinnsatsområde %s' % a, bold=True, size=7, align='center'); shade(m, 'DEEAF6')
    for j, code in enumerate(D, 1):
        cell_write(t.cell(1, j), code, bold=True, size=7, align='center')
    for i, r in enumerate(rows, 2):
        cell_write(t.cell(i, 0), r['x']['short'], size=8)
        for j, code in enumerate(D, 1):
            cell_write(t.cell(i, j), 'x' if code in r['dm'] else '', size=8, align='center')
    para(d, 'Kjelde: Vestland fylkeskommune, avdeling for opplæring og kompetanse.', size=8, color='7F7F7F')
    d.save(path)


# ---------------------------------------------------------------- 13 LO 2021 two status tables
def lo_2021(f, path):
    rows = [R(r) for r in f['rows']]
    old = [r for r in rows if r['tid'] in ('T01', 'T02', 'T04', 'L1')]
    new = [r for r in rows if r not in old]
    story = [P('LOs rapport til Kompetansepolitisk råd 2021', H1),
             P('Innledning', H3),
             P('LO rapporterer tiltak som følger opp Nasjonal kompetansepolitisk strategi. Tabell 1 viser tiltak LO har '
               'rapportert tidligere år og som er videreført i 2021. Tabell 2 viser nye tiltak. Der LO deltar i flere organer '
               'med samme formål, er de samlet i én rad.'),
             P('Pandemien har preget arbeidet også i 2021. Flere kurs og møter er gjennomført digitalt.')]
    heads = ['Delmål', 'Tiltak', 'Beskrivelse', 'Ansvarlig', 'Samarbeidspartnere', 'Type', 'Periode']
    W = [22 * mm, 48 * mm, 78 * mm, 20 * mm, 38 * mm, 24 * mm, 22 * mm]

    def rowcells(r):
        return [', '.join(r['dm']), '<b>%s</b>' % esc(r['title']), esc(r['desc']), esc(r['resp']), esc(', '.join(r['partners'])),
                esc(r['typ']), esc(r['period'])]
    data = [heads]
    a, b = old[0], old[1]
    data.append(['%s (KBU)<br/>%s (SRY)' % (a['dm'][0], b['dm'][0]), '•&nbsp;<b>%s</b><br/>•&nbsp;<b>%s</b>' % (esc(a['title']), esc(b['title'])),
                 esc(a['desc']), a['resp'], esc(', '.join(a['partners'])), a['typ'], a['period']])
    for r in old[2:]:
        data.append(rowcells(r))
    story += [P('Tabell 1 Videreførte tiltak', st('cap', 'Sans-B', 9.5, spaceBefore=6, spaceAfter=3)),
              grid(data, W, bg=colors.HexColor('#f4cccc')), Spacer(1, 10)]
    story.append(P('LO har i tillegg deltatt i møtene i Kompetansepolitisk råd og i referansegruppen for Kompetanse­reformen. '
                   'Disse rapporteres ikke som egne tiltak.', st('n', size=9.5, spaceAfter=8)))
    data = [heads] + [rowcells(r) for r in new]
    story += [P('Tabell 2 Nye tiltak i 2021', st('cap2', 'Sans-B', 9.5, spaceBefore=6, spaceAfter=3)),
              grid(data, W, bg=colors.HexColor('#f4cccc')), Spacer(1, 10)]
    story.append(P('Spørsmål om rapporten: Samfunnspolitisk avdeling, LO.', SMALL))

    def header(c, pno, w, h):
        c.setFont('Sans-B', 11); c.setFillColor(colors.HexColor('#c00000')); c.drawString(15 * mm, h - 12 * mm, 'LO')
        c.setFillColor(colors.black); c.setFont('Sans', 8)
        c.drawRightString(w - 15 * mm, h - 12 * mm, 'Rapport til Kompetansepolitisk råd 2021')

    def footer(c, pno, w, h):
        c.setFont('Sans', 8); c.drawCentredString(w / 2, 8 * mm, 'Side %d' % pno)
    build(path, story, header, footer, pagesize=landscape(A4), margins=(15, 15, 18, 15))


# ---------------------------------------------------------------- 14 Regjeringen 2021 docx
def regjeringen_2021(f, path):
    d = new_doc(font='Calibri', size=11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fmt_run(hp.add_run('Regjeringens rapport til Kompetansepolitisk råd 2021'), size=8, color='7F7F7F')
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp, 'PAGE', '1', size=9)
    rows = [R(r) for r in f['rows']]
    para(d, 'Oppfølging av Nasjonal kompetansepolitisk strategi – regjeringens rapport 2021', style='Title')
    para(d, 'Sammendrag', style='Heading 1')
    para(d, 'Regjeringen rapporterer ni tiltak for 2021. Flere av tiltakene er videreføringer av tiltak som er rapportert '
            'tidligere år, noen under nytt navn. Tabell 1 viser hvordan tiltakene fordeler seg.')
    para(d, 'Tabell 1 Tiltak fordelt på departement og hovedinnsatsområde', italic=True, size=9)
    cnt = {}
    for r in rows:
        a = r['dm'][0][0]
        cnt.setdefault(r['x']['dept'], {'1': 0, '2': 0, '3': 0})[a] += 1
    t = table(d, 2 + len(cnt), 5, widths=[40, 28, 28, 28, 22])
    for j, h in enumerate(['Departement', 'Område 1', 'Område 2', 'Område 3', 'Sum']):
        cell_write(t.cell(0, j), h, bold=True, size=9); shade(t.cell(0, j), 'D9D9D9')
    for i, (k, v) in enumerate(cnt.items(), 1):
        for j, val in enumerate([k, str(v['1']), str(v['2']), str(v['3']), str(sum(v.values()))]):
            cell_write(t.cell(i, j), val, size=9)
    last = len(cnt) + 1
    for j, val in enumerate(['Sum'] + [str(sum(v[a] for v in cnt.values())) for a in '123'] + [str(len(rows))]):
        cell_write(t.cell(last, j), val, size=9, bold=True)
    para(d, 'Tiltakene', style='Heading 1')
    para(d, 'Tiltakene er ordnet etter ansvarlig departement. Delmålet i strategien er omtalt i teksten til hvert tiltak.')
    cur = None
    for r in rows:
        if r['resp'] != cur:
            cur = r['resp']
            para(d, cur, style='Heading 2')
        para(d, r['title'], style='Heading 3')
        para(d, r['desc'])
        p = para(d, '', space_after=8)
        runs(p, [('Samarbeid: %s; periode: %s; virkemiddel: %s' % (', '.join(r['partners']), r['period'], r['typ'].lower()),
                  dict(italic=True, size=9.5))])
    para(d, 'Videre arbeid', style='Heading 1')
    para(d, 'Strategien gjelder for perioden 2017–2021. Regjeringen vil i 2022 drøfte med partene i Kompetansepolitisk råd '
            'hvordan samarbeidet skal videreføres, og om det er behov for en ny strategi.')
    d.save(path)


# ---------------------------------------------------------------- 15 VOFO 2022 stats table + numbered items + paragraph with two
def vofo_2022(f, path):
    rows = [R(r) for r in f['rows']]
    main = [r for r in rows if not r['x'].get('inpara')]
    small = [r for r in rows if r['x'].get('inpara')]
    story = [P('Rapport til Kompetansepolitisk råd 2022', H1),
             P('Voksenopplæringsforbundet (VOFO)', st('s', 'Sans-I', 11, spaceAfter=8)),
             P('Om studieforbundene', H2),
             P('VOFO er paraplyorganisasjon for 13 studieforbund. Studieforbundene når hvert år flere hundre tusen voksne med '
               'kurs i regi av medlemsorganisasjonene. Tabellen viser aktiviteten i de største studieforbundene i 2022.')]
    stats = [['Studieforbund', 'Kurs', 'Timer', 'Deltakere'],
             ['Studieforbundet AOF Norge', '4 210', '98 400', '41 300'],
             ['Studieforbundet Folkeuniversitetet', '6 870', '142 100', '68 900'],
             ['Studieforbundet kultur og tradisjon', '9 940', '201 300', '87 200'],
             ['Musikkens studieforbund', '12 350', '288 000', '96 400'],
             ['Andre studieforbund', '8 120', '164 700', '73 800'],
             ['Sum', '41 490', '894 500', '367 600']]
    story.append(grid(stats, [70 * mm, 25 * mm, 25 * mm, 25 * mm], bg=colors.HexColor('#fce4d6'),
                      extra=[('ALIGN', (1, 0), (-1, -1), 'RIGHT'), ('FONTNAME', (0, -1), (-1, -1), 'Sans-B')]))
    story.append(P('Kilde: SSB og VOFO', SMALL))
    story.append(P('VOFOs tiltak i 2022', H2))
    ind = st('ind', size=9.5, lead=12.5, leftIndent=9 * mm, textColor=colors.HexColor('#404040'))
    indd = st('indd', size=10, lead=13, leftIndent=9 * mm, spaceAfter=8, spaceBefore=3)
    for i, r in enumerate(main, 1):
        story.append(P('%d.&nbsp;&nbsp;<b>%s</b>' % (i, esc(r['title'])), st('t%d' % i, size=10.5, spaceBefore=6, spaceAfter=2)))
        story.append(P('Delmål %s' % ' og '.join(r['dm']), ind))
        story.append(P('Ansvar: %s · Med: %s' % (esc(r['resp']), esc(', '.join(r['partners']))), ind))
        story.append(P('Tidsrom: %s · Type: %s' % (esc(r['period']), esc(r['typ'])), ind))
        story.append(P(esc(r['desc']), indd))
    a, b = small
    story.append(P('%d.&nbsp;&nbsp;<b>Mindre tiltak</b>' % (len(main) + 1), st('tm', size=10.5, spaceBefore=6, spaceAfter=2)))
    story.append(P('I tillegg har VOFO gjennomført to mindre tiltak: <i>%s</i> (%s, %s, delmål %s, sammen med %s), %s, og '
                   '<i>%s</i> (%s, %s, delmål %s), %s.' % (
                       esc(a['title']), a['typ'].lower(), a['period'], a['dm'][0], ', '.join(a['partners']), a['desc'],
                       esc(b['title']), b['typ'].lower(), b['period'], b['dm'][0], b['desc']), indd))
    story.append(P('Planer for 2023', H2))
    story.append(P('VOFO vil i 2023 arbeide for at studieforbundene får en tydeligere rolle i fylkeskommunenes kompetansestrategier, '
                   'og vil følge opp endringene i voksenopplæringsloven.'))

    def header(c, pno, w, h):
        c.setFont('Sans-B', 9); c.drawString(20 * mm, h - 12 * mm, 'VOFO')
        c.setFont('Sans', 8); c.drawString(33 * mm, h - 12 * mm, 'Voksenopplæringsforbundet')

    def footer(c, pno, w, h):
        c.setFont('Sans', 8); c.drawString(20 * mm, 10 * mm, 'vofo.no'); c.drawRightString(w - 20 * mm, 10 * mm, str(pno))
    build(path, story, header, footer)


# ---------------------------------------------------------------- 16 Spekter 2022 bullets + Om/Resultat paragraphs
def spekter_2022(f, path):
    d = new_doc(font='Arial', size=10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    fmt_run(hp.add_run('Spekter'), bold=True, size=16, color='2E5597')
    fmt_run(hp.add_run('    arbeidsgiverforeningen'), size=8, color='7F7F7F')
    fp = sec.footer.paragraphs[0]
    fmt_run(fp.add_run('Spekter · Postboks 7086 Majorstuen, 0306 Oslo · spekter.no      '), size=7.5, color='7F7F7F')
    add_field(fp, 'PAGE', '1', size=7.5)
    rows = [R(r) for r in f['rows']]
    para(d, 'Spekters rapportering til Kompetansepolitisk råd 2022', style='Title')
    para(d, 'Innledning', style='Heading 1')
    para(d, 'Spekter organiserer virksomheter i helse, samferdsel, kultur og andre deler av offentlig eid sektor. Under '
            'følger tiltakene vi rapporterer for 2022. For hvert tiltak gir vi en kort omtale og, der vi har det, '
            'resultater fra året.')
    para(d, 'Tiltak', style='Heading 1')
    for r in rows:
        para(d, r['title'], style='Heading 2')
        for lab, val in [('Delmål', ' og '.join(r['dm'])), ('Type', r['typ']), ('Ansvarlig', r['resp']),
                         ('Samarbeidspartnere', ', '.join(r['partners'])), ('Tidspunkt', r['period'])]:
            p = d.add_paragraph(style='List Bullet')
            fmt_run(p.add_run(lab + ': '), bold=True); p.add_run(val)
        p = d.add_paragraph(); p.paragraph_format.space_before = Pt(4)
        fmt_run(p.add_run('Om tiltaket: '), bold=True); p.add_run(r['desc'])
        if r['x'].get('res'):
            p = d.add_paragraph()
            fmt_run(p.add_run('Resultater 2022: '), bold=True); p.add_run(r['x']['res'])
    para(d, '')
    t = table(d, 1, 1, widths=[160])
    c = t.cell(0, 0); shade(c, 'EAF1FB')
    cell_parts(c, [[('Kontakt', dict(bold=True))], [('Anne Grethe Haug, fagsjef kompetanse og rekruttering', {})],
                   [('anne.grethe.haug@spekter.no · 23 28 85 00', {})]], size=9.5)
    d.save(path)


RENDER = {
    '2021_Vestland_arsrapport.docx': vestland_2021,
    '2021_LO_rapport.pdf': lo_2021,
    '2021_Regjeringen_rapport.docx': regjeringen_2021,
    '2022_VOFO_rapport.pdf': vofo_2022,
    '2022_Spekter_rapport.docx': spekter_2022,
}
