# -*- coding: utf-8 -*-
"""Innlandet fylkeskommune 2025: a slide deck exported to PDF (16:9 pages drawn on a canvas)."""
from reportlab.pdfgen import canvas
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from .common import register_fonts, esc, join_list

W, H = 960, 540
GREEN = "#00704a"


def build(spec, out_path):
    register_fonts()
    c = canvas.Canvas(out_path, pagesize=(W, H))
    c.setTitle("Innlandet fylkeskommune – NKPS 2025")
    c.setAuthor("Innlandet fylkeskommune")
    page = [0]
    bul = ParagraphStyle("bul", fontName="Carlito", fontSize=19, leading=24, leftIndent=22, bulletIndent=0)
    small = ParagraphStyle("sm", fontName="Carlito", fontSize=16, leading=20, leftIndent=22, bulletIndent=0)

    def frame():
        page[0] += 1
        c.setFillColor("#ffffff")
        c.rect(0, 0, W, H, stroke=0, fill=1)
        c.setFillColor(GREEN)
        c.rect(0, 0, 18, H, stroke=0, fill=1)
        c.setFont("Carlito", 11)
        c.setFillColor("#666666")
        c.drawString(40, 18, "Innlandet fylkeskommune  |  Rapportering NKPS 2025")
        c.drawRightString(W - 30, 18, str(page[0]))

    def title(t, sub=None):
        c.setFillColor(GREEN)
        c.setFont("Carlito-Bold", 32)
        c.drawString(60, H - 85, t)
        if sub:
            c.setFont("Carlito", 15)
            c.setFillColor("#555555")
            c.drawString(62, H - 112, sub)

    def bullets(items, y, style=bul, width=820):
        for it in items:
            p = Paragraph(it, style, bulletText="•")
            w, h = p.wrap(width, H)
            p.drawOn(c, 60, y - h)
            y -= h + 10
        return y

    # title slide
    frame()
    c.setFillColor(GREEN)
    c.rect(18, 170, W - 18, 200, stroke=0, fill=1)
    c.setFillColor("#ffffff")
    c.setFont("Carlito-Bold", 40)
    c.drawString(70, 290, "Kompetansepolitikk i Innlandet")
    c.setFont("Carlito", 22)
    c.drawString(72, 245, "Rapportering til Kompetansepolitisk råd 2025")
    c.setFont("Carlito", 16)
    c.drawString(72, 200, "Seksjon for kompetanse og inkludering, mars 2026")
    c.showPage()

    # agenda
    frame()
    title("Dette skal vi gjennom")
    bullets(["Regional plan og partnerskap", "Karriereveiledning for voksne", "Kompetanse i bedriftene",
             "Fagbrev for voksne i arbeid", "Veien videre"], H - 150)
    c.showPage()

    for m in spec["measures"]:
        frame()
        c.setFont("Carlito-Bold", 13)
        c.setFillColor("#8a8a8a")
        c.drawString(62, H - 48, ("DELMÅL " + join_list(m["delmal"])).upper())
        title(m["title"])
        items = ["<b>Hva:</b> " + esc(m["description"]),
                 "<b>Delmål:</b> " + join_list(m["delmal"]),
                 "<b>Type:</b> " + esc(m["type"]),
                 "<b>Ansvar:</b> " + esc(m["responsible"])]
        if m["partners"]:
            items.append("<b>Med:</b> " + esc(join_list(m["partners"])))
        items.append("<b>Når:</b> " + esc(m["period"]))
        bullets(items, H - 135, style=small)
        c.showPage()

    frame()
    title("Veien videre")
    bullets(["Ny handlingsplan for fagskoletilbud fra 2026",
             "Styrke samarbeidet med NAV om opplæring av ledige",
             "Utrede et regionalt kompetanseløft for helse og omsorg",
             "Bedre kunnskapsgrunnlag om kompetansebehov i kommunene"], H - 150)
    c.setFont("Carlito", 14)
    c.setFillColor("#555555")
    c.drawString(60, 80, "Punktene over er under utredning og rapporteres ikke som tiltak for 2025.")
    c.showPage()
    c.save()
