# -*- coding: utf-8 -*-
"""NHO 2018: Heading 2 per innsatsområde, Heading 3 per measure, small borderless facts table."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import set_font, table_borders, col_widths, page_x_of_y, codes_og
from data import AREA


def build(rep, out):
    doc = Document()
    set_font(doc, "Georgia", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]; hp.text = "NHO – Næringslivets Hovedorganisasjon"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; page_x_of_y(fp); fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("NHOs rapportering på Nasjonal kompetansepolitisk strategi 2018", level=1)
    doc.add_paragraph("NHO har i 2018 fulgt opp strategien gjennom deltakelse i råd og utvalg, egne "
                      "kampanjer og bestilte rapporter. Tiltakene er ordnet etter strategiens tre "
                      "hovedinnsatsområder.")
    cur = None
    for m in rep["measures"]:
        area = m.get("area") or m["d"][0][0]
        if area != cur:
            cur = area
            doc.add_heading("Innsatsområde %s: %s" % (area, AREA[area]), level=2)
        doc.add_heading(m["title"], level=3)
        facts = [("Delmål", codes_og(m["d"])), ("Virkemiddel", m["type"]), ("Eier", m["resp"]),
                 ("I samarbeid med", ", ".join(m["partners"])), ("Tidsrom", m["period"])]
        facts = [f for f in facts if f[1]]
        t = doc.add_table(rows=len(facts), cols=2)
        table_borders(t, "none")
        for row, (k, v) in zip(t.rows, facts):
            r = row.cells[0].paragraphs[0].add_run(k)
            r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
            r2 = row.cells[1].paragraphs[0].add_run(v); r2.font.size = Pt(9)
            for c in row.cells:
                c.paragraphs[0].paragraph_format.space_after = Pt(0)
        col_widths(t, [3.2, 12.5])
        para = doc.add_paragraph(m["desc"])
        para.paragraph_format.space_before = Pt(6)
    doc.add_heading("Veien videre", level=2)
    doc.add_paragraph("NHO vil i 2019 prioritere arbeidet med bransjeprogrammer og tilgang på "
                      "læreplasser i alle regioner.")
    doc.save(out)
