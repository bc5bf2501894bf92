"""NHO 2023: landscape table, a row per measure, header repeated; delmål written as "delmål 1.2 og 3.1";
note marks on some titles with the notes under the table."""
from .. import docx_util as D

SUP = "¹²³⁴⁵⁶"


def build(rep, out):
    doc = D.new_document(font="Arial", size=9.5, landscape=True, margins_cm=1.8)
    sec = doc.sections[0]
    D.header_text(sec, "NHO · Næringslivets Hovedorganisasjon")
    D.footer_text(sec, "NHOs rapport til Kompetansepolitisk råd 2023")
    D.para(doc, "NHOs rapport til Kompetansepolitisk råd 2023", bold=True, size=16, color="003366")
    D.para(doc, "Strategiperioden for Nasjonal kompetansepolitisk strategi er over, men rådet har bedt medlemmene "
                "om å rapportere videre etter de samme delmålene. Tabellen viser NHOs tiltak i 2023.")
    cols = ["Tiltak", "Bidrar til", "Hva gjør vi", "Ansvar", "Sammen med", "Tidsrom"]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        D.cell_write(c, h, bold=True, size=9.5, color="FFFFFF")
        D.shade(c, "003366")
    D.repeat_header(t.rows[0])
    notes = []
    for r in rep["rows"]:
        c = t.add_row().cells
        p = D.cell_write(c[0], r["title"], bold=True, size=9.5)
        if r.get("fn"):
            notes.append(r["fn"])
            D.run(p, str(len(notes)), superscript=True, size=9.5)
        D.cell_write(c[1], r["dm"], size=9.5)
        D.cell_write(c[2], r["description"], size=9.5)
        D.cell_write(c[3], r["responsible"], size=9.5)
        D.cell_write(c[4], ", ".join(r["partners"]), size=9.5)
        D.cell_write(c[5], r["period"], size=9.5)
    D.set_widths(t, [5.2, 3.0, 9.0, 3.2, 3.6, 2.1])
    D.para(doc, "")
    for i, n in enumerate(notes, 1):
        p = D.para(doc, space_after=1)
        D.run(p, str(i), superscript=True, size=8)
        D.run(p, " " + n, size=8)
    D.para(doc, "")
    D.para(doc, "NHO mener rådet fremover bør prioritere tiltak som gjør det lettere for voksne å ta fagbrev, og at "
                "bransjeprogrammene videreføres med en forutsigbar finansiering. Landsforeningene rapporterer egne "
                "bransjetiltak direkte til NHO og er ikke tatt med her.", size=9.5)
    doc.save(out)
