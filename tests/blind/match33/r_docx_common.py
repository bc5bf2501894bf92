# -*- coding: utf-8 -*-
"""Small python-docx helpers shared by the r_docx_*.py renderers."""
import copy

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
LEFT = WD_ALIGN_PARAGRAPH.LEFT


def new_doc(font="Calibri", size=11, landscape=False, margins_cm=2.5, heading_font=None, heading_color=None):
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
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        hs = doc.styles[name]
        hs.font.name = heading_font or font
        r = hs.element.get_or_add_rPr()
        rf = r.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            r.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), heading_font or font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        if heading_color:
            hs.font.color.rgb = RGBColor.from_string(heading_color)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    doc.core_properties.author = ""
    doc.core_properties.comments = ""
    return doc


def run(p, text, bold=None, italic=None, size=None, color=None, font=None, underline=None, caps=None):
    r = p.add_run(text)
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if underline is not None:
        r.underline = underline
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    if caps:
        r.font.small_caps = True
    return r


def para(container, text="", style=None, bold=None, italic=None, size=None, color=None, align=None,
         before=None, after=None, indent_cm=None, font=None, keep_next=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, font=font)
    pf = p.paragraph_format
    if align is not None:
        p.alignment = align
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    if keep_next is not None:
        pf.keep_with_next = keep_next
    return p


def cell_text(cell, text, bold=None, italic=None, size=None, color=None, align=None, first=True):
    """Write text into a cell; '\n' makes new paragraphs. first=True reuses the empty first paragraph."""
    parts = text.split("\n") if text else [""]
    out = []
    for i, part in enumerate(parts):
        if i == 0 and first:
            p = cell.paragraphs[0]
        else:
            p = cell.add_paragraph()
        if part:
            run(p, part, bold=bold, italic=italic, size=size, color=color)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(2)
        out.append(p)
    return out


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    after = [qn("w:noWrap"), qn("w:tcMar"), qn("w:textDirection"), qn("w:tcFitText"), qn("w:vAlign"),
             qn("w:hideMark")]
    for ch in list(tcPr):
        if ch.tag in after:
            ch.addprevious(shd)
            break
    else:
        tcPr.append(shd)


def borders(table, sz=4, color="000000", inside=True, none=False):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for e in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        el = OxmlElement("w:" + e)
        if none or e not in edges:
            el.set(qn("w:val"), "nil")
        else:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), color)
        b.append(el)
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    after = [qn("w:shd"), qn("w:tblLayout"), qn("w:tblCellMar"), qn("w:tblLook"), qn("w:tblCaption"),
             qn("w:tblDescription")]
    for ch in list(tblPr):
        if ch.tag in after:
            ch.addprevious(b)
            break
    else:
        tblPr.append(b)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def field(p, instr, cached="1", size=None, color=None):
    """Insert a complex field (PAGE, NUMPAGES ...) with a cached result."""
    def r_el():
        r = OxmlElement("w:r")
        if size or color:
            rpr = OxmlElement("w:rPr")
            if color:
                c = OxmlElement("w:color")
                c.set(qn("w:val"), color)
                rpr.append(c)
            if size:
                s = OxmlElement("w:sz")
                s.set(qn("w:val"), str(int(size * 2)))
                rpr.append(s)
            r.append(rpr)
        return r
    r1 = r_el()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1.append(fc)
    r2 = r_el()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    r2.append(it)
    r3 = r_el()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3.append(fc)
    r4 = r_el()
    t = OxmlElement("w:t")
    t.text = cached
    r4.append(t)
    r5 = r_el()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5.append(fc)
    for r in (r1, r2, r3, r4, r5):
        p._p.append(r)


def page_x_of_y(p, prefix="Side ", mid=" av ", size=None, color=None):
    if prefix:
        run(p, prefix, size=size, color=color)
    field(p, "PAGE", "1", size=size, color=color)
    if mid:
        run(p, mid, size=size, color=color)
        field(p, "NUMPAGES", "2", size=size, color=color)


def page_break(doc_or_par):
    if hasattr(doc_or_par, "add_run"):
        doc_or_par.add_run().add_break(WD_BREAK.PAGE)
    else:
        doc_or_par.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def new_numbering(doc, fmt="decimal", text="%1.", indent_twips=360, hanging=360, bold=False):
    """Add an abstractNum + num to numbering.xml and return the numId (int)."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(indent_twips))
    ind.set(qn("w:hanging"), str(hanging))
    ppr.append(ind)
    lvl.append(ppr)
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        lvl.append(rpr)
    a.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(nid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(aid))
    n.append(an)
    numbering.append(n)
    return nid


def set_num(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    before = [qn("w:pStyle"), qn("w:keepNext"), qn("w:keepLines"), qn("w:pageBreakBefore"), qn("w:framePr"),
              qn("w:widowControl")]
    idx = 0
    for i, ch in enumerate(list(ppr)):
        if ch.tag in before:
            idx = i + 1
    ppr.insert(idx, numpr)


def bullet(doc, text="", style="List Bullet"):
    p = doc.add_paragraph(style=style)
    if text:
        run(p, text)
    return p


def header_footer(doc, header_text=None, footer_left=None, page=True, size=8, color="666666",
                  of_total=True, prefix="Side "):
    sec = doc.sections[0]
    if header_text is not None:
        hp = sec.header.paragraphs[0]
        run(hp, header_text, size=size, color=color)
    fp = sec.footer.paragraphs[0]
    if footer_left:
        run(fp, footer_left + ("    " if page else ""), size=size, color=color)
    if page:
        page_x_of_y(fp, prefix=prefix, mid=" av " if of_total else "", size=size, color=color)
    return sec


def clone(el):
    return copy.deepcopy(el)
