# -*- coding: utf-8 -*-
"""KS 2018: spreadsheet printed to PDF. Landscape, column letters and row numbers printed,
header rows repeated on every page, columns A:B repeated at left; columns I-L on page 2."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, LongTable, TableStyle, PageBreak
from common import fonts, paged_canvas

HEAD = ["ID", "Tiltak", "Hoved-\ninnsats-\nområde", "Delmål", "Kategori", "Ansvarlig", "Samarbeid",
        "Periode", "Budsjett\n(1000 kr)", "Status", "Kommentar", "Oppdatert"]
BUDGET = ["350", "1 200", "2 400", "450", "–", "–", "–", "150"]
STATUS = ["Pågår", "Pågår", "Pågår", "Gjennomført", "Gjennomført", "Løpende", "Gjennomført", "Pågår"]


def build(rep, out):
    """Printed like Excel with 'columns to repeat at left' = A:B: the sheet is too wide for one page,
    so columns I-L (budget, status, comment = description, updated) come on page 2, row by row."""
    fonts()
    cs = ParagraphStyle("c", fontName="Narrow", fontSize=8.6, leading=10)
    hs = ParagraphStyle("h", parent=cs, fontName="Narrow-B")
    rows = []
    for i, m in enumerate(rep["measures"]):
        area = sorted({d[0] for d in m["d"]})
        rows.append([str(i + 2), "KS18-%02d" % (i + 1), Paragraph(m["title"], cs), ", ".join(area),
                     "; ".join(m["d"]), Paragraph(m["type"], cs), m["resp"],
                     Paragraph(", ".join(m["partners"]), cs), Paragraph(m["period"], cs), BUDGET[i % len(BUDGET)],
                     STATUS[i % len(STATUS)], Paragraph(m["desc"], cs), "0%d.02.2019" % (1 + i % 9)])
    letters = [""] + [chr(65 + i) for i in range(len(HEAD))]
    head = ["1"] + [Paragraph(h.replace("\n", "<br/>"), hs) for h in HEAD]
    widths = [18, 48, 150, 50, 52, 84, 56, 150, 76, 56, 62, 300, 58]
    story = []
    for part, cols in enumerate([[0, 1, 2, 3, 4, 5, 6, 7, 8], [0, 1, 2, 9, 10, 11, 12]]):
        data = [[letters[c] for c in cols], [head[c] for c in cols]] + [[r[c] for c in cols] for r in rows]
        t = LongTable(data, colWidths=[widths[c] for c in cols], repeatRows=2)
        t.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), "Narrow", 8.6), ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#B0B0B0")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E8E8E8")),
            ("BACKGROUND", (1, 1), (-1, 1), colors.HexColor("#C6E0B4")),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
        t.hAlign = "LEFT"
        story.append(t)
        if part == 0:
            story.append(PageBreak())

    def deco(c, n, total):
        c.setFont("Narrow", 8)
        w, h = landscape(A4)
        c.drawCentredString(w / 2, h - 22, "KS_NKPS_tiltak_2018.xlsx – Ark1")
        c.drawCentredString(w / 2, 16, "Side %d av %d" % (n, total))
    SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=22, rightMargin=22, topMargin=36,
                      bottomMargin=30, title="KS_NKPS_tiltak_2018.xlsx").build(
        story, canvasmaker=paged_canvas(deco))
