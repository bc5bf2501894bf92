# -*- coding: utf-8 -*-
"""Ground-truth data for batch match22.

Every measure row carries a symbolic key; rows with the same key are the same tiltak.
tiltak_id and continues are computed in make_batch.py.
"""

def M(key, title, delmal, type_, resp, partners, period, desc, **extra):
    d = dict(key=key, title=title, delmal=sorted(delmal, key=lambda c: tuple(int(x) for x in c.split('.'))),
             type=type_, responsible=resp, partners=list(partners), period=period, description=desc)
    d.update(extra)
    return d

OLD = {'1.1': 1, '1.2': 2, '1.3': 3, '1.4': 4, '2.1': 5, '2.2': 6, '2.3': 7, '2.4': 8, '2.5': 9, '2.6': 10,
       '3.1': 11, '3.2': 12, '3.3': 13, '3.4': 14, '3.5': 15, '3.6': 16}

DELMAL_TEXT = {
    '1.1': 'Etablere et kompetansebehovsutvalg (KBU)',
    '1.2': 'Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle',
    '1.3': 'Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning',
    '1.4': 'Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet',
    '2.1': 'Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken',
    '2.2': 'Styrke kunnskapsgrunnlaget om læring i arbeidslivet',
    '2.3': 'Synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker',
    '2.4': 'Koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere',
    '2.5': 'Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet',
    '2.6': 'Forenkle godkjenning og vurdering av utenlandsk utdanning og yrkeskvalifikasjoner',
    '3.1': 'Gi fleksibel opplæring på voksnes premisser',
    '3.2': 'Stimulere til bruk av Kompetanseplussordningene',
    '3.3': 'Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken',
    '3.4': 'Målrette og effektivisere norskopplæring og kvalifiseringstiltak for innvandrere',
    '3.5': 'Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere',
    '3.6': 'Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor',
}

# Strategy's own numbered tiltak texts (old numbering), abbreviated as quoted in YS 2017
STRATEGY_TILTAK = {
    1: 'Etablere et kompetansebehovsutvalg (KBU).',
    4: 'Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet, for å gjøre utdanningen relevant og for å gi bedre tilgang på kvalifisert arbeidskraft i alle regioner.',
    5: 'Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken for å utnytte den teknologiske utviklingen og sikre nødvendig omstilling.',
    6: 'Styrke kunnskapsgrunnlaget om læring i arbeidslivet og spesielt kunnskapen om verdien av å investere i kompetanseutvikling.',
    7: 'Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker.',
    9: 'Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet, slik at denne kan utnyttes mer effektivt.',
}

FILES = []

def F(file, reporter, year, template, made_with, layout, measures, **extra):
    d = dict(file=file, reporter=reporter, year=year, template=template, made_with=made_with, layout=layout,
             measures=measures)
    d.update(extra)
    FILES.append(d)

# ---------------------------------------------------------------- 2017 YS (PDF)
F('2017_YS_oppfolging_NKPS.pdf', 'YS', 2017, 'strategy_quote_then_response', 'PDF via reportlab',
  'each measure follows a grey-ruled quotation of the strategy\'s numbered tiltak (old numbers); run-in "YS følger opp:" title; fact line', [
    M('KBU', 'Bidrag til etableringen av et kompetansebehovsutvalg', ['1.1'], 'Råd/utvalg/nettverk', 'KD',
      ['YS', 'hovedorganisasjonene i arbeidslivet'], 'Utvalget oppnevnes høsten 2017',
      'YS har gitt innspill til mandat og sammensetning og vil ha en fast plass i utvalget.'),
    M('SRY', 'YS\u2019 plass i Samarbeidsrådet for yrkesopplæring', ['1.4', '2.3'], 'Råd/utvalg/nettverk', 'YS',
      ['KD', 'Utdanningsdirektoratet'], 'Løpende',
      'YS bruker plassen i SRY til å fremme bedre kobling mellom fag- og yrkesopplæringen og arbeidslivets behov.'),
    M('DIGIGRP', 'Deltakelse i KDs partssammensatte gruppe om digitalisering og kompetansebehov', ['2.1'],
      'Råd/utvalg/nettverk', 'KD', ['Kompetanse Norge', 'partene i arbeidslivet'], '2017–2018',
      'Gruppen skal identifisere hvilke kompetansebehov digitaliseringen skaper i arbeidslivet.'),
    M('YS_TVKURS', 'Tillitsvalgtkurs: digital omstilling på arbeidsplassen', ['2.1'], 'Kurs/utdanning', 'YS',
      ['YS-forbundene'], '2017–2018',
      'Todagers kurs for tillitsvalgte om hvordan de kan påvirke kompetanseplaner når arbeidsplassen digitaliseres.'),
    M('YS_BAROM', 'YS Arbeidslivsbarometer', ['2.2'], 'FoU', 'YS', ['Arbeidsforskningsinstituttet (AFI)'], 'Årlig',
      'Den årlige undersøkelsen har i 2017 egne spørsmål om opplæring og kompetanseutvikling på arbeidsplassen.'),
    M('BALANSE', 'Prosjekt om dokumentasjon av kompetanse ervervet i arbeidslivet', ['2.5'], 'FoU', 'Virke',
      ['YS', 'LO', 'NHO'], '2017–2018',
      'YS deltar i Virkes prosjekt som skal utvikle en metode for å beskrive kompetanse som bygges opp i arbeidslivet.'),
  ])

# ---------------------------------------------------------------- 2018 LO (PDF)
F('2018_LO_tiltaksoversikt.pdf', 'LO', 2018, 'ditto_marks_table', 'PDF via reportlab',
  'landscape table sorted by delmål; repeated cell values written as ditto marks (\u201d / «–»), so Delmål, Type and Ansvarlig must be carried down', [
    M('KBU', 'Deltakelse i Kompetansebehovsutvalget (KBU)', ['1.1'], 'Råd/utvalg/nettverk', 'Regjeringen',
      ['KD', 'hovedorganisasjonene'], '2017–2020', 'LO har en fast representant i utvalget.'),
    M('SRY', 'Samarbeidsrådet for yrkesopplæring (SRY) og de faglige rådene', ['1.4', '2.3'], 'Råd/utvalg/nettverk',
      'Partene', ['KD', 'Udir'], 'Løpende', 'LO og forbundene deltar i SRY og i alle faglige råd.'),
    M('LO_UIO', 'Samarbeid med UiO om kunnskapsøkonomien', ['1.4'], 'Prosjekt', 'LO', ['NHO', 'UiO'], '2018–2020',
      'Felles prosjekt om hvordan universitetene kan møte arbeidslivets behov i en kunnskapsøkonomi.'),
    M('BRP', 'Bransjeprogram for industri og bygg', ['2.1', '2.4'], 'Kurs/utdanning', 'Regjeringen',
      ['LO', 'NHO', 'Fellesforbundet', 'Norsk Industri', 'BNL'], '2018–2020',
      'Trepartsprogram der fagskoler og høyskoler lager moduler som ansatte kan ta ved siden av jobb.'),
    M('LO_TVKURS', 'Kurs for tillitsvalgte: kompetanse og omstilling', ['2.2'], 'Kurs/utdanning', 'LO',
      ['AOF Norge'], 'Vår og høst 2018', 'Kurset gir tillitsvalgte verktøy for å kreve kompetanseplaner i virksomheten.'),
    M('LO_TARIFF', 'Notat om tariffavtalenes betydning i kompetansepolitikken', ['2.2'], 'FoU', 'LO', ['Fafo'], '2018',
      'Fafo beskriver hvordan bestemmelser om kompetanse i tariffavtalene brukes lokalt.'),
    M('ARENDAL18', 'Arrangement under Arendalsuka 2018 om fornyelse av ansattes kompetanse', ['2.2'], 'Arrangement',
      'LO Stat og Spekter', [], 'August 2018', 'Felles debatt om verdien av å fornye ansattes kompetanse.'),
    M('SAMK1', 'Samfunnskontrakt for flere læreplasser (2016–2020)', ['2.3'], 'Prosjekt', 'Regjeringen',
      ['partene i arbeidslivet'], '2016–2020', 'LO følger opp kontraktens mål om flere læreplasser i alle bransjer.'),
    M('YRKESAAR', 'Yrkesfagenes år 2018', ['2.3'], 'Annet', 'KD', ['LO', 'NHO', 'YS', 'Virke', 'Spekter'], '2018',
      'LO deltok i kampanjen og arrangerte konferansen «Arena for kvalitet».'),
    M('BALANSE', 'Innspill til Virkes modell for verdsetting av realkompetanse («Balansekunst»)', ['2.5'], 'FoU',
      'Virke', ['LO', 'YS', 'NHO'], '2017–2018', 'LO har sittet i referansegruppen for arbeidet.'),
  ])

# ---------------------------------------------------------------- 2018 Unio (DOCX)
F('2018_Unio_rapport_NKPS.docx', 'Unio', 2018, 'cross_reference_letters', 'python-docx',
  'narrative sections "Tiltak A – …" with the facts woven into prose, followed by an overview table keyed by the same letters (each measure counted once)', [
    M('UNIO_TV', 'Tillitsvalgtskolering om digital omstilling', ['2.1'], 'Kurs/utdanning', 'Unio',
      ['Unios medlemsorganisasjoner'], '2018–2019',
      'Unio har arrangert workshop med forbundene og bygger temaet inn i skoleringen av tillitsvalgte.'),
    M('DIGIGRP', 'Unios deltakelse i den partssammensatte arbeidsgruppen om digitalisering', ['2.1'],
      'Råd/utvalg/nettverk', 'KD', ['Kompetanse Norge', 'partene i arbeidslivet'], '2017–2018',
      'Arbeidsgruppen kartla kompetansebehov som følge av digitalisering i arbeidslivet.'),
    M('RSA', 'Deltakelse i Råd for samarbeid med arbeidslivet (RSA)', ['1.4'], 'Råd/utvalg/nettverk',
      'Universiteter og høyskoler', ['Unio-forbundene'], 'Løpende',
      'Unio-forbundene er representert i RSA ved flere universiteter og høyskoler.'),
    M('UNIO_FIN', 'Utredning av modeller for finansiering av etter- og videreutdanning', ['2.2'], 'FoU', 'Unio',
      ['Proba samfunnsanalyse'], '2018–2019',
      'Utredningen sammenligner ulike modeller for hvordan etter- og videreutdanning kan finansieres.'),
    M('UNIO_HELSE', 'Rapport om kompetanseheving av helsepersonell', ['2.2'], 'FoU', 'Unio', ['Ny Analyse'], '2018',
      'Rapporten ser på utfordringer og muligheter for kompetanseheving av helsepersonell.'),
    M('UNIO_STF', 'Aktiv bruk av studieforbund', ['3.6'], 'Kurs/utdanning', 'Unio', ['Unios forbund'], 'Løpende',
      'Forbundene bruker studieforbund for kompetansehevende kurs for medlemmene.'),
  ])

# ---------------------------------------------------------------- 2019 KD (PDF)
F('2019_KD_rapport_prop.pdf', 'KD', 2019, 'prop1s_kapittel_post', 'PDF via reportlab',
  'budget-proposition style: "Kap. 258 … post 21" headings, a budget table (not measures), "Rapport for 2018" with italic measure sub-headings and a "Bidrar til delmål …" line', [
    M('KBU', 'Kompetansebehovsutvalget (KBU)', ['1.1'], 'Råd/utvalg/nettverk', 'KD',
      ['KMD', 'ASD', 'partene', 'Kompetanse Norge'], '2017–2022',
      'Utvalget la fram sin første rapport i 2018 og skal levere en temarapport hvert år.'),
    M('KVALRAMME', 'Nasjonalt kvalitetsrammeverk for karriereveiledning', ['1.3'], 'Prosjekt', 'Kompetanse Norge',
      ['fylkeskommunene'], '2018–2019',
      'Rammeverket beskriver kvalitet i karriereveiledning og kompetansekrav til veiledere.'),
    M('DIGIKARR', 'Nasjonal digital karriereveiledningstjeneste', ['1.3'], 'Prosjekt', 'Kompetanse Norge',
      ['Utdanningsdirektoratet'], 'Lanseres i 2020',
      'En nettbasert tjeneste med chat og telefon skal gi veiledning til alle uavhengig av bosted.'),
    M('FLEKS', 'Tilskudd til utvikling av fleksible videreutdanningstilbud', ['2.1', '2.4'], 'Kurs/utdanning',
      'Kompetanse Norge', ['partene', 'universiteter og høyskoler', 'fagskoler'], '2018–',
      'Ordningen gir tilskudd til fleksible tilbud i digital kompetanse som kan tas ved siden av jobb.'),
    M('BRP', 'Bransjeprogram for kompetanseutvikling i industri- og byggenæringen og i kommunal helse- og omsorgssektor',
      ['2.1', '2.4'], 'Kurs/utdanning', 'KD', ['partene', 'Kompetanse Norge'], '2018–2021',
      'Staten og partene samarbeider om opplæringstilbud for ansatte i utvalgte bransjer.'),
    M('DIGIGRP', 'Partssammensatt arbeidsgruppe for digital kompetanse', ['2.1'], 'Råd/utvalg/nettverk', 'KD',
      ['Kompetanse Norge', 'LO', 'NHO', 'Unio', 'KS', 'YS', 'Spekter', 'Akademikerne', 'Virke'], '2017–2018',
      'Arbeidsgruppen leverte sin rapport i juni 2018.'),
    M('EVU_UTV', 'Ekspertutvalg for etter- og videreutdanning', ['2.2'], 'Råd/utvalg/nettverk', 'KD',
      ['forskere', 'utdanningsinstitusjoner', 'næringslivet'], '2018–2019',
      'Utvalget leverer sin utredning sommeren 2019.'),
    M('SAMK1', 'Samfunnskontrakt for flere læreplasser', ['2.3'], 'Prosjekt', 'KD', ['partene'], '2016–2020',
      'Kontrakten skal bidra til at alle kvalifiserte søkere får læreplass.'),
    M('YRKESAAR', 'Yrkesfagenes år', ['2.3'], 'Annet', 'KD', ['partene'], '2018',
      'Informasjons- og omdømmekampanje på nett og i sosiale medier.'),
    M('MODULPILOT', 'Forsøk med modulstrukturert opplæring for voksne', ['3.1'], 'Kurs/utdanning', 'KD',
      ['Utdanningsdirektoratet', 'fylkeskommunene'], '2017–2021',
      'Forsøket prøver ut modulstrukturerte læreplaner i utvalgte lærefag for voksne.'),
  ])

# ---------------------------------------------------------------- 2019 Akademikerne (DOCX)
F('2019_Akademikerne_kunnskapsgrunnlag.docx', 'Akademikerne', 2019, 'research_abstract_format', 'python-docx',
  'each measure as a structured abstract (heading, Oppdragsgiver/Utført av/År line, run-in Bakgrunn/Metode/Oppfølging paragraphs) with a "Nøkkelord" line giving the delmål only in words; publication list in an appendix repeats report titles (not measures)', [
    M('AK_EVUHOY', 'Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre', ['2.2'], 'FoU',
      'Akademikerne/Econa', ['Ny Analyse'], '2019',
      'Rapporten kartlegger hvor mye høyt utdannede deltar i etter- og videreutdanning og hva som hindrer dem.'),
    M('AK_YNGRE', 'Yngre eldre i arbeidslivet', ['2.2'], 'FoU', 'Akademikerne/Econa', ['Ny Analyse'], '2019',
      'Studien ser på hvordan arbeidstakere over 55 år holder kompetansen ved like.'),
    M('AK_FRAMTID', 'Framtidens behov for akademikere', ['2.2'], 'FoU', 'Akademikerne',
      ['Samfunnsøkonomisk analyse'], '2018–2019',
      'Framskrivinger av etterspørselen etter arbeidskraft med høyere utdanning fram mot 2035.'),
    M('KBU', 'Akademikernes plass i Kompetansebehovsutvalget', ['1.1'], 'Råd/utvalg/nettverk', 'KD',
      ['Akademikerne', 'de andre hovedorganisasjonene'], 'Fra 2017',
      'Akademikerne bidrar med data om høyt utdannede i utvalgets analyser.'),
    M('EVU_UTV', 'Referansegruppen til ekspertutvalget for etter- og videreutdanning', ['2.2'], 'Råd/utvalg/nettverk',
      'KD', ['Akademikerne'], '2018–2019',
      'Akademikerne har gitt innspill om behovene til høyt utdannede i referansegruppen.'),
    M('RSA', 'Representasjon i rådene for samarbeid med arbeidslivet (RSA)', ['1.4'], 'Råd/utvalg/nettverk',
      'Universitetene og høyskolene', ['Akademikernes medlemsforeninger'], 'Løpende',
      'Medlemsforeningene deltar i RSA for å styrke relevansen i profesjonsutdanningene.'),
  ])

# ---------------------------------------------------------------- 2019 Virke (DOCX)
F('2019_Virke_kompetanserapport.docx', 'Virke', 2019, 'icon_legend_type_symbols', 'python-docx',
  'legend table of symbols at the top; each measure a bold title line preceded by a type symbol (✎ kurs, ⚗ FoU, ☷ nettverk, ⚑ arrangement, ◈ prosjekt, ✱ annet), then "◆ 2.5" delmål chips and "⌂/⚭/◷" fact lines', [
    M('BALANSE', 'Balansekunst – modell og metode for å beskrive kompetanse fra arbeidslivet', ['2.5'], 'FoU', 'Virke',
      ['LO', 'YS', 'NHO'], '2017–2019',
      'Rapporten «Balansekunst» ble lansert i april 2018 og modellen prøves nå ut i virksomheter.'),
    M('SAMK1', 'Virkes oppfølging av Samfunnskontrakten for flere læreplasser', ['2.3'], 'Prosjekt', 'Virke',
      ['KD', 'opplæringskontorene'], '2016–2020',
      'Virke oppfordrer medlemsvirksomhetene til å ta inn flere lærlinger.'),
    M('VIRKE_HANDEL', 'Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?', ['2.1', '2.2'], 'FoU', 'Virke',
      ['Samfunnsøkonomisk analyse', 'NAV', 'Handel og Kontor'], '2018–2019',
      'Studien kartlegger hvilke oppgaver i varehandelen som endres av ny teknologi.'),
    M('VIRKE_KONF19', 'Kompetansekonferansen 2019', ['2.2'], 'Arrangement', 'Virke', [], '14. mars 2019',
      'Konferanse for ledere og HR-ansvarlige om strategisk kompetanseutvikling.'),
    M('VIRKE_FRISOR', 'Bransjeløft for frisørfaget', [], 'Kurs/utdanning', 'Virke',
      ['Frisørfagets opplæringskontor'], '2019–2020',
      'Kursrekke for frisørsalonger om nye tjenester og digital timebestilling.'),
  ])

# ---------------------------------------------------------------- 2020 NHO (DOCX)
F('2020_NHO_tiltak_A-AA.docx', 'NHO', 2020, 'alphabetical_directory', 'python-docx',
  'alphabetical directory: large letter dividers (B, H, I …), entries sorted by title with [delmål] brackets and a fact line; "Se …" cross-reference entries are not measures', [
    M('BRP', 'Bransjeprogrammene for kompetanseutvikling (treparts)', ['2.1', '2.4'], 'Kurs/utdanning', 'Regjeringen',
      ['NHO', 'LO', 'bransjeforeningene'], '2018–2021',
      'NHO og landsforeningene deltar i styringsgruppene for programmene i industri og bygg.'),
    M('NHO_HURTIG', 'Hurtigsporet-kampanjen i fire byer', ['3.4'], 'Annet', 'NHO',
      ['NAV', 'Bergen', 'Bodø', 'Drammen', 'Fredrikstad'], '2019–2020',
      'Kampanjen synliggjør flyktningers kompetanse for arbeidsgivere i fire byer.'),
    M('IA1922', 'IA-avtalen 2019–2022 – kompetanse som virkemiddel', ['3.3'], 'Råd/utvalg/nettverk', 'ASD',
      ['partene i arbeidslivet'], '2019–2022',
      'Avtalen slår fast at kompetansetiltak kan være nødvendige for at folk skal kunne stå i arbeid.'),
    M('NHO_JENTER', 'Jenter og teknologi', ['2.3'], 'Annet', 'NHO', ['NITO', 'Abelia'], '2016–2020',
      'Nasjonal kampanje som inspirerer jenter til å velge teknologifag.'),
    M('KBU', 'KBU – NHOs representasjon i Kompetansebehovsutvalget', ['1.1'], 'Råd/utvalg/nettverk', 'KD',
      ['NHO'], '2017–2022', 'NHO bidrar med data fra Kompetansebarometeret.'),
    M('RSA', 'RSA-ene: næringslivets stemme i høyere utdanning', ['1.4'], 'Råd/utvalg/nettverk',
      'Universiteter og høyskoler', ['NHOs regionkontorer'], 'Løpende',
      'NHOs regionkontorer deltar i rådene for samarbeid med arbeidslivet.'),
    M('SAMK1', 'Samfunnskontrakt for flere læreplasser 2016–2020', ['2.3'], 'Prosjekt', 'KD',
      ['NHO', 'LO', 'KS', 'Virke', 'Spekter'], '2016–2020',
      'Sluttrapportering om kontrakten skjer høsten 2020.'),
    M('NHO_YNEMND', 'Yrkesopplæringsnemndenes rolle og ansvar – rapport', ['1.2'], 'FoU', 'NHO', ['partene'], '2019–2020',
      'Rapporten drøfter hvordan nemndene kan få en sterkere rolle i regional kompetansepolitikk.'),
  ])

# ---------------------------------------------------------------- 2020 Vestfold og Telemark (PDF, nynorsk)
F('2020_VestfoldTelemark_verkstad.pdf', 'Vestfold og Telemark fylkeskommune', 2020, 'workshop_postit_clusters',
  'PDF via reportlab',
  'nynorsk workshop output: coloured sticky notes drawn in loose clusters, each cluster headed by a delmål label; each note holds a title in a handwriting-like font and a tiny fact line; photo-credit and "parkeringsplass" notes are not measures', [
    M('VT_KARRIERE', 'Karrieresenteret i Vestfold og Telemark – rettleiing for vaksne', ['1.3'], 'Prosjekt',
      'Vestfold og Telemark fylkeskommune', ['NAV'], '2020–2022', 'Gratis karriererettleiing for alle over 19 år.'),
    M('VT_PARTNER', 'Partnarskapsavtalar om karriererettleiing', ['1.3'], 'Råd/utvalg/nettverk',
      'Vestfold og Telemark fylkeskommune', ['NHO', 'LO', 'KS', 'USN', 'NAV'], '2020',
      'Avtalar som skal gjere karriererettleiinga kjend i kommunane.'),
    M('VT_KOMPFORUM', 'Kompetanseforum Vestfold og Telemark', ['1.2'], 'Råd/utvalg/nettverk',
      'Vestfold og Telemark fylkeskommune', ['NHO', 'LO', 'KS', 'NAV', 'USN'], 'Frå 2020',
      'Regionalt partnarskap som samlar aktørane om kompetansebehova i regionen.'),
    M('VT_REGSTRAT', 'Regional plan for kompetanse og arbeidsliv', ['1.2'], 'Prosjekt',
      'Vestfold og Telemark fylkeskommune', [], '2020–2021', 'Planarbeidet startar hausten 2020.'),
    M('VT_YRKESLOFT', 'Yrkesfagløftet: hospitering for yrkesfaglærarar', ['1.4', '2.3'], 'Kurs/utdanning',
      'Vestfold og Telemark fylkeskommune', ['bedrifter', 'kommunar'], '2020–2021',
      'Yrkesfaglærarar hospiterer i bedrifter, og instruktørar i bedrifter hospiterer i skulen.'),
  ], lang='nn')

# ---------------------------------------------------------------- 2021 Innlandet (PDF)
F('2021_Innlandet_tiltak.pdf', 'Innlandet fylkeskommune', 2021, 'chevron_process_rows', 'PDF via reportlab',
  'one band per measure: title line, then a row of drawn chevron arrows HVA → HVEM → NÅR → MÅL holding type, responsible/partners, period and delmål; description under the arrows', [
    M('IN_FAGJOBB', 'Fagbrev på jobb', ['3.1'], 'Kurs/utdanning', 'Innlandet fylkeskommune', ['NAV', 'kommunene'],
      '2021–2023', 'Voksne i jobb tar fagbrev gjennom opplæring på arbeidsplassen.'),
    M('MODULPILOT', 'Deltakelse i forsøket med modulstrukturert opplæring for voksne', ['3.1'], 'Kurs/utdanning',
      'Utdanningsdirektoratet', ['Innlandet fylkeskommune'], '2017–2021',
      'To videregående skoler i Innlandet deltar i det nasjonale forsøket.'),
    M('IN_KARRIERE', 'Karriere Innlandet – veiledning for voksne', ['1.3'], 'Prosjekt', 'Innlandet fylkeskommune',
      ['NAV', 'kommunene'], '2021–', 'Karrieresentrene i Hamar, Gjøvik og Lillehammer ble slått sammen til én tjeneste.'),
    M('IN_REGSTRAT', 'Regional kompetansestrategi for Innlandet 2021–2024', ['1.2'], 'Prosjekt',
      'Innlandet fylkeskommune', ['partene', 'NAV', 'Høgskolen i Innlandet'], '2021–2024',
      'Strategien samordner tiltak for kompetanse og arbeidsliv i hele fylket.'),
    M('IN_BIO', 'BIO-midler: bedriftsintern opplæring i Innlandet', ['2.4'], 'Annet', 'Innlandet fylkeskommune',
      ['NAV'], '2021', 'Tilskudd til bedrifter som må omstille seg, særlig etter pandemien.'),
    M('IN_UE', 'Etablereropplæring i introduksjonsprogrammet (Ungt Entreprenørskap-metodikk)', ['3.4'], 'Prosjekt',
      'Innlandet fylkeskommune', ['Ungt Entreprenørskap Innlandet', 'kommunene'], '2021–2022',
      'Deltakere i introduksjonsprogrammet lærer å starte egen virksomhet.'),
  ])

# ---------------------------------------------------------------- 2021 VOFO (DOCX)
F('2021_VOFO_rapport.docx', 'VOFO', 2021, 'raw_markdown_pasted', 'python-docx',
  'Markdown text pasted into Word without rendering: "## Tiltak: …" lines, "- **Delmål:** 3.2" bullets and a pipe table summary ("| Tiltak | Delmål |") that repeats the titles', [
    M('VOFO_KPFRIV', 'Promotering av Kompetansepluss frivillighet', ['3.2'], 'Annet', 'VOFO', ['studieforbundene'],
      '2021', 'VOFO informerer studieforbundene om søknadsrundene og hjelper nye søkere.'),
    M('VOFO_REGION', 'Styrking av VOFOs regionale tilstedeværelse', ['1.2'], 'Prosjekt', 'VOFO',
      ['VOFO-regionene', 'fylkeskommunene'], '2020–2022',
      'Regionleddene slås sammen slik at de følger de nye fylkesgrensene.'),
    M('VOFO_LK', 'Studieforbundene som læringskatalysatorer', ['3.6'], 'FoU', 'VOFO', ['Fafo'], '2020–2021',
      'Forskningsprosjektet undersøker hvordan kurs i studieforbund motiverer til videre læring.'),
    M('VOFO_INKL', 'Informasjonsprosjekt om inkludering', ['3.6'], 'Prosjekt', 'VOFO',
      ['studieforbundene', 'kursarrangører'], '2021',
      'Materiell om hvordan studieforbundene kan nå innvandrere og andre som står utenfor.'),
    M('VOFO_REGEL', 'Regelverksendringer i studieforbundsordningen', ['3.6'], 'Råd/utvalg/nettverk', 'VOFO',
      ['KD', 'studieforbundene'], '2021', 'VOFO følger opp endringene i forskrift om studieforbund.'),
  ])

# ---------------------------------------------------------------- 2021 YS (DOCX)
F('2021_YS_tiltak_etter_type.docx', 'YS', 2021, 'type_group_headings_with_counts', 'python-docx',
  'measures grouped under type headings with counts ("Kurs og opplæring (1 tiltak)"); numbering runs on across groups; facts as a hanging-indent block with small-caps labels', [
    M('YS_TVKURS', 'Tillitsvalgtkurs i digital omstilling – nå som nettkurs', ['2.1'], 'Kurs/utdanning', 'YS',
      ['YS-forbundene'], '2020–2022', 'Kurset fra 2017 er bygget om til et nettkurs som kan tas i eget tempo.'),
    M('YS_BAROM', 'YS Arbeidslivsbarometer 2021: kompetanse og omstilling', ['2.2'], 'FoU', 'YS',
      ['Arbeidsforskningsinstituttet (AFI) ved OsloMet'], '2021',
      'Årets barometer har et temakapittel om kompetanse under pandemien.'),
    M('SRY', 'Samarbeidsrådet for yrkesopplæring (SRY)', ['1.4', '2.3'], 'Råd/utvalg/nettverk', 'YS',
      ['KD', 'Utdanningsdirektoratet'], 'Løpende', 'YS deltar med fast representant.'),
    M('KBU', 'Kompetansebehovsutvalget', ['1.1'], 'Råd/utvalg/nettverk', 'KD', ['YS'], '2017–2022',
      'YS deltar i utvalget, som i 2021 leverte en rapport om fremtidige kompetansebehov.'),
    M('YS_PARAT', 'Stipendordning for etter- og videreutdanning i Parat', ['2.2'], 'Annet', 'Parat', ['YS'], '2021–',
      'Medlemmer kan søke stipend til kurs og studier ved siden av jobb.'),
  ])

# ---------------------------------------------------------------- 2022 Vestland (DOCX, nynorsk)
F('2022_Vestland_saksframlegg.docx', 'Vestland fylkeskommune', 2022, 'saksframlegg_politisk_sak', 'python-docx',
  'nynorsk political case paper: header table (Arkivsak, Saksbehandlar, Utval, Møtedato), "Fylkesdirektøren rår … til å gjere slikt vedtak", Samandrag, Saksopplysningar with a table of tiltak, Vurdering; innstilling and vedlegg are not measures', [
    M('VL_FAGJOBB', 'Fagbrev på jobb', ['3.1'], 'Kurs/utdanning', 'Vestland fylkeskommune', ['NAV Vestland', 'kommunane'],
      '2022–2024', 'Vaksne i arbeid tek fagbrev med opplæring på arbeidsplassen.'),
    M('VL_HFA', 'Opplæringstilbod som helsefagarbeidar for minoritetsspråklege («Sogn og Fjordane-modellen»)',
      ['3.4', '3.5'], 'Kurs/utdanning', 'Vestland fylkeskommune', ['NAV Vestland', 'kommunane'], '2022–',
      'Modellen kombinerer norskopplæring og fagopplæring og er utvida til heile fylket.'),
    M('VL_KOMPFORUM', 'Kompetanseforum Vestland', ['1.2'], 'Råd/utvalg/nettverk', 'Vestland fylkeskommune',
      ['NHO', 'LO', 'KS', 'NAV', 'HVL', 'UiB'], 'Frå 2021',
      'Forumet samordnar arbeidet med kompetansebehov i regionen.'),
    M('VL_YNEMND', 'Yrkesopplæringsnemnda i Vestland – styrkt rolle', ['1.2', '1.4'], 'Råd/utvalg/nettverk',
      'Vestland fylkeskommune', ['partane i arbeidslivet'], '2022',
      'Nemnda får ansvar for å gje råd om dimensjonering av fag- og yrkesopplæringa.'),
    M('VL_BIO', 'BIO-ordninga 2022', ['2.4'], 'Annet', 'Vestland fylkeskommune', [], '2022',
      'Tilskot til bedriftsintern opplæring i bedrifter med omstillingsbehov.'),
    M('VL_HVL', 'Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland', ['1.4'],
      'Kurs/utdanning', 'Vestland fylkeskommune', ['Høgskulen på Vestlandet', 'Fagskulen Vestland'], '2022–2025',
      'Felles utvikling av tekniske studietilbod med vekt på vidareutdanning.'),
    M('VL_SAMKLOK', 'Lokal samfunnskontrakt for fleire læreplassar i Vestland', ['2.3'], 'Prosjekt',
      'Vestland fylkeskommune', ['NHO Vestland', 'LO i Vestland', 'KS Vestland'], '2022–2026',
      'Fylkesvis avtale med eigne mål for talet på læreplassar i kommunane.'),
  ], lang='nn')

# ---------------------------------------------------------------- 2022 HK-dir (PDF)
F('2022_HKdir_RACI.pdf', 'HK-dir', 2022, 'raci_matrix', 'PDF via reportlab',
  'landscape RACI matrix: rows = measures, delmål and type columns, then one column per organisation holding R/A/C/I letters (A = responsible, R/C = partners, I = informed only); legend and descriptions as numbered notes below', [
    M('KBU', 'Sekretariat for Kompetansebehovsutvalget (KBU)', ['1.1'], 'Råd/utvalg/nettverk', 'KD',
      ['HK-dir'], '2017–2023', 'HK-dir er sekretariat for utvalget og utarbeider kunnskapsgrunnlaget.'),
    M('KVALRAMME', 'Kvalitetsrammeverk for karriereveiledning – implementering', ['1.3'], 'Prosjekt', 'HK-dir',
      ['fylkeskommunene', 'KD'], '2021–2023', 'Rammeverket tas i bruk i karrieresentrene og i NAV.'),
    M('DIGIKARR', 'Karriereveiledning.no – nasjonal digital karriereveiledning', ['1.3'], 'Prosjekt', 'HK-dir',
      ['NAV', 'fylkeskommunene'], '2020–', 'Tjenesten har chat, telefon og e-post og besvarte over 30 000 henvendelser i 2022.'),
    M('FLEKS', 'Fleksible videreutdanningstilbud – tilskuddsordning', ['2.1', '2.4'], 'Kurs/utdanning', 'HK-dir',
      ['KD', 'UH og fagskoler'], '2018–', 'Årlig utlysning av midler til fleksible tilbud.'),
    M('BRP', 'Forvaltning av bransjeprogrammene', ['2.1', '2.4'], 'Kurs/utdanning', 'HK-dir',
      ['KD', 'partene i arbeidslivet'], '2020–', 'Ti bransjeprogram med opplæringstilbud for ansatte, permitterte og ledige.'),
    M('KPLUSS', 'Kompetansepluss', ['3.2'], 'Kurs/utdanning', 'HK-dir', ['VOFO', 'partene i arbeidslivet'], 'Årlig',
      'Tilskudd til opplæring i grunnleggende ferdigheter i arbeidslivet og i frivillige organisasjoner.'),
    M('HK_REALK', 'Nasjonal modell for vurdering av realkompetanse i arbeidslivet', ['2.5'], 'FoU', 'HK-dir',
      ['NHO', 'LO', 'Virke'], '2022–2024', 'Utvikling og utprøving av en felles modell for å vurdere kompetanse fra arbeidslivet.'),
  ])

# ---------------------------------------------------------------- 2023 NAV (PDF)
F('2023_NAV_confluence_NKPS.pdf', 'NAV', 2023, 'confluence_page_export', 'PDF via reportlab',
  'wiki space export: page tree and breadcrumbs, "Opprettet av … sist endret" meta, one child page per measure with a page-properties table (Tiltak, Delmål, Status lozenge, Eier, Samarbeid, Tidsrom) and body text; page-tree list and "Relaterte sider" are not measures', [
    M('DIGIKARR', 'Karriereveiledning.no – samarbeid om digital karriereveiledning', ['1.3'], 'Prosjekt', 'HK-dir',
      ['NAV'], '2020–', 'NAV-veiledere henviser brukere til den digitale tjenesten, og NAV deltar i faglig råd.'),
    M('VL_HFA', 'Helsefagarbeiderløp for minoritetsspråklige i Vestland (Sogn og Fjordane-modellen)', ['3.4', '3.5'],
      'Kurs/utdanning', 'Vestland fylkeskommune', ['NAV Vestland'], '2022–',
      'NAV Vestland rekrutterer deltakere og finansierer livsopphold under opplæringen.'),
    M('MENNHELSE', 'Menn i helse', ['3.3'], 'Kurs/utdanning', 'KS', ['NAV'], '2023–',
      'Arbeidsledige menn får praksis og utdanning som helsefagarbeider med lønn i kommunen.'),
    M('NAV_FAGJOBB', 'Samarbeid med fylkeskommunene om fagbrev for ledige', ['3.3', '3.5'], 'Kurs/utdanning', 'NAV',
      ['fylkeskommunene'], '2022–2024', 'Ledige kan ta fagbrev som opplæringstiltak i regi av NAV.'),
    M('IA1922', 'IA-avtalen 2019–2022: kompetanse og opplæring', ['3.3'], 'Råd/utvalg/nettverk', 'ASD',
      ['partene i arbeidslivet', 'NAV'], '2019–2022', 'NAV arbeidslivssenter har fulgt opp bransjeprogrammene i IA-avtalen.'),
    M('NAV_HURTIG', 'Hurtigsporet for flyktninger', ['3.4'], 'Prosjekt', 'NAV', ['IMDi', 'kommunene'], '2023',
      'Flyktninger med relevant kompetanse får raskere tilbud om kvalifisering og jobb.'),
    M('NAV_OPPL', 'Opplæringstiltaket – lengre utdanning som arbeidsmarkedstiltak', [], 'Kurs/utdanning', 'NAV', [],
      '2023', 'Personer over 22 år kan få inntil tre års utdanning som tiltak.'),
  ])

# ---------------------------------------------------------------- 2023 LO (DOCX)
F('2023_LO_status_for_og_naa.docx', 'LO', 2023, 'before_after_comparison_table', 'python-docx',
  'one table comparing last reported name (left, greyed, not a measure) with this year\'s name (right), plus Delmål, Type, Ansvar/partnere, Periode and a "Hva er endret" column; "Avsluttet siden sist" row group lists ended measures (not measures of 2023)', [
    M('KBU', 'Kompetansebehovsutvalget (KBU)', ['1.1'], 'Råd/utvalg/nettverk', 'KD', ['hovedorganisasjonene'],
      '2017–2023', 'LO deltar fortsatt; utvalgets siste rapport kommer i 2023.', prev='Deltakelse i Kompetansebehovsutvalget (KBU)', change='Uendret'),
    M('SRY', 'SRY og de faglige rådene', ['1.4', '2.3'], 'Råd/utvalg/nettverk', 'Partene',
      ['KD', 'Udir', 'NHO'], 'Løpende', 'Forbundene har fortsatt flertall av arbeidstakerplassene i de faglige rådene.',
      prev='Samarbeidsrådet for yrkesopplæring (SRY) og de faglige rådene', change='Kortere navn'),
    M('LO_TVKURS', 'Kompetansekurs for tillitsvalgte', ['2.1', '2.2'], 'Kurs/utdanning', 'LO', ['AOF Norge', 'forbundene'],
      '2018–', 'Kurset har fått en ny modul om digital omstilling.', prev='Kurs for tillitsvalgte: kompetanse og omstilling',
      change='Nytt navn, delmål 2.1 lagt til'),
    M('BRP', 'Bransjeprogrammene (utvidet til flere bransjer)', ['2.1', '2.4'], 'Kurs/utdanning', 'Regjeringen',
      ['LO', 'NHO', 'forbundene', 'HK-dir'], '2018–', 'Programmene omfatter nå blant annet reiseliv, varehandel og renhold.',
      prev='Bransjeprogram for industri og bygg', change='Utvidet'),
    M('LO_UIO', 'Kunnskapsøkonomi-samarbeidet med UiO – fase 2', ['1.4'], 'Prosjekt', 'LO', ['NHO', 'UiO', 'OsloMet'],
      '2021–2024', 'Fase 2 ser på etter- og videreutdanning ved universitetene.',
      prev='Samarbeid med UiO om kunnskapsøkonomien', change='Fase 2, OsloMet ny partner'),
    M('LO_TARIFF', 'Tariffavtalenes betydning for kompetanseutvikling – ny Fafo-studie', ['2.2'], 'FoU', 'LO', ['Fafo'],
      '2023', 'Oppfølging av notatet fra 2018 med nye data fra tariffoppgjørene.',
      prev='Notat om tariffavtalenes betydning i kompetansepolitikken', change='Videreført med ny studie'),
    M('SAMK2', 'Samfunnskontrakt for flere læreplasser 2022–2026', ['2.3'], 'Prosjekt', 'KD',
      ['partene i arbeidslivet', 'KS'], '2022–2026', 'Ny kontrakt med nye mål; LO deltar i oppfølgingsgruppen.',
      prev='Samfunnskontrakt for flere læreplasser (2016–2020)', change='Ny kontrakt'),
    M('ARENDAL23', 'Arendalsuka 2023: debatt om livslang læring', ['2.2'], 'Arrangement', 'LO', ['Fagforbundet'],
      'August 2023', 'Debatt med statsråden om retten til etter- og videreutdanning.', prev='', change='Nytt'),
    M('IA2428', 'Ny IA-avtale 2024–2028', ['3.3'], 'Råd/utvalg/nettverk', 'ASD', ['partene i arbeidslivet'],
      '2024–2028', 'Avtalen ble forhandlet i 2023 og har et eget kompetanseløft for bransjer med høyt sykefravær.',
      prev='', change='Nytt'),
  ])

# ---------------------------------------------------------------- 2024 KS (DOCX)
F('2024_KS_prosjektmandater.docx', 'KS', 2024, 'prosjektmandat_sections', 'python-docx',
  'a sequence of "Prosjektmandat" forms: title after the word "Prosjektmandat:", numbered sections 1 Bakgrunn, 2 Mål og effekt, 3 Organisering (prosjekteier/prosjektleder/styringsgruppe), 4 Tidsplan, 5 Kobling til NKPS; the small version/approval table under each title is not a measure', [
    M('KS_LAERING', 'KS Læring – delingsplattform for kommunene', ['2.1'], 'Prosjekt', 'KS', ['kommunene'], '2017–',
      'Plattformen lar kommunene dele kurs og e-læring med sine ansatte og med hverandre.'),
    M('MENNHELSE', 'Menn i helse', ['3.3'], 'Kurs/utdanning', 'KS', ['NAV', 'kommunene', 'fylkeskommunene'], '2023–2026',
      'Rekrutteringsprogram som gir arbeidsledige menn fagbrev som helsefagarbeider.'),
    M('KS_KONF24', 'KS\u2019 kompetansekonferanse 2024', ['2.2'], 'Arrangement', 'KS', ['HK-dir'], '6.–7. februar 2024',
      'Konferansen samlet 400 deltakere om strategisk kompetanseplanlegging.'),
    M('KS_FIN', 'Finansieringsmodeller for etter- og videreutdanning i kommunesektoren', ['2.2'], 'FoU', 'KS',
      ['Oslo Economics'], '2024–2025', 'FoU-prosjekt om hvem som bør betale for kompetanseutvikling i kommunene.'),
    M('KS_MONITOR', 'Kommunesektorens arbeidsgivermonitor', ['2.2'], 'FoU', 'KS', ['Ipsos'], 'Hvert annet år',
      'Monitoren kartlegger blant annet kompetansebehov og rekrutteringsutfordringer i kommunene.'),
    M('KS_LAERLING', 'Lærlingløftet i kommunesektoren', ['2.3'], 'Prosjekt', 'KS', ['Fagforbundet', 'Delta'],
      '2024–2026', 'Mål om at alle kommuner skal ta inn minst én lærling per 1000 innbyggere.'),
  ])

# ---------------------------------------------------------------- 2024 Unio (PDF)
F('2024_Unio_aaret_i_bilder.pdf', 'Unio', 2024, 'photo_caption_gallery', 'PDF via reportlab',
  '"Året i bilder": grey photo placeholders alternating left/right, each beside a caption block (bold title, italic "(delmål)", one sentence, credit line); photo credits and a cover photo caption are not measures', [
    M('UNIO_TV', 'Tillitsvalgtskolering: digital arbeidshverdag', ['2.1'], 'Kurs/utdanning', 'Unio',
      ['Unios medlemsorganisasjoner'], '2024', 'Over 300 tillitsvalgte gjennomførte skoleringen i 2024.'),
    M('UNIO_STF', 'Kurs for medlemmer gjennom studieforbundene', ['3.6'], 'Kurs/utdanning', 'Unio',
      ['Unios forbund', 'studieforbundene'], 'Løpende', 'Forbundene bruker fortsatt studieforbund til kurs for medlemmene.'),
    M('RSA', 'Unio i RSA', ['1.4'], 'Råd/utvalg/nettverk', 'Universiteter og høyskoler', ['Unio-forbundene'], 'Løpende',
      'Forbundene deltar i rådene ved alle universitetene.'),
    M('UNIO_HELSE', 'Kompetanseløft for helsepersonell – fase 2', ['2.2'], 'FoU', 'Unio', ['Ny Analyse'], '2024',
      'Oppfølgingen av rapporten fra 2018 viser at behovet for videreutdanning har økt.'),
    M('UNIO_ARENDAL24', 'Unios debatt på Arendalsuka 2024', ['2.2'], 'Arrangement', 'Unio', [], 'August 2024',
      'Debatt om hvordan offentlig sektor kan finansiere videreutdanning for ansatte.'),
  ])

# ---------------------------------------------------------------- 2025 HK-dir (PDF)
F('2025_HKdir_dashboard.pdf', 'HK-dir', 2025, 'powerbi_dashboard_export', 'PDF via reportlab',
  'BI-dashboard export on 16:9 pages: filter pane with slicer values, KPI cards, a hierarchical matrix visual (⊟ Innsatsområde rows with subtotals, measure rows beneath) and a "Detaljer" table visual page; cards, slicers and subtotal rows are not measures', [
    M('KBU', 'Norwegian Committee on Skill Needs – sekretariat', ['1.1'], 'Råd/utvalg/nettverk', 'KD', ['HK-dir'], '2017–2025',
      'Utvalgets femte rapport ble lagt fram i 2025.'),
    M('KVALRAMME', 'Kvalitetsrammeverket for karriereveiledning', ['1.3'], 'Prosjekt', 'HK-dir',
      ['fylkeskommunene', 'NAV'], '2021–2026', 'Ny versjon med kapittel om veiledning for seniorer.'),
    M('DIGIKARR', 'karriereveiledning.no', ['1.3'], 'Prosjekt', 'HK-dir', ['NAV'], '2020–',
      'Den digitale tjenesten har fått ny chatløsning.'),
    M('FLEKS', 'Fleksibel og desentralisert utdanning – tilskudd (tidligere Fleksible videreutdanningstilbud)',
      ['2.1', '2.4'], 'Kurs/utdanning', 'HK-dir', ['universiteter og høyskoler', 'fagskoler'], '2018–',
      'Ordningen ble slått sammen med tilskuddet til desentralisert utdanning i 2024.'),
    M('BRP', 'Bransjeprogram for kompetanseutvikling', ['2.1', '2.4'], 'Kurs/utdanning', 'HK-dir',
      ['KD', 'partene i arbeidslivet'], '2020–2026', 'Programmene videreføres med tolv bransjer.'),
    M('KPLUSS', 'Kompetanseprogrammet (tidligere Kompetansepluss)', ['3.2'], 'Kurs/utdanning', 'HK-dir',
      ['VOFO', 'partene i arbeidslivet'], 'Årlig', 'Ordningen har fått nytt navn og omfatter også norskopplæring.'),
    M('HK_REALK', 'Realkompetansevurdering i arbeidslivet – nasjonal modell', ['2.5'], 'FoU', 'HK-dir',
      ['NHO', 'LO', 'Virke', 'YS'], '2022–2025', 'Modellen er prøvd ut i fire bransjer og evalueres.'),
    M('MODULNAT', 'Modulstrukturert fag- og yrkesopplæring for voksne – nasjonal innføring', ['3.1'],
      'Kurs/utdanning', 'HK-dir', ['fylkeskommunene', 'Udir'], '2024–', 'Ordningen følger av den nye opplæringsloven og innføres i alle fylker.'),
  ])

# ---------------------------------------------------------------- 2025 Trøndelag (DOCX)
F('2025_Trondelag_tiltakstre.docx', 'Trøndelag fylkeskommune', 2025, 'tree_connector_outline', 'python-docx',
  'outline drawn with box-drawing connectors in a monospace font: root → Innsatsområde nodes → measure nodes ("├── ◉ title") → field leaves ("│   ├─ Delmål: 1.2"); a legend and a "Sist oppdatert" leaf are not measures', [
    M('TR_KOMPFORUM', 'Kompetanseforum Trøndelag', ['1.2'], 'Råd/utvalg/nettverk', 'Trøndelag fylkeskommune',
      ['NHO Trøndelag', 'LO Trøndelag', 'KS', 'NAV', 'NTNU', 'Nord universitet'], '2019–',
      'Forumet møtes fire ganger i året og eier den regionale kompetansestrategien.'),
    M('TR_KBA', 'Kompetansebehovsanalyse for Trøndelag', ['1.1', '1.2'], 'FoU', 'Trøndelag fylkeskommune',
      ['NTNU Samfunnsforskning'], '2025', 'Analysen bygger på KBU-rapportene og egne virksomhetsintervjuer.'),
    M('TR_REGSTRAT', 'Regional kompetansestrategi for Trøndelag 2025–2028', ['1.2'], 'Prosjekt',
      'Trøndelag fylkeskommune', ['Kompetanseforum Trøndelag'], '2025–2028', 'Ny strategi vedtatt av fylkestinget i juni 2025.'),
    M('TR_KVAL', 'Kvalitetsrammeverket tatt i bruk i karrieresentrene i Trøndelag', ['1.3'], 'Prosjekt',
      'Trøndelag fylkeskommune', ['HK-dir'], '2024–2025', 'Alle veiledere har fått opplæring i rammeverket.'),
    M('TR_JENTE', 'Jenteløft i teknologifag', ['2.3'], 'Prosjekt', 'Trøndelag fylkeskommune',
      ['NHO Trøndelag', 'videregående skoler'], '2025–2027', 'Tiltak for å få flere jenter til å velge TIP og elektro.'),
  ])

# ---------------------------------------------------------------- 2026 KS (PDF)
F('2026_KS_utkast_rapport.pdf', 'KS', 2026, 'line_numbered_draft_watermark', 'PDF via reportlab',
  'draft with a diagonal "UTKAST" watermark and line numbers in the left margin every line (numbers leak into the text); measures as bold paragraph titles "Tiltak: …" with a "Delmål / Type / Ansvar / Med / Tid" line', [
    M('KS_LAERING', 'KS Læring', ['2.1'], 'Prosjekt', 'KS', ['kommunene'], 'Løpende',
      'Plattformen har nå over 300 000 brukere i kommunesektoren.'),
    M('MENNHELSE', 'Menn i helse – videreført med nye kommuner', ['3.3'], 'Kurs/utdanning', 'KS',
      ['NAV', 'kommunene'], '2023–2028', 'Programmet er utvidet til 120 kommuner.'),
    M('KS_KONF26', 'KS\u2019 kompetansekonferanse 2026', ['2.2'], 'Arrangement', 'KS', ['HK-dir'], '4.–5. februar 2026',
      'Årets konferanse handlet om kunstig intelligens i kommunal tjenesteproduksjon.'),
    M('KS_MONITOR', 'Kommunesektorens arbeidsgivermonitor 2026', ['2.2'], 'FoU', 'KS', ['Ipsos'], '2026',
      'Ny utgave med eget kapittel om kompetanseplanlegging.'),
    M('KS_FIN', 'Finansiering av etter- og videreutdanning i kommunene – sluttrapport', ['2.2'], 'FoU', 'KS',
      ['Oslo Economics'], '2024–2026', 'Sluttrapporten anbefaler en felles kompetansefond-modell.'),
    M('KS_LAERLING', 'Lærlingløftet', ['2.3'], 'Prosjekt', 'KS', ['Fagforbundet', 'Delta', 'Fellesorganisasjonen'],
      '2024–2026', 'Antallet lærlinger i kommunene økte med 12 prosent fra 2024.'),
    M('IA2428', 'IA-avtalen 2024–2028 – kompetansetiltak i kommunesektoren', ['3.3'], 'Råd/utvalg/nettverk', 'ASD',
      ['KS', 'partene i arbeidslivet'], '2024–2028', 'KS følger opp bransjeprogrammet for barnehage og helse og omsorg.'),
  ])

# ---------------------------------------------------------------- 2026 Spekter (DOCX, no measures)
F('2026_Spekter_egenerklaering.docx', 'Spekter', 2026, 'self_declaration_signature_form', 'python-docx',
  'self-declaration form with a checkbox statement ("Ingen nye tiltak – tidligere rapporterte tiltak videreføres"), a list of priority themes (not measures) and signature fields; holds no measure', [])

# ---------------------------------------------------------------- near misses (groups of keys: rows of different keys in a group are near-miss pairs)
NEAR_MISS_GROUPS = [
    (['YS_TVKURS', 'LO_TVKURS', 'UNIO_TV'], 'three unions\' own courses for tillitsvalgte with near-identical titles'),
    (['ARENDAL18', 'ARENDAL23', 'UNIO_ARENDAL24'], 'separate Arendalsuka events in different years / organisers'),
    (['VIRKE_KONF19', 'KS_KONF24', 'KS_KONF26'], 'competence conferences: KS 2024 and KS 2026 are separate events of one series; Virke\'s is another series'),
    (['SAMK1', 'SAMK2', 'VL_SAMKLOK'], 'Samfunnskontrakt 2016–2020 vs the new contract 2022–2026 vs Vestland\'s own regional contract'),
    (['IN_FAGJOBB', 'VL_FAGJOBB', 'NAV_FAGJOBB'], 'Fagbrev på jobb run by two counties separately, and NAV\'s fagbrev for unemployed'),
    (['VT_KOMPFORUM', 'VL_KOMPFORUM', 'TR_KOMPFORUM'], 'three counties\' own kompetanseforum'),
    (['VT_REGSTRAT', 'IN_REGSTRAT', 'TR_REGSTRAT'], 'three counties\' own regional plans/strategies'),
    (['IN_BIO', 'VL_BIO'], 'two counties\' own BIO allocations'),
    (['VT_KARRIERE', 'VT_PARTNER', 'IN_KARRIERE'], 'career-guidance measures of two counties; same county centre vs partnership agreements'),
    (['KVALRAMME', 'TR_KVAL'], 'national quality framework vs Trøndelag\'s own roll-out of it'),
    (['MODULPILOT', 'MODULNAT'], 'pilot (forsøk 2017–2021) vs the national scheme under the new Education Act: treated as different'),
    (['BALANSE', 'HK_REALK'], 'Virke\'s Balansekunst model vs HK-dir\'s national model for realkompetansevurdering'),
    (['KBU', 'TR_KBA'], 'national KBU vs Trøndelag\'s own competence-needs analysis'),
    (['IA1922', 'IA2428'], 'IA-avtalen 2019–2022 vs the new IA-avtale 2024–2028'),
    (['NHO_HURTIG', 'NAV_HURTIG'], 'NHO\'s Hurtigsporet campaign vs NAV\'s Hurtigsporet qualification route'),
    (['NHO_JENTER', 'TR_JENTE'], 'NHO\'s national Jenter og teknologi vs Trøndelag\'s own Jenteløft'),
    (['UNIO_FIN', 'KS_FIN'], 'two different studies of EVU financing models'),
    (['YS_BAROM', 'KS_MONITOR'], 'YS Arbeidslivsbarometer vs KS arbeidsgivermonitor'),
    (['VOFO_KPFRIV', 'KPLUSS'], 'VOFO\'s promotion of Kompetansepluss frivillighet vs the Kompetansepluss grant scheme itself'),
    (['VIRKE_FRISOR', 'BRP'], 'Virke\'s own bransjeløft for hairdressers vs the tripartite bransjeprogram'),
    (['NHO_YNEMND', 'VL_YNEMND', 'SRY'], 'NHO report on the Y-nemnds vs Vestland\'s Y-nemnd vs the national SRY'),
    (['UNIO_STF', 'VOFO_LK'], 'Unio\'s use of study associations vs VOFO\'s research on them'),
    (['YRKESAAR', 'VT_YRKESLOFT'], 'Yrkesfagenes år (campaign) vs Yrkesfagløftet (teacher placements)'),
]
