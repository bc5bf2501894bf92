# -*- coding: utf-8 -*-
"""reportlab helpers: fonts, paragraph styles, page templates with header/footer and 'n av m'."""
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, CondPageBreak, NextPageTemplate)

LIB = "/usr/share/fonts/truetype/liberation/"
DJ = "/usr/share/fonts/truetype/dejavu/"
_done = False


def fonts():
    global _done
    if _done:
        return
    fams = {
        "Sans": ("LiberationSans-Regular", "LiberationSans-Bold", "LiberationSans-Italic", "LiberationSans-BoldItalic"),
        "Serif": ("LiberationSerif-Regular", "LiberationSerif-Bold", "LiberationSerif-Italic",
                  "LiberationSerif-BoldItalic"),
        "Mono": ("LiberationMono-Regular", "LiberationMono-Bold", "LiberationMono-Italic", "LiberationMono-BoldItalic"),
        "Narrow": ("LiberationSansNarrow-Regular", "LiberationSansNarrow-Bold", "LiberationSansNarrow-Italic",
                   "LiberationSansNarrow-BoldItalic"),
    }
    from reportlab.lib.fonts import addMapping
    for fam, files in fams.items():
        names = [fam, fam + "-Bold", fam + "-Italic", fam + "-BoldItalic"]
        for n, fn in zip(names, files):
            pdfmetrics.registerFont(TTFont(n, LIB + fn + ".ttf"))
        addMapping(fam, 0, 0, names[0])
        addMapping(fam, 1, 0, names[1])
        addMapping(fam, 0, 1, names[2])
        addMapping(fam, 1, 1, names[3])
    pdfmetrics.registerFont(TTFont("DejaVu", DJ + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", DJ + "DejaVuSans-Bold.ttf"))
    _done = True


def S(name="x", font="Sans", size=10, leading=None, color=colors.black, align=TA_LEFT, before=0, after=4,
      left=0, first=0, bold=False, italic=False):
    f = font + ("-BoldItalic" if bold and italic else "-Bold" if bold else "-Italic" if italic else "")
    return ParagraphStyle(name, fontName=f, fontSize=size, leading=leading or size * 1.25, textColor=color,
                          alignment=align, spaceBefore=before, spaceAfter=after, leftIndent=left,
                          firstLineIndent=first)


def P(text, style):
    """Paragraph from plain text (escaped)."""
    return Paragraph(escape(text), style)


def PX(markup, style):
    """Paragraph from reportlab mini-markup (caller escapes)."""
    return Paragraph(markup, style)


def e(text):
    return escape(text)


def make_canvas(hf):
    """Canvas class that draws header/footer with the total page count known."""
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._states = []

        def showPage(self):
            self._states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._states)
            for st in self._states:
                self.__dict__.update(st)
                hf(self, self._pageNumber, total)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
    return NC


def build(path, story, hf, pagesize=A4, margins=(2.2 * cm, 2.2 * cm, 2.6 * cm, 2.2 * cm), title="", author="",
          extra_templates=None):
    """margins = (left, right, top, bottom)."""
    fonts()
    l, r, t, b = margins
    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b,
                          title=title, author=author)
    fr = Frame(l, b, pagesize[0] - l - r, pagesize[1] - t - b, id="main", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    tpls = [PageTemplate(id="main", frames=[fr], pagesize=pagesize)]
    if extra_templates:
        tpls += extra_templates(doc)
    doc.addPageTemplates(tpls)
    doc.build(story, canvasmaker=make_canvas(hf))
    return doc


def grid_style(header_bg=None, grid=0.5, grid_color=colors.grey, font="Sans", size=9, valign="TOP", pad=3,
               header_rows=1):
    cmds = [("VALIGN", (0, 0), (-1, -1), valign),
            ("FONT", (0, 0), (-1, -1), font, size),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), grid, grid_color))
    if header_bg is not None and header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), header_bg))
    return TableStyle(cmds)


fonts()

__all__ = ["A4", "landscape", "cm", "mm", "colors", "TA_CENTER", "TA_LEFT", "TA_RIGHT", "S", "P", "PX", "e",
           "build", "grid_style", "Table", "TableStyle", "Spacer", "PageBreak", "KeepTogether", "CondPageBreak",
           "Paragraph", "Frame", "PageTemplate", "NextPageTemplate", "fonts"]
