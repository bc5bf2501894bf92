"""KS 2019: one form table; all measures as a typed numbered list inside the 'Tiltak' cell."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from .common import set_doc_font, set_cell_shading, join_no, codes


def build(spec, out):
    doc = Document()
    set_doc_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    p = doc.add_paragraph(); r = p.add_run("Rapportering til Kompetansepolitisk råd 2019"); r.bold = True; r.font.size = Pt(15)
    tbl = doc.add_table(rows=5, cols=2); tbl.style = "Table Grid"
    labels = ["Organisasjon", "Rapporteringsår", "Kontaktperson", "Tiltak", "Andre kommentarer"]
    for i, lab in enumerate(labels):
        c = tbl.cell(i, 0); c.text = ""; c.paragraphs[0].add_run(lab).bold = True; set_cell_shading(c, "E7E6E6")
        c.width = Cm(3.5); tbl.cell(i, 1).width = Cm(13.5)
    tbl.cell(0, 1).text = "KS – kommunesektorens organisasjon"
    tbl.cell(1, 1).text = "2019"
    tbl.cell(2, 1).text = "Avdeling for arbeidsgiverpolitikk"
    c = tbl.cell(3, 1); c.text = ""
    first = True
    for i, m in enumerate(spec["measures"], 1):
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        rr = p.add_run(f"{i}. {m['title']}"); rr.bold = True
        p.paragraph_format.space_before = Pt(6)
        bits = [f"Delmål: {codes(m['delmal'])}", f"Type: {m['type']}", f"Ansvarlig: {m['responsible']}"]
        if m["partners"]:
            bits.append(f"Samarbeid: {join_no(m['partners'])}")
        bits.append(f"Tid: {m['period']}")
        q = c.add_paragraph(); qr = q.add_run(" – ".join(bits)); qr.font.size = Pt(8.5); qr.italic = True
        q.paragraph_format.left_indent = Cm(0.6)
        d = c.add_paragraph(m["description"]); d.paragraph_format.left_indent = Cm(0.6)
    tbl.cell(4, 1).text = ("KS deltar i tillegg i en rekke råd og utvalg som ikke er listet her. "
                           "Se også KS' rapportering for 2018.")
    doc.save(out)
