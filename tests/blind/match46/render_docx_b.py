"""docx renderers, part B (VOFO 2021, Trøndelag 2022, Spekter 2023, HK-dir 2024, NHO 2025)."""
from collections import Counter
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx_kit import *
from common import codes_join, WORDS, CODES

J = ", ".join


def vofo21(f, path):
    d = new_doc("Calibri", 11)
    s = d.sections[0]
    header_text(s, "VOFO – Voksenopplæringsforbundet", "Rapport NKPS 2021", color="2E7D32")
    footer_page(s, "vofo.no · ", align="right")
    d.add_heading("VOFOs rapportering til Kompetansepolitisk råd 2021", 1)
    d.add_heading("Oppsummering", 2)
    para(d, "Tabellen viser hvor mange av tiltakene nedenfor som bidrar til hvert delmål (et tiltak kan telle flere steder).")
    cnt = Counter(c for m in f["rows"] for c in m["delmal"])
    keys = sorted(cnt, key=CODES.index)
    t = d.add_table(rows=len(keys) + 2, cols=2); t.style = "Light Grid Accent 1"
    cell_text(t.cell(0, 0), "Delmål", bold=True); cell_text(t.cell(0, 1), "Antall tiltak", bold=True)
    for i, k in enumerate(keys, 1):
        cell_text(t.cell(i, 0), k); cell_text(t.cell(i, 1), str(cnt[k]))
    cell_text(t.cell(len(keys) + 1, 0), "Sum (tiltak)", bold=True)
    cell_text(t.cell(len(keys) + 1, 1), str(len(f["rows"])), bold=True)
    d.add_heading("Tiltakene", 2)
    for m in f["rows"]:
        d.add_heading(m["title"], 3)
        para(d, m["description"])
        for lab, val in (("Hvem eier tiltaket:", m["responsible"]), ("Samspill med:", J(m["partners"])),
                         ("Tidsrom:", m["period"]), ("Kategori:", m["type_printed"]),
                         ("Mål i NKPS:", "; ".join(f"{c} {WORDS[c]}" for c in m["delmal"]))):
            p = d.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
            p.paragraph_format.space_after = Pt(0)
            run(p, lab, bold=True, size=10); run(p, "\t" + val, size=10)
    d.add_heading("Våre medlemmer", 2)
    para(d, "VOFO har 14 studieforbund som medlemmer, blant dem AOF Norge, Folkeuniversitetet, Studieforbundet "
            "næring og samfunn og K-stud. Medlemmenes egne kurs rapporteres ikke her.")
    d.save(path)


def tr22(f, path):
    d = new_doc("Calibri", 11)
    s = d.sections[0]
    header_text(s, "Trøndelag fylkeskommune · Trööndelagen fylkentjïelte", None)
    footer_page(s, "Side ")
    d.add_heading("Rapportering NKPS 2022", 1)
    para(d, "Under følger oversikten over fylkeskommunens tiltak, limt inn fra regnearket vi bruker i "
            "kompetanseforumet. Kolonnen «Kommentar» beskriver tiltaket.")
    rows = f["rows"]
    ncols = 7
    nrows = 3 + 1 + 1 + len(rows) + 1 + 1
    t = d.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    title_rows = ["Trøndelag fylkeskommune – NKPS-rapportering", "Rapportår: 2022",
                  "Oppdatert: 14.11.2022 (AHL)"]
    for i, txt in enumerate(title_rows):
        c = t.cell(i, 0).merge(t.cell(i, ncols - 1))
        cell_text(c, txt, bold=(i == 0), size=11 if i == 0 else 9)
    t.cell(3, 0).merge(t.cell(3, ncols - 1))   # empty Excel row
    hdr = ["Delmål", "Tiltak", "Type", "Ansvar", "Partnere", "Tidsrom", "Kommentar"]
    for j, h in enumerate(hdr):
        cell_text(t.cell(4, j), h, bold=True, size=9); shade(t.cell(4, j), "BDD7EE")
    for i, m in enumerate(rows):
        r = 5 + i
        vals = [" / ".join(m["delmal"]), m["title"], m["type_printed"], m["responsible"], J(m["partners"]),
                m["period"], m["description"]]
        for j, v in enumerate(vals):
            cell_text(t.cell(r, j), v, size=9)
    # blank row, then sum row
    r = 5 + len(rows) + 1
    cell_text(t.cell(r, 0), "Sum tiltak", bold=True, size=9)
    cell_text(t.cell(r, 1), str(len(rows)), bold=True, size=9)
    col_widths(t, [1.6, 3.2, 1.8, 2.4, 2.8, 1.8, 4.4])
    para(d, "")
    para(d, "Fylkeskommunen deltar i tillegg i samfunnskontrakten gjennom fagopplæringen; dette er rapportert av "
            "Regjeringen og partene og er ikke tatt med her.", italic=True, size=10)
    d.save(path)


def spekter23(f, path):
    d = new_doc("Calibri", 11)
    s = d.sections[0]
    header_text(s, "SPEKTER", "Rapport NKPS 2023 – arbeidsversjon")
    footer_page(s, "Side ", numpages=True)
    d.add_heading("Spekters oppfølging av Nasjonal kompetansepolitisk strategi 2023", 1)
    para(d, "Rapporten er skrevet av tre medarbeidere i Spekter og samlet i ett dokument. Tiltakene følges av en "
            "linje med mål, type, ansvar, samarbeid og tid.")
    rows = f["rows"]

    def factline(m):
        return (f"Mål: {codes_join(m['delmal'], last=', ')} – Type: {m['type_printed'].lower()} – Ansvarlig: "
                f"{m['responsible']} – Med: {J(m['partners'])} – Tid: {m['period']}")

    comments = {"S2": ("Kari Solberg", "KS", "Er navnet riktig nå som ordningen heter Kompetanseprogrammet?"),
                "T26": ("Jon Eide", "JE", "Skal dette med? Det er HOD som eier samarbeidet.")}
    for i, m in enumerate(rows):
        if i < 3:
            p = d.add_paragraph(style="List Number")
            r = run(p, m["title"], bold=True)
        elif i < 5:
            p = d.add_heading("", 3)
            run(p, f"{i + 1}. ")
            r = run(p, m["title"])
        else:
            p = d.add_heading("", 2)
            run(p, f"{i + 1} ")
            r = run(p, m["title"])
        if m["tid"] in comments:
            a, ini, txt = comments[m["tid"]]
            d.add_comment(r, text=txt, author=a, initials=ini)
        q = para(d, factline(m), italic=True, size=9, color="595959")
        q = d.add_paragraph(); run(q, m["description"])
        if m["tid"] == "S1":
            run(q, " [SJEKK antall deltakere med Hilde]", highlight="yellow")
    d.add_heading("Møter i 2023", 2)
    t = d.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Dato", "Møte"), ("14.03.2023", "Kompetansepolitisk råd"),
                                ("05.06.2023", "Innspillsmøte om ny stortingsmelding om fagarbeidere"),
                                ("23.10.2023", "Kompetansepolitisk råd")]):
        cell_text(t.cell(i, 0), a, bold=(i == 0)); cell_text(t.cell(i, 1), b, bold=(i == 0))
    d.save(path)


def hk24(f, path):
    d = new_doc("Arial", 10)
    s = d.sections[0]
    header_text(s, "HK-dir – Direktoratet for høyere utdanning og kompetanse", None)
    footer_page(s, "Rapport 2024 · side ")
    d.add_heading("HK-dirs rapportering til Kompetansepolitisk råd 2024", 1)
    d.add_heading("1 Sammendrag", 2)
    para(d, "HK-dir rapporterer åtte tiltak i 2024. Tabellen viser antall tiltak per delmål.")
    cnt = Counter(c for m in f["rows"] for c in m["delmal"])
    keys = sorted(cnt, key=CODES.index)
    t = d.add_table(rows=2, cols=len(keys) + 1); t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Delmål", bold=True); cell_text(t.cell(1, 0), "Antall", bold=True)
    for j, k in enumerate(keys, 1):
        cell_text(t.cell(0, j), k, bold=True); cell_text(t.cell(1, j), str(cnt[k]))
    d.add_heading("2 Oversikt over tiltak", 2)
    hdr = ["Tiltak", "Kategori", "Mål i NKPS", "Ansvarlig", "Samarbeidspartnere", "Tidsrom"]
    t = d.add_table(rows=len(f["rows"]) + 1, cols=6); t.style = "Table Grid"
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), h, bold=True, size=9); shade(t.cell(0, j), "003B5C")
        t.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
    repeat_header(t.rows[0])
    for i, m in enumerate(f["rows"], 1):
        vals = [m["title"], m["type_printed"], ", ".join(m["delmal"]), m["responsible"], J(m["partners"]),
                m["period"]]
        for j, v in enumerate(vals):
            cell_text(t.cell(i, j), v, size=9, bold=(j == 0))
    col_widths(t, [4.2, 2.2, 1.8, 1.8, 3.6, 2.2])
    d.add_heading("3 Om tiltakene", 2)
    for m in f["rows"]:
        p = d.add_paragraph(); run(p, m["title"], bold=True)
        p.paragraph_format.space_after = Pt(0)
        para(d, m["description"])
    d.add_heading("4 Andre oppdrag", 2)
    para(d, "HK-dir har også forvaltet Fagskolerådets sekretariat og gitt innspill til stortingsmeldingen om "
            "fagarbeidere. Dette er ordinære oppdrag og rapporteres ikke som tiltak.")
    d.save(path)


def nho25(f, path):
    d = new_doc("Calibri", 11)
    s = d.sections[0]
    header_text(s, "NHO", "Rapport til Kompetansepolitisk råd 2025", color="00205B")
    footer_page(s, "Side ", numpages=True)
    d.add_heading("NHOs oppfølging av kompetansestrategien 2025", 1)
    d.add_heading("Sammendrag", 2)
    para(d, "NHO har sju tiltak i årets rapport. Fire av dem er videreført fra tidligere år. Faktaboksen til venstre "
            "for hvert tiltak viser mål, form, ansvar, partnere og tid.")
    for m in f["rows"]:
        t = d.add_table(rows=1, cols=2); no_borders(t)
        left, right = t.cell(0, 0), t.cell(0, 1)
        shade(left, "E8EEF7")
        first = True
        for lab, val in (("MÅL", codes_join(m["delmal"])), ("FORM", m["type_printed"]), ("ANSVAR", m["responsible"]),
                         ("MED", J(m["partners"])), ("TID", m["period"])):
            p = left.paragraphs[0] if first else left.add_paragraph()
            first = False
            run(p, lab, bold=True, size=7, color="00205B")
            p.paragraph_format.space_after = Pt(0)
            q = left.add_paragraph(); run(q, val, size=9)
        p = right.paragraphs[0]; run(p, m["title"], bold=True, size=12)
        right.add_paragraph(m["description"])
        col_widths(t, [4.5, 11.5])
        para(d, "")
    d.add_heading("NHO deltar også i", 2)
    for x in ("Arbeidsgruppe om finansiering av fagskolene (KD)", "Styringsgruppen for Yrkesfagløftet",
              "Nordisk arbeidsgiverforum for kompetanse"):
        para(d, x, style="List Bullet")
    d.save(path)
