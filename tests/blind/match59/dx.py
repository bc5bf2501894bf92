# -*- coding: utf-8 -*-
"""python-docx helpers."""
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def new_doc(font="Calibri", size=10.5, margins_cm=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    s = d.sections[0]
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    for a in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(s, a, Cm(margins_cm))
    return d


def landscape_section(d, new=True):
    s = d.add_section(WD_SECTION.NEW_PAGE) if new else d.sections[-1]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    return s


def portrait_section(d):
    s = d.add_section(WD_SECTION.NEW_PAGE)
    s.orientation = WD_ORIENT.PORTRAIT
    s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    return s


def _field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        run._r.append(e)


def header_footer(section, header=None, footer=None, page=True, page_fmt="Side {PAGE} av {NUMPAGES}",
                  header_align=WD_ALIGN_PARAGRAPH.RIGHT):
    if header is not None:
        section.header.is_linked_to_previous = False
        p = section.header.paragraphs[0]
        p.text = header
        p.alignment = header_align
        for r in p.runs:
            r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if footer is not None or page:
        section.footer.is_linked_to_previous = False
        p = section.footer.paragraphs[0]
        p.text = ""
        if footer:
            r = p.add_run(footer + ("    " if page else ""))
            r.font.size = Pt(8)
        if page:
            parts = page_fmt.replace("{NUMPAGES}", "\x01").split("{PAGE}")
            r = p.add_run(parts[0]); r.font.size = Pt(8)
            r = p.add_run(); r.font.size = Pt(8); _field(r, "PAGE")
            rest = parts[1] if len(parts) > 1 else ""
            if "\x01" in rest:
                a, b = rest.split("\x01")
                r = p.add_run(a); r.font.size = Pt(8)
                r = p.add_run(); r.font.size = Pt(8); _field(r, "NUMPAGES")
                r = p.add_run(b); r.font.size = Pt(8)
            else:
                r = p.add_run(rest); r.font.size = Pt(8)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true")
    trPr.append(e)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit"); e.set(qn("w:val"), "true")
    trPr.append(e)


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    e = OxmlElement("w:shd"); e.set(qn("w:val"), "clear"); e.set(qn("w:color"), "auto"); e.set(qn("w:fill"), fill)
    tcPr.append(e)


def widths(table, cms):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(cms):
            gc.set(qn("w:w"), str(int(cms[i] * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(cms):
                c.width = Cm(cms[i])


def put(cell, text, bold=False, size=None, italic=False):
    """Replace cell text; text may contain '\n' for separate paragraphs."""
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def add_par(cell, text, bold=False, size=None, italic=False):
    if len(cell.paragraphs) == 1 and not cell.paragraphs[0].text:
        p = cell.paragraphs[0]
    else:
        p = cell.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def header_row(table, labels, size=None, fill="D9E2F3", repeat=True):
    row = table.rows[0]
    for c, lab in zip(row.cells, labels):
        put(c, lab, bold=True, size=size)
        shade(c, fill)
    if repeat:
        repeat_header(row)
    return row


def para(d, text, bold=False, size=None, italic=False, style=None, align=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def page_break(d):
    from docx.enum.text import WD_BREAK
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def set_cell_margins(table, top=40, bottom=40, left=60, right=60):
    tblPr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for k, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement(f"w:{k}"); e.set(qn("w:w"), str(v)); e.set(qn("w:type"), "dxa"); m.append(e)
    tblPr.append(m)
