# -*- coding: utf-8 -*-
"""HK-dir 2024: change-log table with a reference id, delmål written '2.1/2.4' and a column for
change since last year ('Videreført', 'Ny', 'Avsluttes')."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import set_font, table_borders, col_widths, shade, landscape, repeat_header, page_x_of_y

HEAD = ["Ref.", "Tiltak", "Delmål", "Virkemiddel", "Ansvarlig enhet", "Samarbeid", "Tidsrom",
        "Endring fra 2023", "Merknad"]


def build(rep, out):
    doc = Document()
    set_font(doc, "Arial", 9)
    sec = doc.sections[0]
    landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.header.paragraphs[0].text = "Direktoratet for høyere utdanning og kompetanse (HK-dir)"
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; page_x_of_y(fp)
    doc.add_heading("Tiltaksoversikt 2024 – HK-dirs bidrag til oppfølging av kompetansepolitikken", level=1)
    doc.add_paragraph("Tabellen viser tiltak HK-dir forvalter eller deltar i, og hva som er endret siden "
                      "rapporteringen for 2023. Delmål er oppgitt med nummer fra Nasjonal kompetansepolitisk strategi.")
    t = doc.add_table(rows=1, cols=len(HEAD))
    table_borders(t, "single", 4, "595959")
    for c, h in zip(t.rows[0].cells, HEAD):
        r = c.paragraphs[0].add_run(h); r.bold = True; r.font.size = Pt(8.5); shade(c, "D0CECE")
    repeat_header(t.rows[0])
    for i, m in enumerate(rep["measures"], 1):
        vals = ["HK-24-%02d" % i, m["title"], "/".join(m["d"]), m["type"], m["resp"], ", ".join(m["partners"]),
                m["period"], m.get("change", ""), m["desc"]]
        for c, v in zip(t.add_row().cells, vals):
            c.paragraphs[0].add_run(v).font.size = Pt(8.5)
    col_widths(t, [1.7, 4.6, 1.6, 2.3, 2.4, 3.6, 1.8, 1.9, 6.8])
    doc.add_paragraph()
    doc.add_paragraph("Merk: Tiltak som er markert som avsluttet, rapporteres ikke videre fra 2025.")
    doc.save(out)
