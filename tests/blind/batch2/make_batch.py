#!/usr/bin/env python3
"""Generate blind test batch 2: Norwegian NKPS follow-up reports (2020/2021) with ground truth.

Every file is written from the data held in this script, and expected.json is written from the
same data (never read back from the rendered files).

Run with the venv at /work/blind/.venv2 (reportlab, python-docx, lxml, pdfplumber) and LibreOffice
(`soffice`) on PATH:   /work/blind/.venv2/bin/python make_batch.py
"""
import json
import os
import re
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


# ---------------------------------------------------------------------------------------------
# Source data
# ---------------------------------------------------------------------------------------------

def M(t, dm, g=None, ty=None, r=None, p=None, per=None, d=None, **extra):
    """One measure. t=title, dm=delmål codes meant, g=goal as written in the document,
    ty=type, r=responsible, p=partners, per=period, d=description (str or list of paragraphs)."""
    return dict(t=t, dm=dm, g=g, ty=ty, r=r, p=p, per=per, d=d, extra=extra)


def desc_text(d):
    if d is None:
        return None
    if isinstance(d, str):
        return d
    return " ".join(d)


def paras(d):
    if d is None:
        return []
    return [d] if isinstance(d, str) else list(d)


DELMAL_SHORT = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Samarbeid mellom utdanningstilbydere og arbeidslivet",
    "2.1": "Digital kompetanse i hele arbeidsstyrken",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Koble kompetansebehov i virksomheter til etter- og videreutdanningstilbud",
    "2.5": "Dokumentere kompetanse ervervet i arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning og yrkeskvalifikasjoner",
    "3.1": "Fleksibel opplæring på voksnes premisser",
    "3.2": "Kompetanseplussordningene",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering for innvandrere",
    "3.5": "NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Læringsmotivasjon gjennom opplæring i frivillig sektor",
}
DELMAL_SHORT_NN = {
    "1.2": "Styrkje regionalt folkevalt nivå sitt kompetansepolitiske ansvar",
    "1.3": "Karriererettleiing",
    "1.4": "Samarbeid mellom utdanningstilbydarar og arbeidslivet",
    "2.1": "Digital kompetanse i heile arbeidsstyrken",
    "2.4": "Kople kompetansebehov til etter- og vidareutdanningstilbod",
    "3.1": "Fleksibel opplæring på vaksne sine premissar",
    "3.3": "Opplæring i arbeidsmarknads- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering for innvandrarar",
    "3.5": "NAV sitt opplæringstilbod for arbeidssøkjarar",
}

FILES = {}   # filename -> dict(reporter, year, template, measures, ...)


# ---- 1. Kunnskapsdepartementet 2021: landscape matrix, delmål merged over rows ----------------
FILES["kd_2021.docx"] = dict(
    reporter="Kunnskapsdepartementet", year=2021,
    template="Word, landscape: one table, a row per measure; first column Delmål (code + short text) "
             "merged vertically over the rows of each delmål; columns Delmål|Tiltak|Kort beskrivelse|"
             "Type tiltak|Ansvarlig|Samarbeidspartnere|Periode; header row repeated on each page",
    measures=[
        M("Kompetansebehovsutvalget (KBU) – temarapport om kompetansebehov etter pandemien", ["1.1"],
          ty="Råd/utvalg/nettverk", r="KD", p="ASD, KMD, partene i arbeidslivet, HK-dir",
          per="2017–2023",
          d="Utvalget leverte i 2021 en temarapport om hvordan koronapandemien har påvirket "
            "kompetansebehovene i arbeidslivet, nasjonalt og regionalt."),
        M("Regionale kompetansebehov: oppdrag til fylkeskommunene om regionale kompetanseforum", ["1.2"],
          ty="Råd/utvalg/nettverk", r="KD", p="KMD, fylkeskommunene, KS",
          per="2020–2021",
          d="Fylkeskommunene har fått ansvar for å etablere partnerskap og legge fram regionale "
            "kompetansestrategier i tråd med regionreformen."),
        M("Tilskudd til regionale karrieresentre og utvidet karriereveiledning på nett", ["1.3"],
          ty="Informasjon", r="KD", p="HK-dir, fylkeskommunene",
          per="2021",
          d="Karriereveiledning på nett fikk utvidet åpningstid, og ekstra midler ble fordelt til "
            "karrieresentrene for å nå permitterte og ledige."),
        M("Kvalitetsrammeverk for karriereveiledning – implementering i fylkene", ["1.3"],
          ty="Prosjekt", r="HK-dir", p="Karrieresentrene, OsloMet, Høgskolen i Innlandet",
          per="2019–2022", d=None),
        M("Fagskoleløftet: utviklingsmidler til nye fagskoletilbud i samarbeid med arbeidslivet", ["1.4"],
          ty="Kurs/utdanning", r="KD", p="HK-dir, fagskolene, partene i arbeidslivet",
          per="2021",
          d="Utlysning av midler til utvikling av nye fagskoletilbud der arbeidslivet deltar i "
            "utformingen av studiene."),
        M("Kompetanseprogrammet: fleksible videreutdanningstilbud i digital kompetanse", ["2.1"],
          ty="Kurs/utdanning", r="KD", p="HK-dir, LO, NHO, KS, Virke, Spekter, YS, Unio, Akademikerne",
          per="2020–2022",
          d="Tilskudd til universiteter, høyskoler og fagskoler for å utvikle nettbaserte og "
            "samlingsbaserte tilbud som kan kombineres med jobb."),
        M("Øremerkede studieplasser innen IKT og digital sikkerhet", ["2.1"],
          ty="Kurs/utdanning", r="KD", p="UH-sektoren", per="2021", d=None),
        M("Oppfølging av NOU 2019: 12 «Lære hele livet» – stortingsmelding om kompetansereformen", ["2.2"],
          ty="FoU", r="KD", p="Partene i arbeidslivet, NIFU",
          per="2020–2021",
          d="Meld. St. 14 (2019–2020) Kompetansereformen – Lære hele livet følges opp med "
            "analyser av finansieringsordninger for etter- og videreutdanning."),
        M("Treparts bransjeprogram for kompetanseutvikling (ni bransjer i 2021)", ["2.4"],
          ty="Kurs/utdanning", r="KD", p="Partene i bransjene, HK-dir, utdanningstilbydere",
          per="2020–2022",
          d="Bransjeprogram for blant annet industri og bygg, helse og omsorg, reiseliv, "
            "varehandel, transport og frisør."),
        M("Ny godkjenningsordning for utenlandsk fag- og yrkesopplæring", ["2.6"],
          ty="Kurs/utdanning", r="KD", p="NOKUT",
          per="Fra 1. januar 2021",
          d="NOKUT har fått ansvar for godkjenning av utenlandsk fag- og yrkesopplæring."),
        M("Fagbrev på jobb og modulstrukturert opplæring for voksne – videreføring av forsøk", ["3.1"],
          ty="Kurs/utdanning", r="KD", p="Udir, fylkeskommunene", per="2017–2023", d=None),
        M("Forslag til ny opplæringslov: rett til fullføring av videregående opplæring", ["3.1"],
          ty="Råd/utvalg/nettverk", r="KD", p="Udir, KS", per="2021",
          d="Prop. 145 L (2019–2020) ga voksne rett til å fullføre videregående opplæring fram "
            "til oppnådd studie- eller yrkeskompetanse."),
        M("Integreringsløftet: ny integreringslov og endringer i introduksjonsprogrammet", ["3.4"],
          ty="Prosjekt", r="KD", p="IMDi, HK-dir, kommunene", per="Fra 1. januar 2021",
          d="Ny integreringslov trådte i kraft og gir bedre tilpasset opplæring i "
            "introduksjonsprogrammet, blant annet mulighet til å ta fagbrev."),
    ],
)


# ---- 2. LO 2020: one bordered form table per measure, "Tiltak nr. X" header row -----------------
FILES["lo_2020.pdf"] = dict(
    reporter="LO", year=2020, via="docx",
    template="Word→PDF: intro, then one bordered two-column form table per measure with a shaded "
             "merged header row 'Tiltak nr. N' and labels Navn på tiltak / Relasjon til delmål / Type "
             "tiltak / Ansvarlig / Samarbeidspartnere / Beskrivelse / Tidspunkt og varighet; summary + signature",
    measures=[
        M("Partssamarbeid om bransjeprogram for kompetanseutvikling i industri og bygg", ["2.4"],
          g="2.4", ty="Kurs/utdanning", r="LO/Fellesforbundet",
          p="Norsk Industri, BNL, KD, Kompetanse Norge",
          per="2019–2021",
          d=["Fellesforbundet har sammen med arbeidsgiversiden vært med på å utforme kurs og "
             "videreutdanningsmoduler som ansatte kan ta ved siden av jobb.",
             "I 2020 ble tilbudet utvidet til også å gjelde permitterte."]),
        M("Fafo-notat: «Kompetanseutvikling i koronaåret – erfaringer fra tillitsvalgte»", ["2.2"],
          g="Delmål 2.2", ty="FoU", r="LO", p="Fafo",
          per="Juni–november 2020",
          d="Spørreundersøkelse blant tillitsvalgte om hvordan virksomhetene har brukt "
            "opplæring under permitteringer og nedstengning."),
        M("Tillitsvalgtskolering om digital omstilling og kompetanseplanlegging", ["2.1", "2.2"],
          g="2.1 og 2.2", ty="Kurs/utdanning", r="LO", p="AOF Norge, forbundene",
          per="Løpende, 2020",
          d="Kurs for tillitsvalgte om hvordan de kan bruke hovedavtalenes bestemmelser om "
            "kompetanse når ny teknologi innføres."),
        M("Kampanjen «Yrkesfag er framtida»", ["2.3"],
          g="2.3", ty="Informasjon", r="LO", p="Fagforbundet, Fellesforbundet, EL og IT Forbundet",
          per="Høsten 2020", d=None),
        M("Deltakelse i Kompetansebehovsutvalget (KBU)", ["1.1"],
          g="1.1", ty="Råd/utvalg/nettverk", r="KD", p="LO, øvrige hovedorganisasjoner, departementene",
          per="2017–",
          d="LO er representert i utvalget og bidrar i arbeidet med utvalgets rapporter."),
        M("Opplæring for permitterte og ledige – samarbeid med NAV under koronakrisen", ["3.3", "3.5"],
          g="3.3, 3.5", ty="Prosjekt", r="LO", p="NAV, NHO, forbundene",
          per="Mars–desember 2020",
          d=["LO har arbeidet for at permitterte skal kunne ta opplæring uten å miste dagpenger.",
             "Midlertidige regler ble innført våren 2020 og forlenget ut året."]),
        M("Innspill til oppfølgingen av Lære hele livet: partssammensatt arbeidsgruppe", ["2.2", "2.4"],
          g="2.2 og 2.4", ty="Råd/utvalg/ nettverk", r="Partene", p="KD, Kompetanse Norge",
          per="2020", d=None),
    ],
)


# ---- 3. NHO 2021: area headings, "N." measure headings, run-in bold labels, unlabeled description --
FILES["nho_2021.docx"] = dict(
    reporter="NHO", year=2021,
    template="Word: measures grouped under 'Hovedinnsatsområde' Heading 1; each measure a Heading 2 "
             "'N. Title' (numbering continues across areas); run-in bold labels (Delmål as 'DM 1.2/1.4', "
             "Type tiltak, Ansvarlig, Samarbeidspartnere, Periode) then unlabeled description paragraphs",
    areas=[
        ("Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet", 3),
        ("Hovedinnsatsområde 2: Læring i arbeidslivet", 4),
        ("Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet", 2),
    ],
    measures=[
        M("NHOs kompetansebarometer 2021", ["1.4", "2.2"], g="DM 1.4/2.2",
          ty="FoU", r="NHO", p="NIFU", per="Årlig, rapport publisert mai 2021",
          d=["Undersøkelsen kartlegger medlemsbedriftenes kompetansebehov og hvilke utdanninger "
             "de har størst behov for.",
             "Resultatene brukes i dialog med fylkeskommunene og utdanningsinstitusjonene."]),
        M("Deltakelse i fylkeskommunenes regionale kompetanseforum", ["1.2"], g="DM 1.2",
          ty="Råd/utvalg/nettverk", r="NHOs regionkontorer", p="Fylkeskommunene, LO, KS, NAV",
          per="2020–",
          d="NHOs regionkontorer deltar i de regionale partnerskapene som utarbeider regionale "
            "kompetansestrategier."),
        M("«Fagskole 4.0» – samarbeid med fagskolene om nye tilbud for industrien", ["1.4", "2.4"],
          g="DM 1.4/2.4", ty="Prosjekt", r="NHO", p="Norsk Industri, Fagskolen Innlandet, Fagskolen Oslo",
          per="2021–2022",
          d="Utvikling av korte fagskolemoduler innen automasjon og digitalisering, tilpasset "
            "fagarbeidere i arbeid."),
        M("Jenter og teknologi 2021", ["2.3"], g="DM 2.3",
          ty="Informasjon", r="NHO", p="Teknologiskolen, Abelia, Norsk Industri",
          per="Hele 2021",
          d="Nasjonal kampanje for å øke andelen jenter som velger teknologiske fag, i 2021 "
            "gjennomført med digitale arrangementer."),
        M("Lærlingløftet: kampanje for flere lærebedrifter i NHO-fellesskapet", ["2.3"], g="DM 2.3",
          ty="Informasjon", r="NHO", p="Landsforeningene, opplæringskontorene",
          per="Januar–august 2021", d=None),
        M("Bransjeprogram for reiseliv og servering under pandemien", ["2.4"], g="DM 2.4",
          ty="Kurs/utdanning", r="NHO Reiseliv", p="Fellesforbundet, KD, HK-dir",
          per="2020–2021",
          d="Gratis nettbaserte kurs for ansatte og permitterte i reiselivsnæringen."),
        M("Utredning av skatteinsentiv for kompetanseutvikling i bedrift", ["2.2"], g="DM 2.2",
          ty="FoU", r="NHO", p="Samfunnsøkonomisk analyse", per="2021", d=None),
        M("Hurtigsporet: bedriftsnettverk for rekruttering av flyktninger i fire regioner", ["3.3", "3.4"],
          g="DM 3.3/3.4", ty="Prosjekt", r="NHO", p="NAV, IMDi, kommunene",
          per="2019–2021",
          d="Bedrifter i nettverket tilbyr praksisplasser og opplæring kombinert med norskopplæring."),
        M("Kompetansepluss arbeid i bedrift – informasjon og søknadshjelp", ["3.2"], g="DM 3.2",
          ty="Informasjon", r="NHO", p="HK-dir", per="2021",
          d="Webinarer for medlemsbedrifter om tilskudd til opplæring i grunnleggende ferdigheter."),
    ],
)


# ---- 4. KS 2020 (reportlab): borderless aligned label | value columns, some English labels ---------
FILES["ks_2020.pdf"] = dict(
    reporter="KS", year=2020, via="reportlab",
    template="PDF drawn directly: per measure a borderless two-column block (labels Tiltak / Delmål / "
             "Type / Ansvarlig / Partners / Timeline / Beskrivelse / Status) separated by a rule; page "
             "header and 'Side x' footer; one goal given as a range '2.1–2.3'",
    measures=[
        M("Kommunesektorens arbeidslivsmonitor 2020", ["2.2"], g="2.2",
          ty="FoU", r="KS", p="Proba samfunnsanalyse", per="Årlig – ny rapport oktober 2020",
          d="Monitoren gir oversikt over sysselsetting, rekruttering og kompetanse i kommunal "
            "sektor.", status="Gjennomført"),
        M("KS Læring – digital læringsplattform for kommunesektoren", ["2.1"], g="2.1",
          ty="Informasjon", r="KS", p="Kommuner og fylkeskommuner", per="2017 – løpende",
          d="Plattformen ble i 2020 brukt til å dele kurs om smittevern, digitale møter og "
            "hjemmekontor.", status="Løpende"),
        M("Samarbeid om digital kompetanse i kommunene (DigiKomp) – videreføring", ["2.1"], g="2.1",
          ty="Prosjekt", r="KS", p="KMD, Fagforbundet, Delta, Unio, Akademikerne",
          per="2018–2020",
          d="Tiltaket skal gi ansatte i kommunene bedre digital kompetanse. KS har ansvar for "
            "møteplassene, med bistand fra partene.", status="Avsluttet 31.12.2020"),
        M("Nettverk for strategisk kompetanseplanlegging i kommunene", ["2.1", "2.2", "2.3"],
          g="2.1–2.3", ty="Råd/utvalg/nettverk", r="KS", p="Fylkesmannen, kommuner",
          per="2020–2021", d=None, status="Pågår"),
        M("Lærlingløftet i kommunesektoren: «Flere lærlinger i kommunene»", ["2.3"], g="2.3",
          ty="Informasjon", r="KS", p="Fylkeskommunene, opplæringskontor",
          per="2020",
          d="Status for lærlinger i kommunesektoren og kampanje for å øke antallet "
            "læreplasser i helsearbeiderfaget."),
        M("FoU-prosjekt: Teknologibasert læring på arbeidsplassen", ["2.2"], g="2.2",
          ty="FoU", r="KS", p="NTNU Samfunnsforskning", per="2019–2020", d=None,
          status="Rapport levert"),
        M("Menn i helse – nasjonal utrulling", ["3.3"], g="3.3",
          ty="Prosjekt", r="KS", p="NAV, Helsedirektoratet, fylkeskommunene",
          per="2016–2022",
          d="Rekrutteringsprogram der menn mellom 25 og 55 år utenfor arbeid får "
            "helsefagarbeiderutdanning kombinert med praksis i kommunene.",
          status="Løpende"),
        M("Fagbrev på jobb i kommunal helse- og omsorgstjeneste", ["3.1"], g="3.1",
          ty="Kurs/utdanning", r="KS", p="Fylkeskommunene, Fagforbundet", per="2020–",
          d="Veiledning til kommuner som vil ta i bruk ordningen for egne ansatte."),
    ],
)


# ---- 5. YS 2021: "Tiltak N: Title" headings; labels on own line (no colon); old NKPS numbers -------
FILES["ys_2021.docx"] = dict(
    reporter="YS", year=2021,
    template="Word: Heading 2 'Tiltak N: Title'; each field as a bold label on its own line (no colon) "
             "with the answer in the next paragraph; goals only as old numbers 'NKPS tiltak nr. 6 og 7'",
    measures=[
        M("YS Arbeidslivsbarometer 2021 – tema kompetanse og omstilling", ["2.2"],
          g="NKPS tiltak nr. 6", ty="FoU", r="YS", p="Fafo",
          per="Rapport lansert september 2021",
          d=["Arbeidslivsbarometeret er en årlig undersøkelse av norsk arbeidsliv.",
             "I 2021 hadde barometeret et eget tema om kompetanseutvikling og omstilling "
             "under pandemien."]),
        M("Kurs for tillitsvalgte i strategisk kompetanseplanlegging", ["2.1", "2.2"],
          g="NKPS tiltak nr. 5 og 6", ty="Kurs/utdanning", r="YS", p="YS-forbundene, Studieforbundet AOF",
          per="Vår og høst 2021",
          d="Digitale kurs for tillitsvalgte om hvordan de kan delta i virksomhetens "
            "kompetanseplanlegging."),
        M("Kompetansereformen: deltakelse i bransjeprogrammene for varehandel og reiseliv", ["2.4"],
          g="NKPS tiltak nr. 8", ty="Råd/utvalg/nettverk", r="YS/Parat", p="Virke, NHO, HK-dir",
          per="2020–2022",
          d="YS-forbund deltar i styringsgruppene for bransjeprogrammene og bidrar i utformingen av "
            "tilbudene."),
        M("Delta: kampanje for fagarbeiderne i helse og omsorg", ["2.3"],
          g="NKPS tiltak nr. 7", ty="Informasjon", r="YS/Delta", p="KS, Spekter",
          per="2021", d=None),
        M("Innspill til ny opplæringslov – voksnes rett til videregående opplæring", ["3.1"],
          g="NKPS tiltak nr. 11", ty=None, r="YS", p=None, per="Høringsfrist juni 2021",
          d="YS har gitt høringsinnspill og støtter at voksne får rett til å fullføre med "
            "studie- eller yrkeskompetanse."),
    ],
)


# ---- 6. Virke 2020 (Word->PDF): one portrait table, row per measure, rows split across pages -------
FILES["virke_2020.pdf"] = dict(
    reporter="Virke", year=2020, via="docx",
    template="Word→PDF: one bordered portrait table, row per measure, columns Tiltak | Kort beskrivelse | "
             "Delmål (e.g. 'DM 2.5') | Ansvarlig | Samarbeidspartnere | Type tiltak | Status pr. des. 2020; "
             "no repeated header, rows split over page breaks",
    measures=[
        M("Balansekunst II – pilot av modell for beskrivelse av kompetanse fra arbeidslivet", ["2.5"],
          g="DM 2.5", ty="FoU", r="Virke", p="LO, YS, NHO, Kompetanse Norge",
          d="Oppfølging av rapporten «Balansekunst» fra 2018. Modellen for å beskrive kompetanse som "
            "bygges opp i arbeidslivet prøves ut i seks virksomheter innen handel og ideell sektor.",
          status="Pilot startet høsten 2020"),
        M("Virke Kompetanseløftet – nettkurs for ansatte i handel under koronapandemien", ["2.1"],
          g="DM 2.1", ty="Kurs/utdanning", r="Virke", p="Handel og Kontor",
          d="Korte nettkurs i netthandel, kundebehandling og digital markedsføring, gratis for "
            "ansatte og permitterte i medlemsvirksomhetene. Kursene ble utviklet i løpet av fire uker "
            "våren 2020 og er tilgjengelige på Virkes læringsportal.",
          status="Over 2 000 deltakere"),
        M("Bransjeprogram for varehandel", ["2.4"], g="DM 2.4",
          ty="Kurs/utdanning", r="Virke og HK", p="NHO Service og Handel, KD, Kompetanse Norge",
          d="Treparts bransjeprogram med videreutdanningsmoduler i handelsledelse og digital handel. "
            "Tilbudene er utviklet av universiteter, høyskoler og fagskoler etter utlysning fra "
            "Kompetanse Norge, og er gratis for deltakerne.",
          status="Etablert 2020"),
        M("Studie: «Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?» – oppfølging 2020",
          ["2.2"], g="DM 2.2", ty="FoU", r="Virke", p="Samfunnsøkonomisk analyse, Handel og Kontor",
          d="Oppdatering av studien fra 2019 med data om hvordan pandemien har fremskyndet "
            "digitaliseringen i handelen.",
          status="Ferdigstilt november 2020"),
        M("Kompetanse i ideelle virksomheter (HUK-området)", ["2.2"], g="DM 2.2",
          ty="Råd/utvalg/nettverk", r="Virke", p="Fagforbundet, Delta, FO",
          d="Partssammensatt arbeidsgruppe om kompetanseutvikling i ideelle helse- og "
            "omsorgsvirksomheter. Gruppen skal se på behovet for videreutdanning av helsefagarbeidere "
            "og vernepleiere og levere sine anbefalinger i 2021.",
          status="Pågår"),
        M("Karriereveiledning for voksne i arbeid", ["1.3"], g="DM 1.3",
          ty="Råd/utvalg/nettverk", r="Virke", p="Kompetanse Norge",
          d="Virke har gitt innspill til arbeidet med kvalitetsrammeverket for karriereveiledning, med "
            "vekt på at voksne i arbeid og virksomhetene selv må få tilgang til veiledning.",
          status="Innspill levert"),
        M("Lærlingkampanje i varehandelen 2020", ["2.3"], g="DM 2.3",
          ty="Informasjon", r="Virke", p="Opplæringskontorene i handel",
          d="Kampanje i sosiale medier for å rekruttere flere lærebedrifter i salgsfaget, "
            "til tross for krevende tider for handelsnæringen.",
          status="Gjennomført"),
        M("Nettverk for opplæringskontor i handel og service", ["1.4", "2.3"], g="DM 1.4 / 2.3",
          ty="Råd/utvalg/nettverk", r="Virke", p="Opplæringskontorene, fylkeskommunene",
          d="Fire nettverksmøter i 2020, hvorav tre digitale.", status="Løpende"),
        M("Arbeidspraksis for innvandrere i Virke-virksomheter", ["3.4"], g="DM 3.4",
          ty="Prosjekt", r="Virke", p="IMDi, NAV Oslo",
          d="Samarbeid om praksisplasser for deltakere i introduksjonsprogrammet, med "
            "språkpraksis og mentorordning.",
          status="Utsatt til 2021 pga. korona"),
        M("Digitalt seminar under Arendalsuka 2020: «Livslang læring – hvem tar regningen?»", ["2.2"],
          g="DM 2.2", ty="Arrangement", r="Virke", p="LO, Unio",
          d="Debatt om finansiering av etter- og videreutdanning med politikere og partene.",
          status="Gjennomført 19. august 2020"),
    ],
)


# ---- 7. Unio 2021 (reportlab): "1)" numbered titles, indented abbreviated fields, goals as text ----
FILES["unio_2021.pdf"] = dict(
    reporter="Unio", year=2021, via="reportlab",
    template="PDF drawn directly: numbered '1)' bold titles with hanging indent, then indented fields with "
             "abbreviated labels (Delmål:, Type:, Ansv.:, Samarb.:, Tid:, Om tiltaket:); most goals given "
             "only as (shortened) delmål text, no code",
    measures=[
        M("Rapport om kompetanseutvikling for sykepleiere og lærere etter pandemien", ["2.2"],
          g="Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
          ty="FoU", r="Unio", p="Ny Analyse", per="Januar–juni 2021",
          d="Rapporten belyser hvordan omleggingen til digital undervisning og nye oppgaver i "
            "helsetjenesten har endret kompetansebehovene i Unios yrkesgrupper."),
        M("Digitaliseringskonferanse for tillitsvalgte i Unio-forbundene", ["2.1"],
          g="Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
          ty="Arrangement", r="Unio", p="Medlemsforbundene", per="9. november 2021",
          d="Heldagskonferanse om tillitsvalgtes rolle når ny teknologi tas i bruk."),
        M("Kompetanse for kvalitet: deltakelse i partnerskapet for videreutdanning av lærere", ["1.4"],
          g="1.4 Samarbeid mellom utdanningstilbydere og arbeidslivet",
          ty="Råd/utvalg/nettverk", r="Utdanningsforbundet (Unio)", p="KD, KS, Udir",
          per="Løpende", d=None),
        M("Etter- og videreutdanning i spesialisthelsetjenesten – partssamarbeid med Spekter", ["2.2", "2.4"],
          g="Kunnskapsgrunnlaget om læring i arbeidslivet; kobling av kompetansebehov til EVU-tilbud",
          ty="Råd/utvalg/nettverk", r="Unio og Spekter", p="NSF, helseforetakene",
          per="2021–2022",
          d="Felles arbeidsgruppe som skal kartlegge behov for spesialutdanning og videreutdanning "
            "for sykepleiere."),
        M("Kurs for medlemmer gjennom studieforbund", ["3.6"],
          g="Flere finner læringsmotivasjon gjennom opplæring i frivillig sektor",
          ty="Kurs/utdanning", r="Unios forbund", p="Folkeuniversitetet", per="2021",
          d="Forbundene har brukt studieforbund til korte, kompetansehevende kurs for "
            "medlemmene."),
        M("Høringsinnspill til NOU 2019: 23 Ny opplæringslov", ["3.1"],
          g="Fleksibel opplæring på voksnes premisser",
          ty="Informasjon", r="Unio", p=None, per="Vår 2021", d=None),
    ],
)


# ---- 8. Akademikerne 2020: borderless table per measure, title in merged top row -----------------
FILES["akademikerne_2020.docx"] = dict(
    reporter="Akademikerne", year=2020,
    template="Word: one borderless two-column table per measure; the title alone in a merged, shaded top "
             "row (no label); then labels with colon (Delmål:, Type tiltak:, Ansvarlig:, "
             "Samarbeidspartnere:, Periode:, Beskrivelse:, Resultat:); titles with «…» quotes and colons",
    measures=[
        M("Forskningsrapport: «Etter- og videreutdanning for høyt utdannede under koronakrisen»", ["2.2"],
          g="2.2", ty="FoU", r="Akademikerne", p="Ny Analyse", per="Mai–oktober 2020",
          d="Rapporten viser at høyt utdannede har tatt mer nettbasert videreutdanning under "
            "pandemien, men at mange mangler tid og finansiering.",
          resultat="Rapport lansert 28. oktober 2020"),
        M("Innspill til kompetansereformen: «Lære hele livet» for akademikere", ["2.2", "2.4"],
          g="2.2 og 2.4", ty="Informasjon", r="Akademikerne", p="Medlemsforeningene",
          per="2020", d=None, resultat="Innspill sendt KD"),
        M("Tekna: nettkurs i maskinlæring og dataanalyse for medlemmer", ["2.1"],
          g="2.1", ty="Kurs/utdanning", r="Akademikerne/Tekna", p="NTNU", per="Høsten 2020",
          d="Fire nettbaserte kurs med til sammen over 1 500 deltakere.", resultat=None),
        M("Econa: karriereveiledning for medlemmer over 45 år", ["1.3"],
          g="1.3", ty="Kurs/utdanning", r="Akademikerne/Econa", p=None, per="2020–2021",
          d="Tilbud om individuelle veiledningssamtaler og webinarer om karriere i andre halvdel "
            "av arbeidslivet."),
        M("Samfunnsviterne: «Kompetanse og mulighetene til etter- og videreutdanning i offentlig sektor»",
          ["2.2", "2.4"], g="2.2, 2.4", ty="FoU", r="Akademikerne/Samfunnsviterne",
          p="Samfunnsøkonomisk analyse", per="2020", d=None, resultat="Rapport publisert"),
        M("Deltakelse i Råd for samarbeid med arbeidslivet (RSA) ved universitetene", ["1.4"],
          g="1.4", ty="Råd/utvalg/nettverk", r="Akademikerne", p="UH-institusjonene",
          per="Løpende",
          d="Akademikernes medlemsforeninger er representert i RSA ved flere universiteter og "
            "høyskoler."),
    ],
)


# ---- 9. Spekter 2021 (Word->PDF): list of points + one form per measure, auto numbers leak ---------
FILES["spekter_2021.pdf"] = dict(
    reporter="Spekter", year=2021, via="docx",
    template="Word→PDF: 'Rapporteringspunkter' auto-numbered list with 'Relasjon til NKPS tiltak nr …', "
             "then one form per measure with headings 1.–4. (Tiltak i NKPS / Ansvarlig og "
             "samarbeidspartnere / Beskrivelse / Tidspunkt og varighet); Word list numbering continues "
             "into the period answers (7., 8., …)",
    measures=[
        M("Arrangere «Møteplass lærebedrifter» 2021 som digitalt arrangement", ["1.4", "2.3"],
          g="Relasjon til NKPS tiltak nr. 4 og 7.", ty=None, r="Spekter",
          p="Medlemsvirksomhetene, Utdanningsdirektoratet",
          per="Gjennomført 4. mars 2021. Tiltaket gjennomføres årlig.",
          d=["Møteplassen samler medlemsvirksomheter som er eller ønsker å bli lærebedrifter.",
             "Tema i 2021 var hvordan lærlingene kan få god oppfølging når deler av opplæringen må "
             "skje digitalt."]),
        M("Felles arrangement med LO Stat under Arendalsuka 2021 om kompetanse i helseforetakene", ["2.2"],
          g="Relasjon til NKPS tiltak nr. 6.", r="Spekter og LO Stat", p=None,
          per="August 2021, én dag.",
          d="Arrangementet skal rette oppmerksomheten mot verdien av å fornye ansattes kompetanse."),
        M("Partssamarbeid om kompetanse og heltid i spesialisthelsetjenesten", ["2.2", "2.4"],
          g="Relasjon til NKPS tiltak nr. 6 og 8.", r="Spekter",
          p="LO Stat, Unio, YS Spekter, Akademikerne helse",
          per="Startet 2020, varighet tre år.",
          d="Partene har etablert en felles arbeidsgruppe som skal utvikle verktøy for "
            "kompetanseplanlegging i helseforetakene."),
        M("Dialog med fagskolene om fagskoleutdanning for helsefagarbeidere i sykehus", ["1.4", "2.3"],
          g="Relasjon til NKPS tiltak nr. 4 og 7.", r="Spekter", p="Fagskolene, Fagforbundet, Delta",
          per="Løpende fra 2019.", d=None),
        M("Arbeidsgivernettverk for HR-direktører i medlemsvirksomhetene", ["2.2"],
          g="Relasjon til NKPS tiltak nr. 6.", r="Spekter", p=None,
          per="Kvartalsvise møter, løpende.",
          d="Nettverket drøfter kompetansepolitiske og andre arbeidslivspolitiske spørsmål."),
        M("Konferanse om integrering og arbeidsinkludering i helseforetakene", ["3.4"],
          g="Relasjon til NKPS tiltak nr. 14.", r="Spekter", p="IMDi, NAV",
          per="Planlagt november 2021.",
          d="Konferansen skal gi kunnskap om støtteordninger og gode eksempler på integrering av "
            "innvandrere i arbeidslivet."),
    ],
)


# ---- 10. VOFO 2020: bold+underlined plain titles, plain labelled lines, goal inside one title ------
FILES["vofo_2020.docx"] = dict(
    reporter="VOFO", year=2020,
    template="Word: no headings; each title a bold underlined Normal paragraph (one with '(delmål 3.2)' "
             "inside the title and no Delmål line), then plain 'Label: value' lines, unlabeled description "
             "paragraphs and a trailing 'Tidsperiode:' line; intro, Oppsummering and signature",
    measures=[
        M("Kompetansepluss frivillighet – promotering overfor studieforbundene", ["3.2"],
          g="(delmål 3.2) in title", ty="Informasjon", r="VOFO", p="Studieforbundene, Kompetanse Norge",
          per="Hele 2020",
          d="VOFO har informert studieforbundene om ordningen og bistått med søknader, blant annet "
            "gjennom to digitale informasjonsmøter."),
        M("Digital omstilling i studieforbundene under koronapandemien", ["2.1", "3.6"],
          g="3.6 og 2.1", ty="Prosjekt", r="VOFO", p="Studieforbundene",
          per="Mars–desember 2020",
          d=["Kursarrangørene har lagt om store deler av virksomheten til nettbaserte kurs.",
             "VOFO har samlet erfaringer og delt gode eksempler."]),
        M("Forskningsprosjekt: Studieforbundene som læringsarena for voksne med svake grunnleggende "
          "ferdigheter", ["3.6"], g="3.6", ty="FoU", r="VOFO", p="NIFU",
          per="2020–2021", d=None),
        M("Norsktrening i frivilligheten", ["3.4", "3.6"], g="3.4 og 3.6",
          ty="Kurs/utdanning", r="Studieforbundene", p="Frivillighet Norge, IMDi",
          per="Løpende",
          d="Språkkafeer og samtalegrupper for innvandrere, delvis flyttet til nett i 2020."),
        M("Voksnes læringskonferanse 2020", ["3.6"], g="3.6",
          ty="Arrangement", r="VOFO", p=None, per="November 2020 (digital)",
          d="Årlig konferanse om voksnes læring i frivillig sektor."),
    ],
)


# ---- 11. Møre og Romsdal fylkeskommune 2021 (reportlab, Nynorsk, landscape matrix) ----------------
FILES["more_og_romsdal_fk_2021.pdf"] = dict(
    reporter="Møre og Romsdal fylkeskommune", year=2021, via="reportlab",
    template="PDF drawn directly, Nynorsk, landscape: one grid table Delmål|Tiltak|Type tiltak|Ansvarleg|"
             "Samarbeidspartnarar|Tidsrom; Delmål cell (code + Nynorsk short text) spanned over its rows; "
             "runs over pages with repeated header",
    measures=[
        M("Kompetansealliansen Møre og Romsdal – vidareføring og ny handlingsplan 2021–2022", ["1.2"],
          ty="Råd/utval/nettverk", r="Møre og Romsdal fylkeskommune",
          p="NHO, LO, KS, NAV, Statsforvaltaren, høgskulane, fagskulen", per="2019–2022"),
        M("Regional kompetansestrategi for Møre og Romsdal 2021–2024", ["1.2"],
          ty="Råd/utval/nettverk", r="Møre og Romsdal fylkeskommune", p="Kompetansealliansen",
          per="Vedteken juni 2021"),
        M("Karrieresenteret: karriererettleiing for permitterte og arbeidsledige", ["1.3"],
          ty="Rettleiing/informasjon", r="Karrieresenteret i Møre og Romsdal", p="NAV", per="2020–2021"),
        M("Y-veg og fagskuletilbod innan havbruk og maritime fag", ["1.4"],
          ty="Kurs/utdanning", r="Møre og Romsdal fylkeskommune", p="Fagskulen i Ålesund, NTNU, næringslivet",
          per="Frå hausten 2021"),
        M("Digitalt kompetanseløft for små og mellomstore bedrifter i distrikta", ["2.1"],
          ty="Prosjekt", r="Møre og Romsdal fylkeskommune", p="Innovasjon Norge, næringshagane",
          per="2021"),
        M("Tilskot til bedriftsintern opplæring (BIO) – ekstraordinær tildeling", ["2.4"],
          ty="Kurs/utdanning", r="Møre og Romsdal fylkeskommune", p="NAV, bedrifter", per="2020–2021"),
        M("Næringsretta fagskulemodul i automasjon", ["2.4"],
          ty="Kurs/utdanning", r="Fagskulen i Ålesund", p="Bedriftsnettverk på Sunnmøre", per="2021"),
        M("Fagbrev på jobb for vaksne tilsette i kommunane", ["3.1"],
          ty="Kurs/utdanning", r="Møre og Romsdal fylkeskommune", p="Kommunane, opplæringskontora",
          per="Løpande"),
        M("Modulstrukturert opplæring for vaksne i helsearbeidarfaget", ["3.1"],
          ty="Kurs/utdanning", r="Møre og Romsdal fylkeskommune", p="Vidaregåande skular, NAV",
          per="2020–2022"),
        M("Plan for opplæring og arbeidspraksis for innvandrarar – oppfølging", ["3.3"],
          ty="Kurs/utdanning", r="Møre og Romsdal fylkeskommune", p="Kommunane, IMDi",
          per="2021"),
        M("Karriererettleiing for deltakarar i introduksjonsprogrammet", ["3.4"],
          ty="Informasjon", r="Karrieresenteret i Møre og Romsdal", p="Kommunane", per="2021"),
        M("Samarbeidsavtale med NAV Møre og Romsdal om opplæring for arbeidssøkjarar", ["3.5"],
          ty="Råd/utval/nettverk", r="Møre og Romsdal fylkeskommune", p="NAV Møre og Romsdal",
          per="2020–2023"),
    ],
)


# ---- 12. Vestland fylkeskommune 2020 (Word, Nynorsk): "a)" headings + bordered label tables --------
FILES["vestland_fk_2020.docx"] = dict(
    reporter="Vestland fylkeskommune", year=2020,
    template="Word, Nynorsk: headings 'a) Title', 'b) …' each followed by a bordered two-column label table "
             "(Delmål i strategien / Type tiltak / Ansvarleg / Samarbeidspartnarar / Tidsrom / Skildring av "
             "tiltaket); goals as old numbers 'jf. tiltak 2 i strategien'",
    measures=[
        M("Kompetanseforum Vestland – etablering av eit nytt regionalt partnarskap", ["1.2"],
          g="jf. tiltak 2 i strategien", ty="Råd/utval/nettverk", r="Vestland fylkeskommune",
          p="NHO Vestland, LO i Vestland, KS, NAV Vestland, Statsforvaltaren, UiB, HVL",
          per="2020–2023",
          d="Forumet skal samordne arbeidet med kompetanse i den nye fylkeskommunen og utarbeide "
            "ein regional kompetansestrategi."),
        M("Karrieresenter Vestland: samanslåing av karrieresentra i Hordaland og Sogn og Fjordane", ["1.3"],
          g="jf. tiltak 3 i strategien", ty="Informasjon", r="Vestland fylkeskommune", p="NAV",
          per="2020",
          d=["Karrieresentra vart slått saman til eitt senter med fem avdelingar.",
             "Under pandemien vart rettleiing på telefon og video bygd ut."]),
        M("Opplæringstilbod som helsefagarbeidar for minoritetsspråklege («Sogn og Fjordane-modellen»)",
          ["3.4", "3.5"], g="jf. tiltak 14 og 15 i strategien", ty="Kurs/utdanning",
          r="Vestland fylkeskommune", p="NAV, kommunane", per="Løpande",
          d="Modellen kombinerer norskopplæring, fagopplæring og praksis og blir no tilbydd i heile "
            "fylket."),
        M("Tilskot til bedriftsintern opplæring og omstilling under koronapandemien", ["2.4"],
          g="jf. tiltak 8 i strategien", ty="Prosjekt", r="Vestland fylkeskommune",
          p="Innovasjon Norge, næringsorganisasjonane", per="April–desember 2020", d=None),
        M("Fagskulen Vestland: nye korte studium for permitterte", ["1.4", "3.3"],
          g="jf. tiltak 4 og 13 i strategien", ty="Kurs/utdanning", r="Fagskulen Vestland", p="NAV Vestland",
          per="Hausten 2020",
          d="Tolv korte nettbaserte studium innan mellom anna elektro, logistikk og helse."),
    ],
)


# ---- 13. ASD 2020 (Word->PDF): section numbers 2.1, 2.2 … as headings; borderless label table ------
FILES["asd_2020.pdf"] = dict(
    reporter="Arbeids- og sosialdepartementet", year=2020, via="docx",
    template="Word→PDF: numbered sections '1 Innledning', '2 Tiltak', measures as '2.1 Title', '2.2 Title' "
             "(section numbers, not delmål) each with a small borderless label table (Delmål / Tiltakstype / "
             "Ansvar / Samarbeid / Tidsperiode) followed by unlabeled description paragraphs; '3 Oppsummering'",
    measures=[
        M("Ny tiltaksforskrift: opplæring som arbeidsmarkedstiltak", ["3.3", "3.5"], g="3.3 og 3.5",
          ty="Kurs/utdanning", r="ASD", p="Arbeids- og velferdsdirektoratet", per="Fra 1. juli 2020",
          d=["Tiltakene arbeidsmarkedsopplæring (AMO), fag- og yrkesopplæring og høyere yrkesfaglig "
             "utdanning er slått sammen til opplæringstiltakene i tiltaksforskriften.",
             "Endringen gir NAV større mulighet til å gi opplæring som fører fram til fagbrev."]),
        M("Midlertidig utvidet adgang til opplæring for permitterte og ledige", ["3.3"], g="3.3",
          ty="Kurs/utdanning", r="ASD", p="KD, Arbeids- og velferdsetaten", per="Mars 2020–juni 2021",
          d="Permitterte og ledige kan ta utdanning og opplæring og samtidig beholde dagpengene."),
        M("Evaluering av fag- og yrkesopplæring i NAV", ["3.5"], g="3.5",
          ty="FoU", r="ASD", p="Fafo, Arbeids- og velferdsdirektoratet", per="2020–2022", d=None),
        M("IA-avtalen 2019–2022: kompetanse som virkemiddel for et inkluderende arbeidsliv", ["3.3"],
          g="3.3", ty="Råd/utvalg/nettverk", r="ASD", p="Partene i arbeidslivet",
          per="2019–2022",
          d="Partene og myndighetene har forpliktet seg til at også kompetansetiltak kan være "
            "nødvendige for at flere skal kunne stå i arbeid."),
        M("Kurs i grunnleggende ferdigheter og norsk for arbeidssøkere", ["3.5", "3.4"], g="3.5 (og 3.4)",
          ty="Kurs/utdanning", r="Arbeids- og velferdsetaten", p="Fylkeskommunene, kommunene",
          per="Løpende",
          d="Økt bruk av kurs i grunnleggende ferdigheter og norsk som del av AMO."),
        M("Kompetansebehovsutvalget – ASDs deltakelse", ["1.1"], g="1.1",
          ty="Råd/utvalg/nettverk", r="KD", p="ASD, KMD, partene", per="2017–2023", d=None),
    ],
)


# ---- 14. Vestfold og Telemark fylkeskommune 2021 (reportlab): rules-only table, title+desc cell ----
FILES["vestfold_telemark_fk_2021.pdf"] = dict(
    reporter="Vestfold og Telemark fylkeskommune", year=2021, via="reportlab",
    template="PDF drawn directly, portrait: one table with horizontal rules only; columns Nr | Tiltak "
             "(bold title + description in the same cell) | Delmål | Type | Ansvarlig | Partnere | Tidsrom; "
             "rows may split across the page break",
    measures=[
        M("Kompetanseforum Vestfold og Telemark – partnerskapsavtale 2021–2024", ["1.2"], g="1.2",
          ty="Råd/utvalg/ nettverk", r="VTFK", p="NHO, LO, KS, NAV, USN, Statsforvalteren",
          per="2021–2024",
          d="Partnerskapsavtalen ble signert i mars 2021 og forplikter partene til å samarbeide om "
            "regionens kompetansebehov."),
        M("Regional analyse: «Kompetansebehov i Vestfold og Telemark 2021»", ["1.2", "2.2"], g="1.2, 2.2",
          ty="FoU", r="VTFK", p="Telemarksforsking, NAV", per="Jan.–sept. 2021",
          d="Analyse av dagens og framtidens kompetansebehov i regionen, brukt som grunnlag for "
            "regional kompetansestrategi."),
        M("Karriere Vestfold og Telemark – veiledning for voksne i omstilling", ["1.3"], g="1.3",
          ty="Informasjon", r="Karriere Vestfold og Telemark", p="NAV, kommunene", per="Løpende",
          d="Gratis karriereveiledning for voksne, med egne tilbud til permitterte og ledige."),
        M("Hospitering for yrkesfaglærere i bedrift (Yrkesfagløftet)", ["1.4", "2.3"], g="1.4 og 2.3",
          ty="Kurs/utdanning", r="VTFK", p="Bedrifter, videregående skoler",
          per="Skoleåret 2021/22",
          d="Yrkesfaglærere får hospitere i bedrifter, og instruktører i lærebedrifter får "
            "hospitere i skolen."),
        M("Fagskolen Vestfold og Telemark: fleksible moduler i digital kompetanse for industrien",
          ["2.1", "2.4"], g="2.1/2.4", ty="Kurs/utdanning", r="Fagskolen Vestfold og Telemark",
          p="Industribedrifter i Grenland, Norsk Industri", per="Høsten 2021",
          d=["Nettbaserte moduler på 10 studiepoeng innen automasjon, IoT og datasikkerhet.",
             "Tilbudet er utviklet sammen med bedriftene og kan tas ved siden av full jobb.",
             "Første opptak hadde 64 studenter, flest fra prosessindustrien."]),
        M("Tilskudd til bedriftsintern opplæring (BIO) 2021", ["2.4"], g="2.4",
          ty="Prosjekt", r="VTFK", p="NAV Vestfold og Telemark", per="2021",
          d="Tilskudd til 41 bedrifter som gjennomfører opplæring for å unngå nedbemanning."),
        M("Praksiskandidater og fagbrev på jobb – styrket veiledning", ["3.1", "2.5"], g="3.1, 2.5",
          ty="Kurs/utdanning", r="VTFK", p="Opplæringskontorene", per="2021–2022",
          d="Veiledning om realkompetansevurdering og dokumentasjon av praksis for voksne som "
            "vil ta fagbrev."),
        M("Ungt Entreprenørskap i introduksjonsprogrammet", ["3.4"], g="3.4",
          ty="Prosjekt", r="VTFK", p="Ungt Entreprenørskap Vestfold og Telemark, kommunene",
          per="2021", d=None),
    ],
)


# ---- 15/16. Files without measures ------------------------------------------------------------
FILES["oversendelse_virke_2020.docx"] = dict(
    reporter="Virke", year=2020, measures=[],
    template="Word cover letter 'Oversendelse av rapport' with letterhead, references, body text and "
             "attachment list; no measures",
)
FILES["referat_kompetansepolitisk_rad_2021.pdf"] = dict(
    reporter="Kompetansepolitisk råd (sekretariatet, HK-dir)", year=2021, via="docx", measures=[],
    template="Word→PDF minutes of a council meeting: attendance list and numbered agenda 'Sak 1/21 …' with "
             "discussion, 'Oppfølging:'/'Ansvarlig:' lines; no measures",
)


# ---------------------------------------------------------------------------------------------
# Word helpers
# ---------------------------------------------------------------------------------------------

def new_doc(font="Calibri", size=11, heading_font=None, heading_color="000000"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rf.set(qn(a), font)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        hs = d.styles[name]
        hs.font.name = heading_font or font
        hs.font.color.rgb = RGBColor.from_string(heading_color)
        hrpr = hs.element.get_or_add_rPr()
        hrf = hrpr.find(qn("w:rFonts"))
        if hrf is None:
            hrf = OxmlElement("w:rFonts")
            hrpr.insert(0, hrf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            hrf.set(qn(a), heading_font or font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if hrf.get(qn(a)) is not None:
                del hrf.attrib[qn(a)]
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return d


def add_field(paragraph, instr, placeholder="1"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def header_footer(doc, header=None, footer=None, page="Side {PAGE} av {NUMPAGES}", size=8):
    for sec in doc.sections:
        if header:
            hp = sec.header.paragraphs[0]
            hp.text = ""
            run = hp.add_run(header)
            run.font.size = Pt(size)
            hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp = sec.footer.paragraphs[0]
        fp.text = ""
        if footer:
            r = fp.add_run(footer + "    ")
            r.font.size = Pt(size)
        if page:
            for part in re.split(r"(\{PAGE\}|\{NUMPAGES\})", page):
                if part == "{PAGE}":
                    add_field(fp, "PAGE")
                elif part == "{NUMPAGES}":
                    add_field(fp, "NUMPAGES")
                elif part:
                    r = fp.add_run(part)
                    r.font.size = Pt(size)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


_TBLPR_ORDER = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
                "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
                "shd", "tblLayout", "tblCellMar", "tblLook"]


def _tblpr_set(tbl, el):
    tblPr = tbl._tbl.tblPr
    tag = el.tag.split("}")[1]
    old = tblPr.find(qn("w:" + tag))
    if old is not None:
        tblPr.remove(old)
    idx = _TBLPR_ORDER.index(tag)
    for i, child in enumerate(list(tblPr)):
        ctag = child.tag.split("}")[1]
        if ctag in _TBLPR_ORDER and _TBLPR_ORDER.index(ctag) > idx:
            child.addprevious(el)
            return
    tblPr.append(el)


def table_borders(tbl, val="single", sz=4, color="000000", inside_v=True, inside_h=True, outer=True):
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        v = val
        if edge == "insideV" and not inside_v:
            v = "nil"
        if edge == "insideH" and not inside_h:
            v = "nil"
        if edge in ("top", "left", "bottom", "right") and not outer:
            v = "nil"
        if edge in ("left", "right") and outer == "tb":
            v = "nil"
        e.set(qn("w:val"), v)
        if v not in ("nil", "none"):
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), color)
        b.append(e)
    _tblpr_set(tbl, b)


def table_fixed(tbl, widths_cm):
    tbl.autofit = False
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    _tblpr_set(tbl, lay)
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    s = OxmlElement("w:shd")
    s.set(qn("w:val"), "clear")
    s.set(qn("w:color"), "auto")
    s.set(qn("w:fill"), fill)
    tcPr.append(s)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    e = OxmlElement("w:tblHeader")
    e.set(qn("w:val"), "true")
    trPr.append(e)


def cell_text(cell, text, bold=False, size=None, italic=False, align=None):
    """Fill a cell; text may be a str or list of paragraphs."""
    items = paras(text) if text is not None else [""]
    first = True
    for t in items:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(t)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
    return cell


def para(doc, text="", bold=False, size=None, style=None, italic=False, underline=False,
         align=None, space_after=None, indent=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.underline = underline
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def runin(doc, label, value, size=None, indent=None, space_after=2, label_bold=True):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = label_bold
    r2 = p.add_run(value)
    if size:
        r.font.size = Pt(size)
        r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def set_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)


# ---------------------------------------------------------------------------------------------
# Word renderers (one template per file)
# ---------------------------------------------------------------------------------------------

def render_kd(path, spec):
    doc = new_doc("Times New Roman", 10, heading_font="Arial")
    set_landscape(doc.sections[0])
    doc.sections[0].left_margin = doc.sections[0].right_margin = Cm(1.8)
    header_footer(doc, header="Kunnskapsdepartementet – rapportering til Kompetansepolitisk råd 2021",
                  footer="Saksnr. 21/3817", page="{PAGE}")
    doc.add_heading("Regjeringens oppfølging av Nasjonal kompetansepolitisk strategi 2017–2021", level=1)
    para(doc, "Rapportering for 2021", italic=True, size=12)
    para(doc, "Kunnskapsdepartementet rapporterer på vegne av regjeringen. Oversikten under viser tiltak "
              "i 2021 fordelt på strategiens delmål. Tiltak som ble rapportert i 2020 og som videreføres "
              "uten vesentlige endringer, er ikke tatt med på nytt. Departementene har gitt innspill "
              "til oversikten.")
    para(doc, "Strategiperioden utløper ved utgangen av 2021. En evaluering av samarbeidet i "
              "Kompetansepolitisk råd vil bli lagt fram i 2022.")
    cols = ["Delmål", "Tiltak", "Kort beskrivelse", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
            "Periode"]
    widths = [3.6, 5.2, 6.4, 2.6, 2.0, 3.8, 2.5]
    ms = spec["measures"]
    t = doc.add_table(rows=1 + len(ms), cols=len(cols))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, bold=True, size=9)
        shade(t.rows[0].cells[i], "BDD7EE")
    repeat_header(t.rows[0])
    # group rows by first delmål
    groups = []
    for i, m in enumerate(ms):
        if groups and groups[-1][0] == m["dm"][0]:
            groups[-1][1].append(i)
        else:
            groups.append((m["dm"][0], [i]))
    for i, m in enumerate(ms):
        row = t.rows[1 + i].cells
        cell_text(row[1], m["t"], size=9)
        cell_text(row[2], m["d"] if m["d"] else "", size=9)
        cell_text(row[3], m["ty"], size=9)
        cell_text(row[4], m["r"], size=9)
        cell_text(row[5], m["p"], size=9)
        cell_text(row[6], m["per"], size=9)
    for code, idx in groups:
        top = t.rows[1 + idx[0]].cells[0]
        if len(idx) > 1:
            top = top.merge(t.rows[1 + idx[-1]].cells[0])
        p = top.paragraphs[0]
        r = p.add_run(code + " ")
        r.bold = True
        r.font.size = Pt(9)
        r2 = p.add_run(DELMAL_SHORT[code])
        r2.font.size = Pt(8)
    table_fixed(t, widths)
    para(doc, "")
    para(doc, "Kunnskapsdepartementet, 10. desember 2021", italic=True)
    doc.save(path)


def render_lo(path, spec):
    doc = new_doc("Arial", 10)
    header_footer(doc, header="LO – Landsorganisasjonen i Norge", page="Side {PAGE} av {NUMPAGES}")
    para(doc, "LOs rapportering 2020", bold=True, size=18, space_after=2)
    para(doc, "Oppfølging av Nasjonal kompetansepolitisk strategi", size=13, space_after=12)
    doc.add_heading("Innledning", level=2)
    para(doc, "2020 ble et år preget av koronapandemien. Mange av LOs medlemmer ble permittert, og "
              "behovet for opplæring for permitterte og ledige kom høyt på dagsorden. Nedenfor følger "
              "skjema for hvert av tiltakene LO rapporterer for 2020. Tiltakene er gjennomført av LO "
              "sentralt eller av forbundene.")
    labels = [("Navn på tiltak", "t"), ("Relasjon til delmål", "g"), ("Type tiltak", "ty"),
              ("Ansvarlig", "r"), ("Samarbeidspartnere", "p"), ("Beskrivelse", "d"),
              ("Tidspunkt og varighet", "per")]
    for n, m in enumerate(spec["measures"], 1):
        t = doc.add_table(rows=1 + len(labels), cols=2)
        t.style = doc.styles["Table Grid"]
        hdr = t.rows[0].cells[0].merge(t.rows[0].cells[1])
        cell_text(hdr, f"Tiltak nr. {n}", bold=True)
        shade(hdr, "FFE0E0")
        for i, (lab, key) in enumerate(labels, 1):
            cell_text(t.rows[i].cells[0], lab, bold=True)
            val = m[key]
            cell_text(t.rows[i].cells[1], val if val is not None else "")
        table_fixed(t, [4.2, 12.4])
        para(doc, "", space_after=6)
    doc.add_heading("Oppsummering", level=2)
    para(doc, "LO vil i 2021 særlig prioritere oppfølgingen av kompetansereformen og bransjeprogrammene, "
              "og arbeide for at flere voksne får mulighet til å ta fagbrev.")
    para(doc, "Oslo, 14. desember 2020")
    para(doc, "Med vennlig hilsen", space_after=18)
    para(doc, "Trude Haugli", space_after=0)
    para(doc, "rådgiver, LOs avdeling for samfunnspolitikk")
    doc.save(path)


def render_nho(path, spec):
    doc = new_doc("Calibri", 11, heading_color="1F3864")
    header_footer(doc, footer="NHO – Næringslivets Hovedorganisasjon", page="{PAGE}")
    doc.add_heading("Rapportering til Kompetansepolitisk råd – NHO 2021", level=0)
    para(doc, "Innledning", bold=True, size=13)
    para(doc, "NHO rapporterer her tiltak som NHO, regionkontorene og landsforeningene har gjennomført "
              "eller startet i 2021. Tiltakene er ordnet etter strategiens tre hovedinnsatsområder. "
              "DM viser til delmål i strategien.")
    it = iter(spec["measures"])
    n = 0
    for area, count in spec["areas"]:
        doc.add_heading(area, level=1)
        for _ in range(count):
            m = next(it)
            n += 1
            doc.add_heading(f"{n}. {m['t']}", level=2)
            runin(doc, "Delmål:", m["g"])
            if m["ty"]:
                runin(doc, "Type tiltak:", m["ty"])
            runin(doc, "Ansvarlig:", m["r"])
            if m["p"]:
                runin(doc, "Samarbeidspartnere:", m["p"])
            if m["per"]:
                runin(doc, "Periode:", m["per"], space_after=6)
            for ptxt in paras(m["d"]):
                para(doc, ptxt, space_after=6)
    doc.add_heading("Avslutning", level=1)
    para(doc, "NHO vil fortsette å prioritere fag- og yrkesopplæringen og arbeidet med "
              "kompetansereformen. Spørsmål om rapporten kan rettes til NHOs kompetanseavdeling.")
    para(doc, "Oslo, 1. desember 2021")
    doc.save(path)


def render_ys(path, spec):
    doc = new_doc("Cambria", 11, heading_font="Calibri", heading_color="C00000")
    header_footer(doc, header="YS | Rapport NKPS 2021", page="{PAGE}")
    doc.add_heading("YS – rapportering av tiltak 2021", level=1)
    para(doc, "Nasjonal kompetansepolitisk strategi 2017–2021", italic=True)
    para(doc, "YS har i 2021 arbeidet med kompetanse gjennom egne tiltak og gjennom forbundene. Under "
              "følger en beskrivelse av fem tiltak. Relasjonen til strategien er oppgitt med "
              "nummereringen av tiltakene i NKPS.")
    fields = [("Relasjon til NKPS", "g"), ("Type tiltak", "ty"), ("Ansvarlig", "r"),
              ("Samarbeidspartnere", "p"), ("Beskrivelse", "d"), ("Tidsperiode", "per")]
    for n, m in enumerate(spec["measures"], 1):
        doc.add_heading(f"Tiltak {n}: {m['t']}", level=2)
        for lab, key in fields:
            if m[key] is None:
                continue
            para(doc, lab, bold=True, space_after=0)
            for ptxt in paras(m[key]):
                para(doc, ptxt, space_after=6)
    para(doc, "")
    para(doc, "Oslo, desember 2021", space_after=0)
    para(doc, "Yrkesorganisasjonenes Sentralforbund YS")
    doc.save(path)


def render_virke(path, spec):
    doc = new_doc("Arial", 9)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.1)
    header_footer(doc, header="Virke – Hovedorganisasjonen for virksomheter i handel og tjenesteyting",
                  page="{PAGE}")
    para(doc, "Virkes rapportering til Kompetansepolitisk råd for 2020", bold=True, size=15)
    para(doc, "Virke har i 2020 gjennomført og deltatt i flere tiltak som følger opp Nasjonal "
              "kompetansepolitisk strategi. Koronapandemien har preget arbeidet, og flere tiltak er lagt "
              "om til digitale formater. Tabellen under gir en oversikt over tiltakene. Kolonnen «Delmål» "
              "viser til strategiens delmål (DM).", size=10)
    para(doc, "Handels- og tjenestenæringene har vært blant de hardest rammede under pandemien. Samtidig "
              "har digitaliseringen skutt fart, og behovet for kompetanse i netthandel og digitale "
              "tjenester har økt. Virke mener at arbeidsplassen må anerkjennes som en likeverdig arena for "
              "læring, og at realkompetanse må dokumenteres og verdsettes.", size=10)
    para(doc, "Virke har i 2020 prioritert tre områder: kompetanse for permitterte og ansatte i handelen, "
              "dokumentasjon av kompetanse ervervet i arbeidslivet, og rekruttering av lærlinger.",
         size=10)
    para(doc, "Flere av tiltakene er gjennomført sammen med Handel og Kontor, som er Virkes motpart i "
              "handelen, og med de andre hovedorganisasjonene. Tiltak der Virke kun har deltatt i møter, er "
              "ikke tatt med. Virke rapporterer i tillegg på tiltak i ideell sektor (HUK-området).", size=10)
    cols = ["Tiltak", "Kort beskrivelse", "Delmål", "Ansvarlig", "Samarbeids­partnere", "Type tiltak",
            "Status pr. des. 2020"]
    widths = [3.4, 3.9, 1.5, 2.0, 3.5, 2.2, 2.3]
    ms = spec["measures"]
    t = doc.add_table(rows=1 + len(ms), cols=len(cols))
    t.style = doc.styles["Table Grid"]
    for i, c in enumerate(cols):
        cell_text(t.rows[0].cells[i], c, bold=True, size=8.5)
        shade(t.rows[0].cells[i], "E2EFD9")
    for i, m in enumerate(ms, 1):
        c = t.rows[i].cells
        cell_text(c[0], m["t"], size=8.5)
        cell_text(c[1], m["d"] or "", size=8.5)
        cell_text(c[2], m["g"], size=8.5)
        cell_text(c[3], m["r"], size=8.5)
        cell_text(c[4], m["p"] or "", size=8.5)
        cell_text(c[5], m["ty"] or "", size=8.5)
        cell_text(c[6], m["extra"].get("status") or "", size=8.5)
    table_fixed(t, widths)
    para(doc, "")
    para(doc, "Oslo, 15. desember 2020", size=10, space_after=0)
    para(doc, "Virke, avdeling for kompetansepolitikk", size=10)
    doc.save(path)


def render_akademikerne(path, spec):
    doc = new_doc("Georgia", 10.5, heading_font="Georgia", heading_color="2E5E4E")
    header_footer(doc, header="AKADEMIKERNE", footer="Rapportering NKPS 2020", page="side {PAGE}")
    doc.add_heading("Akademikernes rapport til Kompetansepolitisk råd 2020", level=1)
    para(doc, "Akademikerne organiserer 13 foreninger med over 200 000 medlemmer. Rapporten omfatter "
              "tiltak i regi av Akademikerne sentralt og medlemsforeningene. For hvert tiltak er relasjonen "
              "til strategiens delmål oppgitt.")
    labels = [("Delmål:", "g"), ("Type tiltak:", "ty"), ("Ansvarlig:", "r"),
              ("Samarbeidspartnere:", "p"), ("Periode:", "per"), ("Beskrivelse:", "d")]
    for m in spec["measures"]:
        rows = [(lab, m[k]) for lab, k in labels if m[k] is not None]
        if m["extra"].get("resultat"):
            rows.append(("Resultat:", m["extra"]["resultat"]))
        t = doc.add_table(rows=1 + len(rows), cols=2)
        table_borders(t, val="nil")
        top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
        cell_text(top, m["t"], bold=True, size=11)
        shade(top, "DCEBE5")
        for i, (lab, val) in enumerate(rows, 1):
            cell_text(t.rows[i].cells[0], lab, italic=True)
            cell_text(t.rows[i].cells[1], val)
        table_fixed(t, [4.6, 12.0])
        para(doc, "", space_after=8)
    para(doc, "Akademikerne, 18. desember 2020", italic=True)
    doc.save(path)


def render_spekter(path, spec):
    doc = new_doc("Calibri", 11)
    header_footer(doc, header="Spekter", page="{PAGE}")
    para(doc, "Spekters rapportering på Nasjonal kompetansepolitisk strategi 2021", bold=True, size=16)
    para(doc, "Spekter rapporterer her på tiltak gjennomført i 2021. Rapporten følger malen fra tidligere "
              "år, med et skjema for hvert rapporteringspunkt.")
    para(doc, "Rapporteringspunkter:", bold=True)
    for m in spec["measures"]:
        para(doc, m["t"], style="List Number", space_after=0)
        para(doc, m["g"], indent=1.27, space_after=8)
    heads = ["1. Tiltak i Nasjonal kompetansepolitisk strategi", "2. Ansvarlig og samarbeidspartnere",
             "3. Beskrivelse av tiltaket (maks en halv side)", "4. Tidspunkt og varighet"]
    for m in spec["measures"]:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(doc, heads[0], bold=True, space_after=6)
        para(doc, m["t"], indent=0.6, space_after=2)
        para(doc, m["g"], indent=0.6, space_after=10)
        para(doc, heads[1], bold=True, space_after=6)
        para(doc, "Ansvarlig: " + m["r"], indent=0.6, space_after=2)
        if m["p"]:
            para(doc, "Samarbeidspartnere: " + m["p"], indent=0.6, space_after=2)
        para(doc, "", space_after=4)
        para(doc, heads[2], bold=True, space_after=6)
        if m["d"]:
            for ptxt in paras(m["d"]):
                para(doc, ptxt, indent=0.6, space_after=4)
        else:
            para(doc, "", indent=0.6)
        para(doc, heads[3], bold=True, space_after=6)
        # Word list numbering continues from the list above and leaks into the answer
        para(doc, m["per"], style="List Number")
    doc.save(path)


def render_vofo(path, spec):
    doc = new_doc("Verdana", 10)
    header_footer(doc, header="VOFO – Voksenopplæringsforbundet", page="Side {PAGE}")
    para(doc, "Rapport fra VOFO 2020", bold=True, size=16)
    para(doc, "Oppfølging av Nasjonal kompetansepolitisk strategi", size=12, space_after=12)
    para(doc, "Innledning", bold=True, size=12)
    para(doc, "VOFO representerer frivillig sektor i Kompetansepolitisk råd. Studieforbundene har i 2020 "
              "hatt et krevende år med nedstengning, men har lagt om mye av virksomheten til digitale kurs. "
              "Under beskrives de viktigste tiltakene.")
    for m in spec["measures"]:
        title = m["t"]
        if m["g"] and "in title" in m["g"]:
            title = title + " " + m["g"].replace(" in title", "")
        para(doc, title, bold=True, underline=True, space_after=4)
        if m["g"] and "in title" not in m["g"]:
            runin(doc, "Delmål:", m["g"], label_bold=False)
        if m["ty"]:
            runin(doc, "Type tiltak:", m["ty"], label_bold=False)
        runin(doc, "Ansvarlig:", m["r"], label_bold=False)
        if m["p"]:
            runin(doc, "Samarbeidspartnere:", m["p"], label_bold=False)
        for ptxt in paras(m["d"]):
            para(doc, ptxt, space_after=4)
        runin(doc, "Tidsperiode:", m["per"], label_bold=False, space_after=14)
    para(doc, "Oppsummering", bold=True, size=12)
    para(doc, "Frivillig sektor er en viktig arena for voksnes læring. VOFO ber rådet merke seg at "
              "studieforbundene trenger forutsigbare rammer for å nå voksne med svake grunnleggende "
              "ferdigheter.")
    para(doc, "Med vennlig hilsen", space_after=14)
    para(doc, "Voksenopplæringsforbundet", space_after=0)
    para(doc, "Generalsekretær")
    doc.save(path)


def render_vestland(path, spec):
    doc = new_doc("Calibri", 11, heading_color="00507D")
    header_footer(doc, header="Vestland fylkeskommune", footer="Rapportering NKPS 2020",
                  page="Side {PAGE} av {NUMPAGES}")
    doc.add_heading("Vestland fylkeskommune – rapportering av tiltak 2020", level=1)
    para(doc, "Nasjonal kompetansepolitisk strategi", italic=True)
    doc.add_heading("Innleiing", level=2)
    para(doc, "Vestland fylkeskommune vart skipa 1. januar 2020 ved samanslåing av Hordaland og Sogn og "
              "Fjordane. Fylkeskommunen har fått ei sterkare kompetansepolitisk rolle gjennom "
              "regionreforma. Nedanfor er dei viktigaste tiltaka i 2020 omtala. Tilvisingane til "
              "strategien følgjer nummereringa av tiltak i strategien.")
    doc.add_heading("Tiltak", level=2)
    labels = [("Delmål i strategien", "g"), ("Type tiltak", "ty"), ("Ansvarleg", "r"),
              ("Samarbeidspartnarar", "p"), ("Tidsrom", "per"), ("Skildring av tiltaket", "d")]
    for n, m in enumerate(spec["measures"]):
        doc.add_heading(f"{'abcdefghij'[n]}) {m['t']}", level=3)
        t = doc.add_table(rows=len(labels), cols=2)
        t.style = doc.styles["Table Grid"]
        for i, (lab, key) in enumerate(labels):
            cell_text(t.rows[i].cells[0], lab, bold=True, size=10)
            shade(t.rows[i].cells[0], "F2F2F2")
            cell_text(t.rows[i].cells[1], m[key] if m[key] is not None else "", size=10)
        table_fixed(t, [4.5, 12.1])
        para(doc, "")
    doc.add_heading("Avslutning", level=2)
    para(doc, "Fylkeskommunen vil i 2021 leggje fram ein regional kompetansestrategi i samarbeid med "
              "Kompetanseforum Vestland.")
    para(doc, "Bergen, 11. desember 2020", space_after=0)
    para(doc, "Avdeling for opplæring og kompetanse")
    doc.save(path)


def render_asd(path, spec):
    doc = new_doc("Times New Roman", 12, heading_font="Arial")
    header_footer(doc, header="Arbeids- og sosialdepartementet", page="{PAGE}")
    para(doc, "Arbeids- og sosialdepartementet", size=10, space_after=0)
    para(doc, "Rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2020", bold=True, size=16,
         space_after=12)
    doc.add_heading("1 Innledning", level=1)
    para(doc, "Arbeids- og sosialdepartementet (ASD) har ansvar for arbeidsmarkedspolitikken og for NAVs "
              "opplæringstilbud. Koronapandemien har gitt høy ledighet og mange permitterte i 2020, og "
              "flere av tiltakene under er innført som del av krisetiltakene.")
    doc.add_heading("2 Tiltak", level=1)
    labels = [("Delmål", "g"), ("Tiltakstype", "ty"), ("Ansvar", "r"), ("Samarbeid", "p"),
              ("Tidsperiode", "per")]
    for n, m in enumerate(spec["measures"], 1):
        doc.add_heading(f"2.{n} {m['t']}", level=2)
        rows = [(lab, m[k]) for lab, k in labels if m[k] is not None]
        t = doc.add_table(rows=len(rows), cols=2)
        table_borders(t, val="nil")
        for i, (lab, val) in enumerate(rows):
            cell_text(t.rows[i].cells[0], lab, italic=True, size=11)
            cell_text(t.rows[i].cells[1], val, size=11)
        table_fixed(t, [3.2, 13.4])
        for ptxt in paras(m["d"]):
            para(doc, ptxt, space_after=6)
        para(doc, "", space_after=2)
    doc.add_heading("3 Oppsummering", level=1)
    para(doc, "ASD vil i 2021 videreføre de midlertidige ordningene så lenge situasjonen på "
              "arbeidsmarkedet krever det, og følge opp evalueringene av opplæringstiltakene.")
    doc.save(path)


def render_oversendelse(path, spec):
    doc = new_doc("Arial", 10.5)
    p = para(doc, "Virke", bold=True, size=20, space_after=0)
    para(doc, "Hovedorganisasjonen Virke · Postboks 2900 Solli · 0230 Oslo", size=8, space_after=18)
    for line in ["Kompetanse Norge", "v/ sekretariatet for Kompetansepolitisk råd", "Postboks 236",
                 "0103 Oslo"]:
        para(doc, line, space_after=0)
    para(doc, "")
    t = doc.add_table(rows=2, cols=3)
    table_borders(t, val="nil")
    for i, (a, b) in enumerate([("Deres ref.:", "20/01122"), ("Vår ref.:", "2020/0457 KH")]):
        cell_text(t.rows[0].cells[i], a, size=8)
        cell_text(t.rows[1].cells[i], b)
    cell_text(t.rows[0].cells[2], "Dato:", size=8)
    cell_text(t.rows[1].cells[2], "15.12.2020")
    para(doc, "")
    para(doc, "Oversendelse av rapport – oppfølging av Nasjonal kompetansepolitisk strategi 2020",
         bold=True, size=12)
    para(doc, "Vi viser til brev fra Kompetanse Norge av 2. oktober 2020 med invitasjon til å rapportere "
              "tiltak for 2020.")
    para(doc, "Vedlagt følger Virkes rapportering. Rapporten inneholder en tabell over ti tiltak, med "
              "beskrivelse, delmål, ansvarlig og samarbeidspartnere for hvert tiltak. Flere av tiltakene "
              "er gjennomført i samarbeid med Handel og Kontor og de andre partene i arbeidslivet.")
    para(doc, "Vi gjør oppmerksom på at tiltaket om arbeidspraksis for innvandrere er utsatt til 2021 "
              "på grunn av smittevernsituasjonen. Vi ber om at rapporten publiseres i sin helhet på "
              "kompetansenorge.no.")
    para(doc, "Ta gjerne kontakt dersom noe er uklart.")
    para(doc, "")
    para(doc, "Med vennlig hilsen", space_after=0)
    para(doc, "Virke", space_after=20)
    t2 = doc.add_table(rows=2, cols=2)
    table_borders(t2, val="nil")
    cell_text(t2.rows[0].cells[0], "Kari Hovland")
    cell_text(t2.rows[0].cells[1], "Ole Martin Sæther")
    cell_text(t2.rows[1].cells[0], "direktør, kompetanse og arbeidsliv", size=9)
    cell_text(t2.rows[1].cells[1], "fagsjef", size=9)
    para(doc, "")
    para(doc, "Dokumentet er godkjent elektronisk og har derfor ingen håndskrevne signaturer.",
         italic=True, size=8)
    para(doc, "Vedlegg:", bold=True, space_after=0)
    para(doc, "Virkes rapportering til Kompetansepolitisk råd for 2020 (PDF)", style="List Number")
    para(doc, "Rapporten «Balansekunst» (2018), til orientering", style="List Number")
    para(doc, "Kopi: Handel og Kontor i Norge", size=9)
    doc.save(path)


def render_referat(path, spec):
    doc = new_doc("Calibri", 11)
    header_footer(doc, header="Kompetansepolitisk råd – referat", page="Side {PAGE} av {NUMPAGES}")
    para(doc, "Referat fra møte i Kompetansepolitisk råd", bold=True, size=16, space_after=4)
    t = doc.add_table(rows=4, cols=2)
    table_borders(t, val="nil")
    info = [("Dato:", "9. mars 2021, kl. 12.00–15.00"), ("Sted:", "Digitalt møte (Teams)"),
            ("Til stede:", "KD (leder), ASD, KMD, NFD, LO, NHO, KS, YS, Unio, Virke, Akademikerne, "
                           "Spekter, VOFO, Vestland fylkeskommune"),
            ("Referent:", "Sekretariatet (Kompetanse Norge)")]
    for i, (a, b) in enumerate(info):
        cell_text(t.rows[i].cells[0], a, bold=True)
        cell_text(t.rows[i].cells[1], b)
    table_fixed(t, [3.0, 13.6])
    para(doc, "")
    para(doc, "Dagsorden", bold=True, size=13)
    saker = [
        ("Sak 1/21 Godkjenning av innkalling og dagsorden",
         ["Innkalling og dagsorden ble godkjent uten merknader."], None),
        ("Sak 2/21 Referat fra møtet 24. november 2020",
         ["Referatet ble godkjent."], None),
        ("Sak 3/21 Oppsummering av rapporterte tiltak for 2020",
         ["Sekretariatet presenterte oppsummeringen av medlemmenes rapportering for 2020. Det er "
          "rapportert 131 tiltak, flest innenfor hovedinnsatsområde 2 Læring i arbeidslivet. "
          "Mange tiltak gjelder opplæring for permitterte og ledige under pandemien.",
          "Rådet drøftet at rapportene fortsatt er svært ulike i form og omfang, og at det er "
          "vanskelig å sammenligne tiltakene."],
         [("Oppfølging:", "Sekretariatet lager forslag til felles rapporteringsmal."),
          ("Ansvarlig:", "Sekretariatet"), ("Frist:", "Neste møte")]),
        ("Sak 4/21 Evaluering av strategien og veien videre etter 2021",
         ["KD orienterte om planene for evaluering av strategien. Partene understreket at samarbeidet "
          "i rådet bør videreføres etter strategiperioden."],
         [("Oppfølging:", "KD legger fram et notat om mandat for evalueringen."),
          ("Ansvarlig:", "KD")]),
        ("Sak 5/21 Kompetansebehovsutvalget – orientering",
         ["Utvalgets leder orienterte om arbeidet med temarapporten om kompetansebehov etter "
          "pandemien, som skal leveres høsten 2021."], None),
        ("Sak 6/21 Eventuelt",
         ["Ingen saker under eventuelt. Neste møte avholdes 8. juni 2021."], None),
    ]
    for head, body, actions in saker:
        para(doc, head, bold=True, space_after=2)
        for b in body:
            para(doc, b, space_after=4)
        if actions:
            for a, b in actions:
                runin(doc, a, b, indent=0.8, space_after=1)
        para(doc, "", space_after=4)
    para(doc, "Referatet er godkjent av rådets leder.", italic=True)
    doc.save(path)


# ---------------------------------------------------------------------------------------------
# reportlab renderers (PDFs drawn directly)
# ---------------------------------------------------------------------------------------------

def _rl():
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (HRFlowable, KeepTogether, Paragraph, SimpleDocTemplate, Spacer,
                                    Table, TableStyle)
    from reportlab.lib.fonts import addMapping
    fontdir = "/usr/share/fonts/truetype"
    fams = {
        "Carlito": ("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf",
                    "crosextra/Carlito-Italic.ttf", "crosextra/Carlito-BoldItalic.ttf"),
        "LibSans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf",
                    "liberation2/LiberationSans-Italic.ttf", "liberation2/LiberationSans-BoldItalic.ttf"),
        "LibSerif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf",
                     "liberation2/LiberationSerif-Italic.ttf", "liberation2/LiberationSerif-BoldItalic.ttf"),
    }
    for fam, files in fams.items():
        names = [fam, fam + "-B", fam + "-I", fam + "-BI"]
        for n, f in zip(names, files):
            try:
                pdfmetrics.getFont(n)
            except KeyError:
                pdfmetrics.registerFont(TTFont(n, os.path.join(fontdir, f)))
        addMapping(fam, 0, 0, names[0])
        addMapping(fam, 1, 0, names[1])
        addMapping(fam, 0, 1, names[2])
        addMapping(fam, 1, 1, names[3])
    return dict(colors=colors, A4=A4, landscape=landscape, PS=ParagraphStyle, cm=cm, HR=HRFlowable,
                KT=KeepTogether, P=Paragraph, Doc=SimpleDocTemplate, Sp=Spacer, T=Table, TS=TableStyle)


def X(s):
    return escape(s) if s else ""


def render_ks(path, spec):
    R = _rl()
    cm, P, PS = R["cm"], R["P"], R["PS"]
    base = PS("b", fontName="Carlito", fontSize=10.5, leading=13.5)
    lab = PS("l", parent=base, textColor=R["colors"].HexColor("#5A5A5A"))
    val = PS("v", parent=base)
    tit = PS("t", parent=base, fontName="Carlito-B", fontSize=12, leading=15)
    h1 = PS("h1", parent=base, fontName="Carlito-B", fontSize=18, leading=22, spaceAfter=6,
            textColor=R["colors"].HexColor("#00664F"))
    h2 = PS("h2", parent=base, fontName="Carlito-B", fontSize=13, leading=16, spaceBefore=8, spaceAfter=4)

    def deco(c, d):
        c.saveState()
        c.setFont("Carlito", 8.5)
        c.setFillColor(R["colors"].HexColor("#00664F"))
        c.drawString(2 * cm, 28.6 * cm, "KS  |  Rapportering til Kompetansepolitisk råd 2020")
        c.setStrokeColor(R["colors"].HexColor("#00664F"))
        c.line(2 * cm, 28.4 * cm, 19 * cm, 28.4 * cm)
        c.setFillColor(R["colors"].black)
        c.drawRightString(19 * cm, 1.3 * cm, "Side %d" % d.page)
        c.restoreState()

    doc = R["Doc"](path, pagesize=R["A4"], leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm,
                   bottomMargin=2 * cm, title="KS rapportering 2020", author="KS")
    story = [P("KS' oppfølging av Nasjonal kompetansepolitisk strategi – 2020", h1),
             P("KS er kommunesektorens organisasjon og rapporterer her tiltak i egen regi og i samarbeid "
               "med andre. Tiltakene er beskrevet i et fast oppsett. Status er oppgitt per desember 2020.",
               base),
             P("Tiltak 2020", h2)]
    fields = [("Delmål", "g"), ("Type", "ty"), ("Ansvarlig", "r"), ("Partners", "p"), ("Timeline", "per"),
              ("Beskrivelse", "d")]
    for m in spec["measures"]:
        rows = [[P("Tiltak", lab), P(X(m["t"]), tit)]]
        for lb, k in fields:
            if m[k] is None:
                continue
            rows.append([P(lb, lab), P(X(desc_text(m[k]) if k == "d" else m[k]), val)])
        if m["extra"].get("status"):
            rows.append([P("Status", lab), P(X(m["extra"]["status"]), val)])
        t = R["T"](rows, colWidths=[3.2 * cm, 13.8 * cm])
        t.setStyle(R["TS"]([("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 2), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        story += [R["KT"]([t]), R["Sp"](1, 4),
                  R["HR"](width="100%", thickness=0.5, color=R["colors"].HexColor("#00664F")),
                  R["Sp"](1, 6)]
    story += [R["Sp"](1, 10), P("Oslo, 16. desember 2020", base), P("KS – Kommunesektorens organisasjon", base)]
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def render_unio(path, spec):
    R = _rl()
    cm, P, PS = R["cm"], R["P"], R["PS"]
    base = PS("b", fontName="LibSans", fontSize=10, leading=13)
    h1 = PS("h1", parent=base, fontName="LibSans-B", fontSize=16, leading=20, spaceAfter=10,
            textColor=R["colors"].HexColor("#7A1F5C"))
    item = PS("i", parent=base, fontName="LibSans-B", fontSize=11, leading=14, leftIndent=0.8 * cm,
              bulletIndent=0, spaceBefore=10, spaceAfter=3)
    fld = PS("f", parent=base, leftIndent=1.6 * cm, firstLineIndent=0, spaceAfter=1.5)

    def deco(c, d):
        c.saveState()
        c.setFont("LibSans", 8)
        c.drawString(2.2 * cm, 1.2 * cm, "Unio – hovedorganisasjon for universitetsutdannede")
        c.drawRightString(18.8 * cm, 1.2 * cm, str(d.page))
        c.restoreState()

    doc = R["Doc"](path, pagesize=R["A4"], leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.2 * cm,
                   bottomMargin=2.2 * cm, title="Unio rapport 2021")
    story = [P("Unios rapportering til Kompetansepolitisk råd 2021", h1),
             P("Unio organiserer over 380 000 medlemmer, i hovedsak i offentlig sektor. Under følger tiltak "
               "som Unio og forbundene har gjennomført i 2021. For hvert tiltak er det oppgitt hvilket "
               "delmål i strategien tiltaket følger opp.", base),
             R["Sp"](1, 6)]
    fields = [("Delmål:", "g"), ("Type:", "ty"), ("Ansv.:", "r"), ("Samarb.:", "p"), ("Tid:", "per")]
    for n, m in enumerate(spec["measures"], 1):
        block = [P(X(m["t"]), item, bulletText=f"{n})")]
        for lb, k in fields:
            if m[k] is None:
                continue
            block.append(P(f"<i>{lb}</i> {X(m[k])}", fld))
        if m["d"]:
            block.append(P(f"<i>Om tiltaket:</i> {X(desc_text(m['d']))}", fld))
        story.append(R["KT"](block))
    story += [R["Sp"](1, 18), P("Oslo, 30. november 2021", base), R["Sp"](1, 14),
              P("Ragnhild Lied", base), P("leder, Unio", base)]
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def render_mr(path, spec):
    R = _rl()
    cm, P, PS = R["cm"], R["P"], R["PS"]
    base = PS("b", fontName="LibSerif", fontSize=10, leading=12.5)
    cellp = PS("c", parent=base, fontSize=9.5, leading=11.5)
    cellb = PS("cb", parent=cellp, fontName="LibSerif-B")
    hdr = PS("h", parent=cellp, fontName="LibSerif-B", textColor=R["colors"].white)
    h1 = PS("h1", parent=base, fontName="LibSerif-B", fontSize=17, leading=21, spaceAfter=4)
    h2 = PS("h2", parent=base, fontName="LibSerif-B", fontSize=12.5, leading=15, spaceBefore=10, spaceAfter=4)
    W, H = R["landscape"](R["A4"])

    def deco(c, d):
        c.saveState()
        c.setFont("LibSerif-I", 8.5)
        c.drawString(1.8 * cm, H - 1.2 * cm, "Møre og Romsdal fylkeskommune · Rapportering NKPS 2021")
        c.drawRightString(W - 1.8 * cm, 1.0 * cm, "Side %d" % d.page)
        c.restoreState()

    doc = R["Doc"](path, pagesize=(W, H), leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm,
                   bottomMargin=1.6 * cm, title="Rapportering NKPS 2021 – Møre og Romsdal")
    story = [P("Møre og Romsdal fylkeskommune", h1),
             P("Rapportering til Kompetansepolitisk råd for 2021 – oppfølging av Nasjonal "
               "kompetansepolitisk strategi", PS("s", parent=base, fontSize=12, leading=15, spaceAfter=8)),
             P("Innleiing", h2),
             P("Møre og Romsdal fylkeskommune har gjennom regionreforma fått eit tydelegare ansvar for "
               "kompetansepolitikken i fylket. Kompetansealliansen, som vart etablert våren 2019, er den "
               "viktigaste arenaen for samarbeid mellom fylkeskommunen, partane i arbeidslivet, NAV, "
               "utdanningsinstitusjonane og næringslivet. I 2021 har arbeidet vore prega av pandemien, "
               "med stor etterspurnad etter opplæring for permitterte og arbeidsledige.", base),
             R["Sp"](1, 4),
             P("Tabellen nedanfor viser tiltaka fylkeskommunen rapporterer for 2021, sortert etter delmål i "
               "strategien. Fleire av tiltaka er vidareføringar frå tidlegare år. Tiltak der "
               "fylkeskommunen berre deltek som samarbeidspartnar, er ikkje tekne med.", base),
             R["Sp"](1, 4),
             P("Tiltaka er drøfta i Kompetansealliansen sitt møte 2. desember 2021. Tal på deltakarar og "
               "økonomiske rammer går fram av årsmeldinga til fylkeskommunen. Kontaktperson for rapporten er "
               "rådgjevar i seksjon for kompetanse og næring.", base),
             R["Sp"](1, 4),
             P("Delmåla er oppgjevne med nummer og ei forkorta form av teksten i strategien. Eit tiltak som "
               "følgjer opp fleire delmål, er plassert under det delmålet det har størst tyding for.", base),
             P("Tiltak 2021", h2)]
    cols = ["Delmål", "Tiltak", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar", "Tidsrom"]
    widths = [4.4, 7.4, 3.8, 3.8, 4.6, 2.1]
    data = [[P(c, hdr) for c in cols]]
    spans = []
    ms = spec["measures"]
    i = 0
    while i < len(ms):
        code = ms[i]["dm"][0]
        j = i
        while j + 1 < len(ms) and ms[j + 1]["dm"][0] == code:
            j += 1
        for k in range(i, j + 1):
            m = ms[k]
            first = P(f"<b>{code}</b> {X(DELMAL_SHORT_NN[code])}", cellp) if k == i else ""
            data.append([first, P(X(m["t"]), cellp), P(X(m["ty"]), cellp), P(X(m["r"]), cellp),
                         P(X(m["p"]), cellp), P(X(m["per"]), cellp)])
        if j > i:
            spans.append(("SPAN", (0, 1 + i), (0, 1 + j)))
        i = j + 1
    t = R["T"](data, colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(R["TS"]([("GRID", (0, 0), (-1, -1), 0.5, R["colors"].black),
                        ("BACKGROUND", (0, 0), (-1, 0), R["colors"].HexColor("#1F4E79")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")] + spans))
    story += [t, R["Sp"](1, 12),
              P("Molde, 10. desember 2021", base),
              P("Seksjon for kompetanse og næring", base)]
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


VT_WIDTHS = [0.9, 5.0, 1.5, 2.8, 2.2, 3.5, 2.1]   # cm; page margin 1.5 cm


def render_vt(path, spec):
    R = _rl()
    cm, P, PS = R["cm"], R["P"], R["PS"]
    base = PS("b", fontName="LibSans", fontSize=9.5, leading=12)
    cellp = PS("c", parent=base, fontSize=9, leading=11)
    cellt = PS("ct", parent=cellp, fontName="LibSans-B", spaceAfter=2)
    celld = PS("cd", parent=cellp, spaceAfter=2)
    hdr = PS("h", parent=cellp, fontName="LibSans-B")
    h1 = PS("h1", parent=base, fontName="LibSans-B", fontSize=15, leading=19, spaceAfter=8)

    def deco(c, d):
        c.saveState()
        c.setFont("LibSans", 7.5)
        c.drawString(1.5 * cm, 28.9 * cm, "Vestfold og Telemark fylkeskommune")
        c.drawRightString(19.5 * cm, 28.9 * cm, "Rapport til Kompetansepolitisk råd 2021")
        c.drawCentredString(10.5 * cm, 1.0 * cm, "– %d –" % d.page)
        c.restoreState()

    doc = R["Doc"](path, pagesize=R["A4"], leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.8 * cm,
                   bottomMargin=1.6 * cm, title="VTFK NKPS 2021")
    intro = ("Vestfold og Telemark fylkeskommune (VTFK) har ansvar for å samordne kompetansepolitikken i "
             "regionen. Denne rapporten viser tiltak fylkeskommunen har gjennomført eller deltatt i under "
             "2021. Kolonnen Delmål viser til delmålene i Nasjonal kompetansepolitisk strategi.")
    story = [P("Rapportering av tiltak 2021 – Nasjonal kompetansepolitisk strategi", h1),
             P(intro, base), R["Sp"](1, 6),
             P("Fylkeskommunen har i 2021 lagt vekt på regionalt partnerskap, karriereveiledning for voksne "
               "i omstilling og fleksible utdanningstilbud i samarbeid med næringslivet. Pandemien har ført "
               "til at flere tilbud er gjort nettbaserte. Arbeidet følges opp i Kompetanseforum Vestfold og "
               "Telemark, der partene i arbeidslivet, NAV, Statsforvalteren og Universitetet i Sørøst-Norge "
               "deltar.", base), R["Sp"](1, 6),
             P("Regionen har et næringsliv med mange små og mellomstore bedrifter, en stor prosessindustri i "
               "Grenland og en voksende maritim og teknologisk klynge i Vestfold. Andelen voksne uten "
               "fullført videregående opplæring er høyere enn landsgjennomsnittet, og mange arbeidstakere "
               "står i omstilling. Fylkeskommunen prioriterer derfor tiltak som gjør det enklere for voksne "
               "å ta utdanning ved siden av jobb, og tiltak som gir bedriftene tilgang på riktig kompetanse.",
               base), R["Sp"](1, 6),
             P("Tiltakene under er ikke rangert. Flere av dem videreføres i 2022.", base), R["Sp"](1, 10)]
    cols = ["Nr", "Tiltak", "Delmål", "Type", "Ansvarlig", "Partnere", "Tidsrom"]
    widths = VT_WIDTHS
    data = [[P(c, hdr) for c in cols]]
    for n, m in enumerate(spec["measures"], 1):
        cell = [P(X(m["t"]), cellt)] + [P(X(x), celld) for x in paras(m["d"])]
        data.append([P(f"{n}.", cellp), cell, P(X(m["g"]), cellp), P(X(m["ty"]), cellp),
                     P(X(m["r"]), cellp), P(X(m["p"]), cellp), P(X(m["per"]), cellp)])
    t = R["T"](data, colWidths=[w * cm for w in widths], splitInRow=1)
    t.setStyle(R["TS"]([("LINEABOVE", (0, 0), (-1, 0), 1.2, R["colors"].black),
                        ("LINEBELOW", (0, 0), (-1, 0), 1.2, R["colors"].black),
                        ("LINEBELOW", (0, 1), (-1, -1), 0.4, R["colors"].grey),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                        ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story += [t, R["Sp"](1, 14), P("Skien, 13. desember 2021", base),
              P("Avdeling for kompetanse og næring", base)]
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------------------------

_cm = 72 / 2.54
FILES["vestfold_telemark_fk_2021.pdf"]["check_columns"] = [
    ((1.5 + VT_WIDTHS[0]) * _cm, (1.5 + VT_WIDTHS[0] + VT_WIDTHS[1]) * _cm)]

RENDERERS = {
    "kd_2021.docx": render_kd,
    "lo_2020.pdf": render_lo,
    "nho_2021.docx": render_nho,
    "ks_2020.pdf": render_ks,
    "ys_2021.docx": render_ys,
    "virke_2020.pdf": render_virke,
    "unio_2021.pdf": render_unio,
    "akademikerne_2020.docx": render_akademikerne,
    "spekter_2021.pdf": render_spekter,
    "vofo_2020.docx": render_vofo,
    "more_og_romsdal_fk_2021.pdf": render_mr,
    "vestland_fk_2020.docx": render_vestland,
    "asd_2020.pdf": render_asd,
    "vestfold_telemark_fk_2021.pdf": render_vt,
    "oversendelse_virke_2020.docx": render_oversendelse,
    "referat_kompetansepolitisk_rad_2021.pdf": render_referat,
}

NOTES = {
    "kd_2021.docx": "goals only in the vertically merged first column (code + short text); 13 rows; "
                    "title with colon and «…» quotes; three rows with an empty description cell",
    "lo_2020.pdf": "one measure responsible is 'KD' with LO as partner; type spelled 'Råd/utvalg/ nettverk'; "
                   "multi-paragraph descriptions inside cells; signature after summary",
    "nho_2021.docx": "goals as 'DM 1.4/2.2'; description has no label; some measures lack description",
    "ks_2020.pdf": "English labels Partners/Timeline; extra Status field; goal range 2.1–2.3 (→2.1,2.2,2.3); "
                   "title in bold inside the value column",
    "ys_2021.docx": "title itself contains a colon after 'Tiltak N:'; old NKPS numbers 5–11; last measure "
                    "has no Type and no Samarbeidspartnere",
    "virke_2020.pdf": "description column comes before goals; extra Status column; the row of measure 6 "
                      "(«Karriereveiledning for voksne i arbeid») splits over the page break inside its "
                      "description; responsible 'Virke og HK'",
    "unio_2021.pdf": "goals as delmål text (one combines two texts with ';' → 2.2, 2.4); one as '1.4 + text'",
    "akademikerne_2020.docx": "title row has no label; borderless; extra 'Resultat:' row; some fields missing",
    "spekter_2021.pdf": "no Type field; continued Word list numbering leaks '7.'–'12.' into the period "
                        "answers (e.g. '8. August 2021, én dag.'); responsible/partners as 'Ansvarlig: …' "
                        "lines under one heading",
    "vofo_2020.docx": "titles only recognisable by bold+underline; first title carries '(delmål 3.2)' "
                      "and has no Delmål line; period comes after description",
    "more_og_romsdal_fk_2021.pdf": "Nynorsk labels; Delmål cells spanned over rows; no description field; "
                                   "table continues on page 2 with repeated header",
    "vestland_fk_2020.docx": "Nynorsk; 'jf. tiltak 14 og 15 i strategien' → 3.4, 3.5; one empty "
                             "Skildring cell",
    "asd_2020.pdf": "section numbers 2.1–2.6 look like delmål codes but are not; goal '3.5 (og 3.4)'",
    "vestfold_telemark_fk_2021.pdf": "title and description share one cell (bold first paragraph); no "
                                     "vertical rules; row 6 splits over the page break (description "
                                     "continues on page 2); goals '2.1/2.4', '3.1, 2.5'",
    "oversendelse_virke_2020.docx": "cover letter; mentions 'ti tiltak' and one measure by name but lists none",
    "referat_kompetansepolitisk_rad_2021.pdf": "minutes; numbered 'Sak N/21' agenda with Oppfølging/"
                                               "Ansvarlig/Frist lines that are not measures",
}


def soffice_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as td:
        prof = os.path.join(td, "profile")
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", td, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        produced = os.path.join(td, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(produced, pdf_path)


def expected_for(name, spec):
    ms = []
    for m in spec["measures"]:
        ms.append({
            "title": m["t"],
            "delmal": sorted(m["dm"]),
            "type": m["ty"],
            "responsible": m["r"],
            "partners": m["p"],
            "period": m["per"],
            "description": desc_text(m["d"]),
        })
    return {"reporter": spec["reporter"], "report_year": spec["year"], "template": spec["template"],
            "measures": ms}


def build():
    expected = {}
    with tempfile.TemporaryDirectory() as td:
        for name, fn in RENDERERS.items():
            spec = FILES[name]
            out = os.path.join(OUT, name)
            if name.endswith(".pdf") and spec.get("via") == "docx":
                tmp_docx = os.path.join(td, os.path.splitext(name)[0] + ".docx")
                fn(tmp_docx, spec)
                soffice_pdf(tmp_docx, out)
            else:
                fn(out, spec)
            expected[name] = expected_for(name, spec)
            print(f"wrote {name}: {len(spec['measures'])} measures")
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("# Blind test batch 2\n\nGenerated by `make_batch.py` (data held in the script); ground truth "
                "in `expected.json`, written from the same data. 14 member reports (2020/2021) and 2 files "
                "without measures.\n\n")
        for name in RENDERERS:
            spec = FILES[name]
            kind = ("PDF (reportlab)" if spec.get("via") == "reportlab" else
                    "PDF (Word→LibreOffice)" if name.endswith(".pdf") else "Word .docx")
            f.write(f"- `{name}` — {spec['reporter']} {spec['year']}, {kind}, {len(spec['measures'])} measures. "
                    f"{spec['template']}. Unusual: {NOTES[name]}.\n")
    return expected


# ---------------------------------------------------------------------------------------------
# Self-check: every title readable as text in the rendered file
# ---------------------------------------------------------------------------------------------

def _norm(s):
    s = s.replace("\u00ad", "").replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"(\w)- (\w)", r"\1-\2", s)   # a hyphen at a line end is read as part of the word


def check():
    import pdfplumber
    ok = True
    for name, spec in FILES.items():
        path = os.path.join(OUT, name)
        if name.endswith(".pdf"):
            with pdfplumber.open(path) as pdf:
                pages = [p.extract_text() or "" for p in pdf.pages]
                npages = len(pdf.pages)
                words = set()
                for p in pdf.pages:
                    words.update(w["text"] for w in p.extract_words())
                    # cell texts (bordered tables, and rule-only tables by text alignment)
                    for tb in p.find_tables():
                        for row in tb.extract():
                            pages.extend(c for c in row if c)
                    for x0, x1 in spec.get("check_columns", []):
                        pages.append(p.crop((x0, 0, x1, p.height)).extract_text() or "")
            text = _norm(" ".join(pages))
        else:
            d = Document(path)
            parts = [p.text for p in d.paragraphs]
            for t in d.tables:
                for row in t.rows:
                    for c in row.cells:
                        parts.append(c.text)
            text = _norm(" ".join(parts))
            words = set(text.split())
            npages = "-"
        missing = []
        for m in spec["measures"]:
            title = _norm(m["t"])
            if title in text:
                continue
            broken = [w for w in title.split() if w not in words]
            missing.append((m["t"], "not contiguous" if not broken else f"broken words {broken}"))
        status = "OK" if not missing else "PROBLEM"
        print(f"{status:8s} {name} pages={npages} measures={len(spec['measures'])}")
        for t, why in missing:
            print(f"         - {t!r}: {why}")
            if why != "not contiguous":
                ok = False
    return ok


if __name__ == "__main__":
    if "--check-only" not in sys.argv:
        build()
    sys.exit(0 if check() else 1)
