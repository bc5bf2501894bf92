"""VOFO 2018 - docx. Cover page, manual table of contents, chapters per
hovedinnsatsområde; each measure is a numbered Heading 2, the delmål is quoted
as text, a small label table (Ansvar/Samarbeid/Type/Periode), then the text."""
import os

from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER

from ..common import (M, DELMAL_SHORT, AREAS, docx_base, set_margins, shade, set_col_widths, cell_text,
                      add_runs, footer_text, page_break, table_borders)

REPORTER = "VOFO"
YEAR = 2018
FILENAME = "VOFO_rapportering_NKPS_2018.docx"

MEASURES = [
    M("T27", "Styrking av VOFOs regionale tilstedeværelse", ["1.2"], "Prosjekt", "VOFO",
      ["VOFO-regionene", "fylkeskommunene"], "2018–2019",
      "VOFO har slått sammen regionledd og ansatt regionkonsulenter for å styrke studieforbundenes plass i de "
      "regionale kompetansesamarbeidene. Målet er partnerskapsavtaler med alle fylkeskommuner, og at regionale "
      "karriereveiledere kjenner tilbudene i frivillig sektor.",
      x={"dm": "«Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle …»"}),
    M("T19", "Promotering av Kompetanseplussordningene", ["3.2"], "Informasjon", "VOFO",
      ["studieforbundene"], "Løpende",
      "VOFO informerer studieforbund og medlemsorganisasjoner om Kompetansepluss frivillighet og Kompetansepluss "
      "arbeid, og bistår med søknadsskriving. I 2018 er det holdt fire regionale informasjonsmøter.",
      x={"dm": "«Stimulere til bruk av Kompetanseplussordningene …»"}),
    M("T20", "Evaluering av Kompetansepluss frivillighet", ["3.2"], "FoU", "VOFO",
      ["frivillig sektor", "Kompetanse Norge"], "2018",
      "VOFO har gjennomført en evaluering av hvordan ordningen fungerer for studieforbund og frivillige "
      "organisasjoner, med anbefalinger om forenkling av søknads- og rapporteringsrutinene.",
      x={"dm": "«Stimulere til bruk av Kompetanseplussordningene …»"}),
    M("T25", "Forskningsprosjekt om studieforbundene som læringskatalysatorer", ["3.6"], "FoU", "VOFO",
      ["Fafo"], "2018–2020",
      "Fafo undersøker hvordan deltakelse i studieforbundenes kurs kan gi motivasjon for videre læring, særlig for "
      "voksne med lite utdanning.",
      x={"dm": "«Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom opplæring i "
               "frivillig sektor»"}),
    M("T26", "Regelverks- og praksisendring i studieforbundsordningen", ["3.6"], "Råd/utvalg/nettverk", "VOFO",
      ["studieforbundene", "KD"], "2018",
      "VOFO har arbeidet for endringer i forskriften og i praksisen for tilskudd til studieforbund, slik at det "
      "blir enklere å organisere kortere og mer fleksible kurs.",
      x={"dm": "«Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom opplæring i "
               "frivillig sektor»"}),
    M("T28", "Voksenopplæringskonferansen 2018", ["3.6"], "Arrangement", "VOFO",
      ["studieforbundene", "Kompetanse Norge"], "15.–16. oktober 2018",
      "Årets konferanse hadde tema «Læring hele livet – også utenfor skolen» og samlet om lag 150 deltakere fra "
      "studieforbund, fylkeskommuner og myndigheter.",
      x={"dm": "«Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom opplæring i "
               "frivillig sektor»"}),
]

TYPE_TXT = {"Prosjekt": "Prosjekt", "Informasjon": "Informasjonstiltak", "FoU": "Forskning/utredning",
            "Råd/utvalg/nettverk": "Påvirkningsarbeid (råd/utvalg)", "Arrangement": "Konferanse"}


def build(outdir, tmpdir):
    doc = docx_base("Georgia", 11)
    sec = doc.sections[0]
    set_margins(sec, 2.5, 2.5)
    sec.different_first_page_header_footer = True
    footer_text(sec, "VOFO – rapportering til Kompetansepolitisk råd 2018")

    # cover
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph()
    add_runs(p, [("Voksenopplæringsforbundet", "b")], size=14)
    p = doc.add_paragraph()
    add_runs(p, [("Rapport til Kompetansepolitisk råd", "b")], size=26)
    p = doc.add_paragraph()
    add_runs(p, [("Oppfølging av Nasjonal kompetansepolitisk strategi – tiltak i 2018", "")], size=14)
    for _ in range(7):
        doc.add_paragraph()
    doc.add_paragraph("Oslo, januar 2019")
    page_break(doc)

    # table of contents (typed by hand)
    p = doc.add_paragraph()
    add_runs(p, [("Innhold", "b")], size=16)
    toc = [("1", "Innledning", 3), ("2", AREAS["1"], 3)]
    toc.append(("2.1", MEASURES[0].title, 3))
    toc.append(("3", AREAS["3"], 4))
    for i, m in enumerate(MEASURES[1:], 1):
        toc.append((f"3.{i}", m.title, 4 if i < 3 else 5))
    for num, text, pg in toc:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.9), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if "." in num:
            p.paragraph_format.left_indent = Cm(0.8)
        p.add_run(f"{num}  {text}\t{pg}")
    page_break(doc)

    doc.add_heading("1 Innledning", level=1)
    doc.add_paragraph(
        "VOFO er paraplyorganisasjon for studieforbundene i Norge. Studieforbundene organiserer hvert år kurs for "
        "flere hundre tusen deltakere, og når mange voksne som ellers deltar lite i opplæring. VOFO rapporterer "
        "her på tiltak under hovedinnsatsområde 1 og 3 i strategien. For hvert tiltak er det angitt hvilket "
        "delmål det følger opp.")

    def measure_block(num, m):
        doc.add_heading(f"{num} {m.title}", level=2)
        p = doc.add_paragraph()
        add_runs(p, [("Delmål: ", "b"), (m.get("dm"), "i")])
        t = doc.add_table(rows=4, cols=2)
        table_borders(t, sz=2, color="BFBFBF")
        rows = [("Ansvar", m.responsible), ("Samarbeid", ", ".join(m.partners)),
                ("Type", TYPE_TXT[m.type]), ("Periode", m.period)]
        for r, (k, v) in zip(t.rows, rows):
            cell_text(r.cells[0], k, bold=True, size=10)
            shade(r.cells[0], "EDEDED")
            cell_text(r.cells[1], v, size=10)
        set_col_widths(t, [3.2, 12.6])
        doc.add_paragraph()
        doc.add_paragraph(m.description)

    doc.add_heading(f"2 {AREAS['1']}", level=1)
    measure_block("2.1", MEASURES[0])
    doc.add_heading(f"3 {AREAS['3']}", level=1)
    for i, m in enumerate(MEASURES[1:], 1):
        measure_block(f"3.{i}", m)
    doc.add_paragraph()
    doc.add_paragraph("Med vennlig hilsen\nVoksenopplæringsforbundet")
    doc.save(os.path.join(outdir, FILENAME))
