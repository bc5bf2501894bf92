"""NHO 2018: annual-report chapter; NKPS measures only in sub-section 5.2."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from .common import font, esc, join_no, codes


def build(spec, out):
    R, B, I, BI = font("LibSerif")
    SR, SB, _, _ = font("LibSans")
    body = ParagraphStyle("b", fontName=R, fontSize=10.5, leading=14, spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName=SB, fontSize=16, leading=20, spaceBefore=16, spaceAfter=6, textColor=colors.HexColor("#003865"))
    h2 = ParagraphStyle("h2", fontName=SB, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4, textColor=colors.HexColor("#003865"))
    mt = ParagraphStyle("mt", fontName=B, fontSize=11, leading=14, spaceBefore=8)
    fact = ParagraphStyle("f", fontName=I, fontSize=9.5, leading=12, textColor=colors.HexColor("#444444"))
    bul = ParagraphStyle("bul", parent=body, leftIndent=14, bulletIndent=4)

    def on_page(c, d):
        c.saveState(); c.setFont(SR, 8); c.setFillColor(colors.HexColor("#003865"))
        c.drawString(2 * cm, A4[1] - 1.1 * cm, "NHO · Årsrapport 2018")
        c.drawRightString(A4[0] - 2 * cm, 1.1 * cm, str(30 + d.page))
        c.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=2.4 * cm, rightMargin=2.4 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.addPageTemplates([PageTemplate("p", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)], onPage=on_page)])
    st = [Paragraph("4 Økonomi", h1),
          Paragraph("Driftsresultatet for 2018 ble bedre enn budsjettert, hovedsakelig på grunn av økte "
                    "kontingentinntekter og lavere reisekostnader.", body)]
    tb = Table([["Mill. kr", "2018", "2017"], ["Kontingentinntekter", "412,5", "398,1"], ["Andre inntekter", "61,2", "58,9"],
                ["Lønn og sosiale kostnader", "301,8", "296,4"], ["Andre driftskostnader", "140,3", "139,0"], ["Driftsresultat", "31,6", "21,6"]],
               colWidths=[7 * cm, 3 * cm, 3 * cm])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SR, 9), ("FONT", (0, 0), (-1, 0), SB, 9),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEABOVE", (0, -1), (-1, -1), 0.5, colors.black),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    st += [tb, Paragraph("5 Medarbeidere", h1),
           Paragraph("Ved utgangen av 2018 hadde NHO-fellesskapet 412 ansatte. Sykefraværet var 3,9 prosent. "
                     "Det er gjennomført medarbeiderundersøkelse med svarprosent 87.", body),
           Paragraph("6 Kompetansepolitikk", h1),
           Paragraph("6.1 Strategisk arbeid", h2),
           Paragraph("NHOs kompetansebarometer viser at seks av ti bedrifter har udekket behov for kompetanse. "
                     "NHO har i 2018 prioritert fag- og yrkesopplæringen og etter- og videreutdanning.", body),
           Paragraph("6.2 Oppfølging av Nasjonal kompetansepolitisk strategi", h2),
           Paragraph("NHO rapporterer følgende tiltak til Kompetansepolitisk råd for 2018:", body)]
    for m in spec["measures"]:
        st.append(Paragraph(esc(m["title"]), mt))
        parts = []
        if m["delmal"]:
            parts.append(("Delmål " if len(m["delmal"]) == 1 else "Delmål ") + codes(m["delmal"]) + ".")
        parts.append(f"{m['type']}.")
        if m["responsible"] != "NHO":
            parts.append(f"Ansvar: {m['responsible']}.")
        if m["partners"]:
            parts.append(f"Samarbeid med {join_no(m['partners'])}.")
        if m["period"]:
            parts.append(f"Periode {m['period']}.")
        st.append(Paragraph(esc(" ".join(parts)), fact))
        st.append(Paragraph(esc(m["description"]), body))
    st += [Paragraph("6.3 Andre satsinger", h2),
           Paragraph("I tillegg har NHO arbeidet med satsinger som ikke er rapportert som tiltak under strategien:", body)]
    for x in ["NHOs Kompetansebarometer 2018 – årlig spørreundersøkelse blant medlemsbedriftene",
              "Lederutviklingsprogram for ansatte i NHO-fellesskapet",
              "Innspill til realfagsstrategien «Tett på realfag»"]:
        st.append(Paragraph(esc(x), bul, bulletText="•"))
    st += [Paragraph("7 Internasjonalt arbeid", h1),
           Paragraph("NHO deltar i BusinessEurope og i BIAC i OECD. I 2018 var kompetanse og digitalisering "
                     "hovedtema i det europeiske samarbeidet.", body)]
    doc.build(st)
