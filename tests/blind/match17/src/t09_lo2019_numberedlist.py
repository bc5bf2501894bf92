# -*- coding: utf-8 -*-
"""LO 2019: Word auto-numbered list; fields are level-2 items (i., ii., …)."""
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from .common import (new_document, add_run, add_numbering, set_num, join_list, page_x_of_y,
                     docx_to_pdf, tmp_docx_path)


def build(spec, out_path):
    doc = new_document(font="Calibri", size=11, margins_cm=2.3)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_run(hp, "LO – Landsorganisasjonen i Norge", size=8, color="A00000")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(fp, size=8)

    num = add_numbering(doc, [("decimal", "%1.", 426, 426), ("lowerRoman", "%2.", 993, 426)])

    p = doc.add_paragraph()
    add_run(p, "LOs rapportering om oppfølgingen av Nasjonal kompetansepolitisk strategi 2019", bold=True, size=15)
    doc.add_paragraph(
        "LO rapporterer her på tiltak som LO sentralt har ansvaret for eller deltar aktivt i. Mange av tiltakene er "
        "videreført fra fjorårets rapportering. For hvert tiltak oppgis delmål, type, ansvar, periode og en kort "
        "beskrivelse. Forbundenes egne tiltak er ikke med.")

    for m in spec["measures"]:
        p = doc.add_paragraph()
        set_num(p, num, 0)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        add_run(p, m["title"], bold=True)
        items = [("Delmål", join_list(m["delmal"])), ("Type tiltak", m["type"]), ("Ansvarlig", m["responsible"])]
        if m["partners"]:
            items.append(("Samarbeid", join_list(m["partners"])))
        items += [("Periode", m["period"]), ("Beskrivelse", m["description"])]
        for lab, val in items:
            q = doc.add_paragraph()
            set_num(q, num, 1)
            q.paragraph_format.space_after = Pt(0)
            add_run(q, lab + ": ", bold=True)
            add_run(q, val)

    doc.add_paragraph()
    doc.add_paragraph("LO ber om at rapporteringen fra 2020 samordnes med rapporteringen på kompetansereformen.")
    tmp = tmp_docx_path("f09_lo_2019.docx")
    doc.save(tmp)
    docx_to_pdf(tmp, out_path)
