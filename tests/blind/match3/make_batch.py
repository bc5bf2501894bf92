#!/usr/bin/env python3
"""Build the blind matching test set "match3" (NKPS follow-up reports 2018-2020).

All reports are held below as Python data.  From that one in-memory data the
script writes every report (.docx with python-docx; .pdf = the .docx rendered
by LibreOffice in a temporary folder, only the PDF kept), the answer key
(expected.json, near_misses.json) and README.md.  The key is never derived by
reading the report files back.  Every PDF is checked with pdfplumber.

Needs python-docx, pdfplumber and LibreOffice (soffice on PATH).
Run:  python make_batch.py      (writes into the folder of this script)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import OrderedDict, defaultdict
from itertools import combinations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))
YEARS = (2018, 2019, 2020)


# =============================================================================
# data model
# =============================================================================
class M:
    """One printed measure row.  key = the real-world tiltak (ground truth)."""

    def __init__(self, key, title, dm, typ, resp, partners, period, desc):
        self.key, self.title, self.dm, self.typ = key, title, list(dm), typ
        self.resp, self.partners, self.period, self.desc = resp, partners, period, desc


class R:
    def __init__(self, file, reporter, year, layout, title_line, intro, rows, **opt):
        self.file, self.reporter, self.year, self.layout = file, reporter, year, layout
        self.fmt = "pdf" if file.endswith(".pdf") else "docx"
        self.title_line, self.intro, self.rows, self.opt = title_line, intro, rows, opt


REPORTS = []


def rep(*a, **k):
    REPORTS.append(R(*a, **k))


# The delmål as the strategy words them (shortened the way reporters quote them).
DM_WORDS = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU) bestående av forskere, analytikere og representanter "
           "for alle hovedorganisasjonene i arbeidslivet og departementene",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet og spesielt kunnskapen om verdien av å "
           "investere i kompetanseutvikling",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Arbeide mer systematisk for å koble kompetansebehov i små og store virksomheter og ulike "
           "klynger og næringsmiljø til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle og forbedre systemene for, og tilgangen på, godkjenning og vurdering av utenlandsk "
           "utdanning",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak "
           "for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom opplæring i "
           "frivillig sektor",
}
# old numbering "NKPS tiltak nr. n": the n-th delmål in order
OLD_NR = {c: i + 1 for i, c in enumerate(["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5",
                                           "2.6", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"])}
KS_LABEL = {"1.1": "Kompetansebehov", "1.3": "Karriereveiledning", "1.4": "Utdanning og arbeidsliv",
            "2.1": "Digital kompetanse", "2.2": "Læring i arbeidslivet", "2.3": "Yrkesfag",
            "2.4": "Kobling behov og tilbud"}
ROG_LABEL = {"1.2": "Regionalt ansvar og samordning", "1.3": "Karriereveiledning",
             "1.4": "Samarbeid mellom utdanning og arbeidsliv", "2.5": "Dokumentasjon av kompetanse",
             "3.1": "Opplæring på voksnes premisser"}
AREA = {"1": "Innsatsområde 1 – Gode valg for den enkelte og for samfunnet",
        "2": "Innsatsområde 2 – Læring i arbeidslivet",
        "3": "Innsatsområde 3 – Voksne med svak tilknytning til arbeidslivet"}


def og(items, last=" og "):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + last + items[-1]


# =============================================================================
# 2018
# =============================================================================
rep("Regjeringen_NKPS_rapport_2018.pdf", "Regjeringen", 2018, "regj",
    "Regjeringens rapportering til Kompetansepolitisk råd – tiltak i 2018",
    "Tabellen gir en oversikt over departementenes tiltak i 2018 som følger opp Nasjonal kompetansepolitisk "
    "strategi 2017–2021. Tiltakene er ordnet etter ansvarlig departement.",
    [
        M("kbu", "Kompetansebehovsutvalget – KBU", ["1.1"], "Råd/utvalg/nettverk", "KD",
          "KMD, ASD, NFD, hovedorganisasjonene i arbeidslivet, Kompetanse Norge", "2017–2021",
          "Utvalget ble oppnevnt i 2017 og la i februar 2018 fram sin første rapport, NOU 2018: 2 Fremtidige "
          "kompetansebehov I – Kunnskapsgrunnlaget. Kompetanse Norge er sekretariat."),
        M("samkon", "Samfunnskontrakt for flere læreplasser (2016–2020)", ["1.4", "2.3"], "Råd/utvalg/nettverk",
          "KD", "Partene i arbeidslivet, KS, fylkeskommunene", "2016–2020",
          "Målet er at alle kvalifiserte søkere skal få læreplass. Partene følger opp måltallene i halvårlige "
          "kontaktmøter med departementet."),
        M("fleks", "Tilskudd til utvikling av fleksible videreutdanningstilbud", ["2.1", "2.4"], "Tilskuddsordning",
          "KD", "Kompetanse Norge, universiteter og høyskoler, fagskoler, partene", "2017–",
          "Ordningen gir midler til tilbud som kan kombineres med jobb. Utlysningen i 2018 gjaldt digital "
          "kompetanse, og partene var med på å prioritere søknadene."),
        M("kpa", "Kompetansepluss arbeid", ["3.2"], "Tilskuddsordning", "KD",
          "Kompetanse Norge, virksomheter, opplæringstilbydere", "Løpende",
          "Tilskudd til opplæring i lesing, skriving, regning, muntlige og digitale ferdigheter på "
          "arbeidsplassen. Om lag 300 virksomheter fikk tilsagn i 2018."),
        M("forumkv", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "Kompetanse Norge",
          "KD, ASD, KS, partene i arbeidslivet, Udir, NAV", "2016–",
          "Forumet samler aktørene på feltet og gir råd om utviklingen av et helhetlig system for "
          "karriereveiledning. Det møttes tre ganger i 2018."),
        M("kvalram", "Kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "KD",
          "Kompetanse Norge, fylkeskommunene", "2016–2019",
          "Rammeverket skal gi felles standarder for kvalitet i karriereveiledningen, med etiske retningslinjer "
          "og en kompetansestandard for veiledere. Deler av rammeverket ble prøvd ut i karrieresentre i 2018."),
        M("reform", "Forberedelse av en kompetansereform", ["2.2"], "Utredning", "KD",
          "ASD, NFD, partene i arbeidslivet", "2018–2020",
          "Regjeringsplattformen varsler en kompetansereform for arbeidslivet. Departementet har startet "
          "kunnskapsinnhenting og innspillsmøter med partene."),
        M("evu", "Ekspertutvalg for etter- og videreutdanning", ["2.2"], "Råd/utvalg/nettverk", "KD",
          "Forskere, utdanningsinstitusjoner, representanter fra arbeidslivet", "2018–2019",
          "Utvalget skal vurdere hvordan markedet for etter- og videreutdanning fungerer, og foreslå tiltak som "
          "gjør det lettere å lære gjennom hele yrkeslivet."),
        M("modul", "Forsøk med modulstrukturert fagopplæring for voksne", ["3.1"], "Prosjekt", "KD",
          "Udir, Kompetanse Norge, deltakende fylkeskommuner", "2017–2020",
          "Voksne kan ta fag- eller svennebrev i moduler som godkjennes hver for seg. Forsøket gjennomføres i "
          "flere fylker og følges av forskere."),
        M("kl2020", "Kompetanseløft 2020", ["1.4", "2.2"], "Handlingsplan", "HOD",
          "KS, Helsedirektoratet, utdanningsinstitusjonene", "2016–2020",
          "Regjeringens plan for rekruttering, kompetanse og fagutvikling i den kommunale helse- og "
          "omsorgstjenesten, med tilskudd til kommunene."),
        M("regref", "Regionreformen – nye oppgaver på kompetansefeltet til fylkeskommunene", ["1.2"], "Utredning",
          "KMD", "KD, ASD, fylkeskommunene", "2018–2020",
          "Meld. St. 6 (2018–2019) Oppgaver til nye regioner følges opp med overføring av oppgaver, blant annet "
          "tilskuddet til karriereveiledning, som fra 2020 legges inn i fylkeskommunenes rammetilskudd."),
    ])

rep("LO-rapportering-NKPS-2018.pdf", "LO", 2018, "lo",
    "LOs oppfølging av Nasjonal kompetansepolitisk strategi 2018",
    "LO rapporterer her på tiltak vi har hatt ansvar for eller deltatt i i 2018. For hvert tiltak oppgir vi "
    "hvilket mål i strategien det svarer på.",
    [
        M("kbu", "LOs plass i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "LO",
          "KD, hovedorganisasjonene", "2017–2021",
          "LO har ett medlem i utvalget og bidrar med innspill fra forbundene til kunnskapsgrunnlaget. Første "
          "rapport kom i februar 2018."),
        M("sry", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Råd/utvalg/nettverk", "LO",
          "NHO, Virke, Spekter, KS, Unio, YS, KD", "Løpende",
          "LO har representanter i SRY og arbeider for at tilbudsstrukturen i yrkesfagene svarer på "
          "arbeidslivets behov."),
        M("lo_tv", "Skolering av tillitsvalgte i kompetanseutvikling", ["2.2"], "Kurs/utdanning", "LO",
          "Forbundene, AOF", "2018",
          "Kurs for tillitsvalgte om hvordan kompetanse kan tas opp med arbeidsgiver etter hovedavtalen og i "
          "lokale forhandlinger. Fire kurs ble holdt i 2018."),
        M("lo_tarkart", "Kartlegging av kompetansebestemmelser i tariffavtaler", ["2.2"], "Kartlegging/analyse",
          "LO", "Fafo", "2018",
          "Fafo har gått gjennom kompetansebestemmelsene i et utvalg tariffavtaler i privat og offentlig sektor, "
          "og spurt tillitsvalgte om hvordan bestemmelsene brukes i praksis."),
        M("lo_uhr", "Observatørplass i UHRs fagstrategiske enheter", ["1.4"], "Råd/utvalg/nettverk", "LO", "",
          "2018–",
          "LO bruker plassen til å fremme samarbeid mellom høyere utdanning og arbeidslivet og til å bidra til "
          "relevans i utdanningene."),
        M("lo_rsa", "Styrke arbeidslivets stemme i RSA-ene", ["1.4"], "Råd/utvalg/nettverk", "LO", "NHO",
          "2018–2019",
          "LO vil ha bedre representasjon fra arbeidstakersiden i rådene for samarbeid med arbeidslivet ved "
          "universiteter og høyskoler, og har laget en veileder for LOs representanter."),
    ])

rep("NHO_tiltak_2018.docx", "NHO", 2018, "nho",
    "NHO – rapportering på tiltak i 2018 (Nasjonal kompetansepolitisk strategi)",
    "Nedenfor følger NHOs tiltak i 2018, ett skjema per tiltak.",
    [
        M("nho_barom", "NHOs kompetansebarometer", ["2.2"], "Kartlegging", "NHO", "NIFU", "Årlig",
          "Årlig spørreundersøkelse blant medlemsbedriftene om kompetansebehov. I 2018 svarte over 5000 bedrifter. "
          "Resultatene brukes både nasjonalt og regionalt."),
        M("nho_skatt", "Utredning av skatteinsentiv for kompetanse i bedrifter", ["2.2"], "FoU", "NHO",
          "Samfunnsøkonomisk analyse", "2018",
          "Utredningen beskriver ulike modeller for et skattefradrag for bedriftenes investeringer i kompetanse "
          "hos de ansatte."),
        M("sry", "NHOs representanter i SRY", ["1.4"], "Råd/utvalg/nettverk", "NHO",
          "LO, KS, Virke, Spekter, Unio, YS", "Løpende",
          "NHO har faste medlemmer i Samarbeidsrådet for yrkesopplæring og koordinerer landsforeningenes "
          "representanter i de faglige rådene."),
        M("nho_jenter", "Jenter og teknologi", ["2.3"], "Informasjon", "NHO", "Bedrifter, fylkeskommuner",
          "2016–2019",
          "Nasjonal kampanje som skal få flere jenter til å velge tekniske fag i videregående og høyere "
          "utdanning. I 2018 var det aktiviteter i alle fylker."),
        M("nho_dok", "Pilot: dokumentasjon av kompetanse ervervet i bedrift", ["2.5"], "Prosjekt", "NHO",
          "Kompetanse Norge, tre landsforeninger", "2018–2020",
          "Piloten prøver ut en enkel metode for å beskrive og dokumentere kompetanse som ansatte har fått "
          "gjennom arbeid, slik at den kan brukes ved jobbskifte eller videre utdanning."),
    ])

rep("KS_rapport_NKPS_2018.docx", "KS", 2018, "ks",
    "KS: Tiltak 2018 – oppfølging av Nasjonal kompetansepolitisk strategi",
    "Matrisen viser KS' tiltak i 2018 ordnet etter delmål i strategien.",
    [
        M("kbu", "Representasjon i KBU", ["1.1"], "Råd, utvalg og nettverk", "KS", "KD", "2017–2021",
          "KS har en representant i Kompetansebehovsutvalget og formidler kommunesektorens behov."),
        M("kl2020", "Kompetanseløft 2020 – kommunesektorens oppfølging", ["1.4"], "Prosjekt", "KS",
          "HOD, Helsedirektoratet", "2016–2020",
          "KS støtter kommunene i å bruke tilskuddene i Kompetanseløft 2020 til strategisk "
          "kompetanseplanlegging i helse og omsorg."),
        M("ks_laring", "KS Læring", ["2.1"], "Informasjon", "KS", "Kommuner og fylkeskommuner", "2016–",
          "En digital læringsplattform der kommuner kan dele kurs og e-læring med egne ansatte og med "
          "hverandre."),
        M("ks_digled", "Digital kompetanse for ledere", ["2.1"], "Kurs/utdanning", "KS", "KMD, OsloMet",
          "2018–2019",
          "Et lederprogram for toppledere og mellomledere i kommunene om digital transformasjon og "
          "tjenesteutvikling."),
        M("ks_veil", "Veileder for strategisk kompetanseplanlegging", ["2.2"], "Informasjon", "KS", "", "2018",
          "KS har utviklet en veileder og et verktøy som kommunene kan bruke til å kartlegge kompetansebehov og "
          "lage kompetanseplaner."),
        M("samkon", "Læreplasser i kommunesektoren (Samfunnskontrakten)", ["2.3"], "Råd, utvalg og nettverk",
          "KS", "KD, fylkeskommunene", "2016–2020",
          "Målet er én lærling per 1000 innbyggere i kommunene. KS følger opp med statistikk og gode "
          "eksempler."),
    ])

rep("Spekter_rapport_2018.pdf", "Spekter", 2018, "spekter",
    "Spekter – rapport til Kompetansepolitisk råd for 2018",
    "Kolonnen «Relasjon til NKPS» viser til nummereringen i strategiens liste over tiltak (tiltak nr. 1–16). "
    "Beskrivelsene følger etter tabellen.",
    [
        M("samkon", "Oppfølging av Samfunnskontrakt for flere læreplasser", ["1.4", "2.3"], "Råd/utvalg/nettverk",
          "Spekter", "Medlemsvirksomhetene", "2016–2020",
          "Spekter oppfordrer medlemsvirksomhetene til å ta inn flere lærlinger og rapporterer på måltallene i "
          "kontrakten."),
        M("spk_kpakonf", "Søkekonferanse om Kompetansepluss arbeid", ["3.2"], "Arrangement", "Spekter",
          "Kompetanse Norge", "Juni 2018",
          "Seminar for medlemsvirksomhetene om hvordan de kan søke midler fra Kompetansepluss arbeid, med "
          "eksempler fra sykehus som har brukt ordningen."),
        M("spk_mpl18", "Møteplass lærebedrifter 2018", ["1.4", "2.3"], "Arrangement", "Spekter",
          "Medlemsvirksomheter, opplæringskontorer", "Mars 2018",
          "Møteplass der lærebedrifter blant medlemmene utveksler erfaringer. Tema i 2018 var lærlinger i "
          "helsearbeiderfaget."),
        M("spk_nett", "Arbeidsgivernettverk for kompetanse", ["2.2"], "Råd/utvalg/nettverk", "Spekter",
          "Medlemsvirksomhetene", "2017–",
          "Nettverket drøfter kompetansepolitiske spørsmål og deler erfaringer med kompetanseplanlegging i "
          "virksomhetene."),
        M("spk_faglig18", "Dialogmøte for Spekters medlemmer i de faglige rådene", ["2.3"], "Arrangement",
          "Spekter", "", "November 2018",
          "Et møte der Spekters representanter i faglige råd, blant annet for helse- og oppvekstfag, ble "
          "oppdatert og drøftet fagfornyelsen."),
    ], dm_style="old")

rep("Virke_rapport_NKPS_2018.docx", "Virke", 2018, "virke",
    "Virkes rapportering 2018 – Nasjonal kompetansepolitisk strategi",
    "Virke har i 2018 arbeidet med følgende tiltak:",
    [
        M("samkon", "Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], "Råd/utvalg/nettverk", "Virke",
          "KD, partene", "2016–2020",
          "Virke følger opp kontrakten og oppfordrer medlemmene til å ta inn lærlinger, særlig i salgsfaget og "
          "IKT-servicefaget."),
        M("fleks", "Deltakelse i tildelingen av midler til fleksible videreutdanningstilbud", ["2.1"],
          "Råd/utvalg/nettverk", "Virke", "Kompetanse Norge, KD, de andre partene", "2018",
          "Virke har sammen med de andre partene vurdert og prioritert søknadene om tilskudd til fleksible "
          "videreutdanningstilbud i digital kompetanse."),
        M("sry", "Representasjon i Samarbeidsrådet for yrkesopplæring", ["1.4"], "Råd/utvalg/nettverk", "Virke",
          "", "Løpende",
          "Virke har ett medlem i SRY og representanter i faglig råd for salg, service og reiseliv."),
        M("vir_kart", "Kartlegging: hvordan påvirker ny teknologi kompetansebehovet i varehandelen?",
          ["2.1", "2.2"], "Forskning og utvikling", "Virke", "Samfunnsøkonomisk analyse, Handel og Kontor",
          "2018–2019",
          "En spørreundersøkelse blant ansatte og ledere i handelen om hvilke oppgaver som endres av "
          "digitalisering, og hvilken kompetanse som trengs."),
        M("vir_hr", "HR-nettverk om kompetanse", ["2.2"], "Råd/utvalg/nettverk", "Virke", "Medlemsvirksomheter",
          "2018–",
          "Et nettverk for HR-ledere i medlemsvirksomhetene som deler erfaringer med kompetanseutvikling og "
          "livslang læring."),
    ])

rep("Rogaland_fylkeskommune_2018.pdf", "Rogaland fylkeskommune", 2018, "rogaland",
    "Rogaland fylkeskommune – rapportering til Kompetansepolitisk råd 2018",
    "Tiltakene er ordnet etter delmålene i Nasjonal kompetansepolitisk strategi. Der et tiltak også svarer på "
    "andre delmål, står det under tiltaket.",
    [
        M("rog_plan", "Arbeid med regional kompetanseplan for Rogaland", ["1.2"], "Prosjekt",
          "Rogaland fylkeskommune", "NAV Rogaland, NHO Rogaland, LO i Rogaland, UiS, kommunene", "2018–2019",
          "Planprogrammet er vedtatt, og arbeidet med en regional plan for kompetanse er i gang. Planen skal "
          "legges fram for fylkestinget i 2019."),
        M("rog_forum", "Kompetanseforum Rogaland", ["1.2"], "Råd/utvalg/nettverk", "Rogaland fylkeskommune",
          "NAV, partene i arbeidslivet, UiS, fagskolene, Fylkesmannen", "2017–",
          "Forumet er et partnerskap for samordning av kompetansepolitikken i fylket og møtes fire ganger i "
          "året."),
        M("rog_karr", "Karrieresenteret i Rogaland", ["1.3"], "Informasjon/veiledning", "Rogaland fylkeskommune",
          "NAV Rogaland", "Løpende",
          "Gratis karriereveiledning for voksne ved sentrene i Stavanger og Haugesund. Om lag 2500 "
          "veiledningssamtaler i 2018."),
        M("rog_yon", "Yrkesopplæringsnemnda i Rogaland", ["1.4"], "Råd/utvalg/nettverk", "Rogaland fylkeskommune",
          "Partene i arbeidslivet, elevorganisasjonen", "Løpende",
          "Nemnda gir råd om dimensjonering og kvalitet i fag- og yrkesopplæringen i fylket."),
        M("rsa_uis", "RSA ved Universitetet i Stavanger", ["1.4"], "Råd/utvalg/nettverk",
          "Universitetet i Stavanger", "Rogaland fylkeskommune, NHO, LO, KS", "2018–",
          "Fylkeskommunen er medlem i Rådet for samarbeid med arbeidslivet ved UiS, som drøfter "
          "studieportefølje og praksis."),
        M("rog_instr", "Instruktøropplæring for lærebedrifter", ["1.4", "2.3"], "Kurs/utdanning",
          "Rogaland fylkeskommune", "Opplæringskontorene", "2018–",
          "Kurs for instruktører og faglige ledere i lærebedrifter om veiledning og vurdering av lærlinger."),
        M("rog_hosp", "Hospitering for yrkesfaglærere i bedrift", ["1.4"], "Kurs/utdanning",
          "Rogaland fylkeskommune", "Bedrifter, videregående skoler", "2018",
          "Lærere i yrkesfag får hospitere i bedrifter for å holde seg oppdatert på arbeidslivets behov."),
        M("modul", "Deltakelse i forsøk med modulstrukturert fagopplæring for voksne", ["3.1"], "Prosjekt",
          "Rogaland fylkeskommune", "Udir, NAV Rogaland", "2017–2020",
          "Fylket prøver ut modulbasert opplæring for voksne i helsearbeiderfaget og industrimekanikerfaget, "
          "som del av Udirs nasjonale forsøk."),
    ])

rep("More_og_Romsdal_fk_2018.docx", "Møre og Romsdal fylkeskommune", 2018, "moreromsdal",
    "Møre og Romsdal fylkeskommune – rapportering til Kompetansepolitisk råd for 2018",
    "Her følgjer tiltaka fylkeskommunen har arbeidd med i 2018 for å følgje opp Nasjonal kompetansepolitisk "
    "strategi.",
    [
        M("mr_allianse", "Førebuing av Kompetansealliansen", ["1.2"], "Råd/utval/nettverk",
          "Møre og Romsdal fylkeskommune", "Næringslivet, klyngjene, Høgskolen i Molde, NTNU i Ålesund, fagskulane",
          "2018–2019",
          "Fylkeskommunen har laga eit kunnskapsgrunnlag om kompetansebehova i regionen. Kompetansealliansen "
          "skal etablerast våren 2019."),
        M("mr_karr", "Karrieresenter for alle over 19 år", ["1.3"], "Prosjekt", "Møre og Romsdal fylkeskommune",
          "NAV Møre og Romsdal, kommunane", "2018–",
          "Fylkeskommunen innfører eit tilbod om karriererettleiing ved karrieresentera for alle over 19 år, og "
          "kompetanseheving for rettleiarane."),
        M("mr_yon", "Yrkesopplæringsnemnda", ["1.4"], "Råd/utval/nettverk", "Møre og Romsdal fylkeskommune",
          "Partane i arbeidslivet", "Løpande",
          "Nemnda gir råd til fylkestinget om tilbodsstruktur og kvalitet i fag- og yrkesopplæringa."),
        M("mr_fagskule", "Nye fagskuletilbod i samarbeid med næringslivet", ["1.4", "2.4"], "Kurs/utdanning",
          "Fagskulen Møre og Romsdal", "Klyngjene, fylkeskommunen", "2018–2020",
          "Fagskulen har utvikla nye tilbod innan maritim teknikk og automasjon etter behov som industrien har "
          "meldt inn."),
        M("mr_hosp", "Hospitering for yrkesfaglærarar", ["1.4"], "Kurs/utdanning", "Møre og Romsdal fylkeskommune",
          "Bedrifter, vidaregåande skular", "2018",
          "Lærarar i yrkesfag hospiterer ei veke i bedrifter for å bli kjende med ny teknologi og nye "
          "arbeidsmåtar."),
    ])

# =============================================================================
# 2019
# =============================================================================
rep("Regjeringen_NKPS_rapport_2019.docx", "Regjeringen", 2019, "regj",
    "Regjeringens rapportering til Kompetansepolitisk råd – tiltak i 2019",
    "Tabellen gir en oversikt over departementenes tiltak i 2019 som følger opp Nasjonal kompetansepolitisk "
    "strategi 2017–2021.",
    [
        M("kbu", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD",
          "KMD, ASD, NFD, partene, Kompetanse Norge (sekretariat)", "2017–2021",
          "KBU la i februar 2019 fram NOU 2019: 2 Fremtidige kompetansebehov II – Utfordringer for "
          "kompetansepolitikken. Arbeidet med tredje hovedrapport er startet."),
        M("samkon", "Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], "Råd/utvalg/nettverk", "KD",
          "Partene i arbeidslivet, KS, fylkeskommunene", "2016–2020",
          "Kontrakten evalueres, og det er tatt initiativ til samtaler med partene om hvordan samarbeidet om "
          "læreplasser skal fortsette etter 2020."),
        M("fleks", "Fleksible videreutdanningstilbud – tilskuddsordning", ["2.1", "2.4"], "Tilskuddsordning", "KD",
          "Kompetanse Norge, UH-sektoren, fagskolene, partene i arbeidslivet", "2017–",
          "Utlysningen for 2019 omfattet både digital kompetanse og helse- og velferdsfag. Det ble gitt tilsagn "
          "til 24 nye tilbud."),
        M("kpa", "Kompetansepluss – arbeid", ["3.2"], "Tilskuddsordning", "KD",
          "Kompetanse Norge, partene i arbeidslivet", "Løpende",
          "Ordningen videreutvikles i dialog med partene i arbeidslivet, blant annet med sikte på bedre kobling "
          "til fagopplæring."),
        M("kpf", "Kompetansepluss frivillighet", ["3.2", "3.6"], "Tilskuddsordning", "KD",
          "Kompetanse Norge, VOFO, frivillige organisasjoner", "Løpende",
          "Tilskudd til frivillige organisasjoner som gir opplæring i grunnleggende ferdigheter til voksne. "
          "Ordningen utvikles i dialog med VOFO."),
        M("kvalram", "Kvalitetsrammeverk for karriereveiledning – innføring", ["1.3"], "Prosjekt", "KD",
          "Kompetanse Norge, fylkeskommunene, karrieresentrene", "2016–2019",
          "Rammeverket ble ferdigstilt og lansert i 2019, med kompetansestandard for karriereveiledere og etiske "
          "retningslinjer."),
        M("digkv", "Nasjonal digital karriereveiledningstjeneste", ["1.3"], "Informasjon/veiledning", "KD",
          "Kompetanse Norge, Udir, NAV", "2018–2020",
          "En nett- og chatbasert tjeneste der alle kan få gratis karriereveiledning. Tjenesten skal lanseres "
          "tidlig i 2020."),
        M("reform", "Kompetansereformen «Lære hele livet»", ["2.2", "2.4"], "Utredning", "KD",
          "ASD, NFD, KMD, partene i arbeidslivet", "2018–2020",
          "Departementet arbeider med en stortingsmelding om kompetansereformen. Det er holdt innspillsmøter med "
          "partene og fylkeskommunene i hele landet."),
        M("evu", "Ekspertutvalget om etter- og videreutdanning – NOU 2019: 12", ["2.2"], "Råd/utvalg/nettverk",
          "KD", "Forskere, utdanningsinstitusjoner, arbeidslivet", "2018–2019",
          "Utvalget leverte NOU 2019: 12 Lærekraftig utvikling – Livslang læring for omstilling og "
          "konkurranseevne i juni 2019. Utredningen har vært på høring."),
        M("modul", "Modulforsøket – fagopplæring for voksne", ["3.1"], "Prosjekt", "KD",
          "Udir, Kompetanse Norge, fylkeskommuner", "2017–2020",
          "Forsøket med modulstrukturerte læreplaner for voksne er utvidet til flere fag og fylker. "
          "Sluttevalueringen gjøres av Fafo og NIFU."),
        M("navutd", "Utdanning som arbeidsrettet tiltak i NAV", ["3.3", "3.5"], "Regelverk", "ASD",
          "Arbeids- og velferdsdirektoratet", "Fra 2019",
          "Regelverket endres slik at flere arbeidssøkere med behov for kvalifisering kan ta formell utdanning "
          "mens de mottar ytelser fra NAV."),
    ])

rep("LO-rapportering-NKPS-2019.pdf", "LO", 2019, "lo",
    "LOs oppfølging av Nasjonal kompetansepolitisk strategi 2019",
    "LO rapporterer her på tiltak vi har hatt ansvar for eller deltatt i i 2019.",
    [
        M("kbu", "Deltakelse i KBU", ["1.1"], "Råd/utvalg/nettverk", "LO", "KD, partene", "2017–2021",
          "Oppfølging av utvalgets andre rapport. LO har spilt inn behovet for bedre statistikk over "
          "fagarbeidere."),
        M("sry", "Deltakelse i SRY", ["1.4", "2.3"], "Råd/utvalg/nettverk", "LO",
          "NHO, Virke, Spekter, KS, Unio, YS, KD", "Løpende",
          "LO deltar i Samarbeidsrådet for yrkesopplæring. I 2019 var arbeidet preget av fagfornyelsen og ny "
          "tilbudsstruktur i yrkesfagene."),
        M("lo_tv", "Kompetanseskolering for tillitsvalgte – videreført", ["2.2"], "Kurs/utdanning", "LO",
          "Forbundene, AOF", "2019",
          "Kursene fra 2018 er videreført og utvidet med en modul om kompetanseplaner i virksomheten."),
        M("lo_tarrap", "Rapporten «Tariffavtalen som kompetanseverktøy»", ["2.2"], "FoU", "LO", "Fafo", "2019",
          "Rapporten bygger på kartleggingen av kompetansebestemmelser fra 2018 og drøfter hvordan avtaleverket "
          "kan brukes mer aktivt. Den ble lansert på et frokostmøte i mai."),
        M("lo_uhr", "UHRs fagstrategiske enheter – LOs observatørplass", ["1.4"], "Råd/utvalg/nettverk", "LO", "",
          "2018–",
          "LO deltar fortsatt som observatør og har særlig fulgt arbeidet med praksis i "
          "profesjonsutdanningene."),
        M("reform", "LOs innspill til kompetansereformen", ["2.2", "2.4"], "Informasjon", "LO", "Forbundene",
          "2019",
          "LO har gitt skriftlige og muntlige innspill til stortingsmeldingen om kompetansereformen, blant annet "
          "om finansiering og om rett til etter- og videreutdanning."),
        M("reiseliv", "Kompetanseløft i reiselivet – sammen med NHO Reiseliv", ["2.4"], "Prosjekt",
          "LO og Fellesforbundet", "NHO Reiseliv", "2019–2020",
          "Partene i reiselivet samarbeider om å kartlegge kompetansebehov og utvikle korte kurs for ansatte i "
          "hotell og restaurant."),
        M("kpa", "Kompetansepluss arbeid – innspill til videreutvikling", ["3.2"], "Råd/utvalg/nettverk", "LO",
          "Kompetanse Norge, NHO", "2019",
          "LO har sammen med de andre partene gitt innspill til hvordan ordningen kan nå flere og kobles til "
          "fagbrev."),
    ])

rep("NHO_tiltak_2019.pdf", "NHO", 2019, "nho",
    "NHO – rapportering på tiltak i 2019 (Nasjonal kompetansepolitisk strategi)",
    "Nedenfor følger NHOs tiltak i 2019, ett skjema per tiltak.",
    [
        M("kbu", "Kompetansebehovsutvalget – NHOs medlem", ["1.1"], "Råd/utvalg/nettverk", "NHO", "KD, partene",
          "2017–2021",
          "NHO deltar i utvalget og har bidratt med data fra medlemsbedriftene til kunnskapsgrunnlaget."),
        M("samkon", "Samfunnskontrakten – NHOs oppfølging", ["1.4", "2.3"], "Råd/utvalg/nettverk", "NHO",
          "KD, LO, KS, fylkeskommunene", "2016–2020",
          "NHO følger opp måltallet for læreplasser i medlemsbedriftene gjennom landsforeningene og de regionale "
          "kontorene."),
        M("nho_barom", "Kompetansebarometeret 2019", ["2.2"], "Kartlegging", "NHO", "NIFU", "2019",
          "Årets barometer viser at to av tre bedrifter har udekket kompetansebehov, særlig for fagarbeidere i "
          "tekniske fag."),
        M("nho_skatt", "Skattefradrag for kompetanseinvesteringer – videre arbeid", ["2.2"], "FoU", "NHO", "",
          "2019",
          "Oppfølging av utredningen fra 2018. NHO har presentert modellen for Finansdepartementet og i "
          "innspill til kompetansereformen."),
        M("nho_jenter", "Jenter og teknologi – fjerde år", ["2.3"], "Informasjon", "NHO",
          "Bedrifter, fylkeskommuner", "2016–2019",
          "Kampanjen ble gjennomført for fjerde og siste gang i 2019, med vekt på besøk i ungdomsskoler."),
        M("reiseliv", "Partssamarbeid om kompetanse i reiselivsnæringen", ["2.4"], "Prosjekt", "NHO Reiseliv",
          "LO, Fellesforbundet", "2019–2020",
          "NHO Reiseliv og arbeidstakersiden kartlegger kompetansebehov i hotell, restaurant og opplevelser, og "
          "tilbyr korte kurs til ansatte."),
        M("nho_dok", "Dokumentasjon av kompetanse fra arbeidslivet – pilot", ["2.5"], "Prosjekt", "NHO",
          "Kompetanse Norge, landsforeninger", "2018–2020",
          "Piloten er utvidet til to nye bransjer, og det er utviklet et verktøy for kompetansebeskrivelser."),
    ])

rep("KS_rapport_NKPS_2019.pdf", "KS", 2019, "ks",
    "KS: Tiltak 2019 – oppfølging av Nasjonal kompetansepolitisk strategi",
    "Matrisen viser KS' tiltak i 2019 ordnet etter delmål i strategien.",
    [
        M("forumkv", "Deltakelse i Nasjonalt forum for karriereveiledning", ["1.3"], "Råd, utvalg og nettverk",
          "KS", "Kompetanse Norge", "2016–",
          "KS er med i forumet og har særlig tatt opp karriereveiledning for voksne og rollen til de fylkesvise "
          "karrieresentrene."),
        M("ks_laring", "KS Læring – digital læringsplattform for kommunesektoren", ["2.1"], "Informasjon", "KS",
          "Kommuner, fylkeskommuner", "2016–",
          "Over 300 kommuner bruker nå plattformen. I 2019 kom en ny kursportal."),
        M("ks_digled", "Digitalt lederskap i kommunesektoren (videreført)", ["2.1"], "Kurs/utdanning", "KS",
          "KMD, OsloMet", "2018–2019",
          "Andre kull i lederprogrammet ble gjennomført i 2019. Programmet evalueres."),
        M("ks_veil", "Strategisk kompetanseplanlegging – veileder og verktøy", ["2.2"], "Informasjon", "KS", "",
          "2018–",
          "Verktøyet er tatt i bruk i mange kommuner og er oppdatert med en egen del for helse og omsorg."),
        M("ks_fou", "FoU: finansiering av etter- og videreutdanning i kommunene", ["2.2"], "FoU", "KS",
          "Agenda Kaupang", "2019",
          "Prosjektet kartlegger hvordan kommunene finansierer videreutdanning for sine ansatte, og hvilke "
          "ordninger som virker."),
        M("ks_konf19", "Konferanse om kompetanse og rekruttering 2019", ["2.2"], "Arrangement", "KS",
          "Fylkesmennene", "Oktober 2019",
          "Nasjonal konferanse for HR-ledere i kommunene om rekruttering, heltid og kompetanse. Om lag 400 "
          "deltakere i Oslo."),
        M("samkon", "Flere lærlinger i kommunesektoren – oppfølging av samfunnskontrakten", ["2.3"],
          "Råd, utvalg og nettverk", "KS", "KD, fylkeskommunene", "2016–2020",
          "KS har laget en oversikt over lærlinger per kommune og arbeider for at flere kommuner når målet om én "
          "lærling per 1000 innbyggere."),
    ])

rep("Spekter_rapport_2019.docx", "Spekter", 2019, "spekter",
    "Spekter – rapport til Kompetansepolitisk råd for 2019",
    "Fra i år viser vi til delmålene i strategien. Beskrivelsene følger etter tabellen.",
    [
        M("samkon", "Samfunnskontrakten – læreplasser i helseforetakene", ["1.4", "2.3"], "Råd/utvalg/nettverk",
          "Spekter", "Medlemsvirksomhetene, helseforetakene", "2016–2020",
          "Spekter har fulgt opp læreplassmålene i helseforetakene. Antall lærlinger i "
          "spesialisthelsetjenesten økte i 2019."),
        M("spk_mpl19", "Møteplass lærebedrifter 2019", ["1.4", "2.3"], "Arrangement", "Spekter",
          "Medlemsvirksomheter, fylkeskommuner", "Mars 2019",
          "Årets møteplass handlet om rekruttering av lærlinger til nye yrker i sykehusene, blant annet "
          "helsesekretær og ambulansearbeider."),
        M("spk_nett", "Arbeidsgivernettverket (videreført)", ["2.2"], "Råd/utvalg/nettverk", "Spekter",
          "Medlemsvirksomhetene", "2017–",
          "Nettverket har møttes tre ganger og har hatt kompetansereformen og livslang læring som tema."),
        M("sry", "Spekters plass i Samarbeidsrådet for yrkesopplæring", ["1.4"], "Råd/utvalg/nettverk", "Spekter",
          "", "Løpende",
          "Spekter er representert i SRY og følger særlig opp helse- og oppvekstfag."),
        M("spk_kdag", "Kompetansedag for ledere og tillitsvalgte i helseforetakene", ["2.2"], "Arrangement",
          "Spekter", "Unio, LO Stat, YS Stat", "September 2019",
          "Felles dag for ledere og tillitsvalgte om hvordan helseforetakene kan planlegge kompetanse sammen "
          "med de ansatte."),
    ], dm_style="code")

rep("YS_rapportering_2019.docx", "YS", 2019, "ys",
    "YS – rapportering til Kompetansepolitisk råd 2019",
    "YS' tiltak er ordnet etter strategiens tre innsatsområder.",
    [
        M("reform", "Innspill til kompetansereformen", ["2.2", "2.4"], "Informasjon", "YS", "YS-forbundene",
          "2019",
          "YS har gitt innspill i innspillsmøtene og skriftlig til departementet, med vekt på rett og mulighet "
          "til å lære i jobben."),
        M("ys_tv", "Tillitsvalgt og kompetanse – YS-kurs", ["2.2"], "Kurs/utdanning", "YS",
          "Parat, Delta, YS Stat", "2019",
          "Tre dagers kurs for tillitsvalgte i YS-forbundene om kompetanseplaner, hovedavtalens bestemmelser og "
          "drøftinger med arbeidsgiver."),
        M("ys_kart", "Medlemsundersøkelse om kompetanse og læring", ["2.2"], "Kartlegging/analyse", "YS",
          "Respons Analyse", "Høsten 2019",
          "Undersøkelse blant 3000 medlemmer i YS-forbundene om muligheter for læring på jobb og behov for "
          "etter- og videreutdanning."),
        M("ys_ar19", "Arendalsuka 2019: Hvem skal betale for livslang læring?", ["2.2"], "Arrangement/konferanse",
          "YS", "Unio", "August 2019",
          "Debattmøte sammen med Unio under Arendalsuka, med politikere fra fire partier og forskere."),
        M("ys_nett", "Kompetansepolitisk nettverk for YS-forbundene", ["2.2", "2.4"], "Råd/utvalg/nettverk", "YS",
          "YS-forbundene", "2019–",
          "Nytt nettverk etablert i 2019 for å samordne forbundenes arbeid med kompetansepolitikk."),
    ])

rep("Unio_rapport_2019.pdf", "Unio", 2019, "unio",
    "Unio – tiltak 2019 i oppfølgingen av Nasjonal kompetansepolitisk strategi",
    "Tabellen viser Unios tiltak i 2019. Under hvert tiltak følger en kort beskrivelse.",
    [
        M("forumkv", "Karriereveiledningsforumet (Kompetanse Norge)", ["1.3"], "Råd/utvalg/nettverk", "Unio",
          "Kompetanse Norge", "Løpende",
          "Unio er med i det nasjonale forumet for karriereveiledning og har tatt opp rådgivernes kompetanse i "
          "skolen."),
        M("reform", "Kompetansereformen – Unios innspill", ["2.2"], "Informasjon", "Unio", "Unio-forbundene",
          "2019",
          "Unio har gitt innspill til reformen om behovet for videreutdanning for ansatte i helse og skole."),
        M("ys_ar19", "Felles debatt med YS under Arendalsuka", ["2.2"], "Arrangement", "Unio og YS", "",
          "August 2019",
          "Unio og YS arrangerte sammen en debatt om finansiering av livslang læring."),
        M("unio_tv", "Kompetanse i tillitsvalgtopplæringen", ["2.2", "2.1"], "Kurs/utdanning", "Unio",
          "Unio-forbundene", "2019",
          "Unio har utviklet en modul om kompetanse og digitalisering til forbundenes grunnopplæring for "
          "tillitsvalgte."),
        M("spk_kdag", "Felles kompetansedag med Spekter", ["2.2"], "Arrangement", "Spekter",
          "Unio, LO Stat, YS Stat", "September 2019",
          "Unio var medarrangør av Spekters dag for ledere og tillitsvalgte i helseforetakene om "
          "kompetanseplanlegging."),
        M("unio_proba", "Utredning om videreutdanning for sykepleiere og lærere", ["2.2"], "FoU", "Unio",
          "Proba samfunnsanalyse", "2019",
          "Utredningen ser på hva som hindrer videreutdanning i store profesjonsgrupper, og hvordan tilbudet "
          "kan finansieres."),
    ])

rep("VOFO_rapport_2019.pdf", "VOFO", 2019, "vofo",
    "VOFO – rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2019",
    "Voksenopplæringsforbundet (VOFO) rapporterer her på tiltak i 2019, sortert etter type tiltak.",
    [
        M("kpf", "Kompetansepluss frivillighet", ["3.2", "3.6"], "Råd/utvalg/nettverk", "VOFO",
          "Kompetanse Norge, studieforbundene", "Løpende",
          "VOFO er i dialog med Kompetanse Norge om videreutvikling av ordningen og informerer studieforbundene "
          "om utlysningen"),
        M("vofo_part", "Partnerskapsavtaler med fylkeskommunene", ["1.2"], "Råd/utvalg/nettverk", "VOFO",
          "Fylkeskommunene", "2018–2020",
          "VOFO har inngått avtaler med fem fylkeskommuner om samarbeid om voksnes læring og om "
          "studieforbundenes plass i regionale kompetansestrategier"),
        M("vofo_norsk", "Norsktrening i studieforbund", ["3.4", "3.6"], "Kurs/utdanning", "VOFO",
          "Studieforbundene, IMDi", "2019",
          "Studieforbundene tilbyr språkkafeer og norsktrening for innvandrere som et supplement til "
          "norskopplæringen"),
        M("vofo_reg", "Kompetanseheving for regionkonsulenter", ["1.2"], "Kurs/utdanning", "VOFO", "",
          "2019–2020",
          "Samlinger for VOFOs regionale konsulenter om regional kompetansepolitikk og karriereveiledning"),
        M("vofo_kart", "Kartlegging av læringsutbytte i studieforbund", ["3.6"], "Prosjekt", "VOFO", "Fafo", "2019",
          "Deltakere på studieforbundenes kurs spørres om hva de har lært, og om kurset har betydning for jobb "
          "og videre utdanning"),
    ])

rep("Rogaland_fylkeskommune_2019.docx", "Rogaland fylkeskommune", 2019, "rogaland",
    "Rogaland fylkeskommune – rapportering til Kompetansepolitisk råd 2019",
    "Tiltakene er ordnet etter delmålene i Nasjonal kompetansepolitisk strategi.",
    [
        M("rog_plan", "Regional kompetanseplan for Rogaland (vedtatt)", ["1.2"], "Plan",
          "Rogaland fylkeskommune", "NAV Rogaland, NHO Rogaland, LO i Rogaland, UiS, kommunene", "2019–2030",
          "Planen ble vedtatt i fylkestinget i juni 2019 med fire satsingsområder. Handlingsprogram for 2020 er "
          "under arbeid."),
        M("rog_forum", "Kompetanseforum Rogaland", ["1.2"], "Råd/utvalg/nettverk", "Rogaland fylkeskommune",
          "NAV, partene i arbeidslivet, UiS, fagskolene, Fylkesmannen", "2017–",
          "Forumet har fått en ny rolle i oppfølgingen av den regionale kompetanseplanen."),
        M("rog_karr", "Karrieresenteret – karriereveiledning for voksne", ["1.3", "3.4"], "Informasjon/veiledning",
          "Rogaland fylkeskommune", "NAV Rogaland, kommunene", "Løpende",
          "Senteret har startet med veiledning for deltakere i introduksjonsprogrammet i samarbeid med "
          "kommunene."),
        M("rsa_uis", "Råd for samarbeid med arbeidslivet – UiS", ["1.4"], "Råd/utvalg/nettverk",
          "Universitetet i Stavanger", "Rogaland fylkeskommune, NHO, LO, KS", "2018–",
          "Rådet har i 2019 drøftet nye etter- og videreutdanningstilbud for energisektoren."),
        M("rog_instr", "Instruktøropplæring for lærebedrifter (fortsatt)", ["1.4", "2.3"], "Kurs/utdanning",
          "Rogaland fylkeskommune", "Opplæringskontorene", "2018–",
          "Kursene er gjennomført i alle regioner i fylket, og et nettkurs er under utvikling."),
        M("rog_fagbrev", "Fagbrev på jobb i Rogaland", ["2.5"], "Prosjekt", "Rogaland fylkeskommune",
          "NAV Rogaland, opplæringskontorene, kommunene", "2019–2021",
          "Ansatte uten fagbrev kan ta fagbrev gjennom arbeidet sitt uten å gå veien om læreplass. De første "
          "kandidatene startet høsten 2019."),
        M("modul", "Modulforsøket i Rogaland", ["3.1"], "Prosjekt", "Rogaland fylkeskommune",
          "Udir, NAV Rogaland", "2017–2020",
          "Forsøket er utvidet til kokkfaget. Erfaringene deles med de andre fylkene i Udirs forsøk."),
    ])

rep("More_og_Romsdal_fk_2019.pdf", "Møre og Romsdal fylkeskommune", 2019, "moreromsdal",
    "Møre og Romsdal fylkeskommune – rapportering til Kompetansepolitisk råd for 2019",
    "Her følgjer tiltaka fylkeskommunen har arbeidd med i 2019.",
    [
        M("mr_allianse", "Kompetansealliansen Møre og Romsdal", ["1.2"], "Råd/utval/nettverk",
          "Møre og Romsdal fylkeskommune", "Næringslivet, klyngjene, Høgskolen i Molde, NTNU i Ålesund, fagskulane",
          "2019–",
          "Alliansen vart skipa i april 2019 og har hatt tre møte. Han skal samordne arbeidet med "
          "kompetansebehova i regionen."),
        M("mr_karr", "Karrieresentera – tilbod til alle vaksne over 19 år", ["1.3"], "Prosjekt",
          "Møre og Romsdal fylkeskommune", "NAV Møre og Romsdal, kommunane", "2018–",
          "Tilbodet er no utvida til alle regionane i fylket, og rettleiarane har fått opplæring i "
          "kompetansestandarden."),
        M("mr_yon", "Yrkesopplæringsnemnda i Møre og Romsdal", ["1.4"], "Råd/utval/nettverk",
          "Møre og Romsdal fylkeskommune", "Partane i arbeidslivet", "Løpande",
          "Nemnda har i 2019 særleg arbeidd med tilbodsstrukturen i industrifaga."),
        M("mr_fagskule", "Fagskuletilbod etter behova i næringslivet", ["1.4", "2.4"], "Kurs/utdanning",
          "Fagskulen Møre og Romsdal", "Klyngjene, fylkeskommunen", "2018–2020",
          "To nye tilbod starta hausten 2019, mellom anna eit nettbasert tilbod i automasjon."),
        M("mr_digi", "Digital kompetanse i kommunane", ["2.1"], "Prosjekt", "Møre og Romsdal fylkeskommune",
          "KS, kommunane i fylket", "2019–2020",
          "Eit nettverk for digital kompetanse blant tilsette i kommunane i fylket, med kurs i bruk av nye "
          "fagsystem."),
        M("mr_fagbrev", "Fagbrev på jobb i Møre og Romsdal", ["2.5"], "Prosjekt", "Møre og Romsdal fylkeskommune",
          "NAV, opplæringskontora", "2019–2021",
          "Tilsette utan fagbrev kan ta fagbrev gjennom arbeidet sitt. Vi har starta med helsearbeidarfaget."),
    ])

rep("Nordland_fylkeskommune_2019.docx", "Nordland fylkeskommune", 2019, "nordland",
    "Nordland fylkeskommune – årsrapport 2019 til Kompetansepolitisk råd",
    "Tabellen under viser fylkeskommunens tiltak i 2019, ett tiltak om gangen.",
    [
        M("nor_plan", "Regional kompetanseplan for Nordland", ["1.2"], "Strategi/plan", "Nordland fylkeskommune",
          "Kommunene, NAV Nordland, partene i arbeidslivet, Nord universitet", "2019–2022",
          "Planen skal samle innsatsen for å sikre kompetanse i fylket. Høringsutkast ble sendt ut høsten "
          "2019."),
        M("nor_forum", "Kompetanseforum Nordland", ["1.2"], "Råd/utvalg/nettverk", "Nordland fylkeskommune",
          "NAV Nordland, partene i arbeidslivet, Nord universitet, fagskolene", "2019–",
          "Et nytt partnerskap mellom fylkeskommunen, NAV, partene og utdanningsinstitusjonene. Første møte var "
          "i mars 2019."),
        M("nor_karr", "Karriere Nordland", ["1.3"], "Informasjon/veiledning", "Nordland fylkeskommune",
          "NAV Nordland", "Løpende",
          "Karrieresentrene i Bodø, Mo i Rana og Narvik gir veiledning til voksne. Et nytt senter i Lofoten er "
          "under planlegging."),
        M("rsa_nord", "Rådet for samarbeid med arbeidslivet ved Nord universitet", ["1.4"], "Råd/utvalg/nettverk",
          "Nord universitet", "Nordland fylkeskommune, NHO Nordland, LO Nordland, KS Nordland", "2019–",
          "Fylkeskommunen deltar i universitetets råd for samarbeid med arbeidslivet, som drøfter nye "
          "studietilbud og praksis."),
        M("modul", "Deltakelse i forsøk med modulstrukturert opplæring for voksne (Udir)", ["3.1"], "Prosjekt",
          "Nordland fylkeskommune", "Udir, NAV Nordland", "2019–2020",
          "Nordland gikk inn i forsøket i 2019 med kokkfaget og helsearbeiderfaget."),
        M("nor_havbruk", "Fagskoletilbud i havbruk og sjømat", ["1.4", "2.4"], "Kurs/utdanning",
          "Nordland fylkeskommune", "Fagskolen i Nordland, sjømatbedrifter", "2019–2021",
          "Et nytt deltidstilbud i havbruksdrift utviklet sammen med bedriftene. Første kull startet i august "
          "2019."),
    ])

# =============================================================================
# 2020
# =============================================================================
rep("Regjeringen_NKPS_rapport_2020.pdf", "Regjeringen", 2020, "regj",
    "Regjeringens rapportering til Kompetansepolitisk råd – tiltak i 2020",
    "Tabellen gir en oversikt over departementenes tiltak i 2020. Flere tiltak er endret eller forsterket som "
    "følge av koronapandemien.",
    [
        M("kbu", "KBU – Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD",
          "KMD, ASD, NFD, partene i arbeidslivet, Kompetanse Norge", "2017–2023",
          "NOU 2020: 2 Fremtidige kompetansebehov III – Læring og kompetanse i alle ledd ble lagt fram i februar "
          "2020. Utvalget er forlenget med nytt mandat."),
        M("samkon", "Samfunnskontrakt for flere læreplasser – avslutning", ["1.4", "2.3"], "Råd/utvalg/nettverk",
          "KD", "Partene, KS, fylkeskommunene", "2016–2020",
          "Kontraktsperioden går ut i 2020. Pandemien ga færre læreplasser, og partene har samarbeidet om tiltak "
          "for at lærlinger ikke skal miste plassen."),
        M("fleks", "Utvikling av fleksible videreutdanningstilbud", ["2.1", "2.4"], "Tilskuddsordning", "KD",
          "Kompetanse Norge, universiteter og høyskoler, fagskoler", "2017–",
          "I 2020 ble ordningen styrket som del av regjeringens krisetiltak, med en ekstra utlysning rettet mot "
          "permitterte og ledige."),
        M("kpa", "Kompetansepluss arbeid", ["3.2"], "Tilskuddsordning", "KD",
          "Kompetanse Norge, partene i arbeidslivet", "Løpende",
          "Ordningen fortsetter. Mange prosjekter ble forsinket av pandemien, og fristen for gjennomføring er "
          "forlenget."),
        M("digkv", "karriereveiledning.no", ["1.3"], "Informasjon/veiledning", "KD", "Kompetanse Norge", "2020–",
          "Den digitale karriereveiledningstjenesten ble lansert i februar 2020 og fikk stor pågang under "
          "pandemien. Veiledning gis på chat, telefon og e-post."),
        M("reform", "Meld. St. 14 (2019–2020) Kompetansereformen – Lære hele livet", ["2.2", "2.4", "3.1"],
          "Stortingsmelding", "KD", "ASD, NFD, KMD, partene i arbeidslivet", "2020–",
          "Meldingen ble lagt fram i januar 2020 og behandlet i Stortinget i juni. Den følges opp med "
          "bransjeprogram, fleksible tilbud og et bedre informasjonsgrunnlag."),
        M("modul", "Forsøk med modulstrukturert opplæring for voksne – sluttår", ["3.1"], "Prosjekt", "KD",
          "Udir, fylkeskommunene", "2017–2020",
          "Forsøket avsluttes. Erfaringene brukes i arbeidet med et varig tilbud om modulbasert opplæring for "
          "voksne."),
        M("navutd", "Utdanning som tiltak i NAV (videreført)", ["3.5"], "Regelverk", "ASD", "AVdir", "2019–",
          "Ordningen er videreført. Under pandemien ble adgangen til å kombinere dagpenger og utdanning "
          "midlertidig utvidet."),
        M("utdloft", "Utdanningsløftet 2020", ["3.1", "3.3"], "Tilskuddsordning", "KD",
          "ASD, fylkeskommunene, Kompetanse Norge, utdanningsinstitusjonene", "2020",
          "Krisepakke for utdanning og kompetanse under koronapandemien: flere studieplasser og fagskoleplasser, "
          "fleksible tilbud og opplæring for permitterte og ledige."),
        M("bp_ho", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.4"], "Tilskuddsordning", "KD",
          "KS, Fagforbundet, Delta, NSF, Kompetanse Norge", "2020–",
          "Partene i sektoren har sammen prioritert tilbud for helsefagarbeidere og assistenter. De første "
          "tilbudene startet høsten 2020."),
        M("bp_ib", "Bransjeprogram for industri og bygg", ["2.4"], "Tilskuddsordning", "KD",
          "LO, NHO, Fellesforbundet, Norsk Industri, Kompetanse Norge", "2020–",
          "Programmet gir korte, arbeidsrettede kurs til ansatte og permitterte i industrien og "
          "byggenæringen."),
        M("kl2025", "Kompetanseløft 2025", ["1.4", "2.2"], "Handlingsplan", "HOD",
          "KS, Helsedirektoratet, Fagforbundet, Delta, NSF", "2021–2025",
          "Regjeringens nye plan for rekruttering, kompetanse og fagutvikling i den kommunale helse- og "
          "omsorgstjenesten ble lagt fram høsten 2020 og avløser Kompetanseløft 2020."),
    ])

rep("LO-rapportering-NKPS-2020.docx", "LO", 2020, "lo",
    "LOs oppfølging av Nasjonal kompetansepolitisk strategi 2020",
    "LO rapporterer her på tiltak vi har hatt ansvar for eller deltatt i i 2020, et år preget av pandemien.",
    [
        M("kbu", "KBU – LOs representasjon", ["1.1"], "Råd/utvalg/nettverk", "LO", "KD, partene i arbeidslivet",
          "2017–2023",
          "LO har bidratt i arbeidet med den tredje hovedrapporten og i diskusjonen om utvalgets nye mandat."),
        M("lo_tv", "Digitale kurs for tillitsvalgte om kompetanse", ["2.1", "2.2"], "Kurs/utdanning", "LO",
          "Forbundene, AOF", "2020",
          "På grunn av pandemien ble tillitsvalgtkursene om kompetanse lagt om til digitale samlinger. Innholdet "
          "er det samme som tidligere år, med en ny del om digital kompetanse."),
        M("reiseliv", "Kompetanseløft i reiselivet (fortsatt)", ["2.4", "3.3"], "Prosjekt", "LO og Fellesforbundet",
          "NHO Reiseliv", "2019–2021",
          "Under pandemien er det lagt vekt på opplæring for permitterte i reiselivet. Prosjektet er forlenget "
          "til 2021."),
        M("utdloft", "Utdanningsløftet – kompetanse for permitterte og ledige", ["3.1", "3.3"], "Informasjon", "LO",
          "KD, forbundene", "2020",
          "LO har fått gjennomslag for at permitterte kan ta opplæring uten å miste dagpenger, og har informert "
          "forbundene om tilbudene i regjeringens utdanningsløft."),
        M("bp_ib", "Bransjeprogrammet for industri og bygg", ["2.4"], "Råd/utvalg/nettverk", "LO og Fellesforbundet",
          "NHO, Norsk Industri, Byggenæringens Landsforening, KD", "2020–",
          "LO og Fellesforbundet sitter i styringsgruppen for bransjeprogrammet og har vært med på å velge ut "
          "kursene."),
        M("reform", "Oppfølging av Meld. St. 14 Kompetansereformen", ["2.2", "2.4"], "Informasjon", "LO",
          "Forbundene", "2020",
          "LO følger opp stortingsmeldingen og arbeider for en bedre finansiering av etter- og videreutdanning "
          "for voksne i jobb."),
    ])

rep("NHO_tiltak_2020.docx", "NHO", 2020, "nho",
    "NHO – rapportering på tiltak i 2020 (Nasjonal kompetansepolitisk strategi)",
    "Nedenfor følger NHOs tiltak i 2020, ett skjema per tiltak.",
    [
        M("samkon", "Læreplassarbeid under samfunnskontrakten", ["2.3"], "Informasjon", "NHO",
          "KD, LO, fylkeskommunene", "2020",
          "Under pandemien har NHO informert bedriftene om lærlingtilskuddet og om muligheten til å beholde "
          "lærlinger ved permittering."),
        M("nho_barom", "NHOs kompetansebarometer (NIFU)", ["2.2"], "Kartlegging", "NHO", "NIFU", "2020",
          "Barometeret ble gjennomført våren 2020 med egne spørsmål om hvordan pandemien påvirker bedriftenes "
          "kompetansebehov."),
        M("reiseliv", "Kompetansesatsing for reiselivet – oppfølging", ["2.4", "3.3"], "Prosjekt", "NHO Reiseliv",
          "LO, Fellesforbundet, Kompetanse Norge", "2019–2021",
          "Satsingen er lagt om til opplæring for permitterte i reiselivet og videreføres i 2021."),
        M("bp_ib", "Bransjeprogram industri og bygg – NHOs deltakelse", ["2.4"], "Råd/utvalg/nettverk",
          "NHO, Norsk Industri", "LO, Fellesforbundet, KD", "2020–",
          "NHO og landsforeningene er med i programmets styringsgruppe og formidler tilbudene til bedriftene."),
        M("nho_dok", "Dokumentasjon av realkompetanse i bedrift", ["2.5"], "Prosjekt", "NHO", "Kompetanse Norge",
          "2018–2020",
          "Piloten avsluttes i 2020 med en rapport og en veileder for bedrifter."),
        M("nho_fagarb", "Fagarbeideren i omstilling – rapport", ["2.3", "2.2"], "FoU", "NHO", "Fafo", "2020",
          "Rapporten ser på hvordan fagarbeidere bidrar i digitalisering og grønn omstilling i "
          "industribedrifter."),
    ])

rep("KS_rapport_NKPS_2020.pdf", "KS", 2020, "ks",
    "KS: Tiltak 2020 – oppfølging av Nasjonal kompetansepolitisk strategi",
    "Matrisen viser KS' tiltak i 2020 ordnet etter delmål i strategien.",
    [
        M("kl2025", "Innspill til Kompetanseløft 2025", ["1.4"], "Råd, utvalg og nettverk", "KS",
          "HOD, Helsedirektoratet", "2020",
          "KS har gitt innspill til regjeringens nye plan for kompetanse i helse og omsorg i kommunene og skal "
          "delta i oppfølgingen."),
        M("ks_laring", "Videreutvikling av KS Læring", ["2.1"], "Informasjon", "KS", "Kommuner, fylkeskommuner",
          "2016–",
          "Under pandemien økte bruken av plattformen kraftig. Det er lagt til nye kurs om smittevern og "
          "digitalt arbeid."),
        M("ks_veil", "Kompetanseplanlegging i kommunene – oppdatert veileder", ["2.2"], "Informasjon", "KS", "",
          "2018–",
          "Veilederen er revidert med eksempler fra kommuner som har brukt den i to år."),
        M("ks_konf20", "Konferanse om kompetanse og rekruttering 2020 (digital)", ["2.2"], "Arrangement", "KS", "",
          "November 2020",
          "Årets konferanse ble holdt digitalt med omstilling og kompetanse etter pandemien som tema."),
        M("samkon", "Samfunnskontrakten: lærlinger i kommunene", ["2.3"], "Råd, utvalg og nettverk", "KS",
          "KD, fylkeskommunene", "2016–2020",
          "Siste år i kontraktsperioden. Antallet lærlinger i kommunesektoren holdt seg stabilt tross "
          "pandemien."),
        M("bp_ho", "Bransjeprogram for kommunal helse og omsorg", ["2.4"], "Råd, utvalg og nettverk", "KS",
          "KD, Fagforbundet, Delta, NSF, FO", "2020–",
          "KS leder partssamarbeidet i bransjeprogrammet for den kommunale helse- og omsorgssektoren. De første "
          "tilbudene startet i august 2020."),
    ])

rep("YS_rapportering_2020.pdf", "YS", 2020, "ys",
    "YS – rapportering til Kompetansepolitisk råd 2020",
    "YS' tiltak er ordnet etter strategiens tre innsatsområder.",
    [
        M("kbu", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "YS", "KD, partene",
          "2020–2023",
          "YS fikk plass i utvalget da mandatet ble fornyet i 2020, og deltar i arbeidet med temarapportene."),
        M("forumkv", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "YS",
          "Kompetanse Norge", "2020–",
          "YS deltar i forumet, som i 2020 drøftet karriereveiledning for permitterte og ledige."),
        M("reform", "Oppfølging av kompetansereformen", ["2.2", "2.4"], "Informasjon", "YS", "YS-forbundene",
          "2020",
          "YS har fulgt opp meldingen om Lære hele livet med innspill til bransjeprogrammene og til "
          "statsbudsjettet."),
        M("ys_tv", "YS-kurs for tillitsvalgte om kompetanse (digitalt)", ["2.2"], "Kurs/utdanning", "YS",
          "Parat, Delta, YS Stat", "2020",
          "Kurset er videreført i digital form med fire korte samlinger."),
        M("ys_rap", "Rapporten «Læring i jobben» – funn fra medlemsundersøkelsen", ["2.2"], "Kartlegging/analyse",
          "YS", "Respons Analyse", "2020",
          "Rapporten presenterer resultatene fra undersøkelsen høsten 2019 og YS' anbefalinger. Den ble lansert i "
          "mars 2020."),
        M("ys_ar20", "Digitalt arrangement under Arendalsuka 2020", ["2.1"], "Arrangement/konferanse", "YS", "",
          "August 2020",
          "Et strømmet møte om digital kompetanse og omstilling etter pandemien, med nye innledere."),
        M("ys_nett", "Kompetansepolitisk nettverk i YS", ["2.2", "2.4"], "Råd/utvalg/nettverk", "YS",
          "YS-forbundene", "2019–",
          "Nettverket samler de kompetanseansvarlige i forbundene fire ganger i året."),
    ])

rep("Virke_rapport_NKPS_2020.pdf", "Virke", 2020, "virke",
    "Virkes rapportering 2020 – Nasjonal kompetansepolitisk strategi",
    "Virke rapporterte ikke for 2019. Her følger tiltakene for 2020:",
    [
        M("samkon", "Samfunnskontrakt for flere læreplasser (fortsatt)", ["2.3"], "Råd/utvalg/nettverk", "Virke",
          "KD, LO, NHO, KS, Spekter", "2016–2020",
          "Virke har fortsatt arbeidet med læreplasser i kontraktens siste år og har bedt medlemmene beholde "
          "lærlinger gjennom pandemien."),
        M("sry", "SRY – Virkes representasjon (videreført)", ["1.4", "2.3"], "Råd/utvalg/nettverk", "Virke", "",
          "Løpende",
          "Virke er fortsatt representert i SRY. Fagfornyelsen og nye læreplaner har preget arbeidet."),
        M("vir_hr", "HR-nettverket for kompetanseutvikling", ["2.2"], "Råd/utvalg/nettverk", "Virke",
          "Medlemsvirksomheter", "2018–",
          "Nettverket har møttes digitalt. Tema i 2020 har vært omstilling og opplæring av permitterte."),
        M("vir_rap", "Rapporten «Handel i endring – kompetansebehov i en digital varehandel»", ["2.1", "2.2"],
          "Forskning og utvikling", "Virke", "Handel og Kontor", "2020",
          "Rapporten bygger på funnene fra kartleggingen 2018–2019 og gir anbefalinger om kurs og bransjeprogram "
          "for varehandelen."),
        M("bp_vh", "Bransjeprogram for varehandelen – forarbeid", ["2.4"], "Prosjekt", "Virke",
          "Handel og Kontor, NHO Service og Handel, KD", "2020–2021",
          "Partene i varehandelen har lagt fram et forslag til bransjeprogram for ansatte i butikk og lager. "
          "Programmet ventes å starte i 2021."),
        M("vir_kurs", "Digitale kurs for medlemsbedrifter under pandemien", ["2.1"], "Kurs/utdanning", "Virke", "",
          "2020",
          "Virke har tilbudt gratis korte nettkurs i netthandel, digital markedsføring og ledelse på avstand."),
    ])

rep("VOFO_rapport_2020.docx", "VOFO", 2020, "vofo",
    "VOFO – rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2020",
    "Voksenopplæringsforbundet (VOFO) rapporterer her på tiltak i 2020, sortert etter type tiltak.",
    [
        M("kpf", "Fortsatt dialog om Kompetansepluss frivillighet", ["3.2"], "Råd/utvalg/nettverk", "VOFO",
          "Kompetanse Norge, studieforbundene", "Løpende",
          "VOFO har fulgt opp ordningen og bedt om at frister forlenges for prosjekter som er stanset av "
          "pandemien"),
        M("vofo_part", "Samarbeidsavtaler med fylkeskommuner (videreført)", ["1.2"], "Råd/utvalg/nettverk", "VOFO",
          "Fylkeskommunene", "2018–2022",
          "Avtalene er videreført og tilpasset de nye fylkeskommunene fra 2020"),
        M("vofo_norsk", "Norsktrening og språkkafé i studieforbundene", ["3.4"], "Kurs/utdanning", "VOFO",
          "Studieforbundene, IMDi", "2020",
          "Mye av aktiviteten ble flyttet til nett under pandemien, og mange frivillige fikk opplæring i digitale "
          "verktøy"),
        M("vofo_reg", "Kompetanseheving for regionkonsulentene", ["1.2"], "Kurs/utdanning", "VOFO", "", "2019–2020",
          "Samlingene er fullført, med vekt på de nye regionale kompetansestrategiene"),
        M("vofo_dig", "Omstilling til digitale kurs i studieforbundene", [], "Prosjekt", "VOFO",
          "Studieforbundene", "2020",
          "Et prosjekt som hjelper studieforbundene med å flytte kurs til nett og å lære opp kursledere"),
    ])

rep("Nordland_fylkeskommune_2020.pdf", "Nordland fylkeskommune", 2020, "nordland",
    "Nordland fylkeskommune – årsrapport 2020 til Kompetansepolitisk råd",
    "Tabellen under viser fylkeskommunens tiltak i 2020, ett tiltak om gangen.",
    [
        M("nor_plan", "Regional kompetanseplan Nordland – handlingsprogram 2020", ["1.2"], "Strategi/plan",
          "Nordland fylkeskommune", "Kommunene, NAV Nordland, partene i arbeidslivet, Nord universitet",
          "2020–2022",
          "Planen ble vedtatt i fylkestinget i februar 2020. Handlingsprogrammet har 14 tiltak, blant annet for "
          "voksne uten fullført videregående opplæring."),
        M("nor_forum", "Kompetanseforum Nordland", ["1.2"], "Råd/utvalg/nettverk", "Nordland fylkeskommune",
          "NAV Nordland, partene i arbeidslivet, Nord universitet, fagskolene", "2019–",
          "Forumet har vært brukt til å samordne innsatsen for permitterte under pandemien."),
        M("nor_karr", "Karriere Nordland – karrieresentrene", ["1.3", "3.3"], "Informasjon/veiledning",
          "Nordland fylkeskommune", "NAV Nordland", "Løpende",
          "Under pandemien har sentrene gitt digital veiledning til permitterte og ledige i samarbeid med NAV."),
        M("rsa_nord", "RSA Nord universitet", ["1.4"], "Råd/utvalg/nettverk", "Nord universitet",
          "Nordland fylkeskommune, NHO Nordland, LO Nordland, KS Nordland", "2019–",
          "Rådet har drøftet fleksible videreutdanningstilbud for permitterte i Nordland."),
        M("nor_instr", "Kurs for instruktører og faglige ledere i Nordland", ["1.4", "2.3"], "Kurs/utdanning",
          "Nordland fylkeskommune", "Opplæringskontorene i Nordland", "2020",
          "Digitale kurs for instruktører i lærebedrifter om oppfølging av lærlinger og de nye læreplanene."),
        M("nor_havbruk", "Fagskoletilbud i havbruk – andre kull", ["1.4", "2.4"], "Kurs/utdanning",
          "Nordland fylkeskommune", "Fagskolen i Nordland, sjømatbedrifter", "2019–2021",
          "Andre kull startet høsten 2020, og tilbudet er utvidet med en modul i fiskehelse."),
    ])

rep("Agder_fylkeskommune_2020.pdf", "Agder fylkeskommune", 2020, "agder",
    "Agder fylkeskommune – rapportering til Kompetansepolitisk råd 2020",
    "Agder fylkeskommune ble etablert 1. januar 2020. Dette er vår første rapport; ett skjema per tiltak.",
    [
        M("agd_plan", "Regionplan Agder 2030 – kompetanse og inkludering", ["1.2"], "Plan/strategi",
          "Agder fylkeskommune", "Kommunene, NAV Agder, UiA, partene i arbeidslivet", "2020–2030",
          "Den nye regionplanen for Agder ble vedtatt i 2020 og har utdanning og kompetanse som ett av fem "
          "satsingsområder."),
        M("agd_forum", "Kompetanseforum Agder – oppstart", ["1.2"], "Nettverk", "Agder fylkeskommune",
          "NAV Agder, UiA, Fagskolen i Agder, NHO Agder, LO Agder", "2020–",
          "Et nytt forum for samarbeid om kompetanse i den sammenslåtte fylkeskommunen. Første møte ble holdt "
          "digitalt i september 2020."),
        M("agd_karr", "Karriere Agder", ["1.3"], "Informasjon/veiledning", "Agder fylkeskommune", "NAV Agder",
          "2020–",
          "De to karrieresentrene i Kristiansand og Arendal er slått sammen til én tjeneste. Digital veiledning "
          "ble tatt i bruk i mars 2020."),
        M("modul", "Modulforsøket for voksne i Agder", ["3.1"], "Utdanningstilbud/kurs", "Agder fylkeskommune",
          "Udir, NAV Agder", "2017–2020",
          "Agder viderefører deltakelsen i Udirs forsøk fra de to tidligere fylkene, med modulbasert opplæring i "
          "barne- og ungdomsarbeiderfaget."),
        M("agd_sprak", "Språk og arbeid – opplæring for minoritetsspråklige voksne", ["3.4", "3.1"],
          "Utdanningstilbud/kurs", "Agder fylkeskommune", "Kommunene, IMDi, NAV Agder", "2020–2022",
          "Kombinert norskopplæring og yrkesopplæring for innvandrere, med fagbrev som mål."),
        M("agd_fagbrev", "Fagbrev på jobb – Agder", ["2.5"], "Prosjekt", "Agder fylkeskommune",
          "NAV Agder, opplæringskontorene", "2020–2022",
          "Modellen for fagbrev på jobb er tatt i bruk i Agder for ansatte i industri og helse."),
    ])

rep("Fagforbundet_rapport_2020.docx", "Fagforbundet", 2020, "fagforbundet",
    "Fagforbundet – innspill til rapporteringen for 2020",
    "Fagforbundet rapporterer for første gang egne tiltak. Tiltakene er beskrevet kort nedenfor.",
    [
        M("bp_ho", "Bransjeprogrammet for helse og omsorg i kommunene", ["2.4"], "Råd/utvalg/nettverk",
          "KS og arbeidstakerorganisasjonene", "KD, Kompetanse Norge", "2020–",
          "Fagforbundet er med i partssamarbeidet som har valgt ut tilbud til helsefagarbeidere og assistenter."),
        M("ff_tv", "Skolering av tillitsvalgte i kompetanseplanlegging", ["2.2"], "Kurs/utdanning", "Fagforbundet",
          "AOF", "2020",
          "Fagforbundets eget kurs for tillitsvalgte i kommunene om å være med på å lage kompetanseplaner. "
          "Kurset kommer i tillegg til LOs kurs."),
        M("ff_stip", "Fagforbundets stipend til etter- og videreutdanning", ["2.2", "3.1"], "Tilskuddsordning",
          "Fagforbundet", "", "2020",
          "Medlemmer kan søke stipend til utdanning som styrker dem i jobben. 1200 stipender ble tildelt i "
          "2020."),
        M("kl2025", "Kompetanseløft 2025 – innspill fra Fagforbundet", ["1.4"], "Informasjon", "Fagforbundet",
          "HOD", "2020",
          "Fagforbundet har gitt innspill til den nye planen, blant annet om flere heltidsstillinger og fagbrev "
          "for assistenter."),
        M("ff_assist", "Fra assistent til fagarbeider", ["2.5", "3.1"], "Informasjon", "Fagforbundet", "",
          "2020–2021",
          "Fagforbundet har laget informasjonsmateriell og holdt møter for assistenter i helse og oppvekst som "
          "vil ta fagbrev som praksiskandidat."),
    ])

# =============================================================================
# near misses: pairs of keys that look alike but are different tiltak
# =============================================================================
NEAR = [
    ("lo_tv", "ys_tv", "Two confederations' own, separate courses for shop stewards on competence (LO vs YS)."),
    ("lo_tv", "ff_tv", "LO's course for shop stewards vs Fagforbundet's own course (Fagforbundet is an LO "
                       "union, and says its course comes in addition to LO's)."),
    ("ys_tv", "unio_tv", "YS' course for shop stewards vs Unio's module in its unions' shop-steward training."),
    ("lo_tv", "unio_tv", "LO's shop-steward courses vs Unio's shop-steward training module."),
    ("rog_plan", "nor_plan", "Two counties' own regional competence plans (Rogaland vs Nordland), parallel titles."),
    ("nor_plan", "agd_plan", "Nordland's regional competence plan vs Agder's Regionplan Agder 2030."),
    ("rog_plan", "agd_plan", "Rogaland's regional competence plan vs Agder's Regionplan Agder 2030."),
    ("rog_forum", "nor_forum", "Kompetanseforum Rogaland vs Kompetanseforum Nordland: separate county partnerships."),
    ("nor_forum", "agd_forum", "Kompetanseforum Nordland vs Kompetanseforum Agder: separate county partnerships."),
    ("rog_forum", "mr_allianse", "Rogaland's competence forum vs Møre og Romsdal's Kompetansealliansen."),
    ("rog_karr", "nor_karr", "Two counties' own career centres (Rogaland vs Nordland)."),
    ("nor_karr", "agd_karr", "Karriere Nordland vs Karriere Agder: separate county career services."),
    ("rog_karr", "mr_karr", "Rogaland's career centre vs Møre og Romsdal's career centres for adults over 19."),
    ("rog_yon", "mr_yon", "Two counties' yrkesopplæringsnemnder (Rogaland vs Møre og Romsdal)."),
    ("sry", "rog_yon", "SRY is the national council; the yrkesopplæringsnemnd is a county board."),
    ("rsa_uis", "rsa_nord", "RSA at Universitetet i Stavanger vs RSA at Nord universitet: separate councils."),
    ("lo_rsa", "rsa_uis", "LO's general effort to strengthen worker representation in all RSAs vs the RSA at UiS."),
    ("rog_instr", "nor_instr", "Two counties' own courses for instructors in training companies."),
    ("rog_hosp", "mr_hosp", "Two counties' own hospitation schemes for vocational teachers (Rogaland vs M&R)."),
    ("nor_havbruk", "mr_fagskule", "Two counties' new fagskole offers built with local industry (Nordland vs M&R)."),
    ("rog_fagbrev", "mr_fagbrev", "Fagbrev på jobb run by two different counties (Rogaland vs Møre og Romsdal)."),
    ("rog_fagbrev", "agd_fagbrev", "Fagbrev på jobb run by two different counties (Rogaland vs Agder)."),
    ("ks_konf19", "ks_konf20", "KS' conference of 2019 vs its conference of 2020: separate events."),
    ("spk_mpl18", "spk_mpl19", "Spekter's Møteplass lærebedrifter 2018 vs 2019: separate yearly events."),
    ("ys_ar19", "ys_ar20", "YS' Arendalsuka debate 2019 (with Unio) vs its own digital Arendalsuka event 2020."),
    ("kpa", "kpf", "Two sub-schemes of Kompetansepluss: arbeid vs frivillighet."),
    ("bp_ho", "bp_ib", "Two different bransjeprogram: kommunal helse og omsorg vs industri og bygg."),
    ("bp_ib", "bp_vh", "Bransjeprogram for industri og bygg vs the proposed programme for varehandel."),
    ("lo_tarkart", "lo_tarrap", "LO's 2018 survey of tariff-agreement clauses vs the 2019 report written from it."),
    ("ys_kart", "ys_rap", "YS' 2019 member survey vs the 2020 report presenting its results."),
    ("vir_kart", "vir_rap", "Virke's 2018–2019 survey on technology in retail vs the 2020 report built on it."),
    ("kl2020", "kl2025", "Kompetanseløft 2020 vs its successor plan Kompetanseløft 2025 (2021–2025)."),
    ("kbu", "evu", "Two different government committees: KBU vs the expert committee on further education."),
    ("forumkv", "kvalram", "The national career-guidance forum vs the quality framework for career guidance."),
    ("kvalram", "digkv", "The quality framework for career guidance vs the digital career-guidance service."),
    ("kpa", "spk_kpakonf", "The Kompetansepluss arbeid scheme vs Spekter's one-day conference about applying "
                           "to it."),
    ("sry", "spk_faglig18", "SRY vs Spekter's dialogue meeting for its members in the faglige råd."),
    ("ks_digled", "mr_digi", "KS' national leadership programme on digital competence vs Møre og Romsdal's "
                             "county network for municipal employees."),
]


# =============================================================================
# answer key
# =============================================================================
def assign_ids():
    ids = OrderedDict()
    for r in sorted(REPORTS, key=lambda r: (r.year, r.file)):
        for m in r.rows:
            if m.key not in ids:
                ids[m.key] = "T%02d" % (len(ids) + 1)
    return ids


IDS = assign_ids()


def build_key():
    seen = {}
    for r in REPORTS:
        ks = [m.key for m in r.rows]
        assert len(ks) == len(set(ks)), ("same tiltak twice in one report", r.file)
        assert (r.reporter, r.year) not in seen, ("two reports", r.reporter, r.year)
        seen[(r.reporter, r.year)] = set(ks)
        for m in r.rows:
            for c in m.dm:
                assert c in DM_WORDS, (r.file, m.title, c)
    files = [r.file for r in REPORTS]
    assert len(files) == len(set(files))
    expected = OrderedDict()
    for r in sorted(REPORTS, key=lambda r: (r.year, r.file)):
        prev = seen.get((r.reporter, r.year - 1), set())
        ms = []
        for m in r.rows:
            ms.append(OrderedDict([
                ("title", m.title), ("delmal", m.dm), ("type", m.typ), ("responsible", m.resp),
                ("partners", m.partners), ("period", m.period), ("description", m.desc),
                ("tiltak_id", IDS[m.key]), ("continues", m.key in prev)]))
        expected[r.file] = OrderedDict([("reporter", r.reporter), ("report_year", r.year), ("measures", ms)])
    near, pairs = [], set()
    for a, b, why in NEAR:
        assert a in IDS and b in IDS and a != b, (a, b)
        p = frozenset((a, b))
        assert p not in pairs, p
        pairs.add(p)
        near.append(OrderedDict([("a", IDS[a]), ("b", IDS[b]), ("why", why)]))
    return expected, near


# =============================================================================
# docx helpers
# =============================================================================
def base_doc(landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    s = doc.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    else:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.0)
    s.top_margin = s.bottom_margin = Cm(2.0)
    ah = OxmlElement("w:autoHyphenation")
    ah.set(qn("w:val"), "false")
    doc.settings.element.append(ah)
    return doc


def put(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    parts = text.split("\n")
    for i, part in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(part)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)


def row_props(row, header=False):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(OxmlElement("w:cantSplit"))
    if header:
        trPr.append(OxmlElement("w:tblHeader"))


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def widths(table, cms):
    table.autofit = False
    for i, w in enumerate(cms):
        table.columns[i].width = Cm(w)
        for c in table.columns[i].cells:
            c.width = Cm(w)


def new_table(doc, rows, cols):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    return t


def head(doc, r):
    doc.add_heading(r.title_line, level=1)
    doc.add_paragraph(r.intro)


def para(doc, text="", bold=False, italic=False, size=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
    return p


def labelled(doc, label, value):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(" " + value)
    return p


# =============================================================================
# layouts (one writer per reporter template)
# =============================================================================
def w_regj(r):
    """One landscape table; two header rows with merged cells ("Tiltak" over Navn|Delmål, "Organisering"
    over Ansvarlig|Samarbeidspartnere; Type, Periode, Beskrivelse merged vertically)."""
    doc = base_doc(landscape=True)
    head(doc, r)
    n = len(r.rows)
    t = new_table(doc, n + 2, 7)
    widths(t, [4.4, 1.5, 2.9, 2.3, 4.0, 2.4, 8.2])
    a = t.cell(0, 0).merge(t.cell(0, 1))
    put(a, "Tiltak", bold=True, size=9)
    b = t.cell(0, 2).merge(t.cell(1, 2))
    put(b, "Type tiltak", bold=True, size=9)
    c = t.cell(0, 3).merge(t.cell(0, 4))
    put(c, "Organisering", bold=True, size=9)
    d = t.cell(0, 5).merge(t.cell(1, 5))
    put(d, "Periode", bold=True, size=9)
    e = t.cell(0, 6).merge(t.cell(1, 6))
    put(e, "Beskrivelse", bold=True, size=9)
    for i, lab in ((0, "Navn"), (1, "Delmål"), (3, "Ansvarlig"), (4, "Samarbeidspartnere")):
        put(t.cell(1, i), lab, bold=True, size=9)
    for x in (a, b, c, d, e):
        shade(x)
    for i in (0, 1, 3, 4):
        shade(t.cell(1, i))
    row_props(t.rows[0], header=True)
    row_props(t.rows[1], header=True)
    for k, m in enumerate(r.rows):
        row = t.rows[k + 2]
        row_props(row)
        vals = [m.title, ", ".join(m.dm), m.typ, m.resp, m.partners, m.period, m.desc]
        for i, v in enumerate(vals):
            put(row.cells[i], v, size=9)
    return doc


def w_lo(r):
    """Numbered list; the goal is given only by the delmål's words in «…»; one pipe-separated meta line."""
    doc = base_doc()
    head(doc, r)
    for i, m in enumerate(r.rows, 1):
        p = para(doc, "%d. %s" % (i, m.title), bold=True, size=11)
        p.paragraph_format.space_before = Pt(10)
        para(doc, m.desc)
        labelled(doc, "Mål i strategien:", og(["«%s»" % DM_WORDS[c] for c in m.dm]))
        bits = ["Type: " + m.typ, "Ansvarlig: " + m.resp]
        if m.partners:
            bits.append("Samarbeid: " + m.partners)
        bits.append("Periode: " + m.period)
        para(doc, " | ".join(bits), italic=True, size=9)
    return doc


NHO_ORDER = [("Delmål i strategien", lambda m: "Delmål " + og(m.dm)),
             ("Periode", lambda m: m.period),
             ("Navn på tiltaket", lambda m: m.title),
             ("Type tiltak", lambda m: m.typ),
             ("Beskrivelse", lambda m: m.desc),
             ("Ansvarlig", lambda m: m.resp),
             ("Samarbeidspartnere", lambda m: m.partners)]


def w_nho(r):
    """One two-column form table per measure, no heading; the title is the third label."""
    doc = base_doc()
    head(doc, r)
    for m in r.rows:
        t = new_table(doc, len(NHO_ORDER), 2)
        widths(t, [4.5, 12.5])
        for i, (lab, f) in enumerate(NHO_ORDER):
            row_props(t.rows[i])
            put(t.cell(i, 0), lab, bold=True, size=9)
            shade(t.cell(i, 0), "EDEDED")
            put(t.cell(i, 1), f(m))
        para(doc, "")
    return doc


def w_ks(r):
    """Matrix, landscape: the Delmål column is one merged cell over all rows of a delmål."""
    doc = base_doc(landscape=True)
    head(doc, r)
    rows = r.rows
    codes = [m.dm[0] for m in rows]
    assert all(len(m.dm) == 1 for m in rows), r.file
    assert codes == sorted(codes, key=lambda c: tuple(map(int, c.split(".")))), r.file
    t = new_table(doc, len(rows) + 1, 7)
    widths(t, [3.4, 4.8, 2.6, 2.0, 3.9, 2.4, 6.6])
    for i, lab in enumerate(["Delmål", "Tiltak", "Type", "Ansvarlig", "Samarbeidspartnere", "Periode",
                             "Beskrivelse"]):
        put(t.cell(0, i), lab, bold=True, size=9)
        shade(t.cell(0, i), "FCE4D6")
    row_props(t.rows[0], header=True)
    for k, m in enumerate(rows):
        row_props(t.rows[k + 1])
        for i, v in enumerate([m.title, m.typ, m.resp, m.partners, m.period, m.desc], 1):
            put(t.cell(k + 1, i), v, size=9)
    k = 0
    while k < len(rows):
        j = k
        while j + 1 < len(rows) and codes[j + 1] == codes[k]:
            j += 1
        cell = t.cell(k + 1, 0)
        if j > k:
            cell = cell.merge(t.cell(j + 1, 0))
        put(cell, "%s\n%s" % (codes[k], KS_LABEL[codes[k]]), size=9)
        k = j + 1
    return doc


def w_spekter(r):
    """Numbered table of measures; descriptions in a separate section keyed by number.
    2018 refers to the old numbering (NKPS tiltak nr.), 2019 to delmål codes."""
    doc = base_doc(landscape=True)
    head(doc, r)
    old = r.opt.get("dm_style") == "old"
    rel = "Relasjon til NKPS" if old else "Delmål"
    t = new_table(doc, len(r.rows) + 1, 7)
    widths(t, [1.2, 6.8, 3.6, 3.0, 2.0, 4.5, 4.6])
    for i, lab in enumerate(["Nr.", "Tiltak", rel, "Type", "Ansvarlig", "Samarbeidspartnere",
                             "Tidspunkt og varighet"]):
        put(t.cell(0, i), lab, bold=True, size=9)
        shade(t.cell(0, i), "E2EFDA")
    row_props(t.rows[0], header=True)
    for k, m in enumerate(r.rows, 1):
        row_props(t.rows[k])
        if old:
            dm = "NKPS tiltak nr. " + og([str(OLD_NR[c]) for c in m.dm])
        else:
            dm = "Delmål " + og(m.dm)
        for i, v in enumerate([str(k), m.title, dm, m.typ, m.resp, m.partners, m.period]):
            put(t.cell(k, i), v, size=9)
    doc.add_heading("Beskrivelse av tiltakene", level=2)
    for k, m in enumerate(r.rows, 1):
        para(doc, "Til nr. %d" % k, bold=True)
        para(doc, m.desc)
    return doc


def w_rogaland(r):
    """Sections per delmål (first code); bold title; labelled lines in the order Periode, Type, Ansvar,
    Partnere; description; further delmål as a note 'Knyttes også til delmål …'."""
    doc = base_doc()
    head(doc, r)
    order = []
    for m in r.rows:
        if m.dm[0] not in order:
            order.append(m.dm[0])
    for code in order:
        doc.add_heading("Delmål %s – %s" % (code, ROG_LABEL[code]), level=2)
        for m in [x for x in r.rows if x.dm[0] == code]:
            p = para(doc, m.title, bold=True, size=11)
            p.paragraph_format.space_before = Pt(8)
            labelled(doc, "Periode:", m.period)
            labelled(doc, "Type:", m.typ)
            labelled(doc, "Ansvar:", m.resp)
            if m.partners:
                labelled(doc, "Partnere:", m.partners)
            para(doc, m.desc)
            if len(m.dm) > 1:
                para(doc, "Knyttes også til delmål %s." % og(m.dm[1:]), italic=True)
    return doc


def w_moreromsdal(r):
    """Nynorsk. Title as heading; one meta line 'Delmål x · type · period'; Ansvarleg / Samarbeidspartnarar
    lines; the description (Skildring) as a paragraph."""
    doc = base_doc()
    head(doc, r)
    for m in r.rows:
        doc.add_heading(m.title, level=2)
        para(doc, "Delmål %s · %s · %s" % (og(m.dm), m.typ, m.period), italic=True)
        labelled(doc, "Ansvarleg:", m.resp)
        if m.partners:
            labelled(doc, "Samarbeidspartnarar:", m.partners)
        labelled(doc, "Skildring:", m.desc)
    return doc


def w_ys(r):
    """One table per innsatsområde under its own heading; a row per measure."""
    doc = base_doc(landscape=True)
    head(doc, r)
    for area in "123":
        rows = [m for m in r.rows if m.dm and m.dm[0][0] == area]
        if not rows:
            continue
        doc.add_heading(AREA[area], level=2)
        t = new_table(doc, len(rows) + 1, 7)
        widths(t, [5.4, 1.6, 3.4, 1.6, 3.6, 2.2, 7.9])
        for i, lab in enumerate(["Tiltak", "Delmål", "Type", "Ansvar", "Partnere", "Når", "Om tiltaket"]):
            put(t.cell(0, i), lab, bold=True, size=9)
        row_props(t.rows[0], header=True)
        for k, m in enumerate(rows, 1):
            row_props(t.rows[k])
            for i, v in enumerate([m.title, ", ".join(m.dm), m.typ, m.resp, m.partners, m.period, m.desc]):
                put(t.cell(k, i), v, size=9)
    return doc


def w_unio(r):
    """One table; each measure is a data row followed by a full-width merged 'Beskrivelse:' row."""
    doc = base_doc()
    head(doc, r)
    t = new_table(doc, 2 * len(r.rows) + 1, 6)
    widths(t, [4.4, 1.6, 2.6, 2.0, 3.6, 2.8])
    for i, lab in enumerate(["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeid", "Periode"]):
        put(t.cell(0, i), lab, bold=True, size=9)
        shade(t.cell(0, i), "DDEBF7")
    row_props(t.rows[0], header=True)
    for k, m in enumerate(r.rows):
        i1, i2 = 1 + 2 * k, 2 + 2 * k
        row_props(t.rows[i1])
        row_props(t.rows[i2])
        for i, v in enumerate([m.title, ", ".join(m.dm), m.typ, m.resp, m.partners, m.period]):
            put(t.cell(i1, i), v, size=9)
        c = t.cell(i2, 0).merge(t.cell(i2, 5))
        c.text = ""
        p = c.paragraphs[0]
        lab = p.add_run("Beskrivelse: ")
        lab.bold, lab.font.size = True, Pt(9)
        p.add_run(m.desc).font.size = Pt(9)
    return doc


VOFO_TYPES = ["Råd/utvalg/nettverk", "Kurs/utdanning", "Prosjekt"]


def w_vofo(r):
    """Headings per type; a bullet 'Tittel – beskrivelse (delmål x og y)'; then one small line with
    Ansvarlig / Samarbeid / Periode."""
    doc = base_doc()
    head(doc, r)
    assert all(m.typ in VOFO_TYPES for m in r.rows), r.file
    for typ in VOFO_TYPES:
        rows = [m for m in r.rows if m.typ == typ]
        if not rows:
            continue
        doc.add_heading(typ, level=2)
        for m in rows:
            assert " – " not in m.title, m.title
            dm = "(delmål %s)" % og(m.dm) if m.dm else "(ikke knyttet til et bestemt delmål)"
            p = doc.add_paragraph(style="List Bullet")
            p.add_run(m.title).bold = True
            p.add_run(" – %s %s" % (m.desc, dm))
            bits = ["Ansvarlig: " + m.resp]
            if m.partners:
                bits.append("Samarbeid: " + m.partners)
            bits.append("Periode: " + m.period)
            q = para(doc, ". ".join(bits) + ".", size=9, italic=True)
            q.paragraph_format.left_indent = Cm(0.63)
    return doc


NOR_LABELS = [("Delmål", lambda m: og(m.dm)), ("Type tiltak", lambda m: m.typ),
              ("Ansvarlig", lambda m: m.resp), ("Samarbeidspartnere", lambda m: m.partners),
              ("Periode", lambda m: m.period), ("Beskrivelse", lambda m: m.desc)]


def w_nordland(r):
    """One continuous two-column table; each measure opens with a shaded full-width row holding the title."""
    doc = base_doc()
    head(doc, r)
    per = 1 + len(NOR_LABELS)
    t = new_table(doc, per * len(r.rows), 2)
    widths(t, [4.2, 12.8])
    for k, m in enumerate(r.rows):
        base = k * per
        c = t.cell(base, 0).merge(t.cell(base, 1))
        put(c, m.title, bold=True)
        shade(c, "FFF2CC")
        row_props(t.rows[base])
        for i, (lab, f) in enumerate(NOR_LABELS, 1):
            row_props(t.rows[base + i])
            put(t.cell(base + i, 0), lab)
            put(t.cell(base + i, 1), f(m))
    return doc


def w_agder(r):
    """A two-column form per measure, title in the first row; the delmål is printed as code + words."""
    doc = base_doc()
    head(doc, r)
    for m in r.rows:
        vals = [("Tiltak", m.title),
                ("Delmål i NKPS", "; ".join("%s – %s" % (c, DM_WORDS[c]) for c in m.dm)),
                ("Kategori", m.typ), ("Ansvarlig", m.resp), ("Samarbeidspartnere", m.partners),
                ("Varighet", m.period), ("Beskrivelse", m.desc)]
        t = new_table(doc, len(vals), 2)
        widths(t, [4.0, 13.0])
        for i, (lab, v) in enumerate(vals):
            row_props(t.rows[i])
            put(t.cell(i, 0), lab, bold=True, size=9)
            put(t.cell(i, 1), v, bold=(i == 0))
        para(doc, "")
    return doc


def w_virke(r):
    """'Label: value' paragraphs, the title on a 'Tiltak:' line; measures separated by '* * *'."""
    doc = base_doc()
    head(doc, r)
    for i, m in enumerate(r.rows):
        if i:
            para(doc, "* * *")
        labelled(doc, "Tiltak:", m.title)
        labelled(doc, "Delmål:", "delmål " + og(m.dm))
        labelled(doc, "Beskrivelse:", m.desc)
        labelled(doc, "Type:", m.typ)
        labelled(doc, "Ansvarlig:", m.resp)
        if m.partners:
            labelled(doc, "Samarbeidspartnere:", m.partners)
        labelled(doc, "Tidsrom:", m.period)
    return doc


def w_fagforbundet(r):
    """Run-in bold title, '(delmål x): description', then one line 'Type tiltak: …; ansvarlig: …; …'."""
    doc = base_doc()
    head(doc, r)
    for m in r.rows:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.add_run(m.title).bold = True
        p.add_run(" (delmål %s): %s" % (og(m.dm), m.desc))
        bits = ["Type tiltak: " + m.typ, "ansvarlig: " + m.resp]
        if m.partners:
            bits.append("samarbeid med " + m.partners)
        bits.append("periode " + m.period)
        para(doc, "; ".join(bits), size=9)
    return doc


WRITERS = {"regj": w_regj, "lo": w_lo, "nho": w_nho, "ks": w_ks, "spekter": w_spekter,
           "rogaland": w_rogaland, "moreromsdal": w_moreromsdal, "ys": w_ys, "unio": w_unio,
           "vofo": w_vofo, "nordland": w_nordland, "agder": w_agder, "virke": w_virke,
           "fagforbundet": w_fagforbundet}


# =============================================================================
# PDF rendering and check
# =============================================================================
def to_pdf(docx_path, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    assert os.path.exists(pdf), pdf
    return pdf


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00ad", "")).strip()


def check_pdf(path, r):
    import pdfplumber
    problems, texts, texts_pages = [], [], []
    with pdfplumber.open(path) as pdf:
        for i, page in enumerate(pdf.pages):
            t = page.extract_text() or ""
            if i == 0 and str(r.year) not in t:
                problems.append("year %d not on page 1" % r.year)
            texts.append(norm(t))
            texts_pages.append(norm(t))
            for tab in page.extract_tables():
                for row in tab:
                    for c in row:
                        if c:
                            texts.append(norm(c))
    blob = "\n".join(texts)
    pages = " ".join(texts_pages)
    words = set(re.findall(r"\S+", blob))
    words |= {w.strip(".,;:()«»") for w in list(words)}
    for m in r.rows:
        title = norm(m.title)
        if not any(title in t for t in texts):
            problems.append("title not found: %r" % m.title)
        for w in re.findall(r"\S+", title):
            if w not in blob:
                problems.append("title word missing/broken %r in %r" % (w, m.title))
        for name, field in (("responsible", m.resp), ("partners", m.partners), ("period", m.period),
                            ("description", m.desc)):
            v = norm(field)
            if v and v not in pages and not any(v in t for t in texts):
                problems.append("%s not found whole: %r (%r)" % (name, v, m.title))
            for w in re.findall(r"\S+", v):
                if w not in words:
                    problems.append("field word missing/broken %r in %r" % (w, m.title))
    return problems


# =============================================================================
# statistics and README
# =============================================================================
def stats(expected, near):
    rows = [(f, e["reporter"], e["report_year"], m) for f, e in expected.items() for m in e["measures"]]
    by = defaultdict(list)
    for idx, (f, rp, y, m) in enumerate(rows):
        by[m["tiltak_id"]].append((rp, y, idx))
    pairs_all = sum(len(v) * (len(v) - 1) // 2 for v in by.values())
    pairs_same_year = sum(1 for v in by.values() for a, b in combinations(v, 2) if a[1] == b[1])
    pairs_cross = pairs_all - pairs_same_year
    joint = [t for t, v in by.items() if any(len({rp for rp, y, _ in v if y == yy}) >= 2 for yy in YEARS)]
    joint_groups = sum(1 for t, v in by.items() for yy in YEARS if len({rp for rp, y, _ in v if y == yy}) >= 2)
    cont = sum(1 for *_, m in rows if m["continues"])
    cont_tids = {m["tiltak_id"] for *_, m in rows if m["continues"]}
    multi = [t for t, v in by.items() if any(len({y for rp2, y, _ in v if rp2 == rp}) >= 2 for rp, _, _ in v)]
    all3 = [t for t, v in by.items() if any({y for rp2, y, _ in v if rp2 == rp} == set(YEARS) for rp, _, _ in v)]
    singles = [t for t, v in by.items() if len(v) == 1]
    per_year = OrderedDict()
    for y in YEARS:
        fs = [f for f, e in expected.items() if e["report_year"] == y]
        per_year[y] = (len(fs), sum(len(expected[f]["measures"]) for f in fs),
                       sum(1 for f in fs if f.endswith(".pdf")))
    reporters = sorted({e["reporter"] for e in expected.values()})
    st = OrderedDict([
        ("files", len(expected)),
        ("pdf files", sum(1 for f in expected if f.endswith(".pdf"))),
        ("docx files", sum(1 for f in expected if f.endswith(".docx"))),
        ("reporters", len(reporters)),
        ("measure rows", len(rows)),
        ("distinct tiltak", len(by)),
        ("true pairs (row pairs with the same tiltak_id)", pairs_all),
        ("  of which in the same year (joint reports)", pairs_same_year),
        ("  of which across years", pairs_cross),
        ("joint tiltak (>=2 reporters in one year)", len(joint)),
        ("joint groups (tiltak x year with >=2 reporters)", joint_groups),
        ("continuing rows (continues=true)", cont),
        ("distinct tiltak with a continuing row", len(cont_tids)),
        ("tiltak reported by one reporter in 2+ years", len(multi)),
        ("tiltak reported by one reporter in all three years", len(all3)),
        ("near-miss pairs", len(near)),
        ("singletons (tiltak on exactly one row)", len(singles)),
    ])
    return st, reporters, per_year, by


README = """# Blind test set `match3` – NKPS follow-up reports 2018–2020

Invented, labelled test set for the record-linkage (matching) part of the tool: which measure rows in a
batch of yearly reports from members of Kompetansepolitisk råd are the same real-world tiltak – within one
year across members, and across years.  Written blind: no code of the tool was read, and the tool was not
run on this set.

## How it was made
`make_batch.py` holds every report as Python data (reporter, year, template, rows with a hidden key for
the real-world tiltak).  From that one in-memory data it

1. writes each report with python-docx; for the PDF files the .docx is rendered with LibreOffice
   (`soffice --headless --convert-to pdf`) in a temporary folder and only the PDF is kept;
2. writes `expected.json` and `near_misses.json` (never by reading the report files back);
3. checks every PDF with pdfplumber: the year is on page 1; every title is found (whitespace normalised)
   in the page text or in a table cell; every word of every title, responsible, partner, period and
   description field comes out unbroken;
4. writes this README with the counts below.

Re-run: `python make_batch.py` with a Python that has python-docx and pdfplumber (for instance
`/work/blind/.venvm2/bin/python make_batch.py`) and LibreOffice on PATH.  Output files in this folder
are overwritten.

## Counts
{counts}

Files and rows per year:
{per_year}

Reporters ({nrep}): {reporters}.

Who reports when: Regjeringen, LO, NHO and KS all three years; Rogaland fylkeskommune, Møre og Romsdal
fylkeskommune and Spekter 2018–2019; YS, VOFO and Nordland fylkeskommune 2019–2020; Unio only 2019;
Agder fylkeskommune (new county from 1 January 2020) and Fagforbundet only 2020; **Virke reports 2018 and
2020 but not 2019** (so its 2020 rows never continue, even when they say "fortsatt"/"videreført").

## Templates (one per reporter; the year does not change the template)
- **Regjeringen** (PDF 2018, docx 2019, PDF 2020): one landscape table with a *two-row header with merged
  cells* – "Tiltak" spans the sub-columns Navn | Delmål, "Organisering" spans Ansvarlig |
  Samarbeidspartnere, and "Type tiltak", "Periode", "Beskrivelse" are merged vertically over both header
  rows.  Both header rows repeat on every page.
- **LO** (PDF, PDF, docx): numbered list "1. Title" (the number is not part of the title), description
  paragraph, then "Mål i strategien:" with the delmål given **only by its words** in «…» (several joined
  with "og"), then one italic line "Type: … | Ansvarlig: … | Samarbeid: … | Periode: …".
- **NHO** (docx, PDF, docx): one two-column form table per measure, no heading, labels in the order
  Delmål i strategien, Periode, **Navn på tiltaket** (third), Type tiltak, Beskrivelse, Ansvarlig,
  Samarbeidspartnere.
- **KS** (docx, PDF, PDF): landscape matrix Delmål | Tiltak | Type | Ansvarlig | Samarbeidspartnere |
  Periode | Beskrivelse; the **Delmål cell is merged vertically** over all rows of that delmål and holds
  the code plus a short label ("2.1 / Digital kompetanse").
- **Spekter** (PDF 2018, docx 2019): a numbered table Nr. | Tiltak | … | Tidspunkt og varighet, and the
  descriptions in a **separate section** after the table ("Til nr. 3" + paragraph).  2018 uses the
  **old numbering** ("NKPS tiltak nr. 4 og 7" → delmål 1.4 and 2.3; nr. n is the n-th delmål); 2019
  does not use it any more ("Delmål 1.4 og 2.3").
- **Rogaland fylkeskommune** (PDF, docx): a heading per delmål ("Delmål 1.4 – …"), under it bold titles
  followed by "Periode:", "Type:", "Ansvar:", "Partnere:" lines and a description; further delmål as an
  italic note "Knyttes også til delmål 2.3." (the heading's code comes first in `delmal`).
- **Møre og Romsdal fylkeskommune** (docx, PDF) – **Nynorsk**: the title as a heading, one meta line
  "Delmål 1.4 og 2.4 · Kurs/utdanning · 2018–2020", then "Ansvarleg:", "Samarbeidspartnarar:" and
  "Skildring:" lines.
- **YS** (docx, PDF): one table per innsatsområde under the heading "Innsatsområde n – …", columns
  Tiltak | Delmål | Type | Ansvar | Partnere | Når | Om tiltaket.
- **Unio** (PDF): one table, each measure a data row followed by a **full-width merged row**
  "Beskrivelse: …" (the label is not part of the description).
- **VOFO** (PDF, docx): headings per type; **bullets "Tittel – beskrivelse (delmål 3.2 og 3.6)"**
  (title in bold; the description is the text between " – " and the final parenthesis), followed by a
  small line "Ansvarlig: …. Samarbeid: …. Periode: …."  One bullet says "(ikke knyttet til et bestemt
  delmål)" and has `delmal: []`.
- **Nordland fylkeskommune** (docx, PDF): **one continuous two-column table**; each measure opens with a
  shaded full-width merged row holding only the title, followed by Delmål, Type tiltak, Ansvarlig,
  Samarbeidspartnere, Periode, Beskrivelse rows.
- **Agder fylkeskommune** (PDF): a two-column form per measure with the title in the first row
  ("Tiltak"), "Delmål i NKPS" printed as code plus the delmål's words ("3.4 – Målrette …; 3.1 – Gi …"),
  "Kategori", "Varighet".
- **Virke** (docx, PDF): "Label: value" paragraphs starting with "Tiltak: <title>", in the order Tiltak,
  Delmål, Beskrivelse, Type, Ansvarlig, Samarbeidspartnere, Tidsrom; measures separated by "* * *".
- **Fagforbundet** (docx): **run-in bold title** followed by " (delmål 2.4): description" in the same
  paragraph, then one line "Type tiltak: …; ansvarlig: …; samarbeid med …; periode …".

Each report begins with a title line that names the reporter and the year, and a short intro paragraph.

## Answer key
`expected.json`: file name -> {{reporter, report_year, measures:[{{title, delmal, type, responsible,
partners, period, description, tiltak_id, continues}}]}}.  Title, type, responsible, partners, period and
description are exactly as printed (labels such as "Beskrivelse:" and list numbers are not part of the
value).  `delmal` lists codes in printed order; where the report gives words (LO) or old numbers
(Spekter 2018) the codes they stand for are given.  An empty `partners` means none is printed (empty cell
or no line).  The 16 delmål are 1.1–1.4, 2.1–2.6 and 3.1–3.6 as in the strategy's Vedlegg 1.

`near_misses.json`: list of {{a, b, why}} with two tiltak_ids that must NOT be merged.

## Labelling convention
- `tiltak_id` is the same on every row that is the same real-world tiltak: all members' reports of a
  joint measure in one year, and its reports in later years.  Ids are given in order of first
  appearance, reading the files in the order of `expected.json` (by year, then file name).
- A member that takes part in, sits in, represents itself in, gives input to or follows up a shared
  council, committee, scheme, programme, plan, reform or agreement reports that same tiltak: e.g. every
  member's KBU row, SRY row, Nasjonalt forum for karriereveiledning row, the Samfunnskontrakt rows of KS,
  Spekter, Virke and NHO, LO's input to Kompetansepluss arbeid, Virke's seat in the allocation of the
  flexible further-education grants, the members' input to the kompetansereform (Regjeringen's 2018
  preparation, 2019 work and 2020 white paper Meld. St. 14 are one tiltak), KS'/Fagforbundet's input to
  Kompetanseløft 2025, the bransjeprogram rows, and the counties' participation in Udir's modulforsøk.
- Reciprocal naming is one tiltak: LO's reiseliv project "sammen med NHO Reiseliv" / NHO Reiseliv's
  "Partssamarbeid … " with LO and Fellesforbundet (2019 and 2020); YS' Arendalsuka 2019 debate with Unio /
  Unio's "Felles debatt med YS"; Spekter's competence day with Unio, LO Stat, YS Stat / Unio's "Felles
  kompetansedag med Spekter".
- Recurring things are one tiltak across years: a survey repeated every year (NHOs kompetansebarometer,
  also when titled "Kompetansebarometeret 2019"), a council, network, forum, plan (Rogaland's plan "under
  arbeid" in 2018 and "vedtatt" in 2019; Nordland's plan and its handlingsprogram), a platform (KS Læring),
  a course series (LO's shop-steward courses, also when they move online and add a delmål), a pilot in
  its final year.  Renamed or reworded titles do not change this (the digital career service is
  "karriereveiledning.no" in 2020).
- Dated one-off events are their own tiltak every year: Spekter's Møteplass lærebedrifter 2018 and 2019,
  KS' conferences 2019 and 2020, YS' Arendalsuka events 2019 and 2020.
- A survey/kartlegging and the report later written from it are two tiltak (LO/Fafo, YS, Virke).
- A successor plan is a new tiltak (Kompetanseløft 2020 vs Kompetanseløft 2025).
- Regional bodies and county schemes are never merged across counties (plans, fora, career centres,
  yrkesopplæringsnemnder, instructor courses, hospitation, fagskole offers, Fagbrev på jobb), and an RSA
  at one university is not the RSA at another; LO's general RSA effort is not the RSA at UiS.
- `continues` is true only when the SAME reporter reported the same tiltak in the immediately previous
  year of this set.  Every 2018 row is false.  A reporter's first row of a joint tiltak is false even if
  others reported it before (YS on KBU 2020, YS on the career forum 2020, Agder on the modulforsøk 2020).
  Virke 2020 is false throughout (no 2019 report), although it says "fortsatt"/"videreført".  Some true
  continuations carry no continuation word at all (e.g. "Kompetanseforum Rogaland", "Kompetansepluss
  arbeid", identical titles in both years).

## Near misses
`near_misses.json` lists {nnear} pairs: four pairs of unions' own shop-steward courses (LO, YS, Unio,
Fagforbundet), fifteen pairs of parallel county measures (plans, fora, career centres, nemnder,
instructor courses, hospitation, fagskole offers, Fagbrev på jobb), SRY vs a county nemnd, two RSA
pairs (two universities; LO's general RSA effort vs one RSA), three yearly events,
sub-schemes (Kompetansepluss arbeid/frivillighet, three bransjeprogram), three survey-vs-report pairs,
Kompetanseløft 2020/2025, KBU vs the EVU expert committee, career forum vs quality framework vs digital
service, Kompetansepluss arbeid vs Spekter's conference about it, SRY vs Spekter's meeting for faglige
råd members, and KS' digital leadership programme vs Møre og Romsdal's municipal digital network.

## Joint groups (tiltak reported by two or more members in one year)
{joint}
"""


def write_readme(expected, near):
    st, reporters, per_year, by = stats(expected, near)
    counts = "| what | count |\n| --- | --- |\n" + "\n".join("| %s | %s |" % kv for kv in st.items())
    py = "\n".join("- %d: %d files (%d pdf), %d rows" % (y, v[0], v[2], v[1]) for y, v in per_year.items())
    first_title = {}
    for f, e in expected.items():
        for m in e["measures"]:
            first_title.setdefault(m["tiltak_id"], m["title"])
    jl = []
    for t, v in by.items():
        parts = []
        for yy in YEARS:
            rps = sorted({rp for rp, y, _ in v if y == yy})
            if len(rps) >= 2:
                parts.append("%d %s" % (yy, "/".join(rps)))
        if parts:
            jl.append("- %s %s: %s" % (t, first_title[t], "; ".join(parts)))
    txt = README.format(counts=counts, per_year=py, nrep=len(reporters), reporters=", ".join(reporters),
                        nnear=len(near), joint="\n".join(jl))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(txt)
    return st


# =============================================================================
def main():
    expected, near = build_key()
    for r in REPORTS:
        p = os.path.join(OUT, r.file)
        if os.path.exists(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="match3_")
    problems = {}
    try:
        for r in REPORTS:
            doc = WRITERS[r.layout](r)
            if r.fmt == "docx":
                doc.save(os.path.join(OUT, r.file))
                continue
            d = os.path.join(tmp, os.path.splitext(r.file)[0] + ".docx")
            doc.save(d)
            pdf = to_pdf(d, tmp)
            dest = os.path.join(OUT, r.file)
            shutil.move(pdf, dest)
            pr = check_pdf(dest, r)
            if pr:
                problems[r.file] = pr
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "near_misses.json"), "w", encoding="utf-8") as f:
        json.dump(near, f, ensure_ascii=False, indent=1)
    st = write_readme(expected, near)
    for k, v in st.items():
        print("%-55s %s" % (k, v))
    missing = [r.file for r in REPORTS if not os.path.exists(os.path.join(OUT, r.file))]
    if missing:
        print("MISSING", missing)
        sys.exit(1)
    if problems:
        for f, pr in problems.items():
            for p in pr:
                print("PROBLEM", f, p)
        sys.exit(1)
    print("all PDF checks passed")


if __name__ == "__main__":
    main()
