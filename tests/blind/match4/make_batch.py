#!/usr/bin/env python3
"""Blind labelled test batch 'match4' for record linkage of NKPS follow-up reports.

All reports live below as Python data.  From that one in-memory data the script
  * writes every report as .docx (python-docx) or .pdf (docx rendered by LibreOffice in a temp dir),
  * writes expected.json and near_misses.json (never by reading the reports back),
  * checks with pdfplumber that every PDF shows its heading and the titles of its measures.
Run:  /work/blind/.venvm2/bin/python make_batch.py
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

OUT = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- delmål texts (NKPS Vedlegg 1, shortened)
DELMAL_TEXT = {
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
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til læringsmotivasjon og læringsevne gjennom opplæring i frivillig sektor",
}
AREA_TEXT = {
    "1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
    "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
    "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}
TYPES = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]


def R(tid, title, dm, typ, resp, partners, period, desc, cont=False):
    assert typ in TYPES, typ
    for d in dm:
        assert d in DELMAL_TEXT, d
    return dict(tiltak_id=tid, title=title, delmal=list(dm), type=typ, responsible=resp,
                partners=partners, period=period, description=desc, continues=cont)


# ---------------------------------------------------------------- the reports
REPORTS = []


def report(file, reporter, year, template, heading, rows, **opts):
    REPORTS.append(dict(file=file, reporter=reporter, year=year, template=template,
                        heading=heading, rows=rows, opts=opts))


# ============ Regjeringen =====================================================
report("regjeringen_2019.pdf", "Regjeringen", 2019, "table",
       "Regjeringens rapportering på oppfølging av Nasjonal kompetansepolitisk strategi 2019",
       [
           R("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD",
             "ASD, KMD, NFD, partene i arbeidslivet, Kompetanse Norge", "2017–2023",
             "Utvalget sammenstiller og analyserer kunnskap om Norges framtidige kompetansebehov. Første hovedrapport ble lagt fram i 2018, temarapport om regionale kompetansebehov i 2019."),
           R("REFORM", "Arbeid med stortingsmelding om kompetansereformen", ["2.2", "1.4"], "FoU", "KD",
             "Partene i arbeidslivet, fylkeskommunene, Kompetanse Norge", "2019–2020",
             "Regjeringen arbeider med en melding til Stortinget om kompetansereformen Lære hele livet. Innspillsmøter med partene og fylkeskommunene er gjennomført i alle landsdeler."),
           R("DIGKV", "Utvikling av en nasjonal digital karriereveiledningstjeneste", ["1.3"], "Informasjon", "KD",
             "Kompetanse Norge, Utdanningsdirektoratet", "2018–2020",
             "Kompetanse Norge utvikler en nettbasert tjeneste med chat og telefon der alle kan få gratis karriereveiledning."),
           R("KVALRAM", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "KD",
             "Kompetanse Norge, fylkeskommunene", "2019–2020",
             "Rammeverket omfatter kompetansestandarder for veiledere, etiske retningslinjer og et felles begrepsapparat for karriereveiledning."),
           R("SAMKON", "Samfunnskontrakt for flere læreplasser", ["2.3"], "Råd/utvalg/nettverk", "KD",
             "LO, NHO, KS, Spekter, Virke, YS, Unio, Akademikerne", "2016–2020",
             "Samfunnskontrakten mellom staten og partene har som mål at alle kvalifiserte søkere skal få læreplass. Status følges opp i årlige møter."),
           R("KPARB", "Kompetansepluss arbeid", ["3.2"], "Kurs/utdanning", "KD",
             "Kompetanse Norge, partene i arbeidslivet", "Løpende",
             "Tilskuddsordning for opplæring i grunnleggende ferdigheter på arbeidsplassen. Virksomheter søker om midler gjennom Kompetanse Norge."),
           R("REGREF", "Regionreformen: overføring av kompetansepolitiske oppgaver til fylkeskommunene", ["1.2"], "Råd/utvalg/nettverk", "KMD",
             "KD, ASD, fylkeskommunene", "2019–2020",
             "Fra 2020 får fylkeskommunene ansvar for blant annet tilskudd til karriereveiledning og bedriftsintern opplæring (BIO)."),
           R("REALK", "Utvikling av modell for vurdering av kompetanse ervervet i arbeidslivet", ["2.5"], "FoU", "KD",
             "Kompetanse Norge, partene i arbeidslivet", "2018–2021",
             "Kompetanse Norge utvikler en metode for å vurdere og dokumentere kompetanse som er tilegnet i arbeidslivet, i tråd med strategiens delmål."),
           R("TOARIG", "Forsøk med toårig yrkesrettet opplæring for arbeidssøkere", ["3.5", "3.3"], "Kurs/utdanning", "ASD",
             "Arbeids- og velferdsdirektoratet, fylkeskommunene", "2019–2021",
             "NAV prøver ut et toårig opplæringstiltak som kan gi fagbrev for ledige med svak formell kompetanse."),
       ],
       cols=[("delmal", "Delmål"), ("title", "Tiltak"), ("type", "Type tiltak"), ("responsible", "Ansvarlig"),
             ("partners", "Samarbeidspartnere"), ("period", "Periode"), ("description", "Kort beskrivelse")],
       dm_style="codes", landscape=True)

report("regjeringen_2020.docx", "Regjeringen", 2020, "area",
       "Oppfølging av Nasjonal kompetansepolitisk strategi – Regjeringens tiltak i 2020",
       [
           R("KBU", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD",
             "ASD, KMD, NFD, hovedorganisasjonene", "2017–2023",
             "KBU la i 2020 fram en temarapport om hvordan koronapandemien påvirker kompetansebehovene.", True),
           R("REGREF", "Fylkeskommunenes nye oppgaver etter regionreformen", ["1.2", "1.3"], "Råd/utvalg/nettverk", "KMD",
             "KD, fylkeskommunene, Kompetanse Norge", "2020",
             "Fra 1. januar 2020 har fylkeskommunene overtatt ansvaret for karrieresentrene og BIO-ordningen. Departementet følger opp gjennomføringen.", True),
           R("DIGKV", "Lansering av karriereveiledning.no", ["1.3"], "Informasjon", "KD",
             "Kompetanse Norge", "2020",
             "Den nasjonale digitale karriereveiledningstjenesten ble lansert i januar 2020 og har hatt stor pågang under pandemien.", True),
           R("REFORM", "Meld. St. 14 (2019–2020) Kompetansereformen – Lære hele livet", ["1.2", "2.2", "3.1"], "FoU", "KD",
             "Partene i arbeidslivet, fylkeskommunene", "2020",
             "Stortingsmeldingen ble lagt fram i april 2020 og behandlet i Stortinget i juni.", True),
           R("SAMKON", "Samfunnskontrakten for flere læreplasser – forlenget ut 2021", ["2.3"], "Råd/utvalg/nettverk", "KD",
             "LO, NHO, KS, Spekter, Virke, YS, Unio", "2016–2021",
             "Kontrakten er forlenget med ett år på grunn av koronasituasjonen.", True),
           R("BPALL", "Treparts bransjeprogram for kompetanseutvikling", ["2.1", "2.4"], "Kurs/utdanning", "KD",
             "Kompetanse Norge, partene i arbeidslivet, utdanningstilbydere", "2020–2021",
             "Staten og partene samarbeider om å øke deltakelsen i kompetanseutvikling i utvalgte bransjer. Tilbudene er for ansatte, permitterte og ledige."),
           R("FLEKS", "Tilskuddsordning for fleksible videreutdanningstilbud", ["2.1", "1.4"], "Kurs/utdanning", "KD",
             "Kompetanse Norge, universiteter og høyskoler, fagskoler", "2020",
             "Ordningen gir tilskudd til utvikling av fleksible og nettbaserte tilbud i samarbeid med arbeidslivet."),
           R("FAGJOBB", "Fagbrev på jobb", ["2.5", "3.1"], "Kurs/utdanning", "KD",
             "Utdanningsdirektoratet, fylkeskommunene, partene", "2020–",
             "Nasjonal ordning der voksne i jobb kan ta fagbrev med opplæring og praksis på arbeidsplassen."),
           R("PERMIT", "Opplæring for permitterte og ledige under koronapandemien", ["3.3", "3.5"], "Kurs/utdanning", "ASD",
             "KD, NAV, fylkeskommunene", "2020",
             "Midlertidige regler gjør det mulig å ta opplæring og utdanning mens man mottar dagpenger."),
           R("TOARIG", "Toårig yrkesrettet opplæring for arbeidssøkere (videreført forsøk)", ["3.5"], "Kurs/utdanning", "ASD",
             "NAV, fylkeskommunene", "2019–2021",
             "Forsøket er videreført i fire fylker. De første deltakerne avlegger fagprøve våren 2021.", True),
       ],
       cols=[("delmal", "Delmål"), ("title", "Tiltak"), ("type", "Type tiltak"), ("responsible", "Ansvarlig"),
             ("partners", "Samarbeidspartnere"), ("period", "Tidsperiode"), ("description", "Kort omtale")],
       dm_style="codes")

report("regjeringen_2021.pdf", "Regjeringen", 2021, "blocks",
       "Regjeringen – rapportering om oppfølging av Nasjonal kompetansepolitisk strategi for 2021",
       [
           R("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD",
             "ASD, KMD, NFD, partene i arbeidslivet, HK-dir", "2017–2023",
             "Utvalget har i 2021 arbeidet med sin tredje hovedrapport. Sekretariatet ligger i Direktoratet for høyere utdanning og kompetanse.", True),
           R("REFORM", "Oppfølging av kompetansereformen «Lære hele livet»", ["1.2", "2.2", "3.1"], "FoU", "KD",
             "Partene i arbeidslivet, fylkeskommunene, HK-dir", "2020–2022",
             "Tiltakene i Meld. St. 14 (2019–2020) følges opp gjennom budsjett og nye ordninger.", True),
           R("DIGKV", "Videreutvikling av karriereveiledning.no", ["1.3"], "Informasjon", "KD",
             "HK-dir", "2021",
             "Tjenesten videreutvikles med flere digitale verktøy og bedre kobling til fylkeskommunenes karrieresentre.", True),
           R("SAMKON2", "Forhandlinger om ny samfunnskontrakt for flere læreplasser (2022–2026)", ["2.3"], "Råd/utvalg/nettverk", "KD",
             "LO, NHO, KS, Spekter, Virke, YS, Unio, Akademikerne", "2021",
             "Regjeringen og partene forhandler fram en ny kontrakt som skal gjelde fra 2022."),
           R("BPALL", "Bransjeprogrammene – videreført og utvidet til nye bransjer", ["2.1", "2.4"], "Kurs/utdanning", "KD",
             "HK-dir, partene i arbeidslivet", "2020–2022",
             "Det er nå bransjeprogram i ti bransjer, blant annet varehandel, reiseliv og kommunal helse og omsorg.", True),
           R("FLEKS", "Fleksible videreutdanningstilbud – ny utlysning", ["2.1"], "Kurs/utdanning", "KD",
             "Direktoratet for høyere utdanning og kompetanse, universiteter og høyskoler, fagskoler", "2021",
             "Ny utlysning av midler til fleksible tilbud med vekt på samarbeid med arbeidslivet.", True),
           R("REALK", "Modell for vurdering av kompetanse ervervet i arbeidslivet – utprøving", ["2.5"], "FoU", "KD",
             "HK-dir, partene i arbeidslivet", "2021",
             "Modellen prøves ut i to bransjer i samarbeid med partene.", True),
           R("KOMPPROG", "Kompetanseprogrammet", ["3.2", "3.6"], "Kurs/utdanning", "KD",
             "HK-dir, partene, VOFO", "2021–",
             "Ny ordning som erstatter Kompetansepluss. Gir tilskudd til opplæring i grunnleggende ferdigheter i arbeidslivet og i frivillig sektor."),
       ],
       labels=dict(title="Tiltak", delmal="Delmål", type="Type tiltak", responsible="Ansvarlig departement",
                   partners="Samarbeidspartnere", period="Periode", description="Beskrivelse"),
       dm_style="delmal_og")

# ============ LO =============================================================
report("lo_2019.docx", "LO", 2019, "table",
       "LOs rapportering 2019 – Nasjonal kompetansepolitisk strategi",
       [
           R("KBU", "Deltakelse i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "LO",
             "Regjeringen, NHO, øvrige hovedorganisasjoner", "2017–2023",
             "LO har fast plass i KBU og bidrar med innspill til utvalgets analyser av framtidige kompetansebehov."),
           R("SRY", "Deltakelse i SRY", ["2.3", "1.4"], "Råd/utvalg/nettverk", "Partene",
             "LO, NHO, KS, Unio, YS, Spekter, Virke", "Løpende",
             "LO er representert i Samarbeidsrådet for yrkesopplæring og arbeider for bedre dimensjonering av fag- og yrkesopplæringen."),
           R("SAMKON", "Oppfølging av samfunnskontrakten for flere læreplasser", ["2.3"], "Råd/utvalg/nettverk", "LO",
             "KD, NHO, KS, Virke, Spekter", "2016–2020",
             "LO følger opp kontrakten sentralt og gjennom forbundene, med mål om flere lærebedrifter."),
           R("LO_TVKURS", "Tillitsvalgtkurs: Kompetanseutvikling på arbeidsplassen", ["2.2", "2.4"], "Kurs/utdanning", "LO",
             "AOF Norge", "Vår og høst 2019",
             "Kurs for tillitsvalgte om hvordan kompetansebehov kan kartlegges og tas opp med arbeidsgiver."),
           R("LO_REFORMINN", "LOs innspill til kompetansereformen", ["1.2", "2.2"], "Informasjon", "LO",
             "Forbundene i LO", "2019",
             "LO har gitt skriftlige og muntlige innspill til KDs arbeid med stortingsmeldingen om kompetansereformen."),
           R("RSA", "Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "Råd/utvalg/nettverk", "LO",
             "Universiteter og høyskoler", "Løpende",
             "LO er representert i flere RSA og bruker plassene til å styrke relevansen i utdanningene."),
           R("LO_UIO", "Samarbeid med UiO om utvikling av kunnskapsøkonomien", ["1.4"], "Prosjekt", "LO",
             "NHO, UiO", "2018–2020",
             "Felles prosjekt med UiO om forskning og formidling om læring og kompetanse i arbeidslivet."),
       ],
       cols=[("title", "Tiltak"), ("delmal", "Delmål"), ("responsible", "Ansvarlig"), ("partners", "Samarbeidspartnere"),
             ("type", "Type"), ("period", "Tid"), ("description", "Beskrivelse")],
       dm_style="codes", landscape=True)

report("lo_2020.pdf", "LO", 2020, "form",
       "LO – rapport om oppfølging av kompetansestrategien 2020",
       [
           R("KBU", "Kompetansebehovsutvalget (KBU) – LOs representasjon", ["1.1"], "Råd/utvalg/nettverk", "LO",
             "KD, NHO, YS, Unio, Akademikerne, KS, Spekter, Virke", "Løpende",
             "LO deltar fortsatt i KBU. I 2020 har LO særlig vært opptatt av koronakrisens virkning på kompetansebehovet.", True),
           R("BPIND", "Bransjeprogram for industri og bygg", ["2.1", "2.4"], "Kurs/utdanning", "Partene i industri og bygg",
             "Fellesforbundet, NHO, Norsk Industri, BNL, Kompetanse Norge", "2019–2021",
             "Programmet gir ansatte i industri- og byggenæringen tilgang på korte, arbeidsrettede moduler. LO og Fellesforbundet sitter i styringsgruppen."),
           R("LO_TVKURS", "Tillitsvalgtkurs om kompetanseutvikling – videreført digitalt", ["2.2", "2.4"], "Kurs/utdanning", "LO",
             "AOF Norge", "2020",
             "Kurset fra 2019 er lagt om til digital gjennomføring på grunn av smittevern.", True),
           R("LO_PERMINFO", "Informasjon til medlemmer om opplæring under permittering", ["3.3"], "Informasjon", "LO",
             "Forbundene", "Mars–desember 2020",
             "LO har informert permitterte medlemmer om muligheten til å ta opplæring uten å miste dagpengene."),
           R("LO_REFORMINN", "LOs oppfølging av kompetansereformen", ["1.2", "2.2"], "Informasjon", "LO",
             "Forbundene i LO", "2020",
             "LO følger opp meldingen Lære hele livet overfor Stortinget og departementet.", True),
           R("SAMKON", "Samfunnskontrakten for flere læreplasser", ["2.3"], "Råd/utvalg/nettverk", "LO",
             "KD og partene", "2016–2021",
             "LO har bidratt til at kontrakten ble forlenget ut 2021.", True),
           R("LO_KOMPAVT", "Kartlegging av kompetansebestemmelser i tariffavtalene", ["2.2"], "FoU", "LO",
             "Fafo", "2020–2021",
             "Fafo kartlegger hvordan bestemmelser om kompetanse i tariffavtalene brukes lokalt."),
       ],
       labels=dict(title="Tiltak", delmal="Delmål", type="Type tiltak", responsible="Ansvarlig",
                   partners="Samarbeidspartnere", period="Tidspunkt og varighet", description="Beskrivelse"),
       dm_style="delmal_og")

report("lo_2021.docx", "LO", 2021, "headings",
       "Landsorganisasjonen i Norge (LO): Oppfølging av Nasjonal kompetansepolitisk strategi i 2021",
       [
           R("KBU", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "LO",
             "KD, hovedorganisasjonene", "Løpende",
             "LO er fortsatt medlem av utvalget.", True),
           R("BPIND", "Bransjeprogrammet for industri- og byggenæringen, videreført", ["2.1", "2.4"], "Kurs/utdanning", "LO",
             "Fellesforbundet, NHO, Norsk Industri, BNL, HK-dir", "2021",
             "Programmet er videreført i 2021 med nye moduler i automatisering og digital byggeprosess.", True),
           R("LO_TVKURS", "Kompetanseutvikling på arbeidsplassen (tillitsvalgtkurs)", ["2.2"], "Kurs/utdanning", "LO",
             "AOF Norge", "2021",
             "Kurset er gjennomført i alle regioner, både fysisk og digitalt.", True),
           R("LO_REFORMINN", "Kompetansereformen – LOs oppfølging", ["2.2"], "Informasjon", "LO",
             "Forbundene", "2021",
             "LO har fulgt opp reformen i budsjettprosessen og i dialog med HK-dir.", True),
           R("SAMKON2", "Ny samfunnskontrakt for flere læreplasser", ["2.3"], "Råd/utvalg/nettverk", "LO",
             "Regjeringen, NHO, KS, Spekter, Virke, YS, Unio", "2021",
             "LO deltar i forhandlingene om en ny kontrakt for perioden 2022–2026."),
           R("LO_FAGBREV", "Kampanjen «Fagbrev for alle»", ["2.3", "3.1"], "Informasjon", "LO",
             "Forbundene, AOF", "Høsten 2021",
             "Kampanje rettet mot voksne medlemmer uten fagbrev om muligheten til å ta fagbrev som praksiskandidat."),
       ],
       dm_style="delmal_og")

# ============ NHO ============================================================
report("nho_2019.pdf", "NHO", 2019, "blocks",
       "NHO – Rapportering til Kompetansepolitisk råd 2019",
       [
           R("KBU", "NHOs deltakelse i KBU", ["1.1"], "Råd/utvalg/nettverk", "NHO",
             "KD, LO og de øvrige partene", "Løpende",
             "NHO er medlem av Kompetansebehovsutvalget og bidrar med data fra Kompetansebarometeret."),
           R("SRY", "Samarbeidsrådet for yrkesopplæring", ["2.3"], "Råd/utvalg/nettverk", "Partene",
             "LO, KS, Virke, Spekter, YS, Unio", "Løpende",
             "NHO leder SRY i perioden og har prioritert arbeidet med tilbudsstrukturen."),
           R("SAMKON", "Flere lærebedrifter – NHOs oppfølging av samfunnskontrakten", ["2.3"], "Informasjon", "NHO",
             "Landsforeningene, KD, LO", "2019",
             "NHO har oppfordret medlemsbedriftene til å ta inn flere lærlinger, i tråd med samfunnskontrakten for flere læreplasser."),
           R("NHO_BAR", "NHOs kompetansebarometer 2019", ["2.2"], "FoU", "NHO",
             "NIFU", "Våren 2019",
             "Spørreundersøkelse til NHOs medlemsbedrifter om kompetansebehov og rekrutteringsutfordringer. Over 5000 bedrifter svarte."),
           R("NHO_RAPP", "Rapport: «Kompetansebehov i næringslivet 2019»", ["2.2", "1.4"], "Informasjon", "NIFU",
             "NHO", "Desember 2019",
             "NIFU-rapporten analyserer svarene fra barometeret og ble presentert på NHOs lanseringsseminar."),
           R("NHO_LKONF19", "Lærlingkonferansen 2019", ["2.3"], "Arrangement", "NHO",
             "Landsforeningene, fylkeskommunene", "14. november 2019",
             "Årets konferanse samlet over 200 lærebedrifter og opplæringskontor om kvalitet i lærlingordningen."),
           R("RSA", "RSA – råd for samarbeid med arbeidslivet ved universiteter og høyskoler", ["1.4"], "Råd/utvalg/nettverk", "NHO",
             "UH-institusjonene, regionforeningene", "Løpende",
             "NHOs regionkontorer deltar i RSA ved de fleste statlige universiteter og høyskoler."),
       ],
       labels=dict(title="Navn på tiltak", delmal="Knyttet til delmål", type="Type tiltak", responsible="Hvem har ansvaret",
                   partners="Samarbeidspartnere", period="Når", description="Kort beskrivelse"),
       dm_style="delmal_og")

report("nho_2020.docx", "NHO", 2020, "table",
       "NHOs tiltak for oppfølging av Nasjonal kompetansepolitisk strategi – 2020",
       [
           R("NHO_BAR", "Kompetansebarometeret (gjennomført for femte gang)", ["2.2"], "FoU", "NHO",
             "NIFU", "2020",
             "Barometeret ble gjennomført også i 2020, med ekstra spørsmål om koronakrisen.", True),
           R("BPIND", "Kompetanseprogram for industri og bygg (bransjeprogram)", ["2.1"], "Kurs/utdanning", "NHO",
             "LO, Fellesforbundet, Norsk Industri, BNL, Kompetanse Norge", "2019–2021",
             "NHO og landsforeningene deltar i styringsgruppen for bransjeprogrammet sammen med LO og Fellesforbundet."),
           R("RSA", "Råd for samarbeid med arbeidslivet", ["1.4"], "Råd/utvalg/nettverk", "NHO",
             "Universiteter og høyskoler", "Løpende",
             "Deltakelsen i RSA er videreført.", True),
           R("NHO_LKONF20", "Lærlingkonferansen 2020 (digital)", ["2.3"], "Arrangement", "NHO",
             "Landsforeningene", "12. november 2020",
             "Konferansen ble arrangert digitalt med tema læreplasser i en krisetid."),
           R("NHO_PERMINFO", "Veiledning til medlemsbedrifter om opplæring for permitterte", ["3.3"], "Informasjon", "NHO",
             "Regionforeningene", "2020",
             "NHO har laget veiledere og holdt webinarer for bedrifter om hvordan permitterte ansatte kan bruke tiden til opplæring."),
           R("SAMKON", "Samfunnskontrakten – flere læreplasser i NHO-bedrifter", ["2.3"], "Informasjon", "NHO",
             "Landsforeningene", "2020",
             "NHO har fortsatt arbeidet med å rekruttere nye lærebedrifter, også under pandemien.", True),
           R("NHO_FAGSK", "Bransjeråd for fagskoleutdanning i reiseliv", ["1.4"], "Råd/utvalg/nettverk", "NHO Reiseliv",
             "Fagskoler, Utdanningsdirektoratet", "2020–2022",
             "Rådet skal sikre at fagskoletilbudene i reiselivet svarer på næringens behov."),
       ],
       cols=[("title", "Navn på tiltaket"), ("type", "Kategori"), ("delmal", "Relasjon til delmål"), ("responsible", "Ansvar"),
             ("partners", "Samarbeid med"), ("period", "Varighet"), ("description", "Om tiltaket")],
       dm_style="codes", landscape=True)

# ============ KS =============================================================
report("ks_2019.docx", "KS", 2019, "form",
       "KS – rapportering på Nasjonal kompetansepolitisk strategi for 2019",
       [
           R("KBU", "Deltakelse i utvalget som analyserer Norges framtidige kompetansebehov", ["1.1"], "Råd/utvalg/nettverk", "KS",
             "KD, partene", "Løpende",
             "KS deltar i KBU og har særlig bidratt med kunnskap om kompetansebehov i kommunesektoren."),
           R("SRY", "Deltakelse i Samarbeidsrådet for yrkesopplæring", ["2.3"], "Råd/utvalg/nettverk", "Partene",
             "LO, NHO, Unio, YS, Spekter, Virke", "Løpende",
             "KS er representert i SRY og i faglige råd for helse- og oppvekstfag."),
           R("SAMKON", "Samfunnskontrakt for flere læreplasser – kommunesektorens bidrag", ["2.3"], "Informasjon", "KS",
             "Kommuner, fylkeskommuner", "2016–2020",
             "KS har fulgt opp kommunenes mål om å ha minst én lærling per 1000 innbyggere."),
           R("DIGKOM", "«Digitalt kompetanseløft i kommunal sektor»", ["2.1"], "Prosjekt", "KS",
             "KMD, Unio, YS/Delta, Fagforbundet, Akademikerne kommune", "2018–2019",
             "Partssammensatt prosjekt der 71 kommuner prøver ut modeller for digital kompetanseutvikling. KS har ansvaret for møteplassene."),
           R("KS_FAGJOBB", "Pilot: fagbrev på jobb i kommunene", ["2.5", "3.1"], "Prosjekt", "KS",
             "Fem pilotkommuner, fylkeskommunene", "2019–2020",
             "KS prøver ut en modell der assistenter i helse og oppvekst kan ta fagbrev i jobben."),
           R("KS_LÆRARENA", "Rapport om kommunen som læringsarena for helse- og velferdsutdanninger", ["1.4"], "FoU", "KS",
             "Rambøll", "2019",
             "Rapporten kartlegger praksisopplæringen i kommunene."),
           R("KS_MENN", "Menn i helse", ["3.3"], "Prosjekt", "KS",
             "NAV, kommuner, fylkeskommuner", "2019",
             "Rekrutteringsprogram der menn uten arbeid får helsefagarbeiderutdanning kombinert med praksis i kommunen."),
           R("KS_LEDER", "Lederutfordringer i digitale omstillingsprosesser", ["2.1"], "FoU", "KS",
             "PwC", "2019",
             "FoU-prosjekt om hvordan ledere i kommunene kan lede digital omstilling."),
       ],
       labels=dict(title="Navn på tiltak", delmal="Delmål", type="Type", responsible="Ansvarlig",
                   partners="Samarbeidspartnere", period="Periode", description="Beskrivelse"),
       dm_style="codes")

report("ks_2021.pdf", "KS", 2021, "table",
       "KS: Rapportering 2021 – oppfølging av kompetansestrategien",
       [
           R("DIGKOM", "Digitalt kompetanseløft i kommunal sektor – fase 2", ["2.1", "2.2"], "Prosjekt", "KS",
             "KDD, Unio, Delta, Fagforbundet, Akademikerne", "2021–2022",
             "I fase 2 spres modellene fra piloten til flere kommuner, og det utvikles en kunnskapsoppsummering.", True),
           R("KS_MENN", "Menn i helse – videreført", ["3.3"], "Prosjekt", "KS",
             "NAV, kommuner", "2021",
             "Programmet er utvidet til alle fylker.", True),
           R("SRY", "Samarbeidsrådet for yrkesopplæring (SRY)", ["2.3"], "Råd/utvalg/nettverk", "Partene",
             "LO, NHO, Unio, YS, Spekter, Virke", "Løpende",
             "KS deltar fortsatt i SRY.", True),
           R("KS_FAGJOBB", "Fagbrev på jobb i kommunene – oppfølging av piloten", ["2.5"], "Prosjekt", "KS",
             "Kommuner, fylkeskommunene", "2021",
             "Erfaringene fra KS' pilot er oppsummert og spredt til kommuner som vil bruke den nasjonale ordningen.", True),
           R("SAMKON2", "KS' deltakelse i forhandlingene om ny samfunnskontrakt", ["2.3"], "Råd/utvalg/nettverk", "KS",
             "KD, LO, NHO og øvrige parter", "2021",
             "KS forhandler på vegne av kommunesektoren om ny kontrakt for flere læreplasser fra 2022."),
           R("KS_KOMPLØFT", "Kompetanseløft i helse og omsorg – kommunenes kompetanseplanlegging", ["1.4"], "Prosjekt", "KS",
             "HOD, Helsedirektoratet", "2021–2025",
             "KS støtter kommunene i strategisk kompetanseplanlegging i helse og omsorg."),
       ],
       cols=[("title", "Tiltak"), ("delmal", "Delmål"), ("type", "Type tiltak"), ("responsible", "Ansvarlig"),
             ("partners", "Partnere"), ("period", "Periode"), ("description", "Beskrivelse")],
       dm_style="codes")

# ============ YS =============================================================
report("ys_2020.pdf", "YS", 2020, "blocks",
       "Yrkesorganisasjonenes Sentralforbund (YS) – rapport 2020",
       [
           R("KBU", "YS i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "YS",
             "KD og de andre hovedorganisasjonene", "Løpende",
             "YS deltar i utvalget som analyserer Norges kompetansebehov."),
           R("YS_PÅDRIV", "Kompetansepådrivere i virksomhetene – pilot", ["2.2", "2.4"], "Prosjekt", "YS",
             "Delta, Parat", "2020–2021",
             "Tillitsvalgte læres opp til å være pådrivere for kompetanseutvikling lokalt. Delta er pilotforbund."),
           R("YS_TVKURS", "Kurs for tillitsvalgte: kompetanse som forhandlingstema", ["2.2"], "Kurs/utdanning", "YS",
             "YS-forbundene", "Høsten 2020",
             "YS-kurs om hvordan kompetanse kan tas inn i lokale forhandlinger og drøftinger."),
           R("YS_BAR", "YS Arbeidslivsbarometer 2020 – tema kompetanse", ["2.2"], "FoU", "YS",
             "Arbeidsforskningsinstituttet (OsloMet)", "2020",
             "Den årlige undersøkelsen hadde i år et eget tema om læring og kompetanseutvikling på jobben."),
           R("SAMKON", "Samfunnskontrakten for flere læreplasser", ["2.3"], "Råd/utvalg/nettverk", "YS",
             "KD, LO, NHO, KS, Spekter, Virke, Unio", "2016–2021",
             "YS er part i samfunnskontrakten og følger opp gjennom forbundene."),
           R("BPHELSE", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.1", "2.4"], "Kurs/utdanning", "KS, Fagforbundet, Delta, NSF",
             "Kompetanse Norge, YS", "2020–2021",
             "YS deltar gjennom Delta i bransjeprogrammet for kommunal helse og omsorg, som gir ansatte uten fagbrev tilbud om opplæring."),
       ],
       labels=dict(title="Tiltak", delmal="Relasjon til delmål", type="Kategori", responsible="Ansvarlig",
                   partners="Partnere", period="Tidspunkt og varighet", description="Beskrivelse"),
       dm_style="codes")

report("ys_2021.docx", "YS", 2021, "table",
       "YS – oppfølging av Nasjonal kompetansepolitisk strategi 2021",
       [
           R("YS_PÅDRIV", "Kompetansepådrivere – videreføring og evaluering", ["2.2", "2.4"], "Prosjekt", "YS",
             "Delta, Parat, OsloMet", "2021",
             "Piloten er videreført i flere forbund og evalueres av OsloMet.", True),
           R("YS_BAR", "YS Arbeidslivsbarometer 2021", ["2.2"], "FoU", "YS",
             "OsloMet", "2021",
             "Barometeret viser at hver tredje arbeidstaker savner mer opplæring på jobben.", True),
           R("BPHAN", "Treparts bransjeprogram for handel", ["2.1", "2.4"], "Kurs/utdanning", "Partene i varehandelen",
             "Direktoratet for høyere utdanning og kompetanse, Virke, NHO Service og Handel, Parat", "2021–2022",
             "YS deltar gjennom Parat i programmet for varehandelen sammen med Virke og NHO Service og Handel."),
           R("SRY", "Deltakelse i Samarbeidsrådet for yrkesopplæring", ["2.3"], "Råd/utvalg/nettverk", "YS",
             "LO, NHO, KS, Unio, Spekter, Virke", "Fra 2021",
             "YS har fått egen plass i SRY fra den nye rådsperioden."),
           R("YS_TVKURS", "Tillitsvalgtkurs: kompetanse som forhandlingstema (fortsatt)", ["2.2"], "Kurs/utdanning", "YS",
             "YS-forbundene", "2021",
             "Kurset er fortsatt tilbudt, nå også som e-læring.", True),
           R("YS_SENIOR", "Seminar om seniorpolitikk og livslang læring", ["2.2"], "Arrangement", "YS",
             "Senter for seniorpolitikk", "Oktober 2021",
             "Seminar om hvordan eldre arbeidstakere kan få del i kompetanseutvikling."),
       ],
       cols=[("delmal", "Delmål"), ("title", "Tiltak"), ("description", "Beskrivelse"), ("responsible", "Ansvarlig"),
             ("partners", "Samarbeidspartnere"), ("type", "Type tiltak"), ("period", "Tidsrom")],
       dm_style="codes", landscape=True)

# ============ Unio ===========================================================
report("unio_2019.docx", "Unio", 2019, "headings",
       "Unios rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2019",
       [
           R("KBU", "Unios deltakelse i KBU", ["1.1"], "Råd/utvalg/nettverk", "Unio",
             "KD, partene", "Løpende",
             "Unio er representert i Kompetansebehovsutvalget."),
           R("RSA", "Representasjon i RSA ved universiteter og høyskoler", ["1.4"], "Råd/utvalg/nettverk", "Unio",
             "Medlemsforbundene, UH-sektoren", "Løpende",
             "Unios forbund deltar i råd for samarbeid med arbeidslivet ved flere institusjoner."),
           R("DIGKOM", "Unio i KS-prosjektet «Digitalt kompetanseløft i kommunal sektor»", ["2.1"], "Prosjekt", "KS",
             "Unio, Delta, Fagforbundet, KMD", "2018–2019",
             "Unio deltar i styringsgruppen og bidrar til at tillitsvalgte involveres i pilotkommunene."),
           R("UNIO_TVDIG", "Tillitsvalgtskolering om digitalisering", ["2.1"], "Kurs/utdanning", "Unio",
             "Medlemsforbundene", "2019",
             "Unio har arrangert workshop med forbundene og tatt digitalisering inn i skoleringen av tillitsvalgte."),
           R("UNIO_EVUSURV", "Undersøkelse om etter- og videreutdanning blant Unio-medlemmer", ["2.2"], "FoU", "Unio",
             "Respons Analyse", "Vår 2019",
             "Spørreundersøkelse blant 4000 medlemmer om tilgang til og finansiering av EVU."),
           R("UNIO_EVURAPP", "Rapporten «Tid til å lære?» om EVU i offentlig sektor", ["2.2"], "Informasjon", "Unio",
             "Medlemsforbundene", "Høst 2019",
             "Rapporten bygger på medlemsundersøkelsen og gir Unios anbefalinger om etter- og videreutdanning."),
           R("UNIO_UTL", "Kompletterende utdanning for helsepersonell med utdanning fra utlandet", ["2.6"], "Kurs/utdanning", "Unio",
             "NSF, OsloMet, NOKUT", "2019–2020",
             "Unio og NSF har bidratt til at det etableres kompletterende utdanning for sykepleiere utdannet utenfor EØS."),
       ],
       dm_style="codes")

report("unio_2020.pdf", "Unio", 2020, "table",
       "Unio – Rapportering 2020: Nasjonal kompetansepolitisk strategi",
       [
           R("KBU", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "Unio",
             "KD, partene", "Løpende",
             "Unio deltar fortsatt.", True),
           R("DIGKOM", "Digitalt kompetanseløft i kommunal sektor (KS)", ["2.1"], "Prosjekt", "KS",
             "Unio, Delta, Fagforbundet", "2020",
             "Unio sitter fortsatt i styringsgruppen for KS-prosjektet, som er forlenget ut 2020.", True),
           R("UNIO_TVDIG", "Digitaliseringsskolering for tillitsvalgte – videreført", ["2.1", "2.2"], "Kurs/utdanning", "Unio",
             "Medlemsforbundene", "2020",
             "Skoleringen ble videreført som nettkurs.", True),
           R("RSA", "RSA", ["1.4"], "Råd/utvalg/nettverk", "Unio",
             "Universiteter og høyskoler", "Løpende",
             "Deltakelse i råd for samarbeid med arbeidslivet.", True),
           R("UNIO_KONF20", "Unio-konferansen 2020: Kompetanse i krise", ["2.2"], "Arrangement", "Unio",
             "Medlemsforbundene", "November 2020",
             "Digital konferanse om kompetanse i offentlig sektor under pandemien."),
           R("UNIO_UTL", "Kompletterende utdanning for helsepersonell utdannet i utlandet – oppfølging", ["2.6"], "Kurs/utdanning", "Unio",
             "NSF, OsloMet", "2020",
             "Det første kullet har startet på OsloMet.", True),
       ],
       cols=[("title", "Tiltak"), ("delmal", "Delmål"), ("type", "Type"), ("responsible", "Ansvarlig"),
             ("partners", "Samarbeidspartnere"), ("period", "Periode"), ("description", "Kommentar")],
       dm_style="codes")

# ============ Spekter ========================================================
report("spekter_2019.pdf", "Spekter", 2019, "spekter",
       "Spekter – rapport til Kompetansepolitisk råd 2019",
       [
           R("SPK_MØTE19", "Arrangere «Møteplass lærebedrifter» 2019", ["2.3", "1.4"], "Arrangement", "Spekter",
             "LO Stat, Utdanningsdirektoratet", "Én dag, mai 2019",
             "Møteplass for medlemsvirksomheter som har eller vil ta inn lærlinger."),
           R("SPK_KPARB", "Søkekonferanse om Kompetansepluss arbeid for medlemsvirksomhetene", ["3.2"], "Arrangement", "Spekter",
             "Kompetanse Norge", "September 2019",
             "Seminar der medlemsvirksomhetene får kunnskap om Kompetansepluss arbeid og hva som kreves for å søke."),
           R("SPK_NETT", "Arbeidsgivernettverk for kompetansepolitikk", ["2.4"], "Råd/utvalg/nettverk", "Spekter",
             "Medlemsvirksomhetene", "Løpende",
             "Nettverket drøfter kompetansepolitiske og arbeidslivspolitiske problemstillinger."),
           R("SPK_HELSESEK", "Samarbeid om å gjøre helsesekretærutdanningen mer relevant", ["1.4"], "Prosjekt", "Spekter",
             "Helseforetakene, Utdanningsdirektoratet", "2019–2020",
             "Spekter og helseforetakene gir innspill til ny læreplan for helsesekretærutdanningen."),
           R("SAMKON", "Samfunnskontrakten for flere læreplasser – Spekters bidrag", ["2.3"], "Informasjon", "Spekter",
             "KD, LO, NHO", "2019",
             "Spekter har fulgt opp kontrakten overfor helseforetakene og andre medlemmer."),
           R("SPK_BREV", "Brev til medlemsvirksomhetene om lærlinger", ["2.3"], "Informasjon", "Spekter",
             "", "Januar 2019",
             "Brevet henvender seg til øverste leder og oppfordrer til å ta inn flere lærlinger."),
       ],
       dm_style="nkps")

report("spekter_2020.docx", "Spekter", 2020, "blocks",
       "Spekters rapportering om oppfølging av kompetansestrategien – 2020",
       [
           R("SPK_MØTE20", "Møteplass lærebedrifter 2020 (nettbasert)", ["2.3"], "Arrangement", "Spekter",
             "LO Stat", "Oktober 2020",
             "Årets møteplass ble holdt digitalt med tema lærlinger i helseforetakene under pandemien."),
           R("SPK_NETT", "Spekters arbeidsgivernettverk – fortsatt", ["2.4"], "Råd/utvalg/nettverk", "Spekter",
             "Medlemsvirksomhetene", "Løpende",
             "Nettverket har hatt fire digitale møter i 2020.", True),
           R("SPK_HELSESEK", "Helsesekretærutdanningen – oppfølging", ["1.4"], "Prosjekt", "Spekter",
             "Helseforetakene", "2020",
             "Ny læreplan er fastsatt, og Spekter følger innføringen.", True),
           R("SRY", "Spekter i SRY", ["2.3"], "Råd/utvalg/nettverk", "Partene",
             "LO, NHO, KS, Virke, Unio, YS", "Løpende",
             "Spekter er medlem av Samarbeidsrådet for yrkesopplæring."),
           R("SPK_SYKEHUS", "Livslang læring i sykehussektoren – europeisk prosjekt", ["2.2"], "FoU", "Spekter",
             "HOSPEEM, EPSU", "2020–2021",
             "Deltakelse i prosjekt og styringsgruppe om livslang læring i sykehussektoren i Europa."),
           R("SAMKON", "Samfunnskontrakten for flere læreplasser", ["2.3"], "Informasjon", "Spekter",
             "KD, LO, NHO", "2020",
             "Spekter har videreført oppfølgingen av kontrakten.", True),
       ],
       labels=dict(title="Navn på tiltak", delmal="Delmål", type="Type tiltak", responsible="Ansvarlig",
                   partners="Samarbeidspartnere", period="Tidspunkt", description="Beskrivelse"),
       dm_style="codes")

# ============ Virke ==========================================================
report("virke_2020.docx", "Virke", 2020, "table",
       "Virke – rapportering 2020 til Kompetansepolitisk råd",
       [
           R("RSA", "Virke i Råd for samarbeid med arbeidslivet", ["1.4"], "Råd/utvalg/nettverk", "Virke",
             "UH-institusjonene, NHO, Unio", "Løpende",
             "Virke deltar i RSA ved blant annet OsloMet og Universitetet i Sørøst-Norge."),
           R("VIRKE_HRSURV", "Virkes HR-undersøkelse 2020: kompetanse og omstilling", ["2.2"], "FoU", "Virke",
             "Ipsos", "2020",
             "Årlig undersøkelse blant Virkes medlemmer, i år med vekt på kompetansebehov etter koronakrisen."),
           R("VIRKE_HRRAPP", "Rapport «Kompetanse i handelen etter korona»", ["2.2", "2.1"], "Informasjon", "Virke",
             "Handel og Kontor", "Desember 2020",
             "Rapporten oppsummerer funn fra HR-undersøkelsen og gir råd til virksomhetene."),
           R("VIRKE_TEKN", "Studie: «Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?»", ["2.1", "2.2"], "FoU", "Virke",
             "Samfunnsøkonomisk analyse, Handel og Kontor", "2019–2020",
             "Studien kartlegger hvordan automatisering og netthandel endrer kompetansebehovet."),
           R("VIRKE_HSKOLE", "Handelsskolen – fagbrev i salg for voksne", ["2.3", "3.1"], "Kurs/utdanning", "Virke",
             "Opplæringskontor for varehandel, fylkeskommunene", "2020–2022",
             "Voksne ansatte i handelen får et løp fram mot fagbrev i salgsfaget."),
           R("VIRKE_KARR", "Karriereveiledning for ansatte i handelen", ["1.3"], "Informasjon", "Virke",
             "Karrieresenteret i Oslo", "2020",
             "Tilbud om karriereveiledning for ansatte som er permittert eller står i omstilling."),
       ],
       cols=[("title", "Tiltak"), ("delmal", "Delmål"), ("type", "Type tiltak"), ("responsible", "Ansvarlig"),
             ("partners", "Samarbeidspartnere"), ("period", "Periode"), ("description", "Beskrivelse")],
       dm_style="with_text", landscape=True)

report("virke_2021.pdf", "Virke", 2021, "form",
       "Virke: Oppfølging av Nasjonal kompetansepolitisk strategi – rapport for 2021",
       [
           R("BPHAN", "Kompetanseprogrammet for varehandelen (treparts bransjeprogram)", ["2.1", "2.4"], "Kurs/utdanning", "Virke",
             "HK-dir, NHO Service og Handel, Handel og Kontor, Parat", "2021–2022",
             "Programmet tilbyr ansatte i varehandelen korte nettbaserte moduler. Virke leder programrådet."),
           R("VIRKE_HSKOLE", "Virkes handelsskole, fortsatt", ["2.3", "3.1"], "Kurs/utdanning", "Virke",
             "Opplæringskontor for varehandel", "2021",
             "Andre kull har startet.", True),
           R("VIRKE_HRSURV", "Virkes HR-undersøkelse 2021", ["2.2"], "FoU", "Virke",
             "Ipsos", "2021",
             "Undersøkelsen er gjennomført for tolvte gang.", True),
           R("SRY", "Samarbeidsrådet for yrkesopplæring (SRY)", ["2.3"], "Råd/utvalg/nettverk", "Partene",
             "LO, NHO, KS, YS, Unio, Spekter", "Løpende",
             "Virke er representert i SRY og i faglig råd for salg, service og reiseliv."),
           R("VIRKE_STD", "Bransjestandard for dokumentasjon av kompetanse i varehandelen", ["2.5"], "Prosjekt", "Virke",
             "Handel og Kontor", "2021–2022",
             "Partene i varehandelen utvikler en felles standard for kompetansebevis for ansatte uten fagbrev."),
           R("RSA", "RSA – videreført", ["1.4"], "Råd/utvalg/nettverk", "Virke",
             "Universiteter og høyskoler", "Løpende",
             "Virke deltar fortsatt i RSA.", True),
       ],
       labels=dict(title="Navn på tiltak", delmal="Relasjon til delmål", type="Type tiltak", responsible="Ansvarlig",
                   partners="Samarbeidspartnere", period="Tidspunkt og varighet", description="Beskrivelse"),
       dm_style="with_text")

# ============ VOFO ===========================================================
report("vofo_2019.pdf", "VOFO", 2019, "blocks",
       "Voksenopplæringsforbundet (VOFO) – rapportering 2019",
       [
           R("KPFRI", "Kompetansepluss frivillighet – informasjon og søknadsstøtte til studieforbundene", ["3.2", "3.6"], "Informasjon", "VOFO",
             "Studieforbundene, Kompetanse Norge", "2019",
             "VOFO informerer studieforbund og medlemsorganisasjoner om ordningen og bistår i søknadsprosessen."),
           R("VOFO_REG", "Styrking av VOFOs regionale tilstedeværelse", ["1.2"], "Prosjekt", "VOFO",
             "VOFO-regionene, studieforbund", "2019–2020",
             "VOFO vil bidra inn i regionale kompetansesamarbeid og synliggjøre studieforbundene overfor karriereveiledere."),
           R("VOFO_NORSK", "«Norsk for alle» – norsktrening i studieforbund", ["3.4", "3.6"], "Kurs/utdanning", "VOFO",
             "Studieforbundene, frivillige lag", "2019",
             "Studieforbundene gir språktrening til innvandrere som et supplement til den offentlige norskopplæringen."),
           R("VOFO_KONF19", "Voksnes læring-konferansen 2019", ["3.6"], "Arrangement", "VOFO",
             "Kompetanse Norge", "Oktober 2019",
             "Årlig konferanse for studieforbund og voksenopplæringsaktører, i år om læringsmotivasjon."),
           R("VOFO_PARTNER", "Partnerskapsavtaler med fylkeskommunene", ["1.2"], "Informasjon", "VOFO",
             "Fylkeskommunene", "2019–2021",
             "VOFO-regionene inngår avtaler med fylkeskommunene om samarbeid om voksnes læring."),
           R("VOFO_KURSREG", "Kompetanseheving for regionkonsulenter", ["3.6"], "Kurs/utdanning", "VOFO",
             "Egne ansatte", "2019",
             "Opplæring av nye og eksisterende regionkonsulenter."),
       ],
       labels=dict(title="Tiltak", delmal="Delmål", type="Type tiltak", responsible="Ansvarlig",
                   partners="Samarbeidspartnere", period="Periode", description="Beskrivelse"),
       dm_style="codes")

report("vofo_2020.docx", "VOFO", 2020, "table",
       "VOFO – tiltak i oppfølgingen av kompetansestrategien 2020",
       [
           R("KPFRI", "Kompetansepluss frivillighet (videreført)", ["3.2"], "Informasjon", "VOFO",
             "Studieforbundene", "2020",
             "VOFO har fortsatt informasjonsarbeidet om ordningen.", True),
           R("VOFO_REG", "Regional tilstedeværelse i kompetansesamarbeidet – fortsatt arbeid", ["1.2"], "Prosjekt", "VOFO",
             "VOFO-regionene", "2020",
             "VOFO deltar i regionale kompetanseforum i flere fylker.", True),
           R("VOFO_SAMMENSL", "Sammenslåing av regionledd", ["1.2"], "Prosjekt", "VOFO",
             "VOFO-regionene", "2020",
             "VOFO-regionene slås sammen i tråd med de nye fylkene fra 2020."),
           R("VOFO_KONF20", "Voksnes læring-konferansen 2020 (digital)", ["3.6"], "Arrangement", "VOFO",
             "Kompetanse Norge", "Oktober 2020",
             "Konferansen ble holdt digitalt med tema læring i en krise."),
           R("VOFO_PARTNER", "Oppfølging av partnerskapsavtalene med fylkeskommunene", ["1.2"], "Informasjon", "VOFO",
             "Fylkeskommunene", "2020",
             "Avtalene er reforhandlet med de nye fylkeskommunene.", True),
           R("VOFO_DIGI", "Digital omstilling i studieforbundene", ["2.1", "3.6"], "Prosjekt", "VOFO",
             "Studieforbundene", "2020–2021",
             "Studieforbundene får hjelp til å legge om kurs til digitale og hybride former."),
       ],
       cols=[("delmal", "Strategiens delmål"), ("title", "Tiltak"), ("type", "Type"), ("responsible", "Ansvarlig"),
             ("partners", "Samarbeidspartnere"), ("period", "Periode"), ("description", "Beskrivelse")],
       dm_style="text_only", landscape=True)

report("vofo_2021.pdf", "VOFO", 2021, "headings",
       "VOFO – rapport om oppfølging av Nasjonal kompetansepolitisk strategi 2021",
       [
           R("VOFO_NORSK", "«Norsk for alle» – fase 2", ["3.4", "3.6"], "Kurs/utdanning", "VOFO",
             "Studieforbundene, IMDi", "2021–2022",
             "I fase 2 utvides norsktreningen til flere kommuner med tilskudd fra IMDi.", True),
           R("KPFRI", "Kompetansepluss frivillighet – siste tildelingsår", ["3.2", "3.6"], "Informasjon", "VOFO",
             "Studieforbundene, HK-dir", "2021",
             "2021 er siste år med midler fra Kompetansepluss frivillighet før overgangen til nytt program.", True),
           R("VOFO_PARTNER", "Partnerskapsavtaler med fylkeskommunene (Viken, Vestland og Innlandet)", ["1.2"], "Informasjon", "VOFO",
             "Viken, Vestland og Innlandet fylkeskommune", "2021",
             "Tre nye avtaler er undertegnet.", True),
           R("VOFO_KONF21", "Voksnes læring-konferansen 2021", ["3.6"], "Arrangement", "VOFO",
             "HK-dir", "November 2021",
             "Konferansen ble holdt i Oslo med tema voksnes læring etter pandemien."),
           R("VOFO_DIGI", "Digital omstilling i studieforbundene – fase 2", ["2.1"], "Prosjekt", "VOFO",
             "Studieforbundene", "2021",
             "Prosjektet er videreført med vekt på digital pedagogikk.", True),
           R("VOFO_KPINN", "VOFOs innspill til det nye Kompetanseprogrammet", ["3.2"], "Informasjon", "VOFO",
             "Studieforbundene", "2021",
             "VOFO har gitt innspill til KD og HK-dir om hvordan frivillig sektor bør ivaretas i Kompetanseprogrammet."),
       ],
       dm_style="codes")

# ============ Akademikerne ===================================================
report("akademikerne_2021.docx", "Akademikerne", 2021, "table",
       "Akademikerne – oppfølging av Nasjonal kompetansepolitisk strategi, rapport 2021",
       [
           R("KBU", "Akademikerne i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "Akademikerne",
             "KD, LO, NHO, YS, Unio, KS, Spekter, Virke", "Løpende",
             "Akademikerne deltar i KBU og har vært opptatt av behovet for høyere utdannet arbeidskraft."),
           R("AKA_SURV", "Teknas undersøkelse om etter- og videreutdanning 2021", ["2.2"], "FoU", "Akademikerne/Tekna",
             "Medlemsforeningene", "Våren 2021",
             "Undersøkelse blant Teknas medlemmer om deltakelse i etter- og videreutdanning."),
           R("AKA_RAPP", "Rapport «Livslang læring for ingeniører og teknologer»", ["2.2", "1.4"], "Informasjon", "Akademikerne/Tekna",
             "", "Høsten 2021",
             "Rapporten bygger på Teknas EVU-undersøkelse og gir anbefalinger til arbeidsgivere og myndigheter."),
           R("AKA_KARR", "Karriereveiledning for medlemmer", ["1.3"], "Informasjon", "Akademikerne/Econa",
             "Medlemsforeningene", "Løpende",
             "Bistand til medlemmer i overgangen mellom utdanning og arbeid og mellom ulike jobber."),
           R("RSA", "Deltakelse i RSA", ["1.4"], "Råd/utvalg/nettverk", "Akademikerne",
             "Universiteter og høyskoler", "Løpende",
             "Akademikernes foreninger deltar i råd for samarbeid med arbeidslivet."),
           R("AKA_MODUL", "Korte nettbaserte moduler for akademikere i samarbeid med NTNU", ["2.1"], "Kurs/utdanning", "Akademikerne/Tekna",
             "NTNU", "2021",
             "Tekna og NTNU utvikler korte moduler i digital teknologi for yrkesaktive."),
       ],
       cols=[("title", "Tiltak"), ("responsible", "Ansvarlig"), ("partners", "Samarbeidspartnere"), ("delmal", "Delmål"),
             ("type", "Type tiltak"), ("period", "Periode"), ("description", "Beskrivelse")],
       dm_style="codes", landscape=True)

# ============ Fellesforbundet ================================================
report("fellesforbundet_2020.pdf", "Fellesforbundet", 2020, "blocks",
       "Fellesforbundet – rapport om kompetansetiltak 2020",
       [
           R("BPIND", "Fellesforbundets deltakelse i styringsgruppen for bransjeprogrammet i industri og bygg", ["2.1", "2.4"], "Råd/utvalg/nettverk", "Fellesforbundet",
             "LO, NHO, Norsk Industri, BNL, Kompetanse Norge", "2020",
             "Fellesforbundet sitter i styringsgruppen og har bidratt til at tilbudene når fagarbeidere i industri og bygg."),
           R("FF_FAGRÅD", "Faglig råd for bygg- og anleggsteknikk", ["2.3"], "Råd/utvalg/nettverk", "Fellesforbundet",
             "EBA, BNL, Utdanningsdirektoratet", "Løpende",
             "Fellesforbundet har plass i faglig råd og arbeider med læreplanene i byggfagene."),
           R("FF_TVKURS", "Kurs for tillitsvalgte om opplæringsrettigheter i tariffavtalen", ["2.2"], "Kurs/utdanning", "Fellesforbundet",
             "AOF", "2020",
             "Kurs om bestemmelsene om kompetanse i Verkstedsoverenskomsten og Fellesoverenskomsten for byggfag."),
           R("FF_MAT", "«Matindustrien 4.0» – kompetanseløft for hele matindustrien", ["2.1"], "Prosjekt", "LO/NNN",
             "NHO Mat og drikke, Sjømat Norge, Fellesforbundet", "2019–2021",
             "Prosjektet gir ansatte i matindustrien opplæring i digital teknologi."),
           R("FF_EVUTARIFF", "Partssammensatt utvalg om etter- og videreutdanning etter tariffoppgjøret 2020", ["2.2"], "FoU", "Fellesforbundet",
             "Norsk Industri, BNL", "2020–2021",
             "Utvalget skal vurdere ordninger for EVU i industri og bygg fram mot neste hovedoppgjør."),
       ],
       labels=dict(title="Navn på tiltak", delmal="Delmål", type="Type", responsible="Ansvarlig",
                   partners="Samarbeidspartnere", period="Periode", description="Beskrivelse"),
       dm_style="codes")

# ============ Delta ==========================================================
report("delta_2020.docx", "Delta", 2020, "blocks",
       "Delta – våre kompetansetiltak 2020",
       [
           R("YS_PÅDRIV", "Delta som pilotforbund for kompetansepådrivere", ["2.2"], "Prosjekt", "YS",
             "Delta", "2020–2021",
             "Delta er pilotforbund i YS' prosjekt der tillitsvalgte skal være pådrivere for kompetanseutvikling."),
           R("DIGKOM", "Deltas rolle i «Digitalt kompetanseløft i kommunal sektor»", ["2.1"], "Prosjekt", "KS",
             "Delta, Unio, Fagforbundet", "2020",
             "Delta bidrar i KS-prosjektet med skolering av tillitsvalgte i pilotkommunene."),
           R("DELTA_DIGKURS", "Kurs i digital kompetanse for tillitsvalgte i kommunene", ["2.1"], "Kurs/utdanning", "Delta",
             "", "2020",
             "Deltas eget nettkurs for tillitsvalgte om digitalisering og arbeidsplassen."),
           R("BPHELSE", "Bransjeprogrammet for kommunal helse og omsorg", ["2.1", "2.4"], "Kurs/utdanning", "KS, Fagforbundet, Delta, NSF",
             "Kompetanse Norge", "2020–2021",
             "Delta er en av partene i programmet, som gir ansatte uten fagbrev tilbud om opplæring."),
           R("DELTA_HFA", "Informasjonskampanje: helsefagarbeider for voksne", ["2.3", "3.1"], "Informasjon", "Delta",
             "", "Høsten 2020",
             "Kampanje rettet mot ufaglærte medlemmer i helse og omsorg."),
       ],
       labels=dict(title="Tiltak", delmal="Delmål", type="Type tiltak", responsible="Ansvarlig",
                   partners="Med hvem", period="Tidsrom", description="Hva går tiltaket ut på"),
       dm_style="delmal_og")

# ============ Counties =======================================================
report("hedmark_fk_2019.docx", "Hedmark fylkeskommune", 2019, "table",
       "Hedmark fylkeskommune – rapportering på Nasjonal kompetansepolitisk strategi 2019",
       [
           R("HED_PLAN", "Regional kompetansestrategi for Hedmark 2018–2021", ["1.2"], "Råd/utvalg/nettverk", "Hedmark fylkeskommune",
             "NAV Hedmark, NHO Innlandet, LO, KS, Høgskolen i Innlandet", "2018–2021",
             "Strategien samler regionale aktører om felles mål for kompetanseutvikling i Hedmark."),
           R("HED_FORUM", "Kompetanseforum Hedmark", ["1.2", "1.4"], "Råd/utvalg/nettverk", "Hedmark fylkeskommune",
             "Partene, NAV, utdanningsinstitusjoner", "Løpende",
             "Forum der regionale aktører møtes fire ganger i året for å drøfte kompetansebehov."),
           R("HED_KARR", "Karrieresenteret i Hedmark – veiledning for voksne", ["1.3"], "Informasjon", "Hedmark fylkeskommune",
             "NAV", "Løpende",
             "Karrieresenteret gir gratis karriereveiledning til voksne over 19 år."),
           R("HED_INNL", "Felles kompetansepolitikk for Innlandet fylkeskommune – forberedelse", ["1.2"], "Prosjekt", "Hedmark fylkeskommune",
             "Oppland fylkeskommune", "2019",
             "Forberedelse av sammenslåingen med Oppland på kompetanseområdet."),
           R("HED_BIO", "Bedriftsintern opplæring (BIO) – forberedelse av regional forvaltning", ["2.4"], "Prosjekt", "Hedmark fylkeskommune",
             "NAV Hedmark", "2019",
             "Fylkeskommunen forbereder overtakelse av BIO-ordningen fra 2020."),
           R("HED_HOSP", "Hospitering for yrkesfaglærere i bedrift", ["1.4", "2.3"], "Kurs/utdanning", "Hedmark fylkeskommune",
             "Bedrifter, videregående skoler", "2019",
             "Yrkesfaglærere hospiterer i bedrifter for å holde seg faglig oppdatert."),
       ],
       cols=[("delmal", "Delmål"), ("title", "Tiltak"), ("type", "Type tiltak"), ("responsible", "Ansvarlig"),
             ("partners", "Samarbeidspartnere"), ("period", "Periode"), ("description", "Beskrivelse")],
       dm_style="with_text", landscape=True)

report("viken_fk_2020.pdf", "Viken fylkeskommune", 2020, "table",
       "Viken fylkeskommune – rapportering 2020, Nasjonal kompetansepolitisk strategi",
       [
           R("VIK_PLAN", "Regional plan for kompetanse i Viken (under utarbeiding)", ["1.2"], "Råd/utvalg/nettverk", "Viken fylkeskommune",
             "Partene, NAV Vest-Viken og NAV Øst-Viken, kommunene", "2020–2021",
             "Viken utarbeider en regional plan for kompetanse som skal erstatte strategiene i Akershus, Buskerud og Østfold."),
           R("VIK_FORUM", "Kompetanseforum Viken", ["1.2", "1.4"], "Råd/utvalg/nettverk", "Viken fylkeskommune",
             "LO, NHO, KS, NAV", "2020–",
             "Nytt forum for de regionale kompetanseaktørene i Viken."),
           R("VIK_KARR", "Karriere Viken – etablering av felles karrieresentertjeneste", ["1.3"], "Informasjon", "Viken fylkeskommune",
             "NAV", "2020",
             "Karrieresentrene i de tre tidligere fylkene er samlet i én tjeneste."),
           R("VIK_BIO", "Bedriftsintern opplæring (BIO) – ekstraordinære koronamidler", ["2.4", "3.3"], "Prosjekt", "Viken fylkeskommune",
             "NAV, bedrifter", "2020",
             "Viken har fordelt ekstraordinære BIO-midler til bedrifter i omstilling."),
           R("VIK_FAGJOBB", "Fagbrev på jobb i Viken", ["2.5", "3.1"], "Kurs/utdanning", "Viken fylkeskommune",
             "Opplæringskontorene", "2020–",
             "Viken tilbyr fagbrev på jobb for voksne arbeidstakere i samarbeid med opplæringskontorene."),
           R("VIK_OMSTILL", "Omstillingsprogram for ledige og permitterte i Viken", ["3.3"], "Kurs/utdanning", "Viken fylkeskommune",
             "NAV, fagskoler", "2020",
             "Korte kurs og utdanningstilbud for ledige og permitterte."),
       ],
       cols=[("title", "Tiltak"), ("delmal", "Delmål"), ("type", "Type"), ("responsible", "Ansvarlig"),
             ("partners", "Samarbeidspartnere"), ("period", "Periode"), ("description", "Beskrivelse")],
       dm_style="codes")

report("viken_fk_2021.docx", "Viken fylkeskommune", 2021, "headings",
       "Viken fylkeskommune: Oppfølging av Nasjonal kompetansepolitisk strategi 2021",
       [
           R("VIK_PLAN", "Regional plan for kompetanse – vedtatt, handlingsprogram i gang", ["1.2", "1.4"], "Råd/utvalg/nettverk", "Viken fylkeskommune",
             "Partene, NAV, kommunene", "2021–2024",
             "Planen ble vedtatt av fylkestinget i 2021.", True),
           R("VIK_FORUM", "Kompetanseforum Viken – fortsatt", ["1.2"], "Råd/utvalg/nettverk", "Viken fylkeskommune",
             "LO, NHO, KS, NAV", "Løpende",
             "Forumet har hatt tre møter.", True),
           R("VIK_KARR", "Karriere Viken", ["1.3"], "Informasjon", "Viken fylkeskommune",
             "NAV", "Løpende",
             "Tjenesten er utvidet med digital veiledning.", True),
           R("VIK_BIO", "BIO-ordningen i Viken, videreført", ["2.4"], "Prosjekt", "Viken fylkeskommune",
             "NAV", "2021",
             "Ordinære og ekstraordinære BIO-midler er fordelt.", True),
           R("VIK_OMSTILL", "Omstillingsprogram for ledige – fase 2", ["3.3"], "Kurs/utdanning", "Viken fylkeskommune",
             "NAV", "2021",
             "Programmet er videreført med flere moduler.", True),
           R("VIK_UNGE", "Forsøk med utvidet rett til videregående opplæring for unge voksne", ["3.1"], "Kurs/utdanning", "Viken fylkeskommune",
             "Utdanningsdirektoratet", "2021–2023",
             "Forsøk med rett til å fullføre videregående for unge mellom 19 og 24 år."),
       ],
       dm_style="codes")

report("vestland_fk_2020.pdf", "Vestland fylkeskommune", 2020, "blocks",
       "Vestland fylkeskommune – rapportering om oppfølging av Nasjonal kompetansepolitisk strategi 2020",
       [
           R("VES_PLAN", "Regional plan for kompetanse og arbeidskraft", ["1.2"], "Råd/utvalg/nettverk", "Vestland fylkeskommune",
             "Partane i arbeidslivet, NAV Vestland, Høgskulen på Vestlandet, UiB", "2020–2021",
             "Fylkeskommunen har starta arbeidet med ein regional plan for kompetanse og arbeidskraft for heile Vestland."),
           R("VES_ALLIANSE", "Kompetansealliansen Vestland", ["1.2", "1.4"], "Råd/utvalg/nettverk", "Vestland fylkeskommune",
             "NHO Vestland, LO Vestland, KS, NAV", "2020–",
             "Alliansen er ein møteplass for regionale kompetanseaktørar."),
           R("VES_KARR", "Karriere Vestland – vaksenrettleiing", ["1.3"], "Informasjon", "Vestland fylkeskommune",
             "NAV Vestland", "Løpande",
             "Karrieresentera i det tidlegare Hordaland og Sogn og Fjordane er slått saman til Karriere Vestland."),
           R("VES_HVL", "Strategisk samarbeid mellom Høgskulen på Vestlandet og fagskulane", ["1.4"], "Kurs/utdanning", "Vestland fylkeskommune",
             "Høgskulen på Vestlandet, Fagskulen Vestland", "2020–2022",
             "Samarbeid om tekniske fag og overgang frå fagskule til høgskule."),
           R("VES_HAVBRUK", "Fagskuletilbod i havbruk", ["1.4", "2.4"], "Kurs/utdanning", "Vestland fylkeskommune",
             "Havbruksnæringa, Fagskulen Vestland", "Frå hausten 2020",
             "Nytt fagskuletilbod utvikla saman med næringa."),
           R("VES_NORSK", "Norskopplæring for tilsette i industrien", ["3.4"], "Kurs/utdanning", "Vestland fylkeskommune",
             "Bedrifter, vaksenopplæringa i kommunane", "2020–2021",
             "Arbeidsplassbasert norskopplæring for tilsette med innvandrarbakgrunn."),
       ],
       labels=dict(title="Namn på tiltaket", delmal="Knytt til delmål", type="Type tiltak", responsible="Ansvarleg",
                   partners="Samarbeidspartnarar", period="Tidsrom", description="Skildring"),
       dm_style="nn", nynorsk=True)

# ---------------------------------------------------------------- near misses (must stay apart)
NEAR_MISSES = [
    ("BPALL", "BPIND", "National tripartite programme vs the industry/construction branch programme under it, reported by its partners as their own programme."),
    ("BPALL", "BPHAN", "National programme vs the retail (varehandel) branch programme, a sub-scheme under it."),
    ("BPALL", "BPHELSE", "National programme vs the municipal health and care branch programme under it."),
    ("BPIND", "BPHAN", "Two different branch programmes of one national scheme (industri/bygg vs varehandel)."),
    ("KPARB", "KPFRI", "Kompetansepluss arbeid vs Kompetansepluss frivillighet: two sub-schemes of Kompetansepluss."),
    ("KPARB", "SPK_KPARB", "The national scheme vs Spekter's own one-day search conference about it."),
    ("KPARB", "KOMPPROG", "Kompetansepluss arbeid vs the new Kompetanseprogrammet that replaces it from 2021 (new scheme, new measure)."),
    ("KPFRI", "KOMPPROG", "Kompetansepluss frivillighet (VOFO's information work) vs the new Kompetanseprogrammet."),
    ("KOMPPROG", "VOFO_KPINN", "The government's new programme vs VOFO's input on how it should be designed."),
    ("SAMKON", "SAMKON2", "Samfunnskontrakten 2016–2021 vs the negotiations on a new contract for 2022–2026."),
    ("REFORM", "LO_REFORMINN", "The government's competence reform (white paper) vs LO's own input and follow-up work on it."),
    ("FAGJOBB", "KS_FAGJOBB", "National scheme Fagbrev på jobb vs KS' separate pilot in municipalities."),
    ("FAGJOBB", "VIK_FAGJOBB", "National scheme vs Viken's own regional offer of fagbrev på jobb."),
    ("SRY", "FF_FAGRÅD", "Samarbeidsrådet for yrkesopplæring vs one faglig råd (bygg- og anleggsteknikk) under the same system."),
    ("NHO_BAR", "NHO_RAPP", "NHO's survey (kompetansebarometer) vs the NIFU report written from it."),
    ("VIRKE_HRSURV", "VIRKE_HRRAPP", "Virke's HR survey vs the report written from it."),
    ("UNIO_EVUSURV", "UNIO_EVURAPP", "Unio's member survey vs the report «Tid til å lære?» written from it."),
    ("AKA_SURV", "AKA_RAPP", "Tekna's EVU survey vs the report written from it."),
    ("NHO_BAR", "YS_BAR", "Two organisations' separate annual surveys about competence."),
    ("LO_TVKURS", "YS_TVKURS", "Two confederations' separate courses for shop stewards on competence."),
    ("LO_TVKURS", "FF_TVKURS", "LO's course vs Fellesforbundet's own course on training rights in its collective agreements."),
    ("UNIO_TVDIG", "DELTA_DIGKURS", "Unio's and Delta's separate digitalisation courses for shop stewards."),
    ("DIGKOM", "DELTA_DIGKURS", "KS' partite project vs Delta's own course on digital competence."),
    ("LO_PERMINFO", "NHO_PERMINFO", "LO's information to members vs NHO's guidance to member firms on training during lay-off."),
    ("PERMIT", "LO_PERMINFO", "Government's temporary rules for training during lay-off vs LO's information campaign about them."),
    ("NHO_LKONF19", "NHO_LKONF20", "Lærlingkonferansen 2019 vs 2020: each year's conference is a separate measure."),
    ("SPK_MØTE19", "SPK_MØTE20", "«Møteplass lærebedrifter» 2019 vs 2020: each year's event is a separate measure."),
    ("VOFO_KONF19", "VOFO_KONF20", "Voksnes læring-konferansen 2019 vs 2020: separate events."),
    ("VOFO_KONF20", "VOFO_KONF21", "Voksnes læring-konferansen 2020 vs 2021: separate events."),
    ("VOFO_REG", "VOFO_SAMMENSL", "VOFO's regional presence work vs the merger of its regional branches (separate measures, as the directorate's matrix does)."),
    ("HED_PLAN", "VIK_PLAN", "Two counties' own regional competence plans."),
    ("VIK_PLAN", "VES_PLAN", "Two counties' own regional plans (same year)."),
    ("HED_FORUM", "VIK_FORUM", "Two counties' own competence forums."),
    ("VIK_FORUM", "VES_ALLIANSE", "Viken's forum vs Vestland's Kompetansealliansen: separate regional forums."),
    ("HED_KARR", "VIK_KARR", "Two counties' own career centres."),
    ("VIK_KARR", "VES_KARR", "Karriere Viken vs Karriere Vestland (same year, different counties)."),
    ("HED_BIO", "VIK_BIO", "Two counties' own administration of BIO."),
    ("DIGKV", "KVALRAM", "Digital career guidance service vs quality framework for career guidance: two separate government measures."),
    ("REALK", "VIRKE_STD", "National model for assessing work-acquired competence vs retail's own standard for competence certificates."),
    ("LO_KOMPAVT", "FF_EVUTARIFF", "LO's Fafo mapping of competence clauses vs Fellesforbundet's partite committee on EVU after the 2020 settlement."),
]

# ---------------------------------------------------------------- rendering
TYPE_VARIANTS = {  # how a few reports spell the types
    "nkps": {"FoU": "Forskning og utvikling", "Råd/utvalg/nettverk": "Råd/utvalg/ nettverk", "Arrangement": "Konferanse"},
}


def fmt_delmal(dm, style):
    if style == "codes":
        return ", ".join(dm)
    if style == "delmal_og":
        if len(dm) == 1:
            return f"Delmål {dm[0]}"
        return "Delmål " + ", ".join(dm[:-1]) + " og " + dm[-1]
    if style == "nn":
        if len(dm) == 1:
            return f"delmål {dm[0]}"
        return "delmål " + ", ".join(dm[:-1]) + " og " + dm[-1]
    if style == "with_text":
        return "; ".join(f"{d} {DELMAL_TEXT[d]}" for d in dm)
    if style == "text_only":
        return "; ".join(DELMAL_TEXT[d] for d in dm)
    if style == "nkps":
        if len(dm) == 1:
            return f"Relasjon til NKPS delmål {dm[0]}."
        return "Relasjon til NKPS delmål " + ", ".join(dm[:-1]) + " og " + dm[-1] + "."
    raise ValueError(style)


def cell_text(row, field, rep):
    if field == "delmal":
        return fmt_delmal(row["delmal"], rep["opts"].get("dm_style", "codes"))
    return row[field]


def set_landscape(doc):
    from docx.enum.section import WD_ORIENT
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(1.8)


def intro(doc, rep):
    nn = rep["opts"].get("nynorsk")
    if nn:
        doc.add_paragraph(
            f"Fylkeskommunen rapporterer her på tiltak som følgjer opp delmåla i Nasjonal kompetansepolitisk strategi "
            f"(2017–2021). Rapporten gjeld året {rep['year']}.")
    else:
        doc.add_paragraph(
            f"{rep['reporter']} rapporterer her på tiltak som følger opp delmålene i Nasjonal kompetansepolitisk strategi "
            f"(2017–2021). Rapporten gjelder {rep['year']}, og omfatter {len(rep['rows'])} tiltak.")


COL_WEIGHT = dict(title=3.4, delmal=1.6, type=2.1, responsible=2.0, partners=2.8, period=1.7, description=4.2)


def render_table(doc, rep, rows=None, cols=None):
    rows = rows if rows is not None else rep["rows"]
    cols = cols or rep["opts"]["cols"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    t.autofit = False
    avail = 26.0 if rep["opts"].get("landscape") else 16.5
    wsum = sum(COL_WEIGHT[f] for f, _ in cols)
    widths = [Cm(avail * COL_WEIGHT[f] / wsum) for f, _ in cols]
    for i, w in enumerate(widths):
        t.columns[i].width = w  # sets the grid column that LibreOffice uses
    for i, (_, h) in enumerate(cols):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, (f, _) in enumerate(cols):
            cells[i].text = cell_text(row, f, rep)
    for r_ in t.rows:
        for i, c in enumerate(r_.cells):
            c.width = widths[i]
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)


def labelled_para(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + ": ")
    r.bold = True
    p.add_run(value)
    return p


FIELDS = ["title", "delmal", "type", "responsible", "partners", "period", "description"]


def build(rep):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if rep["opts"].get("landscape"):
        set_landscape(doc)
    doc.add_heading(rep["heading"], level=1)
    intro(doc, rep)
    tpl = rep["template"]
    if tpl == "table":
        render_table(doc, rep)
    elif tpl == "area":
        for a in "123":
            rows = [r for r in rep["rows"] if r["delmal"][0].startswith(a)]
            if not rows:
                continue
            doc.add_heading(AREA_TEXT[a], level=2)
            render_table(doc, rep, rows)
    elif tpl == "blocks":
        lab = rep["opts"]["labels"]
        for row in rep["rows"]:
            for f in FIELDS:
                labelled_para(doc, lab[f], cell_text(row, f, rep))
            doc.add_paragraph("")
    elif tpl == "form":
        lab = rep["opts"]["labels"]
        for n, row in enumerate(rep["rows"], 1):
            doc.add_paragraph().add_run(f"Tiltak {n} av {len(rep['rows'])}").italic = True
            t = doc.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            t.autofit = False
            t.columns[0].width = Cm(4.5)
            t.columns[1].width = Cm(11.5)
            for f in FIELDS:
                c = t.add_row().cells
                c[0].text = ""
                c[0].paragraphs[0].add_run(lab[f]).bold = True
                c[1].text = cell_text(row, f, rep)
                c[0].width = Cm(4.5)
                c[1].width = Cm(11.5)
            doc.add_paragraph("")
    elif tpl == "headings":
        for n, row in enumerate(rep["rows"], 1):
            doc.add_heading(f"{n}. {row['title']}", level=2)
            p = doc.add_paragraph()
            p.add_run(f"{fmt_delmal(row['delmal'], rep['opts']['dm_style'])} · {row['type']} · {row['period']}").italic = True
            partners = f" Samarbeidspartnere: {row['partners']}." if row["partners"] else ""
            doc.add_paragraph(f"Ansvarlig: {row['responsible']}.{partners}")
            doc.add_paragraph(row["description"])
    elif tpl == "spekter":
        doc.add_paragraph().add_run("Rapporteringspunkter:").bold = True
        for n, row in enumerate(rep["rows"], 1):
            doc.add_paragraph(f"{n}. {row['title']}")
            doc.add_paragraph(fmt_delmal(row["delmal"], "nkps"))
        tv = TYPE_VARIANTS["nkps"]
        for row in rep["rows"]:
            doc.add_page_break()
            doc.add_heading("1. Tiltak i Nasjonal kompetansepolitisk strategi", level=3)
            doc.add_paragraph(row["title"])
            doc.add_paragraph(fmt_delmal(row["delmal"], "nkps") + f" Type tiltak: {tv.get(row['type'], row['type'])}.")
            doc.add_heading("2. Ansvarlig og samarbeidspartnere", level=3)
            doc.add_paragraph(f"{row['responsible']}" + (f" med {row['partners']} som samarbeidspartnere." if row["partners"] else " er ansvarlig for tiltaket."))
            doc.add_heading("3. Beskrivelse av tiltaket (maks en halv side)", level=3)
            doc.add_paragraph(row["description"])
            doc.add_heading("4. Tidspunkt og varighet", level=3)
            doc.add_paragraph(row["period"])
    else:
        raise ValueError(tpl)
    doc.add_paragraph("")
    doc.add_paragraph(("Kontaktperson for rapporten kan kontaktast via sentralbordet." if rep["opts"].get("nynorsk")
                       else "Spørsmål om rapporten kan rettes til organisasjonens sekretariat."))
    return doc


def norm(s):
    return re.sub(r"[\s\u00ad\u2010\u2011-]+", "", s).lower()


def main():
    for f in os.listdir(OUT):
        if f.endswith((".pdf", ".docx")):
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="match4_")
    problems = []
    try:
        for rep in REPORTS:
            doc = build(rep)
            if rep["file"].endswith(".docx"):
                doc.save(os.path.join(OUT, rep["file"]))
            else:
                stem = rep["file"][:-4]
                src = os.path.join(tmp, stem + ".docx")
                doc.save(src)
                subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
                               check=True, capture_output=True, timeout=180)
                shutil.move(os.path.join(tmp, stem + ".pdf"), os.path.join(OUT, rep["file"]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    # ---- check PDFs
    import pdfplumber
    for rep in REPORTS:
        if not rep["file"].endswith(".pdf"):
            continue
        with pdfplumber.open(os.path.join(OUT, rep["file"])) as pdf:
            text = norm("\n".join((p.extract_text() or "") for p in pdf.pages))
            cells = "|".join(norm(c or "") for p in pdf.pages for t in p.extract_tables() for r in t for c in r)
            text = text + "|" + cells
        for s in [rep["heading"]] + [r["title"] for r in rep["rows"]]:
            if norm(s) not in text:
                problems.append(f"{rep['file']}: not found in PDF text: {s!r}")

    # ---- expected.json
    expected = {}
    for rep in REPORTS:
        expected[rep["file"]] = {
            "reporter": rep["reporter"], "report_year": rep["year"],
            "measures": [{k: r[k] for k in ["title", "delmal", "type", "responsible", "partners", "period",
                                            "description", "tiltak_id", "continues"]} for r in rep["rows"]],
        }
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(OUT, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump([{"a": a, "b": b, "why": w} for a, b, w in NEAR_MISSES], fh, ensure_ascii=False, indent=1)

    # ---- consistency checks and counts
    occ = defaultdict(list)  # tid -> [(reporter, year, file, continues)]
    for rep in REPORTS:
        seen = set()
        for r in rep["rows"]:
            assert r["tiltak_id"] not in seen, (rep["file"], r["tiltak_id"])
            seen.add(r["tiltak_id"])
            occ[r["tiltak_id"]].append((rep["reporter"], rep["year"], rep["file"], r["continues"]))
    for tid, lst in occ.items():
        for rep_, yr, f, cont in lst:
            earlier_same = any(r2 == rep_ and y2 < yr for r2, y2, _, _ in lst)
            if cont != earlier_same:
                problems.append(f"continues flag mismatch: {tid} in {f} (flag {cont}, earlier same reporter {earlier_same})")
    for a, b, _ in NEAR_MISSES:
        for x in (a, b):
            if x not in occ:
                problems.append(f"near miss id not used: {x}")
    nm_pairs = {frozenset((a, b)) for a, b, _ in NEAR_MISSES}
    if len(nm_pairs) != len(NEAR_MISSES):
        problems.append("duplicate near-miss pair")

    rows = [(rep, r) for rep in REPORTS for r in rep["rows"]]
    same_year = across = 0
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            (p, r), (q, s) = rows[i], rows[j]
            if r["tiltak_id"] == s["tiltak_id"]:
                if p["year"] == q["year"]:
                    same_year += 1
                else:
                    across += 1
    counts = dict(
        files=len(REPORTS),
        pdf=sum(r["file"].endswith(".pdf") for r in REPORTS),
        docx=sum(r["file"].endswith(".docx") for r in REPORTS),
        reporters=len({r["reporter"] for r in REPORTS}),
        rows=len(rows),
        distinct_tiltak=len(occ),
        true_pairs_same_year=same_year,
        true_pairs_across_years=across,
        continuing_rows=sum(r["continues"] for _, r in rows),
        near_miss_pairs=len(NEAR_MISSES),
        singletons=sum(1 for v in occ.values() if len(v) == 1),
        singletons_not_in_near_miss=sum(1 for k, v in occ.items() if len(v) == 1 and not any(k in pr for pr in nm_pairs)),
        multi_reporter_tiltak=sum(1 for v in occ.values() if len({x[0] for x in v}) > 1),
        templates=dict(Counter(r["template"] for r in REPORTS)),
        rows_per_file_min=min(len(r["rows"]) for r in REPORTS),
        rows_per_file_max=max(len(r["rows"]) for r in REPORTS),
    )
    print(json.dumps(counts, ensure_ascii=False, indent=1))
    with open(os.path.join(OUT, "counts.json"), "w", encoding="utf-8") as fh:
        json.dump(counts, fh, ensure_ascii=False, indent=1)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
