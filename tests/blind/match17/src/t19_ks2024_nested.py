# -*- coding: utf-8 -*-
"""KS 2024: outer table per delmål, nested label|value tables per measure."""
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

from .common import (new_document, add_run, cell_par, shade, set_col_widths, set_table_borders,
                     join_list, page_x_of_y)
from .data import DELMAL_SHORT


def build(spec, out_path):
    doc = new_document(font="Arial", size=9.5, margins_cm=2.0)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_run(hp, "KS – Kommunesektorens organisasjon", size=8, bold=True, color="003865")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(fp, size=8)

    p = doc.add_paragraph()
    add_run(p, "KS' rapportering til Kompetansepolitisk råd 2024", bold=True, size=15, color="003865")
    doc.add_paragraph(
        "KS rapporterer på tiltak der KS har ansvar eller en aktiv rolle. Tiltakene er sortert etter delmål. "
        "Kommunesektoren står overfor store rekrutteringsutfordringer, særlig i helse og omsorg, og mange av "
        "tiltakene retter seg mot dette. KS' arbeid med heltidskultur og med lederutvikling i kommunene er ikke "
        "tatt med som egne tiltak.")

    groups = []
    for m in spec["measures"]:
        if not groups or groups[-1][0] != m["delmal"][0]:
            groups.append((m["delmal"][0], []))
        groups[-1][1].append(m)

    outer = doc.add_table(rows=1, cols=2)
    set_table_borders(outer, sz=8, color="003865")
    set_col_widths(outer, [3.6, 13.4])
    cell_par(outer.rows[0].cells[0], "Delmål", bold=True, first=True, color="FFFFFF")
    cell_par(outer.rows[0].cells[1], "Tiltak", bold=True, first=True, color="FFFFFF")
    shade(outer.rows[0].cells[0], "003865")
    shade(outer.rows[0].cells[1], "003865")
    for code, ms in groups:
        row = outer.add_row()
        lc = row.cells[0]
        cell_par(lc, code, bold=True, size=16, first=True, color="003865")
        cell_par(lc, DELMAL_SHORT[code], size=8.5, color="333333")
        rc = row.cells[1]
        first = True
        for m in ms:
            if first:
                lead = rc.paragraphs[0]
                lead.paragraph_format.space_after = Pt(0)
                first = False
            inner = rc.add_table(rows=0, cols=2)
            set_table_borders(inner, sz=2, color="9DB4C8")
            fields = [("Tiltak", m["title"]), ("Type", m["type"]), ("Ansvar", m["responsible"])]
            if m["partners"]:
                fields.append(("Samarbeid", join_list(m["partners"])))
            fields += [("Periode", m["period"]), ("Beskrivelse", m["description"])]
            for lab, val in fields:
                r = inner.add_row()
                cell_par(r.cells[0], lab, bold=True, size=9, first=True)
                shade(r.cells[0], "EAF0F6")
                cell_par(r.cells[1], val, size=9, first=True, bold=(lab == "Tiltak"))
            set_col_widths(inner, [2.6, 10.3])
            spacer = rc.paragraphs[-1]
            spacer.paragraph_format.space_after = Pt(4)
    set_col_widths(outer, [3.6, 13.4])
    doc.add_paragraph()
    doc.add_paragraph("Kontakt: KS, avdeling for arbeidsgiverpolitikk.")
    doc.save(out_path)
