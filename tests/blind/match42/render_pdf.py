# -*- coding: utf-8 -*-
"""PDF renderers, part 1 (F02, F04, F05, F07, F09, F11); dispatch for all .pdf files."""
from pdf_kit import (A4, cm, colors, TA_CENTER, TA_RIGHT, S, P, PX, e, build, grid_style, Table, TableStyle,
                     Spacer, PageBreak, KeepTogether, CondPageBreak)
from common import join_og, codes_og, AREAS, DELMAL_START

GREY = colors.HexColor("#595959")
VIRKE_P1X = ""
VIRKE_P2 = ""  # optional extra paragraph; the page break position of table 2 was tuned with it empty


# ---------------------------------------------------------------- F02 Spekter 2017 letter
def r_spekter_2017(f, path):
    teal = colors.HexColor("#00677F")

    def hf(c, n, tot):
        c.setFont("Sans-Bold", 20)
        c.setFillColor(teal)
        c.drawString(2.2 * cm, A4[1] - 1.7 * cm, "Spekter")
        c.setFont("Sans", 7.5)
        c.setFillColor(GREY)
        c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.5 * cm, "Arbeidsgiverforeningen Spekter")
        c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.85 * cm, "Postboks 7004 Majorstuen, 0306 Oslo · spekter.no")
        c.drawCentredString(A4[0] / 2, 1.2 * cm, "Side %d" % n)

    body = S("b", "Serif", 11, after=6)
    small = S("s", "Serif", 9.5, color=GREY, after=1, left=0.6 * cm)
    st = []
    for line in ["Kompetanse Norge", "Sekretariatet for Kompetansepolitisk råd", "Postboks 30 Sentrum", "0101 Oslo"]:
        st.append(P(line, S("a", "Serif", 11, after=0)))
    st.append(Spacer(1, 0.8 * cm))
    ref = Table([[P("Deres ref.: 17/1123", S("r", "Sans", 8.5)), P("Vår ref.: 17/00421-3", S("r", "Sans", 8.5)),
                  P("Dato: 28. november 2017", S("r", "Sans", 8.5))]], colWidths=[5 * cm, 5.5 * cm, 6 * cm])
    st += [ref, Spacer(1, 0.5 * cm)]
    st.append(P("Spekters rapportering til Kompetansepolitisk råd 2017", S("h", "Serif", 12, bold=True, after=8)))
    st.append(P("Vi viser til brev av 12. oktober 2017 og oversender med dette Spekters tiltak for oppfølging av "
                "Nasjonal kompetansepolitisk strategi. Tiltakene er nummerert nedenfor. Hvilke av strategiens tiltak "
                "de følger opp, går fram av tabellen til slutt i brevet.", body))
    for i, m in enumerate(f["measures"], 1):
        st.append(PX("<b>%d) %s.</b> %s" % (i, e(m["title"]), e(m["desc"])), body))
        who = m["resp"] + (", sammen med %s" % join_og(m["partners"]) if m["partners"] else "")
        st.append(P("Ansvar og samarbeid: %s." % who, small))
        st.append(P("Tidspunkt og form: %s – %s." % (m["period"], m["tp"]), S("s2", "Serif", 9.5, color=GREY,
                                                                              after=8, left=0.6 * cm)))
    st.append(P("Spekter har i 2017 også deltatt på følgende møter:", body))
    for mt in f["extra"]["meetings"]:
        st.append(P("• " + mt, S("m", "Serif", 10.5, left=0.6 * cm, after=2)))
    st.append(Spacer(1, 0.4 * cm))
    st.append(P("Oversikt: kobling til strategiens tiltak", S("h2", "Serif", 11, bold=True, after=4)))
    rows = [["Vårt nr.", "Tiltak", "NKPS tiltak nr."]]
    from common import old_nrs
    for i, m in enumerate(f["measures"], 1):
        nrs = [str(n) for n in old_nrs(m["dm"])]
        rows.append([str(i), m["short"], join_og(nrs)])
    t = Table(rows, colWidths=[2 * cm, 8 * cm, 3.5 * cm])
    t.setStyle(grid_style(colors.HexColor("#D9E8EC"), font="Serif", size=10))
    st += [t, Spacer(1, 0.8 * cm)]
    for line in ["Med vennlig hilsen", "Spekter", "", "Kari Moe", "direktør, Arbeidsliv og kompetanse"]:
        st.append(P(line or " ", S("g", "Serif", 11, after=0)))
    build(path, st, hf, margins=(2.2 * cm, 2.2 * cm, 3.0 * cm, 2.2 * cm), title="Spekter 2017", author="Spekter")


# ---------------------------------------------------------------- F04 NHO 2018 SharePoint list view print
def r_nho_sharepoint(f, path):
    from pdf_kit import landscape
    ps = landscape(A4)
    url = ("https://nho.sharepoint.com/sites/Kompetanse/Lists/KompetansetiltakNKPS/AllItems.aspx?"
           "viewid=3f2b6c1e%2D8d41%2D4a0e%2Db1f7%2D2c9e5a77d013&groupBy=Status")
    blue = colors.HexColor("#0F6CBD")

    def hf(c, n, tot):
        c.setFont("Sans", 7)
        c.setFillColor(colors.black)
        c.drawString(1.0 * cm, ps[1] - 0.7 * cm, "28.11.2018, 15:06")
        c.drawCentredString(ps[0] / 2, ps[1] - 0.7 * cm, "Kompetansetiltak NKPS - Alle elementer")
        c.drawString(1.0 * cm, 0.6 * cm, url)
        c.drawRightString(ps[0] - 1.0 * cm, 0.6 * cm, "%d/%d" % (n, tot))

    st = []
    bar = Table([[P("SharePoint", S("sp", "Sans", 10, bold=True, color=colors.white)),
                  P("Søk i denne listen", S("sq", "Sans", 8, color=colors.HexColor("#DDDDDD")))]],
                colWidths=[6 * cm, 21.2 * cm])
    bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#03787C"))]))
    st += [bar, Spacer(1, 6),
           P("Kompetanse og utdanning", S("site", "Sans", 13, bold=True, after=2)),
           P("Hjem   Dokumenter   Lister   Sider   Nettstedsinnhold", S("nav", "Sans", 8, color=GREY, after=8)),
           P("+ Ny     Rediger i rutenettvisning     Del     Eksporter til Excel     ···                "
             "Alle elementer", S("cmd", "Sans", 8.5, color=blue, after=8)),
           P("Kompetansetiltak NKPS", S("lt", "Sans", 16, bold=True, after=2)),
           P(f["extra"]["description"], S("ld", "Sans", 9, color=GREY, after=8))]
    cs = S("cs", "Sans", 7.5, leading=9.5, after=0)
    ct = S("ct", "Sans", 7.5, leading=9.5, after=0, color=blue)
    ch = S("ch", "Sans", 7.5, leading=9.5, after=0, bold=True)
    hdr = ["Tittel", "Delmål", "Type", "Ansvar", "Samarbeid", "Periode", "Beskrivelse", "Endret", "Endret av"]
    rows = [[P(h, ch) for h in hdr]]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#DDDDDD")),
             ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#888888")),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    items = [dict(title=m["title"], dm="; ".join(m["dm"]), tp=m["tp"], resp=m["resp"], part="; ".join(m["partners"]),
                  period=m["period"], desc=m["desc"], status=m["status"], endret=m["endret"], av=m["av"])
             for m in f["measures"]]
    pl = f["extra"]["planned"]
    items.append(dict(title=pl["title"], dm=pl["dm"], tp=pl["tp"], resp=pl["resp"], part=pl["partners"],
                      period=pl["period"], desc=pl["desc"], status=pl["status"], endret=pl["endret"], av=pl["av"]))
    for status in ("Pågår", "Avsluttet", "Planlagt"):
        grp = [it for it in items if it["status"] == status]
        rows.append([PX('<font name="DejaVu">∨</font>  Status : %s (%d)' % (status, len(grp)),
                        S("g", "Sans", 8.5, bold=True))] + [""] * 8)
        style += [("SPAN", (0, len(rows) - 1), (-1, len(rows) - 1)),
                  ("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), colors.HexColor("#F3F2F1"))]
        for it in grp:
            rows.append([P(it["title"], ct), P(it["dm"], cs), P(it["tp"], cs), P(it["resp"], cs), P(it["part"], cs),
                         P(it["period"], cs), P(it["desc"], cs), P(it["endret"], cs), P(it["av"], cs)])
    t = Table(rows, colWidths=[4.2 * cm, 1.5 * cm, 2.2 * cm, 3.2 * cm, 3.7 * cm, 2.0 * cm, 6.5 * cm, 1.9 * cm,
                               2.0 * cm], repeatRows=1)
    t.setStyle(TableStyle(style))
    st += [t, Spacer(1, 6), P("1 - %d" % len(items), S("cnt", "Sans", 8, color=GREY, align=TA_RIGHT))]
    build(path, st, hf, pagesize=ps, margins=(1.2 * cm, 1.2 * cm, 1.3 * cm, 1.3 * cm),
          title="Kompetansetiltak NKPS - Alle elementer", author="NHO")


# ---------------------------------------------------------------- F05 Trøndelag 2018 annual report chapter
def r_trond_2018(f, path):
    wine = colors.HexColor("#6B1F3A")

    def hf(c, n, tot):
        c.setFont("Sans", 8)
        c.setFillColor(wine)
        c.drawString(2 * cm, A4[1] - 1.3 * cm, "Trøndelag fylkeskommune · Årsrapport 2018")
        c.setStrokeColor(wine)
        c.line(2 * cm, A4[1] - 1.45 * cm, A4[0] - 2 * cm, A4[1] - 1.45 * cm)
        c.setFillColor(colors.black)
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, str(60 + n))

    h1 = S("h1", "Sans", 18, bold=True, color=wine, after=8)
    h2 = S("h2", "Sans", 12.5, bold=True, color=wine, before=8, after=4)
    body = S("b", "Serif", 10.5, after=6)
    cs = S("cs", "Sans", 7.5, leading=9, after=0)
    csb = S("csb", "Sans", 7.5, leading=9, after=0, bold=True)
    st = [P("7 Kompetanse", h1), P("7.1 Innledning", h2),
          P("Trøndelag fylkeskommune har et regionalt ansvar for kompetansepolitikken. Arbeidet følger den regionale "
            "kompetansestrategien og Nasjonal kompetansepolitisk strategi. Kapitlet er også fylkeskommunens "
            "rapportering til Kompetansepolitisk råd.", body),
          P("Nøkkeltall", S("nk", "Sans", 10, bold=True, after=3))]
    kt = [["Indikator", "2017", "2018"]] + [list(r) for r in f["extra"]["keyfigures"]]
    t = Table(kt, colWidths=[9 * cm, 2.5 * cm, 2.5 * cm])
    t.setStyle(grid_style(colors.HexColor("#EAD9DF"), size=9))
    st += [t, P("7.2 Tiltak i 2018", h2),
           P("Tabellen viser fylkeskommunens tiltak i 2018. Kolonnen «Mål i regional strategi» viser til målene i den "
             "regionale kompetansestrategien (RS), kolonnen «NKPS» til delmålene i den nasjonale strategien.", body)]
    hdr = ["Tiltak", "Mål i regional strategi", "NKPS", "Status 2018", "Ansvar", "Samarbeid", "Periode"]
    rows = [[P(h, csb) for h in hdr]]
    ms = f["measures"]
    k = 0
    while k < len(ms):
        m = ms[k]
        if m.get("pair") == 1:
            a, b = ms[k], ms[k + 1]

            def two(x, y, st_=cs):
                return P(x, st_) if x == y else PX("1) %s<br/>2) %s" % (e(x), e(y)), st_)
            rows.append([two(a["title"], b["title"], csb), two(a["rs"], b["rs"]), two(", ".join(a["dm"]), ", ".join(b["dm"])),
                         two(a["status"], b["status"]), two(a["resp"], b["resp"]),
                         two(", ".join(a["partners"]), ", ".join(b["partners"])), two(a["period"], b["period"])])
            k += 2
            continue
        rows.append([P(m["title"], csb), P(m["rs"], cs), P(", ".join(m["dm"]), cs), P(m["status"], cs),
                     P(m["resp"], cs), P(", ".join(m["partners"]), cs), P(m["period"], cs)])
        k += 1
    t = Table(rows, colWidths=[3.4 * cm, 1.7 * cm, 1.1 * cm, 1.9 * cm, 2.4 * cm, 3.5 * cm, 1.9 * cm], repeatRows=1)
    t.setStyle(grid_style(colors.HexColor("#EAD9DF"), size=7.5))
    st += [t, P("7.3 Kommentarer til tiltakene", h2)]
    for m in f["measures"]:
        st.append(PX("<b>%s</b> (%s). %s" % (e(m["title"]), e(m["tp"]), e(m["desc"])), body))
    st.append(P("7.4 Økonomi", h2))
    ec = [["Område (1000 kr)", "Budsjett 2018", "Regnskap 2018"]] + [list(r) for r in f["extra"]["economy"]]
    t = Table(ec, colWidths=[8 * cm, 3 * cm, 3 * cm])
    t.setStyle(grid_style(colors.HexColor("#EAD9DF"), size=9))
    st.append(t)
    build(path, st, hf, margins=(2 * cm, 2 * cm, 2.2 * cm, 2 * cm), title="Årsrapport 2018 kapittel 7",
          author="Trøndelag fylkeskommune")


# ---------------------------------------------------------------- F07 YS 2019 board paper
def r_ys_styresak(f, path):
    red = colors.HexColor("#E4032E")

    def hf(c, n, tot):
        c.setFont("Sans-Bold", 14)
        c.setFillColor(red)
        c.drawString(2.2 * cm, A4[1] - 1.5 * cm, "YS")
        c.setFont("Sans", 8)
        c.setFillColor(colors.black)
        c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.45 * cm, "Styresak 45/2019")
        c.drawCentredString(A4[0] / 2, 1.2 * cm, "Side %d av %d" % (n, tot))

    body = S("b", "Sans", 10, after=6)
    h = S("h", "Sans", 11.5, bold=True, before=8, after=4)
    cs = S("cs", "Sans", 8, leading=10, after=0)
    csb = S("csb", "Sans", 8, leading=10, after=0, bold=True)
    st = [P("STYRESAK", S("t", "Sans", 18, bold=True, after=6))]
    g = Table([[P(k + ":", S("k", "Sans", 9, bold=True)), P(v, S("v", "Sans", 9))] for k, v in f["extra"]["meta"]],
              colWidths=[3 * cm, 10 * cm])
    g.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    st += [g, Spacer(1, 0.4 * cm),
           P("Sak 45/2019: Rapportering til Kompetansepolitisk råd 2019", S("st", "Sans", 12.5, bold=True, after=6)),
           P("Bakgrunn", h),
           P("Medlemmene i Kompetansepolitisk råd rapporterer hvert år hvordan de følger opp delmålene i Nasjonal "
             "kompetansepolitisk strategi. Sekretariatet har satt opp YS' tiltak i tabellen nedenfor. Delmålene er "
             "gjengitt med starten av teksten i strategien.", body),
           P("YS' tiltak i 2019", h)]
    rows = [[P(x, csb) for x in ["Nr.", "Tiltak", "Delmål i strategien", "Form", "Ansvar/samarbeid", "Periode"]]]
    for i, m in enumerate(f["measures"], 1):
        dm = "<br/>".join(e(DELMAL_START[c]) + " …" for c in m["dm"])
        who = "%s (ansv.), %s" % (m["resp"], ", ".join(m["partners"])) if m["partners"] else "%s (ansv.)" % m["resp"]
        rows.append([P(str(i), cs), P(m["title"], csb), PX(dm, cs), P(m["tp"], cs), P(who, cs), P(m["period"], cs)])
    t = Table(rows, colWidths=[0.8 * cm, 4.2 * cm, 4.6 * cm, 1.3 * cm, 3.6 * cm, 2.1 * cm], repeatRows=1)
    t.setStyle(grid_style(colors.HexColor("#F4C7CF"), size=8))
    st += [t, P("Utdyping", h)]
    for i, m in enumerate(f["measures"], 1):
        st.append(PX("<i>Til punkt %d:</i> %s" % (i, e(m["desc"])), body))
    st += [P("Vurdering", h), P(f["extra"]["vurdering"], body), P("Forslag til vedtak", h)]
    for i, v in enumerate(f["extra"]["vedtak"], 1):
        st.append(P("%d. %s" % (i, v), S("v%d" % i, "Sans", 10, italic=True, left=0.5 * cm, after=3)))
    build(path, st, hf, margins=(2.2 * cm, 2.2 * cm, 2.4 * cm, 2 * cm), title="Styresak 45/2019", author="YS")


# ---------------------------------------------------------------- F09 Virke 2020 tables per area
def r_virke_2020(f, path):
    red = colors.HexColor("#D5242B")

    def hf(c, n, tot):
        c.setFont("Sans-Bold", 16)
        c.setFillColor(red)
        c.drawString(2 * cm, A4[1] - 1.5 * cm, "virke")
        c.setFont("Sans", 8)
        c.setFillColor(GREY)
        c.drawRightString(A4[0] - 2 * cm, A4[1] - 1.45 * cm, "Rapportering til Kompetansepolitisk råd 2020")
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, "Side %d av %d" % (n, tot))

    body = S("b", "Sans", 10, after=6)
    h = S("h", "Sans", 11.5, bold=True, color=red, before=10, after=4)
    cs = S("cs", "Sans", 8, leading=10, after=0)
    csb = S("csb", "Sans", 8, leading=10, after=0, bold=True)
    st = [P("Virkes rapportering til Kompetansepolitisk råd 2020", S("t", "Sans", 17, bold=True, after=8)),
          P("Innledning", h),
          P("Virke rapporterer tiltak som Virke leder eller deltar i. Tiltakene er ordnet etter de tre "
            "hovedinnsatsområdene i Nasjonal kompetansepolitisk strategi, med én tabell per område.", body),
          P(f["extra"]["korona"], body),
          P("Virke har i år lagt vekt på kompetanse for ansatte og permitterte i handel og tjenesteyting. Mange av "
            "medlemsvirksomhetene har brukt permitteringsperioden til opplæring, og Virke har samarbeidet tett med "
            "Handel og Kontor om tilbudene. Arbeidet med dokumentasjon av kompetanse er videreført sammen med de "
            "andre partene.", body)]
    hdr = ["Tiltak", "Bidrar til delmål", "Innhold", "Ledes av", "Involverte", "Tidsramme", "Art"]
    widths = [2.8 * cm, 1.3 * cm, 3.1 * cm, 2.0 * cm, 3.3 * cm, 1.8 * cm, 2.7 * cm]
    for a in ("1", "2", "3"):
        st.append(P("Hovedinnsatsområde %s: %s" % (a, AREAS[a]), h))
        rows = [[P(x, csb) for x in hdr]]
        ms = [m for m in f["measures"] if m["area"] == a]
        for m in ms:
            rows.append([P(m["title"], csb), P(", ".join(m["dm"]), cs), P(m["desc"], cs), P(m["resp"], cs),
                         P(", ".join(m["partners"]), cs), P(m["period"], cs), P(m["tp"], cs)])
        style = grid_style(colors.HexColor("#F6D5D6"), size=8)
        if not ms:
            rows.append([P(f["extra"]["none3"], S("n3", "Sans", 8, italic=True))] + [""] * 6)
            style.add("SPAN", (0, 1), (-1, 1))
        # area 2: header NOT repeated when the table breaks; rows may split between pages
        t = Table(rows, colWidths=widths, repeatRows=0 if a == "2" else 1, splitInRow=1 if a == "2" else 0)
        t.setStyle(style)
        st.append(t)
        if a == "1":
            st.append(Spacer(1, 6))
            st.append(P("Virke deltar i tillegg i de faglige rådene for salg, service og reiseliv og i flere "
                        "yrkesopplæringsnemnder i fylkene. Dette arbeidet rapporteres samlet under SRY ovenfor og "
                        "regnes ikke som egne tiltak." + VIRKE_P1X, body))
            if VIRKE_P2:
                st.append(P(VIRKE_P2, body))
    st.append(P("Tiltak per hovedinnsatsområde", h))
    cnt = [["Hovedinnsatsområde", "Antall tiltak"]]
    for a in ("1", "2", "3"):
        cnt.append(["%s %s" % (a, AREAS[a]), str(sum(1 for m in f["measures"] if m["area"] == a))])
    cnt.append(["Sum", str(len(f["measures"]))])
    t = Table(cnt, colWidths=[12 * cm, 3 * cm])
    t.setStyle(grid_style(colors.HexColor("#F6D5D6"), size=9))
    st.append(t)
    build(path, st, hf, margins=(2 * cm, 2 * cm, 2.4 * cm, 2 * cm), title="Virke 2020", author="Virke")


# ---------------------------------------------------------------- F11 VOFO 2020 sections per studieforbund
def r_vofo_2020(f, path):
    green = colors.HexColor("#3C8D2F")

    def hf(c, n, tot):
        c.setStrokeColor(green)
        c.setLineWidth(2)
        c.line(2 * cm, A4[1] - 1.55 * cm, A4[0] - 2 * cm, A4[1] - 1.55 * cm)
        c.setFont("Sans-Bold", 9)
        c.setFillColor(green)
        c.drawString(2 * cm, A4[1] - 1.35 * cm, "VOFO – Voksenopplæringsforbundet")
        c.setFont("Sans", 8)
        c.setFillColor(GREY)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, "vofo.no · %d" % n)

    body = S("b", "Sans", 10, after=10)
    st = [P("Rapportering til Kompetansepolitisk råd 2020", S("t", "Sans", 17, bold=True, color=green, after=8)),
          P("VOFO rapporterer på vegne av studieforbundene. Tiltakene er ordnet etter hvem som har ansvaret for dem: "
            "VOFO selv og to av studieforbundene. Delmålet i strategien står til høyre for navnet på tiltaket.", body)]
    titl = S("ti", "Sans", 11, bold=True)
    tag = S("tg", "Sans", 9, color=green, align=TA_RIGHT)
    fact = S("fa", "Sans", 8.5, color=GREY, after=3)
    for i, sect in enumerate(f["extra"]["sections"], 1):
        st.append(P("%d %s" % (i, sect), S("h%d" % i, "Sans", 13.5, bold=True, color=green, before=10, after=6)))
        for m in [m for m in f["measures"] if m["sect"] == sect]:
            row = Table([[P(m["title"], titl), P("Delmål %s" % codes_og(m["dm"]), tag)]],
                        colWidths=[12 * cm, 5 * cm])
            row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                     ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
            fl = "Type: %s · Med: %s · Tid: %s" % (m["tp"], ", ".join(m["partners"]), m["period"])
            st.append(KeepTogether([row, Spacer(1, 2), P(fl, fact), P(m["desc"], body)]))
    st.append(P("Kursstatistikk 2020", S("ks", "Sans", 12, bold=True, color=green, before=8, after=4)))
    rows = [["Studieforbund", "Kurs", "Timer", "Deltakere"]] + [list(r) for r in f["extra"]["stats"]]
    t = Table(rows, colWidths=[7 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
    t.setStyle(grid_style(colors.HexColor("#DCEBD8"), size=9))
    st += [t, Spacer(1, 0.4 * cm),
           P("Kontakt: VOFO, Akersgata 16, 0158 Oslo · post@vofo.no", S("k", "Sans", 8.5, color=GREY))]
    build(path, st, hf, margins=(2 * cm, 2 * cm, 2.4 * cm, 2 * cm), title="VOFO 2020", author="VOFO")


def render(f, path):
    import render_pdf2
    table = {
        "2017_Spekter_brev.pdf": r_spekter_2017,
        "2018_NHO_sharepointliste.pdf": r_nho_sharepoint,
        "2018_Trondelag_arsrapport.pdf": r_trond_2018,
        "2019_YS_styresak.pdf": r_ys_styresak,
        "2020_Virke_rapport.pdf": r_virke_2020,
        "2020_VOFO_rapport.pdf": r_vofo_2020,
    }
    table.update(render_pdf2.TABLE)
    table[f["file"]](f, path)
