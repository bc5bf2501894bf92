"""LO 2024: two parts; numbered headings per measure (note marks in some headings), label lines with delmål
as code plus old number, a status line, then the description. Notes collected at the end."""
from .. import docx_util as D


def build(rep, out):
    doc = D.new_document(font="Arial", size=10.5)
    D.heading_color(doc, "Heading 1", "C00000")
    D.heading_color(doc, "Heading 2", "7F0000")
    sec = doc.sections[0]
    D.footer_text(sec, "LO · Kompetansepolitisk rapport 2024")
    D.para(doc, "LO – Landsorganisasjonen i Norge", bold=True, size=11, color="C00000")
    D.para(doc, "Kompetansepolitisk rapport 2024", bold=True, size=20)
    D.para(doc, "Rapport til Kompetansepolitisk råd om LOs tiltak i 2024. LO følger fortsatt opp delmålene fra "
                "Nasjonal kompetansepolitisk strategi, og vi oppgir både dagens delmål og det gamle "
                "tiltaksnummeret fra strategien slik rådet har bedt om.")
    main = [r for r in rep["rows"] if not r.get("other")]
    other = [r for r in rep["rows"] if r.get("other")]
    notes = []
    n = 0
    for part, rows in (("Del A – Tiltak knyttet til delmålene", main), ("Del B – Andre tiltak", other)):
        doc.add_heading(part, level=1)
        for r in rows:
            n += 1
            h = doc.add_heading(f"{n} {r['title']}", level=2)
            if r.get("fn"):
                notes.append(r["fn"])
                D.run(h, str(len(notes)), superscript=True)
            lines = []
            if r["delmal"]:
                lines.append(("Delmål", r["dm"]))
            lines += [("Ansvar", r["responsible"]), ("Samarbeid", ", ".join(r["partners"])),
                      ("Periode", r["period"]), ("Status", r["status"])]
            for lab, val in lines:
                p = D.para(doc, space_after=0)
                D.run(p, lab + ": ", bold=True, size=9.5)
                D.run(p, val, size=9.5)
            D.para(doc, r["description"])
    doc.add_heading("Noter", level=1)
    for i, t in enumerate(notes, 1):
        p = D.para(doc, space_after=1)
        D.run(p, str(i), superscript=True, size=9)
        D.run(p, " " + t, size=9)
    doc.save(out)
