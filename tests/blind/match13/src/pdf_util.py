"""reportlab helpers: fonts, styles, page templates with header/footer and 'side x av y'."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate
from xml.sax.saxutils import escape

_FONTS = {
    "DejaVu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
               "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
               "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf",
               "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf"),
    "Liberation": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                   "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
                   "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf",
                   "/usr/share/fonts/truetype/liberation2/LiberationSans-BoldItalic.ttf"),
    "Carlito": ("/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
                "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
                "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf",
                "/usr/share/fonts/truetype/crosextra/Carlito-BoldItalic.ttf"),
}
_registered = set()


def font(family):
    """Register a TTF family once; return (regular, bold, italic, bolditalic) names."""
    names = (family, family + "-Bold", family + "-Italic", family + "-BoldItalic")
    if family not in _registered:
        for name, path in zip(names, _FONTS[family]):
            pdfmetrics.registerFont(TTFont(name, path))
        pdfmetrics.registerFontFamily(family, normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3])
        _registered.add(family)
    return names


def styles(family="DejaVu", base=9.5):
    f, fb, fi, fbi = font(family)
    S = {}
    S["body"] = ParagraphStyle("body", fontName=f, fontSize=base, leading=base * 1.3, alignment=TA_LEFT, spaceAfter=4)
    S["small"] = ParagraphStyle("small", parent=S["body"], fontSize=base - 1.5, leading=(base - 1.5) * 1.25, spaceAfter=0)
    S["smallb"] = ParagraphStyle("smallb", parent=S["small"], fontName=fb)
    S["cell"] = ParagraphStyle("cell", parent=S["body"], fontSize=base - 1, leading=(base - 1) * 1.25, spaceAfter=0)
    S["cellb"] = ParagraphStyle("cellb", parent=S["cell"], fontName=fb)
    S["italic"] = ParagraphStyle("italic", parent=S["body"], fontName=fi)
    S["bold"] = ParagraphStyle("bold", parent=S["body"], fontName=fb)
    S["h1"] = ParagraphStyle("h1", parent=S["body"], fontName=fb, fontSize=base + 7, leading=(base + 7) * 1.25, spaceBefore=6, spaceAfter=10)
    S["h2"] = ParagraphStyle("h2", parent=S["body"], fontName=fb, fontSize=base + 3, leading=(base + 3) * 1.3, spaceBefore=10, spaceAfter=6)
    S["h3"] = ParagraphStyle("h3", parent=S["body"], fontName=fb, fontSize=base + 1, leading=(base + 1) * 1.3, spaceBefore=8, spaceAfter=3)
    S["fonts"] = (f, fb, fi, fbi)
    return S


def P(text, style):
    return Paragraph(escape(text), style)


def PB(label, text, style):
    """Bold label followed by plain text in one paragraph."""
    return Paragraph("<b>%s</b> %s" % (escape(label), escape(text)), style)


def make_numbered_canvas(fmt="Side %d av %d", fontname="Helvetica", size=8, pos="center"):
    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                w, _ = self._pagesize
                self.setFont(fontname, size)
                txt = fmt % (self._pageNumber, n)
                if pos == "center":
                    self.drawCentredString(w / 2, 1.1 * cm, txt)
                else:
                    self.drawRightString(w - 2 * cm, 1.1 * cm, txt)
                super().showPage()
            super().save()
    return NumberedCanvas


def header_footer_fn(header_left="", header_right="", footer_left="", fontname="Helvetica", size=8, rule=True):
    def draw(canv, doc):
        w, h = doc.pagesize
        canv.saveState()
        canv.setFont(fontname, size)
        if header_left:
            canv.drawString(doc.leftMargin, h - 1.2 * cm, header_left)
        if header_right:
            canv.drawRightString(w - doc.rightMargin, h - 1.2 * cm, header_right)
        if rule and (header_left or header_right):
            canv.setStrokeColor(colors.grey)
            canv.setLineWidth(0.4)
            canv.line(doc.leftMargin, h - 1.35 * cm, w - doc.rightMargin, h - 1.35 * cm)
        if footer_left:
            canv.drawString(doc.leftMargin, 1.1 * cm, footer_left)
        canv.restoreState()
    return draw


def build(path, story, pagesize=A4, land=False, margins=(2 * cm, 2 * cm, 2.2 * cm, 2 * cm),
          on_page=None, canvasmaker=None, title="", author=""):
    ps = landscape(pagesize) if land else pagesize
    l, r, t, b = margins
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=l, rightMargin=r, topMargin=t, bottomMargin=b,
                            title=title, author=author, invariant=1)
    kw = {}
    if on_page:
        kw["onFirstPage"] = on_page
        kw["onLaterPages"] = on_page
    if canvasmaker:
        kw["canvasmaker"] = canvasmaker
    doc.build(story, **kw)
    return doc
