"""Virke 2018: measures grouped under 'Sammen med …:' headings."""
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from .common import set_doc_font, codes


def build(spec, out):
    doc = Document()
    set_doc_font(doc, "Georgia", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.header.paragraphs[0].text = "Virke Hovedorganisasjon"
    p = doc.add_paragraph(); r = p.add_run("Virkes tiltak for å følge opp Nasjonal kompetansepolitisk strategi – 2018")
    r.bold = True; r.font.size = Pt(17); r.font.color.rgb = RGBColor(0x00, 0x5A, 0x4E)
    doc.add_paragraph("Virke samarbeider med mange aktører om kompetansepolitikken. Tiltakene er derfor "
                      "ordnet etter hvem vi samarbeider med.")
    last = None
    for m in spec["measures"]:
        if m["group"] != last:
            g = doc.add_paragraph(); gr = g.add_run(m["group"]); gr.bold = True; gr.font.size = Pt(13)
            gr.font.color.rgb = RGBColor(0x00, 0x5A, 0x4E)
            g.paragraph_format.space_before = Pt(14)
            last = m["group"]
        t = doc.add_paragraph(); tr = t.add_run(m["title"]); tr.bold = True; tr.italic = True
        f = doc.add_paragraph(); fr = f.add_run(f"Delmål {codes(m['delmal'])} · {m['type']} · Tid: {m['period']}")
        fr.font.size = Pt(9.5); fr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        doc.add_paragraph(m["description"])
    doc.save(out)
