#!/usr/bin/env python3
"""Blind test batch 6: Norwegian NKPS follow-up reports with ground truth.

Every file is written from the data held in this script, and expected.json is
written from the very same data (never read back from the rendered files).

Run with /work/blind/.venv6/bin/python make_batch.py
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))


def M(title, delmal, goal=None, type=None, responsible=None, partners=None,
      period=None, description=None, **extra):
    """One measure. `goal` is how the report writes the goal reference;
    `delmal` is the ground truth. `description` may be a list of paragraphs."""
    d = dict(title=title, delmal=list(delmal), goal=goal, type=type,
             responsible=responsible, partners=partners, period=period,
             description=description)
    d.update(extra)
    return d


def desc_text(d):
    if d is None:
        return None
    if isinstance(d, (list, tuple)):
        return " ".join(p.strip() for p in d)
    return d


def paras(d):
    if d is None:
        return []
    if isinstance(d, (list, tuple)):
        return list(d)
    return [d]


# ---------------------------------------------------------------------------
# DATA
# ---------------------------------------------------------------------------
FILES = {}

# 1 ---------------------------------------------------------------- KS 2019
FILES["ks_2019.docx"] = dict(
    reporter="KS", report_year=2019,
    template="Word; headings per hovedinnsatsområde; one two-column form table per measure "
             "(Navn på tiltak / Relasjon til delmål / Type tiltak / Ansvarlig / Samarbeidspartnere / "
             "Beskrivelse / Tidspunkt og varighet); some answer cells empty; signature at end",
    readme="Form table per measure under area headings; two empty Samarbeidspartnere cells and one empty Beskrivelse cell; "
           "one goal cell with two codes \"2.1 og 2.2\"; closing signature block.",
    measures=[
        M("Deltakelse i Råd for samarbeid med arbeidslivet (RSA) ved universiteter og høyskoler",
          ["1.4"], goal="1.4", type="Råd/utvalg/nettverk", responsible="KS",
          partners="UH-sektoren, NHO, LO, Unio",
          period="Løpende",
          description="KS er representert i RSA ved 14 institusjoner og bruker rådene til å løfte "
                      "kommunesektorens behov for relevante helse-, velferds- og lærerutdanninger.",
          area=1),
        M("Regionale kompetansefora i samarbeid med fylkeskommunene",
          ["1.2"], goal="1.2", type="Råd/utvalg/nettverk", responsible="KS",
          partners="Fylkeskommunene, Fylkesmannen, NAV",
          period="2019–2020",
          description="KS-regionene deltar i etableringen av regionale kompetansefora som skal samordne "
                      "arbeidet med kompetansebehov i kommunene og fylkeskommunene.",
          area=1),
        M("Samarbeid om digital kompetanse i kommunesektoren – oppfølging 2019",
          ["2.1"], goal="2.1", type="Prosjekt", responsible="KS",
          partners="KMD, LO Kommune, Unio, YS Kommune, Akademikerne kommune",
          period="1. januar 2018 – 31. desember 2019",
          description="71 kommuner deltar. KS har ansvar for å gjennomføre regionale møteplasser med "
                      "bistand fra alle partene i samarbeidet.",
          area=2),
        M("KS Læring – delingsplattform for kurs og e-læring",
          ["2.1", "2.2"], goal="2.1 og 2.2", type="Informasjon", responsible="KS",
          partners=None,
          period="Etablert 2017, videreutviklet i 2019",
          description="En plattform der kommuner kan dele kurs, arrangementer og annen kunnskap med sine "
                      "ansatte og med hverandre.",
          area=2),
        M("FoU-prosjekt: «Teknologibasert læring på arbeidsplassen»",
          ["2.2"], goal="2.2", type="FoU", responsible="KS",
          partners="Oxford Research",
          period="2019–2020",
          description="Prosjektet kartlegger hvordan kommuner bruker digitale læringsformer i "
                      "kompetanseutviklingen av egne ansatte.",
          area=2),
        M("Kommunesektorens arbeidslivsmonitor 2019",
          ["2.2"], goal="2.2", type="FoU", responsible="KS",
          partners=None,
          period="Rapport september 2019",
          description=None,
          area=2),
        M("Lærlinger i kommunesektoren: status og oppfølging av Samfunnskontrakten for flere læreplasser",
          ["2.3"], goal="2.3", type="Informasjon", responsible="KS",
          partners="Fylkeskommunene",
          period="Årlig",
          description="Årlig statusoversikt over lærlinger i kommunene, med råd til kommuner som vil ta "
                      "inn flere lærlinger.",
          area=2),
        M("Kompetansepluss i kommunale virksomheter – informasjonstiltak",
          ["3.2"], goal="3.2", type="Informasjon", responsible="KS",
          partners="Kompetanse Norge",
          period="Høsten 2019",
          description="Informasjon til kommuner om muligheten for å søke Kompetansepluss arbeid for "
                      "ansatte med behov for grunnleggende ferdigheter.",
          area=3),
    ])

# 2 ---------------------------------------------------------------- LO 2018
FILES["lo_2018.pdf"] = dict(
    reporter="LO", report_year=2018,
    template="Word letter rendered to PDF; numbered headings per measure; goals as old 'Relasjon til NKPS "
             "tiltak nr.' numbers; labelled lines Ansvarlig:/Samarbeidspartnere:/Type tiltak:/Tidsrom:, "
             "description paragraphs in between",
    readme="Letter with running header/footer; goals only as OLD tiltak numbers (nr. 3, nr. 11 og 13); "
           "'Type tiltak' given for only some measures; two-paragraph descriptions; signature.",
    measures=[
        M("Forslag om større satsing på regionale karriereveiledningssentre",
          ["1.3"], goal="Relasjon til NKPS tiltak nr. 3.", type=None, responsible="LO",
          partners=None, period="2018",
          description=["LO har i innspill til statsbudsjettet og i Kompetansepolitisk råd foreslått at "
                       "karrieresentrene får økte rammer og et tydeligere ansvar for voksne i arbeid.",
                       "Forslaget er fulgt opp i møter med KD og fylkeskommunene."]),
        M("Observatørplass i Universitets- og høyskolerådets fagstrategiske enheter",
          ["1.4"], goal="Relasjon til NKPS tiltak nr. 4.", type="Råd/utvalg/nettverk",
          responsible="LO", partners="UHR",
          period="Løpende",
          description="Posisjonen brukes aktivt til å videreutvikle samarbeidet mellom utdanning og "
                      "arbeidsliv og bidra til høy relevans i utdanningene."),
        M("Notat «Tariffavtalenes betydning i kompetansepolitikken»",
          ["2.2"], goal="Relasjon til NKPS tiltak nr. 6.", type="FoU",
          responsible="LO", partners="Fafo",
          period="Levert juni 2018",
          description="Notatet gjennomgår kompetansebestemmelsene i de største tariffavtalene og hvordan "
                      "de brukes lokalt."),
        M("Arena for kvalitet – konferanse i forbindelse med Yrkesfagenes år 2018",
          ["2.3"], goal="Relasjon til NKPS tiltak nr. 7.", type=None,
          responsible="LO", partners="KD, Udir",
          period="April 2018",
          description=["Konferansen samlet tillitsvalgte, lærere og instruktører fra hele landet.",
                       "Tema var kvalitet i fag- og yrkesopplæringen og karriereveier for fagarbeidere."]),
        M("Seminar: «Hvordan legge bedre til rette for styrking av kompetanse i klyngesamarbeid»",
          ["2.4"], goal="Relasjon til NKPS tiltak nr. 8.", type="Arrangement",
          responsible="LO", partners="NHO, Eyde-klyngen",
          period="November 2018",
          description="Seminaret ble holdt i Kristiansand med deltakere fra bedrifter i Eyde-klyngen, "
                      "fagforeninger og utdanningstilbydere."),
        M("Deltakelse på arrangementer om oppfølging av Hurtigsporet",
          ["3.1", "3.3"], goal="Relasjon til NKPS tiltak nr. 11 og 13.", type=None,
          responsible="LO", partners="Egne medlemmer, NAV, NHO",
          period="2018",
          description=None),
    ])

# 3 --------------------------------------------------------------- NHO 2020
FILES["nho_2020.docx"] = dict(
    reporter="NHO", report_year=2020,
    template="Word landscape; one matrix table (Delmål | Tiltak | Type tiltak | Ansvarlig | "
             "Samarbeidspartnere | Tidsrom) with merged full-width area rows and Delmål cells merged "
             "vertically over several measures; no descriptions",
    readme="Single matrix table; hovedinnsatsområde rows merged across all columns; Delmål cell "
           "vertically merged (1.4, 2.1, 2.2 span two rows each); one cell '3.1 / 3.4'; one empty partner cell.",
    measures=[
        M("Utarbeidelse av rapporten «Yrkesopplæringsnemndas rolle og ansvar – erfaringer etter regionreformen»",
          ["1.2"], goal="1.2", type="FoU", responsible="NHO", partners="Partene", period="2020", area=1),
        M("Deltakelse i Råd for samarbeid med arbeidslivet (RSA)",
          ["1.4"], goal="1.4", type="Råd/utvalg/nettverk", responsible="NHO",
          partners="UH, NHOs landsforeninger", period="Løpende", area=1),
        M("NHO Geneo – kompetanseprogram for helse- og velferdsbedrifter",
          ["1.4"], goal="1.4", type="Kurs/utdanning", responsible="NHO Geneo",
          partners="Fagskoler, OsloMet", period="2020–2021", area=1),
        M("Matindustrien 4.0 – kompetanseløft for hele matindustrien (fase 2)",
          ["2.1"], goal="2.1", type="Prosjekt", responsible="NHO Mat og Drikke",
          partners="LO/NNN, Sjømat Norge", period="2019–2021", area=2),
        M("Bransjeprogram for industri- og byggenæringen: digitale moduler",
          ["2.1"], goal="2.1", type="Kurs/utdanning", responsible="Partene",
          partners="KD, Kompetanse Norge, Fellesforbundet, Norsk Industri, BNL", period="2020", area=2),
        M("Rapport om fagarbeideres bidrag til innovasjon i bedrifter",
          ["2.2"], goal="2.2", type="FoU", responsible="NHO", partners="Fafo",
          period="Publisert mars 2020", area=2),
        M("Skatteinsentiv for kompetanseutvikling i virksomheter – utredning av 2–3 alternative modeller",
          ["2.2"], goal="2.2", type="FoU", responsible="NHO", partners=None, period="2020", area=2),
        M("«Jenter og teknologi» – nasjonal kampanje 2020",
          ["2.3"], goal="2.3", type="Informasjon", responsible="NHO",
          partners="NTNU, Tekna, LO", period="Hele 2020", area=2),
        M("Hurtigsporet for nyankomne flyktninger – kampanje i fire byer",
          ["3.1", "3.4"], goal="3.1 / 3.4", type="Informasjon", responsible="NHO",
          partners="NAV, IMDi, Bergen, Bodø, Drammen og Fredrikstad kommune", period="2020", area=3),
        M("Ta sjansen – arbeidspraksis med lønnstilskudd i NHO-bedrifter",
          ["3.3"], goal="3.3", type="Prosjekt", responsible="NHO Service og Handel",
          partners="NAV", period="2019–2020", area=3),
    ])

# 4 ---------------------------------------------------------------- KD 2021
FILES["kd_2021.pdf"] = dict(
    reporter="KD", report_year=2021,
    template="reportlab landscape matrix (Nr. | Tiltak og kort beskrivelse | Delmål | Type | Ansvarlig | "
             "Samarbeidspartnere | Periode); bold title and description share one cell; header row repeats; "
             "rows break across pages; page header and 'Side x av y' footer",
    readme="Drawn with reportlab; title (bold) and description in the same cell; goals as lists "
           "'1.2, 1.3' and one range '2.1–2.4'; running header/footer; intro above the matrix.",
    measures=[
        M("Kompetansebehovsutvalget (KBU) – temarapport om kompetansebehov etter pandemien",
          ["1.1"], goal="1.1", type="Råd/utvalg/nettverk", responsible="KD",
          partners="ASD, KMD, NFD, partene, forskere og analytikere", period="2017–2023",
          description="Utvalget leverte sin tredje hovedrapport i 2020 og arbeider i 2021 med en "
                      "temarapport om hvordan pandemien påvirker Norges kompetansebehov."),
        M("Fylkeskommunenes ansvar for karriereveiledning – forslag om lovfesting",
          ["1.2", "1.3"], goal="1.2, 1.3", type="Prosjekt", responsible="KD",
          partners="KMD, fylkeskommunene, KS", period="2021",
          description="Departementet har sendt på høring et forslag om å lovfeste fylkeskommunenes "
                      "ansvar for karriereveiledning for hele befolkningen."),
        M("Nasjonal digital karriereveiledningstjeneste – utvidet åpningstid og chat",
          ["1.3"], goal="1.3", type="Informasjon", responsible="HK-dir",
          partners="KD, fylkeskommunene", period="Fra januar 2021",
          description="Tjenesten på karriereveiledning.no ble utvidet med kveldsåpent og chat i "
                      "perioden med høy ledighet."),
        M("Kompetanseprogrammet: tilskudd til fleksible utdanningstilbud",
          ["2.1", "2.4"], goal="2.1, 2.4", type="Kurs/utdanning", responsible="KD",
          partners="HK-dir, UH, fagskoler, partene", period="2020–2022",
          description="Tilskuddsordningen skal stimulere universiteter, høyskoler og fagskoler til å "
                      "utvikle korte og fleksible tilbud tilpasset arbeidslivets behov."),
        M("Treparts bransjeprogrammer for kompetanseutvikling (ni bransjer)",
          ["2.1", "2.2", "2.3", "2.4"], goal="2.1–2.4", type="Kurs/utdanning", responsible="KD",
          partners="ASD, HK-dir, partene i de aktuelle bransjene", period="2020–2022",
          description="Programmene gir ansatte, permitterte og ledige tilgang til gratis kurs og "
                      "videreutdanningsmoduler som kan tas ved siden av jobb."),
        M("Oppfølging av NOU 2019: 12 «Lære hele livet» fra ekspertutvalget for etter- og videreutdanning",
          ["2.2"], goal="2.2", type="FoU", responsible="KD",
          partners="NIFU, Samfunnsøkonomisk analyse", period="2021",
          description="Anbefalingene om finansiering og tilrettelegging av etter- og videreutdanning "
                      "følges opp gjennom egne utredninger."),
        M("Fagskoleløftet – nye studieplasser og utviklingsmidler til fagskoler",
          ["2.3"], goal="2.3", type="Kurs/utdanning", responsible="KD",
          partners="HK-dir, fylkeskommunene, fagskolene", period="2021–2022",
          description="Regjeringen har lagt fram Fagskoleløftet for å synliggjøre og styrke "
                      "fagskoleutdanningen som karrierevei for fagarbeidere."),
        M("Godkjenningsordning for utenlandsk fagskoleutdanning",
          ["2.6"], goal="2.6", type="Kurs/utdanning", responsible="NOKUT",
          partners="KD", period="Fra 2019, videreført",
          description="NOKUT behandler søknader om godkjenning av utenlandsk fagskoleutdanning og "
                      "tilbyr generell godkjenning."),
        M("Forsøk med forberedende voksenopplæring (FVO) – sluttevaluering",
          ["3.1"], goal="3.1", type="FoU", responsible="KD",
          partners="HK-dir, kommuner og fylkeskommuner, Fafo", period="2017–2021",
          description="Sluttrapporten fra evalueringen av forsøket forventes høsten 2021."),
        M("Prøveordning med fagopplæring i Kompetansepluss",
          ["3.2"], goal="3.2", type="Kurs/utdanning", responsible="HK-dir",
          partners="KD, fylkeskommunene, virksomheter", period="2019–2022",
          description="Prøveordningen kombinerer opplæring i grunnleggende ferdigheter med opplæring mot "
                      "fag- eller svennebrev."),
        M("Ny integreringslov – kvalifisering, karriereveiledning og norskopplæring for innvandrere",
          ["3.4"], goal="3.4", type="Prosjekt", responsible="KD",
          partners="IMDi, HK-dir, kommunene", period="Fra 1. januar 2021",
          description="Loven legger vekt på formell kvalifisering og gir rett til karriereveiledning "
                      "for deltakere i introduksjonsprogrammet."),
        M("Utredning om studieforbundene og opplæring i frivillig sektor",
          ["3.6"], goal="3.6", type="FoU", responsible="KD",
          partners="KuD, VOFO", period="2020–2021",
          description=None),
    ])

# 5 ---------------------------------------------------- Vestland FK 2020 (nn)
FILES["vestland_fk_2020.docx"] = dict(
    reporter="Vestland fylkeskommune", report_year=2020,
    template="Word, Nynorsk; headings per delmål ('Delmål 1.2 – <delmål text>') with each measure as a "
             "sub-heading followed by bold-label paragraphs (Ansvarleg:, Samarbeidspartnarar:, Type tiltak:, "
             "Tidsrom:, Skildring:); some labels missing",
    readme="Nynorsk; goal given only by the grouping heading above each measure (delmål code + text); "
           "labels with colon inline; two measures lack Type tiltak / Skildring.",
    measures=[
        M("Kompetanseforum Vestland – etablering av regionalt partnarskap for kompetanse",
          ["1.2"], goal="1.2", type="Råd/utval/nettverk", responsible="Vestland fylkeskommune",
          partners="NHO Vestland, LO i Vestland, KS Vest, NAV Vestland, HVL, UiB og Statsforvaltaren",
          period="Frå mars 2020",
          description="Forumet skal samordne arbeidet med kompetansebehov i regionen og vere arena for "
                      "felles prioriteringar mellom partane."),
        M("Regional kompetansestrategi for Vestland 2021–2024",
          ["1.2"], goal="1.2", type="Prosjekt", responsible="Vestland fylkeskommune",
          partners="Partnarane i Kompetanseforum Vestland",
          period="2020–2021",
          description="Strategien vart utarbeidd i 2020 og vedteken av fylkestinget i desember."),
        M("Karriere Vestland: karriererettleiing for vaksne i alle regionar",
          ["1.3"], goal="1.3", type="Informasjon", responsible="Karriere Vestland",
          partners="NAV, kommunane",
          period="Heile 2020",
          description="Karrieresentera har auka kapasiteten og tilbydd digital rettleiing til "
                      "permitterte og ledige under pandemien."),
        M("Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland innan tekniske fag",
          ["1.4"], goal="1.4", type=None, responsible="Vestland fylkeskommune",
          partners="Høgskulen på Vestlandet, Fagskulen Vestland",
          period="2019–2021",
          description="Samarbeidet skal gje betre overgangar mellom fagskule og høgskule."),
        M("Bedriftsintern opplæring (BIO) – ekstraordinære midlar under koronapandemien",
          ["2.4"], goal="2.4", type="Kurs/utdanning", responsible="Vestland fylkeskommune",
          partners="Bedrifter i Vestland",
          period="April–desember 2020",
          description="Fylkeskommunen fordelte ekstraordinære midlar til opplæring i bedrifter med "
                      "permitterte tilsette."),
        M("Fagbrev på jobb for vaksne tilsette i helse- og oppvekstsektoren",
          ["3.1"], goal="3.1", type="Kurs/utdanning", responsible="Vestland fylkeskommune",
          partners="Kommunane, Fagforbundet",
          period="2020–2022",
          description=None),
        M("Opplæringstilbod som helsefagarbeidar for minoritetsspråklege («Sogn og Fjordane-modellen»)",
          ["3.5"], goal="3.5", type="Kurs/utdanning", responsible="Vestland fylkeskommune",
          partners="NAV, kommunane",
          period="Vidareført frå 2018",
          description="Modellen kombinerer norskopplæring, praksis og fagopplæring og er no utvida til "
                      "heile fylket."),
    ])

# 6 --------------------------------------------------------------- Virke 2019
FILES["virke_2019.pdf"] = dict(
    reporter="Virke", report_year=2019,
    template="Word rendered to PDF; one two-column box table per measure with CAPITAL labels without colon "
             "(TILTAK, MÅL I STRATEGIEN, TYPE, HVEM, MED HVEM, NÅR, OM TILTAKET); goals only as delmål wording; "
             "intro and 'Oppsummering' section",
    readme="Goals written only as (shortened) delmål text, never as codes; one measure names two delmål "
           "texts separated by ';'; capital labels without colon; summary paragraph after the measures.",
    measures=[
        M("Balansekunst II – utprøving av modell for å beskrive kompetanse fra arbeidslivet i tre virksomheter",
          ["2.5"], goal="Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
          type="FoU", responsible="Virke", partners="LO, YS, NHO, Kompetanse Norge",
          period="2019–2020",
          description="Modellen fra rapporten «Balansekunst» (2018) prøves ut i en butikkjede, en "
                      "privat barnehage og en ideell helseinstitusjon."),
        M("Studie: «Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?»",
          ["2.1", "2.2"],
          goal="Styrke den digitale kompetansen i hele arbeidsstyrken; styrke kunnskapsgrunnlaget om "
               "læring i arbeidslivet",
          type="FoU", responsible="Virke",
          partners="Samfunnsøkonomisk analyse, NAV, Handel og Kontor Norge",
          period="Ferdigstilt mai 2019",
          description="Studien viser at behovet for digital kompetanse øker i alle deler av handelen, "
                      "og at små virksomheter trenger hjelp til å organisere opplæring."),
        M("Virkes HR-nettverk for kompetanseutvikling i handel og tjenesteyting",
          ["2.2"], goal="Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
          type="Råd/utvalg/nettverk", responsible="Virke", partners="Medlemsvirksomheter",
          period="Fire samlinger i 2019",
          description=None),
        M("Fagbrev på jobb i varehandelen for voksne ansatte",
          ["3.1"], goal="Gi fleksibel opplæring på voksnes premisser",
          type="Kurs/utdanning", responsible="Virke", partners="Handel og Kontor, fylkeskommunene",
          period="2019–2021",
          description="Virke informerer medlemmene om ordningen og hjelper virksomheter med å ta i bruk "
                      "praksiskandidatordningen og fagbrev på jobb."),
        M("Deltakelse i Faglig råd for salg, service og reiseliv",
          ["2.3"], goal="Synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
          type="Råd/utvalg/nettverk", responsible="Virke", partners="LO, NHO, KS, Unio, YS, Udir",
          period="Oppnevningsperiode 2016–2020",
          description=None),
    ])

# 7 ---------------------------------------------------------------- Unio 2018
FILES["unio_2018.pdf"] = dict(
    reporter="Unio", report_year=2018,
    template="reportlab portrait; blue title band; measures as numbered bold titles, one grey fact line "
             "'Delmål: … · Type: … · Ansvarlig: … · Samarbeid: … · Tid: …' and a description paragraph",
    readme="Drawn with reportlab; all fields inline in one dot-separated fact line under each numbered "
           "title; one measure without description; footer with page number.",
    measures=[
        M("Utredning av ulike modeller for finansiering av etter- og videreutdanning",
          ["2.2"], goal="2.2", type="FoU", responsible="Unio", partners="Proba samfunnsanalyse",
          period="Rapport levert oktober 2018",
          description="Utredningen sammenligner finansieringsmodeller i Norden og drøfter hvordan "
                      "arbeidsgiver, arbeidstaker og staten kan dele kostnadene."),
        M("Rapport om utfordringer og muligheter for kompetanseheving av helsepersonell",
          ["2.2"], goal="2.2", type="FoU", responsible="Unio", partners="Ny Analyse",
          period="2018",
          description="Rapporten ser på behovet for videreutdanning blant sykepleiere, "
                      "fysioterapeuter og andre helseprofesjoner i kommunene."),
        M("Unios digitaliseringspolitikk – workshop med medlemsforbundene",
          ["2.1"], goal="2.1", type="Arrangement", responsible="Unio",
          partners="Unios medlemsorganisasjoner", period="Mai 2018",
          description="Unio arbeider videre med å få digital kompetanse inn i tillitsvalgtskoleringen."),
        M("Deltakelse i universitets- og høyskolerådets (UHR) fagstrategiske enheter",
          ["1.4"], goal="1.4", type="Råd/utvalg/nettverk", responsible="UHR",
          partners="Unio, Virke, Spekter, NHO", period="Løpende",
          description=None),
        M("Aktiv bruk av studieforbund: kompetansehevende kurs for tillitsvalgte og medlemmer",
          ["3.6"], goal="3.6", type="Kurs/utdanning", responsible="Unio",
          partners="Unios forbund", period="Hele året",
          description="Forbundene i Unio bruker studieforbundene til kurs i forhandlinger, arbeidsmiljø "
                      "og profesjonsetikk."),
    ])

# 8 ------------------------------------------------------------------ YS 2021
FILES["ys_2021.docx"] = dict(
    reporter="YS", report_year=2021,
    template="Word; Heading 1 'Tiltak n: <title>' per measure; bulleted fields with bold inline labels "
             "(Mål i strategien / Hvem / Partnere / Type / Tidsperiode) and a 'Kort om tiltaket' paragraph",
    readme="Titles carry a 'Tiltak n:' prefix and one has its own colon; goals as 'delmål 1.4 og 2.4', "
           "range 'delmål 2.1–2.3' and '3.3, 3.4'; one measure without Partnere bullet.",
    measures=[
        M("YS Arbeidslivsbarometer 2021: kompetanse og omstilling etter pandemien",
          ["2.2"], goal="delmål 2.2", type="FoU", responsible="YS", partners="Opinion",
          period="Januar–september 2021",
          description="Barometeret måler hvor mange som har deltatt i opplæring det siste året, og hva "
                      "som hindrer arbeidstakere i å ta etter- og videreutdanning."),
        M("Digital kompetanse for tillitsvalgte – kursrekke i YS-forbundene",
          ["2.1"], goal="delmål 2.1", type="Kurs/utdanning", responsible="YS",
          partners="YS-forbundene", period="Januar–juni 2021",
          description="Seks digitale kurskvelder om digitalisering av arbeidsplassen og "
                      "tillitsvalgtes rolle i omstilling."),
        M("Partsdeltakelse i treparts bransjeprogrammer for kompetanseutvikling",
          ["1.4", "2.4"], goal="delmål 1.4 og 2.4", type="Råd/utvalg/nettverk", responsible="Partene",
          partners="KD, HK-dir, LO, NHO, Virke, Spekter, KS", period="2020–2022",
          description="YS deltar i programrådene for varehandel, reiseliv og renhold."),
        M("Hurtigsporet i Oslo – arbeidspraksis kombinert med norskopplæring",
          ["3.3", "3.4"], goal="3.3, 3.4", type="Prosjekt", responsible="Oslo kommune",
          partners=None, period="Permanent tiltak fra 2019",
          description="Tiltaket er videreført av Oslo kommune etter prosjektperioden."),
        M("Kompetansedag for YS-forbundene: «Livslang læring – fra ord til handling»",
          ["2.1", "2.2", "2.3"], goal="delmål 2.1–2.3", type="Arrangement", responsible="YS",
          partners="YS-forbundene, HK-dir", period="26. oktober 2021",
          description="Fagdag med innlegg fra forskere, arbeidsgivere og tillitsvalgte."),
    ])

# 9 -------------------------------------------------------- Akademikerne 2019
FILES["akademikerne_2019.docx"] = dict(
    reporter="Akademikerne", report_year=2019,
    template="Word landscape; one table, row per measure: Nr. | Tiltak | Relasjon til delmål | Ansvarlig | "
             "Samarbeidspartner | Type | Kort beskrivelse; titles with «» and straight quotes",
    readme="Row-per-measure table with a numbering column; goals written '2.2', 'Delmål 1.3', '2.1 og 2.2'; "
           "responsible as 'Akademikerne/Econa' style; one empty description cell and one empty partner cell; no period column.",
    measures=[
        M("Forskningsrapport «Framtidens behov for akademikere – oppdatert framskriving 2019»",
          ["2.2"], goal="2.2", type="FoU", responsible="Akademikerne",
          partners="Samfunnsøkonomisk analyse", period=None,
          description="Oppdaterer framskrivingene fra 2017 med nye tall for tilbud og etterspørsel."),
        M("Forskningsrapport «Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre»",
          ["2.2"], goal="2.2", type="FoU", responsible="Akademikerne/Econa",
          partners="Ny Analyse", period=None,
          description="Kartlegger deltakelse i og barrierer mot etter- og videreutdanning."),
        M("«Yngre eldre i arbeidslivet» – oppfølgingsundersøkelse 2019",
          ["2.2"], goal="Delmål 2.2", type="FoU", responsible="Akademikerne/Econa",
          partners="Ny Analyse", period=None,
          description=None),
        M("Forskningsrapport \"Behovet for etter- og videreutdanning i høyutdanningsgruppene\"",
          ["2.2"], goal="2.2", type="FoU", responsible="Akademikerne/Tekna",
          partners="Tekna", period=None,
          description="Spørreundersøkelse blant Teknas medlemmer om behov for faglig oppdatering."),
        M("Karriereverktøy for medlemmer i overgangen mellom utdanning og arbeid",
          ["1.3"], goal="Delmål 1.3", type="Informasjon", responsible="Akademikerne",
          partners="Medlemsforeningene", period=None,
          description="Nettbaserte verktøy og karrierekurs for studenter og nyutdannede."),
        M("Deltakelse i partssammensatt arbeidsgruppe om kompetansebehov som følge av digitalisering",
          ["2.1"], goal="2.1", type="Råd/utvalg/nettverk", responsible="KD",
          partners="Kompetanse Norge, LO, NHO, Unio, KS, YS, Spekter", period=None,
          description="Arbeidsgruppen leverte sine anbefalinger til KD i mars 2019."),
        M("Innspill til ekspertutvalget for etter- og videreutdanning",
          ["2.2"], goal="2.2", type="Råd/utvalg/nettverk", responsible="Akademikerne",
          partners=None, period=None,
          description="Skriftlige innspill og deltakelse på innspillsmøte i april 2019."),
        M("Digitale fagkurs for leger, psykologer og tannleger i Akademikerne helse",
          ["2.1", "2.2"], goal="2.1 og 2.2", type="Kurs/utdanning", responsible="Akademikerne helse",
          partners="Legeforeningen, Psykologforeningen, Tannlegeforeningen", period=None,
          description="Felles kurskatalog og læringsplattform for foreningenes medlemmer."),
    ])

# 10 ------------------------------------------------------ Trøndelag FK 2021
FILES["trondelag_fk_2021.pdf"] = dict(
    reporter="Trøndelag fylkeskommune", report_year=2021,
    template="reportlab brochure; coloured header band with bilingual county name; one framed box per "
             "measure: bold title, label grid (Delmål / Type tiltak / Ansvarlig / Partnere / Varighet), "
             "description below; intro and 'Samlet vurdering' at end",
    readme="Drawn with reportlab; box per measure; goals 'Delmål 1.2 og 2.1' style; one measure with "
           "empty Partnere value, one without description; summary section at the end that must not count as a measure.",
    measures=[
        M("Kompetanseløft Trøndelag (DigiT) – digitaliseringsutvalg for kommunene",
          ["1.2", "2.1"], goal="Delmål 1.2 og 2.1", type="Råd/utvalg/nettverk",
          responsible="KS, Trøndelag fylkeskommune, Statsforvalteren",
          partners="Kommunene i Trøndelag", period="2019–2022",
          description="Utvalget koordinerer kompetansetiltak for digital omstilling i kommunene og "
                      "deler erfaringer mellom regionene."),
        M("Kompetanseforum Trøndelag",
          ["1.2"], goal="Delmål 1.2", type="Råd/utvalg/nettverk",
          responsible="Trøndelag fylkeskommune",
          partners="NHO Trøndelag, LO Trøndelag, NAV, NTNU, Nord universitet", period="Løpende",
          description="Forumet møttes fire ganger i 2021 og la fram en felles handlingsplan for "
                      "kompetanse."),
        M("Karrieresenter Trøndelag: karriereveiledning for permitterte og ledige",
          ["1.3", "3.3"], goal="Delmål 1.3 og 3.3", type="Prosjekt",
          responsible="Karrieresenter Trøndelag", partners="NAV Trøndelag",
          period="Januar 2021 – juni 2022",
          description="Veiledning på telefon, video og i egne lokaler på NAV-kontorer i seks kommuner."),
        M("Bedriftsintern opplæring (BIO) 2021 – kompetanseheving i bedrifter med omstillingsbehov",
          ["2.4"], goal="Delmål 2.4", type="Kurs/utdanning",
          responsible="Trøndelag fylkeskommune", partners=None, period="2021",
          description="Ordningen ble tildelt 32 millioner kroner fordelt på 140 bedrifter."),
        M("Fagbrev på jobb og modulstrukturert opplæring for voksne",
          ["3.1"], goal="Delmål 3.1", type="Kurs/utdanning",
          responsible="Trøndelag fylkeskommune", partners="Opplæringskontorene, NAV",
          period="2021–2023",
          description="Voksne kan ta fagbrev i moduler mens de er i jobb eller på tiltak."),
        M("Opplæring i grunnleggende ferdigheter for innvandrere i samarbeid med NAV",
          ["3.4", "3.5"], goal="Delmål 3.4 og 3.5", type="Kurs/utdanning",
          responsible="Trøndelag fylkeskommune", partners="NAV, kommunene", period="2021",
          description=None),
    ])

# 11 --------------------------------------------------------------- Spekter 2019
FILES["spekter_2019.pdf"] = dict(
    reporter="Spekter", report_year=2019,
    template="Word rendered to PDF, Spekter numbered layout: 'Rapporteringspunkter' list with 'Relasjon til "
             "delmål …', then one page per measure with headings 1. Tiltak i NKPS / 2. Ansvarlig og "
             "samarbeidspartnere / 3. Beskrivelse / 4. Tidspunkt og varighet; list numbering leaks into the "
             "period paragraph",
    readme="Numbered-report layout; responsible and partners in one sentence (stored in 'responsible', "
           "partners null); leaked Word list numbers '7.'–'12.' before the period text (not part of period).",
    measures=[
        M("Møteplass lærebedrifter 2019 – årlig møteplass for Spekters lærebedrifter",
          ["2.3"], goal="Relasjon til delmål 2.3.", type=None,
          responsible="Spekter er ansvarlig for tiltaket. Samarbeidspartnere er medlemsvirksomhetene og "
                      "opplæringskontorene.",
          partners=None, period="Gjennomført 7. mars 2019. Arrangeres hvert år i mars.",
          description=["Møteplassen samler Spekters medlemmer som er eller ønsker å bli lærebedrifter.",
                       "Tema i 2019 var kvalitet i læretiden og rekruttering av lærlinger til "
                       "helsearbeiderfaget."]),
        M("Fagskolekonferanse 2019: karrieremuligheter for fagarbeidere i spesialisthelsetjenesten",
          ["2.3"], goal="Relasjon til delmål 2.3.", type=None,
          responsible="Spekter er ansvarlig for konferansen i samarbeid med LO/Fagforbundet og YS/Delta.",
          partners=None, period="Konferansen ble holdt 24. oktober 2019.",
          description="Konferansen skulle rette oppmerksomhet mot fagskoleutdanninger som er relevante "
                      "for sykehusene."),
        M("Felles arrangement med LO Stat under Arendalsuka 2019 om verdien av fornyelse av ansattes kompetanse",
          ["2.2"], goal="Relasjon til delmål 2.2.", type=None,
          responsible="Spekter og LO Stat er i fellesskap ansvarlige.",
          partners=None, period="En dag under Arendalsuka, august 2019.",
          description="Debatt med politikere, virksomhetsledere og tillitsvalgte om hvem som har ansvaret "
                      "for at ansatte holder kompetansen oppdatert."),
        M("Kompetanseutvikling i Spekters medlemsvirksomheter – kartlegging og erfaringsdeling",
          ["2.2"], goal="Relasjon til delmål 2.2.", type=None,
          responsible="Spekter står bak tiltaket, med bidrag fra medlemsvirksomhetene.",
          partners=None, period="Kartleggingen gjennomføres høsten 2019 og følges opp i 2020.",
          description="En spørreundersøkelse til HR-direktørene skal gi oversikt over hvordan "
                      "virksomhetene planlegger og finansierer kompetanseutvikling."),
        M("Praksisplasser for masterstudenter i statsvitenskap",
          ["1.4"], goal="Relasjon til delmål 1.4.", type=None,
          responsible="Spekter er ansvarlig. Samarbeidspartner er Universitetet i Oslo.",
          partners=None, period="Vårsemesteret 2019, videreføres.",
          description="To studenter hadde praksis i Spekters administrasjon i ti uker."),
        M("Søkekonferanse om Kompetansepluss arbeid for medlemsvirksomhetene",
          ["3.2"], goal="Relasjon til delmål 3.2.", type=None,
          responsible="Spekter står bak tiltaket med Kompetanse Norge som bidragsyter.",
          partners=None, period="En dags varighet i september 2019.",
          description="Medlemsvirksomhetene fikk kunnskap om ordningen, gevinstene ved å bruke den og "
                      "hva som kreves for å søke."),
    ])

# 12 --------------------------------------------------------------- VOFO 2020
FILES["vofo_2020.docx"] = dict(
    reporter="VOFO", report_year=2020,
    template="Word narrative; Heading 2 title per measure, description paragraph first, then an italic "
             "fact line 'Delmål: … | Type: … | Ansvar: … | Samarbeid: … | Periode: …'",
    readme="Description precedes the fields; fields packed in one pipe-separated italic line; one goal "
           "'3.2 (tidl. NKPS tiltak 12)' mixes new and old numbering; one measure lacks Samarbeid.",
    measures=[
        M("Regelverks- og praksisendring i studieforbundsordningen – oppfølging av ny forskrift",
          ["3.6"], goal="3.6", type="Råd/utvalg/nettverk", responsible="VOFO",
          partners="Studieforbundene", period="2020",
          description="VOFO har fulgt opp den nye forskriften for studieforbund med veiledning til "
                      "studieforbundene og dialog med Kompetanse Norge om praktiseringen."),
        M("Kompetansepluss frivillighet: promotering og søknadsveiledning",
          ["3.2"], goal="3.2 (tidl. NKPS tiltak 12)", type="Informasjon", responsible="VOFO",
          partners="Studieforbundene, frivillige organisasjoner", period="Søknadsrunden høsten 2020",
          description="Webinarer og veiledning for organisasjoner som ønsker å søke om midler til "
                      "opplæring i grunnleggende ferdigheter."),
        M("Digital omstilling i studieforbundene under koronapandemien",
          ["2.1", "3.6"], goal="2.1, 3.6", type="Kurs/utdanning", responsible="VOFO",
          partners=None, period="Mars–desember 2020",
          description="Kurs for kursarrangører i digital undervisning slik at opplæringen kunne "
                      "fortsette under nedstengningen."),
        M("Forskningsprosjekt: «Studieforbundene som læringskatalysatorer»",
          ["3.6"], goal="3.6", type="FoU", responsible="VOFO", partners="Fafo",
          period="2019–2020",
          description="Prosjektet undersøker hva deltakelse i studieforbundenes kurs betyr for videre "
                      "læring og arbeid."),
        M("Styrking av VOFOs regionale tilstedeværelse i regionale kompetansesamarbeid",
          ["1.2"], goal="1.2", type="Prosjekt", responsible="VOFO",
          partners="VOFO-regionene, fylkeskommunene", period="2020–2021",
          description="VOFO-regionene inngår partnerskapsavtaler med fylkeskommunene etter "
                      "regionreformen."),
    ])

# 13 ---------------------------------------------------------------- ASD 2020
FILES["asd_2020.pdf"] = dict(
    reporter="ASD", report_year=2020,
    template="Word landscape rendered to PDF; one table per hovedinnsatsområde (Tiltak | Delmål | Type tiltak | "
             "Ansvarlig | Samarbeidspartnere | Kort omtale | Status/tidsplan), area heading above each table",
    readme="Ministry report with a table per main area; goals like '3.3/3.5' and '2.4/3.3'; area 2 table "
           "has only one row; intro on letterhead and contact line at end.",
    measures=[
        M("Deltakelse i Kompetansebehovsutvalget (KBU)",
          ["1.1"], goal="1.1", type="Råd/utvalg/nettverk", responsible="ASD",
          partners="KD, KMD, NFD, partene", period="Løpende",
          description="ASD deltar i utvalget og bidrar med analyser fra Arbeids- og velferdsetaten.",
          area=1),
        M("Utredning av ansvaret for arbeidsmarkedsopplæring (AMO) i lys av regionreformen",
          ["1.2"], goal="1.2", type="FoU", responsible="ASD",
          partners="KD, KMD, AVdir, fylkeskommunene", period="Ferdig 2020",
          description="Utredningen vurderer om fylkeskommunene skal få ansvar for deler av "
                      "opplæringen i arbeidsmarkedspolitikken.",
          area=1),
        M("Opplæring under dagpenger for permitterte og ledige (koronatiltak)",
          ["2.4", "3.3"], goal="2.4/3.3", type="Kurs/utdanning", responsible="ASD",
          partners="KD, AVdir", period="Midlertidig, mars 2020 – 2021",
          description="Permitterte og ledige kan ta opplæring og utdanning uten å miste dagpengene.",
          area=2),
        M("Opplæringstiltaket – nytt arbeidsmarkedstiltak med tilbud om opplæring av arbeidsledige "
          "og personer med nedsatt arbeidsevne",
          ["3.5"], goal="3.5", type="Kurs/utdanning", responsible="AVdir",
          partners="ASD", period="Innført 2019",
          description="Tiltaket erstatter tidligere opplæringstiltak og gir mulighet for yrkesrettet "
                      "opplæring over lengre tid.",
          area=3),
        M("Revisjon av tiltaksforskriftens bestemmelser om opplæring",
          ["3.3", "3.5"], goal="3.3/3.5", type="Kurs/utdanning", responsible="ASD",
          partners="AVdir", period="2020",
          description="Vektleggingen av yrkesopplæring forsterkes når opplæring brukes som "
                      "virkemiddel i arbeidsmarkedspolitikken.",
          area=3),
        M("Ny IA-avtale 2019–2022: kompetansetiltak for å kunne stå i arbeid",
          ["3.3"], goal="3.3", type="Råd/utvalg/nettverk", responsible="ASD",
          partners="Partene i arbeidslivet", period="2019–2022",
          description=None,
          area=3),
        M("Forsøk med utvidet bruk av norskopplæring i arbeidsmarkedstiltak",
          ["3.4", "3.5"], goal="3.4/3.5", type="Prosjekt", responsible="ASD og KD",
          partners="AVdir, IMDi", period="2020–2022",
          description="Forsøket skal prøve ut kombinasjoner av norskopplæring og arbeidspraksis for "
                      "innvandrere som er registrert hos NAV.",
          area=3),
    ])

# 14 --------------------------------------------- Møre og Romsdal FK 2018 (nn)
FILES["more_og_romsdal_fk_2018.docx"] = dict(
    reporter="Møre og Romsdal fylkeskommune", report_year=2018,
    template="Word, Nynorsk free text; numbered bold title paragraphs, description paragraph, then one "
             "semicolon-separated line 'Knytt til: <delmål text>; Type: …; Ansvar: …; Partnarar: …; Tid: …'",
    readme="Nynorsk; goals only as paraphrased delmål wording (one line names two delmål); numbered titles "
           "'1.' etc.; fields packed in one line after the description.",
    measures=[
        M("Etablering av Kompetansealliansen Møre og Romsdal våren 2019",
          ["1.2"], goal="regionalt folkevalt nivå sitt kompetansepolitiske ansvar og samordningsrolle",
          type="Råd/utval/nettverk", responsible="Møre og Romsdal fylkeskommune",
          partners="Næringsliv/klynger, høgskular, fagskular, vidaregåande skular",
          period="2018–2019",
          description="Alliansen skal samarbeide om kompetansebehova i regionen i framtida på "
                      "bakgrunn av eit felles kunnskapsgrunnlag."),
        M("Karrieresenter for alle over 19 år og kompetanseheving for karriererettleiarar",
          ["1.3"], goal="tilgang til karriererettleiing og kompetansen til rettleiarane",
          type="Prosjekt", responsible="Møre og Romsdal fylkeskommune",
          partners="NAV, kommunane", period="Frå august 2018",
          description="Karrieresenteret i Ålesund opna nye kontor i Molde og Kristiansund."),
        M("Kunnskapsgrunnlag: «Kompetansebehov i Møre og Romsdal 2018–2030»",
          ["1.2", "1.4"],
          goal="regional samordning, og samarbeid mellom utdanningstilbydarar og arbeidslivet",
          type="FoU", responsible="Møre og Romsdal fylkeskommune",
          partners="Møreforsking", period="2018",
          description=["Rapporten vart lagd fram for fylkestinget i oktober.",
                       "Han er grunnlaget for arbeidet i Kompetansealliansen."]),
        M("Eigen plan for opplæring og arbeidspraksis for innvandrarar",
          ["3.3", "3.4"],
          goal="opplæringstiltak i integreringspolitikken; norskopplæring og kvalifisering for innvandrarar",
          type="Kurs/utdanning", responsible="Møre og Romsdal fylkeskommune",
          partners="Kommunane", period="2018–2020",
          description=None),
        M("Fagbrev på jobb i industrien på Sunnmøre",
          ["3.1"], goal="fleksibel opplæring på vaksne sine premissar",
          type="Kurs/utdanning", responsible="Møre og Romsdal fylkeskommune",
          partners="Ulstein Group, Opplæringskontoret for teknologifag", period="Hausten 2018",
          description="Tolv tilsette starta opplæring mot fagbrev i industrimekanikarfaget."),
    ])

# 15 ---------------------------------------- no measures: council minutes
FILES["kpr_referat_2019-11.docx"] = dict(
    reporter="Kompetanse Norge", report_year=2019,
    template="Word minutes ('Referat') of a Kompetansepolitisk råd meeting, agenda items 'Sak 12/19…'; "
             "mentions reporting and delmål but contains no measures",
    readme="NO measures: meeting minutes with numbered agenda items, attendance table and decisions that "
           "mention delmål 1.2 and 2.2 and the reporting deadline.",
    measures=[])

# 16 ---------------------------------------- no measures: NFD cover letter
FILES["nfd_2020_oversendelse.pdf"] = dict(
    reporter="NFD", report_year=2020,
    template="Word letter rendered to PDF: NFD states that its measures are included in the government's "
             "joint report; no measures of its own",
    readme="NO measures: one-page ministry letter (Vår ref/Deres ref, date, signature) explaining that "
           "NFD reports through the joint government report; mentions the cluster programmes and Omstillingsmotoren only as context.",
    measures=[])


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------
def new_doc(font="Calibri", size=11, landscape=False, margins_cm=2.2):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for hs in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        try:
            h = doc.styles[hs]
            h.font.name = font
            hr = h.element.get_or_add_rPr()
            hf = hr.find(qn("w:rFonts"))
            if hf is None:
                hf = OxmlElement("w:rFonts")
                hr.append(hf)
            for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                hf.set(qn(a), font)
            for t in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                if hf.get(qn(t)) is not None:
                    del hf.attrib[qn(t)]
        except KeyError:
            pass
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return doc


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def header_footer(doc, header=None, footer=None, page_numbers=True, page_fmt="Side {p}",
                  size=8, align_header=WD_ALIGN_PARAGRAPH.RIGHT):
    sec = doc.sections[0]
    if header:
        p = sec.header.paragraphs[0]
        p.alignment = align_header
        r = p.add_run(header); r.font.size = Pt(size); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    p = sec.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer:
        r = p.add_run(footer + ("   " if page_numbers else "")); r.font.size = Pt(size)
    if page_numbers:
        pre, _, post = page_fmt.partition("{p}")
        if pre:
            r = p.add_run(pre); r.font.size = Pt(size)
        r = p.add_run(); r.font.size = Pt(size); add_field(r, "PAGE")
        if "{n}" in post:
            a, _, b = post.partition("{n}")
            r = p.add_run(a); r.font.size = Pt(size)
            r = p.add_run(); r.font.size = Pt(size); add_field(r, "NUMPAGES")
            if b:
                r = p.add_run(b); r.font.size = Pt(size)
        elif post:
            r = p.add_run(post); r.font.size = Pt(size)


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None,
         space_after=None, color=None, space_before=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def label_para(doc, label, value, sep=" ", bold_label=True, size=None, style=None, italic_value=False):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(label)
    r.bold = bold_label
    if size:
        r.font.size = Pt(size)
    r2 = p.add_run(sep + value)
    r2.italic = italic_value
    if size:
        r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    """Write text (str or list of paragraphs) into a cell's existing first paragraph."""
    items = paras(text) if text is not None else [""]
    first = True
    for t in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if t:
            r = p.add_run(t)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
        p.paragraph_format.space_after = Pt(2)
    return cell


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w) / 635)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_cm):
                c.width = Cm(widths_cm[i])


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit"); h.set(qn("w:val"), "true"); trPr.append(h)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


AREA_NAMES = {
    1: "Gode valg for den enkelte og for samfunnet",
    2: "Læring i arbeidslivet",
    3: "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}
AREA_NN = {
    1: "Gode val for den einskilde og for samfunnet",
    2: "Læring i arbeidslivet",
    3: "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet",
}
DELMAL_NN = {
    "1.2": "Styrkje regionalt folkevalt nivå sitt kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørgje for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing",
    "1.4": "Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet",
    "2.4": "Kople kompetansebehov i verksemder og klynger til utdannings- og opplæringstilbydarar",
    "3.1": "Gje fleksibel opplæring på vaksne sine premissar",
    "3.5": "Styrkje og tilpasse NAV sitt opplæringstilbod for arbeidssøkjarar",
}


# ---------------------------------------------------------------------------
# Renderers (one per file)
# ---------------------------------------------------------------------------
def r_ks(name, data, path):
    doc = new_doc("Arial", 10.5)
    header_footer(doc, header="KS – Kommunesektorens organisasjon", footer="Rapportering NKPS 2019",
                  page_fmt="side {p}")
    para(doc, "Rapportering 2019", size=20, bold=True, color="1F4E79")
    para(doc, "KS' oppfølging av Nasjonal kompetansepolitisk strategi", size=13, color="1F4E79",
         space_after=12)
    para(doc, "KS viser til vedtak i Kompetansepolitisk råd om at rådsmedlemmene rapporterer årlig på "
              "oppfølgingen av delmålene i strategien. Nedenfor følger KS' tiltak for 2019, ordnet etter "
              "hovedinnsatsområde. Tiltak der KS kun er samarbeidspartner er ikke tatt med.")
    labels = [("Navn på tiltak", "title"), ("Relasjon til delmål", "goal"), ("Type tiltak", "type"),
              ("Ansvarlig", "responsible"), ("Samarbeidspartnere", "partners"),
              ("Beskrivelse", "description"), ("Tidspunkt og varighet", "period")]
    area = None
    for m in data["measures"]:
        if m["area"] != area:
            area = m["area"]
            doc.add_heading(f"Hovedinnsatsområde {area}: {AREA_NAMES[area]}", level=2)
        t = doc.add_table(rows=len(labels), cols=2)
        t.style = "Table Grid"
        for i, (lab, key) in enumerate(labels):
            cell_text(t.rows[i].cells[0], lab, bold=True, size=10)
            shade(t.rows[i].cells[0], "DEEAF6")
            val = m[key]
            cell_text(t.rows[i].cells[1], val if val else "", size=10,
                      bold=(key == "title"))
            cant_split(t.rows[i])
        set_widths(t, [4.6, 11.8])
        para(doc, "", space_after=6)
    para(doc, "Oslo, 20. januar 2020", space_before=12)
    para(doc, "Med hilsen", space_after=0)
    para(doc, "KS", bold=True, space_after=0)
    para(doc, "Avdeling for arbeidsgiverpolitikk")
    doc.save(path)


def r_lo(name, data, path):
    doc = new_doc("Times New Roman", 12, margins_cm=2.5)
    header_footer(doc, header="LANDSORGANISASJONEN I NORGE", footer="LO – Youngs gate 11, 0181 Oslo",
                  page_fmt="{p}", align_header=WD_ALIGN_PARAGRAPH.LEFT)
    para(doc, "Til: Kompetansepolitisk råd v/ sekretariatet i Kompetanse Norge", size=11, space_after=0)
    para(doc, "Fra: LO, avdeling for samfunnspolitikk", size=11, space_after=0)
    para(doc, "Dato: 28.01.2019", size=11, space_after=14)
    para(doc, "LOs rapportering for 2018 – oppfølging av Nasjonal kompetansepolitisk strategi",
         bold=True, size=15, space_after=10)
    para(doc, "LO har i 2018 arbeidet med flere tiltak som følger opp strategien. Vi bruker samme "
              "nummerering som i strategiens tiltaksliste, slik vi gjorde i fjorårets rapport. I tillegg "
              "til tiltakene nedenfor deltar LO i Kompetansebehovsutvalget og i Samarbeidsrådet for "
              "yrkesopplæring, som rapporteres av andre.")
    for i, m in enumerate(data["measures"], 1):
        h = doc.add_heading(f"{i}  {m['title']}", level=2)
        para(doc, m["goal"], italic=True, space_after=4)
        if m["type"]:
            label_para(doc, "Type tiltak:", m["type"])
        label_para(doc, "Ansvarlig:", m["responsible"])
        if m["partners"]:
            label_para(doc, "Samarbeidspartnere:", m["partners"])
        for p in paras(m["description"]):
            para(doc, p, space_after=4)
        label_para(doc, "Tidsrom:", m["period"])
    para(doc, "", space_after=8)
    para(doc, "Med vennlig hilsen", space_after=0)
    para(doc, "Landsorganisasjonen i Norge", space_after=18)
    para(doc, "Trude Tinnlund", space_after=0)
    para(doc, "Rådgiver", space_after=0)
    doc.save(path)


def r_nho(name, data, path):
    doc = new_doc("Calibri", 10, landscape=True, margins_cm=1.8)
    header_footer(doc, header="NHO – Næringslivets Hovedorganisasjon", footer="Rapportering til "
                  "Kompetansepolitisk råd 2020", page_fmt="Side {p} av {n}")
    para(doc, "NHOs tiltak 2020 – Nasjonal kompetansepolitisk strategi", bold=True, size=16,
         color="003A70")
    para(doc, "Oversikten viser tiltak NHO og landsforeningene har gjennomført eller startet i 2020. "
              "Tiltakene er sortert etter hovedinnsatsområde og delmål.", space_after=8)
    cols = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsrom"]
    widths = [1.8, 8.6, 3.3, 3.3, 5.6, 3.4]
    ms = data["measures"]
    nrows = 1 + len(ms) + len({m["area"] for m in ms})
    t = doc.add_table(rows=nrows, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "003A70")
    repeat_header(t.rows[0])
    set_widths(t, widths)
    r = 1
    area = None
    goal_start = None
    prev_goal = None
    spans = []
    for m in ms:
        if m["area"] != area:
            area = m["area"]
            row = t.rows[r]
            merged = row.cells[0].merge(row.cells[-1])
            cell_text(merged, f"Hovedinnsatsområde {area} – {AREA_NAMES[area]}", bold=True)
            shade(merged, "D9E2F3")
            r += 1
            prev_goal = None
        row = t.rows[r]
        if m["goal"] == prev_goal:
            spans[-1][1] = r
        else:
            spans.append([r, r, m["goal"]])
            cell_text(row.cells[0], m["goal"], bold=True)
        prev_goal = m["goal"]
        cell_text(row.cells[1], m["title"])
        cell_text(row.cells[2], m["type"] or "")
        cell_text(row.cells[3], m["responsible"] or "")
        cell_text(row.cells[4], m["partners"] or "")
        cell_text(row.cells[5], m["period"] or "")
        cant_split(row)
        r += 1
    for a, b, g in spans:
        if b > a:
            t.cell(a, 0).merge(t.cell(b, 0))
    para(doc, "")
    para(doc, "Kontaktperson: fagsjef kompetanse, NHO Arbeidsliv.", italic=True, size=9)
    doc.save(path)


def r_vestland(name, data, path):
    doc = new_doc("Cambria", 11)
    header_footer(doc, header="Vestland fylkeskommune", footer="Rapportering Kompetansepolitisk råd 2020")
    para(doc, "Rapportering til Kompetansepolitisk råd 2020", bold=True, size=18)
    para(doc, "Vestland fylkeskommune – oppfølging av Nasjonal kompetansepolitisk strategi", size=12,
         space_after=10)
    para(doc, "Innleiing", bold=True, size=12)
    para(doc, "2020 var det første året for Vestland fylkeskommune etter samanslåinga av Hordaland og "
              "Sogn og Fjordane. Koronapandemien prega arbeidet, og fleire av tiltaka vart lagde om til "
              "digitale format. Under følgjer tiltaka fylkeskommunen rapporterer for 2020, ordna etter "
              "delmåla i strategien.")
    goal = None
    for m in data["measures"]:
        if m["goal"] != goal:
            goal = m["goal"]
            doc.add_heading(f"Delmål {goal} – {DELMAL_NN[goal]}", level=1)
        doc.add_heading(m["title"], level=3)
        label_para(doc, "Ansvarleg:", m["responsible"])
        if m["partners"]:
            label_para(doc, "Samarbeidspartnarar:", m["partners"])
        if m["type"]:
            label_para(doc, "Type tiltak:", m["type"])
        label_para(doc, "Tidsrom:", m["period"])
        if m["description"]:
            label_para(doc, "Skildring:", desc_text(m["description"]))
    para(doc, "", space_after=6)
    para(doc, "Bergen, 1. februar 2021", space_after=0)
    para(doc, "Seksjon for kompetanse og næring, Vestland fylkeskommune")
    doc.save(path)


def r_virke(name, data, path):
    doc = new_doc("Arial", 10)
    header_footer(doc, header="Virke – Hovedorganisasjonen for virksomheter i handel og tjenesteyting",
                  footer="virke.no", page_fmt="| {p}")
    para(doc, "Virkes rapportering til Kompetansepolitisk råd", bold=True, size=18, color="C00000")
    para(doc, "Oppfølging av Nasjonal kompetansepolitisk strategi – året 2019", size=12, space_after=10)
    para(doc, "Virke mener at arbeidsplassen må anerkjennes som en likeverdig arena for læring. Våre tiltak "
              "i 2019 har særlig handlet om dokumentasjon av kompetanse ervervet i arbeidslivet og om "
              "konsekvensene av digitalisering i handelen. Tiltakene er beskrevet i hver sin tabell.",
         space_after=10)
    labels = [("TILTAK", "title"), ("MÅL I STRATEGIEN", "goal"), ("TYPE", "type"),
              ("HVEM", "responsible"), ("MED HVEM", "partners"), ("NÅR", "period"),
              ("OM TILTAKET", "description")]
    for m in data["measures"]:
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, key in labels:
            val = m[key]
            if key == "description" and not val:
                continue
            row = t.add_row()
            cell_text(row.cells[0], lab, bold=True, size=8.5, color="C00000")
            cell_text(row.cells[1], desc_text(val) if val else "", bold=(key == "title"))
            cant_split(row)
        set_widths(t, [3.6, 12.8])
        para(doc, "", space_after=8)
    para(doc, "Oppsummering", bold=True, size=13, color="C00000")
    para(doc, "Virke har i 2019 prioritert kunnskapsutvikling og praktiske verktøy for medlemmene. I 2020 vil "
              "vi arbeide for at modellen for dokumentasjon av kompetanse tas i bruk bredt, og at "
              "bransjeprogram for varehandelen kommer på plass.")
    doc.save(path)


def r_ys(name, data, path):
    doc = new_doc("Calibri", 11)
    header_footer(doc, header="YS – Yrkesorganisasjonenes Sentralforbund", footer="YS rapport NKPS 2021")
    para(doc, "Rapport fra YS 2021", style="Title")
    para(doc, "Oppfølging av Nasjonal kompetansepolitisk strategi 2017–2021", italic=True, space_after=10)
    para(doc, "Dette er strategiperiodens siste år. YS rapporterer nedenfor fem tiltak. Tiltakene er "
              "nummerert fortløpende og ikke etter delmål.")
    for i, m in enumerate(data["measures"], 1):
        doc.add_heading(f"Tiltak {i}: {m['title']}", level=1)
        for lab, key in [("Mål i strategien:", "goal"), ("Hvem:", "responsible"),
                         ("Partnere:", "partners"), ("Type:", "type"), ("Tidsperiode:", "period")]:
            if m[key]:
                label_para(doc, lab, m[key], style="List Bullet")
        if m["description"]:
            para(doc, "Kort om tiltaket", bold=True, space_before=4, space_after=2)
            for p in paras(m["description"]):
                para(doc, p)
    para(doc, "")
    para(doc, "YS, februar 2022", italic=True)
    doc.save(path)


def r_akademikerne(name, data, path):
    doc = new_doc("Georgia", 9.5, landscape=True, margins_cm=1.6)
    header_footer(doc, header="Akademikerne", footer="Rapportering 2019 – Nasjonal kompetansepolitisk strategi",
                  page_fmt="{p}")
    para(doc, "Akademikernes tiltak 2019", bold=True, size=16)
    para(doc, "Akademikerne og medlemsforeningene har i 2019 særlig bidratt til kunnskapsgrunnlaget om "
              "læring i arbeidslivet for høyt utdannede. Tabellen viser tiltakene.", space_after=8)
    cols = ["Nr.", "Tiltak", "Relasjon til delmål", "Ansvarlig", "Samarbeidspartner", "Type",
            "Kort beskrivelse"]
    widths = [1.0, 6.8, 2.4, 3.4, 4.2, 3.0, 5.7]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], "E7E6E6")
    repeat_header(t.rows[0])
    for i, m in enumerate(data["measures"], 1):
        row = t.add_row()
        vals = [f"{i}", m["title"], m["goal"], m["responsible"], m["partners"], m["type"],
                desc_text(m["description"])]
        for j, v in enumerate(vals):
            cell_text(row.cells[j], v or "")
        cant_split(row)
    set_widths(t, widths)
    para(doc, "")
    para(doc, "Oslo, februar 2020 – Akademikerne, sekretariatet", italic=True)
    doc.save(path)


def r_spekter(name, data, path):
    doc = new_doc("Calibri", 11, margins_cm=2.5)
    header_footer(doc, header="Spekter", footer="Rapportering NKPS 2019", page_numbers=True)
    para(doc, "Spekters rapportering 2019 – Nasjonal kompetansepolitisk strategi", bold=True, size=16,
         space_after=10)
    para(doc, "Rapporteringspunkter:", bold=True)
    ms = data["measures"]
    for i, m in enumerate(ms, 1):
        para(doc, f"{i}. {m['title']}", space_after=0)
        para(doc, m["goal"], space_after=8)
    leak = len(ms) + 1
    for m in ms:
        page_break(doc)
        para(doc, "1. Tiltak i Nasjonal kompetansepolitisk strategi", bold=True, space_after=6)
        para(doc, m["title"], space_after=2)
        para(doc, m["goal"], space_after=10)
        para(doc, "2. Ansvarlig og samarbeidspartnere", bold=True, space_after=6)
        para(doc, m["responsible"], space_after=10)
        para(doc, "3. Beskrivelse av tiltaket (maks en halv side)", bold=True, space_after=6)
        for p in paras(m["description"]):
            para(doc, p, space_after=4)
        para(doc, "", space_after=4)
        para(doc, "4. Tidspunkt og varighet", bold=True, space_after=6)
        para(doc, f"{leak}. {m['period']}")
        leak += 1
    doc.save(path)


def r_vofo(name, data, path):
    doc = new_doc("Calibri", 11)
    header_footer(doc, header="Voksenopplæringsforbundet (VOFO)", footer="VOFO – rapport 2020")
    para(doc, "VOFOs rapportering 2020", style="Title")
    para(doc, "Til Kompetansepolitisk råd", italic=True, space_after=8)
    doc.add_heading("Innledning", level=1)
    para(doc, "Studieforbundene opplevde et krevende år. Mange kurs ble avlyst i mars, men en stor del av "
              "aktiviteten ble flyttet over på digitale flater. VOFO har i 2020 arbeidet med tiltak innenfor "
              "hovedinnsatsområde 3, og med regional tilstedeværelse etter regionreformen.")
    doc.add_heading("Tiltak", level=1)
    for m in data["measures"]:
        doc.add_heading(m["title"], level=2)
        for p in paras(m["description"]):
            para(doc, p, space_after=3)
        bits = [f"Delmål: {m['goal']}", f"Type: {m['type']}", f"Ansvar: {m['responsible']}"]
        if m["partners"]:
            bits.append(f"Samarbeid: {m['partners']}")
        bits.append(f"Periode: {m['period']}")
        para(doc, " | ".join(bits), italic=True, size=9.5, color="404040", space_after=10)
    doc.add_heading("Veien videre", level=1)
    para(doc, "VOFO vil i 2021 prioritere oppfølging av Kompetansepluss frivillighet og samarbeidet med "
              "fylkeskommunene.")
    doc.save(path)


def r_asd(name, data, path):
    doc = new_doc("Times New Roman", 10.5, landscape=True, margins_cm=1.8)
    header_footer(doc, header="Arbeids- og sosialdepartementet", footer="ASD – rapportering NKPS 2020",
                  page_fmt="Side {p}")
    para(doc, "DET KONGELIGE ARBEIDS- OG SOSIALDEPARTEMENT", bold=True, size=10, space_after=10)
    para(doc, "Arbeids- og sosialdepartementets tiltak 2020 – Nasjonal kompetansepolitisk strategi",
         bold=True, size=15, space_after=8)
    para(doc, "Departementet rapporterer her tiltak på eget ansvarsområde. Tiltak der ASD deltar i "
              "regjeringens felles satsinger er omtalt i Kunnskapsdepartementets rapport.", space_after=8)
    cols = ["Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Kort omtale",
            "Status/tidsplan"]
    widths = [6.0, 1.7, 3.6, 2.3, 3.8, 5.6, 3.1]
    area = None
    t = None
    for m in data["measures"]:
        if m["area"] != area:
            if t is not None:
                set_widths(t, widths)
            area = m["area"]
            para(doc, f"Hovedinnsatsområde {area}: {AREA_NAMES[area]}", bold=True, size=12,
                 space_before=10, space_after=4)
            t = doc.add_table(rows=1, cols=len(cols))
            t.style = "Table Grid"
            for i, c in enumerate(cols):
                cell_text(t.rows[0].cells[i], c, bold=True, size=9.5)
                shade(t.rows[0].cells[i], "F2F2F2")
            repeat_header(t.rows[0])
        row = t.add_row()
        vals = [m["title"], m["goal"], m["type"], m["responsible"], m["partners"],
                desc_text(m["description"]), m["period"]]
        for j, v in enumerate(vals):
            cell_text(row.cells[j], v or "", size=9.5)
        cant_split(row)
    set_widths(t, widths)
    para(doc, "", space_after=6)
    para(doc, "Kontakt: Arbeidsmarkedsavdelingen, ASD", size=9, italic=True)
    doc.save(path)


def r_more(name, data, path):
    doc = new_doc("Calibri", 11)
    header_footer(doc, header="Møre og Romsdal fylkeskommune", footer="Rapportering NKPS 2018",
                  page_fmt="s. {p}")
    para(doc, "Rapportering til Kompetansepolitisk råd for 2018", bold=True, size=16)
    para(doc, "Møre og Romsdal fylkeskommune, Utdanningsavdelinga", size=11, space_after=10)
    para(doc, "Fylkeskommunen har i 2018 arbeidd med å styrkje den regionale samordningsrolla på "
              "kompetansefeltet. Nedanfor er tiltaka lista opp med ei kort skildring. Vi har knytt kvart "
              "tiltak til det delmålet i strategien som passar best.", space_after=8)
    for i, m in enumerate(data["measures"], 1):
        para(doc, f"{i}. {m['title']}", bold=True, space_before=8, space_after=2)
        for p in paras(m["description"]):
            para(doc, p, space_after=2)
        bits = [f"Knytt til: {m['goal']}", f"Type: {m['type']}", f"Ansvar: {m['responsible']}",
                f"Partnarar: {m['partners']}", f"Tid: {m['period']}"]
        para(doc, "; ".join(bits), size=9.5, color="333333")
    para(doc, "")
    para(doc, "Molde, 30. januar 2019", space_after=0)
    para(doc, "Kontaktperson: rådgjevar for kompetanse, Utdanningsavdelinga")
    doc.save(path)


def r_kpr(name, data, path):
    doc = new_doc("Calibri", 11)
    header_footer(doc, header="Kompetanse Norge – sekretariat for Kompetansepolitisk råd",
                  footer="Referat KPR 12.11.2019")
    para(doc, "Referat", style="Title")
    para(doc, "Møte i Kompetansepolitisk råd 12. november 2019, kl. 10.00–14.00, Kunnskapsdepartementet",
         bold=True, space_after=8)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [("Til stede", "KD (leder), ASD, KMD, NFD, LO, NHO, KS, Unio, YS, Virke, Spekter, "
                          "Akademikerne, VOFO"),
            ("Forfall", "JD, HOD"),
            ("Sekretariat", "Kompetanse Norge"),
            ("Referent", "Kompetanse Norge")]
    for i, (a, b) in enumerate(rows):
        cell_text(t.rows[i].cells[0], a, bold=True)
        cell_text(t.rows[i].cells[1], b)
    set_widths(t, [3.5, 12.9])
    items = [
        ("Sak 12/19 Godkjenning av innkalling og dagsorden",
         ["Innkalling og dagsorden ble godkjent uten merknader."]),
        ("Sak 13/19 Oppsummering av rapporteringen for 2018",
         ["Kompetanse Norge presenterte oppsummeringen av de 129 tiltakene som ble rapportert for 2018. "
          "Delmål 1.2 og 2.2 har fått flest nye tiltak siden forrige rapportering.",
          "Vedtak: Rådet tar oppsummeringen til orientering."]),
        ("Sak 14/19 Rapporteringsformen framover",
         ["Flere medlemmer pekte på at rapporteringen er arbeidskrevende og at samme tiltak beskrives "
          "ulikt av ulike medlemmer. Sekretariatet fikk i oppdrag å lage et forslag til felles mal.",
          "Vedtak: Frist for rapportering for 2019 settes til 1. februar 2020. Sekretariatet sender ut "
          "mal i desember."]),
        ("Sak 15/19 Eventuelt",
         ["Ingen saker."]),
    ]
    for head, ps in items:
        doc.add_heading(head, level=2)
        for p in ps:
            para(doc, p)
    para(doc, "Neste møte: 10. mars 2020.", italic=True)
    doc.save(path)


def r_nfd(name, data, path):
    doc = new_doc("Times New Roman", 12, margins_cm=2.5)
    header_footer(doc, footer="Postadresse: Postboks 8090 Dep, 0032 Oslo   Sentralbord: 22 24 90 90",
                  page_numbers=False)
    para(doc, "DET KONGELIGE NÆRINGS- OG FISKERIDEPARTEMENT", bold=True, size=11, space_after=16)
    para(doc, "Kompetanse Norge", space_after=0)
    para(doc, "Sekretariatet for Kompetansepolitisk råd", space_after=0)
    para(doc, "Postboks 1475", space_after=0)
    para(doc, "8049 Bodø", space_after=16)
    t = doc.add_table(rows=2, cols=3)
    heads = ["Deres ref", "Vår ref", "Dato"]
    vals = ["20/1187", "21/214-2", "3. februar 2021"]
    for i in range(3):
        cell_text(t.rows[0].cells[i], heads[i], size=9)
        cell_text(t.rows[1].cells[i], vals[i], size=11)
    para(doc, "", space_after=10)
    para(doc, "Rapportering for 2020 – Nasjonal kompetansepolitisk strategi", bold=True, size=13,
         space_after=8)
    para(doc, "Vi viser til brev av 1. desember 2020 med invitasjon til å rapportere tiltak for 2020.")
    para(doc, "Nærings- og fiskeridepartementets tiltak som følger opp strategien, blant annet "
              "videreutviklingen av klyngeprogrammene og Omstillingsmotoren, er samordnet med "
              "Kunnskapsdepartementet og inngår i regjeringens felles rapportering. Departementet sender "
              "derfor ikke en egen oversikt over tiltak i år.")
    para(doc, "Ta gjerne kontakt dersom sekretariatet trenger utfyllende opplysninger.", space_after=16)
    para(doc, "Med hilsen", space_after=24)
    para(doc, "Kari Nordmann (e.f.)", space_after=0)
    para(doc, "avdelingsdirektør", space_after=12)
    para(doc, "Dokumentet er elektronisk godkjent", italic=True, size=10)
    doc.save(path)


# ---------------------------------------------------------------------------
# reportlab renderers
# ---------------------------------------------------------------------------
def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    base = "/usr/share/fonts/truetype/liberation/"
    if not os.path.exists(base + "LiberationSans-Regular.ttf"):
        base = "/usr/share/fonts/truetype/liberation2/"
    pdfmetrics.registerFont(TTFont("LS", base + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LS-B", base + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LS-I", base + "LiberationSans-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("LS-BI", base + "LiberationSans-BoldItalic.ttf"))
    from reportlab.lib.fonts import addMapping
    addMapping("LS", 0, 0, "LS"); addMapping("LS", 1, 0, "LS-B")
    addMapping("LS", 0, 1, "LS-I"); addMapping("LS", 1, 1, "LS-BI")


def e(s):
    return escape(s or "")


def r_kd(name, data, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table,
                                    TableStyle)
    rl_setup()
    W, H = landscape(A4)
    body = ParagraphStyle("b", fontName="LS", fontSize=8.5, leading=10.5)
    bold = ParagraphStyle("bb", parent=body, fontName="LS-B")
    hdr = ParagraphStyle("h", parent=body, fontName="LS-B", textColor=colors.white)
    title = ParagraphStyle("t", fontName="LS-B", fontSize=15, leading=19, spaceAfter=6)
    intro = ParagraphStyle("i", fontName="LS", fontSize=10, leading=13, spaceAfter=8)

    class Doc(BaseDocTemplate):
        def afterFlowable(self, f):
            pass

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("LS", 8)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.drawString(1.5 * cm, H - 1.0 * cm,
                        "Kunnskapsdepartementet – Rapportering til Kompetansepolitisk råd 2021")
        canv.drawRightString(W - 1.5 * cm, H - 1.0 * cm, "Vedlegg til brev 21/4410")
        canv.line(1.5 * cm, H - 1.15 * cm, W - 1.5 * cm, H - 1.15 * cm)
        canv.drawCentredString(W / 2, 0.8 * cm, f"Side {doc.page} av {doc._total}")
        canv.restoreState()

    def build(total):
        d = Doc(path, pagesize=landscape(A4), leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                topMargin=1.6 * cm, bottomMargin=1.4 * cm, title="KD rapportering NKPS 2021",
                author="Kunnskapsdepartementet")
        d._total = total
        fr = Frame(d.leftMargin, d.bottomMargin, d.width, d.height, id="f")
        d.addPageTemplates([PageTemplate(id="p", frames=[fr], onPage=deco)])
        story = [Paragraph("Regjeringens tiltak 2021 – Kunnskapsdepartementets samlede oversikt", title),
                 Paragraph("Tabellen gir en oversikt over tiltak på Kunnskapsdepartementets område som følger "
                           "opp Nasjonal kompetansepolitisk strategi i 2021. Strategiperioden avsluttes i "
                           "2021, og flere tiltak videreføres i kompetansereformen «Lære hele livet». "
                           "Delmål angis med nummer fra strategien.", intro)]
        cols = ["Nr.", "Tiltak og kort beskrivelse", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere",
                "Periode"]
        widths = [1.0, 9.6, 1.9, 3.3, 2.3, 5.2, 3.4]
        rows = [[Paragraph(c, hdr) for c in cols]]
        for i, m in enumerate(data["measures"], 1):
            cell = [Paragraph(e(m["title"]), bold)]
            for p in paras(m["description"]):
                cell.append(Paragraph(e(p), body))
            rows.append([Paragraph(str(i), body), cell, Paragraph(e(m["goal"]), body),
                         Paragraph(e(m["type"]), body), Paragraph(e(m["responsible"]), body),
                         Paragraph(e(m["partners"]), body), Paragraph(e(m["period"]), body)])
        tb = Table(rows, colWidths=[w * cm for w in widths], repeatRows=1)
        tb.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#2B4C7E")),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F1F4F9")]),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        story.append(tb)
        story.append(Spacer(1, 10))
        story.append(Paragraph("Kunnskapsdepartementet, 31. januar 2022", intro))
        d.build(story)
        return d.page

    n = build(99)
    build(n)


def r_unio(name, data, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, KeepTogether
    rl_setup()
    W, H = A4
    body = ParagraphStyle("b", fontName="LS", fontSize=10.5, leading=14, spaceAfter=6)
    h = ParagraphStyle("h", fontName="LS-B", fontSize=12, leading=15, spaceBefore=10, spaceAfter=3,
                       textColor=colors.HexColor("#00447C"))
    fact = ParagraphStyle("f", fontName="LS", fontSize=8.5, leading=11, spaceAfter=4,
                          textColor=colors.HexColor("#555555"))
    sub = ParagraphStyle("s", fontName="LS-B", fontSize=13, leading=16, spaceBefore=6, spaceAfter=6)

    def first(canv, doc):
        canv.saveState()
        canv.setFillColor(colors.HexColor("#00447C"))
        canv.rect(0, H - 3.2 * cm, W, 3.2 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("LS-B", 20)
        canv.drawString(2 * cm, H - 1.8 * cm, "Unios rapport 2018")
        canv.setFont("LS", 11)
        canv.drawString(2 * cm, H - 2.5 * cm, "Oppfølging av Nasjonal kompetansepolitisk strategi")
        canv.restoreState()
        later(canv, doc)

    def later(canv, doc):
        canv.saveState()
        canv.setFont("LS", 8)
        canv.setFillColor(colors.HexColor("#777777"))
        canv.drawString(2 * cm, 1.2 * cm, "Unio – hovedorganisasjon for universitetsutdannede")
        canv.drawRightString(W - 2 * cm, 1.2 * cm, str(doc.page))
        canv.restoreState()

    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=4 * cm,
                          bottomMargin=2 * cm, title="Unios rapport 2018", author="Unio")
    story = [Paragraph("Unio organiserer over 360 000 medlemmer, de fleste i utdannings- og helsesektoren. "
                       "Vi rapporterer her fem tiltak for 2018. Flere av tiltakene er gjennomført sammen "
                       "med medlemsforbundene.", body),
             Paragraph("Tiltak 2018", sub)]
    for i, m in enumerate(data["measures"], 1):
        parts = [Paragraph(f"{i}. {e(m['title'])}", h)]
        bits = [f"Delmål: {m['goal']}", f"Type: {m['type']}", f"Ansvarlig: {m['responsible']}",
                f"Samarbeid: {m['partners']}", f"Tid: {m['period']}"]
        parts.append(Paragraph(e("  ·  ".join(bits)), fact))
        for p in paras(m["description"]):
            parts.append(Paragraph(e(p), body))
        story.append(KeepTogether(parts))
    story.append(Spacer(1, 12))
    story.append(Paragraph("Oslo, 25. januar 2019", body))
    story.append(Paragraph("Unio-sekretariatet", body))
    d.build(story, onFirstPage=first, onLaterPages=later)


def r_trondelag(name, data, path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    rl_setup()
    W, H = A4
    green = colors.HexColor("#2E6B4F")
    body = ParagraphStyle("b", fontName="LS", fontSize=10, leading=13, spaceAfter=5)
    small = ParagraphStyle("s", fontName="LS", fontSize=9, leading=11.5)
    lab = ParagraphStyle("l", fontName="LS-B", fontSize=9, leading=11.5, textColor=green)
    ttl = ParagraphStyle("t", fontName="LS-B", fontSize=12, leading=15, textColor=colors.black)
    h1 = ParagraphStyle("h1", fontName="LS-B", fontSize=14, leading=18, spaceBefore=8, spaceAfter=6,
                        textColor=green)

    def deco(canv, doc):
        canv.saveState()
        canv.setFillColor(green)
        canv.rect(0, H - 2.2 * cm, W, 2.2 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("LS-B", 13)
        canv.drawString(1.8 * cm, H - 1.25 * cm, "Trøndelag fylkeskommune")
        canv.setFont("LS", 9)
        canv.drawString(1.8 * cm, H - 1.75 * cm, "Trööndelagen fylkentjïelte")
        canv.drawRightString(W - 1.8 * cm, H - 1.25 * cm, "Rapportering NKPS 2021")
        canv.setFillColor(colors.HexColor("#666666"))
        canv.setFont("LS", 8)
        canv.drawString(1.8 * cm, 1.0 * cm, "trondelagfylke.no")
        canv.drawRightString(W - 1.8 * cm, 1.0 * cm, f"{doc.page}")
        canv.restoreState()

    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                          topMargin=3.0 * cm, bottomMargin=1.8 * cm,
                          title="Trøndelag fylkeskommune – rapportering 2021")
    story = [Paragraph("Kompetansepolitisk rapportering 2021", h1),
             Paragraph("Trøndelag fylkeskommune har et regionalt ansvar for kompetansepolitikken. "
                       "Nedenfor presenteres de viktigste tiltakene i 2021. Hvert tiltak er knyttet til ett "
                       "eller flere delmål i Nasjonal kompetansepolitisk strategi.", body),
             Spacer(1, 4)]
    for m in data["measures"]:
        rows = [[Paragraph(e(m["title"]), ttl), ""]]
        for labtxt, key in [("Delmål", "goal"), ("Type tiltak", "type"), ("Ansvarlig", "responsible"),
                            ("Partnere", "partners"), ("Varighet", "period")]:
            rows.append([Paragraph(labtxt, lab), Paragraph(e(m[key] or ""), small)])
        if m["description"]:
            rows.append([Paragraph(e(desc_text(m["description"])), body), ""])
        tb = Table(rows, colWidths=[3.2 * cm, 14.2 * cm])
        st = [("SPAN", (0, 0), (1, 0)), ("BOX", (0, 0), (-1, -1), 0.8, green),
              ("LINEBELOW", (0, 0), (1, 0), 0.5, green),
              ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#E4F0EA")),
              ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        if m["description"]:
            st.append(("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)))
            st.append(("TOPPADDING", (0, len(rows) - 1), (1, len(rows) - 1), 5))
        tb.setStyle(TableStyle(st))
        story.append(tb)
        story.append(Spacer(1, 10))
    story.append(Paragraph("Samlet vurdering", h1))
    story.append(Paragraph("Pandemien har økt behovet for omstilling og kompetanseheving. Fylkeskommunen vil "
                           "videreføre samarbeidet i Kompetanseforum Trøndelag og styrke tilbudet til voksne "
                           "uten fullført videregående opplæring i 2022.", body))
    story.append(Paragraph("Steinkjer, februar 2022 – Seksjon for videregående opplæring og kompetanse", small))
    d.build(story, onFirstPage=deco, onLaterPages=deco)


RENDER = {
    "ks_2019.docx": r_ks,
    "lo_2018.pdf": r_lo,
    "nho_2020.docx": r_nho,
    "kd_2021.pdf": r_kd,
    "vestland_fk_2020.docx": r_vestland,
    "virke_2019.pdf": r_virke,
    "unio_2018.pdf": r_unio,
    "ys_2021.docx": r_ys,
    "akademikerne_2019.docx": r_akademikerne,
    "trondelag_fk_2021.pdf": r_trondelag,
    "spekter_2019.pdf": r_spekter,
    "vofo_2020.docx": r_vofo,
    "asd_2020.pdf": r_asd,
    "more_og_romsdal_fk_2018.docx": r_more,
    "kpr_referat_2019-11.docx": r_kpr,
    "nfd_2020_oversendelse.pdf": r_nfd,
}
REPORTLAB = {"kd_2021.pdf", "unio_2018.pdf", "trondelag_fk_2021.pdf"}


def soffice_pdf(docx_path, outdir):
    prof = tempfile.mkdtemp(prefix="lo_b6_")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, docx_path], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)


def expected_entry(data):
    out = {"reporter": data["reporter"], "report_year": data["report_year"], "template": data["template"],
           "measures": []}
    for m in data["measures"]:
        out["measures"].append({
            "title": m["title"], "delmal": m["delmal"], "type": m["type"],
            "responsible": m["responsible"], "partners": m["partners"], "period": m["period"],
            "description": desc_text(m["description"]),
        })
    return out


def main():
    only = set(sys.argv[1:])
    tmp = tempfile.mkdtemp(prefix="b6_")
    for name, data in FILES.items():
        if only and name not in only:
            continue
        fn = RENDER[name]
        target = os.path.join(OUT, name)
        if name.endswith(".docx"):
            fn(name, data, target)
        elif name in REPORTLAB:
            fn(name, data, target)
        else:
            stem = name[:-4]
            src = os.path.join(tmp, stem + ".docx")
            fn(name, data, src)
            soffice_pdf(src, tmp)
            shutil.move(os.path.join(tmp, stem + ".pdf"), target)
        print("wrote", name, len(data["measures"]), "measures")
    shutil.rmtree(tmp, ignore_errors=True)
    exp = {name: expected_entry(d) for name, d in FILES.items()}
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("# Blind batch 6\n\nGenerated by `make_batch.py` (run with /work/blind/.venv6/bin/python); "
                "ground truth in `expected.json` comes from the same data.\n"
                "Conventions: description paragraphs are joined with one space; where a report gives "
                "responsible and partners in one sentence (Spekter), the sentence is stored in "
                "`responsible` and `partners` is null; `delmal` is the code list the report means (old "
                "NKPS tiltak numbers converted, ranges expanded, wording mapped).\n\n")
        for name, d in FILES.items():
            kind = ("PDF (reportlab)" if name in REPORTLAB else
                    "PDF (Word→LibreOffice)" if name.endswith(".pdf") else "Word")
            f.write(f"- `{name}` — {d['reporter']} {d['report_year']}, {kind}, "
                    f"{len(d['measures'])} measures. {d['readme']}\n")


if __name__ == "__main__":
    main()
