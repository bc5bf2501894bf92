"""Unio 2018 - reportlab, newsletter-like two-column layout. Measure heading,
an italic meta line (delmål · type · ansvar · samarbeid · periode), body text
that flows from one column into the next."""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, NextPageTemplate,
                                FrameBreak)

from ..common import M, register_fonts, esc

REPORTER = "Unio"
YEAR = 2018
FILENAME = "Unio_rapport_NKPS_2018.pdf"

MEASURES = [
    M("T42", "Utredning av modeller for finansiering av etter- og videreutdanning", ["2.2"], "FoU", "Unio",
      ["Proba samfunnsanalyse"], "2018–2019",
      "Unio har gitt Proba samfunnsanalyse i oppdrag å utrede ulike modeller for hvordan etter- og "
      "videreutdanning kan finansieres, og hvordan kostnadene kan deles mellom arbeidsgiver, arbeidstaker og det "
      "offentlige. Utredningen skal gi grunnlag for Unios politikk på feltet og for innspill til ekspertutvalget "
      "for etter- og videreutdanning."),
    M("T44", "Rapport om kompetanseheving av helsepersonell", ["2.2"], "FoU", "Unio", ["Ny Analyse"], "2018",
      "Rapporten ser på utfordringer og muligheter for kompetanseheving av sykepleiere, jordmødre, "
      "fysioterapeuter og annet helsepersonell i kommunene og i spesialisthelsetjenesten. Den viser blant annet at "
      "mange ansatte i kommunene ikke får fri med lønn til videreutdanning, og at behovet er størst i "
      "distriktene."),
    M("T30", "Livslang læring i sykehussektoren – EPSU/HOSPEEM-prosjektet", ["2.2"], "Prosjekt",
      "EPSU og HOSPEEM", ["Norsk Sykepleierforbund", "Spekter", "Fagforbundet"], "2017–2019",
      "Norsk Sykepleierforbund deltar i det europeiske partsprosjektet om livslang læring for ansatte i sykehus. "
      "På konferansen i Vilnius i mai 2018 ble eksempler fra norske sykehus presentert."),
    M("T08", "Arbeidsgruppen for digital kompetanse", ["2.1"], "Råd/utvalg/nettverk", "KD",
      ["Kompetanse Norge", "hovedorganisasjonene"], "januar–april 2018",
      "Unio deltok i den partssammensatte arbeidsgruppen som kartla kompetansebehov som følge av digitalisering "
      "og foreslo prosjekter for Kompetansepolitisk råd."),
    M("T45", "Unios digitaliseringspolitikk – workshop med medlemsforbundene", ["2.1"], "Arrangement", "Unio",
      ["Unios medlemsorganisasjoner"], "Høsten 2018",
      "Unio har arrangert workshop med forbundene om digitalisering og kompetanse, og arbeider videre med å få "
      "temaet inn i tillitsvalgtskoleringen."),
    M("T46", "Aktiv bruk av studieforbund", ["3.6"], "Kurs/utdanning", "Unio",
      ["Unios forbund", "studieforbundene"], "Løpende",
      "Forbundene i Unio bruker studieforbundene aktivt til kompetansehevende kurs for medlemmene, blant annet "
      "kurs for tillitsvalgte og faglige kurs."),
]

TYPE_TXT = {"FoU": "Forskning og utvikling", "Prosjekt": "Prosjekt", "Råd/utvalg/nettverk": "Råd/utvalg/ nettverk",
            "Arrangement": "Arrangement", "Kurs/utdanning": "Kurs/utdanning"}


def build(outdir, tmpdir):
    register_fonts()
    path = os.path.join(outdir, FILENAME)
    W, H = A4
    lm, rm, tm, bm, gap = 1.8 * cm, 1.8 * cm, 1.8 * cm, 2.0 * cm, 0.8 * cm
    colw = (W - lm - rm - gap) / 2
    title_h = 3.8 * cm

    body = ParagraphStyle("b", fontName="LibSerif", fontSize=10, leading=13.2, spaceAfter=5, alignment=4)
    head = ParagraphStyle("h", fontName="LibSans-Bold", fontSize=11, leading=13.5, spaceBefore=8, spaceAfter=2,
                          textColor="#7A1E48")
    meta = ParagraphStyle("m", fontName="LibSans-Italic", fontSize=8.2, leading=10.2, spaceAfter=3,
                          textColor="#444444")
    ttl = ParagraphStyle("t", fontName="LibSans-Bold", fontSize=20, leading=24, textColor="#7A1E48")
    sub = ParagraphStyle("s", fontName="LibSans", fontSize=11, leading=14)

    def deco(canv, doc):
        canv.saveState()
        canv.setStrokeColor("#7A1E48")
        canv.setLineWidth(0.6)
        canv.line(lm, bm - 0.5 * cm, W - rm, bm - 0.5 * cm)
        canv.setFont("LibSans", 7.5)
        canv.drawString(lm, bm - 0.95 * cm, "Unio – hovedorganisasjon for universitets- og høyskoleutdannede")
        canv.drawRightString(W - rm, bm - 0.95 * cm, str(doc.page))
        canv.restoreState()

    f_title = Frame(lm, H - tm - title_h, W - lm - rm, title_h, id="title")
    y0 = bm
    h1 = H - tm - title_h - bm
    f1 = Frame(lm, y0, colw, h1, id="c1")
    f2 = Frame(lm + colw + gap, y0, colw, h1, id="c2")
    g1 = Frame(lm, bm, colw, H - tm - bm, id="g1")
    g2 = Frame(lm + colw + gap, bm, colw, H - tm - bm, id="g2")
    doc = BaseDocTemplate(path, pagesize=A4, title="Unio rapport NKPS 2018", author="Unio")
    doc.addPageTemplates([PageTemplate("first", [f_title, f1, f2], onPage=deco),
                          PageTemplate("later", [g1, g2], onPage=deco)])

    st = [Paragraph("Unios rapport 2018", ttl), Spacer(1, 4),
          Paragraph("Oppfølging av Nasjonal kompetansepolitisk strategi – tiltak og aktiviteter", sub),
          Spacer(1, 8),
          Paragraph("Rapporten er sendt Kompetansepolitisk råd i februar 2019.", meta),
          NextPageTemplate("later"), FrameBreak()]
    st.append(Paragraph("Innledning", head))
    st.append(Paragraph(
        "Unio organiserer over 360 000 medlemmer, de fleste med høyere utdanning og ansatt i offentlig sektor. "
        "Kompetanseutvikling gjennom hele yrkeslivet er avgjørende både for kvaliteten i tjenestene og for den "
        "enkeltes muligheter. Unio har i 2018 særlig arbeidet med finansiering av etter- og videreutdanning, med "
        "kompetanse i helsesektoren og med digital omstilling. Tiltakene nedenfor er ordnet etter hvilke delmål i "
        "strategien de følger opp.", body))
    for m in MEASURES:
        st.append(Paragraph(esc(m.title), head))
        parts = [f"Delmål {', '.join(m.delmal)}", TYPE_TXT[m.type], f"Ansvar: {m.responsible}",
                 f"Samarbeid: {', '.join(m.partners)}", m.period]
        st.append(Paragraph(esc(" · ".join(parts)), meta))
        st.append(Paragraph(esc(m.description), body))
    st.append(Paragraph("Videre arbeid", head))
    st.append(Paragraph(
        "Unio vil i 2019 følge opp ekspertutvalget for etter- og videreutdanning og arbeide for at "
        "kompetanseutvikling får større plass i tariffoppgjørene i offentlig sektor. Vi bidrar gjerne i felles "
        "tiltak i rådet, særlig der flere hovedorganisasjoner har sammenfallende interesser.", body))
    doc.build(st)
