"""LO 2021: report ordered by area and delmål headings; a measure serving two delmål is listed under both
headings (full text at first occurrence, a cross-reference at the second)."""
from docx import Document
from docx.shared import Pt
from common import join_no
from data import DELMAL_SHORT, CODES

MAKER = "python-docx"
LAYOUT = "area → delmål headings, measures under each; multi-delmål measures listed twice"
PRINTS = {"responsible", "partners", "period", "description", "type"}
AREAS = {"1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
         "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
         "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}


def build(spec, out, builddir):
    doc = Document()
    doc.styles["Normal"].font.name = "Verdana"
    doc.styles["Normal"].font.size = Pt(9.5)
    doc.sections[0].header.paragraphs[0].text = "LO – Landsorganisasjonen i Norge"
    doc.sections[0].footer.paragraphs[0].text = "LOs rapportering til Kompetansepolitisk råd 2021"
    doc.add_heading("Rapportering 2021: LOs oppfølging av kompetansestrategien", level=0)
    doc.add_paragraph("Tiltakene er ordnet etter strategiens delmål. Et tiltak som følger opp flere delmål, "
                      "er omtalt under det første og nevnt med henvisning under de andre.")
    seen = {}
    area = None
    for code in CODES:
        ms = [m for m in spec["measures"] if code in m["delmal"]]
        if not ms:
            continue
        if code[0] != area:
            area = code[0]
            doc.add_heading(AREAS[area], level=1)
        doc.add_heading(f"Delmål {code} {DELMAL_SHORT[code]}", level=2)
        for m in ms:
            doc.add_heading(m["title"], level=3)
            if m["key"] in seen:
                doc.add_paragraph(f"Tiltaket følger også opp dette delmålet. Se omtale under delmål {seen[m['key']]}.")
                continue
            seen[m["key"]] = code
            for lab, val in (("Type", m["type"]), ("Ansvarlig", m["responsible"]),
                             ("Samarbeid", join_no(m["partners"])), ("Tid", m["period"])):
                if val:
                    p = doc.add_paragraph()
                    p.paragraph_format.space_after = Pt(0)
                    p.add_run(lab + ": ").bold = True
                    p.add_run(val)
            p = doc.add_paragraph()
            p.add_run("Om tiltaket: ").bold = True
            p.add_run(m["description"])
    doc.save(out)
