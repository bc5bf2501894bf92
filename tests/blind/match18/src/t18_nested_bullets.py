# -*- coding: utf-8 -*-
"""KS 2021: two-level bullet list. Level 1 = measure title, level 2 = fields."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import set_font, page_x_of_y, codes_og


def build(rep, out):
    doc = Document()
    set_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "KS – Kommunesektorens organisasjon"
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT; page_x_of_y(fp)
    doc.add_heading("KS' rapportering til Kompetansepolitisk råd 2021", level=1)
    doc.add_paragraph("Oversikten under viser tiltak KS har gjennomført eller deltatt i. Hvert tiltak er "
                      "et hovedpunkt, med opplysningene som underpunkter.")
    for m in rep["measures"]:
        p = doc.add_paragraph(style="List Bullet"); p.add_run(m["title"]).bold = True
        p.paragraph_format.space_before = Pt(6)
        sub = [("Delmål: ", codes_og(m["d"]) if m["d"] else "ikke knyttet til et bestemt delmål"),
               ("Type: ", m["type"]), ("Ansvar: ", m["resp"])]
        if m["partners"]:
            sub.append(("Partnere: ", ", ".join(m["partners"])))
        if m["period"]:
            sub.append(("Periode: ", m["period"]))
        sub.append(("Omtale: ", m["desc"]))
        for lab, val in sub:
            q = doc.add_paragraph(style="List Bullet 2"); q.paragraph_format.space_after = Pt(0)
            q.add_run(lab).italic = True; q.add_run(val)
    doc.add_paragraph()
    doc.add_paragraph("Spørsmål om rapporten kan rettes til KS' avdeling for arbeidsgiverpolitikk.")
    doc.save(out)
