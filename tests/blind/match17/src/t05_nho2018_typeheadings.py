# -*- coding: utf-8 -*-
"""NHO 2018: heading 1 = type of measure, heading 2 = measure (numbered 1.1, 1.2 … as literal text)."""
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from .common import new_document, add_run, join_list, page_x_of_y
from .data import RAD, FOU, INF, KURS, PRO, ARR

HEAD = {RAD: "Deltakelse i råd, utvalg og nettverk", FOU: "Forskning og utvikling",
        INF: "Informasjon og kampanjer", KURS: "Kurs og utdanning", PRO: "Prosjekter", ARR: "Arrangementer"}


def build(spec, out_path):
    doc = new_document(font="Calibri", size=11, margins_cm=2.5)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(fp, "NHO | ", size=8)
    page_x_of_y(fp, prefix="", middle="/", size=8)

    doc.add_heading("NHOs rapportering til Kompetansepolitisk råd 2018", level=0)
    doc.add_paragraph(
        "NHO og landsforeningene arbeider bredt for at bedriftene skal få tilgang til den kompetansen de trenger. I "
        "denne rapporten har vi sortert tiltakene etter type. For hvert tiltak oppgir vi hvilke delmål i Nasjonal "
        "kompetansepolitisk strategi det knytter seg til.")
    doc.add_paragraph(
        "NHO vil også trekke fram at mange av landsforeningene har egne bransjeprogram, kurs og kompetansenettverk "
        "som ikke er tatt med her. Det samme gjelder NHOs arbeid med lærlingkampanjer lokalt og NHOs innspill til "
        "Kompetansereformen.")

    groups = []
    for m in spec["measures"]:
        if not groups or groups[-1][0] != m["type"]:
            groups.append((m["type"], []))
        groups[-1][1].append(m)

    for gi, (typ, ms) in enumerate(groups, start=1):
        doc.add_heading("%d  %s" % (gi, HEAD[typ]), level=1)
        for mi, m in enumerate(ms, start=1):
            doc.add_heading("%d.%d  %s" % (gi, mi, m["title"]), level=2)
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            if m["delmal"]:
                codes = join_list(m["delmal"])
                add_run(p, "Knytning til strategien: ", italic=True, bold=True)
                add_run(p, ("delmål " if len(m["delmal"]) == 1 else "delmål ") + codes, italic=True)
            else:
                add_run(p, "Knytning til strategien: ", italic=True, bold=True)
                add_run(p, "innsatsområde %d (voksne med svak tilknytning til arbeidslivet)" % m["p"]["area"], italic=True)
            if m["partners"]:
                p2 = doc.add_paragraph()
                p2.paragraph_format.space_after = Pt(0)
                add_run(p2, "Samarbeidspartnere: ", italic=True, bold=True)
                add_run(p2, join_list(m["partners"]), italic=True)
            doc.add_paragraph(m["description"])
    doc.add_paragraph()
    doc.add_paragraph("Spørsmål om rapporteringen kan rettes til NHO, avdeling for kompetanse og innovasjon.")
    doc.save(out_path)
