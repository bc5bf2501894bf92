# -*- coding: utf-8 -*-
"""HK-dir 2021: measure cards in two columns."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

from .common import register_fonts, esc, join_list


def build(spec, out_path):
    register_fonts()
    base = ParagraphStyle("b", fontName="LibSans", fontSize=10.5, leading=14.5, spaceAfter=8)
    h1 = ParagraphStyle("h1", fontName="LibSans-Bold", fontSize=22, leading=27, spaceAfter=14, textColor="#1b365d")
    h2 = ParagraphStyle("h2", fontName="LibSans-Bold", fontSize=13, leading=17, spaceBefore=6, spaceAfter=8, textColor="#1b365d")
    kick = ParagraphStyle("k", fontName="LibSans-Bold", fontSize=7.5, leading=9, textColor="#8a5a00", spaceAfter=3)
    ttl = ParagraphStyle("t", fontName="LibSans-Bold", fontSize=11, leading=13.5, textColor="#1b365d", spaceAfter=4)
    txt = ParagraphStyle("x", fontName="LibSans", fontSize=9, leading=11.5, spaceAfter=5)
    foot = ParagraphStyle("f", fontName="LibSans-Italic", fontSize=8, leading=10, textColor="#444444")

    def deco(c, d):
        c.saveState()
        c.setFont("LibSans", 8)
        c.setFillColor("#1b365d")
        c.drawString(2 * cm, 1.1 * cm, "Direktoratet for høyere utdanning og kompetanse (HK-dir)")
        c.drawRightString(A4[0] - 2 * cm, 1.1 * cm, "%d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(out_path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="HK-dir tiltak NKPS 2021", author="HK-dir")
    s = [Paragraph("Tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi 2021", h1),
         Paragraph("Fra 1. juli 2021 ble Kompetanse Norge en del av Direktoratet for høyere utdanning og kompetanse "
                   "(HK-dir), sammen med Diku og deler av Unit. Rapporteringen for 2021 omfatter derfor både tiltak "
                   "som Kompetanse Norge hadde ansvaret for i første halvår, og tiltak i regi av det nye direktoratet.", base),
         Paragraph("Direktoratet har en dobbel rolle i strategien: vi forvalter en rekke virkemidler på oppdrag fra "
                   "Kunnskapsdepartementet, og vi er sekretariat for Kompetansepolitisk råd og for "
                   "Kompetansebehovsutvalget. Sekretariatsoppgaven for rådet er ikke rapportert som et eget tiltak. "
                   "Vi har heller ikke tatt med Kompetanseprogrammet, som erstatter Kompetansepluss arbeid fra "
                   "2021, fordi den første utlysningen først ble gjennomført i 2022.", base),
         Paragraph("Tiltakene er presentert som kort. Øverst på hvert kort står delmålet og typen tiltak.", base),
         PageBreak(),
         Paragraph("Tiltakene", h2)]

    def card(m):
        kt = "DELMÅL %s · %s" % (join_list(m["delmal"]), m["type"].upper())
        ft = "Ansvar: %s · Partnere: %s · Periode: %s" % (m["responsible"], join_list(m["partners"]) or "–", m["period"])
        return [Paragraph(esc(kt), kick), Paragraph(esc(m["title"]), ttl), Paragraph(esc(m["description"]), txt),
                Paragraph(esc(ft), foot)]

    ms = spec["measures"]
    rows, heights, card_rows = [], [], []
    for i in range(0, len(ms), 2):
        if rows:
            rows.append(["", "", ""])
            heights.append(0.4 * cm)
        left = card(ms[i])
        right = card(ms[i + 1]) if i + 1 < len(ms) else ""
        card_rows.append((len(rows), right != ""))
        rows.append([left, "", right])
        heights.append(None)
    t = Table(rows, colWidths=[8.2 * cm, 0.6 * cm, 8.2 * cm], rowHeights=heights)
    st = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 7),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 9), ("LEFTPADDING", (0, 0), (-1, -1), 7),
          ("RIGHTPADDING", (0, 0), (-1, -1), 7)]
    for r, has_right in card_rows:
        st += [("BOX", (0, r), (0, r), 0.8, "#1b365d"), ("BACKGROUND", (0, r), (0, r), "#f4f1ea")]
        if has_right:
            st += [("BOX", (2, r), (2, r), 0.8, "#1b365d"), ("BACKGROUND", (2, r), (2, r), "#f4f1ea")]
    t.setStyle(TableStyle(st))
    s.append(t)
    doc.build(s, onFirstPage=deco, onLaterPages=deco)
