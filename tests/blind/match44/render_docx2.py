from docx_kit import *
from docx.shared import Pt, Cm
from common import DM_SHORT, newnr, DELMAL

def r_ys21(f, path):
    d = new_doc(11)
    header_footer(d, 'YS · Styret', foot_before='Side ')
    t = d.add_table(rows=2, cols=3); t.style = 'Table Grid'
    for i, (a, b) in enumerate([('Sak', '23/21'), ('Møte', 'Styremøte 9.12.2021'), ('Saksbehandler', 'Eva Berg')]):
        cell_text(t.cell(0, i), a, bold=True, size=9); cell_text(t.cell(1, i), b)
    d.add_heading('Rapportering NKPS 2021', 1)
    d.add_heading('Saksframstilling', 2)
    para(d, 'YS skal innen 15. desember rapportere til Kompetansepolitisk råd. Sekretariatet foreslår at følgende tiltak rapporteres.')
    para(d, 'Tiltak YS har gjennomført', bold=True)
    for r in f['rows']:
        p = d.add_paragraph(style='List Bullet'); p.add_run(r['title']).bold = True
        for lab, val in [('Delmål', ' og '.join(r['delmal'])), ('Type', r['ptype']), ('Ansvar', r['responsible']),
                         ('Samarbeid', pj(r['partners'])), ('Tid', r['period']), ('Kort om', r['description'])]:
            q = d.add_paragraph(style='List Bullet 2'); q.add_run(lab + ': ').italic = True; q.add_run(val)
    para(d, 'Møter YS har deltatt i', bold=True)
    for m in ['16.03.2021 Kompetansepolitisk råd, digitalt', '22.06.2021 Kompetansepolitisk råd, Oslo',
              '14.09.2021 Dialogmøte med KD om Lære hele livet', '30.11.2021 Kompetansepolitisk råd, Oslo']:
        d.add_paragraph(m, style='List Bullet')
    d.add_heading('Innstilling til vedtak', 2)
    para(d, 'Styret tar rapporteringen til orientering og ber sekretariatet sende den til HK-dir.')
    d.save(path)

def r_ks22(f, path):
    d = new_doc(10.5)
    header_footer(d, 'KS · Rapport NKPS 2022', foot_before='Side ', numpages=True)
    para(d, 'KS – rapport til Kompetansepolitisk råd 2022', bold=True, size=16)
    d.add_heading('Innledning', 1)
    para(d, 'KS rapporterer her tiltak i kommunesektoren. Tiltakene er ordnet etter strategiens tre innsatsområder.')
    areas = [('Innsatsområde 1: Gode valg for den enkelte og for samfunnet', ['KOMPLOFT25', 'KS_EVU']),
             ('Innsatsområde 2: Læring i arbeidslivet', ['FAGJOBB', 'KS_DIGI', 'SRY', 'KS_LAERL']),
             ('Innsatsområde 3: Voksne med svak tilknytning til arbeidslivet', ['FLEKSVGO'])]
    rows = {r['tid']: r for r in f['rows']}
    for a, tids in areas:
        d.add_heading(a, 2)
        for t in tids:
            r = rows[t]
            d.add_heading(r['title'], 3)
            tb = d.add_table(rows=3, cols=5); tb.style = 'Table Grid'
            for i, (lab, val) in enumerate([('Delmål', ', '.join(r['delmal'])), ('Type', r['ptype']), ('Ansvarlig', r['responsible']),
                                            ('Partnere', pj(r['partners'])), ('Periode', r['period'])]):
                cell_text(tb.cell(0, i), lab, bold=True, size=9); shade(tb.cell(0, i), 'DDEBF7')
                cell_text(tb.cell(1, i), val, size=9)
            mc = tb.cell(2, 0).merge(tb.cell(2, 4))
            p = mc.paragraphs[0]; p.add_run('Beskrivelse: ').bold = True; p.add_run(r['description'])
            para(d, '')
    d.add_heading('Tabell 1 Antall tiltak per delmål', 2)
    cnt = {}
    for r in f['rows']:
        for c in r['delmal']: cnt[c] = cnt.get(c, 0) + 1
    tb = d.add_table(rows=1, cols=2); tb.style = 'Table Grid'
    cell_text(tb.cell(0, 0), 'Delmål', bold=True); cell_text(tb.cell(0, 1), 'Antall tiltak', bold=True)
    for c in sorted(cnt):
        x = tb.add_row().cells; cell_text(x[0], c); cell_text(x[1], str(cnt[c]))
    x = tb.add_row().cells; cell_text(x[0], 'Sum', bold=True); cell_text(x[1], str(sum(cnt.values())), bold=True)
    para(d, 'Et tiltak kan telle under flere delmål.', italic=True, size=9)
    d.save(path)

def r_aka23(f, path):
    d = new_doc(11)
    s = d.sections[0]; fp = s.footer.paragraphs[0]; fp.add_run('Akademikerne · 28. november 2023 · '); field(fp, 'PAGE')
    para(d, 'Akademikernes rapportering til Kompetansepolitisk råd 2023', bold=True, size=15)
    d.add_heading('Innledning', 1)
    para(d, 'Akademikerne rapporterer tiltak fra sekretariatet og fra to av medlemsforeningene.')
    groups = [('Akademikerne sentralt', ['KOMPREF', 'AKA_EVU', 'KBU']), ('Tekna', ['AKA_TEKNA']), ('Econa', ['AKA_ECONA'])]
    rows = {r['tid']: r for r in f['rows']}
    for g, tids in groups:
        d.add_heading(g, 2)
        for t in tids:
            r = rows[t]
            p = d.add_paragraph(style='List Number')
            p.add_run(r['title']).bold = True
            dm = ', '.join('%s (%s)' % (c, DM_SHORT[c]) for c in r['delmal'])
            for lab, val in [('Delmål', dm), ('Type', r['ptype']), ('Ansvar', r['responsible']),
                             ('Samarbeid', pj(r['partners'])), ('Tid', r['period'])]:
                x = p.add_run(); x.add_break(); p.add_run(lab + ': ').italic = True; p.add_run(val)
            x = p.add_run(); x.add_break(); p.add_run(r['description'])
    d.add_heading('Kontakt', 2)
    para(d, 'Spørsmål om rapporten kan rettes til fagsjef Ingrid Lie, Akademikerne, ingrid.lie@akademikerne.no.')
    d.save(path)

def r_regj24(f, path):
    d = new_doc(10)
    landscape(d)
    header_footer(d, 'Regjeringen', foot_before='4.12.2024 · Side ')
    para(d, 'Oppfølging av NKPS 2024', bold=True, size=16)
    para(d, 'Regjeringens rapport til Kompetansepolitisk råd. Tiltakene er gruppert etter ansvarlig departement.')
    cols = ['Tiltak og kort omtale', 'Delmål', 'Type', 'Samarbeid', 'Periode']
    t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
    for i, c in enumerate(cols): cell_text(t.rows[0].cells[i], c, bold=True); shade(t.rows[0].cells[i], 'BFBFBF')
    bands = [('Kunnskapsdepartementet (KD)', 'Kunnskapsdepartementet'), ('Arbeids- og inkluderingsdepartementet (AID)', 'Arbeids- og inkluderingsdepartementet')]
    for label, resp in bands:
        b = t.add_row().cells; mc = b[0].merge(b[4]); cell_text(mc, label, bold=True); shade(mc, 'EDEDED')
        for r in [x for x in f['rows'] if x['responsible'] == resp]:
            c = t.add_row().cells
            cell_text(c[0], r['title'], bold=True); c[0].add_paragraph(r['description'])
            cell_text(c[1], ' / '.join(r['delmal'])); cell_text(c[2], r['ptype'])
            cell_text(c[3], pj(r['partners'])); cell_text(c[4], r['period'])
    b = t.add_row().cells; mc = b[0].merge(b[4]); cell_text(mc, 'Andre departementer: ingen nye tiltak i 2024', italic=True); shade(mc, 'EDEDED')
    d.save(path)

def r_unio26(f, path):
    d = new_doc(9)
    landscape(d)
    header_footer(d, 'Unio', foot_before='')
    para(d, 'Unios rapportering NKPS 2026', bold=True, size=14)
    para(d, 'Innledning', bold=True)
    para(d, 'Unio-forbundene har samlet tiltakene i et regneark; tabellen er limt inn fra det.')
    cols = ['Nr.', 'Tiltak', 'Beskrivelse', 'Delmål', 'Tiltakstype', 'Ansvarlig', 'Samarbeid', 'Periode', 'Status']
    status = {'UNIO_TV': 'Pågår', 'UNIO_FORSK': 'Pågår', 'KOMPLOFT25': 'Avsluttet', 'REALK': 'Pågår', 'UNIO_WEB': 'Ferdig', 'UNIO_HELTID': 'Startet'}
    t = d.add_table(rows=1, cols=9); t.style = 'Table Grid'
    for i, c in enumerate(cols): cell_text(t.rows[0].cells[i], c, bold=True, size=9); shade(t.rows[0].cells[i], 'D9D9D9')
    rws = []
    for n, r in enumerate(f['rows'], 1):
        c = t.add_row().cells; rws.append(c)
        vals = [str(n), r['title'], r['description'], ';'.join(r['delmal']), r['ptype'], r['responsible'], pj(r['partners']), r['period'], status[r['tid']]]
        for i, v in enumerate(vals):
            if i == 5 and n in (2, 3): continue
            cell_text(c[i], v, size=9)
    # vertical merge of Ansvarlig over rows 1-3 ('Unio og forbundene')
    t.cell(1, 5).merge(t.cell(3, 5))
    para(d, '')
    para(d, 'Planlagt for 2027', bold=True)
    for x in ['Kurs for tillitsvalgte om livslang læring i skolen', 'Innspill til ny plan etter Kompetanseløft 2025']:
        d.add_paragraph(x, style='List Bullet')
    d.save(path)
