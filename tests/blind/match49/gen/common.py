# -*- coding: utf-8 -*-
"""Shared helpers for the match49 renderers."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from data import OLD_NR, WORDS


# ---------------------------------------------------------------- text helpers
def join_og(items, og="og"):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {og} " + items[-1]


def join_comma(items):
    return ", ".join(items)


def codes_og(codes, og="og"):
    return join_og(codes, og)


def codes_sep(codes, sep):
    return sep.join(codes)


def old_nr(codes):
    return join_og([str(OLD_NR[c]) for c in codes])


def words(codes, sep="; "):
    return sep.join(WORDS[c] for c in codes)


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Calibri", size=11, landscape=False, margins_cm=2.0):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        w, h = sec.page_width, sec.page_height
        sec.page_width, sec.page_height = h, w
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return d


def add_page_field(paragraph, prefix="Side "):
    if prefix:
        paragraph.add_run(prefix)
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def header_footer(d, header=None, footer=None, page=True, page_prefix="Side "):
    sec = d.sections[0]
    if header:
        p = sec.header.paragraphs[0]
        p.text = header
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in p.runs:
            r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    p = sec.footer.paragraphs[0]
    if footer:
        r = p.add_run(footer + ("   " if page else ""))
        r.font.size = Pt(8)
    if page:
        add_page_field(p, page_prefix)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(d, text="", bold=False, italic=False, size=None, align=None, color=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor(*color)
    if align == "center": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if align == "right": p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return p


def runs(d, parts, style=None):
    """parts: list of (text, fmt) where fmt contains 'b' and/or 'i'."""
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = "b" in fmt; r.italic = "i" in fmt
    return p


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def table(d, header, rows, widths_cm=None, style="Table Grid", font_size=9, head_fill="D9D9D9", bold_head=True):
    t = d.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h); r.bold = bold_head; r.font.size = Pt(font_size)
        if head_fill: shade(c, head_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            if isinstance(v, list):  # list of (text, fmt) runs
                p = cells[i].paragraphs[0]
                for text, fmt in v:
                    if text == "\n":
                        p = cells[i].add_paragraph(); continue
                    r = p.add_run(text); r.bold = "b" in fmt; r.italic = "i" in fmt
                    r.font.size = Pt(font_size)
            else:
                r = cells[i].paragraphs[0].add_run(v or ""); r.font.size = Pt(font_size)
    if widths_cm:
        set_widths(t, widths_cm)
    return t


def set_widths(t, widths_cm):
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def kv_table(d, pairs, widths_cm=(4.5, 11.5), font_size=10, label_fill="EDEDED"):
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in pairs:
        cells = t.add_row().cells
        cells[0].text = ""; cells[1].text = ""
        r = cells[0].paragraphs[0].add_run(k); r.bold = True; r.font.size = Pt(font_size)
        if label_fill: shade(cells[0], label_fill)
        r = cells[1].paragraphs[0].add_run(v or ""); r.font.size = Pt(font_size)
    set_widths(t, widths_cm)
    return t
