"""Trøndelag 2021: register entries with ID codes before each title."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from .common import set_doc_font, join_no, codes, para_border


def build(spec, out):
    doc = Document()
    set_doc_font(doc, "Calibri", 10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Trøndelag fylkeskommune · Trööndelagen fylkentjïelte"
    p = doc.add_paragraph(); r = p.add_run("Tiltaksregister 2021 – oppfølging av Nasjonal kompetansepolitisk strategi")
    r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("Registeret gir hvert tiltak en fast ID. ID-en brukes i fylkeskommunens saksbehandling "
                      "og er ikke en del av tiltaksnavnet.")
    for m in spec["measures"]:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r1 = p.add_run(m["rid"]); r1.font.name = "Consolas"; r1.font.size = Pt(9.5); r1.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        p.add_run("\t")
        r2 = p.add_run(m["title"]); r2.bold = True; r2.font.size = Pt(12)
        para_border(p, sides=("bottom",), sz=4, color="A0A0A0", space=1)
        rows = [("Delmål", codes(m["delmal"])), ("Kategori", m["type"]), ("Eier", m["responsible"]),
                ("I samarbeid med", join_no(m["partners"])), ("Varighet", m["period"]), ("Innhold", m["description"])]
        for k, v in rows:
            q = doc.add_paragraph(); q.paragraph_format.space_after = Pt(0); q.paragraph_format.left_indent = Cm(2.2)
            kr = q.add_run(k + ": "); kr.bold = True
            q.add_run(v)
    doc.save(out)
