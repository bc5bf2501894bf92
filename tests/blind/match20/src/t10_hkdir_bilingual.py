"""HK-dir 2021: bilingual two-column table (Norwegian | English)."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from .common import font, esc, join_no, codes

EN_TYPE = {"Råd/utvalg/nettverk": "Council/committee/network", "Informasjon": "Information", "Kurs/utdanning": "Course/education",
           "Prosjekt": "Project", "FoU": "R&D", "Arrangement": "Event"}
EN_PERIOD = {"Løpende": "Ongoing"}


def build(spec, out):
    R, B, I, BI = font("DejaVuSans")
    t = ParagraphStyle("t", fontName=B, fontSize=10, leading=12.5)
    f = ParagraphStyle("f", fontName=I, fontSize=8, leading=10, textColor=colors.HexColor("#333333"))
    b = ParagraphStyle("b", fontName=R, fontSize=8.5, leading=11)
    hd = ParagraphStyle("hd", fontName=B, fontSize=9, leading=11, textColor=colors.white)
    tt = ParagraphStyle("tt", fontName=B, fontSize=15, leading=19, spaceAfter=6)

    def on_page(c, d):
        c.saveState(); c.setFont(R, 7.5)
        c.drawString(2 * cm, A4[1] - 1.1 * cm, "HK-dir · Direktoratet for høyere utdanning og kompetanse / Norwegian Directorate for Higher Education and Skills")
        c.drawRightString(A4[0] - 2 * cm, 1.0 * cm, f"{d.page}")
        c.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm, bottomMargin=1.8 * cm)
    doc.addPageTemplates([PageTemplate("p", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)], onPage=on_page)])
    st = [Paragraph("Rapport til Kompetansepolitisk råd 2021 / Report to the Council for Skills Policy 2021", tt),
          Paragraph("Rapporten er tospråklig. Norsk tekst er gjeldende. / The report is bilingual; the Norwegian text prevails.", b),
          Spacer(1, 8)]
    data = [[Paragraph("Norsk", hd), Paragraph("English", hd)]]
    style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2B3A67")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BOX", (0, 0), (-1, -1), 0.5, colors.grey), ("LINEAFTER", (0, 0), (0, -1), 0.5, colors.grey)]
    for m in spec["measures"]:
        no_f = f"Delmål {codes(m['delmal'])} · {m['type']} · Ansvar: {m['responsible']}"
        en_f = f"Sub-goal {codes(m['delmal'], ', ', ' and ')} · {EN_TYPE[m['type']]} · Responsible: {m['responsible']}"
        if m["partners"]:
            no_f += f" · Samarbeid: {join_no(m['partners'])}"
            en_f += f" · Partners: {join_no(m['partners'], 'and')}"
        no_f += f" · Periode: {m['period']}"
        en_f += f" · Period: {EN_PERIOD.get(m['period'], m['period'])}"
        r0 = len(data)
        data += [[Paragraph(esc(m["title"]), t), Paragraph(esc(m["title_en"]), t)],
                 [Paragraph(esc(no_f), f), Paragraph(esc(en_f), f)],
                 [Paragraph(esc(m["description"]), b), Paragraph(esc(m["desc_en"]), b)]]
        style.append(("LINEABOVE", (0, r0), (-1, r0), 0.5, colors.grey))
    tb = Table(data, colWidths=[doc.width / 2] * 2, repeatRows=1)
    tb.setStyle(TableStyle(style))
    st.append(tb)
    doc.build(st)
