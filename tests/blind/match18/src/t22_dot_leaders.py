# -*- coding: utf-8 -*-
"""NHO 2025: register-like list, 'title ....... delmål 1.4, 2.3' with dot leaders, split into
'Videreførte tiltak' and 'Nye tiltak'; indented fact sentence and text."""
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Flowable, KeepTogether
from reportlab.pdfbase.pdfmetrics import stringWidth
from common import fonts, paged_canvas, codes_og
from data import F22_CONTINUED


class Leader(Flowable):
    def __init__(self, left, right, font="Sans-B", size=11):
        super().__init__()
        self.left, self.right, self.font, self.size = left, right, font, size

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size * 1.5

    def draw(self):
        c = self.canv
        c.setFont(self.font, self.size)
        c.drawString(0, 3, self.left)
        lw = stringWidth(self.left, self.font, self.size)
        c.setFont("Sans", self.size - 1)
        rw = stringWidth(self.right, "Sans", self.size - 1)
        c.drawRightString(self.aw, 3, self.right)
        dw = stringWidth(".", "Sans", self.size - 1)
        x = lw + 6
        while x + dw < self.aw - rw - 6:
            c.drawString(x, 3, "."); x += dw * 1.8


def build(rep, out):
    fonts()
    b = ParagraphStyle("b", fontName="Sans", fontSize=9.5, leading=12.5, leftIndent=18)
    f = ParagraphStyle("f", parent=b, fontName="Sans-I", fontSize=8.5, textColor=colors.HexColor("#444444"))
    h1 = ParagraphStyle("h1", fontName="Sans-B", fontSize=17, leading=21, textColor=colors.HexColor("#003B5C"))
    h2 = ParagraphStyle("h2", fontName="Sans-B", fontSize=12.5, leading=16, spaceBefore=14, spaceAfter=6,
                        textColor=colors.HexColor("#003B5C"))
    story = [Paragraph("NHO – kompetansepolitiske tiltak 2025", h1), Spacer(1, 6),
             Paragraph("Rapport til Kompetansepolitisk råd. Tallene til høyre viser hvilke delmål i Nasjonal "
                       "kompetansepolitisk strategi tiltaket følger opp.", ParagraphStyle("i", parent=b, leftIndent=0))]
    for i, m in enumerate(rep["measures"]):
        if i == 0:
            story.append(Paragraph("Videreførte tiltak", h2))
        if i == F22_CONTINUED:
            story.append(Paragraph("Nye tiltak", h2))
        right = ("delmål " + codes_og(m["d"])) if m["d"] else "–"
        facts = "Ansvar: %s." % m["resp"]
        if m["partners"]:
            facts += " Med: %s." % ", ".join(m["partners"])
        if m["period"]:
            facts += " Periode: %s." % m["period"]
        facts += " Type: %s." % m["type"]
        story.append(KeepTogether([Leader(m["title"], right), Paragraph(facts, f), Spacer(1, 2),
                                   Paragraph(m["desc"], b), Spacer(1, 8)]))

    def deco(c, n, total):
        c.setFont("Sans", 8)
        c.drawString(inch, 0.6 * inch, "NHO · Næringslivets Hovedorganisasjon")
        c.drawRightString(letter[0] - inch, 0.6 * inch, "Side %d av %d" % (n, total))
    SimpleDocTemplate(out, pagesize=letter, leftMargin=inch, rightMargin=inch, topMargin=0.9 * inch,
                      bottomMargin=0.9 * inch, title="NHO 2025").build(story, canvasmaker=paged_canvas(deco))
