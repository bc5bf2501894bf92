"""Renderers for the 2019–2020 files (data_b)"""
from docx.shared import Pt, Mm
from docx_common import *
from pdf_common import *
from common import WORDS, and_join

R = lambda r: dict(tid=r[0], title=r[1], dm=r[2], typ=r[3], resp=r[4], partners=r[5], period=r[6], desc=r[7], x=r[8])


# ---------------------------------------------------------------- 7 YS 2019 webmail thread printout
def ys_2019(f, path):
    rows = [R(r) for r in f['rows']]
    small = st('sm', size=8.5, textColor=colors.HexColor('#5f6368'))
    body = st('mb', size=10, lead=13, spaceAfter=6)
    story = []
    hdr = Table([[P('<b>Gmail</b>', st('g', 'Sans-B', 14, textColor=colors.HexColor('#5f6368'))),
                  P('Lise Berg &lt;lise.berg@ys.no&gt;', st('u', size=9, alignment=TA_RIGHT))]], colWidths=[85 * mm, 85 * mm])
    hdr.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, 0), 1, colors.HexColor('#bbbbbb')), ('VALIGN', (0, 0), (-1, -1), 'BOTTOM')]))
    story += [hdr, Spacer(1, 6), P('<b>SV: Rapportering NKPS 2019</b>', st('s', 'Sans-B', 13, spaceAfter=2)),
              P('2 meldinger', small), Spacer(1, 4)]

    def msg_head(name, addr, date, to, cc=None):
        t = Table([[P('<b>%s</b> &lt;%s&gt;' % (name, addr), st('f', size=9.5)), P(date, st('d', size=9, alignment=TA_RIGHT))]],
                  colWidths=[120 * mm, 50 * mm])
        t.setStyle(TableStyle([('LINEABOVE', (0, 0), (-1, 0), 0.5, colors.HexColor('#cccccc')), ('TOPPADDING', (0, 0), (-1, -1), 5)]))
        out = [t, P('Til: ' + to, small)]
        if cc:
            out.append(P('Kopi: ' + cc, small))
        return out + [Spacer(1, 6)]

    story += msg_head('Sekretariatet Kompetansepolitisk råd', 'kpr@kompetansenorge.no', '2. september 2019 kl. 13:02',
                      'Hovedorganisasjonene, VOFO, fylkeskommunene')
    for s in ['Hei,', 'Vi minner om rapporteringen til Kompetansepolitisk råd for 2019. Vi ber om at dere oppgir tiltak, '
              'delmål, hvem som har ansvaret, type tiltak og tidsrom, og gjerne en kort beskrivelse.',
              'Eksempel: «Regional kompetanseplan – delmål 1.2 – fylkeskommunen – Annet – 2019–2022».',
              'Frist er 1. oktober.', 'Vennlig hilsen<br/>Sekretariatet for Kompetansepolitisk råd']:
        story.append(P(s, body))
    story += msg_head('Lise Berg', 'lise.berg@ys.no', '30. september 2019 kl. 16:47', 'kpr@kompetansenorge.no',
                      'Hans Olav Riise &lt;hans.olav.riise@ys.no&gt;')
    story.append(P('Hei!', body))
    story.append(P('Her kommer YS sine tiltak for 2019. Jeg har limt inn tabellen fra vårt eget dokument, og lagt til litt '
                   'om hvert tiltak under tabellen.', body))
    data = [['Tiltak', 'Delmål', 'Hvem', 'Type', 'Tid']]
    for r in rows:
        hv = 'Ansv.: %s<br/>Med: %s' % (esc(r['resp']), esc(', '.join(r['partners'])))
        data.append([esc(r['title']), ', '.join(r['dm']), hv, esc(r['typ']), esc(r['period'])])
    data = [[Paragraph(c, CELLB if i == 0 else CELL) for c in row] for i, row in enumerate(data)]
    t = Table(data, colWidths=[55 * mm, 15 * mm, 52 * mm, 25 * mm, 22 * mm])
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    story += [t, Spacer(1, 8)]
    story.append(P('Litt mer om tiltakene:', body))
    for r in rows:
        story.append(P('•&nbsp;&nbsp;<u>%s</u>: %s' % (esc(r['title']), esc(r['desc'])),
                       st('b', size=10, lead=13, leftIndent=6 * mm, firstLineIndent=-4 * mm, spaceAfter=4)))
    story.append(P('Si fra om noe er uklart. Vi deltok også på rådets seminar om regionreformen 12. juni.', body))
    story.append(P('Med vennlig hilsen<br/>Lise Berg<br/>Rådgiver, Samfunnspolitisk avdeling<br/>YS – Yrkesorganisasjonenes '
                   'Sentralforbund<br/>Mob. 920 11 334', body))
    story.append(P('Denne e-posten kan inneholde fortrolig informasjon. Hvis du har mottatt den ved en feil, vennligst '
                   'gi beskjed til avsender og slett e-posten.', st('disc', 'Sans-I', 7.5, textColor=colors.grey)))

    def header(c, pno, w, h):
        c.setFont('Sans', 7.5)
        c.drawString(12 * mm, h - 8 * mm, '30.09.2019, 17:02')
        c.drawCentredString(w / 2, h - 8 * mm, 'Gmail - SV: Rapportering NKPS 2019')

    def footer(c, pno, w, h):
        c.setFont('Sans', 7.5)
        c.drawString(12 * mm, 7 * mm, 'https://mail.google.com/mail/u/0/?ik=4f1a2b9c07&view=pt&search=all&permthid=thread-f%3A1645'
                     '229190871365531')
        c.drawRightString(w - 12 * mm, 7 * mm, '%d/2' % pno)
    build(path, story, header, footer, margins=(20, 20, 16, 16))


# ---------------------------------------------------------------- 8 Akademikerne 2019 tracked changes
def akademikerne_2019(f, path):
    d = new_doc(font='Calibri', size=11)
    enable_track_revisions(d)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    fmt_run(hp.add_run('AKADEMIKERNE'), bold=True, size=11, color='1F3864')
    fp = sec.footer.paragraphs[0]
    fmt_run(fp.add_run('Akademikerne · Fridtjof Nansens plass 6, 0160 Oslo · akademikerne.no'), size=8, color='7F7F7F')
    A, DT = 'Marit Strand', '2019-09-26T14:05:00Z'
    para(d, 'Akademikernes rapportering til Kompetansepolitisk råd 2019', style='Title')
    p = para(d, 'Akademikerne organiserer 13 forbund med over 200 000 medlemmer med høyere utdanning. Vi rapporterer ')
    tracked_run(p, 'fem', 'del', A, DT)
    tracked_run(p, 'seks', 'ins', A, DT)
    p.add_run(' tiltak for 2019. For hvert tiltak oppgir vi delmål, type, ansvar, samarbeid, periode og en kort omtale.')
    rows = [R(r) for r in f['rows']]

    def block(r, mark=None):
        ps = [para(d, r['title'], style='Heading 2')]
        for lab, val in [('Delmål', ', '.join(r['dm'])), ('Type', r['typ']), ('Ansvarlig', r['resp']),
                         ('Samarbeid', ', '.join(r['partners'])), ('Periode', r['period'])]:
            q = d.add_paragraph()
            q.paragraph_format.space_after = Pt(0)
            fmt_run(q.add_run(lab + ': '), bold=True)
            if lab == 'Periode' and r['x'].get('old_period') and not mark:
                tracked_run(q, r['x']['old_period'], 'del', A, DT)
                tracked_run(q, val, 'ins', A, DT)
            else:
                q.add_run(val)
            ps.append(q)
        q = d.add_paragraph(); q.paragraph_format.space_before = Pt(4)
        fmt_run(q.add_run('Om tiltaket: '), bold=True); q.add_run(r['desc'])
        ps.append(q)
        if mark:
            for q in ps:
                mark_paragraph(q, mark, A, DT)

    for r in rows:
        if r['x'].get('inserted'):
            deleted = dict(title='Seminar om livslang læring for akademikere', dm=['2.2'], typ='Seminar', resp='Akademikerne',
                           partners=['Unio'], period='Høsten 2019',
                           desc='Felles seminar med Unio om livslang læring for arbeidstakere med høyere utdanning.', x={})
            block(deleted, 'del')
            block(r, 'ins')
        else:
            block(r)
    para(d, 'Videre arbeid', style='Heading 1')
    para(d, 'Akademikerne vil i 2020 følge opp ekspertutvalgets forslag i arbeidet med kompetansereformen og i '
            'lønnsoppgjøret i offentlig sektor.')
    d.save(path)


# ---------------------------------------------------------------- 9 Rogaland 2019 handlingsprogram
def rogaland_2019(f, path):
    rows = [R(r) for r in f['rows']]
    strat = {'1': 'Strategi 1: Karriereveiledning og gode valg', '2': 'Strategi 2: Kompetanse i arbeidslivet',
             '3': 'Strategi 3: Voksnes læring'}
    story = [P('Handlingsprogram 2019–2020 – utdrag', H1),
             P('Tiltak som følger opp Nasjonal kompetansepolitisk strategi', H3),
             P('Rogaland fylkeskommune rapporterer til Kompetansepolitisk råd med dette utdraget av handlingsprogrammet '
               'til Regional plan for kompetanse. Nummereringen i første kolonne følger satsingsområdene i den regionale '
               'planen. Kolonnen «Bidrar til NKPS» viser hvilke delmål i den nasjonale strategien tiltaket bidrar til.')]
    heads = ['Nr.', 'Tiltak', 'Beskrivelse', 'Bidrar til NKPS', 'Tiltakstype', 'Ansvarlig', 'Partnere', 'Tidsrom', 'Ressurser 2019 (kr)']
    hs = st('hw', 'Sans-B', 8.5, 10.5, textColor=colors.white)
    data = [[Paragraph(h, hs) for h in heads]]; extra = []; cur = None
    for r in rows:
        s = r['x']['own'][0]
        if s != cur:
            cur = s
            data.append([Paragraph(strat[s], CELLB)] + [''] * 8)
            i = len(data) - 1
            extra += [('SPAN', (0, i), (-1, i)), ('BACKGROUND', (0, i), (-1, i), colors.HexColor('#e2efda'))]
        vals = [r['x']['own'], '<b>%s</b>' % esc(r['title']), esc(r['desc']), ', '.join(r['dm']), esc(r['typ']), esc(r['resp']),
                esc(', '.join(r['partners'])), esc(r['period']), r['x']['kr']]
        data.append([Paragraph(v, CELL) for v in vals])
        if r['tid'] == 'G3':
            data.append([''] * 9)
    tot = sum(int(r['x']['kr'].replace(' ', '')) for r in rows)
    data.append(['', Paragraph('<b>Sum</b>', CELL)] + [''] * 6 + [Paragraph('<b>%s</b>' % '{:,}'.format(tot).replace(',', ' '), CELL)])
    t = Table(data, colWidths=[11 * mm, 38 * mm, 57 * mm, 18 * mm, 24 * mm, 27 * mm, 36 * mm, 20 * mm, 22 * mm], repeatRows=1)
    t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#7f7f7f')), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                           ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#548235'))] + extra))
    story += [t, Spacer(1, 8)]
    story.append(P('Ressursene er fylkeskommunens egne midler og regionale kompetansemidler. Tiltak i handlingsprogrammet som '
                   'ikke har kobling til den nasjonale strategien, er ikke tatt med i utdraget.', SMALL))

    def header(c, pno, w, h):
        c.setFont('Sans-B', 9); c.drawString(15 * mm, h - 11 * mm, 'Rogaland fylkeskommune')
        c.setFont('Sans', 8); c.drawRightString(w - 15 * mm, h - 11 * mm, 'Regional plan for kompetanse – Handlingsprogram 2019–2020')

    def footer(c, pno, w, h):
        c.setFont('Sans', 8); c.drawString(15 * mm, 8 * mm, 'Behandlet i Utvalg for utdanning og kompetanse 19.03.2019')
        c.drawRightString(w - 15 * mm, 8 * mm, 'Side %d' % pno)
    build(path, story, header, footer, pagesize=landscape(A4), margins=(15, 15, 18, 15))


# ---------------------------------------------------------------- 10 Unio 2020 row table with soft breaks
def unio_2020(f, path):
    d = new_doc(font='Calibri', size=10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    fmt_run(hp.add_run('Unio'), bold=True, size=16, color='00857C')
    fp = sec.footer.paragraphs[0]
    fmt_run(fp.add_run('Unio – hovedorganisasjon for universitets- og høyskoleutdannede  |  side '), size=8, color='7F7F7F')
    add_field(fp, 'PAGE', '1', size=8)
    para(d, 'Unios tiltak 2020', style='Heading 1')
    para(d, 'Rapportering til Kompetansepolitisk råd', italic=True, color='595959')
    para(d, 'Unio og forbundene har i 2020 arbeidet med kompetanse i en krevende situasjon med koronapandemien. '
            'Tabellen viser tiltakene vi rapporterer. I kolonnen «Mål» står delmålene i strategien.')
    rows = [R(r) for r in f['rows']]
    t = table(d, 1 + len(rows), 5, widths=[72, 14, 44, 20, 24])
    for i, h in enumerate(['Tiltak', 'Mål', 'Ansvar og samarbeid', 'Form', 'Når']):
        cell_write(t.cell(0, i), h, bold=True, size=9.5); shade(t.cell(0, i), 'D9EAD3')
    repeat_header(t.rows[0])
    for j, r in enumerate(rows, 1):
        c = t.cell(j, 0); c.text = ''
        soft_lines(c.paragraphs[0], [r['title'], r['desc']], [dict(bold=True, size=9.5), dict(size=9.5)])
        cell_write(t.cell(j, 1), '\n'.join(r['dm']), size=9.5)
        c = t.cell(j, 2); c.text = ''
        soft_lines(c.paragraphs[0], ['%s (ansvarlig)' % r['resp'], ', '.join(r['partners'])], [dict(size=9.5)] * 2)
        cell_write(t.cell(j, 3), r['typ'], size=9.5)
        cell_write(t.cell(j, 4), r['period'], size=9.5)
    para(d, '')
    para(d, 'Utsatt på grunn av koronapandemien', style='Heading 2')
    para(d, 'Nordisk seminar om kompetanse i velferdsstaten, planlagt i mai 2020 sammen med nordiske søsterorganisasjoner, '
            'er utsatt til 2021.', style='List Bullet')
    para(d, 'Kurs for nye hovedtillitsvalgte om kompetanseplaner (fysisk samling) ble erstattet av den digitale skoleringen i tabellen.',
         style='List Bullet')
    para(d, 'Kontaktperson: Eirik Vassbotn, Unio-sekretariatet', size=9, color='595959', space_before=10)
    d.save(path)


# ---------------------------------------------------------------- 11 NAV 2020 directorate report
def nav_2020(f, path):
    rows = [R(r) for r in f['rows']]
    story = [P('Rapportering til Kompetansepolitisk råd 2020', H1),
             P('Arbeids- og velferdsdirektoratet', st('sub', 'Sans-I', 11, spaceAfter=10)),
             P('1 Innledning', H2),
             P('Arbeids- og velferdsdirektoratet rapporterer her NAVs tiltak for å følge opp Nasjonal kompetansepolitisk '
               'strategi. Rapporten følger samme mal som tidligere år: kapittel 3 beskriver tiltakene, og for hvert tiltak '
               'oppgir vi målgruppe, hvilket delmål i strategien tiltaket er knyttet til, type virkemiddel, eier, '
               'samarbeidspartnere og varighet.'),
             P('2 NAVs rolle i kompetansepolitikken', H2),
             P('NAV skal bidra til at arbeidssøkere får den kompetansen arbeidslivet etterspør. Opplæring er et av de viktigste '
               'virkemidlene, og 2020 var preget av pandemien, høy ledighet og mange permitterte. NAV-kontorene har i stor '
               'grad gått over til digital oppfølging.'),
             P('3 Tiltak i 2020', H2)]
    lab = st('kv', size=9, lead=11.5)
    labb = st('kvb', 'Sans-B', 9, lead=11.5)
    for i, r in enumerate(rows, 1):
        blk = [P('3.%d %s' % (i, esc(r['title'])), H3), P(esc(r['desc']))]
        kv = [('Målgruppe', r['x']['mg']), ('Knyttet til delmål', ', '.join(r['dm'])), ('Virkemiddeltype', r['typ']),
              ('Eier', r['resp']), ('I samarbeid med', ', '.join(r['partners'])), ('Varighet', r['period'])]
        t = Table([[P(k, labb), P(esc(v), lab)] for k, v in kv], colWidths=[38 * mm, 110 * mm])
        t.setStyle(TableStyle([('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#e8f0f7')), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                               ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.HexColor('#c0c0c0')),
                               ('TOPPADDING', (0, 0), (-1, -1), 1.5), ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5)]))
        blk += [t, Spacer(1, 6)]
        story += blk
    story.append(P('4 Planlagte tiltak 2021', H2))
    story.append(P('NAV vil i 2021 prøve ut karriereveiledning på NAV-kontor i tre fylker, i samarbeid med de regionale '
                   'karrieresentrene. Piloten er ikke startet og rapporteres derfor ikke som tiltak for 2020.'))
    story.append(P('5 Kontakt', H2))
    story.append(P('Seksjon for arbeid og tjenester, Arbeids- og velferdsdirektoratet. E-post: nkps@nav.no'))

    def header(c, pno, w, h):
        c.setFont('Sans-B', 10); c.setFillColor(colors.HexColor('#c30000')); c.drawString(20 * mm, h - 12 * mm, 'NAV')
        c.setFillColor(colors.black); c.setFont('Sans', 8); c.drawString(32 * mm, h - 12 * mm, '| Arbeids- og velferdsdirektoratet')

    def footer(c, pno, w, h):
        c.setFont('Sans', 8); c.drawString(20 * mm, 10 * mm, 'Rapportering NKPS 2020')
        c.drawRightString(w - 20 * mm, 10 * mm, 'Side %d' % pno)
    build(path, story, header, footer)


RENDER = {
    '2019_YS_epost.pdf': ys_2019,
    '2019_Akademikerne_rapport.docx': akademikerne_2019,
    '2019_Rogaland_handlingsprogram.pdf': rogaland_2019,
    '2020_Unio_rapport.docx': unio_2020,
    '2020_NAV_rapport.pdf': nav_2020,
}
