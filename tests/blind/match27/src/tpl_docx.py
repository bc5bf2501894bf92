# -*- coding: utf-8 -*-
import json
from common import *
from data import old_numbers

ANNET_AS = "Informasjon"


def ptype(ty, annet=ANNET_AS):
    return annet if ty == "Annet" else ty


# ------------------------------------------------------------ Spekter 2017
def alphabetical_letter_headings(rep, path):
    doc = new_doc("Cambria", 11)
    para(doc, "Spekter", bold=True, size=10, color="7A1F3D")
    para(doc, "Rapportering til Kompetansepolitisk råd – 2017", bold=True, size=18)
    para(doc, "Tiltakene Spekter rapporterer for 2017 er ordnet alfabetisk etter navn. "
              "Hvert tiltak har en linje med relasjon til NKPS tiltak nr. i strategiens liste.", italic=True)
    letters = []
    for r in rep["rows"]:
        L = r["t"][0].upper()
        if L not in letters:
            letters.append(L)
    para(doc, "Register:  " + "  ·  ".join(letters), size=10, color="7A1F3D")
    cur = None
    for r in rep["rows"]:
        L = r["t"][0].upper()
        if L != cur:
            cur = L
            p = para(doc, L, bold=True, size=36, color="7A1F3D", space_before=10, space_after=0)
        para(doc, r["t"], bold=True, size=12, space_after=2)
        para(doc, f"Relasjon til NKPS tiltak nr. {old_numbers(r['d'])}.", size=10, space_after=0)
        para(doc, f"Type tiltak: {ptype(r['ty'])}", size=10, space_after=0)
        ans = f"Ansvarlig: {r['r']}"
        if r["p"]:
            ans += f". Samarbeidspartnere: {partners(r['p'])}"
        para(doc, ans + ".", size=10, space_after=0)
        para(doc, f"Tidspunkt og varighet: {r['per']}", size=10, space_after=4)
        para(doc, r["desc"], space_after=8)
    t = table(doc, 1, 1)
    c = t.cell(0, 0); shade(c, "F2E6EA")
    cell_text(c, "Kontaktperson i Spekter", bold=True)
    c.add_paragraph("Seniorrådgiver Kari Nordmann, tlf. 23 00 00 00, kari.nordmann@spekter.no")
    doc.save(path)


# ------------------------------------------------------------ KD 2018
def prop1s_budget_posts(rep, path):
    doc = new_doc("Times New Roman", 11)
    rows = rep["rows"]
    para(doc, "Utdrag fra Prop. 1 S (2018–2019)", bold=True, size=16)
    para(doc, "Kunnskapsdepartementet – programkategori 07.60 Kompetansepolitikk og livslang læring", size=12)
    para(doc, "Tilrettelagt for rapportering til Kompetansepolitisk råd. Linjene merket «NKPS:» er satt inn av KD "
              "og viser hvilket delmål i kompetansestrategien tiltaket følger opp.", italic=True, size=10)
    chapters = [
        ("Kap. 258 Tiltak for livslang læring (jf. kap. 3258)", ["21 Spesielle driftsutgifter, kan overføres",
         "71 Tilskudd til fleksible videreutdanningstilbud"], [("147 520", "162 300", "214 900"), ("20 000", "40 000", "73 500")],
         rows[0:6]),
        ("Kap. 257 Program for basiskompetanse i arbeidslivet", ["70 Tilskudd, kan nyttes under post 21"],
         [("188 214", "196 733", "201 640")], rows[6:8]),
        ("Kap. 225 Tiltak i grunnopplæringen", ["64 Tilskudd til fagbrev på jobb"], [("0", "12 000", "24 600")],
         rows[8:9]),
    ]
    for head, posts, amounts, rs in chapters:
        doc.add_heading(head, level=1)
        para(doc, "(i 1 000 kr)", italic=True, size=9, align="right", space_after=0)
        t = table(doc, 1 + len(posts) + 1, 5, widths=[1.2, 7.5, 2.5, 2.5, 2.5])
        for i, h in enumerate(["Post", "Betegnelse", "Regnskap 2017", "Saldert budsjett 2018", "Forslag 2019"]):
            cell_text(t.cell(0, i), h, bold=True, size=9)
        tot = [0, 0, 0]
        for j, (pst, am) in enumerate(zip(posts, amounts), start=1):
            num, name = pst.split(" ", 1)
            cell_text(t.cell(j, 0), num, size=9); cell_text(t.cell(j, 1), name, size=9)
            for k in range(3):
                cell_text(t.cell(j, 2 + k), am[k], size=9, align="right")
                tot[k] += int(am[k].replace(" ", ""))
        n = len(posts) + 1
        cell_text(t.cell(n, 1), "Sum kap. " + head.split()[1], bold=True, size=9)
        for k in range(3):
            cell_text(t.cell(n, 2 + k), f"{tot[k]:,}".replace(",", " "), bold=True, size=9, align="right")
        doc.add_heading("Rapport for 2018", level=2)
        for r in rs:
            para(doc, r["t"], bold=True, italic=True, space_before=6, space_after=2)
            para(doc, r["desc"], space_after=2)
            fl = f"NKPS: delmål {codes(r['d'], ' og ')} | {ptype(r['ty'])} | Ansvarlig: {r['r']}"
            if r["p"]:
                fl += f" | Samarbeid: {partners(r['p'])}"
            fl += f" | Periode: {r['per']}"
            para(doc, fl, size=9, color="44546A", space_after=6)
        doc.add_heading("Mål for 2019", level=2)
        para(doc, "Departementet vil videreføre arbeidet og legge fram en vurdering av resultatene i neste budsjettproposisjon.")
    doc.save(path)


# ------------------------------------------------------------ LO 2019
QFORMS = ["Hva er «{}»?", "Hva har skjedd med «{}»?", "Hvordan deltar LO i «{}»?", "Hva er LOs rolle i «{}»?",
          "Hva var «{}»?", "Hvordan brukes «{}»?", "Hva er “{}”?"]


def faq_question_headings(rep, path):
    doc = new_doc("Arial", 11)
    para(doc, "LO – Spørsmål og svar om LOs oppfølging av kompetansestrategien 2019", bold=True, size=18, color="C00000")
    para(doc, "Denne oversikten er laget som spørsmål og svar. De første spørsmålene er generelle; "
              "deretter følger ett spørsmål per tiltak.", italic=True)
    doc.add_heading("Generelt", level=1)
    doc.add_heading("Hva er Nasjonal kompetansepolitisk strategi?", level=2)
    para(doc, "Strategien ble undertegnet i 2017 av regjeringen og partene i arbeidslivet og har 16 delmål.")
    doc.add_heading("Hvorfor rapporterer LO?", level=2)
    para(doc, "Alle medlemmene i Kompetansepolitisk råd rapporterer hvert år om sine tiltak.")
    doc.add_heading("Tiltakene", level=1)
    forms = [0, 1, 3, 2, 4, 5, 6]
    for i, r in enumerate(rep["rows"]):
        q = QFORMS[forms[i % len(forms)]].format(r["t"])
        doc.add_heading(q, level=2)
        para(doc, r["desc"])
        fl = f"Delmål: {codes(r['d'])} | Type: {ptype(r['ty'])} | Ansvar: {r['r']}"
        if r["p"]:
            fl += f" | Med: {partners(r['p'])}"
        fl += f" | Når: {r['per']}"
        para(doc, fl, size=9, color="595959")
    doc.add_heading("Hvem kan jeg kontakte?", level=2)
    para(doc, "Spørsmål kan rettes til LOs avdeling for utdanning og kompetanse.")
    doc.save(path)


# ------------------------------------------------------------ VOFO 2019
FIGS_VOFO = ["3 412 deltakere", "11 regioner", "4 avtaler", "126 språkkafeer", "19 karrieresentre"]


def stat_lead_paragraphs(rep, path):
    doc = new_doc("Calibri", 11)
    para(doc, "VOFO – Voksenopplæringsforbundet", bold=True, size=11, color="1F6F5C")
    para(doc, "Rapport til Kompetansepolitisk råd 2019", bold=True, size=20)
    para(doc, "Året i tall", bold=True, size=13, color="1F6F5C")
    t = table(doc, 2, 3, style=None)
    for i, (a, b) in enumerate([("1,1 mill.", "deltakere i studieforbund"), ("16", "studieforbund"),
                                ("410 000", "kurstimer")]):
        cell_text(t.cell(0, i), a, bold=True, size=24, color="1F6F5C", align="center")
        cell_text(t.cell(1, i), b, size=9, align="center")
    para(doc, "")
    para(doc, "Våre tiltak", bold=True, size=13, color="1F6F5C")
    for fig, r in zip(FIGS_VOFO, rep["rows"]):
        para(doc, fig, bold=True, size=26, color="1F6F5C", space_before=10, space_after=0)
        para(doc, r["t"], bold=True, size=13, space_after=0)
        bits = [f"Delmål {codes(r['d'], ' og ')}", ptype(r["ty"]), f"Ansvar: {r['r']}"]
        if r["p"]:
            bits.append(f"Med: {partners(r['p'])}")
        bits.append(r["per"])
        para(doc, " · ".join(bits), size=9, color="808080", space_after=2)
        para(doc, r["desc"])
    doc.save(path)


# ------------------------------------------------------------ KS 2020
INDIC_KS = ["Antall kommuner med kartlegging", "Antall aktive brukere", "Andel kommuner med kompetanseplan",
            "Antall trepartsmøter", "Antall møter i forumet", "Rapport levert", "Rapport publisert"]
RES_KS = ["2 årsverk i KS og prosjektmidler fra KMD", "Driftes innenfor KS' budsjett", "Statlige midler over HODs budsjett",
          "Ledertid i KS", "Egen tid", "Kjøp av tjenester, 0,8 mill. kr", "Egen analyseavdeling"]


def smart_criteria_rows(rep, path):
    doc = new_doc("Calibri", 11)
    para(doc, "KS – Rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2020", bold=True, size=16, color="00607A")
    para(doc, "KS beskriver hvert tiltak etter SMART-kriteriene. Tabellene viser hva som gjøres, hvordan det måles, "
              "hvem som eier tiltaket, hvilke ressurser som brukes og når det gjennomføres.")
    for i, r in enumerate(rep["rows"]):
        para(doc, r["t"], bold=True, size=13, space_before=12, space_after=0, color="00607A")
        dm = ("Bidrar til delmål " + codes(r["d"], ", ", " og ")) if r["d"] else "Bidrar ikke direkte til et delmål"
        para(doc, f"{dm} ({ptype(r['ty'])})", italic=True, size=10, space_after=2)
        t = table(doc, 5, 2, widths=[4.5, 11.5])
        own = f"Eier: {r['r']}."
        if r["p"]:
            own += f" Samarbeid: {partners(r['p'])}."
        vals = [("S – Spesifikt: hva skal gjøres", r["desc"]), ("M – Målbart: indikator", INDIC_KS[i]),
                ("A – Akseptert: eier og samarbeid", own), ("R – Realistisk: ressurser", RES_KS[i]),
                ("T – Tidsbestemt: når", r["per"])]
        for j, (a, b) in enumerate(vals):
            cell_text(t.cell(j, 0), a, bold=True, size=9); shade(t.cell(j, 0), "DDEFF3")
            cell_text(t.cell(j, 1), b, size=10)
    doc.save(path)


# ------------------------------------------------------------ YS 2021
def emoji_label_lines(rep, path):
    doc = new_doc("Segoe UI", 10.5)
    para(doc, "YS – rapport om kompetansestrategien 2021", bold=True, size=18, color="E36C0A")
    para(doc, "Slik leser du oversikten:  🎯 delmål   🏷️ type tiltak   👤 ansvarlig   🤝 samarbeidspartnere   📅 periode",
         size=9, color="595959")
    doc.add_heading("Tiltak 2021", level=1)
    for r in rep["rows"]:
        doc.add_heading(r["t"], level=2)
        lines = []
        if r["d"]:
            lines.append("🎯 " + codes(r["d"]))
        lines += ["🏷️ " + ptype(r["ty"]), "👤 " + r["r"]]
        if r["p"]:
            lines.append("🤝 " + partners(r["p"]))
        lines.append("📅 " + r["per"])
        for ln in lines:
            para(doc, ln, size=10, space_after=0)
        para(doc, r["desc"], space_before=4)
    para(doc, "YS, Brugata 19, Oslo – ys.no", size=8, color="808080", align="center")
    doc.save(path)


# ------------------------------------------------------------ HK-dir 2022
CTX_HK = ["Tjenesten ble etablert som prosjekt i 2020 og må få permanent finansiering.",
          "Rammeverket ble lansert i 2019, men brukes ulikt i fylkene.",
          "Mandatet for forumet utløp i 2021.",
          "Kompetansepluss-ordningene ble slått sammen i 2021.",
          "KD har bedt HK-dir lyse ut nye midler for 2022.",
          "Ansvaret for bransjeprogrammene ble flyttet til HK-dir ved etableringen.",
          "Det finnes ingen felles metode for realkompetansevurdering i arbeidslivet."]
KONS_HK = ["Behov for fast bemanning på 14 årsverk.", "Kursene må gjentas årlig.", "Sekretariatet ligger i HK-dir.",
           "Felles søknadsportal fra 2022.", "Utlysning i februar.", "Programrådene oppnevnes på nytt.",
           "Veileder på høring høsten 2023."]


def _rec_table(doc, items):
    t = table(doc, len(items), 2, widths=[3.5, 12.5])
    for j, (a, b) in enumerate(items):
        cell_text(t.cell(j, 0), a, bold=True, size=9); shade(t.cell(j, 0), "E7E6F7")
        cell_text(t.cell(j, 1), b, size=10)


def decision_record_log(rep, path):
    doc = new_doc("Calibri", 11)
    para(doc, "Beslutningslogg – HK-dirs oppfølging av kompetansestrategien 2022", bold=True, size=16, color="3B2F8F")
    para(doc, "Loggen viser beslutninger om tiltak HK-dir har tatt i 2022. Hver beslutning har et løpenummer. "
              "Forkastede forslag står i loggen for sporbarhetens skyld.", size=10)
    nr = 0
    for i, r in enumerate(rep["rows"]):
        nr += 1
        if i == 4:
            doc.add_heading(f"Beslutning B-2022-{nr:02d}: Egen mobilapp for karriereveiledning", level=2)
            _rec_table(doc, [("Status", "Forkastet"), ("Dato", "03.05.2022"),
                             ("Kontekst", "Det ble foreslått en egen app i tillegg til nettjenesten."),
                             ("Beslutning", "Forslaget avvises. Behovet dekkes av karriereveiledning.no."),
                             ("Konsekvenser", "Ingen."), ("Delmål", "1.3"), ("Tiltakstype", "Informasjon"),
                             ("Eier", "HK-dir"), ("Involverte", "–"), ("Gjelder for", "–")])
            nr += 1
        doc.add_heading(f"Beslutning B-2022-{nr:02d}: {r['t']}", level=2)
        _rec_table(doc, [("Status", "Vedtatt"), ("Dato", f"{10 + i}.0{1 + i % 8}.2022"), ("Kontekst", CTX_HK[i]),
                         ("Beslutning", r["desc"]), ("Konsekvenser", KONS_HK[i]), ("Delmål", codes(r["d"])),
                         ("Tiltakstype", ptype(r["ty"])), ("Eier", r["r"]), ("Involverte", partners(r["p"]) or "–"),
                         ("Gjelder for", r["per"])])
    doc.save(path)


# ------------------------------------------------------------ Virke 2023
def mail_merge_unfilled_fields(rep, path):
    doc = new_doc("Arial", 10.5)
    n = len(rep["rows"])
    for i, r in enumerate(rep["rows"]):
        if i:
            page_break(doc)
        para(doc, "Virke – Hovedorganisasjonen for virksomheter", bold=True, size=9, color="00704A", space_after=0)
        para(doc, f"Rapportering til Kompetansepolitisk råd 2023 · flettepost {i + 1} av {n}", size=9, color="808080")
        para(doc, "Tiltaksnavn: " , space_before=12, space_after=0).runs[0].bold = True
        para(doc, r["t"], bold=True, size=14, space_after=6)
        fields = [("Delmål", codes(r["d"]) or "«Delmål»"), ("Type tiltak", ptype(r["ty"])), ("Ansvarlig", r["r"]),
                  ("Samarbeidspartnere", partners(r["p"]) or "«Samarbeidspartnere»"),
                  ("Periode", r["per"] or "«Periode»")]
        for a, b in fields:
            p = para(doc, "", space_after=0)
            run(p, a + ": ", bold=True); run(p, b)
        p = para(doc, "", space_before=8, space_after=0); run(p, "Omtale:", bold=True)
        para(doc, r["desc"])
        para(doc, "Generert fra Virke CRM – fletting 12.01.2024 09:41", size=7, color="A0A0A0", space_before=24)
    doc.save(path)


# ------------------------------------------------------------ Møre og Romsdal 2024 (nn)
STATS_MR = [("–", "–", "–"), ("–", "–", "–"), ("1 840", "2 315", "1 402"), ("620", "74", "61"),
            ("3 150", "212", "118"), ("960", "288", "131")]


def course_statistics_table_nn(rep, path):
    doc = new_doc("Calibri", 9)
    sec = doc.sections[0]; landscape(sec); margins(sec, 1.5)
    para(doc, "Møre og Romsdal fylkeskommune", bold=True, size=10, color="005A8C", space_after=0)
    para(doc, "Kursstatistikk og tiltak 2024 – rapport til Kompetansepolitisk råd", bold=True, size=15)
    para(doc, "Tabellen viser tiltaka fylkeskommunen rapporterer for 2024, med timar og deltakarar der tiltaket er "
              "eit kurs- eller opplæringstilbod. Summeringsradene er ikkje eigne tiltak.", size=9)
    rows = rep["rows"]
    groups = [("Innsatsområde 1: Gode val for den enkelte og for samfunnet", [0, 1, 2]),
              ("Innsatsområde 2: Læring i arbeidslivet", [3]),
              ("Innsatsområde 3: Kompetansen til vaksne med svak tilknyting til arbeidslivet", [4, 5])]
    heads = ["Nr", "Tiltak", "Delmål", "Type", "Ansvarleg", "Samarbeid", "Periode", "Timar", "Deltakarar",
             "Av dei kvinner", "Merknad"]
    widths = [0.8, 4.2, 1.3, 2.0, 2.6, 3.2, 1.6, 1.2, 1.5, 1.4, 5.4]
    nrows = 1 + sum(2 + len(ix) for _, ix in groups) + 1
    t = table(doc, nrows, len(heads), widths=widths)
    for i, h in enumerate(heads):
        cell_text(t.cell(0, i), h, bold=True, size=8); shade(t.cell(0, i), "D9E7F1")
    repeat_header(t.rows[0])
    ri = 1; nr = 0
    tot = [0, 0, 0]
    typ = {"Råd/utvalg/nettverk": "Råd/utval/nettverk"}
    for g, ix in groups:
        c = t.cell(ri, 0).merge(t.cell(ri, len(heads) - 1))
        cell_text(c, g, bold=True, size=8); shade(c, "EFEFEF"); ri += 1
        sub = [0, 0, 0]
        for i in ix:
            r = rows[i]; nr += 1
            vals = [str(nr), r["t"], codes(r["d"]), typ.get(r["ty"], r["ty"]), r["r"], partners(r["p"]), r["per"],
                    *STATS_MR[i], r["desc"]]
            for k, v in enumerate(vals):
                cell_text(t.cell(ri, k), v, size=8, align="right" if 7 <= k <= 9 else None)
            for k in range(3):
                if STATS_MR[i][k] != "–":
                    sub[k] += int(STATS_MR[i][k].replace(" ", ""))
            ri += 1
        cell_text(t.cell(ri, 1), "Sum " + g.split(":")[0].lower(), italic=True, size=8)
        for k in range(3):
            cell_text(t.cell(ri, 7 + k), f"{sub[k]:,}".replace(",", " "), italic=True, size=8, align="right")
            tot[k] += sub[k]
        ri += 1
    cell_text(t.cell(ri, 1), "Sum alle tiltak", bold=True, size=8)
    for k in range(3):
        cell_text(t.cell(ri, 7 + k), f"{tot[k]:,}".replace(",", " "), bold=True, size=8, align="right")
    para(doc, "Kjelde: fylkeskommunen sitt kursregister per 31.12.2024.", italic=True, size=8)
    doc.save(path)


# ------------------------------------------------------------ HK-dir 2025
def json_export_pasted(rep, path):
    doc = new_doc("Calibri", 11)
    para(doc, "Eksport fra Rapporteringsportalen – HK-dir 2025", bold=True, size=14)
    para(doc, "Limt inn direkte fra systemet (JSON). Feltet «_mal» er systemets tomme mal og ikke et tiltak.",
         italic=True, size=9)
    tiltak = []
    for i, r in enumerate(rep["rows"], start=1):
        tiltak.append({"id": f"HKDIR-2025-{i:03d}", "tiltak": r["t"], "delmaal": r["d"], "type": ptype(r["ty"]),
                       "ansvarlig": r["r"], "partnere": r["p"], "periode": r["per"], "omtale": r["desc"],
                       "status": "pågår", "sist_endret": f"2025-12-{i + 3:02d}"})
    obj = {"rapport": {"rapportoer": "HK-dir", "aar": 2025, "eksportert": "2026-01-14T09:12:44", "versjon": "2.3"},
           "_mal": {"tiltak": "Navn på tiltaket", "delmaal": ["x.y"], "type": "Velg type", "ansvarlig": "",
                    "partnere": [], "periode": "", "omtale": "Kort omtale (maks 500 tegn)"},
           "tiltak": tiltak}
    txt = json.dumps(obj, ensure_ascii=False, indent=2)
    for ln in txt.split("\n"):
        p = para(doc, "", space_after=0)
        run(p, ln.replace(" ", "\u00a0") if ln.startswith(" ") else ln, font="Consolas", size=8)
    doc.save(path)


# ------------------------------------------------------------ Unio 2026
CONCEPTS_UNIO = [
    ("Delmål", "Strategiens 16 konkrete mål, nummerert 1.1–3.6 under tre hovedinnsatsområder."),
    ("Etter- og videreutdanning (EVU)", "Opplæring for personer i arbeid, med eller uten studiepoeng."),
    ("Kunstig intelligens (KI)", "Datasystemer som utfører oppgaver som krever menneskelig vurdering."),
    ("Realkompetanse", "All formell, ikke-formell og uformell kompetanse en person har."),
    ("Råd for samarbeid med arbeidslivet (RSA)", "Råd ved universiteter og høyskoler der arbeidslivet gir innspill "
     "til utdanningene. Se også: Deltakelse i RSA-rådene."),
]


def definition_list_glossary(rep, path):
    doc = new_doc("Georgia", 10.5)
    para(doc, "Begreper og tiltak", bold=True, size=20, color="8B1E3F")
    para(doc, "Unios rapport til Kompetansepolitisk råd 2026", size=12)
    para(doc, "Rapporten er skrevet som en alfabetisk begrepsliste. Oppslag merket [Tiltak] er Unios tiltak for 2026; "
              "de øvrige oppslagene forklarer begreper.", italic=True, size=9)
    entries = [(t, d, None) for t, d in CONCEPTS_UNIO] + [(r["t"], r["desc"], r) for r in rep["rows"]]
    order = "abcdefghijklmnopqrstuvwxyzæøå"
    entries.sort(key=lambda e: [order.index(ch) if ch in order else -1 for ch in e[0].lower()])
    for term, d, r in entries:
        p = para(doc, "", space_before=8, space_after=0)
        run(p, term, bold=True, size=11)
        if r:
            tag = ["Tiltak"]
            if r["d"]:
                tag.append("delmål " + codes(r["d"]))
            tag.append(ptype(r["ty"]))
            run(p, "  [" + " · ".join(tag) + "]", size=9, color="8B1E3F")
        q = para(doc, d, space_after=0); left_indent(q, 1.0)
        if r:
            bits = [f"Ansvar: {r['r']}"]
            if r["p"]:
                bits.append(f"Med: {partners(r['p'])}")
            bits.append(f"Periode: {r['per']}")
            q = para(doc, " · ".join(bits), italic=True, size=9, color="595959", space_after=0); left_indent(q, 1.0)
    doc.save(path)


# ------------------------------------------------------------ KS 2023 (docx → LibreOffice PDF)
SCORES_KS = [(5, 4, 5), (5, 5, 3), (4, 4, 4), (4, 3, 4), (4, 3, 3), (3, 3, 4), (3, 3, 3)]


def weighted_scoring_matrix(rep, path):
    doc = new_doc("Calibri", 10.5)
    sec = doc.sections[0]; margins(sec, 2.0)
    para(doc, "Prioriteringsmatrise – KS' tiltak i kompetansestrategien 2023", bold=True, size=16, color="00607A")
    para(doc, "Tiltakene er vurdert på en skala fra 1 til 5 etter tre vektede kriterier. Nullalternativet er tatt med "
              "som sammenligningsgrunnlag.", size=10)
    heads = ["Tiltak", "Delmål", "Relevans (40 %)", "Effekt (30 %)", "Gjennomførbarhet (30 %)", "Vektet sum", "Rang"]
    rows = rep["rows"]
    t = table(doc, len(rows) + 2, len(heads), widths=[6.0, 1.6, 1.8, 1.6, 2.2, 1.6, 1.1])
    for i, h in enumerate(heads):
        cell_text(t.cell(0, i), h, bold=True, size=8); shade(t.cell(0, i), "00607A")
        t.cell(0, i).paragraphs[0].runs[0].font.color.rgb = hexcolor("FFFFFF")
    allr = [(r["t"], codes(r["d"]), s) for r, s in zip(rows, SCORES_KS)] + [("Nullalternativ (ingen nye tiltak)", "–", (1, 1, 5))]
    for j, (tt, dm, s) in enumerate(allr, start=1):
        ws = 0.4 * s[0] + 0.3 * s[1] + 0.3 * s[2]
        vals = [tt, dm, str(s[0]), str(s[1]), str(s[2]), f"{ws:.1f}".replace(".", ","), str(j) if j <= len(rows) else "–"]
        for k, v in enumerate(vals):
            cell_text(t.cell(j, k), v, size=9, align=None if k == 0 else "center")
    para(doc, "")
    doc.add_heading("Tiltakene i prioritert rekkefølge", level=1)
    for j, r in enumerate(rows, start=1):
        doc.add_heading(f"{j}. {r['t']}", level=2)
        for a, b in [("Delmål", codes(r["d"])), ("Type", ptype(r["ty"])), ("Ansvarlig", r["r"]),
                     ("Samarbeid", partners(r["p"]) or "–"), ("Periode", r["per"])]:
            p = para(doc, "", space_after=0); run(p, a + ": ", bold=True, size=10); run(p, b, size=10)
        para(doc, r["desc"], space_before=4)
    doc.save(path)


DOCX_TEMPLATES = {f.__name__: f for f in [alphabetical_letter_headings, prop1s_budget_posts, faq_question_headings,
                                           stat_lead_paragraphs, smart_criteria_rows, emoji_label_lines,
                                           decision_record_log, mail_merge_unfilled_fields,
                                           course_statistics_table_nn, json_export_pasted, definition_list_glossary,
                                           weighted_scoring_matrix]}
