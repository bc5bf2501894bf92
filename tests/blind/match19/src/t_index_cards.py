"""Spekter 2017: one index card per measure, two cards per A4 page, 'Tiltak 2 av 5'."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph
from reportlab.lib.styles import ParagraphStyle
from common import register_fonts, esc, join_no
from data import old_nr

MAKER = "reportlab"
LAYOUT = "index cards 'Tiltak n av N', two per page, old NKPS numbers"
PRINTS = {"responsible", "partners", "period", "description", "type"}


def build(spec, out, builddir):
    register_fonts()
    W, H = A4
    c = canvas.Canvas(out, pagesize=A4)
    title_st = ParagraphStyle("t", fontName="Carlito-Bold", fontSize=15, leading=18)
    body = ParagraphStyle("b", fontName="Carlito", fontSize=10.5, leading=13.5)
    ms = spec["measures"]
    n = len(ms)
    c.setFont("Carlito-Bold", 11)
    for i, m in enumerate(ms):
        slot = i % 2
        if slot == 0 and i:
            c.showPage()
        if slot == 0:
            c.setFont("Carlito", 8.5)
            c.setFillColor(colors.grey)
            c.drawString(18 * mm, H - 12 * mm, "Spekter – rapportering NKPS 2017")
            c.drawRightString(W - 18 * mm, 10 * mm, f"{i // 2 + 1}")
        x0, w = 18 * mm, W - 36 * mm
        top = H - 20 * mm - slot * (H / 2 - 8 * mm)
        h = H / 2 - 22 * mm
        c.setStrokeColor(colors.HexColor("#1d4f91"))
        c.setFillColor(colors.HexColor("#fbfaf3"))
        c.setLineWidth(1.2)
        c.roundRect(x0, top - h, w, h, 6, stroke=1, fill=1)
        c.setStrokeColor(colors.HexColor("#e5a0a0"))
        c.setLineWidth(0.6)
        c.line(x0, top - 14 * mm, x0 + w, top - 14 * mm)
        c.setFillColor(colors.HexColor("#1d4f91"))
        c.setFont("Carlito-Bold", 10)
        c.drawString(x0 + 5 * mm, top - 8 * mm, f"Tiltak {i + 1} av {n}")
        nrs = [str(old_nr(cd)) for cd in m["delmal"]]
        c.drawRightString(x0 + w - 5 * mm, top - 8 * mm, "NKPS-tiltak nr. " + join_no(nrs))
        c.setFillColor(colors.black)
        y = top - 18 * mm
        p = Paragraph(esc(m["title"]), title_st)
        _, ph = p.wrap(w - 10 * mm, 50 * mm)
        p.drawOn(c, x0 + 5 * mm, y - ph)
        y -= ph + 5 * mm
        for lab, val in (("Hvem", m["responsible"]), ("Med", join_no(m["partners"]) or "–"),
                         ("Når", m["period"]), ("Kategori", m["type"])):
            q = Paragraph(f"<font name='Carlito-Bold'>{lab}:</font> {esc(val)}", body)
            _, qh = q.wrap(w - 10 * mm, 30 * mm)
            q.drawOn(c, x0 + 5 * mm, y - qh)
            y -= qh + 1.5 * mm
        y -= 2 * mm
        q = Paragraph("<font name='Carlito-Bold'>Om tiltaket:</font> " + esc(m["description"]), body)
        _, qh = q.wrap(w - 10 * mm, 40 * mm)
        q.drawOn(c, x0 + 5 * mm, y - qh)
    c.showPage()
    c.save()
