# -*- coding: utf-8 -*-
from kit import *
from batch_data import OLD, DTXT, DTXT_NN

INV = {v: k for k, v in OLD.items()}
def og(items, sep=', ', last=' og '):
    items = list(items)
    if not items: return ''
    if len(items) == 1: return items[0]
    return sep.join(items[:-1]) + last + items[-1]
def olds(r): return [INV[c] for c in r['delmal']]
def pj(r, sep=', '): return sep.join(r['partners'])

# ------------------------------------------------------------ 1 Regjeringen 2017 (pdf)
def reg17(f, path):
    rows = f['rows']
    s = [Paragraph('Kunnskapsdepartementet', PS('x', fontName='Helvetica-Bold', fontSize=11, textColor=colors.HexColor('#003366'))),
         Spacer(1, 6), Paragraph('NOTAT', H1)]
    s.append(grid_table([['Til:', 'Kompetansepolitisk råd v/sekretariatet i Kompetanse Norge'], ['Fra:', 'Kunnskapsdepartementet'],
                         ['Dato:', '11.12.2017'], ['Saksnr.:', '17/4512']], [3 * cm, 13 * cm], header_rows=0))
    s += [Spacer(1, 8), Paragraph('Oppfølging av Nasjonal kompetansepolitisk strategi – status 2017', H2),
          Paragraph('1 Bakgrunn', H2),
          Paragraph(E('Strategien ble undertegnet 2. februar 2017. Departementene er bedt om å rapportere tiltak som følger opp strategiens '
                      'tiltak nr. 1–16. Nedenfor omtales de viktigste tiltakene fra Kunnskapsdepartementet og Helse- og omsorgsdepartementet. '
                      'Omtalen er ikke uttømmende.'), BODY),
          Paragraph('2 Tiltak', H2)]
    groups = [('2.1 Kunnskapsdepartementet', [r for r in rows if r['responsible'] == 'KD']),
              ('2.2 Helse- og omsorgsdepartementet', [r for r in rows if r['responsible'] == 'HOD'])]
    for g, rs in groups:
        s.append(Paragraph(g, H3))
        for r in rs:
            nrs = og(['nr. ' + n if i == 0 else n for i, n in enumerate(olds(r))])
            s.append(Paragraph('<b>%s.</b> %s Tiltaket følger opp tiltak %s i strategien.' % (E(r['title']), E(r['description']), nrs), BODY))
            s.append(Paragraph(E('Form: %s – Ansvar: %s – Med: %s – Tid: %s' % (r['tp'], r['responsible'], pj(r), r['period'])), SMALL))
            s.append(Spacer(1, 4))
    s += [Paragraph('3 Videre arbeid', H2),
          Paragraph(E('Departementet vil i 2018 vurdere en felles mal for rapporteringen, slik at sekretariatet lettere kan sammenstille '
                      'tiltakene. Kompetansebehovsutvalget og samfunnskontrakten vil bli omtalt også neste år.'), BODY),
          Spacer(1, 8), Paragraph('<b>Kopi til:</b> Arbeids- og sosialdepartementet, Kommunal- og moderniseringsdepartementet, Næringslivets Hovedorganisasjon', SMALL)]
    build_simple(path, s, header='Kunnskapsdepartementet – notat 11.12.2017', footer='Side {n}')

# ------------------------------------------------------------ 2 LO 2017 styresak (docx)
def lo17(f, path):
    d = new_doc(header='LO Sekretariatet · Styresak', footer='Side ')
    para(d, 'Sak 34/17', bold=True, size=14)
    para(d, 'Rapportering til Kompetansepolitisk råd 2017', bold=True, size=13)
    para(d, 'Møte i sekretariatet 5. desember 2017 · Saksbehandler: Avdeling for samfunnspolitikk', italic=True, size=9)
    d.add_heading('Forslag til vedtak', level=2)
    para(d, 'Sekretariatet slutter seg til rapporteringen nedenfor og ber om at den sendes Kompetanse Norge innen fristen 15. desember.')
    d.add_heading('Bakgrunn', level=2)
    para(d, 'LO er medlem av Kompetansepolitisk råd og rapporterer årlig hvilke tiltak LO har bidratt med for å følge opp strategien. '
            'Strategiens tiltak er nummerert 1–16. Tabellen viser LOs tiltak; merknader til hvert tiltak følger etter tabellen.')
    d.add_heading('LOs tiltak', level=2)
    hdr = ['Nr', 'Tiltak', 'NKPS-tiltak nr.', 'Hvem', 'Sammen med', 'Når', 'Form']
    t = d.add_table(rows=1, cols=len(hdr)); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], [[(h, 'b')]], size=9); shade(t.rows[0].cells[i], 'D9D9D9')
    for i, r in enumerate(f['rows'], 1):
        c = t.add_row().cells
        vals = [str(i), r['title'], 'nr. ' + ', '.join(olds(r)), r['responsible'], pj(r), r['period'], r['tp']]
        for j, v in enumerate(vals):
            cell_text(c[j], [v], size=9)
    d.add_heading('Merknader til tiltakene', level=2)
    for i, r in enumerate(f['rows'], 1):
        runs(d.add_paragraph(), [('Til nr. %d: ' % i, 'b'), r['description']])
    d.add_heading('Vedlegg', level=2)
    for v in ['Nasjonal kompetansepolitisk strategi 2017–2021', 'Brev fra Kompetanse Norge om rapportering, datert 20.10.2017']:
        para(d, v, style='List Bullet')
    d.save(path)

# ------------------------------------------------------------ 3 KS 2017 (docx)
KS17_SHORT = {'T02': 'SRY', 'T05': 'Samfunnskontrakten', 'T04': 'Fagbrev på jobb (forsøk)', 'T12': 'Kompetanseløft 2020',
              'K1': 'KS Læring', 'K2': 'Lærlingkampanjen'}
def ks17(f, path):
    d = new_doc(header='KS · Kommunesektorens organisasjon', footer='KS · Haakon VIIs gate 9 · 0161 Oslo · Side ')
    para(d, 'Rapportering – Nasjonal kompetansepolitisk strategi 2017', bold=True, size=16)
    para(d, 'Til: Kompetanse Norge      Dato: 14.12.2017      Vår ref.: 17/00981', size=9)
    d.add_heading('Innledning', level=1)
    para(d, 'KS rapporterer her tiltak som KS har ansvar for eller deltar i. Koblingen til strategiens tiltak nr. 1–16 er vist i vedlegget.')
    d.add_heading('KS sine tiltak', level=1)
    for r in f['rows']:
        d.add_heading(r['title'], level=2)
        for lab, val in [('Hva:', r['description']), ('Hvem:', r['responsible']), ('Med:', pj(r)), ('Når:', r['period']), ('Form:', r['tp'])]:
            runs(d.add_paragraph(), [(lab + ' ', 'b'), val])
    d.add_heading('Oppsummering', level=1)
    para(d, 'KS rapporterer seks tiltak for 2017. Fire av dem gjelder fag- og yrkesopplæringen.')
    page_break(d)
    d.add_heading('Vedlegg: Tiltakene og strategiens tiltak nr. 1–16', level=1)
    t = d.add_table(rows=1, cols=17); t.style = 'Table Grid'
    cell_text(t.rows[0].cells[0], [[('Tiltak', 'b')]], size=7)
    for n in range(1, 17):
        cell_text(t.rows[0].cells[n], [[(str(n), 'b')]], size=7)
    for r in f['rows']:
        c = t.add_row().cells
        cell_text(c[0], [KS17_SHORT[r['tid']]], size=7)
        on = set(olds(r))
        for n in range(1, 17):
            cell_text(c[n], ['X' if str(n) in on else ''], size=7)
    para(d, 'X = tiltaket følger opp strategiens tiltak med dette nummeret.', italic=True, size=8)
    d.save(path)

# ------------------------------------------------------------ 4 Spekter 2018 e-post (pdf)
def spe18(f, path):
    R = {r['tid']: r for r in f['rows']}
    s = [Paragraph('<b>Kari Nordmann</b>', PS('u', fontSize=9)), Spacer(1, 4)]
    hdr = [['Fra:', 'Ola Berg &lt;ola.berg@spekter.no&gt;'], ['Sendt:', 'fredag 14. desember 2018 15:02'], ['Til:', 'Postmottak Kompetanse Norge'],
           ['Kopi:', 'Kari Nordmann'], ['Emne:', 'SV: Rapportering NKPS 2018 – svar fra Spekter']]
    for a, b in hdr:
        s.append(Paragraph('<b>%s</b> %s' % (a, b), PS('h', fontSize=9, leading=12)))
    s += [Spacer(1, 10), Paragraph('Hei,', BODY),
          Paragraph(E('Her er Spekters innspill til årets rapportering. Vi har ikke brukt skjemaet, men håper punktene under er greie å bruke.'), BODY)]
    def one(r):
        return '<b>%s</b> (delmål %s): %s Ansvar: %s.%s Type: %s. Tid: %s.' % (
            E(r['title']), og(r['delmal']), E(r['description']), E(r['responsible']),
            (' Med: %s.' % E(pj(r))) if r['partners'] else '', E(r['tp']), E(r['period']))
    items = [one(R['T02']), one(R['S1']), one(R['S2']) + ' I tillegg: ' + one(R['S3']), one(R['T05'])]
    s.append(ListFlowable([ListItem(Paragraph(x, BODY), leftIndent=12, value='•') for x in items], bulletType='bullet', start='•'))
    s += [Paragraph('Ta kontakt om noe er uklart.', BODY), Spacer(1, 6),
          Paragraph('Med vennlig hilsen<br/>Ola Berg<br/>Rådgiver, Spekter<br/>Tlf. 23 08 40 00 | Mob. 911 22 333<br/>www.spekter.no', BODY),
          Spacer(1, 10), Paragraph('-----Opprinnelig melding-----', BODY),
          Paragraph('<b>Fra:</b> Postmottak Kompetanse Norge<br/><b>Sendt:</b> 25. oktober 2018 09:12<br/><b>Emne:</b> Rapportering NKPS 2018', PS('q', fontSize=9, leading=12)),
          Paragraph(E('Vi ber om at medlemmene av Kompetansepolitisk råd rapporterer sine tiltak innen 15. desember. Oppgi navn på tiltaket, delmål, '
                      'ansvarlig, samarbeidspartnere, type tiltak og tidsrom.'), PS('q2', parent=BODY, leftIndent=14, textColor=colors.HexColor('#333399'))),
          Paragraph(E('Eksempel: Kurs i kompetanseplanlegging for tillitsvalgte (delmål 2.4), ansvarlig: organisasjonen, type: kurs, tid: 2018.'),
                    PS('q3', parent=BODY, leftIndent=14, textColor=colors.HexColor('#333399'))),
          Paragraph('Vennlig hilsen<br/>Sekretariatet for Kompetansepolitisk råd', PS('q4', parent=BODY, leftIndent=14, textColor=colors.HexColor('#333399')))]
    build_simple(path, s, header='Utskrift – Outlook', footer='{n}')

# ------------------------------------------------------------ 5 NHO 2018 (docx)
def nho18(f, path):
    d = new_doc(header='NHO – Næringslivets Hovedorganisasjon · Kompetanse og innovasjon', footer='NHO · Middelthuns gate 27 · Side ')
    para(d, 'NHOs rapportering til Kompetansepolitisk råd 2018', bold=True, size=16)
    para(d, 'NHO følger opp strategien gjennom egne tiltak og deltakelse i nasjonale råd og utvalg. Tiltakene er ordnet etter hovedinnsatsområde.')
    areas = [('Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet', ['T01', 'T02', 'T05']),
             ('Hovedinnsatsområde 2: Læring i arbeidslivet', ['T15', 'N1', 'N2', 'N3']),
             ('Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet', [])]
    R = {r['tid']: r for r in f['rows']}
    for a, ids in areas:
        d.add_heading(a, level=1)
        if not ids:
            para(d, 'NHO har ingen egne tiltak under dette innsatsområdet i 2018, men deltar i arbeidet gjennom Kompetansepolitisk råd.')
        for tid in ids:
            r = R[tid]
            p = d.add_paragraph(style='List Number'); rr = p.add_run(r['title']); rr.bold = True
            para(d, '; '.join('%s %s' % (c, DTXT[c]) for c in r['delmal']), italic=True, size=9)
            para(d, r['description'])
            for lab, val in [('Type', r['tp']), ('Ansvar', r['responsible']), ('Partnere', pj(r)), ('Tid', r['period'])]:
                p = d.add_paragraph(); p.paragraph_format.tab_stops.add_tab_stop(Cm(3)); runs(p, [(lab, 'b'), '\t' + val])
    d.save(path)

# ------------------------------------------------------------ 6 VOFO 2019 skjema (docx)
def vofo19(f, path):
    d = new_doc(header='Kompetansepolitisk råd – rapporteringsskjema', footer='Skjema 2019 · side ')
    para(d, 'Rapportering NKPS 2019', bold=True, size=15)
    para(d, 'Organisasjon: VOFO – Voksenopplæringsforbundet', bold=True)
    para(d, 'Veiledning: Fyll ut ett skjema per tiltak. Kopier tabellen ved behov. Oppgi delmål med nummer og tekst. Type tiltak: FoU, Kurs/utdanning, '
            'Råd/utvalg/nettverk, Prosjekt, Informasjon eller Arrangement.', italic=True, size=9, color='777777')
    labels = ['1. Navn på tiltaket', '2. Delmål (nr. og tekst)', '3. Ansvarlig', '4. Samarbeidspartnere', '5. Type tiltak', '6. Periode', '7. Kort beskrivelse']
    forms = list(f['rows']) + [None]
    for i, r in enumerate(forms, 1):
        para(d, 'Tiltak %d' % i, bold=True)
        t = d.add_table(rows=7, cols=2); t.style = 'Table Grid'
        if r is None:
            vals = [[''] for _ in labels]
        else:
            dm = [['%s %s' % (c, DTXT[c])] for c in r['delmal']]
            dm = [x[0] for x in dm]
            vals = [[r['title']], dm, [r['responsible']], [pj(r)], [r['tp']], [r['period']], [r['description']]]
            if r['tid'] == 'T28':   # partners written into the Ansvarlig cell
                vals[2] = [r['responsible'], '(i samarbeid med VOFO)']; vals[3] = ['']
            if r['tid'] == 'O3':    # period only in the description
                vals[5] = ['se beskrivelse']
        for j, lab in enumerate(labels):
            cell_text(t.rows[j].cells[0], [[(lab, 'b')]], size=9); shade(t.rows[j].cells[0], 'EEEEEE')
            cell_text(t.rows[j].cells[1], vals[j], size=10)
        para(d, '')
    d.save(path)
