# -*- coding: utf-8 -*-
from docx import Document
from docx.shared import Pt, Cm, RGBColor, Emu
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit

FONTDIR = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FONTDIR + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVI", FONTDIR + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DVBI", FONTDIR + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFont(TTFont("DVM", FONTDIR + "DejaVuSansMono.ttf"))
pdfmetrics.registerFont(TTFont("DVC", FONTDIR + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("DVCB", FONTDIR + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SER", FONTDIR + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("SERB", FONTDIR + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("SERI", FONTDIR + "DejaVuSerif-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVBI")
addMapping("SER", 0, 0, "SER"); addMapping("SER", 1, 0, "SERB"); addMapping("SER", 0, 1, "SERI"); addMapping("SER", 1, 1, "SERB")


def codes(d, sep=", ", last=None):
    if not d:
        return ""
    if last and len(d) > 1:
        return sep.join(d[:-1]) + last + d[-1]
    return sep.join(d)


def partners(p, sep=", "):
    return sep.join(p)


def hexcolor(h):
    h = h.lstrip("#")
    return RGBColor(int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16))


# ---------------- docx helpers
def new_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    return doc


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def margins(section, cm=2.0):
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Cm(cm)


def para(doc_or_cell, text="", bold=False, italic=False, size=None, color=None, align=None, style=None,
         space_after=None, font=None, space_before=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color, font=font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "justify":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, font=None, underline=False, highlight=None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if underline:
        r.underline = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = hexcolor(color)
    if font:
        r.font.name = font
        rpr = r._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), font)
    return r


def shade(cell, fill):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def shade_para(p, fill):
    pPr = p._element.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, align=None, font=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run(p, text, bold=bold, italic=italic, size=size, color=color, font=font)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def table(doc, rows, cols, style="Table Grid", widths=None):
    t = doc.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true"); trPr.append(el)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def left_indent(p, cm, hanging=None):
    p.paragraph_format.left_indent = Cm(cm)
    if hanging is not None:
        p.paragraph_format.first_line_indent = Cm(-hanging)


def add_field(p, instr):
    r = p.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._element.append(f1); r._element.append(it); r._element.append(f2)


# ---------------- reportlab helpers
def wrap(text, font, size, width):
    return simpleSplit(text, font, size, width)


def draw_lines(c, x, y, text, font, size, width, leading=None, color=None):
    """Draw wrapped text starting at baseline y, return new y."""
    leading = leading or size * 1.25
    if color is not None:
        c.setFillColor(color)
    c.setFont(font, size)
    for ln in wrap(text, font, size, width):
        c.drawString(x, y, ln)
        y -= leading
    return y
