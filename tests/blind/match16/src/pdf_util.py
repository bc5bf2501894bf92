"""Helpers for reports drawn directly with reportlab."""
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping

_DONE = False
# set by make_batch before each report is built
CURRENT = {"author": "", "title": ""}
LIB = "/usr/share/fonts/truetype/liberation2/"
DJV = "/usr/share/fonts/truetype/dejavu/"


def fonts():
    global _DONE
    if _DONE:
        return
    for fam, path, files in (
        ("LibSans", LIB, ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf",
                          "LiberationSans-BoldItalic.ttf")),
        ("LibSerif", LIB, ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
                           "LiberationSerif-BoldItalic.ttf")),
        ("DejaVu", DJV, ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                         "DejaVuSans-BoldOblique.ttf")),
    ):
        names = [fam, fam + "-Bold", fam + "-Italic", fam + "-BoldItalic"]
        for n, f in zip(names, files):
            pdfmetrics.registerFont(TTFont(n, path + f))
        addMapping(fam, 0, 0, names[0])
        addMapping(fam, 1, 0, names[1])
        addMapping(fam, 0, 1, names[2])
        addMapping(fam, 1, 1, names[3])
    _DONE = True


def st(name, font="LibSans", size=10, leading=None, bold=False, italic=False, **kw):
    fonts()
    fn = font + ("-BoldItalic" if bold and italic else "-Bold" if bold else "-Italic" if italic else "")
    return ParagraphStyle(name, fontName=fn, fontSize=size, leading=leading or size * 1.25, **kw)


def e(text):
    return escape(text)
