# -*- coding: utf-8 -*-
"""Regjeringen 2018: landscape table, one row per delmål; list cells aligned only by position."""
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from .common import (new_document, set_landscape, add_run, cell_par, shade, set_col_widths,
                     set_table_borders, page_x_of_y, docx_to_pdf, tmp_docx_path)
from .data import DELMAL_SHORT

ORDER = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
EMPTY = {
    "1.4": "Ingen nye tiltak i 2018 – se omtale av Samfunnskontrakten under delmål 2.3",
    "2.2": "Ekspertutvalget for etter- og videreutdanning er omtalt i Prop. 1 S (2018–2019)",
    "2.4": "Ingen nye tiltak rapportert",
    "2.5": "Ingen nye tiltak rapportert",
    "3.2": "Kompetansepluss videreføres uten endringer",
    "3.4": "Ingen nye tiltak rapportert",
    "3.6": "Ingen nye tiltak rapportert",
}


def build(spec, out_path):
    doc = new_document(font="Arial", size=9, margins_cm=1.6)
    sec = doc.sections[0]
    set_landscape(sec)
    hp = sec.header.paragraphs[0]
    add_run(hp, "Regjeringens tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi – rapportering 2018", size=8, color="555555")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(fp, size=8)

    p = doc.add_paragraph()
    add_run(p, "Regjeringens rapportering til Kompetansepolitisk råd 2018", bold=True, size=15)
    doc.add_paragraph(
        "Oversikten er utarbeidet av Kunnskapsdepartementet på grunnlag av innspill fra departementene. Tabellen har én "
        "rad per delmål. Tiltakene i hver rad er listet i samme rekkefølge i alle kolonnene. Tiltak som går på tvers "
        "av flere delmål er bare oppført én gang.")

    by = {}
    for m in spec["measures"]:
        by.setdefault(m["delmal"][0], []).append(m)

    heads = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Merknad"]
    t = doc.add_table(rows=1, cols=6)
    set_table_borders(t, sz=4, color="7F7F7F")
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        cell_par(c, h, bold=True, size=9, first=True)
        shade(c, "D9E2F3")
    trPr = t.rows[0]._tr.get_or_add_trPr()
    trPr.append(parse_xml('<w:tblHeader %s/>' % nsdecls("w")))

    for code in ORDER:
        row = t.add_row()
        c0 = row.cells[0]
        cell_par(c0, code, bold=True, size=9, first=True)
        cell_par(c0, DELMAL_SHORT[code], size=8)
        ms = by.get(code, [])
        if not ms:
            cell_par(row.cells[1], EMPTY.get(code, "Ingen nye tiltak rapportert"), italic=True, size=8.5, first=True, color="666666")
            for j in range(2, 6):
                cell_par(row.cells[j], "", first=True)
            continue
        for k, m in enumerate(ms):
            first = k == 0
            sp = 0 if first else 4
            vals = [m["title"], m["type"], m["responsible"],
                    ", ".join(m["partners"]) if m["partners"] else "–", m["description"]]
            for j, v in enumerate(vals):
                pp = cell_par(row.cells[j + 1], "• " + v, size=8.5, first=first)
                pp.paragraph_format.space_before = Pt(sp)
    set_col_widths(t, [3.2, 6.0, 3.4, 1.9, 4.2, 7.7])

    doc.add_paragraph()
    doc.add_paragraph("Forkortelser: KD – Kunnskapsdepartementet, ASD – Arbeids- og sosialdepartementet, KMD – Kommunal- og "
                      "moderniseringsdepartementet, JD – Justis- og beredskapsdepartementet.")
    tmp = tmp_docx_path("f04_regjeringen_2018.docx")
    doc.save(tmp)
    docx_to_pdf(tmp, out_path)
