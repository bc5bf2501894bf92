"""Unio 2020: slide handout, two 16:9 slides per A4 page."""
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from reportlab.lib.utils import simpleSplit
from reportlab.lib.units import cm
from reportlab.lib import colors
from .common import font, join_no, codes


def build(spec, out):
    R, B, I, BI = font("Carlito")
    W, H = A4
    sw = W - 4 * cm
    sh = sw * 9 / 16
    slides = [("title", None), ("agenda", None)] + [("m", m) for m in spec["measures"]] + [("end", None)]
    c = canvas.Canvas(out, pagesize=A4)
    positions = [H - 2.2 * cm - sh, H - 2.2 * cm - 2 * sh - 1.6 * cm]
    page = 0
    for k, (kind, m) in enumerate(slides):
        slot = k % 2
        if slot == 0:
            if k:
                c.showPage()
            page += 1
            c.setFont(R, 8); c.setFillColor(colors.grey)
            c.drawString(2 * cm, H - 1.3 * cm, "Unio – Kompetansepolitisk råd, rapportering 2020")
            c.drawRightString(W - 2 * cm, 1.0 * cm, f"{page}")
        x0, y0 = 2 * cm, positions[slot]
        c.setStrokeColor(colors.HexColor("#7F7F7F")); c.setLineWidth(0.6); c.rect(x0, y0, sw, sh)
        c.setFillColor(colors.HexColor("#E4032E")); c.rect(x0, y0 + sh - 0.35 * cm, sw, 0.35 * cm, stroke=0, fill=1)
        c.setFillColor(colors.black)
        tx = x0 + 0.9 * cm
        top = y0 + sh - 1.5 * cm
        if kind == "title":
            c.setFont(B, 26); c.drawString(tx, y0 + sh / 2 + 0.4 * cm, "Unios rapportering 2020")
            c.setFont(R, 14); c.drawString(tx, y0 + sh / 2 - 0.6 * cm, "Oppfølging av Nasjonal kompetansepolitisk strategi")
        elif kind == "agenda":
            c.setFont(B, 20); c.drawString(tx, top, "Innhold")
            c.setFont(R, 13)
            for j, line in enumerate(["Om Unio og kompetansepolitikken", "Tiltak 2020", "Veien videre"]):
                c.drawString(tx + 0.4 * cm, top - 1.1 * cm - j * 0.75 * cm, "•  " + line)
        elif kind == "end":
            c.setFont(B, 20); c.drawString(tx, top, "Veien videre")
            c.setFont(R, 13)
            for j, line in enumerate(["Kompetanse i offentlig sektor må prioriteres", "Finansiering av EVU må avklares",
                                      "Tillitsvalgte må ha tid til kompetansearbeid"]):
                c.drawString(tx + 0.4 * cm, top - 1.1 * cm - j * 0.75 * cm, "•  " + line)
        else:
            c.setFont(B, 19)
            lines = simpleSplit(m["title"], B, 19, sw - 1.8 * cm)
            y = top
            for ln in lines:
                c.drawString(tx, y, ln); y -= 0.8 * cm
            y -= 0.2 * cm
            c.setFont(R, 11.5)
            bullets = []
            if m["delmal"]:
                bullets.append("Delmål: " + codes(m["delmal"]))
            bullets.append("Type: " + m["type"])
            bullets.append("Ansvar: " + m["responsible"])
            if m["partners"]:
                bullets.append("Partnere: " + join_no(m["partners"]))
            bullets.append("Tid: " + m["period"])
            for b in bullets:
                c.drawString(tx + 0.3 * cm, y, "•  " + b); y -= 0.55 * cm
            y -= 0.15 * cm
            c.setFont(I, 11)
            for ln in simpleSplit(m["description"], I, 11, sw - 2.2 * cm):
                c.drawString(tx + 0.3 * cm, y, ln); y -= 0.5 * cm
        c.setFont(R, 7); c.setFillColor(colors.grey)
        c.drawRightString(x0 + sw - 0.3 * cm, y0 + 0.25 * cm, str(k + 1))
        c.setFillColor(colors.black)
    c.showPage(); c.save()
