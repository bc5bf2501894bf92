from pdf_kit import *
from common import newnr, DM_SHORT

def r_lo17(f, path):
    rows = f['rows']
    def story():
        s = []
        box = Table([[P('<b>Styresak 14/2017</b>', 12), P('Møte i LOs sekretariat 12.10.2017', 9)],
                     [P('Saksbehandler: Per Olsen, avd. for samfunnspolitikk', 9), P('Arkivsak: 17/01233', 9)]], colWidths=[8.5*cm, 8.5*cm])
        box.setStyle(TableStyle([('BOX', (0, 0), (-1, -1), 1, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
        s += [box, Spacer(1, 10), P('<b>Rapportering til Kompetansepolitisk råd</b>', 14), Spacer(1, 6),
              P('<b>Bakgrunn</b>', 11), P('Partene signerte Nasjonal kompetansepolitisk strategi i februar 2017. Kompetanse Norge har bedt alle medlemmene i rådet om å rapportere sine tiltak innen 1. desember. Tiltakene er knyttet til nummereringen av tiltak i strategien.'),
              Spacer(1, 6), P('<b>Forslag til vedtak</b>', 11),
              P('Sekretariatet slutter seg til rapporteringen i vedlegg 1 og ber administrasjonen sende den til Kompetanse Norge. Sekretariatet ber om en ny sak om kompetansereformen våren 2018.'),
              Spacer(1, 10), P('<b>Vedlegg 1 Tiltak</b>', 11), Spacer(1, 4)]
        data = [[P('<b>%s</b>' % h, 9) for h in ['Nr', 'Tiltak', 'NKPS-nr.', 'Ansvar', 'Med', 'Type', 'Tid']]]
        for n, r in enumerate(rows, 1):
            data.append([P(str(n), 9), P(esc(r['title']), 9), P(' og '.join(str(newnr(c)) for c in r['delmal']), 9), P(esc(r['responsible']), 9),
                         P(esc(pj(r['partners'])), 9), P(esc(r['ptype']), 9), P(esc(r['period']), 9)])
        t = Table(data, colWidths=[0.8*cm, 4.0*cm, 1.8*cm, 3.4*cm, 2.6*cm, 1.5*cm, 2.1*cm], repeatRows=1)
        t.setStyle(GRID)
        s += [Spacer(1, 330), t, Spacer(1, 10), P('<b>Merknader til tabellen</b>', 11)]
        for n, r in enumerate(rows, 1):
            s.append(P('%d. %s' % (n, esc(r['description'])), 10))
        return s
    def foot(c, doc, w, h):
        c.drawCentredString(w / 2, 1.2*cm, 'LO · Styresak 14/2017 · side %d av %d' % (doc.page, doc.total))
    build(path, story, foot=foot)

def r_ks18(f, path):
    rows = f['rows']
    def story():
        hdr = ['Nr', 'Delmål (kode)', 'Tiltaksnavn', 'Kategori', 'Eier', 'Partnere', 'Periode', 'Kommentar']
        data = [[P('<b>%s</b>' % h, 8) for h in hdr]]
        for n, r in enumerate(rows, 1):
            data.append([P(str(n), 8), P('; '.join(r['delmal']), 8), P(esc(r['title']), 8), P(esc(r['ptype']), 8), P(esc(r['responsible']), 8),
                         P(esc(pj(r['partners'])), 8), P(esc(r['period']), 8), P(esc(r['description']), 8)])
            if n == 3:
                data += [[''] * 8, [''] * 8]
        data.append(['', '', P('<b>Sum tiltak</b>', 8), '', '', '', '', P('<b>%d</b>' % len(rows), 8)])
        data.append(['', '', P('<i>Merk: Kategori er KS\' egen inndeling</i>', 7), '', '', '', '', ''])
        t = Table(data, colWidths=[0.8*cm, 1.8*cm, 4.5*cm, 2*cm, 1.8*cm, 3.5*cm, 2*cm, 9*cm], repeatRows=1)
        t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.25, colors.HexColor('#BFBFBF')), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                               ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#DDEBF7'))]))
        return [t]
    def head(c, doc, w, h):
        c.drawString(1.5*cm, h - 1.2*cm, 'NKPS 2018'); c.drawRightString(w - 1.5*cm, h - 1.2*cm, 'KS')
    def foot(c, doc, w, h):
        c.drawCentredString(w / 2, 1*cm, 'Side %d av %d' % (doc.page, doc.total))
    build(path, story, head=head, foot=foot, land=True, margins=1.5*cm, top=1.8*cm)

def r_regj19(f, path):
    rows = {r['tid']: r for r in f['rows']}
    def para(r):
        dm = ' og '.join(r['delmal'])
        art = {'informasjonstiltak': 'et informasjonstiltak', 'prosjekt': 'et prosjekt', 'evaluering': 'en evaluering', 'reform': 'en reform',
               'opplæring': 'et tiltak for opplæring', 'forsøk': 'et forsøk', 'utvalg': 'et utvalg'}[r['ptype']]
        sent = 'Tiltaket følger opp delmål %s og er %s. Ansvarlig er %s, i samarbeid med %s, for perioden %s.' % (
            dm, art, r['responsible'], ' og '.join([', '.join(r['partners'][:-1]), r['partners'][-1]]) if len(r['partners']) > 1 else r['partners'][0], r['period'])
        return P('<b>%s.</b> %s %s' % (esc(r['title']), esc(r['description']), esc(sent)), 11, 'Serif', spaceAfter=8)
    def story():
        g = Table([[P('<b>Til:</b>', 10, 'Serif'), P('Kompetanse Norge, sekretariatet for Kompetansepolitisk råd', 10, 'Serif')],
                   [P('<b>Fra:</b>', 10, 'Serif'), P('Kunnskapsdepartementet', 10, 'Serif')],
                   [P('<b>Dato:</b>', 10, 'Serif'), P('29.11.2019', 10, 'Serif')], [P('<b>Saksnr.:</b>', 10, 'Serif'), P('19/4471', 10, 'Serif')]],
                  colWidths=[2.5*cm, 13*cm])
        s = [P('<b>Notat</b>', 18, 'Serif'), Spacer(1, 6), g, Spacer(1, 10), P('<b>Regjeringens tiltak 2019</b>', 13, 'Serif'),
             P('<b>Bakgrunn</b>', 12, 'Serif'),
             P('Notatet gir en oversikt over tiltak departementene har gjennomført i 2019 for å følge opp strategien. Omtalen er ordnet etter strategiens tre hovedinnsatsområder.', 11, 'Serif', spaceAfter=8)]
        for head, tids in [('Gode valg for den enkelte og for samfunnet', ['KBU', 'KARRNETT']),
                           ('Læring i arbeidslivet', ['BRANSJE', 'EVAL_BRANSJE', 'KOMPREF', 'GODKJ']),
                           ('Styrke kompetansen til voksne med svak tilknytning til arbeidslivet', ['KPLUSS', 'JOBBSJ', 'FLEKSVGO'])]:
            s.append(P('<b>%s</b>' % head, 12, 'Serif', spaceBefore=6, spaceAfter=4))
            s += [para(rows[t]) for t in tids]
        s += [P('<b>Videre arbeid</b>', 12, 'Serif'), P('Regjeringen vil legge fram en stortingsmelding om kompetansereformen i 2020 og vurdere om bransjeprogrammene skal videreføres etter 2021.', 11, 'Serif')]
        return s
    def head(c, doc, w, h):
        c.setFont('Serif', 8); c.drawString(2*cm, h - 1.3*cm, 'Kunnskapsdepartementet · Notat')
    def foot(c, doc, w, h):
        c.setFont('Serif', 8); c.drawRightString(w - 2*cm, 1.2*cm, 'Side %d' % doc.page)
    build(path, story, head=head, foot=foot, font='Serif')

def r_vofo19(f, path):
    rows = f['rows']
    def story():
        s = [P('<b>Anne Sørli</b>', 11), Spacer(1, 4)]
        hd = [('Fra:', 'Anne Sørli &lt;anne.sorli@vofo.no&gt;'), ('Sendt:', 'fredag 29. november 2019 14:12'), ('Til:', 'post@kompetansenorge.no'),
              ('Kopi:', 'Gunn Ek &lt;gunn.ek@vofo.no&gt;'), ('Emne:', 'SV: Rapportering NKPS 2019 – VOFO')]
        t = Table([[P('<b>%s</b>' % a, 10), P(b, 10)] for a, b in hd], colWidths=[2*cm, 14*cm])
        t.setStyle(TableStyle([('LINEBELOW', (0, -1), (-1, -1), 1, colors.black)]))
        s += [t, Spacer(1, 10), P('Hei,'), Spacer(1, 4), P('her er VOFOs tiltak for 2019. Vi har skrevet delmål, type, hvem som har ansvaret, hvem vi samarbeider med og når, i klammene under hvert tiltak.'), Spacer(1, 6)]
        for r in rows:
            s.append(P('– <b>%s</b>: %s' % (esc(r['title']), esc(r['description'])), 10, leftIndent=12, firstLineIndent=-8))
            s.append(P('[delmål %s | %s | %s | med %s | %s]' % (' og '.join(r['delmal']), r['ptype'].lower(), esc(r['responsible']), esc(pj(r['partners'])), esc(r['period'])),
                       9, leftIndent=24, spaceAfter=6, textColor=colors.HexColor('#333333')))
        s += [P('Si fra om dere trenger mer.'), Spacer(1, 6), P('Vennlig hilsen'), P('Anne Sørli'), P('Seniorrådgiver, VOFO – Voksenopplæringsforbundet'),
              P('Tlf. 22 00 00 00 | www.vofo.no', 9), Spacer(1, 4),
              P('<i>Denne e-posten kan inneholde konfidensiell informasjon. This e-mail may contain confidential information.</i>', 7), Spacer(1, 10),
              P('-----Opprinnelig melding-----', 9), P('Fra: Kompetanse Norge &lt;post@kompetansenorge.no&gt;', 9), P('Sendt: 14. oktober 2019 09:30', 9),
              P('Emne: Rapportering NKPS 2019', 9), Spacer(1, 4),
              P('Vi ber om at hvert medlem av Kompetansepolitisk råd sender en oversikt over sine tiltak innen 29. november. Oppgi for hvert tiltak delmål, type, ansvarlig, samarbeidspartnere og periode. '
                'Eksempel: «Regional karrieredag – delmål 1.3 – arrangement – fylkeskommunen – NAV – 2019».', 9)]
        return s
    def foot(c, doc, w, h):
        c.drawCentredString(w / 2, 1.2*cm, str(doc.page))
    build(path, story, foot=foot)

def r_virke20(f, path):
    rows = f['rows']
    def story():
        s = [P('Virke   Medlemskap   Kurs   Politikk   Kompetanse   Om oss   Logg inn', 8, textColor=colors.grey),
             P('Forside › Kompetanse › NKPS-rapport 2020', 8, textColor=colors.grey), Spacer(1, 8),
             P('<b>Virkes rapport til Kompetansepolitisk råd 2020</b>', 18, lead=22), Spacer(1, 4),
             P('Publisert 14.12.2020 · Sist oppdatert 15.12.2020', 8, textColor=colors.grey), Spacer(1, 6),
             P('Virke rapporterer hvert år til Kompetansepolitisk råd om hva vi gjør for å følge opp Nasjonal kompetansepolitisk strategi. Her er tiltakene for 2020.', 11), Spacer(1, 8)]
        for r in rows:
            s.append(P('<b>%s</b>' % esc(r['title']), 13, spaceBefore=8, spaceAfter=3))
            s.append(P(esc(r['description']), 10.5))
            dm = '; '.join('%s (%s)' % (DM_SHORT[c][0].upper() + DM_SHORT[c][1:], c) for c in r['delmal'])
            fk = Table([[P('<b>Fakta</b>', 9), '']] + [[P(a, 9), P(esc(b), 9)] for a, b in
                       [('Delmål', dm), ('Type', r['ptype']), ('Hvem', r['responsible']), ('Partnere', pj(r['partners'])), ('Når', r['period'])]],
                       colWidths=[2.5*cm, 12*cm])
            fk.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#F0F0F0')), ('SPAN', (0, 0), (1, 0))]))
            s += [Spacer(1, 3), fk]
        s += [Spacer(1, 12), P('<b>Relaterte artikler</b>', 11), P('• Slik får du kompetansemidler fra bransjeprogrammet', 9), P('• Virke mener: Kompetansereformen må gjelde alle', 9),
              Spacer(1, 8), P('<b>Få nyhetsbrev fra Virke</b> – meld deg på her', 9),
              P('Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse. Godta alle · Innstillinger', 8, textColor=colors.grey)]
        return s
    def head(c, doc, w, h):
        c.drawString(1*cm, h - 0.8*cm, '15.12.2020 10:41'); c.drawCentredString(w / 2, h - 0.8*cm, 'Virkes rapport til Kompetansepolitisk råd 2020 | Virke')
    def foot(c, doc, w, h):
        c.drawString(1*cm, 0.8*cm, 'https://www.virke.no/kompetanse/nkps-rapport-2020/'); c.drawRightString(w - 1*cm, 0.8*cm, '%d/%d' % (doc.page, doc.total))
    build(path, story, head=head, foot=foot, margins=1.8*cm)
