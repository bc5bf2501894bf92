# -*- coding: utf-8 -*-
"""Virke 2021: delmål named only by their (quoted) text; two-column tables below each."""
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from .common import (new_document, add_run, cell_par, shade, set_col_widths, set_table_borders,
                     join_list, page_x_of_y, docx_to_pdf, tmp_docx_path)
from .data import DELMAL_NB

TRUNC = {"2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet …",
         "1.4": DELMAL_NB["1.4"], "2.1": DELMAL_NB["2.1"]}


def build(spec, out_path):
    doc = new_document(font="Calibri", size=10.5, margins_cm=2.2)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(fp, "Virke – Hovedorganisasjonen Virke   ", size=8, color="444444")
    page_x_of_y(fp, prefix="", middle=" / ", size=8)

    p = doc.add_paragraph()
    add_run(p, "Virkes rapportering 2021", bold=True, size=18, color="E4002B")
    p = doc.add_paragraph()
    add_run(p, "Nasjonal kompetansepolitisk strategi – tiltak ordnet etter strategiens mål", size=12)
    doc.add_paragraph(
        "Virke organiserer over 25 000 virksomheter i handel, tjenesteyting, ideell sektor og kunnskapsbransjene. "
        "Kompetanse er et av Virkes viktigste politiske satsingsområder. Rapporteringen nedenfor er ordnet etter de "
        "av strategiens mål som Virkes tiltak støtter opp under. Vi har sitert målene slik de står i strategien.")

    groups = []
    for m in spec["measures"]:
        if not groups or groups[-1][0] != m["delmal"][0]:
            groups.append((m["delmal"][0], []))
        groups[-1][1].append(m)

    for code, ms in groups:
        h = doc.add_heading("«%s»" % TRUNC[code], level=2)
        t = doc.add_table(rows=1, cols=2)
        set_table_borders(t, sz=4, color="A6A6A6")
        set_col_widths(t, [5.2, 11.4])
        cell_par(t.rows[0].cells[0], "Tiltak", bold=True, first=True)
        cell_par(t.rows[0].cells[1], "Om tiltaket", bold=True, first=True)
        shade(t.rows[0].cells[0], "F2F2F2")
        shade(t.rows[0].cells[1], "F2F2F2")
        for m in ms:
            r = t.add_row()
            cell_par(r.cells[0], m["title"], bold=True, first=True)
            c = r.cells[1]
            cell_par(c, m["description"], first=True)
            line = "Ansvar: %s" % m["responsible"]
            if m["partners"]:
                line += " · Partnere: %s" % join_list(m["partners"])
            cell_par(c, line, italic=True, size=9.5).paragraph_format.space_before = Pt(3)
            cell_par(c, "Tidsrom: %s" % m["period"], italic=True, size=9.5)
        set_col_widths(t, [5.2, 11.4])
        doc.add_paragraph()

    doc.add_paragraph("Virke deltar også i Kompetansepolitisk råd og i Kompetansebehovsutvalget gjennom "
                      "hovedorganisasjonenes felles representasjon. Dette er ikke rapportert som egne tiltak.")
    tmp = tmp_docx_path("f13_virke_2021.docx")
    doc.save(tmp)
    docx_to_pdf(tmp, out_path)
