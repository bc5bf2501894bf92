# -*- coding: utf-8 -*-
"""One template per file: turns the data (data.py) into document blocks (render.py)."""
from data import DELMAL, OLD, WORDS

AREA = {"1": "Gode valg for den enkelte og for samfunnet", "2": "Læring i arbeidslivet",
        "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
AREA_NN = {"1": "Gode val for den einskilde og for samfunnet", "2": "Læring i arbeidslivet",
           "3": "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet"}


def jp(lst):
    if not lst:
        return ""
    if len(lst) == 1:
        return lst[0]
    return ", ".join(lst[:-1]) + " og " + lst[-1]


def pp(m):
    return m["pp"] if m["pp"] is not None else jp(m["p"])


def v(x):
    return x if x else "–"


T = {}  # name-key -> function(file) -> (blocks, options, dmode)


def reg(key):
    def deco(fn):
        T[key] = fn
        return fn
    return deco


# 1 ----------------------------------------------------------------- Spekter 2017
@reg("Spekter_rapportering_NKPS_2017")
def t1(f):
    ms = f["measures"]
    b = [("p", "<b>Spekter</b>", {"size": 16}),
         ("p", "Rapportering til Kompetansepolitisk råd – oppfølging av Nasjonal kompetansepolitisk strategi 2017"),
         ("p", "Dato: 15.12.2017   Saksbehandler: Avdeling for arbeidsgiverpolitikk", {"size": 8}),
         ("h2", "Rapporteringspunkter:")]
    for i, m in enumerate(ms, 1):
        b.append(("p", f"{i}. {m['t']}"))
        b.append(("p", f"Relasjon til NKPS tiltak {m['dp']}."))
    leak = len(ms) + 3
    for i, m in enumerate(ms):
        b.append(("pagebreak",))
        b.append(("p", "<b>1. Tiltak i Nasjonal kompetansepolitisk strategi</b>"))
        b.append(("p", m["t"]))
        b.append(("p", f"Relasjon til NKPS tiltak {m['dp']}."))
        b.append(("p", "<b>2. Ansvarlig og samarbeidspartnere</b>"))
        b.append(("p", m["pp"]))
        b.append(("p", "<b>3. Beskrivelse av tiltaket (maks en halv side)</b>"))
        b.append(("p", m["desc"]))
        b.append(("p", "<b>4. Tidspunkt og varighet</b>"))
        b.append(("p", f"{leak + i}. {m['per']}."))
    b += [("pagebreak",), ("h2", "Vedlegg: Tiltakene i strategien (til orientering)"),
          ("p", "Tiltak  Hovedansvarlig", {"size": 8})]
    b.append(("numbered", [WORDS[c] + "." for c in DELMAL]))
    return b, dict(footer="Spekter – Rapportering NKPS 2017", page_numbers="{PAGE}", font="LibSerif"), "dp"


# 2 ----------------------------------------------------------------- LO 2017
@reg("LO_oppfolging_kompetansestrategien_2017")
def t2(f):
    ms = f["measures"]
    b = [("p", "<b>LO</b>  Landsorganisasjonen i Norge", {"size": 14}),
         ("p", "NOTAT", {"size": 9}),
         ("p", "Til: Kompetansepolitisk råd v/ sekretariatet i Kompetanse Norge\nFra: LO, avdeling for samfunnspolitikk\n"
               "Dato: 1. desember 2017"),
         ("h1", "LOs oppfølging av Nasjonal kompetansepolitisk strategi 2017"),
         ("p", "Tabellen under viser tiltakene LO har arbeidet med i 2017. Kolonnen «NKPS-tiltak nr.» viser til "
               "nummereringen av tiltakene i strategien (1–16).")]
    rows = [["Nr", "Tiltak", "NKPS-tiltak nr.", "Hva slags tiltak", "Hvem", "Når"]]
    for i, m in enumerate(ms, 1):
        who = m["r"] + (" – i samarbeid med " + jp(m["p"]) if m["p"] else "")
        rows.append([str(i), m["t"], m["dp"], m["tp"], who, m["per"]])
    b.append(("table", rows, dict(widths=[0.8, 5.2, 1.8, 2.4, 4.0, 2.2], header=1, size=9)))
    b += [("h2", "Møter i Kompetansepolitisk råd 2017"),
          ("bullets", ["3. februar 2017 – signering av strategien", "20. juni 2017 – rådsmøte",
                       "14. november 2017 – rådsmøte med innlegg om KBU"]),
          ("p", "Med vennlig hilsen\nLO\nAvdeling for samfunnspolitikk")]
    return b, dict(header="LO – Notat", footer=None, page_numbers="Side {PAGE} av {NUMPAGES}"), "dp"


# 3 ----------------------------------------------------------------- Regjeringen 2018 (LibreOffice)
@reg("Regjeringen_KD_rapport_2018")
def t3(f):
    ms = f["measures"]
    b = [("p", "Kunnskapsdepartementet", {"size": 9, "color": "555555"}),
         ("h1", "Regjeringens rapportering til Kompetansepolitisk råd 2018"),
         ("p", "Regjeringen rapporterer her tiltak fra KD, KMD, ASD og JD. Tabell A gir oversikt over tiltakene, "
               "tabell B viser hvilke delmål i strategien hvert tiltak følger opp."),
         ("h2", "Tabell A. Tiltaksoversikt")]
    rows = [["Nr", "Tiltak", "Type", "Ansvarlig dep.", "Samarbeid", "Periode"]]
    for i, m in enumerate(ms, 1):
        rows.append([f"R{i}", m["t"], m["tp"], m["r"], ", ".join(m["p"]), m["per"]])
    b.append(("table", rows, dict(widths=[1.2, 8.0, 3.8, 2.6, 6.4, 3.2], header=1, size=9)))
    b.append(("pagebreak",))
    b.append(("h2", "Tabell B. Kobling til delmål (☒ = tiltaket følger opp delmålet)"))
    hdr0 = ["Nr"] + ["Hovedinnsatsområde 1"] + [""] * 3 + ["Hovedinnsatsområde 2"] + [""] * 5 + \
           ["Hovedinnsatsområde 3"] + [""] * 5
    hdr1 = [""] + DELMAL
    rows = [hdr0, hdr1]
    for i, m in enumerate(ms, 1):
        rows.append([f"R{i}"] + ["☒" if c in m["d"] else "☐" for c in DELMAL])
    rows.append(["Sum per delmål"] + [str(sum(c in m["d"] for m in ms)) for c in DELMAL])
    spans = [(0, 1, 0, 4), (0, 5, 0, 10), (0, 11, 0, 16), (0, 0, 1, 0)]
    b.append(("table", rows, dict(widths=[2.6] + [1.35] * 16, header=2, size=8, spans=spans,
                                  center=list(range(1, 17)))))
    b.append(("p", "Kilde: departementenes innrapportering, desember 2018.", {"size": 8}))
    return b, dict(header="Regjeringen – Nasjonal kompetansepolitisk strategi", landscape=True,
                   page_numbers="{PAGE}"), "matrix"


# 4 ----------------------------------------------------------------- NHO 2018
@reg("NHO_kompetansepolitisk_rapport_2018")
def t4(f):
    ms = f["measures"]
    b = [("title", "NHOs rapportering 2018"),
         ("p", "Nasjonal kompetansepolitisk strategi – NHOs tiltak"),
         ("h1", "Om rapporten"),
         ("p", "Rapporten følger strukturen fra i fjor. For hvert tiltak oppgir vi hvilket punkt i strategiens "
               "tiltaksliste (1–16) det knytter seg til.")]
    for i, m in enumerate(ms, 1):
        b.append(("h1", f"{i} {m['t']}"))
        b.append(("p", f"<b>Kobling til strategien:</b> {m['dp']}"))
        b.append(("p", f"<b>Form:</b> {m['tp']}"))
        b.append(("p", f"<b>Hvem:</b> {m['pp']}"))
        b.append(("p", f"<b>Tid:</b> {m['per']}"))
        if m["desc"]:
            b.append(("p", m["desc"]))
    b += [("h1", "Møter i Kompetansepolitisk råd 2018"),
          ("bullets", ["Rådsmøte 7. mars 2018", "Rådsmøte 12. juni 2018 (tema: kompetansereformen)",
                       "Rådsmøte 4. desember 2018"]),
          ("box", ["<b>Kontakt</b>", "NHO, Avdeling for kompetanse og inkludering", "kompetanse@nho.no"])]
    return b, dict(header="NHO – Næringslivets Hovedorganisasjon", page_numbers="{PAGE}"), "dp"


# 5 ----------------------------------------------------------------- VOFO 2018
@reg("VOFO_rapport_2018")
def t5(f):
    ms = f["measures"]
    b = [("title", "VOFO – rapport 2018"),
         ("p", "Voksenopplæringsforbundets innrapportering til Kompetansepolitisk råd", {"color": "555555"}),
         ("box", ["«Frivilligheten når voksne som ikke nås av andre opplæringstilbud.»", "– Generalsekretær, VOFO"],
          "#FFF2CC")]
    secs = []
    for m in ms:
        if m["sec"] not in secs:
            secs.append(m["sec"])
    for s in secs:
        b.append(("h2", AREA[s[0]]))
        b.append(("p", f"<i>Delmålet: {WORDS[s]}</i>"))
        for m in ms:
            if m["sec"] != s:
                continue
            b.append(("p", f"<b>{m['t']}</b>"))
            line = f"Type: {m['tp']} · Ansvar: {m['r']}"
            if m["p"]:
                line += f" · Partnere: {', '.join(m['p'])}"
            line += f" · Tid: {m['per']}"
            b.append(("p", line, {"size": 9}))
    b.append(("h2", "Studieforbundenes kursvirksomhet 2018"))
    b.append(("table", [["", "Kurs", "Deltakere", "Timer"], ["Norskopplæring", "4 812", "41 200", "162 000"],
                        ["Grunnleggende ferdigheter", "1 130", "9 870", "38 400"], ["Totalt", "5 942", "51 070", "200 400"]],
              dict(widths=[6, 3, 3, 3], header=1)))
    return b, dict(footer="VOFO · Voksenopplæringsforbundet · www.vofo.no", page_numbers="{PAGE}",
                   font="LibSans", accent="#7F3F00"), "secwords"


# 6 ----------------------------------------------------------------- KS 2019
@reg("KS_rapportering_2019")
def t6(f):
    ms = f["measures"]
    b = [("p", "KS", {"size": 18}), ("h1", "Rapportering – Nasjonal kompetansepolitisk strategi 2019"),
         ("p", "KS rapporterer på skjemaet avtalt i Kompetansepolitisk råd. Ett skjema per tiltak.")]
    for i, m in enumerate(ms, 1):
        b.append(("h3", f"Skjema {i}"))
        rows = [["Tiltak", m["t"]], ["Delmål (kode)", m["dp"]], ["Type tiltak", m["tp"]],
                ["Ansvarlig", m["r"]], ["Samarbeidspartnere", ", ".join(m["p"]) if m["p"] else "–"],
                ["Tidsrom", m["per"]], ["Beskrivelse", v(m["desc"])]]
        b.append(("table", rows, dict(widths=[4.2, 12.5], shade=[0], size=10)))
    b += [("h2", "KS-konferanser 2019"),
          ("table", [["Arrangement", "Antall", "Deltakere"], ["Regionale samlinger", "11", "640"],
                     ["Digitaliseringskonferansen", "1", "420"]], dict(widths=[7, 3, 3], header=1)),
          ("p", "Med vennlig hilsen\nKS")]
    return b, dict(header="KS – Kommunesektorens organisasjon", page_numbers="Side {PAGE}"), "dp"


# 7 ----------------------------------------------------------------- Møre og Romsdal 2019 (nynorsk, LibreOffice)
@reg("More_og_Romsdal_fylkeskommune_2019")
def t7(f):
    ms = f["measures"]
    b = [("p", "Møre og Romsdal fylkeskommune", {"size": 12}),
         ("h1", "Rapportering til Kompetansepolitisk råd 2019"),
         ("p", "Fylkeskommunen rapporterer her regionale tiltak som følgjer opp delmåla i Nasjonal "
               "kompetansepolitisk strategi. Kryss (X) viser kva delmål tiltaket høyrer til.")]
    hdr0 = ["Tiltak", "Type", "Ansvarleg", "Periode", "Hovudmål 1", "", "", "", "Hovudmål 2", "", "", "", "", "",
            "Hovudmål 3", "", "", "", "", ""]
    hdr1 = ["", "", "", ""] + DELMAL
    rows = [hdr0, hdr1]
    for m in ms:
        rows.append([m["t"], m["tp"], m["r"], m["per"]] + ["X" if c in m["d"] else "" for c in DELMAL])
    rows.append(["Sum", "", "", ""] + [str(sum(c in m["d"] for m in ms)) for c in DELMAL])
    spans = [(0, 4, 0, 7), (0, 8, 0, 13), (0, 14, 0, 19), (0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3)]
    b.append(("table", rows, dict(widths=[4.2, 2.2, 2.9, 2.0] + [0.9] * 16, header=2, size=8, spans=spans,
                                  center=list(range(4, 20)))))
    b += [("h2", "Møte i regionalt kompetanseforum"),
          ("bullets", ["12. mars 2019 – oppstartsmøte", "18. september 2019 – arbeidsmøte om kunnskapsgrunnlaget"]),
          ("p", "Med helsing\nRegional- og næringsavdelinga")]
    return b, dict(header="Møre og Romsdal fylkeskommune", landscape=True, page_numbers="Side {PAGE}"), "matrix"


# 8 ----------------------------------------------------------------- Virke 2019
@reg("Virke_NKPS_2019")
def t8(f):
    ms = f["measures"]
    b = [("p", "<b>VIRKE</b>", {"size": 20}), ("h1", "Virkes oppfølging av kompetansestrategien 2019"),
         ("p", "Her beskriver vi det Virke har gjort i 2019. Koblingen til strategiens delmål står i "
               "fotnotene bakerst.")]
    notes = []
    for i, m in enumerate(ms, 1):
        notes.append(f"<sup>{i}</sup> {m['dp']}")
        b.append(("h2", f"{m['t']}<sup>{i}</sup>"))
        b.append(("p", f"<i>Tidsrom: {m['per']} · Form: {m['tp']}</i>", {"size": 9, "color": "666666"}))
        who = m["rp"] or m["r"]
        if m["p"]:
            s = f"{who} gjennomfører tiltaket i samarbeid med {jp(m['p'])}."
        else:
            s = f"{who} står alene bak tiltaket."
        if m["r"] == "KD":
            s = f"Tiltaket ledes av KD. Virke deltar sammen med Handel og Kontor."
        b.append(("p", s + " " + m["desc"]))
    b += [("h2", "Møter og høringer 2019"),
          ("bullets", ["Høring: NOU om etter- og videreutdanning – Virkes svar 1. november 2019",
                       "Møte i Kompetansepolitisk råd 11. juni 2019",
                       "Innspillsmøte om kompetansereformen, Bergen, 28. februar 2019"]),
          ("h3", "Fotnoter")]
    for n in notes:
        b.append(("p", n, {"size": 8}))
    return b, dict(footer="Virke – Hovedorganisasjonen for virksomheter i handel og tjenesteyting",
                   page_numbers="{PAGE}", font="LibSans", accent="#C00000"), "dp"


# 9 ----------------------------------------------------------------- YS 2020
@reg("YS_tiltak_2020")
def t9(f):
    ms, lg = f["measures"], f["legend"]
    b = [("p", "<b>YS</b> Yrkesorganisasjonenes Sentralforbund", {"size": 13}),
         ("h1", "YS' tiltak 2020 – Nasjonal kompetansepolitisk strategi"),
         ("box", ["<b>Forklaring til koder</b>"] + [f"{k}) = delmål {c}" for k, c in lg.items()])]
    items = []
    for m in ms:
        s = f"<b>{m['t']}</b> [{m['dp']}]. Type: {m['tp']}. Ansvar: {m['r']}."
        if m["p"]:
            s += f" I samarbeid med: {jp(m['p'])}."
        s += f" Tid: {m['per']}."
        items.append(s)
    b.append(("bullets", items))
    b += [("h2", "Deltakelse i tall"), ("p", "Antall deltakere på webinarene: 412. Antall kursdager: 18."),
          ("p", "Med hilsen\nYS, Arbeidslivspolitisk avdeling")]
    return b, dict(footer="YS – www.ys.no", page_numbers="{PAGE}"), "legend"


# 10 ---------------------------------------------------------------- Unio 2020
@reg("Unio_rapport_kompetansepolitisk_rad_2020")
def t10(f):
    ms = f["measures"]
    b = [("h1", "Unios rapport til Kompetansepolitisk råd 2020"),
         ("p", "Unio følger opp strategien gjennom egne tiltak og deltakelse i råd og utvalg. Tabellen viser "
               "tiltakene for 2020."),
         ("box", ["<b>Unio i tall</b>: 11 forbund · 380 000 medlemmer"], "#E2EFDA")]
    rows = [["Tiltak", "Delmål", "Form", "Ansvar", "Partnere", "Når"]]
    for m in ms:
        rows.append([m["t"], m["dp"], m["tp"], m["r"], ", ".join(m["p"]) if m["p"] else "", m["per"]])
    b.append(("table", rows, dict(widths=[8.0, 3.6, 2.4, 3.2, 5.6, 2.8], header=1, repeat=1, fill="#A9D08E")))
    return b, dict(header="Unio – Hovedorganisasjonen for universitets- og høyskoleutdannede", landscape=True,
                   page_numbers="side {PAGE}", font="LibSans"), "dp"


# 11 ---------------------------------------------------------------- LO 2020
@reg("LO_rapport_2020")
def t11(f):
    ms, stt = f["measures"], f["status"]
    b = [("title", "LO – rapport 2020"),
         ("p", "Oppfølging av Nasjonal kompetansepolitisk strategi. Tiltak merket «videreført» ble også "
               "rapportert i 2017.")]
    for m in ms:
        b.append(("h2", m["t"]))
        b.append(("table", [["Delmål", m["dp"]], ["Type", m["tp"]], ["Periode", m["per"]]],
                  dict(widths=[3, 10], size=9)))
        b.append(("p", m["pp"]))
        b.append(("p", f"<i>Status: {stt[m['id']]}</i>"))
        if m["desc"]:
            b.append(("p", m["desc"]))
    b += [("h2", "Møter i rådet 2020"),
          ("bullets", ["Digitalt rådsmøte 24. april 2020", "Rådsmøte 2. desember 2020"]),
          ("box", ["Kontaktperson: rådgiver i LOs avdeling for samfunnspolitikk, tlf. 23 06 10 50"])]
    return b, dict(header="LO Landsorganisasjonen i Norge", page_numbers="{PAGE}"), "dp"


# 12 ---------------------------------------------------------------- Akademikerne 2020 (LibreOffice)
@reg("Akademikerne_rapport_2020")
def t12(f):
    ms = f["measures"]
    b = [("space", 3), ("p", "<b>AKADEMIKERNE</b>", {"size": 22, "center": True}),
         ("p", "Rapport til Kompetansepolitisk råd 2020", {"size": 14, "center": True}),
         ("p", "Oppfølging av Nasjonal kompetansepolitisk strategi", {"center": True}),
         ("pagebreak",), ("h2", "Innhold"),
         ("p", "1 Om Akademikerne\n2 Tiltak 2020\n3 Kontakt"),
         ("h1", "Tiltak 2020")]
    for m in ms:
        rows = [["Navn på tiltak", m["t"]],
                ["Relasjon til delmål", "; ".join(WORDS[c] for c in m["d"])],
                ["Type", m["tp"]], ["Periode", m["per"]],
                ["Ansvarlig / samarbeid", m["r"] + (" / " + ", ".join(m["p"]) if m["p"] else "")]]
        b.append(("table", rows, dict(widths=[4.5, 12.0], shade=[0], size=10, fill="FCE4D6")))
        if m["desc"]:
            b.append(("p", m["desc"]))
    b += [("box", ["<b>Om Akademikerne</b>", "Akademikerne er en hovedorganisasjon for 13 foreninger, blant dem "
                   "Econa og Tekna."])]
    return b, dict(footer="Akademikerne 2020", page_numbers="{PAGE}"), "words"


# 13 ---------------------------------------------------------------- Regjeringen 2021
@reg("Regjeringen_oppfolging_NKPS_2021")
def t13(f):
    ms = f["measures"]
    b = [("h1", "Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi 2021"),
         ("p", "Tabellen er sortert etter delmål. Delmål uten nye tiltak i 2021 er utelatt.")]
    rows = [["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode"]]
    spans, area = [], None
    groups = []
    for m in ms:
        c = m["d"][0]
        if not groups or groups[-1][0] != c:
            groups.append((c, []))
        groups[-1][1].append(m)
    for c, gm in groups:
        if c[0] != area:
            area = c[0]
            rows.append([f"Hovedinnsatsområde {area}: {AREA[area]}", "", "", "", "", ""])
            spans.append((len(rows) - 1, 0, len(rows) - 1, 5))
        start = len(rows)
        for k, m in enumerate(gm):
            rows.append([f"{c} {WORDS[c]}" if k == 0 else "", m["t"], m["tp"], m["r"], ", ".join(m["p"]), m["per"]])
        if len(gm) > 1:
            spans.append((start, 0, len(rows) - 1, 0))
    rows.append(["Antall tiltak", str(len(ms)), "", "", "", ""])
    shade = [i for i, r in enumerate(rows) if r[0].startswith("Hovedinnsatsområde")]
    b.append(("table", rows, dict(widths=[3.6, 4.4, 2.2, 1.6, 3.0, 2.0], header=1, shade=shade, spans=spans,
                                  size=8, fill="DDEBF7")))
    return b, dict(header="Kunnskapsdepartementet", page_numbers="{PAGE}"), "group"


# 14 ---------------------------------------------------------------- HK-dir 2021
@reg("HK-dir_rapport_2021")
def t14(f):
    ms = f["measures"]
    b = [("p", "Direktoratet for høyere utdanning og kompetanse", {"size": 9, "color": "1F3864"}),
         ("h1", "HK-dirs rapportering 2021"),
         ("p", "Kompetanse Norge ble 1. juli 2021 en del av HK-dir. Rapporten dekker hele året.")]
    for m in ms:
        line = f"{m['dp']} | Form: {m['tp']} | Ansvar: {m['r']}"
        if m["p"]:
            line += f" | Med: {', '.join(m['p'])}"
        line += f" | Tid: {m['per']}"
        box = [f"<b>{m['t']}</b>", line]
        if m["desc"]:
            box.append(m["desc"])
        b.append(("box", box, "#EAF1FB"))
    b += [("h2", "Nøkkeltall Kompetansepluss 2021"),
          ("table", [["", "Søknader", "Tildelt", "Mill. kr"], ["Kompetansepluss arbeid", "212", "131", "118,4"],
                     ["Kompetansepluss frivillighet", "96", "74", "21,0"]], dict(widths=[6, 3, 3, 3], header=1)),
          ("box", ["Kontakt: postmottak@hkdir.no"])]
    return b, dict(footer="HK-dir", page_numbers="{PAGE}", font="DejaVu", size=9.5), "dp"


# 15 ---------------------------------------------------------------- Vestland 2021 (nynorsk)
@reg("Vestland_fylkeskommune_rapport_2021")
def t15(f):
    ms = f["measures"]
    b = [("title", "Rapport frå Vestland fylkeskommune 2021"),
         ("h1", "Om rapporten"),
         ("p", "Vestland fylkeskommune rapporterer regionale tiltak som følgjer opp Nasjonal kompetansepolitisk "
               "strategi. Delmåla er oppgitt med kode."),
         ("table", [["Nøkkeltal", "2021"], ["Tilsette i fylkeskommunen", "5 900"], ["Deltakarar i BIO-prosjekt", "1 340"]],
          dict(widths=[7, 3], header=1))]
    for i, m in enumerate(ms, 1):
        b.append(("h2", f"Tiltak {i}: {m['t']}"))
        b.append(("p", f"Delmål: {m['dp']}"))
        b.append(("p", f"Type tiltak: {m['tp']}"))
        b.append(("p", f"Ansvarleg: {m['r']}"))
        b.append(("p", f"Samarbeidspartnarar: {', '.join(m['p']) if m['p'] else '–'}"))
        b.append(("p", f"Tidsrom: {m['per']}"))
        if m["desc"]:
            b.append(("p", f"Skildring: {m['desc']}"))
    b += [("h2", "Møte i Kompetanseforum Vestland 2021"),
          ("bullets", ["9. februar 2021 (digitalt)", "7. september 2021, Førde"])]
    return b, dict(footer="Vestland fylkeskommune", page_numbers="Side {PAGE}"), "dp"


# 16 ---------------------------------------------------------------- NAV 2022
@reg("NAV_innrapportering_2022")
def t16(f):
    ms = f["measures"]
    b = [("p", "<b>NAV</b>  Arbeids- og velferdsdirektoratet", {"size": 13, "color": "C00000"}),
         ("p", "Kompetansepolitisk råd v/ HK-dir\nVår ref.: 22/10433   Dato: 30.11.2022", {"size": 9}),
         ("h2", "Innrapportering av tiltak 2022 – Nasjonal kompetansepolitisk strategi"),
         ("p", "Arbeids- og velferdsetaten viser til brev om rapportering og sender med dette en oversikt over "
               "etatens tiltak.")]
    rows = [["Tiltak", "Mål i strategien", "Art", "Hvem", "Med", "Periode"]]
    for m in ms:
        rows.append([m["t"], m["dp"], m["tp"], m["r"], ", ".join(m["p"]), m["per"]])
    b.append(("table", rows, dict(widths=[5.0, 2.0, 2.0, 2.6, 3.0, 2.2], header=1, size=8.5, fill="#F8CBAD")))
    b += [("h3", "Deltakere i opplæringstiltak 2022"),
          ("table", [["Tiltak", "Deltakere"], ["Arbeidsmarkedskurs (AMO)", "31 400"], ["Opplæring (utdanning)", "9 800"]],
           dict(widths=[6, 3], header=1, grid=False)),
          ("p", "Med vennlig hilsen\nArbeids- og velferdsdirektoratet")]
    return b, dict(footer="Arbeids- og velferdsdirektoratet · Postboks 5 St. Olavs plass · 0130 Oslo",
                   page_numbers="{PAGE}", font="LibSans"), "dp"


# 17 ---------------------------------------------------------------- Spekter 2022
@reg("Spekter_rapport_2022")
def t17(f):
    ms = f["measures"]
    b = [("h1", "Spekters rapport til Kompetansepolitisk råd 2022"),
         ("p", "Spekter har i 2022 videreført flere tiltak fra tidligere år. Avkrysningen viser delmål per "
               "hovedmål.")]
    rows = [["Tiltak", "Hovedmål 1", "Hovedmål 2", "Hovedmål 3", "Type", "Ansvar og partnere", "Periode"]]
    for m in ms:
        cells = []
        for a in "123":
            cs = [c for c in m["d"] if c[0] == a]
            cells.append("  ".join("✓ " + c for c in cs))
        who = f"{m['r']} (ansvarlig)" + (f"; med {', '.join(m['p'])}" if m["p"] else "")
        rows.append([m["t"]] + cells + [m["tp"], who, m["per"]])
    b.append(("table", rows, dict(widths=[4.2, 1.8, 2.2, 1.8, 1.6, 3.4, 1.9], header=1, size=8)))
    b += [("h2", "Sentrale møter 2022"), ("bullets", ["Rådsmøte 3. mai 2022", "Rådsmøte 29. november 2022"])]
    return b, dict(footer="Spekter", page_numbers="{PAGE}"), "ticks"


# 18 ---------------------------------------------------------------- KS 2022 (LibreOffice)
@reg("KS_rapport_NKPS_2022")
def t18(f):
    ms = f["measures"]
    b = [("h1", "KS – rapport NKPS 2022"), ("h2", "Innledning"),
         ("p", "KS har videreført arbeidet fra 2019 og rapporterer seks tiltak for 2022.")]
    rows = [["Hva", "Mål", "Hvem", "Sammen med", "Når", "Slags tiltak"]]
    for m in ms:
        rows.append([m["t"], m["dp"], m["r"], ", ".join(m["p"]), m["per"], m["tp"]])
    b.append(("table", rows, dict(widths=[3.6, 2.3, 1.3, 4.3, 2.2, 2.9], header=1, size=9, fill="FFF2CC")))
    b.append(("box", ["<b>Kontaktperson</b>", "Avdeling for arbeidsgiverpolitikk, KS"]))
    return b, dict(header="KS", page_numbers="Side {PAGE}"), "dp"


# 19 ---------------------------------------------------------------- NHO 2023
@reg("NHO_rapport_2023")
def t19(f):
    ms = f["measures"]
    b = [("h1", "NHO – rapport til Kompetansepolitisk råd 2023"),
         ("p", "Tiltakene under er NHOs bidrag til strategien i 2023. Flere av dem er videreført fra 2018."),
         ("table", [["Nøkkeltall 2023", ""], ["Lærebedrifter i NHO", "11 700"], ["Nye lærlinger", "8 950"]],
          dict(widths=[6, 3], header=1, grid=False))]
    for i, m in enumerate(ms, 1):
        b.append(("h2", f"{i}. {m['t']}"))
        rows = [["Delmål", m["dp"]], ["Type", m["tp"]], ["Ansvar", m["r"]],
                ["Partnere", ", ".join(m["p"]) if m["p"] else "–"], ["Når", m["per"]]]
        b.append(("table", rows, dict(widths=[3, 11], grid=False, size=9)))
        if m["desc"]:
            b.append(("p", m["desc"]))
    b.append(("p", "Kontakt: NHO Kompetanse og inkludering", {"size": 8}))
    return b, dict(header="NHO | Rapport 2023", page_numbers="{PAGE}", font="LibSans", accent="#00558C"), "dp"


# 20 ---------------------------------------------------------------- Trøndelag 2024 (LibreOffice)
@reg("Trondelag_fylkeskommune_2024")
def t20(f):
    ms = f["measures"]
    b = [("title", "Trøndelag fylkeskommune"), ("p", "Rapport til Kompetansepolitisk råd 2024")]
    secs = []
    for m in ms:
        if m["sec"] not in secs:
            secs.append(m["sec"])
    for s in secs:
        b.append(("h1", s))
        for m in ms:
            if m["sec"] != s:
                continue
            b.append(("p", f"<b>{m['t']}.</b> " + (m["desc"] or "")))
            line = f"Ansvar: {m['r']}"
            if m["p"]:
                line += f" | Partnere: {', '.join(m['p'])}"
            line += f" | Tid: {m['per']} | Type: {m['tp']}"
            b.append(("p", line, {"size": 9, "color": "555555"}))
    b += [("h2", "Tall for 2024"),
          ("table", [["Indikator", "2024"], ["Deltakere i BIO", "2 150"], ["Karriereveiledninger", "6 430"]],
           dict(widths=[7, 3], header=1))]
    return b, dict(footer="Trøndelag fylkeskommune · Trööndelagen fylkentjïelte", page_numbers="{PAGE}"), "sec"


# 21 ---------------------------------------------------------------- Virke 2025
@reg("Virke_rapport_2025")
def t21(f):
    ms, stt = f["measures"], f["status"]
    b = [("p", "<b>VIRKE</b>", {"size": 18}), ("h1", "Rapport 2025"),
         ("p", "Virke rapporterer her til Kompetansepolitisk råd. Der det står «vi», er det Virke som er "
               "ansvarlig.")]
    rows = [["Tiltak", "Detaljer"]]
    for m in ms:
        right = f"Delmål: {m['dp']}\nHva: {m['tp']}\nHvem: {m['pp']}\nNår: {m['per']}"
        if m["desc"]:
            right += "\n" + m["desc"]
        rows.append([f"<b>{m['t']}</b>\nStatus: {stt[m['id']]}", right])
    b.append(("table", rows, dict(widths=[6.5, 10.5], header=1, size=9.5, fill="F4B084")))
    b += [("box", ["<b>Virke i tall</b>: 25 000 medlemsvirksomheter"]), ("p", "Med vennlig hilsen\nVirke")]
    return b, dict(footer="virke.no", page_numbers="{PAGE}"), "dp"


# 22 ---------------------------------------------------------------- Unio 2026
@reg("Unio_rapport_2026")
def t22(f):
    ms = f["measures"]
    b = [("h1", "Unio – rapportering 2026"),
         ("p", "Tabell 1 viser hvilke delmål tiltakene følger opp (x). Tabell 2 gir ansvar og periode.")]
    rows = [["Tiltak"] + DELMAL + ["Type"]]
    for m in ms:
        rows.append([m["t"]] + ["x" if c in m["d"] else "" for c in DELMAL] + [m["tp"]])
    rows.append(["Antall"] + [str(sum(c in m["d"] for m in ms)) for c in DELMAL] + [""])
    b.append(("table", rows, dict(widths=[6.5] + [0.95] * 16 + [2.4], header=1, size=8, center=list(range(1, 17)))))
    b.append(("h2", "Tabell 2"))
    rows = [["Tiltak", "Ansvarlig", "Samarbeid", "Periode"]]
    for m in ms:
        rows.append([m["t"], m["r"], ", ".join(m["p"]), m["per"]])
    b.append(("table", rows, dict(widths=[9, 4, 8, 3], header=1, size=9)))
    b.append(("p", "Tiltak uten avkrysning i hovedmål 3 følger opp arbeidslivsdelen av strategien.", {"size": 8}))
    return b, dict(header="Unio", landscape=True, page_numbers="{PAGE}"), "matrix"
