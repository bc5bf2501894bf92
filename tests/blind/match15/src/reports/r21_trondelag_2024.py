"""Trøndelag fylkeskommune 2024 - docx. Each measure is a 'card': a one-cell
shaded table holding the title, labelled lines (Innsats, Målområde - often as
quoted delmål text -, Hvem, Periode, Status) and the text."""
import os

from docx.shared import Pt

from ..common import (M, DELMAL_SHORT, docx_base, set_margins, shade, set_col_widths, add_runs, footer_text,
                      header_text, table_borders, set_cell_margins)

REPORTER = "Trøndelag fylkeskommune"
YEAR = 2024
FILENAME = "Trondelag_fylkeskommune_kompetansetiltak_2024.docx"

TR = "Trøndelag fylkeskommune"
MEASURES = [
    M("T72", "Kompetansestrategi for Trøndelag", ["1.2"], "Råd/utvalg/nettverk", TR,
      ["NHO Trøndelag", "LO i Trøndelag", "NAV Trøndelag", "NTNU", "Statsforvalteren i Trøndelag"], "2023–2027",
      "Strategien er utviklet i Kompetanseforum Trøndelag og følges opp med en årlig handlingsplan. Prioriterte "
      "områder er helse, bygg og anlegg, havbruk og grønn industri.",
      x={"inn": "Regionalt samarbeid", "mo": "1.2 «Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og "
                                          "samordningsrolle …»", "status": "Vedtatt, i gjennomføring"}),
    M("T73", "Karriere Trøndelag – karriereveiledning for voksne", ["1.3"], "Prosjekt", TR,
      ["NAV Trøndelag", "kommunene"], "Løpende",
      "Karrieresenteret har kontorer i Steinkjer og Trondheim og gir gratis veiledning til alle over 19 år. I 2024 "
      "er det opprettet et mobilt tilbud for distriktskommunene.",
      x={"inn": "Karriereveiledning", "mo": "«Sørge for tilgang til karriereveiledning og et helhetlig system for "
                                           "karriereveiledning …»", "status": "Pågår"}),
    M("T10", "Nasjonalt kvalitetsrammeverk for karriereveiledning – implementering", ["1.3"], "Prosjekt", "HK-dir",
      [TR, "Karriere Trøndelag"], "2023–2024",
      "Alle veiledere i fylkeskommunen har gjennomført opplæring i kvalitetsrammeverket, og rammeverket er lagt til "
      "grunn for samarbeidsavtalen med NAV.",
      x={"inn": "Karriereveiledning", "mo": "1.3", "status": "Gjennomført"}),
    M("T52", "DigiT – kompetanseløft for kommunene i Trøndelag", ["2.1"], "Råd/utvalg/nettverk",
      "KS Trøndelag og Trøndelag fylkeskommune", ["kommunene i Trøndelag", "Statsforvalteren i Trøndelag"],
      "Videreført 2024",
      "Samarbeidet om digital kompetanse i kommunene er videreført med nettverk for digitaliseringsledere og "
      "felles opplæring i informasjonssikkerhet.",
      x={"inn": "Digital kompetanse", "mo": "«Styrke og videreutvikle den digitale kompetansen i hele "
                                           "arbeidsstyrken …»", "status": "Pågår"}),
    M("T74", "Fagbrev på jobb i Trøndelag", ["3.1", "2.5"], "Kurs/utdanning", TR,
      ["opplæringskontorene", "lærebedrifter"], "Løpende",
      "Voksne ansatte kan ta fagbrev gjennom opplæring på egen arbeidsplass. I 2024 er ordningen utvidet til "
      "barne- og ungdomsarbeiderfaget og logistikkfaget.",
      x={"inn": "Voksne i arbeid", "mo": "delmål 3.1 og 2.5", "status": "Pågår"}),
]


def build(outdir, tmpdir):
    doc = docx_base("Calibri", 10.5)
    sec = doc.sections[0]
    set_margins(sec, 2.2, 2.0)
    header_text(sec, "Trøndelag fylkeskommune – Trööndelagen fylhkentjïelte")
    footer_text(sec, "Kompetansetiltak 2024")

    p = doc.add_paragraph()
    add_runs(p, [("Kompetansetiltak 2024", "b")], size=20)
    p = doc.add_paragraph()
    add_runs(p, [("Trøndelag fylkeskommunes rapportering til Kompetansepolitisk råd", "")], size=12)
    doc.add_paragraph(
        "Fylkeskommunen har et samlet ansvar for å koordinere kompetansepolitikken i Trøndelag. Tiltakene under er "
        "presentert som tiltakskort. Målområde viser til delmålene i Nasjonal kompetansepolitisk strategi, som "
        "fortsatt brukes i rapporteringen til rådet.")
    for m in MEASURES:
        t = doc.add_table(rows=1, cols=1)
        table_borders(t, sz=8, color="5B9BD5", inside=False)
        set_cell_margins(t, 0.25)
        c = t.rows[0].cells[0]
        shade(c, "EEF4FB")
        p0 = c.paragraphs[0]
        add_runs(p0, [(m.title, "b")], size=12.5)
        for lab, val in [("Innsats", m.get("inn")), ("Målområde", m.get("mo")),
                         ("Hvem", m.responsible + (" – " + ", ".join(m.partners) if m.partners else "")),
                         ("Periode", m.period), ("Status", m.get("status"))]:
            q = c.add_paragraph()
            q.paragraph_format.space_after = Pt(0)
            add_runs(q, [(lab + ": ", "b"), (val, "")], size=9.5)
        q = c.add_paragraph()
        q.paragraph_format.space_before = Pt(6)
        add_runs(q, [(m.description, "")], size=10)
        set_col_widths(t, [16.6])
        doc.add_paragraph()
    doc.add_paragraph("Steinkjer, 15. januar 2025")
    doc.save(os.path.join(outdir, FILENAME))
