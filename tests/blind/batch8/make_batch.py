#!/usr/bin/env python3
"""Blind test batch 8: Norwegian NKPS follow-up reports with ground truth.

Every file and expected.json are produced from the data held in this script.
Run with the batch venv:  /work/blind/.venv8/bin/python make_batch.py
"""
import json
import os
import re
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(OUT, "_build")


# ----------------------------------------------------------------------------
# data helpers
# ----------------------------------------------------------------------------
def M(title, delmal, goal, type_, resp, partners, period, desc=None):
    """One measure.  title/desc may be a str or a list of paragraphs.
    goal is the goal reference exactly as printed (None if not printed)."""
    return dict(title=title, delmal=delmal, goal=goal, type=type_,
                responsible=resp, partners=partners, period=period, desc=desc)


def joined(x):
    if x is None:
        return None
    if isinstance(x, (list, tuple)):
        return " ".join(s.strip() for s in x)
    return x


def paras(x):
    if x is None:
        return []
    return list(x) if isinstance(x, (list, tuple)) else [x]


def esc(s):
    return (s or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


FILES = {}


def register(name, reporter, year, template, measures, builder, readme):
    FILES[name] = dict(reporter=reporter, year=year, template=template,
                       measures=measures, builder=builder, readme=readme)


# ============================================================================
# 1. KMD 2019 (docx) -- "Tiltak n: title" headings + label table + "Kort omtale"
# ============================================================================
KMD = [
    M("Regionreformen – overføring av kompetansepolitiske oppgaver til fylkeskommunene fra 1. januar 2020",
      ["1.2"], "1.2", "Råd/utvalg/nettverk", "KMD", "KD, ASD, fylkeskommunene, KS", "2018–2020",
      ["Som del av regionreformen får fylkeskommunene et tydeligere ansvar for regional kompetansepolitikk. "
       "Tilskuddet til karriereveiledning og ansvaret for bedriftsintern opplæring (BIO) overføres fra 2020.",
       "KMD koordinerer arbeidet på tvers av departementene og følger opp fylkeskommunene gjennom "
       "de årlige dialogmøtene."]),
    M("Veileder for regional planlegging av kompetansebehov («Kompetanseveilederen»)",
      ["1.2", "1.4"], "1.2 og 1.4", "Informasjon", "KMD", "Kompetanse Norge, Distriktssenteret",
      "Lansert juni 2019",
      "Veilederen gir fylkeskommunene metoder og eksempler for å kartlegge regionale kompetansebehov "
      "og for å etablere forpliktende samarbeid med utdanningstilbydere og arbeidslivet."),
    M("Verksted for regional utvikling 2019: «Kompetanse som drivkraft i distriktene»",
      ["1.2"], "Delmål 1.2", "Arrangement", "KMD og Distriktssenteret",
      "Fylkeskommunene, Fylkesmannen, KS", "12.–13. november 2019",
      "To dagers samling for regionale utviklingsaktører med vekt på kompetansepolitikk etter "
      "regionreformen. Om lag 180 deltakere."),
    M("Samarbeid om digital kompetanse i kommunesektoren (KommIT-programmet)",
      ["2.1"], "2.1", "Prosjekt", "KMD", "KS, Digitaliseringsdirektoratet", "2019–2021",
      "Programmet skal styrke den digitale kompetansen blant ledere og ansatte i kommunene gjennom "
      "felles kursmoduler og nettverk for digitaliseringsansvarlige."),
    M("Distriktsmeldingen: oppfølging av kapittel 6 «Kompetanse og arbeidskraft i hele landet»",
      ["1.2", "2.4"], "1.2, 2.4", "Utredning", "KMD", "NFD, KD, fylkeskommunene", "2019–2020",
      "Departementet utreder tiltak for å koble kompetansebehov i små og mellomstore bedrifter i "
      "distriktene til desentraliserte utdanningstilbud."),
    M("Tilskudd til Kompetansepluss-prosjekter i samiske områder",
      ["3.2"], "3.2", "Kurs/utdanning", "KMD", "Sametinget, Kompetanse Norge", None,
      "Midler til opplæring i grunnleggende ferdigheter på arbeidsplassen, tilpasset samisk språk "
      "og næringsliv."),
]

# ============================================================================
# 2. LO 2018 (pdf via docx) -- one landscape table, a row per measure
# ============================================================================
LO = [
    M("Notat: «Tariffavtalenes betydning i kompetansepolitikken»", ["2.2"], "2.2", "FoU", "LO", "Fafo",
      "2018", None),
    M("Forslag om større satsing på regionale karriereveiledningssentre", ["1.3"], "1.3",
      "Råd/utvalg/ nettverk", "LO", None, "Våren 2018", None),
    M("Observatørplass i Universitets- og høgskolerådets fagstrategiske enheter", ["1.4"], "1.4",
      "Råd/utvalg/nettverk", "LO", "UHR, NHO", "Løpende", None),
    M("«Arena for kvalitet» – konferanse i forbindelse med Yrkesfagenes år 2018", ["2.3"], "2.3",
      "Arrangement", "LO", "KD, Udir", "Oktober 2018", None),
    M("Seminar: «Hvordan legge bedre til rette for styrking av kompetanse i klyngesamarbeid»",
      ["2.4"], "2.4", "Arrangement", "LO", "NHO, Eyde-klyngen", "19. september 2018", None),
    M(["Matindustrien 4.0 – kompetanseløft for hele matindustrien",
       "(oppfølging av bransjeavtalen for næringsmiddelindustrien)"],
      ["2.1"], "2.1", "Prosjekt", "LO/NNN", "NHO Mat og drikke, Sjømat Norge", "2018–2020", None),
    M("Rapport fra utvalg etter tariffrevisjonen 2016 (etter- og videreutdanning) – oppfølging i "
      "lønnsoppgjøret 2018", ["2.2"], "2.2", "FoU", "LO/Fellesforbundet", "Norsk Industri, BNL",
      "2017–2018", None),
    M("Deltakelse på arrangementer om oppfølging av Hurtigsporet for nyankomne flyktninger",
      ["3.1", "3.3"], "3.1 og 3.3", "Informasjon", "LO", "Egne medlemmer, NAV, NHO", "Hele året",
      None),
]

# ============================================================================
# 3. NHO 2020 (docx) -- grouped by main area and delmål; inline field line
# ============================================================================
NHO_GROUPS = [
    ("1 Gode valg for den enkelte og for samfunnet", [
        ("Delmål 1.4 – Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
         [0]),
    ]),
    ("2 Læring i arbeidslivet", [
        ("Delmål 2.2 – Styrke kunnskapsgrunnlaget om læring i arbeidslivet", [1, 2]),
        ("Delmål 2.3 – Synliggjøre og utvikle karrieremulighetene i yrkesfag", [3]),
        ("Delmål 2.4 – Koble kompetansebehov i virksomheter til utdanningstilbydere", [4]),
    ]),
    ("3 Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", [
        ("Delmål 3.1 – Fleksibel opplæring på voksnes premisser", [5]),
        ("Delmål 3.3 – Opplæring i arbeidsmarkeds- og integreringspolitikken", [6]),
    ]),
]
NHO = [
    M("Yrkesopplæringsnemndenes rolle og ansvar – oppfølging av rapporten fra 2018", ["1.4"],
      "Delmål 1.4", "Råd/utvalg/nettverk", "NHO", "LO, fylkeskommunene", "2020",
      "NHO har fulgt opp anbefalingene i rapporten gjennom dialog med fylkeskommunene om "
      "sammensetning og mandat for yrkesopplæringsnemndene etter regionreformen."),
    M("Kompetansebarometeret 2020 – NHOs medlemsundersøkelse om kompetansebehov", ["2.2"],
      "Delmål 2.2", "FoU", None, "NIFU", "Publisert mai 2020",
      ["Undersøkelsen kartlegger hvilke kompetansebehov medlemsbedriftene har og i hvilken grad de "
       "ikke får dekket behovet.",
       "I 2020 ble det lagt til egne spørsmål om konsekvensene av koronapandemien."]),
    M("Rapport om fagarbeideres bidrag til innovasjon i bedriftene", ["2.2", "2.3"],
      "Delmål 2.2; berører også delmål 2.3", "FoU", "NHO", "Fafo", "2019–2020",
      "Rapporten dokumenterer at fagarbeidere bidrar til innovasjon i mange bedrifter, og gir "
      "grunnlag for arbeidet med karriereveier for fagarbeidere."),
    M("Jenter og teknologi 2020 – digital kampanje", ["2.3"], "Delmål 2.3", "Informasjon", "NHO",
      "Tekna, NITO", "Hele 2020",
      "Den nasjonale kampanjen ble lagt om til digitale arrangementer og besøk i sosiale medier da "
      "skolebesøk ikke lot seg gjennomføre."),
    M("Bransjeprogram for industri- og byggenæringen: «Kompetanse i koronatid»", ["2.4"],
      "Delmål 2.4", "Kurs/utdanning", None,
      "Fellesforbundet, Norsk Industri, Byggenæringens Landsforening", "2020–2021",
      "Programmet ble utvidet med korte, fleksible moduler for permitterte og ledige i bransjene."),
    M("Fagbrev på jobb – informasjonsmateriell til medlemsbedriftene", ["3.1"], "Delmål 3.1",
      "Informasjon", "NHO", "Utdanningsdirektoratet", "2020",
      "Brosjyre og nettside som forklarer hvordan bedrifter kan bruke ordningen for ansatte uten "
      "fagbrev."),
    M("Hurtigsporet: kampanje for å synliggjøre flyktningers kompetanse overfor bedriftene",
      ["3.3"], "Delmål 3.3", "Informasjon", "NHO", "NAV, IMDi",
      "Vår 2020 (avbrutt pga. korona)",
      "Kampanjen i fire byer skulle koble bedrifter med rekrutteringsbehov til flyktninger i "
      "introduksjonsprogrammet."),
]

# ============================================================================
# 4. KS 2021 (reportlab) -- a "card" per measure, capital labels without colon
# ============================================================================
KS = [
    M("Samarbeid om digital kompetanse i kommunene (DigiKomp) – videreføring 2021", ["2.1"],
      "Delmål 2.1", "Prosjekt", "KS", "KMD, hovedorganisasjonene", "2021–2022",
      "Videreføring av samarbeidet med partene om digital kompetanse. 94 kommuner deltar, og KS "
      "har ansvar for møteplasser og felles læringsressurser."),
    M("Kommunesektorens arbeidslivsmonitor 2021", ["2.2"], "Delmål 2.2", "FoU", "KS", None,
      "Publisert september 2021",
      "Monitoren gir oversikt over kompetanse, rekruttering og sykefravær i kommunesektoren."),
    M("KS Læring: felles læringsplattform for kommuner og fylkeskommuner", ["2.1", "2.2"],
      "Delmål 2.1 og 2.2", "Informasjon", "KS", "Kommuner og fylkeskommuner", "Løpende",
      "Plattformen lar kommunene dele kurs, arrangementer og annen kunnskap med egne ansatte og med "
      "hverandre."),
    M("Kartlegging: «Endrede kompetansebehov i en digitalisert helse- og omsorgssektor» (del 2)",
      ["2.2"], "Delmål 2.2", "FoU", "KS", "Ipsos", "2021",
      "Oppfølging av kartleggingen fra 2019, nå med vekt på velferdsteknologi i hjemmetjenestene."),
    M("Menn i helse – nasjonal utrulling og evaluering", ["3.3"], "Delmål 3.3", "Prosjekt", "KS",
      "NAV, Østlandsforskning, fylkeskommunene", "2016–2022",
      "Rekrutteringsprogram der menn som står utenfor arbeidslivet kvalifiseres til fagbrev som "
      "helsefagarbeider."),
    M("Lærlingløftet: flere lærlinger i kommunesektoren", ["2.3"], "Delmål 2.3", "Informasjon", "KS",
      "Fagforbundet, Delta", "2021",
      "Kampanje og statistikk om lærlinger i kommunesektoren, «Status 2021»."),
    M("Kompetansefora i fylkene – deltakelse i regionale partnerskap", ["1.2"], "Delmål 1.2",
      "Råd/utvalg/nettverk", "KS’ regionkontorer", "Fylkeskommunene, NAV, LO, NHO", "Løpende",
      "KS deltar i de regionale kompetanseforaene og bidrar til å løfte kommunenes behov inn i "
      "fylkeskommunenes kompetansestrategier."),
]

# ============================================================================
# 5. Vestland fylkeskommune 2020 (docx, nynorsk) -- a form table per measure
# ============================================================================
VESTLAND = [
    M("Kompetansestrategi for Vestland 2020–2024: «Kompetanse for framtida»", ["1.2"], "1.2",
      "Råd/utval/nettverk", "Vestland fylkeskommune",
      "NAV Vestland, Statsforvaltaren i Vestland, LO, NHO, KS, UH-sektoren", "2020–2024",
      "Strategien er utarbeidd i partnarskap og skal samordne innsatsen til kompetanseaktørane i "
      "fylket. Handlingsprogrammet vert rullert årleg."),
    M("Karriere Vestland – samanslåing av karrieresentera i Hordaland og Sogn og Fjordane",
      ["1.3"],
      "Sørgje for tilgang til karriererettleiing og styrkje kompetansen til karriererettleiarar",
      "Prosjekt", "Vestland fylkeskommune", "NAV Vestland, kommunane", "2020–2021",
      "Eitt karrieresenter med avdelingar i Bergen, Førde, Stord og Voss. Tilbodet gjeld alle over "
      "19 år."),
    M("Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland innan tekniske fag",
      ["1.4"], "1.4", "Kurs/utdanning", "Vestland fylkeskommune",
      "Høgskulen på Vestlandet, Fagskulen Vestland", "2019–2021",
      "Samarbeidet skal gje betre overgangar mellom fagskule og høgskule og meir relevante tilbod "
      "for industrien i regionen."),
    M("Opplæringstilbod som helsefagarbeidar for minoritetsspråklege («Sogn og Fjordane-modellen»)",
      ["3.1", "3.5"], "Delmål 3.1 og 3.5", "Kurs/utdanning", "Vestland fylkeskommune",
      "NAV, kommunane", "Skuleåret 2020/21",
      "Kombinert norskopplæring og fagopplæring fram mot fagbrev, no utvida til heile fylket."),
    M("Fagbrev på jobb og modulstrukturert opplæring for vaksne", ["3.1"],
      "Gje fleksibel opplæring på premissane til vaksne", "Kurs/utdanning", "Vestland fylkeskommune",
      "Opplæringskontora, NAV", "Løpande",
      "Vaksne tilsette kan ta fagbrev på arbeidsplassen, og nye modular vert prøvde ut i fleire "
      "lærefag."),
    M("Bransjeprogram for havbruk og sjømat – fleksible vidareutdanningstilbod", ["2.1", "2.4"],
      "2.1/2.4", "Kurs/utdanning", "Vestland fylkeskommune",
      "Fagskulen Vestland, Sjømat Noreg, Fellesforbundet", None, None),
]

# ============================================================================
# 6. Spekter 2019 (pdf via docx) -- overview table + a form table per measure
# ============================================================================
SPEKTER = [
    M("Møteplass lærebedrifter 2019", ["1.4", "2.3"], "Delmål 1.4 og 2.3", "Arrangement", "Spekter",
      "Spekters medlemsvirksomheter, Fafo, opplæringskontorer", "6. mars 2019 (årlig siden 2013)",
      ["Heldagsarrangement for medlemsvirksomheter som er, eller ønsker å bli, lærebedrifter.",
       "Tema i 2019 var kvalitet i fagopplæringen og samarbeid mellom skole og bedrift."]),
    M("Fagskolekonferansen 2019 – fagskoleutdanning i spesialisthelsetjenesten", ["2.3"],
      "Delmål 2.3", "Arrangement", "Spekter", "LO/Fagforbundet, YS/Delta", "November 2019",
      "Konferansen skal synliggjøre karrieremuligheter for fagarbeidere gjennom fagskoleutdanning."),
    M("Felles arrangement under Arendalsuka 2019: «Hvem har ansvaret for at ansatte lærer hele livet?»",
      ["2.2"], "Delmål 2.2", "Arrangement", "Spekter og LO Stat", None, "August 2019",
      "Debatt om betydningen av å fornye ansattes kompetanse, med deltakere fra partene og politikken."),
    M("Arbeidsgivernettverk for HR-direktører i medlemsvirksomhetene", ["2.2"], "Delmål 2.2",
      "Råd/utvalg/nettverk", "Spekter", "Medlemsvirksomhetene", "Løpende, ca. fire møter i året",
      "Nettverket drøfter kompetansepolitiske og andre arbeidslivspolitiske problemstillinger."),
    M("Praksisplasser for masterstudenter i statsvitenskap", ["1.4"], "Delmål 1.4",
      "Kurs/utdanning", "Spekter", "Universitetet i Oslo", "Vårsemesteret 2019",
      "To studenter hadde praksisopphold i Spekters sekretariat."),
]

# ============================================================================
# 7. Akademikerne 2019 (docx) -- Word auto-numbered list, sub-bullets with labels
# ============================================================================
AKAD = [
    M("Forskningsrapport «Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre»",
      ["2.2"], "2.2", "FoU", "Akademikerne/Econa", "Ny Analyse", "2019",
      "Rapporten viser at høyt utdannede deltar mye i etter- og videreutdanning, men at mye "
      "læring skjer uformelt og uten dokumentasjon."),
    M("Forskningsrapport «Yngre eldre i arbeidslivet»", ["2.2"], "2.2", "FoU", "Akademikerne/Econa",
      "Ny Analyse", "2019",
      "Undersøker hvordan arbeidsgivere legger til rette for kompetanseutvikling for ansatte over 55 år."),
    M("Tekna Kurs: digitale etterutdanningsmoduler for ingeniører og sivilingeniører", ["2.1"], "2.1",
      "Kurs/utdanning", "Akademikerne/Tekna", "NTNU", "Fra høsten 2019",
      "Korte nettbaserte moduler i maskinlæring, IoT og dataanalyse."),
    M("Karriererådgivning for medlemmer i overgangen mellom utdanning og arbeid", ["1.3"], "1.3",
      "Informasjon", "Akademikerne", "Medlemsforeningene", "Løpende",
      "Foreningene tilbyr individuell karriererådgivning og kurs i jobbsøking."),
    M("Deltakelse i Råd for samarbeid med arbeidslivet (RSA) ved universiteter og høyskoler", ["1.4"],
      "1.4", "Råd/utvalg/nettverk", "Akademikerne", "UH-institusjonene, KS, NHO, Virke", "Løpende",
      None),
    M("Forskningsrapport «Framtidens behov for akademikere» – oppdatering 2019", ["1.1", "2.2"],
      "1.1 og 2.2", "FoU", "Akademikerne", "Samfunnsøkonomisk analyse", "2019",
      "Oppdateringen er også spilt inn til Kompetansebehovsutvalget."),
]

# ============================================================================
# 8. Unio 2019 (reportlab) -- brochure: bold title, unlabelled meta line, text
# ============================================================================
UNIO = [
    M("Utredning av modeller for finansiering av etter- og videreutdanning", ["2.2"], "2.2", "FoU",
      "Unio", "Proba samfunnsanalyse", "2018–2019",
      "Utredningen sammenligner fire modeller, blant annet et eget kompetansefond og "
      "skattefradrag for arbeidsgivere. Rapporten ble lagt fram på Unios kompetansekonferanse."),
    M("Kompetanseheving av helsepersonell – utfordringer og muligheter", ["2.2"], "2.2", "FoU", "Unio",
      "Ny Analyse", "2019",
      "Rapporten ser på mulighetsområdene for videreutdanning av sykepleiere og annet helsepersonell "
      "i kommunene."),
    M("Unios digitaliseringspolitikk: workshop med medlemsforbundene og tillitsvalgtskolering",
      ["2.1"], "2.1", "Arrangement", "Unio", "Unios medlemsforbund", "Vår 2019",
      "Digitalisering er tatt inn som fast tema i skoleringen av tillitsvalgte."),
    M("Aktiv bruk av studieforbund – kompetansehevende kurs for medlemmene", ["3.6"], "3.6",
      "Kurs/utdanning", "Unios forbund", None, "Løpende",
      "Forbundene bruker studieforbundene til kurs for medlemmer og tillitsvalgte."),
    M("Deltakelse i universitets- og høgskolerådets fagstrategiske enheter", ["1.4"], "1.4",
      "Råd/utvalg/nettverk", "Unio", "UHR, Spekter, NHO, Virke", "Løpende",
      "Unio er representert i enhetene for helse- og sosialfag og for lærerutdanning."),
]

# ============================================================================
# 9. Virke 2021 (docx) -- one table, Delmål cells merged vertically, no Ansvarlig
# ============================================================================
VIRKE_GROUPS = [("1.4 Utdanning og arbeidsliv", [0]),
                ("2.1 Digital kompetanse", [1, 2]),
                ("2.2 Kunnskapsgrunnlaget", [3, 4]),
                ("2.5 Dokumentasjon av kompetanse", [5]),
                ("3.6 Frivillig sektor", [6])]
VIRKE = [
    M("Deltakelse i RSA ved OsloMet og Universitetet i Sørøst-Norge", ["1.4"],
      "1.4 Utdanning og arbeidsliv", "Råd/utvalg/nettverk", None, "OsloMet, USN", "Løpende",
      "Virke bidrar med innspill fra handel og tjenesteytende næringer."),
    M("Kompetanseløft for varehandelen: «Digital handel – nettkurs for ansatte i butikk»", ["2.1"],
      "2.1 Digital kompetanse", "Kurs/utdanning", None, "Handel og Kontor, HK-dir", "2020–2022",
      "Over 3 000 deltakere per oktober 2021."),
    M("Bransjeprogram for varehandel", ["2.1"], "2.1 Digital kompetanse", "Kurs/utdanning", None,
      "Handel og Kontor, KD", "2021–2023",
      "Nytt bransjeprogram fra 2021 med moduler i e-handel og logistikk."),
    M("Studie: «Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?» – oppfølgingsstudie 2021",
      ["2.2"], "2.2 Kunnskapsgrunnlaget", "FoU", None,
      "Samfunnsøkonomisk analyse, NAV, Handel og Kontor", "2021", None),
    M("Virkes HR-barometer 2021 – tema: livslang læring", ["2.2"], "2.2 Kunnskapsgrunnlaget", "FoU",
      None, None, "Publisert juni 2021",
      "Spørreundersøkelse blant HR-ledere i Virkes medlemsvirksomheter."),
    M("«Balansekunst» – videreutvikling av modell for å beskrive kompetanse fra arbeidslivet", ["2.5"],
      "2.5 Dokumentasjon av kompetanse", "FoU", None, "LO, YS, NHO", "2018–2021",
      "Modellen er prøvd ut i tre bransjer."),
    M("Lederkurs for ideelle og frivillige virksomheter", ["3.6"], "3.6 Frivillig sektor",
      "Kurs/utdanning", None, "VOFO", "Høst 2021", None),
]

# ============================================================================
# 10. YS 2018 (pdf via docx) -- typed "1." headings, old NKPS numbering
# ============================================================================
YS = [
    M("Intern kartlegging av bransjer med behov for utvikling av kompetanse", ["2.1"], "nr. 5",
      "Kurs/utdanning", "YS", "Forbundene i YS", "2018",
      "YS har vurdert hvilke bransjer blant medlemsforbundene som har størst behov for "
      "kompetanseutvikling som følge av digitalisering."),
    M("YS Arbeidslivsbarometer 2018 – analyse av endringer i arbeidslivet knyttet til nye digitale løsninger",
      ["2.1", "2.2"], "nr. 5 og 6", "FoU", "YS", "AFI, OsloMet",
      "Årlig, rapport lansert oktober 2018",
      ["Barometeret måler blant annet hvor mange som opplever at kompetansen deres blir utdatert.",
       "Resultatene ble presentert for Kompetansepolitisk råd i november."]),
    M("Hurtigsporet i Oslo – samarbeidsprosjekt for flyktninger, kombinert med norskopplæring",
      ["3.3", "3.4"], "nr. 13–14", "Prosjekt", "Oslo kommune", "YS, Virke", "2017–2018",
      "Prosjektet ble avsluttet i 2018, men er overført til Oslo kommune som et mer permanent tiltak."),
    M("Yrkesfagenes år 2018 – YS’ bidrag i informasjonskampanjen", ["2.3"], "nr. 7", "Informasjon",
      "YS", "KD, Virke, Spekter, LO, NHO", "2018",
      "YS-forbundene delte filmer og fortellinger om yrkesfag i egne kanaler."),
    M("Innspill til modell for vurdering av kompetanse ervervet i arbeidslivet («Balansekunst»)",
      ["2.5"], "nr. 9", "Råd/utvalg/nettverk", "Virke", "LO, YS, NHO", "Våren 2018",
      "YS deltok i referansegruppen for arbeidet."),
]

# ============================================================================
# 11. KD 2020 (docx) -- landscape tables per hovedinnsatsområde
# ============================================================================
KD_AREAS = [
    ("Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet", [0, 1, 2, 3]),
    ("Hovedinnsatsområde 2: Læring i arbeidslivet", [4, 5, 6]),
    ("Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
     [7, 8, 9, 10]),
]
KD = [
    M("Kompetansebehovsutvalget – NOU 2020: 2 «Fremtidige kompetansebehov III»", ["1.1"], "1.1",
      "Råd/utvalg/nettverk", "KD", "ASD, KMD, NFD, partene, forskere",
      "Utvalgets tredje hovedrapport ble lagt fram i februar 2020."),
    M("Nasjonal digital karriereveiledningstjeneste (chat, telefon og e-post)", ["1.3"], "1.3",
      "Informasjon", "KD/Kompetanse Norge", "Utdanningsdirektoratet, fylkeskommunene",
      "Tjenesten ble utvidet under koronapandemien for å møte økt etterspørsel fra permitterte."),
    M("Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "1.3", "Prosjekt", "KD",
      "Kompetanse Norge, fylkeskommunene", None),
    M("Stortingsmelding om arbeidslivsrelevans i høyere utdanning", ["1.4"], "1.4", "Utredning", "KD",
      "UH-sektoren, partene", "Meldingen legges fram våren 2021."),
    M("Tilskudd til fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "2.1",
      "Kurs/utdanning", "KD", "Kompetanse Norge, DIKU, partene",
      "Utlysningen i 2020 hadde rekordmange søknader."),
    M("Bransjeprogram for kompetanseutvikling – utvidet i forbindelse med koronapandemien",
      ["2.1", "2.4"], "2.1, 2.4", "Kurs/utdanning", "KD",
      "Partene, bransjene, utdanningsinstitusjonene",
      "Ni nye bransjer ble tatt inn i 2020, blant annet reiseliv og varehandel."),
    M("Godkjenningsordning for utenlandsk fagskoleutdanning", ["2.6"], "2.6", None, "KD", "NOKUT",
      "Ordningen har vært åpen siden 1. januar 2019."),
    M("Forsøk med forberedende voksenopplæring (FVO)", ["3.1"], "3.1", "Kurs/utdanning", "KD",
      "Kompetanse Norge, fylkeskommunene, KS",
      "Forsøket er utvidet til flere kommuner og forlenget til 2022."),
    M("Prøveordning med fagopplæring i Kompetansepluss", ["3.2"], "3.2", "Kurs/utdanning", "KD",
      "Kompetanse Norge", None),
    M("Ny integreringslov og reform av introduksjonsprogrammet (fra 1. januar 2021)", ["3.4"], "3.4",
      "Prosjekt", "KD", "IMDi, Kompetanse Norge, kommunene",
      "Loven gir sterkere vekt på formell kvalifisering og norskferdigheter."),
    M("Utredning om studieforbundene", ["3.6"], "3.6", "FoU", "KD", "KuD, VOFO", None),
]
# KD has no separate period column: period null everywhere (desc held in field "desc").
for _m in KD:
    _m["desc"], _m["period"] = _m["period"], None

# ============================================================================
# 12. ASD 2021 (reportlab) -- letter, label table per measure, abbreviations
# ============================================================================
ASD = [
    M("Opplæringstiltaket – nytt arbeidsmarkedstiltak med opplæring for arbeidsledige og personer "
      "med nedsatt arbeidsevne", ["3.5"], "3.5", "Kurs/utdanning",
      "ASD/Arbeids- og velferdsdirektoratet", "NAV, fylkeskommunene", "Fra 1. januar 2021",
      "Tiltaket samler tidligere opplæringstiltak og gir mulighet for opplæring inntil tre år."),
    M("Ny IA-avtale 2019–2022: kompetansetiltak for å kunne stå i arbeid", ["3.3"], "3.3",
      "Råd/utvalg/nettverk", "ASD", "Partene i arbeidslivet", "2019–2022",
      "Partene og myndighetene har forpliktet seg til at kompetansetiltak også kan være nødvendige "
      "for å kunne stå i arbeid."),
    M("Overføring av ansvaret for bedriftsintern opplæring (BIO) til fylkeskommunene", ["1.2", "2.4"],
      "1.2 og 2.4", "Råd/utvalg/nettverk", "ASD", "Fylkeskommunene, AVdir", "2020–2021",
      "Fylkeskommunene forvalter BIO-midlene fra 2021."),
    M("Forlenget varighet på arbeidsmarkedsopplæring (AMO) for arbeidssøkere", ["3.3", "3.4", "3.5"],
      "3.3–3.5", "Kurs/utdanning", "ASD", "Arbeids- og velferdsetaten", "2021–2022",
      "Midlertidig regelverk som gir arbeidssøkere mulighet til å ta lengre opplæring, også "
      "norskopplæring for innvandrere."),
    M("Kompetanseutvikling i NAV: «Veilederløftet»", ["3.5"], "3.5", "Kurs/utdanning",
      "Arbeids- og velferdsdirektoratet", "OsloMet", "2021",
      "Videreutdanning for veiledere i NAV i arbeidsrettet oppfølging og karriereveiledning."),
]

# ============================================================================
# 13. Trøndelag fylkeskommune 2021 (pdf via docx) -- landscape table, goals as text only
# ============================================================================
TRONDELAG_AREAS = [("Gode valg for den enkelte og for samfunnet", [0, 1, 2]),
                   ("Læring i arbeidslivet", [3, 4, 5]),
                   ("Voksne med svak tilknytning til arbeidslivet", [6, 7])]
TRONDELAG = [
    M("Kompetanseløft Trøndelag – regional kompetansestrategi 2021–2024", ["1.2"],
      "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
      "Råd/utvalg/nettverk", "Trøndelag fylkeskommune",
      "NAV Trøndelag, Statsforvalteren, LO, NHO, KS, NTNU", "2021–2024", None),
    M("Karrieresenteret Trøndelag: karriereveiledning for voksne over 19 år i alle regioner", ["1.3"],
      "Tilgang til karriereveiledning og et helhetlig system for karriereveiledning", "Informasjon",
      "Trøndelag fylkeskommune", "NAV, kommunene", "Løpende", None),
    M("Hospitering i bedrift for yrkesfaglærere", ["1.4"],
      "Samarbeid mellom opplæringstilbydere og arbeidslivet", "Kurs/utdanning",
      "Trøndelag fylkeskommune", "Bedrifter, opplæringskontor", "Skoleåret 2021/22", None),
    M("DigiT – digitaliseringsutvalg for kommunene i Trøndelag", ["2.1"],
      "Digital kompetanse i hele arbeidsstyrken", "Råd/utvalg/nettverk",
      "KS, Trøndelag fylkeskommune, Statsforvalteren", "Kommunene", "2019–2022", None),
    M("Partnerskap for flere læreplasser («Læreplassløftet Trøndelag»)", ["2.3"],
      "Synliggjøre og utvikle karrieremulighetene i yrkesfag", "Prosjekt", "Trøndelag fylkeskommune",
      "Opplæringskontorene, LO, NHO", "2021", None),
    M("Fagskoletilbud i havbruk og automasjon (Fagskolen i Trøndelag)", ["2.4"],
      "Koble kompetansebehov i bedrifter og klynger til etter- og videreutdanningstilbud",
      "Kurs/utdanning", "Fagskolen i Trøndelag", "Næringsklynger, NHO Trøndelag", "Fra høsten 2021",
      None),
    M("Kombinasjonsklasser for minoritetsspråklige ungdommer og voksne", ["3.1", "3.4"],
      "Fleksibel opplæring på voksnes premisser; målrette norskopplæring og kvalifisering for innvandrere",
      "Kurs/utdanning", "Trøndelag fylkeskommune", "Kommunene, IMDi", "2020–2022", None),
    M("Samarbeidsavtale med NAV om opplæring av arbeidssøkere", ["3.5"],
      "Styrke NAVs opplæringstilbud for arbeidssøkere", "Råd/utvalg/nettverk",
      "Trøndelag fylkeskommune", "NAV Trøndelag", "2021–", None),
]

# ============================================================================
# 14. VOFO 2020 (reportlab) -- numbered titles, informal question labels
# ============================================================================
VOFO = [
    M("Promotering av Kompetansepluss frivillighet i studieforbundene", ["3.2"], "Delmål 3.2",
      "Informasjon", "VOFO", "Studieforbundene, Kompetanse Norge", "2020",
      "Informasjonsmøter og nettside for studieforbund som vil søke midler fra ordningen."),
    M("Forskningsprosjekt: Studieforbundene som læringskatalysatorer (fase 2)", ["3.6"], "Delmål 3.6",
      "FoU", "VOFO", "Fafo", "2019–2021",
      "Prosjektet undersøker hvordan kurs i studieforbund motiverer voksne med lite utdanning til "
      "videre læring."),
    M("Regionale VOFO-konsulenter i partnerskap med fylkeskommunene", ["1.2", "3.6"],
      "Delmål 1.2 og 3.6", "Råd/utvalg/nettverk", "VOFO", "Fylkeskommunene, studieforbundene",
      "Løpende",
      "Regionkonsulentene deltar i regionale kompetansepartnerskap og synliggjør frivillig sektor "
      "overfor karriereveiledere."),
    M("Digital omstilling i studieforbundene under koronapandemien – kurs for kursledere",
      ["2.1", "3.6"], "Delmål 2.1 og 3.6", "Kurs/utdanning", "VOFO", "Studieforbundene",
      "Mars–desember 2020",
      "Over 1 200 kursledere fikk opplæring i å gjennomføre kurs digitalt."),
    M("Informasjonsprosjekt om inkludering: «Alle skal med»", ["3.6"], "Delmål 3.6", "Prosjekt",
      "VOFO", "Studieforbundene og kursarrangører", "2020–2021",
      "Materiell og kurs for å rekruttere flere innvandrere som deltakere og kursledere."),
]

# ============================================================================
# 15. HOD 2018 (docx) -- label paragraph above value, no tables
# ============================================================================
HOD = [
    M("Kompetanseløft 2020 – opplæring av ansatte i de kommunale helse- og omsorgstjenestene",
      ["2.4"], "Delmål 2.4 – koble kompetansebehov i virksomheter til utdannings- og opplæringstilbydere",
      "Kurs/utdanning", "HOD", "Helsedirektoratet, KS, fylkesmennene", "2016–2020",
      "Tilskudd til videreutdanning og fagskoleutdanning for ansatte i kommunene. Om lag 20 000 "
      "ansatte har fått opplæring siden 2016."),
    M("Nasjonale retningslinjer for helse- og sosialfagutdanningene (RETHOS)", ["1.4"],
      "Delmål 1.4 – samarbeid mellom utdanningstilbydere og arbeidslivet", "Prosjekt", "KD og HOD",
      "ASD, BLD, KS", "2017–2021",
      "Retningslinjene utvikles i samarbeid med arbeidslivet for å gjøre utdanningene mer relevante."),
    M("Menn i helse – rekrutteringsprogram", ["3.3"],
      "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkedspolitikken", "Prosjekt",
      "Helsedirektoratet", "KS, NAV", "Løpende",
      "Programmet gir menn mellom 25 og 55 år et kvalifiseringsløp til helsefagarbeider."),
    M("Kartlegging av kompetansebehov i spesialisthelsetjenesten", ["2.2"], "Delmål 2.2", "FoU",
      "Helse- og omsorgsdepartementet", "De regionale helseforetakene, Spekter", "2018–2019", None),
]

# ----------------------------------------------------------------------------
# consistency check of printed goal references vs delmål codes
# ----------------------------------------------------------------------------
ORDER = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
         "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]


def codes_from_goal(goal):
    if goal is None:
        return None
    if re.search(r"\bnr\b|NKPS", goal):
        nums = []
        for a, b in re.findall(r"(\d+)\s*[–-]\s*(\d+)", goal):
            nums += list(range(int(a), int(b) + 1))
        goal2 = re.sub(r"(\d+)\s*[–-]\s*(\d+)", "", goal)
        nums += [int(n) for n in re.findall(r"\d+", goal2)]
        return sorted({ORDER[n - 1] for n in nums}, key=ORDER.index)
    if re.search(r"\d\.\d", goal):
        out = []
        for a, b in re.findall(r"(\d\.\d)\s*[–-]\s*(\d\.\d)", goal):
            out += ORDER[ORDER.index(a):ORDER.index(b) + 1]
        goal2 = re.sub(r"(\d\.\d)\s*[–-]\s*(\d\.\d)", "", goal)
        out += re.findall(r"\d\.\d", goal2)
        return sorted(set(out), key=ORDER.index)
    return None  # text only: mapped by hand


# ============================================================================
# DOCX helpers
# ============================================================================
def add_field(paragraph, instr):
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)


def new_doc(font="Calibri", size=11, landscape=False, margins_cm=2.2):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return d


def set_header_footer(d, header=None, footer=None, page_no=True, footer_prefix=""):
    sec = d.sections[0]
    if header:
        p = sec.header.paragraphs[0]
        p.text = header
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in p.runs:
            r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer:
        rr = fp.add_run(footer + ("   " if page_no else ""))
        rr.font.size = Pt(8)
    if page_no:
        if footer_prefix:
            fp.add_run(footer_prefix).font.size = Pt(8)
        add_field(fp, "PAGE")


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trPr.append(el)


def no_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit"); el.set(qn("w:val"), "true")
    trPr.append(el)


def set_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    tblPr = tbl.tblPr
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for tr in tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(widths_cm[col:col + span])
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW"); tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(int(w * 567))); tcW.set(qn("w:type"), "dxa")
            col += span


def cell_write(cell, text, bold=False, italic=False, size=None, color=None):
    """Write str or list of paragraphs into a cell (replacing the empty first paragraph)."""
    ps = paras(text)
    if not ps:
        ps = [""]
    first = True
    for t in ps:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if t:
            r = p.add_run(t)
            r.bold = bold; r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        p.paragraph_format.space_after = Pt(2)
    return cell


def para(d, text, bold=False, italic=False, size=None, style=None, align=None, space_after=None,
         color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold; r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def labelled(d, label, value, sep=" ", style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    p.add_run(label + sep).bold = True
    if value:
        p.add_run(value)
    p.paragraph_format.space_after = Pt(1)
    return p


def table_borders(table, style="Table Grid"):
    table.style = table.part.document.styles[style] if False else style


def to_pdf(docx_path, final_pdf):
    outdir = os.path.dirname(docx_path)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.move(os.path.splitext(docx_path)[0] + ".pdf", final_pdf)


def val(x):
    return "" if x is None else x


# ============================================================================
# builders: DOCX
# ============================================================================
def build_kmd(path, ms):
    d = new_doc("Calibri", 11)
    set_header_footer(d, header="Kommunal- og moderniseringsdepartementet – Rapportering NKPS 2019",
                      footer="Side", page_no=True)
    para(d, "Kommunal- og moderniseringsdepartementet", bold=True, size=10, color="1F3864")
    d.add_heading("Rapport om oppfølging av Nasjonal kompetansepolitisk strategi – 2019", level=0)
    para(d, "Oslo, 31. januar 2020", italic=True)
    d.add_heading("Innledning", level=1)
    para(d, "KMD har et særlig ansvar for delmål 1.2 om å styrke regionalt folkevalgt nivås "
            "kompetansepolitiske ansvar. Regionreformen har preget arbeidet i 2019. Nedenfor følger "
            "departementets tiltak, med tilknytning til delmålene i strategien.")
    d.add_heading("Tiltak i 2019", level=1)
    for i, m in enumerate(ms, 1):
        d.add_heading(f"Tiltak {i}: {joined(m['title'])}", level=2)
        rows = [("Delmål", m["goal"]), ("Type tiltak", m["type"]), ("Ansvarlig", m["responsible"]),
                ("Samarbeidspartnere", m["partners"]), ("Periode", m["period"])]
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for r, (lab, v) in zip(t.rows, rows):
            cell_write(r.cells[0], lab, bold=True, size=10)
            shade(r.cells[0], "DCE6F2")
            cell_write(r.cells[1], val(v), size=10)
        set_widths(t, [4.2, 12.4])
        p = para(d, "Kort omtale", bold=True, space_after=2)
        p.paragraph_format.space_before = Pt(8)
        for s in paras(m["desc"]):
            para(d, s)
    d.add_heading("Oppsummering", level=1)
    para(d, "Departementet har i 2019 rapportert seks tiltak. Hovedvekten ligger på delmål 1.2, "
            "men flere tiltak berører også læring i arbeidslivet og Kompetansepluss. Arbeidet "
            "videreføres i 2020 når fylkeskommunene overtar nye oppgaver.")
    d.save(path)


def build_lo(path, ms):
    d = new_doc("Arial", 10, landscape=True, margins_cm=1.8)
    set_header_footer(d, header="LO – Rapportering til Kompetansepolitisk råd 2018",
                      footer="Landsorganisasjonen i Norge", page_no=True)
    para(d, "Landsorganisasjonen i Norge", bold=True, size=16, color="C00000", space_after=0)
    para(d, "Rapport om LOs oppfølging av Nasjonal kompetansepolitisk strategi for 2018", bold=True,
         size=13)
    para(d, "LO har også i 2018 arbeidet bredt med kompetansepolitikk, både gjennom egne tiltak og "
            "sammen med forbundene og de andre partene. Tabellen viser tiltakene LO ønsker å "
            "rapportere, med kobling til strategiens delmål.")
    hdr = ["Nr.", "Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsrom"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        cell_write(c, h, bold=True, size=9.5, color="FFFFFF")
        shade(c, "C00000")
    repeat_header(t.rows[0])
    for i, m in enumerate(ms, 1):
        r = t.add_row()
        no_split(r)
        vals = [f"{i}.", m["title"], m["goal"], m["type"], m["responsible"], m["partners"],
                m["period"]]
        for c, v in zip(r.cells, vals):
            cell_write(c, val(v), size=9.5)
    set_widths(t, [1.1, 8.8, 2.2, 3.4, 3.2, 4.4, 3.0])
    para(d, "")
    para(d, "Samlet er det rapportert åtte tiltak. LO vil i 2019 særlig prioritere oppfølgingen av "
            "kompetansereformen og arbeidet med etter- og videreutdanning.")
    para(d, "Kontaktperson: Rådgiver, avdeling for samfunnspolitikk", italic=True, size=9)
    d.save(path)


def build_nho(path, ms):
    d = new_doc("Georgia", 10.5)
    set_header_footer(d, header="NHO | Kompetansepolitisk rapportering 2020", footer=None, page_no=True)
    d.add_heading("NHOs rapportering på Nasjonal kompetansepolitisk strategi 2020", level=0)
    para(d, "Koronapandemien har preget året, og flere tiltak er lagt om eller utsatt. Tiltakene "
            "under er sortert etter hovedinnsatsområde og delmål i strategien. Der et tiltak også "
            "berører et annet delmål, er dette angitt.")
    for area, groups in NHO_GROUPS:
        d.add_heading(area, level=1)
        for gh, idxs in groups:
            d.add_heading(gh, level=2)
            for i in idxs:
                m = ms[i]
                d.add_heading(joined(m["title"]), level=3)
                for s in paras(m["desc"]):
                    para(d, s, space_after=3)
                p = d.add_paragraph()
                parts = [("Type: ", m["type"])]
                if m["responsible"]:
                    parts.append(("Ansvar: ", m["responsible"]))
                parts += [("Samarbeid: ", m["partners"]), ("Tid: ", m["period"])]
                for k, (lab, v) in enumerate(parts):
                    if k:
                        p.add_run("  |  ")
                    rl = p.add_run(lab); rl.bold = True; rl.font.size = Pt(9)
                    rv = p.add_run(val(v)); rv.font.size = Pt(9)
                if ";" in m["goal"]:
                    extra = m["goal"].split(";", 1)[1].strip()
                    para(d, extra[0].upper() + extra[1:] + ".", italic=True, size=9)
    d.add_heading("Avsluttende merknader", level=1)
    para(d, "NHO vil i 2021 prioritere omstilling etter pandemien, bransjeprogrammene og "
            "arbeidet med læreplasser. Vi bidrar gjerne i det videre arbeidet i rådet.")
    para(d, "Med vennlig hilsen", space_after=0)
    para(d, "NHO, avdeling for kompetanse og arbeidsliv")
    d.save(path)


def build_vestland(path, ms):
    d = new_doc("Calibri", 11)
    set_header_footer(d, header="Vestland fylkeskommune", footer="Rapportering NKPS 2020 – side",
                      page_no=True)
    para(d, "VESTLAND FYLKESKOMMUNE", bold=True, size=10, color="00594F")
    d.add_heading("Rapportering på oppfølging av Nasjonal kompetansepolitisk strategi 2020", level=1)
    para(d, "Innleiing", bold=True)
    para(d, "Vestland fylkeskommune vart etablert 1. januar 2020. Fylkeskommunen har fått ei "
            "sterkare rolle i kompetansepolitikken gjennom regionreforma. Under følgjer tiltaka "
            "fylkeskommunen vil rapportere for 2020, eitt skjema per tiltak.")
    labels = ["Namn på tiltaket", "Delmål", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar",
              "Tidsperiode", "Skildring av tiltaket"]
    for i, m in enumerate(ms, 1):
        t = d.add_table(rows=1 + len(labels), cols=2)
        t.style = "Table Grid"
        h = t.rows[0].cells[0].merge(t.rows[0].cells[1])
        cell_write(h, f"Tiltak {i}", bold=True, color="FFFFFF")
        shade(h, "00594F")
        vals = [m["title"], m["goal"], m["type"], m["responsible"], m["partners"], m["period"],
                m["desc"]]
        for r, lab, v in zip(t.rows[1:], labels, vals):
            cell_write(r.cells[0], lab, bold=True, size=10)
            shade(r.cells[0], "E2EFDA")
            cell_write(r.cells[1], val(v) if not isinstance(v, list) else v, size=10)
        set_widths(t, [4.6, 12.0])
        para(d, "")
    para(d, "Bergen, 22. januar 2021", space_after=0)
    para(d, "Seksjon for opplæring og kompetanse", italic=True)
    d.save(path)


def build_spekter(path, ms):
    d = new_doc("Calibri", 11)
    set_header_footer(d, header="Spekter – rapportering 2019", footer="Arbeidsgiverforeningen Spekter",
                      page_no=True)
    d.add_heading("Spekters rapportering for 2019 – Nasjonal kompetansepolitisk strategi", level=1)
    para(d, "Spekter rapporterer fem tiltak for 2019. Oversikten under viser tiltakene og hvilke "
            "delmål de knytter seg til. Deretter følger et utfylt skjema for hvert tiltak.")
    para(d, "Oversikt over rapporterte tiltak", bold=True)
    t = d.add_table(rows=1, cols=3)
    t.style = "Light List Accent 1"
    for c, h in zip(t.rows[0].cells, ["Nr.", "Tiltak", "Relasjon til delmål"]):
        cell_write(c, h, bold=True)
    for i, m in enumerate(ms, 1):
        r = t.add_row()
        for c, v in zip(r.cells, [str(i), joined(m["title"]), m["goal"]]):
            cell_write(c, v, size=10)
    set_widths(t, [1.2, 11.4, 4.0])
    labels = ["Navn på tiltaket", "Relasjon til delmål", "Type tiltak", "Ansvarlig",
              "Samarbeidspartnere", "Beskrivelse (maks en halv side)", "Tidspunkt og varighet"]
    for i, m in enumerate(ms, 1):
        d.add_page_break() if i == 1 else None
        d.add_heading(f"Tiltak {i}", level=2)
        vals = [joined(m["title"]), m["goal"], m["type"], m["responsible"], m["partners"], m["desc"],
                m["period"]]
        tt = d.add_table(rows=len(labels), cols=2)
        tt.style = "Table Grid"
        for r, lab, v in zip(tt.rows, labels, vals):
            cell_write(r.cells[0], lab, bold=True, size=10)
            shade(r.cells[0], "F2F2F2")
            cell_write(r.cells[1], v if isinstance(v, list) else val(v), size=10)
        set_widths(tt, [4.6, 12.0])
    para(d, "")
    para(d, "Oslo, 30. januar 2020", space_after=0)
    para(d, "Spekter, avdeling for samfunnskontakt")
    d.save(path)


def build_akad(path, ms):
    d = new_doc("Cambria", 11)
    set_header_footer(d, header="AKADEMIKERNE", footer="Rapport NKPS 2019", page_no=True)
    d.add_heading("Akademikernes tiltak 2019", level=0)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi", italic=True, size=12)
    para(d, "Akademikerne og medlemsforeningene har i 2019 lagt vekt på kunnskap om etter- og "
            "videreutdanning for høyt utdannede. Tiltakene er listet under med de opplysningene "
            "rådet har bedt om.")
    for m in ms:
        p = para(d, joined(m["title"]), bold=True, style="List Number", space_after=2)
        p.paragraph_format.space_before = Pt(8)
        items = [("Delmål", m["goal"]), ("Type tiltak", m["type"]), ("Ansvarlig", m["responsible"]),
                 ("Partner", m["partners"]), ("Tidsrom", m["period"]),
                 ("Kort beskrivelse", joined(m["desc"]))]
        for lab, v in items:
            if lab == "Kort beskrivelse" and v is None:
                continue
            labelled(d, lab + ":", v, style="List Bullet 2")
    para(d, "")
    para(d, "Spørsmål om rapporten kan rettes til Akademikernes sekretariat.", italic=True, size=10)
    d.save(path)


def build_virke(path, ms):
    d = new_doc("Calibri", 10, landscape=True, margins_cm=2.0)
    set_header_footer(d, header="Virke – Hovedorganisasjonen for virksomheter i handel og tjenesteyting",
                      footer="Rapportering NKPS 2021", page_no=True)
    para(d, "Virkes rapportering 2021", bold=True, size=18, color="E4003A", space_after=2)
    para(d, "Nasjonal kompetansepolitisk strategi 2017–2021 – siste rapporteringsår", size=12)
    para(d, "Strategiperioden avsluttes i 2021. Virke har valgt å rapportere de tiltakene som er "
            "gjennomført eller videreført i 2021. Alle tiltak er Virkes ansvar med mindre annet er "
            "oppgitt.")
    hdr = ["Delmål", "Tiltak", "Type", "Samarbeid", "Tidsrom", "Kommentar"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        cell_write(c, h, bold=True)
        shade(c, "F4CCCC")
    repeat_header(t.rows[0])
    for gname, idxs in VIRKE_GROUPS:
        start = len(t.rows)
        for i in idxs:
            m = ms[i]
            r = t.add_row()
            for c, v in zip(r.cells[1:], [m["title"], m["type"], m["partners"], m["period"],
                                          m["desc"]]):
                cell_write(c, val(joined(v)))
        end = len(t.rows) - 1
        top = t.cell(start, 0)
        if end > start:
            top = top.merge(t.cell(end, 0))
        cell_write(top, gname, bold=True)
    set_widths(t, [3.4, 7.2, 3.8, 4.4, 2.7, 4.2])
    para(d, "")
    para(d, "Virke takker for samarbeidet i strategiperioden.", italic=True)
    d.save(path)


def build_ys(path, ms):
    d = new_doc("Times New Roman", 12)
    set_header_footer(d, header="Yrkesorganisasjonenes Sentralforbund", footer="YS – rapportering 2018",
                      page_no=True)
    para(d, "YS’ rapportering for 2018", bold=True, size=18)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi", size=13, italic=True)
    para(d, "YS rapporterer tiltakene med henvisning til strategiens nummererte tiltaksliste "
            "(NKPS-tiltak nr. 1–16), slik vi gjorde i fjor.")
    for i, m in enumerate(ms, 1):
        h = d.add_heading(f"{i}. {joined(m['title'])}", level=2)
        labelled(d, "NKPS-tiltak:", m["goal"])
        labelled(d, "Ansvarlig:", m["responsible"])
        labelled(d, "Samarbeid med:", m["partners"])
        labelled(d, "Type:", m["type"])
        labelled(d, "Tidsrom:", m["period"])
        for s in paras(m["desc"]):
            para(d, s)
    para(d, "")
    para(d, "Oslo, 15. februar 2019", space_after=0)
    para(d, "Yrkesorganisasjonenes Sentralforbund (YS)")
    d.save(path)


def build_kd(path, ms):
    d = new_doc("Calibri", 10, landscape=True, margins_cm=2.0)
    set_header_footer(d, header="Kunnskapsdepartementet", footer="Regjeringens rapportering NKPS 2020 –",
                      page_no=True)
    d.add_heading("Regjeringens rapportering 2020 – Kunnskapsdepartementets tiltak", level=0)
    para(d, "Tabellene viser KDs tiltak fordelt på strategiens tre hovedinnsatsområder. Tiltak i "
            "regi av andre departementer rapporteres særskilt.")
    hdr = ["Delmål", "Tiltak", "Type tiltak", "Ansvar", "Samarbeidspartnere", "Omtale"]
    for area, idxs in KD_AREAS:
        d.add_heading(area, level=2)
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, hdr):
            cell_write(c, h, bold=True)
            shade(c, "D9E2F3")
        repeat_header(t.rows[0])
        for i in idxs:
            m = ms[i]
            r = t.add_row()
            no_split(r)
            for c, v in zip(r.cells, [m["goal"], m["title"], m["type"], m["responsible"],
                                      m["partners"], m["desc"]]):
                cell_write(c, val(joined(v)))
        set_widths(t, [1.6, 6.6, 3.6, 3.6, 4.6, 5.7])
        para(d, "")
    para(d, "Kunnskapsdepartementet, januar 2021", italic=True)
    d.save(path)


def build_trondelag(path, ms):
    d = new_doc("Arial", 9.5, landscape=True, margins_cm=1.6)
    set_header_footer(d, header="Trøndelag fylkeskommune – Trööndelagen fylkentjïelte",
                      footer="Rapportering NKPS 2021", page_no=True)
    para(d, "Rapportering på Nasjonal kompetansepolitisk strategi – 2021", bold=True, size=15,
         color="005A70")
    para(d, "Trøndelag fylkeskommune rapporterer her tiltak for 2021. Kolonnen «Mål i strategien» "
            "viser hvilket mål i strategien tiltaket skal bidra til.")
    hdr = ["Tiltak", "Mål i strategien", "Type", "Ansvarlig", "Partnere", "Periode"]
    t = d.add_table(rows=1, cols=len(hdr))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, hdr):
        cell_write(c, h, bold=True, color="FFFFFF")
        shade(c, "005A70")
    repeat_header(t.rows[0])
    for area, idxs in TRONDELAG_AREAS:
        r = t.add_row()
        c = r.cells[0].merge(r.cells[-1])
        cell_write(c, area.upper(), bold=True)
        shade(c, "DDEBF0")
        for i in idxs:
            m = ms[i]
            r = t.add_row()
            no_split(r)
            for c, v in zip(r.cells, [m["title"], m["goal"], m["type"], m["responsible"],
                                      m["partners"], m["period"]]):
                cell_write(c, val(joined(v)))
    set_widths(t, [7.2, 6.4, 3.3, 3.8, 4.4, 2.2])
    para(d, "")
    para(d, "Steinkjer, 28. januar 2022", space_after=0)
    para(d, "Avdeling for utdanning – seksjon kompetanse", italic=True)
    d.save(path)


def build_hod(path, ms):
    d = new_doc("Calibri", 11)
    set_header_footer(d, header="Helse- og omsorgsdepartementet", footer=None, page_no=True)
    d.add_heading("HODs bidrag til regjeringens rapportering – NKPS 2018", level=1)
    para(d, "Helse- og omsorgsdepartementet rapporterer fire tiltak. For hvert tiltak er "
            "opplysningene satt opp etter malen fra Kompetanse Norge.")
    for i, m in enumerate(ms, 1):
        if i > 1:
            para(d, "* * *", align="center")
        fields = [("Tiltak", joined(m["title"])), ("Relasjon til delmål", m["goal"]),
                  ("Type tiltak", m["type"]), ("Ansvarlig", m["responsible"]),
                  ("Samarbeidspartnere", m["partners"]), ("Tidspunkt og varighet", m["period"]),
                  ("Beskrivelse av tiltaket", joined(m["desc"]))]
        for lab, v in fields:
            para(d, lab, bold=True, size=10, color="2E74B5", space_after=0)
            para(d, val(v), space_after=6)
    d.save(path)


def build_mal(path, ms):
    d = new_doc("Calibri", 11)
    set_header_footer(d, header="Kompetanse Norge", footer="Mal for rapportering 2021", page_no=True)
    d.add_heading("Mal for rapportering av tiltak – Nasjonal kompetansepolitisk strategi 2021", level=1)
    para(d, "Til medlemmene i Kompetansepolitisk råd", italic=True)
    para(d, "Rådet har bedt om at alle medlemmer bruker samme mal i årets rapportering, slik at "
            "tiltakene lettere kan sammenstilles. Fyll ut ett skjema per tiltak og kopier skjemaet "
            "ved behov. Frist for innsending er 1. februar 2022.")
    d.add_heading("Veiledning", level=2)
    for s in ["Navn på tiltak: kort og beskrivende navn.",
              "Delmål: oppgi nummer på delmålet (for eksempel 2.1). Flere delmål kan oppgis.",
              "Type tiltak: velg én av FoU, Kurs/utdanning, Råd/utvalg/nettverk, Prosjekt, "
              "Informasjon eller Arrangement.",
              "Ansvarlig og samarbeidspartnere: oppgi organisasjonens navn, ikke personnavn.",
              "Beskrivelse: maks en halv side."]:
        para(d, s, style="List Bullet")
    d.add_heading("Skjema", level=2)
    labels = ["Navn på tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
              "Tidspunkt og varighet", "Beskrivelse"]
    t = d.add_table(rows=len(labels), cols=2)
    t.style = "Table Grid"
    for r, lab in zip(t.rows, labels):
        cell_write(r.cells[0], lab, bold=True)
        shade(r.cells[0], "EDEDED")
        cell_write(r.cells[1], "")
    set_widths(t, [5.0, 11.6])
    d.add_heading("Delmålene i strategien", level=2)
    dm = [("1.1", "Etablere et kompetansebehovsutvalg (KBU)."),
          ("1.2", "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle."),
          ("1.3", "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning."),
          ("1.4", "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet."),
          ("2.1", "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken."),
          ("2.2", "Styrke kunnskapsgrunnlaget om læring i arbeidslivet."),
          ("2.3", "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker."),
          ("2.4", "Koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere."),
          ("2.5", "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet."),
          ("2.6", "Forenkle og forbedre godkjenning av utenlandsk utdanning og yrkeskvalifikasjoner."),
          ("3.1", "Gi fleksibel opplæring på voksnes premisser."),
          ("3.2", "Stimulere til bruk av Kompetanseplussordningene."),
          ("3.3", "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken."),
          ("3.4", "Målrette og effektivisere norskopplæring og kvalifiseringstiltak for innvandrere."),
          ("3.5", "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere."),
          ("3.6", "Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor.")]
    t2 = d.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for code, txt in dm:
        r = t2.add_row()
        cell_write(r.cells[0], code, bold=True)
        cell_write(r.cells[1], txt)
    set_widths(t2, [1.6, 15.0])
    para(d, "")
    para(d, "Spørsmål om malen kan rettes til Kompetanse Norge.", italic=True)
    d.save(path)


def build_innkalling(path, ms):
    d = new_doc("Calibri", 11)
    set_header_footer(d, header="Kompetansepolitisk råd – sekretariatet", footer=None, page_no=True)
    para(d, "Til: Medlemmene i Kompetansepolitisk råd", space_after=0)
    para(d, "Fra: Sekretariatet (Kompetanse Norge)", space_after=0)
    para(d, "Dato: 4. mars 2019", space_after=10)
    d.add_heading("Innkalling til møte i Kompetansepolitisk råd 26. mars 2019", level=1)
    para(d, "Tid: kl. 10.00–14.00   Sted: Kunnskapsdepartementet, Kirkegata 18, Oslo")
    para(d, "Saksliste", bold=True, size=13)
    items = [("Sak 1/19", "Godkjenning av innkalling og saksliste", "Vedtakssak"),
             ("Sak 2/19", "Referat fra møtet 22. november 2018", "Vedtakssak"),
             ("Sak 3/19", "Oppsummering av medlemmenes rapportering for 2018 (129 tiltak)",
              "Orienteringssak"),
             ("Sak 4/19", "Kompetansereformen «Lære hele livet» – status", "Orienteringssak"),
             ("Sak 5/19", "Forslag til ny mal for rapportering fra 2020", "Diskusjonssak"),
             ("Sak 6/19", "Eventuelt", "")]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Sak", "Tema", "Sakstype"]):
        cell_write(c, h, bold=True)
        shade(c, "E7E6E6")
    for it in items:
        r = t.add_row()
        for c, v in zip(r.cells, it):
            cell_write(c, v)
    set_widths(t, [2.4, 10.4, 3.8])
    para(d, "")
    d.add_heading("Til sak 3/19", level=2)
    para(d, "Sekretariatet har sammenstilt rapportene fra medlemmene. Det er rapportert 129 tiltak, "
            "flest innenfor delmål 2.2 og 1.2. Oppsummeringen ligger ved som vedlegg. Rådet "
            "inviteres til å drøfte hvilke prioriteringer rådet skal arbeide med fremover.")
    d.add_heading("Til sak 5/19", level=2)
    para(d, "Ulik rapporteringspraksis gjør det vanskelig å sammenligne tiltakene. Sekretariatet "
            "foreslår en felles mal med faste felt: navn på tiltak, delmål, type tiltak, ansvarlig, "
            "samarbeidspartnere og beskrivelse.")
    para(d, "Forfall meldes sekretariatet innen 20. mars.", italic=True)
    para(d, "Vedlegg: Oppsummering av tiltak i oppfølgingen av strategien (2018)", size=10)
    d.save(path)


# ============================================================================
# builders: reportlab
# ============================================================================
def rl_fonts():
    base = "/usr/share/fonts/truetype/liberation"
    if "LSans" in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont("LSans", f"{base}/LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSans-B", f"{base}/LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSans-I", f"{base}/LiberationSans-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("LSans-BI", f"{base}/LiberationSans-BoldItalic.ttf"))
    pdfmetrics.registerFont(TTFont("LSerif", f"{base}/LiberationSerif-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LSerif-B", f"{base}/LiberationSerif-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LSerif-I", f"{base}/LiberationSerif-Italic.ttf"))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("LSans", normal="LSans", bold="LSans-B", italic="LSans-I",
                       boldItalic="LSans-BI")
    registerFontFamily("LSerif", normal="LSerif", bold="LSerif-B", italic="LSerif-I",
                       boldItalic="LSerif-B")


def S(name, font="LSans", size=10, leading=None, color=colors.black, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25,
                          textColor=color, alignment=TA_LEFT, **kw)


def build_ks(path, ms):
    rl_fonts()
    navy = colors.HexColor("#00395D")

    def on_page(c, doc):
        c.saveState()
        c.setFillColor(navy)
        c.rect(0, A4[1] - 1.2 * cm, A4[0], 1.2 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("LSans-B", 10)
        c.drawString(2 * cm, A4[1] - 0.8 * cm, "KS – Kommunesektorens organisasjon")
        c.setFillColor(colors.grey)
        c.setFont("LSans", 8)
        c.drawString(2 * cm, 1.2 * cm, "KS – Rapport NKPS 2021")
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"side {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm,
                            title="KS rapport NKPS 2021", author="KS")
    st = []
    st.append(Paragraph("Rapport 2021: KS’ oppfølging av Nasjonal kompetansepolitisk strategi",
                        S("h", "LSans-B", 17, color=navy)))
    st.append(Spacer(1, 8))
    st.append(Paragraph(
        "Strategiperioden 2017–2021 er over. KS har i 2021 videreført de fleste tiltakene fra "
        "tidligere år. Kommunesektoren har stått i en krevende pandemi, og behovet for "
        "kompetanse om digitalisering og velferdsteknologi er større enn noen gang.",
        S("b", size=10.5, leading=14)))
    st.append(Spacer(1, 12))
    lab = S("lab", "LSans-B", 8, color=navy)
    vs = S("v", size=9.5, leading=12)
    ts = S("t", "LSans-B", 11, color=colors.white, leading=14)
    for m in ms:
        rows = [[Paragraph(esc(joined(m["title"])), ts), ""]]
        for L, v in [("DELMÅL", m["goal"]), ("TILTAKSTYPE", m["type"]), ("ANSVARLIG", m["responsible"]),
                     ("SAMARBEID", m["partners"]), ("TIDSROM", m["period"]),
                     ("OM TILTAKET", joined(m["desc"]))]:
            rows.append([Paragraph(L, lab), Paragraph(esc(val(v)), vs)])
        t = Table(rows, colWidths=[3.4 * cm, 13.6 * cm])
        t.setStyle(TableStyle([
            ("SPAN", (0, 0), (1, 0)),
            ("BACKGROUND", (0, 0), (1, 0), navy),
            ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#E8EEF3")),
            ("BOX", (0, 0), (-1, -1), 0.6, navy),
            ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.HexColor("#B0C0CC")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        st.append(KeepTogether([t, Spacer(1, 12)]))
    st.append(Paragraph("Oppsummering", S("h2", "LSans-B", 12, color=navy)))
    st.append(Spacer(1, 4))
    st.append(Paragraph(
        "KS rapporterer sju tiltak for 2021, hovedsakelig innenfor læring i arbeidslivet. "
        "KS ønsker en ny strategi med tydeligere vekt på kommunesektoren som arbeidsgiver.",
        S("b2", size=10.5, leading=14)))
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)


def build_unio(path, ms):
    rl_fonts()
    green = colors.HexColor("#006D5B")

    def on_page(c, doc):
        c.saveState()
        c.setStrokeColor(green); c.setLineWidth(2)
        c.line(2.5 * cm, A4[1] - 1.6 * cm, A4[0] - 2.5 * cm, A4[1] - 1.6 * cm)
        c.setFont("LSerif-I", 9); c.setFillColor(green)
        c.drawString(2.5 * cm, A4[1] - 1.4 * cm, "Unio – hovedorganisasjon for universitetsutdannede")
        c.setFillColor(colors.grey); c.setFont("LSerif", 8)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, f"– {doc.page} –")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.4 * cm, bottomMargin=2 * cm, title="Unio NKPS 2019")
    body = S("body", "LSerif", 11, leading=15)
    st = [Paragraph("Unios rapportering 2019", S("h", "LSerif-B", 20, color=green)),
          Spacer(1, 4),
          Paragraph("Nasjonal kompetansepolitisk strategi – tiltak og aktiviteter",
                    S("sub", "LSerif-I", 13)),
          Spacer(1, 12),
          Paragraph("Unio organiserer over 370 000 medlemmer, de fleste i offentlig sektor. "
                    "Kompetanseutvikling for lærere, sykepleiere, politi og andre profesjoner er "
                    "sentralt i vårt arbeid. Under presenteres tiltakene for 2019. For hvert tiltak "
                    "oppgis delmål, type, ansvar, partner og tidsrom i en egen linje.", body),
          Spacer(1, 14)]
    hs = S("mh", "LSerif-B", 13, leading=16, color=green)
    meta = S("meta", "LSans-I", 9, leading=12, color=colors.HexColor("#444444"))
    for m in ms:
        bits = [f"Delmål {m['goal']}", m["type"], f"Ansvar: {m['responsible']}"]
        if m["partners"]:
            bits.append(f"Partner: {m['partners']}")
        bits.append(m["period"])
        block = [Paragraph(esc(joined(m["title"])), hs), Spacer(1, 2),
                 Paragraph(esc("  ·  ".join(bits)), meta), Spacer(1, 4)]
        for s in paras(m["desc"]):
            block.append(Paragraph(esc(s), body))
        block.append(Spacer(1, 12))
        st.append(KeepTogether(block))
    st += [Paragraph("Oppsummering", S("h2", "LSerif-B", 13)), Spacer(1, 4),
           Paragraph("Unio har i 2019 prioritert kunnskap om finansiering av etter- og "
                     "videreutdanning og kompetanse for helsepersonell. Vi mener rådet bør se "
                     "nærmere på finansieringsmodeller i 2020.", body),
           Spacer(1, 20),
           Paragraph("Oslo, 20. januar 2020", body),
           Paragraph("Kari Nordhagen<br/>leder, Unio", body)]
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)


def build_asd(path, ms):
    rl_fonts()

    def first(c, doc):
        c.saveState()
        c.setFont("LSerif-B", 13)
        c.drawString(2.5 * cm, A4[1] - 2.2 * cm, "Arbeids- og sosialdepartementet")
        c.setFont("LSerif", 9)
        c.drawString(2.5 * cm, A4[1] - 2.7 * cm, "Postboks 8019 Dep, 0030 Oslo")
        c.setFont("LSans", 8); c.setFillColor(colors.grey)
        c.drawCentredString(A4[0] / 2, 1.3 * cm,
                            "Postadresse: Postboks 8019 Dep, 0030 Oslo  ·  Kontoradresse: Akersgata 64  ·  "
                            "postmottak@asd.dep.no")
        c.restoreState()

    def later(c, doc):
        c.saveState()
        c.setFont("LSans", 8); c.setFillColor(colors.grey)
        c.drawRightString(A4[0] - 2.5 * cm, A4[1] - 1.4 * cm, f"Side {doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=3.6 * cm, bottomMargin=2.2 * cm, title="ASD NKPS 2021")
    body = S("body", "LSerif", 11, leading=14.5)
    small = S("small", "LSans", 8.5, leading=10.5)
    st = []
    adr = Table([[Paragraph("Kompetansepolitisk råd<br/>v/ sekretariatet i HK-dir<br/>Postboks 1093<br/>5809 BERGEN", body),
                  Table([[Paragraph("Deres ref", small), Paragraph("Vår ref", small), Paragraph("Dato", small)],
                         [Paragraph("", small), Paragraph("21/3412-4", small),
                          Paragraph("27. januar 2022", small)]],
                        colWidths=[2.0 * cm, 2.2 * cm, 2.6 * cm])]],
                colWidths=[9.2 * cm, 6.8 * cm])
    adr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [adr, Spacer(1, 22),
           Paragraph("<b>Arbeids- og sosialdepartementets rapportering for 2021 – Nasjonal "
                     "kompetansepolitisk strategi</b>", S("h", "LSerif-B", 12, leading=15)),
           Spacer(1, 8),
           Paragraph("Vi viser til brev fra sekretariatet om rapportering for 2021. ASD rapporterer "
                     "her sine tiltak. Mange tiltak er forsterket som følge av pandemien, særlig "
                     "rettet mot ledige og permitterte. Kategoriene følger rådets inndeling.", body),
           Spacer(1, 10)]
    lab = S("lab", "LSans-B", 9, leading=11.5)
    vs = S("v", "LSerif", 10, leading=13)
    for i, m in enumerate(ms, 1):
        rows = []
        for L, v in [("Tiltak", joined(m["title"])), ("Delmål", m["goal"]), ("Kategori", m["type"]),
                     ("Ansv.", m["responsible"]), ("Samarb.", m["partners"]), ("Tid", m["period"]),
                     ("Omtale", joined(m["desc"]))]:
            rows.append([Paragraph(L, lab), Paragraph(esc(val(v)), vs)])
        t = Table(rows, colWidths=[2.3 * cm, 13.7 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        st.append(KeepTogether([t, Spacer(1, 12)]))
    st += [Paragraph("Departementet vil videreføre arbeidet i en ny strategi fra 2022.", body),
           Spacer(1, 18),
           Paragraph("Med hilsen", body), Spacer(1, 18),
           Table([[Paragraph("Eirik Haugland (e.f.)<br/>ekspedisjonssjef", body),
                   Paragraph("Silje Vang<br/>seniorrådgiver", body)]], colWidths=[8 * cm, 8 * cm]),
           Spacer(1, 10),
           Paragraph("<i>Dokumentet er elektronisk godkjent</i>", small)]
    doc.build(st, onFirstPage=first, onLaterPages=later)


def build_vofo(path, ms):
    rl_fonts()
    red = colors.HexColor("#B5121B")

    def on_page(c, doc):
        c.saveState()
        c.setFillColor(red)
        c.rect(0, 0, 0.6 * cm, A4[1], fill=1, stroke=0)
        c.setFont("LSans-B", 9)
        c.drawString(2.2 * cm, A4[1] - 1.3 * cm, "VOFO")
        c.setFont("LSans", 8); c.setFillColor(colors.grey)
        c.drawString(3.2 * cm, A4[1] - 1.3 * cm, "Voksenopplæringsforbundet")
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, f"{doc.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm, title="VOFO NKPS 2020")
    body = S("body", "LSans", 10.5, leading=14)
    st = [Paragraph("Slik fulgte frivilligheten opp kompetansestrategien i 2020",
                    S("h", "LSans-B", 18, leading=22, color=red)),
          Spacer(1, 8),
          Paragraph("Studieforbundene ble hardt rammet da kursene måtte stenge i mars. Likevel har "
                    "VOFO og studieforbundene gjennomført de fleste tiltakene vi planla. Her er en "
                    "kort oversikt.", body),
          Spacer(1, 14)]
    hs = S("mh", "LSans-B", 12, leading=15)
    lab = S("lab", "LSans-B", 9.5, leading=12, color=red)
    vs = S("v", "LSans", 9.5, leading=12)
    for i, m in enumerate(ms, 1):
        head = Paragraph(f'<font color="#B5121B" size="15">{i}</font>&nbsp;&nbsp;&nbsp;{esc(joined(m["title"]))}',
                         hs)
        rows = []
        for L, v in [("Mål i strategien:", m["goal"]), ("Slags tiltak:", m["type"]),
                     ("Hvem:", m["responsible"]), ("Med hvem:", m["partners"]), ("Når:", m["period"]),
                     ("Hva:", joined(m["desc"]))]:
            rows.append([Paragraph(L, lab), Paragraph(esc(val(v)), vs)])
        t = Table(rows, colWidths=[3.9 * cm, 12.6 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (0, -1), 18),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        st.append(KeepTogether([head, Spacer(1, 4), t, Spacer(1, 14)]))
    st += [Paragraph("Veien videre", S("h2", "LSans-B", 12, color=red)), Spacer(1, 4),
           Paragraph("VOFO mener frivillig sektor må få en tydeligere plass i en ny strategi, og at "
                     "Kompetansepluss frivillighet bør styrkes.", body),
           Spacer(1, 14),
           Paragraph("Oslo, februar 2021<br/>Generalsekretær, VOFO", body)]
    doc.build(st, onFirstPage=on_page, onLaterPages=on_page)


# ============================================================================
# registry
# ============================================================================
register("kmd_2019.docx", "KMD", 2019,
         "Heading 'Tiltak n: title' per measure, 2-col label table (Delmål/Type tiltak/Ansvarlig/"
         "Samarbeidspartnere/Periode) and a bold 'Kort omtale' paragraph(s) below",
         KMD, ("docx", build_kmd),
         "Heading2 'Tiltak n: <title>' + 5-row label table + 'Kort omtale' paragraphs (one 2-paragraph "
         "description); goals as '1.2', '1.2 og 1.4', 'Delmål 1.2', '1.2, 2.4'; last measure has empty "
         "Periode; type 'Utredning' outside the 6 categories; intro and Oppsummering mention delmål.")
register("lo_2018.pdf", "LO", 2018,
         "Landscape Word table, one row per measure: Nr. | Tiltak | Delmål | Type tiltak | Ansvarlig | "
         "Samarbeidspartnere | Tidsrom; no descriptions (PDF via LibreOffice)",
         LO, ("docx-pdf", build_lo),
         "Single landscape table, repeated red header row, 'Nr.' column to strip; one title cell has "
         "two paragraphs (joined); empty partner cell; 'Råd/utvalg/ nettverk' spelling; '3.1 og 3.3'.")
register("nho_2020.docx", "NHO", 2020,
         "Grouped by main area (H1) and delmål (H2); each measure an H3 title, description paragraphs, "
         "then one inline line 'Type: … | Ansvar: … | Samarbeid: … | Tid: …'",
         NHO, ("docx", build_nho),
         "Goal only from the enclosing 'Delmål x.y – …' heading; one measure adds an italic "
         "'Berører også delmål 2.3.' line; 'Ansvar:' omitted for two measures (null); closing signature.")
register("ks_2021.pdf", "KS", 2021,
         "reportlab 'cards': navy title bar spanning a label/value table with capital labels without "
         "colon (DELMÅL, TILTAKSTYPE, ANSVARLIG, SAMARBEID, TIDSROM, OM TILTAKET)",
         KS, ("reportlab", build_ks),
         "Drawn directly with reportlab; page header band and footer; empty SAMARBEID value; "
         "'Delmål 2.1 og 2.2'; summary paragraph after the cards.")
register("vestland_fylkeskommune_2020.docx", "Vestland fylkeskommune", 2020,
         "Nynorsk; one form table per measure with merged header row 'Tiltak n' and rows Namn på "
         "tiltaket / Delmål / Type tiltak / Ansvarleg / Samarbeidspartnarar / Tidsperiode / Skildring",
         VESTLAND, ("docx", build_vestland),
         "Nynorsk labels; goals as '1.2', '2.1/2.4', 'Delmål 3.1 og 3.5' and two as Nynorsk "
         "delmål text only (→1.3, →3.1); last form has empty Tidsperiode and Skildring.")
register("spekter_2019.pdf", "Spekter", 2019,
         "Overview table (Nr./Tiltak/Relasjon til delmål) followed by one 2-col form table per measure "
         "under heading 'Tiltak n' (PDF via LibreOffice)",
         SPEKTER, ("docx-pdf", build_spekter),
         "Every title printed twice (overview + form) — must not double; form labels follow the "
         "Spekter/KN wording ('Beskrivelse (maks en halv side)', 'Tidspunkt og varighet'); "
         "joint responsible 'Spekter og LO Stat' with empty partners; one 2-paragraph description.")
register("akademikerne_2019.docx", "Akademikerne", 2019,
         "Word auto-numbered list of bold titles (List Number), each followed by sub-bullets "
         "'Delmål:', 'Type tiltak:', 'Ansvarlig:', 'Partner:', 'Tidsrom:', 'Kort beskrivelse:'",
         AKAD, ("docx", build_akad),
         "Numbers come from Word list numbering (not in the text); titles with «» and dashes; "
         "responsible as 'Akademikerne/Econa', 'Akademikerne/Tekna'; one measure has no description bullet.")
register("unio_2019.pdf", "Unio", 2019,
         "reportlab brochure: serif title per measure, one italic meta line 'Delmål x · type · Ansvar: … "
         "· Partner: … · period', then description paragraph; signature at the end",
         UNIO, ("reportlab", build_unio),
         "Type and period unlabelled inside the meta line; one measure lacks 'Partner:'; intro "
         "and 'Oppsummering' plus signature not measures.")
register("virke_2021.docx", "Virke", 2021,
         "Landscape table Delmål | Tiltak | Type | Samarbeid | Tidsrom | Kommentar with the Delmål "
         "cell (code + short text) merged vertically over the rows of a delmål; no Ansvarlig column",
         VIRKE, ("docx", build_virke),
         "Vertically merged goal cells; responsible never given (null; intro says Virke unless stated); "
         "some Kommentar/Samarbeid cells empty.")
register("ys_2018.pdf", "YS", 2018,
         "Headings typed '1. title'; labelled paragraphs 'NKPS-tiltak: nr. …', 'Ansvarlig:', "
         "'Samarbeid med:', 'Type:', 'Tidsrom:', then description (PDF via LibreOffice)",
         YS, ("docx-pdf", build_ys),
         "Old NKPS numbering only ('nr. 5 og 6', range 'nr. 13–14' → 3.3, 3.4; 'nr. 9' → 2.5); "
         "manual numbering in headings to strip; one 2-paragraph description.")
register("kd_2020.docx", "KD", 2020,
         "Landscape, one table per hovedinnsatsområde (heading above each): Delmål | Tiltak | Type "
         "tiltak | Ansvar | Samarbeidspartnere | Omtale; no period column",
         KD, ("docx", build_kd),
         "Three separate tables with repeated header rows; one empty Type cell (null); some empty "
         "Omtale cells; 11 measures; period null throughout.")
register("asd_2021.pdf", "ASD", 2021,
         "reportlab letter (letterhead, address block, ref table, signatures); each measure a 2-col "
         "table with abbreviated labels Tiltak / Delmål / Kategori / Ansv. / Samarb. / Tid / Omtale",
         ASD, ("reportlab", build_asd),
         "Goal range '3.3–3.5' expands to three codes; letter header/footer/signature text around the "
         "measures; abbreviated labels with dots.")
register("trondelag_fylkeskommune_2021.pdf", "Trøndelag fylkeskommune", 2021,
         "Landscape Word table Tiltak | Mål i strategien | Type | Ansvarlig | Partnere | Periode with "
         "full-width main-area rows in capitals; goals given only as delmål wording (PDF via LibreOffice)",
         TRONDELAG, ("docx-pdf", build_trondelag),
         "No delmål codes at all — every goal is a paraphrase of the delmål text (one names two: "
         "→3.1, 3.4); area rows are group labels, not measures; Sami line in header.")
register("vofo_2020.pdf", "VOFO", 2020,
         "reportlab: numbered bold titles (red number), informal labels 'Mål i strategien:', 'Slags "
         "tiltak:', 'Hvem:', 'Med hvem:', 'Når:', 'Hva:' in a borderless table",
         VOFO, ("reportlab", build_vofo),
         "Question-style labels; 'Hva:' is the description; number glued before the title must be "
         "stripped; 'Delmål 1.2 og 3.6'.")
register("hod_2018.docx", "HOD", 2018,
         "No tables: for each measure a coloured label paragraph above each value (Tiltak, Relasjon til "
         "delmål, Type tiltak, Ansvarlig, Samarbeidspartnere, Tidspunkt og varighet, Beskrivelse), "
         "separated by '* * *'",
         HOD, ("docx", build_hod),
         "Label-above-value layout; goals as 'Delmål 2.4 – <text>' and one text-only (→3.3); "
         "last measure has an empty Beskrivelse.")
register("rapporteringsmal_2021.docx", "Kompetanse Norge", 2021,
         "No measures: blank reporting template with instructions, an empty form table and a table "
         "listing the 16 delmål",
         [], ("docx", build_mal),
         "NO measures — empty form (labels only) and the list of 16 delmål must not become measures.")
register("innkalling_kpr_2019.pdf", "Kompetansepolitisk råd", 2019,
         "No measures: meeting notice with agenda table (Sak | Tema | Sakstype) and notes to two "
         "agenda items (PDF via LibreOffice)",
         [], ("docx-pdf", build_innkalling),
         "NO measures — agenda items ('Sak 3/19 …') look like a row-per-item table but are not tiltak.")


# ============================================================================
# main
# ============================================================================
def expected_entry(info):
    out = []
    for m in info["measures"]:
        out.append(dict(title=joined(m["title"]), delmal=list(m["delmal"]), type=m["type"],
                        responsible=m["responsible"], partners=m["partners"], period=m["period"],
                        description=joined(m["desc"])))
    return dict(reporter=info["reporter"], report_year=info["year"], template=info["template"],
                measures=out)


def check_goals():
    bad = 0
    for name, info in FILES.items():
        for m in info["measures"]:
            c = codes_from_goal(m["goal"])
            if c is not None and c != m["delmal"]:
                print(f"GOAL MISMATCH {name}: {m['goal']!r} -> {c} vs {m['delmal']}")
                bad += 1
            if sorted(m["delmal"], key=ORDER.index) != m["delmal"]:
                print(f"ORDER {name}: {m['delmal']}")
                bad += 1
    return bad


def main():
    if check_goals():
        sys.exit(1)
    os.makedirs(BUILD, exist_ok=True)
    for name, info in FILES.items():
        kind, fn = info["builder"]
        final = os.path.join(OUT, name)
        if kind == "docx":
            fn(final, info["measures"])
        elif kind == "reportlab":
            fn(final, info["measures"])
        elif kind == "docx-pdf":
            tmp = os.path.join(BUILD, os.path.splitext(name)[0] + ".docx")
            fn(tmp, info["measures"])
            to_pdf(tmp, final)
        print("wrote", name, len(info["measures"]))
    shutil.rmtree(BUILD, ignore_errors=True)
    exp = {name: expected_entry(info) for name, info in FILES.items()}
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("# Blind batch 8 – NKPS member reports\n\n")
        f.write("Generated by `make_batch.py` (data held in the script); `expected.json` is written "
                "from the same data. Conventions: titles without numbering; multi-paragraph "
                "title/description joined with one space; empty fields are null; `delmal` lists "
                "codes in strategy order (old NKPS numbers converted, ranges expanded, text-only "
                "goals mapped by hand).\n\n")
        for name, info in FILES.items():
            f.write(f"- `{name}` ({info['reporter']} {info['year']}, {len(info['measures'])} "
                    f"measures, {info['builder'][0]}): {info['readme']}\n")
        f.write("\nChecked after rendering: every PDF opened with pdfplumber; all titles, partners and "
                "descriptions found as text, no word split inside a table column (columns widened "
                "where LibreOffice wrapped 'Råd/utvalg/nettverk').\n")
    print("total measures", sum(len(i["measures"]) for i in FILES.values()))


if __name__ == "__main__":
    main()
