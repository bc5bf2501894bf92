# -*- coding: utf-8 -*-
from kit import *
from batch_data import OLD, DTXT, DTXT_NN
from render_a import og, olds, pj

# ------------------------------------------------------------ 12 HK-dir 2021 (docx)
def hk21(f, path):
    d = new_doc(header='HK-dir – Direktoratet for høyere utdanning og kompetanse', footer='Side ')
    para(d, 'Rapport', size=12); para(d, 'Oppfølging av Nasjonal kompetansepolitisk strategi 2021', bold=True, size=20)
    para(d, 'HK-dir rapport 4/2021', size=10); page_break(d)
    para(d, 'Innhold', bold=True, size=13)
    toc_field(d, [('1 Om HK-dir', 3), ('2 Gode valg for den enkelte og for samfunnet', 3), ('3 Læring i arbeidslivet', 4), ('4 Oversikt', 5)])
    page_break(d)
    d.add_heading('1 Om HK-dir', level=1)
    para(d, 'Direktoratet for høyere utdanning og kompetanse (HK-dir) ble etablert 1. juli 2021 og overtok blant annet oppgavene til Kompetanse Norge. '
            'Tiltak som Kompetanse Norge rapporterte tidligere, rapporteres nå av HK-dir.')
    R = {r['tid']: r for r in f['rows']}
    def block(r):
        d.add_heading(r['title'], level=3)
        para(d, r['description'])
        t = d.add_table(rows=2, cols=5); no_borders(t)
        labs = ['Mål i strategien', 'Kategori', 'Eier', 'Samarbeid', 'Tid']
        vals = [', '.join(r['delmal']), r['tp'], r['responsible'], pj(r), r['period']]
        for j in range(5):
            cell_text(t.rows[0].cells[j], [[(labs[j], 'bg')]], size=8); cell_text(t.rows[1].cells[j], [vals[j]], size=9)
            shade(t.rows[0].cells[j], 'E7EEF6')
        para(d, '')
    d.add_heading('2 Gode valg for den enkelte og for samfunnet', level=1)
    for tid in ['T10', 'T11']: block(R[tid])
    para(d, 'Videreført fra Kompetanse Norge uten endring:', bold=True)
    for tid in ['T17', 'T01']:
        r = R[tid]
        para(d, '%s (%s; %s; eier: %s; med: %s; %s) – %s' % (r['title'], ', '.join(r['delmal']), r['tp'], r['responsible'], pj(r), r['period'], r['description']), style='List Bullet')
    d.add_heading('3 Læring i arbeidslivet', level=1)
    for tid in ['T16', 'T07', 'H1', 'T09']: block(R[tid])
    d.add_heading('4 Oversikt', level=1)
    para(d, 'Tabell 1 Tiltak per område', italic=True)
    t = d.add_table(rows=4, cols=2); t.style = 'Table Grid'
    for j, (a, b) in enumerate([('Område', 'Antall tiltak'), ('Gode valg', '4'), ('Læring i arbeidslivet', '4'), ('Sum', '8')]):
        cell_text(t.rows[j].cells[0], [a]); cell_text(t.rows[j].cells[1], [b])
    d.save(path)

# ------------------------------------------------------------ 13 NAV 2021 notat (pdf)
def nav21(f, path):
    rows = f['rows']
    s = [Paragraph('Arbeids- og velferdsdirektoratet', PS('n', fontName='Helvetica-Bold', fontSize=11, textColor=colors.HexColor('#C30000'))),
         Paragraph('NOTAT', H1),
         grid_table([['Til:', 'Kompetansepolitisk råd v/HK-dir'], ['Fra:', 'Arbeids- og velferdsdirektoratet, Ytelses- og tjenesteavdelingen'],
                     ['Saksbehandler:', 'Line Aas'], ['Dato:', '09.12.2021'], ['Arkivsak:', '21/33817-2']], [3.5 * cm, 12.5 * cm], header_rows=0),
         Spacer(1, 8), Paragraph('NAVs rapportering av tiltak i 2021', H2), Paragraph('Sammendrag', H3),
         Paragraph(E('NAV rapporterer fem tiltak. Koblingen til strategiens delmål er samlet i siste avsnitt.'), BODY)]
    for i, r in enumerate(rows, 1):
        s.append(Paragraph('%d. %s' % (i, E(r['title'])), H3))
        for lab, val in [('a) Innhold', r['description']), ('b) Ansvar', r['responsible']), ('c) Samarbeid', pj(r)), ('d) Tidsrom', r['period']), ('e) Virkemiddel', r['tp'])]:
            s.append(Paragraph('<i>%s:</i> %s' % (lab, E(val)), PS('sub', parent=BODY, leftIndent=16, spaceAfter=2)))
    # delmål only in a closing paragraph
    groups = {}
    for i, r in enumerate(rows, 1):
        groups.setdefault(tuple(r['delmal']), []).append(str(i))
    sents = []
    for dm, pts in groups.items():
        sents.append('%s %s følger opp delmål %s.' % ('Punkt' if len(pts) > 1 else 'Punkt', og(pts), og(list(dm))))
    s += [Paragraph('Kobling til strategien', H3), Paragraph(E(' '.join(sents)), BODY), Spacer(1, 10),
          Paragraph(E('Kopi: Arbeids- og sosialdepartementet; NAV Innlandet'), SMALL)]
    build_simple(path, s, header='NAV – Arbeids- og velferdsdirektoratet', footer='Side {n}')

# ------------------------------------------------------------ 14 Innlandet 2022 (docx)
def in22(f, path):
    d = new_doc(header='Innlandet fylkeskommune · Årsrapport 2022 · 5 Kompetanse og arbeidsliv', footer='Årsrapport 2022 | ')
    d.add_heading('5 Kompetanse og arbeidsliv', level=1)
    para(d, 'Arbeidsledigheten i Innlandet var lav i 2022, og mange virksomheter melder om mangel på fagarbeidere. Fylkeskommunen har som '
            'regional utviklingsaktør et særlig ansvar for å samordne kompetansepolitikken i fylket.')
    para(d, 'Nøkkeltall', bold=True)
    t = d.add_table(rows=4, cols=2); t.style = 'Table Grid'
    for j, (a, b) in enumerate([('Voksne med fagbrev via fylkeskommunen', '412'), ('Besøk ved karrieresentrene', '6 180'), ('Studenter ved studiesentrene', '930'), ('Lærekontrakter', '1 503')]):
        cell_text(t.rows[j].cells[0], [a]); cell_text(t.rows[j].cells[1], [b])
    para(d, '')
    para(d, 'NKPS-tiltak 2022', bold=True, size=12)
    hdr = ['Tiltak', 'NKPS', 'Ansvar / med', 'Type', 'Tid']
    t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
    for j, h in enumerate(hdr):
        cell_text(t.rows[0].cells[j], [[(h, 'b')]], size=9); shade(t.rows[0].cells[j], 'BFBFBF')
    for r in f['rows']:
        c = t.add_row().cells
        desc = r['description']
        split = r['tid'] == 'I1'
        first = desc
        cell_text(c[0], [[(r['title'], 'b')]] + ([] if split else [first]), size=9)
        cell_text(c[1], ['delmål ' + ', '.join(r['delmal'])], size=9)
        cell_text(c[2], [r['responsible'], 'Med: ' + pj(r)], size=9)
        cell_text(c[3], [r['tp']], size=9); cell_text(c[4], [r['period']], size=9)
        for x in c: shade(x, 'F2F2F2')
        if split:
            c2 = t.add_row().cells
            cell_text(c2[0], [desc], size=9)
            for x in c2: shade(x, 'F2F2F2')
    para(d, '')
    d.add_heading('Planlagt 2023', level=2)
    para(d, 'I 2023 vil fylkeskommunen utrede et felles karrieresenter for hele Innlandet og starte arbeidet med en ordning for lærlinger over 25 år.')
    d.save(path)
