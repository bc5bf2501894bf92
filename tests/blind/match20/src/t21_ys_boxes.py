"""YS 2025: each measure as a shaded, bordered block of paragraphs (fact box)."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from .common import set_doc_font, join_no, codes, para_border, para_shading


def build(spec, out):
    doc = Document()
    set_doc_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = "YS · Rapport til Kompetansepolitisk råd 2025"
    p = doc.add_paragraph(); r = p.add_run("YS' rapport til Kompetansepolitisk råd 2025"); r.bold = True; r.font.size = Pt(17)
    doc.add_paragraph("YS rapporterer seks tiltak i 2025. Flere av dem er videreført fra tidligere år.")
    for m in spec["measures"]:
        lines = [("", m["title"])]
        lines.append(("Delmål", codes(m["delmal"])))
        lines.append(("Type", m["type"]))
        lines.append(("Ansvar", m["responsible"]))
        if m["partners"]:
            lines.append(("Samarbeid", join_no(m["partners"])))
        lines += [("Tidsrom", m["period"]), ("Beskrivelse", m["description"])]
        for j, (k, v) in enumerate(lines):
            q = doc.add_paragraph()
            if not k:
                rr = q.add_run(v); rr.bold = True; rr.font.size = Pt(12.5); rr.font.color.rgb = RGBColor(0x00, 0x33, 0x66)
            else:
                q.add_run(k + ": ").bold = True; q.add_run(v)
            para_shading(q, "EAF1F8"); para_border(q, color="6F8FAF")
            q.paragraph_format.space_after = Pt(0)
            q.paragraph_format.left_indent = Cm(0.3); q.paragraph_format.right_indent = Cm(0.3)
        doc.add_paragraph()
    doc.save(out)
