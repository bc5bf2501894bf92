# -*- coding: utf-8 -*-
"""YS 2020: (1)…(n) measures, one pipe-separated field line, header/footer."""
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

from .common import new_document, add_run, join_list, page_x_of_y


def build(spec, out_path):
    doc = new_document(font="Georgia", size=10.5, margins_cm=2.4)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_run(hp, "YS – Yrkesorganisasjonenes Sentralforbund\tRapport NKPS 2020", size=8, color="00497A")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(fp, size=8)

    p = doc.add_paragraph()
    add_run(p, "YS' oppfølging av kompetansestrategien", bold=True, size=16, color="00497A")
    p = doc.add_paragraph()
    add_run(p, "Rapportering til Kompetansepolitisk råd for 2020", italic=True)
    doc.add_paragraph(
        "2020 ble et år der kompetansepolitikken fikk ny betydning. Mange av YS-forbundenes medlemmer ble permittert, "
        "og behovet for korte, fleksible kurs økte kraftig. YS har gjennom året gitt innspill til krisepakkene og til "
        "utvidelsen av bransjeprogrammene. Disse innspillene er ikke tatt med som egne tiltak i oversikten nedenfor.")
    doc.add_paragraph(
        "For hvert tiltak oppgir vi delmål, type tiltak, ansvar, eventuelle samarbeidspartnere og periode på én linje.")

    for i, m in enumerate(spec["measures"], start=1):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(1)
        p.paragraph_format.keep_with_next = True
        add_run(p, "(%d)  " % i, bold=True, color="00497A")
        add_run(p, m["title"], bold=True, color="00497A")
        bits = ["Delmål " + join_list(m["delmal"]), m["p"].get("type", m["type"]), "Ansvar: " + m["responsible"]]
        if m["partners"]:
            bits.append("Samarbeid: " + join_list(m["partners"]))
        bits.append(m["period"])
        q = doc.add_paragraph()
        q.paragraph_format.space_after = Pt(3)
        q.paragraph_format.keep_with_next = True
        add_run(q, " | ".join(bits), size=9, color="555555")
        d = doc.add_paragraph(m["description"])
        d.paragraph_format.left_indent = Cm(0)

    doc.add_paragraph()
    doc.add_paragraph("YS, desember 2020")
    doc.save(out_path)
