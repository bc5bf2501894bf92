"""Virke 2023: budget table with amounts, subtotal rows per innsatsområde."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from .common import font, esc, join_no, codes

AREAS = {"1": "Innsatsområde 1 – Gode valg for den enkelte og for samfunnet", "2": "Innsatsområde 2 – Læring i arbeidslivet",
         "3": "Innsatsområde 3 – Voksne med svak tilknytning til arbeidslivet"}


CW = [6.4, 1.7, 2.0, 3.6, 2.0, 2.3, 2.0, 6.6]
LEFT = 1.5
# the Table is centred in the frame: compute the x-ranges of the columns for verify
_W = landscape(A4)[0]
_x = (_W - sum(CW) * cm) / 2
VERIFY_COLUMNS = []
for _w in CW:
    VERIFY_COLUMNS.append((_x - 2, _x + _w * cm + 2)); _x += _w * cm


def kr(n):
    return f"{n:,}".replace(",", " ")


def build(spec, out):
    R, B, I, BI = font("Carlito")
    c = ParagraphStyle("c", fontName=R, fontSize=9, leading=11)
    cb = ParagraphStyle("cb", fontName=B, fontSize=9, leading=11)
    W, H = landscape(A4)

    def on_page(cv, d):
        cv.saveState(); cv.setFont(R, 8)
        cv.drawString(1.5 * cm, H - 1.0 * cm, "Virke · Kompetansepolitisk råd · Budsjett og tiltak 2023")
        cv.drawRightString(W - 1.5 * cm, 0.8 * cm, f"Side {d.page}")
        cv.restoreState()

    doc = BaseDocTemplate(out, pagesize=(W, H), leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.6 * cm, bottomMargin=1.4 * cm)
    doc.addPageTemplates([PageTemplate("p", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)], onPage=on_page)])
    st = [Paragraph("Virkes tiltak for Nasjonal kompetansepolitisk strategi – budsjett og forbruk 2023",
                    ParagraphStyle("t", fontName=B, fontSize=15, leading=19)),
          Paragraph("Beløp i kroner. Forbruk per 31. desember 2023. Tiltakene er gruppert etter innsatsområde.",
                    ParagraphStyle("s", fontName=I, fontSize=9, leading=12)), Spacer(1, 8)]
    head = ["Tiltak", "Delmål", "Ansvar", "Samarbeid", "Periode", "Budsjett 2023", "Forbruk", "Merknad"]
    data = [[Paragraph(h, cb) for h in head]]
    style = [("LINEBELOW", (0, 0), (-1, 0), 1, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("ALIGN", (5, 0), (6, -1), "RIGHT")]
    seen, cur, sb, ss, tb_, ts = [], None, 0, 0, 0, 0

    def subtotal():
        data.append([Paragraph(f"Sum innsatsområde {cur}", cb), "", "", "", "", Paragraph(kr(sb), cb), Paragraph(kr(ss), cb), ""])
        style.append(("LINEABOVE", (0, len(data) - 1), (-1, len(data) - 1), 0.5, colors.black))

    for m in spec["measures"]:
        area = m["delmal"][0][0]
        if area != cur:
            if cur is not None:
                subtotal()
            assert area not in seen, "measures must be grouped by area in data order"
            seen.append(area); cur = area; sb = ss = 0
            data.append([Paragraph(AREAS[area], cb), "", "", "", "", "", "", ""])
            style += [("SPAN", (0, len(data) - 1), (-1, len(data) - 1)), ("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#E2EFDA"))]
        data.append([Paragraph(esc(m["title"]), c), Paragraph(codes(m["delmal"], ", ", ", "), c), Paragraph(esc(m["responsible"]), c),
                     Paragraph(esc(join_no(m["partners"])), c), Paragraph(esc(m["period"]), c),
                     Paragraph(kr(m["budget"]), c), Paragraph(kr(m["spent"]), c), Paragraph(esc(m["description"]), c)])
        style.append(("LINEBELOW", (0, len(data) - 1), (-1, len(data) - 1), 0.25, colors.HexColor("#BFBFBF")))
        sb += m["budget"]; ss += m["spent"]; tb_ += m["budget"]; ts += m["spent"]
    subtotal()
    data.append([Paragraph("Totalt", cb), "", "", "", "", Paragraph(kr(tb_), cb), Paragraph(kr(ts), cb), ""])
    style.append(("LINEABOVE", (0, len(data) - 1), (-1, len(data) - 1), 1.2, colors.black))
    t = Table(data, colWidths=[x * cm for x in CW], repeatRows=1)
    t.setStyle(TableStyle(style))
    st.append(t)
    doc.build(st)
