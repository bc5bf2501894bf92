# -*- coding: utf-8 -*-
"""YS 2019: two measures side by side in every table row: [title+text | facts | title+text | facts]."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import set_font, table_borders, col_widths, shade, landscape, repeat_header, page_x_of_y, codes_og


def facts(cell, m):
    lines = []
    if m["d"]:
        lines.append("Delmål " + codes_og(m["d"]))
    lines += [m["type"], "Ansvar: " + m["resp"]]
    if m["partners"]:
        lines.append("Med: " + ", ".join(m["partners"]))
    if m["period"]:
        lines.append("Tid: " + m["period"])
    cell.paragraphs[0].text = lines[0]
    for ln in lines[1:]:
        cell.add_paragraph(ln)
    for p in cell.paragraphs:
        p.paragraph_format.space_after = Pt(1)
        for r in p.runs:
            r.font.size = Pt(8.5)


def main(cell, m):
    p = cell.paragraphs[0]
    r = p.add_run(m["title"]); r.bold = True
    cell.add_paragraph(m["desc"])


def build(rep, out):
    doc = Document()
    set_font(doc, "Arial", 9.5)
    sec = doc.sections[0]
    landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(sec.footer.paragraphs[0], "YS – side ", " av ")
    doc.add_heading("YS' tiltak for å følge opp kompetansestrategien – rapport 2019", level=1)
    doc.add_paragraph("Tabellen viser to tiltak per rad. Faktakolonnen til høyre for hvert tiltak viser "
                      "delmål, type, ansvar, samarbeidspartnere og tidsrom.")
    ms = rep["measures"]
    t = doc.add_table(rows=1, cols=4)
    table_borders(t, "single", 4, "7F7F7F")
    for c, h in zip(t.rows[0].cells, ["Tiltak", "Fakta", "Tiltak", "Fakta"]):
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "D9E2F3")
    repeat_header(t.rows[0])
    for i in range(0, len(ms), 2):
        row = t.add_row().cells
        main(row[0], ms[i]); facts(row[1], ms[i])
        if i + 1 < len(ms):
            main(row[2], ms[i + 1]); facts(row[3], ms[i + 1])
    col_widths(t, [8.6, 4.4, 8.6, 4.4])
    doc.add_paragraph()
    doc.add_paragraph("YS vil i 2020 videreføre kursene for tillitsvalgte og følge opp kompetansereformen "
                      "i trepartssamarbeidet.")
    doc.save(out)
