"""Form-style Word templates: C (Spekter numbered form per measure), D (two-column form table per measure),
J (four-column grid form per measure with merged title row)."""
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt

from .catalog import AREAS
from .docx_util import new_doc, para, runs, set_cell, shade, col_widths, join_codes, cant_split


def render_C(path, rep):
    """Spekter: 'Rapporteringspunkter' list, then one form per measure with four numbered headings."""
    m = rep["meta"]
    d = new_doc("Calibri", 11, margin=2.5)
    para(d, m["title"], bold=True, size=15)
    para(d, "Rapporteringspunkter:", bold=True)
    for i, r in enumerate(rep["rows"], start=1):
        p = para(d, f"{i}. {r['title']}")
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.paragraph_format.space_after = Pt(0)
        q = para(d, f"Relasjon til NKPS delmål {join_codes(r['dm'])}.")
        q.paragraph_format.left_indent = Cm(0.6)
    for r in rep["rows"]:
        d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
        heads = [("1. Tiltak i Nasjonal kompetansepolitisk strategi", [r["title"], f"Relasjon til NKPS delmål {join_codes(r['dm'])}."]),
                 ("2. Ansvarlig og samarbeidspartnere", [r["rp"]]),
                 ("3. Beskrivelse av tiltaket (maks en halv side)", [r["desc"]]),
                 ("4. Tidspunkt og varighet", [r["period"]])]
        for h, texts in heads:
            para(d, h, bold=True, size=12)
            for t in texts:
                p = para(d, t)
                p.paragraph_format.left_indent = Cm(0.8)
    d.save(path)
    return rep["rows"]


def render_D(path, rep):
    """NHO: a heading per hovedinnsatsområde and one label|answer table per measure."""
    m = rep["meta"]
    d = new_doc("Arial", 10.5, margin=2.2, heading_font="Arial", heading_color="003A70")
    d.add_heading(m["title"], level=1)
    para(d, m["intro"])
    order = []
    for area in "123":
        rows = [r for r in rep["rows"] if r["dm"][0][0] == area]
        if not rows:
            continue
        order += rows
        d.add_heading(f"Hovedinnsatsområde {area} – {AREAS[area]}", level=2)
        for r in rows:
            labels = [("Navn på tiltak", r["title"]), ("Delmål", join_codes(r["dm"])), ("Type tiltak", r["typ"]),
                      ("Ansvarlig", r["resp"]), ("Samarbeidspartnere", r["partners"]),
                      ("Tidspunkt og varighet", r["period"]), ("Beskrivelse", r["desc"])]
            t = d.add_table(rows=len(labels), cols=2)
            t.style = "Table Grid"
            for (lab, val), row in zip(labels, t.rows):
                set_cell(row.cells[0], lab, bold=True, size=9.5)
                shade(row.cells[0], "E7EEF6")
                set_cell(row.cells[1], val, size=9.5, bold=(lab == "Navn på tiltak"))
                cant_split(row)
            col_widths(t, [4.2, 12.4])
            para(d, "", space_after=4)
    d.save(path)
    return order


def render_J(path, rep):
    """Trøndelag: four-column grid per measure; first row merged 'Tiltak n: title'."""
    m = rep["meta"]
    d = new_doc("Verdana", 9.5, margin=2.0)
    para(d, m["title"], bold=True, size=14)
    para(d, m["intro"])
    for i, r in enumerate(rep["rows"], start=1):
        t = d.add_table(rows=4, cols=4)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 3))
        top.text = ""
        runs(top.paragraphs[0], [(f"Tiltak {i}: ", True), (r["title"], True)], size=10)
        shade(top, "D5E8D4")
        set_cell(t.cell(1, 0), "Delmål", bold=True, size=9)
        set_cell(t.cell(1, 1), ", ".join(r["dm"]) if r["dm"] else "–", size=9)
        set_cell(t.cell(1, 2), "Periode", bold=True, size=9)
        set_cell(t.cell(1, 3), r["period"], size=9)
        set_cell(t.cell(2, 0), "Ansvarlig", bold=True, size=9)
        set_cell(t.cell(2, 1), r["resp"], size=9)
        set_cell(t.cell(2, 2), "Samarbeidspartnere", bold=True, size=9)
        set_cell(t.cell(2, 3), r["partners"], size=9)
        set_cell(t.cell(3, 0), "Beskrivelse", bold=True, size=9)
        desc = t.cell(3, 1).merge(t.cell(3, 3))
        set_cell(desc, r["desc"], size=9)
        for row in t.rows:
            cant_split(row)
        col_widths(t, [3.0, 5.0, 3.4, 5.6])
        para(d, "")
    d.save(path)
    return rep["rows"]
