"""Vestland fylkeskommune 2021 - nynorsk, reportlab. Each measure is a card:
a coloured title bar, a small grid of facts (Delmål, Kategori, Ansvarleg,
Partnarar, Periode) and an unlabelled text."""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether

from ..common import M, register_fonts, esc

REPORTER = "Vestland fylkeskommune"
YEAR = 2021
FILENAME = "Vestland_fylkeskommune_NKPS_2021.pdf"

VL = "Vestland fylkeskommune"
MEASURES = [
    M("T71", "Regional plan for kompetanse og arbeidskraft", ["1.2"], "Råd/utvalg/nettverk", VL,
      ["partane i arbeidslivet", "NAV Vestland", "Statsforvaltaren i Vestland", "universitet og høgskular"],
      "2021–2033",
      "Planen vart vedteken av fylkestinget i 2021 og gir retning for korleis fylkeskommunen og partnarane skal "
      "møte behovet for kompetanse og arbeidskraft i heile Vestland. Eit kompetanseforum med partane følgjer opp "
      "handlingsprogrammet.",
      x={"kat": "Råd/utval/nettverk"}),
    M("T70", "Karriere Vestland", ["1.3"], "Prosjekt", VL, ["NAV", "kommunane", "Høgskulen på Vestlandet"],
      "Frå 1. januar 2020",
      "Dei tidlegare karrieresentera i Hordaland og Sogn og Fjordane er slått saman til Karriere Vestland med "
      "kontor i Bergen, Førde, Stord og Voss. Senteret gir gratis karriererettleiing til vaksne og har i 2021 hatt "
      "særleg merksemd på permitterte og ledige.",
      x={"kat": "Prosjekt"}),
    M("T67", "Samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland", ["1.4"], "Kurs/utdanning", VL,
      ["Høgskulen på Vestlandet", "Fagskulen Vestland"], "2020–2022",
      "Samarbeidet frå Sogn og Fjordane er utvida til heile Fagskulen Vestland og gjeld mellom anna felles "
      "vidareutdanningstilbod i elkraft og automasjon og betre overgangsordningar mellom fagskule og høgskule.",
      x={"kat": "Kurs/utdanning"}),
    M("T66", "«Sogn og Fjordane-modellen» for helsefagarbeidarutdanning", ["3.5"], "Kurs/utdanning", VL,
      ["NAV", "kommunane"], "Vidareført i heile fylket frå 2020",
      "Modellen frå Sogn og Fjordane, der minoritetsspråklege vaksne får norskopplæring, praksis og fagopplæring "
      "i eitt løp, er no teken i bruk i fleire kommunar i Vestland.",
      x={"kat": "Kurs/utdanning"}),
]


def build(outdir, tmpdir):
    register_fonts()
    path = os.path.join(outdir, FILENAME)
    W, H = A4
    teal = colors.HexColor("#00655E")
    base = ParagraphStyle("b", fontName="LibSans", fontSize=10, leading=13.5)
    lab = ParagraphStyle("l", fontName="LibSans-Bold", fontSize=8.5, leading=10.5, textColor=teal)
    val = ParagraphStyle("v", fontName="LibSans", fontSize=8.5, leading=10.5)
    bar = ParagraphStyle("bar", fontName="LibSans-Bold", fontSize=12, leading=15, textColor=colors.white)
    ttl = ParagraphStyle("t", fontName="LibSans-Bold", fontSize=18, leading=22, textColor=teal)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFillColor(teal)
        canv.rect(0, 0, 0.6 * cm, H, stroke=0, fill=1)
        canv.setFont("LibSans", 7.5)
        canv.setFillColor("#333333")
        canv.drawString(2 * cm, 1.1 * cm, "Vestland fylkeskommune · Avdeling for opplæring og kompetanse")
        canv.drawRightString(W - 2 * cm, 1.1 * cm, f"Side {doc.page}")
        canv.restoreState()

    st = [Paragraph("Rapportering til Kompetansepolitisk råd 2021", ttl), Spacer(1, 4),
          Paragraph("Vestland fylkeskommune – oppfølging av Nasjonal kompetansepolitisk strategi", base),
          Spacer(1, 10),
          Paragraph("Vestland fylkeskommune vart etablert 1. januar 2020. Fleire av tiltaka som Hordaland og Sogn "
                    "og Fjordane rapporterte på tidlegare, er no vidareførte i den nye fylkeskommunen. I 2021 har "
                    "fylkeskommunen fått nye oppgåver etter regionreforma, mellom anna ansvar for "
                    "karriererettleiing og for tilskot til bedriftsintern opplæring. Tiltaka er presenterte "
                    "kvar for seg nedanfor.", base),
          Spacer(1, 14)]
    for m in MEASURES:
        facts = [("Delmål", ", ".join(m.delmal)), ("Kategori", m.get("kat")), ("Ansvarleg", m.responsible),
                 ("Partnarar", ", ".join(m.partners)), ("Periode", m.period)]
        grid = [[Paragraph(k, lab), Paragraph(esc(v), val)] for k, v in facts]
        inner = Table(grid, colWidths=[2.4 * cm, 13.0 * cm])
        inner.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBELOW", (0, 0), (-1, -2), 0.25, colors.HexColor("#CFE3E1")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 2),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        card = Table([[Paragraph(esc(m.title), bar)], [inner], [Paragraph(esc(m.description), base)]],
                     colWidths=[16.0 * cm])
        card.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (0, 0), teal),
            ("BOX", (0, 0), (-1, -1), 0.8, teal),
            ("BACKGROUND", (0, 1), (0, 1), colors.HexColor("#F2F8F7")),
            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]))
        st.append(KeepTogether([card, Spacer(1, 14)]))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Vestland fylkeskommune rapportering 2021",
                            author="Vestland fylkeskommune")
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)
