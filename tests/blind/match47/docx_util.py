# -*- coding: utf-8 -*-
"""Small helpers for python-docx with raw XML where needed."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(2.3)
    s.top_margin = Cm(2.2); s.bottom_margin = Cm(2.0)
    return d


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def add_field(par, instr, cached="1", size=None):
    """Insert a complex field (PAGE, NUMPAGES, DATE …) with a cached result."""
    def r(el):
        run = OxmlElement("w:r")
        if size:
            rpr = OxmlElement("w:rPr"); sz = OxmlElement("w:sz"); sz.set(qn("w:val"), str(int(size * 2)))
            rpr.append(sz); run.append(rpr)
        run.append(el); par._p.append(run)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r(b)
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = " %s " % instr; r(t)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r(s)
    tt = OxmlElement("w:t"); tt.text = cached; r(tt)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r(e)


def run(par, text, bold=False, italic=False, size=None, color=None, caps=False, font=None):
    r = par.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if caps: r.font.small_caps = True
    if font:
        r.font.name = font
        rpr = r._element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), font)
    return r


def para(doc_or_cell, text="", style=None, bold=False, italic=False, size=None, color=None, align=None,
         space_after=None, space_before=None, keep_next=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pf = p.paragraph_format
    if space_after is not None: pf.space_after = Pt(space_after)
    if space_before is not None: pf.space_before = Pt(space_before)
    if keep_next: pf.keep_with_next = True
    return p


def header_footer(section, left, right="", footer_text="Side ", numpages=True, footer_right=None, size=9,
                  left_bold=True):
    hp = section.header.paragraphs[0]
    run(hp, left, bold=left_bold, size=size)
    if right:
        hp.add_run("\t\t" + right).font.size = Pt(size)
    fp = section.footer.paragraphs[0]
    if footer_right is not None:
        run(fp, footer_right + "\t\t", size=size)
    if footer_text is not None:
        run(fp, footer_text, size=size)
        add_field(fp, "PAGE", "1", size)
        if numpages:
            run(fp, " av ", size=size)
            add_field(fp, "NUMPAGES", "3", size)
    if footer_right is None:
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit"); h.set(qn("w:val"), "true"); trPr.append(h)


def set_cell(cell, text, bold=False, italic=False, size=None, color=None, shade=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if ln:
            run(p, ln, bold=bold, italic=italic, size=size, color=color)
    if shade:
        cell_shade(cell, shade)
    return cell


def table(doc, rows, cols, style="Table Grid", widths=None):
    t = doc.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_footnote_support(doc):
    """Returns a function fn(paragraph, text) adding a real Word footnote."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '%s</w:footnotes>')
    notes = []
    state = {}

    def fn(par, text):
        nid = len(notes) + 1
        notes.append('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                     '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                     '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                     % (nid, text.replace("&", "&amp;").replace("<", "&lt;")))
        r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr"); va = OxmlElement("w:vertAlign")
        va.set(qn("w:val"), "superscript"); rpr.append(va); r.append(rpr)
        ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), str(nid)); r.append(ref)
        par._p.append(r)

    def finish():
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    (xml % "".join(notes)).encode("utf-8"), doc.part.package)
        doc.part.relate_to(part, RT.FOOTNOTES)
    return fn, finish
