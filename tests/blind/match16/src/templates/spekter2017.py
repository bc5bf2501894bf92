"""Spekter 2017: numbered list of reporting points, then one form per measure with four numbered headings.
Written in Word: the period paragraphs use Word's automatic list numbering, which continues from the list of
reporting points and leaks into the rendered PDF ("6. En dag i september ...")."""
from docx.shared import Pt, Cm

from .. import docx_util as D
from ..data import dm_old


def relation(codes, i):
    s = dm_old(codes)
    return f"Knyttes til strategiens tiltak nr{'.' if i % 2 else ''} {s}."


def build(rep, out):
    doc = D.new_document(font="Calibri", size=11)
    sec = doc.sections[0]
    D.footer_text(sec, "Spekter – rapportering NKPS 2017")
    D.para(doc, "Spekter", bold=True, size=20, color="1F4E79")
    D.para(doc, "Rapportering til Kompetansepolitisk råd – oppfølging av Nasjonal kompetansepolitisk strategi",
           bold=True, size=14)
    D.para(doc, "Oslo, 20. oktober 2017", italic=True, size=10)
    D.para(doc, "Spekter viser til brev fra Kunnskapsdepartementet om rapportering fra medlemmene i "
                "Kompetansepolitisk råd. Nedenfor følger en oversikt over de tiltakene Spekter har satt i gang "
                "eller deltar i, og deretter ett skjema per tiltak slik malen legger opp til.")
    D.para(doc, "Tiltak Spekter rapporterer på:", bold=True)
    for i, r in enumerate(rep["rows"]):
        doc.add_paragraph(r["title"], style="List Number")
        p = D.para(doc, relation(r["delmal"], i))
        p.paragraph_format.left_indent = Cm(0.63)
    for i, r in enumerate(rep["rows"]):
        D.page_break(doc)
        D.para(doc, "1. Tiltaket og koblingen til strategien", bold=True)
        p = D.para(doc, r["title"]); p.paragraph_format.left_indent = Cm(0.63)
        p = D.para(doc, relation(r["delmal"], i)); p.paragraph_format.left_indent = Cm(0.63)
        D.para(doc, "2. Hvem er ansvarlig, og hvem samarbeider vi med?", bold=True)
        p = D.para(doc, r["resp_text"]); p.paragraph_format.left_indent = Cm(0.63)
        D.para(doc, "3. Hva går tiltaket ut på? (inntil en halv side)", bold=True)
        p = D.para(doc, r["description"]); p.paragraph_format.left_indent = Cm(0.63)
        D.para(doc, "4. Når og hvor lenge?", bold=True)
        doc.add_paragraph(r["period"], style="List Number")
    D.save_via_soffice(doc, out)
