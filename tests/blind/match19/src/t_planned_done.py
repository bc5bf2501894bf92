"""NHO 2022: sections 'Gjennomførte tiltak' / 'Pågående tiltak' / 'Planlagte tiltak' with status words."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_TAB_ALIGNMENT
from common import join_no, page_x_of_y

MAKER = "python-docx"
LAYOUT = "measures split into Gjennomførte / Pågående / Planlagte sections, status word right-aligned"
PRINTS = {"responsible", "partners", "period", "description", "type"}
SECTIONS = [("Avsluttet", "1 Gjennomførte tiltak"), ("Pågår", "2 Pågående tiltak"), ("Planlagt", "3 Planlagte tiltak")]
VIRK = {"Informasjon": "Informasjon/kampanje", "Råd/utvalg/nettverk": "Råd/utvalg/nettverk",
        "Kurs/utdanning": "Kurs/utdanning", "FoU": "FoU", "Prosjekt": "Prosjekt", "Arrangement": "Arrangement"}


def build(spec, out, builddir):
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "NHO | Kompetanse og utdanning"
    page_x_of_y(sec.footer.paragraphs[0])
    doc.add_heading("Statusrapport 2022 – NHOs tiltak i Nasjonal kompetansepolitisk strategi", level=1)
    doc.add_paragraph("Strategiperioden 2017–2021 er over, men partene og regjeringen har videreført "
                      "rapporteringen. Tiltakene er delt inn etter status ved utgangen av 2022.")
    for status, heading in SECTIONS:
        ms = [m for m in spec["measures"] if m["extra"]["status"] == status]
        if not ms:
            continue
        doc.add_heading(heading, level=2)
        for m in ms:
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
            r = p.add_run(m["title"])
            r.bold = True
            r.font.size = Pt(12)
            r2 = p.add_run("\t" + status.upper())
            r2.font.size = Pt(9)
            r2.font.color.rgb = RGBColor(0x8B, 0x00, 0x00) if status == "Planlagt" else RGBColor(0x20, 0x60, 0x20)
            for lab, val in (("Delmål", ", ".join(m["delmal"])), ("Virkemiddel", VIRK[m["type"]]),
                             ("Eier", m["responsible"]), ("I samarbeid med", join_no(m["partners"]) or "–"),
                             ("Varighet", m["period"]), ("Innhold", m["description"])):
                q = doc.add_paragraph()
                q.paragraph_format.space_after = Pt(0)
                q.paragraph_format.left_indent = Cm(0.5)
                q.add_run(lab + ": ").italic = True
                q.add_run(val)
    doc.save(out)
