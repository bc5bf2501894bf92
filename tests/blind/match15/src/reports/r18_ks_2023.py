"""KS 2023 - docx. Table with the columns in a different order
(Navn på tiltak | Kort om tiltaket | Målområde | Hvem | Varighet) followed by
an 'Andre tiltak' section: bullets with no delmål."""
import os

from docx.shared import Pt

from ..common import (M, docx_base, set_margins, shade, repeat_header, set_col_widths, cell_text, add_runs,
                      footer_text, header_text)

REPORTER = "KS"
YEAR = 2023
FILENAME = "KS_oppfolging_kompetansepolitikk_2023.docx"

MEASURES = [
    M("T05", "Bransjeprogram helse og omsorg", ["2.1", "2.4"], "Kurs/utdanning", "KS",
      ["Fagforbundet", "NSF", "Delta", "HK-dir"], "2019–2024",
      "Programmet er videreført for 2023 med nye moduler i velferdsteknologi og demensomsorg. KS leder programmet "
      "sammen med arbeidstakerorganisasjonene.",
      x={"mo": "2.1 / 2.4", "hvem": "KS (ansvarlig), Fagforbundet, NSF, Delta, HK-dir"}),
    M("T48", "Kommunesektorens arbeidslivsmonitor – ny utgave", ["2.2"], "FoU", "KS", [], "Årlig",
      "Ny utgave ble publisert i mai 2023, med analyser av rekrutteringsutfordringer og behov for kompetanse i "
      "helse og omsorg og i oppvekst.",
      x={"mo": "2.2", "hvem": "KS"}),
    M("T49", "KS Læring", ["2.1"], "Informasjon", "KS", ["kommunene"], "Løpende",
      "Plattformen er videreutviklet med kurskatalog for alle kommuner og en egen del for lærlinger.",
      x={"mo": "2.1", "hvem": "KS, kommunene"}),
    M("T03", "Samfunnskontrakten for flere læreplasser (2022–2026)", ["2.3"], "Råd/utvalg/nettverk", "KS",
      ["regjeringen", "partene"], "2022–2026",
      "KS følger opp kontrakten blant annet gjennom lærlingløftet i kommunene og årlig statistikk over lærlinger "
      "per innbygger.",
      x={"mo": "2.3", "hvem": "KS, regjeringen, partene"}),
    M("T50", "Menn i helse", ["3.3"], "Prosjekt", "KS", ["NAV", "fylkeskommunene", "kommunene"],
      "Fra 2011, løpende",
      "Programmet er nå etablert i alle fylker og er gjort permanent med finansiering over statsbudsjettet.",
      x={"mo": "3.3", "hvem": "KS (ansvarlig), NAV, fylkeskommunene, kommunene"}),
    M("T53", "Program for heltidskultur", [], "Prosjekt", "KS", ["Fagforbundet", "Delta", "NSF"], "2022–2025",
      "KS, Fagforbundet, Delta og NSF samarbeider om et program som skal bidra til flere hele stillinger i "
      "kommunene. Hele stillinger gir bedre muligheter for kompetanseutvikling for den enkelte.",
      x={"andre": True}),
]


def build(outdir, tmpdir):
    doc = docx_base("Calibri", 10.5)
    sec = doc.sections[0]
    set_margins(sec, 2.0, 2.0)
    header_text(sec, "KS – Kommunesektorens organisasjon")
    footer_text(sec, "Oppfølging av kompetansepolitikken 2023")

    p = doc.add_paragraph()
    add_runs(p, [("KS – oppfølging av kompetansepolitikken 2023", "b")], size=16)
    p = doc.add_paragraph()
    add_runs(p, [("Rapport til Kompetansepolitisk råd", "i")], size=11)
    doc.add_paragraph(
        "Kommunesektoren står overfor store rekrutteringsutfordringer, særlig i helse og omsorg. KS prioriterer "
        "derfor tiltak som gjør det lettere for ansatte å utvikle kompetansen sin og ta fagbrev eller "
        "videreutdanning. Målområde viser til delmålene i Nasjonal kompetansepolitisk strategi, som fortsatt "
        "brukes som ramme for rapporteringen.")
    hdr = ["Navn på tiltak", "Kort om tiltaket", "Målområde", "Hvem", "Varighet"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9.5)
        shade(t.rows[0].cells[i], "FCE4D6")
    repeat_header(t.rows[0])
    for m in MEASURES:
        if m.get("andre"):
            continue
        r = t.add_row()
        vals = [m.title, m.description, m.get("mo"), m.get("hvem"), m.period]
        for i, v in enumerate(vals):
            cell_text(r.cells[i], v, size=9.5)
    set_col_widths(t, [3.8, 6.6, 1.7, 3.3, 1.9])
    doc.add_paragraph()
    doc.add_heading("Andre tiltak", level=2)
    for m in MEASURES:
        if not m.get("andre"):
            continue
        q = doc.add_paragraph(style="List Bullet")
        add_runs(q, [(m.title, "b"), (f" ({m.period}) – " + m.description, "")])
    doc.add_paragraph()
    doc.add_paragraph("KS, februar 2024")
    doc.save(os.path.join(outdir, FILENAME))
