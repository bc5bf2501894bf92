"""Trøndelag 2020: side headings. Each measure is a borderless two-column block: a narrow left column with the
title and its facts (Delmål, Ansvar, Partnere, Periode) and a wide right column with the text."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from ..pdf_util import st, e, fonts, CURRENT
from ..data import dm_codes

LEFT_MARGIN = 2.0 * cm
LEFT_COL = 5.4 * cm
RIGHT_COL = 11.6 * cm
SPLIT_X = LEFT_MARGIN + LEFT_COL  # used by verify (column crop)


def _page(c, doc):
    c.saveState()
    c.setFillColor(colors.HexColor("#005F5F"))
    c.rect(0, A4[1] - 0.6 * cm, A4[0], 0.6 * cm, fill=1, stroke=0)
    c.setFont("LibSans", 8)
    c.setFillColor(colors.grey)
    c.drawString(LEFT_MARGIN, 1.2 * cm, "Trøndelag fylkeskommune – Trööndelagen fylkentjïelte")
    c.drawRightString(A4[0] - 2.0 * cm, 1.2 * cm, f"Side {doc.page}")
    c.restoreState()


def build(rep, out):
    fonts()
    doc = SimpleDocTemplate(out, author=CURRENT["author"], pagesize=A4, leftMargin=LEFT_MARGIN, rightMargin=2.0 * cm, topMargin=2.0 * cm,
                            bottomMargin=2.0 * cm, title="Trøndelag fylkeskommune – kompetanse 2020")
    tt = st("tt", size=17, bold=True, textColor=colors.HexColor("#005F5F"), spaceAfter=4)
    body = st("bd", size=10, leading=13.5)
    side_t = st("sdt", size=10, leading=12.5, bold=True, textColor=colors.HexColor("#005F5F"), spaceAfter=3)
    side = st("sd", size=8, leading=10, textColor=colors.HexColor("#333333"))
    story = [Paragraph("Kompetansepolitiske tiltak i Trøndelag 2020", tt),
             Paragraph("Rapport til Kompetansepolitisk råd", st("s", size=12, spaceAfter=10)),
             Paragraph(e("Trøndelag fylkeskommune har fra 2020 fått flere oppgaver på det kompetansepolitiske "
                         "området gjennom regionreformen. Rapporten beskriver tiltakene fylkeskommunen har ansvar "
                         "for eller deltar i. Tiltakene er satt opp med navn og nøkkelopplysninger i venstre "
                         "marg."), body), Spacer(1, 12)]
    for r in rep["rows"]:
        left = [Paragraph(e(r["title"]), side_t),
                Paragraph(f"Delmål: {dm_codes(r['delmal'])}", side),
                Paragraph(f"Ansvar: {e(r['responsible'])}", side),
                Paragraph(f"Partnere: {e(', '.join(r['partners']))}", side),
                Paragraph(f"Periode: {e(r['period'])}", side)]
        right = [Paragraph(e(r["description"]), body)]
        t = Table([[left, right]], colWidths=[LEFT_COL, RIGHT_COL])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEABOVE", (0, 0), (-1, 0), 0.6, colors.HexColor("#005F5F")),
                               ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), 10),
                               ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
        story.append(t)
    doc.build(story, onFirstPage=_page, onLaterPages=_page)
