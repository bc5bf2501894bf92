"""python-docx helpers (raw XML where needed) for batch match46."""
import copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_rev = [100]


def new_doc(font="Calibri", size=11):
    d = Document()
    stl = d.styles["Normal"]
    stl.font.name = font
    stl.font.size = Pt(size)
    rpr = stl.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    return d


def add_field(par, instr, cached, bold=False, size=None):
    """complex field: begin / instr / separate / cached result / end"""
    def r():
        run = par.add_run()
        if bold:
            run.bold = True
        if size:
            run.font.size = Pt(size)
        return run
    b = r()._r
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); b.append(fc)
    i = r()._r
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; i.append(it)
    s = r()._r
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); s.append(fc)
    c = r(); c.text = cached
    e = r()._r
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); e.append(fc)
    return c


def simple_field(par, instr, cached, bold=False):
    """w:fldSimple with a cached run (as left by mail merge / older Word)"""
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), f" {instr} ")
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr"); b = OxmlElement("w:b"); rpr.append(b); r.append(rpr)
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = cached
    r.append(t)
    f.append(r)
    par._p.append(f)
    return f


def header_text(section, left, right=None, size=9, color=None):
    p = section.header.paragraphs[0]
    p.text = ""
    r = p.add_run(left)
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if right:
        p.add_run("\t\t" + right).font.size = Pt(size)
    return p


def footer_page(section, prefix="Side ", numpages=False, suffix="", size=9, align="center"):
    p = section.footer.paragraphs[0]
    p.text = ""
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(prefix).font.size = Pt(size)
    add_field(p, "PAGE", "1", size=size)
    if numpages:
        p.add_run(" av ").font.size = Pt(size)
        add_field(p, "NUMPAGES", "1", size=size)
    if suffix:
        p.add_run(suffix).font.size = Pt(size)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def shade_par(par, fill):
    pPr = par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "nil"); b.append(e)
    for later in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"):
        nxt = tblPr.find(qn(later))
        if nxt is not None:
            nxt.addprevious(b)
            return
    tblPr.append(b)


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def cell_text(cell, text, bold=False, italic=False, size=None, first=True):
    p = cell.paragraphs[0] if first and not cell.paragraphs[0].text else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, color=None, font=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, font=None, highlight=None):
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        rpr = r._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        rf.set(qn("w:hAnsi"), font); rf.set(qn("w:cs"), font)
    if highlight:
        rpr = r._r.get_or_add_rPr()
        h = OxmlElement("w:highlight"); h.set(qn("w:val"), highlight); rpr.append(h)
    return r


def _rev_attrs(el, author, date):
    _rev[0] += 1
    el.set(qn("w:id"), str(_rev[0])); el.set(qn("w:author"), author); el.set(qn("w:date"), date)


def tracked_ins(p, text, author, date="2017-10-02T10:00:00Z", bold=False, font=None):
    ins = OxmlElement("w:ins"); _rev_attrs(ins, author, date)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if font:
        rf = OxmlElement("w:rFonts"); rf.set(qn("w:ascii"), font); rf.set(qn("w:hAnsi"), font); rpr.append(rf)
    if bold:
        rpr.append(OxmlElement("w:b"))
    r.append(rpr)
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t)
    ins.append(r); p._p.append(ins)
    return ins


def tracked_del(p, text, author, date="2017-10-02T10:00:00Z", bold=False, font=None):
    d = OxmlElement("w:del"); _rev_attrs(d, author, date)
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if font:
        rf = OxmlElement("w:rFonts"); rf.set(qn("w:ascii"), font); rf.set(qn("w:hAnsi"), font); rpr.append(rf)
    if bold:
        rpr.append(OxmlElement("w:b"))
    r.append(rpr)
    t = OxmlElement("w:delText"); t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t)
    d.append(r); p._p.append(d)
    return d


def mark_par(p, kind, author, date="2017-10-02T10:00:00Z"):
    """mark the paragraph mark itself as inserted ('ins') or deleted ('del')"""
    pPr = p._p.get_or_add_pPr()
    rpr = pPr.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr"); pPr.append(rpr)
    m = OxmlElement(f"w:{kind}"); _rev_attrs(m, author, date); rpr.append(m)


def track_revisions_on(doc):
    s = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    s.insert(0, tr)


def landscape_section(doc, new=True):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE) if new else doc.sections[-1]
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w
    return sec


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def vmerge(table, col, r0, r1):
    a = table.cell(r0, col)
    b = table.cell(r1, col)
    return a.merge(b)


def set_cols(section, num, space_twips=567):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); sectPr.append(cols)
    cols.set(qn("w:num"), str(num)); cols.set(qn("w:space"), str(space_twips))
