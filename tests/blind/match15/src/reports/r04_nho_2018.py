"""NHO 2018 - reportlab, landscape. Matrix with the 16 delmål as narrow tick
columns under grouped area headers; measures are ticked with 'x'."""
import os

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle

from ..common import M, CODES, register_fonts, esc

REPORTER = "NHO"
YEAR = 2018
FILENAME = "NHO_rapport_Kompetansepolitisk_rad_2018.pdf"

MEASURES = [
    M("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "NHO",
      ["KD", "hovedorganisasjonene"], "",
      "NHO deltar med egen representant og bidrar med data fra NHOs kompetansebarometer.",
      x={"samarb": "KD, hovedorganisasjonene"}),
    M("T02", "Samfunnskontrakt for flere læreplasser", ["1.4", "2.3"], "Råd/utvalg/nettverk", "NHO",
      ["KD", "LO", "KS", "Spekter", "Virke", "YS", "Unio"], "",
      "NHO følger opp kontrakten gjennom landsforeningene og regionkontorene, med mål om flere godkjente "
      "lærebedrifter.",
      x={"samarb": "KD, LO, KS, Spekter, Virke, YS, Unio"}),
    M("T08", "Arbeidsgruppe for digital kompetanse", ["2.1"], "Råd/utvalg/nettverk", "NHO",
      ["Kompetanse Norge", "LO", "Unio", "KS", "YS", "Spekter", "Akademikerne"], "",
      "Partssammensatt gruppe som identifiserte kompetansebehov som følge av digitalisering og foreslo konkrete "
      "prosjekter. Forslagene ble levert i april 2018.",
      x={"samarb": "Kompetanse Norge, LO, Unio, KS, YS, Spekter, Akademikerne"}),
    M("T14", "Yrkesfagenes år", ["2.3"], "Informasjon", "NHO",
      ["KD", "Utdanningsdirektoratet", "LO", "YS", "Virke", "Spekter"], "",
      "NHO og landsforeningene deltok i kampanjen med egne arrangementer og historier om fagarbeidere i sosiale "
      "medier.",
      x={"samarb": "KD, Utdanningsdirektoratet, LO, YS, Virke, Spekter"}),
    M("T15", "«Jenter og teknologi»", ["2.3"], "Informasjon", "NHO",
      ["NITO", "Tekna", "Ungt Entreprenørskap", "NTNU"], "",
      "Nasjonal kampanje som for tredje år på rad inspirerer jenter til å velge teknologiske fag, både på yrkesfag "
      "og i høyere utdanning.",
      x={"samarb": "NITO, Tekna, Ungt Entreprenørskap, NTNU"}),
    M("T35", "Balansekunst – modell for å beskrive kompetanse fra arbeidslivet", ["2.5"], "FoU", "Virke",
      ["LO", "YS"], "",
      "NHO har deltatt i Virkes arbeid med rapporten «Balansekunst», som ble lansert i april 2018.",
      x={"samarb": "Virke (ansvarlig), LO, YS"}),
    M("T23", "Kampanje for Hurtigsporet i fire byer", ["3.3", "3.4"], "Informasjon", "NHO",
      ["NAV", "IMDi", "kommunene"], "",
      "Kampanje i Bergen, Bodø, Drammen og Fredrikstad for å synliggjøre flyktningers kompetanse og "
      "rekrutteringsmulighetene for næringslivet.",
      x={"samarb": "NAV, IMDi, kommunene"}),
]


def build(outdir, tmpdir):
    register_fonts()
    path = os.path.join(outdir, FILENAME)
    PS = landscape(A4)
    base = ParagraphStyle("b", fontName="LibSans", fontSize=9.5, leading=12)
    cellst = ParagraphStyle("c", fontName="LibSans", fontSize=7.6, leading=9.2)
    cellb = ParagraphStyle("cb", parent=cellst, fontName="LibSans-Bold")
    hst = ParagraphStyle("h", fontName="LibSans-Bold", fontSize=7.2, leading=8.5, alignment=1)
    title = ParagraphStyle("t", fontName="LibSans-Bold", fontSize=15, leading=19, textColor="#003A70")

    def on_page(canv, doc):
        canv.saveState()
        canv.setFillColor("#003A70")
        canv.rect(0, PS[1] - 0.55 * cm, PS[0], 0.55 * cm, stroke=0, fill=1)
        canv.setFont("LibSans", 7.5)
        canv.setFillColor("#555555")
        canv.drawString(1.5 * cm, 0.9 * cm, "NHO – Næringslivets Hovedorganisasjon · Avdeling for kompetanse og arbeidsliv")
        canv.drawRightString(PS[0] - 1.5 * cm, 0.9 * cm, f"Side {doc.page}")
        canv.restoreState()

    st = [Paragraph("Rapportering 2018: NHOs tiltak for å følge opp Nasjonal kompetansepolitisk strategi", title),
          Spacer(1, 6),
          Paragraph("Matrisen viser hvilke delmål i strategien NHOs tiltak bidrar til (markert med x). "
                    "Der NHO ikke er ansvarlig, er ansvarlig aktør oppgitt i kolonnen for samarbeid.", base),
          Spacer(1, 8)]

    head1 = ["Tiltak", "Beskrivelse", "Samarbeid",
             "1 Gode valg", "", "", "",
             "2 Læring i arbeidslivet", "", "", "", "", "",
             "3 Voksne med svak tilknytning", "", "", "", "", "",
             "Type"]
    head2 = ["", "", ""] + CODES + [""]
    data = [[Paragraph(h, hst) if h else "" for h in head1], [Paragraph(h, hst) if h else "" for h in head2]]
    for m in MEASURES:
        row = [Paragraph(esc(m.title), cellb), Paragraph(esc(m.description), cellst),
               Paragraph(esc(m.get("samarb")), cellst)]
        row += ["x" if c in m.delmal else "" for c in CODES]
        row.append(Paragraph(esc(m.type.replace('utvalg/', 'utvalg/ ')), cellst))
        data.append(row)
    tick = 0.68 * cm
    widths = [4.0 * cm, 5.6 * cm, 3.2 * cm] + [tick] * 16 + [2.2 * cm]
    t = Table(data, colWidths=widths, repeatRows=2)
    stl = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8C9BAA")),
        ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#DDE5EE")),
        ("SPAN", (3, 0), (6, 0)), ("SPAN", (7, 0), (12, 0)), ("SPAN", (13, 0), (18, 0)),
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (2, 1)), ("SPAN", (19, 0), (19, 1)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (3, 2), (18, -1), "CENTER"),
        ("FONTNAME", (3, 2), (18, -1), "LibSans-Bold"),
        ("FONTSIZE", (3, 2), (18, -1), 9),
        ("LEFTPADDING", (3, 0), (18, -1), 1), ("RIGHTPADDING", (3, 0), (18, -1), 1),
    ]
    t.setStyle(TableStyle(stl))
    st.append(t)
    st.append(Spacer(1, 10))
    st.append(Paragraph("NHO rapporterer i tillegg gjennom landsforeningene til de faglige rådene. "
                        "Kontakt: kompetanse@nho.no", ParagraphStyle("f", parent=base, fontSize=8.5,
                                                                      textColor="#555555")))
    doc = SimpleDocTemplate(path, pagesize=PS, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.6 * cm, title="NHO rapportering NKPS 2018",
                            author="NHO")
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)
