"""NHO 2018: one landscape table with a two-row merged header ('Ansvar' over 'Hovedansvar | Partnere')."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from common import shade, set_repeat_header, set_col_widths, page_x_of_y

MAKER = "python-docx"
LAYOUT = "landscape table with two-row merged header (Ansvar → Hovedansvar | Partnere)"
PRINTS = {"responsible", "partners", "period", "description", "type"}


def build(spec, out, builddir):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(9.5)
    sec.header.paragraphs[0].text = "NHO – Næringslivets Hovedorganisasjon"
    page_x_of_y(sec.footer.paragraphs[0])
    doc.add_heading("NHOs tiltak for å følge opp Nasjonal kompetansepolitisk strategi – 2018", level=1)
    doc.add_paragraph("Tabellen viser tiltak NHO har gjennomført eller startet i 2018. "
                      "Delmål refererer til strategiens delmål 1.1–3.6.")
    cols = ["Nr.", "Tiltak", "Delmål", "Kategori", "Ansvar", "", "Periode", "Kort om tiltaket"]
    t = doc.add_table(rows=2, cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h1, h2 = t.rows[0].cells, t.rows[1].cells
    for i, name in enumerate(cols):
        if name:
            h1[i].text = name
    h2[4].text = "Hovedansvar"
    h2[5].text = "Partnere"
    h1[4].merge(h1[5])
    for i in (0, 1, 2, 3, 6, 7):
        t.cell(0, i).merge(t.cell(1, i))
    for row in t.rows[:2]:
        set_repeat_header(row)
        for c in row.cells:
            shade(c, "DCE6F0")
            for p in c.paragraphs:
                for r in p.runs:
                    r.bold = True
    for n, m in enumerate(spec["measures"], 1):
        cells = t.add_row().cells
        vals = [f"{n}.", m["title"], ", ".join(m["delmal"]), m["type"], m["responsible"],
                ", ".join(m["partners"]), m["period"], m["description"]]
        for c, v in zip(cells, vals):
            c.text = v
    set_col_widths(t, [1.0, 5.5, 1.6, 2.8, 2.6, 3.6, 2.2, 6.3])
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: fagsjef kompetanse, NHO Kompetanse og utdanning.")
    doc.save(out)
