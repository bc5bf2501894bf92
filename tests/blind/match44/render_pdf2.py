from pdf_kit import *
from common import DM_SHORT, DM_NN

def r_nho21(f, path):
    rows = {r['tid']: r for r in f['rows']}
    def item(n, r, fn=None):
        k = 'Strategi: delmål %s | Form: %s | Eier: %s | Med: %s | Varighet: %s' % (' og '.join(r['delmal']), r['ptype'], r['responsible'], pj(r['partners']), r['period'])
        t = '%d. <b>%s</b>' % (n, esc(r['title'])) + ('<super>%d</super>' % fn if fn else '')
        return [P(t, 11, spaceBefore=6), P(esc(k), 8.5, textColor=colors.HexColor('#444444'), leftIndent=14), P(esc(r['description']), 10, leftIndent=14, spaceAfter=4)]
    def story():
        s = [P('<b>NHOs rapport til Kompetansepolitisk råd 2021</b>', 16, lead=20), Spacer(1, 6), P('<b>Sammendrag</b>', 12),
             P('NHO rapporterer sju tiltak i 2021: seks som pågår og ett nytt. To tiltak er planlagt, men ikke startet.'), Spacer(1, 6),
             P('<b>Pågående tiltak</b>', 13, spaceBefore=6)]
        n = 0
        for t in ['NHO_BARO', 'BRANSJE', 'FAGJOBB', 'KBU', 'NHO_LAERL', 'KPFAG']:
            n += 1; s += item(n, rows[t], 1 if t == 'NHO_BARO' else (2 if t == 'KPFAG' else None))
        s += [P('<b>Nye tiltak i 2021</b>', 13, spaceBefore=8)]
        n += 1; s += item(n, rows['NHO_DIGI'])
        s += [P('<b>Planlagt, ikke startet</b>', 13, spaceBefore=8),
              P('8. <b>Kompetanseløft for reiselivet</b> – avventer finansiering fra bransjeprogrammet.', 10),
              P('9. <b>Nettverk for HR-ledere i industrien</b> – oppstart tidligst høsten 2022.', 10), Spacer(1, 14),
              P('<super>1</super> Se nho.no/kompetansebarometeret for hele rapporten.', 7.5),
              P('<super>2</super> Forsøket er omtalt i NHOs rapporter fra 2017.', 7.5)]
        return s
    def head(c, doc, w, h):
        c.drawString(2*cm, h - 1.2*cm, 'NHO · Rapport til Kompetansepolitisk råd 2021')
    def foot(c, doc, w, h):
        c.drawRightString(w - 2*cm, 1.2*cm, str(doc.page))
    build(path, story, head=head, foot=foot)

def r_hkdir22(f, path):
    rows = f['rows']
    order = sorted(rows, key=lambda r: (r['delmal'][0], r['title']))
    def story():
        s = [P('<b>Notat – HK-dirs oppfølging av NKPS 2022</b>', 15), Spacer(1, 4),
             P('HK-dir rapporterer egne tiltak. Tiltak som gjelder flere delmål står under det første. Beskrivelser følger etter tabellen.', 10), Spacer(1, 6)]
        data = [[P('<b>%s</b>' % h, 9) for h in ['Delmål', 'Nr.', 'Tiltak', 'Type', 'Ansvar', 'Partnere', 'Periode']]]
        spans = []; cur = None; start = 1
        for i, r in enumerate(order, 1):
            d0 = r['delmal'][0]
            first = d0 != cur
            if first:
                if cur is not None and i - 1 > start: spans.append(('SPAN', (0, start), (0, i - 1)))
                cur = d0; start = i
            extra = (' (også %s)' % ', '.join(r['delmal'][1:])) if len(r['delmal']) > 1 else ''
            data.append([P('<b>%s</b> %s' % (d0, DM_SHORT[d0]), 8) if first else '', P(str(i), 9), P(esc(r['title']) + extra, 9), P(r['ptype'], 9),
                         P(r['responsible'], 9), P(esc(pj(r['partners'])), 9), P(r['period'], 9)])
        if len(order) > start: spans.append(('SPAN', (0, start), (0, len(order))))
        t = Table(data, colWidths=[4*cm, 1*cm, 6.8*cm, 3.4*cm, 2*cm, 4.5*cm, 2.5*cm], repeatRows=1)
        t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                               ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#E2EFDA'))] + spans))
        s += [Spacer(1, 260), t, Spacer(1, 4), P('Sum: %d tiltak' % len(rows), 9), Spacer(1, 10), P('<b>Kort om tiltakene</b>', 12)]
        for i, r in enumerate(order, 1):
            s.append(P('%d %s' % (i, esc(r['description'])), 10))
        return s
    def head(c, doc, w, h):
        if doc.page > 1: c.drawString(2*cm, h - 1.2*cm, 'HK-dirs oppfølging av NKPS 2022 (forts.)')
    def foot(c, doc, w, h):
        c.drawRightString(w - 2*cm, 1.2*cm, 'HK-dir · side %d' % doc.page)
    build(path, story, head=head, foot=foot, land=True)

def r_nav23(f, path):
    rows = f['rows']
    def story():
        s = [P('<b>4.3 Oppfølging av kompetansestrategien</b>', 14, spaceAfter=6),
             P('Arbeids- og velferdsetaten følger opp Nasjonal kompetansepolitisk strategi gjennom opplæringstiltakene for arbeidssøkere og gjennom samarbeidet med fylkeskommunene. '
               'Antallet deltakere i opplæringstiltak økte med 8 prosent fra 2022. Tabell 4.3 viser tiltakene som rapporteres til Kompetansepolitisk råd.', 10.5, spaceAfter=8),
             P('<b>Tabell 4.3 NAVs tiltak</b>', 10)]
        data = [[P('<b>%s</b>' % h, 7) for h in ['Tiltak', 'Delmål', 'Form', 'Ansvarlig enhet', 'Samarbeid', 'Varighet', 'Omtale']]]
        for r in rows:
            data.append([P('<b>%s</b>' % esc(r['title']), 7), P(', '.join(r['delmal']), 7), P(r['ptype'], 7), P(esc(r['responsible']), 7),
                         P(esc(pj(r['partners'])), 7), P(r['period'], 7), P(esc(r['description']), 7)])
        t = Table(data, colWidths=[3.6*cm, 1.3*cm, 1.7*cm, 3.1*cm, 2.6*cm, 1.7*cm, 3.1*cm], repeatRows=1)
        t.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                               ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#C6E0F5'))]))
        s += [t, P('Kilde: Arbeids- og velferdsdirektoratet', 7.5), Spacer(1, 10), P('<b>Tabell 4.4 Deltakere i opplæringstiltak 2019–2023</b>', 10)]
        d2 = [['Tiltak', '2019', '2020', '2021', '2022', '2023'], ['AMO-kurs', '21 300', '17 800', '20 100', '22 400', '24 000'],
              ['Fag- og yrkesopplæring', '600', '1 100', '1 900', '2 600', '3 100'], ['Sum', '21 900', '18 900', '22 000', '25 000', '27 100']]
        t2 = Table(d2, colWidths=[5*cm] + [2*cm] * 5); t2.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Sans', 7), ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.grey)]))
        s += [t2, P('Kilde: NAVs tiltaksstatistikk. Tall avrundet.', 7.5), Spacer(1, 10),
              P('Evalueringen fra Frischsenteret vil foreligge i 2024. Resultatene vil bli brukt i arbeidet med nye retningslinjer.', 10.5), Spacer(1, 10),
              P('<b>4.4 Sykefravær og arbeidsmiljø</b>', 14), P('Sykefraværet i etaten var 6,1 prosent i 2023.', 10.5)]
        return s
    def head(c, doc, w, h):
        c.drawString(2*cm, h - 1.2*cm, 'Årsrapport 2023 · Arbeids- og velferdsdirektoratet')
    def foot(c, doc, w, h):
        c.drawRightString(w - 2*cm, 1.2*cm, str(40 + doc.page))
    build(path, story, head=head, foot=foot, margins=1.8*cm)
