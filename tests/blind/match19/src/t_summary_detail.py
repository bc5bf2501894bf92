"""Virke 2019: summary table first, then a detailed section repeating each measure (the detail is the measure)."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from common import shade, join_no

MAKER = "python-docx"
LAYOUT = "summary table (Tiltak | Delmål | Type) then detailed section per measure"
PRINTS = {"responsible", "partners", "period", "description", "type"}


def build(spec, out, builddir):
    doc = Document()
    doc.styles["Normal"].font.name = "Georgia"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Virke – Hovedorganisasjonen for virksomheter i handel, tjeneste og ideell sektor"
    doc.add_heading("Virkes rapportering 2019 – Nasjonal kompetansepolitisk strategi", level=1)
    doc.add_heading("1. Sammendrag", level=2)
    doc.add_paragraph("Virke rapporterer seks tiltak for 2019. Oversikten under viser tiltakene; "
                      "kapittel 2 beskriver hvert tiltak nærmere.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for c, v in zip(t.rows[0].cells, ["Tiltak", "Delmål", "Type"]):
        c.text = v
    for m in spec["measures"]:
        cells = t.add_row().cells
        cells[0].text = m["title"]
        cells[1].text = ", ".join(m["delmal"])
        cells[2].text = m["type"]
    doc.add_heading("2. Tiltakene i detalj", level=2)
    for n, m in enumerate(spec["measures"], 1):
        doc.add_heading(f"2.{n} {m['title']}", level=3)
        for lab, val in (("Delmål", ", ".join(m["delmal"])), ("Type", m["type"]),
                         ("Ansvarlig", m["responsible"]), ("Partnere", join_no(m["partners"])),
                         ("Tidsrom", m["period"]), ("Beskrivelse", m["description"])):
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(1)
            r = p.add_run(lab + ": ")
            r.bold = True
            r.font.color.rgb = RGBColor(0x00, 0x5A, 0x70)
            p.add_run(val)
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 20. desember 2019 – Virke, avdeling kompetanse og arbeidsliv")
    doc.save(out)
