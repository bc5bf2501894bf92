# -*- coding: utf-8 -*-
"""PDF renderers, part 2: LO 2021, VOFO 2022, Innlandet 2023, KS 2024 form, Regjeringen 2026."""
from pdfkit import (S, P, e, build, grid_style, cm, mm, A4, landscape, colors, Table, TableStyle, Spacer,
                    PageBreak, KeepTogether, TA_CENTER, TA_RIGHT)
from common import DM_NB, DM_SHORT, AREA_NB, og

GREY = colors.HexColor("#666666")
LIGHT = colors.HexColor("#E8E8E8")


# 13 --------------------------------------------------------------- LO 2021
def lo2021(f, path):
    b = S("b", size=10); h1 = S("h1", size=15, bold=True, before=6, after=8, color=colors.HexColor("#C00000"))
    tt = S("tt", size=11, bold=True, before=10, after=2); lab = S("lab", size=10, after=1)
    cont = [r for r in f["rows"] if r["id"] in ("T01", "T02", "L1", "L2")]
    new = [r for r in f["rows"] if r not in cont]
    st = [Spacer(1, 6 * cm), P("LO", S("lo", size=40, bold=True, color=colors.HexColor("#C00000"), align=TA_CENTER)),
          P("Rapport til Kompetansepolitisk råd 2021", S("c", size=20, bold=True, align=TA_CENTER, after=10)),
          P("Landsorganisasjonen i Norge · desember 2021", S("c2", size=11, align=TA_CENTER, color=GREY)), PageBreak(),
          P("Innhold", h1)]
    toc = S("toc", size=10, after=2); toc2 = S("toc2", size=9.5, left=14, after=1, color=GREY)
    st.append(P("1 Innledning ........................................................................ 3", toc))
    st.append(P("2 Videreførte tiltak ................................................................ 3", toc))
    for r in cont:
        st.append(P(f"{e(r['title'])} ........ 3", toc2, esc=False))
    st.append(P("3 Nye tiltak .......................................................................... 4", toc))
    for r in new:
        st.append(P(f"{e(r['title'])} ........ 4", toc2, esc=False))
    st += [PageBreak(), P("1 Innledning", h1),
           P("LO rapporterer her tiltak som følger opp Nasjonal kompetansepolitisk strategi. Kapittel 2 omtaler tiltak som "
             "er videreført fra tidligere rapporter, kapittel 3 nye tiltak. For tiltak der LO deltar i et organ som andre eier, "
             "står eieren som ansvarlig.", b)]

    def measure(r):
        others = og(r["partners"])
        verb = "deltar" if len(r["partners"]) > 1 else "deltar"
        return KeepTogether([P(e(r["title"]), tt, esc=False),
                             P(f"<b>Relasjon til delmål:</b> {', '.join(r['delmal'])}", lab, esc=False),
                             P(f"<b>Ansvarlig og samarbeidspartnere:</b> {e(r['resp'])} er ansvarlig. {e(others)} {verb}.", lab, esc=False),
                             P(f"<b>Type:</b> {e(r['tp'])}", lab, esc=False), P(f"<b>Varighet:</b> {e(r['period'])}", lab, esc=False),
                             P(f"<b>Beskrivelse:</b> {e(r['desc'])}", lab, esc=False)])
    st.append(P("2 Videreførte tiltak", h1))
    st += [measure(r) for r in cont]
    st += [PageBreak(), P("3 Nye tiltak", h1)]
    st += [measure(r) for r in new]

    def deco(c, n, total):
        if n == 1:
            return
        W, H = c._pagesize
        c.setFont("Sans", 8); c.setFillColor(GREY)
        c.drawString(2.2 * cm, H - 1.3 * cm, "LO – Rapport til Kompetansepolitisk råd 2021")
        c.drawRightString(W - 2.2 * cm, 1.2 * cm, f"{n}")
    build(path, st, deco=deco, title="Rapport til Kompetansepolitisk råd 2021", author="LO")


# 16 --------------------------------------------------------------- VOFO 2022
def vofo2022(f, path):
    b = S("b", size=10); sm = S("sm", size=9, after=0); smb = S("smb", size=9, bold=True, after=0)
    tb = S("tb", size=10.5, bold=True, color=colors.white, after=0)
    st = [P("Kompetansepolitisk råd v/ sekretariatet i HK-dir", b), P("Oslo, 12. desember 2022", S("d", size=10, align=TA_RIGHT)),
          P("VOFOs rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2022", S("t", size=14, bold=True, before=8, after=6)),
          P("Voksenopplæringsforbundet (VOFO) er paraplyorganisasjon for studieforbundene. Mange av tiltakene under gjennomføres "
            "av studieforbundene selv, og VOFO har da en koordinerende rolle. Vi har brukt spørsmålene fra rapporteringsmalen "
            "som overskrifter i hver boks.", b)]
    for r in f["rows"]:
        rows = [[P(e(r["title"]), tb, esc=False), ""],
                [P("Mål i strategien", smb), P("<br/>".join(DM_NB[c] for c in r["delmal"]), sm, esc=False)],
                [P("Hvem har ansvaret", smb), P(r["resp"], sm)], [P("Hvem er med", smb), P(", ".join(r["partners"]), sm)],
                [P("Form", smb), P(r["tp"], sm)], [P("Når", smb), P(r["period"], sm)], [P("Om tiltaket", smb), P(r["desc"], sm)]]
        t = Table(rows, colWidths=[3.6 * cm, 12.8 * cm])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#2E5E4E")), ("SPAN", (0, 0), (1, 0)),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2E5E4E")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.HexColor("#B0C4BC"))]))
        st += [KeepTogether([t]), Spacer(1, 9)]
    st += [P("Kursstatistikk 2022", S("h", size=11, bold=True, before=6, after=4))]
    ks = Table([["", "Kurs", "Deltakere", "Timer"], ["Studieforbundene i alt", "41 230", "398 500", "1 620 000"],
                ["herav Kompetansepluss frivillighet", "410", "3 950", "41 000"], ["herav norsktrening", "1 820", "16 400", "52 300"]],
               colWidths=[6.5 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
    ks.setStyle(grid_style([("FONT", (0, 0), (-1, -1), "Sans", 8.5), ("FONT", (0, 0), (-1, 0), "Sans-B", 8.5),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    st += [ks, Spacer(1, 10), P("Med vennlig hilsen<br/>Voksenopplæringsforbundet<br/><br/>Generalsekretær", b, esc=False)]

    def deco(c, n, total):
        W, H = c._pagesize
        c.setFont("Sans-B", 13); c.setFillColor(colors.HexColor("#2E5E4E"))
        c.drawString(2.2 * cm, H - 1.4 * cm, "VOFO")
        c.setFont("Sans", 7.5); c.setFillColor(GREY)
        c.drawString(2.2 * cm, 1.2 * cm, "Voksenopplæringsforbundet · Postboks 9339 Grønland, 0135 Oslo · vofo.no")
        c.drawRightString(W - 2.2 * cm, 1.2 * cm, f"{n}/{total}")
    build(path, st, deco=deco, title="VOFO rapport NKPS 2022", author="VOFO")


# 18 --------------------------------------------------------------- Innlandet 2023 notat
def innlandet2023(f, path):
    b = S("b", font="Serif", size=10.5, leading=14); h2 = S("h2", size=12, bold=True, before=10, after=5)
    sm = S("sm", size=8.5, after=0); smb = S("smb", size=8.5, bold=True, after=0)
    r = {x["id"]: x for x in f["rows"]}
    hdr = Table([["Til:", "Fylkesutvalget"], ["Fra:", "Fylkesdirektøren, avdeling for videregående opplæring og kompetanse"],
                 ["Dato:", "06.11.2023"], ["Saksnr.:", "2023/18344-3"]], colWidths=[2.2 * cm, 13 * cm])
    hdr.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Sans-B", 9), ("FONT", (1, 0), (1, -1), "Sans", 9)]))
    st = [P("Innlandet fylkeskommune", S("x", size=10, color=GREY)), P("ORIENTERINGSNOTAT", S("o", size=16, bold=True, after=6)), hdr,
          P("Rapportering til Kompetansepolitisk råd 2023", S("t", size=13, bold=True, before=10, after=4)),
          P("Fylkeskommunen rapporterer hvert år til Kompetansepolitisk råd. Notatet orienterer fylkesutvalget om hva som "
            "rapporteres i år. Tiltakene er ordnet etter strategiens hovedinnsatsområder.", b)]

    def facts(ids):
        data = [[P(x, smb) for x in ("Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid", "Periode")]]
        for i in ids:
            x = r[i]
            data.append([P(x["title"], sm), P(", ".join(x["delmal"]), sm), P(x["tp"], sm), P(x["resp"], sm),
                         P(", ".join(x["partners"]), sm), P(x["period"], sm)])
        t = Table(data, colWidths=[4.2 * cm, 1.6 * cm, 1.8 * cm, 2.8 * cm, 4.4 * cm, 1.8 * cm])
        t.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), LIGHT)], pad=2))
        return [t, Spacer(1, 6)]

    def bt(i):
        return f"<b>{e(r[i]['title'])}</b> {e(r[i]['desc'])}"
    st += [P("Hovedinnsatsområde 1: " + AREA_NB["1"], h2),
           P(f"Det regionale samarbeidet er styrket. {bt('I1')} {bt('I2')} Planen gir retning for arbeidet fram mot 2030.", b, esc=False)]
    st += facts(["I1", "I2"])
    st += [P(f"{bt('I4')}", b, esc=False)] + facts(["I4"])
    st += [P(f"{bt('I5')} Tilbudet er et samarbeid med kommunene og lokalt næringsliv.", b, esc=False)] + facts(["I5"])
    st += [P("Hovedinnsatsområde 2: " + AREA_NB["2"], h2), P(bt("I3"), b, esc=False)] + facts(["I3"])
    st += [P("Hovedinnsatsområde 3: " + AREA_NB["3"], h2),
           P("Tiltakene for voksne med svak tilknytning til arbeidslivet er rapportert under område 1 og 2 (se delmål 3.1 i tabellene).", b),
           P("Oppsummering", h2)]
    s = Table([["Hovedinnsatsområde", "Antall tiltak"], ["1", "4"], ["2", "1"], ["3", "0"], ["Sum", "5"]], colWidths=[5 * cm, 3 * cm])
    s.setStyle(grid_style([("FONT", (0, 0), (-1, -1), "Sans", 9), ("FONT", (0, 0), (-1, 0), "Sans-B", 9)]))
    st += [s, Spacer(1, 8), P("Forslag til vedtak: Fylkesutvalget tar orienteringen til etterretning.", b)]

    def deco(c, n, total):
        W, H = c._pagesize
        c.setFont("Sans", 8); c.setFillColor(GREY)
        c.drawRightString(W - 2.2 * cm, H - 1.3 * cm, "Saksnr. 2023/18344-3")
        c.drawCentredString(W / 2, 1.2 * cm, f"Side {n} av {total}")
    build(path, st, deco=deco, title="Orienteringsnotat NKPS 2023", author="Innlandet fylkeskommune")


# 20 --------------------------------------------------------------- KS 2024 secretariat form
def ks2024(f, path):
    b = S("b", size=9.5); sm = S("sm", size=8.5, leading=10.5, after=0); smb = S("smb", size=8, bold=True, after=0)
    gi = S("gi", size=7, italic=True, color=GREY, after=0); ex = S("ex", size=8, italic=True, color=GREY, after=0)
    r = {x["id"]: x for x in f["rows"]}
    st = [P("Rapporteringsskjema – Kompetansepolitisk råd 2024", S("t", size=15, bold=True, after=4)),
          P("Fyll ut én rad per tiltak. Legg til rader ved behov. Frist 1. desember. Returneres til sekretariatet i HK-dir.", gi)]
    top = Table([["Rådsmedlem:", "KS"], ["Kontaktperson:", "Hanne Berg, seniorrådgiver"], ["Dato:", "28.11.24"]],
                colWidths=[3.2 * cm, 9 * cm], hAlign="LEFT")
    top.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Sans-B", 9), ("FONT", (1, 0), (1, -1), "Sans", 9),
                             ("LINEBELOW", (1, 0), (1, -1), 0.4, GREY)]))
    st += [Spacer(1, 4), top, Spacer(1, 8)]
    heads = [("Tiltak (navn)", ""), ("Delmål", "nr. eller tekst"), ("Type", "FoU, kurs/utdanning, råd/utvalg/nettverk, prosjekt, informasjon, arrangement"),
             ("Ansvarlig", ""), ("Samarbeidspartnere", ""), ("Periode", "fra–til"), ("Kort beskrivelse", "maks 300 tegn")]
    data = [[P(f"{h}<br/><font size=6.5 color='#666666'><i>{g}</i></font>" if g else h, smb, esc=False) for h, g in heads]]
    data.append([P(x, ex) for x in ("Eksempel: Kurs for ledere i kompetanseplanlegging", "2.2", "kurs/utdanning", "Organisasjonen",
                                   "Medlemmene", "2024", "Beskriv kort hva tiltaket går ut på.")])

    def row(x, dm=None):
        return [P(x["title"], sm), P(dm or ", ".join(x["delmal"]), sm), P(x["tp"], sm), P(x["resp"], sm),
                P(", ".join(x["partners"]), sm), P(x["period"], sm), P(x["desc"], sm)]
    data.append(row(r["T05"]))
    data.append(row(r["K1"]))
    data.append(row(r["T15"], dm="Karriereveiledning (1.3)"))
    a, c = r["T17"], r["T19"]
    two = lambda fa, fc: P(f"a) {e(fa)}<br/>b) {e(fc)}", sm, esc=False)
    data.append([two(a["title"], c["title"]), two(", ".join(a["delmal"]), ", ".join(c["delmal"])), two(a["tp"], c["tp"]),
                 two(a["resp"], c["resp"]), two(", ".join(a["partners"]), ", ".join(c["partners"])), two(a["period"], c["period"]),
                 two(a["desc"], c["desc"])])
    data.append(row(r["T06"]))
    data.append(row(r["K2"]))
    for _ in range(3):
        data.append([""] * 7)
    t = Table(data, colWidths=[5.4 * cm, 2.8 * cm, 3.0 * cm, 2.6 * cm, 3.6 * cm, 2.0 * cm, 6.6 * cm], repeatRows=1,
              rowHeights=[None] * (len(data) - 3) + [0.8 * cm] * 3)
    t.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9D9D9")),
                           ("BACKGROUND", (0, 1), (-1, 1), colors.HexColor("#F5F5F5"))]))
    st += [t, Spacer(1, 6), P("Merknader: Kompetanseløft 2025 og Menn i helse er slått sammen i én rad (a og b).", b)]

    def deco(c, n, total):
        W, H = c._pagesize
        c.setFont("Sans", 7.5); c.setFillColor(GREY)
        c.drawString(1.5 * cm, 1.0 * cm, "HK-dir · Sekretariatet for Kompetansepolitisk råd · Skjema 2024")
        c.drawRightString(W - 1.5 * cm, 1.0 * cm, f"Side {n} av {total}")
    build(path, st, pagesize=landscape(A4), margins=(1.5 * cm, 1.5 * cm, 1.5 * cm, 1.6 * cm), deco=deco,
          title="Rapporteringsskjema 2024", author="KS")


# 22 --------------------------------------------------------------- Regjeringen 2026
def reg2026(f, path):
    b = S("b", size=10); sm = S("sm", size=8.5, leading=10.5, after=0); smb = S("smb", size=8.5, bold=True, after=0)
    h1 = S("h1", size=15, bold=True, after=6)
    status = {"T09": "Avsluttet", "T17": "Avsluttet", "T05": "Avsluttes 2026", "R2": "Nytt"}
    foot = {"T08": "¹", "T14": "²"}
    rows = sorted(f["rows"], key=lambda x: x["delmal"][0].split(".")[0])
    st = [P("Regjeringens rapportering til Kompetansepolitisk råd 2026", h1),
          P("Tabellen viser regjeringens tiltak for å følge opp strategien, gruppert etter hovedinnsatsområde. Omtale av "
            "tiltakene står i vedlegget bak, nummerert som i tabellen.", b)]
    data = [[P(x, smb) for x in ("Nr.", "Tiltak", "Delmål", "Ansvarlig dep.", "Samarbeid", "Type", "Periode", "Status 2026")]]
    style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D6DCE4"))]
    area = None; nr = 0; numbered = []
    for x in rows:
        a = x["delmal"][0].split(".")[0]
        if a != area:
            data.append([P(f"<b>Hovedinnsatsområde {a}: {e(AREA_NB[a])}</b>", sm, esc=False)] + [""] * 7)
            i = len(data) - 1
            style += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#EEF1F5"))]
            area = a
        nr += 1; numbered.append((nr, x))
        data.append([P(str(nr), sm), P(e(x["title"]) + (f"<super>{foot[x['id']]}</super>" if x["id"] in foot else ""), sm, esc=False),
                     P(", ".join(x["delmal"]), sm), P(x["resp"], sm), P(", ".join(x["partners"]), sm), P(x["tp"], sm),
                     P(x["period"], sm), P(status.get(x["id"], "Videreført"), sm)])
    t = Table(data, colWidths=[1 * cm, 6.8 * cm, 1.8 * cm, 2.2 * cm, 5 * cm, 2.7 * cm, 2.2 * cm, 2.5 * cm], repeatRows=1)
    t.setStyle(grid_style(style))
    st += [t, Spacer(1, 4),
           P("¹ Ansvaret ble flyttet fra KD til AID i 2024.  ² Navnet ble endret i 2023.", S("fn", size=7.5, color=GREY)),
           PageBreak(), P("Vedlegg – omtale av tiltakene", h1)]
    for n, x in numbered:
        st.append(P(f"{n}. {e(x['desc'])}", b, esc=False))

    def deco(c, n, total):
        W, H = c._pagesize
        c.setFont("Sans", 8); c.setFillColor(GREY)
        c.drawString(1.8 * cm, H - 1.2 * cm, "Regjeringen · Oppfølging av Nasjonal kompetansepolitisk strategi · 2026")
        c.drawRightString(W - 1.8 * cm, 1.0 * cm, f"{n} / {total}")
    build(path, st, pagesize=landscape(A4), margins=(1.8 * cm, 1.8 * cm, 1.9 * cm, 1.6 * cm), deco=deco,
          title="Regjeringens rapportering 2026", author="KD")


RENDER_P2 = {"2021_LO_rapport.pdf": lo2021, "2022_VOFO_rapport.pdf": vofo2022, "2023_Innlandet_notat.pdf": innlandet2023,
             "2024_KS_skjema.pdf": ks2024, "2026_Regjeringen_rapport.pdf": reg2026}
