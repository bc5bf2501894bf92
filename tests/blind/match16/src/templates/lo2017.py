"""LO 2017: one landscape table, one row per measure, old NKPS numbers in the last column."""
from .. import docx_util as D
from ..data import dm_old


def build(rep, out):
    doc = D.new_document(font="Arial", size=10, landscape=True, margins_cm=1.8)
    sec = doc.sections[0]
    D.header_text(sec, "Landsorganisasjonen i Norge")
    D.footer_text(sec, "LO – rapport til Kompetansepolitisk råd 2017")
    D.para(doc, "Rapportering fra LO – Nasjonal kompetansepolitisk strategi 2017", bold=True, size=15,
           color="C00000")
    D.para(doc, "LO har sammen med forbundene gjennomgått hvilke tiltak vi har satt i verk for å følge opp strategien "
                "etter at den ble signert i februar 2017. Tabellen viser tiltakene og hvilke av strategiens 16 "
                "tiltak (nummerert som i strategien) de knytter seg til.")
    cols = ["Nr.", "Tiltak", "Kort beskrivelse", "Ansvar og samarbeid", "Knyttet til NKPS-tiltak nr."]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        D.cell_write(c, h, bold=True, size=9)
        D.shade(c, "F2DCDB")
    D.repeat_header(t.rows[0])
    for i, r in enumerate(rep["rows"], 1):
        cells = t.add_row().cells
        D.cell_write(cells[0], f"{i}.", size=9)
        D.cell_write(cells[1], r["title"], bold=True, size=9)
        D.cell_write(cells[2], r["description"], size=9)
        D.cell_write(cells[3], r["resp_text"], size=9)
        D.cell_write(cells[4], dm_old(r["delmal"]), size=9, align="center")
    D.set_widths(t, [1.0, 5.5, 11.0, 5.5, 2.8])
    D.para(doc, "")
    D.para(doc, "LOs vurdering", bold=True, size=11)
    D.para(doc, "Strategien gir et godt grunnlag for et forpliktende trepartssamarbeid. LO mener det nå er viktig å "
                "få på plass finansieringsordninger som gjør det mulig for arbeidstakere å ta etter- og "
                "videreutdanning uten å tape inntekt, og at partene får en reell rolle i oppfølgingen regionalt. "
                "LO vil komme tilbake til flere tiltak i rapporteringen for 2018.")
    D.para(doc, "Kontaktperson i LO: rådgiver i avdeling for samfunnspolitikk. Rapporten er behandlet i LOs "
                "sekretariat.", italic=True, size=9)
    doc.save(out)
