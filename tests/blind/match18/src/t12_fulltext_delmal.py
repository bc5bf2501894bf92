# -*- coding: utf-8 -*-
"""Regjeringen 2020: table whose first column holds the FULL delmål text (no codes), merged over
consecutive rows with the same delmål set; a measure with two delmål shows both texts."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import fonts, paged_canvas
from data import DELMAL_TEXT, AREA


def build(rep, out):
    fonts()
    cs = ParagraphStyle("c", fontName="Serif", fontSize=8.8, leading=10.8)
    hs = ParagraphStyle("h", parent=cs, fontName="Serif-B")
    t1 = ParagraphStyle("t1", fontName="Serif-B", fontSize=15, leading=19)
    t2 = ParagraphStyle("t2", fontName="Serif-B", fontSize=11, leading=14, spaceBefore=10, spaceAfter=4)
    bs = ParagraphStyle("b", fontName="Serif", fontSize=10, leading=13)
    story = [Paragraph("Regjeringens rapportering 2020 – oppfølging av Nasjonal kompetansepolitisk strategi", t1),
             Spacer(1, 4),
             Paragraph("Tabellene viser tiltak regjeringen har gjennomført eller videreført i 2020, ordnet etter "
                       "delmålene i strategien.", bs)]
    head = [Paragraph(x, hs) for x in ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
                                       "Status 2020"]]
    by_area = {}
    for m in rep["measures"]:
        by_area.setdefault(m["d"][0][0], []).append(m)
    for area, ms in by_area.items():
        story.append(Paragraph("Hovedinnsatsområde %s: %s" % (area, AREA[area]), t2))
        data, spans, prev, start = [head], [], None, 1
        for i, m in enumerate(ms, 1):
            key = tuple(m["d"])
            dtxt = "<br/><br/>".join(DELMAL_TEXT[c] for c in m["d"])
            data.append([Paragraph(dtxt, cs) if key != prev else "", Paragraph(m["title"], cs),
                         Paragraph(m["type"], cs), Paragraph(m["resp"], cs),
                         Paragraph(", ".join(m["partners"]), cs), Paragraph(m["desc"], cs)])
            if key != prev:
                if prev is not None and i - 1 > start:
                    spans.append(("SPAN", (0, start), (0, i - 1)))
                start, prev = i, key
        if len(ms) > start:
            spans.append(("SPAN", (0, start), (0, len(ms))))
        t = Table(data, colWidths=[6.1 * cm, 5.2 * cm, 3.1 * cm, 2.4 * cm, 4.2 * cm, 5.8 * cm], repeatRows=1)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")] + spans))
        story.append(t)

    def deco(c, n, total):
        w, h = landscape(A4)
        c.setFont("Serif-I", 8)
        c.drawString(1.8 * cm, 1.1 * cm, "Kunnskapsdepartementet på vegne av regjeringen")
        c.drawRightString(w - 1.8 * cm, 1.1 * cm, "Side %d av %d" % (n, total))
    SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.6 * cm,
                      bottomMargin=1.8 * cm, title="Regjeringen NKPS 2020").build(story, canvasmaker=paged_canvas(deco))
