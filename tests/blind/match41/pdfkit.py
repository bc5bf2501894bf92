# -*- coding: utf-8 -*-
"""reportlab helpers: fonts, styles, page templates with header/footer and 'Side n av m'."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm, mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_RIGHT, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether, CondPageBreak, NextPageTemplate)
from xml.sax.saxutils import escape

LIB = "/usr/share/fonts/truetype/liberation/"
_FONTS_DONE = False


def fonts():
    global _FONTS_DONE
    if _FONTS_DONE:
        return
    for fam, base in (("Sans", "LiberationSans"), ("Serif", "LiberationSerif"), ("Narrow", "LiberationSansNarrow"),
                      ("Mono", "LiberationMono")):
        pdfmetrics.registerFont(TTFont(fam, LIB + base + "-Regular.ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-B", LIB + base + "-Bold.ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-I", LIB + base + "-Italic.ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-BI", LIB + base + "-BoldItalic.ttf"))
        from reportlab.lib.fonts import addMapping
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")
    _FONTS_DONE = True


def S(name="b", font="Sans", size=10, leading=None, bold=False, italic=False, color=colors.black, align=TA_LEFT,
      before=0, after=4, left=0, first=0, bullet=None):
    fonts()
    fn = font + ("-BI" if bold and italic else "-B" if bold else "-I" if italic else "")
    return ParagraphStyle(name, fontName=fn, fontSize=size, leading=leading or size * 1.25, textColor=color,
                          alignment=align, spaceBefore=before, spaceAfter=after, leftIndent=left,
                          firstLineIndent=first, bulletIndent=0, bulletFontName=fn, bulletFontSize=size)


def P(text, style, esc=True):
    return Paragraph(escape(text) if esc else text, style)


def e(text):
    return escape(text)


class NumberedCanvas(rl_canvas.Canvas):
    """Canvas that knows the page count at save time; calls self.deco(canvas, n, total)."""

    deco = None

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            if NumberedCanvas.deco:
                NumberedCanvas.deco(self, self._pageNumber, total)
            super().showPage()
        super().save()


def build(path, story, pagesize=A4, margins=(2.2 * cm, 2.2 * cm, 2.4 * cm, 2.2 * cm), deco=None, title="",
          author="", first_deco=None, templates=None):
    """margins = (left, right, top, bottom). deco(canvas, page, total) draws header/footer."""
    fonts()
    L, R, T, B = margins
    W, H = pagesize
    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=L, rightMargin=R, topMargin=T, bottomMargin=B,
                          title=title, author=author, creator="Microsoft® Word for Microsoft 365",
                          producer="Microsoft® Word for Microsoft 365")
    if templates is None:
        frame = Frame(L, B, W - L - R, H - T - B, id="f", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        templates = [PageTemplate(id="main", frames=[frame])]
    doc.addPageTemplates(templates)
    NumberedCanvas.deco = deco
    doc.build(story, canvasmaker=NumberedCanvas)
    NumberedCanvas.deco = None
    return doc


def grid_style(extra=None, grid=0.5, gcolor=colors.HexColor("#808080"), pad=3, header_bg=None, valign="TOP"):
    cmds = [("GRID", (0, 0), (-1, -1), grid, gcolor), ("VALIGN", (0, 0), (-1, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), pad + 1), ("RIGHTPADDING", (0, 0), (-1, -1), pad + 1),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if header_bg is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), header_bg))
    if extra:
        cmds.extend(extra)
    return TableStyle(cmds)
