# -*- coding: utf-8 -*-
from kit import *
from batch_data import OLD, DTXT, DTXT_NN, D
from render_a import og, olds, pj

# ------------------------------------------------------------ 19 KS 2024 flattened form (pdf)
TYPES6 = ['FoU', 'Kurs/utdanning', 'Råd/utvalg/nettverk', 'Prosjekt', 'Informasjon', 'Arrangement']
def ks24(f, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    def foot():
        c.setFont('Helvetica', 7); c.setFillColor(colors.grey); c.drawString(2 * cm, 1 * cm, 'Skjema NKPS-R 2024'); c.setFillColor(colors.black)
    def box(x, y, w, h, label, value, fs=10):
        c.setFont('Helvetica', 7.5); c.drawString(x, y + 3, label)
        c.setStrokeColor(colors.HexColor('#7A8CA5')); c.rect(x, y - h, w, h - 0 , stroke=1, fill=0)
        c.setFont('Helvetica', fs)
        lines = simpleSplit(value, 'Helvetica', fs, w - 8)
        for k, l in enumerate(lines): c.drawString(x + 4, y - 12 - k * (fs + 2), l)
    # cover
    c.setFont('Helvetica-Bold', 16); c.drawString(2 * cm, H - 3 * cm, 'Rapportering av tiltak – Kompetansepolitisk råd 2024')
    box(2 * cm, H - 4.5 * cm, 12 * cm, 20, 'Organisasjon', 'KS')
    box(2 * cm, H - 6 * cm, 12 * cm, 20, 'Kontaktperson', 'Randi Solberg, KS Arbeidsgiverpolitikk')
    box(2 * cm, H - 7.5 * cm, 12 * cm, 20, 'Antall tiltak rapportert', '6')
    c.setFont('Helvetica', 9); c.drawString(2 * cm, H - 9 * cm, 'Fyll ut ett skjema (én side) per tiltak. Kryss av for delmål og type tiltak.')
    foot(); c.showPage()
    for i, r in enumerate(f['rows'], 1):
        c.setFont('Helvetica-Bold', 12); c.drawString(2 * cm, H - 2.2 * cm, 'Tiltak %d av 6' % i)
        y = H - 3.2 * cm
        box(2 * cm, y, 17 * cm, 22, 'Navn på tiltak', r['title']); y -= 1.4 * cm
        box(2 * cm, y, 17 * cm, 44, 'Kort beskrivelse', r['description']); y -= 2.2 * cm
        box(2 * cm, y, 8 * cm, 22, 'Ansvarlig virksomhet', r['responsible'])
        box(11 * cm, y, 8 * cm, 22, 'Tidsrom', r['period']); y -= 1.4 * cm
        box(2 * cm, y, 17 * cm, 22, 'Samarbeidspartnere', pj(r)); y -= 1.6 * cm
        c.setFont('Helvetica-Bold', 9); c.drawString(2 * cm, y, 'Delmål (kryss av)'); y -= 0.6 * cm
        for k, code in enumerate(D):
            x = 2 * cm + (k % 8) * 2.1 * cm; yy = y - (k // 8) * 0.7 * cm
            c.rect(x, yy - 2, 9, 9, stroke=1, fill=0)
            if code in r['delmal']:
                c.setFont('Helvetica-Bold', 9); c.drawString(x + 1.5, yy, 'X')
            c.setFont('Helvetica', 9); c.drawString(x + 13, yy, code)
        y -= 1.8 * cm
        c.setFont('Helvetica-Bold', 9); c.drawString(2 * cm, y, 'Type tiltak (kryss av)'); y -= 0.6 * cm
        opts = TYPES6 + ['Annet:']
        for k, o in enumerate(opts):
            x = 2 * cm + (k % 4) * 4.3 * cm; yy = y - (k // 4) * 0.7 * cm
            c.rect(x, yy - 2, 9, 9, stroke=1, fill=0)
            hit = (o == r['type']) or (o == 'Annet:' and r['type'] == 'Annet')
            if hit:
                c.setFont('Helvetica-Bold', 9); c.drawString(x + 1.5, yy, 'X')
            c.setFont('Helvetica', 9); c.drawString(x + 13, yy, o)
            if o == 'Annet:':
                c.line(x + 45, yy - 2, x + 140, yy - 2)
                if r['type'] == 'Annet':
                    c.drawString(x + 48, yy, r['tp'])
        foot(); c.showPage()
    c.save()

# ------------------------------------------------------------ 20 LO 2025 (docx)
def lo25(f, path):
    d = new_doc(header='LO – Landsorganisasjonen i Norge', footer='Side ')
    para(d, 'LOs rapport til Kompetansepolitisk råd 2025', bold=True, size=16)
    d.add_heading('Innledning', level=1)
    para(d, 'Rapporten har to deler: nye og endrede tiltak, som omtales utførlig, og videreførte tiltak, som bare listes opp.')
    R = {r['tid']: r for r in f['rows']}
    d.add_heading('1 Nye og endrede tiltak', level=1)
    for tid in ['T06', 'L1', 'L4']:
        r = R[tid]
        d.add_heading(r['title'], level=2)
        t = d.add_table(rows=5, cols=2); t.style = 'Table Grid'
        for j, (a, b) in enumerate([('Delmål', og(r['delmal'])), ('Type', r['tp']), ('Ansvarlig', r['responsible']), ('Samarbeid', pj(r)), ('Tidspunkt', r['period'])]):
            cell_text(t.rows[j].cells[0], [[(a, 'b')]], size=9); cell_text(t.rows[j].cells[1], [b], size=9)
        para(d, r['description'])
    d.add_heading('2 Videreførte tiltak', level=1)
    for tid in ['T07', 'L2', 'T14', 'T01', 'T02']:
        r = R[tid]
        para(d, '%s – %s [%s; %s; %s; %s; %s]' % (r['title'], r['description'], og(r['delmal']), r['tp'], r['responsible'], pj(r), r['period']), style='List Bullet')
    d.add_heading('3 Møter og høringer', level=1)
    for m in ['Kompetansepolitisk råd 13. mars og 9. oktober 2025', 'Høring om ny forskrift for fagskoler – LOs svar 1. september 2025', 'Innspillsmøte om statsbudsjettet 2026']:
        para(d, m, style='List Bullet')
    d.save(path)

# ------------------------------------------------------------ 21 HK-dir 2025 (docx)
def hk25(f, path):
    d = new_doc(header='HK-dir', footer='Rapport 2025 · side ')
    para(d, 'HK-dirs oppfølging av Nasjonal kompetansepolitisk strategi 2025', bold=True, size=16)
    d.add_heading('Sammendrag', level=1)
    para(d, 'HK-dir rapporterer sju tiltak. Faktaopplysningene står i en tabell under hvert tiltak, med verdien til venstre og feltnavnet til høyre.')
    d.add_heading('Tiltak', level=1)
    for r in f['rows']:
        d.add_heading(r['title'], level=2)
        if r['tid'] == 'H3':
            para(d, r['description'])
            fields = [(r['tp'], 'Kategori'), (r['responsible'], 'Eier'), (pj(r), 'Samarbeid'), (r['period'], 'Tidsrom')]
        else:
            para(d, r['description'])
            fields = [(', '.join(r['delmal']), 'Delmål'), (r['tp'], 'Kategori'), (r['responsible'], 'Eier'), (pj(r), 'Samarbeid'), (r['period'], 'Tidsrom')]
        t = d.add_table(rows=len(fields), cols=2); t.style = 'Table Grid'
        for j, (v, lab) in enumerate(fields):
            cell_text(t.rows[j].cells[0], [v], size=9); cell_text(t.rows[j].cells[1], [[(lab, 'ig')]], size=8); shade(t.rows[j].cells[1], 'F3F3F3')
        para(d, '')
    d.add_heading('Tabell: Oversikt over tiltak per delmål', level=2)
    t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'
    cell_text(t.rows[0].cells[0], [[('Delmål', 'b')]]); cell_text(t.rows[0].cells[1], [[('Antall', 'b')]])
    cnt = {}
    for r in f['rows']:
        for c in r['delmal']: cnt[c] = cnt.get(c, 0) + 1
    for k in sorted(cnt):
        c = t.add_row().cells; cell_text(c[0], [k]); cell_text(c[1], [str(cnt[k])])
    d.add_heading('Vedlegg: Ordliste', level=1)
    for a, b in [('EVU', 'etter- og videreutdanning'), ('KBU', 'Kompetansebehovsutvalget'), ('NKPS', 'Nasjonal kompetansepolitisk strategi')]:
        runs(d.add_paragraph(), [(a, 'b'), ' – ' + b])
    d.save(path)

# ------------------------------------------------------------ 22 Vestland 2026 saksframlegg nn (pdf)
def vl26(f, path):
    rows = f['rows']
    s = [Paragraph('Vestland fylkeskommune', PS('v', fontName='Helvetica-Bold', fontSize=11)), Paragraph('Saksframlegg', H1),
         grid_table([['Saksnr.', 'Utval', 'Møtedato'], ['12/26', 'Utval for opplæring og kompetanse', '10.02.2026']], [3 * cm, 9 * cm, 4 * cm]),
         Paragraph('Rapportering til Kompetansepolitisk råd 2026', H2),
         Paragraph('Forslag til vedtak', H3), Paragraph(E('Utvalet tek rapporten til orientering.'), BODY),
         Paragraph('Samandrag', H3),
         Paragraph(E('Fylkeskommunen rapporterer seks tiltak. Den regionale planen for 2021–2025 er avslutta og erstatta av ny plan.'), BODY),
         Paragraph('Vurdering', H3),
         Paragraph(E('Fylkesdirektøren meiner rapporten gir eit dekkjande bilete av fylkeskommunen sitt arbeid.'), BODY),
         Paragraph('Vedtak i utvalet 10.02.2026: Samrøystes vedteke.', SMALL),
         PageBreak(), Paragraph('Vedlegg 1 Rapport NKPS 2026', H2)]
    data = [['Ansvarleg', 'Tiltak', 'Delmål i NKPS', 'Type', 'Samarbeid', 'Tidsrom']]
    for r in rows:
        dm = '; '.join('%s (%s)' % (c, DTXT_NN[c].lower() if c in DTXT_NN else DTXT[c].lower()) for c in r['delmal'])
        data.append([r['responsible'], r['title'], dm, r['tp'], pj(r), r['period']])
    s.append(grid_table(data, [2.3 * cm, 3.6 * cm, 3.6 * cm, 2.1 * cm, 3.4 * cm, 2.0 * cm], fs=7.5))
    s.append(Paragraph('Om tiltaka', H3))
    s.append(ListFlowable([ListItem(Paragraph(E(r['description']), BODY)) for r in rows], bulletType='1'))
    build_simple(path, s, header='Vestland fylkeskommune · Saksframlegg 12/26', footer='Side {n}')
