from pdf_kit import *
from common import DM_NN

def r_vestland24(f, path):
    rows = f['rows']
    def story():
        s = [P('<b>Kapittel 6 Kompetanse</b>', 18, lead=22, spaceAfter=8), P('<b>6.1 Innleiing</b>', 12),
             P('Fylkeskommunen har i 2024 styrkt samarbeidet med partane og NAV. Nøkkeltal: 6 200 karrieresamtalar, 480 vaksne i fagbrev på jobb og 41 mill. kroner i tilskot.', 10.5, spaceAfter=8),
             P('<b>6.2 Tiltak i kompetansestrategien</b>', 12, spaceAfter=4)]
        for r in rows:
            s.append(P('<b>%s</b>' % esc(r['title']), 11, spaceBefore=6))
            s.append(P(esc(r['description']), 10.5))
            strip = 'Delmål %s · %s · Ansvarleg: %s · Partnarar: %s · Periode: %s' % (' og '.join(r['delmal']), r['ptype'], r['responsible'], pj(r['partners']), r['period'])
            t = Table([[P(esc(strip), 8)]], colWidths=[17*cm]); t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#E7E6E6'))]))
            s += [Spacer(1, 2), t]
        s += [Spacer(1, 10), P('<b>6.3 Økonomi</b>', 12)]
        t = Table([['Område', 'Budsjett 2024', 'Rekneskap 2024'], ['Karriere Vestland', '18,0', '17,6'], ['Tilskot BIO', '12,5', '12,9'], ['Fagbrev på jobb', '10,0', '10,4'], ['Sum (mill. kr)', '40,5', '40,9']],
                  colWidths=[6*cm, 3*cm, 3*cm])
        t.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Sans', 9), ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.grey)]))
        s.append(t)
        return s
    def head(c, doc, w, h):
        c.drawString(2*cm, h - 1.2*cm, 'Årsmelding 2024 · Vestland fylkeskommune')
    def foot(c, doc, w, h):
        c.drawRightString(w - 2*cm, 1.2*cm, str(41 + doc.page))
    build(path, story, head=head, foot=foot)

def r_lo25(f, path):
    rows = f['rows']
    def story():
        s = [P('<b>LOs rapport til Kompetansepolitisk råd 2025</b>', 16, lead=20, spaceAfter=8), P('<b>Innledning</b>', 13),
             P('LO og forbundene har i 2025 prioritert kompetanse for omstilling. Under følger tiltakene, med delmål, type, ansvar, samarbeid og periode i parentes etter hver omtale.', 10.5, spaceAfter=6)]
        for i, r in enumerate(rows):
            s.append(P('<b>%s</b>' % esc(r['title']), 13, spaceBefore=8, spaceAfter=3))
            desc = r['description']
            s.append(P(esc(desc), 10.5))
            s.append(P('(Delmål %s · %s · %s · med %s · %s)' % (' og '.join(r['delmal']), r['ptype'], esc(r['responsible']), esc(pj(r['partners'])), r['period']), 9.5, textColor=colors.HexColor('#555555')))
        s += [P('<b>Møter og arenaer LO har deltatt i</b>', 13, spaceBefore=10)]
        for m in ['12.02.2025 Kompetansepolitisk råd', '03.04.2025 KBU-seminar om grønn omstilling', '18.06.2025 Kompetansepolitisk råd', '27.10.2025 Partsmøte om bransjeprogrammene']:
            s.append(P('• ' + m, 10))
        s += [P('<b>Vedlegg: Oversikt</b>', 13, spaceBefore=10)]
        cnt = {}
        for r in rows: cnt[r['ptype']] = cnt.get(r['ptype'], 0) + 1
        data = [['Type', 'Antall']] + [[k, str(v)] for k, v in sorted(cnt.items())] + [['Totalt', str(len(rows))]]
        t = Table(data, colWidths=[6*cm, 2*cm]); t.setStyle(GRID); s.append(t)
        return s
    def head(c, doc, w, h):
        c.drawString(2*cm, h - 1.2*cm, 'LO · Rapport NKPS 2025')
    def foot(c, doc, w, h):
        c.drawCentredString(w / 2, 1.2*cm, 'Side %d av %d' % (doc.page, doc.total))
    build(path, story, head=head, foot=foot)

def r_mr25(f, path):
    rows = f['rows']
    def story():
        g = Table([[P('<b>%s</b>' % a, 8) for a in ['Dato', 'Arkivref.', 'Saksbehandlar', 'Utval', 'Møtedato']],
                   [P(b, 9) for b in ['03.11.2025', '2025/4410-2', 'Siri Vik', 'Fylkesutvalet', '24.11.2025']]], colWidths=[3*cm, 3*cm, 3.5*cm, 3.5*cm, 3*cm])
        g.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.3, colors.grey)]))
        s = [P('<b>Saksframlegg</b>', 16), Spacer(1, 4), g, Spacer(1, 8), P('<b>Rapportering til Kompetansepolitisk råd 2025</b>', 13, spaceAfter=6),
             P('<b>Bakgrunn</b>', 11), P('Fylkeskommunen rapporterer kvart år til Kompetansepolitisk råd om tiltak som følgjer opp Nasjonal kompetansepolitisk strategi.', 10.5),
             P('<b>Vurdering</b>', 11, spaceBefore=6),
             P('Fylkesdirektøren meiner tiltaka under dekkjer dei viktigaste delmåla for fylket. Det er særleg viktig å sjå strategien i samanheng med den nye retten til vidaregåande opplæring for vaksne.', 10.5),
             Spacer(1, 360)]
        data = [[P('<b>%s</b>' % h, 8) for h in ['Tiltak', 'Kva', 'Delmål', 'Ansvarleg', 'Samarbeid', 'Tidsrom', 'Type']]]
        for r in rows:
            data.append([P(esc(r['title']), 8), P(esc(r['description']), 8), P(' og '.join('delmål ' + c for c in r['delmal']), 8), P(esc(r['responsible']), 8),
                         P(esc(pj(r['partners'])), 8), P(r['period'], 8), P(r['ptype'], 8)])
        t = Table(data, colWidths=[3*cm, 4.0*cm, 1.6*cm, 2.5*cm, 2.4*cm, 1.9*cm, 2.4*cm])
        t.setStyle(GRID)
        s += [t, Spacer(1, 10), P('<b>Fylkesdirektøren si innstilling</b>', 11),
              P('Fylkesutvalet tek rapporteringa til orientering og ber fylkesdirektøren sende ho til HK-dir.', 10.5)]
        return s
    def foot(c, doc, w, h):
        c.drawCentredString(w / 2, 1.2*cm, 'Side %d av %d' % (doc.page, doc.total))
    build(path, story, foot=foot, margins=1.6*cm)
