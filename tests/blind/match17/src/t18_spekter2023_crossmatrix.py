# -*- coding: utf-8 -*-
"""Spekter 2023: cross matrix (measures × delmål codes) and a numbered 'Omtale' section."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether, PageBreak

from .common import register_fonts, esc, join_list

CODES = ["1.3", "1.4", "2.2", "2.3"]


def build(spec, out_path):
    register_fonts()
    L = landscape(A4)
    base = ParagraphStyle("b", fontName="Carlito", fontSize=11, leading=14.5, spaceAfter=6)
    cell = ParagraphStyle("c", fontName="Carlito", fontSize=10, leading=12)
    cellb = ParagraphStyle("cb", parent=cell, fontName="Carlito-Bold")
    h1 = ParagraphStyle("h1", fontName="Carlito-Bold", fontSize=18, leading=22, spaceAfter=8, textColor="#005288")
    h2 = ParagraphStyle("h2", fontName="Carlito-Bold", fontSize=13.5, leading=17, spaceBefore=8, spaceAfter=6, textColor="#005288")
    it = ParagraphStyle("it", fontName="Carlito-Bold", fontSize=11.5, leading=14, spaceBefore=8, spaceAfter=2)
    fl = ParagraphStyle("fl", fontName="Carlito-Italic", fontSize=10, leading=12.5, spaceAfter=3, textColor="#333333")

    def deco(c, d):
        c.saveState()
        c.setFont("Carlito-Bold", 9)
        c.setFillColor("#005288")
        c.drawString(1.8 * cm, L[1] - 1.1 * cm, "SPEKTER")
        c.setFont("Carlito", 8.5)
        c.setFillColor("#555555")
        c.drawRightString(L[0] - 1.8 * cm, 0.9 * cm, "Tiltaksoversikt NKPS 2023  ·  side %d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(out_path, pagesize=L, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.7 * cm,
                            bottomMargin=1.6 * cm, title="Spekter tiltaksoversikt 2023", author="Spekter")
    s = [Paragraph("Spekters tiltak i oppfølgingen av kompetansestrategien – 2023", h1),
         Paragraph("Matrisen viser hvilke delmål i Nasjonal kompetansepolitisk strategi hvert tiltak bidrar til. "
                   "Delmål som ingen av Spekters tiltak berører, er utelatt. Tiltakene er nærmere omtalt etter matrisen.", base),
         Spacer(1, 4)]
    head = [Paragraph("Nr.", cellb), Paragraph("Tiltak", cellb)] + [Paragraph("<para alignment='center'>%s</para>" % c, cellb) for c in CODES] + [Paragraph("Type tiltak", cellb)]
    rows = [head]
    for i, m in enumerate(spec["measures"], start=1):
        r = [Paragraph(str(i), cell), Paragraph(esc(m["title"]), cell)]
        for c in CODES:
            r.append(Paragraph("<para alignment='center'><font name='DejaVu'>✓</font></para>" if c in m["delmal"] else "", cell))
        r.append(Paragraph(esc(m["type"]), cell))
        rows.append(r)
    t = Table(rows, colWidths=[1.1 * cm, 11.5 * cm] + [1.6 * cm] * 4 + [5.0 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#9bb3c7"), ("BACKGROUND", (0, 0), (-1, 0), "#dbe8f2"),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    s += [t, Spacer(1, 6),
          Paragraph("✓ = tiltaket bidrar til delmålet. Delmål 1.3: karriereveiledning; 1.4: samarbeid mellom "
                    "utdanning og arbeidsliv; 2.2: kunnskapsgrunnlaget om læring i arbeidslivet; 2.3: karrieremuligheter "
                    "i yrkesfagene.", ParagraphStyle("n", parent=cell, fontName="DejaVuCond", fontSize=8.5)),
          PageBreak(),
          Paragraph("Omtale av tiltakene", h2)]
    for i, m in enumerate(spec["measures"], start=1):
        line = "Ansvar: %s | Samarbeid: %s | Tidsrom: %s" % (m["responsible"], join_list(m["partners"]) or "–", m["period"])
        s.append(KeepTogether([Paragraph("%d&nbsp;&nbsp;&nbsp;%s" % (i, esc(m["title"])), it),
                               Paragraph(esc(line), fl), Paragraph(esc(m["description"]), base)]))
    doc.build(s, onFirstPage=deco, onLaterPages=deco)
