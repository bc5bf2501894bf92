# -*- coding: utf-8 -*-
"""reportlab helpers: fonts, styles, a canvas that knows the page count."""
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether, PageBreak

LIB = "/usr/share/fonts/truetype/liberation/"
DJV = "/usr/share/fonts/truetype/dejavu/"
_done = False


def fonts():
    global _done
    if _done:
        return
    fams = {
        "Sans": (LIB + "LiberationSans-Regular.ttf", LIB + "LiberationSans-Bold.ttf",
                 LIB + "LiberationSans-Italic.ttf", LIB + "LiberationSans-BoldItalic.ttf"),
        "Serif": (LIB + "LiberationSerif-Regular.ttf", LIB + "LiberationSerif-Bold.ttf",
                  LIB + "LiberationSerif-Italic.ttf", LIB + "LiberationSerif-BoldItalic.ttf"),
        "DV": (DJV + "DejaVuSans.ttf", DJV + "DejaVuSans-Bold.ttf", DJV + "DejaVuSans-Oblique.ttf",
               DJV + "DejaVuSans-BoldOblique.ttf"),
        "Narrow": (LIB + "LiberationSansNarrow-Regular.ttf", LIB + "LiberationSansNarrow-Bold.ttf",
                   LIB + "LiberationSansNarrow-Italic.ttf", LIB + "LiberationSansNarrow-BoldItalic.ttf"),
    }
    for fam, (r, b, i, bi) in fams.items():
        pdfmetrics.registerFont(TTFont(fam, r))
        pdfmetrics.registerFont(TTFont(fam + "-B", b))
        pdfmetrics.registerFont(TTFont(fam + "-I", i))
        pdfmetrics.registerFont(TTFont(fam + "-BI", bi))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")
    _done = True


def E(t):
    return escape(t)


def S(name="x", font="Sans", size=10, lead=None, bold=False, italic=False, color=colors.black, align=0,
      before=0, after=4, left=0, first=0, **kw):
    fn = font + ("-BI" if bold and italic else "-B" if bold else "-I" if italic else "")
    return ParagraphStyle(name, fontName=fn, fontSize=size, leading=lead or size * 1.25, textColor=color,
                          alignment=align, spaceBefore=before, spaceAfter=after, leftIndent=left,
                          firstLineIndent=first, bulletFontName=kw.pop("bulletFontName", font),
                          **kw)


def P(text, style, raw=False, bullet=None):
    return Paragraph(text if raw else E(text), style, bulletText=bullet)


def numbered_canvas(draw):
    """Return a canvasmaker; draw(canvas, page_no, page_count) is called for every page."""
    class NC(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            rl_canvas.Canvas.__init__(self, *a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for st in self._saved:
                self.__dict__.update(st)
                draw(self, self._pageNumber, n)
                rl_canvas.Canvas.showPage(self)
            rl_canvas.Canvas.save(self)
    return NC


def build(path, story, draw, pagesize=A4, margins=(2.2, 2.2, 2.4, 2.2), title="", author=""):
    """margins in cm: left, right, top, bottom."""
    fonts()
    l, r, t, b = margins
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=l * cm, rightMargin=r * cm, topMargin=t * cm,
                            bottomMargin=b * cm, title=title, author=author)
    doc.build(story, canvasmaker=numbered_canvas(draw))
    return doc


def grid(data, widths, style_cmds, repeat=0):
    t = Table(data, colWidths=widths, repeatRows=repeat)
    t.setStyle(TableStyle(style_cmds))
    return t


def auto_widths(matrix, total, weights, font="Sans", size=8.5, pad=12.5, bold_cols=()):
    """Column widths (points) so that the longest word of every column fits (no mid-word breaks);
    the rest of `total` is shared out by `weights`.  matrix: rows of plain strings, row 0 = header (bold)."""
    ncol = len(weights)
    mins = [0.0] * ncol
    for k, row in enumerate(matrix):
        for i, txt in enumerate(row):
            fn = font + "-B" if (k == 0 or i in bold_cols) else font
            for w in str(txt).replace("<br/>", " ").split():
                mins[i] = max(mins[i], pdfmetrics.stringWidth(w, fn, size) + pad)
    rest = total - sum(mins)
    assert rest > 0, ("table too wide", mins, total)
    tw = float(sum(weights))
    return [mins[i] + rest * weights[i] / tw for i in range(ncol)]
