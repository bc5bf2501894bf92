from pdf_common import *
from common import WORDS, WORDS_NN, AREAS, oldnr

def dm_old(codes):
    return and_join([str(oldnr(c)) for c in codes])

def lo_2017(f, path):
    s = [P('Landsorganisasjonen i Norge', st('x', 'Sans-B', 9, textColor=colors.HexColor('#c00000'))),
         P('Til: Kompetanse Norge, sekretariatet for Kompetansepolitisk råd<br/>Dato: 30. november 2017', SMALL), Spacer(1, 8),
         P('LOs rapportering om oppfølging av Nasjonal kompetansepolitisk strategi 2017', H1),
         P('LO har gått gjennom strategiens 16 tiltak og rapporterer her om det LO selv gjør og det LO deltar i. '
           'Nummereringen nedenfor er vår egen. Under «Strategiens tiltak nr.» viser vi til nummeret i strategiens liste over tiltak.'),
         Spacer(1, 4)]
    lab = st('lab', 'Sans-B', 9.5); val = st('val', 'Sans', 9.5)
    for i, r in enumerate(f['rows'], 1):
        tid, title, dm, typ, resp, partners, period, desc = r[:8]
        data = [['Strategiens tiltak nr.:', dm_old(dm)], ['Kategori:', typ], ['Hvem:', resp],
                ['Med:', ', '.join(partners)], ['Når:', period], ['Innhold:', desc]]
        t = Table([[Paragraph(a, lab), Paragraph(esc(b), val)] for a, b in data], colWidths=[42 * mm, 120 * mm])
        t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0), ('BOTTOMPADDING', (0, 0), (-1, -1), 1)]))
        s += [P(f'{i}. {esc(title)}', H3), t, Spacer(1, 4)]
    s += [P('Møter LO har deltatt i 2017', H2)]
    for m in ['Kompetansepolitisk råd, 21. juni og 14. november', 'Oppstartsmøte for Kompetansebehovsutvalget, 3. oktober',
              'Samarbeidsrådet for yrkesopplæring, fire ordinære møter', 'Idéverksted om etter- og videreutdanning i Bodø, 2. november']:
        s.append(P('• ' + m))
    s += [Spacer(1, 10), P('Med vennlig hilsen<br/>Landsorganisasjonen i Norge<br/><br/>Trude Berg, rådgiver, Samfunnspolitisk avdeling')]
    def head(c, n, w, h):
        c.setFont('Sans', 8); c.drawString(20 * mm, h - 12 * mm, 'LO · Rapportering NKPS 2017')
    def foot(c, n, w, h):
        c.setFont('Sans', 8); c.drawRightString(w - 20 * mm, 10 * mm, f'Side {n}')
    build(path, s, head, foot)

def ks_2018(f, path):
    W = landscape(A4)
    rows = f['rows']
    hdr = ['Delmål i strategien', 'Tiltak', 'Beskrivelse', 'Ansvar', 'Samarbeid', 'Type', 'Periode']
    widths = [48 * mm, 40 * mm, 75 * mm, 27 * mm, 40 * mm, 18 * mm, 22 * mm]
    def part(rs, cont_first=None, cont_last=None):
        data = [hdr]; spans = []; prev = None; start = None
        if cont_first:
            data.append(['', '', cont_first, '', '', '', ''])
        for j, r in enumerate(rs):
            tid, title, dm, typ, resp, partners, period, desc = r[:8]
            if cont_last and j == len(rs) - 1: desc = cont_last
            code = dm[0]
            cell = WORDS[code] if code != prev else ''
            data.append([esc(cell), '<b>%s</b>' % esc(title), esc(desc), esc(resp), esc(', '.join(partners)), esc(typ), esc(period)])
            row = len(data) - 1
            if code == prev:
                spans.append(('SPAN', (0, start), (0, row)))
            else:
                start = row
            prev = code
        return data, spans
    # split after the 4th measure; the 4th measure's description runs over the page break
    r4 = rows[3][7]; cut = r4.index(' ', len(r4) // 2)
    d1, s1 = part(rows[:4], cont_last=r4[:cut])
    d2, s2 = part(rows[3:], cont_first=r4[cut + 1:])
    d2.pop(2)  # the continued row holds only the rest of the text; drop duplicate of row 4
    # rebuild spans for part 2 without the duplicate
    d2, s2 = [hdr, ['', '', esc(r4[cut + 1:]), '', '', '', '']], []
    prev = rows[3][2][0]; start = 1
    for r in rows[4:]:
        tid, title, dm, typ, resp, partners, period, desc = r[:8]
        code = dm[0]
        d2.append([esc(WORDS[code]) if code != prev else '', '<b>%s</b>' % esc(title), esc(desc), esc(resp), esc(', '.join(partners)), esc(typ), esc(period)])
        if code == prev: s2.append(('SPAN', (0, start), (0, len(d2) - 1)))
        else: start = len(d2) - 1
        prev = code
    d2.append(['<b>Antall tiltak: %d</b>' % len(rows), '', '', '', '', '', ''])
    s2.append(('SPAN', (0, len(d2) - 1), (-1, len(d2) - 1)))
    s = [P('KS – Kommunesektorens organisasjon', st('k', 'Sans-B', 9, textColor=colors.HexColor('#00549f'))),
         P('Rapport til Kompetansepolitisk råd – KS\' tiltak 2018', H1),
         P('KS rapporterer tiltakene i tabellen nedenfor, sortert etter strategiens delmål. Tiltak der KS deltar i et organ som andre eier, '
           'er tatt med når KS bidrar aktivt. Kontaktperson: Ingrid Haugen, KS Arbeidsgiverpolitikk.'),
         grid(d1, widths, extra=s1), PageBreak(), grid(d2, widths, extra=s2),
         Spacer(1, 8), P('Tabellen omfatter ikke ordinær drift i kommunene, som rapporteres i KS\' årsrapport.', SMALL)]
    def foot(c, n, w, h):
        c.setFont('Sans', 8); c.drawString(15 * mm, 8 * mm, 'KS · Haakon VIIs gate 9 · Oslo'); c.drawRightString(w - 15 * mm, 8 * mm, f'{n}')
    build(path, s, None, foot, pagesize=W, margins=(15, 15, 15, 15))

def sf_2018(f, path):
    rows = f['rows']
    s = [P('6 Kompetanse og opplæring', H1),
         P('6.1 Innleiing', H2),
         P('Fylkeskommunen har ei sentral rolle i kompetansepolitikken. Dette kapitlet gjer greie for tiltaka fylkeskommunen har rapportert '
           'til Kompetansepolitisk råd for 2018. I tillegg til dei fem tiltaka under driv fylkeskommunen ordinær vidaregåande opplæring '
           'for om lag 4 800 elevar og lærlingar; dette er omtalt i kapittel 5.')]
    for i, r in enumerate(rows, 2):
        tid, title, dm, typ, resp, partners, period, desc = r[:8]
        if len(dm) == 1: goal = f'Tiltaket høyrer inn under delmål {dm[0]} i den nasjonale kompetansepolitiske strategien.'
        else: goal = 'Tiltaket svarar på delmåla ' + and_join(dm) + ' i strategien.'
        s += [P(f'6.{i} {esc(title)}', H2), P(esc(desc) + ' ' + goal)]
    s += [P(f'6.{len(rows) + 2} Økonomi', H2),
          grid([['Område', 'Budsjett 2018', 'Rekneskap 2018', 'Avvik'], ['Vaksenopplæring', '12 400', '11 960', '440'],
                ['Karriere Sogn og Fjordane', '4 100', '4 230', '-130'], ['Fagskule', '38 700', '38 210', '490'], ['Sum', '55 200', '54 400', '800']],
               [60 * mm, 35 * mm, 35 * mm, 25 * mm]),
          P('Tal i 1000 kr.', SMALL), Spacer(1, 10),
          P('<b>Tabell 6.3</b> Oversikt over tiltak rapporterte til Kompetansepolitisk råd', BODY)]
    data = [['Tiltak', 'Ansvarleg', 'Samarbeidspartnarar', 'Periode', 'Type']]
    for r in rows:
        data.append([esc(r[1]), esc(r[4]), esc(', '.join(r[5])), esc(r[6]), esc(r[3])])
    s.append(grid(data, [52 * mm, 35 * mm, 48 * mm, 18 * mm, 22 * mm], bg=colors.HexColor('#e2efd9')))
    def head(c, n, w, h):
        c.setFont('Sans-I', 8); c.drawString(20 * mm, h - 12 * mm, 'Årsmelding 2018 – Sogn og Fjordane fylkeskommune')
    def foot(c, n, w, h):
        c.setFont('Sans', 8); c.drawCentredString(w / 2, 10 * mm, str(33 + n))
    build(path, s, head, foot)

def regj_2019(f, path):
    rows = f['rows']
    s = [P('Regjeringens rapportering til Kompetansepolitisk råd 2019', H1),
         P('Kunnskapsdepartementet, på vegne av regjeringen · november 2019', SMALL), Spacer(1, 6),
         P('1 Innledning', H2),
         P('Rapporten består av to deler. Del 2 gir en oversikt over tiltakene per hovedinnsatsområde, del 3 omtaler hvert tiltak. '
           'Tiltaksnumrene i oversikten viser til omtalen.'),
         P('2 Oversikt over tiltakene', H2)]
    num = {}
    order = sorted(rows, key=lambda r: r[2][0])
    for k, r in enumerate(order, 1): num[r[1]] = k
    for a in '123':
        rs = [r for r in order if r[2][0][0] == a]
        if not rs: continue
        s.append(P(f'Hovedinnsatsområde {a}: {AREAS[a]}', H3))
        data = [['Nr.', 'Tiltak', 'Delmål', 'Virkemiddel', 'Ansvarlig dep.', 'Samarbeid', 'Periode']]
        for r in rs:
            data.append([str(num[r[1]]), esc(r[1]), ', '.join(r[2]), esc(r[3]), esc(r[4]), esc(', '.join(r[5])), esc(r[6])])
        s.append(grid(data, [9 * mm, 44 * mm, 14 * mm, 30 * mm, 17 * mm, 38 * mm, 18 * mm]))
    s += [PageBreak(), P('3 Omtale av tiltakene', H2)]
    for r in order:
        s += [P(f'{num[r[1]]} {esc(r[1])}', H3), P(esc(r[7]))]
    s += [P('4 Veien videre', H2), P('Regjeringen vil i 2020 legge fram en ny stortingsmelding om kompetansereformen og vurdere en ny strategi etter 2021.')]
    def foot(c, n, w, h):
        c.setFont('Sans', 8); c.drawCentredString(w / 2, 10 * mm, f'{n}')
    build(path, s, None, foot)

def nav_2019(f, path):
    mono = st('m', 'Sans', 10, 13)
    s = [P('<b>Hansen, Lise</b>', st('n', 'Sans', 12)), Spacer(1, 2),
         Table([['']], colWidths=[170 * mm], style=[('LINEABOVE', (0, 0), (-1, -1), 1.2, colors.black)]),
         P('<b>Fra:</b> Hansen, Lise &lt;lise.hansen@nav.no&gt;<br/><b>Sendt:</b> fredag 15. november 2019 14:02<br/>'
           '<b>Til:</b> Postmottak Kompetanse Norge &lt;post@kompetansenorge.no&gt;<br/><b>Kopi:</b> Berg, Tor Erik<br/>'
           '<b>Emne:</b> SV: Rapportering til Kompetansepolitisk råd 2019 – NAV', mono), Spacer(1, 8),
         P('Hei,', mono), P('Her kommer NAVs tiltak for 2019. Vi har brukt feltene fra malen, men skrevet dem rett i e-posten. '
                            'Delmål er oppgitt med nummer.', mono), Spacer(1, 4)]
    for i, r in enumerate(f['rows'], 1):
        tid, title, dm, typ, resp, partners, period, desc = r[:8]
        lines = [f'{i}) {esc(title)}', f'&nbsp;&nbsp;&nbsp;- delmål: {", ".join(dm)}', f'&nbsp;&nbsp;&nbsp;- type: {esc(typ)}',
                 f'&nbsp;&nbsp;&nbsp;- ansvarlig: {esc(resp)}', f'&nbsp;&nbsp;&nbsp;- med: {esc(", ".join(partners))}',
                 f'&nbsp;&nbsp;&nbsp;- periode: {esc(period)}', f'&nbsp;&nbsp;&nbsp;- kort om tiltaket: {esc(desc)}']
        s.append(P('<br/>'.join(lines), mono)); s.append(Spacer(1, 3))
    s += [P('Ellers har vi deltatt i alle møtene i Kompetansepolitisk råd og i KBUs referansemøte i september. '
            'Et mulig tiltak om jobbspesifikk norskopplæring for ledige er vurdert, men ikke startet – det tar vi eventuelt med neste år.', mono),
          P('Mvh<br/>Lise Hansen<br/>seniorrådgiver, Arbeids- og velferdsdirektoratet<br/>Tlf. 21 07 00 00', mono), Spacer(1, 6),
          P('<i>Denne e-posten kan inneholde informasjon som er taushetsbelagt. Dersom du ikke er rett mottaker, vennligst slett e-posten og gi beskjed til avsender.</i>', SMALL),
          Spacer(1, 8), P('<b>Fra:</b> Postmottak Kompetanse Norge<br/><b>Sendt:</b> 1. oktober 2019 09:15<br/><b>Emne:</b> Rapportering til Kompetansepolitisk råd 2019', mono),
          P('Vi minner om fristen 15. november. Bruk gjerne feltene tiltak, delmål, type, ansvarlig, samarbeidspartnere, periode og kort beskrivelse.', mono)]
    def foot(c, n, w, h):
        c.setFont('Sans', 8); c.drawCentredString(w / 2, 10 * mm, str(n))
    build(path, s, None, foot)

PLANNED = {'T04': 'Videreføre kursene i grunnleggende ferdigheter i studieforbundene.',
           'O01': 'Inngå avtaler med alle fylkeskommuner.', 'O02': 'To fysiske samlinger for regionkonsulentene.',
           'O03': 'Språkkafeer i 40 kommuner.', 'O04': 'Kurs i 60 kommuner i samarbeid med Seniornett.'}

def vofo_2020(f, path):
    W = landscape(A4)
    s = [P('VOFO – Voksenopplæringsforbundet', st('v', 'Sans-B', 9, textColor=colors.HexColor('#6a1b9a'))),
         P('Rapportering til Kompetansepolitisk råd 2020', H1),
         P('Koronapandemien gjorde at mye av det vi planla for 2020, måtte gjøres om. Tabellen viser derfor både hva som var planlagt '
           'og hva som faktisk ble gjennomført. Tiltakene er studieforbundenes og VOFOs egne, eller ordninger der VOFO har en rolle.'),
         Spacer(1, 4)]
    data = [['Tiltak', 'Delmål', 'Type', 'Ansvar og partnere', 'Planlagt 2020', 'Gjennomført 2020', 'Periode']]
    for r in f['rows']:
        tid, title, dm, typ, resp, partners, period, desc = r[:8]
        data.append(['<b>%s</b>' % esc(title), ' og '.join(dm), esc(typ), 'Ansvar: %s<br/>Partnere: %s' % (esc(resp), esc(', '.join(partners))),
                     esc(PLANNED[tid]), esc(desc), esc(period)])
    s.append(grid(data, [48 * mm, 18 * mm, 24 * mm, 50 * mm, 45 * mm, 60 * mm, 20 * mm], bg=colors.HexColor('#e1d5ee')))
    s += [Spacer(1, 8), P('Planlagt, ikke startet', H3),
          P('• Kurs i arbeidslivsnorsk for ansatte i renhold – utsatt til 2021 på grunn av smittevernreglene.'),
          P('• Felles kampanje for studieforbundene om «Lær hele livet» – avventer finansiering.'),
          Spacer(1, 6), P('Oslo, 20. november 2020 · Sturla Bjerkaker, generalsekretær', SMALL)]
    def foot(c, n, w, h):
        c.setFont('Sans', 8); c.drawRightString(w - 15 * mm, 8 * mm, f'Side {n}')
    build(path, s, None, foot, pagesize=W, margins=(15, 15, 15, 15))

RENDER = {'2017_LO_rapport.pdf': lo_2017, '2018_KS_rapport.pdf': ks_2018, '2018_SognogFjordane_arsmelding.pdf': sf_2018,
          '2019_Regjeringen_rapport.pdf': regj_2019, '2019_NAV_epost.pdf': nav_2019, '2020_VOFO_rapport.pdf': vofo_2020}
