from docx_common import *
from common import WORDS, oldnr, D

OLDTXT = {1: 'Etablere et kompetansebehovsutvalg (KBU)', 3: 'Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning',
          4: 'Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet', 5: 'Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken',
          9: 'Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet', 10: 'Forenkle og forbedre systemene for godkjenning av utenlandsk utdanning',
          12: 'Stimulere til bruk av Kompetanseplussordningene', 15: 'Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere'}

def kd_2017(f, path):
    d = new_doc()
    header_footer(d, 'Kunnskapsdepartementet', 'Notat – oppfølging av NKPS 2017')
    para(d, 'NOTAT', bold=True, size=16)
    t = table(d, 4, 2)
    for i, (a, b) in enumerate([('Til:', 'Kompetansepolitisk råd'), ('Fra:', 'Kunnskapsdepartementet, Kompetansepolitisk avdeling'),
                                ('Dato:', '4.12.2017'), ('Saksnr.:', '17/4412')]):
        cell_text(t.cell(i, 0), a, bold=True); cell_text(t.cell(i, 1), b)
    d.add_heading('Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi 2017', 1)
    d.add_heading('Bakgrunn', 2)
    para(d, 'Strategien ble signert 3. februar 2017. Notatet gir en oversikt over regjeringens tiltak i 2017, ordnet etter '
            'strategiens nummererte tiltak (1–16). Bare tiltak der regjeringen har gjort noe konkret i 2017, er tatt med.')
    groups = {}
    for r in f['rows']: groups.setdefault(oldnr(r[2][0]), []).append(r)
    for n in sorted(groups):
        d.add_heading(f'Strategiens tiltak {n}: {OLDTXT[n]}', 2)
        for r in groups[n]:
            tid, title, dm, typ, resp, partners, period, desc = r[:8]
            para(d, title, bold=True)
            para(d, desc)
            para(d, f'Ansvar: {resp} · Samarbeid: {", ".join(partners)} · Virkemiddel: {typ} · Tid: {period}', italic=True, size=9, color='595959')
    d.add_heading('Videre arbeid', 2)
    para(d, 'Departementet vil i 2018 sette i gang arbeidet med en stortingsmelding om kompetansereformen. Dette rapporteres når arbeidet er startet.')
    d.save(path)

def nho_2017(f, path):
    d = new_doc()
    header_footer(d, 'NHO – Rapportering Kompetansepolitisk råd 2017', None)
    para(d, 'Rapporteringsskjema – Nasjonal kompetansepolitisk strategi', bold=True, size=15)
    para(d, 'Veiledning: Fyll ut ett skjema per tiltak. Under «Relasjon til strategien» oppgis nummeret på tiltaket i strategien (1–16). '
            'Kopier tabellen ved behov. Slett denne teksten før innsending.', italic=True, size=9, color='7F7F7F')
    para(d, 'Organisasjon: NHO    Kontaktperson: Per Olav Strand    Dato: 28.11.2017')
    for i, r in enumerate(f['rows'], 1):
        tid, title, dm, typ, resp, partners, period, desc = r[:8]
        para(d, f'Tiltak {i}', bold=True, size=10, color='1F3864')
        rel = 'Tiltak nr. ' + ' og '.join(str(oldnr(c)) for c in dm)
        t = table(d, 6, 2)
        vals = [('Navn på tiltak', title), ('Relasjon til strategien', rel),
                ('Ansvarlig og samarbeidspartnere', f'Ansvarlig: {resp}\nSamarbeid: {", ".join(partners)}'),
                ('Type tiltak', typ), ('Beskrivelse', desc), ('Tidspunkt og varighet', period)]
        for k, (a, b) in enumerate(vals):
            cell_text(t.cell(k, 0), a, bold=True, size=10); shade(t.cell(k, 0), 'DEEAF6'); cell_text(t.cell(k, 1), b, size=10)
        para(d, '')
    para(d, 'Eksempel på utfylling (fra malen):', italic=True, size=9, color='7F7F7F')
    t = table(d, 2, 2)
    cell_text(t.cell(0, 0), 'Navn på tiltak', size=9); cell_text(t.cell(0, 1), 'F.eks. «Kompetansekonferanse for medlemsbedrifter»', italic=True, size=9)
    cell_text(t.cell(1, 0), 'Relasjon til strategien', size=9); cell_text(t.cell(1, 1), 'F.eks. tiltak nr. 6', italic=True, size=9)
    d.save(path)

def unio_2018(f, path):
    d = new_doc()
    header_footer(d, 'Unio – Hovedorganisasjonen for universitets- og høyskoleutdannede', 'Unio rapport NKPS 2018')
    d.add_heading('Unios rapport til Kompetansepolitisk råd 2018', 0)
    para(d, 'Unio rapporterer tiltakene under det delmålet de først og fremst svarer på. Tiltak som også svarer på andre delmål, er merket med det.')
    groups = {}
    for r in f['rows']: groups.setdefault(r[2][0], []).append(r)
    for code in sorted(groups):
        d.add_heading(f'Delmål {code}', 2)
        for r in groups[code]:
            tid, title, dm, typ, resp, partners, period, desc = r[:8]
            p = d.add_paragraph(style='List Bullet'); runs(p, [(title, {'bold': True})])
            if len(dm) > 1:
                runs(p, [(' (også delmål ' + ', '.join(dm[1:]) + ')', {'italic': True})])
            for lab, val in [('Beskrivelse', desc), ('Ansvarlig', resp), ('Samarbeid', ', '.join(partners)), ('Type', typ), ('Varighet', period)]:
                q = d.add_paragraph(style='List Bullet 2'); runs(q, [(lab + ': ', {'italic': True}), (val, {})])
    d.add_heading('Om Unios arbeid for øvrig', 2)
    para(d, 'Unio har i 2018 deltatt i fire møter i Kompetansepolitisk råd og gitt høringssvar om ekspertutvalget for etter- og videreutdanning. '
            'Dette er ikke egne tiltak.')
    d.save(path)

def virke_2019(f, path):
    d = new_doc(landscape=True)
    header_footer(d, 'Virke  |  Hovedorganisasjonen Virke  |  Postboks 2900 Solli, 0230 Oslo', None, page=True, page_prefix='')
    para(d, 'Til: Kompetanse Norge, sekretariatet for Kompetansepolitisk råd', size=10)
    para(d, 'Oslo, 18. november 2019', size=10, align='right')
    para(d, 'Virkes rapportering 2019 – Nasjonal kompetansepolitisk strategi', bold=True, size=14)
    para(d, 'Vi har limt inn oversikten fra vårt interne regneark. Der to tiltak står i samme rad, er de merket a) og b), '
            'og opplysningene i de andre kolonnene følger samme rekkefølge.')
    rows = []; i = 0
    rs = f['rows']
    while i < len(rs):
        ab = rs[i][8].get('ab') if len(rs[i]) > 8 else None
        if ab and i + 1 < len(rs) and len(rs[i + 1]) > 8 and rs[i + 1][8].get('ab') == ab:
            rows.append([rs[i], rs[i + 1]]); i += 2
        else:
            rows.append([rs[i]]); i += 1
    cols = ['Tiltak', 'Hva', 'Mål i NKPS', 'Type', 'Eier', 'Partnere', 'Periode']
    t = table(d, 1, len(cols))
    for k, c in enumerate(cols): cell_text(t.cell(0, k), c, bold=True, size=9); shade(t.cell(0, k), 'C6E0B4')
    for grp in rows:
        cells = t.add_row().cells
        def fmt(vals):
            if len(vals) == 1: return vals[0]
            if vals[0] == vals[1] and len(grp) > 1: return vals[0]
            return '\n'.join(f'{x}) {v}' for x, v in zip('ab', vals))
        vals = [[r[1] for r in grp], [r[7] for r in grp], [', '.join(r[2]) for r in grp], [r[3] for r in grp], [r[4] for r in grp],
                [', '.join(r[5]) for r in grp], [r[6] for r in grp]]
        for k, v in enumerate(vals):
            if k == 0 and len(grp) > 1: txt = '\n'.join(f'{x}) {vv}' for x, vv in zip('ab', v))
            elif k == 1 and len(grp) > 1: txt = '\n'.join(f'{x}) {vv}' for x, vv in zip('ab', v))
            else: txt = fmt(v)
            cell_text(cells[k], txt, size=9)
        if grp[0][0] == 'W01':
            t.add_row()  # empty row left in the pasted range
    cells = t.add_row().cells
    cell_text(cells[0], f'Antall tiltak: {len(rs)}', bold=True, size=9)
    para(d, '')
    para(d, 'Virke har i tillegg deltatt i møtene i Kompetansepolitisk råd og i SRY (vara). Kontakt: Kari Holm, fagsjef kompetanse.', size=10)
    d.save(path)

def spekter_2020(f, path):
    d = new_doc()
    header_footer(d, 'Spekter – arbeidsgiverforening for virksomheter med offentlig eierskap', 'Spekter | Rapport NKPS 2020')
    d.add_heading('Spekters rapportering til Kompetansepolitisk råd 2020', 0)
    d.add_heading('Innledning', 1)
    para(d, 'Pandemien preget arbeidet i 2020, særlig i helseforetakene. Tabellen under viser tiltakene og hvilke delmål de svarer på; '
            'deretter omtales hvert tiltak for seg.')
    t = table(d, 1, 3)
    for k, c in enumerate(['Nr.', 'Tiltak', 'Delmål']): cell_text(t.cell(0, k), c, bold=True); shade(t.cell(0, k), 'FCE4D6')
    for i, r in enumerate(f['rows'], 1):
        c = t.add_row().cells; cell_text(c[0], str(i)); cell_text(c[1], r[1]); cell_text(c[2], ' og '.join(r[2]))
    for i, r in enumerate(f['rows'], 1):
        tid, title, dm, typ, resp, partners, period, desc = r[:8]
        d.add_heading(title, 2)
        d.add_heading('Ansvarlig og samarbeidspartnere', 3)
        para(d, f'{resp} er ansvarlig. Samarbeidspartnere: {", ".join(partners)}.')
        d.add_heading('Beskrivelse', 3)
        para(d, desc)
        d.add_heading('Type og tidspunkt', 3)
        para(d, f'{typ}, {period}')
    d.add_heading('Kontakt', 1)
    para(d, 'Spørsmål om rapporten kan rettes til Anne Grethe Lie, Spekter.')
    d.save(path)

def lo_2021(f, path):
    d = new_doc(landscape=True)
    header_footer(d, 'LO  –  Landsorganisasjonen i Norge', 'LOs rapport til Kompetansepolitisk råd 2021')
    para(d, 'LOs rapport til Kompetansepolitisk råd 2021', bold=True, size=16)
    para(d, 'LO rapporterer både tiltak som er videreført fra tidligere år og nye tiltak. Kolonnen «Status» viser hva som er nytt. '
            'Merknadene under tabellen hører til tallene i tabellen.')
    cols = ['Tiltak', 'Status', 'Delmål', 'Hva', 'Ansvar', 'Sammen med', 'Tid', 'Type']
    t = table(d, 1, len(cols)); repeat_header(t.rows[0])
    for k, c in enumerate(cols): cell_text(t.cell(0, k), c, bold=True, size=9); shade(t.cell(0, k), 'F4B183')
    for r in f['rows']:
        tid, title, dm, typ, resp, partners, period, desc, ex = r
        c = t.add_row().cells
        for k, v in enumerate([title, ex['status'], ', '.join(dm), desc, resp, ', '.join(partners), period, typ]):
            cell_text(c[k], v, size=9)
        if tid == 'T01':
            runs(c[3].paragraphs[0], [('1', {'sup': True})])
        if tid == 'T07':
            runs(c[3].paragraphs[0], [('2', {'sup': True})])
    para(d, '')
    para(d, '1 NOU 2020: 2 Fremtidige kompetansebehov III – Læring og kompetanse i alle ledd.', size=8)
    para(d, '2 Tallet gjelder industri og bygg samlet, ifølge HK-dir.', size=8)
    d.add_heading('LO mener', 2)
    for b in ['Alle må få rett til å ta fagbrev nummer to.', 'Partene må ha en sentral rolle i bransjeprogrammene også etter 2022.']:
        d.add_paragraph(b, style='List Bullet')
    d.save(path)

RENDER = {'2017_Regjeringen_oppfolgingsnotat.docx': kd_2017, '2017_NHO_skjema.docx': nho_2017, '2018_Unio_rapport.docx': unio_2018,
          '2019_Virke_rapport.docx': virke_2019, '2020_Spekter_rapport.docx': spekter_2020, '2021_LO_rapport.docx': lo_2021}
