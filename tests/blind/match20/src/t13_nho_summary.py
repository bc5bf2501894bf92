"""NHO 2021: preface, executive summary naming measures in passing, then the real list."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_BREAK
from .common import set_doc_font, join_no, codes


def build(spec, out):
    doc = Document()
    set_doc_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.footer.paragraphs[0].text = "Næringslivets Hovedorganisasjon – rapport 2021"
    p = doc.add_paragraph(); r = p.add_run("Kompetanse for omstilling"); r.bold = True; r.font.size = Pt(26)
    p = doc.add_paragraph(); r = p.add_run("NHOs rapport om oppfølgingen av Nasjonal kompetansepolitisk strategi 2021"); r.font.size = Pt(14)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Forord", level=1)
    doc.add_paragraph("Pandemien har vist hvor raskt kompetansebehovene kan endre seg. Samtidig har samarbeidet "
                      "mellom partene og myndighetene aldri vært tettere. Denne rapporten beskriver NHOs bidrag i 2021.")
    doc.add_paragraph("Oslo, desember 2021")
    doc.add_heading("Sammendrag", level=1)
    doc.add_paragraph("NHO har i 2021 videreført Jenter og teknologi, deltatt aktivt i bransjeprogrammene og fulgt "
                      "Samfunnskontrakten for flere læreplasser fram mot en ny avtale. Mange medlemsbedrifter har tatt i "
                      "bruk Fagbrev på jobb, og NHO har støttet fylkeskommunenes arbeid med BIO-midler. Vi ser fortsatt "
                      "et stort behov for fagarbeidere, og vil prioritere dette også i 2022.")
    doc.add_paragraph("Sammendraget omtaler også ordninger som NHO ikke selv rapporterer som tiltak. Den fullstendige "
                      "oversikten over NHOs tiltak står i kapitlet «Tiltak 2021».")
    doc.add_heading("Tiltak 2021", level=1)
    for m in spec["measures"]:
        doc.add_heading(m["title"], level=2)
        bits = [f"Delmål: {codes(m['delmal'])}", f"Type: {m['type']}", f"Ansvarlig: {m['responsible']}"]
        if m["partners"]:
            bits.append(f"Partnere: {join_no(m['partners'])}")
        bits.append(f"Periode: {m['period']}")
        q = doc.add_paragraph("; ".join(bits)); q.runs[0].font.size = Pt(9.5); q.runs[0].font.color.rgb = RGBColor(0x40, 0x40, 0x40)
        doc.add_paragraph(m["description"])
    doc.add_heading("Veien videre", level=1)
    doc.add_paragraph("NHO vil i 2022 prioritere en ny samfunnskontrakt og et sterkere partssamarbeid om etter- og videreutdanning.")
    doc.save(out)
