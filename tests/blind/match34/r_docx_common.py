# -*- coding: utf-8 -*-
"""python-docx helpers shared by the Word renderers of batch match34."""
import copy

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

__all__ = ["Document", "WD_ORIENT", "WD_TABLE_ALIGNMENT", "WD_ALIGN_PARAGRAPH", "WD_TAB_ALIGNMENT",
           "Cm", "Pt", "RGBColor", "qn", "OxmlElement", "parse_xml", "nsdecls"]


def new_doc(font="Calibri", size=11, landscape=False, margins_cm=2.5):
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
        hs.font.name = font
        hrpr = hs.element.get_or_add_rPr()
        hf = hrpr.find(qn("w:rFonts"))
        if hf is None:
            hf = OxmlElement("w:rFonts")
            hrpr.append(hf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            hf.set(qn(a), font)
        for t in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if hf.get(qn(t)) is not None:
                del hf.attrib[qn(t)]
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return doc


def para(container, text="", bold=False, italic=False, size=None, color=None, style=None, align=None,
         space_after=None, space_before=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, underline=False, font=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if underline:
        r.underline = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r


def add_field(p, instr, cached="1", size=None, color=None):
    """Complex field (PAGE, NUMPAGES, DATE ...) with a cached result."""
    def r_with(child):
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
    t.text = cached
    r_with(t)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r_with(e)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    for old in tcpr.findall(qn("w:shd")):
        tcpr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def table_borders(table, val="single", sz=4, color="808080", inside=True):
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblBorders")):
        tblpr.remove(old)
    b = OxmlElement("w:tblBorders")
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    for edge in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        e = OxmlElement("w:%s" % edge)
        if edge in edges and val != "none":
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), color)
        else:
            e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


def no_borders(table):
    table_borders(table, val="none")


def cell_bottom_border(cell, sz=8, color="000000"):
    tcpr = cell._tc.get_or_add_tcPr()
    bd = OxmlElement("w:tcBorders")
    e = OxmlElement("w:bottom")
    e.set(qn("w:val"), "single")
    e.set(qn("w:sz"), str(sz))
    e.set(qn("w:space"), "0")
    e.set(qn("w:color"), color)
    bd.append(e)
    tcpr.append(bd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit")
    trpr.append(h)


def col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_cm):
                c.width = Cm(widths_cm[i])


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, align=None):
    """Write text into a cell's first paragraph (lines split on \n become separate paragraphs)."""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if line:
            run(p, line, bold=bold, italic=italic, size=size, color=color)
        if align is not None:
            p.alignment = align
    return p


def cell_add(cell, text, bold=False, italic=False, size=None, color=None):
    p = cell.add_paragraph()
    run(p, text, bold=bold, italic=italic, size=size, color=color)
    return p


def compact_cells(table, after=0):
    for row in table.rows:
        for c in row.cells:
            for p in c.paragraphs:
                p.paragraph_format.space_after = Pt(after)
                p.paragraph_format.space_before = Pt(0)


def header_footer(doc, header_left=None, header_right=None, footer_text=None, page_field=True,
                  page_prefix="Side ", size=8, color="595959", numpages=False, total="2"):
    sec = doc.sections[0]
    if header_left is not None or header_right is not None:
        hp = sec.header.paragraphs[0]
        hp.paragraph_format.tab_stops.add_tab_stop(sec.page_width - sec.left_margin - sec.right_margin,
                                                   WD_TAB_ALIGNMENT.RIGHT)
        if header_left:
            run(hp, header_left, bold=True, size=size + 2)
        if header_right:
            run(hp, "\t" + header_right, size=size, color=color)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(sec.page_width - sec.left_margin - sec.right_margin,
                                               WD_TAB_ALIGNMENT.RIGHT)
    if footer_text:
        run(fp, footer_text, size=size, color=color)
    if page_field:
        run(fp, "\t" + page_prefix, size=size, color=color)
        add_field(fp, "PAGE", "1", size=size, color=color)
        if numpages:
            run(fp, " av ", size=size, color=color)
            add_field(fp, "NUMPAGES", total, size=size, color=color)
    return sec


def page_break(doc):
    from docx.enum.text import WD_BREAK
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def bullet(doc, text=None, runs=None, level=1, style="List Bullet"):
    st = style if level == 1 else "%s %d" % (style, level)
    p = doc.add_paragraph(style=st)
    if runs:
        for t, kw in runs:
            run(p, t, **kw)
    elif text:
        run(p, text)
    p.paragraph_format.space_after = Pt(2)
    return p


# --------------------------------------------------------------- footnotes
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class Footnotes:
    """Adds a real footnotes.xml part; add(paragraph, text) inserts a reference."""

    def __init__(self, doc):
        self.doc = doc
        self.notes = []
        self.next_id = 1

    def add(self, p, text):
        fid = self.next_id
        self.next_id += 1
        self.notes.append((fid, text))
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript")
        rpr.append(va)
        r.append(rpr)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(fid))
        r.append(ref)
        p._p.append(r)

    def finish(self):
        body = ['<w:footnotes xmlns:w="%s">' % W_NS,
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
                '</w:r></w:p></w:footnote>']
        from xml.sax.saxutils import escape
        for fid, text in self.notes:
            body.append(
                '<w:footnote w:id="%d"><w:p><w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:pPr>'
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                % (fid, escape(text)))
        body.append("</w:footnotes>")
        xml = "".join(body).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml, self.doc.part.package)
        self.doc.part.relate_to(part, RT_FOOTNOTES)


# --------------------------------------------------------------- TOC with cached entries
def toc_field(doc, entries, size=10):
    """A TOC field whose cached result lists (text, page) entries."""
    p = doc.add_paragraph()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin")
    r = OxmlElement("w:r"); r.append(fc); p._p.append(r)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = ' TOC \\o "1-1" \\h \\z \\u '
    r = OxmlElement("w:r"); r.append(it); p._p.append(r)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate")
    r = OxmlElement("w:r"); r.append(fc); p._p.append(r)
    sec = doc.sections[0]
    width = sec.page_width - sec.left_margin - sec.right_margin
    first = True
    last = None
    for text, page in entries:
        q = p if first else doc.add_paragraph()
        first = False
        q.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        q.paragraph_format.space_after = Pt(2)
        run(q, text + "\t" + str(page), size=size)
        last = q
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end")
    r = OxmlElement("w:r"); r.append(fc); last._p.append(r)
    return last
