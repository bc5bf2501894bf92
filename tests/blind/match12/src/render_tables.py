"""Table-based Word templates: A (grouped matrix), G (row + description row), I (long landscape table),
K (Unio what/who/when), M (narrow portrait table), N (one table per hovedinnsatsområde)."""
from docx.shared import RGBColor

from .catalog import AREAS, DELMAL
from .docx_util import (new_doc, para, set_cell, shade, repeat_header, cant_split, col_widths,
                        footer_pages, header_text, join_codes)


def _hdr(table, labels, size, fill="D9D9D9"):
    for c, lab in zip(table.rows[0].cells, labels):
        set_cell(c, lab, bold=True, size=size)
        shade(c, fill)
    repeat_header(table.rows[0])


def render_A(path, rep):
    """KD 2019: landscape, one table per hovedinnsatsområde, Delmål cell merged over its rows."""
    m = rep["meta"]
    d = new_doc("Times New Roman", 11, landscape=True, margin=2.0)
    para(d, m["title"], bold=True, size=16)
    for t in m["intro"]:
        para(d, t)
    footer_pages(d, m["footer"])
    labels = ["Delmål", "Tiltak", "Kort beskrivelse", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode"]
    widths = [4.5, 4.2, 6.5, 2.3, 2.3, 3.7, 2.2]
    order = []
    for area in "123":
        rows = sorted([r for r in rep["rows"] if r["dm"][0][0] == area], key=lambda r: r["dm"][0])
        order += rows
        if not rows:
            continue
        para(d, f"Hovedinnsatsområde {area}: {AREAS[area]}", bold=True, size=12)
        t = d.add_table(rows=1 + len(rows), cols=7)
        t.style = "Table Grid"
        _hdr(t, labels, 10)
        groups = {}
        for i, r in enumerate(rows, start=1):
            vals = ["", r["title"], r["desc"], r["typ"], r["resp"], r["partners"], r["period"]]
            for j, v in enumerate(vals):
                if j:
                    set_cell(t.cell(i, j), v, size=9.5)
            groups.setdefault(r["dm"][0], []).append(i)
        for code, idx in groups.items():
            cell = t.cell(idx[0], 0)
            if len(idx) > 1:
                cell = cell.merge(t.cell(idx[-1], 0))
            set_cell(cell, f"{code} {DELMAL[code]}", size=9.5)
        col_widths(t, widths)
        para(d, "")
    d.save(path)
    return order


def render_G(path, rep):
    """KS: one row per measure, followed by a merged 'Beskrivelse' row."""
    m = rep["meta"]
    d = new_doc("Arial", 10, margin=2.0)
    para(d, m["title"], bold=True, size=14)
    para(d, m["intro"])
    labels = ["Nr.", "Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsperiode"]
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    _hdr(t, labels, 9, fill="C6D9F1")
    for i, r in enumerate(rep["rows"], start=1):
        cells = t.add_row().cells
        vals = [f"{i}.", r["title"], ", ".join(r["dm"]), r["typ"], r["resp"], r["partners"], r["period"]]
        for c, v in zip(cells, vals):
            set_cell(c, v, size=9)
        cant_split(t.rows[-1])
        drow = t.add_row()
        mc = drow.cells[0].merge(drow.cells[6])
        set_cell(mc, r["desc"], size=9, label="Beskrivelse: ")
    col_widths(t, [1.0, 3.6, 1.6, 2.2, 2.4, 3.8, 2.4])
    d.save(path)
    return rep["rows"]


def render_I(path, rep):
    """HK-dir: long landscape table with repeated header and merged area rows; rows may split over pages."""
    m = rep["meta"]
    d = new_doc("Calibri", 10, landscape=True, margin=1.8, heading_color="1F3864")
    header_text(d, m["header"])
    footer_pages(d, "Direktoratet for høyere utdanning og kompetanse")
    d.add_heading(m["title"], level=1)
    for t in ([m["intro"]] if isinstance(m["intro"], str) else m["intro"]):
        para(d, t)
    labels = ["Tiltak", "Delmål", "Kategori", "Ansvarlig", "Samarbeidspartnere", "Varighet", "Status og beskrivelse"]
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    _hdr(t, labels, 9.5, fill="1F3864")
    for c in t.rows[0].cells:
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    current = None
    assert [r["dm"][0][0] for r in rep["rows"]] == sorted(r["dm"][0][0] for r in rep["rows"])
    for r in rep["rows"]:
        area = r["dm"][0][0]
        if area != current:
            current = area
            ar = t.add_row()
            mc = ar.cells[0].merge(ar.cells[6])
            set_cell(mc, f"Hovedinnsatsområde {area} – {AREAS[area]}", bold=True, size=9.5)
            shade(mc, "DEEAF6")
        cells = t.add_row().cells
        vals = [r["title"], ", ".join(r["dm"]), r["typ"], r["resp"], r["partners"], r["period"], r["desc"]]
        for c, v in zip(cells, vals):
            set_cell(c, v, size=9)
    col_widths(t, [4.6, 1.6, 2.6, 2.6, 4.2, 2.2, 8.3])
    d.save(path)
    return rep["rows"]


def render_K(path, rep):
    """Unio: Delmål given only by its text; Hva / Hvem / Når; no description."""
    m = rep["meta"]
    d = new_doc("Georgia", 10.5, margin=2.2)
    para(d, m["title"], bold=True, size=15)
    para(d, m["intro"], italic=True)
    t = d.add_table(rows=1 + len(rep["rows"]), cols=4)
    t.style = "Table Grid"
    _hdr(t, ["Delmål i strategien", "Hva", "Hvem", "Når"], 10, fill="E2EFDA")
    rows = rep["rows"]
    for i, r in enumerate(rows, start=1):
        set_cell(t.cell(i, 1), r["title"], size=9.5)
        set_cell(t.cell(i, 2), r["rp"], size=9.5)
        set_cell(t.cell(i, 3), r["period"], size=9.5)
    i = 1
    while i <= len(rows):
        j = i
        while j < len(rows) and rows[j]["dm"] == rows[i - 1]["dm"]:
            j += 1
        cell = t.cell(i, 0) if j == i else t.cell(i, 0).merge(t.cell(j, 0))
        set_cell(cell, "\n".join(DELMAL[c] for c in rows[i - 1]["dm"]), size=9)
        i = j + 1
    col_widths(t, [6.0, 5.4, 3.6, 1.6])
    d.save(path)
    return rep["rows"]


def render_M(path, rep):
    """AID: narrow portrait table, small font, department header."""
    m = rep["meta"]
    d = new_doc("Arial", 10, margin=1.7)
    header_text(d, m["header"], align_right=False)
    footer_pages(d, "AID – rapportering NKPS 2023", of_total=False)
    para(d, m["title"], bold=True, size=13)
    para(d, m["intro"])
    labels = ["Tiltak/virkemiddel", "Delmål", "Kategori", "Ansvar", "Samarbeid", "Tidsrom", "Kort omtale"]
    t = d.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    _hdr(t, labels, 8.5, fill="F2F2F2")
    for r in rep["rows"]:
        cells = t.add_row().cells
        vals = [r["title"], ", ".join(r["dm"]), r["typ"], r["resp"], r["partners"], r["period"], r["desc"]]
        for c, v in zip(cells, vals):
            set_cell(c, v, size=8.5)
    col_widths(t, [3.4, 1.3, 1.7, 2.4, 2.4, 1.8, 4.6])
    d.save(path)
    return rep["rows"]


def render_N(path, rep):
    """Virke: one table per hovedinnsatsområde, first row merged with the area name; no 'Ansvarlig' column."""
    m = rep["meta"]
    d = new_doc("Calibri", 10.5, margin=2.0)
    para(d, m["title"], bold=True, size=16)
    para(d, m["intro"])
    order = []
    for area in "123":
        rows = [r for r in rep["rows"] if r["dm"] and r["dm"][0][0] == area]
        order += rows
        if not rows:
            continue
        t = d.add_table(rows=2, cols=5)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[4])
        set_cell(top, f"Hovedinnsatsområde {area}: {AREAS[area]}", bold=True, size=10.5)
        shade(top, "F4B183")
        for c, lab in zip(t.rows[1].cells, ["Tiltak", "Delmål", "Beskrivelse", "Samarbeid", "Tid"]):
            set_cell(c, lab, bold=True, size=9.5)
            shade(c, "FBE5D6")
        for r in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, [r["title"], join_codes(r["dm"]), r["desc"], r["partners"], r["period"]]):
                set_cell(c, v, size=9.5)
        col_widths(t, [4.0, 1.4, 6.6, 3.2, 1.8])
        para(d, "")
    d.save(path)
    return order
