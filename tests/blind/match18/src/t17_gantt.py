# -*- coding: utf-8 -*-
"""NAV 2021: Gantt-like table with shaded year cells, then 'Kort om tiltakene' repeating the titles.
Word document rendered to PDF by LibreOffice."""
import os, re, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import set_font, table_borders, col_widths, shade, landscape, repeat_header, page_x_of_y, soffice_pdf, codes_og

YEARS = [2019, 2020, 2021, 2022, 2023]


def span(period):
    ys = [int(y) for y in re.findall(r"(20\d\d)", period)]
    return (min(ys), max(ys)) if ys else (None, None)


def build(rep, out):
    doc = Document()
    set_font(doc, "Liberation Sans", 9.5)
    sec = doc.sections[0]
    landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.header.paragraphs[0].text = "Arbeids- og velferdsetaten (NAV)"
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER; page_x_of_y(fp)
    doc.add_heading("NAVs tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi 2021", level=1)
    doc.add_paragraph("Tidslinjen viser når tiltakene pågår. Skraverte felt markerer aktive år.")
    head = ["Tiltak", "Delmål", "Ansvar", "Samarbeid", "Varighet"] + [str(y) for y in YEARS]
    t = doc.add_table(rows=1, cols=len(head))
    table_borders(t, "single", 4, "A6A6A6")
    for c, h in zip(t.rows[0].cells, head):
        c.paragraphs[0].add_run(h).bold = True; shade(c, "BDD7EE")
    repeat_header(t.rows[0])
    for m in rep["measures"]:
        cells = t.add_row().cells
        for c, v in zip(cells, [m["title"], codes_og(m["d"]), m["resp"], ", ".join(m["partners"]), m["period"]]):
            c.paragraphs[0].add_run(v).font.size = Pt(8.5)
        a, b = span(m["period"])
        for j, y in enumerate(YEARS):
            if a is not None and a <= y <= b:
                shade(cells[5 + j], "2E75B6")
    col_widths(t, [6.0, 1.6, 2.8, 4.2, 2.0] + [1.3] * len(YEARS))
    doc.add_heading("Kort om tiltakene", level=2)
    for m in rep["measures"]:
        p = doc.add_paragraph(); p.add_run(m["title"]).bold = True
        p.paragraph_format.space_after = Pt(0); p.paragraph_format.keep_with_next = True
        doc.add_paragraph(m["desc"])
    tmp = tempfile.mkdtemp(prefix="m18_")
    dp = os.path.join(tmp, "NAV_rapport_NKPS_2021.docx")
    doc.save(dp)
    soffice_pdf(dp, out)
    os.remove(dp); os.rmdir(tmp)
