# -*- coding: utf-8 -*-
"""Paragraph/list-based templates."""
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Cm

from .catalog import DELMAL, HOVED
from .render import (ALL, codes, ptype, join_codes, dm_text, new_doc, intro, shade, bold_par, table)


def t_boldcode(rep):
    """Each measure a paragraph starting with its delmål code(s) in bold: '1.3 – Title.'"""
    doc = new_doc(header=rep.get("header"), footer=rep.get("footer"))
    intro(doc, rep)
    sep = rep.get("sep", "/")
    for r in rep["rows"]:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(8)
        run = p.add_run(sep.join(codes(r)) + " – " + r["title"] + ".")
        run.bold = True
        tail = " " + r["desc"]
        tail += f" Ansvarlig: {r['resp']}."
        if r["part"]:
            tail += f" Samarbeid: {r['part']}."
        tail += f" Periode: {r['period']}."
        p.add_run(tail)
    return doc, rep["rows"], ALL - {"type"}


def t_toc_table(rep):
    """Report with a static table of contents, page header/footer, overview table and a
    section describing each measure under its own sub-heading."""
    doc = new_doc(landscape=rep.get("landscape", False), header=rep["header"], footer=rep["footer"])
    doc.add_heading(rep["heading"], level=0)
    doc.add_paragraph(rep.get("subtitle", ""))
    doc.add_heading("Innhold", level=1)
    toc = ["1 Innledning", "2 Oversikt over tiltak", "3 Omtale av tiltakene"]
    if rep.get("toc_sub"):
        toc = toc[:3] + [f"   3.{i} {r['title']}" for i, r in enumerate(rep["rows"], 1)]
    for i, line in enumerate(toc):
        p = doc.add_paragraph(line + " " + "." * 12 + f" {2 + i // 3}")
        p.paragraph_format.space_after = Pt(0)
    doc.add_page_break()
    doc.add_heading("1 Innledning", level=1)
    doc.add_paragraph(rep["intro"])
    doc.add_heading("2 Oversikt over tiltak", level=1)
    rows = []
    for i, r in enumerate(rep["rows"], 1):
        rows.append([str(i), r["title"], join_codes(codes(r)), ptype(r), r["resp"], r["part"], r["period"]])
    w = [0.8, 6.5, 1.6, 2.5, 3.0, 4.0, 2.2] if rep.get("landscape") else [0.7, 4.5, 1.3, 2.0, 2.4, 3.0, 1.8]
    table(doc, ["Nr.", "Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Periode"], rows,
          fill="D0CECE", widths=w)
    doc.add_heading("3 Omtale av tiltakene", level=1)
    for i, r in enumerate(rep["rows"], 1):
        doc.add_heading(f"3.{i} {r['title']}", level=2)
        doc.add_paragraph(r["desc"])
    return doc, rep["rows"], ALL


def t_shaded(rep):
    """Each measure in its own shaded box (one-cell table)."""
    doc = new_doc(footer=rep.get("footer"))
    intro(doc, rep)
    for r in rep["rows"]:
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.rows[0].cells[0]
        shade(c, rep.get("fill", "DEEAF6"))
        c.text = ""
        c.paragraphs[0].add_run(r["title"]).bold = True
        c.paragraphs[0].runs[0].font.size = Pt(12)
        for lab, v in (("Delmål", join_codes(codes(r))), ("Type", ptype(r)), ("Ansvarlig", r["resp"]),
                       ("Samarbeid med", r["part"]), ("Periode", r["period"])):
            p = c.add_paragraph()
            p.add_run(lab + ": ").bold = True
            p.add_run(v)
        c.add_paragraph(r["desc"])
        doc.add_paragraph()
    return doc, rep["rows"], ALL


def t_spekter(rep):
    """'Rapporteringspunkter' list, then one numbered form per measure (Spekter layout)."""
    doc = new_doc(font="Arial", size=10)
    intro(doc, rep)
    doc.add_heading("Rapporteringspunkter", level=2)
    for r in rep["rows"]:
        p = doc.add_paragraph(style="List Number")
        p.add_run(r["title"] + f". Relasjon til delmål {join_codes(codes(r))}")
    for r in rep["rows"]:
        doc.add_page_break()
        bold_par(doc, "1. Tiltak i Nasjonal kompetansepolitisk strategi")
        doc.add_paragraph(r["title"])
        doc.add_paragraph(f"Relasjon til delmål {join_codes(codes(r))}.")
        bold_par(doc, "2. Ansvarlig og samarbeidspartnere")
        doc.add_paragraph(f"{r['resp']} har ansvar for tiltaket, i samarbeid med {r['part']}.")
        bold_par(doc, "3. Beskrivelse av tiltaket (maks en halv side)")
        doc.add_paragraph(r["desc"])
        bold_par(doc, "4. Tidspunkt og varighet")
        doc.add_paragraph(r["period"], style="List Number")
    return doc, rep["rows"], ALL - {"type"}


def t_bullets(rep):
    """Measures as a bullet list with sub-bullets for Ansvar, Delmål, Periode (…)."""
    doc = new_doc(header=rep.get("header"))
    intro(doc, rep)
    fields = rep.get("sub", ["resp", "dm", "period"])
    lab = {"resp": "Ansvar", "dm": "Delmål", "period": "Periode", "part": "Samarbeid",
           "desc": "Kort om tiltaket"}
    for r in rep["rows"]:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(r["title"]).bold = True
        for f in fields:
            v = join_codes(codes(r)) if f == "dm" else r[f]
            doc.add_paragraph(f"{lab[f]}: {v}", style="List Bullet 2")
    printed = {"title"} | {f for f in fields if f != "dm"}
    return doc, rep["rows"], printed


def _outline_numbering(doc):
    numbering = doc.part.numbering_part.element
    lv = []
    for ilvl, txt, left in ((0, "%1.", 360), (1, "%1.%2", 792)):
        lv.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                  f'<w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
                  f'<w:pPr><w:ind w:left="{left}" w:hanging="432"/></w:pPr></w:lvl>')
    absn = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
                     f'<w:multiLevelType w:val="multilevel"/>{"".join(lv)}</w:abstractNum>')
    numbering.insert(0, absn)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))


def _num(p, ilvl):
    numPr = p._p.get_or_add_pPr().get_or_add_numPr()
    numPr.get_or_add_ilvl().val = ilvl
    numPr.get_or_add_numId().val = 90


def t_outline(rep):
    """Two-level automatic numbered outline: level 1 = hovedinnsatsområde, level 2 = measure."""
    doc = new_doc(header=rep.get("header"), footer=rep.get("footer"))
    _outline_numbering(doc)
    intro(doc, rep)
    groups = {}
    for r in rep["rows"]:
        groups.setdefault(codes(r)[0][0], []).append(r)
    order = []
    for area in sorted(groups):
        p = doc.add_paragraph()
        p.add_run(HOVED[area]).bold = True
        p.paragraph_format.space_before = Pt(10)
        _num(p, 0)
        for r in groups[area]:
            p = doc.add_paragraph()
            p.add_run(r["title"]).bold = True
            p.add_run(f" (delmål {join_codes(codes(r))})")
            _num(p, 1)
            q = doc.add_paragraph(f"{r['desc']} Ansvarlig: {r['resp']}. Periode: {r['period']}.")
            q.paragraph_format.left_indent = Cm(1.4)
            order.append(r)
    return doc, order, {"title", "desc", "resp", "period"}


def t_headings_text(rep):
    """Heading per measure, delmål given only as text in quotes."""
    doc = new_doc(footer=rep.get("footer"))
    intro(doc, rep)
    for r in rep["rows"]:
        doc.add_heading(r["title"], level=2)
        doc.add_paragraph("Delmål: «" + "» og «".join(DELMAL[c] for c in codes(r)) + "»")
        doc.add_paragraph(r["desc"])
        doc.add_paragraph(f"Ansvarlig: {r['resp']}, i samarbeid med {r['part']}. Tidsrom: {r['period']}.")
    return doc, rep["rows"], ALL - {"type"}
