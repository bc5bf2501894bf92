# -*- coding: utf-8 -*-
"""Spekter 2017: lettered items, one-line definition pairs."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

from .common import register_fonts, esc, oldnums_text, join_list


def build(spec, out_path):
    register_fonts()
    base = ParagraphStyle("b", fontName="Carlito", fontSize=10.5, leading=13.5)
    h1 = ParagraphStyle("h1", parent=base, fontName="Carlito-Bold", fontSize=16, leading=20, spaceAfter=10)
    h2 = ParagraphStyle("h2", parent=base, fontName="Carlito-Bold", fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=6)
    body = ParagraphStyle("body", parent=base, spaceAfter=6)

    def on_page(c, d):
        c.saveState()
        c.setFont("Carlito-Bold", 9)
        c.setFillColorRGB(0.0, 0.32, 0.55)
        c.drawString(2 * cm, A4[1] - 1.3 * cm, "Spekter")
        c.setFont("Carlito", 9)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.3 * cm, "Rapportering – Nasjonal kompetansepolitisk strategi 2017")
        c.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, "side %d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(out_path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm, title="Spekter rapportering 2017",
                            author="Spekter")
    story = [Paragraph("Spekters rapportering til Kompetansepolitisk råd", h1),
             Paragraph("Spekter viser til bestillingen fra Kunnskapsdepartementet om å rapportere på "
                       "oppfølgingen av Nasjonal kompetansepolitisk strategi. Spekter organiserer virksomheter "
                       "innen helse, samferdsel, kultur og andre tjenester, og våre tiltak retter seg i hovedsak mot "
                       "medlemsvirksomhetene. Nedenfor følger rapporteringspunktene for 2017. For hvert punkt "
                       "oppgis relasjonen til strategiens tiltak nr. 1–16.", body),
             Paragraph("Spekter deltar i tillegg i Kompetansepolitisk råd og i flere partssammensatte fora, "
                       "men dette arbeidet rapporteres ikke som egne tiltak.", body),
             Paragraph("Rapporteringspunkter", h2)]

    letters = "abcdefghijklmnop"
    for i, m in enumerate(spec["measures"]):
        partners = join_list(m["partners"], last=", ") if m["partners"] else "–"
        l1 = Paragraph("<b>Tiltak:</b> %s&nbsp;&nbsp;&nbsp;&nbsp; <b>NKPS-tiltak nr.:</b> %s" % (
            esc(m["title"]), oldnums_text(m["delmal"])), base)
        l2 = Paragraph("<b>Ansvarlig:</b> %s&nbsp;&nbsp;&nbsp;&nbsp; <b>Samarbeid:</b> %s&nbsp;&nbsp;&nbsp;&nbsp; <b>Tid:</b> %s" % (
            esc(m["responsible"]), esc(partners), esc(m["period"])), base)
        l3 = Paragraph("<b>Beskrivelse:</b> %s" % esc(m["description"]), base)
        t = Table([[Paragraph("<b>%s)</b>" % letters[i], base), [l1, Spacer(1, 2), l2, Spacer(1, 2), l3]]],
                  colWidths=[0.9 * cm, 16.1 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                               ("LINEBELOW", (1, 0), (1, 0), 0.3, "#b0b0b0")]))
        story.append(KeepTogether([t]))

    story.append(Spacer(1, 10))
    story.append(Paragraph("Spekter vurderer å gjennomføre søkekonferansen og konferansen om læreplasser årlig. "
                           "Eventuelle nye tiltak vil bli rapportert i neste års rapportering.", body))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
