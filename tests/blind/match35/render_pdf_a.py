# -*- coding: utf-8 -*-
"""PDF renderers: Spekter 2017, NHO 2018, Unio 2018, Virke 2019, VOFO 2020, LO 2021."""
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Spacer, Table, TableStyle, KeepTogether
from pdf_common import S, P, E, build, grid, fonts, auto_widths
from common import old_join, codes_join, WORDS_NB

GREY = colors.HexColor("#666666")


# ---------------------------------------------------------------- Spekter 2017 annual report chapter
def sp17(f, path):
    fonts()
    h1 = S(font="Serif", size=20, bold=True, after=10, color=colors.HexColor("#00466E"))
    h2 = S(font="Serif", size=13, bold=True, before=10, after=4, color=colors.HexColor("#00466E"))
    body = S(font="Serif", size=11, lead=14.5, after=5)
    lab = S(font="Serif", size=10, bold=True, after=0)
    val = S(font="Serif", size=10, after=0)
    st = [P("4 Kompetanse og rekruttering", h1)]
    box = Table([[P("Spekter i tall", S(font="Sans", size=9.5, bold=True))],
                 [P("Medlemsvirksomheter: 220 · Ansatte i medlemsvirksomhetene: om lag 230 000 · Lærlinger i "
                    "helseforetakene: 1 050", S(font="Sans", size=9))]], colWidths=[16.4 * cm])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E8EEF2")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 4)]))
    st += [box, Spacer(1, 6)]
    st.append(P("4.1 Innledning", h2))
    st.append(P("Spekter signerte Nasjonal kompetansepolitisk strategi i februar 2017. Nedenfor omtales tiltakene "
                "Spekter har rapportert til Kompetansepolitisk råd for 2017. Henvisningene gjelder strategiens egen "
                "nummerering av tiltak (nr. 1–16).", body))
    for i, r in enumerate(f["rows"], start=2):
        st.append(P("4.%d %s" % (i, r["title"]), h2))
        st.append(P(r["description"], body))
        facts = [("Kobling til NKPS:", "tiltak nr. " + old_join(r["delmal"])), ("Art:", r["type_printed"]),
                 ("Ansvar:", r["responsible"]), ("Med:", ", ".join(r["partners"]) or "–"), ("Når:", r["period"])]
        t = Table([[P(k, lab), P(v, val)] for k, v in facts], colWidths=[3.6 * cm, 12.8 * cm])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        st.append(t)
    st.append(P("4.8 Andre saker", h2))
    st.append(P("Lønnsoppgjøret i helseforetakene ble avsluttet i juni med enighet med alle forbund. Kompetanse var "
                "ikke et eget tema i oppgjøret, men partene ble enige om å se nærmere på lærlingordningen i "
                "sykehusene i 2018.", body))

    def draw(c, n, tot):
        c.setFont("Serif-I", 8.5)
        c.setFillColor(GREY)
        c.drawString(2.2 * cm, A4[1] - 1.4 * cm, "Spekter – Årsberetning 2017")
        c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.4 * cm, "Kapittel 4")
        c.setFont("Serif", 9)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, str(13 + n))
    build(path, st, draw, title="Spekter årsberetning 2017 kap. 4", author="Spekter")


# ---------------------------------------------------------------- NHO 2018 CMS print version
NHO_URL = "https://www.nho.no/tema/kompetanse/artikler/slik-folger-nho-opp-kompetansestrategien/?print=1"


def nho18(f, path):
    fonts()
    small = S(size=8.5, color=GREY, after=2)
    h1 = S(size=20, bold=True, after=6, lead=24)
    ingr = S(size=12, lead=16, after=10)
    h3 = S(size=13, bold=True, before=10, after=3, color=colors.HexColor("#00567A"))
    body = S(size=10.5, lead=14, after=3)
    meta = S(size=8.5, color=GREY, after=6)
    st = [P("NHO  Næringslivets Hovedorganisasjon", S(size=11, bold=True, color=colors.HexColor("#00567A"))),
          P("Forsiden › Tema › Kompetanse › Artikler", small), P("Publisert 15.11.2018", small),
          P("Slik følger NHO opp kompetansestrategien", h1),
          P("NHO rapporterer hvert år til Kompetansepolitisk råd om hvordan vi følger opp Nasjonal "
            "kompetansepolitisk strategi. Her er tiltakene for 2018.", ingr)]
    for r in f["rows"]:
        st.append(P(r["title"], h3))
        st.append(P(r["description"], body))
        line = " | ".join(["Delmål " + codes_join(r["delmal"], ", ", " og "), r["type_printed"],
                           "Ansvar: " + r["responsible"], "Samarbeid: " + ", ".join(r["partners"]), r["period"]])
        st.append(P(line, meta))
    les = [[P("Les også", S(size=10, bold=True))]] + [
        [P("› " + t, S(size=9.5, color=colors.HexColor("#00567A")))] for t in
        ("Kompetansebarometeret 2018 – hovedfunn", "Lærlingløftet i NHO-fellesskapet",
         "Høringssvar: Kompetansereformen")]
    lt = Table(les, colWidths=[16.6 * cm])
    lt.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.HexColor("#00567A")),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    kontakt = Table([[P("Kontakt", S(size=10, bold=True))],
                     [P("Fagsjef kompetanse, NHO Arbeidsliv · tlf. 23 08 80 00 · kompetanse@nho.no", S(size=9))]],
                    colWidths=[16.6 * cm])
    kontakt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEF3F5")),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
    st += [Spacer(1, 10), lt, Spacer(1, 10), kontakt]

    def draw(c, n, tot):
        c.setFont("Sans", 7.5)
        c.setFillColor(colors.black)
        c.drawString(1.0 * cm, A4[1] - 0.8 * cm, "15.11.2018, 13:42")
        c.drawCentredString(A4[0] / 2, A4[1] - 0.8 * cm, "Slik følger NHO opp kompetansestrategien – NHO")
        c.drawString(1.0 * cm, 0.7 * cm, NHO_URL)
        c.drawRightString(A4[0] - 1.0 * cm, 0.7 * cm, "%d/%d" % (n, tot))
    build(path, st, draw, margins=(2.2, 2.2, 1.8, 1.8), title="Slik følger NHO opp kompetansestrategien – NHO")


# ---------------------------------------------------------------- Unio 2018 webmail print
def unio18(f, path):
    fonts()
    sm = S(size=9, after=1)
    body = S(size=10.5, lead=14, after=6)
    cell = S(size=8, lead=10, after=0)
    cellb = S(size=8, lead=10, after=0, bold=True)
    st = [P("Outlook", S(size=9, color=colors.HexColor("#0F6CBD"), bold=True)),
          P("SV: Rapportering til Kompetansepolitisk råd 2018", S(size=15, bold=True, after=6)),
          P("Fra: Unio &lt;post@unio.no&gt;", sm, raw=True), P("Dato: to 29.11.2018 15:02", sm),
          P("Til: Kompetanse Norge &lt;rapportering@kompetansenorge.no&gt;", sm, raw=True),
          P("Kopi: Unio-forbundene", sm), Spacer(1, 8),
          P("Hei!", body),
          P("Under er Unios tiltak for 2018. Vi har fylt ut feltene dere ba om, og limt tabellen rett inn i "
            "e-posten.", body)]
    heads = ("Tiltak", "Delmål", "Type", "Ansvar og samarbeid", "Kort beskrivelse", "Tidsrom")
    data = [[P(h, cellb) for h in heads]]
    raw = [heads]
    for r in f["rows"]:
        raw.append([r["title"], codes_join(r["delmal"], ", "), r["type_printed"],
                    "Ansvar: %s Samarbeid: %s" % (r["responsible"], ", ".join(r["partners"])), r["description"],
                    r["period"]])
        data.append([P(r["title"], cell), P(codes_join(r["delmal"], ", "), cell), P(r["type_printed"], cell),
                     P("Ansvar: %s<br/>Samarbeid: %s" % (E(r["responsible"]), E(", ".join(r["partners"]))), cell,
                       raw=True),
                     P(r["description"], cell), P(r["period"], cell)])
    st.append(grid(data, auto_widths(raw, 17.0 * cm, [1, 0, 0, 0.3, 6, 0], size=8),
                   [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F3"))], repeat=1))
    st += [Spacer(1, 8), P("Med vennlig hilsen", body),
           P("Seniorrådgiver<br/>Unio – Hovedorganisasjon for universitets- og høyskoleutdannede<br/>"
             "Tlf. 21 02 34 00", body, raw=True), Spacer(1, 6)]
    q = S(size=9.5, lead=12.5, after=3, color=GREY, left=10)
    for line in ("Fra: Kompetanse Norge &lt;rapportering@kompetansenorge.no&gt;", "Sendt: 2. oktober 2018 10:11",
                 "Til: Unio &lt;post@unio.no&gt;", "Emne: Rapportering til Kompetansepolitisk råd 2018"):
        st.append(P(line, q, raw=True))
    for line in ("Hei,", "Vi minner om rapporteringen for 2018. For hvert tiltak ber vi om: navn på tiltaket, "
                 "delmål, type tiltak, ansvarlig, samarbeidspartnere, kort beskrivelse og tidsrom.",
                 "Frist er 1. desember.", "Vennlig hilsen Kompetanse Norge"):
        st.append(P(line, q))

    def draw(c, n, tot):
        c.setFont("Sans", 7.5)
        c.drawString(1.0 * cm, A4[1] - 0.8 * cm, "29.11.2018, 15:06")
        c.drawCentredString(A4[0] / 2, A4[1] - 0.8 * cm, "E-post – Unio – Outlook")
        c.drawString(1.0 * cm, 0.7 * cm, "https://outlook.office.com/mail/sentitems/id/AAQkADk1NzE0")
        c.drawRightString(A4[0] - 1.0 * cm, 0.7 * cm, "%d/%d" % (n, tot))
    build(path, st, draw, margins=(2.0, 2.0, 1.8, 1.8), title="E-post – Unio – Outlook")


# ---------------------------------------------------------------- Virke 2019 letter report
def virke19(f, path):
    fonts()
    body = S(size=10.5, lead=14, after=4)
    tit = S(size=12, bold=True, before=12, after=3)
    bul = S(size=10, lead=13, after=1, left=14, bulletIndent=4)
    st = [P("Virke", S(size=22, bold=True, color=colors.HexColor("#E4032E"), after=0)),
          P("Hovedorganisasjonen Virke", S(size=9, color=GREY, after=14)),
          P("Oslo, 2. desember 2019", S(size=10, align=2, after=10)),
          P("Virkes rapportering til Kompetansepolitisk råd 2019", S(size=16, bold=True, after=8)),
          P("Virke organiserer virksomheter i handel, tjenesteyting og ideell sektor. Her er tiltakene Virke har "
            "arbeidet med i 2019 for å følge opp Nasjonal kompetansepolitisk strategi. For hvert tiltak oppgir vi "
            "hvilke delmål i strategien det bidrar til.", body)]
    for r in f["rows"]:
        st.append(P(r["title"], tit))
        st.append(P(r["description"], body))
        for k, v in (("Hvem", r["responsible"]), ("Sammen med", ", ".join(r["partners"])), ("Når", r["period"]),
                     ("Slags tiltak", r["type_printed"]),
                     ("Bidrar til", "; ".join(WORDS_NB[c] for c in r["delmal"]))):
            st.append(P("%s: %s" % (k, v), bul, bullet="•"))
    st.append(P("Møter og fora Virke har deltatt i", S(size=12, bold=True, before=14, after=3)))
    for m in ("Kompetansepolitisk råd (tre møter)", "Innspillsmøte med Kompetansebehovsutvalget (KBU)",
              "Dialogmøte i Samarbeidsrådet for yrkesopplæring (SRY)", "Arendalsuka: debatt om livslang læring"):
        st.append(P(m, bul, bullet="–"))

    def draw(c, n, tot):
        c.setFont("Sans", 8)
        c.setFillColor(GREY)
        c.drawString(2.2 * cm, 1.2 * cm, "Virke · Postboks 2900 Solli · 0230 Oslo · virke.no")
        c.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, str(n))
    build(path, st, draw, title="Virkes rapportering til Kompetansepolitisk råd 2019", author="Virke")


# ---------------------------------------------------------------- VOFO 2020 numbered items
def vofo20(f, path):
    fonts()
    body = S(size=12, lead=17, after=7)
    item = S(size=12, lead=17, after=1, left=18, first=-18)
    facts = S(size=11, lead=14, italic=True, after=12, left=18, color=colors.HexColor("#333333"))
    st = [P("VOFOs rapport til Kompetansepolitisk råd 2020", S(size=17, bold=True, after=4)),
          P("Voksenopplæringsforbundet · november 2020", S(size=10, color=GREY, after=12)),
          P("VOFO er paraplyorganisasjon for studieforbundene. Under følger VOFOs tiltak i 2020. Etter hvert "
            "tiltak står en linje i kursiv med opplysningene i denne rekkefølgen: delmål; type; ansvarlig (med "
            "samarbeidspartnere); periode.", body),
          P("Studieforbundene i 2020", S(size=12, bold=True, before=6, after=3)),
          P("Koronapandemien preget året. Studieforbundene hadde om lag 20 prosent færre kurstimer enn i 2019, men "
            "mange kurs ble flyttet over på nett. Over 400 000 deltakere tok kurs i studieforbund, og om lag en "
            "tredjedel av kursene var rettet mot voksne i arbeidslivet. Tallene er foreløpige og blir publisert i "
            "VOFOs årsstatistikk i mars 2021. Flere studieforbund tok i bruk nye digitale plattformer, og VOFO "
            "arrangerte webinarer om nettbasert kursvirksomhet for kursledere og frivillige.", body),
          grid([["", "2018", "2019", "2020"], ["Kurstimer (i 1000)", "1 980", "2 010", "1 610"],
                ["Deltakere (i 1000)", "512", "525", "402"]], [6 * cm, 2 * cm, 2 * cm, 2 * cm],
               [("FONT", (0, 0), (-1, -1), "Sans", 10), ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT")]),
          P("Kilde: VOFOs statistikk (foreløpige tall for 2020).", S(size=9, italic=True, color=GREY)),
          P("VOFOs tiltak", S(size=12, bold=True, before=6, after=3)), Spacer(1, 2)]
    for i, r in enumerate(f["rows"], start=1):
        st.append(P("%d.&nbsp;&nbsp;<b>%s</b> – %s" % (i, E(r["title"]), E(r["description"])), item, raw=True))
        who = r["responsible"] + (" (med %s)" % ", ".join(r["partners"]) if r["partners"] else "")
        st.append(P("; ".join([codes_join(r["delmal"], ", "), r["type_printed"], who, r["period"]]), facts))
    st.append(P("Planlagt, ikke startet", S(size=12, bold=True, before=8, after=3)))
    st.append(P("Kurs i norsk med frivillige i studieforbundene – oppstart er planlagt i 2021 dersom "
                "finansieringen kommer på plass.", body))
    st += [Spacer(1, 10), P("Med vennlig hilsen", body), P("VOFO – Voksenopplæringsforbundet", body),
           P("generalsekretær", S(size=10, italic=True))]

    def draw(c, n, tot):
        c.setFont("Sans", 8)
        c.setFillColor(GREY)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, "Side %d av %d" % (n, tot))
    build(path, st, draw, margins=(2.5, 2.5, 2.5, 2.5), title="VOFOs rapport 2020", author="VOFO")


# ---------------------------------------------------------------- LO 2021
def lo21(f, path):
    fonts()
    body = S(size=10.5, lead=14, after=5)
    head = S(size=12.5, bold=True, before=12, after=4, color=colors.HexColor("#C00000"))
    lab = S(size=10, bold=True, after=0)
    val = S(size=10, after=0)
    st = [P("Rapport til Kompetansepolitisk råd 2021", S(size=18, bold=True, after=4)),
          P("Landsorganisasjonen i Norge", S(size=11, color=GREY, after=12)),
          P("Innledning", S(size=13, bold=True, after=4)),
          P("LO følger opp strategien gjennom plassene i nasjonale råd og utvalg, gjennom forbundenes arbeid og "
            "gjennom egen skolering av tillitsvalgte.¹ Under omtales tiltakene for 2021. Bokstavene A–G er bare "
            "brukt for å gjøre det lettere å vise til tiltakene i rådsmøtet.", body)]
    for i, r in enumerate(f["rows"]):
        st.append(P("%s.&nbsp;&nbsp;%s" % ("ABCDEFG"[i], E(r["title"])), head, raw=True))
        rows = [("Delmål", codes_join(r["delmal"], ", ")), ("Type", r["type_printed"]), ("Ansvar", r["responsible"]),
                ("Samarbeid", ", ".join(r["partners"])), ("Periode", r["period"])]
        t = Table([[P(k, lab), P(v, val)] for k, v in rows], colWidths=[2.8 * cm, 13.4 * cm])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (0, -1), 14), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        st.append(t)
        st.append(P("<b>Status 2021:</b> " + E(r["description"]), S(size=10.5, lead=14, before=4, after=4,
                                                                  left=14), raw=True))
    st.append(P("LO mener", S(size=13, bold=True, before=14, after=4)))
    for m in ("Kompetansebehovsutvalget må videreføres med partene som fulle medlemmer.",
              "Det må komme en ny samfunnskontrakt som også omfatter voksne uten fagbrev.",
              "Alle arbeidstakere bør ha rett til en kompetanseplan."):
        st.append(P(m, S(size=10.5, lead=14, left=14, after=2, bulletIndent=2), bullet="•"))

    def draw(c, n, tot):
        c.setFont("Sans", 8)
        c.setFillColor(GREY)
        c.drawString(2.2 * cm, A4[1] - 1.3 * cm, "LO – rapport til Kompetansepolitisk råd 2021")
        c.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "Side %d" % n)
        if n == 1:
            c.setStrokeColor(GREY)
            c.line(2.2 * cm, 2.05 * cm, 6.2 * cm, 2.05 * cm)
            c.setFont("Sans", 7.5)
            c.drawString(2.2 * cm, 1.7 * cm, "¹ LOs kompetansepolitiske plattform: www.lo.no/kompetanse")
    build(path, st, draw, margins=(2.2, 2.2, 2.2, 2.5), title="LO rapport 2021", author="LO")
