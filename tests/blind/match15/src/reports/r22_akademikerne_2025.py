"""Akademikerne 2025 - docx. Table Innsatsområde | Aktivitet (bold title +
text in one cell) | Kobling til strategien (code, 'delmål x og y', quoted
delmål text or '–') | Ansvar og partnere | Status, with an 'Andre tiltak'
separator row."""
import os

from docx.shared import Pt

from ..common import (M, docx_base, set_margins, set_landscape, shade, repeat_header, set_col_widths,
                      cell_text, add_runs, footer_text)

REPORTER = "Akademikerne"
YEAR = 2025
FILENAME = "Akademikerne_rapportering_2025.docx"

MEASURES = [
    M("T01", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD", ["HK-dir"], "",
      "Akademikerne har fortsatt sin plass i KBU og har i 2025 særlig bidratt i arbeidet med behovet for høyt "
      "utdannede i en tid med kunstig intelligens.",
      x={"omr": "Kunnskapsgrunnlag", "kob": "Delmål 1.1", "ans": "KD (HK-dir sekretariat)", "status": "Videreført"}),
    M("T56", "Karriereveiledning for medlemmer (videreført)", ["1.3", "2.2"], "Informasjon", "Akademikerne",
      ["medlemsforeningene"], "",
      "Medlemsforeningene har utvidet tilbudet med karrieresamtaler for seniorer og for medlemmer som står i "
      "omstilling.",
      x={"omr": "Karriere", "kob": "delmål 1.3 og 2.2", "ans": "Akademikerne, medlemsforeningene",
         "status": "Videreført"}),
    M("T57", "Etter- og videreutdanning i kunstig intelligens for høyt utdannede", ["2.1"], "Kurs/utdanning",
      "Akademikerne", ["UiO", "NTNU"], "",
      "I samarbeid med universitetene har Akademikerne tatt initiativ til korte, nettbaserte moduler om bruk av KI "
      "i profesjonsutøvelsen.",
      x={"omr": "Digital omstilling",
         "kob": "«Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken …» (2.1)",
         "ans": "Akademikerne, UiO, NTNU", "status": "Ny"}),
    M("T15", "Jenter og teknologi", ["2.3"], "Informasjon", "NHO", ["Tekna", "NITO"], "",
      "Tekna er fortsatt partner i kampanjen og har i 2025 hatt egne besøk på ungdomsskoler.",
      x={"omr": "Rekruttering", "kob": "2.3", "ans": "NHO, Tekna, NITO", "status": "Videreført"}),
    M("T58", "Medlemsundersøkelse om kompetanseutvikling", [], "FoU", "Akademikerne", ["Respons Analyse"], "",
      "Undersøkelsen blant 12 000 medlemmer viser at fire av ti ikke har deltatt i etter- og videreutdanning de "
      "siste to årene.",
      x={"omr": "Kunnskapsgrunnlag", "kob": "–", "ans": "Akademikerne, Respons Analyse", "status": "Gjennomført",
         "andre": True}),
]


def build(outdir, tmpdir):
    doc = docx_base("Calibri", 10.5)
    sec = doc.sections[0]
    set_landscape(sec)
    set_margins(sec, 2.0, 1.8)
    footer_text(sec, "Akademikerne – rapportering 2025")

    p = doc.add_paragraph()
    add_runs(p, [("Akademikerne – rapportering 2025", "b")], size=17)
    p = doc.add_paragraph()
    add_runs(p, [("Oppfølging av kompetansepolitikken", "")], size=12)
    doc.add_paragraph(
        "Nasjonal kompetansepolitisk strategi er avsluttet, men medlemmene i Kompetansepolitisk råd rapporterer "
        "fortsatt årlig. Akademikerne knytter aktivitetene til delmålene i strategien der det er naturlig.")
    hdr = ["Innsatsområde", "Aktivitet", "Kobling til strategien", "Ansvar og partnere", "Status"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9.5)
        shade(t.rows[0].cells[i], "E7E6E6")
    repeat_header(t.rows[0])
    sep_done = False
    for m in MEASURES:
        if m.get("andre") and not sep_done:
            r = t.add_row()
            c = r.cells[0].merge(r.cells[-1])
            cell_text(c, "Andre tiltak", bold=True, size=9.5)
            shade(c, "F2F2F2")
            sep_done = True
        r = t.add_row()
        cell_text(r.cells[0], m.get("omr"), size=9.5)
        c = r.cells[1]
        cell_text(c, m.title, bold=True, size=9.5)
        q = c.add_paragraph()
        add_runs(q, [(m.description, "")], size=9.5)
        cell_text(r.cells[2], m.get("kob"), size=9.5)
        cell_text(r.cells[3], m.get("ans"), size=9.5)
        cell_text(r.cells[4], m.get("status"), size=9.5)
    set_col_widths(t, [3.2, 10.6, 4.8, 4.2, 2.6])
    doc.add_paragraph()
    doc.add_paragraph("Oslo, desember 2025")
    doc.save(os.path.join(outdir, FILENAME))
