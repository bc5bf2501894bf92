"""HK-dir 2025: report in English from the international section; numbered 'Measure n:' headings."""
from docx import Document
from docx.shared import Pt, RGBColor
from common import join_no

MAKER = "python-docx"
LAYOUT = "English report, 'Measure n: <title>' headings with English field labels"
PRINTS = {"responsible", "partners", "period", "description", "type"}
TYPE_EN = {"Arrangement": "Event", "FoU": "Research and development (R&D)", "Informasjon": "Information",
           "Kurs/utdanning": "Course/education", "Råd/utvalg/nettverk": "Council/committee/network",
           "Prosjekt": "Project"}


def build(spec, out, builddir):
    doc = Document()
    doc.styles["Normal"].font.name = "Segoe UI"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "HK-dir | Directorate for Higher Education and Skills | Section for International Cooperation"
    sec.footer.paragraphs[0].text = "Report to the Skills Policy Council (Kompetansepolitisk råd) 2025 – English version"
    doc.add_heading("Follow-up of the National Skills Policy Strategy: HK-dir report 2025", level=0)
    doc.add_paragraph("This English version has been prepared for our Nordic and European partners. "
                      "Sub-goals refer to the numbered sub-goals (delmål) of the strategy. The Norwegian "
                      "version is the authoritative one.")
    for n, m in enumerate(spec["measures"], 1):
        h = doc.add_heading(f"Measure {n}: {m['title']}", level=2)
        for lab, val in (("Sub-goal(s)", ", ".join(m["delmal"])), ("Type", TYPE_EN[m["type"]]),
                         ("Responsible", m["responsible"]), ("Partners", join_no(m["partners"], " and ")),
                         ("Timeframe", m["period"]), ("Summary", m["description"])):
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(1)
            r = p.add_run(lab + ": ")
            r.bold = True
            r.font.color.rgb = RGBColor(0x00, 0x3D, 0x6B)
            p.add_run(val)
    doc.add_paragraph()
    doc.add_paragraph("Contact: international@hkdir.no")
    doc.save(out)
