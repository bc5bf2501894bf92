from docx_kit import *
from docx.shared import Pt, Cm
from common import DM_SHORT, DM_NN, DM_FULL, newnr, DELMAL

def r_regj17(f, path):
    d = new_doc(11, 'Times New Roman')
    header_footer(d, 'Kunnskapsdepartementet', foot_before='15.11.2017 – side ')
    d.add_heading('Oppfølging av NKPS – innspill fra departementene 2017', 0)
    d.add_heading('Innledning', 1)
    para(d, 'Departementene har bidratt til Regjeringens rapport til Kompetansepolitisk råd. Tiltakene er ordnet etter '
            'ansvarlig departement og viser til nummereringen av tiltak i strategien (NKPS tiltak nr. 1–16).')
    groups = [('Kunnskapsdepartementet (KD)', ['KBU','REALK','KARRNETT','GODKJ','BRANSJE','KPLUSS']),
              ('Kommunal- og moderniseringsdepartementet (KMD)', ['JOBBSJ']),
              ('Arbeids- og sosialdepartementet (ASD)', ['TOARIG'])]
    rows = {r['tid']: r for r in f['rows']}
    for head, tids in groups:
        d.add_heading(head, 2)
        for t in tids:
            r = rows[t]
            p = d.add_paragraph(style='List Number')
            b = p.add_run(r['title'] + '. '); b.bold = True
            p.add_run(r['description'] + ' ')
            nrs = ' og '.join(str(newnr(c)) for c in r['delmal'])
            tail = '(NKPS tiltak nr. %s · type: %s · ansvar: %s · med: %s · %s)' % (nrs, r['ptype'], r['responsible'], pj(r['partners']), r['period'])
            t2 = p.add_run(tail); t2.italic = True
    d.add_heading('Oppsummering', 1)
    para(d, 'Departementene rapporterer til sammen 8 tiltak i 2017. Flere av tiltakene gjennomføres i samarbeid med partene i arbeidslivet, og det vil bli rapportert på framdrift neste år.')
    para(d, 'Kontaktperson: seniorrådgiver Kari Nordmann, KD, tlf. 22 24 00 00', italic=True, size=9)
    d.save(path)

def r_nho17(f, path):
    d = new_doc(10.5, 'Arial')
    s = d.sections[0]
    s.header.paragraphs[0].text = 'NHO  Næringslivets Hovedorganisasjon'
    s.header.add_paragraph('Middelthuns gate 27 · Postboks 5250 Majorstuen · 0303 Oslo')
    s.footer.paragraphs[0].text = 'nho.no · Org.nr. 952 087 711 · Telefon 23 08 80 00'
    t = d.add_table(rows=2, cols=3)
    for i, (a, b) in enumerate([('Vår ref.', '17/00412-3'), ('Deres ref.', 'Kompetanse Norge 2017/88'), ('Dato', '20.11.2017')]):
        cell_text(t.cell(0, i), a, size=8); cell_text(t.cell(1, i), b, size=9)
    para(d, '')
    para(d, 'Kompetanse Norge\nPostboks 236 Sentrum\n0103 Oslo')
    para(d, 'NHOs rapportering om oppfølging av Nasjonal kompetansepolitisk strategi 2017', bold=True, size=12)
    para(d, 'Vi viser til brev av 12. oktober med invitasjon til å rapportere tiltak. Nedenfor følger NHOs tiltak, ett skjema per tiltak. '
            'Nummeret viser til tiltakslisten i strategien.')
    for r in f['rows']:
        tb = d.add_table(rows=0, cols=2); tb.style = 'Table Grid'
        nrs = ' og '.join(str(newnr(c)) for c in r['delmal'])
        for lab, val in [('Tiltak', r['title']), ('NKPS-tiltak nr.', nrs), ('Hvem', r['responsible']),
                         ('Sammen med', pj(r['partners'])), ('Når', r['period']), ('Hva slags tiltak', r['ptype']),
                         ('Kort om tiltaket', r['description'])]:
            c = tb.add_row().cells
            cell_text(c[0], lab, bold=True, size=9); shade(c[0], 'E7EEF7')
            cell_text(c[1], val, bold=(lab == 'Tiltak'))
            c[0].width = Cm(4); c[1].width = Cm(12)
        para(d, '')
    para(d, 'Med vennlig hilsen')
    para(d, 'Næringslivets Hovedorganisasjon')
    para(d, 'Ole Hansen\ndirektør kompetanse og utdanning')
    para(d, 'Kopi: LO, Kunnskapsdepartementet', size=9)
    d.save(path)

def r_unio18(f, path):
    d = new_doc(9.5)
    landscape(d)
    header_footer(d, 'Kompetanse Norge · Rapporteringsskjema NKPS 2018', foot_before='Side ')
    para(d, 'Rapporteringsskjema – Nasjonal kompetansepolitisk strategi 2018', bold=True, size=14)
    para(d, 'Organisasjon: Unio', bold=True)
    para(d, 'Fyll inn ett tiltak per rad. Delmål oppgis med nummer (f.eks. 2.3). Velg type blant: FoU, Kurs/utdanning, Råd/utvalg/nettverk, '
            'Prosjekt, Informasjon, Arrangement. Slett eksempelraden før innsending.', italic=True, color='808080', size=9)
    cols = ['Tiltak', 'Delmål (skriv nummer)', 'Type tiltak (velg)', 'Ansvarlig', 'Samarbeidspartnere', 'Tidsperiode', 'Kort beskrivelse']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, c in enumerate(cols): cell_text(t.rows[0].cells[i], c, bold=True, size=9); shade(t.rows[0].cells[i], 'D9D9D9')
    ex = ['Eksempel: Regional kompetansekonferanse', '1.2', 'Arrangement', 'Organisasjonen', 'Fylkeskommunen', '2018', 'En dags konferanse for medlemmer og partnere.']
    c = t.add_row().cells
    for i, v in enumerate(ex): cell_text(c[i], v, italic=True, color='808080', size=9)
    rows = f['rows']
    def vals(r):
        return [r['title'], ', '.join(r['delmal']), r['ptype'], r['responsible'], pj(r['partners']), r['period'], r['description']]
    pair = {'UNIO_TV', 'UNIO_WEB'}
    done = False
    for r in rows:
        if r['tid'] in pair:
            if done: continue
            a = [x for x in rows if x['tid'] == 'UNIO_TV'][0]; b = [x for x in rows if x['tid'] == 'UNIO_WEB'][0]
            c = t.add_row().cells
            for i, (va, vb) in enumerate(zip(vals(a), vals(b))):
                cell_text(c[i], 'a) %s\nb) %s' % (va, vb), size=9)
            done = True
            continue
        c = t.add_row().cells
        for i, v in enumerate(vals(r)): cell_text(c[i], v, size=9)
    for _ in range(2): t.add_row()
    para(d, '')
    para(d, 'Utfylt av: Unio-sekretariatet, 30.11.2018', size=9)
    d.save(path)

def r_spekter19(f, path):
    d = new_doc(11)
    header_footer(d, 'Spekter', foot_before='')
    para(d, 'Spekter', bold=True, size=20)
    para(d, 'Rapportering til Kompetansepolitisk råd 2019', size=14)
    d.add_heading('Innledning', 1)
    para(d, 'Spekter organiserer virksomheter i helse, samferdsel, kultur og forskning. Under følger tiltakene vi rapporterer for 2019.')
    for i, r in enumerate(f['rows'], 1):
        d.add_heading('%d. %s' % (i, r['title']), 2)
        p = para(d); p.add_run('Relasjon til delmål: ').bold = True
        p.add_run(' og '.join('«%s»' % DM_FULL.get(c, DM_SHORT[c]) for c in r['delmal']))
        p = para(d); p.add_run('Ansvar og samarbeid: ').bold = True
        p.add_run('%s – sammen med %s' % (r['responsible'], ' og '.join(r['partners'])))
        p = para(d); p.add_run('Type: ').bold = True; p.add_run(r['ptype'])
        p = para(d); p.add_run('Tid: ').bold = True; p.add_run(r['period'])
        para(d, r['description'])
    d.add_heading('Avslutning', 1)
    para(d, 'Spekter vil i 2020 prioritere arbeidet med kompetanseplanlegging i helseforetakene og samarbeidet med arbeidstakerorganisasjonene.')
    d.save(path)

def r_lo20(f, path):
    d = new_doc(10)
    landscape(d)
    header_footer(d, 'LO – Landsorganisasjonen i Norge', foot_before='Side ')
    para(d, 'LOs rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2020', bold=True, size=14)
    d.add_heading('Innledning', 1)
    para(d, 'Tabellen viser LOs tiltak i 2020. Beskrivelsen står i kursiv under hvert tiltak.')
    cols = ['Type', 'Tiltak', 'Delmål', 'Hvem i LO', 'Med hvem', 'Periode']
    t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
    for i, c in enumerate(cols): cell_text(t.rows[0].cells[i], c, bold=True); shade(t.rows[0].cells[i], 'F2DCDB')
    for k, r in enumerate(f['rows']):
        c = t.add_row().cells
        for i, v in enumerate([r['ptype'], r['title'], ' og '.join(r['delmal']), r['responsible'], pj(r['partners']), r['period']]):
            cell_text(c[i], v, bold=(i == 1))
        m = t.add_row().cells; mc = m[0].merge(m[5]); cell_text(mc, r['description'], italic=True, size=9)
        if k == 2: t.add_row()
    d.add_heading('Andre saker LO har fulgt opp', 1)
    para(d, 'LO har i tillegg fulgt opp permitteringsregelverket og retten til opplæring under permittering, og deltatt i trepartsmøter om pandemien. Dette rapporteres ikke som egne tiltak.')
    d.save(path)

def r_vestland20(f, path):
    d = new_doc(10)
    landscape(d)
    header_footer(d, 'Vestland fylkeskommune', foot_before='Side ')
    para(d, 'Rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2020', bold=True, size=14)
    d.add_heading('1 Innleiing', 1)
    para(d, 'Vestland fylkeskommune vart etablert 1. januar 2020. Under følgjer tiltaka våre. Koplinga til delmåla i strategien står i ein eigen tabell i kapittel 3.')
    d.add_heading('2 Tiltak', 1)
    cols = ['Nr.', 'Tiltak', 'Kort omtale', 'Ansvarleg', 'Samarbeidspartar', 'Type', 'Tid']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, c in enumerate(cols): cell_text(t.rows[0].cells[i], c, bold=True, size=9)
    for n, r in enumerate(f['rows'], 1):
        c = t.add_row().cells
        for i, v in enumerate([str(n), r['title'], r['description'], r['responsible'], pj(r['partners']), r['ptype'], r['period']]):
            cell_text(c[i], v, size=9)
    d.add_heading('3 Kopling til delmål', 1)
    para(d, 'X viser kva delmål i strategien tiltaket følgjer opp.', italic=True, size=9)
    m = d.add_table(rows=1, cols=17); m.style = 'Table Grid'
    cell_text(m.rows[0].cells[0], 'Tiltak', bold=True, size=7)
    for j, code in enumerate(DELMAL, 1): cell_text(m.rows[0].cells[j], code, bold=True, size=7)
    short = ['Karriere Vestland', 'Kompetanseforum', 'Vaksenopplæring deltid', 'Regional plan', 'Fagbrev på jobb', 'BIO']
    for n, r in enumerate(f['rows'], 1):
        c = m.add_row().cells
        cell_text(c[0], '%d %s' % (n, short[n-1]), size=7)
        for j, code in enumerate(DELMAL, 1):
            if code in r['delmal']: cell_text(c[j], 'X', bold=True, size=7)
    d.add_heading('4 Vidare arbeid', 1)
    para(d, 'I 2021 skal fylkeskommunen greie ut eit felles karriererettleiingstilbod for vaksne i heile fylket og vurdere ei eiga ordning for tilsette i omstilling.')
    d.save(path)
