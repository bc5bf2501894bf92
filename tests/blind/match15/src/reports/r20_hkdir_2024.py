"""HK-dir 2024 - docx rendered to PDF. An overview table (Nr | Tiltak | Delmål
| Type) followed by a numbered section per measure with 'Ansvar', 'Samarbeid'
and 'Periode' lines and the text; every measure therefore appears twice."""
from docx.shared import Pt

from ..common import (M, docx_base, set_margins, shade, repeat_header, set_col_widths, cell_text, add_runs,
                      footer_text, header_text, render_via_soffice)

REPORTER = "HK-dir"
YEAR = 2024
FILENAME = "HK-dir_rapport_kompetansepolitisk_rad_2024.pdf"

MEASURES = [
    M("T01", "Sekretariat for Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "HK-dir",
      ["KD", "partene i arbeidslivet"], "Løpende",
      "HK-dir er sekretariat for utvalget og utarbeider analyser og kunnskapsgrunnlag. I 2024 har sekretariatet "
      "blant annet levert analyser av behovet for helsepersonell og IKT-kompetanse."),
    M("T10", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "HK-dir",
      ["fylkeskommunene", "karrieresentrene"], "Løpende",
      "Rammeverket er revidert i 2024. HK-dir tilbyr kurs og veiledningsmateriell for karriereveiledere i "
      "karrieresentrene og i NAV."),
    M("T11", "Karriereveiledning.no – nasjonal digital karriereveiledning", ["1.3"], "Informasjon", "HK-dir", [],
      "Løpende",
      "Tjenesten hadde om lag 60 000 veiledningssamtaler i 2024. Chat og telefon er utvidet med kveldsåpent."),
    M("T04", "Bransjeprogram for kompetanseutvikling", ["2.1", "2.4"], "Kurs/utdanning", "HK-dir",
      ["partene i arbeidslivet", "utdanningstilbydere"], "2018–2025",
      "HK-dir forvalter tilskuddet til de treparts bransjeprogrammene. I 2024 var det tolv programmer, og det ble "
      "gitt støtte til over 400 tilbud."),
    M("T07", "Tilskuddsordning for fleksible videreutdanningstilbud", ["2.1", "2.4"], "Kurs/utdanning", "HK-dir",
      ["universiteter og høyskoler", "fagskoler"], "Årlig utlysning",
      "Ordningen gir midler til utvikling av fleksible, arbeidsrelevante videreutdanningstilbud. Tildelingen for "
      "2024 prioriterte helse, IKT og grønn omstilling."),
    M("T61", "Godkjenning av utenlandsk fagskoleutdanning", ["2.6"], "Kurs/utdanning", "HK-dir", [], "Løpende",
      "Godkjenningsordningen ble overført fra NOKUT til HK-dir i 2022. Saksbehandlingstiden er redusert, og flere "
      "søknader behandles digitalt."),
    M("T18", "Kompetanseprogrammet – frivillige organisasjoner", ["3.2"], "Kurs/utdanning", "HK-dir",
      ["studieforbundene", "frivillige organisasjoner"], "Årlig",
      "Delen av Kompetanseprogrammet som er rettet mot frivillig sektor, gir tilskudd til opplæring i "
      "grunnleggende ferdigheter i regi av studieforbund og frivillige organisasjoner."),
]


def build(outdir, tmpdir):
    doc = docx_base("Arial", 10.5)
    sec = doc.sections[0]
    set_margins(sec, 2.3, 2.2)
    header_text(sec, "Direktoratet for høyere utdanning og kompetanse")
    footer_text(sec, "HK-dir · Rapportering til Kompetansepolitisk råd 2024")

    p = doc.add_paragraph()
    add_runs(p, [("Rapportering til Kompetansepolitisk råd 2024", "b")], size=18)
    p = doc.add_paragraph()
    add_runs(p, [("Direktoratet for høyere utdanning og kompetanse (HK-dir)", "")], size=12)
    doc.add_paragraph(
        "HK-dir ble etablert 1. januar 2021, og Kompetanse Norge ble en del av direktoratet fra 1. juli 2021. HK-dir "
        "forvalter en rekke av virkemidlene som ble etablert for å følge opp Nasjonal kompetansepolitisk strategi. "
        "Rapporten bruker fortsatt strategiens delmål for å gjøre det mulig å sammenligne med tidligere år. "
        "Tabellen gir en oversikt; tiltakene er omtalt nærmere i kapittel 2.")
    doc.add_heading("1 Oversikt over tiltak", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Nr.", "Tiltak", "Delmål", "Type"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9.5)
    repeat_header(t.rows[0])
    for i, m in enumerate(MEASURES, 1):
        r = t.add_row()
        for j, v in enumerate([str(i), m.title, ", ".join(m.delmal), m.type]):
            cell_text(r.cells[j], v, size=9.5)
    set_col_widths(t, [1.2, 9.0, 2.4, 3.6])
    doc.add_paragraph()
    doc.add_heading("2 Omtale av tiltakene", level=1)
    for i, m in enumerate(MEASURES, 1):
        doc.add_heading(f"2.{i} {m.title}", level=2)
        for lab, val in [("Ansvar", m.responsible), ("Samarbeid", ", ".join(m.partners)), ("Periode", m.period)]:
            if not val:
                continue
            q = doc.add_paragraph()
            q.paragraph_format.space_after = Pt(0)
            add_runs(q, [(lab + ": ", "b"), (val, "")], size=9.5)
        doc.add_paragraph().paragraph_format.space_after = Pt(0)
        doc.add_paragraph(m.description)
    render_via_soffice(doc, FILENAME, outdir, tmpdir)
