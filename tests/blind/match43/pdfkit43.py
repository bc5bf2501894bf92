# -*- coding: utf-8 -*-
"""reportlab helpers for match43: fonts, paragraph styles, a document builder with page decoration that knows the
page count ('Side n av m'), and small table helpers."""
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm, mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_RIGHT, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether, CondPageBreak, NextPageTemplate, Flowable)

LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"
_DONE = False


def fonts():
    global _DONE
    if _DONE:
        return
    for fam, base in (("Sans", "LiberationSans"), ("Serif", "LiberationSerif"), ("Narrow", "LiberationSansNarrow"),
                      ("Mono", "LiberationMono")):
        pdfmetrics.registerFont(TTFont(fam, LIB + base + "-Regular.ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-B", LIB + base + "-Bold.ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-I", LIB + base + "-Italic.ttf"))
        pdfmetrics.registerFont(TTFont(fam + "-BI", LIB + base + "-BoldItalic.ttf"))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")
    pdfmetrics.registerFont(TTFont("DV", DJV + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DV-B", DJV + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DV-I", DJV + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DV-BI", DJV + "DejaVuSans-BoldOblique.ttf"))
    addMapping("DV", 0, 0, "DV")
    addMapping("DV", 1, 0, "DV-B")
    addMapping("DV", 0, 1, "DV-I")
    addMapping("DV", 1, 1, "DV-BI")
    _DONE = True


def S(name="b", font="Sans", size=10, leading=None, bold=False, italic=False, color=colors.black, align=TA_LEFT,
      before=0, after=4, left=0, first=0, right=0, keep=0):
    fonts()
    fn = font + ("-BI" if bold and italic else "-B" if bold else "-I" if italic else "")
    return ParagraphStyle(name, fontName=fn, fontSize=size, leading=leading or size * 1.28, textColor=color,
                          alignment=align, spaceBefore=before, spaceAfter=after, leftIndent=left, rightIndent=right,
                          firstLineIndent=first, keepWithNext=keep, bulletFontName=fn, bulletFontSize=size,
                          splitLongWords=0)


def e(text):
    return escape(text)


def P(text, style, esc=True):
    return Paragraph(escape(text) if esc else text, style)


class _NumCanvas(rl_canvas.Canvas):
    deco = None

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._saved)
        for i, st in enumerate(self._saved):
            self.__dict__.update(st)
            if type(self).deco:
                type(self).deco(self, i + 1, total)
            super().showPage()
        super().save()


def build(path, story, deco=None, pagesize=A4, margins=(2.2 * cm, 2.2 * cm, 2.4 * cm, 2.2 * cm), title="", author="",
          templates=None, first_deco=None):
    """margins = (left, right, top, bottom). deco(canvas, page, total) draws header/footer after layout.
    templates: optional list of (id, pagesize, margins) for mixed orientation; story uses NextPageTemplate."""
    fonts()
    l, r, t, b = margins
    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b,
                          title=title, author=author, creator="Microsoft® Word for Microsoft 365")
    pts = []
    if templates:
        for tid, ps, (l2, r2, t2, b2) in templates:
            fr = Frame(l2, b2, ps[0] - l2 - r2, ps[1] - t2 - b2, id="f_" + tid, leftPadding=0, rightPadding=0,
                       topPadding=0, bottomPadding=0)
            pts.append(PageTemplate(id=tid, frames=[fr], pagesize=ps))
    else:
        fr = Frame(l, b, pagesize[0] - l - r, pagesize[1] - t - b, id="main", leftPadding=0, rightPadding=0,
                   topPadding=0, bottomPadding=0)
        pts.append(PageTemplate(id="main", frames=[fr], pagesize=pagesize))
    doc.addPageTemplates(pts)

    class C(_NumCanvas):
        pass
    C.deco = staticmethod(deco) if deco else None
    doc.build(story, canvasmaker=C)


def tstyle(*cmds):
    return TableStyle(list(cmds))


class HLine(Flowable):
    def __init__(self, width, thickness=0.5, color=colors.grey, space=2):
        super().__init__()
        self.width, self.thickness, self.color, self.space = width, thickness, color, space

    def wrap(self, aw, ah):
        return self.width, self.thickness + 2 * self.space

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)


def pairs_join(items, last=" og "):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + last + items[-1]
