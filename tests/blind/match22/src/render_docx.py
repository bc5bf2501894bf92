# -*- coding: utf-8 -*-
"""DOCX templates (python-docx) for batch match22."""
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from .data import DELMAL_TEXT


def pj(ps):
    return ', '.join(ps)


def new_doc(font='Calibri', size=11, landscape=False):
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    for side in ('left_margin', 'right_margin'):
        setattr(sec, side, Mm(22))
    return d


def para(d, text='', bold=False, italic=False, size=None, color=None, align=None, font=None, style=None, space_after=None,
         small_caps=False):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font; r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
        if small_caps: r.font.small_caps = True
    if align: p.alignment = align
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, font=None, small_caps=False, underline=False):
    r = p.add_run(text)
    r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font; r._element.rPr.rFonts.set(qn('w:eastAsia'), font)
    if small_caps: r.font.small_caps = True
    return r


def shade(cell, hexcolor):
    tcPr = cell._element.get_or_add_tcPr()
    sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), hexcolor)
    tcPr.append(sh)


def set_widths(t, widths):
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = Mm(w)
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Mm(w)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ''
    p = cell.paragraphs[0]
    run(p, text, bold=bold, italic=italic, size=size, color=color)
    return p

# ------------------------------------------------------------------ Unio 2018 cross reference letters
def cross_reference_letters(f, path):
    d = new_doc('Georgia', 10.5)
    para(d, 'Unio', bold=True, size=12, color='005A8C')
    d.add_heading('Unios rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2018', level=1)
    para(d, 'Unio organiserer arbeidstakere med høyere utdanning i offentlig og privat sektor. Nedenfor beskrives '
            'våre tiltak i 2018. Hvert tiltak har en bokstav (A–F) som går igjen i oversiktstabellen bakerst i rapporten, '
            'der delmål og type er oppgitt.')
    letters = 'ABCDEF'
    for L, m in zip(letters, f['measures']):
        d.add_heading('Tiltak %s – %s' % (L, m['title']), level=2)
        txt = m['description']
        if m['partners']:
            txt += ' Tiltaket gjennomføres i regi av %s i samarbeid med %s.' % (m['responsible'], pj(m['partners']))
        else:
            txt += ' Tiltaket gjennomføres i regi av %s.' % m['responsible']
        txt += ' Tidsrom: %s.' % m['period']
        para(d, txt)
    d.add_heading('Oversikt over tiltakene', level=2)
    t = d.add_table(rows=1, cols=5)
    t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['Ref.', 'Tiltak', 'Delmål', 'Type tiltak', 'Ansvarlig']):
        cell_text(c, h, bold=True); shade(c, 'D9E2F3')
    for L, m in zip(letters, f['measures']):
        r = t.add_row().cells
        cell_text(r[0], L); cell_text(r[1], m['title']); cell_text(r[2], 'delmål ' + ', '.join(m['delmal']))
        cell_text(r[3], m['type']); cell_text(r[4], m['responsible'])
    set_widths(t, [12, 70, 22, 32, 30])
    para(d, '')
    para(d, 'Kontakt: Unio-sekretariatet, Oslo.', italic=True, size=9)
    d.save(path)

# ------------------------------------------------------------------ Akademikerne 2019 abstracts
def research_abstract_format(f, path):
    d = new_doc('Cambria', 10.5)
    para(d, 'AKADEMIKERNE', bold=True, size=10, color='7A1E48')
    d.add_heading('Kunnskapsgrunnlag og medvirkning 2019', level=0)
    para(d, 'Akademikernes rapport til Kompetansepolitisk råd. Vi presenterer årets tiltak i samme form som '
            'et forskningssammendrag. Delmålene er angitt som nøkkelord.', italic=True)
    words = {'2.2': 'kunnskapsgrunnlag om læring i arbeidslivet', '1.1': 'kompetansebehovsutvalg',
             '1.4': 'samarbeid mellom utdanning og arbeidsliv'}
    for i, m in enumerate(f['measures'], 1):
        d.add_heading(m['title'], level=2)
        p = para(d, ''); run(p, 'Oppdragsgiver/ansvar: ', bold=True); run(p, m['responsible'])
        run(p, '    Utført av/med: ', bold=True); run(p, pj(m['partners']) or '–')
        run(p, '    År: ', bold=True); run(p, m['period'])
        for lab, txt in [('Bakgrunn', m['description']),
                         ('Metode', 'Registerdata, spørreundersøkelse og intervjuer.' if m['type'] == 'FoU' else
                          'Deltakelse i møter og skriftlige innspill.'),
                         ('Oppfølging', 'Resultatene brukes i Akademikernes politikkutvikling og i dialogen med myndighetene.')]:
            p = para(d, ''); run(p, lab + '. ', bold=True, italic=True); run(p, txt)
        p = para(d, ''); run(p, 'Nøkkelord: ', bold=True, size=9.5)
        run(p, '; '.join([words[c] for c in m['delmal']] + [m['type']]), italic=True, size=9.5)
    d.add_page_break()
    d.add_heading('Vedlegg: Publikasjonsliste 2018–2019', level=1)
    para(d, 'Rapportene kan lastes ned fra akademikerne.no.', italic=True)
    for m in f['measures']:
        if m['type'] == 'FoU':
            para(d, '%s (%s). %s. Oslo.' % (pj(m['partners']), m['period'], m['title']), style='List Bullet')
    para(d, 'Akademikerne (2018). Årsrapport 2018. Oslo.', style='List Bullet')
    d.save(path)

# ------------------------------------------------------------------ Virke 2019 icon legend
ICON = {'Kurs/utdanning': '✎', 'FoU': '⚗', 'Råd/utvalg/nettverk': '☷', 'Arrangement': '⚑', 'Prosjekt': '◈', 'Annet': '✱'}


def icon_legend_type_symbols(f, path):
    d = new_doc('Segoe UI', 10)
    para(d, 'Virke', bold=True, size=20, color='E4002B')
    para(d, 'Virkes kompetansetiltak 2019', bold=True, size=16)
    para(d, 'Rapport til Kompetansepolitisk råd. Typen tiltak er vist med symbol foran tittelen; se tegnforklaringen.')
    t = d.add_table(rows=2, cols=6)
    t.style = 'Table Grid'
    names = ['Kurs/utdanning', 'FoU', 'Råd/utvalg/nettverk', 'Arrangement', 'Prosjekt', 'Annet']
    for i, n in enumerate(names):
        cell_text(t.rows[0].cells[i], ICON[n], size=14); t.rows[0].cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell_text(t.rows[1].cells[i], n, size=8)
    p = para(d, ''); run(p, 'Tegnforklaring for faktalinjene: ', bold=True, size=8.5)
    run(p, '◆ delmål   ⌂ ansvarlig   ⚭ samarbeidspartnere   ◷ tidsrom', size=8.5)
    for m in f['measures']:
        p = para(d, ''); p.paragraph_format.space_before = Pt(12)
        run(p, ICON[m['type']] + '  ', size=14, color='E4002B'); run(p, m['title'], bold=True, size=12)
        p = para(d, '', space_after=2)
        if m['delmal']:
            for c in m['delmal']:
                run(p, ' ◆ %s ' % c, size=9, color='FFFFFF').font.highlight_color = WD_COLOR_INDEX.RED  # red highlight chip
                run(p, ' ')
        else:
            run(p, '◆ (ikke knyttet til et bestemt delmål)', size=9, italic=True)
        p = para(d, '', space_after=2)
        run(p, '⌂ ' + m['responsible'] + '   ', size=9)
        if m['partners']:
            run(p, '⚭ ' + pj(m['partners']) + '   ', size=9)
        run(p, '◷ ' + m['period'], size=9)
        para(d, m['description'])
    para(d, '')
    para(d, 'Spørsmål? Kontakt Virkes kompetanseavdeling, virke.no/kompetanse', italic=True, size=8.5)
    d.save(path)

# ------------------------------------------------------------------ NHO 2020 alphabetical directory
def alphabetical_directory(f, path):
    d = new_doc('Arial', 10)
    para(d, 'NHO · Næringslivets Hovedorganisasjon', size=9, color='555555')
    para(d, 'Tiltak A–Å', bold=True, size=22)
    para(d, 'NHOs tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi, 2020. Oppslagene er ordnet alfabetisk. '
            'Tallet i klammer er delmålet i strategien.', italic=True)
    entries = [(m['title'], m) for m in f['measures']]
    entries += [('Kompetansebehovsutvalget', 'KBU – NHOs representasjon i Kompetansebehovsutvalget'),
                ('Trepartsprogrammene', 'Bransjeprogrammene for kompetanseutvikling (treparts)'),
                ('Læreplasser', 'Samfunnskontrakt for flere læreplasser 2016–2020')]
    entries.sort(key=lambda e: e[0].lower().replace('å', '~'))
    cur = None
    for key, e in entries:
        L = key[0].upper()
        if L != cur:
            cur = L
            p = para(d, L, bold=True, size=26, color='003B71'); p.paragraph_format.space_before = Pt(10)
        if isinstance(e, str):
            p = para(d, ''); run(p, key, italic=True); run(p, ' → se ', size=9, color='777777'); run(p, e, italic=True, size=9)
            continue
        m = e
        p = para(d, '', space_after=1)
        run(p, m['title'], bold=True)
        run(p, '  [%s]' % ', '.join(m['delmal']), color='003B71')
        p = para(d, '', space_after=1); p.paragraph_format.left_indent = Mm(6)
        run(p, '%s. Ansvarlig: %s.' % (m['type'], m['responsible']), size=9, color='444444')
        if m['partners']:
            run(p, ' Med: %s.' % pj(m['partners']), size=9, color='444444')
        run(p, ' %s.' % m['period'], size=9, color='444444')
        p = para(d, m['description']); p.paragraph_format.left_indent = Mm(6)
    d.save(path)

# ------------------------------------------------------------------ VOFO 2021 raw markdown
def raw_markdown_pasted(f, path):
    d = new_doc('Consolas', 9.5)
    L = ['# VOFO – rapport til Kompetansepolitisk råd 2021', '',
         '_Voksenopplæringsforbundet. Utkast skrevet i Markdown og limt inn i Word._', '',
         '## Innledning', '',
         'VOFO representerer frivillig sektor i rådet. Studieforbundene nådde i 2021 over 400 000 deltakere, '
         'selv med pandemien.', '']
    for m in f['measures']:
        L += ['## Tiltak: %s' % m['title'], '',
              '- **Delmål:** %s' % ', '.join(m['delmal']),
              '- **Type:** %s' % m['type'],
              '- **Ansvarlig:** %s' % m['responsible'],
              '- **Samarbeid:** %s' % (pj(m['partners']) or '-'),
              '- **Periode:** %s' % m['period'], '',
              m['description'], '']
    L += ['## Oppsummering', '', '| Tiltak | Delmål |', '|---|---|']
    for m in f['measures']:
        L.append('| %s | %s |' % (m['title'], ', '.join(m['delmal'])))
    L += ['', '> Kontakt: post@vofo.no']
    for ln in L:
        para(d, ln, space_after=0)
    d.save(path)

# ------------------------------------------------------------------ YS 2021 type groups
TYPE_GROUPS = [('Kurs/utdanning', 'Kurs og opplæring'), ('FoU', 'Forskning og utvikling'),
               ('Råd/utvalg/nettverk', 'Råd, utvalg og nettverk'), ('Annet', 'Andre tiltak')]


def type_group_headings_with_counts(f, path):
    d = new_doc('Calibri', 10.5)
    para(d, 'YS', bold=True, size=26, color='00306E')
    d.add_heading('Rapportering 2021 – tiltak ordnet etter type', level=1)
    para(d, 'YS rapporterer fem tiltak i 2021. Fire av dem er videreført fra tidligere år.')
    n = 0
    for t, label in TYPE_GROUPS:
        ms = [m for m in f['measures'] if m['type'] == t]
        if not ms:
            continue
        d.add_heading('%s (%d %s)' % (label, len(ms), 'tiltak'), level=2)
        for m in ms:
            n += 1
            p = para(d, '', space_after=2); run(p, '%d.  ' % n, bold=True); run(p, m['title'], bold=True)
            for lab, val in [('Delmål', '; '.join('%s %s' % (c, DELMAL_TEXT[c].split(' og ')[0].lower() if False else
                                                              {'2.1': '– Digital kompetanse', '2.2': '– Kunnskapsgrunnlag',
                                                               '1.4': '– Utdanning og arbeidsliv', '2.3': '– Yrkesfag',
                                                               '1.1': '– KBU'}[c]) for c in m['delmal'])),
                             ('Ansvarlig', m['responsible']), ('Partnere', pj(m['partners']) or '–'), ('Periode', m['period'])]:
                p = para(d, '', space_after=0)
                p.paragraph_format.left_indent = Mm(30); p.paragraph_format.first_line_indent = Mm(-24)
                run(p, lab + '\t', small_caps=True, size=9.5, color='555555'); run(p, val, size=9.5)
            p = para(d, m['description']); p.paragraph_format.left_indent = Mm(6)
    d.save(path)

# ------------------------------------------------------------------ Vestland 2022 saksframlegg (nynorsk)
def saksframlegg_politisk_sak(f, path):
    d = new_doc('Arial', 10)
    para(d, 'Vestland fylkeskommune', bold=True, size=12)
    para(d, 'SAKSFRAMLEGG', bold=True, size=14)
    t = d.add_table(rows=4, cols=4); t.style = 'Table Grid'
    for r, (a, b, c, e) in enumerate([('Saksbehandlar:', 'Ingrid Tveit', 'Arkivsak:', '2022/41387-3'),
                                      ('Utval', 'Møtedato', 'Utvalssak', ''),
                                      ('Utval for opplæring og kompetanse', '15.11.2022', '', ''),
                                      ('Fylkesutvalet', '24.11.2022', '', '')]):
        for i, v in enumerate((a, b, c, e)):
            cell_text(t.rows[r].cells[i], v, bold=(r == 1), size=9)
    para(d, '')
    para(d, 'Rapport til Kompetansepolitisk råd 2022', bold=True, size=14)
    para(d, 'Fylkesdirektøren rår utval for opplæring og kompetanse til å gjere slikt vedtak:', bold=True)
    para(d, '1. Utvalet tek rapporten til Kompetansepolitisk råd 2022 til orientering.')
    para(d, '2. Rapporten vert send til Kunnskapsdepartementet innan 1. desember 2022.')
    para(d, 'Samandrag', bold=True, size=12)
    para(d, 'Vestland fylkeskommune rapporterer sju tiltak i 2022. Tiltaka følgjer opp Regional plan for kompetanse og '
            'arbeidskraft og delmåla i den nasjonale kompetansepolitiske strategien.')
    para(d, 'Saksopplysningar', bold=True, size=12)
    para(d, 'Tabellen under viser tiltaka slik dei vert rapporterte til rådet.')
    t = d.add_table(rows=1, cols=6); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['Tiltak', 'Delmål', 'Type tiltak', 'Ansvarleg og samarbeidspartnarar', 'Periode', 'Omtale']):
        cell_text(c, h, bold=True, size=8.5); shade(c, 'E2EFD9')
    tn = {'Kurs/utdanning': 'Kurs/utdanning', 'Råd/utvalg/nettverk': 'Råd/utval/nettverk', 'Prosjekt': 'Prosjekt', 'Annet': 'Tilskotsordning'}
    for m in f['measures']:
        r = t.add_row().cells
        cell_text(r[0], m['title'], size=8.5, bold=True); cell_text(r[1], ', '.join(m['delmal']), size=8.5)
        cell_text(r[2], tn[m['type']], size=8.5)
        cell_text(r[3], m['responsible'] + ('; ' + pj(m['partners']) if m['partners'] else ''), size=8.5)
        cell_text(r[4], m['period'], size=8.5); cell_text(r[5], m['description'], size=8.5)
    set_widths(t, [38, 14, 22, 36, 18, 38])
    para(d, '')
    para(d, 'Vurdering', bold=True, size=12)
    para(d, 'Fylkesdirektøren meiner rapporteringa gjev eit godt bilete av innsatsen. Arbeidet med fagbrev på jobb og '
            'Sogn og Fjordane-modellen har gode resultat, og bør vidareførast.')
    para(d, 'Økonomiske konsekvensar: ingen. Klima: ingen.', italic=True)
    para(d, 'Vedlegg: 1 Regional plan for kompetanse og arbeidskraft 2021–2024 (ikkje trykt)', italic=True, size=9)
    d.save(path)

# ------------------------------------------------------------------ LO 2023 before/after
def before_after_comparison_table(f, path):
    d = new_doc('Arial', 9.5, landscape=True)
    para(d, 'LO – Landsorganisasjonen i Norge', bold=True, size=11, color='C8102E')
    para(d, 'Rapport til Kompetansepolitisk råd 2023: hva har endret seg siden 2018?', bold=True, size=15)
    para(d, 'LO rapporterte sist i 2018. Tabellen viser navnet tiltaket hadde i forrige rapport (grå kolonne) og navnet i år. '
            'Kolonnen til høyre beskriver endringen. Nye tiltak har ingen tidligere navn.')
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for c, h in zip(t.rows[0].cells, ['Rapportert 2018 som', 'Tiltak 2023', 'Delmål', 'Type', 'Ansvarlig / partnere', 'Periode',
                                      'Hva er endret']):
        cell_text(c, h, bold=True, size=8.5); shade(c, 'F2C7CF')
    for m in f['measures']:
        r = t.add_row().cells
        cell_text(r[0], m['prev'] or '—', italic=True, size=8.5, color='808080'); shade(r[0], 'EEEEEE')
        cell_text(r[1], m['title'], bold=True, size=9)
        r[1].add_paragraph().add_run(m['description']).font.size = Pt(8)
        cell_text(r[2], ', '.join(m['delmal']), size=8.5); cell_text(r[3], m['type'], size=8.5)
        cell_text(r[4], m['responsible'] + ' / ' + (pj(m['partners']) or '–'), size=8.5)
        cell_text(r[5], m['period'], size=8.5); cell_text(r[6], m['change'], size=8.5)
    r = t.add_row().cells
    mrg = r[0].merge(r[6]); cell_text(mrg, 'Avsluttet siden 2018 (rapporteres ikke i år)', bold=True, size=8.5); shade(mrg, 'DDDDDD')
    for old, why in [('Arrangement under Arendalsuka 2018 om fornyelse av ansattes kompetanse', 'Enkeltarrangement, gjennomført'),
                     ('Yrkesfagenes år 2018', 'Kampanjen ble avsluttet i 2018'),
                     ('Innspill til Virkes modell for verdsetting av realkompetanse («Balansekunst»)', 'Rapport levert 2018')]:
        r = t.add_row().cells
        cell_text(r[0], old, italic=True, size=8.5, color='808080'); shade(r[0], 'EEEEEE')
        cell_text(r[1], '—', size=8.5); cell_text(r[6], why, size=8.5)
    set_widths(t, [42, 62, 16, 28, 45, 22, 38])
    para(d, '')
    para(d, 'Antall tiltak i 2023: 9 (6 videreført, 3 nye).', italic=True, size=9)
    d.save(path)

# ------------------------------------------------------------------ KS 2024 prosjektmandater
def prosjektmandat_sections(f, path):
    d = new_doc('Calibri', 10.5)
    para(d, 'KS', bold=True, size=28, color='E06C00')
    para(d, 'Rapportering til Kompetansepolitisk råd 2024', bold=True, size=16)
    para(d, 'KS rapporterer i år ved å legge ved prosjektmandatene for tiltakene. Mandatene er forkortet.')
    for i, m in enumerate(f['measures']):
        if i:
            d.add_page_break()
        p = para(d, ''); run(p, 'Prosjektmandat: ', size=16, color='808080'); run(p, m['title'], bold=True, size=16)
        t = d.add_table(rows=1, cols=3); t.style = 'Table Grid'
        for c, h in zip(t.rows[0].cells, ['Versjon 1.%d' % (i + 1), 'Godkjent av direktørmøtet', 'Dato: %02d.03.2024' % (i + 4)]):
            cell_text(c, h, size=8, color='666666')
        d.add_heading('1 Bakgrunn', level=3); para(d, m['description'])
        d.add_heading('2 Mål og effekt', level=3)
        para(d, 'Tiltaket skal bidra til bedre kompetanseutvikling i kommunesektoren. Effekten måles i KS\u2019 årlige rapportering.')
        d.add_heading('3 Organisering', level=3)
        for lab, val in [('Prosjekteier', m['responsible']), ('Prosjektleder', 'avdeling for arbeidsgiverpolitikk'),
                         ('Samarbeidspartnere / styringsgruppe', pj(m['partners']) or '–'), ('Type', m['type'])]:
            p = para(d, '', style='List Bullet'); run(p, lab + ': ', bold=True); run(p, val)
        d.add_heading('4 Tidsplan', level=3); para(d, m['period'])
        d.add_heading('5 Kobling til NKPS', level=3)
        para(d, '; '.join('delmål %s (%s)' % (c, DELMAL_TEXT[c][0].lower() + DELMAL_TEXT[c][1:]) for c in m['delmal']))
    d.save(path)

# ------------------------------------------------------------------ Trøndelag 2025 tree
def tree_connector_outline(f, path):
    d = new_doc('DejaVu Sans Mono', 8)
    para(d, 'Trøndelag fylkeskommune – Trööndelagen fylkentjïelte', font='Arial', bold=True, size=13)
    para(d, 'Tiltakstre 2025: fylkeskommunens kompetansetiltak', font='Arial', bold=True, size=11)
    para(d, 'Tegnforklaring: ◉ = tiltak, ○ = felt. Treet er eksportert fra planverktøyet og limt inn.', font='Arial', italic=True, size=9)
    lines = ['NKPS-tiltak 2025 (Trøndelag)']
    areas = [('1', 'Gode valg for den enkelte og for samfunnet'), ('2', 'Læring i arbeidslivet')]
    for ai, (a, name) in enumerate(areas):
        last_a = ai == len(areas) - 1
        pa = '└── ' if last_a else '├── '
        lines.append(pa + 'Innsatsområde %s: %s' % (a, name))
        cont = '    ' if last_a else '│   '
        ms = [m for m in f['measures'] if m['delmal'][0][0] == a]
        for mi, m in enumerate(ms):
            last_m = mi == len(ms) - 1
            lines.append(cont + ('└── ' if last_m else '├── ') + '◉ ' + m['title'])
            c2 = cont + ('    ' if last_m else '│   ')
            fields = [('Delmål', ', '.join(m['delmal'])), ('Type', m['type']), ('Ansvarlig', m['responsible']),
                      ('Partnere', pj(m['partners']) or '–'), ('Periode', m['period']), ('Om', m['description'])]
            for fi, (lab, val) in enumerate(fields):
                lines.append(c2 + ('└─ ' if fi == len(fields) - 1 else '├─ ') + '○ %s: %s' % (lab, val))
    lines.append('')
    lines.append('Sist oppdatert: 28.11.2025 (planverktøyet, eksport v2.3)')
    for ln in lines:
        para(d, ln, space_after=0)
    d.save(path)

# ------------------------------------------------------------------ Spekter 2026 self declaration (no measures)
def self_declaration_signature_form(f, path):
    d = new_doc('Calibri', 10.5)
    para(d, 'Spekter', bold=True, size=22, color='00594F')
    para(d, 'Egenerklæring – rapportering til Kompetansepolitisk råd 2026', bold=True, size=14)
    t = d.add_table(rows=3, cols=2); t.style = 'Table Grid'
    for r, (a, b) in enumerate([('Rådsmedlem', 'Spekter'), ('Rapporteringsår', '2026'), ('Kontaktperson', 'Direktør for kompetanse og utdanning')]):
        cell_text(t.rows[r].cells[0], a, bold=True); cell_text(t.rows[r].cells[1], b)
    para(d, '')
    para(d, 'Kryss av for det som gjelder:', bold=True)
    para(d, '☐  Vi rapporterer nye tiltak (bruk rapporteringsmalen)')
    para(d, '☒  Ingen nye tiltak – tiltak rapportert tidligere år videreføres uten vesentlige endringer')
    para(d, '☐  Vi ønsker å avslutte tidligere rapporterte tiltak')
    para(d, 'Prioriterte tema for Spekter i 2026 (orientering, ikke tiltak):', bold=True)
    for x in ['Rekruttering av helsefagarbeidere og lærlinger i spesialisthelsetjenesten',
              'Kompetanse for omstilling til digitale arbeidsformer i sykehusene',
              'Dialog med partene om videreutdanning for sykepleiere']:
        para(d, x, style='List Bullet')
    para(d, '')
    para(d, 'Vi bekrefter at opplysningene er korrekte.')
    t = d.add_table(rows=2, cols=2)
    cell_text(t.rows[0].cells[0], 'Sted/dato: Oslo, 20.01.2026'); cell_text(t.rows[0].cells[1], '______________________________')
    cell_text(t.rows[1].cells[0], ''); cell_text(t.rows[1].cells[1], 'Administrerende direktør, Spekter')
    d.save(path)


TEMPLATES = {k: globals()[k] for k in (
    'cross_reference_letters', 'research_abstract_format', 'icon_legend_type_symbols', 'alphabetical_directory',
    'raw_markdown_pasted', 'type_group_headings_with_counts', 'saksframlegg_politisk_sak', 'before_after_comparison_table',
    'prosjektmandat_sections', 'tree_connector_outline', 'self_declaration_signature_form')}
