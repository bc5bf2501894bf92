"""NHO 2022 - docx. One four-column key/value grid per measure with merged
cells: 'Tiltakets navn' across the row, paired facts (Knytning til strategien
| Periode/varighet, Ansvar | Medvirkende, Status | Type) and a merged
'Beskrivelse' row."""
import os

from docx.shared import Pt

from ..common import (M, docx_base, set_margins, shade, set_col_widths, cell_text, add_runs, footer_text,
                      header_text, cant_split)

REPORTER = "NHO"
YEAR = 2022
FILENAME = "NHO_kompetansetiltak_2022.docx"

MEASURES = [
    M("T01", "NHO i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "Kunnskapsdepartementet",
      ["HK-dir"], "Løpende",
      "NHO er representert i utvalget og bidrar med analyser fra Kompetansebarometeret. Utvalget arbeider i 2022 "
      "med sin fjerde temarapport.",
      x={"dm": "Delmål 1.1", "status": "Pågår", "med": "HK-dir (sekretariat)"}),
    M("T03", "Ny samfunnskontrakt for flere læreplasser (2022–2026)", ["2.3"], "Råd/utvalg/nettverk",
      "Regjeringen og partene i arbeidslivet", ["NHOs landsforeninger og regionkontorer"], "2022–2026",
      "Ny kontrakt ble signert i 2022 av regjeringen, KS og partene. Målet er at alle kvalifiserte søkere skal få "
      "læreplass, og NHO arbeider for at flere medlemsbedrifter blir godkjente lærebedrifter.",
      x={"dm": "Delmål 2.3", "status": "Signert 2022", "med": "NHOs landsforeninger og regionkontorer"}),
    M("T15", "Jenter og teknologi – videreført", ["2.3"], "Informasjon", "NHO",
      ["NITO", "Tekna", "Ungt Entreprenørskap"], "Årlig siden 2016",
      "Kampanjen er videreført og utvidet med egne tiltak for jenter på yrkesfag, blant annet skolebesøk av "
      "kvinnelige lærlinger og fagarbeidere.",
      x={"dm": "Delmål 2.3", "status": "Pågår", "med": "NITO, Tekna, Ungt Entreprenørskap"}),
    M("T04", "Bransjeprogram for kompetanseutvikling", ["2.1", "2.4"], "Kurs/utdanning",
      "Kunnskapsdepartementet", ["NHOs landsforeninger", "arbeidstakerorganisasjonene", "HK-dir"], "2020–2023",
      "NHO og landsforeningene deltar i styringen av bransjeprogrammene og bidrar til at tilbudene treffer "
      "bedriftenes behov. Særlig programmene for industri, bygg, reiseliv og elektro har hatt mange deltakere.",
      x={"dm": "Delmål 2.1 og 2.4", "status": "Pågår",
         "med": "NHOs landsforeninger, arbeidstakerorganisasjonene, HK-dir"}),
    M("T13", "Oppfølging av kompetansereformen «Lære hele livet»", ["2.2"], "Prosjekt", "Kunnskapsdepartementet",
      ["partene i arbeidslivet"], "2020–",
      "NHO deltar i Kompetansepolitisk råd og i arbeidet med å følge opp reformen, med vekt på fleksible "
      "utdanningstilbud og bedre samarbeid mellom utdanningsinstitusjonene og næringslivet.",
      x={"dm": "Delmål 2.2", "status": "Pågår", "med": "partene i arbeidslivet"}),
    M("T59", "NHOs kompetansebarometer", [], "FoU", "NHO", ["NIFU"], "Årlig",
      "Barometeret er en årlig spørreundersøkelse blant medlemsbedriftene om hvilken kompetanse de har behov for. "
      "I 2022 oppga seks av ti bedrifter at de har et udekket behov for kompetanse, og behovet for fagarbeidere er "
      "størst.",
      x={"dm": "–", "status": "Gjennomført for 2022", "med": "NIFU"}),
]


def build(outdir, tmpdir):
    doc = docx_base("Arial", 10)
    sec = doc.sections[0]
    set_margins(sec, 2.2, 2.0)
    header_text(sec, "NHO · Næringslivets Hovedorganisasjon")
    footer_text(sec, "Rapportering til Kompetansepolitisk råd 2022")

    p = doc.add_paragraph()
    add_runs(p, [("NHOs rapportering til Kompetansepolitisk råd – tiltak 2022", "b")], size=16)
    doc.add_paragraph(
        "Nasjonal kompetansepolitisk strategi gikk ut i 2021, men Kompetansepolitisk råd har bedt medlemmene "
        "fortsette å rapportere i påvente av en ny strategi. NHO rapporterer derfor etter samme mal som tidligere, "
        "med henvisning til delmålene i strategien der det er relevant.")
    for m in MEASURES:
        t = doc.add_table(rows=5, cols=4)
        t.style = "Table Grid"
        r0 = t.rows[0]
        cell_text(r0.cells[0], "Tiltakets navn", bold=True, size=9)
        shade(r0.cells[0], "D6E3F0")
        c = r0.cells[1].merge(r0.cells[3])
        cell_text(c, m.title, bold=True, size=10.5)
        pairs = [("Knytning til strategien", m.get("dm"), "Periode/varighet", m.period),
                 ("Ansvar", m.responsible, "Medvirkende", m.get("med")),
                 ("Status", m.get("status"), "Type", m.type)]
        for r, (k1, v1, k2, v2) in zip(t.rows[1:4], pairs):
            cell_text(r.cells[0], k1, bold=True, size=9)
            shade(r.cells[0], "D6E3F0")
            cell_text(r.cells[1], v1, size=9.5)
            cell_text(r.cells[2], k2, bold=True, size=9)
            shade(r.cells[2], "D6E3F0")
            cell_text(r.cells[3], v2, size=9.5)
        r4 = t.rows[4]
        cell_text(r4.cells[0], "Beskrivelse", bold=True, size=9)
        shade(r4.cells[0], "D6E3F0")
        c = r4.cells[1].merge(r4.cells[3])
        cell_text(c, m.description, size=9.5)
        for r in t.rows:
            cant_split(r)
        set_col_widths(t, [3.4, 5.2, 3.2, 4.8])
        doc.add_paragraph()
    doc.add_paragraph("Oslo, januar 2023")
    doc.save(os.path.join(outdir, FILENAME))
