# -*- coding: utf-8 -*-
"""Small helpers for python-docx and reportlab used by make_batch.py."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from xml.sax.saxutils import escape

def add_field(par, instr):
    r = par.add_run()
    def fc(t):
        e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), t); return e
    r._r.append(fc('begin'))
    r2 = par.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' %s ' % instr; r2._r.append(it)
    r3 = par.add_run(); r3._r.append(fc('separate'))
    r4 = par.add_run('1')
    r5 = par.add_run(); r5._r.append(fc('end'))

def new_doc(header=None, footer=None, footer_page=True, font='Calibri', size=11):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    sec = d.sections[0]
    if header:
        hp = sec.header.paragraphs[0]; hp.text = header
        for r in hp.runs: r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if footer is not None:
        fp = sec.footer.paragraphs[0]
        fr = fp.add_run(footer); fr.font.size = Pt(8)
        if footer_page:
            add_field(fp, 'PAGE')
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return d

def para(d, text='', bold=False, italic=False, size=None, style=None, color=None, container=None):
    c = container if container is not None else d
    p = c.add_paragraph(style=style) if style else c.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    return p

def runs(p, parts):
    for t in parts:
        if isinstance(t, str):
            p.add_run(t)
        else:
            txt, fmt = t[0], t[1]
            r = p.add_run(txt)
            r.bold = 'b' in fmt; r.italic = 'i' in fmt
            if 's' in fmt: r.font.size = Pt(8.5)
            if 'g' in fmt: r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    return p

def cell_text(cell, parts_list, size=None):
    """parts_list: list of paragraphs; each paragraph is a str or list of (text, fmt)."""
    cell.text = ''
    first = True
    for pp in parts_list:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(pp, str):
            r = p.add_run(pp)
            if size: r.font.size = Pt(size)
        else:
            runs(p, pp)
            if size:
                for r in p.runs: r.font.size = Pt(size)

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement('w:shd'); s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill)
    tcPr.append(s)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)

def text_dir(cell, val='btLr'):
    tcPr = cell._tc.get_or_add_tcPr()
    e = OxmlElement('w:textDirection'); e.set(qn('w:val'), val); tcPr.append(e)

def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + side); e.set(qn('w:val'), 'nil'); b.append(e)
    tblPr.append(b)

def landscape_section(d, new=True):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.LANDSCAPE
    w, h = s.page_width, s.page_height
    if w < h:
        s.page_width, s.page_height = h, w
    return s

def portrait_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    w, h = s.page_width, s.page_height
    if w > h:
        s.page_width, s.page_height = h, w
    return s

def page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

def toc_field(d, entries):
    """Cached TOC field: entries = list of (text, page)."""
    p = d.add_paragraph()
    def fc(t):
        e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), t); return e
    r = p.add_run(); r._r.append(fc('begin'))
    r = p.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' TOC \\o "1-1" \\h '; r._r.append(it)
    r = p.add_run(); r._r.append(fc('separate'))
    for i, (t, pg) in enumerate(entries):
        if i:
            p = d.add_paragraph()
        p.add_run('%s\t%s' % (t, pg))
    r = p.add_run(); r._r.append(fc('end'))

# ------------------------------------------------------------------ PDF
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm, mm
from reportlab.platypus import (SimpleDocTemplate, BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether, ListFlowable, ListItem, FrameBreak)

SS = getSampleStyleSheet()
def PS(name, **kw):
    base = kw.pop('parent', SS['Normal'])
    return ParagraphStyle(name, parent=base, **kw)
BODY = PS('body', fontName='Helvetica', fontSize=10, leading=13, spaceAfter=5)
SMALL = PS('small', fontName='Helvetica', fontSize=8.5, leading=11, spaceAfter=4, textColor=colors.HexColor('#444444'))
H1 = PS('h1', fontName='Helvetica-Bold', fontSize=15, leading=19, spaceBefore=8, spaceAfter=8)
H2 = PS('h2', fontName='Helvetica-Bold', fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
H3 = PS('h3', fontName='Helvetica-Bold', fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
CELL = PS('cell', fontName='Helvetica', fontSize=8.5, leading=10.5)
CELLB = PS('cellb', fontName='Helvetica-Bold', fontSize=8.5, leading=10.5)

def E(s):
    return escape(s)

def deco(header=None, footer=None, pagesize=A4):
    def f(canv, doc):
        canv.saveState()
        w, h = pagesize
        if header:
            canv.setFont('Helvetica', 8); canv.setFillColor(colors.HexColor('#555555'))
            canv.drawString(2 * cm, h - 1.2 * cm, header)
        if footer:
            canv.setFont('Helvetica', 8); canv.setFillColor(colors.HexColor('#555555'))
            canv.drawCentredString(w / 2, 1.0 * cm, footer.replace('{n}', str(doc.page)))
        canv.restoreState()
    return f

def build_simple(path, story, header=None, footer=None, pagesize=A4, margins=2 * cm):
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=margins, rightMargin=margins, topMargin=2 * cm, bottomMargin=2 * cm)
    fn = deco(header, footer, pagesize)
    doc.build(story, onFirstPage=fn, onLaterPages=fn)

def grid_table(data, widths, header_rows=1, repeat=True, fs=8.5, extra=None):
    cs = CELL if fs == 8.5 else PS('c%s' % fs, parent=CELL, fontSize=fs, leading=fs + 2)
    cb = CELLB if fs == 8.5 else PS('cb%s' % fs, parent=CELLB, fontSize=fs, leading=fs + 2)
    cells = [[c if not isinstance(c, str) else Paragraph(E(c), cb if i < header_rows else cs) for c in row] for i, row in enumerate(data)]
    t = Table(cells, colWidths=widths, repeatRows=header_rows if repeat else 0)
    st = [('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
          ('BACKGROUND', (0, 0), (-1, header_rows - 1), colors.HexColor('#E4E9F0'))] if header_rows else \
         [('GRID', (0, 0), (-1, -1), 0.4, colors.grey), ('VALIGN', (0, 0), (-1, -1), 'TOP')]
    if extra: st += extra
    t.setStyle(TableStyle(st))
    return t
