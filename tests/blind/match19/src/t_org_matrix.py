"""Trøndelag 2021: regional partnership matrix, delmål (rows) × organisations (columns), measure names in cells."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from common import register_fonts, esc, numbered_canvas
from data import DELMAL_SHORT, CODES

MAKER = "reportlab"
LAYOUT = "matrix delmål × organisation, measure names in the cells (responsible = column)"
PRINTS = {"responsible", "type"}
COLS = ["Trøndelag fylkeskommune", "NAV Trøndelag", "LO og NHO i Trøndelag", "KS Trøndelag"]
TYPE_MARK = {"Råd/utvalg/nettverk": "R", "Prosjekt": "P", "Informasjon": "I", "Kurs/utdanning": "K",
             "FoU": "F", "Arrangement": "A"}


def build(spec, out, builddir):
    register_fonts()
    W, H = landscape(A4)

    def foot(c, page, total):
        c.saveState()
        c.setFont("LNarrow", 8)
        c.drawString(15 * mm, 8 * mm, "Trøndelag fylkeskommune · Trøndelag kompetanseforum · Rapportering 2021")
        c.drawRightString(W - 15 * mm, 8 * mm, f"Side {page} av {total}")
        c.restoreState()

    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=14 * mm, bottomMargin=16 * mm, title="Partnerskapsmatrise 2021")
    h = ParagraphStyle("h", fontName="LNarrow-Bold", fontSize=15, leading=18)
    s = ParagraphStyle("s", fontName="LNarrow", fontSize=8.5, leading=10.5)
    sb = ParagraphStyle("sb", parent=s, fontName="LNarrow-Bold")
    cell = ParagraphStyle("c", fontName="LNarrow", fontSize=9, leading=11)
    data = [[Paragraph("Delmål", sb)] + [Paragraph(c, sb) for c in COLS]]
    for code in CODES:
        ms = [m for m in spec["measures"] if code in m["delmal"]]
        if not ms:
            continue
        row = [Paragraph(f"<b>{code}</b> {esc(DELMAL_SHORT[code])}", s)]
        for col in COLS:
            names = [f"{esc(m['title'])} ({TYPE_MARK[m['type']]})" for m in ms if m["responsible"] == col]
            row.append(Paragraph("<br/>".join(names) if names else "–", cell))
        data.append(row)
    t = Table(data, colWidths=[62 * mm] + [52 * mm] * 4, repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7a7a7a")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#fde9c9")),
                           ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#f4f4f4")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story = [Paragraph("Kompetansepolitiske tiltak i Trøndelag 2021 – fordeling på partnarane", h), Spacer(1, 4),
             Paragraph("Matrisa viser kva tiltak partnarane i Trøndelag kompetanseforum har rapportert, fordelt på "
                       "delmåla i Nasjonal kompetansepolitisk strategi. Eit tiltak som høyrer til fleire delmål, "
                       "står i kvar rad det høyrer til. Bokstaven i parentes viser type: R = råd/utval/nettverk, "
                       "P = prosjekt, I = informasjon, K = kurs/utdanning, F = FoU, A = arrangement.", s),
             Spacer(1, 6), t]
    doc.build(story, canvasmaker=numbered_canvas(foot))
