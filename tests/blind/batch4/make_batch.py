#!/usr/bin/env python3
"""Blind test batch 4: Norwegian NKPS follow-up reports + ground truth.

Every file and expected.json are written from the DATA held in this script.
Run with /work/blind/.venv4/bin/python make_batch.py
"""
import json
import os
import re
import shutil
import subprocess
import sys
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))
BUILD = "/tmp/batch4_build"

# ---------------------------------------------------------------------------
# helpers for measures
# ---------------------------------------------------------------------------


def M(title, delmal, type=None, resp=None, partners=None, period=None, desc=None, **extra):
    """One measure. `delmal` = codes the report means; extra keys hold how the
    goal / other bits are written in the document (rendering only)."""
    d = dict(title=title, delmal=sorted(delmal, key=lambda c: tuple(int(x) for x in c.split("."))),
             type=type, resp=resp, partners=partners, period=period, desc=desc)
    d.update(extra)
    return d


FILES = {}  # filename -> dict(reporter, year, template, measures, note)


def register(fname, reporter, year, template, note, measures):
    FILES[fname] = dict(reporter=reporter, year=year, template=template, note=note, measures=measures)
    return measures


# ===========================================================================
# DATA
# ===========================================================================

# 1 ---- KD 2019: area headings + one table per area -------------------------
KD = register(
    "kd_2019.docx", "KD", 2019,
    "Ministry report: intro, one 5-column table per hovedinnsatsområde (Delmål | Tiltak | Type tiltak | Samarbeidspartnere | Status/tidsrom), no Ansvarlig column",
    "Goal column holds codes incl. '1.2 / 1.3' and '2.1 og 2.4'; one empty Type cell; title with colon, «…» and a year; page header/footer; closing summary paragraph mentions counts.",
    [
        M("Kompetansebehovsutvalget (KBU) – andre hovedrapport", ["1.1"], goal="1.1",
          type="Råd/utvalg/nettverk", partners="KMD, ASD, NFD, partene i arbeidslivet, Kompetanse Norge (sekretariat)",
          period="Rapport lagt fram i mai 2019", area=1),
        M("Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], goal="1.3",
          type="Prosjekt", partners="Kompetanse Norge, fylkeskommunene", period="2018–2020", area=1),
        M("Nasjonal digital karriereveiledningstjeneste (chat og telefon)", ["1.3"], goal="1.3",
          type="Informasjon", partners="Kompetanse Norge, Utdanningsdirektoratet",
          period="Utviklet 2019, lansering januar 2020", area=1),
        M("Regionreformen: fylkeskommunene overtar ansvaret for de regionale karrieresentrene",
          ["1.2", "1.3"], goal="1.2 / 1.3", type="Råd/utvalg/nettverk", partners="KMD, fylkeskommunene",
          period="Fra 1.1.2020", area=1),
        M("Arbeid med stortingsmelding om arbeidslivsrelevans i høyere utdanning", ["1.4"], goal="1.4",
          type="FoU", partners="UH-sektoren, partene i arbeidslivet", period="Startet 2019", area=1),
        M("Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], goal="2.1",
          type="Kurs/utdanning", partners="Kompetanse Norge, DIKU, LO, NHO, KS, Virke, Spekter, YS, Unio, Akademikerne",
          period="Utlysning våren 2019", area=2),
        M("Bransjeprogram for industri- og byggenæringen og for kommunal helse- og omsorgssektor",
          ["2.1", "2.4"], goal="2.1 og 2.4", type="Kurs/utdanning",
          partners="Partene i bransjene, Kompetanse Norge, utdanningstilbydere", period="2018–2020", area=2),
        M("Ekspertutvalget for etter- og videreutdanning – NOU 2019: 12 «Lære hele livet»", ["2.2"], goal="2.2",
          type="Råd/utvalg/nettverk", partners="Forskere, partene (observatører)", period="Levert juni 2019", area=2),
        M("Godkjenningsordning for utenlandsk fagskoleutdanning", ["2.6"], goal="2.6",
          type="Kurs/utdanning", partners="NOKUT", period="Åpnet 1. januar 2019", area=2),
        M("Forsøk med forberedende voksenopplæring (FVO)", ["3.1"], goal="3.1",
          type="Kurs/utdanning", partners="Kompetanse Norge, fylkeskommuner, kommuner", period="2017–2021", area=3),
        M("Prøveordning med fagopplæring i Kompetansepluss", ["3.2"], goal="3.2",
          type=None, partners="Kompetanse Norge, partene i arbeidslivet", period="Oppstart høsten 2019", area=3),
        M("Reform av introduksjonsprogrammet og forslag til ny integreringslov", ["3.4"], goal="3.4",
          type="Prosjekt", partners="IMDi, Kompetanse Norge, KMD", period="Lovforslag våren 2020", area=3),
    ])

# 2 ---- LO 2020: numbered list with label/tab sub-bullets (docx -> PDF) ----
LO = register(
    "lo_2020.pdf", "LO", 2020,
    "Union report rendered from Word: auto-numbered list of measure titles, each followed by bullet lines 'Label:<tab>answer'",
    "Titles with «…», colon, '(digitalt)' and year; goals '2.2 og 3.3' / 'delmål 2.1, 2.4'; one measure without Samarbeid line; intro about the pandemic.",
    [
        M("«Kompetanse i krise» – LOs innspill til kompetansepakken våren 2020", ["2.2", "3.3"], goal="2.2 og 3.3",
          type="Råd/utvalg/nettverk", resp="LO", partners="NHO, Unio, YS, KS, Virke, Akademikerne, Spekter",
          period="Mars–juni 2020",
          desc="LO la sammen med de andre partene fram forslag til opplæringstiltak for permitterte og ledige, blant annet at permitterte skal kunne ta utdanning uten å miste dagpenger."),
        M("Bransjeprogram for elektrofag og for varehandel: deltakelse i programrådene", ["2.1", "2.4"],
          goal="delmål 2.1, 2.4", type="Råd/utvalg/nettverk", resp="LO/EL og IT Forbundet og LO/Handel og Kontor",
          partners="NHO, Virke, Kompetanse Norge", period="2020–2021",
          desc="Forbundene sitter i programrådene som prioriterer hvilke kurs og moduler som skal utvikles, og bidrar til å rekruttere deltakere blant ansatte og permitterte."),
        M("Notat: «Fagbrev på jobb – erfaringer fra tillitsvalgte»", ["2.5"], goal="2.5",
          type="FoU", resp="LO", partners="Fafo", period="Publisert november 2020",
          desc="Notatet oppsummerer intervjuer med tillitsvalgte om hvordan ordningen med fagbrev på jobb fungerer i praksis, og hvordan realkompetanse dokumenteres."),
        M("Tillitsvalgtskolering om kompetansebestemmelsene i tariffavtalene", ["2.2"], goal="2.2",
          type="Kurs/utdanning", resp="LO", partners="Forbundene, AOF Norge", period="Løpende",
          desc="Kursmodul som gir tillitsvalgte kunnskap om retten til kompetanseutvikling og om hvordan kompetansebehov kan kartlegges lokalt."),
        M("Hurtigsporet for flyktninger – oppfølging i fylkene", ["3.4"], goal="3.4",
          type="Informasjon", resp="LO", partners="NHO, NAV, IMDi", period="2020",
          desc="LO har deltatt på regionale møter og informert lokale tillitsvalgte om Hurtigsporet og om rettighetene til flyktninger i praksis og opplæring."),
        M("Råd for samarbeid med arbeidslivet (RSA) – styrket deltakelse fra LO-forbundene", ["1.4"], goal="1.4",
          type="Råd/utvalg/nettverk", resp="LO", partners=None, period="Løpende",
          desc="LO har laget en oversikt over hvilke RSA-er forbundene er representert i, og gir råd til representantene om hvordan de kan bidra til mer arbeidslivsrelevante utdanninger."),
        M("Arendalsuka 2020 (digitalt): debatt om livslang læring for alle", ["2.2"], goal="2.2",
          type="Arrangement", resp="LO og NHO", partners="Kompetanse Norge", period="August 2020",
          desc="Arendalsuka ble gjennomført digitalt. LO og NHO arrangerte en felles debatt om hvordan flere med lite formell utdanning kan delta i kompetanseutvikling."),
    ])

# 3 ---- NHO 2021: one form table per measure (docx) ------------------------
NHO = register(
    "nho_2021.docx", "NHO", 2021,
    "Copied Word template: heading 'Tiltak n' + one two-column form table per measure (Navn på tiltak | …), plus a leftover empty template table",
    "Goals as code+goal text, only as goal text (paraphrase of 2.2), 'Delmål 2.1 og 2.4', 'Delmål 3.3 / 3.4'; empty Tidspunkt cell; a 7th unfilled form table at the end must not become a measure.",
    [
        M("Jenter og teknologi 2021", ["2.3"],
          goal="2.3 Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
          type="Informasjon", resp="NHO", partners="Bufdir, Abelia, Norsk Industri, NITO",
          period="Hele 2021 (sjette år som nasjonal kampanje)",
          desc="Nasjonal kampanje for å få flere jenter til å velge teknologifag og yrkesfaglige utdanningsprogram. I 2021 ble det lagt vekt på digitale skolebesøk og rollemodeller fra lærebedrifter."),
        M("Skatteinsentiv for kompetanseutvikling i bedrifter – oppfølgingsrapport", ["2.2"],
          goal="Styrke kunnskapen om verdien av å investere i kompetanseutvikling for virksomheten og den enkelte",
          type="FoU", resp="NHO", partners="Samfunnsøkonomisk analyse", period="2021",
          desc="Rapporten beregner kostnader og virkninger av to alternative modeller for skattefradrag for bedrifters utgifter til kompetanseheving."),
        M("Bransjeprogram for reiseliv og for matindustrien", ["2.1", "2.4"], goal="Delmål 2.1 og 2.4",
          type="Kurs/utdanning", resp="NHO Reiseliv og NHO Mat og Drikke",
          partners="Fellesforbundet, LO/NNN, Kompetanse Norge", period="2021–2022",
          desc="Korte, nettbaserte moduler utviklet sammen med fagskoler og høyskoler. Tilbudet retter seg særlig mot permitterte i reiselivet."),
        M("Lærlingløftet – kampanje for flere læreplasser i medlemsbedriftene", ["2.3"], goal="2.3",
          type="Informasjon", resp="NHO", partners="Opplæringskontorene, fylkeskommunene", period=None,
          desc="Direkte kontakt med medlemsbedrifter som ikke har lærlinger i dag, med informasjon om lærlingtilskudd og hjelp fra opplæringskontor."),
        M("Felles kursing av partsrepresentantene i yrkesopplæringsnemndene", ["1.2"], goal="1.2",
          type="Kurs/utdanning", resp="NHO og LO", partners="Fylkeskommunene", period="Høsten 2021",
          desc="Digitale samlinger for nye medlemmer i yrkesopplæringsnemndene etter fylkesdelingene, med vekt på nemndenes rolle i regional kompetansepolitikk."),
        M("Hurtigsporet – kompetansekartlegging av flyktninger i bedrift", ["3.3", "3.4"], goal="Delmål 3.3 / 3.4",
          type="Prosjekt", resp="NHO Service og Handel", partners="NAV, IMDi", period="2021",
          desc="Bedrifter i service- og handelsnæringen tar imot deltakere fra introduksjonsprogrammet for kartlegging av kompetanse i praksis."),
    ])

# 4 ---- KS 2018: landscape matrix drawn with reportlab ---------------------
KS = register(
    "ks_2018.pdf", "KS", 2018,
    "Landscape matrix drawn directly (reportlab): Nr | Tiltak (bold title + small description) | Delmål | Type tiltak | Ansvarlig | Samarbeidspartnere | Tidsperiode; header repeats on each page",
    "12 rows breaking over pages; title and description in the same cell; delmål as '2.1, 2.2'; blank partner cell; page header and 'Side n' footer.",
    [
        M("Samarbeid om digital kompetanse i kommunene", ["2.1"], goal="2.1", type="Prosjekt", resp="KS",
          partners="KMD, hovedsammenslutningene", period="1.1.2018–31.12.2019",
          desc="71 kommuner deltar. KS gjennomfører møteplasser med bistand fra alle partene i samarbeidet."),
        M("Kommunesektorens arbeidslivsmonitor", ["2.2"], goal="2.2", type="FoU", resp="KS", partners=None,
          period="Ny rapport høsten 2019",
          desc="Årlig kartlegging av rekrutterings- og kompetansebehov i kommuner og fylkeskommuner."),
        M("KS Læring – plattform for deling av kurs og kompetanse", ["2.1", "2.2"], goal="2.1, 2.2",
          type="Informasjon", resp="KS", partners="Kommuner og fylkeskommuner", period="Løpende",
          desc="Kommunene kan dele e-læringskurs, arrangementer og annen kunnskap med egne ansatte og med hverandre."),
        M("Finansieringsmodeller for etter- og videreutdanning i kommunesektoren", ["2.2"], goal="2.2",
          type="FoU", resp="KS", partners="Proba samfunnsanalyse", period="2018–2019",
          desc="FoU-prosjekt som ser på hvordan arbeidsgiver, arbeidstaker og staten deler kostnadene ved videreutdanning."),
        M("Teknologibasert læring på arbeidsplassen", ["2.1"], goal="2.1", type="FoU", resp="KS",
          partners="NTNU Samfunnsforskning", period="Oppstart 2019",
          desc="Studie av hvordan digitale læringsformer tas i bruk i helse- og omsorgstjenesten og i skolen."),
        M("Kartlegging av endrede kompetansebehov i en digitalisert helse- og omsorgssektor", ["2.1", "2.2"],
          goal="2.1, 2.2", type="FoU", resp="KS", partners="Ipsos", period="2018",
          desc="Spørreundersøkelse blant ledere i kommunale helse- og omsorgstjenester."),
        M("Lederutfordringer i digitale omstillingsprosesser", ["2.1"], goal="2.1", type="FoU", resp="KS",
          partners="PwC", period="2018",
          desc="Rapport om hva ledere i kommunesektoren trenger av kompetanse for å lede digitale endringer."),
        M("Status 2018: lærlinger i kommunesektoren", ["2.3"], goal="2.3", type="Informasjon", resp="KS",
          partners="Fylkeskommunene", period="Mars 2018",
          desc="Oversikt over antall lærlinger per kommune sammenlignet med målet i Samfunnskontrakten."),
        M("Menn i helse – evaluering", ["1.4"], goal="1.4", type="FoU", resp="KS",
          partners="Østlandsforskning", period="2018–2019",
          desc="Evaluering av rekrutteringsprogrammet der menn utenfor arbeidslivet tar fagbrev som helsefagarbeider."),
        M("Rapport om kommunen som læringsarena for helse- og velferdsutdanningene", ["1.4"], goal="1.4",
          type="FoU", resp="KS", partners="Rambøll", period="2018",
          desc="Kartlegger praksisplasser og samarbeid mellom kommuner og utdanningsinstitusjoner."),
        M("Opprettelse av kommunenes strategiske forskningsorgan (KSF)", ["1.4"], goal="1.4",
          type="Råd/utvalg/nettverk", resp="KS", partners="Kommuner", period="Etablert 2018",
          desc="KSF skal gi kommunesektoren en sterkere stemme i prioriteringen av forskning og utdanning."),
        M("Kompetanseløft Trøndelag (DigiT) – digitaliseringsutvalg", ["1.2", "2.1"], goal="1.2, 2.1",
          type="Råd/utvalg/nettverk", resp="KS, Trøndelag fylkeskommune og Fylkesmannen",
          partners="Kommunene i Trøndelag", period="2018–2020",
          desc="Regionalt samarbeid om digital kompetanse for ansatte i kommunene i Trøndelag."),
    ])

# 5 ---- YS 2019: capital labels, answer after a tab (docx) ----------------
YS = register(
    "ys_2019.docx", "YS", 2019,
    "Word letter-report: per measure a block of paragraphs 'TILTAK:<tab>…', 'NKPS-TILTAK NR:<tab>…', 'TYPE:', 'ANSVARLIG:', 'SAMARBEID:', 'TIDSROM:', 'BESKRIVELSE:' (capital labels, tab-aligned)",
    "Goals only as OLD NKPS tiltak numbers ('5 og 6', '13 og 14'); one measure lacks the SAMARBEID line; title with «…» in parentheses; signature block.",
    [
        M("Analyse av endringer i arbeidslivet knyttet til nye digitale løsninger («YS Arbeidslivsbarometer 2019»)",
          ["2.1", "2.2"], goal="5 og 6", type="FoU", resp="YS", partners="AFI ved OsloMet", period="2019",
          desc="Barometeret kartlegger blant annet hvordan arbeidstakere opplever at ny teknologi endrer kravene til kompetanse, og hvem som får tilbud om opplæring."),
        M("Kompetansekartlegging i egne medlemsforbund", ["2.2"], goal="6", type="Kurs/utdanning", resp="YS",
          partners="Medlemsforbundene", period="Høsten 2019",
          desc="YS har sammen med forbundene vurdert hvilke bransjer som har størst behov for kompetanseutvikling, som grunnlag for egne kurs."),
        M("Deltakelse i Samfunnskontrakten for flere læreplasser", ["2.3"], goal="7",
          type="Råd/utvalg/nettverk", resp="YS", partners="KD, de øvrige partene", period="2016–2020",
          desc="YS deltar i oppfølgingen av kontrakten og i arbeidet med å få flere offentlige virksomheter til å ta inn lærlinger."),
        M("Hurtigsporet i Oslo – videreføring som fast tilbud", ["3.3", "3.4"], goal="13 og 14",
          type="Prosjekt", resp="Oslo kommune", partners="YS, Virke", period="Avsluttet som prosjekt 2018, videreført 2019",
          desc="Samarbeidsprosjektet om å få flyktninger raskt ut i arbeid kombinert med norskopplæring er overført til Oslo kommune som et mer permanent tiltak."),
        M("Høringsinnspill til NOU 2019: 12 Lære hele livet", ["2.2"], goal="6", type="Informasjon", resp="YS",
          partners=None, period="Høsten 2019",
          desc="YS støtter utvalgets forslag om et mer fleksibelt utdanningstilbud, men mener finansieringen av livsopphold under utdanning må utredes videre."),
    ])

# 6 ---- Virke 2020: shaded box per measure drawn with reportlab ------------
VIRKE = register(
    "virke_2020.pdf", "Virke", 2020,
    "Drawn directly (reportlab): one shaded box per measure, bold title line ending in '(delmål …)', short 'Label: value' lines, then description",
    "Delmål only inside the title parentheses (must be stripped from the title); 'Balansekunst 2.0' version number in a title; long wrapped title; boxes without Partnere line.",
    [
        M("Bransjeprogram for varehandel", ["2.1", "2.4"], goal="(delmål 2.1 og 2.4)", type="Kurs/utdanning",
          resp="Virke og Handel og Kontor i Norge", partners="Kompetanse Norge, BI, Høgskolen i Innlandet",
          period="2020–2021",
          desc="Gratis nettbaserte moduler innen netthandel, innkjøp og ledelse for ansatte og permitterte i varehandelen. Over 1 500 deltakere første halvår."),
        M("«Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?» – oppfølgingsstudie", ["2.2"],
          goal="(delmål 2.2)", type="FoU", resp="Virke", partners="Samfunnsøkonomisk analyse, NAV, Handel og Kontor",
          period="2020",
          desc="Studien følger opp rapporten fra 2019 og ser på hvordan koronapandemien har forsterket behovet for digital kompetanse i butikk og lager."),
        M("Balansekunst 2.0: modell for å beskrive kompetanse som bygges opp i arbeidslivet", ["2.5"],
          goal="(delmål 2.5)", type="FoU", resp="Virke", partners="LO, YS, NHO", period="2020–2021",
          desc="Videreutvikling av modellen fra 2018, nå prøvd ut i tre bransjer med tanke på dokumentasjon av kompetanse ved jobbskifte."),
        M("Virkes kompetansefrokoster om omstilling under koronakrisen", ["2.1"], goal="(delmål 2.1)",
          type="Arrangement", resp="Virke", partners=None, period="Mai–desember 2020",
          desc="Seks digitale frokostmøter med medlemsvirksomheter om hvordan de bruker permitteringsperioden til kompetanseheving."),
        M("Digitalt løft for handelsansatte – nettbaserte kurs i netthandel, logistikk og kundeservice for ansatte og permitterte",
          ["2.1"], goal="(delmål 2.1)", type="Kurs/utdanning", resp="Virke",
          partners="Handel og Kontor, Kompetanse Norge", period="Høsten 2020",
          desc="Kortkurs på 5–10 timer som kan tas uten studiekompetanse. Kursene er åpne for alle, også ikke-medlemmer."),
        M("Innspill om bedriftsintern opplæring (BIO) i statsbudsjettet 2021", ["1.2"], goal="(delmål 1.2)",
          type="Informasjon", resp="Virke", partners=None, period="Oktober 2020",
          desc="Virke har bedt Stortinget om å legge føringer for at fylkeskommunene skal bruke midlene til kompetanseheving i næringslivet."),
    ])

# 7 ---- Unio 2021: one big table, title bold + description in same cell ----
UNIO = register(
    "unio_2021.docx", "Unio", 2021,
    "One big 4-column table, row per measure: Tiltak (bold title paragraph + description paragraph in same cell) | Delmål | Ansvarlig og samarbeid (two labelled lines) | Tidsrom",
    "No Type column (type null); delmål written 'delmål 2.2' / '1.4'; title with a manual line break inside the bold paragraph; summary paragraph after the table.",
    [
        M("Kompetanseheving av helsepersonell – oppfølging av rapport fra Ny Analyse", ["2.2"], goal="delmål 2.2",
          resp="Unio", partners="Ny Analyse, Norsk Sykepleierforbund, Norsk Fysioterapeutforbund", period="2021",
          desc="Unio har presentert funnene for Helse- og omsorgsdepartementet og KS, og fulgt opp med forslag om rett til videreutdanning for sykepleiere."),
        M("Digitalisering som tema i tillitsvalgtopplæringen", ["2.1"], goal="delmål 2.1", resp="Unio",
          partners="Medlemsforbundene", period="2020–2021",
          desc="Workshop med forbundene og en felles kursmodul om medvirkning ved innføring av ny teknologi."),
        M("Finansiering av etter- og videreutdanning – oppdatert utredning av modeller", ["2.2"], goal="2.2",
          resp="Unio", partners="Proba samfunnsanalyse", period="Våren 2021",
          desc="Oppdatering av utredningen fra 2018 i lys av erfaringene med kompetansetiltakene under pandemien.",
          linebreak_after="Finansiering av etter- og videreutdanning –"),
        M("Aktiv bruk av studieforbund: kompetansehevende kurs for medlemmene", ["3.6"], goal="3.6",
          resp="Unio", partners="Unios medlemsforbund", period="Løpende",
          desc="Forbundene bruker studieforbundene til kurs for tillitsvalgte og medlemmer, også digitalt."),
        M("Deltakelse i Råd for samarbeid med arbeidslivet (RSA) og i UHRs fagstrategiske enheter", ["1.4"],
          goal="1.4", resp="Unio", partners="UH-institusjonene, Virke, NHO, Spekter", period="Løpende",
          desc="Unio-forbundene er representert i RSA ved flere universiteter og høyskoler og bidrar til mer relevante profesjonsutdanninger."),
    ])

# 8 ---- Akademikerne 2019: table pasted from Excel (docx -> PDF) -----------
AKAD = register(
    "akademikerne_2019.pdf", "Akademikerne", 2019,
    "Rendered from Word: landscape, small-font grid table pasted from Excel (Delmål | Tiltak | Type tiltak | Ansvarlig | Samarbeidspartner(e) | År), no descriptions",
    "Delmål as ranges '2.1–2.3' and '2.1-2.2' (must be expanded); 'Akademikerne/Econa' style joint responsibility; source note under the table.",
    [
        M("Forskningsrapport «Akademisk kompetanse – betydning for produktivitet og verdiskaping» – oppfølging",
          ["2.2"], goal="2.2", type="FoU", resp="Akademikerne", partners="Menon Economics", period="2019"),
        M("Forskningsrapport «Etter- og videreutdanning blant høyt utdannede i Norge»", ["2.2"], goal="2.2",
          type="FoU", resp="Akademikerne/Econa", partners="Ny Analyse", period="2019"),
        M("Forskningsrapport «Yngre eldre i arbeidslivet»", ["2.2"], goal="2.2", type="FoU",
          resp="Akademikerne/Econa", partners="Ny Analyse", period="2019"),
        M("Behovet for etter- og videreutdanning i høyutdanningsgruppene", ["2.1", "2.2"], goal="2.1-2.2",
          type="FoU", resp="Akademikerne/Tekna", partners="Tekna", period="2019"),
        M("Karriereveiledning for medlemmer i overgang mellom utdanning og arbeid og mellom jobber", ["1.3"],
          goal="1.3", type="Informasjon", resp="Akademikerne", partners="Medlemsforeningene", period="Løpende"),
        M("Akademikernes kompetanseundersøkelse 2019", ["2.1", "2.2", "2.3"], goal="2.1–2.3", type="FoU",
          resp="Akademikerne", partners="Samfunnsøkonomisk analyse", period="2019"),
        M("Observatørplass i UHRs fagstrategiske enheter", ["1.4"], goal="1.4", type="Råd/utvalg/nettverk",
          resp="Akademikerne", partners="Universitets- og høgskolerådet", period="2019–"),
        M("Innspill til NOKUT om godkjenning av utenlandsk høyere utdanning", ["2.6"], goal="2.6",
          type="Råd/utvalg/nettverk", resp="Akademikerne", partners="NOKUT", period="2019"),
    ])

# 9 ---- Spekter 2020: Rapporteringspunkter + four-heading form (docx) -----
SPEKTER = register(
    "spekter_2020.docx", "Spekter", 2020,
    "Spekter's own layout: numbered 'Rapporteringspunkter' list with 'Relasjon til delmål …', then one form per measure with headings 1. Tiltak i NKPS / 2. Ansvarlig og samarbeidspartnere / 3. Beskrivelse / 4. Tidspunkt og varighet",
    "Each measure appears twice (summary list + form) but counts once; responsible and partners only as prose under heading 2 (whole text put in 'responsible', partners null); no type.",
    [
        M("Møteplass lærebedrifter 2020 – gjennomført digitalt", ["2.3"], goal="Relasjon til delmål 2.3.",
          resp="Spekter er ansvarlig for tiltaket. Samarbeidspartnere er medlemsvirksomheter, fylkeskommuner og opplæringskontorer.",
          period="Gjennomført 4. juni 2020 som webinar. Tiltaket gjennomføres årlig.",
          desc="Møteplassen samler medlemsvirksomheter som er lærebedrifter eller som ønsker å bli det. I 2020 var temaet hvordan lærlinger kan følges opp under permitteringer og smitteverntiltak."),
        M("Fagskolekonferanse for spesialisthelsetjenesten", ["1.4", "2.3"], goal="Relasjon til delmål 2.3 og 1.4.",
          resp="Spekter står bak tiltaket sammen med LO/Fagforbundet og YS/Delta.",
          period="Planlagt mars 2020, utsatt til 2021 på grunn av pandemien.",
          desc="Konferansen skal rette oppmerksomhet mot fagskoleutdanninger for helsefagarbeidere og synliggjøre karrieremuligheter for fagarbeidere i sykehusene."),
        M("Arbeidsgivernettverket: kompetanseutvikling i Spekters medlemsvirksomheter", ["2.2"],
          goal="Relasjon til delmål 2.2.",
          resp="Spekter står bak tiltaket, med bidrag fra medlemsvirksomhetene. Eksterne inviteres ved behov.",
          period="Løpende, ca. fire møter i året.",
          desc="Nettverket for HR-direktører drøfter kompetansepolitiske problemstillinger. I 2020 ble det delt erfaringer med omdisponering og opplæring av ansatte under pandemien."),
        M("Felles webinar med LO Stat: «Kompetanse i omstilling»", ["2.2"], goal="Relasjon til delmål 2.2.",
          resp="Spekter og LO Stat er i fellesskap ansvarlige.",
          period="Gjennomført 19. august 2020 i stedet for det planlagte arrangementet under Arendalsuka.",
          desc="Webinaret rettet oppmerksomheten mot verdien av at ansatte fornyer kompetansen sin, med eksempler fra helseforetak og statlige virksomheter."),
        M("Søkekonferanse om Kompetansepluss arbeid for medlemsvirksomhetene", ["3.2"],
          goal="Relasjon til delmål 3.2.",
          resp="Spekter står bak tiltaket med Kompetanse Norge som bidragsyter.",
          period="En dags varighet i oktober 2020.",
          desc="Medlemsvirksomhetene fikk informasjon om ordningen, hva som kreves for å søke og eksempler på prosjekter for ansatte med svake grunnleggende ferdigheter."),
    ])

# 10 ---- Møre og Romsdal 2020 (nynorsk), grouped by delmål (docx -> PDF) ---
MR = register(
    "more_og_romsdal_2020.pdf", "Møre og Romsdal fylkeskommune", 2020,
    "County report in Nynorsk rendered from Word: headings per delmål (code + goal text), measures as sub-headings followed by 'Label: value' lines and a 'Skildring' paragraph",
    "Delmål only in the group headings (one heading names two delmål, '3.3 og 3.4'); title containing a year range '2021–2024'; Nynorsk labels (Ansvarleg, Samarbeidspartnarar); signature 'Med helsing'.",
    [
        M("Kompetansealliansen Møre og Romsdal – felles regional kompetansestrategi 2021–2024", ["1.2"],
          type="Råd/utval/nettverk", resp="Møre og Romsdal fylkeskommune",
          partners="NAV Møre og Romsdal, Statsforvaltaren, NTNU i Ålesund, Høgskulen i Volda, Høgskolen i Molde, næringsklyngjene",
          period="2019–2021",
          desc="Alliansen vart etablert våren 2019 og har i 2020 utarbeidd ein felles strategi på grunnlag av kunnskapsgrunnlaget om kompetansebehovet i regionen."),
        M("Tilskot til bedriftsintern opplæring (BIO) – ny forvalting frå 2020", ["1.2"],
          type="Kurs/utdanning", resp="Møre og Romsdal fylkeskommune", partners="NAV Møre og Romsdal",
          period="Frå 1. januar 2020",
          desc="Fylkeskommunen overtok forvaltinga av BIO frå NAV. Ordninga vart kraftig oversøkt etter at ekstra midlar kom i krisepakkane."),
        M("Karrieresenter for alle over 19 år – utvida opningstider og digital rettleiing", ["1.3"],
          type="Prosjekt", resp="Karriere Møre og Romsdal", partners="NAV, kommunane", period="2020",
          desc="Karrieresenteret har tilbydd rettleiing på video og telefon, og hatt kveldsope to dagar i veka for permitterte."),
        M("Kompetanseheving for karriererettleiarar i vidaregåande skule og NAV", ["1.3"],
          type="Kurs/utdanning", resp="Møre og Romsdal fylkeskommune", partners="Høgskulen i Volda",
          period="Hausten 2020",
          desc="Studiepoenggivande kurs i karriererettleiing for rådgivarar og NAV-rettleiarar, med vekt på arbeidsmarknaden i regionen."),
        M("Bransjenettverk for maritim næring: kopling av bedrifter og fagskule", ["2.4"],
          type="Råd/utval/nettverk", resp="Møre og Romsdal fylkeskommune",
          partners="Fagskulen Møre og Romsdal, Maritimt Forum Nordvest", period="2020–2022",
          desc="Nettverket skal avdekkje kompetansebehov i maritime bedrifter og utvikle korte fagskuletilbod for tilsette."),
        M("Plan for kvalifisering av innvandrarar – opplæring og arbeidspraksis", ["3.3", "3.4"],
          type="Kurs/utdanning", resp="Møre og Romsdal fylkeskommune", partners="Kommunane, NAV, IMDi",
          period="2019–2021",
          desc="Planen samordnar vaksenopplæring, introduksjonsprogram og arbeidspraksis slik at fleire kan ta fagbrev."),
        M("Fagbrev på jobb for vaksne minoritetsspråklege", ["3.3", "3.4"], type="Kurs/utdanning",
          resp="Møre og Romsdal fylkeskommune", partners="NAV, opplæringskontora", period="2020",
          desc="Vaksne som arbeider i helse- og reinhaldsbransjen får ta fagbrev gjennom praksis, med norskopplæring på arbeidsplassen."),
    ])

# 11 ---- Vestland 2021 (nynorsk), card table per measure (docx) -----------
VESTLAND = register(
    "vestland_2021.docx", "Vestland fylkeskommune", 2021,
    "County report in Nynorsk: one 'card' table per measure — shaded merged title row, then 4-column rows 'Delmål | x | Type tiltak | y', 'Ansvarleg | … | Partnarar | …', 'Periode | …', merged 'Kort skildring' row",
    "Title row prefixed 'Tiltak n –' (not part of title); delmål written '1.2, 1.4' or 'delmål 3.5'; one empty Periode cell; title with «…» and years.",
    [
        M("Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland innan tekniske fag", ["1.4"],
          goal="1.4", type="Kurs/utdanning", resp="Vestland fylkeskommune",
          partners="Høgskulen på Vestlandet, Fagskulen Vestland", period="2020–2022",
          desc="Samarbeidet skal gje betre overgang frå fagskule til ingeniørutdanning og felles tilbod om vidareutdanning for tilsette i industrien."),
        M("Regional plan for kompetanse: «Kompetansestrategi for Vestland 2021–2024»", ["1.2", "1.4"],
          goal="1.2, 1.4", type="Råd/utval/nettverk", resp="Vestland fylkeskommune",
          partners="Partane i arbeidslivet, NAV Vestland, Statsforvaltaren i Vestland, UH-institusjonane",
          period="Vedteken juni 2021",
          desc="Strategien er utarbeidd i Kompetanseforum Vestland og peikar ut fem satsingsområde for perioden."),
        M("Opplæringstilbod som helsefagarbeidar for minoritetsspråklege («Sogn og Fjordane-modellen»)", ["3.5"],
          goal="delmål 3.5", type="Kurs/utdanning", resp="Vestland fylkeskommune", partners="NAV, kommunane",
          period="Vidareført i heile fylket 2021",
          desc="Kombinert opplæring i norsk og helsefag som fører fram til fagbrev, no utvida frå dei tidlegare Sogn og Fjordane-kommunane til heile Vestland."),
        M("Karriere Vestland – karriererettleiing for permitterte og arbeidsledige", ["1.3"], goal="1.3",
          type="Prosjekt", resp="Karriere Vestland", partners="NAV Vestland", period="2020–2021",
          desc="Eige tilbod om rettleiing og kompetansekartlegging for permitterte, med drop-in på NAV-kontor."),
        M("Bedriftsintern opplæring (BIO) – ekstra tildeling under pandemien", ["2.4"], goal="2.4",
          type="Kurs/utdanning", resp="Vestland fylkeskommune", partners="NAV Vestland, næringsforeiningane",
          period="2021",
          desc="Tilskot til 84 bedrifter som har gjennomført opplæring for tilsette for å unngå oppseiingar."),
        M("Fleksible vidaregåande tilbod for vaksne – modulstrukturert opplæring", ["3.1"], goal="3.1",
          type="Kurs/utdanning", resp="Vestland fylkeskommune", partners="Vaksenopplæringssentra, kommunane",
          period=None,
          desc="Vaksne kan ta fag- og sveinebrev modul for modul, med oppstart fleire gonger i året."),
    ])

# 12 ---- KMD 2018: ministry letter drawn with reportlab -------------------
KMD = register(
    "kmd_2018.pdf", "KMD", 2018,
    "Ministry letter drawn directly (reportlab): letterhead, references, subject line, measures as bold unnumbered subheadings with prose, then 'Delmål/Type/Samarbeid' lines",
    "Two measures give the goal only as words paraphrasing a delmål (1.4, 2.4); one 'Knytning' in words that paraphrase 1.2; a measure with 'Ansvar' line, others without; signature with two names.",
    [
        M("Regionreformen – nye oppgaver til fylkeskommunene på kompetanseområdet", ["1.2"], goal="delmål 1.2",
          type="Råd/utvalg/nettverk", resp="KMD og KD", partners="ASD, fylkeskommunene", period="Fra 1. januar 2020",
          desc="Stortinget har sluttet seg til at fylkeskommunene får ansvar for tilskudd til karrieresentrene, bedriftsintern opplæring (BIO) og deler av tilskuddet til studieforbund. KMD samordner arbeidet med overføringen."),
        M("Ny stortingsmelding om distriktspolitikken", ["1.4"],
          goal="Bedre tilgang på kvalifisert arbeidskraft i alle regioner gjennom samarbeid mellom utdanningstilbydere og arbeidslivet",
          type="Råd/utvalg/nettverk", partners="Fylkeskommunene", period="Meldingen legges fram våren 2020",
          desc="Meldingen vil blant annet drøfte hvordan distriktene kan sikre seg kompetanse, og hvordan utdanningstilbudet kan bli mer desentralisert."),
        M("Verksted for regional utvikling", ["1.2"],
          goal="Regionalt samarbeid mellom ulike kompetanseaktører", type="Arrangement",
          partners="Fylkeskommunene, KS", period="November 2018",
          desc="Årlig møteplass for fylkeskommunene og departementene. I 2018 var kompetansepolitikk et eget tema, med innlegg fra tre fylkeskommuner om regionale kompetansestrategier."),
        M("Samarbeid om digital kompetanse i kommunesektoren", ["2.1"], goal="delmål 2.1", type="Prosjekt",
          partners="KS, hovedsammenslutningene", period="2018–2019",
          desc="KMD finansierer samarbeidet der 71 kommuner og de ansattes organisasjoner lager lokale opplegg for digital kompetanse."),
        M("«Høyere opp i verdikjeden» – kompetanse i nordområdene", ["2.4"],
          goal="Koble kompetansebehov i næringsmiljøer og klynger til utdanningstilbydere", type="Kurs/utdanning",
          partners="NFD, Innovasjon Norge, UiT Norges arktiske universitet", period="2018–2020",
          desc="Satsingen i regjeringens nordområdestrategi skal gi bedrifter i nord bedre tilgang på relevant etter- og videreutdanning."),
    ])

# 13 ---- ASD 2019: table with OLD tiltak numbers (docx -> PDF) -----------
ASD = register(
    "asd_2019.pdf", "ASD", 2019,
    "Ministry table rendered from Word: Nr. | Tiltak | Tiltak i strategien | Type | Ansvarlig | Samarbeidspartnere | Varighet, with footnote that numbers refer to the strategy's numbered list",
    "Goals only as old NKPS tiltak numbers ('15', '13 og 15', '2 og 13', '13–15', '1') in 2019; a non-standard type 'Regelverk'; footer with page numbers.",
    [
        M("Nytt arbeidsmarkedstiltak med opplæring for arbeidsledige og personer med nedsatt arbeidsevne", ["3.5"],
          goal="15", type="Kurs/utdanning", resp="ASD", partners="Arbeids- og velferdsdirektoratet", period="2019–2020"),
        M("Revisjon av tiltaksforskriften – mer vekt på yrkesopplæring i arbeidsmarkedstiltakene", ["3.3", "3.5"],
          goal="13 og 15", type="Regelverk", resp="ASD", partners="AVdir", period="Høring høsten 2019"),
        M("Ny IA-avtale 2019–2022: kompetanse som virkemiddel for å stå i arbeid", ["3.3"], goal="13",
          type="Råd/utvalg/nettverk", resp="ASD", partners="Partene i arbeidslivet", period="2019–2022"),
        M("Utredning av arbeidsmarkedsopplæringen sett i sammenheng med fylkeskommunenes opplæringsansvar",
          ["1.2", "3.3"], goal="2 og 13", type="FoU", resp="ASD", partners="KD, KMD, AVdir, fylkeskommunene",
          period="2019"),
        M("Kvalifiseringsprogram for arbeidssøkere med innvandrerbakgrunn", ["3.3", "3.4", "3.5"], goal="13–15",
          type="Prosjekt", resp="ASD", partners="IMDi, AVdir, KD", period="2019–2021"),
        M("Deltakelse i Kompetansebehovsutvalget (departementsgruppen)", ["1.1"], goal="1",
          type="Råd/utvalg/nettverk", resp="KD", partners="ASD, KMD, NFD", period="Løpende"),
    ])

# 14 ---- HOD 2020: text box per measure (docx) ---------------------------
HOD = register(
    "hod_2020.docx", "HOD", 2020,
    "Ministry Word report where every measure sits in its own text box (VML textbox, w:txbxContent) with bold title and 'Label: value' lines; intro and closing in the body",
    "All measure content is inside text boxes, not in the body text; titles with «…», en dash and year span; one box has 'Samarbeid' before 'Ansvarlig'.",
    [
        M("Kompetanseløftet 2025 – plan for rekruttering, kompetanse og fagutvikling i helse- og omsorgstjenesten",
          ["1.4", "2.2"], goal="1.4 og 2.2", type="Kurs/utdanning", resp="HOD",
          partners="KS, Helsedirektoratet, Statsforvalteren", period="2021–2025 (lagt fram 2020)",
          desc="Planen samler tiltak for å rekruttere, beholde og utvikle ansatte i den kommunale helse- og omsorgstjenesten, blant annet tilskudd til videreutdanning."),
        M("Bransjeprogram for kommunal helse- og omsorgssektor – videreføring", ["2.1"], goal="2.1",
          type="Kurs/utdanning", resp="HOD og KD", partners="KS, Fagforbundet, NSF, Delta, FO", period="2020–2021",
          desc="Programmet tilbyr etter- og videreutdanning for ansatte uten fagutdanning og for fagarbeidere, blant annet innen velferdsteknologi."),
        M("Nasjonale retningslinjer for helse- og sosialfagutdanningene (RETHOS) – fase 2", ["1.4"], goal="1.4",
          type="Prosjekt", resp="KD", partners="HOD, ASD, BLD, KS, Spekter", period="2019–2021",
          desc="Retningslinjene skal sikre at utdanningene gir kompetanse som tjenestene og brukerne trenger.",
          partners_first=True),
        M("«Menn i helse» – rekruttering av menn til helsefagarbeiderfaget via NAV", ["3.3"], goal="3.3",
          type="Prosjekt", resp="KS", partners="Helsedirektoratet, NAV", period="Løpende",
          desc="Menn som står utenfor arbeidslivet får betalt praksis og opplæring fram mot fagbrev. Programmet er utvidet til flere fylker i 2020."),
        M("Kompletterende utdanning for sykepleiere med utdanning fra land utenfor EU/EØS", ["2.6"], goal="2.6",
          type="Kurs/utdanning", resp="HOD", partners="Helsedirektoratet, OsloMet, VID vitenskapelige høgskole",
          period="Fra høsten 2020",
          desc="Tilbud om kompletterende utdanning gjør det raskere å få autorisasjon i Norge."),
    ])

# 15 ---- KuD 2021: hanging-label memo drawn with reportlab ---------------
KUD = register(
    "kud_2021.pdf", "KuD", 2021,
    "Short ministry memo drawn directly (reportlab): measures separated by rules, label in a left column and wrapped answer in a right column (Tiltak / Delmål / Type / Ansvar / Samarbeid / Periode / Om tiltaket)",
    "Goals written as 'delmål 3.6 (og 3.2)' and 'Delmål 3.6'; non-standard types ('Regelverksendring', 'Tilskudd'); long titles wrapping in the right column.",
    [
        M("Ny forskrift om tilskudd til voksenopplæring gjennom studieforbund", ["3.6"], goal="Delmål 3.6",
          type="Regelverksendring", resp="KuD", partners="VOFO, studieforbundene, Kompetanse Norge", period="2021",
          desc="Forskriften forenkler tilskuddsordningen og gir studieforbundene større frihet til å tilby digital opplæring."),
        M("Oppfølging av frivillighetsmeldingen: læring og kompetanse i frivillig sektor", ["3.6"], goal="3.6",
          type="Informasjon", resp="KuD", partners="Frivillighet Norge, VOFO", period="2021",
          desc="Departementet har gjennomført dialogmøter om hvordan frivillige organisasjoner kan bidra til læring for voksne."),
        M("Kompensasjonsordning for studieforbund og frivillige organisasjoner under koronapandemien", ["3.6"],
          goal="Delmål 3.6", type="Tilskudd", resp="KuD", partners="Lotteri- og stiftelsestilsynet",
          period="2020–2021",
          desc="Ordningen har kompensert for tapte inntekter slik at kursvirksomheten kunne gjenopptas raskt."),
        M("Utredning om studieforbundenes rolle som læringsarena for voksne med svake grunnleggende ferdigheter",
          ["3.2", "3.6"], goal="delmål 3.6 (og 3.2)", type="FoU", resp="KuD og KD", partners="Fafo",
          period="Rapport høsten 2021",
          desc="Utredningen skal gi kunnskap om hvem som deltar i studieforbundenes opplæring og hvordan tilbudet kan nå flere."),
    ])

# 16 ---- VOFO 2018: headings prefixed with delmål code (docx) -------------
VOFO = register(
    "vofo_2018.docx", "VOFO", 2018,
    "Voluntary-sector report: one Heading 2 per measure written '<delmål> – <title>', then prose description and short 'Type:' / 'Samarbeid:' lines",
    "Goal code is a prefix of the heading ('3.2 – …', '1.2 og 1.3 – …') and must be stripped from the title; intro explains the convention; responsible only given for one measure.",
    [
        M("Promotering av Kompetanseplussordningene overfor studieforbundene", ["3.2"], goal="3.2",
          type="Informasjon", partners="Studieforbundene", period="2018",
          desc="VOFO har informert om Kompetansepluss frivillighet på regionale samlinger og i nyhetsbrev, og hjulpet studieforbund med søknader."),
        M("Evaluering av Kompetansepluss frivillighet", ["3.2"], goal="3.2", type="FoU",
          partners="Frivillig sektor", period="2018",
          desc="VOFO har bidratt med erfaringer og data til evalueringen av ordningen."),
        M("Regelverks- og praksisendring i studieforbundsordningen", ["3.6"], goal="3.6",
          type="Råd/utvalg/nettverk", partners="Studieforbundene, KD", period="2018–2019",
          desc="VOFO har foreslått endringer som gjør det enklere å kombinere grunnleggende ferdigheter med andre kurs."),
        M("Informasjonsprosjekt om inkludering", ["3.6"], goal="3.6", type="Prosjekt",
          partners="Studieforbundene og kursarrangører",
          desc="Prosjektet gir kursarrangører verktøy for å rekruttere innvandrere og andre som sjelden deltar i opplæring."),
        M("Styrking av VOFOs regionale tilstedeværelse og samarbeid med karriereveiledere", ["1.2", "1.3"],
          goal="1.2 og 1.3", type="Kurs/utdanning", resp="VOFO og VOFO-regionene",
          partners="Studieforbund, kursarrangører, fylkeskommunene", period="2018",
          desc="Regionleddene er slått sammen, og regionkonsulentene har fått opplæring i å synliggjøre studieforbundenes tilbud overfor karrieresentrene."),
        M("Forskningsprosjekt om studieforbundene som læringskatalysatorer", ["3.6"], goal="3.6", type="FoU",
          partners="Fafo", period="2018–2019",
          desc="Prosjektet undersøker hvordan deltakelse i studieforbundenes kurs påvirker motivasjonen for videre læring."),
    ])

# 17 ---- No measures: deadline extension (docx -> PDF) -------------------
register(
    "trondelag_utsatt_frist_2021.pdf", "Trøndelag fylkeskommune", 2021,
    "Letter (rendered from Word) asking for a deadline extension for the 2021 report",
    "Mentions delmål codes and the word 'tiltak' but contains no measures.", [])

# 18 ---- No measures: contact list (docx) --------------------------------
register(
    "kontaktpersoner_kpr_2020.docx", "Kompetanse Norge", 2020,
    "Secretariat's list of contact persons for the reporting, as a table Organisasjon | Kontaktperson | Stilling | Telefon",
    "Organisation names only; no measures.", [])


# ===========================================================================
# DOCX helpers
# ===========================================================================

def new_doc(font="Calibri", size=11, landscape=False, margins=2.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for hs in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        s = doc.styles[hs]
        s.font.name = font
        r = s.element.get_or_add_rPr()
        rf = r.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
            r.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
        for t in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(t)) is not None:
                del rf.attrib[qn(t)]
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins))
    return doc


def add_field(paragraph, instr):
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run2 = paragraph.add_run()
    run2._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
    run3 = paragraph.add_run()
    run3._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run("1")
    run4 = paragraph.add_run()
    run4._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def header_footer(doc, header_text=None, footer_text=None, page_numbers=True, size=8):
    sec = doc.sections[0]
    if header_text:
        p = sec.header.paragraphs[0]
        p.text = ""
        r = p.add_run(header_text)
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer_text or page_numbers:
        p = sec.footer.paragraphs[0]
        p.text = ""
        if footer_text:
            r = p.add_run(footer_text + ("   –   Side " if page_numbers else ""))
            r.font.size = Pt(size)
        elif page_numbers:
            r = p.add_run("Side ")
            r.font.size = Pt(size)
        if page_numbers:
            add_field(p, "PAGE")
            for r in p.runs:
                r.font.size = Pt(size)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            if i < len(widths_cm):
                cell.width = Cm(widths_cm[i])
    tblPr = tbl.tblPr
    lay = parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>')
    tblPr.append(lay)


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    p = cell.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None, space_after=None,
         color=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def to_pdf(docx_path, out_pdf_name):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BUILD, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(docx_path)[0] + ".pdf"
    shutil.move(pdf, os.path.join(OUT, out_pdf_name))


def save_docx(doc, fname, pdf=False):
    if pdf:
        path = os.path.join(BUILD, os.path.splitext(fname)[0] + ".docx")
        doc.save(path)
        to_pdf(path, fname)
    else:
        doc.save(os.path.join(OUT, fname))


AREAS = {
    1: "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
    2: "Hovedinnsatsområde 2: Læring i arbeidslivet",
    3: "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}

# ===========================================================================
# RENDERERS (docx)
# ===========================================================================


def render_kd():
    doc = new_doc("Calibri", 11, margins=2.0)
    header_footer(doc, "Kunnskapsdepartementet – Kompetansepolitisk råd", "Rapportering 2019")
    para(doc, "Kunnskapsdepartementet", bold=True, size=14, color="1F3864")
    para(doc, "Rapportering til Kompetansepolitisk råd – tiltak i 2019", style="Title")
    para(doc, "Regjeringen rapporterer her på de tiltakene Kunnskapsdepartementet har ansvar for eller koordinerer "
              "i oppfølgingen av Nasjonal kompetansepolitisk strategi 2017–2021. Departementet er ansvarlig for alle "
              "tiltakene i oversikten nedenfor med mindre annet går fram av teksten. Tiltak som andre departementer "
              "har ansvaret for, rapporteres av de respektive departementene.")
    para(doc, "Tiltakene er ordnet etter strategiens tre hovedinnsatsområder. I kolonnen «Delmål» viser tallene "
              "til delmålene i strategien.")
    heads = ["Delmål", "Tiltak", "Type tiltak", "Samarbeidspartnere", "Status/tidsrom"]
    widths = [1.4, 5.0, 3.3, 4.3, 3.0]
    for area in (1, 2, 3):
        doc.add_heading(AREAS[area], level=2)
        rows = [m for m in KD if m["area"] == area]
        t = doc.add_table(rows=1 + len(rows), cols=5)
        t.style = "Table Grid"
        for i, h in enumerate(heads):
            cell_text(t.rows[0].cells[i], h, bold=True, size=9.5)
            shade(t.rows[0].cells[i], "D9E2F3")
        repeat_header(t.rows[0])
        for ri, m in enumerate(rows, 1):
            c = t.rows[ri].cells
            cell_text(c[0], m["goal"], size=9.5)
            cell_text(c[1], m["title"], size=9.5)
            cell_text(c[2], m["type"] or "", size=9.5)
            cell_text(c[3], m["partners"] or "", size=9.5)
            cell_text(c[4], m["period"] or "", size=9.5)
        set_col_widths(t, widths)
        para(doc, "")
    doc.add_heading("Oppsummering", level=2)
    para(doc, "Kunnskapsdepartementet har i 2019 rapportert tolv tiltak, fem under hovedinnsatsområde 1, fire under "
              "hovedinnsatsområde 2 og tre under hovedinnsatsområde 3. Flere av tiltakene følges opp i "
              "kompetansereformen «Lære hele livet», som legges fram for Stortinget våren 2020.")
    para(doc, "Oslo, 20. januar 2020", italic=True)
    save_docx(doc, "kd_2019.docx")


def render_lo():
    doc = new_doc("Arial", 10.5)
    header_footer(doc, "LO – Landsorganisasjonen i Norge", None, page_numbers=True)
    para(doc, "LOs rapportering på oppfølgingen av Nasjonal kompetansepolitisk strategi 2020", bold=True, size=15,
         color="C00000")
    para(doc, "Til Kompetansepolitisk råd, v/ sekretariatet i Kompetanse Norge", italic=True)
    para(doc, "2020 har vært et år preget av koronapandemien. Mange av LOs medlemmer har vært permittert eller "
              "ledige, og LO har i hele perioden arbeidet for at perioder uten arbeid skal kunne brukes til "
              "opplæring. Flere planlagte arrangementer ble avlyst eller flyttet til digitale flater.")
    para(doc, "Nedenfor følger en oversikt over LOs tiltak i 2020. Tallene under «Delmål» viser til delmålene i "
              "strategien.")
    labels = [("Delmål", "goal"), ("Type", "type"), ("Ansvarlig", "resp"), ("Samarbeid", "partners"),
              ("Tidsrom", "period"), ("Kort om tiltaket", "desc")]
    for m in LO:
        p = para(doc, m["title"], bold=True, style="List Number")
        p.paragraph_format.space_before = Pt(10)
        for lab, key in labels:
            val = m[key]
            if val is None:
                continue
            bp = doc.add_paragraph(style="List Bullet 2")
            bp.paragraph_format.tab_stops.add_tab_stop(Cm(4.2))
            r = bp.add_run(lab + ":")
            r.italic = True
            bp.add_run("\t" + val)
            bp.paragraph_format.space_after = Pt(0)
    para(doc, "")
    para(doc, "LO vil i 2021 prioritere oppfølgingen av bransjeprogrammene og arbeidet med å gjøre "
              "videreutdanning tilgjengelig for alle, uavhengig av bosted og utdanningsbakgrunn.")
    para(doc, "Med vennlig hilsen")
    para(doc, "Landsorganisasjonen i Norge")
    para(doc, "Avdeling for samfunnspolitikk", italic=True)
    save_docx(doc, "lo_2020.pdf", pdf=True)


def render_nho():
    doc = new_doc("Calibri", 11)
    header_footer(doc, "NHO – Rapportering Kompetansepolitisk råd 2021", None)
    para(doc, "Rapportering fra NHO – oppfølging av Nasjonal kompetansepolitisk strategi, 2021", bold=True, size=16)
    para(doc, "Skjemaet fylles ut for hvert tiltak. Legg til flere skjema ved behov.", italic=True, size=9,
         color="7F7F7F")
    para(doc, "NHO har i 2021 videreført flere tiltak fra tidligere år og startet nye tiltak knyttet til "
              "omstilling etter pandemien. Tiltakene gjennomføres dels av NHO sentralt og dels av "
              "landsforeningene.")
    labels = [("Navn på tiltak", "title"), ("Relasjon til delmål i strategien", "goal"), ("Type tiltak", "type"),
              ("Ansvarlig", "resp"), ("Samarbeidspartnere", "partners"), ("Beskrivelse", "desc"),
              ("Tidspunkt og varighet", "period")]

    def form(m, n):
        doc.add_heading(f"Tiltak {n}", level=3)
        t = doc.add_table(rows=len(labels), cols=2)
        t.style = "Table Grid"
        for i, (lab, key) in enumerate(labels):
            cell_text(t.rows[i].cells[0], lab, bold=True)
            shade(t.rows[i].cells[0], "F2F2F2")
            val = m.get(key) if m else None
            cell_text(t.rows[i].cells[1], val or "")
        set_col_widths(t, [4.6, 11.4])
        para(doc, "")

    for n, m in enumerate(NHO, 1):
        form(m, n)
    form(None, len(NHO) + 1)   # leftover, unfilled template table
    para(doc, "Kontaktperson i NHO: Avdeling for kompetanse og inkludering", size=9, italic=True)
    save_docx(doc, "nho_2021.docx")


def render_ys():
    doc = new_doc("Times New Roman", 12, margins=2.2)
    header_footer(doc, None, "YS – Yrkesorganisasjonenes Sentralforbund")
    para(doc, "Yrkesorganisasjonenes Sentralforbund", bold=True, size=12)
    para(doc, "Oslo, 10. desember 2019", align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(doc, "Kompetanse Norge\nSekretariatet for Kompetansepolitisk råd")
    para(doc, "RAPPORTERING FRA YS – NASJONAL KOMPETANSEPOLITISK STRATEGI 2019", bold=True)
    para(doc, "YS viser til bestillingen fra sekretariatet og rapporterer med dette på våre tiltak for 2019. Vi har "
              "brukt samme oppsett som i fjor, og viser til tiltaksnumrene i strategiens tiltaksliste.")
    labels = [("TILTAK", "title"), ("NKPS-TILTAK NR", "goal"), ("TYPE", "type"), ("ANSVARLIG", "resp"),
              ("SAMARBEID", "partners"), ("TIDSROM", "period"), ("BESKRIVELSE", "desc")]
    for m in YS:
        para(doc, "")
        for lab, key in labels:
            val = m[key]
            if val is None:
                continue
            p = doc.add_paragraph()
            pf = p.paragraph_format
            pf.tab_stops.add_tab_stop(Cm(4.5))
            pf.left_indent = Cm(4.5)
            pf.first_line_indent = Cm(-4.5)
            pf.space_after = Pt(2)
            r = p.add_run(lab + ":")
            r.bold = True
            r2 = p.add_run("\t" + val)
            if key == "title":
                r2.bold = True
    para(doc, "")
    para(doc, "YS ser fram til videre samarbeid i rådet, og vil særlig følge opp kompetansereformen og "
              "arbeidet med bransjeprogrammene.")
    para(doc, "Med vennlig hilsen")
    para(doc, "for YS")
    para(doc, "Rådgiver, samfunnspolitisk avdeling")
    save_docx(doc, "ys_2019.docx")


def render_unio():
    doc = new_doc("Calibri", 10.5, landscape=True, margins=2.0)
    header_footer(doc, "Unio – hovedorganisasjon for universitets- og høyskoleutdannede", None)
    para(doc, "Unios rapport til Kompetansepolitisk råd 2021", bold=True, size=16, color="1F4E79")
    para(doc, "Unio har i 2021 arbeidet videre med kompetanse i helse- og utdanningssektoren og med finansiering "
              "av etter- og videreutdanning. Tabellen viser tiltakene Unio har gjennomført eller deltatt i.")
    t = doc.add_table(rows=1 + len(UNIO), cols=4)
    t.style = "Table Grid"
    heads = ["Tiltak", "Delmål", "Ansvarlig og samarbeid", "Tidsrom"]
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "1F4E79")
    repeat_header(t.rows[0])
    for ri, m in enumerate(UNIO, 1):
        c = t.rows[ri].cells
        p = c[0].paragraphs[0]
        if m.get("linebreak_after"):
            first = m["linebreak_after"]
            rest = m["title"][len(first):].strip()
            r = p.add_run(first)
            r.bold = True
            r.add_break(WD_BREAK.LINE)
            r2 = p.add_run(rest)
            r2.bold = True
        else:
            r = p.add_run(m["title"])
            r.bold = True
        para(c[0], m["desc"], size=10)
        cell_text(c[1], m["goal"])
        p = c[2].paragraphs[0]
        p.add_run("Ansvarlig: ").italic = True
        p.add_run(m["resp"])
        p2 = c[2].add_paragraph()
        p2.add_run("Samarbeid: ").italic = True
        p2.add_run(m["partners"])
        cell_text(c[3], m["period"])
    set_col_widths(t, [12.0, 2.4, 8.0, 3.2])
    para(doc, "")
    para(doc, "Samlet sett har Unio i 2021 prioritert tiltak under hovedinnsatsområde 2, Læring i arbeidslivet. "
              "Unio mener at rådet i neste strategiperiode bør legge mer vekt på finansiering av livslang læring.")
    save_docx(doc, "unio_2021.docx")


def render_akad():
    doc = new_doc("Calibri", 9, landscape=True, margins=1.8)
    header_footer(doc, None, "Akademikerne", page_numbers=True)
    para(doc, "Akademikerne – tiltak 2019 i oppfølgingen av Nasjonal kompetansepolitisk strategi", bold=True, size=13)
    para(doc, "Oversikten er limt inn fra vårt interne regneark. Tiltak fra medlemsforeningene er tatt med der "
              "Akademikerne har vært involvert.", size=10)
    heads = ["Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartner(e)", "År"]
    t = doc.add_table(rows=1 + len(AKAD), cols=6)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "E2EFDA")
    for ri, m in enumerate(AKAD, 1):
        c = t.rows[ri].cells
        vals = [m["goal"], m["title"], m["type"], m["resp"], m["partners"], m["period"]]
        for i, v in enumerate(vals):
            cell_text(c[i], v or "", size=9)
    set_col_widths(t, [1.8, 10.0, 3.4, 3.6, 4.4, 1.6])
    para(doc, "Kilde: Akademikernes tiltaksoversikt (Excel), oppdatert 15.11.2019.", italic=True, size=8)
    save_docx(doc, "akademikerne_2019.pdf", pdf=True)


def render_spekter():
    doc = new_doc("Calibri", 11)
    header_footer(doc, "Spekter", None)
    para(doc, "Rapportering fra Spekter – Nasjonal kompetansepolitisk strategi 2020", bold=True, size=15)
    para(doc, "Rapporteringspunkter:", bold=True)
    for i, m in enumerate(SPEKTER, 1):
        para(doc, f"{i}. {m['title']}", space_after=0)
        para(doc, m["goal"], space_after=8).paragraph_format.left_indent = Cm(0.6)
    for m in SPEKTER:
        doc.add_page_break()
        sections = [("1. Tiltak i Nasjonal kompetansepolitisk strategi", [m["title"], m["goal"]]),
                    ("2. Ansvarlig og samarbeidspartnere", [m["resp"]]),
                    ("3. Beskrivelse av tiltaket (maks en halv side)", [m["desc"]]),
                    ("4. Tidspunkt og varighet", [m["period"]])]
        for head, body in sections:
            para(doc, head, bold=True, space_after=4).paragraph_format.space_before = Pt(10)
            for b in body:
                para(doc, b).paragraph_format.left_indent = Cm(0.6)
    save_docx(doc, "spekter_2020.docx")


MR_GROUPS = [
    ("Delmål 1.2 – Styrkje regionalt folkevalt nivå sitt kompetansepolitiske ansvar og samordningsrolle", [0, 1]),
    ("Delmål 1.3 – Tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing", [2, 3]),
    ("Delmål 2.4 – Kople kompetansebehov i verksemder og klyngjer til utdannings- og opplæringstilbydarar", [4]),
    ("Delmål 3.3 og 3.4 – Kvalifisering av vaksne og innvandrarar", [5, 6]),
]


def render_mr():
    doc = new_doc("Cambria", 11)
    header_footer(doc, "Møre og Romsdal fylkeskommune", "Rapportering NKPS 2020")
    para(doc, "Rapportering på oppfølging av Nasjonal kompetansepolitisk strategi – 2020", style="Title")
    para(doc, "Møre og Romsdal fylkeskommune rapporterer her på tiltak som fylkeskommunen har sett i gang eller "
              "vidareført i 2020. Tiltaka er ordna etter delmåla i strategien. Pandemien har prega arbeidet, og "
              "fleire tiltak er lagt om til digitale løysingar.")
    for head, idxs in MR_GROUPS:
        doc.add_heading(head, level=1)
        for i in idxs:
            m = MR[i]
            doc.add_heading(m["title"], level=3)
            for lab, key in [("Ansvarleg", "resp"), ("Samarbeidspartnarar", "partners"), ("Type tiltak", "type"),
                             ("Tidsrom", "period")]:
                p = doc.add_paragraph()
                p.paragraph_format.space_after = Pt(0)
                p.add_run(lab + ": ").bold = True
                p.add_run(m[key])
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(4)
            p.add_run("Skildring: ").bold = True
            p.add_run(m["desc"])
    para(doc, "")
    para(doc, "Med helsing")
    para(doc, "Møre og Romsdal fylkeskommune, utdannings- og kompetanseavdelinga")
    save_docx(doc, "more_og_romsdal_2020.pdf", pdf=True)


def render_vestland():
    doc = new_doc("Arial", 10)
    header_footer(doc, "Vestland fylkeskommune", "Rapport til Kompetansepolitisk råd 2021")
    para(doc, "Vestland fylkeskommune", bold=True, size=11, color="00857C")
    para(doc, "Rapportering av tiltak 2021 – Nasjonal kompetansepolitisk strategi", bold=True, size=15)
    para(doc, "Vestland fylkeskommune har eit samla ansvar for regional kompetansepolitikk etter regionreforma. "
              "Under følgjer dei viktigaste tiltaka i 2021. Tala under «Delmål» viser til delmåla i strategien.")
    for n, m in enumerate(VESTLAND, 1):
        t = doc.add_table(rows=5, cols=4)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[3])
        cell_text(top, f"Tiltak {n} – {m['title']}", bold=True, color="FFFFFF")
        shade(top, "00857C")
        r1 = t.rows[1].cells
        cell_text(r1[0], "Delmål", bold=True)
        cell_text(r1[1], m["goal"])
        cell_text(r1[2], "Type tiltak", bold=True)
        cell_text(r1[3], m["type"])
        r2 = t.rows[2].cells
        cell_text(r2[0], "Ansvarleg", bold=True)
        cell_text(r2[1], m["resp"])
        cell_text(r2[2], "Partnarar", bold=True)
        cell_text(r2[3], m["partners"])
        r3 = t.rows[3].cells
        cell_text(r3[0], "Periode", bold=True)
        cell_text(r3[1], m["period"] or "")
        bottom = t.rows[4].cells[0].merge(t.rows[4].cells[3])
        p = bottom.paragraphs[0]
        p.add_run("Kort skildring: ").bold = True
        p.add_run(m["desc"])
        for row in (1, 2, 3):
            for ci in (0, 2):
                shade(t.rows[row].cells[ci], "E6F2F1")
        set_col_widths(t, [2.6, 5.4, 2.6, 5.4])
        para(doc, "")
    para(doc, "Kontakt: Seksjon for kompetanse og karriere, avdeling for opplæring og kompetanse.", italic=True,
         size=9)
    save_docx(doc, "vestland_2021.docx")


def render_asd():
    doc = new_doc("Calibri", 10, landscape=True, margins=2.0)
    header_footer(doc, "Arbeids- og sosialdepartementet", "ASD – rapportering 2019")
    para(doc, "Arbeids- og sosialdepartementet", bold=True, size=12)
    para(doc, "Oppfølging av Nasjonal kompetansepolitisk strategi – rapportering for 2019", bold=True, size=14)
    para(doc, "ASD rapporterer på samme skjema som for 2017 og 2018. Kolonnen «Tiltak i strategien» viser til "
              "nummereringen i strategiens tiltaksliste.")
    heads = ["Nr.", "Tiltak", "Tiltak i strategien¹", "Type", "Ansvarlig", "Samarbeidspartnere", "Varighet"]
    t = doc.add_table(rows=1 + len(ASD), cols=7)
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "DEEAF6")
    repeat_header(t.rows[0])
    for ri, m in enumerate(ASD, 1):
        c = t.rows[ri].cells
        vals = [f"{ri}.", m["title"], m["goal"], m["type"], m["resp"], m["partners"], m["period"]]
        for i, v in enumerate(vals):
            cell_text(c[i], v or "")
    set_col_widths(t, [1.0, 8.2, 2.6, 3.4, 2.2, 4.6, 3.6])
    para(doc, "¹ Tallene viser til de 16 nummererte tiltakene i Nasjonal kompetansepolitisk strategi, "
              "kapittel 5.", size=8, italic=True)
    para(doc, "")
    para(doc, "Departementet vil fra neste år gå over til å rapportere etter delmålene, i tråd med rådets "
              "anbefaling.", size=10)
    save_docx(doc, "asd_2019.pdf", pdf=True)


def _xml_p(runs, bold_all=False, size_half=None, space_after=60):
    """runs: list of (text, bold, italic)"""
    out = [f'<w:p><w:pPr><w:spacing w:after="{space_after}"/></w:pPr>']
    for text, b, i in runs:
        rpr = ""
        if b or bold_all:
            rpr += "<w:b/>"
        if i:
            rpr += "<w:i/>"
        if size_half:
            rpr += f'<w:sz w:val="{size_half}"/>'
        out.append(f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>')
    out.append("</w:p>")
    return "".join(out)


def render_hod():
    doc = new_doc("Calibri", 11)
    header_footer(doc, "Helse- og omsorgsdepartementet", None)
    para(doc, "Helse- og omsorgsdepartementet", bold=True, size=13, color="2E5597")
    para(doc, "Rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2020", bold=True, size=16)
    para(doc, "HOD rapporterer på tiltak innenfor helse- og omsorgssektoren som følger opp strategien. Tiltakene er "
              "satt opp i hver sin ramme. Flere av tiltakene er samarbeid med Kunnskapsdepartementet og KS.")
    for n, m in enumerate(HOD, 1):
        fields = [("Delmål", m["goal"]), ("Type tiltak", m["type"])]
        if m.get("partners_first"):
            fields += [("Samarbeid", m["partners"]), ("Ansvarlig", m["resp"])]
        else:
            fields += [("Ansvarlig", m["resp"]), ("Samarbeid", m["partners"])]
        fields += [("Periode", m["period"])]
        inner = [_xml_p([(m["title"], True, False)], size_half=24, space_after=120)]
        for lab, val in fields:
            inner.append(_xml_p([(lab + ": ", True, False), (val, False, False)], space_after=20))
        inner.append(_xml_p([("Beskrivelse: ", True, False), (m["desc"], False, False)], space_after=0))
        nchars = len(m["title"]) + len(m["desc"]) + sum(len(v or "") for _, v in fields)
        height = 64 + 13 * (nchars // 85) + 13 * len(fields)
        xml = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
               f'<v:rect id="tekstboks{n}" style="width:450pt;height:{height}pt" strokecolor="#2E5597" '
               f'strokeweight="1pt" fillcolor="#EEF3FA">'
               f'<v:textbox inset="8pt,6pt,8pt,6pt"><w:txbxContent>{"".join(inner)}</w:txbxContent></v:textbox>'
               f'</v:rect></w:pict></w:r></w:p>')
        doc.element.body.insert(len(doc.element.body) - 1, parse_xml(xml))
        para(doc, "")
    para(doc, "HOD vil i 2021 følge opp Kompetanseløftet 2025 i dialog med KS og arbeidstakerorganisasjonene.")
    para(doc, "Oslo, januar 2021")
    save_docx(doc, "hod_2020.docx")


def render_vofo():
    doc = new_doc("Georgia", 10.5)
    header_footer(doc, "VOFO – Voksenopplæringsforbundet", None)
    para(doc, "VOFOs rapportering til Kompetansepolitisk råd for 2018", bold=True, size=16, color="833C0B")
    para(doc, "Voksenopplæringsforbundet (VOFO) representerer frivillig sektor i Kompetansepolitisk råd. "
              "Nedenfor omtales tiltakene VOFO har arbeidet med i 2018. Tallet foran hver overskrift viser hvilket "
              "delmål i strategien tiltaket følger opp.")
    for m in VOFO:
        doc.add_heading(f"{m['goal']} – {m['title']}", level=2)
        para(doc, m["desc"])
        lines = [("Type", m["type"])]
        if m["resp"]:
            lines.append(("Ansvarlig", m["resp"]))
        lines.append(("Samarbeid", m["partners"]))
        if m["period"]:
            lines.append(("Periode", m["period"]))
        for lab, val in lines:
            p = doc.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            p.add_run(lab + ": ").italic = True
            p.add_run(val)
    para(doc, "")
    para(doc, "VOFO understreker at studieforbundene er en viktig arena for voksne som ikke deltar i annen "
              "opplæring, og ønsker å delta i arbeidet med ny strategi fra 2021.")
    para(doc, "Oslo, februar 2019")
    para(doc, "Generalsekretær, VOFO")
    save_docx(doc, "vofo_2018.docx")


def render_trondelag():
    doc = new_doc("Calibri", 11)
    header_footer(doc, "Trøndelag fylkeskommune", None, page_numbers=False)
    para(doc, "Trøndelag fylkeskommune", bold=True, size=13)
    para(doc, "Vår dato: 17.01.2022        Vår referanse: 2022/1184-2", size=9)
    para(doc, "Kompetanse Norge (HK-dir)\nSekretariatet for Kompetansepolitisk råd")
    para(doc, "Søknad om utsatt frist for rapportering av tiltak for 2021", bold=True, size=12)
    para(doc, "Vi viser til e-post av 2. desember 2021 med frist 21. januar 2022 for rapportering på oppfølgingen "
              "av Nasjonal kompetansepolitisk strategi.")
    para(doc, "På grunn av arbeidet med ny regional plan for kompetanse, som skal behandles i fylkestinget i "
              "februar, ber Trøndelag fylkeskommune om utsatt frist til 15. februar 2022. Vi tar sikte på å "
              "rapportere tiltak under delmål 1.2, 1.3 og 2.4, og vil samordne rapporteringen med Kompetanseforum "
              "Trøndelag slik at samme tiltak ikke rapporteres to ganger.")
    para(doc, "Dersom utsettelse ikke er mulig, ber vi om at rapporten fra 2020 blir lagt til grunn inntil videre.")
    para(doc, "Med hilsen")
    para(doc, "Seksjonsleder, Kompetanse og karriere\nTrøndelag fylkeskommune")
    para(doc, "Dokumentet er elektronisk godkjent og har derfor ikke håndskrevne signaturer.", italic=True, size=9)
    save_docx(doc, "trondelag_utsatt_frist_2021.pdf", pdf=True)


CONTACTS = [
    ("Kunnskapsdepartementet (KD)", "Ingrid Solheim Aas", "Seniorrådgiver", "22 24 00 01"),
    ("Arbeids- og sosialdepartementet (ASD)", "Trond Helge Rudi", "Fagdirektør", "22 24 00 02"),
    ("Kommunal- og moderniseringsdepartementet (KMD)", "Marte Lyngstad", "Rådgiver", "22 24 00 03"),
    ("Nærings- og fiskeridepartementet (NFD)", "Erlend Bakkevig", "Seniorrådgiver", "22 24 00 04"),
    ("LO", "Hilde Sæther Vik", "Rådgiver", "23 06 10 05"),
    ("NHO", "Jon Arild Fjeld", "Fagsjef kompetanse", "23 08 80 06"),
    ("KS", "Sigrid Haugland", "Spesialrådgiver", "24 13 26 07"),
    ("Unio", "Per Kristian Ødegård", "Seniorrådgiver", "23 06 10 08"),
    ("YS", "Aud Merete Berg", "Rådgiver", "21 01 36 09"),
    ("Virke", "Thomas Engen Li", "Fagsjef", "22 54 17 10"),
    ("Akademikerne", "Nora Vestly", "Seniorrådgiver", "23 10 34 11"),
    ("Spekter", "Kjetil Mo Sandvik", "Direktør", "23 28 30 12"),
    ("VOFO", "Liv Ragnhild Strand", "Seniorrådgiver", "22 47 60 13"),
    ("Sekretariatet (Kompetanse Norge)", "Anders Bøe Holm", "Seniorrådgiver", "38 10 15 14"),
]


def render_contacts():
    doc = new_doc("Calibri", 10.5)
    header_footer(doc, "Kompetansepolitisk råd – sekretariatet", None, page_numbers=False)
    para(doc, "Kontaktpersoner for rapporteringen til Kompetansepolitisk råd 2020", bold=True, size=14)
    para(doc, "Listen er oppdatert etter rådsmøtet i november. Gi beskjed til sekretariatet ved endringer. "
              "Rapportene for 2020 sendes til sekretariatet innen 22. januar 2021.")
    t = doc.add_table(rows=1 + len(CONTACTS), cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Organisasjon", "Kontaktperson", "Stilling", "Telefon"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9D9D9")
    for ri, row in enumerate(CONTACTS, 1):
        for i, v in enumerate(row):
            cell_text(t.rows[ri].cells[i], v)
    set_col_widths(t, [6.4, 4.2, 3.4, 2.6])
    save_docx(doc, "kontaktpersoner_kpr_2020.docx")


# ===========================================================================
# RENDERERS (reportlab)
# ===========================================================================
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
                                HRFlowable)

FONTDIR = "/usr/share/fonts/truetype"
pdfmetrics.registerFont(TTFont("LibSans", f"{FONTDIR}/liberation2/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LibSans-Bold", f"{FONTDIR}/liberation2/LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LibSans-Italic", f"{FONTDIR}/liberation2/LiberationSans-Italic.ttf"))
pdfmetrics.registerFont(TTFont("LibSerif", f"{FONTDIR}/liberation2/LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LibSerif-Bold", f"{FONTDIR}/liberation2/LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("LibSerif-Italic", f"{FONTDIR}/liberation2/LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Carlito", f"{FONTDIR}/crosextra/Carlito-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Carlito-Bold", f"{FONTDIR}/crosextra/Carlito-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Carlito-Italic", f"{FONTDIR}/crosextra/Carlito-Italic.ttf"))
from reportlab.lib.fonts import addMapping
for fam, reg, b, it in (("LibSans", "LibSans", "LibSans-Bold", "LibSans-Italic"),
                        ("LibSerif", "LibSerif", "LibSerif-Bold", "LibSerif-Italic"),
                        ("Carlito", "Carlito", "Carlito-Bold", "Carlito-Italic")):
    addMapping(fam, 0, 0, reg)
    addMapping(fam, 1, 0, b)
    addMapping(fam, 0, 1, it)
    addMapping(fam, 1, 1, b)


def S(name, font="LibSans", size=10, leading=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.25, **kw)


def X(s):
    return escape(s)


def render_ks():
    path = os.path.join(OUT, "ks_2018.pdf")
    page = landscape(A4)

    def deco(c, d):
        c.saveState()
        c.setFont("LibSans-Bold", 9)
        c.setFillColor(colors.HexColor("#00526E"))
        c.drawString(1.5 * cm, page[1] - 1.0 * cm, "KS – Kommunesektorens organisasjon")
        c.setFont("LibSans", 8)
        c.setFillColor(colors.grey)
        c.drawRightString(page[0] - 1.5 * cm, page[1] - 1.0 * cm, "Rapportering NKPS 2018")
        c.drawCentredString(page[0] / 2, 0.8 * cm, f"Side {d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=page, leftMargin=1.5 * cm, rightMargin=1.5 * cm, topMargin=1.6 * cm,
                            bottomMargin=1.4 * cm, title="KS rapportering 2018", author="KS")
    h = S("h", "LibSans-Bold", 15, textColor=colors.HexColor("#00526E"), spaceAfter=6)
    body = S("b", "LibSans", 10, spaceAfter=6)
    th = S("th", "LibSans-Bold", 9, textColor=colors.white)
    td = S("td", "LibSans", 9)
    tdb = S("tdb", "LibSans-Bold", 9)
    small = S("sm", "LibSans", 8, textColor=colors.HexColor("#404040"))
    story = [Paragraph("Tiltak som KS har gjennomført eller startet i 2018", h),
             Paragraph("KS rapporterer her på tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi. Tiltakene "
                       "omfatter både FoU-prosjekter finansiert av kommunesektoren og samarbeid med staten og "
                       "partene. Kolonnen «Delmål» viser til delmålene i strategien.", body), Spacer(1, 4)]
    data = [[Paragraph(x, th) for x in ["Nr", "Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
                                        "Tidsperiode"]]]
    for i, m in enumerate(KS, 1):
        data.append([Paragraph(str(i), td), [Paragraph(X(m["title"]), tdb), Spacer(1, 2), Paragraph(X(m["desc"]), small)],
                     Paragraph(X(m["goal"]), td), Paragraph(X(m["type"]), td), Paragraph(X(m["resp"]), td),
                     Paragraph(X(m["partners"] or ""), td), Paragraph(X(m["period"]), td)])
    widths = [1.0, 8.6, 1.8, 3.4, 3.6, 4.6, 3.7]
    t = Table(data, colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#00526E")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7F7F7F")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF5F8")]),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    story.append(t)
    story.append(Spacer(1, 10))
    story.append(Paragraph("I tillegg deltar KS i Kompetansebehovsutvalget, Samarbeidsrådet for yrkesopplæring og "
                           "Råd for samarbeid med arbeidslivet. Disse er rapportert av Regjeringen og er ikke "
                           "gjentatt i tabellen.", body))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def render_virke():
    path = os.path.join(OUT, "virke_2020.pdf")

    def deco(c, d):
        c.saveState()
        c.setFillColor(colors.HexColor("#1B5E3B"))
        c.rect(0, A4[1] - 1.3 * cm, A4[0], 1.3 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Carlito-Bold", 14)
        c.drawString(2 * cm, A4[1] - 0.85 * cm, "Virke")
        c.setFont("Carlito", 9)
        c.drawRightString(A4[0] - 2 * cm, A4[1] - 0.85 * cm, "Hovedorganisasjonen Virke  |  Rapport NKPS 2020")
        c.setFillColor(colors.grey)
        c.drawRightString(A4[0] - 2 * cm, 1.0 * cm, str(d.page))
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2.2 * cm,
                            bottomMargin=1.8 * cm, title="Virke – rapport 2020", author="Virke")
    h = S("h", "Carlito-Bold", 18, textColor=colors.HexColor("#1B5E3B"), spaceAfter=8, leading=22)
    body = S("b", "Carlito", 11, spaceAfter=6, leading=14)
    bt = S("bt", "Carlito-Bold", 12, leading=15, spaceAfter=4)
    lab = S("lab", "Carlito", 10.5, leading=13)
    story = [Paragraph("Virkes tiltak for kompetanse i 2020", h),
             Paragraph("Virke organiserer virksomheter i handel, tjenesteyting, kunnskap og ideell sektor. Året har "
                       "vært preget av omstilling og permitteringer, og Virke har prioritert kompetanse for ansatte "
                       "som risikerer å miste jobben. Under følger tiltakene vi rapporterer for 2020.", body),
             Spacer(1, 6)]
    for m in VIRKE:
        inner = [Paragraph(X(m["title"]) + " " + X(m["goal"]), bt)]
        for l, key in (("Ansvar", "resp"), ("Partnere", "partners"), ("Type", "type"), ("Når", "period")):
            if m[key]:
                inner.append(Paragraph(f"<b>{l}:</b> {X(m[key])}", lab))
        inner.append(Spacer(1, 4))
        inner.append(Paragraph(X(m["desc"]), lab))
        box = Table([[inner]], colWidths=[17 * cm])
        box.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#E8F3EC")),
            ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor("#1B5E3B")),
            ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]))
        story.append(KeepTogether([box, Spacer(1, 10)]))
    story.append(Paragraph("Virke bidrar gjerne i rådets videre arbeid med å evaluere strategien. "
                           "Spørsmål kan rettes til Virkes avdeling for kompetanse og arbeidsliv.", body))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def render_kmd():
    path = os.path.join(OUT, "kmd_2018.pdf")

    def deco(c, d):
        c.saveState()
        c.setFont("LibSerif", 8)
        c.setFillColor(colors.grey)
        c.drawCentredString(A4[0] / 2, 1.0 * cm, f"Side {d.page}")
        if d.page == 1:
            c.setFont("LibSerif", 7.5)
            c.drawString(2.5 * cm, 1.6 * cm, "Postadresse: Postboks 8112 Dep, 0032 Oslo   Kontoradresse: Akersgata 59   "
                                            "Telefon: 22 24 90 90   Org.nr.: 972 417 858")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm, topMargin=2 * cm,
                            bottomMargin=2.3 * cm, title="Rapportering fra KMD", author="KMD")
    lh = S("lh", "LibSerif-Bold", 14, leading=17)
    lh2 = S("lh2", "LibSerif", 9, leading=11, textColor=colors.HexColor("#404040"))
    body = S("b", "LibSerif", 11, leading=14.5, spaceAfter=6)
    sub = S("sub", "LibSerif-Bold", 11.5, leading=14, spaceBefore=8, spaceAfter=3)
    meta = S("meta", "LibSerif", 10, leading=12.5)
    right = S("r", "LibSerif", 10, alignment=TA_RIGHT)
    story = [Paragraph("DET KONGELIGE<br/>KOMMUNAL- OG MODERNISERINGSDEPARTEMENT", lh), Spacer(1, 28)]
    addr = Table([[Paragraph("Kompetanse Norge<br/>Sekretariatet for Kompetansepolitisk råd<br/>Postboks 2000<br/>2402 Elverum", meta),
                   Paragraph("Deres ref<br/><br/>Vår ref<br/>18/2145-3<br/><br/>Dato<br/>14. desember 2018", lh2)]],
                 colWidths=[11 * cm, 5 * cm])
    addr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [addr, Spacer(1, 20),
              Paragraph("<b>Rapportering fra Kommunal- og moderniseringsdepartementet – oppfølging av Nasjonal "
                        "kompetansepolitisk strategi 2018</b>", S("subj", "LibSerif-Bold", 12, leading=15,
                                                                   spaceAfter=10)),
              Paragraph("Vi viser til brev fra sekretariatet om rapportering på oppfølgingen av strategien. KMD har "
                        "ansvar for regional utvikling, distriktspolitikk og kommunesektoren, og har i 2018 særlig "
                        "arbeidet med regionreformen. Departementet rapporterer følgende tiltak:", body)]
    for m in KMD:
        blk = [Paragraph(X(m["title"]), sub), Paragraph(X(m["desc"]), body)]
        goal = m["goal"]
        if goal.startswith("delmål"):
            blk.append(Paragraph(f"<i>Delmål:</i> {X(goal)}", meta))
        else:
            blk.append(Paragraph(f"<i>Knytning til strategien:</i> {X(goal)}", meta))
        if m["resp"]:
            blk.append(Paragraph(f"<i>Ansvar:</i> {X(m['resp'])}", meta))
        blk.append(Paragraph(f"<i>Type:</i> {X(m['type'])}", meta))
        blk.append(Paragraph(f"<i>Samarbeid:</i> {X(m['partners'])}", meta))
        blk.append(Paragraph(f"<i>Tidsrom:</i> {X(m['period'])}", meta))
        story.append(KeepTogether(blk))
    story += [Spacer(1, 12),
              Paragraph("KMD vil i 2019 følge opp arbeidet med overføring av oppgaver til fylkeskommunene i nært "
                        "samarbeid med Kunnskapsdepartementet og Arbeids- og sosialdepartementet.", body),
              Spacer(1, 10), Paragraph("Med hilsen", body), Spacer(1, 14)]
    sig = Table([[Paragraph("Kari Egge Rønning (e.f.)<br/>ekspedisjonssjef", meta),
                  Paragraph("Sverre Moen Huse<br/>seniorrådgiver", meta)]], colWidths=[8 * cm, 8 * cm])
    sig.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story += [sig, Spacer(1, 10),
              Paragraph("<i>Dokumentet er elektronisk godkjent</i>", S("ek", "LibSerif-Italic", 8.5)),
              Spacer(1, 8), Paragraph("Kopi: Kunnskapsdepartementet, Arbeids- og sosialdepartementet", meta)]
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def render_kud():
    path = os.path.join(OUT, "kud_2021.pdf")

    def deco(c, d):
        c.saveState()
        c.setFont("LibSans", 8)
        c.setFillColor(colors.grey)
        c.drawString(2.2 * cm, A4[1] - 1.2 * cm, "Kulturdepartementet  ·  Notat")
        c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.2 * cm, "Unntatt offentlighet: Nei")
        c.drawRightString(A4[0] - 2.2 * cm, 1.0 * cm, f"{d.page}")
        c.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm, topMargin=2.0 * cm,
                            bottomMargin=1.8 * cm, title="KuD notat NKPS 2021", author="KuD")
    h = S("h", "LibSans-Bold", 14, leading=18, spaceAfter=4)
    meta = S("m", "LibSans", 9, leading=12, textColor=colors.HexColor("#404040"))
    body = S("b", "LibSans", 10, leading=13.5, spaceAfter=6)
    lab = S("lab", "LibSans-Bold", 9.5, leading=13)
    val = S("val", "LibSans", 9.5, leading=13)
    valb = S("valb", "LibSans-Bold", 10, leading=13)
    story = [Paragraph("Notat", S("n", "LibSans", 20, leading=24, textColor=colors.HexColor("#7B2C3B"))),
             Spacer(1, 4),
             Paragraph("Til: Sekretariatet for Kompetansepolitisk råd<br/>Fra: Kulturdepartementet, "
                       "Avdeling for sivilsamfunn og frivillighet<br/>Dato: 25.01.2022", meta),
             Spacer(1, 10),
             Paragraph("Kulturdepartementets tiltak i 2021 – oppfølging av Nasjonal kompetansepolitisk strategi", h),
             Paragraph("Kulturdepartementet har ansvar for frivillighetspolitikken og for tilskuddet til "
                       "studieforbundene etter voksenopplæringsloven. Departementets tiltak følger derfor først og "
                       "fremst opp strategiens mål om læring i frivillig sektor.", body),
             Spacer(1, 4)]
    for m in KUD:
        rows = [("Tiltak", Paragraph(X(m["title"]), valb)), ("Delmål", Paragraph(X(m["goal"]), val)),
                ("Type", Paragraph(X(m["type"]), val)), ("Ansvar", Paragraph(X(m["resp"]), val)),
                ("Samarbeid", Paragraph(X(m["partners"]), val)), ("Periode", Paragraph(X(m["period"]), val)),
                ("Om tiltaket", Paragraph(X(m["desc"]), val))]
        t = Table([[Paragraph(a, lab), b] for a, b in rows], colWidths=[3.2 * cm, 13.4 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        story.append(KeepTogether([HRFlowable(width="100%", thickness=0.8, color=colors.HexColor("#7B2C3B"),
                                              spaceBefore=6, spaceAfter=6), t]))
    story += [HRFlowable(width="100%", thickness=0.8, color=colors.HexColor("#7B2C3B"), spaceBefore=6,
                         spaceAfter=10),
              Paragraph("Saksbehandler: seniorrådgiver i Avdeling for sivilsamfunn og frivillighet.", meta)]
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ===========================================================================
# expected.json, README, main
# ===========================================================================

def expected():
    out = {}
    for fname, f in FILES.items():
        out[fname] = {
            "reporter": f["reporter"], "report_year": f["year"], "template": f["template"],
            "measures": [{"title": m["title"], "delmal": m["delmal"], "type": m["type"], "responsible": m["resp"],
                          "partners": m["partners"], "period": m["period"], "description": m["desc"]}
                         for m in f["measures"]],
        }
    return out


def readme():
    lines = ["# Blind test batch 4", "",
             "Generated by `make_batch.py` (all content and `expected.json` come from the data in that script).",
             "Reporter/year, number of measures, template and what is unusual:", ""]
    for fname, f in FILES.items():
        lines.append(f"- **{fname}** ({f['reporter']} {f['year']}, {len(f['measures'])} tiltak): "
                     f"{f['template']}. Unusual: {f['note']}")
    lines += ["", "Ground-truth conventions: titles without numbering/goal text (multi-line titles joined with one "
              "space); delmål expanded from ranges and old NKPS tiltak numbers (n → n-th delmål); type/responsible/"
              "partners/period/description exactly as written, null when the field is absent or empty. In "
              "spekter_2020.docx the prose under '2. Ansvarlig og samarbeidspartnere' is given whole as "
              "'responsible' (partners null). Where a report says the reporter is responsible for everything "
              "(KD, KMD, VOFO) without a per-measure field, 'responsible' is null.", ""]
    return "\n".join(lines)


def main():
    os.makedirs(BUILD, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith((".pdf", ".docx")):
            os.remove(os.path.join(OUT, f))
    for fn in (render_kd, render_lo, render_nho, render_ks, render_ys, render_virke, render_unio, render_akad,
               render_spekter, render_mr, render_vestland, render_kmd, render_asd, render_hod, render_kud,
               render_vofo, render_trondelag, render_contacts):
        fn()
        print("ok", fn.__name__)
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme())
    missing = set(FILES) - set(os.listdir(OUT))
    extra = {f for f in os.listdir(OUT) if f.endswith((".pdf", ".docx"))} - set(FILES)
    print("missing:", missing, "extra:", extra)


if __name__ == "__main__":
    main()
