"""Template F: VOFO report produced directly as PDF with reportlab (not via Word): paragraphs with a bold
lead-in title, the delmål quoted by its text, and a closing line with responsibility and period."""
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from .catalog import DELMAL, DELMAL_SHORT

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def _fonts():
    if "DV" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DV-B", FONT_DIR + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DV-I", FONT_DIR + "DejaVuSans-Oblique.ttf"))
        pdfmetrics.registerFont(TTFont("DV-BI", FONT_DIR + "DejaVuSans-BoldOblique.ttf"))
        pdfmetrics.registerFontFamily("DV", normal="DV", bold="DV-B", italic="DV-I", boldItalic="DV-BI")


def render_F(path, rep):
    _fonts()
    m = rep["meta"]
    body = ParagraphStyle("body", fontName="DV", fontSize=10, leading=14, spaceAfter=3)
    small = ParagraphStyle("small", parent=body, fontSize=9, leading=12, textColor="#333333", spaceAfter=12)
    title = ParagraphStyle("title", parent=body, fontName="DV-B", fontSize=15, leading=19, spaceAfter=10)

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("DV", 8)
        canvas.drawString(2.2 * cm, 1.3 * cm, "VOFO – Voksenopplæringsforbundet")
        canvas.drawRightString(A4[0] - 2.2 * cm, 1.3 * cm, f"Side {doc.page}")
        canvas.restoreState()

    story = [Paragraph(escape(m["title"]), title), Paragraph(escape(m["intro"]), body), Spacer(1, 10)]
    for r in rep["rows"]:
        story.append(Paragraph(f"<b>{escape(r['title'])}</b>. {escape(r['desc'])}", body))
        if r["dm"]:
            quotes = " og ".join("«" + escape(DELMAL_SHORT.get(c, DELMAL[c]).rstrip(".")) + "»" for c in r["dm"])
            story.append(Paragraph(f"Delmål: {quotes}", body))
        story.append(Paragraph(
            f"<i>Ansvarlig: {escape(r['resp'])} · Samarbeid: {escape(r['partners'])} · Periode: {escape(r['period'])}</i>",
            small))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
                            bottomMargin=2.2 * cm, title=m["title"], author="VOFO")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return rep["rows"]
