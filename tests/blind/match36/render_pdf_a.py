# -*- coding: utf-8 -*-
from pdf_common import *
from common import oldnr, codes, WORDS, WORDS_NN, DELMAL

def spekter2017(f, path):
    S = styles("DS", 10.5)
    st = [P("Spekter", S["small"]), P("Rapport til Kompetansepolitisk råd – oppfølging av Nasjonal kompetansepolitisk strategi 2017", S["h1"]),
          P("Sekretariatet har bedt om at hvert tiltak beskrives ut fra fire spørsmål. Svarene under hvert tiltak er nummerert etter spørsmålene:", S["body"]),
          P("(1) Hvilket tiltak i strategien (NKPS tiltak nr.) gjelder det, og hva slags tiltak er det?<br/>(2) Hvem er ansvarlig, og hvem samarbeider dere med?<br/>(3) Hva går tiltaket ut på?<br/>(4) Når gjennomføres tiltaket, og hvor lenge varer det?", S["body"]),
          P("Spekter rapporterer seks tiltak for 2017.", S["body"])]
    for i, m in enumerate(f["measures"], 1):
        resp = m["responsible"] + ("; samarbeid med " + ", ".join(m["partners"]) if m["partners"] else "")
        st.append(KeepTogether([P(f"Tiltak {i}: {esc(m['title'])}", S["h3"]),
            P(f"(1) Nr. {oldnr(m['delmal'])} – {m['tp']}", S["body"]),
            P("(2) " + esc(resp), S["body"]), P("(3) " + esc(m["description"]), S["body"]), P("(4) " + esc(m["period"]), S["body"])]))
    box = Table([[P("<b>Kontaktperson</b><br/>Kari Nordmann, fagdirektør kompetanse<br/>kari.nordmann@spekter.no · 23 08 40 00", S["small"])]], colWidths=[90 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eeeeee"))]))
    st += [Spacer(1, 8), box]
    build(path, st, footer=lambda p: f"Side {p}", font="DS")

def nho2018(f, path):
    S = styles("DV", 10)
    st = [P("Næringslivets Hovedorganisasjon", S["small"]), P("NHOs oppfølging av Nasjonal kompetansepolitisk strategi 2018", S["h1"]),
          P("1 Innledning", S["h2"]),
          P("NHO og landsforeningene arbeider bredt med kompetanse. Her rapporterer vi de tiltakene som følger opp delmålene i strategien. For hvert tiltak gir vi en kort beskrivelse og en faktaboks.", S["body"]),
          P("2 Tiltak i 2018", S["h2"])]
    for i, m in enumerate(f["measures"], 1):
        dm = "dm. " + codes(m["delmal"])
        lines = [f"<b>Periode:</b> {esc(m['period'])}", f"<b>Type:</b> {esc(m['tp'])}" + ("¹" if m["tiltak_id"] == "T06" else ""),
                 f"<b>Eier:</b> {esc(m['responsible'])}", f"<b>Partnere:</b> {esc(', '.join(m['partners']))}", f"<b>Delmål:</b> {dm}"]
        box = Table([[P("<br/>".join(lines), S["cell"])]], colWidths=[120 * mm])
        box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#e6e6e6")), ("LEFTPADDING", (0, 0), (-1, -1), 6)]))
        blk = [P(f"2.{i} {esc(m['title'])}", S["h3"]), P(esc(m["description"]), S["body"]), box]
        if m["tiltak_id"] == "T06":
            blk.append(P("¹ Regjeringen bruker betegnelsen «ordning»; NHO regner tiltaket som informasjon overfor bedriftene.", S["foot"]))
        st.append(KeepTogether(blk)); st.append(Spacer(1, 4))
    st.append(P("3 Oppsummering", S["h2"]))
    st.append(P("Tabellen viser hvor mange av NHOs tiltak som er knyttet til hvert delmål. Et tiltak kan telle under flere delmål.", S["body"]))
    cnt = {}
    for m in f["measures"]:
        for c in m["delmal"]:
            cnt[c] = cnt.get(c, 0) + 1
    rows = [["Delmål", "Antall tiltak"]] + [[c, str(n)] for c, n in sorted(cnt.items())] + [["Sum tiltak", str(len(f["measures"]))]]
    st.append(grid(rows, [40 * mm, 30 * mm]))
    build(path, st, header=lambda p: "NHO – Rapport til Kompetansepolitisk råd 2018", footer=lambda p: str(p))

def ys2018(f, path):
    S = styles("DV", 10)
    st = [P("YS – Yrkesorganisasjonenes Sentralforbund", S["small"]), P("Oversikt over YS' tiltak 2018", S["h1"]),
          P("Tabellen viser tiltakene YS og forbundene har gjennomført i 2018 for å følge opp Nasjonal kompetansepolitisk strategi. Tiltakene er gruppert etter hva slags tiltak det er.", S["body"])]
    groups = []
    for m in f["measures"]:
        if not groups or groups[-1][0] != m["tp"]:
            groups.append((m["tp"], []))
        groups[-1][1].append(m)
    head = [P("<b>%s</b>" % h, S["cell"]) for h in ("Tiltak", "Delmål", "Ansvar og partnere", "Tidsrom", "Om tiltaket")]
    data = [head]; ex = []
    for g, ms in groups:
        data.append([P(f"<b>{esc(g)} ({len(ms)})</b>", S["cell"]), "", "", "", ""])
        r = len(data) - 1
        ex += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), colors.HexColor("#cfe2f3"))]
        for m in ms:
            ap = esc(m["responsible"]) + ("<br/>Partnere: " + esc(", ".join(m["partners"])) if m["partners"] else "")
            data.append([P(esc(m["title"]), S["cell"]), P(codes(m["delmal"], " / ").replace(", ", " / "), S["cell"]), P(ap, S["cell"]),
                         P(esc(m["period"]), S["cell"]), P(esc(m["description"]), S["cell"])])
    data.append([P("<b>I alt 6 tiltak</b>", S["cell"]), "", "", "", ""]); r = len(data) - 1
    ex += [("SPAN", (0, r), (-1, r))]
    st.append(Spacer(1, 330))
    st.append(grid(data, [40 * mm, 18 * mm, 38 * mm, 22 * mm, 52 * mm], extra=ex))
    st.append(P("Tegnforklaring: Delmål oppgis med nummer i strategien (1.1–3.6). Tiltak i forbundenes regi er merket med forbundets navn.", S["small"]))
    build(path, st, header=lambda p: "YS · NKPS-rapportering 2018", footer=lambda p: f"Side {p} av 2")

def akad2019(f, path):
    S = styles("DV", 10)
    from common import NEW2OLD
    notes = {"T03": {"Samarbeid": "Tekna har bidratt"}, "T01": {"Tiltak": "se også 2018"}, "A3": {"Ansvarlig": "forbundets eget tiltak"},
             "A2": {"Tid": "rapport høsten 2019"}}
    st = [P("Akademikerne", S["small"]), P("Rapportering til Kompetansepolitisk råd 2019", S["h1"]),
          P("Akademikerne rapporterer seks tiltak. Kolonnen «Merknad» er sekretariatets interne kommentarer og er tatt med for ordens skyld.", S["body"])]
    for i, m in enumerate(f["measures"], 1):
        dm = ", ".join(f"{c} (tidl. nr. {NEW2OLD[c]})" for c in m["delmal"])
        n = notes.get(m["tiltak_id"], {})
        rows = [("Tiltak", m["title"]), ("Delmål", dm), ("Type", m["tp"]), ("Ansvarlig", m["responsible"]),
                ("Samarbeid", ", ".join(m["partners"])), ("Tid", m["period"]), ("Innhold", m["description"])]
        data = [[P("<b>Felt</b>", S["cell"]), P("<b>Opplysning</b>", S["cell"]), P("<b>Merknad</b>", S["cell"])]]
        for k, v in rows:
            data.append([P(k, S["cellb"]), P(esc(v), S["cell"]), P(esc(n.get(k, "")), S["cell"])])
        st += [P(f"Tiltak {i}", S["h3"]), grid(data, [28 * mm, 100 * mm, 40 * mm], repeat=0)]
        if i == 3:
            st.append(Spacer(1, 60))
    st += [P("Møter i Kompetansepolitisk råd 2019", S["h2"]),
           ListFlowable([ListItem(P(x, S["body"])) for x in ("Rådsmøte 7. februar 2019 – Kompetansereformen", "Rådsmøte 12. juni 2019 – Rapport fra ekspertutvalget for EVU", "Rådsmøte 3. desember 2019 – Oppsummering av rapporteringen")], bulletType="bullet", bulletFontName="DV")]
    build(path, st, footer=lambda p: f"Akademikerne – side {p}")

def vestland2020(f, path):
    S = styles("DV", 9)
    head = ["Nr", "Tiltak", "Delmål", "Type", "Ansvarleg", "Partnarar", "Periode"]
    data = [[P(f"<b>{h}</b>", S["cell"]) for h in head]]; ex = []
    for i, m in enumerate(f["measures"], 1):
        data.append([str(i), P(esc(m["title"]), S["cell"]), P(", ".join(m["delmal"]), S["cell"]), P(esc(m["tp"]), S["cell"]),
                     P(esc(m["responsible"]), S["cell"]), P(esc(", ".join(m["partners"])), S["cell"]), P(esc(m["period"]), S["cell"])])
        data.append(["", P("Skildring: " + esc(m["description"]), S["cell"]), "", "", "", "", ""])
        r = len(data) - 1
        ex.append(("SPAN", (1, r), (-1, r)))
        if i % 2 == 0:
            ex.append(("BACKGROUND", (0, r - 1), (-1, r), colors.HexColor("#f2f2f2")))
    data.append(["7", "", "", "", "", "", ""])
    t = grid(data, [10 * mm, 70 * mm, 20 * mm, 28 * mm, 40 * mm, 60 * mm, 30 * mm], extra=ex)
    st = [P("Sist oppdatert: 14.12.2020", S["small"]), Spacer(1, 4), t, Spacer(1, 6),
          P("Merknad: Tiltaka er henta frå fylkeskommunen sitt tiltaksregister. Tal på deltakarar kjem i årsmeldinga.", S["small"])]
    build(path, st, land=True, header=lambda p: "NKPS_rapport_2020.xlsx – Ark1 – Vestland fylkeskommune", footer=lambda p: f"Side {p} av 1")

def lo2021(f, path):
    S = styles("DV", 9.5)
    ms = f["measures"]
    st = [P("LO", S["small"]), P("LOs rapport til Kompetansepolitisk råd 2021", S["h1"]),
          P("Tabellen viser LOs tiltak ordnet etter delmål i strategien. Der vi har flere tiltak under samme delmål, står de som punkter i samme rad; punktene i hver kolonne hører sammen i samme rekkefølge.", S["body"])]
    head = [P(f"<b>{h}</b>", S["cell"]) for h in ("Delmål", "Tiltak", "Type", "Ansvar", "Med", "Tid")]
    data = [head]
    for c in DELMAL:
        first = [m for m in ms if m["delmal"][0] == c]
        other = [m for m in ms if c in m["delmal"][1:]]
        if not first and not other:
            continue
        def cell(key):
            if len(first) == 1:
                v = first[0][key]
                return P(esc(", ".join(v) if isinstance(v, list) else v), S["cell"])
            return P("<br/>".join("• " + esc(", ".join(m[key]) if isinstance(m[key], list) else m[key]) for m in first), S["cell"])
        if first:
            tcell = cell("title")
            if other:
                tcell = P(("<br/>".join("• " + esc(m["title"]) for m in first) if len(first) > 1 else esc(first[0]["title"])) + "<br/>" +
                          "<br/>".join(sorted(set(f"(se {m['delmal'][0]})" for m in other))), S["cell"])
            data.append([c, tcell, cell("tp"), cell("responsible"), cell("partners"), cell("period")])
        else:
            data.append([c, P("<br/>".join(sorted(set(f"(se {m['delmal'][0]})" for m in other))), S["cell"]), "", "", "", ""])
    st.append(grid(data, [14 * mm, 80 * mm, 28 * mm, 18 * mm, 75 * mm, 30 * mm]))
    st.append(P("Kommentarer til tiltakene", S["h2"]))
    st.append(ListFlowable([ListItem(P(f"<b>{esc(m['title'])}</b>: {esc(m['description'])}", S["body"])) for m in ms], bulletType="1"))
    build(path, st, land=True, header=lambda p: "LO · Rapport 2021", footer=lambda p: str(p))

RENDER = {"2017_Spekter_rapport.pdf": spekter2017, "2018_NHO_rapport.pdf": nho2018, "2018_YS_oversikt.pdf": ys2018,
          "2019_Akademikerne_rapport.pdf": akad2019, "2020_Vestland_rapport.pdf": vestland2020, "2021_LO_rapport.pdf": lo2021}
