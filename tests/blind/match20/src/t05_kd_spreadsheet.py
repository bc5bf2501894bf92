"""KD 2019: spreadsheet printed landscape, grid, wrapped cells, header row repeated on each page."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from .common import font, esc, join_no, codes


def build(spec, out):
    R, B, I, BI = font("LibNarrow")
    cell = ParagraphStyle("c", fontName=R, fontSize=10, leading=12)
    hcell = ParagraphStyle("h", fontName=B, fontSize=10, leading=12)
    W, H = landscape(A4)
    n_pages = {"n": 0}

    def on_page(c, d):
        c.saveState(); c.setFont(R, 8)
        c.drawCentredString(W / 2, H - 0.9 * cm, "Tiltak NKPS 2019 – Kunnskapsdepartementet")
        c.drawString(1.2 * cm, 0.8 * cm, "Ark1")
        c.drawRightString(W - 1.2 * cm, 0.8 * cm, f"Side {d.page}")
        c.restoreState()

    doc = BaseDocTemplate(out, pagesize=(W, H), leftMargin=1.2 * cm, rightMargin=1.2 * cm, topMargin=1.5 * cm, bottomMargin=1.4 * cm)
    doc.addPageTemplates([PageTemplate("p", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")], onPage=on_page)])
    head = ["Nr", "Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsrom", "Kort om tiltaket"]
    data = [[Paragraph(h, hcell) for h in head]]
    for i, m in enumerate(spec["measures"], 1):
        row = [str(i), codes(m["delmal"], ", ", ", "), m["title"], m["type"], m["responsible"],
               ", ".join(m["partners"]), m["period"], m["description"]]
        data.append([Paragraph(esc(x), cell) for x in row])
    cw = [0.9, 1.5, 4.6, 2.6, 2.0, 4.0, 2.1, 9.4]
    t = Table(data, colWidths=[x * cm for x in cw], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9E9E9E")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E1F2")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 14)]))
    doc.build([t])
