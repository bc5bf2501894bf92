# -*- coding: utf-8 -*-
"""reportlab helpers shared by the r_pdf_*.py renderers."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT, TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether,
                                PageBreak, Flowable)

_LIB = "/usr/share/fonts/truetype/liberation/"
_DJV = "/usr/share/fonts/truetype/dejavu/"
_DONE = False


def fonts():
    global _DONE
    if _DONE:
        return
    reg = [("Sans", _LIB + "LiberationSans-Regular.ttf"), ("Sans-B", _LIB + "LiberationSans-Bold.ttf"),
           ("Sans-I", _LIB + "LiberationSans-Italic.ttf"), ("Sans-BI", _LIB + "LiberationSans-BoldItalic.ttf"),
           ("Serif", _LIB + "LiberationSerif-Regular.ttf"), ("Serif-B", _LIB + "LiberationSerif-Bold.ttf"),
           ("Serif-I", _LIB + "LiberationSerif-Italic.ttf"), ("Serif-BI", _LIB + "LiberationSerif-BoldItalic.ttf"),
           ("Mono", _DJV + "DejaVuSansMono.ttf"), ("Mono-B", _DJV + "DejaVuSansMono-Bold.ttf"),
           ("DJ", _DJV + "DejaVuSans.ttf"), ("DJ-B", _DJV + "DejaVuSans-Bold.ttf")]
    for name, path in reg:
        pdfmetrics.registerFont(TTFont(name, path))
    from reportlab.lib.fonts import addMapping
    for fam in ("Sans", "Serif"):
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")
    addMapping("Mono", 0, 0, "Mono")
    addMapping("Mono", 1, 0, "Mono-B")
    addMapping("Mono", 0, 1, "Mono")
    addMapping("Mono", 1, 1, "Mono-B")
    _DONE = True


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def style(name="s", font="Sans", size=10, leading=None, bold=False, italic=False, color=colors.black,
          before=0, after=4, left=0, align=TA_LEFT, first=0, keep=None):
    fonts()
    fn = font + ("-B" if bold and not italic else "-I" if italic and not bold else "-BI" if bold and italic else "")
    return ParagraphStyle(name, fontName=fn, fontSize=size, leading=leading or size * 1.25, textColor=color,
                          spaceBefore=before, spaceAfter=after, leftIndent=left, alignment=align,
                          firstLineIndent=first,
                          keepWithNext=(1 if (keep or (keep is None and bold and before >= 8)) else 0))


def P(text, st, raw=False):
    return Paragraph(text if raw else esc(text), st)


def make_canvas(draw):
    """Canvas class that knows the total page count; draw(c, page, total) decorates each page."""
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._states = []

        def showPage(self):
            self._states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._states)
            for i, st in enumerate(self._states):
                self.__dict__.update(st)
                draw(self, i + 1, total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
    return NumberedCanvas


def build(path, story, draw, pagesize=A4, margins=(2.2 * cm, 2.2 * cm, 2.2 * cm, 2.2 * cm), title="",
          author=""):
    fonts()
    l, r, t, b = margins
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=l, rightMargin=r, topMargin=t,
                            bottomMargin=b, title=title, author=author)
    doc.build(story, canvasmaker=make_canvas(draw))


def grid(data, widths, font="Sans", size=8.5, head=True, head_bg=colors.HexColor("#D9E2F3"),
         line=colors.black, repeat=1, pad=3, valign="TOP", extra=None):
    t = Table(data, colWidths=widths, repeatRows=repeat if head else 0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, line), ("VALIGN", (0, 0), (-1, -1), valign),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad - 1), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if head and head_bg is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
    if extra:
        cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    t.hAlign = "LEFT"
    return t


class HR(Flowable):
    def __init__(self, width, thick=0.5, color=colors.black, space=3):
        Flowable.__init__(self)
        self.width, self.thick, self.color, self.space = width, thick, color, space

    def wrap(self, aw, ah):
        return self.width, self.thick + 2 * self.space

    def draw(self):
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thick)
        self.canv.line(0, self.space, self.width, self.space)


__all__ = ["colors", "cm", "A4", "landscape", "TA_LEFT", "TA_RIGHT", "TA_CENTER", "Paragraph", "Spacer",
           "Table", "TableStyle", "KeepTogether", "PageBreak", "Flowable", "fonts", "esc", "style", "P",
           "make_canvas", "build", "grid", "HR"]
