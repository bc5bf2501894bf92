"""Unio 2024: scorecard with indicator table under each measure."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from .common import font, esc, join_no, codes


def build(spec, out):
    R, B, I, BI = font("LibSans")
    body = ParagraphStyle("b", fontName=R, fontSize=10, leading=13.5, spaceAfter=4)
    h = ParagraphStyle("h", fontName=B, fontSize=13, leading=16, spaceBefore=16, spaceAfter=3, textColor=colors.HexColor("#E4032E"))
    f = ParagraphStyle("f", fontName=R, fontSize=8.5, leading=11, textColor=colors.HexColor("#404040"), spaceAfter=3)

    def on_page(c, d):
        c.saveState(); c.setFont(R, 8)
        c.drawString(2 * cm, A4[1] - 1.1 * cm, "Unio – Måloppnåelse for NKPS-tiltak 2024")
        c.drawRightString(A4[0] - 2 * cm, 1.0 * cm, f"Unio | side {d.page}")
        c.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.addPageTemplates([PageTemplate("p", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)], onPage=on_page)])
    st = [Paragraph("Måloppnåelse 2024", ParagraphStyle("t", fontName=B, fontSize=20, leading=24)),
          Paragraph("For hvert tiltak viser vi mål og resultat for indikatorene Unio har satt for 2024.", body)]
    for m in spec["measures"]:
        line = f"Mål: delmål {codes(m['delmal'])} — Kategori: {m['type']} — Ansvar: {m['responsible']}"
        if m["partners"]:
            line += f" — Med: {join_no(m['partners'])}"
        line += f" — Tid: {m['period']}"
        data = [["Indikator", "Mål 2024", "Resultat 2024"]] + [list(k) for k in m["kpis"]]
        tb = Table(data, colWidths=[9 * cm, 3 * cm, 3.4 * cm], hAlign="LEFT")
        tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), R, 8.5), ("FONT", (0, 0), (-1, 0), B, 8.5),
                                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#BBBBBB")),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2F2F2")), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
        st.append(KeepTogether([Paragraph(esc(m["title"]), h), Paragraph(esc(line), f), Paragraph(esc(m["description"]), body), tb]))
    doc.build(st)
