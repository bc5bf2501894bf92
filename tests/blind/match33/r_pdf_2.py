# -*- coding: utf-8 -*-
"""PDF renderers: VOFO 2019, Vestland 2020 (nn), LO 2021."""
from r_pdf_common import colors, cm, A4, landscape, TA_RIGHT, TA_CENTER, Spacer, KeepTogether, PageBreak, \
    style, P, build, grid, HR, esc, TableStyle, Table
from batch_common import AREAS_NB


def _og(p):
    if len(p) <= 1:
        return "".join(p)
    return ", ".join(p[:-1]) + " og " + p[-1]


# ---------------------------------------------------------------- VOFO 2019
def vofo_2019(f, path):
    W = A4[0] - 4.4 * cm
    body = style("b", size=10.5, leading=14.5, after=6)
    bul = style("bul", size=10.5, leading=14.5, left=0.6 * cm, first=-0.4 * cm, after=7)
    h = style("h", size=13, bold=True, color=colors.HexColor("#6B2C91"), before=12, after=6)
    s = [P("<font color='#6B2C91' size='22'><b>VOFO</b></font>&nbsp;&nbsp;&nbsp;Voksenopplæringsforbundet",
           style("logo", size=10, leading=26, after=14), raw=True),
         P("Rapport til Kompetansepolitisk råd 2019", style("t", size=17, bold=True, after=4)),
         P("Oslo, 27. september 2019", style("d", size=10, color=colors.HexColor("#555555"), after=12)),
         P("VOFO rapporterer her tiltakene vi har gjennomført i 2019 for å følge opp Nasjonal "
           "kompetansepolitisk strategi. Tiltakene er ordnet etter strategiens tre hovedinnsatsområder. For "
           "hvert tiltak står delmål, type tiltak, hvem som har ansvaret og samarbeidspartnere, og periode i "
           "parentes til slutt.", body)]
    box = Table([[P("<b>Om VOFO</b><br/>VOFO er paraplyorganisasjon for 14 studieforbund med over 500 "
                    "medlemsorganisasjoner. Studieforbundene arrangerer rundt 50 000 kurs hvert år, og mer enn "
                    "en halv million voksne deltar. VOFO har regionledd i alle fylker.",
                    style("box", size=10, leading=13.5, after=0), raw=True)]], colWidths=[W])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EFE7F4")),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    s += [Spacer(1, 4), box, Spacer(1, 6)]
    for a in ("1", "2", "3"):
        s.append(P(AREAS_NB[a], h))
        ms = [m for m in f["measures"] if m["d"][0][0] == a]
        if not ms:
            s.append(P("VOFO har ingen egne tiltak under dette innsatsområdet i 2019, men studieforbundene "
                       "tilbyr mange kurs for ansatte i arbeidslivet.", body))
        for m in ms:
            paren = "(%s – %s – %s med %s – %s)" % (m["dm"], m["tp"], m["r"], _og(m["p"]), m["per"])
            s.append(P("•&nbsp;&nbsp;<b>%s:</b> %s %s" % (esc(m["t"]), esc(m["ds"]), esc(paren)), bul, raw=True))
    s.append(P("Veien videre", h))
    s.append(P("I 2020 vil VOFO prioritere arbeidet med regionale kompetanseplaner og følge opp "
               "evalueringen. Vi deltar gjerne i videre samarbeid i rådet.", body))

    def draw(c, page, total):
        c.setFont("Sans", 8)
        c.setFillColor(colors.HexColor("#777777"))
        c.drawString(2.2 * cm, 1.2 * cm, "VOFO · Rapport til Kompetansepolitisk råd 2019")
        c.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "side %d" % page)

    build(path, s, draw, margins=(2.2 * cm, 2.2 * cm, 2.0 * cm, 2.0 * cm), title="VOFO rapport 2019")


# ---------------------------------------------------------------- Vestland 2020 (nynorsk)
def vestland_2020(f, path):
    W = A4[0] - 4.6 * cm
    body = style("b", size=10.5, leading=14, after=6)
    h1 = style("h1", size=14, bold=True, color=colors.HexColor("#00447C"), before=10, after=6)
    ht = style("ht", size=13, bold=True, color=colors.HexColor("#00447C"), before=14, after=5)
    kl = style("kl", size=10, bold=True, after=0)
    kv = style("kv", size=10, after=0)
    s = [P("Rapportering til Kompetansepolitisk råd 2020", style("t", size=18, bold=True, after=4)),
         P("Vestland fylkeskommune – Opplæring og kompetanse", style("st", size=11, color=colors.HexColor("#555555"), after=14)),
         P("Om rapporten", h1),
         P("Vestland fylkeskommune vart skipa 1. januar 2020. Rapporten omtalar tiltak som fylkeskommunen har "
           "ansvaret for og som følgjer opp Nasjonal kompetansepolitisk strategi. Kontaktpersonane kan svare på "
           "spørsmål om kvart tiltak. Tiltaka er ordna etter delmåla i strategien. Fleire av tiltaka byggjer "
           "vidare på arbeid som Hordaland og Sogn og Fjordane fylkeskommunar starta før samanslåinga, og "
           "nokre er framleis under planlegging.", body)]
    for m in f["measures"]:
        s.append(P(m["t"], ht))
        rows = [("Mål i strategien", "Delmål " + m["dm"]), ("Kategori", m["tp"]), ("Kven har ansvaret", m["r"]),
                ("Saman med", ", ".join(m["p"])), ("Når", m["per"])]
        t = Table([[P(a, kl), P(b, kv)] for a, b in rows], colWidths=[4.0 * cm, W - 4.0 * cm])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        t.hAlign = "LEFT"
        s += [t, Spacer(1, 4), P("Om tiltaket", style("ot", size=10.5, bold=True, after=1)), P(m["ds"], body)]
        first = m["contact"].split()[0].lower()
        last = m["contact"].split()[-1].lower()
        box = Table([[P("Kontaktperson: %s, rådgjevar · %s.%s@vlfk.no" % (m["contact"], first, last),
                        style("kp", size=9, color=colors.HexColor("#444444"), after=0))]], colWidths=[W])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEEEEE")),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
        box.hAlign = "LEFT"
        s.append(box)
    s.append(P("Vegen vidare", h1))
    s.append(P("I 2021 skal fylkeskommunen vedta den regionale planen og byrje arbeidet med eit handlingsprogram. "
               "Vi vurderer òg eit eige tilbod om karriererettleiing for tilsette i kommunane.", body))

    def draw(c, page, total):
        c.setFont("Sans", 8.5)
        c.setFillColor(colors.HexColor("#00447C"))
        c.drawString(2.3 * cm, A4[1] - 1.3 * cm, "Vestland fylkeskommune")
        c.setFillColor(colors.HexColor("#666666"))
        c.drawRightString(A4[0] - 2.3 * cm, 1.2 * cm, "Side %d av %d" % (page, total))

    build(path, s, draw, margins=(2.3 * cm, 2.3 * cm, 2.2 * cm, 2.0 * cm), title="Rapportering 2020")


# ---------------------------------------------------------------- LO 2021
def lo_2021(f, path):
    PS = landscape(A4)
    c9 = style("c", size=10.5, leading=13.5, after=0)
    c9b = style("cb", size=10.5, leading=13.5, bold=True, after=0)
    W = [2.0 * cm, 11.8 * cm, 6.2 * cm, 2.6 * cm, 3.5 * cm]
    s = [P("Rapportering på Nasjonal kompetansepolitisk strategi 2021", style("t", size=15, bold=True, after=4)),
         P("LO følger opp strategien gjennom egne tiltak og gjennom deltakelse i råd, utvalg og avtaler. "
           "Tabellen viser tiltakene for 2021. Tiltak som er videreført fra tidligere år, er tatt med på nytt. "
           "Under pandemien har mye av arbeidet handlet om permitterte og ledige medlemmer, og om å gjøre "
           "opplæringen digital. LO har også brukt plassene i råd og utvalg til å løfte behovet for fagbrev for "
           "voksne og bedre finansiering av etter- og videreutdanning.",
           style("i", size=10.5, leading=14, after=8))]
    data = [[P(h, c9b) for h in ["Delmål", "Tiltak og beskrivelse", "Hvem", "Form", "Når"]]]
    ms = f["measures"]
    i = 0
    fn = None
    while i < len(ms):
        m = ms[i]
        if m.get("pair") == "a":
            a, b = ms[i], ms[i + 1]
            data.append([P("a) %s<br/>b) %s" % (a["dm"], b["dm"]), c9, raw=True),
                         P("a) <b>%s</b><br/>%s<br/>b) <b>%s</b><br/>%s" % (esc(a["t"]), esc(a["ds"]), esc(b["t"]),
                                                                           esc(b["ds"])), c9, raw=True),
                         P("a) Ansvar: %s<br/>Med: %s<br/>b) Ansvar: %s<br/>Med: %s"
                           % (esc(a["r"]), esc(", ".join(a["p"])), esc(b["r"]), esc(", ".join(b["p"]))), c9, raw=True),
                         P("a) %s<br/>b) %s" % (a["tp"], b["tp"]), c9, raw=True),
                         P("a) %s<br/>b) %s" % (esc(a["per"]), esc(b["per"])), c9, raw=True)])
            i += 2
            continue
        title = esc(m["t"]) + ("¹" if m.get("footnote") else "")
        if m.get("footnote"):
            fn = m["footnote"]
        data.append([P(m["dm"], c9), P("<b>%s</b><br/>%s" % (title, esc(m["ds"])), c9, raw=True),
                     P("Ansvar: %s<br/>Med: %s" % (esc(m["r"]), esc(", ".join(m["p"]))), c9, raw=True),
                     P(m["tp"], c9), P(m["per"], c9)])
        i += 1
    t = Table(data, colWidths=W, repeatRows=0, splitInRow=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2DCDB")),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    t.hAlign = "LEFT"
    s.append(t)
    if fn:
        s.append(Spacer(1, 4))
        s.append(P("¹ " + fn, style("fn", size=8.5, after=0)))

    def draw(c, page, total):
        c.setFont("Sans", 8)
        c.setFillColor(colors.HexColor("#C8102E"))
        c.drawString(1.8 * cm, PS[1] - 1.1 * cm, "LO – Rapportering NKPS 2021")
        c.setFillColor(colors.HexColor("#666666"))
        c.drawRightString(PS[0] - 1.8 * cm, 0.9 * cm, "%d" % page)

    build(path, s, draw, pagesize=PS, margins=(1.8 * cm, 1.8 * cm, 1.7 * cm, 1.3 * cm), title="LO NKPS 2021")
