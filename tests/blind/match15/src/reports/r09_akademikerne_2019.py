"""Akademikerne 2019 - docx rendered to PDF. Cover page, table of contents,
numbered chapters per delmål, a numbered sub-heading per measure, body text,
and an italic line at the end with ansvar, samarbeid, type and tidsrom."""
from docx.shared import Pt, Cm
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER, WD_ALIGN_PARAGRAPH

from ..common import (M, DELMAL_SHORT, docx_base, set_margins, add_runs, footer_text, page_break,
                      render_via_soffice)

REPORTER = "Akademikerne"
YEAR = 2019
FILENAME = "Akademikerne_rapport_NKPS_2019.pdf"

MEASURES = [
    M("T01", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "Kunnskapsdepartementet",
      ["hovedorganisasjonene i arbeidslivet"], "",
      "Akademikerne deltar i Kompetansebehovsutvalget. Vi har i 2019 særlig vært opptatt av at utvalget ser på "
      "behovet for høyere utdanning og for etter- og videreutdanning blant arbeidstakere med høy utdanning."),
    M("T56", "Karriereveiledning for medlemmer", ["1.3"], "Informasjon", "Akademikerne", ["medlemsforeningene"],
      "Løpende",
      "Medlemsforeningene tilbyr karriereveiledning, kurs og rådgivning til medlemmer i overgangen mellom "
      "utdanning og arbeid og mellom jobber. Tilbudet er utvidet med digitale veiledningssamtaler."),
    M("T08", "Partssammensatt arbeidsgruppe om digital kompetanse", ["2.1"], "Råd/utvalg/nettverk", "KD",
      ["Kompetanse Norge", "partene i arbeidslivet"], "2018",
      "Akademikerne deltok i arbeidsgruppen som identifiserte kompetansebehov som følge av digitalisering. "
      "Arbeidsgruppens rapport ble lagt fram for Kompetansepolitisk råd i april 2018."),
    M("T09", "Tilskudd til partssammensatte prosjekter for digital kompetanse", ["2.1"], "Prosjekt",
      "Kompetanse Norge", ["Akademikerne", "de andre partene"], "2019–2020",
      "Akademikerne har sittet i referansegruppen for ordningen, som gir midler til prosjekter der arbeidsgivere "
      "og tillitsvalgte sammen utvikler opplæring i digital kompetanse."),
    M("T07", "Fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "Kurs/utdanning", "KD",
      ["Kompetanse Norge", "DIKU"], "2018–2020",
      "Akademikerne har bidratt til at tilskuddsordningen også omfatter tilbud på masternivå for arbeidstakere som "
      "allerede har høyere utdanning, blant annet innen IKT-sikkerhet og dataanalyse."),
    M("T54", "Forskningsrapport «Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre»",
      ["2.2"], "FoU", "Akademikerne/Econa", ["Ny Analyse"], "2019",
      "Rapporten kartlegger omfanget av etter- og videreutdanning blant høyt utdannede og drøfter hvordan "
      "arbeidsgivere og myndigheter kan legge bedre til rette for livslang læring."),
    M("T55", "Forskningsrapport «Yngre eldre i arbeidslivet»", ["2.2"], "FoU", "Akademikerne/Econa",
      ["Ny Analyse"], "2019",
      "Rapporten ser på kompetanseutvikling og karrieremuligheter for arbeidstakere over 50 år, og på hva som "
      "skal til for at seniorene fortsetter å lære i jobben."),
    M("T15", "Jenter og teknologi", ["2.3"], "Informasjon", "NHO", ["Akademikerne/Tekna", "NITO"], "Årlig",
      "Tekna er samarbeidspartner i kampanjen, som skal få flere jenter til å velge teknologiske utdanninger og "
      "yrker."),
]

CHAPTERS = [
    ("1.1", "Kompetansebehovsutvalget"),
    ("1.3", "Karriereveiledning"),
    ("2.1", "Digital kompetanse"),
    ("2.2", "Kunnskapsgrunnlaget om læring i arbeidslivet"),
    ("2.3", "Karrieremuligheter i yrkesfag og teknologi"),
]


def build(outdir, tmpdir):
    doc = docx_base("Calibri", 11)
    sec = doc.sections[0]
    set_margins(sec, 2.5, 2.5)
    sec.different_first_page_header_footer = True
    footer_text(sec, "Akademikerne · Rapportering 2019")

    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    add_runs(p, [("AKADEMIKERNE", "b")], size=16)
    p = doc.add_paragraph()
    add_runs(p, [("Rapportering til Kompetansepolitisk råd", "b")], size=24)
    p = doc.add_paragraph()
    add_runs(p, [("Tiltak i 2019 for å følge opp Nasjonal kompetansepolitisk strategi", "")], size=13)
    for _ in range(7):
        doc.add_paragraph()
    doc.add_paragraph("Akademikerne, Fridtjof Nansens plass 6, Oslo · Februar 2020")
    page_break(doc)

    p = doc.add_paragraph()
    add_runs(p, [("Innhold", "b")], size=15)
    numbered = []
    chap = 2
    toc = [("1", "Innledning", 3)]
    for code, name in CHAPTERS:
        toc.append((str(chap), f"Delmål {code} – {name}", 3 + (chap - 2) // 2))
        sub = 1
        for m in MEASURES:
            if m.delmal[0] == code:
                numbered.append((f"{chap}.{sub}", m))
                toc.append((f"{chap}.{sub}", m.title, 3 + (chap - 2) // 2))
                sub += 1
        chap += 1
    for num, text, pg in toc:
        q = doc.add_paragraph()
        q.paragraph_format.tab_stops.add_tab_stop(Cm(15.9), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        q.paragraph_format.space_after = Pt(2)
        if "." in num:
            q.paragraph_format.left_indent = Cm(0.9)
        q.add_run(f"{num}\u2003{text}\t{pg}")
    page_break(doc)

    doc.add_heading("1 Innledning", level=1)
    doc.add_paragraph(
        "Akademikerne er hovedorganisasjonen for arbeidstakere med høyere utdanning og organiserer rundt 220 000 "
        "medlemmer i 13 foreninger. I denne rapporten beskriver vi tiltakene Akademikerne og medlemsforeningene "
        "har gjennomført eller deltatt i i 2019. Tiltakene er ordnet etter delmålene i strategien.")
    chap = 2
    for code, name in CHAPTERS:
        doc.add_heading(f"{chap} Delmål {code} – {name}", level=1)
        for num, m in numbered:
            if not num.startswith(f"{chap}."):
                continue
            doc.add_heading(f"{num} {m.title}", level=2)
            doc.add_paragraph(m.description)
            meta = f"Ansvarlig: {m.responsible}. Samarbeid: {', '.join(m.partners)}. Type: {m.type}."
            if m.period:
                meta += f" Tidsrom: {m.period}."
            q = doc.add_paragraph()
            add_runs(q, [(meta, "i")], size=9.5)
        chap += 1
    render_via_soffice(doc, FILENAME, outdir, tmpdir)
