# -*- coding: utf-8 -*-
"""Rendering helpers and table-based templates. Each template returns the rows in printed order
and the set of fields it prints."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm, RGBColor

from .catalog import DELMAL, DELMAL_NN, TILTAK

ALL = {"title", "type", "resp", "part", "period", "desc"}

TYPE_PRINT = {
    "std": {"Kurs/utdanning": "Kurs/utdanning", "Råd/utvalg/nettverk": "Råd/utvalg/nettverk",
            "Prosjekt": "Prosjekt", "FoU/utredning": "FoU", "Tilskudd/ordning": "Tilskuddsordning",
            "Informasjon/veiledning": "Informasjon", "Arrangement": "Arrangement", "Annet": "Annet"},
    "long": {"Kurs/utdanning": "Kurs og utdanning", "Råd/utvalg/nettverk": "Råd/utvalg/ nettverk",
             "Prosjekt": "Prosjekt", "FoU/utredning": "Forskning og utvikling",
             "Tilskudd/ordning": "Tilskudd", "Informasjon/veiledning": "Informasjon og veiledning",
             "Arrangement": "Konferanse", "Annet": "Annet"},
    "nn": {"Kurs/utdanning": "Kurs/utdanning", "Råd/utvalg/nettverk": "Råd/utval/nettverk",
           "Prosjekt": "Prosjekt", "FoU/utredning": "FoU", "Tilskudd/ordning": "Tilskotsordning",
           "Informasjon/veiledning": "Informasjon og rettleiing", "Arrangement": "Arrangement",
           "Annet": "Anna"},
}


def codes(row):
    return row.get("dm") or TILTAK[row["t"]][1]


def ttype(row):
    return TILTAK[row["t"]][2]


def ptype(row, style="std"):
    return row.get("ptype") or TYPE_PRINT[style][ttype(row)]


def join_codes(cs, style="plain", nn=False):
    og = " og "
    s = ", ".join(cs[:-1]) + og + cs[-1] if len(cs) > 1 else cs[0]
    if style == "delmål":
        return "Delmål " + s
    return s


def dm_text(cs, nn=False):
    src = DELMAL_NN if nn else DELMAL
    return "; ".join(src.get(c, DELMAL[c]) for c in cs)


# ---------------------------------------------------------------- document helpers
def new_doc(landscape=False, header=None, footer=None, font="Calibri", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        w, h = sec.page_width, sec.page_height
        sec.page_width, sec.page_height = h, w
    if header:
        sec.header.paragraphs[0].text = header
        sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer:
        p = sec.footer.paragraphs[0]
        p.text = footer + "   Side "
        _add_field(p, "PAGE")
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return doc


def _add_field(par, instr):
    run = par.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r2 = par.add_run()
    r2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
    r3 = par.add_run()
    r3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    par.add_run("1")
    r4 = par.add_run()
    r4._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def bold_par(container, text, size=None, color=None):
    p = container.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def table(doc, header, rows, fill="D9E2F3", widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, fill)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths):
            gc.set(qn("w:w"), str(int(widths[i] * 567)))
    for row in t.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def intro(doc, rep, sub=None):
    doc.add_heading(rep["heading"], level=1)
    if sub:
        doc.add_paragraph(sub)
    doc.add_paragraph(rep["intro"])


# ---------------------------------------------------------------- templates
def t_matrix(rep):
    """Summary matrix with merged Delmål cells (KD style)."""
    doc = new_doc()
    intro(doc, rep)
    rows = sorted(rep["rows"], key=lambda r: codes(r)[0])
    t = table(doc, ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"], [],
              widths=[4.2, 5.2, 2.4, 1.8, 3.4])
    groups = []
    for r in rows:
        c = codes(r)[0]
        if groups and groups[-1][0] == c:
            groups[-1][1].append(r)
        else:
            groups.append((c, [r]))
    for c, rs in groups:
        first = None
        for r in rs:
            cells = t.add_row().cells
            cells[1].text = r["title"]
            cells[2].text = ptype(r, "long")
            cells[3].text = r["resp"]
            cells[4].text = r["part"]
            if first is None:
                first = cells[0]
                first.text = c + " " + DELMAL[c].split(",")[0]
            else:
                first = first.merge(cells[0])
                first.text = c + " " + DELMAL[c].split(",")[0]
    for r in rows:
        r["_dm"] = [codes(r)[0]]
    return doc, rows, {"title", "type", "resp", "part"}


def t_form(rep):
    """One two-column form table per measure (label | answer)."""
    nn = rep.get("nn", False)
    doc = new_doc(header=rep.get("header"), footer=rep.get("footer"))
    intro(doc, rep)
    L = rep["labels"]
    for i, r in enumerate(rep["rows"], 1):
        doc.add_heading(f"{rep.get('word', 'Tiltak')} {i}", level=2)
        cs = codes(r)
        dm = join_codes(cs, rep.get("dm_style", "plain"))
        if rep.get("dm_both"):
            dm = dm + " – " + dm_text(cs, nn)
        vals = [r["title"], dm, r["resp"], r["part"], ptype(r, "nn" if nn else "std"),
                r["desc"], r["period"]]
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, v in zip(L, vals):
            cells = t.add_row().cells
            cells[0].text = ""
            cells[0].paragraphs[0].add_run(lab).bold = True
            shade(cells[0], "EDEDED")
            cells[1].text = v
            cells[0].width, cells[1].width = Cm(4.5), Cm(11.5)
        doc.add_paragraph()
    return doc, rep["rows"], ALL


def t_rowtable_text(rep):
    """One table, a row per measure; delmål printed only as text."""
    doc = new_doc(landscape=True)
    intro(doc, rep)
    rows = []
    for r in rep["rows"]:
        rows.append([r["title"], dm_text(codes(r)), r["resp"], r["part"], r["period"], r["desc"]])
    table(doc, ["Tiltak", "Delmål i strategien", "Ansvarlig", "Samarbeid", "Periode", "Kort beskrivelse"],
          rows, fill="FCE4D6", widths=[4.5, 6.0, 2.6, 2.8, 2.0, 6.0])
    return doc, rep["rows"], ALL - {"type"}


def t_transposed(rep):
    """Header in the first column; one column per measure; three measures per table."""
    doc = new_doc(landscape=True, header="HK-dir | Rapportering NKPS 2023")
    intro(doc, rep)
    labels = ["Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsrom", "Beskrivelse"]
    rs = rep["rows"]
    for k in range(0, len(rs), 3):
        chunk = rs[k:k + 3]
        t = doc.add_table(rows=len(labels), cols=1 + len(chunk))
        t.style = "Table Grid"
        for i, lab in enumerate(labels):
            c = t.rows[i].cells[0]
            c.text = ""
            c.paragraphs[0].add_run(lab).bold = True
            shade(c, "DDEBF7")
        for j, r in enumerate(chunk, 1):
            vals = [r["title"], join_codes(codes(r)), ptype(r), r["resp"], r["part"], r["period"], r["desc"]]
            for i, v in enumerate(vals):
                t.rows[i].cells[j].text = v
            t.rows[0].cells[j].paragraphs[0].runs[0].bold = True
        doc.add_paragraph()
    return doc, rs, ALL


def t_codebullets(rep):
    """Table: first column delmål code, second a bulleted list of measures."""
    doc = new_doc()
    intro(doc, rep)
    groups = {}
    for r in rep["rows"]:
        groups.setdefault(codes(r)[0], []).append(r)
    t = table(doc, ["Delmål", "Tiltak"], [], fill="E2EFDA", widths=[2.0, 14.0])
    order = []
    for c in sorted(groups):
        cells = t.add_row().cells
        cells[0].text = c
        cells[1].text = ""
        first = True
        for r in groups[c]:
            p = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            p.style = doc.styles["List Bullet"]
            p.add_run(r["title"])
            first = False
            r["_dm"] = [c]
            order.append(r)
    return doc, order, {"title"}


def t_tiltak_hva(rep):
    """'Tiltak / Hva / Hvem / Når' table, optionally with a Delmål column."""
    doc = new_doc(landscape=rep.get("landscape", False), header=rep.get("header"), footer=rep.get("footer"))
    intro(doc, rep)
    dmcol = rep.get("dmcol")
    hdr = ["Tiltak", "Hva", "Hvem", "Når"] + (["Delmål"] if dmcol else [])
    rows = []
    for r in rep["rows"]:
        hvem = r["resp"] + (" i samarbeid med " + r["part"] if r["part"] else "")
        row = [r["title"], r["desc"], hvem, r["period"]]
        if dmcol == "code":
            row.append(join_codes(codes(r)))
        elif dmcol == "both":
            row.append("\n".join(c + " " + DELMAL[c] for c in codes(r)))
        rows.append(row)
    w = [4.0, 6.5, 3.5, 2.0] + ([5.5] if dmcol == "both" else [1.6] if dmcol else [])
    table(doc, hdr, rows, fill="FFF2CC", widths=w)
    return doc, rep["rows"], ALL - {"type"}
