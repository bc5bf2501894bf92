#!/usr/bin/env python3
"""Build the blind matching test set "match2".

Invented yearly follow-up reports (2021, 2022, 2023) from members of
Kompetansepolitisk råd, written as .docx (python-docx) and .pdf (the .docx
rendered with LibreOffice, only the PDF kept).  The answer key
(expected.json, near_misses.json) and README.md are written from the same
in-memory data that the documents are built from; the report files are never
read back to make the key.  At the end every PDF is checked with pdfplumber.

Needs: python-docx, pdfplumber, LibreOffice (soffice) on PATH.
Run:   python make_batch.py            (writes into the folder of this script)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import OrderedDict, defaultdict

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------
# data model
# ----------------------------------------------------------------------------
class M:
    """One measure row as printed in one report.

    key      internal name of the real-world tiltak (mapped to T01.. later)
    dm       delmål codes in printed order (the answer)
    dm_text  printed delmål text when it is not the reporter's usual code style
             (words only, "Ikke angitt", ...)
    """

    def __init__(self, key, title, dm, typ, resp, partners, period, desc, dm_text=None):
        self.key, self.title, self.dm, self.typ = key, title, list(dm), typ
        self.resp, self.partners, self.period, self.desc = resp, partners, period, desc
        self.dm_text = dm_text


class R:
    def __init__(self, file, reporter, year, layout, fmt, title_line, intro, rows, style):
        self.file, self.reporter, self.year = file, reporter, year
        self.layout, self.fmt = layout, fmt
        self.title_line, self.intro, self.rows, self.style = title_line, intro, rows, style


def join_og(codes, sep=", ", last=" og "):
    if not codes:
        return ""
    if len(codes) == 1:
        return codes[0]
    return sep.join(codes[:-1]) + last + codes[-1]


# how each reporter prints delmål codes
DM_STYLE = {
    "kd": lambda c: ", ".join(c),
    "hkdir": lambda c: "Delmål " + join_og(c),
    "lo": lambda c: join_og(c),
    "nho": lambda c: "delmål " + join_og(c),
    "ks": lambda c: " / ".join(c),
    "spekter": lambda c: "delmål " + join_og(c),
    "virke": lambda c: ", ".join(c),
    "ys": lambda c: ("Delmål " if len(c) == 1 else "Delmålene ") + join_og(c),
    "unio": lambda c: join_og(c),
    "ff": lambda c: join_og(c),
    "vofo": lambda c: "Delmål " + join_og(c),
    "inn": lambda c: join_og(c),
    "vl": lambda c: ("delmål " if len(c) == 1 else "delmåla ") + join_og(c),
    "viken": lambda c: ", ".join(c),
}


def dm_printed(rep, m):
    if m.dm_text is not None:
        return m.dm_text
    return DM_STYLE[rep.style](m.dm)


# ----------------------------------------------------------------------------
# the reports
# ----------------------------------------------------------------------------
REPORTS = []

# ============================== 2021 ========================================
REPORTS.append(R(
    "Regjeringen_rapportering_NKPS_2021.pdf", "Regjeringen", 2021, "a", "pdf",
    "Regjeringens rapportering til Kompetansepolitisk råd 2021",
    "Kunnskapsdepartementet har samordnet departementenes innspill. Tabellen viser tiltak som "
    "regjeringen har gjennomført eller satt i gang i 2021 for å følge opp Nasjonal "
    "kompetansepolitisk strategi.",
    [
        M("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD",
          "ASD, KDD, partene i arbeidslivet, HK-dir", "2017–2023",
          "Utvalget sammenstiller og analyserer kunnskap om Norges kompetansebehov. I 2021 arbeidet "
          "utvalget med en temarapport om kompetansebehov i omstillingen til lavutslippssamfunnet."),
        M("SAMFK", "Samfunnskontrakt for flere læreplasser", ["1.4", "2.3"], "Råd/utvalg/nettverk", "KD",
          "Partene i arbeidslivet, KS, fylkeskommunene", "2016–2021",
          "Kontrakten mellom regjeringen og partene om flere læreplasser løper ut ved utgangen av "
          "2021. Det er innledet samtaler om en videreføring."),
        M("FLEKS", "Tilskudd til fleksible videreutdanningstilbud", ["2.1", "2.4"], "Tilskudd", "KD",
          "HK-dir, universiteter og høyskoler, fagskoler, partene", "2020–2023",
          "Midler til utvikling av fleksible og arbeidsrettede videreutdanningstilbud som kan tas ved "
          "siden av jobb. Utlysningene forvaltes av HK-dir."),
        M("LHL", "Kompetansereformen «Lære hele livet»", ["2.2", "2.4", "3.1"], "Prosjekt", "KD",
          "ASD, NFD, partene i arbeidslivet", "2020–2024",
          "Oppfølging av Meld. St. 14 (2019–2020). Reformen skal bidra til at ingen går ut på dato "
          "i arbeidslivet, og at flere kan kombinere jobb og læring."),
        M("FULLF", "Fullføringsreformen – Meld. St. 21 (2020–2021)", ["3.1"], "Utredning/lovarbeid", "KD",
          "Udir, fylkeskommunene", "2021–2024",
          "Meldingen ble lagt fram våren 2021. Den foreslår blant annet at voksne skal få rett til å "
          "fullføre videregående opplæring med studie- eller yrkeskompetanse."),
        M("BPORD", "Treparts bransjeprogram for kompetanseutvikling (ordningen)", ["2.4"], "Tilskudd",
          "KD og ASD", "Partene i de aktuelle bransjene, HK-dir", "Fra 2020",
          "Ordningen gir partene i utvalgte bransjer mulighet til å utvikle egne etter- og "
          "videreutdanningstilbud. I 2021 ble ordningen utvidet til flere bransjer."),
        M("INTLOV", "Ny integreringslov – opplæring i norsk og samfunnskunnskap", ["3.4"], "Lov/regelverk",
          "Regjeringen ved KD", "IMDi, kommunene", "Fra 1.1.2021",
          "Integreringsloven trådte i kraft 1. januar 2021 og stiller krav om at deltakere i "
          "introduksjonsprogrammet skal nå et minimumsnivå i norsk."),
    ], "kd"))

REPORTS.append(R(
    "HK-dir_rapport_2021.docx", "HK-dir", 2021, "b", "docx",
    "Rapport fra Direktoratet for høyere utdanning og kompetanse (HK-dir) – tiltak 2021",
    "HK-dir ble etablert 1. juli 2021, og Kompetanse Norge inngår nå i direktoratet. Rapporten "
    "omfatter hele 2021.",
    [
        M("BPHELSE", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.4"], "Kurs/utdanning",
          "HK-dir", "KS, Fagforbundet, NSF, Delta, FO", "2020–2022",
          "Programmet gir ansatte i de kommunale helse- og omsorgstjenestene tilbud om etter- og "
          "videreutdanning. Over 1 200 personer deltok i 2021."),
        M("BPIND", "Bransjeprogram for industri og bygg", ["2.4", "2.1"], "Kurs/utdanning", "HK-dir",
          "Norsk Industri, Fellesforbundet, Byggenæringens Landsforening", "2020–2022",
          "Det er utviklet moduler innen automatisering, robotisering og digital byggeprosess i "
          "samarbeid med fagskoler og universiteter."),
        M("KPARB", "Kompetansepluss arbeid", ["3.2"], "Tilskudd", "HK-dir",
          "Virksomheter, opplæringstilbydere, partene", "Løpende",
          "Tilskudd til opplæring i grunnleggende ferdigheter for ansatte. Det ble gitt tilsagn til "
          "om lag 250 opplæringsprosjekter i 2021."),
        M("KPFRI", "Kompetansepluss frivillighet", ["3.2", "3.6"], "Tilskudd", "HK-dir",
          "VOFO, studieforbundene, frivillige organisasjoner", "Løpende",
          "Ordningen gir frivillige organisasjoner tilskudd til kurs i lesing, skriving, regning, "
          "digitale ferdigheter og muntlig kommunikasjon."),
        M("FLEKS", "Utlysning av midler til fleksible utdanningstilbud", ["2.1", "2.4"], "Tilskudd",
          "HK-dir på oppdrag fra KD", "Universiteter, høyskoler og fagskoler", "2021",
          "HK-dir lyste ut og fordelte midler til nye fleksible videreutdanningstilbud, med "
          "prioritet til digital kompetanse og helse."),
        M("FORUMKV", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "HK-dir",
          "KS, LO, NHO, Spekter, NAV, Udir, fylkeskommunene", "Fra 2017, løpende",
          "Forumet samler sentrale aktører for å styrke samordningen i karriereveiledningsfeltet. "
          "Det ble holdt tre møter i 2021."),
        M("KVDIG", "Nasjonal digital karriereveiledningstjeneste (karriereveiledning.no)", ["1.3"],
          "Informasjon/veiledning", "HK-dir", "KD, Udir", "Fra 2019",
          "Tjenesten gir veiledning via chat, telefon og e-post. I 2021 ble åpningstidene utvidet "
          "med flere kveldsvakter."),
    ], "hkdir"))

REPORTS.append(R(
    "LO_oppfolging_kompetansestrategi_2021.pdf", "LO", 2021, "d", "pdf",
    "LO – rapportering om oppfølging av Nasjonal kompetansepolitisk strategi, 2021",
    "Landsorganisasjonen i Norge (LO) rapporterer her om de viktigste tiltakene i 2021. Flere "
    "av tiltakene gjennomføres av forbundene.",
    [
        M("KBU", "Deltakelse i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg", "KD",
          "Hovedorganisasjonene, forskere og analytikere", "2017–2023",
          "LO er representert i KBU og har gitt innspill til utvalgets temarapporter. Vi legger vekt "
          "på at behovet for fagarbeidere må belyses bedre."),
        M("SRY", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Råd/utvalg/nettverk", "KD",
          "NHO, KS, Spekter, Virke, YS, Unio, Udir", "Løpende",
          "LO har faste plasser i SRY og leder rådet i inneværende periode. Rådet har arbeidet med "
          "fagfornyelsen og tilbudsstrukturen."),
        M("FAGJOBB", "«Fagbrev på jobb»", ["3.1", "2.5"], "Prosjekt", "Fylkeskommunene",
          "LO-forbundene, NHO, KS", "Løpende",
          "Ordningen gir voksne i jobb mulighet til å ta fagbrev gjennom arbeidet sitt. LO har "
          "informert tillitsvalgte i alle forbund om hvordan ordningen kan brukes."),
        M("BPIND", "Bransjeprogrammet for industri- og byggenæringen", ["2.4"], "Kurs/utdanning",
          "Fellesforbundet og NHO", "HK-dir, Norsk Industri, fagskoler", "2020–2022",
          "Fellesforbundet deltar på vegne av LO i styringsgruppen, i samarbeid med NHO. Det er "
          "utviklet korte moduler på fagskolenivå."),
        M("LOTV", "Tillitsvalgtskolering: kompetanse i tariffavtalen", ["2.2"], "Kurs/utdanning", "LO",
          "AOF, LO-forbundene", "2021",
          "Kurs for tillitsvalgte om hvordan kompetansebestemmelsene i Hovedavtalen kan brukes "
          "lokalt. Det ble holdt 14 kurs med om lag 300 deltakere."),
        M("SPLOKONF21", "Konferanse om kompetanseutvikling i samarbeid med Spekter", ["2.2"], "Konferanse",
          "LO Stat", "Spekter", "Oktober 2021",
          "Felles konferanse for Spekters medlemsvirksomheter og tillitsvalgte i LO Stat om "
          "partssamarbeid om kompetanse på arbeidsplassen."),
    ], "lo"))

REPORTS.append(R(
    "NHO-rapportering-2021.docx", "NHO", 2021, "c", "docx",
    "NHOs rapportering til Kompetansepolitisk råd for 2021",
    "Næringslivets Hovedorganisasjon (NHO) følger opp strategien sammen med landsforeningene og "
    "de regionale NHO-kontorene. Under følger de tiltakene vi vil trekke fram for 2021.",
    [
        M("KBU", "KBU", ["1.1"], "Råd/utvalg", "Regjeringen v/KD",
          "LO, KS, Virke, Spekter, YS, Unio, Akademikerne", "2017–2023",
          "NHO er representert i Kompetansebehovsutvalget og har vært opptatt av at utvalget skal "
          "gi bedre regionale analyser av kompetansebehovet."),
        M("HURTIG", "Hurtigsporet (i samarbeid med Viken fylkeskommune)", ["3.3", "3.4"], "Prosjekt",
          "NHO Viken Oslo", "Viken fylkeskommune, NAV", "2020–2022",
          "En modell der innvandrere kombinerer norskopplæring og fagopplæring i bedrift for å "
          "komme raskere i arbeid. NHO rekrutterer bedrifter som tar imot kandidater."),
        M("BPIND", "Bransjeprogram for industri og bygg", ["2.4"], "Kurs", "Norsk Industri",
          "Fellesforbundet, BNL, HK-dir", "2020–2022",
          "Programmet gir ansatte i industrien og byggenæringen korte, arbeidsrettede "
          "utdanningsmoduler. Norsk Industri leder arbeidet sammen med Fellesforbundet."),
        M("KPARB", "KompetansePluss – arbeid", ["3.2"], "Informasjon", "HK-dir",
          "NHOs landsforeninger", "Løpende",
          "NHO informerer medlemsbedriftene om tilskuddsordningen for opplæring i grunnleggende "
          "ferdigheter og sitter i ordningens referansegruppe."),
        M("NHOBAR", "NHOs kompetansebarometer", ["2.2"], "FoU", "NHO", "NIFU", "Årlig",
          "Årlig spørreundersøkelse blant medlemsbedriftene om behovet for kompetanse. I 2021 "
          "oppga seks av ti bedrifter at de hadde udekket kompetansebehov."),
        M("SAMFK", "Samfunnskontrakt for flere læreplasser", ["1.4", "2.3"], "Avtale/nettverk", "KD",
          "Partene i arbeidslivet", "2016–2021",
          "NHO oppfordrer medlemsbedriftene til å ta inn flere lærlinger og følger opp "
          "samfunnskontrakten gjennom regionkontorene."),
    ], "nho"))

REPORTS.append(R(
    "KS_tiltak_2021.docx", "KS", 2021, "a", "docx",
    "KS – tiltak for oppfølging av Nasjonal kompetansepolitisk strategi i 2021",
    "Oversikten gjelder KS som interesse- og arbeidsgiverorganisasjon for kommunesektoren.",
    [
        M("SRY", "Samarbeidsrådet for yrkesopplæring", ["1.4"], "Råd/utvalg/nettverk", "KD/Udir",
          "LO, NHO, Spekter, Virke, YS, Unio", "2020–2023",
          "KS er representert i SRY og bidrar med kommunesektorens perspektiv på fag- og "
          "yrkesopplæringen."),
        M("BPHELSE", "Bransjeprogrammet i helse- og omsorgssektoren", ["2.4"], "Kurs/utdanning", "KS",
          "Fagforbundet, NSF, Delta, FO, HK-dir", "2020–2022",
          "Trepartsprogram som gir ansatte i kommunal helse og omsorg mulighet til etter- og "
          "videreutdanning, blant annet fagskole i velferdsteknologi."),
        M("KL2025", "Kompetanseløft 2025", ["2.4"], "Plan/prosjekt", "Helse- og omsorgsdepartementet",
          "KS, Helsedirektoratet, statsforvalterne", "2021–2025",
          "Regjeringens plan for rekruttering, kompetanse og fagutvikling i den kommunale helse- og "
          "omsorgstjenesten. KS informerer kommunene om tilskuddsmidlene."),
        M("KSDIGI", "Digital kompetanse i kommunene – KS Læring", ["2.1"], "Kurs/utdanning", "KS",
          "Kommunene", "Løpende",
          "Nettbaserte kurs på plattformen KS Læring, blant annet i personvern, "
          "informasjonssikkerhet og bruk av digitale verktøy."),
        M("KSSTRAT", "Arbeidsgiverstrategi 2025", ["2.2"], "Strategi", "KS",
          "Kommunene og fylkeskommunene", "2018–2025",
          "Strategien har egne mål for kompetanseutvikling og heltidskultur i kommunesektoren."),
    ], "ks"))

REPORTS.append(R(
    "Spekter_rapport_kompetansepolitisk_raad_2021.pdf", "Spekter", 2021, "d", "pdf",
    "Spekters rapportering 2021 – Nasjonal kompetansepolitisk strategi",
    "Spekter rapporterer på tiltak gjennomført i 2021. Relasjon til strategiens delmål er oppgitt "
    "for hvert tiltak.",
    [
        M("SRY", "Representasjon i SRY", ["1.4"], "Råd/utvalg/nettverk", "KD", "Partene, Udir", "Løpende",
          "Spekter har en plass i Samarbeidsrådet for yrkesopplæring og ivaretar særlig "
          "helseforetakenes behov for lærlinger og fagarbeidere."),
        M("FRHO", "Representasjon i faglig råd for helse- og oppvekstfag", ["1.4", "2.3"],
          "Råd/utvalg/nettverk", "Udir", "KS, Fagforbundet, Delta, NSF", "Løpende",
          "Spekter deltar i det faglige rådet, som har ansvar for innholdet i utdanningsprogrammet "
          "helse- og oppvekstfag."),
        M("SPLOKONF21", "Konferanse for Spekters medlemsvirksomheter og LO Stats tillitsvalgte", ["2.2"],
          "Arrangement", "Spekter", "LO Stat", "Oktober 2021",
          "Konferansen ble arrangert sammen med LO Stat og handlet om hvordan partene lokalt kan "
          "samarbeide om kompetanseutvikling."),
        M("SPNETT", "Arbeidsgivernettverk for kompetanse", ["2.2"], "Nettverk", "Spekter",
          "Medlemsvirksomhetene", "Fra 2016, løpende",
          "Nettverket møtes fire ganger i året og tar opp kompetansepolitiske spørsmål med "
          "HR-direktørene i medlemsvirksomhetene."),
        M("SPHF", "Helsefagarbeidere i sykehus – kompetanseprogram", ["2.4"], "Prosjekt", "Spekter",
          "Helseforetakene, Fagforbundet, Delta", "2021–2023",
          "Programmet skal styrke helsefagarbeidernes rolle i spesialisthelsetjenesten gjennom "
          "intern opplæring og fagskoletilbud."),
    ], "spekter"))

REPORTS.append(R(
    "YS_2021.docx", "YS", 2021, "c", "docx",
    "YS – rapport til Kompetansepolitisk råd 2021",
    "Yrkesorganisasjonenes Sentralforbund (YS) rapporterer her på egne tiltak og tiltak der YS "
    "deltar sammen med andre.",
    [
        M("KBU", "Vi deltar i KBU", ["1.1"], "Utvalg", "KD", "De øvrige hovedorganisasjonene", "2017–2023",
          "YS har én representant i Kompetansebehovsutvalget og har spilt inn behov for mer kunnskap "
          "om kompetanse i servicenæringene."),
        M("YSTV", "Kompetansekurs for tillitsvalgte", ["2.2"], "Kurs", "YS", "YS-forbundene", "2021",
          "Digitale kurs for tillitsvalgte i YS-forbundene om hvordan de kan ta opp "
          "kompetanseutvikling med arbeidsgiver."),
        M("YSDIGI", "Digital kompetanse", ["2.1"], "Kurs/utdanning", "YS", "Forbundene", "2021",
          "YS tilbyr medlemmene gratis nettkurs i grunnleggende digitale ferdigheter gjennom "
          "YS-skolen."),
        M("YSBAR", "YS Arbeidslivsbarometer", ["2.2"], "Forskning/utredning", "YS",
          "Respons Analyse, Arbeidsforskningsinstituttet", "Årlig",
          "Barometeret kartlegger blant annet i hvilken grad arbeidstakere får kompetanseutvikling "
          "på jobben."),
        M("YSSEN", "Kompetanse for seniorer", ["2.2"], "Informasjon", "YS", "Senter for seniorpolitikk",
          "2021",
          "YS har laget informasjonsmateriell om seniorers behov for og rett til etter- og "
          "videreutdanning.",
          dm_text="Styrke kunnskapsgrunnlaget om læring i arbeidslivet"),
    ], "ys"))

REPORTS.append(R(
    "VOFO_rapportering_2021.docx", "VOFO", 2021, "b", "docx",
    "Rapportering fra VOFO – Voksenopplæringsforbundet, 2021",
    "VOFO representerer frivillig sektor i Kompetansepolitisk råd. Rapporten beskriver tiltak i "
    "regi av VOFO og studieforbundene i 2021.",
    [
        M("KPFRI", "Kompetansepluss frivillighet", ["3.2", "3.6"], "Tilskudd/informasjon",
          "Kompetanse Norge/HK-dir", "Studieforbundene", "Løpende",
          "VOFO informerer studieforbundene om ordningen og deltar i dialogen om hvordan den kan "
          "videreutvikles."),
        M("VOFOREG", "Kompetanseheving for regionkonsulenter", ["1.2"], "Kurs/utdanning", "VOFO",
          "VOFO-regionene", "2021",
          "Regionkonsulentene får opplæring i fylkenes kompetansepolitikk, slik at de kan delta "
          "aktivt i regionale kompetansefora."),
        M("VOFONORSK", "Norsktrening i studieforbundene", ["3.4", "3.6"], "Kurs/utdanning",
          "Studieforbundene", "IMDi, frivillige lag og foreninger", "Løpende",
          "Studieforbundene tilbyr norsktrening som et supplement til den offentlige "
          "norskopplæringen, ofte med frivillige som samtalepartnere."),
        M("VOFOSTAT", "Statistikk over studieforbundenes opplæring", ["2.2"], "FoU", "VOFO",
          "Studieforbundene", "Årlig",
          "VOFO utarbeider hvert år statistikk over kurs, timer og deltakere i studieforbundene."),
        M("VOFOKV", "Synliggjøring av frivillig sektor overfor karriereveiledere", ["1.3"], "Informasjon",
          "VOFO", "Karrieresentrene i fylkene", "2021",
          "Informasjon til karriereveiledere om opplæringsmulighetene i studieforbundene."),
    ], "vofo"))

REPORTS.append(R(
    "Innlandet_fylkeskommune_2021.pdf", "Innlandet fylkeskommune", 2021, "a", "pdf",
    "Innlandet fylkeskommune – rapportering av kompetansepolitiske tiltak 2021",
    "Innlandet fylkeskommune rapporterer for første gang til Kompetansepolitisk råd. Tiltakene "
    "under er de viktigste regionale tiltakene i 2021.",
    [
        M("INNPLAN", "Regional kompetanseplan for Innlandet", ["1.2"], "Plan/strategi",
          "Innlandet fylkeskommune", "NAV Innlandet, Statsforvalteren, partene, Høgskolen i Innlandet",
          "2021–2024",
          "Planen ble vedtatt av fylkestinget i 2021 og skal bidra til at arbeidslivet i Innlandet "
          "får tilgang på riktig kompetanse."),
        M("INNFORUM", "Kompetanseforum Innlandet", ["1.2"], "Råd/utvalg/nettverk", "Innlandet fylkeskommune",
          "LO Innlandet, NHO Innlandet, KS, NAV, Høgskolen i Innlandet", "Løpende",
          "Forumet er en arena for samordning av kompetansepolitikken i fylket og møtes fire ganger "
          "i året."),
        M("INNKARR", "Karrieresenteret i Innlandet – veiledning for voksne", ["1.3"],
          "Informasjon/veiledning", "Innlandet fylkeskommune", "NAV Innlandet", "Løpende",
          "Gratis karriereveiledning for voksne over 19 år på seks steder i fylket."),
        M("INNFAGV", "Fagbrev for voksne – Innlandsmodellen", ["3.1"], "Kurs/utdanning",
          "Innlandet fylkeskommune", "Kommunene, opplæringskontorene", "2021–2023",
          "Modulbasert opplæring i voksenopplæringen der teorien tas på kveldstid og praksis i "
          "bedrift, fram mot fag- eller svennebrev."),
        M("INNYON", "Yrkesopplæringsnemnda i Innlandet", ["1.4", "2.3"], "Råd/utvalg/nettverk",
          "Innlandet fylkeskommune", "Partene i arbeidslivet", "Løpende",
          "Nemnda gir råd om dimensjonering og kvalitet i fag- og yrkesopplæringen i fylket."),
    ], "inn"))

REPORTS.append(R(
    "Viken_fk_rapport_NKPS_2021.pdf", "Viken fylkeskommune", 2021, "b", "pdf",
    "Viken fylkeskommune: Rapport om kompetansepolitiske tiltak 2021",
    "Rapporten er utarbeidet av avdeling for kompetanse og gjelder rapporteringsåret 2021.",
    [
        M("HURTIG", "Hurtigsporet – sammen med NHO Viken Oslo og NAV", ["3.3", "3.4"], "Prosjekt",
          "Viken fylkeskommune", "NHO Viken Oslo, NAV Vest-Viken, kommunene", "2020–2022",
          "Hurtigsporet gir flyktninger og innvandrere et raskere løp mot fagbrev ved å kombinere "
          "norskopplæring, fag og praksis i bedrift."),
        M("FAGJOBB", "Fagbrev på jobb", ["3.1"], "Kurs/utdanning", "Viken fylkeskommune",
          "Arbeidsgivere, opplæringskontorer", "Løpende",
          "Viken tilbyr «Fagbrev på jobb» til voksne arbeidstakere med relevant praksis, og hadde "
          "over 600 kandidater i 2021."),
        M("VKSTRAT", "Kompetansestrategi for Viken 2021–2024", ["1.2"], "Strategi", "Viken fylkeskommune",
          "Partene i arbeidslivet, NAV Øst-Viken, NAV Vest-Viken, universiteter og høyskoler",
          "2021–2024",
          "Strategien peker ut fire satsingsområder, blant annet kompetanse for det grønne skiftet og "
          "flere voksne med fagbrev."),
        M("VKKUNN", "Kunnskapsgrunnlag om kompetansebehov i Viken", ["1.2", "2.2"], "Utredning",
          "Viken fylkeskommune", "Oxford Research", "2021",
          "Analyse av dagens og framtidens kompetansebehov i regionen, brukt som grunnlag for "
          "kompetansestrategien."),
        M("VKDIGI", "Digitale ferdigheter for voksne", ["2.1", "3.1"], "Kurs/utdanning",
          "Viken fylkeskommune", "Kommunenes voksenopplæring, bibliotekene", "2021–2022",
          "Gratis kurs i grunnleggende digitale ferdigheter for voksne som står utenfor eller har "
          "svak tilknytning til arbeidslivet."),
    ], "viken"))

# ============================== 2022 ========================================
REPORTS.append(R(
    "Regjeringen_rapportering_NKPS_2022.pdf", "Regjeringen", 2022, "a", "pdf",
    "Regjeringens rapportering til Kompetansepolitisk råd 2022",
    "Oversikten er utarbeidet av Kunnskapsdepartementet i samarbeid med Arbeids- og "
    "inkluderingsdepartementet og gjelder 2022.",
    [
        M("KBU", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD",
          "AID, KDD, hovedorganisasjonene, forskere", "2017–2023",
          "Utvalget la i 2022 fram en rapport om kompetansebehov i en grønn omstilling. Mandatet "
          "gjelder ut 2023."),
        M("SAMFK", "Samfunnskontrakt for flere læreplasser (videreført 2022–2026)", ["1.4", "2.3"],
          "Avtale", "KD",
          "LO, NHO, KS, Spekter, Virke, YS, Unio, Akademikerne, fylkeskommunene", "2022–2026",
          "Regjeringen og partene ble i 2022 enige om å videreføre samarbeidet fra forrige "
          "kontraktsperiode. Målet er at alle kvalifiserte søkere skal få læreplass."),
        M("FLEKS", "Fleksible videreutdanningstilbud – tilskudd (videreført)", ["2.1", "2.4"], "Tilskudd",
          "KD", "HK-dir", "2022",
          "Ordningen er videreført med nye utlysninger innen helse, teknologi og grønn omstilling."),
        M("FULLF", "Fullføringsreformen", ["3.1"], "Lovarbeid", "KD", "Udir, fylkeskommunene, KS",
          "2022–2024",
          "Forslag til ny opplæringslov ble sendt på høring. Forslaget gir voksne rett til "
          "videregående opplæring fram til fullført kompetanse."),
        M("BPORD", "Videreutvikling av ordningen med bransjeprogram", ["2.4"], "Tilskudd", "KD og AID",
          "HK-dir, partene", "2022",
          "Ordningen videreføres, og flere bransjer kan nå søke om å etablere nye program."),
        M("KVLOV", "Utredning av lovfestet rett til karriereveiledning", ["1.3"], "Utredning", "KD",
          "HK-dir, fylkeskommunene", "2022–2023",
          "Departementet vurderer om fylkeskommunenes ansvar for karriereveiledning for voksne skal "
          "lovfestes."),
    ], "kd"))

REPORTS.append(R(
    "HK-dir_rapport_2022.pdf", "HK-dir", 2022, "b", "pdf",
    "Rapport fra Direktoratet for høyere utdanning og kompetanse (HK-dir) – tiltak 2022",
    "HK-dir rapporterer på tiltak innenfor kompetansepolitikken i rapporteringsåret 2022.",
    [
        M("BPHELSE", "Bransjeprogrammet for helse og omsorg", ["2.4"], "Kurs/utdanning", "HK-dir",
          "KS, Fagforbundet, NSF, Delta", "2022",
          "Programmet er videreført i 2022 med nye moduler innen velferdsteknologi og demensomsorg."),
        M("BPIND", "Bransjeprogram industri og bygg (videreført)", ["2.4"], "Kurs/utdanning", "HK-dir",
          "Norsk Industri, Fellesforbundet, BNL", "2022",
          "Nye moduler i blant annet grønn industri og sirkulær økonomi ble lyst ut i 2022."),
        M("KPARB", "Kompetansepluss – arbeid", ["3.2"], "Tilskudd", "HK-dir", "Virksomheter, partene",
          "Løpende",
          "Ordningen er videreført. Over 4 000 ansatte fikk opplæring i grunnleggende ferdigheter "
          "med støtte fra ordningen."),
        M("KPFRI", "Kompetansepluss – frivillighet", ["3.2", "3.6"], "Tilskudd", "HK-dir",
          "VOFO, studieforbundene", "Løpende",
          "Det ble gitt tilskudd til om lag 180 kurs i regi av frivillige organisasjoner."),
        M("KPFAG", "Forsøk med Kompetansepluss og fagopplæring", ["3.2", "3.1"], "Prosjekt", "HK-dir",
          "Fylkeskommunene, NAV", "2022–2024",
          "Forsøket kombinerer opplæring i grunnleggende ferdigheter med et løp mot fagbrev for "
          "voksne uten fullført videregående opplæring."),
        M("FORUMKV", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "HK-dir",
          "Partene i arbeidslivet, NAV, Udir, fylkeskommunene", "Løpende",
          "Forumet behandlet i 2022 blant annet karriereveiledning for arbeidstakere i omstilling."),
        M("KVKONF22", "Nasjonal konferanse om karriereveiledning 2022", ["1.3"], "Konferanse", "HK-dir",
          "KS, fylkeskommunene, NAV", "November 2022",
          "Konferansen samlet rundt 400 veiledere og ledere fra hele landet. Tema var "
          "karriereveiledning for voksne i arbeidslivet."),
    ], "hkdir"))

REPORTS.append(R(
    "LO_oppfolging_kompetansestrategi_2022.pdf", "LO", 2022, "d", "pdf",
    "LO – rapportering om oppfølging av Nasjonal kompetansepolitisk strategi, 2022",
    "Rapporten dekker LO sentralt og tiltak der LO-forbund representerer LO. Rapporteringsår: 2022.",
    [
        M("SRY", "Samarbeidsrådet for yrkesopplæring", ["1.4"], "Råd/utvalg/nettverk", "KD",
          "NHO, KS, Spekter, Virke, YS, Unio", "Løpende",
          "LO er fortsatt representert i rådet. I 2022 har SRY særlig arbeidet med "
          "lærlingsituasjonen etter pandemien."),
        M("FAGJOBB", "Fagbrev på jobb – oppfølging", ["3.1"], "Prosjekt", "Fylkeskommunene",
          "LO-forbundene, NHO, KS", "Løpende",
          "LO har fulgt opp ordningen med en kartlegging blant forbundene av hvordan den brukes i "
          "ulike bransjer."),
        M("BPHELSE", "Bransjeprogrammet for kommunal helse og omsorg", ["2.4"], "Kurs/utdanning", "HK-dir",
          "Fagforbundet, KS", "2022",
          "Fagforbundet deltar for LO i programmets styringsgruppe og har bidratt til at "
          "helsefagarbeidere får tilbud om fagskolemoduler."),
        M("TARIFF", "Fafo-rapport om kompetansebestemmelser i tariffavtalene, sammen med NHO", ["2.2"],
          "FoU", "LO og NHO", "Fafo", "2022",
          "Rapporten kartlegger hvordan bestemmelsene om kompetanse i tariffavtalene brukes i "
          "praksis, og viser store forskjeller mellom bransjer."),
        M("LOTVFAFO", "Fafo-rapport om tillitsvalgtes rolle i kompetanseutvikling", ["2.2"], "FoU", "LO",
          "Fafo", "2022",
          "Undersøkelse blant tillitsvalgte om i hvilken grad de blir involvert når opplæringen på "
          "arbeidsplassen planlegges."),
        M("RSAOM", "Representasjon i RSA ved OsloMet", ["1.4"], "Råd/utvalg/nettverk", "OsloMet",
          "KS, NHO Oslo og Akershus", "2022–2025",
          "LO har en plass i Rådet for samarbeid med arbeidslivet ved universitetet. Rådet gir "
          "innspill til studieportefølje og praksis."),
        M("FORUMKV", "Vi deltar i Nasjonalt forum for karriereveiledning", ["1.3"], "Nettverk", "HK-dir",
          "KS, NHO, NAV", "Løpende",
          "LO er medlem av forumet og har tatt opp behovet for karriereveiledning for voksne "
          "arbeidstakere."),
        M("KPARB", "Kompetansepluss", ["3.2"], "Tilskudd", "HK-dir", "LO-forbundene", "2022",
          "LO oppfordrer tillitsvalgte til å bruke Kompetansepluss arbeid slik at ansatte kan få "
          "opplæring i grunnleggende ferdigheter på arbeidsplassen."),
        M("BPHANDEL", "Bransjeprogram varehandel – HK Norge", ["2.4"], "Kurs/utdanning",
          "Handel og Kontor i Norge og Virke", "HK-dir, NHO Service og Handel", "2022",
          "HK deltar i utviklingen av bransjeprogrammet for varehandelen. Tilbudet retter seg mot "
          "ansatte uten formell utdanning i handel."),
    ], "lo"))

REPORTS.append(R(
    "NHO-rapportering-2022.docx", "NHO", 2022, "c", "docx",
    "NHOs rapportering til Kompetansepolitisk råd for 2022",
    "Rapporten beskriver NHOs viktigste kompetansepolitiske tiltak i 2022.",
    [
        M("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg", "KD",
          "Hovedorganisasjonene, departementene", "2017–2023",
          "NHO har deltatt i utvalgets arbeid med rapporten om kompetansebehov i en grønn "
          "omstilling."),
        M("HURTIG", "Hurtigsporet", ["3.3"], "Prosjekt", "NHO Viken Oslo", "Viken fylkeskommune, NAV",
          "2020–2022",
          "Fortsatt samarbeid med Viken fylkeskommune. Over 40 bedrifter har tatt imot kandidater "
          "siden oppstarten."),
        M("BPIND", "Bransjeprogrammet for industri og bygg – videreført", ["2.4"], "Kurs", "Norsk Industri",
          "Fellesforbundet, BNL, HK-dir", "2022",
          "Programmet er videreført, med nye moduler innen grønn industri og hydrogen."),
        M("TARIFF", "Kartlegging av tariffavtalenes kompetansebestemmelser (i samarbeid med LO)", ["2.2"],
          "FoU", "NHO og LO", "Fafo", "2022",
          "Fafo har på oppdrag fra partene undersøkt hvordan kompetansebestemmelsene i "
          "overenskomstene følges opp i bedriftene."),
        M("NHOKONF22", "Kompetansekonferansen 2022", ["2.2", "2.4"], "Konferanse", "NHO", "HK-dir",
          "April 2022",
          "NHOs årlige konferanse om kompetanse samlet ledere og HR-ansvarlige. Hovedtema var "
          "kompetanse for det grønne skiftet."),
        M("FAGSKR", "Nasjonalt fagskoleråd", ["1.4"], "Råd/utvalg/nettverk", "KD", "KS, LO, fagskolene",
          "Løpende",
          "NHO er representert i rådet, som gir råd om utviklingen av høyere yrkesfaglig "
          "utdanning."),
        M("FAGJOBB", "Deltakelse i ordningen Fagbrev på jobb", ["3.1"], "Informasjon", "Fylkeskommunene",
          "LO, KS, opplæringskontorene", "Løpende",
          "NHO informerer medlemsbedriftene om hvordan ansatte kan ta fagbrev gjennom jobben."),
    ], "nho"))

REPORTS.append(R(
    "KS_tiltak_2022.docx", "KS", 2022, "a", "docx",
    "KS – tiltak for oppfølging av Nasjonal kompetansepolitisk strategi i 2022",
    "Tabellen viser KS' tiltak i rapporteringsåret 2022.",
    [
        M("SRY", "SRY – Samarbeidsrådet for yrkesopplæring", ["1.4"], "Råd/utvalg/nettverk", "KD/Udir",
          "Partene i arbeidslivet", "2020–2023",
          "KS har i rådet særlig løftet behovet for flere læreplasser i kommunene."),
        M("BPHELSE", "Bransjeprogram for helse og omsorg, kommunal sektor (videreført)", ["2.4"],
          "Kurs/utdanning", "KS", "Fagforbundet, NSF, Delta, FO, HK-dir", "2022",
          "Programmet er videreført. Nye tilbud i 2022 var blant annet fagskolemoduler i "
          "psykisk helsearbeid."),
        M("RSAOM", "Deltakelse i Rådet for samarbeid med arbeidslivet ved OsloMet – storbyuniversitetet",
          ["1.4"], "Råd/utvalg/nettverk", "OsloMet", "LO, NHO, Oslo kommune", "2022–2025",
          "KS er representert i rådet og arbeider for at utdanningene møter kommunenes behov for "
          "helse- og velferdspersonell."),
        M("SAMFK", "Samfunnskontrakt for flere læreplasser 2022–2026", ["1.4", "2.3"], "Avtale", "KD",
          "Partene i arbeidslivet, fylkeskommunene", "2022–2026",
          "KS har forpliktet seg til å arbeide for at kommunene tar inn flere lærlinger, særlig i "
          "helsearbeiderfaget."),
        M("FAGJOBB", "«Fagbrev på jobb» – kommunen som arbeidsgiver", ["3.1"], "Informasjon",
          "Fylkeskommunene", "Kommunene", "Løpende",
          "KS oppfordrer kommunene til å bruke «Fagbrev på jobb» for ansatte som mangler formell "
          "kompetanse."),
        M("KVKONF22", "Deltakelse på HK-dirs nasjonale konferanse for karriereveiledning", ["1.3"],
          "Arrangement", "HK-dir", "", "November 2022",
          "KS holdt innlegg om kommunenes rolle som arbeidsgiver og om veiledning av ansatte."),
        M("FAGSKR", "Nasjonalt fagskoleråd – KS' representasjon", ["1.4"], "Råd/utvalg/nettverk", "KD",
          "NHO, LO, fagskolene", "Løpende",
          "KS er representert i Nasjonalt fagskoleråd og er opptatt av fagskoletilbud innen helse "
          "og oppvekst."),
    ], "ks"))

REPORTS.append(R(
    "Spekter_rapport_2022.docx", "Spekter", 2022, "d", "docx",
    "Spekters rapportering 2022 – Nasjonal kompetansepolitisk strategi",
    "Spekter rapporterer på tiltak gjennomført i 2022.",
    [
        M("KBU", "Deltakelse i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg", "KD",
          "Hovedorganisasjonene", "2022–2023",
          "Spekter har fra 2022 en av arbeidsgiverplassene i KBU og bidrar med kunnskap om "
          "kompetansebehov i helseforetakene."),
        M("SAMFK", "Samfunnskontrakten for flere læreplasser – fortsatt deltakelse", ["1.4", "2.3"],
          "Informasjon", "Spekter", "Medlemsvirksomhetene", "2022–2026",
          "Spekter følger opp den videreførte kontrakten og har satt mål om flere lærlinger i "
          "helseforetakene."),
        M("SPNETT", "Arbeidsgivernettverket (videreført)", ["2.2"], "Nettverk", "Spekter",
          "Medlemsvirksomhetene", "Løpende",
          "Nettverket har i 2022 hatt kompetansestrategier i omstilling som hovedtema.",
          dm_text="Styrke kunnskapsgrunnlaget om læring i arbeidslivet"),
        M("SPHF", "Kompetanseprogram for helsefagarbeidere i spesialisthelsetjenesten", ["2.4"], "Prosjekt",
          "Spekter", "Helseforetakene, Fagforbundet, Delta", "2021–2023",
          "Tre helseforetak har tatt i bruk programmet, og de første deltakerne har fullført "
          "fagskolemoduler."),
        M("MOTEPL22", "Møteplass lærebedrifter 2022", ["1.4", "2.3"], "Arrangement", "Spekter",
          "Fafo, fylkeskommuner, opplæringskontorer", "Mars 2022",
          "Heldagsarrangement der medlemsvirksomheter som er lærebedrifter, utvekslet erfaringer "
          "om kvalitet i fagopplæringen."),
    ], "spekter"))

REPORTS.append(R(
    "Virke_rapport_2022.pdf", "Virke", 2022, "c", "pdf",
    "Virkes rapportering til Kompetansepolitisk råd – 2022",
    "Hovedorganisasjonen Virke rapporterer for første gang på egne tiltak. Rapporten gjelder 2022.",
    [
        M("SRY", "Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg/nettverk", "Udir",
          "Partene i arbeidslivet", "2020–2023",
          "Virke er representert i SRY med ett medlem og ett varamedlem."),
        M("BPHANDEL", "Bransjeprogram for varehandel", ["2.4"], "Kurs/utdanning", "Virke",
          "HK, NHO Service og Handel, HK-dir", "2022–2024",
          "Treparts bransjeprogram i samarbeid med HK og NHO Service og Handel. De første modulene "
          "innen netthandel og kundeservice startet høsten 2022."),
        M("SAMFK", "Samfunnskontrakten 2022–2026", ["1.4"], "Avtale", "KD", "Partene", "2022–2026",
          "Virke har signert samfunnskontrakten og informerer medlemmene om lærlingordningen."),
        M("VIRKEDIGI", "Digital kompetanse", ["2.1"], "Kurs", "Virke", "Medlemsvirksomheter", "2022",
          "Kursserie for små og mellomstore medlemsvirksomheter om digitalisering av salg og drift."),
        M("VIRKEIDE", "Kompetansenettverk for ideelle virksomheter", ["2.2"], "Nettverk", "Virke",
          "Ideelle medlemsvirksomheter", "2022",
          "Nettverk for ledere i ideelle organisasjoner om strategisk kompetanseplanlegging."),
    ], "virke"))

REPORTS.append(R(
    "VOFO_rapportering_2022.docx", "VOFO", 2022, "b", "docx",
    "Rapportering fra VOFO – Voksenopplæringsforbundet, 2022",
    "VOFO rapporterer på tiltak i 2022 på vegne av studieforbundene.",
    [
        M("KPFRI", "Kompetansepluss frivillighet – fortsatt samarbeid med HK-dir", ["3.2", "3.6"],
          "Tilskudd/informasjon", "HK-dir", "Studieforbundene", "Løpende",
          "VOFO har bidratt til at flere studieforbund søker midler, og har gitt innspill til "
          "forenkling av søknadsprosessen."),
        M("VOFOREG", "Videreført kompetanseheving for regionkonsulentene", ["1.2"], "Kurs/utdanning", "VOFO",
          "VOFO-regionene", "2022",
          "Regionkonsulentene har fått ny opplæring etter fylkesdelingen i 2022."),
        M("VOFONORSK", "Norsktrening", [], "Kurs/utdanning", "Studieforbundene", "IMDi", "Løpende",
          "Norsktreningen i studieforbundene økte i 2022, blant annet på grunn av mange nye "
          "flyktninger fra Ukraina.",
          dm_text="Ikke angitt"),
        M("VOFOFYLKE", "Partnerskapsavtaler med fylkeskommunene", ["1.2"], "Avtale", "VOFO",
          "Fylkeskommunene", "2022–2025",
          "VOFO har inngått avtaler med fire fylkeskommuner om å bruke studieforbundene i den "
          "regionale kompetansepolitikken."),
    ], "vofo"))

REPORTS.append(R(
    "Innlandet_fylkeskommune_2022.pdf", "Innlandet fylkeskommune", 2022, "a", "pdf",
    "Innlandet fylkeskommune – rapportering av kompetansepolitiske tiltak 2022",
    "Innlandet fylkeskommune rapporterer her på de regionale tiltakene i 2022.",
    [
        M("INNPLAN", "Oppfølging av regional kompetanseplan", ["1.2"], "Plan/strategi",
          "Innlandet fylkeskommune", "Partnerskapet i Kompetanseforum Innlandet", "2022",
          "Det første handlingsprogrammet til planen ble gjennomført, med vekt på fagbrev for voksne "
          "og desentralisert utdanning."),
        M("INNFORUM", "Kompetanseforum Innlandet", ["1.2"], "Råd/utvalg/nettverk", "Innlandet fylkeskommune",
          "LO Innlandet, NHO Innlandet, KS, NAV", "Løpende",
          "Forumet har hatt fire møter og har blant annet drøftet kompetansebehovet i "
          "reiselivet."),
        M("INNFAGV", "Innlandsmodellen – fagbrev for voksne (forts.)", ["3.1"], "Kurs/utdanning",
          "Innlandet fylkeskommune", "Kommunene, opplæringskontorene", "2021–2023",
          "Modellen er utvidet til to nye fag, helsearbeiderfaget og barne- og ungdomsarbeiderfaget."),
        M("INNSTUD", "Studiesenter Innlandet – desentralisert høyere utdanning", ["1.2", "2.4"], "Prosjekt",
          "Innlandet fylkeskommune", "Høgskolen i Innlandet, NTNU i Gjøvik, kommunene", "2022–2025",
          "Studiesentrene gir tilbud om desentraliserte studier i samarbeid med høgskolene, slik at "
          "folk kan ta utdanning der de bor."),
    ], "inn"))

REPORTS.append(R(
    "Vestland_fylkeskommune_rapport_2022.docx", "Vestland fylkeskommune", 2022, "b", "docx",
    "Rapportering frå Vestland fylkeskommune – Nasjonal kompetansepolitisk strategi 2022",
    "Vestland fylkeskommune rapporterer for første gong til Kompetansepolitisk råd. Rapporten "
    "gjeld tiltak i 2022.",
    [
        M("VLPLAN", "Regional plan for kompetanse og arbeidskraft", ["1.2"], "Plan", "Vestland fylkeskommune",
          "NAV Vestland, partane i arbeidslivet, universitet og høgskular", "2022–2026",
          "Planen vart vedteken av fylkestinget i 2022 og skal sikre at Vestland har tilgang på rett "
          "kompetanse i omstillinga."),
        M("VLFORUM", "Kompetanseforum Vestland", ["1.2"], "Råd/utval/nettverk", "Vestland fylkeskommune",
          "LO, NHO, KS, NAV, HVL, UiB", "Løpande",
          "Forumet samlar dei regionale aktørane to gonger i året for å drøfte kompetansebehov og "
          "felles tiltak."),
        M("RSAHVL", "Deltaking i RSA ved Høgskulen på Vestlandet", ["1.4"], "Råd/utval/nettverk",
          "Høgskulen på Vestlandet", "Partane i arbeidslivet", "2022–2025",
          "Fylkeskommunen er representert i rådet for samarbeid med arbeidslivet ved HVL og gir "
          "innspel til studietilbodet."),
        M("VLYON", "Yrkesopplæringsnemnda i Vestland", ["1.4", "2.3"], "Råd/utval/nettverk",
          "Vestland fylkeskommune", "Partane i arbeidslivet", "Løpande",
          "Nemnda gir råd om tilbodsstruktur og kvalitet i fag- og yrkesopplæringa i fylket."),
        M("VLNETT", "Vaksenopplæring på nett", ["3.1"], "Kurs/utdanning", "Vestland fylkeskommune",
          "Kommunane", "2022–2024",
          "Nettbasert vidaregåande opplæring for vaksne som vil kombinere jobb og studium."),
        M("VLKARR", "Karrieresenter Vestland – karriererettleiing for vaksne", ["1.3"], "Informasjon",
          "Vestland fylkeskommune", "NAV Vestland", "Løpande",
          "Gratis karriererettleiing for vaksne, både ved senteret i Bergen og digitalt."),
    ], "vl"))

REPORTS.append(R(
    "Viken_fk_rapport_NKPS_2022.pdf", "Viken fylkeskommune", 2022, "b", "pdf",
    "Viken fylkeskommune: Rapport om kompetansepolitiske tiltak 2022",
    "Rapporten gjelder 2022, det siste hele driftsåret før Viken deles.",
    [
        M("HURTIG", "Hurtigsporet (videreført)", ["3.3", "3.4"], "Prosjekt", "Viken fylkeskommune",
          "NHO Viken Oslo, NAV", "2020–2023",
          "Modellen er videreført og utvidet til nye fag. Om lag 120 kandidater var i løp i 2022."),
        M("FAGJOBB", "«Fagbrev på jobb» – videreført", ["3.1"], "Kurs/utdanning", "Viken fylkeskommune",
          "Arbeidsgivere, opplæringskontorer", "Løpende",
          "Ordningen er videreført med økt kapasitet på teoriopplæring i helsearbeiderfaget."),
        M("VKSTRAT", "Oppfølging av kompetansestrategien", ["1.2"], "Strategi", "Viken fylkeskommune",
          "Partene i arbeidslivet, NAV", "2022",
          "Handlingsplanen for kompetansestrategien er fulgt opp med egne tiltak for grønn omstilling."),
        M("VKBIO", "Bedriftsintern opplæring (BIO)", ["3.3"], "Tilskudd", "Viken fylkeskommune",
          "NAV, bedrifter i omstilling", "Fra 1.1.2022",
          "Fylkeskommunen har fra 2022 ansvaret for tilskuddsordningen for bedriftsintern opplæring "
          "i virksomheter som må omstille seg."),
    ], "viken"))

# ============================== 2023 ========================================
REPORTS.append(R(
    "Regjeringen_rapportering_NKPS_2023.pdf", "Regjeringen", 2023, "a", "pdf",
    "Regjeringens rapportering til Kompetansepolitisk råd 2023",
    "Kunnskapsdepartementet har samlet regjeringens tiltak for rapporteringsåret 2023.",
    [
        M("KBU", "Kompetansebehovsutvalget (KBU) – siste periode", ["1.1"], "Råd/utvalg/nettverk", "KD",
          "Partene i arbeidslivet, departementene, HK-dir", "2023",
          "Utvalgets mandat løp ut i 2023, og det er satt i gang en evaluering av arbeidet."),
        M("SAMFK", "Samfunnskontrakten for flere læreplasser (2022–2026)", ["1.4"], "Avtale", "KD",
          "Partene i arbeidslivet, fylkeskommunene", "2022–2026",
          "Kontrakten følges opp med halvårlige møter mellom partene. Antallet nye lærekontrakter "
          "økte i 2023."),
        M("FLEKS", "Tilskudd til fleksible videreutdanningstilbud", ["2.1", "2.4"], "Tilskudd", "KD",
          "HK-dir", "2023",
          "Det ble lyst ut nye midler, denne gangen med vekt på tilbud innen grønn omstilling og "
          "helse."),
        M("FULLF", "Ny opplæringslov – oppfølging av fullføringsreformen", ["3.1"], "Lovarbeid", "KD",
          "Udir, fylkeskommunene", "2023–2024",
          "Stortinget vedtok ny opplæringslov i 2023. Loven gir voksne rett til å fullføre "
          "videregående opplæring og trer i kraft høsten 2024."),
        M("KFK", "Videreutdanning for lærere (Kompetanse for kvalitet)", ["1.4"], "Kurs/utdanning", "KD",
          "Udir, KS, Utdanningsforbundet, lærerutdanningene", "Løpende",
          "Staten finansierer videreutdanning for lærere i samarbeid med skoleeierne. Tilbudet i "
          "2023 omfattet blant annet matematikk, norsk og spesialpedagogikk."),
        M("KVLOV", "Lovfesting av karriereveiledning (forts.)", ["1.3"], "Utredning", "KD", "HK-dir",
          "2023",
          "Arbeidet med å vurdere en lovfestet rett til karriereveiledning er videreført, og et "
          "høringsnotat er under arbeid."),
    ], "kd"))

REPORTS.append(R(
    "HK-dir_rapport_2023.pdf", "HK-dir", 2023, "b", "pdf",
    "Rapport fra Direktoratet for høyere utdanning og kompetanse (HK-dir) – tiltak 2023",
    "HK-dir rapporterer på et utvalg tiltak i 2023.",
    [
        M("BPHELSE", "Bransjeprogram kommunal helse og omsorg – fase 2", ["2.4"], "Kurs/utdanning", "HK-dir",
          "KS, Fagforbundet, NSF, Delta", "2023–2025",
          "Partene har videreført programmet i en ny fase med vekt på ledelse og tverrfaglig "
          "samarbeid."),
        M("KPFRI", "Kompetansepluss frivillighet", ["3.2", "3.6"], "Tilskudd", "HK-dir",
          "VOFO, studieforbundene", "Løpende",
          "Det ble gitt tilskudd til kurs i regi av frivillige organisasjoner over hele landet."),
        M("KPFAG", "Kompetansepluss kombinert med fagopplæring – forsøk (forts.)", ["3.2", "3.1"],
          "Prosjekt", "HK-dir", "Fylkeskommunene, NAV", "2022–2024",
          "Forsøket pågår i fire fylker. De første deltakerne har gått opp til fagprøve."),
        M("FORUMKV", "Nasjonalt forum for karriereveiledning – fortsatt drift", ["1.3"],
          "Råd/utvalg/nettverk", "HK-dir", "Partene i arbeidslivet, NAV, Udir, fylkeskommunene",
          "Løpende",
          "Forumet har i 2023 arbeidet med en felles forståelse av kvalitet i karriereveiledning."),
        M("KVKONF23", "Karriereveiledningskonferansen 2023", ["1.3"], "Konferanse", "HK-dir",
          "Fylkeskommunene, NAV", "Oktober 2023",
          "Årets konferanse handlet om kvalitet i veiledningen og ble holdt i Trondheim."),
        M("REALK", "Bransjemodeller for realkompetansevurdering", ["2.5"], "Prosjekt", "HK-dir",
          "NHO, LO, bransjeorganisasjoner", "2023–2024",
          "Det utvikles modeller for å vurdere kompetanse ervervet i arbeidslivet opp mot fagbrev "
          "og fagskoleutdanning."),
        M("GODKJ", "Godkjenning av utenlandsk fag- og yrkesopplæring", ["2.6"], "Forvaltning/informasjon",
          "HK-dir", "Udir, fylkeskommunene", "Løpende",
          "Ny godkjenningsordning for utenlandsk fag- og yrkesopplæring er tatt i bruk, og "
          "saksbehandlingstiden er redusert."),
    ], "hkdir"))

REPORTS.append(R(
    "LO_oppfolging_kompetansestrategi_2023.pdf", "LO", 2023, "d", "pdf",
    "LO – rapportering om oppfølging av Nasjonal kompetansepolitisk strategi, 2023",
    "LOs rapport for 2023. Tiltak der forbundene deltar på vegne av LO er tatt med.",
    [
        M("KBU", "Kompetansebehovsutvalget – LOs deltakelse", ["1.1"], "Råd/utvalg", "KD",
          "Hovedorganisasjonene", "2017–2023",
          "LO har deltatt i utvalget fram til mandatet gikk ut i 2023 og har gitt innspill til "
          "evalueringen."),
        M("SRY", "SRY", ["1.4"], "Råd/utvalg/nettverk", "KD", "Partene, Udir", "Løpende",
          "LO har deltatt i rådets arbeid med ny tilbudsstruktur og fagbrev for voksne."),
        M("FAGJOBB", "Fagbrev på jobb", ["3.1"], "Prosjekt", "Fylkeskommunene", "LO-forbundene, NHO, KS",
          "Løpende",
          "Ordningen er fulgt opp med en informasjonskampanje rettet mot tillitsvalgte i "
          "helse og industri."),
        M("BPIND", "Bransjeprogram for industri og bygg – fase 2", ["2.4"], "Kurs/utdanning",
          "Fellesforbundet og NHO", "HK-dir, Norsk Industri", "2023–2025",
          "Programmet fortsetter i en ny fase. Fellesforbundet sitter i styringsgruppen."),
        M("LOTV", "Tillitsvalgtskolering om kompetanse", ["2.2"], "Kurs/utdanning", "LO", "AOF", "2023",
          "Kursene er revidert etter Fafo-rapporten om tillitsvalgtes rolle og ble holdt i alle "
          "fylker."),
        M("SAMFK", "Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], "Avtale", "KD", "Partene",
          "2022–2026",
          "LO følger opp kontrakten gjennom forbundene og i fylkenes yrkesopplæringsnemnder."),
        M("LOGRONN", "Grønt kompetanseløft – prosjekt i Fellesforbundet", ["2.4", "2.2"], "Prosjekt",
          "Fellesforbundet", "Norsk Industri", "2023–2025",
          "Prosjektet kartlegger kompetansebehovet i bedrifter som legger om til fornybar og "
          "sirkulær produksjon."),
    ], "lo"))

REPORTS.append(R(
    "NHO-rapportering-2023.pdf", "NHO", 2023, "c", "pdf",
    "NHOs rapportering til Kompetansepolitisk råd for 2023",
    "NHO rapporterer her på tiltak i 2023.",
    [
        M("BPHANDEL", "Bransjeprogram for handel", ["2.4"], "Kurs/utdanning", "NHO Service og Handel",
          "Virke, HK, HK-dir", "2023",
          "NHO Service og Handel er med i bransjeprogrammet for varehandelen sammen med Virke og HK."),
        M("NHOBAR", "NHOs kompetansebarometer", ["2.2"], "FoU", "NHO", "NIFU", "Årlig",
          "Også i 2023 svarte over halvparten av bedriftene at de mangler kompetanse, særlig "
          "fagarbeidere."),
        M("NHOKONF23", "Kompetansekonferansen 2023", ["2.2"], "Konferanse", "NHO",
          "HK-dir, Norsk Industri", "Mai 2023",
          "Årets konferanse tok for seg hvordan bedriftene kan bruke bransjeprogrammene og "
          "fagskolene."),
        M("FAGSKR", "Fagskolerådet", ["1.4"], "Råd/utvalg/nettverk", "KD", "KS, LO", "Løpende",
          "NHO har i rådet arbeidet for flere korte, bransjerettede fagskoletilbud."),
        M("REALK", "Pilot for vurdering av realkompetanse i bransjer, med HK-dir", ["2.5"], "Prosjekt",
          "HK-dir", "NHO, LO", "2023–2024",
          "NHO bidrar med bedrifter til utprøvingen av en modell for å dokumentere kompetanse "
          "ervervet på jobb."),
        M("SAMFK", "Samfunnskontrakten – oppfølging i NHO", ["1.4"], "Avtale", "KD",
          "Landsforeningene, regionkontorene", "2022–2026",
          "NHOs regionkontorer har hatt møter med fylkeskommunene om læreplasser."),
        M("FORUMKV", "Deltakelse i Nasjonalt forum for karriereveiledning", ["1.3"], "Nettverk", "HK-dir",
          "", "2023",
          "NHO har fra 2023 fast plass i forumet."),
        M("HURTIG", "Hurtigsporet – avslutning og evaluering", ["3.3", "3.4"], "Prosjekt",
          "NHO Viken Oslo", "Viken fylkeskommune, NAV", "2023",
          "Prosjektet ble avsluttet ved utgangen av 2023 og evalueres. Erfaringene deles med de nye "
          "fylkeskommunene."),
    ], "nho"))

REPORTS.append(R(
    "KS_tiltak_2023.pdf", "KS", 2023, "a", "pdf",
    "KS – tiltak for oppfølging av Nasjonal kompetansepolitisk strategi i 2023",
    "Oversikten viser KS' tiltak i 2023.",
    [
        M("SRY", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4"], "Råd/utvalg/nettverk", "KD/Udir",
          "Partene i arbeidslivet", "2024–2027",
          "KS er oppnevnt for en ny periode i rådet."),
        M("BPHELSE", "Bransjeprogram helse", ["2.4"], "Kurs/utdanning", "KS",
          "Fagforbundet, NSF, Delta, FO, HK-dir", "2023–2025",
          "Programmet videreføres i ny fase med vekt på ledelse og heltidskultur."),
        M("RSAOM", "RSA OsloMet", ["1.4"], "Råd/utvalg/nettverk", "OsloMet", "LO, NHO", "2022–2025",
          "KS har bidratt til at OsloMet har økt antallet praksisplasser i kommunene."),
        M("FAGJOBB", "Fagbrev på jobb", ["3.1"], "Informasjon", "Fylkeskommunene", "Kommunene", "Løpende",
          "KS har laget en veileder for kommuner som vil bruke ordningen for ansatte i helse og "
          "oppvekst."),
        M("FORUMKV", "Nasjonalt forum for karriereveiledning", ["1.3"], "Nettverk", "HK-dir",
          "Partene, NAV", "Løpende",
          "KS deltar i forumet."),
        M("KL2025", "Oppfølging av Kompetanseløft 2025", ["2.4"], "Plan/prosjekt",
          "Helse- og omsorgsdepartementet", "KS, Helsedirektoratet", "2021–2025",
          "KS har bidratt i midtveisvurderingen av planen."),
        M("KSHELTID", "Heltidskultur og kompetanse – nettverk for kommuner", ["2.2"], "Nettverk", "KS",
          "Kommunene, Fagforbundet, NSF", "2023–2024",
          "Læringsnettverk der kommuner deler erfaringer med å kombinere heltidskultur og "
          "kompetanseplanlegging."),
    ], "ks"))

REPORTS.append(R(
    "Virke_rapport_2023.pdf", "Virke", 2023, "c", "pdf",
    "Virkes rapportering til Kompetansepolitisk råd – 2023",
    "Virke rapporterer på tiltak i 2023.",
    [
        M("SRY", "SRY (forts.)", ["1.4", "2.3"], "Råd/utvalg/nettverk", "Udir", "Partene i arbeidslivet",
          "Løpende",
          "Virke fortsetter som medlem i rådet."),
        M("BPHANDEL", "Bransjeprogrammet i varehandelen", ["2.4"], "Kurs/utdanning", "Virke",
          "HK, NHO Service og Handel, HK-dir", "2022–2024",
          "Flere moduler er lagt til, og over 600 ansatte i handelen har deltatt."),
        M("SAMFK", "Oppfølging av samfunnskontrakten", ["1.4"], "Avtale", "KD", "Partene", "2022–2026",
          "Virke har gjennomført en medlemsundersøkelse om lærlinger."),
        M("KBU", "Representasjon i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD",
          "Hovedorganisasjonene", "2023",
          "Virke har i 2023 deltatt i utvalget og bidratt til sluttrapporten."),
        M("VIRKEDIGI", "Digital kompetanse i små virksomheter – fortsatt kursserie", ["2.1"], "Kurs",
          "Virke", "Medlemsvirksomheter", "2023",
          "Kursserien er videreført med nye temaer, blant annet bruk av kunstig intelligens."),
    ], "virke"))

REPORTS.append(R(
    "YS_2023.pdf", "YS", 2023, "c", "pdf",
    "YS – rapport til Kompetansepolitisk råd 2023",
    "YS rapporterer for 2023. YS rapporterte ikke for 2022.",
    [
        M("SRY", "Deltakelse i Samarbeidsrådet for yrkesopplæring", ["1.4"], "Råd/utvalg", "KD",
          "Partene i arbeidslivet", "2023",
          "YS har fra 2023 en fast plass i SRY."),
        M("YSTV", "Kompetansekurs for tillitsvalgte (videreført)", ["2.2"], "Kurs", "YS", "YS-forbundene",
          "2023",
          "Kursene er tatt opp igjen etter et opphold i 2022, nå med nytt opplegg."),
        M("YSBAR", "Arbeidslivsbarometeret", ["2.2"], "Forskning/utredning", "YS", "Respons Analyse",
          "Årlig",
          "Barometeret viser at færre arbeidstakere får betalt videreutdanning enn før pandemien."),
        M("YSGRONN", "Kompetanse i det grønne skiftet – YS-rapport", ["2.2"], "FoU", "YS",
          "Samfunnsøkonomisk analyse", "2023",
          "Rapporten ser på hvilke kompetanser arbeidstakere i YS-forbundene trenger i det grønne "
          "skiftet."),
    ], "ys"))

REPORTS.append(R(
    "Unio_rapport_2023.docx", "Unio", 2023, "a", "docx",
    "Unio – rapportering til Kompetansepolitisk råd 2023",
    "Unio rapporterer for første gang i egen rapport. Tiltakene gjennomføres dels av "
    "medlemsforbundene.",
    [
        M("KBU", "Unios plass i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD",
          "Hovedorganisasjonene", "2023",
          "Unio har bidratt med kunnskap om kompetansebehovet i helse og utdanning."),
        M("BPHELSE", "Bransjeprogram for helse (kommunal sektor)", ["2.4"], "Kurs/utdanning",
          "KS og HK-dir", "NSF, Fagforbundet, Delta", "2023",
          "Unio deltar gjennom Norsk Sykepleierforbund i styringsgruppen."),
        M("RSAHVL", "Representasjon i Råd for samarbeid med arbeidslivet ved Høgskulen på Vestlandet",
          ["1.4"],
          "Råd/utvalg/nettverk", "Høgskulen på Vestlandet", "Vestland fylkeskommune, NHO Vestland",
          "2023–2026",
          "Unio er representert i rådet ved Utdanningsforbundet."),
        M("KFK", "Kompetanse for kvalitet – vi deltar i styringsgruppen", ["1.4"], "Kurs/utdanning",
          "KD og Udir", "KS, Utdanningsforbundet, universiteter og høyskoler", "Løpende",
          "Utdanningsforbundet representerer Unio i styringsgruppen for videreutdanning av lærere."),
        M("UNIORAPP", "Rapport om kompetanseutvikling i offentlig sektor", ["2.2"], "FoU", "Unio", "NIFU",
          "2023",
          "NIFU har kartlagt hvordan offentlig ansatte med høyere utdanning får faglig oppdatering."),
    ], "unio"))

REPORTS.append(R(
    "Fagforbundet_rapport_2023.docx", "Fagforbundet", 2023, "d", "docx",
    "Fagforbundets rapport til Kompetansepolitisk råd 2023",
    "Fagforbundet rapporterer i 2023 for første gang med egen rapport.",
    [
        M("FAGJOBB", "Vi deltar i «Fagbrev på jobb»", ["3.1"], "Prosjekt", "Fylkeskommunene",
          "KS, kommunene", "Løpende",
          "Fagforbundet har informert medlemmer i helse og oppvekst om muligheten til å ta fagbrev "
          "gjennom jobben."),
        M("BPHELSE", "Etter- og videreutdanning for ansatte i kommunal helse og omsorg", ["2.4"],
          "Kurs/utdanning", "KS og HK-dir", "Fagforbundet, NSF, Delta, FO", "2023–2025",
          "Fagforbundet er med i styringsgruppen for bransjeprogrammet for den kommunale helse- og "
          "omsorgssektoren og har spilt inn behovet for fagskoletilbud for helsefagarbeidere."),
        M("FRHO", "Faglig råd for helse- og oppvekstfag", ["1.4", "2.3"], "Råd/utvalg/nettverk", "Udir",
          "KS, Spekter, Delta, NSF", "Løpende",
          "Fagforbundet har to representanter i rådet."),
        M("FFTV", "Tillitsvalgtopplæring i kompetanseplanlegging", ["2.2"], "Kurs", "Fagforbundet", "AOF",
          "2023",
          "Kurs for hovedtillitsvalgte om hvordan de kan delta i kommunenes kompetanseplanlegging."),
        M("FFSTIP", "Stipend til etter- og videreutdanning for medlemmer", ["2.4"], "Stipend",
          "Fagforbundet", "", "Løpende",
          "Medlemmer kan søke stipend til fagskole og videreutdanning. I 2023 ble det delt ut 900 "
          "stipender.",
          dm_text="Arbeide mer systematisk for å koble kompetansebehov i virksomheter til "
                  "utdannings- og opplæringstilbydere"),
    ], "ff"))

REPORTS.append(R(
    "Innlandet_fylkeskommune_2023.docx", "Innlandet fylkeskommune", 2023, "a", "docx",
    "Innlandet fylkeskommune – rapportering av kompetansepolitiske tiltak 2023",
    "Innlandet fylkeskommune rapporterer på regionale tiltak i 2023.",
    [
        M("INNPLAN", "Handlingsprogram for regional kompetanseplan", ["1.2"], "Plan/strategi",
          "Innlandet fylkeskommune", "Kompetanseforum Innlandet", "2023–2024",
          "Nytt handlingsprogram til kompetanseplanen ble vedtatt i 2023."),
        M("INNFORUM", "Kompetanseforum Innlandet", ["1.2"], "Råd/utvalg/nettverk", "Innlandet fylkeskommune",
          "LO Innlandet, NHO Innlandet, KS, NAV", "Løpende",
          "Forumet har i 2023 arbeidet med kompetansebehovet i helse og i fornybarnæringen."),
        M("INNYON", "Yrkesopplæringsnemnda", ["1.4"], "Råd/utvalg/nettverk", "Innlandet fylkeskommune",
          "Partene i arbeidslivet", "Løpende",
          "Nemnda har i 2023 gitt råd om tilbudsstrukturen i yrkesfag."),
        M("INNGRONN", "Kompetanse for grønn omstilling i Innlandet – kunnskapsgrunnlag", ["2.2"], "FoU",
          "Innlandet fylkeskommune", "Østlandsforskning", "2023",
          "Analyse av kompetansebehovet i skog- og trenæringen og i fornybarnæringen i fylket."),
    ], "inn"))

REPORTS.append(R(
    "Vestland_fylkeskommune_rapport_2023.pdf", "Vestland fylkeskommune", 2023, "b", "pdf",
    "Rapportering frå Vestland fylkeskommune – Nasjonal kompetansepolitisk strategi 2023",
    "Rapporten gjeld tiltak i 2023.",
    [
        M("VLPLAN", "Oppfølging av regional plan for kompetanse og arbeidskraft", ["1.2"], "Plan",
          "Vestland fylkeskommune", "Partane i arbeidslivet, NAV Vestland", "2023",
          "Handlingsprogrammet for planen er rullert, med nye tiltak for rekruttering til helse."),
        M("RSAHVL", "RSA ved HVL", ["1.4"], "Råd/utval/nettverk", "Høgskulen på Vestlandet",
          "Partane i arbeidslivet", "2022–2025",
          "Fylkeskommunen held fram som medlem i rådet."),
        M("VLNETT", "Vaksenopplæring på nett – fase 2", ["3.1"], "Kurs/utdanning", "Vestland fylkeskommune",
          "Kommunane", "2023–2025",
          "Tilbodet er utvida med fleire fag og eit tilbod om fagbrev for vaksne."),
        M("VLKARR", "Karriererettleiing for vaksne", ["1.3"], "Informasjon", "Vestland fylkeskommune",
          "NAV Vestland", "Løpande",
          "Senteret har opna ei ny avdeling i Førde."),
    ], "vl"))

# ----------------------------------------------------------------------------
# near misses (keys) and why they must stay apart
# ----------------------------------------------------------------------------
NEAR = [
    ("SRY", "FRHO", "Samarbeidsrådet for yrkesopplæring (SRY) is the national council; the faglig råd for "
     "helse- og oppvekstfag is one of the subject councils under it, a different body."),
    ("SRY", "INNYON", "SRY is the national council for vocational training; Innlandet's yrkesopplæringsnemnd "
     "is the county-level board."),
    ("INNYON", "VLYON", "Two counties' own yrkesopplæringsnemnder (Innlandet vs Vestland): separate bodies."),
    ("BPHELSE", "BPIND", "Two different treparts bransjeprogram: kommunal helse og omsorg vs industri og bygg."),
    ("BPIND", "BPHANDEL", "Two different bransjeprogram: industri og bygg vs varehandel."),
    ("BPHELSE", "KL2025", "Kompetanseløft 2025 is HOD's plan for the municipal health services, not the "
     "bransjeprogram for helse og omsorg, although KS reports both in the same sector."),
    ("BPHELSE", "SPHF", "Spekter's programme for helsefagarbeidere in hospitals (specialist health care) is "
     "its own project, not the municipal bransjeprogram."),
    ("BPORD", "BPIND", "KD's row is the bransjeprogram scheme as a whole (funding and rules), not the "
     "specific industri og bygg programme."),
    ("BPIND", "LOGRONN", "Fellesforbundet's 'Grønt kompetanseløft' is a separate mapping project with Norsk "
     "Industri, not the bransjeprogram for industri og bygg."),
    ("KPARB", "KPFRI", "Two different Kompetansepluss sub-schemes: arbeid (workplaces) vs frivillighet "
     "(voluntary organisations)."),
    ("KPARB", "KPFAG", "The trial combining Kompetansepluss with fagopplæring is a separate project from the "
     "ordinary Kompetansepluss arbeid grants."),
    ("TARIFF", "LOTVFAFO", "Two different Fafo reports from LO in the same year (2022): the joint LO/NHO "
     "report on tariff-agreement clauses vs LO's own report on shop stewards' role."),
    ("LOTV", "YSTV", "Two unions' own shop-steward courses (LO vs YS)."),
    ("YSTV", "FFTV", "Two unions' own shop-steward courses (YS vs Fagforbundet)."),
    ("LOTV", "FFTV", "Two unions' own shop-steward courses (LO vs Fagforbundet)."),
    ("INNPLAN", "VLPLAN", "Two counties' own regional competence plans (Innlandet vs Vestland)."),
    ("INNPLAN", "VKSTRAT", "Two counties' own regional competence plans/strategies (Innlandet vs Viken)."),
    ("INNFORUM", "VLFORUM", "Two counties' own kompetanseforum (Innlandet vs Vestland)."),
    ("NHOKONF22", "NHOKONF23", "NHO's yearly Kompetansekonferansen: 2022 and 2023 are separate one-off "
     "events, so each year is its own tiltak (convention: dated events are not continuations)."),
    ("KVKONF22", "KVKONF23", "HK-dir's national career-guidance conference 2022 and the 2023 conference are "
     "separate events (same convention as the NHO conferences)."),
    ("FORUMKV", "KVKONF22", "The standing Nasjonalt forum for karriereveiledning vs the one-off national "
     "conference on career guidance in 2022."),
    ("RSAOM", "RSAHVL", "Råd for samarbeid med arbeidslivet exists at every institution: RSA at OsloMet and "
     "RSA at Høgskulen på Vestlandet are different councils."),
    ("YSDIGI", "VIRKEDIGI", "Same generic title 'Digital kompetanse', different settings: YS's free online "
     "courses for members vs Virke's course series for small member businesses."),
    ("KSDIGI", "VKDIGI", "Digital skills in two settings: KS Læring courses for municipal employees vs "
     "Viken's courses for adults outside working life."),
    ("FAGJOBB", "INNFAGV", "Innlandet's own 'Fagbrev for voksne – Innlandsmodellen' (modular adult education) "
     "is not the national «Fagbrev på jobb» scheme."),
    ("INNKARR", "VLKARR", "Two counties' own career centres offering guidance for adults."),
    ("NHOBAR", "YSBAR", "Two different yearly surveys: NHO's kompetansebarometer (firms) vs YS "
     "Arbeidslivsbarometer (employees)."),
    ("KBU", "VKKUNN", "Viken's regional analysis of competence needs is not the national "
     "Kompetansebehovsutvalget."),
    ("FLEKS", "VLNETT", "Vestland's online upper-secondary education for adults is not the national grant "
     "scheme for flexible further-education offers."),
    ("SPLOKONF21", "MOTEPL22", "Two different Spekter events: the 2021 conference with LO Stat and the 2022 "
     "Møteplass lærebedrifter."),
]

# ----------------------------------------------------------------------------
# derive ids and the answer key
# ----------------------------------------------------------------------------
def assign_ids():
    ids = OrderedDict()
    for rep in REPORTS:
        for m in rep.rows:
            if m.key not in ids:
                ids[m.key] = "T%02d" % (len(ids) + 1)
    return ids


IDS = assign_ids()


def build_key():
    seen = defaultdict(set)  # (reporter, year) -> keys
    for rep in REPORTS:
        ks = [m.key for m in rep.rows]
        assert len(ks) == len(set(ks)), ("duplicate tiltak in one report", rep.file)
        assert (rep.reporter, rep.year) not in seen, ("two reports for", rep.reporter, rep.year)
        seen[(rep.reporter, rep.year)] = set(ks)
    expected = OrderedDict()
    for rep in REPORTS:
        prev = seen.get((rep.reporter, rep.year - 1), set())
        measures = []
        for m in rep.rows:
            measures.append(OrderedDict([
                ("title", m.title), ("delmal", m.dm), ("type", m.typ), ("responsible", m.resp),
                ("partners", m.partners), ("period", m.period), ("description", m.desc),
                ("tiltak_id", IDS[m.key]), ("continues", m.key in prev),
            ]))
        expected[rep.file] = OrderedDict([("reporter", rep.reporter), ("report_year", rep.year),
                                          ("measures", measures)])
    near = []
    for a, b, why in NEAR:
        assert a in IDS and b in IDS, (a, b)
        near.append(OrderedDict([("a", IDS[a]), ("b", IDS[b]), ("why", why)]))
    return expected, near


# ----------------------------------------------------------------------------
# docx writing
# ----------------------------------------------------------------------------
def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)


def no_split(row, header=False):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trPr.append(el)
    if header:
        h = OxmlElement("w:tblHeader")
        trPr.append(h)


def landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.8)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    # no automatic hyphenation anywhere
    settings = doc.settings.element
    ah = OxmlElement("w:autoHyphenation")
    ah.set(qn("w:val"), "false")
    settings.append(ah)
    return doc


def header(doc, rep):
    doc.add_heading(rep.title_line, level=1)
    doc.add_paragraph(rep.intro)


# column sets for layout (a)
TABLE_COLS = {
    "kd": (["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode", "Beskrivelse"],
           ["dm", "title", "typ", "resp", "partners", "period", "desc"],
           [2.0, 5.6, 2.8, 2.4, 4.2, 2.2, 6.9], 8.5),
    "ks": (["Tiltak", "Delmål", "Type", "Ansvarlig", "Samarbeidspartnere", "Tidsrom", "Kort beskrivelse"],
           ["title", "dm", "typ", "resp", "partners", "period", "desc"],
           [6.0, 1.8, 2.8, 2.8, 4.0, 2.0, 6.7], 9),
    "inn": (["Nr.", "Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Periode",
             "Beskrivelse"],
            ["nr", "title", "dm", "typ", "resp", "partners", "period", "desc"],
            [1.0, 5.6, 1.7, 2.6, 2.8, 3.8, 2.0, 6.6], 8.5),
    "unio": (["Navn på tiltak", "Delmål", "Type", "Ansvarlig", "Partnere", "Periode", "Beskrivelse"],
             ["title", "dm", "typ", "resp", "partners", "period", "desc"],
             [6.0, 1.6, 3.0, 3.0, 4.0, 2.0, 6.5], 9),
}

FORM_LABELS = {
    "hkdir": ("Tiltak {n}", [("Navn på tiltaket", "title"), ("Delmål", "dm"), ("Type tiltak", "typ"),
                             ("Ansvarlig", "resp"), ("Samarbeidspartnere", "partners"),
                             ("Tidsrom", "period"), ("Beskrivelse", "desc")]),
    "vofo": ("Tiltak nr. {n}", [("Tiltak", "title"), ("Relasjon til delmål", "dm"), ("Type", "typ"),
                                ("Ansvarlig", "resp"), ("Samarbeidspartnere", "partners"),
                                ("Beskrivelse av tiltaket", "desc"), ("Tidspunkt og varighet", "period")]),
    "viken": ("Tiltak {n} av {N}", [("Tiltak", "title"), ("Delmål", "dm"), ("Kategori", "typ"),
                                    ("Ansvarlig", "resp"), ("Samarbeidspartnere", "partners"),
                                    ("Beskrivelse", "desc"), ("Periode", "period")]),
    "vl": ("Tiltak {n}", [("Namn på tiltaket", "title"), ("Delmål", "dm"), ("Type tiltak", "typ"),
                          ("Ansvarleg", "resp"), ("Samarbeidspartnarar", "partners"),
                          ("Tidsrom", "period"), ("Skildring", "desc")]),
}

LINE_LABELS = {
    "nho": [("Delmål", "dm"), ("Type tiltak", "typ"), ("Ansvarlig", "resp"),
            ("Samarbeidspartnere", "partners"), ("Periode", "period"), ("Beskrivelse", "desc")],
    "virke": [("Relasjon til delmål", "dm"), ("Type tiltak", "typ"), ("Ansvarlig", "resp"),
              ("Partnere", "partners"), ("Tidsperiode", "period"), ("Kort om tiltaket", "desc")],
    "ys": [("Delmål", "dm"), ("Tiltakstype", "typ"), ("Ansvar", "resp"), ("Samarbeid", "partners"),
           ("Tid", "period"), ("Om tiltaket", "desc")],
}

# layout (d): numbered sections: (labels before the paragraph, labels after the paragraph)
NUM_LABELS = {
    "lo": ([], [("Delmål", "dm"), ("Type tiltak", "typ"), ("Ansvarlig", "resp"),
                ("Samarbeidspartnere", "partners"), ("Tidsrom", "period")]),
    "spekter": ([("Relasjon til delmål", "dm")],
                [("Type tiltak", "typ"), ("Ansvarlig", "resp"), ("Samarbeidspartnere", "partners"),
                 ("Tidspunkt og varighet", "period")]),
    "ff": ([("Mål i strategien", "dm"), ("Hva slags tiltak", "typ")],
           [("Hvem har ansvaret", "resp"), ("Hvem samarbeider vi med", "partners"), ("Når", "period")]),
}


def field(rep, m, name, n=None):
    if name == "dm":
        return dm_printed(rep, m)
    if name == "nr":
        return str(n)
    return getattr(m, name)


def labelled_line(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + ": ")
    r.bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(2)


def write_docx(rep, path):
    doc = base_doc()
    if rep.layout == "a":
        landscape(doc)
    header(doc, rep)
    if rep.layout == "a":
        heads, fields, widths, size = TABLE_COLS[rep.style]
        t = doc.add_table(rows=1, cols=len(heads))
        t.style = "Table Grid"
        t.autofit = False
        for i, h in enumerate(heads):
            set_cell(t.rows[0].cells[i], h, bold=True, size=size)
        no_split(t.rows[0], header=(rep.style == "kd"))
        for n, m in enumerate(rep.rows, 1):
            row = t.add_row()
            no_split(row)
            for i, f in enumerate(fields):
                set_cell(row.cells[i], field(rep, m, f, n), size=size)
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)  # tblGrid, which LibreOffice uses
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    elif rep.layout == "b":
        head_fmt, labels = FORM_LABELS[rep.style]
        for n, m in enumerate(rep.rows, 1):
            doc.add_heading(head_fmt.format(n=n, N=len(rep.rows)), level=2)
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            t.autofit = False
            for lab, f in labels:
                row = t.add_row()
                no_split(row)
                set_cell(row.cells[0], lab, bold=True)
                set_cell(row.cells[1], field(rep, m, f))
            t.columns[0].width = Cm(4.6)
            t.columns[1].width = Cm(11.4)
            for row in t.rows:
                row.cells[0].width = Cm(4.6)
                row.cells[1].width = Cm(11.4)
            doc.add_paragraph()
    elif rep.layout == "c":
        for m in rep.rows:
            doc.add_heading(m.title, level=2)
            for lab, f in LINE_LABELS[rep.style]:
                v = field(rep, m, f)
                if v == "":
                    continue  # the label is left out when there is nothing to say
                labelled_line(doc, lab, v)
    elif rep.layout == "d":
        before, after = NUM_LABELS[rep.style]
        for n, m in enumerate(rep.rows, 1):
            doc.add_heading("%d. %s" % (n, m.title), level=2)
            for lab, f in before:
                labelled_line(doc, lab, field(rep, m, f))
            doc.add_paragraph(m.desc)
            for lab, f in after:
                v = field(rep, m, f)
                if v == "":
                    continue
                labelled_line(doc, lab, v)
    else:
        raise ValueError(rep.layout)
    doc.save(path)


# ----------------------------------------------------------------------------
# PDF rendering and checks
# ----------------------------------------------------------------------------
def to_pdf(docx_path, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    assert os.path.exists(pdf), pdf
    return pdf


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def check_pdf(path, rep):
    import pdfplumber
    problems = []
    texts = []
    with pdfplumber.open(path) as pdf:
        for i, page in enumerate(pdf.pages):
            t = page.extract_text() or ""
            if i == 0 and str(rep.year) not in t:
                problems.append("year %d not on page 1" % rep.year)
            texts.append(norm(t))
            for tab in page.extract_tables():
                for row in tab:
                    for c in row:
                        if c:
                            texts.append(norm(c))
    blob = "\n".join(texts)
    for m in rep.rows:
        title = norm(m.title)
        if not any(title in t for t in texts):
            problems.append("title not found: %r" % m.title)
        for w in re.findall(r"\S+", title):
            if w not in blob:
                problems.append("word broken/missing in title %r: %r" % (m.title, w))
    return problems


# ----------------------------------------------------------------------------
# README
# ----------------------------------------------------------------------------
def stats(expected, near):
    rows = [(f, e["reporter"], e["report_year"], m) for f, e in expected.items() for m in e["measures"]]
    by_tid = defaultdict(list)
    for f, rp, y, m in rows:
        by_tid[m["tiltak_id"]].append((rp, y))
    joint_tids = [t for t, occ in by_tid.items()
                  if any(len({rp for rp, y in occ if y == yy}) >= 2 for yy in {y for _, y in occ})]
    joint_year_groups = sum(1 for t, occ in by_tid.items() for yy in {y for _, y in occ}
                            if len({rp for rp, y in occ if y == yy}) >= 2)
    singletons = [t for t, occ in by_tid.items() if len(occ) == 1]
    multi_year_same_rep = [t for t, occ in by_tid.items()
                           if any(len({y for rp2, y in occ if rp2 == rp}) >= 2 for rp, _ in occ)]
    cont = sum(1 for *_, m in rows if m["continues"])
    three_year = [t for t, occ in by_tid.items()
                  if any({y for rp2, y in occ if rp2 == rp} == {2021, 2022, 2023} for rp, _ in occ)]
    reporters = sorted({e["reporter"] for e in expected.values()})
    per_year = defaultdict(lambda: [0, 0])
    for f, e in expected.items():
        per_year[e["report_year"]][0] += 1
        per_year[e["report_year"]][1] += len(e["measures"])
    return OrderedDict([
        ("files", len(expected)),
        ("pdf files", sum(1 for f in expected if f.endswith(".pdf"))),
        ("docx files", sum(1 for f in expected if f.endswith(".docx"))),
        ("reporters", len(reporters)),
        ("measure rows", len(rows)),
        ("distinct tiltak", len(by_tid)),
        ("joint tiltak (>=2 reporters in one year)", len(joint_tids)),
        ("joint groups counted per year (tiltak x year with >=2 reporters)", joint_year_groups),
        ("rows in joint groups", sum(1 for f, rp, y, m in rows
                                     if len({r2 for r2, y2 in by_tid[m["tiltak_id"]] if y2 == y}) >= 2)),
        ("continuing rows (continues=true)", cont),
        ("tiltak reported by one reporter in 2+ years", len(multi_year_same_rep)),
        ("tiltak reported by one reporter in all three years", len(three_year)),
        ("near-miss pairs", len(near)),
        ("singletons (tiltak on exactly one row)", len(singletons)),
    ]), reporters, per_year


README_TEXT = """# Blind test set `match2` – NKPS follow-up reports 2021–2023

Invented, labelled test set for the record-linkage part of the tool: which measure rows in a batch of
yearly reports from members of Kompetansepolitisk råd are the same real-world tiltak (within one year,
across members, and across years).  Written blind: no code of the tool was read.

## How it was made
`make_batch.py` holds all reports as Python data (reporter, year, layout, rows).  From that one
in-memory data it

1. writes each report as .docx with python-docx; for the PDF files the .docx is rendered with
   LibreOffice (`soffice --headless --convert-to pdf`) in a temporary folder and only the PDF is kept;
2. writes `expected.json` and `near_misses.json` (never by reading the report files back);
3. checks every PDF with pdfplumber: the report year is on page 1; every title is found, whitespace
   normalised, in the page text or in a table cell; every word of every title is present unbroken.
4. writes this README with the counts below.

Re-run: `python make_batch.py` (needs python-docx, pdfplumber and LibreOffice).  Files in this folder
are overwritten.

## Counts
{counts}

Files and rows per year:
{per_year}

Reporters ({nrep}): {reporters}.
Joins/leaves: Virke, Vestland fylkeskommune (2022) and Unio, Fagforbundet (2023) join; Spekter and
Viken fylkeskommune leave after 2022; YS reports 2021 and 2023 but not 2022.  Vestland writes Nynorsk.

## Layouts
- **(a) one table, one row per measure, header row** (landscape): Regjeringen (PDF), KS (docx 2021–22,
  PDF 2023), Innlandet fylkeskommune (PDF 2021–22, docx 2023, with a leading "Nr." column),
  Unio (docx).  Regjeringen's header row repeats on each page.  Rows never break across pages.
- **(b) a heading per measure ("Tiltak 1", "Tiltak nr. 1", "Tiltak 1 av 5") followed by a two-column
  form table (label | value)**: HK-dir, VOFO, Viken, Vestland (Nynorsk labels: "Namn på tiltaket",
  "Ansvarleg", "Samarbeidspartnarar", "Skildring").  Label order differs between reporters.
- **(c) the title as a heading, then "Label: value" lines**: NHO, Virke, YS (different label sets;
  an empty partner line is left out).
- **(d) numbered sections "1. Title" with a description paragraph and labelled lines**: LO, Spekter
  ("Relasjon til delmål" before the paragraph), Fagforbundet (question-style labels: "Mål i strategien",
  "Hva slags tiltak", "Hvem har ansvaret", "Hvem samarbeider vi med", "Når").
  The number prefix is not part of the title in `expected.json`.

Each report's title line names the reporter and the year; the intro paragraph follows.

## Answer key
`expected.json`: file name -> {{reporter, report_year, measures:[{{title, delmal, type, responsible,
partners, period, description, tiltak_id, continues}}]}}.  Titles, types, responsible, partners, period
and description are exactly as printed.  `delmal` lists codes in printed order; where a report gives
the goal only in words (three rows: YS 2021, Spekter 2022, Fagforbundet 2023 — the words are the
delmål text from the strategy) the code it stands for is given; one row prints "Ikke angitt"
(VOFO 2022) and has `[]`.  An empty `partners` means the report gives none (empty cell or no line).

## Labelling convention
- `tiltak_id` is the same on every row that is the same real-world tiltak: all members' reports of a
  joint measure in one year, and its reports in later years.
- A member that takes part in a shared council, programme, scheme, agreement or event ("Vi deltar i
  …", "Representasjon i …", "Deltakelse i …", "sitter i referansegruppen") is reporting that same
  tiltak, even when its own role (information to members, a seat in the steering group) is what it
  describes.  Examples: every member's KBU, SRY, Nasjonalt forum for karriereveiledning,
  Samfunnskontrakt, «Fagbrev på jobb», Kompetansepluss arbeid/frivillighet and bransjeprogram rows.
- Reciprocal naming (LO: "… sammen med NHO" / NHO: "… i samarbeid med LO"; Viken/NHO on Hurtigsporet;
  LO Stat/Spekter on the 2021 conference) is one tiltak.
- The Samfunnskontrakt for flere læreplasser 2016–2021 and its renewal for 2022–2026 are labelled as
  ONE tiltak: the government's 2022 row calls it "videreført 2022–2026" and Spekter "fortsatt
  deltakelse"; KS', Virke's, LO's and NHO's rows for 2022–2026 are the same tiltak.
- A one-off dated event (a conference, a Møteplass) is its own tiltak each year, even when it recurs
  yearly under the same name: NHO's Kompetansekonferansen 2022 and 2023, HK-dir's national career
  guidance conference 2022 and Karriereveiledningskonferansen 2023 are different tiltak (listed as
  near misses).  A recurring survey, programme, scheme or council (NHOs kompetansebarometer, YS
  Arbeidslivsbarometer, Kompetanseforum Innlandet) is one tiltak across years.
- A phase 2 / revised handlingsprogram / "avslutning og evaluering" of the same programme is the same
  tiltak.
- Regional bodies are never merged across counties (each county's plan, kompetanseforum,
  yrkesopplæringsnemnd, career centre), and an RSA at one institution is not the RSA at another.
- `continues` is true only when the SAME reporter reported the same tiltak in the immediately
  previous year of this set.  So: every 2021 row is false (no 2020 reports in the set, even where the
  text says the measure started earlier); a reporter's first report of a joint tiltak is false even if
  others reported it the year before (e.g. Spekter KBU 2022, Virke KBU 2023, NHO forum 2023); a
  reporter that skipped a year is false ("Kompetansekurs for tillitsvalgte (videreført)" YS 2023,
  LO KBU 2023, LO's tillitsvalgtskolering 2023, NHOs kompetansebarometer 2023, KS' "Oppfølging av
  Kompetanseløft 2025" 2023, Innlandet's yrkesopplæringsnemnd 2023); and a continuation word does not
  make a row continuing when the reporter did not report it the year before (LO's "Bransjeprogram for
  industri og bygg – fase 2" 2023, Spekter's "Samfunnskontrakten … – fortsatt deltakelse" 2022).
  Conversely some true continuations carry no continuation word at all.

## Near misses
`near_misses.json` lists {nnear} pairs that look alike but are different tiltak, with the reason:
two unions' shop-steward courses, two counties' plans/fora/nemnder/career centres, two Fafo reports
from LO in 2022, two bransjeprogram, two Kompetansepluss sub-schemes, identical generic title
"Digital kompetanse" (YS 2021 vs Virke 2022), SRY vs a faglig råd, yearly conferences, RSA at two
institutions, a county analysis vs KBU, and more.
"""


def write_readme(expected, near):
    st, reporters, per_year = stats(expected, near)
    counts = "| what | count |\n| --- | --- |\n" + "\n".join("| %s | %s |" % kv for kv in st.items())
    py = "\n".join("- %d: %d files, %d rows" % (y, v[0], v[1]) for y, v in sorted(per_year.items()))
    txt = README_TEXT.format(counts=counts, per_year=py, nrep=len(reporters),
                             reporters=", ".join(reporters), nnear=len(near))
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(txt)
    return st


# ----------------------------------------------------------------------------
def main():
    expected, near = build_key()
    # remove old outputs of this script only
    for rep in REPORTS:
        p = os.path.join(OUT, rep.file)
        if os.path.exists(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="match2_")
    problems = {}
    try:
        for rep in REPORTS:
            base = os.path.splitext(rep.file)[0]
            if rep.fmt == "docx":
                write_docx(rep, os.path.join(OUT, rep.file))
            else:
                d = os.path.join(tmp, base + ".docx")
                write_docx(rep, d)
                pdf = to_pdf(d, tmp)
                shutil.move(pdf, os.path.join(OUT, rep.file))
                pr = check_pdf(os.path.join(OUT, rep.file), rep)
                if pr:
                    problems[rep.file] = pr
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "near_misses.json"), "w", encoding="utf-8") as f:
        json.dump(near, f, ensure_ascii=False, indent=1)
    st = write_readme(expected, near)
    for k, v in st.items():
        print("%-70s %s" % (k, v))
    if problems:
        for f, pr in problems.items():
            for p in pr:
                print("PROBLEM", f, p)
        sys.exit(1)
    print("all PDF checks passed")


if __name__ == "__main__":
    main()
