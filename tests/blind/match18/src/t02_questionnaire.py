# -*- coding: utf-8 -*-
"""Virke 2017: questionnaire. Measures named only in answer 1; later answers refer by number."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from common import fonts, paged_canvas, old_numbers

TYPEWORD = {"FoU": "FoU", "Kurs/utdanning": "kurs/utdanning", "Råd/utvalg/nettverk": "råd/utvalg/nettverk",
            "Prosjekt": "prosjekt", "Informasjon": "informasjon", "Arrangement": "arrangement"}


def build(rep, out):
    fonts()
    st = ParagraphStyle("b", fontName="Serif", fontSize=10.5, leading=14)
    q = ParagraphStyle("q", parent=st, fontName="Serif-B", fontSize=11, spaceBefore=12, spaceAfter=6,
                       backColor=colors.HexColor("#EEEEEE"), borderPadding=4)
    cell = ParagraphStyle("c", parent=st, fontSize=9.5, leading=12)
    h = ParagraphStyle("h", parent=st, fontName="Sans-B", fontSize=15, leading=19)
    ms = rep["measures"]
    story = [Paragraph("Rapporteringsskjema – oppfølging av Nasjonal kompetansepolitisk strategi", h),
             Spacer(1, 6),
             Paragraph("Rådsmedlem: <b>Virke</b> &nbsp;&nbsp; Rapporteringsår: <b>2017</b> &nbsp;&nbsp; "
                       "Kontaktperson: Hanne Løvlie", st), Spacer(1, 4),
             Paragraph("Skjemaet fylles ut av hvert medlem i Kompetansepolitisk råd. Bruk nummereringen fra "
                       "spørsmål 1 når dere viser til tiltakene i de øvrige svarene.", st)]
    story.append(Paragraph("1. Hvilke tiltak har dere gjennomført eller satt i gang i 2017?", q))
    rows = [[Paragraph("<b>Nr.</b>", cell), Paragraph("<b>Tiltak</b>", cell),
             Paragraph("<b>Relasjon til NKPS-tiltak nr.</b>", cell)]]
    for i, m in enumerate(ms, 1):
        rows.append([Paragraph(str(i), cell), Paragraph(m["title"], cell),
                     Paragraph(old_numbers(m["d"]) if m["d"] else "–", cell)])
    t = Table(rows, colWidths=[1.2 * cm, 11 * cm, 4 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE5EE"))]))
    story.append(t)
    story.append(Paragraph("2. Hvem er ansvarlig for tiltakene, og hvem samarbeider dere med?", q))
    rows = [[Paragraph("<b>Tiltak nr.</b>", cell), Paragraph("<b>Ansvarlig</b>", cell),
             Paragraph("<b>Samarbeidspartnere</b>", cell)]]
    for i, m in enumerate(ms, 1):
        rows.append([Paragraph(str(i), cell), Paragraph(m["resp"], cell),
                     Paragraph(", ".join(m["partners"]) or "–", cell)])
    t = Table(rows, colWidths=[2 * cm, 5 * cm, 9.2 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE5EE"))]))
    story.append(t)
    story.append(Paragraph("3. Hvilken type tiltak er det? (FoU, kurs/utdanning, råd/utvalg/nettverk, "
                           "prosjekt, informasjon, arrangement)", q))
    groups = {}
    for i, m in enumerate(ms, 1):
        groups.setdefault(m["type"], []).append(str(i))
    parts = []
    for typ, nrs in groups.items():
        nr = nrs[0] if len(nrs) == 1 else ", ".join(nrs[:-1]) + " og " + nrs[-1]
        parts.append(("tiltak " if len(nrs) == 1 else "tiltakene ") + nr + " er " + TYPEWORD[typ])
    txt = "; ".join(parts) + "."
    story.append(Paragraph(txt[0].upper() + txt[1:], st))
    story.append(Paragraph("4. Beskriv tiltakene kort (maks en halv side per tiltak)", q))
    for i, m in enumerate(ms, 1):
        story.append(Paragraph("<b>Tiltak %d:</b> %s" % (i, m["desc"]), st))
        story.append(Spacer(1, 4))
    story.append(Paragraph("5. Tidspunkt og varighet", q))
    for i, m in enumerate(ms, 1):
        story.append(Paragraph("Tiltak %d: %s" % (i, m["period"]), st))
    story.append(Paragraph("6. Andre kommentarer", q))
    story.append(Paragraph("Virke ser fram til videre samarbeid i rådet og deltar gjerne i en felles "
                           "gjennomgang av rapporteringsformen.", st))

    def deco(c, n, total):
        c.setFont("Serif-I", 8.5)
        c.drawString(2 * cm, 1.2 * cm, "Virke – Hovedorganisasjonen for kunnskaps- og tjenestevirksomhet")
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Side %d av %d" % (n, total))
    SimpleDocTemplate(out, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm, topMargin=2 * cm,
                      bottomMargin=2 * cm, title="Virke NKPS 2017").build(story, canvasmaker=paged_canvas(deco))
