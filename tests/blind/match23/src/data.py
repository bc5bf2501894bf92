# -*- coding: utf-8 -*-
"""Ground-truth content of batch match23.

Every measure row is M(key, title, delmal, type, responsible, partners, period, description, ptype).
`key` is the analyst's identity of the tiltak: rows with the same key are the same tiltak.
`type` is the canonical type; `ptype` the type word as printed (default = canonical).
The templates print the fields; make_batch.py turns keys into T01.. ids and writes expected.json.
"""

DELMAL_TEXT = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Koble kompetansebehov i virksomheter til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle godkjenning og vurdering av utenlandsk utdanning",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring og kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor",
}


def old_no(code):
    """New delmål code -> old 2017 'NKPS tiltak nr' (n-th delmål)."""
    a, b = code.split(".")
    return {"1": 0, "2": 4, "3": 10}[a] + int(b)


class M(dict):
    def __init__(self, key, title, delmal, type, resp, partners, period, desc, ptype=None):
        super().__init__(key=key, title=title, delmal=sorted(delmal), type=type, resp=resp,
                         partners=list(partners), period=period, desc=desc, ptype=ptype or type)


K, A, R, F, P, X = "Kurs/utdanning", "Arrangement", "Råd/utvalg/nettverk", "FoU", "Prosjekt", "Annet"

REPORTS = []


def report(file, reporter, year, template, made_with, layout, lang, measures, **kw):
    REPORTS.append(dict(file=file, reporter=reporter, year=year, template=template, made_with=made_with,
                        layout=layout, lang=lang, measures=measures, **kw))


# ---------------------------------------------------------------- 2017
report("Spekter_2017_oppfolging_nkps.docx", "Spekter", 2017, "per_section_running_header", "python-docx",
       "one Word section (new page) per measure whose own page header repeats 'Spekter · Rapportering NKPS 2017 · "
       "<title>'; body: Heading 1 title, bold run-in labels (Relasjon til NKPS: tiltak nr. …, Type tiltak, Ansvarlig, "
       "Samarbeid, Tidspunkt og varighet) and an 'Om tiltaket' text", "nb", [
    M("SP-lokonf", "Konferanse for Spekters medlemsvirksomheter og LOs tillitsvalgte", ["2.3"], A, "Spekter", ["LO"],
      "30. november 2017",
      "Konferansen skal bidra til å nå målet i Samfunnskontrakt for flere læreplasser om at alle kvalifiserte søkere "
      "skal tilbys læreplass. Det blir innlegg fra fagmiljøer, virksomheter og tillitsvalgte."),
    M("EU-hospeem", "Deltakelse i europeisk prosjekt om livslang læring i sykehussektoren", ["2.2"], P,
      "HOSPEEM og EPSU", ["EU-kommisjonen", "Fagforbundet", "Norsk Sykepleierforbund"], "Våren 2017–våren 2019",
      "Spekter sitter i prosjektets styringsgruppe. To konferanser skal belyse verdien av å investere i kompetanse; "
      "den første ble holdt i Amsterdam i juni 2017, den neste planlegges i Litauen i mai 2018."),
    M("SP-nettverk", "Arbeidsgivernettverk for medlemsvirksomhetene", ["2.2"], R, "Spekter",
      ["medlemsvirksomhetene"], "Fra 2016, løpende",
      "Nettverket møtes omtrent hvert kvartal og ledes av Spekters administrerende direktør. Strategien tas jevnlig "
      "opp som tema for HR- og organisasjonsdirektørene."),
    M("SP-moteplass", "Møteplass lærebedrift", ["1.4", "2.3"], A, "Spekter",
      ["Fafo", "fylkeskommuner", "opplæringskontorer"], "Årlig i mars siden 2013",
      "Heldagsarrangement der medlemmer som er eller vil bli lærebedrifter utveksler erfaringer om kvalitet i "
      "fagopplæringen og samarbeid mellom skole og virksomhet."),
    M("SP-sokekonf", "Søkekonferanse om Kompetansepluss arbeid", ["3.2"], A, "Spekter", ["Kompetanse Norge"],
      "13. september 2017",
      "Seminar der medlemsvirksomhetene får kunnskap om ordningen, gevinstene og kravene til søknad, med eksempler fra "
      "virksomheter som allerede har gjennomført prosjekter."),
    M("SP-integ", "Konferanse om integrering av flyktninger og innvandrere i arbeidslivet", ["3.4"], A, "Spekter",
      ["IMDi", "NAV"], "21. september 2017",
      "Konferansen skal øke kunnskap og interesse for å ta inn flyktninger og innvandrere i medlemsvirksomhetene, med "
      "innlegg om støtteordninger og praktiske erfaringer."),
])

report("LO_innlegg_kompetansepolitisk_rad_2017.docx", "LO", 2017, "speech_manuscript", "python-docx",
       "speech manuscript ('Talt ord gjelder') with [LYSBILDE n: type – tiltak nr] cues; measures as 'For det første: "
       "<bold title>.' paragraphs with responsible/partners/period woven into the sentences", "nb", [
    M("LO-tv", "Kompetansekurs for tillitsvalgte", ["2.2"], K, "LO", ["forbundene", "AOF Norge"], "2017–2018",
      "Kurset gir tillitsvalgte verktøy for å kartlegge kompetansebehov og ta opp kompetanseutvikling i drøftinger "
      "med arbeidsgiver. Første kull startet i september."),
    M("LO-dig", "Nettkurs: Tillitsvalgte og digital omstilling", ["2.1"], K, "LO", ["AOF Norge"], "Høsten 2017",
      "Et gratis nettkurs om hvordan tillitsvalgte kan påvirke innføringen av ny teknologi og sikre opplæring for de "
      "ansatte."),
    M("SAMFK-1", "Samfunnskontrakt for flere læreplasser", ["2.3"], R, "KD",
      ["LO", "NHO", "KS", "Virke", "Spekter", "fylkeskommunene"], "2016–2020",
      "LO deltar i oppfølgingen av kontrakten nasjonalt og i fylkene, med mål om at alle kvalifiserte søkere får "
      "læreplass."),
    M("REALKOMP", "Felles modell for dokumentasjon av realkompetanse", ["2.5"], F, "LO", ["NHO", "Virke", "YS"],
      "2017–2019",
      "Partene utvikler sammen en metode for å vurdere og dokumentere kompetanse ervervet i arbeidslivet, slik "
      "strategien legger opp til."),
    M("LO-aldri", "Fagbrev for voksne – kampanjen «Aldri for sent»", ["3.1"], X, "LO",
      ["Fellesforbundet", "Fagforbundet"], "Høsten 2017",
      "Kampanje rettet mot voksne arbeidstakere uten fagbrev om muligheten til å ta fagbrev som praksiskandidat.",
      ptype="Informasjon"),
])

report("VOFO_kurskatalog_2017.pdf", "VOFO", 2017, "course_catalogue_entries", "reportlab",
       "course catalogue: 'Slik bruker du katalogen' intro, entries with course number, bold title, a two-column "
       "detail grid (Målgruppe/Arrangør/Samarbeid/Tid/Pris/Kategori/NKPS) and text; price and sign-up box are not "
       "measures", "nb", [
    M("VOFO-kpf", "Kompetansepluss frivillighet – kurs i grunnleggende ferdigheter", ["3.2", "3.6"], K,
      "Studieforbundene", ["Kompetanse Norge", "frivillige organisasjoner"], "Hele 2017",
      "Kurs i lesing, skriving, regning og digitale ferdigheter som gjennomføres i frivillige organisasjoner, "
      "finansiert gjennom Kompetansepluss frivillighet."),
    M("VOFO-norsk", "Norsktrening med frivillige for innvandrere", ["3.4"], K, "Studieforbundene",
      ["IMDi", "kommunene"], "2017–2018",
      "Samtalegrupper og språkkafeer der frivillige ledere gir innvandrere mulighet til å øve på norsk som supplement "
      "til introduksjonsprogrammet."),
    M("VOFO-kursleder", "Kurslederopplæring i studieforbundene", ["3.6"], K, "VOFO", ["studieforbundene"],
      "Vår og høst 2017",
      "Opplæring av kursledere i voksenpedagogikk, slik at flere voksne får gode læringsopplevelser i frivillig "
      "sektor."),
    M("VOFO-region", "Kompetanseheving for regionkonsulenter", ["1.2"], K, "VOFO", ["VOFO-regionene"], "2017",
      "Samlinger for regionkonsulentene om regional kompetansepolitikk og samarbeid med fylkeskommunene."),
    M("VOFO-konf17", "Konferansen «Læring i frivilligheten» 2017", ["3.6"], A, "VOFO",
      ["Kompetanse Norge", "Kulturdepartementet"], "14. november 2017",
      "Årets konferanse handlet om hvordan frivillig sektor kan nå voksne med svake grunnleggende ferdigheter."),
])

# ---------------------------------------------------------------- 2018
report("KD_rapport_NKPS_2018.pdf", "KD", 2018, "tildelingsbrev_oppdrag", "reportlab",
       "letter in allocation-letter style: 'Oppdrag 2018-nn: <title>' headings with Virksomhet/Samarbeid med/Delmål i "
       "NKPS/Kategori/Tidsrom/Frist for rapportering lines; budget lines and contact box are not measures", "nb", [
    M("KBU", "Kompetansebehovsutvalget (KBU)", ["1.1"], R, "KD",
      ["KMD", "ASD", "partene i arbeidslivet", "Kompetanse Norge"], "2017–2023",
      "Utvalget sammenstiller og analyserer kunnskap om Norges kompetansebehov og la fram sin første rapport (NOU "
      "2018: 2) i februar."),
    M("KVALRAM", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], P, "Kompetanse Norge",
      ["fylkeskommunene", "karrieresentrene"], "2018–2020",
      "Rammeverket skal gi felles standarder for karriereveiledning, kompetansekrav til veiledere og etiske "
      "retningslinjer."),
    M("KPLUSS", "Kompetansepluss arbeid", ["3.2"], K, "Kompetanse Norge", ["partene i arbeidslivet", "virksomheter"],
      "Løpende",
      "Tilskuddsordning for opplæring i lesing, skriving, regning, muntlig kommunikasjon og digitale ferdigheter for "
      "ansatte."),
    M("SAMFK-1", "Samfunnskontrakt for flere læreplasser 2016–2020", ["2.3"], R, "KD",
      ["partene i arbeidslivet", "KS", "fylkeskommunene"], "2016–2020",
      "Kontrakten skal sikre at flere kvalifiserte søkere får læreplass. Partene møtes halvårlig for å følge opp."),
    M("KD-ekspert", "Ekspertgruppe for finansiering av livsopphold ved etter- og videreutdanning", ["2.2"], F, "KD",
      ["ASD"], "2018–2019",
      "Ekspertgruppen skal vurdere ordninger som gjør det lettere for voksne å kombinere utdanning med jobb."),
    M("KD-flexpilot", "Forsøk med fleksible videreutdanningstilbud i digital kompetanse", ["2.1", "2.4"], P,
      "Kompetanse Norge", ["universiteter og høyskoler", "fagskoler", "partene i arbeidslivet"], "2018–2019",
      "Forsøk med korte, nettbaserte moduler utviklet i samarbeid med arbeidslivet."),
    M("KD-region", "Overføring av oppgaver til fylkeskommunene i regionreformen", ["1.2"], R, "Regjeringen",
      ["fylkeskommunene", "Kompetanse Norge"], "2018–2020",
      "Fylkeskommunene får flere kompetansepolitiske oppgaver, blant annet ansvaret for karriereveiledning og "
      "bedriftsintern opplæring."),
])

report("LO_tiltaksregister_2018.docx", "LO", 2018, "risk_register_table", "python-docx",
       "landscape risk register: Nr | Tiltak og beskrivelse | Delmål | Type | Eier / partnere | Periode | Risiko "
       "(Høy/Middels/Lav) | Risikoreduserende tiltak (text that is not a measure)", "nb", [
    M("LO-tv", "Kompetansekurs for tillitsvalgte (videreført)", ["2.1", "2.2"], K, "LO", ["forbundene", "AOF Norge"],
      "2018–2019",
      "Kurset er utvidet med en modul om digitalisering og holdes nå i alle regioner."),
    M("KBU", "Deltakelse i Kompetansebehovsutvalget (KBU)", ["1.1"], R, "KD",
      ["LO", "NHO", "YS", "Unio", "Akademikerne", "Spekter", "Virke", "KS"], "2017–2023",
      "LO har en representant i utvalget og bidrar med innspill fra forbundene om kompetansebehov."),
    M("REALKOMP", "Modell for dokumentasjon av realkompetanse – fase 2", ["2.5"], F, "LO", ["NHO", "Virke", "YS"],
      "2018–2019",
      "Modellen prøves ut i tre bransjer før den kan tas i bruk bredt."),
    M("SP-lokonf", "Felleskonferanse med Spekter om læreplasser", ["2.3"], A, "LO", ["Spekter"], "30. november 2017",
      "Konferansen samlet tillitsvalgte og ledere fra sykehus og andre Spekter-virksomheter om hvordan flere kan bli "
      "lærebedrifter."),
    M("LO-dig", "Nettkurs om digital omstilling for tillitsvalgte", ["2.1"], K, "LO", ["AOF Norge"], "2018",
      "Nettkurset er revidert og har hatt over 1 200 deltakere."),
    M("LO-aldri", "Kampanjen «Aldri for sent» – fagbrev for voksne", ["3.1"], X, "LO",
      ["Fellesforbundet", "Fagforbundet", "Kompetanse Norge"], "2017–2018",
      "Kampanjen er videreført med annonser i sosiale medier og informasjonsmøter på arbeidsplassene.",
      ptype="Informasjon"),
    M("LO-yrkesfag", "Yrkesfagkampanje i ungdomsskolen", ["2.3"], X, "LO", ["Fellesforbundet", "EL og IT Forbundet"],
      "2018–2019",
      "Fagarbeidere besøker ungdomsskoler og forteller om karrieremulighetene i yrkesfagene.", ptype="Informasjon"),
])

report("SFFK_lenkjesamling_kompetanse_2018.docx", "Sogn og Fjordane fylkeskommune", 2018, "hyperlink_link_collection",
       "python-docx", "nynorsk link collection: each measure title is a live hyperlink followed by its URL, a "
       "'·'-separated fact line and a short text; a closing 'Andre nyttige lenkjer' list is not measures", "nn", [
    M("SF-forum", "Regionalt kompetanseforum Sogn og Fjordane", ["1.2"], R, "Sogn og Fjordane fylkeskommune",
      ["NAV", "NHO", "LO", "KS", "Høgskulen på Vestlandet"], "2016–2019",
      "Forumet samlar dei regionale kompetanseaktørane to gonger i året og skal leggje grunnlaget for ein felles "
      "kompetansestrategi for det nye Vestland fylke.", ptype="Råd/utval/nettverk"),
    M("SF-karriere", "Karrieresenteret i Sogn og Fjordane – rettleiing for vaksne", ["1.3"], P,
      "Sogn og Fjordane fylkeskommune", ["NAV"], "2018",
      "Karrieresenteret har opna eit eige tilbod om rettleiing for vaksne arbeidstakarar og arbeidssøkjarar, "
      "også på nett."),
    M("SF-HVL", "Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen i Sogn og Fjordane", ["1.4"], K,
      "Sogn og Fjordane fylkeskommune", ["Høgskulen på Vestlandet", "Fagskulen i Sogn og Fjordane"], "2018–2020",
      "Samarbeidet gjeld dei tekniske fagområda og skal gje betre overgang frå fagskule til høgskule.",
      ptype="Kurs/utdanning"),
    M("SF-havbruk", "Fagbrev på jobb i havbruksnæringa", ["3.1"], K, "Sogn og Fjordane fylkeskommune",
      ["havbruksbedrifter i fylket", "Opplæringskontoret for akvakultur"], "2018–2019",
      "Tilsette utan fagbrev i akvakulturfaget tek fagbrev gjennom arbeidet sitt, med teori på kveldstid."),
    M("SF-larling", "Lærlingløft i kommunane i Sogn og Fjordane", ["2.3"], P, "Sogn og Fjordane fylkeskommune",
      ["kommunane", "KS"], "2018",
      "Fylkeskommunen og kommunane har auka talet på læreplassar i kommunal sektor med 40 i 2018."),
])

report("Unio_arsrapport_2018_kompetanse.pdf", "Unio", 2018, "drop_cap_feature_article", "reportlab",
       "magazine-style feature article: masthead, ingress, a pull quote; measures as bold subheadings with an italic "
       "'|'-separated fact line, each text paragraph opening with a large drop cap letter", "nb", [
    M("EU-hospeem", "HOSPEEM/EPSU-prosjektet om livslang læring i sykehusene", ["2.2"], P, "HOSPEEM og EPSU",
      ["Spekter", "Norsk Sykepleierforbund"], "2017–2019",
      "Norsk Sykepleierforbund deltar i det europeiske partsprosjektet, som samler eksempler på hvordan sykehusene "
      "investerer i kompetanse."),
    M("UNIO-tv", "Kurs for tillitsvalgte om kompetanseplanlegging", ["2.2"], K, "Unio", ["Unio-forbundene"],
      "2018–2019",
      "Kurset lærer tillitsvalgte å bruke kompetanseplaner aktivt i samarbeidet med arbeidsgiver."),
    M("UNIO-kfk", "Videreutdanning for lærere (Kompetanse for kvalitet)", ["1.4"], K, "Utdanningsforbundet",
      ["KD", "KS"], "2018–2019",
      "Utdanningsforbundet arbeider for at flere lærere får videreutdanning og at ordningen når alle skoleslag."),
    M("UNIO-politi", "Forskningsprosjekt om arbeidsplassbasert læring i politiet", ["2.2"], F,
      "Politiets Fellesforbund", ["Politihøgskolen"], "2018–2020",
      "Prosjektet undersøker hvordan erfaringslæring i politidistriktene kan dokumenteres og deles."),
    M("KLOFT", "Kompetanseløft 2020 i helse- og omsorgstjenestene", ["1.4", "2.2"], P, "HOD",
      ["KS", "Helsedirektoratet", "Norsk Sykepleierforbund"], "2016–2020",
      "Regjeringens plan for å sikre kompetent personell i de kommunale helse- og omsorgstjenestene."),
])

# ---------------------------------------------------------------- 2019
report("NHO_kompetanse_mobil_2019.pdf", "NHO", 2019, "mobile_narrow_pages", "reportlab",
       "mobile web view saved as PDF on narrow phone-sized pages: status bar, app header, search box, stacked cards "
       "with grey labels above values, 'Vis mindre ▴' after the text, bottom navigation bar on every page", "nb", [
    M("KBU", "KBU – Kompetansebehovsutvalget", ["1.1"], R, "KD",
      ["NHO", "LO", "øvrige hovedorganisasjoner", "forskere"], "2017–",
      "NHO deltar i utvalget og bruker analysene i dialogen med landsforeningene."),
    M("SAMFK-1", "Samfunnskontrakten for flere læreplasser", ["2.3"], R, "KD",
      ["NHO", "LO", "KS", "Virke", "Spekter", "Unio", "YS"], "2016–2020",
      "NHO følger opp kontrakten gjennom landsforeningene og regionkontorene."),
    M("NHO-barometer", "NHOs kompetansebarometer 2019", ["2.2"], F, "NHO", ["NIFU"], "2019",
      "Spørreundersøkelse blant medlemsbedriftene om hvilken kompetanse de mangler."),
    M("NHO-laerebedrift", "Kampanjen «Bli lærebedrift»", ["2.3"], X, "NHO",
      ["landsforeningene", "opplæringskontorene"], "Vår 2019",
      "Kampanjen skal få flere medlemsbedrifter til å ta inn lærlinger.", ptype="Informasjon"),
    M("NHO-YON", "Rapporten «Yrkesopplæringsnemndas rolle og ansvar»", ["1.2"], F, "NHO", ["Partene"],
      "2018–2019",
      "Rapporten beskriver hvordan partene kan bruke yrkesopplæringsnemndene mer aktivt."),
    M("REALKOMP", "Modell for vurdering av kompetanse ervervet i arbeidslivet", ["2.5"], F,
      "Virke, NHO, LO og YS", [], "2017–2019",
      "Partene har sammen utviklet en modell for å beskrive og vurdere kompetanse som bygges opp i arbeidslivet; "
      "rapporten «Balansekunst» ble lagt fram i 2019."),
])

report("KS_kompetansetiltak_malgrupper_2019.docx", "KS", 2019, "target_group_headings", "python-docx",
       "measures grouped under 'Målgruppe: …' headings (Heading 1), measure = Heading 2, one em-dash-separated "
       "run-in fact line, then text", "nb", [
    M("KS-fagbrev", "Fagbrev på jobb i kommunene", ["3.1"], K, "KS", ["fylkeskommunene", "Fagforbundet"],
      "2019–2021",
      "Ansatte i kommunene uten fagbrev får ta fagbrev i helsearbeiderfaget og barne- og ungdomsarbeiderfaget "
      "gjennom jobben."),
    M("KLOFT", "Kompetanseløft 2020", ["1.4", "2.2"], P, "HOD", ["KS", "Helsedirektoratet"], "2016–2020",
      "KS deltar i gjennomføringen og hjelper kommunene med å bruke tilskuddene til kompetanseheving."),
    M("KS-dig", "Kompetanse for digital omstilling i kommunene", ["2.1"], K, "KS",
      ["kommunene", "Digitaliseringsdirektoratet"], "2019–2020",
      "Nettbaserte moduler om digitale arbeidsprosesser for alle ansatte i kommunesektoren."),
    M("KS-larling", "Flere lærlinger i kommunal sektor", ["2.3"], P, "KS", ["fylkeskommunene", "Fagforbundet", "Delta"],
      "2019–2020",
      "Prosjektet hjelper kommunene med å ta inn flere lærlinger og bli godkjente lærebedrifter."),
    M("SAMFK-1", "Samfunnskontrakt for flere læreplasser – kommunesektorens bidrag", ["2.3"], R, "KD",
      ["KS", "partene i arbeidslivet", "fylkeskommunene"], "2016–2020",
      "KS følger opp kommunenes mål om flere læreplasser og publiserer lærlingtall for hver kommune."),
])

report("ASD_rapport_2019_ansvarsflyt.pdf", "ASD", 2019, "swimlane_diagram", "reportlab",
       "landscape swimlane diagram (lanes ASD / Arbeids- og velferdsdirektoratet / NAV / Partene) with measure boxes "
       "and 'samarbeid' arrows, then a page 'Forklaring til tiltakene' with circled numbers, title and text "
       "(titles appear twice, counted once)", "nb", [
    M("OPPL3AAR", "Opplæringstiltak inntil tre år for ledige (fagbrev)", ["3.5"], K, "ASD",
      ["NAV", "Arbeids- og velferdsdirektoratet"], "2019–2021",
      "Ledige over 25 år kan få opplæring som arbeidsmarkedstiltak i inntil tre år med sikte på fagbrev."),
    M("ASD-grunnl", "Kurs i grunnleggende ferdigheter for arbeidssøkere", ["3.5"], K, "NAV", ["Kompetanse Norge"],
      "2019",
      "NAV kjøper flere kurs i lesing, skriving og regning for arbeidssøkere som mangler grunnleggende ferdigheter."),
    M("ASD-inkl", "Inkluderingsdugnaden", ["3.3"], P, "ASD", ["KMD", "partene i arbeidslivet"], "2018–2020",
      "Dugnaden skal få flere personer med nedsatt funksjonsevne og hull i CV-en i jobb, blant annet gjennom "
      "opplæring."),
    M("ASD-norsk", "Kartlegging av norskferdigheter hos arbeidssøkere", ["3.4"], F,
      "Arbeids- og velferdsdirektoratet", ["IMDi"], "2019–2020",
      "Kartleggingen skal gi bedre grunnlag for å velge riktig norskopplæring for arbeidssøkere med "
      "innvandrerbakgrunn."),
    M("ASD-amo", "Utredning om arbeidsmarkedsopplæring og fylkeskommunalt opplæringsansvar", ["1.2", "3.3"], F,
      "ASD", ["KD", "KMD", "fylkeskommunene"], "2019",
      "Utredningen vurderer om ansvaret for arbeidsmarkedsopplæring bør ses i sammenheng med fylkeskommunens "
      "ansvar for opplæring."),
])

# ---------------------------------------------------------------- 2020
report("KD_presentasjon_notatsider_2020.pdf", "KD", 2020, "speaker_notes_pages", "reportlab",
       "presentation printed as notes pages: slide picture (16:9 frame) on top, 'Notater' below with facts and text; "
       "title slide and 'Innhold' agenda slide listing the measures are not measures", "nb", [
    M("KBU", "Kompetansebehovsutvalget (KBU) – videreført med nytt mandat", ["1.1"], R, "KD",
      ["ASD", "KMD", "NFD", "partene i arbeidslivet"], "2020–2023",
      "Utvalget har fått nytt mandat og skal i 2020 se særlig på konsekvensene av koronapandemien for "
      "kompetansebehovene."),
    M("KD-LHL", "Kompetansereformen «Lære hele livet»", ["2.2", "2.4"], X, "KD", ["ASD", "partene i arbeidslivet"],
      "2020–",
      "Meld. St. 14 (2019–2020) legger grunnlaget for reformen, som skal gjøre det lettere å kombinere jobb og "
      "utdanning.", ptype="Annet"),
    M("BRANSJE", "Bransjeprogram for kompetanseutvikling", ["2.4"], P, "KD",
      ["ASD", "partene i arbeidslivet", "Kompetanse Norge"], "2020–",
      "Staten og partene i utvalgte bransjer samarbeider om å øke deltakelsen i kompetanseutvikling."),
    M("KARRNETT", "Nasjonal tjeneste for karriereveiledning på nett", ["1.3"], X, "Kompetanse Norge",
      ["fylkeskommunene"], "2020–",
      "Tjenesten gir gratis veiledning via chat og telefon til alle over 19 år.", ptype="Informasjon"),
    M("KPROG", "Kompetanseprogrammet – fleksible utdanningstilbud", ["2.1", "2.4"], P, "Kompetanse Norge",
      ["universiteter og høyskoler", "fagskoler"], "2020–2022",
      "Tilskuddsordning for utvikling av fleksible utdanningstilbud tilpasset arbeidslivets behov. Bygger videre på "
      "erfaringer fra tidligere forsøk."),
    M("MODULFORSOK", "Forsøk med modulstrukturert fag- og yrkesopplæring for voksne", ["3.1"], P, "Udir",
      ["fylkeskommunene"], "2017–2022",
      "Voksne tar fag- og yrkesopplæring i moduler som kan kombineres med arbeid og dokumenteres underveis."),
    M("KVALRAM", "Kvalitetsrammeverk for karriereveiledning – implementering", ["1.3"], P, "Kompetanse Norge",
      ["fylkeskommunene"], "2020–2021",
      "Rammeverket er ferdig og tas nå i bruk i karrieresentrene og skolene."),
    M("SAMFK-1", "Samfunnskontrakt for flere læreplasser (siste kontraktsår)", ["2.3"], R, "KD",
      ["partene i arbeidslivet", "KS", "fylkeskommunene"], "2016–2020",
      "Kontraktsperioden avsluttes i 2020, og partene evaluerer resultatene."),
    M("KPLUSS", "Kompetansepluss (tidligere Kompetansepluss arbeid)", ["3.2"], K, "Kompetanse Norge",
      ["partene i arbeidslivet", "frivillige organisasjoner"], "Løpende",
      "Ordningen har fått nytt navn og omfatter nå opplæring både på arbeidsplassen og i frivillige organisasjoner."),
])

report("Trondelag_fk_tiltakskart_2020.pdf", "Trøndelag fylkeskommune", 2020, "mind_map_radial", "reportlab",
       "radial mind map (centre node, three area branches, leaf boxes with title, code · type · period and "
       "Ansvar/Med lines), followed by an 'Om tiltakene' list repeating each title with its text", "nb", [
    M("TR-forum", "Kompetanseforum Trøndelag", ["1.2"], R, "Trøndelag fylkeskommune",
      ["NAV", "NHO", "LO", "KS", "NTNU"], "2018–",
      "Forumet er fylkets møteplass for kompetanseaktørene og gir råd om prioriteringer i kompetansestrategien."),
    M("TR-strategi", "Kompetansestrategi for Trøndelag 2019–2022", ["1.2"], X, "Trøndelag fylkeskommune",
      ["kommunene", "partene i arbeidslivet"], "2019–2022",
      "Strategien ble vedtatt i fylkestinget og følges opp med årlige handlingsplaner.", ptype="Annet"),
    M("TR-digit", "Kompetanseløft Trøndelag (DigiT)", ["2.1"], R, "KS, Trøndelag fylkeskommune, Fylkesmannen",
      ["kommunene"], "2018–2020",
      "Digitaliseringsutvalget koordinerer kompetanseheving i digitalisering for kommunene i Trøndelag."),
    M("MODULFORSOK", "Modulstrukturert opplæring for voksne (forsøk)", ["3.1"], P, "Trøndelag fylkeskommune",
      ["Udir"], "2017–2022",
      "Trøndelag er ett av forsøksfylkene og tilbyr moduler i helsearbeiderfaget og industrimekanikerfaget."),
    M("TR-karriere", "Karriere Trøndelag – veiledning for voksne", ["1.3"], X, "Trøndelag fylkeskommune", ["NAV"],
      "2020", "Karrieresenteret har utvidet tilbudet til voksne, med egne timer for permitterte.", ptype="Annet"),
    M("KD-region", "Regionreformen – nye kompetanseoppgaver til fylkeskommunen", ["1.2"], R, "Regjeringen",
      ["fylkeskommunene"], "2020",
      "Fra 2020 har fylkeskommunen fått ansvar for bedriftsintern opplæring og karriereveiledning og bygger opp "
      "nye tjenester."),
])

report("Spekter_innspill_per_kapittel_2020.docx", "Spekter", 2020, "hearing_response_chapters", "python-docx",
       "consultation-response style organised by strategy chapter ('Til kapittel 3.2 … (s. 14–16)' – chapter numbers "
       "are not delmål), a 'Merknad' paragraph, then '▸ title' measures with an unlabelled ' – ' fact line whose order "
       "is explained once at the top", "nb", [
    M("SP-nettverk", "Arbeidsgivernettverket for medlemsvirksomhetene", ["2.2"], R, "Spekter",
      ["medlemsvirksomhetene"], "Løpende siden 2016",
      "Nettverket har i 2020 særlig drøftet kompetansebehov etter pandemien og bruk av digitale læringsformer."),
    M("SP-moteplass", "Møteplass lærebedrift (årlig)", ["1.4", "2.3"], A, "Spekter", ["Fafo", "opplæringskontorer"],
      "Mars 2020",
      "Møteplassen ble holdt rett før nedstengningen og samlet 120 deltakere fra medlemsvirksomhetene."),
    M("SP-samling20", "Samling om læreplasser i helseforetakene", ["2.3"], A, "Spekter", ["LO Stat", "helseforetakene"],
      "Oktober 2020",
      "En digital samling for helseforetakene om hvordan de kan ta inn flere lærlinger i helsefagarbeiderfaget."),
    M("SP-kartlegg", "Kompetansekartlegging i helseforetakene – pilot", ["2.2"], F, "Spekter",
      ["Helse Sør-Øst", "Fafo"], "2020–2021",
      "Piloten prøver ut et verktøy for å kartlegge kompetanse på enhetsnivå i to helseforetak."),
    M("SP-sokekonf", "Søkekonferanse om Kompetansepluss (årlig)", ["3.2"], A, "Spekter", ["Kompetanse Norge"],
      "September 2020",
      "Konferansen er holdt hvert år siden 2017 og ble i 2020 gjennomført digitalt."),
])

# ---------------------------------------------------------------- 2021
report("Vestland_fk_tiltak_milepelar_2021.docx", "Vestland fylkeskommune", 2021, "milestone_subtables", "python-docx",
       "nynorsk; measure = Heading 2, a '|'-separated fact paragraph, text, then a small 'Milepælar' table "
       "(Milepæl | Dato | Status) whose rows look like tasks but are not measures", "nn", [
    M("VL-forum", "Kompetanseforum Vestland", ["1.2"], R, "Vestland fylkeskommune",
      ["NAV Vestland", "NHO Vestland", "LO i Vestland", "KS Vestland", "Høgskulen på Vestlandet",
       "Universitetet i Bergen"], "2020–",
      "Forumet vart skipa etter samanslåinga og er fylket sin arena for samarbeid om kompetansepolitikken.",
      ptype="Råd/utval/nettverk"),
    M("VL-plan", "Regional plan for kompetanse og arbeidsliv 2021–2024", ["1.2"], X, "Vestland fylkeskommune",
      ["kommunane", "partane i arbeidslivet"], "2021–2024",
      "Planen skal vedtakast i fylkestinget hausten 2021 og få ein eigen handlingsdel.", ptype="Anna"),
    M("VL-karriere", "Karriere Vestland – rettleiing for vaksne", ["1.3"], P, "Vestland fylkeskommune",
      ["NAV Vestland"], "2020–",
      "Dei fire karrieresentera i fylket er samla i Karriere Vestland, med eit felles tilbod til vaksne."),
    M("SF-HVL", "Samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland om tekniske fag", ["1.4"], K,
      "Vestland fylkeskommune", ["Høgskulen på Vestlandet", "Fagskulen Vestland"], "2018–2022",
      "Samarbeidet frå Sogn og Fjordane er vidareført etter at fagskulane vart slått saman til Fagskulen Vestland."),
    M("VL-bio", "Bedriftsintern opplæring (BIO) – ny fylkeskommunal forvaltning", ["2.4"], P,
      "Vestland fylkeskommune", ["NAV Vestland", "bedrifter"], "2020–",
      "Fylkeskommunen har teke over forvaltninga av BIO-ordninga og prioriterer bedrifter i omstilling."),
])

report("HK-dir_rapport_2021_rutenett.pdf", "HK-dir", 2021, "label_inside_cell_grid", "reportlab",
       "one ruled grid per measure where each cell holds 'Label: value' (Tiltak spans the top row, then "
       "Delmål/Type, Ansvarlig/Samarbeid, Periode, Beskrivelse); no separate headings", "nb", [
    M("KVALRAM", "Kvalitetsrammeverk for karriereveiledning", ["1.3"], P, "HK-dir", ["fylkeskommunene", "NAV"],
      "2018–2021",
      "Rammeverket er lansert og brukes i opplæring av karriereveiledere i hele landet."),
    M("KARRNETT", "Karriereveiledning.no – nettbasert karriereveiledning", ["1.3"], X, "HK-dir",
      ["fylkeskommunene", "NAV"], "2020–",
      "Nettsiden og chat-tjenesten hadde over 80 000 brukere i 2021.", ptype="Informasjon"),
    M("KPROG", "Kompetanseprogrammet", ["2.1", "2.4"], P, "HK-dir",
      ["universiteter og høyskoler", "fagskoler", "bransjeprogrammene"], "2020–",
      "I 2021 fikk 46 nye utdanningstilbud støtte gjennom programmet."),
    M("HK-frokost21", "Kompetansefrokoster 2021", ["2.2"], A, "HK-dir", [], "2021",
      "En serie på fire digitale frokostmøter om aktuelle kompetansepolitiske spørsmål."),
    M("BRANSJE", "Bransjeprogram for kompetanseutvikling (forvaltning)", ["2.4"], P, "HK-dir",
      ["partene i arbeidslivet", "KD", "ASD"], "2020–",
      "HK-dir forvalter midlene til bransjeprogrammene og følger opp utdanningstilbudene."),
    M("HK-kompl", "Kompletterende utdanning for personer med utenlandsk utdanning", ["2.6"], K, "HK-dir",
      ["universiteter og høyskoler", "NOKUT"], "2021–2023",
      "Tilskudd til utdanningsinstitusjoner som gir kompletterende utdanning til innvandrere med høyere utdanning."),
])

report("NHO_sluttrapport_NKPS_2017-2021.docx", "NHO", 2021, "retrospective_by_start_year", "python-docx",
       "end-of-period report grouped under 'Tiltak startet i 2016 … 2021' (Heading 1), measure = Heading 3, "
       "a 'Status 2021:' word, a labelled run-in fact paragraph and text; an 'Antall tiltak per startår' table is "
       "not measures", "nb", [
    M("SAMFK-1", "Samfunnskontrakten for flere læreplasser", ["2.3"], R, "KD",
      ["NHO", "LO", "KS", "fylkeskommunene"], "2016–2020",
      "Kontrakten ble avsluttet i 2020. Antallet læreplasser økte i perioden, men målet om læreplass til alle "
      "kvalifiserte ble ikke nådd."),
    M("KBU", "Kompetansebehovsutvalget", ["1.1"], R, "KD", ["NHO", "øvrige hovedorganisasjoner"], "2017–2023",
      "NHO har deltatt i utvalget gjennom hele perioden."),
    M("NHO-YON", "Yrkesopplæringsnemndenes rolle – oppfølging av rapporten", ["1.2"], F, "NHO",
      ["Partene", "fylkeskommunene"], "2018–2021",
      "Anbefalingene fra rapporten er fulgt opp i dialog med fylkeskommunene."),
    M("NHO-barometer", "NHOs kompetansebarometer (årlig)", ["2.2"], F, "NHO", ["NIFU"], "2019–",
      "Barometeret gjennomføres hvert år og viser at seks av ti bedrifter har udekket kompetansebehov."),
    M("NHO-laerebedrift", "«Bli lærebedrift» – videreført som digital kampanje", ["2.3"], X, "NHO",
      ["landsforeningene"], "2019–2021",
      "Kampanjen er flyttet til sosiale medier og nettsider.", ptype="Informasjon"),
    M("BRANSJE", "Bransjeprogrammene (partssamarbeid)", ["2.4"], P, "KD",
      ["NHO", "LO", "Virke", "Spekter", "HK-dir"], "2020–",
      "NHO deltar i styringen av flere bransjeprogram, blant annet for industri og bygg."),
    M("VEILEDER", "Veileder for lokalt partssamarbeid om kompetanse", ["2.2"], X, "NHO og LO", [], "2021",
      "En felles veileder for tillitsvalgte og ledere om hvordan de kan samarbeide om kompetanseutvikling lokalt.",
      ptype="Informasjon"),
])

# ---------------------------------------------------------------- 2022
report("Virke_tiltakstabell_forkortelser_2022.docx", "Virke", 2022, "coded_type_column_footnote_key", "python-docx",
       "landscape table with banded rows whose Type column holds only a one-letter code (K/A/R/F/P/I); the codes "
       "and organisation abbreviations are resolved in superscript-marked notes ¹ ² under the table", "nb", [
    M("REALKOMP", "Bransjestandard for realkompetansevurdering", ["2.5"], F, "Virke", ["LO", "NHO", "YS"],
      "2017–2022",
      "Standarden bygger på modellen partene utviklet sammen og tas nå i bruk i varehandelen.", ptype="F"),
    M("BRANSJE-handel", "Bransjeprogram for varehandel", ["2.1", "2.4"], P, "Virke", ["HK", "HK-dir"], "2021–2023",
      "Trepartsprogram med korte nettkurs i digital handel, logistikk og ledelse for ansatte i butikk og lager.",
      ptype="P"),
    M("VIRKE-konf21", "Kompetansekonferansen 2021 (digital)", ["2.2"], A, "Virke", ["HK"], "9. november 2021",
      "Konferansen ble holdt digitalt med 600 påmeldte.", ptype="A"),
    M("VIRKE-konf22", "Kompetansekonferansen 2022 «Lære for å lede»", ["2.2"], A, "Virke", ["HK", "Akademikerne"],
      "18. oktober 2022",
      "Årets konferanse handlet om lederes ansvar for læring i virksomheten.", ptype="A"),
    M("VIRKE-barometer", "Virkes HR-barometer – kompetansebehov i handel og tjenesteyting", ["2.2"], F, "Virke",
      ["Ny Analyse"], "2022",
      "Undersøkelse blant medlemmene om hvilke kompetanser de trenger de neste fem årene.", ptype="F"),
    M("VIRKE-dig", "Digitalt kompetanseløft for ansatte i handelen", ["2.1"], K, "Virke", ["HK", "Virke HUK"],
      "2021–2022",
      "Gratis e-læring i netthandel og kundeservice for ansatte i medlemsbedriftene.", ptype="K"),
    M("VIRKE-larling", "Flere lærlinger i handelen", ["2.3"], X, "Virke", ["HK", "opplæringskontorene"], "2022",
      "Informasjonsarbeid rettet mot butikksjefer om salgsfaget og lærlingordningen.", ptype="I"),
])

# ---------------------------------------------------------------- 2023
report("LO_tiltak_eksport_2023.docx", "LO", 2023, "csv_pasted_semicolon", "python-docx",
       "semicolon-separated CSV export pasted into Word in a monospace font: header line, one line per measure "
       "with quoted fields (some containing ';'), 'Antall rader' footer", "nb", [
    M("LO-tv", "LOs kompetansekurs for tillitsvalgte", ["2.2"], K, "LO", ["forbundene", "AOF Norge"], "2023",
      "Kurset er nå et fast tilbud i LOs kursprogram; 14 kull i 2023."),
    M("REALKOMP",
      "Bransjestandard for realkompetansevurdering (tidligere «Modell for dokumentasjon av realkompetanse»)", ["2.5"],
      F, "LO", ["NHO", "Virke", "YS", "HK-dir"], "2017–2023",
      "Standarden er ferdig; LO arbeider for at den tas i bruk i flere bransjer."),
    M("BRANSJE", "Bransjeprogrammene – partssamarbeid om etter- og videreutdanning", ["2.4"], P, "KD",
      ["LO", "NHO", "Virke", "Spekter", "KS", "HK-dir"], "2020–",
      "LO-forbundene sitter i styringsgruppene og melder inn behov for nye tilbud."),
    M("BRANSJE-handel", "Bransjeprogram for varehandel (HK og Virke)", ["2.1", "2.4"], P, "HK og Virke", ["HK-dir"],
      "2021–2023",
      "Handel og Kontor har rekruttert deltakere gjennom tillitsvalgte i butikkjedene."),
    M("SAMFK-2", "Samfunnskontrakten 2022–2026", ["2.3"], R, "KD", ["LO", "NHO", "KS", "fylkeskommunene"],
      "2022–2026",
      "Den nye kontrakten har mål om læreplass til alle kvalifiserte søkere og flere voksne lærlinger."),
    M("VEILEDER", "Felles veileder med NHO om kompetanse i lokalt partssamarbeid", ["2.2"], X, "LO og NHO", [],
      "2021–2023",
      "Veilederen er revidert og brukes på LOs og NHOs kurs.", ptype="Informasjon"),
    M("KBU", "Kompetansebehovsutvalget – LOs deltakelse", ["1.1"], R, "KD", ["LO", "NHO", "øvrige parter"],
      "2017–2023",
      "Utvalget leverte sin siste rapport i 2023."),
    M("LO-fagbrevpilot", "Fagbrev på jobb i privat sektor – pilot i Fellesforbundet", ["3.1"], P, "Fellesforbundet",
      ["NHO Byggenæringen", "fylkeskommunene"], "2022–2023",
      "Piloten prøver ut fagbrev på jobb for ansatte i byggfag; 60 deltakere i tre fylker."),
    M("LO-yrkesfag", "Yrkesfagkampanjen", ["2.3"], X, "LO", ["Fellesforbundet", "EL og IT Forbundet"], "2023",
      "Kampanjen er gjenopptatt etter pandemien med besøk på 80 ungdomsskoler.", ptype="Informasjon"),
])

report("NAV_blankett_NKPS_2023.pdf", "NAV", 2023, "comb_field_blankett", "reportlab",
       "official form (blankett) with form number, comb-boxed fields (one character per box) for org.nr., year and "
       "delmål codes, numbered parts 'Del 2 – Tiltak n' with ruled answer lines; guidance text is not measures", "nb", [
    M("OPPL3AAR", "Utvidet opplæringstiltak – fagbrev innen tre år", ["3.5"], K, "NAV",
      ["fylkeskommunene", "Arbeids- og velferdsdirektoratet"], "2019–2024",
      "Ordningen er videreført. I 2023 deltok 2 300 personer i opplæring med sikte på fagbrev."),
    M("KARRNETT", "Samarbeid om karriereveiledning.no", ["1.3"], X, "HK-dir", ["NAV", "fylkeskommunene"], "2023",
      "NAV-veiledere henviser brukere til den nasjonale nettjenesten og deltar i faglig samarbeid.",
      ptype="Informasjon"),
    M("NAV-norsk", "Norskopplæring kombinert med arbeidspraksis", ["3.3", "3.4"], K, "NAV", ["IMDi", "kommunene"],
      "2023",
      "Arbeidssøkere med innvandrerbakgrunn får norskopplæring på arbeidsplassen i kombinasjon med praksis."),
    M("NAV-dig", "Kurs i grunnleggende digitale ferdigheter for arbeidssøkere", ["2.1", "3.5"], K, "NAV",
      ["HK-dir", "folkebibliotekene"], "2023–2024",
      "Korte kurs i bruk av digitale tjenester og jobbsøking på nett."),
    M("NAV-vgs", "NAV-veiledere i videregående skole", ["3.3"], P, "NAV", ["fylkeskommunene"], "2023–2025",
      "NAV-veiledere på skolene skal forebygge frafall og hjelpe elever over i arbeid eller læreplass."),
])

# ---------------------------------------------------------------- 2024
report("KS_rapport_2024_med_sitater.docx", "KS", 2024, "quote_box_testimonials", "python-docx",
       "measure = Heading 2, tab-aligned label lines, text, then a shaded quote box with a participant testimonial "
       "(quotes name schemes in passing but are not measures)", "nb", [
    M("KS-fagbrev", "Fagbrev på jobb (videreført)", ["3.1", "3.3"], K, "KS", ["fylkeskommunene", "Fagforbundet", "NAV"],
      "2019–2025",
      "Ordningen er utvidet til flere fag, og NAV bidrar med ansatte på arbeidsrettede tiltak."),
    M("KLOFT", "Kompetanseløft 2025 (tidligere Kompetanseløft 2020)", ["1.4", "2.2"], P, "HOD",
      ["KS", "Helsedirektoratet"], "2021–2025",
      "Planen videreføres med vekt på rekruttering, kompetanse og fagutvikling i helse og omsorg."),
    M("KS-dig", "Digital omstilling i kommunene – kompetanseprogram", ["2.1"], K, "KS", ["kommunene", "Digdir"],
      "2022–2024",
      "Programmet er utvidet med moduler om kunstig intelligens og informasjonssikkerhet."),
    M("SAMFK-2", "Ny samfunnskontrakt for flere læreplasser (2022–2026)", ["2.3"], R, "KD",
      ["KS", "partene i arbeidslivet", "fylkeskommunene"], "2022–2026",
      "KS følger opp kommunenes bidrag til kontrakten og rapporterer lærlingtall hvert halvår."),
    M("KS-larling", "Flere lærlinger i kommunal sektor – fase 2", ["2.3"], P, "KS",
      ["fylkeskommunene", "Fagforbundet", "Delta"], "2023–2024",
      "Fase 2 retter seg mot kommuner med få lærlinger og tilbyr veiledning til instruktører."),
    M("KS-heltid", "Heltidskultur og kompetanse i helse og omsorg", ["2.2"], P, "KS", ["Fagforbundet", "NSF"],
      "2023–2025",
      "Prosjektet ser på sammenhengen mellom hele stillinger og kompetanseutvikling i turnus."),
])

# ---------------------------------------------------------------- 2025
report("HK-dir_epics_eksport_2025.pdf", "HK-dir", 2025, "issue_tracker_epic_export", "reportlab",
       "issue-tracker export: export header with filter, one block per epic ('NKPS-nn' key + title), field table "
       "(Status, Etiketter 'delmal-1.3, type-prosjekt', Ansvarlig, Samarbeid, Tidsrom) and description; comment "
       "threads under the epics are not measures", "nb", [
    M("KARRNETT", "Karriereveiledning.no – videreutvikling fase 2", ["1.3"], X, "HK-dir", ["fylkeskommunene", "NAV"],
      "2024–2025",
      "Ny versjon med bedre verktøy for voksne i arbeid og integrasjon mot utdanning.no.", ptype="informasjon"),
    M("KPROG", "Kompetanseprogrammet (videreført)", ["2.1", "2.4"], P, "HK-dir",
      ["universiteter og høyskoler", "fagskoler"], "2020–2025",
      "Utlysningen i 2025 prioriterer tilbud innen helse, bygg og det grønne skiftet.", ptype="prosjekt"),
    M("BRANSJE", "Bransjeprogram for kompetanseutvikling", ["2.4"], P, "HK-dir", ["partene i arbeidslivet"],
      "2020–2025",
      "Det er nå 24 bransjeprogram; to nye bransjer ble tatt inn i 2025.", ptype="prosjekt"),
    M("KVALRAM", "Kvalitetsrammeverk for karriereveiledning – revisjon", ["1.3"], P, "HK-dir",
      ["fylkeskommunene", "NAV"], "2024–2025",
      "Rammeverket revideres etter evaluering og skal omfatte veiledning i arbeidslivet.", ptype="prosjekt"),
    M("KPLUSS", "Kompetansepluss – tilskudd til grunnleggende ferdigheter", ["3.2"], K, "HK-dir",
      ["partene i arbeidslivet", "frivillige organisasjoner"], "Løpende",
      "Tilskuddsordningen støtter opplæring i grunnleggende ferdigheter i arbeidslivet og i frivilligheten.",
      ptype="kurs"),
    M("HK-frokost24", "Kompetansefrokost: Voksne i videregående opplæring", ["3.1"], A, "HK-dir", ["Udir"],
      "12. mars 2024",
      "Frokostmøte om den nye opplæringsloven og voksnes rett til videregående opplæring.", ptype="arrangement"),
    M("HK-kompl", "Kompletterende utdanning for personer med utenlandsk utdanning (videreført)", ["2.6"], K, "HK-dir",
      ["universiteter og høyskoler"], "2021–2025",
      "Ordningen er videreført med nye tilbud for lærere og ingeniører.", ptype="kurs"),
])

# ---------------------------------------------------------------- 2026
report("MR_fylkeskommune_tiltakskart_2026.pdf", "Møre og Romsdal fylkeskommune", 2026, "map_pins_legend", "reportlab",
       "nynorsk 'tiltakskart': a drawn schematic county map with numbered pins and town names, then a numbered "
       "legend list (bold title, 'Stad: … · Delmål … · type · Ansvarleg … · Partnarar … · Periode …' line, text)",
       "nn", [
    M("MR-allianse", "Kompetansealliansen Møre og Romsdal", ["1.2"], R, "Møre og Romsdal fylkeskommune",
      ["næringslivet", "NTNU i Ålesund", "Høgskulen i Volda", "Fagskulen Møre og Romsdal", "NAV Møre og Romsdal"],
      "2019–",
      "Alliansen samarbeider om kompetansebehova i regionen på bakgrunn av eit felles kunnskapsgrunnlag.",
      ptype="Råd/utval/nettverk"),
    M("MR-plan", "Regional delstrategi for kompetanse 2025–2028", ["1.2"], X, "Møre og Romsdal fylkeskommune",
      ["kommunane", "partane i arbeidslivet"], "2025–2028",
      "Delstrategien vart vedteken i fylkestinget i juni 2025.", ptype="Anna"),
    M("MR-karriere", "Karrieresenteret i Møre og Romsdal", ["1.3"], X, "Møre og Romsdal fylkeskommune", ["NAV"],
      "Løpande",
      "Karrieresenteret gir gratis rettleiing til vaksne på fem stader i fylket.", ptype="Anna"),
    M("MR-fagskule", "Korte modular for industrien ved Fagskulen Møre og Romsdal", ["2.4"], K,
      "Fagskulen Møre og Romsdal", ["industribedrifter", "NHO Møre og Romsdal"], "2025–2026",
      "Modulane er utvikla saman med bedriftene og kan takast ved sida av jobb.", ptype="Kurs/utdanning"),
    M("MR-maritim", "Vaksenopplæring i maritime fag", ["2.4", "3.1"], K, "Møre og Romsdal fylkeskommune",
      ["maritime bedrifter", "Ålesund vidaregåande skule"], "2025–2026",
      "Vaksne arbeidstakarar i maritim næring tek fagbrev som matros eller motormann.", ptype="Kurs/utdanning"),
    M("MR-modul", "Modulstrukturert opplæring for vaksne – ny nasjonal ordning", ["3.1"], K,
      "Møre og Romsdal fylkeskommune", ["Udir", "kommunane"], "Frå hausten 2025",
      "Den nye opplæringslova gjer modulstrukturert opplæring til ei fast ordning for vaksne i heile landet.",
      ptype="Kurs/utdanning"),
])


# ---------------------------------------------------------------- near-miss groups (keys that must stay apart)
NEAR_MISS_GROUPS = [
    ("Tillitsvalgt-kurs", ["LO-tv", "UNIO-tv", "LO-dig"],
     "own courses for shop stewards by different unions (LO, Unio) and LO's separate digital web course"),
    ("Regionale kompetanseforum", ["SF-forum", "TR-forum", "VL-forum", "MR-allianse"],
     "each county's own forum; Vestland's forum is a new body after the 2020 merger, not the old Sogn og Fjordane forum"),
    ("Regionale planar/strategiar", ["TR-strategi", "VL-plan", "MR-plan"], "three counties' own plans"),
    ("Karrieresentera", ["SF-karriere", "TR-karriere", "VL-karriere", "MR-karriere"],
     "each county's own career centre; Karriere Vestland merges four centres and is treated as new"),
    ("Nasjonal karriereveiledning", ["KVALRAM", "KARRNETT"],
     "quality framework vs online guidance service: both national career guidance, different measures"),
    ("LO–Spekter-konferanse vs 2020-samling", ["SP-lokonf", "SP-samling20"],
     "the 30 Nov 2017 joint conference vs Spekter's separate October 2020 gathering on apprenticeships"),
    ("Virkes kompetansekonferanser", ["VIRKE-konf21", "VIRKE-konf22"], "two separate yearly events in one series"),
    ("HK-dirs frokostmøter", ["HK-frokost21", "HK-frokost24"], "2021 series vs a single 2024 breakfast meeting"),
    ("Barometre", ["NHO-barometer", "VIRKE-barometer", "SP-kartlegg"],
     "each organisation's own survey of skill needs"),
    ("Lærlingrekruttering", ["NHO-laerebedrift", "KS-larling", "VIRKE-larling", "LO-yrkesfag", "SF-larling",
                             "SP-moteplass"], "different organisations' own apprenticeship campaigns/projects"),
    ("Kompetansepluss", ["KPLUSS", "SP-sokekonf", "VOFO-kpf"],
     "national scheme vs Spekter's own information conference about it vs VOFO's 2017 frivillighet courses"),
    ("Forsøk vs program (fleksible tilbud)", ["KD-flexpilot", "KPROG"],
     "2018–2019 pilot vs Kompetanseprogrammet, which builds on it but is a new grant scheme"),
    ("Modulforsøk vs ny ordning", ["MODULFORSOK", "MR-modul"],
     "the 2017–2022 national pilot vs the permanent scheme under the new Education Act"),
    ("Samfunnskontrakter", ["SAMFK-1", "SAMFK-2"], "2016–2020 contract vs the new 2022–2026 contract"),
    ("Bransjeprogram", ["BRANSJE", "BRANSJE-handel"], "the overall scheme vs one of its programmes (varehandel)"),
    ("Fagbrev på jobb / fagbrev for vaksne", ["KS-fagbrev", "LO-fagbrevpilot", "SF-havbruk", "LO-aldri",
                                              "OPPL3AAR", "MR-maritim"],
     "municipal scheme vs LO union pilot vs county aquaculture scheme vs information campaign vs NAV measure"),
    ("Digital kompetanse", ["KS-dig", "VIRKE-dig", "NAV-dig", "TR-digit", "SP-dig", "LO-dig"],
     "different organisations' own digital-skills courses/networks"),
    ("Kompetanseløft", ["KLOFT", "TR-digit", "VIRKE-dig"],
     "'Kompetanseløft 2020/2025' (HOD plan) vs 'Kompetanseløft Trøndelag (DigiT)' vs Virke's 'Digitalt kompetanseløft'"),
    ("Fagskule/høgskule-samarbeid", ["SF-HVL", "MR-fagskule", "TR-havbruk"], "three different regional offers"),
    ("Norskopplæring", ["VOFO-norsk", "ASD-norsk", "NAV-norsk"],
     "volunteer language training vs a survey of skills vs NAV language training with work practice"),
    ("Regionreform vs BIO", ["KD-region", "VL-bio"],
     "the region reform transferring tasks vs Vestland's own administration of the BIO grant that followed from it"),
    ("Grunnleggande ferdigheiter", ["ASD-grunnl", "NAV-dig", "KPLUSS"],
     "NAV basic skills courses (2019) vs NAV digital skills courses (2023) vs Kompetansepluss"),
]
