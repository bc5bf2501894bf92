# -*- coding: utf-8 -*-
"""Blind, labelled test batch 'match8' for NKPS record linkage.

Holds every member report as Python data, renders .docx (and .pdf through
LibreOffice), writes expected.json, near_misses.json and README.md, and runs
self-checks.  Run with: /work/blind/.venvm2/bin/python make_batch.py
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from collections import OrderedDict, defaultdict

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = os.path.dirname(os.path.abspath(__file__))

CANON = {"F": "FoU", "K": "Kurs/utdanning", "R": "Råd/utvalg/nettverk",
         "P": "Prosjekt", "I": "Informasjon", "A": "Arrangement"}
ALL_DM = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
          "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]

AREAS = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}
DM_FULL = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle og forbedre godkjenning og vurdering av utenlandsk utdanning",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring og kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor",
}
DM_SHORT = {
    "1.1": "Kompetansebehovsutvalget",
    "1.2": "Regionalt folkevalgt nivå",
    "1.3": "Karriereveiledning",
    "1.4": "Samarbeid utdanning–arbeidsliv",
    "2.1": "Digital kompetanse",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfag",
    "2.4": "Kobling av behov og tilbud",
    "2.5": "Dokumentasjon av kompetanse",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring for voksne",
    "3.2": "Kompetansepluss",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering",
    "3.5": "NAVs opplæringstilbud",
    "3.6": "Frivillig sektor",
}
DM_NYN = {
    "1.2": "Styrkje regionalt folkevalt nivå sitt kompetansepolitiske ansvar",
    "1.3": "Tilgang til karriererettleiing",
    "1.4": "Samarbeid mellom utdanningstilbydarar og arbeidslivet",
    "2.3": "Karrieremoglegheiter i yrkesfaga",
    "2.4": "Kople kompetansebehov i verksemder til tilbydarar",
    "3.1": "Fleksibel opplæring på vaksne sine premissar",
    "3.3": "Opplæring i arbeidsmarknads- og integreringspolitikken",
    "3.5": "NAV sitt opplæringstilbod",
}
# old numbering: NKPS tiltak nr n = n-th delmål
NKPS_NR = {c: i + 1 for i, c in enumerate(ALL_DM)}


def og(items, conj="og"):
    items = list(items)
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " " + conj + " " + items[-1]


# ---------------------------------------------------------------------------
# Measure helper
# ---------------------------------------------------------------------------
def m(key, title, dm, typ, resp, partners, period, desc, c=False, tp=None, dp=None, **kw):
    d = dict(key=key, title=title, dm=dm.split(), typ=typ, resp=resp, partners=partners,
             period=period, desc=desc, c=c, tp=tp, dp=dp)
    d.update(kw)
    return d


# ---------------------------------------------------------------------------
# THE REPORTS
# ---------------------------------------------------------------------------
REPORTS = []


def report(**kw):
    REPORTS.append(kw)


# 1 ---------------------------------------------------------------- KD 2024
report(
    file="KD_NKPS_rapport_2024.docx", reporter="KD", aliases=["Kunnskapsdepartementet", "KD"],
    year=2024, kind="area_columns", template="F: tiltak plassert i kolonner per hovedinnsatsområde",
    heading="Kunnskapsdepartementet (KD) – rapportering 2024 på oppfølgingen av Nasjonal kompetansepolitisk strategi",
    intro=("Tabellen viser departementets tiltak i 2024. Hvert tiltak står i kolonnen for det "
           "hovedinnsatsområdet det hører til. Tiltak som gjelder to hovedinnsatsområder, går over to kolonner."),
    typemap={"R": "Råd/utvalg/nettverk", "K": "Kurs/utdanning", "P": "Prosjekt"},
    layout=[["KBU", "BRANSJE", "MODUL"], ["KVLOV", "FLEKS", None], [("HOSPIT", 2), None], [None, "SAMFK", None]],
    measures=[
        m("KBU", "Kompetansebehovsutvalget (KBU)", "1.1", "R", "KD",
          "Partene i arbeidslivet, AID, NFD, KDD, HK-dir (sekretariat)", "Løpende; utvalget oppnevnt for 2021–2024",
          "Utvalget skal gi best mulig kunnskap om Norges framtidige kompetansebehov som grunnlag for planlegging "
          "og strategiske beslutninger. I 2024 la utvalget fram en temarapport om kompetansebehov i det grønne skiftet."),
        m("BRANSJE", "Treparts bransjeprogrammer for kompetanseutvikling", "2.1 2.4", "K", "KD",
          "AID, partene i arbeidslivet, HK-dir, utdanningstilbydere", "2020–, videreføres i 2024",
          "Staten og partene samarbeider om å øke deltakelsen i etter- og videreutdanning i bransjer med særlige "
          "omstillingsbehov. Tilbudene er korte, arbeidsrettede og kan tas ved siden av jobb. I 2024 var elleve bransjer med."),
        m("MODUL", "Oppdrag til Udir om modulstrukturert fag- og yrkesopplæring for voksne", "3.1", "P", "KD",
          "Udir, fylkeskommunene", "2024–2025",
          "Etter forsøket med modulstrukturert opplæring skal ordningen innføres i alle fylker. Udir har fått i "
          "oppdrag å utvikle moduler for flere lærefag og veiledning til fylkeskommunene."),
        m("KVLOV", "Lovfesting av fylkeskommunenes ansvar for karriereveiledning", "1.2 1.3", "P", "KD",
          "Fylkeskommunene, KS, HK-dir", "2024–2025",
          "Forslag om å lovfeste at fylkeskommunene skal tilby karriereveiledning for alle over 19 år har vært på "
          "høring. Lovendringen skal gi et mer forutsigbart tilbud i hele landet."),
        m("FLEKS", "Oppdrag til HK-dir: tilskudd til utvikling av fleksible videreutdanningstilbud", "2.1 2.4", "K", "KD",
          "HK-dir, universiteter og høyskoler, fagskoler", "2024–2026",
          "KD har gitt HK-dir i oppdrag å forvalte en tilskuddsordning for fleksible, arbeidsrettede "
          "videreutdanningstilbud som kan kombineres med jobb. Tilbudene skal utvikles i samarbeid med arbeidslivet."),
        m("HOSPIT", "Yrkesfaglærerløftet – hospitering for yrkesfaglærere i bedrift", "1.4 2.3", "K", "KD",
          "Udir, fylkeskommunene, lærebedrifter", "2024–2026",
          "Tilskudd til at yrkesfaglærere kan hospitere i bedrifter for å holde fagkunnskapen oppdatert, og til at "
          "instruktører i lærebedrifter kan hospitere i skolen."),
        m("SAMFK", "Samfunnskontrakt for flere læreplasser 2022–2026", "2.3 1.4", "K", "KD",
          "Partene i arbeidslivet, KS, Udir, fylkeskommunene", "2022–2026",
          "Kontrakten skal bidra til at flere får læreplass og fullfører med fag- eller svennebrev. Partene har "
          "forpliktet seg til konkrete mål for nye læreplasser i egne sektorer."),
    ])

# 2 ---------------------------------------------------------------- KD 2025
report(
    file="KD_rapport_2025.pdf", reporter="KD", aliases=["Kunnskapsdepartementet", "KD"],
    year=2025, kind="outline", template="G: nummerert disposisjon 1 / 1.1 / 1.1.1 (område / delmål / tiltak)",
    heading="Rapport fra Kunnskapsdepartementet 2025 – oppfølging av Nasjonal kompetansepolitisk strategi",
    intro=("Rapporten følger strategiens oppbygning. Første nivå er hovedinnsatsområdet, andre nivå delmålet og "
           "tredje nivå departementets tiltak. Nummereringen av tiltakene er bare løpenummer i dette dokumentet."),
    typemap={"R": "råd/utvalg", "K": "kurs og utdanning", "P": "prosjekt", "F": "forskning og utvikling"},
    measures=[
        m("KBU", "Kompetansebehovsutvalget – ny oppnevningsperiode 2025–2028", "1.1", "R", "KD",
          "Partene i arbeidslivet, HK-dir", "2025–2028",
          "KD har oppnevnt utvalget for en ny fireårsperiode med et noe utvidet mandat som også omfatter regionale "
          "analyser. HK-dir er fortsatt sekretariat.", c=True),
        m("BRANSJE", "Bransjeprogrammene – videreføring og nye bransjer", "2.1 2.4", "K", "KD og AID",
          "Partene i arbeidslivet, HK-dir", "2025",
          "Ordningen er videreført, og to nye bransjer er tatt inn etter søknad fra partene. Budsjettet ble økt "
          "med 40 millioner kroner.", c=True),
        m("FLEKS", "Fleksible videreutdanningstilbud – oppdraget til HK-dir videreført", "2.1 2.4 1.4", "K", "KD",
          "HK-dir, UH-sektoren, fagskolene", "2025–2026",
          "Oppdraget om tilskudd til fleksible videreutdanningstilbud er videreført, nå med vekt på samarbeid mellom "
          "tilbydere og regionalt arbeidsliv.", c=True),
        m("KI_GRP", "Partssammensatt arbeidsgruppe om kunstig intelligens og kompetanse", "2.1 2.2", "R", "KD",
          "LO, NHO, YS, Unio, Akademikerne, KS, Spekter, Virke; HK-dir (sekretariat)", "Mars–desember 2025",
          "Arbeidsgruppen skal identifisere kompetansebehov som følger av kunstig intelligens i arbeidslivet og "
          "foreslå konkrete tiltak for Kompetansepolitisk råd."),
        m("MODUL", "Modulstrukturert opplæring for voksne i alle fylker", "3.1", "P", "KD",
          "Udir, fylkeskommunene", "2025",
          "Fra høsten 2025 tilbyr alle fylkeskommuner modulstrukturert opplæring i et utvalg lærefag. Udir følger "
          "opp innføringen på oppdrag fra departementet.", c=True),
        m("STUDUTR", "Utredning om studieforbundenes rolle i kompetansepolitikken", "3.6", "F", "KD",
          "KUD, VOFO (referansegruppe), studieforbundene", "2025–2026",
          "Utredningen skal se på hvordan studieforbundene kan bidra mer til opplæring av voksne med svake "
          "grunnleggende ferdigheter, og om tilskuddsordningen bør endres."),
    ])

# 3 ---------------------------------------------------------------- KD 2026
report(
    file="kd-rapportering-nkps-2026.pdf", reporter="KD", aliases=["Kunnskapsdepartementet", "KD"],
    year=2026, kind="matrix", template="A: matrise, liggende, inndelt med områderader",
    heading="KD – rapportering 2026. Nasjonal kompetansepolitisk strategi: departementets tiltak",
    intro="Oversikten viser Kunnskapsdepartementets tiltak i 2026, ordnet etter hovedinnsatsområde.",
    landscape=True, area_rows=True, fontsize=8.5,
    columns=[("Delmål", "dm_codes", 1.6), ("Tiltak", "title", 5.0), ("Type tiltak", "type", 2.4),
             ("Ansvarlig", "resp", 2.0), ("Samarbeidspartnere", "partners", 4.0), ("Periode", "period", 2.2),
             ("Kort beskrivelse", "desc", 8.4)],
    typemap={"R": "Råd/utvalg/ nettverk", "K": "Kurs / utdanning", "P": "Prosjekt", "F": "FoU"},
    measures=[
        m("KBU", "Kompetansebehovsutvalget (KBU), videreført", "1.1", "R", "KD", "Partene, HK-dir", "2025–2028",
          "Utvalget leverer sin neste hovedrapport våren 2027. I 2026 har utvalget arbeidet med fylkesvise "
          "analyser av kompetansebehov.", c=True),
        m("HOSPIT", "Hospitering for yrkesfaglærere i bedrift, videreført", "1.4 2.3", "K", "KD",
          "Udir, fylkeskommunene", "2026",
          "Ordningen fra Yrkesfaglærerløftet er videreført. Om lag 900 lærere og instruktører har hospitert siden 2024.",
          c=True),
        m("BRANSJE", "Treparts bransjeprogram", "2.1 2.4", "K", "KD, AID", "Partene, HK-dir", "2026",
          "Bransjeprogrammene er videreført med tolv bransjer. Det er satt i gang en evaluering av ordningen.", c=True),
        m("KI_GRP", "KI-arbeidsgruppen – oppfølging av anbefalingene", "2.1 2.2", "R", "KD",
          "Partene i Kompetansepolitisk råd, HK-dir", "2026",
          "Arbeidsgruppen leverte sin rapport i desember 2025. Departementet følger opp anbefalingene om "
          "grunnleggende KI-kompetanse i samarbeid med partene.", c=True),
        m("SAMFK_NY", "Forhandlinger om ny samfunnskontrakt for flere læreplasser (2027–2030)", "2.3", "R", "KD",
          "Partene i arbeidslivet, KS, fylkeskommunene", "2026",
          "Dagens samfunnskontrakt utløper ved utgangen av 2026. KD har innledet samtaler med partene om en ny "
          "kontrakt med nye mål for perioden 2027–2030."),
        m("NYSTRAT", "Arbeid med ny kompetansepolitisk strategi", "2.2", "P", "KD",
          "Kompetansepolitisk råd, HK-dir", "2026–2027",
          "NKPS er forlenget ut 2026. KD har startet arbeidet med en ny strategi sammen med rådsmedlemmene, og "
          "HK-dir leverer kunnskapsgrunnlaget."),
        m("KOMPL", "Tilskudd til kompletterende utdanning for innvandrere med utenlandsk høyere utdanning", "2.6", "K",
          "KD", "HK-dir, universiteter og høyskoler", "2026–",
          "Ny tilskuddsordning som skal gjøre det enklere for innvandrere å supplere utdanningen sin slik at den "
          "kan godkjennes og brukes i norsk arbeidsliv."),
    ])

# 4 ---------------------------------------------------------------- HK-dir 2024
report(
    file="HK-dir_tiltaksmatrise_2024.pdf", reporter="HK-dir",
    aliases=["HK-dir", "Direktoratet for høyere utdanning og kompetanse"],
    year=2024, kind="matrix", template="A: matrise, liggende, nummererte rader",
    heading="Direktoratet for høyere utdanning og kompetanse (HK-dir): rapportering 2024 – Nasjonal kompetansepolitisk strategi",
    intro="Tiltakene HK-dir rapporterer for 2024. Delmål er oppgitt med kode.",
    landscape=True, numbered=True, fontsize=8.5,
    columns=[("Nr", "nr", 0.8), ("Tiltak", "title", 4.4), ("Kort beskrivelse", "desc", 7.6),
             ("Delmål", "dm_codes", 1.5), ("Type tiltak", "type", 2.4), ("Ansvarlig", "resp", 1.7),
             ("Samarbeidspartnere", "partners", 4.0), ("Tidsrom", "period", 2.4)],
    typemap=dict(CANON),
    measures=[
        m("KBU", "Sekretariat for Kompetansebehovsutvalget", "1.1", "R", "HK-dir", "KD, utvalgets medlemmer",
          "Løpende",
          "HK-dir er sekretariat for KBU og har i 2024 laget analyser og framskrivinger til utvalgets rapport om "
          "kompetansebehov i det grønne skiftet."),
        m("BRANSJE", "Forvaltning av treparts bransjeprogram", "2.1", "K", "HK-dir",
          "KD, AID, partene i de enkelte bransjeprogrammene", "2024",
          "HK-dir lyser ut og forvalter tilskuddene, følger opp tilbyderne og samler inn deltakerdata for alle "
          "bransjeprogrammene."),
        m("FLEKS", "Tilskuddsordning for fleksible videreutdanningstilbud", "2.1 2.4", "K", "HK-dir",
          "Universiteter og høyskoler, fagskoler, arbeidslivet", "Utlysning høsten 2024",
          "På oppdrag fra KD lyser HK-dir ut midler til utvikling av fleksible, arbeidsrettede "
          "videreutdanningstilbud. 41 tilbud fikk støtte."),
        m("KPLUSS", "Evaluering og avvikling av Kompetansepluss", "3.2", "F", "HK-dir", "Oxford Research", "2024",
          "Kompetansepluss arbeid og Kompetansepluss frivillighet er faset ut og erstattet av en ny ordning. "
          "Sluttevalueringen av Kompetansepluss ble levert i 2024."),
        m("KPROG", "Kompetanseprogrammet – grunnleggende ferdigheter for voksne", "3.2 3.1", "K", "HK-dir",
          "Virksomheter, studieforbund, opplæringstilbydere", "2024",
          "Kompetanseprogrammet gir tilskudd til opplæring i lesing, skriving, regning, digitale ferdigheter og "
          "muntlig kommunikasjon for voksne, på arbeidsplassen eller i frivillig sektor."),
        m("KVNO", "Nasjonal digital karriereveiledning (karriereveiledning.no)", "1.3", "I", "HK-dir",
          "Fylkeskommunenes karrieresentre", "Løpende",
          "Nettbasert tjeneste med chat, telefon og e-post som gir gratis og uavhengig karriereveiledning til alle."),
        m("FORUM", "Nasjonalt forum for karriereveiledning", "1.3", "R", "HK-dir",
          "Partene i arbeidslivet, KS, fylkeskommunene, NAV, Udir", "Løpende",
          "Forumet er et samarbeids- og rådgivningsorgan for karriereveiledningsfeltet. HK-dir leder forumet og er "
          "sekretariat."),
        m("KBUND", "Kompetansebehovsundersøkelsen 2024", "2.2", "F", "HK-dir", "Opinion", "Feltperiode våren 2024",
          "Spørreundersøkelse blant 6000 private og offentlige virksomheter om hvilke kompetansebehov de har og "
          "hvordan de dekker dem."),
        m("GODK_FAGSK", "Godkjenning av utenlandsk fagskoleutdanning", "2.6", "K", "HK-dir", "KD", "Løpende",
          "HK-dir behandler søknader om godkjenning av utenlandsk fagskoleutdanning og har i 2024 kortet ned "
          "saksbehandlingstiden til under to måneder."),
    ])

# 5 ---------------------------------------------------------------- HK-dir 2025
report(
    file="hkdir_oppfolging_NKPS_2025.docx", reporter="HK-dir",
    aliases=["HK-dir", "Direktoratet for høyere utdanning og kompetanse"],
    year=2025, kind="matrix", template="A: matrise, stående, annen kolonnerekkefølge, delmål som kode + stikkord",
    heading="HK-dir – rapport om oppfølging av kompetansestrategien 2025",
    intro=("Direktoratet for høyere utdanning og kompetanse rapporterer her sine tiltak for 2025. Kolonnen «Delmål» "
           "viser kode og stikkord for delmålet."),
    dmstyle="code_short", fontsize=8,
    columns=[("Type", "type", 2.0), ("Tiltak", "title", 3.4), ("Delmål", "dm_print", 2.8),
             ("Hvem har ansvaret", "resp", 1.6), ("Samarbeid med", "partners", 2.4), ("Varighet", "period", 1.6),
             ("Om tiltaket", "desc", 4.6)],
    typemap={"R": "Nettverk/råd", "K": "Utdanning", "P": "Prosjekt", "F": "Forskning og utvikling",
             "A": "Arrangement (konferanse)", "I": "Informasjon"},
    measures=[
        m("KBU", "KBU-sekretariatet", "1.1", "R", "HK-dir", "KD, utvalgsmedlemmene", "2025–2028",
          "Sekretariatet har i 2025 støttet det nyoppnevnte utvalget med analyser av regionale kompetansebehov.",
          c=True),
        m("FLEKS", "Fleksible utdanningstilbud – utlysning 2025", "2.1 2.4", "K", "HK-dir", "UH-sektoren, fagskolene",
          "2025",
          "Tredje utlysning i tilskuddsordningen for fleksible videreutdanningstilbud. 48 prosjekter fikk tilskudd.",
          c=True),
        m("KPROG", "Kompetanseprogrammet", "3.2", "K", "HK-dir",
          "Virksomheter, frivillige organisasjoner, studieforbund", "2025",
          "Tilskuddsordning for opplæring i grunnleggende ferdigheter. Rekordmange virksomheter søkte i 2025.", c=True),
        m("KVALRAM", "Nasjonalt kvalitetsrammeverk for karriereveiledning – revisjon", "1.3", "P", "HK-dir",
          "Fylkeskommunene, NAV, utdanningsinstitusjonene", "2025–2026",
          "Rammeverket, med etiske retningslinjer og kompetansestandard for karriereveiledere, revideres etter "
          "innspill fra feltet."),
        m("KBRAPP", "Rapport: Virksomhetenes kompetansebehov 2024", "2.2", "F", "HK-dir", "Opinion",
          "Publisert februar 2025",
          "Rapporten presenterer resultatene fra fjorårets spørreundersøkelse og viser at mangel på fagarbeidere er "
          "den største utfordringen for virksomhetene."),
        m("GODK_FAG", "Godkjenning av utenlandsk fag- og yrkesopplæring", "2.6", "K", "HK-dir",
          "KD, fylkeskommunene", "Løpende",
          "Ny godkjenningsordning for utenlandsk fag- og yrkesopplæring på nivå med norsk fag- eller svennebrev."),
        m("KI_GRP", "Sekretariat for arbeidsgruppen om KI og kompetansebehov", "2.1", "R", "HK-dir", "KD, partene",
          "2025",
          "HK-dir har ledet sekretariatet for den partssammensatte arbeidsgruppen og laget en kunnskapsoppsummering "
          "om kunstig intelligens og kompetanse."),
        m("KONF_KV25", "Nasjonal konferanse om karriereveiledning 2025", "1.3", "A", "HK-dir",
          "Fylkeskommunene, karrieresentrene", "13.–14. mai 2025",
          "Konferansen samlet 400 karriereveiledere. Tema var veiledning av voksne i omstilling."),
        m("KBEVIS", "Kompetansebevis for arbeidslivet – verktøy for å dokumentere realkompetanse", "2.5", "P",
          "HK-dir", "Partene i arbeidslivet, Virke, NHO", "2025–2026",
          "HK-dir utvikler et digitalt verktøy for å beskrive og dokumentere kompetanse ervervet i arbeidslivet, "
          "bygget på modellen fra rapporten Balansekunst."),
    ])

# 6 ---------------------------------------------------------------- HK-dir 2026
report(
    file="HKdir_rapport_2026_tiltak.pdf", reporter="HK-dir",
    aliases=["HK-dir", "Direktoratet for høyere utdanning og kompetanse"],
    year=2026, kind="tickgrid", template="I: avkrysningsrutenett for delmål + vedlegg med beskrivelser",
    heading="Rapportering fra HK-dir for 2026 – tiltak i oppfølgingen av NKPS",
    intro=("Tabellen viser hvilke delmål hvert tiltak bidrar til (X). Beskrivelse, ansvar og samarbeidspartnere "
           "står i vedlegget bak tabellen."),
    typemap={"R": "Råd/utv./nettv.", "K": "Kurs/utd.", "I": "Info", "F": "FoU", "A": "Arr.", "P": "Prosj."},
    measures=[
        m("KBU", "Analysesekretariat for kompetansebehovsutvalget", "1.1", "R", "HK-dir", "KD", "2026",
          "Sekretariatet har levert fylkesvise analyser og en oppdatert framskriving av tilbud og etterspørsel "
          "etter arbeidskraft.", c=True),
        m("FLEKS", "Fleksibel videreutdanning (tilskudd)", "1.4 2.1 2.4", "K", "HK-dir",
          "Universiteter, høyskoler og fagskoler", "2026",
          "Fjerde tildeling i ordningen. Tilbudene skal utvikles sammen med arbeidslivet i regionen.", c=True),
        m("KPROG", "Kompetanseprogrammet: utlysning og tildeling 2026", "3.1 3.2", "K", "HK-dir",
          "Virksomheter, studieforbund", "2026",
          "Årlig tildeling i programmet for grunnleggende ferdigheter. Digitale ferdigheter er prioritert.", c=True),
        m("KVNO", "Digital karriereveiledning", "1.3", "I", "HK-dir", "Karrieresentrene", "Løpende",
          "Den nasjonale nettjenesten har fått ny chatløsning og utvidet åpningstid på kveldstid.", c=True),
        m("FORUM", "Forum for karriereveiledning (nasjonalt)", "1.2 1.3", "R", "HK-dir",
          "Partene, KS, fylkeskommunene, NAV", "Løpende",
          "Forumet har i 2026 drøftet fylkeskommunenes nye lovpålagte ansvar for karriereveiledning.", c=True),
        m("NYSTRAT", "Kunnskapsgrunnlag for ny kompetansepolitisk strategi", "2.2", "F", "HK-dir", "KD", "2026",
          "På oppdrag fra KD sammenstiller HK-dir kunnskapsgrunnlaget for arbeidet med en ny strategi etter NKPS."),
        m("KONF_KV26", "Karriereveiledningskonferansen 2026", "1.3", "A", "HK-dir", "Karrieresentrene",
          "Mai 2026", "Konferansen hadde tema karriereveiledning for unge utenfor arbeid og utdanning."),
        m("KBEVIS", "Kompetansebevis – pilot fase 2", "2.5", "P", "HK-dir", "Partene i arbeidslivet", "2026",
          "Verktøyet for dokumentasjon av kompetanse prøves nå ut i tolv virksomheter i handel og industri.", c=True),
    ])

# 7 ---------------------------------------------------------------- LO 2024
report(
    file="LO_rapportering_2024.docx", reporter="LO", aliases=["LO", "Landsorganisasjonen"],
    year=2024, kind="head_labels", template="C: overskrift per tiltak med «Etikett: verdi»-linjer",
    heading="LOs rapportering 2024 – Nasjonal kompetansepolitisk strategi",
    intro="Landsorganisasjonen i Norge (LO) rapporterer følgende tiltak for 2024.",
    labels=OrderedDict([("dm", "Delmål"), ("type", "Type tiltak"), ("resp", "Ansvarlig"),
                        ("partners", "Samarbeidspartnere"), ("period", "Tidspunkt og varighet"),
                        ("desc", "Beskrivelse")]),
    dmstyle="codes_og", heading_style="Heading 2",
    typemap={"R": "Råd/utvalg/nettverk", "K": "Kurs", "P": "Prosjekt", "A": "Arrangement"},
    measures=[
        m("KBU", "Deltakelse i KBU", "1.1", "R", "LO", "KD, de andre hovedorganisasjonene", "Løpende",
          "LO er representert i Kompetansebehovsutvalget og har bidratt med innspill om behovet for fagarbeidere."),
        m("BRANSJE", "Bransjeprogrammene (trepartssamarbeid)", "2.1 2.4", "K", "LO og forbundene",
          "Staten, NHO, Virke, Spekter, KS", "2024",
          "LO-forbundene deltar i styringsgruppene for bransjeprogrammene og bidrar til å rekruttere deltakere "
          "blant medlemmene."),
        m("BP_IND", "Bransjeprogram for industri og bygg", "2.1 2.4", "K", "LO/Fellesforbundet",
          "NHO, Norsk Industri, BNL, fagskoler", "2024",
          "Kurs og moduler for ansatte i industrien og byggenæringen, blant annet i automatisering og "
          "energieffektivisering."),
        m("FAGBREVLOFT", "Fagbrevløftet i industrien", "2.3 2.5", "P", "LO/Fellesforbundet og NHO/Norsk Industri",
          "Fylkeskommuner, opplæringskontorer", "2024–2026",
          "Partssamarbeid for at flere ufaglærte i industrien skal ta fagbrev gjennom praksiskandidatordningen."),
        m("LO_KURS", "Tillitsvalgtkurs: kompetanseutvikling på arbeidsplassen", "2.2", "K", "LO", "AOF",
          "Vår og høst 2024",
          "Kurs for tillitsvalgte om hvordan de kan sette kompetanse på dagsordenen i lokale drøftinger med "
          "arbeidsgiver."),
        m("ARENDAL24", "Arendalsuka 2024: debatt om livslang læring", "2.2", "A", "LO", "NHO, KD", "August 2024",
          "LO arrangerte en debatt om finansiering av etter- og videreutdanning med kunnskapsministeren."),
        m("FAGRAD", "LOs representanter i de faglige rådene", "2.3 1.4", "R", "LO",
          "Udir, NHO, KS, Virke, Spekter", "Løpende, rådsperiode 2024–2028",
          "LO oppnevner representanter til de faglige rådene for utdanningsprogrammene, som gir råd om innhold og "
          "tilbudsstruktur i yrkesfagene."),
    ])

# 8 ---------------------------------------------------------------- LO 2026
report(
    file="LO_NKPS_2026.pdf", reporter="LO", aliases=["LO", "Landsorganisasjonen"],
    year=2026, kind="head_labels", template="C: nummererte overskrifter, andre etiketter, beskrivelse uten etikett",
    heading="Landsorganisasjonen i Norge (LO) – rapport 2026 om tiltak i kompetansestrategien",
    intro=("LO rapporterte ikke for 2025. Denne rapporten gjelder 2026, men omtaler også tiltak som har pågått "
           "siden forrige rapport."),
    labels=OrderedDict([("dm", "Mål i strategien"), ("type", "Kategori"), ("resp", "Hvem har ansvaret"),
                        ("partners", "Hvem samarbeider vi med"), ("period", "Når")]),
    numbered_headings=True, dmstyle="lo26",
    typemap={"R": "Utvalg/råd", "K": "Opplæring/kurs", "P": "Prosjekt", "A": "Konferanse/arrangement"},
    measures=[
        m("KBU", "LOs plass i utvalget for kompetansebehov", "1.1", "R", "LO", "KD, HK-dir", "2025–2028",
          "LO har fått ny representant i utvalget for perioden 2025–2028 og har særlig vært opptatt av de "
          "regionale analysene.", c=True),
        m("KI_GRP", "Arbeidsgruppe KI og kompetanse i Kompetansepolitisk råd", "2.1", "R", "LO",
          "KD, NHO, YS, Unio, HK-dir", "2025–2026",
          "LO har deltatt i partsgruppen om kunstig intelligens og arbeider for at anbefalingene om opplæring i "
          "arbeidstiden følges opp."),
        m("IA", "IA-avtalen 2025–2028 – kompetanse som inkluderingsvirkemiddel", "3.3", "R",
          "Partene og myndighetene", "AID, NHO, KS, Spekter", "2025–2028",
          "Den nye intensjonsavtalen for et mer inkluderende arbeidsliv har kompetanse som ett av sine "
          "virkemidler. LO følger opp gjennom bransjeprogrammene for inkludering."),
        m("LO_KURS", "Tillitsvalgtopplæring om kompetanse, videreført", "2.2", "K", "LO", "AOF, forbundene", "2026",
          "Kurset for tillitsvalgte er gjort om til et nettbasert opplegg med regionale samlinger.", c=True),
        m("ARENDAL26", "Arendalsuka 2026 – frokostmøte om fagarbeidermangel", "2.3", "A", "LO",
          "Fellesforbundet, Fagforbundet", "August 2026",
          "Frokostmøte med forskere og politikere om hvordan fagarbeidermangelen kan løses."),
        m("BP_IND", "Bransjeprogrammet industri- og byggenæringen, fase 2", "2.1", "K", "LO/Fellesforbundet",
          "NHO, BNL", "2025–2027",
          "Programmet har gått inn i en ny fase med flere moduler om digitalisering og byggteknikk.", c=True),
        m("BP_HANDEL", "Bransjeprogram for varehandel", "2.1", "K", "LO/Handel og Kontor",
          "Virke, NHO Service og Handel", "2026",
          "Nytt bransjeprogram for ansatte i varehandelen med kurs i netthandel, kundebehandling og lagerlogistikk."),
        m("FAGBREVLOFT", "Fagbrevløft industri – oppfølging", "2.3", "P", "Fellesforbundet og Norsk Industri",
          "Opplæringskontorene", "2024–2026",
          "Over 300 operatører har tatt fagbrev gjennom prosjektet. Erfaringene skal inn i ordinær drift.", c=True),
    ])

# 9 ---------------------------------------------------------------- NHO 2024
report(
    file="NHO_rapport_kompetansestrategien_2024.pdf", reporter="NHO",
    aliases=["NHO", "Næringslivets Hovedorganisasjon"],
    year=2024, kind="prose", template="E: løpende tekst, tiltaksnavn i fet skrift innledningsvis i avsnittet",
    heading="NHO – rapport 2024: Næringslivets Hovedorganisasjons oppfølging av Nasjonal kompetansepolitisk strategi",
    intro=("Rapporten er skrevet som sammenhengende tekst og følger strategiens hovedinnsatsområder. Der det er "
           "naturlig, har vi oppgitt hvilket delmål tiltaket hører til."),
    measures=[
        m("KBU", "KBU", "1.1", "R", "NHO", "KD, de øvrige hovedorganisasjonene", "Løpende",
          "NHO deltar med en fast representant sammen med KD og de øvrige hovedorganisasjonene, og har i 2024 særlig "
          "bidratt til analysene av behovet for fagarbeidere i det grønne skiftet (delmål 1.1). Arbeidet i utvalget "
          "er løpende.", section="1"),
        m("NHO_BAROM", "NHOs kompetansebarometer", "2.2", "F", "NHO", "NIFU", "Årlig",
          "Barometeret er vår årlige spørreundersøkelse blant medlemsbedriftene om kompetansebehov, og det "
          "gjennomføres av NIFU (delmål 2.2). I 2024 svarte seks av ti bedrifter at de ikke fikk dekket behovet for "
          "kompetanse.", section="2"),
        m("NHO_KONF24", "Kompetansekonferansen 2024", "2.2", "A", "NHO", "HK-dir, KD", "14. mai 2024",
          "NHO arrangerte konferansen i Oslo 14. mai 2024 i samarbeid med HK-dir og KD, med kunnskapsministeren som "
          "innleder. Tema var hvordan bedriftene kan bruke bransjeprogrammene til å heve kompetansen (delmål 2.2).",
          section="2"),
        m("BP_IND", "Bransjeprogrammet for industrien og byggenæringen", "2.1 2.4", "K", "Norsk Industri og BNL",
          "Fellesforbundet", "2024",
          "Norsk Industri og BNL har sammen med Fellesforbundet fortsatt arbeidet i programmet, som tilbyr korte, "
          "arbeidsrettede videreutdanningsmoduler (delmål 2.1 og 2.4). Kurstilbudet ble videreført gjennom hele 2024.",
          section="2"),
        m("FAGBREVLOFT", "Fagbrevløft for industrien", "2.3 2.5", "P", "Norsk Industri",
          "Fellesforbundet, opplæringskontorene", "2024–2026",
          "Sammen med Fellesforbundet har Norsk Industri satt i gang et prosjekt for at flere ufaglærte operatører "
          "skal ta fagbrev som praksiskandidater, med opplæringskontorene som viktige partnere (delmål 2.3 og 2.5). "
          "Prosjektet varer fra 2024 til 2026.", section="2"),
        m("SAMFK", "Samfunnskontrakten for flere læreplasser", "2.3", "K", "NHO", "KD, LO, KS", "2022–2026",
          "NHO er part i kontrakten sammen med KD, LO, KS og de andre partene, og har i 2024 fulgt opp målet om "
          "flere læreplasser i medlemsbedriftene (delmål 2.3). Kontraktsperioden er 2022–2026.", section="2"),
        m("JOT", "Jenter og teknologi", "2.3", "I", "NHO", "NITO, Tekna, Abelia", "Løpende",
          "Informasjonskampanjen, som NHO driver sammen med NITO, Tekna og Abelia, skal få flere jenter til å velge "
          "teknologiske utdanninger og yrker (delmål 2.3). Kampanjen er løpende.", section="2"),
    ])

# 10 --------------------------------------------------------------- NHO 2025
report(
    file="NHO_2025_oppfolging.docx", reporter="NHO", aliases=["NHO", "Næringslivets Hovedorganisasjon"],
    year=2025, kind="matrix", template="A: matrise, stående, delmål bare som tekst",
    heading="NHO — Oppfølging av kompetansestrategien, rapportering for 2025",
    intro="Næringslivets Hovedorganisasjon (NHO) har i 2025 arbeidet med følgende aktiviteter.",
    dmstyle="text", fontsize=8,
    columns=[("Aktivitet", "title", 3.0), ("Omtale", "desc", 4.8), ("Knyttet til delmål", "dm_print", 3.2),
             ("Kategori", "type", 1.8), ("Eier", "resp", 1.5), ("Partnere", "partners", 2.1),
             ("Tidsperiode", "period", 1.6)],
    typemap={"F": "Undersøkelse (FoU)", "A": "Konferanse", "I": "Informasjon/kampanje", "R": "Nettverk",
             "K": "Kurs", "P": "Prosjekt"},
    measures=[
        m("NHO_BAROM", "Kompetansebarometeret – årlig undersøkelse", "2.2", "F", "NHO", "NIFU", "2025",
          "Undersøkelsen ble gjennomført for tolvte gang. Andelen bedrifter med udekket kompetansebehov gikk "
          "noe ned.", c=True),
        m("NIFU_RAPP", "NIFU-rapport om rekrutteringsproblemer i NHO-bedriftene", "2.2", "F", "NHO", "NIFU",
          "Publisert juni 2025",
          "Rapporten analyserer svarene fra barometeret nærmere og ser på hvorfor bedrifter ikke lykkes med å "
          "rekruttere fagarbeidere.", tp="Rapport/FoU"),
        m("NHO_KONF25", "Kompetansekonferansen 2025", "2.2", "A", "NHO", "HK-dir", "Mai 2025",
          "Årets konferanse handlet om kunstig intelligens og kompetanse i små og mellomstore bedrifter."),
        m("SRY", "SRY", "2.3 1.4", "R", "NHO", "Udir, partene", "Løpende",
          "NHO har to representanter i rådet, som gir råd til KD om fag- og yrkesopplæringen og tilbudsstrukturen."),
        m("NHO_KI", "KI-kurs for ledere i små og mellomstore bedrifter", "2.1", "K", "NHO", "BI, NTNU", "2025",
          "Kortkurs for daglige ledere om hvordan de kan ta i bruk kunstig intelligens og planlegge opplæring "
          "av de ansatte."),
        m("FAGBREVLOFT", "Fagbrevløftet (Norsk Industri og Fellesforbundet)", "2.3", "P", "Norsk Industri",
          "Fellesforbundet", "2024–2026",
          "Prosjektet er utvidet til flere regioner, og 140 nye kandidater startet i 2025.", c=True),
    ])

# 11 --------------------------------------------------------------- KS 2025
report(
    file="KS_rapport_2025.docx", reporter="KS", aliases=["KS", "Kommunesektorens organisasjon"],
    year=2025, kind="form", template="B: to-kolonners skjematabell per tiltak",
    heading="KS – Kommunesektorens organisasjon: rapportering 2025 om Nasjonal kompetansepolitisk strategi",
    intro="KS rapporterer ett skjema per tiltak.",
    labels=OrderedDict([("title", "Tiltak"), ("dm", "Delmål"), ("type", "Type tiltak"), ("resp", "Ansvarlig"),
                        ("partners", "Samarbeidspartnere"), ("desc", "Beskrivelse"),
                        ("period", "Tidspunkt og varighet")]),
    dmstyle="code_short",
    typemap={"R": "Råd/utvalg/nettverk", "K": "Kurs/utdanning", "I": "Informasjon", "P": "Prosjekt"},
    measures=[
        m("FORUM", "Deltakelse i Nasjonalt karriereveiledningsforum", "1.3", "R", "KS", "HK-dir, partene", "Løpende",
          "KS representerer kommunesektoren i forumet og har særlig løftet karriereveiledning i "
          "introduksjonsprogrammet."),
        m("BP_HO", "Bransjeprogram for kommunal helse- og omsorgssektor", "2.1 2.4", "K", "KS",
          "Fagforbundet, Delta, NSF, FO, HK-dir", "2025",
          "Programmet gir ansatte i helse og omsorg tilbud om videreutdanning, blant annet i velferdsteknologi og "
          "demensomsorg, og fagbrev for assistenter."),
        m("KSL", "KS Læring – kompetanseplattform for kommunene", "2.1", "I", "KS",
          "Kommunene og fylkeskommunene", "Løpende",
          "Plattformen der kommunene deler e-læringskurs og arrangementer med sine ansatte og med hverandre. Over "
          "300 kommuner bruker tjenesten."),
        m("KOMPPLAN", "Strategisk kompetanseplanlegging i kommunene – partssamarbeid", "2.2 2.4", "P", "KS",
          "Unio, LO Kommune, YS Kommune, Akademikerne kommune", "2024–2026",
          "KS og arbeidstakerorganisasjonene har utviklet en felles veileder og et verktøy for kompetanseplaner, og "
          "prøver dem ut i 20 kommuner."),
        m("KS_LAERL", "Flere lærlinger i kommunesektoren – KS-kampanje", "2.3", "I", "KS",
          "Kommunene, fylkeskommunene", "2025",
          "Som ledd i oppfølgingen av samfunnskontrakten har KS gjennomført en egen kampanje rettet mot rådmenn og "
          "personalledere for å øke antallet lærlinger i kommunene."),
        m("SRY", "Representasjon i samarbeidsrådet for yrkesopplæringen", "2.3", "R", "KS", "Udir, partene",
          "Løpende",
          "KS har ett medlem og en vararepresentant i rådet og har i 2025 vært opptatt av lærlinger i helsefag."),
    ])

# 12 --------------------------------------------------------------- KS 2026
report(
    file="KS_NKPS_2026.pdf", reporter="KS", aliases=["KS", "Kommunesektorens organisasjon"],
    year=2026, kind="form", template="B: skjematabell med tittel som skyggelagt topprad, ansvar og partnere i samme felt",
    heading="Rapport fra KS 2026 – oppfølging av NKPS",
    intro="Kommunesektorens organisasjon (KS) har i 2026 arbeidet med disse tiltakene.",
    labels=OrderedDict([("dm", "Relasjon til delmål"), ("type", "Type"), ("resp_partners", "Ansvar og partnere"),
                        ("desc", "Beskrivelse"), ("period", "Varighet")]),
    title_row="Tiltak {n}: {title}", dmstyle="delmal_og",
    typemap={"R": "Nettverk", "K": "Utdanning/kurs", "I": "Informasjonstiltak", "P": "Prosjekt"},
    measures=[
        m("BP_HO", "Bransjeprogrammet i helse og omsorg – videreføring", "2.1 2.4", "K", "KS",
          "Fagforbundet, Delta, NSF, FO", "2026",
          "Programmet er videreført med nye moduler i legemiddelhåndtering og ledelse.", c=True),
        m("KOMPPLAN", "Kompetanseplanlegging i kommunene, fase 2", "2.2 2.4", "P", "KS",
          "Unio, LO Kommune, YS Kommune", "2026–2027",
          "Verktøyet for kompetanseplaner tas nå i bruk i alle kommuner som ønsker det, med støtte fra partene "
          "lokalt.", c=True),
        m("KS_LAERL", "Kampanje for flere lærlinger i kommunesektoren", "2.3", "I", "KS", "Kommunene", "2026",
          "Kampanjen er gjentatt med vekt på helsearbeiderfaget og barne- og ungdomsarbeiderfaget.", c=True),
        m("KS_HELTID", "Heltidskultur og kompetanse – veileder for kommunene", "2.2", "I", "KS",
          "Fagforbundet, NSF", "2026",
          "Veilederen viser hvordan heltidsstillinger og kompetanseutvikling kan ses i sammenheng."),
        m("KS_FBJ", "Pilot: fagbrev på jobb for assistenter i barnehage og helse", "2.3 3.1", "P", "KS",
          "Udir, utvalgte kommuner, fylkeskommunene", "2026–2027",
          "KS prøver ut en modell der kommunene som arbeidsgiver legger til rette for at assistenter tar fagbrev "
          "gjennom jobben, med felles veiledning på tvers av kommuner."),
        m("FORUM", "Nasjonalt forum for karriereveiledning", "1.3", "R", "KS", "HK-dir", "Løpende",
          "KS deltar fortsatt i forumet.", c=True),
    ])

# 13 --------------------------------------------------------------- Rogaland 2024
report(
    file="Rogaland_fk_rapport_2024.pdf", reporter="Rogaland fylkeskommune", aliases=["Rogaland fylkeskommune"],
    year=2024, kind="tworow", template="H: tabell der hvert tiltak tar to rader (nøkkelfelt / beskrivelse)",
    heading="Rogaland fylkeskommune – Rapportering 2024 til Kompetansepolitisk råd",
    intro=("Hvert tiltak står over to rader: første rad har nummer, navn, delmål, type og periode; andre rad har "
           "beskrivelse, ansvar og samarbeidspartnere."),
    typemap=dict(CANON),
    measures=[
        m("ROG_PLAN", "Regional plan for kompetanse og kvalifisering 2024–2030", "1.2", "P", "Rogaland fylkeskommune",
          "NAV Rogaland, NHO Rogaland, LO i Rogaland, UiS, kommunene", "2024–2030",
          "Planen ble vedtatt av fylkestinget i juni 2024 og samler målene for kompetansepolitikken i regionen."),
        m("ROG_FORUM", "Kompetanseforum Rogaland", "1.2", "R", "Rogaland fylkeskommune",
          "Partene, NAV, UiS, fagskolen, Statsforvalteren", "Løpende",
          "Forumet samler de regionale kompetanseaktørene fire ganger i året og følger opp den regionale planen."),
        m("ROG_KARR", "Karriere Rogaland – karrieresenter for voksne", "1.3", "P", "Rogaland fylkeskommune",
          "NAV, kommunene", "Løpende",
          "Karrieresenteret tilbyr gratis veiledning til alle over 19 år, med kontorer i Stavanger og Haugesund."),
        m("ROG_BIO", "Bedriftsintern opplæring (BIO)", "2.4 2.1", "K", "Rogaland fylkeskommune",
          "NAV, bedrifter", "2024",
          "Fylkeskommunen forvalter BIO-ordningen og ga i 2024 tilskudd til 31 bedrifter i omstilling."),
        m("ROG_CHAT", "Pilot: chatveiledning i Karriere Rogaland", "1.3", "P", "Rogaland fylkeskommune",
          "HK-dir (karriereveiledning.no)", "Høsten 2024",
          "Utprøving av chat med veiledere fra det regionale karrieresenteret, koordinert med den nasjonale "
          "nettjenesten."),
        m("ROG_FAGSK", "Nye fagskoleplasser i fornybar energi", "1.4 2.4", "K", "Fagskolen Rogaland",
          "Bedrifter i energiklyngen", "Fra høsten 2024",
          "60 nye studieplasser innen havvind og elkraft, utviklet sammen med bedriftene."),
        m("ROG_HOSP", "Yrkesfagløft Rogaland – hospitering for yrkesfaglærere", "1.4", "K", "Rogaland fylkeskommune",
          "Lærebedrifter, opplæringskontor", "2024–2025",
          "Fylkeskommunens egen ordning der yrkesfaglærere får frikjøp for å arbeide to uker i en bedrift i "
          "regionen."),
    ])

# 14 --------------------------------------------------------------- Rogaland 2025
report(
    file="rogaland-fylkeskommune-2025.docx", reporter="Rogaland fylkeskommune",
    aliases=["Rogaland fylkeskommune"],
    year=2025, kind="narrative_appendix", template="J: lang fortelling, tiltakene i tabell i vedlegg",
    heading="Rogaland fylkeskommune: Kompetansepolitisk rapport 2025",
    narrative=[
        "Rogaland er et fylke i omstilling. Leverandørindustrien til olje og gass står foran store endringer, og "
        "samtidig vokser etterspørselen etter kompetanse innen fornybar energi, helse og havbruk. Arbeidsledigheten "
        "er lav, men mange bedrifter melder om mangel på fagarbeidere.",
        "Fylkestinget vedtok i 2024 en regional plan for kompetanse og kvalifisering. 2025 har vært det første "
        "hele året med oppfølging av planen, og Kompetanseforumet har vært den viktigste arenaen for samarbeid med "
        "partene, NAV og utdanningsinstitusjonene. Vi ser at samarbeidet har gitt resultater: flere voksne tar fagbrev, "
        "og fagskolen har fått flere studieplasser.",
        "Karrieresenteret har hatt rekordmange samtaler, særlig med voksne som vurderer å bytte bransje. Piloten med "
        "chatveiledning fra 2024 er avsluttet og erfaringene er delt med HK-dir.",
        "I tillegg til de løpende tiltakene startet fylkeskommunen i 2025 et eget kompetanseprogram for "
        "leverandørindustrien. Tiltakene er listet i vedlegget.",
    ],
    typemap={"P": "Prosjekt", "R": "Forum/nettverk", "K": "Kurs/utdanning"},
    dmstyle="slash",
    columns=[("Tiltak", "title", 3.6), ("Delmål", "dm_print", 1.4), ("Type", "type", 2.0),
             ("Ansvar", "resp", 2.2), ("Samarbeid", "partners", 2.8), ("Periode", "period", 1.6),
             ("Kort beskrivelse", "desc", 4.4)],
    measures=[
        m("ROG_PLAN", "Oppfølging av regional plan for kompetanse og kvalifisering", "1.2 1.4", "P",
          "Rogaland fylkeskommune", "Partene, NAV, UiS, kommunene", "2025",
          "Handlingsprogrammet for 2025 er gjennomført med tolv delprosjekter.", c=True),
        m("ROG_FORUM", "Kompetanseforumet i Rogaland", "1.2", "R", "Rogaland fylkeskommune",
          "Partene i arbeidslivet, NAV, UiS, Statsforvalteren", "Løpende",
          "Forumet har hatt fire møter og en årskonferanse.", c=True),
        m("ROG_KARR", "Karrieresenteret (Karriere Rogaland)", "1.3", "P", "Rogaland fylkeskommune",
          "NAV, kommunene", "Løpende",
          "4100 veiledningssamtaler i 2025, en økning på 18 prosent.", c=True),
        m("ROG_BIO", "BIO-ordningen", "2.4", "K", "Rogaland fylkeskommune", "NAV, bedrifter", "2025",
          "Tilskudd til 27 bedrifter, de fleste i leverandørindustrien.", c=True),
        m("ROG_LEV", "Kompetanseprogram for leverandørindustrien i omstilling", "2.4 2.1", "P",
          "Rogaland fylkeskommune", "UiS, NHO Rogaland, Fellesforbundet", "2025–2027",
          "Korte studier og bedriftsintern opplæring for ansatte som skal over i fornybar energi."),
            ])

# 15 --------------------------------------------------------------- Troms 2025 (nynorsk)
report(
    file="Troms_fylkeskommune_rapport_2025.docx", reporter="Troms fylkeskommune", aliases=["Troms fylkeskommune"],
    year=2025, kind="form", template="B: skjematabell per tiltak, nynorsk",
    heading="Troms fylkeskommune – Romsa fylkkasuohkan: rapportering 2025, Nasjonal kompetansepolitisk strategi",
    intro="Troms fylkeskommune rapporterer eitt skjema for kvart tiltak.",
    labels=OrderedDict([("title", "Namn på tiltak"), ("dm", "Delmål"), ("type", "Type tiltak"),
                        ("resp", "Ansvarleg"), ("partners", "Samarbeidspartnarar"), ("desc", "Skildring av tiltaket"),
                        ("period", "Tidspunkt og varigheit")]),
    dmstyle="code_nyn",
    typemap={"R": "Råd/utval/nettverk", "K": "Kurs/utdanning", "P": "Prosjekt"},
    measures=[
        m("TR_STRAT", "Regional kompetansestrategi for Troms 2024–2028", "1.2", "P", "Troms fylkeskommune",
          "NAV Troms og Finnmark, UiT Noregs arktiske universitet, partane i arbeidslivet, kommunane", "2024–2028",
          "Strategien vart vedteken av fylkestinget i 2024 og skal samordne innsatsen for å dekkje kompetansebehova "
          "i Troms. Han byggjer på eit felles kunnskapsgrunnlag frå partnarskapet."),
        m("TR_FORUM", "Kompetanseforum Troms", "1.2", "R", "Troms fylkeskommune",
          "NHO Arktis, LO i Troms, KS, NAV, UiT, Statsforvaltaren", "Løpande",
          "Forumet er ein arena der fylkeskommunen og dei regionale kompetanseaktørane drøftar felles utfordringar. "
          "Det vart halde fire møte i 2025."),
        m("TR_KARR", "Karriere Troms", "1.3", "P", "Troms fylkeskommune", "NAV, kommunane, HK-dir", "Løpande",
          "Karrieresenteret gir gratis karriererettleiing til vaksne over 19 år, både på senteret i Tromsø og "
          "digitalt for dei som bur i distrikta."),
        m("TR_FBJ", "Fagbrev på jobb – pilot for assistentar i helse i Nord-Troms", "2.3 3.1", "P",
          "Troms fylkeskommune", "Kommunane i Nord-Troms, NAV, Fagforbundet", "2025–2026",
          "Fylkeskommunen prøver ut ein eigen modell der ufaglærte assistentar i helse- og omsorgstenestene får "
          "rettleiing og kurs fram mot fagbrev som helsefagarbeidar, med samlingar i Storslett."),
        m("TR_NAV", "Samarbeidsavtale mellom Troms fylkeskommune og NAV Troms og Finnmark", "3.3 3.5", "R",
          "Troms fylkeskommune", "NAV Troms og Finnmark", "2025–2028",
          "Avtalen regulerer korleis fylkeskommunen og NAV skal samarbeide om opplæring for vaksne arbeidssøkjarar, "
          "mellom anna om kjøp av plassar i vidaregåande opplæring."),
        m("TR_BIO", "Bedriftsintern opplæring (BIO) i Troms", "2.4", "K", "Troms fylkeskommune",
          "NAV, verksemder i omstilling", "2025",
          "Fylkeskommunen forvaltar BIO-midlane og tildelte i 2025 tilskot til 23 verksemder i omstilling."),
        m("TR_FAGSK", "Desentralisert fagskuleutdanning i Nord-Troms", "1.4 3.1", "K", "Troms fylkeskommune",
          "Fagskulen i Troms, kommunane", "2025–2027",
          "Fagskuleutdanning i helse og oppvekst blir tilbydd desentralisert med samlingar i Nord-Troms, slik at "
          "vaksne kan ta utdanninga ved sida av jobb."),
    ])

# 16 --------------------------------------------------------------- Troms 2026 (nynorsk list)
report(
    file="Troms_fk_2026.pdf", reporter="Troms fylkeskommune", aliases=["Troms fylkeskommune"],
    year=2026, kind="inline_list", template="D: punktliste per hovedinnsatsområde med opplysningar i parentes, nynorsk",
    heading="Troms fylkeskommune 2026 – rapport om kompetansetiltak (NKPS)",
    intro=("Tiltaka er sorterte etter hovudinnsatsområde. Delmål, type tiltak, ansvar, partnarar og tidsrom står i "
           "parentes etter kvart tiltak."),
    area_names={"1": "Gode val for den enkelte og for samfunnet", "2": "Læring i arbeidslivet",
                "3": "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet"},
    typemap={"R": "råd/utval/nettverk", "K": "kurs/utdanning", "P": "prosjekt"},
    measures=[
        m("TR_STRAT", "Oppfølging av den regionale kompetansestrategien", "1.2", "P", "Troms fylkeskommune",
          "partnarskapet", "2026",
          "Handlingsplanen for 2026 har eit særleg blikk på rekruttering til helse og oppvekst", c=True),
        m("TR_FORUM", "Kompetanseforum Troms – vidareført", "1.2 1.4", "R", "Troms fylkeskommune",
          "NHO Arktis, LO, KS, NAV, UiT", "løpande",
          "Forumet har fått ei eiga arbeidsgruppe for samarbeid mellom utdanningstilbydarar og arbeidslivet",
          c=True),
        m("TR_KARR", "Karrieresenteret Karriere Troms", "1.3", "P", "Troms fylkeskommune", "NAV, kommunane",
          "løpande", "Nytt utekontor i Finnsnes frå januar 2026", c=True),
        m("TR_SAMISK", "Samisk karriererettleiing – kompetanseheving for rettleiarar", "1.3", "K",
          "Troms fylkeskommune", "Sámediggi, Karriere Troms, UiT", "2026",
          "Kurs for karriererettleiarar om samisk kultur- og næringsliv og rettleiing på samisk"),
        m("TR_FBJ", "Fagbrev på jobb for assistentar – utviding til heile fylket", "2.3 3.1", "P",
          "Troms fylkeskommune", "kommunane, NAV, Fagforbundet", "2026–2027",
          "Piloten frå Nord-Troms blir no tilbydd i alle regionar i fylket", c=True),
        m("TR_NAV", "Samarbeidsavtalen med NAV Troms og Finnmark", "3.3 3.5", "R", "Troms fylkeskommune og NAV",
          "kommunane", "2025–2028",
          "Felles kartlegging av vaksne utan vidaregåande opplæring som er registrerte hos NAV", c=True),
            ])

# 17 --------------------------------------------------------------- AID 2025
report(
    file="AID_rapportering_2025.docx", reporter="AID", aliases=["Arbeids- og inkluderingsdepartementet", "AID"],
    year=2025, kind="head_labels", template="C: «Tiltak n: tittel»-overskrifter med etikettlinjer",
    heading="Arbeids- og inkluderingsdepartementet (AID) – rapportering 2025",
    intro="AID rapporterer tiltak innenfor hovedinnsatsområde 3 i Nasjonal kompetansepolitisk strategi.",
    labels=OrderedDict([("dm", "Relasjon til delmål"), ("type", "Tiltakstype"), ("resp", "Ansvarlig"),
                        ("partners", "Samarbeid"), ("period", "Periode"), ("desc", "Kort omtale")]),
    heading_prefix="Tiltak {n}: ", dmstyle="codes_og_plain", heading_style="Heading 3",
    typemap={"K": "Kurs/utdanning", "P": "Prosjekt", "R": "Råd/utvalg/nettverk"},
    measures=[
        m("OPPL_AMT", "Oppdrag til Arbeids- og velferdsdirektoratet om økt bruk av opplæring i arbeidsmarkedstiltak",
          "3.3 3.5", "K", "AID", "Arbeids- og velferdsdirektoratet, fylkeskommunene", "2025–2026",
          "Direktoratet har fått i oppdrag å øke andelen arbeidssøkere som får opplæring som fører fram til formell "
          "kompetanse, særlig fagbrev."),
        m("UNGGAR", "Ungdomsgarantien", "3.3", "P", "AID", "Arbeids- og velferdsetaten", "Fra 2023, løpende",
          "Unge under 30 år som trenger hjelp til å komme i arbeid, skal få tett og langvarig oppfølging fra NAV, "
          "herunder tilbud om opplæring."),
        m("IA", "Ny IA-avtale (2025–2028)", "3.3", "R", "AID og partene i arbeidslivet",
          "LO, NHO, YS, Unio, Akademikerne, KS, Spekter, Virke", "2025–2028",
          "Myndighetene og partene har inngått en ny intensjonsavtale om et mer inkluderende arbeidsliv der "
          "kompetanse er ett av virkemidlene."),
        m("INTLOV", "Endringer i integreringsloven – mer arbeidsrettet opplæring i introduksjonsprogrammet", "3.4",
          "P", "AID", "IMDi, kommunene, HK-dir", "2025",
          "Lovendringene skal gjøre introduksjonsprogrammet mer arbeidsrettet og gi flere fullført videregående "
          "opplæring."),
        m("TILTFORSK", "Revisjon av tiltaksforskriftens bestemmelser om opplæring", "3.3 3.5", "K", "AID",
          "Arbeids- og velferdsdirektoratet", "2025–2026",
          "Forskriften endres slik at opplæring i arbeidsmarkedstiltak i større grad kan føre fram til fagbrev."),
        m("HURTIG", "Hurtigsporet for flyktninger med fagbakgrunn", "3.4 3.3", "P", "AID", "IMDi, NAV, NHO", "2025",
          "Flyktninger med fagutdanning eller relevant erfaring skal raskere ut i arbeid gjennom kartlegging og "
          "praksis i bedrift."),
    ])

# 18 --------------------------------------------------------------- AVdir 2025 (sidebar)
report(
    file="Arbeids-og-velferdsdirektoratet_2025.docx", reporter="Arbeids- og velferdsdirektoratet",
    aliases=["Arbeids- og velferdsdirektoratet"],
    year=2025, kind="sidebar", template="K: tekst til venstre, faktaboks i sidespalte til høyre",
    heading="Arbeids- og velferdsdirektoratet – rapport om oppfølging av kompetansestrategien 2025",
    intro=("Nedenfor omtales tiltakene i Arbeids- og velferdsetaten (NAV). Fakta om hvert tiltak står i boksen "
           "til høyre."),
    dmstyle="code_paren",
    typemap={"K": "Opplæring (kurs/utdanning)", "P": "Prosjekt", "R": "Samarbeid/nettverk"},
    measures=[
        m("OPPL_AMT", "Opplæring som arbeidsmarkedstiltak – mer formell kompetanse for arbeidssøkere", "3.5 3.3", "K",
          "Arbeids- og velferdsdirektoratet", "AID, fylkeskommunene, opplæringstilbydere", "2025–2026",
          "Direktoratet følger opp departementets oppdrag om å øke bruken av opplæring som fører fram til formell "
          "kompetanse. I 2025 ble andelen tiltaksdeltakere i formell opplæring økt fra 9 til 13 prosent."),
        m("UNGGAR", "Ungdomsgaranti – tettere oppfølging av unge", "3.3", "P", "NAV", "AID, kommunene", "Løpende",
          "Alle unge under 30 år som er registrert hos NAV, får en fast veileder. Opplæring er et av de viktigste "
          "virkemidlene i garantien."),
        m("GRUNNL_NAV", "Kurs i grunnleggende ferdigheter for arbeidssøkere", "3.5", "K", "NAV",
          "Opplæringstilbydere", "2025",
          "Kurs i lesing, skriving, regning og digitale ferdigheter kjøpt inn som arbeidsmarkedstiltak for "
          "arbeidssøkere som mangler dette."),
        m("FAGBREV_AMT", "Fagbrev som arbeidsmarkedstiltak", "3.5 2.3", "K", "NAV",
          "Fylkeskommunene, opplæringskontor", "Løpende",
          "Arbeidssøkere over 19 år kan få opplæring fram til fagbrev som et arbeidsmarkedstiltak, med inntil tre års "
          "varighet."),
        m("NAV_FK", "Nasjonal samarbeidsavtale mellom Arbeids- og velferdsdirektoratet og fylkeskommunene", "3.3 1.2",
          "R", "Arbeids- og velferdsdirektoratet", "Fylkeskommunene, KS", "2024–2027",
          "Avtalen gir rammene for det regionale samarbeidet mellom NAV og fylkeskommunene om kvalifisering av "
          "voksne. Regionale avtaler skal bygge på denne."),
        m("NORSK_NAV", "Arbeidsrettet norskopplæring i NAV-tiltak", "3.4 3.5", "K", "NAV", "Kommunene, IMDi",
          "2025",
          "Norskopplæring kombinert med praksis på arbeidsplassen for innvandrere som har avsluttet "
          "introduksjonsprogrammet."),
    ])

# 19 --------------------------------------------------------------- AVdir 2026
report(
    file="AVdir_NAV_rapport_2026.pdf", reporter="Arbeids- og velferdsdirektoratet",
    aliases=["Arbeids- og velferdsdirektoratet"],
    year=2026, kind="matrix", template="A: matrise, stående, mye ombrutt tekst",
    heading="Arbeids- og velferdsdirektoratet (NAV) – rapportering 2026, tiltak i Nasjonal kompetansepolitisk strategi",
    intro="Tabellen viser NAVs tiltak i 2026.",
    fontsize=8,
    columns=[("Tiltak", "title", 3.2), ("Delmål", "dm_codes", 1.3), ("Type", "type", 1.9), ("Ansvar", "resp", 2.0),
             ("Partnere", "partners", 2.3), ("Tid", "period", 1.4), ("Beskrivelse", "desc", 5.0)],
    typemap=dict(CANON),
    measures=[
        m("OPPL_AMT", "Økt bruk av opplæringstiltak, oppfølging av oppdrag fra AID", "3.3 3.5", "K",
          "Arbeids- og velferdsdirektoratet", "AID, fylkeskommunene", "2026",
          "Målet om at 15 prosent av tiltaksdeltakerne skal være i formell opplæring er nådd.", c=True),
        m("UNGGAR", "Ungdomsgarantien i NAV, videreført", "3.3", "P", "NAV", "Kommunene", "Løpende",
          "Garantien er utvidet til også å gjelde unge med nedsatt arbeidsevne.", c=True),
        m("GRUNNL_NAV", "Grunnleggende ferdigheter – kurs for arbeidssøkere", "3.5 3.1", "K", "NAV",
          "Opplæringstilbydere", "2026",
          "Kursene er gjort mer fleksible med nettbaserte moduler.", c=True),
        m("FAGBREV_AMT", "Opplæring fram til fagbrev for arbeidssøkere", "3.5 2.3", "K", "NAV",
          "Fylkeskommunene", "Løpende",
          "1200 deltakere var i fagopplæring som tiltak i 2026.", c=True),
        m("NAV_FK", "Samarbeidsavtalen med fylkeskommunene (nasjonal)", "3.3 1.2", "R",
          "Arbeids- og velferdsdirektoratet", "Fylkeskommunene", "2024–2027",
          "Avtalen er evaluert, og det er laget felles mål for kvalifisering av voksne.", c=True),
    ])

# 20 --------------------------------------------------------------- Udir 2024
report(
    file="Udir_rapport_NKPS_2024.pdf", reporter="Udir", aliases=["Utdanningsdirektoratet", "Udir"],
    year=2024, kind="numbered_list", template="D: nummerert liste, underpunkter med opplysninger",
    heading="Utdanningsdirektoratet (Udir) – Rapportering 2024: tiltak i oppfølgingen av Nasjonal kompetansepolitisk strategi",
    intro="Udir har i 2024 arbeidet med følgende tiltak:",
    dmstyle="lower_og",
    typemap={"K": "Kurs/utdanning", "P": "Prosjekt", "R": "Råd/utvalg/nettverk", "I": "Informasjon", "F": "FoU"},
    measures=[
        m("SAMFK", "Oppfølging av samfunnskontrakten for flere læreplasser", "2.3", "K", "Udir",
          "KD, partene i arbeidslivet, fylkeskommunene", "2022–2026",
          "Udir følger med på utviklingen i antall godkjente læreplasser og lager årlig statusrapport til "
          "kontraktspartene."),
        m("MODUL", "Modulstrukturert opplæring for voksne – nasjonal innføring", "3.1", "P", "Udir",
          "KD, fylkeskommunene, HK-dir", "2024–2025",
          "Udir utvikler moduler for nye lærefag og veiledning om vurdering og dokumentasjon av delkompetanse, på "
          "oppdrag fra KD."),
        m("SRY", "Sekretariat for Samarbeidsrådet for yrkesopplæring (SRY)", "2.3 1.4", "R", "Udir",
          "KD, partene i arbeidslivet", "Løpende",
          "Udir er sekretariat for SRY, som gir råd om den nasjonale fag- og yrkesopplæringen."),
        m("FAGBREV_JOBB", "Fagbrev på jobb – veiledning til fylkeskommunene", "2.3 2.5", "I", "Udir",
          "Fylkeskommunene, partene", "Løpende",
          "Ordningen gir voksne i relevant jobb mulighet til å ta fagbrev gjennom arbeidet. Udir har laget ny "
          "veileder til fylkeskommunene."),
        m("HOSPIT", "Tilskudd til hospitering for yrkesfaglærere", "1.4", "K", "Udir", "KD, fylkeskommunene", "2024",
          "Udir forvalter tilskuddet som gir yrkesfaglærere og instruktører mulighet til å hospitere i bedrift eller "
          "skole."),
        m("FAGFORNY", "Fagfornyelsen – revisjon av læreplaner i yrkesfag", "1.4 2.3", "P", "Udir",
          "De faglige rådene, læreplangrupper", "2024–2025",
          "Læreplanene i en rekke yrkesfag revideres etter innspill fra arbeidslivet om nye kompetansebehov."),
    ])

# 21 --------------------------------------------------------------- YS 2025 (Spekter-style)
report(
    file="YS_rapport_2025.pdf", reporter="YS", aliases=["YS", "Yrkesorganisasjonenes Sentralforbund"],
    year=2025, kind="numbered_report",
    template="L: nummerert rapport med «Rapporteringspunkter», gamle NKPS tiltak nr., skjema med fire overskrifter (Word-nummerering lekker)",
    heading="YS – Yrkesorganisasjonenes Sentralforbund: rapport 2025 om oppfølging av Nasjonal kompetansepolitisk strategi",
    typemap={"R": "Råd/utvalg/nettverk", "K": "Kurs", "F": "Forskning og utvikling", "A": "Konferanse"},
    measures=[
        m("KI_GRP", "Deltakelse i partsgruppen om KI i arbeidslivet", "2.1 2.2", "R", "YS",
          "KD, de andre partene, HK-dir", "Mars–desember 2025",
          "YS har deltatt i arbeidsgruppen som Kompetansepolitisk råd satte ned for å se på hvilke kompetansebehov "
          "kunstig intelligens skaper. YS har særlig løftet behovene i finans og offentlig forvaltning.",
          resp_sentence="YS deltar i arbeidsgruppen, som ledes av KD. Samarbeidspartnere: KD, de andre partene og HK-dir."),
        m("BRANSJE", "YS-forbundenes deltakelse i trepartsprogrammene for bransjer", "2.1", "K", "YS-forbundene",
          "Staten, arbeidsgiverorganisasjonene", "2025",
          "Flere YS-forbund sitter i styringsgruppene for bransjeprogrammene og informerer medlemmene om "
          "tilbudene.",
          resp_sentence="YS-forbundene er ansvarlige for egen deltakelse. Samarbeidspartnere er staten og arbeidsgiverorganisasjonene."),
        m("YS_KURS", "YS-kurs for tillitsvalgte: Kompetanse i lokale forhandlinger", "2.2", "K", "YS",
          "YS-forbundene", "Februar–november 2025",
          "Kurset gir tillitsvalgte kunnskap om avtaleverkets bestemmelser om kompetanse og hvordan de kan bruke dem "
          "i lokale forhandlinger.",
          resp_sentence="YS står bak tiltaket med YS-forbundene som samarbeidspartnere."),
        m("YS_BAROM", "YS Arbeidslivsbarometer – kompetanse og læring på jobb", "2.2", "F", "YS", "Ipsos", "2025",
          "Den årlige undersøkelsen har i 2025 et eget kapittel om arbeidstakernes muligheter for læring og "
          "videreutdanning i jobben.",
          resp_sentence="YS er ansvarlig. Undersøkelsen gjennomføres av Ipsos."),
        m("YS_SENIOR", "Konferansen «Seniorer og læring» 2025", "2.2 3.3", "A", "YS", "Senter for seniorpolitikk",
          "Oktober 2025",
          "Konferanse om hvordan arbeidsplassene kan legge til rette for at seniorer fortsetter å lære og står "
          "lenger i arbeid.",
          resp_sentence="YS arrangerer konferansen i samarbeid med Senter for seniorpolitikk."),
        m("YS_FINANS", "Autorisasjonsordninger i finans – kompetanseløft for ansatte", "2.1 2.5", "K",
          "YS/Finansforbundet", "Finans Norge", "2025–2026",
          "Finansforbundet og Finans Norge samarbeider om at flere ansatte skal ta autorisasjon, og at kompetansen "
          "dokumenteres på en måte som gjelder i hele bransjen.",
          resp_sentence="YS/Finansforbundet er ansvarlig sammen med Finans Norge."),
    ])

# 22 --------------------------------------------------------------- Unio 2024
report(
    file="Unio_rapportering_2024.docx", reporter="Unio", aliases=["Unio"],
    year=2024, kind="form", template="B: skjematabell per tiltak med uvanlige etiketter",
    heading="Unio – rapportering for 2024 om Nasjonal kompetansepolitisk strategi",
    intro="Unio har fylt ut ett skjema for hvert tiltak.",
    labels=OrderedDict([("title", "Overskrift"), ("desc", "Hva handler det om"), ("dm", "Knagg i strategien"),
                        ("type", "Sort tiltak"), ("resp", "Hvem leder"), ("partners", "Sammen med"),
                        ("period", "Når")]),
    dmstyle="unio",
    typemap={"R": "Utvalg", "K": "Utdanning", "P": "Prosjekt", "F": "Utredning (FoU)"},
    measures=[
        m("KBU", "Unios representant i utvalget som analyserer Norges framtidige kompetansebehov", "1.1", "R",
          "KD (Unio deltar)", "De andre hovedorganisasjonene, forskere", "2021–2024",
          "Unio har deltatt i utvalgets møter og bidratt til at behovet for sykepleiere og lærere er synliggjort i "
          "analysene."),
        m("FORUM", "Partenes plass i det nasjonale samarbeidsorganet for karriereveiledning", "1.3", "R", "HK-dir",
          "Unio, LO, NHO, KS m.fl.", "Løpende",
          "Unio deltar i organet der staten, fylkeskommunene og partene drøfter utviklingen av "
          "karriereveiledningsfeltet.", tp="Nettverk/råd"),
        m("RSA", "Råd for samarbeid med arbeidslivet (RSA)", "1.4", "R", "Unio-forbundene",
          "Universiteter og høyskoler", "Løpende",
          "Unio-forbundene er representert i RSA ved flere universiteter og høyskoler og arbeider for relevante "
          "profesjonsutdanninger."),
        m("KOMPPLAN", "Kompetanseplaner i kommunene (sammen med KS)", "2.2 2.4", "P", "KS og Unio",
          "LO Kommune, YS Kommune", "2024–2026",
          "Unio og KS samarbeider om en veileder og et verktøy som skal gjøre kompetanseplanleggingen i kommunene "
          "bedre og mer forankret hos de ansatte."),
        m("BP_HO", "Trepartsprogrammet for helse- og omsorgstjenestene i kommunene", "2.1", "K",
          "Unio/NSF, KS, Fagforbundet", "HK-dir", "2024",
          "Norsk Sykepleierforbund deltar i programmet og har bidratt til nye videreutdanningstilbud for "
          "sykepleiere i kommunene."),
        m("UNIO_KURS", "Skolering av tillitsvalgte: kompetanseplaner og rett til etter- og videreutdanning", "2.2",
          "K", "Unio", "Unio-forbundene", "Høsten 2024",
          "Kurs for Unios tillitsvalgte i stat og kommune om hvordan de kan bruke avtaleverket til å sikre "
          "kompetanseutvikling."),
        m("UNIO_UTR", "Utredning om finansiering av videreutdanning for sykepleiere og lærere", "2.2", "F", "Unio",
          "Proba samfunnsanalyse", "2024",
          "Utredningen sammenligner ulike modeller for finansiering av videreutdanning og foreslår hvordan staten og "
          "arbeidsgiverne kan dele kostnadene."),
    ])

# 23 --------------------------------------------------------------- VOFO 2026
report(
    file="VOFO_rapport_2026.docx", reporter="VOFO", aliases=["VOFO", "Voksenopplæringsforbundet"],
    year=2026, kind="deflist", template="D: definisjonsliste – tittel, tekst, og en kursiv linje med delmål · type · ansvar · partnere · tid",
    heading="VOFO – Voksenopplæringsforbundet: rapportering 2026",
    intro=("VOFO er paraplyorganisasjonen for studieforbundene. Her er våre tiltak i 2026 som følger opp Nasjonal "
           "kompetansepolitisk strategi."),
    typemap={"F": "FoU", "I": "Informasjon", "K": "Kurs/utdanning", "R": "Råd/utvalg/nettverk"},
    measures=[
        m("STUDUTR", "Studieforbundsutredningen – VOFOs bidrag i referansegruppen", "3.6", "F",
          "KD (VOFO i referansegruppen)", "Studieforbundene, KUD", "2025–2026",
          "VOFO har deltatt i referansegruppen for departementets utredning om studieforbundene og levert "
          "høringssvar og tall fra studieforbundenes kursvirksomhet."),
        m("VOFO_KAMP", "Informasjonskampanje om Kompetanseprogrammet mot studieforbundene", "3.2 3.6", "I", "VOFO",
          "Studieforbundene, HK-dir", "2026",
          "Kampanjen skal få flere studieforbund og medlemsorganisasjoner til å søke om midler fra programmet for "
          "grunnleggende ferdigheter."),
        m("VOFO_NORSK", "Norsktrening i studieforbund for innvandrere", "3.4 3.6", "K", "VOFO",
          "Studieforbundene, frivillige organisasjoner, IMDi", "2026",
          "Lavterskel norsktrening og språkkafeer som supplement til den offentlige norskopplæringen."),
        m("VOFO_PARTNER", "Partnerskapsavtaler mellom VOFO og fylkeskommunene", "1.2", "R", "VOFO",
          "Fylkeskommunene, VOFOs regioner", "Løpende",
          "VOFO har nå partnerskapsavtaler med ti fylkeskommuner om studieforbundenes plass i de regionale "
          "kompetansestrategiene."),
        m("VOFO_FAFO", "Forskningsprosjekt: studieforbund som læringsarena (Fafo)", "3.6", "F", "VOFO", "Fafo",
          "2026–2027",
          "Fafo undersøker hvem som deltar i studieforbundenes kurs og hva deltakerne får ut av dem."),
        m("VOFO_SENIOR", "Digital hverdag for seniorer – kurs i studieforbundene", "2.1 3.6", "K", "VOFO",
          "Seniornett, studieforbundene", "2026",
          "Kurs i bruk av offentlige digitale tjenester, BankID og nettbank for seniorer."),
    ])

# ---------------------------------------------------------------------------
# NEAR MISSES (keys) and judgement notes
# ---------------------------------------------------------------------------
NEAR = [
    ("SAMFK", "SAMFK_NY", "Dagens samfunnskontrakt 2022–2026 vs forhandlinger om en ny kontrakt for 2027–2030 (etterfølger)."),
    ("KPLUSS", "KPROG", "Kompetansepluss (avviklet og evaluert) vs etterfølgeren Kompetanseprogrammet."),
    ("KPROG", "VOFO_KAMP", "Den nasjonale tilskuddsordningen vs VOFOs egen informasjonskampanje om den."),
    ("KPROG", "GRUNNL_NAV", "To ulike ordninger for grunnleggende ferdigheter: HK-dirs tilskudd vs NAVs kurs som arbeidsmarkedstiltak."),
    ("KVNO", "ROG_CHAT", "Nasjonal digital karriereveiledning vs Rogalands egen chat-pilot (koordinert med, men ikke del av, den nasjonale tjenesten)."),
    ("ROG_KARR", "ROG_CHAT", "Karrieresenteret Karriere Rogaland vs en avgrenset pilot i senteret."),
    ("FORUM", "KVALRAM", "Nasjonalt forum for karriereveiledning vs nasjonalt kvalitetsrammeverk for karriereveiledning."),
    ("KBUND", "KBRAPP", "Spørreundersøkelsen (datainnsamling 2024) vs rapporten fra den (publisert 2025)."),
    ("KBU", "KBUND", "Kompetansebehovsutvalget vs Kompetansebehovsundersøkelsen (nesten like sammensatte ord)."),
    ("GODK_FAG", "GODK_FAGSK", "Godkjenning av utenlandsk fag- og yrkesopplæring vs av utenlandsk fagskoleutdanning."),
    ("KONF_KV25", "KONF_KV26", "Hver årgang av HK-dirs karriereveiledningskonferanse er et eget arrangement."),
    ("SRY", "FAGRAD", "Samarbeidsrådet for yrkesopplæring vs de faglige rådene (ulike organer i samme system)."),
    ("FAGBREV_JOBB", "TR_FBJ", "Nasjonal ordning Fagbrev på jobb vs Troms' egen pilot for assistenter."),
    ("FAGBREV_JOBB", "FAGBREV_AMT", "Fagbrev på jobb (opplæringsloven) vs fagbrev som arbeidsmarkedstiltak i NAV."),
    ("FAGBREV_JOBB", "KS_FBJ", "Nasjonal ordning vs KS' egen pilot for assistenter i kommunene."),
    ("KS_FBJ", "TR_FBJ", "To ulike piloter for assistenter: KS (kommunene som arbeidsgiver) vs Troms fylkeskommune."),
    ("NAV_FK", "TR_NAV", "Nasjonal rammeavtale AVdir–fylkeskommunene vs Troms' egen regionale avtale med NAV Troms og Finnmark."),
    ("LO_KURS", "YS_KURS", "To organisasjoners egne tillitsvalgtkurs om kompetanse."),
    ("LO_KURS", "UNIO_KURS", "To organisasjoners egne tillitsvalgtkurs om kompetanse."),
    ("YS_KURS", "UNIO_KURS", "To organisasjoners egne tillitsvalgtkurs om kompetanse."),
    ("ARENDAL24", "ARENDAL26", "LOs arrangementer på Arendalsuka i to ulike år."),
    ("NHO_KONF24", "NHO_KONF25", "NHOs Kompetansekonferansen 2024 vs 2025 – hver årgang er eget arrangement."),
    ("NHO_BAROM", "NIFU_RAPP", "Kompetansebarometeret (undersøkelsen) vs en egen NIFU-rapport som analyserer svarene."),
    ("NHO_BAROM", "YS_BAROM", "NHOs kompetansebarometer vs YS Arbeidslivsbarometer – to ulike undersøkelser."),
    ("BRANSJE", "BP_IND", "Paraplyen treparts bransjeprogram vs delprogrammet for industri og bygg."),
    ("BRANSJE", "BP_HO", "Paraplyen vs delprogrammet for kommunal helse og omsorg."),
    ("BP_IND", "BP_HO", "To ulike bransjeprogram."),
    ("BP_IND", "BP_HANDEL", "To ulike bransjeprogram (industri/bygg vs varehandel)."),
    ("ROG_PLAN", "TR_STRAT", "To fylkers egne regionale planer/strategier for kompetanse."),
    ("ROG_FORUM", "TR_FORUM", "To fylkers egne kompetanseforum."),
    ("ROG_KARR", "TR_KARR", "To fylkers egne karrieresentre."),
    ("ROG_BIO", "TR_BIO", "Samme nasjonale BIO-ordning, men hvert fylkes forvaltning og tildeling er eget tiltak."),
    ("HOSPIT", "ROG_HOSP", "Nasjonal hospiteringsordning (Yrkesfaglærerløftet) vs Rogalands egen ordning med frikjøp."),
    ("KI_GRP", "NHO_KI", "Partssammensatt arbeidsgruppe om KI vs NHOs egne KI-kurs for ledere."),
    ("SAMFK", "KS_LAERL", "Samfunnskontrakten vs KS' egen lærlingkampanje (nevnt som oppfølging av kontrakten)."),
]

JUDGEMENT = """
## Judgement calls (how I, as a directorate analyst, decided what is one tiltak)

1. **Joint councils and committees are one tiltak, whatever side a member describes.** The strategy summary (001)
   counts KBU, RSA, SRY and similar bodies as one measure even when several members report them. So KD (owner:
   "Kompetansebehovsutvalget (KBU)", "ny oppnevningsperiode 2025–2028"), HK-dir ("Sekretariat for …",
   "KBU-sekretariatet", "Analysesekretariat for kompetansebehovsutvalget"), LO ("Deltakelse i KBU", "LOs plass i
   utvalget for kompetansebehov"), NHO (just "KBU") and Unio ("Unios representant i utvalget som analyserer Norges
   framtidige kompetansebehov", which never names it) are all the same tiltak. The same goes for Nasjonalt forum for
   karriereveiledning (HK-dir leads it, KS takes part as "Nasjonalt karriereveiledningsforum", Unio describes "det nasjonale
   samarbeidsorganet for karriereveiledning"), SRY (Udir secretariat, NHO "SRY", KS "samarbeidsrådet for
   yrkesopplæringen") and the partssammensatte arbeidsgruppe om KI (KD sets it up, HK-dir runs the secretariat,
   YS and LO take part).
2. **Re-appointing a standing committee for a new period does not make a new tiltak** (KBU 2025–2028). A *new
   contract with a new period and new targets* does: "Forhandlinger om ny samfunnskontrakt (2027–2030)" is a
   successor, not a continuation of Samfunnskontrakt 2022–2026. What tips it: the utvalg keeps its name, mandate and
   secretariat, while the kontrakt is renegotiated with new parties' commitments.
3. **A ministry's assignment and the directorate's execution of it are one tiltak**: KD's "Oppdrag til HK-dir: tilskudd
   til … fleksible videreutdanningstilbud" = HK-dir's "Tilskuddsordning for fleksible videreutdanningstilbud"; KD's Udir
   assignment on modulstrukturert opplæring = Udir's "nasjonal innføring"; KD's Yrkesfaglærerløftet/hospitering = Udir's
   "Tilskudd til hospitering for yrkesfaglærere"; AID's assignment on opplæring i arbeidsmarkedstiltak = the
   directorate's "Opplæring som arbeidsmarkedstiltak …"; AID's Ungdomsgarantien = NAV's "Ungdomsgaranti – tettere oppfølging av unge" / "Ungdomsgarantien i NAV, videreført";
   KD's "Arbeid med ny kompetansepolitisk strategi" = HK-dir's "Kunnskapsgrunnlag for ny kompetansepolitisk strategi"
   (done on KD's assignment, as the text says).
4. **Taking part in someone else's measure = that measure; a member's own activity *about* a national scheme = a new
   tiltak.** VOFO's seat on the reference group of KD's studieforbund utredning is the same tiltak as the utredning.
   VOFO's *information campaign* about Kompetanseprogrammet, KS's *lærling campaign* "som ledd i oppfølgingen av
   samfunnskontrakten" and NHO's own KI courses are separate tiltak (same precedent as 001, where VOFO's "Promotering av
   Kompetanseplussordningene" was counted apart from the government's Kompetansepluss measure).
5. **Umbrella programme vs sub-programmes.** "Treparts bransjeprogram" (KD funds it, HK-dir administers it, LO and YS describe
   taking part in general) is one tiltak; each named bransjeprogram (industri og bygg; kommunal helse og omsorg; varehandel)
   is its own tiltak, and they are near misses of each other and of the umbrella. NHO's and LO's reports of the
   industri/bygg programme are the same tiltak; Unio's "Trepartsprogrammet for helse- og omsorgstjenestene i kommunene"
   = KS's "Bransjeprogram for kommunal helse- og omsorgssektor".
6. **Partnerships where each names the other are one tiltak**: LO/Fellesforbundet + NHO/Norsk Industri's Fagbrevløft
   (4 reports, titles "Fagbrevløftet i industrien", "Fagbrevløft for industrien", "Fagbrevløftet (Norsk Industri og
   Fellesforbundet)", "Fagbrevløft industri – oppfølging"); KS + Unio's work on kompetanseplaner in the municipalities.
   The IA-avtale (AID and the parties) is one tiltak reported by AID and LO.
7. **Continuation vs successor.** "videreført", "fase 2", "oppfølging av …", a new year's call for applications
   ("utlysning 2025", "utlysning og tildeling 2026") or a changed delmål/type keep the same tiltak. A programme with a new
   name that *replaces* another is a new tiltak (Kompetansepluss → Kompetanseprogrammet; HK-dir's 2024 row covers
   the evaluation and phasing out of Kompetansepluss only).
8. **Events are one tiltak per edition.** A conference or debate with a date or year in its name (Kompetansekonferansen
   2024/2025, Arendalsuka 2024/2026, the karriereveiledning conference 2025/2026) is a separate tiltak for each year. A
   *standing* instrument that runs every year is one continuing tiltak even if the year shows in the title (NHO's
   Kompetansebarometer; Kompetanseprogrammet's yearly allocation round). One-off surveys with a year in the title
   (Kompetansebehovsundersøkelsen 2024) are kept apart from the report that presents their results (published 2025).
9. **Each county's own plans, forums, centres, pilots and its running of a national scheme (BIO) are separate
   tiltak**, even with near-identical names (Kompetanseforum Rogaland vs Kompetanseforum Troms; "Bedriftsintern opplæring
   (BIO)" in Rogaland vs Troms). A national framework agreement (AVdir–fylkeskommunene) is not the same tiltak as
   Troms's own agreement with NAV Troms og Finnmark, though the latter builds on it.
10. **National scheme vs a member's own pilot**: Fagbrev på jobb (Udir) vs KS's pilot for assistants and Troms's
    pilot in Nord-Troms (which later grows to the whole county, "utviding til heile fylket": same Troms tiltak). Fagbrev
    som arbeidsmarkedstiltak (NAV) is a third, different scheme. The national hospitering scheme vs Rogaland's own
    "Yrkesfagløft Rogaland" hospitering scheme; karriereveiledning.no vs Rogaland's chat pilot.
11. **Unions' own courses** for tillitsvalgte (LO, YS, Unio) are separate tiltak even though the wording is close.
12. **Rogaland 2025**: only the rows of the appendix table are measures; the narrative refers to them in passing
    and adds nothing new. **YS 2025**: the numbers "7.", "8." … before the period lines come from Word's list numbering
    running on from the "Rapporteringspunkter" list; they are not part of the answer. YS gives delmål as old "NKPS
    tiltak nr." (nr n = n-th delmål). **Troms 2025/2026** are in nynorsk. **HK-dir 2026** gives delmål only as
    ticks in a grid; the descriptions are in an appendix under the same titles. **KD 2024** places measures in
    the column of their hovedinnsatsområde; one cell spans two columns (two areas); one table row can hold several
    unrelated measures. **KD 2025** numbers measures 1.1.1, 2.1.2 … where the middle level is the delmål, so a
    measure number is not a delmål code; extra delmål are given as "Tiltaket gjelder også delmål …".
13. `responsible` is as printed, or for prose/sentence forms (NHO 2024, YS 2025) as a reader would take it from the
    text. `partners` is the printed string ("" if none). For KS 2026 the combined field "Ansvar og partnere" has been
    split. `type` is the canonical type that the printed spelling stands for ("Utvalg", "Nettverk/råd",
    "Råd/utv./nettv." → Råd/utvalg/nettverk; "Undersøkelse (FoU)", "Rapport/FoU", "Utredning (FoU)" → FoU;
    "Konferanse", "Arr." → Arrangement; "Utdanning", "Opplæring/kurs" → Kurs/utdanning, and so on).
"""


# ---------------------------------------------------------------------------
# Formatting helpers
# ---------------------------------------------------------------------------
def dm_print(ms, style):
    dm = ms["dm"]
    if ms.get("dp"):
        return ms["dp"]
    if style in (None, "codes"):
        return ", ".join(dm)
    if style == "codes_og":
        return og(dm)
    if style == "codes_og_plain":
        return og(dm)
    if style == "delmal_og":
        return "Delmål " + og(dm)
    if style == "lower_og":
        return "delmål " + og(dm)
    if style == "code_short":
        return " / ".join(f"{c} {DM_SHORT[c]}" for c in dm)
    if style == "code_nyn":
        return "; ".join(f"{c} {DM_NYN[c]}" for c in dm)
    if style == "text":
        return "; ".join(DM_FULL[c] for c in dm)
    if style == "slash":
        return " / ".join(dm)
    if style == "code_paren":
        return ", ".join(f"{c} ({DM_SHORT[c]})" for c in dm)
    if style == "lo26":
        return "; ".join(f"delmål {c} ({DM_SHORT[c].lower()})" for c in dm)
    if style == "unio":
        # text with code in parentheses on some, text only on others
        if len(dm) == 1 and dm[0] in ("1.3", "1.4"):
            return f"{DM_SHORT[dm[0]]} (delmål {dm[0]})"
        return "; ".join(DM_FULL[c] for c in dm)
    if style == "nkps":
        nrs = [str(NKPS_NR[c]) for c in dm]
        return ("Relasjon til NKPS tiltak nr. " if len(nrs) > 1 else "Relasjon til NKPS tiltak nr ") + og(nrs) + "."
    raise ValueError(style)


def type_print(rep, ms):
    if ms.get("tp"):
        return ms["tp"]
    return rep["typemap"][ms["typ"]]


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def row_cant_split(row, header=False):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trPr.append(el)
    if header:
        h = OxmlElement("w:tblHeader")
        trPr.append(h)


def set_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths):
            gc.set(qn("w:w"), str(int(Cm(widths[i]).twips)))
    for row in table.rows:
        seen = set()
        for i, cell in enumerate(row.cells):
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            span = cell._tc.grid_span
            cell.width = Cm(sum(widths[i:i + span]))


def new_doc(font="Carlito", size=10.5, landscape=False):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(1.6)
        sec.top_margin = sec.bottom_margin = Cm(1.6)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.0)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
    return d


def para(container, text="", bold=False, italic=False, size=None, style=None, color=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def cell_add(cell, text, bold=False, size=None, italic=False, first=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def labelled(container, label, value, size=None):
    p = container.add_paragraph()
    r = p.add_run(label + ": ")
    r.bold = True
    if size:
        r.font.size = Pt(size)
    r2 = p.add_run(value)
    if size:
        r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(1)
    return p


def field(rep, ms, name):
    if name == "title":
        return ms["title"]
    if name == "desc":
        return ms["desc"]
    if name == "resp":
        return ms["resp"]
    if name == "partners":
        return ms["partners"]
    if name == "period":
        return ms["period"]
    if name == "type":
        return type_print(rep, ms)
    if name == "dm_codes":
        return ", ".join(ms["dm"])
    if name == "dm_print":
        return dm_print(ms, rep.get("dmstyle"))
    if name == "dm":
        return dm_print(ms, rep.get("dmstyle"))
    if name == "resp_partners":
        return f"{ms['resp']} (ansvarlig). Samarbeid: {ms['partners']}"
    raise KeyError(name)


# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------
def r_area_columns(rep):
    d = new_doc(font="Liberation Sans", size=9.5, landscape=True)
    d.add_heading(rep["heading"], level=1)
    para(d, rep["intro"])
    byk = {ms["key"]: ms for ms in rep["measures"]}
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, a in enumerate("123"):
        c = t.rows[0].cells[i]
        cell_text(c, f"Hovedinnsatsområde {a}: {AREAS[a]}", bold=True)
        set_cell_bg(c, "D9E2F3")
    row_cant_split(t.rows[0], header=True)

    def fill(c, ms):
        cell_text(c, ms["title"], bold=True)
        cell_add(c, "Delmål " + og(ms["dm"]), size=9)
        cell_add(c, "Type: " + type_print(rep, ms), size=9)
        cell_add(c, "Ansvarlig: " + ms["resp"] + "; samarbeid: " + ms["partners"], size=9)
        cell_add(c, "Periode: " + ms["period"], size=9)
        cell_add(c, ms["desc"], size=9, italic=True)

    for spec in rep["layout"]:
        row = t.add_row()
        row_cant_split(row)
        col = 0
        for item in spec:
            if col > 2:
                break
            if item is None:
                col += 1
                continue
            if isinstance(item, tuple):
                key, span = item
                c = row.cells[col].merge(row.cells[col + span - 1])
                fill(c, byk[key])
                col += span
            else:
                fill(row.cells[col], byk[item])
                col += 1
    set_widths(t, [8.8, 8.8, 8.8])
    placed = set()
    for spec in rep["layout"]:
        for item in spec:
            if item:
                placed.add(item[0] if isinstance(item, tuple) else item)
    assert placed == set(byk), (placed, set(byk))
    para(d, "")
    para(d, "Oslo, januar 2025. Kunnskapsdepartementet", italic=True)
    return d


def r_outline(rep):
    d = new_doc(font="Liberation Serif", size=11)
    d.add_heading(rep["heading"], level=1)
    para(d, rep["intro"])
    groups = OrderedDict()
    for ms in rep["measures"]:
        groups.setdefault(ms["dm"][0], []).append(ms)
    for area in "123":
        codes = sorted(c for c in groups if c.startswith(area))
        if not codes:
            continue
        d.add_heading(f"{area} {AREAS[area]}", level=1)
        for code in codes:
            d.add_heading(f"{code} {DM_FULL[code]}", level=2)
            for j, ms in enumerate(groups[code], 1):
                d.add_heading(f"{code}.{j} {ms['title']}", level=3)
                para(d, ms["desc"])
                extra = [c for c in ms["dm"] if c != code]
                p = d.add_paragraph()
                r = p.add_run(f"Tiltakstype: {type_print(rep, ms)}. Ansvarlig: {ms['resp']}. "
                              f"Samarbeid: {ms['partners']}. Tidsrom: {ms['period']}.")
                r.italic = True
                if extra:
                    para(d, "Tiltaket gjelder også delmål " + og(extra) + ".", italic=True)
    return d


def r_matrix(rep):
    land = rep.get("landscape", False)
    d = new_doc(font="Carlito" if land else "DejaVu Sans", size=10, landscape=land)
    d.add_heading(rep["heading"], level=1)
    para(d, rep["intro"])
    cols = rep["columns"]
    fs = rep.get("fontsize", 9)
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, (h, _, _) in enumerate(cols):
        cell_text(t.rows[0].cells[i], h, bold=True, size=fs)
        set_cell_bg(t.rows[0].cells[i], "E7E6E6")
    row_cant_split(t.rows[0], header=True)
    measures = rep["measures"]
    cur_area = None
    for n, ms in enumerate(measures, 1):
        if rep.get("area_rows"):
            a = ms["dm"][0][0]
            if a != cur_area:
                cur_area = a
                row = t.add_row()
                c = row.cells[0].merge(row.cells[-1])
                cell_text(c, f"Hovedinnsatsområde {a}: {AREAS[a]}", bold=True, size=fs)
                set_cell_bg(c, "FFF2CC")
        row = t.add_row()
        row_cant_split(row)
        for i, (_, f, _) in enumerate(cols):
            val = str(n) if f == "nr" else field(rep, ms, f)
            cell_text(row.cells[i], val, size=fs, bold=(f == "title"))
    set_widths(t, [w for _, _, w in cols])
    return d


def r_tickgrid(rep):
    d = new_doc(font="Liberation Sans", size=9.5, landscape=True)
    d.add_heading(rep["heading"], level=1)
    para(d, rep["intro"])
    ncol = 2 + len(ALL_DM)
    t = d.add_table(rows=2, cols=ncol)
    t.style = "Table Grid"
    # two header rows: area groups and codes
    h0, h1 = t.rows
    c = h0.cells[0].merge(h1.cells[0])
    cell_text(c, "Tiltak", bold=True, size=8.5)
    spans = {"1": (1, 4), "2": (5, 10), "3": (11, 16)}
    for a, (s, e) in spans.items():
        cc = h0.cells[s].merge(h0.cells[e])
        cell_text(cc, f"Hovedinnsatsområde {a}", bold=True, size=8)
        set_cell_bg(cc, "DDEBF7")
    for i, code in enumerate(ALL_DM, 1):
        cell_text(h1.cells[i], code, bold=True, size=7.5)
    c = h0.cells[-1].merge(h1.cells[-1])
    cell_text(c, "Type", bold=True, size=8.5)
    row_cant_split(h0, header=True)
    row_cant_split(h1, header=True)
    for ms in rep["measures"]:
        row = t.add_row()
        row_cant_split(row)
        cell_text(row.cells[0], ms["title"], size=8.5)
        for i, code in enumerate(ALL_DM, 1):
            cell_text(row.cells[i], "X" if code in ms["dm"] else "", size=8, bold=True)
        cell_text(row.cells[-1], type_print(rep, ms), size=8)
    set_widths(t, [7.2] + [0.95] * 16 + [2.4])
    d.add_page_break()
    d.add_heading("Vedlegg: Beskrivelse av tiltakene", level=1)
    for ms in rep["measures"]:
        d.add_heading(ms["title"], level=3)
        para(d, ms["desc"])
        labelled(d, "Ansvarlig", ms["resp"])
        labelled(d, "Samarbeid", ms["partners"])
        labelled(d, "Periode", ms["period"])
    return d


def r_head_labels(rep):
    d = new_doc(font="Carlito", size=11)
    d.add_heading(rep["heading"], level=1)
    para(d, rep["intro"])
    hs = rep.get("heading_style", "Heading 2")
    for n, ms in enumerate(rep["measures"], 1):
        if rep.get("numbered_headings"):
            title = f"{n}. {ms['title']}"
        elif rep.get("heading_prefix"):
            title = rep["heading_prefix"].format(n=n) + ms["title"]
        else:
            title = ms["title"]
        d.add_paragraph(title, style=hs)
        for k, lab in rep["labels"].items():
            labelled(d, lab, field(rep, ms, k))
        if "desc" not in rep["labels"]:
            para(d, ms["desc"])
    return d


def r_form(rep):
    nyn = rep["reporter"].startswith("Troms")
    d = new_doc(font="Carlito" if not nyn else "Liberation Sans", size=10.5)
    d.add_heading(rep["heading"], level=1)
    para(d, rep["intro"])
    for n, ms in enumerate(rep["measures"], 1):
        labs = list(rep["labels"].items())
        extra = 1 if rep.get("title_row") else 0
        t = d.add_table(rows=len(labs) + extra, cols=2)
        t.style = "Table Grid"
        if extra:
            c = t.rows[0].cells[0].merge(t.rows[0].cells[1])
            cell_text(c, rep["title_row"].format(n=n, title=ms["title"]), bold=True)
            set_cell_bg(c, "BDD7EE")
        for i, (k, lab) in enumerate(labs):
            row = t.rows[i + extra]
            cell_text(row.cells[0], lab, bold=True)
            set_cell_bg(row.cells[0], "F2F2F2")
            cell_text(row.cells[1], field(rep, ms, k), bold=(k == "title"))
        for row in t.rows:
            row_cant_split(row)
        set_widths(t, [4.2, 12.8])
        para(d, "")
    return d


def r_numbered_list(rep):
    d = new_doc(font="DejaVu Sans", size=10)
    d.add_heading(rep["heading"], level=1)
    para(d, rep["intro"])
    for ms in rep["measures"]:
        p = d.add_paragraph(style="List Number")
        r = p.add_run(ms["title"])
        r.bold = True
        for txt in (dm_print(ms, rep["dmstyle"]),
                    "Type: " + type_print(rep, ms),
                    f"Ansvar: {ms['resp']} – samarbeid med {ms['partners']}",
                    "Periode: " + ms["period"]):
            d.add_paragraph(txt, style="List Bullet 2")
        pp = para(d, ms["desc"])
        pp.paragraph_format.left_indent = Cm(1.27)
    return d


def r_inline_list(rep):
    d = new_doc(font="Liberation Serif", size=11)
    d.add_heading(rep["heading"], level=1)
    para(d, rep["intro"])
    for a in "123":
        ms_a = [ms for ms in rep["measures"] if ms["dm"][0][0] == a]
        if not ms_a:
            continue
        d.add_heading(f"Hovudinnsatsområde {a}: {rep['area_names'][a]}", level=2)
        for ms in ms_a:
            p = d.add_paragraph(style="List Bullet")
            r = p.add_run(ms["title"])
            r.bold = True
            p.add_run(" – " + ms["desc"] + " (delmål " + og(ms["dm"]) + "; " + type_print(rep, ms)
                      + "; ansvarleg: " + ms["resp"] + "; partnarar: " + ms["partners"] + "; " + ms["period"] + ")")
    return d


def r_deflist(rep):
    d = new_doc(font="Carlito", size=11)
    d.add_heading(rep["heading"], level=1)
    para(d, rep["intro"])
    for ms in rep["measures"]:
        para(d, ms["title"], bold=True, size=12, color="1F4E79")
        p = para(d, ms["desc"])
        p.paragraph_format.left_indent = Cm(1.0)
        p = para(d, " · ".join([og(ms["dm"]), type_print(rep, ms), ms["resp"], ms["partners"], ms["period"]]),
                 italic=True, size=9.5)
        p.paragraph_format.left_indent = Cm(1.0)
    para(d, "")
    para(d, "Delmål er oppgitt med kode. Rekkefølgen i den kursive linjen er: delmål · type tiltak · ansvarlig · "
            "samarbeidspartnere · periode.", italic=True, size=9)
    return d


def r_prose(rep):
    d = new_doc(font="Liberation Serif", size=11.5)
    d.add_heading(rep["heading"], level=1)
    para(d, rep["intro"])
    for a in "123":
        ms_a = [ms for ms in rep["measures"] if ms["section"] == a]
        if not ms_a:
            continue
        d.add_heading(AREAS[a], level=2)
        if a == "2":
            para(d, "Læring i arbeidslivet er det området der NHO har flest tiltak. Under omtaler vi de viktigste.")
        for ms in ms_a:
            p = d.add_paragraph()
            r = p.add_run(ms["title"] + ". ")
            r.bold = True
            p.add_run(ms["desc"])
    d.add_heading("Avslutning", level=2)
    para(d, "NHO vil fortsette å prioritere fag- og yrkesopplæringen og kunnskapsgrunnlaget om bedriftenes "
            "kompetansebehov i 2025.")
    return d


def r_tworow(rep):
    d = new_doc(font="Carlito", size=10, landscape=True)
    d.add_heading(rep["heading"], level=1)
    para(d, rep["intro"])
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["Nr.", "Tiltak", "Delmål", "Type tiltak", "Periode"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
        set_cell_bg(t.rows[0].cells[i], "C6E0B4")
    row_cant_split(t.rows[0], header=True)
    for n, ms in enumerate(rep["measures"], 1):
        r1 = t.add_row()
        r2 = t.add_row()
        row_cant_split(r1)
        row_cant_split(r2)
        nr = r1.cells[0].merge(r2.cells[0])
        cell_text(nr, f"{n}", bold=True)
        cell_text(r1.cells[1], ms["title"], bold=True)
        cell_text(r1.cells[2], ", ".join(ms["dm"]))
        cell_text(r1.cells[3], type_print(rep, ms))
        cell_text(r1.cells[4], ms["period"])
        c = r2.cells[1].merge(r2.cells[4])
        cell_text(c, ms["desc"], size=9.5)
        p = c.add_paragraph()
        rr = p.add_run("Ansvar: ")
        rr.bold = True
        rr.font.size = Pt(9.5)
        rr = p.add_run(ms["resp"] + ".  ")
        rr.font.size = Pt(9.5)
        rr = p.add_run("Samarbeidspartnere: ")
        rr.bold = True
        rr.font.size = Pt(9.5)
        rr = p.add_run(ms["partners"])
        rr.font.size = Pt(9.5)
    set_widths(t, [1.2, 11.0, 3.0, 4.5, 6.8])
    return d


def r_narrative_appendix(rep):
    d = new_doc(font="Carlito", size=11)
    d.add_heading(rep["heading"], level=1)
    for i, txt in enumerate(rep["narrative"]):
        if i == 1:
            d.add_heading("Oppfølging av regional plan", level=2)
        if i == 3:
            d.add_heading("Nye tiltak", level=2)
        para(d, txt)
    d.add_page_break()
    d.add_heading("Vedlegg 1 Oversikt over tiltak 2025", level=2)
    cols = rep["columns"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, (h, _, _) in enumerate(cols):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
    row_cant_split(t.rows[0], header=True)
    for ms in rep["measures"]:
        row = t.add_row()
        row_cant_split(row)
        for i, (_, f, _) in enumerate(cols):
            cell_text(row.cells[i], field(rep, ms, f), size=9)
    set_widths(t, [w for _, _, w in cols])
    return d


def r_sidebar(rep):
    d = new_doc(font="Liberation Sans", size=10)
    d.add_heading(rep["heading"], level=1)
    para(d, rep["intro"])
    for ms in rep["measures"]:
        d.add_heading(ms["title"], level=2)
        t = d.add_table(rows=1, cols=2)  # no style: borderless layout table
        row_cant_split(t.rows[0])
        left, right = t.rows[0].cells
        cell_text(left, ms["desc"])
        cell_add(left, "")
        set_cell_bg(right, "DEEAF6")
        cell_text(right, "Fakta", bold=True, size=9)
        for lab, val in (("Delmål", dm_print(ms, rep["dmstyle"])), ("Type", type_print(rep, ms)),
                         ("Ansvar", ms["resp"]), ("Partnere", ms["partners"]), ("Periode", ms["period"])):
            p = right.add_paragraph()
            r = p.add_run(lab + ": ")
            r.bold = True
            r.font.size = Pt(8.5)
            r = p.add_run(val)
            r.font.size = Pt(8.5)
        set_widths(t, [11.0, 6.0])
    return d


def r_numbered_report(rep):
    d = new_doc(font="Carlito", size=11)
    d.add_heading(rep["heading"], level=1)
    para(d, "Rapporteringspunkter:", bold=True)
    for ms in rep["measures"]:
        d.add_paragraph(ms["title"], style="List Number")
        para(d, dm_print(ms, "nkps"))
    for ms in rep["measures"]:
        d.add_page_break()
        para(d, "1. Tiltak i Nasjonal kompetansepolitisk strategi", bold=True)
        para(d, ms["title"])
        para(d, dm_print(ms, "nkps"))
        para(d, "Type tiltak: " + type_print(rep, ms))
        para(d, "2. Ansvarlig og samarbeidspartnere", bold=True)
        para(d, ms["resp_sentence"])
        para(d, "3. Beskrivelse av tiltaket (maks en halv side)", bold=True)
        para(d, ms["desc"])
        para(d, "4. Tidspunkt og varighet", bold=True)
        d.add_paragraph(ms["period"] + ".", style="List Number")  # numbering leaks, as in the real Spekter report
    return d


RENDER = {"area_columns": r_area_columns, "outline": r_outline, "matrix": r_matrix, "tickgrid": r_tickgrid,
          "head_labels": r_head_labels, "form": r_form, "numbered_list": r_numbered_list,
          "inline_list": r_inline_list, "deflist": r_deflist, "prose": r_prose, "tworow": r_tworow,
          "narrative_appendix": r_narrative_appendix, "sidebar": r_sidebar, "numbered_report": r_numbered_report}


# ---------------------------------------------------------------------------
# Ids, expected, checks
# ---------------------------------------------------------------------------
def assign_ids():
    ids = OrderedDict()
    for rep in REPORTS:
        for ms in rep["measures"]:
            if ms["key"] not in ids:
                ids[ms["key"]] = "T%02d" % (len(ids) + 1)
    return ids


def build_expected(ids):
    exp = OrderedDict()
    for rep in REPORTS:
        rows = []
        for ms in rep["measures"]:
            rows.append(OrderedDict(
                title=ms["title"], delmal=list(ms["dm"]), type=CANON[ms["typ"]], responsible=ms["resp"],
                partners=ms["partners"], period=ms["period"], description=ms["desc"],
                tiltak_id=ids[ms["key"]], continues=bool(ms["c"])))
        exp[rep["file"]] = OrderedDict(reporter=rep["reporter"], report_year=rep["year"], measures=rows)
    return exp


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s)


def pdf_text(path):
    import pdfplumber
    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            parts.append(page.extract_text() or "")
            for tb in page.extract_tables():
                for row in tb:
                    for cell in row:
                        if cell:
                            parts.append(cell)
    return norm("\n".join(parts))


def self_checks(ids, exp):
    errors = []
    # report-level
    for rep in REPORTS:
        n = len(rep["measures"])
        if not 5 <= n <= 9:
            errors.append(f"{rep['file']}: {n} measures")
        if str(rep["year"]) not in rep["heading"]:
            errors.append(f"{rep['file']}: year not in heading")
        if not any(a in rep["heading"] for a in rep["aliases"]):
            errors.append(f"{rep['file']}: reporter not in heading")
        if not any(a == rep["reporter"] for a in rep["aliases"]):
            errors.append(f"{rep['file']}: canonical reporter missing from aliases")
        keys = [ms["key"] for ms in rep["measures"]]
        if len(keys) != len(set(keys)):
            errors.append(f"{rep['file']}: tiltak twice in one report")
        titles = [ms["title"] for ms in rep["measures"]]
        if len(titles) != len(set(titles)):
            errors.append(f"{rep['file']}: duplicate title")
        for ms in rep["measures"]:
            for c in ms["dm"]:
                if c not in ALL_DM:
                    errors.append(f"{rep['file']}: bad delmål {c}")
            if ms["typ"] not in CANON:
                errors.append(f"{rep['file']}: bad type")
    # continues
    seen = defaultdict(set)  # (reporter, key) -> years
    for rep in REPORTS:
        for ms in rep["measures"]:
            seen[(rep["reporter"], ms["key"])].add(rep["year"])
    for rep in REPORTS:
        for ms in rep["measures"]:
            should = any(y < rep["year"] for y in seen[(rep["reporter"], ms["key"])])
            if should != bool(ms["c"]):
                errors.append(f"{rep['file']}: continues flag wrong for {ms['key']} ({ms['c']} vs {should})")
    # expected.json consistency
    for f, e in exp.items():
        for row in e["measures"]:
            if row["type"] not in CANON.values():
                errors.append(f"{f}: non-canonical type")
    # near misses
    for a, b, _ in NEAR:
        if a not in ids or b not in ids:
            errors.append(f"near miss key missing: {a} {b}")
        if a == b:
            errors.append(f"near miss same key {a}")
    pairs = [frozenset((a, b)) for a, b, _ in NEAR]
    if len(pairs) != len(set(pairs)):
        errors.append("duplicate near-miss pair")
    # pdf content
    for rep in REPORTS:
        if not rep["file"].endswith(".pdf"):
            continue
        path = os.path.join(OUT, rep["file"])
        txt = pdf_text(path)
        if not any(norm(a) in txt for a in [rep["reporter"]] + rep["aliases"]):
            errors.append(f"{rep['file']}: reporter not found in PDF")
        if str(rep["year"]) not in txt:
            errors.append(f"{rep['file']}: year not found in PDF")
        for ms in rep["measures"]:
            if norm(ms["title"]) not in txt:
                errors.append(f"{rep['file']}: title not found in PDF: {ms['title']}")
    return errors


def stats(ids, exp):
    rows = sum(len(e["measures"]) for e in exp.values())
    by_tid = defaultdict(list)
    for f, e in exp.items():
        for r in e["measures"]:
            by_tid[r["tiltak_id"]].append((e["reporter"], e["report_year"], f, r["title"]))
    multi = {t: v for t, v in by_tid.items() if len(v) > 1}
    multi_rep = {t: v for t, v in by_tid.items() if len({x[0] for x in v}) > 1}
    cont = sum(1 for e in exp.values() for r in e["measures"] if r["continues"])
    reporters = sorted({e["reporter"] for e in exp.values()})
    npdf = sum(1 for f in exp if f.endswith(".pdf"))
    return dict(files=len(exp), pdf=npdf, docx=len(exp) - npdf, reporters=len(reporters), reporter_list=reporters,
                rows=rows, distinct=len(by_tid), multi=len(multi), multi_reporter=len(multi_rep),
                continues=cont, near=len(NEAR)), by_tid


def write_readme(ids, exp, st, by_tid):
    inv = {v: k for k, v in ids.items()}
    L = []
    L.append("# match8 – blind labelled batch for NKPS record linkage\n")
    L.append("Generated by `make_batch.py` (all report content is held as Python data in that script). "
             "Files: the member reports (.docx / .pdf) in this folder, `expected.json`, `near_misses.json`.\n")
    L.append("## Counts\n")
    L.append(f"- files: {st['files']} ({st['pdf']} PDF, {st['docx']} docx)")
    L.append(f"- reporters: {st['reporters']} ({', '.join(st['reporter_list'])})")
    L.append(f"- measure rows: {st['rows']}")
    L.append(f"- distinct tiltak: {st['distinct']}")
    L.append(f"- tiltak reported more than once: {st['multi']} (of which {st['multi_reporter']} by more than one reporter)")
    L.append(f"- rows with continues = true: {st['continues']}")
    L.append(f"- near-miss pairs: {st['near']}\n")
    L.append("## Files\n")
    L.append("| file | reporter | year | rows | template |")
    L.append("|---|---|---|---|---|")
    for rep in REPORTS:
        L.append(f"| {rep['file']} | {rep['reporter']} | {rep['year']} | {len(rep['measures'])} | {rep['template']} |")
    L.append("")
    L.append("Template kinds: A matrix (5 files, varied headers/column order, landscape and portrait, one with "
             "area separator rows); B label|answer form per measure (4 files: standard, combined ansvar/partner field with "
             "title header row, nynorsk, unusual labels); C heading per measure + \"Label: value\" lines (3 files); "
             "D lists (numbered list with sub-bullets, nynorsk bullet list with inline parentheses, definition list "
             "with a dotted facts line); E prose; F measures placed in the column of their hovedinnsatsområde "
             "(several measures per row, one cell spanning two areas); G outline 1 / 1.1 / 1.1.1 (area / delmål / "
             "measure); H two table rows per measure; I delmål tick-box grid + appendix with descriptions; "
             "J long narrative with the measures only in an appendix table; K sidebar fact box beside the text; "
             "L Spekter-style numbered report with old NKPS tiltak numbers and Word list numbering leaking into the "
             "period lines.\n")
    L.append("## Matching content: tiltak reported more than once\n")
    L.append("| tiltak_id | reports (reporter year: title as printed) |")
    L.append("|---|---|")
    for tid in sorted(by_tid):
        v = by_tid[tid]
        if len(v) > 1:
            v = sorted(v, key=lambda x: (x[1], x[0]))
            L.append(f"| {tid} | " + "<br>".join(f"{r} {y}: {t}" for r, y, f, t in v) + " |")
    L.append("")
    L.append("Reported once: " + ", ".join(f"{tid} ({by_tid[tid][0][0]} {by_tid[tid][0][1]}: {by_tid[tid][0][3]})"
                                          for tid in sorted(by_tid) if len(by_tid[tid]) == 1) + "\n")
    L.append("## Near misses (must NOT be merged)\n")
    L.append("| a | b | why |")
    L.append("|---|---|---|")
    for a, b, why in NEAR:
        L.append(f"| {ids[a]} ({by_tid[ids[a]][0][3]}) | {ids[b]} ({by_tid[ids[b]][0][3]}) | {why} |")
    L.append(JUDGEMENT)
    L.append("## Self-checks run by the script\n")
    L.append("- `continues` equals \"same reporter has this tiltak_id in an earlier report year of this batch\" "
             "(the labels are written by hand in the data and compared with the computed value);")
    L.append("- no tiltak twice in one report; 5–9 measures per report; valid delmål codes; canonical types;")
    L.append("- every near-miss id exists;")
    L.append("- in every PDF, pdfplumber finds the reporter, the report year and every measure title "
             "(whitespace-insensitive, NFKC-normalised, page text plus table cells).")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")


def main():
    ids = assign_ids()
    # clean old outputs
    for f in os.listdir(OUT):
        if f.endswith((".docx", ".pdf")):
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="match8_")
    to_pdf = []
    for rep in REPORTS:
        doc = RENDER[rep["kind"]](rep)
        base = os.path.splitext(rep["file"])[0]
        if rep["file"].endswith(".docx"):
            doc.save(os.path.join(OUT, rep["file"]))
        else:
            p = os.path.join(tmp, base + ".docx")
            doc.save(p)
            to_pdf.append(p)
    if to_pdf:
        env = dict(os.environ, HOME=tmp)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp] + to_pdf,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=tmp)
        for p in to_pdf:
            pdf = os.path.splitext(p)[0] + ".pdf"
            shutil.move(pdf, os.path.join(OUT, os.path.basename(pdf)))
    shutil.rmtree(tmp, ignore_errors=True)

    exp = build_expected(ids)
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    near = [OrderedDict(a=ids[a], b=ids[b], why=why) for a, b, why in NEAR]
    with open(os.path.join(OUT, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(near, fh, ensure_ascii=False, indent=1)
    st, by_tid = stats(ids, exp)
    write_readme(ids, exp, st, by_tid)
    errors = self_checks(ids, exp)
    print(json.dumps({k: v for k, v in st.items() if k != "reporter_list"}, ensure_ascii=False))
    if errors:
        print("SELF-CHECK FAILURES:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("all self-checks passed")


if __name__ == "__main__":
    main()
