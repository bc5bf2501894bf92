"""Unio 2023: measure titles followed by coloured tag chips (delmål codes and type), one meta line."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Flowable, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from common import register_fonts, esc, numbered_canvas

MAKER = "reportlab"
LAYOUT = "titles with coloured tag chips for delmål and type, dotted meta line"
PRINTS = {"responsible", "partners", "period", "description", "type"}
AREA_COL = {"1": "#2b7a78", "2": "#3a5a98", "3": "#a23b72"}


class Chips(Flowable):
    def __init__(self, chips):
        super().__init__()
        self.chips = chips

    def wrap(self, aw, ah):
        return aw, 16

    def draw(self):
        c = self.canv
        x = 0
        for text, col in self.chips:
            w = stringWidth(text, "DVSans-Bold", 7.5) + 10
            c.setFillColor(colors.HexColor(col))
            c.roundRect(x, 2, w, 12, 6, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DVSans-Bold", 7.5)
            c.drawString(x + 5, 5.5, text)
            x += w + 4


def build(spec, out, builddir):
    register_fonts()
    W, H = A4

    def foot(c, page, total):
        c.saveState()
        c.setFont("DVSans", 7.5)
        c.setFillColor(colors.HexColor("#a23b72"))
        c.drawString(20 * mm, H - 12 * mm, "UNIO – Hovedorganisasjon for universitetsutdannede")
        c.setFillColor(colors.black)
        c.drawRightString(W - 20 * mm, 10 * mm, f"{page} / {total}")
        c.restoreState()

    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=18 * mm, title="Unio rapportering 2023")
    h = ParagraphStyle("h", fontName="DVSans-Bold", fontSize=17, leading=21, spaceAfter=6)
    t = ParagraphStyle("t", fontName="DVSans-Bold", fontSize=12, leading=15, spaceBefore=12)
    meta = ParagraphStyle("m", fontName="DVSans", fontSize=8, leading=10, textColor=colors.HexColor("#555555"))
    b = ParagraphStyle("b", fontName="DVSerif", fontSize=10, leading=14, spaceBefore=3)
    story = [Paragraph("Unios rapportering til Kompetansepolitisk råd 2023", h),
             Paragraph("Merkelappene viser hvilke delmål tiltaket følger opp og hvilken type tiltak det er.", b),
             Spacer(1, 6)]
    for m in spec["measures"]:
        chips = [(c, AREA_COL[c[0]]) for c in m["delmal"]] + [(m["type"], "#6d6d6d")]
        parts = [f"Ansvar: {esc(m['responsible'])}"]
        if m["partners"]:
            parts.append("Med: " + esc(", ".join(m["partners"])))
        parts.append("Når: " + esc(m["period"]))
        story.append(KeepTogether([Paragraph(esc(m["title"]), t), Chips(chips),
                                   Paragraph("  ·  ".join(parts), meta), Paragraph(esc(m["description"]), b)]))
    doc.build(story, canvasmaker=numbered_canvas(foot))
