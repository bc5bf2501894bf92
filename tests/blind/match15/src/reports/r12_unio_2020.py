"""Unio 2020 - docx. One table (Delmål | Tiltak | Beskrivelse | Ansvarlig |
Samarbeid) where the Delmål cell is merged vertically over its measures."""
import os

from docx.shared import Pt

from ..common import (M, docx_base, set_margins, set_landscape, shade, repeat_header, set_col_widths,
                      cell_text, add_runs, footer_text)

REPORTER = "Unio"
YEAR = 2020
FILENAME = "Unio_rapportering_2020.docx"

MEASURES = [
    M("T01", "Kompetansebehovsutvalget – Unios representant", ["1.1"], "Råd/utvalg/nettverk", "KD",
      ["Kompetanse Norge", "hovedorganisasjonene"], "",
      "Unio deltar i KBU. Utvalgets rapport NOU 2020: 2 Fremtidige kompetansebehov III kom i februar 2020; Unio "
      "har særlig fulgt opp analysene av behovet for lærere, sykepleiere og annet helsepersonell.",
      x={"grp": "1.1"}),
    M("T45", "Unios digitaliseringspolitikk – videre arbeid med forbundene", ["2.1"], "Arrangement", "Unio",
      ["Unios medlemsorganisasjoner"], "",
      "Arbeidet fra 2018 er videreført. Digital kompetanse er nå en fast del av Unios tillitsvalgtskolering, og det "
      "er laget et felles notat om digital omstilling i offentlig sektor.",
      x={"grp": "2.1"}),
    M("T09", "Partssammensatte prosjekter for digital kompetanse – deltakelse", ["2.1"], "Prosjekt",
      "Kompetanse Norge", ["arbeidsgiverorganisasjonene", "Unio-forbundene"], "",
      "Flere Unio-forbund deltar i prosjekter med tilskudd fra ordningen, blant annet om digital kompetanse i "
      "barnehager og i kommunale helsetjenester.",
      x={"grp": "2.1"}),
    M("T05", "Bransjeprogram for den kommunale helse- og omsorgssektoren", ["2.1", "2.4"], "Kurs/utdanning", "KS",
      ["NSF", "Fagforbundet", "Delta", "Kompetanse Norge"], "",
      "Norsk Sykepleierforbund deltar i styringen av bransjeprogrammet sammen med KS, Fagforbundet og Delta. Unio "
      "har arbeidet for at programmet også skal omfatte videreutdanning for sykepleiere.",
      x={"grp": "2.1 og 2.4"}),
    M("T42", "Finansieringsmodeller for etter- og videreutdanning – oppfølging", ["2.2"], "FoU", "Unio",
      ["Proba samfunnsanalyse"], "",
      "Unio har fulgt opp utredningen fra Proba samfunnsanalyse i innspill til kompetansereformen og i "
      "lønnsoppgjøret, med krav om at arbeidsgiver skal dekke utgiftene til nødvendig videreutdanning.",
      x={"grp": "2.2"}),
    M("T44", "Oppfølging av rapporten om kompetanseheving av helsepersonell", ["2.2"], "FoU", "Unio",
      ["Ny Analyse", "Norsk Sykepleierforbund"], "",
      "Rapporten fra Ny Analyse er brukt i dialog med HOD og Helsedirektoratet om videreutdanning for sykepleiere "
      "og jordmødre i kommunene.",
      x={"grp": "2.2"}),
    M("T38", "Tillitsvalgtskolering om kompetanse og etter- og videreutdanning", ["2.2"], "Kurs/utdanning",
      "Unio", ["Unio-forbundene"], "",
      "Nytt kurs for hovedtillitsvalgte i Unio-forbundene om hvordan de kan fremme kompetanseutvikling i lokale "
      "forhandlinger og drøftinger, og om rettigheter til permisjon for utdanning.",
      x={"grp": "2.2"}),
    M("T46", "Aktiv bruk av studieforbund (videreført)", ["3.6"], "Kurs/utdanning", "Unios forbund",
      ["studieforbundene"], "",
      "Forbundene har i 2020 lagt om kursvirksomheten i studieforbund til digitale kurs for medlemmene.",
      x={"grp": "3.6"}),
]


def build(outdir, tmpdir):
    doc = docx_base("Arial", 10)
    sec = doc.sections[0]
    set_landscape(sec)
    set_margins(sec, 2.0, 1.8)
    footer_text(sec, "Unio – rapportering 2020")

    p = doc.add_paragraph()
    add_runs(p, [("Unios rapportering til Kompetansepolitisk råd for 2020", "b")], size=16)
    doc.add_paragraph(
        "2020 har vært preget av koronapandemien. Mange av Unios medlemmer har stått i første linje i helse- og "
        "omsorgstjenestene og i skoler og barnehager. Samtidig har behovet for digital kompetanse og fleksible "
        "utdanningstilbud blitt tydeligere. Tabellen viser tiltakene Unio har arbeidet med, ordnet etter delmål.")
    hdr = ["Delmål", "Tiltak", "Beskrivelse", "Ansvarlig", "Samarbeid"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9.5)
        shade(t.rows[0].cells[i], "F2DCDB")
    repeat_header(t.rows[0])
    groups = []
    for m in MEASURES:
        if groups and groups[-1][0] == m.get("grp"):
            groups[-1][1].append(m)
        else:
            groups.append((m.get("grp"), [m]))
    for grp, ms in groups:
        first_idx = len(t.rows)
        for m in ms:
            r = t.add_row()
            cell_text(r.cells[1], m.title, bold=True, size=9.5)
            cell_text(r.cells[2], m.description, size=9.5)
            cell_text(r.cells[3], m.responsible, size=9.5)
            cell_text(r.cells[4], ", ".join(m.partners), size=9.5)
        top = t.rows[first_idx].cells[0]
        if len(ms) > 1:
            top = top.merge(t.rows[len(t.rows) - 1].cells[0])
        cell_text(top, grp, bold=True, size=10)
    set_col_widths(t, [1.8, 5.6, 10.4, 2.8, 4.4])
    doc.add_paragraph()
    doc.add_paragraph("Oslo, 8. januar 2021")
    doc.save(os.path.join(outdir, FILENAME))
