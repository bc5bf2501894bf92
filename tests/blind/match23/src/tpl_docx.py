# -*- coding: utf-8 -*-
"""Word templates of batch match23 (one function per template)."""
import re
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from common import (new_doc, shade, par_border, add_hyperlink, run, set_col_widths, repeat_header, footer_text,
                    codes, oldnos, partners)

ORD = ["første", "andre", "tredje", "fjerde", "femte", "sjette", "sjuende", "åttende", "niende"]


# ------------------------------------------------------------------ 1 Spekter 2017
def per_section_running_header(rep, path):
    from docx.enum.section import WD_SECTION
    doc = new_doc("Cambria", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = ""
    run(hp, "Spekter · Rapportering NKPS 2017", size=8, color="7F7F7F")
    footer_text(doc, "Spekter – rapportering til Kompetansepolitisk råd 2017")
    doc.add_heading("Spekters oppfølging av Nasjonal kompetansepolitisk strategi 2017", 0)
    p = doc.add_paragraph()
    run(p, "Til: Kompetansepolitisk råd, v/ sekretariatet i Kompetanse Norge\nDato: 15. desember 2017", italic=True,
        size=9)
    doc.add_paragraph(
        "Spekter viser til avtalen om rapportering fra rådsmedlemmene. Hvert tiltak er omtalt på en egen side, med "
        "tiltakets navn i topptekst. Relasjonen til strategien er angitt med nummeret på strategiens tiltak (1–16).")
    doc.add_paragraph(
        "Spekter vil i 2018 videreføre arbeidsgivernettverket og møteplassen for lærebedrifter, og vurdere om "
        "konferansen med LO skal gjentas.")
    for m in rep["measures"]:
        ns = doc.add_section(WD_SECTION.NEW_PAGE)
        ns.header.is_linked_to_previous = False
        hp = ns.header.paragraphs[0]; hp.text = ""
        run(hp, "Spekter · Rapportering NKPS 2017 · " + m["title"], size=8, color="7F7F7F")
        doc.add_heading(m["title"], 1)
        for lab, v in [("Relasjon til NKPS", "tiltak nr. " + oldnos(m)), ("Type tiltak", m["ptype"]),
                       ("Ansvarlig", m["resp"]), ("Samarbeid", partners(m, " og ")),
                       ("Tidspunkt og varighet", m["period"])]:
            p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(2)
            run(p, lab + ": ", bold=True); run(p, v)
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10); run(p, "Om tiltaket", bold=True, size=12)
        doc.add_paragraph(m["desc"])
    doc.save(path)


# ------------------------------------------------------------------ 2 LO 2017
def speech_manuscript(rep, path):
    doc = new_doc("Arial", 12)
    p = doc.add_paragraph(); run(p, "MANUS – TALT ORD GJELDER", bold=True, size=10, color="C00000")
    p = doc.add_paragraph()
    run(p, "Innlegg i Kompetansepolitisk råd 14. desember 2017\nLOs oppfølging av Nasjonal kompetansepolitisk "
           "strategi", bold=True, size=16)
    p = doc.add_paragraph(); run(p, "Ved 1. nestleder i LO · ca. 8 minutter", italic=True, size=10)
    p = doc.add_paragraph(); run(p, "[LYSBILDE 1: Tittel]", bold=True, size=10, color="2F5597")
    doc.add_paragraph(
        "Takk for ordet, og takk for et godt samarbeid det første året med strategien. For LO har det vært viktig "
        "at strategien ble signert av både regjeringen og partene. Vi har også merket oss regjeringens arbeid med "
        "et kompetansebehovsutvalg, og vi ser fram til å bidra der. Men i dag skal jeg snakke om hva LO selv har "
        "gjort.")
    p = doc.add_paragraph(); run(p, "[PAUSE]", italic=True, size=10, color="7F7F7F")
    for i, m in enumerate(rep["measures"]):
        p = doc.add_paragraph()
        run(p, f"[LYSBILDE {i + 2}: {m['ptype']} – NKPS tiltak nr. {oldnos(m)}]", bold=True, size=10,
            color="2F5597")
        p = doc.add_paragraph()
        run(p, f"For det {ORD[i]}: ")
        run(p, m["title"], bold=True)
        run(p, ". " + m["desc"] + " ")
        if m["resp"] == "LO":
            who = "Det er LO som har ansvaret"
        else:
            who = f"Ansvaret ligger hos {m['resp']}"
        run(p, f"{who}, sammen med {partners(m, ' og ')}. Tidsrom: {m['period']}.")
    p = doc.add_paragraph(); run(p, "[LYSBILDE 7: Veien videre]", bold=True, size=10, color="2F5597")
    doc.add_paragraph(
        "Til slutt: Vi trenger et løft for voksne uten fullført videregående. LO vil neste år foreslå et felles "
        "løft sammen med arbeidsgiversiden. Takk for oppmerksomheten.")
    doc.save(path)


# ------------------------------------------------------------------ 5 LO 2018
RISK = [("Middels", "Tettere oppfølging av forbundene og flere kursdatoer"),
        ("Lav", "Faste forberedende møter i LOs sekretariat"),
        ("Høy", "Avklare finansiering av utprøving før sommeren"),
        ("Lav", "Evaluering sammen med Spekter"),
        ("Middels", "Markedsføring gjennom forbundenes nettsider"),
        ("Middels", "Sikre at tillitsvalgte får materiell i tide"),
        ("Høy", "Rekruttere nok fagarbeidere som ambassadører")]


def risk_register_table(rep, path):
    doc = new_doc("Calibri", 9, landscape=True, margins=1.5)
    footer_text(doc, "LO · Tiltaksregister NKPS 2018 · Internt arbeidsdokument, oversendt Kompetansepolitisk råd")
    p = doc.add_paragraph(); run(p, "Tiltaksregister med risikovurdering – Nasjonal kompetansepolitisk strategi 2018",
                                 bold=True, size=15, color="C00000")
    doc.add_paragraph(
        "Registeret viser LOs tiltak i 2018 med en enkel risikovurdering av gjennomføringen. Kolonnen "
        "«Risikoreduserende tiltak» beskriver hvordan vi håndterer risikoen, og er ikke egne tiltak.")
    hdr = ["Nr", "Tiltak og beskrivelse", "Delmål", "Type", "Eier / partnere", "Periode", "Risiko",
           "Risikoreduserende tiltak"]
    t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]; c.text = ""
        run(c.paragraphs[0], h, bold=True, color="FFFFFF"); shade(c, "C00000")
    repeat_header(t.rows[0])
    for n, m in enumerate(rep["measures"], 1):
        c = t.add_row().cells
        c[0].text = f"L-{n:02d}"
        c[1].text = ""
        run(c[1].paragraphs[0], m["title"], bold=True)
        c[1].add_paragraph(m["desc"])
        c[2].text = codes(m, "\n")
        c[3].text = m["ptype"]
        c[4].text = ""
        run(c[4].paragraphs[0], "Eier: " + m["resp"])
        c[4].add_paragraph("Partnere: " + partners(m))
        c[5].text = m["period"]
        r, txt = RISK[(n - 1) % len(RISK)]
        c[6].text = r
        shade(c[6], {"Høy": "F4B6B6", "Middels": "FFE699", "Lav": "C6E0B4"}[r])
        c[7].text = txt
    set_col_widths(t, [1.1, 8.0, 1.4, 2.2, 4.2, 2.2, 1.6, 5.5])
    p = doc.add_paragraph(); run(p, "Samlet risikovurdering: Middels. Registeret oppdateres kvartalsvis.", italic=True)
    doc.save(path)


# ------------------------------------------------------------------ 6 Sogn og Fjordane 2018 (nynorsk)
URLS = ["https://www.sfj.no/kompetanseforum", "https://www.sfj.no/karrieresenteret-vaksne",
        "https://www.sfj.no/hvl-fagskulen-samarbeid", "https://www.sfj.no/fagbrev-havbruk",
        "https://www.sfj.no/laerlingloft-kommunane"]


def hyperlink_link_collection(rep, path):
    doc = new_doc("Calibri", 11)
    p = doc.add_paragraph(); run(p, "Sogn og Fjordane fylkeskommune", bold=True, size=10, color="00703C")
    p = doc.add_paragraph(); run(p, "Kompetansetiltak i Sogn og Fjordane 2018", bold=True, size=18)
    p = doc.add_paragraph(); run(p, "Lenkjesamling og rapport til Kompetansepolitisk råd", italic=True, size=12)
    doc.add_paragraph(
        "Fylkeskommunen rapporterer her kva tiltak vi har arbeidd med i 2018 for å følgje opp Nasjonal "
        "kompetansepolitisk strategi. Kvart tiltak har ei eiga nettside; klikk på namnet for å lese meir. Under "
        "namnet står delmål, type tiltak, ansvarleg, partnarar og periode.")
    p = doc.add_paragraph(); run(p, "Tiltak", bold=True, size=14, color="00703C")
    for m, url in zip(rep["measures"], URLS):
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10); p.paragraph_format.space_after = Pt(0)
        add_hyperlink(p, url, m["title"], bold=True)
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        run(p, url, size=8, color="808080")
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(2)
        run(p, f"Delmål {codes(m)} · {m['ptype']} · Ansvarleg: {m['resp']} · Partnarar: {partners(m)} · "
               f"{m['period']}", size=9, color="404040")
        doc.add_paragraph(m["desc"])
    p = doc.add_paragraph(); run(p, "Andre nyttige lenkjer", bold=True, size=14, color="00703C")
    for txt, url in [("Nasjonal kompetansepolitisk strategi 2017–2021 (regjeringen.no)",
                      "https://www.regjeringen.no/no/dokumenter/nasjonal-kompetansepolitisk-strategi-2017-2021/"),
                     ("Kompetanse Noreg – om Kompetansepolitisk råd", "https://www.kompetansenorge.no/"),
                     ("Regional plan for verdiskaping (PDF)", "https://www.sfj.no/regional-plan-verdiskaping")]:
        p = doc.add_paragraph(style="List Bullet"); add_hyperlink(p, url, txt)
    p = doc.add_paragraph(); run(p, "Kontakt: rådgjevar kompetanse, tlf. 57 65 61 00", size=9, italic=True)
    doc.save(path)


# ------------------------------------------------------------------ 9 KS 2019
KS_GROUPS = [("Målgruppe: Ansatte uten fagbrev", ["KS-fagbrev"]),
             ("Målgruppe: Ledere og HR", ["KLOFT"]),
             ("Målgruppe: Alle ansatte", ["KS-dig"]),
             ("Målgruppe: Ungdom og lærlinger", ["KS-larling", "SAMFK-1"])]


def target_group_headings(rep, path):
    doc = new_doc("Calibri", 11)
    footer_text(doc, "KS – Kommunesektorens organisasjon · Rapport NKPS 2019")
    doc.add_heading("KS' kompetansetiltak 2019 – ordnet etter målgruppe", 0)
    doc.add_paragraph(
        "KS har valgt å ordne årets rapport etter hvem tiltakene retter seg mot. Kommunesektoren har 500 000 "
        "ansatte, og behovene er svært ulike. Under hvert tiltak oppgis delmål, type, ansvarlig, partnere og "
        "periode på én linje.")
    bykey = {m["key"]: m for m in rep["measures"]}
    for g, keys in KS_GROUPS:
        doc.add_heading(g, 1)
        for k in keys:
            m = bykey[k]
            doc.add_heading(m["title"], 2)
            p = doc.add_paragraph()
            bits = [("Delmål", codes(m, " og ")), ("Type", m["ptype"]), ("Ansvarlig", m["resp"]),
                    ("Partnere", partners(m)), ("Periode", m["period"])]
            for i, (l, v) in enumerate(bits):
                if i: run(p, " — ", color="808080")
                run(p, l + ": ", bold=True, size=10); run(p, v, size=10)
            doc.add_paragraph(m["desc"])
    doc.add_heading("Om rapporteringen", 1)
    doc.add_paragraph("Tiltakene under «Ledere og HR» retter seg også mot tillitsvalgte. KS deltar i tillegg i "
                      "Kompetansebehovsutvalget, som rapporteres av Kunnskapsdepartementet.")
    doc.save(path)


# ------------------------------------------------------------------ 13 Spekter 2020
CHAPTERS = [("Til kapittel 4.1 Gode valg for den enkelte og for samfunnet (strategien s. 10–12)",
             "Spekter mener fagopplæringen i helseforetakene må synliggjøres bedre i karriereveiledningen.",
             ["SP-moteplass"]),
            ("Til kapittel 3.2 Læring i arbeidslivet (strategien s. 14–16)",
             "Spekter støtter strategiens vekt på læring i arbeidslivet, men mener kunnskapsgrunnlaget om "
             "sykehussektoren er svakt.", ["SP-nettverk", "SP-kartlegg"]),
            ("Til kapittel 2.3 Yrkesfag og læreplasser (strategien s. 17)",
             "Helseforetakene kan ta inn langt flere lærlinger enn i dag.", ["SP-samling20"]),
            ("Til kapittel 5.2 Voksne med svak tilknytning til arbeidslivet (strategien s. 20–22)",
             "Kompetanseplussordningen er for lite kjent blant arbeidsgivere i helse.", ["SP-sokekonf"])]


def hearing_response_chapters(rep, path):
    doc = new_doc("Georgia", 10.5)
    footer_text(doc, "Spekter · Rapport til Kompetansepolitisk råd 2020")
    p = doc.add_paragraph(); run(p, "Spekter", bold=True, size=20, color="1F3864")
    p = doc.add_paragraph(); run(p, "Vår ref.: 20/0412   Dato: 4. desember 2020", size=9)
    p = doc.add_paragraph()
    run(p, "Spekters rapport 2020 – kommentarer og tiltak per kapittel i strategien", bold=True, size=14)
    doc.add_paragraph(
        "Spekter følger strukturen i strategidokumentet. For hvert kapittel gir vi først en kort merknad og lister "
        "deretter våre tiltak. Faktalinjen under hvert tiltak angir delmål – type – ansvarlig – "
        "samarbeidspartnere – periode.")
    bykey = {m["key"]: m for m in rep["measures"]}
    for head, note, keys in CHAPTERS:
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(12)
        run(p, head, bold=True, size=12, color="1F3864")
        p = doc.add_paragraph(); run(p, "Merknad: ", bold=True); run(p, note, italic=True)
        p = doc.add_paragraph(); run(p, "Spekters tiltak:", bold=True)
        for k in keys:
            m = bykey[k]
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(0.6); p.paragraph_format.space_after = Pt(0)
            run(p, "▸ ", color="1F3864"); run(p, m["title"], bold=True)
            p = doc.add_paragraph(); p.paragraph_format.left_indent = Cm(0.6); p.paragraph_format.space_after = Pt(0)
            run(p, " – ".join(["Delmål " + codes(m, " og "), m["ptype"], m["resp"], partners(m, " og "),
                               m["period"]]), size=9, color="595959")
            p = doc.add_paragraph(m["desc"]); p.paragraph_format.left_indent = Cm(0.6)
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(12)
    run(p, "Til kapittel 5 Oppfølging og rapportering", bold=True, size=12, color="1F3864")
    doc.add_paragraph("Spekter ønsker en enklere rapporteringsmal med faste felt, slik at tiltakene blir lettere å "
                      "sammenligne på tvers av rådsmedlemmene.")
    doc.save(path)


# ------------------------------------------------------------------ 14 Vestland 2021 (nynorsk)
MILE = {
    "VL-forum": [("Oppstartsmøte i forumet", "mars 2020", "Ferdig"), ("Felles kunnskapsgrunnlag", "juni 2021", "Ferdig"),
                 ("Arbeidsprogram 2022", "desember 2021", "Pågår")],
    "VL-plan": [("Planprogram vedteke", "februar 2020", "Ferdig"), ("Høyring av planframlegg", "mai 2021", "Ferdig"),
                ("Vedtak i fylkestinget", "oktober 2021", "Planlagt")],
    "VL-karriere": [("Felles nettside for karrieresentera", "august 2020", "Ferdig"),
                    ("Rettleiing på nett for vaksne", "april 2021", "Ferdig")],
    "SF-HVL": [("Ny samarbeidsavtale", "januar 2021", "Ferdig"), ("Felles emne i automasjon", "august 2021", "Pågår")],
    "VL-bio": [("Ny tildelingsrutine for BIO", "januar 2020", "Ferdig"), ("Evaluering av første år", "juni 2021", "Ferdig"),
               ("Utlysing 2022", "november 2021", "Planlagt")],
}


def milestone_subtables(rep, path):
    doc = new_doc("Calibri", 11)
    footer_text(doc, "Vestland fylkeskommune · Kompetanse og arbeidsliv · Rapport 2021")
    doc.add_heading("Vestland fylkeskommune – tiltak i kompetansepolitikken 2021", 0)
    doc.add_paragraph(
        "Rapporten gjeld oppfølginga av Nasjonal kompetansepolitisk strategi i 2021. Kvart tiltak har ei "
        "faktalinje og ein tabell over milepælar. Milepælane er delsteg i tiltaka og ikkje eigne tiltak.")
    for m in rep["measures"]:
        doc.add_heading(m["title"], 2)
        p = doc.add_paragraph()
        run(p, f"Delmål {codes(m, ' og ')} | {m['ptype']} | Ansvarleg: {m['resp']} | Partnarar: {partners(m)} | "
               f"Periode: {m['period']}", size=9, color="1F4E79")
        doc.add_paragraph(m["desc"])
        p = doc.add_paragraph(); run(p, "Milepælar", bold=True, size=9)
        t = doc.add_table(rows=1, cols=3); t.style = "Light Grid Accent 1"
        for i, h in enumerate(["Milepæl", "Dato", "Status"]):
            t.rows[0].cells[i].text = h
        for ms in MILE[m["key"]]:
            c = t.add_row().cells
            for i, v in enumerate(ms):
                c[i].text = v
        set_col_widths(t, [8.5, 3.5, 3.0])
        doc.add_paragraph()
    doc.add_heading("Vidare arbeid", 1)
    doc.add_paragraph("I 2022 vil fylkeskommunen prioritere handlingsdelen til den regionale planen og eit tettare "
                      "samarbeid med NAV om vaksne utan fullført vidaregåande opplæring.")
    doc.save(path)


# ------------------------------------------------------------------ 16 NHO 2021
STATUS = {"SAMFK-1": "Avsluttet", "KBU": "Pågår", "NHO-YON": "Avsluttet", "NHO-barometer": "Pågår",
          "NHO-laerebedrift": "Avsluttet", "BRANSJE": "Pågår", "VEILEDER": "Ferdig"}


def retrospective_by_start_year(rep, path):
    doc = new_doc("Calibri", 11)
    footer_text(doc, "NHO · Sluttrapport Nasjonal kompetansepolitisk strategi 2017–2021")
    doc.add_heading("NHOs sluttrapport for strategiperioden 2017–2021", 0)
    doc.add_paragraph(
        "Strategiperioden er over. I denne rapporten ser NHO tilbake på tiltakene vi har rapportert, ordnet etter "
        "året tiltaket startet. Noen tiltak startet før strategien ble signert. Tiltak som ble avsluttet før 2020 "
        "og ikke er fulgt opp, er ikke tatt med.")
    doc.add_heading("Antall tiltak per startår", 1)
    yrs = {}
    for m in rep["measures"]:
        y = re.search(r"(\d{4})", m["period"]).group(1)
        yrs.setdefault(y, []).append(m)
    t = doc.add_table(rows=2, cols=len(yrs) + 1); t.style = "Table Grid"
    t.rows[0].cells[0].text = "Startår"; t.rows[1].cells[0].text = "Antall"
    for i, y in enumerate(sorted(yrs), 1):
        t.rows[0].cells[i].text = y; t.rows[1].cells[i].text = str(len(yrs[y]))
    for y in sorted(yrs):
        doc.add_heading(f"Tiltak startet i {y}", 1)
        for m in yrs[y]:
            doc.add_heading(m["title"], 3)
            p = doc.add_paragraph(); run(p, "Status 2021: ", bold=True); run(p, STATUS[m["key"]], color="2E75B6")
            p = doc.add_paragraph()
            for i, (l, v) in enumerate([("Delmål", codes(m, ", ")), ("Type", m["ptype"]), ("Ansvar", m["resp"]),
                                        ("Partnere", partners(m)), ("Periode", m["period"])]):
                run(p, ("  " if i else "") + l + ": ", bold=True, size=9); run(p, v, size=9)
            doc.add_paragraph(m["desc"])
    doc.add_heading("NHOs vurdering", 1)
    doc.add_paragraph("NHO mener strategien har gitt et bedre samarbeid mellom partene og myndighetene, og ønsker "
                      "at en ny strategi bygger videre på bransjeprogrammene og Kompetansebehovsutvalgets arbeid.")
    doc.save(path)


# ------------------------------------------------------------------ 17 Virke 2022
def coded_type_column_footnote_key(rep, path):
    doc = new_doc("Arial", 9, landscape=True, margins=1.6)
    footer_text(doc, "Virke · Tiltak i Nasjonal kompetansepolitisk strategi 2022")
    p = doc.add_paragraph(); run(p, "Virke – tiltakstabell 2022", bold=True, size=16, color="E2001A")
    doc.add_paragraph("Tabellen viser Virkes tiltak i 2022. Typen er angitt med kode¹ og organisasjoner med "
                      "forkortelse².")
    hdr = ["Nr", "Tiltak", "Delmål", "Type¹", "Ansvar", "Partnere²", "Periode", "Kort beskrivelse"]
    t = doc.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]; c.text = ""; run(c.paragraphs[0], h, bold=True, color="FFFFFF"); shade(c, "E2001A")
    repeat_header(t.rows[0])
    for n, m in enumerate(rep["measures"], 1):
        c = t.add_row().cells
        for i, v in enumerate([str(n), m["title"], codes(m, ", "), m["ptype"], m["resp"], partners(m), m["period"],
                               m["desc"]]):
            c[i].text = v
        if n % 2 == 0:
            for cc in c:
                shade(cc, "F7F7F7")
    set_col_widths(t, [0.8, 5.5, 1.5, 1.0, 1.8, 3.0, 2.6, 9.5])
    p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(8)
    run(p, "¹ K = kurs/utdanning, A = arrangement, R = råd/utvalg/nettverk, F = FoU, P = prosjekt, I = informasjon.",
        size=7.5, color="595959")
    p = doc.add_paragraph()
    run(p, "² HK = Handel og Kontor i Norge; HK-dir = Direktoratet for høyere utdanning og kompetanse; Virke HUK = "
           "Virkes område for helse, utdanning og kultur; NHO, LO, YS = hovedorganisasjonene.", size=7.5,
        color="595959")
    p = doc.add_paragraph(); run(p, "Sum tiltak 2022: 7", bold=True)
    doc.save(path)


# ------------------------------------------------------------------ 19 LO 2023
def _csvq(v):
    if any(ch in v for ch in ';"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


def csv_pasted_semicolon(rep, path):
    doc = new_doc("Calibri", 11)
    p = doc.add_paragraph(); run(p, "LO – tiltak i Nasjonal kompetansepolitisk strategi 2023", bold=True, size=14)
    doc.add_paragraph("Eksport fra LOs tiltaksregister 12.01.2024, limt inn som tekst. Feltskilletegn er semikolon; "
                      "felt med semikolon står i anførselstegn. Flere delmål er skilt med komma.")
    lines = ["nr;tiltak;delmaal;type;ansvarlig;samarbeidspartnere;periode;beskrivelse"]
    for n, m in enumerate(rep["measures"], 1):
        desc = m["desc"]
        vals = [str(n), m["title"], ",".join(m["delmal"]), m["ptype"], m["resp"], ", ".join(m["partners"]),
                m["period"], desc]
        lines.append(";".join(_csvq(v) for v in vals))
    for ln in lines:
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        run(p, ln, font="Courier New", size=8)
    p = doc.add_paragraph(); run(p, f"Antall rader: {len(rep['measures'])}", font="Courier New", size=8)
    doc.add_paragraph("Spørsmål om eksporten kan rettes til LOs avdeling for utdanning og kompetanse.")
    doc.save(path)


# ------------------------------------------------------------------ 18 KS 2024
QUOTES = {
    "KS-fagbrev": ("Jeg hadde jobbet som assistent i tolv år. Med Fagbrev på jobb kunne jeg ta fagbrevet uten å "
                   "slutte i jobben.", "Anita, helsefagarbeider i Steinkjer kommune"),
    "KLOFT": ("Tilskuddet gjorde at vi kunne sende fem sykepleiere på videreutdanning samtidig.",
              "Enhetsleder i en kommune på Vestlandet"),
    "KS-dig": ("Modulen om informasjonssikkerhet burde alle ansatte ta.", "Rådgiver i Bodø kommune"),
    "SAMFK-2": ("Vi har doblet antallet lærlinger på to år.", "Personalsjef i Ringsaker kommune"),
    "KS-larling": ("Instruktørkurset ga meg trygghet i rollen.", "Instruktør i en barnehage i Molde"),
    "KS-heltid": ("Hele stillinger gjør det mulig å planlegge kompetanse for hele året.",
                  "Tillitsvalgt for Fagforbundet"),
}


def quote_box_testimonials(rep, path):
    doc = new_doc("Calibri", 11)
    footer_text(doc, "KS · Kompetanserapport 2024")
    doc.add_heading("KS – kompetansetiltak i kommunesektoren 2024", 0)
    doc.add_paragraph("Vi har i år latt deltakere og ledere komme til orde. Sitatene står i grå bokser etter hvert "
                      "tiltak.")
    for m in rep["measures"]:
        doc.add_heading(m["title"], 2)
        for l, v in [("Delmål", codes(m, " og ")), ("Type", m["ptype"]), ("Ansvar", m["resp"]),
                     ("Partnere", partners(m)), ("Periode", m["period"])]:
            p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(3))
            run(p, l + ":", bold=True, size=10); run(p, "\t" + v, size=10)
        p = doc.add_paragraph(m["desc"]); p.paragraph_format.space_before = Pt(6)
        q, who = QUOTES[m["key"]]
        p = doc.add_paragraph(); shade(p, "EDEDED"); par_border(p, "BFBFBF", 6)
        p.paragraph_format.left_indent = Cm(1); p.paragraph_format.right_indent = Cm(1)
        run(p, "«" + q + "»", italic=True, size=10)
        p = doc.add_paragraph(); shade(p, "EDEDED"); p.paragraph_format.left_indent = Cm(1)
        p.paragraph_format.right_indent = Cm(1); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run(p, "– " + who, size=9)
    doc.save(path)


def reading_order(rep):
    """Order of measures as they are read in the rendered document (for expected.json)."""
    bykey = {m["key"]: m for m in rep["measures"]}
    if rep["template"] == "hearing_response_chapters":
        return [bykey[k] for _, _, ks in CHAPTERS for k in ks]
    if rep["template"] == "target_group_headings":
        return [bykey[k] for _, ks in KS_GROUPS for k in ks]
    if rep["template"] == "retrospective_by_start_year":
        return sorted(rep["measures"], key=lambda m: re.search(r"(\d{4})", m["period"]).group(1))
    return rep["measures"]
