# -*- coding: utf-8 -*-
"""KS 2017: one table whose columns are the three innsatsområder."""
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

from .common import (new_document, set_landscape, add_run, cell_par, shade, set_col_widths,
                     set_table_borders, page_x_of_y)
from .data import AREAS

COL = {"KBU": 0, "RSA": 0, "NFK": 0, "AMON": 1, "KSL": 1, "SK1": 1, "MIH": 2}


def build(spec, out_path):
    doc = new_document(font="Arial", size=10, margins_cm=1.8)
    sec = doc.sections[0]
    set_landscape(sec)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(fp, "KS – Kommunesektorens organisasjon   |   ", size=8, color="666666")
    page_x_of_y(fp, size=8)

    p = doc.add_paragraph()
    add_run(p, "KS' oppfølging av Nasjonal kompetansepolitisk strategi", bold=True, size=16, color="1F4E79")
    p = doc.add_paragraph()
    add_run(p, "Rapportering til Kompetansepolitisk råd – 2017", size=12, color="1F4E79")
    doc.add_paragraph(
        "KS har valgt å sortere tiltakene etter strategiens tre innsatsområder. Flere av tiltakene bidrar til mer enn "
        "ett delmål, og vi har derfor ikke knyttet dem til enkeltdelmål. Tiltak som KS deltar i sammen med andre "
        "medlemmer av rådet, er tatt med der KS har en aktiv rolle.")

    t = doc.add_table(rows=2, cols=3)
    set_table_borders(t, sz=6, color="1F4E79")
    for i in range(3):
        c = t.rows[0].cells[i]
        cell_par(c, "Innsatsområde %d" % (i + 1), bold=True, size=9, first=True, color="FFFFFF")
        cell_par(c, AREAS[i + 1], bold=True, size=10.5, color="FFFFFF")
        shade(c, "1F4E79")
    cells = t.rows[1].cells
    used = [False, False, False]
    for m in spec["measures"]:
        ci = COL[m["key"]]
        c = cells[ci]
        tp = cell_par(c, m["title"], bold=True, size=10.5, first=not used[ci], color="1F4E79")
        tp.paragraph_format.space_before = Pt(0 if not used[ci] else 8)
        used[ci] = True
        dp = cell_par(c, m["description"], size=9.5)
        dp.paragraph_format.space_after = Pt(2)
        line = "Ansvar: %s" % m["responsible"]
        if m["partners"]:
            line += " | Samarbeid: %s" % ", ".join(m["partners"])
        lp = cell_par(c, line, italic=True, size=8.5, color="555555")
        lp.paragraph_format.space_after = Pt(4)
    cell_par(cells[2], "KS vil komme tilbake med flere tiltak under dette innsatsområdet i neste rapportering, "
                       "blant annet knyttet til kompetanseløft for ufaglærte i helse og omsorg.",
             italic=True, size=9, color="555555").paragraph_format.space_before = Pt(10)
    set_col_widths(t, [8.5, 8.5, 8.5])

    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson i KS: seniorrådgiver Ingrid Sæther, avdeling for arbeidsgiverpolitikk.")
    doc.save(out_path)
