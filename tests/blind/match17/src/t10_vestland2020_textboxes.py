# -*- coding: utf-8 -*-
"""Vestland fylkeskommune 2020 (nynorsk): every measure in its own Word text box."""
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH

from .common import new_document, add_run, add_textbox, txbx_paragraph_xml, join_list, page_x_of_y


def build(spec, out_path):
    doc = new_document(font="Calibri", size=11, margins_cm=2.3)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_run(hp, "Vestland fylkeskommune – Kompetanse og næring", size=8, color="5B7F2B")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(fp, prefix="Side ", middle=" av ", size=8)

    p = doc.add_paragraph()
    add_run(p, "Rapportering til Kompetansepolitisk råd 2020", bold=True, size=16, color="5B7F2B")
    p = doc.add_paragraph()
    add_run(p, "Oppfølging av Nasjonal kompetansepolitisk strategi i Vestland", size=12)
    doc.add_paragraph(
        "Vestland fylkeskommune vart skipa 1. januar 2020 ved samanslåinga av Hordaland og Sogn og Fjordane. Det "
        "første året har vore prega av koronapandemien, permitteringar og stor etterspurnad etter kompetansetiltak "
        "for vaksne. Fylkeskommunen har fått eit utvida ansvar for kompetansepolitikken gjennom regionreforma.")
    doc.add_paragraph(
        "Tiltaka er presenterte i eigne boksar nedanfor. Tiltak som tidlegare vart rapporterte av Hordaland og Sogn og "
        "Fjordane fylkeskommunar, til dømes partnarskapet for karriererettleiing og strategisk samarbeid mellom "
        "fagskulane og Høgskulen på Vestlandet, er no ein del av det ordinære arbeidet og er ikkje rapporterte særskilt.")

    for m in spec["measures"]:
        paras = [txbx_paragraph_xml([(m["title"], True, False)], size=12, spacing_after=100)]
        rows = [("Delmål", join_list(m["delmal"])), ("Type tiltak", m["p"].get("type", m["type"])),
                ("Ansvarleg", m["responsible"])]
        if m["partners"]:
            rows.append(("Samarbeidspartnarar", join_list(m["partners"])))
        rows.append(("Periode", m["period"]))
        for lab, val in rows:
            paras.append(txbx_paragraph_xml([(lab + ": ", True, False), (val, False, False)], size=10, spacing_after=20))
        paras.append(txbx_paragraph_xml([("Skildring: ", True, False), (m["description"], False, False)], size=10, spacing_after=0))
        lines = 8 + len(m["description"]) // 80 + len(join_list(m["partners"])) // 80
        anchor = doc.add_paragraph()
        anchor.paragraph_format.space_before = Pt(6)
        anchor.paragraph_format.space_after = Pt(10)
        add_textbox(anchor, paras, width_cm=16.2, height_cm=0.55 * lines + 0.8)

    doc.add_paragraph("Meir informasjon om kompetansearbeidet i Vestland finn de på vestlandfylke.no/kompetanse.")
    doc.save(out_path)
