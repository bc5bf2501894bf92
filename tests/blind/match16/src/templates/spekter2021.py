"""Spekter 2021: one table with a row per measure; columns in the order Delmål | Tiltak og beskrivelse |
Samarbeid | Når. Title and description share a cell (bold first paragraph)."""
from .. import docx_util as D


def build(rep, out):
    doc = D.new_document(font="Calibri", size=10.5)
    sec = doc.sections[0]
    D.footer_text(sec, "Spekter – Rapport NKPS 2021")
    D.para(doc, "Spekter", bold=True, size=18, color="1F4E79")
    D.para(doc, "Rapport til Kompetansepolitisk råd for 2021", bold=True, size=13)
    D.para(doc, "Spekter er ansvarlig for tiltakene nedenfor dersom ikke annet er nevnt i beskrivelsen. Flere "
                "av tiltakene er videreført fra tidligere års rapporter.")
    cols = ["Delmål", "Tiltak og beskrivelse", "Samarbeid", "Når"]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        D.cell_write(c, h, bold=True, size=10, color="FFFFFF")
        D.shade(c, "1F4E79")
    D.repeat_header(t.rows[0])
    for r in rep["rows"]:
        cells = t.add_row().cells
        D.cell_write(cells[0], r["dm"], size=10, align="center")
        D.cell_write(cells[1], r["title"], bold=True, size=10)
        D.cell_add(cells[1], r["description"], size=10)
        D.cell_write(cells[2], ", ".join(r["partners"]), size=10)
        D.cell_write(cells[3], r["period"], size=10)
    D.set_widths(t, [1.8, 9.2, 3.4, 2.6])
    D.para(doc, "")
    D.para(doc, "Pandemien har preget arbeidet i 2021, og flere av Spekters møteplasser er gjennomført digitalt. "
                "Spekter vil i 2022 legge vekt på rekruttering av fagarbeidere til helseforetakene og på "
                "oppfølgingen av en ny samfunnskontrakt for flere læreplasser.", size=10)
    doc.save(out)
