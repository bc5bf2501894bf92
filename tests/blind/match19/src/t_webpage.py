"""LO 2018: a web page printed to PDF from a browser (menu, breadcrumbs, cookie banner, footer links)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer
from reportlab.lib.styles import ParagraphStyle
from common import register_fonts, esc, join_no, numbered_canvas

MAKER = "reportlab"
LAYOUT = "web page saved as PDF: browser header/footer, site menu, breadcrumbs, left nav, cookie banner"
PRINTS = {"responsible", "partners", "period", "description", "type"}
URL = "https://www.lo.no/politikk/kompetanse/rapportering-nkps-2018/"


def build(spec, out, builddir):
    register_fonts()
    W, H = A4

    def footer(c, page, total):
        c.saveState()
        c.setFont("DVSans", 7)
        c.setFillColor(colors.black)
        c.drawString(10 * mm, H - 7 * mm, "12.12.2018, 09:41")
        c.drawCentredString(W / 2, H - 7 * mm, "Rapportering til Kompetansepolitisk råd 2018 | LO")
        c.drawString(10 * mm, 6 * mm, URL)
        c.drawRightString(W - 10 * mm, 6 * mm, f"{page}/{total}")
        # site bar
        c.setFillColor(colors.HexColor("#c8102e"))
        c.rect(10 * mm, H - 22 * mm, W - 20 * mm, 11 * mm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVSans-Bold", 13)
        c.drawString(14 * mm, H - 18.5 * mm, "LO")
        c.setFont("DVSans", 8.5)
        c.drawString(32 * mm, H - 18 * mm, "Forsiden    Politikk    Arbeidsliv    Aktuelt    Om LO    Bli medlem")
        c.drawRightString(W - 14 * mm, H - 18 * mm, "Søk  ☰ Meny")
        # left navigation
        c.setFillColor(colors.HexColor("#f2f2f2"))
        c.rect(10 * mm, 30 * mm, 42 * mm, H - 60 * mm, stroke=0, fill=1)
        c.setFillColor(colors.HexColor("#333333"))
        c.setFont("DVSans-Bold", 8)
        c.drawString(13 * mm, H - 38 * mm, "Politikk")
        c.setFont("DVSans", 7.5)
        y = H - 44 * mm
        for item in ["Arbeidsliv", "Velferd", "Kompetanse", "  Fagbrev", "  Tillitsvalgte",
                     "  Rapportering NKPS", "Klima og industri", "Internasjonalt"]:
            c.drawString(13 * mm, y, item)
            y -= 5 * mm
        if page == 1:
            c.setFillColor(colors.HexColor("#202020"))
            c.rect(10 * mm, 12 * mm, W - 20 * mm, 16 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DVSans", 7.5)
            c.drawString(14 * mm, 22 * mm, "Vi bruker informasjonskapsler (cookies) for å forbedre brukeropplevelsen og "
                                          "for statistikk. Les mer om personvern.")
            c.setFont("DVSans-Bold", 7.5)
            c.drawString(14 * mm, 15.5 * mm, "[ Godta alle ]     [ Kun nødvendige ]     [ Innstillinger ]")
        c.restoreState()

    frame = Frame(56 * mm, 32 * mm, W - 66 * mm, H - 58 * mm, id="f")
    doc = BaseDocTemplate(out, pagesize=A4, pageTemplates=[PageTemplate("p", [frame])],
                          title="Rapportering til Kompetansepolitisk råd 2018 | LO")
    crumb = ParagraphStyle("c", fontName="DVSans", fontSize=7.5, textColor=colors.HexColor("#666666"))
    h1 = ParagraphStyle("h1", fontName="DVSans-Bold", fontSize=17, leading=21, spaceAfter=6)
    ing = ParagraphStyle("i", fontName="DVSans", fontSize=10, leading=14, spaceAfter=8)
    h3 = ParagraphStyle("h3", fontName="DVSans-Bold", fontSize=11.5, leading=14, spaceBefore=10, spaceAfter=3,
                        textColor=colors.HexColor("#c8102e"))
    meta = ParagraphStyle("m", fontName="DVSans", fontSize=8.5, leading=11)
    body = ParagraphStyle("b", fontName="DVSans", fontSize=9, leading=12.5, spaceBefore=3)
    story = [Paragraph("Forsiden › Politikk › Kompetanse › Rapportering NKPS 2018", crumb), Spacer(1, 4),
             Paragraph("Slik følger LO opp kompetansestrategien", h1),
             Paragraph("Publisert 10.12.2018 · Sist oppdatert 12.12.2018", crumb), Spacer(1, 6),
             Paragraph("LO er med i Kompetansepolitisk råd og rapporterer hvert år hvilke tiltak vi gjennomfører "
                       "for å følge opp Nasjonal kompetansepolitisk strategi. Her er tiltakene for 2018.", ing)]
    for m in spec["measures"]:
        story.append(Paragraph(esc(m["title"]), h3))
        rows = [("Delmål", ", ".join(m["delmal"])), ("Type tiltak", m["type"]), ("Ansvar", m["responsible"]),
                ("Samarbeid", join_no(m["partners"], ", "))]
        if m["period"]:
            rows.append(("Når", m["period"]))
        for lab, val in rows:
            if val:
                story.append(Paragraph(f"<b>{lab}:</b> {esc(val)}", meta))
        story.append(Paragraph(esc(m["description"]), body))
    story += [Spacer(1, 12), Paragraph("Del:  Facebook  ·  X  ·  LinkedIn  ·  E-post", crumb), Spacer(1, 8),
              Paragraph("Kontakt oss · Personvern · Informasjonskapsler · Presse · Ledige stillinger · "
                        "Landsorganisasjonen i Norge, Youngs gate 11, 0181 Oslo", crumb)]
    doc.build(story, canvasmaker=numbered_canvas(footer))
