"""Vestland 2024 (nynorsk): one table, each measure = shaded title row spanning all columns,
a row of facts and a spanning 'Kort om' row."""
from docx import Document
from docx.shared import Pt, Cm
from common import shade, join_no, set_repeat_header, page_x_of_y

MAKER = "python-docx"
LAYOUT = "table with spanning title row + fact row + spanning description row per measure"
PRINTS = {"responsible", "partners", "period", "description", "type"}


def build(spec, out, builddir):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial Narrow"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Vestland fylkeskommune"
    page_x_of_y(sec.footer.paragraphs[0])
    doc.add_heading("Rapport til Kompetansepolitisk råd 2024", level=1)
    doc.add_paragraph("Vestland fylkeskommune rapporterer her tiltak som følgjer opp kompetansepolitikken "
                      "i fylket. Kvart tiltak har ei eiga overskriftsrad i tabellen.")
    cols = ["Delmål", "Type", "Ansvarleg", "Samarbeidspartnarar", "Tidsrom"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, cols):
        c.text = v
        c.paragraphs[0].runs[0].bold = True
        shade(c, "BFBFBF")
    set_repeat_header(t.rows[0])
    for m in spec["measures"]:
        r = t.add_row()
        a = r.cells[0].merge(r.cells[4])
        a.text = ""
        run = a.paragraphs[0].add_run(m["title"])
        run.bold = True
        run.font.size = Pt(11)
        shade(a, "DEEAF6")
        r = t.add_row().cells
        for c, v in zip(r, [", ".join(m["delmal"]), m["type"], m["responsible"], join_no(m["partners"]),
                            m["period"]]):
            c.text = v
        r = t.add_row()
        a = r.cells[0].merge(r.cells[4])
        a.text = ""
        a.paragraphs[0].add_run("Kort om: ").italic = True
        a.paragraphs[0].add_run(m["description"])
    doc.save(out)
