"""Renderers for the 2017–2018 files (data_a)"""
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx_common import *
from pdf_common import *
from common import WORDS, OLD_TEXT, oldnr, oldnrs, and_join

R = lambda r: dict(tid=r[0], title=r[1], dm=r[2], typ=r[3], resp=r[4], partners=r[5], period=r[6], desc=r[7], x=r[8])


# ---------------------------------------------------------------- 1 LO 2017 letter + appendix
def lo_2017(f, path):
    d = new_doc(font='Arial', size=10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Mm(166), WD_TAB_ALIGNMENT.RIGHT)
    fmt_run(hp.add_run('LO'), bold=True, size=20, color='C00000')
    fmt_run(hp.add_run('\tLandsorganisasjonen i Norge'), size=9, color='595959')
    fp = sec.footer.paragraphs[0]
    fmt_run(fp.add_run('Youngs gate 11 · Postboks 231 Sentrum, 0103 Oslo · Telefon 23 06 10 50 · lo.no      '), size=7.5, color='595959')
    fmt_run(fp.add_run('Side '), size=7.5); add_field(fp, 'PAGE', '1', size=7.5)
    fmt_run(fp.add_run(' av '), size=7.5); add_field(fp, 'NUMPAGES', '3', size=7.5)
    for ln in ['Kompetanse Norge', 'Sekretariatet for Kompetansepolitisk råd', 'Postboks 236 Sentrum', '0103 Oslo']:
        para(d, ln, space_after=0)
    para(d, '')
    t = table(d, 2, 3, style=None, widths=[55, 55, 55])
    for i, (a, b) in enumerate([('Deres ref.:', '17/00871'), ('Vår ref.:', '2017/1140 TH/ak'), ('Dato:', '28.09.2017')]):
        cell_write(t.cell(0, i), a, size=8, color='595959'); cell_write(t.cell(1, i), b, size=10)
    para(d, '')
    para(d, 'Rapportering om LOs oppfølging av Nasjonal kompetansepolitisk strategi 2017', bold=True, size=12)
    para(d, 'Vi viser til brev av 20. juni 2017 der medlemmene i Kompetansepolitisk råd blir bedt om å rapportere '
            'hvordan de følger opp strategien. Vedlagt følger LOs oversikt over tiltak for 2017 (vedlegg 1). '
            'Tiltakene er knyttet til strategiens nummererte tiltak 1–16. Der flere tiltak hører til de samme '
            'tiltakene i strategien, har vi skrevet «som over».')
    para(d, 'LO vil understreke at mye av arbeidet med kompetanse skjer i forbundene og lokalt i bedriftene, og '
            'at oversikten derfor ikke er fullstendig.')
    para(d, 'I tillegg til tiltakene i vedlegget har LO i 2017 deltatt i disse møtene og arenaene:')
    for m in ['Kompetansepolitisk råd (møter 14. mars og 5. september)',
              'Kompetanse Norges fagråd for karriereveiledning',
              'OECD Skills Strategy – nasjonalt seminar 14. mars',
              'Innspillsmøte i KD om stortingsmelding om livslang læring, 11. oktober']:
        para(d, m, style='List Bullet')
    para(d, 'Vi ser fram til videre samarbeid i rådet.')
    para(d, 'Med vennlig hilsen', space_before=8)
    para(d, 'Landsorganisasjonen i Norge', bold=True)
    para(d, '')
    para(d, 'Trine Holmen', space_after=0)
    para(d, 'seniorrådgiver, Samfunnspolitisk avdeling', space_after=0)
    para(d, 'Vedlegg: 1', size=9, color='595959', space_before=10)
    para(d, 'Kopi: LO-forbundene ved kompetanseansvarlige', size=9, color='595959')

    new_section(d, landscape=True)
    s2 = d.sections[1]
    s2.left_margin = s2.right_margin = Mm(18)
    para(d, 'Vedlegg 1: LOs tiltak 2017', bold=True, size=13, space_after=6)
    heads = ['Strategiens tiltak nr.', 'Tiltak', 'Hva går tiltaket ut på', 'Form', 'Hvem har ansvaret', 'Hvem deltar', 'Når']
    rows = [R(r) for r in f['rows']]
    t = table(d, 1 + len(rows), 7, widths=[24, 44, 82, 18, 22, 42, 27])
    for i, h in enumerate(heads):
        cell_write(t.cell(0, i), h, bold=True, size=9); shade(t.cell(0, i), 'F2DCDB')
    repeat_header(t.rows[0])
    for j, r in enumerate(rows, 1):
        nr = 'som over' if r['x'].get('som_over') else oldnrs(r['dm'])
        vals = [nr, r['title'], r['desc'], r['typ'], r['resp'], '; '.join(r['partners']), r['period']]
        for i, v in enumerate(vals):
            cell_write(t.cell(j, i), v, size=9, italic=(i == 0 and v == 'som over'))
    para(d, '')
    para(d, 'Spørsmål om vedlegget kan rettes til Trine Holmen, tlf. 23 06 10 50.', size=9, color='595959')
    d.save(path)


# ---------------------------------------------------------------- 2 Spekter 2017 Excel over two pages
def spekter_2017(f, path):
    from reportlab.pdfgen import canvas as _c
    rows = [R(r) for r in f['rows']]
    W, H = landscape(A4)
    c = _c.Canvas(path, pagesize=(W, H))
    c.setTitle('NKPS rapportering Spekter 2017')
    fs = st('xl', 'Sans', 9, 11)
    fsb = st('xlb', 'Sans-B', 9, 11)

    def page(cols, widths, title_row, pno):
        c.setFont('Sans', 9)
        c.drawCentredString(W / 2, H - 12 * mm, 'NKPS rapportering Spekter 2017.xlsx')
        c.drawRightString(W - 12 * mm, H - 12 * mm, 'Ark1')
        c.drawCentredString(W / 2, 10 * mm, f'Side {pno}')
        data = []
        if title_row:
            data.append([Paragraph('Spekters rapportering – Nasjonal kompetansepolitisk strategi 2017',
                                   st('t', 'Sans-B', 12, 14))] + [''] * (len(cols) - 1))
            data.append([''] * len(cols))
        else:
            data.append([''] * len(cols)); data.append([''] * len(cols))
        data.append([Paragraph(h, fsb) for h, _ in cols])
        for i, r in enumerate(rows, 1):
            data.append([Paragraph(esc(fn(i, r)), fs) for _, fn in cols])
        if title_row:
            data.append([''] * len(cols))
            data.append([Paragraph('Antall tiltak', fsb), Paragraph('6', fs)] + [''] * (len(cols) - 2))
        t = Table(data, colWidths=widths)
        sty = [('GRID', (0, 2), (-1, 2 + len(rows)), 0.3, colors.HexColor('#b0b0b0')),
               ('BACKGROUND', (0, 2), (-1, 2), colors.HexColor('#dce6f1')),
               ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 2), ('RIGHTPADDING', (0, 0), (-1, -1), 2)]
        if title_row:
            sty.append(('SPAN', (0, 0), (-1, 0)))
        t.setStyle(TableStyle(sty))
        tw, th = t.wrap(W, H)
        t.drawOn(c, 12 * mm, H - 18 * mm - th)
        c.showPage()

    nr = lambda i, r: str(i)
    page([('Nr', nr), ('Tiltak', lambda i, r: r['title']), ('Beskrivelse', lambda i, r: r['desc']),
          ('NKPS tiltak nr.', lambda i, r: oldnrs(r['dm']))], [12 * mm, 62 * mm, 150 * mm, 30 * mm], True, 1)
    page([('Nr', nr), ('Type tiltak', lambda i, r: r['typ']), ('Ansvarlig', lambda i, r: r['resp']),
          ('Samarbeidspartnere', lambda i, r: ', '.join(r['partners'])), ('Tidspunkt/varighet', lambda i, r: r['period'])],
         [12 * mm, 38 * mm, 30 * mm, 60 * mm, 50 * mm], False, 2)
    c.save()


# ---------------------------------------------------------------- 3 Regjeringen 2017 note
def regjeringen_2017(f, path):
    rows = [R(r) for r in f['rows']]
    story = []
    story.append(P('NOTAT', st('n', 'Sans-B', 20, spaceAfter=10)))
    hdr = [['Til:', 'Kompetansepolitisk råd'], ['Fra:', 'Kunnskapsdepartementet'], ['Dato:', '12.10.2017'],
           ['Saksnr.:', '17/3345'], ['Emne:', 'Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi – rapportering 2017']]
    t = Table([[P(a, CELLB), P(b, st('c10', size=10))] for a, b in hdr], colWidths=[25 * mm, 140 * mm])
    t.setStyle(TableStyle([('LINEBELOW', (0, -1), (-1, -1), 0.8, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    story += [t, Spacer(1, 8)]
    story.append(P('1 Bakgrunn', H2))
    for s in ['Nasjonal kompetansepolitisk strategi ble lansert 7. februar 2017 av regjeringen og partene i arbeidslivet. '
              'Strategien har 16 nummererte tiltak fordelt på tre hovedinnsatsområder. Alle medlemmene i '
              'Kompetansepolitisk råd skal rapportere hvordan de følger opp strategien.',
              'Dette notatet gir en oversikt over tiltakene departementene har satt i gang eller videreført i 2017. '
              'Oversikten er ordnet etter strategiens tiltak. Mange tiltak er videreføring av eksisterende ordninger, '
              'og notatet tar bare med tiltak som har en tydelig kobling til strategien.',
              'Departementene har samordnet rapporteringen gjennom den interdepartementale arbeidsgruppen for '
              'kompetansepolitikk. Kunnskapsdepartementet har ledet arbeidet. Arbeids- og sosialdepartementet, '
              'Kommunal- og moderniseringsdepartementet, Nærings- og fiskeridepartementet og Helse- og '
              'omsorgsdepartementet har bidratt med sine tiltak.',
              'Tiltak som er omtalt i statsbudsjettet for 2018, men som ikke er satt i gang, er ikke tatt med. '
              'Tabellen under viser departementenes tiltak. Kolonnen «Dep.» viser hvilket departement som har ansvaret.']:
        story.append(P(s))
    story.append(P('2 Departementenes tiltak', H2))
    data = [['Strategiens tiltak', 'Tiltak og beskrivelse', 'Dep.', 'I samarbeid med', 'Virkemiddel', 'Tid']]
    prev = None
    blank_below = []
    for i, r in enumerate(rows, 1):
        n = oldnr(r['dm'][0]) if 'also_nr' not in r['x'] else 15
        first = ('Nr. %d %s' % (n, OLD_TEXT[n])) if n != prev else ''
        if n == prev:
            blank_below.append(i - 1)
        prev = n
        tb = '<b>%s</b><br/>%s' % (esc(r['title']), esc(r['desc']))
        if r['x'].get('also_nr'):
            tb += '<br/><i>(Følger også opp strategiens tiltak %d.)</i>' % r['x']['also_nr']
        data.append([first, tb, r['resp'], ', '.join(r['partners']), r['typ'], r['period']])
    extra = [('LINEBELOW', (0, i), (0, i), 0.4, colors.white) for i in blank_below]
    extra += [('BOX', (0, 0), (-1, -1), 0.6, colors.black)]
    extra += [('FONTSIZE', (0, 1), (0, -1), 8)]
    data = [[P(esc(c), st('c0', size=7.5, lead=9.5)) if (j == 0 and k > 0) else c for j, c in enumerate(row)] for k, row in enumerate(data)]
    t = grid(data, [36 * mm, 47 * mm, 11 * mm, 37 * mm, 25 * mm, 19 * mm], repeat=0, bg=colors.HexColor('#e7e6e6'), extra=extra)
    story += [t, Spacer(1, 10)]
    story.append(P('3 Oppsummering', H2))
    story.append(P('Departementene har rapportert ni tiltak. De fleste hører til hovedinnsatsområde 1 og 2.'))
    story.append(P('Tabell 2 Antall tiltak per departement', st('cap', 'Sans-I', 9, spaceAfter=3)))
    cnt = {}
    for r in rows:
        cnt[r['resp']] = cnt.get(r['resp'], 0) + 1
    data = [['Departement', 'Antall tiltak']] + [[k, str(v)] for k, v in cnt.items()] + [['Sum', str(len(rows))]]
    story.append(grid(data, [50 * mm, 30 * mm], bg=colors.HexColor('#e7e6e6'), extra=[('FONTNAME', (0, -1), (-1, -1), 'Sans-B')]))

    def header(c, pno, w, h):
        c.setFont('Sans', 8); c.drawString(20 * mm, h - 12 * mm, 'Kunnskapsdepartementet')
        c.drawRightString(w - 20 * mm, h - 12 * mm, 'Saksnr. 17/3345')

    def footer(c, pno, w, h):
        c.setFont('Sans', 8); c.drawRightString(w - 20 * mm, 10 * mm, 'Side %d' % pno)
    build(path, story, header, footer)


# ---------------------------------------------------------------- 4 NHO 2018 type sections
def nho_2018(f, path):
    d = new_doc(font='Calibri', size=11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    fmt_run(hp.add_run('NHO'), bold=True, size=14, color='003A70')
    fmt_run(hp.add_run('   |   Næringslivets Hovedorganisasjon'), size=9, color='003A70')
    fp = sec.footer.paragraphs[0]
    fmt_run(fp.add_run('Rapport til Kompetansepolitisk råd 2018 – side '), size=8, color='7F7F7F')
    add_field(fp, 'PAGE', '1', size=8)
    para(d, 'NHOs oppfølging av Nasjonal kompetansepolitisk strategi 2018', style='Title')
    para(d, 'Innledning', style='Heading 1')
    para(d, 'NHO og landsforeningene arbeider bredt med kompetanse. Her rapporterer vi tiltakene som følger opp '
            'Nasjonal kompetansepolitisk strategi. Tiltakene er gruppert etter type tiltak, slik sekretariatet ba om. '
            'Under hvert tiltak står delmålet i strategien, hvem som har ansvaret, partnere og tidsrom.')
    order = ['Forskning og analyse', 'Råd og utvalg', 'Prosjekter', 'Informasjonsarbeid', 'Andre tiltak']
    rows = [R(r) for r in f['rows']]
    for sect in order:
        para(d, sect, style='Heading 1')
        for r in [x for x in rows if x['typ'] == sect]:
            para(d, r['title'], style='Heading 2')
            para(d, r['desc'])
            dm = ' og '.join(r['dm'])
            p = para(d, '', space_after=10)
            runs(p, [('Delmål %s  |  Ansvarlig: %s  |  Partnere: %s  |  Tidsrom: %s' % (dm, r['resp'], ', '.join(r['partners']), r['period']),
                      dict(size=9, color='595959'))])
    para(d, 'Planlagt, ikke startet', style='Heading 1')
    para(d, 'NHO Kompetanse planlegger en digital kursportal for små bedrifter med korte kurs i digitalisering og '
            'automatisering. Arbeidet starter tidligst høsten 2019 og er derfor ikke rapportert som tiltak.')
    para(d, 'Kontakt: Kari Sønsteby, fagsjef kompetanse, NHO', size=9, color='595959', space_before=12)
    d.save(path)


# ---------------------------------------------------------------- 5 KS 2018 numbered items, quoted goal words
def ks_2018(f, path):
    rows = [R(r) for r in f['rows']]
    areas = {'1': [], '2': [], '3': []}
    for r in rows:
        areas[r['dm'][0][0]].append(r)
    lab = st('lab', size=10, lead=13, leftIndent=28 * mm, firstLineIndent=-22 * mm, spaceAfter=1)
    story = [P('KS’ rapportering til Kompetansepolitisk råd 2018', H1),
             P('Om rapporten', H3),
             P('KS rapporterer tiltak der KS har ansvaret eller deltar på vegne av kommunesektoren. Tiltakene er '
               'ordnet under strategiens tre hovedinnsatsområder og nummerert fortløpende. For hvert tiltak oppgir '
               'vi hvilket delmål tiltaket er koblet til, med ordlyden fra strategien.'),
             P('Fylkeskommunene rapporterer egne regionale tiltak direkte til sekretariatet.')]
    names = {'1': 'Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet', '2': 'Hovedinnsatsområde 2: Læring i arbeidslivet',
             '3': 'Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet'}
    n = 0
    for a in '123':
        story.append(P(names[a], H2))
        for r in areas[a]:
            n += 1
            blk = [P('%d. %s' % (n, esc(r['title'])), st('it', 'Sans-B', 11, spaceBefore=8, spaceAfter=3))]
            goal = ' og '.join('«%s»' % WORDS[c] for c in r['dm'])
            for k, v in [('Koblet til:', goal), ('Slag tiltak:', r['typ']), ('Eier:', r['resp']),
                         ('Med:', ', '.join(r['partners'])), ('Når:', r['period']), ('Hva:', r['desc'])]:
                blk.append(P('<b>%s</b>\u00a0\u00a0%s' % (k, esc(v)) if False else '<b>%s</b>&nbsp;&nbsp;&nbsp;%s' % (k, esc(v)), lab))
            story += blk
        if a == '1':
            story.append(P('Samarbeidet med fylkeskommunene om karriereveiledning er i 2018 i hovedsak fulgt opp '
                           'gjennom Nasjonalt forum for karriereveiledning. KS har også gitt innspill til '
                           'regionreformen om fylkeskommunenes rolle i kompetansepolitikken, og vil komme tilbake '
                           'til dette i rapporteringen for 2019 når ansvarsfordelingen er avklart.'))
    story.append(P('KS’ representasjon i andre organer', H2))
    story.append(P('KS er i tillegg representert i disse organene. De rapporteres ikke som egne tiltak:'))
    for b in ['Faglig råd for helse- og oppvekstfag', 'Nasjonalt fagskoleråd', 'Styret i Kompetanse Norge',
              'Kompetansebehovsutvalget (observatør for kommunesektoren)']:
        story.append(P('•&nbsp;&nbsp;' + esc(b), st('bl', size=10, leftIndent=8 * mm, spaceAfter=2)))
    story.append(Spacer(1, 8))
    story.append(P('Kontaktperson: Ingrid Aas, spesialrådgiver, KS', SMALL))

    def header(c, pno, w, h):
        c.setFont('Sans-B', 9); c.drawString(20 * mm, h - 12 * mm, 'KS')
        c.setFont('Sans', 8); c.drawString(27 * mm, h - 12 * mm, 'Kommunesektorens organisasjon')
        c.drawRightString(w - 20 * mm, h - 12 * mm, 'Rapportering NKPS 2018')
        c.setLineWidth(0.4); c.line(20 * mm, h - 14 * mm, w - 20 * mm, h - 14 * mm)

    def footer(c, pno, w, h):
        c.setFont('Sans', 8); c.drawCentredString(w / 2, 10 * mm, 'Side %d' % pno)
    build(path, story, header, footer)


# ---------------------------------------------------------------- 6 Virke 2018 two-row records
def virke_2018(f, path):
    d = new_doc(font='Arial', size=10)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    fmt_run(hp.add_run('virke'), bold=True, size=18, color='E4003A')
    hp2 = sec.header.add_paragraph(); fmt_run(hp2.add_run('HOVEDORGANISASJONEN VIRKE'), size=7, color='595959')
    fp = sec.footer.paragraphs[0]
    fmt_run(fp.add_run('Virke  |  Postboks 2900 Solli, 0230 Oslo  |  virke.no'), size=7.5, color='595959')
    para(d, 'Oslo, 1. oktober 2018', align='right')
    para(d, 'Virkes rapportering til Kompetansepolitisk råd 2018', bold=True, size=14, space_before=6)
    para(d, 'Virke organiserer virksomheter i handel, tjenesteyting og ideell sektor. Tabellen under viser tiltakene '
            'Virke har gjennomført eller deltatt i for å følge opp Nasjonal kompetansepolitisk strategi i 2018. '
            'For hvert tiltak står faktaopplysningene på første linje og en kort omtale på linjen under.')
    rows = [R(r) for r in f['rows']]
    n = 1 + 2 * len(rows) + 2 + 1
    t = table(d, n, 6, widths=[45, 18, 22, 30, 32, 22])
    for i, h in enumerate(['Tiltak', 'Delmål', 'Kategori', 'Eier', 'Partnere', 'Periode']):
        cell_write(t.cell(0, i), h, bold=True, size=9, color='FFFFFF'); shade(t.cell(0, i), 'E4003A')
    repeat_header(t.rows[0])
    ri = 1
    for k, r in enumerate(rows):
        vals = [r['title'], ', '.join(r['dm']), r['typ'], r['resp'], ', '.join(r['partners']), r['period']]
        for i, v in enumerate(vals):
            cell_write(t.cell(ri, i), v, size=9, bold=(i == 0))
        m = t.cell(ri + 1, 0).merge(t.cell(ri + 1, 5))
        cell_parts(m, [[('Om tiltaket: ', dict(italic=True, color='595959')), (r['desc'], {})]], size=9)
        ri += 2
        if k == 2:  # an empty record left in the table
            ri += 2
    # move the empty pair: rows ri-? already empty; merge the last row for the count
    last = t.cell(n - 1, 0).merge(t.cell(n - 1, 5))
    cell_write(last, 'Antall tiltak: %d' % len(rows), bold=True, size=9)
    shade(last, 'F2F2F2')
    para(d, '')
    para(d, 'Virke har i tillegg deltatt på rådets møter 7. mars og 24. oktober 2018. '
            'Spørsmål om rapporten kan rettes til fagsjef Marte Lien.')
    d.save(path)


RENDER = {
    '2017_LO_brev_med_vedlegg.docx': lo_2017,
    '2017_Spekter_regneark.pdf': spekter_2017,
    '2017_Regjeringen_notat.pdf': regjeringen_2017,
    '2018_NHO_rapport.docx': nho_2018,
    '2018_KS_rapport.pdf': ks_2018,
    '2018_Virke_rapport.docx': virke_2018,
}
