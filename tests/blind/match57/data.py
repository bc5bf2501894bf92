# -*- coding: utf-8 -*-
"""Ground-truth data for batch match57 (rendering lives in render.py)."""

def M(tid, title, dm, dmp, typ, tp, resp, partners, period, desc):
    return dict(tiltak_id=tid, title=title, delmal=sorted(dm), dm_print=dmp, type=typ, type_print=tp,
                responsible=resp, partners=partners, period=period, description=desc)

FILES = []
def F(name, reporter, year, made, layout, nynorsk, measures, **extra):
    FILES.append(dict(name=name, reporter=reporter, year=year, made=made, layout=layout,
                      nynorsk=nynorsk, measures=measures, **extra))

# 1 ---------------------------------------------------------------- Spekter 2017
F("Spekter_rapportering_NKPS_2017.pdf", "Spekter", 2017, "python-docx -> LibreOffice PDF",
  "Spekter numbered report: 'Rapporteringspunkter' list with 'Relasjon til NKPS tiltak nr', then one form per measure "
  "with four numbered headings; Word list numbering leaks into the time paragraph ('9. ...'). The summary list is "
  "not a second copy of the measures (each measure counted once, from its form).", False, [
  M("T_SPK_KPLUSSKONF", "Gjennomføre møteplass/søkekonferanse mellom Spekters medlemmer og Kompetanse Norge om KompetansePluss – Arbeid",
    ["3.2"], "nr 12", None, None, "Spekter", ["Kompetanse Norge"], "En dags varighet i september 2017.",
    "Vi vil 13. september arrangere et seminar hvor medlemsvirksomhetene får økt kunnskap om ordningen og hva som kreves for å søke."),
  M("T_SPK_BREV", "Brev fra Spekter til alle medlemsvirksomhetene om lærlinger", ["1.4", "2.3"], "nr. 4 og 7", None, None,
    "Spekter", [], "Brevet ble sendt den 8. mai 2017.",
    "I brevet oppfordrer Spekters administrerende direktør virksomhetene til å vurdere om de kan tilby læreplass til flere ungdommer."),
  M("T_SPK_MOTEPLASS", "Arrangere «Møteplass lærebedrifter»", ["1.4", "2.3"], "nr. 4 og 7", None, None,
    "Spekter", ["FAFO", "fylkeskommuner", "opplæringskontorer"], "Oppstart var i 2013, og tiltaket gjennomføres hvert år i begynnelsen av mars.",
    "Møteplassen er et heldagsarrangement der lærebedrifter utveksler erfaringer med å ha lærlinger."),
  M("T_SPK_NETTVERK", "Arbeidsgivernettverk for Spekters medlemsvirksomheter", ["2.2"], "nr. 6", None, None,
    "Spekter", [], "Tiltaket ble igangsatt i 2016 og vil pågå løpende.",
    "Møtene arrangeres jevnlig, ca. hvert kvartal, og ledes av Spekters øverste leder."),
  M("T_SPK_HOSPEEM", "Deltagelse i prosjekt og styringsgruppe om livslang læring i sykehussektoren i Europa", ["2.2"], "nr. 6", None, None,
    "HOSPEEM", ["EPSU", "Fagforbundet", "Norsk sykepleierforbund"], "Igangsatt våren 2017, varighet to år.",
    "Gjennomføre to konferanser hvor gode eksempler trekkes fram for å belyse verdien av å investere i kompetanse."),
  M("T_SPLO_LAERLING17", "Arrangere en konferanse for Spekters medlemsvirksomheter og LOs tillitsvalgte", ["2.3"], "nr 7", None, None,
    "LO og Spekter", [], "Konferansen skal holdes den 30. november 2017.",
    "Hensikten med konferansen er å bidra til å nå målet i Samfunnskontrakt for flere læreplasser."),
  M("T_SPK_INTEGR17", "Arrangere konferanse for medlemsvirksomhetene om integrering av flyktninger og innvandrere", ["3.4"], "nr 14", None, None,
    "Spekter", ["IMDi", "NAV"], "Konferansen holdes 21. september 2017.",
    "Konferansen skal øke kunnskap, forståelse og interesse for å integrere flyktninger og innvandrere i arbeidslivet."),
], docx_first=True)

# 2 ---------------------------------------------------------------- LO 2017
F("LO_oppfolging_kompetansestrategien_2017.docx", "LO", 2017, "python-docx",
  "LO letter-style report: letterhead, greeting, one table 'Nr. i strategien | Hva LO gjør | Hvem | Når' with old "
  "tiltak numbers; a bullet list of council meetings ('Møter i Kompetansepolitisk råd 2017') and signature are not measures.", False, [
  M("T_SPLO_LAERLING17", "Konferanse med Spekter om flere læreplasser", ["2.3"], "7", None, None, "LO", ["Spekter"],
    "30. november 2017", None),
  M("T_LO_TVKURS", "Kompetansekurs for LOs tillitsvalgte", ["2.1", "2.2"], "5 og 6", None, None, "LO", ["LO-forbundene"],
    "Høsten 2017", None),
  M("T_SRY", "Representasjon i Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4"], "4", None, None, "LO", [],
    "Løpende", None),
  M("T_LO_KARTL17", "Kartlegging av kompetansebehov i LO-forbundene", ["2.2"], "6", None, None, "LO", ["Fafo"],
    "2017–2018", None),
  M("T_LO_HURTIG", "Hurtigsporet – LOs deltakelse i arbeidet", ["3.3", "3.4"], "13 og 14", None, None, "LO", ["NHO", "NAV", "IMDi"],
    "Fra 2016", None),
  M("T_LO_TARIFF", "Notat om tariffavtalenes betydning i kompetansepolitikken", ["2.2"], "6", None, None, "LO", ["Fafo"],
    "Ferdig desember 2017", None),
])

# 3 ---------------------------------------------------------------- Regjeringen 2018
F("Regjeringen_tiltak_NKPS_2018.pdf", "Regjeringen", 2018, "reportlab",
  "Government matrix: running header 'Kunnskapsdepartementet', table Delmål | Tiltak | Type tiltak | Ansvarlig | "
  "Samarbeidspartnere with the delmål cell spanning its rows, page numbers; a closing count table per "
  "hovedinnsatsområde is not a measure.", False, [
  M("T_KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk", "KD",
    ["KMD", "ASD", "partene", "Kompetanse Norge"], None, None),
  M("T_KARRIERE_TILSKUDD", "Tilskudd til karriereveiledning som forvaltes av Kompetanse Norge", ["1.3"], "1.3", "Prosjekt", "Prosjekt", "KD",
    ["Kompetanse Norge", "fylkeskommunene"], None, None),
  M("T_FLEX", "Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "2.1", "Kurs/utdanning", "Kurs/utdanning", "KD",
    ["Kompetanse Norge", "LO", "NHO", "KS", "Virke", "Spekter", "YS", "Akademikerne"], None, None),
  M("T_AG_DIGI", "Partssammensatt arbeidsgruppe for identifisering av kompetansebehov som følge av digitalisering", ["2.1"], "2.1",
    "Råd/utvalg/nettverk", "Råd/utvalg/nettverk", "KD", ["Kompetanse Norge", "LO", "NHO", "Unio", "KS", "YS", "Spekter", "Akademikerne"], None, None),
  M("T_EKSPERT", "Ekspertutvalg om etter- og videreutdanning", ["2.2"], "2.2", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk", "KD",
    ["forskere", "utdanningsinstitusjoner"], None, None),
  M("T_YFAAR", "Yrkesfagenes år 2018", ["2.3"], "2.3", "Informasjon", "Informasjon", "KD", ["YS", "Virke", "Spekter", "LO", "NHO"], None, None),
  M("T_SAMFK", "Samfunnskontrakten for flere læreplasser", ["2.3"], "2.3", "Kurs/utdanning", "Kurs/utdanning", "KD", ["Partene"], None, None),
  M("T_FPJ_PILOT", "Forsøk med Fagbrev på jobb i utvalgte fylker", ["3.1"], "3.1", "Kurs/utdanning", "Kurs/utdanning", "KD",
    ["fylkeskommuner", "Utdanningsdirektoratet"], None, None),
  M("T_KPLUSS", "Kompetansepluss arbeid", ["3.2"], "3.2", "Kurs/utdanning", "Kurs/utdanning", "KD", ["Kompetanse Norge"], None, None),
  M("T_OPPLTILTAK", "Etablere et nytt arbeidsmarkedstiltak med tilbud om opplæring av arbeidsledige", ["3.5"], "3.5",
    "Kurs/utdanning", "Kurs/utdanning", "ASD", ["Arbeids- og velferdsdirektoratet"], None, None),
  M("T_STUDIEFORB_UTR", "Utredning om studieforbundene", ["3.6"], "3.6", "FoU", "FoU", "KD", ["KuD"], None, None),
])

# 4 ---------------------------------------------------------------- LO 2018
F("LO_rapport_kompetansepolitisk_rad_2018.docx", "LO", 2018, "python-docx",
  "LO form report: cover page, contact box, one two-column form table per measure (Navn på tiltak / Relasjon til "
  "delmål / Type tiltak / Ansvarlig / Samarbeidspartnere / Beskrivelse / Tidspunkt og varighet); a statistics table "
  "'Tillitsvalgte på kurs 2018' is not a measure.", False, [
  M("T_LO_TVKURS", "Kompetansekurs for tillitsvalgte i LO-forbundene", ["2.1", "2.2"], "2.1 og 2.2", "Kurs/utdanning", "Kurs",
    "LO", ["LO-forbundene"], "Hele 2018",
    "Kursene gir tillitsvalgte verktøy for å ta opp kompetanseutvikling i drøftinger med arbeidsgiver."),
  M("T_LO_KARTRAP", "Rapport: Kompetansebehov i LO-forbundene", ["2.2"], "delmål 2.2", "FoU", "Forskning og utvikling",
    "LO", ["Fafo"], "Publisert mars 2018",
    "Rapporten sammenstiller resultatene fra fjorårets kartlegging blant forbundene."),
  M("T_KBU", "Deltakelse i Kompetansebehovsutvalget (KBU)", ["1.1"], "delmål 1.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
    "KD", ["LO"], "2017–2021", "LO har ett medlem i utvalget og bidrar med innspill til utvalgets analyser."),
  M("T_FLEX", "Fleksible videreutdanningstilbud i digital kompetanse – partssamarbeid", ["2.1"], "2.1", "Prosjekt", "Prosjekt",
    "Kunnskapsdepartementet", ["LO", "NHO", "Kompetanse Norge"], "2018–2019",
    "Partene prioriterer sammen hvilke søknader om tilskudd til fleksible tilbud som skal innvilges."),
  M("T_AG_DIGI", "Arbeidsgruppe om digital kompetanse i arbeidslivet", ["2.1"], "2.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
    "Kompetanse Norge", ["LO", "NHO", "Unio", "KS", "YS", "Spekter", "Akademikerne"], "2017–2018",
    "Gruppen skal identifisere behov for kompetanseutvikling som følger av digitalisering."),
  M("T_ARENDAL18", "Arendalsuka 2018: debatt om fornyelse av ansattes kompetanse", ["2.2"], "2.2", "Arrangement", "Arrangement",
    "LO Stat", ["Spekter"], "August 2018", "Felles arrangement med Spekter om verdien av fornyelse av ansattes kompetanse."),
  M("T_LO_ARENAKVAL", "Konferansen «Arena for kvalitet» i Yrkesfagenes år", ["2.3"], "2.3", "Arrangement", "Konferanse",
    "LO", ["KD", "Udir"], "Oktober 2018", None),
  M("T_LO_HURTIG", "Deltakelse på arrangementer om oppfølging av Hurtigsporet", ["3.1"], "3.1", "Informasjon", "Informasjon",
    "LO", ["NAV", "NHO"], "2018", "LO har fortsatt arbeidet med Hurtigsporet gjennom deltakelse på regionale arrangementer."),
])

# 5 ---------------------------------------------------------------- NHO 2018
F("NHO_kompetansepolitisk_rapport_2018.pdf", "NHO", 2018, "fpdf2",
  "NHO brochure: cover text, 'Om NHO' intro, numbered headings per measure followed by a key-value block "
  "(Delmål / Type / Ansvar / Partnere / Når) and a paragraph; footer 'NHO | Side x av y'.", False, [
  M("T_NHO_BAROM", "NHOs kompetansebarometer 2018", ["2.2"], "2.2", "FoU", "Spørreundersøkelse (FoU)", "NHO", ["NIFU"],
    "Gjennomført høsten 2018", "Barometeret måler medlemsbedriftenes udekkede kompetansebehov."),
  M("T_JENTERTEK", "Jenter og teknologi", ["2.3"], "2.3", "Informasjon", "Kampanje", "NHO", ["NITO", "Tekna"],
    "Tredje år på rad i 2018", "Nasjonal kampanje for å få flere jenter til å velge teknologiske utdanninger."),
  M("T_NHO_HURTIGKAMP", "Kampanje i fire byer for å fremme Hurtigsporet for nyankomne flyktninger", ["3.1"], "3.1", "Informasjon", "Informasjon",
    "NHO", ["NAV"], "Våren 2018", "Synliggjøre flyktningers kompetanse og rekrutteringsmuligheter for næringslivet."),
  M("T_FLEX", "Partssamarbeid om tilskudd til fleksible videreutdanningstilbud", ["2.1"], "2.1", "Prosjekt", "Prosjekt",
    "KD", ["Kompetanse Norge", "LO"], "2018", None),
  M("T_NHO_FAGINNOV", "Rapport om fagarbeideres bidrag til innovasjon i bedrifter", ["2.2"], "2.2", "FoU", "FoU", "NHO", ["Fafo"],
    "Ferdig desember 2018", None),
  M("T_BP_IND", "Bransjeprogram for industri- og byggenæringen", ["2.1", "2.4"], "2.1 og 2.4", "Kurs/utdanning", "Kurs/utdanning",
    "KD", ["Norsk Industri", "Fellesforbundet", "BNL", "Kompetanse Norge"], "Fra høsten 2018",
    "Bedriftsnære tilbud om etter- og videreutdanning for ansatte i industrien og byggenæringen."),
])

# 6 ---------------------------------------------------------------- KS 2018
F("KS_innrapportering_2018.docx", "KS", 2018, "python-docx",
  "KS one-table report: one row per measure, columns 'Delmål (tekst)' | Tiltak | Type | Ansvar | Med hvem | Når; "
  "delmål only in words; a separate list 'Møter i KS' kompetansegruppe 2018' with dates is not measures.", False, [
  M("T_KS_MONITOR", "Kommunesektorens arbeidslivsmonitor", ["2.2"], "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "FoU", "FoU", "KS", [], "Årlig", None),
  M("T_KS_DIGI", "Samarbeid om digital kompetanse i kommunene", ["2.1"], "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "Prosjekt", "Prosjekt", "KS", ["KMD", "hovedorganisasjonene"], "1. januar 2018 – ut 2019", None),
  M("T_KS_LAERING", "KS Læring – delingsplattform for kommunene", ["2.1"], "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "Informasjon", "Informasjon", "KS", ["Kommuner"], "Løpende", None),
  M("T_SAMFK", "Samfunnskontrakten for flere læreplasser (2016–2020)", ["2.3"], "Synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "Annet", "Avtale", "KS", ["Regjeringen", "partene"], "2016–2020", None),
  M("T_KS_LAERLSTATUS", "Status 2018, lærlinger i kommunesektoren", ["2.3"], "Synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "Informasjon", "Informasjon", "KS", [], "2018", None),
  M("T_SRY", "Samarbeidsrådet for yrkesopplæring", ["1.4"], "Samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "Råd/utvalg/nettverk", "Råd", "KD", ["KS", "partene"], "Løpende", None),
  M("T_KS_LEDER", "Lederutfordringer i digitale omstillingsprosesser", ["2.1"], "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "FoU", "FoU", "KS", ["PwC"], "2018", None),
  M("T_KS_MENNIHELSE", "Menn i helse, evaluering", ["1.4"], "Samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "FoU", "FoU", "KS", ["Østlandsforskning"], "2018–2019", None),
])

# 7 ---------------------------------------------------------------- Møre og Romsdal 2018 (nynorsk)
F("More_og_Romsdal_fylkeskommune_rapport_2018.docx", "Møre og Romsdal fylkeskommune", 2018, "python-docx",
  "Nynorsk county report: intro about regional role, headings 'Tiltak 1: ...' with paragraphs 'Delmål:', "
  "'Type tiltak:', 'Ansvarleg:', 'Samarbeidspartnarar:', 'Tidsrom:', 'Skildring:'; an 'Nøkkeltal' table of "
  "vaksne i vidaregåande opplæring and a contact line are not measures.", True, [
  M("T_MR_ALLIANSE", "Kompetansealliansen Møre og Romsdal", ["1.2"], "1.2", "Råd/utvalg/nettverk", "Råd/utval/nettverk",
    "Møre og Romsdal fylkeskommune", ["næringsliv/klynger", "høgskular", "fagskular", "vidaregåande skular"], "Frå våren 2019",
    "Alliansen skal samarbeide om kompetansebehovet i regionen på bakgrunn av eit felles kunnskapsgrunnlag."),
  M("T_MR_STRATEGI", "Regional kompetansestrategi for Møre og Romsdal", ["1.2"], "1.2", "Annet", "Plan",
    "Møre og Romsdal fylkeskommune", ["NAV Møre og Romsdal", "Fylkesmannen", "partane i arbeidslivet"], "2018–2021",
    "Strategien samlar dei regionale aktørane om felles mål for kompetansepolitikken i fylket."),
  M("T_MR_KARRIERE", "Karrieresenteret i Møre og Romsdal – karriererettleiing for vaksne", ["1.3"], "1.3", "Annet", "Tenestetilbod",
    "Møre og Romsdal fylkeskommune", ["NAV"], "Permanent", None),
  M("T_MR_INNVPLAN", "Eigen plan for innvandrarar – opplæring og arbeidspraksis", ["3.3"], "3.3", "Kurs/utdanning", "Kurs/utdanning",
    "Møre og Romsdal fylkeskommune", ["kommunane"], "2018–2020", None),
  M("T_MR_FPJ", "Fagbrev på jobb i Møre og Romsdal", ["3.1"], "3.1", "Kurs/utdanning", "Kurs/utdanning",
    "Møre og Romsdal fylkeskommune", ["NAV", "bedrifter"], "Frå hausten 2018",
    "Vaksne tilsette kan ta fagbrev gjennom arbeidet sitt utan å gå i ordinær lære."),
  M("T_MR_HOSPIT", "Hospitering for yrkesfaglærarar i bedrift", ["1.4"], "1.4", "Kurs/utdanning", "Kurs/utdanning",
    "Møre og Romsdal fylkeskommune", ["bedrifter", "vidaregåande skular"], "2018–2019", None),
])

# 8 ---------------------------------------------------------------- YS 2018
F("YS_notat_oppfolging_NKPS_2018.pdf", "YS", 2018, "python-docx -> LibreOffice PDF",
  "YS memo: boxed memo header (Til / Fra / Dato / Sak), short intro, one table Tiltak | Delmål | Samarbeid | Kort "
  "om tiltaket (no type, no responsible column), closing greeting 'Med vennlig hilsen'.", False, [
  M("T_KBU", "Representasjon i utvalget som analyserer Norges kompetansebehov", ["1.1"], "1.1", None, None, None, ["KD"], None,
    "YS har en representant i Kompetansebehovsutvalget."),
  M("T_AG_DIGI", "Deltar i partsgruppe som skal identifisere behov for digital kompetanse", ["2.1"], "2.1", None, None, None,
    ["Kompetanse Norge"], None, "Gruppen ledes av Kompetanse Norge og består av alle hovedorganisasjonene."),
  M("T_YS_TVKURS", "Skolering av YS-tillitsvalgte i kompetanseutvikling", ["2.2"], "2.2", None, None, None,
    ["YS-forbundene"], None, "Egne kurs for tillitsvalgte om kompetanseplaner og drøftinger med arbeidsgiver."),
  M("T_YFAAR", "Kampanje for yrkesfag i sosiale medier (Yrkesfagenes år)", ["2.3"], "2.3", None, None, None,
    ["KD"], None, "YS deltok i kampanjen med egne historier fra yrkesfagarbeidere."),
  M("T_YS_AFI", "Analyse av endringer i arbeidslivet knyttet til nye digitale løsninger", ["2.1", "2.2"], "2.1/2.2", None, None, None,
    ["AFI"], None, None),
  M("T_YS_BAROM", "YS Arbeidslivsbarometer 2018", ["2.2"], "2.2", None, None, None, ["Opinion"], None,
    "Årlig spørreundersøkelse med egne spørsmål om kompetanseutvikling på arbeidsplassen."),
])

# 9 ---------------------------------------------------------------- VOFO 2018
F("VOFO_rapport_frivillig_sektor_2018.docx", "VOFO", 2018, "python-docx",
  "VOFO bullet report: sections headed 'Delmål 3.2 – ...' / 'Delmål 3.6 – ...' (delmål given once per section), each "
  "measure a bullet with bold title, dash, description, and '(Type: ...; ansvar: ...; samarbeid: ...)'; a "
  "'Nøkkeltall for studieforbundene 2018' table is not measures.", False, [
  M("T_VOFO_PROMO", "Promotering av Kompetanseplussordningene", ["3.2"], "Delmål 3.2", "Informasjon", "Informasjon",
    "VOFO", ["studieforbundene"], None, "Informasjon til studieforbundene om søknadsrunden for Kompetansepluss frivillighet."),
  M("T_VOFO_EVAL", "Evaluering av Kompetansepluss frivillighet", ["3.2"], "Delmål 3.2", "FoU", "FoU",
    "VOFO", ["Ideas2evidence"], None, "Evalueringen ser på om opplæringen når voksne med svake grunnleggende ferdigheter."),
  M("T_VOFO_REGEL", "Regelverks- og praksisendring i studieforbundsordningen", ["3.6"], "Delmål 3.6", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
    "VOFO", ["Studieforbundene"], None, "Dialog med KD om nytt regelverk for tilskudd til studieforbund."),
  M("T_VOFO_INKL", "Informasjonsprosjekt om inkludering", ["3.6"], "Delmål 3.6", "Prosjekt", "Prosjekt",
    "VOFO", ["Studieforbundene", "kursarrangører"], None, "Prosjektet sprer gode eksempler på kurs som inkluderer innvandrere."),
  M("T_VOFO_FAFO", "Forskningsprosjekt om studieforbundene som læringskatalysatorer", ["3.6"], "Delmål 3.6", "FoU", "FoU",
    "VOFO", ["Fafo"], None, "Prosjektet undersøker hvordan deltakelse i studieforbund motiverer til videre læring."),
])

# 10 --------------------------------------------------------------- Spekter 2019
F("Spekter_NKPS_rapport_2019.docx", "Spekter", 2019, "python-docx",
  "Spekter 2019 forms: 'Tiltak nr. X' headings, each followed by a two-column label/answer table (Tiltak / Delmål / "
  "Type tiltak / Ansvarlig / Samarbeidspartnere / Tidspunkt og varighet / Beskrivelse); header with logo text, "
  "footer page field.", False, [
  M("T_SPK_MOTEPLASS", "Møteplass lærebedrifter (årlig)", ["1.4", "2.3"], "1.4 og 2.3", "Arrangement", "Arrangement",
    "Spekter", ["Spekters medlemsvirksomheter"], "Hvert år i mars, siden 2013",
    "Møteplassen i 2019 ble avholdt 7. mars med tema kvalitet i fagopplæringen."),
  M("T_ARENDAL19", "Arendalsuka 2019 – felles arrangement med LO Stat om kompetansereformen", ["2.2"], "2.2", "Arrangement", "Arrangement",
    "Spekter og LO Stat", [], "August 2019", "Debatt om hvordan arbeidsgivere og tillitsvalgte kan følge opp kompetansereformen."),
  M("T_SPK_FAGSKOLEKONF", "Fagskolekonferanse 2019 for spesialisthelsetjenesten", ["2.3"], "2.3", "Arrangement", "Arrangement",
    "Spekter", ["LO/Fagforbundet", "YS/Delta"], "Mai 2019", "Rette oppmerksomhet mot fagskoleutdanninger og synliggjøre karrieremuligheter for fagarbeidere."),
  M("T_SPK_FAGLRAAD", "Dialogmøte med Spekters representanter i faglige råd", ["1.4"], "1.4", "Arrangement", "Arrangement",
    "Spekter", ["Spekters medlemsvirksomheter"], "Juni 2019", None),
  M("T_SPK_KOMPUTV", "Kompetanseutvikling i Spekters medlemsvirksomheter", ["2.2"], "2.2", "Kurs/utdanning", "Kurs/utdanning",
    "Spekter", ["Spekters medlemmer"], "Løpende", None),
  M("T_SPK_NETTVERK", "Arbeidsgivernettverket, fortsatt med kompetanse som tema", ["2.2"], "2.2", "Råd/utvalg/nettverk", "Råd/utvalg/ nettverk",
    "Spekter", [], "Fra 2016, løpende", "Nettverket for HR-direktører har hatt kompetansereformen som tema på to møter."),
  M("T_SRY", "Samarbeidsrådet for yrkesopplæring – Spekters deltakelse", ["1.4"], "1.4", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk",
    "KD", ["Spekter", "LO", "NHO", "KS", "YS", "Unio", "Virke"], "Løpende", None),
])

# 11 --------------------------------------------------------------- KS 2019
F("KS_rapport_NKPS_2019.pdf", "KS", 2019, "reportlab",
  "KS landscape table: columns Tiltak | Delmål | Type | Samarbeid | Status 2019 (no responsible column), with grey "
  "full-width section rows per hovedinnsatsområde; title page, running footer; a 'Fakta: lærlinger i "
  "kommunesektoren' box with numbers is not a measure.", False, [
  M("T_KS_MONITOR", "Kommunesektorens arbeidslivsmonitor, ny rapport i september 2019", ["2.2"], "delmål 2.2", "FoU", "FoU", None, [],
    "September 2019", None),
  M("T_KS_DIGI", "Samarbeid om digital kompetanse – 71 kommuner, videreført", ["2.1"], "delmål 2.1", "Prosjekt", "Prosjekt", None,
    ["KMD", "hovedorganisasjonene"], "Ut 2019", None),
  M("T_KS_FINANS", "Finansieringsmodeller for etter- og videreutdanning", ["2.2"], "delmål 2.2", "FoU", "FoU", None, [], "Oppstart 2019", None),
  M("T_KS_TEKNOL", "Teknologibasert læring på arbeidsplassen", ["2.1"], "delmål 2.1", "FoU", "FoU", None, [], "Starter 2019", None),
  M("T_KS_KARTHO", "Kartlegging av endrede kompetansebehov i en digitalisert helse- og omsorgssektor", ["2.1", "2.2"], "delmål 2.1 og 2.2",
    "FoU", "FoU", None, ["IPSOS"], "2019", None),
  M("T_KS_FPJINFO", "Fagbrev på jobb i kommunesektoren – informasjon til kommunene", ["3.1"], "delmål 3.1", "Informasjon", "Informasjon", None,
    ["Utdanningsdirektoratet"], "2019", None),
  M("T_BP_HO", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.1", "2.4"], "delmål 2.1 og 2.4", "Kurs/utdanning", "Kurs/utdanning", None,
    ["Fagforbundet", "Delta", "NSF", "FO", "Kompetanse Norge"], "Fra 2019", None),
])

# 12 --------------------------------------------------------------- Virke 2019
F("Virke_innspill_kompetansepolitisk_rad_2019.pdf", "Virke", 2019, "fpdf2",
  "Virke narrative: sections per hovedinnsatsområde, each measure a bold 'Tiltak:' line, then a grey meta line "
  "'Delmål x | Type | Samarbeid: ...', then a paragraph; a 'Virke i tall' box and the sign-off are not measures.", False, [
  M("T_VIRKE_LITT", "Litteraturstudie om «Digitaliseringens påvirkning på varehandel»", ["2.1"], "Delmål 2.1", "FoU", "FoU", "Virke",
    ["Handel og Kontor", "Universitetet i Sørøst-Norge"], "2018–2019", "Studien oppsummerer forskning om hvordan digitalisering endrer jobbene i handelen."),
  M("T_VIRKE_STUDIE", "Studie om «Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?»", ["2.1"], "Delmål 2.1", "FoU", "FoU", "Virke",
    ["Samfunnsøkonomisk analyse", "NAV", "Handel og Kontor Norge"], "Ferdig 2019", "Studien bygger på intervjuer i 30 handelsbedrifter."),
  M("T_BALANSE", "«Balansekunst» – modell for å beskrive kompetanse som bygges opp i arbeidslivet", ["2.5"], "Delmål 2.5", "FoU", "FoU", "Virke",
    ["LO", "YS", "NHO"], "Lansert april 2018", "Rapporten foreslår en metode for å dokumentere kompetanse ervervet i arbeidslivet."),
  M("T_BP_HANDEL", "Bransjeprogram for varehandel", ["2.1", "2.4"], "Delmål 2.1 og 2.4", "Kurs/utdanning", "Kurs/utdanning", "Virke",
    ["Handel og Kontor", "Kompetanse Norge"], "Fra 2020", "Programmet gir ansatte i butikk tilbud om korte, nettbaserte moduler."),
  M("T_VIRKE_HRBAROM", "Virkes HR-barometer 2019", ["2.2"], "Delmål 2.2", "FoU", "Undersøkelse", "Virke", [], "Årlig",
    "Barometeret spør 1000 ledere om kompetansebehov og opplæring."),
  M("T_VIRKE_LAERL", "Lærlingløftet i Virke-bedrifter", ["2.3"], "Delmål 2.3", "Informasjon", "Informasjon", "Virke",
    ["opplæringskontorene"], "2019", "Kampanje for å få flere Virke-medlemmer til å ta inn lærlinger."),
])

# 13 --------------------------------------------------------------- Akademikerne 2019
F("Akademikerne_oppfolging_2019.docx", "Akademikerne", 2019, "python-docx",
  "Akademikerne numbered headings ('1 Forskningsrapport ...') each followed by a bullet list Delmål / Type / "
  "Ansvarlig / Samarbeid / Periode and a paragraph; intro about 'høyt utdannede' and a publication list "
  "('Publisert i 2019') that repeats report titles without fields.", False, [
  M("T_AKA_EVU", "Forskningsrapport «Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre»", ["2.2"], "2.2",
    "FoU", "FoU", "Akademikerne/Econa", ["Ny Analyse"], "2019", None),
  M("T_AKA_YNGRE", "Forskningsrapport «Yngre eldre i arbeidslivet»", ["2.2"], "2.2", "FoU", "FoU", "Akademikerne/Econa", ["Ny Analyse"], "2019", None),
  M("T_AKA_FRAMTID", "Forskningsrapport «Framtidens behov for akademikere»", ["1.1", "2.2"], "1.1 og 2.2", "FoU", "FoU", "Akademikerne",
    ["Samfunnsøkonomisk analyse"], "2019", "Framskrivinger av etterspørselen etter høyt utdannede fram mot 2035."),
  M("T_AKA_TVKURS", "Kurs for tillitsvalgte om etter- og videreutdanning", ["2.2"], "2.2", "Kurs/utdanning", "Kurs", "Akademikerne",
    ["medlemsforeningene"], "Vår og høst 2019", "Tillitsvalgte lærer å bruke hovedavtalens bestemmelser om kompetanse."),
  M("T_FLEX", "Deltakelse i tildelingen av midler til fleksible videreutdanningstilbud", ["2.1"], "2.1", "Annet", "Tilskuddsordning",
    "Kompetanse Norge", ["Akademikerne"], "2019", None),
])

# 14 --------------------------------------------------------------- Regjeringen 2020
F("Regjeringen_rapportering_2020.docx", "Regjeringen", 2020, "python-docx",
  "Government Word matrix: title, intro, one big table Delmål | Tiltak | Type tiltak | Ansvarlig | "
  "Samarbeidspartnere | Status with the delmål cell vertically merged over its rows; no page numbers.", False, [
  M("T_KBU", "Kompetansebehovsutvalget – nye rapporter 2019 og 2020", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk", "KD",
    ["partene", "Kompetanse Norge"], "NOU 2019:2 og NOU 2020:2", None),
  M("T_DIGKARRIERE", "Nasjonal digital karriereveiledningstjeneste", ["1.3"], "1.3", "Informasjon", "Informasjon", "KD",
    ["Kompetanse Norge"], "Lansert 2019", None),
  M("T_BP_UMBRELLA", "Bransjeprogram for kompetanseutvikling", ["2.1", "2.4"], "2.1", "Kurs/utdanning", "Kurs/utdanning", "KD",
    ["partene", "bransjene", "Kompetanse Norge"], "Fra 2019", None),
  M("T_FLEX", "Tilskudd til fleksible videreutdanningstilbud, videreført", ["2.1"], "2.1", "Kurs/utdanning", "Kurs/utdanning", "KD",
    ["Kompetanse Norge", "DIKU"], "2020", None),
  M("T_LHL", "Kompetansereformen «Lære hele livet»", ["2.2"], "2.2", "Annet", "Reform", "KD", ["ASD", "NFD", "KMD", "partene"],
    "Meld. St. 14 (2019–2020)", None),
  M("T_FPJ_NASJ", "Nasjonal innføring av Fagbrev på jobb", ["3.1"], "3.1", "Kurs/utdanning", "Kurs/utdanning", "KD",
    ["fylkeskommunene", "Utdanningsdirektoratet"], "Fra 2020", None),
  M("T_KPLUSS", "Kompetansepluss arbeid, videreført", ["3.2"], "3.2", "Kurs/utdanning", "Kurs/utdanning", "KD", ["Kompetanse Norge"], "2020", None),
  M("T_KPLUSS_FAG", "Prøveordning med fagopplæring i Kompetansepluss", ["3.2"], "3.2", "Kurs/utdanning", "Kurs/utdanning", "KD",
    ["Kompetanse Norge"], "2019–2021", None),
  M("T_INTROREFORM", "Reform av introduksjonsprogrammet (integreringsloven)", ["3.4"], "3.4", "Prosjekt", "Prosjekt", "KD",
    ["IMDi", "Kompetanse Norge"], "Ikrafttredelse 1. januar 2021", None),
  M("T_OPPLTILTAK", "Opplæringstiltaket i NAV", ["3.5"], "3.5", "Kurs/utdanning", "Kurs/utdanning", "ASD",
    ["Arbeids- og velferdsdirektoratet"], "Fra 2019", None),
])
# note: T_BP_UMBRELLA above has delmål 2.1 only printed -> fix to ["2.1"]
FILES[-1]["measures"][2]["delmal"] = ["2.1"]

# 15 --------------------------------------------------------------- Vestland 2020 (nynorsk)
F("Vestland_fylkeskommune_rapport_2020.pdf", "Vestland fylkeskommune", 2020, "python-docx -> LibreOffice PDF",
  "Nynorsk county report: title block, 'Innleiing', one table per hovudinnsatsområde with columns Tiltak | Delmål | "
  "Type tiltak | Ansvarleg | Partnarar | Periode; a 'Møte i Kompetanseforum Vestland 2020' date list and a "
  "'Kontakt' box are not measures.", True, [
  M("T_VL_PLAN", "Regional plan for kompetanse og arbeidskraft", ["1.2"], "1.2", "Annet", "Plan", "Vestland fylkeskommune",
    ["partane i arbeidslivet", "NAV Vestland", "Statsforvaltaren"], "2020–2024", None),
  M("T_VL_FORUM", "Kompetanseforum Vestland", ["1.2"], "1.2", "Råd/utvalg/nettverk", "Nettverk", "Vestland fylkeskommune",
    ["NHO Vestland", "LO i Vestland", "KS Vest", "NAV Vestland", "Høgskulen på Vestlandet"], "Frå 2020", None),
  M("T_VL_KARRIERE", "Karriere Vestland – karrieresentera i fylket", ["1.3"], "1.3", "Annet", "Rettleiing", "Vestland fylkeskommune",
    ["NAV Vestland"], "Permanent", None),
  M("T_VL_FPJ", "Fagbrev på jobb for tilsette i kommunane", ["3.1"], "3.1", "Kurs/utdanning", "Kurs/utdanning", "Vestland fylkeskommune",
    ["kommunane", "KS Vest"], "2020–2022", None),
  M("T_VL_HO", "Kompetanseløft helse og omsorg i Sunnfjord", ["2.4"], "2.4", "Prosjekt", "Prosjekt", "Vestland fylkeskommune",
    ["Sunnfjord kommune", "Høgskulen på Vestlandet"], "2020–2021", None),
  M("T_SFMODELL", "Opplæringstilbod som helsefagarbeidar for minoritetsspråklege («Sogn og Fjordane-modellen»)", ["3.5"], "3.5",
    "Kurs/utdanning", "Kurs/utdanning", "Vestland fylkeskommune", ["NAV", "kommunane"], "Vidareført frå 2017", None),
  M("T_VL_NAVSAMARB", "Samarbeidsavtale med NAV om opplæring for vaksne", ["3.5"], "3.5", "Råd/utvalg/nettverk", "Avtale/nettverk",
    "Vestland fylkeskommune", ["NAV Vestland"], "Frå 2020", None),
])
# (Avtale/nettverk kept as Råd/utvalg/nettverk)

# 16 --------------------------------------------------------------- KS 2020
F("KS_kompetansepolitisk_rapport_2020.docx", "KS", 2020, "python-docx",
  "KS memo with paragraphs: bold run-in labels 'Tiltak:', 'Kobling til strategien:', 'Type:', 'Hvem:', 'Periode:' "
  "and a free paragraph per measure, separated by horizontal rules; a 'Tall fra arbeidslivsmonitoren' statistics "
  "table and meeting list are not measures.", False, [
  M("T_KS_MONITOR", "Arbeidslivsmonitoren for kommunesektoren (årlig undersøkelse)", ["2.2"], "delmål 2.2", "FoU", "Undersøkelse", "KS", [],
    "Årlig, siste runde våren 2020", "Undersøkelsen går til alle kommuner og fylkeskommuner."),
  M("T_KS_MONRAPP", "Rapport: Kompetansebehov i kommunesektoren 2020 – hovedfunn fra arbeidslivsmonitoren", ["2.2"], "delmål 2.2", "FoU", "Rapport",
    "KS", ["Proba samfunnsanalyse"], "Desember 2020", "Analyserapport som bruker monitordata til å beskrive rekrutteringsutfordringer."),
  M("T_BP_HO", "Bransjeprogram helse og omsorg, videreført", ["2.1", "2.4"], "delmål 2.1 og 2.4", "Kurs/utdanning", "Kurs/utdanning", "KS",
    ["Fagforbundet", "Delta", "NSF", "FO"], "2020–2021", "Nye tilbud innen velferdsteknologi og demens."),
  M("T_KS_TEKNOL", "Teknologibasert læring på arbeidsplassen – sluttrapport", ["2.1"], "delmål 2.1", "FoU", "FoU", "KS", ["SINTEF"],
    "Avsluttet 2020", None),
  M("T_KS_DIGLEDER", "Digitalt lederprogram for kommunale ledere", ["2.1"], "delmål 2.1", "Kurs/utdanning", "Lederprogram", "KS",
    ["BI"], "2020–2022", "Program for ledere som skal lede digital omstilling i egen kommune."),
  M("T_SAMFK2", "Ny samfunnskontrakt for flere læreplasser – forhandlinger", ["2.3"], "delmål 2.3", "Annet", "Avtale", "KS",
    ["Regjeringen", "partene"], "Høsten 2020", None),
  M("T_KS_FPJINFO", "Fagbrev på jobb i kommunesektoren, fortsatt informasjonsarbeid", ["3.1"], "delmål 3.1", "Informasjon", "Informasjon", "KS",
    ["Utdanningsdirektoratet"], "2020", None),
])

# 17 --------------------------------------------------------------- LO 2021
F("LO_tiltaksoversikt_2021.pdf", "LO", 2021, "reportlab",
  "LO card layout: each measure in a framed box (bold title, then small key-value lines Delmål / Type / Ansvarlig / "
  "Partnere / Periode, then text); page header 'LO – Tiltaksoversikt 2021', footer with page numbers; a "
  "'LO i tall' statistics box and contact box are not measures.", False, [
  M("T_LO_TVKURS", "Kompetansekurs for tillitsvalgte, videreført", ["2.1", "2.2"], "2.1, 2.2", "Kurs/utdanning", "Kurs/utdanning", "LO",
    ["LO-forbundene"], "2021", "Kurset er lagt om til digitale samlinger."),
  M("T_BP_IND", "Bransjeprogram industri og bygg", ["2.1", "2.4"], "2.1/2.4", "Kurs/utdanning", "Kurs/utdanning", "KD",
    ["Fellesforbundet", "NHO", "Norsk Industri", "BNL"], "2019–2022", "Fellesforbundet sitter i programrådet."),
  M("T_BP_REISE", "Bransjeprogram for reiseliv og servering", ["2.1"], "2.1", "Kurs/utdanning", "Kurs/utdanning", "KD",
    ["Fellesforbundet", "NHO Reiseliv"], "Fra 2021", "Tilbud til permitterte og ansatte i reiselivet under pandemien."),
  M("T_LO_ARENDAL21", "Arendalsuka 2021 – debatt om kompetansereformen", ["2.2"], "2.2", "Arrangement", "Arrangement", "LO", [],
    "August 2021", None),
  M("T_KBU", "Kompetansebehovsutvalget (KBU) – LOs representasjon", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Råd/utvalg/nettverk", "KD",
    ["LO"], "2017–2021", None),
  M("T_MAT40", "Matindustrien 4.0 – kompetanseløft for hele matindustrien", ["2.1"], "2.1", "Prosjekt", "Prosjekt", "LO/NNN",
    ["NHO Mat og drikke", "Sjømat Norge"], "2019–2021", None),
  M("T_AG_STAT", "Partssammensatt arbeidsgruppe på statlig tariffområde", ["2.2"], "2.2", "Råd/utvalg/nettverk", "Arbeidsgruppe", "LO Stat",
    ["KMD", "Unio", "YS Stat", "Akademikerne"], "2020–2021", None),
])
FILES[-1]["measures"][6]["type"] = "Råd/utvalg/nettverk"

# 18 --------------------------------------------------------------- Unio 2021
F("Unio_rapport_til_kompetansepolitisk_rad_2021.docx", "Unio", 2021, "python-docx",
  "Unio numbered table: columns Nr | Tiltak | Delmål | Type | Samarbeid, header row repeated, no responsible column; "
  "below it a list 'Unios medlemsorganisasjoner' and a short 'Unio mener' paragraph, neither are measures.", False, [
  M("T_UNIO_TVKURS", "Tillitsvalgtskolering om kompetanse og digitalisering", ["2.1"], "2.1", "Kurs/utdanning", "Kurs/utdanning", None,
    ["Unios medlemsorganisasjoner"], None, None),
  M("T_UNIO_FINANS", "Utredning av ulike modeller for finansiering av etter- og videreutdanning", ["2.2"], "2.2", "FoU", "FoU", None,
    ["Proba samfunnsanalyse"], None, None),
  M("T_UNIO_HELSE", "Rapport om kompetanseheving av helsepersonell", ["2.2"], "2.2", "FoU", "FoU", None, ["Ny Analyse"], None, None),
  M("T_BP_HO", "Unio i styringsgruppen for bransjeprogrammet for helse og omsorg", ["2.1", "2.4"], "2.1 og 2.4", "Råd/utvalg/nettverk",
    "Styringsgruppe", None, ["KS", "Fagforbundet", "Delta"], None, None),
  M("T_UNIO_STUDIEF", "Aktiv bruk av studieforbund", ["3.6"], "3.6", "Kurs/utdanning", "Kurs/utdanning", None, ["Unios forbund"], None, None),
])

# 19 --------------------------------------------------------------- Trøndelag 2021
F("Trondelag_fylkeskommune_arsrapport_kompetanse_2021.pdf", "Trøndelag fylkeskommune", 2021, "fpdf2",
  "County annual report excerpt: chapter numbering (4.1, 4.2 …) that is NOT delmål; each measure a sub-heading with "
  "the delmål in brackets '(delmål 1.2)', then 'Ansvar:', 'Partnere:', 'Type:', 'Periode:' lines and text; a "
  "statistics table 'Voksne i videregående opplæring' and chapter intro are not measures.", False, [
  M("T_TRD_FORUM", "Kompetanseforum Trøndelag", ["1.2"], "delmål 1.2", "Råd/utvalg/nettverk", "Forum", "Trøndelag fylkeskommune",
    ["NHO Trøndelag", "LO Trøndelag", "NAV Trøndelag", "NTNU", "KS Trøndelag"], "Fra 2018", "Forumet møtes fire ganger i året."),
  M("T_TRD_STRAT", "Regional kompetansestrategi for Trøndelag", ["1.2"], "delmål 1.2", "Annet", "Strategi", "Trøndelag fylkeskommune",
    ["NAV Trøndelag", "Statsforvalteren i Trøndelag"], "2021–2025", "Strategien ble vedtatt av fylkestinget i juni 2021."),
  M("T_TRD_FPJ", "Fagbrev på jobb i Trøndelag", ["3.1"], "delmål 3.1", "Kurs/utdanning", "Kurs/utdanning", "Trøndelag fylkeskommune",
    ["opplæringskontorene", "NAV Trøndelag"], "Løpende", "Over 400 voksne er i gang med fagbrev på jobb i fylket."),
  M("T_TRD_KARRIERE", "Karrieresenteret Trøndelag: karriereveiledning for voksne", ["1.3"], "delmål 1.3", "Informasjon", "Veiledning",
    "Trøndelag fylkeskommune", ["NAV Trøndelag"], "Permanent", None),
  M("T_TRD_BPKURS", "Regionale kurs i Trøndelag under bransjeprogrammet for industri og bygg", ["2.4"], "delmål 2.4", "Kurs/utdanning",
    "Kurs/utdanning", "Trøndelag fylkeskommune", ["fagskolene i Trøndelag"], "2021", None),
  M("T_TRD_FLEKS", "Fleksible utdanningstilbud for voksne i distriktene", ["3.1"], "delmål 3.1", "Kurs/utdanning", "Kurs/utdanning",
    "Trøndelag fylkeskommune", ["kommunene"], "2021–2023", None),
])
FILES[-1]["measures"][3]["type"] = "Annet"

# 20 --------------------------------------------------------------- Vestland 2022 (nynorsk)
F("Vestland_fylkeskommune_rapport_2022.docx", "Vestland fylkeskommune", 2022, "python-docx",
  "Nynorsk form tables: one two-column table per measure with labels Namn på tiltak / Delmål / Type tiltak / "
  "Ansvarleg / Samarbeidspartnarar / Tidsrom / Skildring; a 'Nøkkeltal 2022' table and greeting are not measures.", True, [
  M("T_VL_PLAN", "Regional plan for kompetanse og arbeidskraft, vidareført", ["1.2", "1.4"], "1.2 og 1.4", "Annet", "Plan",
    "Vestland fylkeskommune", ["partane i arbeidslivet", "NAV Vestland"], "2020–2024", "Handlingsprogrammet vart rullert i 2022."),
  M("T_VL_FORUM", "Kompetanseforum Vestland – fire møte i 2022", ["1.2"], "1.2", "Råd/utvalg/nettverk", "Nettverk", "Vestland fylkeskommune",
    ["NHO Vestland", "LO i Vestland", "KS Vest"], "2022", None),
  M("T_VL_FPJ", "Fagbrev på jobb, utvida til private verksemder", ["3.1"], "3.1", "Kurs/utdanning", "Kurs/utdanning", "Vestland fylkeskommune",
    ["kommunane", "bedrifter"], "2022–2024", "Ordninga gjeld no òg tilsette i private verksemder."),
  M("T_VL_KARRIERE", "Karriererettleiing for vaksne (Karriere Vestland)", ["1.3"], "1.3", "Annet", "Rettleiing", "Vestland fylkeskommune",
    ["NAV Vestland"], "Permanent", None),
  M("T_VL_HAVBRUK", "Kompetanseløft i havbruksnæringa", ["2.4"], "2.4", "Prosjekt", "Prosjekt", "Vestland fylkeskommune",
    ["Sjømat Norge", "fagskulane"], "2022–2023", None),
  M("T_VL_FLEKSVGO", "Fleksibel vidaregåande opplæring for vaksne", ["3.1"], "3.1", "Kurs/utdanning", "Kurs/utdanning", "Vestland fylkeskommune",
    ["kommunane"], "Frå hausten 2022", None),
])

# 21 --------------------------------------------------------------- HK-dir 2023
F("HK-dir_oppfolging_kompetansepolitikk_2023.pdf", "HK-dir", 2023, "reportlab",
  "Directorate report: title page, 'Sammendrag', paragraphs, then a table 'Tiltak og tilskuddsordninger' with "
  "columns Tiltak | Delmål | Type | Samarbeid | Periode (responsible column absent: HK-dir implied), and a "
  "statistics table 'Søknader og tildelinger 2023' that is NOT measures.", False, [
  M("T_KPLUSS", "Opplæring i grunnleggende ferdigheter i arbeidslivet (Kompetansepluss)", ["3.2"], "3.2", "Kurs/utdanning", "Tilskudd/kurs",
    None, ["partene i arbeidslivet"], "Løpende", None),
  M("T_BP_UMBRELLA", "Bransjeprogram for kompetanseutvikling – sekretariat", ["2.1", "2.4"], "2.1/2.4", "Kurs/utdanning", "Kurs/utdanning",
    None, ["KD", "partene"], "2019–2025", None),
  M("T_FLEX", "Fleksible videreutdanningstilbud (tilskuddsordning)", ["2.1"], "2.1", "Kurs/utdanning", "Tilskudd/kurs", None,
    ["universiteter og høyskoler", "fagskoler"], "Løpende", None),
  M("T_KBU", "Sekretariat for Kompetansebehovsutvalget", ["1.1"], "1.1", "Råd/utvalg/nettverk", "Utvalg", None, ["KD"], "Løpende", None),
  M("T_DIGKARRIERE", "Digital karriereveiledning (karriereveiledning.no)", ["1.3"], "1.3", "Informasjon", "Informasjon", None,
    ["fylkeskommunene"], "Løpende", None),
  M("T_KPLUSS_FRIV", "Opplæring i grunnleggende ferdigheter i frivillig sektor (tidl. Kompetansepluss frivillighet)", ["3.2", "3.6"], "3.2/3.6",
    "Kurs/utdanning", "Tilskudd/kurs", None, ["VOFO", "studieforbundene"], "Løpende", None),
  M("T_GODKJ", "Godkjenning av utenlandsk fag- og yrkesopplæring", ["2.6"], "2.6", "Annet", "Forvaltning", None, ["NOKUT"], "Fra 2022", None),
])
FILES[-1]["measures"][3]["type"] = "Råd/utvalg/nettverk"

# 22 --------------------------------------------------------------- Regjeringen 2024
F("Regjeringen_oppfolging_kompetansepolitikk_2024.pdf", "Regjeringen", 2024, "python-docx -> LibreOffice PDF",
  "Government note: heading, 'Innledning', then per delmål a bold heading with the delmål's words only (no code) "
  "and one or more numbered measure paragraphs '1) Title. Text (Ansvarlig: X. Samarbeid: Y.)'; a closing table of "
  "'Budsjett 2024 (mill. kr)' is not measures.", False, [
  M("T_KBU", "Kompetansebehovsutvalget (KBU) – ny NOU 2024", ["1.1"], "Etablere et kompetansebehovsutvalg (KBU)", None, None, "KD",
    ["HK-dir"], None, "Utvalget la fram sin femte hovedrapport."),
  M("T_BP_UMBRELLA", "Bransjeprogrammene, videreført og utvidet", ["2.1"], "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    None, None, "KD", ["partene", "HK-dir"], None, "Tolv bransjer har nå egne program."),
  M("T_SAMFK2", "Samfunnskontrakten for flere læreplasser (2022–2026)", ["2.3"], "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    None, None, "KD", ["partene", "KS"], None, "Målet er at alle kvalifiserte søkere skal få læreplass."),
  M("T_FPJ_NASJ", "Fagbrev på jobb – nasjonal ordning, videreført", ["3.1"], "Gi fleksibel opplæring på voksnes premisser",
    None, None, "KD", ["fylkeskommunene"], None, "Ordningen er nå tatt i bruk i alle fylker."),
  M("T_KPLUSS", "Opplæring i grunnleggende ferdigheter i arbeidslivet (tidl. Kompetansepluss)", ["3.2"], "Stimulere til bruk av Kompetanseplussordningene",
    None, None, "KD", ["HK-dir", "partene i arbeidslivet"], None, "Ordningen ble lagt om i 2021 og heter nå Kompetanseprogrammet."),
  M("T_OPPLTILTAK", "Opplæringstiltaket i NAV, fortsatt", ["3.5"], "Styrke og tilpasse NAVs opplæringstilbud",
    None, None, "ASD", ["Arbeids- og velferdsdirektoratet"], None, "Flere deltakere tar fagbrev innenfor tiltaket."),
])

# ------------------------------------------------------------------ near-miss groups
# each group: list of tiltak ids that share words but are different measures; pairs are built across ids.
NEAR_GROUPS = {
  "tillitsvalgt courses": ["T_LO_TVKURS", "T_YS_TVKURS", "T_AKA_TVKURS", "T_UNIO_TVKURS", "T_SPLO_LAERLING17"],
  "regional plans/strategies": ["T_MR_STRATEGI", "T_VL_PLAN", "T_TRD_STRAT"],
  "regional forums/alliances": ["T_MR_ALLIANSE", "T_VL_FORUM", "T_TRD_FORUM"],
  "Fagbrev på jobb variants": ["T_FPJ_PILOT", "T_FPJ_NASJ", "T_MR_FPJ", "T_VL_FPJ", "T_TRD_FPJ", "T_KS_FPJINFO"],
  "bransjeprogram sectors/parts": ["T_BP_IND", "T_BP_HO", "T_BP_HANDEL", "T_BP_REISE", "T_BP_UMBRELLA", "T_TRD_BPKURS", "T_VL_HO"],
  "Kompetansepluss family": ["T_KPLUSS", "T_KPLUSS_FAG", "T_KPLUSS_FRIV", "T_SPK_KPLUSSKONF", "T_VOFO_PROMO", "T_VOFO_EVAL"],
  "surveys vs reports": ["T_KS_MONITOR", "T_KS_MONRAPP", "T_NHO_BAROM", "T_YS_BAROM", "T_VIRKE_HRBAROM", "T_LO_KARTL17", "T_LO_KARTRAP"],
  "councils and working groups": ["T_KBU", "T_SRY", "T_AG_DIGI", "T_AG_STAT", "T_EKSPERT", "T_SPK_FAGLRAAD"],
  "Arendalsuka events": ["T_ARENDAL18", "T_ARENDAL19", "T_LO_ARENDAL21"],
  "apprenticeship contract/events": ["T_SAMFK", "T_SAMFK2", "T_SPLO_LAERLING17", "T_SPK_BREV", "T_SPK_MOTEPLASS", "T_KS_LAERLSTATUS", "T_VIRKE_LAERL"],
  "Hurtigsporet": ["T_LO_HURTIG", "T_NHO_HURTIGKAMP"],
  "digital competence / flexible offers": ["T_FLEX", "T_TRD_FLEKS", "T_VL_FLEKSVGO", "T_KS_DIGI", "T_KS_LEDER", "T_KS_DIGLEDER", "T_KS_TEKNOL", "T_KS_LAERING"],
  "studieforbund": ["T_STUDIEFORB_UTR", "T_VOFO_FAFO", "T_VOFO_REGEL", "T_UNIO_STUDIEF"],
  "financing models": ["T_KS_FINANS", "T_UNIO_FINANS"],
  "same-member studies": ["T_VIRKE_LITT", "T_VIRKE_STUDIE", "T_AKA_EVU", "T_AKA_YNGRE", "T_AKA_FRAMTID"],
  "career guidance": ["T_KARRIERE_TILSKUDD", "T_DIGKARRIERE", "T_MR_KARRIERE", "T_VL_KARRIERE", "T_TRD_KARRIERE"],
  "health sector competence": ["T_UNIO_HELSE", "T_KS_KARTHO", "T_VL_HO", "T_SFMODELL"],
  "yrkesfag campaigns": ["T_YFAAR", "T_LO_ARENAKVAL", "T_JENTERTEK", "T_VIRKE_LAERL", "T_SPK_FAGSKOLEKONF"],
  "NAV training": ["T_OPPLTILTAK", "T_VL_NAVSAMARB", "T_SFMODELL"],
  "integration": ["T_SPK_INTEGR17", "T_MR_INNVPLAN", "T_INTROREFORM", "T_NHO_HURTIGKAMP"],
}
