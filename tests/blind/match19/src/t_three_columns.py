"""YS 2019: newsletter page with masthead and body text flowing in three columns."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, FrameBreak, NextPageTemplate
from reportlab.lib.styles import ParagraphStyle
from common import register_fonts, esc, join_no, numbered_canvas

MAKER = "reportlab"
LAYOUT = "newsletter in three text columns with masthead, measures flow through the columns"
PRINTS = {"responsible", "partners", "period", "description", "type"}


def build(spec, out, builddir):
    register_fonts()
    W, H = A4
    gap, lm = 5 * mm, 14 * mm
    cw = (W - 2 * lm - 2 * gap) / 3

    def cols(top):
        return [Frame(lm + i * (cw + gap), 16 * mm, cw, top - 16 * mm, leftPadding=0, rightPadding=0,
                      id=f"c{i}{top}") for i in range(3)]

    def deco(c, page, total):
        c.saveState()
        if page == 1:
            c.setFillColor(colors.HexColor("#00577b"))
            c.rect(0, H - 42 * mm, W, 42 * mm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("DVSans-Bold", 26)
            c.drawString(lm, H - 22 * mm, "YS Kompetansenytt")
            c.setFont("DVSans", 10)
            c.drawString(lm, H - 31 * mm, "Nr. 4 · Desember 2019 · Rapportering til Kompetansepolitisk råd")
        c.setStrokeColor(colors.HexColor("#bbbbbb"))
        for i in (1, 2):
            x = lm + i * cw + (i - 0.5) * gap
            c.line(x, 16 * mm, x, (H - 48 * mm) if page == 1 else (H - 16 * mm))
        c.setFont("DVSans", 7.5)
        c.setFillColor(colors.black)
        c.drawString(lm, 9 * mm, "Yrkesorganisasjonenes Sentralforbund YS")
        c.drawRightString(W - lm, 9 * mm, f"Side {page} av {total}")
        c.restoreState()

    doc = BaseDocTemplate(out, pagesize=A4, title="YS Kompetansenytt 4/2019")
    doc.addPageTemplates([PageTemplate("first", cols(H - 48 * mm)), PageTemplate("next", cols(H - 16 * mm))])
    h = ParagraphStyle("h", fontName="DVCond-Bold", fontSize=10.5, leading=12.5, spaceBefore=8, spaceAfter=2,
                       textColor=colors.HexColor("#00577b"))
    lead = ParagraphStyle("lead", fontName="DVSerif-Bold", fontSize=11, leading=13.5, spaceAfter=6)
    b = ParagraphStyle("b", fontName="DVSerif", fontSize=8.6, leading=11.2, alignment=4)
    f = ParagraphStyle("f", fontName="DVCond", fontSize=8, leading=10)
    story = [NextPageTemplate("next"),
             Paragraph("Slik fulgte YS opp kompetansestrategien i 2019", lead),
             Paragraph("YS sitter i Kompetansepolitisk råd sammen med de andre hovedorganisasjonene, "
                       "regjeringen og frivilligheten. Hvert år rapporterer vi hva vi har gjort for å følge opp "
                       "strategiens delmål. I år har vi lagt vekt på realkompetanse, tillitsvalgtes rolle og "
                       "digitalisering. Her er tiltakene vi rapporterer.", b)]
    for m in spec["measures"]:
        story.append(Paragraph(esc(m["title"]), h))
        for lab, val in (("Delmål", ", ".join(m["delmal"])), ("Type", m["type"]), ("Ansvarlig", m["responsible"]),
                         ("Med", join_no(m["partners"])), ("Når", m["period"])):
            story.append(Paragraph(f"<b>{lab}:</b> {esc(val)}", f))
        story.append(Spacer(1, 2))
        story.append(Paragraph(esc(m["description"]), b))
    story += [Spacer(1, 8), Paragraph("<i>Spørsmål? Kontakt YS' rådgiver for utdanning og kompetanse.</i>", b)]
    doc.build(story, canvasmaker=numbered_canvas(deco))
