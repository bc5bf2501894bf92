# -*- coding: utf-8 -*-
"""Trøndelag fylkeskommune 2020: status report with a drawn traffic-light column."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, Flowable

from .common import register_fonts, esc

COL = {"green": ("#2e9d4a", "I rute"), "yellow": ("#f2c12e", "Noe forsinket"), "red": ("#d0342c", "Stoppet")}


class Light(Flowable):
    def __init__(self, status, font="DejaVuCond", size=8.5):
        super().__init__()
        self.color, self.label = COL[status]
        self.font, self.size = font, size
        self.width, self.height = 2.4 * cm, 0.5 * cm

    def draw(self):
        c = self.canv
        c.setFillColor(self.color)
        c.setStrokeColor("#555555")
        c.circle(0.22 * cm, 0.2 * cm, 0.17 * cm, stroke=1, fill=1)
        c.setFillColor("#000000")
        c.setFont(self.font, self.size)
        c.drawString(0.55 * cm, 0.1 * cm, self.label)


def build(spec, out_path):
    register_fonts()
    L = landscape(A4)
    cell = ParagraphStyle("c", fontName="DejaVuCond", fontSize=8.5, leading=10.5)
    cellb = ParagraphStyle("cb", parent=cell, fontName="DejaVuCond-Bold")
    base = ParagraphStyle("b", fontName="DejaVuCond", fontSize=10, leading=13, spaceAfter=6)
    h1 = ParagraphStyle("h1", fontName="DejaVuCond-Bold", fontSize=16, leading=20, spaceAfter=6, textColor="#00587a")

    def deco(c, d):
        c.saveState()
        c.setFillColor("#00587a")
        c.rect(0, L[1] - 1.3 * cm, L[0], 1.3 * cm, stroke=0, fill=1)
        c.setFillColor("#ffffff")
        c.setFont("DejaVuCond-Bold", 10)
        c.drawString(1.5 * cm, L[1] - 0.85 * cm, "Trøndelag fylkeskommune  |  Trööndelagen fylkentjïelte")
        c.setFont("DejaVuCond", 8)
        c.setFillColor("#444444")
        c.drawRightString(L[0] - 1.5 * cm, 0.8 * cm, "Statusrapport NKPS 2020 – side %d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(out_path, pagesize=L, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=2 * cm,
                            bottomMargin=1.5 * cm, title="Statusrapport 2020", author="Trøndelag fylkeskommune")
    s = [Paragraph("Statusrapport – oppfølging av Nasjonal kompetansepolitisk strategi 2020", h1),
         Paragraph("Rapporten viser status per 1. desember 2020 for fylkeskommunens tiltak. Statusfargene er satt av "
                   "tiltakseier. Tiltakene er ikke rangert. Tiltak i regi av Trøndelag fylkeskommune som rapporteres "
                   "gjennom andre kanaler, som oppfølgingen av regional plan for arealbruk og fylkets "
                   "næringsstrategi, er ikke tatt med.", base), Spacer(1, 4)]
    head = ["Tiltak", "Delmål", "Ansvar", "Partnere", "Periode", "Status", "Kommentar"]
    rows = [[Paragraph(h, cellb) for h in head]]
    for m in spec["measures"]:
        rows.append([Paragraph(esc(m["title"]), cellb), Paragraph(", ".join(m["delmal"]), cell),
                     Paragraph(esc(m["responsible"]), cell), Paragraph(esc(", ".join(m["partners"])), cell),
                     Paragraph(esc(m["period"]), cell), Light(m["p"]["status"]), Paragraph(esc(m["description"]), cell)])
    t = Table(rows, colWidths=[4.3 * cm, 1.5 * cm, 2.8 * cm, 4.2 * cm, 2.1 * cm, 2.7 * cm, 9.1 * cm], repeatRows=1)
    t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, "#9aa9b0"), ("BACKGROUND", (0, 0), (-1, 0), "#d7e7ee"),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s += [t, Spacer(1, 10)]
    leg = Table([[Light("green"), Light("yellow"), Light("red")]], colWidths=[3 * cm] * 3)
    s += [Paragraph("Forklaring statusfarger:", cellb), leg, Spacer(1, 8),
          Paragraph("Kontakt: seksjon for kompetanse og kvalifisering, Trøndelag fylkeskommune.", base)]
    doc.build(s, onFirstPage=deco, onLaterPages=deco)
