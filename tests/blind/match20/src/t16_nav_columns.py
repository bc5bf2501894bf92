"""NAV 2022: borderless column layout, wrapped text, no rules."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from .common import font, esc, join_no, codes

CW = [5.4, 1.6, 3.3, 4.4, 2.2, 9.0]   # column widths in cm
LEFT = 1.5


def columns():
    xs, x = [], LEFT * cm
    for w in CW:
        xs.append((x - 2, x + w * cm + 2)); x += w * cm
    return xs


VERIFY_COLUMNS = columns()


def build(spec, out):
    R, B, I, BI = font("LibSans")
    c = ParagraphStyle("c", fontName=R, fontSize=9.5, leading=12)
    cb = ParagraphStyle("cb", fontName=B, fontSize=9.5, leading=12)
    hd = ParagraphStyle("hd", fontName=B, fontSize=9, leading=11, textColor=colors.white)
    W, H = landscape(A4)

    def on_page(cv, d):
        cv.saveState(); cv.setFont(R, 8)
        cv.drawString(LEFT * cm, H - 1.0 * cm, "Arbeids- og velferdsdirektoratet (NAV) · Rapportering til Kompetansepolitisk råd 2022")
        cv.drawRightString(W - LEFT * cm, 0.8 * cm, f"Side {d.page}")
        cv.restoreState()

    doc = BaseDocTemplate(out, pagesize=(W, H), leftMargin=LEFT * cm, rightMargin=LEFT * cm, topMargin=1.6 * cm, bottomMargin=1.4 * cm)
    doc.addPageTemplates([PageTemplate("p", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, leftPadding=0, rightPadding=0)], onPage=on_page)])
    st = [Paragraph("NAVs tiltak 2022", ParagraphStyle("t", fontName=B, fontSize=16, leading=20)), Spacer(1, 10)]
    data = [[Paragraph(x, hd) for x in ["Tiltak", "Delmål", "Kategori", "Ansvar / med", "Tidsrom", "Kort om tiltaket"]]]
    for m in spec["measures"]:
        who = m["responsible"] + (" med " + join_no(m["partners"]) if m["partners"] else "")
        data.append([Paragraph(esc(m["title"]), cb), Paragraph(codes(m["delmal"], "<br/>", "<br/>"), c), Paragraph(esc(m["type"]), c),
                     Paragraph(esc(who), c), Paragraph(esc(m["period"]), c), Paragraph(esc(m["description"]), c)])
    t = Table(data, colWidths=[w * cm for w in CW], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#3E3832")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                           ("TOPPADDING", (0, 1), (-1, -1), 8), ("BOTTOMPADDING", (0, 1), (-1, -1), 8)]))
    st.append(t)
    doc.build(st)
