"""Møre og Romsdal 2020 (nynorsk): one form table per measure with nynorsk labels, two forms per page."""
from .. import docx_util as D

TYPE_WORDS = {"FoU": "FoU", "Kurs/utdanning": "Kurs/utdanning", "Råd/utvalg/nettverk": "Råd/utval/nettverk",
              "Prosjekt": "Prosjekt", "Informasjon": "Informasjon", "Arrangement": "Arrangement"}


def build(rep, out):
    doc = D.new_document(font="Calibri", size=10.5)
    sec = doc.sections[0]
    D.header_text(sec, "Møre og Romsdal fylkeskommune – Kompetanse- og næringsavdelinga")
    D.footer_text(sec, "Rapportering NKPS 2020")
    D.para(doc, "Rapportering frå Møre og Romsdal fylkeskommune", bold=True, size=16, color="1F6E43")
    D.para(doc, "Nasjonal kompetansepolitisk strategi – tiltak 2020", size=12)
    D.para(doc, "Fylkeskommunen har fått fleire kompetansepolitiske oppgåver gjennom regionreforma. Under er tiltaka "
                "vi rapporterer for 2020, eitt skjema per tiltak.")
    labels = ["Namn på tiltaket", "Delmål i strategien", "Ansvarleg", "Samarbeider med", "Type tiltak",
              "Kva går tiltaket ut på?", "Tidsperiode"]
    for i, r in enumerate(rep["rows"], 1):
        vals = [r["title"], r["dm"], r["responsible"], ", ".join(r["partners"]), TYPE_WORDS[r["type"]],
                r["description"], r["period"]]
        t = doc.add_table(rows=len(labels), cols=2)
        t.style = "Table Grid"
        for row, lab, val in zip(t.rows, labels, vals):
            D.cell_write(row.cells[0], lab, bold=True, size=9.5)
            D.shade(row.cells[0], "E2EFDA")
            D.cell_write(row.cells[1], val, size=10, bold=(lab == labels[0]))
            D.cant_split(row)
        D.set_widths(t, [4.6, 12.0])
        if i % 2 == 0 and i < len(rep["rows"]):
            D.page_break(doc)
        else:
            D.para(doc, "")
    doc.save(out)
