# -*- coding: utf-8 -*-
"""PDF renderers: NAV 2021 (Chrome print), Unio 2022 (portrait table), HK-dir 2024 (cover + overview)."""
from r_pdf_common import colors, cm, A4, landscape, TA_RIGHT, TA_CENTER, Spacer, KeepTogether, PageBreak, \
    style, P, build, grid, HR, esc, TableStyle, Table


# ---------------------------------------------------------------- NAV 2021 (web page printed from Chrome)
def nav_2021(f, path):
    W = A4[0] - 3.6 * cm
    txt = style("t", size=11, leading=16, after=8, color=colors.HexColor("#262626"))
    h2 = style("h2", size=16, bold=True, leading=20, before=16, after=6, keep=True)
    lab = style("lab", size=10, bold=True, after=0, leading=13)
    val = style("val", size=10, after=5, leading=13)
    link = style("lk", size=11, color=colors.HexColor("#0067C5"), after=4)
    s = [P("<font color='#C30000' size='20'><b>NAV</b></font>", style("logo", size=10, leading=24, after=4), raw=True),
         P("Privatperson&nbsp;&nbsp;&nbsp;&nbsp;Arbeidsgiver&nbsp;&nbsp;&nbsp;&nbsp;<b>Samarbeidspartner</b>",
           style("nav", size=10, after=6), raw=True), HR(W, 0.5, colors.HexColor("#C6C2BF")),
         P("nav.no › Samarbeidspartner › Kompetansepolitikk", style("bc", size=9, color=colors.HexColor("#0067C5"), after=10)),
         P("NAVs oppfølging av Nasjonal kompetansepolitisk strategi 2021", style("h1", size=22, bold=True, leading=27, after=8)),
         P("NAV bidrar til strategien gjennom opplæring av arbeidssøkere, samarbeid med fylkeskommunene og "
           "deltakelse i nasjonale nettverk. Her er tiltakene vi rapporterer for 2021.",
           style("ing", size=13, leading=18, after=6)),
         P("Sist endret: 06.12.2021", style("se", size=9, color=colors.HexColor("#6A6A6A"), after=6))]
    for m in f["measures"]:
        s.append(P(m["t"], h2))
        s.append(P(m["ds"], txt))
        rows = [P("Fakta om tiltaket", style("fh", size=11, bold=True, after=4))]
        for a, b in [("Delmål i strategien", m["dm"]), ("Type", m["tp"]), ("Ansvarlig", m["r"]),
                     ("Samarbeidspartnere", ", ".join(m["p"])), ("Periode", m["per"])]:
            rows += [P(a, lab), P(b, val)]
        box = Table([[rows]], colWidths=[W * 0.72])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F1F1F1")),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 10), ("TOPPADDING", (0, 0), (-1, -1), 8),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        box.hAlign = "LEFT"
        s += [box, Spacer(1, 4)]
    s.append(P("Relatert innhold", h2))
    for l in ["Fagbrev på jobb – informasjon til arbeidsgivere", "Arbeidsmarkedsopplæring (AMO)",
              "Kvalifiseringsprogrammet", "Finn ditt karrieresenter"]:
        s.append(P("<u>%s</u>" % esc(l), link, raw=True))
    s.append(Spacer(1, 10))
    s.append(P("Del siden: Facebook · LinkedIn · E-post", style("del", size=9, color=colors.HexColor("#6A6A6A"))))
    s.append(HR(W, 0.5, colors.HexColor("#C6C2BF")))
    s.append(P("Arbeids- og velferdsetaten · Personvern og informasjonskapsler · Tilgjengelighet",
               style("ft", size=9, color=colors.HexColor("#6A6A6A"))))
    url = "https://www.nav.no/no/samarbeidspartner/kompetansepolitikk/nkps-2021"

    def draw(c, page, total):
        c.setFont("Sans", 7.5)
        c.setFillColor(colors.black)
        c.drawString(0.9 * cm, A4[1] - 0.7 * cm, "07.12.2021, 10:42")
        c.drawCentredString(A4[0] / 2, A4[1] - 0.7 * cm, "NAVs oppfølging av NKPS 2021 - nav.no")
        c.drawString(0.9 * cm, 0.6 * cm, url)
        c.drawRightString(A4[0] - 0.9 * cm, 0.6 * cm, "%d/%d" % (page, total))

    build(path, s, draw, margins=(1.8 * cm, 1.8 * cm, 1.6 * cm, 1.6 * cm), title="NAVs oppfølging av NKPS 2021 - nav.no")


# ---------------------------------------------------------------- Unio 2022
def unio_2022(f, path):
    c = style("c", size=8, leading=10, after=0)
    cb = style("cb", size=8, leading=10, bold=True, after=0, color=colors.white)
    body = style("b", size=10.5, leading=14, after=6)
    h = style("h", size=12.5, bold=True, before=10, after=4, color=colors.HexColor("#B5121B"))
    W = [3.3 * cm, 3.9 * cm, 3.0 * cm, 1.9 * cm, 2.6 * cm, 1.7 * cm, 1.6 * cm]
    s = [P("Unios rapportering til Kompetansepolitisk råd 2022", style("t", size=17, bold=True, after=8)),
         P("Innledning", h),
         P("Unio organiserer over 380 000 medlemmer med høyere utdanning, de fleste i offentlig sektor. "
           "Kompetanseutvikling for sykepleiere, lærere, politi og andre profesjoner er en av våre viktigste "
           "saker. Unio og forbundene følger opp strategien både gjennom egne tiltak og gjennom avtaler og råd "
           "der vi deltar sammen med de andre partene.", body),
         P("Koronapandemien har vist hvor viktig det er at ansatte i helse- og omsorgssektoren og i skolen får "
           "tid og midler til videreutdanning. Mange planlagte kurs ble utsatt i 2020 og 2021, og vi ser nå et "
           "stort etterslep. Unio mener at kompetanseplaner må være en fast del av det lokale partssamarbeidet.",
           body),
         P("I 2022 har Unio særlig arbeidet med den nye samfunnskontrakten, med trepartssamarbeidet i "
           "spesialisthelsetjenesten og med kunnskapsgrunnlaget om finansiering av etter- og videreutdanning. "
           "Forbundene har i tillegg egne tiltak for sine medlemsgrupper, som ikke er tatt med her. Tabellen "
           "under viser tiltakene Unio rapporterer for 2022, med beskrivelse, mål i strategien, ansvar, "
           "samarbeidspartnere, tid og type tiltak.", body),
         P("Unios prioriteringer", h)]
    for b in ["Rett og tid til etter- og videreutdanning for ansatte i turnus",
              "Finansieringsordninger som også omfatter offentlig sektor",
              "Bedre samarbeid mellom profesjonsutdanningene og arbeidslivet"]:
        s.append(P("•&nbsp;&nbsp;" + esc(b), style("bul", size=10.5, leading=14, left=0.5 * cm, first=-0.35 * cm, after=2), raw=True))
    s.append(P("Tiltak 2022", style("h0", size=12.5, bold=True, before=10, after=4, keep=False,
                                     color=colors.HexColor("#B5121B"))))
    head = [P(x, cb) for x in ["Tiltak", "Beskrivelse", "Mål i strategien", "Ansvar", "Samarbeid", "Tid", "Type"]]
    ct = style("ct", size=8, leading=10, bold=True, after=0)

    def row(m, ds):
        return [P(m["t"], ct), P(ds, c), P(m["dm"], c), P(m["r"], c), P(", ".join(m["p"]), c), P(m["per"], c),
                P(m["tp"], c)]
    data = [head]
    ms = f["measures"]
    for i, m in enumerate(ms[:-1]):
        if i == 3:
            data.append([P("", c)] * 7)
        data.append(row(m, m["ds"]))
    last = ms[-1]
    words = last["ds"].split(" ")
    data.append(row(last, " ".join(words[:9])))
    cont = [head, [P("", c), P(" ".join(words[9:]), c)] + [P("", c)] * 5]
    tstyle = TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
                         ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#B5121B")),
                         ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                         ("RIGHTPADDING", (0, 0), (-1, -1), 3)])
    t = Table(data, colWidths=W)
    t.setStyle(tstyle)
    t.hAlign = "LEFT"
    t2 = Table(cont, colWidths=W)
    t2.setStyle(tstyle)
    t2.hAlign = "LEFT"
    s += [t, PageBreak(), t2]
    s += [Spacer(1, 8),
          P("Unio deltar i tillegg i en rekke råd og utvalg der kompetanse er tema, se unio.no.", body)]

    def draw(cv, page, total):
        cv.setFont("Sans", 8)
        cv.setFillColor(colors.HexColor("#B5121B"))
        cv.drawString(1.8 * cm, A4[1] - 1.2 * cm, "Unio – hovedorganisasjonen for universitets- og høyskoleutdannede")
        cv.setFillColor(colors.HexColor("#666666"))
        cv.drawRightString(A4[0] - 1.8 * cm, 1.1 * cm, "Rapport til Kompetansepolitisk råd 2022 | side %d" % page)

    build(path, s, draw, margins=(1.5 * cm, 1.5 * cm, 2.0 * cm, 2.0 * cm), title="Unio rapportering 2022")


# ---------------------------------------------------------------- HK-dir 2024
def hkdir_2024(f, path):
    W = A4[0] - 5 * cm
    body = style("b", size=10.5, leading=14, after=6)
    h1 = style("h1", size=14, bold=True, before=14, after=6, color=colors.HexColor("#1E2B3C"))
    kl = style("kl", size=9.5, bold=True, color=colors.HexColor("#4D4D4D"), after=0)
    kv = style("kv", size=9.5, after=0)
    s = [Spacer(1, 5 * cm),
         P("Rapportering til Kompetansepolitisk råd 2024", style("ct", size=26, leading=31, bold=True, after=12)),
         P("Direktoratet for høyere utdanning og kompetanse (HK-dir)", style("cs", size=13, after=4)),
         P("Oktober 2024", style("cd", size=11, color=colors.HexColor("#555555"))), PageBreak(),
         P("Oversikt over tiltakene", style("oh", size=16, bold=True, after=8)),
         P("Tabellen viser tiltakene HK-dir rapporterer for 2024, med kortnavn og status. Hvert tiltak er "
           "omtalt i eget kapittel.", body)]
    ov = [["Nr.", "Tiltak", "Delmål", "Status"]]
    for n, m in enumerate(f["measures"], 1):
        ov.append([str(n), m["short"], m["dm"].replace("Delmål ", ""), m["status"]])
    ov.append(["–", "Oppfølging av kompetansereformen", "–", "Avsluttet 2023"])
    cs = style("c", size=9.5, after=0)
    t = grid([[P(x, cs) for x in r] for r in ov], [1.2 * cm, 8.5 * cm, 2.8 * cm, 3.2 * cm], size=9.5,
             head_bg=colors.HexColor("#DCE6F0"), line=colors.HexColor("#8EA9C9"))
    s += [t, PageBreak()]
    for n, m in enumerate(f["measures"], 1):
        s.append(P("%d %s" % (n, m["t"]), h1))
        rows = [("Kobling til NKPS", m["dm"]), ("Kategori", m["tp"]), ("Tiltakseier", m["r"]),
                ("Involverte", ", ".join(m["p"])), ("Tidsrom", m["per"])]
        g = Table([[P(a, kl), P(b, kv)] for a, b in rows], colWidths=[3.6 * cm, W - 3.6 * cm])
        g.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#CCCCCC")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        g.hAlign = "LEFT"
        s += [g, Spacer(1, 6), P("Beskrivelse", style("bh", size=10.5, bold=True, after=2)), P(m["ds"], body)]

    def draw(c, page, total):
        if page == 1:
            c.setFillColor(colors.HexColor("#1E2B3C"))
            c.rect(0, A4[1] - 3 * cm, A4[0], 3 * cm, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Sans-B", 20)
            c.drawString(2.5 * cm, A4[1] - 2 * cm, "HK-dir")
            return
        c.setFont("Sans", 8.5)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawRightString(A4[0] - 2.5 * cm, A4[1] - 1.3 * cm, "HK-dir")
        c.drawRightString(A4[0] - 2.5 * cm, 1.2 * cm, "Side %d" % page)

    build(path, s, draw, margins=(2.5 * cm, 2.5 * cm, 2.2 * cm, 2.0 * cm), title="Rapportering 2024")
