# -*- coding: utf-8 -*-
"""Ground-truth data for batch match49 (rendering lives in render_*.py).

Each row: (title, codes, type_printed, responsible, partners, period, description, tiltak_id)
  codes         sorted new delmål codes the file gives for the row ([] = none given)
  type_printed  the type word exactly as the file prints it (None = not given); TYPE_MAP maps it
  partners      list as printed (renderers join them with ", " and a final " og ", or commas only)
"continues" is derived: same reporter, same tiltak_id, in an earlier-year file of this batch.
"""

TYPE_MAP = {
    "FoU": "FoU", "Forskning og utvikling": "FoU", "Utredning": "FoU", "Forsking": "FoU",
    "Kurs/utdanning": "Kurs/utdanning", "Kurs": "Kurs/utdanning", "Opplæring": "Kurs/utdanning",
    "Kurs/opplæring": "Kurs/utdanning",
    "Råd/utvalg/nettverk": "Råd/utvalg/nettverk", "Råd/utval/nettverk": "Råd/utvalg/nettverk",
    "Nettverk": "Råd/utvalg/nettverk", "Utvalg": "Råd/utvalg/nettverk", "Råd": "Råd/utvalg/nettverk",
    "Råd/utvalg/ nettverk": "Råd/utvalg/nettverk",
    "Prosjekt": "Prosjekt", "Forsøk/prosjekt": "Prosjekt",
    "Informasjon": "Informasjon", "Kampanje": "Informasjon", "Informasjonsarbeid": "Informasjon",
    "Arrangement": "Arrangement", "Konferanse": "Arrangement", "Seminar": "Arrangement",
    "Møteplass": "Arrangement",
    "Annet": "Annet", "Avtale": "Annet", "Tilskuddsordning": "Annet", "Tilskudd": "Annet",
    "Tilskot": "Annet", "Plan": "Annet", "Reform": "Annet", "Lov": "Annet", "Rettleiing": "Annet",
    "Innspill": "Annet", "Avtale/plan": "Annet",
}

DELMAL_ORDER = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
                "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
OLD_NR = {c: i + 1 for i, c in enumerate(DELMAL_ORDER)}

# short words for each delmål (taken from the strategy's own wording)
WORDS = {
    "1.1": "Etablere et kompetansebehovsutvalg",
    "1.2": "Regionalt folkevalgt nivås kompetansepolitiske ansvar",
    "1.3": "Tilgang til karriereveiledning",
    "1.4": "Samarbeid mellom utdanningstilbydere og arbeidslivet",
    "2.1": "Digital kompetanse i hele arbeidsstyrken",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremulighetene i yrkesfaglige utdanninger",
    "2.4": "Koble kompetansebehov i virksomheter og klynger til tilbydere",
    "2.5": "Dokumentere kompetanse ervervet i arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring på voksnes premisser",
    "3.2": "Kompetanseplussordningene",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og introduksjonsprogrammet",
    "3.5": "NAVs opplæringstilbud",
    "3.6": "Læringsmotivasjon gjennom opplæring i frivillig sektor",
}

MR = "Møre og Romsdal fylkeskommune"
VL = "Vestland fylkeskommune"

FILES = {}


def F(name, reporter, year, lang, made_with, layout, rows):
    FILES[name] = dict(reporter=reporter, year=year, lang=lang, made_with=made_with,
                       layout=layout, rows=rows)


# ---------------------------------------------------------------- Spekter 2017
F("spekter_2017_rapportering_nkps.pdf", "Spekter", 2017, "bokmål",
  "python-docx -> LibreOffice PDF",
  "Numbered Word report: 'Rapporteringspunkter' summary list (same measures again, not extra rows) "
  "with 'Relasjon til NKPS tiltak nr …' (old numbering), then one form per measure with four numbered "
  "headings; Word list numbering leaks into the 'Tidspunkt og varighet' answers (9., 10., …). "
  "Cover paragraph and footer are not measures.",
  [
    ("Gjennomføre møteplass/søkekonferanse mellom Spekters medlemmer og Kompetanse Norge for å øke bevissthet og bruk av KompetansePluss – Arbeid",
     ["3.2"], None, "Spekter", ["Kompetanse Norge"], "En dags varighet i september 2017",
     "Spekter ønsker at flere av medlemsvirksomhetene benytter seg av KompetansePluss-Arbeid. Vi arrangerer et seminar om ordningen, gevinstene og hva som kreves for å søke.",
     "SP_SOKEKONF"),
    ("Brev fra Spekter til alle medlemsvirksomhetene om lærlinger",
     ["1.4", "2.3"], None, "Spekter", [], "Brevet ble sendt den 8. mai 2017",
     "Brevet henvender seg til øverste leder i medlemsvirksomhetene og oppfordrer virksomhetene til å vurdere om de kan tilby læreplass til flere ungdommer.",
     "SP_BREV"),
    ("Arrangere «Møteplass lærebedrifter»",
     ["1.4", "2.3"], None, "Spekter", ["medlemsvirksomheter", "FAFO", "fylkeskommuner", "opplæringskontorer"],
     "Oppstart i 2013, gjennomføres hvert år i begynnelsen av mars",
     "Møteplassen er et heldagsarrangement der lærebedrifter utveksler erfaringer og blir oppdatert på fag- og yrkesopplæringen.",
     "SP_MOTEPLASS"),
    ("Spekter har etablert et arbeidsgivernettverk for egne medlemsvirksomheter",
     ["2.2"], None, "Spekter", ["medlemsvirksomhetene"], "Igangsatt i 2016 og vil pågå løpende",
     "Nettverket møtes ca. hvert kvartal og drøfter kompetansepolitiske og andre arbeidslivspolitiske problemstillinger.",
     "SP_NETTVERK"),
    ("Arrangere en konferanse for Spekters medlemsvirksomheter og LOs tillitsvalgte",
     ["2.3"], None, "LO og Spekter", [], "Konferansen holdes 30. november 2017",
     "Konferansen skal bidra til å nå målet i Samfunnskontrakt for flere læreplasser.",
     "LO_SP_LAERLINGKONF"),
    ("Arrangere konferanse for medlemsvirksomhetene om integrering av flyktninger og innvandrere",
     ["3.4"], None, "Spekter", ["IMDi", "NAV", "en kommune"], "Konferansen holdes 21. september 2017",
     "Konferansen skal øke kunnskap, forståelse og interesse for å integrere flyktninger og innvandrere i arbeidslivet.",
     "SP_INTEGRKONF"),
  ])

# ---------------------------------------------------------------- LO 2017
F("LO_brev_kompetansepolitisk_raad_2017.docx", "LO", 2017, "bokmål", "python-docx",
  "Letter on LO letterhead (ref. line, greeting, signature) with one overview table: "
  "Tiltak | Relasjon til NKPS (tiltak nr.) | Type | Ansvar | Samarbeidspartnere | Tidsrom; "
  "old 2017 numbering. Contact box and the introductory paragraphs are not measures.",
  [
    ("Deltakelse i Kompetansebehovsutvalget (KBU)", ["1.1"], "Utvalg", "KD", ["partene", "forskere"],
     "2017–2021", None, "KBU"),
    ("Samfunnskontrakt for flere læreplasser", ["2.3"], "Avtale", "Regjeringen og partene",
     ["fylkeskommunene"], "2016–2020", None, "SAMFK1"),
    ("Felles lærlingkonferanse med Spekter 30. november", ["2.3"], "Konferanse", "LO og Spekter",
     ["forbundene"], "30.11.2017", None, "LO_SP_LAERLINGKONF"),
    ("Deltakelse på arrangementer om oppfølging av Hurtigsporet", ["3.3", "3.4"], "Informasjon", "LO",
     ["NAV", "NHO"], "2017", None, "LO_HURTIG"),
    ("Rapport fra utvalg etter tariffrevisjonen 2016 – Etter- og videreutdanning", ["2.2"], "FoU",
     "LO/Fellesforbundet", ["Norsk Industri", "BNL"], "2016–2017", None, "LO_EVUUTVALG"),
    ("Modell for dokumentasjon av realkompetanse fra arbeidslivet", ["2.5"], "Prosjekt", "Virke",
     ["LO", "YS", "NHO"], "2017–2018", None, "BALANSEKUNST"),
    ("Tillitsvalgtskolering om kompetanse og livslang læring", ["2.2"], "Kurs", "LO", ["AOF"],
     "Løpende", None, "LO_TVSKOLE"),
  ])

# ---------------------------------------------------------------- KS 2017
F("KS_oppfolging_NKPS_2017.docx", "KS", 2017, "bokmål", "python-docx",
  "Chaptered Word memo: '1 Innledning', '2 KS i kompetansepolitikken', '3 Tiltak' with numbered "
  "sub-headings 3.1–3.6 (document numbering, NOT delmål) and paragraphs; delmål given only in words "
  "on a 'Delmål:' line; a statistics table of apprentices and an 'Oppsummering' are not measures.",
  [
    ("KS Læring – plattform for deling av kurs og kunnskap", ["2.1"], "Informasjon", "KS", ["kommunene"],
     "Fra 2016, løpende",
     "KS Læring er en plattform der kommuner kan dele kurs, arrangementer og annen kunnskap med sine ansatte og med hverandre.",
     "KS_LAERING"),
    ("Menn i helse", ["3.3"], "Prosjekt", "KS", ["NAV", "fylkeskommunene"], "2017–2019",
     "Rekrutteringsprogram som gir menn uten arbeid en vei til fagbrev som helsefagarbeider.",
     "KS_MENNIHELSE"),
    ("Oppfølging av Samfunnskontrakten for flere læreplasser i kommunesektoren", ["2.3"], "Informasjon",
     "KS", ["kommunene", "fylkeskommunene"], "2016–2020",
     "KS informerer kommunene om målene i samfunnskontrakten og følger opp antall lærlinger.",
     "SAMFK1"),
    ("Kommunesektorens arbeidslivsmonitor", ["2.2"], "FoU", "KS", [], "Årlig",
     "Monitoren gir tall for kompetanse, rekruttering og utdanning i kommunesektoren.",
     "KS_MONITOR"),
    ("Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Råd", "KD",
     ["LO", "NHO", "Unio", "YS", "Spekter", "Virke"], "Løpende",
     "KS deltar i rådet som gir råd om fag- og yrkesopplæringen.",
     "SRY"),
    ("Kompetanseutvikling for ledere i digitale omstillingsprosesser", ["2.1"], "Kurs", "KS", ["PwC"],
     "2017–2018",
     "Kurs og utviklingsarbeid for ledere som skal lede digitale omstillinger i kommunene.",
     "KS_LEDERDIGI"),
  ])

# ---------------------------------------------------------------- Regjeringen 2018
F("Regjeringen_rapport_NKPS_2018.docx", "Regjeringen", 2018, "bokmål", "python-docx (landscape)",
  "Landscape ministry table over all measures: Delmål | Tiltak | Type tiltak | Ansvarlig dep. | "
  "Samarbeidspartnere | Status/periode; intro page, footnotes and a 'Sum tiltak' line are not measures.",
  [
    ("Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD",
     ["KMD", "ASD", "partene", "Kompetanse Norge"], "Oppnevnt 2017, første rapport 2018", None, "KBU"),
    ("Overføring av oppgaver fra statlig til fylkeskommunalt nivå, herunder tilskudd til karriereveiledning",
     ["1.2", "1.3"], "Reform", "KMD", ["KD", "fylkeskommunene"], "Fra 1.1.2020", None, "REGIONREFORM"),
    ("Tilskudd til utvikling av fleksible videreutdanningstilbud i digital kompetanse", ["2.1"],
     "Kurs/utdanning", "KD", ["Kompetanse Norge", "partene", "DIKU"], "2018–2020", None, "FLEKS"),
    ("Tilskudd til bransjeprogram for industri- og byggenæringen og kommunal helse- og omsorgssektor",
     ["2.1", "2.4"], "Kurs/utdanning", "KD", ["Kompetanse Norge", "partene i bransjene", "utdanningsinstitusjoner"],
     "2018–2021", None, "BRANSJE"),
    ("Ekspertutvalg om etter- og videreutdanning", ["2.2"], "Råd/utvalg/nettverk", "KD",
     ["forskere", "utdanningsinstitusjoner"], "Rapport juni 2019", None, "EKSPERT"),
    ("Yrkesfagenes år 2018", ["2.3"], "Informasjon", "KD", ["YS", "Virke", "Spekter", "LO", "NHO"], "2018",
     None, "YRKESFAGAAR"),
    ("Samfunnskontrakten for flere læreplasser", ["2.3"], "Kurs/utdanning", "KD", ["partene"], "2016–2020",
     None, "SAMFK1"),
    ("Prøveordning med fagopplæring i Kompetansepluss", ["3.2"], "Kurs/utdanning", "KD",
     ["Kompetanse Norge"], "Fra 2019", None, "KPLUSS_FAG"),
    ("Forsøk med forberedende voksenopplæring (FVO)", ["3.1"], "Kurs/utdanning", "KD",
     ["Kompetanse Norge", "fylkeskommuner", "KS/kommuner"], "2017–2020", None, "FVO"),
    ("Ny IA-avtale 2019–2022", ["3.3"], "Råd/utvalg/nettverk", "ASD", ["partene"], "2019–2022", None, "IA1"),
    ("Reform av introduksjonsprogrammet", ["3.4"], "Prosjekt", "KD", ["IMDi", "Kompetanse Norge"],
     "2018–2021", None, "INTRO"),
  ])

# ---------------------------------------------------------------- LO 2018
F("LO_rapport_2018.pdf", "LO", 2018, "bokmål", "reportlab",
  "Portrait PDF with LO header band and 'Side x av y'; one grid table: Tiltak (bold title + grey "
  "description in the same cell) | Delmål ('2.2/2.3') | Type | Ansvar | Partnere | Når; "
  "a 'Møter i Kompetansepolitisk råd 2018' list below is not measures.",
  [
    ("Oppfølging av EVU-utvalget etter tariffrevisjonen 2016", ["2.2"], "Utredning", "LO/Fellesforbundet",
     ["Norsk Industri", "BNL"], "2018", "Forberedelse av lønnsoppgjøret med vekt på etter- og videreutdanning.",
     "LO_EVUUTVALG"),
    ("Notat «Tariffavtalenes betydning i kompetansepolitikken»", ["2.2"], "FoU", "LO", ["Fafo"], "2018",
     "Fafo-notat om hvordan tariffavtalene regulerer kompetanseutvikling.", "LO_FAFONOTAT"),
    ("Felles arrangement med Spekter under Arendalsuka 2018", ["2.2"], "Arrangement", "LO og Spekter", [],
     "August 2018", "Debatt om verdien av fornyelse av ansattes kompetanse.", "LO_SP_ARENDAL"),
    ("Konferansen «Arena for kvalitet» i forbindelse med Yrkesfagenes år", ["2.3"], "Arrangement", "LO",
     ["KD", "Udir"], "Oktober 2018", "Konferanse om kvalitet i fag- og yrkesopplæringen.", "LO_ARENAKVAL"),
    ("Seminar om kompetanse i klyngesamarbeid", ["2.4"], "Seminar", "LO", ["NHO", "Eyde-klyngen"], "2018",
     "Hvordan legge bedre til rette for styrking av kompetanse i klyngene.", "LO_KLYNGESEM"),
    ("Balansekunst – modell for å beskrive kompetanse fra arbeidslivet", ["2.5"], "FoU", "Virke",
     ["LO", "YS", "NHO"], "Lansert april 2018", "Partsprosjekt ledet av Virke.", "BALANSEKUNST"),
    ("Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg/nettverk", "KD", ["partene", "KS"],
     "Løpende", "LO har tre representanter i SRY.", "SRY"),
    ("Tillitsvalgtskolering: kompetanse på arbeidsplassen", ["2.2"], "Kurs", "LO", ["AOF Norge"], "Løpende",
     "Kurs for tillitsvalgte om kompetanseplanlegging i virksomheten.", "LO_TVSKOLE"),
    ("IA-avtalen – kompetanse som virkemiddel", ["3.3"], "Råd/utvalg/nettverk", "Partene og regjeringen", [],
     "2019–2022", "Kompetansetiltak skal kunne brukes for å stå i arbeid.", "IA1"),
  ])

# ---------------------------------------------------------------- NHO 2018
F("NHO_kompetansetiltak_2018.pdf", "NHO", 2018, "bokmål", "fpdf2",
  "Headed-sections PDF: cover block, 'Om NHO' with member counts, then sections per delmål "
  "('Delmål 2.3 – …' given once for all measures below it), each measure a bold heading, a paragraph "
  "and an 'Ansvarlig: … Samarbeid: … Type: … Periode: …' line; footer with page numbers.",
  [
    ("Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "KD", ["hovedorganisasjonene"], "2017–2021",
     "NHO deltar i utvalget som sammenstiller og analyserer kunnskap om Norges kompetansebehov.", "KBU"),
    ("Rapport om fagarbeideres bidrag til innovasjon i bedrifter", ["2.2"], "FoU", "NHO", ["Fafo"], "2018",
     "Rapporten dokumenterer hvordan fagarbeidere bidrar til innovasjon.", "NHO_FAGARB_INNOV"),
    ("Rapport om skatteinsentiv for kompetanse i virksomheter", ["2.2"], "FoU", "NHO", [], "2018–2019",
     "Bestilt rapport som beskriver alternative innretninger på en skatteinsentivmodell for kompetanse.",
     "NHO_SKATT"),
    ("Jenter og teknologi", ["2.3"], "Kampanje", "NHO", ["NITO", "Abelia"], "2016–2018",
     "Nasjonal kampanje gjennomført for tredje år på rad.", "NHO_JENTER"),
    ("Yrkesfagenes år 2018 – kampanje på nett og i sosiale medier", ["2.3"], "Informasjon", "KD",
     ["NHO", "LO", "YS", "Virke", "Spekter"], "2018",
     "Informasjons- og omdømmekampanje for yrkesfagene.", "YRKESFAGAAR"),
    ("Samfunnskontrakten for flere læreplasser (2016–2020)", ["2.3"], "Avtale", "Regjeringen og partene", [],
     "2016–2020", "NHO følger opp målet om flere læreplasser i medlemsbedriftene.", "SAMFK1"),
    ("Kampanje i fire byer for å fremme Hurtigsporet for nyankomne flyktninger", ["3.1"], "Informasjon", "NHO",
     ["NAV", "Bergen", "Bodø", "Drammen", "Fredrikstad"], "2018",
     "Synliggjøre flyktningers kompetanse og rekrutteringsmuligheter for næringslivet.", "NHO_HURTIG"),
  ])

# ---------------------------------------------------------------- Møre og Romsdal 2018 (nynorsk)
F("MRfk_rapportering_2018.docx", MR, 2018, "nynorsk", "python-docx",
  "Nynorsk county Word report: title block, short intro, one 7-column table "
  "(Tiltak | Delmål | Type | Ansvarleg | Samarbeidspartnarar | Tidsrom | Skildring); a second table with "
  "statistics (vaksne i vidaregåande opplæring) and the signature are not measures.",
  [
    ("Etablere Kompetansealliansen våren 2019", ["1.2"], "Råd/utval/nettverk", MR,
     ["næringsliv/klynger", "høgskular", "fagskular", "vidaregåande skular"], "Frå våren 2019",
     "Samarbeid om kompetansebehovet i regionen på grunnlag av eit utarbeidd kunnskapsgrunnlag.", "MR_KA"),
    ("Regional kompetansestrategi 2018–2021", ["1.2"], "Plan", MR, ["partane i arbeidslivet", "NAV"],
     "2018–2021", "Strategien samlar dei regionale kompetansetiltaka.", "MR_STRAT1"),
    ("Karrieresenteret i Møre og Romsdal – vaksenrettleiing", ["1.3"], "Rettleiing", MR, ["NAV", "kommunane"],
     "Løpande", "Gratis karriererettleiing for vaksne i heile fylket.", "MR_KARRIERE"),
    ("Eigen plan for innvandrarar – opplæring og arbeidspraksis", ["3.3"], "Kurs/utdanning", MR, ["kommunane"],
     "2018–2020", "Plan for opplæring og arbeidspraksis for innvandrarar.", "MR_INNV"),
    ("Fagbrev på jobb", ["3.1"], "Opplæring", MR, ["opplæringskontora", "bedrifter"], "Frå hausten 2018",
     "Tilsette kan ta fagbrev gjennom arbeidet sitt.", "MR_FBPJ"),
    ("Partnarskap med NAV om opplæring for arbeidssøkjarar", ["3.5"], "Kurs/utdanning", MR, ["NAV Møre og Romsdal"],
     "2018–2019", "Samarbeidsavtale for å styrkje opplæringstilbodet til arbeidssøkjarar.", "MR_NAV"),
  ])

# ---------------------------------------------------------------- VOFO 2018
F("VOFO_rapport_2018.pdf", "VOFO", 2018, "bokmål", "reportlab",
  "Plain key–value blocks in a PDF: numbered measures, each with lines 'Tiltak:', 'Delmål:', 'Type:', "
  "'Ansvarlig:', 'Samarbeid:', 'Periode:', 'Om tiltaket:'; an 'Om VOFO' fact box with participant "
  "statistics and a closing greeting are not measures.",
  [
    ("Promotering av Kompetanseplussordningene", ["3.2"], "Informasjon", "VOFO", ["studieforbundene"], "2018",
     "Informasjon til studieforbund og organisasjoner om Kompetansepluss frivillighet.", "VOFO_KPPROMO"),
    ("Evaluering av Kompetansepluss Frivillig", ["3.2"], "FoU", "VOFO", ["frivillig sektor"], "2018",
     "Gjennomgang av erfaringer med ordningen.", "VOFO_KPEVAL"),
    ("Regelverks- og praksisendring i studieforbundsordningen", ["3.6"], "Råd/utvalg/nettverk", "VOFO",
     ["studieforbundene", "KD"], "2018–2019", "Arbeid for enklere regelverk for studieforbundene.", "VOFO_REGELVERK"),
    ("Informasjonsprosjekt om inkludering", ["3.4", "3.6"], "Prosjekt", "VOFO",
     ["studieforbundene", "kursarrangører"], "2018", "Informasjon om hvordan kurs kan bidra til inkludering.",
     "VOFO_INKL"),
    ("Forskningsprosjekt om studieforbundene som læringskatalysatorer", ["3.6"], "FoU", "VOFO", ["Fafo"],
     "2018–2020", "Prosjekt om studieforbundenes rolle for voksnes læring.", "VOFO_FAFO"),
    ("Utredning om studieforbundene", ["3.6"], "FoU", "KD", ["KuD", "VOFO"], "2018",
     "Departementenes utredning der VOFO er samarbeidspartner.", "REG_STUDIEFORB_UTR"),
  ])

# ---------------------------------------------------------------- Spekter 2019
F("Spekter_NKPS_2019.docx", "Spekter", 2019, "bokmål", "python-docx",
  "Cover letter + one two-column form table per measure (label | answer: Navn på tiltak, Relasjon til "
  "delmål, Type tiltak, Ansvarlig, Samarbeidspartnere, Beskrivelse, Tidspunkt og varighet); "
  "contact line and header are not measures.",
  [
    ("Møteplass lærebedrift 2019", ["1.4", "2.3"], "Arrangement", "Spekter", ["medlemsvirksomhetene", "Fafo"],
     "6. mars 2019", "Årlig heldagsarrangement for lærebedrifter og virksomheter som vil bli lærebedrifter.",
     "SP_MOTEPLASS"),
    ("Arbeidsgivernettverk for HR-direktører", ["2.2"], "Nettverk", "Spekter", [], "Løpende, kvartalsvis",
     "Nettverket drøfter kompetansepolitikk og strategisk kompetanseutvikling.", "SP_NETTVERK"),
    ("Fagskolekonferanse 2019 – fagskoleutdanninger i spesialisthelsetjenesten", ["2.3"], "Konferanse", "Spekter",
     ["LO/Fagforbundet", "YS/Delta"], "November 2019",
     "Synliggjøre karrieremuligheter for fagarbeidere i sykehusene.", "SP_FAGSKOLEKONF"),
    ("Dialogmøte med Spekters representanter i faglige råd", ["2.3"], "Arrangement", "Spekter",
     ["Spekters medlemsvirksomheter"], "Januar 2019",
     "Erfaringsutveksling mellom Spekters representanter i de faglige rådene.", "SP_DIALOGFR"),
    ("Kompetanseutvikling i Spekters medlemsvirksomheter", ["2.2"], "Kurs/utdanning", "Spekter",
     ["Spekters medlemmer"], "2019", "Kurs og samlinger om kompetanseutvikling for medlemmene.", "SP_KOMPUTV"),
    ("Livslang læring i sykehussektoren – europeisk prosjekt", ["2.2"], "Prosjekt", "HOSPEEM og EPSU",
     ["Fagforbundet", "Norsk Sykepleierforbund"], "2017–2019",
     "Spekter deltar i styringsgruppen; to konferanser med gode eksempler.", "SP_HOSPEEM"),
  ])

# ---------------------------------------------------------------- KS 2019
F("KS_rapport_2019.pdf", "KS", 2019, "bokmål", "reportlab (landscape)",
  "Landscape PDF table with repeated header row across pages: Tiltak | Delmål | Type | Ansvarlig | "
  "Partnere | Periode | Kommentar; a statistics table of apprentices (2017/2018) and a footer are not measures.",
  [
    ("KS Læring", ["2.1"], "Informasjon", "KS", ["kommuner", "fylkeskommuner"], "Løpende",
     "Plattformen har nå over 300 kommuner som brukere.", "KS_LAERING"),
    ("Samarbeid om digital kompetanse i 71 kommuner", ["2.1"], "Prosjekt", "KS", ["KMD", "hovedorganisasjonene"],
     "1.1.2018–2019", "KS gjennomfører møteplasser med bistand fra partene.", "KS_DIGIKOMP"),
    ("Kommunesektorens arbeidslivsmonitor 2019", ["2.2"], "FoU", "KS", [], "September 2019",
     "Ny rapport om kompetanse og rekruttering.", "KS_MONITOR"),
    ("Menn i helse – videreført", ["3.3"], "Prosjekt", "KS", ["NAV", "fylkeskommunene"], "2019–2021",
     "Programmet er utvidet til flere fylker.", "KS_MENNIHELSE"),
    ("Menn i helse, evaluering", ["2.2"], "FoU", "KS", ["Østlandsforskning"], "2019",
     "Evaluering av resultatene i programmet.", "KS_MIH_EVAL"),
    ("Status lærlinger i kommunesektoren", ["2.3"], "Informasjon", "KS", [], "2019",
     "Årlig statusrapport om lærlinger.", "KS_LAERLSTATUS"),
    ("Forsøk med FVO i kommunal voksenopplæring", ["3.1"], "Kurs/utdanning", "KD",
     ["Kompetanse Norge", "KS", "kommuner"], "2017–2020", "KS bistår kommunene i forsøket.", "FVO"),
    ("Kompetansebehovsutvalget (KBU)", ["1.1"], "Utvalg", "KD", ["KS"], "2017–2021",
     "KS har en representant i utvalget.", "KBU"),
    ("Bransjeprogram for kommunal helse- og omsorgssektor", ["2.1"], "Kurs/utdanning", "KD og Kompetanse Norge",
     ["KS", "Fagforbundet", "Delta", "NSF"], "2019–2021",
     "Trepartsprogram med videreutdanning for ansatte i helse og omsorg.", "BRANSJE"),
  ])

# ---------------------------------------------------------------- Virke 2019
F("Virke_innspill_rapportering_2019.docx", "Virke", 2019, "bokmål", "python-docx",
  "Prose report with bold run-in titles: each paragraph opens with a bold title and a full stop, "
  "then description; an italic line '(Delmål … · type · ansvar: … · partnere: … · periode: …)' follows. "
  "Intro about varehandelen, a 'Virke mener' bullet list and the signature are not measures.",
  [
    ("Balansekunst – modell og metode for å beskrive kompetanse ervervet i arbeidslivet", ["2.5"], "FoU",
     "Virke", ["LO", "YS", "NHO"], "Lansert april 2018, oppfølging 2019",
     "Modellen gjør det enklere å dokumentere kompetanse fra arbeidslivet.", "BALANSEKUNST"),
    ("Litteraturstudie om digitaliseringens påvirkning på varehandel", ["2.1"], "FoU", "Virke",
     ["Handel og Kontor", "Universitetet i Sørøst-Norge"], "2018–2019",
     "Gjennomgang av forskning om digitalisering i handelen.", "VIRKE_LITT"),
    ("Studie: Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?", ["2.2"], "FoU", "Virke",
     ["Samfunnsøkonomisk analyse", "NAV", "Handel og Kontor Norge"], "Ferdig i 2019",
     "Studien kartlegger kompetansebehov som følge av ny teknologi.", "VIRKE_STUDIE"),
    ("Deltakelse i SRY", ["1.4"], "Råd", "KD", ["partene"], "Løpende",
     "Virke er representert i Samarbeidsrådet for yrkesopplæring.", "SRY"),
    ("Virke HR-nettverk om kompetanseplanlegging", ["2.2"], "Nettverk", "Virke", ["medlemsvirksomheter"], "2019",
     "Nettverk for HR-ledere i medlemsvirksomhetene.", "VIRKE_HRNETT"),
    ("Kompetanseprogram for ledere i varehandelen", ["2.1"], "Kurs", "Virke", ["BI"], "2019–2020",
     "Lederprogram om digital omstilling i handelen.", "VIRKE_LEDERPROG"),
  ])

# ---------------------------------------------------------------- NHO 2020
F("NHO_2020_oversikt.docx", "NHO", 2020, "bokmål", "python-docx",
  "One wide Word table with a row per measure: # | Tiltak | Delmål | Type | Ansvar | Samarbeid | Varighet | "
  "Kort beskrivelse; ends with a merged 'Totalt: 7 tiltak' row (not a measure); intro about the pandemic.",
  [
    ("Jenter og teknologi – videreført", ["2.3"], "Informasjon", "NHO", ["NITO", "Abelia", "NHO-foreningene"],
     "2020", "Kampanjen ble gjennomført digitalt.", "NHO_JENTER"),
    ("NHOs kompetansebarometer 2020", ["2.2"], "FoU", "NHO", ["NIFU"], "2020",
     "Undersøkelse av medlemsbedriftenes kompetansebehov.", "NHO_BAROM"),
    ("Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4"], "Råd", "KD", ["LO", "KS", "Virke", "Spekter", "Unio", "YS"],
     "Løpende", "NHO leder SRY i perioden.", "SRY"),
    ("Bransjeprogram for industri og bygg", ["2.1", "2.4"], "Kurs/utdanning", "KD",
     ["Norsk Industri", "BNL", "Fellesforbundet", "Kompetanse Norge"], "2018–2021",
     "Trepartsprogram med korte moduler for ansatte.", "BRANSJE"),
    ("Lære hele livet – innspill til kompetansereformen", ["2.2"], "Innspill", "NHO", [], "2020",
     "NHOs innspill til stortingsmeldingen.", "NHO_INNSPILL"),
    ("Rapport om skatteinsentiv for kompetanse – oppfølging", ["2.2"], "FoU", "NHO", [], "2020",
     "Oppfølging av rapporten fra 2019.", "NHO_SKATT"),
    ("Kompetanseløft for permitterte", ["3.3"], "Kurs", "NHO", ["NAV", "fylkeskommunene"], "2020–2021",
     "Opplæring for permitterte under koronapandemien.", "NHO_KORONA"),
  ])

# ---------------------------------------------------------------- Møre og Romsdal 2020 (nynorsk)
F("MRfk_aarsmelding_2020_kap5.pdf", MR, 2020, "nynorsk", "python-docx -> LibreOffice PDF",
  "Nynorsk annual-report chapter ('Årsmelding 2020 – kapittel 5 Kompetanse'): running header, intro, "
  "statistics table (fagbrev på jobb-kandidatar), then each measure as a bold run-in paragraph followed by "
  "a line 'Delmål: … | Type: … | Ansvarleg: … | Partnarar: … | Periode: …'; page numbers in the footer.",
  [
    ("Kompetansealliansen i Møre og Romsdal", ["1.2", "1.4"], "Råd/utval/nettverk", MR,
     ["NHO", "LO", "KS", "NAV", "høgskulane"], "Frå 2019",
     "Alliansen møtest fire gonger i året og har laga ein felles kunnskapsbase.", "MR_KA"),
    ("Fagbrev på jobb i Møre og Romsdal", ["3.1"], "Kurs/utdanning", MR, ["opplæringskontora"], "Løpande",
     "Ordninga er utvida til fleire fag.", "MR_FBPJ"),
    ("Karrieresenteret – karriererettleiing for vaksne", ["1.3"], "Rettleiing", MR, ["NAV"], "Løpande",
     "Digital rettleiing vart innført under pandemien.", "MR_KARRIERE"),
    ("Bedriftsintern opplæring (BIO) – koronamidlar", ["2.4"], "Tilskot", MR, ["Innovasjon Norge"], "2020",
     "Ekstra midlar til opplæring i bedrifter med permitterte.", "MR_BIO"),
    ("Kompetanseløft for permitterte i Møre og Romsdal", ["3.3"], "Kurs/utdanning", MR, ["NAV Møre og Romsdal"],
     "2020", "Kurs for permitterte og ledige i fylket.", "MR_PERMITT"),
    ("Partnarskap med NAV om opplæring for arbeidssøkjarar – vidareført", ["3.5"], "Kurs/utdanning", MR,
     ["NAV Møre og Romsdal"], "2020–2022", "Avtalen er fornya for ein ny periode.", "MR_NAV"),
  ])

# ---------------------------------------------------------------- LO 2021
F("LO_rapportering_NKPS_2021.docx", "LO", 2021, "bokmål", "python-docx",
  "Prose Word report with section headings that carry the delmål once for the whole section "
  "('… (delmål 2.1 og 2.2)'); measures are bold run-in titles followed by '(Type)' and text with "
  "'Ansvar:'/'Samarbeid:'/'Periode:' inline; 'LO i tall' and a list of council meetings are not measures.",
  [
    ("Treparts bransjeprogram for kompetanseutvikling", ["2.1", "2.2"], "Kurs/utdanning", "KD",
     ["HK-dir", "NHO", "Virke"], "2020–2022", "LO deltar i programrådene for flere bransjer.", "BRANSJE"),
    ("Tillitsvalgtopplæring om kompetanse og omstilling", ["2.1", "2.2"], "Kurs", "LO", ["AOF Norge"], "Løpende",
     "Videreført skolering av tillitsvalgte.", "LO_TVSKOLE"),
    ("Oppdatering av notatet «Tariffavtalenes betydning i kompetansepolitikken»", ["2.1", "2.2"], "FoU", "LO",
     ["Fafo"], "2021", "Fafo oppdaterer gjennomgangen av tariffavtalene.", "LO_FAFONOTAT"),
    ("Kompetansereformen «Lære hele livet»", ["2.1", "2.2"], "Reform", "KD", ["partene"], "2020–2024",
     "LO følger opp reformen i Kompetansepolitisk råd.", "KOMPREFORM"),
    ("Samarbeidsrådet for yrkesopplæring (SRY)", ["2.3"], "Råd", "KD", ["partene"], "Løpende",
     "LO har tre medlemmer i rådet.", "SRY"),
    ("Ny samfunnskontrakt for flere læreplasser 2022–2026", ["2.3"], "Avtale", "Regjeringen",
     ["partene", "fylkeskommunene"], "2022–2026", "LO har forhandlet fram den nye kontrakten.", "SAMFK2"),
    ("IA-avtalen 2019–2022 – kompetanse som virkemiddel", ["3.3"], "Råd/utvalg/nettverk", "Partene og regjeringen",
     [], "2019–2022", "Kompetanse er en del av IA-arbeidet.", "IA1"),
  ])

# ---------------------------------------------------------------- Regjeringen 2021
F("Regjeringen_2021_kap4_oppfolging.pdf", "Regjeringen", 2021, "bokmål", "reportlab",
  "Annual-report chapter 'Kap. 4 Oppfølging av Nasjonal kompetansepolitisk strategi': numbered sections "
  "4.1–4.3 per hovedinnsatsområde (document numbers), bold measure titles, a paragraph and a small "
  "key-value table (Delmål/Type/Ansvar/Samarbeid/Periode) each; 'Tabell 4.1' counts and footer are not measures.",
  [
    ("Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD", ["HK-dir", "partene"], "2017–2023",
     "Utvalget la fram sin tredje rapport i 2020.", "KBU"),
    ("Nasjonal digital karriereveiledning", ["1.3"], "Informasjon", "HK-dir", ["fylkeskommunene"], "Fra 2020",
     "Nettbasert veiledning på karriereveiledning.no med chat og telefon.", "KARRIEREDIGI"),
    ("Bransjeprogrammene for kompetanseutvikling", ["2.1", "2.4"], "Kurs/utdanning", "KD",
     ["HK-dir", "partene i bransjene"], "2018–2022", "Programmene er utvidet til ni bransjer.", "BRANSJE"),
    ("Tilskuddsordningen for fleksible videreutdanningstilbud", ["2.1", "2.4"], "Tilskuddsordning",
     "HK-dir (tidligere Kompetanse Norge)", ["universiteter og høyskoler", "fagskoler"], "2018–2022",
     "Tilskudd til fleksible tilbud som kan kombineres med jobb.", "FLEKS"),
    ("Kompetansereformen – Lære hele livet", ["2.2"], "Reform", "KD", ["partene"], "2020–2024",
     "Meld. St. 14 (2019–2020) følges opp.", "KOMPREFORM"),
    ("Ny samfunnskontrakt for flere læreplasser 2022–2026", ["2.3"], "Avtale", "KD", ["partene", "KS"],
     "2022–2026", "Kontrakten ble signert i 2021.", "SAMFK2"),
    ("Forsøk med forberedende voksenopplæring (FVO), videreført", ["3.1"], "Kurs/utdanning", "KD",
     ["HK-dir", "fylkeskommunene", "kommunene"], "2017–2022", "Forsøket er forlenget.", "FVO"),
    ("Kompetanseprogrammet (tidligere Kompetansepluss)", ["3.2"], "Tilskuddsordning", "HK-dir",
     ["frivillige organisasjoner", "arbeidslivet"], "Fra 2021",
     "Tilskudd til opplæring i grunnleggende ferdigheter.", "KOMPPROG"),
    ("Reform av introduksjonsprogrammet – ny integreringslov fra 1.1.2021", ["3.3", "3.4"], "Lov", "KD",
     ["IMDi", "HK-dir"], "Fra 2021", "Integreringsloven gir rett til opplæring fram til fagbrev.", "INTRO"),
  ])

# ---------------------------------------------------------------- Vestland 2021 (nynorsk)
F("Vestland_fk_rapport_2021.pdf", VL, 2021, "nynorsk", "python-docx -> LibreOffice PDF",
  "Nynorsk Word form rendered by LibreOffice: one bordered label|answer table per measure "
  "(Namn på tiltak, Delmål, Type tiltak, Ansvarleg, Samarbeidspartnarar, Tidsrom, Skildring); "
  "intro, a contact box and the closing are not measures.",
  [
    ("Fagbrev på jobb – Vestland-modellen", ["3.1"], "Kurs/utdanning", VL, ["NAV Vestland", "opplæringskontora"],
     "2020–2023", "Vaksne tilsette tek fagbrev med rettleiing på arbeidsplassen.", "VL_FBPJ"),
    ("Karriere Vestland – karriererettleiing for vaksne", ["1.3"], "Rettleiing", VL, ["NAV Vestland", "kommunane"],
     "Løpande", "Fire karrieresenter i fylket.", "VL_KARRIERE"),
    ("Kompetanseforum Vestland", ["1.2"], "Råd/utval/nettverk", VL,
     ["NHO Vestland", "LO i Vestland", "KS Vest", "UiB", "HVL"], "Frå 2020",
     "Regionalt partnarskap for kompetansepolitikk.", "VL_KFORUM"),
    ("Regional plan for kompetanse og arbeidskraft 2021–2033", ["1.2", "1.4"], "Plan", VL, ["Kompetanseforum Vestland"],
     "2021–2033", "Planen set mål for kompetansepolitikken i fylket.", "VL_PLAN"),
    ("Opplæringstilbod som helsefagarbeidar for minoritetsspråklege («Sogn og Fjordane-modellen»)", ["3.5"],
     "Kurs/utdanning", VL, ["NAV", "kommunane"], "Løpande",
     "Modellen frå tidlegare Sogn og Fjordane er teken i bruk i heile Vestland.", "VL_SFMODELL"),
    ("Bedriftsintern opplæring (BIO)", ["2.4"], "Tilskot", VL, ["Innovasjon Norge"], "2021",
     "Tilskot til opplæring i bedrifter i omstilling.", "VL_BIO"),
  ])

# ---------------------------------------------------------------- Spekter 2022
F("Spekter_notat_2022.pdf", "Spekter", 2022, "bokmål", "fpdf2",
  "Short internal memo ('Notat', Fra/Til/Dato block) with bullet points grouped under delmål headings "
  "('2.3 Karrieremuligheter i yrkesfag'); each bullet 'Title (type): text. Ansvar: … Samarbeid: … "
  "Periode: …'; a count line and the signature are not measures.",
  [
    ("Møteplass lærebedrifter", ["2.3"], "Arrangement", "Spekter", ["medlemsvirksomhetene"], "Mars 2022",
     "Gjennomført digitalt med 140 deltakere.", "SP_MOTEPLASS"),
    ("Fagskolekonferansen", ["2.3"], "Konferanse", "Spekter", ["LO/Fagforbundet", "YS/Delta"], "November 2022",
     "Tema var fagskole som karrierevei i helsetjenesten.", "SP_FAGSKOLEKONF"),
    ("Ny samfunnskontrakt for flere læreplasser 2022–2026", ["2.3"], "Avtale", "Regjeringen og partene", [],
     "2022–2026", "Spekter er part i kontrakten.", "SAMFK2"),
    ("Arbeidsgivernettverket", ["2.2"], "Nettverk", "Spekter", [], "Løpende",
     "Kompetanse var tema på to av fire møter.", "SP_NETTVERK"),
    ("Spekters lederprogram for kompetanseledelse i helseforetakene", ["2.2"], "Kurs", "Spekter",
     ["helseforetakene"], "2022–2023", "Program for ledere om strategisk kompetanseledelse.", "SP_LEDERPROG"),
    ("Kompetanseutvikling i medlemsvirksomhetene – kartlegging 2022", ["2.2"], "FoU", "Spekter", ["Fafo"], "2022",
     "Spørreundersøkelse om kompetanseutvikling blant medlemmene.", "SP_KARTLEGG"),
  ])

# ---------------------------------------------------------------- HK-dir 2022
F("HK-dir_rapport_kompetansepolitisk_raad_2022.pdf", "HK-dir", 2022, "bokmål", "reportlab",
  "Directorate report: intro 'Om HK-dir' (merger of Kompetanse Norge, DIKU, Unit), then sections "
  "'Delmål x.y …' each with a small grid table Tiltak | Type | Ansvar | Samarbeid | Periode (delmål once per "
  "section); a 'Nøkkeltall' table and page footers are not measures.",
  [
    ("Sekretariat for Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "HK-dir", ["KD"], "Løpende",
     None, "KBU"),
    ("Digital karriereveiledning (karriereveiledning.no)", ["1.3"], "Informasjon", "HK-dir", ["fylkeskommunene"],
     "Løpende", None, "KARRIEREDIGI"),
    ("Forvaltning av bransjeprogrammene", ["2.1"], "Kurs/utdanning", "HK-dir", ["KD", "partene"], "2020–2023",
     None, "BRANSJE"),
    ("Fleksible videreutdanningstilbud – tilskudd", ["2.1"], "Tilskudd", "HK-dir", ["UH-sektoren", "fagskolene"],
     "2022", None, "FLEKS"),
    ("Kompetansefrokost", ["2.2"], "Arrangement", "HK-dir", [], "Tre ganger i året", None, "HK_FROKOST"),
    ("Evaluering av forsøket med forberedende voksenopplæring", ["3.1"], "FoU", "HK-dir", ["NIFU"], "2021–2023",
     None, "FVO_EVAL"),
    ("Kompetanseprogrammet", ["3.2"], "Tilskudd", "HK-dir", ["frivillige organisasjoner", "virksomheter"],
     "Løpende", None, "KOMPPROG"),
  ])

# ---------------------------------------------------------------- NHO 2023
F("NHO_rapportering_2023.pdf", "NHO", 2023, "bokmål", "python-docx -> LibreOffice PDF (landscape)",
  "Landscape Word table rendered by LibreOffice: Innsatsområde | Tiltak | Delmål (ONLY in words) | Type | "
  "Ansvarlig | Partnere; the innsatsområde cell is merged over its rows; a footnote and header are not measures.",
  [
    ("Kompetansebehovsutvalget", ["1.1"], "Utvalg", "KD", ["partene"], None, None, "KBU"),
    ("Jenter og teknologi", ["2.3"], "Kampanje", "NHO", ["NITO", "Abelia"], None, None, "NHO_JENTER"),
    ("Samfunnskontrakt for flere læreplasser 2022–2026", ["2.3"], "Avtale", "Regjeringen og partene", [], None,
     None, "SAMFK2"),
    ("NHOs kompetansebarometer 2023", ["2.2"], "FoU", "NHO", ["NIFU"], None, None, "NHO_BAROM"),
    ("Bransjeprogrammene (treparts)", ["2.1"], "Kurs/utdanning", "HK-dir", ["KD", "LO", "NHO-foreningene"], None,
     None, "BRANSJE"),
    ("Informasjon om Fagbrev på jobb til medlemsbedrifter", ["3.1"], "Informasjon", "NHO", ["fylkeskommunene"],
     None, None, "NHO_FBPJINFO"),
    ("Kompetanseløft i omstilling (tidligere Kompetanseløft for permitterte)", ["3.3"], "Kurs", "NHO", ["NAV"],
     None, None, "NHO_KORONA"),
  ])

# ---------------------------------------------------------------- Møre og Romsdal 2023 (nynorsk)
F("MRfk_notat_kompetanse_2023.docx", MR, 2023, "nynorsk", "python-docx",
  "Nynorsk Word note with one Heading 2 per measure followed by short label paragraphs "
  "('Delmål:', 'Type:', 'Ansvarleg:', 'Partnarar:', 'Periode:') and a description; a list of meeting "
  "dates ('Møte i Kompetansealliansen 2023') and the contact line are not measures.",
  [
    ("Kompetansealliansen – vidareført", ["1.2", "1.4"], "Råd/utval/nettverk", MR,
     ["NHO", "LO", "KS", "NAV", "høgskulane"], "2023–2024",
     "Alliansen har fått eit eige arbeidsutval.", "MR_KA"),
    ("Ny regional kompetansestrategi 2024–2027", ["1.2"], "Plan", MR, ["Kompetansealliansen"], "2024–2027",
     "Ny strategi som avløyser den førre.", "MR_STRAT2"),
    ("Fagbrev på jobb", ["3.1"], "Opplæring", MR, ["opplæringskontora"], "Løpande",
     "Over 200 kandidatar i 2023.", "MR_FBPJ"),
    ("Karrieresenteret i Møre og Romsdal", ["1.3"], "Rettleiing", MR, ["NAV"], "Løpande",
     "Karrieresenteret har kontor i fire byar.", "MR_KARRIERE"),
    ("Samfunnskontrakten for fleire læreplassar", ["2.3"], "Avtale", "Regjeringa og partane",
     ["fylkeskommunane"], "2022–2026", "Fylket følgjer opp målet om læreplass til alle kvalifiserte søkjarar.",
     "SAMFK2"),
    ("Bedriftsintern opplæring (BIO)", ["2.4"], "Tilskot", MR, ["Innovasjon Norge"], "2023",
     "Ordninga held fram med regionale midlar.", "MR_BIO"),
  ])

# ---------------------------------------------------------------- VOFO 2023
F("VOFO_oppfolging_2023.docx", "VOFO", 2023, "bokmål", "python-docx",
  "Simple 4-column Word table without responsible/partner columns (Tiltak | Delmål | Tiltakstype | "
  "Kommentar); a participant statistics paragraph and the greeting are not measures.",
  [
    ("Informasjon om Kompetanseprogrammet (tidligere Kompetansepluss frivillighet)", ["3.2"], "Informasjon",
     None, [], None, "Veiledning til studieforbund som søker midler.", "VOFO_KPPROMO"),
    ("Oppfølging av forskningsprosjektet om studieforbundene som læringskatalysatorer", ["3.6"], "FoU",
     None, [], None, "Resultatene er presentert for medlemmene.", "VOFO_FAFO"),
    ("Videreført: regelverks- og praksisendring i studieforbundsordningen", ["3.6"], "Annet",
     None, [], None, "Innspill til ny forskrift om studieforbund.", "VOFO_REGELVERK"),
    ("Norsktrening i frivilligheten", ["3.4"], "Kurs", None, [], None,
     "Språkkafeer og norsktrening i lokallag.", "VOFO_NORSK"),
    ("Kurs for tillitsvalgte i studieforbundene", ["3.6"], "Kurs", None, [], None,
     "Opplæring for tillitsvalgte i medlemsorganisasjonene.", "VOFO_TVKURS"),
    ("Kampanjen «Lær mer» om læringsmotivasjon blant voksne", ["3.6"], "Kampanje", None, [], None,
     "Kampanje i sosiale medier.", "VOFO_KAMPANJE"),
  ])

# ---------------------------------------------------------------- KS 2024
F("KS_rapport_NKPS_2024.docx", "KS", 2024, "bokmål", "python-docx",
  "Word report with a table of contents (text), then one form table per measure whose first row is a "
  "merged shaded 'Tiltak N' header (label, not part of the title) and rows Tiltak / Delmål / Type / "
  "Ansvarlig / Partnere / Periode / Beskrivelse; statistics paragraph and contact are not measures.",
  [
    ("KS Læring", ["2.1"], "Informasjon", "KS", ["kommunene"], "Løpende",
     "Plattformen brukes av nesten alle kommuner.", "KS_LAERING"),
    ("Kommunesektorens arbeidslivsmonitor", ["2.2"], "FoU", "KS", [], "Årlig",
     "Monitoren er utvidet med tall for kompetansebehov.", "KS_MONITOR"),
    ("Status for lærlinger i kommunesektoren 2024", ["2.3"], "Informasjon", "KS", [], "2024",
     "Antall lærlinger har økt for femte år på rad.", "KS_LAERLSTATUS"),
    ("Samfunnskontrakten 2022–2026", ["2.3"], "Avtale", "KD", ["partene", "fylkeskommunene"], "2022–2026",
     "KS følger opp kommunenes mål for lærlinger.", "SAMFK2"),
    ("Trepartsbransjeprogram for kommunal helse- og omsorgssektor", ["2.1"], "Kurs/utdanning", "HK-dir",
     ["KD", "Fagforbundet", "Delta", "NSF", "FO"], "2019–2024", "Programmet er videreført.", "BRANSJE"),
    ("Kurs for tillitsvalgte og ledere om strategisk kompetanseplanlegging", ["2.2"], "Kurs", "KS",
     ["Fagforbundet"], "2024", "Felles kurs for ledere og tillitsvalgte i kommunene.", "KS_TVKURS"),
    ("Menn i helse", ["3.3"], "Prosjekt", "KS", ["NAV", "fylkeskommunene"], "Løpende",
     "Programmet er nå landsdekkende.", "KS_MENNIHELSE"),
    ("Ny IA-avtale 2024–2027", ["3.3"], "Råd/utvalg/nettverk", "AID", ["partene"], "2024–2027",
     "KS er part i avtalen.", "IA2"),
  ])

# ---------------------------------------------------------------- Regjeringen 2025
F("Regjeringen_statusrapport_2025.docx", "Regjeringen", 2025, "bokmål", "python-docx",
  "Headed-sections Word report: intro on the 2024 ministry split (FHD, AID), Heading 1 per hovedinnsatsområde, "
  "Heading 2 'Delmål x.y – words' (delmål given once per section), measures as bold title paragraphs "
  "followed by 'Type: … Ansvar: … Samarbeid: … Periode: …' and text; a closing table of counts is not measures.",
  [
    ("Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg/nettverk", "KD", ["HK-dir", "partene"], "Løpende",
     "Utvalget har levert fem rapporter.", "KBU"),
    ("Nasjonal digital karriereveiledning", ["1.3"], "Informasjon", "KD", ["HK-dir"], "Løpende",
     "Tjenesten har over 100 000 henvendelser i året.", "KARRIEREDIGI"),
    ("Bransjeprogram for kompetanseutvikling", ["2.1"], "Kurs/utdanning", "KD", ["HK-dir", "partene"], "2020–2026",
     "Programmene er videreført i 2025.", "BRANSJE"),
    ("Fleksible videreutdanningstilbud", ["2.1", "2.4"], "Tilskuddsordning", "FHD", ["HK-dir"], "Løpende",
     "Ansvaret ble flyttet til FHD fra 2024.", "FLEKS"),
    ("Evaluering av kompetansereformen Lære hele livet", ["2.2"], "FoU", "KD", ["Samfunnsøkonomisk analyse"],
     "2024–2025", "Evalueringen ser på måloppnåelsen i reformen.", "KOMPREF_EVAL"),
    ("Samfunnskontrakt for flere læreplasser 2022–2026", ["2.3"], "Avtale", "KD", ["partene"], "2022–2026",
     "Kontrakten følges opp i egne møter.", "SAMFK2"),
    ("Ny IA-avtale 2024–2027", ["3.3"], "Råd/utvalg/nettverk", "AID", ["partene"], "2024–2027",
     "Kompetanse er ett av innsatsområdene.", "IA2"),
    ("Introduksjonsprogrammet – oppfølging av integreringsloven", ["3.4"], "Lov", "AID (tidligere KD)",
     ["IMDi", "HK-dir"], "Løpende", "Ansvaret for integrering er flyttet til AID.", "INTRO"),
  ])

# ---------------------------------------------------------------- near-miss groups (different tiltak_ids that look alike)
NEAR_MISS_GROUPS = [
    ("Samfunnskontrakt 2016–2020 vs 2022–2026", ["SAMFK1", "SAMFK2"]),
    ("IA-avtale 2019–2022 vs 2024–2027", ["IA1", "IA2"]),
    ("Each county's own Fagbrev på jobb / NHO info", ["MR_FBPJ", "VL_FBPJ", "NHO_FBPJINFO"]),
    ("Karrieresenter per county vs national digital guidance", ["MR_KARRIERE", "VL_KARRIERE", "KARRIEREDIGI"]),
    ("County competence forums", ["MR_KA", "VL_KFORUM"]),
    ("County strategies/plans (two MR versions + Vestland)", ["MR_STRAT1", "MR_STRAT2", "VL_PLAN"]),
    ("BIO in two counties", ["MR_BIO", "VL_BIO"]),
    ("Own courses for tillitsvalgte/ledere", ["LO_TVSKOLE", "KS_TVKURS", "VOFO_TVKURS", "VIRKE_LEDERPROG",
                                              "SP_LEDERPROG", "KS_LEDERDIGI"]),
    ("FVO vs its evaluation", ["FVO", "FVO_EVAL"]),
    ("Menn i helse vs its evaluation", ["KS_MENNIHELSE", "KS_MIH_EVAL"]),
    ("Kompetansepluss/Kompetanseprogrammet family", ["KPLUSS_FAG", "KOMPPROG", "VOFO_KPPROMO", "VOFO_KPEVAL",
                                                    "SP_SOKEKONF"]),
    ("Kompetansereform vs evaluation vs NHO input", ["KOMPREFORM", "KOMPREF_EVAL", "NHO_INNSPILL"]),
    ("Studieforbund research/regelverk", ["VOFO_FAFO", "REG_STUDIEFORB_UTR", "VOFO_REGELVERK"]),
    ("Same member's similar studies", ["VIRKE_LITT", "VIRKE_STUDIE"]),
    ("NHO's two reports", ["NHO_FAGARB_INNOV", "NHO_SKATT"]),
    ("SRY vs Spekter's dialogue meeting on faglige råd", ["SRY", "SP_DIALOGFR"]),
    ("Spekter kompetanseutvikling vs kartlegging", ["SP_KOMPUTV", "SP_KARTLEGG"]),
    ("Employer networks", ["SP_NETTVERK", "VIRKE_HRNETT"]),
    ("Yrkesfagenes år vs Arena for kvalitet", ["YRKESFAGAAR", "LO_ARENAKVAL"]),
    ("Hurtigsporet: LO events vs NHO campaign", ["LO_HURTIG", "NHO_HURTIG"]),
    ("Permittert training NHO vs MR", ["NHO_KORONA", "MR_PERMITT"]),
    ("Spekter/LO conferences", ["LO_SP_LAERLINGKONF", "SP_MOTEPLASS", "SP_INTEGRKONF", "SP_FAGSKOLEKONF",
                                "LO_SP_ARENDAL"]),
    ("Monitor vs barometer", ["KS_MONITOR", "NHO_BAROM"]),
    ("KS digital measures", ["KS_DIGIKOMP", "KS_LAERING"]),
    ("Tilskudd: fleksible tilbud vs bransjeprogram", ["FLEKS", "BRANSJE"]),
    ("NAV-related county training", ["VL_SFMODELL", "MR_NAV"]),
    ("EVU committees", ["LO_EVUUTVALG", "EKSPERT", "KBU"]),
]
