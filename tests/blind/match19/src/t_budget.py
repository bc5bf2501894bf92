"""KD 2023: measures with budget chapter/post and appropriation, plus a 'Sum' row that is not a measure."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import shade, join_no, set_col_widths, set_repeat_header

MAKER = "python-docx"
LAYOUT = "budget table: Tiltak | Delmål | Ansvar | Samarbeid | Kap./post | Bevilgning | Merknad + Sum row"
PRINTS = {"responsible", "partners", "description"}


def build(spec, out, builddir):
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(10)
    sec.header.paragraphs[0].text = "Kunnskapsdepartementet\tRapportering til Kompetansepolitisk råd 2023"
    doc.add_heading("Regjeringens tiltak 2023 med bevilgninger", level=1)
    doc.add_paragraph("Tabellen viser tiltak som følger opp kompetansepolitikken, med budsjettkapittel og "
                      "bevilgning i saldert budsjett 2023. Tiltak uten egen bevilgning er markert med –.")
    cols = ["Tiltak", "Delmål", "Ansvar", "Samarbeid", "Kap./post", "Bevilgning 2023 (mill. kr)", "Merknad"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, cols):
        c.text = v
        shade(c, "D9D9D9")
        c.paragraphs[0].runs[0].bold = True
    set_repeat_header(t.rows[0])
    total = 0.0
    for m in spec["measures"]:
        e = m["extra"]
        cells = t.add_row().cells
        vals = [m["title"], ", ".join(m["delmal"]), m["responsible"], join_no(m["partners"]), e["post"], e["mill"],
                m["description"]]
        for c, v in zip(cells, vals):
            c.text = v
        cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if e["mill"] != "–":
            total += float(e["mill"].replace(",", "."))
    cells = t.add_row().cells
    cells[0].text = "Sum"
    cells[0].paragraphs[0].runs[0].bold = True
    cells[5].text = f"{total:.1f}".replace(".", ",")
    cells[5].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_col_widths(t, [6.5, 1.6, 1.6, 3.6, 2.8, 2.6, 6.0])
    doc.add_paragraph()
    doc.add_paragraph("Kilde: Prop. 1 S (2022–2023) og tildelingsbrev til HK-dir 2023.")
    doc.save(out)
