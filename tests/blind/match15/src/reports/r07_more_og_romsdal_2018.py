"""Møre og Romsdal fylkeskommune 2018 - nynorsk, docx rendered to PDF.
Bullet lists under delmål headings ('Tittel – tekst'), and an appendix table
that repeats every measure with delmål, type, ansvar, partnarar and periode."""
from docx.shared import Pt

from ..common import (M, DELMAL_NN, docx_base, set_margins, shade, repeat_header, set_col_widths, cell_text,
                      add_runs, footer_text, header_text, page_break, render_via_soffice)

REPORTER = "Møre og Romsdal fylkeskommune"
YEAR = 2018
FILENAME = "More_og_Romsdal_fylkeskommune_NKPS_rapport_2018.pdf"

MR = "Møre og Romsdal fylkeskommune"
MEASURES = [
    M("T62", "Kompetansealliansen Møre og Romsdal", ["1.2"], "Råd/utvalg/nettverk", MR,
      ["næringsliv og klynger", "høgskular", "fagskular", "vidaregåande skular", "NAV"], "Etablerast våren 2019",
      "Ein allianse der aktørane skal samarbeide om kompetansebehovet i regionen i åra framover, på grunnlag av "
      "eit felles kunnskapsgrunnlag som vart utarbeidd i 2018.",
      x={"type": "Råd/utval/nettverk"}),
    M("T64", "Regional kompetansestrategi for Møre og Romsdal", ["1.2"], "Råd/utvalg/nettverk", MR,
      ["partane i arbeidslivet", "NAV", "kommunane"], "2018–2019",
      "Arbeidet med ein regional kompetansestrategi er starta opp og skal sjåast i samanheng med fylkesplanen. "
      "Strategien skal vedtakast av fylkestinget i 2019.",
      x={"type": "Råd/utval/nettverk"}),
    M("T63", "Karrieresenter for alle over 19 år", ["1.3"], "Prosjekt", MR, ["NAV", "kommunane"],
      "Frå hausten 2018",
      "Karrieresenteret har fått utvida mandat og gir no gratis karriererettleiing til alle vaksne over 19 år. "
      "Alle rettleiarane har fått tilbod om kompetanseheving i karriererettleiing.",
      x={"type": "Prosjekt"}),
    M("T65", "Hospiteringsordning for lærarar i yrkesfag", ["1.4"], "Kurs/utdanning", MR,
      ["bedrifter i fylket", "vidaregåande skular"], "Skuleåret 2018–2019",
      "Yrkesfaglærarar får hospitere i bedrifter for å halde fagkunnskapen oppdatert, og instruktørar i "
      "lærebedrifter kan hospitere i skulen.",
      x={"type": "Kurs/utdanning"}),
]


def build(outdir, tmpdir):
    doc = docx_base("Calibri", 11, lang="nn-NO")
    sec = doc.sections[0]
    set_margins(sec, 2.5, 2.2)
    header_text(sec, "Møre og Romsdal fylkeskommune · Utdanningsavdelinga og Regional- og næringsavdelinga")
    footer_text(sec, "Rapportering NKPS 2018")

    p = doc.add_paragraph()
    add_runs(p, [("Rapportering frå Møre og Romsdal fylkeskommune", "b")], size=18)
    p = doc.add_paragraph()
    add_runs(p, [("Oppfølging av Nasjonal kompetansepolitisk strategi 2018", "")], size=13)
    doc.add_paragraph(
        "Fylkeskommunen har fått ei sterkare rolle i kompetansepolitikken gjennom regionreforma. I 2018 har vi "
        "prioritert å byggje opp eit felles kunnskapsgrunnlag om kompetansebehova i fylket, og å styrkje "
        "karriererettleiinga for vaksne. Nedanfor følgjer tiltaka sortert etter delmåla i strategien. Ei samla "
        "oversikt står i vedlegget.")

    order = ["1.2", "1.3", "1.4"]
    for code in order:
        doc.add_heading(f"Delmål {code} {DELMAL_NN[code]}", level=2)
        for m in MEASURES:
            if m.delmal[0] != code:
                continue
            p = doc.add_paragraph(style="List Bullet")
            add_runs(p, [(m.title, "b"), (" – " + m.description, "")])
    doc.add_paragraph()
    doc.add_paragraph(
        "Fylkeskommunen deltek i tillegg i fleire nasjonale tiltak, mellom anna forsøket med "
        "forberedande vaksenopplæring og arbeidet med Samfunnskontrakten for fleire læreplassar. Desse er "
        "rapporterte av dei ansvarlege departementa og er ikkje tekne med her.")
    doc.add_paragraph("Molde, 20. februar 2019")

    page_break(doc)
    doc.add_heading("Vedlegg: Oversyn over tiltaka", level=1)
    hdr = ["Tiltak", "Delmål", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar", "Periode"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "E2EFD9")
    repeat_header(t.rows[0])
    for m in MEASURES:
        r = t.add_row()
        vals = [m.title, ", ".join(m.delmal), m.get("type"), m.responsible, ", ".join(m.partners), m.period]
        for i, v in enumerate(vals):
            cell_text(r.cells[i], v, size=9)
    set_col_widths(t, [4.0, 1.4, 2.4, 2.6, 3.8, 2.4])
    render_via_soffice(doc, FILENAME, outdir, tmpdir)
