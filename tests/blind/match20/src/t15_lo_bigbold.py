"""LO 2022: Word document with headings made by large bold direct formatting; rendered to PDF by LibreOffice."""
import os, subprocess, shutil
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from .common import set_doc_font, join_no, codes, add_field


def build(spec, out, tmpdir):
    doc = Document()
    set_doc_font(doc, "Liberation Serif", 11.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.6)
    hp = sec.header.paragraphs[0]; hp.text = "LO – Landsorganisasjonen i Norge"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Side "); add_field(fp.add_run(), "PAGE"); fp.add_run(" av "); add_field(fp.add_run(), "NUMPAGES")
    p = doc.add_paragraph(); r = p.add_run("LOs rapport til Kompetansepolitisk råd 2022"); r.bold = True; r.font.size = Pt(22)
    doc.add_paragraph("LO viderefører flere tiltak fra tidligere år og har startet nye. Tiltakene står under.")
    for m in spec["measures"]:
        p = doc.add_paragraph(); r = p.add_run(m["title"]); r.bold = True; r.font.size = Pt(16)
        r.font.name = "Liberation Sans"
        p.paragraph_format.space_before = Pt(16); p.paragraph_format.space_after = Pt(4)
        for k, v in [("Delmål", codes(m["delmal"])), ("Type", m["type"]), ("Ansvarlig", m["responsible"]),
                     ("Samarbeid", join_no(m["partners"])), ("Periode", m["period"])]:
            q = doc.add_paragraph(); q.paragraph_format.space_after = Pt(0)
            q.add_run(k + ": ").italic = True; q.add_run(v)
        d = doc.add_paragraph(m["description"]); d.paragraph_format.space_before = Pt(4)
    src = os.path.join(tmpdir, os.path.splitext(os.path.basename(out))[0] + ".docx")
    doc.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmpdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(src[:-5] + ".pdf", out)
