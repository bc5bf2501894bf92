"""KS 2017: board minutes; measures are numbered decision points under 'Sak 12/17'."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import join_no, page_x_of_y
from data import old_nr

MAKER = "python-docx"
LAYOUT = "board minutes, measures as decision points 'Vedtakspunkt 12.n: …' (old NKPS numbers)"
PRINTS = {"responsible", "partners", "period", "description"}


def build(spec, out, builddir):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "KS – Kommunesektorens organisasjon\tProtokoll styremøte 6/2017"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(fp)

    doc.add_heading("Protokoll fra styremøte 6/2017", level=1)
    doc.add_paragraph("Tid: 14. september 2017 kl. 09.00–13.30\nSted: Haakon VIIs gate 9, Oslo")
    doc.add_paragraph("Til stede: styreleder, nestleder og seks styremedlemmer. "
                      "Fra administrasjonen: administrerende direktør og områdedirektør for arbeidsgiverpolitikk.")
    doc.add_heading("Sak 10/17 Godkjenning av innkalling og dagsorden", level=2)
    doc.add_paragraph("Vedtak: Innkalling og dagsorden godkjennes.")
    doc.add_heading("Sak 11/17 Referatsaker", level=2)
    doc.add_paragraph("Vedtak: Referatsakene tas til orientering.")
    doc.add_heading("Sak 12/17: Rapportering til Kompetansepolitisk råd", level=2)
    p = doc.add_paragraph()
    p.add_run("Saksframstilling: ").bold = True
    p.add_run("Nasjonal kompetansepolitisk strategi ble signert 3. februar 2017. Rådsmedlemmene skal hvert år "
              "rapportere hvilke tiltak de gjennomfører for å følge opp strategien. Administrasjonen har "
              "gått gjennom KS' arbeid og foreslår at følgende tiltak rapporteres, med henvisning til "
              "strategiens nummererte tiltak (1–16).")
    p = doc.add_paragraph()
    p.add_run("Vedtak:").bold = True
    doc.add_paragraph("Styret slutter seg til at KS rapporterer følgende tiltak for 2017:")
    for i, m in enumerate(spec["measures"], 1):
        nrs = [str(old_nr(c)) for c in m["delmal"]]
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.add_run(f"Vedtakspunkt 12.{i}: ")
        p.add_run(m["title"]).bold = True
        p.add_run(f" (jf. strategiens tiltak nr. {join_no(nrs)})")
        for lab, val in (("Ansvar", m["responsible"]), ("Med", join_no(m["partners"]) or "–"),
                         ("Tidsrom", m["period"]), ("Begrunnelse", m["description"])):
            q = doc.add_paragraph()
            q.paragraph_format.left_indent = Cm(1.2)
            q.paragraph_format.space_after = Pt(0)
            r = q.add_run(lab + ": ")
            r.italic = True
            q.add_run(val)
    doc.add_paragraph("Vedtaket var enstemmig.").paragraph_format.space_before = Pt(8)
    doc.add_heading("Sak 13/17 Eventuelt", level=2)
    doc.add_paragraph("Ingen saker.")
    q = doc.add_paragraph("Protokollen godkjent 20. september 2017.")
    q.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    doc.save(out)
