# -*- coding: utf-8 -*-
"""LO 2019: symbol bullets. ▪ = measure, ➢ = field, ✔ = what was done."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, KeepTogether
from common import fonts, paged_canvas, codes_og
from data import AREA


def build(rep, out):
    fonts()
    base = ParagraphStyle("b", fontName="DejaVu", fontSize=9.5, leading=13)
    h1 = ParagraphStyle("h1", parent=base, fontName="DejaVu-B", fontSize=16, leading=20, textColor=colors.HexColor("#C8102E"))
    h2 = ParagraphStyle("h2", parent=base, fontName="DejaVu-B", fontSize=11.5, leading=15, spaceBefore=12,
                        spaceAfter=4, textColor=colors.HexColor("#C8102E"))
    l1 = ParagraphStyle("l1", parent=base, fontName="DejaVu-B", fontSize=10.5, leftIndent=14, firstLineIndent=-14,
                        spaceBefore=7)
    l2 = ParagraphStyle("l2", parent=base, leftIndent=34, firstLineIndent=-14)
    story = [Paragraph("LOs oppfølging av Nasjonal kompetansepolitisk strategi – 2019", h1), Spacer(1, 6),
             Paragraph("Landsorganisasjonen i Norge rapporterer her på tiltak LO og forbundene har "
                       "gjennomført eller deltatt i. Tiltakene er gruppert etter hovedinnsatsområde.", base)]
    cur = None
    for m in rep["measures"]:
        area = m["d"][0][0] if m["d"] else "2"
        if area != cur:
            cur = area
            story.append(Paragraph("Hovedinnsatsområde %s – %s" % (area, AREA[area]), h2))
        blk = [Paragraph("▪ " + m["title"], l1)]
        blk.append(Paragraph("➢ Delmål: " + codes_og(m["d"]), l2))
        blk.append(Paragraph("➢ Type: " + m["type"], l2))
        blk.append(Paragraph("➢ Ansvarlig: " + m["resp"], l2))
        if m["partners"]:
            blk.append(Paragraph("➢ Med: " + ", ".join(m["partners"]), l2))
        if m["period"]:
            blk.append(Paragraph("➢ Tidsrom: " + m["period"], l2))
        blk.append(Paragraph("✔ " + m["desc"], l2))
        story.append(KeepTogether(blk))

    def deco(c, n, total):
        c.setFont("DejaVu", 7.5)
        c.drawString(2.2 * cm, 1.2 * cm, "LO – Landsorganisasjonen i Norge · Rapport NKPS 2019")
        c.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "%d/%d" % (n, total))
    SimpleDocTemplate(out, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm,
                      bottomMargin=2 * cm, title="LO NKPS 2019").build(story, canvasmaker=paged_canvas(deco))
