# -*- coding: utf-8 -*-
from kit import *
from batch_data import OLD, DTXT, DTXT_NN
from render_a import og, olds, pj
LET = 'ABCDEFGHIJ'

# ------------------------------------------------------------ 15 Regjeringen 2023 (pdf)
REG23_STATUS = {'T01': 'Endret', 'T03': 'Videreført', 'T06': 'Nytt', 'T07': 'Videreført', 'T08': 'Nytt', 'T09': 'Endret',
                'T13': 'Nytt', 'T18': 'Videreført', 'T28': 'Endret'}
def reg23(f, path):
    rows = f['rows']
    s = [Paragraph('Kunnskapsdepartementet', PS('k', fontName='Helvetica-Bold', fontSize=11, textColor=colors.HexColor('#003366'))),
         Paragraph('Oppfølging av NKPS – status 2023', H1),
         Paragraph(E('Notatet gir status for regjeringens tiltak. Statusordene i oversikten er departementets egne. Hvert tiltak er omtalt kort under sin '
                     'bokstav, og faktaopplysningene er samlet i tabellen til slutt.'), BODY),
         Paragraph('Oversikt', H2),
         grid_table([['', 'Tiltak', 'Status']] + [[LET[i], r['title'], REG23_STATUS[r['tid']]] for i, r in enumerate(rows)], [1 * cm, 11 * cm, 3 * cm]),
         Paragraph('Omtale av tiltakene', H2)]
    for i, r in enumerate(rows):
        txt = E(r['description'])
        if r['tid'] == 'T09':
            txt += '<super>1</super>'
        s.append(Paragraph('<b>%s  %s</b>' % (LET[i], E(r['title'])), H3)); s.append(Paragraph(txt, BODY))
    s.append(PageBreak())
    s.append(Paragraph('Faktaopplysninger', H2))
    data = [['Bokstav', 'Delmål', 'Virkemiddel', 'Ansvar', 'Samarbeid', 'Periode']]
    for i, r in enumerate(rows):
        data.append([LET[i], ', '.join(r['delmal']), r['tp'], r['responsible'], pj(r), r['period']])
    s.append(grid_table(data, [1.6 * cm, 2.2 * cm, 2.8 * cm, 2 * cm, 5 * cm, 2.4 * cm]))
    s += [Spacer(1, 14), Paragraph(E('1 Økningen gjelder statsbudsjettet for 2023, kap. 257 post 70.'), SMALL)]
    build_simple(path, s, header='Kunnskapsdepartementet · 2023', footer='Side {n} av 2')

# ------------------------------------------------------------ 16 Vestland 2023 årsmelding (pdf, two columns)
def vl23(f, path):
    rows = f['rows']
    W, H = A4
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    cw = (W - 3.6 * cm - 0.8 * cm) / 2
    frames = [Frame(1.8 * cm, 2 * cm, cw, H - 4 * cm, id='l'), Frame(1.8 * cm + cw + 0.8 * cm, 2 * cm, cw, H - 4 * cm, id='r')]
    doc.addPageTemplates([PageTemplate(id='two', frames=frames, onPage=deco('Vestland fylkeskommune · Årsmelding 2023', 'Årsmelding 2023 · {n}'))])
    B = PS('b2', parent=BODY, fontSize=9.5, leading=12.5)
    s = [Paragraph('6 Kompetanse', H1),
         Paragraph(E('Vestland har låg arbeidsløyse og stor etterspurnad etter fagarbeidarar. Fylkeskommunen har i 2023 arbeidd vidare med '
                     'kompetansepartnarskapet og med tilbod til vaksne. Under følgjer tiltaka som er rapporterte til Kompetansepolitisk råd.'), B),
         grid_table([['Tal og fakta'], ['Vaksne i vidaregåande opplæring: 3 412'], ['Samtalar ved Karriere Vestland: 9 870'], ['Nye lærekontraktar: 3 105']], [cw - 4]),
         Spacer(1, 6), Paragraph('6.1 Arbeidsmarknaden', H3),
         Paragraph(E('Sysselsetjinga i Vestland auka med 1,8 prosent frå 2022 til 2023. Mangelen på arbeidskraft er størst i helse- og omsorgsfag, '
                     'bygg og anlegg og industri. Mange verksemder melder at dei ikkje får tilsett fagarbeidarar, og at dei i staden lærer opp eigne '
                     'tilsette. Fylkeskommunen har difor lagt vekt på tilbod som kan kombinerast med arbeid, og på samarbeid med partane i arbeidslivet '
                     'gjennom kompetansepartnarskapet. Partnarskapet har i 2023 drøfta korleis fylket kan møte mangelen på fagarbeidarar, og korleis '
                     'verksemdene kan nytte tilboda frå fagskulen og universiteta betre.'), B),
         Paragraph('6.2 Tiltak rapporterte til NKPS', H3)]
    for i, r in enumerate(rows, 1):
        s.append(Paragraph('<b>Tiltak %d: %s</b>' % (i, E(r['title'])), PS('t%d' % i, parent=B, spaceBefore=6)))
        s.append(Paragraph(E(r['description']), B))
        s.append(Paragraph(E('Ansvarleg: %s | Med: %s | Type: %s | Periode: %s' % (r['responsible'], pj(r), r['tp'], r['period'])), SMALL))
    s.append(KeepTogether([Paragraph('Tiltak og delmål i NKPS', H3),
              grid_table([['Tiltak nr.', 'Delmål']] + [[str(i), ', '.join(r['delmal'])] for i, r in enumerate(rows, 1)], [2.5 * cm, 4 * cm])]))
    s += [Paragraph('6.3 Vegen vidare', H3),
          Paragraph(E('Den regionale planen for kompetanse og arbeidskraft skal rullerast i 2025. Arbeidet med ny plan startar hausten 2024.'), B)]
    doc.build(s)

# ------------------------------------------------------------ 17 HK-dir 2023 (pdf landscape table)
def hk23(f, path):
    hdr = ['Eier', 'Tiltak', 'Beskrivelse', 'Mål (NKPS)', 'Kategori', 'Partnere', 'Tidsrom']
    data = [hdr] + [[r['responsible'], r['title'], r['description'], ' · '.join(r['delmal']), r['tp'], pj(r), r['period']] for r in f['rows']]
    s = [Paragraph('HK-dir – rapportering NKPS 2023', H1),
         Paragraph(E('Tabellen viser direktoratets tiltak. Kategoriene er HK-dirs egne, se forklaringen under tabellen.'), BODY), Spacer(1, 300)]
    t = grid_table(data, [2 * cm, 5 * cm, 7 * cm, 2.4 * cm, 2.6 * cm, 4 * cm, 2.4 * cm])
    t.splitInRow = 1
    s.append(t)
    s += [Spacer(1, 6), Paragraph('Totalt 6 tiltak', BODY),
          Paragraph(E('Forklaring: drift = løpende tjeneste; kvalitetsarbeid = utvikling av standarder og kompetanse; tilskuddsordning = midler som lyses ut; '
                      'analyse = kunnskapsgrunnlag.'), SMALL)]
    build_simple(path, s, header='HK-dir', footer='HK-dir · Rapport 2023 · side {n}', pagesize=landscape(A4), margins=1.5 * cm)

# ------------------------------------------------------------ 18 NHO 2024 (docx)
def nho24(f, path):
    d = new_doc(header='NHO', footer='Side ')
    para(d, 'NHOs tiltak for å følge opp kompetansestrategien – 2024', bold=True, size=16)
    d.add_heading('Sammendrag', level=2)
    para(d, 'NHO rapporterer sju tiltak i 2024. Tabellen under viser fordelingen på innsatsområdene; tiltakene står i tabellen på neste side.')
    t = d.add_table(rows=4, cols=2); t.style = 'Table Grid'
    for j, (a, b) in enumerate([('Innsatsområde', 'Antall'), ('1 Gode valg', '3'), ('2 Læring i arbeidslivet', '4'), ('3 Voksne med svak tilknytning', '0')]):
        cell_text(t.rows[j].cells[0], [a]); cell_text(t.rows[j].cells[1], [b])
    landscape_section(d)
    hdr = ['Område', 'Tiltak', 'Mål', 'Type', 'Ansvar', 'Med', 'Periode']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for j, h in enumerate(hdr):
        cell_text(t.rows[0].cells[j], [[(h, 'b')]], size=9); shade(t.rows[0].cells[j], 'D6E4F0')
    R = {r['tid']: r for r in f['rows']}
    areas = [('Gode valg', ['T01', 'T06', 'T14']), ('Læring i arbeidslivet', ['T07', 'N1', 'N2', 'N4'])]
    for a, ids in areas:
        start = len(t.rows)
        for tid in ids:
            r = R[tid]; c = t.add_row().cells
            cell_text(c[1], [[(r['title'], 'b')], r['description']], size=9)
            cell_text(c[2], ['delmål ' + og(r['delmal'])], size=9)
            cell_text(c[3], [r['tp']], size=9); cell_text(c[4], [r['responsible']], size=9); cell_text(c[5], [pj(r)], size=9); cell_text(c[6], [r['period']], size=9)
        m = t.rows[start].cells[0].merge(t.rows[len(t.rows) - 1].cells[0])
        cell_text(m, [[(a, 'b')]], size=9); text_dir(m)
    portrait_section(d)
    d.add_heading('Avsluttet / ikke videreført', level=2)
    para(d, 'Kampanjen «Fagarbeider – for fremtida» ble avsluttet i 2022 og er ikke videreført.', style='List Bullet')
    d.save(path)
