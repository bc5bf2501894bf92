#!/usr/bin/env python3
"""Blind labelled test batch for NKPS record linkage (match6).

All reports are defined below as Python data. The script writes .docx files with
python-docx, converts half of them to PDF with LibreOffice (in a temp folder, only
the PDF is kept), writes expected.json and near_misses.json from the same data, and
checks with pdfplumber that every title, reporter and year come out of each PDF.

Run: /work/blind/.venvm2/bin/python make_batch.py
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT

OUT = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(OUT, "reports")

DELMAL_TEXT = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Koble kompetansebehov i virksomheter og klynger til opplærings- og utdanningstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle og forbedre godkjenning og vurdering av utenlandsk utdanning",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæringen for arbeidssøkere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til at flere finner læringsmotivasjon gjennom opplæring i frivillig sektor",
}

# canonical type -> printed variants (chosen per report by type_style index)
TYPE_PRINT = {
    "FoU": ["FoU", "Forskning og utvikling", "FoU-tiltak"],
    "Kurs/utdanning": ["Kurs/utdanning", "Kurs", "Utdanning/kurs"],
    "Råd/utvalg/nettverk": ["Råd/utvalg/nettverk", "Råd/utvalg/ nettverk", "Nettverk/råd"],
    "Prosjekt": ["Prosjekt", "prosjekt", "Prosjekter"],
    "Informasjon": ["Informasjon", "Informasjonstiltak", "informasjon"],
    "Arrangement": ["Arrangement", "Konferanse/arrangement", "arrangement"],
}


def R(tid, title, delmal, typ, resp, partners, period, desc, cont=False):
    assert typ in TYPE_PRINT, typ
    for d in delmal:
        assert d in DELMAL_TEXT, d
    return dict(tiltak_id=tid, title=title, delmal=list(delmal), type=typ,
                responsible=resp, partners=partners, period=period,
                description=desc, continues=cont)


def fmt_delmal(codes, style):
    if style == "code":
        return ", ".join(codes)
    if style == "prefixed":
        if len(codes) == 1:
            return "Delmål " + codes[0]
        return "Delmål " + ", ".join(codes[:-1]) + " og " + codes[-1]
    if style == "text":
        return "; ".join(DELMAL_TEXT[c] for c in codes)
    if style == "codetext":
        return "; ".join(c + " " + DELMAL_TEXT[c] for c in codes)
    raise ValueError(style)


REPORTS = []


def report(file, reporter, year, heading, template, rows, **opt):
    REPORTS.append(dict(file=file, reporter=reporter, year=year, heading=heading,
                        template=template, rows=rows, opt=opt))


# ---------------------------------------------------------------- 1 KD 2022 (docx, matrix)
report("KD_oppfolging_NKPS_2022.docx", "KD", 2022,
       "Kunnskapsdepartementet (KD) – rapportering for 2022 om oppfølging av Nasjonal kompetansepolitisk strategi",
       "matrix", [
           R("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD",
             "ASD, KMD, partene i arbeidslivet, HK-dir", "2017–",
             "Utvalget leverer analyser av Norges kompetansebehov. Ny utvalgsperiode med nytt mandat fra 2022."),
           R("T10", "Bransjeprogram for kompetanseutvikling", ["2.1", "2.4"], "Kurs/utdanning", "KD",
             "ASD, HK-dir, partene i arbeidslivet", "2020–2024",
             "Trepartssamarbeid om korte, fleksible etter- og videreutdanningstilbud for bransjer i omstilling."),
           R("T13", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Råd/utvalg/nettverk", "KD",
             "Partene i arbeidslivet, Udir", "Løpende",
             "Rådgivende organ for departementet om fag- og yrkesopplæringen."),
           R("T15", "Samfunnskontrakten for flere læreplasser", ["2.3"], "Råd/utvalg/nettverk", "KD",
             "LO, NHO, KS, Virke, Spekter, Unio, YS", "2022–2026",
             "Ny samfunnskontrakt signert i 2022 med mål om at flere søkere får læreplass."),
           R("T06", "Nasjonal tjeneste for digital karriereveiledning", ["1.3"], "Informasjon", "KD",
             "HK-dir", "Løpende",
             "Departementet finansierer den nasjonale digitale karriereveiledningstjenesten som driftes av HK-dir."),
           R("T45", "Modulstrukturert opplæring for voksne", ["3.1"], "Prosjekt", "KD",
             "Udir, fylkeskommunene", "2017–2023",
             "Forsøk med modulstrukturert fag- og yrkesopplæring for voksne i et utvalg fylker."),
           R("T39", "Tilskudd til kompletterende utdanning", ["2.6"], "Kurs/utdanning", "KD",
             "HK-dir, universiteter og høyskoler", "Årlig",
             "Tilskudd til universiteter og høyskoler som tilbyr kompletterende utdanning for personer med utenlandsk høyere utdanning."),
           R("T38", "Oppdrag til HK-dir om kortere saksbehandlingstid for godkjenning av utenlandsk utdanning",
             ["2.6"], "Prosjekt", "KD", "HK-dir", "2022–2023",
             "HK-dir har fått i oppdrag å redusere saksbehandlingstiden for godkjenning av utenlandsk fag- og yrkesopplæring."),
           R("T20", "Tilskudd til fleksible og desentraliserte utdanningstilbud (Kompetanseprogrammet)",
             ["1.4", "2.4"], "Kurs/utdanning", "KD", "HK-dir, fylkeskommunene", "2020–2023",
             "Tilskuddsordning for fleksible videreutdanningstilbud i samarbeid mellom utdanningstilbydere og arbeidslivet."),
       ],
       columns=[("Delmål", "delmal"), ("Tiltak", "title"), ("Type tiltak", "type"), ("Ansvarlig", "responsible"),
                ("Samarbeidspartnere", "partners"), ("Periode", "period"), ("Beskrivelse", "description")],
       delmal_style="code", type_style=0)

# ---------------------------------------------------------------- 2 KD 2023 (pdf, numbered headings)
report("Rapport_KD_2023.pdf", "KD", 2023,
       "Rapportering 2023 fra KD – Nasjonal kompetansepolitisk strategi",
       "numbered", [
           R("T01", "KBU – Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD",
             "ASD, KMD, hovedorganisasjonene, HK-dir (sekretariat)", "2017–",
             "Utvalget la i 2023 fram en temarapport om kompetansebehov i helse- og omsorgssektoren.", True),
           R("T10", "Bransjeprogrammene (trepartssamarbeid)", ["2.1", "2.4"], "Kurs/utdanning", "KD",
             "ASD, HK-dir, partene i arbeidslivet", "2020–2024",
             "Programmet er utvidet med nye bransjer. Over 20 000 deltakere siden oppstart.", True),
           R("T45", "Moduler i fag- og yrkesopplæringen for voksne – nasjonal innføring", ["3.1"], "Prosjekt", "KD",
             "Udir, fylkeskommunene", "2023–",
             "Forsøket med modulstrukturert opplæring er avsluttet og ordningen innføres nasjonalt.", True),
           R("T15", "Samfunnskontrakt for flere læreplasser 2022–2026", ["2.3"], "Råd/utvalg/nettverk", "KD",
             "Partene i arbeidslivet, KS", "2022–2026",
             "Oppfølging av kontrakten med halvårlige møter i kontraktsgruppen.", True),
           R("T50", "Arbeid med ny opplæringslov – voksnes rett til videregående opplæring", ["3.1"],
             "Prosjekt", "KD", "Udir", "2023–2024",
             "Ny opplæringslov gir voksne rett til å ta ny videregående opplæring og til fagbrev."),
           R("T51", "Forskningsprogram om livslang læring i arbeidslivet", ["2.2"], "FoU", "KD",
             "Forskningsrådet, ASD", "2023–2028",
             "Nytt program i Forskningsrådet som skal styrke kunnskapsgrunnlaget om læring i arbeidslivet."),
           R("T52", "Styrking av de regionale karrieresentrene", ["1.3"], "Prosjekt", "KD",
             "Fylkeskommunene, HK-dir", "2023",
             "Økte midler over rammetilskuddet til fylkeskommunenes karrieresentre for å gi voksne bedre tilgang til veiledning."),
           R("T38", "Raskere godkjenning av utenlandsk utdanning – oppfølging av oppdraget til HK-dir", ["2.6"],
             "Prosjekt", "KD", "HK-dir", "2022–2024",
             "Departementet følger opp oppdraget om kortere saksbehandlingstid gjennom etatsstyringen.", True),
       ], delmal_style="prefixed", type_style=1)

# ---------------------------------------------------------------- 3 HK-dir 2023 (pdf, form table per measure)
report("HK-dir_rapportering_2023.pdf", "HK-dir", 2023,
       "Direktoratet for høyere utdanning og kompetanse (HK-dir): Rapportering NKPS 2023",
       "form", [
           R("T06", "Karriereveiledning.no – nasjonal digital karriereveiledning", ["1.3"], "Informasjon", "HK-dir",
             "KD, fylkeskommunene", "Løpende",
             "Nettsted, chat og telefon med karriereveiledere for alle over 19 år."),
           R("T09", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Prosjekt", "HK-dir",
             "Fylkeskommunene, KS, karrieresentrene", "2022–2024",
             "Videreutvikling av rammeverket med kompetansestandard for karriereveiledere og etiske retningslinjer."),
           R("T10", "Forvaltning av tilskudd til bransjeprogrammene", ["2.1", "2.4"], "Kurs/utdanning", "HK-dir",
             "KD, ASD, partene i arbeidslivet", "2020–2024",
             "HK-dir lyser ut og forvalter midlene i bransjeprogrammene og følger opp tilbyderne."),
           R("T17", "Kompetansepluss arbeid", ["3.2"], "Kurs/utdanning", "HK-dir",
             "Virksomheter, opplæringstilbydere, NAV", "Årlig",
             "Tilskudd til opplæring i lesing, skriving, regning, muntlige og digitale ferdigheter på arbeidsplassen."),
           R("T18", "Kompetansepluss frivillighet", ["3.2", "3.6"], "Kurs/utdanning", "HK-dir",
             "VOFO, studieforbundene, frivillige organisasjoner", "Årlig",
             "Tilskudd til frivillige organisasjoner som gir opplæring i grunnleggende ferdigheter."),
           R("T20", "Kompetanseprogrammet – fleksible utdanningstilbud", ["1.4", "2.4"], "Kurs/utdanning", "HK-dir",
             "Universiteter, høyskoler, fagskoler, fylkeskommunene", "2020–2023",
             "Utlysning og oppfølging av prosjekter med fleksible og desentraliserte utdanningstilbud."),
           R("T38", "Raskere godkjenning av utenlandsk fag- og yrkesopplæring", ["2.6"], "Prosjekt", "HK-dir",
             "KD", "2022–2024",
             "Digitalisering av søknadsprosessen og nye rutiner har redusert saksbehandlingstiden."),
           R("T01", "Sekretariatsfunksjon for utvalget som analyserer Norges kompetansebehov", ["1.1"],
             "Råd/utvalg/nettverk", "HK-dir", "KD", "Løpende",
             "HK-dir er sekretariat for Kompetansebehovsutvalget og bidrar med analyser og statistikk."),
           R("T54", "Spørreundersøkelse om voksnes deltakelse i læring", ["2.2"], "FoU", "HK-dir",
             "Statistisk sentralbyrå", "Høsten 2023",
             "Landsrepresentativ undersøkelse om voksnes deltakelse i formell og uformell læring. Resultatene publiseres i 2024."),
       ], labels=[("Navn på tiltak", "title"), ("Relasjon til delmål", "delmal"), ("Type tiltak", "type"),
                  ("Ansvarlig", "responsible"), ("Samarbeidspartnere", "partners"),
                  ("Tidspunkt og varighet", "period"), ("Beskrivelse", "description")],
       delmal_style="prefixed", type_style=0)

# ---------------------------------------------------------------- 4 HK-dir 2024 (docx, matrix)
report("hkdir_nkps_2024.docx", "HK-dir", 2024,
       "HK-dir – oppfølging av Nasjonal kompetansepolitisk strategi, rapport 2024",
       "matrix", [
           R("T06", "Karriereveiledning.no – chat, telefon og nye selvbetjeningsverktøy", ["1.3"], "Informasjon",
             "HK-dir", "KD", "Løpende",
             "Tjenesten har fått nye verktøy for selvhjelp og utvidet åpningstid på chat.", True),
           R("T17", "Kompetansepluss – tilskudd til opplæring i grunnleggende ferdigheter på arbeidsplassen",
             ["3.2"], "Kurs/utdanning", "HK-dir", "NAV, virksomheter", "Årlig",
             "Ordningen er videreført med vekt på digitale ferdigheter og norsk.", True),
           R("T18", "KP frivillighet", ["3.2", "3.6"], "Kurs/utdanning", "HK-dir", "VOFO, studieforbundene", "Årlig",
             "Tilskuddsordningen for grunnleggende ferdigheter i frivillig sektor ble lyst ut som før.", True),
           R("T22", "Fleksibel utdanning – ny samlet tilskuddsordning fra 2024", ["1.4", "2.4"], "Kurs/utdanning",
             "HK-dir", "KD, universiteter og høyskoler, fagskoler", "2024–",
             "Ny ordning som erstatter Kompetanseprogrammet og tidligere utlysninger av fleksible tilbud."),
           R("T38", "Godkjenning av utenlandsk fagutdanning – kortere saksbehandlingstid", ["2.6"], "Prosjekt",
             "HK-dir", "KD", "2022–2024",
             "Målet om saksbehandlingstid under tre måneder ble nådd i 2024.", True),
           R("T40", "Nasjonal modell for realkompetansevurdering i arbeidslivet", ["2.5"], "Prosjekt", "HK-dir",
             "Partene i arbeidslivet, fylkeskommunene", "2024–2026",
             "Utvikling av en felles modell for å dokumentere kompetanse ervervet i arbeidslivet."),
           R("T55", "Rapport fra undersøkelsen om voksnes læring", ["2.2"], "Informasjon", "HK-dir",
             "Statistisk sentralbyrå", "Publisert mars 2024",
             "Rapporten presenterer resultatene fra undersøkelsen gjennomført høsten 2023."),
           R("T10", "Bransjeprogrammene – tilskuddsforvaltning og evaluering", ["2.1", "2.4"], "Kurs/utdanning",
             "HK-dir", "KD, ASD, partene", "2020–2024",
             "Forvaltning av bransjeprogrammene og oppfølging av ekstern evaluering.", True),
           R("T09", "Kvalitetsrammeverket for karriereveiledning – revidert utgave", ["1.3"], "Prosjekt", "HK-dir",
             "Fylkeskommunene, KS", "2024",
             "Revidert rammeverk publisert etter innspill fra referansegruppen.", True),
       ],
       columns=[("Tiltak", "title"), ("Delmål", "delmal"), ("Ansvarlig", "responsible"),
                ("Samarbeid med", "partners"), ("Type", "type"), ("Tidsrom", "period"),
                ("Kort beskrivelse", "description")],
       delmal_style="code", type_style=2)

# ---------------------------------------------------------------- 5 NAV 2023 (pdf, labelled blocks)
report("AVdir_rapport_kompetansestrategi_2023.pdf", "Arbeids- og velferdsdirektoratet", 2023,
       "Arbeids- og velferdsdirektoratet (NAV) – rapportering 2023",
       "blocks", [
           R("T42", "Opplæringstiltaket – utvidet varighet for arbeidssøkere", ["3.5"], "Kurs/utdanning",
             "Arbeids- og velferdsdirektoratet", "ASD", "2023–",
             "Arbeidssøkere kan nå få opplæring av lengre varighet, også fag- og yrkesopplæring."),
           R("T43", "Kombinasjonsforløp: norskopplæring og arbeidspraksis", ["3.3", "3.4"], "Prosjekt",
             "Arbeids- og velferdsdirektoratet", "IMDi, kommunene", "2022–2024",
             "Forløp som kombinerer norskopplæring med praksis i ordinære virksomheter."),
           R("T44", "Fagbrev for arbeidssøkere (fagbrevløp i regi av NAV)", ["3.1", "3.5"], "Kurs/utdanning",
             "Arbeids- og velferdsdirektoratet", "Fylkeskommunene", "2021–",
             "Arbeidssøkere tar fagbrev gjennom et kombinert løp med opplæring og praksis, i samarbeid med fylkeskommunene."),
           R("T17", "Kompetansepluss arbeid – samarbeid med HK-dir om rekruttering av virksomheter", ["3.2"],
             "Kurs/utdanning", "Arbeids- og velferdsdirektoratet", "HK-dir", "Løpende",
             "NAV-kontorene formidler ordningen til virksomheter som trenger opplæring i grunnleggende ferdigheter."),
           R("T02", "NAV Trøndelags deltakelse i det regionale kompetanseforumet", ["1.2"], "Råd/utvalg/nettverk",
             "NAV Trøndelag", "Trøndelag fylkeskommune", "Løpende",
             "NAV Trøndelag deltar i fylkeskommunens forum og bidrar med arbeidsmarkedsdata."),
           R("T56", "Arbeidsmarkedsopplæring (AMO) – nye innkjøpsrutiner", ["3.5"], "Kurs/utdanning",
             "Arbeids- og velferdsdirektoratet", "", "2023",
             "Nye rutiner for anskaffelse av AMO-kurs skal gi bedre samsvar med regionale kompetansebehov."),
       ], labels=[("Tiltak", "title"), ("Delmål", "delmal"), ("Type tiltak", "type"), ("Ansvarlig", "responsible"),
                  ("Samarbeidspartnere", "partners"), ("Tidspunkt", "period"), ("Beskrivelse", "description")],
       delmal_style="codetext", type_style=1)

# ---------------------------------------------------------------- 6 LO 2022 (docx, form)
report("LO_rapportering_2022.docx", "LO", 2022,
       "LO – Rapportering på oppfølging av kompetansepolitisk strategi 2022",
       "form", [
           R("T01", "LOs deltakelse i KBU", ["1.1"], "Råd/utvalg/nettverk", "LO", "KD, øvrige parter",
             "Løpende", "LO har to representanter i Kompetansebehovsutvalget."),
           R("T10", "Bransjeprogrammene for kompetanseutvikling (trepartssamarbeid)", ["2.1", "2.4"],
             "Kurs/utdanning", "Partene", "KD, ASD, NHO, Virke, KS, Spekter", "2020–",
             "LO og forbundene deltar i styringsgruppene for bransjeprogrammene."),
           R("T11", "Bransjeprogram for industri og bygg (LO/Fellesforbundet)", ["2.1", "2.4"], "Kurs/utdanning",
             "LO/Fellesforbundet", "NHO, Norsk Industri, BNL, HK-dir", "2020–",
             "Kurs i digitalisering, automatisering og nye byggemetoder for ansatte i industri og bygg."),
           R("T13", "LOs representasjon i Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg/nettverk",
             "LO", "KD, Udir", "Løpende", "LO har faste representanter i SRY."),
           R("T15", "Samfunnskontrakt for flere læreplasser", ["2.3"], "Råd/utvalg/nettverk", "Partene",
             "KD, NHO, KS, Virke", "2022–2026", "LO har signert den nye samfunnskontrakten."),
           R("T27", "LOs kompetansekonferanse 2022", ["2.2"], "Arrangement", "LO", "Fafo",
             "Oktober 2022", "Konferanse for tillitsvalgte om kompetanse i omstilling."),
           R("T29", "Tillitsvalgtkurs: kompetanseutvikling på arbeidsplassen", ["2.2"], "Kurs/utdanning", "LO",
             "Forbundene", "Årlig", "Kurs som gir tillitsvalgte verktøy for å kreve kompetanseplaner i virksomheten."),
           R("T24", "Fafo-studie: kompetanse i tariffavtalene", ["2.2"], "FoU", "LO", "Fafo", "2022–2023",
             "Studien kartlegger hvordan tariffavtalene regulerer rett til etter- og videreutdanning."),
       ], labels=[("Tiltak", "title"), ("Delmål", "delmal"), ("Type tiltak", "type"), ("Ansvarlig", "responsible"),
                  ("Samarbeidspartnere", "partners"), ("Tidspunkt og varighet", "period"),
                  ("Beskrivelse", "description")],
       delmal_style="code", type_style=0)

# ---------------------------------------------------------------- 7 LO 2023 (pdf, matrix with Nr)
report("LO_2023_NKPS.pdf", "LO", 2023,
       "Landsorganisasjonen i Norge (LO): tiltak 2023",
       "matrix", [
           R("T01", "Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD", "LO, NHO, KS, YS, Unio, Virke",
             "Løpende", "LO deltar i utvalget.", True),
           R("T11", "Bransjeprogrammet for industri og bygg", ["2.1", "2.4"], "Kurs/utdanning", "Fellesforbundet",
             "NHO, Norsk Industri, HK-dir", "2020–", "Nye kurs i bygg og industri i 2023.", True),
           R("T36", "Bransjeprogram for varehandel (HK i Norge)", ["2.1"], "Kurs/utdanning", "HK i Norge",
             "Virke, HK-dir", "2021–", "Kurs i netthandel og digital kundeservice for ansatte i varehandelen."),
           R("T28", "LOs kompetansekonferanse 2023", ["2.2"], "Arrangement", "LO", "", "November 2023",
             "Årets konferanse handlet om kompetanse i det grønne skiftet."),
           R("T29", "Kurs for tillitsvalgte om kompetanseplanlegging", ["2.2"], "Kurs/utdanning", "LO",
             "Forbundene", "Årlig", "Kurset er revidert og tilbys nå også digitalt.", True),
           R("T33", "Digital omstilling i arbeidslivet – felles prosjekt med NHO", ["2.1"], "Prosjekt", "LO og NHO",
             "Fafo", "2023–2024", "Partene undersøker sammen hvordan virksomheter lykkes med digital omstilling."),
           R("T57", "Nettkurs i digital kompetanse for medlemmer (LO Digital)", ["2.1"], "Kurs/utdanning", "LO",
             "AOF", "2023", "Gratis nettkurs for medlemmer i grunnleggende digitale ferdigheter."),
           R("T23", "Fagbrev på jobb (Fagforbundet/LO Kommune)", ["2.3", "3.1"], "Kurs/utdanning", "LO Kommune",
             "KS", "Løpende", "Fagforbundet samarbeider med KS om at flere ansatte i kommunene tar fagbrev på jobb."),
           R("T13", "SRY – LOs representanter", ["1.4", "2.3"], "Råd/utvalg/nettverk", "LO", "KD",
             "Løpende", "LO er representert i Samarbeidsrådet for yrkesopplæring.", True),
       ],
       columns=[("Nr", "#"), ("Navn på tiltak", "title"), ("Relasjon til delmål", "delmal"),
                ("Ansvarlig", "responsible"), ("Samarbeidspartnere", "partners"), ("Type tiltak", "type"),
                ("Tidspunkt", "period"), ("Beskrivelse", "description")],
       delmal_style="prefixed", type_style=2, landscape=True)

# ---------------------------------------------------------------- 8 NHO 2023 (docx, numbered)
report("NHO_rapport_2023.docx", "NHO", 2023,
       "NHO – rapport 2023 om oppfølging av Nasjonal kompetansepolitisk strategi",
       "numbered", [
           R("T01", "NHOs deltakelse i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "NHO", "KD",
             "Løpende", "NHO er representert i utvalget og har bidratt med data fra kompetansebarometeret."),
           R("T10", "Bransjeprogrammene – NHO-forbundenes deltakelse", ["2.1", "2.4"], "Kurs/utdanning", "NHO",
             "LO, KD, HK-dir", "2020–", "Landsforeningene deltar i styringsgruppene for programmene."),
           R("T15", "Samfunnskontrakt for flere læreplasser 2022–2026", ["2.3"], "Råd/utvalg/nettverk", "NHO",
             "KD, LO, KS", "2022–2026", "NHO mobiliserer medlemsbedrifter til å ta inn flere lærlinger."),
           R("T25", "NHOs kompetansebarometer 2023 – spørreundersøkelse blant medlemsbedriftene", ["2.2"], "FoU",
             "NHO", "NIFU", "Våren 2023",
             "Årlig undersøkelse blant medlemsbedriftene om kompetansebehov og rekrutteringsproblemer."),
           R("T37", "Verktøy for kompetansekartlegging i små og mellomstore bedrifter", ["2.4"], "Prosjekt", "NHO",
             "Regionforeningene", "2023",
             "Enkelt digitalt verktøy som hjelper små bedrifter å kartlegge kompetanse og behov."),
           R("T33", "Partssamarbeid med LO om digital omstilling", ["2.1"], "Prosjekt", "NHO", "LO, Fafo",
             "2023–2024", "Felles prosjekt med LO om hvordan virksomheter håndterer digital omstilling."),
           R("T58", "Lærlingløftet i reiselivet (NHO Reiseliv)", ["2.3"], "Prosjekt", "NHO Reiseliv",
             "Opplæringskontorene", "2023–2025", "Rekruttering av lærlinger til kokk- og servitørfaget."),
           R("T59", "NHO Mat og Drikke: kompetansenettverk for næringsmiddelindustrien", ["2.4"],
             "Råd/utvalg/nettverk", "NHO Mat og Drikke", "Fagskoler, NMBU", "2023–",
             "Nettverk der bedrifter og fagskoler samarbeider om nye videreutdanningstilbud."),
       ], delmal_style="code", type_style=0, number_prefix="Tiltak {n}: ")

# ---------------------------------------------------------------- 9 NHO 2024 (pdf, spekter-style)
report("NHO_NKPS_rapportering_2024.pdf", "NHO", 2024,
       "Næringslivets Hovedorganisasjon (NHO) – rapportering 2024",
       "spekter", [
           R("T13", "Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg/nettverk", "NHO",
             "KD, LO, KS, Unio, YS", "Løpende, rådet har møter fire ganger i året.",
             "NHO leder SRY i perioden og har prioritert yrkesfagenes relevans."),
           R("T26", "Rapport: Kompetansebarometeret 2023 – funn og anbefalinger", ["2.2"], "Informasjon", "NHO",
             "NIFU", "Publisert januar 2024.",
             "Rapporten fra NIFU oppsummerer barometeret og gir anbefalinger til myndighetene."),
           R("T37", "Kompetansekartlegging i SMB – ny versjon av verktøyet", ["2.4"], "Prosjekt", "NHO",
             "Regionforeningene", "Hele 2024.",
             "Verktøyet er videreutviklet med kobling til relevante etter- og videreutdanningstilbud.", True),
           R("T33", "Fellesprosjekt med LO om digital omstilling", ["2.1"], "Prosjekt", "NHO", "LO, Fafo",
             "Prosjektet avsluttes i 2024.",
             "Sluttrapport med eksempler på god praksis fra bedrifter i ulike bransjer.", True),
           R("T60", "Flere fagskoleplasser – samarbeid med fylkeskommunene", ["1.4"], "Råd/utvalg/nettverk",
             "NHO", "Fylkeskommunene, fagskolene", "2024–2025.",
             "NHO regionforeninger samarbeider med fylkene om å dimensjonere fagskoletilbudet etter næringslivets behov."),
           R("T61", "Regionale frokostmøter om kompetansereformen", ["1.2"], "Arrangement", "NHO",
             "Fylkeskommunene", "Vår 2024.",
             "Frokostmøter i seks regioner om hvordan bedriftene kan bruke fylkenes kompetansetilbud."),
       ], delmal_style="prefixed", type_style=0)

# ---------------------------------------------------------------- 10 KS 2022 (pdf, matrix)
report("KS_2022_rapport_kompetansepolitisk_rad.pdf", "KS", 2022,
       "KS – rapportering til Kompetansepolitisk råd for 2022",
       "matrix", [
           R("T01", "KS sitt medlemskap i kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KS", "KD",
             "Løpende", "KS er representert i utvalget og formidler kommunesektorens behov."),
           R("T13", "SRY", ["1.4", "2.3"], "Råd/utvalg/nettverk", "KS", "KD og partene", "Løpende",
             "KS deltar i rådet."),
           R("T15", "Samfunnskontrakten", ["2.3"], "Råd/utvalg/nettverk", "KS", "KD, LO, NHO, Virke, Unio, YS",
             "2022–2026", "KS har signert ny kontrakt for perioden 2022–2026 og følger opp kommunenes læreplassmål."),
           R("T16", "Sluttrapportering: samfunnskontrakt for flere læreplasser 2016–2021", ["2.3"], "Informasjon",
             "KS", "KD", "2022",
             "Oppsummering av kommunesektorens resultater under den forrige kontraktsperioden."),
           R("T23", "Fagbrev på jobb i kommunene", ["2.3", "3.1"], "Kurs/utdanning", "KS",
             "Fagforbundet, fylkeskommunene", "2020–",
             "Ansatte uten fagbrev tar fagbrev gjennom en kombinasjon av arbeid og opplæring."),
           R("T32", "DigiLed – digital ledelse i kommunesektoren", ["2.1"], "Kurs/utdanning", "KS",
             "OsloMet", "2021–2023", "Lederutviklingsprogram om digital transformasjon."),
           R("T41", "Undersøkelse om etter- og videreutdanning i kommunesektoren (NIFU)", ["2.2"], "FoU", "KS",
             "NIFU", "2022", "Kartlegging av kommunenes bruk av etter- og videreutdanning."),
       ],
       columns=[("Delmål", "delmal"), ("Tiltak", "title"), ("Ansvarlig", "responsible"),
                ("Samarbeidspartnere", "partners"), ("Type tiltak", "type"), ("Tidspunkt og varighet", "period"),
                ("Beskrivelse", "description")],
       delmal_style="code", type_style=1, landscape=True)

# ---------------------------------------------------------------- 11 KS 2024 (docx, blocks)
report("KS_rapport_2024.docx", "KS", 2024,
       "Rapportering 2024 – KS (kommunesektorens organisasjon)",
       "blocks", [
           R("T12", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.1", "2.4"], "Kurs/utdanning", "KS",
             "Fagforbundet, Unio, HK-dir", "2021–",
             "Videreutdanning i helse og omsorg for ansatte i kommunene, bl.a. i velferdsteknologi."),
           R("T23", "Fagbrev på jobb – videreføring og spredning", ["2.3", "3.1"], "Kurs/utdanning", "KS",
             "Fagforbundet", "2024", "Flere kommuner har tatt i bruk ordningen.", True),
           R("T32", "Lederutvikling i digital transformasjon (DigiLed)", ["2.1"], "Kurs/utdanning", "KS",
             "OsloMet", "2024", "Programmet videreføres med nye kull.", True),
           R("T09", "Kvalitetsrammeverket for karriereveiledning – KS i referansegruppen", ["1.3"],
             "Råd/utvalg/nettverk", "HK-dir", "KS", "2022–2024",
             "KS har deltatt i referansegruppen for HK-dirs arbeid med rammeverket."),
           R("T62", "Realkompetansevurdering av assistenter i kommunene – pilot", ["2.5"], "Prosjekt", "KS",
             "Tre pilotkommuner", "2024–2025",
             "KS prøver ut en enkel metode for å dokumentere kompetansen til assistenter i helse og oppvekst."),
           R("T15", "Samfunnskontrakt for flere læreplasser – kommunenes læreplassløft", ["2.3"],
             "Råd/utvalg/nettverk", "KS", "KD, partene", "2022–2026",
             "KS følger opp kommunenes forpliktelser etter samfunnskontrakten.", True),
           R("T63", "Nettverk for heltidskultur og kompetanse", ["2.2"], "Råd/utvalg/nettverk", "KS",
             "Fagforbundet, NSF", "2024", "Kommunenettverk om sammenhengen mellom heltid og kompetanseutvikling."),
           R("T13", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Råd/utvalg/nettverk", "KS",
             "KD", "Løpende", "KS deltar fortsatt i rådet.", True),
       ], labels=[("Tiltak", "title"), ("Relasjon til delmål", "delmal"), ("Type", "type"),
                  ("Ansvarlig", "responsible"), ("Samarbeidspartnere", "partners"),
                  ("Tidspunkt og varighet", "period"), ("Beskrivelse", "description")],
       delmal_style="prefixed", type_style=0)

# ---------------------------------------------------------------- 12 YS 2023 (docx, form, other labels)
report("YS_2023.docx", "YS", 2023,
       "YS – rapportering 2023, Nasjonal kompetansepolitisk strategi",
       "form", [
           R("T01", "YS i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "YS", "KD", "Løpende",
             "YS deltar med én representant."),
           R("T10", "Bransjeprogram for kompetanseutvikling i samarbeid med staten og NHO", ["2.1", "2.4"],
             "Kurs/utdanning", "Staten og partene", "YS-forbundene", "2020–",
             "YS-forbund deltar i flere av bransjeprogrammene."),
           R("T30", "YS-kurs for tillitsvalgte: kompetanse i omstilling", ["2.2"], "Kurs/utdanning", "YS",
             "YS-forbundene", "Vår og høst 2023",
             "Todagers kurs for tillitsvalgte om hvordan kompetanse kan sikres ved omstilling."),
           R("T23", "YS' arbeid for fagbrev på jobb", ["2.3", "3.1"], "Kurs/utdanning", "YS", "Delta, KS",
             "Løpende", "YS-forbundet Delta arbeider sammen med KS om fagbrev på jobb i kommunene."),
           R("T49", "Seniorer og kompetanse – YS-prosjekt om læring sent i karrieren", ["2.2"], "Prosjekt", "YS",
             "Senter for seniorpolitikk", "2023–2024",
             "Prosjektet undersøker hvordan seniorer kan få tilgang til etter- og videreutdanning."),
           R("T64", "YS Arbeidslivsbarometer – kapittel om kompetanseutvikling", ["2.2"], "FoU", "YS",
             "Ipsos", "2023", "Årlig undersøkelse blant arbeidstakere; i 2023 med eget kapittel om kompetanse."),
       ], labels=[("Navn på tiltak", "title"), ("Delmål i strategien", "delmal"), ("Kategori", "type"),
                  ("Hvem er ansvarlig", "responsible"), ("Samarbeidspartnere", "partners"),
                  ("Når", "period"), ("Om tiltaket", "description")],
       delmal_style="code", type_style=2)

# ---------------------------------------------------------------- 13 Unio 2023 (docx, numbered)
report("Unio_rapportering_2023.docx", "Unio", 2023,
       "Unio: rapportering 2023 om oppfølging av kompetansestrategien",
       "numbered", [
           R("T12", "Unios deltakelse i bransjeprogrammet for helse og omsorg", ["2.1", "2.4"], "Kurs/utdanning",
             "KS", "Unio, Fagforbundet, HK-dir", "2021–",
             "Unio-forbundene bidrar til utformingen av videreutdanningstilbudene i programmet."),
           R("T31", "Kurs for tillitsvalgte: kompetanseplaner i helse og utdanning", ["2.2"], "Kurs/utdanning",
             "Unio", "Unio-forbundene", "2023", "Kurs om tillitsvalgtes rolle i arbeidet med kompetanseplaner."),
           R("T48", "Norskopplæring for helsepersonell med utenlandsk utdanning", ["3.4", "2.6"], "Kurs/utdanning",
             "Unio", "NSF, kommuner", "2023–2024",
             "Språkkurs tilpasset helsefag for sykepleiere som venter på autorisasjon."),
           R("T65", "Finansiering av videreutdanning for sykepleiere – Unio-rapport", ["2.2"], "FoU", "Unio",
             "Samfunnsøkonomisk analyse", "2023",
             "Rapport om hvordan videreutdanning av sykepleiere finansieres og hvem som bærer kostnadene."),
           R("T15", "Samfunnskontrakt for flere læreplasser", ["2.3"], "Råd/utvalg/nettverk", "Partene",
             "KD", "2022–2026", "Unio er part i samfunnskontrakten."),
           R("T01", "Unios plass i KBU", ["1.1"], "Råd/utvalg/nettverk", "KD", "Unio", "Løpende",
             "Unio er representert i Kompetansebehovsutvalget."),
       ], delmal_style="text", type_style=1, number_prefix="{n}. ")

# ---------------------------------------------------------------- 14 Virke 2024 (pdf, matrix)
report("Virke_rapport_NKPS_2024.pdf", "Virke", 2024,
       "Virke – rapportering for 2024",
       "matrix", [
           R("T36", "Bransjeprogram for varehandel", ["2.1"], "Kurs/utdanning", "Virke",
             "HK i Norge, HK-dir", "2021–", "Kurs i digital handel og bærekraft for ansatte i butikk."),
           R("T35", "Virkes HR-nettverk for kompetanseplanlegging", ["2.2"], "Råd/utvalg/nettverk", "Virke",
             "Medlemsvirksomheter", "2024", "Nettverk for HR-ledere om strategisk kompetanseplanlegging."),
           R("T15", "Virkes oppfølging av samfunnskontrakten", ["2.3"], "Råd/utvalg/nettverk", "Virke",
             "KD, partene", "2022–2026", "Virke følger opp sin del av samfunnskontrakten for flere læreplasser."),
           R("T66", "Virke Kompetanseløft: e-læring i digital handel", ["2.1"], "Kurs/utdanning", "Virke",
             "", "2024", "Gratis e-læringsmoduler for små handelsbedrifter."),
           R("T13", "Virke i SRY og de faglige rådene", ["1.4", "2.3"], "Råd/utvalg/nettverk", "Virke", "KD, Udir",
             "Løpende", "Virke er representert i Samarbeidsrådet for yrkesopplæring og i flere faglige råd."),
           R("T67", "Frokostseminar om kompetansereformen 2024", ["2.2"], "Arrangement", "Virke", "HK-dir",
             "Juni 2024", "Seminar for medlemmer om finansiering av etter- og videreutdanning."),
       ],
       columns=[("Tiltak", "title"), ("Type tiltak", "type"), ("Delmål", "delmal"), ("Ansvarlig", "responsible"),
                ("Samarbeidspartnere", "partners"), ("Tidspunkt og varighet", "period"),
                ("Beskrivelse", "description")],
       delmal_style="code", type_style=1, landscape=True)

# ---------------------------------------------------------------- 15 VOFO 2022 (docx, spekter)
report("VOFO_2022_rapport.docx", "VOFO", 2022,
       "Voksenopplæringsforbundet (VOFO) – rapportering 2022",
       "spekter", [
           R("T18", "Kompetansepluss frivillighet", ["3.2", "3.6"], "Kurs/utdanning", "Studieforbundene",
             "HK-dir, VOFO", "Årlig tilskuddsordning.",
             "Studieforbundene gjennomfører kurs i grunnleggende ferdigheter med midler fra ordningen."),
           R("T46", "Norsktrening for innvandrere i studieforbundene", ["3.4", "3.6"], "Kurs/utdanning", "VOFO",
             "Studieforbundene, frivillige organisasjoner", "Løpende.",
             "Uformelle språkarenaer og norsktrening ledet av frivillige."),
           R("T47", "Voksenopplæringskonferansen 2022", ["3.6"], "Arrangement", "VOFO", "HK-dir",
             "To dager i september 2022.", "Årlig konferanse for studieforbund og voksenopplæringsaktører."),
           R("T68", "Studieforbundenes rolle i kompetansereformen – utredning", ["3.6", "2.2"], "FoU", "VOFO",
             "Ideas2evidence", "2022.", "Utredning om hvordan studieforbundene kan bidra i kompetansereformen."),
           R("T69", "Kompetansebevis for frivillige", ["2.5"], "Prosjekt", "VOFO", "Frivillighet Norge",
             "2022–2024.", "Digitalt bevis som dokumenterer kompetanse fra frivillig arbeid."),
           R("T81", "Digital hverdag – kurs i studieforbundene", ["2.1", "3.6"], "Kurs/utdanning",
             "Studieforbundene", "VOFO", "2022.",
             "Kurs i bruk av offentlige digitale tjenester for voksne med svake digitale ferdigheter."),
       ], delmal_style="prefixed", type_style=0)

# ---------------------------------------------------------------- 16 VOFO 2024 (pdf, form)
report("VOFO_rapportering_2024.pdf", "VOFO", 2024,
       "VOFO – rapport for 2024 om oppfølging av NKPS",
       "form", [
           R("T18", "KOMPETANSEPLUSS frivillighet – studieforbundenes kurs i grunnleggende ferdigheter",
             ["3.2", "3.6"], "Kurs/utdanning", "Studieforbundene", "HK-dir", "Årlig",
             "Kurs i lesing, skriving og digitale ferdigheter med tilskudd fra ordningen.", True),
           R("T19", "Digitalt fotfeste – VOFOs egen pilot for eldre", ["2.1", "3.6"], "Prosjekt", "VOFO",
             "Pensjonistforbundet", "2024",
             "Pilot finansiert av VOFO der eldre får digital opplæring i små grupper. Ikke del av Kompetansepluss."),
           R("T46", "Språkarenaer og norsktrening i studieforbund", ["3.4", "3.6"], "Kurs/utdanning", "VOFO",
             "Studieforbundene", "Løpende", "Norsktreningen er videreført og utvidet.", True),
           R("T71", "Voksenopplæringskonferansen 2024", ["3.6"], "Arrangement", "VOFO", "HK-dir",
             "September 2024", "Årets konferanse om læringsmotivasjon."),
           R("T69", "Kompetansebevis for frivillige – videreutvikling", ["2.5"], "Prosjekt", "VOFO",
             "Frivillighet Norge", "2024", "Beviset er tatt i bruk av flere organisasjoner.", True),
           R("T72", "Innspill til ny lov om voksenopplæring og studieforbund", ["3.6"], "Informasjon", "VOFO",
             "", "2024", "VOFO har gitt innspill til departementets arbeid med ny lov."),
       ], labels=[("Tiltak", "title"), ("Relasjon til delmål", "delmal"), ("Type tiltak", "type"),
                  ("Ansvarlig", "responsible"), ("Samarbeidspartnere", "partners"),
                  ("Tidspunkt og varighet", "period"), ("Beskrivelse av tiltaket", "description")],
       delmal_style="code", type_style=0)

# ---------------------------------------------------------------- 17 Trøndelag 2023 (docx, matrix)
report("trondelag_fk_2023.docx", "Trøndelag fylkeskommune", 2023,
       "Trøndelag fylkeskommune – rapportering 2023",
       "matrix", [
           R("T02", "Kompetanseforum Trøndelag", ["1.2"], "Råd/utvalg/nettverk", "Trøndelag fylkeskommune",
             "NAV Trøndelag, NHO Trøndelag, LO, NTNU, KS", "Løpende",
             "Regionalt partnerskap som samordner kompetansetiltak i fylket."),
           R("T04", "Ny regional kompetansestrategi for Trøndelag", ["1.2"], "Prosjekt", "Trøndelag fylkeskommune",
             "Kompetanseforum Trøndelag", "2023",
             "Strategien for 2023–2030 ble vedtatt av fylkestinget i 2023."),
           R("T07", "Karriere Trøndelag – veiledning for voksne", ["1.3"], "Informasjon", "Trøndelag fylkeskommune",
             "NAV Trøndelag", "Løpende", "Fylkets karrieresenter tilbyr gratis veiledning for voksne."),
           R("T45", "Forsøk med modulstrukturerte fagbrevløp for voksne i Trøndelag", ["3.1"], "Prosjekt",
             "Trøndelag fylkeskommune", "Udir, KD", "2019–2023",
             "Fylket deltar i det nasjonale forsøket med modulstrukturert fag- og yrkesopplæring for voksne."),
           R("T73", "Kompetansedagen Trøndelag 2023", ["1.2"], "Arrangement", "Trøndelag fylkeskommune",
             "Kompetanseforum Trøndelag", "Mai 2023", "Regional konferanse om kompetansebehov."),
           R("T75", "Bransjenettverk for havbruk – fagskoletilbud", ["2.4"], "Råd/utvalg/nettverk",
             "Trøndelag fylkeskommune", "Havbruksnæringen, fagskolene", "2023–",
             "Nettverk mellom næringen og fagskolene om nye fagskoletilbud i havbruk."),
       ],
       columns=[("Delmål", "delmal"), ("Navn på tiltak", "title"), ("Type", "type"), ("Ansvarlig", "responsible"),
                ("Partnere", "partners"), ("Periode", "period"), ("Beskrivelse", "description")],
       delmal_style="prefixed", type_style=2)

# ---------------------------------------------------------------- 18 Trøndelag 2024 (pdf, blocks)
report("Trondelag_fylkeskommune_rapport_2024.pdf", "Trøndelag fylkeskommune", 2024,
       "Trøndelag fylkeskommune: rapport 2024",
       "blocks", [
           R("T02", "Kompetanseforum Trøndelag – videreføring", ["1.2"], "Råd/utvalg/nettverk",
             "Trøndelag fylkeskommune", "NAV, partene, NTNU", "2024",
             "Forumet har fått nytt mandat og egne arbeidsgrupper.", True),
           R("T04", "Oppfølging av Trøndelags kompetansestrategi (handlingsplan 2024)", ["1.2"], "Prosjekt",
             "Trøndelag fylkeskommune", "Kompetanseforum Trøndelag", "2024",
             "Første handlingsplan under strategien vedtatt i 2023.", True),
           R("T74", "Kompetansedagen Trøndelag 2024", ["1.2"], "Arrangement", "Trøndelag fylkeskommune",
             "Kompetanseforum Trøndelag", "April 2024", "Årets kompetansedag hadde grønn omstilling som tema."),
           R("T75", "Havbruksnettverket i Trøndelag", ["2.4"], "Råd/utvalg/nettverk", "Trøndelag fylkeskommune",
             "Havbruksnæringen, fagskolene", "2023–", "Første fagskoletilbud fra nettverket startet høsten 2024.",
             True),
           R("T76", "Fagskoletilbud i grønn omstilling – samarbeid med industrien", ["1.4", "2.4"], "Kurs/utdanning",
             "Trøndelag fylkeskommune", "Fagskolen i Trøndelag, industribedrifter", "2024–2025",
             "Nye korte fagskolemoduler om energi og sirkulær økonomi."),
           R("T45", "Modulstrukturert fagopplæring for voksne – fra forsøk til ordinær drift", ["3.1"], "Prosjekt",
             "Trøndelag fylkeskommune", "Udir", "2024", "Modulene tilbys nå i ordinær drift i hele fylket.", True),
       ], labels=[("Navn på tiltak", "title"), ("Delmål", "delmal"), ("Type tiltak", "type"),
                  ("Ansvar", "responsible"), ("Samarbeid", "partners"), ("Periode", "period"),
                  ("Beskrivelse", "description")],
       delmal_style="code", type_style=0)

# ---------------------------------------------------------------- 19 Agder 2022 (docx, numbered)
report("Agder_fylkeskommune_2022.docx", "Agder fylkeskommune", 2022,
       "Agder fylkeskommune – rapportering 2022 til Kompetansepolitisk råd",
       "numbered", [
           R("T03", "Kompetanseforum Agder", ["1.2"], "Råd/utvalg/nettverk", "Agder fylkeskommune",
             "NAV Agder, UiA, NHO Agder, LO Agder", "Løpende",
             "Forum for samordning av kompetansepolitikken i Agder."),
           R("T05", "Regional plan for kompetanse og arbeidsliv i Agder", ["1.2", "1.4"], "Prosjekt",
             "Agder fylkeskommune", "Kommunene i Agder, partene", "2022–2030",
             "Planen ble vedtatt i 2022 og gir retning for fylkets kompetansearbeid."),
           R("T44", "Fagbrev for arbeidssøkere – samarbeid med NAV Agder", ["3.1", "3.5"], "Kurs/utdanning",
             "Agder fylkeskommune og NAV Agder", "Opplæringskontorene", "2022–",
             "Ledige tar fagbrev i kombinasjon med praksis, finansiert av NAV og fylket."),
           R("T77", "Agder-modellen: vgo og arbeidspraksis for innvandrere (pilot)", ["3.3", "3.1"], "Prosjekt",
             "Agder fylkeskommune", "Kristiansand kommune", "2022–2024",
             "Fylkets egen pilot der voksne innvandrere kombinerer videregående opplæring og praksis."),
           R("T78", "Karrieresenteret i Agder – karriereveiledning for ansatte i omstilling", ["1.3"], "Informasjon",
             "Agder fylkeskommune", "NAV Agder", "Løpende",
             "Veiledning for arbeidstakere i virksomheter som omstiller seg."),
       ], delmal_style="prefixed", type_style=1, number_prefix="{n} ")

# ---------------------------------------------------------------- 20 Agder 2023 (pdf, matrix)
report("Agder_fk_rapportering_2023.pdf", "Agder fylkeskommune", 2023,
       "Rapportering 2023 – Agder fylkeskommune",
       "matrix", [
           R("T03", "Kompetanseforum Agder (videreført)", ["1.2"], "Råd/utvalg/nettverk", "Agder fylkeskommune",
             "NAV Agder, UiA, partene", "Løpende", "Forumet møtes fire ganger i året.", True),
           R("T05", "Rullering av regional plan for kompetanse og arbeidsliv", ["1.2", "1.4"], "Prosjekt",
             "Agder fylkeskommune", "Kommunene, partene", "2023",
             "Handlingsprogrammet til planen er rullert.", True),
           R("T44", "Fagbrev for arbeidssøkere", ["3.1", "3.5"], "Kurs/utdanning", "Agder fylkeskommune",
             "NAV Agder", "Løpende", "Ordningen er videreført med nye fag.", True),
           R("T77", "Agder-modellen – andre pilotår", ["3.3", "3.1"], "Prosjekt", "Agder fylkeskommune",
             "Kristiansand kommune, Arendal kommune", "2023", "Piloten er utvidet til Arendal.", True),
           R("T80", "Studiesentre for desentralisert høyere utdanning i Agder", ["1.4"], "Kurs/utdanning",
             "Agder fylkeskommune", "UiA, kommunene", "2023–",
             "Fylkets egne studiesentre gjør det mulig å ta utdanning nær hjemstedet."),
           R("T78", "Karrieresenteret i Agder – veiledning i omstilling", ["1.3"], "Informasjon",
             "Agder fylkeskommune", "NAV Agder", "Løpende", "Tilbudet er videreført.", True),
       ],
       columns=[("Navn på tiltak", "title"), ("Ansvarlig", "responsible"), ("Samarbeidspartnere", "partners"),
                ("Relasjon til delmål", "delmal"), ("Type tiltak", "type"), ("Tidspunkt og varighet", "period"),
                ("Beskrivelse", "description")],
       delmal_style="codetext", type_style=0, landscape=True)

NEAR_MISSES = [
    ("T02", "T03", "Two counties' own regional competence forums (Trøndelag vs Agder)."),
    ("T04", "T05", "Two counties' own regional plans/strategies for competence (Trøndelag vs Agder)."),
    ("T07", "T78", "Two counties' own career centres (Karriere Trøndelag vs Karrieresenteret i Agder)."),
    ("T07", "T52", "National funding boost to all regional career centres (KD) vs Trøndelag's own centre's service."),
    ("T06", "T52", "National digital career guidance service vs strengthening of the physical regional career centres."),
    ("T10", "T11", "Bransjeprogram umbrella vs its sub-programme for industri og bygg."),
    ("T11", "T12", "Two sub-programmes of the bransjeprogram (industri og bygg vs kommunal helse og omsorg)."),
    ("T12", "T36", "Two sub-programmes of the bransjeprogram (helse og omsorg vs varehandel)."),
    ("T15", "T16", "Samfunnskontrakt 2022–2026 vs the final report on its predecessor 2016–2021."),
    ("T17", "T18", "Two sub-schemes of Kompetansepluss (arbeid vs frivillighet)."),
    ("T18", "T19", "National scheme Kompetansepluss frivillighet vs VOFO's own pilot Digitalt fotfeste (explicitly not Kompetansepluss)."),
    ("T20", "T22", "Kompetanseprogrammet (fleksible utdanningstilbud) vs the new scheme that replaces it from 2024."),
    ("T20", "T80", "National grant for flexible/decentralised education vs Agder's own study centres."),
    ("T25", "T26", "NHO's 2023 competence survey vs the NIFU report published from it."),
    ("T54", "T55", "HK-dir survey of adult learning vs the report presenting its results."),
    ("T25", "T64", "Two organisations' own annual barometer surveys (NHO vs YS)."),
    ("T27", "T28", "LO's competence conference: 2022 and 2023 editions are separate events."),
    ("T47", "T71", "VOFO's Voksenopplæringskonferansen: 2022 and 2024 editions are separate events."),
    ("T73", "T74", "Kompetansedagen Trøndelag: 2023 and 2024 editions are separate events."),
    ("T29", "T30", "Two unions' separate courses for shop stewards (LO vs YS)."),
    ("T29", "T31", "Two unions' separate courses for shop stewards (LO vs Unio)."),
    ("T30", "T31", "Two unions' separate courses for shop stewards (YS vs Unio)."),
    ("T29", "T57", "LO's course for shop stewards vs LO's online digital-skills course for members."),
    ("T38", "T39", "Faster recognition of foreign vocational education vs grants for supplementary higher education."),
    ("T40", "T62", "National model for recognition of prior learning (HK-dir) vs KS's own pilot in municipalities."),
    ("T43", "T77", "NAV's national kombinasjonsforløp vs Agder's own pilot 'Agder-modellen'."),
    ("T35", "T59", "Two organisations' own networks (Virke HR network vs NHO Mat og Drikke network)."),
    ("T19", "T81", "VOFO's two different digital measures: own pilot for the elderly (2024) vs studieforbund course Digital hverdag (2022)."),
]


# ======================================================================= rendering
def set_landscape(doc):
    s = doc.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    for side in ("left_margin", "right_margin"):
        setattr(s, side, Cm(1.5))


def field_text(row, field, rep, n):
    o = rep["opt"]
    if field == "#":
        return str(n)
    if field == "delmal":
        return fmt_delmal(row["delmal"], o.get("delmal_style", "code"))
    if field == "type":
        return TYPE_PRINT[row["type"]][o.get("type_style", 0)]
    return row[field]


def add_heading(doc, rep):
    doc.add_heading(rep["heading"], level=1)
    doc.add_paragraph("Rapportering på oppfølging av Nasjonal kompetansepolitisk strategi. "
                      "Tiltakene er knyttet til strategiens delmål.")


def render_matrix(doc, rep):
    cols = rep["opt"]["columns"]
    t = doc.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for i, (h, _) in enumerate(cols):
        t.rows[0].cells[i].text = h
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.bold = True
    for n, row in enumerate(rep["rows"], 1):
        cells = t.add_row().cells
        for i, (_, f) in enumerate(cols):
            cells[i].text = field_text(row, f, rep, n)
    landscape = rep["opt"].get("landscape")
    wide = {"title": 5.0 if landscape else 3.6, "description": 6.0 if landscape else 3.6, "#": 0.9,
            "delmal": 4.5 if rep["opt"].get("delmal_style") in ("text", "codetext") else 1.9}
    t.autofit = False
    for i, col in enumerate(t.columns):
        col.width = Cm(wide.get(cols[i][1], 2.4 if landscape else 2.0))
    for r in t.rows:
        for i, c in enumerate(r.cells):
            c.width = Cm(wide.get(cols[i][1], 2.4 if landscape else 2.0))
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(8)


def render_form(doc, rep):
    labels = rep["opt"]["labels"]
    for n, row in enumerate(rep["rows"], 1):
        doc.add_paragraph("")
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, f in labels:
            cells = t.add_row().cells
            cells[0].text = lab
            cells[0].paragraphs[0].runs[0].bold = True
            cells[1].text = field_text(row, f, rep, n)


def render_numbered(doc, rep):
    pref = rep["opt"].get("number_prefix", "{n}. ")
    for n, row in enumerate(rep["rows"], 1):
        doc.add_heading(pref.format(n=n) + row["title"], level=2)
        for lab, f in [("Delmål", "delmal"), ("Type tiltak", "type"), ("Ansvarlig", "responsible"),
                       ("Samarbeidspartnere", "partners"), ("Tidsrom", "period")]:
            val = field_text(row, f, rep, n)
            if not val:
                continue
            p = doc.add_paragraph()
            p.add_run(lab + ": ").bold = True
            p.add_run(val)
        doc.add_paragraph(row["description"])


def render_blocks(doc, rep):
    labels = rep["opt"]["labels"]
    for n, row in enumerate(rep["rows"], 1):
        for lab, f in labels:
            val = field_text(row, f, rep, n)
            p = doc.add_paragraph()
            p.add_run(lab + ": ").bold = True
            p.add_run(val)
        doc.add_paragraph("")


def render_spekter(doc, rep):
    doc.add_paragraph().add_run("Rapporteringspunkter:").bold = True
    for n, row in enumerate(rep["rows"], 1):
        doc.add_paragraph(row["title"], style="List Number")
        doc.add_paragraph("Relasjon til " + fmt_delmal(row["delmal"], rep["opt"].get("delmal_style", "prefixed")).lower() + ".")
    for n, row in enumerate(rep["rows"], 1):
        doc.add_page_break()
        doc.add_paragraph().add_run("1. Tiltak i Nasjonal kompetansepolitisk strategi").bold = True
        doc.add_paragraph(row["title"])
        doc.add_paragraph("Relasjon til " + fmt_delmal(row["delmal"], "prefixed").lower() + ".")
        doc.add_paragraph().add_run("2. Ansvarlig og samarbeidspartnere").bold = True
        txt = row["responsible"] + " er ansvarlig for tiltaket."
        if row["partners"]:
            txt += " Samarbeidspartnere: " + row["partners"] + "."
        doc.add_paragraph(txt)
        doc.add_paragraph("Type tiltak: " + field_text(row, "type", rep, n))
        doc.add_paragraph().add_run("3. Beskrivelse av tiltaket (maks en halv side)").bold = True
        doc.add_paragraph(row["description"])
        doc.add_paragraph().add_run("4. Tidspunkt og varighet").bold = True
        # Word auto-numbering (shared with the list above) leaks a number here, as in real reports
        doc.add_paragraph(row["period"], style="List Number")


RENDER = dict(matrix=render_matrix, form=render_form, numbered=render_numbered,
              blocks=render_blocks, spekter=render_spekter)


def build_docx(rep, path):
    doc = Document()
    if rep["opt"].get("landscape"):
        set_landscape(doc)
    add_heading(doc, rep)
    RENDER[rep["template"]](doc, rep)
    doc.add_paragraph("")
    doc.add_paragraph("Spørsmål om rapporten kan rettes til kontaktpersonen i organisasjonen.")
    doc.save(path)


def norm(s):
    return re.sub(r"[\s\u00ad]+", "", s).lower()


def main():
    if os.path.isdir(DOCS):
        shutil.rmtree(DOCS)
    os.makedirs(DOCS)
    tmp = tempfile.mkdtemp(prefix="match6_")
    expected = {}
    problems = []
    try:
        for rep in REPORTS:
            fn = rep["file"]
            stem, ext = os.path.splitext(fn)
            if ext == ".docx":
                build_docx(rep, os.path.join(DOCS, fn))
            else:
                dpath = os.path.join(tmp, stem + ".docx")
                build_docx(rep, dpath)
                subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, dpath],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                shutil.move(os.path.join(tmp, stem + ".pdf"), os.path.join(DOCS, fn))
            expected[fn] = dict(
                reporter=rep["reporter"], report_year=rep["year"],
                measures=[{k: r[k] for k in ("title", "delmal", "type", "responsible", "partners", "period",
                                             "description", "tiltak_id", "continues")} for r in rep["rows"]])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    # consistency: continues flag == same reporter reported same tiltak in an earlier year of the batch
    seen = {}
    for rep in sorted(REPORTS, key=lambda r: r["year"]):
        for r in rep["rows"]:
            key = (rep["reporter"], r["tiltak_id"])
            earlier = any(y < rep["year"] for y in seen.get(key, []))
            if earlier != r["continues"]:
                problems.append(f"continues flag mismatch {rep['file']} {r['tiltak_id']} {r['title']}")
        for r in rep["rows"]:
            seen.setdefault((rep["reporter"], r["tiltak_id"]), []).append(rep["year"])
    # no tiltak twice in one report
    for rep in REPORTS:
        ids = [r["tiltak_id"] for r in rep["rows"]]
        if len(ids) != len(set(ids)):
            problems.append(f"duplicate tiltak inside {rep['file']}")
    all_ids = {r["tiltak_id"] for rep in REPORTS for r in rep["rows"]}
    for a, b, _ in NEAR_MISSES:
        if a not in all_ids or b not in all_ids or a == b:
            problems.append(f"near-miss refers to unknown id {a} {b}")

    # pdf check
    import pdfplumber
    for rep in REPORTS:
        if not rep["file"].endswith(".pdf"):
            continue
        with pdfplumber.open(os.path.join(DOCS, rep["file"])) as pdf:
            text = "\n".join((p.extract_text() or "") for p in pdf.pages)
            # table layouts: words of neighbouring cells interleave line by line, so also read cells
            for p in pdf.pages:
                for tb in p.extract_tables():
                    for tr in tb:
                        text += "\n" + "\n".join(c or "" for c in tr)
        nt = norm(text)
        for needle in [rep["reporter"], str(rep["year"])] + [r["title"] for r in rep["rows"]]:
            if norm(needle) not in nt:
                problems.append(f"{rep['file']}: not found in PDF text: {needle}")

    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
    with open(os.path.join(OUT, "near_misses.json"), "w", encoding="utf-8") as f:
        json.dump([dict(a=a, b=b, why=w) for a, b, w in NEAR_MISSES], f, ensure_ascii=False, indent=2)

    rows = [r for rep in REPORTS for r in rep["rows"]]
    by_id = {}
    for rep in REPORTS:
        for r in rep["rows"]:
            by_id.setdefault(r["tiltak_id"], []).append(rep["reporter"])
    stats = dict(
        files=len(REPORTS),
        pdf=sum(r["file"].endswith(".pdf") for r in REPORTS),
        docx=sum(r["file"].endswith(".docx") for r in REPORTS),
        reporters=len({r["reporter"] for r in REPORTS}),
        rows=len(rows),
        distinct_tiltak=len(by_id),
        singletons=sum(1 for v in by_id.values() if len(v) == 1),
        multi_reporter=sum(1 for v in by_id.values() if len(set(v)) > 1),
        continues_rows=sum(r["continues"] for r in rows),
        near_miss_pairs=len(NEAR_MISSES),
        templates={t: sum(1 for r in REPORTS if r["template"] == t) for t in RENDER},
    )
    print(json.dumps(stats, ensure_ascii=False, indent=1))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  ", p)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
