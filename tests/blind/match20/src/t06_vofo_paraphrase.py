"""VOFO 2019: delmål only as paraphrases ('Bidrar til: …')."""
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from .common import set_doc_font, join_no

KIND = {"Kurs/utdanning": "Kurs", "Prosjekt": "Prosjekt", "Arrangement": "Konferanse", "Informasjon": "Informasjon",
        "Råd/utvalg/nettverk": "Nettverk", "FoU": "Forskning og utvikling"}


def build(spec, out):
    doc = Document()
    set_doc_font(doc, "Verdana", 10)
    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = "VOFO – Voksenopplæringsforbundet · Rapportering 2019"
    doc.add_heading("Frivillighetens bidrag til kompetansepolitikken – VOFOs rapportering for 2019", level=1)
    doc.add_paragraph("VOFO rapporterer på de delene av Nasjonal kompetansepolitisk strategi som angår "
                      "studieforbundene og frivillig sektor. For hvert tiltak beskriver vi hva det bidrar til.")
    para = spec["paraphrase"]
    for m in spec["measures"]:
        doc.add_heading(m["title"], level=2)
        p = doc.add_paragraph(); r = p.add_run("Bidrar til: "); r.bold = True
        p.add_run(join_no([para[c] for c in m["delmal"]]) + ".")
        who = m["responsible"] + (" med " + join_no(m["partners"]) if m["partners"] else "")
        for lab, val in [("Hvem", who), ("Når", m["period"]), ("Virkemiddel", KIND[m["type"]])]:
            p = doc.add_paragraph(); r = p.add_run(lab + ": "); r.bold = True; p.add_run(val)
            p.paragraph_format.space_after = Pt(0)
        p = doc.add_paragraph(); r = p.add_run("Om tiltaket: "); r.bold = True; p.add_run(m["description"])
        p.paragraph_format.space_before = Pt(4)
    doc.save(out)
