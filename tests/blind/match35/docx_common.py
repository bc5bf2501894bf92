# -*- coding: utf-8 -*-
"""Small python-docx helpers (raw XML where python-docx has no API)."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor


def new_doc(landscape=False, font="Calibri", size=11, margins_cm=2.2):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return doc


def runs(p, parts):
    """parts: list of (text, dict(bold, italic, size, color, underline, superscript))."""
    for text, fmt in parts:
        r = p.add_run(text)
        fmt = fmt or {}
        if fmt.get("bold"):
            r.bold = True
        if fmt.get("italic"):
            r.italic = True
        if fmt.get("underline"):
            r.underline = True
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
        if fmt.get("color"):
            r.font.color.rgb = RGBColor.from_string(fmt["color"])
        if fmt.get("superscript"):
            r.font.superscript = True
    return p


def para(container, text="", style=None, bold=False, italic=False, size=None, color=None, align=None,
         space_after=None, space_before=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        runs(p, [(text, {"bold": bold, "italic": italic, "size": size, "color": color})])
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def cell_text(cell, parts_list, size=None):
    """Fill a cell with paragraphs; parts_list = list of paragraphs, each a list of (text, fmt)
    or a plain string."""
    first = True
    for parts in parts_list:
        if isinstance(parts, str):
            parts = [(parts, {})]
        if first:
            p = cell.paragraphs[0]
            first = False
        else:
            p = cell.add_paragraph()
        if size:
            parts = [(t, dict(f or {}, size=(f or {}).get("size", size))) for t, f in parts]
        runs(p, parts)
        p.paragraph_format.space_after = Pt(2)
    return cell


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def table_borders(table, val="single", sz=4, color="808080"):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        b.append(e)
    tblpr.append(b)


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def add_field(p, instr, placeholder="1", size=None):
    """Complex field (PAGE, NUMPAGES …) with a cached result."""
    def r_with(child):
        r = OxmlElement("w:r")
        if size:
            rpr = OxmlElement("w:rPr")
            s = OxmlElement("w:sz")
            s.set(qn("w:val"), str(int(size * 2)))
            rpr.append(s)
            r.append(rpr)
        r.append(child)
        p._p.append(r)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r_with(b)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r_with(it)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r_with(s)
    t = OxmlElement("w:t")
    t.text = placeholder
    r_with(t)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r_with(e)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def tab_stop(p, pos_cm):
    pf = p.paragraph_format
    pf.tab_stops.add_tab_stop(Cm(pos_cm))


def indent(p, left_cm=0.0, first_cm=None):
    p.paragraph_format.left_indent = Cm(left_cm)
    if first_cm is not None:
        p.paragraph_format.first_line_indent = Cm(first_cm)


def header_footer(doc, header_parts=None, footer_parts=None, page_field=True, footer_total=False, size=8):
    sec = doc.sections[0]
    if header_parts:
        hp = sec.header.paragraphs[0]
        runs(hp, [(t, dict(f or {}, size=size)) for t, f in header_parts])
    fp = sec.footer.paragraphs[0]
    if footer_parts:
        runs(fp, [(t, dict(f or {}, size=size)) for t, f in footer_parts])
    if page_field:
        runs(fp, [("Side ", {"size": size})])
        add_field(fp, "PAGE", "1", size=size)
        if footer_total:
            runs(fp, [(" av ", {"size": size})])
            add_field(fp, "NUMPAGES", "2", size=size)
