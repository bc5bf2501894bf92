#!/usr/bin/env python3
"""Generate the held-out corpus of *numbered* NKPS follow-up reports (layout 1).

Four invented-but-plausible 2017 reports (LO, NHO, KS, Virke) are written as .docx with
python-docx + raw WordprocessingML (numbering.xml abstractNum/num, numPr, fields) and rendered
to PDF with LibreOffice, the way a reporter would "save as PDF".  The ground truth
(expected.json) is written from the SAME source data the documents are built from - never
from reading the rendered files back.

After rendering, every PDF is opened with pdfplumber and checked (verify_pdf) for the
features it is meant to exercise; a failed check makes the script exit non-zero.

Not run in CI (needs LibreOffice).  Usage:

    /work/venv/bin/python make_heldout.py            # writes *.docx, *.pdf, expected.json here
    /work/venv/bin/python make_heldout.py --no-pdf   # only .docx + expected.json

Old NKPS numbering: "tiltak nr n" is the n-th delmål (1->1.1 .. 4->1.4, 5->2.1 .. 10->2.6,
11->3.1 .. 16->3.6).
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
REPORT_YEAR = 2017

DELMAL = ["1.1", "1.2", "1.3", "1.4",
          "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
          "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]


def old_to_delmal(n: int) -> str:
    return DELMAL[n - 1]


HEADINGS = [
    "Tiltak i Nasjonal kompetansepolitisk strategi",
    "Ansvarlig og samarbeidspartnere",
    "Beskrivelse av tiltaket (maks en halv side)",
    "Tidspunkt og varighet",
]

# ---------------------------------------------------------------------------
# Source data.  Every measure:
#   title      list-item paragraphs (the first carries the list number; further ones are
#              un-numbered continuation paragraphs of the same item)
#   rel        the "Relasjon til ..." line exactly as typed in the list
#   rel_form   the line as repeated in the form (defaults to rel)
#   nkps       old tiltak numbers named by rel
#   resp       paragraphs under heading 2
#   desc       paragraphs under heading 3
#   period     paragraphs under heading 4 (text only; any leaked list number is NOT part of it)
# ---------------------------------------------------------------------------

LO = {
    "file": "lo_2017",
    "reporter": "LO",
    "title": "Rapportering fra LO – oppfølging av Nasjonal kompetansepolitisk strategi 2017",
    "measures": [
        {
            "title": ["Utarbeide rapporten «Etter- og videreutdanning» fra utvalget etter "
                      "tariffrevisjonen 2016, sammen med Norsk Industri og BNL, som grunnlag "
                      "for lønnsoppgjøret 2018."],
            "rel": "Relasjon til NKPS tiltak nr 6.",
            "nkps": [6],
            "resp": ["LO/Fellesforbundet er ansvarlig sammen med Norsk Industri og "
                     "Byggenæringens Landsforening (BNL)."],
            "desc": ["Etter tariffrevisjonen i 2016 ble partene i frontfaget enige om å nedsette "
                     "et utvalg som skal se på etter- og videreutdanning for fagarbeidere i "
                     "industri og bygg. Utvalget kartlegger dagens ordninger, vurderer behovet "
                     "for bedre finansiering og skal legge fram forslag til hvordan læring i "
                     "arbeidslivet kan styrkes.",
                     "Rapporten skal ligge til grunn for forberedelsene til lønnsoppgjøret 2018."],
            "period": ["Oppstart høsten 2017, og rapporten skal foreligge i januar 2018."],
        },
        {
            "title": ["Bestille et notat fra Fafo om tariffavtalenes betydning i "
                      "kompetansepolitikken.",
                      "Notatet skal brukes i LOs arbeid i Kompetansepolitisk råd og i "
                      "Kompetansebehovsutvalget."],
            "rel": "Relasjon til NKPS tiltak nr. 1 og 6.",
            "nkps": [1, 6],
            "resp": ["LO er ansvarlig. Fafo utarbeider notatet på oppdrag fra LO."],
            "desc": ["Notatet skal gi en oversikt over hvordan bestemmelsene om "
                     "kompetanseutvikling i tariffavtalene brukes i praksis, og hvilken "
                     "betydning avtalene har for de ansattes muligheter til etter- og "
                     "videreutdanning. Det skal også pekes på forskjeller mellom bransjer og "
                     "mellom privat og offentlig sektor."],
            "period": ["Notatet bestilles i 2017 og skal være ferdig våren 2018."],
        },
        {
            "title": ["Delta i Råd for samarbeid med arbeidslivet (RSA) ved universiteter og "
                      "høyskoler, og arbeide for at LO-forbundene er representert i rådene."],
            "rel": "Relasjon til NKPS tiltak nr. 4 og 7.",
            "nkps": [4, 7],
            "resp": ["LO er ansvarlig for egen deltakelse. Samarbeidspartnere er "
                     "universitetene og høyskolene, NHO og de andre hovedorganisasjonene."],
            "desc": ["Råd for samarbeid med arbeidslivet (RSA) skal bidra til at utdanningene "
                     "ved universiteter og høyskoler er relevante for arbeidslivet. LO deltar i "
                     "flere av rådene og vil arbeide for at forbundene blir representert ved "
                     "institusjoner som utdanner til yrker der LO har medlemmer.",
                     "LO vil i tillegg gjennomføre et eget erfaringsmøte for forbundenes "
                     "representanter i rådene."],
            "period": ["Løpende. Erfaringsmøtet for forbundene holdes i november 2017."],
        },
        {
            "title": ["Informere tillitsvalgte om Kompetansepluss arbeid og fagbrev på jobb "
                      "gjennom LOs kurs for tillitsvalgte."],
            "rel": "Relasjon til NKPS tiltak 4, 7 og 12.",
            "rel_form": "Relasjon til NKPS tiltak 4, 7 og 12",
            "nkps": [4, 7, 12],
            "resp": ["LO er ansvarlig, i samarbeid med forbundene og Kompetanse Norge."],
            "desc": ["Mange tillitsvalgte kjenner lite til ordningene som finnes for voksne som "
                     "mangler grunnleggende ferdigheter eller fagbrev. LO tar inn en egen modul "
                     "om Kompetansepluss arbeid og fagbrev på jobb i kursene for tillitsvalgte, "
                     "slik at de kan ta initiativ til opplæring på egen arbeidsplass.",
                     "Kompetanse Norge bidrar med kursmateriell og innledere."],
            "period": ["Oppstart var i 2016, og modulen inngår i kurstilbudet hvert år."],
        },
        {
            "title": ["Delta på arrangementer om oppfølging av Hurtigsporet for nyankomne "
                      "flyktninger sammen med NHO og NAV."],
            "rel": "Relasjon til NKPS tiltak nr. 13 og 14.",
            "nkps": [13, 14],
            "resp": ["LO deltar sammen med NHO og NAV. Arrangementene er i regi av NAV og "
                     "fylkeskommunene."],
            "desc": ["Hurtigsporet skal gi nyankomne flyktninger med relevant kompetanse en "
                     "raskere vei inn i arbeidslivet. LO deltar på møter og arrangementer der "
                     "ordningen presenteres for arbeidsgivere og tillitsvalgte, og bidrar til at "
                     "tillitsvalgte kan følge opp flyktninger som får praksisplass i "
                     "virksomhetene."],
            "period": ["Igangsatt våren 2017, varighet to år."],
        },
    ],
}

NHO = {
    "file": "nho_2017",
    "reporter": "NHO",
    "title": "NHOs rapportering 2017 – Nasjonal kompetansepolitisk strategi",
    "measures": [
        {
            "title": ["Kampanjen «Jenter og teknologi» skal få flere jenter til å velge "
                      "realfag og teknologiske utdanninger og yrker."],
            "rel": "Relasjon til NKPS tiltak nr. 7",
            "nkps": [7],
            "resp": ["NHO er ansvarlig, i samarbeid med landsforeningene, Abelia, Norsk "
                     "Industri og NHOs regionkontorer."],
            "desc": ["«Jenter og teknologi» er en nasjonal kampanje der unge kvinnelige "
                     "rollemodeller fra bedriftene besøker ungdomsskoler og videregående "
                     "skoler og forteller om utdanningsvalg og arbeidshverdag. Målet er å "
                     "synliggjøre karrieremulighetene i teknologiske yrker, både med fagbrev og "
                     "med høyere utdanning.",
                     "I 2017 ble kampanjen utvidet til alle fylker, og flere bedrifter har "
                     "tilbudt hospitering for elever."],
            "period": ["Kampanjen ble startet i 2016 og videreføres i 2017 og 2018."],
        },
        {
            "title": ["Rapport om fagarbeideres bidrag til innovasjon i bedrifter."],
            "rel": "Relasjon til NKPS tiltak nr. 6",
            "nkps": [6],
            "resp": ["NHO har bestilt rapporten. Fafo gjennomfører undersøkelsen."],
            "desc": ["Rapporten skal belyse hvordan fagarbeidere bidrar til innovasjon og "
                     "forbedringsarbeid i norske bedrifter, og hvilken betydning etter- og "
                     "videreutdanning har for dette. Undersøkelsen bygger på intervjuer med "
                     "ledere, tillitsvalgte og fagarbeidere i et utvalg bedrifter innen industri, "
                     "bygg og service.",
                     "Resultatene skal brukes i NHOs arbeid for å styrke kunnskapsgrunnlaget om "
                     "læring i arbeidslivet."],
            "period": ["Rapporten ferdigstilles i desember 2017."],
        },
        {
            "title": ["Utvikle en modell og metode for vurdering av kompetanse ervervet i "
                      "arbeidslivet, i samarbeid med Virke, LO og YS."],
            "rel": "Relasjon til NKPS tiltak nr. 9",
            "nkps": [9],
            "resp": ["Virke har hovedansvaret for prosjektet. NHO, LO og YS deltar i "
                     "styringsgruppen, og Kompetanse Norge er faglig rådgiver."],
            "desc": ["Mye av kompetansen voksne har, er bygget opp gjennom arbeid og er ikke "
                     "dokumentert. Prosjektet skal utvikle en modell for å beskrive slik "
                     "kompetanse på en måte som gjør den synlig for arbeidsgivere og "
                     "utdanningsinstitusjoner, og som kan brukes på tvers av bransjer."],
            "period": ["Igangsatt høsten 2017. Rapporten skal etter planen legges fram våren "
                       "2018."],
        },
        {
            "title": ["Kampanje i fire byer for å gjøre Hurtigsporet kjent blant arbeidsgivere "
                      "og synliggjøre flyktningers kompetanse."],
            "rel": "Relasjon til NKPS tiltak nr. 11 og 14",
            "nkps": [11, 14],
            "resp": ["NHO er ansvarlig. Samarbeidspartnere er NAV og kommunene Bergen, Bodø, "
                     "Drammen og Fredrikstad."],
            "desc": ["Kampanjen skal gi flere bedrifter kunnskap om hvordan de kan rekruttere "
                     "flyktninger gjennom Hurtigsporet. Det arrangeres frokostmøter for "
                     "arbeidsgivere i hver by, der bedrifter som allerede har ansatt "
                     "flyktninger deler sine erfaringer."],
            "period": ["Konferansen holdes 21. september 2017, og frokostmøtene gjennomføres "
                       "høsten 2017."],
        },
    ],
}

KS_LONG_DESC = [
    "KS Læring er en digital plattform der kommuner og fylkeskommuner kan dele kurs, "
    "arrangementer og annen kunnskap med sine ansatte og med hverandre. Plattformen ble "
    "lansert i 2016 og brukes nå av et stort antall kommuner. Målet er at det skal bli "
    "enklere og rimeligere for kommunene å gi de ansatte relevant opplæring, og at gode "
    "kurs som er utviklet i én kommune, kan tas i bruk av andre.",
    "I 2017 videreutvikles plattformen på flere områder. Det legges til rette for at "
    "kommunene kan lage egne e-læringskurs med et enkelt verktøy, og for at kursene kan "
    "deles på tvers av kommunegrenser. Det utvikles også en felles kurskatalog, slik at "
    "ansatte kan finne relevante kurs uavhengig av hvilken kommune som har laget dem. "
    "Brukerstøtten styrkes, og det etableres et nettverk av kontaktpersoner i kommunene.",
    "En viktig del av arbeidet er å styrke den digitale kompetansen hos ansatte i "
    "kommunesektoren. Mange ansatte, særlig i helse- og omsorgstjenestene, har få "
    "muligheter til å delta på kurs i arbeidstiden. Kort og fleksibel opplæring som kan "
    "tas på nettbrett eller mobil, gjør det lettere å gi alle ansatte et tilbud. KS "
    "samarbeider med utvalgte kommuner om å utvikle slike kurs i bruk av velferdsteknologi, "
    "informasjonssikkerhet og personvern.",
    "KS vil også bruke plattformen i oppfølgingen av flere nasjonale satsinger. Kurs om "
    "den nye personvernforordningen, om arbeidsmiljø og om innovasjon i offentlig sektor "
    "er under utvikling. Kursene lages i samarbeid med fagmiljøer i kommunene og med "
    "eksterne leverandører, og de gjøres tilgjengelige for alle kommuner uten kostnad.",
    "For å få kunnskap om effekten av tiltaket gjennomføres det en brukerundersøkelse "
    "blant ansatte og ledere som har tatt i bruk plattformen. Undersøkelsen skal vise "
    "hvordan kursene brukes, hvilke typer opplæring de ansatte etterspør, og hva som "
    "skal til for at opplæringen fører til endret praksis på arbeidsplassen. Resultatene "
    "vil bli brukt i den videre utviklingen av plattformen.",
    "Arbeidet skjer i dialog med arbeidstakerorganisasjonene i kommunesektoren. "
    "Tillitsvalgte er involvert i valg av tema for nye kurs, og partene har en felles "
    "interesse i at alle ansatte får mulighet til å holde kompetansen sin oppdatert. "
    "Erfaringene fra KS Læring vil også inngå i KS' innspill til arbeidet med en "
    "kompetansereform for arbeidslivet.",
    "Plattformen driftes av KS i samarbeid med en ekstern leverandør. Kommunene betaler "
    "en årlig lisens etter innbyggertall, mens kurs som utvikles med støtte fra KS, "
    "deles fritt. På sikt er målet at flest mulig kommuner og fylkeskommuner tar "
    "plattformen i bruk, og at den blir den viktigste kanalen for digital opplæring i "
    "kommunesektoren.",
    "I 2017 prioriteres særlig opplæring for ansatte uten fagbrev og for ledere på første "
    "nivå. For ansatte uten fagbrev utvikles korte kurs som kan inngå i et løp mot "
    "fagbrev, i samarbeid med fylkeskommunene. For ledere utvikles kurs i "
    "kompetanseplanlegging, slik at lederne bedre kan kartlegge hvilken kompetanse "
    "enheten trenger, og planlegge opplæringen ut fra dette. Kursene for ledere skal "
    "også ta opp hvordan opplæring kan knyttes til arbeidsplassen, slik at det de ansatte "
    "lærer, faktisk blir tatt i bruk i tjenestene.",
    "KS vil høsten 2017 invitere kommuner som bruker plattformen aktivt, til et "
    "erfaringsseminar. Her skal kommunene dele eksempler på hvordan de har organisert "
    "opplæringen, hvordan de har fått ansatte med på å ta kurs, og hvilke resultater de "
    "ser. Erfaringene vil bli samlet i en veileder som gjøres tilgjengelig på "
    "plattformen.",
]

KS = {
    "file": "ks_2017",
    "reporter": "KS",
    "title": "KS – Kommunesektorens organisasjon",
    "measures": [
        {
            "title": ["Menn i helse er et rekrutteringsprogram for menn som ønsker å bli "
                      "helsefagarbeidere. Programmet gir arbeidsledige og sykmeldte menn "
                      "mellom 25 og 55 år mulighet til å ta fagbrev gjennom en kombinasjon av "
                      "praksis i kommunen og opplæring."],
            "rel": "Relasjon til NKPS tiltak nr 7 og 13.",
            "nkps": [7, 13],
            "resp": ["KS er ansvarlig for programmet. Samarbeidspartnere er NAV, "
                     "fylkeskommunene og de deltakende kommunene."],
            "desc": ["Kommunene trenger flere helsefagarbeidere, og menn er sterkt "
                     "underrepresentert i yrket. Deltakerne får først en periode med praksis "
                     "og opplæring mens de mottar ytelser fra NAV, og deretter et "
                     "utdanningsløp som fører fram til fagbrev som helsefagarbeider."],
            "period": ["Oppstart var i 2011, og nye kull tas opp hvert år. Programmet "
                       "gjennomføres i 2017 i ti fylker."],
        },
        {
            "title": ["Videreutvikle KS Læring, en plattform der kommuner kan dele kurs, "
                      "arrangementer og annen kunnskap med sine ansatte og med hverandre."],
            "rel": "Relasjon til NKPS tiltak nr 5.",
            "nkps": [5],
            "resp": ["KS er ansvarlig. Kommunene og fylkeskommunene er samarbeidspartnere."],
            "desc": KS_LONG_DESC,
            "period": ["Plattformen ble lansert i 2016 og videreutvikles løpende."],
        },
        {
            "title": ["Kommunesektorens arbeidslivsmonitor, en årlig undersøkelse av "
                      "rekruttering, kompetansebehov og samarbeid med frivillig sektor og "
                      "studieforbund i kommunene."],
            "rel": "Relasjon til NKPS tiltak nr 1, 6 og 16",
            "nkps": [1, 6, 16],
            "resp": ["KS er ansvarlig. Undersøkelsen gjennomføres av et eksternt "
                     "analyseselskap."],
            "desc": ["Monitoren gir kunnskap om kommunenes rekrutteringsutfordringer og "
                     "kompetansebehov, og resultatene stilles til rådighet for "
                     "Kompetansebehovsutvalget. I 2017 er det lagt til spørsmål om hvordan "
                     "kommunene samarbeider med frivillige organisasjoner og studieforbund om "
                     "opplæring av voksne."],
            "period": ["Undersøkelsen gjennomføres hvert år. Rapporten for 2017 publiseres i "
                       "september."],
        },
        {
            "title": ["Oppfølging av Samfunnskontrakten for flere læreplasser i "
                      "kommunesektoren."],
            "rel": "Relasjon til NKPS tiltak nr. 4 og 7.",
            "nkps": [4, 7],
            "resp": ["KS er ansvarlig, i samarbeid med fylkeskommunene og "
                     "arbeidstakerorganisasjonene."],
            "desc": ["KS følger opp målet om at kommunesektoren skal ta inn flere lærlinger. "
                     "Det utarbeides en årlig statusoversikt over antall lærlinger per kommune, "
                     "og KS gir råd til kommuner som vil ta inn lærlinger i nye fag."],
            "period": ["Samfunnskontrakten gjelder for perioden 2016–2020. Statusoversikten "
                       "oppdateres hver høst."],
        },
        {
            "title": ["Rapport om kommunen som læringsarena for studenter i helse- og "
                      "velferdsutdanningene, utarbeidet av Rambøll på oppdrag fra KS."],
            "rel": "Relasjon til NKPS tiltak nr 4.",
            "nkps": [4],
            "resp": ["KS er oppdragsgiver. Rambøll utarbeider rapporten."],
            "desc": ["Rapporten skal beskrive hvordan kommunene tar imot studenter i praksis, "
                     "hvilke utfordringer de møter, og hva som skal til for at praksisstudiene "
                     "bidrar til bedre rekruttering til kommunale helse- og velferdstjenester."],
            "period": ["Rapporten ferdigstilles i november 2017."],
        },
        {
            "title": ["Samarbeid med IMDi og NAV om å styrke kvalifiseringen av flyktninger i "
                      "introduksjonsprogrammet, med vekt på kombinasjon av norskopplæring og "
                      "praksis i arbeidslivet."],
            "rel": "Relasjon til NKPS tiltak nr 13 og 14.",
            "nkps": [13, 14],
            "resp": ["KS, IMDi og NAV er sammen ansvarlige for samarbeidet. Kommunene er "
                     "viktige samarbeidspartnere."],
            "desc": ["Samarbeidet skal bidra til at flere deltakere i introduksjonsprogrammet "
                     "kommer i arbeid eller utdanning. KS arrangerer regionale samlinger der "
                     "kommuner deler erfaringer med arbeidsrettede løp i programmet."],
            "period": ["Igangsatt våren 2017, varighet to år."],
        },
    ],
}

VIRKE = {
    "file": "virke_2017",
    "reporter": "Virke",
    "title": "Virkes rapportering for 2017 – oppfølging av Nasjonal kompetansepolitisk strategi",
    "areas": ["Gode valg for den enkelte og for samfunnet",
              "Læring i arbeidslivet",
              "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"],
    "measures": [
        {
            "title": ["Utvikle modell og metode for å beskrive kompetanse som bygges opp i "
                      "arbeidslivet, i samarbeid med LO, YS og NHO."],
            "rel": "Relasjon til NKPS tiltak nr. 9.",
            "nkps": [9],
            "resp": ["Virke er ansvarlig for prosjektet. LO, YS og NHO er "
                     "samarbeidspartnere og deltar i styringsgruppen."],
            "desc": ["Prosjektet skal utvikle en modell som gjør det mulig å beskrive "
                     "kompetanse som er bygget opp gjennom arbeid, på en måte som er "
                     "gjenkjennelig både for arbeidsgivere og for utdanningssystemet. Modellen "
                     "prøves ut i utvalgte virksomheter i handel og i ideell sektor.",
                     "Erfaringene skal samles i en rapport som legges fram for "
                     "Kompetansepolitisk råd."],
            "period": ["Igangsatt våren 2017, varighet ett år. Rapporten skal lanseres i april "
                       "2018."],
        },
        {
            "title": ["Litteraturstudie om digitaliseringens påvirkning på varehandelen."],
            "rel": "Relasjon til NKPS tiltak nr 5 og 6.",
            "nkps": [5, 6],
            "resp": ["Virke er ansvarlig. Handel og Kontor og Universitetet i Sørøst-Norge er "
                     "samarbeidspartnere."],
            "desc": ["Studien skal sammenstille forskning om hvordan digitalisering endrer "
                     "arbeidsoppgaver og kompetansebehov i varehandelen. Den skal danne "
                     "grunnlag for en større undersøkelse om kompetansebehov i bransjen, som "
                     "planlegges gjennomført i 2018–2019."],
            "period": ["Studien gjennomføres høsten 2017 og skal være ferdig i desember 2017."],
        },
        {
            "title": ["Hurtigsporet i Oslo: samarbeidsprosjekt for å få flyktninger raskt ut i "
                      "arbeidslivet, kombinert med norskopplæring."],
            "rel": "Relasjon til NKPS tiltak nr. 13 og 14.",
            "nkps": [13, 14],
            "resp": ["Oslo kommune er ansvarlig for prosjektet, som ledes av Oslo "
                     "voksenopplæring og NAV Oslo.",
                     "Virke og YS deltar i prosjektgruppen og bidrar med kontakt mot aktuelle "
                     "arbeidsgivere i handel, reiseliv og renhold."],
            "desc": ["Deltakerne får arbeidspraksis i en virksomhet samtidig som de følger "
                     "norskopplæring som er tilpasset arbeidsplassen. Virke rekrutterer "
                     "medlemsvirksomheter som kan ta imot deltakere, og følger opp "
                     "virksomhetene underveis."],
            "period": ["Oppstart var i 2016. Prosjektet går ut 2018 og skal deretter overføres "
                       "til ordinær drift i Oslo kommune."],
        },
    ],
}

REPORTS = [LO, NHO, KS, VIRKE]
NHO_PAGES = 3   # page count of the rendered NHO report (cached NUMPAGES result in the .docx)


# ---------------------------------------------------------------------------
# Low-level WordprocessingML helpers
# ---------------------------------------------------------------------------

def set_font(style_or_run_font_el, name: str, size_pt: float | None = None):
    """Set a font on a style (python-docx style object), removing theme font attributes,
    which would otherwise win over w:ascii in Word."""
    rpr = style_or_run_font_el.element.get_or_add_rPr()
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
        style_or_run_font_el.font.size = Pt(size_pt)


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
    normal = doc.styles["Normal"]
    set_font(normal, font, size_pt)


def page_setup(doc, top, bottom, left, right, header=1.25, footer=1.25):
    for s in doc.sections:
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


_LVL_FMTS = [("decimal", "%1."), ("lowerLetter", "%2."), ("lowerRoman", "%3."),
             ("decimal", "%4."), ("lowerLetter", "%5."), ("lowerRoman", "%6."),
             ("decimal", "%7."), ("lowerLetter", "%8."), ("lowerRoman", "%9.")]


def add_abstract_num(doc, abs_id: int, nsid: str, left=360, hanging=360, lvl0_text="%1.",
                     lvl0_rpr: str = "", lvl0_pstyle: str | None = None):
    """Append a 9-level 'hybridMultilevel' abstractNum like Word writes it."""
    lvls = []
    for i, (fmt, txt) in enumerate(_LVL_FMTS):
        if i == 0:
            txt = lvl0_text
        jc = "right" if fmt == "lowerRoman" else "left"
        ind_left = left + i * 720
        pstyle = f'<w:pStyle w:val="{lvl0_pstyle}"/>' if (i == 0 and lvl0_pstyle) else ""
        rpr = f"<w:rPr>{lvl0_rpr}</w:rPr>" if (i == 0 and lvl0_rpr) else ""
        lvls.append(
            f'<w:lvl w:ilvl="{i}" w:tplc="0414000F"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/>{pstyle}<w:lvlText w:val="{txt}"/>'
            f'<w:lvlJc w:val="{jc}"/><w:pPr><w:ind w:left="{ind_left}" w:hanging="{hanging}"/>'
            f"</w:pPr>{rpr}</w:lvl>")
    xml = (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}">'
           f'<w:nsid w:val="{nsid}"/><w:multiLevelType w:val="hybridMultilevel"/>'
           f'<w:tmpl w:val="0414000F"/>' + "".join(lvls) + "</w:abstractNum>")
    numbering = doc.part.numbering_part.element
    el = parse_xml(xml)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)


def add_num(doc, num_id: int, abs_id: int, start_override: int | None = None):
    override = ""
    if start_override is not None:
        override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/>'
                    f"</w:lvlOverride>")
    el = parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                   f'<w:abstractNumId w:val="{abs_id}"/>{override}</w:num>')
    numbering = doc.part.numbering_part.element
    cleanup = numbering.find(qn("w:numIdMacAtCleanup"))
    if cleanup is not None:
        cleanup.addprevious(el)
    else:
        numbering.append(el)


def set_numpr(paragraph, num_id: int, ilvl: int = 0):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = num_id


def add_field(paragraph, instr: str, placeholder: str = "1", size_pt=None):
    """Complex field (fldChar begin/instrText/separate/result/end) as Word writes it."""
    def run_xml(inner):
        sz = f'<w:rPr><w:sz w:val="{int(size_pt * 2)}"/></w:rPr>' if size_pt else ""
        return parse_xml(f'<w:r {nsdecls("w")}>{sz}{inner}</w:r>')
    p = paragraph._p
    p.append(run_xml('<w:fldChar w:fldCharType="begin"/>'))
    p.append(run_xml(f'<w:instrText xml:space="preserve"> {instr} </w:instrText>'))
    p.append(run_xml('<w:fldChar w:fldCharType="separate"/>'))
    p.append(run_xml(f"<w:t>{placeholder}</w:t>"))
    p.append(run_xml('<w:fldChar w:fldCharType="end"/>'))


def add_text_run(paragraph, text, bold=None, italic=None, size_pt=None, color=None):
    r = paragraph.add_run(text)
    if bold is not None:
        r.bold = bold
    if italic is not None:
        r.italic = italic
    if size_pt is not None:
        r.font.size = Pt(size_pt)
    if color is not None:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def page_break_paragraph(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def set_props(doc, title, author, when=(2017, 10, 2, 9, 30)):
    cp = doc.core_properties
    cp.created = datetime.datetime(*when)
    cp.modified = datetime.datetime(*when)
    cp.revision = 3
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.language = "nb-NO"


# ---------------------------------------------------------------------------
# Report 1: LO - Spekter-like, Liberation Serif 11, real numbering; the period answers
# are numbered with the list's numId so they continue it (6., 7., ...).
# ---------------------------------------------------------------------------

def build_lo(rep) -> Document:
    doc = Document()
    set_doc_defaults(doc, "Liberation Serif", 11)
    page_setup(doc, top=2.5, bottom=2.5, left=2.5, right=2.5)
    spacing(doc.styles["Normal"].paragraph_format, 0, 6, 1.0)
    set_props(doc, rep["title"], "LO")

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_text_run(hp, "LO – Landsorganisasjonen i Norge", italic=True, size_pt=9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text_run(fp, "Side ", size_pt=9)
    add_field(fp, "PAGE", "1", size_pt=9)

    LIST_ABS, HEAD_ABS = 30, 31
    LIST_NUM = 30
    add_abstract_num(doc, LIST_ABS, "3B5A21C4", left=360, hanging=360)
    add_abstract_num(doc, HEAD_ABS, "5E0D7A12", left=360, hanging=360, lvl0_rpr="<w:b/>")
    add_num(doc, LIST_NUM, LIST_ABS)

    p = doc.add_paragraph()
    add_text_run(p, rep["title"], bold=True, size_pt=14)
    spacing(p.paragraph_format, 0, 12)
    doc.add_paragraph(
        "LO er medlem av Kompetansepolitisk råd. Nedenfor rapporterer LO på tiltak som "
        "organisasjonen har satt i gang eller deltar i, for å følge opp Nasjonal "
        "kompetansepolitisk strategi i 2017. For hvert rapporteringspunkt er det oppgitt "
        "hvilke av strategiens tiltak det har relasjon til.")
    p = doc.add_paragraph()
    add_text_run(p, "Rapporteringspunkter:", bold=True)
    doc.add_paragraph()

    indent = Cm(0.63)
    for m in rep["measures"]:
        p = doc.add_paragraph(m["title"][0], style="List Paragraph")
        set_numpr(p, LIST_NUM)
        for extra in m["title"][1:]:
            q = doc.add_paragraph(extra)
            q.paragraph_format.left_indent = indent
        q = doc.add_paragraph(m["rel"])
        q.paragraph_format.left_indent = indent
        doc.add_paragraph()

    page_break_paragraph(doc)
    for i, m in enumerate(rep["measures"]):
        form_num = 40 + i
        add_num(doc, form_num, HEAD_ABS, start_override=1)

        def heading(k):
            h = doc.add_paragraph()
            add_text_run(h, HEADINGS[k], bold=True)
            set_numpr(h, form_num)
            h.paragraph_format.keep_with_next = True
            return h

        heading(0)
        for t in m["title"]:
            q = doc.add_paragraph(t)
            q.paragraph_format.left_indent = indent
        q = doc.add_paragraph(m.get("rel_form", m["rel"]))
        q.paragraph_format.left_indent = indent
        heading(1)
        for t in m["resp"]:
            q = doc.add_paragraph(t)
            q.paragraph_format.left_indent = indent
        heading(2)
        for t in m["desc"]:
            q = doc.add_paragraph(t)
            q.paragraph_format.left_indent = indent
        heading(3)
        for t in m["period"]:
            q = doc.add_paragraph(t, style="List Paragraph")
            set_numpr(q, LIST_NUM)   # <- the quirk: continues the Rapporteringspunkter list
        doc.add_paragraph()
        doc.add_paragraph()
    return doc


# ---------------------------------------------------------------------------
# Report 2: NHO - numbers typed by hand, bold headings, page break inside one form,
# footer "NHO | Postboks 5250 Majorstuen | side N av M".
# ---------------------------------------------------------------------------

def build_nho(rep) -> Document:
    doc = Document()
    set_doc_defaults(doc, "Liberation Sans", 10)
    page_setup(doc, top=2.5, bottom=2.0, left=2.0, right=2.0, footer=1.0)
    spacing(doc.styles["Normal"].paragraph_format, 0, 4, 1.15)
    set_props(doc, rep["title"], "NHO", (2017, 9, 28, 14, 5))

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    add_text_run(hp, "Næringslivets Hovedorganisasjon", bold=True, size_pt=8, color="1F3864")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_text_run(fp, "NHO | Postboks 5250 Majorstuen | side ", size_pt=8)
    add_field(fp, "PAGE", "1", size_pt=8)
    add_text_run(fp, " av ", size_pt=8)
    add_field(fp, "NUMPAGES", str(NHO_PAGES), size_pt=8)   # cached result, as Word saves it

    p = doc.add_paragraph()
    add_text_run(p, rep["title"], bold=True, size_pt=13)
    spacing(p.paragraph_format, 0, 10)
    doc.add_paragraph(
        "Dette er NHOs rapportering til Kompetansepolitisk råd om oppfølgingen av Nasjonal "
        "kompetansepolitisk strategi for 2017. Tiltakene er gjennomført av NHO sentralt, "
        "alene eller sammen med andre.")
    p = doc.add_paragraph()
    add_text_run(p, "Rapporteringspunkter", bold=True)
    spacing(p.paragraph_format, 8, 4)

    for k, m in enumerate(rep["measures"], start=1):
        p = doc.add_paragraph(f"{k}. " + " ".join(m["title"]))
        q = doc.add_paragraph(m["rel"])
        spacing(q.paragraph_format, 0, 10)

    page_break_paragraph(doc)
    for i, m in enumerate(rep["measures"]):
        def heading(k):
            h = doc.add_paragraph()
            add_text_run(h, f"{k + 1}. {HEADINGS[k]}", bold=True)
            spacing(h.paragraph_format, 6, 2)
            h.paragraph_format.keep_with_next = True

        heading(0)
        doc.add_paragraph(" ".join(m["title"]))
        doc.add_paragraph(m.get("rel_form", m["rel"]))
        heading(1)
        for t in m["resp"]:
            doc.add_paragraph(t)
        if i == 1:
            page_break_paragraph(doc)   # explicit page break between headings 2 and 3
        heading(2)
        for t in m["desc"]:
            doc.add_paragraph(t)
        heading(3)
        for t in m["period"]:
            doc.add_paragraph(t)
        if i < len(rep["measures"]) - 1:
            p = doc.add_paragraph()
            spacing(p.paragraph_format, 0, 14)
    return doc


# ---------------------------------------------------------------------------
# Report 3: KS - title page, automatic list numbers with wrapping items, Heading 2 form
# headings with automatic numbers, a long description over a page break, header on
# every page (also the title page).
# ---------------------------------------------------------------------------

def build_ks(rep) -> Document:
    doc = Document()
    set_doc_defaults(doc, "DejaVu Sans", 10)
    page_setup(doc, top=2.8, bottom=2.5, left=3.0, right=2.5, header=1.5)
    spacing(doc.styles["Normal"].paragraph_format, 0, 8, 1.1)
    for name, size in (("Heading 1", 14), ("Heading 2", 11)):
        st = doc.styles[name]
        set_font(st, "Liberation Sans", size)
        st.font.color.rgb = RGBColor.from_string("1B3D6D")
    set_props(doc, "Rapportering 2017 – Nasjonal kompetansepolitisk strategi", "KS",
              (2017, 10, 11, 8, 45))

    sec = doc.sections[0]
    sec.different_first_page_header_footer = False
    hp = sec.header.paragraphs[0]
    add_text_run(hp, "KS – Rapportering på Nasjonal kompetansepolitisk strategi 2017",
                 size_pt=8, color="555555")
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT

    # title page
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    add_text_run(p, "KS – Kommunesektorens organisasjon", bold=True, size_pt=22, color="1B3D6D")
    p = doc.add_paragraph()
    add_text_run(p, "Rapportering 2017", size_pt=16)
    p = doc.add_paragraph()
    add_text_run(p, "Oppfølging av Nasjonal kompetansepolitisk strategi 2017–2021", size_pt=12)
    for _ in range(10):
        doc.add_paragraph()
    p = doc.add_paragraph()
    add_text_run(p, "Oslo, oktober 2017", size_pt=10)
    page_break_paragraph(doc)

    LIST_ABS, HEAD_ABS = 50, 51
    LIST_NUM = 50
    add_abstract_num(doc, LIST_ABS, "0C7F3E55", left=425, hanging=425)
    add_abstract_num(doc, HEAD_ABS, "6A19B0D3", left=425, hanging=425)
    add_num(doc, LIST_NUM, LIST_ABS)

    doc.add_paragraph("Rapporteringspunkter", style="Heading 1")
    doc.add_paragraph(
        "KS rapporterer på følgende tiltak i 2017. Tiltakene er beskrevet nærmere i "
        "skjemaene nedenfor.")
    for m in rep["measures"]:
        p = doc.add_paragraph(" ".join(m["title"]))
        set_numpr(p, LIST_NUM)
        spacing(p.paragraph_format, 0, 0)
        q = doc.add_paragraph()
        add_text_run(q, m["rel"], italic=True)
        q.paragraph_format.left_indent = Cm(0.75)
        spacing(q.paragraph_format, 0, 10)

    for i, m in enumerate(rep["measures"]):
        form_num = 60 + i
        add_num(doc, form_num, HEAD_ABS, start_override=1)

        def heading(k):
            h = doc.add_paragraph(HEADINGS[k], style="Heading 2")
            set_numpr(h, form_num)
            spacing(h.paragraph_format, 10, 4)

        heading(0)
        doc.add_paragraph(" ".join(m["title"]))
        q = doc.add_paragraph()
        add_text_run(q, m.get("rel_form", m["rel"]), italic=True)
        heading(1)
        for t in m["resp"]:
            doc.add_paragraph(t)
        heading(2)
        for t in m["desc"]:
            doc.add_paragraph(t)
        heading(3)
        for t in m["period"]:
            doc.add_paragraph(t)
        if i < len(rep["measures"]) - 1:
            p = doc.add_paragraph()
            spacing(p.paragraph_format, 0, 12)
    return doc


# ---------------------------------------------------------------------------
# Report 4: Virke - an intro list (hovedinnsatsområder) and the Rapporteringspunkter list
# share one abstractNum; the second w:num has lvlOverride/startOverride so the measures
# restart at 1.  Each form starts on a new page (pageBreakBefore).  One "Ansvarlig" answer
# has two paragraphs.  Footer: page number only.
# ---------------------------------------------------------------------------

def build_virke(rep) -> Document:
    doc = Document()
    set_doc_defaults(doc, "DejaVu Serif", 10)
    page_setup(doc, top=2.2, bottom=2.2, left=2.2, right=2.2)
    spacing(doc.styles["Normal"].paragraph_format, 0, 0, 1.0)
    set_props(doc, rep["title"], "Virke", (2017, 10, 16, 13, 20))

    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_field(fp, "PAGE", "1", size_pt=9)

    SHARED_ABS, HEAD_ABS = 70, 71
    AREA_NUM, LIST_NUM = 70, 71
    add_abstract_num(doc, SHARED_ABS, "2F6C0A9B", left=567, hanging=567)
    add_abstract_num(doc, HEAD_ABS, "7D4E1B06", left=567, hanging=567, lvl0_rpr="<w:b/>")
    add_num(doc, AREA_NUM, SHARED_ABS)
    add_num(doc, LIST_NUM, SHARED_ABS, start_override=1)   # restart

    p = doc.add_paragraph()
    add_text_run(p, rep["title"], bold=True, size_pt=13)
    doc.add_paragraph()
    doc.add_paragraph(
        "Virke – Hovedorganisasjonen for kunnskaps- og tjenestevirksomhet – er medlem av "
        "Kompetansepolitisk råd. Strategien har tre hovedinnsatsområder:")
    doc.add_paragraph()
    for a in rep["areas"]:
        p = doc.add_paragraph(a)
        set_numpr(p, AREA_NUM)
    doc.add_paragraph()
    doc.add_paragraph(
        "Virke har i 2017 arbeidet med tiltak innenfor alle tre områdene. Nedenfor følger "
        "Virkes rapporteringspunkter, og deretter ett skjema for hvert tiltak.")
    doc.add_paragraph()
    p = doc.add_paragraph()
    add_text_run(p, "Rapporteringspunkter", bold=True, size_pt=11)
    doc.add_paragraph()
    for m in rep["measures"]:
        p = doc.add_paragraph(" ".join(m["title"]))
        set_numpr(p, LIST_NUM)
        q = doc.add_paragraph(m["rel"])
        q.paragraph_format.left_indent = Cm(1.0)
        doc.add_paragraph()

    for i, m in enumerate(rep["measures"]):
        form_num = 80 + i
        add_num(doc, form_num, HEAD_ABS, start_override=1)

        def heading(k, first=False):
            h = doc.add_paragraph()
            add_text_run(h, HEADINGS[k], bold=True)
            set_numpr(h, form_num)
            h.paragraph_format.keep_with_next = True
            if first:
                h.paragraph_format.page_break_before = True
            spacing(h.paragraph_format, 0, 3)

        heading(0, first=True)
        q = doc.add_paragraph(" ".join(m["title"]))
        q.paragraph_format.left_indent = Cm(1.0)
        q = doc.add_paragraph(m.get("rel_form", m["rel"]))
        q.paragraph_format.left_indent = Cm(1.0)
        doc.add_paragraph()
        heading(1)
        for t in m["resp"]:
            q = doc.add_paragraph(t)
            q.paragraph_format.left_indent = Cm(1.0)
            spacing(q.paragraph_format, 0, 4)
        doc.add_paragraph()
        heading(2)
        for t in m["desc"]:
            q = doc.add_paragraph(t)
            q.paragraph_format.left_indent = Cm(1.0)
            spacing(q.paragraph_format, 0, 4)
        doc.add_paragraph()
        heading(3)
        for t in m["period"]:
            q = doc.add_paragraph(t)
            q.paragraph_format.left_indent = Cm(1.0)
    return doc


BUILDERS = {"lo_2017": build_lo, "nho_2017": build_nho, "ks_2017": build_ks,
            "virke_2017": build_virke}


# ---------------------------------------------------------------------------
# Ground truth
# ---------------------------------------------------------------------------

def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def expected_for(rep) -> dict:
    measures = []
    for m in rep["measures"]:
        measures.append({
            "title": norm(" ".join(m["title"])),
            "nkps_tiltak": list(m["nkps"]),
            "delmal": [old_to_delmal(n) for n in m["nkps"]],
            "responsible_text": norm(" ".join(m["resp"])),
            "description_start": m["desc"][0][:40],
            "period": norm(" ".join(m["period"])),
        })
    return {"reporter": rep["reporter"], "report_year": REPORT_YEAR, "measures": measures}


def check_source_data():
    """The typed relation lines must name exactly the numbers in 'nkps'."""
    for rep in REPORTS:
        for m in rep["measures"]:
            for line in (m["rel"], m.get("rel_form", m["rel"])):
                nums = [int(x) for x in re.findall(r"\d+", line)]
                assert nums == m["nkps"], (rep["file"], line, m["nkps"])
            assert all(1 <= n <= 16 for n in m["nkps"])
            assert not m["desc"][0][:40][-1].isspace(), m["desc"][0][:40]


def render_pdf(docx_path: Path, outdir: Path):
    with tempfile.TemporaryDirectory() as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
               "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=180)


# ---------------------------------------------------------------------------
# Rendering checks (read the PDFs only to check that LibreOffice shows what was intended;
# the ground truth never comes from here)
# ---------------------------------------------------------------------------

def _pages(pdf_path: Path) -> list[list[str]]:
    import pdfplumber
    with pdfplumber.open(pdf_path) as pdf:
        return [(pg.extract_text() or "").splitlines() for pg in pdf.pages]


def verify_pdf(rep, pdf_path: Path) -> list[str]:
    """Return a list of problems (empty = rendering is as intended)."""
    probs = []
    pages = _pages(pdf_path)
    n_pages = len(pages)
    flat = norm(" ".join(" ".join(p) for p in pages))
    ms = rep["measures"]
    key = rep["file"]

    for m in ms:
        for field in ("title", "resp", "period"):
            want = norm(" ".join(m[field]))
            if want not in flat:
                probs.append(f"{field} not found in PDF text: {want[:60]!r}")
        if norm(m["desc"][0][:40]) not in flat:
            probs.append(f"description start not found: {m['desc'][0][:40]!r}")

    def every_page(pred, what):
        bad = [i + 1 for i, lines in enumerate(pages) if not pred(lines)]
        if bad:
            probs.append(f"{what} missing on pages {bad}")

    if key == "lo_2017":
        every_page(lambda l: l and l[0].startswith("LO – Landsorganisasjonen"), "header")
        every_page(lambda l: l and re.fullmatch(r"Side \d+", l[-1]), "footer 'Side N'")
        for i, m in enumerate(ms):
            want = f"{len(ms) + i + 1}. " + norm(" ".join(m["period"]))
            if want not in flat:
                probs.append(f"leaked list number missing: {want!r}")
    elif key == "nho_2017":
        if n_pages != NHO_PAGES:
            probs.append(f"NHO report has {n_pages} pages, NHO_PAGES says {NHO_PAGES}")
        every_page(lambda l: l and re.fullmatch(
            r"NHO \| Postboks 5250 Majorstuen \| side \d+ av " + str(n_pages), l[-1]),
            "footer 'side N av M'")
        ok = any(lines[-2].startswith(ms[1]["resp"][-1][:30]) and
                 pages[i + 1][1].startswith("3. Beskrivelse")
                 for i, lines in enumerate(pages[:-1]) if len(lines) > 2)
        if not ok:
            probs.append("page break between headings 2 and 3 of form 2 not seen")
        for k in range(1, len(ms) + 1):
            if f"{k}. " + norm(" ".join(ms[k - 1]["title"])) not in flat:
                probs.append(f"typed list number {k} not seen")
    elif key == "ks_2017":
        every_page(lambda l: l and l[0].startswith("KS – Rapportering"), "header")
        if not any("Rapportering 2017" in x for x in pages[0]):
            probs.append("title page lacks 'Rapportering 2017'")
        long_m = max(ms, key=lambda m: len(m["desc"]))
        first = next((i for i, p in enumerate(pages)
                      if long_m["desc"][0][:40] in norm(" ".join(p))), None)
        last = next((i for i, p in enumerate(pages)
                     if norm(long_m["desc"][-1])[-40:] in norm(" ".join(p))), None)
        if first is None or last is None or last <= first:
            probs.append(f"long description does not cross a page break ({first}, {last})")
        if "Relasjon til NKPS tiltak nr 1, 6 og 16" not in flat:
            probs.append("relation 'nr 1, 6 og 16' missing")
    elif key == "virke_2017":
        every_page(lambda l: l and re.fullmatch(r"\d+", l[-1]), "footer page number")
        starts = [i for i, p in enumerate(pages) if p and p[0].startswith("1. Tiltak i")]
        if len(starts) != len(ms):
            probs.append(f"forms do not each start a page: {starts}")
        after = flat.split("Rapporteringspunkter", 1)[-1]
        for k, m in enumerate(ms, start=1):
            if f"{k}. " + norm(" ".join(m["title"])) not in after:
                probs.append(f"restarted list number {k} not seen")
        two = norm(" ".join(ms[2]["resp"]))
        if two not in flat:
            probs.append("two-paragraph responsible answer not found")
    return probs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--no-pdf", action="store_true")
    args = ap.parse_args(argv)
    check_source_data()
    args.out.mkdir(parents=True, exist_ok=True)

    expected = {}
    failures = 0
    for rep in REPORTS:
        doc = BUILDERS[rep["file"]](rep)
        docx_path = args.out / f"{rep['file']}.docx"
        doc.save(docx_path)
        if not args.no_pdf:
            render_pdf(docx_path, args.out)
        truth = expected_for(rep)
        expected[f"{rep['file']}.docx"] = truth
        expected[f"{rep['file']}.pdf"] = truth
        print("wrote", docx_path.name, "" if args.no_pdf else f"+ {rep['file']}.pdf")
        if not args.no_pdf:
            probs = verify_pdf(rep, args.out / f"{rep['file']}.pdf")
            for pr in probs:
                print(f"  CHECK FAILED {rep['file']}.pdf: {pr}")
            failures += len(probs)
    with open(args.out / "expected.json", "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("wrote expected.json")
    if failures:
        print(f"{failures} rendering check(s) failed")
        return 1
    if not args.no_pdf:
        print("all rendering checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
