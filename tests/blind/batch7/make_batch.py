#!/usr/bin/env python3
"""Blind test batch 7: NKPS follow-up reports (2018-2021) with ground truth.

Every file and expected.json are written from the data held in this script.
Run with the venv at /work/blind/.venv7 (reportlab, python-docx, lxml);
LibreOffice (soffice) converts some of the .docx files to PDF.

    /work/blind/.venv7/bin/python make_batch.py
"""
import json
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (KeepTogether, Paragraph, SimpleDocTemplate,
                                Spacer, Table, TableStyle)
from reportlab.lib.fonts import addMapping

OUT = os.path.dirname(os.path.abspath(__file__))


# ---------------------------------------------------------------------------
# Data model
# ---------------------------------------------------------------------------
def M(title, delmal, goal, type_, resp, partners, period, desc):
    """One measure.

    goal      -- the goal reference exactly as the report prints it
    delmal    -- the delmål codes the report means (ground truth)
    type_/resp/partners/period/desc -- as printed; None = field not in the
                 report, "" = field printed but left empty (both -> null)
    desc may be a list of paragraphs (joined with one space in the truth).
    """
    return dict(title=title, delmal=delmal, goal=goal, type=type_,
                responsible=resp, partners=partners, period=period,
                description=desc)


def truth_value(v):
    if v is None:
        return None
    if isinstance(v, list):
        v = " ".join(v)
    v = v.strip()
    if v in ("", "–", "-"):
        return None
    return v


def paras(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


AREA = {
    1: "Gode valg for den enkelte og for samfunnet",
    2: "Læring i arbeidslivet",
    3: "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}
AREA_NN = {
    1: "Gode val for den enkelte og for samfunnet",
    2: "Læring i arbeidslivet",
    3: "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet",
}
DELMAL_TEXT = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU) bestående av forskere, analytikere og representanter for alle hovedorganisasjonene i arbeidslivet og departementene.",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle, og legge bedre til rette for regionalt samarbeid mellom ulike kompetanseaktører.",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning, med særlig vekt på de regionale karrieresentrene.",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet, for å gjøre utdanningen relevant og for å gi bedre tilgang på kvalifisert arbeidskraft i alle regioner.",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken for å utnytte den teknologiske utviklingen og sikre nødvendig omstilling.",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet og spesielt kunnskapen om verdien av å investere i kompetanseutvikling.",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker.",
    "2.4": "Arbeide mer systematisk for å koble kompetansebehov i virksomheter, klynger og næringsmiljø til utdannings- og opplæringstilbydere.",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet.",
    "2.6": "Forenkle og forbedre systemene for godkjenning og vurdering av utenlandsk utdanning, yrkeskvalifikasjoner og kompletterende utdanning.",
    "3.1": "Gi fleksibel opplæring på voksnes premisser med sikte på raskere overgang til arbeid eller videre opplæring.",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene, inkludert prosjekter i samiske områder.",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken, og benytte arbeidslivet mer aktivt som læringsarena.",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere.",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere som trenger kvalifisering for å komme i jobb.",
    "3.6": "Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom opplæring i frivillig sektor.",
}

# ---------------------------------------------------------------------------
# The reports
# ---------------------------------------------------------------------------
FILES = {}

# 1 -------------------------------------------------------------------- KS
FILES["ks_2019.docx"] = dict(
    reporter="KS", year=2019, fmt="docx",
    template="Word: one two-column form table (label | answer) per measure, labels 'Navn på tiltak', 'Relasjon til delmål' ..., grouped under main-area headings; bold 'Tiltak n' captions above tables",
    groups=[
        (1, [
            M("Deltakelse i Råd for samarbeid med arbeidslivet (RSA) ved universiteter og høyskoler",
              ["1.4"], "1.4", "Råd/utvalg/nettverk", "KS",
              "UH-institusjonene, Unio, NHO, Virke", "Løpende",
              "KS deltar i RSA ved flere universiteter og høyskoler og bruker plassene til å løfte kommunesektorens behov for praksisplasser og relevante studietilbud innen helse, oppvekst og teknikk."),
            M("Pilotering av funksjonen lærerspesialist – deltakelse i nasjonal arbeidsgruppe",
              ["1.4"], "delmål 1.4", "Kurs/utdanning", "KS",
              "KD, Utdanningsdirektoratet, Utdanningsforbundet", "2018–2019",
              "Arbeidsgruppen har fulgt piloteringen i 28 kommuner og gitt råd om hvordan videreutdanning for lærerspesialister kan organiseres i samarbeid med lærerutdanningene."),
        ]),
        (2, [
            M("KS Læring – digital delingsplattform for kommunesektoren",
              ["2.1", "2.2"], "2.1 og 2.2", "Informasjon", "KS",
              "Kommuner og fylkeskommuner", "2017–2020",
              "KS Læring er en plattform der kommuner kan dele kurs, arrangementer og annen kunnskap med egne ansatte og med hverandre. I 2019 ble det utviklet nye e-læringskurs om personvern og digital samhandling, og over 300 kommuner bruker nå plattformen."),
            M("Kommunesektorens arbeidslivsmonitor 2019",
              ["2.2"], "Delmål 2.2", "FoU", "KS", "",
              "Rapport publisert september 2019",
              "Monitoren gir oversikt over kompetansebehov, rekruttering og bruk av etter- og videreutdanning i kommunesektoren. Resultatene brukes i KS' dialog med kommunene om strategisk kompetanseplanlegging."),
            M("Utredning: «Finansieringsmodeller for etter- og videreutdanning i kommunesektoren»",
              ["2.2"], "2.2", "FoU", "KS", "Samfunnsøkonomisk analyse",
              "Høsten 2019 – våren 2020",
              "Utredningen skal beskrive hvordan kommuner og fylkeskommuner finansierer etter- og videreutdanning i dag, og vurdere modeller for delt finansiering mellom arbeidsgiver, arbeidstaker og staten."),
        ]),
        (3, [
            M("Kompetansepluss i kommunene: grunnleggende ferdigheter for ufaglærte i helse og omsorg",
              ["3.2", "3.3"], "3.2, 3.3", "Prosjekt", "KS",
              "Kompetanse Norge, Fagforbundet", "2019–2021",
              "Prosjektet hjelper kommuner å søke midler fra Kompetansepluss arbeid og å kombinere opplæring i lesing, skriving og digitale ferdigheter med veien mot fagbrev som helsefagarbeider."),
        ]),
    ],
)

# 2 -------------------------------------------------------------------- LO
FILES["lo_2020.pdf"] = dict(
    reporter="LO", year=2020, fmt="docx2pdf",
    template="Landscape Word table rendered to PDF, one row per measure: Nr. | Tiltak | Delmål | Type tiltak | Ansvarlig | Samarbeidspartnere | Tidsrom; no description column; intro, comments and signature around it",
    measures=[
        M("Arendalsuka 2020: debatt om «Kompetansereformen – hvem tar regningen?»",
          ["2.2"], "2.2", "Arrangement", "LO", "NHO, KD", "August 2020 (digitalt)", None),
        M("Notat «Tariffavtalenes betydning i kompetansepolitikken» – oppdatert utgave",
          ["2.2"], "2.2", "FoU", "LO", "Fafo", "2020", None),
        M("Forslag om større satsing på regionale karrieresentre og karriereveiledning for voksne i arbeid",
          ["1.3"], "1.3", "Råd/utvalg/nettverk", "LO", "", "Løpende", None),
        M("Observatørplass i UHRs fagstrategiske enheter",
          ["1.4"], "1.4", "Råd/utvalg/nettverk", "LO", "UHR, NHO", "2018–2021", None),
        M("Bransjeprogram for industri- og byggenæringen – deltakelse i programrådet",
          ["2.1", "2.4"], "2.1 / 2.4", "Kurs/utdanning", "LO/Fellesforbundet",
          "Norsk Industri, BNL, Kompetanse Norge", "2019–2021", None),
        M("Hurtigsporet for nyankomne flyktninger: informasjonsmøter for tillitsvalgte",
          ["3.3", "3.4"], "3.3-3.4", "Informasjon", "LO", "NAV, IMDi", "Våren 2020", None),
        M("Kompetanseløft for tillitsvalgte om digitalisering (Digi-skolen)",
          ["2.1"], "2.1", "Kurs/utdanning", "LO", "AOF Norge", "Høsten 2020", None),
        M("Fagbrev på jobb – felles veileder for partene",
          ["2.5", "3.1"], "2.5, 3.1", "Informasjon", "LO, NHO", "Utdanningsdirektoratet", "2020", None),
    ],
)

# 3 ------------------------------------------------------------------- NHO
FILES["nho_2018.pdf"] = dict(
    reporter="NHO", year=2018, fmt="reportlab",
    template="reportlab PDF: numbered headings '1. <title>' with a borderless key/value block (Delmål with old tiltak no. in parentheses, Type tiltak, Ansvarlig, Samarbeid, Tidsrom) and an unlabelled description paragraph; running header and page footer",
    measures=[
        M("Rapport om fagarbeideres bidrag til innovasjon i bedriftene",
          ["2.2"], "2.2 (NKPS tiltak nr. 6)", "FoU", "NHO", "Fafo", "Ferdigstilt juni 2018",
          "Rapporten dokumenterer hvordan fagarbeidere bidrar til forbedringer og nyskaping i industri- og servicebedrifter, og hva bedriftene gjør for å utvikle kompetansen deres videre."),
        M("«Jenter og teknologi» – nasjonal kampanje for tredje år på rad",
          ["2.3"], "2.3 (NKPS tiltak nr. 7)", "Informasjon", "NHO",
          "LO, Abelia, Norsk Industri, NTNU", "Hele 2018",
          "Kampanjen besøker ungdomsskoler og videregående skoler for å vise jenter karrieremuligheter i teknologifag, både på yrkesfag og i høyere utdanning."),
        M("Utarbeidelse av rapporten «Yrkesopplæringsnemndas rolle og ansvar»",
          ["1.2"], "1.2 (NKPS tiltak nr. 2)", "FoU", "NHO", "Partene i arbeidslivet", "Våren 2018",
          "Rapporten beskriver hvordan yrkesopplæringsnemndene kan bli en sterkere regional aktør i dimensjoneringen av fag- og yrkesopplæringen."),
        M("Bestilt rapport: Gode eksempler på kompetanseutviklingsstrategier i næringslivet",
          ["2.2", "2.4"], "2.2 og 2.4 (NKPS tiltak nr. 6 og 8)", "FoU", "NHO", None, "2018",
          "Ti medlemsbedrifter av ulik størrelse er intervjuet om hvordan de planlegger og finansierer kompetanseutvikling, og hvordan de samarbeider med fagskoler og høyskoler."),
        M("Skatteinsentiv for kompetanse – utredning av 2–3 alternative modeller",
          ["2.2"], "2.2 (NKPS tiltak nr. 6)", "FoU", "NHO", "Menon Economics", "Høsten 2018",
          "Utredningen beskriver alternative innretninger på et skatteinsentiv som gjør det mer lønnsomt for virksomheter å investere i ansattes kompetanse."),
        M("Kampanje i fire byer for Hurtigsporet: flyktningers kompetanse som rekrutteringsmulighet",
          ["3.3", "3.4"], "3.3 og 3.4 (NKPS tiltak nr. 13 og 14)", "Informasjon", "NHO",
          "NAV og kommunene Bergen, Bodø, Drammen og Fredrikstad", "Mars–juni 2018",
          "Frokostmøter for lokale bedrifter der NAV og kommunene presenterte kandidater fra introduksjonsprogrammet og ordninger for arbeidspraksis og opplæring."),
        M("Kompetansepluss arbeid i NHO-bedrifter (kobling til fagopplæring)",
          ["3.2"], "3.2 (NKPS tiltak nr. 12)", "Prosjekt", "NHO Service og Handel",
          "Kompetanse Norge", "2018–2019",
          "Forsøk der ansatte uten fullført videregående opplæring får grunnleggende ferdigheter gjennom Kompetansepluss arbeid, som første trinn mot fagbrev."),
    ],
)

# 4 ---------------------------------------------------------------- Spekter
FILES["spekter_2019.pdf"] = dict(
    reporter="Spekter", year=2019, fmt="docx2pdf",
    template="Word to PDF: numbered list 'Rapporteringspunkter' with 'Relasjon til NKPS tiltak nr …' (old numbers), then one form per measure on its own page with four numbered headings; the period paragraphs carry leaked Word list numbers 6.–10.; no type field",
    measures=[
        M("Møteplass lærebedrifter 2019 – årlig samling for Spekters lærebedrifter",
          ["1.4", "2.3"], "Relasjon til NKPS tiltak nr. 4 og 7.", None, "Spekter",
          "Medlemsvirksomhetene, Fafo, opplæringskontorer",
          "Gjennomført 7. mars 2019. Tiltaket gjennomføres hvert år i mars.",
          ["Møteplassen samler medlemsvirksomheter som er eller ønsker å bli lærebedrifter, for erfaringsutveksling og faglig påfyll.",
           "Tema i 2019 var kvalitet i fagopplæringen og samarbeidet mellom skoler og lærebedrifter i helse- og transportsektoren."]),
        M("Fagskolekonferansen 2019: Fagskoleutdanning i spesialisthelsetjenesten",
          ["2.3"], "Relasjon til NKPS tiltak nr 7.", None, "Spekter",
          "LO/Fagforbundet, YS/Delta", "En dag, 14. november 2019.",
          "Konferansen rettet oppmerksomhet mot fagskoleutdanninger for helsefagarbeidere og synliggjorde karrieremuligheter for fagarbeidere i sykehusene."),
        M("Søkekonferanse om Kompetansepluss arbeid for medlemsvirksomhetene",
          ["3.2"], "Relasjon til NKPS tiltak nr 12.", None, "Spekter",
          "Kompetanse Norge", "Halv dag i september 2019; vurderes gjentatt i 2020.",
          "Medlemsvirksomhetene fikk informasjon om ordningen, hva som kreves for å søke og gode eksempler fra virksomheter som allerede har gjennomført prosjekter."),
        M("Arbeidsgivernettverk for HR-direktører: kompetanse og omstilling i helseforetakene",
          ["2.1", "2.2"], "Relasjon til NKPS tiltak nr. 5 og 6.", None, "Spekter",
          "Medlemsvirksomhetene", "Løpende, fire møter i året.",
          "Nettverket drøfter hvordan digitalisering endrer kompetansebehovene, og hvordan virksomhetene kan måle verdien av investeringer i kompetanse."),
        M("Konferanse om integrering av flyktninger og innvandrere i arbeidslivet",
          ["3.4"], "Relasjon til NKPS tiltak nr 14.", None, "Spekter", "IMDi, NAV",
          "En dag i oktober 2019.",
          "Konferansen skal øke kunnskapen om støtteordninger og virkemidler, og vise praktiske eksempler fra medlemsvirksomheter som har tatt inn deltakere fra introduksjonsprogrammet."),
    ],
)

# 5 --------------------------------------------------------------------- KD
FILES["kd_2021.docx"] = dict(
    reporter="KD", year=2021, fmt="docx",
    template="Word, Regjeringen's report by KD: Heading 1 per main area, Heading 2 = measure title, bold inline labels (Delmål:, Type tiltak:, Ansvarlig:, Samarbeidspartnere:, Periode:) then unlabelled description paragraphs; one partner field written as a dash",
    groups=[
        (1, [
            M("Kompetansebehovsutvalget (KBU) – temarapporter og nytt mandat",
              ["1.1"], "1.1", "Råd/utvalg/nettverk", "KD",
              "ASD, KMD, NFD, partene i arbeidslivet, forskere", "2017–2023",
              ["Utvalget fulgte i 2021 opp hovedrapporten NOU 2020: 2 med temarapporter om fagskolesektoren og om kompetansebehov i helse og omsorg.",
               "Mandatet ble i 2021 forlenget med en ny periode."]),
            M("Kompetanseforum i fylkene: tilskudd til regionale kompetansestrategier (2021–2022)",
              ["1.2"], "1.2", "Prosjekt", "KD",
              "Fylkeskommunene, HK-dir (tidligere Kompetanse Norge)", "2021–2022",
              "Fylkeskommunene kan søke om midler til å utarbeide regionale kompetansestrategier sammen med NAV, partene og utdanningsinstitusjonene i regionen."),
            M("Nasjonal digital karriereveiledning – videreutvikling av chat og telefontjeneste",
              ["1.3"], "1.3", "Informasjon", "KD", "HK-dir", "Løpende fra 2019",
              "Tjenesten ble i 2021 utvidet med lengre åpningstid og egne sider for permitterte og ledige, og hadde over 60 000 samtaler."),
            M("Stortingsmelding om arbeidsrelevans og fleksibel utdanning (Meld. St. 14 (2019–2020) «Kompetansereformen – Lære hele livet»), oppfølging",
              ["1.4", "2.4"], "1.4 og 2.4", "FoU", "KD", "UH-sektoren, partene i arbeidslivet",
              "2020–2021",
              "Oppfølgingen omfatter tiltak for mer fleksible og modulbaserte tilbud ved universiteter, høyskoler og fagskoler, utviklet i samarbeid med arbeidslivet."),
        ]),
        (2, [
            M("Bransjeprogrammer for kompetanseutvikling: utvidelse til nye bransjer",
              ["2.1", "2.4"], "2.1, 2.4", "Kurs/utdanning", "KD",
              "Partene i arbeidslivet, HK-dir, utdanningsinstitusjoner", "2020–2021",
              "Trepartsprogrammene ble i 2021 utvidet til blant annet reiseliv, varehandel og kommunal sektor, med korte og arbeidsplassnære tilbud."),
            M("Tilskudd til fleksible videreutdanningstilbud i digital kompetanse – utlysning 2021",
              ["2.1"], "2.1", "Kurs/utdanning", "KD",
              "HK-dir, NHO, LO, KS, Virke, Spekter, YS, Unio, Akademikerne", "2021",
              "Utlysningen ga midler til 45 nye tilbud innen blant annet IKT-sikkerhet, programmering og digital forretningsutvikling."),
            M("Fagbrev på jobb og praksisbrev: nasjonale retningslinjer",
              ["2.5"], "2.5", "Informasjon", "KD",
              "Utdanningsdirektoratet, fylkeskommunene", "2021",
              "Retningslinjene skal gjøre det enklere for voksne å få dokumentert og godkjent kompetanse de har bygget opp i arbeidslivet."),
            M("Ny godkjenningsordning for utenlandsk fagskoleutdanning – evaluering",
              ["2.6"], "2.6", "FoU", "KD", "NOKUT", "2021–2022",
              "Evalueringen skal vise om ordningen som ble åpnet i 2019 gir raskere og mer forutsigbar godkjenning for søkerne."),
        ]),
        (3, [
            M("Forsøk med forberedende voksenopplæring (FVO), sluttevaluering",
              ["3.1"], "3.1", "FoU", "KD", "HK-dir, kommuner, NIFU", "2019–2021",
              "Sluttrapporten fra forsøket ble levert høsten 2021 og danner grunnlag for arbeidet med en ny modell for grunnleggende opplæring for voksne."),
            M("Ny integreringslov: karriereveiledning og kompetansekartlegging i introduksjonsprogrammet",
              ["1.3", "3.4"], "1.3 og 3.4", "Prosjekt", "KD og IMDi", "–",
              "Trådte i kraft 1. januar 2021",
              ["Alle deltakere skal få kartlagt kompetansen sin og få karriereveiledning før sluttmål for programmet fastsettes.",
               "Fylkeskommunene har fått ansvar for karriereveiledningen."]),
        ]),
    ],
)

# 6 -------------------------------------------------------- Vestland (nn)
FILES["vestland_fylkeskommune_2020.pdf"] = dict(
    reporter="Vestland fylkeskommune", year=2020, fmt="docx2pdf",
    template="Nynorsk Word to PDF: grouped by delmål headings ('Delmål 1.2 – <nynorsk paraphrase>', one 'Delmål 1.4 og 2.4'), a 5-column table per group (Tiltak | Type tiltak | Ansvarleg | Samarbeidspartnarar | Tidsrom), no descriptions",
    groups=[
        ("Delmål 1.2 – Styrkje regionalt folkevalt nivå sitt kompetansepolitiske ansvar og samordningsrolle", [
            M("Kompetanseforum Vestland – etablering av eit regionalt partnarskap for kompetanse",
              ["1.2"], None, "Råd/utval/nettverk", "Vestland fylkeskommune",
              "NAV Vestland, LO, NHO, KS, Fylkesmannen, HVL, UiB", "2020–2022", None),
            M("Regional kompetansestrategi for Vestland 2021–2024 (høyringsutkast)",
              ["1.2"], None, "Prosjekt", "Vestland fylkeskommune", "Kompetanseforum Vestland",
              "Hausten 2020", None),
        ]),
        ("Delmål 1.3 – Tilgang til karriererettleiing for alle", [
            M("Karriere Vestland: samanslåing av karrieresentera i tidlegare Hordaland og Sogn og Fjordane",
              ["1.3"], None, "Prosjekt", "Vestland fylkeskommune", "NAV Vestland",
              "Frå 1. januar 2020", None),
        ]),
        ("Delmål 1.4 og 2.4 – Samarbeid mellom utdanningstilbydarar og arbeidslivet", [
            M("Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland innan tekniske fag",
              ["1.4", "2.4"], None, "Kurs/utdanning", "Vestland fylkeskommune",
              "Høgskulen på Vestlandet, Fagskulen Vestland", "2019–2021", None),
            M("«Treparts bransjeprogram» for havbruk – etter- og vidareutdanning for tilsette",
              ["1.4", "2.4"], None, "Kurs/utdanning", "Fagskulen Vestland",
              "Sjømat Norge, Fellesforbundet", "2020", None),
        ]),
        ("Delmål 3.5 – Opplæringstilbod for arbeidssøkjarar", [
            M("Helsefagarbeidar for minoritetsspråklege etter «Sogn og Fjordane-modellen»",
              ["3.5"], None, "Kurs/utdanning", "Vestland fylkeskommune", "NAV, kommunane",
              "2020–2021", None),
        ]),
    ],
)

# 7 ------------------------------------------------- Møre og Romsdal (nn)
FILES["more_og_romsdal_fk_2019.docx"] = dict(
    reporter="Møre og Romsdal fylkeskommune", year=2019, fmt="docx",
    template="Nynorsk Word: main-area headings, each measure a bullet with bold title, a description paragraph and sub-bullets 'Delmål:', 'Type tiltak:', 'Ansvarleg:', 'Samarbeidspartnarar:', 'Tidsrom:' (one left empty)",
    groups=[
        (1, [
            M("Kompetansealliansen Møre og Romsdal – samarbeid om framtidas kompetansebehov i regionen",
              ["1.2"], "1.2", "Råd/utval/nettverk", "Møre og Romsdal fylkeskommune",
              "Næringsliv og klynger, høgskulane, fagskulen, dei vidaregåande skulane",
              "Etablert våren 2019",
              "Alliansen skal samle aktørane om eit felles kunnskapsgrunnlag og bli einige om kva kompetanse regionen treng dei neste ti åra."),
            M("Karrieresenter for alle over 19 år og kompetanseheving for karriererettleiarar",
              ["1.3"], "1.3", "Prosjekt", "Møre og Romsdal fylkeskommune", "NAV Møre og Romsdal",
              "2019–2020",
              "Karrieresenteret opnar for alle vaksne, og alle rettleiarar i fylket får tilbod om vidareutdanning i karriererettleiing."),
            M("Bedriftsintern opplæring (BIO) – førebuing til overføring frå NAV",
              ["1.2", "2.4"], "1.2 og 2.4", "Råd/utval/nettverk", "Møre og Romsdal fylkeskommune",
              "NAV, Innovasjon Norge", "Hausten 2019",
              "Fylkeskommunen har sett ned ei arbeidsgruppe som skal leggje til rette for at fylket kan forvalte BIO-midlane frå 2020."),
        ]),
        (3, [
            M("Plan for opplæring og arbeidspraksis for innvandrarar",
              ["3.3", "3.4"], "3.3 / 3.4", "Kurs/utdanning", "Møre og Romsdal fylkeskommune",
              "Kommunane, IMDi", "2019–2021",
              "Planen samordnar norskopplæring, vidaregåande opplæring og arbeidspraksis slik at fleire innvandrarar kan fullføre fag- eller sveinebrev."),
            M("Fagbrev på jobb – opplæring av vaksne tilsette i kommunal helse- og omsorgsteneste",
              ["3.1"], "3.1", "Kurs/utdanning", "Møre og Romsdal fylkeskommune", "",
              "Frå hausten 2019",
              "Tilsette med lang praksis kan ta fagbrev som helsefagarbeidar medan dei er i jobb, med opplæring lagt til arbeidsplassen."),
        ]),
    ],
)

# 8 ------------------------------------------------------------------ Virke
FILES["virke_2020.pdf"] = dict(
    reporter="Virke", year=2020, fmt="reportlab",
    template="reportlab PDF: one boxed card table per measure, title in a dark header band, rows 'Mål i strategien' (goals given only in the delmål's own words), 'Kategori', 'Ansvar', 'Partnere', 'Tidsperiode', 'Kort om tiltaket'; one card lacks the Partnere row",
    measures=[
        M("Studie: «Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?»",
          ["2.1", "2.2"],
          "Styrke den digitale kompetansen i hele arbeidsstyrken; styrke kunnskapsgrunnlaget om læring i arbeidslivet",
          "FoU", "Virke", "Samfunnsøkonomisk analyse, Handel og Kontor, NAV", "2019–2020",
          "Studien viser at automatisering og netthandel flytter oppgaver fra kasse og lager til kundeveiledning, logistikk og dataanalyse, og at behovet for korte, bransjerettede kurs øker."),
        M("Balansekunst 2.0 – modell for å beskrive kompetanse bygget opp i arbeidslivet",
          ["2.5"], "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
          "FoU", "Virke", "LO, YS, NHO", "2020",
          "Videreutvikling av modellen fra 2018, prøvd ut i tolv virksomheter innen handel, reiseliv og ideell sektor."),
        M("Bransjeprogram for varehandelen: digital kompetanse for butikkansatte",
          ["2.4"], "Koble kompetansebehov i virksomhetene til utdannings- og opplæringstilbydere",
          "Kurs/utdanning", "Virke og Handel og Kontor", "Kompetanse Norge, fagskoler",
          "Høsten 2020 – 2021",
          "Programmet gir ansatte i varehandelen nettbaserte moduler i netthandel, kundeservice og vareflyt, utviklet sammen med fagskolene."),
        M("Virke HR-nettverk: kompetansestrategier i små og mellomstore virksomheter",
          ["2.2"], "Kunnskapen om verdien av å investere i kompetanseutvikling",
          "Råd/utvalg/nettverk", "Virke", None, "Løpende",
          "Nettverket møtes fire ganger i året og deler verktøy for kompetansekartlegging og planlegging."),
        M("Arendalsuka 2020: «Livslang læring i praksis – hvem tar ansvaret?»",
          ["1.4"], "Samarbeid mellom utdanningstilbydere og arbeidslivet for å gjøre utdanningen relevant",
          "Arrangement", "Virke", "Unio, KD", "August 2020",
          "Debatt med statsråd, rektorer og ledere fra arbeidslivet om hvordan utdanningsinstitusjonene kan lage tilbud som passer for folk i jobb."),
    ],
)

# 9 ------------------------------------------------------------------- Unio
FILES["unio_2019.pdf"] = dict(
    reporter="Unio", year=2019, fmt="docx2pdf",
    template="Landscape Word table to PDF, one row per measure; goals only as old 'NKPS tiltak nr.' (single, 'x og y', range 'nr. 11–13'); columns Tiltak | NKPS tiltak nr. | Type | Ansvarlig | Samarbeid | Beskrivelse / status; no period",
    measures=[
        M("Utredning av modeller for finansiering av etter- og videreutdanning",
          ["2.2"], "6", "FoU", "Unio", "Proba samfunnsanalyse", None,
          "Rapporten sammenligner modeller for delt finansiering og ble presentert for Kompetansepolitisk råd i mai 2019."),
        M("Rapport: Kompetanseheving av helsepersonell – utfordringer og muligheter",
          ["2.2"], "6", "FoU", "Unio", "Ny Analyse", None,
          "Kartlegger hvordan sykepleiere og andre helsearbeidere får tid og midler til videreutdanning i kommunene og sykehusene."),
        M("Unios digitaliseringspolitikk: workshop og tillitsvalgtskolering",
          ["2.1", "2.2"], "5 og 6", "Arrangement", "Unio", "Medlemsforbundene", None,
          "Workshop med forbundene i mars 2019; temaet er tatt inn i skoleringen av tillitsvalgte fra høsten."),
        M("Aktiv bruk av studieforbund – kompetansehevende kurs for medlemmer",
          ["3.6"], "16", "Kurs/utdanning", "Unio", "Unios forbund", None,
          "Forbundene bruker studieforbundene til kurs i blant annet tillitsvalgtarbeid og arbeidsrett."),
        M("Deltakelse i Råd for samarbeid med arbeidslivet (RSA)",
          ["1.4"], "4", "Råd/utvalg/nettverk", "Unio", "UH-institusjonene, KS, Virke, NHO", None,
          "Unio er representert i RSA ved de fleste statlige høyskoler. Løpende."),
        M("Innspill til kompetansereformen «Lære hele livet»",
          ["3.1", "3.2", "3.3"], "nr. 11–13", "Informasjon", "Unio", "", None,
          "Skriftlige innspill og deltakelse på innspillsmøter om voksnes rett til opplæring og Kompetansepluss."),
    ],
)

# 10 ------------------------------------------------------------------ VOFO
FILES["vofo_2018.docx"] = dict(
    reporter="VOFO", year=2018, fmt="docx",
    template="Word: Heading 1 per delmål ('Delmål 3.6 – …'), Heading 2 'Tiltak n: <title>' numbered across the report, bold-label paragraphs (Type tiltak:, Ansvarlig:, Samarbeidspartnere:, Tidsperiode:, Beskrivelse:); one empty partner field",
    groups=[
        ("Delmål 3.6 – Læringsmotivasjon gjennom opplæring i frivillig sektor", [
            M("Forskningsprosjekt om studieforbundene som læringskatalysatorer",
              ["3.6"], None, "FoU", "VOFO", "Fafo", "2018–2019",
              "Prosjektet undersøker hvordan kurs i studieforbund motiverer voksne med lite formell utdanning til videre læring."),
            M("Regelverks- og praksisendring i studieforbundsordningen",
              ["3.6"], None, "Råd/utvalg/nettverk", "VOFO", "Studieforbundene", "2018",
              "VOFO har gitt innspill til KD om endringer i forskrift om studieforbund, blant annet om krav til timetall og dokumentasjon."),
            M("Informasjonsprosjekt om inkludering i frivillig sektor",
              ["3.6"], None, "Prosjekt", "VOFO", "Studieforbundene og kursarrangører", "2018",
              "Veileder og nettkurs for kursarrangører om hvordan innvandrere og andre grupper kan rekrutteres til studieforbundenes kurs."),
        ]),
        ("Delmål 3.2 – Kompetansepluss", [
            M("Evaluering av Kompetansepluss frivillighet",
              ["3.2"], None, "FoU", "VOFO", "", "Våren 2018",
              "VOFO har gjennomgått erfaringene fra de første årene med ordningen og foreslått forenklinger i søknadsprosessen."),
        ]),
        ("Delmål 1.2 – Regionalt samarbeid", [
            M("Partnerskapsavtaler med fylkeskommunene – samhandling om regional kompetansepolitikk",
              ["1.2"], None, "Informasjon", "VOFO", "Fylkeskommunene", "2018–2020",
              "VOFO-regionene har inngått eller forhandler om partnerskapsavtaler med sju fylkeskommuner."),
        ]),
    ],
)

# 11 ------------------------------------------------------------------- ASD
FILES["asd_2020.pdf"] = dict(
    reporter="ASD", year=2020, fmt="reportlab",
    template="reportlab landscape matrix: Delmål (code + delmål text, cell spanned over its rows) | Tiltak | Type tiltak | Ansvarlig | Samarbeidspartnere | Tidsrom, header repeated; no descriptions",
    groups=[
        ("1.2", [
            M("Overføring av bedriftsintern opplæring (BIO) til fylkeskommunene",
              ["1.2"], None, "Råd/utvalg/nettverk", "ASD", "KMD, fylkeskommunene, AVdir", "Fra 2020", None),
        ]),
        ("2.2", [
            M("Evaluering av arbeidsmarkedsopplæringen (AMO)",
              ["2.2"], None, "FoU", "ASD", "Frisch-senteret, Fafo", "2019–2021", None),
        ]),
        ("3.3", [
            M("Revisjon av tiltaksforskriften: styrket vekt på yrkesopplæring i arbeidsmarkedstiltak",
              ["3.3"], None, "Kurs/utdanning", "ASD", "Arbeids- og velferdsdirektoratet", "2019–2020", None),
            M("Ny IA-avtale 2019–2022: kompetansetiltak for å stå i arbeid",
              ["3.3"], None, "Råd/utvalg/nettverk", "ASD", "Partene i arbeidslivet", "2019–2022", None),
            M("Inkluderingsdugnaden – opplæring for personer med nedsatt funksjonsevne og hull i CV-en",
              ["3.3"], None, "Prosjekt", "ASD", "KMD, NAV", "2018–2020", None),
        ]),
        ("3.4", [
            M("Arbeidspraksis og norsktrening i introduksjonsprogrammet (NAV og kommunene)",
              ["3.4"], None, "Prosjekt", "ASD og KD", "IMDi, kommunene", "2020", None),
        ]),
        ("3.5", [
            M("Opplæringstiltaket (ny tiltaksvariant fra 2019)",
              ["3.5"], None, "Kurs/utdanning", "ASD", "AVdir", "Fra 1. januar 2019", None),
            M("Toårig yrkesrettet opplæring for arbeidssøkere, utprøving i NAV-fylkene",
              ["3.5"], None, "Kurs/utdanning", "AVdir", "Fylkeskommunene", "2020–2021", None),
            M("Kurs i grunnleggende ferdigheter og norsk for arbeidssøkere",
              ["3.5"], None, "Kurs/utdanning", "NAV", "Kompetanse Norge", "Løpende", None),
        ]),
    ],
)

# 12 ---------------------------------------------------------- Akademikerne
FILES["akademikerne_2021.docx"] = dict(
    reporter="Akademikerne", year=2021, fmt="docx",
    template="Word: one 4-column table per measure with CAPITAL labels (TILTAK spanning, DELMÅL | … | TYPE | …, ANSVARLIG | … | PARTNERE | …, TIDSROM, OM TILTAKET spanning); one measure with empty PARTNERE and TIDSROM",
    measures=[
        M("Forskningsrapport «Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre»",
          ["2.2"], "delmål 2.2", "FoU", "Akademikerne/Econa", "Ny Analyse", "2021",
          "Rapporten viser at høyt utdannede deltar mye i uformell læring, men at mange mangler tid og finansiering til formell videreutdanning."),
        M("Karriereveiledning for medlemmer i overgangen mellom utdanning og arbeid",
          ["1.3"], "1.3", "Informasjon", "Akademikerne", "Medlemsforeningene", "Løpende",
          "Foreningene tilbyr karrieresamtaler, CV-gjennomgang og webinarer for studenter og nyutdannede."),
        M("Kartlegging: Behovet for etter- og videreutdanning i høyutdanningsgruppene (2021)",
          ["2.2", "2.4"], "2.2, 2.4", "FoU", "Akademikerne/Tekna", "Tekna", "Våren 2021",
          "Spørreundersøkelse blant 6 000 medlemmer om hvilke tilbud de etterspør, og om arbeidsgiverne legger til rette for deltakelse."),
        M("Webinarserie om digital omstilling for akademikere i offentlig sektor",
          ["2.1"], "2.1", "Arrangement", "Akademikerne", "Samfunnsviterne, Econa", "Høsten 2021",
          "Fem webinarer om bruk av data, automatisering og nye arbeidsformer, med til sammen om lag 1 800 deltakere."),
        M("Innspill til Kompetansebehovsutvalget (KBU)",
          ["1.1"], "1.1", "Råd/utvalg/nettverk", "Akademikerne", "", "",
          "Akademikerne er representert i KBU og har gitt skriftlige innspill til utvalgets temarapporter."),
    ],
)

# 13 -------------------------------------------------------------------- YS
FILES["ys_2021.pdf"] = dict(
    reporter="YS", year=2021, fmt="docx2pdf",
    template="Word to PDF: Heading per measure = title, one italic meta line 'Delmål: … · Type: … · Ansvar: … · Partnere: … · Periode: …' (ranges like 2.2–2.4), then a description paragraph",
    measures=[
        M("Kompetansebehov i YS-forbundenes bransjer – intern kartlegging 2021",
          ["2.2"], "2.2", "FoU", "YS", "Negotia, Parat, Delta", "2021",
          "Forbundene har kartlagt hvilke kompetansebehov medlemmene i handel, finans og offentlig sektor melder om etter pandemien."),
        M("YS Arbeidslivsbarometer: endringer i arbeidslivet knyttet til nye digitale løsninger",
          ["2.1", "2.2"], "2.1-2.2", "FoU", "YS", "AFI ved OsloMet", "Publisert november 2021",
          "Barometeret spør 3 000 arbeidstakere om digitalisering, opplæring på jobben og hvem som betaler for den."),
        M("«Ta utdanning – uten å miste jobben»: informasjonskampanje om kompetansereformen",
          ["2.2", "2.3", "2.4"], "2.2–2.4", "Informasjon", "YS", "HK-dir", "Høsten 2021",
          "Kampanjen i sosiale medier informerer om fleksible tilbud, bransjeprogrammene og mulighetene for fagbrev for voksne."),
        M("Samarbeid om flyktningers vei inn i arbeidslivet — Hurtigsporet i Oslo",
          ["3.3"], "3.3", "Prosjekt", "Oslo kommune", "YS, Virke", "2018–2021",
          "Prosjektet kombinerer norskopplæring med arbeidspraksis og er nå overført til Oslo kommune som et varig tilbud."),
        M("Bransjeprogram for varehandel og reiseliv: deltakelse i styringsgruppen",
          ["2.1", "2.4"], "2.1, 2.4", "Råd/utvalg/nettverk", "YS",
          "Virke, NHO Reiseliv", "2020–2022",
          "YS bidrar til å prioritere hvilke kurs som skal utvikles for ansatte som er permittert eller står i fare for å miste jobben."),
        M("Yrkesfagdagen 2021 – karrieremuligheter i yrkesfagene",
          ["2.3"], "2.3", "Arrangement", "YS", "Parat, Delta", "Oktober 2021",
          "Åpen konferanse for rådgivere, lærlinger og tillitsvalgte om veier videre etter fagbrev, blant annet fagskole og y-vei."),
    ],
)

# 14 ------------------------------------------------------- Trøndelag (nb)
FILES["trondelag_fylkeskommune_2021.docx"] = dict(
    reporter="Trøndelag fylkeskommune", year=2021, fmt="docx",
    template="Word: one 6-column table (Tiltak | Delmål | Type | Ansvarlig | Partnere | Periode) where each measure row is followed by a full-width merged row 'Beskrivelse: …'",
    measures=[
        M("Kompetanseløft Trøndelag (DigiT) – digitaliseringsutvalg for kommunene",
          ["2.1"], "2.1", "Råd/utvalg/nettverk", "Trøndelag fylkeskommune",
          "KS, Statsforvalteren i Trøndelag, kommunene", "2019–2022",
          "Utvalget koordinerer opplæring i digitale verktøy for ansatte i de 38 kommunene i fylket."),
        M("Regional plan for kompetanse og kvalifisering 2021–2030",
          ["1.2"], "1.2", "Prosjekt", "Trøndelag fylkeskommune",
          "NAV Trøndelag, NTNU, LO, NHO, KS", "Vedtatt juni 2021",
          "Planen peker ut satsingsområder for kompetansepolitikken i regionen og fordeler ansvaret mellom partnerne."),
        M("Karrieresenteret i Trøndelag: veiledning for voksne arbeidssøkere og permitterte",
          ["1.3", "3.1"], "1.3, 3.1", "Informasjon", "Trøndelag fylkeskommune", "NAV",
          "2020–2021",
          "Ekstra veiledningskapasitet under pandemien, med digitale timer og faste kontordager på NAV-kontorene."),
        M("Yrkesfagløftet – hospitering for yrkesfaglærere i bedrift",
          ["2.3"], "delmål 2.3", "Kurs/utdanning", "Trøndelag fylkeskommune",
          "Bedrifter, opplæringskontorer", "Skoleåret 2021/22",
          "Yrkesfaglærere hospiterer en til to uker i lærebedrifter for å holde seg oppdatert på teknologi og arbeidsmåter."),
        M("Modulstrukturert fagopplæring for voksne (forsøk)",
          ["3.1"], "3.1", "Kurs/utdanning", "Trøndelag fylkeskommune",
          "Udir, NAV", "2017–2022",
          "Voksne tar fag- og svennebrev i moduler, med mulighet for å kombinere opplæringen med jobb."),
    ],
)

# 15 ---------------------------------------------- no measures: blank form
FILES["kompetanse_norge_rapporteringsmal_2021.docx"] = dict(
    reporter="Kompetanse Norge", year=2021, fmt="docx", measures=[],
    template="No measures: the directorate's letter asking members to report, with the blank reporting form (labels, empty answer cells) and the 16 delmål listed as an appendix",
)

# 16 ---------------------------------------------- no measures: NFD letter
FILES["nfd_2019.pdf"] = dict(
    reporter="NFD", year=2019, fmt="docx2pdf", measures=[],
    template="No measures: NFD's short reply letter (Word to PDF) saying its measures are included in the Government's joint report; mentions programmes and delmål 2.4 only in prose",
)


def all_measures(spec):
    if "groups" in spec:
        return [m for _, ms in spec["groups"] for m in ms]
    return spec["measures"]


# ---------------------------------------------------------------------------
# python-docx helpers
# ---------------------------------------------------------------------------
def new_doc(font="Calibri", size=11, land=False, margin=2.2):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for hs in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        d.styles[hs].font.name = font
        rf = d.styles[hs].element.rPr.rFonts
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        rf.set(qn("w:ascii"), font)
        rf.set(qn("w:hAnsi"), font)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if land:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margin))
    return d


def add_field(p, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def header_footer(d, header=None, footer=None, page=True, page_prefix="Side ",
                  header_align=WD_ALIGN_PARAGRAPH.RIGHT):
    sec = d.sections[0]
    if header:
        p = sec.header.paragraphs[0]
        p.alignment = header_align
        r = p.add_run(header)
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer:
        r = fp.add_run(footer + ("   " if page else ""))
        r.font.size = Pt(8.5)
    if page:
        r = fp.add_run(page_prefix)
        r.font.size = Pt(8.5)
        add_field(fp, "PAGE")


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, italic=False, color=None):
    cell.text = ""
    items = paras(text) if text is not None else [""]
    for i, t in enumerate(items):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)


def widths(table, cms):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for i, w in enumerate(cms):
        table.columns[i].width = Cm(w)
        for c in table.columns[i].cells:
            c.width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def no_split(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:cantSplit")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def label_para(d, label, value, style=None, sep=" "):
    p = d.add_paragraph(style=style)
    r = p.add_run(label)
    r.bold = True
    if value:
        p.add_run(sep + value)
    return p


def para(d, text, style=None, bold=False, italic=False, size=None, align=None, space_after=None):
    p = d.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------------------
# reportlab helpers
# ---------------------------------------------------------------------------
FONT_DIR = "/usr/share/fonts/truetype/liberation2"


def rl_fonts():
    if "LSans" in pdfmetrics.getRegisteredFontNames():
        return
    for name, f in (("LSans", "LiberationSans-Regular.ttf"), ("LSans-B", "LiberationSans-Bold.ttf"),
                    ("LSans-I", "LiberationSans-Italic.ttf"), ("LSans-BI", "LiberationSans-BoldItalic.ttf"),
                    ("LSerif", "LiberationSerif-Regular.ttf"), ("LSerif-B", "LiberationSerif-Bold.ttf"),
                    ("LSerif-I", "LiberationSerif-Italic.ttf"), ("LSerif-BI", "LiberationSerif-BoldItalic.ttf")):
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, f)))
    for fam in ("LSans", "LSerif"):
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")


def PS(name, font="LSans", size=10, lead=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=lead or size * 1.3, **kw)


def P(text, style):
    return Paragraph(escape(text), style)


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------
def build_ks(spec, path):
    d = new_doc(font="Calibri", size=11)
    header_footer(d, header="KS – Kommunesektorens organisasjon", footer="Rapportering NKPS 2019")
    para(d, "Rapportering til Kompetansepolitisk råd", style="Title")
    para(d, "KS' oppfølging av Nasjonal kompetansepolitisk strategi – tiltak i 2019", bold=True, size=13)
    para(d, "KS rapporterer her på tiltak som er gjennomført eller igangsatt i 2019. Tiltakene er ordnet etter "
            "strategiens tre hovedinnsatsområder. For tiltak som løper over flere år, er status per desember 2019 beskrevet.")
    labels = [("Navn på tiltak", "title"), ("Relasjon til delmål", "goal"), ("Type tiltak", "type"),
              ("Ansvarlig", "responsible"), ("Samarbeidspartnere", "partners"),
              ("Tidspunkt og varighet", "period"), ("Beskrivelse", "description")]
    n = 0
    for area, ms in spec["groups"]:
        d.add_heading(f"Hovedinnsatsområde {area}: {AREA[area]}", level=2)
        for m in ms:
            n += 1
            para(d, f"Tiltak {n}", bold=True, space_after=2)
            t = d.add_table(rows=len(labels), cols=2)
            t.style = "Table Grid"
            for i, (lab, key) in enumerate(labels):
                set_cell(t.rows[i].cells[0], lab, bold=True)
                shade(t.rows[i].cells[0], "DCE6F1")
                set_cell(t.rows[i].cells[1], m[key] or "", bold=(key == "title"))
            widths(t, [4.6, 12.0])
            d.add_paragraph()
    para(d, "Oslo, 31. januar 2020")
    para(d, "Med hilsen")
    para(d, "KS\nAvdeling for arbeidsgiverpolitikk")
    d.save(path)


def build_lo(spec, path):
    d = new_doc(font="Arial", size=10, land=True, margin=2.0)
    header_footer(d, header="LO – Landsorganisasjonen i Norge", footer="LOs rapportering 2020", page_prefix="side ")
    para(d, "LOs rapportering til Kompetansepolitisk råd 2020", bold=True, size=16)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi 2017–2021", italic=True, size=11)
    para(d, "Tabellen under viser tiltak LO og forbundene har arbeidet med i 2020. Koronapandemien har preget året, og "
            "flere arrangementer er gjennomført digitalt. Delmål er oppgitt med nummer fra strategien.")
    cols = ["Nr.", "Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsrom"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        set_cell(t.rows[0].cells[i], c, bold=True, color="FFFFFF")
        shade(t.rows[0].cells[i], "C8102E")
    repeat_header(t.rows[0])
    for n, m in enumerate(spec["measures"], 1):
        r = t.add_row()
        no_split(r)
        vals = [f"{n}.", m["title"], m["goal"], m["type"], m["responsible"], m["partners"], m["period"]]
        for i, v in enumerate(vals):
            set_cell(r.cells[i], v or "", size=9.5)
    widths(t, [1.1, 7.6, 2.0, 3.7, 3.3, 4.6, 3.4])
    d.add_paragraph()
    para(d, "Kommentarer", bold=True)
    para(d, "LO mener kompetansereformen må følges opp med mer penger til fleksible tilbud, og at partene må ha en "
            "sentral rolle i bransjeprogrammene også etter 2021. Vi deltar gjerne i videre drøftinger i rådet.")
    para(d, "Med vennlig hilsen\nLandsorganisasjonen i Norge\n\nKari Nordmann\nrådgiver, Samfunnspolitisk avdeling")
    d.save(path)


def build_nho(spec, path):
    rl_fonts()
    h = PS("h", "LSans-B", 12, spaceBefore=14, spaceAfter=5, textColor=colors.HexColor("#003366"))
    body = PS("b", "LSans", 10, spaceAfter=6)
    lab = PS("l", "LSans-B", 9.5)
    val = PS("v", "LSans", 9.5)
    title = PS("t", "LSans-B", 18, lead=22, spaceAfter=4, textColor=colors.HexColor("#003366"))
    sub = PS("s", "LSans", 11, spaceAfter=14)

    def deco(c, doc):
        c.saveState()
        c.setFont("LSans", 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(2.2 * cm, A4[1] - 1.3 * cm, "NHO – Næringslivets Hovedorganisasjon")
        c.drawRightString(A4[0] - 2.2 * cm, A4[1] - 1.3 * cm, "Rapportering til Kompetansepolitisk råd 2018")
        c.line(2.2 * cm, A4[1] - 1.45 * cm, A4[0] - 2.2 * cm, A4[1] - 1.45 * cm)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, f"Side {doc.page}")
        c.restoreState()

    story = [P("NHOs oppfølging av Nasjonal kompetansepolitisk strategi", title),
             P("Rapport for 2018", sub),
             P("Innledning", h),
             P("NHO har i 2018 prioritert kunnskapsgrunnlaget om læring i arbeidslivet og arbeidet med fag- og "
               "yrkesopplæringen. Under følger sju tiltak. For hvert tiltak er delmålet oppgitt, med strategiens "
               "tidligere tiltaksnummer i parentes.", body)]
    for n, m in enumerate(spec["measures"], 1):
        block = [P(f"{n}. {m['title']}", h)]
        rows = []
        for label, key in (("Delmål", "goal"), ("Type tiltak", "type"), ("Ansvarlig", "responsible"),
                           ("Samarbeid", "partners"), ("Tidsrom", "period")):
            if m[key] is None:
                continue
            rows.append([P(label, lab), P(m[key], val)])
        t = Table(rows, colWidths=[3.2 * cm, 13.4 * cm])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
        block += [t, Spacer(1, 4)]
        for ptxt in paras(m["description"]):
            block.append(P(ptxt, body))
        story.append(KeepTogether(block))
    story += [P("Oppsummering", h),
              P("NHO vil i 2019 videreføre arbeidet med skatteinsentiver og følge opp rapportene over i dialog med "
                "myndighetene og de andre partene i Kompetansepolitisk råd.", body),
              Spacer(1, 10),
              P("Oslo, februar 2019", body),
              P("Ole Hansen, fagsjef kompetanse, NHO", body)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.2 * cm, bottomMargin=2 * cm, title="NHO rapportering NKPS 2018",
                            author="NHO")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def build_spekter(spec, path):
    d = new_doc(font="Times New Roman", size=12, margin=2.5)
    header_footer(d, header="Spekter", page=True, page_prefix="")
    # the adviser's list style: number at 0, text at 1 cm
    numbering = d.part.numbering_part.element
    num_id = d.styles["List Number"].element.xpath("./w:pPr/w:numPr/w:numId")[0].get(qn("w:val"))
    abs_id = numbering.xpath(f'./w:num[@w:numId="{num_id}"]/w:abstractNumId')[0].get(qn("w:val"))
    lvl = numbering.xpath(f'./w:abstractNum[@w:abstractNumId="{abs_id}"]/w:lvl[@w:ilvl="0"]')[0]
    for tab in lvl.iter(qn("w:tab")):
        tab.set(qn("w:pos"), "567")
    for ind in lvl.iter(qn("w:ind")):
        ind.set(qn("w:left"), "567")
        ind.set(qn("w:hanging"), "567")
    para(d, "Spekters rapportering for 2019", bold=True, size=16)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi", bold=True, size=13)
    para(d, "")
    para(d, "Rapporteringspunkter:", bold=True)
    for m in spec["measures"]:
        para(d, m["title"], style="List Number")
        p = para(d, m["goal"])
        p.paragraph_format.left_indent = Cm(1.0)
    for m in spec["measures"]:
        page_break(d)
        para(d, "1. Tiltaket", bold=True)
        p = para(d, m["title"])
        p.paragraph_format.left_indent = Cm(0.5)
        p = para(d, m["goal"])
        p.paragraph_format.left_indent = Cm(0.5)
        para(d, "2. Ansvarlig og samarbeidspartnere", bold=True)
        p = para(d, "Ansvarlig: " + m["responsible"])
        p.paragraph_format.left_indent = Cm(0.5)
        p = para(d, "Samarbeidspartnere: " + (m["partners"] or ""))
        p.paragraph_format.left_indent = Cm(0.5)
        para(d, "3. Beskrivelse av tiltaket (maks en halv side)", bold=True)
        for t in paras(m["description"]):
            p = para(d, t)
            p.paragraph_format.left_indent = Cm(0.5)
        para(d, "4. Tidspunkt og varighet", bold=True)
        # The adviser styled this paragraph as a numbered list by mistake:
        # Word's numbering continues from the list above (6., 7., ...).
        para(d, m["period"], style="List Number")
    d.save(path)


def build_kd(spec, path):
    d = new_doc(font="Calibri", size=11)
    header_footer(d, header="Kunnskapsdepartementet", footer="Regjeringens rapportering – NKPS 2021")
    para(d, "Regjeringens rapportering for 2021", style="Title")
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi. Utarbeidet av Kunnskapsdepartementet på vegne av "
            "departementene.", italic=True)
    d.add_heading("Innledning", level=1)
    para(d, "2021 var strategiperiodens siste år. Regjeringen har videreført kompetansereformen «Lære hele livet», og "
            "flere tiltak er forsterket som følge av koronapandemien. Fra 1. juli 2021 ble Kompetanse Norge en del av "
            "Direktoratet for høyere utdanning og kompetanse (HK-dir).")
    for area, ms in spec["groups"]:
        d.add_heading(f"Hovedinnsatsområde {area}: {AREA[area]}", level=1)
        for m in ms:
            d.add_heading(m["title"], level=2)
            label_para(d, "Delmål:", m["goal"])
            label_para(d, "Type tiltak:", m["type"])
            label_para(d, "Ansvarlig:", m["responsible"])
            label_para(d, "Samarbeidspartnere:", m["partners"])
            label_para(d, "Periode:", m["period"])
            for t in paras(m["description"]):
                para(d, t)
    d.add_heading("Avslutning", level=1)
    para(d, "Departementene vil i 2022 legge fram en ny strategi for kompetansepolitikken i samarbeid med partene i "
            "arbeidslivet og frivilligheten.")
    d.save(path)


def build_vestland(spec, path):
    d = new_doc(font="Arial", size=10, margin=1.6)
    header_footer(d, header="Vestland fylkeskommune – Rapportering NKPS 2020", footer="", page_prefix="Side ")
    para(d, "Rapportering frå Vestland fylkeskommune 2020", bold=True, size=15)
    para(d, "Oppfølging av Nasjonal kompetansepolitisk strategi", size=11)
    para(d, "Vestland fylkeskommune vart etablert 1. januar 2020. Tiltaka under er sorterte etter delmåla i "
            "strategien, og omfattar både tiltak vidareførte frå tidlegare Hordaland og Sogn og Fjordane og nye tiltak.")
    cols = ["Tiltak", "Type tiltak", "Ansvarleg", "Samarbeidspartnarar", "Tidsrom"]
    for heading, ms in spec["groups"]:
        d.add_heading(heading, level=2)
        t = d.add_table(rows=1, cols=len(cols))
        t.style = "Table Grid"
        for i, c in enumerate(cols):
            set_cell(t.rows[0].cells[i], c, bold=True, size=9.5)
            shade(t.rows[0].cells[i], "E2EFD9")
        for m in ms:
            r = t.add_row()
            no_split(r)
            for i, k in enumerate(("title", "type", "responsible", "partners", "period")):
                set_cell(r.cells[i], m[k] or "", size=9.5)
        widths(t, [5.8, 3.2, 2.8, 3.8, 2.2])
        d.add_paragraph()
    para(d, "Bergen, februar 2021")
    para(d, "Seksjon for kompetanse og karriere")
    d.save(path)


def build_mr(spec, path):
    d = new_doc(font="Calibri", size=11)
    header_footer(d, header="Møre og Romsdal fylkeskommune", footer="NKPS – rapport 2019")
    para(d, "Møre og Romsdal fylkeskommune", bold=True, size=12)
    para(d, "Rapportering på Nasjonal kompetansepolitisk strategi 2019", style="Title")
    para(d, "Fylkeskommunen har i 2019 arbeidd vidare med rolla som regional kompetanseaktør. Under følgjer tiltaka "
            "våre, ordna etter hovudinnsatsområde.")
    for area, ms in spec["groups"]:
        d.add_heading(f"Hovudinnsatsområde {area}: {AREA_NN[area]}", level=1)
        for m in ms:
            p = d.add_paragraph(style="List Bullet")
            p.add_run(m["title"]).bold = True
            for t in paras(m["description"]):
                q = para(d, t)
                q.paragraph_format.left_indent = Cm(0.63)
            for lab, k in (("Delmål:", "goal"), ("Type tiltak:", "type"), ("Ansvarleg:", "responsible"),
                           ("Samarbeidspartnarar:", "partners"), ("Tidsrom:", "period")):
                q = d.add_paragraph(style="List Bullet 2")
                q.add_run(lab + (" " + m[k] if m[k] else ""))
    para(d, "")
    para(d, "Molde, 15. februar 2020")
    para(d, "Utdanningsavdelinga")
    d.save(path)


def build_virke(spec, path):
    rl_fonts()
    base = PS("b", "LSerif", 10.5, spaceAfter=6)
    h1 = PS("h1", "LSans-B", 17, lead=21, spaceAfter=6, textColor=colors.HexColor("#00594F"))
    hdr = PS("hd", "LSans-B", 10.5, textColor=colors.white)
    lab = PS("l", "LSans-B", 9)
    val = PS("v", "LSans", 9.5)

    def deco(c, doc):
        c.saveState()
        c.setFillColor(colors.HexColor("#00594F"))
        c.rect(0, A4[1] - 0.9 * cm, A4[0], 0.9 * cm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("LSans-B", 9)
        c.drawString(2 * cm, A4[1] - 0.6 * cm, "VIRKE")
        c.setFont("LSans", 8)
        c.drawRightString(A4[0] - 2 * cm, A4[1] - 0.6 * cm, "Kompetansepolitisk råd · Rapport 2020")
        c.setFillColor(colors.HexColor("#444444"))
        c.drawRightString(A4[0] - 2 * cm, 1.1 * cm, str(doc.page))
        c.restoreState()

    story = [P("Virkes tiltak 2020", h1),
             P("Nasjonal kompetansepolitisk strategi – årlig rapportering", PS("s", "LSans", 11, spaceAfter=12)),
             P("Virke følger opp strategien gjennom analyser, bransjeprogram og møteplasser for medlemmene. "
               "Vi har i år valgt å beskrive hvilke mål i strategien tiltakene svarer på med strategiens egne ord.",
               base), Spacer(1, 6)]
    for m in spec["measures"]:
        rows = [[P(m["title"], hdr), ""]]
        for label, key in (("Mål i strategien", "goal"), ("Kategori", "type"), ("Ansvar", "responsible"),
                           ("Partnere", "partners"), ("Tidsperiode", "period"), ("Kort om tiltaket", "description")):
            if m[key] is None:
                continue
            rows.append([P(label, lab), P(" ".join(paras(m[key])), val)])
        t = Table(rows, colWidths=[3.6 * cm, 13.4 * cm])
        t.setStyle(TableStyle([("SPAN", (0, 0), (1, 0)),
                               ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#00594F")),
                               ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#E8F1EF")),
                               ("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#00594F")),
                               ("LINEBELOW", (0, 1), (-1, -2), 0.3, colors.HexColor("#9DBFB8")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        story += [KeepTogether([t]), Spacer(1, 12)]
    story += [P("Kontaktperson: Ingrid Berg, fagsjef kompetanse og utdanning, Virke", base)]
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=1.8 * cm, title="Virke – rapportering NKPS 2020", author="Virke")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def build_unio(spec, path):
    d = new_doc(font="Calibri", size=10.5, land=True, margin=2.0)
    header_footer(d, header="Unio – hovedorganisasjon for universitetsutdannede", footer="Rapportering 2019")
    para(d, "Unios rapportering til Kompetansepolitisk råd for 2019", bold=True, size=15)
    para(d, "Vi viser til strategiens nummererte liste over tiltak (NKPS tiltak nr. 1–16). Tabellen angir hvilket "
            "tiltaksnummer hvert av Unios tiltak knytter seg til.")
    cols = ["Tiltak", "NKPS tiltak nr.", "Type", "Ansvarlig", "Samarbeid", "Beskrivelse / status"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        set_cell(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], "FCE4D6")
    repeat_header(t.rows[0])
    for m in spec["measures"]:
        r = t.add_row()
        no_split(r)
        for i, k in enumerate(("title", "goal", "type", "responsible", "partners", "description")):
            set_cell(r.cells[i], m[k] or "", size=10)
    widths(t, [6.4, 2.6, 3.8, 2.4, 4.0, 6.5])
    d.add_paragraph()
    para(d, "Unio stiller gjerne opp for å utdype tiltakene i rådets neste møte.")
    para(d, "Oslo, 4. februar 2020\nUnio sekretariatet")
    d.save(path)


def build_vofo(spec, path):
    d = new_doc(font="Cambria", size=11)
    header_footer(d, header="VOFO – Voksenopplæringsforbundet", footer="", page_prefix="")
    para(d, "Rapport fra VOFO 2018", style="Title")
    para(d, "Frivillighetens oppfølging av Nasjonal kompetansepolitisk strategi", italic=True)
    para(d, "VOFO representerer studieforbundene og frivilligheten i Kompetansepolitisk råd. Rapporten er ordnet etter "
            "de delmålene tiltakene følger opp, og tiltakene er nummerert fortløpende.")
    n = 0
    for heading, ms in spec["groups"]:
        d.add_heading(heading, level=1)
        for m in ms:
            n += 1
            d.add_heading(f"Tiltak {n}: {m['title']}", level=2)
            label_para(d, "Type tiltak:", m["type"])
            label_para(d, "Ansvarlig:", m["responsible"])
            label_para(d, "Samarbeidspartnere:", m["partners"])
            label_para(d, "Tidsperiode:", m["period"])
            label_para(d, "Beskrivelse:", " ".join(paras(m["description"])))
    d.add_heading("Oppsummering", level=1)
    para(d, "VOFO vil i 2019 arbeide for at studieforbundene får en tydeligere rolle i regionale kompetansestrategier "
            "og i kompetansereformen.")
    para(d, "Oslo, januar 2019\nGeneralsekretær, VOFO")
    d.save(path)


def build_asd(spec, path):
    rl_fonts()
    W, H = landscape(A4)
    cell = PS("c", "LSans", 8.8, lead=11)
    cellb = PS("cb", "LSans-B", 8.8, lead=11)
    head = PS("hd", "LSans-B", 9, lead=11, textColor=colors.white)
    body = PS("b", "LSans", 10, spaceAfter=6)
    title = PS("t", "LSans-B", 15, lead=19, spaceAfter=4)

    def deco(c, doc):
        c.saveState()
        c.setFont("LSans", 8)
        c.drawString(2 * cm, H - 1.2 * cm, "Arbeids- og sosialdepartementet")
        c.drawRightString(W - 2 * cm, H - 1.2 * cm, "Kompetansepolitisk råd – rapportering 2020")
        c.drawCentredString(W / 2, 1.0 * cm, f"– {doc.page} –")
        c.restoreState()

    rows = [[P(x, head) for x in ("Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Tidsrom")]]
    style = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1F3864")),
             ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7F7F7F")),
             ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for code, ms in spec["groups"]:
        start = len(rows)
        for i, m in enumerate(ms):
            first = P(f"{code} {DELMAL_TEXT[code]}", cellb) if i == 0 else ""
            rows.append([first, P(m["title"], cell), P(m["type"], cell), P(m["responsible"], cell),
                         P(m["partners"], cell), P(m["period"], cell)])
        if len(ms) > 1:
            style.append(("SPAN", (0, start), (0, len(rows) - 1)))
    t = Table(rows, colWidths=[5.4 * cm, 7.3 * cm, 3.3 * cm, 2.5 * cm, 4.4 * cm, 2.8 * cm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story = [P("Arbeids- og sosialdepartementets tiltak 2020", title),
             P("Oppfølging av Nasjonal kompetansepolitisk strategi – matrise over tiltak", body),
             P("ASD rapporterer tiltak innenfor departementets ansvarsområde. Tiltak som ASD deltar i, men som KD "
               "har hovedansvaret for, inngår i Kunnskapsdepartementets rapport.", body), Spacer(1, 6), t,
             Spacer(1, 10), P("Totalt 9 tiltak.", body)]
    doc = SimpleDocTemplate(path, pagesize=(W, H), leftMargin=2 * cm, rightMargin=2 * cm, topMargin=1.8 * cm,
                            bottomMargin=1.6 * cm, title="ASD – tiltak NKPS 2020", author="ASD")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


def build_akademikerne(spec, path):
    d = new_doc(font="Georgia", size=10.5)
    header_footer(d, header="AKADEMIKERNE", footer="Rapportering til Kompetansepolitisk råd 2021")
    para(d, "Akademikernes rapportering 2021", bold=True, size=18)
    para(d, "Nasjonal kompetansepolitisk strategi – tiltak fra Akademikerne og medlemsforeningene", italic=True)
    para(d, "Akademikerne har 13 medlemsforeninger. Tiltakene under er gjennomført av Akademikerne sentralt eller "
            "av foreningene. Foreningenes navn står etter skråstreken i feltet Ansvarlig.")
    for m in spec["measures"]:
        t = d.add_table(rows=5, cols=4)
        t.style = "Table Grid"
        widths(t, [3.0, 5.2, 2.6, 5.8])
        rows = t.rows
        set_cell(rows[0].cells[0], "TILTAK", bold=True, size=9)
        a = rows[0].cells[1].merge(rows[0].cells[3])
        set_cell(a, m["title"], bold=True)
        set_cell(rows[1].cells[0], "DELMÅL", bold=True, size=9)
        set_cell(rows[1].cells[1], m["goal"])
        set_cell(rows[1].cells[2], "TYPE", bold=True, size=9)
        set_cell(rows[1].cells[3], m["type"])
        set_cell(rows[2].cells[0], "ANSVARLIG", bold=True, size=9)
        set_cell(rows[2].cells[1], m["responsible"])
        set_cell(rows[2].cells[2], "PARTNERE", bold=True, size=9)
        set_cell(rows[2].cells[3], m["partners"] or "")
        set_cell(rows[3].cells[0], "TIDSROM", bold=True, size=9)
        b = rows[3].cells[1].merge(rows[3].cells[3])
        set_cell(b, m["period"] or "")
        set_cell(rows[4].cells[0], "OM TILTAKET", bold=True, size=9)
        c = rows[4].cells[1].merge(rows[4].cells[3])
        set_cell(c, m["description"])
        for r in rows:
            shade(r.cells[0], "EDEDED")
        shade(rows[1].cells[2], "EDEDED")
        shade(rows[2].cells[2], "EDEDED")
        d.add_paragraph()
    para(d, "Oslo, 28. januar 2022")
    para(d, "Akademikerne\nFagpolitisk avdeling")
    d.save(path)


def build_ys(spec, path):
    d = new_doc(font="Calibri", size=11)
    header_footer(d, header="YS – Yrkesorganisasjonenes Sentralforbund", footer="YS' rapport 2021")
    para(d, "Rapport fra YS 2021", style="Title")
    para(d, "Nasjonal kompetansepolitisk strategi – YS' tiltak", bold=True)
    para(d, "YS og forbundene har i strategiens siste år hatt særlig oppmerksomhet på omstilling etter pandemien og på "
            "kompetansereformen. Hvert tiltak er beskrevet kort, med delmål, type og ansvar i linjen under tittelen.")
    for m in spec["measures"]:
        d.add_heading(m["title"], level=2)
        meta = (f"Delmål: {m['goal']} · Type: {m['type']} · Ansvar: {m['responsible']} · "
                f"Partnere: {m['partners']} · Periode: {m['period']}")
        p = para(d, meta, italic=True, size=9.5)
        p.paragraph_format.space_after = Pt(3)
        for t in paras(m["description"]):
            para(d, t)
    d.add_heading("Kontakt", level=2)
    para(d, "Spørsmål om rapporten kan rettes til YS' sekretariat, avdeling for arbeidsliv og kompetanse.")
    d.save(path)


def build_trondelag(spec, path):
    d = new_doc(font="Calibri", size=10.5, margin=2.0)
    header_footer(d, header="Trøndelag fylkeskommune", footer="Rapportering NKPS 2021")
    para(d, "Trøndelag fylkeskommune – rapportering 2021", style="Title")
    para(d, "Tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi", bold=True)
    para(d, "Fylkeskommunen har fått et større kompetansepolitisk ansvar gjennom regionreformen. Tabellen viser de "
            "viktigste tiltakene i 2021. Under hvert tiltak følger en kort beskrivelse.")
    cols = ["Tiltak", "Delmål", "Type", "Ansvarlig", "Partnere", "Periode"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        set_cell(t.rows[0].cells[i], c, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    repeat_header(t.rows[0])
    for m in spec["measures"]:
        t.add_row()
        t.add_row()
    widths(t, [4.2, 1.6, 2.4, 2.9, 3.9, 2.0])
    for n, m in enumerate(spec["measures"]):
        r, r2 = t.rows[1 + 2 * n], t.rows[2 + 2 * n]
        no_split(r)
        for i, k in enumerate(("title", "goal", "type", "responsible", "partners", "period")):
            set_cell(r.cells[i], m[k] or "", bold=(k == "title"), size=10)
        c = r2.cells[0].merge(r2.cells[-1])
        c.text = ""
        p = c.paragraphs[0]
        rr = p.add_run("Beskrivelse: ")
        rr.bold = True
        rr.font.size = Pt(10)
        rr = p.add_run(" ".join(paras(m["description"])))
        rr.font.size = Pt(10)
    d.add_paragraph()
    para(d, "Steinkjer, januar 2022\nAvdeling for utdanning og kompetanse")
    d.save(path)


def build_kn_template(spec, path):
    d = new_doc(font="Calibri", size=11)
    header_footer(d, header="Kompetanse Norge", footer="")
    para(d, "Til medlemmene i Kompetansepolitisk råd", bold=True)
    para(d, "Vår ref.: 21/00412   Dato: 15.11.2021", size=9.5)
    para(d, "Rapportering på oppfølging av Nasjonal kompetansepolitisk strategi for 2021", style="Title")
    para(d, "Kompetansepolitisk råd har besluttet at rådsmedlemmene rapporterer årlig om hvordan de følger opp "
            "delmålene i strategien. Vi ber om at rapporten for 2021 sendes innen 31. januar 2022.")
    para(d, "For å gjøre det enklere å sammenstille rapportene ber vi om at malen under brukes, med én tabell per "
            "tiltak. Kopier tabellen så mange ganger som nødvendig. Oppgi delmål med nummer (for eksempel 2.2).")
    d.add_heading("Mal for rapportering", level=2)
    labels = ["Navn på tiltak", "Delmål (nr.)",
              "Type tiltak (FoU, Kurs/utdanning, Råd/utvalg/nettverk, Prosjekt, Informasjon, Arrangement)",
              "Ansvarlig", "Samarbeidspartnere", "Beskrivelse (maks en halv side)", "Tidspunkt og varighet"]
    t = d.add_table(rows=len(labels), cols=2)
    t.style = "Table Grid"
    for i, lab in enumerate(labels):
        set_cell(t.rows[i].cells[0], lab, bold=True)
        shade(t.rows[i].cells[0], "F2F2F2")
        set_cell(t.rows[i].cells[1], "")
    widths(t, [6.0, 10.6])
    para(d, "")
    para(d, "Med vennlig hilsen\nKompetanse Norge\nSekretariatet for Kompetansepolitisk råd")
    page_break(d)
    d.add_heading("Vedlegg: Delmål i Nasjonal kompetansepolitisk strategi", level=1)
    for area in (1, 2, 3):
        d.add_heading(f"Hovedinnsatsområde {area}: {AREA[area]}", level=2)
        for code, txt in DELMAL_TEXT.items():
            if code.startswith(f"{area}."):
                para(d, f"{code} {txt}")
    d.save(path)


def build_nfd(spec, path):
    d = new_doc(font="Times New Roman", size=12, margin=2.5)
    header_footer(d, header=None, footer="Postadresse: Postboks 8090 Dep, 0032 Oslo", page=False)
    para(d, "DET KONGELIGE NÆRINGS- OG FISKERIDEPARTEMENT", bold=True, size=11)
    para(d, "")
    para(d, "Kompetanse Norge\nSekretariatet for Kompetansepolitisk råd")
    para(d, "Deres ref 19/00388      Vår ref 19/4471-2      Dato 30. januar 2020", size=10)
    para(d, "")
    para(d, "Kompetansepolitisk råd – rapportering for 2019", bold=True)
    para(d, "Vi viser til brev av 12. november 2019 om rapportering på oppfølgingen av Nasjonal kompetansepolitisk "
            "strategi.")
    para(d, "Nærings- og fiskeridepartementet sender ikke egen rapport for 2019. Departementets bidrag, blant annet "
            "videreutviklingen av klyngeprogrammene og Omstillingsmotoren under delmål 2.4, er tatt inn i "
            "Regjeringens felles rapport, som Kunnskapsdepartementet har koordinert.")
    para(d, "Vi ber om at departementet fortsatt står på adresselisten for rådets møter.")
    para(d, "")
    para(d, "Med hilsen")
    para(d, "")
    para(d, "Per Olsen (e.f.)\navdelingsdirektør")
    para(d, "Dokumentet er elektronisk godkjent", italic=True, size=9)
    d.save(path)


BUILDERS = {
    "ks_2019.docx": build_ks,
    "lo_2020.pdf": build_lo,
    "nho_2018.pdf": build_nho,
    "spekter_2019.pdf": build_spekter,
    "kd_2021.docx": build_kd,
    "vestland_fylkeskommune_2020.pdf": build_vestland,
    "more_og_romsdal_fk_2019.docx": build_mr,
    "virke_2020.pdf": build_virke,
    "unio_2019.pdf": build_unio,
    "vofo_2018.docx": build_vofo,
    "asd_2020.pdf": build_asd,
    "akademikerne_2021.docx": build_akademikerne,
    "ys_2021.pdf": build_ys,
    "trondelag_fylkeskommune_2021.docx": build_trondelag,
    "kompetanse_norge_rapporteringsmal_2021.docx": build_kn_template,
    "nfd_2019.pdf": build_nfd,
}


def soffice_pdf(docx_path, outdir):
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")


def expected():
    out = {}
    for name, spec in FILES.items():
        ms = []
        for m in all_measures(spec):
            ms.append({
                "title": m["title"],
                "delmal": list(m["delmal"]),
                "type": truth_value(m["type"]),
                "responsible": truth_value(m["responsible"]),
                "partners": truth_value(m["partners"]),
                "period": truth_value(m["period"]),
                "description": truth_value(m["description"]),
            })
        out[name] = {"reporter": spec["reporter"], "report_year": spec["year"],
                     "template": spec["template"], "measures": ms}
    return out


def set_props(path, spec):
    d = Document(path)
    cp = d.core_properties
    cp.author = spec["reporter"]
    cp.last_modified_by = spec["reporter"]
    cp.title = ""
    cp.comments = ""
    d.save(path)


def main():
    tmp = tempfile.mkdtemp(prefix="batch7_")
    try:
        for name, spec in FILES.items():
            target = os.path.join(OUT, name)
            build = BUILDERS[name]
            if spec["fmt"] == "docx":
                build(spec, target)
                set_props(target, spec)
            elif spec["fmt"] == "reportlab":
                build(spec, target)
            elif spec["fmt"] == "docx2pdf":
                src = os.path.join(tmp, os.path.splitext(name)[0] + ".docx")
                build(spec, src)
                set_props(src, spec)
                pdf = soffice_pdf(src, tmp)
                shutil.move(pdf, target)
            print("wrote", name, len(all_measures(spec)), "measures")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
    print("wrote expected.json")


if __name__ == "__main__":
    main()
