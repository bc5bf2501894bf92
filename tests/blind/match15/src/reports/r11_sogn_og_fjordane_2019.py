"""Sogn og Fjordane fylkeskommune 2019 - nynorsk docx. One two-column form
table per measure (Kva | Delmål i strategien | Kven har ansvaret | ...)."""
import os

from docx.shared import Pt

from ..common import (M, docx_base, set_margins, shade, set_col_widths, cell_text, add_runs, footer_text,
                      header_text)

REPORTER = "Sogn og Fjordane fylkeskommune"
YEAR = 2019
FILENAME = "Sogn_og_Fjordane_fylkeskommune_rapport_2019.docx"

SF = "Sogn og Fjordane fylkeskommune"
MEASURES = [
    M("T66", "Opplæringstilbod som helsefagarbeidar for minoritetsspråklege («Sogn og Fjordane-modellen»)",
      ["3.5", "3.3"], "Kurs/utdanning", SF, ["NAV", "kommunane", "vidaregåande skular"],
      "Frå 2016, vidareført 2019–2020",
      "Vaksne minoritetsspråklege får eit samanhengande løp med norskopplæring, praksis i kommunale helse- og "
      "omsorgstenester og fagopplæring fram mot fagbrev som helsefagarbeidar. Modellen er utvikla saman med NAV "
      "og kommunane, og har gitt mange deltakarar fast arbeid.",
      x={"dm": "3.5 (og 3.3)", "kat": "Kurs/utdanning"}),
    M("T67", "Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen i Sogn og Fjordane",
      ["1.4"], "Kurs/utdanning", SF, ["Høgskulen på Vestlandet", "Fagskulen i Sogn og Fjordane"], "2018–2020",
      "Samarbeidet gjeld dei tekniske fagområda og skal gje betre overgang frå fagskule til høgskule, felles "
      "etter- og vidareutdanningstilbod og betre bruk av laboratorium og fagmiljø.",
      x={"dm": "1.4", "kat": "Kurs/utdanning"}),
    M("T68", "Fagbrev på jobb", ["3.1", "2.5"], "Kurs/utdanning", SF, ["lærebedrifter", "opplæringskontora"],
      "Frå 2019",
      "Vaksne tilsette kan ta fagbrev gjennom opplæring i eigen jobb, basert på realkompetansevurdering og "
      "individuell opplæringsplan. Fylkeskommunen har starta med helsearbeidarfaget og industrimekanikarfaget.",
      x={"dm": "3.1 og 2.5", "kat": "Kurs/utdanning"}),
    M("T69", "Hospitering i bedrift for yrkesfaglærarar", ["1.4"], "Kurs/utdanning", SF,
      ["bedrifter", "vidaregåande skular"], "Skuleåret 2019–2020",
      "Lærarar i yrkesfag kan hospitere inntil to veker i relevante bedrifter for å oppdatere seg på ny teknologi "
      "og arbeidsmåtar. Tiltaket er ein del av den nasjonale satsinga Yrkesfagløftet.",
      x={"dm": "1.4", "kat": "Kurs/utdanning"}),
]


def build(outdir, tmpdir):
    doc = docx_base("Cambria", 11, lang="nn-NO")
    sec = doc.sections[0]
    set_margins(sec, 2.4, 2.2)
    header_text(sec, "Sogn og Fjordane fylkeskommune – Opplæringsavdelinga")
    footer_text(sec, "Rapportering 2019 – Nasjonal kompetansepolitisk strategi")

    p = doc.add_paragraph()
    add_runs(p, [("Rapportering til Kompetansepolitisk råd 2019", "b")], size=17)
    doc.add_paragraph(
        "Sogn og Fjordane fylkeskommune har sidan 2017 rapportert på tiltak som følgjer opp Nasjonal "
        "kompetansepolitisk strategi. Frå 1. januar 2020 vert fylkeskommunen slått saman med Hordaland til "
        "Vestland fylkeskommune, og fleire av tiltaka under vil bli vidareførte i den nye fylkeskommunen. "
        "Kvart tiltak er skildra i eit eige skjema.")
    labels = [("Kva", lambda m: m.title), ("Delmål i strategien", lambda m: m.get("dm")),
              ("Kven har ansvaret", lambda m: m.responsible),
              ("Samarbeidspartnarar", lambda m: ", ".join(m.partners)),
              ("Kategori", lambda m: m.get("kat")), ("Tidsrom", lambda m: m.period),
              ("Skildring", lambda m: m.description)]
    for i, m in enumerate(MEASURES, 1):
        h = doc.add_paragraph()
        add_runs(h, [(f"Tiltak {i}", "b")], size=12)
        t = doc.add_table(rows=len(labels), cols=2)
        t.style = "Table Grid"
        for r, (lab, fn) in zip(t.rows, labels):
            cell_text(r.cells[0], lab, bold=True, size=10)
            shade(r.cells[0], "DEEAF6")
            cell_text(r.cells[1], fn(m), size=10, bold=(lab == "Kva"))
        set_col_widths(t, [4.2, 11.8])
        doc.add_paragraph()
    doc.add_paragraph("Leikanger, 3. desember 2019")
    doc.add_paragraph("Fylkesdirektør for opplæring")
    doc.save(os.path.join(outdir, FILENAME))
