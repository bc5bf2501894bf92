#!/usr/bin/env python3
"""Generate the held-out corpus of *table-like* NKPS follow-up reports for 2018.

Layouts 2 and 3 of /work/shared/domain.md:

  ks_2018_rowtable.docx/.pdf          one Word table, a row per measure, row split by the page break
  nho_2018_rowtable.pdf               reportlab, ruled grid, SPAN-merged Delmål column, extra column
  vofo_2018_unruled.pdf               reportlab, no ruling at all (whitespace-aligned columns)
  unio_2018_forms.docx/.pdf           one two-column form table per measure
  akademikerne_2018_paragraphs.docx/.pdf  Heading 2 per measure + "Label: value" paragraphs
  matrix_excerpt_2018.docx/.pdf       the directorate's matrix, area 3, w:vMerge + w:tblHeader

The .docx files are written with python-docx + raw WordprocessingML and rendered to PDF with
LibreOffice (the way a reporter "saves as PDF"); the two reportlab PDFs are drawn directly.
The ground truth (expected.json) is written from the SAME source data the documents are built
from - never from reading the rendered files back.  After rendering, every PDF is opened with
pdfplumber and checked for the features it is meant to exercise (verify_*); a failed check makes
the script exit non-zero.

Not run in CI (needs LibreOffice and reportlab).  Usage:

    /work/venv/bin/python make_heldout.py            # writes everything here
    /work/venv/bin/python make_heldout.py --no-pdf   # only .docx + expected.json

Old NKPS numbering: "tiltak nr n" is the n-th delmål (1->1.1 .. 4->1.4, 5->2.1 .. 10->2.6,
11->3.1 .. 16->3.6).
"""
from __future__ import annotations

import argparse
import datetime
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
REPORT_YEAR = 2018

DELMAL = ["1.1", "1.2", "1.3", "1.4",
          "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
          "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]


def old_to_delmal(n: int) -> str:
    return DELMAL[n - 1]


# Full delmål texts as printed in the 2018 summary (001, Vedlegg 1 / matrix column 1).
DELMAL_TEXT = {
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle, og "
           "legge bedre til rette for regionalt samarbeid mellom ulike kompetanseaktører.",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet, "
           "for å gjøre utdanningen relevant og for å gi bedre tilgang på kvalifisert arbeidskraft "
           "i alle regioner.",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken for å utnytte "
           "den teknologiske utviklingen og sikre nødvendig omstilling.",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet og spesielt kunnskapen om verdien "
           "av å investere i kompetanseutvikling for samfunnet, virksomheten og den enkelte",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger "
           "og yrker",
    "2.4": "Arbeide mer systematisk for å koble kompetansebehov i små og store virksomheter og "
           "ulike klynger og næringsmiljø til utdannings- og opplæringstilbydere for utvikling av "
           "relevante etter- og videreutdanningstilbud.",
    "3.1": "Gi fleksibel opplæring på voksnes premisser med sikte på raskere overgang til arbeid "
           "eller videre opplæring og at flest mulig voksne får anledning til å ta videregående "
           "opplæring.",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene, inkludert prosjekter i samiske "
           "områder. Kompetansepluss arbeid og Kompetansepluss frivillighet videreutvikles i "
           "dialog med partene i arbeidslivet, og med frivillig sektor, herunder VOFO. Det "
           "etableres forsøk der Kompetansepluss arbeid kan kobles sammen med fagopplæring.",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og "
           "integreringspolitikken, og benytte arbeidslivet mer aktivt som læringsarena.",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige "
           "kvalifiseringstiltak for innvandrere. Styrke samarbeidet mellom myndighetene og "
           "partene om dette arbeidet.",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere som trenger kvalifisering "
           "for å komme i jobb, gjennom blant annet økt satsing på kurs i grunnleggende "
           "ferdigheter, norskopplæring og utvikling av to-årig yrkesrettet opplæringstiltak.",
    "3.6": "Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom "
           "opplæring i frivillig sektor.",
}

AREA3_HEADING = ("Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til "
                 "arbeidslivet")

# Markers inside source strings that reach a PDF drawn by reportlab:
#   SHY  = a word hyphenated at the line break  -> drawn "kompetanse-" / "utvikling";
#          the reader reads "kompetanseutvikling"
#   HYBR = a real hyphen of a compound that falls at the line break -> drawn "Sørøst-" / "Norge";
#          the reader reads "Sørøst-Norge"
#   BR   = a plain forced line break (between words)
SHY, HYBR, BR = "\x01", "\x02", "\x03"


def reader_text(s: str) -> str:
    """What a reader reads: markers resolved, whitespace collapsed."""
    s = s.replace(SHY, "").replace(HYBR, "-").replace(BR, " ")
    return norm(s)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------------------
# Source data
# ---------------------------------------------------------------------------

# 1. KS: one row per measure.  "rel" is the text of the "Relasjon til delmål" cell, "codes" what
# it means.  "title"/"period" are lists of paragraphs inside the cell.
KS = {
    "file": "ks_2018_rowtable",
    "reporter": "KS",
    "measures": [
        dict(title=["Kompetanseløft Trøndelag (DigiT) - digitaliseringsutvalg Trøndelag"],
             rel="1.2", codes=["1.2"], type="Råd/utvalg/nettverk",
             resp="KS, Trøndelag fylkeskommune, Fylkesmannen", partners="kommuner",
             period=["2018–2020"]),
        dict(title=["Rapport om kommunen som læringsarena for helse- og velferdsutdanninger"],
             rel="1.4", codes=["1.4"], type="FoU", resp="KS", partners="Rambøll",
             period=["Rapporten ble publisert i juni 2018"]),
        dict(title=["Opprettelse av kommunenes strategiske forskningsorgan (KSF)"],
             rel="delmål 1.4", codes=["1.4"], type="Råd/utvalg/ nettverk", resp="KS",
             partners="Kommuner", period=["Etablert våren 2018, varig"]),
        dict(title=["Deltakelse i arbeidsgruppe for pilotering av funksjon som lærerspesialist"],
             rel="1.4", codes=["1.4"], type="Kurs/utdanning", resp="KS",
             partners="KD, Utdanningsdirektoratet, Nasjonalt råd for lærerutdanning (NRLU) og "
                      "Utdanningsforbundet",
             period=["2017–2019"]),
        dict(title=["Menn i helse, evaluering"],
             rel="delmål 1.4", codes=["1.4"], type="Forskning og utvikling", resp="KS",
             partners="Østlandsforskning", period=["Sluttrapport desember 2018"]),
        dict(title=["Nasjonalt lederprogram for ledere i kommunesektoren, i samarbeid med "
                    "universiteter og høyskoler"],
             rel="1.4", codes=["1.4"], type="Kurs/utdanning", resp="KS",
             partners="Universiteter og høyskoler", period=["Løpende opptak, to semestre"]),
        # the long row that the page break splits (title and period both run over the break)
        dict(title=["Samarbeid om digital kompetanse. Totalt 71 kommuner med prosjektet "
                    "(1. januar 2018 - ut 2019).",
                    "KS har fått ansvar for å gjennomføre ulike typer møteplasser med bistand fra "
                    "alle partene i samarbeidet. Målet er at ansatte i kommunene skal få bedre "
                    "grunnleggende digital kompetanse, og at ledere og tillitsvalgte sammen skal "
                    "kunne lede digitale omstillingsprosesser.",
                    "Prosjektet har regionale samlinger i alle fylker, og erfaringene samles i en "
                    "veileder som blir gjort tilgjengelig for alle kommuner og fylkeskommuner."],
             rel="2.1", codes=["2.1"], type="Prosjekt", resp="KS",
             partners="KMD, hovedorganisasjonene",
             period=["Prosjektperiode 1. januar 2018 – 31. desember 2019.",
                     "Første runde med regionale samlinger ble holdt høsten 2018, andre runde "
                     "holdes våren 2019. Sluttrapport og veileder legges fram i desember 2019."]),
        dict(title=["Ulike konferanser og seminarer"],
             rel="2.1", codes=["2.1"], type="Arrangement", resp="KS", partners="",
             period=["Løpende gjennom 2018"]),
        dict(title=["Lederutfordringer i digitale omstillingsprosesser"],
             rel="2.1", codes=["2.1"], type="FoU", resp="KS", partners="PwC",
             period=["Rapport levert november 2018"]),
        dict(title=["Kommunesektorens Arbeidslivsmonitor, ny rapport i september 2019"],
             rel="2.2", codes=["2.2"], type="FoU", resp="KS", partners="",
             period=["Årlig"]),
        dict(title=["KS Læring, en plattform der kommuner kan dele kurs, arrangementer og annen "
                    "kunnskap med sine ansatte og med hverandre."],
             rel="2.2", codes=["2.2"], type="Informasjon", resp="KS", partners="Kommuner",
             period=["Varig"]),
        dict(title=["Ny FoU «Finansieringsmodeller for etter- og videreutdanninger»"],
             rel="2.2", codes=["2.2"], type="FoU", resp="KS", partners="",
             period=["2018–2019"]),
        dict(title=["«Teknologibasert læring på arbeidsplassen». Starter 2019"],
             rel="delmål 2.2", codes=["2.2"], type="FoU", resp="KS", partners="",
             period=["2019–2020"]),
        dict(title=["«Kartlegging av endrede kompetansebehov i en digitalisert helse- og "
                    "omsorgssektor»"],
             rel="2.2", codes=["2.2"], type="FoU", resp="KS", partners="IPSOS",
             period=["Høsten 2018"]),
        dict(title=["Oppdatert kompetanse- og rekrutteringsstrategi for kommunesektoren"],
             rel="2.2, 2.4", codes=["2.2", "2.4"], type="Prosjekt", resp="KS",
             partners="Kommuner, fylkeskommuner, arbeidstakerorganisasjonene",
             period=["Vedtatt i 2018, gjelder 2018–2021"]),
        dict(title=["Status 2018, lærlinger i kommunesektoren"],
             rel="2.3", codes=["2.3"], type="Informasjon", resp="KS", partners="",
             period=["Årlig statusrapport"]),
        dict(title=["Lærlingkampanje for kommunale fag: helsearbeiderfaget, barne- og "
                    "ungdomsarbeiderfaget og IKT-servicefaget"],
             rel="2.3", codes=["2.3"], type="Informasjon", resp="KS",
             partners="Fylkeskommunene, Fagforbundet", period=["Februar–april 2018"]),
        dict(title=["Nettverk for kommunale voksenopplæringssentre om kvalifisering av "
                    "innvandrere"],
             rel="delmål 3.4", codes=["3.4"], type="Råd/utvalg/nettverk", resp="KS",
             partners="IMDi, Kompetanse Norge", period=["2018–2019"]),
    ],
}
KS_SPLIT_ROW = 6          # index of the row the page break must split
KS_INTRO_PARAS = 5        # paragraphs before the table (tuned so the break falls in KS_SPLIT_ROW)

# 2. NHO: ruled reportlab table, Delmål merged (SPAN), extra column "Kommentar".
NHO = {
    "file": "nho_2018_rowtable",
    "reporter": "NHO",
    "measures": [
        dict(delmal="1.2", title="Utarbeidelse av rapporten «Yrkesopplæringsnemndas rolle og "
                                 "ansvar»",
             type="FoU", resp="NHO", partners="Partene",
             comment="Lagt fram i oktober 2018"),
        dict(delmal="1.4", title="Deltakelse i Samarbeidsrådet for yrkesopplæring (SRY) og i de "
                                 "faglige rådene",
             type="Råd/utvalg/nettverk", resp="NHO", partners="LO, KS, Unio, YS, Spekter, Virke",
             comment="Varig"),
        dict(delmal="1.4", title="Deltakelse i Råd for samarbeid med arbeidslivet (RSA) ved "
                                 "universiteter og høyskoler",
             type="Råd/utvalg/nettverk", resp="NHO og landsforeningene",
             partners="Universiteter og høyskoler", comment=""),
        dict(delmal="2.1", title="Kartlegging av digital kompetanse i medlemsbedriftene "
                                 "(NHOs kompetansebarometer)",
             type="FoU", resp="NHO", partners="NIFU",
             comment="Publisert desember 2018"),
        dict(delmal="2.2", title="Rapport om fagarbeideres bidrag til innovasjon i bedrifter.",
             type="FoU", resp="NHO", partners="Fafo", comment="Ferdigstilt"),
        dict(delmal="2.2", title="Bestilt rapport som beskriver gode eksempler på strategier "
                                 "for kompetanse" + SHY + "utvikling i næringslivet",
             type="FoU", resp="NHO", partners="", comment="Leveres våren 2019"),
        dict(delmal="2.2", title="Bestilt rapport som beskriver 2-3 alternative innretninger på "
                                 "en skatteincentivmodell for kompetanse i virksomheter",
             type="FoU", resp="NHO", partners="",
             comment="Innspill til regjeringen"),
        dict(delmal="2.3", title="Prosjektet «Jenter og teknologi» ble i 2018 gjennomført for "
                                 "tredje år på rad som nasjonal kampanje",
             type="Informasjon", resp="NHO", partners="NITO, Abelia, Norsk Industri",
             comment="Videreføres i 2019"),
        dict(delmal="2.3", title="Yrkesfagkampanje for industrifagene i Sørøst" + HYBR +
                                 "Norge sammen med fylkeskommunene og skolene",
             type="Informasjon", resp="NHO Telemark og Vestfold",
             partners="Vestfold fylkeskommune, Telemark fylkeskommune",
             comment="Pilot, evalueres 2019"),
        dict(delmal="2.4", title="Pilot for bransjeprogram for kompetanseutvikling i industri og "
                                 "bygg",
             type="Kurs/utdanning", resp="Partene",
             partners="KD, LO, Fellesforbundet, Norsk Industri, BNL",
             comment="Oppstart 2019"),
        dict(delmal="3.1", title="Kampanje i fire byer for å fremme Hurtigsporet for nyankomne "
                                 "flyktninger. Synliggjøre flyktningers kompetanse og "
                                 "rekrutteringsmuligheter for næringslivet",
             type="Informasjon", resp="NHO",
             partners="NAV, Bergen, Bodø, Drammen, Fredrikstad", comment="Gjennomført 2018"),
        dict(delmal="3.3", title="Ringer i vannet – rekruttering av personer som står utenfor "
                                 "arbeidslivet, med opplæring i bedrift",
             type="Prosjekt", resp="NHO Service og Handel", partners="NAV",
             comment="Varig samarbeid"),
    ],
}

# 3. VOFO: unruled reportlab table.  "rel" = Delmål cell text.
VOFO = {
    "file": "vofo_2018_unruled",
    "reporter": "VOFO",
    "measures": [
        dict(title="Styrke VOFOs regionale tilstedeværelse og bidrag i regionalt "
                   "kompetansesamarbeid",
             rel="1.2 og 1.3", codes=["1.2", "1.3"], type="Kurs/utdanning", resp="VOFO",
             partners="Studieforbund og kursarrangører i kommuner og fylkeskommuner"),
        dict(title="Sammenslåing av regionledd for å styrke VOFOs regionale tilstedeværelse",
             rel="1.2", codes=["1.2"], type="Prosjekt", resp="VOFO",
             partners="Ulike VOFO-regioner"),
        dict(title="Kompetanseheving for eksisterende og nye regionkonsulenter i hele landet",
             rel="1.2", codes=["1.2"], type="Kurs / utdanning", resp="VOFO",
             partners="Egne ansatte"),
        dict(title="Samhandling med fylkeskommuner - partnerskapsavtaler med fylkeskommuner om "
                   "opplæring i frivillig sektor",
             rel="1.2", codes=["1.2"], type="Informasjon", resp="VOFO og VOFOs regionledd",
             partners="Fylkeskommunene"),
        dict(title="Promotering av Kompetanseplussordningene overfor studieforbund og "
                   "medlemsorganisasjoner",
             rel="3.2", codes=["3.2"], type="Informasjon", resp="VOFO",
             partners="Studieforbundene"),
        dict(title="Evaluering av Kompetansepluss Frivillig, med vekt på deltakernes utbytte",
             rel="3.2", codes=["3.2"], type="FoU", resp="VOFO",
             partners="Frivillig sektor, Kompetanse Norge"),
        dict(title="Regelverks- og praksisendring i studieforbundsordningen etter ny "
                   "voksenopplæringslov",
             rel="3.6", codes=["3.6"], type="Råd/utvalg/nettverk", resp="VOFO",
             partners="Studieforbundene, KD"),
        dict(title="Informasjonsprosjekt om inkludering av grupper med svak tilknytning til "
                   "arbeidslivet i studieforbundenes kurs",
             rel="3.6", codes=["3.6"], type="Prosjekt", resp="VOFO",
             partners="Studieforbundene og kursarrangører"),
        dict(title="Forskningsprosjekt om studieforbundene som læringskatalysatorer",
             rel="3.6", codes=["3.6"], type="FoU", resp="VOFO", partners="Fafo"),
    ],
}
VOFO_INTRO_PARAS = 5      # paragraphs before the table (tuned so the table runs over 2 pages)

# 4. Unio: one form table per measure.
UNIO = {
    "file": "unio_2018_forms",
    "reporter": "Unio",
    "measures": [
        dict(title="Unios digitaliseringspolitikk: workshop med medlemsforbundene og arbeid for å "
                   "få temaet inn i tillitsvalgtskoleringen",
             rel="Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
             codes=["2.1"], type="Arrangement", resp="Unio",
             partners="Unios medlemsorganisasjoner",
             desc=["Unio har vedtatt en egen digitaliseringspolitikk. Som oppfølging arrangerte "
                   "Unio en workshop med medlemsforbundene om digital kompetanse i offentlig "
                   "sektor.",
                   "Arbeidet fortsetter med å få temaet inn i skoleringen av tillitsvalgte."],
             period="Workshop i april 2018, arbeidet fortsetter i 2019"),
        dict(title="Utredning av ulike modeller for finansiering av etter- og videreutdanning",
             rel="NKPS tiltak nr 6", codes=["2.2"], type="FoU", resp="Unio",
             partners="Proba Samfunnsanalyse",
             desc=["Proba Samfunnsanalyse har på oppdrag fra Unio utredet hvordan etter- og "
                   "videreutdanning kan finansieres, og hvilke ordninger som gir best tilgang for "
                   "arbeidstakere i offentlig sektor."],
             period="Rapporten ble publisert i mai 2018"),
        dict(title="Rapport som ser på utfordringene og mulighetsområdene for kompetanseheving "
                   "av helsepersonell",
             rel="Delmål 2.2", codes=["2.2"], type="FoU", resp="Unio", partners="Ny Analyse",
             desc=["Rapporten beskriver kompetansebehovene i helse- og omsorgssektoren og "
                   "peker på tiltak for kompetanseheving av sykepleiere, jordmødre og "
                   "fysioterapeuter."],
             period="Høsten 2018"),
        dict(title="Deltakelse i Råd for samarbeid med arbeidslivet (RSA) ved universiteter og "
                   "høyskoler gjennom medlemsforbundene",
             rel="1.4", codes=["1.4"], type="Råd/utvalg/nettverk", resp="Unio og medlemsforbundene",
             partners="Universiteter og høyskoler",
             desc=["Unio-forbundene er representert i flere RSA og bruker posisjonen til å "
                   "styrke relevansen i profesjonsutdanningene."],
             period="Varig"),
        dict(title="Seminar om videreutdanning for sykepleiere og lærere i kommunene",
             rel="2.2 og 2.4", codes=["2.2", "2.4"], type="Seminar", resp="Unio",
             partners="KS, Utdanningsforbundet, Norsk Sykepleierforbund",
             desc=["Et dagsseminar for tillitsvalgte og arbeidsgivere om hvordan kommunene kan "
                   "planlegge og finansiere videreutdanning."],
             period="November 2018, en dag"),
        dict(title="Aktiv bruk av studieforbund. Kompetansehevende kurs for medlemmene.",
             rel="3.6", codes=["3.6"], type="Kurs/utdanning", resp="Unio",
             partners="Unios forbund",
             desc=["Unios forbund bruker studieforbundene aktivt til kurs for medlemmer og "
                   "tillitsvalgte."],
             period="Løpende"),
    ],
}
UNIO_WIDTHS = [4.6, 11.4]
UNIO_LABELS = ["Tiltak", "Relasjon til delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
               "Beskrivelse", "Tidspunkt og varighet"]

# 5. Akademikerne: Heading 2 + "Label: value" paragraphs.  Values are lists of paragraphs.
AKAD = {
    "file": "akademikerne_2018_paragraphs",
    "reporter": "Akademikerne",
    "measures": [
        dict(title="Bistå medlemmer i utviklingen av karrieren, i overgangen mellom utdanning og "
                   "arbeid og mellom ulike jobber",
             rel="1.3", codes=["1.3"], type="Informasjon", resp="Akademikerne",
             partners="Medlemsforeningene",
             desc=["Medlemsforeningene tilbyr karriereveiledning, kurs og rådgivning til "
                   "medlemmer i alle faser av arbeidslivet."],
             period=["Løpende"]),
        dict(title="Forskningsrapport «Akademisk kompetanse: betydning for produktivitet, vekst og "
                   "verdiskaping i Norge»",
             rel="2.2", codes=["2.2"], type="FoU", resp="Akademikerne",
             partners="Menon Economics",
             desc=["Rapporten viser sammenhengen mellom akademisk kompetanse og produktivitet i "
                   "norske virksomheter.",
                   "Funnene er presentert for Kompetansebehovsutvalget."],
             period=["Publisert i februar 2018"]),
        dict(title="Forskningsrapport «Etter- og videreutdanning blant høyt utdannede i Norge – "
                   "status og veien videre»",
             rel="2.2", codes=["2.2"], type="FoU", resp="Akademikerne/Econa",
             partners="Ny Analyse",
             desc=["Undersøkelsen kartlegger hvor mye etter- og videreutdanning høyt utdannede "
                   "tar, og hva som hindrer dem."],
             period=["Spørreundersøkelsen ble gjennomført våren 2018.",
                     "Rapporten ble lansert under Arendalsuka i august 2018."]),
        dict(title="Forskningsrapport «Yngre eldre i arbeidslivet»",
             rel="2.2", codes=["2.2"], type="Forskning og utvikling", resp="Akademikerne/Econa",
             partners="Ny Analyse",
             desc=["Rapporten ser på læring og kompetanseutvikling blant arbeidstakere over 55 år."],
             period=["Høsten 2018"]),
        dict(title="Forskningsrapport «Behovet for etter- og videreutdanning i "
                   "høyutdanningsgruppene»",
             rel="2.2", codes=["2.2"], type="FoU", resp="Akademikerne/Tekna", partners="Tekna",
             desc=["Tekna har kartlagt behovet for etter- og videreutdanning blant sine "
                   "medlemmer."],
             period=["2018"]),
        dict(title="Forskningsrapport «Framtidens behov for akademikere»",
             rel="2.2", codes=["2.2"], type="FoU", resp="Akademikerne",
             partners="Samfunnsøkonomisk Analyse",
             desc=["Framskrivinger av tilbud og etterspørsel etter arbeidskraft med høyere "
                   "utdanning fram mot 2035."],
             period=["Rapporten ble publisert i oktober 2018"]),
    ],
}


def load_matrix_area3() -> list[dict]:
    """Area 3 rows of the clean transcription of the 2018 matrix (001, Vedlegg 2)."""
    import csv
    src = HERE.parent.parent.parent / "samples" / "source" / "matrix_2018.csv"
    rows = [r for r in csv.DictReader(open(src, encoding="utf-8")) if r["omrade"] == "3"]
    assert len(rows) == 24, len(rows)
    return rows


# The area-3 rows are frozen here as well, so the generator does not depend on the CSV staying
# unchanged; load_matrix_area3() is only used to assert they agree.
MATRIX3 = [
    ("3.1", "Forsøk med forberedende voksenopplæring (FVO)", "Kurs/utdanning", "Regjeringen",
     "KD, Kompetanse Norge, skoler/VO, fylkeskommuner, KS/kommuner"),
    ("3.1", "Forsøk med modulstrukturert opplæring i enkelte lærefag i videregående opplæring",
     "Kurs/utdanning", "Regjeringen", "KD, fylkeskommuner, Utdanningsdirektoratet"),
    ("3.1", "Deltakelse på arrangementer om oppfølging av Hurtigsporet.", "Informasjon", "LO",
     "Egne medlemmer, Nav, NHO"),
    ("3.1", "Igangsetting av ordningen Fagbrev på jobb, og igangsetting av et forsøk med "
            "modulstrukturert opplæring for voksne", "Kurs/utdanning", "Hedmark fylkeskommune",
     ""),
    ("3.1", "Kampanje i fire byer for å fremme Hurtigsporet for nyankomne flyktninger. "
            "Synliggjøre flyktningers kompetanse og rekrutteringsmuligheter for næringslivet",
     "Informasjon", "NHO", "NAV, Bergen, Bodø, Drammen, Fredrikstad"),
    ("3.2", "Prøveordning med fagopplæring i Kompetansepluss kommer i gang i 2019",
     "Kurs/utdanning", "Regjeringen", "KD, Kompetanse Norge"),
    ("3.2", "Promotering av Kompetanseplussordningene", "Informasjon", "VOFO",
     "Studieforbundene"),
    ("3.2", "Evaluering av Kompetansepluss Frivillig", "FoU", "VOFO", "Frivillig sektor"),
    ("3.3", "Revidere tiltaksforskriften bestemmelser om opplæring (j.f pkt 3.5) for å forsterke "
            "vektleggingen av yrkesopplæring ved bruk av opplæring som virkemiddel i "
            "arbeidsmarkedstiltakene", "Kurs/utdanning", "Regjeringen",
     # the slip in the source: the title repeated in the partner column - kept as printed
     "Revidere tiltaksforskriften bestemmelser om opplæring (j.f pkt 3.5) for å forsterke "
     "vektleggingen av yrkesopplæring ved bruk av opplæring som virkemiddel i "
     "arbeidsmarkedstiltakene"),
    ("3.3", "Ny IA-avtale der partene i arbeidslivet og myndighetene har forpliktet seg til at "
            "også kompetansetiltak kan være nødvendige for å kunne stå i arbeid.",
     "Råd/utvalg/nettverk", "Regjeringen", "ASD, partene"),
    ("3.3", "Samarbeidsprosjekt om å få flyktninger raskt ut i arbeidslivet, kombinert med "
            "norskopplæring. Oppfølging av Hurtigsporet, Prosjektet avsluttet i 2018, men "
            "overført til Oslo kommune som mer permanent tiltak.", "Prosjekt", "Oslo kommune",
     "YS, Virke, Oslo kommune"),
    ("3.3", "Inngåelse av partnerskapsavtaler om karriereveiledning og karrieresenter",
     "Råd/utvalg/nettverk", "Telemark fylkeskommune",
     "NHO, LO, KS, Universitetet i Sørøst-Norge, Fylkesmannen, NAV, kommuner"),
    ("3.3", "Har utviklet egen plan for innvandrere, for opplæring og arbeidspraksis",
     "Kurs/utdanning", "Møre og Romsdal fylkeskommune", "Kommuner"),
    ("3.4", "Regjeringens integreringsstrategi, integrering gjennom kunnskap", "Kurs/utdanning",
     "Regjeringen", ""),
    ("3.4", "Reform av introduksjonsprogrammet", "Prosjekt", "Regjeringen",
     "KD, IMDi, Kompetanse Norge"),
    ("3.4", "Bruke Ungt entreprenørskaps metodikk for etablereropplæring i "
            "introduksjonsprogrammet. Innføring av nye metoder for å effektivisere "
            "norskopplæring", "Prosjekt", "Hedmark fylkeskommune", ""),
    ("3.5", "Etablere et nytt arbeidsmarkedstiltak med tilbud om opplæring av arbeidsledige og "
            "personer med nedsatt arbeidsevne", "Kurs/utdanning", "Regjeringen", "ASD, Avdir"),
    ("3.5", "Opplæringstilbud som helsefagarbeider for minoritetsspråklige etter \"Sogn og "
            "Fjordane-modellen\"", "Kurs/utdanning", "Sogn og Fjordane fylkeskommune",
     "NAV, kommunene"),
    ("3.5", "Samarbeidsavtaler med NAV for å styrke opplæringstilbud", "Kurs/utdanning",
     "Hedmark fylkeskommune", "NAV"),
    ("3.6", "Utredning om studieforbundene", "FoU", "Regjeringen", "KD, KuD"),
    ("3.6", "Aktiv bruk av studieforbund. Kompetansehevende kurs for medlemmene.",
     "Kurs/utdanning", "Unio", "Unios forbund"),
    ("3.6", "Regelverks- og praksisendring i studieforbundsordningen", "Råd/utvalg/nettverk",
     "VOFO", "Studieforbundene"),
    ("3.6", "Informasjonsprosjekt om inkludering", "Prosjekt", "VOFO",
     "Studieforbundene og kursarrangører"),
    ("3.6", "Forskningsprosjekt om studieforbundene som læringskatalysatorer", "FoU", "VOFO",
     "Fafo"),
]
MATRIX_FILE = "matrix_excerpt_2018"
MATRIX_INTRO_TEXT = [
    "Hovedinnsatsområde 3 har seks delmål og 24 tiltak. Tabellen viser tiltakene slik de er "
    "rapportert, med ansvarlig aktør og samarbeidspartnere.",
    "Antall totalt viser hvor mange tiltak som er rapportert på hvert delmål.",
    "Noen tiltak er rapportert av flere rådsmedlemmer og er da registrert som ett tiltak.",
]
MATRIX_REPORTER = "Kompetanse Norge"


def matrix_groups():
    groups: list[tuple[str, list[tuple]]] = []
    for row in MATRIX3:
        if groups and groups[-1][0] == row[0]:
            groups[-1][1].append(row)
        else:
            groups.append((row[0], [row]))
    return groups


# ---------------------------------------------------------------------------
# Low-level WordprocessingML helpers
# ---------------------------------------------------------------------------

def set_font(style, name: str, size_pt: float | None = None):
    """Set a font on a style, removing theme font attributes (which would win over w:ascii)."""
    rpr = style.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.insert(0, rfonts)
    for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rfonts.get(qn(att)) is not None:
            del rfonts.attrib[qn(att)]
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(att), name)
    if size_pt is not None:
        style.font.size = Pt(size_pt)


def set_doc_defaults(doc, font: str, size_pt: float, lang: str = "nb-NO"):
    styles_el = doc.styles.element
    rpr_default = styles_el.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rfonts = rpr_default.find(qn("w:rFonts"))
    for att in list(rfonts.attrib):
        del rfonts.attrib[att]
    for att in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(att), font)
    lang_el = rpr_default.find(qn("w:lang"))
    if lang_el is None:
        lang_el = parse_xml(f'<w:lang {nsdecls("w")}/>')
        rpr_default.append(lang_el)
    for att in list(lang_el.attrib):
        del lang_el.attrib[att]
    lang_el.set(qn("w:val"), lang)
    lang_el.set(qn("w:eastAsia"), "en-US")
    lang_el.set(qn("w:bidi"), "ar-SA")
    set_font(doc.styles["Normal"], font, size_pt)


def page_setup(doc, top, bottom, left, right, header=1.25, footer=1.25, landscape=False):
    for s in doc.sections:
        if landscape:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = Cm(29.7), Cm(21.0)
        else:
            s.orientation = WD_ORIENT.PORTRAIT
            s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
        s.left_margin, s.right_margin = Cm(left), Cm(right)
        s.header_distance, s.footer_distance = Cm(header), Cm(footer)


def spacing(pf, before=0, after=0, line=None):
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = line


def add_field(paragraph, instr: str, placeholder: str = "1"):
    """Complex field (fldChar begin/instrText/separate/result/end) as Word writes it."""
    p = paragraph._p
    for inner in ('<w:fldChar w:fldCharType="begin"/>',
                  f'<w:instrText xml:space="preserve"> {instr} </w:instrText>',
                  '<w:fldChar w:fldCharType="separate"/>',
                  f"<w:t>{placeholder}</w:t>",
                  '<w:fldChar w:fldCharType="end"/>'):
        p.append(parse_xml(f'<w:r {nsdecls("w")}>{inner}</w:r>'))


def set_props(doc, title, author, when=(2019, 3, 14, 10, 0)):
    cp = doc.core_properties
    cp.created = datetime.datetime(*when)
    cp.modified = datetime.datetime(*when)
    cp.revision = 2
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.language = "nb-NO"


def set_table_widths(table, widths_cm: list[float]):
    """Fixed layout: tblW, tblGrid/gridCol and every tcW, like Word writes it."""
    tbl = table._tbl
    tblPr = tbl.tblPr
    total = int(sum(widths_cm) / 2.54 * 1440)
    for tag in ("w:tblW", "w:tblLayout"):
        el = tblPr.find(qn(tag))
        if el is not None:
            tblPr.remove(el)
    tblPr.append(parse_xml(f'<w:tblW {nsdecls("w")} w:w="{total}" w:type="dxa"/>'))
    tblPr.append(parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>'))
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w / 2.54 * 1440)))
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def shade(cell, fill: str):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_paragraphs(cell, paras: list[str], bold=False, size=None, after=0,
                    align=None):
    """Fill a cell with one paragraph per string (the first reuses the cell's empty paragraph)."""
    first = True
    for text in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        spacing(p.paragraph_format, 0, after)
        if align is not None:
            p.alignment = align
        if text:
            r = p.add_run(text)
            r.bold = bold or None
            if size:
                r.font.size = Pt(size)


def set_tbl_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def set_cell_margins(table, top=40, bottom=40, left=80, right=80):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{top}" w:type="dxa"/>'
        f'<w:left w:w="{left}" w:type="dxa"/><w:bottom w:w="{bottom}" w:type="dxa"/>'
        f'<w:right w:w="{right}" w:type="dxa"/></w:tblCellMar>'))


def header_footer(doc, header_text: str | None, footer_kind: str | None, size=9):
    sec = doc.sections[0]
    if header_text is not None:
        hp = sec.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(header_text)
        r.bold = True
        r.font.size = Pt(size + 1)
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer_kind is not None:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if footer_kind == "side":
            fp.add_run("Side ").font.size = Pt(size)
            add_field(fp, "PAGE")
        elif footer_kind == "side_av":
            fp.add_run("Side ")
            add_field(fp, "PAGE")
            fp.add_run(" av ")
            add_field(fp, "NUMPAGES", "2")
        else:
            add_field(fp, "PAGE")



# ---------------------------------------------------------------------------
# Font metrics: no word may be wider than its column (else LibreOffice/reportlab break it
# inside the word, "Utdanningsdirektor|atet", and the ground truth would be unreadable)
# ---------------------------------------------------------------------------

_FONT_FILES = {
    "Liberation Sans": ("liberation2/LiberationSans-Regular.ttf",
                        "liberation2/LiberationSans-Bold.ttf"),
    "Liberation Serif": ("liberation2/LiberationSerif-Regular.ttf",
                         "liberation2/LiberationSerif-Bold.ttf"),
    "Carlito": ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf"),
    "DejaVu Sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVu Sans Condensed": ("dejavu/DejaVuSansCondensed.ttf",
                              "dejavu/DejaVuSansCondensed-Bold.ttf"),
}
_registered: set[str] = set()


def rl_font(family: str, bold: bool) -> str:
    """reportlab font name for a family (registering the TTF on first use)."""
    if family == "Helvetica":
        return "Helvetica-Bold" if bold else "Helvetica"
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    name = family.replace(" ", "") + ("-Bold" if bold else "")
    if name not in _registered:
        path = "/usr/share/fonts/truetype/" + _FONT_FILES[family][1 if bold else 0]
        pdfmetrics.registerFont(TTFont(name, path))
        _registered.add(name)
    return name


def text_width(text: str, family: str, size: float, bold=False) -> float:
    from reportlab.pdfbase import pdfmetrics
    return pdfmetrics.stringWidth(text, rl_font(family, bold), size)


def fit_problems(tag: str, rows: list[list[str]], inner_pt: list[float], family: str,
                 size: float, header_bold=True, break_after_slash=True) -> list[str]:
    """Words (LibreOffice may also break after '/' and '-') that do not fit their column."""
    probs = []
    for i, row in enumerate(rows):
        for text, w in zip(row, inner_pt):
            if text is None:
                continue
            text = text.replace(SHY, "- ").replace(HYBR, "- ").replace(BR, " ")
            toks = text.split()
            if break_after_slash:
                toks = [t for tok in toks for t in re.findall(r"[^/-]*[/-]|[^/-]+", tok)]
            for tok in toks:
                tw = text_width(tok, family, size, bold=(header_bold and i == 0))
                if tw > w:
                    probs.append(f"{tag}: '{tok}' is {tw:.0f}pt, column has {w:.0f}pt")
    return probs


def cm_pt(x: float) -> float:
    return x / 2.54 * 72


def attainable(lines: list[str], want: str) -> bool:
    """Can the reader's text `want` be read from these rendered lines?  Between two lines the
    reader puts a space; after a line ending in '/', '-' or '–' he may also put nothing, and
    after '-' he may drop the hyphen (a word hyphenated at the line break)."""
    lines = [norm(l) for l in lines if norm(l)]
    want = norm(want)
    if not lines:
        return want == ""
    states = {lines[0]}
    if len(lines) == 1:
        return lines[0] == want
    for nxt in lines[1:]:
        new = set()
        for a in states:
            cands = [a + " " + nxt]
            if a[-1] in "/-–":
                cands.append(a + nxt)
            if a.endswith("-"):
                cands.append(a[:-1] + nxt)
            new.update(c for c in cands
                       if want.startswith(c) or (c.endswith("-") and want.startswith(c[:-1])))
        states = new
        if not states:
            return False
    return want in states

# ---------------------------------------------------------------------------
# 1. KS - one Word table, a row per measure, no repeated header, a row split by the page break
# ---------------------------------------------------------------------------

KS_INTRO = [
    "KS er kommunesektorens organisasjon og representerer alle kommuner og fylkeskommuner. "
    "KS er medlem av Kompetansepolitisk råd og rapporterer her på tiltak som følger opp "
    "delmålene i Nasjonal kompetansepolitisk strategi 2017–2021.",
    "Kommunesektoren er landets største arbeidsgiver, med om lag 480 000 ansatte. Tilgang på "
    "riktig kompetanse er avgjørende for at kommunene skal kunne levere gode tjenester til "
    "innbyggerne, og for at sektoren skal kunne møte digitalisering, demografiske endringer og "
    "nye oppgaver etter regionreformen.",
    "Tiltakene nedenfor omfatter både forsknings- og utviklingsarbeid, nettverk, "
    "informasjonstiltak og arrangementer. Flere av tiltakene gjennomføres i samarbeid med "
    "partene i arbeidslivet, statlige myndigheter og universitets- og høyskolesektoren.",
    "Oversikten viser hvilket delmål hvert tiltak først og fremst knytter seg til. Noen tiltak "
    "er knyttet til flere delmål. Tiltak som ble rapportert i 2017, og som fortsatt pågår, er "
    "tatt med på nytt der de har fått nytt innhold i 2018.",
    "Spørsmål om rapporteringen kan rettes til KS, avdeling for arbeidsgiverpolitikk.",
    "Rapporteringen er behandlet i KS' ledergruppe. Tiltakene følges opp gjennom det ordinære "
    "arbeidet i KS, og omtales også i KS' årsrapport for 2018.",
    "KS deltar i tillegg i Kompetansebehovsutvalget, i Samarbeidsrådet for yrkesopplæring og i "
    "flere av de faglige rådene. Denne deltakelsen er ikke tatt med som egne tiltak nedenfor.",
]
KS_COLS = ["Navn på tiltak", "Relasjon til delmål", "Type", "Hovedansvarlig",
           "Samarbeidspartnere og bidragsytere", "Tidspunkt og varighet"]
KS_WIDTHS = [7.4, 2.3, 3.0, 3.6, 5.0, 4.4]      # 25.7 cm, landscape
KS_MAR = 70                                     # cell margin left/right, twips
KS_SIZE = 9


def build_ks(rep, intro_paras: int) -> Document:
    doc = Document()
    set_doc_defaults(doc, "Liberation Sans", 10)
    page_setup(doc, 2.5, 2.2, 2.0, 2.0, header=1.2, footer=1.0, landscape=True)
    set_props(doc, "KS - rapportering 2018", "KS")
    header_footer(doc, "KS", "side")
    normal = doc.styles["Normal"]
    spacing(normal.paragraph_format, 0, 6, 1.08)

    t = doc.add_paragraph()
    spacing(t.paragraph_format, 0, 12)
    r = t.add_run("Rapportering på oppfølging av Nasjonal kompetansepolitisk strategi 2018")
    r.bold = True
    r.font.size = Pt(15)
    for para in KS_INTRO[:intro_paras]:
        doc.add_paragraph(para)
    h = doc.add_paragraph()
    spacing(h.paragraph_format, 6, 6)
    r = h.add_run("Tiltak 2018")
    r.bold = True
    r.font.size = Pt(12)

    table = doc.add_table(rows=1 + len(rep["measures"]), cols=len(KS_COLS))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_widths(table, KS_WIDTHS)
    set_cell_margins(table, 30, 30, KS_MAR, KS_MAR)
    for j, name in enumerate(KS_COLS):
        c = table.rows[0].cells[j]
        cell_paragraphs(c, [name], bold=True, size=KS_SIZE)
        shade(c, "D9E2F3")
    for i, m in enumerate(rep["measures"], start=1):
        cells = table.rows[i].cells
        cell_paragraphs(cells[0], m["title"], size=KS_SIZE, after=3)
        cell_paragraphs(cells[1], [m["rel"]], size=KS_SIZE)
        cell_paragraphs(cells[2], [m["type"]], size=KS_SIZE)
        cell_paragraphs(cells[3], [m["resp"]], size=KS_SIZE)
        cell_paragraphs(cells[4], [m["partners"]], size=KS_SIZE)
        cell_paragraphs(cells[5], m["period"], size=KS_SIZE, after=3)
    end = doc.add_paragraph()
    spacing(end.paragraph_format, 12, 0)
    end.add_run("KS, mars 2019")
    return doc


# ---------------------------------------------------------------------------
# 4. Unio - one two-column form table per measure
# ---------------------------------------------------------------------------

def build_unio(rep) -> Document:
    doc = Document()
    set_doc_defaults(doc, "Liberation Serif", 11)
    page_setup(doc, 2.5, 2.5, 2.5, 2.5)
    set_props(doc, "Unios rapportering 2018", "Unio")
    header_footer(doc, "Unio – Rapportering 2018", "side_av", size=9)
    spacing(doc.styles["Normal"].paragraph_format, 0, 4, 1.0)

    t = doc.add_paragraph()
    spacing(t.paragraph_format, 0, 10)
    r = t.add_run("Unios rapportering på tiltak i Nasjonal kompetansepolitisk strategi – 2018")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(
        "Unio er hovedorganisasjonen for universitetsutdannede og profesjonsutdannede. Under "
        "følger Unios tiltak for 2018, ett skjema per tiltak, slik Kompetansepolitisk råd har "
        "bedt om.")
    for i, m in enumerate(rep["measures"], start=1):
        h = doc.add_paragraph()
        spacing(h.paragraph_format, 14, 4)
        h.paragraph_format.keep_with_next = True
        r = h.add_run(f"Tiltak {i}")
        r.bold = True
        r.font.size = Pt(13)
        answers = [[m["title"]], [m["rel"]], [m["type"]], [m["resp"]], [m["partners"]],
                   m["desc"], [m["period"]]]
        table = doc.add_table(rows=len(UNIO_LABELS), cols=2)
        table.style = doc.styles["Table Grid"]
        set_table_widths(table, UNIO_WIDTHS)
        for row, label, ans in zip(table.rows, UNIO_LABELS, answers):
            cell_paragraphs(row.cells[0], [label], bold=True)
            shade(row.cells[0], "EDEDED")
            cell_paragraphs(row.cells[1], ans, after=4)
    return doc


# ---------------------------------------------------------------------------
# 5. Akademikerne - Heading 2 per measure and "Label: value" paragraphs
# ---------------------------------------------------------------------------

def build_akad(rep) -> Document:
    doc = Document()
    set_doc_defaults(doc, "DejaVu Sans", 10)
    page_setup(doc, 2.2, 2.2, 2.4, 2.4)
    set_props(doc, "Akademikerne - rapportering NKPS 2018", "Akademikerne")
    header_footer(doc, None, "page", size=9)
    spacing(doc.styles["Normal"].paragraph_format, 0, 6, 1.15)
    h1 = doc.styles["Heading 1"]
    set_font(h1, "DejaVu Sans", 16)
    h2 = doc.styles["Heading 2"]
    set_font(h2, "DejaVu Sans", 12.5)
    spacing(h2.paragraph_format, 16, 6)

    doc.add_paragraph("Akademikernes rapportering for 2018", style="Heading 1")
    doc.add_paragraph(
        "Akademikerne og medlemsforeningene har i 2018 arbeidet med flere tiltak som følger opp "
        "Nasjonal kompetansepolitisk strategi. Hovedvekten ligger på kunnskapsgrunnlaget om "
        "læring i arbeidslivet (delmål 2.2). Tiltakene er beskrevet nedenfor.")
    labels = [("Delmål", "rel"), ("Type tiltak", "type"), ("Ansvarlig", "resp"),
              ("Samarbeidspartnere", "partners"), ("Beskrivelse", "desc"),
              ("Tidspunkt og varighet", "period")]
    for m in rep["measures"]:
        doc.add_paragraph(m["title"], style="Heading 2")
        for label, key in labels:
            val = m[key]
            paras = val if isinstance(val, list) else [val]
            p = doc.add_paragraph()
            r = p.add_run(f"{label}: ")
            r.bold = True
            p.add_run(paras[0])
            for more in paras[1:]:
                doc.add_paragraph(more)
    return doc


# ---------------------------------------------------------------------------
# 6. Matrix excerpt - area 3, Delmål and Antall totalt merged vertically (w:vMerge)
# ---------------------------------------------------------------------------

MATRIX_COLS = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
               "Antall totalt"]
MATRIX_WIDTHS = [4.6, 4.4, 2.3, 2.6, 3.9, 1.2]    # 19.0 cm
MATRIX_MAR = 60


MATRIX_TB = (1.6, 1.6)          # top/bottom margins, cm (tuned: one row split, total on last page)
MATRIX_INTRO = 1


def build_matrix() -> Document:
    doc = Document()
    set_doc_defaults(doc, "Carlito", 10)
    page_setup(doc, MATRIX_TB[0], MATRIX_TB[1], 1.0, 1.0, header=1.0, footer=1.0)
    set_props(doc, "Oppsummering av tiltak 2018 - Vedlegg 2", "Kompetanse Norge")
    header_footer(doc, None, "page", size=9)
    spacing(doc.styles["Normal"].paragraph_format, 0, 0, 1.0)

    p = doc.add_paragraph()
    spacing(p.paragraph_format, 0, 8)
    r = p.add_run("Vedlegg 2: Matrise over de innrapporterte tiltakene (utdrag)")
    r.bold = True
    r.font.size = Pt(13)
    p = doc.add_paragraph()
    spacing(p.paragraph_format, 0, 8)
    r = p.add_run(AREA3_HEADING)
    r.bold = True
    r.font.size = Pt(11)
    for para in MATRIX_INTRO_TEXT[:MATRIX_INTRO]:
        p = doc.add_paragraph(para)
        spacing(p.paragraph_format, 0, 8)

    groups = matrix_groups()
    table = doc.add_table(rows=1 + len(MATRIX3), cols=len(MATRIX_COLS))
    table.style = doc.styles["Table Grid"]
    set_table_widths(table, MATRIX_WIDTHS)
    set_cell_margins(table, 20, 20, MATRIX_MAR, MATRIX_MAR)
    hdr = table.rows[0]
    set_tbl_header(hdr)
    for j, name in enumerate(MATRIX_COLS):
        cell_paragraphs(hdr.cells[j], [name], bold=True)
        shade(hdr.cells[j], "BFBFBF")
    r0 = 1
    for code, rows in groups:
        r1 = r0 + len(rows) - 1
        if r1 > r0:
            dcell = table.cell(r0, 0).merge(table.cell(r1, 0))
            ncell = table.cell(r0, 5).merge(table.cell(r1, 5))
        else:
            dcell, ncell = table.cell(r0, 0), table.cell(r0, 5)
        cell_paragraphs(dcell, [f"{code} {DELMAL_TEXT[code]}"])
        cell_paragraphs(ncell, [str(len(rows))], align=WD_ALIGN_PARAGRAPH.CENTER)
        for k, (_, title, typ, resp, partners) in enumerate(rows):
            cells = table.rows[r0 + k].cells
            cell_paragraphs(cells[1], [title])
            cell_paragraphs(cells[2], [typ])
            cell_paragraphs(cells[3], [resp])
            cell_paragraphs(cells[4], [partners])
        r0 = r1 + 1
    p = doc.add_paragraph()
    spacing(p.paragraph_format, 10, 0)
    r = p.add_run(f"Totalt antall tiltak {len(MATRIX3)}")
    r.bold = True
    return doc


def check_vmerge(docx_path: Path) -> list[str]:
    """The merged Delmål/Antall cells must be real w:vMerge restart/continue chains."""
    import zipfile
    from lxml import etree
    probs = []
    xml = zipfile.ZipFile(docx_path).read("word/document.xml")
    root = etree.fromstring(xml)
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    rows = root.findall(f".//{W}tbl/{W}tr")
    if rows[0].find(f"{W}trPr/{W}tblHeader") is None:
        probs.append("matrix: header row lacks w:tblHeader")
    for col in (0, 5):
        chain = []
        for tr in rows[1:]:
            tc = tr.findall(f"{W}tc")[col]
            vm = tc.find(f"{W}tcPr/{W}vMerge")
            chain.append(None if vm is None else (vm.get(f"{W}val") or "continue"))
        expect = []
        for _, rws in matrix_groups():
            expect += ["restart"] + ["continue"] * (len(rws) - 1)
        if chain != expect:
            probs.append(f"matrix: vMerge chain of column {col} is {chain}")
    for tr in rows:
        if tr.find(f"{W}trPr/{W}cantSplit") is not None:
            probs.append("matrix: a row has cantSplit")
    return probs


# ---------------------------------------------------------------------------
# reportlab PDFs (2. NHO ruled, 3. VOFO unruled)
# ---------------------------------------------------------------------------

def check_docx_structure() -> list[str]:
    """The .docx files themselves (what a docx reader sees)."""
    probs = []
    d = Document(str(HERE / f"{KS['file']}.docx"))
    if len(d.tables) != 1 or len(d.tables[0].rows) != 1 + len(KS["measures"]):
        probs.append("ks.docx: want one table with a header row and a row per measure")
    elif d.tables[0]._tbl.xpath(".//w:tblHeader") or d.tables[0]._tbl.xpath(".//w:cantSplit"):
        probs.append("ks.docx: header must not repeat and rows must be allowed to split")
    d = Document(str(HERE / f"{UNIO['file']}.docx"))
    if [len(t.rows) for t in d.tables] != [len(UNIO_LABELS)] * len(UNIO["measures"]):
        probs.append("unio.docx: want one 7-row form table per measure")
    d = Document(str(HERE / f"{AKAD['file']}.docx"))
    h2 = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
    if h2 != [m["title"] for m in AKAD["measures"]]:
        probs.append("akademikerne.docx: Heading 2 paragraphs are not the measure titles")
    return probs


def rl_markup(s: str) -> str:
    from xml.sax.saxutils import escape
    s = escape(s)
    return s.replace(SHY, "-<br/>").replace(HYBR, "-<br/>").replace(BR, "<br/>")


NHO_COLS = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Kommentar"]
NHO_FONT, NHO_SIZE, NHO_PAD = "DejaVu Sans Condensed", 8, 3
NHO_WIDTHS = [3.4, 3.7, 2.8, 2.5, 3.2, 2.0]        # cm, 17.6


def build_nho_pdf(rep, out: Path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    reg, bold = rl_font(NHO_FONT, False), rl_font(NHO_FONT, True)
    rl_font("DejaVu Sans", False), rl_font("DejaVu Sans", True)
    base = ParagraphStyle("b", fontName="DejaVuSans", fontSize=10, leading=13.5, spaceAfter=6)
    title = ParagraphStyle("t", parent=base, fontName="DejaVuSans-Bold", fontSize=15, leading=19,
                           spaceAfter=10)
    cell = ParagraphStyle("c", fontName=reg, fontSize=NHO_SIZE, leading=NHO_SIZE * 1.25)
    head = ParagraphStyle("h", parent=cell, fontName=bold)

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("DejaVuSans-Bold", 9)
        canv.drawString(1.7 * cm, A4[1] - 1.3 * cm, "NHO")
        canv.setFont("DejaVuSans", 8)
        canv.drawRightString(A4[0] - 1.7 * cm, A4[1] - 1.3 * cm,
                             "Næringslivets Hovedorganisasjon – rapportering NKPS 2018")
        canv.drawCentredString(A4[0] / 2, 1.2 * cm, f"Side {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=1.7 * cm, rightMargin=1.7 * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm,
                            title="NHO - rapportering 2018", author="NHO")
    story = [Paragraph("NHOs rapportering for 2018 – oppfølging av Nasjonal kompetansepolitisk "
                       "strategi", title),
             Paragraph("NHO følger opp strategien gjennom egne tiltak og gjennom "
                       "landsforeningene og de regionale kontorene. Tabellen viser tiltakene "
                       "for 2018, ordnet etter delmål. Kolonnen «Kommentar» gir status per "
                       "mars 2019.", base),
             Spacer(1, 6)]
    data = [[Paragraph(c, head) for c in NHO_COLS]]
    spans = []
    r = 1
    ms = rep["measures"]
    i = 0
    while i < len(ms):
        j = i
        while j + 1 < len(ms) and ms[j + 1]["delmal"] == ms[i]["delmal"]:
            j += 1
        for k in range(i, j + 1):
            m = ms[k]
            dm = (Paragraph(rl_markup(f"{m['delmal']} {DELMAL_TEXT[m['delmal']]}"), cell)
                  if k == i else "")
            data.append([dm, Paragraph(rl_markup(m["title"]), cell),
                         Paragraph(rl_markup(m["type"]), cell),
                         Paragraph(rl_markup(m["resp"]), cell),
                         Paragraph(rl_markup(m["partners"]), cell),
                         Paragraph(rl_markup(m["comment"]), cell)])
        if j > i:
            spans.append(("SPAN", (0, r), (0, r + j - i)))
        r += j - i + 1
        i = j + 1
    t = Table(data, colWidths=[w * cm for w in NHO_WIDTHS], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), NHO_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), NHO_PAD),
    ] + spans))
    story.append(t)
    story.append(Spacer(1, 10))
    story.append(Paragraph("Kontaktperson i NHO: avdeling for kompetanse og arbeidsliv.", base))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


VOFO_COLS = ["Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere"]
VOFO_SIZE, VOFO_GAP = 9.5, 12                      # Helvetica; gap = right padding in pt
VOFO_WIDTHS = [6.0, 1.8, 3.4, 2.3, 3.8]            # cm, 17.3
VOFO_INTRO = [
    "Voksenopplæringsforbundet (VOFO) er paraplyorganisasjonen for studieforbundene i Norge. "
    "VOFO representerer frivillig sektor i Kompetansepolitisk råd og rapporterer her på tiltak "
    "som følger opp Nasjonal kompetansepolitisk strategi i 2018.",
    "Studieforbundene når hvert år flere hundre tusen deltakere gjennom kurs i regi av sine "
    "medlemsorganisasjoner. Mange av deltakerne har svak tilknytning til arbeidslivet, og "
    "opplæringen i frivillig sektor er for mange et første steg tilbake til læring.",
    "VOFO har i 2018 prioritert arbeidet med regional tilstedeværelse, Kompetansepluss "
    "frivillighet og endringer i studieforbundsordningen. Tiltakene er ordnet etter delmål.",
    "Flere av tiltakene gjennomføres sammen med studieforbundene og VOFOs regionledd. "
    "Tiltakene som gjelder studieforbundsordningen følges opp i dialog med "
    "Kunnskapsdepartementet.",
    "VOFO vil i 2019 videreføre de fleste av tiltakene, og vil legge særlig vekt på "
    "samarbeidet med de nye regionene etter regionreformen.",
    "Rapporten er behandlet av VOFOs styre. Spørsmål kan rettes til VOFOs sekretariat.",
]


def build_vofo_pdf(rep, out: Path, intro_paras: int):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    base = ParagraphStyle("b", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
    title = ParagraphStyle("t", parent=base, fontName="Helvetica-Bold", fontSize=16, leading=20,
                           spaceAfter=12)
    cell = ParagraphStyle("c", fontName="Helvetica", fontSize=VOFO_SIZE, leading=12)
    head = ParagraphStyle("h", parent=cell, fontName="Helvetica-Bold")

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.drawString(1.85 * cm, 1.3 * cm, "VOFO – Voksenopplæringsforbundet")
        canv.drawRightString(A4[0] - 1.85 * cm, 1.3 * cm, str(doc.page))
        canv.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=1.85 * cm, rightMargin=1.85 * cm,
                            topMargin=2.4 * cm, bottomMargin=2.2 * cm,
                            title="VOFO - rapportering 2018", author="VOFO")
    story = [Paragraph("Rapportering fra VOFO 2018: Nasjonal kompetansepolitisk strategi",
                       title)]
    story += [Paragraph(p, base) for p in VOFO_INTRO[:intro_paras]]
    story.append(Spacer(1, 8))
    data = [[Paragraph(c, head) for c in VOFO_COLS]]
    for m in rep["measures"]:
        data.append([Paragraph(rl_markup(m["title"]), cell), Paragraph(rl_markup(m["rel"]), cell),
                     Paragraph(rl_markup(m["type"]), cell), Paragraph(rl_markup(m["resp"]), cell),
                     Paragraph(rl_markup(m["partners"]), cell)])
    t = Table(data, colWidths=[w * cm for w in VOFO_WIDTHS], repeatRows=1)
    # no GRID, no LINEABOVE/BELOW, no BACKGROUND: nothing but text
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), VOFO_GAP),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
        ("BOTTOMPADDING", (0, 0), (-1, 0), 10),
    ]))
    story.append(t)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
# Ground truth
# ---------------------------------------------------------------------------

def exp_measure(title, codes, typ, resp, partners, period):
    return {"title": reader_text(title), "delmal": list(codes), "type": norm(typ),
            "responsible": norm(resp), "partners": reader_text(partners),
            "period": None if period is None else norm(period)}


def expected() -> dict:
    out = {}

    def put(names, reporter, measures, extra=None):
        entry = {"reporter": reporter, "report_year": REPORT_YEAR, "measures": measures}
        if extra:
            entry.update(extra)
        for n in names:
            out[n] = json.loads(json.dumps(entry))

    put([KS["file"] + ".docx", KS["file"] + ".pdf"], KS["reporter"],
        [exp_measure(" ".join(m["title"]), m["codes"], m["type"], m["resp"], m["partners"],
                     " ".join(m["period"])) for m in KS["measures"]])
    put([NHO["file"] + ".pdf"], NHO["reporter"],
        [exp_measure(m["title"], [m["delmal"]], m["type"], m["resp"], m["partners"], None)
         for m in NHO["measures"]])
    put([VOFO["file"] + ".pdf"], VOFO["reporter"],
        [exp_measure(m["title"], m["codes"], m["type"], m["resp"], m["partners"], None)
         for m in VOFO["measures"]])
    put([UNIO["file"] + ".docx", UNIO["file"] + ".pdf"], UNIO["reporter"],
        [exp_measure(m["title"], m["codes"], m["type"], m["resp"], m["partners"], m["period"])
         for m in UNIO["measures"]])
    put([AKAD["file"] + ".docx", AKAD["file"] + ".pdf"], AKAD["reporter"],
        [exp_measure(m["title"], m["codes"], m["type"], m["resp"], m["partners"],
                     " ".join(m["period"])) for m in AKAD["measures"]])
    totals = {code: len(rows) for code, rows in matrix_groups()}
    totals["total"] = len(MATRIX3)
    put([MATRIX_FILE + ".docx", MATRIX_FILE + ".pdf"], MATRIX_REPORTER,
        [exp_measure(t, [c], ty, r, p, None) for c, t, ty, r, p in MATRIX3],
        {"printed_totals": totals})
    return out


def check_source_data():
    # the frozen area-3 rows equal the clean transcription
    try:
        csv_rows = load_matrix_area3()
    except FileNotFoundError:
        csv_rows = None
    if csv_rows is not None:
        got = [(r["delmal"], r["tiltak"], r["type"], r["ansvarlig"], r["samarbeidspartnere"])
               for r in csv_rows]
        for a, b in zip(got, MATRIX3):
            assert tuple(norm(x) for x in a) == tuple(norm(x) for x in b), (a, b)
    # codes written in the delmål cells are the codes of the ground truth
    for rep in (KS, VOFO):
        for m in rep["measures"]:
            assert re.findall(r"\d\.\d", m["rel"]) == m["codes"], m["rel"]
    for m in AKAD["measures"]:
        assert re.findall(r"\d\.\d", m["rel"]) == m["codes"]
    for m in UNIO["measures"]:
        nums = re.findall(r"nr\.? (\d+)", m["rel"])
        if nums:
            assert [old_to_delmal(int(n)) for n in nums] == m["codes"]
        elif re.search(r"\d\.\d", m["rel"]):
            assert re.findall(r"\d\.\d", m["rel"]) == m["codes"]
        else:   # wording only: a shortened prefix of that delmål's text
            assert DELMAL_TEXT[m["codes"][0]].startswith(m["rel"]), m["rel"]
    assert sum(1 for m in UNIO["measures"] if "nr" in m["rel"]) == 1
    assert len(KS["measures"]) == 18 and len(UNIO["measures"]) == 6 and len(AKAD["measures"]) == 6
    assert 8 <= len(VOFO["measures"]) <= 10
    assert sum(1 for m in NHO["measures"] if SHY in m["title"]) == 1
    assert sum(1 for m in NHO["measures"] if HYBR in m["title"]) == 1
    assert sum(1 for m in AKAD["measures"] if len(m["period"]) > 1) == 1


# ---------------------------------------------------------------------------
# Rendering and checks (the PDFs are read only to check what they show)
# ---------------------------------------------------------------------------

def render_pdf(docx_path: Path, outdir: Path):
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
               "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=180)


def page_texts(pdf_path: Path) -> list[str]:
    import pdfplumber
    with pdfplumber.open(pdf_path) as pdf:
        return [norm(pg.extract_text() or "") for pg in pdf.pages]


def ruled_rows(pdf_path: Path, header0: str) -> list[tuple[int, list]]:
    """All rows of all ruled tables pdfplumber finds, page by page, header rows dropped."""
    import pdfplumber
    rows = []
    with pdfplumber.open(pdf_path) as pdf:
        for i, pg in enumerate(pdf.pages):
            for t in pg.find_tables():
                for r in t.extract():
                    if r and r[0] is not None and norm(r[0]) == header0:
                        continue
                    rows.append((i, r))
    return rows


def merge_splits(rows, n_expected: int, key_col: int):
    """Join the first row of a page to the last row of the page before when it is the rest of a
    row split by the page break (its key column is empty).  Returns (rows, number of splits)."""
    out, splits = [], 0
    for pg, r in rows:
        if (out and pg != out[-1][0] and len(rows) - splits > n_expected
                and not (r[key_col] or "").strip()):
            prev = out[-1][1]
            merged = []
            for a, b in zip(prev, r):
                parts = [x for x in (a, b) if x]
                merged.append("\n".join(parts) if parts else (a if a is not None else b))
            out[-1] = (pg, merged)
            splits += 1
        else:
            out.append((pg, r))
    return out, splits


def compare_cells(tag: str, got: list, want: list[list]) -> list[str]:
    """want: per row, per column the reader's text, or None for 'covered by a merged cell'."""
    probs = []
    if len(got) != len(want):
        return [f"{tag}: {len(got)} table rows found, want {len(want)}"]
    for k, (row, exp) in enumerate(zip(got, want)):
        for j, w in enumerate(exp):
            c = row[j] if j < len(row) else None
            if w is None:
                if c not in (None, ""):
                    probs.append(f"{tag}: row {k} col {j}: merged cell shows {c!r}")
            elif not attainable((c or "").split("\n"), w):
                probs.append(f"{tag}: row {k} col {j}: {c!r} does not read as {w!r}")
    return probs


def verify_ks(pdf: Path) -> list[str]:
    probs = []
    texts = page_texts(pdf)
    if len(texts) < 2:
        probs.append(f"ks: {len(texts)} page(s)")
    if sum(t.count("Navn på tiltak") for t in texts) != 1:
        probs.append("ks: header row appears more than once (or never)")
    for i, t in enumerate(texts):
        if f"Side {i + 1}" not in t:
            probs.append(f"ks: footer 'Side {i + 1}' missing")
    rows, splits = merge_splits(ruled_rows(pdf, "Navn på tiltak"), len(KS["measures"]), 1)
    if splits != 1:
        probs.append(f"ks: {splits} rows split by a page break, want 1")
    else:
        raw = ruled_rows(pdf, "Navn på tiltak")
        first_p2 = next(k for k, (pg, _) in enumerate(raw) if pg > raw[0][0])
        if first_p2 != KS_SPLIT_ROW + 1:
            probs.append(f"ks: the split row is {first_p2 - 1}, want {KS_SPLIT_ROW}")
    want = [[" ".join(m["title"]), m["rel"], m["type"], m["resp"], m["partners"],
             " ".join(m["period"])] for m in KS["measures"]]
    probs += compare_cells("ks", [r for _, r in rows], want)
    return probs


def verify_nho(pdf: Path) -> list[str]:
    import pdfplumber
    probs = []
    with pdfplumber.open(pdf) as doc:
        if len(doc.pages) != 2:
            probs.append(f"nho: {len(doc.pages)} pages, want 2")
        words = []
        for i, pg in enumerate(doc.pages):
            txt = pg.extract_text() or ""
            if "Samarbeidspartnere" not in txt or "Kommentar" not in txt:
                probs.append(f"nho: header not on page {i + 1}")
            if not pg.lines and not pg.rects:
                probs.append(f"nho: no ruling on page {i + 1}")
            words += [w["text"] for w in pg.extract_words()]
    for w in ("kompetanse-", "Sørøst-"):
        if w not in words:
            probs.append(f"nho: no word {w!r} at a line end")
    rows, splits = merge_splits(ruled_rows(pdf, "Delmål"), len(NHO["measures"]), 2)
    want, prev = [], None
    for m in NHO["measures"]:
        d = None if m["delmal"] == prev else f"{m['delmal']} {DELMAL_TEXT[m['delmal']]}"
        prev = m["delmal"]
        want.append([d, reader_text(m["title"]), m["type"], m["resp"], m["partners"],
                     m["comment"]])
    probs += compare_cells("nho", [r for _, r in rows], want)
    return probs


def vofo_rows(pdf: Path) -> list[list[str]]:
    """Rebuild the unruled table from word positions: columns from the known x positions,
    rows from the vertical gaps (row gap > 1.5 x leading)."""
    import pdfplumber
    from reportlab.lib.units import cm
    xs = [1.85 * cm]
    for w in VOFO_WIDTHS:
        xs.append(xs[-1] + w * cm)
    rows = []
    with pdfplumber.open(pdf) as doc:
        for pg in doc.pages:
            words = pg.extract_words()
            head = [w for w in words if w["text"] == "Samarbeidspartnere"]
            if not head:
                continue
            top0 = head[0]["bottom"] + 2
            body = [w for w in words if top0 < w["top"] < pg.height - 2.0 * cm]
            tops = sorted({round(w["top"], 1) for w in body})
            groups, last = [], None
            for t in tops:
                if last is None or t - last > 18:
                    groups.append([])
                groups[-1].append(t)
                last = t
            for g in groups:
                cells = []
                for c in range(len(VOFO_COLS)):
                    lines = []
                    for t in g:
                        ws = sorted((w for w in body if round(w["top"], 1) == t
                                     and xs[c] - 1 <= w["x0"] < xs[c + 1] - 1),
                                    key=lambda w: w["x0"])
                        if ws:
                            lines.append(" ".join(w["text"] for w in ws))
                    cells.append("\n".join(lines))
                rows.append(cells)
    return rows


def verify_vofo(pdf: Path) -> list[str]:
    import pdfplumber
    probs = []
    with pdfplumber.open(pdf) as doc:
        if len(doc.pages) != 2:
            probs.append(f"vofo: {len(doc.pages)} pages, want 2")
        for i, pg in enumerate(doc.pages):
            if pg.lines or pg.rects or pg.curves or pg.images:
                probs.append(f"vofo: ruling/graphics on page {i + 1}")
            if pg.find_tables():
                probs.append(f"vofo: pdfplumber finds a ruled table on page {i + 1}")
            txt = pg.extract_text() or ""
            if "Samarbeidspartnere" not in txt:
                probs.append(f"vofo: header not on page {i + 1}")
    rows = vofo_rows(pdf)
    want = [[m["title"], m["rel"], m["type"], m["resp"], m["partners"]] for m in VOFO["measures"]]
    probs += compare_cells("vofo", rows, want)
    for k, r in enumerate(rows):
        n = max(len(c.split("\n")) for c in r)
        if k < len(want) and not 2 <= n <= 4:
            probs.append(f"vofo: row {k} has {n} lines")
    return probs


def verify_unio(pdf: Path) -> list[str]:
    probs = []
    texts = page_texts(pdf)
    if len(texts) < 2:
        probs.append("unio: one page only")
    raw = ruled_rows(pdf, "__none__")
    rows = []
    for pg, r in raw:
        if rows and not (r[0] or "").strip():       # rest of a row split by the page break
            rows[-1][1] = "\n".join(x for x in (rows[-1][1], r[1]) if x)
        else:
            rows.append(list(r))
    want = []
    for m in UNIO["measures"]:
        answers = [m["title"], m["rel"], m["type"], m["resp"], m["partners"],
                   " ".join(m["desc"]), m["period"]]
        want += [[lab, ans] for lab, ans in zip(UNIO_LABELS, answers)]
    probs += compare_cells("unio", rows, want)
    for i in range(1, len(UNIO["measures"]) + 1):
        if not any(re.search(rf"(^| )Tiltak {i} Tiltak ", t) for t in texts):
            probs.append(f"unio: heading 'Tiltak {i}' not right before its table")
    return probs


def verify_akad(pdf: Path) -> list[str]:
    import pdfplumber
    probs = []
    with pdfplumber.open(pdf) as doc:
        if len(doc.pages) < 2:
            probs.append("akademikerne: one page only")
        lines = [l for pg in doc.pages for l in (pg.extract_text() or "").splitlines()]
    flat = " ".join(lines)
    flat = re.sub(r"([/-]) (?=\S)", r"\1 ", flat)
    for m in AKAD["measures"]:
        items = [m["title"], f"Delmål: {m['rel']}", f"Type tiltak: {m['type']}",
                 f"Ansvarlig: {m['resp']}", f"Samarbeidspartnere: {m['partners']}",
                 "Tidspunkt og varighet: " + " ".join(m["period"])]
        for it in items:
            # a '/' or '-' at a line end may be followed by a line break (read without a space)
            pat = re.escape(norm(it)).replace("/", "/ ?").replace(r"\-", r"\- ?")
            if not re.search(pat, flat):
                probs.append(f"akademikerne: not found: {it!r}")
    return probs


def verify_matrix(pdf: Path) -> list[str]:
    probs = []
    texts = page_texts(pdf)
    if len(texts) < 2:
        probs.append("matrix: fits on one page")
    for i, t in enumerate(texts):
        if "Samarbeidspartnere" not in t:
            probs.append(f"matrix: header not repeated on page {i + 1}")
    if f"Totalt antall tiltak {len(MATRIX3)}" not in texts[-1]:
        probs.append("matrix: total line missing")
    rows, splits = merge_splits(ruled_rows(pdf, "Delmål"), len(MATRIX3), 2)
    if splits < 1:
        probs.append("matrix: no row is split by a page break")
    want = []
    for code, grp in matrix_groups():
        for k, (_, t, ty, r, pa) in enumerate(grp):
            want.append([f"{code} {DELMAL_TEXT[code]}" if k == 0 else None, t, ty, r, pa,
                         str(len(grp)) if k == 0 else None])
    probs += compare_cells("matrix", [r for _, r in rows], want)
    return probs


def layout_problems() -> list[str]:
    """Every word must fit its column at the font and size used."""
    probs = []
    ks_inner = [cm_pt(w) - 2 * KS_MAR / 20 for w in KS_WIDTHS]
    rows = [KS_COLS] + [[" ".join(m["title"]), m["rel"], m["type"], m["resp"], m["partners"],
                         " ".join(m["period"])] for m in KS["measures"]]
    probs += fit_problems("ks", rows, ks_inner, "Liberation Sans", KS_SIZE)
    unio_inner = [cm_pt(w) - 2 * 108 / 20 for w in UNIO_WIDTHS]
    rows = [[None, None]]
    for m in UNIO["measures"]:
        answers = [m["title"], m["rel"], m["type"], m["resp"], m["partners"], " ".join(m["desc"]),
                   m["period"]]
        rows += [[lab, ans] for lab, ans in zip(UNIO_LABELS, answers)]
    probs += fit_problems("unio", rows, unio_inner, "Liberation Serif", 11)
    mx_inner = [cm_pt(w) - 2 * MATRIX_MAR / 20 for w in MATRIX_WIDTHS]
    rows = [MATRIX_COLS] + [[f"{c} {DELMAL_TEXT[c]}", t, ty, r, pa, "5"]
                            for c, t, ty, r, pa in MATRIX3]
    probs += fit_problems("matrix", rows, mx_inner, "Carlito", 10)
    nho_inner = [cm_pt(w) - 2 * NHO_PAD for w in NHO_WIDTHS]
    rows = [NHO_COLS] + [[f"{m['delmal']} {DELMAL_TEXT[m['delmal']]}", m["title"], m["type"],
                          m["resp"], m["partners"], m["comment"]] for m in NHO["measures"]]
    probs += fit_problems("nho", rows, nho_inner, NHO_FONT, NHO_SIZE, break_after_slash=False)
    vofo_inner = [cm_pt(w) - VOFO_GAP for w in VOFO_WIDTHS]
    rows = [VOFO_COLS] + [[m["title"], m["rel"], m["type"], m["resp"], m["partners"]]
                          for m in VOFO["measures"]]
    probs += fit_problems("vofo", rows, vofo_inner, "Helvetica", VOFO_SIZE,
                          break_after_slash=False)
    return probs


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args(argv)
    check_source_data()
    lp = layout_problems()
    for p in lp:
        print("LAYOUT:", p, file=sys.stderr)

    docs = {
        KS["file"]: build_ks(KS, KS_INTRO_PARAS),
        UNIO["file"]: build_unio(UNIO),
        AKAD["file"]: build_akad(AKAD),
        MATRIX_FILE: build_matrix(),
    }
    for name, doc in docs.items():
        doc.save(HERE / f"{name}.docx")
    probs = check_vmerge(HERE / f"{MATRIX_FILE}.docx") + check_docx_structure()

    if not args.no_pdf:
        import reportlab.rl_config
        reportlab.rl_config.invariant = 1        # reproducible reportlab PDFs
        for name in docs:
            render_pdf(HERE / f"{name}.docx", HERE)
        build_nho_pdf(NHO, HERE / f"{NHO['file']}.pdf")
        build_vofo_pdf(VOFO, HERE / f"{VOFO['file']}.pdf", VOFO_INTRO_PARAS)
        probs += verify_ks(HERE / f"{KS['file']}.pdf")
        probs += verify_nho(HERE / f"{NHO['file']}.pdf")
        probs += verify_vofo(HERE / f"{VOFO['file']}.pdf")
        probs += verify_unio(HERE / f"{UNIO['file']}.pdf")
        probs += verify_akad(HERE / f"{AKAD['file']}.pdf")
        probs += verify_matrix(HERE / f"{MATRIX_FILE}.pdf")

    with open(HERE / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    probs += lp
    for p in probs:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
