#!/usr/bin/env python3
"""Blind labelled test set for duplicate matching of NKPS measures (batch match1).

Writes ~22 member reports for 2019 and 2020 (.docx, and .pdf rendered with LibreOffice)
into this folder, and from the SAME in-memory source data:
  expected.json     - per file: reporter, year, measures with tiltak_id / continues
  near_misses.json  - pairs of tiltak_ids that look alike but are different measures
Then checks every PDF with pdfplumber (titles present, no word broken).

Run:  /work/blind/.venvm1/bin/python make_batch.py
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = os.path.dirname(os.path.abspath(__file__))


# --------------------------------------------------------------------------------------
# Source data
# --------------------------------------------------------------------------------------
def R(key, title, delmal, typ, resp, partners, period, desc):
    """One reported row. `key` names the real-world measure (tiltak); rows with the same
    key are the same tiltak (joint reports and continuations)."""
    return dict(key=key, title=title, delmal=delmal, type=typ, responsible=resp,
                partners=partners, period=period, description=desc)


REPORTS = []


def report(fname, reporter, year, layout, fmt, heading, intro, rows, **opt):
    REPORTS.append(dict(file=fname + "." + fmt, base=fname, reporter=reporter, year=year,
                        layout=layout, fmt=fmt, heading=heading, intro=intro, rows=rows, opt=opt))


# ------------------------------------ 2019 --------------------------------------------
report("regjeringen_2019", "Regjeringen", 2019, "A", "pdf",
       "Regjeringens rapportering til Kompetansepolitisk råd 2019",
       "Oppfølging av Nasjonal kompetansepolitisk strategi – tiltak i 2019. Rapporten er samordnet av "
       "Kunnskapsdepartementet med bidrag fra KMD, ASD og NFD.",
       [
           R("kbu", "Kompetansebehovsutvalget (KBU)", "1.1", "Råd/utvalg/nettverk", "KD",
             "KMD, ASD, NFD, hovedorganisasjonene i arbeidslivet, Kompetanse Norge (sekretariat)",
             "2017–2021",
             "Utvalget består av forskere, analytikere og representanter for partene og departementene. "
             "KBU la fram sin andre rapport, NOU 2019: 2 Fremtidige kompetansebehov II – Utfordringer for "
             "kompetansepolitikken, i februar 2019."),
           R("reform", "Kompetansereformen «Lære hele livet»", "2.1, 2.2", "Prosjekt", "KD",
             "Partene i arbeidslivet, fylkeskommunene, Kompetanse Norge", "2019–2020",
             "Reformen skal bidra til at ingen går ut på dato og at flere kan kombinere arbeid og læring. "
             "I 2019 er det holdt innspillsmøter med partene og regionale aktører som grunnlag for en "
             "stortingsmelding."),
           R("samfk", "Samfunnskontrakten for flere læreplasser", "2.3", "Kurs/utdanning", "KD",
             "LO, NHO, KS, Spekter, Virke, YS, Unio, Akademikerne, Udir", "2016–2020",
             "Kontrakten mellom myndighetene og partene skal gi flere læreplasser i offentlig og privat "
             "sektor. Målet er at alle kvalifiserte søkere skal få læreplass."),
           R("kplussfag", "Prøveordning med fagopplæring i Kompetansepluss arbeid", "3.2", "Kurs/utdanning",
             "KD", "Kompetanse Norge, LO, NHO", "2019–2021",
             "Forsøket kobler opplæring i grunnleggende ferdigheter gjennom Kompetansepluss arbeid med "
             "fagopplæring, slik at deltakerne kan ta fagbrev. De første prosjektene startet høsten 2019."),
           R("hurtig", "Hurtigsporet i introduksjonsprogrammet", "3.4", "Prosjekt", "KD/IMDi",
             "NAV, kommunene, NHO, LO", "Fra 2016, løpende",
             "Flyktninger med kompetanse som arbeidslivet etterspør, skal raskt ut i relevant arbeid. IMDi "
             "har utarbeidet en veileder for kommunene og samarbeider med partene om å skaffe arbeidsgivere."),
           R("fleks", "Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse", "2.1",
             "Kurs/utdanning", "KD", "Kompetanse Norge, DIKU, partene i arbeidslivet", "Utlysning høsten 2019",
             "Kompetanse Norge lyser ut midler til utdanningsinstitusjoner som utvikler fleksible tilbud i "
             "samarbeid med arbeidslivet. Et partssammensatt utvalg vurderer søknadene."),
           R("karrforum", "Nasjonalt forum for karriereveiledning", "1.3", "Råd/utvalg/nettverk",
             "KD/Kompetanse Norge", "Partene i arbeidslivet, NAV, Udir, fylkeskommunene, VOFO",
             "Etablert 2016, løpende",
             "Forumet samler aktørene i karriereveiledningsfeltet og gir råd om et helhetlig "
             "veiledningssystem. Det møtes to ganger i året."),
           R("statfond", "Kompetanseutviklingsmidler i staten (statens kompetansefond)", "2.1, 2.2",
             "Råd/utvalg/nettverk", "KMD", "LO Stat, YS Stat, Unio, Akademikerne", "Tildeling våren 2019",
             "Partene i staten fordeler midler til kompetanseutviklingsprosjekter i statlige virksomheter. "
             "I 2019 var digital omstilling prioritert."),
           R("ekspert", "Ekspertutvalg for etter- og videreutdanning", "2.2", "FoU", "KD",
             "Forskere, Kompetanse Norge (sekretariat)", "2018 – juni 2019",
             "Utvalget leverte NOU 2019: 12 «Lærekraftig utvikling – Livslang læring for omstilling og "
             "konkurranseevne» i juni 2019. Rapporten er sendt på høring."),
       ])

report("lo_2019", "LO", 2019, "C", "docx",
       "LOs rapportering til Kompetansepolitisk råd 2019",
       "Landsorganisasjonen i Norge (LO) rapporterer her om tiltak i 2019 som følger opp Nasjonal "
       "kompetansepolitisk strategi. Tiltakene er gjennomført av LO sentralt og av forbundene.",
       [
           R("kbu", "Deltakelse i KBU", "delmål 1.1", "Råd/utvalg/nettverk", "Regjeringen (KD)",
             "NHO, YS, Unio, Virke, Akademikerne, KS, Spekter", "Løpende",
             "LO har en representant i Kompetansebehovsutvalget og har bidratt til utvalgets andre rapport "
             "(NOU 2019: 2)."),
           R("sry", "Samarbeidsrådet for yrkesopplæring", "delmål 1.4 og 2.3", "Råd/utvalg/nettverk", "KD",
             "NHO, KS, Virke, Spekter, YS, Unio, Udir", "Hele 2019",
             "LO har to representanter i rådet, som gir råd til myndighetene om fag- og yrkesopplæringen, "
             "tilbudsstruktur og dimensjonering."),
           R("hurtig", "Hurtigsporet", "delmål 3.3 og 3.4", "Prosjekt", "IMDi", "NHO, NAV, kommunene", "2019",
             "LO deltar i arbeidet med å få flyktninger med relevant kompetanse raskere ut i jobb, og har "
             "bidratt på informasjonsmøter i flere fylker sammen med NHO og NAV."),
           R("kplussfag", "Referansegruppe for forsøk med fagopplæring i Kompetansepluss", "delmål 3.2",
             "Råd/utvalg/nettverk", "Kompetanse Norge", "KD, NHO", "2019–2021",
             "LO deltar i referansegruppen for forsøket der Kompetansepluss arbeid kobles sammen med "
             "fagopplæring for voksne."),
           R("arendal19", "Arrangement under Arendalsuka sammen med Spekter", "delmål 2.2", "Arrangement",
             "LO Stat", "Spekter", "13. august 2019",
             "Debatt om verdien av at ansatte i offentlig sektor fornyer kompetansen sin gjennom hele "
             "yrkeslivet, med deltakere fra virksomhetene og de tillitsvalgte."),
           R("lo_tv", "Tillitsvalgtskolering om kompetanseutvikling", "delmål 2.2", "Kurs/utdanning", "LO",
             "LOs forbund, AOF Norge", "Våren og høsten 2019",
             "Kurs for LOs tillitsvalgte om hvordan hovedavtalenes bestemmelser om kompetanseutvikling kan "
             "brukes til å få kompetanseplaner på arbeidsplassen. Gjennomført på seks steder."),
           R("bp_ind", "Bransjeprogram for industri og bygg", "delmål 2.1 og 2.4", "Kurs/utdanning",
             "LO/Fellesforbundet", "NHO, Norsk Industri, BNL, Kompetanse Norge", "2019–2020",
             "Partene i industri- og byggenæringen har sammen med myndighetene utviklet korte, fleksible kurs "
             "for ansatte som trenger mer kompetanse, blant annet innen automatisering og digitalisering."),
       ], numbered=True)

report("nho_2019", "NHO", 2019, "B", "docx",
       "NHO – rapport til Kompetansepolitisk råd for 2019",
       "Tabellen viser NHOs tiltak i 2019 for å følge opp Nasjonal kompetansepolitisk strategi.",
       [
           R("kbu", "Representasjon i Kompetansebehovsutvalget", "1.1", "Råd/utvalg/nettverk", "KD",
             "Hovedorganisasjonene, departementene", "2017–2021",
             "NHO er representert i utvalget, som i 2019 la fram sin andre rapport om fremtidige "
             "kompetansebehov."),
           R("bp_ind", "Bransjeprogram for industri- og byggenæringen", "2.1", "Kurs/utdanning",
             "NHO/Norsk Industri", "Fellesforbundet, BNL, Kompetanse Norge", "2019–2020",
             "Programmet gir ansatte i industrien og byggenæringen tilbud om etter- og videreutdanning som er "
             "utviklet i samarbeid med bransjene. Over 1 000 deltakere i 2019."),
           R("hurtig", "Hurtigsporet – raskere i jobb for flyktninger", "3.4", "Informasjon", "NHO",
             "IMDi, NAV, LO", "2019",
             "NHO informerer medlemsbedriftene om Hurtigsporet og formidler kontakt mellom bedrifter og "
             "kommuner som har flyktninger med etterspurt kompetanse."),
           R("jenter", "«Jenter og teknologi»", "2.3", "Informasjon", "NHO",
             "Abelia, Norsk Industri, universiteter og høyskoler", "Skoleåret 2019/2020",
             "Nasjonal kampanje som skal få flere jenter til å velge teknologiske fag, gjennomført for fjerde "
             "år på rad."),
           R("nho_konf19", "Konferanse: «Fremtidens fagarbeider»", "2.3", "Arrangement", "NHO",
             "Fellesforbundet, Norsk Industri", "12. mars 2019",
             "Konferanse i Oslo om hvilke ferdigheter fagarbeidere trenger i en digitalisert industri. "
             "Konferansen var et enkeltstående arrangement."),
           R("nho_fafo", "Rapport fra Fafo om fagarbeideres bidrag til innovasjon", "2.2", "FoU", "NHO", "Fafo",
             "Publisert juni 2019",
             "Rapporten dokumenterer hvordan fagarbeidere bidrar til innovasjon og forbedringsarbeid i "
             "bedriftene."),
           R("kbaro", "NHOs kompetansebarometer 2019", "1.4, 2.2", "FoU", "NHO", "NIFU",
             "Årlig, publisert høsten 2019",
             "Spørreundersøkelse blant NHOs medlemsbedrifter om hvilken kompetanse de trenger og om de har "
             "udekkede behov."),
       ])

report("ks_2019", "KS", 2019, "A", "docx",
       "KS' rapportering om oppfølging av Nasjonal kompetansepolitisk strategi 2019",
       "KS – kommunesektorens organisasjon – rapporterer følgende tiltak for 2019.",
       [
           R("rsa", "KS i Råd for samarbeid med arbeidslivet ved OsloMet og Universitetet i Oslo", "1.4",
             "Råd/utvalg/nettverk", "Universitetene og høyskolene", "KS, NHO, Akademikerne", "Løpende",
             "KS har representanter i rådene som skal styrke samarbeidet mellom utdanningsinstitusjonene og "
             "arbeidslivet om relevante studietilbud."),
           R("bp_helse", "Bransjeprogram for den kommunale helse- og omsorgssektoren", "2.1, 3.3",
             "Kurs/utdanning", "KS", "Fagforbundet, Delta, NSF, Kompetanse Norge", "2019–2020",
             "Programmet gir ansatte uten fagbrev i kommunal helse og omsorg mulighet til å ta "
             "helsefagarbeiderutdanning og andre kompetansehevende kurs ved siden av jobb."),
           R("samfk", "Samfunnskontrakten for flere læreplasser – oppfølging i kommunesektoren", "2.3",
             "Råd/utvalg/nettverk", "KS", "KD, kommunene, fylkeskommunene", "2016–2020",
             "Kommunesektoren har forpliktet seg gjennom samfunnskontrakten. KS følger opp med veiledning og "
             "dialog med kommuner som har få lærlinger."),
           R("ks_digi", "Samarbeid om digital kompetanse i kommunene", "2.1", "Prosjekt", "KS",
             "KMD, LO Kommune, Unio, YS Kommune, Akademikerne kommune", "1. januar 2018 – ut 2019",
             "Partssammensatt prosjekt der 71 kommuner har fått støtte til å heve ansattes digitale "
             "kompetanse. KS har ansvar for møteplasser og erfaringsdeling."),
           R("kloft", "Kompetanseløft 2020", "2.2, 3.3", "Prosjekt", "HOD/Helsedirektoratet", "KS, kommunene",
             "2016–2020",
             "Regjeringens plan for rekruttering, kompetanse og fagutvikling i den kommunale helse- og "
             "omsorgstjenesten. KS bidrar med veiledning om kompetanseplanlegging i kommunene."),
           R("ks_monitor", "Kommunesektorens arbeidslivsmonitor", "2.2", "FoU", "KS", "",
             "Ny rapport september 2019",
             "Monitoren gir oversikt over utviklingen i arbeidslivet i kommunesektoren, blant annet "
             "kompetanse, rekruttering og turnover."),
       ], labels="ks")

report("ys_2019", "YS", 2019, "B", "docx",
       "YS – rapportering av tiltak 2019, Nasjonal kompetansepolitisk strategi",
       "Yrkesorganisasjonenes Sentralforbund (YS) rapporterer følgende tiltak for 2019.",
       [
           R("karrforum", "YS i Nasjonalt forum for karriereveiledning", "1.3", "Råd/utvalg/nettverk",
             "Kompetanse Norge", "Partene i arbeidslivet, NAV, fylkeskommunene", "Løpende",
             "YS er medlem av forumet og har bidratt til arbeidet med et kvalitetsrammeverk for "
             "karriereveiledning."),
           R("reform", "Deltakelse i arbeidet med kompetansereformen «Lære hele livet»", "2.2",
             "Råd/utvalg/nettverk", "KD", "Partene i arbeidslivet", "2019",
             "YS har deltatt i innspillsmøtene og i partssamarbeidet om regjeringens kompetansereform, blant "
             "annet om finansiering av etter- og videreutdanning."),
           R("ys_tv", "Kurs for tillitsvalgte: kompetanseutvikling på arbeidsplassen", "2.2", "Kurs/utdanning",
             "YS", "YS-forbundene", "Fire kurs i 2019",
             "YS' egen kursrekke for tillitsvalgte om kartlegging av kompetansebehov og kompetanseplaner i "
             "virksomhetene."),
           R("statfond", "Kompetansemidler i staten – YS Stat", "2.1", "Råd/utvalg/nettverk",
             "KMD og hovedsammenslutningene i staten", "LO Stat, Unio, Akademikerne", "Årlig tildeling",
             "YS Stat deltar i styret for statens kompetansefond, som fordeler midler til kompetanseutvikling "
             "i statlige virksomheter."),
           R("ys_afi", "Analyse av endringer i arbeidslivet knyttet til nye digitale løsninger", "2.1, 2.2",
             "FoU", "YS", "AFI, OsloMet", "2019–2020",
             "AFI undersøker hvordan digitalisering endrer arbeidsoppgaver og kompetansekrav i bransjer der "
             "YS har mange medlemmer."),
           R("ys_baro", "YS Arbeidslivsbarometer 2019", "2.2", "FoU", "YS", "AFI, OsloMet",
             "Publisert november 2019",
             "Årlig undersøkelse av arbeidstakernes syn på eget arbeidsliv. I 2019 hadde barometeret et eget "
             "kapittel om læring på jobben."),
       ])

report("virke_2019", "Virke", 2019, "C", "pdf",
       "Virkes rapportering til Kompetansepolitisk råd – 2019",
       "Hovedorganisasjonen Virke rapporterer her sine tiltak for 2019.",
       [
           R("sry", "Virke i SRY og de faglige rådene", "2.3", "Råd/utvalg/nettverk", "KD/Udir",
             "LO, NHO, KS, Spekter, YS, Unio", "Løpende",
             "Virke har en representant i Samarbeidsrådet for yrkesopplæring og representanter i flere "
             "faglige råd, og arbeider for en tilbudsstruktur som møter behovene i handel og tjenesteyting."),
           R("samfk", "Samfunnskontrakten", "2.3", "Informasjon", "Virke", "KD, medlemsvirksomhetene", "2019",
             "Virke oppfordrer medlemsvirksomhetene til å ta inn lærlinger, som en del av vår forpliktelse i "
             "kontrakten for flere læreplasser."),
           R("balanse", "Modell for å beskrive kompetanse fra arbeidslivet («Balansekunst»)", "2.5",
             "Forskning og utvikling", "Virke", "LO, YS, NHO", "2019–2020",
             "Oppfølging av rapporten «Balansekunst» fra 2018: modellen for å beskrive kompetanse som bygges "
             "opp i arbeidslivet, prøves ut i tre bransjer."),
           R("virke_studie", "Studie: Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?", "2.1",
             "Forskning og utvikling", "Virke", "Samfunnsøkonomisk analyse, Handel og Kontor, NAV",
             "Ferdigstilt 2019",
             "Studien viser hvilke oppgaver i varehandelen som endres av ny teknologi, og hvilken kompetanse "
             "de ansatte trenger framover."),
           R("virke_hr", "Virkes HR-nettverk om kompetanse", "2.2", "Råd/utvalg/nettverk", "Virke",
             "Medlemsvirksomhetene", "Fire samlinger i 2019",
             "Nettverk der HR-ledere i medlemsvirksomhetene deler erfaringer med strategisk "
             "kompetanseutvikling."),
       ], numbered=False)

report("unio_2019", "Unio", 2019, "A", "docx",
       "Unios rapport til Kompetansepolitisk råd 2019",
       "Unio – hovedorganisasjon for universitetsutdannede – rapporterer følgende tiltak for 2019.",
       [
           R("bp_helse", "Bransjeprogrammet i den kommunale helse- og omsorgssektoren", "2.1", "Kurs/utdanning",
             "KS og Kompetanse Norge", "Unio/NSF, Fagforbundet, Delta", "2019–2020",
             "Unio har gjennom Norsk Sykepleierforbund deltatt i utformingen av bransjeprogrammet, som gir "
             "ansatte i kommunene tilbud om fagbrev og videreutdanning."),
           R("ks_digi", "Digital kompetanse", "2.1", "Prosjekt", "KS", "KMD, LO Kommune, YS Kommune, Unio",
             "2018–2019",
             "Unio deltar i partssamarbeidet om digital kompetanse i kommunene som KS leder. 71 kommuner har "
             "fått midler til opplæring av ansatte."),
           R("statfond", "Partssammensatt kompetansefond i staten", "2.1", "Råd/utvalg/nettverk", "KMD",
             "LO Stat, YS Stat, Akademikerne", "Årlig",
             "Unio er med og fordeler midlene fra fondet til prosjekter for kompetanseutvikling i statlige "
             "virksomheter."),
           R("unio_akad", "Rapport om kompetanse og omstilling i offentlig sektor, sammen med Akademikerne",
             "2.2", "FoU", "Unio og Akademikerne", "Samfunnsøkonomisk analyse", "Publisert oktober 2019",
             "Felles rapport som ser på hvordan ansatte med høyere utdanning i offentlig sektor får fornyet "
             "kompetansen sin når arbeidsoppgavene endres."),
           R("karrforum", "Karriereveiledning", "1.3", "Råd/utvalg/nettverk", "Kompetanse Norge",
             "Partene i arbeidslivet", "Løpende",
             "Unio er representert i Nasjonalt forum for karriereveiledning, som Kompetanse Norge leder."),
           R("unio_studief", "Aktiv bruk av studieforbund – kompetansehevende kurs for medlemmene", "3.6",
             "Kurs/utdanning", "Unio", "Unios forbund, studieforbundene", "Hele 2019",
             "Unios forbund bruker studieforbundene til å gi medlemmene kurs i faglige og organisatoriske "
             "emner."),
       ], labels="unio")

report("akademikerne_2019", "Akademikerne", 2019, "B", "pdf",
       "Akademikernes rapportering 2019 – Nasjonal kompetansepolitisk strategi",
       "Akademikerne og medlemsforeningene rapporterer disse tiltakene for 2019.",
       [
           R("rsa", "Deltakelse i RSA ved UiO, NTNU og OsloMet", "1.4", "Råd/utvalg/nettverk",
             "UH-institusjonene", "Akademikernes foreninger", "Løpende",
             "Akademikerne og foreningene er representert i rådene for samarbeid med arbeidslivet og gir "
             "innspill om studienes relevans."),
           R("unio_akad", "Forskningsrapport «Kompetanse for omstilling i offentlig sektor»", "2.2", "FoU",
             "Akademikerne", "Unio, Samfunnsøkonomisk analyse", "Oktober 2019",
             "Rapporten, som er laget sammen med Unio, viser at mange høyt utdannede i offentlig sektor "
             "mangler tid og midler til etter- og videreutdanning."),
           R("econa_evu", "Forskningsrapport «Etter- og videreutdanning blant høyt utdannede»", "2.2", "FoU",
             "Akademikerne/Econa", "Ny Analyse", "Våren 2019",
             "Undersøkelse blant medlemmene i Econa om deltakelse i og behov for etter- og videreutdanning."),
           R("econa_yngre", "Forskningsrapport «Yngre eldre i arbeidslivet»", "2.2", "FoU", "Akademikerne/Econa",
             "Ny Analyse", "Høsten 2019",
             "Rapporten ser på seniorers muligheter for kompetanseutvikling og hva som skal til for at de står "
             "lenger i arbeid."),
           R("statfond", "Kompetansefondet i staten", "2.1", "Råd/utvalg/nettverk", "KMD",
             "LO Stat, YS Stat, Unio", "Årlig",
             "Akademikerne stat deltar i det partssammensatte styret som fordeler kompetansemidler i staten."),
       ])

report("spekter_2019", "Spekter", 2019, "D", "docx",
       "Spekters rapportering til Kompetansepolitisk råd 2019",
       "Arbeidsgiverforeningen Spekter rapporterer her tiltak gjennomført i 2019.",
       [
           R("arendal19", "Felles arrangement med LO Stat under Arendalsuka 2019", "2.2", "Arrangement",
             "Spekter og LO Stat", "", "13. august 2019, én dag",
             "Vi arrangerte sammen med LO Stat en debatt i Arendal om betydningen av at ansatte i helseforetak "
             "og andre offentlig eide virksomheter fornyer kompetansen sin."),
           R("spk_dialog", "Dialogmøte med Spekters representanter i faglige råd", "2.3", "Arrangement",
             "Spekter", "Spekters medlemsvirksomheter", "Årlig, mai 2019",
             "Spekter samler sine representanter i de faglige rådene for å samordne innspill til "
             "tilbudsstrukturen i helse- og oppvekstfag."),
           R("spk_fagskole", "Konferanse om fagskoleutdanning i spesialisthelsetjenesten", "2.3", "Arrangement",
             "Spekter", "LO/Fagforbundet, YS/Delta", "Oktober 2019",
             "Konferansen satte søkelys på fagskoleutdanninger for helsefagarbeidere og hvilke "
             "karrieremuligheter de gir i sykehusene."),
           R("spk_integr", "Konferanse om integrering av flyktninger i helseforetakene", "3.3", "Arrangement",
             "Spekter", "IMDi, NAV", "November 2019",
             "Konferanse for medlemsvirksomhetene om hvordan helseforetakene kan ta imot flyktninger på "
             "praksisplass og i arbeid."),
           R("fleks", "Tildelingsutvalg", "2.1", "Råd/utvalg/nettverk", "Kompetanse Norge",
             "Partene i arbeidslivet, DIKU", "Høsten 2019",
             "Spekter sitter i det partssammensatte utvalget som vurderer søknader om tilskudd til fleksible "
             "videreutdanningstilbud i digital kompetanse."),
           R("spk_moteplass", "Møteplass lærebedrifter 2019", "2.3", "Arrangement", "Spekter",
             "Fafo, fylkeskommuner, opplæringskontorer", "Én dag, mars 2019",
             "Årlig møteplass der medlemsvirksomheter som er eller vil bli lærebedrifter, utveksler erfaringer "
             "og får oppdatering om samfunnskontrakten og lærlingordningen."),
       ])

report("vofo_2019", "VOFO", 2019, "C", "docx",
       "VOFO – rapportering til Kompetansepolitisk råd for 2019",
       "Voksenopplæringsforbundet (VOFO) rapporterer på vegne av frivilligheten og studieforbundene.",
       [
           R("vofo_kplus_info", "Promotering av Kompetanseplussordningene", "3.2", "Informasjon", "VOFO",
             "Studieforbundene", "Hele 2019",
             "VOFO informerer studieforbundene og medlemsorganisasjonene om Kompetansepluss frivillighet og "
             "hjelper dem med å søke midler."),
           R("vofo_eval", "Evaluering av Kompetansepluss frivillig", "3.2", "FoU", "VOFO",
             "Frivillig sektor, Oxford Research", "2019",
             "Evalueringen ser på om opplæringen i grunnleggende ferdigheter i frivillige organisasjoner når "
             "de voksne som trenger den mest."),
           R("vofo_fafo", "Forskningsprosjekt om studieforbundene som læringskatalysatorer", "3.6", "FoU",
             "VOFO", "Fafo", "2019–2020",
             "Fafo undersøker hvordan kurs i studieforbund motiverer voksne til videre læring, også voksne med "
             "lite formell utdanning."),
           R("studief_regel", "Regelverksendring i studieforbundsordningen", "3.6", "Råd/utvalg/nettverk",
             "VOFO", "KD, studieforbundene", "2019",
             "VOFO har gitt innspill til endringer i forskriften til voksenopplæringsloven, blant annet om krav "
             "til kursenes lengde og tilskuddsberegning."),
           R("vofo_inkl", "Informasjonsprosjekt om inkludering", "3.6", "Prosjekt", "VOFO",
             "Studieforbundene og kursarrangører", "2019",
             "Prosjektet gir kursarrangører råd om hvordan de kan nå innvandrere og andre som sjelden deltar i "
             "voksenopplæring."),
       ], numbered=False)

report("trondelag_fk_2019", "Trøndelag fylkeskommune", 2019, "A", "docx",
       "Trøndelag fylkeskommune – rapportering 2019",
       "Rapportering til Kompetansepolitisk råd om regionale tiltak i Trøndelag i 2019.",
       [
           R("trd_strategi", "Utarbeidelse av regional kompetansestrategi for Trøndelag", "1.2", "Prosjekt",
             "Trøndelag fylkeskommune", "NAV, NHO, LO, KS, NTNU, Nord universitet", "2019–2020",
             "Fylkeskommunen leder arbeidet med en felles strategi for kompetanseutvikling i Trøndelag, basert "
             "på et kunnskapsgrunnlag om regionens kompetansebehov."),
           R("trd_forum", "Kompetanseforum Trøndelag", "1.2", "Råd/utvalg/nettverk", "Trøndelag fylkeskommune",
             "Partene i arbeidslivet, NAV, Fylkesmannen, UH-sektoren", "Fire møter i 2019",
             "Regionalt forum der aktørene samordner tiltak for kompetanse og rekruttering i fylket."),
           R("trd_karriere", "Karrieresenter Trøndelag – veiledning for voksne", "1.3", "Kurs/utdanning",
             "Trøndelag fylkeskommune", "NAV", "Løpende",
             "Karrieresenteret gir gratis karriereveiledning til voksne og samarbeider med NAV om veiledning "
             "av arbeidssøkere."),
           R("trd_fagbrev", "Fagbrev på jobb", "3.1", "Kurs/utdanning", "Trøndelag fylkeskommune",
             "Bedrifter, opplæringskontorer", "Fra høsten 2019",
             "Voksne ansatte kan ta fagbrev gjennom arbeidet sitt, med opplæring tilpasset arbeidsplassen. "
             "Første kull startet i helse- og oppvekstfag."),
           R("trd_hospit", "Hospitering for yrkesfaglærere i bedrift", "1.4", "Kurs/utdanning",
             "Trøndelag fylkeskommune", "Bedrifter, videregående skoler", "Skoleåret 2019/2020",
             "Yrkesfaglærere hospiterer i bedrifter for å oppdatere seg på utstyr og arbeidsmåter i faget."),
       ], labels="ks")

# ------------------------------------ 2020 --------------------------------------------
report("regjeringen_2020", "Regjeringen", 2020, "A", "docx",
       "Regjeringens rapportering til Kompetansepolitisk råd 2020",
       "Oppfølging av Nasjonal kompetansepolitisk strategi – tiltak i 2020. Flere tiltak er videreført fra "
       "2019, og enkelte nye tiltak er satt i gang som følge av koronapandemien.",
       [
           R("kbu", "Kompetansebehovsutvalget – videreført", "1.1", "Råd/utvalg/nettverk", "KD",
             "KMD, ASD, NFD, partene i arbeidslivet, Kompetanse Norge", "Nytt mandat fra 2020",
             "KBU la fram NOU 2020: 2 Fremtidige kompetansebehov III – Læring og kompetanse i alle ledd i "
             "februar 2020. Utvalget er videreført med nytt mandat og ny sammensetning."),
           R("reform", "Oppfølging av kompetansereformen «Lære hele livet»", "2.1, 2.2, 2.4", "Prosjekt", "KD",
             "Partene i arbeidslivet, fylkeskommunene, Kompetanse Norge", "2020–2022",
             "Meld. St. 14 (2019–2020) Kompetansereformen – Lære hele livet ble lagt fram i mars 2020. "
             "Tiltakene i meldingen følges opp i samarbeid med partene."),
           R("samfk", "Samfunnskontrakten for flere læreplasser (forlenget)", "2.3", "Kurs/utdanning", "KD",
             "Partene i arbeidslivet, Udir", "Forlenget ut 2021",
             "Kontrakten som utløp i 2020, er forlenget mens en ny kontrakt forhandles. Partene har også "
             "samarbeidet om læreplasser under pandemien."),
           R("kplussfag", "Forsøk med fagopplæring i Kompetansepluss – videreføring", "3.2", "Kurs/utdanning",
             "KD", "Kompetanse Norge, LO, NHO", "2019–2021",
             "Forsøket videreføres med flere prosjekter i 2020, der grunnleggende ferdigheter kombineres med "
             "fagopplæring fram mot fagbrev."),
           R("fleks", "Kompetanseprogrammet – fleksible videreutdanningstilbud", "2.1, 2.4", "Kurs/utdanning",
             "KD", "Kompetanse Norge, partene i arbeidslivet", "2020, ny utlysning",
             "Tilskuddsordningen for fleksible videreutdanningstilbud er videreført og utvidet under navnet "
             "Kompetanseprogrammet. Et partssammensatt utvalg tildeler midlene."),
           R("karrforum", "Nasjonalt forum for karriereveiledning (fortsatt)", "1.3", "Råd/utvalg/nettverk",
             "KD/Kompetanse Norge", "Partene i arbeidslivet, NAV, Udir, fylkeskommunene", "Løpende",
             "Forumet har i 2020 særlig drøftet digital karriereveiledning og veiledning av permitterte og "
             "ledige."),
           R("kplus_eval", "Evaluering av Kompetansepluss arbeid", "3.2", "FoU", "Kompetanse Norge",
             "Ideas2evidence", "2020–2021",
             "Evalueringen skal vise om Kompetansepluss arbeid gir deltakerne bedre grunnleggende ferdigheter "
             "og en sterkere stilling i arbeidslivet."),
           R("studief_regel", "Endringer i regelverket for studieforbund", "3.6", "Råd/utvalg/nettverk", "KD",
             "VOFO, studieforbundene", "Fra 1. januar 2020",
             "Ny forskrift til voksenopplæringsloven trådte i kraft i 2020, med enklere regler for tilskudd til "
             "studieforbundene. Endringene er utformet i dialog med VOFO."),
           R("utdloft", "Utdanningsløftet 2020 – opplæring for permitterte og ledige", "3.3, 3.5",
             "Kurs/utdanning", "KD og ASD", "NAV, fylkeskommunene, partene i arbeidslivet", "Juni 2020 – 2021",
             "Regjeringens tiltakspakke gir flere studieplasser, fagskoleplasser og opplæring for permitterte "
             "og ledige under koronapandemien."),
       ])

report("lo_2020", "LO", 2020, "C", "pdf",
       "LOs rapportering til Kompetansepolitisk råd 2020",
       "LO rapporterer her om tiltak i 2020. Flere tiltak fra fjorårets rapport er videreført, og noen er "
       "lagt om på grunn av pandemien.",
       [
           R("kbu", "Deltakelse i KBU (videreføring)", "delmål 1.1", "Råd/utvalg/nettverk", "Regjeringen (KD)",
             "Hovedorganisasjonene i arbeidslivet", "Løpende",
             "LO har fortsatt en representant i Kompetansebehovsutvalget, som leverte NOU 2020: 2 i februar."),
           R("sry", "SRY – fortsatt deltakelse", "delmål 2.3", "Råd/utvalg/nettverk", "KD",
             "NHO, KS, Virke, Spekter, YS, Unio", "Hele 2020",
             "LO har fortsatt to representanter i SRY. Rådet har i 2020 særlig arbeidet med læreplasser under "
             "pandemien."),
           R("lo_tv", "Tillitsvalgtskolering om kompetanseutvikling (videreført)", "delmål 2.2", "Kurs/utdanning",
             "LO", "LOs forbund, AOF Norge", "2020, delvis digitalt",
             "Kursene for LOs tillitsvalgte om kompetanseplaner og hovedavtalenes bestemmelser er videreført, "
             "fra våren 2020 som nettkurs."),
           R("bp_ind", "Bransjeprogram industri og bygg – videreføring", "delmål 2.1", "Kurs/utdanning",
             "LO/Fellesforbundet", "NHO, Norsk Industri, BNL, Kompetanse Norge", "2020–2021",
             "Bransjeprogrammet er videreført og utvidet med flere kurs, også for permitterte i industrien."),
           R("lo_arendal20", "Arrangement under Arendalsuka 2020: kompetanse i krisetid", "delmål 2.2 og 3.3",
             "Arrangement", "LO", "Fellesforbundet, Fagforbundet", "18. august 2020, digitalt",
             "LO og forbundene arrangerte et digitalt møte om hvordan permitterte og ledige kan bruke tiden "
             "til opplæring."),
           R("utdloft", "Kompetansetiltak for permitterte (Utdanningsløftet)", "delmål 3.3", "Prosjekt",
             "Regjeringen", "NHO, NAV, fylkeskommunene", "2020–2021",
             "LO har bidratt i arbeidet med regjeringens utdanningsløft for permitterte og ledige, blant annet "
             "med forslag om opplæring under permittering."),
           R("bp_vare", "Bransjeprogram for varehandel (LO/HK)", "delmål 2.1", "Kurs/utdanning",
             "LO/Handel og Kontor", "Virke, NHO Service og Handel, Kompetanse Norge", "Fra høsten 2020",
             "Nytt bransjeprogram som gir ansatte i varehandelen kurs i blant annet netthandel og digital "
             "kundebehandling."),
       ], numbered=True)

report("nho_2020", "NHO", 2020, "B", "pdf",
       "NHO – rapport til Kompetansepolitisk råd for 2020",
       "Tabellen viser NHOs tiltak i 2020 for å følge opp Nasjonal kompetansepolitisk strategi.",
       [
           R("kbu", "Representasjon i Kompetansebehovsutvalget", "1.1", "Råd/utvalg/nettverk", "KD",
             "Hovedorganisasjonene, departementene", "Løpende",
             "NHO deltar fortsatt i utvalget, som i 2020 la fram sin tredje rapport."),
           R("bp_ind", "Bransjeprogrammet for industrien og byggenæringen (videreført)", "2.1, 2.4",
             "Kurs/utdanning", "NHO/Norsk Industri", "Fellesforbundet, BNL, Kompetanse Norge", "2020–2021",
             "Programmet er utvidet i 2020 og har fått flere tilbud for permitterte."),
           R("hurtig", "Hurtigsporet (videreføring)", "3.4", "Informasjon", "NHO", "IMDi, NAV, LO", "2020",
             "NHO fortsetter arbeidet med å koble bedrifter med flyktninger som har etterspurt kompetanse."),
           R("jenter", "«Jenter og teknologi» 2020", "2.3", "Informasjon", "NHO", "Abelia, Norsk Industri",
             "Skoleåret 2020/2021",
             "Kampanjen er gjennomført for femte år, i 2020 med digitale skolebesøk."),
           R("kbaro", "NHOs kompetansebarometer 2020", "1.4, 2.2", "FoU", "NHO", "NIFU", "Publisert høsten 2020",
             "Årets barometer viser at mange bedrifter fortsatt har udekket behov for fagarbeidere, også under "
             "pandemien."),
           R("nho_konf20", "Konferanse: «Fremtidens kompetanse i reiselivet»", "2.4", "Arrangement",
             "NHO Reiseliv", "Reiselivsbedrifter, fagskoler", "3. november 2020, digitalt",
             "Ny digital konferanse om hvilken kompetanse reiselivsnæringen trenger etter koronakrisen, og om "
             "samarbeid med fagskolene."),
       ])

report("ks_2020", "KS", 2020, "A", "pdf",
       "KS' rapportering om oppfølging av Nasjonal kompetansepolitisk strategi 2020",
       "KS – kommunesektorens organisasjon – rapporterer følgende tiltak for 2020.",
       [
           R("rsa", "Fortsatt deltakelse i RSA", "1.4", "Råd/utvalg/nettverk", "Universitetene og høyskolene",
             "KS, NHO, Akademikerne", "Løpende",
             "KS deltar fortsatt i rådene for samarbeid med arbeidslivet ved OsloMet og Universitetet i Oslo."),
           R("bp_helse", "Bransjeprogram for kommunal helse og omsorg – videreføring", "2.1, 3.3",
             "Kurs/utdanning", "KS", "Fagforbundet, Delta, NSF, Kompetanse Norge", "2020–2021",
             "Bransjeprogrammet er videreført med nye tilbud, blant annet kurs i smittevern og "
             "velferdsteknologi."),
           R("ks_digi", "Oppfølging av samarbeidsprosjektet om digital kompetanse", "2.1", "Prosjekt", "KS",
             "KMD, hovedsammenslutningene i kommunesektoren", "2020",
             "Prosjektperioden er over, og KS har samlet erfaringene fra de 71 kommunene i en veileder. "
             "Møteplassene er videreført digitalt."),
           R("kloft", "Kompetanseløft 2020 (videreført ut planperioden)", "2.2, 3.3", "Prosjekt",
             "HOD/Helsedirektoratet", "KS, kommunene", "Ut 2020",
             "KS har fortsatt bidratt med veiledning om kompetanseplanlegging i kommunene i siste år av "
             "planen."),
           R("ks_monitor", "Arbeidslivsmonitoren 2020", "2.2", "FoU", "KS", "", "September 2020",
             "Ny utgave av kommunesektorens arbeidslivsmonitor, med tall for kompetanse, rekruttering og "
             "sykefravær."),
           R("ks_laering", "KS Læring", "2.1", "Informasjon", "KS", "Kommunene", "Løpende",
             "En nettplattform der kommuner kan dele kurs og annen kunnskap med sine ansatte og med hverandre. "
             "Bruken økte kraftig i 2020."),
       ], labels="ks")

report("ys_2020", "YS", 2020, "B", "pdf",
       "YS – rapportering av tiltak 2020, Nasjonal kompetansepolitisk strategi",
       "Yrkesorganisasjonenes Sentralforbund (YS) rapporterer følgende tiltak for 2020.",
       [
           R("kbu", "YS i Kompetansebehovsutvalget", "1.1", "Råd/utvalg/nettverk", "KD",
             "Hovedorganisasjonene i arbeidslivet", "Løpende",
             "YS er representert i KBU og har bidratt til utvalgets tredje rapport (NOU 2020: 2)."),
           R("karrforum", "Nasjonalt karriereveiledningsforum – YS deltar fortsatt", "1.3", "Råd/utvalg/nettverk",
             "Kompetanse Norge", "Partene i arbeidslivet, NAV, fylkeskommunene", "Løpende",
             "YS er fortsatt medlem av forumet og har i 2020 vært opptatt av veiledning av permitterte."),
           R("ys_tv", "Tillitsvalgtkurs i kompetanseutvikling – videreført 2020", "2.2", "Kurs/utdanning", "YS",
             "YS-forbundene", "Tre kurs i 2020",
             "YS' kursrekke for tillitsvalgte om kompetanseplaner er videreført, i 2020 som nettkurs."),
           R("ys_afi", "Analyse av digitale endringer i arbeidslivet – fase 2", "2.1", "FoU", "YS",
             "AFI, OsloMet", "2020",
             "Andre del av AFIs analyse for YS ser på hvordan ansatte i finans og varehandel lærer nye digitale "
             "verktøy."),
           R("ys_baro", "YS Arbeidslivsbarometer 2020", "2.2", "FoU", "YS", "AFI, OsloMet",
             "Publisert november 2020",
             "Årets barometer har et eget kapittel om hjemmekontor og læring under koronapandemien."),
           R("reform", "Oppfølging av kompetansereformen «Lære hele livet»", "2.2", "Råd/utvalg/nettverk", "KD",
             "Partene i arbeidslivet", "2020",
             "YS har gitt innspill til stortingsmeldingen om kompetansereformen og deltar i oppfølgingen "
             "sammen med de andre partene."),
       ])

report("virke_2020", "Virke", 2020, "C", "docx",
       "Virkes rapportering til Kompetansepolitisk råd – 2020",
       "Hovedorganisasjonen Virke rapporterer her sine tiltak for 2020.",
       [
           R("sry", "Representasjon i Samarbeidsrådet for yrkesopplæring (SRY) og faglige råd", "2.3",
             "Råd/utvalg/nettverk", "KD/Udir", "LO, NHO, KS, Spekter, YS, Unio", "Løpende",
             "Virke har fortsatt representanter i SRY og i de faglige rådene for blant annet salg, service og "
             "reiseliv."),
           R("samfk", "Samfunnskontrakten for flere læreplasser – fortsatt arbeid", "2.3", "Informasjon", "Virke",
             "KD, medlemsvirksomhetene", "2020",
             "Virke har fortsatt å oppfordre medlemmene til å ta inn lærlinger, også under pandemien."),
           R("balanse", "Balansekunst – utprøving av modell for dokumentasjon av kompetanse fra arbeidslivet",
             "2.5, 2.2", "Forskning og utvikling", "Virke", "LO, YS, NHO", "2020",
             "Utprøvingen av modellen fra rapporten «Balansekunst» er videreført, og erfaringene fra tre "
             "bransjer er oppsummert."),
           R("virke_hr", "HR-nettverket (videreført)", "2.2", "Råd/utvalg/nettverk", "Virke",
             "Medlemsvirksomhetene", "2020, digitale samlinger",
             "Virkes nettverk for HR-ledere har i 2020 hatt digitale samlinger om kompetanseutvikling under "
             "omstilling."),
           R("bp_vare", "Bransjeprogram for varehandelen", "2.1, 2.4", "Kurs/utdanning", "Virke",
             "HK, NHO Service og Handel, Kompetanse Norge", "Fra høsten 2020",
             "Virke har sammen med Handel og Kontor og NHO Service og Handel fått på plass et bransjeprogram "
             "med korte kurs for ansatte i varehandelen."),
       ], numbered=False)

report("unio_2020", "Unio", 2020, "A", "pdf",
       "Unios rapport til Kompetansepolitisk råd 2020",
       "Unio – hovedorganisasjon for universitetsutdannede – rapporterer følgende tiltak for 2020.",
       [
           R("bp_helse", "Bransjeprogram – kommunal helse- og omsorgssektor", "2.1", "Kurs/utdanning",
             "KS og Kompetanse Norge", "Unio/NSF, Fagforbundet, Delta", "2020–2021",
             "Unio deltar fortsatt i bransjeprogrammet, som i 2020 har fått nye tilbud om videreutdanning for "
             "sykepleiere."),
           R("statfond", "Kompetansefondet i staten (videreført)", "2.1", "Råd/utvalg/nettverk", "KMD",
             "LO Stat, YS Stat, Akademikerne", "Årlig",
             "Unio er fortsatt med i styret som fordeler kompetansemidler i staten."),
           R("unio_studief", "Studieforbund og kurs for medlemmene (fortsatt)", "3.6", "Kurs/utdanning", "Unio",
             "Unios forbund, studieforbundene", "2020",
             "Forbundene har fortsatt å bruke studieforbundene, i 2020 i stor grad med digitale kurs."),
           R("unio_pandemi", "Rapport om kompetansebehov i helse under pandemien", "2.2", "FoU", "Unio",
             "Ny Analyse", "Desember 2020",
             "Rapporten ser på hvilke kompetansebehov pandemien har avdekket i helse- og omsorgstjenestene."),
           R("ks_digi", "Digital kompetanse i kommunene – avslutning av partssamarbeidet", "2.1", "Prosjekt",
             "KS", "KMD, LO Kommune, YS Kommune, Unio", "2020",
             "Unio har deltatt i oppsummeringen av samarbeidet om digital kompetanse, som KS ledet i "
             "2018–2019."),
       ], labels="unio")

report("spekter_2020", "Spekter", 2020, "D", "pdf",
       "Spekters rapportering til Kompetansepolitisk råd 2020",
       "Arbeidsgiverforeningen Spekter rapporterer her tiltak gjennomført i 2020.",
       [
           R("spk_dialog", "Dialogmøte med representantene i faglige råd (digitalt)", "2.3", "Arrangement",
             "Spekter", "Spekters medlemsvirksomheter", "Mai 2020",
             "Det årlige møtet med Spekters representanter i de faglige rådene ble gjennomført digitalt."),
           R("spk_moteplass", "Møteplass lærebedrifter (videreført)", "2.3", "Arrangement", "Spekter",
             "Fylkeskommuner, opplæringskontorer", "Februar 2020",
             "Den årlige møteplassen for lærebedrifter blant medlemsvirksomhetene ble gjennomført før "
             "nedstengingen i mars."),
           R("fleks", "Tildelingsutvalget for Kompetanseprogrammet", "2.1", "Råd/utvalg/nettverk",
             "Kompetanse Norge", "Partene i arbeidslivet", "2020",
             "Spekter sitter fortsatt i utvalget som tildeler midler til fleksible videreutdanningstilbud, nå "
             "under navnet Kompetanseprogrammet."),
           R("spk_kartl", "Kartlegging av kompetanseutvikling i Spekters medlemsvirksomheter", "2.2", "FoU",
             "Spekter", "Spekters medlemmer", "Høsten 2020",
             "Spørreundersøkelse om hvordan medlemsvirksomhetene planlegger og finansierer kompetanseutvikling "
             "for sine ansatte."),
           R("spk_leder", "Lederutvikling for omstilling i helseforetakene", "2.1", "Kurs/utdanning", "Spekter",
             "De regionale helseforetakene", "2020–2021",
             "Program for ledere i helseforetakene om hvordan de kan lede kompetanseutvikling i digitale "
             "omstillingsprosesser."),
       ])

report("vofo_2020", "VOFO", 2020, "A", "docx",
       "VOFO – rapportering til Kompetansepolitisk råd for 2020",
       "Voksenopplæringsforbundet (VOFO) rapporterer på vegne av frivilligheten og studieforbundene.",
       [
           R("vofo_kplus_info", "Fortsatt informasjonsarbeid om Kompetansepluss", "3.2", "Informasjon", "VOFO",
             "Studieforbundene", "2020",
             "VOFO har fortsatt informasjonsarbeidet om Kompetansepluss frivillighet overfor studieforbundene "
             "og medlemsorganisasjonene."),
           R("vofo_fafo", "Studieforbundene som læringsarena – sluttrapport fra Fafo", "3.6", "FoU", "VOFO",
             "Fafo", "Sluttrapport juni 2020",
             "Sluttrapporten fra forskningsprosjektet viser at kurs i studieforbund gir mange deltakere lyst "
             "til å lære mer."),
           R("studief_regel", "Oppfølging av regelverksendringene i studieforbundsordningen", "3.6",
             "Råd/utvalg/nettverk", "VOFO", "KD, studieforbundene", "2020",
             "VOFO har fulgt opp den nye forskriften til voksenopplæringsloven og veiledet studieforbundene om "
             "de nye reglene."),
           R("vofo_digital", "Digital omstilling i studieforbundene under koronapandemien", "3.6", "Prosjekt",
             "VOFO", "Studieforbundene", "Mars–desember 2020",
             "Prosjektet hjalp studieforbundene med å flytte kurs over på nett da fysiske samlinger ble "
             "stengt."),
       ], labels="vofo")

report("trondelag_fk_2020", "Trøndelag fylkeskommune", 2020, "B", "pdf",
       "Trøndelag fylkeskommune – rapportering 2020",
       "Rapportering til Kompetansepolitisk råd om regionale tiltak i Trøndelag i 2020.",
       [
           R("trd_strategi", "Regional kompetansestrategi for Trøndelag – gjennomføring", "1.2", "Prosjekt",
             "Trøndelag fylkeskommune", "NAV, NHO, LO, KS, NTNU, Nord universitet", "2020–2023",
             "Strategien ble vedtatt i 2020, og handlingsprogrammet følges opp av partnerskapet."),
           R("trd_forum", "Kompetanseforum Trøndelag (videreført)", "1.2", "Råd/utvalg/nettverk",
             "Trøndelag fylkeskommune", "Partene i arbeidslivet, NAV, Fylkesmannen, UH-sektoren", "2020",
             "Forumet har i 2020 særlig samordnet opplæringstilbud for permitterte."),
           R("trd_karriere", "Karrieresenteret – veiledning for voksne", "1.3", "Kurs/utdanning",
             "Trøndelag fylkeskommune", "NAV", "Løpende",
             "Karrieresenteret har videreført veiledningen, i 2020 mest på telefon og nett."),
           R("trd_fagbrev", "Fagbrev på jobb – fortsatt opptak", "3.1", "Kurs/utdanning", "Trøndelag fylkeskommune",
             "Bedrifter, opplæringskontorer", "2020",
             "Ordningen er utvidet til flere fag, blant annet industrifag og barne- og "
             "ungdomsarbeiderfaget."),
           R("trd_fagskole", "Desentralisert fagskoletilbud i helsefag", "3.1", "Kurs/utdanning",
             "Trøndelag fylkeskommune", "Fagskolen i Trøndelag, kommunene", "Fra høsten 2020",
             "Nytt nettbasert fagskoletilbud for helsefagarbeidere som vil videreutdanne seg uten å flytte."),
       ])

report("vestland_fk_2020", "Vestland fylkeskommune", 2020, "C", "pdf",
       "Vestland fylkeskommune – rapportering til Kompetansepolitisk råd 2020",
       "Vestland fylkeskommune vart etablert 1. januar 2020. Her rapporterer vi tiltak som følgjer opp "
       "Nasjonal kompetansepolitisk strategi.",
       [
           R("vl_plan", "Regional plan for kompetanse og arbeidskraft i Vestland", "1.2", "Prosjekt",
             "Vestland fylkeskommune", "NAV, NHO, LO, KS, Universitetet i Bergen, HVL", "2020–2021",
             "Fylkeskommunen har starta arbeidet med ein regional plan for kompetanse og arbeidskraft for den "
             "nye fylkeskommunen. Planen skal vedtakast i 2021."),
           R("vl_kbu", "Regionalt kompetansebehovsutval for Vestland", "1.2", "Råd/utvalg/nettverk",
             "Vestland fylkeskommune", "NAV Vestland, partane i arbeidslivet, HVL", "Etablert 2020",
             "Utvalet skal samanstille kunnskap om kompetansebehova i Vestland og gi råd til fylkeskommunen og "
             "partnarskapet."),
           R("vl_karriere", "Partnarskap for karriererettleiing i Vestland", "1.3", "Råd/utvalg/nettverk",
             "Vestland fylkeskommune", "NAV, kommunane, Karriere Vestland", "Løpande",
             "Partnarskapet samordnar karriererettleiinga for vaksne i fylket."),
           R("vl_fagbrev", "Fagbrev på jobb i Vestland", "3.1", "Kurs/utdanning", "Vestland fylkeskommune",
             "Opplæringskontor, bedrifter", "Frå 2020",
             "Vaksne tilsette kan ta fagbrev gjennom arbeidet sitt. Første kull i Vestland starta i "
             "helsearbeidarfaget og industrimekanikarfaget."),
           R("vl_vo", "Nettverk for vaksenopplæring i Vestland", "3.1", "Råd/utvalg/nettverk",
             "Vestland fylkeskommune", "Kommunane, vidaregåande skular", "Løpande",
             "Nettverket skal gi betre samanheng mellom grunnskuleopplæring og vidaregåande opplæring for "
             "vaksne."),
       ], numbered=False)

NEAR_MISSES = [
    ("lo_tv", "ys_tv", "Two unions' own, separate shop-steward courses on competence development (LO vs YS)."),
    ("trd_strategi", "vl_plan", "Two counties' own regional competence strategy/plan (Trøndelag vs Vestland)."),
    ("econa_evu", "econa_yngre", "Two different Ny Analyse reports for Akademikerne/Econa in the same year."),
    ("spk_fagskole", "spk_integr", "Spekter's two different 2019 conferences (fagskole vs integration of refugees)."),
    ("arendal19", "lo_arendal20", "LO's joint 2019 Arendalsuka debate with Spekter vs LO's own, different 2020 "
                                  "digital Arendalsuka event."),
    ("bp_ind", "bp_helse", "Different bransjeprogram: industri og bygg vs kommunal helse og omsorg."),
    ("bp_ind", "bp_vare", "Different bransjeprogram: industri og bygg vs varehandel (new in 2020)."),
    ("bp_helse", "bp_vare", "Different bransjeprogram: kommunal helse og omsorg vs varehandel."),
    ("vofo_eval", "kplus_eval", "Evaluation of Kompetansepluss frivillig (VOFO) vs evaluation of Kompetansepluss "
                                "arbeid (Kompetanse Norge) - different schemes, different evaluators."),
    ("sry", "spk_dialog", "Membership of SRY vs Spekter's own yearly meeting with its representatives in the "
                          "faglige råd."),
    ("kbu", "vl_kbu", "National Kompetansebehovsutvalget vs Vestland's regional kompetansebehovsutval."),
    ("nho_konf19", "nho_konf20", "Two one-off NHO conferences with similar «Fremtidens ...» names in 2019 and 2020."),
    ("ys_afi", "ys_baro", "Two different AFI studies for YS (digitalisation analysis vs yearly "
                          "Arbeidslivsbarometer)."),
    ("trd_fagbrev", "vl_fagbrev", "Each county runs its own 'Fagbrev på jobb' scheme (Trøndelag vs Vestland)."),
    ("spk_moteplass", "samfk", "Spekter's own yearly meeting for apprentice companies mentions the "
                               "samfunnskontrakt but is not the contract itself."),
    ("kplussfag", "vofo_kplus_info", "Trial linking Kompetansepluss arbeid with fagopplæring vs VOFO's information "
                                     "work on Kompetansepluss frivillighet."),
    ("karrforum", "vl_karriere", "National forum for career guidance vs Vestland's regional partnership for "
                                 "career guidance."),
]

# --------------------------------------------------------------------------------------
# Ground truth
# --------------------------------------------------------------------------------------
def delmal_codes(s):
    return re.findall(r"\b[123]\.[1-6]\b", s)


def assign_ids():
    ids = {}
    for rep in sorted(REPORTS, key=lambda r: r["year"]):
        for row in rep["rows"]:
            if row["key"] not in ids:
                ids[row["key"]] = "T%02d" % (len(ids) + 1)
    return ids


def build_expected(ids):
    keys_2019 = {(r["reporter"], row["key"]) for r in REPORTS if r["year"] == 2019 for row in r["rows"]}
    exp = {}
    for rep in REPORTS:
        ms = []
        for row in rep["rows"]:
            cont = rep["year"] == 2020 and (rep["reporter"], row["key"]) in keys_2019
            ms.append({"title": row["title"], "delmal": delmal_codes(row["delmal"]), "type": row["type"],
                       "responsible": row["responsible"], "partners": row["partners"],
                       "period": row["period"], "description": row["description"],
                       "tiltak_id": ids[row["key"]], "continues": cont})
        exp[rep["file"]] = {"reporter": rep["reporter"], "report_year": rep["year"], "measures": ms}
    return exp


# --------------------------------------------------------------------------------------
# docx writers
# --------------------------------------------------------------------------------------
LABELS = {
    "default": ["Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse",
                "Tidspunkt og varighet"],
    "ks": ["Navn på tiltak", "Relasjon til delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere",
           "Beskrivelse", "Tidspunkt og varighet"],
    "unio": ["Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse av tiltaket",
             "Tidspunkt og varighet"],
    "vofo": ["Navn på tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse",
             "Tidspunkt og varighet"],
}
FIELDS = ["title", "delmal", "type", "responsible", "partners", "description", "period"]


def new_doc(rep, landscape=False):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    doc.add_heading(rep["heading"], level=1)
    doc.add_paragraph("Rapporteringsår: %d" % rep["year"])
    doc.add_paragraph(rep["intro"])
    return doc


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trPr.append(el)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)


def set_widths(table, widths):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(round(w * 567))))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)


def layout_A(rep):
    """One two-column form table (label | answer) per measure."""
    doc = new_doc(rep)
    labels = LABELS[rep["opt"].get("labels", "default")]
    for i, row in enumerate(rep["rows"], 1):
        doc.add_heading("Tiltak %d" % i, level=2)
        t = doc.add_table(rows=len(FIELDS), cols=2)
        t.style = "Table Grid"
        for r, (lab, f) in enumerate(zip(labels, FIELDS)):
            set_cell(t.cell(r, 0), lab, bold=True)
            set_cell(t.cell(r, 1), row[f])
            cant_split(t.rows[r])
        set_widths(t, [4.5, 12.5])
        doc.add_paragraph("")
    return doc


def layout_B(rep):
    """One landscape table, a row per measure."""
    doc = new_doc(rep, landscape=True)
    heads = ["Tiltak", "Delmål", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Beskrivelse",
             "Tidspunkt og varighet"]
    widths = [4.7, 1.8, 3.4, 3.3, 4.1, 5.8, 2.6]
    t = doc.add_table(rows=1 + len(rep["rows"]), cols=len(heads))
    t.style = "Table Grid"
    for c, h in enumerate(heads):
        set_cell(t.cell(0, c), h, bold=True, size=9)
    repeat_header(t.rows[0])
    cant_split(t.rows[0])
    for r, row in enumerate(rep["rows"], 1):
        for c, f in enumerate(FIELDS):
            set_cell(t.cell(r, c), row[f], size=9)
        cant_split(t.rows[r])
    set_widths(t, widths)
    return doc


def labelled_para(doc, label, value):
    p = doc.add_paragraph()
    p.add_run(label + ": ").bold = True
    p.add_run(value)
    return p


def layout_C(rep):
    """A heading per measure followed by 'Label: value' lines."""
    doc = new_doc(rep)
    numbered = rep["opt"].get("numbered", False)
    for i, row in enumerate(rep["rows"], 1):
        doc.add_heading(("%d. " % i if numbered else "") + row["title"], level=2)
        labelled_para(doc, "Delmål", row["delmal"])
        labelled_para(doc, "Type tiltak", row["type"])
        labelled_para(doc, "Ansvarlig", row["responsible"])
        if row["partners"]:
            labelled_para(doc, "Samarbeidspartnere", row["partners"])
        labelled_para(doc, "Beskrivelse", row["description"])
        labelled_para(doc, "Tidspunkt og varighet", row["period"])
    return doc


def layout_D(rep):
    """Spekter's numbered form: list of reporting points, then four numbered headings per measure."""
    doc = new_doc(rep)
    p = doc.add_paragraph()
    p.add_run("Rapporteringspunkter:").bold = True
    for i, row in enumerate(rep["rows"], 1):
        doc.add_paragraph("%d. %s" % (i, row["title"]))
        doc.add_paragraph("Relasjon til delmål %s." % row["delmal"])
    for row in rep["rows"]:
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        doc.add_paragraph().add_run("1. Tiltak i Nasjonal kompetansepolitisk strategi").bold = True
        doc.add_paragraph(row["title"])
        doc.add_paragraph("Relasjon til delmål %s." % row["delmal"])
        doc.add_paragraph("Type tiltak: %s" % row["type"])
        doc.add_paragraph().add_run("2. Ansvarlig og samarbeidspartnere").bold = True
        doc.add_paragraph("Ansvarlig: %s" % row["responsible"])
        if row["partners"]:
            doc.add_paragraph("Samarbeidspartnere: %s" % row["partners"])
        doc.add_paragraph().add_run("3. Beskrivelse av tiltaket (maks en halv side)").bold = True
        doc.add_paragraph(row["description"])
        doc.add_paragraph().add_run("4. Tidspunkt og varighet").bold = True
        doc.add_paragraph(row["period"])
    return doc


LAYOUTS = {"A": layout_A, "B": layout_B, "C": layout_C, "D": layout_D}


def to_pdf(docx_path, outdir):
    prof = tempfile.mkdtemp(prefix="lo_m1_")
    try:
        subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "pdf",
                        "--outdir", outdir, docx_path], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


# --------------------------------------------------------------------------------------
# PDF check
# --------------------------------------------------------------------------------------
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check_pdf(path, rep):
    import pdfplumber
    problems = []
    words, text, cells = set(), [], []
    with pdfplumber.open(path) as pdf:
        if str(rep["year"]) not in (pdf.pages[0].extract_text() or ""):
            problems.append("year not on first page")
        for pg in pdf.pages:
            text.append(pg.extract_text() or "")
            for w in pg.extract_words():
                words.add(w["text"])
            for tb in pg.extract_tables():
                for r in tb:
                    cells.extend(norm(c) for c in r if c)
    full = norm(" ".join(text))
    strip = lambda w: w.strip(".,:;()«»?!")
    wset = {strip(w) for w in words}
    for row in rep["rows"]:
        t = norm(row["title"])
        if t not in full and t not in cells:
            problems.append("title not found as text: %r" % t)
        for f in ("title", "description", "responsible", "partners", "period", "type"):
            for tok in row[f].split():
                if strip(tok) and strip(tok) not in wset:
                    problems.append("word %r (%s of %r) not extracted whole" % (tok, f, row["title"]))
    # reverse check: every extracted word must be a whole word of the source text
    src = [rep["heading"], rep["intro"], "Rapporteringsår: %d" % rep["year"], "Rapporteringspunkter:",
           "Relasjon til delmål", "1. Tiltak i Nasjonal kompetansepolitisk strategi",
           "2. Ansvarlig og samarbeidspartnere", "3. Beskrivelse av tiltaket (maks en halv side)",
           "4. Tidspunkt og varighet", "Tiltak Delmål Type tiltak Ansvarlig Samarbeidspartnere Beskrivelse",
           "Tidspunkt og varighet"]
    src += [" ".join(v) for v in LABELS.values()]
    for i, row in enumerate(rep["rows"], 1):
        src += ["%d." % i, "Tiltak %d" % i] + [row[f] for f in FIELDS]
    stoks = {strip(t) for s in src for t in s.split()}
    for w in sorted(wset):
        if w and w not in stoks:
            problems.append("extracted word %r is not a source word (broken?)" % w)
    return problems


# --------------------------------------------------------------------------------------
def main():
    ids = assign_ids()
    # clean earlier outputs
    for fn in os.listdir(OUT):
        if re.match(r".+_20(19|20)\.(docx|pdf)$", fn):
            os.remove(os.path.join(OUT, fn))
    tmp = tempfile.mkdtemp(prefix="m1build_")
    try:
        for rep in REPORTS:
            doc = LAYOUTS[rep["layout"]](rep)
            if rep["fmt"] == "docx":
                doc.save(os.path.join(OUT, rep["file"]))
            else:
                dp = os.path.join(tmp, rep["base"] + ".docx")
                doc.save(dp)
                to_pdf(dp, tmp)
                shutil.move(os.path.join(tmp, rep["base"] + ".pdf"), os.path.join(OUT, rep["file"]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    exp = build_expected(ids)
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    nm = [{"a": ids[a], "b": ids[b], "why": why} for a, b, why in NEAR_MISSES]
    with open(os.path.join(OUT, "near_misses.json"), "w", encoding="utf-8") as f:
        json.dump(nm, f, ensure_ascii=False, indent=1)

    # statistics
    from collections import defaultdict
    rows_by_id = defaultdict(list)
    for fn, r in exp.items():
        for m in r["measures"]:
            rows_by_id[m["tiltak_id"]].append((r["reporter"], r["report_year"]))
    joint = {t for t, v in rows_by_id.items() if any(len({rp for rp, y in v if y == yr}) > 1 for yr in (2019, 2020))}
    single = {t for t, v in rows_by_id.items() if len(v) == 1}
    ncont = sum(m["continues"] for r in exp.values() for m in r["measures"])
    nmeas = sum(len(r["measures"]) for r in exp.values())
    print("files %d, measures %d, distinct tiltak %d, joint groups %d, continuing rows %d, singletons %d, "
          "near-miss pairs %d" % (len(exp), nmeas, len(rows_by_id), len(joint), ncont, len(single), len(nm)))

    # PDF check
    bad = 0
    for rep in REPORTS:
        if rep["fmt"] == "pdf":
            probs = check_pdf(os.path.join(OUT, rep["file"]), rep)
            for p in probs:
                print("PDF PROBLEM", rep["file"], p)
            bad += len(probs)
    print("PDF check:", "OK" if not bad else "%d problems" % bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
