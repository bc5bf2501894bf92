# -*- coding: utf-8 -*-
"""Small python-docx helpers (raw XML where python-docx has no API)."""
import copy

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


ORDER = {
    "tblPr": ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize", "tblW",
              "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook"],
    "tcPr": ["cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar", "textDirection",
             "tcFitText", "vAlign", "hideMark"],
    "pPr": ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
            "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
            "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
            "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
            "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"],
    "sectPr": ["headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar", "paperSrc",
               "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign", "noEndnote", "titlePg",
               "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings", "sectPrChange"],
}


def insert_ordered(parent, child):
    """Insert child into parent respecting the OOXML sequence order."""
    ptag = parent.tag.split("}")[1]
    order = ORDER[ptag]
    ctag = child.tag.split("}")[1]
    idx = order.index(ctag)
    for existing in list(parent):
        etag = existing.tag.split("}")[1]
        if etag in order and order.index(etag) > idx:
            existing.addprevious(child)
            return child
    parent.append(child)
    return child


def new_doc(font="Calibri", size=11, margins_cm=2.2):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = Cm(2.5)
        s.bottom_margin = Cm(2.0)
    d.core_properties.language = "nb-NO"
    return d


def style_font(doc, style, font=None, size=None, color=None, bold=None):
    st = doc.styles[style]
    if font:
        st.font.name = font
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    if size:
        st.font.size = Pt(size)
    if color:
        st.font.color.rgb = RGBColor.from_string(color)
    if bold is not None:
        st.font.bold = bold
    return st


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def add_field(paragraph, instr, cached="1", size=None, bold=None):
    """Complex field (fldChar begin/instr/separate/result/end)."""
    def run_with(el):
        r = paragraph.add_run()
        if size:
            r.font.size = Pt(size)
        if bold is not None:
            r.bold = bold
        r._r.append(el)
        return r
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run_with(b)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " %s " % instr
    run_with(it)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run_with(s)
    r = paragraph.add_run(cached)
    if size:
        r.font.size = Pt(size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run_with(e)


def run(p, text, bold=None, italic=None, size=None, color=None, font=None, caps=None, smallcaps=None):
    r = p.add_run(text)
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        rpr = r._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), font)
    if caps:
        r.font.all_caps = True
    if smallcaps:
        r.font.small_caps = True
    return r


def para(container, text="", style=None, bold=None, italic=None, size=None, color=None, align=None,
         space_after=None, space_before=None, font=None, indent_cm=None, keep_next=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, font=font)
    pf = p.paragraph_format
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        pf.space_after = Pt(space_after)
    if space_before is not None:
        pf.space_before = Pt(space_before)
    if indent_cm is not None:
        pf.left_indent = Cm(indent_cm)
    if keep_next is not None:
        pf.keep_with_next = keep_next
    return p


def soft_break(p):
    p.add_run().add_break(WD_BREAK.LINE)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def column_break(p):
    p.add_run().add_break(WD_BREAK.COLUMN)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    insert_ordered(tcPr, shd)


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    insert_ordered(pPr, shd)


def para_border(p, sides=("bottom",), sz=6, color="000000"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for s in sides:
        e = OxmlElement("w:%s" % s)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "1")
        e.set(qn("w:color"), color)
        bdr.append(e)
    insert_ordered(pPr, bdr)


def table_borders(table, val="single", sz=4, color="808080", inside=True):
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    sides = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for s in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        e = OxmlElement("w:%s" % s)
        if s in sides and val != "none":
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:color"), color)
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    insert_ordered(tblPr, b)


def cell_text(cell, text, bold=None, italic=None, size=None, color=None, font=None):
    """Replace a cell's content with text (newlines -> separate paragraphs)."""
    parts = text.split("\n") if text else [""]
    p0 = cell.paragraphs[0]
    for r in list(p0.runs):
        r._r.getparent().remove(r._r)
    run(p0, parts[0], bold=bold, italic=italic, size=size, color=color, font=font)
    for t in parts[1:]:
        p = cell.add_paragraph()
        run(p, t, bold=bold, italic=italic, size=size, color=color, font=font)
    return cell


def cell_lines_softbreak(cell, lines, size=None, bold=None):
    """One paragraph, lines separated by soft line breaks (Excel Alt+Enter when pasted)."""
    p0 = cell.paragraphs[0]
    for r in list(p0.runs):
        r._r.getparent().remove(r._r)
    for i, t in enumerate(lines):
        if i:
            soft_break(p0)
        run(p0, t, size=size, bold=bold)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))


def col_widths(table, widths_cm):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    insert_ordered(tblPr, lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def cell_margins(table, top=40, bottom=40, left=80, right=80):
    tblPr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for k, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement("w:%s" % k)
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    insert_ordered(tblPr, m)


def section_columns(section, num=2, space_cm=1.0, sep=False):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm * 567)))
    if sep:
        cols.set(qn("w:sep"), "1")
    insert_ordered(sectPr, cols)


def header_footer_text(section, header_parts=None, footer_parts=None, size=9):
    """header/footer_parts: list of (text or ('FIELD', instr)) pieces for one paragraph; list of lists for several."""
    def fill(hf, parts_list):
        hf.is_linked_to_previous = False
        first = True
        for parts in parts_list:
            p = hf.paragraphs[0] if first else hf.add_paragraph()
            first = False
            align = None
            for piece in parts:
                if isinstance(piece, tuple) and piece[0] == "FIELD":
                    add_field(p, piece[1], cached=piece[2] if len(piece) > 2 else "1", size=size)
                elif isinstance(piece, tuple) and piece[0] == "ALIGN":
                    align = piece[1]
                elif isinstance(piece, tuple) and piece[0] == "B":
                    run(p, piece[1], bold=True, size=piece[2] if len(piece) > 2 else size,
                        color=piece[3] if len(piece) > 3 else None)
                elif isinstance(piece, tuple) and piece[0] == "TAB":
                    p.add_run("\t")
                else:
                    run(p, piece, size=size)
            if align == "center":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif align == "right":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if header_parts:
        fill(section.header, header_parts)
    if footer_parts:
        fill(section.footer, footer_parts)


def add_numbering_abstract(doc, levels, num_id=None):
    """levels: list of dicts(fmt, text, style, ind_left, hanging). Returns numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    aid = max(abs_ids + [0]) + 1
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for i, lv in enumerate(levels):
        l = OxmlElement("w:lvl")
        l.set(qn("w:ilvl"), str(i))
        for tag, val in (("w:start", "1"), ("w:numFmt", lv.get("fmt", "decimal"))):
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            l.append(e)
        if lv.get("style"):
            e = OxmlElement("w:pStyle")
            e.set(qn("w:val"), lv["style"])
            l.append(e)
        e = OxmlElement("w:lvlText")
        e.set(qn("w:val"), lv["text"])
        l.append(e)
        e = OxmlElement("w:lvlJc")
        e.set(qn("w:val"), "left")
        l.append(e)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(lv.get("left", 567 * (i + 1))))
        ind.set(qn("w:hanging"), str(lv.get("hanging", 567)))
        ppr.append(ind)
        l.append(ppr)
        an.append(l)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    nids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    nid = num_id or (max(nids + [0]) + 1)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(nid))
    a = OxmlElement("w:abstractNumId")
    a.set(qn("w:val"), str(aid))
    num.append(a)
    numbering.append(num)
    return nid


def set_num(p_or_style_el, num_id, ilvl=0):
    pPr = p_or_style_el.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    insert_ordered(pPr, numPr)


def style_numbering(doc, style_name, num_id, ilvl):
    st = doc.styles[style_name]
    pPr = st.element.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    insert_ordered(pPr, numPr)


def merge_row(row):
    cells = row.cells
    return cells[0].merge(cells[-1])


def table_style_plain(table):
    table.style = None
    table.alignment = WD_TABLE_ALIGNMENT.LEFT


def set_cell_valign(cell, val="top"):
    tcPr = cell._tc.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), val)
    insert_ordered(tcPr, v)
