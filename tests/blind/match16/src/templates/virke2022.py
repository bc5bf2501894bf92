"""Virke 2022: label/answer pairs as paragraphs (bold label, colon, answer), separated by rules; an
"Øvrige tiltak" section lists measures without delmål as bullets (bold title, colon, text)."""
from .. import docx_util as D


def build(rep, out):
    doc = D.new_document(font="Calibri", size=11)
    sec = doc.sections[0]
    D.footer_text(sec, "Virke – Hovedorganisasjonen · NKPS-rapport 2022")
    D.para(doc, "Virke", bold=True, size=20, color="E36C0A")
    D.para(doc, "Virkes innspill til rapporteringen i Kompetansepolitisk råd 2022", bold=True, size=13)
    D.para(doc, "Virke organiserer over 25 000 virksomheter i handel, tjenesteyting og ideell sektor. Vi "
                "rapporterer her på tiltak som Virke eier eller deltar aktivt i.")
    main = [r for r in rep["rows"] if not r.get("other")]
    other = [r for r in rep["rows"] if r.get("other")]
    for r in main:
        D.hr(doc)
        for lab, val in (("Tiltak", r["title"]), ("Knyttet til", r["dm"]), ("Ansvarlig", r["responsible"]),
                         ("Med", ", ".join(r["partners"])), ("Hva", r["description"]), ("Når", r["period"])):
            p = D.para(doc, space_after=2)
            D.run(p, lab + ": ", bold=True)
            D.run(p, val, bold=(lab == "Tiltak"))
    D.hr(doc)
    D.para(doc, "Øvrige tiltak", bold=True, size=13, color="E36C0A")
    for r in other:
        p = doc.add_paragraph(style="List Bullet")
        D.run(p, r["title"] + ":", bold=True)
        D.run(p, " " + r["description"])
    doc.save(out)
