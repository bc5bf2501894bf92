"""Templates: narrative+appendix, cover/TOC grouped matrix, plan-status table, heading+labels,
numbered list with brackets, transposed table, prose paragraphs."""
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

from .common import AREAS
from .render import (new_doc, new_section, footer_page, header_text, para, label_para, page_break,
                     table, set_cell, shade, set_widths, toc, repeat_header)


def _intro(doc, rep):
    for t in rep.get("intro", []):
        para(doc, t)


def _d(row, fmt="{}", sep=", "):
    return fmt.format(sep.join(row["d"]))


# ---------------------------------------------------------------- M: narrative, measures only in appendix
def narrative_appendix(rep):
    doc = new_doc(font="Georgia", size=11, margin=2.5)
    sec = doc.sections[0]
    header_text(sec, rep["header"])
    footer_page(sec, before="")
    para(doc, rep["title"], bold=True, size=17)
    para(doc, rep["subtitle"], italic=True)
    for head, paras in rep["sections"]:
        doc.add_heading(head, level=1)
        for t in paras:
            para(doc, t)
    page_break(doc)
    doc.add_heading(rep["appendix_title"], level=1)
    rows = []
    for i, r in enumerate(rep["rows"], 1):
        rows.append([f"{i}.", r["t"], ", ".join(r["d"]), r["typ"], r["r"], r["p"], r["per"]])
    table(doc, ["Nr.", "Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode"],
          rows, [0.8, 4.6, 1.3, 2.2, 1.9, 3.2, 2.0], size=8.5, head_fill="FCE4D6")
    return doc


# ---------------------------------------------------------------- O: cover page, TOC, grouped matrix
def ks_grouped(rep):
    doc = new_doc(font="Calibri", size=11, margin=2.5)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    footer_page(sec, before="Side ")
    for _ in range(6):
        para(doc, "")
    para(doc, rep["cover_org"], bold=True, size=14, color="1F4E79")
    para(doc, rep["title"], bold=True, size=24, color="1F4E79")
    para(doc, rep["subtitle"], size=14)
    for _ in range(10):
        para(doc, "")
    para(doc, rep["cover_date"], italic=True)
    page_break(doc)
    para(doc, "Innhold", bold=True, size=16)
    toc(doc, rep["toc"], width_cm=16.0)
    page_break(doc)
    doc.add_heading("1 Innledning", level=1)
    _intro(doc, rep)
    doc.add_heading(rep["table_heading"], level=1)
    para(doc, rep["table_lead"])
    sec2 = new_section(doc, landscape=True)
    footer_page(sec2, before="Side ")
    header_text(sec2, rep["header"])
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    t.autofit = False
    heads = ["Delmål", "Tiltak", "Beskrivelse", "Type", "Ansvarlig", "Samarbeidspartnere", "Tidsrom"]
    for i, h in enumerate(heads):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "9DC3E6")
    repeat_header(t.rows[0])
    area = None
    for r in rep["rows"]:
        a = r["d"][0][0]
        if a != area:
            area = a
            cells = t.add_row().cells
            c = cells[0].merge(cells[6])
            set_cell(c, AREAS[a], bold=True, size=9.5)
            shade(c, "DEEAF6")
        cells = t.add_row().cells
        vals = [", ".join(r["d"]), r["t"], r["desc"], r["typ"], r["r"], r["p"], r["per"]]
        for i, v in enumerate(vals):
            set_cell(cells[i], v, size=9)
    set_widths(t, [1.4, 4.6, 8.2, 2.4, 2.1, 3.6, 2.4])
    sec3 = new_section(doc, landscape=False)
    footer_page(sec3, before="Side ")
    header_text(sec3, rep["header"])
    doc.add_heading(rep["closing_heading"], level=1)
    for t_ in rep["closing"]:
        para(doc, t_)
    return doc


# ---------------------------------------------------------------- T: regional plan numbering + status
def plan_status(rep):
    doc = new_doc(landscape=True, font="Arial", size=10, margin=1.8)
    sec = doc.sections[0]
    header_text(sec, rep["header"], right=rep.get("header_right"))
    footer_page(sec, before="Side ", total=True)
    para(doc, rep["title"], bold=True, size=15)
    _intro(doc, rep)
    rows = []
    for r in rep["rows"]:
        rows.append([r["planr"], r["t"], r["malgruppe"], r["r"], r["p"], ", ".join(r["d"]), r["per"],
                     r["desc"]])
    table(doc, ["Nr.", "Tiltak", "Målgruppe", "Ansvar", "Medvirkende", "Delmål NKPS", "Tidsrom",
                rep["status_label"]], rows, [1.2, 5.0, 3.0, 2.4, 3.4, 1.6, 1.9, 7.6], size=8.5,
          head_fill="E2EFDA")
    for t_ in rep.get("outro", []):
        para(doc, t_, italic=True, size=9)
    return doc


# ---------------------------------------------------------------- F: heading per measure + "Label: value"
def heading_labels(rep):
    cfg = rep["hl"]
    doc = new_doc(font=cfg.get("font", "Calibri"), size=11, margin=2.5)
    sec = doc.sections[0]
    header_text(sec, rep["header"], right=rep.get("header_right"))
    footer_page(sec, before=cfg.get("page_prefix", ""), total=cfg.get("total", False))
    para(doc, rep["title"], bold=True, size=16)
    _intro(doc, rep)
    if cfg.get("section_heading"):
        doc.add_heading(cfg["section_heading"], level=1)
    for i, r in enumerate(rep["rows"], 1):
        doc.add_heading(cfg.get("num", "").format(i=i) + r["t"], level=2)
        for key, lab in cfg["labels"]:
            if key == "d":
                val = cfg.get("delmal_fmt", "{}").format(", ".join(r["d"]))
            else:
                val = r[{"type": "typ"}.get(key, key)]
            if not val:
                continue
            if key == "desc" and cfg.get("desc_block"):
                para(doc, lab, bold=True, space_after=0)
                para(doc, val)
            else:
                label_para(doc, lab + ":", val)
    for t_ in rep.get("outro", []):
        para(doc, t_)
    return doc


# ---------------------------------------------------------------- G: numbered list with facts in brackets
def numbered_brackets(rep):
    doc = new_doc(font="Calibri", size=11, margin=2.5)
    sec = doc.sections[0]
    header_text(sec, rep["header"])
    footer_page(sec, before="", total=False)
    para(doc, rep["title"], bold=True, size=16)
    _intro(doc, rep)
    doc.add_heading(rep["list_heading"], level=1)
    for r in rep["rows"]:
        br = f"delmål {', '.join(r['d'])}; ansvarlig: {r['r']}"
        if r["p"]:
            br += f"; samarbeid: {r['p']}"
        br += f"; {r['per']}"
        p = doc.add_paragraph(style="List Number")
        run = p.add_run(r["t"])
        run.bold = True
        p.add_run(f" ({br})")
        p.paragraph_format.space_after = Pt(2)
        q = para(doc, r["desc"])
        q.paragraph_format.left_indent = Cm(0.63)
    for t_ in rep.get("outro", []):
        para(doc, t_)
    return doc


# ---------------------------------------------------------------- transposed: one column per measure
def transposed(rep):
    doc = new_doc(landscape=True, font="Calibri", size=10, margin=1.5)
    sec = doc.sections[0]
    header_text(sec, rep["header"], right=rep.get("header_right"))
    footer_page(sec, before="Side ")
    para(doc, rep["title"], bold=True, size=15)
    _intro(doc, rep)
    labels = [("d", "Delmål"), ("typ", "Type tiltak"), ("r", "Ansvarlig"), ("p", "Samarbeidspartnere"),
              ("per", "Periode"), ("desc", "Beskrivelse")]
    rows = rep["rows"]
    per_table = rep.get("per_table", 4)
    for k in range(0, len(rows), per_table):
        chunk = rows[k:k + per_table]
        para(doc, f"Tabell {k // per_table + 1}: Tiltak {k + 1}–{k + len(chunk)}", bold=True, size=10)
        t = doc.add_table(rows=1 + len(labels), cols=1 + len(chunk))
        t.style = "Table Grid"
        t.autofit = False
        set_cell(t.rows[0].cells[0], "Tiltak", bold=True, size=9)
        shade(t.rows[0].cells[0], "C6E0B4")
        for j, r in enumerate(chunk, 1):
            set_cell(t.rows[0].cells[j], f"{k + j}. {r['t']}", bold=True, size=9)
            shade(t.rows[0].cells[j], "C6E0B4")
        for i, (key, lab) in enumerate(labels, 1):
            set_cell(t.rows[i].cells[0], lab, bold=True, size=9)
            shade(t.rows[i].cells[0], "EDEDED")
            for j, r in enumerate(chunk, 1):
                v = ", ".join(r["d"]) if key == "d" else r[key]
                set_cell(t.rows[i].cells[j], v, size=9)
        set_widths(t, [3.5] + [23.2 / per_table] * len(chunk))
        para(doc, "")
    for t_ in rep.get("outro", []):
        para(doc, t_)
    return doc


# ---------------------------------------------------------------- I: prose paragraphs
def prose(rep):
    doc = new_doc(font="Times New Roman", size=12, margin=2.5)
    sec = doc.sections[0]
    header_text(sec, rep["header"])
    footer_page(sec, before="Side ", total=True)
    para(doc, rep["title"], bold=True, size=16)
    _intro(doc, rep)
    order = [i for _, ids in rep["groups"] for i in ids]
    assert order == [r["id"] for r in rep["rows"]], "prose groups must follow row order"
    for head, ids in rep["groups"]:
        doc.add_heading(head, level=2)
        for r in rep["rows"]:
            if r["id"] in ids:
                p = doc.add_paragraph()
                run = p.add_run(r["t"] + ". ")
                run.bold = True
                p.add_run(r["desc"])
    for t_ in rep.get("outro", []):
        para(doc, t_)
    return doc
