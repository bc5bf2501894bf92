from pdf_common import *
from common import WORDS, WORDS_NN, AREAS, AREAS_NN

def akad_2021(f, path):
    s = [P('Akademikerne', st('a', 'Sans-B', 14, textColor=colors.HexColor('#003b5c'))),
         P('Forsiden › Politikk › Kompetanse › Slik følger vi opp kompetansestrategien', SMALL), Spacer(1, 6),
         P('Slik følger Akademikerne opp kompetansestrategien i 2021', H1),
         P('<i>Publisert 12.11.2021 · Sist oppdatert 15.11.2021</i>', SMALL),
         P('<b>Akademikerne er medlem av Kompetansepolitisk råd og rapporterer hvert år hva vi gjør for å følge opp Nasjonal '
           'kompetansepolitisk strategi. Her er årets tiltak.</b>')]
    for r in f['rows']:
        tid, title, dm, typ, resp, partners, period, desc = r[:8]
        line = (f'<b>Delmål:</b> {" og ".join(dm)} &nbsp; <b>Type:</b> {esc(typ)} &nbsp; <b>Ansvar:</b> {esc(resp)} &nbsp; '
                f'<b>Med:</b> {esc(", ".join(partners)) if partners else "–"} &nbsp; <b>Når:</b> {esc(period)}')
        s += [P(esc(title), H3), P(esc(desc)), P(line, st('l', 'Sans', 9, textColor=colors.HexColor('#444444')))]
    s += [Spacer(1, 6), P('Les også', H3), P('› Akademikerne mener: Livslang læring må bli en rettighet', SMALL),
          P('› Rapport: Framtidens behov for akademikere (2019)', SMALL),
          P('› Kompetansebehovsutvalget – om utvalget (regjeringen.no)', SMALL), Spacer(1, 6),
          Table([[P('<b>Kontakt</b><br/>Marianne Lund, fagsjef kompetanse<br/>marianne.lund@akademikerne.no', SMALL)]], colWidths=[80 * mm],
                style=[('BOX', (0, 0), (-1, -1), 0.5, colors.grey), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#f2f2f2'))])]
    def head(c, n, w, h):
        c.setFont('Sans', 7.5); c.drawString(12 * mm, h - 8 * mm, '15.11.2021, 10:42'); c.drawCentredString(w / 2, h - 8 * mm, 'Slik følger vi opp kompetansestrategien | Akademikerne')
    def foot(c, n, w, h):
        c.setFont('Sans', 7.5); c.drawString(12 * mm, 8 * mm, 'https://akademikerne.no/politikk/kompetanse/slik-folger-vi-opp-kompetansestrategien'); c.drawRightString(w - 12 * mm, 8 * mm, f'{n}/2')
    build(path, s, head, foot)

DEPTS = {'KD': 'Kunnskapsdepartementet (KD)', 'HOD': 'Helse- og omsorgsdepartementet (HOD)'}

def regj_2022(f, path):
    s = [P('Oppfølging av Nasjonal kompetansepolitisk strategi – regjeringens tiltak 2022', H1),
         P('Rapport til Kompetansepolitisk råd, desember 2022', SMALL), Spacer(1, 6),
         P('Innledning', H2),
         P('Strategien gjaldt formelt for 2017–2021, men regjeringen og partene er enige om å fortsette rapporteringen til rådet. '
           'Tiltakene er ordnet etter ansvarlig departement. Hvert tiltak har en løpende ID (KD-1 osv.).'),
         P('Regjeringen har i 2022 brukt om lag 2,3 mrd. kroner på tiltakene i kompetansereformen.', BODY)]
    fact = st('fa', 'Sans', 8.5)
    for dept in ['KD', 'HOD']:
        s.append(P(DEPTS[dept], H2))
        for r in [r for r in f['rows'] if r[8]['dept'] == dept]:
            tid, title, dm, typ, resp, partners, period, desc, ex = r
            s += [P(f'{ex["id"]}&nbsp;&nbsp;{esc(title)}', H3), P(esc(desc))]
            t = grid([['Delmål', 'Virkemiddel', 'Samarbeid', 'Periode'], [', '.join(dm), esc(typ), esc(', '.join(partners)), esc(period)]],
                     [25 * mm, 32 * mm, 85 * mm, 28 * mm], bg=colors.HexColor('#eeeeee'), fs=fact)
            s += [t, Spacer(1, 5)]
    s += [P('Oppsummering', H2),
          grid([['Departement', 'Antall tiltak'], ['KD', str(sum(1 for r in f['rows'] if r[8]['dept'] == 'KD'))],
                ['HOD', str(sum(1 for r in f['rows'] if r[8]['dept'] == 'HOD'))], ['Sum', str(len(f['rows']))]], [50 * mm, 30 * mm])]
    def foot(c, n, w, h):
        c.setFont('Sans', 8); c.drawString(20 * mm, 10 * mm, 'Regjeringen · Oppfølging av NKPS 2022'); c.drawRightString(w - 20 * mm, 10 * mm, f'Side {n}')
    build(path, s, None, foot)

def nho_2023(f, path):
    s = [P('NHO', st('n', 'Sans-B', 18, textColor=colors.HexColor('#002f5f'))),
         P('Næringslivets Hovedorganisasjon – rapport til Kompetansepolitisk råd 2023', H1),
         P('Innledning', H2),
         P('Kompetansebarometeret viser at mangelen på fagarbeidere er den største utfordringen for NHOs medlemsbedrifter. '
           'NHO arbeider derfor særlig med fag- og yrkesopplæringen. Under følger NHOs tiltak i 2023. '
           'For hvert tiltak er partnere oppgitt i parentes etter ansvarlig.')]
    fs = st('f', 'Sans', 8.5)
    for i, r in enumerate(f['rows']):
        tid, title, dm, typ, resp, partners, period, desc = r[:8]
        t = grid([['Delmål', 'Type', 'Ansvar (partnere)', 'Periode'], [' og '.join(dm), esc(typ), f'{esc(resp)} ({esc(", ".join(partners))})', esc(period)]],
                 [22 * mm, 35 * mm, 90 * mm, 23 * mm], bg=colors.HexColor('#dbe5f1'), fs=fs)
        s += [P(esc(title), H3), t, Spacer(1, 3), P(esc(desc))]
    s += [P('Andre saker', H2), P('NHO har også deltatt i møtene i Kompetansepolitisk råd og i KBU. Lønnsoppgjøret 2023 omtales ikke her.')]
    def foot(c, n, w, h):
        c.setFont('Sans', 8); c.drawRightString(w - 20 * mm, 10 * mm, f'{n}'); c.drawString(20 * mm, 10 * mm, 'NHO · 2023')
    build(path, s, None, foot)

def hkdir_2024(f, path):
    W = landscape(A4)
    s = [P('Direktoratet for høyere utdanning og kompetanse (HK-dir)', st('h', 'Sans-B', 9, textColor=colors.HexColor('#1b5e20'))),
         P('HK-dirs rapportering til Kompetansepolitisk råd 2024', H1),
         P('Mange av HK-dirs tiltak er oppdrag fra Kunnskapsdepartementet. Kolonnen «Ref.» viser til punkt i tildelingsbrevet for 2024. '
           'Kolonnen «Rapportering 2024» beskriver hva som er gjort.'),
         grid([['Nøkkeltall 2024', ''], ['Chatter og samtaler på karriereveiledning.no', '95 000'], ['Tilskudd forvaltet (mill. kr)', '1 240'],
               ['Søknader om godkjenning behandlet', '14 300']], [90 * mm, 30 * mm], extra=[('SPAN', (0, 0), (1, 0))]),
         Spacer(1, 8)]
    data = [['Nr.', 'Oppdrag / tiltak', 'Ref.', 'Delmål', 'Type', 'Ansvar', 'Samarbeid', 'Periode', 'Rapportering 2024']]
    for i, r in enumerate(f['rows'], 1):
        tid, title, dm, typ, resp, partners, period, desc, ex = r
        data.append([str(i), '<b>%s</b>' % esc(title), esc(ex['ref']), '<br/>'.join(dm), esc(typ), esc(resp), esc(', '.join(partners)), esc(period), esc(desc)])
    s.append(grid(data, [9 * mm, 45 * mm, 22 * mm, 14 * mm, 31 * mm, 15 * mm, 40 * mm, 20 * mm, 69 * mm], bg=colors.HexColor('#c8e6c9')))
    s += [Spacer(1, 6), P('I tillegg har HK-dir levert faste rapporter og statistikk som ikke er tatt med her.', SMALL)]
    def foot(c, n, w, h):
        c.setFont('Sans', 8); c.drawString(15 * mm, 8 * mm, 'hkdir.no'); c.drawRightString(w - 15 * mm, 8 * mm, f'Side {n}')
    build(path, s, None, foot, pagesize=W, margins=(15, 15, 15, 15))

def vestland_2025(f, path):
    s = [P('Vestland fylkeskommune', st('v', 'Sans-B', 10, textColor=colors.HexColor('#005a8c'))),
         P('Rapportering til Kompetansepolitisk råd 2025', H1),
         P('Innleiing', H2),
         P('Vestland fylkeskommune rapporterer her på tiltak som svarar på delmåla i Nasjonal kompetansepolitisk strategi. '
           'Tiltaka er ordna etter hovudinnsatsområda i strategien. Under tittelen står det om tiltaket er nytt eller vidareført frå tidlegare år.')]
    it = st('it', 'Sans-I', 9, textColor=colors.HexColor('#555555'))
    for a in '123':
        rs = [r for r in f['rows'] if r[2][0][0] == a]
        if not rs: continue
        s.append(P(f'Hovudinnsatsområde {a}: {AREAS_NN[a]}', H2))
        for r in rs:
            tid, title, dm, typ, resp, partners, period, desc, ex = r
            s += [P(esc(title), H3), P(ex['status'], it)]
            for lab, val in [('Delmål', ' og '.join(dm)), ('Ansvarleg', resp), ('Partnarar', ', '.join(partners)), ('Periode', period), ('Type', typ)]:
                s.append(P(f'• {lab}: {esc(val)}', st('b', 'Sans', 9.5, leftIndent=10)))
            s.append(P(esc(desc)))
    s += [P('Avslutta tiltak', H2), P('Kompetansepiloten for reiselivet i Hardanger vart avslutta i 2022 og er ikkje med i årets rapport.'),
          Spacer(1, 6), P('Kontakt: Sigrid Aase, seksjon for kompetanse, sigrid.aase@vlfk.no', SMALL)]
    def foot(c, n, w, h):
        c.setFont('Sans', 8); c.drawRightString(w - 20 * mm, 10 * mm, f'Side {n}'); c.drawString(20 * mm, 10 * mm, 'Vestland fylkeskommune · Postboks 7900 · 5020 Bergen')
    build(path, s, None, foot)

RENDER = {'2021_Akademikerne_nettside.pdf': akad_2021, '2022_Regjeringen_oppfolging.pdf': regj_2022, '2023_NHO_rapport.pdf': nho_2023,
          '2024_HKdir_rapport.pdf': hkdir_2024, '2025_Vestland_rapport.pdf': vestland_2025}
