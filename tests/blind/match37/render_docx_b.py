from docx_common import *
from common import WORDS, WORDS_NN

def vestland_2021(f, path):
    d = new_doc()
    header_footer(d, 'Vestland fylkeskommune', 'Rapportering til Kompetansepolitisk råd 2021', page_prefix='Side ')
    d.add_heading('Rapportering til Kompetansepolitisk råd 2021', 0)
    d.add_heading('Om rapporten', 1)
    para(d, 'Vestland fylkeskommune vart skipa 1. januar 2020. Dette er den første rapporten frå det nye fylket. '
            'Kvart tiltak har ein eigen tabell. Delmåla er oppgjevne med nummer og ordlyd.')
    for r in f['rows']:
        tid, title, dm, typ, resp, partners, period, desc = r[:8]
        t = table(d, 7, 2)
        m = t.cell(0, 0).merge(t.cell(0, 1)); cell_text(m, title, bold=True); shade(m, 'BDD7EE')
        kvifor = '\n'.join(f'{c} {WORDS_NN[c]}' for c in dm)
        for k, (a, b) in enumerate([('Kva', desc), ('Kvifor (delmål)', kvifor), ('Kven', resp), ('Saman med', ', '.join(partners)),
                                    ('Når', period), ('Kva slag', typ)], 1):
            cell_text(t.cell(k, 0), a, bold=True, size=10); shade(t.cell(k, 0), 'F2F2F2'); cell_text(t.cell(k, 1), b, size=10)
        para(d, '')
    d.add_heading('Planar for 2022', 1)
    for b in ['Vurdere eit felles kompetanseløft for kommunane i Sunnfjord (ikkje starta).', 'Evaluere Karriere Vestland etter to år.']:
        d.add_paragraph(b, style='List Bullet')
    para(d, 'Kontakt: Sigrid Aase, seksjon for kompetanse', size=9)
    d.save(path)

def ys_2022(f, path):
    d = new_doc()
    header_footer(d, 'YS – Yrkesorganisasjonenes Sentralforbund', 'YS · NKPS-rapport 2022')
    d.add_heading('YS\' tiltak for å følge opp Nasjonal kompetansepolitisk strategi – 2022', 1)
    para(d, 'YS har gjennomgått sitt arbeid i 2022. Tiltakene er nummerert og omtalt nedenfor. Tabellen til slutt gir delmål og andre '
            'opplysninger for hvert nummer.')
    for r in f['rows']:
        p = d.add_paragraph(style='List Number'); runs(p, [(r[1], {'bold': True})])
        q = para(d, r[7]); q.paragraph_format.left_indent = Mm(8)
    d.add_heading('Opplysninger om tiltakene', 2)
    cols = ['Nr.', 'Delmål', 'Type', 'Ansvar', 'Partnere', 'Periode']
    t = table(d, 1, len(cols))
    for k, c in enumerate(cols): cell_text(t.cell(0, k), c, bold=True, size=10)
    for i, r in enumerate(f['rows'], 1):
        c = t.add_row().cells
        for k, v in enumerate([str(i), ' / '.join(r[2]), r[3], r[4], ', '.join(r[5]), r[6]]): cell_text(c[k], v, size=10)
    para(d, '')
    para(d, 'YS har i 2022 også deltatt i fire møter i Kompetansepolitisk råd og i høringen om ny opplæringslov.', size=10)
    d.save(path)

def trondelag_2023(f, path):
    d = new_doc(landscape=True)
    header_footer(d, 'Trøndelag fylkeskommune · Trøndelag fylkeskommune – Trööndelagen fylkentjïelte', 'Rapport NKPS 2023')
    d.add_heading('Trøndelag fylkeskommune – rapport til Kompetansepolitisk råd 2023', 1)
    para(d, 'Tiltakene er ordnet etter innsatsområdene i fylkets egen kompetansestrategi (A–C). Type tiltak står i hakeparentes først i beskrivelsen.')
    cols = ['Tiltak', 'Beskrivelse', 'NKPS-delmål', 'Ansvar', 'Partnere', 'Periode']
    t = table(d, 1, len(cols)); repeat_header(t.rows[0])
    for k, c in enumerate(cols): cell_text(t.cell(0, k), c, bold=True, size=9); shade(t.cell(0, k), 'D9D9D9')
    prev = None
    for r in f['rows']:
        tid, title, dm, typ, resp, partners, period, desc, ex = r
        if ex['area'] != prev:
            row = t.add_row(); m = row.cells[0].merge(row.cells[-1]); cell_text(m, ex['area'], bold=True, size=9); shade(m, 'FFF2CC')
            prev = ex['area']
        c = t.add_row().cells
        for k, v in enumerate([title, f'[{typ}] {desc}', ', '.join(dm), resp, ', '.join(partners), period]): cell_text(c[k], v, size=9)
    para(d, '')
    d.add_heading('Økonomi', 2)
    para(d, 'Fylkeskommunen brukte 14,2 mill. kroner på tiltakene i 2023, hvorav 6,1 mill. kroner til Karriere Trøndelag.')
    d.save(path)

def ks_2024(f, path):
    d = new_doc()
    header_footer(d, 'KS  ·  Kommunesektorens organisasjon', 'KS – rapport til Kompetansepolitisk råd 2024')
    d.add_heading('KS\' rapport til Kompetansepolitisk råd 2024', 0)
    para(d, 'Rapporten er ordnet etter delmålene i strategien, med én tabell per delmål. Et tiltak som svarer på flere delmål, '
            'står i tabellen for hvert av dem, men er ett tiltak.')
    codes = sorted({c for r in f['rows'] for c in r[2]})
    cols = ['Tiltak', 'Form', 'Eier', 'Med', 'Tidsrom', 'Status 2024']
    for code in codes:
        d.add_heading(f'Delmål {code} {WORDS[code]}', 2)
        t = table(d, 1, len(cols))
        for k, c in enumerate(cols): cell_text(t.cell(0, k), c, bold=True, size=9); shade(t.cell(0, k), 'DAE9F8')
        for r in [r for r in f['rows'] if code in r[2]]:
            c = t.add_row().cells
            for k, v in enumerate([r[1], r[3], r[4], ', '.join(r[5]), r[6], r[7]]): cell_text(c[k], v, size=9)
        para(d, '')
    d.add_heading('Antall tiltak', 2)
    t = table(d, 3, 2)
    for i, (a, b) in enumerate([('Tiltak i alt', str(len(f['rows']))), ('Av disse videreført fra tidligere år', '4'), ('Nye', str(len(f['rows']) - 4))]):
        cell_text(t.cell(i, 0), a); cell_text(t.cell(i, 1), b)
    d.save(path)

def unio_2026(f, path):
    d = new_doc(landscape=True)
    header_footer(d, 'Unio', 'Unio · Rapportering til Kompetansepolitisk råd 2026')
    d.add_heading('Unios rapportering til Kompetansepolitisk råd 2026', 1)
    para(d, 'Tabellen har én rad per delmål. Tiltakene står som punkter i cellen, med ansvar, samarbeid, periode og type i parentes. '
            'Et tiltak som svarer på flere delmål, står under det første.')
    t = table(d, 1, 3)
    for k, c in enumerate(['Delmål', 'Tiltak', 'Kommentar']): cell_text(t.cell(0, k), c, bold=True); shade(t.cell(0, k), 'E2EFDA')
    groups = {}
    for r in f['rows']: groups.setdefault(r[2][0], []).append(r)
    comments = {'1.4': 'Unio vil ha flere studieplasser i sykepleie.', '2.1': '', '2.2': 'Tre tiltak i år.'}
    for code in sorted(groups):
        c = t.add_row().cells
        cell_text(c[0], f'{code} {WORDS[code]}', size=9)
        c[1].text = ''
        first = True
        for r in groups[code]:
            tid, title, dm, typ, resp, partners, period, desc = r[:8]
            p = c[1].paragraphs[0] if first else c[1].add_paragraph(); first = False
            p.style = d.styles['List Bullet']
            extra = f'; også delmål {", ".join(dm[1:])}' if len(dm) > 1 else ''
            runs(p, [(title, {'bold': True, 'size': 9}), (f' – {desc} ', {'size': 9}),
                     (f'(Ansvar: {resp}; samarbeid: {", ".join(partners)}; {period}; {typ.lower() if typ != "FoU" else typ}{extra})', {'italic': True, 'size': 9})])
        cell_text(c[2], comments.get(code, ''), size=9)
    para(d, '')
    d.add_heading('Planlagt, ikke startet', 2)
    para(d, 'Unio planlegger en felles konferanse med Spekter om kompetanse i sykehusene høsten 2027.')
    d.save(path)

RENDER = {'2021_Vestland_rapport.docx': vestland_2021, '2022_YS_rapport.docx': ys_2022, '2023_Trondelag_rapport.docx': trondelag_2023,
          '2024_KS_rapport.docx': ks_2024, '2026_Unio_rapport.docx': unio_2026}
