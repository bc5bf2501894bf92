# -*- coding: utf-8 -*-
"""PDF templates (reportlab) for batch match22."""
import math
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether,
                                Flowable)
from reportlab.pdfgen import canvas as rl_canvas
from .data import OLD, STRATEGY_TILTAK, DELMAL_TEXT

D = '/usr/share/fonts/truetype/dejavu/'
L = '/usr/share/fonts/truetype/liberation/'
_fonts = {
    'Sans': D + 'DejaVuSans.ttf', 'Sans-B': D + 'DejaVuSans-Bold.ttf', 'Sans-I': D + 'DejaVuSans-Oblique.ttf',
    'Sans-BI': D + 'DejaVuSans-BoldOblique.ttf', 'Serif': D + 'DejaVuSerif.ttf', 'Serif-B': D + 'DejaVuSerif-Bold.ttf',
    'Serif-I': D + 'DejaVuSerif-Italic.ttf', 'Mono': D + 'DejaVuSansMono.ttf', 'Cond': D + 'DejaVuSansCondensed.ttf',
    'Cond-B': D + 'DejaVuSansCondensed-Bold.ttf', 'Hand': D + 'DejaVuSansCondensed-Oblique.ttf',
    'Narrow': L + 'LiberationSansNarrow-Regular.ttf', 'Narrow-B': L + 'LiberationSansNarrow-Bold.ttf',
    'Lib': L + 'LiberationSans-Regular.ttf', 'Lib-B': L + 'LiberationSans-Bold.ttf', 'Lib-I': L + 'LiberationSans-Italic.ttf',
}
for n, p in _fonts.items():
    pdfmetrics.registerFont(TTFont(n, p))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily('Sans', normal='Sans', bold='Sans-B', italic='Sans-I', boldItalic='Sans-BI')
registerFontFamily('Serif', normal='Serif', bold='Serif-B', italic='Serif-I', boldItalic='Serif-B')
registerFontFamily('Lib', normal='Lib', bold='Lib-B', italic='Lib-I', boldItalic='Lib-B')
registerFontFamily('Cond', normal='Cond', bold='Cond-B', italic='Hand', boldItalic='Cond-B')


def S(name, font='Sans', size=9.5, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3, **kw)


def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def pj(ps):
    return ', '.join(ps)


def codes(m):
    return ', '.join(m['delmal'])

# ------------------------------------------------------------------ 1 YS 2017
def strategy_quote_then_response(f, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title='YS – oppfølging av NKPS 2017')
    h1 = S('h1', 'Serif-B', 17, spaceAfter=8)
    body = S('b', 'Serif', 10.5, spaceAfter=6)
    quote = S('q', 'Serif-I', 9.5, textColor=colors.HexColor('#444444'))
    small = S('s', 'Sans', 8.5, textColor=colors.HexColor('#333333'), spaceAfter=3)
    st = []
    st.append(Paragraph('YS – Yrkesorganisasjonenes Sentralforbund', S('k', 'Sans-B', 9, textColor=colors.HexColor('#9b1c31'))))
    st.append(Paragraph('Oppfølging av Nasjonal kompetansepolitisk strategi 2017', h1))
    st.append(Paragraph('Til Kompetansepolitisk råd v/ Kunnskapsdepartementet. YS har valgt å svare med utgangspunkt i '
                        'strategiens nummererte tiltak. For hvert punkt siterer vi strategien og beskriver deretter hva YS gjør.', body))
    st.append(Paragraph('Oppsummert: YS har seks tiltak i 2017, de fleste knyttet til læring i arbeidslivet og til '
                        'partssamarbeidet om fag- og yrkesopplæringen.', body))
    st.append(Spacer(1, 6))
    for i, m in enumerate(f['measures']):
        nums = [OLD[c] for c in m['delmal']]
        qn = nums[0]
        qt = Table([[Paragraph('Strategien, tiltak %d: «%s»' % (qn, esc(STRATEGY_TILTAK[qn])), quote)]],
                   colWidths=[150 * mm])
        qt.setStyle(TableStyle([('LINEBEFORE', (0, 0), (0, 0), 3, colors.HexColor('#bbbbbb')),
                                ('LEFTPADDING', (0, 0), (-1, -1), 8), ('BACKGROUND', (0, 0), (-1, -1), colors.HexColor('#f4f4f4'))]))
        nr = ' og '.join(str(n) for n in nums)
        block = [qt, Spacer(1, 4),
                 Paragraph('<b>YS følger opp:</b> <b>%s</b> (NKPS tiltak %s)' % (esc(m['title']), nr), body),
                 Paragraph(esc(m['description']), body),
                 Paragraph('Ansvarlig: %s &nbsp;&nbsp;|&nbsp;&nbsp; Samarbeid: %s &nbsp;&nbsp;|&nbsp;&nbsp; Tidsrom: %s'
                           % (esc(m['responsible']), esc(pj(m['partners'])) or '–', esc(m['period'])), small),
                 Spacer(1, 10)]
        st.append(KeepTogether(block))
    st.append(Paragraph('Kontaktperson i YS: seniorrådgiver Kari Nordmann, tlf. 22 00 00 00', small))
    doc.build(st)

# ------------------------------------------------------------------ 2 LO 2018
def ditto_marks_table(f, path):
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=14 * mm, rightMargin=14 * mm, topMargin=16 * mm,
                            bottomMargin=14 * mm, title='LO tiltaksoversikt 2018')
    cell = S('c', 'Lib', 8.5, 10.5)
    head = S('h', 'Lib-B', 8.5, 10.5, textColor=colors.white)
    st = [Paragraph('LOs rapportering til Kompetansepolitisk råd 2018', S('t', 'Lib-B', 15, spaceAfter=4)),
          Paragraph('Oversikten er sortert etter delmål. Der en verdi er den samme som i raden over, er den markert med '
                    '\u201d (gjentakelsestegn).', S('i', 'Lib-I', 9, spaceAfter=8))]
    rows = [[Paragraph(x, head) for x in ['Delmål', 'Tiltak', 'Type', 'Ansvarlig', 'Samarbeidspartnere', 'Tidsrom', 'Kort omtale']]]
    prev = {}
    ditto = ['\u201d', '«–»', '\u201d', '\u201d']
    for i, m in enumerate(f['measures']):
        vals = {'d': ', '.join(m['delmal']), 't': m['type'] if m['type'] != 'Annet' else 'Kampanje',
                'a': m['responsible'], 'p': pj(m['partners'])}
        shown = {}
        for k, v in vals.items():
            shown[k] = ditto[i % 4] if prev.get(k) == v and v else v
        prev = vals
        rows.append([Paragraph(esc(shown['d']), cell), Paragraph(esc(m['title']), S('cb', 'Lib-B', 8.5, 10.5)),
                     Paragraph(esc(shown['t']), cell), Paragraph(esc(shown['a']), cell),
                     Paragraph(esc(shown['p']) or '–', cell), Paragraph(esc(m['period']), cell),
                     Paragraph(esc(m['description']), cell)])
    t = Table(rows, colWidths=[18 * mm, 58 * mm, 28 * mm, 30 * mm, 42 * mm, 24 * mm, 68 * mm], repeatRows=1)
    t.setStyle(TableStyle([('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#c8102e')),
                           ('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#999999')),
                           ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st.append(t)
    st.append(Spacer(1, 8))
    st.append(Paragraph('Sum: 10 tiltak. Spørsmål om oversikten kan rettes til LOs avdeling for utdanning.', cell))
    doc.build(st)

# ------------------------------------------------------------------ 3 KD 2019
def prop1s_kapittel_post(f, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=22 * mm,
                            bottomMargin=22 * mm, title='Kunnskapsdepartementet – rapport NKPS 2019')
    kap = S('kap', 'Serif-B', 13, spaceBefore=10, spaceAfter=4)
    post = S('post', 'Serif-B', 10.5, spaceBefore=6, spaceAfter=3)
    sub = S('sub', 'Serif-I', 10.5, spaceBefore=6, spaceAfter=1)
    body = S('b', 'Serif', 10, spaceAfter=4)
    bid = S('bid', 'Serif', 9, textColor=colors.HexColor('#333333'), spaceAfter=4)
    st = [Paragraph('Kunnskapsdepartementet', S('x', 'Serif', 10)),
          Paragraph('Rapportering til Kompetansepolitisk råd 2019', S('t', 'Serif-B', 18, spaceAfter=6)),
          Paragraph('Rapporten følger kapittelstrukturen i Prop. 1 S (2019–2020). Under hvert budsjettkapittel gis først '
                    'bevilgningen og deretter rapport for 2018–2019 om tiltak som følger opp strategien.', body)]
    groups = [
        ('Kap. 258 Analyse og kunnskapsgrunnlag', 'Post 21 Spesielle driftsutgifter', '41 250', ['KBU', 'DIGIGRP', 'EVU_UTV']),
        ('Kap. 257 Kompetanseutvikling m.m.', 'Post 70 Tilskudd', '386 900', ['FLEKS', 'BRP', 'KVALRAMME', 'DIGIKARR']),
        ('Kap. 225 Tiltak i grunnopplæringen', 'Post 64 Tilskudd til opplæring m.m.', '212 400', ['SAMK1', 'YRKESAAR', 'MODULPILOT']),
    ]
    byk = {m['key']: m for m in f['measures']}
    for kp, ps, amount, keys in groups:
        st.append(Paragraph(kp, kap))
        bt = Table([['Post', 'Betegnelse', 'Regnskap 2018', 'Saldert 2019', 'Forslag 2020'],
                    [ps.split()[1], ' '.join(ps.split()[2:]), amount, str(int(amount.replace(' ', '')) + 3120)[:-3] + ' ' + str(int(amount.replace(' ', '')) + 3120)[-3:], '–']],
                   colWidths=[14 * mm, 62 * mm, 26 * mm, 26 * mm, 26 * mm])
        bt.setStyle(TableStyle([('FONT', (0, 0), (-1, -1), 'Serif', 8.5), ('FONT', (0, 0), (-1, 0), 'Serif-B', 8.5),
                                ('LINEBELOW', (0, 0), (-1, 0), 0.6, colors.black), ('LINEBELOW', (0, -1), (-1, -1), 0.6, colors.black),
                                ('ALIGN', (2, 0), (-1, -1), 'RIGHT')]))
        st.append(Paragraph('(i 1 000 kr)', S('u', 'Serif-I', 8)))
        st.append(bt)
        st.append(Paragraph(ps, post))
        st.append(Paragraph('Rapport for 2018', S('r', 'Serif-B', 10, spaceBefore=4, spaceAfter=2)))
        for k in keys:
            m = byk[k]
            st.append(Paragraph(esc(m['title']), sub))
            st.append(Paragraph(esc(m['description']) + ' Ansvarlig: %s. Samarbeid med %s. Periode: %s.'
                                % (esc(m['responsible']), esc(pj(m['partners'])), esc(m['period'])), body))
            dm = m['delmal']
            st.append(Paragraph('Bidrar til delmål %s. Tiltakstype: %s.' % (' og '.join(dm), m['type']), bid))
    st.append(Paragraph('Mål for 2020', kap))
    st.append(Paragraph('Departementet vil i 2020 prioritere oppfølgingen av kompetansereformen Lære hele livet og '
                        'arbeidet med en ny stortingsmelding om fagskolene.', body))
    doc.build(st)

# ------------------------------------------------------------------ 4 Vestfold og Telemark 2020 (nynorsk post-it)
def workshop_postit_clusters(f, path):
    W, H = landscape(A4)
    c = rl_canvas.Canvas(path, pagesize=(W, H))
    c.setTitle('Verkstad kompetanse 2020')
    c.setFont('Sans-B', 16)
    c.drawString(20 * mm, H - 18 * mm, 'Resultat frå verkstaden «Kompetanse i Vestfold og Telemark» – tiltak 2020')
    c.setFont('Sans', 8.5)
    c.drawString(20 * mm, H - 24 * mm, 'Vestfold og Telemark fylkeskommune · Rapport til Kompetansepolitisk råd · Lappane er skrivne av på nytt etter verkstaden 2. oktober 2020.')
    cols = ['#fff59d', '#a5d6a7', '#90caf9', '#ffcc80', '#f48fb1']
    clusters = {}
    for m in f['measures']:
        clusters.setdefault(m['delmal'][0], []).append(m)
    y = H - 36 * mm
    x_positions = [22 * mm, 120 * mm, 60 * mm, 150 * mm, 35 * mm]
    i = 0
    from reportlab.lib.utils import simpleSplit
    NW = 112 * mm
    def note_lines(m):
        tl = simpleSplit(m['title'], 'Hand', 12, NW - 6 * mm)
        extra = (' · òg delmål ' + ', '.join(m['delmal'][1:])) if len(m['delmal']) > 1 else ''
        fl = simpleSplit('%s · Ansvar: %s · Med: %s · Tid: %s%s' % (m['type'].replace('utvalg', 'utval'), m['responsible'],
                                                                    pj(m['partners']) or '–', m['period'], extra),
                         'Sans', 6.5, NW - 6 * mm)
        dl = simpleSplit(m['description'], 'Sans', 6.5, NW - 6 * mm)
        return tl, fl + dl
    for code, ms in clusters.items():
        need = 8 * mm + sum(len(note_lines(m)[0]) * 5 * mm + len(note_lines(m)[1]) * 3 * mm + 8 * mm for m in ms)
        if y - need < 15 * mm:
            c.showPage(); y = H - 20 * mm
        c.setFont('Sans-B', 10)
        c.setFillColor(colors.HexColor('#444444'))
        c.drawString(18 * mm, y, 'DELMÅL %s – %s' % (code, {'1.3': 'karriererettleiing', '1.2': 'regional samordning',
                                                              '1.4': 'utdanning og arbeidsliv'}.get(code, '')))
        y -= 3 * mm
        for m in ms:
            x = x_positions[i % 5]
            tl, fl = note_lines(m)
            nh = len(tl) * 5 * mm + len(fl) * 3 * mm + 5 * mm
            y -= nh + 3 * mm
            c.setFillColor(colors.HexColor(cols[i % 5]))
            c.saveState(); c.translate(x, y); c.rotate([-1, 0.8, -0.6, 1, 0][i % 5])
            c.rect(0, 0, NW, nh, fill=1, stroke=0)
            c.setFillColor(colors.HexColor('#1a1a1a'))
            ty = nh - 5.5 * mm
            c.setFont('Hand', 12)
            for ln in tl:
                c.drawString(3 * mm, ty, ln); ty -= 5 * mm
            c.setFont('Sans', 6.5)
            ty -= 0.5 * mm
            for ln in fl:
                c.drawString(3 * mm, ty, ln); ty -= 3 * mm
            c.restoreState()
            i += 1
        y -= 7 * mm
    # parking-lot note (not a measure)
    c.setFillColor(colors.HexColor('#e0e0e0'))
    c.rect(205 * mm, 20 * mm, 70 * mm, 22 * mm, fill=1, stroke=0)
    c.setFillColor(colors.black); c.setFont('Hand', 11)
    c.drawString(208 * mm, 35 * mm, 'PARKERINGSPLASS:')
    c.drawString(208 * mm, 29 * mm, 'felles kurskalender? (ikkje avklart)')
    c.setFont('Sans', 6.5)
    c.drawString(208 * mm, 23 * mm, 'Foto av veggen: Vestfold og Telemark fylkeskommune')
    c.showPage()
    c.save()

# ------------------------------------------------------------------ 5 Innlandet 2021 chevrons
class Chevrons(Flowable):
    def __init__(self, items, width=165 * mm, height=17 * mm):
        super().__init__(); self.items = items; self.w = width; self.h = height
    def wrap(self, aw, ah):
        return self.w, self.h
    def draw(self):
        c = self.canv
        n = len(self.items); seg = self.w / n; tip = 5 * mm
        from reportlab.lib.utils import simpleSplit
        for i, (lab, val) in enumerate(self.items):
            x = i * seg
            p = c.beginPath()
            p.moveTo(x, 0); p.lineTo(x + seg - 1 * mm, 0); p.lineTo(x + seg - 1 * mm + tip, self.h / 2)
            p.lineTo(x + seg - 1 * mm, self.h); p.lineTo(x, self.h)
            if i: p.lineTo(x + tip, self.h / 2)
            p.close()
            c.setFillColor(colors.HexColor(['#00543c', '#2e7d5b', '#4f9d77', '#7bbf97'][i]))
            c.drawPath(p, fill=1, stroke=0)
            c.setFillColor(colors.white); c.setFont('Sans-B', 6.5)
            c.drawString(x + tip + 1.5 * mm, self.h - 4 * mm, lab)
            c.setFont('Sans', 7)
            yy = self.h - 7.5 * mm
            for ln in simpleSplit(val, 'Sans', 7, seg - tip - 4 * mm)[:3]:
                c.drawString(x + tip + 1.5 * mm, yy, ln); yy -= 3 * mm


def chevron_process_rows(f, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title='Innlandet fylkeskommune – tiltak 2021')
    st = [Paragraph('Innlandet fylkeskommune', S('k', 'Sans-B', 10, textColor=colors.HexColor('#00543c'))),
          Paragraph('Kompetansetiltak 2021 – rapport til Kompetansepolitisk råd', S('t', 'Sans-B', 16, spaceAfter=6)),
          Paragraph('Hvert tiltak vises som en prosesslinje: HVA (type) – HVEM (ansvar og partnere) – NÅR – MÅL (delmål i strategien).',
                    S('i', 'Sans', 9.5, spaceAfter=10))]
    for m in f['measures']:
        st.append(KeepTogether([
            Paragraph(esc(m['title']), S('mt', 'Sans-B', 11.5, spaceBefore=8, spaceAfter=4)),
            Chevrons([('HVA', m['type']), ('HVEM', m['responsible'] + (' med ' + pj(m['partners']) if m['partners'] else '')),
                      ('NÅR', m['period']), ('MÅL', 'Delmål ' + ', '.join(m['delmal']))]),
            Spacer(1, 3),
            Paragraph(esc(m['description']), S('d', 'Sans', 9.5, spaceAfter=6))]))
    st.append(Paragraph('Kontakt: Seksjon for kompetanse og arbeidsliv, Innlandet fylkeskommune.', S('c', 'Sans-I', 8)))
    doc.build(st)

# ------------------------------------------------------------------ 6 HK-dir 2022 RACI
RACI_ORGS = ['KD', 'HK-dir', 'fylkeskommunene', 'NAV', 'UH og fagskoler', 'partene i arbeidslivet', 'VOFO', 'NHO', 'LO', 'Virke']

def _raci_row(m):
    roles = {o: '' for o in RACI_ORGS}
    def put(name, r):
        roles[name] = r
    put(m['responsible'], 'A')
    for p in m['partners']:
        put(p, 'R' if p in ('HK-dir', 'KD') else 'C')
    return roles


def raci_matrix(f, path):
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm, topMargin=14 * mm,
                            bottomMargin=12 * mm, title='HK-dir – RACI for NKPS-tiltak 2022')
    st = [Paragraph('Direktoratet for høyere utdanning og kompetanse (HK-dir)', S('k', 'Sans', 9)),
          Paragraph('Ansvarsmatrise (RACI) for tiltak i oppfølgingen av kompetansestrategien – 2022', S('t', 'Sans-B', 14, spaceAfter=4)),
          Paragraph('A = ansvarlig (eier tiltaket) · R = utfører sammen med eier · C = konsultert/samarbeidspartner · I = holdes informert',
                    S('l', 'Sans', 8.5, spaceAfter=6))]
    hc = S('hc', 'Cond-B', 7.5, 9)
    cc = S('cc', 'Cond', 7.5, 9)
    rows = [[Paragraph(x, hc) for x in ['Nr.', 'Tiltak', 'Delmål', 'Type'] + RACI_ORGS]]
    for i, m in enumerate(f['measures'], 1):
        r = _raci_row(m)
        for o in RACI_ORGS:
            if not r[o] and o in ('KD',):
                r[o] = 'I'
        rows.append([str(i), Paragraph('<b>%s</b>' % esc(m['title']), cc), Paragraph(codes(m), cc), Paragraph(m['type'], cc)]
                    + [r[o] for o in RACI_ORGS])
    t = Table(rows, colWidths=[9 * mm, 62 * mm, 17 * mm, 24 * mm] + [16 * mm] * len(RACI_ORGS), repeatRows=1)
    ts = [('GRID', (0, 0), (-1, -1), 0.3, colors.HexColor('#888888')), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#d9e4f0')),
          ('FONT', (0, 1), (0, -1), 'Cond', 8), ('FONT', (4, 1), (-1, -1), 'Cond-B', 9), ('ALIGN', (4, 1), (-1, -1), 'CENTER'),
          ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]
    for ri in range(1, len(rows)):
        for ci in range(4, 4 + len(RACI_ORGS)):
            v = rows[ri][ci]
            if v == 'A':
                ts.append(('BACKGROUND', (ci, ri), (ci, ri), colors.HexColor('#f4b183')))
    t.setStyle(TableStyle(ts))
    st.append(t)
    st.append(Spacer(1, 8))
    st.append(Paragraph('Merknader til tiltakene', S('mh', 'Sans-B', 10, spaceAfter=3)))
    for i, m in enumerate(f['measures'], 1):
        st.append(Paragraph('%d) %s Tidsrom: %s.' % (i, esc(m['description']), esc(m['period'])), S('n', 'Sans', 8.5, spaceAfter=2)))
    st.append(Spacer(1, 6))
    st.append(Paragraph('Antall tiltak der HK-dir er A: 5 · R: 1', S('n2', 'Sans-I', 8)))
    doc.build(st)

# ------------------------------------------------------------------ 7 NAV 2023 confluence export
def confluence_page_export(f, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
                            bottomMargin=16 * mm, title='NKPS-tiltak 2023 – NAV Kompetanse')
    crumb = S('cr', 'Lib', 8, textColor=colors.HexColor('#5e6c84'))
    h1 = S('h1', 'Lib-B', 18, 22, spaceAfter=2, textColor=colors.HexColor('#172b4d'))
    meta = S('me', 'Lib', 8, textColor=colors.HexColor('#6b778c'), spaceAfter=8)
    body = S('b', 'Lib', 9.5, spaceAfter=4)
    lab = S('lab', 'Lib-B', 8.5)
    val = S('val', 'Lib', 8.5)
    st = [Paragraph('Områder / NAV Kompetanse og kvalifisering / Samarbeid / NKPS-rapportering', crumb),
          Paragraph('NKPS-tiltak 2023', h1),
          Paragraph('Opprettet av Ola Hansen, sist endret av Siri Berg 14. des. 2023', meta),
          Paragraph('Denne siden samler NAVs rapportering til Kompetansepolitisk råd for 2023. Hvert tiltak har egen underside '
                    'med sideegenskaper. Rapporten til rådet eksporteres herfra.', body),
          Paragraph('<b>Sidetre</b>', body)]
    for m in f['measures']:
        st.append(Paragraph('\u2022 ' + esc(m['title'][:48] + ('…' if len(m['title']) > 48 else '')), S('pt', 'Lib', 8.5, leftIndent=8)))
    status_col = {'2023': ('AVSLUTTET', '#dfe1e6'), '2019–2022': ('AVSLUTTET', '#dfe1e6')}
    for m in f['measures']:
        st.append(PageBreak())
        st.append(Paragraph('Områder / NAV Kompetanse og kvalifisering / NKPS-rapportering / NKPS-tiltak 2023', crumb))
        st.append(Paragraph(esc(m['title']), h1))
        st.append(Paragraph('Opprettet av Ola Hansen, sist endret 11. des. 2023', meta))
        stt, colr = status_col.get(m['period'], ('PÅGÅR', '#deebff'))
        pill = Table([[stt]], colWidths=[22 * mm], rowHeights=[5 * mm])
        pill.setStyle(TableStyle([('BACKGROUND', (0, 0), (0, 0), colors.HexColor(colr)), ('FONT', (0, 0), (0, 0), 'Lib-B', 7),
                                  ('ALIGN', (0, 0), (0, 0), 'CENTER'), ('VALIGN', (0, 0), (0, 0), 'MIDDLE')]))
        dm = ', '.join(m['delmal']) if m['delmal'] else '(ikke satt)'
        props = [[Paragraph('Tiltak', lab), Paragraph(esc(m['title']), val)],
                 [Paragraph('Delmål NKPS', lab), Paragraph(dm, val)],
                 [Paragraph('Type', lab), Paragraph(m['type'], val)],
                 [Paragraph('Status', lab), pill],
                 [Paragraph('Eier', lab), Paragraph(esc(m['responsible']), val)],
                 [Paragraph('Samarbeid', lab), Paragraph(esc(pj(m['partners'])) or '–', val)],
                 [Paragraph('Tidsrom', lab), Paragraph(esc(m['period']), val)]]
        t = Table(props, colWidths=[35 * mm, 135 * mm])
        t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.HexColor('#c1c7d0')),
                               ('BACKGROUND', (0, 0), (0, -1), colors.HexColor('#f4f5f7')), ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
        st.append(t)
        st.append(Spacer(1, 6))
        st.append(Paragraph('Beskrivelse', S('h3', 'Lib-B', 11, spaceAfter=2)))
        st.append(Paragraph(esc(m['description']), body))
        st.append(Paragraph('Relaterte sider: Rutine for henvisning · Kontaktpersoner · Møtereferat', crumb))
    doc.build(st)

# ------------------------------------------------------------------ 8 Unio 2024 photo gallery
class Photo(Flowable):
    def __init__(self, w, h, label):
        super().__init__(); self.w = w; self.h = h; self.label = label
    def wrap(self, aw, ah):
        return self.w, self.h
    def draw(self):
        c = self.canv
        c.setFillColor(colors.HexColor('#cfd8dc')); c.rect(0, 0, self.w, self.h, fill=1, stroke=0)
        c.setStrokeColor(colors.HexColor('#90a4ae')); c.line(0, 0, self.w, self.h); c.line(0, self.h, self.w, 0)
        c.setFillColor(colors.HexColor('#546e7a')); c.setFont('Sans', 7); c.drawCentredString(self.w / 2, 4, self.label)


def photo_caption_gallery(f, path):
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title='Unio – året i bilder 2024')
    cap_t = S('ct', 'Sans-B', 10.5, 13)
    cap_d = S('cd', 'Sans-I', 8.5)
    cap = S('cp', 'Sans', 9)
    cred = S('cr', 'Sans', 6.5, textColor=colors.HexColor('#777777'))
    st = [Paragraph('Unio', S('k', 'Sans-B', 11, textColor=colors.HexColor('#005a8c'))),
          Paragraph('Året i bilder 2024 – Unios kompetansearbeid', S('t', 'Sans-B', 18, spaceAfter=6)),
          Photo(174 * mm, 60 * mm, 'forsidebilde'),
          Paragraph('Forsiden: Unios representantskap samlet på Gardermoen i mai. Foto: Unio', cred),
          Spacer(1, 8),
          Paragraph('Bildene under viser Unios tiltak i oppfølgingen av kompetansestrategien i 2024. Under hvert bilde står '
                    'tiltaket, delmålet det bidrar til, og hvem som står bak.', S('i', 'Sans', 9.5, spaceAfter=8))]
    for i, m in enumerate(f['measures']):
        capcell = [Paragraph(esc(m['title']), cap_t), Paragraph('(delmål %s)' % ' og '.join(m['delmal']), cap_d), Spacer(1, 2),
                   Paragraph(esc(m['description']), cap),
                   Paragraph('%s · %s%s · %s' % (m['type'], esc(m['responsible']),
                                                  (' med ' + esc(pj(m['partners']))) if m['partners'] else '', esc(m['period'])), cap_d),
                   Paragraph('Foto: %s' % ['Unio', 'Utdanningsforbundet', 'NSF', 'Unio', 'Tor Stenersen'][i % 5], cred)]
        ph = Photo(78 * mm, 52 * mm, 'bilde %d' % (i + 1))
        row = [ph, capcell] if i % 2 == 0 else [capcell, ph]
        t = Table([row], colWidths=[84 * mm, 90 * mm] if i % 2 == 0 else [90 * mm, 84 * mm])
        t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP')]))
        st.append(t); st.append(Spacer(1, 8))
    doc.build(st)

# ------------------------------------------------------------------ 9 HK-dir 2025 dashboard
def powerbi_dashboard_export(f, path):
    W, H = 338.7 * mm, 190.5 * mm
    doc = SimpleDocTemplate(path, pagesize=(W, H), leftMargin=8 * mm, rightMargin=8 * mm, topMargin=8 * mm,
                            bottomMargin=8 * mm, title='NKPS-oppfølging 2025 – rapport')
    ms = f['measures']
    area = lambda m: m['delmal'][0][0]
    # page 1 : filter pane + cards + matrix
    filt = [Paragraph('<b>Filtre på denne siden</b>', S('f', 'Lib', 8)),
            Paragraph('År: 2025', S('f1', 'Lib', 7.5)), Paragraph('Rapportør: HK-dir', S('f2', 'Lib', 7.5)),
            Paragraph('Delmål: 1.1, 1.3, 2.1, 2.4, 2.5, 3.1, 3.2', S('f3', 'Lib', 7.5)),
            Paragraph('Type tiltak: (Alle)', S('f4', 'Lib', 7.5)), Paragraph('Status: Pågår, Videreført, Nytt', S('f5', 'Lib', 7.5))]
    cards = Table([[Paragraph('<font size=20><b>%d</b></font><br/>Tiltak totalt' % len(ms), S('c1', 'Lib', 8, 22)),
                    Paragraph('<font size=20><b>7</b></font><br/>Videreført fra 2022', S('c2', 'Lib', 8, 22)),
                    Paragraph('<font size=20><b>1</b></font><br/>Nye tiltak', S('c3', 'Lib', 8, 22)),
                    Paragraph('<font size=20><b>3</b></font><br/>Innsatsområder', S('c4', 'Lib', 8, 22))]],
                  colWidths=[52 * mm] * 4, rowHeights=[22 * mm])
    cards.setStyle(TableStyle([('BOX', (0, 0), (0, 0), 0.5, colors.grey), ('BOX', (1, 0), (1, 0), 0.5, colors.grey),
                               ('BOX', (2, 0), (2, 0), 0.5, colors.grey), ('BOX', (3, 0), (3, 0), 0.5, colors.grey),
                               ('VALIGN', (0, 0), (-1, -1), 'MIDDLE')]))
    cs = S('mc', 'Lib', 7.5, 9)
    mrows = [['', Paragraph('<b>Innsatsområde / Tiltak</b>', cs), Paragraph('<b>Delmål</b>', cs), Paragraph('<b>Type</b>', cs),
              Paragraph('<b>Antall</b>', cs)]]
    styles = [('LINEBELOW', (0, 0), (-1, 0), 0.8, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    names = {'1': 'Gode valg for den enkelte og for samfunnet', '2': 'Læring i arbeidslivet',
             '3': 'Styrke kompetansen til voksne med svak tilknytning til arbeidslivet'}
    for a in '123':
        sub = [m for m in ms if area(m) == a]
        mrows.append(['\u229f', Paragraph('<b>%s</b>' % names[a], cs), '', '', Paragraph('<b>%d</b>' % len(sub), cs)])
        styles.append(('BACKGROUND', (0, len(mrows) - 1), (-1, len(mrows) - 1), colors.HexColor('#eef2f7')))
        for m in sub:
            mrows.append(['', Paragraph('&nbsp;&nbsp;&nbsp;' + esc(m['title']), cs), Paragraph(codes(m), cs), Paragraph(m['type'], cs),
                          Paragraph('1', cs)])
    mrows.append(['', Paragraph('<b>Totalt</b>', cs), '', '', Paragraph('<b>%d</b>' % len(ms), cs)])
    styles.append(('LINEABOVE', (0, len(mrows) - 1), (-1, len(mrows) - 1), 0.8, colors.black))
    mt = Table(mrows, colWidths=[5 * mm, 120 * mm, 22 * mm, 30 * mm, 14 * mm])
    mt.setStyle(TableStyle(styles))
    right = [cards, Spacer(1, 5), Paragraph('<b>Tiltak per innsatsområde</b>', S('vt', 'Lib', 9)), Spacer(1, 2), mt]
    page1 = Table([[filt, right]], colWidths=[52 * mm, 262 * mm])
    page1.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('BACKGROUND', (0, 0), (0, 0), colors.HexColor('#f3f2f1'))]))
    st = [Paragraph('NKPS-oppfølging 2025 · HK-dir · Side 1 av 2: Oversikt', S('h', 'Lib-B', 12, spaceAfter=4)), page1, PageBreak(),
          Paragraph('NKPS-oppfølging 2025 · HK-dir · Side 2 av 2: Detaljer', S('h2', 'Lib-B', 12, spaceAfter=4))]
    dc = S('dc', 'Lib', 7, 8.5)
    drows = [[Paragraph('<b>%s</b>' % x, dc) for x in ['Tiltak', 'Ansvarlig', 'Samarbeidspartnere', 'Periode', 'Status', 'Beskrivelse']]]
    for m in ms:
        drows.append([Paragraph(esc(m['title']), dc), Paragraph(esc(m['responsible']), dc), Paragraph(esc(pj(m['partners'])), dc),
                      Paragraph(esc(m['period']), dc), Paragraph('Nytt' if m['key'] == 'MODULNAT' else 'Videreført', dc),
                      Paragraph(esc(m['description']), dc)])
    dt = Table(drows, colWidths=[70 * mm, 25 * mm, 50 * mm, 22 * mm, 20 * mm, 130 * mm], repeatRows=1)
    dt.setStyle(TableStyle([('LINEBELOW', (0, 0), (-1, -1), 0.25, colors.HexColor('#cccccc')), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
    st.append(dt)
    st.append(Spacer(1, 4))
    st.append(Paragraph('Datakilde: HK-dir tiltaksregister · Oppdatert 03.12.2025 12:04', S('ds', 'Lib', 6.5, textColor=colors.grey)))
    doc.build(st)

# ------------------------------------------------------------------ 10 KS 2026 line numbered draft
def line_numbered_draft_watermark(f, path):
    W, H = A4
    c = rl_canvas.Canvas(path, pagesize=A4)
    c.setTitle('UTKAST – KS rapport NKPS 2026')
    from reportlab.lib.utils import simpleSplit
    lines = []  # (font, size, text, gap_before)
    def add(text, font='Serif', size=10.5, gap=0, width=150 * mm):
        first = True
        for ln in simpleSplit(text, font, size, width):
            lines.append((font, size, ln, gap if first else 0)); first = False
    add('UTKAST 2 – ikke til publisering', 'Sans-B', 9)
    add('KS – Kommunesektorens organisasjon', 'Serif-B', 11, 4)
    add('Rapportering til Kompetansepolitisk råd 2026', 'Serif-B', 15, 4)
    add('Dette er andre utkast til KS\u2019 rapport. Tekst i klammer skal fjernes før oversendelse. '
        '[Sjekk tall mot KS Læring-statistikken.]', 'Serif', 10.5, 6)
    for m in f['measures']:
        add('Tiltak: ' + m['title'], 'Serif-B', 11, 10)
        add('Delmål %s · Type: %s · Ansvar: %s · Med: %s · Tid: %s' % (' og '.join(m['delmal']), m['type'], m['responsible'],
                                                                      pj(m['partners']) or '–', m['period']), 'Serif-I', 9.5, 2)
        add(m['description'], 'Serif', 10.5, 2)
    add('Vedlegg (sendes separat): statistikk over lærlinger i kommunesektoren 2024–2026.', 'Serif-I', 9.5, 10)
    y = H - 25 * mm; n = 0; page = 1
    def watermark():
        c.saveState(); c.setFillColor(colors.Color(0.85, 0.85, 0.85)); c.setFont('Sans-B', 90)
        c.translate(W / 2, H / 2); c.rotate(45); c.drawCentredString(0, 0, 'UTKAST'); c.restoreState()
        c.setFont('Sans', 7.5); c.setFillColor(colors.grey)
        c.drawString(30 * mm, 12 * mm, 'KS utkast 2 · 12.01.2026 · side %d' % page)
    watermark()
    for font, size, text, gap in lines:
        y -= gap + size * 1.35
        if y < 22 * mm:
            c.showPage(); page += 1; watermark(); y = H - 25 * mm - size * 1.35
        n += 1
        c.setFont('Mono', 7); c.setFillColor(colors.grey)
        c.drawRightString(24 * mm, y, str(n))
        c.setFont(font, size); c.setFillColor(colors.black)
        c.drawString(30 * mm, y, text)
    c.showPage(); c.save()


TEMPLATES = {k: v for k, v in globals().items() if callable(v) and k in (
    'strategy_quote_then_response', 'ditto_marks_table', 'prop1s_kapittel_post', 'workshop_postit_clusters',
    'chevron_process_rows', 'raci_matrix', 'confluence_page_export', 'photo_caption_gallery', 'powerbi_dashboard_export',
    'line_numbered_draft_watermark')}
