# -*- coding: utf-8 -*-
from kit import *
from batch_data import OLD, DTXT, DTXT_NN
from render_a import og, olds, pj

# ------------------------------------------------------------ 7 Regjeringen 2020 (docx)
def reg20(f, path):
    d = new_doc(header='Kunnskapsdepartementet', footer='15.12.2020 · side ')
    sec = d.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE; sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para(d, 'Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi 2020', bold=True, size=15)
    d.add_heading('Innledning', level=2)
    para(d, 'Tabellen gir en oversikt over tiltak i departementene som følger opp strategien. Departementet i mellomtittelen er det departementet '
            'som har rapportert; ansvaret for hvert tiltak står i kolonnen Ansvar.')
    hdr = ['Tiltak', 'Delmål', 'Beskrivelse', 'Periode', 'Virkemiddel', 'Ansvar', 'Med']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], [[(h, 'b')]], size=9); shade(t.rows[0].cells[i], 'BDD7EE')
    repeat_header(t.rows[0])
    groups = [('Kunnskapsdepartementet', ['T01', 'T03', 'T07', 'T10', 'T15', 'T16', 'T18', 'T09']),
              ('Arbeids- og sosialdepartementet', ['T21']), ('Helse- og omsorgsdepartementet', ['T12'])]
    R = {r['tid']: r for r in f['rows']}
    for g, ids in groups:
        row = t.add_row(); m = row.cells[0].merge(row.cells[6]); cell_text(m, [[(g, 'b')]], size=9); shade(m, 'F2F2F2')
        for tid in ids:
            r = R[tid]; c = t.add_row().cells
            vals = [[[(r['title'], 'b')]], ['%s %s' % (x, DTXT[x]) for x in r['delmal']], [r['description']], [r['period']], [r['tp']],
                    [r['responsible']], [pj(r)]]
            for j, v in enumerate(vals):
                cell_text(c[j], v, size=8.5)
    row = t.add_row(); m = row.cells[0].merge(row.cells[6]); cell_text(m, [[('Sum: 10 tiltak', 'b')]], size=9)
    para(d, '')
    para(d, 'Kunnskapsdepartementet vil videreføre rapporteringen i samme form neste år.', italic=True)
    d.save(path)

# ------------------------------------------------------------ 8 KS 2020 Excel print (pdf)
def ks20(f, path):
    from reportlab.pdfgen import canvas
    W, H = A4
    c = canvas.Canvas(path, pagesize=(W, H))
    cols = [('A', 1.5 * cm), ('B', 3.6 * cm), ('C', 1.7 * cm), ('D', 2.2 * cm), ('E', 2.9 * cm), ('F', 1.7 * cm), ('G', 4.4 * cm)]
    x0 = 0.6 * cm
    from reportlab.lib.utils import simpleSplit
    def wrap(txt, w, font='Helvetica', fs=9):
        return simpleSplit(txt, font, fs, w - 6) or ['']
    header = ['Delmål', 'Tiltak', 'Form', 'Hvem har ansvar', 'Hvem er med', 'Når', 'Kommentar']
    data = [['NKPS 2020 – KS sine tiltak'] + [''] * 6, ['Rapportert av: KS, avd. for arbeidsgiverpolitikk'] + [''] * 6, ['Dato: 15.12.2020'] + [''] * 6, [''] * 7, header]
    for r in f['rows']:
        data.append([' / '.join(r['delmal']), r['title'], r['tp'], r['responsible'], pj(r), r['period'], r['description']])
    data.insert(11, [''] * 7)   # empty row 12
    data.append(['', 'Antall tiltak: 7', '', '', '', '', ''])
    page = 1
    def page_head():
        c.setFont('Helvetica', 7); c.setFillColor(colors.grey)
        x = x0 + 0.8 * cm
        for L, w in cols:
            c.drawCentredString(x + w / 2, H - 1.3 * cm, L); x += w
        c.setFillColor(colors.black)
    def foot():
        c.setFont('Helvetica', 7); c.drawCentredString(W / 2, 0.8 * cm, 'NKPS 2020 side %d av 1' % page)
    page_head(); y = H - 1.6 * cm
    for i, row in enumerate(data, 1):
        font = 'Helvetica-Bold' if i in (1, 5) else 'Helvetica'
        lines = [wrap(v, w, font, 9) if i not in (1, 2, 3) else [v] for v, (L, w) in zip(row, cols)]
        n = max(len(l) for l in lines); hgt = n * 12 + 6
        if i == 1: hgt = 18
        if y - hgt < 1.5 * cm:
            # cut the row: print what fits, continue on next page (Excel splits tall rows)
            fit = int((y - 1.5 * cm - 6) // 12)
            if fit >= 1 and n > fit:
                first = [l[:fit] for l in lines]; rest = [l[fit:] for l in lines]
                c.setFont('Helvetica', 7); c.drawRightString(x0 + 0.6 * cm, y - 10, str(i))
                x = x0 + 0.8 * cm
                for l, (L, w) in zip(first, cols):
                    c.setStrokeColor(colors.lightgrey); c.rect(x, y - fit * 12 - 6, w, fit * 12 + 6, stroke=1, fill=0)
                    c.setFont(font, 9)
                    for k, s in enumerate(l): c.drawString(x + 3, y - 10 - 12 * k, s)
                    x += w
                foot(); c.showPage(); page += 1; page_head(); y = H - 1.6 * cm
                lines = rest; n = max(len(l) for l in lines); hgt = n * 12 + 6
            else:
                foot(); c.showPage(); page += 1; page_head(); y = H - 1.6 * cm
        c.setFont('Helvetica', 7); c.drawRightString(x0 + 0.6 * cm, y - 10, str(i))
        x = x0 + 0.8 * cm
        for l, (L, w) in zip(lines, cols):
            c.setStrokeColor(colors.lightgrey); c.rect(x, y - hgt, w, hgt, stroke=1, fill=0)
            c.setFont(font, 9 if i != 1 else 12)
            for k, s in enumerate(l): c.drawString(x + 3, y - 11 - 12 * k, s)
            x += w
        y -= hgt
    foot(); c.showPage(); c.save()

# ------------------------------------------------------------ 9 Vestland 2020 nn (docx)
def vl20(f, path):
    d = new_doc(header='Vestland fylkeskommune', footer='Side ')
    para(d, 'Rapportering til Kompetansepolitisk råd 2020', bold=True, size=16)
    d.add_heading('1 Innleiing', level=1)
    para(d, 'Vestland fylkeskommune vart oppretta 1. januar 2020 ved samanslåinga av Hordaland og Sogn og Fjordane. Dette er den første rapporten '
            'frå den nye fylkeskommunen. Tiltaka nedanfor er nummererte etter kapittel og følgjer ikkje nummereringa i strategien.')
    d.add_heading('2 Tiltak i 2020', level=1)
    for i, r in enumerate(f['rows'], 1):
        d.add_heading('2.%d %s' % (i, r['title']), level=2)
        p = d.add_paragraph()
        runs(p, [('Kva: ', 'b'), r['description'] + ' ', ('Kven: ', 'b'), r['responsible'] + '. ', ('Saman med: ', 'b'), pj(r) + '. ',
                 ('Kva tid: ', 'b'), r['period'] + '. ', ('Type: ', 'b'), r['tp'] + '.'])
        para(d, 'Følgjer opp: ' + og([DTXT_NN[c].lower() if k else DTXT_NN[c] for k, c in enumerate(r['delmal'])]), italic=True, size=9)
    d.add_heading('3 Møte vi har delteke i', level=1)
    for m in ['Kompetansepolitisk råd, 12. mars 2020 (digitalt)', 'Fylkesdirektørmøte for utdanning, 4. juni 2020', 'Nasjonal samling for karrieresentera, 22. oktober 2020']:
        para(d, m, style='List Bullet')
    d.save(path)

# ------------------------------------------------------------ 10 LO 2021 (pdf)
def lo21(f, path):
    R = {r['tid']: r for r in f['rows']}
    s = [Paragraph('LOs rapportering til Kompetansepolitisk råd 2021', H1), Paragraph('Om rapporten', H2),
         Paragraph(E('LO rapporterer tiltak i tre grupper: tiltak vi har videreført fra tidligere år, nye tiltak og tiltak som er avsluttet. '
                     'Grupperingen er LOs egen.'), BODY)]
    groups = [('Videreførte tiltak', ['T01', 'L1', 'L2']), ('Nye tiltak', ['T03', 'T07', 'L3']), ('Avsluttede tiltak', ['T05'])]
    for g, ids in groups:
        s.append(Paragraph(g, H2))
        for tid in ids:
            r = R[tid]
            s.append(Paragraph(E(r['title']), H3)); s.append(Paragraph(E(r['description']), BODY))
            s.append(Paragraph(E('Delmål %s; form: %s; ansvar: %s; med: %s; periode: %s.' % (og(r['delmal']), r['tp'], r['responsible'], pj(r), r['period'])), SMALL))
    s += [Spacer(1, 10), grid_table([['Kontaktpersoner'], ['Rådgiver Per Hansen, LO Samfunnspolitisk avdeling, tlf. 23 06 10 00']], [15 * cm])]
    build_simple(path, s, header='LO · Landsorganisasjonen i Norge', footer='Rapport NKPS 2021 – side {n}')

# ------------------------------------------------------------ 11 NHO 2021 web page (pdf)
def nho21(f, path):
    st = [Paragraph(E('Vi bruker informasjonskapsler (cookies) for å gi deg en bedre opplevelse. Godta alle | Innstillinger'), SMALL),
          Paragraph(E('NHO   Politikk og analyse   Arbeidsliv   Medlemskap   Kurs og arrangement   Om NHO'), SMALL),
          Paragraph(E('Forside › Politikk › Kompetanse › Kompetansestrategien'), SMALL),
          Paragraph('Slik følger NHO opp kompetansestrategien', H1),
          Paragraph(E('NHO er med i Kompetansepolitisk råd. Her er tiltakene vi rapporterte for 2021.'), PS('ing', parent=BODY, fontSize=11.5, leading=15)),
          Paragraph('Publisert 10.12.2021', SMALL)]
    for r in f['rows']:
        st.append(Paragraph(E(r['title']), H2)); st.append(Paragraph(E(r['description']), BODY))
        dl = [['Delmål', ', '.join(r['delmal'])], ['Tiltakstype', r['tp']], ['Eier', r['responsible']], ['Partnere', pj(r)], ['Tidsrom', r['period']]]
        if r['tid'] == 'N2':
            st.append(Spacer(1, 330))   # pushes the definition list of this measure onto the next page
        st.append(grid_table(dl, [3 * cm, 12 * cm], header_rows=0, extra=[('GRID', (0, 0), (-1, -1), 0, colors.white), ('FONTNAME', (0, 0), (0, -1), 'Helvetica-Bold')]))
    st += [Paragraph('Les også', H3), Paragraph(E('› Kompetansebarometeret 2021  › Fagskoler  › Lærlinger'), BODY),
           Spacer(1, 10), Paragraph(E('NHO · Middelthuns gate 27 · 0368 Oslo · Facebook · LinkedIn · Personvern'), SMALL)]
    build_simple(path, st, header='10.12.2021 14:31          Slik følger NHO opp kompetansestrategien | NHO', footer='https://www.nho.no/tema/kompetanse/kompetansestrategien/    {n}/3')
