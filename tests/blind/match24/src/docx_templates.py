# -*- coding: utf-8 -*-
"""Word (.docx) templates for match24, written with python-docx."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import *
from content import DELMAL_TEXT, DELMAL_TEXT_NN


def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return d


def para(d, text="", bold=False, italic=False, size=None, color=None, style=None, align=None, space_after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None, underline=False, strike=False, font=None):
    r = p.add_run(text)
    r.bold, r.italic, r.underline = bold, italic, underline
    r.font.strike = strike
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return r


def shade(cell, hexcolor):
    tcPr = cell._element.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run(p, text, bold=bold, italic=italic, size=size, color=color)
    return p


def cell_add(cell, text="", bold=False, italic=False, size=None, style=None, color=None):
    p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
    if text:
        run(p, text, bold=bold, italic=italic, size=size, color=color)
    return p


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


# ---------------------------------------------------------------------------
def tab_stop_pseudo_table(rep, path):
    d = new_doc("Times New Roman", 11)
    para(d, "VOFO – Voksenopplæringsforbundet", bold=True, size=10, color="5A5A5A")
    para(d, "Rapport til Kompetansepolitisk råd om oppfølging av Nasjonal kompetansepolitisk strategi 2017",
         bold=True, size=15)
    para(d, "VOFO og studieforbundene bidrar særlig til hovedinnsatsområde 3. Nedenfor er tiltakene satt opp "
            "med nummeret på tiltaket i strategien (NKPS tiltak nr. 1–16) de hører til. Oversikten er laget med "
            "tabulatorer slik at den kan limes inn i e-post.")
    para(d, "Oversikt over tiltak", bold=True, size=12)
    stops = [(Cm(0.6), None), (Cm(3.2), None), (Cm(6.6), None), (Cm(12.6), None)]

    def tabbed(p):
        for pos, _ in stops:
            p.paragraph_format.tab_stops.add_tab_stop(pos)
    hp = d.add_paragraph()
    tabbed(hp)
    run(hp, "Tiltak", bold=True, size=9)
    hp2 = d.add_paragraph()
    tabbed(hp2)
    run(hp2, "\tNKPS nr.\tType\tAnsvarlig / samarbeid\tTid", bold=True, size=9)
    hp2.paragraph_format.space_after = Pt(2)
    para(d, "_" * 86, size=7, color="777777", space_after=4)
    for m in rep["measures"]:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.keep_with_next = True
        run(p, m["title"], bold=True)
        p = d.add_paragraph()
        tabbed(p)
        p.paragraph_format.space_after = Pt(0)
        resp = m["resp"] + (" / " + partners(m) if m["partners"] else "")
        run(p, f"\t{oldnos(m)}\t{m['tl']}\t{resp}\t{m['period']}", size=10)
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.space_after = Pt(8)
        run(p, m["desc"], italic=True, size=10, color="333333")
    para(d, "_" * 86, size=7, color="777777")
    n3 = sum(1 for m in rep["measures"] if area_of(m) == "3")
    para(d, f"Sum: {len(rep['measures'])} tiltak, hvorav {n3} innenfor hovedinnsatsområde 3.", size=10)
    para(d, "Kontaktperson i VOFO: seniorrådgiver Ingrid Moe, ingrid.moe@vofo.no, tlf. 22 00 00 00", size=9,
         color="5A5A5A")
    d.save(path)


# ---------------------------------------------------------------------------
def annotated_bibliography(rep, path):
    d = new_doc("Georgia", 11)
    para(d, "Akademikerne", bold=True, size=10, color="1F3864")
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi – rapporter og tiltak 2019", style="Title")
    para(d, "Akademikerne har i 2019 i hovedsak fulgt opp strategien gjennom kunnskapsutvikling. Listen under er "
            "satt opp som en annotert litteraturliste, ordnet alfabetisk etter utgiver. Hakeparentesen etter hver "
            "oppføring viser delmål og type tiltak.")
    d.add_heading("Rapporter og tiltak", level=1)
    ms = sorted(rep["measures"], key=lambda m: (m["resp"], m["title"]))
    for m in ms:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
        p.paragraph_format.space_after = Pt(2)
        run(p, f"{m['resp']} ({m['period']}). ")
        run(p, m["title"], italic=True)
        run(p, ". ")
        if m["partners"]:
            lead = "Utført av " if m["type"] == "FoU" else "I samarbeid med "
            run(p, lead + join_and(m["partners"]) + ". ")
        run(p, f"[Delmål {codes(m, og='og')} · {m['tl']}]", size=9, color="1F3864")
        a = d.add_paragraph()
        a.paragraph_format.left_indent = Cm(1.0)
        a.paragraph_format.space_after = Pt(10)
        run(a, m["desc"], size=10, color="404040")
    order = ms
    d.add_heading("Andre kilder (ikke Akademikernes tiltak)", level=1)
    for ref in ["NOU 2019: 12 Lærekraftig utvikling – Livslang læring for omstilling og konkurranseevne. Oslo: KD.",
                "Kunnskapsdepartementet (2017). Nasjonal kompetansepolitisk strategi 2017–2021. Oslo.",
                "Kompetansebehovsutvalget (2019). NOU 2019: 2 Fremtidige kompetansebehov II. Oslo."]:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
        run(p, ref, size=10)
    d.save(path)
    return order


# ---------------------------------------------------------------------------
def packed_cell_semicolon_lists(rep, path):
    d = new_doc("Arial", 10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para(d, "Regjeringens rapportering til Kompetansepolitisk råd 2019", bold=True, size=16)
    para(d, "Tabellen viser departementenes tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi. Tiltakene "
            "står fortløpende i én celle per departement, adskilt med semikolon. I hakeparentesen står delmål, type, "
            "periode og samarbeidspartnere.")
    depts = []
    order = []
    for m in rep["measures"]:
        if m["extra"]["dept"] not in depts:
            depts.append(m["extra"]["dept"])
    names = {"KD": "Kunnskapsdepartementet", "ASD": "Arbeids- og sosialdepartementet",
             "KMD": "Kommunal- og moderniseringsdepartementet", "JD": "Justis- og beredskapsdepartementet"}
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Ansvarlig dep.", "Tiltak [delmål | type | periode | samarbeid]", "Antall"]):
        cell_text(c, h, bold=True)
        shade(c, "D9E2F3")
    for dep in depts:
        ms = [m for m in rep["measures"] if m["extra"]["dept"] == dep]
        order += ms
        row = t.add_row().cells
        cell_text(row[0], dep, bold=True)
        cell_add(row[0], names[dep], size=8, italic=True)
        row[1].text = ""
        p = row[1].paragraphs[0]
        for i, m in enumerate(ms):
            run(p, m["title"], bold=True)
            bits = [codes(m), m["tl"], m["period"]]
            if m["partners"]:
                bits.append("med " + join_and(m["partners"]))
            run(p, " [" + " | ".join(bits) + "]")
            if i < len(ms) - 1:
                run(p, "; ")
        cell_text(row[2], str(len(ms)))
    row = t.add_row().cells
    cell_text(row[0], "Sum", bold=True)
    cell_text(row[1], "Alle departementer", italic=True)
    cell_text(row[2], str(len(rep["measures"])), bold=True)
    set_col_widths(t, [3.5, 20, 1.8])
    para(d, "")
    para(d, "Kontakt: Kunnskapsdepartementet, Kompetansepolitisk avdeling.", size=8, color="666666")
    d.save(path)
    return order


# ---------------------------------------------------------------------------
def chat_transcript_export(rep, path):
    d = new_doc("Segoe UI", 10)
    para(d, "Eksport av chat – «NKPS-rapportering 2020»", bold=True, size=13)
    para(d, "Kanal: YS sekretariatet › Kompetanse   |   Eksportert 3. februar 2021 av Marit Lunde", size=8,
         color="666666")
    people = ["Marit Lunde", "Jonas Berg", "Sara Nilsen"]
    t = [9, 2]

    def msg(who, text, bold_text=None):
        t[1] += 3
        if t[1] >= 60:
            t[0] += 1
            t[1] -= 60
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        run(p, f"[{t[0]:02d}:{t[1]:02d}] ", size=8, color="888888")
        run(p, who + ": ", bold=True, color="464EB8")
        if bold_text:
            run(p, text)
            run(p, bold_text, bold=True)
        else:
            run(p, text)

    msg(people[0], "God morgen! Vi må sende YS' rapport til Kompetansepolitisk råd innen fredag. Kan vi samle tiltakene her?")
    msg(people[1], "Ja. Jeg tar dem jeg kjenner, ett og ett, så kan du lime inn.")
    for i, m in enumerate(rep["measures"]):
        w = people[1] if i % 2 == 0 else people[2]
        msg(w, "Tiltak: ", m["title"])
        bits = []
        if m["printed_delmal"]:
            bits.append("delmål " + codes(m, og="og"))
        bits.append("type " + m["tl"].lower())
        msg(w, ", ".join(bits))
        ansv = "ansvar " + m["resp"]
        if m["partners"]:
            ansv += ", med " + join_and(m["partners"])
        if m["period"]:
            ansv += ", " + m["period"]
        msg(w, ansv)
        msg(w, m["desc"])
        if i == 1:
            msg(people[0], "Takk! 👍")
        if i == 2:
            msg(people[2], "Skal vi ha med Arbeidslivsbarometeret også?")
            msg(people[0], "Nei, det er ikke et NKPS-tiltak, det står som bakgrunn i innledningen.")
    msg(people[0], "Da har vi fem. Jeg lager et utkast og sender til ledelsen i morgen.")
    msg(people[2], "Supert, takk for i dag!")
    d.save(path)


# ---------------------------------------------------------------------------
def secretariat_review_comments(rep, path):
    d = new_doc("Calibri", 10)
    para(d, "KS – rapportering til Kompetansepolitisk råd 2021", bold=True, size=15)
    para(d, "Versjon med merknader fra sekretariatet i HK-dir (høyre kolonne). Merknadene er sekretariatets egne og "
            "er ikke en del av KS' rapportering.", italic=True, size=9)
    comments = {
        "ks_laering": "Tidligere rapportert som informasjonstiltak. Foreslår kategorien «Annet».",
        "ks_bransje_helse": "Må ikke slås sammen med «Bransjeprogram for industri- og byggenæringen» (LO/NHO) eller "
                            "Virkes «Bransjeprogram for varehandelen» – egne program med egne partnere.",
        "ks_teknologilaering": "Avsluttes 2021. Sluttrapport bes lagt ved neste år.",
        "rsa": "Registreres som samme tiltak som RSA hos Virke og Unio.",
        "sry": "Samme råd som i LOs og NHOs rapport («Samarbeidsrådet for yrkesopplæring»).",
        "nasjonalt_forum_kv": "Forumet ledes av HK-dir og er også med i HK-dirs egen rapport.",
    }
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Innrapportert tiltak", bold=True)
    cell_text(t.rows[0].cells[1], "Sekretariatets merknad", bold=True)
    shade(t.rows[0].cells[0], "E2EFD9")
    shade(t.rows[0].cells[1], "FFF2CC")
    for m in rep["measures"]:
        c0, c1 = t.add_row().cells
        cell_text(c0, m["title"], bold=True, size=11)
        for lab, val in [("Delmål", codes(m)), ("Type", m["tl"]), ("Ansvarlig", m["resp"]),
                         ("Samarbeid", partners(m)), ("Periode", m["period"])]:
            if val:
                p = c0.add_paragraph()
                run(p, lab + ": ", bold=True, size=9)
                run(p, val, size=9)
        cell_add(c0, m["desc"], size=9)
        cell_text(c1, comments.get(m["key"], "Ingen merknad."), italic=True, size=9, color="7F6000")
        shade(c1, "FFF9E5")
    row = t.add_row().cells
    m0 = row[0].merge(row[1])
    cell_text(m0, "Sekretariatets samlede vurdering: Rapporten er fullstendig. Tre av seks tiltak er felles råd der "
                  "flere medlemmer deltar og telles én gang i oppsummeringen.", italic=True, size=9)
    set_col_widths(t, [10.5, 6])
    d.save(path)


# ---------------------------------------------------------------------------
def breadcrumb_path_lines(rep, path):
    d = new_doc("Calibri", 11)
    para(d, "NHO", bold=True, size=20, color="C00000")
    para(d, "Tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi – rapport for 2021", bold=True, size=14)
    para(d, "Hvert tiltak er merket med en sti som viser innsatsområde, delmål, type og ansvarlig. "
            "Tiltakene står i den rekkefølgen de ble meldt inn fra NHOs avdelinger.", size=10)
    for m in rep["measures"]:
        a = area_of(m)
        crumbs = [f"{a} {AREA[a]}", "Delmål " + codes(m, og="og"), m["tl"], m["resp"]]
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(0)
        run(p, "  ›  ".join(crumbs), size=8, color="7F7F7F")
        d.add_heading(m["title"], level=3)
        para(d, m["desc"], space_after=2)
        p = d.add_paragraph()
        bits = []
        if m["partners"]:
            run(p, "Partnere: ", bold=True, size=9)
            run(p, partners(m), size=9)
        if m["period"]:
            if m["partners"]:
                run(p, "    |    ", size=9, color="7F7F7F")
            run(p, "Periode: ", bold=True, size=9)
            run(p, m["period"], size=9)
    para(d, "")
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.rows[0].cells[0]
    shade(c, "F2F2F2")
    cell_text(c, "Om NHO", bold=True)
    cell_add(c, "Næringslivets Hovedorganisasjon har over 30 000 medlemsbedrifter. Kontakt: kompetanse@nho.no",
             size=9)
    d.save(path)


# ---------------------------------------------------------------------------
def relational_two_tables(rep, path):
    d = new_doc("Calibri", 10)
    para(d, "Virke – rapportering til Kompetansepolitisk råd 2022", bold=True, size=15, color="00594F")
    para(d, "Opplysningene om hvert tiltak er fordelt på tre tabeller. Tiltaksnummeret (V1, V2 …) binder dem sammen.")
    ms = rep["measures"]

    def table(caption, headers, rows, widths):
        para(d, caption, bold=True, size=11, color="00594F")
        t = d.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            cell_text(c, h, bold=True, size=9)
            shade(c, "D5ECE8")
        for r in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                cell_text(c, v, size=9)
        set_col_widths(t, widths)
        para(d, "")
    table("Tabell A – Tiltak", ["Nr.", "Tiltak", "Delmål", "Type"],
          [[f"V{i+1}", m["title"], codes(m), m["tl"]] for i, m in enumerate(ms)], [1.2, 9.5, 2.3, 3.5])
    table("Tabell B – Ansvar og tid", ["Nr.", "Ansvarlig", "Samarbeidspartnere", "Periode"],
          [[f"V{i+1}", m["resp"], partners(m), m["period"]] for i, m in enumerate(ms)], [1.2, 4, 7.8, 3.5])
    table("Tabell C – Omtale", ["Nr.", "Omtale"],
          [[f"V{i+1}", m["desc"]] for i, m in enumerate(ms)], [1.2, 15.3])
    para(d, "Virke er Hovedorganisasjonen for virksomheter innen handel og tjenesteyting.", size=8, color="666666")
    d.save(path)


# ---------------------------------------------------------------------------
def changelog_versions(rep, path):
    d = new_doc("Calibri", 10.5)
    para(d, "LO – Endringslogg for tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi", bold=True, size=14,
         color="C00000")
    para(d, "Rapporteringsår 2022 · versjon 2022.1", size=9, color="666666")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Versjon", "Dato", "Endring i dokumentet"]):
        cell_text(c, h, bold=True, size=9)
    for v in [("2021.2", "14.12.2021", "Utkast sendt forbundene"), ("2022.1", "28.02.2022", "Endelig versjon til rådet")]:
        cells = t.add_row().cells
        for c, x in zip(cells, v):
            cell_text(c, x, size=9)
    secs = [("ny", "Lagt til – nye tiltak i 2022", "+"), ("uendret", "Videreført uten endring", "="),
            ("navn", "Videreført med nytt navn", "~")]
    order = []
    for sec, head, mark in secs:
        d.add_heading(head, level=2)
        for m in [x for x in rep["measures"] if x["extra"]["sec"] == sec]:
            order.append(m)
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            run(p, f"[{mark}] ", bold=True, color="C00000", font="Consolas")
            run(p, m["title"], bold=True)
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.9)
            p.paragraph_format.space_after = Pt(0)
            bits = ["Delmål " + codes(m), m["tl"], "Ansvar: " + m["resp"]]
            if m["partners"]:
                bits.append("Med: " + partners(m))
            bits.append("Periode: " + m["period"])
            run(p, " | ".join(bits), size=9, color="444444")
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.9)
            run(p, m["desc"], size=10)
    d.add_heading("Avsluttet i 2021 – tas ut av rapporteringen", level=2)
    for old in ["Partsprosjekt om dokumentasjon av realkompetanse, fase 2",
                "Digital kompetanse for tillitsvalgte (nettkurs)"]:
        p = d.add_paragraph()
        run(p, "[–] ", bold=True, color="7F7F7F", font="Consolas")
        run(p, old, strike=True, color="7F7F7F")
        run(p, "  (avsluttet desember 2021)", italic=True, size=9, color="7F7F7F")
    d.save(path)
    return order


# ---------------------------------------------------------------------------
def role_grouped_leder_deltar(rep, path):
    d = new_doc("Cambria", 11)
    para(d, "Unio – rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2023", style="Title")
    para(d, "Unio skiller mellom tiltak Unio selv leder, og tiltak der Unio deltar sammen med andre. For tiltakene "
            "Unio leder er Unio ansvarlig; for de øvrige står ansvarlig aktør oppført.")
    order = []
    for role, head in [("leder", "Tiltak Unio leder"), ("deltar", "Tiltak Unio deltar i")]:
        d.add_heading(head, level=1)
        for m in [x for x in rep["measures"] if x["extra"]["role"] == role]:
            order.append(m)
            p = d.add_paragraph()
            p.paragraph_format.space_before = Pt(8)
            p.paragraph_format.space_after = Pt(0)
            run(p, m["title"], bold=True, size=12, color="1F4E79")
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            run(p, f"Delmål {codes(m, og='og')} – {m['tl']} – Periode: {m['period']}", size=9, italic=True)
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            if role == "deltar":
                run(p, "Ledes av: ", bold=True, size=9)
                run(p, m["resp"] + ".  ", size=9)
            run(p, "Samarbeid: ", bold=True, size=9)
            run(p, partners(m), size=9)
            para(d, m["desc"])
    d.add_heading("Kontakt", level=1)
    para(d, "Unio, Postboks 123 Sentrum, Oslo. Rådgiver for kompetansepolitikk: Per Ås.", size=9)
    d.save(path)
    return order


# ---------------------------------------------------------------------------
def cloze_sentence_form(rep, path):
    d = new_doc("Calibri", 11)
    para(d, "Rapportering til Kompetansepolitisk råd 2024", bold=True, size=15)
    para(d, "Vestland fylkeskommune", bold=True, size=12, color="2E75B6")
    p = para(d, "Rettleiing: Fyll ut dei understreka felta i setningane for kvart tiltak. Bruk kodane for delmål i "
                "strategien (t.d. 2.3).", italic=True, size=9, color="666666")
    for i, m in enumerate(rep["measures"], 1):
        d.add_heading(f"Tiltak {i}", level=2)

        def line(parts):
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            for txt, fill in parts:
                run(p, txt, underline=fill, bold=False, color="1F3864" if fill else None)
        line([("Namnet på tiltaket er ", False), (m["title"], True), (".", False)])
        line([("Tiltaket skal bidra til delmål ", False), (codes(m, og="og"), True),
              (" i strategien og er av typen ", False), (m["tl"], True), (".", False)])
        line([(m["resp"], True), (" er ansvarleg, i samarbeid med ", False), (join_and(m["partners"]), True),
              (".", False)])
        line([("Tiltaket går over perioden ", False), (m["period"], True), (".", False)])
        line([("Kort omtale: ", False), (m["desc"], True)])
    para(d, "")
    para(d, "Skjemaet er fylt ut av seksjon for kompetanse og næring, mars 2025.", size=9, italic=True)
    d.save(path)


# ---------------------------------------------------------------------------
def bullet_list_cells_table(rep, path):
    d = new_doc("Calibri", 10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    para(d, "Akademikerne – Kompetansepolitisk rapport 2025", bold=True, size=16, color="7030A0")
    para(d, "Tabellen viser tiltakene for 2025. Delmål, ansvar og tid er satt opp som punktlister i cellene.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Tiltak", "Delmål", "Ansvar og partnere", "Tid", "Omtale"]):
        cell_text(c, h, bold=True, color="FFFFFF")
        shade(c, "7030A0")
    for m in rep["measures"]:
        c = t.add_row().cells
        cell_text(c[0], m["title"], bold=True)
        cell_add(c[0], "Type: " + m["tl"], italic=True, size=8)
        c[1].text = ""
        first = True
        for code in m["delmal"]:
            p = c[1].paragraphs[0] if first else c[1].add_paragraph()
            p.style = d.styles["List Bullet"]
            run(p, code)
            first = False
        c[2].text = ""
        p = c[2].paragraphs[0]
        p.style = d.styles["List Bullet"]
        run(p, "Ansvar: " + m["resp"])
        for pt in m["partners"]:
            cell_add(c[2], pt, style="List Bullet 2")
        c[3].text = ""
        p = c[3].paragraphs[0]
        p.style = d.styles["List Bullet"]
        run(p, m["period"])
        cell_text(c[4], m["desc"], size=9)
    set_col_widths(t, [7, 2, 5.5, 2.5, 8])
    para(d, "")
    para(d, "Akademikerne organiserer 13 foreninger med over 240 000 medlemmer.", size=8, color="666666")
    d.save(path)


TEMPLATES = {f.__name__: f for f in [tab_stop_pseudo_table, annotated_bibliography, packed_cell_semicolon_lists,
                                     chat_transcript_export, secretariat_review_comments, breadcrumb_path_lines,
                                     relational_two_tables, changelog_versions, role_grouped_leder_deltar,
                                     cloze_sentence_form, bullet_list_cells_table]}
