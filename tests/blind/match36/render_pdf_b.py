# -*- coding: utf-8 -*-
from pdf_common import *
from common import codes, DELMAL
from reportlab.lib.pagesizes import A4

def unio2022(f, path):
    S = styles("DV", 10)
    ms = {m["tiltak_id"]: m for m in f["measures"]}
    secs = [("Gjennomført i 2022", ["U1", "U3", "U2"]), ("Pågående", ["T03", "T16", "T19"])]
    st = [P("Unio – hovedorganisasjonen for universitetsutdannede", S["small"]), P("Unios rapport til Kompetansepolitisk råd 2022", S["h1"]),
          P("Innledning", S["h2"]),
          P("Unio og forbundene har i 2022 arbeidet videre med etter- og videreutdanning for medlemmene. Tiltakene er ordnet etter status.", S["body"])]
    for h, ids in secs:
        st.append(P(h, S["h2"]))
        for k in ids:
            m = ms[k]
            fl = f"Delmål {codes(m['delmal'])} — {m['tp']} — Ansvar: {m['responsible']}" + (f" — Med: {', '.join(m['partners'])}" if m["partners"] else "") + f" — Tid: {m['period']}"
            st += [P(f"<b>{esc(m['title'])}</b>", S["body"]), P(esc(fl), S["small"]), P(esc(m["description"]), S["body"])]
            if k == "U2":
                st.append(Spacer(1, 200))
    st.append(P("Planlagt – ikke startet", S["h2"]))
    st += [P("<b>Nettverk for hovedtillitsvalgte i helseforetakene</b>", S["body"]),
           P("Delmål 2.2 — Nettverk — Ansvar: Unio — Med: NSF — Tid: 2023", S["small"]),
           P("Planlagt oppstart våren 2023 dersom styret vedtar budsjettet.", S["body"]),
           P("<b>Unio-konferanse om livslang læring</b>", S["body"]),
           P("Delmål 2.2 — Arrangement — Ansvar: Unio — Tid: høsten 2023", S["small"]),
           P("Ideen er drøftet i sekretariatet; ikke besluttet.", S["body"])]
    build(path, st, footer=lambda p: f"Unio – side {p}")

def nho2023(f, path):
    S = styles("DV", 8.5)
    ms = sorted(f["measures"], key=lambda m: m["delmal"][0])
    head = ["", "Delmål", "Tiltak", "Beskrivelse", "Type", "Eier", "Partnere", "Periode"]
    data = [[P("<b>1 2 3</b>", S["cell"])] + [P(f"<b>{h}</b>", S["cell"]) for h in head[1:]]]
    ex = []
    grp = None; n = 0
    def sub(c, n):
        data.append([P("–", S["cell"]), P(f"<b>{c} Antall</b>", S["cell"]), "", "", "", "", "", P(f"<b>{n}</b>", S["cell"])])
        ex.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), colors.HexColor("#eeeeee")))
    for m in ms:
        c = m["delmal"][0]
        if grp is not None and c != grp:
            sub(grp, n); n = 0
        grp = c; n += 1
        data.append([P("│", S["cell"]), P("; ".join(m["delmal"]), S["cell"]), P(esc(m["title"]), S["cell"]), P(esc(m["description"]), S["cell"]),
                     P(esc(m["tp"]), S["cell"]), P(esc(m["responsible"]), S["cell"]), P(esc(", ".join(m["partners"])), S["cell"]), P(esc(m["period"]), S["cell"])])
    sub(grp, n)
    data.append([P("–", S["cell"]), P("<b>Totalt antall</b>", S["cell"]), "", "", "", "", "", P(f"<b>{len(ms)}</b>", S["cell"])])
    st = [grid(data, [8 * mm, 18 * mm, 48 * mm, 78 * mm, 18 * mm, 26 * mm, 40 * mm, 22 * mm], extra=ex)]
    build(path, st, land=True, header=lambda p: "NHO_NKPS_2023.xlsx – Tiltak", footer=lambda p: f"Side {p}")

def regj2024(f, path):
    S = styles("DS", 10.5)
    ms = f["measures"]
    fns = {1: "Kompetansepolitisk råd, sak 4/2023: «Rapportering fra rådsmedlemmene».", }
    pages = {1: [1], 2: [], 3: []}
    layout = [(1, ms[0:4]), (2, ms[4:8]), (3, ms[8:10])]
    st = [P("Kunnskapsdepartementet", S["small"]), P("Regjeringens oppfølging av NKPS 2024", S["h1"]),
          P("Bakgrunn", S["h2"]),
          P("Medlemmene i Kompetansepolitisk råd rapporterer hvert år om sine tiltak.<super>1</super> Her følger regjeringens tiltak for 2024. Mange av tiltakene ble rapportert også i tidligere år.", S["body"]),
          P("Budsjett", S["h2"]),
          P("I statsbudsjettet for 2024 er det bevilget om lag 1,3 mrd. kroner til kompetansetiltak, inkludert midler til bransjeprogrammene og Kompetanseprogrammet.", S["body"]),
          P("Tiltak", S["h2"])]
    fn = 2; k = 0
    for pg, chunk in layout:
        for m in chunk:
            k += 1
            fns[fn] = f"Delmål {codes(m['delmal'])}. {m['tp']}. Ansvar: {m['responsible']}. Med: {', '.join(m['partners'])}. Periode: {m['period']}."
            pages[pg].append(fn)
            st.append(P(f"{k}. <b>{esc(m['title'])}</b>: {esc(m['description'])}<super>{fn}</super>", S["body"]))
            fn += 1
        if pg < 3:
            st.append(PageBreak())
    def on_page(c, d):
        c.saveState()
        w, h = A4
        c.setFont("DS", 8)
        c.drawRightString(w - 20 * mm, 10 * mm, f"Side {d.page}")
        y = 62 * mm
        c.line(20 * mm, y + 4 * mm, 70 * mm, y + 4 * mm)
        for n in pages.get(d.page, []):
            from reportlab.platypus import Paragraph
            p = Paragraph(f"<super>{n}</super> {esc(fns[n])}", styles("DS", 9)["foot"])
            _, ph = p.wrap(w - 40 * mm, 30 * mm)
            p.drawOn(c, 20 * mm, y - ph)
            y -= ph + 2
        c.restoreState()
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=72 * mm)
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)

def vofo2025(f, path):
    S = styles("DS", 10)
    ms = {m["tiltak_id"]: m for m in f["measures"]}
    def meas(k):
        m = ms[k]
        fl = f"Delmål: {', '.join(m['delmal'])} · Type: {m['tp']} · Ansvarlig: {m['responsible']} · Partnere: {', '.join(m['partners'])} · Periode: {m['period']}"
        return [P(f"<b>{esc(m['title'])}</b> [NKPS] {esc(m['description'])}", S["body"]), P(esc(fl), S["ital"])]
    def other(t, x):
        return [P(f"<b>{t}</b> {x}", S["body"])]
    st = [P("3 Aktiviteter i 2025", S["h1"]),
          P("Studieforbundene gjennomførte i 2025 over 50 000 kurs. Aktiviteter som VOFO rapporterer til Kompetansepolitisk råd er merket [NKPS].", S["body"]),
          P("3.1 Kursvirksomhet", S["h2"])]
    rows = [["Studieforbund", "Kurs", "Timer", "Deltakere"], ["Studieforbundet AOF Norge", "9 812", "301 220", "98 004"],
            ["Studieforbundet Folkeuniversitetet", "12 410", "410 115", "120 330"], ["Studieforbundet kultur og tradisjon", "15 002", "388 700", "140 210"],
            ["Øvrige studieforbund", "13 901", "352 020", "131 870"], ["Sum", "51 125", "1 452 055", "490 414"]]
    st.append(grid(rows, [70 * mm, 25 * mm, 30 * mm, 30 * mm]))
    st.append(Spacer(1, 6))
    st += meas("O1") + meas("O2") + other("Kurs for kursledere.", "Studieforbundene tilbød pedagogiske kurs for over 2000 kursledere i 2025.")
    st.append(P("3.2 Politisk arbeid og samarbeid", S["h2"]))
    st += meas("T09") + meas("O3") + other("Høringsuttalelser.", "VOFO avga fem høringssvar, blant annet om ny voksenopplæringslov.")
    st.append(P("3.3 Kunnskap og arrangementer", S["h2"]))
    st += meas("O4") + meas("O5") + other("Nordisk samarbeid.", "VOFO deltok i nordisk nettverk for folkeopplysning (NVL).")
    build(path, st, header=lambda p: "VOFO – Årsrapport 2025", footer=lambda p: str(p + 11), font="DS")

LBL = [
 ("Delmål", "Type", "Ansvar", "Med", "Tid"),
 ("NKPS", "Virkemiddel", "Ansvarlig", "Partnere", "Periode"),
 ("Mål", "Hva slags", "Hvem", "Samarbeid", "Når"),
 ("Delmål", "Type", "Eier", "Partnere", "Tid"),
 ("NKPS", "Type", "Ansvarlig", "Med", "Periode"),
 ("Delmål", "Hva slags", "Ansvar", "Samarbeid", "Når"),
]
ORD = [(0, 1, 2, 3, 4), (2, 3, 4, 0, 1), (1, 0, 2, 3, 4), (4, 2, 3, 0, 1), (0, 2, 1, 4, 3), (2, 0, 1, 3, 4)]

def ks2026(f, path):
    S = styles("DV", 10)
    st = [P("NOTAT", S["h1"]), P("Til: HK-dir, sekretariatet for Kompetansepolitisk råd<br/>Fra: KS, avdeling for arbeidsgiverpolitikk<br/>Dato: 20.11.2026", S["body"]),
          P("Her er KS' tiltak for 2026. Punktene er skrevet av ulike rådgivere.", S["body"])]
    items = []
    for i, m in enumerate(f["measures"]):
        lab = LBL[i]; o = ORD[i]
        vals = [codes(m["delmal"]), m["tp"], m["responsible"], ", ".join(m["partners"]), m["period"]]
        subs = [ListItem(P(f"{lab[j]}: {esc(vals[j])}", S["body"]), value="–") for j in o if vals[j]]
        subs.append(ListItem(P(("Kort: " if i % 2 == 0 else "Om: ") + esc(m["description"]), S["body"]), value="–"))
        items.append(ListItem([P(f"<b>{esc(m['title'])}</b>", S["body"]), ListFlowable(subs, bulletType="bullet", start="–", leftIndent=14, bulletFontName="DV")]))
    st.append(ListFlowable(items, bulletType="bullet", start="•", bulletFontName="DV"))
    st.append(P("Ikke videreført", S["h3"]))
    st.append(ListFlowable([ListItem(P("<b>Bli lærling i kommunen</b> – kampanjen ble avsluttet i 2025 og rapporteres ikke lenger.", S["body"]))], bulletType="bullet", start="•", bulletFontName="DV"))
    st.append(P("Møter KS deltok i", S["h3"]))
    st.append(ListFlowable([ListItem(P(x, S["body"])) for x in ("Kompetansepolitisk råd 12. mars og 8. oktober 2026", "Programrådet for bransjeprogrammet, fire møter", "Nasjonalt forum for karriereveiledning, to møter")], bulletType="bullet", start="•", bulletFontName="DV"))
    build(path, st, footer=lambda p: f"{p}")

RENDER = {"2022_Unio_rapport.pdf": unio2022, "2023_NHO_oversikt.pdf": nho2023, "2024_Regjeringen_oppfolging.pdf": regj2024,
          "2025_VOFO_aarsrapport.pdf": vofo2025, "2026_KS_notat.pdf": ks2026}
