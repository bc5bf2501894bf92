# -*- coding: utf-8 -*-
"""NHO 2024: one table with merged group rows per delmål."""
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from .common import (new_document, set_landscape, add_run, cell_par, shade, set_col_widths,
                     set_table_borders, merge_row, join_list, page_x_of_y)
from .data import DELMAL_SHORT


def build(spec, out_path):
    doc = new_document(font="Calibri", size=10, margins_cm=1.8)
    sec = doc.sections[0]
    set_landscape(sec)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(fp, "Næringslivets Hovedorganisasjon – ", size=8)
    page_x_of_y(fp, size=8)

    p = doc.add_paragraph()
    add_run(p, "NHOs tiltak for å følge opp kompetansestrategien 2024", bold=True, size=16, color="002F6C")
    doc.add_paragraph(
        "Tabellen viser NHO-fellesskapets viktigste tiltak i 2024, gruppert etter delmål. Tiltak som ikke hører inn "
        "under et bestemt delmål, står under «Andre tiltak» til slutt. Landsforeningenes egne tiltak, som "
        "bransjevise kompetanseprogram og lærlingkampanjer, er ikke tatt med.")

    widths = [6.0, 2.8, 4.6, 2.2, 10.0]
    t = doc.add_table(rows=1, cols=5)
    set_table_borders(t, sz=4, color="8497B0")
    set_col_widths(t, widths)
    for i, h in enumerate(["Tiltak", "Type", "Ansvarlig og partnere", "Tid", "Beskrivelse"]):
        cell_par(t.rows[0].cells[i], h, bold=True, first=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "002F6C")
    cur = None
    for m in spec["measures"]:
        g = m["delmal"][0] if m["delmal"] else "andre"
        if g != cur:
            cur = g
            r = t.add_row()
            mc = merge_row(r)
            txt = "Andre tiltak" if g == "andre" else "Delmål %s – %s" % (g, DELMAL_SHORT[g])
            cell_par(mc, txt, bold=True, first=True, color="002F6C")
            shade(mc, "DCE6F1")
        r = t.add_row()
        c = r.cells
        cell_par(c[0], m["title"], bold=True, first=True)
        cell_par(c[1], m["type"], first=True)
        cell_par(c[2], m["responsible"], bold=True, first=True)
        if m["partners"]:
            cell_par(c[2], "Partnere: " + join_list(m["partners"]), size=9)
        cell_par(c[3], m["period"], first=True)
        cell_par(c[4], m["description"], first=True)
    doc.add_paragraph()
    doc.add_paragraph("NHO, avdeling for kompetanse og arbeidsliv, desember 2024")
    doc.save(out_path)
