# -*- coding: utf-8 -*-
"""Møre og Romsdal fylkeskommune 2023 (nynorsk): delmål headings, measure sub-headings, run-in fields."""
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from .common import new_document, add_run, join_list, page_x_of_y, docx_to_pdf, tmp_docx_path
from .data import DELMAL_NN


def build(spec, out_path):
    doc = new_document(font="Cambria", size=11, margins_cm=2.4)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, "Møre og Romsdal fylkeskommune", size=8.5, bold=True, color="004B87")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(fp, "Rapport til Kompetansepolitisk råd 2023 – ", size=8)
    page_x_of_y(fp, prefix="side ", middle=" av ", size=8)

    doc.add_heading("Oppfølging av Nasjonal kompetansepolitisk strategi i Møre og Romsdal 2023", level=0)
    doc.add_paragraph(
        "Fylkeskommunen har eit lovfesta ansvar for å ha oversikt over kompetansebehova i regionen og for å samordne "
        "innsatsen til dei regionale kompetanseaktørane. Denne rapporten gjer greie for dei viktigaste tiltaka i 2023, "
        "ordna etter delmåla i strategien.")
    doc.add_paragraph(
        "I tillegg til tiltaka nedanfor har fylkeskommunen arbeidd med ny regional delplan for kompetanse, "
        "fagskuleutvikling og oppfølging av fullføringsreforma i vidaregåande opplæring. Desse vert rapporterte "
        "gjennom andre kanalar.")

    groups = []
    for m in spec["measures"]:
        g = m["delmal"][0] if m["delmal"] else "andre"
        if not groups or groups[-1][0] != g:
            groups.append((g, []))
        groups[-1][1].append(m)

    for g, ms in groups:
        if g == "andre":
            doc.add_heading("Andre tiltak", level=1)
        else:
            doc.add_heading("Delmål %s – %s" % (g, DELMAL_NN[g]), level=1)
        for m in ms:
            doc.add_heading(m["title"], level=2)
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(4)
            bits = [("Ansvarleg", m["responsible"])]
            if m["partners"]:
                bits.append(("Partnarar", join_list(m["partners"])))
            bits += [("Periode", m["period"]), ("Type", m["p"].get("type", m["type"]))]
            for k, (lab, val) in enumerate(bits):
                if k:
                    add_run(p, "  ·  ", size=9.5, color="777777")
                add_run(p, lab + ": ", bold=True, size=9.5)
                add_run(p, val, size=9.5)
            doc.add_paragraph(m["description"])
    doc.add_paragraph()
    doc.add_paragraph("Molde, 30. november 2023")
    doc.add_paragraph("Seksjon for kompetanse og næring")
    tmp = tmp_docx_path("f17_mrfk_2023.docx")
    doc.save(tmp)
    docx_to_pdf(tmp, out_path)
