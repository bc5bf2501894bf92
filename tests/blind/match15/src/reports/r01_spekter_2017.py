"""Spekter 2017 - reportlab. 'Rapporteringspunkter' list followed by one
four-part form per measure (Word-template look). Word's list numbering has
leaked into the 'Tidspunkt og varighet' answers (6., 7., ...)."""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, PageBreak, KeepTogether

from ..common import M, register_fonts, esc

REPORTER = "Spekter"
YEAR = 2017
FILENAME = "Spekter_rapportering_NKPS_2017.pdf"

MEASURES = [
    M("T32",
      "Søkekonferanse for Spekters medlemmer om KompetansePluss – Arbeid i samarbeid med Kompetanse Norge",
      ["3.2"], "Arrangement", "Spekter", ["Kompetanse Norge"],
      "Én dag i september 2017. Vi vurderer å gjøre konferansen årlig.",
      "Flere av medlemsvirksomhetene bør ta i bruk KompetansePluss – Arbeid. På konferansen får virksomhetene "
      "kunnskap om ordningen, om hva som kreves av en søknad og om hvilke gevinster andre har hatt. "
      "Medlemsvirksomheter fra ulike sektorer som allerede har gjennomført prosjekter, deler sine erfaringer.",
      x={"rel": "Relasjon til NKPS tiltak nr 12.",
         "ansvar": "Spekter har ansvaret for konferansen. Kompetanse Norge bidrar med innlegg og veiledning om søknadsprosessen."}),
    M("T33",
      "Møteplass lærebedrifter – årlig samling for Spekters lærebedrifter",
      ["1.4", "2.3"], "Arrangement", "Spekter",
      ["medlemsvirksomhetene", "Fafo", "fylkeskommuner", "opplæringskontorer"],
      "Gjennomføres hvert år i begynnelsen av mars. Første møteplass var i 2013.",
      "Møteplassen samler medlemsvirksomheter som er lærebedrifter eller ønsker å bli det. Programmet har faglige "
      "innlegg om kvalitet i fagopplæringen, samarbeidet mellom skole og lærebedrift og lærebedriftenes rolle, og "
      "deltakerne utveksler erfaringer med å ha lærlinger.",
      x={"rel": "Relasjon til NKPS tiltak nr. 4 og 7.",
         "ansvar": "Spekter er ansvarlig. Samarbeidspartnere er medlemsvirksomhetene, Fafo, fylkeskommuner og opplæringskontorer."}),
    M("T34",
      "Arbeidsgivernettverk for HR-ledere i medlemsvirksomhetene",
      ["2.2"], "Råd/utvalg/nettverk", "Spekter", ["medlemsvirksomhetene"],
      "Startet i 2016 og pågår løpende.",
      "Nettverket møtes omtrent hvert kvartal og ledes av Spekters administrerende direktør. Deltakerne er HR- og "
      "organisasjonsdirektører. Kompetansepolitikk og oppfølgingen av strategien står jevnlig på dagsordenen, og "
      "strategien ble presentert for nettverket av Kunnskapsdepartementet i februar.",
      x={"rel": "Relasjon til NKPS tiltak nr. 6.",
         "ansvar": "Spekter står bak nettverket, med bidrag fra medlemsvirksomhetene. Eksterne inviteres ved behov."}),
    M("T30",
      "Deltakelse i styringsgruppen for prosjektet om livslang læring i sykehussektoren i Europa",
      ["2.2"], "Prosjekt", "HOSPEEM og EPSU",
      ["EU-kommisjonen", "Spekter", "Fagforbundet", "Norsk Sykepleierforbund"],
      "Igangsatt våren 2017, varighet to år.",
      "Prosjektet gjennomfører to europeiske konferanser der gode eksempler belyser verdien av å investere i "
      "kompetanse hos ansatte i sykehus. Den første ble holdt i Amsterdam i juni 2017, den neste holdes i Vilnius "
      "i mai 2018. Spekter og Fagforbundet skal der presentere eksempler fra norske helseforetak. Prosjektet "
      "avsluttes med en rapport.",
      x={"rel": "Relasjon til NKPS tiltak nr. 6.",
         "ansvar": "HOSPEEM (arbeidsgiverorganisasjonene i sykehussektoren) og EPSU (arbeidstakerorganisasjonene) "
                   "er sammen med EU-kommisjonen ansvarlig. Spekter deltar i styringsgruppen. Nasjonale "
                   "samarbeidspartnere er Fagforbundet og Norsk Sykepleierforbund."}),
    M("T31",
      "Lærlingkonferanse for Spekters medlemsvirksomheter og LOs tillitsvalgte",
      ["2.3"], "Arrangement", "LO og Spekter", [],
      "Konferansen holdes 30. november 2017. Vi vurderer i etterkant om den skal gjentas.",
      "Konferansen skal bidra til målet i Samfunnskontrakt for flere læreplasser om at alle kvalifiserte elever "
      "skal få tilbud om læreplass. Virksomheter, tillitsvalgte og fagmiljøer deler erfaringer med å ta inn "
      "flere lærlinger.",
      x={"rel": "Relasjon til NKPS tiltak nr 7.",
         "ansvar": "LO og Spekter er i fellesskap ansvarlig for konferansen."}),
]


def build(outdir, tmpdir):
    register_fonts()
    path = os.path.join(outdir, FILENAME)
    body = ParagraphStyle("b", fontName="Carlito", fontSize=11, leading=14.5, spaceAfter=6)
    ind = ParagraphStyle("ind", parent=body, leftIndent=0.9 * cm)
    h = ParagraphStyle("h", parent=body, fontName="Carlito-Bold", fontSize=12, spaceBefore=10, spaceAfter=6)
    title = ParagraphStyle("t", parent=body, fontName="Carlito-Bold", fontSize=16, leading=20, spaceAfter=12)
    small = ParagraphStyle("s", parent=body, fontSize=9.5, textColor="#444444")

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Carlito", 8.5)
        canv.setFillColor("#666666")
        canv.drawString(2.5 * cm, 1.4 * cm, "Spekter – Rapportering Nasjonal kompetansepolitisk strategi 2017")
        canv.drawRightString(A4[0] - 2.5 * cm, 1.4 * cm, str(doc.page))
        canv.restoreState()

    st = []
    st.append(Paragraph("Rapportering fra Spekter – Nasjonal kompetansepolitisk strategi", title))
    st.append(Paragraph("Til Kompetansepolitisk råd, v/ Kunnskapsdepartementet. Oslo, 1. september 2017.", small))
    st.append(Spacer(1, 8))
    st.append(Paragraph(
        "Spekter viser til avtalen i Kompetansepolitisk råd om at rådsmedlemmene skal rapportere på hvordan de "
        "følger opp Nasjonal kompetansepolitisk strategi. Nedenfor følger en oversikt over de tiltakene Spekter "
        "rapporterer på for 2017, med henvisning til tiltakene i strategien. Hvert tiltak er deretter beskrevet "
        "i malen som er utarbeidet av sekretariatet.", body))
    st.append(Spacer(1, 6))
    st.append(Paragraph("Rapporteringspunkter:", h))
    for i, m in enumerate(MEASURES, 1):
        st.append(Paragraph(f"{i}.&nbsp;&nbsp;{esc(m.title)}", ind))
        st.append(Paragraph(esc(m.get("rel")), ParagraphStyle("r", parent=ind, leftIndent=1.5 * cm)))
    leak = len(MEASURES) + 1
    for m in MEASURES:
        st.append(PageBreak())
        st.append(Paragraph("1.&nbsp;&nbsp;Tiltak i Nasjonal kompetansepolitisk strategi", h))
        st.append(Paragraph(esc(m.title), ind))
        st.append(Paragraph(esc(m.get("rel")), ind))
        st.append(Paragraph("2.&nbsp;&nbsp;Ansvarlig og samarbeidspartnere", h))
        st.append(Paragraph(esc(m.get("ansvar")), ind))
        st.append(Paragraph("3.&nbsp;&nbsp;Beskrivelse av tiltaket (maks en halv side)", h))
        st.append(Paragraph(esc(m.description), ind))
        st.append(Paragraph("4.&nbsp;&nbsp;Tidspunkt og varighet", h))
        st.append(Paragraph(f"{leak}.&nbsp;{esc(m.period)}", ind))
        leak += 1
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.5 * cm, bottomMargin=2.4 * cm,
                            title="Rapportering Spekter NKPS 2017", author="Spekter")
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)
