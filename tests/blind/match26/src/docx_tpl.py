# -*- coding: utf-8 -*-
"""Word templates.  Each function writes rep['file'] to `path` and returns the measures in printed order."""
from docx import Document
from docx.shared import Pt, RGBColor, Cm, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from data import DELMAL_SHORT, old_no
from common import codes

GREY = RGBColor(0x80, 0x80, 0x80)


def base(font="Calibri", size=10.5):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return d


def shade(cell, hexcol):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), hexcol)
    tcPr.append(s)


def borders(table, val="single", sz=4, color="999999", inside=True):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        v = val if (inside or edge not in ("insideH", "insideV")) else "nil"
        e.set(qn("w:val"), v); e.set(qn("w:sz"), str(sz)); e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def no_borders(table):
    borders(table, val="nil", sz=0, color="FFFFFF")


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, align=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color is not None: r.font.color.rgb = color
    if align: p.alignment = align
    return p


def para(d, text="", bold=False, italic=False, size=None, color=None, style=None, align=None, space_after=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic
        if size: r.font.size = Pt(size)
        if color is not None: r.font.color.rgb = color
    if align is not None: p.alignment = align
    if space_after is not None: p.paragraph_format.space_after = Pt(space_after)
    return p


def run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if color is not None: r.font.color.rgb = color
    return r


def landscape(d):
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Mm(297), Mm(210)
    s.left_margin = s.right_margin = Cm(1.8)


def widths(table, cms):
    table.autofit = False
    for i, w in enumerate(cms):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(cms):
            row.cells[i].width = Cm(w)


# ------------------------------------------------------------------ NHO 2017
def delmal_letter_labels(rep, path):
    d = base("Cambria", 11)
    para(d, "NHO – Næringslivets Hovedorganisasjon", bold=True, size=9, color=GREY)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi 2017", bold=True, size=18)
    para(d, "Rapport til Kompetansepolitisk råd, desember 2017", italic=True)
    para(d, "Om merkingen: Hvert tiltak er merket med nummeret på det tiltaket i strategien (1–16) som det "
            "følger opp, og en løpende bokstav. «7 b)» er altså NHOs andre tiltak under strategiens tiltak nr. 7. "
            "Tiltak som også følger opp et annet nummer i strategien, har dette oppgitt i faktalinjen.")
    ms = sorted(rep["measures"], key=lambda m: (int(m["lab"].split()[0]), m["lab"]))
    for m in ms:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.5)
        p.paragraph_format.first_line_indent = Cm(-1.5)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.5))
        p.paragraph_format.space_before = Pt(10)
        run(p, m["lab"] + "\t", bold=True, color=RGBColor(0x00, 0x3B, 0x71))
        run(p, m["title"], bold=True)
        facts = [f"Type: {m['ptype']}", f"Ansvarlig: {m['responsible']}"]
        if m["partners"]:
            facts.append("Sammen med: " + ", ".join(m["partners"]))
        facts.append(f"Tidsrom: {m['period']}")
        if m.get("also"):
            facts.append("Også nr. " + " og ".join(str(old_no(c)) for c in m["also"]))
        f = para(d, " – ".join(facts), italic=True, size=9.5)
        f.paragraph_format.left_indent = Cm(1.5)
        q = para(d, m["description"])
        q.paragraph_format.left_indent = Cm(1.5)
    para(d, "")
    para(d, "Kontakt: fagsjef for kompetanse, NHO Arbeidsliv – kompetanse@nho.no", size=9, color=GREY)
    d.save(path)
    return ms


# ------------------------------------------------------------------ VOFO 2017
def accounts_note_regnskap(rep, path):
    d = base("Times New Roman", 11)
    para(d, "Voksenopplæringsforbundet (VOFO)", bold=True, size=12)
    para(d, "Årsregnskap 2017", bold=True, size=20)
    para(d, "Resultatregnskap", bold=True, size=13)
    rows = [("", "Note", "2017", "2016"), ("Statstilskudd", "2", "8 412 000", "8 105 000"),
            ("Medlemskontingent", "", "1 204 500", "1 187 000"), ("Andre inntekter", "3", "612 300", "540 800"),
            ("Sum driftsinntekter", "", "10 228 800", "9 832 800"), ("Lønnskostnader", "4", "-6 310 200", "-6 001 900"),
            ("Andre driftskostnader", "5", "-3 511 700", "-3 402 100"), ("Driftsresultat", "", "406 900", "428 800"),
            ("Finansinntekter", "", "31 200", "27 400"), ("Årsresultat", "", "438 100", "456 200")]
    t = d.add_table(rows=len(rows), cols=4)
    borders(t, sz=2, color="BBBBBB", inside=False)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0 or r[0].startswith("Sum") or r[0] in ("Driftsresultat", "Årsresultat")),
                      align=WD_ALIGN_PARAGRAPH.RIGHT if j >= 2 else None)
    widths(t, [8, 1.5, 3, 3])
    para(d, "")
    para(d, "Balanse pr. 31.12.2017", bold=True, size=13)
    rows = [("Eiendeler", "", "2017", "2016"), ("Bankinnskudd", "6", "4 118 400", "3 706 200"),
            ("Kundefordringer", "", "212 000", "198 500"), ("Sum eiendeler", "", "4 330 400", "3 904 700"),
            ("Egenkapital og gjeld", "", "", ""), ("Annen egenkapital", "7", "2 905 600", "2 467 500"),
            ("Kortsiktig gjeld", "8", "1 424 800", "1 437 200"), ("Sum egenkapital og gjeld", "", "4 330 400", "3 904 700")]
    t = d.add_table(rows=len(rows), cols=4)
    borders(t, sz=2, color="BBBBBB", inside=False)
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(r[0].startswith("Sum") or i in (0, 4)),
                      align=WD_ALIGN_PARAGRAPH.RIGHT if j >= 2 else None)
    widths(t, [8, 1.5, 3, 3])
    para(d, "")
    para(d, "Noter til regnskapet", bold=True, size=14)
    notes = [("Note 1 Regnskapsprinsipper", "Årsregnskapet er satt opp i samsvar med regnskapsloven og god "
              "regnskapsskikk for ideelle organisasjoner."),
             ("Note 2 Statstilskudd", "Tilskuddet gjelder driftstilskudd fra Kunnskapsdepartementet over kap. 254."),
             ("Note 3 Andre inntekter", "Gjelder i hovedsak prosjektmidler og salg av kurs."),
             ("Note 4 Lønnskostnader", "Organisasjonen hadde 7,6 årsverk i 2017."),
             ("Note 5 Andre driftskostnader", "Husleie, reiser og møter utgjør de største postene."),
             ("Note 6 Bankinnskudd", "Av bankinnskuddet er 312 000 kr bundne skattetrekksmidler."),
             ("Note 7 Egenkapital", "Årets resultat er overført til annen egenkapital."),
             ("Note 8 Kortsiktig gjeld", "Gjelder leverandørgjeld, skyldige offentlige avgifter og feriepenger.")]
    for h, txt in notes:
        para(d, h, bold=True, space_after=0)
        para(d, txt)
    para(d, "Note 9 Oppfølging av Nasjonal kompetansepolitisk strategi (NKPS)", bold=True, space_after=0)
    para(d, "Styret har bedt om at organisasjonens tiltak i oppfølgingen av strategien omtales i en egen note. "
            "Numrene viser til tiltakslisten i strategien.")
    for letter, m in zip("abcdefgh", rep["measures"]):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        run(p, f"{letter}) ", bold=True)
        run(p, m["title"], bold=True)
        q = d.add_paragraph()
        q.paragraph_format.left_indent = Cm(0.8)
        run(q, m["description"] + " ")
        nos = " og ".join(str(old_no(c)) for c in m["delmal"])
        fact = (f"(NKPS tiltak nr. {nos}; {m['ptype']}; ansvar: {m['responsible']}; "
                f"samarbeid: {', '.join(m['partners'])}; {m['period']})")
        run(q, fact, italic=True)
    para(d, "Note 10 Hendelser etter balansedagen", bold=True, space_after=0)
    para(d, "Det har ikke inntruffet hendelser etter balansedagen som påvirker regnskapet.")
    para(d, "")
    para(d, "Oslo, 14. mars 2018 – Styret i VOFO", italic=True)
    d.save(path)
    return rep["measures"]


# ------------------------------------------------------------------ KD 2018
def fou_contract_register(rep, path):
    d = base("Arial", 9.5)
    landscape(d)
    para(d, "Kunnskapsdepartementet", bold=True, size=10, color=GREY)
    para(d, "Oversikt over oppdrag og tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi 2018",
         bold=True, size=15)
    para(d, "Oppdragsgiver: KD (gjelder alle oppdrag i tabellen)    Beløp i 1000 kr", italic=True)
    ms = rep["measures"]
    hdr = ["Nr", "Oppdrag/tiltak", "Art", "Leverandør/samarbeid", "Kontraktsperiode", "Ramme", "Delmål"]
    t = d.add_table(rows=1 + len(ms) + 1, cols=7)
    borders(t, sz=4, color="666666")
    amounts = ["4 200", "6 500", "850", "40 000", "120 000", "9 800", "32 000", "—"]
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), h, bold=True, color=RGBColor(255, 255, 255)); shade(t.cell(0, j), "1F3864")
    for i, m in enumerate(ms, 1):
        vals = [f"18/{i:02d}", m["title"], m["ptype"], ", ".join(m["partners"]), m["period"], amounts[i - 1],
                "/".join(m["delmal"])]
        for j, v in enumerate(vals):
            cell_text(t.cell(i, j), v, align=WD_ALIGN_PARAGRAPH.RIGHT if j == 5 else None)
    last = len(ms) + 1
    cell_text(t.cell(last, 1), "Sum oppdrag 2018", bold=True)
    cell_text(t.cell(last, 5), "213 350", bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    widths(t, [1.4, 8.5, 3, 5, 3, 2, 1.8])
    para(d, "")
    para(d, "Tabell 2 Kort om oppdragene", bold=True, size=11)
    t2 = d.add_table(rows=len(ms), cols=2)
    borders(t2, sz=2, color="AAAAAA")
    for i, m in enumerate(ms):
        cell_text(t2.cell(i, 0), f"18/{i + 1:02d}", bold=True)
        cell_text(t2.cell(i, 1), m["description"])
    widths(t2, [1.6, 22])
    d.save(path)
    return ms


# ------------------------------------------------------------------ Vestland 2020 (nn)
def audit_findings_followup_nn(rep, path):
    d = base("Calibri", 11)
    para(d, "Vestland fylkeskommune · Kontrollutvalet", size=9, color=GREY)
    para(d, "Oppfølging av forvaltningsrevisjon: Fylkeskommunen som kompetansepolitisk aktør", bold=True, size=16)
    para(d, "Rapport til kontrollutvalet og til Kompetansepolitisk råd, november 2020", italic=True)
    para(d, "Bakgrunn", bold=True, size=13)
    para(d, "Revisjonen peika på tre funn. Under kvart funn står tiltaka fylkeskommunen har sett i verk. "
            "Tiltaka er knytte til delmåla i Nasjonal kompetansepolitisk strategi.")
    ms = {m["key"]: m for m in rep["measures"]}
    groups = [("Funn 1: Manglande koordinering av dei regionale kompetanseaktørane",
               "Tilråding 1: Fylkeskommunen bør etablere ein fast arena for samordning.", ["vl_kompetanseforum"]),
              ("Funn 2: Ulikt tilbod om karriererettleiing i dei to tidlegare fylka",
               "Tilråding 2: Tilbodet bør harmoniserast etter samanslåinga.", ["vl_karriere"]),
              ("Funn 3: Svakt samarbeid mellom skule og arbeidsliv",
               "Tilråding 3: Fylkeskommunen bør styrkje kontakten mellom lærarar, fagskular og bedrifter.",
               ["vl_hospitering", "vl_hvl_fagskule", "vl_fagbrev_helse"])]
    order = []
    for funn, til, keys in groups:
        para(d, funn, bold=True, size=12)
        para(d, til, italic=True)
        para(d, "Tiltak:", bold=True)
        t = d.add_table(rows=1 + 2 * len(keys), cols=6)
        borders(t, sz=4, color="7F7F7F")
        for j, h in enumerate(["Tiltak", "Delmål i NKPS", "Type", "Ansvarleg", "Partnarar", "Tidsrom"]):
            cell_text(t.cell(0, j), h, bold=True); shade(t.cell(0, j), "D9E2F3")
        for i, k in enumerate(keys):
            m = ms[k]; order.append(m)
            r = 1 + 2 * i
            for j, v in enumerate([m["title"], ", ".join(m["delmal"]), m["ptype"], m["responsible"],
                                   ", ".join(m["partners"]), m["period"]]):
                cell_text(t.cell(r, j), v, size=9.5)
            c = t.cell(r + 1, 0).merge(t.cell(r + 1, 5))
            p = c.paragraphs[0]
            run(p, "Skildring: ", bold=True, size=9.5); run(p, m["description"], size=9.5)
        widths(t, [5, 2, 2, 3, 3.5, 2])
        para(d, "")
    para(d, "Vidare oppfølging", bold=True, size=12)
    para(d, "Kontrollutvalet får ny statusrapport hausten 2021. Revisjonen vil då sjå særleg på Kompetanseforum "
            "Vestland og på om tilbodet frå Karriere Vestland er likt i heile fylket.")
    d.save(path)
    return order


# ------------------------------------------------------------------ NHO 2021
def rotated_title_side_cell(rep, path):
    d = base("Calibri", 10.5)
    para(d, "NHO", bold=True, size=22, color=RGBColor(0x00, 0x3B, 0x71))
    para(d, "Rapportering til Kompetansepolitisk råd 2021", bold=True, size=15)
    para(d, "Tiltakene presenteres i hver sin tabell. Tiltakets navn står i venstre kolonne.", italic=True)
    for m in rep["measures"]:
        labels = [("Delmål", ", ".join(f"{c} {DELMAL_SHORT[c]}" for c in m["delmal"])), ("Type", m["ptype"]),
                  ("Ansvarlig", m["responsible"]), ("Partnere", ", ".join(m["partners"])), ("Periode", m["period"]),
                  (None, m["description"])]
        t = d.add_table(rows=len(labels), cols=2)
        borders(t, sz=6, color="003B71")
        left = t.cell(0, 0).merge(t.cell(len(labels) - 1, 0))
        shade(left, "003B71")
        tcPr = left._tc.get_or_add_tcPr()
        td = OxmlElement("w:textDirection"); td.set(qn("w:val"), "btLr"); tcPr.append(td)
        p = left.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run(p, m["title"], bold=True, size=10, color=RGBColor(255, 255, 255))
        for i, (lab, val) in enumerate(labels):
            pp = t.cell(i, 1).paragraphs[0]
            if lab:
                run(pp, lab + ": ", bold=True); run(pp, val)
            else:
                run(pp, val)
        for i, row in enumerate(t.rows):
            row.cells[0].width = Cm(2.2); row.cells[1].width = Cm(14)
            trPr = row._tr.get_or_add_trPr()
            h = OxmlElement("w:trHeight"); h.set(qn("w:val"), str(520 if i < len(labels) - 1 else 900))
            trPr.append(h)
        para(d, "")
    para(d, "NHO, Middelthuns gate 27, Oslo", size=8, color=GREY)
    d.save(path)
    return rep["measures"]


# ------------------------------------------------------------------ Unio 2022
def template_example_row_left_in(rep, path):
    d = base("Calibri", 10)
    landscape(d)
    para(d, "Mal for rapportering til Kompetansepolitisk råd 2022", bold=True, size=15)
    para(d, "Rapporterende organisasjon: Unio", bold=True)
    para(d, "Veiledning: Fyll inn én rad per tiltak. Oppgi delmål med kode (1.1–3.6). Typer: FoU, "
            "Kurs/utdanning, Råd/utvalg/nettverk, Prosjekt, Arrangement, Annet. Slett eksempelraden før innsending.",
         italic=True, size=9, color=GREY)
    ms = rep["measures"]
    hdr = ["Tiltak", "Delmål (kode)", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsrom", "Kort beskrivelse"]
    t = d.add_table(rows=2 + len(ms) + 1, cols=7)
    borders(t, sz=4, color="808080")
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), h, bold=True); shade(t.cell(0, j), "E7E6E6")
    ex = ["Eksempel: Kurs i digital kompetanse for tillitsvalgte", "2.1", "Kurs/utdanning", "Organisasjonen",
          "Medlemsforbund", "2022", "Kort beskrivelse av tiltaket (maks 300 tegn)"]
    for j, v in enumerate(ex):
        cell_text(t.cell(1, j), v, italic=True, color=GREY, size=9)
    for i, m in enumerate(ms, 2):
        for j, v in enumerate([m["title"], ", ".join(m["delmal"]), m["ptype"], m["responsible"],
                               ", ".join(m["partners"]), m["period"], m["description"]]):
            cell_text(t.cell(i, j), v, size=9.5)
    last = t.cell(len(ms) + 2, 0).merge(t.cell(len(ms) + 2, 6))
    cell_text(last, "[Legg til flere rader ved behov]", italic=True, color=GREY, size=9)
    widths(t, [5.5, 1.8, 2.6, 2.6, 3.4, 1.8, 7])
    para(d, "")
    para(d, "Kontaktperson hos Unio: rådgiver for utdanningspolitikk, post@unio.no", size=9)
    d.save(path)
    return ms


# ------------------------------------------------------------------ Spekter 2023
ABBR = [("EPSU", "European Public Service Union"), ("FF", "Fagforbundet"), ("HF", "helseforetakene"),
        ("HK-dir", "Direktoratet for høyere utdanning og kompetanse"),
        ("HOSPEEM", "European Hospital and Healthcare Employers' Association"), ("LO Stat", "LO Stat"),
        ("NFK", "Nasjonalt forum for karriereveiledning"), ("NSF", "Norsk Sykepleierforbund"),
        ("OsloMet", "OsloMet – storbyuniversitetet"), ("UH", "universiteter og høyskoler"),
        ("UiO", "Universitetet i Oslo")]


def abbreviation_key_then_coded_table(rep, path):
    d = base("Georgia", 10)
    para(d, "Spekter", bold=True, size=20, color=RGBColor(0x8B, 0x1A, 0x4A))
    para(d, "Rapport til Kompetansepolitisk råd 2023", bold=True, size=14)
    para(d, "Forkortelser", bold=True, size=12)
    t = d.add_table(rows=len(ABBR), cols=2)
    no_borders(t)
    for i, (a, b) in enumerate(ABBR):
        cell_text(t.cell(i, 0), a, bold=True, size=9); cell_text(t.cell(i, 1), b, size=9)
    widths(t, [2.5, 11])
    para(d, "")
    para(d, "Tiltak 2023", bold=True, size=12)
    ms = rep["measures"]
    t = d.add_table(rows=1 + len(ms), cols=7)
    borders(t, sz=4, color="8B1A4A")
    for j, h in enumerate(["Nr", "Tiltak", "Delmål", "Type", "Ansvar", "Partnere", "Periode"]):
        cell_text(t.cell(0, j), h, bold=True, size=9); shade(t.cell(0, j), "F2DCE6")
    for i, m in enumerate(ms, 1):
        for j, v in enumerate([f"{i}", m["title"], ", ".join(m["delmal"]), m["ptype"], m["responsible"],
                               ", ".join(m["partners"]), m["period"]]):
            cell_text(t.cell(i, j), v, size=9)
    widths(t, [0.8, 5.2, 1.6, 2.4, 2.4, 2.6, 1.8])
    para(d, "")
    para(d, "Merknader til tabellen", bold=True, size=12)
    for i, m in enumerate(ms, 1):
        p = para(d, "")
        run(p, f"{i}. "); run(p, m["description"])
    d.save(path)
    return ms


# ------------------------------------------------------------------ KS 2024
def funding_source_groups(rep, path):
    d = base("Calibri", 11)
    para(d, "KS – Kommunesektorens organisasjon", size=9, color=GREY)
    para(d, "Kompetansepolitiske tiltak 2024 – rapport til Kompetansepolitisk råd", bold=True, size=16)
    para(d, "Tiltakene er i år sortert etter hvordan de er finansiert.")
    ms = {m["key"]: m for m in rep["measures"]}
    groups = [("Tiltak finansiert med statlige midler", "Samlet ramme 2024: 412 mill. kr (statlig andel)",
               ["bransjeprogram", "kompetanseloft2025", "samfunnskontrakt_2226"]),
              ("Tiltak finansiert over KS' FoU-midler", "Samlet ramme 2024: 6,8 mill. kr",
               ["ks_arbeidslivsmonitor", "ks_laering"]),
              ("Tiltak finansiert sammen med partene", "Samlet ramme 2024: 2,1 mill. kr",
               ["lo_sry", "karriereforum"])]
    order = []
    for h, tot, keys in groups:
        d.add_heading(h, level=1)
        para(d, tot, italic=True, color=GREY)
        for k in keys:
            m = ms[k]; order.append(m)
            para(d, m["title"], bold=True, size=12, space_after=0)
            facts = [f"Delmål: {codes(m['delmal'])}", f"Type: {m['ptype']}", f"Ansvar: {m['responsible']}"]
            if m["partners"]:
                facts.append("Med: " + ", ".join(m["partners"]))
            facts.append(f"Periode: {m['period']}")
            para(d, " | ".join(facts), size=9.5, color=RGBColor(0x40, 0x40, 0x40), space_after=2)
            para(d, m["description"])
    d.save(path)
    return order


# ------------------------------------------------------------------ Vestland 2025 (nn log)
def dated_log_entries(rep, path):
    d = base("Calibri", 11)
    para(d, "Kompetanseloggen 2025", bold=True, size=20)
    para(d, "Vestland fylkeskommune · Seksjon for kompetanse og arbeidsliv", color=GREY)
    para(d, "Loggen vert send Kompetansepolitisk råd som årsrapport. Tiltak er merkte «Nytt i loggen» eller "
            "«Vidareført» første gong dei er omtala i året.", italic=True)
    ms = {m["key"]: m for m in rep["measures"]}

    def measure(label, k):
        m = ms[k]
        p = d.add_paragraph()
        run(p, label + " ", bold=True, color=RGBColor(0x00, 0x6B, 0x5B)); run(p, m["title"], bold=True)
        partners = ", ".join(m["partners"])
        run(p, f" (delmål {codes(m['delmal'])} · {m['ptype']} · ansvar: {m['responsible']} · med {partners} · "
               f"{m['period']})", italic=True, size=9.5)
        para(d, m["description"])
        return m

    order = []
    entries = [
        ("14. januar 2025", [("txt", "Første møte i arbeidsutvalet. Dagsorden: ny regional plan og budsjett.")]),
        ("3. februar 2025", [("m", "Vidareført:", "vl_kompetanseforum")]),
        ("20. mars 2025", [("m", "Vidareført:", "vl_karriere"),
                           ("txt", "Fylkesdirektøren orienterte om tal frå Karriere Vestland for 2024.")]),
        ("11. april 2025", [("m", "Vidareført:", "vl_fagbrev_helse")]),
        ("19. juni 2025", [("m", "Nytt i loggen:", "vl_regional_plan")]),
        ("25. august 2025", [("txt", "Møte i Kompetanseforum Vestland om tiltak for ungdom utanfor arbeid. Planen "
                                     "for hospitering vart drøfta.")]),
        ("9. september 2025", [("m", "Vidareført:", "vl_hospitering")]),
        ("4. desember 2025", [("txt", "Fylkestinget handsama budsjettet for 2026. Vestlandsmodellen får auka "
                                      "løyving.")]),
    ]
    for date, items in entries:
        d.add_heading(date, level=2)
        for it in items:
            if it[0] == "txt":
                para(d, it[1])
            else:
                order.append(measure(it[1], it[2]))
    d.save(path)
    return order


# ------------------------------------------------------------------ KD 2026
def table_rowspan_shared_cells(rep, path):
    d = base("Calibri", 9.5)
    landscape(d)
    para(d, "Kunnskapsdepartementet", size=9, color=GREY)
    para(d, "Rapportering til Kompetansepolitisk råd 2026", bold=True, size=16)
    para(d, "Celler med samme innhold for flere tiltak er slått sammen.", italic=True, size=9)
    ms = rep["measures"]
    cols = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Periode", "Beskrivelse"]
    t = d.add_table(rows=1 + len(ms), cols=7)
    borders(t, sz=4, color="404040")
    for j, h in enumerate(cols):
        cell_text(t.cell(0, j), h, bold=True); shade(t.cell(0, j), "DEEAF6")
    for i, m in enumerate(ms, 1):
        for j, v in [(0, m["title"]), (1, ", ".join(m["delmal"])), (2, m["ptype"]), (6, m["description"])]:
            cell_text(t.cell(i, j), v)
    # merge runs of equal values in columns 3,4,5
    for j, f in [(3, lambda m: m["responsible"]), (4, lambda m: ", ".join(m["partners"])), (5, lambda m: m["period"])]:
        i = 0
        while i < len(ms):
            k = i
            while k + 1 < len(ms) and f(ms[k + 1]) == f(ms[i]):
                k += 1
            c = t.cell(i + 1, j) if k == i else t.cell(i + 1, j).merge(t.cell(k + 1, j))
            c.paragraphs[0].add_run(f(ms[i]))
            i = k + 1
    widths(t, [5.5, 1.5, 2.6, 2.2, 4, 2, 7.5])
    para(d, "")
    para(d, "Spørsmål om rapporteringen kan rettes til Kompetansepolitisk avdeling i KD.", size=9, color=GREY)
    d.save(path)
    return ms


# ------------------------------------------------------------------ Spekter 2019 (résumé, to PDF via LO)
def cv_resume_year_column(rep, path):
    d = base("Liberation Sans", 10)
    para(d, "Spekter", bold=True, size=26, color=RGBColor(0x8B, 0x1A, 0x4A))
    para(d, "Vår kompetansepolitiske innsats – oversikt 2019", size=13, color=GREY)
    para(d, "Oversikten er satt opp som en «CV» for arbeidet med Nasjonal kompetansepolitisk strategi.",
         italic=True, size=9)
    ms = rep["measures"]
    t = d.add_table(rows=len(ms), cols=2)
    no_borders(t)
    for i, m in enumerate(ms):
        cell_text(t.cell(i, 0), m["period"], bold=True, size=9, color=GREY)
        c = t.cell(i, 1)
        p = c.paragraphs[0]; run(p, m["title"], bold=True, size=11)
        who = m["responsible"] + (" · med " + ", ".join(m["partners"]) if m["partners"] else "")
        p2 = c.add_paragraph(); run(p2, who, italic=True, size=9.5)
        p3 = c.add_paragraph(style="List Bullet"); run(p3, m["description"], size=9.5)
        p4 = c.add_paragraph(); run(p4, f"Delmål {codes(m['delmal'])} · {m['ptype']}", size=8, color=GREY)
        p4.paragraph_format.space_after = Pt(10)
    widths(t, [3.2, 13])
    para(d, "Kontakt: Spekter, avdeling for arbeidsliv og kompetanse", size=8, color=GREY)
    d.save(path)
    return ms
