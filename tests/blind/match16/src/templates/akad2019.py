"""Akademikerne 2019: one four-column card table per measure. The title is a merged, shaded row across all
columns; facts sit in label/value pairs side by side; period and description rows merge three columns."""
from .. import docx_util as D

TYPE_WORDS = {"FoU": "FoU/rapport", "Kurs/utdanning": "Kurs", "Råd/utvalg/nettverk": "Råd/utvalg/nettverk",
              "Prosjekt": "Prosjekt", "Informasjon": "Informasjon", "Arrangement": "Arrangement"}


def build(rep, out):
    doc = D.new_document(font="Calibri", size=10.5)
    sec = doc.sections[0]
    D.footer_text(sec, "Akademikerne · Rapportering 2019")
    D.para(doc, "AKADEMIKERNE", bold=True, size=12, color="7F6000")
    D.para(doc, "Rapportering til Kompetansepolitisk råd – 2019", bold=True, size=16)
    D.para(doc, "Akademikerne er hovedorganisasjonen for arbeidstakere med høyere utdanning. Nedenfor er hvert "
                "tiltak beskrevet i et eget skjema. Flere av tiltakene gjennomføres av medlemsforeningene.")
    for r in rep["rows"]:
        t = doc.add_table(rows=5, cols=4)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 3))
        D.cell_write(top, r["title"], bold=True, size=11, color="FFFFFF")
        D.shade(top, "7F6000")
        pairs = [(1, "Delmål", r["dm"], "Tiltakstype", TYPE_WORDS[r["type"]]),
                 (2, "Ansvar", r["responsible"], "Samarbeid med", ", ".join(r["partners"]))]
        for ri, l1, v1, l2, v2 in pairs:
            D.cell_write(t.cell(ri, 0), l1, bold=True, size=9); D.shade(t.cell(ri, 0), "FFF2CC")
            D.cell_write(t.cell(ri, 1), v1, size=9.5)
            D.cell_write(t.cell(ri, 2), l2, bold=True, size=9); D.shade(t.cell(ri, 2), "FFF2CC")
            D.cell_write(t.cell(ri, 3), v2, size=9.5)
        for ri, lab, val in ((3, "Tidsrom", r["period"]), (4, "Om tiltaket", r["description"])):
            D.cell_write(t.cell(ri, 0), lab, bold=True, size=9); D.shade(t.cell(ri, 0), "FFF2CC")
            m = t.cell(ri, 1).merge(t.cell(ri, 3))
            D.cell_write(m, val, size=9.5)
        for row in t.rows:
            D.cant_split(row)
        D.set_widths(t, [2.8, 5.4, 3.0, 5.4])
        D.para(doc, "")
    D.para(doc, "Rapportene fra Econa, Tekna og Samfunnsviterne kan fås ved henvendelse til sekretariatet.",
           italic=True, size=9)
    doc.save(out)
