"""Unio 2021: title block in one column, then the measures in a two-column section (rendered by LibreOffice):
a heading per measure, a small facts line (Delmål · Ansvar · Samarbeid · period), then the description."""
from docx.enum.section import WD_SECTION

from .. import docx_util as D
from ..data import dm_codes


def build(rep, out):
    doc = D.new_document(font="Calibri", size=10.5, margins_cm=2.0)
    D.heading_color(doc, "Heading 3", "2E5597")
    sec = doc.sections[0]
    D.footer_text(sec, "Unio – rapportering 2021")
    D.para(doc, "Unio – hovedorganisasjon for universitetsutdannede", size=10, color="2E5597", bold=True)
    D.para(doc, "Unios rapportering til Kompetansepolitisk råd 2021", bold=True, size=17)
    D.para(doc, "Unio organiserer blant annet sykepleiere, lærere, politi og forskere. Kompetanse i "
                "velferdstjenestene er avgjørende for kvaliteten i tjenestene, og Unio har i 2021 lagt vekt på "
                "finansiering av etter- og videreutdanning, digitalisering og partssamarbeid.")
    s2 = doc.add_section(WD_SECTION.CONTINUOUS)
    D.set_columns(s2, 2, 0.9)
    for r in rep["rows"]:
        doc.add_heading(r["title"], level=3)
        facts = [f"Delmål {dm_codes(r['delmal'])}", f"Ansvar: {r['responsible']}"]
        if r["partners"]:
            facts.append("Samarbeid: " + ", ".join(r["partners"]))
        facts.append(r["period"])
        D.para(doc, " · ".join(facts), italic=True, size=8.5, color="595959", space_after=3)
        D.para(doc, r["description"])
    s3 = doc.add_section(WD_SECTION.CONTINUOUS)
    D.set_columns(s3, 1)
    D.para(doc, "Spørsmål om rapporteringen kan rettes til Unios sekretariat.", italic=True, size=9)
    D.save_via_soffice(doc, out)
