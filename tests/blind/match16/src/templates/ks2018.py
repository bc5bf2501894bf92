"""KS 2018: one two-column form table (label | answer) per measure."""
from .. import docx_util as D

TYPE_WORDS = {"FoU": "Forskning og utvikling (FoU)", "Kurs/utdanning": "Kurs/utdanning",
              "Råd/utvalg/nettverk": "Råd/utvalg/ nettverk", "Prosjekt": "Prosjekt",
              "Informasjon": "Informasjon", "Arrangement": "Arrangement"}


def build(rep, out):
    doc = D.new_document(font="Calibri", size=11)
    sec = doc.sections[0]
    D.header_text(sec, "KS – Kommunesektorens organisasjon")
    D.footer_text(sec, "KS' rapportering 2018")
    D.para(doc, "KS' rapportering til Kompetansepolitisk råd 2018", bold=True, size=16, color="00607A")
    D.para(doc, "Oppfølging av Nasjonal kompetansepolitisk strategi 2017–2021", size=12)
    D.para(doc, "KS har fylt ut rapporteringsmalen for hvert tiltak. Tiltakene er dels egne KS-tiltak og dels "
                "samarbeid der KS deltar sammen med andre medlemmer av rådet.")
    D.para(doc, "Kommunesektoren sysselsetter om lag en femdel av alle arbeidstakere i Norge. KS' arbeid med "
                "kompetanse skjer både som arbeidsgiverorganisasjon, som interesseorganisasjon for kommunene og "
                "gjennom KS' FoU-program. Tiltakene under er et utvalg av det KS har arbeidet med i 2018.")
    labels = ["Navn på tiltak", "Relasjon til delmål", "Ansvarlig", "Samarbeidspartnere", "Type tiltak",
              "Beskrivelse", "Tidspunkt og varighet"]
    for i, r in enumerate(rep["rows"], 1):
        D.para(doc, f"Tiltak {i}", bold=True, size=10, color="00607A")
        vals = [r["title"], r["dm"], r["responsible"], ", ".join(r["partners"]) or "–", TYPE_WORDS[r["type"]],
                r["description"], r["period"]]
        t = doc.add_table(rows=len(labels), cols=2)
        t.style = "Table Grid"
        for row, lab, val in zip(t.rows, labels, vals):
            D.cell_write(row.cells[0], lab, bold=True, size=10)
            D.shade(row.cells[0], "DEEAF1")
            D.cell_write(row.cells[1], val, size=10, bold=(lab == "Navn på tiltak"))
            D.cant_split(row)
        D.set_widths(t, [4.3, 12.3])
        D.para(doc, "")
    doc.save(out)
