# -*- coding: utf-8 -*-
"""Unio 2019: portrait + landscape pages; the measure table is cut into two tables on two pages."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, NextPageTemplate)

from .common import register_fonts, esc

HEAD = ["Nr.", "Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Tidsperiode", "Beskrivelse"]


def build(spec, out_path):
    register_fonts()
    base = ParagraphStyle("b", fontName="LibSans", fontSize=10.5, leading=14, spaceAfter=7)
    cell = ParagraphStyle("c", fontName="LibSans", fontSize=10, leading=12.5)
    cellb = ParagraphStyle("cb", parent=cell, fontName="LibSans-Bold")
    headst = ParagraphStyle("hd", parent=cellb, fontSize=8, leading=10)
    h1 = ParagraphStyle("h1", fontName="LibSans-Bold", fontSize=17, leading=21, spaceAfter=12, textColor="#c8102e")
    bul = ParagraphStyle("bul", parent=base, leftIndent=14, bulletIndent=4, spaceAfter=2)
    h2 = ParagraphStyle("h2", fontName="LibSans-Bold", fontSize=12.5, leading=16, spaceBefore=8, spaceAfter=6)

    P = A4
    L = landscape(A4)

    def deco(c, d):
        c.saveState()
        w, h = c._pagesize
        c.setFont("LibSans-Bold", 8)
        c.setFillColorRGB(0.78, 0.06, 0.18)
        c.drawString(1.5 * cm, h - 1.1 * cm, "Unio")
        c.setFont("LibSans", 8)
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.drawRightString(w - 1.5 * cm, h - 1.1 * cm, "Rapportering til Kompetansepolitisk råd 2019")
        c.drawCentredString(w / 2, 0.9 * cm, "%d" % d.page)
        c.restoreState()

    doc = BaseDocTemplate(out_path, pagesize=P, title="Unio rapportering 2019", author="Unio")
    fp = Frame(2.2 * cm, 2 * cm, P[0] - 4.4 * cm, P[1] - 4 * cm, id="fp")
    fl = Frame(1.5 * cm, 1.6 * cm, L[0] - 3 * cm, L[1] - 3.2 * cm, id="fl")
    doc.addPageTemplates([PageTemplate(id="portrait", frames=[fp], pagesize=P, onPage=deco),
                          PageTemplate(id="landscape", frames=[fl], pagesize=L, onPage=deco)])

    s = [Paragraph("Unios rapportering 2019", h1),
         Paragraph("Nasjonal kompetansepolitisk strategi – oppfølging av delmålene", h2),
         Paragraph("Unio er hovedorganisasjon for 13 fagforbund med over 370 000 medlemmer, hovedsakelig innen "
                   "utdanning, helse og politi. Kompetanse og profesjonsutvikling står sentralt i politikken til alle "
                   "forbundene. Unios tiltak er i stor grad rettet mot at medlemmene skal få tid og ressurser til "
                   "etter- og videreutdanning, og mot at profesjonsutdanningene er relevante.", base),
         Paragraph("Tabellen på de neste sidene viser tiltakene Unio rapporterer for 2019, med tilknytning til "
                   "strategiens delmål. Andre aktiviteter som ikke er knyttet til et bestemt delmål, er omtalt til "
                   "slutt. Unio har i tillegg gitt innspill til ekspertutvalget for etter- og videreutdanning og til "
                   "kompetansereformen «Lære hele livet», men disse innspillene er ikke ført opp som tiltak.", base),
         NextPageTemplate("landscape"), PageBreak(),
         Paragraph("Unios prioriteringer i kompetansepolitikken", h2),
         Paragraph("Unio mener at etter- og videreutdanning må ses som en investering og ikke som en kostnad. "
                   "Arbeidsgiver har et hovedansvar for å legge til rette for kompetanseutvikling, og tariffavtalene "
                   "må gi rett til permisjon og finansiering. For Unios medlemmer er kravene til oppdatert kunnskap "
                   "særlig store: lærere, sykepleiere, politiansatte og andre profesjoner arbeider i tjenester der "
                   "faglig utvikling, digitalisering og nye krav fra brukerne stadig endrer arbeidshverdagen.", base),
         Paragraph("Profesjonsutdanningene må ha god kvalitet og tett kobling til praksisfeltet. Unio deltar derfor "
                   "i flere fora der utdanningsinstitusjonene og arbeidslivet møtes, og arbeider for at praksis i "
                   "utdanningene får nok ressurser. Unio er også opptatt av at kompetansebehovene i offentlig sektor "
                   "blir synlige i det nasjonale kunnskapsgrunnlaget, slik at ikke bare næringslivets behov preger "
                   "analysene.", base),
         Paragraph("Digitaliseringen av offentlige tjenester krever at ansatte får opplæring før og mens ny teknologi "
                   "tas i bruk, og at tillitsvalgte har kompetanse til å delta i omstillingsprosessene. Dette er "
                   "bakgrunnen for flere av tiltakene i tabellen nedenfor.", base),
         Paragraph("Unio prioriterer i 2019 særlig:", base),
         Paragraph("rett til etter- og videreutdanning i tariffavtalene i stat og kommune;", bul, bulletText="–"),
         Paragraph("økt finansiering av videreutdanning for lærere og sykepleiere;", bul, bulletText="–"),
         Paragraph("bedre praksisopplæring i profesjonsutdanningene;", bul, bulletText="–"),
         Paragraph("medvirkning fra tillitsvalgte ved digitalisering av tjenestene.", bul, bulletText="–"),
         Paragraph("Tiltak knyttet til delmålene", h2)]

    table_ms = [m for m in spec["measures"] if m["delmal"]]
    other = [m for m in spec["measures"] if not m["delmal"]]

    def rows_for(ms, start):
        out = []
        for k, m in enumerate(ms, start=start):
            out.append([Paragraph(str(k), cell), Paragraph(esc(m["title"]), cellb), Paragraph(", ".join(m["delmal"]), cell),
                        Paragraph(esc(m["type"]), cell), Paragraph(esc(m["responsible"]), cell),
                        Paragraph(esc(", ".join(m["partners"])) if m["partners"] else "", cell),
                        Paragraph(esc(m["period"]), cell), Paragraph(esc(m["description"]), cell)])
        return out

    widths = [0.9 * cm, 5.4 * cm, 1.5 * cm, 3.5 * cm, 2.0 * cm, 4.3 * cm, 2.2 * cm, 6.9 * cm]
    # one long table; it overflows the first landscape page and continues on the next without a header row
    t1 = Table([[Paragraph(h, headst) for h in HEAD]] + rows_for(table_ms, 1), colWidths=widths, repeatRows=0)
    t1.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "#8c8c8c"), ("BACKGROUND", (0, 0), (-1, 0), "#f3d5da"),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    s += [t1, NextPageTemplate("portrait"), PageBreak(),
          Paragraph("Andre tiltak", h2)]
    for m in other:
        s.append(Paragraph("<b>%s.</b> %s" % (esc(m["title"]), esc(m["description"])), base))
    s += [Paragraph("Unio vil i 2020 prioritere arbeidet med kompetansereformen og oppfølgingen av Hagen-utvalget. "
                    "Vi tar gjerne opp i rådet hvordan rapporteringen kan forenkles.", base)]
    doc.build(s)
