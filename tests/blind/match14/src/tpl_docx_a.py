"""Word templates, part A (NHO 2018, LO 2019, Akademikerne 2019, Spekter 2018, NFD 2019, VOFO 2018)."""
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt

from . import delmal as D
from .common import codes, group_consecutive, join, sort_by_delmal, area_of
from .docx_util import (add_run, cant_split, cell_text, col_widths, header_footer, new_doc, page_break,
                        para, repeat_header, save, shade, static_toc, table_borders, cell_margins)


# ---------------------------------------------------------------- NHO 2018
NHO_TYPE = {"Råd/utvalg/nettverk": "Råd/utvalg", "Kurs/utdanning": "Kurs / utdanning"}


def nho18_area_tables(rep, path):
    doc = new_doc(font="Arial", size=9.5)
    sec = doc.sections[0]
    header_footer(sec, header="NHO  |  Rapportering til Kompetansepolitisk råd 2018",
                  footer="Næringslivets Hovedorganisasjon")
    sec.different_first_page_header_footer = True
    para(doc, "", after=120)
    para(doc, "Næringslivets Hovedorganisasjon", bold=True, size=14, color="1F3864")
    para(doc, "Rapportering til Kompetansepolitisk råd", bold=True, size=24, color="1F3864", after=4)
    para(doc, "Oppfølging av Nasjonal kompetansepolitisk strategi 2017–2021", size=14, after=4)
    para(doc, "NHOs tiltak i 2018", size=14, after=60)
    para(doc, "Oslo, februar 2019", italic=True)
    page_break(doc)
    static_toc(doc, [("1  Innledning", 3, 0),
                     ("2  Gode valg for den enkelte og for samfunnet", 3, 0),
                     ("3  Læring i arbeidslivet", 4, 0),
                     ("4  Voksne med svak tilknytning til arbeidslivet", 5, 0)])
    page_break(doc)
    doc.add_heading("1  Innledning", level=1)
    para(doc, "NHO rapporterer her på tiltak som NHO og landsforeningene har gjennomført eller deltatt i "
              "i 2018, og som følger opp delmålene i Nasjonal kompetansepolitisk strategi. Tabellene er "
              "ordnet etter strategiens tre hovedinnsatsområder. Der NHO deltar i tiltak som andre har "
              "ansvaret for, er dette angitt i kolonnen for ansvar.")
    titles = {"1": "2  Gode valg for den enkelte og for samfunnet",
              "2": "3  Læring i arbeidslivet",
              "3": "4  Voksne med svak tilknytning til arbeidslivet"}
    for a, rows in group_consecutive(rep["rows"], area_of):
        doc.add_heading(titles[a], level=1)
        t = doc.add_table(rows=2, cols=6)
        table_borders(t, insideV=(4, "8EAADB"), insideH=(4, "8EAADB"), left=(4, "8EAADB"),
                      right=(4, "8EAADB"), top=(8, "1F3864"), bottom=(8, "1F3864"))
        cell_margins(t)
        top = t.rows[0].cells[0].merge(t.rows[0].cells[5])
        cell_text(top, f"Hovedinnsatsområde {a}: {D.AREAS[a]}", bold=True, color="FFFFFF")
        shade(top, "1F3864")
        for i, h in enumerate(["Delmål", "Tiltak og kort beskrivelse", "Kategori", "Ansvarlig",
                               "I samarbeid med", "Tidsrom"]):
            c = t.rows[1].cells[i]
            cell_text(c, h, bold=True, size=9)
            shade(c, "D9E2F3")
        repeat_header(t.rows[0])
        repeat_header(t.rows[1])
        groups = group_consecutive(rows, lambda r: codes(r, " / "))
        for dm, grp in groups:
            first_idx = len(t.rows)
            for r in grp:
                row = t.add_row()
                cant_split(row)
                c = row.cells
                tp = c[1].paragraphs[0]
                add_run(tp, r["title"], bold=True)
                c[1].add_paragraph(r["desc"])
                cell_text(c[2], NHO_TYPE.get(r["type"], r["type"]))
                cell_text(c[3], r["resp"])
                cell_text(c[4], join(r["partners"]))
                cell_text(c[5], r["period"])
            last_idx = len(t.rows) - 1
            m = t.rows[first_idx].cells[0]
            if last_idx > first_idx:
                m = m.merge(t.rows[last_idx].cells[0])
            cell_text(m, dm, bold=True)
        col_widths(t, [1.4, 6.0, 2.4, 2.2, 2.6, 2.0])
        para(doc, "", after=4)
    para(doc, "Kontaktperson i NHO: fagsjef for kompetanse, Avdeling for kompetanse og arbeidsliv.",
         italic=True, size=9)
    save(doc, path)


# ---------------------------------------------------------------- LO 2019
def lo19_headings_bullets(rep, path):
    doc = new_doc(font="Calibri", size=11)
    header_footer(doc.sections[0], header="LO – Landsorganisasjonen i Norge", footer="LOs rapport NKPS 2019")
    para(doc, "Landsorganisasjonen i Norge", align="right", size=9)
    para(doc, "Oslo, 20. januar 2020", align="right", size=9, after=12)
    para(doc, "Til: Kompetansepolitisk råd v/ sekretariatet i Kompetanse Norge", size=10, after=12)
    doc.add_heading("LOs oppfølging av Nasjonal kompetansepolitisk strategi – rapport for 2019", level=0)
    para(doc, "LO viser til bestillingen fra sekretariatet og rapporterer med dette på tiltak i 2019. "
              "Tiltakene er sortert etter hovedinnsatsområde og delmål. For hvert tiltak oppgir vi i "
              "parentes type tiltak, hvem som har ansvaret, samarbeidspartnere og periode.")
    rows = sort_by_delmal([r for r in rep["rows"] if r.get("sec") != "other"])
    other = [r for r in rep["rows"] if r.get("sec") == "other"]
    n = 0
    for a, arows in group_consecutive(rows, area_of):
        n += 1
        doc.add_heading(f"{n} {D.AREAS[a]}", level=1)
        for dm, drows in group_consecutive(arows, lambda r: r["dm"][0]):
            doc.add_heading(f"Delmål {dm} – {D.SHORT[dm]}", level=2)
            for r in drows:
                _lo_bullet(doc, r, dm)
    n += 1
    doc.add_heading(f"{n} Andre tiltak", level=1)
    para(doc, "Tiltak som ikke er knyttet til ett bestemt delmål, men som støtter opp under strategien:")
    for r in other:
        _lo_bullet(doc, r, None)
    para(doc, "Med vennlig hilsen", before=18)
    para(doc, "LO, Avdeling for samfunnspolitikk og kompetanse")
    save(doc, path)


def _lo_bullet(doc, r, dm):
    p = doc.add_paragraph(style="List Bullet")
    add_run(p, r["title"], bold=True)
    add_run(p, " – " + r["desc"])
    facts = [f"Type: {r['type']}", f"ansvar: {r['resp']}"]
    if r["partners"]:
        facts.append("samarbeid: " + join(r["partners"]))
    facts.append("periode: " + r["period"])
    extra = [c for c in r["dm"] if c != dm]
    if extra and dm:
        facts.append("også relevant for delmål " + join(extra, "og"))
    add_run(p, " (" + "; ".join(facts) + ")", italic=True, size=10)
    p.paragraph_format.space_after = Pt(6)


# ---------------------------------------------------------------- Akademikerne 2019
def akad19_columns(rep, path):
    doc = new_doc(font="Georgia", size=9.5, margins_cm=1.8)
    header_footer(doc.sections[0], header="Akademikerne", footer="Rapportering NKPS 2019", page_prefix="")
    para(doc, "Akademikerne", bold=True, size=16, color="00594F")
    para(doc, "Rapportering til Kompetansepolitisk råd for 2019", bold=True, size=13, after=8)
    para(doc, "Akademikerne følger opp strategien gjennom egne utredninger, deltakelse i råd og utvalg og "
              "arbeid med etter- og videreutdanning for høyt utdannede. Nummereringen av tiltak følger den "
              "nummererte listen i strategien (nr. 1–16). Hvert tiltak står i sin egen kolonne.")
    labels = ["Tiltak", "Nr. i strategien", "Hva slags tiltak", "Hvem har ansvaret", "Samarbeid med",
              "Tidsrom", "Kort om tiltaket"]
    captions = ["Tabell 1 Kompetansebehov og relevans", "Tabell 2 Digitalisering og kunnskapsgrunnlag",
                "Tabell 3 Etter- og videreutdanning og godkjenning"]
    rows = rep["rows"]
    chunks = [rows[0:3], rows[3:6], rows[6:]]
    for cap, chunk in zip(captions, chunks):
        para(doc, cap, bold=True, size=10, before=10, after=3, color="00594F")
        t = doc.add_table(rows=len(labels), cols=1 + len(chunk))
        t.style = doc.styles["Table Grid"]
        cell_margins(t)
        for i, lab in enumerate(labels):
            c = t.rows[i].cells[0]
            cell_text(c, lab, bold=True, size=9)
            shade(c, "E2EFDA")
        for j, r in enumerate(chunk, start=1):
            vals = [r["title"], D.old_numbers(r["dm"]), r["type"], r["resp"], join(r["partners"]),
                    r["period"], r["desc"]]
            for i, v in enumerate(vals):
                cell_text(t.rows[i].cells[j], v, bold=(i == 0))
        w = 13.4 / len(chunk) if len(chunk) == 3 else 6.7
        col_widths(t, [3.6] + [w] * len(chunk))
    para(doc, "Kontakt: Akademikernes sekretariat.", italic=True, size=8.5, before=12)
    save(doc, path)


# ---------------------------------------------------------------- Spekter 2018
def spekter18_numbered(rep, path):
    doc = new_doc(font="Calibri", size=11)
    header_footer(doc.sections[0], footer="Spekter – rapportering NKPS 2018", page_prefix="")
    para(doc, "Spekters rapportering på oppfølgingen av Nasjonal kompetansepolitisk strategi 2018",
         bold=True, size=15, after=12)
    para(doc, "Rapporteringspunkter:", bold=True, after=6)
    for r in rep["rows"]:
        doc.add_paragraph(r["title"], style="List Number")
        pp = para(doc, "Relasjon til NKPS tiltak nr. " + D.old_numbers(r["dm"]) + ".", after=8)
        pp.paragraph_format.left_indent = Cm(0.63)
    for r in rep["rows"]:
        page_break(doc)
        para(doc, "1. Tiltak i Nasjonal kompetansepolitisk strategi", bold=True, after=6)
        p = para(doc, r["title"])
        p.paragraph_format.left_indent = Cm(0.63)
        p = para(doc, "Relasjon til NKPS tiltak nr. " + D.old_numbers(r["dm"]) + ".", after=10)
        p.paragraph_format.left_indent = Cm(0.63)
        para(doc, "2. Ansvarlig og samarbeidspartnere", bold=True, after=6)
        p = para(doc, r["ansvar"], after=10)
        p.paragraph_format.left_indent = Cm(0.63)
        para(doc, "3. Beskrivelse av tiltaket (maks en halv side)", bold=True, after=6)
        p = para(doc, r["desc"], after=10)
        p.paragraph_format.left_indent = Cm(0.63)
        para(doc, "4. Tidspunkt og varighet", bold=True, after=6)
        # Word's automatic numbering continues from the list on page 1 and leaks into the text.
        doc.add_paragraph(r["period"], style="List Number")
    save(doc, path)


# ---------------------------------------------------------------- NFD 2019
def nfd19_letter(rep, path):
    doc = new_doc(font="Times New Roman", size=11.5, margins_cm=2.5)
    header_footer(doc.sections[0], header="Nærings- og fiskeridepartementet",
                  footer="Postadresse: Postboks 8090 Dep, 0032 Oslo")
    para(doc, "Kunnskapsdepartementet", after=0)
    para(doc, "Postboks 8119 Dep", after=0)
    para(doc, "0032 OSLO", after=14)
    t = doc.add_table(rows=2, cols=3)
    table_borders(t, None, None, None, None, None, None)
    for i, (a, b) in enumerate([("Deres ref", ""), ("Vår ref", "19/4127-6"), ("Dato", "12. februar 2020")]):
        cell_text(t.rows[0].cells[i], a, size=8)
        cell_text(t.rows[1].cells[i], b, size=10)
    para(doc, "", after=6)
    para(doc, "Rapportering fra NFD – oppfølging av Nasjonal kompetansepolitisk strategi 2019",
         bold=True, size=13, after=8)
    para(doc, "Vi viser til brev fra Kunnskapsdepartementet om rapportering til Kompetansepolitisk råd. "
              "Nærings- og fiskeridepartementet rapporterer nedenfor på tiltak på departementets område "
              "som bidrar til å følge opp strategien. Henvisningene til strategien gjelder de nummererte "
              "tiltakene i strategien.")
    for i, r in enumerate(rep["rows"], start=1):
        doc.add_heading(f"Tiltak {i}: {r['title']}", level=2)
        lines = [("NKPS-tiltak nr.", D.old_numbers(r["dm"])), ("Type tiltak", r["type"]),
                 ("Ansvarlig", r["resp"]), ("Samarbeidspartnere", join(r["partners"])),
                 ("Periode", r["period"]), ("Beskrivelse", r["desc"])]
        for lab, val in lines:
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(1)
            add_run(p, lab + ": ")
            add_run(p, val)
    para(doc, "Med hilsen", before=18)
    para(doc, "Ekspedisjonssjef", after=0)
    para(doc, "Næringspolitisk avdeling", after=10)
    para(doc, "Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer.", italic=True, size=9)
    save(doc, path)


# ---------------------------------------------------------------- VOFO 2018
def vofo18_matrix_descrows(rep, path):
    doc = new_doc(font="Calibri", size=10, landscape=True, margins_cm=1.8)
    header_footer(doc.sections[0], header="VOFO – Voksenopplæringsforbundet", footer="Rapportering 2018")
    para(doc, "Rapportering av tiltak 2018", bold=True, size=16, color="7030A0")
    para(doc, "Oppfølging av Nasjonal kompetansepolitisk strategi – frivillighetens bidrag", size=12, after=8)
    para(doc, "VOFO rapporterer på vegne av studieforbundene. Tabellen viser tiltakene ordnet etter "
              "hovedinnsatsområde, med en kort beskrivelse under hvert tiltak.")
    t = doc.add_table(rows=1, cols=6)
    t.style = doc.styles["Table Grid"]
    cell_margins(t)
    for i, h in enumerate(["Delmål", "Tiltak", "Type", "Ansvar", "Samarbeid", "Tid"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9C3E9")
    repeat_header(t.rows[0])
    for a, rows in group_consecutive(rep["rows"], area_of):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[5])
        cell_text(m, f"Hovedinnsatsområde {a} – {D.AREAS[a]}", bold=True, italic=True)
        shade(m, "F2ECF8")
        for r in rows:
            row = t.add_row()
            cant_split(row)
            vals = [codes(r), r["title"], r["type"], r["resp"], join(r["partners"]), r["period"]]
            for i, v in enumerate(vals):
                cell_text(row.cells[i], v, bold=(i == 1))
            d = t.add_row()
            cant_split(d)
            m = d.cells[0].merge(d.cells[5])
            p = m.paragraphs[0]
            add_run(p, "Beskrivelse: ", italic=True)
            add_run(p, r["desc"])
    col_widths(t, [1.6, 7.0, 3.0, 3.2, 5.6, 2.7])
    para(doc, "VOFO, februar 2019", italic=True, before=10)
    save(doc, path)
