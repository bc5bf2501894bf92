"""Templates: bullets under delmål headings, delmål-text matrix, cards, Q&A, reordered portrait matrix,
status matrix, split-row matrix, merged-delmål matrix, numbered sections with borderless tables."""
from docx.shared import Pt, Cm

from .common import DELMAL, DELMAL_SHORT
from .render import (new_doc, footer_page, header_text, para, label_para, page_break, table,
                     set_cell, shade, set_widths, repeat_header, no_borders)


def _intro(doc, rep):
    for t in rep.get("intro", []):
        para(doc, t)


def _outro(doc, rep):
    for t in rep.get("outro", []):
        para(doc, t)


# ---------------------------------------------------------------- H: bullets grouped under delmål headings
def bullets_grouped(rep):
    doc = new_doc(font="Calibri", size=11, margin=2.3)
    sec = doc.sections[0]
    header_text(sec, rep["header"])
    footer_page(sec, before="Side ")
    para(doc, rep["title"], bold=True, size=16)
    _intro(doc, rep)
    cur = None
    for r in rep["rows"]:
        g = r["d"][0]
        if g != cur:
            cur = g
            doc.add_heading(f"Delmål {g}: {DELMAL[g]}", level=3)
        facts = r["r"] + (f", i samarbeid med {r['p']}" if r["p"] else "") + f"; {r['per']}; {r['typ']}"
        if len(r["d"]) > 1:
            facts += "; også delmål " + ", ".join(r["d"][1:])
        p = doc.add_paragraph(style="List Bullet")
        run = p.add_run(r["t"])
        run.bold = True
        p.add_run(f" [{facts}]")
        if r["desc"]:
            p.add_run(" – " + r["desc"])
        p.paragraph_format.space_after = Pt(4)
    _outro(doc, rep)
    return doc


# ---------------------------------------------------------------- N: matrix with delmål text only
def textonly_matrix(rep):
    doc = new_doc(landscape=True, font="Calibri", size=10, margin=2.0)
    sec = doc.sections[0]
    header_text(sec, rep["header"], right=rep.get("header_right"))
    footer_page(sec, before="Side ", total=True)
    para(doc, rep["title"], bold=True, size=15)
    _intro(doc, rep)
    rows = []
    for r in rep["rows"]:
        rows.append(["\n".join(DELMAL[c] for c in r["d"]), r["t"], r["desc"], r["typ"], r["r"], r["p"],
                     r["per"]])
    table(doc, ["Delmål i strategien", "Tiltak", "Beskrivelse", "Type", "Ansvarlig", "Samarbeidspartnere",
                "Tidsrom"], rows, [6.0, 4.5, 6.5, 2.2, 1.8, 2.8, 1.9], size=8.5, head_fill="FFE699")
    _outro(doc, rep)
    return doc


# ---------------------------------------------------------------- P: one "tiltakskort" per measure
def cards(rep):
    doc = new_doc(font="Segoe UI", size=10, margin=2.0)
    sec = doc.sections[0]
    header_text(sec, rep["header"], right=rep.get("header_right"))
    footer_page(sec, before="", left_text=rep.get("footer_left"))
    para(doc, rep["title"], bold=True, size=18, color="7030A0")
    _intro(doc, rep)
    for i, r in enumerate(rep["rows"], 1):
        b = doc.add_table(rows=1, cols=1)
        b.autofit = False
        c = b.rows[0].cells[0]
        set_cell(c, f"TILTAKSKORT {i}", bold=True, size=8)
        p = c.add_paragraph()
        run = p.add_run(r["t"])
        run.bold = True
        run.font.size = Pt(12)
        shade(c, "E4DFEC")
        set_widths(b, [17.0])
        t = doc.add_table(rows=2, cols=4)
        t.style = "Table Grid"
        t.autofit = False
        for j, (lab, val) in enumerate([("Delmål", ", ".join(r["d"])), ("Type", r["typ"]),
                                        ("Ansvar", r["r"]), ("Periode", r["per"])]):
            set_cell(t.rows[0].cells[j], lab, bold=True, size=8.5)
            shade(t.rows[0].cells[j], "F2F2F2")
            set_cell(t.rows[1].cells[j], val, size=9.5)
        set_widths(t, [3.0, 3.6, 5.2, 5.2])
        if r["p"]:
            q = para(doc, "")
            q.add_run("Samarbeid: ").bold = True
            q.add_run(r["p"]).italic = True
            q.paragraph_format.space_after = Pt(2)
        para(doc, r["desc"], space_after=14)
    _outro(doc, rep)
    return doc


# ---------------------------------------------------------------- R: questions and answers per measure
def qa(rep):
    doc = new_doc(font="Verdana", size=10, margin=2.5)
    sec = doc.sections[0]
    header_text(sec, rep["header"])
    footer_page(sec, before="Side ", total=True)
    para(doc, rep["title"], bold=True, size=15)
    _intro(doc, rep)
    for i, r in enumerate(rep["rows"], 1):
        doc.add_heading(f"Tiltak {i}: {r['t']}", level=2)
        codes = r["d"]
        dtxt = "Delmål " + (codes[0] if len(codes) == 1 else ", ".join(codes[:-1]) + " og " + codes[-1])
        ans = f"{r['r']}" + (f", i samarbeid med {r['p']}." if r["p"] else ".")
        for q, a in [("Hva er tiltaket?", r["desc"]), ("Hvem står bak?", ans), ("Når?", r["per"]),
                     ("Hvilke delmål i strategien?", dtxt), ("Hva slags tiltak?", r["typ"])]:
            para(doc, q, bold=True, space_after=0)
            para(doc, a, space_after=4)
    _outro(doc, rep)
    return doc


# ---------------------------------------------------------------- C: portrait matrix, reordered columns
def matrix_reordered(rep):
    doc = new_doc(font="Arial", size=10, margin=1.25)
    sec = doc.sections[0]
    header_text(sec, rep["header"], right=rep.get("header_right"))
    footer_page(sec, before="Side ", total=True)
    para(doc, rep["title"], bold=True, size=15)
    for head, paras in rep.get("sections", []):
        doc.add_heading(head, level=2)
        for t in paras:
            para(doc, t)
    doc.add_heading(rep["table_heading"], level=2)
    rows = []
    for r in rep["rows"]:
        rows.append([r["t"], r["desc"], r["r"], r["p"], r["per"],
                     "\n".join(f"{c} {DELMAL_SHORT[c]}" for c in r["d"]), r["typ"]])
    table(doc, ["Tiltak", "Beskrivelse", "Ansvar", "Samarbeidspartnere", "Periode", "Delmål", "Type"],
          rows, [4.0, 4.0, 1.3, 2.6, 1.7, 3.0, 1.9], size=8, head_fill="D9E1F2")
    _outro(doc, rep)
    return doc


# ---------------------------------------------------------------- J: status matrix
def status_matrix(rep):
    doc = new_doc(landscape=True, font="Calibri", size=10, margin=2.0)
    sec = doc.sections[0]
    header_text(sec, rep["header"], right=rep.get("header_right"))
    footer_page(sec, before="Side ")
    para(doc, rep["title"], bold=True, size=15)
    _intro(doc, rep)
    rows = [[", ".join(r["d"]), r["t"], r["r"], r["p"], r["per"], r["desc"]] for r in rep["rows"]]
    table(doc, ["Delmål", "Tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode", rep["status_label"]],
          rows, [1.6, 5.4, 2.8, 3.6, 2.2, 10.1], size=9, head_fill="FBE5D6")
    _outro(doc, rep)
    return doc


# ---------------------------------------------------------------- L: matrix where a measure spans two rows
def split_rows(rep):
    doc = new_doc(landscape=True, font="Calibri", size=10, margin=1.8)
    sec = doc.sections[0]
    header_text(sec, rep["header"], right=rep.get("header_right"))
    footer_page(sec, before="Side ")
    para(doc, rep["title"], bold=True, size=15)
    _intro(doc, rep)
    rows = []
    for i, r in enumerate(rep["rows"], 1):
        if r.get("split"):
            t1, t2, d1, d2 = r["split"]
            rows.append([f"{i}", t1, ", ".join(r["d"]), r["typ"], r["r"], r["p"], r["per"], d1])
            rows.append(["", t2, "", "", "", "", "", d2])
        else:
            rows.append([f"{i}", r["t"], ", ".join(r["d"]), r["typ"], r["r"], r["p"], r["per"], r["desc"]])
    table(doc, ["Nr", "Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Periode",
                "Beskrivelse"], rows, [0.8, 5.0, 1.5, 2.3, 2.0, 3.6, 2.0, 8.9], size=9)
    _outro(doc, rep)
    return doc


# ---------------------------------------------------------------- V: delmål cell merged over its rows
def merged_delmal(rep):
    doc = new_doc(landscape=True, font="Calibri", size=10, margin=2.0)
    sec = doc.sections[0]
    header_text(sec, rep["header"])
    footer_page(sec, before="")
    para(doc, rep["title"], bold=True, size=15)
    _intro(doc, rep)
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    t.autofit = False
    for i, h in enumerate(["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode",
                           "Antall totalt"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "D9D9D9")
    repeat_header(t.rows[0])
    groups = []
    for r in rep["rows"]:
        assert len(r["d"]) == 1, "merged_delmal rows must have one delmål"
        if groups and groups[-1][0] == r["d"][0]:
            groups[-1][1].append(r)
        else:
            groups.append((r["d"][0], [r]))
    for code, rs in groups:
        first = None
        for r in rs:
            cells = t.add_row().cells
            if first is None:
                first = cells
            for j, v in enumerate([r["t"], r["typ"], r["r"], r["p"], r["per"]], 1):
                set_cell(cells[j], v, size=9)
        last = t.rows[-1].cells
        c0 = first[0].merge(last[0]) if len(rs) > 1 else first[0]
        c6 = first[6].merge(last[6]) if len(rs) > 1 else first[6]
        set_cell(c0, f"{code} {DELMAL[code]}", size=8.5)
        set_cell(c6, str(len(rs)), size=9)
    set_widths(t, [5.5, 6.0, 2.6, 2.4, 4.5, 2.3, 2.4])
    para(doc, f"Totalt antall tiltak {len(rep['rows'])}", bold=True)
    _outro(doc, rep)
    return doc


# ---------------------------------------------------------------- numbered sections + borderless fact tables
def section_layout(rep):
    doc = new_doc(font="Calibri", size=11, margin=2.5)
    sec = doc.sections[0]
    header_text(sec, rep["header"], right=rep.get("header_right"))
    footer_page(sec, before="Side ", total=True)
    para(doc, rep["title"], bold=True, size=16)
    doc.add_heading("1 Innledning", level=1)
    _intro(doc, rep)
    doc.add_heading(rep["main_heading"], level=1)
    for i, r in enumerate(rep["rows"], 1):
        doc.add_heading(f"2.{i} {r['t']}", level=2)
        facts = [("Delmål i NKPS", ", ".join(r["d"])), ("Ansvar", r["r"]), ("Partnere", r["p"]),
                 ("Periode", r["per"]), (rep["status_label"], r["desc"])]
        facts = [(a, b) for a, b in facts if b]
        t = doc.add_table(rows=len(facts), cols=2)
        no_borders(t)
        t.autofit = False
        for k, (a, b) in enumerate(facts):
            set_cell(t.rows[k].cells[0], a, bold=True, size=10)
            set_cell(t.rows[k].cells[1], b, size=10)
        set_widths(t, [4.2, 11.8])
    doc.add_heading("3 Videre arbeid", level=1)
    _outro(doc, rep)
    return doc
