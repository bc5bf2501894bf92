# -*- coding: utf-8 -*-
"""Small helpers on top of python-docx for raw OOXML features."""
import copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def run(p, text, bold=False, italic=False, size=None, color=None, font=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
    return r


def para(doc_or_cell, text="", style=None, bold=False, size=None, italic=False, align=None, color=None,
         space_after=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def soft_break(p):
    p.add_run().add_break()


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_borders(table, sz=4, color="808080"):
    tblPr = table._tbl.tblPr
    b = "".join(f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>'
                for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblPr.append(parse_xml(f'<w:tblBorders {W}>{b}</w:tblBorders>'))


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = "".join(f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblPr.append(parse_xml(f'<w:tblBorders {W}>{b}</w:tblBorders>'))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {W}/>'))


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    p = cell.paragraphs[0]
    if text:
        run(p, text, bold=bold, size=size, italic=italic, color=color)
    return p


def page_field(p, instr="PAGE", placeholder="1"):
    p._p.append(parse_xml(f'<w:fldSimple {W} w:instr="{instr}"><w:r><w:t>{placeholder}</w:t></w:r></w:fldSimple>'))


def header_footer(doc, header=None, footer=None, page_numbers=None):
    sec = doc.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        run(hp, header, size=8, color="666666")
    if footer is not None or page_numbers:
        fp = sec.footer.paragraphs[0]
        if footer:
            run(fp, footer + "   ", size=8, color="666666")
        if page_numbers == "x av y":
            run(fp, "Side ", size=8)
            page_field(fp, "PAGE")
            run(fp, " av ", size=8)
            page_field(fp, "NUMPAGES", "3")
        elif page_numbers:
            page_field(fp, "PAGE")


def landscape(doc):
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    w, h = sec.page_width, sec.page_height
    if w < h:
        sec.page_width, sec.page_height = h, w
    sec.left_margin = sec.right_margin = Cm(1.8)


def frame_para(doc, lines, x_cm=13.0, w_cm=5.5, fill="E8F0F8"):
    """A Word frame (w:framePr) to the right of the body text; each line its own paragraph in the frame."""
    out = []
    for i, (text, bold) in enumerate(lines):
        p = doc.add_paragraph()
        pPr = p._p.get_or_add_pPr()
        pPr.insert(0, parse_xml(
            f'<w:framePr {W} w:w="{int(w_cm*567)}" w:hSpace="284" w:wrap="around" w:vAnchor="text" '
            f'w:hAnchor="page" w:x="{int(x_cm*567)}" w:y="1"/>'))
        pPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
        p.paragraph_format.space_after = Pt(0)
        run(p, text, bold=bold, size=8.5)
        out.append(p)
    return out


def sdt_inline(p, alias, value, placeholder="Klikk eller trykk her for å skrive inn tekst."):
    """Plain-text content control inside paragraph p. If value is None, show placeholder text."""
    if value is None:
        inner = (f'<w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">{esc(placeholder)}</w:t></w:r>')
        plc = '<w:showingPlcHdr/>'
    else:
        inner = f'<w:r><w:t xml:space="preserve">{esc(value)}</w:t></w:r>'
        plc = ''
    x = (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(alias.lower())}"/>{plc}'
         f'<w:text w:multiLine="1"/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>')
    p._p.append(parse_xml(x))


def _notes_part(doc, kind):
    tag = kind[:-1]
    xml = (f'<w:{kind} {W}>'
           f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
           f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>'
           f'</w:{kind}>')
    ct = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"
    from docx.opc.part import XmlPart
    part = XmlPart(PackURI(f"/word/{kind}.xml"), ct, parse_xml(xml), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES if kind == "footnotes" else RT.ENDNOTES)
    return part


class Notes:
    def __init__(self, doc, kind="footnotes"):
        self.doc, self.kind, self.tag = doc, kind, kind[:-1]
        self.part = _notes_part(doc, kind)
        self.n = 0

    def add(self, p, text):
        self.n += 1
        i = self.n
        ref = "footnoteReference" if self.kind == "footnotes" else "endnoteReference"
        p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{ref} w:id="{i}"/></w:r>'))
        own = "footnoteRef" if self.kind == "footnotes" else "endnoteRef"
        self.part.element.append(parse_xml(
            f'<w:{self.tag} {W} w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:{own}/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:{self.tag}>'))
        return i


def two_columns(section_or_doc):
    sec = section_or_doc.sections[-1] if hasattr(section_or_doc, "sections") else section_or_doc
    sectPr = sec._sectPr
    for c in sectPr.findall(qn("w:cols")):
        sectPr.remove(c)
    sectPr.append(parse_xml(f'<w:cols {W} w:num="2" w:space="567"/>'))


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f'<w:rFonts {W}/>')
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), name)
