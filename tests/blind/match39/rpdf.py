# -*- coding: utf-8 -*-
"""PDF renderers for match39 (reportlab), one function per file."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm, mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT, TA_CENTER
from reportlab.platypus import (Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether, CondPageBreak,
                                PageTemplate, Frame, NextPageTemplate)

from pdfkit import S, P, e, build, grid_style, fonts
from common import og, oldnr_text, DELMAL_KS18

GREY = colors.HexColor("#595959")
LGREY = colors.HexColor("#A6A6A6")


def hf(c, W, H, left=None, right=None, foot=None, foot_align="center", font="Sans", size=8, rule=True,
       top=1.3 * cm, bottom=1.1 * cm, margin=2.2 * cm, color=GREY, foot_left=None):
    c.saveState()
    c.setFont(font, size)
    c.setFillColor(color)
    if left:
        c.drawString(margin, H - top, left)
    if right:
        c.drawRightString(W - margin, H - top, right)
    if rule and (left or right):
        c.setStrokeColor(LGREY)
        c.setLineWidth(0.5)
        c.line(margin, H - top - 4, W - margin, H - top - 4)
    if foot_left:
        c.drawString(margin, bottom, foot_left)
    if foot:
        if foot_align == "center":
            c.drawCentredString(W / 2, bottom, foot)
        elif foot_align == "right":
            c.drawRightString(W - margin, bottom, foot)
        else:
            c.drawString(margin, bottom, foot)
    c.restoreState()


def bullets(items, st, sym="•"):
    return [Paragraph(e(s), st, bulletText=sym) for s in items]


# ---------------------------------------------------------------------------
def lo2017(f, path):
    PS = landscape(A4)
    W, H = PS
    body = S("b", "Sans", 9.5)
    cellst = S("c", "Sans", 9.5, leading=12, after=0)
    cellb = S("cb", "Sans", 9.5, leading=12, after=0, bold=True)
    head = S("h", "Sans", 9.5, leading=12, after=0, bold=True, color=colors.white)
    story = [P("LOs oppfølging av Nasjonal kompetansepolitisk strategi 2017", S("t", "Sans", 15, bold=True, after=8)),
             P("Kompetansepolitisk råd har bedt medlemmene svare på fire spørsmål for hvert tiltak: hvilket tiltak i "
               "strategien tiltaket følger opp, hvem som er ansvarlig og samarbeidspartnere, hva tiltaket går ut på, "
               "og tidspunkt og varighet. LO har samlet svarene i tabellen under. I første kolonne etter tiltaket "
               "har vi også skrevet hva slags tiltak det er.", body),
             P("LO har i 2017 prioritert arbeidet med fagarbeidernes plass i kompetansepolitikken, retten til etter- "
               "og videreutdanning i avtaleverket og partssamarbeidet i bransjene. Flere av tiltakene gjennomføres "
               "av forbundene, og LO sentralt har en koordinerende rolle. Tiltakene under er de LO har ansvar for "
               "eller deltar aktivt i.", body),
             P("Tabellen tar med tiltak som er satt i gang eller videreført i 2017. Tiltak som er under planlegging, "
               "er ikke tatt med. Møter i Kompetansepolitisk råd og andre fora der LO har deltatt, er listet til "
               "slutt.", body),
             P("Bakgrunn", S("hb", "Sans", 11, bold=True, before=4, after=3)),
             P("Strategien ble signert 3. februar 2017 av regjeringen, LO, NHO, YS, Unio, Akademikerne, Virke, "
               "Spekter, KS og VOFO. LO mener strategien gir et godt grunnlag for et felles løft, men at den må "
               "følges opp med konkrete tiltak og penger. Særlig er det viktig at arbeidstakere uten høyere "
               "utdanning får reelle muligheter til å lære hele livet, og at tillitsvalgte får verktøy til å ta "
               "kompetanse opp på arbeidsplassen.", body),
             P("LO-kongressen vedtok i mai 2017 at kompetanse skal være en hovedsak i perioden. LO vil bruke "
               "plassene i Kompetansebehovsutvalget og i de faglige rådene aktivt, og vil i tariffoppgjørene "
               "arbeide for bedre avtalefestede rettigheter til etter- og videreutdanning.", body),
             P("I tillegg til tiltakene i tabellen har LO-forbundene egne kurs og prosjekter i sine bransjer. Disse "
               "rapporteres ikke her, men flere av dem er omtalt i forbundenes egne årsberetninger. LO vil i 2018 "
               "vurdere om forbundenes tiltak bør tas med i rapporteringen til rådet.", body),
             Spacer(1, 4)]
    hdr = ["Tiltak", "1. Tiltak i NKPS", "2. Ansvarlig og samarbeidspartnere", "3. Beskrivelse",
           "4. Tidspunkt og varighet"]
    data = [[P(h, head) for h in hdr]]
    for r in f["rows"]:
        data.append([P(r["title"], cellb),
                     P(f"Nr. {oldnr_text(r['x']['old'])} – {r['type_p']}", cellst),
                     P(f"{r['resp']} er ansvarlig. Med: {', '.join(r['partners'])}.", cellst),
                     P(r["desc"], cellst),
                     P(r["period"], cellst)])
    t = Table(data, colWidths=[4.6 * cm, 3.4 * cm, 5.2 * cm, 9.0 * cm, 3.9 * cm], repeatRows=1, splitInRow=1,
              style=grid_style(header_bg=colors.HexColor("#C00000")))
    story.append(t)
    story += [Spacer(1, 10), P("Møter LO har deltatt i 2017", S("h2", "Sans", 10.5, bold=True, after=3))]
    story += bullets(["Kompetansepolitisk råd, 21. juni og 12. desember",
                      "Lanseringen av strategien, 3. februar",
                      "Kompetanse Norges idéverksted i Oslo, 8. november"], S("bl", "Sans", 9.5, left=12, after=1))
    story += [Spacer(1, 10), P("Med vennlig hilsen", body), P("Landsorganisasjonen i Norge", body),
              Spacer(1, 14), P("Tore Lien", body), P("seniorrådgiver", S("s", "Sans", 8.5, color=GREY))]

    def deco(c, n, tot):
        hf(c, W, H, left="LO – Landsorganisasjonen i Norge", right="Rapportering NKPS 2017", foot=f"Side {n}",
           margin=1.8 * cm)
    build(path, story, PS, margins=(1.8 * cm, 1.8 * cm, 2.0 * cm, 1.8 * cm), deco=deco,
          title="LO rapportering NKPS 2017", author="LO")


# ---------------------------------------------------------------------------
def ks2018(f, path):
    W, H = A4
    body = S("b", "Sans", 10)
    lab = S("l", "Sans", 9, bold=True, after=0, leading=11.5)
    val = S("v", "Sans", 9.5, after=0, leading=12)
    valb = S("vb", "Sans", 9.5, after=0, leading=12, bold=True)
    story = [P("KS' rapportering til Kompetansepolitisk råd 2018", S("t", "Sans", 16, bold=True, after=10,
                                                                      color=colors.HexColor("#003B5C"))),
             P("Om rapporteringen", S("h", "Sans", 12, bold=True, after=4)),
             P("KS rapporterer her tiltak som KS har ansvar for eller deltar i, og som følger opp Nasjonal "
               "kompetansepolitisk strategi. For hvert tiltak har vi svart på de samme spørsmålene. Der et tiltak "
               "følger opp flere mål i strategien, har vi skrevet dem på hver sin linje.", body),
             P("Kommunesektoren er landets største arbeidsgiver, og kompetanse er avgjørende for at kommunene skal "
               "kunne levere gode tjenester. KS arbeider derfor med rekruttering, kompetanseutvikling og "
               "læreplasser i kommunene. Flere av tiltakene nedenfor gjennomføres sammen med staten og de andre "
               "partene i arbeidslivet, og noen av dem er omtalt også i andre medlemmers rapporter.", body),
             P("Rapporten er godkjent av KS' administrasjon og sendes sekretariatet i Kompetanse Norge.", body),
             Spacer(1, 6)]
    labels = ["Hva heter tiltaket?", "Hvilke delmål i strategien?", "Hva slags tiltak?", "Hvem eier tiltaket?",
              "Hvem er med?", "Når?", "Kort beskrivelse"]
    for r in f["rows"]:
        goal = "<br/>".join(e(DELMAL_KS18[c]) for c in r["delmal"])
        vals = [P(r["title"], valb), Paragraph(goal, val), P(r["type_p"], val), P(r["resp"], val),
                P(", ".join(r["partners"]) if r["partners"] else "–", val), P(r["period"], val), P(r["desc"], val)]
        data = [[P(l, lab), v] for l, v in zip(labels, vals)]
        t = Table(data, colWidths=[4.3 * cm, 12.3 * cm],
                  style=grid_style([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#DCE9F2"))],
                                   gcolor=colors.HexColor("#9DB7CB")))
        story += [t, Spacer(1, 12)]
    story += [P("Antall tiltak per delmål", S("h", "Sans", 12, bold=True, after=4))]
    counts = {}
    for r in f["rows"]:
        for c in r["delmal"]:
            counts[c] = counts.get(c, 0) + 1
    data = [["Delmål", "Antall"]] + [[k, str(v)] for k, v in sorted(counts.items())] + \
           [["Sum", str(sum(counts.values()))]]
    story.append(Table(data, colWidths=[3 * cm, 2 * cm], hAlign="LEFT",
                       style=grid_style([("FONT", (0, 0), (-1, -1), "Sans", 9), ("FONT", (0, 0), (-1, 0), "Sans-B", 9),
                                         ("FONT", (0, -1), (-1, -1), "Sans-B", 9), ("ALIGN", (1, 0), (1, -1), "RIGHT")])))
    story.append(P("Ett tiltak (KS Læring) er knyttet til to delmål og telles under begge.",
                   S("n", "Sans", 8.5, color=GREY, before=3)))
    story.append(Spacer(1, 8))
    story.append(P("Kontaktperson i KS: Anne Lise Brekke, spesialrådgiver, tlf. 24 13 26 00.", S("k", "Sans", 9,
                                                                                                  color=GREY)))

    def deco(c, n, tot):
        hf(c, W, H, left="KS", right="Rapportering til Kompetansepolitisk råd 2018",
           foot=f"Side {n} av {tot} · 30.11.2018")
    build(path, story, A4, deco=deco, title="KS rapportering 2018", author="KS")


# ---------------------------------------------------------------------------
def nav2018(f, path):
    W, H = A4
    body = S("b", "Sans", 10, leading=13)
    small = S("s", "Sans", 8.5, leading=10.5, after=0)
    cst = S("c", "Sans", 8, leading=10, after=0)
    cb = S("cb", "Sans", 8, leading=10, after=0, bold=True)
    hd = S("h", "Sans", 8, leading=10, after=0, bold=True)
    ref = Table([["Vår dato:", "12.11.2018"], ["Vår referanse:", "18/12345"], ["Deres dato:", "03.10.2018"],
                 ["Deres referanse:", "18/4321"], ["Saksbehandler:", "Ingrid Moe"]],
                colWidths=[2.6 * cm, 3.0 * cm], hAlign="RIGHT",
                style=TableStyle([("FONT", (0, 0), (-1, -1), "Sans", 8.5), ("TEXTCOLOR", (0, 0), (0, -1), GREY),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0)]))
    story = [P("NAV", S("logo", "Sans", 22, bold=True, color=colors.HexColor("#C30000"), after=0)),
             P("Arbeids- og velferdsdirektoratet", S("sub", "Sans", 9, color=GREY, after=10)), ref, Spacer(1, 6),
             P("Kunnskapsdepartementet", S("a", "Sans", 10, after=0)),
             P("Sekretariatet for Kompetansepolitisk råd", S("a", "Sans", 10, after=0)),
             P("Postboks 8119 Dep", S("a", "Sans", 10, after=0)), P("0032 OSLO", S("a", "Sans", 10, after=14)),
             P("Rapportering av tiltak 2018 – Nasjonal kompetansepolitisk strategi", S("subj", "Sans", 11, bold=True,
                                                                                     after=8)),
             P("Vi viser til e-post av 3. oktober 2018 med bestilling av rapportering fra medlemmene i "
               "Kompetansepolitisk råd. Arbeids- og velferdsetaten er ikke medlem av rådet, men har fått "
               "forespørsel om å rapportere tiltak der NAV har en sentral rolle. Tiltakene står i tabellen under. "
               "Der to tiltak har samme delmål, ansvarlig, samarbeidspartnere, varighet og type, er de beskrevet i "
               "samme rad.", body), Spacer(1, 4)]
    hdr = ["Nr.", "Tiltak", "Delmål", "Ansvarlig", "Samarbeids-\npartnere", "Varighet", "Type"]
    data = [[Paragraph(e(h).replace("\n", "<br/>"), hd) for h in hdr]]
    rows = f["rows"]
    n = 0
    i = 0
    while i < len(rows):
        r = rows[i]
        n += 1
        if r["x"].get("shared") == 1:
            r2 = rows[i + 1]
            cell = [P(r["title"], cb), P(r["desc"], cst), Spacer(1, 4), P(r2["title"], cb), P(r2["desc"], cst)]
            i += 2
        else:
            cell = [P(r["title"], cb), P(r["desc"], cst)]
            i += 1
        data.append([P(f"{n}", cst), cell, P(og(r["delmal"]), cst), P(r["resp"], cst),
                     P(", ".join(r["partners"]), cst), P(r["period"], cst), P(r["type_p"], cst)])
    t = Table(data, colWidths=[0.8 * cm, 5.2 * cm, 1.5 * cm, 2.0 * cm, 3.0 * cm, 1.8 * cm, 2.5 * cm],
              repeatRows=1, style=grid_style(header_bg=colors.HexColor("#E7E6E6"), pad=2.5))
    story += [t, Spacer(1, 10),
              P("Vi bidrar gjerne med mer informasjon om tiltakene ved behov.", body),
              KeepTogether([
                  P("Med hilsen", S("mh", "Sans", 10, before=6, after=10)),
                  Table([["Hans Kristian Lie", "Ingrid Moe"], ["avdelingsdirektør", "seniorrådgiver"]],
                        colWidths=[7 * cm, 7 * cm], hAlign="LEFT",
                        style=TableStyle([("FONT", (0, 0), (-1, 0), "Sans", 10), ("FONT", (0, 1), (-1, 1), "Sans", 8.5),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 0)])),
                  Spacer(1, 8),
                  P("Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer.", small)])]

    def deco(c, n_, tot):
        hf(c, W, H, foot_left="Postadresse: Postboks 5 St. Olavs plass, 0130 Oslo · Telefon 55 55 33 33 · nav.no",
           foot=f"Side {n_} av {tot}", foot_align="right", size=7.5)
    build(path, story, A4, margins=(2.2 * cm, 2.0 * cm, 1.8 * cm, 2.0 * cm), deco=deco,
          title="Rapportering av tiltak 2018", author="Arbeids- og velferdsdirektoratet")


# ---------------------------------------------------------------------------
def virke2019(f, path):
    W, H = A4
    body = S("b", "Sans", 10.5, leading=14)
    h1 = S("h1", "Sans", 14, bold=True, before=10, after=6, color=colors.HexColor("#00594F"))
    h2 = S("h2", "Sans", 12, bold=True, before=10, after=3)
    lab = S("l", "Sans", 9, bold=True, after=0, color=GREY)
    val = S("v", "Sans", 9, after=0)
    story = [P("Virkes rapportering til Kompetansepolitisk råd 2019", S("t", "Sans", 17, bold=True, after=8)),
             P("1 Innledning", h1),
             P("Virke er hovedorganisasjonen for virksomheter i handel og tjenesteyting. Kompetanse er en av "
               "Virkes viktigste saker, og vi rapporterer her tiltak vi selv har ansvar for (kapittel 2) og tiltak "
               "der Virke deltar sammen med andre (kapittel 3). Varehandelen er Norges største private "
               "arbeidsgiver, og mange ansatte har kort formell utdanning.", body),
             P("Under hvert tiltak står mål i strategien (delmål), kategori, eier, partnere og tid.", body)]

    def fact_grid(r):
        data = [[P("Mål:", lab), P(og(r["delmal"]), val), P("Eier:", lab), P(r["resp"], val)],
                [P("Kategori:", lab), P(r["type_p"], val), P("Partnere:", lab), P(", ".join(r["partners"]), val)],
                [P("Tid:", lab), P(r["period"], val), "", ""]]
        return Table(data, colWidths=[1.9 * cm, 5.2 * cm, 2.0 * cm, 7.5 * cm], hAlign="LEFT",
                     style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                       ("LINEABOVE", (0, 0), (-1, 0), 0.4, LGREY),
                                       ("LINEBELOW", (0, -1), (-1, -1), 0.4, LGREY)]))

    for chap, label in (("egne", "2 Virkes egne tiltak"), ("deltar", "3 Tiltak der Virke deltar")):
        story.append(P(label, h1))
        for r in [r for r in f["rows"] if r["x"]["chap"] == chap]:
            story += [P(r["title"], h2), P(r["desc"], body), fact_grid(r), Spacer(1, 4)]
    story.append(P("4 Virke mener", h1))
    story += bullets(["Etter- og videreutdanning må bli mer fleksibel og modulbasert.",
                      "Realkompetanse må telle mer i arbeidslivet.",
                      "Små virksomheter trenger enklere ordninger for opplæring."], S("bl", "Sans", 10.5, left=12))

    def deco(c, n, tot):
        c.saveState()
        c.setFont("Sans-B", 16)
        c.setFillColor(colors.HexColor("#00594F"))
        c.drawString(2.2 * cm, H - 1.5 * cm, "virke")
        c.restoreState()
        hf(c, W, H, right="15.11.2019", foot=f"Side {n}", foot_align="right", rule=False, top=1.5 * cm)
    build(path, story, A4, margins=(2.2 * cm, 2.2 * cm, 2.4 * cm, 2.0 * cm), deco=deco,
          title="Virke NKPS 2019", author="Virke")


# ---------------------------------------------------------------------------
def reg2020(f, path):
    W, H = A4
    body = S("b", "Serif", 11, leading=14.5)
    h1 = S("h1", "Sans", 14, bold=True, before=12, after=6)
    h3 = S("h3", "Sans", 11, bold=True, before=10, after=4)
    lab = S("l", "Sans", 8.5, bold=True, after=0)
    val = S("v", "Sans", 8.5, after=0)
    cst = S("c", "Sans", 8.5, after=0, leading=10.5)
    areas = {1: "3 Gode valg for den enkelte og for samfunnet", 2: "4 Læring i arbeidslivet",
             3: "5 Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
    story = [P("Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi", S("t", "Sans", 17, bold=True,
                                                                                 after=2)),
             P("Rapport til Kompetansepolitisk råd 2020", S("st", "Sans", 12, color=GREY, after=12)),
             P("1 Innledning", h1),
             P("Denne rapporten beskriver regjeringens nye tiltak i 2020 under strategiens tre "
               "hovedinnsatsområder. Tiltak som ble rapportert tidligere og som er videreført, står samlet i "
               "tabellen i kapittel 6.", body),
             P("2 Korona og kompetansepolitikken", h1),
             P("Pandemien førte til at mange ble permittert eller ledige. Regjeringen la derfor fram flere "
               "midlertidige ordninger, blant annet ekstra midler til utdanningstilbud for permitterte og "
               "ledige og økt kapasitet i fagskolene. Disse ordningene er en del av krisepakkene og rapporteres "
               "ikke som egne tiltak her.", body)]
    new = [r for r in f["rows"] if not r["x"].get("cont_table")]
    cont = [r for r in f["rows"] if r["x"].get("cont_table")]
    for a in (1, 2, 3):
        story.append(P(areas[a], h1))
        for r in [r for r in new if r["x"]["area"] == a]:
            box = Table([[P("Delmål", lab), P(og(r["delmal"]), val)],
                         [P("Departement", lab), P(r["resp"], val)],
                         [P("Samarbeid", lab), P(", ".join(r["partners"]), val)],
                         [P("Varighet", lab), P(r["period"], val)],
                         [P("Virkemiddel", lab), P(r["type_p"], val)]],
                        colWidths=[3.0 * cm, 9.5 * cm], hAlign="LEFT",
                        style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EDEDED")),
                                          ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 5)]))
            story.append(KeepTogether([P(r["title"], h3), box, Spacer(1, 5), P(r["desc"], body)]))
    story.append(P("6 Videreførte tiltak", h1))
    story.append(P("Tabellen viser tiltak fra tidligere rapporter som regjeringen har videreført i 2020.", body))
    data = [[P(h, S("hh", "Sans", 8.5, bold=True, after=0)) for h in
             ("Tiltak", "Delmål", "Virkemiddel", "Ansvar", "Status 2020")]]
    for r in cont:
        data.append([P(r["title"], cst), P(og(r["delmal"]), cst), P(r["type_p"], cst), P(r["resp"], cst),
                     P(r["desc"], cst)])
    story.append(Table(data, colWidths=[4.0 * cm, 1.6 * cm, 2.3 * cm, 1.6 * cm, 7.1 * cm], repeatRows=1,
                       style=grid_style(header_bg=colors.HexColor("#D9D9D9"))))
    story.append(P("7 Oppsummering", h1))
    cnt = {}
    for r in f["rows"]:
        cnt[r["resp"]] = cnt.get(r["resp"], 0) + 1
    data = [["Departement", "Antall tiltak"]] + [[k, str(v)] for k, v in cnt.items()] + [["Sum", str(len(f["rows"]))]]
    story.append(Table(data, colWidths=[4 * cm, 3 * cm], hAlign="LEFT",
                       style=grid_style([("FONT", (0, 0), (-1, -1), "Sans", 9), ("FONT", (0, 0), (-1, 0), "Sans-B", 9),
                                         ("FONT", (0, -1), (-1, -1), "Sans-B", 9),
                                         ("ALIGN", (1, 0), (1, -1), "RIGHT")])))

    def deco(c, n, tot):
        hf(c, W, H, left="Regjeringens oppfølging av NKPS – rapport 2020", foot=f"Side {n} av {tot}",
           foot_align="right")
    build(path, story, A4, deco=deco, title="Regjeringens oppfølging av NKPS 2020", author="Kunnskapsdepartementet")


# ---------------------------------------------------------------------------
def unio2021(f, path):
    PS = landscape(A4)
    W, H = PS
    body = S("b", "Sans", 10, leading=13)
    cst = S("c", "Sans", 8.5, leading=10.5, after=0)
    cb = S("cb", "Sans", 8.5, leading=10.5, after=0, bold=True)
    hd = S("h", "Sans", 8.5, leading=10.5, after=0, bold=True, color=colors.white)
    widths = [4.6 * cm, 8.4 * cm, 4.8 * cm, 2.4 * cm, 2.2 * cm, 3.6 * cm]
    story = [P("Unios rapportering til Kompetansepolitisk råd 2021", S("t", "Sans", 16, bold=True, after=6,
                                                                         color=colors.HexColor("#E3051B"))),
             P("Unio er hovedorganisasjonen for 13 fagforbund med medlemmer i blant annet skole, helse og politi. "
               "Unio har i 2021 arbeidet for at alle ansatte skal få tid og rett til etter- og videreutdanning. "
               "Tabellen viser tiltakene Unio rapporterer for 2021. I kolonnen «Hvem» står den som har ansvaret "
               "først.", body),
             P("Tiltakene er valgt ut fordi de følger opp strategiens delmål. Unios øvrige arbeid med lønn og "
               "arbeidsvilkår er omtalt kort til slutt.", body), Spacer(1, 4)]
    hdr = ["Tiltak", "Hva går det ut på", "Hvem", "Når", "Art", "Mål i NKPS"]

    def row(r):
        desc = e(r["desc"])
        if r["x"].get("note"):
            desc = desc + "<super>1</super>"
        return [P(r["title"], cb), Paragraph(desc, cst), P(f"{r['resp']} i samarbeid med {og(r['partners'])}", cst),
                P(r["period"], cst), P(r["type_p"], cst), P(og(r["delmal"]), cst)]
    rows = f["rows"]
    d1 = [[P(h, hd) for h in hdr]] + [row(r) for r in rows[:3]]
    d2 = [row(r) for r in rows[3:]]
    st1 = grid_style(header_bg=colors.HexColor("#595959"))
    story += [Table(d1, colWidths=widths, style=st1), PageBreak(), Table(d2, colWidths=widths, style=grid_style()),
              Spacer(1, 12), P("Andre saker Unio har arbeidet med", S("h2", "Sans", 11, bold=True, after=3)),
              P("Unio har i 2021 også arbeidet med lønnsoppgjøret, pensjon og arbeidstid i turnus. Dette er ikke "
                "tiltak i oppfølgingen av strategien og er derfor ikke tatt med i tabellen. Unio deltok på møtene i "
                "Kompetansepolitisk råd i juni og desember.", body)]

    def deco(c, n, tot):
        hf(c, W, H, left="Unio – rapportering til Kompetansepolitisk råd 2021", right="1. desember 2021",
           foot=f"{n}", foot_align="center", margin=1.8 * cm)
        if n == 1:
            c.saveState()
            c.setStrokeColor(LGREY)
            c.line(1.8 * cm, 2.05 * cm, 7 * cm, 2.05 * cm)
            c.setFont("Sans", 7.5)
            c.drawString(1.8 * cm, 1.7 * cm, "1 Proba-rapport 2021-3: Finansiering av etter- og videreutdanning i "
                                            "Norden.")
            c.restoreState()
    build(path, story, PS, margins=(1.8 * cm, 1.8 * cm, 2.0 * cm, 2.4 * cm), deco=deco,
          title="Unio NKPS 2021", author="Unio")


# ---------------------------------------------------------------------------
def spekter2022(f, path):
    W, H = A4
    body = S("b", "Sans", 10.5, leading=14, after=3)
    h2 = S("h2", "Sans", 12.5, bold=True, before=12, after=4, color=colors.HexColor("#00305E"))
    story = [P("Spekters rapportering til Kompetansepolitisk råd 2022", S("t", "Sans", 17, bold=True, after=8,
                                                                            color=colors.HexColor("#00305E"))),
             P("Spekter organiserer virksomheter i helse, samferdsel, kultur og andre sektorer med offentlig "
               "tilknytning. Spekter rapporterer her tiltak som følger opp Nasjonal kompetansepolitisk strategi. "
               "Vi bruker de samme overskriftene som i skjemaet Kompetanse Norge sendte ut i 2017, men har lagt til "
               "type tiltak.", body),
             P("Spekter har i 2022 særlig arbeidet med rekruttering av helsefagarbeidere og kompetanseutvikling i "
               "helseforetakene etter pandemien. Flere tiltak er felles med arbeidstakerorganisasjonene.", body),
             P("Tiltakene er nummerert fortløpende. Nummeret er bare for å gjøre det enkelt å vise til tiltakene i "
               "rådsmøtet.", body),
             Spacer(1, 2)]
    for n, r in enumerate(f["rows"], 1):
        story.append(P(f"Tiltak {n} – {r['title']}", h2))
        for lab, val in (("Relasjon til delmål:", "delmål " + og(r["delmal"])), ("Type tiltak:", r["type_p"]),
                         ("Ansvarlig og samarbeidspartnere:", r["x"]["ansvar_s"]), ("Beskrivelse:", r["desc"]),
                         ("Tidspunkt og varighet:", r["period"])):
            story.append(Paragraph(f"<b>{e(lab)}</b> {e(val)}", body))
    story.append(P("Arrangementer Spekter har deltatt på i 2022", h2))
    story += bullets(["Kompetansepolitisk råd, 4. mars og 28. oktober",
                      "Arendalsuka: Spekters debatt om helsefagarbeiderne",
                      "HK-dirs konferanse om bransjeprogram, 15. november"], S("bl", "Sans", 10.5, left=12, after=1))

    def deco(c, n, tot):
        hf(c, W, H, left="Spekter", right="Rapportering til Kompetansepolitisk råd 2022",
           foot=f"Side {n} av {tot}", foot_align="right")
    build(path, story, A4, deco=deco, title="Spekter NKPS 2022", author="Spekter")


# ---------------------------------------------------------------------------
def lo2023(f, path):
    W, H = A4
    body = S("b", "Sans", 10.5, leading=14)
    h = S("h", "Sans", 12, bold=True, before=12, after=4, color=colors.HexColor("#B00000"))
    bl = S("bl", "Sans", 10.5, leading=14, left=14, after=5)
    story = [P("LOs rapportering til Kompetansepolitisk råd 2023", S("t", "Sans", 17, bold=True, after=8)),
             P("LO rapporterer tiltakene under de delmålene i strategien de hører til. For hvert tiltak står "
               "perioden i parentes etter navnet, deretter en kort omtale, ansvar, samarbeidspartnere og type.",
               body)]
    heads = []
    for r in f["rows"]:
        if r["x"]["head"] not in heads:
            heads.append(r["x"]["head"])
    heads.insert(2, "Karriereveiledning")
    for hd in heads:
        story.append(P(hd, h))
        rs = [r for r in f["rows"] if r["x"]["head"] == hd]
        if not rs:
            story.append(P("Ingen nye tiltak i 2023.", S("i", "Sans", 10.5, italic=True, color=GREY)))
        for r in rs:
            txt = (f"<b>{e(r['title'])}</b> ({e(r['period'])}): {e(r['desc'])} Ansvar: {e(r['resp'])}. "
                   f"Med: {e(', '.join(r['partners']))}. Type: {e(r['type_p'])}.")
            story.append(Paragraph(txt, bl, bulletText="•"))
    story.append(P("LOs prioriteringer for 2024", h))
    story += bullets(["En lovfestet rett til etter- og videreutdanning for alle arbeidstakere.",
                      "Flere læreplasser i offentlig sektor.",
                      "Bedre finansiering av fagskolene."], bl)

    def deco(c, n, tot):
        hf(c, W, H, left="LO – Rapportering til Kompetansepolitisk råd 2023", foot=f"Side {n} av {tot} · 14.12.2023",
           foot_align="right")
    build(path, story, A4, deco=deco, title="LO 2023", author="LO")


# ---------------------------------------------------------------------------
def vest2023(f, path):
    W, H = A4
    body = S("b", "Serif", 10.5, leading=14)
    h1 = S("h1", "Sans", 16, bold=True, after=8, color=colors.HexColor("#1F4E79"))
    h2 = S("h2", "Sans", 12, bold=True, before=10, after=4, color=colors.HexColor("#1F4E79"))
    cst = S("c", "Sans", 7.5, leading=9.3, after=0)
    cb = S("cb", "Sans", 7.5, leading=9.3, after=0, bold=True)
    hd = S("h", "Sans", 7.5, leading=9.3, after=0, bold=True, color=colors.white)
    story = [P("4 Kompetanse og arbeidskraft", h1),
             P("4.1 Mål og nøkkeltal", h2),
             P("Fylkeskommunen skal bidra til at Vestland har den kompetansen arbeidslivet treng, og at fleire "
               "vaksne fullfører vidaregåande opplæring. Arbeidet følgjer opp Regional plan for kompetanse og "
               "arbeidskraft og Nasjonal kompetansepolitisk strategi. Kapittelet er òg fylkeskommunen si "
               "rapportering til Kompetansepolitisk råd for 2023.", body),
             Table([["Nøkkeltal", "2022", "2023"], ["Karrieresamtalar", "3 050", "3 400"],
                    ["Vaksne deltakarar i vidaregåande opplæring", "2 040", "2 150"],
                    ["Bedrifter med BIO-tilskot", "31", "38"], ["Nye lærekontraktar", "2 870", "2 900"]],
                   colWidths=[8 * cm, 2.2 * cm, 2.2 * cm], hAlign="LEFT",
                   style=grid_style([("FONT", (0, 0), (-1, -1), "Sans", 8.5), ("FONT", (0, 0), (-1, 0), "Sans-B", 8.5),
                                     ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                                     ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DEEAF6"))])),
             P("4.2 Tiltak i handlingsprogrammet", h2),
             P("Tabellen viser tiltaka i handlingsprogrammet for kompetanse og arbeidskraft. Kolonna HP viser "
               "nummeret i handlingsprogrammet, og kolonna NKPS-delmål viser kva delmål i den nasjonale strategien "
               "tiltaket følgjer opp.", body)]
    hdr = ["HP", "Tiltak i handlings-<br/>programmet", "Status 2023", "NKPS-<br/>delmål", "Ansvarleg / partnarar",
           "Periode", "Type"]
    data = [[Paragraph(x, hd) for x in hdr]]
    for r in f["rows"]:
        data.append([P(r["x"]["hp"], cst), P(r["title"], cb), P(r["desc"], cst), P(", ".join(r["delmal"]), cst),
                     P(f"{r['resp']} / {', '.join(r['partners'])}", cst), P(r["period"], cst), P(r["type_p"], cst)])
    story.append(Table(data, colWidths=[0.8 * cm, 3.0 * cm, 4.3 * cm, 1.8 * cm, 3.2 * cm, 1.8 * cm, 1.7 * cm],
                       repeatRows=1, style=grid_style(header_bg=colors.HexColor("#1F4E79"), pad=2)))
    story += [P("4.3 Økonomi", h2),
              P("Rekneskapen for kompetanseområdet viser eit mindreforbruk, mellom anna fordi færre bedrifter enn "
                "venta søkte BIO-midlar i første halvår.", body),
              Table([["Mill. kr", "Budsjett", "Rekneskap", "Avvik"], ["Karriere Vestland", "24,0", "23,1", "0,9"],
                     ["Vaksenopplæring", "212,5", "208,9", "3,6"], ["BIO", "18,0", "15,2", "2,8"],
                     ["Sum", "254,5", "247,2", "7,3"]],
                    colWidths=[5 * cm, 2.4 * cm, 2.4 * cm, 2.0 * cm], hAlign="LEFT",
                    style=grid_style([("FONT", (0, 0), (-1, -1), "Sans", 8.5), ("FONT", (0, 0), (-1, 0), "Sans-B", 8.5),
                                      ("FONT", (0, -1), (-1, -1), "Sans-B", 8.5), ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))]

    def deco(c, n, tot):
        hf(c, W, H, left="Vestland fylkeskommune · Årsrapport 2023", foot=f"{n + 56}", foot_align="right")
    build(path, story, A4, deco=deco, title="Årsrapport 2023 kap. 4", author="Vestland fylkeskommune")


# ---------------------------------------------------------------------------
def rog2024(f, path):
    W, H = A4
    body = S("b", "Sans", 10.5, leading=14)
    blue = colors.HexColor("#005B99")
    lab = S("l", "Sans", 8.5, bold=True, after=0, color=blue)
    val = S("v", "Sans", 8.5, after=3, leading=10.5)
    dsc = S("d", "Sans", 9.5, leading=12.5, after=0)
    ttl = S("tt", "Sans", 12, bold=True, after=0, color=colors.white)
    rows = f["rows"]
    # page of each card: cover = 1, two cards per page from page 2
    pages = [2 + i // 2 for i in range(len(rows))]
    toc = [[P(r["title"], S("toc", "Sans", 10.5, after=0)), P(str(p), S("tp", "Sans", 10.5, after=0,
                                                                        align=TA_RIGHT))]
           for r, p in zip(rows, pages)]
    toc.append([P("Kontakt", S("toc", "Sans", 10.5, after=0)), P(str(pages[-1] + 1), S("tp", "Sans", 10.5,
                                                                                        after=0, align=TA_RIGHT))])
    story = [Spacer(1, 3 * cm), P("Tiltakskort 2024", S("t", "Sans", 26, bold=True, color=blue, after=6)),
             P("Kompetanse og arbeidskraft", S("t2", "Sans", 16, color=GREY, after=20)),
             P("Rogaland fylkeskommune rapporterer tiltakene sine til Kompetansepolitisk råd som tiltakskort. "
               "Hvert kort viser hvilke delmål i Nasjonal kompetansepolitisk strategi tiltaket følger opp (NKPS), "
               "kategori (Kat.), ansvarlig (Ansv.), samarbeidspartnere (Samarb.) og periode (Per.).", body),
             Spacer(1, 14), P("Innhold", S("h", "Sans", 13, bold=True, after=6)),
             Table(toc, colWidths=[12 * cm, 2 * cm], hAlign="LEFT",
                   style=TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, LGREY),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0)])), PageBreak()]

    def card(r):
        facts = [P("NKPS:", lab), P(og(r["delmal"]), val), P("Kat.:", lab), P(r["type_p"], val), P("Ansv.:", lab),
                 P(r["resp"], val), P("Samarb.:", lab), P(", ".join(r["partners"]), val), P("Per.:", lab),
                 P(r["period"], val)]
        data = [[P(r["title"], ttl), ""], [facts, P(r["desc"], dsc)]]
        return Table(data, colWidths=[5.2 * cm, 11.4 * cm], rowHeights=[None, 7.0 * cm],
                     style=TableStyle([("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), blue),
                                       ("BOX", (0, 0), (-1, -1), 1, blue), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("LINEAFTER", (0, 1), (0, 1), 0.5, LGREY),
                                       ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                       ("BACKGROUND", (0, 1), (0, 1), colors.HexColor("#EEF4FA"))]))
    for i, r in enumerate(rows):
        story.append(card(r))
        if i % 2 == 0:
            story.append(Spacer(1, 1.2 * cm))
        elif i < len(rows) - 1:
            story.append(PageBreak())
    story.append(PageBreak())
    contact = Table([[P("Kontakt", ttl)],
                     [P("Seksjon for kompetanse og karriere, Rogaland fylkeskommune. Kontaktperson: Marte Skaar, "
                        "rådgiver. E-post: post@rogfk.no", dsc)]],
                    colWidths=[16.6 * cm],
                    style=TableStyle([("BACKGROUND", (0, 0), (0, 0), GREY), ("BOX", (0, 0), (-1, -1), 1, GREY),
                                      ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                                      ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    story.append(contact)

    def deco(c, n, tot):
        if n > 1:
            hf(c, W, H, foot=f"Rogaland fylkeskommune · side {n}", foot_align="right", rule=False)
    build(path, story, A4, deco=deco, title="Tiltakskort 2024", author="Rogaland fylkeskommune")


# ---------------------------------------------------------------------------
def ks2025(f, path):
    PS = landscape(A4)
    W, H = PS
    cst = S("c", "Sans", 8, leading=9.8, after=0)
    cb = S("cb", "Sans", 8, leading=9.8, after=0, bold=True)
    rows = f["rows"]
    story = [Table([[P("KS – tiltak rapportert til Kompetansepolitisk råd 2025", S("t1", "Sans", 11, bold=True,
                                                                                     after=0)), "",
                     P("Sist endret: 03.12.2025", S("t2", "Sans", 8, after=0, align=TA_RIGHT))]],
                   colWidths=[16 * cm, 4 * cm, 5.4 * cm], hAlign="LEFT",
                   style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 2)])), Spacer(1, 6)]
    hdr = ["Nr", "Tiltak", "Beskrivelse", "Eier", "Samarbeid", "Start", "Slutt", "Kategori"]
    data = [[P(h, cb) for h in hdr]]
    for n, r in enumerate(rows, 1):
        data.append([P(str(n), cst), P(r["title"], cst), P(r["desc"], cst), P(r["resp"], cst),
                     P(", ".join(r["partners"]), cst), P(r["x"]["start"], cst), P(r["x"]["end"], cst),
                     P(r["type_p"], cst)])
    data.append([P(str(len(rows) + 1), cst), "", "", "", "", "", "", ""])
    widths = [0.9 * cm, 5.0 * cm, 9.4 * cm, 1.6 * cm, 4.0 * cm, 1.2 * cm, 1.2 * cm, 2.0 * cm]
    gs = grid_style([("ALIGN", (5, 1), (6, -1), "RIGHT"), ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black)],
                    gcolor=colors.HexColor("#BFBFBF"), pad=2)
    story += [Table(data, colWidths=widths, repeatRows=1, style=gs), PageBreak()]
    pairs = [[P("Nr", cb), P("Delmål", cb)]]
    for n, r in enumerate(rows, 1):
        for c in r["delmal"]:
            pairs.append([P(str(n), cst), P(c, cst)])
    story.append(Table(pairs, colWidths=[1.5 * cm, 2.2 * cm], hAlign="LEFT", repeatRows=1,
                       style=grid_style([("LINEBELOW", (0, 0), (-1, 0), 1, colors.black)],
                                        gcolor=colors.HexColor("#BFBFBF"), pad=2)))
    state = {"sheet": "Tiltak"}

    from reportlab.platypus.flowables import Flowable

    class Marker(Flowable):
        def __init__(self, name):
            super().__init__()
            self.name = name

        def wrap(self, aw, ah):
            return (0, 0)

        def draw(self):
            state["sheet"] = self.name
            self.canv._sheet = self.name

    story.insert(len(story) - 1, Marker("Delmål"))
    story.insert(0, Marker("Tiltak"))

    def deco(c, n, tot):
        sheet = getattr(c, "_sheet", "Tiltak")
        hf(c, W, H, left="KS_NKPS_2025.xlsx", right=sheet, foot=f"Side {n} av {tot}", foot_align="center",
           rule=False, margin=1.5 * cm)
    build(path, story, PS, margins=(1.5 * cm, 1.5 * cm, 1.9 * cm, 1.6 * cm), deco=deco,
          title="KS_NKPS_2025.xlsx", author="KS")


RENDERERS = {
    "2017_LO_rapport.pdf": lo2017,
    "2018_KS_rapport.pdf": ks2018,
    "2018_NAV_brev.pdf": nav2018,
    "2019_Virke_rapport.pdf": virke2019,
    "2020_Regjeringen_rapport.pdf": reg2020,
    "2021_Unio_rapport.pdf": unio2021,
    "2022_Spekter_rapport.pdf": spekter2022,
    "2023_LO_rapport.pdf": lo2023,
    "2023_Vestland_arsrapport.pdf": vest2023,
    "2024_Rogaland_tiltakskort.pdf": rog2024,
    "2025_KS_tiltaksliste.pdf": ks2025,
}
