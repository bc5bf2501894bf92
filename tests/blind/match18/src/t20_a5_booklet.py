# -*- coding: utf-8 -*-
"""Vestland 2023: A5 booklet in Nynorsk. Title in a coloured band, italic byline
'Delmål … · type · period', a responsibility line, then text."""
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether, PageBreak
from common import fonts, paged_canvas, codes_og

BLUE = colors.HexColor("#005A8C")


def build(rep, out):
    fonts()
    b = ParagraphStyle("b", fontName="Serif", fontSize=9.5, leading=12.5)
    band = ParagraphStyle("band", fontName="Sans-B", fontSize=11, leading=13.5, textColor=colors.white)
    by = ParagraphStyle("by", parent=b, fontName="Serif-I", fontSize=8.5, textColor=colors.HexColor("#404040"))
    small = ParagraphStyle("s", parent=b, fontSize=8.5, leading=11)
    cover = ParagraphStyle("cv", fontName="Sans-B", fontSize=20, leading=25, textColor=BLUE)
    story = [Spacer(1, 3 * cm), Paragraph("Vestland fylkeskommune", ParagraphStyle("x", parent=b, fontSize=12)),
             Spacer(1, 8), Paragraph("Kompetansepolitisk rapport 2023", cover), Spacer(1, 8),
             Paragraph("Oppfølging av Nasjonal kompetansepolitisk strategi – rapport til "
                       "Kompetansepolitisk råd", b), PageBreak(),
             Paragraph("Føreord", ParagraphStyle("h", fontName="Sans-B", fontSize=12, leading=15, spaceAfter=6)),
             Paragraph("Vestland fylkeskommune har eit breitt ansvar for kompetansepolitikken i regionen. "
                       "I dette heftet presenterer vi dei viktigaste tiltaka i 2023, med delmål i strategien, "
                       "type tiltak og tidsrom i ei line under kvar overskrift.", b), Spacer(1, 10)]
    for m in rep["measures"]:
        t = Table([[Paragraph(m["title"], band)]], colWidths=[A5[0] - 3.2 * cm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), BLUE), ("LEFTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
        bits = ["Delmål " + codes_og(m["d"]), m["type"]] + ([m["period"]] if m["period"] else [])
        resp = "<b>Ansvarleg:</b> " + m["resp"]
        if m["partners"]:
            resp += " &nbsp;–&nbsp; <b>Samarbeid:</b> " + ", ".join(m["partners"])
        story.append(KeepTogether([t, Spacer(1, 3), Paragraph(" · ".join(bits), by), Spacer(1, 2),
                                   Paragraph(resp, small), Spacer(1, 3), Paragraph(m["desc"], b), Spacer(1, 12)]))

    def deco(c, n, total):
        if n == 1:
            return
        c.setFont("Sans", 7)
        c.setFillColor(BLUE)
        c.drawString(1.6 * cm, 1 * cm, "Vestland fylkeskommune | Kompetansepolitisk rapport 2023")
        c.drawRightString(A5[0] - 1.6 * cm, 1 * cm, "side %d" % n)
    SimpleDocTemplate(out, pagesize=A5, leftMargin=1.6 * cm, rightMargin=1.6 * cm, topMargin=1.6 * cm,
                      bottomMargin=1.8 * cm, title="Vestland fylkeskommune 2023").build(
        story, canvasmaker=paged_canvas(deco))
