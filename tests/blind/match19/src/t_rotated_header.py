"""Virke 2022: landscape overview table whose header cells are rotated 90°."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Flowable
from reportlab.lib.styles import ParagraphStyle
from common import register_fonts, esc, numbered_canvas

MAKER = "reportlab"
LAYOUT = "landscape table, header cells rotated 90°"
PRINTS = {"responsible", "partners", "period", "description", "type"}


class Vert(Flowable):
    def __init__(self, text, font="Carlito-Bold", size=9):
        super().__init__()
        self.text, self.font, self.size = text, font, size

    def wrap(self, aw, ah):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        self.w = self.size + 2
        self.h = stringWidth(self.text, self.font, self.size) + 4
        return self.w, self.h

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFont(self.font, self.size)
        c.translate(self.size, 2)
        c.rotate(90)
        c.drawString(0, 0, self.text)
        c.restoreState()


def build(spec, out, builddir):
    register_fonts()
    W, H = landscape(A4)

    def foot(c, page, total):
        c.saveState()
        c.setFont("Carlito", 8)
        c.drawString(14 * mm, H - 10 * mm, "Virke · Kompetanse og arbeidsliv")
        c.drawRightString(W - 14 * mm, 8 * mm, f"Side {page} av {total}")
        c.restoreState()

    doc = SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=14 * mm, rightMargin=14 * mm,
                            topMargin=16 * mm, bottomMargin=14 * mm, title="Virke tiltak 2022")
    h = ParagraphStyle("h", fontName="Carlito-Bold", fontSize=16, leading=19)
    cs = ParagraphStyle("c", fontName="Carlito", fontSize=9.5, leading=11.5)
    cb = ParagraphStyle("cb", parent=cs, fontName="Carlito-Bold")
    head = [Vert(x) for x in ["Tiltak (navn)", "Relasjon til delmål", "Type tiltak", "Ansvarlig",
                              "Samarbeidspartnere", "Tidspunkt og varighet", "Kommentar / status 2022"]]
    rows = [head]
    for m in spec["measures"]:
        rows.append([Paragraph(esc(m["title"]), cb), Paragraph(", ".join(m["delmal"]), cs),
                     Paragraph(m["type"], cs), Paragraph(esc(m["responsible"]), cs),
                     Paragraph(esc(", ".join(m["partners"])), cs), Paragraph(esc(m["period"]), cs),
                     Paragraph(esc(m["description"]), cs)])
    t = Table(rows, colWidths=[74 * mm, 18 * mm, 30 * mm, 28 * mm, 48 * mm, 24 * mm, 46 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#444444")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6f0e6")),
                           ("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("VALIGN", (0, 1), (-1, -1), "TOP"),
                           ("ALIGN", (0, 0), (-1, 0), "CENTER")]))
    story = [Paragraph("Virkes rapportering 2022 – oversikt over tiltak", h), Spacer(1, 4),
             Paragraph("Oversikten følger malen fra sekretariatet. Kolonnetitlene er dreid for å få plass.", cs),
             Spacer(1, 6), t]
    doc.build(story, canvasmaker=numbered_canvas(foot))
