"""YS 2020: underlined titles and short label lines."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from .common import set_doc_font, join_no, codes

KAT = {"Kurs/utdanning": "Kurs/utdanning", "FoU": "FoU", "Prosjekt": "Prosjekt", "Råd/utvalg/nettverk": "Råd/utvalg/nettverk",
       "Informasjon": "Informasjon", "Arrangement": "Arrangement"}


def build(spec, out):
    doc = Document()
    set_doc_font(doc, "Cambria", 11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "YS – Yrkesorganisasjonenes Sentralforbund"
    p = doc.add_paragraph(); r = p.add_run("YS' tiltak i 2020"); r.font.size = Pt(16)
    doc.add_paragraph("Under følger YS' rapportering av tiltak som følger opp Nasjonal kompetansepolitisk strategi.")
    for m in spec["measures"]:
        p = doc.add_paragraph(); r = p.add_run(m["title"]); r.underline = True; r.font.size = Pt(12)
        p.paragraph_format.space_before = Pt(12); p.paragraph_format.space_after = Pt(2)
        lines = [("Hvem", m["responsible"])]
        if m["partners"]:
            lines.append(("Med", join_no(m["partners"])))
        lines.append(("Når", m["period"]))
        if m["delmal"]:
            lines.append(("Delmål", codes(m["delmal"], ", ", ", ")))
        lines.append(("Kategori", KAT[m["type"]]))
        lines.append(("Kort om", m["description"]))
        for lab, val in lines:
            q = doc.add_paragraph(f"{lab}: {val}"); q.paragraph_format.space_after = Pt(0)
            q.paragraph_format.left_indent = Cm(0.5)
    doc.save(out)
