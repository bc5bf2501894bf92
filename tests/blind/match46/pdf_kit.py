"""reportlab helpers for batch match46."""
from xml.sax.saxutils import escape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm, mm
from reportlab.platypus import (Paragraph, Spacer, Table, TableStyle, KeepTogether, PageBreak,
                                BaseDocTemplate, PageTemplate, Frame, FrameBreak, NextPageTemplate,
                                CondPageBreak)

_F = "/usr/share/fonts/truetype/"
pdfmetrics.registerFont(TTFont("LS", _F + "liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LS-B", _F + "liberation/LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LS-I", _F + "liberation/LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LS-BI", _F + "liberation/LiberationSans-BoldItalic.ttf"))
pdfmetrics.registerFontFamily("LS", normal="LS", bold="LS-B", italic="LS-I", boldItalic="LS-BI")
pdfmetrics.registerFont(TTFont("LR", _F + "liberation/LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LR-B", _F + "liberation/LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LR-I", _F + "liberation/LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LR-BI", _F + "liberation/LiberationSerif-BoldItalic.ttf"))
pdfmetrics.registerFontFamily("LR", normal="LR", bold="LR-B", italic="LR-I", boldItalic="LR-BI")
pdfmetrics.registerFont(TTFont("DV", _F + "dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DV-B", _F + "dejavu/DejaVuSans-Bold.ttf"))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV", boldItalic="DV-B")

E = escape


def st(name, font="LS", size=10, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.25, **kw)


def P(text, style):
    return Paragraph(text, style)


def grey(v):
    return colors.Color(v, v, v)


def hexc(h):
    return colors.HexColor(h)


def header_footer(left=None, right=None, foot_left=None, foot_right=None, font="LS", size=8,
                  rule=True, page_offset=0, pagesize=A4, total=None, color=colors.black):
    """Return an onPage callback drawing header/footer strings; '{n}' and '{m}' are replaced."""
    def cb(canv, doc):
        w, h = pagesize
        n = canv.getPageNumber() + page_offset
        canv.saveState()
        canv.setFont(font, size)
        canv.setFillColor(color)

        def fmt(s):
            return s.replace("{n}", str(n)).replace("{m}", str(total or ""))
        if left:
            canv.drawString(2 * cm, h - 1.3 * cm, fmt(left))
        if right:
            canv.drawRightString(w - 2 * cm, h - 1.3 * cm, fmt(right))
        if rule and (left or right):
            canv.setLineWidth(0.4)
            canv.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)
        if foot_left:
            canv.drawString(2 * cm, 1.1 * cm, fmt(foot_left))
        if foot_right:
            canv.drawRightString(w - 2 * cm, 1.1 * cm, fmt(foot_right))
        canv.restoreState()
    return cb


def simple_doc(path, pagesize=A4, margins=(2 * cm, 2 * cm, 2.2 * cm, 2 * cm), onpage=None, title=""):
    l, r, t, b = margins
    doc = BaseDocTemplate(path, pagesize=pagesize, leftMargin=l, rightMargin=r, topMargin=t,
                          bottomMargin=b, title=title, author="")
    fr = Frame(l, b, pagesize[0] - l - r, pagesize[1] - t - b, id="body", leftPadding=0, rightPadding=0,
               topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="main", frames=[fr], onPage=onpage or (lambda c, d: None))])
    return doc


def two_count(pdf_path):
    """number of pages of a built pdf"""
    import pdfplumber
    with pdfplumber.open(pdf_path) as p:
        return len(p.pages)
