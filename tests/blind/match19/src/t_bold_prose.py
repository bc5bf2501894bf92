"""VOFO 2020: annual-report chapter; measures are bold names inside running paragraphs with the delmål in brackets.
Written with python-docx and rendered to PDF by LibreOffice."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import soffice_pdf, page_x_of_y

MAKER = "python-docx → LibreOffice PDF"
LAYOUT = "running prose, measure names in bold with (delmål x.y) after them"
PRINTS = {"description"}
LEADS = ["Innenfor Kompetansepluss-ordningen har vi i år arbeidet med ",
         "Et annet tiltak på samme område er ",
         "På regelverksområdet rapporterer vi tiltaket ",
         "For å nå nye grupper har studieforbundene deltatt i tiltaket ",
         "Til slutt vil vi nevne forskningsprosjektet "]


def build(spec, out, builddir):
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(11.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(3)
    sec.header.paragraphs[0].text = "VOFO – Voksenopplæringsforbundet · Årsrapport 2020"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(fp)
    doc.add_heading("4 Kompetansepolitikk og oppfølging av kompetansestrategien", level=1)
    doc.add_paragraph("VOFO representerer frivilligheten i Kompetansepolitisk råd. Studieforbundene når hvert år "
                      "flere hundre tusen voksne, og mange av dem har lite formell utdanning. Koronaåret 2020 ga "
                      "færre kurstimer, men mange studieforbund la om til digitale kurs. Nedenfor omtaler vi "
                      "tiltakene som følger opp strategien; delmålene står i parentes.")
    for lead, m in zip(LEADS, spec["measures"]):
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(0.6)
        p.add_run(lead)
        p.add_run(m["title"]).bold = True
        codes = m["delmal"]
        ref = "delmål " + codes[0] if len(codes) == 1 else "delmål " + " og ".join(codes)
        p.add_run(f" ({ref}). " + m["description"])
    doc.add_paragraph("Arbeidet videreføres i 2021 i samarbeid med studieforbundene og Kompetanse Norge.")
    tmp = os.path.join(builddir, os.path.basename(out).replace(".pdf", ".docx"))
    doc.save(tmp)
    soffice_pdf(tmp, out, builddir)
