# -*- coding: utf-8 -*-
"""Vestland fylkeskommune 2025 (nynorsk): two-column newspaper layout, header/footer."""
from docx.shared import Pt
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH

from .common import (new_document, add_run, join_list, page_x_of_y, set_cols, docx_to_pdf, tmp_docx_path)


def build(spec, out_path):
    doc = new_document(font="Calibri", size=10, margins_cm=2.0)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_run(hp, "Vestland fylkeskommune · Årsrapport kompetanse 2025", size=8, color="5B7F2B")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(fp, prefix="", middle=" | ", size=8)

    p = doc.add_paragraph()
    add_run(p, "Kompetanse for eit grønt og inkluderande Vestland", bold=True, size=20, color="5B7F2B")
    p = doc.add_paragraph()
    add_run(p, "Årsrapport 2025 – rapportering til Kompetansepolitisk råd", size=12)

    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec2, 2, 567)

    doc.add_paragraph(
        "Vestland fylkeskommune har i 2025 arbeidd vidare med å følgje opp den regionale planen for kompetanse og "
        "arbeidskraft. Arbeidsmarknaden har vore stram, og mange verksemder melder om mangel på fagarbeidarar. "
        "Fylkeskommunen har difor prioritert tiltak som gjer det lettare for vaksne å ta fagbrev, og tiltak som "
        "koplar verksemdene sine behov til tilbodet ved fagskular, høgskular og universitet.")
    doc.add_paragraph(
        "Rapporten omtalar fem tiltak. Fleire av dei er vidareførte frå tidlegare år. Arbeidet med "
        "fullføringsreforma, ny fagskulestrategi og internasjonalt samarbeid om vaksnes læring er ikkje rapportert "
        "som eigne tiltak.")

    for i, m in enumerate(spec["measures"], start=1):
        h = doc.add_paragraph()
        h.paragraph_format.space_before = Pt(10)
        h.paragraph_format.space_after = Pt(3)
        h.paragraph_format.keep_with_next = True
        add_run(h, "Tiltak %d: " % i, bold=True, size=11.5, color="5B7F2B")
        add_run(h, m["title"], bold=True, size=11.5, color="5B7F2B")
        rows = [("Delmål", join_list(m["delmal"])), ("Type", m["p"].get("type", m["type"])),
                ("Ansvarleg", m["responsible"])]
        if m["partners"]:
            rows.append(("Partnarar", join_list(m["partners"])))
        rows.append(("Tidsrom", m["period"]))
        for lab, val in rows:
            q = doc.add_paragraph()
            q.paragraph_format.space_after = Pt(0)
            add_run(q, lab + ": ", bold=True, size=9.5)
            add_run(q, val, size=9.5)
        q = doc.add_paragraph()
        q.paragraph_format.space_before = Pt(3)
        q.paragraph_format.space_after = Pt(0)
        add_run(q, "Skildring", bold=True, size=9.5)
        doc.add_paragraph(m["description"])
        if i == 2:
            f = doc.add_paragraph()
            f.paragraph_format.space_before = Pt(8)
            add_run(f, "Fakta: ", bold=True, color="5B7F2B")
            add_run(f, "Vestland har 43 kommunar, 36 vidaregåande skular og fire fagskuleeiningar. Om lag 6 000 vaksne "
                       "fekk karriererettleiing i 2025, og 1 100 vaksne tok fag- eller sveinebrev.", italic=True)
    doc.add_paragraph()
    doc.add_paragraph("Bergen, februar 2026. Avdeling for innovasjon og næringsutvikling.")
    tmp = tmp_docx_path("f22_vestland_2025.docx")
    doc.save(tmp)
    docx_to_pdf(tmp, out_path)
