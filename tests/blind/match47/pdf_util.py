# -*- coding: utf-8 -*-
"""reportlab helpers: DejaVu/Liberation fonts, styles, page templates with header/footer."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                KeepTogether, CondPageBreak)
from xml.sax.saxutils import escape

_F = "/usr/share/fonts/truetype/"
FONTS = {"Sans": "liberation/LiberationSans-Regular.ttf", "Sans-Bold": "liberation/LiberationSans-Bold.ttf",
         "Sans-Italic": "liberation/LiberationSans-Italic.ttf", "Sans-BoldItalic": "liberation/LiberationSans-BoldItalic.ttf",
         "Serif": "liberation/LiberationSerif-Regular.ttf", "Serif-Bold": "liberation/LiberationSerif-Bold.ttf",
         "Serif-Italic": "liberation/LiberationSerif-Italic.ttf", "Serif-BoldItalic": "liberation/LiberationSerif-BoldItalic.ttf"}
for k, v in FONTS.items():
    pdfmetrics.registerFont(TTFont(k, _F + v))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("Sans", normal="Sans", bold="Sans-Bold", italic="Sans-Italic", boldItalic="Sans-BoldItalic")
registerFontFamily("Serif", normal="Serif", bold="Serif-Bold", italic="Serif-Italic", boldItalic="Serif-BoldItalic")


def st(name, font="Sans", size=10, lead=None, bold=False, italic=False, color=colors.black, before=0, after=4,
       left=0, align=0):
    fn = font + ("-Bold" if bold and not italic else "-Italic" if italic and not bold else "-BoldItalic" if bold and italic else "")
    return ParagraphStyle(name, fontName=fn, fontSize=size, leading=lead or size * 1.25, textColor=color,
                          spaceBefore=before, spaceAfter=after, leftIndent=left, alignment=align)


def P(text, style):
    return Paragraph(text, style)


def E(text):
    return escape(text)


def build(path, story, header=None, footer=None, land=False, margins=(2.2, 2.2, 2.4, 2.2), page_offset=0):
    """header(canvas, doc, pagenum) / footer(...) draw on each page."""
    ps = landscape(A4) if land else A4
    l, r, t, b = margins
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=l * cm, rightMargin=r * cm, topMargin=t * cm,
                            bottomMargin=b * cm, title="", author="")

    def onpage(c, d):
        c.saveState()
        n = d.page + page_offset
        if header:
            header(c, d, n, ps)
        if footer:
            footer(c, d, n, ps)
        c.restoreState()
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)


def hf_text(left=None, right=None, center=None, y_top=True, size=8, font="Sans", rule=False, color=colors.black):
    def draw(c, d, n, ps):
        W, H = ps
        y = H - 1.2 * cm if y_top else 1.1 * cm
        c.setFont(font, size); c.setFillColor(color)
        f = lambda s: s.replace("{n}", str(n)) if s else s
        if left:
            c.drawString(d.leftMargin, y, f(left))
        if right:
            c.drawRightString(W - d.rightMargin, y, f(right))
        if center:
            c.drawCentredString(W / 2, y, f(center))
        if rule:
            c.setStrokeColor(colors.grey); c.setLineWidth(0.5)
            yy = y - 4 if y_top else y + 10
            c.line(d.leftMargin, yy, W - d.rightMargin, yy)
    return draw


def both(*fns):
    def draw(c, d, n, ps):
        for f in fns:
            if f:
                f(c, d, n, ps)
    return draw


def grid_table(data, widths, header_bg=colors.HexColor("#D9D9D9"), repeat=1, font="Sans", size=8.5, grid=0.5,
               extra=None):
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=repeat)
    style = [("GRID", (0, 0), (-1, -1), grid, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), size),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if repeat and header_bg is not None:
        style.append(("BACKGROUND", (0, 0), (-1, repeat - 1), header_bg))
    if extra:
        style += extra
    t.setStyle(TableStyle(style))
    return t
