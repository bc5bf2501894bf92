# -*- coding: utf-8 -*-
"""Regjeringen/KD 2022: transposed matrices (fields as rows, measures as columns)."""
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from .common import (new_document, add_run, cell_par, shade, set_col_widths, set_table_borders,
                     join_list, page_x_of_y)

LABELS = ["Tiltak", "Delmål", "Type tiltak", "Ansvarlig departement", "Samarbeidspartnere", "Periode", "Beskrivelse"]


def build(spec, out_path):
    doc = new_document(font="Arial", size=9.5, margins_cm=2.0)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, "Kunnskapsdepartementet", size=8, color="333333")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(fp, size=8)

    p = doc.add_paragraph()
    add_run(p, "Regjeringens rapportering til Kompetansepolitisk råd 2022", bold=True, size=15)
    doc.add_paragraph(
        "Kunnskapsdepartementet har samlet innspill fra departementene. Tiltakene er presentert i tabeller med tre "
        "tiltak i hver tabell, ordnet etter delmål. Nasjonal kompetansepolitisk strategi er videreført etter 2021, og "
        "rapporteringen følger samme delmål som tidligere. Tiltak under kompetansereformen «Lære hele livet» som "
        "allerede er omtalt i Prop. 1 S (2022–2023), er bare tatt med der de har en tydelig kobling til delmålene.")

    ms = spec["measures"]
    for ti, i in enumerate(range(0, len(ms), 3), start=1):
        chunk = ms[i:i + 3]
        cap = doc.add_paragraph()
        cap.paragraph_format.space_before = Pt(10)
        cap.paragraph_format.keep_with_next = True
        add_run(cap, "Tabell %d" % ti, bold=True, size=9, color="555555")
        t = doc.add_table(rows=len(LABELS), cols=4)
        set_table_borders(t, sz=4, color="808080")
        set_col_widths(t, [3.2, 4.6, 4.6, 4.6])
        for r, lab in enumerate(LABELS):
            c = t.rows[r].cells[0]
            cell_par(c, lab, bold=True, size=9, first=True)
            shade(c, "E7E6E6")
        for j in range(3):
            col = j + 1
            if j < len(chunk):
                m = chunk[j]
                vals = [m["title"], ", ".join(m["delmal"]), m["type"], m["responsible"],
                        join_list(m["partners"]) if m["partners"] else "–", m["period"], m["description"]]
            else:
                vals = [""] * len(LABELS)
            for r, v in enumerate(vals):
                cell_par(t.rows[r].cells[col], v, size=9, first=True, bold=(r == 0))
            if j < len(chunk):
                shade(t.rows[0].cells[col], "F2F2F2")
    doc.add_paragraph()
    doc.add_paragraph("Kontakt: Kunnskapsdepartementet, avdeling for kompetansepolitikk og høyere yrkesfaglig utdanning.")
    doc.save(out_path)
