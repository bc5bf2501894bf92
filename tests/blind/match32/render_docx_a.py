# -*- coding: utf-8 -*-
"""Word renderers: LO 2017 talking points, Sogn og Fjordane 2019 handover list (nn),
Regjeringen 2019 input meetings, Akademikerne 2019 compiled contributions."""
from docx.shared import Pt, Cm
from docx_common import new_doc, run, para, shade, cell_text, set_col_widths, table_borders, repeat_header, psj
from batch_data_common import DELMAL_NN, DELMAL_SHORT


# ---------------------------------------------------------------- 2 LO 2017 talking points
def lo2017(f, path):
    d = new_doc("Arial", 11, title="Snakkepunkter KPR 14. juni 2017", author="LO Samfunnspolitisk avdeling")
    para(d, "SNAKKEPUNKTER", bold=True, size=20, color="C00000", space_after=2)
    t = d.add_table(rows=6, cols=2)
    for i, (a, b) in enumerate([("Møte", "Kompetansepolitisk råd, 14. juni 2017"),
                                ("Sak", "3: Medlemmenes oppfølging av Nasjonal kompetansepolitisk strategi"),
                                ("Til", "LO-leder"), ("Fra", "Samfunnspolitisk avdeling"), ("Dato", "9. juni 2017"),
                                ("Taletid", "ca. 5 minutter")]):
        cell_text(t.rows[i].cells[0], a, bold=True, size=9); cell_text(t.rows[i].cells[1], b, size=9)
    set_col_widths(t, [3, 13])
    para(d, "Hovedbudskap", style="Heading 2")
    for b in ["Strategien er et felles løft – partene må ha en reell rolle, ikke bare være høringsinstans.",
              "LO prioriterer fagopplæring, læreplasser og voksnes rett til å ta fagbrev.",
              "Tariffavtalene er den viktigste arenaen for kompetanseutvikling i arbeidslivet."]:
        para(d, b, style="List Bullet")
    para(d, "Dette gjør LO (si kort om hvert punkt)", style="Heading 2")
    for m in f["measures"]:
        p = para(d, style="List Bullet", space_before=6)
        run(p, m["title"], bold=True)
        for s in [f"NKPS nr. {m['nr']}", f"Type: {m['tp']}", f"Ansvar: {m['resp']}; med: {psj(m['partners'])}",
                  f"Når: {m['period']}", f"Poeng: {m['desc']}"]:
            para(d, s, style="List Bullet 2")
    para(d, "Hvis spurt", style="Heading 2")
    for b in ["Om Hurtigsporet: LO deltar på arrangementer om oppfølgingen av Hurtigsporet, men melder det ikke inn som eget tiltak i år.",
              "Om sammensetningen av KBU: Alle hovedorganisasjonene må ha plass – det er ikke forhandlingsbart.",
              "Om fagskolene: Vi kommer tilbake til dette når fagskolemeldingen er behandlet."]:
        para(d, b, style="List Bullet")
    para(d, "Bakgrunn (ikke for fremføring)", style="Heading 2")
    para(d, "Strategien har 16 tiltak med hovedansvarlig for hvert. Partene har særlig ansvar for tiltak 5 og 6 (digital kompetanse og "
            "kunnskapsgrunnlaget), og Virke, NHO, LO og YS for tiltak 9 (dokumentasjon av realkompetanse). Samfunnskontrakten "
            "for flere læreplasser ble undertegnet i 2016 og løper til 2020.", italic=True, size=9.5, color="595959")
    d.save(path)


# ---------------------------------------------------------------- 5 Sogn og Fjordane 2019 handover (nn)
def sfj2019(f, path):
    d = new_doc("Calibri", 9, landscape=True, margins_cm=1.5, title="Overføringsliste kompetanse og karriere",
                author="Sogn og Fjordane fylkeskommune")
    para(d, "Overføringsliste – kompetanse- og karriereområdet", bold=True, size=16, color="1F4E79", space_after=0)
    para(d, "Sogn og Fjordane fylkeskommune → Vestland fylkeskommune (frå 1.1.2020)", size=11, space_after=2)
    para(d, "Vedlegg til rapporteringa til Kompetansepolitisk råd 2019. Lista viser oppgåver og tiltak på kompetanse- og "
            "karriereområdet som skal overførast til den nye fylkeskommunen. Tiltak som følgjer opp Nasjonal kompetansepolitisk "
            "strategi, har NKPS-delmål i kolonne 3. Oppgåver merka «Ikkje NKPS» er tekne med for heilskapen si skuld og er "
            "ikkje rapporterte tiltak.", size=9, space_after=6)
    extra = {2: ("SFJ-A-11", "Skuleskyss-avtale med Kringom for elevar i vidaregåande opplæring", "Avtale",
                 "Sogn og Fjordane fylkeskommune", "Kringom", "2016–2021", "Avtalen går over til Vestland uendra.", "Vidareførast"),
             4: ("SFJ-K-04", "Tannhelsetenesta – internkurs for tilsette", "Kurs/opplæring",
                 "Sogn og Fjordane fylkeskommune", "–", "2019", "Årleg fagdag for tannhelsesekretærar og tannlegar.", "Vidareførast"),
             6: ("SFJ-A-14", "Arkivavtale med IKA Vestland", "Avtale", "Sogn og Fjordane fylkeskommune", "IKA Vestland",
                 "Løpande", "Depotavtale for historiske arkiv.", "Går over til Vestland")}
    head = ["Nr.", "Oppgåve / tiltak", "NKPS-delmål", "Type", "Ansvarleg 2019", "Samarbeidspartnarar", "Periode",
            "Status og omtale", "Vidare i Vestland"]
    rows = []
    for i, m in enumerate(f["measures"]):
        if i in extra:
            e = extra[i]
            rows.append([e[0], e[1], "Ikkje NKPS", e[2], e[3], e[4], e[5], e[6], e[7]])
        rows.append([m["rid"], m["title"], "; ".join(DELMAL_NN[c] for c in m["delmal"]), m["tp"], m["resp"],
                     psj(m["partners"]), m["period"], m["desc"], m["vidare"]])
    t = d.add_table(rows=1 + len(rows), cols=len(head))
    table_borders(t, 4, "8EA9C1")
    for j, h in enumerate(head):
        cell_text(t.rows[0].cells[j], h, bold=True, size=8.5); shade(t.rows[0].cells[j], "D9E2F3")
    repeat_header(t.rows[0])
    for i, r in enumerate(rows, 1):
        for j, v in enumerate(r):
            cell_text(t.rows[i].cells[j], v, size=8.5, italic=(r[2] == "Ikkje NKPS" and j == 2))
        if r[2] == "Ikkje NKPS":
            for j in range(len(head)):
                shade(t.rows[i].cells[j], "F2F2F2")
    set_col_widths(t, [1.7, 4.2, 4.0, 1.9, 2.6, 3.2, 1.7, 4.8, 2.6])
    para(d, "", space_after=4)
    para(d, "Førde, 12. desember 2019 · Fylkesdirektør for opplæring · Kontaktperson: seniorrådgjevar, seksjon for kompetanse og karriere",
         size=8.5, italic=True)
    d.save(path)


# ---------------------------------------------------------------- 6 Regjeringen 2019 input meetings
MEETINGS = [
    ("Bodø, 2. november 2018 – havbruk, sjømat og reiseliv", "Nord universitet, Nordland fylkeskommune, NHO Nordland, LO, bedrifter i havbruk og reiseliv",
     ["Bedriftene etterspør korte, fleksible tilbud som kan tas ved siden av jobb.",
      "Det er vanskelig for små bedrifter å frigjøre tid til opplæring.", "Digital kompetanse må løftes i hele verdikjeden."]),
    ("Kristiansand, 9. november 2018 – prosessindustri og bygg", "Universitetet i Agder, Eyde-klyngen, Fellesforbundet, Norsk Industri, BNL",
     ["Mange ufaglærte ansatte ønsker fagbrev, men mangler et tilpasset løp.",
      "Bransjene vil selv være med og definere innholdet i etter- og videreutdanningen."]),
    ("Ålesund, 16. november 2018 – maritim næring og helse", "NTNU i Ålesund, Møre og Romsdal fylkeskommune, KS, Fagforbundet, maritime bedrifter",
     ["Kommunene trenger flere helsefagarbeidere og mer videreutdanning for de ansatte.",
      "Voksne trenger opplæring som kan deles opp og tas over tid."]),
    ("Oslo, 23. november 2018 – offentlig sektor og tjenesteyting", "Partene i arbeidslivet, OsloMet, Kompetanse Norge, NAV",
     ["Det mangler et helhetlig tilbud om karriereveiledning for voksne.",
      "Kunnskapsgrunnlaget om avkastningen av etter- og videreutdanning er svakt."]),
    ("Tiltak som gjelder alle møtene", None, []),
]


def regjeringen2019(f, path):
    d = new_doc("Calibri", 11, title="Kompetansereformen – innspillsmøter og oppfølging", author="Kunnskapsdepartementet")
    para(d, "Kompetansereformen – oppsummering av innspillsmøtene høsten 2018 og regjeringens oppfølging", style="Title")
    para(d, "Regjeringens rapport til Kompetansepolitisk råd 2019", italic=True, size=12)
    para(d, "Høsten 2018 holdt regjeringen fire regionale innspillsmøter om kompetansereformen. Under hvert møte gjengir vi "
            "hovedinnspillene fra deltakerne og deretter tiltakene regjeringen har satt i gang eller videreført, med delmål i "
            "Nasjonal kompetansepolitisk strategi, type, ansvar, samarbeid og periode. Innspillene er deltakernes synspunkter og "
            "ikke tiltak.")
    for k, (head, who, inns) in enumerate(MEETINGS):
        para(d, head, style="Heading 1")
        if who:
            para(d, "Deltakere: " + who, italic=True, size=10, color="595959")
            para(d, "Hovedinnspill", style="Heading 3")
            for b in inns:
                para(d, b, style="List Bullet")
            para(d, "Regjeringens oppfølging", style="Heading 3")
        for m in [m for m in f["measures"] if m["meet"] == k]:
            p = para(d, space_before=6, space_after=0); run(p, m["title"], bold=True, size=11.5)
            dm = ", ".join(m["delmal"])
            para(d, f"(delmål {dm} · {m['tp']} · Ansvar: {m['resp']} · Med: {psj(m['partners'])} · {m['period']})",
                 size=9, color="7F7F7F", space_after=2)
            para(d, m["desc"])
        if k == 1:
            para(d, "Se også oppfølgingen under Bodø (tilskudd til fleksible videreutdanningstilbud).", italic=True, size=10)
    para(d, "Videre arbeid", style="Heading 1")
    para(d, "En ny runde med innspillsmøter planlegges høsten 2019. Stortingsmeldingen om kompetansereformen legges fram i 2020.")
    d.save(path)


# ---------------------------------------------------------------- 8 Akademikerne 2019 compiled contributions
def akademikerne2019(f, path):
    d = new_doc("Georgia", 10.5, title="Akademikernes rapport til Kompetansepolitisk råd 2019", author="Akademikerne")
    para(d, "Akademikernes rapport til Kompetansepolitisk råd 2019", style="Title")
    para(d, "Sammenstilt av Akademikernes sekretariat på grunnlag av bidrag fra medlemsforeningene. Bidragene fra foreningene "
            "er gjengitt slik de kom inn, med foreningenes egen utforming.", italic=True)
    ms = f["measures"]
    para(d, "1 Akademikerne sentralt", style="Heading 1")
    for m in [m for m in ms if m["sec"] == "sentralt"]:
        para(d, m["title"], style="Heading 2")
        p = para(d, size=9.5)
        for lab, val in [("Delmål", ", ".join(m["delmal"])), ("Type", m["tp"]), ("Ansvar", m["resp"]),
                         ("Samarbeid", psj(m["partners"])), ("Periode", m["period"])]:
            run(p, lab + ": ", bold=True, size=9.5); run(p, val + ("  ·  " if lab != "Periode" else ""), size=9.5)
        para(d, m["desc"])
    para(d, "2 Bidrag fra Econa", style="Heading 1")
    para(d, "Econa har sendt inn følgende tabell:", italic=True)
    ec = [m for m in ms if m["sec"] == "econa"]
    head = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid", "Tid", "Beskrivelse"]
    t = d.add_table(rows=1 + len(ec), cols=len(head))
    table_borders(t, 6, "2E7D32")
    for j, h in enumerate(head):
        cell_text(t.rows[0].cells[j], h, bold=True, size=8.5, font="Arial", color="FFFFFF"); shade(t.rows[0].cells[j], "2E7D32")
    for i, m in enumerate(ec, 1):
        for j, v in enumerate([m["title"], ", ".join(m["delmal"]), m["tp"], m["resp"], psj(m["partners"]), m["period"], m["desc"]]):
            cell_text(t.rows[i].cells[j], v, size=8.5, font="Arial")
    set_col_widths(t, [3.6, 1.3, 1.2, 2.4, 1.8, 1.1, 5.2])
    para(d, "3 Bidrag fra Tekna", style="Heading 1")
    para(d, "Tekna har meldt inn følgende:", italic=True)
    for m in [m for m in ms if m["sec"] == "tekna"]:
        dm = "; ".join("«" + DELMAL_SHORT[c] + "»" for c in m["delmal"])
        p = para(d, style="List Bullet")
        run(p, m["title"], font="Arial", size=10)
        run(p, " – " + m["desc"] + f" ({m['tp']}; delmål: {dm}; ansvar: {m['resp']}; samarbeid: {psj(m['partners'])}; {m['period']})",
            font="Arial", size=10)
    p = para(d, style="List Bullet")
    run(p, "Tekna-kurs i prosjektledelse – medlemstilbud, ikke meldt inn som NKPS-tiltak.", font="Arial", size=10)
    para(d, "4 Bidrag fra Samfunnsviterne", style="Heading 1")
    para(d, "Ingen nye tiltak i 2019. Rapporten «Samfunnsviternes kompetanse og mulighetene til etter- og videreutdanning» fra 2018 "
            "er ferdigstilt og meldes ikke inn på nytt.")
    para(d, "5 Kontakt", style="Heading 1")
    para(d, "Akademikernes sekretariat, fagsjef for arbeidsliv og kompetanse.")
    d.save(path)
