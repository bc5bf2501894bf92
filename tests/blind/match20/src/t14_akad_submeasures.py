"""Akademikerne 2022: numbered parent measures with indented sub-measures (Delprosjekt)."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from .common import font, esc, join_no, codes


def build(spec, out):
    R, B, I, BI = font("DejaVuSerif")
    SR, SB, _, _ = font("DejaVuCond")
    body = ParagraphStyle("b", fontName=R, fontSize=9.5, leading=13, spaceAfter=4)
    h = ParagraphStyle("h", fontName=SB, fontSize=13, leading=16, spaceBefore=14, spaceAfter=4, textColor=colors.HexColor("#5B2C6F"))
    sub = ParagraphStyle("s", fontName=R, fontSize=9, leading=12, leftIndent=1.2 * cm)
    tt = ParagraphStyle("tt", fontName=SB, fontSize=18, leading=22, spaceAfter=8)

    def on_page(c, d):
        c.saveState(); c.setFont(SR, 8)
        c.drawString(2 * cm, A4[1] - 1.1 * cm, "AKADEMIKERNE")
        c.drawRightString(A4[0] - 2 * cm, 1.0 * cm, f"Side {d.page}")
        c.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.addPageTemplates([PageTemplate("p", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)], onPage=on_page)])
    st = [Paragraph("Akademikernes rapportering til Kompetansepolitisk råd 2022", tt),
          Paragraph("Rapporten lister Akademikernes hovedtiltak. Under flere tiltak står delprosjekter; disse er deler "
                    "av hovedtiltaket og rapporteres ikke som egne tiltak.", body)]
    for i, m in enumerate(spec["measures"], 1):
        blk = [Paragraph(f"{i}&nbsp;&nbsp;&nbsp;{esc(m['title'])}", h)]
        facts = [["Delmål", codes(m["delmal"]), "Type", m["type"]],
                 ["Ansvarlig", m["responsible"], "Partner", join_no(m["partners"])],
                 ["Tidsrom", m["period"], "", ""]]
        tb = Table(facts, colWidths=[2.2 * cm, 5.2 * cm, 1.8 * cm, 6.3 * cm])
        tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SR, 8.5), ("FONT", (0, 0), (0, -1), SB, 8.5), ("FONT", (2, 0), (2, -1), SB, 8.5),
                                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F3EEF6")),
                                ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        blk += [tb, Spacer(1, 4), Paragraph(esc(m["description"]), body)]
        for j, s in enumerate(m["subs"], 1):
            blk.append(Paragraph(f"Delprosjekt {i}.{j}: {esc(s)}", sub))
        st.append(KeepTogether(blk))
    doc.build(st)
