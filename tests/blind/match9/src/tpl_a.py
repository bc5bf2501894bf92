"""Templates: old-numbered forms, old-number matrix, landscape matrix, tick matrix, form tables."""
from docx.shared import Pt, Cm

from .common import DELMAL, CODES, AREAS, old_nr_text
from .render import (new_doc, footer_page, header_text, para, label_para, page_break, table,
                     set_cell, shade, repeat_header, set_widths)


def _intro(doc, rep, size=None):
    for t in rep.get("intro", []):
        para(doc, t, size=size)


def _rp_sentence(row):
    s = f"{row['r']} er ansvarlig for tiltaket."
    if row["p"]:
        s += f" Samarbeidspartnere er {row['p']}."
    return s


# ---------------------------------------------------------------- A: Spekter-like old-numbered forms
def numbered_old(rep):
    doc = new_doc(font="Arial", size=11, margin=2.5)
    footer_page(doc.sections[0], before="", size=9)
    para(doc, rep["title"], bold=True, size=14)
    para(doc, rep["subtitle"], italic=True)
    _intro(doc, rep)
    para(doc, "Rapporteringspunkter:", bold=True)
    for row in rep["rows"]:
        para(doc, row["t"], style="List Number", space_after=0)
        para(doc, f"Relasjon til NKPS tiltak nr. {old_nr_text(row['d'])}.").paragraph_format.left_indent = Cm(1.2)
    for row in rep["rows"]:
        page_break(doc)
        para(doc, "1. Tiltak i Nasjonal kompetansepolitisk strategi", bold=True)
        p = para(doc, row["t"])
        p.paragraph_format.left_indent = Cm(1.0)
        p = para(doc, f"Relasjon til NKPS tiltak nr. {old_nr_text(row['d'])}.")
        p.paragraph_format.left_indent = Cm(1.0)
        para(doc, "2. Ansvarlig og samarbeidspartnere", bold=True)
        para(doc, _rp_sentence(row)).paragraph_format.left_indent = Cm(1.0)
        para(doc, "3. Beskrivelse av tiltaket (maks en halv side)", bold=True)
        para(doc, row["desc"]).paragraph_format.left_indent = Cm(1.0)
        para(doc, "4. Tidspunkt og varighet", bold=True)
        # Word list numbering continues from the list above and leaks into the PDF text
        para(doc, row["per"], style="List Number")
    return doc


# ---------------------------------------------------------------- Q: matrix with old tiltak numbers
def matrix_oldnr(rep):
    doc = new_doc(font="Calibri", size=10.5, margin=2.0)
    header_text(doc.sections[0], rep["header"])
    footer_page(doc.sections[0], before="Side ")
    para(doc, rep["title"], bold=True, size=15)
    _intro(doc, rep)
    para(doc, rep.get("table_caption", "Tabell 1 Tiltak"), bold=True, size=10)
    rows = []
    for i, r in enumerate(rep["rows"], 1):
        rows.append([str(i), r["t"], r["desc"], old_nr_text(r["d"]), r["r"], r["p"], r["per"]])
    table(doc, ["Nr.", "Tiltak", "Kort beskrivelse", "NKPS tiltak nr.", "Ansvarlig",
                "Samarbeids-partnere", "Tidsrom"], rows,
          [0.8, 3.4, 5.2, 1.6, 2.0, 2.3, 1.7], size=8.5)
    for t in rep.get("outro", []):
        para(doc, t)
    return doc


# ---------------------------------------------------------------- B: landscape matrix, delmål column
def matrix_landscape(rep):
    doc = new_doc(landscape=True, font="Times New Roman", size=11, margin=2.0)
    sec = doc.sections[0]
    header_text(sec, rep["header"], right=rep.get("header_right"))
    footer_page(sec, before="Side ", total=True)
    para(doc, rep["title"], bold=True, size=16)
    _intro(doc, rep)
    rows = []
    for r in rep["rows"]:
        rows.append(["\n".join(r["d"]), r["t"], r["typ"], r["r"], r["p"], r["per"], r["desc"]])
    table(doc, ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
                "Tidsperiode", "Kort beskrivelse"], rows,
          [1.5, 5.0, 2.6, 2.6, 3.5, 2.2, 8.3], size=9.5)
    for t in rep.get("outro", []):
        para(doc, t)
    return doc


# ---------------------------------------------------------------- K: tick matrix
def tick_matrix(rep):
    doc = new_doc(landscape=True, font="Calibri", size=10, margin=1.5)
    sec = doc.sections[0]
    header_text(sec, rep["header"])
    footer_page(sec, before="", left_text=rep.get("footer_left"))
    para(doc, rep["title"], bold=True, size=15)
    _intro(doc, rep)
    widths = [6.5, 2.3, 4.0, 1.9] + [0.75] * 16
    t = doc.add_table(rows=2, cols=20)
    t.style = "Table Grid"
    t.autofit = False
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    for i, h in enumerate(["Tiltak", "Type", "Ansvarlig / samarbeid", "Periode"]):
        c = h0[i].merge(h1[i])
        set_cell(c, h, bold=True, size=8.5)
        shade(c, "DDEBF7")
    spans = [(4, 7, "Delmål – område 1"), (8, 13, "Delmål – område 2"), (14, 19, "Delmål – område 3")]
    for a, b, txt in spans:
        c = h0[a].merge(h0[b])
        set_cell(c, txt, bold=True, size=8)
        shade(c, "DDEBF7")
    for j, code in enumerate(CODES):
        set_cell(h1[4 + j], code, bold=True, size=7)
        shade(h1[4 + j], "DDEBF7")
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for r in rep["rows"]:
        cells = t.add_row().cells
        set_cell(cells[0], r["t"], size=8.5)
        set_cell(cells[1], r["typ"], size=8.5)
        rp = r["r"] + (f"\nSamarbeid: {r['p']}" if r["p"] else "")
        set_cell(cells[2], rp, size=8.5)
        set_cell(cells[3], r["per"], size=8.5)
        for j, code in enumerate(CODES):
            set_cell(cells[4 + j], "X" if code in r["d"] else "", size=8, bold=True)
    set_widths(t, widths)
    for x in rep.get("outro", []):
        para(doc, x)
    return doc


# ---------------------------------------------------------------- D: one form table per measure
def form_tables(rep):
    cfg = rep["form"]
    doc = new_doc(font=cfg.get("font", "Calibri"), size=11, margin=2.2)
    sec = doc.sections[0]
    if rep.get("header"):
        header_text(sec, rep["header"], right=rep.get("header_right"))
    footer_page(sec, before=cfg.get("page_prefix", "Side "), total=cfg.get("total", False))
    para(doc, rep["title"], bold=True, size=16)
    if rep.get("subtitle"):
        para(doc, rep["subtitle"], italic=True)
    _intro(doc, rep)
    area_done = set()
    labels = cfg["labels"]  # dict key -> label, keys in order
    for i, r in enumerate(rep["rows"], 1):
        area = r["d"][0][0]
        if cfg.get("area_headings") and area not in area_done:
            area_done.add(area)
            doc.add_heading(AREAS[area], level=2)
        if cfg.get("number_heading"):
            para(doc, cfg["number_heading"].format(i=i), bold=True, size=11)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        t.autofit = False
        if cfg.get("banner"):
            cells = t.add_row().cells
            c = cells[0].merge(cells[1])
            set_cell(c, cfg["banner"].format(i=i, t=r["t"]), bold=True, size=10.5)
            shade(c, cfg.get("fill", "BDD7EE"))
        for key, lab in labels:
            if key == "d":
                val = cfg.get("delmal_fmt", "{}").format(", ".join(r["d"]))
            elif key == "t":
                val = r["t"]
            else:
                val = r[{"type": "typ"}.get(key, key)]
            cells = t.add_row().cells
            set_cell(cells[0], lab, bold=True, size=10)
            shade(cells[0], "F2F2F2")
            set_cell(cells[1], val, size=10)
        set_widths(t, cfg.get("widths", [4.5, 12.1]))
        para(doc, "", space_after=6)
    for x in rep.get("outro", []):
        para(doc, x)
    return doc
