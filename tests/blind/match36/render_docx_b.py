# -*- coding: utf-8 -*-
from docx_common import *
from common import codes, WORDS, WORDS_NN, DELMAL

def spekter2022(f, path):
    d = new_doc("Georgia", 10.5)
    header_footer(d, "SPEKTER · Rapport til Kompetansepolitisk råd 2022", "Spekter, Postboks 1511 Vika, 0117 Oslo")
    d.add_heading("Spekters rapport 2022", 0)
    d.add_heading("Innledning", 1)
    para(d, "Spekter viderefører flere tiltak fra tidligere år og rapporterer i år også tiltak knyttet til den nye samfunnskontrakten og trepartssamarbeidet i helse.")
    d.add_heading("Våre tiltak", 1)
    res = {"S1": ["180 deltakere", "Nytt tema: læreplasser i helsearbeiderfaget"], "S2": ["60 deltakere fra 25 virksomheter"], "S3": ["Fire møter"],
           "T02": ["Deltok på alle rådsmøter"], "T05": ["Lærlingtallet i helseforetakene økte med 8 prosent"], "T19": ["Arbeidsgruppen leverte delrapport i desember"], "S6": ["240 deltakere"]}
    kp = ["Kari Nordmann, kari.nordmann@spekter.no", "Ola Berg, ola.berg@spekter.no"]
    for i, m in enumerate(f["measures"]):
        d.add_heading(m["title"], 2)
        para(d, parts=[("Mål i strategien: ", "b"), (f"Tiltaket følger opp delmål {codes(m['delmal'])}.", "")])
        para(d, parts=[("Hva slags tiltak: ", "b"), (m["tp"], "")])
        para(d, parts=[("Eier: ", "b"), (m["responsible"], "")])
        if m["partners"]:
            para(d, parts=[("Sammen med: ", "b"), (", ".join(m["partners"]), "")])
        para(d, parts=[("Når: ", "b"), (m["period"], "")])
        para(d, parts=[("Om tiltaket: ", "b"), (m["description"], "")])
        para(d, parts=[("Resultat 2022:", "b")])
        for r in res[m["tiltak_id"]]:
            para(d, r, style="List Bullet")
        para(d, parts=[("Kontaktperson: ", "b"), (kp[i % 2], "")])
    d.add_heading("Andre møter og fora", 1)
    for t in ("Kompetansepolitisk råd, tre møter", "Programrådet for bransjeprogrammet i helse, to møter", "Nordisk arbeidsgiverforum, juni 2022"):
        para(d, t, style="List Bullet")
    d.save(path)

def hkdir2023(f, path):
    d = new_doc("Calibri", 10)
    header_footer(d, "HK-dir – Direktoratet for høyere utdanning og kompetanse", "HK-dir · NKPS-rapport 2023")
    d.add_heading("HK-dirs rapport til Kompetansepolitisk råd 2023", 1)
    para(d, "HK-dir forvalter flere av virkemidlene i strategien og er sekretariat for flere av rådene.")
    d.add_heading("Om tabellen", 2)
    para(d, "ID er HK-dirs eget løpenummer. «Rapporteres også av» viser hvilke andre rådsmedlemmer vi vet rapporterer det samme tiltaket, slik at sekretariatet kan unngå dobbelttelling.")
    landscape_section(d)
    also = {"T01": "LO, NHO, Regjeringen", "T12": "Regjeringen, NAV", "T13": "Regjeringen", "T14": "KS, NAV", "T17": "Regjeringen", "T09": "Regjeringen, VOFO", "T08": "Regjeringen"}
    rows = []
    for i, m in enumerate(f["measures"], 1):
        rows.append([f"HK-23-{i:02d}", m["title"], m["description"], codes(m["delmal"]), m["tp"], m["responsible"], " / ".join(m["partners"]), m["period"], also[m["tiltak_id"]]])
    rows.append(["Oppdrag fra tildelingsbrevet som ikke er NKPS-tiltak", "", "", "", "", "", "", "", ""])
    rows.append(["HK-23-T1", "Nytt saksbehandlingssystem for godkjenning", "Internt utviklingsprosjekt.", "", "", "HK-dir", "", "2023–2024", ""])
    rows.append(["HK-23-T2", "Samlokalisering i Bergen", "Flytting av kontorer.", "", "", "HK-dir", "", "2023", ""])
    t = table(d, rows, header=["ID", "Tiltak", "Hva vi gjorde i 2023", "Delmål", "Type", "Eier", "Medvirkende", "Tidsrom", "Rapporteres også av"], size=8)
    r = t.rows[len(f["measures"]) + 1]
    m0 = r.cells[0].merge(r.cells[-1]); cell_text(m0, "Oppdrag fra tildelingsbrevet som ikke er NKPS-tiltak", bold=True, size=8); shade(m0, "EDEDED")
    d.save(path)

def ys2024(f, path):
    d = new_doc("Arial", 10)
    header_footer(d, "YS", "YS · 27.11.2024")
    d.add_heading("YS' rapportering til Kompetansepolitisk råd 2024", 1)
    d.add_heading("Innledning", 2)
    para(d, "YS og forbundene har i 2024 videreført de fleste tiltakene fra tidligere år. Tabellen under viser tiltakene.")
    ms = f["measures"]
    def dm(m):
        return "NKPS " + m["delmal"][0] if len(m["delmal"]) == 1 else " + ".join(m["delmal"])
    rows = []
    for i, m in enumerate(ms):
        rows.append([m["period"], m["title"], m["description"], dm(m), m["tp"], m["responsible"], ", ".join(m["partners"])])
        if i in (1, 5):
            rows.append([""] * 7)
    t = table(d, rows, header=["Når", "Tiltak", "Kort om tiltaket", "Delmål", "Type", "Ansvar", "Samarbeider med"], size=9)
    # merge Ansvar over consecutive rows with same owner (YS), skipping empty rows
    idx = [i + 1 for i, r in enumerate(rows) if r[5] == "YS"]
    first = idx[0]; last = idx[-1]
    c = t.cell(first, 5).merge(t.cell(last, 5)); cell_text(c, "YS", size=9)
    d.add_heading("Tiltak vi ikke lenger rapporterer", 2)
    for x in ("Prosjekt om seniorer og kompetanse (avsluttet 2019)", "Parat: kurs i omstilling og digitalisering (avsluttet 2020)"):
        para(d, x, style="List Bullet")
    d.save(path)

def vestland2025(f, path):
    d = new_doc("Calibri", 11)
    header_footer(d, "Vestland fylkeskommune", "Rapport til Kompetansepolitisk råd 2025")
    d.add_heading("Vestland fylkeskommune – rapport til Kompetansepolitisk råd 2025", 1)
    d.add_heading("Samandrag", 2)
    para(d, "Fylkeskommunen held fram med dei fleste tiltaka frå 2020 og har vedteke ein ny regional plan. Under står tiltaka ordna etter måla i strategien.")
    d.add_heading("Bakgrunn", 2)
    para(d, "Vestland har stor etterspurnad etter fagarbeidarar, særleg i helse, industri og havbruk.")
    ms = f["measures"]
    kind = {"teneste": "ei teneste", "nettverk": "eit nettverk", "plan": "ein plan", "utdanningstilbod": "eit utdanningstilbod", "tilskot": "ei tilskotsordning"}
    for c in DELMAL:
        under = [m for m in ms if m["delmal"][0] == c]
        if not under:
            continue
        d.add_heading(WORDS_NN[c], 2)
        for m in under:
            own = "Fylkeskommunen har ansvaret" if m["responsible"] == "Vestland fylkeskommune" else m["responsible"] + " har ansvaret"
            s = f" {own} saman med {', '.join(m['partners'])}, i perioden {m['period']}. Tiltaket er {kind[m['tp']]}."
            if len(m["delmal"]) > 1:
                s += " Det bidreg òg til målet om å " + WORDS_NN[m["delmal"][1]][0].lower() + WORDS_NN[m["delmal"][1]][1:].replace("Kople", "kople") + "."
            p = d.add_paragraph(style="List Bullet")
            runs(p, [(m["title"] + ":", "b"), (" " + m["description"] + s, "")])
    d.add_heading("Tiltak vi har avslutta", 2)
    para(d, "Prosjektet med å innføre kvalitetsrammeverket i Karriere Vestland vart avslutta i 2021, og handlingsprogrammet for 2020–2021 er avløyst av den nye planen.")
    d.add_heading("Møte i 2025", 2)
    for t in ("Kompetansepolitisk råd, 13. mars 2025", "Regionalt innspelsmøte om kompetansereforma, Førde, 5. mai 2025"):
        para(d, t, style="List Bullet")
    d.save(path)

def nordland2026(f, path):
    d = new_doc("Calibri", 10.5)
    header_footer(d, "Nordland fylkeskommune", "Nordland fylkeskommune")
    d.add_heading("Rapportering til Kompetansepolitisk råd 2026", 1)
    para(d, "Nordland fylkeskommune rapporterer for første gang til rådet. Tabellen viser tiltakene etter delmål; en utdyping av hvert tiltak følger etter tabellen.")
    ms = f["measures"]
    order = []
    for c in DELMAL:
        under = [m for m in ms if m["delmal"][0] == c]
        if under:
            order.append((c, under))
    t = d.add_table(rows=1, cols=7); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode", "Antall")):
        cell_text(c, h, bold=True, size=9); shade(c, "D9E2F3")
    for c, under in order:
        start = len(t.rows)
        for m in under:
            cs = t.add_row().cells
            extra = f" (også {', '.join(m['delmal'][1:])})" if len(m["delmal"]) > 1 else ""
            for cell, v in zip(cs[1:6], (m["title"] + extra, m["tp"], m["responsible"], ", ".join(m["partners"]), m["period"])):
                cell_text(cell, v, size=9)
        end = len(t.rows) - 1
        a = t.cell(start, 0).merge(t.cell(end, 0)) if end > start else t.cell(start, 0)
        cell_text(a, f"{c} {WORDS[c]}", size=9)
        b = t.cell(start, 6).merge(t.cell(end, 6)) if end > start else t.cell(start, 6)
        cell_text(b, str(len(under)), size=9)
    cs = t.add_row().cells
    m0 = cs[0].merge(cs[5]); cell_text(m0, "Totalt", bold=True, size=9); cell_text(cs[6], str(len(ms)), bold=True, size=9)
    d.add_heading("Utdyping", 2)
    for c, under in order:
        for m in under:
            para(d, parts=[(m["title"] + ". ", "b"), (m["description"], "")])
    d.save(path)

RENDER = {"2022_Spekter_rapport.docx": spekter2022, "2023_HKdir_rapport.docx": hkdir2023, "2024_YS_rapport.docx": ys2024,
          "2025_Vestland_rapport.docx": vestland2025, "2026_Nordland_rapport.docx": nordland2026}
