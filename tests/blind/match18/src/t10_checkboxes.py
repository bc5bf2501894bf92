# -*- coding: utf-8 -*-
"""Spekter 2019: checkbox form. Every delmål and every type is printed; chosen ones are ☒."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import set_font, page_x_of_y
from data import DELMAL, TYPES

TYPE_ORDER = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]


def build(rep, out):
    doc = Document()
    set_font(doc, "Verdana", 9.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]; hp.text = "Spekter · Rapporteringsskjema NKPS 2019"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(sec.footer.paragraphs[0])
    doc.add_heading("Rapportering på Nasjonal kompetansepolitisk strategi – Spekter 2019", level=1)
    doc.add_paragraph("Kryss av for de delmålene og den typen tiltak som passer best. Ett skjema per tiltak.")
    for m in rep["measures"]:
        doc.add_heading(m["title"], level=2)
        p = doc.add_paragraph(); p.add_run("Delmål").bold = True
        p.paragraph_format.space_after = Pt(0)
        for area in "123":
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            p.add_run("Innsatsområde %s:  " % area).font.size = Pt(8.5)
            for c in DELMAL:
                if c[0] == area:
                    r = p.add_run(("☒ " if c in m["d"] else "☐ ") + c + "    ")
                    r.font.size = Pt(8.5)
                    r.bold = c in m["d"]
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(4)
        p.add_run("Type tiltak:  ").bold = True
        for t in TYPE_ORDER:
            r = p.add_run(("☒ " if t == m["type"] else "☐ ") + t + "   ")
            r.font.size = Pt(8.5)
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        p.add_run("Ansvarlig: ").bold = True; p.add_run(m["resp"])
        if m["partners"]:
            p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
            p.add_run("Samarbeidspartnere: ").bold = True; p.add_run(", ".join(m["partners"]))
        if m["period"]:
            p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
            p.add_run("Tidspunkt: ").bold = True; p.add_run(m["period"])
        p = doc.add_paragraph()
        p.add_run("Beskrivelse: ").bold = True; p.add_run(m["desc"])
    doc.save(out)
