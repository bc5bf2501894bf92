# -*- coding: utf-8 -*-
"""LO 2022: status table with a merged 'Andre tiltak' row and superscript note marks."""
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from .common import (new_document, set_landscape, add_run, cell_par, shade, set_col_widths,
                     set_table_borders, merge_row, join_list, page_x_of_y)

STATUS_COL = {"Videreført": "2E7D32", "Nytt": "1565C0", "Avsluttet": "757575", "Gjennomført": "6A1B9A"}
MARKS = ["¹", "²", "³", "⁴"]


def build(spec, out_path):
    doc = new_document(font="Calibri", size=10, margins_cm=1.8)
    sec = doc.sections[0]
    set_landscape(sec)
    hp = sec.header.paragraphs[0]
    add_run(hp, "LO  |  Statusoversikt kompetansetiltak 2022", size=8, color="A00000")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(fp, size=8)

    p = doc.add_paragraph()
    add_run(p, "Statusoversikt: LOs tiltak i oppfølgingen av kompetansestrategien 2022", bold=True, size=15)
    doc.add_paragraph(
        "Oversikten viser status for tiltakene LO har rapportert tidligere år, og nye tiltak i 2022. Tiltak som er "
        "avsluttet, står med i oversikten det året de avsluttes. Statuskolonnen angir om tiltaket er videreført, nytt, "
        "gjennomført eller avsluttet.")

    heads = ["Nr.", "Tiltak", "Delmål", "Ansvar og partnere", "Status 2022", "Kommentar"]
    widths = [1.0, 6.2, 1.8, 4.4, 2.6, 9.6]
    t = doc.add_table(rows=1, cols=6)
    set_table_borders(t, sz=4, color="999999")
    set_col_widths(t, widths)
    for i, h in enumerate(heads):
        cell_par(t.rows[0].cells[i], h, bold=True, size=9.5, first=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "A00000")

    notes = []
    other_started = False
    for n, m in enumerate(spec["measures"], start=1):
        if m["p"].get("other") and not other_started:
            other_started = True
            r = t.add_row()
            mc = merge_row(r)
            cell_par(mc, "Andre tiltak", bold=True, size=10, first=True)
            shade(mc, "F2DCDB")
        r = t.add_row()
        c = r.cells
        cell_par(c[0], "%d" % n, size=9.5, first=True)
        tp = cell_par(c[1], m["title"], bold=True, size=9.5, first=True)
        if m["p"].get("note"):
            add_run(tp, MARKS[len(notes)], superscript=True, size=9.5)
            notes.append(m["p"]["note"])
        cell_par(c[2], ", ".join(m["delmal"]) if m["delmal"] else "–", size=9.5, first=True)
        cell_par(c[3], "Ansvar: " + m["responsible"], size=9, first=True)
        if m["partners"]:
            cell_par(c[3], "Partnere: " + join_list(m["partners"]), size=9)
        st = m["p"]["status"]
        sp = cell_par(c[4], "", first=True)
        add_run(sp, "● ", color=STATUS_COL[st], size=10)
        add_run(sp, st, size=9.5)
        cell_par(c[5], m["description"], size=9.5, first=True)

    for k, note in enumerate(notes):
        q = doc.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        add_run(q, MARKS[k] + " " + note, size=8.5, italic=True)
    doc.add_paragraph()
    doc.add_paragraph("LO har i 2022 også avgitt høringssvar om ny opplæringslov og om fagskolefinansiering. Disse er "
                      "ikke tatt med i oversikten.")
    doc.save(out_path)
