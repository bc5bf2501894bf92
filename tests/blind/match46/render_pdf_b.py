"""PDF renderers, part B (NAV 2021, LO 2022, KS 2023, Møre og Romsdal 2024, Vestland 2026)."""
from pdf_kit import *
from common import codes_join, WORDS_NN

J = ", ".join


def nav21(f, path, total=3):
    w, h = A4
    body = st("b", "LS", 9.5, 12.5)
    h1 = st("h1", "LS-B", 18, 22, spaceAfter=4)
    h3 = st("h3", "LS-B", 12, 15, spaceBefore=12, spaceAfter=3, textColor=hexc("#C30000"))
    meta = st("m", "LS", 8, 10, textColor=grey(0.4), spaceAfter=6)
    lab = st("l", "LS-B", 8.5, 11)
    val = st("v", "LS", 8.5, 11)
    url = "https://navet.adeo.no/ansatt/Fag/Kompetanse/NKPS/navs-bidrag-2021"

    def on(c, d):
        c.saveState(); c.setFont("LS", 7.5)
        c.drawString(1.2 * cm, h - 0.8 * cm, "13.12.2021, 08:47")
        c.drawCentredString(w / 2, h - 0.8 * cm, "Kompetansestrategien: NAVs bidrag 2021 - Navet")
        c.drawString(1.2 * cm, 0.7 * cm, url)
        c.drawRightString(w - 1.2 * cm, 0.7 * cm, f"{c.getPageNumber()}/{total}")
        if c.getPageNumber() == 1:
            c.setFillColor(hexc("#3E3832")); c.rect(1.2 * cm, h - 2.2 * cm, w - 2.4 * cm, 0.9 * cm, fill=1, stroke=0)
            c.setFillColor(colors.white); c.setFont("LS-B", 12); c.drawString(1.5 * cm, h - 1.9 * cm, "Navet")
            c.setFont("LS", 8.5)
            c.drawString(4 * cm, h - 1.9 * cm, "Min side    Fag og ytelser    Organisasjon    Verktøy    Nyheter")
        c.restoreState()
    doc = simple_doc(path, margins=(2 * cm, 2 * cm, 2.6 * cm, 1.6 * cm), onpage=on, title="Navet")
    el = [P("Navet  ›  Fag og ytelser  ›  Kompetanse  ›  Nasjonal kompetansepolitisk strategi", meta),
          P("Kompetansestrategien: NAVs bidrag 2021", h1),
          P("Publisert 03.12.2021 · Oppdatert 10.12.2021 · Ansvarlig: Arbeids- og velferdsdirektoratet, "
            "avdeling arbeid og tjenester", meta),
          P("<b>NAV rapporterer hvert år hvilke tiltak vi bidrar med i oppfølgingen av Nasjonal kompetansepolitisk "
            "strategi. Her er årets oversikt, slik den er sendt til HK-dir.</b>", body)]
    for m in f["rows"]:
        rows = [("Del av strategien", codes_join(m["delmal"], last=" og ")), ("Eier", m["responsible"]),
                ("Sammen med", J(m["partners"])), ("Tidsrom", m["period"]), ("Virkemiddel", m["type_printed"])]
        t = Table([[P(a, lab), P(E(b), val)] for a, b in rows], colWidths=[3.4 * cm, 12.6 * cm])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (0, -1), grey(0.9)), ("LINEBELOW", (0, 0), (-1, -1), 0.3, grey(0.7)),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        el.append(KeepTogether([P(E(m["title"]), h3), P(E(m["description"]), body), Spacer(1, 4), t]))
    el += [Spacer(1, 12), P("Kontaktpersoner", h3)]
    cards = Table([[P("<b>Hanne Strand</b><br/>seniorrådgiver, kompetanse<br/>hanne.strand@nav.no", body),
                    P("<b>Ali Rahimi</b><br/>rådgiver, kvalifisering<br/>ali.rahimi@nav.no", body)]],
                  colWidths=[8 * cm, 8 * cm])
    cards.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 0.5, grey(0.6)), ("BOX", (1, 0), (1, 0), 0.5, grey(0.6))]))
    el += [cards, P("Relaterte lenker", h3)]
    for x in ("Karriereveiledning.no – for veiledere", "Menn i helse – veileder for NAV-kontor",
              "Opplæring som arbeidsmarkedstiltak (rundskriv)", "Fagbrev for arbeidssøkere – spørsmål og svar"):
        el.append(P("→ " + x, body))
    doc.build(el)
    n = two_count(path)
    if n != total:
        nav21(f, path, n)


def lo22(f, path):
    w, h = A4
    body = st("b", "LR", 10, 13)
    tit = st("t", "LS-B", 11, 13.5, spaceBefore=8, spaceAfter=2, textColor=hexc("#C8102E"))
    fact = st("f", "LS", 8.3, 10.5, spaceBefore=2, spaceAfter=4)
    h1 = st("h1", "LS-B", 19, 23)
    lm, gap = 2 * cm, 0.8 * cm
    colw = (w - 2 * lm - gap) / 2
    top, bot = h - 2.2 * cm, 2 * cm
    cb = header_footer("LO  ·  Landsorganisasjonen i Norge", "NKPS 2022", foot_left="Rapport til Kompetansepolitisk råd",
                       foot_right="Side {n}")
    doc = BaseDocTemplate(path, pagesize=A4, title="LO 2022")
    th = 3.2 * cm
    fr = [Frame(lm, top - th, w - 2 * lm, th, id="t", leftPadding=0, rightPadding=0),
          Frame(lm, bot, colw, top - th - bot, id="a", leftPadding=0, rightPadding=0),
          Frame(lm + colw + gap, bot, colw, top - th - bot, id="b", leftPadding=0, rightPadding=0)]
    fr2 = [Frame(lm, bot, colw, top - bot, id="c", leftPadding=0, rightPadding=0),
           Frame(lm + colw + gap, bot, colw, top - bot, id="d", leftPadding=0, rightPadding=0)]
    doc.addPageTemplates([PageTemplate("first", fr, onPage=cb), PageTemplate("later", fr2, onPage=cb)])
    el = [P("LOs oppfølging av kompetansestrategien 2022", h1),
          P("Rapporten er eksportert fra LOs rapportmal (to spalter). Under hvert tiltak står mål, type, ansvar, "
            "samarbeid og tid.", st("i", "LS-I", 9.5, 12)), NextPageTemplate("later"), FrameBreak(),
          P("Innledning", tit),
          P("2022 var første år med den nye samfunnskontrakten. LO har videreført tiltakene fra tidligere år og "
            "meldt inn nye der LO er part eller har plass.", body)]
    for i, m in enumerate(f["rows"]):
        if i == 4:
            box = Table([[P("<b>Visste du?</b> Over 1 000 tillitsvalgte har tatt LOs kurs om kompetanse siden 2017. "
                            "Kurset er gratis for medlemmer i LO-forbund.", st("v", "LS", 8.5, 11))]],
                        colWidths=[colw])
            box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc("#FDE2E4")),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 5),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            el += [Spacer(1, 6), box]
        fl = (f"<b>Mål:</b> {E(', '.join(m['delmal']))} · <b>Type:</b> {E(m['type_printed'].lower())} · "
              f"<b>Ansv.:</b> {E(m['responsible'])} · <b>Med:</b> {E(J(m['partners']))} · <b>Tid:</b> {E(m['period'])}")
        el += [P(E(m["title"]), tit), P(E(m["description"]), body), P(fl, fact)]
    el += [P("Kontakt", tit), P("Rådgiver Siv Lien, LOs avdeling for utdanning og kompetanse.", body)]
    doc.build(el)


def ks23(f, path):
    PS = landscape(A4)
    w, h = PS
    c8 = st("c8", "DV", 7.5, 9.3)
    c8b = st("c8b", "DV-B", 7.5, 9.3)
    rows = f["rows"]

    def on_factory(sheet):
        def on(c, d):
            c.saveState(); c.setFont("DV", 7.5)
            c.drawCentredString(w / 2, h - 0.9 * cm, sheet)
            c.drawCentredString(w / 2, 0.8 * cm, f"Side {c.getPageNumber()} av 2")
            c.restoreState()
        return on
    doc = BaseDocTemplate(path, pagesize=PS, title="NKPS 2023 KS.xlsx")
    fr = Frame(1.3 * cm, 1.4 * cm, w - 2.6 * cm, h - 2.8 * cm, id="x", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("s1", [fr], onPage=on_factory("Tiltak 2023")),
                          PageTemplate("s2", [fr], onPage=on_factory("Kodeliste"))])
    title = Table([[P("KS", st("logo", "DV-B", 20, 24, textColor=hexc("#E4003A"))),
                    P("<b>Rapport til Kompetansepolitisk råd 2023</b><br/>Utarbeidet av: Avdeling for "
                      "arbeidsgiverpolitikk · Dato: 01.12.2023", st("tb", "DV", 9, 12))]],
                  colWidths=[2.2 * cm, 20 * cm])
    hdr = ["ID", "Tiltak", "Kategori", "Eier", "Partnere", "Periode", "Delmål 1", "Delmål 2", "Merknad"]
    data = [[P(x + " ▾", c8b) for x in hdr]]
    for i, m in enumerate(rows, 1):
        d1 = m["delmal"][0]
        d2 = m["delmal"][1] if len(m["delmal"]) > 1 else ""
        data.append([P(f"KS-23-{i:02d}", c8), P(E(m["title"]), c8), P(E(m["type_printed"]), c8),
                     P(E(m["responsible"]), c8), P(E(J(m["partners"])), c8), P(E(m["period"]), c8),
                     P(d1, c8), P(d2, c8), P(E(m["description"]), c8)])
    data.append(["", P("Antall tiltak:", c8b), P(str(len(rows)), c8b), "", "", "", "", "", ""])
    t = Table(data, colWidths=[1.9 * cm, 4.4 * cm, 2.2 * cm, 1.7 * cm, 3.9 * cm, 2.5 * cm, 1.7 * cm, 1.7 * cm, 7.1 * cm],
              repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, grey(0.7)), ("BACKGROUND", (0, 0), (-1, 0), hexc("#FCE4D6")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    from common import WORDS, CODES
    kod = [[P("Kode", c8b), P("Delmål (kortform)", c8b), P("Kategori (nedtrekksliste)", c8b)]]
    cats = ["Prosjekt", "Kampanje", "Plattform", "Program", "Undersøkelse", "Plan", "Avtale", "Forum", "Annet"]
    for i, c in enumerate(CODES):
        kod.append([P(c, c8), P(E(WORDS[c]), c8), P(cats[i] if i < len(cats) else "", c8)])
    k = Table(kod, colWidths=[1.4 * cm, 14 * cm, 4 * cm])
    k.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, grey(0.7)), ("BACKGROUND", (0, 0), (-1, 0), grey(0.9))]))
    el = [title, Spacer(1, 10), t, NextPageTemplate("s2"), PageBreak(), k]
    doc.build(el)


def mr24(f, path):
    w, h = A4
    body = st("b", "LR", 10.5, 14)
    it = st("i", "LR-I", 9.5, 12.5, spaceAfter=6, textColor=grey(0.25))
    h2 = st("h2", "LS-B", 11.5, 14, spaceBefore=10, spaceAfter=3, textColor=hexc("#005A8B"))
    h1 = st("h1", "LS-B", 16, 20, spaceAfter=6, textColor=hexc("#005A8B"))
    box = st("bx", "LS", 8.5, 11)

    def on(c, d):
        c.saveState(); c.setFont("LS", 8)
        c.drawString(2 * cm, h - 1.3 * cm, "Årsmelding 2024 – Møre og Romsdal fylkeskommune")
        c.drawRightString(w - 2 * cm, h - 1.3 * cm, "3 Samfunnsutvikling")
        c.line(2 * cm, h - 1.45 * cm, w - 2 * cm, h - 1.45 * cm)
        n = c.getPageNumber() + 61
        (c.drawRightString if n % 2 == 0 else c.drawString)((w - 2 * cm) if n % 2 == 0 else 2 * cm, 1.1 * cm, str(n))
        c.restoreState()
    doc = BaseDocTemplate(path, pagesize=A4, title="Årsmelding 2024 kap 3.4")
    sidew = 5 * cm
    main1 = Frame(2 * cm, 2 * cm, w - 4 * cm - sidew - 0.6 * cm, h - 4.2 * cm, id="m1", leftPadding=0, rightPadding=0)
    side1 = Frame(w - 2 * cm - sidew, 2 * cm, sidew, h - 4.2 * cm, id="s1", leftPadding=0, rightPadding=0)
    full = Frame(2 * cm, 2 * cm, w - 4 * cm, h - 4.2 * cm, id="f", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("p1", [side1, main1], onPage=on), PageTemplate("p2", [full], onPage=on)])
    kt = Table([[P("<b>Nøkkeltal 2024</b>", box)], [P("Vaksne i karriererettleiing: 2 840", box)],
                [P("Fagbrev på jobb, nye kontraktar: 64", box)], [P("Lærlingar i fylket: 1 912", box)],
                [P("Søkjarar utan læreplass per 1.9.: 212", box)]], colWidths=[sidew])
    kt.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc("#E3F2FD")), ("LINEBELOW", (0, 0), (-1, 0), 0.6,
                                                                                  hexc("#005A8B"))]))
    el = [NextPageTemplate("p2"), kt, FrameBreak(),
          P("3.4 Kompetanse og arbeidsliv", h1),
          P("Fylkeskommunen har eit særskilt ansvar for kompetansepolitikken i regionen. Under følgjer tiltaka "
            "fylkeskommunen rapporterer til Kompetansepolitisk råd for 2024. Nøkkeltala i margen er ikkje tiltak.",
            body)]
    for i, m in enumerate(f["rows"], 1):
        fl = (f"Delmål {codes_join(m['delmal'])} · Ansvarleg: {m['responsible']} · Partnarar: {J(m['partners'])}"
              f" · Periode: {m['period']} · Type: {m['type_printed']}")
        el += [P(f"3.4.{i} " + E(m["title"]), h2), P(E(m["description"]), body), P(E(fl), it)]
    el += [P("3.5 Kultur", h1), P("Kapittelet om kultur står på neste side.", body)]
    doc.build(el)


def vl26(f, path):
    body = st("b", "LS", 10, 13)
    lab = st("l", "LS-B", 9, 11.5)
    val = st("v", "LS", 9, 11.5)
    h1 = st("h1", "LS-B", 16, 20, spaceAfter=6, textColor=hexc("#00485C"))
    h2 = st("h2", "LS-B", 11.5, 14, spaceBefore=12, spaceAfter=4)
    cb = header_footer("Vestland fylkeskommune", "Rapport NKPS 2026", foot_right="Side {n}")
    doc = simple_doc(path, onpage=cb, title="Vestland 2026")
    el = [P("Rapport til Kompetansepolitisk råd 2026", h1), P("Innleiing", h2),
          P("Vestland fylkeskommune rapporterer fem tiltak. Kvart tiltak har sitt eige skjema med dei same "
            "felta som sekretariatet bad om. Samarbeidet i samfunnskontrakten er rapportert av Regjeringa og partane.",
            body)]
    for i, m in enumerate(f["rows"], 1):
        rows = [("Namn på tiltaket", m["title"]),
                ("Mål i strategien", "; ".join(f"{c} {WORDS_NN[c]}" for c in m["delmal"])),
                ("Kategori", m["type_printed"]), ("Ansvarleg", m["responsible"]), ("Partnarar", J(m["partners"])),
                ("Tidsrom", m["period"]), ("Kort om", m["description"])]
        t = Table([[P(a, lab), P(E(b), val)] for a, b in rows], colWidths=[3.6 * cm, 13.4 * cm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, grey(0.4)), ("BACKGROUND", (0, 0), (0, -1), hexc("#DCEFF2")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        el += [P(f"Skjema {i} av {len(f['rows'])}", st("s", "LS-I", 8, 10, textColor=grey(0.4))), t, Spacer(1, 14)]
        if i == 3:
            el.append(Spacer(1, 5.2 * cm))   # pushes form 4 so that it breaks over the page
    el += [P("Vegen vidare", h2),
           P("I 2027 vil fylkeskommunen vurdere eit eige tiltak for rekruttering til helse- og omsorgsfag. Det er "
             "ikkje sett i gang og er ikkje med i rapporten.", body)]
    doc.build(el)
