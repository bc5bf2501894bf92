# -*- coding: utf-8 -*-
"""Shared helpers for the match23 templates."""
import re
from data import old_no

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_FONTS = False


def fonts():
    global _FONTS
    if _FONTS:
        return
    d = "/usr/share/fonts/truetype/dejavu/"
    lib = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("DV", d + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", d + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVI", d + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DVBI", d + "DejaVuSans-BoldOblique.ttf"))
    pdfmetrics.registerFont(TTFont("DVC", d + "DejaVuSansCondensed.ttf"))
    pdfmetrics.registerFont(TTFont("DVCB", d + "DejaVuSansCondensed-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVM", d + "DejaVuSansMono.ttf"))
    pdfmetrics.registerFont(TTFont("DVS", d + "DejaVuSerif.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", d + "DejaVuSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVSI", d + "DejaVuSerif-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("LS", lib + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSB", lib + "LiberationSans-Bold.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DV", 0, 0, "DV"); addMapping("DV", 1, 0, "DVB"); addMapping("DV", 0, 1, "DVI"); addMapping("DV", 1, 1, "DVBI")
    addMapping("DVS", 0, 0, "DVS"); addMapping("DVS", 1, 0, "DVSB"); addMapping("DVS", 0, 1, "DVSI"); addMapping("DVS", 1, 1, "DVSB")
    _FONTS = True


def codes(m, sep=", ", last=None):
    c = m["delmal"]
    if last and len(c) > 1:
        return sep.join(c[:-1]) + last + c[-1]
    return sep.join(c)


def oldnos(m):
    n = [str(old_no(c)) for c in m["delmal"]]
    return n[0] if len(n) == 1 else ", ".join(n[:-1]) + " og " + n[-1]


def partners(m, last=None, empty="–"):
    p = m["partners"]
    if not p:
        return empty
    if last and len(p) > 1:
        return ", ".join(p[:-1]) + last + p[-1]
    return ", ".join(p)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------ docx helpers
def new_doc(font="Calibri", size=11, landscape=False, margins=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    m = margins or 2.2
    sec.left_margin = sec.right_margin = Cm(m)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def shade(cell_or_par, fill):
    el = cell_or_par._tc if hasattr(cell_or_par, "_tc") else cell_or_par._p
    if hasattr(cell_or_par, "_tc"):
        pr = el.get_or_add_tcPr()
    else:
        pr = el.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    pr.append(shd)


def par_border(par, color="999999", sz=8, sides=("top", "left", "bottom", "right")):
    pPr = par._p.get_or_add_pPr()
    b = OxmlElement("w:pBdr")
    for s in sides:
        e = OxmlElement("w:" + s)
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz)); e.set(qn("w:space"), "4"); e.set(qn("w:color"), color)
        b.append(e)
    pPr.append(b)


def add_hyperlink(par, url, text, color="0563C1", bold=False):
    part = par.part
    r_id = part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                          is_external=True)
    h = OxmlElement("w:hyperlink"); h.set(qn("r:id"), r_id)
    r = OxmlElement("w:r"); rPr = OxmlElement("w:rPr")
    c = OxmlElement("w:color"); c.set(qn("w:val"), color); rPr.append(c)
    u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rPr.append(u)
    if bold:
        rPr.append(OxmlElement("w:b"))
    r.append(rPr)
    t = OxmlElement("w:t"); t.text = text; t.set(qn("xml:space"), "preserve"); r.append(t)
    h.append(r); par._p.append(h)
    return h


def run(par, text, bold=False, italic=False, size=None, color=None, font=None, caps=False):
    r = par.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color: r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        rpr = r._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), font)
    if caps: r.font.all_caps = True
    return r


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def footer_text(doc, text, size=8):
    f = doc.sections[0].footer
    p = f.paragraphs[0]
    p.text = ""
    run(p, text, size=size, color="777777")
