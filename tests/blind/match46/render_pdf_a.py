"""PDF renderers, part A (Spekter 2017, NHO 2018, Kompetanse Norge 2018, Virke 2019, Unio 2020, Regjeringen 2021)."""
from pdf_kit import *
from common import oldnr_list, codes_join, WORDS

J = ", ".join


def spekter17(f, path):
    body = st("b", "LR", 10.5, 14)
    h1 = st("h1", "LS-B", 16, 20, spaceAfter=8)
    h2 = st("h2", "LS-B", 12, 15, spaceBefore=12, spaceAfter=5, textColor=hexc("#1F3864"))
    box = st("box", "LS", 8.5, 11)
    boxb = st("boxb", "LS-B", 8.5, 11)
    cb = header_footer("Spekter", "Rapportering NKPS 2017", foot_right="Side {n}")
    doc = simple_doc(path, onpage=cb, title="Spekter NKPS 2017")
    el = [P("Spekters rapportering på Nasjonal kompetansepolitisk strategi 2017", h1),
          P("Om rapporten", st("h3", "LS-B", 11, 14, spaceAfter=3)),
          P("Spekter rapporterer sju tiltak. Hvert tiltak har en kort omtale til venstre og en faktaboks til høyre "
            "med henvisning til strategiens tiltak (nr. 1–16), type, ansvar, partnere og tid.", body), Spacer(1, 6)]
    for m in f["rows"]:
        side = [P("NKPS-tiltak nr.", boxb), P(oldnr_list(m["delmal"]), box), Spacer(1, 3),
                P("Type", boxb), P(E(m["type_printed"]), box), Spacer(1, 3),
                P("Ansvarlig", boxb), P(E(m["responsible"]), box), Spacer(1, 3),
                P("Partnere", boxb), P(E(J(m["partners"])), box), Spacer(1, 3),
                P("Tid", boxb), P(E(m["period"]), box)]
        t = Table([[P(E(m["description"]), body), side]], colWidths=[10.3 * cm, 6.4 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (1, 0), (1, 0), hexc("#E2EAF4")),
                               ("BOX", (1, 0), (1, 0), 0.5, hexc("#8EA9DB")), ("LEFTPADDING", (0, 0), (0, 0), 0),
                               ("RIGHTPADDING", (0, 0), (0, 0), 12), ("TOPPADDING", (1, 0), (1, 0), 6),
                               ("BOTTOMPADDING", (1, 0), (1, 0), 6)]))
        el.append(KeepTogether([P(E(m["title"]), h2), t]))
    el += [Spacer(1, 14), P("Møter Spekter har deltatt i", h2)]
    for x in ("Kompetansepolitisk råd 7. mars 2017", "Innspillsmøte med KD om kompetansereformen 2. november 2017",
              "Idéverksted i Oslo 8. november 2017"):
        el.append(P("• " + x, body))
    doc.build(el)


def nho18(f, path):
    PS = landscape(A4)
    w, h = PS
    body = st("b", "LS", 9.5, 12.5)
    tit = st("t", "LS-B", 11.5, 14, spaceBefore=9, spaceAfter=2)
    fact = st("f", "LS", 7.8, 10, textColor=grey(0.35), spaceAfter=3)
    h1 = st("h1", "LS-B", 20, 24, textColor=hexc("#00205B"))
    lm, gap = 2 * cm, 1 * cm
    colw = (w - 2 * lm - gap) / 2
    top, bot = h - 2.2 * cm, 1.8 * cm

    def on(c, d):
        c.saveState()
        c.setFillColor(hexc("#00205B")); c.rect(0, h - 1.2 * cm, w, 1.2 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white); c.setFont("LS-B", 10)
        c.drawString(lm, h - 0.8 * cm, "NHO  |  Næringslivets Hovedorganisasjon")
        c.setFillColor(colors.black); c.setFont("LS", 8)
        c.drawString(lm, 1 * cm, f"NHO – Rapport til Kompetansepolitisk råd 2018 · side {c.getPageNumber()}")
        c.restoreState()
    doc = BaseDocTemplate(path, pagesize=PS, title="NHO 2018")
    tf = Frame(lm, top - 2.6 * cm, w - 2 * lm, 2.6 * cm, id="title", leftPadding=0, rightPadding=0)
    f1 = Frame(lm, bot, colw, top - 2.6 * cm - bot, id="c1", leftPadding=0, rightPadding=0)
    f2 = Frame(lm + colw + gap, bot, colw, top - 2.6 * cm - bot, id="c2", leftPadding=0, rightPadding=0)
    g1 = Frame(lm, bot, colw, top - bot, id="d1", leftPadding=0, rightPadding=0)
    g2 = Frame(lm + colw + gap, bot, colw, top - bot, id="d2", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("first", [tf, f1, f2], onPage=on), PageTemplate("later", [g1, g2], onPage=on)])
    el = [P("Slik følger NHO opp kompetansestrategien – 2018", h1),
          P("Rapport fra NHO til Kompetansepolitisk råd. Hvert tiltak har en grå faktalinje: mål | form | ansvar | "
            "samarbeid | tid.", st("i", "LS-I", 10, 13)), NextPageTemplate("later"), FrameBreak(),
          P("Innledning", tit),
          P("NHOs medlemsbedrifter melder om stor mangel på fagarbeidere og på arbeidskraft med digital kompetanse. "
            "NHO har i 2018 arbeidet både gjennom egne tiltak og gjennom rådene og utvalgene der vi er representert.",
            body)]
    quote_at = 3
    for i, m in enumerate(f["rows"]):
        if i == quote_at:
            q = Table([[P("«Kompetanse er den viktigste innsatsfaktoren i norsk næringsliv. Vi må gjøre det lettere "
                          "å lære hele livet.»<br/>– Kristin Skogen Lund, NHO", st("q", "LS-BI", 10.5, 14,
                                                                                    textColor=hexc("#00205B")))]],
                      colWidths=[colw])
            q.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.5, hexc("#00205B")),
                                   ("LINEBELOW", (0, 0), (-1, 0), 1.5, hexc("#00205B")),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
            el += [Spacer(1, 8), q]
        fl = (f"Mål {codes_join(m['delmal'], last=' og ')} | {m['type_printed']} | Ansvar: {m['responsible']} | "
              f"Med: {J(m['partners'])} | {m['period']}")
        el += [P(E(m["title"]), tit), P(E(fl), fact), P(E(m["description"]), body)]
    el += [P("Kontakt", tit), P("Fagsjef kompetanse, NHO Arbeidsliv – kompetanse@nho.no", body)]
    doc.build(el)


def kn18(f, path):
    body = st("b", "LS", 10, 13.5)
    it = st("i", "LS-I", 9, 12, textColor=grey(0.3), spaceAfter=3)
    h1 = st("h1", "LS-B", 16, 20, spaceAfter=10, textColor=hexc("#C00000"))
    h2 = st("h2", "LS-B", 12, 15, spaceBefore=10, spaceAfter=3)
    toc = st("toc", "LS", 11, 18)
    cb = header_footer("Kompetanse Norge", "Rapport NKPS 2018", foot_left="kompetansenorge.no",
                       foot_right="{n}")
    doc = simple_doc(path, onpage=cb, title="Kompetanse Norge NKPS 2018")
    order = ["Råd, utvalg og nettverk", "Informasjon", "Kurs og utdanning", "FoU", "Arrangement"]
    groups = {k: [m for m in f["rows"] if m["type_printed"] == k] for k in order}
    el = [P("Kompetanse Norges tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi 2018", h1),
          P("Innhold", st("c", "LS-B", 12, 16, spaceAfter=6))]
    for i, k in enumerate(order + ["Statistikk"], 1):
        el.append(P(f"{i} {k} " + "." * (90 - len(k)) + f" {i + 1}", toc))
    el += [Spacer(1, 10), P("Tiltakene er ordnet etter tiltakstype. Hvert tiltak har en linje med delmål, ansvar, "
                            "partnere og periode.", body)]
    for i, k in enumerate(order, 1):
        el += [PageBreak(), P(f"{i} {k}", h1)]
        for m in groups[k]:
            parts = [f"Delmål {codes_join(m['delmal'])}", f"Ansvar: {m['responsible']}"]
            if m["partners"]:
                parts.append(f"Partnere: {J(m['partners'])}")
            parts.append(m["period"])
            el += [P(E(m["title"]), h2), P(E(" · ".join(parts)), it), P(E(m["description"]), body)]
    el += [PageBreak(), P("6 Statistikk", h1),
           P("Bruk av tjenester og ordninger i 2018 (ikke tiltak):", body), Spacer(1, 6)]
    t = Table([["Tjeneste / ordning", "2017", "2018"], ["Søknader Kompetansepluss arbeid", "412", "455"],
               ["Søknader Kompetansepluss frivillighet", "198", "221"], ["Deltakere på kompetansefrokoster", "310", "540"],
               ["Sum", "920", "1216"]], colWidths=[9 * cm, 2.5 * cm, 2.5 * cm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "LS", 9.5), ("FONT", (0, 0), (-1, 0), "LS-B", 9.5),
                           ("GRID", (0, 0), (-1, -1), 0.4, grey(0.5)), ("FONT", (0, -1), (-1, -1), "LS-B", 9.5)]))
    el.append(t)
    doc.build(el)


def virke19(f, path, total=2):
    PS = A4
    w, h = PS
    body = st("b", "LS", 9.5, 12.5)
    cell = st("c", "LS", 8, 10)
    cellb = st("cb", "LS-B", 8, 10)
    h1 = st("h1", "LS-B", 17, 21, spaceAfter=4)
    h2 = st("h2", "LS-B", 12, 15, spaceBefore=10, spaceAfter=4)
    meta = st("m", "LS", 8, 10, textColor=grey(0.4), spaceAfter=8)
    navw = 4.2 * cm
    url = "https://innsida.virke.no/kompetanse/kompetansepolitisk-rad/rapportering-2019"

    def on(c, d):
        c.saveState()
        c.setFont("LS", 7.5)
        c.drawString(1 * cm, h - 0.8 * cm, "12.11.2019 14:32")
        c.drawCentredString(w / 2, h - 0.8 * cm, "Vår rapportering til Kompetansepolitisk råd 2019 – Virke Innsida")
        c.drawString(1 * cm, 0.7 * cm, url)
        c.drawRightString(w - 1 * cm, 0.7 * cm, f"{c.getPageNumber()}/{total}")
        if c.getPageNumber() == 1:
            c.setFillColor(hexc("#0A3D62")); c.rect(1 * cm, h - 2.3 * cm, w - 2 * cm, 1.1 * cm, fill=1, stroke=0)
            c.setFillColor(colors.white); c.setFont("LS-B", 13); c.drawString(1.4 * cm, h - 1.9 * cm, "Virke Innsida")
            c.setFont("LS", 9)
            c.drawString(6 * cm, h - 1.9 * cm, "Hjem    Nyheter    Avdelinger    Verktøy    Personer    Søk")
            c.setFillColor(colors.black); c.setFont("LS-B", 9)
            y = h - 3.3 * cm
            c.drawString(1.2 * cm, y, "Kompetanse")
            c.setFont("LS", 8.5)
            for x in ("Fagområder", "Kompetansepolitisk råd", "  Rapportering 2019", "  Rapportering 2018",
                      "Bransjeprogram", "Arkiv"):
                y -= 0.55 * cm
                c.drawString(1.2 * cm, y, x)
        c.restoreState()
    doc = BaseDocTemplate(path, pagesize=PS, title="Virke Innsida")
    fr1 = Frame(1 * cm + navw, 1.3 * cm, w - 2 * cm - navw, h - 3.8 * cm, id="a")
    fr2 = Frame(1.5 * cm, 1.3 * cm, w - 3 * cm, h - 2.6 * cm, id="b")
    doc.addPageTemplates([PageTemplate("p1", [fr1], onPage=on), PageTemplate("p2", [fr2], onPage=on)])
    el = [NextPageTemplate("p2"), P("Kompetanse  ›  Kompetansepolitisk råd  ›  Rapportering 2019", meta),
          P("Vår rapportering til Kompetansepolitisk råd 2019", h1),
          P("Publisert 11.11.2019 av Ingrid Holm · Sist endret 12.11.2019", meta),
          P("Her er tiltakene Virke rapporterer til sekretariatet i år. Tabellen sendes som vedlegg til e-posten "
            "til HK-sekretariatet; omtalene står under tabellen.", body), Spacer(1, 8)]
    hdr = ["Tiltak", "Mål", "Type", "Hvem", "Partnere", "Når"]
    data = [[P(x, cellb) for x in hdr]]
    for m in f["rows"]:
        data.append([P(E(m["title"]), cell), P(", ".join(m["delmal"]), cell), P(E(m["type_printed"]), cell),
                     P(E(m["responsible"]), cell), P(E(J(m["partners"])), cell), P(E(m["period"]), cell)])
    t = Table(data, colWidths=[4.2 * cm, 1.4 * cm, 1.6 * cm, 1.5 * cm, 3.6 * cm, 2.6 * cm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, grey(0.6)), ("BACKGROUND", (0, 0), (-1, 0), grey(0.88)),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    el += [t, P("Kort om tiltakene", h2)]
    for m in f["rows"]:
        el += [P("<b>%s</b>" % E(m["title"]), body), P(E(m["description"]), body), Spacer(1, 5)]
    el += [P("Kommentarer (2)", h2),
           P("<b>Morten Lie</b> · 12.11.2019 09:10<br/>Bør vi også ta med arbeidet i faglige råd? Det er ikke vårt "
             "eget tiltak, men vi bruker mye tid der.", body), Spacer(1, 4),
           P("<b>Ingrid Holm</b> · 12.11.2019 10:02<br/>Nei, vi holder oss til egne tiltak og referansegruppen i år.",
             body), Spacer(1, 8),
           P("Del  ·  Skriv ut  ·  Følg siden", meta)]
    doc.build(el)
    n = two_count(path)
    if n != total:
        virke19(f, path, n)


def unio20(f, path):
    body = st("b", "LS", 10, 13.5)
    tit = st("t", "LS-B", 11.5, 14, textColor=colors.white)
    chipl = st("cl", "LS-B", 7.5, 9, textColor=hexc("#6A1B9A"))
    chipv = st("cv", "LS", 8, 10)
    h1 = st("h1", "LS-B", 17, 21, spaceAfter=8, textColor=hexc("#6A1B9A"))
    cb = header_footer("Unio – hovedorganisasjon for universitets- og høyskoleutdannede", None,
                       foot_left="Unio · Rapport NKPS 2020", foot_right="Side {n}")
    doc = simple_doc(path, onpage=cb, title="Unio 2020")
    el = [P("Unios tiltak for å følge opp kompetansestrategien 2020", h1)]
    kor = Table([[P("<b>Koronaåret 2020.</b> Flere av tiltakene ble gjennomført digitalt eller utsatt. Et planlagt "
                    "nordisk seminar om livslang læring ble avlyst og er ikke med i rapporten.", body)]],
                colWidths=[17 * cm])
    kor.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc("#FFF3CD")),
                             ("BOX", (0, 0), (-1, -1), 0.6, hexc("#D4A017")), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    el += [kor, Spacer(1, 12)]
    for m in f["rows"]:
        chips = Table([[P("Mål", chipl), P("Type", chipl), P("Ansvar", chipl), P("Med", chipl), P("Tid", chipl)],
                       [P(E(", ".join(m["delmal"])), chipv), P(E(m["type_printed"]), chipv),
                        P(E(m["responsible"]), chipv), P(E(J(m["partners"])), chipv), P(E(m["period"]), chipv)]],
                      colWidths=[1.6 * cm, 2.4 * cm, 2.0 * cm, 7.6 * cm, 2.8 * cm])
        chips.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), hexc("#F3E5F5")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEBEFORE", (1, 0), (-1, -1), 0.5, colors.white)]))
        box = Table([[P(E(m["title"]), tit)], [P(E(m["description"]), body)], [chips]], colWidths=[17 * cm])
        box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, hexc("#6A1B9A")),
                                 ("BACKGROUND", (0, 0), (-1, 0), hexc("#6A1B9A")),
                                 ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 7)]))
        el += [KeepTogether(box), Spacer(1, 12)]
    el.append(P("Spørsmål om rapporten kan rettes til Unios sekretariat, post@unio.no.", body))
    doc.build(el)


def reg21(f, path):
    PS = landscape(A4)
    cell = st("c", "LS", 8, 10)
    cellb = st("cb", "LS-B", 8, 10)
    h1 = st("h1", "LS-B", 15, 19, spaceAfter=6)
    body = st("b", "LS", 10, 13)
    dep_of = {"KD": "Kunnskapsdepartementet", "ASD": "Arbeids- og sosialdepartementet",
              "HOD": "Helse- og omsorgsdepartementet"}
    cb = header_footer("Regjeringen – oppfølging av NKPS 2021", "Kunnskapsdepartementet",
                       foot_right="Side {n}", pagesize=PS)
    doc = simple_doc(path, pagesize=PS, margins=(1.8 * cm, 1.8 * cm, 2 * cm, 1.8 * cm), onpage=cb, title="Reg 2021")
    el = [P("Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi – rapport 2021", h1),
          P("Tabellen viser departementenes tiltak i 2021. Kolonnen «Delmål» gjengir strategiens ordlyd i kortform. "
            "Forsøket med forberedende voksenopplæring (FVO) ble avsluttet i 2019 og er ikke med.", body),
          Spacer(1, 8)]
    hdr = ["Departement", "Tiltak", "Hva er gjort i 2021", "Samarbeider", "Virkemiddel", "Tidsperspektiv", "Delmål"]
    data = [[P(x, cellb) for x in hdr]]
    order = sorted(f["rows"], key=lambda m: list(dep_of.values()).index(m["responsible"]))
    spans = []
    cur, start = None, 1
    for i, m in enumerate(order, 1):
        dep = m["responsible"]
        if dep != cur:
            if cur is not None:
                spans.append((start, i - 1))
            cur, start = dep, i
            dcell = P(dep, cellb)
        else:
            dcell = ""
        fn = "<super>1</super>" if m["tid"] == "T08" else ""
        data.append([dcell, P(E(m["title"]) + fn, cellb), P(E(m["description"]), cell), P(E(J(m["partners"])), cell),
                     P(E(m["type_printed"]), cell), P(E(m["period"]), cell),
                     P("<br/>".join(E(WORDS[c]) for c in m["delmal"]), cell)])
    spans.append((start, len(order)))
    t = Table(data, colWidths=[3.0 * cm, 4.2 * cm, 6.0 * cm, 3.8 * cm, 2.2 * cm, 2.8 * cm, 4.1 * cm], repeatRows=0)
    sty = [("GRID", (1, 0), (-1, -1), 0.4, grey(0.5)), ("BOX", (0, 0), (0, 0), 0.4, grey(0.5)),
           ("BACKGROUND", (0, 0), (-1, 0), hexc("#D9E2F3")), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for a, b in spans:   # looks like a vertically merged cell: one box round the department's rows
        sty.append(("BOX", (0, a), (0, b), 0.4, grey(0.5)))
    t.setStyle(TableStyle(sty))
    el += [t, Spacer(1, 4),
           P("<super>1</super> Tallene for antall deltakere i bransjeprogrammene i 2021 er foreløpige.",
             st("fn", "LS", 7.5, 9))]
    doc.build(el)
