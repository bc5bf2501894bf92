"""KS 2020: cover page, then every measure on its own page with a big coloured title band."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph
from reportlab.lib.styles import ParagraphStyle
from common import register_fonts, esc, join_no

MAKER = "reportlab"
LAYOUT = "one measure per page under a coloured title band, stacked fact column + text column"
PRINTS = {"responsible", "partners", "period", "description", "type"}
BANDS = ["#00205b", "#e4572e", "#29335c", "#669bbc", "#8a2be2", "#2a9d8f", "#b5651d"]


def build(spec, out, builddir):
    register_fonts()
    W, H = A4
    c = canvas.Canvas(out, pagesize=A4)
    ms = spec["measures"]
    c.setFont("LSans-Bold", 30)
    c.drawString(22 * mm, H - 80 * mm, "KS")
    c.setFont("LSans-Bold", 20)
    c.drawString(22 * mm, H - 95 * mm, "Oppfølging av kompetansestrategien")
    c.setFont("LSans", 13)
    c.drawString(22 * mm, H - 105 * mm, "Rapport til Kompetansepolitisk råd – 2020")
    c.setFont("LSans", 10)
    c.drawString(22 * mm, H - 120 * mm, f"{len(ms)} tiltak, ett per side.")
    c.showPage()
    tst = ParagraphStyle("t", fontName="LSans-Bold", fontSize=22, leading=26, textColor=colors.white)
    lab = ParagraphStyle("l", fontName="LSans-Bold", fontSize=8, leading=10, textColor=colors.HexColor("#555555"))
    val = ParagraphStyle("v", fontName="LSans", fontSize=10, leading=12.5)
    body = ParagraphStyle("b", fontName="LSerif", fontSize=12, leading=17)
    for i, m in enumerate(ms):
        col = colors.HexColor(BANDS[i % len(BANDS)])
        c.setFillColor(col)
        c.rect(0, H - 70 * mm, W, 70 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("LSans", 10)
        c.drawString(20 * mm, H - 14 * mm, f"TILTAK {i + 1:02d}")
        p = Paragraph(esc(m["title"]), tst)
        _, ph = p.wrap(W - 40 * mm, 50 * mm)
        p.drawOn(c, 20 * mm, H - 62 * mm)
        y = H - 85 * mm
        for l, v in (("DELMÅL", ", ".join(m["delmal"])), ("TYPE", m["type"]), ("ANSVARLIG", m["responsible"]),
                     ("SAMARBEID", join_no(m["partners"]) or "–"), ("PERIODE", m["period"])):
            q = Paragraph(l, lab)
            _, qh = q.wrap(50 * mm, 20 * mm)
            q.drawOn(c, 20 * mm, y - qh)
            y -= qh + 1
            q = Paragraph(esc(v), val)
            _, qh = q.wrap(50 * mm, 40 * mm)
            q.drawOn(c, 20 * mm, y - qh)
            y -= qh + 5 * mm
        c.setStrokeColor(col)
        c.setLineWidth(2)
        c.line(76 * mm, H - 82 * mm, 76 * mm, H - 160 * mm)
        q = Paragraph(esc(m["description"]), body)
        _, qh = q.wrap(W - 100 * mm, 120 * mm)
        q.drawOn(c, 82 * mm, H - 85 * mm - qh)
        c.setFillColor(colors.grey)
        c.setFont("LSans", 8)
        c.drawString(20 * mm, 12 * mm, "KS – Kommunesektorens organisasjon")
        c.drawRightString(W - 20 * mm, 12 * mm, f"Side {i + 2} av {len(ms) + 1}")
        c.showPage()
    c.save()
