"""KS 2021: cards, two per row. Each card has a coloured title band, a facts line, a responsibility line and
the text. Reading order is card by card, but the lines of neighbouring cards sit side by side."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from ..pdf_util import st, e, fonts, CURRENT
from ..data import dm_codes

MARGIN = 1.8 * cm
GUTTER = 0.6 * cm
CARD_W = (A4[0] - 2 * MARGIN - GUTTER) / 2
SPLIT_X = MARGIN + CARD_W + GUTTER / 2


def build(rep, out):
    fonts()
    doc = SimpleDocTemplate(out, author=CURRENT["author"], pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=1.8 * cm,
                            bottomMargin=1.8 * cm, title="KS – NKPS 2021")
    band = st("band", size=10.5, leading=13, bold=True, textColor=colors.white)
    facts = st("f", size=7.5, leading=9.5, textColor=colors.HexColor("#00607A"))
    txt = st("t", size=8.8, leading=11.5)
    story = [Paragraph("KS", st("k", size=22, bold=True, textColor=colors.HexColor("#00607A"))),
             Paragraph("Rapport til Kompetansepolitisk råd 2021", st("h", size=14, bold=True, spaceAfter=6)),
             Paragraph(e("Kommunesektoren er landets største arbeidsgiver, og KS arbeider for at kommunene skal "
                         "ha tilgang på nødvendig kompetanse. Her presenteres KS' tiltak i 2021, ett kort per "
                         "tiltak."), st("i", size=10, leading=13, spaceAfter=10))]

    def card(r):
        rows = [[Paragraph(e(r["title"]), band)],
                [Paragraph(f"Delmål {dm_codes(r['delmal'])}  |  {e(r['type'])}  |  {e(r['period'])}", facts)],
                [Paragraph(f"Ansvarlig: {e(r['responsible'])} · Samarbeid: {e(', '.join(r['partners']))}",
                           facts)],
                [Paragraph(e(r["description"]), txt)]]
        c = Table(rows, colWidths=[CARD_W])
        c.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, 0), colors.HexColor("#00607A")),
                               ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#EEF5F7")),
                               ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#00607A")),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6)]))
        return c

    rows = rep["rows"]
    for i in range(0, len(rows), 2):
        pair = [card(rows[i]), card(rows[i + 1]) if i + 1 < len(rows) else ""]
        g = Table([pair], colWidths=[CARD_W + GUTTER / 2, CARD_W + GUTTER / 2])
        g.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (0, 0), GUTTER / 2), ("LEFTPADDING", (1, 0), (1, 0), GUTTER / 2),
                               ("RIGHTPADDING", (1, 0), (1, 0), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
        story.append(g)
    doc.build(story)
