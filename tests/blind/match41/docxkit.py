# -*- coding: utf-8 -*-
"""python-docx helpers (borders, shading, fields, header/footer, merged cells, raw XML bits)."""
import copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def new_doc(font="Calibri", size=11, landscape=False, margin_cm=2.2):
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
    for hn in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        try:
            hs = doc.styles[hn]
            hs.font.name = font
            r2 = hs.element.get_or_add_rPr()
            rf = r2.find(qn("w:rFonts"))
            if rf is None:
                rf = OxmlElement("w:rFonts")
                r2.append(rf)
            for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                rf.set(qn(a), font)
            for t in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
                if rf.get(qn(t)) is not None:
                    del rf.attrib[qn(t)]
        except KeyError:
            pass
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        set_landscape(sec)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margin_cm))
    return doc


def set_landscape(sec):
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w


def para(doc_or_cell, text="", bold=False, italic=False, size=None, color=None, align=None, style=None,
         space_after=None, space_before=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, superscript=False, underline=False,
        smallcaps=False):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if underline:
        r.underline = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if superscript:
        r.font.superscript = True
    if smallcaps:
        r.font.small_caps = True
    return r


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, align=None):
    p = cell.paragraphs[0]
    for r_ in list(p.runs):
        r_._r.getparent().remove(r_._r)
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_add_para(cell, text="", **kw):
    p = cell.add_paragraph()
    if text:
        run(p, text, **kw)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    old = tcPr.find(qn("w:shd"))
    if old is not None:
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def table_borders(table, sz=4, color="808080", inside=True, outside=True):
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        on = inside if edge.startswith("inside") else outside
        e.set(qn("w:val"), "single" if on else "nil")
        if on:
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_cm):
                c.width = Cm(widths_cm[i])


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:cantSplit")
    trPr.append(e)


def add_field(p, instr, cached, size=None, color=None):
    """Insert a complex field (PAGE, NUMPAGES …) with a cached result."""
    def mk(tag, **attrs):
        e = OxmlElement(tag)
        for k, v in attrs.items():
            e.set(qn(k), v)
        return e

    def rpr():
        rp = OxmlElement("w:rPr")
        if size:
            s = mk("w:sz", **{"w:val": str(int(size * 2))})
            rp.append(s)
        if color:
            rp.append(mk("w:color", **{"w:val": color}))
        return rp

    r1 = OxmlElement("w:r"); r1.append(rpr()); r1.append(mk("w:fldChar", **{"w:fldCharType": "begin"}))
    r2 = OxmlElement("w:r"); r2.append(rpr())
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    r2.append(it)
    r3 = OxmlElement("w:r"); r3.append(rpr()); r3.append(mk("w:fldChar", **{"w:fldCharType": "separate"}))
    r4 = OxmlElement("w:r"); r4.append(rpr()); t = OxmlElement("w:t"); t.text = cached; r4.append(t)
    r5 = OxmlElement("w:r"); r5.append(rpr()); r5.append(mk("w:fldChar", **{"w:fldCharType": "end"}))
    for r_ in (r1, r2, r3, r4, r5):
        p._p.append(r_)


def header_text(section, left, right=None, size=9, color="595959", rule=True):
    h = section.header
    p = h.paragraphs[0]
    p.text = ""
    run(p, left, size=size, color=color, bold=False)
    if right:
        # right tab stop
        tabs = p.paragraph_format.tab_stops
        tabs.add_tab_stop(section.page_width - section.left_margin - section.right_margin,
                          alignment=2)  # RIGHT
        run(p, "\t" + right, size=size, color=color)
    if rule:
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        bt = OxmlElement("w:bottom")
        for k, v in (("w:val", "single"), ("w:sz", "4"), ("w:space", "1"), ("w:color", "A0A0A0")):
            bt.set(qn(k), v)
        bdr.append(bt)
        pPr.append(bdr)
    return p


def footer_page(section, before="Side ", after="", with_total=False, left_text=None, size=9, color="595959",
                cached_page="1", cached_total="1", align="right"):
    f = section.footer
    p = f.paragraphs[0]
    p.text = ""
    if left_text:
        run(p, left_text + "    ", size=size, color=color)
    run(p, before, size=size, color=color)
    add_field(p, "PAGE", cached_page, size=size)
    if with_total:
        run(p, " av ", size=size, color=color)
        add_field(p, "NUMPAGES", cached_total, size=size)
    if after:
        run(p, after, size=size, color=color)
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def set_cell_margins(table, top=40, bottom=40, left=80, right=80):
    tblPr = table._tbl.tblPr
    m = OxmlElement("w:tblCellMar")
    for k, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement(f"w:{k}")
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        m.append(e)
    tblPr.append(m)


def vmerge(table, col, r0, r1):
    a = table.cell(r0, col)
    b = table.cell(r1, col)
    return a.merge(b)


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def set_update_fields(doc):
    settings = doc.settings.element
    e = OxmlElement("w:updateFields")
    e.set(qn("w:val"), "true")
    settings.append(e)


def track_revisions_on(doc):
    settings = doc.settings.element
    e = OxmlElement("w:trackRevisions")
    settings.insert(0, e)


def core(doc, title, author, created=None):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    if created:
        cp.created = created
        cp.modified = created
