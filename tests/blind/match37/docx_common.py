from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def new_doc(landscape=False):
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    for m in ('left_margin', 'right_margin'): setattr(sec, m, Mm(22))
    return d

def para(d_or_cell, text='', bold=False, italic=False, size=None, color=None, style=None, align=None):
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    if text:
        r = p.add_run(text); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor.from_string(color)
    if align == 'right': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if align == 'center': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

def runs(p, parts):
    """parts: list of (text, dict(bold=..,italic=..,size=..,color=..))"""
    for t, fmt in parts:
        r = p.add_run(t); r.bold = fmt.get('bold'); r.italic = fmt.get('italic')
        if fmt.get('size'): r.font.size = Pt(fmt['size'])
        if fmt.get('color'): r.font.color.rgb = RGBColor.from_string(fmt['color'])
        if fmt.get('sup'): r.font.superscript = True
    return p

def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ''
    lines = text.split('\n')
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i: p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
    return cell

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcPr.append(shd)

def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement('w:tblHeader'); e.set(qn('w:val'), 'true'); trPr.append(e)

def add_field(p, instr, cached='1'):
    r = p.add_run(); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'begin'); r._r.append(fc)
    r = p.add_run(); it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = f' {instr} '; r._r.append(it)
    r = p.add_run(); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'separate'); r._r.append(fc)
    p.add_run(cached)
    r = p.add_run(); fc = OxmlElement('w:fldChar'); fc.set(qn('w:fldCharType'), 'end'); r._r.append(fc)

def header_footer(d, head_text=None, foot_text=None, page=True, page_prefix='Side '):
    sec = d.sections[0]
    if head_text:
        hp = sec.header.paragraphs[0]; hp.text = head_text
        for r in hp.runs: r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    if foot_text:
        r = fp.add_run(foot_text + ('    ' if page else '')); r.font.size = Pt(8)
    if page:
        fp.add_run(page_prefix); add_field(fp, 'PAGE')

def page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

def table(d, nrows, ncols, style='Table Grid'):
    t = d.add_table(rows=nrows, cols=ncols)
    if style: t.style = style
    return t

def numbering_list_paragraph(p, num_id=1, ilvl=0):
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement('w:numPr'); il = OxmlElement('w:ilvl'); il.set(qn('w:val'), str(ilvl))
    ni = OxmlElement('w:numId'); ni.set(qn('w:val'), str(num_id)); numPr.append(il); numPr.append(ni); pPr.append(numPr)
