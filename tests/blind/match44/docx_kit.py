from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import DELMAL, newnr

def pj(p):
    return ', '.join(p) if p else '–'

def field(par, instr):
    r = par.add_run()
    for kind, txt in (('begin', None), (None, instr), ('separate', None), (None, '1'), ('end', None)):
        if kind:
            e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), kind); r._r.append(e)
        elif txt == instr:
            e = OxmlElement('w:instrText'); e.set(qn('xml:space'), 'preserve'); e.text = ' %s ' % instr; r._r.append(e)
        else:
            e = OxmlElement('w:t'); e.text = txt; r._r.append(e)
    return r

def header_footer(doc, head, foot_before='Side ', foot_after='', numpages=False):
    s = doc.sections[0]
    hp = s.header.paragraphs[0]; hp.text = head
    for r in hp.runs: r.font.size = Pt(8)
    fp = s.footer.paragraphs[0]
    fp.add_run(foot_before).font.size = Pt(8)
    field(fp, 'PAGE')
    if numpages:
        fp.add_run(' av '); field(fp, 'NUMPAGES')
    if foot_after: fp.add_run(foot_after).font.size = Pt(8)

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement('w:shd'); sh.set(qn('w:val'), 'clear'); sh.set(qn('w:color'), 'auto'); sh.set(qn('w:fill'), fill)
    tcPr.append(sh)

def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)

def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    p = cell.paragraphs[0]
    lines = text.split('\n')
    for i, ln in enumerate(lines):
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
        if i < len(lines) - 1: r.add_break()
    return p

def new_doc(size=10.5, font='Calibri'):
    d = Document()
    st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(size)
    return d

def para(doc, text='', bold=False, italic=False, size=None, color=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    return p
