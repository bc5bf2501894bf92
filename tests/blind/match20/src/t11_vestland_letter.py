"""Vestland 2021: cover letter and attached report (Nynorsk) in one PDF."""
from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, PageBreak, NextPageTemplate, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib import colors
from .common import font, esc, join_no, codes


def build(spec, out):
    R, B, I, BI = font("LibSans")
    body = ParagraphStyle("b", fontName=R, fontSize=10.5, leading=14.5, spaceAfter=7)
    small = ParagraphStyle("s", fontName=R, fontSize=9, leading=11.5)
    h = ParagraphStyle("h", fontName=B, fontSize=12.5, leading=16, spaceBefore=14, spaceAfter=3, textColor=colors.HexColor("#00546E"))
    lab = ParagraphStyle("l", fontName=R, fontSize=10, leading=13, leftIndent=10)
    big = ParagraphStyle("bg", fontName=B, fontSize=16, leading=20, spaceAfter=10)
    n = len(spec["measures"])

    def letter_page(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#00546E")); c.setFont(B, 15)
        c.drawString(2.2 * cm, A4[1] - 2 * cm, "Vestland fylkeskommune")
        c.setFont(R, 8); c.setFillColor(colors.black)
        c.drawString(2.2 * cm, A4[1] - 2.5 * cm, "Avdeling for opplæring og kompetanse · Postboks 7900, 5020 Bergen")
        c.restoreState()

    def att_page(c, d):
        c.saveState(); c.setFont(R, 8)
        c.drawString(2.2 * cm, A4[1] - 1.2 * cm, "Vedlegg – Rapportering frå Vestland fylkeskommune 2021")
        c.drawRightString(A4[0] - 2.2 * cm, 1.1 * cm, f"Side {d.page - 1} av {spec['_att_pages']}")
        c.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm, bottomMargin=2 * cm)
    fr1 = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height - 1.6 * cm)
    fr2 = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)
    doc.addPageTemplates([PageTemplate("letter", [fr1], onPage=letter_page), PageTemplate("att", [fr2], onPage=att_page)])
    meta = Table([["Vår referanse:", "2021/48213-3"], ["Dykkar referanse:", ""], ["Dato:", "14.12.2021"]],
                 colWidths=[3.5 * cm, 5 * cm], hAlign="RIGHT")
    meta.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), R, 8.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    st = [meta, Spacer(1, 14),
          Paragraph("Kompetansepolitisk råd<br/>v/ Direktoratet for høgare utdanning og kompetanse<br/>Postboks 1093<br/>5809 Bergen", body),
          Spacer(1, 10),
          Paragraph("Rapportering frå Vestland fylkeskommune for 2021", big),
          Paragraph("Vi viser til brev frå sekretariatet om rapportering på oppfølginga av Nasjonal kompetansepolitisk "
                    "strategi. Vestland fylkeskommune har i 2021 hatt særleg merksemd på vaksne si moglegheit til å ta "
                    "fagbrev, mellom anna gjennom Fagbrev på jobb, og på karriererettleiing gjennom Karriere Vestland. "
                    "Samarbeidet med partane i Kompetanseforum Vestland har vore avgjerande for arbeidet.", body),
          Paragraph("Ein samla oversikt over tiltaka følgjer som vedlegg. Ta gjerne kontakt dersom de har spørsmål.", body),
          Spacer(1, 10), Paragraph("Med helsing", body), Spacer(1, 16),
          Paragraph("Ingrid Haugland<br/>fylkesdirektør for opplæring og kompetanse", body),
          Spacer(1, 8), Paragraph("Dokumentet er elektronisk godkjent og har difor inga handskriven underskrift.", small),
          Spacer(1, 6), Paragraph("Vedlegg: Rapportering 2021 – tiltak i Vestland fylkeskommune", small),
          NextPageTemplate("att"), PageBreak(),
          Paragraph("Rapportering 2021 – tiltak i Vestland fylkeskommune", big),
          Paragraph("Tiltaka er lista i same rekkjefølgje som delmåla i strategien.", body)]
    for m in spec["measures"]:
        st.append(Paragraph(esc(m["title"]), h))
        rows = [("Delmål", codes(m["delmal"])), ("Type", m["type"]), ("Ansvar", m["responsible"])]
        if m["partners"]:
            rows.append(("Samarbeid", join_no(m["partners"])))
        rows += [("Tidsrom", m["period"]), ("Om tiltaket", m["description"])]
        for k, v in rows:
            st.append(Paragraph(f"<b>{k}:</b> {esc(v)}", lab))
    spec["_att_pages"] = spec.get("_att_pages", 2)
    doc.build(st)
    # second pass with the right page count
    import pdfplumber
    with pdfplumber.open(out) as pdf:
        pages = len(pdf.pages) - 1
    if pages != spec["_att_pages"]:
        spec["_att_pages"] = pages
        build(spec, out)
