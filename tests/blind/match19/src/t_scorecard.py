"""KS 2023: result scorecard (Tiltak | Delmål | Ansvar | Indikator | Måloppnåelse | Resultat 2023); docx → PDF."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from common import soffice_pdf, shade, set_col_widths, page_x_of_y

MAKER = "python-docx → LibreOffice PDF"
LAYOUT = "result scorecard with indicator and goal-attainment columns"
PRINTS = {"responsible", "description"}
ATTAIN = ["Nådd", "Nådd", "Delvis nådd", "Nådd", "Nådd", "Delvis nådd", "Ikke vurdert", "Ikke vurdert"]


def build(spec, out, builddir):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(9.5)
    sec.header.paragraphs[0].text = "KS · Resultatrapport kompetansepolitikk 2023"
    page_x_of_y(sec.footer.paragraphs[0])
    doc.add_heading("Resultatrapport 2023: KS' tiltak for kompetanse i kommunesektoren", level=1)
    doc.add_paragraph("Tabellen viser tiltakene KS rapporterer til Kompetansepolitisk råd, med indikator og "
                      "vurdering av måloppnåelse for 2023.")
    cols = ["#", "Tiltak", "Delmål", "Ansvar", "Indikator", "Måloppnåelse", "Resultat 2023"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, cols):
        c.text = v
        shade(c, "1F4E79")
        r = c.paragraphs[0].runs[0]
        r.bold = True
        from docx.shared import RGBColor
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    for n, m in enumerate(spec["measures"], 1):
        cells = t.add_row().cells
        vals = [str(n), m["title"], ", ".join(m["delmal"]), m["responsible"], m["extra"]["indicator"],
                ATTAIN[(n - 1) % len(ATTAIN)], m["description"]]
        for c, v in zip(cells, vals):
            c.text = v
    set_col_widths(t, [0.7, 7.5, 1.6, 2.4, 3.4, 2.6, 6.5])
    doc.add_paragraph()
    doc.add_paragraph("Vurderingen er gjort av KS' administrasjon i januar 2024.")
    tmp = os.path.join(builddir, os.path.basename(out).replace(".pdf", ".docx"))
    doc.save(tmp)
    soffice_pdf(tmp, out, builddir)
