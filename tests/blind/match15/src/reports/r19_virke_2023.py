"""Virke 2023 - docx with the body set in two newspaper columns. One heading
per measure, a line of bold labels (Innsats / Type / Ansvar / Partnere /
Periode) and the text; an 'Øvrige tiltak' section without delmål."""
import os

from docx.shared import Pt
from docx.enum.section import WD_SECTION

from ..common import (M, docx_base, set_margins, add_runs, footer_text, header_text, set_columns)

REPORTER = "Virke"
YEAR = 2023
FILENAME = "Virke_rapport_kompetansepolitisk_rad_2023.docx"

MEASURES = [
    M("T06", "Bransjeprogram for varehandelen", ["2.1", "2.4"], "Kurs/utdanning", "Virke",
      ["Handel og Kontor i Norge", "NHO Service og Handel", "HK-dir"], "2020–2024",
      "Programmet gir ansatte i butikk, netthandel og lager korte, fleksible utdanningstilbud i blant annet "
      "digital handel, salg og logistikk. Over 4000 deltakere har tatt ett eller flere tilbud siden oppstarten.",
      x={"inn": "delmål 2.1 og 2.4"}),
    M("T03", "Samfunnskontrakten 2022–2026", ["2.3"], "Råd/utvalg/nettverk", "Regjeringen og partene", [],
      "2022–2026",
      "Virke har signert kontrakten og oppfordrer medlemsvirksomhetene til å ta inn lærlinger, særlig i salgsfaget "
      "og i helse- og oppvekstfag i ideell sektor.",
      x={"inn": "delmål 2.3"}),
    M("T35", "Balansekunst – dokumentasjon av kompetanse fra arbeidslivet", ["2.5"], "FoU", "Virke",
      ["LO", "YS", "NHO"], "Fra 2018",
      "Modellen fra 2018 brukes nå i Virkes arbeid med bransjesertifiseringer, og Virke har foreslått at den legges "
      "til grunn for en nasjonal ordning for å dokumentere kompetanse fra arbeidslivet.",
      x={"inn": "delmål 2.5"}),
    M("T60", "Kompetansebehovet i handelen – ny analyse", [], "FoU", "Virke", ["Samfunnsøkonomisk analyse"],
      "2023",
      "Analysen ser på hvordan kunstig intelligens og automatisering endrer kompetansebehovet i varehandelen, og "
      "følger opp studien fra 2019.",
      x={"andre": True}),
]


def build(outdir, tmpdir):
    doc = docx_base("Calibri", 10.5)
    sec = doc.sections[0]
    set_margins(sec, 2.0, 2.0)
    header_text(sec, "Virke – Hovedorganisasjonen Virke")
    footer_text(sec, "Virkes rapport til Kompetansepolitisk råd 2023")

    p = doc.add_paragraph()
    add_runs(p, [("Virkes rapportering til Kompetansepolitisk råd 2023", "b")], size=18)
    doc.add_paragraph(
        "Virke organiserer over 25 000 virksomheter i handel, tjenesteyting, ideell sektor og kunnskapsbedrifter. "
        "Kompetanse er en av de viktigste konkurransefaktorene for medlemmene våre. Her er tiltakene Virke har "
        "arbeidet med i 2023.")
    body = doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(body, 2, 567)

    def block(m):
        doc.add_heading(m.title, level=2)
        q = doc.add_paragraph()
        q.paragraph_format.space_after = Pt(2)
        pieces = []
        if m.get("inn"):
            pieces += [("Innsats: ", "b"), (m.get("inn") + "  ", "")]
        pieces += [("Type: ", "b"), (m.type + "  ", ""), ("Ansvar: ", "b"), (m.responsible, "")]
        add_runs(q, pieces, size=9)
        q = doc.add_paragraph()
        q.paragraph_format.space_after = Pt(2)
        pieces = []
        if m.partners:
            pieces += [("Partnere: ", "b"), (", ".join(m.partners) + "  ", "")]
        pieces += [("Periode: ", "b"), (m.period, "")]
        add_runs(q, pieces, size=9)
        doc.add_paragraph(m.description)

    for m in MEASURES:
        if not m.get("andre"):
            block(m)
    doc.add_heading("Øvrige tiltak", level=1)
    for m in MEASURES:
        if m.get("andre"):
            block(m)
    doc.add_paragraph("Kontakt: kompetanse@virke.no")
    doc.save(os.path.join(outdir, FILENAME))
