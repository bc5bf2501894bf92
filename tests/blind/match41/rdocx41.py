# -*- coding: utf-8 -*-
"""Word renderers for match41 (python-docx, raw XML where needed), one function per file."""
import datetime
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from docxkit import (new_doc, para, run, cell_text, cell_add_para, shade, table_borders, col_widths, repeat_header,
                     header_text, footer_page, core, page_break)
from batch_data import OLDNR, WORDS_NB, WORDS_NN

GREY = "595959"


def join(xs, sep=", "):
    return sep.join(xs)


def merge_row(t, r):
    a = t.cell(r, 0)
    b = t.cell(r, len(t.columns) - 1)
    return a.merge(b)


def tab_stop(p, cm):
    p.paragraph_format.tab_stops.add_tab_stop(Cm(cm))


def _d(y, m, d):
    return datetime.datetime(y, m, d, 10, 0, 0)


# --------------------------------------------------------------------------- Regjeringen 2017
def reg2017(f, path):
    doc = new_doc("Times New Roman", 11, landscape=True, margin_cm=1.8)
    header_text(doc.sections[0], "Kunnskapsdepartementet", "Oppfølging av NKPS – status 2017")
    footer_page(doc.sections[0], before="Side ", with_total=True, cached_total="2")
    para(doc, "Oppfølging av Nasjonal kompetansepolitisk strategi – Regjeringens tiltak 2017", bold=True, size=16, space_after=6)
    g = doc.add_table(rows=3, cols=2)
    for i, (k, v) in enumerate((("Til:", "Kompetansepolitisk råd v/sekretariatet"), ("Fra:", "Kunnskapsdepartementet"),
                                ("Dato:", "28.11.2017"))):
        cell_text(g.cell(i, 0), k, bold=True)
        cell_text(g.cell(i, 1), v)
    col_widths(g, [2.0, 10.0])
    para(doc, "")
    para(doc, "Regjeringen rapporterer sine tiltak under de 16 tiltakene i strategien. Der strategien legger "
              "hovedansvaret til partene, står det en merknad i stedet for tiltak. Et tiltak som følger opp flere av "
              "strategiens tiltak er ført opp under det første, og de andre numrene er nevnt i statusteksten.")
    strat = {1: "Etablere et kompetansebehovsutvalg (KBU)",
             2: "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
             3: "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
             4: "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
             9: "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
             12: "Stimulere til bruk av Kompetanseplussordningene"}
    groups = {}
    for m in f["measures"]:
        groups.setdefault(OLDNR[m["dm"][0]], []).append(m)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(("Regjeringens tiltak", "Dep.", "Med", "Virkemiddel", "Tidsplan", "Status og innhold")):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10)
        shade(t.rows[0].cells[i], "BFBFBF")
    repeat_header(t.rows[0])
    for nr in sorted(set(groups) | {9}):
        r = t.add_row()
        c = merge_row(t, len(t.rows) - 1)
        cell_text(c, f"Strategiens tiltak nr. {nr}: {strat[nr]}", bold=True, size=10)
        shade(c, "DEEAF6")
        if nr == 9:
            r = t.add_row()
            c = merge_row(t, len(t.rows) - 1)
            cell_text(c, "Partene i arbeidslivet har hovedansvaret – ikke rapportert av Regjeringen.", italic=True, size=10)
        for m in groups.get(nr, []):
            cells = t.add_row().cells
            st = m["desc"]
            rest = [OLDNR[d] for d in m["dm"][1:]]
            if rest:
                st += " Gjelder også tiltak nr. " + " og ".join(str(x) for x in rest) + "."
            for i, v in enumerate((m["title"], m["resp"], join(m["partners"]), m["tp"], m["period"], st)):
                cell_text(cells[i], v, size=10)
    col_widths(t, [5.2, 1.5, 4.2, 2.6, 2.6, 9.8])
    para(doc, "Dep. = ansvarlig departement. Med = samarbeidspartnere. Virkemiddel = departementets egen betegnelse.",
         italic=True, size=9, color=GREY)
    para(doc, "Videre arbeid 2018", bold=True, size=12, space_before=8)
    para(doc, "Regjeringen vil i 2018 holde regionale innspillsmøter om en kompetansereform. Dette er ikke et tiltak i "
              "årets rapport.")
    core(doc, "Oppfølging av NKPS 2017", "KD", _d(2017, 11, 28))
    doc.save(path)


# --------------------------------------------------------------------------- NHO 2018
def nho2018(f, path):
    doc = new_doc("Arial", 10.5)
    header_text(doc.sections[0], "NHO Næringslivets Hovedorganisasjon", "Rapport til Kompetansepolitisk råd 2018")
    footer_page(doc.sections[0], before="", left_text="Middelthuns gate 27 · 0368 Oslo · nho.no")
    para(doc, "NHOs oppfølging av Nasjonal kompetansepolitisk strategi 2018", bold=True, size=16, space_after=6)
    para(doc, "Tiltakene står under hovedinnsatsområdene i strategien. For hvert tiltak oppgir vi målet i strategien "
              "med ord, formen på tiltaket, hvem som er ansvarlig og hvem som er med.")
    areas = [("1 Gode valg for den enkelte og for samfunnet", "1"), ("2 Læring i arbeidslivet", "2"),
             ("3 Voksne med svak tilknytning til arbeidslivet", "3")]
    for ah, a in areas:
        ms = [m for m in f["measures"] if m["dm"][0].startswith(a)]
        if not ms:
            continue
        doc.add_heading(ah, level=1)
        for m in ms:
            p = doc.add_paragraph(style="List Number")
            run(p, m["title"], bold=True)
            for lab, val in (("Mål:", "; ".join(WORDS_NB[d] for d in m["dm"])), ("Form:", m["tp"]),
                             ("Ansvarlig:", m["resp"]), ("Med:", join(m["partners"]) or "–"), ("Tid:", m["period"])):
                q = para(doc, "", space_after=0)
                q.paragraph_format.left_indent = Cm(0.63)
                tab_stop(q, 3.2)
                run(q, lab, italic=True)
                run(q, "\t" + val)
            q = para(doc, m["desc"], space_before=3)
            q.paragraph_format.left_indent = Cm(0.63)
    doc.add_heading("Planlagt 2019 – ikke startet", level=1)
    for s in ("Kompetansereform for næringslivet – innspill til stortingsmeldingen",
              "Bransjeprogram for reiseliv (søknad under behandling)"):
        doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("Møter NHO har deltatt på", level=1)
    for s in ("Kompetansepolitisk råd, 14. juni og 22. november 2018", "Arendalsuka: debatt om fagskolen",
              "Innspillsmøte om kompetansereformen, Trondheim"):
        doc.add_paragraph(s, style="List Bullet")
    core(doc, "NHO rapport NKPS 2018", "NHO", _d(2018, 11, 29))
    doc.save(path)


# --------------------------------------------------------------------------- YS 2018
def ys2018(f, path):
    doc = new_doc("Calibri", 11)
    header_text(doc.sections[0], "YS – Yrkesorganisasjonenes Sentralforbund", rule=False)
    footer_page(doc.sections[0], before="Side ", with_total=True)
    para(doc, "Rapportering til Kompetansepolitisk råd – YS 2018", bold=True, size=15, space_after=6)
    para(doc, "YS og forbundene har i 2018 arbeidet med tiltakene under. I venstre kolonne står tiltaket med "
              "faktaopplysninger, i høyre kolonne hva vi gjør.")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Tiltak", bold=True)
    cell_text(t.cell(0, 1), "Hva gjør vi?", bold=True)
    shade(t.cell(0, 0), "D9E2F3"); shade(t.cell(0, 1), "D9E2F3")
    for m in f["measures"]:
        cs = t.add_row().cells
        cell_text(cs[0], m["title"], bold=True)
        for lab, val in (("Delmål", ", ".join(m["dm"])), ("Type", m["tp"]), ("Ansvar", m["resp"]),
                         ("Partnere", join(m["partners"])), ("Tid", m["period"])):
            cell_add_para(cs[0], f"{lab}: {val}", size=9, color=GREY)
        cell_text(cs[1], m["desc"])
    r = t.add_row()
    c = merge_row(t, len(t.rows) - 1)
    cell_text(c, "YS deltar i tillegg i en rekke andre fora; se YS' årsberetning for 2018.", italic=True, size=9)
    col_widths(t, [7.0, 9.5])
    para(doc, "")
    para(doc, "Med vennlig hilsen")
    para(doc, "YS")
    core(doc, "YS 2018", "YS", _d(2018, 12, 3))
    doc.save(path)


# --------------------------------------------------------------------------- Møre og Romsdal 2019 (nn)
def mr2019(f, path):
    doc = new_doc("Calibri", 11)
    header_text(doc.sections[0], "Møre og Romsdal fylkeskommune", "Rapport til Kompetansepolitisk råd 2019")
    footer_page(doc.sections[0], before="Side ")
    para(doc, "Rapport til Kompetansepolitisk råd 2019", bold=True, size=16, space_after=6)
    doc.add_heading("1 Innleiing", level=1)
    para(doc, "Fylkeskommunen har fått ei sterkare rolle i kompetansepolitikken. Under kjem tiltaka våre for 2019. "
              "Kapittelnummera i denne rapporten er våre eigne og må ikkje forvekslast med delmåla i strategien.")
    doc.add_heading("2 Tiltak", level=1)
    for i, m in enumerate(f["measures"]):
        doc.add_heading(f"2.{i + 1} {m['title']}", level=2)
        para(doc, m["desc"])
        t = doc.add_table(rows=5, cols=2)
        table_borders(t, inside=False, outside=False)
        for r, (lab, val) in enumerate((("NKPS-delmål", ", ".join(m["dm"])), ("Type", m["tp"]), ("Ansvarleg", m["resp"]),
                                        ("Samarbeid", join(m["partners"])), ("Tid", m["period"]))):
            cell_text(t.cell(r, 0), lab, bold=True, size=10)
            cell_text(t.cell(r, 1), val, size=10)
        col_widths(t, [3.5, 12.0])
    doc.add_heading("3 Planar for 2020", level=1)
    for s in ("Kompetansealliansen – oppstart våren 2020", "Ny modell for vaksenopplæring i kommunane"):
        doc.add_paragraph(s, style="List Bullet")
    core(doc, "MR 2019", "Møre og Romsdal fylkeskommune", _d(2019, 11, 25))
    doc.save(path)


# --------------------------------------------------------------------------- LO 2020 (Excel paste)
def lo2020(f, path):
    doc = new_doc("Calibri", 10, landscape=True, margin_cm=1.6)
    header_text(doc.sections[0], "LO", "Rapport NKPS 2020")
    footer_page(doc.sections[0], before="Side ", with_total=True)
    para(doc, "LOs tiltak 2020", bold=True, size=15, space_after=4)
    para(doc, "Tabellen er limt inn fra LOs oversikt i Excel. Status viser om tiltaket er nytt eller fortsatt fra et "
              "tidligere år.")
    status = {"L1": "Fortsatt fra 2017", "T22": "Fortsatt fra 2017", "T03": "Nytt 2020", "T07": "Nytt 2020",
              "T11": "Nytt 2020", "T20": "Nytt 2020", "L4": "Nytt 2020", "L6": "Nytt 2020"}
    heads = ("Løpenr", "Delmål", "Tiltak", "Status", "Eier", "Partnere", "Fra–til", "Tiltakstype", "Beskrivelse")
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "D9D9D9")
    n = 1
    for i, m in enumerate(f["measures"]):
        if i == 4:
            t.add_row()
            c = merge_row(t, len(t.rows) - 1)
            cell_text(c, "Korona: flere fysiske samlinger ble avlyst eller flyttet til nett våren 2020.", italic=True, size=9)
        cs = t.add_row().cells
        for j, v in enumerate((str(n), "; ".join(m["dm"]), m["title"], status[m["id"]], m["resp"], join(m["partners"]),
                               m["period"], m["tp"], m["desc"])):
            cell_text(cs[j], v, size=9)
        n += 1
    cs = t.add_row().cells
    cell_text(cs[0], str(n), size=9)
    col_widths(t, [1.2, 1.5, 4.0, 2.2, 1.8, 3.4, 1.8, 1.9, 8.2])
    core(doc, "LO 2020", "LO", _d(2020, 12, 1))
    doc.save(path)


# --------------------------------------------------------------------------- NAV 2020
def nav2020(f, path):
    doc = new_doc("Arial", 10)
    header_text(doc.sections[0], "Arbeids- og velferdsdirektoratet", "Internt notat", rule=True)
    footer_page(doc.sections[0], before="Side ")
    para(doc, "NOTAT", bold=True, size=18, space_after=4)
    g = doc.add_table(rows=4, cols=2)
    for i, (k, v) in enumerate((("Til:", "Kompetanse Norge – sekretariatet for Kompetansepolitisk råd"),
                                ("Fra:", "Arbeids- og velferdsdirektoratet, Ytelses- og tiltaksavdelingen"),
                                ("Dato:", "04.12.2020"), ("Sak:", "NAVs tiltak i oppfølgingen av NKPS 2020"))):
        cell_text(g.cell(i, 0), k, bold=True)
        cell_text(g.cell(i, 1), v)
    col_widths(g, [2.0, 14.0])
    para(doc, "")
    para(doc, "Tabellen viser tiltakene. Omfang er antall deltakere i 2020 der det er kjent. Merknadene under tabellen "
              "(a–f) beskriver tiltakene.")
    heads = ("", "Tiltak", "Målgruppe", "Omfang 2020", "Delmål", "Ansvar", "Samarbeid", "Varighet", "Virkemiddel")
    t = doc.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, bold=True, size=8.5)
        shade(t.rows[0].cells[i], "E2EFDA")
    mg = {"T18": ("Arbeidssøkere", "41 200"), "T10": ("Veiledere", "–"), "T17": ("Menn 25–55 år", "310"),
          "V1": ("Arbeidssøkere uten fagbrev", "95"), "V2": ("Arbeidssøkere", "2 900"), "V3": ("Sykmeldte", "140")}
    letters = "abcdef"
    for i, m in enumerate(f["measures"]):
        cs = t.add_row().cells
        for j, v in enumerate((letters[i] + ")", m["title"], mg[m["id"]][0], mg[m["id"]][1], " og ".join(m["dm"]),
                               m["resp"], join(m["partners"]), m["period"], m["tp"])):
            cell_text(cs[j], v, size=8.5)
    cs = t.add_row().cells
    cell_text(cs[1], "Sum deltakere", bold=True, size=8.5)
    cell_text(cs[3], "44 645", bold=True, size=8.5)
    col_widths(t, [0.7, 3.4, 2.0, 1.5, 1.3, 2.4, 2.4, 1.5, 1.9])
    para(doc, "Merknader", bold=True, size=11, space_before=8)
    for i, m in enumerate(f["measures"]):
        para(doc, f"{letters[i]}) {m['desc']}", size=9.5)
    core(doc, "NAV 2020", "Arbeids- og velferdsdirektoratet", _d(2020, 12, 4))
    doc.save(path)


# --------------------------------------------------------------------------- KS 2021
def ks2021(f, path):
    doc = new_doc("Calibri", 11)
    header_text(doc.sections[0], "KS", "Rapport til Kompetansepolitisk råd 2021")
    footer_page(doc.sections[0], before="", with_total=True, cached_total="3")
    para(doc, "KS' rapport til Kompetansepolitisk råd 2021", bold=True, size=16, space_after=6)
    doc.add_heading("Innledning", level=1)
    para(doc, "Bak hver overskrift står det i parentes om tiltaket er videreført fra tidligere rapporter eller nytt i år.")
    tag = {"K2": "videreført", "T17": "videreført", "T13": "nytt", "T03": "nytt", "K4": "nytt", "K6": "nytt"}
    doc.add_heading("Tiltakene", level=1)
    for m in f["measures"]:
        doc.add_heading(f"{m['title']} ({tag[m['id']]})", level=2)
        mal = "; ".join(f"{d} {WORDS_NB[d]}" for d in m["dm"])
        for lab, val in (("Kategori", m["tp"]), ("Eier", m["resp"]), ("Med", join(m["partners"])), ("Tidsrom", m["period"]),
                         ("Mål", mal)):
            p = doc.add_paragraph(style="List Bullet")
            run(p, lab + ": ", bold=True)
            run(p, val)
        para(doc, m["desc"])
    doc.add_heading("Oppsummering", level=1)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate((("Status", "Antall"), ("Videreført", "2"), ("Nytt", "4"), ("Sum", "6"))):
        cell_text(t.cell(i, 0), a, bold=(i in (0, 3)))
        cell_text(t.cell(i, 1), b, bold=(i in (0, 3)))
    col_widths(t, [4, 2])
    core(doc, "KS 2021", "KS", _d(2021, 11, 30))
    doc.save(path)


# --------------------------------------------------------------------------- Akademikerne 2022
def akad2022(f, path):
    doc = new_doc("Georgia", 10.5)
    header_text(doc.sections[0], "Akademikerne", "Rapportering NKPS 2022")
    footer_page(doc.sections[0], before="Side ", with_total=True, cached_total="3")
    para(doc, "Akademikernes rapport til Kompetansepolitisk råd 2022", bold=True, size=16, space_after=6)
    para(doc, "Akademikerne har seks medlemsforeninger som deltar i arbeidet. Under følger tiltakene, hver med en "
              "liten faktatabell og en kort omtale.")
    for i, m in enumerate(f["measures"]):
        doc.add_heading(f"{i + 1}. {m['title']}", level=2)
        t = doc.add_table(rows=3, cols=4)
        t.style = "Table Grid"
        vals = (("Delmål", ", ".join(m["dm"]), "Type", m["tp"]), ("Ansvarlig", m["resp"], "Partnere", join(m["partners"]) or "–"),
                ("Periode", m["period"], "", ""))
        for r, row in enumerate(vals):
            for c, v in enumerate(row):
                cell_text(t.cell(r, c), v, bold=(c % 2 == 0), size=9.5)
                if c % 2 == 0:
                    shade(t.cell(r, c), "EDEDED")
        col_widths(t, [2.4, 5.0, 2.4, 5.0])
        para(doc, m["desc"], space_before=4)
    doc.add_heading("Akademikernes representasjon", level=1)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for r, (a, b) in enumerate((("Organ", "Representant"), ("Kompetansebehovsutvalget (KBU)", "Akademikerne sentralt"),
                                ("Råd for samarbeid med arbeidslivet (RSA)", "Tekna, Samfunnsviterne"),
                                ("Nasjonalt råd for teknologisk utdanning", "Tekna"),
                                ("Kompetansepolitisk råd", "Akademikerne sentralt"))):
        cell_text(t.cell(r, 0), a, bold=(r == 0))
        cell_text(t.cell(r, 1), b, bold=(r == 0))
    core(doc, "Akademikerne 2022", "Akademikerne", _d(2022, 12, 1))
    doc.save(path)


# --------------------------------------------------------------------------- HK-dir 2023
def hkdir2023(f, path):
    doc = new_doc("Calibri", 11)
    header_text(doc.sections[0], "Direktoratet for høyere utdanning og kompetanse (HK-dir)", "NKPS 2023")
    footer_page(doc.sections[0], before="hkdir.no    ")
    para(doc, "HK-dirs oppfølging av Nasjonal kompetansepolitisk strategi 2023", bold=True, size=16, space_after=6)
    para(doc, "HK-dir forvalter ordninger og har oppdrag fra KD som følger opp strategien. Faktaarkene under viser "
              "delmål, type, ansvar, samarbeid og periode. Budsjett og kontaktperson er tatt med for informasjon.")
    budget = {"T09": "118 mill. kr", "T03": "450 mill. kr", "T15": "32 mill. kr", "T16": "4 mill. kr", "T14": "96 mill. kr",
              "T10": "1 mill. kr", "H1": "6 mill. kr", "H2": "3 mill. kr"}
    for m in f["measures"]:
        doc.add_heading(m["title"], level=2)
        t = doc.add_table(rows=7, cols=2)
        t.style = "Table Grid"
        for r, (lab, val) in enumerate((("Delmål", "; ".join(m["dm"])), ("Type", m["tp"]), ("Ansvar", m["resp"]),
                                        ("Samarbeid", join(m["partners"])), ("Periode", m["period"]),
                                        ("Budsjett 2023", budget[m["id"]]), ("Kontaktperson", "Seksjon for kompetanse i arbeidslivet"))):
            cell_text(t.cell(r, 0), lab, bold=True, size=10)
            shade(t.cell(r, 0), "DDEBF7")
            cell_text(t.cell(r, 1), val, size=10)
        col_widths(t, [3.4, 12.6])
        p = para(doc, "Om tiltaket", bold=True, space_before=4, space_after=0)
        para(doc, m["desc"])
    doc.add_heading("Andre oppdrag i 2023", level=1)
    para(doc, "HK-dir har også arbeidet med godkjenning av utenlandsk utdanning og med studentdata. Dette er ikke "
              "rapportert som tiltak her.")
    core(doc, "HK-dir 2023", "HK-dir", _d(2023, 12, 5))
    doc.save(path)


# --------------------------------------------------------------------------- Regjeringen 2024
def reg2024(f, path):
    doc = new_doc("Times New Roman", 12)
    header_text(doc.sections[0], "Kunnskapsdepartementet", "Notat")
    footer_page(doc.sections[0], before="", align="center")
    para(doc, "Oppfølging av Nasjonal kompetansepolitisk strategi – Regjeringens tiltak 2024", bold=True, size=15,
         space_after=6)
    para(doc, "1 Oversikt", bold=True, size=13)
    para(doc, "Tabellen gir ansvarlig departement, status og delmål. Omtalen i kapittel 2 gir samarbeid, periode og "
              "virkemiddel.")
    status = {"T01": "Videreført", "T09": "Videreført", "T14": "Videreført", "T07": "Videreført", "T03": "Videreført",
              "T04": "Nytt", "T06": "Nytt", "T13": "Nytt", "R4": "Nytt"}
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(("Tiltak", "Ansvarlig dep.", "Status", "Delmål")):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10)
        shade(t.rows[0].cells[i], "D0CECE")
    for m in f["measures"]:
        cs = t.add_row().cells
        for j, v in enumerate((m["title"], m["resp"], status[m["id"]], ", ".join(m["dm"]))):
            cell_text(cs[j], v, size=10)
    col_widths(t, [9.0, 2.6, 2.4, 2.4])
    para(doc, "")
    para(doc, "2 Omtale av tiltakene", bold=True, size=13)
    for m in f["measures"]:
        para(doc, m["title"], bold=True, space_before=6, space_after=0)
        para(doc, m["desc"], space_after=0)
        s = f"Samarbeid: {join(m['partners'])}; periode: {m['period']}; virkemiddel: {m['tp']}."
        para(doc, s, italic=True, size=10, color=GREY)
    para(doc, "3 Videre arbeid", bold=True, size=13, space_before=8)
    para(doc, "Regjeringen tar sikte på å legge fram en ny kompetansepolitisk strategi i 2025. Arbeidet er ikke et "
              "tiltak i denne rapporten.")
    core(doc, "Regjeringen 2024", "KD", _d(2024, 11, 27))
    doc.save(path)


# --------------------------------------------------------------------------- Spekter 2025
def spekter2025(f, path):
    doc = new_doc("Calibri", 11)
    header_text(doc.sections[0], "Spekter", "Oslo, 2. desember 2025", rule=False)
    footer_page(doc.sections[0], before="", left_text="Arbeidsgiverforeningen Spekter · spekter.no")
    para(doc, "Kompetansepolitisk råd v/sekretariatet i HK-dir")
    para(doc, "Spekters rapportering 2025", bold=True, size=14, space_before=8)
    para(doc, "Vi viser til brev om årlig rapportering. Spekters tiltak er ordnet etter tema.")
    topics = [("Fag- og yrkesopplæring", ["T02", "T06", "T20", "S1"]), ("Ledelse og HR", ["S2"]),
              ("Helse", ["S3", "S4"])]
    by = {m["id"]: m for m in f["measures"]}
    n = 1
    for th, ids in topics:
        doc.add_heading(th, level=2)
        for i in ids:
            m = by[i]
            para(doc, f"{n}) {m['title']}", bold=True, space_after=0)
            para(doc, f"Delmål: {', '.join(m['dm'])} — Type: {m['tp']} — Ansvarlig: {m['resp']} — "
                      f"Med: {join(m['partners'])} — Periode: {m['period']}", size=9.5, color=GREY, space_after=2)
            para(doc, m["desc"])
            n += 1
    para(doc, "Spørsmål kan rettes til Spekters avdeling for arbeidsliv og kompetanse.", space_before=8)
    para(doc, "Med vennlig hilsen")
    para(doc, "Arbeidsgiverforeningen Spekter")
    core(doc, "Spekter 2025", "Spekter", _d(2025, 12, 2))
    doc.save(path)
