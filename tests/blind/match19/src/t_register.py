"""NAV 2025: landscape register with a short-name column (Kortnavn) before the full measure name."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from common import register_fonts, esc, numbered_canvas

MAKER = "reportlab"
LAYOUT = "landscape register: Kortnavn | Tiltak | Delmål | Ansvar | Med | Når | Type"
PRINTS = {"responsible", "partners", "period", "type"}


def build(spec, out, builddir):
    register_fonts()
    W, H = landscape(A4)

    def foot(c, page, total):
        c.saveState()
        c.setFillColor(colors.HexColor("#c30000"))
        c.circle(18 * mm, H - 12 * mm, 4 * mm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("LSans-Bold", 10)
        c.drawString(25 * mm, H - 13.5 * mm, "NAV · Arbeids- og velferdsdirektoratet")
        c.setFont("LSans", 8)
        c.drawString(14 * mm, 8 * mm, "Tiltaksregister kompetanse 2025 – intern versjon 1.3")
        c.drawRightString(W - 14 * mm, 8 * mm, f"Side {page} av {total}")
        c.restoreState()

    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=14 * mm, rightMargin=14 * mm,
                            topMargin=22 * mm, bottomMargin=16 * mm, title="NAV tiltaksregister 2025")
    h = ParagraphStyle("h", fontName="LSans-Bold", fontSize=14, leading=17)
    s = ParagraphStyle("s", fontName="LSans", fontSize=9, leading=11)
    sb = ParagraphStyle("sb", parent=s, fontName="LSans-Bold")
    mono = ParagraphStyle("mono", fontName="DVCond", fontSize=8, leading=10)
    head = [Paragraph(x, sb) for x in ["Kortnavn", "Tiltak", "Delmål", "Ansvar", "Med", "Når", "Type"]]
    rows = [head]
    for m in spec["measures"]:
        rows.append([Paragraph(m["extra"]["short"], mono), Paragraph(esc(m["title"]), s),
                     Paragraph(", ".join(m["delmal"]), s), Paragraph(esc(m["responsible"]), s),
                     Paragraph(esc(", ".join(m["partners"])), s), Paragraph(esc(m["period"]), s),
                     Paragraph(m["type"], s)])
    t = Table(rows, colWidths=[24 * mm, 82 * mm, 18 * mm, 44 * mm, 36 * mm, 22 * mm, 32 * mm], repeatRows=1)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, 0), 1.2, colors.black),
                           ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#999999")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f3f3")])]))
    story = [Paragraph("Tiltak som følger opp kompetansepolitikken – register 2025", h), Spacer(1, 4),
             Paragraph("Registeret brukes i rapporteringen til Kompetansepolitisk råd. Kortnavn er NAVs interne "
                       "referanse.", s), Spacer(1, 8), t]
    doc.build(story, canvasmaker=numbered_canvas(foot))
