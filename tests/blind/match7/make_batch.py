#!/usr/bin/env python
"""Blind labelled test batch 'match7' for NKPS record linkage.

Holds 26 member reports (2023-2025) as Python data, renders them to .docx / .pdf
(PDF via LibreOffice), and writes expected.json, near_misses.json and README.md.
Run:  /work/blind/.venvm2/bin/python make_batch.py
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict, OrderedDict

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "reports")

# ----------------------------------------------------------------------------
# Vocabulary
# ----------------------------------------------------------------------------
CANON_TYPES = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt",
               "Informasjon", "Arrangement"]

# printed spelling (lower case) -> canonical type
TYPEMAP = {}
for _canon, _variants in {
    "FoU": ["fou", "forskning og utvikling", "forskning/utvikling", "fou-tiltak",
            "fou-prosjekt", "utredning"],
    "Kurs/utdanning": ["kurs/utdanning", "kurs", "kurs og utdanning", "utdanning",
                       "kurs/utd.", "kurs- og utdanningstiltak", "utdanningstiltak",
                       "kurstiltak", "opplæring"],
    "Råd/utvalg/nettverk": ["råd/utvalg/nettverk", "råd/utvalg/ nettverk", "råd/utval/nettverk",
                            "råd/utvalg", "råd", "utvalg", "utval", "nettverk", "rådstiltak",
                            "nettverkstiltak", "utvalgsarbeid", "samarbeidsorgan"],
    "Prosjekt": ["prosjekt", "pilotprosjekt", "pilot", "utviklingsprosjekt"],
    "Informasjon": ["informasjon", "informasjon/veiledning", "informasjon/rettleiing",
                    "informasjonstiltak", "kampanje", "informasjonskampanje"],
    "Arrangement": ["arrangement", "konferanse", "seminar", "møteplass"],
}.items():
    for _v in _variants:
        TYPEMAP[_v] = _canon

SHORT = {
    "1.1": "Kompetansebehovsutvalget (KBU)",
    "1.2": "Regionalt folkevalgt nivås kompetansepolitiske rolle",
    "1.3": "Karriereveiledning",
    "1.4": "Samarbeid mellom utdanningstilbydere og arbeidslivet",
    "2.1": "Digital kompetanse i arbeidsstyrken",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfagene",
    "2.4": "Koble kompetansebehov til relevante EVU-tilbud",
    "2.5": "Dokumentasjon av kompetanse ervervet i arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring på voksnes premisser",
    "3.2": "Grunnleggende ferdigheter (Kompetanseplussordningene)",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering av innvandrere",
    "3.5": "NAVs opplæringstilbud",
    "3.6": "Læring i frivillig sektor",
}
SHORT_NN = {
    "1.1": "Kompetansebehovsutvalet (KBU)",
    "1.2": "Regionalt folkevalt nivå si kompetansepolitiske rolle",
    "1.3": "Karriererettleiing",
    "1.4": "Samarbeid mellom utdanningstilbydarar og arbeidslivet",
    "2.3": "Karrieremoglegheiter i yrkesfaga",
    "3.3": "Opplæring i arbeidsmarknads- og integreringspolitikken",
    "3.5": "NAV sitt opplæringstilbod",
    "3.6": "Læring i frivillig sektor",
}
# text-only renderings (paraphrases of the delmål texts in Vedlegg 1)
LONG = {
    "1.4": "Videreutvikle samarbeidet mellom utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Synliggjøre og utvikle karrieremulighetene i yrkesfag",
    "2.4": "Koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å dokumentere kompetanse ervervet i arbeidslivet",
}


def M(tid, title, dm, typ, tp, resp="", part="", per="", desc="", c=False, **kw):
    row = dict(id=tid, title=title, dm=dm.split(), type=typ, tp=tp, resp=resp,
               part=part, per=per, desc=desc, c=c)
    row.update(kw)
    return row


REPORTS = []


def R(file, reporter, year, template, heading, rows, **opts):
    REPORTS.append(dict(file=file, reporter=reporter, year=year, template=template,
                        heading=heading, rows=rows, opts=opts))


# ============================================================================
# THE REPORTS
# ============================================================================

# --- 1. KD 2023: landscape matrix, PDF -------------------------------------
R("KD_rapportering_NKPS_2023.pdf", "Kunnskapsdepartementet", 2023, "matrix",
  "Kunnskapsdepartementet (KD) – rapportering 2023",
  [
      M("T02", "Bransjeprogrammene for kompetanseutvikling", "2.1 2.4", "Kurs/utdanning", "Kurs/utdanning",
        "KD", "HK-dir, partene i arbeidslivet, bransjene, utdanningstilbydere", "2020–2025",
        "Treparts bransjeprogrammer der staten og partene i arbeidslivet samarbeider om korte, arbeidsrettede "
        "kurs og videreutdanningsmoduler for ansatte, permitterte og ledige i utvalgte bransjer. Tilskuddet "
        "forvaltes av HK-dir etter oppdrag fra KD."),
      M("T01", "Kompetansebehovsutvalget (KBU)", "1.1", "Råd/utvalg/nettverk", "Råd/utvalg/ nettverk",
        "KD", "HK-dir (sekretariat), hovedorganisasjonene i arbeidslivet, forskere", "2017–",
        "Utvalget sammenstiller og analyserer kunnskap om Norges framtidige kompetansebehov, nasjonalt og "
        "regionalt, og leverer temarapporter som grunnlag for politikkutvikling."),
      M("T07", "Samfunnskontrakt for flere læreplasser 2022–2026", "2.3 1.4", "Råd/utvalg/nettverk",
        "Råd/utvalg/nettverk", "KD", "Partene i arbeidslivet, KS, fylkeskommunene", "2022–2026",
        "Avtale mellom myndighetene og partene i arbeidslivet om å øke antallet læreplasser, slik at alle "
        "kvalifiserte søkere får tilbud om læreplass."),
      M("T22", "Forsøk med modulstrukturert opplæring for voksne", "3.1", "Kurs/utdanning", "Kurs/utdanning",
        "KD", "Udir, fylkeskommunene", "2017–2023",
        "Forsøk i utvalgte lærefag der voksne tar fag- og yrkesopplæring i moduler som dokumenteres underveis. "
        "Forsøket avsluttes i 2023, og erfaringene skal danne grunnlag for en varig ordning."),
      M("T23", "Ny opplæringslov – voksnes rett til videregående opplæring", "3.1", "Prosjekt", "Prosjekt",
        "KD", "Udir, fylkeskommunene", "2023–2024",
        "Ny opplæringslov ble vedtatt i 2023. Voksne får rett til å fullføre videregående opplæring til de "
        "oppnår studie- eller yrkeskompetanse, også når de har fullført tidligere. Loven trer i kraft "
        "1. august 2024."),
      M("T24", "Fagbrev på jobb", "3.1 2.5", "Kurs/utdanning", "Kurs/utdanning",
        "KD og fylkeskommunene", "Partene, lærebedrifter", "Løpende",
        "Nasjonal ordning der voksne arbeidstakere kan ta fagbrev gjennom sitt ordinære arbeid, på grunnlag av "
        "en avtale mellom arbeidsgiver, arbeidstaker og fylkeskommunen."),
      M("T20", "Kompletterende utdanning for personer med utenlandsk høyere utdanning", "2.6 3.4",
        "Kurs/utdanning", "Kurs/utdanning", "KD", "HK-dir, universiteter og høyskoler", "2023–2025",
        "KD har gitt HK-dir i oppdrag å fordele tilskudd til kompletterende utdanningstilbud ved universiteter "
        "og høyskoler for innvandrere med utdanning fra utlandet, slik at de raskere kommer i relevant arbeid."),
  ],
  fmt="pdf", landscape=True, dmstyle="codes",
  cols=[("Tiltak", "title", 4.2), ("Delmål", "dm", 1.6), ("Type tiltak", "tp", 2.6),
        ("Ansvarlig", "resp", 3.0), ("Samarbeidspartnere", "part", 4.0), ("Periode", "per", 2.0),
        ("Beskrivelse", "desc", 8.0)],
  intro=["Oppfølging av Nasjonal kompetansepolitisk strategi. Tabellen viser departementets tiltak i 2023. "
         "Tiltak som forvaltes av underliggende etater er tatt med der KD har gitt oppdraget."],
  footer="Kunnskapsdepartementet – rapportering til Kompetansepolitisk råd")

# --- 2. KD 2024: narrative, bold first sentence, docx ----------------------
R("Kunnskapsdepartementet_2024.docx", "Kunnskapsdepartementet", 2024, "narrative",
  "Kunnskapsdepartementet: rapport om oppfølging av kompetansestrategien – 2024",
  [
      M("T02", "Videreføring av bransjeprogrammene", "2.1 2.4", "Kurs/utdanning", "kurs- og utdanningstiltak",
        "KD", "HK-dir og partene i de aktuelle bransjene", "2024–2025",
        "Regjeringen videreførte i 2024 de treparts bransjeprogrammene for kompetanseutvikling, og to nye "
        "bransjer kom med. Tiltaket bidrar til delmål 2.1 og 2.4. KD har ansvaret, og programmene gjennomføres "
        "i samarbeid med HK-dir og partene i de aktuelle bransjene. Dette er et kurs- og utdanningstiltak, og "
        "programperioden er 2024–2025.", c=True),
      M("T15", "Partssammensatt arbeidsgruppe om kunstig intelligens og kompetanse", "2.1 2.2",
        "Råd/utvalg/nettverk", "rådstiltak", "KD", "Partene i arbeidslivet, HK-dir", "2024–2025",
        "Kompetansepolitisk råd satte i 2024 ned en arbeidsgruppe med representanter for partene i arbeidslivet "
        "og departementene for å vurdere hvilke kompetansebehov bruken av kunstig intelligens skaper i "
        "arbeidslivet. KD leder arbeidsgruppen, og HK-dir er sekretariat. Samarbeidspartnere er partene i "
        "arbeidslivet, HK-dir. Arbeidsgruppen er et rådstiltak knyttet til delmål 2.1 og 2.2, og arbeidet "
        "går over 2024–2025."),
      M("T22", "Modulstrukturert opplæring for voksne gjøres permanent", "3.1", "Kurs/utdanning",
        "utdanningstiltak", "KD", "Udir og fylkeskommunene", "fra høsten 2024",
        "Etter forsøket med modulstrukturert opplæring ble det i 2024 besluttet å innføre modulstrukturert "
        "fag- og yrkesopplæring for voksne som en varig ordning i alle fylker. Tiltaket følger opp delmål 3.1 "
        "om fleksibel opplæring på voksnes premisser. KD er ansvarlig, og Udir og fylkeskommunene er "
        "samarbeidspartnere. Innføringen er et utdanningstiltak og skjer gradvis fra høsten 2024.", c=True),
      M("T23", "Innføring av ny opplæringslov", "3.1", "Prosjekt", "prosjekt", "KD", "Udir", "1. august 2024",
        "Den nye opplæringsloven trådte i kraft 1. august 2024, og voksne har nå rett til å fullføre "
        "videregående opplæring selv om de har fullført tidligere. KD har gjennomført innføringen sammen med "
        "Udir, blant annet med veiledere til fylkeskommunene. Tiltaket er et prosjekt under delmål 3.1.",
        c=True),
      M("T71", "Oppfølging av utsynsmeldingen", "1.1 1.4", "FoU", "FoU-tiltak", "KD",
        "HK-dir og fylkeskommunene", "2024",
        "Meld. St. 14 (2022–2023) Utsyn over kompetansebehovet i Norge la grunnlaget for en tettere kobling "
        "mellom utdanningstilbudet og arbeidslivets behov. I 2024 har KD fulgt opp meldingen med et oppdrag "
        "til HK-dir om regionale kompetansebehovsanalyser. Tiltaket bidrar til delmål 1.1 og 1.4 og er et "
        "FoU-tiltak. Samarbeidspartnere er HK-dir og fylkeskommunene."),
      M("T72", "Styrket finansiering av fagskolene", "1.4 2.3", "Kurs/utdanning", "utdanningstiltak",
        "KD", "fylkeskommunene og Nasjonalt fagskoleråd", "2024",
        "Fra 2024 ble finansieringssystemet for fagskolene lagt om, og det ble bevilget midler til nye "
        "studieplasser innen helse og teknologi. Tiltaket er et utdanningstiltak og bidrar til delmål 1.4 og "
        "2.3. Ansvarlig er KD, i samarbeid med fylkeskommunene og Nasjonalt fagskoleråd."),
  ],
  fmt="docx", bold_title=True,
  intro=["Kunnskapsdepartementet rapporterer her på sine viktigste tiltak i 2024. Rapporten er skrevet som "
         "løpende tekst. Departementet har i år lagt vekt på voksnes rett til opplæring og på "
         "kompetanseutvikling i arbeidslivet.",
         "Oversikten er ikke uttømmende, og tiltak som forvaltes av HK-dir er i hovedsak omtalt i "
         "direktoratets egen rapport."],
  outro=["Kontaktperson i KD: avdeling for kompetansepolitikk."])

# --- 3. KD 2025: annex table over two pages, repeated header, PDF ---------
R("KD_2025_vedlegg_tiltaksoversikt.pdf", "Kunnskapsdepartementet", 2025, "annex",
  "Rapport fra Kunnskapsdepartementet 2025 – Nasjonal kompetansepolitisk strategi",
  [
      M("T02", "Treparts bransjeprogrammer – videreført i 2025", "2.1 2.4", "Kurs/utdanning", "Kurs/utd.",
        "KD", "HK-dir, partene i arbeidslivet", "2025",
        "Bransjeprogrammene videreføres i 2025. Programmene gir ansatte, permitterte og ledige tilgang til "
        "korte kurs og videreutdanningsmoduler som kan kombineres med jobb. Fafos evaluering fra 2024 legges "
        "til grunn for en samlet vurdering av innretningen etter 2025, og KD vil drøfte funnene med partene "
        "i Kompetansepolitisk råd.", c=True),
      M("T07", "Samfunnskontrakten for flere læreplasser", "2.3", "Råd/utvalg/nettverk", "Råd/utvalg",
        "KD", "LO, NHO, YS, Unio, Virke, Spekter, KS, Akademikerne, fylkeskommunene", "2022–2026",
        "Kontrakten følges opp i det nasjonale kontraktsmøtet to ganger i året. Andelen søkere som fikk "
        "læreplass økte i 2024, men det er fortsatt store forskjeller mellom fag og fylker. I 2025 har "
        "kontraktsmøtet særlig drøftet læreplasser i offentlig sektor og for søkere med innvandrerbakgrunn.",
        c=True),
      M("T22", "Modulisert opplæring for voksne – videre innføring", "3.1", "Kurs/utdanning", "Utdanning",
        "KD", "Udir, fylkeskommunene", "2024–2026",
        "Modulstrukturert fag- og yrkesopplæring for voksne innføres trinnvis i alle fylker. I 2025 er "
        "læreplanene i ti nye lærefag delt inn i moduler, og Udir har utviklet et felles system for "
        "dokumentasjon av beståtte moduler.", c=True),
      M("T13", "Fleksibel utdanning Norge – tilskudd til fleksible og desentraliserte tilbud", "1.4 2.4",
        "Kurs/utdanning", "Kurs/utd.", "KD", "HK-dir, fylkeskommunene, universiteter og høyskoler, fagskoler",
        "Løpende",
        "KD har gitt HK-dir i oppdrag å lyse ut midler til fleksible og desentraliserte utdanningstilbud, slik "
        "at voksne kan ta utdanning der de bor og ved siden av jobb. Oppdraget er styrket i 2025 med særlig "
        "vekt på tilbud i distriktene og i samarbeid med lokale studiesentre."),
      M("T73", "Arbeid med ny utsynsmelding (2027)", "1.1 1.4", "FoU", "FoU", "KD",
        "HK-dir, Kompetansebehovsutvalget, fylkeskommunene", "2025–2027",
        "Regjeringen legger fram en utsynsmelding om kompetansebehovet hvert fjerde år. Arbeidet med den neste "
        "meldingen startet i 2025, med innspillsmøter i alle fylker og et eget kunnskapsgrunnlag fra HK-dir. "
        "Meldingen skal legges fram våren 2027."),
      M("T74", "Utvidet studiestøtte for voksne som studerer på deltid", "3.1", "Kurs/utdanning", "Kurs/utd.",
        "KD", "Lånekassen", "Fra studieåret 2025–2026",
        "Voksne som studerer på deltid ved siden av jobb får rett til lån og stipend på flere typer "
        "utdanninger, også korte videreutdanningstilbud og fagskoleutdanning. Endringen skal gjøre det lettere "
        "å kombinere arbeid og utdanning."),
      M("T15", "Oppfølging av anbefalingene fra arbeidsgruppen om KI", "2.1 2.2", "Råd/utvalg/nettverk",
        "Råd/utvalg", "KD", "Partene i arbeidslivet, HK-dir", "2025",
        "Den partssammensatte arbeidsgruppen leverte sine anbefalinger om kunstig intelligens og kompetanse i "
        "april 2025. KD følger opp anbefalingene sammen med partene, blant annet om korte tilbud til "
        "tillitsvalgte og ledere og om bedre kunnskap om hvordan KI endrer oppgavene i arbeidslivet.", c=True),
  ],
  fmt="pdf", dmstyle="og", landscape=True,
  cols=[("Nr", "nr", 0.8), ("Navn på tiltak", "title", 4.6), ("Bidrar til delmål", "dm", 2.2),
        ("Type", "tp", 2.0), ("Ansvar", "resp", 1.4), ("Samarbeid med", "part", 4.4),
        ("Tidsrom", "per", 2.4), ("Kort om tiltaket", "desc", 7.9)],
  intro=["Kunnskapsdepartementet har ansvar for å koordinere oppfølgingen av Nasjonal kompetansepolitisk "
         "strategi. Denne rapporten oppsummerer departementets arbeid i 2025. En fullstendig oversikt over "
         "tiltakene står i vedlegg 1.",
         "Tabellen nedenfor viser hvordan tiltakene fordeler seg på strategiens tre hovedinnsatsområder. Et "
         "tiltak som bidrar til flere delmål, er talt under det første."],
  outro=["Vedlegget er utarbeidet av Kunnskapsdepartementet."])

# --- 4. HK-dir 2023: label|answer form per measure, docx -------------------
R("HK-dir_rapportering_2023.docx", "Direktoratet for høyere utdanning og kompetanse", 2023, "forms",
  "Direktoratet for høyere utdanning og kompetanse (HK-dir) – rapportering for 2023",
  [
      M("T01", "Sekretariat for Kompetansebehovsutvalget", "1.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
        "HK-dir", "KD, utvalgets medlemmer", "Løpende",
        "HK-dir er sekretariat for Kompetansebehovsutvalget (KBU) og bidro i 2023 med analyser og "
        "framskrivinger til utvalgets temarapport om kompetansebehov i helse- og omsorgssektoren."),
      M("T09", "Sekretariat for Nasjonalt forum for karriereveiledning", "1.3", "Råd/utvalg/nettverk",
        "Råd/utvalg/nettverk", "HK-dir",
        "KD, AID, Arbeids- og velferdsdirektoratet, KS, partene i arbeidslivet, fylkeskommunene", "Løpende",
        "Forumet samler aktørene på karriereveiledningsfeltet for å styrke samordningen av et helhetlig system "
        "for karriereveiledning. HK-dir leder sekretariatet, og forumet hadde tre møter i 2023."),
      M("T10", "Nasjonal digital karriereveiledning", "1.3", "Informasjon", "Informasjon",
        "HK-dir", "Udir, fylkeskommunene", "Etablert 2020, løpende",
        "Gratis karriereveiledning på chat, telefon og e-post via karriereveiledning.no for alle over 19 år. "
        "I 2023 ble det gjennomført om lag 40 000 veiledningssamtaler."),
      M("T02", "Forvaltning av tilskudd til bransjeprogrammene", "2.1 2.4", "Kurs/utdanning", "Kurs/utdanning",
        "HK-dir", "KD, partene i bransjene, utdanningstilbydere", "2020–2025",
        "På oppdrag fra KD forvalter HK-dir tilskuddet til de treparts bransjeprogrammene, lyser ut midler til "
        "utdanningstilbydere og følger opp resultatene. I 2023 var det elleve programmer i drift."),
      M("T11", "Kompetanseprogrammet", "3.2 3.1", "Kurs/utdanning", "Kurs/utdanning",
        "HK-dir", "Virksomheter, frivillige organisasjoner, studieforbund", "Fra 2022, løpende",
        "Tilskuddsordning for opplæring i grunnleggende ferdigheter – lesing, skriving, regning, digitale "
        "ferdigheter og muntlig kommunikasjon – for voksne i arbeidslivet og i frivilligheten."),
      M("T12", "Avvikling av Kompetansepluss", "3.2", "Prosjekt", "Prosjekt",
        "HK-dir", "Tilskuddsmottakere", "2022–2023",
        "De siste prosjektene med tilsagn fra Kompetansepluss arbeid og Kompetansepluss frivillighet ble "
        "sluttrapportert i 2023. Ordningen ble erstattet av Kompetanseprogrammet fra 2022, med nye regler for "
        "hvem som kan søke."),
      M("T13", "Tilskudd til fleksible og desentraliserte utdanningstilbud (Fleksibel utdanning Norge)",
        "1.4 2.4", "Kurs/utdanning", "Kurs/utdanning", "HK-dir",
        "Universiteter og høyskoler, fagskoler, fylkeskommunene", "Årlig utlysning",
        "Ordningen gir midler til utvikling av fleksible og desentraliserte utdanningstilbud som gjør det mulig "
        "å ta utdanning ved siden av jobb og uten å flytte."),
      M("T16", "Virksomhetsundersøkelsen 2023", "2.2", "FoU", "FoU", "HK-dir", "NIFU", "Vår 2023",
        "Spørreundersøkelse blant 10 000 virksomheter om kompetansebehov, rekrutteringsproblemer og "
        "virksomhetenes bruk av etter- og videreutdanning. Datainnsamlingen ble gjennomført av NIFU."),
      M("T18", "Godkjenning av utenlandsk fag- og yrkesopplæring", "2.6", "Prosjekt", "Prosjekt",
        "HK-dir", "KD, Udir", "Fra 2023",
        "Ny nasjonal godkjenningsordning for utenlandsk fag- og yrkesopplæring på videregående nivå, slik at "
        "arbeidsgivere lettere kan vurdere kompetansen til søkere med fagbrev fra andre land."),
  ],
  fmt="docx", dmstyle="code_short",
  labels=[("Tiltak", "title"), ("Delmål", "dm"), ("Type tiltak", "tp"), ("Ansvarlig", "resp"),
          ("Samarbeidspartnere", "part"), ("Tidspunkt og varighet", "per"), ("Beskrivelse", "desc")],
  intro=["HK-dir rapporterer her på direktoratets tiltak i oppfølgingen av Nasjonal kompetansepolitisk "
         "strategi i 2023. Våre prioriteringer i 2023 var:"],
  intro_bullets=["Karriereveiledning for voksne i hele landet", "Kompetanse i arbeidslivet",
                 "Bedre kunnskapsgrunnlag om kompetansebehov"],
  measure_caption="Tiltak {n}")

# --- 5. HK-dir 2024: table with merged group rows per delmål, PDF ---------
R("HK-dir_rapport_2024.pdf", "Direktoratet for høyere utdanning og kompetanse", 2024, "groupmatrix",
  "Rapportering 2024 – Direktoratet for høyere utdanning og kompetanse (HK-dir)",
  [
      M("T01", "KBU-sekretariatet", "1.1", "Råd/utvalg/nettverk", "Utvalg", "HK-dir", "KD", "Løpende",
        "Sekretariatet bisto utvalget i arbeidet med rapporten om kompetansebehov i en tid med grønn "
        "omstilling, som ble lagt fram høsten 2024.", c=True, grp="1.1"),
      M("T10", "Karriereveiledning.no – chat, telefon og e-post", "1.3", "Informasjon", "Informasjon",
        "HK-dir", "Fylkeskommunene", "Løpende",
        "Tjenesten hadde rekordmange henvendelser i 2024, særlig fra voksne i omstilling og fra "
        "arbeidssøkere.", c=True, grp="1.3"),
      M("T70", "Karriereveiledningskonferansen 2024", "1.3", "Arrangement", "Konferanse",
        "HK-dir", "Fylkeskommunene, NAV, Udir", "23.–24. april 2024",
        "Nasjonal konferanse for karriereveiledere i alle sektorer, med tema karriereveiledning for voksne i "
        "omstilling. Om lag 450 deltakere.", grp="1.3"),
      M("T02", "Bransjeprogram for kompetanseutvikling – tilskuddsforvaltning", "2.1 2.4", "Kurs/utdanning",
        "Kurs/utdanning", "HK-dir", "KD, partene i bransjene", "2020–2025",
        "HK-dir lyste ut midler til to nye bransjeprogrammer i 2024 og fulgte opp de eksisterende.",
        c=True, grp="2.1"),
      M("T14", "Tilskudd til fleksible videreutdanningstilbud i KI og digital kompetanse", "2.1 2.4",
        "Kurs/utdanning", "Kurs/utdanning", "HK-dir", "Universiteter og høyskoler, fagskoler", "2024–2025",
        "Ny utlysning i 2024 av midler til korte, fleksible videreutdanningstilbud i kunstig intelligens og "
        "digital kompetanse for arbeidstakere i privat og offentlig sektor.", grp="2.1"),
      M("T15", "Sekretariat for arbeidsgruppen om KI og kompetanse", "2.1 2.2", "Råd/utvalg/nettverk",
        "Råd/utvalg/nettverk", "HK-dir", "KD, partene i arbeidslivet", "2024–2025",
        "HK-dir er sekretariat for den partssammensatte arbeidsgruppen under Kompetansepolitisk råd og har "
        "utarbeidet et kunnskapsnotat om KI og kompetansebehov.", grp="2.1"),
      M("T17", "Rapport: Kompetansebehov i norsk arbeidsliv – funn fra Virksomhetsundersøkelsen 2023", "2.2",
        "FoU", "FoU", "HK-dir", "NIFU", "Publisert mars 2024",
        "Rapporten analyserer svarene fra fjorårets undersøkelse og viser at mangel på fagarbeidere er den "
        "største rekrutteringsutfordringen. Analysen ble gjort av NIFU på egen kontrakt.", grp="2.2"),
      M("T13", "Fleksibel utdanning Norge", "2.4 1.4", "Kurs/utdanning", "Kurs/utdanning", "HK-dir",
        "Universiteter og høyskoler, fagskoler, fylkeskommunene", "Årlig utlysning",
        "Ordningen tildelte i 2024 midler til 64 nye fleksible og desentraliserte utdanningstilbud.",
        c=True, grp="2.4"),
      M("T11", "Kompetanseprogrammet (opplæring i grunnleggende ferdigheter)", "3.2 3.1", "Kurs/utdanning",
        "Kurs/utdanning", "HK-dir", "Virksomheter, studieforbund, frivillige organisasjoner", "Løpende",
        "I 2024 fikk over 300 virksomheter og organisasjoner tilskudd til opplæring i grunnleggende "
        "ferdigheter.", c=True, grp="3.2"),
  ],
  fmt="pdf", other_col=True, landscape=True,
  group_titles={"1.1": "Delmål 1.1 – Kompetansebehovsutvalget (KBU)",
                "1.3": "Delmål 1.3 – Karriereveiledning",
                "2.1": "Delmål 2.1 – Digital kompetanse",
                "2.2": "Delmål 2.2 – Kunnskapsgrunnlaget om læring i arbeidslivet",
                "2.4": "Delmål 2.4 – Kompetansebehov og relevante utdanningstilbud",
                "3.2": "Delmål 3.2 – Grunnleggende ferdigheter"},
  cols=[("Tiltak", "title", 5.6), ("Andre delmål", "other", 1.6), ("Type", "tp", 2.4),
        ("Ansvarlig", "resp", 2.0), ("Partnere", "part", 4.0), ("Tidsrom", "per", 2.4),
        ("Beskrivelse", "desc", 7.7)],
  intro=["Tabellen viser HK-dirs tiltak i 2024, gruppert etter strategiens delmål. Kolonnen «Andre delmål» "
         "viser delmål som tiltaket også bidrar til."])

# --- 6. HK-dir 2025: matrix with other headers, docx -----------------------
R("HKdir_2025_tiltak.docx", "Direktoratet for høyere utdanning og kompetanse", 2025, "matrix",
  "HK-dir (Direktoratet for høyere utdanning og kompetanse) – tiltak 2025",
  [
      M("T10", "Den digitale karriereveiledningstjenesten", "1.3", "Informasjon", "Informasjon/veiledning",
        "HK-dir", "Fylkeskommunene", "Løpende",
        "Veiledning på chat, telefon og e-post. I 2025 er tjenesten utvidet med kveldsåpent og veiledning på "
        "engelsk.", c=True),
      M("T09", "Nasjonalt forum for karriereveiledning", "1.3", "Råd/utvalg/nettverk", "Nettverk",
        "HK-dir (sekretariat)", "Departementene, Arbeids- og velferdsdirektoratet, KS, partene, fylkeskommunene",
        "Løpende", "Forumet har i 2025 drøftet karriereveiledning for voksne i arbeid og tilgang til veiledning "
        "i distriktene.", c=True),
      M("T68", "Karriereveiledningskonferansen 2025", "1.3", "Arrangement", "Arrangement", "HK-dir",
        "Fylkeskommunene, NAV", "8.–9. mai 2025",
        "Årets konferanse hadde tema karriereveiledning og kunstig intelligens, og samlet 500 veiledere fra "
        "skole, karrieresentre, NAV og arbeidsliv."),
      M("T02", "Bransjeprogrammene", "2.1 2.4", "Kurs/utdanning", "Kurs/utdanning", "HK-dir",
        "KD, partene i bransjene", "2020–2025",
        "Forvaltning av tilskudd og oppfølging av 13 bransjeprogrammer på oppdrag fra KD.", c=True),
      M("T13", "Fleksibel utdanning – desentraliserte og fleksible utdanningstilbud", "1.4 2.4",
        "Kurs/utdanning", "Kurs/utdanning", "HK-dir", "UH-sektoren, fagskoler, studiesentre",
        "Årlig utlysning", "Økt ramme i 2025 med vekt på distriktene.", c=True),
      M("T11", "Kompetanseprogrammet – arbeidsliv og frivillighet", "3.2", "Kurs/utdanning", "Kurs/utdanning",
        "HK-dir", "Virksomheter, studieforbund", "Løpende",
        "Tilskudd til opplæring i grunnleggende ferdigheter. Ny digital søknadsportal i 2025.", c=True),
      M("T18", "Godkjenningsordningen for utenlandsk fag- og yrkesopplæring", "2.6", "Prosjekt", "Prosjekt",
        "HK-dir", "Udir", "Fra 2023",
        "Saksbehandlingstiden er redusert, og ordningen er utvidet til flere land.", c=True),
      M("T19", "Godkjenning av utenlandsk fagskoleutdanning – ny digital søknadsløsning", "2.6", "Prosjekt",
        "Prosjekt", "HK-dir", "NOKUT", "2025",
        "Ny søknadsløsning for godkjenning av fagskoleutdanning fra utlandet, med automatisk vurdering av "
        "enkelte utdanninger fra Norden."),
      M("T20", "Tilskudd til kompletterende utdanning", "2.6 3.4", "Kurs/utdanning", "Kurs/utdanning",
        "HK-dir", "Universiteter og høyskoler", "2023–2025",
        "HK-dir fordeler tilskudd til kompletterende utdanning for innvandrere med høyere utdanning fra "
        "utlandet, på oppdrag fra KD. I 2025 fikk ni institusjoner tilskudd."),
  ],
  fmt="docx", dmstyle="og", font_size=9,
  cols=[("Aktivitet", "title", 3.2), ("Bidrar til delmål", "dm", 2.0), ("Kategori", "tp", 2.0),
        ("Ansvar", "resp", 1.6), ("Partnere", "part", 2.4), ("Tidsrom", "per", 1.6),
        ("Kort om tiltaket", "desc", 4.2)],
  intro=["Oversikten under viser HK-dirs aktiviteter i 2025 som følger opp strategien."])

# --- 7. LO 2023: numbered headings "1." with Label: value, PDF ------------
R("LO_2023_NKPS.pdf", "LO", 2023, "numbered",
  "Landsorganisasjonen i Norge (LO) – rapportering 2023",
  [
      M("T01", "LOs plass i Kompetansebehovsutvalget", "1.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
        "LO", "Øvrige hovedorganisasjoner, departementene", "Løpende",
        "LO har ett medlem i KBU og bidrar med kunnskap fra arbeidsplassene om hvilke kompetansebehov "
        "medlemmene opplever."),
      M("T08", "LOs representanter i Samarbeidsrådet for yrkesopplæring", "2.3 1.4", "Råd/utvalg/nettverk",
        "Råd/utvalg/nettverk", "LO", "NHO, KS, Spekter, Virke, YS, Unio, Utdanningsforbundet",
        "Oppnevningsperiode 2020–2024",
        "LO har tre representanter i SRY, som gir råd til myndighetene om kvalitet og dimensjonering i fag- og "
        "yrkesopplæringen."),
      M("T48", "Tillitsvalgte i Råd for samarbeid med arbeidslivet", "1.4", "Råd/utvalg/nettverk",
        "Råd/utvalg/nettverk", "LO", "NHO, universiteter og høyskoler", "Løpende",
        "LO arbeider for at forbundene er representert i RSA ved alle universiteter og høyskoler, og har laget "
        "en veileder for tillitsvalgte som sitter i rådene."),
      M("T05", "Fellesforbundets deltakelse i bransjeprogrammet for industrien og byggenæringen", "2.4 2.1",
        "Kurs/utdanning", "Kurs/utdanning", "LO/Fellesforbundet", "Norsk Industri, BNL, NHO", "2020–2025",
        "Fellesforbundet deltar i styringen av programmet og bidrar til at tilbudene treffer fagarbeidere og "
        "ufaglærte i industri og bygg."),
      M("T30", "LOs oppfølging av IA-avtalen", "3.3", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
        "LO", "Partene i IA-avtalen, NAV", "2019–2024",
        "LO følger opp intensjonsavtalen for et mer inkluderende arbeidsliv og har arbeidet for at "
        "kompetanseutvikling brukes som virkemiddel for å forebygge frafall."),
      M("T43", "Tillitsvalgtskolering om kompetanseutvikling", "2.2", "Kurs/utdanning", "Kurs/utdanning",
        "LO", "AOF, forbundene", "Høst 2023",
        "Kurs for tillitsvalgte om hvordan kompetansebestemmelsene i tariffavtalene kan brukes lokalt, "
        "gjennomført i alle LOs distrikter."),
      M("T75", "Fafo-notat om kompetansebestemmelser i tariffavtalene", "2.2", "FoU", "FoU", "LO", "Fafo",
        "2023", "Notatet kartlegger hvordan kompetansebestemmelsene i tariffavtalene blir brukt, og peker på "
        "forbedringspunkter."),
  ],
  fmt="pdf", numstyle="dot", dmstyle="codes_og",
  labels=[("Delmål", "dm"), ("Type tiltak", "tp"), ("Ansvarlig", "resp"), ("Samarbeidspartnere", "part"),
          ("Periode", "per")],
  intro=["LO rapporterer her på tiltak som følger opp Nasjonal kompetansepolitisk strategi i 2023. "
         "Tiltakene er nummerert fortløpende."])

# --- 8. LO 2024: grouped by delmål, bullets, docx --------------------------
R("LO-rapport_2024.docx", "LO", 2024, "bullets",
  "LO: Rapportering 2024 – oppfølging av Nasjonal kompetansepolitisk strategi",
  [
      M("T01", "Kompetansebehovsutvalget (KBU)", "1.1", "Råd/utvalg/nettverk", "råd/utvalg", per="løpende",
        desc="LO deltar i utvalget og bidro til rapporten om kompetansebehov ved grønn omstilling", c=True),
      M("T09", "Nasjonalt forum for karriereveiledning", "1.3", "Råd/utvalg/nettverk", "nettverk",
        per="løpende", desc="LO er fast medlem og har fremmet behovet for karriereveiledning for voksne "
                            "arbeidstakere"),
      M("T15", "Arbeidsgruppen om kunstig intelligens", "2.1 2.2", "Råd/utvalg/nettverk", "råd/utvalg",
        per="2024–2025", desc="LO deltar i Kompetansepolitisk råds partssammensatte arbeidsgruppe om KI og "
                              "kompetanse"),
      M("T43", "Kurs for tillitsvalgte: kompetanse i tariffavtalene", "2.2", "Kurs/utdanning", "kurs",
        per="2024", desc="videreføring av fjorårets kurs, nå også som nettkurs", c=True),
      M("T32", "Konferanse sammen med Spekter om heltid og kompetanse", "2.2", "Arrangement", "arrangement",
        per="juni 2024", desc="LO Stat og Spekter arrangerte en felles konferanse for tillitsvalgte og ledere "
                              "i helseforetakene"),
      M("T07", "Samfunnskontrakten for flere læreplasser", "2.3", "Råd/utvalg/nettverk", "råd/utvalg/nettverk",
        per="2022–2026", desc="LO og forbundene følger opp kontrakten og arbeider for flere læreplasser i "
                              "offentlig sektor"),
      M("T03", "Handel og Kontor i bransjeprogrammet for varehandelen", "2.4", "Kurs/utdanning",
        "kurs/utdanning", per="2023–2025",
        desc="HK deltar i programrådet og bidrar til rekruttering av deltakere blant butikkansatte"),
  ],
  fmt="docx", dup=True,
  group_titles={"1.1": "Delmål 1.1 Kompetansebehovsutvalget",
                "1.3": "Delmål 1.3 Karriereveiledning",
                "2.1": "Delmål 2.1 Digital kompetanse",
                "2.2": "Delmål 2.2 Kunnskapsgrunnlaget om læring i arbeidslivet",
                "2.3": "Delmål 2.3 Karrieremuligheter i yrkesfagene",
                "2.4": "Delmål 2.4 Koble kompetansebehov og utdanningstilbud"},
  intro=["LO har i 2024 prioritert kompetanse i tariffavtalene, kunstig intelligens og flere læreplasser. "
         "Under følger LOs tiltak sortert etter strategiens delmål. Et tiltak som bidrar til flere delmål er "
         "nevnt under hvert av dem."])

# --- 9. LO 2025: form tables with unusual labels, PDF ----------------------
R("lo-rapportering-2025.pdf", "LO", 2025, "forms",
  "Rapportering fra LO for 2025",
  [
      M("T08", "Samarbeidsrådet for yrkesopplæring (SRY)", "2.3 1.4", "Råd/utvalg/nettverk",
        "Råd/utvalg/nettverk", "LO", "Partene, KD, Udir", "Ny oppnevningsperiode 2024–2028",
        "LO er representert i SRY med tre medlemmer og har i 2025 prioritert arbeidet med ny tilbudsstruktur.",
        c=True),
      M("T31", "Ny IA-avtale 2025–2028", "3.3", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
        "Partene og regjeringen", "NHO, Virke, KS, Spekter, YS, Unio, Akademikerne, AID", "2025–2028",
        "Den nye intensjonsavtalen om et mer inkluderende arbeidsliv ble signert i 2025. LO har fått "
        "gjennomslag for at kompetanseheving er et eget innsatsområde."),
      M("T05", "Bransjeprogram industri og bygg – videreføring", "2.4", "Kurs/utdanning", "Kurs/utdanning",
        "LO/Fellesforbundet", "Norsk Industri, BNL", "2025",
        "Programmet for industri og bygg er videreført i 2025 med nye moduler i elektrifisering og "
        "byggautomasjon.", c=True),
      M("T43", "Tillitsvalgtopplæring i kompetansearbeid", "2.2", "Kurs/utdanning", "Kurs", "LO", "AOF",
        "Vår og høst 2025",
        "Kursrekken for tillitsvalgte om kompetanse i tariffavtalene fortsetter, nå med egen del om KI.",
        c=True),
      M("T76", "LO-undersøkelse om KI på arbeidsplassen", "2.1", "FoU", "FoU", "LO", "Fafo", "2025",
        "Spørreundersøkelse blant LOs medlemmer om bruk av kunstig intelligens i arbeidet og behovet for "
        "opplæring."),
      M("T77", "Informasjonskampanje om voksnes rett til videregående opplæring", "3.1", "Informasjon",
        "Informasjon", "LO", "Forbundene, AOF", "Høst 2025",
        "Kampanje rettet mot medlemmer uten fullført videregående opplæring om retten til å ta fagbrev og "
        "videregående etter den nye opplæringsloven."),
  ],
  fmt="pdf", dmstyle="og",
  labels=[("Hva heter tiltaket?", "title"), ("Hvilke delmål?", "dm"), ("Hva slags tiltak?", "tp"),
          ("Hvem har ansvaret?", "resp"), ("Hvem samarbeider vi med?", "part"), ("Når?", "per"),
          ("Hva går tiltaket ut på?", "desc")],
  intro=["LO svarer her på Kompetansepolitisk råds spørsmål om oppfølging av strategien i 2025."])

# --- 10. NHO 2023: matrix portrait, docx -----------------------------------
R("NHO_rapportering_2023.docx", "NHO", 2023, "matrix",
  "NHO – Næringslivets Hovedorganisasjon: rapportering 2023",
  [
      M("T01", "Deltakelse i Kompetansebehovsutvalget", "1.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
        "NHO", "", "Løpende",
        "NHO er representert i KBU og bidrar med data fra NHOs kompetansebarometer."),
      M("T08", "Deltakelse i SRY", "2.3 1.4", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk", "NHO",
        "LO, KS, Spekter, Virke", "2020–2024",
        "NHO har to representanter i rådet og leder arbeidsutvalget for tilbudsstruktur."),
      M("T48", "NHOs representasjon i RSA-ene", "1.4", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
        "NHO og regionforeningene", "Universiteter og høyskoler, LO", "Løpende",
        "NHOs regionkontorer deltar i rådene for samarbeid med arbeidslivet ved universiteter og høyskoler."),
      M("T05", "Bransjeprogram for industri- og byggenæringen", "2.4 2.1", "Kurs/utdanning", "Kurs/utdanning",
        "NHO/Norsk Industri", "Fellesforbundet, BNL, HK-dir", "2020–2025",
        "Trepartsprogram med kurs og videreutdanning for ansatte i industri og bygg. Over 4 000 deltakere "
        "siden oppstarten."),
      M("T46", "Jenter og teknologi", "2.3", "Informasjon", "Informasjon", "NHO",
        "Norsk Industri, Abelia, universiteter og høyskoler", "Årlig kampanje",
        "Nasjonal kampanje for å få flere jenter til å velge teknologiske fag, både yrkesfag og høyere "
        "utdanning."),
      M("T47", "NHOs kompetansebarometer 2023", "2.2", "FoU", "FoU", "NHO", "NIFU", "2023",
        "Spørreundersøkelse blant NHOs medlemsbedrifter om kompetansebehov. 2023-utgaven viste at seks av ti "
        "bedrifter ikke fikk dekket sitt behov for kompetanse."),
      M("T78", "Utredning av skatteinsentiv for bedrifters kompetanseinvesteringer", "2.2", "FoU", "FoU", "NHO",
        "Samfunnsøkonomisk analyse", "2023",
        "Bestilt utredning av mulige modeller for et skatteinsentiv som gjør det mer lønnsomt for bedrifter å "
        "investere i ansattes kompetanse."),
  ],
  fmt="docx", dmstyle="codes_slash", font_size=8.5,
  cols=[("Navn på tiltak", "title", 3.0), ("Relasjon til delmål", "dm", 1.5), ("Type tiltak", "tp", 2.0),
        ("Ansvarlig", "resp", 1.8), ("Samarbeidspartnere", "part", 2.2),
        ("Tidspunkt og varighet", "per", 1.8), ("Beskrivelse", "desc", 4.7)],
  intro=["NHO rapporterer her på tiltak i 2023. Tabellen følger malen fra Kompetansepolitisk råd."])

# --- 11. NHO 2025: narrative, bold titles, PDF (NHO skipped 2024) ----------
R("NHO_2025_rapport.pdf", "NHO", 2025, "narrative",
  "NHO – rapport til Kompetansepolitisk råd 2025",
  [
      M("T46", "Kampanjen Jenter og teknologi", "2.3", "Informasjon", "informasjonstiltak", "NHO",
        "Norsk Industri og Abelia", "2025",
        "Kampanjen ble videreført i 2025 for tiende år på rad, i samarbeid med Norsk Industri og Abelia. Dette "
        "er et informasjonstiltak som bidrar til delmål 2.3, og NHO er ansvarlig.", c=True),
      M("T31", "Intensjonsavtalen om et mer inkluderende arbeidsliv 2025–2028", "3.3", "Råd/utvalg/nettverk",
        "rådstiltak", "NHO", "de øvrige partene i arbeidslivet og regjeringen", "2025–2028",
        "NHO er part i den nye IA-avtalen sammen med de øvrige partene i arbeidslivet og regjeringen. Avtalen "
        "har kompetanse som eget innsatsområde. Tiltaket er et rådstiltak under delmål 3.3, og "
        "avtaleperioden er 2025–2028."),
      M("T15", "Kompetansepolitisk råds arbeidsgruppe om KI", "2.1 2.2", "Råd/utvalg/nettverk",
        "utvalgsarbeid", "KD", "HK-dir", "2024–2025",
        "NHO deltok i arbeidsgruppen, som leverte sine anbefalinger i april 2025. Arbeidet ble ledet av KD, "
        "med HK-dir som sekretariat, og gikk over 2024–2025. Det var et utvalgsarbeid knyttet til delmål 2.1 "
        "og 2.2."),
      M("T34", "NHO Innlandet i Kompetansealliansen Innlandet", "1.2", "Råd/utvalg/nettverk", "nettverkstiltak",
        "Innlandet fylkeskommune", "NHO Innlandet", "løpende",
        "NHO Innlandet er med i det regionale partnerskapet som Innlandet fylkeskommune leder, der aktørene "
        "samarbeider om regionens kompetansebehov. Tiltaket bidrar til delmål 1.2, er et nettverkstiltak og "
        "er løpende."),
      M("T07", "Samfunnskontrakten for flere læreplasser", "2.3", "Råd/utvalg/nettverk", "nettverkstiltak",
        "NHO", "", "2022–2026",
        "NHO oppfordrer medlemsbedriftene til å ta inn flere lærlinger og følger opp kontrakten i det "
        "nasjonale kontraktsmøtet. Tiltaket bidrar til delmål 2.3 og er et nettverkstiltak for perioden "
        "2022–2026."),
      M("T05", "Bransjeprogrammet i industri og bygg videreføres", "2.4 2.1", "Kurs/utdanning",
        "kurs- og utdanningstiltak", "Norsk Industri", "Fellesforbundet", "2025",
        "Norsk Industri har sammen med Fellesforbundet videreført programmet i 2025, med nye kurs i "
        "elektrifisering. Dette er et kurs- og utdanningstiltak under delmål 2.4 og 2.1.", c=True),
      M("T79", "Kompetanseprogram for matindustrien", "2.1", "Prosjekt", "prosjekt", "NHO Mat og Drikke",
        "NNN og Sjømat Norge", "2025–2026",
        "NHO Mat og Drikke har sammen med NNN og Sjømat Norge startet et eget program for digital kompetanse "
        "og automatisering for ansatte i matindustrien. Det er et prosjekt som bidrar til delmål 2.1 og går "
        "over 2025–2026."),
  ],
  fmt="pdf", bold_title=True,
  intro=["NHO leverte ikke egen rapport for 2024. Denne rapporten omtaler NHOs viktigste tiltak i 2025, "
         "inkludert tiltak som er videreført fra tidligere år."])

# --- 12. KS 2024: transposed matrix (measures as columns), docx -----------
R("KS_2024.docx", "KS", 2024, "transposed",
  "KS – Kommunesektorens organisasjon: rapportering 2024",
  [
      M("T01", "KS i Kompetansebehovsutvalget", "1.1", "Råd/utvalg/nettverk", "Utvalg", "KS",
        "Partene, departementene", "Løpende",
        "KS bidrar med kunnskap om kommunesektorens kompetansebehov, særlig i helse og omsorg og oppvekst."),
      M("T08", "KS' plass i SRY", "2.3 1.4", "Råd/utvalg/nettverk", "Råd", "KS", "Partene i arbeidslivet",
        "2024–2028",
        "KS er representert i Samarbeidsrådet for yrkesopplæring og løfter kommunenes behov for fagarbeidere."),
      M("T04", "Bransjeprogram for kommunal helse- og omsorgssektor", "2.4", "Kurs/utdanning", "Kurs/utdanning",
        "KS", "Fagforbundet, NSF, Delta, FO, HK-dir", "2020–2025",
        "Trepartsprogram med gratis kurs og videreutdanning for ansatte i kommunale helse- og "
        "omsorgstjenester, blant annet i velferdsteknologi og demens."),
      M("T51", "DigiKomp – digital kompetanse i kommunene", "2.1", "Prosjekt", "Prosjekt", "KS",
        "Kommunene, KS Digital", "2024–2026",
        "Program som gir kommunene verktøy for å kartlegge og utvikle ansattes digitale kompetanse."),
      M("T52", "KS Læring", "2.1", "Informasjon", "Informasjon", "KS", "Kommunene", "Løpende",
        "Læringsplattform der kommuner deler kurs og e-læring med ansatte og med hverandre."),
      M("T81", "Kompetanseløft 2025 – oppfølging i kommunene", "2.2 2.4", "Kurs/utdanning", "Kurs/utdanning",
        "KS", "HOD, Helsedirektoratet, statsforvalterne", "2021–2025",
        "Regjeringens plan for rekruttering, kompetanse og fagutvikling i den kommunale helse- og "
        "omsorgstjenesten. KS bistår kommunene i bruken av tilskuddsmidlene."),
  ],
  fmt="docx", dmstyle="codes",
  labels=[("Tiltak", "title"), ("Delmål", "dm"), ("Type", "tp"), ("Ansvarlig", "resp"),
          ("Samarbeid", "part"), ("Tidsrom", "per"), ("Beskrivelse", "desc")],
  per_table=3,
  intro=["KS rapporterer i år i en tabell der hvert tiltak står i en egen kolonne."])

# --- 13. KS 2025: numbered "Tiltak n –" headings, PDF ----------------------
R("KS_rapport_2025.pdf", "KS", 2025, "numbered",
  "Rapportering 2025 fra KS",
  [
      M("T04", "Bransjeprogrammet for den kommunale helse- og omsorgstjenesten", "2.4", "Kurs/utdanning",
        "Kurs/utdanning", "KS", "Fagforbundet, NSF, Delta, FO", "2020–2025",
        "Programmet ble videreført i 2025, og over 9 000 ansatte har deltatt siden oppstarten.", c=True),
      M("T51", "DigiKomp fase 2", "2.1", "Prosjekt", "Prosjekt", "KS", "Kommunene", "2025–2026",
        "I fase 2 tar 120 kommuner i bruk kartleggingsverktøyet, og det er utviklet egne moduler om KI.",
        c=True),
      M("T81", "Kompetanseløft 2025 – siste år", "2.2 2.4", "Kurs/utdanning", "Kurs/utdanning", "KS",
        "HOD, Helsedirektoratet", "2021–2025",
        "Planperioden avsluttes i 2025. KS har samlet kommunenes erfaringer som innspill til en ny plan.",
        c=True),
      M("T09", "Karriereveiledningsforumet", "1.3", "Råd/utvalg/nettverk", "Nettverk", "KS",
        "HK-dir (sekretariat)", "Løpende",
        "KS deltar i det nasjonale forumet for karriereveiledning og har bidratt med kommunesektorens "
        "perspektiv på karriereveiledning for voksne."),
      M("T07", "Samfunnskontrakt for flere læreplasser – kommunene som lærebedrifter", "2.3",
        "Råd/utvalg/nettverk", "Råd/utvalg/nettverk", "KS", "Kommunene, partene", "2022–2026",
        "KS følger opp kontrakten og oppfordrer kommunene til å ta inn flere lærlinger i helse- og "
        "oppvekstfag."),
      M("T82", "Status for lærlinger i kommunesektoren 2025", "2.3", "Informasjon", "Informasjon", "KS", "",
        "2025", "Årlig statusnotat om antall lærlinger i kommuner og fylkeskommuner."),
  ],
  fmt="pdf", numstyle="tiltak", dmstyle="code_short",
  labels=[("Delmål", "dm"), ("Type", "tp"), ("Ansvar", "resp"), ("Partnere", "part"), ("Tidsrom", "per")],
  intro=["KS rapporterer på seks tiltak i 2025."])

# --- 14. Vestland 2023: form tables, nynorsk labels, PDF -------------------
R("Vestland_fylkeskommune_2023.pdf", "Vestland fylkeskommune", 2023, "forms",
  "Vestland fylkeskommune – rapportering 2023 om oppfølging av Nasjonal kompetansepolitisk strategi",
  [
      M("T33", "Kompetanseforum Vestland", "1.2", "Råd/utvalg/nettverk", "Råd/utval/nettverk",
        "Vestland fylkeskommune",
        "NHO Vestland, LO i Vestland, KS, NAV Vestland, Statsforvaltaren, HVL, UiB, fagskulane",
        "2020–, løpande",
        "Regionalt partnarskap som samlar aktørane i fylket om kompetansebehov og tiltak. Forumet møtest fire "
        "gonger i året og har arbeidsgrupper for helse, industri og grøn omstilling."),
      M("T35", "Karriere Vestland – karrieresentera i fylket", "1.3", "Informasjon", "Informasjon",
        "Vestland fylkeskommune", "NAV Vestland, kommunane", "Løpande",
        "Karriere Vestland tilbyr gratis karriererettleiing for vaksne over 19 år ved sentera i Bergen, Førde "
        "og Stord og digitalt."),
      M("T37", "Regional plan for kompetanse og arbeidskraft 2023–2030", "1.2 1.4", "Prosjekt", "Prosjekt",
        "Vestland fylkeskommune", "Kompetanseforum Vestland", "Vedteken 2023",
        "Planen set mål og strategiar for kompetansepolitikken i Vestland og vart vedteken av fylkestinget i "
        "juni 2023."),
      M("T39", "Yrkesopplæringsnemnda i Vestland", "2.3 1.4", "Råd/utvalg/nettverk", "Råd/utval/nettverk",
        "Vestland fylkeskommune", "Partane i arbeidslivet i fylket", "Løpande",
        "Nemnda gir råd om dimensjonering og kvalitet i fag- og yrkesopplæringa i fylket."),
      M("T28", "Partnarskap med NAV Vestland om fagopplæring for vaksne", "3.3 3.5", "Prosjekt", "Prosjekt",
        "Vestland fylkeskommune", "NAV Vestland", "2023–2025",
        "Samarbeid om å gje arbeidssøkjarar utan fullført vidaregåande opplæring høve til å ta fagbrev, "
        "kombinert med oppfølging frå NAV."),
      M("T41", "Kompetansekonferansen Vestland 2023", "1.2", "Arrangement", "Arrangement",
        "Vestland fylkeskommune", "Kompetanseforum Vestland", "14. november 2023",
        "Årleg konferanse for aktørane i kompetansepolitikken i fylket. Tema i 2023 var grøn omstilling og "
        "kompetanse."),
      M("T65", "Lærlingløftet Vestland", "2.3", "Informasjon", "Informasjon", "Vestland fylkeskommune",
        "Opplæringskontora, NHO Vestland, LO i Vestland", "2023–2024",
        "Kampanje for å skaffe fleire læreplassar i fylket, med særleg vekt på offentleg sektor."),
  ],
  fmt="pdf", dmstyle="code_short_nn",
  labels=[("Namn på tiltak", "title"), ("Delmål", "dm"), ("Type tiltak", "tp"), ("Ansvarleg", "resp"),
          ("Samarbeidspartnarar", "part"), ("Tidsrom", "per"), ("Skildring", "desc")],
  intro=["Vestland fylkeskommune rapporterer her på tiltak som følgjer opp strategien i 2023."])

# --- 15. Vestland 2024: bullets under delmål headings, nynorsk, PDF --------
R("Vestland_2024_rapport.pdf", "Vestland fylkeskommune", 2024, "bullets",
  "Rapportering 2024 – Vestland fylkeskommune",
  [
      M("T33", "Kompetanseforum Vestland, fase 2", "1.2", "Råd/utvalg/nettverk", "nettverk", per="2024–2027",
        desc="forumet har fått nytt mandat og eigne arbeidsgrupper for helse og grøn industri", c=True),
      M("T37", "Oppfølging av regional plan for kompetanse: handlingsprogram 2024", "1.2", "Prosjekt",
        "prosjekt", per="2024", desc="handlingsprogrammet konkretiserer tiltaka i planen og vart vedteke i "
                                     "februar", c=True),
      M("T42", "Kompetansekonferansen Vestland 2024", "1.2", "Arrangement", "konferanse", per="november 2024",
        desc="tema var kunstig intelligens i arbeidslivet"),
      M("T35", "Karrieresentera i Vestland", "1.3", "Informasjon", "informasjon/rettleiing", per="løpande",
        desc="gratis karriererettleiing for vaksne, no òg med ope kveldstilbod", c=True),
      M("T65", "Lærlingløftet Vestland (vidareført)", "2.3", "Informasjon", "informasjon", per="2024",
        desc="kampanjen held fram med vekt på kommunane som lærebedrifter", c=True),
      M("T28", "Samarbeidsavtalen med NAV Vestland", "3.3 3.5", "Prosjekt", "prosjekt", per="2023–2025",
        desc="fleire deltakarar tek fagbrev gjennom avtalen", c=True),
      M("T57", "Partnarskapsavtale med VOFO Vestland og studieforbunda", "3.6", "Råd/utvalg/nettverk",
        "nettverk", per="2024–2027",
        desc="ny avtale om samarbeid om opplæring i grunnleggjande ferdigheiter og norsktrening"),
  ],
  fmt="pdf", dup=True,
  group_titles={"1.2": "Delmål 1.2 " + SHORT_NN["1.2"],
                "1.3": "Delmål 1.3 " + SHORT_NN["1.3"],
                "2.3": "Delmål 2.3 " + SHORT_NN["2.3"],
                "3.3": "Delmål 3.3 " + SHORT_NN["3.3"],
                "3.5": "Delmål 3.5 " + SHORT_NN["3.5"],
                "3.6": "Delmål 3.6 " + SHORT_NN["3.6"]},
  intro=["Tiltaka er sorterte etter delmåla i strategien. Tiltak som høyrer til fleire delmål, er førte opp "
         "under kvart av dei."])

# --- 16. Innlandet 2024: one column per year (done / planned), docx -------
R("Innlandet_fk_2024.docx", "Innlandet fylkeskommune", 2024, "yearcols",
  "Innlandet fylkeskommune – rapportering for 2024",
  [
      M("T34", "Kompetansealliansen Innlandet", "1.2", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
        "Innlandet fylkeskommune",
        "NHO Innlandet, LO Innlandet, KS Innlandet, NAV Innlandet, Universitetet i Innlandet, fagskolene",
        "2024–2027",
        "Alliansen ble etablert i februar 2024 og har hatt fire møter. Det er laget et felles kunnskapsgrunnlag "
        "om kompetansebehov i regionen.", plan="Arbeidsgrupper for helse, bygg og reiseliv."),
      M("T36", "Karriere Innlandet", "1.3", "Informasjon", "Informasjon/veiledning", "Innlandet fylkeskommune",
        "NAV Innlandet, kommunene", "Løpende",
        "Karrieresentrene på Hamar, Lillehammer og Gjøvik ga 3 100 veiledninger. Nytt ambulerende tilbud i "
        "Nord-Østerdal.", plan="Åpne karrieresenter i Valdres."),
      M("T38", "Kompetansestrategi for Innlandet 2024–2027", "1.2 1.4", "Prosjekt", "Prosjekt",
        "Innlandet fylkeskommune", "Kompetansealliansen Innlandet", "2024–2027",
        "Strategien ble vedtatt av fylkestinget i juni 2024.", plan="Første rullering av handlingsplanen."),
      M("T29", "Samarbeidsavtale med NAV Innlandet", "3.3 3.5", "Prosjekt", "Prosjekt",
        "Innlandet fylkeskommune", "NAV Innlandet", "2024–2026",
        "Avtale om kvalifisering av arbeidssøkere gjennom videregående opplæring, inngått i mars 2024. "
        "60 deltakere.", plan="Utvide til flere NAV-kontor."),
      M("T25", "Fagbrevpilot for voksne i arbeid", "3.1 2.5", "Prosjekt", "Pilotprosjekt",
        "Innlandet fylkeskommune", "Bedrifter i industri og helse, opplæringskontorene", "2024–2025",
        "Egen pilot der ansatte uten fagbrev tar moduler fra vg2 og vg3 på arbeidsplassen, med veiledning fra "
        "fylkeskommunens lærere. Piloten kommer i tillegg til den nasjonale ordningen.",
        plan="Evaluering og mulig utvidelse."),
      M("T83", "Kompetansekartlegging i små og mellomstore bedrifter", "2.4", "Prosjekt", "Prosjekt",
        "Innlandet fylkeskommune", "Innovasjon Norge, næringshagene", "2024",
        "Kartlegging av kompetansebehov i 80 bedrifter, som grunnlag for nye kurs ved fagskolene.",
        plan="Avsluttet."),
  ],
  fmt="docx", dmstyle="code_short", landscape=True, font_size=9,
  cols=[("Tiltak", "title", 3.4), ("Delmål", "dm", 3.0), ("Type tiltak", "tp", 2.2),
        ("Ansvarlig / partnere", "resppart", 4.2), ("Periode", "per", 1.8), ("Gjennomført 2024", "desc", 5.6),
        ("Planlagt 2025", "plan", 3.6)],
  intro=["Tabellen viser hva som er gjennomført i 2024 og hva som er planlagt for 2025."])

# --- 17. Innlandet 2025: landscape matrix, other column order, PDF --------
R("Innlandet_2025_NKPS.pdf", "Innlandet fylkeskommune", 2025, "matrix",
  "Rapportering 2025 – Innlandet fylkeskommune",
  [
      M("T34", "Kompetansealliansen i Innlandet – videreført", "1.2", "Råd/utvalg/nettverk", "Nettverk",
        "Innlandet fylkeskommune", "Partene i arbeidslivet, NAV, Universitetet i Innlandet, fagskolene",
        "2024–2027", "Alliansen har etablert arbeidsgrupper for helse, bygg og reiseliv.", c=True),
      M("T36", "Karriere Innlandet: karrieresentre i alle regioner", "1.3", "Informasjon", "Informasjon",
        "Innlandet fylkeskommune", "NAV Innlandet, kommunene", "Løpende",
        "Nytt karrieresenter i Valdres åpnet i 2025, slik at alle regioner har et tilbud.", c=True),
      M("T38", "Handlingsplan 2025 for kompetansestrategien", "1.2 1.4", "Prosjekt", "Prosjekt",
        "Innlandet fylkeskommune", "Kompetansealliansen", "2025",
        "Første rullering av handlingsplanen til kompetansestrategien for Innlandet.", c=True),
      M("T25", "Fagbrevpiloten – utvidet til helse og oppvekst", "3.1 2.5", "Prosjekt", "Prosjekt",
        "Innlandet fylkeskommune", "Opplæringskontorene, kommunene", "2024–2026",
        "Piloten for voksne i arbeid er utvidet fra industri til helsearbeiderfaget og barne- og "
        "ungdomsarbeiderfaget.", c=True),
      M("T40", "Yrkesopplæringsnemnda i Innlandet", "2.3", "Råd/utvalg/nettverk", "Råd",
        "Innlandet fylkeskommune", "Partene i arbeidslivet", "Løpende",
        "Nemnda har gitt råd om tilbudsstrukturen og om flere læreplasser i offentlig sektor."),
      M("T84", "Tilskudd til bedriftsintern opplæring (BIO)", "2.4 3.3", "Kurs/utdanning", "Kurs/utdanning",
        "Innlandet fylkeskommune", "NAV Innlandet, bedrifter", "2025",
        "Fylkeskommunen forvalter BIO-midlene og ga i 2025 tilskudd til opplæring i 45 bedrifter i omstilling."),
      M("T85", "Desentraliserte studietilbud i Nord-Østerdal", "1.4", "Kurs/utdanning", "Kurs/utdanning",
        "Innlandet fylkeskommune", "Studiesenteret på Tynset, Universitetet i Innlandet", "2025–2027",
        "Studiesenteret tilbyr desentralisert sykepleier- og lærerutdanning. Oppstarten er delvis finansiert "
        "med midler fra Fleksibel utdanning Norge."),
  ],
  fmt="pdf", landscape=True, dmstyle="og_each",
  cols=[("Tiltak", "title", 4.4), ("Delmål", "dm", 2.4), ("Ansvar", "resp", 2.6), ("Samarbeid med", "part", 4.0),
        ("Tidsrom", "per", 2.0), ("Type", "tp", 2.4), ("Kort om tiltaket", "desc", 7.6)],
  intro=["Innlandet fylkeskommune rapporterer på sju tiltak i 2025."])

# --- 18. AID 2024: narrative, titles not bold, docx ------------------------
R("AID_rapportering_2024.docx", "Arbeids- og inkluderingsdepartementet", 2024, "narrative",
  "Arbeids- og inkluderingsdepartementet (AID) – rapportering 2024",
  [
      M("T26", "Økt bruk av opplæring i arbeidsmarkedspolitikken", "3.3 3.5", "Kurs/utdanning",
        "kurs- og utdanningstiltak", "AID", "Arbeids- og velferdsdirektoratet", "2023–2025",
        "AID har gitt Arbeids- og velferdsdirektoratet i oppdrag å øke bruken av opplæringstiltaket, blant "
        "annet ved at arbeidssøkere kan ta fagbrev og lengre utdanningsløp med inntil tre års varighet. "
        "Tiltaket bidrar til delmål 3.3 og 3.5 og er et kurs- og utdanningstiltak. Oppdraget gjelder for "
        "2023–2025."),
      M("T30", "Avslutning av IA-avtalen 2019–2024", "3.3", "Råd/utvalg/nettverk", "rådstiltak",
        "AID", "partene i arbeidslivet", "2019–2024",
        "Intensjonsavtalen om et mer inkluderende arbeidsliv gjaldt for 2019–2024 og løp ut ved årsskiftet. Partene og regjeringen har "
        "samarbeidet om bransjeprogrammer for å redusere sykefravær og frafall, der kompetanse er et viktig "
        "virkemiddel. Tiltaket er et rådstiltak under delmål 3.3. AID har ansvaret sammen med partene i "
        "arbeidslivet."),
      M("T86", "Evaluering av integreringsloven", "3.4", "FoU", "FoU-tiltak", "AID", "Fafo og NIBR",
        "2022–2025",
        "Fafo og NIBR evaluerer på oppdrag fra AID integreringsloven, blant annet om introduksjonsprogrammet gir flere deltakere "
        "fullført videregående opplæring. Dette er et FoU-tiltak under delmål 3.4 som går over 2022–2025."),
      M("T87", "Jobbsjansen", "3.4", "Kurs/utdanning", "kurs- og utdanningstiltak", "AID", "IMDi", "løpende",
        "AID har ansvaret for tilskuddsordningen, som forvaltes av IMDi og gir innvandrere som står langt fra arbeidslivet et "
        "kvalifiseringsprogram med norskopplæring og arbeidspraksis. Et kurs- og utdanningstiltak under "
        "delmål 3.4, som er løpende."),
      M("T88", "Ungdomsgarantien", "3.5", "Prosjekt", "prosjekt", "AID", "Arbeids- og velferdsdirektoratet",
        "fra 2023",
        "Fra 2023 har unge mellom 16 og 29 år som trenger hjelp fra NAV, rett til en fast veileder og tett "
        "oppfølging, også med opplæring. Prosjektet bidrar til delmål 3.5. AID har ansvaret, og tiltaket "
        "følges opp av Arbeids- og velferdsdirektoratet."),
      M("T90", "Treparts samarbeid om arbeidsintegrering av flyktninger fra Ukraina", "3.4",
        "Råd/utvalg/nettverk", "samarbeidsorgan", "AID", "partene i arbeidslivet og IMDi", "2022–2024",
        "AID har ledet et samarbeidsorgan med partene i arbeidslivet og IMDi for å få flyktninger fra Ukraina "
        "raskere i arbeid, blant annet gjennom norskopplæring på arbeidsplassen. Tiltaket hører til delmål 3.4 "
        "og varte 2022–2024."),
  ],
  fmt="docx", bold_title=False,
  intro=["Arbeids- og inkluderingsdepartementet følger opp strategien særlig innenfor hovedinnsatsområde 3. "
         "Nedenfor omtales departementets tiltak i 2024, ett avsnitt per tiltak."])

# --- 19. AVdir 2023: numbered "1)" paragraphs, docx ------------------------
R("Arbeids-og-velferdsdirektoratet_2023.docx", "Arbeids- og velferdsdirektoratet", 2023, "numbered",
  "Arbeids- og velferdsdirektoratet – rapportering 2023 (oppfølging av kompetansestrategien)",
  [
      M("T26", "Opplæringstiltaket – økt bruk av lengre utdanningsløp", "3.3 3.5", "Kurs/utdanning",
        "Kurs/utdanning", "Arbeids- og velferdsdirektoratet", "AID, fylkeskommunene", "2023–2025",
        "Oppfølging av oppdrag fra departementet. NAV-kontorene skal i større grad bruke opplæringstiltaket til "
        "fag- og yrkesopplæring og høyere yrkesfaglig utdanning for arbeidssøkere som trenger formell "
        "kompetanse."),
      M("T27", "Kurs i grunnleggende ferdigheter for arbeidssøkere", "3.5", "Kurs/utdanning", "Kurs",
        "NAV", "Tiltaksarrangører, voksenopplæringssentre", "Løpende",
        "Kurs i lesing, skriving, regning og digitale ferdigheter for arbeidssøkere som mangler dette for å "
        "komme i jobb."),
      M("T28", "Samarbeid med Vestland fylkeskommune om fagbrev for arbeidssøkere", "3.3 3.5", "Prosjekt",
        "Prosjekt", "NAV Vestland", "Vestland fylkeskommune", "2023–2025",
        "NAV Vestland og fylkeskommunen samarbeider om at arbeidssøkere kan ta fagbrev, med opplæring fra "
        "fylkeskommunen og livsopphold og oppfølging fra NAV."),
      M("T09", "Arbeids- og velferdsdirektoratets plass i Nasjonalt forum for karriereveiledning", "1.3",
        "Råd/utvalg/nettverk", "Råd/utvalg/nettverk", "Arbeids- og velferdsdirektoratet",
        "HK-dir (sekretariat), øvrige medlemmer", "Løpende",
        "Direktoratet deltar i forumet og har bidratt til samordning mellom veiledning i NAV og i "
        "fylkeskommunenes karrieresentre."),
      M("T91", "Kompetanseheving av veiledere i NAV", "1.3", "Kurs/utdanning", "Kurs/utdanning",
        "Arbeids- og velferdsdirektoratet", "OsloMet", "2023–2024",
        "Videreutdanning i karriereveiledning (30 studiepoeng) for veiledere i NAV, i samarbeid med OsloMet."),
      M("T92", "Norskopplæring kombinert med arbeidspraksis", "3.4 3.5", "Kurs/utdanning", "Opplæring",
        "NAV", "Kommunene, IMDi", "2023",
        "Arbeidsrettet norskopplæring for arbeidssøkere med innvandrerbakgrunn, kombinert med praksis i "
        "ordinære virksomheter."),
  ],
  fmt="docx", numstyle="paren", dmstyle="codes_og",
  labels=[("Delmål", "dm"), ("Type", "tp"), ("Ansvarlig", "resp"), ("Samarbeid", "part"), ("Tidsrom", "per")],
  desc_label="Beskrivelse",
  intro=["Arbeids- og velferdsdirektoratet rapporterer for første gang på egne tiltak i oppfølgingen av "
         "strategien."])

# --- 20. AVdir 2025: form tables, PDF (no report 2024) ---------------------
R("AVdir_2025.pdf", "Arbeids- og velferdsdirektoratet", 2025, "forms",
  "Rapportering 2025 – Arbeids- og velferdsdirektoratet (NAV)",
  [
      M("T26", "Opplæring som arbeidsmarkedstiltak – videreført satsing", "3.3 3.5", "Kurs/utdanning",
        "Kurs/utdanning", "Arbeids- og velferdsdirektoratet", "AID, fylkeskommunene", "2023–2025",
        "Andelen tiltaksdeltakere i opplæring som gir formell kompetanse har økt fra 18 til 26 prosent siden "
        "2022.", c=True),
      M("T27", "GF-kurs (grunnleggende ferdigheter)", "3.5", "Kurs/utdanning", "Kurs", "NAV",
        "Tiltaksarrangører", "Løpende",
        "Kursene i lesing, skriving, regning og digitale ferdigheter er lagt om til kortere moduler som kan "
        "kombineres med arbeidspraksis.", c=True),
      M("T31", "NAV Arbeidslivssenter i ny IA-avtale 2025–2028", "3.3", "Råd/utvalg/nettverk",
        "Råd/utvalg/nettverk", "NAV Arbeidslivssenter", "Partene i IA-avtalen", "2025–2028",
        "Arbeidslivssentrene bistår virksomheter med kompetansetiltak for å forebygge sykefravær og frafall, "
        "som en del av den nye avtalen."),
      M("T93", "Nasjonal modell for samarbeid mellom NAV og fylkeskommunene om fagbrev", "3.3 3.5",
        "Prosjekt", "Prosjekt", "Arbeids- og velferdsdirektoratet", "Fylkeskommunene, KS", "2025–2026",
        "Med utgangspunkt i erfaringer fra blant annet samarbeidet i Vestland utvikles en felles nasjonal "
        "modell for samarbeid om fagbrev for arbeidssøkere."),
      M("T88", "Ungdomsgarantien – opplæring for unge under 30", "3.5", "Prosjekt", "Prosjekt",
        "Arbeids- og velferdsdirektoratet", "AID", "Løpende",
        "Flere unge i ungdomsgarantien får tilbud om opplæring som fører til fagbrev."),
      M("T95", "Opplæring av arbeidssøkere i bruk av KI-verktøy", "2.1 3.5", "Kurs/utdanning", "Kurs", "NAV",
        "Tiltaksarrangører", "2025",
        "Pilotkurs for arbeidssøkere i praktisk bruk av KI-verktøy i jobbsøking og arbeid."),
  ],
  fmt="pdf", dmstyle="code_short",
  labels=[("Tiltak", "title"), ("Knytning til delmål", "dm"), ("Tiltakstype", "tp"),
          ("Ansvarlig enhet", "resp"), ("Samarbeidspartnere", "part"), ("Varighet", "per"),
          ("Om tiltaket", "desc")],
  intro=["Direktoratet leverte ikke rapport for 2024. Tiltak som er videreført fra 2023, er markert i "
         "beskrivelsen."])

# --- 21. YS 2025: bullets under delmål headings (code + text), docx --------
R("YS_2025.docx", "YS", 2025, "bullets",
  "YS – Yrkesorganisasjonenes Sentralforbund: rapport 2025",
  [
      M("T01", "Utvalget for kompetansebehov (KBU)", "1.1", "Råd/utvalg/nettverk", "utvalg", per="2025–",
        desc="YS har fra 2025 overtatt en av arbeidstakerplassene i utvalget"),
      M("T15", "Arbeidsgruppe om kunstig intelligens og kompetanse", "2.1", "Råd/utvalg/nettverk",
        "råd/utvalg/nettverk", per="2024–2025",
        desc="YS deltok i den partssammensatte arbeidsgruppen nedsatt av Kompetansepolitisk råd"),
      M("T44", "YS-kurs for tillitsvalgte om KI og kompetanse", "2.1 2.2", "Kurs/utdanning", "kurs",
        per="2025", desc="todagerskurs for tillitsvalgte i YS-forbundene om kompetanseutvikling når ny "
                         "teknologi tas i bruk"),
      M("T96", "YS Arbeidslivsbarometer: kompetansedelen", "2.2", "FoU", "FoU", per="2025",
        desc="årlig undersøkelse med egne spørsmål om opplæring på arbeidsplassen"),
      M("T08", "YS' plass i det nasjonale samarbeidsrådet for fag- og yrkesopplæringen", "2.3",
        "Råd/utvalg/nettverk", "råd", per="2024–2028", desc="YS er representert gjennom Parat og Delta"),
      M("T07", "Kontrakten for flere læreplasser", "2.3", "Råd/utvalg/nettverk", "nettverk", per="2022–2026",
        desc="YS er en av partene bak samfunnskontrakten og følger opp i kontraktsmøtene"),
      M("T04", "Delta i bransjeprogrammet for helse og omsorg i kommunene", "2.4", "Kurs/utdanning",
        "kurs/utdanning", per="2024–2025", desc="YS-forbundet Delta er med i programrådet"),
  ],
  fmt="docx", dup=True,
  group_titles={"1.1": "1.1 Kompetansebehovsutvalget",
                "2.1": "2.1 Digital kompetanse",
                "2.2": "2.2 Kunnskapsgrunnlaget",
                "2.3": "2.3 Yrkesfag og læreplasser",
                "2.4": "2.4 Kompetansebehov og utdanningstilbud"},
  intro=["YS rapporterer tiltakene under de delmålene de hører til."])

# --- 22. Unio 2023: narrative, title sentence not bold, PDF ---------------
R("Unio_rapport_2023.pdf", "Unio", 2023, "narrative",
  "Unio – rapportering 2023",
  [
      M("T01", "Unios representasjon i utvalget som analyserer Norges kompetansebehov", "1.1",
        "Råd/utvalg/nettverk", "rådstiltak", "Unio", "", "løpende",
        "Unio har et medlem i det regjeringsoppnevnte utvalget som sammenstiller og analyserer kunnskap om "
        "framtidige kompetansebehov. Representasjonen er et rådstiltak under delmål 1.1 og er løpende."),
      M("T04", "Sykepleierforbundets deltakelse i bransjeprogrammet for kommunal helse og omsorg", "2.4",
        "Kurs/utdanning", "kurs- og utdanningstiltak", "NSF", "KS og Fagforbundet", "2020–2025",
        "NSF sitter i programrådet sammen med KS og Fagforbundet og har bidratt til nye "
        "videreutdanningsmoduler for sykepleiere i kommunene. Dette er et kurs- og utdanningstiltak under "
        "delmål 2.4 for perioden 2020–2025."),
      M("T45", "Skolering av tillitsvalgte i kompetanse i lokale forhandlinger", "2.2", "Kurs/utdanning",
        "kurstiltak", "Unio", "Unios forbund", "høsten 2023",
        "Unio og forbundene har holdt kurs for tillitsvalgte om hvordan kompetanse kan tas inn i lokale "
        "forhandlinger og i kompetanseplaner. Kurstiltaket bidrar til delmål 2.2 og ble holdt høsten 2023 "
        "sammen med Unios forbund."),
      M("T48", "Deltakelse i Råd for samarbeid med arbeidslivet", "1.4", "Råd/utvalg/nettverk", "nettverkstiltak",
        "Unio-forbundene", "universiteter og høyskoler", "løpende",
        "Unio-forbundene er representert i RSA ved universiteter og høyskoler som utdanner lærere, "
        "sykepleiere og politi. Det er et nettverkstiltak under delmål 1.4 og er løpende."),
      M("T64", "Partssammensatt arbeidsgruppe om digital kompetanse i staten", "2.1", "Råd/utvalg/nettverk",
        "rådstiltak", "Unio stat", "LO Stat, YS Stat, Akademikerne og Digitaliseringsdirektoratet", "2023–2024",
        "Unio stat deltar i en arbeidsgruppe på statlig tariffområde sammen med LO Stat, YS Stat, "
        "Akademikerne og Digitaliseringsdirektoratet for å kartlegge digitale kompetansebehov i staten. "
        "Rådstiltaket bidrar til delmål 2.1 og varer 2023–2024."),
      M("T97", "Rapport om etter- og videreutdanning for lærere og helsepersonell", "2.2", "FoU", "FoU",
        "Unio", "Ny Analyse", "oktober 2023",
        "Unio fikk Ny Analyse til å kartlegge hvordan etter- og videreutdanning finansieres for lærere og "
        "helsepersonell. FoU-rapporten ble publisert i oktober 2023 og bidrar til delmål 2.2."),
  ],
  fmt="pdf", bold_title=False,
  intro=["Unio rapporterer her på tiltak i 2023. Hvert avsnitt beskriver ett tiltak."])

# --- 23. Spekter 2024: 2017-style numbered forms with Word list leak, PDF ---
R("Spekter_rapportering_2024.pdf", "Spekter", 2024, "spekter",
  "Spekter – rapportering 2024 på Nasjonal kompetansepolitisk strategi",
  [
      M("T32", "Felles konferanse med LO Stat om heltidskultur og kompetanse", "2.2 2.3", "Arrangement",
        "Arrangement", "Spekter og LO Stat", "Helseforetakene", "12. juni 2024",
        "Konferansen samlet ledere og tillitsvalgte fra sykehusene for å drøfte hvordan heltidsstillinger og "
        "kompetanseutvikling henger sammen.",
        s2="Spekter og LO Stat er i fellesskap ansvarlig for konferansen. Helseforetakene bidrar med innlegg.",
        s4="Konferansen ble holdt 12. juni 2024 i Oslo."),
      M("T07", "Oppfølging av Samfunnskontrakten for flere læreplasser i helseforetakene", "2.3", "Informasjon",
        "Informasjon", "Spekter", "Helseforetakene", "2022–2026",
        "Spekter har sendt brev til alle medlemsvirksomheter og fulgt opp kontraktens mål om flere "
        "læreplasser, særlig i helsefagarbeiderfaget.",
        s2="Spekter er ansvarlig. Samarbeidspartnere er helseforetakene.",
        s4="Tiltaket følger kontraktsperioden 2022–2026."),
      M("T08", "Spekters representant i Samarbeidsrådet for yrkesopplæring", "2.3 1.4", "Råd/utvalg/nettverk",
        "Råd/utvalg/nettverk", "Spekter", "", "2024–2028",
        "Spekter har én representant i rådet og løfter behovene i spesialisthelsetjenesten.",
        s2="Spekter er ansvarlig for tiltaket.",
        s4="Oppnevningsperioden er 2024–2028."),
      M("T06", "Bransjeprogram for spesialisthelsetjenesten", "2.4", "Kurs/utdanning", "Kurs/utdanning",
        "Spekter", "Fagforbundet, NSF, Delta og helseforetakene", "2024–2025",
        "Programmet gir helsefagarbeidere og helsesekretærer i sykehusene tilgang til gratis kurs og "
        "videreutdanning.",
        s2="Spekter er ansvarlig. Samarbeidspartnere er Fagforbundet, NSF, Delta og helseforetakene.",
        s4="Programmet startet høsten 2024 og løper 2024–2025."),
      M("T30", "Spekters oppfølging av IA-avtalen i sykehusene", "3.3", "Råd/utvalg/nettverk",
        "Råd/utvalg/nettverk", "Spekter", "LO, YS, Unio og Akademikerne", "2019–2024",
        "Spekter har sammen med arbeidstakerorganisasjonene brukt IA-avtalen til å styrke kompetanse som "
        "virkemiddel mot frafall i sykehusene.",
        s2="Spekter er ansvarlig. Samarbeidspartnere er LO, YS, Unio og Akademikerne.",
        s4="Avtaleperioden er 2019–2024."),
      M("T98", "Møteplass lærebedrifter", "2.3 1.4", "Arrangement", "Arrangement", "Spekter",
        "Opplæringskontorene og fylkeskommunene", "6. mars 2024",
        "Heldagsarrangement for medlemsvirksomheter som er eller ønsker å bli lærebedrifter.",
        s2="Spekter er ansvarlig. Samarbeidspartnere er opplæringskontorene og fylkeskommunene.",
        s4="Arrangementet ble holdt 6. mars 2024."),
  ],
  fmt="pdf", dmstyle="og_rel",
  intro=["Rapporteringspunkter:"])

# --- 24. Virke 2023: matrix with delmål as text only, docx -----------------
R("Virke_rapportering_2023.docx", "Virke", 2023, "matrix",
  "Virke – rapportering 2023",
  [
      M("T03", "Bransjeprogram for varehandelen", "2.4 2.1", "Kurs/utdanning", "Kurs/utdanning", "Virke",
        "Handel og Kontor, HK-dir, fagskoler", "2023–2025",
        "Trepartsprogram med korte kurs i blant annet netthandel, salg og ledelse for ansatte i varehandelen."),
      M("T49", "Bransjestandard for dokumentasjon av kompetanse i handelen", "2.5", "Prosjekt", "Prosjekt",
        "Virke", "Handel og Kontor, LO, YS", "2023–2024",
        "Videreutvikling av modellen fra Balansekunst-rapporten til en bransjestandard for å beskrive og "
        "dokumentere kompetanse som butikkansatte bygger opp i jobben."),
      M("T99", "Virkes HR-nettverk for kompetanseutvikling", "2.2", "Råd/utvalg/nettverk", "Nettverk", "Virke",
        "Medlemsvirksomheter", "Løpende",
        "Nettverk for HR-ledere i medlemsvirksomhetene med fire samlinger i året om kompetansestrategi."),
      M("T100", "Studie om KI i varehandelen", "2.1 2.2", "FoU", "Forskning og utvikling", "Virke",
        "Samfunnsøkonomisk analyse", "2023",
        "Studie av hvordan kunstig intelligens påvirker oppgaver og kompetansebehov i varehandelen."),
      M("T101", "Rekrutteringskampanje for lærlinger i handel", "2.3", "Informasjon", "Kampanje", "Virke",
        "Opplæringskontorene", "Vår 2023",
        "Kampanje i sosiale medier for å få flere unge til å velge salg, service og reiseliv."),
      M("T102", "Praksisplasser for studenter i Virke-virksomheter", "1.4", "Kurs/utdanning", "Kurs/utdanning",
        "Virke", "Universiteter og høyskoler", "2023–2024",
        "Formidling av praksisplasser for studenter i økonomi og ledelse i medlemsvirksomheter."),
  ],
  fmt="docx", dmstyle="text", font_size=9,
  cols=[("Tiltak", "title", 3.0), ("Delmål (strategiens formulering)", "dm", 3.2), ("Type", "tp", 1.8),
        ("Ansvarlig", "resp", 1.4), ("Samarbeidspartnere", "part", 2.2), ("Periode", "per", 1.6),
        ("Beskrivelse", "desc", 3.8)],
  intro=["Virke har brukt strategiens egne formuleringer av delmålene i tabellen."])

# --- 25. Virke 2024: form tables, docx -------------------------------------
R("Virke_2024.docx", "Virke", 2024, "forms",
  "Rapportering fra Virke 2024",
  [
      M("T03", "Bransjeprogrammet for handel – videreført", "2.4 2.1", "Kurs/utdanning", "Kurs/utdanning",
        "Virke", "Handel og Kontor, HK-dir", "2023–2025",
        "Programmet er videreført med nye kurs i bærekraft og sirkulær handel.", c=True),
      M("T49", "Kompetansebevis for handelsansatte", "2.5", "Prosjekt", "Prosjekt", "Virke",
        "Handel og Kontor", "2024",
        "Bransjestandarden fra 2023 er tatt i bruk som et kompetansebevis som ansatte får når de har "
        "gjennomført opplæring i butikk.", c=True),
      M("T15", "Arbeidsgruppen om KI i Kompetansepolitisk råd", "2.1 2.2", "Råd/utvalg/nettverk",
        "Råd/utvalg/nettverk", "KD", "Partene i arbeidslivet", "2024–2025",
        "Virke deltar i arbeidsgruppen og har bidratt med erfaringer fra handel og tjenesteyting."),
      M("T07", "Samfunnskontrakten", "2.3", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk", "Virke",
        "Partene, KD", "2022–2026",
        "Virke følger opp kontrakten for flere læreplasser i handel og private velferdstjenester."),
      M("T103", "Rapport: Kompetansebehov i varehandelen 2024", "2.2", "FoU", "FoU", "Virke", "Menon",
        "2024",
        "Kartlegging blant Virkes medlemmer i handelen av kompetansebehovet de neste fem årene."),
      M("T99", "HR-nettverket i Virke", "2.2", "Råd/utvalg/nettverk", "Nettverk", "Virke",
        "Medlemsvirksomheter", "Løpende", "Nettverket hadde fire samlinger i 2024.", c=True),
  ],
  fmt="docx", dmstyle="codes_slash",
  labels=[("Navn på tiltak", "title"), ("Relasjon til delmål", "dm"), ("Type tiltak", "tp"),
          ("Ansvarlig", "resp"), ("Samarbeid med", "part"), ("Tidspunkt og varighet", "per"),
          ("Kort beskrivelse", "desc")],
  intro=["Virke rapporterer på seks tiltak i 2024."])

# --- 26. VOFO 2025: table with merged group rows per delmål, docx ----------
R("VOFO_rapportering_2025.docx", "VOFO", 2025, "groupmatrix",
  "VOFO – Voksenopplæringsforbundet: rapportering 2025",
  [
      M("T57", "Partnerskapsavtale med Vestland fylkeskommune", "1.2", "Råd/utvalg/nettverk", "Nettverk",
        "VOFO Vestland", "Vestland fylkeskommune, studieforbundene", "2024–2027",
        "Avtalen gir studieforbundene en fast rolle i fylkets arbeid med grunnleggende ferdigheter og "
        "norsktrening.", grp="1.2"),
      M("T58", "Styrket regional tilstedeværelse", "1.2", "Prosjekt", "Prosjekt", "VOFO", "VOFO-regionene",
        "2025", "Flere regionkonsulenter og faste møter med fylkeskommunene.", grp="1.2"),
      M("T54", "Informasjon om Kompetanseprogrammet til studieforbundene", "3.2", "Informasjon", "Informasjon",
        "VOFO", "HK-dir, studieforbundene", "2025",
        "Webinarer og veiledning for studieforbund som vil søke midler til opplæring i grunnleggende "
        "ferdigheter.", grp="3.2"),
      M("T55", "Norsktrening i studieforbundene", "3.4 3.6", "Kurs/utdanning", "Kurs/utdanning", "VOFO",
        "Studieforbundene, frivillige organisasjoner", "Løpende",
        "Uformelle språkkafeer og norskkurs for innvandrere i regi av studieforbundene.", grp="3.4 3.6"),
      M("T56", "Forskningsprosjekt om studieforbundene som læringsarena", "3.6", "FoU", "FoU", "VOFO", "Fafo",
        "2025–2026", "Prosjektet undersøker hvem som deltar i studieforbundenes kurs, og hva de lærer.",
        grp="3.6"),
      M("T104", "Innspill til ny forskrift om tilskudd til studieforbund", "3.6", "Råd/utvalg/nettverk",
        "Råd/utvalg/nettverk", "VOFO", "Studieforbundene", "2025",
        "VOFO har samordnet studieforbundenes høringsinnspill til ny forskrift.", grp="3.6"),
  ],
  fmt="docx", other_col=False,
  group_titles={"1.2": "Delmål 1.2 – regionalt samarbeid om kompetanse",
                "3.2": "Delmål 3.2 – Kompetanseprogrammet og grunnleggende ferdigheter",
                "3.4 3.6": "Delmål 3.4 og 3.6 – norskopplæring og læring i frivillig sektor",
                "3.6": "Delmål 3.6 – læring i frivillig sektor"},
  cols=[("Tiltak", "title", 3.8), ("Type", "tp", 2.0), ("Ansvarlig", "resp", 1.8),
        ("Samarbeidspartnere", "part", 2.8), ("Periode", "per", 1.6), ("Beskrivelse", "desc", 5.0)],
  intro=["VOFO rapporterer på vegne av studieforbundene. Tiltakene er gruppert etter delmål."])


# ============================================================================
# Tiltak catalogue (analyst's canonical names) and near misses
# ============================================================================
CATALOGUE = {
    "T01": "Kompetansebehovsutvalget (KBU) – deltakelse, sekretariat og departementets ansvar",
    "T02": "Bransjeprogrammene for kompetanseutvikling (paraply; KDs oppdrag og HK-dirs forvaltning)",
    "T03": "Bransjeprogram for varehandelen",
    "T04": "Bransjeprogram for kommunal helse- og omsorgssektor",
    "T05": "Bransjeprogram for industri og bygg",
    "T06": "Bransjeprogram for spesialisthelsetjenesten (Spekter)",
    "T07": "Samfunnskontrakt for flere læreplasser 2022–2026",
    "T08": "Samarbeidsrådet for yrkesopplæring (SRY)",
    "T09": "Nasjonalt forum for karriereveiledning",
    "T10": "Nasjonal digital karriereveiledning (karriereveiledning.no)",
    "T11": "Kompetanseprogrammet (grunnleggende ferdigheter, fra 2022)",
    "T12": "Avvikling av Kompetansepluss (forgjengeren til Kompetanseprogrammet)",
    "T13": "Fleksibel utdanning Norge – tilskudd til fleksible og desentraliserte utdanningstilbud",
    "T14": "Tilskudd til fleksible videreutdanningstilbud i KI og digital kompetanse (2024)",
    "T15": "Kompetansepolitisk råds partssammensatte arbeidsgruppe om KI og kompetanse",
    "T16": "Virksomhetsundersøkelsen 2023 (datainnsamling)",
    "T17": "Rapport fra Virksomhetsundersøkelsen 2023 (analyse, publisert 2024)",
    "T18": "Godkjenningsordning for utenlandsk fag- og yrkesopplæring",
    "T19": "Godkjenning av utenlandsk fagskoleutdanning – ny digital søknadsløsning",
    "T20": "Tilskudd til kompletterende utdanning (KDs oppdrag, HK-dirs forvaltning)",
    "T22": "Modulstrukturert fag- og yrkesopplæring for voksne (forsøk → varig ordning)",
    "T23": "Ny opplæringslov – voksnes rett til videregående opplæring",
    "T24": "Fagbrev på jobb (nasjonal ordning)",
    "T25": "Innlandets fagbrevpilot for voksne i arbeid",
    "T26": "Økt bruk av opplæringstiltaket i NAV (AIDs oppdrag, AVdirs gjennomføring)",
    "T27": "Kurs i grunnleggende ferdigheter for arbeidssøkere (GF-kurs, NAV)",
    "T28": "Partnerskap Vestland fylkeskommune – NAV Vestland om fagbrev for arbeidssøkere",
    "T29": "Samarbeidsavtale Innlandet fylkeskommune – NAV Innlandet",
    "T30": "IA-avtalen 2019–2024",
    "T31": "IA-avtalen 2025–2028",
    "T32": "Felles konferanse Spekter/LO Stat om heltid og kompetanse (juni 2024)",
    "T33": "Kompetanseforum Vestland",
    "T34": "Kompetansealliansen Innlandet",
    "T35": "Karriere Vestland (karrieresentrene i Vestland)",
    "T36": "Karriere Innlandet (karrieresentrene i Innlandet)",
    "T37": "Regional plan for kompetanse og arbeidskraft i Vestland (med handlingsprogram)",
    "T38": "Kompetansestrategi for Innlandet 2024–2027 (med handlingsplan)",
    "T39": "Yrkesopplæringsnemnda i Vestland",
    "T40": "Yrkesopplæringsnemnda i Innlandet",
    "T41": "Kompetansekonferansen Vestland 2023",
    "T42": "Kompetansekonferansen Vestland 2024",
    "T43": "LOs tillitsvalgtskolering om kompetanse i tariffavtalene",
    "T44": "YS-kurs for tillitsvalgte om KI og kompetanse",
    "T45": "Unios skolering av tillitsvalgte om kompetanse i lokale forhandlinger",
    "T46": "Jenter og teknologi (NHO-kampanje)",
    "T47": "NHOs kompetansebarometer 2023",
    "T48": "Råd for samarbeid med arbeidslivet (RSA)",
    "T49": "Virkes bransjestandard / kompetansebevis for handelen",
    "T51": "DigiKomp – digital kompetanse i kommunene (KS)",
    "T52": "KS Læring",
    "T54": "VOFOs informasjon om Kompetanseprogrammet til studieforbundene",
    "T55": "Norsktrening i studieforbundene",
    "T56": "Forskningsprosjekt om studieforbundene som læringsarena",
    "T57": "Partnerskapsavtale Vestland fylkeskommune – VOFO Vestland",
    "T58": "VOFOs styrkede regionale tilstedeværelse",
    "T64": "Partssammensatt arbeidsgruppe om digital kompetanse i staten (statlig tariffområde)",
    "T65": "Lærlingløftet Vestland",
    "T68": "Karriereveiledningskonferansen 2025",
    "T70": "Karriereveiledningskonferansen 2024",
    "T71": "Oppfølging av utsynsmeldingen (Meld. St. 14 (2022–2023))",
    "T72": "Styrket finansiering av fagskolene",
    "T73": "Arbeid med neste utsynsmelding (2027)",
    "T74": "Utvidet studiestøtte for voksne på deltid",
    "T75": "Fafo-notat om kompetansebestemmelser i tariffavtalene (LO)",
    "T76": "LO-undersøkelse om KI på arbeidsplassen",
    "T77": "LOs informasjonskampanje om voksnes rett til videregående opplæring",
    "T78": "NHOs utredning av skatteinsentiv for kompetanseinvesteringer",
    "T79": "Kompetanseprogram for matindustrien (NHO Mat og Drikke)",
    "T81": "Kompetanseløft 2025 (KS' oppfølging i kommunene)",
    "T82": "Status for lærlinger i kommunesektoren 2025",
    "T83": "Kompetansekartlegging i SMB-er (Innlandet)",
    "T84": "Tilskudd til bedriftsintern opplæring (BIO) i Innlandet",
    "T85": "Desentraliserte studietilbud i Nord-Østerdal",
    "T86": "Evaluering av integreringsloven",
    "T87": "Jobbsjansen",
    "T88": "Ungdomsgarantien (AID; AVdir)",
    "T90": "Treparts samarbeid om arbeidsintegrering av flyktninger fra Ukraina",
    "T91": "Kompetanseheving av veiledere i NAV",
    "T92": "Norskopplæring kombinert med arbeidspraksis (NAV)",
    "T93": "Nasjonal modell for samarbeid NAV–fylkeskommunene om fagbrev",
    "T95": "Opplæring av arbeidssøkere i KI-verktøy (NAV)",
    "T96": "YS Arbeidslivsbarometer – kompetansedelen",
    "T97": "Unio-rapport om EVU for lærere og helsepersonell",
    "T98": "Møteplass lærebedrifter (Spekter, 2024)",
    "T99": "Virkes HR-nettverk for kompetanseutvikling",
    "T100": "Virke-studie om KI i varehandelen (2023)",
    "T101": "Virkes rekrutteringskampanje for lærlinger i handel",
    "T102": "Praksisplasser for studenter i Virke-virksomheter",
    "T103": "Virke-rapport: Kompetansebehov i varehandelen 2024",
    "T104": "VOFOs innspill til ny forskrift om tilskudd til studieforbund",
}

NEAR_MISSES = [
    ("T02", "T03", "Paraplyen (alle bransjeprogrammene, KD/HK-dir) er ikke det samme som delprogrammet for "
                   "varehandelen som Virke og HK/LO rapporterer."),
    ("T02", "T05", "Paraplyen vs. delprogrammet for industri og bygg (Fellesforbundet/Norsk Industri)."),
    ("T03", "T04", "To ulike delprogrammer av bransjeprogrammene: varehandel vs. kommunal helse og omsorg."),
    ("T04", "T06", "Kommunal helse- og omsorgssektor (KS) vs. spesialisthelsetjenesten (Spekter): to programmer "
                   "for helsesektoren med nesten like navn."),
    ("T03", "T05", "To ulike delprogrammer av bransjeprogrammene: varehandel vs. industri og bygg."),
    ("T11", "T12", "Kompetanseprogrammet (ny ordning fra 2022) vs. avviklingen av forgjengeren Kompetansepluss."),
    ("T13", "T14", "To ulike tilskuddsordninger som deler «tilskudd til fleksible ... utdanningstilbud»: "
                   "Fleksibel utdanning Norge vs. KI-/digitalutlysningen 2024."),
    ("T16", "T17", "Spørreundersøkelsen (datainnsamling 2023) vs. analyserapporten fra den (egen kontrakt, "
                   "publisert 2024)."),
    ("T18", "T19", "Godkjenning av utenlandsk fag- og yrkesopplæring (videregående nivå) vs. godkjenning av "
                   "utenlandsk fagskoleutdanning."),
    ("T22", "T25", "Nasjonal modulstrukturert opplæring for voksne vs. Innlandets egen fagbrevpilot med moduler."),
    ("T24", "T25", "Nasjonal ordning Fagbrev på jobb vs. Innlandets egen pilot for voksne i arbeid."),
    ("T11", "T27", "Begge gjelder grunnleggende ferdigheter: HK-dirs tilskuddsordning vs. NAVs kurs for "
                   "arbeidssøkere."),
    ("T28", "T29", "To fylkers egne samarbeidsavtaler med NAV (Vestland vs. Innlandet)."),
    ("T30", "T31", "IA-avtalen 2019–2024 vs. den nye IA-avtalen 2025–2028 (navngitt etterfølger)."),
    ("T33", "T34", "To fylkers regionale kompetanseforum (Kompetanseforum Vestland vs. Kompetansealliansen "
                   "Innlandet)."),
    ("T35", "T36", "To fylkers karrieresentre (Karriere Vestland vs. Karriere Innlandet)."),
    ("T37", "T38", "To fylkers egne planer/strategier for kompetanse."),
    ("T39", "T40", "To fylkers yrkesopplæringsnemnder."),
    ("T08", "T39", "Det nasjonale Samarbeidsrådet for yrkesopplæring vs. fylkets yrkesopplæringsnemnd."),
    ("T41", "T42", "Hver årgang av Kompetansekonferansen Vestland er et eget arrangement."),
    ("T70", "T68", "Hver årgang av Karriereveiledningskonferansen er et eget arrangement."),
    ("T09", "T70", "Nasjonalt forum for karriereveiledning (samordningsorgan) vs. nasjonal konferanse for "
                   "karriereveiledere."),
    ("T43", "T44", "LOs og YS' egne kurs for tillitsvalgte om kompetanse."),
    ("T43", "T45", "LOs og Unios egne kurs for tillitsvalgte om kompetanse."),
    ("T44", "T45", "YS' og Unios egne kurs for tillitsvalgte."),
    ("T11", "T54", "Den nasjonale tilskuddsordningen vs. VOFOs egen informasjonsinnsats om den."),
    ("T15", "T64", "To ulike partssammensatte arbeidsgrupper: Kompetansepolitisk råds KI-gruppe vs. "
                   "statlig tariffområdes gruppe om digital kompetanse."),
    ("T07", "T65", "Den nasjonale Samfunnskontrakten vs. Vestlands egen lærlingkampanje."),
    ("T71", "T73", "Oppfølging av utsynsmeldingen 2023 vs. arbeidet med den neste utsynsmeldingen (2027)."),
    ("T23", "T77", "Lovendringen (KD) vs. LOs egen informasjonskampanje om den nye retten."),
    ("T28", "T93", "Vestlands partnerskap med NAV vs. AVdirs nasjonale modell som bygger på det."),
    ("T13", "T85", "Den nasjonale tilskuddsordningen vs. Innlandets studietilbud som delvis er finansiert av den."),
    ("T04", "T81", "Bransjeprogrammet for kommunal helse og omsorg vs. Kompetanseløft 2025 (HODs plan for "
                   "samme sektor)."),
    ("T28", "T57", "Vestlands to ulike partnerskapsavtaler: med NAV Vestland vs. med VOFO Vestland."),
    ("T100", "T103", "To ulike Virke-studier om varehandelen (KI-studie 2023 vs. kompetansebehovsrapport 2024)."),
]


# ============================================================================
# Formatting helpers
# ============================================================================
def join_og(items, og="og"):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {og} " + items[-1]


def fmt_dm(codes, style):
    if style == "codes":
        return ", ".join(codes)
    if style == "codes_og":
        return join_og(codes)
    if style == "codes_slash":
        return " / ".join(codes)
    if style == "og":
        return "Delmål " + join_og(codes)
    if style == "og_each":
        return "\n".join("Delmål " + c for c in codes)
    if style == "og_rel":
        return "Relasjon til delmål " + join_og(codes) + "."
    if style == "code_short":
        return "\n".join(f"{c} {SHORT[c]}" for c in codes)
    if style == "code_short_nn":
        return "\n".join(f"{c} {SHORT_NN[c]}" for c in codes)
    if style == "text":
        return "\n".join(LONG[c] for c in codes)
    raise ValueError(style)


def field(row, key, rep, nr=None):
    o = rep["opts"]
    if key == "dm":
        return fmt_dm(row["dm"], o.get("dmstyle", "codes"))
    if key == "nr":
        return str(nr)
    if key == "other":
        grp = row["grp"].split()
        return ", ".join(c for c in row["dm"] if c not in grp)
    if key == "resppart":
        s = f"{row['resp']} (ansvarlig)"
        if row["part"]:
            s += f"; {row['part']}"
        return s
    return row[key]


def set_cell(cell, text, bold=False, size=None, shade=None):
    cell.text = ""
    lines = str(text).split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if shade:
        tcPr = cell._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), shade)
        tcPr.append(shd)


def row_prop(row, tag):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement(tag)
    if tag == "w:tblHeader":
        el.set(qn("w:val"), "true")
    trPr.append(el)


def set_widths(table, widths):
    table.autofit = False
    gcs = table._tbl.tblGrid.findall(qn("w:gridCol"))
    for gc, w in zip(gcs, widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        tcs = row._tr.tc_lst
        if len(tcs) == len(widths):
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
        elif len(tcs) == 1:
            row.cells[0].width = Cm(sum(widths))


def new_doc(rep):
    o = rep["opts"]
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(o.get("body_size", 11))
    sec = doc.sections[0]
    if o.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        w, h = sec.page_width, sec.page_height
        if w < h:
            sec.page_width, sec.page_height = h, w
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    if o.get("footer"):
        sec.footer.paragraphs[0].text = o["footer"]
    return doc


def add_title(doc, rep, level=0):
    doc.add_heading(rep["heading"], level)


def add_intro(doc, rep):
    for t in rep["opts"].get("intro", []):
        doc.add_paragraph(t)
    for t in rep["opts"].get("intro_bullets", []):
        doc.add_paragraph(t, style="List Bullet")


def add_outro(doc, rep):
    for t in rep["opts"].get("outro", []):
        doc.add_paragraph(t)


def matrix_table(doc, rep, rows, cols, size, header_repeat=False, numbered=False):
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, (h, _k, _w) in enumerate(cols):
        set_cell(t.rows[0].cells[i], h, bold=True, size=size, shade="D9E2F3")
    if header_repeat:
        row_prop(t.rows[0], "w:tblHeader")
    for n, r in enumerate(rows, 1):
        cells = t.add_row().cells
        for i, (_h, k, _w) in enumerate(cols):
            set_cell(cells[i], field(r, k, rep, nr=n), size=size)
    for row in t.rows:
        row_prop(row, "w:cantSplit")
    set_widths(t, [w for *_x, w in cols])
    return t


# ============================================================================
# Renderers (one per template kind)
# ============================================================================
def render_matrix(rep):
    o = rep["opts"]
    doc = new_doc(rep)
    add_title(doc, rep, 1)
    add_intro(doc, rep)
    matrix_table(doc, rep, rep["rows"], o["cols"], o.get("font_size", 9))
    add_outro(doc, rep)
    return doc


def render_yearcols(rep):
    return render_matrix(rep)


def render_annex(rep):
    o = rep["opts"]
    doc = new_doc(rep)
    add_title(doc, rep, 0)
    add_intro(doc, rep)
    # distractor: summary count table per main area
    counts = defaultdict(int)
    for r in rep["rows"]:
        counts[r["dm"][0][0]] += 1
    names = {"1": "1 Gode valg for den enkelte og for samfunnet", "2": "2 Læring i arbeidslivet",
             "3": "3 Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Hovedinnsatsområde", bold=True)
    set_cell(t.rows[0].cells[1], "Antall tiltak", bold=True)
    for a in "123":
        c = t.add_row().cells
        set_cell(c[0], names[a])
        set_cell(c[1], str(counts[a]))
    c = t.add_row().cells
    set_cell(c[0], "Totalt", bold=True)
    set_cell(c[1], str(len(rep["rows"])), bold=True)
    set_widths(t, [11.0, 3.0])
    doc.add_paragraph("Departementet vil i 2026 legge vekt på å følge opp anbefalingene om kunstig intelligens "
                      "og på arbeidet med neste utsynsmelding. Flere av tiltakene er videreført fra 2024, og "
                      "noen er nye. Kunnskapsdepartementet takker rådsmedlemmene for godt samarbeid.")
    doc.add_heading("Vedlegg 1: Oversikt over tiltak", 1)
    matrix_table(doc, rep, rep["rows"], o["cols"], 8.5, header_repeat=True)
    add_outro(doc, rep)
    return doc


def render_forms(rep):
    o = rep["opts"]
    doc = new_doc(rep)
    add_title(doc, rep, 1)
    add_intro(doc, rep)
    for n, r in enumerate(rep["rows"], 1):
        if o.get("measure_caption"):
            doc.add_heading(o["measure_caption"].format(n=n), 3)
        else:
            doc.add_paragraph("")
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, key in o["labels"]:
            c = t.add_row().cells
            set_cell(c[0], lab, bold=True, size=10, shade="EDEDED")
            set_cell(c[1], field(r, key, rep), size=10)
        for row in t.rows:
            row_prop(row, "w:cantSplit")
        set_widths(t, [4.5, 12.0])
    add_outro(doc, rep)
    return doc


def render_numbered(rep):
    o = rep["opts"]
    doc = new_doc(rep)
    add_title(doc, rep, 1)
    add_intro(doc, rep)
    for n, r in enumerate(rep["rows"], 1):
        style = o.get("numstyle", "dot")
        if style == "dot":
            doc.add_heading(f"{n}. {r['title']}", 2)
        elif style == "tiltak":
            doc.add_heading(f"Tiltak {n} – {r['title']}", 2)
        else:  # paren: bold paragraph, not a heading style
            p = doc.add_paragraph()
            p.add_run(f"{n}) {r['title']}").bold = True
        for lab, key in o["labels"]:
            val = field(r, key, rep).replace("\n", "; ")
            if not val:
                continue
            p = doc.add_paragraph()
            p.add_run(f"{lab}: ").bold = True
            p.add_run(val)
        if o.get("desc_label"):
            p = doc.add_paragraph()
            p.add_run(f"{o['desc_label']}: ").bold = True
            p.add_run(r["desc"])
        else:
            doc.add_paragraph(r["desc"])
    add_outro(doc, rep)
    return doc


def group_order(rep):
    codes = list(rep["opts"]["group_titles"].keys())
    return sorted(codes, key=lambda k: [float(x) for x in k.split()])


def render_bullets(rep):
    o = rep["opts"]
    doc = new_doc(rep)
    add_title(doc, rep, 1)
    add_intro(doc, rep)
    for g in group_order(rep):
        doc.add_heading(o["group_titles"][g], 2)
        for r in rep["rows"]:
            if g in r["dm"]:
                doc.add_paragraph(f"{r['title']} – {r['desc']} ({r['tp']}, {r['per']})", style="List Bullet")
    add_outro(doc, rep)
    return doc


def render_narrative(rep):
    o = rep["opts"]
    doc = new_doc(rep)
    add_title(doc, rep, 1)
    add_intro(doc, rep)
    for r in rep["rows"]:
        p = doc.add_paragraph()
        run = p.add_run(r["title"] + ".")
        run.bold = bool(o.get("bold_title"))
        p.add_run(" " + r["desc"])
    add_outro(doc, rep)
    return doc


def render_groupmatrix(rep):
    o = rep["opts"]
    doc = new_doc(rep)
    add_title(doc, rep, 1)
    add_intro(doc, rep)
    cols = o["cols"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, (h, _k, _w) in enumerate(cols):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9, shade="C6D9F1")
    row_prop(t.rows[0], "w:tblHeader")
    for g in group_order(rep):
        members = [r for r in rep["rows"] if r["grp"] == g]
        if not members:
            continue
        gr = t.add_row()
        merged = gr.cells[0].merge(gr.cells[len(cols) - 1])
        set_cell(merged, o["group_titles"][g], bold=True, size=9, shade="F2F2F2")
        for r in members:
            cells = t.add_row().cells
            for i, (_h, k, _w) in enumerate(cols):
                set_cell(cells[i], field(r, k, rep), size=9)
    for row in t.rows:
        row_prop(row, "w:cantSplit")
    set_widths(t, [w for *_x, w in cols])
    add_outro(doc, rep)
    return doc


def render_transposed(rep):
    o = rep["opts"]
    doc = new_doc(rep)
    add_title(doc, rep, 1)
    add_intro(doc, rep)
    rows = rep["rows"]
    k = o.get("per_table", 3)
    for start in range(0, len(rows), k):
        chunk = rows[start:start + k]
        t = doc.add_table(rows=0, cols=1 + len(chunk))
        t.style = "Table Grid"
        for lab, key in o["labels"]:
            c = t.add_row().cells
            set_cell(c[0], lab, bold=True, size=9, shade="E2EFDA")
            for j, r in enumerate(chunk):
                set_cell(c[j + 1], field(r, key, rep), size=9, bold=(key == "title"))
        set_widths(t, [2.6] + [14.0 / len(chunk)] * len(chunk))
        doc.add_paragraph("")
    add_outro(doc, rep)
    return doc


def render_spekter(rep):
    doc = new_doc(rep)
    add_title(doc, rep, 1)
    doc.add_paragraph("Rapporteringspunkter:")
    for r in rep["rows"]:
        p = doc.add_paragraph(style="List Number")
        p.add_run(r["title"])
        p.add_run("\n" + fmt_dm(r["dm"], "og_rel"))
    for r in rep["rows"]:
        doc.add_page_break()
        p = doc.add_paragraph()
        p.add_run("1. Tiltak i Nasjonal kompetansepolitisk strategi").bold = True
        doc.add_paragraph(r["title"])
        doc.add_paragraph(fmt_dm(r["dm"], "og_rel"))
        doc.add_paragraph(f"Type tiltak: {r['tp']}")
        p = doc.add_paragraph()
        p.add_run("2. Ansvarlig og samarbeidspartnere").bold = True
        doc.add_paragraph(r["s2"])
        p = doc.add_paragraph()
        p.add_run("3. Beskrivelse av tiltaket (maks en halv side)").bold = True
        doc.add_paragraph(r["desc"])
        p = doc.add_paragraph()
        p.add_run("4. Tidspunkt og varighet").bold = True
        # Word's automatic list numbering continues from "Rapporteringspunkter" and leaks here
        doc.add_paragraph(r["s4"], style="List Number")
    return doc


RENDERERS = {"matrix": render_matrix, "forms": render_forms, "numbered": render_numbered,
             "bullets": render_bullets, "narrative": render_narrative, "groupmatrix": render_groupmatrix,
             "transposed": render_transposed, "yearcols": render_yearcols, "annex": render_annex,
             "spekter": render_spekter}

TEMPLATE_KIND = {
    "matrix": "1 matrix table (one row per measure)",
    "yearcols": "6a invented: matrix with one column per year (done 2024 / planned 2025) and a combined "
                "'Ansvarlig / partnere' cell",
    "annex": "6b invented: annex table over two pages with repeated header, after a distractor count table",
    "forms": "2 label|answer form table per measure",
    "transposed": "6c invented: transposed matrix (labels as rows, one column per measure, 3 per table)",
    "numbered": "3 numbered headings/paragraphs with 'Label: value' lines and a description paragraph",
    "spekter": "3b numbered 2017-style forms (4 fixed headings) with Word list-number leak",
    "bullets": "4 measures grouped under delmål headings as bullets 'Title – description (type, period)'",
    "narrative": "5 narrative paragraphs, first sentence = title",
    "groupmatrix": "6d invented: table with merged full-width group rows per delmål",
}


# ============================================================================
# Checks
# ============================================================================
def norm(s):
    s = s.replace("\u00ad", "").replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"\s+", "", s).lower()


def sort_codes(codes):
    return sorted(set(codes), key=lambda c: [int(x) for x in c.split(".")])


def check_data():
    errs = []
    seen_files = set()
    for rep in REPORTS:
        f = rep["file"]
        if f in seen_files:
            errs.append(f"duplicate file {f}")
        seen_files.add(f)
        if str(rep["year"]) not in rep["heading"]:
            errs.append(f"{f}: year not in heading")
        if norm(rep["reporter"]) not in norm(rep["heading"]):
            errs.append(f"{f}: reporter not in heading")
        ids = [r["id"] for r in rep["rows"]]
        if len(ids) != len(set(ids)):
            errs.append(f"{f}: tiltak twice in one report: {ids}")
        if not 5 <= len(ids) <= 9:
            errs.append(f"{f}: {len(ids)} measures")
        for r in rep["rows"]:
            if r["type"] not in CANON_TYPES:
                errs.append(f"{f}: bad type {r['type']}")
            if TYPEMAP.get(r["tp"].lower()) != r["type"]:
                errs.append(f"{f}/{r['id']}: printed type '{r['tp']}' does not map to {r['type']}")
            if r["id"] not in CATALOGUE:
                errs.append(f"{f}: {r['id']} missing in catalogue")
            for c in r["dm"]:
                if c not in SHORT:
                    errs.append(f"{f}: bad delmål {c}")
            if rep["template"] == "bullets" and " – " in r["title"]:
                errs.append(f"{f}: bullet title contains ' – ': {r['title']}")
            if rep["template"] == "narrative":
                txt = r["desc"].lower()
                if r["tp"].lower() not in txt:
                    errs.append(f"{f}/{r['id']}: type phrase not in text")
                for k in ("resp", "part", "per"):
                    if r[k] and r[k].lower() not in txt:
                        errs.append(f"{f}/{r['id']}: {k} '{r[k]}' not in text")
                for c in r["dm"]:
                    if c not in r["desc"]:
                        errs.append(f"{f}/{r['id']}: delmål {c} not in text")
                if "." in r["title"]:
                    errs.append(f"{f}/{r['id']}: period in narrative title")
            if rep["template"] == "spekter":
                if r["resp"].lower() not in r["s2"].lower() or (r["part"] and r["part"].lower() not in r["s2"].lower()):
                    errs.append(f"{f}/{r['id']}: resp/part not in section 2")
                if r["per"] not in r["s4"]:
                    errs.append(f"{f}/{r['id']}: period not in section 4")
            if rep["template"] == "groupmatrix":
                g = r["grp"].split()
                if not set(g) <= set(r["dm"]) or g != r["dm"][:len(g)]:
                    errs.append(f"{f}/{r['id']}: group/dm mismatch")
                if not rep["opts"].get("other_col") and g != r["dm"]:
                    errs.append(f"{f}/{r['id']}: delmål not shown (no 'other' column)")
                if r["grp"] not in rep["opts"]["group_titles"]:
                    errs.append(f"{f}/{r['id']}: no group title")
            if rep["template"] == "bullets":
                for c in r["dm"]:
                    if c not in rep["opts"]["group_titles"]:
                        errs.append(f"{f}/{r['id']}: no heading for {c}")
    # continues flags: labelled vs computed
    by_rep = defaultdict(list)
    for rep in REPORTS:
        by_rep[rep["reporter"]].append(rep)
    for reporter, reps in by_rep.items():
        years = [r["year"] for r in reps]
        if len(years) != len(set(years)):
            errs.append(f"{reporter}: two reports in one year")
        for rep in reps:
            earlier = {r["id"] for x in reps if x["year"] < rep["year"] for r in x["rows"]}
            for r in rep["rows"]:
                if bool(r["c"]) != (r["id"] in earlier):
                    errs.append(f"{rep['file']}/{r['id']}: continues label {r['c']} != computed "
                                f"{r['id'] in earlier}")
    used = {r["id"] for rep in REPORTS for r in rep["rows"]}
    for a, b, _w in NEAR_MISSES:
        if a not in used or b not in used:
            errs.append(f"near miss {a}/{b}: id not used")
        if a == b:
            errs.append(f"near miss {a}/{b}: same id")
    pairs = [tuple(sorted((a, b))) for a, b, _ in NEAR_MISSES]
    if len(pairs) != len(set(pairs)):
        errs.append("duplicate near-miss pair")
    for tid in CATALOGUE:
        if tid not in used:
            errs.append(f"catalogue id {tid} unused")
    return errs


def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


def pdf_text(path):
    import pdfplumber
    parts = []
    npages = 0
    with pdfplumber.open(path) as pdf:
        npages = len(pdf.pages)
        for page in pdf.pages:
            parts.append(page.extract_text() or "")
            for tb in page.extract_tables():
                for row in tb:
                    for cell in row:
                        if cell:
                            parts.append(cell)
    return "\n".join(parts), npages


def check_files():
    errs = []
    info = {}
    for rep in REPORTS:
        path = os.path.join(OUT, rep["file"])
        if not os.path.exists(path):
            errs.append(f"missing {path}")
            continue
        if rep["file"].endswith(".pdf"):
            txt, n = pdf_text(path)
            info[rep["file"]] = n
            if rep["template"] == "annex":
                import pdfplumber
                with pdfplumber.open(path) as pdf:
                    hdr = [i for i, pg in enumerate(pdf.pages)
                           if any(tb and tb[0] and tb[0][1] and norm(tb[0][1]) == norm(rep["opts"]["cols"][1][0])
                                  for tb in pg.extract_tables())]
                if len(hdr) < 2:
                    errs.append(f"{rep['file']}: annex table does not repeat its header over two pages")
        else:
            txt = docx_text(path)
        nt = norm(txt)
        if norm(rep["reporter"]) not in nt:
            errs.append(f"{rep['file']}: reporter not found")
        if str(rep["year"]) not in nt:
            errs.append(f"{rep['file']}: year not found")
        for r in rep["rows"]:
            if norm(r["title"]) not in nt:
                errs.append(f"{rep['file']}: title not found: {r['title']}")
        if rep["file"].endswith(".pdf"):
            # no word broken inside a printed field (a narrow column must not split a word)
            def soft(x):
                x = re.sub(r"\s+", " ", x)
                return re.sub(r"([–/\-]) ", r"\1", x).lower()  # a line may break after – / -
            flat = " " + soft(txt) + " "
            for r in rep["rows"]:
                for k in ("title", "resp", "part", "per", "tp"):
                    v = soft(r[k]).strip()
                    if v and rep["template"] not in ("bullets",) or (v and k in ("title", "tp", "per")):
                        if v and v not in flat:
                            errs.append(f"{rep['file']}: {k} broken or missing in PDF: {v!r}")
    return errs, info


# ============================================================================
# Build
# ============================================================================
def build():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmp = tempfile.mkdtemp(prefix="match7_")
    to_pdf = []
    for rep in REPORTS:
        doc = RENDERERS[rep["template"]](rep)
        stem, ext = os.path.splitext(rep["file"])
        if ext == ".docx":
            doc.save(os.path.join(OUT, rep["file"]))
        else:
            src = os.path.join(tmp, stem + ".docx")
            doc.save(src)
            to_pdf.append(src)
    if to_pdf:
        env = dict(os.environ, HOME=tmp)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp] + to_pdf,
                       check=True, cwd=tmp, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for src in to_pdf:
            pdf = os.path.splitext(src)[0] + ".pdf"
            shutil.move(pdf, os.path.join(OUT, os.path.basename(pdf)))
    shutil.rmtree(tmp, ignore_errors=True)


def expected():
    out = OrderedDict()
    for rep in REPORTS:
        ms = []
        for r in rep["rows"]:
            ms.append(OrderedDict([
                ("title", r["title"]), ("delmal", sort_codes(r["dm"])), ("type", r["type"]),
                ("responsible", r["resp"]), ("partners", r["part"]), ("period", r["per"]),
                ("description", r["desc"]), ("tiltak_id", r["id"]), ("continues", bool(r["c"])),
            ]))
        out[rep["file"]] = OrderedDict([("reporter", rep["reporter"]), ("report_year", rep["year"]),
                                        ("measures", ms)])
    return out


def stats():
    rows = [(rep, r) for rep in REPORTS for r in rep["rows"]]
    per_id = defaultdict(list)
    for rep, r in rows:
        per_id[r["id"]].append((rep["reporter"], rep["year"]))
    multi = {k for k, v in per_id.items() if len(v) > 1}
    multi_rep = {k for k, v in per_id.items() if len({x[0] for x in v}) > 1}
    s = OrderedDict([
        ("files", len(REPORTS)),
        ("pdf", sum(r["file"].endswith(".pdf") for r in REPORTS)),
        ("docx", sum(r["file"].endswith(".docx") for r in REPORTS)),
        ("reporters", len({r["reporter"] for r in REPORTS})),
        ("rows", len(rows)),
        ("distinct_tiltak", len(per_id)),
        ("tiltak_reported_more_than_once", len(multi)),
        ("tiltak_reported_by_more_than_one_reporter", len(multi_rep)),
        ("continues_rows", sum(bool(r["c"]) for _x, r in rows)),
        ("near_miss_pairs", len(NEAR_MISSES)),
        ("years", dict(sorted(
            {y: sum(1 for r in REPORTS if r["year"] == y) for y in {r["year"] for r in REPORTS}}.items()))),
    ])
    return s, per_id


def write_readme(s, per_id, pages):
    L = []
    L.append("# match7 – blind labelled batch for NKPS record linkage\n")
    L.append("Generated by `make_batch.py` (all report content is Python data in that script). "
             "Run it with `/work/blind/.venvm2/bin/python make_batch.py`; it rebuilds `reports/`, "
             "`expected.json`, `near_misses.json` and this README, then runs its self-checks.\n")
    L.append("## Counts\n")
    for k, v in s.items():
        L.append(f"- {k}: {v}")
    L.append("")
    L.append("## Files and templates\n")
    L.append("| file | reporter | year | template | measures | pages |")
    L.append("|---|---|---|---|---|---|")
    for rep in REPORTS:
        L.append(f"| {rep['file']} | {rep['reporter']} | {rep['year']} | {TEMPLATE_KIND[rep['template']].replace('|', '/')} | "
                 f"{len(rep['rows'])} | {pages.get(rep['file'], '')} |")
    L.append("")
    L.append(README_TEXT)
    L.append("## Tiltak catalogue (hidden labels)\n")
    L.append("| id | analyst's name | reported by (year) |")
    L.append("|---|---|---|")
    for tid in sorted(per_id, key=lambda x: int(x[1:])):
        who = "; ".join(f"{a} {y}" for a, y in per_id[tid])
        L.append(f"| {tid} | {CATALOGUE[tid]} | {who} |")
    L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))


README_TEXT = r"""
### Types

domain.md names the six canonical types FoU, Kurs/utdanning, Råd/utvalg/nettverk, Prosjekt, Informasjon,
Arrangement; expected.json uses exactly these strings (not "Forskning/utvikling" or "Informasjon/veiledning",
which appear only as printed spellings).

### Template notes

- **Matrix** (KD 2023 landscape PDF, HK-dir 2025 docx, NHO 2023 docx, Innlandet 2025 landscape PDF,
  Virke 2023 docx): headers vary (Tiltak / Aktivitet / Navn på tiltak; Delmål / Bidrar til delmål /
  Relasjon til delmål / Delmål (strategiens formulering); Ansvarlig / Ansvar; Samarbeidspartnere / Partnere /
  Samarbeid med; Periode / Tidsrom / Tidspunkt og varighet; Beskrivelse / Kort om tiltaket), column order
  varies (Innlandet 2025 puts Type after Tidsrom). Virke 2023 prints delmål as text only.
- **Form table per measure** (HK-dir 2023 docx with "Tiltak n" captions and a distractor bullet list of
  priorities in the intro; LO 2025 PDF with question labels "Hva heter tiltaket?", "Hvilke delmål?",
  "Hva slags tiltak?", "Hvem har ansvaret?", "Hvem samarbeider vi med?", "Når?", "Hva går tiltaket ut på?";
  Vestland 2023 PDF in nynorsk: "Namn på tiltak", "Ansvarleg", "Samarbeidspartnarar", "Skildring";
  AVdir 2025 PDF: "Knytning til delmål", "Tiltakstype", "Ansvarlig enhet", "Varighet", "Om tiltaket";
  Virke 2024 docx). In LO 2025 the fifth form table (T76) breaks across the page, so pdfplumber returns it as
  two table fragments (title on page 1, "Når?" and the description on page 2).
- **Numbered headings** (LO 2023 "1. Title" headings; KS 2025 "Tiltak 1 – Title" headings; AVdir 2023
  "1) Title" bold paragraphs with a "Beskrivelse:" label). Label lines are "Label: value"; multi-delmål values
  with code+text are joined with "; ".
- **Spekter 2024** copies the 2017 Spekter layout: a "Rapporteringspunkter" list (Word auto-numbered, each
  title followed by "Relasjon til delmål …"), then one form per measure with the four fixed headings. The
  "Tidspunkt og varighet" paragraph uses Word's List Number style, so the list numbering continues from the
  Rapporteringspunkter list and leaks into the PDF as "7.", "8.", … – not part of the answer. Each title
  therefore appears twice in that file; it is one measure. Responsible/partners/period are written as
  sentences; the expected values are the analyst's short reading of them.
- **Delmål-grouped bullets** (LO 2024 docx, Vestland 2024 PDF nynorsk, YS 2025 docx with headings
  "2.1 Digital kompetanse" without the word "Delmål"). Each bullet is "Title – description (type, period)".
  **Judgement call:** a measure that serves two delmål is printed under *both* headings (the report says so in
  its intro) but is *one* row in expected.json with both delmål (LO 2024 T15 under 2.1 and 2.2; Vestland 2024
  T28 under 3.3 and 3.5; YS 2025 T44 under 2.1 and 2.2). Responsible and partners are not printed in this
  template and are "" in expected.json.
- **Narrative** (KD 2024 docx and NHO 2025 PDF with bold title sentence; AID 2024 docx and Unio 2023 PDF with
  plain title sentence). The first sentence (up to the first ". ") is the title; the rest of the paragraph is
  the description; delmål, type, responsible, partners and period are given in running text
  ("Tiltaket bidrar til delmål 2.1 og 2.4", "Dette er et FoU-tiltak", "Ansvarlig er KD, i samarbeid med …").
  Intro paragraphs and a contact line are not measures.
- **Invented templates**:
  - *Innlandet 2024* – one column per year ("Gjennomført 2024", "Planlagt 2025") and a combined
    "Ansvarlig / partnere" cell ("Innlandet fylkeskommune (ansvarlig); NHO Innlandet, …"). Expected
    description = the "Gjennomført 2024" cell (the plan column is ignored); responsible and partners are split
    from the combined cell.
  - *KD 2025* (landscape) – a summary count table (Hovedinnsatsområde | Antall tiltak; a distractor, not measures), a page
    break, then "Vedlegg 1" with a Nr column and a header row repeated on each page; the annex runs over two
    pages.
  - *KS 2024* – transposed matrix: labels in the first column, one measure per column, three measures per
    table (two tables).
  - *HK-dir 2024 (landscape PDF) / VOFO 2025 (docx)* – one table with full-width merged group rows "Delmål 2.1 – …". In HK-dir 2024
    an extra column "Andre delmål" lists further delmål (expected delmål = group delmål + Andre delmål).
    VOFO 2025 has one group row naming two delmål ("Delmål 3.4 og 3.6 – …").
- Delmål printing styles: codes ("2.1, 2.4", "1.4/2.3" as "1.4 / 2.3", "2.3 og 1.4"), "Delmål 2.1 og 2.4",
  one "Delmål x.y" line per code, code + shortened text (bokmål and nynorsk), text only (Virke 2023),
  "Relasjon til delmål …" (Spekter). Expected delmål lists are sorted codes.
- Type spellings used (all mapped to the six canonical domain.md types FoU, Kurs/utdanning,
  Råd/utvalg/nettverk, Prosjekt, Informasjon, Arrangement): "Råd/utvalg/ nettverk", "Råd/utval/nettverk",
  "Utvalg", "Råd", "Nettverk", "Råd/utvalg", "rådstiltak", "nettverkstiltak", "utvalgsarbeid",
  "samarbeidsorgan", "Kurs/utd.", "Kurs", "Utdanning", "Opplæring", "kurs- og utdanningstiltak",
  "utdanningstiltak", "kurstiltak", "Forskning og utvikling", "FoU-tiltak", "Pilotprosjekt", "Informasjon/
  veiledning", "informasjon/rettleiing", "Kampanje", "informasjonstiltak", "Konferanse".
- Expected field conventions: `title` as printed, without numbering prefixes ("1.", "Tiltak 2 –", "3)") and
  without the narrative's final period; fields that a template does not print are ""; `delmal` sorted.
- Reporter names in expected.json: full names for ministries/directorates ("Kunnskapsdepartementet",
  "Arbeids- og inkluderingsdepartementet", "Direktoratet for høyere utdanning og kompetanse",
  "Arbeids- og velferdsdirektoratet"), short names for organisations ("LO", "NHO", "YS", "Unio", "KS",
  "Spekter", "Virke", "VOFO") and "Vestland fylkeskommune", "Innlandet fylkeskommune". Headings may show
  longer forms ("Landsorganisasjonen i Norge (LO)", "HK-dir (Direktoratet for …)").

### Matching content

- Multi-reporter tiltak (same tiltak, each member from its own side): KBU (T01: KD as owner, HK-dir as
  "Sekretariat for Kompetansebehovsutvalget" / "KBU-sekretariatet", LO "LOs plass i …", NHO "Deltakelse i …",
  KS "KS i …", YS "Utvalget for kompetansebehov (KBU)" (word order swapped), Unio "representasjon i utvalget
  som analyserer Norges kompetansebehov" – named only by what it does); SRY (T08: full name only, "Deltakelse
  i SRY" abbreviation only, "KS' plass i SRY", "YS' plass i det nasjonale samarbeidsrådet for fag- og
  yrkesopplæringen" paraphrase); Samfunnskontrakten (T07: "Samfunnskontrakten", "Kontrakten for flere
  læreplasser", "Oppfølging av Samfunnskontrakten … i helseforetakene", "… – kommunene som lærebedrifter");
  Nasjonalt forum for karriereveiledning (T09: "Sekretariat for …", "Karriereveiledningsforumet" (joined
  compound), "Arbeids- og velferdsdirektoratets plass i …"); the KI working group (T15: KD, HK-dir
  secretariat, LO, NHO, Virke, YS); bransjeprogram umbrella (T02: KD's programme, HK-dir's "Forvaltning av
  tilskudd til bransjeprogrammene"); the sub-programmes T03 (Virke / "Handel og Kontor i …" from LO), T04
  (KS / "Sykepleierforbundets deltakelse i …" from Unio / "Delta i bransjeprogrammet …" from YS, where Delta is
  the union, not the verb), T05 (LO/Fellesforbundet and NHO/Norsk Industri); ministry assignment → directorate
  execution: T13 (KD 2025 / HK-dir), T20 (KD 2023 / HK-dir 2025), T26 (AID 2024 "Økt bruk av opplæring i
  arbeidsmarkedspolitikken" / AVdir "Opplæringstiltaket – …"), T88 Ungdomsgarantien (AID / AVdir);
  each-names-the-other partnerships: T28 (Vestland "Partnarskap med NAV Vestland …" / AVdir "Samarbeid med
  Vestland fylkeskommune …"), T32 (Spekter "Felles konferanse med LO Stat …" / LO "Konferanse sammen med
  Spekter …"), T57 (Vestland "Partnarskapsavtale med VOFO Vestland …" / VOFO "Partnerskapsavtale med Vestland
  fylkeskommune"); T34 (Innlandet's alliance / "NHO Innlandet i Kompetansealliansen Innlandet"); IA-avtalen
  2019–2024 (T30: AID, LO, Spekter) and 2025–2028 (T31: LO, NHO, "NAV Arbeidslivssenter i ny IA-avtale …");
  RSA (T48: LO, NHO "RSA-ene", Unio).
- Continuing measures, often retitled: e.g. KD "Forsøk med modulstrukturert opplæring for voksne" →
  "Modulstrukturert opplæring for voksne gjøres permanent" → "Modulisert opplæring for voksne – videre
  innføring"; Vestland "Kompetanseforum Vestland" → "…, fase 2"; "Regional plan for kompetanse og arbeidskraft
  2023–2030" → "Oppfølging av regional plan …: handlingsprogram 2024" (a delmål dropped); Innlandet
  "Kompetansestrategi for Innlandet 2024–2027" → "Handlingsplan 2025 for kompetansestrategien"; HK-dir
  "Nasjonal digital karriereveiledning" → "Karriereveiledning.no – chat, telefon og e-post" → "Den digitale
  karriereveiledningstjenesten"; Virke "Bransjestandard for dokumentasjon …" → "Kompetansebevis for
  handelsansatte"; KS "DigiKomp – …" → "DigiKomp fase 2"; LO "Tillitsvalgtskolering om kompetanseutvikling" →
  "Kurs for tillitsvalgte: …" → "Tillitsvalgtopplæring i kompetansearbeid".
- Skipped years: NHO has no 2024 report (2023 → 2025 continues for T05 and T46); the Arbeids- og
  velferdsdirektoratet has no 2024 report (T26, T27 continue in 2025); KD skips T07 in 2024 and HK-dir skips
  T09 and T18 in 2024 – all still `continues: true` in 2025.
- `continues` is true only when the *same reporter* had the tiltak in an earlier year of this batch. A
  tiltak first reported by a member in 2025 is `continues: false` for that member even if others reported it
  before (e.g. HK-dir's T20 in 2025 after KD's T20 in 2023; NHO's T15 in 2025).

### Judgement calls (how the analyst decided what is one tiltak)

1. **Joint bodies are one tiltak** however a member describes its own part: membership, a seat, secretariat,
   "deltakelse i" or chairing a body all belong to the body (KBU, SRY, RSA, Nasjonalt forum for
   karriereveiledning, the KI working group, Samfunnskontrakten, the IA-avtale of a given period). This follows
   the 2018 summary, which counted KBU, RSA and SRY once.
2. **A ministry's assignment and the directorate's execution of it are one tiltak** (T02, T13, T20, T26, T88).
3. **A member's part in a trepartsprogram is the programme** (Fellesforbundet, HK, NSF, Delta in the sub-
   programme their union sits in), but **each sub-programme is its own tiltak and the umbrella is another**:
   the umbrella T02 is what KD funds and HK-dir administers across all bransjer; T03/T04/T05/T06 are the
   bransje programmes the members run. Spekter's programme for specialist health care (T06) is not the
   municipal one (T04).
4. **A member's own activity *about* a national scheme is its own tiltak**: VOFO's information to the
   study associations about Kompetanseprogrammet (T54 ≠ T11), LO's information campaign about the new right to
   upper secondary education (T77 ≠ T23), Innlandet's desentraliserte studietilbud funded partly by Fleksibel
   utdanning (T85 ≠ T13), AVdir's national model built on the Vestland partnership (T93 ≠ T28).
5. **A national scheme vs a member's own pilot**: Innlandet's "Fagbrevpilot for voksne i arbeid" (T25) is the
   county's own pilot, expressly "in addition to the national scheme"; it is neither Fagbrev på jobb (T24) nor
   the national modular scheme (T22).
6. **A trial that becomes permanent is the same tiltak** (T22 forsøk → varig ordning → videre innføring),
   as is a plan and its annual action programme (T37, T38) and "fase 2" of a project (T33, T51). **A named
   successor with its own name and rules is a new tiltak**: Kompetanseprogrammet vs the wind-down of
   Kompetansepluss (T11 ≠ T12), IA-avtalen 2019–2024 vs 2025–2028 (T30 ≠ T31), the follow-up of the 2023
   utsynsmelding vs work on the next one (T71 ≠ T73).
7. **Dated event editions are separate tiltak** (Kompetansekonferansen Vestland 2023 ≠ 2024;
   Karriereveiledningskonferansen 2024 ≠ 2025). A campaign or service that runs continuously is one tiltak
   across years (Jenter og teknologi, Lærlingløftet Vestland, the digital career guidance service). NHO's
   "kompetansebarometer 2023" occurs once only.
8. **A survey and the report analysing it are separate** (T16 data collection in 2023; T17 NIFU analysis on
   its own contract, published 2024). Two different Virke studies on retail are separate (T100, T103).
9. **Two counties' plans, forums, career centres, NAV agreements, yrkesopplæringsnemnder are always separate**,
   and the county nemnd is not the national SRY (T39 ≠ T08).
10. **Unions' own courses are separate** (LO T43, YS T44, Unio T45), and the two "partssammensatte
    arbeidsgrupper" are different bodies (T15 Kompetansepolitisk råd on AI; T64 statlig tariffområde on
    digital competence).
11. Responsible party is recorded as printed, even when a member reports a body it does not lead (Virke 2024
    and NHO 2025 give KD as responsible for the KI group; NHO 2025 gives Innlandet fylkeskommune for the
    alliance). The same tiltak may carry different types in different reports (e.g. Samfunnskontrakten is
    Råd/utvalg/nettverk for most members but Informasjon in Spekter's report, where Spekter's part is a
    letter campaign); `type` is the type the report gives.
12. The Spekter report's letter campaign is counted as Spekter's way of following up Samfunnskontrakten
    (T07), because the report titles it "Oppfølging av Samfunnskontrakten …" and describes no separate aim.
"""


def main():
    errs = check_data()
    if errs:
        print("DATA CHECK FAILED:")
        for e in errs:
            print("  ", e)
        sys.exit(1)
    build()
    ferrs, pages = check_files()
    if ferrs:
        print("FILE CHECK FAILED:")
        for e in ferrs:
            print("  ", e)
        sys.exit(1)
    s, per_id = stats()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump([{"a": a, "b": b, "why": w} for a, b, w in NEAR_MISSES], fh, ensure_ascii=False, indent=1)
    write_readme(s, per_id, pages)
    print(json.dumps(s, ensure_ascii=False, indent=1))
    print("pages per PDF:", pages)
    print("ALL SELF-CHECKS PASSED")


if __name__ == "__main__":
    main()
