# -*- coding: utf-8 -*-
"""Batch match58 data: county councils through the regional reforms.
Each row: M(tid, title, codes, printed_delmal, type, printed_type, responsible, partners_printed, period, description)
"""
PROTECTED = ["Vestfold og Telemark", "Sogn og Fjordane", "Oslo og Akershus", "Troms og Finnmark",
             "Møre og Romsdal", "Handel og Kontor", "NHO Mat og drikke", "helse og omsorg"]

def split_partners(s):
    if s is None:
        return []
    t = s
    for i, p in enumerate(PROTECTED):
        t = t.replace(p, "\x00%d\x00" % i)
    parts = [x.strip() for x in t.split(",")]
    last = parts[-1]
    if " og " in last:
        a, b = last.rsplit(" og ", 1)
        parts = parts[:-1] + [a.strip(), b.strip()]
    out = []
    for x in parts:
        for i, p in enumerate(PROTECTED):
            x = x.replace("\x00%d\x00" % i, p)
        if x:
            out.append(x)
    return out

def M(tid, title, codes, dp, typ, tp, resp, partners, period, desc):
    return dict(tid=tid, title=title, delmal=sorted(codes.split()) if codes else [], dp=dp,
                type=typ, tp=tp, responsible=resp, partners_printed=partners,
                partners=split_partners(partners), period=period, description=desc)

R, K, P, F, I, A, X = "Råd/utvalg/nettverk", "Kurs/utdanning", "Prosjekt", "FoU", "Informasjon", "Arrangement", "Annet"

FILES = []
def FILE(name, reporter, year, made, template, layout, lang, rows, **kw):
    FILES.append(dict(name=name, reporter=reporter, year=year, made=made, template=template,
                      layout=layout, lang=lang, rows=rows, **kw))

# ---------------------------------------------------------------- 2017
FILE("Akershus_fylkeskommune_rapport_NKPS_2017.docx", "Akershus fylkeskommune", 2017, "python-docx", "ak17",
 "Word 'skjema per tiltak': cover paragraph + contact box table, then one two-column label|answer table per measure "
 "(Navn på tiltak / Relasjon til NKPS tiltak nr / Type tiltak / Ansvarlig / Samarbeidspartnere / Beskrivelse / Tidspunkt og varighet), "
 "old NKPS numbers 1–16. NOT measures: contact box, 'Møter i Kompetanseforum Akershus 2017' date list, signature.", "nb", [
 M("AK-FORUM", "Kompetanseforum Akershus", "1.2", "Tiltak nr. 2", R, "Råd/utvalg/nettverk", "Akershus fylkeskommune",
   "NAV Akershus, NHO Oslo og Akershus, LO i Akershus og KS", "Fra mars 2017, løpende",
   "Forumet samler partene, NAV og utdanningstilbyderne i fylket for å drøfte regionens kompetansebehov."),
 M("AK-KARR", "Karriere Akershus – regionalt karrieresenter", "1.3", "Tiltak nr. 3", I, "Informasjon/veiledning", "Akershus fylkeskommune",
   "NAV Akershus, kommunene", "Løpende", "Gratis karriereveiledning for voksne ved sentrene i Lillestrøm, Asker og Ski."),
 M("AK-FBJ", "Fagbrev på jobb for ansatte i kommunale barnehager", "3.1 3.3", "Tiltak nr. 11 og 13", K, "Kurs/utdanning", "Akershus fylkeskommune",
   "KS, kommunene i Akershus", "Høsten 2017 – 2019", "Assistenter i barnehagene kan ta fagbrev som barne- og ungdomsarbeider uten å slutte i jobben."),
 M("AK-HOSP", "Hospitering for yrkesfaglærere i Akershus-bedrifter", "2.3", "Tiltak nr. 7", K, "Kurs/utdanning", "Akershus fylkeskommune",
   "NHO Oslo og Akershus, opplæringskontorene", "Skoleåret 2017/2018", None),
 M("AK-NYANK", "Kombinasjonsklasser for nyankomne voksne innvandrere", "3.4", "Tiltak nr. 14", K, "Kurs/utdanning", "Akershus fylkeskommune",
   "IMDi, kommunene", "Fra august 2017", "Grunnskole og videregående opplæring kombinert med norskopplæring for nyankomne mellom 16 og 24 år."),
 M("AK-DIGI", "Kurs i digital kompetanse for voksne i Follo", "2.1", "Tiltak nr. 5", K, "Kurs", "Akershus fylkeskommune",
   "Follorådet, Frivilligsentralene", "2017", None),
])

FILE("Hordaland_fylkeskommune_rapportering_2017.pdf", "Hordaland fylkeskommune", 2017, "reportlab", "ho17",
 "Nynorsk PDF 'tabellrapport': letterhead, short intro, ONE gridded table with a row per measure (Nr | Tiltak | NKPS-tiltak nr. | Type | Ansvar | Partnarar | Tid), "
 "old numbers; then a statistics table 'Vaksne i vidaregåande opplæring 2015–2017' and a 'Møte' paragraph. NOT measures: statistics rows, meeting line, footer.", "nn", [
 M("HO-FORUM", "Kompetanseforum Hordaland", "1.2", "2", R, "Råd/utval/nettverk", "Hordaland fylkeskommune",
   "NAV Hordaland, NHO Hordaland, LO i Hordaland, Universitetet i Bergen", "2017–", None),
 M("HO-KARR", "Karriere Hordaland", "1.3", "3", I, "Informasjon", "Hordaland fylkeskommune", "NAV Hordaland", "Løpande", None),
 M("HO-MARIN", "Yrkesfagleg opplæring i havbruk i samarbeid med næringa", "1.4 2.3", "4 og 7", P, "Prosjekt", "Hordaland fylkeskommune",
   "Sjømat Norge, opplæringskontora", "2017–2019", None),
 M("HO-VAKS", "Modulbasert fagopplæring for vaksne", "3.1", "11", K, "Kurs/utdanning", "Hordaland fylkeskommune", "NAV Hordaland", "Frå hausten 2017", None),
 M("HO-FAGSK", "Fagskuletilbod i maritime fag", "1.4", "4", K, "Utdanning", "Hordaland fylkeskommune", "Fagskulen i Hordaland, reiarlaga", "2017–2018", None),
 M("HO-KPLUSS", "Kompetansepluss-kurs i grunnleggjande ferdigheiter", "3.2", "12", K, "Kurs", "Hordaland fylkeskommune",
   "Kompetanse Noreg, studieforbunda", "2017", None),
])

# ---------------------------------------------------------------- 2018
FILE("Buskerud_FK_kompetanserapport_2018.pdf", "Buskerud fylkeskommune", 2018, "reportlab", "bu18",
 "PDF 'overskrift per tiltak': title page text, intro, 'Nøkkeltall' statistics table, then 'Tiltak 1: <title>' headings each followed by label lines "
 "(Delmål: / Type: / Ansvarlig: / Partnere: / Periode:) and a description paragraph; page numbers 'Side n'. NOT measures: Nøkkeltall table, intro.", "nb", [
 M("BU-FORUM", "Kompetanseforum Buskerud", "1.2", "delmål 1.2", R, "Nettverk", "Buskerud fylkeskommune",
   "LO i Buskerud, NHO Buskerud, NAV Buskerud, Universitetet i Sørøst-Norge", "2016–2019",
   "Partssammensatt forum som gir råd om fylkets kompetansepolitikk og fordeling av regionale kompetansemidler."),
 M("BU-STRAT", "Regional kompetansestrategi for Buskerud 2018–2021", "1.2 1.4", "delmål 1.2 og 1.4", X, "Strategi", "Buskerud fylkeskommune",
   "Kompetanseforum Buskerud", "2018–2021", "Strategien ble vedtatt av fylkestinget i juni 2018."),
 M("BU-DIGISEN", "DigiSenior – digital kompetanse for seniorer i arbeidslivet", "2.1", "delmål 2.1", P, "Prosjekt", "Buskerud fylkeskommune",
   "NAV Buskerud, Senter for seniorpolitikk og Virke", "2018–2020", "Kurs i digitale verktøy for arbeidstakere over 55 år i små og mellomstore bedrifter."),
 M("BU-KARR", "Karrieresenteret i Buskerud", "1.3", "delmål 1.3", X, "Veiledning", "Buskerud fylkeskommune",
   "NAV Buskerud", "Løpende", "Karriereveiledning for voksne i Drammen og Kongsberg."),
 M("BU-FBJ", "Fagbrev på jobb i Buskerud", "3.1", "delmål 3.1", K, "Kurs/utdanning", "Buskerud fylkeskommune",
   "KS Buskerud, Fagforbundet", "Fra 2018", None),
 M("BU-INDU", "Kompetansenettverk for industrien i Kongsberg og Drammen", "2.4", "delmål 2.4", R, "Nettverk", "Buskerud fylkeskommune",
   "Kongsberg-klyngen, Fagskolen Tinius Olsen", "2018–2019", "Bedriftene melder inn behov og fagskolen utvikler korte etter- og videreutdanningsmoduler."),
 M("BU-LÆR", "Lærlingkampanjen «Fagarbeider i Buskerud»", "2.3", "delmål 2.3", I, "Informasjon", "Buskerud fylkeskommune",
   "opplæringskontorene", "Våren 2018", None),
])

FILE("Hedmark_fylkeskommune_NKPS_2018.pdf", "Hedmark fylkeskommune", 2018, "LibreOffice from python-docx", "he18",
 "Word table rendered to PDF with LibreOffice: landscape-ish single table, a row per measure (Område i strategien (tekst) | Tiltak | Type | Ansvarlig | "
 "Samarbeidspartnere | Tidsrom); delmål ONLY in words. Below: 'Tall fra Hedmark' bullet facts and contact line. NOT measures: facts, contact.", "nb", [
 M("HE-FBJ", "Fagbrev på jobb", "3.1", "Fleksibel opplæring på voksnes premisser", K, "Kurs/utdanning", "Hedmark fylkeskommune",
   "NAV Hedmark, KS, LO og NHO", "Fra 2017", None),
 M("HE-MODUL", "Forsøk med modulstrukturert opplæring for voksne", "3.1", "Fleksibel opplæring på voksnes premisser", K, "Kurs/utdanning",
   "Hedmark fylkeskommune", "Utdanningsdirektoratet", "2017–2021", None),
 M("HE-UE", "Ungt entreprenørskaps metodikk for etablereropplæring i introduksjonsprogrammet", "3.4", "Norskopplæring og introduksjonsprogrammet", P, "Prosjekt",
   "Hedmark fylkeskommune", "Ungt Entreprenørskap Hedmark", "2018", None),
 M("HE-NAV", "Samarbeidsavtale med NAV om opplæringstilbud", "3.5", "NAVs opplæringstilbud", K, "Kurs/utdanning", "Hedmark fylkeskommune", "NAV Hedmark", "2018–2020", None),
 M("HE-FORUM", "Kompetanseforum Hedmark", "1.2", "Regionalt folkevalgt nivås kompetansepolitiske ansvar", R, "Råd/utvalg/nettverk",
   "Hedmark fylkeskommune", "Fylkesmannen i Hedmark, Høgskolen i Innlandet, partene", "Løpende", None),
 M("HE-KARR", "Karriere Hedmark", "1.3", "Karriereveiledning", I, "Informasjon", "Hedmark fylkeskommune", "NAV Hedmark", "Løpende", None),
])

FILE("Sogn_og_Fjordane_fylkeskommune_2018.docx", "Sogn og Fjordane fylkeskommune", 2018, "python-docx", "sf18",
 "Nynorsk Word 'nummererte overskrifter': letter-style intro, then '1. <tittel>' headings with label paragraphs (Delmål: / Type tiltak: / Ansvarleg: / "
 "Samarbeidspartnarar: / Tidsrom:) and a 'Skildring' paragraph; ends with 'Møte i Kompetanseforum 2018' list and 'Med helsing'. NOT measures: meeting list, greeting.", "nn", [
 M("SF-FORUM", "Kompetanseforum Sogn og Fjordane", "1.2", "1.2", R, "Råd/utval/nettverk", "Sogn og Fjordane fylkeskommune",
   "NAV Sogn og Fjordane, Høgskulen på Vestlandet, NHO Sogn og Fjordane og LO i Sogn og Fjordane", "2015–2019",
   "Forumet har møte fire gonger i året og gjev råd om regionale kompetansemidlar."),
 M("SF-MODELL", "Sogn og Fjordane-modellen: helsefagarbeidar for minoritetsspråklege vaksne", "3.4 3.5", "3.4 og 3.5", K, "Kurs/utdanning",
   "Sogn og Fjordane fylkeskommune", "NAV, kommunane", "2016–", "Vaksne innvandrarar tek fagbrev som helsefagarbeidar med norskopplæring og praksis i kommunane."),
 M("SF-KARR", "Karrieresenteret i Sogn og Fjordane", "1.3", "1.3", X, "Rettleiing", "Sogn og Fjordane fylkeskommune", "NAV Sogn og Fjordane", "Løpande", None),
 M("SF-FAGSK", "Fagskuletilbod i havbruk på Fagskulen i Sogn og Fjordane", "1.4", "1.4", K, "Kurs/utdanning", "Sogn og Fjordane fylkeskommune",
   "havbruksnæringa", "Frå hausten 2018", None),
 M("SF-LÆRE", "Lærlingløftet i Sogn og Fjordane", "2.3", "2.3", P, "Prosjekt", "Sogn og Fjordane fylkeskommune",
   "opplæringskontora, NHO Sogn og Fjordane", "2018–2019", "Målet er fleire læreplassar i privat og offentleg sektor."),
 M("SF-DIGI", "Digital kompetanse i kommunane (DigiSogn)", "2.1", "2.1", P, "Prosjekt", "Sogn og Fjordane fylkeskommune", "KS", "2018", None),
])

FILE("LO_rapportering_kompetansepolitisk_strategi_2018.pdf", "LO", 2018, "reportlab", "lo18",
 "PDF 'seksjoner per innsatsområde': LO cover lines, 'LOs representanter i rådet' list, then sections per hovedinnsatsområde with a 'Delmål …' line ONCE per section; "
 "measures as bold titles followed by an inline 'Ansvarlig: … Samarbeid: … Type: … Tid: …' line and text. NOT measures: representative list, closing remarks.", "nb", [
 M("BU-FORUM", "LO i Buskerud deltar i Kompetanseforum Buskerud", "1.2 1.4", "Delmål 1.2 og 1.4", R, "Råd/utvalg/nettverk", "Buskerud fylkeskommune",
   "LO i Buskerud", "Løpende", "LO i Buskerud har fast plass i fylkeskommunens kompetanseforum."),
 M("LO-SRY", "Deltakelse i Samarbeidsrådet for yrkesopplæring (SRY)", "1.2 1.4", "Delmål 1.2 og 1.4", R, "Råd/utvalg/nettverk", "LO", "NHO, KS, Virke, Spekter", "Løpende", None),
 M("LO-TV", "Tillitsvalgtopplæring om kompetanse i lokale forhandlinger", "2.2", "Delmål 2.2", K, "Kurs", "LO", "forbundene", "2018", None),
 M("LO-TARIFF", "Notat «Tariffavtalenes betydning i kompetansepolitikken»", "2.2", "Delmål 2.2", F, "FoU", "LO", "Fafo", "2018", None),
 M("LO-ARENA", "Konferansen «Arena for kvalitet»", "2.3", "Delmål 2.3", A, "Konferanse", "LO", "KD og Udir", "November 2018", "I forbindelse med Yrkesfagenes år."),
 M("LO-FAGB", "Informasjon til medlemmene om Fagbrev på jobb", "3.1", "Delmål 3.1", I, "Informasjon", "LO", "forbundene", "2018", None),
])

# ---------------------------------------------------------------- 2019
FILE("Trondelag_fylkeskommune_rapport_2019.docx", "Trøndelag fylkeskommune", 2019, "python-docx", "tr19",
 "Word 'oversiktstabell + utdyping': header 'Trøndelag fylkeskommune / Trööndelagen fylhkentjïelte', one table with a row per measure "
 "(Nr | Tiltak | Delmål | Type tiltak | Ansvarlig | Samarbeidspartnere | Periode), then 'Utdyping' paragraphs keyed by number, then a "
 "'Lærlinger i Trøndelag' statistics table. NOT measures: statistics table, meeting list.", "nb", [
 M("TR-STRAT", "Regional kompetansestrategi for Trøndelag", "1.2", "1.2", X, "Plan/strategi", "Trøndelag fylkeskommune",
   "NAV Trøndelag, NHO Trøndelag, LO Trøndelag, KS Trøndelag og NTNU", "2018–2022", "Felles strategi for kompetansepolitikken etter sammenslåingen av Sør- og Nord-Trøndelag."),
 M("TR-FORUM", "Kompetanseforum Trøndelag", "1.2", "1.2", R, "Råd/utvalg/nettverk", "Trøndelag fylkeskommune",
   "partene i arbeidslivet, NAV Trøndelag, Fylkesmannen", "Løpende", None),
 M("TR-FBJ", "Fagbrev på jobb i Trøndelag", "3.1", "3.1", K, "Kurs/utdanning", "Trøndelag fylkeskommune", "NHO Trøndelag, NAV Trøndelag", "2019–2022",
   "Praksiskandidater får tilrettelagt opplæring på arbeidsplassen."),
 M("TR-KARR", "Karrieresenter Trøndelag", "1.3", "1.3", I, "Informasjon", "Trøndelag fylkeskommune", "NAV Trøndelag", "Løpende", None),
 M("TR-SAMI", "Sørsamisk karriereveiledning", "1.3", "1.3", P, "Prosjekt", "Trøndelag fylkeskommune", "Saemien Sijte, Snåsa kommune", "2019–2021",
   "Karriereveiledning på sørsamisk og med kunnskap om samisk kultur- og næringsliv."),
 M("TR-BIO", "Grønn kompetanse Trøndelag – kompetanseprogram for bioøkonomi", "2.4", "2.4", P, "Prosjekt", "Trøndelag fylkeskommune",
   "Nord universitet, Innovasjon Norge", "2019–2021", None),
 M("TR-DIGI", "Digitaliseringsløft for industrien i Trøndelag", "2.1", "2.1", K, "Kurs/utdanning", "Trøndelag fylkeskommune", "NTNU, SINTEF", "2019–2020", None),
])

FILE("KS_oppfolging_NKPS_2019.pdf", "KS", 2019, "reportlab", "ks19",
 "Landscape PDF 'matrise' like the directorate's Vedlegg 2: table Delmål | Tiltak | Type tiltak | Ansvarlig | Samarbeidspartnere, delmål cell given once per group "
 "(blank below); header line 'KS – rapportering 2019' and footer page numbers; after the table a 'KS i tall' box. NOT measures: KS i tall box.", "nb", [
 M("TR-FORUM", "Kompetanseforum Trøndelag", "1.2", "1.2", R, "Nettverk", "Trøndelag fylkeskommune", "KS Trøndelag", None, None),
 M("KS-REGPLAN", "Rådgivning til fylkeskommunene om regionale kompetanseplaner", "1.2", "1.2", R, "Nettverk", "KS",
   "Buskerud fylkeskommune, Hedmark fylkeskommune og Oppland fylkeskommune", None, None),
 M("KS-DIGI", "Samarbeid om digital kompetanse i kommunene", "2.1", "2.1", P, "Prosjekt", "KS", "KMD, hovedorganisasjonene", None, None),
 M("KS-LÆRING", "KS Læring – delingsplattform for kommunene", "2.2", "2.2", I, "Informasjon", "KS", "kommunene", None, None),
 M("KS-MONITOR", "Kommunesektorens arbeidslivsmonitor", "2.2", "2.2", F, "FoU", "KS", None, None, None),
 M("KS-LÆRL", "Status lærlinger i kommunesektoren", "2.3", "2.3", I, "Informasjon", "KS", None, None, None),
 M("KS-FBJ", "Fagbrev på jobb i kommunal helse og omsorg", "3.1", "3.1", K, "Kurs/utdanning", "KS", "fylkeskommunene, Fagforbundet", None, None),
])

# ---------------------------------------------------------------- 2020
FILE("Viken_fylkeskommune_arsrapport_NKPS_2020.pdf", "Viken fylkeskommune", 2020, "LibreOffice from python-docx", "vi20",
 "Word form-per-measure rendered with LibreOffice: cover block 'Viken fylkeskommune – Årsrapportering NKPS 2020', header/footer with page field, "
 "a contact box, then per measure a heading 'Tiltak n' and a two-column table (Tiltak | Delmål | Type | Ansvarlig | Samarbeidspartnere | Beskrivelse | Varighet). "
 "Responsible written 'Viken FK'. NOT measures: cover, contact box, 'Om sammenslåingen' paragraph.", "nb", [
 M("VI-PLAN", "Regional plan for kompetanse og verdiskaping i Viken", "1.2 1.4", "1.2 og 1.4", X, "Plan", "Viken FK",
   "KS, NHO Viken Oslo, LO i Viken, NAV", "2020–2024", "Første regionale plan for kompetanse i den nye fylkeskommunen; erstatter de tre tidligere fylkenes strategier."),
 M("VI-FORUM", "Kompetanseforum Viken", "1.2", "1.2", R, "Råd/utvalg/nettverk", "Viken FK",
   "NHO Viken Oslo, LO i Viken, NAV Vest-Viken, NAV Øst-Viken og KS", "Fra juni 2020", "Nytt forum for hele Viken, etablert ved sammenslåingen."),
 M("VI-KARR", "Karriere Viken", "1.3", "1.3", I, "Informasjon", "Viken FK", "NAV Vest-Viken, NAV Øst-Viken", "Løpende",
   "Felles karrieretjeneste for hele Viken med åtte kontorsteder."),
 M("BU-DIGISEN", "DigiSenior – videreført i Viken", "2.1", "2.1", P, "Prosjekt", "Viken FK", "NAV Vest-Viken, Senter for seniorpolitikk og Virke", "2020–2021",
   "Prosjektet fra tidligere Buskerud fylkeskommune er videreført og åpnet for seniorer i hele Viken."),
 M("VI-FAGSK", "Nye fagskoletilbud i fornybar energi og elektrifisering", "1.4", "1.4", K, "Kurs/utdanning", "Viken FK", "Fagskolen i Viken, Energi Norge", "Fra høsten 2020", None),
 M("VI-FBJ", "Fagbrev på jobb i Viken", "3.1", "3.1", K, "Kurs/utdanning", "Viken FK", "KS, NAV", "2020–", None),
 M("VI-KORONA", "Kompetanseløft for permitterte og ledige", "3.3", "3.3", K, "Kurs/utdanning", "Viken FK", "NAV Vest-Viken, NAV Øst-Viken", "Mai–desember 2020",
   "Gratis kurs og moduler i videregående opplæring for permitterte under koronapandemien."),
])

FILE("Regjeringen_rapport_kompetansepolitisk_rad_2020.docx", "Regjeringen", 2020, "python-docx", "rg20",
 "Word 'departementstabeller': foreword signed by the minister, then one table per hovedinnsatsområde (Tiltak | Delmål | Ansvarlig departement | Samarbeid | Type), "
 "a 'Kontaktpersoner i departementene' table at the end. NOT measures: foreword, contact table.", "nb", [
 M("RG-KBU", "Kompetansebehovsutvalget (KBU)", "1.1", "1.1", R, "Utvalg", "KD", "KMD, ASD, partene og Kompetanse Norge", "2017–2023", None),
 M("RG-REGREF", "Nye kompetansepolitiske oppgaver til fylkeskommunene i regionreformen", "1.2", "1.2", X, "Reform", "KD og KMD", "fylkeskommunene, KS", "Fra 1.1.2020", None),
 M("RG-KARR", "Tilskudd til karriereveiledning i fylkene", "1.3", "1.3", X, "Tilskudd", "KD", "Kompetanse Norge, fylkeskommunene", "Årlig", None),
 M("RG-BRANSJE", "Bransjeprogram for kompetanseutvikling", "2.1 2.4", "2.1, 2.4", K, "Kurs/utdanning", "KD", "partene, bransjene og Kompetanse Norge", "2020–", None),
 M("RG-FLEKS", "Tilskudd til fleksible videreutdanningstilbud", "2.1", "2.1", K, "Kurs/utdanning", "KD", "Kompetanse Norge, DIKU", "2020", None),
 M("RG-FBJ", "Fagbrev på jobb som varig ordning i forskrift", "3.1", "3.1", X, "Regelverk", "KD", "fylkeskommunene, partene", "Fra 2020", None),
 M("RG-KPLUSS", "Kompetansepluss", "3.2", "3.2", K, "Kurs/utdanning", "KD", "Kompetanse Norge", "Årlig", None),
])

FILE("Vestland_fylkeskommune_rapport_2020.docx", "Vestland fylkeskommune", 2020, "python-docx", "vl20",
 "Nynorsk Word 'delmål-seksjonar': sections headed by the delmål in words+code given ONCE for the section ('Delmål 1.2 – regionalt folkevalt nivå'), "
 "measures as numbered bold 'Tiltak:' paragraphs with inline labels (Type / Ansvarleg / Samarbeidspartnarar / Periode); ends with meeting list and 'Med helsing'. "
 "NOT measures: meeting list, greeting, merger intro.", "nn", [
 M("VL-PLAN", "Regional plan for kompetanse og arbeidskraft i Vestland", "1.2", "Delmål 1.2 – regionalt folkevalt nivå", X, "Plan", "Vestland fylkeskommune",
   "NAV Vestland, NHO Vestland, LO i Vestland og KS", "2020–2024", None),
 M("VL-FORUM", "Kompetanseforum Vestland", "1.2", "Delmål 1.2 – regionalt folkevalt nivå", R, "Råd/utval/nettverk", "Vestland fylkeskommune",
   "partane i arbeidslivet, NAV Vestland, Statsforvaltaren", "Frå 2020", "Nytt forum for heile Vestland etter samanslåinga av Hordaland og Sogn og Fjordane."),
 M("VL-KARR", "Karriere Vestland", "1.3", "Delmål 1.3 – karriererettleiing", I, "Informasjon", "Vestland fylkeskommune", "NAV Vestland", "Løpande", None),
 M("HO-MARIN", "Havbruksløftet – yrkesfagleg opplæring i havbruk", "1.4 2.3", "Delmål 1.4 og 2.3 – samarbeid med arbeidslivet og yrkesfag", P, "Prosjekt",
   "Vestland fylkeskommune", "Sjømat Norge, opplæringskontora", "2020–2022", "Prosjektet er vidareført frå tidlegare Hordaland fylkeskommune."),
 M("VL-FAGSK", "Fagskulen Vestland: nye tilbod i grøn skipsfart", "1.4 2.3", "Delmål 1.4 og 2.3 – samarbeid med arbeidslivet og yrkesfag", K, "Kurs/utdanning",
   "Vestland fylkeskommune", "Fagskulen Vestland, Maritim forening", "Frå hausten 2021", None),
 M("SF-MODELL", "Helsefagarbeidarutdanning for minoritetsspråklege etter Sogn og Fjordane-modellen", "3.4 3.5", "Delmål 3.4 og 3.5 – innvandrarar og NAV", K, "Kurs/utdanning",
   "Vestland fylkeskommune", "NAV Vestland, kommunane", "Vidareført", "Modellen frå Sogn og Fjordane er vidareført og skal takast i bruk i heile fylket."),
 M("VL-KORONA", "Kompetansetiltak for permitterte i Vestland", "3.3", "Delmål 3.3 – arbeidsmarknad", K, "Kurs/utdanning", "Vestland fylkeskommune", "NAV Vestland", "2020", None),
])

# ---------------------------------------------------------------- 2021
FILE("Viken_FK_rapportering_2021.pdf", "Viken fylkeskommune", 2021, "fpdf2", "vi21",
 "fpdf2 PDF 'fritekst med nøkkelfelt': running header 'Viken FK – Rapportering 2021', bold measure titles each followed by key: value lines, delmål written '2.3/3.1' style; "
 "a 'Deltakere 2021' statistics table in the middle. NOT measures: statistics table, footer, closing note.", "nb", [
 M("VI-PLAN", "Oppfølging av regional plan for kompetanse og verdiskaping", "1.2 1.4", "1.2/1.4", X, "Plan", "Viken fylkeskommune",
   "KS, NHO Viken Oslo, LO i Viken, NAV", "2021", "Handlingsprogrammet for planen ble vedtatt i 2021."),
 M("VI-FORUM", "Kompetanseforum Viken", "1.2", "1.2", R, "Nettverk", "Viken fylkeskommune", "NHO Viken Oslo, LO i Viken, NAV, KS", "Løpende", None),
 M("VI-KARR", "Karriere Viken – karriereveiledning for voksne", "1.3", "1.3", I, "Informasjon", "Viken fylkeskommune", "NAV", "Løpende", None),
 M("BU-DIGISEN", "DigiSenior", "2.1", "2.1", P, "Prosjekt", "Viken fylkeskommune", "Senter for seniorpolitikk og Virke", "Avsluttet 2021",
   "Fortsatt prosjekt fra 2020, sluttrapport levert i desember 2021."),
 M("VI-FBJ", "Fagbrev på jobb – fortsatt satsing", "3.1 3.3", "3.1/3.3", K, "Kurs/utdanning", "Viken fylkeskommune", "KS, NAV", "2021–", None),
 M("VI-LÆREPL", "Pilot med læreplassgaranti i Viken", "2.3", "2.3", P, "Prosjekt", "Viken fylkeskommune", "opplæringskontorene, NHO Viken Oslo", "2021–2022", None),
 M("VI-KORONA", "Kompetanseløft for permitterte og ledige", "3.3", "3.3", K, "Kurs/utdanning", "Viken fylkeskommune", "NAV Vest-Viken, NAV Øst-Viken", "Forlenget ut 2021", None),
])

FILE("Innlandet_fylkeskommune_NKPS_rapport_2021.docx", "Innlandet fylkeskommune", 2021, "python-docx", "in21",
 "Word 'tabell per innsatsområde med kommentar': header 'Innlandet fylkeskommune', a kontaktperson box, three tables (one per hovedinnsatsområde) "
 "with columns Tiltak | Delmål | Type | Ansvar | Partnere | Tid | Kommentar. NOT measures: contact box, the area heading rows.", "nb", [
 M("HE-FBJ", "Fagbrev på jobb i Innlandet", "3.1", "delmål 3.1", K, "Kurs/utdanning", "Innlandet fylkeskommune", "NAV Innlandet, KS, LO og NHO", "Fra 2020",
   "Ordningen fra tidligere Hedmark fylkeskommune er videreført og utvidet til hele Innlandet."),
 M("IN-STRAT", "Kompetansestrategi for Innlandet 2021–2024", "1.2", "delmål 1.2", X, "Strategi", "Innlandet fylkeskommune", "partene i arbeidslivet, NAV Innlandet", "2021–2024", None),
 M("IN-FORUM", "Innlandet kompetanseforum", "1.2", "delmål 1.2", R, "Råd/utvalg/nettverk", "Innlandet fylkeskommune", "Statsforvalteren i Innlandet, partene", "Fra 2020", None),
 M("IN-KARR", "Karriere Innlandet", "1.3", "delmål 1.3", I, "Informasjon", "Innlandet fylkeskommune", "NAV Innlandet", "Løpende", "Felles karrieresenter etter sammenslåingen."),
 M("IN-DESENTR", "Desentralisert fagskoletilbud i Nord-Gudbrandsdal", "1.4", "delmål 1.4", K, "Kurs/utdanning", "Innlandet fylkeskommune", "Fagskolen Innlandet", "2021–2023", None),
 M("IN-DIGI", "Digital kompetanse for ansatte i reiselivet", "2.1", "delmål 2.1", K, "Kurs/utdanning", "Innlandet fylkeskommune", "Innovasjon Norge, NHO Reiseliv", "2021", None),
 M("HE-UE", "Etablereropplæring i introduksjonsprogrammet (Ungt Entreprenørskap-metodikk)", "3.4", "delmål 3.4", P, "Prosjekt", "Innlandet fylkeskommune",
   "Ungt Entreprenørskap Innlandet", "Videreført", "Videreført fra Hedmark fylkeskommune."),
])

FILE("Vestfold_og_Telemark_FK_rapport_2021.pdf", "Vestfold og Telemark fylkeskommune", 2021, "LibreOffice from python-docx", "vt21",
 "Word rendered with LibreOffice: 'Tiltak n av 6' subheadings each followed by a vertical form table whose label column reads "
 "Tiltak / Delmål / Type tiltak / Ansvarlig / Samarbeidspartnere / Tidspunkt og varighet / Beskrivelse; footer with county name; ends with 'Vedlegg: møteplan'. "
 "NOT measures: møteplan table, intro.", "nb", [
 M("VT-PLAN", "Regional plan for kompetanse og arbeidsliv i Vestfold og Telemark", "1.2", "Delmål 1.2", X, "Plan", "Vestfold og Telemark fylkeskommune",
   "NAV Vestfold og Telemark, partene", "2021–2024", None),
 M("VT-PARTNER", "Partnerskap for karriereveiledning i Vestfold og Telemark", "1.3", "Delmål 1.3", R, "Råd/utvalg/nettverk", "Vestfold og Telemark fylkeskommune",
   "NAV Vestfold og Telemark, NHO Vestfold og Telemark, LO, KS og Universitetet i Sørøst-Norge", "2020–2023", None),
 M("VT-HOSP", "Hospitering for yrkesfaglærere i bedrift (Yrkesfagløftet)", "2.3", "Delmål 2.3", K, "Kurs/utdanning", "Vestfold og Telemark fylkeskommune",
   "bedrifter, skoler, kommuner", "Skoleåret 2021/2022", "Yrkesfaglærere hospiterer i bedrifter og instruktører i lærebedrifter hospiterer i skolen."),
 M("VT-FORUM", "Kompetanseforum Vestfold og Telemark", "1.2", "Delmål 1.2", R, "Råd/utvalg/nettverk", "Vestfold og Telemark fylkeskommune",
   "partene, NAV, Statsforvalteren", "Løpende", None),
 M("VT-FBJ", "Fagbrev på jobb", "3.1", "Delmål 3.1", K, "Kurs/utdanning", "Vestfold og Telemark fylkeskommune", "KS, NAV", "2021–", None),
 M("VT-INDUSTRI", "Kompetanseprogram for prosessindustrien i Grenland", "2.4", "Delmål 2.4", P, "Prosjekt", "Vestfold og Telemark fylkeskommune",
   "Eyde-klyngen, Fagskolen Vestfold og Telemark", "2021–2024", None),
])

FILE("NHO_kompetansepolitikk_rapport_2021.docx", "NHO", 2021, "python-docx", "nho21",
 "Word 'overskrift + faktaboks': 'Om NHO' box, region intro, each measure a Heading 2 followed by a small 3-row table (Delmål | Ansvarlig | Partnere) and a body paragraph; "
 "type and period given inside the body text prefix 'Type:'/'Tid:'. NOT measures: 'Om NHO' box, 'NHO i tall' list.", "nb", [
 M("TR-FBJ", "Fagbrev på jobb i Trøndelag", "3.1", "3.1", K, "Kurs/utdanning", "Trøndelag fylkeskommune", "NHO Trøndelag", "2019–2022",
   "NHO Trøndelag rekrutterer bedrifter til fylkeskommunens ordning."),
 M("VI-FORUM", "Deltakelse i Kompetanseforum Viken", "1.2", "1.2", R, "Råd/utvalg/nettverk", "NHO Viken Oslo", "Viken fylkeskommune", "Løpende", None),
 M("NHO-JENTER", "Jenter og teknologi", "2.3", "2.3", I, "Informasjon", "NHO", "NITO, Tekna", "2021", None),
 M("NHO-SKATT", "Rapport om skatteinsentiv for kompetanse i virksomheter", "2.2", "2.2", F, "FoU", "NHO", None, "2021", None),
 M("NHO-LÆRE", "Lærlingløftet – NHO-bedrifter tar inn flere lærlinger", "2.3", "2.3", P, "Prosjekt", "NHO", "landsforeningene", "2021–2022", None),
 M("NHO-HURTIG", "Hurtigsporet for nyankomne flyktninger", "3.3", "3.3", I, "Informasjon", "NHO", "NAV, IMDi", "2021", None),
])

# ---------------------------------------------------------------- 2022
FILE("Viken_fylkeskommune_tiltaksoversikt_2022.docx", "Viken fylkeskommune", 2022, "python-docx", "vi22",
 "Word 'matrise med sammenslåtte delmålsceller': 'Innhold' list, intro, ONE table Delmål | Tiltak | Type tiltak | Samarbeid | Periode with the delmål cell merged "
 "vertically over its rows; no responsible column (reporter is responsible). Ends with 'Møter i Kompetansepolitisk råd 2022'. NOT measures: Innhold list, meeting list.", "nb", [
 M("VI-PLAN", "Regional plan for kompetanse og verdiskaping – handlingsprogram 2022–2023", "1.2", "1.2", X, "Plan", None, "KS, partene, NAV", "2022–2023", None),
 M("VI-FORUM", "Kompetanseforum Viken", "1.2", "1.2", R, "Råd/utvalg/nettverk", None, "NHO Viken Oslo, LO i Viken, NAV, KS", "Løpende", None),
 M("VI-DELING", "Overføring av kompetanseoppgaver ved deling av Viken", "1.2", "1.2", P, "Prosjekt", None, "Akershus, Buskerud og Østfold (nye fylkeskommuner)", "2022–2023", None),
 M("VI-KARR", "Karriere Viken", "1.3", "1.3", I, "Informasjon", None, "NAV", "Løpende", None),
 M("VI-FAGSK", "Fagskoletilbud i fornybar energi (videreført)", "1.4", "1.4", K, "Kurs/utdanning", None, "Fagskolen i Viken", "2020–", None),
 M("VI-LÆREPL", "Læreplassgaranti i Viken", "2.3", "2.3", P, "Prosjekt", None, "opplæringskontorene", "2022–", None),
 M("VI-UKRAINA", "Norskopplæring og kvalifisering for flyktninger fra Ukraina", "3.4", "3.4", K, "Kurs/utdanning", None, "kommunene, NAV og IMDi", "2022", None),
])

# ---------------------------------------------------------------- 2023
FILE("Vestland_FK_rapportering_NKPS_2023.pdf", "Vestland fylkeskommune", 2023, "LibreOffice from python-docx", "vl23",
 "Nynorsk Word rendered with LibreOffice: header 'Vestland fylkeskommune', per measure a two-column table (Namn på tiltak | Delmål | Type tiltak | Ansvarleg | "
 "Samarbeidspartnarar | Skildring | Tidsrom) separated by blank lines; intro and 'Møte og arrangement 2023' list. NOT measures: intro, meeting list, page footer.", "nn", [
 M("VL-PLAN", "Regional plan for kompetanse og arbeidskraft – handlingsprogram 2023", "1.2", "delmål 1.2", X, "Plan", "Vestland fylkeskommune", "partane, NAV Vestland", "2023", None),
 M("VL-FORUM", "Kompetanseforum Vestland", "1.2", "delmål 1.2", R, "Råd/utval/nettverk", "Vestland fylkeskommune", "partane i arbeidslivet, NAV Vestland", "Løpande", None),
 M("SF-MODELL", "Sogn og Fjordane-modellen i heile Vestland", "3.4 3.5", "delmål 3.4 og 3.5", K, "Kurs/utdanning", "Vestland fylkeskommune", "NAV Vestland, kommunane",
   "2023–2025", "Modellen for helsefagarbeidarutdanning for minoritetsspråklege er no teken i bruk i 28 kommunar."),
 M("HO-MARIN", "Havbruksløftet", "1.4 2.3", "delmål 1.4 og 2.3", P, "Prosjekt", "Vestland fylkeskommune", "Sjømat Norge, opplæringskontora", "Forlengd til 2024", None),
 M("VL-KARR", "Karriere Vestland – karriererettleiing for vaksne", "1.3", "delmål 1.3", I, "Informasjon", "Vestland fylkeskommune", "NAV Vestland", "Løpande", None),
 M("VL-FBJ", "Fagbrev på jobb i Vestland", "3.1", "delmål 3.1", K, "Kurs/utdanning", "Vestland fylkeskommune", "KS, NAV Vestland", "Frå 2023", None),
 M("VL-GRØNN", "Kartlegging av kompetansebehov i det grøne skiftet i Vestland", "2.2", "delmål 2.2", F, "FoU", "Vestland fylkeskommune",
   "NORCE, Høgskulen på Vestlandet", "2023–2024", None),
])

FILE("Trondelag_FK_oppfolging_kompetansestrategi_2023.pdf", "Trøndelag fylkeskommune", 2023, "reportlab", "tr23",
 "PDF 'statusliste': bilingual title (Trøndelag fylkeskommune / Trööndelagen fylhkentjïelte), a 'Tall fra 2022' table, then a gridded table "
 "Tiltak | Delmål | Type | Status | Ansvarlig og partnere | Periode where responsible and partners share one cell ('Ansvarlig: …; partnere: …'). "
 "NOT measures: Tall table, status legend.", "nb", [
 M("TR-STRAT", "Kompetansestrategien for Trøndelag – oppfølging", "1.2", "delmål 1.2", X, "Plan/strategi", "Trøndelag fylkeskommune", "partene i arbeidslivet, NAV Trøndelag", "2023", None),
 M("TR-FORUM", "Kompetanseforum Trøndelag", "1.2", "delmål 1.2", R, "Råd/utvalg/nettverk", "Trøndelag fylkeskommune", "KS Trøndelag, NHO Trøndelag, LO Trøndelag", "Løpende", None),
 M("TR-FBJ", "Fagbrev på jobb", "3.1", "delmål 3.1", K, "Kurs/utdanning", "Trøndelag fylkeskommune", "NHO Trøndelag, NAV Trøndelag", "2019–2025", None),
 M("TR-KARR", "Karriere Trøndelag (tidligere Karrieresenter Trøndelag)", "1.3", "delmål 1.3", I, "Informasjon", "Trøndelag fylkeskommune", "NAV Trøndelag", "Løpende", None),
 M("TR-SAMI", "Sørsamisk karriereveiledning", "1.3", "delmål 1.3", P, "Prosjekt", "Trøndelag fylkeskommune", "Saemien Sijte", "Forlenget til 2024", None),
 M("TR-HAVBRUK", "Kompetanseløft for havbruksnæringen på Frøya og Hitra", "2.4", "delmål 2.4", P, "Prosjekt", "Trøndelag fylkeskommune", "Sjømat Norge, NTNU", "2023–2025", None),
 M("TR-GRØNN", "Grønt kompetanseløft – kurs for industri i omstilling", "2.1", "delmål 2.1", K, "Kurs/utdanning", "Trøndelag fylkeskommune", "NHO Trøndelag, Fagskolen i Trøndelag", "2023", None),
])

# ---------------------------------------------------------------- 2024
FILE("Akershus_fylkeskommune_rapport_2024.pdf", "Akershus fylkeskommune", 2024, "fpdf2", "ak24",
 "fpdf2 PDF 'punktliste med innrykk': intro about the split of Viken, each measure a bullet line 'Tiltak — delmål — type', followed by indented "
 "'Ansvar:', 'Partnere:', 'Periode:' lines and a short text; closing greeting 'Vennlig hilsen'. NOT measures: intro, greeting, footer.", "nb", [
 M("AK-FORUM", "Kompetanseforum Akershus (gjenopprettet)", "1.2", "delmål 1.2", R, "nettverk", "Akershus fylkeskommune", "NAV Akershus, NHO Oslo og Akershus, LO i Akershus og KS",
   "Fra mars 2024", "Forumet fra før 2020 er gjenopprettet for Akershus etter delingen av Viken."),
 M("AK24-PLAN", "Regional plan for kompetanse i Akershus (under utarbeidelse)", "1.2 1.4", "delmål 1.2 og 1.4", X, "plan", "Akershus fylkeskommune", "partene, NAV Akershus", "2024–2025", None),
 M("AK-KARR", "Karriere Akershus", "1.3", "delmål 1.3", I, "informasjon", "Akershus fylkeskommune", "NAV Akershus", "Løpende",
   "Karrieresenteret er gjenopprettet med de samme kontorene i Lillestrøm, Asker og Ski som før 2020."),
 M("AK-FBJ", "Fagbrev på jobb for barnehageansatte – videreført", "3.1 3.3", "delmål 3.1 og 3.3", K, "kurs/utdanning", "Akershus fylkeskommune", "KS, kommunene i Akershus",
   "2024–2026", None),
 M("AK-NYANK", "Kombinasjonsklasser for nyankomne voksne, nå også for flyktninger fra Ukraina", "3.4", "delmål 3.4", K, "kurs/utdanning", "Akershus fylkeskommune",
   "IMDi, kommunene", "Fra august 2024", None),
 M("AK24-DIGI", "KI-kompetanse for ansatte i offentlig sektor", "2.1", "delmål 2.1", K, "kurs", "Akershus fylkeskommune", "KS, OsloMet", "2024", None),
 M("AK24-GRØNN", "Kompetanse for det grønne skiftet i Akershus", "2.4", "delmål 2.4", P, "prosjekt", "Akershus fylkeskommune", "NHO Oslo og Akershus, Fagskolen Akershus", "2024–2026", None),
])

FILE("Telemark_fylkeskommune_NKPS_2024.docx", "Telemark fylkeskommune", 2024, "python-docx", "te24",
 "Word 'hvem-hva-når-tabell': plain-language column headers (Tiltak | Koblet til delmål | Hva slags tiltak | Hvem | Med hvem | Når), a row per measure, "
 "with a 'Tiltak videreført fra Vestfold og Telemark fylkeskommune' note column; before it 'Møter i 2024' list; header/footer text. NOT measures: meeting list, note.", "nb", [
 M("VT-HOSP", "Hospitering for yrkesfaglærere i bedrift", "2.3", "2.3", K, "Kurs/utdanning", "Telemark fylkeskommune", "bedrifter, skoler, kommuner", "2024–",
   "Videreført fra Vestfold og Telemark fylkeskommune"),
 M("TE-PARTNER", "Partnerskap for karriereveiledning i Telemark", "1.3", "1.3", R, "Nettverk", "Telemark fylkeskommune", "NAV Telemark, NHO, LO og KS", "Fra 2024", None),
 M("TE-FORUM", "Kompetanseforum Telemark", "1.2", "1.2", R, "Forum", "Telemark fylkeskommune", "partene, NAV Telemark", "Fra 2024", None),
 M("TE-PLAN", "Regional plan for kompetanse i Telemark", "1.2/1.4".replace("/", " "), "1.2/1.4", X, "Plan", "Telemark fylkeskommune", "partene", "2024–2028", None),
 M("VT-INDUSTRI", "Kompetanseprogram for prosessindustrien i Grenland", "2.4", "2.4", P, "Prosjekt", "Telemark fylkeskommune", "Eyde-klyngen, Fagskolen Telemark", "Ut 2025",
   "Videreført fra Vestfold og Telemark fylkeskommune"),
 M("VT-FBJ", "Fagbrev på jobb", "3.1", "3.1", K, "Kurs/utdanning", "Telemark fylkeskommune", "KS, NAV Telemark", "2024–",
   "Videreført fra Vestfold og Telemark fylkeskommune"),
 M("TE-NORSK", "Norskopplæring med arbeidspraksis for voksne innvandrere", "3.4", "3.4", K, "Kurs/utdanning", "Telemark fylkeskommune", "kommunene, NAV Telemark", "2024", None),
])

# ---------------------------------------------------------------- 2025
FILE("Buskerud_fylkeskommune_rapport_2025.docx", "Buskerud fylkeskommune", 2025, "python-docx", "bu25",
 "Word 'fire nummererte punkter per tiltak' (Spekter-like): a 'Rapporteringspunkter' list of titles with 'Relasjon til delmål …', then one block per measure with "
 "headings '1. Tiltak', '2. Ansvarlig og samarbeidspartnere' (a sentence), '3. Beskrivelse', '4. Tidspunkt og varighet'; type in brackets after the title. "
 "NOT measures: cover letter, the repeated list at the start (same measures, not new rows).", "nb", [
 M("BU-FORUM", "Kompetanseforum Buskerud", "1.2", "delmål 1.2", R, "råd/utvalg/nettverk", "Buskerud fylkeskommune", "LO i Buskerud, NHO Buskerud, NAV Buskerud og USN",
   "Fra 2024, løpende", "Forumet er gjenopprettet etter delingen av Viken."),
 M("BU25-PLAN", "Regional plan for kompetanse i Buskerud", "1.2 1.4", "delmål 1.2 og 1.4", X, "plan", "Buskerud fylkeskommune", "partene, NAV Buskerud", "2025–2028", None),
 M("BU-KARR", "Karrieresenteret i Buskerud", "1.3", "delmål 1.3", X, "veiledning", "Buskerud fylkeskommune", "NAV Buskerud", "Løpende",
   "Karrieresenteret i Drammen og Kongsberg drives igjen av Buskerud fylkeskommune."),
 M("VI-FAGSK", "Fagskoletilbud i fornybar energi og elkraft", "1.4", "delmål 1.4", K, "kurs/utdanning", "Buskerud fylkeskommune", "Fagskolen i Buskerud, Energi Norge", "Videreført",
   "Tilbudet er videreført fra Fagskolen i Viken."),
 M("BU25-KI", "Kunstig intelligens i industrien – kurs for fagarbeidere", "2.1", "delmål 2.1", K, "kurs", "Buskerud fylkeskommune", "Kongsberg-klyngen, Fagskolen i Buskerud", "2025", None),
 M("BU-LÆR", "Fagarbeider i Buskerud – ny runde av lærlingkampanjen", "2.3", "delmål 2.3", I, "informasjon", "Buskerud fylkeskommune", "opplæringskontorene", "Våren 2025", None),
])

# ---------------------------------------------------------------- 2026
FILE("HK-dir_rapport_Kompetansepolitisk_rad_2026.pdf", "HK-dir", 2026, "reportlab", "hk26",
 "PDF 'kort per tiltak': 'Om HK-dir' box and 'Tilskudd 2025 (mill. kr)' statistics table, then per measure a framed card: title line, then a 2x3 grid "
 "(Delmål / Type / Ansvarlig // Samarbeid / Periode / –) and description under it. NOT measures: Om HK-dir box, statistics table.", "nb", [
 M("HK-NETT", "Nettverk for regional kompetansepolitikk", "1.2", "Delmål 1.2", R, "Nettverk", "HK-dir", "fylkeskommunene, KS", "Løpende", None),
 M("HK-KARR", "Kvalitetsrammeverk for karriereveiledning", "1.3", "Delmål 1.3", I, "Informasjon", "HK-dir",
   "Karriere Akershus, Karriere Vestland og Karriere Trøndelag", "2025–2026", None),
 M("HK-BEHOV", "Sekretariat for Kompetansebehovsutvalget og regionale analyser", "1.1", "Delmål 1.1", F, "FoU", "HK-dir", "KD, fylkeskommunene", "Løpende", None),
 M("RG-BRANSJE", "Bransjeprogrammene", "2.1 2.4", "Delmål 2.1 og 2.4", K, "Kurs/utdanning", "HK-dir", "partene, bransjene", "Løpende",
   "HK-dir forvalter bransjeprogram for kompetanseutvikling på oppdrag fra KD."),
 M("HK-FBJ", "Veileder for Fagbrev på jobb", "3.1", "Delmål 3.1", I, "Informasjon", "HK-dir",
   "Trøndelag fylkeskommune, Innlandet fylkeskommune og Vestland fylkeskommune", "2026", None),
 M("RG-KPLUSS", "Kompetansepluss arbeid og Kompetansepluss frivillighet", "3.2", "Delmål 3.2", K, "Kurs/utdanning", "HK-dir", "partene, VOFO", "Årlig", None),
])

# near-miss groups: rows whose tids differ inside a group must stay apart
NEAR_GROUPS = {
 "kompetanseforum": ["AK-FORUM", "HO-FORUM", "BU-FORUM", "HE-FORUM", "SF-FORUM", "TR-FORUM", "VI-FORUM", "VL-FORUM", "IN-FORUM", "VT-FORUM", "TE-FORUM", "HK-NETT"],
 "regional plan/strategi": ["BU-STRAT", "TR-STRAT", "VI-PLAN", "VL-PLAN", "IN-STRAT", "VT-PLAN", "AK24-PLAN", "TE-PLAN", "BU25-PLAN", "KS-REGPLAN"],
 "karrieresenter": ["AK-KARR", "HO-KARR", "BU-KARR", "HE-KARR", "SF-KARR", "TR-KARR", "VI-KARR", "VL-KARR", "IN-KARR", "HK-KARR", "RG-KARR"],
 "fagbrev på jobb": ["AK-FBJ", "BU-FBJ", "HE-FBJ", "TR-FBJ", "VI-FBJ", "VL-FBJ", "VT-FBJ", "RG-FBJ", "KS-FBJ", "LO-FAGB", "HK-FBJ"],
 "hospitering": ["AK-HOSP", "VT-HOSP"],
 "fagskoletilbud": ["HO-FAGSK", "SF-FAGSK", "VI-FAGSK", "VL-FAGSK", "IN-DESENTR"],
 "havbruk": ["HO-MARIN", "TR-HAVBRUK", "SF-FAGSK"],
 "partnerskap karriereveiledning": ["VT-PARTNER", "TE-PARTNER"],
 "lærlinger": ["BU-LÆR", "SF-LÆRE", "NHO-LÆRE", "VI-LÆREPL", "KS-LÆRL"],
 "digital kompetanse": ["AK-DIGI", "AK24-DIGI", "SF-DIGI", "KS-DIGI", "BU-DIGISEN", "TR-DIGI", "IN-DIGI", "BU25-KI", "RG-FLEKS"],
 "permitterte": ["VI-KORONA", "VL-KORONA"],
 "grønt skifte": ["AK24-GRØNN", "TR-GRØNN", "VL-GRØNN", "TR-BIO"],
 "innvandrere": ["AK-NYANK", "VI-UKRAINA", "TE-NORSK", "SF-MODELL", "HE-UE"],
 "industrinettverk": ["BU-INDU", "VT-INDUSTRI", "TR-BIO"],
 "voksne/modul": ["HE-MODUL", "HO-VAKS", "HO-KPLUSS", "RG-KPLUSS"],
}
