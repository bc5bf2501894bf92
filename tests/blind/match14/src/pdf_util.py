"""reportlab helpers: fonts and styles."""
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from xml.sax.saxutils import escape

_DONE = False


def fonts():
    global _DONE
    if _DONE:
        return
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DejaVu", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Oblique", base + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-BoldOblique", base + "DejaVuSans-BoldOblique.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    addMapping("DejaVu", 0, 1, "DejaVu-Oblique")
    addMapping("DejaVu", 1, 1, "DejaVu-BoldOblique")
    _DONE = True


def style(name, font="Helvetica", size=10, leading=None, bold=False, italic=False, color=None, **kw):
    fn = font
    if font == "Helvetica":
        fn = {(False, False): "Helvetica", (True, False): "Helvetica-Bold",
              (False, True): "Helvetica-Oblique", (True, True): "Helvetica-BoldOblique"}[(bold, italic)]
    elif font == "DejaVu":
        fn = {(False, False): "DejaVu", (True, False): "DejaVu-Bold",
              (False, True): "DejaVu-Oblique", (True, True): "DejaVu-BoldOblique"}[(bold, italic)]
    s = ParagraphStyle(name, fontName=fn, fontSize=size, leading=leading or size * 1.25, **kw)
    if color:
        from reportlab.lib import colors
        s.textColor = colors.HexColor(color)
    return s


def x(s):
    return escape(s)
