"""Regjeringen 2020 - docx, landscape. One table with full-width separator
rows per hovedinnsatsområde; columns Tiltak | Beskrivelse og status 2020 |
Delmål | Type | Ansvarlig dep. | Samarbeid."""
import os

from docx.shared import Pt

from ..common import (M, AREAS, docx_base, set_margins, set_landscape, shade, repeat_header, set_col_widths,
                      cell_text, add_runs, footer_text, header_text)

REPORTER = "Regjeringen"
YEAR = 2020
FILENAME = "Regjeringen_rapportering_NKPS_2020.docx"

MEASURES = [
    M("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD",
      ["ASD", "KMD", "partene", "Kompetanse Norge"], "",
      "Utvalget la fram NOU 2020: 2 Fremtidige kompetansebehov III – Læring og kompetanse i alle deler av "
      "arbeidslivet i februar 2020. Mandatet for utvalget er forlenget."),
    M("T10", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "KD",
      ["Kompetanse Norge", "fylkeskommunene"], "",
      "Rammeverket ble lansert i 2020 og tas i bruk i karrieresentrene og i skolene."),
    M("T11", "Nettbasert karriereveiledning", ["1.3"], "Informasjon", "KD", ["Kompetanse Norge"], "",
      "Den nasjonale digitale karriereveiledningstjenesten ble åpnet i januar 2020 og har hatt stor pågang under "
      "koronapandemien."),
    M("T07", "Tilskuddsordning for fleksible videreutdanningstilbud", ["2.1", "2.4"], "Kurs/utdanning", "KD",
      ["Kompetanse Norge", "fagskoler", "universiteter og høyskoler"], "",
      "Ordningen er utvidet fra digital kompetanse til også å omfatte helse og omsorg og andre områder med "
      "kompetansebehov. Det ble gitt tilsagn til om lag 100 tilbud i 2020."),
    M("T04", "Bransjeprogrammene for kompetanseutvikling", ["2.1", "2.4"], "Kurs/utdanning", "KD",
      ["partene i arbeidslivet", "Kompetanse Norge", "utdanningstilbydere"], "",
      "I 2020 ble det etablert nye bransjeprogram, blant annet for varehandel, reiseliv og elektrofag. "
      "Programmene ble styrket i krisepakkene under pandemien."),
    M("T13", "Kompetansereformen – Lære hele livet (Meld. St. 14 (2019–2020))", ["2.2"], "Prosjekt", "KD",
      ["ASD", "NFD", "partene"], "",
      "Meldingen ble lagt fram i februar 2020. Reformen skal sikre at ingen går ut på dato, og følges opp i "
      "samarbeid med partene."),
    M("T12", "Oppfølging av ekspertutvalget for etter- og videreutdanning", ["2.2"], "Råd/utvalg/nettverk", "KD",
      ["ASD"], "",
      "Utvalgets rapport NOU 2019: 12 Lærekraftig utvikling har vært på høring og følges opp i "
      "kompetansereformen."),
    M("T02", "Samfunnskontrakt for flere læreplasser", ["2.3"], "Råd/utvalg/nettverk", "KD", ["partene", "KS"], "",
      "Kontrakten er forlenget ut 2021. En ny kontrakt skal forhandles med partene i 2021."),
    M("T16", "Forsøk med forberedende voksenopplæring (FVO)", ["3.1"], "Kurs/utdanning", "KD",
      ["Kompetanse Norge", "kommuner"], "",
      "Forsøket ble avsluttet i 2020. Erfaringene inngår i arbeidet med ny regulering av grunnskoleopplæring for "
      "voksne."),
    M("T17", "Fagopplæring i Kompetansepluss – prøveordning", ["3.2"], "Kurs/utdanning", "KD",
      ["Kompetanse Norge", "fylkeskommuner"], "",
      "Prøveordningen er i gang i fem fylker og gjør det mulig å kombinere grunnleggende ferdigheter og "
      "fagopplæring."),
    M("T40", "Opplæring for permitterte og ledige med dagpenger", ["3.3", "3.5"], "Kurs/utdanning", "ASD",
      ["KD", "NAV"], "",
      "Som del av krisetiltakene under koronapandemien ble adgangen til å ta opplæring med dagpenger utvidet, og "
      "det ble gitt midler til utdanningstilbud for permitterte."),
    M("T21", "Integreringsloven – endringer i introduksjonsprogrammet", ["3.4"], "Prosjekt", "KD",
      ["IMDi", "Kompetanse Norge", "kommunene"], "",
      "Ny integreringslov trer i kraft 1. januar 2021, med krav om formell kvalifisering og sluttmål i "
      "introduksjonsprogrammet."),
]


def build(outdir, tmpdir):
    doc = docx_base("Times New Roman", 10.5)
    sec = doc.sections[0]
    set_landscape(sec)
    set_margins(sec, 2.0, 1.8)
    header_text(sec, "Kunnskapsdepartementet")
    footer_text(sec, "Regjeringens rapportering til Kompetansepolitisk råd 2020")

    p = doc.add_paragraph()
    add_runs(p, [("Regjeringens rapportering til Kompetansepolitisk råd 2020", "b")], size=16)
    doc.add_paragraph(
        "Regjeringen la i 2020 fram kompetansereformen Lære hele livet. Koronapandemien førte til at flere tiltak "
        "ble forsterket eller lagt om, særlig tiltak for permitterte og ledige. Tabellen gir en oversikt over "
        "regjeringens tiltak i 2020. Delmål er oppgitt med nummer; der et tiltak bidrar til flere delmål, er alle "
        "oppgitt.")
    hdr = ["Tiltak", "Beskrivelse og status 2020", "Delmål", "Type", "Ansvarlig dep.", "Samarbeid"]
    t = doc.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9.5)
        shade(t.rows[0].cells[i], "BDD7EE")
    repeat_header(t.rows[0])
    area = None
    for m in MEASURES:
        a = m.delmal[0][0]
        if a != area:
            area = a
            r = t.add_row()
            c = r.cells[0].merge(r.cells[-1])
            cell_text(c, f"Hovedinnsatsområde {a} – {AREAS[a]}", bold=True, size=9.5)
            shade(c, "EDEDED")
        r = t.add_row()
        vals = [m.title, m.description, ", ".join(m.delmal), m.type, m.responsible, ", ".join(m.partners)]
        for i, v in enumerate(vals):
            cell_text(r.cells[i], v, size=9.5, bold=(i == 0))
    set_col_widths(t, [5.4, 9.2, 1.6, 2.8, 2.0, 4.0])
    doc.add_paragraph()
    doc.add_paragraph("Kunnskapsdepartementet, februar 2021")
    doc.save(os.path.join(outdir, FILENAME))
