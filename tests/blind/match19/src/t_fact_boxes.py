"""LO 2024: annual-report chapter in prose, measures given in shaded fact boxes 'Faktaboks 4.n: <title>'."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from common import register_fonts, esc, join_no, numbered_canvas

MAKER = "reportlab"
LAYOUT = "annual-report prose with shaded fact boxes holding the measures"
PRINTS = {"responsible", "partners", "period", "description", "type"}
PROSE = [
    "Kompetanse var et av LOs viktigste satsingsområder i 2024. Arbeidslivet er i rask endring, og grønn "
    "omstilling og kunstig intelligens stiller nye krav til arbeidstakernes kunnskap. LO har arbeidet for at "
    "alle skal ha rett og mulighet til å lære hele livet.",
    "Gjennom partssamarbeidet har LO bidratt til at bransjeprogrammene er videreført, og til at flere voksne "
    "tar fagbrev. Faktaboksene under viser tiltakene vi rapporterer til Kompetansepolitisk råd.",
    "Ved siden av tiltakene i faktaboksene har forbundene mange egne kurs og konferanser som ikke er tatt med her.",
]


def build(spec, out, builddir):
    register_fonts()
    W, H = A4

    def foot(c, page, total):
        c.saveState()
        c.setFont("LSerif-Italic", 8.5)
        c.drawString(22 * mm, 10 * mm, "LOs årsberetning 2024 · Kapittel 4 Kompetanse og utdanning")
        c.drawRightString(W - 22 * mm, 10 * mm, str(page + 41))
        c.restoreState()

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="LOs årsberetning 2024 kap. 4")
    h = ParagraphStyle("h", fontName="LSerif-Bold", fontSize=20, leading=24, spaceAfter=8)
    b = ParagraphStyle("b", fontName="LSerif", fontSize=10.5, leading=14.5, spaceAfter=6, alignment=4)
    bh = ParagraphStyle("bh", fontName="LSans-Bold", fontSize=10, leading=12.5, textColor=colors.HexColor("#9b0d1e"))
    bf = ParagraphStyle("bf", fontName="LSans", fontSize=8.8, leading=11)
    story = [Paragraph("4 Kompetanse og utdanning", h), Paragraph(PROSE[0], b), Paragraph(PROSE[1], b)]
    for n, m in enumerate(spec["measures"], 1):
        rows = [[Paragraph(f"Faktaboks 4.{n}: {esc(m['title'])}", bh)]]
        for lab, val in (("Delmål", ", ".join(m["delmal"])), ("Type", m["type"]), ("Ansvarlig", m["responsible"]),
                         ("Partnere", join_no(m["partners"]) or "–"), ("Periode", m["period"]),
                         ("Kort om", m["description"])):
            rows.append([Paragraph(f"<b>{lab}:</b> {esc(val)}", bf)])
        t = Table(rows, colWidths=[W - 60 * mm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6ecd9")),
                               ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#9b0d1e")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        story += [Spacer(1, 6), t, Spacer(1, 4)]
        if n == 3:
            story.append(Paragraph("LO-representanten i Kompetansebehovsutvalget har i år særlig løftet behovet for "
                                   "fagarbeidere i industrien og i helse- og omsorgssektoren.", b))
    story.append(Paragraph(PROSE[2], b))
    doc.build(story, canvasmaker=numbered_canvas(foot))
