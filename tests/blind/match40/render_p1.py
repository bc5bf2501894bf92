# -*- coding: utf-8 -*-
"""PDF renderers, part 1: Regjeringen 2017, Kompetanse Norge 2018, Unio 2018, Trøndelag 2019, Virke 2020,
Vestland 2020 (nn)."""
from pdfkit import (S, P, e, build, grid_style, cm, mm, A4, landscape, colors, Table, TableStyle, Spacer,
                    PageBreak, KeepTogether, TA_CENTER, TA_RIGHT)
from common import OLDNR, DM_NB, DM_SHORT, DM_NN, og

GREY = colors.HexColor("#666666")
LIGHT = colors.HexColor("#E8E8E8")


def _deco_simple(left, right_fmt, font="Sans", size=8, top=True):
    def deco(c, n, total):
        W, H = c._pagesize
        c.setFont(font, size)
        c.setFillColor(GREY)
        if top:
            c.drawString(2.2 * cm, H - 1.3 * cm, left)
        c.drawRightString(W - 2.2 * cm, 1.2 * cm, right_fmt.format(n=n, total=total))
    return deco


# 2 ---------------------------------------------------------------- Regjeringen 2017
def reg2017(f, path):
    b = S("b", size=10); h1 = S("h1", size=15, bold=True, after=8); h2 = S("h2", size=12, bold=True, before=10, after=5)
    sm = S("sm", size=8.5, leading=10.5, after=0); smb = S("smb", size=8.5, leading=10.5, bold=True, after=0)
    st = []
    hdr = [[P("Til:", smb), P("Sekretariatet for Kompetansepolitisk råd, Kompetanse Norge", sm)],
           [P("Fra:", smb), P("Kunnskapsdepartementet, Kompetansepolitisk avdeling", sm)],
           [P("Dato:", smb), P("15.11.2017", sm)],
           [P("Saksnr.:", smb), P("17/4312-6", sm)]]
    t = Table(hdr, colWidths=[2.2 * cm, 12 * cm]); t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [P("NOTAT", S("n", size=20, bold=True, after=6)), t, Spacer(1, 10),
           P("Oppfølging av Nasjonal kompetansepolitisk strategi – regjeringens tiltak 2017", h1),
           P("Departementene har bedt om at regjeringens tiltak rapporteres samlet. Tabellen nedenfor viser tiltakene "
             "sortert etter strategiens nummererte tiltak (1–16). Kolonnen «Dep.» viser ansvarlig departement. "
             "Nærmere omtale av hvert tiltak følger etter tabellen.", b)]
    rows = sorted(f["rows"], key=lambda r: OLDNR[r["delmal"][0]])
    data = [[P(x, smb) for x in ("Strategiens tiltak nr.", "Tiltak", "Dep.", "Type", "Samarbeid", "Tidsrom")]]
    spans = []
    prev = None; start = None
    for i, r in enumerate(rows, start=1):
        nr = ", ".join(str(OLDNR[c]) for c in r["delmal"])
        data.append([P(nr if nr != prev else "", sm), P(e(r["title"]), sm, esc=False), P(r["resp"], sm), P(r["tp"], sm),
                     P(", ".join(r["partners"]), sm), P(r["period"], sm)])
        if nr == prev:
            spans.append(i)
        prev = nr
    tbl = Table(data, colWidths=[2.0 * cm, 4.4 * cm, 1.2 * cm, 3.2 * cm, 3.8 * cm, 2.0 * cm], repeatRows=1)
    extra = [("BACKGROUND", (0, 0), (-1, 0), LIGHT)]
    for i in spans:  # merged look: remove the line between rows with the same strategy number
        extra.append(("LINEABOVE", (0, i), (0, i), 0.5, colors.white))
    tbl.setStyle(grid_style(extra))
    st += [tbl, Spacer(1, 4), P("Totalt " + str(len(rows)) + " tiltak.", S("i", size=8.5, italic=True)),
           P("Nærmere om tiltakene", h2)]
    for r in rows:
        st.append(P(f"<b>{e(r['title'])}</b>  –  {e(r['desc'])}", b, esc=False))
    st += [P("Tiltak per departement", h2)]
    cnt = {}
    for r in rows:
        cnt[r["resp"]] = cnt.get(r["resp"], 0) + 1
    ct = Table([[P("Departement", smb), P("Antall tiltak", smb)]] + [[P(k, sm), P(str(v), sm)] for k, v in cnt.items()]
               + [[P("Sum", smb), P(str(len(rows)), smb)]], colWidths=[5 * cm, 3 * cm])
    ct.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), LIGHT)]))
    st += [ct, Spacer(1, 14), P("Med hilsen<br/>Kunnskapsdepartementet", b, esc=False)]
    build(path, st, deco=_deco_simple("Kunnskapsdepartementet – notat 15.11.2017", "Side {n} av {total}"),
          title="Oppfølging av NKPS – regjeringens tiltak 2017", author="KD")


# 5 ---------------------------------------------------------------- Kompetanse Norge 2018
def kn2018(f, path):
    b = S("b", font="Serif", size=10.5); h1 = S("h1", size=16, bold=True, after=8, before=6)
    h3 = S("h3", size=11.5, bold=True, before=10, after=3, color=colors.HexColor("#1F4E79"))
    sm = S("sm", size=8.5, after=0); smb = S("smb", size=8, bold=True, after=0, color=GREY)
    st = [P("Kompetanse Norge", S("x", size=11, color=GREY)),
          P("Rapport til Kompetansepolitisk råd 2018", S("t", size=20, bold=True, after=14)),
          P("1 Innledning", h1),
          P("Kompetanse Norge følger opp Nasjonal kompetansepolitisk strategi både gjennom egne tiltak og gjennom "
            "oppdrag fra Kunnskapsdepartementet. Kompetanse Norge er ansvarlig for tiltakene i kapittel 2. "
            "Samarbeidspartnere er oppgitt for hvert tiltak. Kapittel 3 gir noen tall for ordningene vi forvalter.", b),
          P("2 Tiltak", h1)]
    for i, r in enumerate(f["rows"], start=1):
        fact = Table([[P("Delmål", smb), P("Type", smb), P("Samarbeid", smb), P("Tid", smb)],
                      [P(" og ".join(r["delmal"]), sm), P(r["tp"], sm), P(", ".join(r["partners"]), sm), P(r["period"], sm)]],
                     colWidths=[2.2 * cm, 3.2 * cm, 8.2 * cm, 2.8 * cm])
        fact.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor("#1F4E79")),
                                  ("LINEBELOW", (0, 1), (-1, 1), 0.4, GREY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                  ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2F6FA"))]))
        st.append(KeepTogether([P(f"2.{i} {e(r['title'])}", h3, esc=False), P(r["desc"], b), fact]))
    st += [P("3 Statistikk", h1), P("Tabell 1 viser søknader og tilsagn i ordningene Kompetanse Norge forvalter.", b)]
    t = Table([["Ordning", "Søknader", "Tilsagn", "Mill. kr"], ["Kompetansepluss arbeid", "412", "240", "96,5"],
               ["Kompetansepluss frivillighet", "188", "131", "32,0"], ["Fleksible videreutdanningstilbud", "47", "19", "25,0"],
               ["Sum", "647", "390", "153,5"]], colWidths=[6 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm])
    t.setStyle(grid_style([("FONT", (0, 0), (-1, -1), "Sans", 8.5), ("FONT", (0, 0), (-1, 0), "Sans-B", 8.5),
                           ("FONT", (0, -1), (-1, -1), "Sans-B", 8.5)]))
    st += [t, P("Tabell 1. Tall per 31.12.2018.", S("c", size=8, italic=True, before=3))]
    build(path, st, deco=_deco_simple("Kompetanse Norge · Rapport 2018", "Kompetanse Norge · Rapport 2018 · side {n}", top=False),
          title="Rapport til Kompetansepolitisk råd 2018", author="Kompetanse Norge")


# 6 ---------------------------------------------------------------- Unio 2018 e-mail
def unio2018(f, path):
    b = S("b", size=10); mono = S("m", size=10); sm = S("sm", size=8.5, leading=10.5, after=0)
    smb = S("smb", size=8.5, bold=True, after=0); q = S("q", size=9.5, color=colors.HexColor("#1F3864"), left=8)
    st = [P("<b>Ingrid Solheim</b>", S("n", size=12, after=2), esc=False),
          Table([[P("<b>Fra:</b>", b, esc=False), P("Ingrid Solheim &lt;ingrid.solheim@unio.no&gt;", b, esc=False)],
                 [P("<b>Sendt:</b>", b, esc=False), P("tirsdag 4. desember 2018 14:12", b)],
                 [P("<b>Til:</b>", b, esc=False), P("Postmottak Kompetanse Norge", b)],
                 [P("<b>Emne:</b>", b, esc=False), P("SV: Rapportering til Kompetansepolitisk råd 2018", b)]],
                colWidths=[2 * cm, 13 * cm], style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]),
          Spacer(1, 6), P("Hei,", b),
          P("Her kommer Unios tiltak for 2018. Jeg har limt inn tabellen fra vårt interne dokument. Delmålene er skrevet "
            "med stikkord – si fra om dere trenger nummerene.", b)]
    data = [[P(x, smb) for x in ("Hva", "Hvem", "Når", "Delmål", "Type")]]
    for r in f["rows"]:
        data.append([P(f"<b>{e(r['title'])}</b><br/>{e(r['desc'])}", sm, esc=False),
                     P(f"{e(r['resp'])} (ansvar)<br/>Med: {e(', '.join(r['partners']))}", sm, esc=False),
                     P(r["period"], sm), P("<br/>".join(DM_SHORT[c] for c in r["delmal"]), sm, esc=False), P(r["tp"], sm)])
    t = Table(data, colWidths=[5.6 * cm, 3.6 * cm, 1.9 * cm, 3.6 * cm, 2.2 * cm], repeatRows=0)
    t.setStyle(grid_style([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    st += [t, Spacer(1, 8), P("Ha en fin dag!", b),
           P("Vennlig hilsen<br/>Ingrid Solheim<br/>Seniorrådgiver, Unio<br/>Tlf. 22 00 00 00 | www.unio.no", b, esc=False),
           P("Denne e-posten kan inneholde informasjon som er konfidensiell. Er du ikke rett mottaker, ber vi deg slette den.",
             S("d", size=7.5, color=GREY, before=4)),
           P("-----Opprinnelig melding-----", S("o", size=9.5, before=8)),
           P("<b>Fra:</b> Postmottak Kompetanse Norge<br/><b>Sendt:</b> 1. november 2018 09:03<br/><b>Emne:</b> Rapportering "
             "til Kompetansepolitisk råd 2018", q, esc=False),
           P("Til medlemmene i Kompetansepolitisk råd. Vi ber om at dere sender oppdatert oversikt over tiltak innen 5. desember. "
             "Oppgi for hvert tiltak: hva, hvem som er ansvarlig og samarbeidspartnere, når, delmål og type tiltak. "
             "Eksempel: «Kurs for tillitsvalgte om kompetanseplaner – forbundet, 2018, delmål 2.2, kurs/utdanning».", q),
           P("Med vennlig hilsen<br/>Sekretariatet for Kompetansepolitisk råd", q, esc=False)]
    build(path, st, deco=_deco_simple("", "{n}", size=8, top=False), title="SV: Rapportering til Kompetansepolitisk råd 2018",
          author="Ingrid Solheim", margins=(1.8 * cm, 1.8 * cm, 1.8 * cm, 1.8 * cm))


# 7 ---------------------------------------------------------------- Trøndelag 2019 annual report
def trond2019(f, path):
    b = S("b", font="Serif", size=10.5, leading=14); h1 = S("h1", size=15, bold=True, after=8, color=colors.HexColor("#7A1F3D"))
    h2 = S("h2", size=11.5, bold=True, before=8, after=4); sm = S("sm", size=8.5, after=0); smb = S("smb", size=8.5, bold=True, after=0)
    r = {x["id"]: x for x in f["rows"]}
    st = [P("5.3 Kompetanse og kvalifisering", h1),
          P("Fylkeskommunen har et regionalt ansvar for kompetansepolitikken. Kapitlet omtaler de viktigste tiltakene i 2019. "
            "Tiltak som følger opp Nasjonal kompetansepolitisk strategi (NKPS) er samlet i tabell 5.4, som også sendes "
            "Kompetansepolitisk råd som fylkeskommunens rapport.", b)]
    kf = Table([[P("<b>Nøkkeltall 2019</b>", sm, esc=False), ""], ["Voksne i videregående opplæring", "2 870"],
                ["Lærekontrakter, voksne", "412"], ["Veiledningssamtaler, karrieresenteret", "5 640"]],
               colWidths=[7 * cm, 3 * cm], hAlign="LEFT")
    kf.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F4E9EE")), ("SPAN", (0, 0), (1, 0)),
                            ("FONT", (0, 1), (-1, -1), "Sans", 9), ("ALIGN", (1, 1), (1, -1), "RIGHT")]))
    st += [kf, Spacer(1, 8), P("Regionalt samarbeid", h2),
           P(f"Samarbeidet med de regionale partene er styrket. <b>{e(r['TR1']['title'])}</b> {e(r['TR1']['desc'])} "
             "Forumet har i år særlig drøftet behovet for helsefagarbeidere.", b, esc=False),
           P("Karriereveiledning", h2),
           P(f"<b>{e(r['TR2']['title'])}</b> {e(r['TR2']['desc'])}", b, esc=False),
           P(f"<b>{e(r['TR3']['title'])}</b>: {e(r['TR3']['desc'])}", b, esc=False),
           P("Kompetanse i arbeidslivet", h2),
           P(f"<b>{e(r['TR4']['title'])}</b> {e(r['TR4']['desc'])}", b, esc=False),
           P(f"<b>{e(r['TR5']['title'])}</b> {e(r['TR5']['desc'])}", b, esc=False),
           P("Fylkeskommunen har også deltatt i Kompetansepolitisk råd sitt møte i oktober og i KS sitt nettverk for "
             "fylkeskommunale kompetansesjefer.", b),
           P("Tabell 5.4 Tiltak som følger opp NKPS", h2)]
    data = [[P(x, smb) for x in ("Tiltak", "Delmål", "Type", "Samarbeidspartnere", "Periode")]]
    for x in f["rows"]:
        data.append([P(x["title"], sm), P(", ".join(x["delmal"]), sm), P(x["tp"], sm), P(", ".join(x["partners"]), sm), P(x["period"], sm)])
    t = Table(data, colWidths=[5 * cm, 1.8 * cm, 2 * cm, 5.2 * cm, 2.2 * cm], repeatRows=1)
    t.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F4E9EE"))]))
    st += [t, P("Ansvarlig for alle tiltakene: Trøndelag fylkeskommune.", S("n", size=8, italic=True, before=3)),
           P("Tabell 5.5 Økonomi, kompetanseområdet (1000 kr)", h2)]
    ek = Table([["Post", "Budsjett", "Regnskap"], ["Karrieresenteret", "14 200", "13 870"], ["Fagbrev på jobb", "3 500", "3 120"],
                ["Kompetanseforum", "600", "540"], ["Sum", "18 300", "17 530"]], colWidths=[6 * cm, 3 * cm, 3 * cm])
    ek.setStyle(grid_style([("FONT", (0, 0), (-1, -1), "Sans", 8.5), ("FONT", (0, 0), (-1, 0), "Sans-B", 8.5),
                            ("ALIGN", (1, 0), (-1, -1), "RIGHT")]))
    st += [ek]

    def deco(c, n, total):
        W, H = c._pagesize
        c.setFont("Sans", 8); c.setFillColor(GREY)
        c.drawString(2.2 * cm, H - 1.3 * cm, "Trøndelag fylkeskommune · Årsrapport 2019")
        c.drawRightString(W - 2.2 * cm, 1.2 * cm, str(46 + n))
    build(path, st, deco=deco, title="Årsrapport 2019 – kapittel 5.3", author="Trøndelag fylkeskommune")


# 10 --------------------------------------------------------------- Virke 2020 landscape
def virke2020(f, path):
    b = S("b", size=10); sm = S("sm", size=8.5, leading=10.5, after=2); smb = S("smb", size=8.5, bold=True, after=0)
    st = [P("Virkes rapportering til Kompetansepolitisk råd 2020", S("t", size=16, bold=True, after=6)),
          P("Tabellen viser tiltakene Virke har arbeidet med i 2020. Kolonnen «Virkes rolle» viser om Virke eier tiltaket "
            "eller deltar i et tiltak som andre eier.", b),
          P("Virke er hovedorganisasjon for virksomheter i handel, tjenesteyting og ideell sektor. Kompetanse er et av Virkes "
            "prioriterte politikkområder, og vi har i 2020 særlig vært opptatt av hvordan virksomhetene kan bruke perioder med "
            "permitteringer til opplæring, og av at etter- og videreutdanningstilbudene må være fleksible og bransjerettede. "
            "Virke har også fulgt opp arbeidet med kompetansereformen Lære hele livet gjennom innspill til departementene.", b)]
    data = [[P(x, smb) for x in ("Tiltak og beskrivelse", "Relevante delmål", "Virkes rolle", "Eier", "Samarbeid", "Type", "Tidsrom")]]
    for r in f["rows"]:
        desc = e(r["desc"])
        data.append([P(f"<b>{e(r['title'])}</b><br/>{desc}", sm, esc=False), P(", ".join(r["delmal"]), sm),
                     P("Eier" if r["resp"] == "Virke" else "Deltaker", sm), P(r["resp"], sm), P(", ".join(r["partners"]), sm),
                     P(r["tp"], sm), P(r["period"], sm)])
    t = Table(data, colWidths=[9.5 * cm, 2.2 * cm, 2 * cm, 2.8 * cm, 4.6 * cm, 2.3 * cm, 2.2 * cm], repeatRows=1, splitInRow=1)
    t.setStyle(grid_style([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7"))]))
    st += [Spacer(1, 40 * mm), t, Spacer(1, 6),
           P("Koronapandemien: Flere møter og samlinger ble gjennomført digitalt fra mars 2020. Ingen tiltak ble avlyst.",
             S("n", size=9, italic=True))]

    def deco(c, n, total):
        W, H = c._pagesize
        c.setFont("Sans-B", 11); c.setFillColor(colors.HexColor("#00505A"))
        c.drawString(1.8 * cm, H - 1.2 * cm, "virke")
        c.setFont("Sans", 8); c.setFillColor(GREY)
        c.drawRightString(W - 1.8 * cm, H - 1.2 * cm, "Rapportering NKPS 2020")
        c.drawRightString(W - 1.8 * cm, 1.0 * cm, f"{n}")
    build(path, st, pagesize=landscape(A4), margins=(1.8 * cm, 1.8 * cm, 2.0 * cm, 1.6 * cm), deco=deco,
          title="Virkes rapportering 2020", author="Virke")


# 12 --------------------------------------------------------------- Vestland 2020 nynorsk
def vestland2020(f, path):
    b = S("b", size=10); tt = S("tt", size=12, bold=True, before=10, after=4); sm = S("sm", size=9, after=0)
    smb = S("smb", size=9, bold=True, after=0)
    st = [P("Vestland fylkeskommune", S("x", size=10, color=GREY)),
          P("Rapportering til Kompetansepolitisk råd 2020", S("t", size=17, bold=True, after=8)),
          P("Vestland fylkeskommune vart oppretta 1. januar 2020. Rapporten viser tiltak som fylkeskommunen har sett i gang "
            "eller vidareført frå dei tidlegare fylkeskommunane. Statusteikna er forklart nedst.", b)]
    for i, r in enumerate(f["rows"], start=1):
        st.append(P(f"{i}. {e(r['title'])}", tt, esc=False))
        rows = [("Delmål i NKPS", " og ".join(r["delmal"])), ("Ansvarleg", r["resp"]), ("Partnarar", ", ".join(r["partners"])),
                ("Type tiltak", r["tp"]), ("Periode", r["period"] + ("  ○" if r["id"] == "V3" else "  ●")), ("Om tiltaket", r["desc"])]
        t = Table([[P(a, smb), P(v, sm)] for a, v in rows], colWidths=[3.4 * cm, 13 * cm], repeatRows=0)
        t.setStyle(grid_style([("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EAF1E4"))]))
        st.append(t)
    st += [Spacer(1, 10), P("Status: ● i gang   ○ under arbeid, ikkje vedteke", S("l", size=8.5, color=GREY)),
           P("Kontakt: Seksjon for kompetanse, Vestland fylkeskommune, postmottak@vlfk.no", S("k", size=8.5, color=GREY))]
    build(path, st, deco=_deco_simple("Vestland fylkeskommune – NKPS 2020", "Side {n}"), title="Rapportering 2020",
          author="Vestland fylkeskommune")


RENDER_P1 = {"2017_Regjeringen_notat.pdf": reg2017, "2018_KompetanseNorge_rapport.pdf": kn2018, "2018_Unio_epost.pdf": unio2018,
             "2019_Trondelag_arsrapport.pdf": trond2019, "2020_Virke_rapport.pdf": virke2020,
             "2020_Vestland_rapport_nn.pdf": vestland2020}
