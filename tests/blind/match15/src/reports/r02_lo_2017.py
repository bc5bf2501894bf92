"""LO 2017 - docx. One table, one row per measure; the strategy is referred
to by its old numbering ('tiltak 4 og 7')."""
import os

from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

from ..common import (M, docx_base, set_margins, set_landscape, shade, repeat_header,
                      set_col_widths, cell_text, add_runs, footer_text)

REPORTER = "LO"
YEAR = 2017
FILENAME = "LO_innrapportering_kompetansestrategien_2017.docx"

MEASURES = [
    M("T01", "Deltakelse i arbeidet med å etablere Kompetansebehovsutvalget (KBU)",
      ["1.1"], "Råd/utvalg/nettverk", "LO", ["KD", "hovedorganisasjonene"],
      "Utvalget oppnevnes høsten 2017",
      "LO har deltatt i drøftingene om mandat og sammensetning av utvalget og vil ha en fast representant i KBU. "
      "LO legger vekt på at utvalget også skal belyse regionale kompetansebehov og behovet for fagarbeidere.",
      x={"rel": "Tiltak 1", "ansvar": "LO\nSamarbeid: KD, hovedorganisasjonene"}),
    M("T39", "Forslag om styrking av de regionale karrieresentrene",
      ["1.3"], "Råd/utvalg/nettverk", "LO", [],
      "2017 og videre",
      "LO har i innspill til statsbudsjettet og i møter med KD tatt til orde for et bedre karriereveiledningstilbud "
      "for voksne gjennom de fylkesvise karrieresentrene, og for at tilbudet skal være gratis for alle.",
      x={"rel": "Tiltak 3", "ansvar": "LO"}),
    M("T02", "Oppfølging av Samfunnskontrakt for flere læreplasser i forbundene",
      ["1.4", "2.3"], "Råd/utvalg/nettverk", "LO", ["LOs forbund", "NHO", "KS", "Spekter", "Virke"],
      "2016–2020",
      "LO følger opp samfunnskontrakten sammen med forbundene, blant annet gjennom tillitsvalgte i faglige råd og "
      "yrkesopplæringsnemndene, slik at flere virksomheter tar inn lærlinger.",
      x={"rel": "Tiltak 4 og 7", "ansvar": "LO\nSamarbeid: LOs forbund, NHO, KS, Spekter, Virke"}),
    M("T31", "Lærlingkonferanse sammen med Spekter 30. november",
      ["2.3"], "Arrangement", "LO og Spekter", [],
      "30. november 2017",
      "Felles konferanse for tillitsvalgte og ledere i Spekter-virksomhetene om hvordan flere virksomheter kan "
      "ta inn lærlinger og bidra til å nå målene i samfunnskontrakten.",
      x={"rel": "Tiltak 7", "ansvar": "LO og Spekter"}),
    M("T36", "LOs kompetansekurs for tillitsvalgte",
      ["2.2"], "Kurs/utdanning", "LO", ["AOF Norge", "LOs forbund"],
      "Årlig, fra høsten 2017",
      "Kurset gir tillitsvalgte verktøy for å kartlegge kompetansebehov på arbeidsplassen, bruke avtaleverkets "
      "bestemmelser om kompetanseutvikling og fremme krav om etter- og videreutdanning overfor arbeidsgiver.",
      x={"rel": "Tiltak 6", "ansvar": "LO\nSamarbeid: AOF Norge, LOs forbund"}),
    M("T35", "Metode for å dokumentere kompetanse ervervet i arbeidslivet",
      ["2.5"], "FoU", "Virke", ["LO", "NHO", "YS"],
      "Rapport våren 2018",
      "LO deltar i partssammensatt arbeid ledet av Virke om en modell og metode for å beskrive og verdsette "
      "kompetanse som bygges opp i arbeidslivet.",
      x={"rel": "Tiltak 9", "ansvar": "Virke\nSamarbeid: LO, NHO, YS"}),
    M("T22", "Hurtigsporet for nyankomne flyktninger",
      ["3.3", "3.4"], "Prosjekt", "IMDi og NAV", ["LO", "NHO"],
      "Fra 2016",
      "Hurtigsporet skal få flyktninger med relevant kompetanse raskere ut i arbeid. LO har deltatt i "
      "arrangementer og bidratt til at tillitsvalgte i aktuelle bransjer tar imot og følger opp deltakerne.",
      x={"rel": "Tiltak 13 og 14", "ansvar": "IMDi og NAV\nSamarbeid: LO, NHO"}),
]


def build(outdir, tmpdir):
    doc = docx_base("Arial", 10)
    sec = doc.sections[0]
    set_landscape(sec)
    set_margins(sec, 1.8, 1.6)
    footer_text(sec, "LO – innrapportering til Kompetansepolitisk råd 2017")

    p = doc.add_paragraph()
    add_runs(p, [("Landsorganisasjonen i Norge", "b")], size=9)
    p = doc.add_paragraph()
    add_runs(p, [("Innrapportering av LOs tiltak – Nasjonal kompetansepolitisk strategi 2017–2021", "b")], size=15)
    doc.add_paragraph(
        "Kompetansepolitisk råd har bedt medlemmene om en oversikt over hvilke tiltak de har satt i gang for å følge "
        "opp strategien. Tabellen nedenfor viser LOs tiltak i 2017. Kolonnen «Tiltak i strategien» viser til "
        "nummereringen av tiltakene i strategidokumentet. Flere av tiltakene gjennomføres sammen med forbundene "
        "eller andre medlemmer av rådet.")

    hdr = ["Nr.", "Tiltak", "Tiltak i strategien", "Ansvar og samarbeid", "Beskrivelse", "Tidsperspektiv"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, hname in enumerate(hdr):
        c = t.rows[0].cells[i]
        cell_text(c, hname, bold=True, size=9)
        shade(c, "C00000")
        for r in c.paragraphs[0].runs:
            from docx.shared import RGBColor
            r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    for i, m in enumerate(MEASURES, 1):
        row = t.add_row()
        cell_text(row.cells[0], f"{i}.", size=9)
        cell_text(row.cells[1], m.title, bold=True, size=9)
        cell_text(row.cells[2], m.get("rel"), size=9)
        cell_text(row.cells[3], m.get("ansvar"), size=9)
        cell_text(row.cells[4], m.description, size=9)
        cell_text(row.cells[5], m.period, size=9)
    set_col_widths(t, [1.0, 5.0, 2.6, 4.2, 9.4, 3.4])
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 15. september 2017")
    doc.add_paragraph("Kontaktperson: Avdeling for samfunnspolitikk, LO")
    doc.save(os.path.join(outdir, FILENAME))
