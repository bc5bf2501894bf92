# -*- coding: utf-8 -*-
"""PDF renderers: Innlandet 2021, NAV 2022, Regjeringen 2024, Vestland 2024 (nn), KS 2025."""
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Spacer, Table, TableStyle, PageBreak
from pdf_common import S, P, E, build, grid, fonts, auto_widths
from common import codes_join, CODES, AREAS_NB, WORDS_NN

GREY = colors.HexColor("#666666")


def _by_id(f):
    return {r["tiltak_id"]: r for r in f["rows"]}


# ---------------------------------------------------------------- Innlandet 2021 annual report chapter
def inn21(f, path):
    fonts()
    rows = _by_id(f)
    h1 = S(size=16, bold=True, after=8, color=colors.HexColor("#00594F"))
    h2 = S(size=12, bold=True, before=10, after=4, color=colors.HexColor("#00594F"))
    body = S(size=10.5, lead=14, after=5)
    c = S(size=8, lead=10, after=0)
    cb = S(size=8, lead=10, after=0, bold=True)
    st = [P("4 Utdanning og kompetanse", h1), P("4.1 Økonomi", h2),
          P("Sektoren ligger an til et mindreforbruk på 6,1 mill. kr, hovedsakelig fordi færre voksne enn ventet "
            "startet i videregående opplæring i vårhalvåret.", body)]
    bud = [["Mill. kr", "Regnskap per 31.08", "Budsjett 2021", "Prognose 2021", "Avvik"],
           ["Videregående opplæring", "1 402,3", "2 188,0", "2 184,5", "3,5"],
           ["Voksenopplæring og karriere", "41,8", "66,4", "63,9", "2,5"],
           ["Kompetanse og næring", "12,6", "21,0", "20,9", "0,1"], ["Sum", "1 456,7", "2 275,4", "2 269,3", "6,1"]]
    st.append(grid([[P(x, cb if (k == 0 or row[0] == "Sum") else c) for x in row] for k, row in enumerate(bud)],
                   [5.6 * cm, 3.0 * cm, 2.8 * cm, 2.8 * cm, 2.0 * cm],
                   [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEABOVE", (0, -1), (-1, -1), 0.8,
                                                                         colors.black)]))
    st.append(P("4.2 Status for tiltak i handlingsprogrammet", h2))
    st.append(P("Tabellen viser status per 31. august for tiltakene i handlingsprogrammet for utdanning og "
                "kompetanse. Kolonnen NKPS viser hvilket delmål i Nasjonal kompetansepolitisk strategi tiltaket "
                "følger opp.", body))
    heads = ("Mål", "Tiltak", "Virkemiddel", "Ansvar og partnere", "Tidsrom", "NKPS", "Status 31.08.")
    data = [[P(h, cb) for h in heads]]
    raw = [heads]
    spans = []
    for goal, ids in f["goals"]:
        start = len(data)
        for k, tid in enumerate(ids):
            r = rows[tid]
            raw.append([goal, r["title"] + " " + r["description"], r["type_printed"],
                        "Ansvar: %s Partnere: %s" % (r["responsible"], ", ".join(r["partners"])), r["period"],
                        codes_join(r["delmal"], ", "), r["status"]])
            data.append([P(goal, c) if k == 0 else "",
                         P("<b>%s</b><br/>%s" % (E(r["title"]), E(r["description"])), c, raw=True),
                         P(r["type_printed"], c),
                         P("Ansvar: %s<br/>Partnere: %s" % (E(r["responsible"]), E(", ".join(r["partners"]))), c,
                           raw=True),
                         P(r["period"], c), P(codes_join(r["delmal"], ", "), c), P(r["status"], c)])
        spans.append(("SPAN", (0, start), (0, len(data) - 1)))
    st.append(grid(data, auto_widths(raw, 17.0 * cm, [0.6, 8, 0, 1.2, 0, 0, 0], size=8, bold_cols=(1,)),
                   [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#CCE3E0")),
                    ("VALIGN", (0, 0), (-1, -1), "TOP")] + spans, repeat=1))
    st.append(P("4.3 Vesentlige avvik", h2))
    st.append(P("Utvidelsen av fagbrev på jobb til nye fag er forsinket fordi det har vært vanskelig å skaffe "
                "prøvenemnder i enkelte fag. Fylkeskommunen venter at alle 14 fag er i gang innen utgangen av 2022.",
                body))

    def draw(cv, n, tot):
        cv.setFont("Sans", 8)
        cv.setFillColor(GREY)
        cv.drawString(2.0 * cm, A4[1] - 1.3 * cm, "Tertialrapport 2/2021 · Innlandet fylkeskommune")
        cv.drawRightString(A4[0] - 2.0 * cm, 1.2 * cm, "Side %d av %d" % (n + 11, tot + 20))
    build(path, st, draw, margins=(2.0, 2.0, 2.2, 2.2), title="Tertialrapport 2 2021 – utdanning og kompetanse")


# ---------------------------------------------------------------- NAV 2022 Excel print
def nav22(f, path):
    fonts()
    c = S(font="Sans", size=8.5, lead=10.5, after=0)
    cb = S(font="Sans", size=8.5, lead=10.5, after=0, bold=True)
    items = []
    real = list(f["rows"])
    extra = list(f["extra_rows"])
    seq = [real[0], real[1], real[2], extra[0], real[3], real[4], extra[1], real[5]]
    data = [[P(h, cb) for h in ("ID", "Tiltak", "Beskrivelse", "NKPS-delmål", "Tiltakstype", "Ansvarlig",
                                "Samarbeid", "Fra", "Til", "Rapp. KPR")]]
    raw = [["ID", "Tiltak", "Beskrivelse", "NKPS-delmål", "Tiltakstype", "Ansvarlig", "Samarbeid", "Fra", "Til",
            "Rapp. KPR"]]
    for i, it in enumerate(seq, start=1):
        rid = "NAV-K%02d" % i
        if isinstance(it, dict):
            vals = [rid, it["title"], it["description"], it["dmx"], it["type_printed"], it["responsible"],
                    ", ".join(it["partners"]), it["fra"], it["til"], "Ja"]
        else:
            _, t, d, dm, ty, resp, part, fra, til = it
            vals = [rid, t, d, dm, ty, resp, part, fra, til, "Nei"]
        data.append([P(v, c) for v in vals])
        raw.append(vals)
    t = grid(data, auto_widths(raw, 26.6 * cm, [0, 3, 6, 0, 0, 0, 2, 0, 0, 0]),
             [("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#A0A0A0")),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
              ("VALIGN", (0, 0), (-1, -1), "TOP")], repeat=1)
    st = [P("Kompetansetiltak 2022 – oversikt til Kompetansepolitisk råd", S(size=12, bold=True, after=2)),
          P("Kilde: fagstab arbeid og kompetanse. Kolonnen «Rapp. KPR» viser om tiltaket rapporteres.",
            S(size=8.5, color=GREY, after=6)), t]
    pw, ph = landscape(A4)

    def draw(cv, n, tot):
        cv.setFont("Sans", 8)
        cv.drawString(1.5 * cm, ph - 1.0 * cm, "NAV_tiltak_kompetanse_2022.xlsx")
        cv.drawCentredString(pw / 2, ph - 1.0 * cm, "Tiltak 2022")
        cv.drawCentredString(pw / 2, 0.8 * cm, "Side %d av %d" % (n, tot))
    build(path, st, draw, pagesize=landscape(A4), margins=(1.5, 1.5, 1.6, 1.5), title="NAV_tiltak_kompetanse_2022")


# ---------------------------------------------------------------- Regjeringen 2024
def reg24(f, path):
    fonts()
    h1 = S(size=13.5, bold=True, before=12, after=5)
    h2 = S(size=11.5, bold=True, italic=True, before=8, after=4)
    body = S(size=10.5, lead=14, after=2)
    meta = S(size=8.5, lead=11, color=colors.HexColor("#7F7F7F"), after=9)
    st = [P("Oppfølging av Nasjonal kompetansepolitisk strategi 2024", S(size=17, bold=True, after=3)),
          P("Regjeringens rapport til Kompetansepolitisk råd", S(size=11, color=GREY, after=10)),
          P("1 Innledning", h1),
          P("Rapporten omtaler regjeringens viktigste tiltak i 2024. Strategiperioden er forlenget, og rådet har "
            "bedt om at tiltak som er videreført fra tidligere år, omtales kort. Vedlegg 1 viser hvilke delmål "
            "tiltakene bidrar til.", body), P("2 Tiltakene", h1)]
    for area in ("1", "2", "3"):
        st.append(P(AREAS_NB[area], h2))
        for r in f["rows"]:
            if r["area"] != area:
                continue
            st.append(P("<b>%s.</b> %s" % (E(r["title"]), E(r["description"])), body, raw=True))
            st.append(P(" · ".join(["Ansvar: " + r["responsible"], "Med: " + ", ".join(r["partners"]), r["period"],
                                    r["type_printed"]]), meta))
    st.append(P("3 Veien videre", h1))
    st.append(P("Regjeringen vil legge fram en stortingsmelding om kompetansepolitikken i 2025. Meldingen skal "
                "blant annet vurdere hvordan Kompetansepolitisk råd skal arbeide videre.", body))
    st.append(PageBreak())
    st.append(P("Vedlegg 1 Tiltakene fordelt på delmål", h1))
    c = S(font="DV", size=7, lead=8.5, after=0)
    cb = S(font="DV", size=6.5, lead=8, after=0, bold=True, align=1)
    head0 = [P("", cb)] + [P("Område 1", cb)] + [""] * 3 + [P("Område 2", cb)] + [""] * 5 + [P("Område 3", cb)] + \
        [""] * 5
    head1 = [P("Tiltak", S(font="DV", size=7, bold=True, after=0))] + [P(x, cb) for x in CODES]
    data = [head0, head1]
    for r in f["rows"]:
        data.append([P(r["title"], c)] + [P("●" if x in r["delmal"] else "", S(font="DV", size=8, align=1,
                                                                                  after=0)) for x in CODES])
    w = [6.1 * cm] + [0.66 * cm] * 16
    st.append(grid(data, w, [("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9A9A9A")),
                             ("SPAN", (1, 0), (4, 0)), ("SPAN", (5, 0), (10, 0)), ("SPAN", (11, 0), (16, 0)),
                             ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#E4E9F0")),
                             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (1, 0), (-1, -1), 1),
                             ("RIGHTPADDING", (1, 0), (-1, -1), 1)]))
    st.append(P("● = tiltaket bidrar til delmålet.", S(font="DV", size=8, italic=True, before=4)))

    def draw(cv, n, tot):
        cv.setFont("Sans", 8)
        cv.setFillColor(GREY)
        cv.drawString(2.2 * cm, A4[1] - 1.3 * cm, "Regjeringen · Oppfølging av NKPS 2024")
        cv.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "Side %d av %d" % (n, tot))
    build(path, st, draw, title="Oppfølging av NKPS 2024", author="Kunnskapsdepartementet")


# ---------------------------------------------------------------- Vestland 2024 (nynorsk, landscape)
def vest24(f, path):
    fonts()
    rows = _by_id(f)
    body = S(font="Serif", size=11, lead=14.5, after=6)
    small = S(font="Serif", size=9.5, lead=12, after=0, color=colors.HexColor("#555555"))
    tit = S(font="Serif", size=11, bold=True, before=8, after=2)
    grp = S(font="Sans", size=11.5, bold=True, before=12, after=2, color=colors.HexColor("#1F4E79"))

    def goal(dm):
        w = [WORDS_NN[x] for x in dm]
        return w[0][0].upper() + w[0][1:] + ("" if len(w) == 1 else " og " + " og ".join(w[1:]))
    ref = Table([[P("Vestland fylkeskommune", S(font="Sans", size=16, bold=True, color=colors.HexColor("#1F4E79"))),
                  P("Vår dato: 28.11.2024<br/>Vår referanse: 2024/18342-4<br/>Dykkar referanse: 24/0877<br/>"
                    "Sakshandsamar: rådgjevar, seksjon for vaksenopplæring og karriere", S(size=8.5, lead=11),
                    raw=True)]], colWidths=[9.0 * cm, 7.6 * cm])
    ref.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    st = [ref, Spacer(1, 14),
          P("Direktoratet for høgare utdanning og kompetanse (HK-dir)<br/>Postboks 1093<br/>5809 Bergen", body,
            raw=True), Spacer(1, 12),
          P("Rapportering til Kompetansepolitisk råd for 2024", S(font="Serif", size=12.5, bold=True, after=8)),
          P("Vi viser til brev frå HK-dir av 2. oktober 2024. Her er tiltaka Vestland fylkeskommune rapporterer for "
            "2024. Under kvart tiltak står målet i strategien tiltaket høyrer til, og kven som har ansvaret, kven vi "
            "samarbeider med, tidsrom og type tiltak.", body)]
    for g, ids in f["groups"]:
        st.append(P(g, grp))
        for tid in ids:
            r = rows[tid]
            st.append(P(r["title"], tit))
            st.append(P(r["description"], S(font="Serif", size=11, lead=14.5, after=2)))
            st.append(P("Mål i strategien: " + goal(r["delmal"]), small))
            st.append(P(" · ".join(["Ansvarleg: " + r["responsible"], "Saman med: " + ", ".join(r["partners"]),
                                    "Tidsrom: " + r["period"], "Type: " + r["type_printed"]]),
                        S(font="Serif", size=9.5, lead=12, after=6, color=colors.HexColor("#555555"))))
    st.append(P("Avslutta tiltak", grp))
    st.append(P(f["closed_text"], body))
    st += [Spacer(1, 8), P("Med helsing", body), Spacer(1, 4),
           P("fylkesdirektør opplæring og kompetanse", body), P("seksjonsleiar", body), Spacer(1, 6),
           P("Dokumentet er elektronisk godkjent og har difor inga handskriven underskrift.",
             S(font="Serif", size=9, italic=True)),
           P("Kopi til: Kompetanseforum Vestland", S(font="Serif", size=9))]

    def draw(cv, n, tot):
        cv.setFont("Sans", 7.5)
        cv.setFillColor(GREY)
        cv.drawString(2.2 * cm, 1.2 * cm, "Vestland fylkeskommune · Postboks 7900, 5020 Bergen · post@vlfk.no · "
                                          "Org.nr. 821 311 632")
        cv.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "Side %d av %d" % (n, tot))
    build(path, st, draw, title="Rapportering til Kompetansepolitisk råd for 2024", author="Vestland fylkeskommune")


# ---------------------------------------------------------------- KS 2025
def ks25(f, path):
    fonts()
    rows = _by_id(f)
    h1 = S(size=14, bold=True, before=12, after=6, color=colors.HexColor("#1C3F6E"))
    h2 = S(size=11.5, bold=True, before=9, after=3)
    lab = S(size=10, bold=True, after=0)
    val = S(size=10, after=0)
    body = S(size=10.5, lead=14, after=4)
    st = [P("KS' rapport til Kompetansepolitisk råd 2025", S(size=18, bold=True, after=6)),
          P("Innledning", S(size=12, bold=True, after=3)),
          P("KS rapporterer tiltak der KS har ansvar eller deltar aktivt. Kapittelinndelingen følger "
            "hovedinnsatsområdene i strategien; delmålet for hvert tiltak står i feltet «Delmål i NKPS».", body)]
    for sec, ids in f["sections"]:
        st.append(P("%s %s" % (sec, AREAS_NB[sec]), h1))
        for k, tid in enumerate(ids, start=1):
            r = rows[tid]
            st.append(P("%s.%d %s" % (sec, k, r["title"]), h2))
            lines = [("Delmål i NKPS:", codes_join(r["delmal"], " og ")), ("Type:", r["type_printed"]),
                     ("Ansvar:", r["responsible"]), ("Samarbeid:", ", ".join(r["partners"])),
                     ("Tidsrom:", r["period"])]
            t = Table([[P(a, lab), P(b, val)] for a, b in lines], colWidths=[3.4 * cm, 13.0 * cm])
            t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            st.append(t)
            st.append(P("Beskrivelse:", S(size=10, bold=True, before=4, after=1)))
            st.append(P(r["description"], body))
    st.append(P("Vedlegg: KS' representasjon i nasjonale organer", h1))
    rep = [("Organ", "Representant", "Periode"),
           ("Kompetansebehovsutvalget (KBU)", "Direktør for arbeidsgiverpolitikk", "2024–2027"),
           ("Samarbeidsrådet for yrkesopplæring (SRY)", "Avdelingsdirektør utdanning", "2024–2027"),
           ("Nasjonalt fagskoleråd", "Spesialrådgiver", "2024–2026"),
           ("Nasjonalt forum for karriereveiledning", "Seniorrådgiver", "Løpende"),
           ("Programrådet for helse og omsorg (bransjeprogram)", "Spesialrådgiver", "Løpende")]
    cc = S(size=9, after=0)
    st.append(grid([[P(x, cc) for x in row] for row in rep], [7.5 * cm, 6.0 * cm, 2.8 * cm],
                   [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8C8C8C")),
                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F2"))], repeat=1))

    def draw(cv, n, tot):
        cv.setFont("Sans", 8)
        cv.setFillColor(GREY)
        cv.drawString(2.2 * cm, A4[1] - 1.3 * cm, "KS · Rapport til Kompetansepolitisk råd 2025")
        cv.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, "Side %d" % n)
    build(path, st, draw, title="KS rapport 2025", author="KS")
