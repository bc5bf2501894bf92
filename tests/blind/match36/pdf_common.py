# -*- coding: utf-8 -*-
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether, ListFlowable, ListItem, CondPageBreak)
from xml.sax.saxutils import escape as _esc

D = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", D + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", D + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DV-I", D + "DejaVuSans-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("DV-BI", D + "DejaVuSans-BoldOblique.ttf"))
pdfmetrics.registerFont(TTFont("DS", D + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DS-B", D + "DejaVuSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DS-I", D + "DejaVuSerif-Italic.ttf"))
from reportlab.lib.fonts import addMapping
for fam, n, b, i, bi in (("DV", "DV", "DV-B", "DV-I", "DV-BI"), ("DS", "DS", "DS-B", "DS-I", "DS-I")):
    addMapping(fam, 0, 0, n); addMapping(fam, 1, 0, b); addMapping(fam, 0, 1, i); addMapping(fam, 1, 1, bi)

def esc(s):
    return _esc(s)

def styles(font="DV", size=10):
    S = {}
    S["body"] = ParagraphStyle("body", fontName=font, fontSize=size, leading=size * 1.35, spaceAfter=5)
    S["small"] = ParagraphStyle("small", fontName=font, fontSize=size - 2, leading=(size - 2) * 1.3, spaceAfter=3)
    S["cell"] = ParagraphStyle("cell", fontName=font, fontSize=size - 1.5, leading=(size - 1.5) * 1.25)
    S["cellb"] = ParagraphStyle("cellb", parent=S["cell"], fontName=font + "-B")
    S["h1"] = ParagraphStyle("h1", fontName=font + "-B", fontSize=size + 6, leading=(size + 6) * 1.3, spaceBefore=6, spaceAfter=8)
    S["h2"] = ParagraphStyle("h2", fontName=font + "-B", fontSize=size + 3, leading=(size + 3) * 1.3, spaceBefore=10, spaceAfter=5)
    S["h3"] = ParagraphStyle("h3", fontName=font + "-B", fontSize=size + 1, leading=(size + 1) * 1.3, spaceBefore=8, spaceAfter=3)
    S["ital"] = ParagraphStyle("ital", parent=S["body"], fontName=font + "-I")
    S["foot"] = ParagraphStyle("foot", fontName=font, fontSize=7.5, leading=9.5, spaceAfter=1)
    return S

def P(text, st):
    return Paragraph(text, st)

def build(path, story, land=False, header=None, footer=None, margins=(20, 20, 22, 20), font="DV"):
    ps = landscape(A4) if land else A4
    l, r, t, b = [x * mm for x in margins]
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b)
    def on_page(c, d):
        c.saveState()
        w, h = ps
        if header:
            c.setFont(font, 8); c.setFillColor(colors.HexColor("#555555"))
            c.drawString(l, h - 12 * mm, header(d.page))
        if footer:
            c.setFont(font, 8); c.setFillColor(colors.HexColor("#555555"))
            txt = footer(d.page)
            c.drawRightString(w - r, 10 * mm, txt)
        c.restoreState()
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)

def grid(data, widths, head=1, fs=None, extra=None, repeat=1, zebra=None):
    t = Table(data, colWidths=widths, repeatRows=repeat)
    st = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if head:
        st.append(("BACKGROUND", (0, 0), (-1, head - 1), colors.HexColor("#d9d9d9")))
    if extra:
        st += extra
    t.setStyle(TableStyle(st))
    return t
