# -*- coding: utf-8 -*-
"""Akademikerne 2019: horizontal forms (labels in the first row, values in the second)."""
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from .common import (new_document, add_run, cell_par, shade, set_col_widths, set_table_borders,
                     merge_row, set_landscape)

LABELS = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Partnere", "Periode"]


def build(spec, out_path):
    doc = new_document(font="Calibri", size=10, margins_cm=1.8)
    sec = doc.sections[0]
    set_landscape(sec)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, "AKADEMIKERNE", bold=True, size=9, color="0B6E4F")

    p = doc.add_paragraph()
    add_run(p, "Rapporteringsskjema – Nasjonal kompetansepolitisk strategi", bold=True, size=15, color="0B6E4F")
    p = doc.add_paragraph()
    add_run(p, "Rapporterende organisasjon: Akademikerne     Rapporteringsår: 2019", size=10)
    doc.add_paragraph(
        "Skjemaet fylles ut med ett skjema per tiltak. Delmål oppgis med nummer (1.1–3.6). Akademikerne har i tillegg "
        "bidratt i høringer om kompetansereformen og om ekspertutvalget for etter- og videreutdanning; dette er ikke "
        "ført opp som egne tiltak.")

    n = len(spec["measures"])
    for i, m in enumerate(spec["measures"], start=1):
        hp = doc.add_paragraph()
        hp.paragraph_format.space_before = Pt(10)
        hp.paragraph_format.keep_with_next = True
        add_run(hp, "Skjema %d av %d" % (i, n), bold=True, size=9, color="666666")
        t = doc.add_table(rows=3, cols=6)
        set_table_borders(t, sz=4, color="0B6E4F")
        set_col_widths(t, [7.0, 1.8, 3.4, 3.4, 4.5, 2.6])
        for j, lab in enumerate(LABELS):
            c = t.rows[0].cells[j]
            cell_par(c, lab, bold=True, size=9, first=True, color="FFFFFF")
            shade(c, "0B6E4F")
        vals = [m["title"], ", ".join(m["delmal"]), m["type"], m["responsible"],
                ", ".join(m["partners"]) if m["partners"] else "–", m["period"]]
        for j, v in enumerate(vals):
            cell_par(t.rows[1].cells[j], v, size=9.5, first=True, bold=(j == 0))
        mc = merge_row(t.rows[2])
        pp = cell_par(mc, "Beskrivelse", bold=True, size=9, first=True, color="0B6E4F")
        pp.paragraph_format.space_after = Pt(0)
        cell_par(mc, m["description"], size=9.5)
    doc.add_paragraph()
    doc.add_paragraph("Skjemaet er sendt Kunnskapsdepartementet 15. november 2019.")
    doc.save(out_path)
