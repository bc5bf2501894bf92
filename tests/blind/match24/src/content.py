# -*- coding: utf-8 -*-
"""Content and ground truth for blind batch match24.

Every measure row is written once here; the renderers print it and make_batch.py
derives expected.json from the same data, so titles always agree with the files.
`key` is the analyst's identity of the tiltak (same key = same tiltak); tiltak_id
(T01 ...) is assigned from the keys in order of first appearance.
"""

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
    "3.4": "Målrette og effektivisere norskopplæring og kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor",
}
DELMAL_TEXT_NN = {
    "1.2": "Styrkje regionalt folkevalt nivå sitt kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Syte for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing",
    "1.4": "Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet",
    "2.4": "Kople kompetansebehov i verksemder og klynger til utdannings- og opplæringstilbydarar",
    "2.5": "Gjere det enklare å få dokumentert kompetanse frå arbeidslivet",
    "3.1": "Gje fleksibel opplæring på premissane til vaksne",
    "3.5": "Styrkje og tilpasse opplæringstilbodet til NAV for arbeidssøkjarar",
}
CODES = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
         "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]


def old_no(code):
    return CODES.index(code) + 1


def M(key, title, delmal, type_, resp, partners, period, desc, tl=None, printed_delmal=True, **extra):
    return dict(key=key, title=title, delmal=list(delmal), type=type_, tl=tl or type_,
                resp=resp, partners=list(partners), period=period, desc=desc,
                printed_delmal=printed_delmal, extra=extra)


KURS, ARR, RAD, FOU, PROS, ANNET = ("Kurs/utdanning", "Arrangement", "Råd/utvalg/nettverk",
                                     "FoU", "Prosjekt", "Annet")

REPORTS = []


def R(file, reporter, year, fmt, template, lang, layout, measures, **meta):
    REPORTS.append(dict(file=file, reporter=reporter, year=year, fmt=fmt, template=template,
                        lang=lang, layout=layout, measures=measures, meta=meta))


# ---------------------------------------------------------------- 2017 LO (PDF)
R("LO_oppfolging_NKPS_2017.pdf", "LO", 2017, "pdf", "thumb_index_tabs", "nb",
  "pekeregister-faner i høyre marg (innsatsområde); tiltak med 'NKPS nr.' i sidefane",
  [
    M("kbu", "Deltakelse i Kompetansebehovsutvalget (KBU)", ["1.1"], RAD, "LO",
      ["KD", "NHO", "Virke", "KS"], "Fra 2017",
      "LO har fast plass i utvalget og bidrar med innspill fra forbundene om kompetansebehov i bransjene."),
    M("sry", "LOs representasjon i Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], RAD, "LO",
      ["KD", "NHO", "KS", "Utdanningsdirektoratet"], "Løpende",
      "LO deltar i SRY og bruker rådet til å styrke relevansen i fag- og yrkesopplæringen."),
    M("samfunnskontrakt1", "Samfunnskontrakten for flere læreplasser", ["2.3"], RAD, "KD",
      ["LO", "NHO", "KS", "Virke", "Spekter", "YS", "Unio"], "2016–2020",
      "LO er part i kontrakten og følger opp målet om at flere kvalifiserte søkere får læreplass."),
    M("lo_tv_kurs", "Kurs for tillitsvalgte: kompetanseutvikling i bedriften", ["2.1", "2.2"], KURS, "LO",
      ["LOs forbund", "AOF"], "2017–2018",
      "Todagers kurs som gir tillitsvalgte verktøy for å kartlegge kompetansebehov og følge opp kompetanseplaner lokalt."),
    M("lo_realkomp", "Dokumentasjon av realkompetanse i arbeidslivet – partsprosjekt", ["2.5"], PROS, "LO",
      ["NHO", "Virke", "YS"], "2017–2019",
      "Partene utvikler en modell for å dokumentere kompetanse ervervet i arbeidslivet, med utprøving i tre bransjer."),
    M("lo_kpluss_veiledning", "Veiledning av forbundene om søknader til Kompetansepluss arbeid", ["3.2"], ANNET, "LO",
      ["Kompetanse Norge"], "Høsten 2017",
      "LO hjelper forbund og klubber med å utforme søknader om midler til opplæring i grunnleggende ferdigheter."),
  ])

# ---------------------------------------------------------------- 2017 VOFO (DOCX)
R("VOFO_rapport_kompetansestrategien_2017.docx", "VOFO", 2017, "docx", "tab_stop_pseudo_table", "nb",
  "pseudotabell laget med tabulatorstopp (ingen Word-tabell): overskriftslinje + én linje per tiltak, omtale innrykket under; gamle NKPS-nummer",
  [
    M("kpluss_frivillighet", "Kompetansepluss frivillighet", ["3.2", "3.6"], KURS, "VOFO",
      ["Studieforbundene", "Kompetanse Norge"], "2017",
      "Opplæring i lesing, skriving, regning og digitale ferdigheter gjennom frivillige organisasjoner og studieforbund."),
    M("vofo_fafo", "Forskningsprosjekt om studieforbundene som læringskatalysatorer", ["3.6"], FOU, "VOFO",
      ["Fafo"], "2017–2018",
      "Prosjektet undersøker hvordan kurs i studieforbund motiverer voksne til videre læring."),
    M("vofo_region", "Styrking av VOFOs regionale tilstedeværelse", ["1.2"], PROS, "VOFO",
      ["VOFO-regionene"], "2017–2019",
      "Regionleddene slås sammen og styrkes slik at studieforbundene blir synlige i regionale kompetansepartnerskap."),
    M("vofo_inkludering", "Informasjonsprosjekt om inkludering i studieforbundene", ["3.4", "3.6"], PROS, "VOFO",
      ["Studieforbundene", "IMDi"], "2017",
      "Informasjonsmateriell og kurslederveiledning om hvordan kurs kan rekruttere flere innvandrere."),
  ])

# ---------------------------------------------------------------- 2018 Virke (PDF)
R("Virke_tiltak_NKPS_2018.pdf", "Virke", 2018, "pdf", "side_by_side_tables_a3", "nb",
  "A3 liggende: to tabeller side om side (venstre: innsatsområde 1, høyre: innsatsområde 2 og 3), omtale i spennende rad under hvert tiltak",
  [
    M("kbu", "KBU – Virkes plass i utvalget", ["1.1"], RAD, "Virke", ["KD"], "2017–",
      "Virke deltar i Kompetansebehovsutvalget med vekt på handels- og tjenestenæringene."),
    M("rsa", "Råd for samarbeid med arbeidslivet (RSA) – Virkes deltakelse", ["1.4"], RAD, "Universiteter og høyskoler",
      ["Virke", "NHO", "KS", "Unio"], "Løpende",
      "Virke sitter i RSA ved flere institusjoner og arbeider for relevante studietilbud for handel og tjenesteyting."),
    M("uhr_fag", "Observatør i UHRs fagstrategiske enheter", ["1.4"], RAD, "UHR",
      ["Virke"], "Løpende", "Virke har observatørplass i enhetene for økonomisk-administrative fag og helse- og sosialfag."),
    M("samfunnskontrakt1", "Samfunnskontrakt for flere læreplasser – Virkes forpliktelser", ["2.3"], RAD, "KD",
      ["Virke", "partene"], "2016–2020",
      "Virke følger opp kontrakten gjennom rekruttering av nye lærebedrifter i handel og service."),
    M("virke_handel_studie", "Studie: Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?", ["2.1", "2.2"], FOU, "Virke",
      ["Samfunnsøkonomisk analyse", "NAV", "Handel og Kontor"], "2018–2019",
      "Studien kartlegger hvilke oppgaver som endres av automatisering og netthandel."),
    M("virke_praksiskandidat", "Praksiskandidatordningen i handel – informasjonsløp", ["2.5"], ANNET, "Virke",
      ["Handel og Kontor", "fylkeskommunene"], "2018–2019",
      "Informasjon til ansatte og ledere om hvordan erfarne medarbeidere kan ta fagbrev som praksiskandidat."),
    M("virke_kompkonf18", "Virkes kompetansekonferanse 2018", ["2.2"], ARR, "Virke", [], "November 2018",
      "Konferanse for medlemsvirksomheter om verdien av å investere i kompetanse."),
    M("virke_sprakpraksis", "Språkpraksis i handel for innvandrere", ["3.3", "3.4"], PROS, "Virke",
      ["NAV", "IMDi"], "2018",
      "Medlemsbedrifter tilbyr språkpraksis kombinert med norskopplæring for deltakere i introduksjonsprogrammet."),
  ])

# ---------------------------------------------------------------- 2019 Akademikerne (DOCX)
R("Akademikerne_innspill_NKPS_2019.docx", "Akademikerne", 2019, "docx", "annotated_bibliography", "nb",
  "annotert litteraturliste med hengende innrykk; hakeparentes [Delmål · Type]; 'Andre kilder' er ikke tiltak",
  [
    M("ak_econa_evu", "Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre", ["2.2"], FOU,
      "Akademikerne/Econa", ["Ny Analyse"], "2019",
      "Spørreundersøkelse om deltakelse i og barrierer for etter- og videreutdanning blant medlemmene."),
    M("ak_tekna_evu", "Behovet for etter- og videreutdanning i høyutdanningsgruppene", ["2.2"], FOU,
      "Akademikerne/Tekna", [], "2019",
      "Tekna beskriver behovet for faglig oppdatering blant ingeniører og sivilingeniører."),
    M("ak_yngre_eldre", "Yngre eldre i arbeidslivet", ["2.2"], FOU, "Akademikerne/Econa", ["Ny Analyse"], "2019",
      "Hvordan seniorer med høyere utdanning holder kompetansen ved like i siste del av yrkeslivet."),
    M("ak_framtid", "Framtidens behov for akademikere", ["1.1", "2.2"], FOU, "Akademikerne",
      ["Samfunnsøkonomisk analyse"], "2019–2020",
      "Framskrivning av tilbud og etterspørsel etter arbeidskraft med høyere utdanning fram mot 2035."),
    M("ak_karriere", "Karriereveiledning for medlemmer i overgang mellom jobber", ["1.3"], ANNET, "Akademikerne",
      ["Medlemsforeningene"], "Løpende",
      "Medlemsforeningene tilbyr karriereveiledning og kurs for medlemmer som skifter jobb eller står uten arbeid."),
  ])

# ---------------------------------------------------------------- 2019 Regjeringen (DOCX)
R("Regjeringen_rapportering_NKPS_2019.docx", "Regjeringen", 2019, "docx", "packed_cell_semicolon_lists", "nb",
  "én rad per departement; alle tiltak i én celle, skilt med semikolon, fakta i hakeparentes",
  [
    M("kbu", "Kompetansebehovsutvalget (KBU)", ["1.1"], RAD, "KD", ["partene", "Kompetanse Norge"], "2017–2023",
      "", dept="KD"),
    M("digi_tilskudd", "Tilskudd til fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], KURS, "KD",
      ["Kompetanse Norge", "partene"], "2018–2020", "", dept="KD"),
    M("bransje_ib", "Bransjeprogram for industri- og byggenæringen", ["2.1", "2.4"], KURS, "KD",
      ["ASD", "partene i industri og bygg"], "2019–2021", "", dept="KD"),
    M("karriere_digital", "Nasjonal digital karriereveiledningstjeneste", ["1.3"], ANNET, "KD",
      ["Kompetanse Norge"], "2019–2020", "", dept="KD"),
    M("evu_ekspert", "Ekspertutvalg om etter- og videreutdanning", ["2.2"], RAD, "KD", [], "2018–2019", "", dept="KD"),
    M("samfunnskontrakt1", "Samfunnskontrakt for flere læreplasser (2016–2020)", ["2.3"], RAD, "KD",
      ["partene"], "2016–2020", "", dept="KD"),
    M("kompreform", "Kompetansereformen «Lære hele livet»", ["2.2", "3.1"], ANNET, "KD", ["ASD"], "2019–2020",
      "", dept="KD"),
    M("kpluss_frivillighet", "Tilskudd til Kompetansepluss frivillighet", ["3.2", "3.6"], KURS, "KD",
      ["Kompetanse Norge", "VOFO"], "Løpende", "", dept="KD"),
    M("nav_fagopplaering", "Utvidet adgang til yrkesfaglig opplæring i arbeidsmarkedstiltak (endring i tiltaksforskriften)",
      ["3.3", "3.5"], KURS, "ASD", ["Arbeids- og velferdsdirektoratet"], "2019–2020", "", dept="ASD"),
    M("ia_avtale", "Ny IA-avtale 2019–2022", ["3.3"], RAD, "ASD", ["partene"], "2019–2022", "", dept="ASD"),
    M("bio_transfer", "Overføring av bedriftsintern opplæring (BIO) fra NAV til fylkeskommunene", ["2.4"], ANNET, "ASD",
      ["KMD", "fylkeskommunene", "NAV"], "Utredes 2019", "", dept="ASD"),
    M("reg_reform", "Regionreformen – nye kompetanseoppgaver til fylkeskommunene", ["1.2"], RAD, "KMD",
      ["KD", "fylkeskommunene"], "2019–2020", "", dept="KMD"),
    M("intro_reform", "Reform av introduksjonsprogrammet (ny integreringslov)", ["3.4"], PROS, "JD",
      ["IMDi", "Kompetanse Norge"], "2019–2021", "", dept="JD"),
  ])

# ---------------------------------------------------------------- 2019 Spekter (PDF)
R("Spekter_arsrapportering_kompetanse_2019.pdf", "Spekter", 2019, "pdf", "title_after_description", "nb",
  "omtalen først, tiltaksnavnet til slutt i en innrammet 'Tiltak:'-linje med delmål · type · ansvar · tid",
  [
    M("sp_moteplass", "Møteplass lærebedrifter (årlig)", ["1.4", "2.3"], ARR, "Spekter", ["medlemsvirksomhetene"],
      "Mars 2019",
      "Heldagsarrangement der medlemmer som er eller vil bli lærebedrifter utveksler erfaringer om fagopplæringen."),
    M("sp_brev_laerlinger", "Brev til medlemsvirksomhetene om lærlinger", ["1.4", "2.3"], ANNET, "Spekter", [],
      "Mai 2019",
      "Administrerende direktør oppfordret øverste leder i alle medlemsvirksomheter til å ta inn flere lærlinger, med henvisning til Samfunnskontrakten."),
    M("sp_fagskolekonf19", "Fagskolekonferansen 2019", ["2.3"], ARR, "Spekter",
      ["LO/Fagforbundet", "YS/Delta"], "Oktober 2019",
      "Konferansen satte søkelys på fagskoleutdanning i spesialisthelsetjenesten og karriereveier for fagarbeidere."),
    M("sp_arendal19", "Frokostseminar med LO Stat under Arendalsuka 2019", ["2.2"], ARR, "Spekter og LO Stat", [],
      "August 2019",
      "Seminar om verdien av å fornye ansattes kompetanse i offentlig eide virksomheter."),
    M("sp_kpluss_konf", "Søkekonferanse om Kompetansepluss arbeid for medlemsvirksomhetene", ["3.2"], ARR, "Spekter",
      ["Kompetanse Norge"], "September 2019",
      "Medlemmer fikk innføring i ordningen og hørte erfaringer fra virksomheter som har fått tilskudd."),
    M("sp_nettverk", "Arbeidsgivernettverk for HR-direktører i Spekter-virksomhetene", ["2.2"], RAD, "Spekter",
      ["medlemsvirksomhetene"], "Fra 2016, løpende",
      "Kvartalsvise møter der kompetansepolitikk og strategien jevnlig er tema."),
    M("nasjonalt_forum_kv", "Deltakelse i Nasjonalt forum for karriereveiledning", ["1.3"], RAD, "Kompetanse Norge",
      ["Spekter", "KS"], "Løpende",
      "Spekter representerer arbeidsgiversiden i forumet."),
  ])

# ---------------------------------------------------------------- 2020 YS (DOCX)
R("YS_chat_eksport_NKPS_2020.docx", "YS", 2020, "docx", "chat_transcript_export", "nb",
  "Teams-chat eksportert til Word: tidsstempel, navn, meldinger; tiltak spredt over flere meldinger",
  [
    M("ys_tv_kurs", "YS-skolering av tillitsvalgte om kompetanse i tariffoppgjøret", ["2.2"], KURS, "YS",
      ["YS-forbundene"], "Våren 2020 (digitalt)",
      "Nettbasert skolering for tillitsvalgte om hvordan kompetansebestemmelser kan brukes i lokale forhandlinger."),
    M("ys_digi_analyse", "Analyse av endringer i arbeidslivet knyttet til nye digitale løsninger", ["2.1", "2.2"], FOU, "YS",
      ["AFI ved OsloMet"], "2019–2020",
      "Analyse av hvordan digitalisering endrer arbeidsoppgaver og kompetansekrav i YS-forbundenes bransjer."),
    M("kbu", "Kompetansebehovsutvalget", [], RAD, "KD", [], "",
      "YS har en representant i utvalget.", printed_delmal=False),
    M("evu_ekspert", "Referansegruppen til ekspertutvalget for etter- og videreutdanning", ["2.2"], RAD, "KD",
      ["YS", "LO", "NHO"], "2019",
      "YS deltok i referansegruppen og ga innspill om finansiering av etter- og videreutdanning."),
    M("ia_avtale", "IA-avtalen", [], RAD, "ASD", ["partene"], "2019–2022",
      "Kompetanse er et virkemiddel i den nye avtalen.", printed_delmal=False),
  ])

# ---------------------------------------------------------------- 2020 Trøndelag (PDF)
R("Trondelag_fk_partnerskapsavtale_kompetanse_2020.pdf", "Trøndelag fylkeskommune", 2020, "pdf",
  "partnership_agreement_bilag", "nb",
  "partnerskapsavtale med artikler (ikke tiltak); tiltakene i Bilag 1-tabell med delmål som tekst og 'Form' som type",
  [
    M("tr_kompstrategi", "Regional kompetansestrategi for Trøndelag 2020–2023", ["1.2"], ANNET, "Trøndelag fylkeskommune",
      ["NHO Trøndelag", "LO Trøndelag", "KS", "NAV Trøndelag"], "2020–2023",
      "Felles strategi for partnerskapet med årlige handlingsplaner.", tl="Plan"),
    M("reg_reform", "Regionreformen: nye kompetanseoppgaver til fylkeskommunen", ["1.2"], ANNET, "Trøndelag fylkeskommune",
      ["KMD"], "Fra 2020", "Fylkeskommunen tar imot nye oppgaver innen kompetanse og integrering.", tl="Oppgave"),
    M("tr_karrieresenter", "Karriere Trøndelag – karriereveiledning for voksne", ["1.3"], ANNET, "Trøndelag fylkeskommune",
      ["NAV Trøndelag"], "2020–2023",
      "Gratis karriereveiledning for voksne ved fem kontorsteder i fylket.", tl="Tjeneste"),
    M("karriere_digital", "Samarbeid med den nasjonale nettjenesten karriereveiledning.no", ["1.3"], ANNET,
      "Kompetanse Norge", ["Trøndelag fylkeskommune"], "Fra 2020",
      "Karriere Trøndelag henviser til og samordner med den nasjonale digitale tjenesten.", tl="Tjeneste"),
    M("tr_fagbrev_pilot", "Pilot: Fagbrev på jobb i kommunale helse- og omsorgstjenester", ["2.5", "3.1"], PROS,
      "Trøndelag fylkeskommune", ["KS", "Fagforbundet"], "2020–2021",
      "Ansatte uten fagbrev i kommunene tar helsefagarbeiderutdanning mens de er i jobb.", tl="Pilot"),
    M("tr_forum", "Kompetanseforum Trøndelag", ["1.2", "1.4"], RAD, "Trøndelag fylkeskommune",
      ["NHO", "LO", "KS", "NAV", "NTNU"], "Løpende",
      "Partnerskapets faste møteplass, fire møter i året.", tl="Nettverk"),
  ])

# ---------------------------------------------------------------- 2020 LO (PDF)
R("LO_rapport_kompetansepolitisk_rad_2020.pdf", "LO", 2020, "pdf", "circled_number_steps", "nb",
  "tiltak markert med sirkelnummer ①–⑧ på en farget venstrelist; faktakolonne høyrejustert",
  [
    M("kbu", "KBU – LOs medlem i Kompetansebehovsutvalget", ["1.1"], RAD, "LO", ["KD", "partene"], "2017–2023",
      "LOs representant legger fram forbundenes vurderinger i utvalgets årlige rapport."),
    M("sry", "Samarbeidsrådet for yrkesopplæring (SRY) og de faglige rådene", ["1.4", "2.3"], RAD, "LO",
      ["KD", "NHO", "KS", "Utdanningsdirektoratet"], "Løpende",
      "LO deltar i SRY og har medlemmer i alle de faglige rådene."),
    M("lo_tv_kurs", "Tillitsvalgtkurs om kompetanseutvikling i bedriften (videreført)", ["2.2"], KURS, "LO",
      ["LOs forbund", "AOF"], "2020",
      "Kurset videreføres, nå med en egen modul om kompetanseplaner."),
    M("lo_realkomp", "Partsprosjekt om dokumentasjon av realkompetanse, fase 2", ["2.5"], PROS, "LO",
      ["NHO", "Virke", "YS", "Kompetanse Norge"], "2020–2021",
      "Modellen fra fase 1 prøves ut i flere bransjer med Kompetanse Norge som ny partner."),
    M("fagbrev_jobb", "Fagbrev på jobb", ["2.5", "3.1"], KURS, "LO", ["NHO", "fylkeskommunene"], "Fra 2020",
      "Ordningen gir voksne arbeidstakere mulighet til å ta fagbrev gjennom arbeidet."),
    M("bransje_ib", "Bransjeprogrammet for industri og bygg", ["2.1", "2.4"], KURS, "Partene og KD",
      ["Fellesforbundet", "Norsk Industri", "BNL"], "2019–2021",
      "Korte, fleksible etter- og videreutdanningstilbud for ansatte i industrien og byggenæringen."),
    M("lo_digi_tv", "Digital kompetanse for tillitsvalgte (nettkurs)", ["2.1"], KURS, "LO", ["AOF"], "2020",
      "Nettkurs om digitale verktøy og om tillitsvalgtes rolle ved innføring av ny teknologi."),
    M("evu_ekspert", "Holden-utvalget (ekspertutvalg for etter- og videreutdanning)", ["2.2"], RAD, "KD",
      ["LO"], "2018–2019", "LO fulgte utvalgets arbeid og har gitt høringssvar til NOU 2019: 12."),
  ])

# ---------------------------------------------------------------- 2021 NHO (DOCX)
R("NHO_tiltaksrapport_2021.docx", "NHO", 2021, "docx", "breadcrumb_path_lines", "nb",
  "hvert tiltak som brødsmulesti 'Innsatsområde › delmål › type › ansvar' over tittelen, deretter tekst og Partnere/Periode",
  [
    M("nho_jenter", "Jenter og teknologi", ["2.3"], ANNET, "NHO", ["Abelia", "Norsk Industri"], "2016–2022",
      "Nasjonal kampanje som skal få flere jenter til å velge teknologiske fag.", tl="Kampanje"),
    M("fagbrev_jobb", "Fagbrev på jobb (ordningen for voksne arbeidstakere)", ["2.5"], KURS, "NHO",
      ["LO", "fylkeskommunene"], "Fra 2020",
      "NHO informerer medlemsbedrifter om ordningen og hjelper dem i gang."),
    M("bransje_ib", "Industri- og byggenæringens bransjeprogram", ["2.4"], KURS, "NHO",
      ["LO", "Fellesforbundet", "Norsk Industri", "BNL"], "2019–2022",
      "Programmet har gitt over 3000 ansatte tilbud om moduler fra fagskoler og universiteter."),
    M("kbu", "Kompetansebehovsutvalget", ["1.1"], RAD, "KD", ["partene"], "",
      "NHO deltar i utvalget."),
    M("sry", "Samarbeidsrådet for yrkesopplæring", ["1.4"], RAD, "KD", ["NHO", "LO", "KS"], "Løpende",
      "NHO leder arbeidsgiversiden i rådet."),
    M("nho_skatteinsentiv", "Utredning av skatteinsentiv for kompetanseheving i bedrifter", ["2.2"], FOU, "NHO", [], "2021",
      "Beskriver to–tre alternative innretninger på en skattefradragsmodell."),
    M("nho_yon", "Veileder om yrkesopplæringsnemndenes rolle og ansvar", ["1.2"], ANNET, "NHO", ["LO", "KS"], "2021",
      "Veilederen skal gi nemndmedlemmene en felles forståelse av oppgavene etter regionreformen.", tl="Veileder"),
    M("nho_kompkonf21", "NHOs kompetansekonferanse 2021", ["2.2"], ARR, "NHO", [], "Juni 2021",
      "Digital konferanse om kompetansebehov etter pandemien."),
  ])

# ---------------------------------------------------------------- 2021 KS (DOCX)
R("KS_rapport_med_sekretariatets_merknader_2021.docx", "KS", 2021, "docx", "secretariat_review_comments", "nb",
  "to-kolonnetabell: innrapportert tiltak (venstre) og sekretariatets merknad (høyre, nevner andres tiltak)",
  [
    M("ks_laering", "KS Læring – delingsplattform for kommunene", ["2.1", "2.2"], ANNET, "KS", ["kommunene"], "Løpende",
      "Plattform der kommuner deler kurs, e-læring og arrangementer med sine ansatte og med hverandre."),
    M("ks_bransje_helse", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.1", "2.4"], KURS, "KS",
      ["Fagforbundet", "NSF", "HK-dir"], "2020–2022",
      "Tilbud om videreutdanning for ansatte i helse og omsorg uten høyere utdanning."),
    M("ks_teknologilaering", "Teknologibasert læring på arbeidsplassen", ["2.1"], FOU, "KS", ["NTNU"], "2019–2021",
      "FoU-prosjekt om hvordan digitale læringsformer kan brukes i kommunale tjenester."),
    M("rsa", "RSA – råd for samarbeid med arbeidslivet", ["1.4"], RAD, "UH-institusjonene", ["KS"], "Løpende",
      "KS er representert i flere RSA ved universiteter og høyskoler."),
    M("sry", "SRY", ["1.4", "2.3"], RAD, "KD", ["KS"], "Løpende",
      "KS har to medlemmer i Samarbeidsrådet for yrkesopplæring."),
    M("nasjonalt_forum_kv", "Nasjonalt forum for karriereveiledning", ["1.3"], RAD, "Kompetanse Norge",
      ["KS", "Spekter", "LO", "NHO"], "Løpende", "KS deltar i forumet."),
  ])

# ---------------------------------------------------------------- 2021 Vestland (PDF, nynorsk)
R("Vestland_fk_prioriteringsmatrise_2021.pdf", "Vestland fylkeskommune", 2021, "pdf", "two_by_two_quadrant", "nn",
  "prioriteringsmatrise 2×2 (effekt × ressursbruk), tiltak som bokser i kvadrantane; nynorsk",
  [
    M("vl_regplan", "Regional plan for kompetanse og arbeidskraft 2021–2033", ["1.2"], ANNET, "Vestland fylkeskommune",
      ["KS", "NAV Vestland", "partane i arbeidslivet"], "2021–2033",
      "Planen samlar fylket sitt kompetansepolitiske arbeid.", tl="Plan", quad=0),
    M("vl_kompetanseforum", "Kompetanseforum Vestland", ["1.2"], RAD, "Vestland fylkeskommune",
      ["NHO", "LO", "KS", "HVL", "UiB"], "Frå 2021", "Fast møteplass for partnarskapet.", tl="Nettverk", quad=0),
    M("vl_karriere", "Karriere Vestland – rettleiing for vaksne", ["1.3"], ANNET, "Vestland fylkeskommune",
      ["NAV Vestland"], "Løpande", "Gratis karriererettleiing for vaksne på seks stader.", tl="Teneste", quad=1),
    M("vl_helsefag_minoritet", "Helsefagarbeidar for minoritetsspråklege etter Sogn og Fjordane-modellen", ["3.1", "3.5"],
      KURS, "Vestland fylkeskommune", ["NAV", "kommunane"], "2021–2024",
      "Kombinert norsk- og fagopplæring fram mot fagbrev.", tl="Utdanning", quad=1),
    M("reg_reform", "Regionreforma – nye oppgåver innan kompetanse", ["1.2"], ANNET, "Vestland fylkeskommune",
      ["KMD"], "Frå 2020", "Fylkeskommunen har fått nye oppgåver.", tl="Oppgåve", quad=3),
  ])

# ---------------------------------------------------------------- 2021 HK-dir (PDF)
R("HKdir_arsrapport_NKPS_2021.pdf", "HK-dir", 2021, "pdf", "academic_paper_table", "nb",
  "fagartikkel-oppsett: sammendrag, nummererte kapitler, Tabell 1 med tiltakene, figur og referanseliste (ikke tiltak)",
  [
    M("karriere_digital", "karriereveiledning.no – nettbasert veiledning på chat, telefon og e-post", ["1.3"], ANNET, "HK-dir",
      ["fylkeskommunene"], "Fra 2019", "Tjenesten hadde over 20 000 samtaler i 2021."),
    M("kvalitetsrammeverk", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], PROS, "HK-dir",
      ["KD", "fylkeskommunene"], "2017–2021", "Rammeverket er tatt i bruk i alle fylkesvise karrieresentre."),
    M("nasjonalt_forum_kv", "Nasjonalt forum for karriereveiledning", ["1.3"], RAD, "HK-dir",
      ["KS", "Spekter", "LO", "NHO"], "Løpende", "Forumet møtes to ganger i året."),
    M("digi_tilskudd", "Fleksible videreutdanningstilbud (tidligere «Digital kompetanse – tilskudd»)", ["2.1", "2.4"], KURS,
      "HK-dir", ["KD", "partene"], "2018–2022", "Utlysningen omfatter nå alle fagområder, ikke bare digital kompetanse."),
    M("kompreform", "Kompetansereformen – Lære hele livet (Meld. St. 14 (2019–2020))", ["2.2", "3.1"], ANNET, "KD",
      ["HK-dir"], "2020–", "Direktoratet forvalter flere av reformens ordninger."),
    M("kpluss_arbeid", "Kompetansepluss arbeid", ["3.2"], KURS, "HK-dir", ["partene"], "Løpende",
      "Tilskudd til opplæring i grunnleggende ferdigheter på arbeidsplassen."),
    M("intro_reform", "Opplæring i introduksjonsprogrammet etter ny integreringslov", ["3.4"], PROS, "HK-dir",
      ["IMDi", "kommunene"], "2021–", "Veiledning til kommunene om de nye opplæringskravene."),
  ])

# ---------------------------------------------------------------- 2022 Virke (DOCX)
R("Virke_rapport_NKPS_2022.docx", "Virke", 2022, "docx", "relational_two_tables", "nb",
  "relasjonelle tabeller: Tabell A (Nr, Tiltak, Delmål, Type), Tabell B (Nr, Ansvar, Partnere, Periode), Tabell C (Nr, Omtale)",
  [
    M("kbu", "Kompetansebehovsutvalget (KBU)", ["1.1"], RAD, "KD", ["Virke", "partene"], "2017–2023",
      "Virke deltar i utvalget til det avsluttes i 2023."),
    M("rsa", "RSA – Råd for samarbeid med arbeidslivet", ["1.4"], RAD, "UH-institusjonene", ["Virke"], "Løpende",
      "Virke sitter i fem RSA."),
    M("virke_praksiskandidat", "Praksiskandidat i handel – informasjon og veiledning (videreført)", ["2.5", "3.1"], ANNET,
      "Virke", ["Handel og Kontor", "fylkeskommunene"], "2022–2023",
      "Informasjonsløpet videreføres med egne veiledere i tre fylker."),
    M("virke_hovedavtale", "Kompetanseutvikling i Hovedavtalen Virke–HK, fase 2", ["2.2", "2.4"], PROS, "Virke",
      ["HK"], "2021–2023", "Oppfølging av kompetansebestemmelsene i hovedavtalen gjennom lokale samlinger."),
    M("virke_bransje_handel", "Bransjeprogram for varehandelen", ["2.1", "2.4"], KURS, "Virke",
      ["HK", "KD", "HK-dir"], "2021–2023", "Nettbaserte moduler i digital handel og kundeforståelse for ansatte i butikk."),
    M("virke_kompkonf22", "Kompetansekonferansen 2022", ["2.2"], ARR, "Virke", [], "Oktober 2022",
      "Årets konferanse handlet om kompetanse i grønn omstilling."),
    M("virke_sprakpraksis", "Språkpraksis i butikk for innvandrere", ["3.3", "3.4"], PROS, "Virke",
      ["NAV", "IMDi", "kommunene"], "2022", "Videreført med nye kommuner."),
    M("samfunnskontrakt2", "Samfunnskontrakt for flere læreplasser og gode opplæringsplasser 2022–2026", ["2.3"], RAD,
      "KD", ["Virke", "partene"], "2022–2026", "Virke er part i den nye kontrakten."),
  ])

# ---------------------------------------------------------------- 2022 LO (DOCX)
R("LO_endringslogg_tiltak_2022.docx", "LO", 2022, "docx", "changelog_versions", "nb",
  "endringslogg: Nye / Videreført / Nytt navn; 'Avsluttet' med gjennomstreking er ikke tiltak",
  [
    M("samfunnskontrakt2", "Samfunnskontrakt for flere læreplasser og gode opplæringsplasser 2022–2026", ["1.4", "2.3"], RAD,
      "KD", ["LO", "NHO", "KS", "Virke", "Spekter", "YS", "Unio"], "2022–2026",
      "Ny kontrakt med mål om læreplass til alle kvalifiserte søkere.", sec="ny"),
    M("lo_gronn_kurs", "Kompetanse for grønn omstilling – kurs for tillitsvalgte", ["2.1", "2.2"], KURS, "LO",
      ["AOF", "Fellesforbundet"], "2022–2023",
      "Kurs om hvordan tillitsvalgte kan bidra til omstilling og kompetanseplaner i klimaomstillingen.", sec="ny"),
    M("kbu", "Kompetansebehovsutvalget (KBU)", ["1.1"], RAD, "LO", ["KD", "partene"], "2017–2023",
      "Ingen endring.", sec="uendret"),
    M("fagbrev_jobb", "Fagbrev på jobb", ["2.5", "3.1"], KURS, "LO", ["NHO", "fylkeskommunene", "KS"], "Fra 2020",
      "KS er ny partner.", sec="uendret"),
    M("sry", "SRY og faglige råd", ["1.4", "2.3"], RAD, "LO", ["KD", "NHO", "KS"], "Løpende",
      "Ingen endring.", sec="uendret"),
    M("lo_tv_kurs", "Tillitsvalgtskolering i kompetanseutvikling (tidligere «Kurs for tillitsvalgte: kompetanseutvikling i bedriften»)",
      ["2.2"], KURS, "LO", ["LOs forbund", "AOF"], "2022",
      "Kurset har fått nytt navn og er lagt inn i LOs felles skoleringsløp.", sec="navn"),
  ])

# ---------------------------------------------------------------- 2023 Unio (DOCX)
R("Unio_rapportering_NKPS_2023.docx", "Unio", 2023, "docx", "role_grouped_leder_deltar", "nb",
  "tiltak gruppert etter rolle: 'Tiltak Unio leder' og 'Tiltak Unio deltar i' (ansvarlig er da en annen)",
  [
    M("unio_tv_kurs", "Kurs for tillitsvalgte om lokale kompetanseplaner", ["2.2"], KURS, "Unio", ["Unios forbund"], "2023",
      "Kursdager i alle regioner om hvordan kompetanseplaner kan forhandles fram lokalt.", role="leder"),
    M("unio_evu_finans", "Utredning av finansieringsmodeller for etter- og videreutdanning", ["2.2"], FOU, "Unio",
      ["Proba samfunnsanalyse"], "2022–2023", "Sammenligner modeller med individuelle kontoer, fond og tariffestede ordninger.",
      role="leder"),
    M("unio_studieforbund", "Aktiv bruk av studieforbund – kompetansehevende kurs for medlemmene", ["3.6"], KURS, "Unio",
      ["Unios forbund", "studieforbundene"], "Løpende", "Forbundene bruker studieforbund til medlemskurs.", role="leder"),
    M("sry", "Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], RAD, "KD", ["Unio"], "Løpende",
      "Unio har én plass i rådet.", role="deltar"),
    M("uhr_fag", "Universitets- og høgskolerådets fagstrategiske enheter", ["1.4"], RAD, "UHR",
      ["Unio", "NHO", "Virke", "Spekter"], "Løpende", "Unio deltar i enhetene for helse, lærerutdanning og teknologi.",
      role="deltar"),
    M("rsa", "Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], RAD, "UH-institusjonene", ["Unio"], "Løpende",
      "Unios forbund er representert i RSA.", role="deltar"),
    M("samfunnskontrakt2", "Samfunnskontrakten for flere læreplasser (2022–2026)", ["2.3"], RAD, "KD", ["Unio", "partene"],
      "2022–2026", "Unio har signert kontrakten.", role="deltar"),
  ])

# ---------------------------------------------------------------- 2023 NAV (PDF)
R("NAV_statusrapport_kompetansetiltak_2023.pdf", "NAV", 2023, "pdf", "progress_bar_percent", "nb",
  "statusrapport med tegnet fremdriftsstolpe og prosent per tiltak; samlet fremdrift øverst er ikke tiltak",
  [
    M("nav_fagopplaering", "Yrkesfaglig opplæring i arbeidsmarkedsopplæringen – utvidet varighet (tiltaksforskriften)",
      ["3.3", "3.5"], KURS, "Arbeids- og velferdsdirektoratet", ["fylkeskommunene"], "2020–2024",
      "Arbeidssøkere kan få opplæring fram mot fag- eller svennebrev i inntil tre år.", pct=80),
    M("nav_grunnleggende", "Kurs i grunnleggende ferdigheter for arbeidssøkere", ["3.5"], KURS, "NAV",
      ["fylkeskommunene", "voksenopplæringen"], "2023", "Lese-, skrive-, regne- og digitale kurs i kombinasjon med arbeidstrening.",
      pct=55),
    M("nav_norsk", "Arbeidsrettet norskopplæring for arbeidssøkere", ["3.4", "3.5"], KURS, "NAV", ["IMDi", "kommunene"],
      "2022–2024", "Norskopplæring med praksis i bedrift for innvandrere som står langt fra arbeidslivet.", pct=60),
    M("bio_transfer", "BIO – overføring av ordningen til fylkeskommunene fra 2024", ["2.4"], ANNET,
      "Arbeids- og velferdsdirektoratet", ["fylkeskommunene", "ASD"], "2023–2024",
      "Virkemiddelet bedriftsintern opplæring flyttes fra NAV til fylkeskommunene.", pct=90),
    M("ia_avtale2", "IA-avtalen 2024–2028", ["3.3"], RAD, "ASD", ["partene", "NAV"], "2024–2028",
      "Ny avtale er forhandlet; kompetanse inngår i bransjeprogrammene.", pct=10),
  ])

# ---------------------------------------------------------------- 2024 NHO (PDF)
R("NHO_prioriterte_tiltak_2024.pdf", "NHO", 2024, "pdf", "ranked_priority_stars", "nb",
  "rangert topp 5 med tegnede stjerner for betydning, deretter kompakt liste 'Øvrige tiltak'",
  [
    M("fagbrev_jobb", "Fagbrev på jobb – flere voksne med fagbrev", ["2.5", "3.1"], KURS, "NHO", ["LO", "fylkeskommunene"],
      "Fra 2020", "NHO har rekruttert 140 nye bedrifter til ordningen.", stars=5),
    M("bransje_ib", "Bransjeprogrammet for industri og bygg, videreført", ["2.1", "2.4"], KURS, "NHO",
      ["LO", "Norsk Industri", "BNL", "HK-dir"], "2022–2025", "Programmet er videreført med nye moduler i elektrifisering.",
      stars=5),
    M("samfunnskontrakt2", "Samfunnskontrakten 2022–2026", ["2.3"], RAD, "KD", ["NHO", "partene"], "2022–2026",
      "NHO følger opp målet om flere læreplasser i medlemsbedriftene.", stars=4),
    M("nho_jenter", "Jenter og teknologi (videreført)", ["2.3"], ANNET, "NHO", ["Abelia", "Norsk Industri", "NTNU"],
      "2016–2025", "Kampanjen er videreført med NTNU som ny partner.", stars=4, tl="Kampanje"),
    M("nho_kompkonf24", "NHOs kompetansekonferanse 2024", ["2.2"], ARR, "NHO", [], "Mai 2024",
      "Konferanse om kunstig intelligens og kompetanse.", stars=3),
    M("kbu", "KBU", ["1.1"], RAD, "KD", ["partene"], "", "NHO deltar fortsatt.", stars=0),
    M("kpluss_arbeid", "Kompetanseprogrammet (tidl. Kompetansepluss arbeid)", ["3.2"], KURS, "HK-dir", ["NHO"], "Løpende",
      "NHO informerer medlemmene om ordningen.", stars=0),
    M("nho_ki", "KI-kompetanse i små og mellomstore bedrifter", ["2.1"], PROS, "NHO", ["Abelia", "SINTEF"], "2024–2025",
      "Pilot med korte kurs i bruk av kunstig intelligens for ledere og ansatte.", stars=0),
  ])

# ---------------------------------------------------------------- 2024 Vestland (DOCX, nynorsk)
R("Vestland_fk_rapport_kompetansepolitisk_rad_2024.docx", "Vestland fylkeskommune", 2024, "docx",
  "cloze_sentence_form", "nn",
  "utfyllingsskjema med setningar der svara står i understreka felt (nynorsk)",
  [
    M("vl_regplan", "Regional plan for kompetanse og arbeidskraft", ["1.2"], ANNET, "Vestland fylkeskommune",
      ["KS", "NAV Vestland", "partane i arbeidslivet"], "2021–2033",
      "Handlingsprogrammet er rullert for 2024–2025.", tl="Plan"),
    M("vl_karriere", "Karriere Vestland", ["1.3"], ANNET, "Vestland fylkeskommune", ["NAV Vestland"], "Løpande",
      "Rettleiinga er utvida med digitale timar.", tl="Teneste"),
    M("vl_helsefag_minoritet", "Helsefagarbeidarutdanning for minoritetsspråklege (Sogn og Fjordane-modellen)",
      ["3.1", "3.5"], KURS, "Vestland fylkeskommune", ["NAV", "kommunane"], "2021–2024",
      "Tredje kull fullførte fagbrev i 2024.", tl="Utdanning"),
    M("vl_kompetanseforum", "Kompetanseforum Vestland – utvida med fagskulane", ["1.2", "1.4"], RAD,
      "Vestland fylkeskommune", ["NHO", "LO", "KS", "HVL", "UiB", "Fagskulen Vestland"], "Frå 2021",
      "Fagskulane er no faste medlemer.", tl="Nettverk"),
    M("vl_bio", "Bedriftsintern opplæring (BIO) i Vestland", ["2.4"], ANNET, "Vestland fylkeskommune",
      ["NAV Vestland", "NHO Vestland"], "Frå 2024", "Fylkeskommunen forvaltar no ordninga og tildelte midlar til 40 verksemder.",
      tl="Tilskot"),
    M("vl_fagbrev_havbruk", "Fagbrev på jobb i havbruk – forsøk i Vestland", ["2.5"], PROS, "Vestland fylkeskommune",
      ["Sjømat Norge", "NAV Vestland"], "2024–2026", "Forsøk med fagbrev på arbeidsplassen for tilsette i oppdrettsnæringa.",
      tl="Forsøk"),
  ])

# ---------------------------------------------------------------- 2025 Akademikerne (DOCX)
R("Akademikerne_rapport_NKPS_2025.docx", "Akademikerne", 2025, "docx", "bullet_list_cells_table", "nb",
  "liggende tabell der cellene holder punktlister (delmål, ansvar, partnere på nivå 2, periode); type i kursiv under tittelen",
  [
    M("ak_karriere", "Karriereveiledning for medlemmer", ["1.3", "2.2"], ANNET, "Akademikerne",
      ["Medlemsforeningene"], "Løpende", "Tilbudet er utvidet med digitale veiledningstimer."),
    M("ak_framtid", "Framtidens behov for akademikere – videreført med årlige framskrivninger", ["2.2"], FOU,
      "Akademikerne", ["Samfunnsøkonomisk analyse", "SSB"], "2020–2026", "Framskrivningene oppdateres hvert år."),
    M("ak_yngre_eldre", "Yngre eldre i arbeidslivet – del 2", ["2.2"], FOU, "Akademikerne/Econa", ["Ny Analyse"],
      "2025", "Andre del av prosjektet følger de samme seniorene seks år senere."),
    M("ak_econa_evu25", "Etter- og videreutdanning blant høyt utdannede – ny undersøkelse 2025", ["2.2"], FOU,
      "Akademikerne", ["Opinion"], "2025",
      "Ny og bredere undersøkelse med nytt utvalg; sammenlignes ikke direkte med 2019."),
    M("ak_tv_kurs", "Tillitsvalgtkurs: kompetanse i lokale forhandlinger", ["2.2"], KURS, "Akademikerne",
      ["medlemsforeningene"], "2025", "Kurs for tillitsvalgte i staten og kommunene."),
    M("ak_ki", "Kunstig intelligens og akademisk kompetanse – kunnskapsoppsummering", ["2.1", "2.2"], FOU, "Akademikerne",
      ["Samfunnsøkonomisk analyse"], "2025", "Oppsummerer forskning om hvordan KI endrer arbeidsoppgaver for akademikere."),
    M("kbu", "Norwegian Committee on Skill Needs (Kompetansebehovsutvalget)", ["1.1"], RAD, "KD", ["partene"], "2017–2023",
      "Utvalget leverte sin siste rapport i 2023; Akademikerne deltok hele perioden."),
  ])

# ---------------------------------------------------------------- 2026 Spekter (PDF)
R("Spekter_kompetanse_og_laering_2026.pdf", "Spekter", 2026, "pdf", "dark_theme_big_numerals", "nb",
  "mørkt sidetema (hvit tekst på mørkeblått), store tall 01–07 i venstre kolonne, metalinje med skillepunkter",
  [
    M("sp_moteplass", "Møteplass lærebedrifter – videreført", ["1.4", "2.3"], ARR, "Spekter", ["medlemsvirksomhetene"],
      "Mars 2026", "Møteplassen arrangeres for fjortende gang."),
    M("sp_nettverk", "HR-direktørnettverket", ["2.2"], RAD, "Spekter", ["medlemsvirksomhetene"], "Løpende",
      "Nettverket har hatt fire møter med kompetanse som tema."),
    M("sp_kpluss_konf", "Søkekonferanse for Kompetanseprogrammet (tidligere Kompetansepluss arbeid)", ["3.2"], ARR, "Spekter",
      ["HK-dir"], "September 2026", "Søkekonferansen holdes nå i samarbeid med HK-dir."),
    M("sp_fagskolekonf26", "Fagskolekonferansen 2026", ["2.3"], ARR, "Spekter", ["LO/Fagforbundet", "YS/Delta", "Unio/NSF"],
      "Oktober 2026", "Ny konferanse med tema fagskole som vei til spesialisering i helse."),
    M("sp_arendal26", "Arendalsuka 2026: debatt om kompetanse i helsesektoren", ["2.2"], ARR, "Spekter", ["LO Stat", "Unio"],
      "August 2026", "Paneldebatt om livslang læring for helsepersonell."),
    M("samfunnskontrakt2", "Samfunnskontrakten for flere læreplasser og gode opplæringsplasser", ["2.3"], RAD, "KD",
      ["Spekter", "partene"], "2022–2026", "Spekter rapporterer på kontraktens siste år."),
    M("sp_ki_helse", "KI i spesialisthelsetjenesten – kompetanseprogram for ledere", ["2.1"], KURS, "Spekter",
      ["helseforetakene"], "2026–2027", "Ledere i helseforetakene får opplæring i bruk og styring av kunstig intelligens."),
  ])


# ------------------------------------------------------------------ identity notes
# Near-miss groups: each a list of (file-prefix, key); every pair of different keys becomes a pair.
NEAR_MISS_GROUPS = [
    ("Tillitsvalgtkurs fra ulike organisasjoner / ulike LO-kurs",
     [("LO_oppfolging_NKPS_2017", "lo_tv_kurs"), ("LO_rapport_kompetansepolitisk_rad_2020", "lo_digi_tv"),
      ("LO_endringslogg", "lo_gronn_kurs"), ("YS_chat", "ys_tv_kurs"), ("Unio_", "unio_tv_kurs"),
      ("Akademikerne_rapport_NKPS_2025", "ak_tv_kurs")]),
    ("To fylkers egne planer", [("Trondelag", "tr_kompstrategi"), ("Vestland_fk_prioriteringsmatrise", "vl_regplan")]),
    ("To fylkers egne kompetansefora", [("Trondelag", "tr_forum"), ("Vestland_fk_rapport", "vl_kompetanseforum")]),
    ("Regionale karrieresentre mot nasjonal digital tjeneste",
     [("Trondelag", "tr_karrieresenter"), ("Vestland_fk_prioriteringsmatrise", "vl_karriere"),
      ("HKdir", "karriere_digital")]),
    ("Karriereveiledning: kvalitetsrammeverk mot forum", [("HKdir", "kvalitetsrammeverk"), ("HKdir", "nasjonalt_forum_kv")]),
    ("Kompetansekonferanser (egne arrangementer, ulike år og eiere)",
     [("Virke_tiltak", "virke_kompkonf18"), ("Virke_rapport", "virke_kompkonf22"),
      ("NHO_tiltaksrapport", "nho_kompkonf21"), ("NHO_prioriterte", "nho_kompkonf24")]),
    ("Fagskolekonferansen 2019 og 2026", [("Spekter_arsrapportering", "sp_fagskolekonf19"),
                                          ("Spekter_kompetanse", "sp_fagskolekonf26")]),
    ("Arendalsuka 2019 og 2026", [("Spekter_arsrapportering", "sp_arendal19"), ("Spekter_kompetanse", "sp_arendal26")]),
    ("Fagbrev: nasjonal ordning, regionale forsøk, praksiskandidat",
     [("LO_rapport_kompetansepolitisk_rad_2020", "fagbrev_jobb"), ("Trondelag", "tr_fagbrev_pilot"),
      ("Vestland_fk_rapport", "vl_fagbrev_havbruk"), ("Virke_tiltak", "virke_praksiskandidat")]),
    ("Ulike bransjeprogram", [("Regjeringen", "bransje_ib"), ("Virke_rapport", "virke_bransje_handel"),
                              ("KS_", "ks_bransje_helse")]),
    ("Samfunnskontrakt 2016–2020 mot 2022–2026 og Spekters brev",
     [("Regjeringen", "samfunnskontrakt1"), ("LO_endringslogg", "samfunnskontrakt2"),
      ("Spekter_arsrapportering", "sp_brev_laerlinger")]),
    ("IA-avtaler", [("Regjeringen", "ia_avtale"), ("NAV_", "ia_avtale2")]),
    ("BIO: nasjonal overføring mot fylkets forvaltning", [("NAV_", "bio_transfer"), ("Vestland_fk_rapport", "vl_bio")]),
    ("Kompetansepluss: ordningene, søkekonferanse, LOs veiledning",
     [("HKdir", "kpluss_arbeid"), ("VOFO", "kpluss_frivillighet"), ("Spekter_arsrapportering", "sp_kpluss_konf"),
      ("LO_oppfolging_NKPS_2017", "lo_kpluss_veiledning")]),
    ("EVU-undersøkelser blant høyt utdannede", [("Akademikerne_innspill", "ak_econa_evu"),
                                               ("Akademikerne_innspill", "ak_tekna_evu"),
                                               ("Akademikerne_rapport", "ak_econa_evu25")]),
    ("Finansiering av EVU", [("Unio_", "unio_evu_finans"), ("NHO_tiltaksrapport", "nho_skatteinsentiv")]),
    ("KI-tiltak", [("NHO_prioriterte", "nho_ki"), ("Spekter_kompetanse", "sp_ki_helse"),
                   ("Akademikerne_rapport", "ak_ki")]),
    ("NAVs kurs", [("NAV_", "nav_grunnleggende"), ("NAV_", "nav_norsk"), ("NAV_", "nav_fagopplaering")]),
    ("SRY mot veileder for yrkesopplæringsnemndene", [("NHO_tiltaksrapport", "sry"), ("NHO_tiltaksrapport", "nho_yon")]),
    ("Digitaliseringsanalyser", [("YS_chat", "ys_digi_analyse"), ("Virke_tiltak", "virke_handel_studie")]),
]
