"""VOFO 2021 - reportlab. Side-heading layout without borders: the left column
holds the measure title and small facts (målområde, type, periode), the right
column holds the text and 'Ansvar'/'Samarbeid'. Rows may split across pages."""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from ..common import M, register_fonts, esc

REPORTER = "VOFO"
YEAR = 2021
FILENAME = "VOFO_rapport_kompetansepolitisk_rad_2021.pdf"

MEASURES = [
    M("T18", "Kompetanseprogrammet (tidligere Kompetansepluss frivillighet)", ["3.2"], "Kurs/utdanning", "HK-dir",
      ["VOFO", "studieforbundene"], "2021",
      "Fra 2021 er Kompetansepluss arbeid og Kompetansepluss frivillighet slått sammen i Kompetanseprogrammet. "
      "VOFO har arbeidet for at frivillig sektor fortsatt skal ha en egen del av ordningen, og har hjulpet "
      "studieforbundene med søknader. I 2021 fikk studieforbundene tilsagn om midler til opplæring i lesing, "
      "skriving, regning og digitale ferdigheter for om lag 1 500 deltakere.",
      x={"mo": "Målområde 3.2", "ans": "HK-dir forvalter ordningen; VOFO bistår studieforbundene"}),
    M("T25", "Oppfølging av Fafo-rapporten om studieforbundene som læringskatalysatorer", ["3.6"], "FoU", "VOFO",
      ["Fafo", "studieforbundene"], "2021",
      "Fafos sluttrapport kom i 2020. VOFO har brukt funnene i arbeidet med ny strategi for studieforbundene og i "
      "innspill til Kulturdepartementet og Kunnskapsdepartementet.",
      x={"mo": "Målområde 3.6", "ans": "VOFO"}),
    M("T26", "Regelverksarbeid i studieforbundsordningen (videreført)", ["3.6"], "Råd/utvalg/nettverk", "VOFO",
      ["studieforbundene", "HK-dir"], "2021",
      "Ny forskrift til voksenopplæringsloven har trådt i kraft. VOFO har arbeidet for at regelverket skal gi rom "
      "for digitale og kombinerte kurs også etter pandemien, og for at tilskuddet beregnes på en måte som ikke "
      "straffer små studieforbund.",
      x={"mo": "Målområde 3.6", "ans": "VOFO"}),
    M("T27", "Regionalt arbeid og partnerskap med fylkeskommunene", ["1.2"], "Prosjekt", "VOFO",
      ["VOFO-regionene", "fylkeskommunene"], "2021–2022",
      "Etter regionreformen har VOFO tilpasset regionleddene til de nye fylkene. Det er inngått "
      "partnerskapsavtaler med seks fylkeskommuner, og studieforbundene deltar i flere regionale kompetanseforum.",
      x={"mo": "Målområde 1.2", "ans": "VOFO"}),
    M("T29", "Voksenopplæringskonferansen 2021", ["3.6"], "Arrangement", "VOFO", ["HK-dir", "studieforbundene"],
      "9. november 2021",
      "Konferansen ble holdt digitalt med tema «Læring etter korona – hva tar vi med oss?». Over 300 deltok, og "
      "opptakene er tilgjengelige på vofo.no.",
      x={"mo": "Målområde 3.6", "ans": "VOFO"}),
]

TYPE_TXT = {"Kurs/utdanning": "Opplæring", "FoU": "Kunnskapsgrunnlag/FoU", "Råd/utvalg/nettverk": "Politisk "
            "påvirkning, råd og utvalg", "Prosjekt": "Prosjekt", "Arrangement": "Arrangement"}


def build(outdir, tmpdir):
    register_fonts()
    path = os.path.join(outdir, FILENAME)
    W, H = A4
    body = ParagraphStyle("b", fontName="DejaVuSerif", fontSize=9.8, leading=13.6, spaceAfter=5)
    side = ParagraphStyle("s", fontName="LibSans-Bold", fontSize=10, leading=12.5, textColor="#8B2F1C",
                          spaceAfter=5)
    fact = ParagraphStyle("f", fontName="DejaVuSans", fontSize=7.6, leading=10, textColor="#555555")
    ttl = ParagraphStyle("t", fontName="DejaVuSans-Bold", fontSize=17, leading=21, textColor="#8B2F1C")

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("DejaVuSans", 7)
        canv.setFillColor("#777777")
        canv.drawString(2 * cm, 1.0 * cm, "Voksenopplæringsforbundet · vofo.no")
        canv.drawRightString(W - 2 * cm, 1.0 * cm, str(doc.page))
        canv.restoreState()

    intro = ("2021 var det siste året i strategiperioden for Nasjonal kompetansepolitisk strategi. "
             "Studieforbundene har gjennom pandemien lagt om store deler av kursvirksomheten til digitale kurs, og "
             "VOFO har arbeidet for at erfaringene tas med videre. Rapporten følger de samme målområdene som "
             "tidligere år.")
    st = [Paragraph("VOFO – rapportering for 2021", ttl), Spacer(1, 4),
          Paragraph("Oppfølging av Nasjonal kompetansepolitisk strategi og kompetansereformen", fact),
          Spacer(1, 12), Paragraph(intro, body), Spacer(1, 6)]
    st.append(Paragraph("Nøkkeltall for studieforbundene 2021", side))
    kt = Table([["", "2019", "2020", "2021"],
                ["Antall kurs", "41 870", "27 310", "33 950"],
                ["Antall deltakere", "519 000", "312 000", "402 000"],
                ["Herav digitale kurs (andel)", "3 %", "38 %", "29 %"],
                ["Kurstimer med tilskudd", "1 720 000", "1 160 000", "1 395 000"]],
               colWidths=[6.0 * cm, 3.0 * cm, 3.0 * cm, 3.0 * cm])
    kt.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "DejaVuSans"), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                            ("FONTNAME", (0, 0), (-1, 0), "DejaVuSans-Bold"),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                            ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#8B2F1C")),
                            ("LINEBELOW", (0, -1), (-1, -1), 0.6, colors.HexColor("#8B2F1C"))]))
    st += [kt, Paragraph("Kilde: Statistikk fra studieforbundene, bearbeidet av VOFO. Tallene for 2021 er "
                         "foreløpige.", fact), Spacer(1, 10)]
    st.append(Paragraph(
        "Pandemien førte til et kraftig fall i kursaktiviteten i 2020. I 2021 har aktiviteten tatt seg opp igjen, "
        "men er fortsatt lavere enn før pandemien. Andelen digitale kurs er høyere enn før, og mange studieforbund "
        "vil fortsette med kombinerte kurs der deler av opplæringen skjer på nett. Flere studieforbund har samtidig styrket tilbudet om norsktrening og "
        "opplæring i digitale ferdigheter for innvandrere, ofte i samarbeid med kommunene og frivillige lag. "
        "Tiltakene VOFO rapporterer på "
        "for 2021 er beskrevet nedenfor.", body))
    st.append(Spacer(1, 8))
    rows = []
    for m in MEASURES:
        left = [Paragraph(esc(m.title), side), Paragraph(esc(m.get("mo")), fact),
                Paragraph(esc("Type: " + TYPE_TXT[m.type]), fact), Paragraph(esc("Periode: " + m.period), fact)]
        right = [Paragraph(esc(m.description), body),
                 Paragraph(esc("Ansvar: " + m.get("ans")), fact),
                 Paragraph(esc("Samarbeid: " + ", ".join(m.partners)), fact)]
        rows.append([left, right])
    t = Table(rows, colWidths=[5.6 * cm, 11.4 * cm], splitInRow=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.HexColor("#C9A79F")),
                           ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                           ("LEFTPADDING", (0, 0), (0, -1), 0)]))
    st.append(t)
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=1.8 * cm, title="VOFO rapport 2021", author="VOFO")
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)
