"""reportlab helpers for batch match38"""
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.pdfmetrics import registerFontFamily, stringWidth
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT, TA_CENTER
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                KeepTogether, CondPageBreak, ListFlowable, ListItem)
from xml.sax.saxutils import escape as _esc

_F = '/usr/share/fonts/truetype/'
for name, path in [('Sans', 'liberation/LiberationSans-Regular.ttf'), ('Sans-B', 'liberation/LiberationSans-Bold.ttf'),
                   ('Sans-I', 'liberation/LiberationSans-Italic.ttf'), ('Sans-BI', 'liberation/LiberationSans-BoldItalic.ttf'),
                   ('Serif', 'liberation/LiberationSerif-Regular.ttf'), ('Serif-B', 'liberation/LiberationSerif-Bold.ttf'),
                   ('Serif-I', 'liberation/LiberationSerif-Italic.ttf'), ('Serif-BI', 'liberation/LiberationSerif-BoldItalic.ttf'),
                   ('Narrow', 'liberation/LiberationSansNarrow-Regular.ttf'), ('Narrow-B', 'liberation/LiberationSansNarrow-Bold.ttf'),
                   ('Narrow-I', 'liberation/LiberationSansNarrow-Italic.ttf'), ('Narrow-BI', 'liberation/LiberationSansNarrow-BoldItalic.ttf'),
                   ('Mono', 'dejavu/DejaVuSansMono.ttf'), ('Mono-B', 'dejavu/DejaVuSansMono-Bold.ttf')]:
    pdfmetrics.registerFont(TTFont(name, _F + path))
registerFontFamily('Sans', normal='Sans', bold='Sans-B', italic='Sans-I', boldItalic='Sans-BI')
registerFontFamily('Serif', normal='Serif', bold='Serif-B', italic='Serif-I', boldItalic='Serif-BI')
registerFontFamily('Narrow', normal='Narrow', bold='Narrow-B', italic='Narrow-I', boldItalic='Narrow-BI')
registerFontFamily('Mono', normal='Mono', bold='Mono-B', italic='Mono', boldItalic='Mono-B')


def esc(s):
    return _esc(s)


def st(name, font='Sans', size=10, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25, **kw)


BODY = st('body', spaceAfter=5)
SMALL = st('small', size=8.5)
H1 = st('h1', 'Sans-B', 16, spaceAfter=8, spaceBefore=4)
H2 = st('h2', 'Sans-B', 13, spaceAfter=5, spaceBefore=8)
H3 = st('h3', 'Sans-B', 11, spaceAfter=3, spaceBefore=7)
CELL = st('cell', size=8.5, lead=10.5)
CELLB = st('cellb', 'Sans-B', 8.5, lead=10.5)


def P(text, style=BODY):
    return Paragraph(text, style)


def build(path, story, header=None, footer=None, pagesize=A4, margins=(20, 20, 22, 20), title=''):
    """header/footer: callables (canvas, page_no, width, height). margins in mm: left, right, top, bottom"""
    l, r, t, b = margins
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=l * mm, rightMargin=r * mm,
                            topMargin=t * mm, bottomMargin=b * mm, title=title, author='')

    def deco(c, d):
        w, h = pagesize
        c.saveState()
        if header: header(c, d.page, w, h)
        if footer: footer(c, d.page, w, h)
        c.restoreState()
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def grid(data, widths, header_rows=1, repeat=1, bg=colors.HexColor('#d9e2f3'), extra=None, fs=CELL, hfs=CELLB,
         grid_col=colors.grey, lw=0.4, split=True):
    rows = []
    for i, r in enumerate(data):
        rows.append([c if not isinstance(c, str) else Paragraph(c, hfs if i < header_rows else fs) for c in r])
    t = Table(rows, colWidths=widths, repeatRows=repeat, splitInRow=1 if split else 0)
    style = [('GRID', (0, 0), (-1, -1), lw, grid_col), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
             ('LEFTPADDING', (0, 0), (-1, -1), 3), ('RIGHTPADDING', (0, 0), (-1, -1), 3)]
    if header_rows and bg is not None:
        style.append(('BACKGROUND', (0, 0), (-1, header_rows - 1), bg))
    if extra:
        style += extra
    t.setStyle(TableStyle(style))
    return t


def br(lines):
    return '<br/>'.join(esc(x) for x in lines)
