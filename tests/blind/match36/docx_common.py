# -*- coding: utf-8 -*-
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    return d

def add_field(par, instr, cached="1"):
    r = par.add_run(); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "begin"); r._r.append(f)
    r = par.add_run(); t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = " %s " % instr; r._r.append(t)
    r = par.add_run(); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "separate"); r._r.append(f)
    par.add_run(cached)
    r = par.add_run(); f = OxmlElement("w:fldChar"); f.set(qn("w:fldCharType"), "end"); r._r.append(f)

def header_footer(d, head=None, foot=None, page=True):
    s = d.sections[0]
    if head:
        s.header.paragraphs[0].text = head
    if foot is not None:
        p = s.footer.paragraphs[0]; p.text = foot
        if page:
            p.add_run(" – side "); add_field(p, "PAGE")

def runs(par, parts):
    """parts: list of (text, fmt) fmt in '', 'b', 'i', 'bi'."""
    for t, fm in parts:
        r = par.add_run(t); r.bold = "b" in fm; r.italic = "i" in fm
    return par

def para(d, text="", style=None, parts=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if parts:
        runs(p, parts)
    elif text:
        p.add_run(text)
    return p

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill); tcPr.append(sh)

def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell

def table(d, rows, header=None, style="Table Grid", widths=None, size=9, repeat_header=True):
    n = len(header) if header else len(rows[0])
    t = d.add_table(rows=0, cols=n); t.style = style
    if header:
        cs = t.add_row().cells
        for c, h in zip(cs, header):
            cell_text(c, h, bold=True, size=size); shade(c, "D9D9D9")
        if repeat_header:
            trPr = t.rows[0]._tr.get_or_add_trPr(); e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true"); trPr.append(e)
    for r in rows:
        cs = t.add_row().cells
        for c, v in zip(cs, r):
            cell_text(c, v, size=size)
    if widths:
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Mm(w)
    return t

def landscape_section(d, new=True):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE) if new else d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    return s

def portrait_section(d):
    from docx.enum.section import WD_SECTION
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Mm(210), Mm(297)
    return s

def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
