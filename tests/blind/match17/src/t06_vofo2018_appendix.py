# -*- coding: utf-8 -*-
"""VOFO 2018: narrative report, (1)–(n) run-in measures, appendices with measure-like text."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                KeepTogether)

from .common import register_fonts, esc, join_list


def build(spec, out_path):
    register_fonts()
    base = ParagraphStyle("b", fontName="LibSerif", fontSize=11, leading=15, alignment=TA_JUSTIFY, spaceAfter=7)
    h1 = ParagraphStyle("h1", fontName="LibSans-Bold", fontSize=18, leading=22, spaceAfter=12, textColor="#7a1f3d")
    h2 = ParagraphStyle("h2", fontName="LibSans-Bold", fontSize=13, leading=17, spaceBefore=12, spaceAfter=6, textColor="#7a1f3d")
    fld = ParagraphStyle("f", parent=base, fontName="LibSerif-Italic", fontSize=10, leading=13, alignment=0, spaceAfter=12,
                         leftIndent=0.8 * cm)
    item = ParagraphStyle("i", parent=base, leftIndent=0.8 * cm, firstLineIndent=-0.8 * cm, spaceAfter=2)
    small = ParagraphStyle("s", fontName="LibSans", fontSize=9, leading=11)

    def on_page(c, d):
        c.saveState()
        c.setFont("LibSans", 8)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawString(2.2 * cm, 1.2 * cm, "VOFO – Voksenopplæringsforbundet · Rapport til Kompetansepolitisk råd 2018")
        c.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "side %d" % d.page)
        c.restoreState()

    doc = SimpleDocTemplate(out_path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2.2 * cm, title="VOFO rapport 2018", author="VOFO")
    s = [Paragraph("Frivilligheten og kompetansepolitikken", h1),
         Paragraph("VOFOs rapport om oppfølgingen av Nasjonal kompetansepolitisk strategi 2018", h2),
         Paragraph("Innledning", h2),
         Paragraph("Voksenopplæringsforbundet (VOFO) er paraplyorganisasjon for studieforbundene i Norge. Studieforbundene "
                   "arrangerer hvert år over 40 000 kurs med mer enn en halv million deltakere. Kursene spenner fra "
                   "opplæring i grunnleggende ferdigheter og norsk for innvandrere til kulturkurs, tillitsvalgtopplæring "
                   "og fagbrevkurs. Dermed er frivillig sektor en viktig arena for læring for voksne som ellers har "
                   "liten kontakt med utdanningssystemet.", base),
         Paragraph("Strategiens delmål 3.6 handler om at flere skal finne læringsmotivasjon gjennom opplæring i "
                   "frivillig sektor, og delmål 3.2 om bruk av Kompetanseplussordningene. VOFO har i 2018 prioritert "
                   "arbeidet med å synliggjøre studieforbundene regionalt, å styrke kunnskapsgrunnlaget om læring i "
                   "frivilligheten og å bidra til at ordningene for grunnleggende ferdigheter blir brukt. Mange av "
                   "studieforbundenes egne prosjekter, som lese- og skrivekurs i regi av pensjonistforeninger og "
                   "norsktrening for flyktninger, er ikke tatt med som egne tiltak her.", base),
         Paragraph("VOFOs rolle i kompetansepolitikken", h2),
         Paragraph("VOFO representerer frivilligheten i Kompetansepolitisk råd. Vi har i 2018 deltatt i "
                   "høringer om regionreformen, om studieforbundenes tilskuddsordning og om integreringsstrategien. "
                   "Vi har også hatt dialog med Kompetanse Norge om hvordan studieforbundene kan bli en del av "
                   "karriereveiledningen i fylkene. Disse innspillene rapporteres ikke som tiltak.", base),
         Paragraph("Våre tiltak i 2018", h2)]

    for i, m in enumerate(spec["measures"], start=1):
        blk = [Paragraph("(%d)&nbsp;&nbsp;<b>%s.</b> %s" % (i, esc(m["title"]), esc(m["description"])), item)]
        bits = ["Delmål: %s" % join_list(m["delmal"]),
                "Type: %s" % m["type"],
                "Ansvar: %s" % m["responsible"]]
        if m["partners"]:
            bits.append("Partnere: %s" % join_list(m["partners"]))
        bits.append("Periode: %s" % m["period"])
        blk.append(Paragraph(esc(" – ".join(bits)), fld))
        s.append(KeepTogether(blk))

    s += [Paragraph("Utfordringer", h2),
          Paragraph("Studieforbundene opplever at kursvirksomheten i liten grad blir sett i sammenheng med den "
                    "regionale kompetansepolitikken. VOFO mener at fylkeskommunene bør invitere studieforbundene inn i "
                    "regionale kompetanseforum og partnerskap for karriereveiledning. Vi ønsker også en bedre "
                    "statistikk over deltakelse i ikke-formell opplæring.", base),
          PageBreak(),
          Paragraph("Vedlegg 1: Studieforbundenes kursvirksomhet i tall", h2)]
    rows = [["År", "Kurs", "Deltakere", "Timer", "Andel kurs i grunnleggende ferdigheter"],
            ["2015", "41 212", "532 118", "1 802 440", "3,1 %"],
            ["2016", "40 877", "519 903", "1 776 012", "3,4 %"],
            ["2017", "41 905", "527 260", "1 812 377", "3,9 %"],
            ["2018", "42 310", "534 881", "1 830 905", "4,2 %"]]
    t = Table([[Paragraph(c, small) for c in r] for r in rows], colWidths=[1.6 * cm, 2.2 * cm, 2.6 * cm, 2.6 * cm, 6.5 * cm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#999999"), ("BACKGROUND", (0, 0), (-1, 0), "#eadce2")]))
    s += [t, Spacer(1, 6),
          Paragraph("Kilde: VOFOs statistikk over godkjente kurs. Tallene omfatter ikke kurs i norsk og samfunnskunnskap "
                    "som studieforbundene gjennomfører på oppdrag fra kommunene.", base),
          Paragraph("Vedlegg 2: Om Kompetansepluss frivillighet", h2),
          Paragraph("Kompetansepluss er en tilskuddsordning forvaltet av Kompetanse Norge. Ordningen har to deler: "
                    "Kompetansepluss arbeid, der virksomheter kan søke om midler til opplæring av ansatte, og "
                    "Kompetansepluss frivillighet, der frivillige organisasjoner og studieforbund kan søke om midler "
                    "til kurs i lesing, skriving, regning, muntlig kommunikasjon og digitale ferdigheter. Kursene er "
                    "gratis for deltakerne.", base),
          Paragraph("Erfaringene viser at mange deltakere går videre til andre kurs, og at kursene gir økt mestring i "
                    "hverdagen. En felles utfordring er å nå de som har størst behov. VOFO vil følge opp dette i "
                    "dialog med Kompetanse Norge og i arbeidet med en mulig videreføring av ordningen etter 2020.", base)]
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)
