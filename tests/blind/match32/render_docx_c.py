# -*- coding: utf-8 -*-
"""Word renderers: NHO 2024 Nordic comparison, Vestland 2025 region crosstab (nn), HK-dir 2026 AI-assistant transcript."""
from docx.shared import Pt
from docx.enum.text import WD_COLOR_INDEX
from docx_common import new_doc, run, para, shade, cell_text, set_col_widths, table_borders, repeat_header, psj
from batch_data_common import AREAS_NN


# ---------------------------------------------------------------- 19 NHO 2024 Nordic comparison
THEMES = [
    ("Kunnskap om kompetansebehov",
     "Kompetensbarometern (Svenskt Näringsliv) – årlig undersøkelse av rekrutteringsbehov",
     "DA Kompetencebehovsanalyse – medlemsundersøkelse hvert annet år",
     "EK Osaamisbarometri – barometer for kompetansebehov i industrien"),
    ("Finansiering og insentiver",
     "Omställningsstudiestödet (CSN) – studiestøtte for voksne i arbeid, 2022–",
     "VEU-godtgørelse – kompensasjon for tapt lønn ved voksenopplæring",
     "JOTPA – senter for kontinuerlig læring og sysselsetting"),
    ("Rekruttering til fag- og yrkesopplæring",
     "Teknikcollege – samarbeid mellom bransje og skole om tekniske utdanninger",
     "Praktikpladsgaranti og AUB-midler til lærebedrifter",
     "Oppisopimus – lærekontrakt for ungdom og voksne"),
    ("Fagbrev for voksne",
     "Yrkesvux – yrkesopplæring for voksne i kommunal regi",
     "Voksenlærlingeordningen – tilskudd til bedrifter med voksne lærlinger",
     "Näyttötutkinto – kompetansebasert fagprøve for voksne"),
    ("Etter- og videreutdanning i bedriftene",
     "Branschvalidering og bransjeskoler i regi av partene",
     "Trepartsaftalen om voksen- og efteruddannelse (2017–2021) og oppfølgingen",
     "Työvoimakoulutus – arbeidsmarkedsopplæring etter bedriftenes behov"),
    ("Validering av realkompetanse",
     "Valideringsdelegationen – nasjonal koordinering (avsluttet 2019)",
     "IKV – individuel kompetencevurdering",
     "Osaamisen tunnustaminen – godkjenning av tidligere læring"),
]


def nho2024(f, path):
    d = new_doc("Calibri", 9.5, landscape=True, margins_cm=1.5, title="Kompetansepolitikk i Norden – NHO 2024", author="NHO")
    para(d, "Kompetansepolitikk i Norden – hva gjør arbeidsgiverorganisasjonene?", bold=True, size=16, color="003A70", space_after=2)
    para(d, "NHOs rapport til Kompetansepolitisk råd 2024. NHOs tiltak står i kolonnen «Norge – NHO» med NKPS-delmål og en "
            "faktalinje. De andre kolonnene viser tilsvarende initiativ hos søsterorganisasjonene i Norden til sammenlikning; "
            "de er ikke NHOs tiltak og inngår ikke i rapporteringen.", size=9.5, space_after=6)
    head = ["Tema", "Norge – NHO", "Sverige – Svenskt Näringsliv", "Danmark – DA", "Finland – EK"]
    t = d.add_table(rows=1 + len(THEMES), cols=5)
    table_borders(t, 4, "9DB3CC")
    for j, h in enumerate(head):
        cell_text(t.rows[0].cells[j], h, bold=True, size=9, color="FFFFFF"); shade(t.rows[0].cells[j], "003A70")
    repeat_header(t.rows[0])
    for i, (tema, se, dk, fi) in enumerate(THEMES, 1):
        r = t.rows[i].cells
        cell_text(r[0], tema, bold=True, size=9)
        ms = [m for m in f["measures"] if m["theme"] == i - 1]
        if not ms:
            cell_text(r[1], "Ingen eget NHO-tiltak i 2024 – se Virkes og LOs rapporter.", italic=True, size=8.5, color="7F7F7F")
        first = True
        for m in ms:
            p = r[1].paragraphs[0] if first else r[1].add_paragraph()
            if not first:
                p.paragraph_format.space_before = Pt(6)
            first = False
            run(p, m["title"], bold=True, size=9)
            p = r[1].add_paragraph()
            run(p, f"NKPS {' og '.join(m['delmal'])} · {m['tp']} · Ansvar: {m['resp']} · Med: {psj(m['partners'])} · {m['period']}",
                size=7.5, color="1F5F8B")
            p = r[1].add_paragraph(); run(p, m["desc"], size=8.5)
        for j, v in ((2, se), (3, dk), (4, fi)):
            cell_text(r[j], v, size=8.5, color="404040")
        shade(r[1], "EEF4FA")
    set_col_widths(t, [3.4, 8.6, 4.8, 4.8, 4.8])
    para(d, "", space_after=2)
    para(d, "Kilder: organisasjonenes nettsider og årsrapporter, april 2024. Oversettelser og sammendrag ved NHO.", size=8, italic=True)
    d.save(path)


# ---------------------------------------------------------------- 20 Vestland 2025 region crosstab (nn)
REGIONS = ["Bergen", "Nordhordland", "Sunnhordland", "Hardanger og Voss", "Sogn", "Sunnfjord", "Nordfjord"]


def vestland2025(f, path):
    d = new_doc("Calibri", 10, title="Kompetansetiltak i Vestland 2025", author="Vestland fylkeskommune")
    para(d, "Kompetansetiltak i Vestland 2025 – oversikt etter region", bold=True, size=16, color="00594F", space_after=2)
    para(d, "Rapport frå Vestland fylkeskommune til Kompetansepolitisk råd 2025", italic=True)
    para(d, "Tabell 1 viser kvar i fylket tiltaka blir gjennomførte, fordelte på dei tre hovudinnsatsområda i strategien. "
            "Tala i hakeparentes viser til omtalen av tiltaka under tabellen. Tiltak som gjeld heile fylket, står i alle regionane.")
    ms = f["measures"]
    num = {m["title"]: i for i, m in enumerate(ms, 1)}
    para(d, "Tabell 1 Tiltak etter region og hovudinnsatsområde", bold=True, size=10)
    t = d.add_table(rows=2 + len(REGIONS), cols=4)
    table_borders(t, 4, "7FB3A9")
    for j, h in enumerate(["Region"] + [f"{k} {v}" for k, v in AREAS_NN.items()]):
        cell_text(t.rows[0].cells[j], h, bold=True, size=8.5); shade(t.rows[0].cells[j], "D5E8E4")
    for i, reg in enumerate(REGIONS, 1):
        cell_text(t.rows[i].cells[0], reg, bold=True, size=9)
        for a in "123":
            items = [m for m in ms if m["delmal"][0][0] == a and (m["regions"] == "all" or (i - 1) in m["regions"])]
            cell = t.rows[i].cells[int(a)]
            for k, m in enumerate(items):
                p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
                run(p, f"{m['short']} [{num[m['title']]}]", size=8.5)
    cell_text(t.rows[-1].cells[0], "Tal tiltak", bold=True, size=9)
    for a in "123":
        cell_text(t.rows[-1].cells[int(a)], str(sum(m["delmal"][0][0] == a for m in ms)), bold=True, size=9)
    set_col_widths(t, [3.2, 4.6, 4.6, 4.6])
    para(d, "Omtale av tiltaka", style="Heading 1")
    for m in ms:
        p = para(d, style="Heading 2")
        run(p, f"[{num[m['title']]}]  ")
        run(p, m["title"])
        para(d, f"Delmål: {', '.join(m['delmal'])} · Type: {m['tp']} · Ansvarleg: {m['resp']} · "
                f"Samarbeid: {psj(m['partners'])} · Periode: {m['period']}", size=9, color="00594F", space_after=2)
        para(d, m["desc"])
    para(d, "Kontakt: Vestland fylkeskommune, avdeling for opplæring og kompetanse.", size=9, italic=True, space_before=10)
    d.save(path)


# ---------------------------------------------------------------- 22 HK-dir 2026 AI assistant transcript
FAKE = dict(title="Nasjonalt fagskoleråd – sekretariat", delmal=["2.3"], tp="Råd/utvalg/nettverk", resp="KD",
            partners=["HK-dir", "partene", "fagskolene"], period="2021–", desc="HK-dir er sekretariat for rådet og følger opp rådets arbeidsplan.")


def _turn(d, who):
    p = para(d, space_before=10, space_after=2)
    run(p, who, bold=True, size=10, color="5B2C83" if who.startswith("Assistent") else "1F4E79")


def hkdir2026(f, path):
    d = new_doc("Segoe UI", 10, title="Samtale – rapport KPR 2026", author="HK-dir")
    para(d, "Eksportert samtale · KI-assistent (Copilot) · 12. januar 2026 · hkdir.example", size=8, color="7F7F7F")
    p = para(d, space_after=8)
    r = run(p, "HK-dir, 13.01.2026: Vår rapport til Kompetansepolitisk råd 2026 er assistentens liste over tiltak, med rettingen "
               "nederst i samtalen (tiltak 6 er fjernet). Forslagene til nye tiltak er ikke rapportert.", bold=True, size=9.5)
    r.font.highlight_color = WD_COLOR_INDEX.YELLOW
    _turn(d, "Du")
    para(d, "Lag en ryddig rapport til Kompetansepolitisk råd ut fra notatene mine. For hvert tiltak: tittel, delmål, type, "
            "ansvarlig, samarbeid, periode og én setning om hva som skjedde i 2025. Notater:")
    raws = [m["raw"] for m in f["measures"]]
    raws.insert(5, "fagskolerådet – vi er sekretariat?? 2.3 – sjekk")
    for x in raws:
        para(d, x, font="Consolas", size=9, indent_cm=0.6, space_after=0)
    _turn(d, "Assistent")
    para(d, "Her er et utkast til rapport. Jeg har skrevet ut forkortelsene og brukt strategiens delmålskoder.")
    items = list(f["measures"])
    items.insert(5, FAKE)
    for i, m in enumerate(items, 1):
        p = para(d, space_before=6, space_after=0)
        run(p, f"Tiltak {i}: ", bold=True); run(p, m["title"], bold=True)
        for lab, val in [("Delmål", ", ".join(m["delmal"])), ("Type", m["tp"]), ("Ansvarlig", m["resp"]),
                         ("Samarbeid", psj(m["partners"])), ("Periode", m["period"]), ("Beskrivelse", m["desc"])]:
            p = para(d, style="List Bullet", space_after=0)
            run(p, lab + ": ", bold=True, size=9.5); run(p, val, size=9.5)
    para(d, "Vil du at jeg også foreslår nye tiltak for 2026?", space_before=6)
    _turn(d, "Du")
    para(d, "Ja, gi tre forslag. Og fjern punkt 6 – fagskolerådet er ikke vårt tiltak, det rapporteres av KD.")
    _turn(d, "Assistent")
    para(d, "Punkt 6 (Nasjonalt fagskoleråd – sekretariat) er fjernet. Resten av listen står uendret.")
    para(d, "Forslag til nye tiltak (ikke rapportert – til intern vurdering):")
    for x in ["KI-kompetanse for karriereveiledere i fylkene", "Nasjonal kartlegging av mikrokvalifikasjoner i fagskolene",
              "Digital kompetanseplan for små bedrifter"]:
        para(d, x, style="List Bullet")
    _turn(d, "Du")
    para(d, "Takk! Sender inn.")
    para(d, "KI-generert innhold kan inneholde feil. Kontroller viktig informasjon.", size=8, italic=True, color="7F7F7F", space_before=14)
    d.save(path)
