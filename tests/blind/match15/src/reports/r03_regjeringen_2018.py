"""Regjeringen 2018 - docx rendered to PDF by LibreOffice. Landscape matrix per
hovedinnsatsområde; the Delmål cell (code + full text) is merged vertically over
all measures of that delmål; header row repeats; rows may break over pages."""
from docx.shared import Pt

from ..common import (M, DELMAL, AREAS, docx_base, set_margins, set_landscape, shade, repeat_header,
                      set_col_widths, cell_text, add_runs, footer_text, header_text, render_via_soffice,
                      join_no)

REPORTER = "Regjeringen"
YEAR = 2018
FILENAME = "Regjeringen_oppfolging_NKPS_2018.pdf"

P = ", "
MEASURES = [
    M("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD",
      ["KMD", "ASD", "partene i arbeidslivet", "Kompetanse Norge"], "",
      "Utvalget ble oppnevnt i 2017 og leverte sin første rapport, NOU 2018: 2 Fremtidige kompetansebehov I – "
      "Kunnskapsgrunnlaget, i februar 2018. Utvalget skal levere en temarapport hvert år."),
    M("T10", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "KD",
      ["Kompetanse Norge", "fylkeskommunene"], "",
      "Kompetanse Norge utvikler et kvalitetsrammeverk med felles standarder for karriereveiledning, en "
      "kompetansestandard for veiledere og etiske retningslinjer."),
    M("T11", "Utvikling av en nasjonal digital karriereveiledningstjeneste", ["1.3"], "Informasjon", "KD",
      ["Kompetanse Norge", "Utdanningsdirektoratet"], "",
      "Tjenesten skal gi alle innbyggere tilgang til karriereveiledning på nett, via chat, telefon og e-post. "
      "Lansering er planlagt i 2020."),
    M("T07", "Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse", ["2.1"],
      "Kurs/utdanning", "KD", ["Kompetanse Norge", "DIKU", "partene i arbeidslivet"], "",
      "Tilskuddsordningen ble utlyst første gang i 2018. Universiteter, høyskoler og fagskoler kan søke om midler "
      "til å utvikle fleksible tilbud i samarbeid med arbeidslivet."),
    M("T08", "Partssammensatt arbeidsgruppe for identifisering av kompetansebehov som følge av digitalisering",
      ["2.1"], "Råd/utvalg/nettverk", "KD",
      ["Kompetanse Norge", "LO", "NHO", "Unio", "KS", "YS", "Spekter", "Akademikerne"], "",
      "Arbeidsgruppen leverte sine forslag til Kompetansepolitisk råd i april 2018. Kompetanse Norge hadde "
      "sekretariatet."),
    M("T09", "Tilskudd til partssammensatte prosjekter for å styrke digital kompetanse", ["2.1"], "Prosjekt", "KD",
      ["Kompetanse Norge", "partene i arbeidslivet"], "",
      "Som oppfølging av arbeidsgruppens forslag er det satt av midler til prosjekter der partene i arbeidslivet "
      "samarbeider om opplæring i digital kompetanse for ansatte med lite formell utdanning."),
    M("T04", "Tilskudd til bransjeprogram for industri- og byggenæringen og lokal helse- og omsorgssektor",
      ["2.1"], "Kurs/utdanning", "KD",
      ["Kompetanse Norge", "partene i bransjene", "utdanningsinstitusjoner"], "",
      "Bransjeprogrammene er et trepartssamarbeid der staten og partene i bransjen definerer kompetansebehovene, "
      "og utdanningsinstitusjonene utvikler tilbud. Programmene startet opp høsten 2018."),
    M("T12", "Ekspertutvalg om etter- og videreutdanning", ["2.2"], "Råd/utvalg/nettverk", "KD",
      ["forskere", "utdanningsinstitusjoner", "aktører fra offentlig sektor og næringslivet"], "",
      "Utvalget ble satt ned i 2018 og skal vurdere hvordan arbeidstakere kan få tilgang til relevant etter- og "
      "videreutdanning. Utvalget leverer sin utredning i juni 2019."),
    M("T02", "Samfunnskontrakten for flere læreplasser", ["2.3"], "Råd/utvalg/nettverk", "KD",
      ["partene i arbeidslivet", "KS"], "",
      "Kontrakten gjelder for perioden 2016–2020. Målet er at alle kvalifiserte søkere skal få læreplass, og at "
      "offentlig sektor skal ta inn flere lærlinger."),
    M("T14", "Yrkesfagenes år 2018", ["2.3"], "Informasjon", "KD",
      ["Utdanningsdirektoratet", "LO", "NHO", "YS", "Virke", "Spekter"], "",
      "En informasjons- og omdømmekampanje på nett og i sosiale medier for å synliggjøre karrieremulighetene i "
      "yrkesfagene."),
    M("T61", "Godkjenningsordning for utenlandsk fagskoleutdanning", ["2.6"], "Kurs/utdanning", "KD",
      ["NOKUT"], "",
      "Ny ordning for godkjenning av utenlandsk fagskoleutdanning åpnet 1. januar 2019."),
    M("T16", "Forsøk med forberedende voksenopplæring (FVO)", ["3.1"], "Kurs/utdanning", "KD",
      ["Kompetanse Norge", "fylkeskommuner", "kommuner"], "",
      "Forsøket prøver ut et helhetlig opplæringstilbud i grunnleggende ferdigheter og grunnskolefag for voksne. "
      "Det pågår i utvalgte kommuner og fylkeskommuner til og med 2020."),
    M("T17", "Prøveordning med fagopplæring i Kompetansepluss", ["3.2"], "Kurs/utdanning", "KD",
      ["Kompetanse Norge"], "",
      "Prøveordningen skal gjøre det mulig å kombinere opplæring i grunnleggende ferdigheter med fagopplæring "
      "fram mot fagbrev. Oppstart i 2019."),
    M("T22", "Hurtigsporet i introduksjonsprogrammet", ["3.3"], "Prosjekt", "JD",
      ["IMDi", "NAV", "kommuner", "partene i arbeidslivet"], "",
      "Nyankomne flyktninger med kompetanse som etterspørres i arbeidslivet, skal raskt ut i jobb gjennom tett "
      "samarbeid mellom kommunene, NAV og arbeidsgivere."),
    M("T21", "Reform av introduksjonsprogrammet", ["3.4"], "Prosjekt", "KD",
      ["IMDi", "Kompetanse Norge"], "",
      "Regjeringen forbereder en ny integreringslov med vekt på formell kvalifisering og bedre norskopplæring i "
      "introduksjonsprogrammet."),
    M("T24", "Utredning om studieforbundene", ["3.6"], "FoU", "KD", ["KuD"], "",
      "Det er satt i gang en utredning om studieforbundenes rolle i kompetansepolitikken og om "
      "tilskuddsordningen er innrettet på en god måte."),
]


def build(outdir, tmpdir):
    doc = docx_base("Arial", 9.5)
    sec = doc.sections[0]
    set_landscape(sec)
    set_margins(sec, 1.7, 1.5)
    header_text(sec, "Kunnskapsdepartementet – rapportering til Kompetansepolitisk råd")
    footer_text(sec, "Regjeringens rapportering 2018")

    p = doc.add_paragraph()
    add_runs(p, [("Regjeringens rapportering for 2018", "b")], size=18)
    p = doc.add_paragraph()
    add_runs(p, [("Oppfølging av Nasjonal kompetansepolitisk strategi 2017–2021", "")], size=13)
    doc.add_paragraph(
        "Regjeringen har sammen med partene i arbeidslivet, frivillig sektor og fylkeskommunene forpliktet seg til "
        "å følge opp strategien. Oversikten nedenfor viser tiltak i regi av departementene og underliggende etater "
        "i 2018, sortert etter hovedinnsatsområde og delmål. Flere tiltak bidrar til mer enn ett delmål; de er "
        "plassert under det delmålet de først og fremst skal bidra til. Rapporten er utarbeidet av "
        "Kunnskapsdepartementet på grunnlag av innspill fra KMD, ASD, JD, NFD og KuD.")
    doc.add_paragraph("Kunnskapsdepartementet, mars 2019")

    hdr = ["Delmål", "Tiltak", "Kort omtale", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]
    widths = [5.2, 4.6, 7.6, 2.6, 1.9, 3.7]
    by_area = {}
    for m in MEASURES:
        by_area.setdefault(m.delmal[0][0], []).append(m)
    for area, ms in by_area.items():
        h = doc.add_paragraph()
        add_runs(h, [(f"Hovedinnsatsområde {area}: {AREAS[area]}", "b")], size=12)
        t = doc.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, hn in enumerate(hdr):
            cell_text(t.rows[0].cells[i], hn, bold=True, size=9)
            shade(t.rows[0].cells[i], "DCE6F1")
        repeat_header(t.rows[0])
        groups = []
        for m in ms:
            if groups and groups[-1][0] == m.delmal[0]:
                groups[-1][1].append(m)
            else:
                groups.append((m.delmal[0], [m]))
        for code, gms in groups:
            first = None
            for m in gms:
                row = t.add_row()
                if first is None:
                    first = row
                cell_text(row.cells[1], m.title, size=9)
                cell_text(row.cells[2], m.description, size=9)
                cell_text(row.cells[3], m.type, size=9)
                cell_text(row.cells[4], m.responsible, size=9)
                cell_text(row.cells[5], ", ".join(m.partners), size=9)
            top = first.cells[0]
            if len(gms) > 1:
                top = top.merge(t.rows[len(t.rows) - 1].cells[0])
            cell_text(top, f"{code} {DELMAL[code]}", size=8.5)
        set_col_widths(t, widths)
        doc.add_paragraph()
    p = doc.add_paragraph()
    add_runs(p, [("Totalt antall tiltak: ", "b"), (str(len(MEASURES)), "")])
    render_via_soffice(doc, FILENAME, outdir, tmpdir)
