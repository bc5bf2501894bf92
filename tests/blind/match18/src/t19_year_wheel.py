# -*- coding: utf-8 -*-
"""YS 2022: 'årshjul' - table ordered by month: Når | Aktivitet (bold title + text) | Delmål | Hvem | Med."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import set_font, table_borders, col_widths, shade, landscape, repeat_header, page_x_of_y


def build(rep, out):
    doc = Document()
    set_font(doc, "Segoe UI", 9.5)
    sec = doc.sections[0]
    landscape(sec)
    sec.left_margin = sec.right_margin = Cm(2)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; page_x_of_y(fp)
    sec.header.paragraphs[0].text = "YS – Yrkesorganisasjonenes Sentralforbund"
    doc.add_heading("Årshjul 2022 – YS' arbeid med kompetansepolitikk", level=1)
    doc.add_paragraph("Årshjulet viser aktivitetene som følger opp Nasjonal kompetansepolitisk strategi, "
                      "ordnet etter når på året de fant sted.")
    t = doc.add_table(rows=1, cols=5)
    table_borders(t, "single", 6, "FFFFFF")
    for c, h in zip(t.rows[0].cells, ["Når", "Aktivitet", "Delmål", "Hvem", "Med"]):
        c.paragraphs[0].add_run(h).bold = True; shade(c, "FFC000")
    repeat_header(t.rows[0])
    for i, m in enumerate(rep["measures"]):
        cells = t.add_row().cells
        cells[0].paragraphs[0].add_run(m["period"]).bold = True
        cells[1].paragraphs[0].add_run(m["title"]).bold = True
        cells[1].add_paragraph(m["desc"])
        cells[2].paragraphs[0].add_run(" / ".join(m["d"]))
        cells[3].paragraphs[0].add_run(m["resp"])
        cells[4].paragraphs[0].add_run(", ".join(m["partners"]))
        for c in cells:
            shade(c, "FFF2CC" if i % 2 == 0 else "FFFFFF")
    col_widths(t, [3.2, 11.5, 2.2, 2.8, 5.0])
    doc.save(out)
