"""KS 2019 - reportlab, portrait. One long table (Tiltak | Delmål | Type |
Ansvarlig | Samarbeid | Beskrivelse og status) with the header repeated on
every page, rows that split across page breaks, and superscript footnote
marks in some titles, explained under the table."""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from ..common import M, register_fonts, esc

REPORTER = "KS"
YEAR = 2019
FILENAME = "KS_rapportering_NKPS_2019.pdf"

MEASURES = [
    M("T49", "KS Læring", ["2.1"], "Informasjon", "KS", ["kommunene", "fylkeskommunene"], "",
      "En digital plattform der kommuner kan dele kurs, arrangementer og annen kunnskap med egne ansatte og med "
      "hverandre. Over 300 kommuner har tatt plattformen i bruk, og det er lagt ut mer enn 2 000 kurs. I 2019 er "
      "det utviklet egne e-læringskurs i personvern og informasjonssikkerhet som alle kommuner kan bruke fritt.",
      x={"dm": "2.1"}),
    M("T52", "DigiT – kompetanseløft Trøndelag", ["2.1"], "Råd/utvalg/nettverk",
      "Trøndelag fylkeskommune, KS og Fylkesmannen i Trøndelag", ["kommunene i Trøndelag"], "",
      "Digitaliseringsutvalg og samarbeid om digital kompetanse i kommunene i Trøndelag. KS har ledet arbeidet "
      "med møteplasser og kompetansetiltak for ledere og tillitsvalgte.",
      x={"dm": "2.1"}),
    M("T05", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.1", "2.4"], "Kurs/utdanning", "KS",
      ["Fagforbundet", "Delta", "NSF", "Kompetanse Norge"], "",
      "Programmet tilbyr fleksible opplæringstilbud til ansatte uten fagbrev og til fagarbeidere i helse- og "
      "omsorgstjenestene, og skal bidra til at flere tar fagbrev. Programmet er utviklet av partene sammen med "
      "Kompetanse Norge, og de første tilbudene startet høsten 2019 ved fagskoler og videregående skoler i "
      "sju fylker. Det er stor interesse fra kommunene, og flere tilbud var fulltegnet.",
      x={"dm": "2.1 / 2.4"}),
    M("T48", "Kommunesektorens arbeidslivsmonitor", ["2.2"], "FoU", "KS", [], "",
      "Monitoren gir oversikt over utviklingen i sysselsetting, kompetanse og rekruttering i kommunesektoren. "
      "Ny rapport kom i september 2019.",
      x={"dm": "2.2", "fn": 1}),
    M("T43", "FoU-prosjekt: Finansieringsmodeller for etter- og videreutdanning", ["2.2"], "FoU", "KS",
      ["Samfunnsøkonomisk analyse"], "",
      "Prosjektet ser på hvordan etter- og videreutdanning for ansatte i kommunene kan finansieres, og på "
      "fordelingen av ansvar mellom arbeidsgiver, arbeidstaker og staten. Sluttrapport våren 2020.",
      x={"dm": "2.2"}),
    M("T02", "Samfunnskontrakt for flere læreplasser – kommunesektorens bidrag", ["2.3"], "Råd/utvalg/nettverk",
      "KS", ["KD", "partene"], "",
      "KS oppfordrer kommunene til å ta inn minst én lærling per 1000 innbyggere og følger opp med årlig "
      "statistikk over lærlinger i kommunesektoren. Antall lærlinger i kommunene har økt med om lag 20 prosent "
      "siden kontrakten ble inngått, men mange kommuner når fortsatt ikke målet. KS har i 2019 arrangert "
      "regionale samlinger for lærlingansvarlige.",
      x={"dm": "2.3", "fn": 2}),
    M("T16", "Forsøk med forberedende voksenopplæring (FVO)", ["3.1"], "Kurs/utdanning", "KD",
      ["Kompetanse Norge", "KS", "kommuner"], "",
      "KS følger forsøket gjennom deltakerkommunene og formidler erfaringer til kommunesektoren.",
      x={"dm": "3.1"}),
    M("T50", "Menn i helse", ["3.3"], "Prosjekt", "KS", ["NAV", "fylkeskommunene", "kommunene"], "",
      "Rekrutteringsprogram der menn som mottar ytelser fra NAV, får et komprimert løp fram mot fagbrev som "
      "helsefagarbeider med lønnet praksis i kommunen. Programmet er i 2019 utvidet til 11 fylker, og om lag "
      "500 menn har startet i programmet siden oppstarten.",
      x={"dm": "3.3"}),
    M("T51", "Evaluering av Menn i helse", ["3.3"], "FoU", "KS", ["Østlandsforskning"], "",
      "Østlandsforskning evaluerer programmet, med vekt på gjennomføring og overgang til arbeid. Rapport "
      "foreligger høsten 2019.",
      x={"dm": "3.3", "fn": 3}),
]

FOOTNOTES = {
    1: "Tidligere omtalt som «KS' arbeidsgivermonitor»; navnet er endret fra 2019.",
    2: "Målet om én lærling per 1000 innbyggere er nedfelt i kontrakten for perioden 2016–2020.",
    3: "Evalueringen er finansiert av Helsedirektoratet.",
}
TYPE_TXT = {"FoU": "FoU", "Kurs/utdanning": "Kurs/ utdanning", "Informasjon": "Informasjon",
            "Råd/utvalg/nettverk": "Råd/utvalg/ nettverk", "Prosjekt": "Prosjekt"}


def build(outdir, tmpdir):
    register_fonts()
    path = os.path.join(outdir, FILENAME)
    W, H = A4
    base = ParagraphStyle("b", fontName="DejaVuSans", fontSize=9, leading=12)
    cell = ParagraphStyle("c", fontName="LibSans", fontSize=7.9, leading=10)
    cellb = ParagraphStyle("cb", parent=cell, fontName="LibSans-Bold")
    hdr = ParagraphStyle("h", parent=cell, fontName="LibSans-Bold", textColor=colors.white)
    ttl = ParagraphStyle("t", fontName="DejaVuSans-Bold", fontSize=14, leading=18, textColor="#00515A")
    fn = ParagraphStyle("fn", parent=base, fontSize=7.5, leading=9.5)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("DejaVuSans", 7)
        canv.setFillColor("#555555")
        canv.drawString(1.8 * cm, H - 1.2 * cm, "KS – Kommunesektorens organisasjon")
        canv.drawRightString(W - 1.8 * cm, H - 1.2 * cm, "Rapportering til Kompetansepolitisk råd 2019")
        canv.drawCentredString(W / 2, 1.0 * cm, f"– {doc.page} –")
        canv.restoreState()

    st = [Paragraph("KS' rapportering til Kompetansepolitisk råd 2019", ttl), Spacer(1, 6),
          Paragraph("KS rapporterer på tiltak der KS har hovedansvaret, og på tiltak der KS deltar sammen med "
                    "andre. Tabellen er sortert etter delmål. Fotnoter står under tabellen.", base),
          Spacer(1, 8)]
    data = [[Paragraph(h, hdr) for h in ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid",
                                           "Beskrivelse og status"]]]
    for m in MEASURES:
        t = esc(m.title)
        if m.get("fn"):
            t += f"<super>{m.get('fn')}</super>"
        data.append([Paragraph(t, cellb), Paragraph(esc(m.get("dm")), cell), Paragraph(esc(TYPE_TXT[m.type]), cell),
                     Paragraph(esc(m.responsible), cell), Paragraph(esc(", ".join(m.partners)), cell),
                     Paragraph(esc(m.description), cell)])
    widths = [3.6 * cm, 1.5 * cm, 2.0 * cm, 2.6 * cm, 3.1 * cm, 4.6 * cm]
    t = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#00515A")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9FB7B9")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F1F6F6")]),
    ]))
    st.append(t)
    st.append(Spacer(1, 10))
    for k, v in FOOTNOTES.items():
        st.append(Paragraph(f"<super>{k}</super> {esc(v)}", fn))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm,
                            bottomMargin=1.6 * cm, title="KS rapportering NKPS 2019", author="KS")
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)
