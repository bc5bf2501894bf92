"""Printed text and identity keys for blind batch match20.

Every measure row is M(key, title, delmal, type, responsible, partners, period, description, **extra).
`key` is the identity key (same key = same tiltak).  `delmal` holds the NEW codes (1.1 ... 3.6);
2017 templates print the old numbers derived from them.
"""

OLD = {"1.1": 1, "1.2": 2, "1.3": 3, "1.4": 4, "2.1": 5, "2.2": 6, "2.3": 7, "2.4": 8, "2.5": 9, "2.6": 10,
       "3.1": 11, "3.2": 12, "3.3": 13, "3.4": 14, "3.5": 15, "3.6": 16}

TYPES = ["Arrangement", "FoU", "Informasjon", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt"]
A, F, I, K, R, P = TYPES


def M(key, title, delmal, type_, resp, partners, period, desc, **extra):
    d = dict(key=key, title=title, delmal=sorted(delmal), type=type_, responsible=resp,
             partners=list(partners), period=period, description=desc)
    d.update(extra)
    return d


FILES = []


def FILE(name, reporter, year, fmt, template, layout, made_with, measures, **extra):
    d = dict(name=name, reporter=reporter, year=year, fmt=fmt, template=template, layout=layout,
             made_with=made_with, measures=measures)
    d.update(extra)
    FILES.append(d)


# ---------------------------------------------------------------- 2017 LO (logic model table, old numbers)
def _lm(pairs):
    return " ".join(f"{a} {r}" for a, r in pairs)


_lo17 = [
    ("kbu", "Deltakelse i Kompetansebehovsutvalget", ["1.1"], R, "LO", ["KD", "NHO", "Virke", "YS"], "2017–2021",
     [("LO oppnevner medlem og vara til utvalget.", "LO er representert i alle møter."),
      ("Innspill til KBUs første rapport fra fagavdelingen.", "Arbeidstakersiden synliggjort i rapporten.")]),
    ("lo_tv_training", "Opplæring av tillitsvalgte i kompetansearbeid", ["2.1", "2.2"], K, "LO", ["LOs forbund"], "2017–2018",
     [("Kursmodul om kompetanseplaner og drøftingsplikt i Hovedavtalen.", "Flere tillitsvalgte tar opp kompetanse i lokale drøftinger."),
      ("Regionale samlinger i fire LO-distrikter.", "Om lag 300 tillitsvalgte deltar.")]),
    ("lo_spekter_conf", "Konferanse sammen med Spekter om læreplasser", ["2.3"], A, "LO", ["Spekter"], "30. november 2017",
     [("Felles konferanse for tillitsvalgte og ledere i Spekter-virksomheter.", "Flere læreplasser i helseforetak og andre Spekter-virksomheter.")]),
    ("uio_kunnskapsokonomi", "Samarbeid med UiO om utvikling av kunnskapsøkonomien", ["2.2"], P, "LO", ["NHO", "UiO"], "2017–2019",
     [("Felles forskningsseminarer med økonomer ved UiO.", "Bedre kunnskap om avkastning av kompetanse."),
      ("Notatserie om kompetanse og produktivitet.", "Tre notater publisert.")]),
    ("matindustrien40", "«Matindustrien 4.0 – kompetanseløft for hele matindustrien»", ["2.1"], P, "LO/NNN", ["NHO Mat og drikke", "Sjømat Norge"], "2017–2019",
     [("Kartlegging av digitale kompetansebehov i bedriftene.", "Kompetanseplaner i pilotbedrifter."),
      ("Opplæringsmoduler for operatører.", "Flere ansatte med digital basiskompetanse.")]),
    ("digi_arbeidsgruppe", "Partssammensatt arbeidsgruppe for digital kompetanse", ["2.1"], R, "LO", ["Kompetanse Norge", "NHO", "Unio", "KS", "YS", "Spekter", "Akademikerne"], "2017–2018",
     [("LO deltar i arbeidsgruppen med sekretariat i Kompetanse Norge.", "Forslag til tiltak for digital kompetanse i arbeidslivet.")]),
    ("lo_rsa_egne", "Tiltak for å styrke RSA i egne rekker", ["1.4"], R, "LO", ["NHO"], "2017",
     [("Oversikt over LO-representanter i alle RSA.", "Bedre koordinering av LOs representanter."),
      ("Erfaringssamling for representantene.", "Felles prioriteringer for relevans i utdanningene.")]),
    ("sry", "Deltakelse i Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], R, "LO", ["NHO", "KS", "Virke", "Spekter"], "Løpende",
     [("LO leder arbeidstakersiden i SRY.", "Innspill til tilbudsstruktur og fagfornyelse.")]),
]
FILE("LO_oppfolging_NKPS_2017.docx", "LO", 2017, "docx", "t01_lo_logicmodel",
     "logic-model table Innsats / Aktivitet / Resultat / Ansvar og med hvem / NKPS-tiltak nr.; each Innsats merged vertically over 1–2 activity rows; old numbers",
     "python-docx",
     [M(k, t, d, ty, r, p, per, _lm(lm), lm=lm) for k, t, d, ty, r, p, per, lm in _lo17])

# ---------------------------------------------------------------- 2017 Spekter (Q&A form, old numbers)
FILE("Spekter_rapport_NKPS_2017.pdf", "Spekter", 2017, "pdf", "t02_spekter_qa",
     "question/answer form per measure: 'Spørsmål 1: … Svar: …', old NKPS numbers inside the answers",
     "reportlab", [
    M("sp_kplus_konf", "Søkekonferanse om KompetansePluss – Arbeid for Spekters medlemmer", ["3.2"], A, "Spekter", ["Kompetanse Norge"],
      "En dags varighet i september 2017.",
      "Et seminar der medlemsvirksomhetene får økt kunnskap om ordningen, gevinstene av å benytte den og hva som kreves for å søke. Gode eksempler fra virksomheter som allerede har gjennomført prosjekter trekkes fram."),
    M("sp_brev", "Brev til alle medlemsvirksomhetene om lærlinger", ["1.4", "2.3"], I, "Spekter", [],
      "Brevet ble sendt 8. mai 2017.",
      "Administrerende direktør viser til Samfunnskontrakten for flere læreplasser og oppfordrer virksomhetene til å vurdere om de kan tilby læreplass til flere ungdommer."),
    M("sp_moteplass", "Møteplass lærebedrifter", ["1.4", "2.3"], A, "Spekter", ["Fafo", "fylkeskommuner", "opplæringskontorer"],
      "Årlig i begynnelsen av mars, oppstart 2013.",
      "Heldagsarrangement der medlemmer som er eller ønsker å bli lærebedrifter utveksler erfaringer og blir oppdatert på fag- og yrkesopplæringen."),
    M("lo_spekter_conf", "Konferanse for Spekters medlemsvirksomheter og LOs tillitsvalgte", ["2.3"], A, "LO og Spekter", [],
      "30. november 2017.",
      "Konferansen skal bidra til å nå målet i Samfunnskontrakt for flere læreplasser. Innlegg fra fagmiljøer, virksomheter og tillitsvalgte."),
    M("sp_integrering", "Konferanse om integrering av flyktninger og innvandrere", ["3.4"], A, "Spekter", ["IMDi", "NAV"],
      "21. september 2017, deretter videre oppfølging.",
      "Konferansen skal øke kunnskap og interesse for å integrere flyktninger og innvandrere i arbeidslivet, med eksempler fra medlemsvirksomhetene."),
])

# ---------------------------------------------------------------- 2018 NHO (annual report chapter)
FILE("NHO_aarsrapport_2018_kap5.pdf", "NHO", 2018, "pdf", "t03_nho_annual",
     "annual-report chapter: budget table, staff, other strategies; NKPS measures only in sub-section 5.2 as bold paragraphs with an italic fact line",
     "reportlab", [
    M("kbu", "Deltakelse i KBU", ["1.1"], R, "NHO", ["KD", "LO", "Virke"], "2017–",
      "NHO har fast plass i utvalget og bidrar med data fra NHOs kompetansebarometer."),
    M("sry", "Samarbeidsrådet for yrkesopplæring", ["1.4"], R, "NHO", ["LO", "KS"], "",
      "NHO leder arbeidsgiversiden og har i 2018 prioritert tilbudsstrukturen i yrkesfagene."),
    M("uio_kunnskapsokonomi", "Samarbeid med LO og Universitetet i Oslo om kunnskapsøkonomien", ["2.2"], P, "NHO", ["LO", "Universitetet i Oslo"], "2017–2019",
      "Felles seminarer og notater om hvordan kompetanse bidrar til produktivitet og verdiskaping."),
    M("matindustrien40", "«Matindustrien 4.0»", ["2.1"], P, "NHO Mat og drikke", ["LO/NNN", "Sjømat Norge"], "2017–2019",
      "Kompetanseløft for hele matindustrien med vekt på digital kompetanse hos operatører og fagarbeidere."),
    M("jenter_teknologi", "Jenter og teknologi", ["2.3"], I, "NHO", ["Norsk Industri", "Abelia"], "2016–2018",
      "Nasjonal kampanje gjennomført for tredje år på rad for å få flere jenter til å velge teknologifag."),
    M("balansekunst", "Felles partsprosjekt om dokumentasjon av kompetanse ervervet i arbeidslivet", ["2.5"], P, "NHO", ["Virke", "LO", "YS"], "2018–2019",
      "Partene utvikler sammen en modell for å beskrive og verdsette kompetanse som bygges opp i arbeidslivet."),
    M("samfunnskontrakt1", "Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], P, "NHO", ["KD", "LO", "KS"], "2016–2020",
      "NHO følger opp kontrakten overfor medlemsbedriftene og rapporterer antall nye lærekontrakter."),
    M("nho_yon_rapport", "Rapporten «Yrkesopplæringsnemndas rolle og ansvar»", [], F, "NHO", ["partene"], "",
      "Rapporten beskriver hvordan nemndene arbeider i fylkene og gir råd om partenes rolle."),
])

# ---------------------------------------------------------------- 2018 Virke (grouped by partner)
FILE("Virke_rapportering_2018.docx", "Virke", 2018, "docx", "t04_virke_partners",
     "measures grouped under partner headings 'Sammen med …:'; title as bold-italic paragraph, a fact line, then text",
     "python-docx", [
    M("balansekunst", "Modell for vurdering av kompetanse ervervet i arbeidslivet", ["2.5"], P, "Virke", ["NHO", "LO", "YS"], "2018–2019",
      "Partene har fått i oppdrag å utvikle en metode og modell for vurdering av kompetanse ervervet i arbeidslivet. Virke leder arbeidsgruppen.",
      group="Sammen med NHO, LO og YS:"),
    M("kbu", "Medlemskap i Kompetansebehovsutvalget (KBU)", ["1.1"], R, "Virke", ["hovedorganisasjonene", "KD"], "2017–2021",
      "Virke deltar i utvalget og bidrar med kunnskap om kompetansebehovene i handel og tjenesteyting.",
      group="Sammen med de andre hovedorganisasjonene og KD:"),
    M("virke_ny_teknologi", "Studie: Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?", ["2.1", "2.2"], F, "Virke",
      ["Samfunnsøkonomisk analyse", "NAV", "Handel og Kontor"], "2018–2019",
      "Studien kartlegger hvilke oppgaver som endres av automatisering og hvilke kompetanser handelen trenger framover.",
      group="Sammen med Samfunnsøkonomisk analyse, NAV og Handel og Kontor:"),
    M("virke_uhr", "Deltakelse i UHRs fagstrategiske enheter", ["1.4"], R, "Virke", ["universiteter og høyskoler"], "Løpende",
      "Virke har observatørplass og bruker posisjonen til å øke arbeidslivsrelevansen i utdanningene.",
      group="Sammen med universiteter og høyskoler:"),
    M("virke_laerling", "Lærlingkampanje for varehandelen", ["2.3"], I, "Virke", [], "Høsten 2018",
      "Kampanje i sosiale medier som viser karriereveier med fagbrev i salgsfaget.",
      group="Virke alene:"),
])

# ---------------------------------------------------------------- 2019 KD (spreadsheet print)
FILE("KD_tiltaksoversikt_2019.pdf", "KD", 2019, "pdf", "t05_kd_spreadsheet",
     "spreadsheet printed landscape with grid, wrapped cells and the header row repeated on every page",
     "reportlab", [
    M("kbu", "Kompetansebehovsutvalget (KBU)", ["1.1"], R, "KD", ["KMD", "ASD", "partene", "Kompetanse Norge"], "2017–2023",
      "Utvalget sammenstiller og analyserer kunnskap om Norges kompetansebehov og leverer årlige rapporter."),
    M("kompetansereformen", "Kompetansereformen – Lære hele livet", ["2.2", "2.4"], P, "KD", ["ASD", "NFD", "partene"], "2019–",
      "Reformen skal sørge for at ingen går ut på dato og at flere får mulighet til å lære hele livet. Meldingen legges fram i 2020."),
    M("bransjeprogram", "Treparts bransjeprogram for kompetanseutvikling", ["2.1", "2.4"], K, "KD", ["partene", "Kompetanse Norge"], "2018–",
      "Staten og partene samarbeider om å øke deltakelsen i kompetanseutvikling i utvalgte bransjer."),
    M("bransjeprogram_industri_bygg", "Bransjeprogram for industri- og byggenæringen", ["2.4"], K, "KD", ["Fellesforbundet", "Norsk Industri", "BNL", "Kompetanse Norge"], "2018–2021",
      "Første program under ordningen, med moduler for fagarbeidere og ufaglærte i industri og bygg."),
    M("digital_karriere", "Utvikling av en nasjonal digital karriereveiledningstjeneste", ["1.3"], I, "KD", ["Kompetanse Norge", "Utdanningsdirektoratet"], "2018–2020",
      "En nettbasert tjeneste med chat og telefon skal gi alle tilgang til karriereveiledning."),
    M("kvalitetsrammeverk", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], P, "KD", ["Kompetanse Norge", "fylkeskommunene"], "2017–2020",
      "Rammeverket beskriver felles standarder for etikk, kompetanse og kvalitet i veiledningen."),
    M("fleksible_vu", "Tilskudd til fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], K, "KD", ["Kompetanse Norge", "DIKU"], "2018–",
      "Utdanningsinstitusjoner kan søke midler til å utvikle korte, fleksible tilbud i samarbeid med arbeidslivet."),
    M("ekspertutvalg", "Ekspertutvalg for etter- og videreutdanning", ["2.2"], R, "KD", ["forskere", "næringslivet", "offentlig sektor"], "2018–2019",
      "Utvalget skal vurdere hvordan voksne kan få bedre muligheter til kompetanseutvikling og leverer rapport i juni 2019."),
    M("bio_transfer", "Overføring av bedriftsintern opplæring (BIO) til fylkeskommunene", ["1.2"], R, "KD", ["ASD", "fylkeskommunene", "Arbeids- og velferdsetaten"], "2020",
      "Ansvaret for tilskuddsordningen BIO flyttes fra NAV til fylkeskommunene som del av regionreformen."),
    M("samfunnskontrakt1", "Samfunnskontrakt for flere læreplasser", ["1.4", "2.3"], P, "KD", ["partene", "KS"], "2016–2020",
      "Partene og myndighetene har forpliktet seg til at alle kvalifiserte søkere skal få læreplass."),
    M("amo_utredning", "Utredning av endringer i arbeidsmarkedsopplæringen", ["3.3"], F, "KD", ["ASD", "KMD", "fylkeskommunene"], "2019–2020",
      "Utredningen vurderer om arbeidsmarkedsopplæringen kan ses i sammenheng med fylkeskommunens ansvar for opplæring."),
])

# ---------------------------------------------------------------- 2019 KS (numbered list inside one big cell)
FILE("KS_rapport_kompetansepolitisk_raad_2019.docx", "KS", 2019, "docx", "t07_ks_bigcell",
     "form table whose 'Tiltak' cell holds all measures as a typed numbered list with fact lines",
     "python-docx", [
    M("ks_digital", "Samarbeid om digital kompetanse i kommunene", ["2.1"], P, "KS", ["KMD", "hovedorganisasjonene"], "1. januar 2018 – ut 2019",
      "Totalt 71 kommuner deltar. KS gjennomfører møteplasser med bistand fra alle partene i samarbeidet."),
    M("ks_laering", "KS Læring", ["2.2"], I, "KS", ["kommunene"], "Løpende",
      "En plattform der kommuner kan dele kurs, arrangementer og annen kunnskap med sine ansatte og med hverandre."),
    M("ks_monitor", "Kommunesektorens arbeidslivsmonitor", ["2.2"], F, "KS", [], "Ny rapport september 2019",
      "Monitoren gir tall for sysselsetting, kompetanse og rekruttering i kommunesektoren."),
    M("ks_finansiering", "FoU om finansieringsmodeller for etter- og videreutdanning", ["2.2"], F, "KS", [], "2019",
      "Prosjektet ser på hvordan arbeidsgiver, arbeidstaker og staten kan dele kostnadene ved etter- og videreutdanning."),
    M("digit", "Kompetanseløft Trøndelag (DigiT)", ["1.2", "2.1"], R, "KS", ["Trøndelag fylkeskommune", "Fylkesmannen", "kommuner"], "2018–2020",
      "Et digitaliseringsutvalg i Trøndelag som samordner kompetanseheving i kommunene."),
    M("rsa", "Deltakelse i Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], R, "KS", ["universiteter og høyskoler"], "Løpende",
      "KS er representert i RSA ved flere universiteter og høyskoler og bidrar til relevans i helse- og lærerutdanningene."),
    M("karriereforum", "Deltakelse i Nasjonalt forum for karriereveiledning", ["1.3"], R, "KS", ["Kompetanse Norge"], "Løpende",
      "Forumet samordner karriereveiledning på tvers av sektorer; KS representerer kommunesektoren."),
    M("ks_laeringskonf2019", "KS Læringskonferanse 2019", ["2.2"], A, "KS", [], "Mai 2019",
      "Årets konferanse handlet om læring på arbeidsplassen og kompetanseplanlegging i kommunene."),
])

# ---------------------------------------------------------------- 2019 VOFO (delmål only as paraphrases)
FILE("VOFO_rapportering_2019.docx", "VOFO", 2019, "docx", "t06_vofo_paraphrase",
     "measure headings with a 'Bidrar til:' line giving the delmål only as short paraphrases, no codes",
     "python-docx", [
    M("kplus_frivillighet", "Kompetansepluss frivillighet", ["3.2", "3.6"], K, "VOFO", ["studieforbundene"], "2019",
      "Studieforbundene gir kurs i lesing, skriving, regning og digitale ferdigheter i frivillige organisasjoner."),
    M("vofo_regional", "Styrking av VOFOs regionale tilstedeværelse", ["1.2"], P, "VOFO", ["VOFO-regionene", "studieforbund"], "2018–2020",
      "Regionleddene slås sammen slik at VOFO kan delta i regionale kompetansesamarbeid og synliggjøre sektoren overfor karriereveiledere."),
    M("vofo_norsktrening", "Norsktrening i regi av studieforbundene", ["3.4", "3.6"], K, "VOFO", ["studieforbundene", "frivillige lag"], "Løpende",
      "Lavterskel språktrening for innvandrere som et supplement til det offentlige norsktilbudet."),
    M("vofo_konferanse", "Voksenopplæringskonferansen 2019", ["3.6"], A, "VOFO", ["Kompetanse Norge"], "Oktober 2019",
      "Konferansen samlet studieforbund, fylkeskommuner og frivillige organisasjoner om læring i frivilligheten."),
], paraphrase={
    "1.2": "et sterkere regionalt kompetansesamarbeid mellom fylkene og andre aktører",
    "3.2": "økt bruk av Kompetansepluss-ordningene",
    "3.4": "bedre og mer målrettet norskopplæring for innvandrere",
    "3.6": "at flere voksne finner læringsmotivasjon gjennom opplæring i frivillig sektor",
})

# ---------------------------------------------------------------- 2020 Unio (two slides per page)
FILE("Unio_presentasjon_NKPS_2020.pdf", "Unio", 2020, "pdf", "t08_unio_slides",
     "handout: two 16:9 slides per A4 page with frames; title slide and agenda slide are not measures",
     "reportlab", [
    M("kompetansereformen", "Skills Reform 'Lifelong Learning'", ["2.2"], P, "Regjeringen (KD)", ["Unio", "partene"], "2020–",
      "Unio deltar i partssamarbeidet om reformen og har levert innspill til Meld. St. 14 (2019–2020)."),
    M("unio_finansiering", "Utredning av modeller for finansiering av etter- og videreutdanning", ["2.2"], F, "Unio", ["Proba samfunnsanalyse"], "2019–2020",
      "Utredningen sammenligner modeller for delt finansiering mellom stat, arbeidsgiver og arbeidstaker."),
    M("unio_helse", "Rapport om kompetanseheving av helsepersonell", ["2.2"], F, "Unio", ["Ny Analyse"], "2020",
      "Rapporten ser på utfordringer og mulighetsområder for kompetanseheving av sykepleiere og andre helseprofesjoner."),
    M("unio_tv", "Unios tillitsvalgtskolering om kompetanse", ["2.1"], K, "Unio", ["Unios medlemsorganisasjoner"], "2020",
      "Digitalisering og kompetanseplanlegging er tatt inn som tema i Unios skolering av hovedtillitsvalgte."),
    M("ys_unio_joint", "Felles skoleringsdag med YS for tillitsvalgte i offentlig sektor", ["2.2"], K, "Unio", ["YS"], "November 2020",
      "En felles digital skoleringsdag om kompetanseutvikling i staten og kommunene."),
    M("rsa", "Råd for samarbeid med arbeidslivet", ["1.4"], R, "Unio", ["universiteter og høyskoler"], "Løpende",
      "Unios forbund er representert i RSA ved flere institusjoner."),
    M("digi_arbeidsgruppe", "Arbeidsgruppen for digital kompetanse", ["2.1"], R, "Kompetanse Norge", ["LO", "NHO", "Unio", "KS", "YS", "Spekter", "Akademikerne"], "2017–2020",
      "Partssammensatt gruppe med sekretariat i Kompetanse Norge; Unio har deltatt fra starten."),
    M("unio_ekspert_horing", "Innspill til ekspertutvalget for etter- og videreutdanning", [], I, "Unio", [], "2019",
      "Unio la fram sine forslag for utvalget og i høringen av utvalgets rapport."),
])

# ---------------------------------------------------------------- 2020 YS (underlined titles)
FILE("YS_tiltak_2020.docx", "YS", 2020, "docx", "t09_ys_underline",
     "underlined measure titles (no heading style) followed by short label lines Hvem/Med/Når/Delmål/Kort om",
     "python-docx", [
    M("ys_tv", "YS-skolering av tillitsvalgte i kompetansearbeid", ["2.1", "2.2"], K, "YS", ["YS-forbundene"], "2020–2021",
      "Kurs for tillitsvalgte i YS-forbundene om kompetanseplaner, Hovedavtalen og bruk av bransjeprogrammene."),
    M("ys_unio_joint", "Skoleringsdag for tillitsvalgte sammen med Unio", ["2.2"], K, "YS", ["Unio"], "November 2020",
      "YS og Unio arrangerte en felles digital dag for tillitsvalgte i offentlig sektor om kompetanseutvikling."),
    M("ys_barometer2020", "YS Arbeidslivsbarometer 2020 – kompetanse og omstilling", ["2.2"], F, "YS", ["AFI"], "2020",
      "Årets barometer har et eget kapittel om arbeidstakernes muligheter for kompetanseutvikling."),
    M("balansekunst", "Modell for verdsetting av realkompetanse («Balansekunst»)", ["2.5"], P, "YS", ["Virke", "NHO", "LO"], "2018–2020",
      "YS har deltatt i partenes arbeid med en modell for å beskrive kompetanse som bygges opp i arbeidslivet."),
    M("kbu", "Kompetansebehovsutvalget", ["1.1"], R, "YS", ["KD"], "Løpende",
      "YS er representert i utvalget."),
    M("digi_arbeidsgruppe", "Partsgruppen for digital kompetanse", [], R, "Kompetanse Norge", ["YS", "LO", "NHO", "Unio", "KS", "Spekter", "Akademikerne"], "2017–2020",
      "YS deltar i den partssammensatte gruppen som har foreslått tiltak for digital kompetanse."),
])

# ---------------------------------------------------------------- 2021 HK-dir (bilingual table)
FILE("HK-dir_rapport_2021_NO-EN.pdf", "HK-dir", 2021, "pdf", "t10_hkdir_bilingual",
     "bilingual table: Norwegian left column, English right column; title, goal line and text in each",
     "reportlab", [
    M("karriereforum", "Nasjonalt forum for karriereveiledning", ["1.3"], R, "HK-dir", ["KS", "Spekter", "NAV", "fylkeskommunene"], "Løpende",
      "Forumet samler aktører fra utdanning, arbeidsliv og NAV for å styrke et helhetlig veiledningssystem.",
      title_en="National Forum for Career Guidance",
      desc_en="The forum brings together actors from education, working life and NAV to strengthen a coherent guidance system."),
    M("digital_karriere", "Karriereveiledning.no – nasjonal digital veiledningstjeneste", ["1.3"], I, "HK-dir", ["KD"], "2020–",
      "Tjenesten tilbyr gratis veiledning på chat, telefon og e-post og hadde over 30 000 henvendelser i 2021.",
      title_en="Karriereveiledning.no – national digital guidance service",
      desc_en="The service offers free guidance by chat, phone and e-mail and handled more than 30,000 requests in 2021."),
    M("kplus_arbeid", "Kompetansepluss arbeid", ["3.2"], K, "HK-dir", ["partene", "virksomheter"], "Løpende",
      "Tilskudd til opplæring i grunnleggende ferdigheter for ansatte med svake ferdigheter.",
      title_en="Skills Plus Work",
      desc_en="Grants for basic skills training for employees with weak skills."),
    M("bransjeprogram", "Bransjeprogrammene for kompetanseutvikling", ["2.1", "2.4"], K, "HK-dir", ["KD", "partene"], "2018–",
      "Ni treparts bransjeprogram med gratis moduler for ansatte, permitterte og ledige.",
      title_en="Industry programmes for skills development",
      desc_en="Nine tripartite industry programmes with free modules for employees, furloughed and unemployed people."),
    M("kbu", "Sekretariat for Kompetansebehovsutvalget", ["1.1"], R, "HK-dir", ["KD", "partene"], "2017–",
      "Direktoratet er sekretariat for utvalget og publiserer utvalgets rapporter.",
      title_en="Secretariat for the Norwegian Committee on Skill Needs",
      desc_en="The directorate is secretariat for the committee and publishes its reports."),
    M("fleksible_vu", "Tilskudd til fleksible videreutdanningstilbud", ["2.1", "2.4"], K, "HK-dir", ["universiteter", "fagskoler", "arbeidslivet"], "2018–",
      "Midler til å utvikle korte og fleksible tilbud som kan kombineres med jobb.",
      title_en="Grants for flexible continuing education",
      desc_en="Funding to develop short and flexible programmes that can be combined with work."),
    M("kompetansereformen", "Kompetansereformen – Lære hele livet", ["2.2"], P, "KD", ["HK-dir", "partene"], "2020–",
      "HK-dir har en sentral rolle i gjennomføringen av reformen.",
      title_en="Skills reform – Lifelong learning",
      desc_en="HK-dir plays a central role in implementing the reform."),
])

# ---------------------------------------------------------------- 2021 NHO (preface + summary + list)
FILE("NHO_rapport_kompetansepolitikk_2021.docx", "NHO", 2021, "docx", "t13_nho_summary",
     "report with preface and executive summary naming measures in passing (not to be counted), then the real list under 'Tiltak 2021' with Heading 2 titles",
     "python-docx", [
    M("jenter_teknologi", "Videreføring av «Jenter og teknologi»", ["2.3"], I, "NHO", ["Norsk Industri", "Abelia", "fylkeskommuner"], "2016–2021",
      "Kampanjen er utvidet med regionale arrangementer for elever i ungdomsskolen."),
    M("bransjeprogram", "Bransjeprogrammene (treparts)", ["2.1", "2.4"], K, "KD", ["NHO", "landsforeningene", "LO"], "2018–",
      "NHOs landsforeninger deltar i styringsgruppene for programmene i sine bransjer."),
    M("samfunnskontrakt1", "Samfunnskontrakten for flere læreplasser – sluttfasen", ["1.4", "2.3"], P, "NHO", ["KD", "LO", "KS"], "2016–2021",
      "Kontrakten er forlenget ut 2021 mens en ny avtale forhandles."),
    M("kbu", "Kompetansebehovsutvalget", ["1.1"], R, "NHO", ["KD", "HK-dir"], "Løpende",
      "NHO deltar fortsatt i utvalget og har bidratt til rapporten om regionale behov."),
    M("uio_kunnskapsokonomi", "Kunnskapsøkonomi-samarbeidet med UiO og LO (fase 2)", ["2.2"], P, "NHO", ["Universitetet i Oslo", "LO"], "2021–2023",
      "Andre fase ser særlig på livslang læring og lønnsomhet av etter- og videreutdanning."),
    M("matindustrien40", "Matindustrien 4.0 – fase 2", ["2.1"], P, "NHO Mat og drikke", ["LO/NNN", "Sjømat Norge"], "2021–2022",
      "Fase 2 sprer opplæringsmodulene til flere bedrifter og tar inn automatiseringsfag."),
])

# ---------------------------------------------------------------- 2021 Trøndelag (register with IDs)
FILE("Trondelag_fk_tiltaksregister_2021.docx", "Trøndelag fylkeskommune", 2021, "docx", "t12_trondelag_register",
     "register with ID codes (TRFK-2021-04) before each title; labels Eier/I samarbeid med/Varighet/Kategori/Innhold",
     "python-docx", [
    M("tr_fagbrev", "Fagbrev på jobb", ["3.1"], K, "Trøndelag fylkeskommune", ["NAV Trøndelag", "opplæringskontorene"], "2019–2022",
      "Voksne i jobb kan ta fagbrev gjennom praksis hos egen arbeidsgiver, med tilpasset teoriundervisning.", rid="TRFK-2021-01"),
    M("tr_bio", "BIO-midler i Trøndelag", ["2.4"], P, "Trøndelag fylkeskommune", ["NAV Trøndelag", "næringslivet"], "2020–",
      "Fylkeskommunen forvalter tilskudd til bedriftsintern opplæring for virksomheter i omstilling.", rid="TRFK-2021-02"),
    M("digit", "DigiT – Kompetanseløft Trøndelag", ["1.2", "2.1"], R, "Trøndelag fylkeskommune", ["KS", "Statsforvalteren", "kommunene"], "2018–2022",
      "Samarbeid om digital kompetanse i kommunene i Trøndelag.", rid="TRFK-2021-03"),
    M("hurtigsporet", "Deltakelse i «Hurtigsporet»", ["3.3", "3.4"], P, "Trøndelag fylkeskommune", ["NAV", "IMDi"], "2021",
      "Flyktninger med fagutdanning får raskere vei til jobb gjennom kartlegging og praksis.", rid="TRFK-2021-04"),
    M("tr_karriere", "Karrieresenteret i Trøndelag", ["1.3"], I, "Trøndelag fylkeskommune", ["NAV"], "Løpende",
      "Gratis karriereveiledning for voksne, med kontorer i Trondheim, Steinkjer og Namsos.", rid="TRFK-2021-05"),
    M("tr_strategi", "Kompetansestrategi for Trøndelag", ["1.2"], P, "Trøndelag fylkeskommune", ["partene", "NTNU", "Nord universitet"], "2021–2024",
      "Strategien følger opp den nasjonale strategien regionalt og peker ut fem satsingsområder.", rid="TRFK-2021-06"),
])

# ---------------------------------------------------------------- 2021 Vestland (cover letter + attached report, nynorsk)
FILE("Vestland_fk_brev_og_rapport_2021.pdf", "Vestland fylkeskommune", 2021, "pdf", "t11_vestland_letter",
     "cover letter (mentions measures in passing) and attached report in one PDF, Nynorsk, bold title headings with label lines, 'Side n av m' counted from the attachment",
     "reportlab", [
    M("vl_fagbrev", "Fagbrev på jobb", ["3.1"], K, "Vestland fylkeskommune", ["NAV Vestland", "opplæringskontora"], "2020–2022",
      "Vaksne tilsette kan ta fagbrev på arbeidsplassen. Tilbodet er utvida til helsearbeidarfaget og barne- og ungdomsarbeidarfaget."),
    M("vl_bio", "Tilskot til bedriftsintern opplæring (BIO) i Vestland", ["2.4"], P, "Vestland fylkeskommune", ["NAV Vestland"], "2020–",
      "Fylkeskommunen tildelte i 2021 midlar til 54 verksemder i omstilling."),
    M("vl_karriere", "Karriere Vestland – karrieresentera i fylket", ["1.3"], I, "Vestland fylkeskommune", ["NAV Vestland"], "Løpande",
      "Karriererettleiing for vaksne ved sju sentra i fylket, også digitalt."),
    M("vl_kompetanseforum", "Kompetanseforum Vestland", ["1.2"], R, "Vestland fylkeskommune", ["NHO Vestland", "LO Vestland", "NAV", "HVL", "UiB"], "2020–",
      "Partnarskap som samordnar kompetansepolitikken i fylket."),
    M("vl_strategi2021", "Regional kompetansestrategi for Vestland 2021–2024", ["1.2"], P, "Vestland fylkeskommune", ["Kompetanseforum Vestland"], "2021–2024",
      "Strategien vart vedteken av fylkestinget i juni 2021."),
    M("vl_yon", "Yrkesopplæringsnemnda i Vestland", ["1.4"], R, "Vestland fylkeskommune", ["partane i arbeidslivet"], "Løpande",
      "Nemnda gir råd om tilbodsstruktur og kvalitet i fag- og yrkesopplæringa i fylket."),
])

# ---------------------------------------------------------------- 2022 Akademikerne (measures with sub-measures)
FILE("Akademikerne_rapport_2022.pdf", "Akademikerne", 2022, "pdf", "t14_akad_submeasures",
     "numbered parent measures each with indented 'Delprosjekt:' sub-measures (only parents are counted)",
     "reportlab", [
    M("ak_evu", "Etter- og videreutdanning for høyt utdannede", ["2.2"], F, "Akademikerne/Econa", ["Ny Analyse"], "2021–2022",
      "Akademikerne har kartlagt hvordan høyt utdannede bruker etter- og videreutdanning og hva som hindrer dem.",
      subs=["Rapport fra Ny Analyse om status og veien videre", "Frokostseminar for medlemsforeningene i mars 2022"]),
    M("kbu", "Medlem av KBU", ["1.1"], R, "Akademikerne", ["KD", "HK-dir"], "Løpende",
      "Akademikerne er representert i Kompetansebehovsutvalget.",
      subs=[]),
    M("ak_framtid", "Framtidens behov for akademikere", ["1.4", "2.2"], F, "Akademikerne", ["Samfunnsøkonomisk analyse"], "2022",
      "Fremskrivninger av behovet for arbeidskraft med høyere utdanning fram mot 2035.",
      subs=["Fremskrivningsmodell for seks utdanningsgrupper", "Innspill til KBUs neste rapport"]),
    M("kompetansereformen", "Kompetansereformen (Lære hele livet) – Akademikernes deltakelse", ["2.2"], P, "KD", ["Akademikerne", "partene"], "2020–",
      "Akademikerne deltar i partssamarbeidet om reformen.",
      subs=["Møter i referansegruppen for reformen", "Høringsinnspill til utredning om finansiering"]),
])

# ---------------------------------------------------------------- 2022 LO (big bold direct-formatted headings, docx -> pdf)
FILE("LO_rapport_2022.pdf", "LO", 2022, "pdf", "t15_lo_bigbold",
     "Word document rendered by LibreOffice: headings made with large bold direct formatting (no heading styles), label lines",
     "python-docx + soffice", [
    M("lo_tv_training", "Skolering av våre tillitsvalgte om kompetanseutvikling", ["2.1", "2.2"], K, "LO", ["LOs forbund", "AOF"], "2022",
      "Nytt kursopplegg om kompetanseplaner og bruk av bransjeprogrammene; gjennomført i alle fylker."),
    M("uio_kunnskapsokonomi", "Kunnskapsøkonomi – samarbeid med UiO, fase 2", ["2.2"], P, "LO", ["NHO", "UiO"], "2021–2023",
      "LO og NHO finansierer videre forskning ved UiO om livslang læring."),
    M("samfunnskontrakt2", "Ny samfunnskontrakt for kvalitet og flere læreplasser (2022–2026)", ["1.4", "2.3"], P, "KD", ["LO", "NHO", "KS", "Virke", "Spekter", "Unio", "YS"], "2022–2026",
      "Ny avtale med mål om at flere lærlinger fullfører, og at flere virksomheter tar inn lærlinger."),
    M("bransjeprogram_industri_bygg", "Bransjeprogram for industri og bygg", ["2.4"], K, "Fellesforbundet", ["Norsk Industri", "BNL", "HK-dir"], "2018–",
      "Programmet har gitt over 4 000 fagarbeidere og ufaglærte tilbud om moduler."),
    M("kbu", "Kompetansebehovsutvalget (KBU) – fortsatt deltakelse", ["1.1"], R, "LO", ["KD"], "Løpende",
      "LO er fortsatt representert i utvalget."),
    M("sry", "Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], R, "LO", ["NHO", "KS", "Virke", "Spekter"], "Løpende",
      "LO følger opp fagfornyelsen og tilbudsstrukturen i SRY."),
    M("lo_virke_project", "Partssamarbeid med Virke om kompetanse i varehandelen", ["2.1", "2.4"], P, "LO", ["Virke", "Handel og Kontor"], "2022–2024",
      "Felles prosjekt med Virke og Handel og Kontor om kompetanseløft for ansatte i butikk og lager."),
    M("lo_rsa_egne", "Styrking av RSA-arbeidet i LO-forbundene", ["1.4"], R, "LO", ["LO-forbundene"], "2022",
      "Nettverk og skolering for LO-representanter i rådene for samarbeid med arbeidslivet."),
])

# ---------------------------------------------------------------- 2022 NAV (borderless columns)
FILE("NAV_tiltak_NKPS_2022.pdf", "NAV", 2022, "pdf", "t16_nav_columns",
     "borderless column layout (no rules), wrapped text in six columns, dark header band, delmål stacked one per line",
     "reportlab", [
    M("hurtigsporet", "Hurtigsporet for flyktninger med fagutdanning", ["3.3", "3.4"], P, "NAV", ["IMDi", "fylkeskommunene"], "2019–",
      "Kartlegging, praksis og norskopplæring for raskere overgang til arbeid."),
    M("nav_grunnleggende", "Kurs i grunnleggende ferdigheter for arbeidssøkere", ["3.5"], K, "NAV", ["HK-dir", "kursleverandører"], "Løpende",
      "Opplæring i lesing, skriving, regning og digitale ferdigheter."),
    M("nav_fagopplaering", "Fag- og yrkesopplæring som arbeidsmarkedstiltak", ["3.3", "3.5"], K, "NAV", ["fylkeskommunene"], "2021–",
      "Arbeidssøkere over 19 år kan ta fag- og yrkesopplæring i inntil tre år med ytelser fra NAV."),
    M("nav_norsk", "Norskopplæring for arbeidssøkere med svake norskferdigheter", ["3.4", "3.5"], K, "NAV", ["kommunene"], "Løpende",
      "Kurs i norsk kombinert med arbeidspraksis."),
    M("karriereforum", "Deltakelse i Nasjonalt forum for karriereveiledning", ["1.3"], R, "NAV", ["HK-dir"], "Løpende",
      "NAV bidrar med kunnskap om arbeidsmarkedet."),
])

# ---------------------------------------------------------------- 2023 KS (newsletter items)
FILE("KS_nyhetsbrev_kompetanse_2023.docx", "KS", 2023, "docx", "t18_ks_newsletter",
     "newsletter: upper-case kicker line 'DELMÅL 2.1 · PROSJEKT' above a headline, italic lead, 'Fakta:' line; a 'KORT NYTT' item that is not a measure",
     "python-docx", [
    M("ks_digital", "Digitaliseringsløftet i kommunesektoren (tidligere Samarbeid om digital kompetanse)", ["2.1"], P, "KS", ["KDD", "hovedorganisasjonene"], "2022–2025",
      "Samarbeidet fra 2018 er videreført og utvidet til alle fylker."),
    M("ks_laering", "KS Læring – ny versjon", ["2.2"], I, "KS", ["kommunene"], "2023",
      "Plattformen har fått ny løsning for kompetanseplanlegging og deling av kurs mellom kommuner."),
    M("ks_monitor", "Arbeidslivsmonitoren", ["2.2"], F, "KS", [], "Årlig",
      "Nye tall for rekruttering og kompetanse i kommunesektoren ble publisert i september."),
    M("ks_laeringskonf2023", "KS Læringskonferanse 2023", ["2.2"], A, "KS", [], "April 2023",
      "Tema i år var kunstig intelligens og læring i arbeid."),
    M("samfunnskontrakt2", "Samfunnskontrakten 2022–2026", ["1.4", "2.3"], P, "KS", ["KD", "partene"], "2022–2026",
      "Kommunene skal øke antall lærlinger, særlig i helsearbeiderfaget."),
    M("karriereforum", "Nasjonalt forum for karriereveiledning", ["1.3"], R, "HK-dir", ["KS", "NAV"], "Løpende",
      "KS deltar fortsatt i forumet."),
    M("ks_kompetanseloft", "Kompetanseløft 2025", [], P, "HOD", ["KS", "kommunene"], "2021–2025",
      "Regjeringens plan for rekruttering og kompetanseheving i helse- og omsorgstjenesten."),
])

# ---------------------------------------------------------------- 2023 Virke (budget table)
FILE("Virke_budsjett_og_tiltak_2023.pdf", "Virke", 2023, "pdf", "t17_virke_budget",
     "budget table with amount columns (Budsjett/Forbruk), subtotal rows per innsatsområde, notes column",
     "reportlab", [
    M("virke_uhr", "Fagstrategiske enheter i UHR – Virkes deltakelse", ["1.4"], R, "Virke", ["UHR"], "Løpende",
      "Videreført observatørplass.", budget=40000, spent=35500),
    M("kbu", "Kompetansebehovsutvalget", ["1.1"], R, "Virke", ["HK-dir"], "Løpende",
      "Virke deltar i utvalget.", budget=20000, spent=18000),
    M("balansekunst", "Oppfølging av «Balansekunst»", ["2.5"], P, "Virke", ["NHO", "LO", "YS"], "2023",
      "Piloter av modellen i tre handelskjeder.", budget=350000, spent=310200),
    M("lo_virke_project", "Felles prosjekt med LO og HK om kompetanseløft i handelen", ["2.1", "2.4"], P, "Virke", ["LO", "Handel og Kontor"], "2022–2024",
      "Andre prosjektår; moduler for butikk og lager.", budget=600000, spent=540000),
    M("bransjeprogram_varehandel", "Bransjeprogram for varehandel", ["2.1", "2.4"], K, "HK-dir", ["Virke", "Handel og Kontor"], "2021–",
      "Virke sitter i styringsgruppen.", budget=80000, spent=80000),
    M("virke_ki_studie", "Ny studie om kunstig intelligens og kompetansebehov i varehandelen", ["2.1", "2.2"], F, "Virke", ["Samfunnsøkonomisk analyse"], "2023–2024",
      "Oppstart høsten 2023.", budget=450000, spent=120000),
    M("virke_laerling", "Lærlingkampanjen «Bli lærling i handelen» (fortsatt)", ["2.3"], I, "Virke", ["Handel og Kontor"], "2023",
      "Kampanje i sosiale medier før søknadsfristen.", budget=250000, spent=247300),
])

# ---------------------------------------------------------------- 2024 Unio (KPI scorecard)
FILE("Unio_maloppnaaelse_2024.pdf", "Unio", 2024, "pdf", "t19_unio_kpi",
     "scorecard: measure heading, a 'Mål/Kategori/Ansvar/Med/Tid' line, text, then an indicator table (Indikator / Mål 2024 / Resultat 2024)",
     "reportlab", [
    M("unio_tv", "Tillitsvalgtskolering om kompetanse", ["2.1", "2.2"], K, "Unio", ["Unios medlemsorganisasjoner"], "2024",
      "Fast modul i skoleringen av hovedtillitsvalgte.",
      kpis=[("Antall deltakere", "250", "231"), ("Andel som har tatt opp kompetanseplan lokalt", "50 %", "46 %")]),
    M("rsa", "Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], R, "Unio", ["universiteter og høyskoler"], "Løpende",
      "Unio-forbund deltar i RSA ved ti institusjoner.",
      kpis=[("Institusjoner med Unio-representant", "10", "10")]),
    M("bransjeprogram_helse", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.1", "2.4"], K, "HK-dir", ["KS", "Unio", "LO", "Fagforbundet"], "2020–",
      "Unio deltar i programmets styringsgruppe.",
      kpis=[("Nye moduler", "4", "5"), ("Deltakere i programmet", "1 500", "1 320")]),
    M("unio_helse", "Kompetanseheving av helsepersonell – oppfølging av rapporten fra 2020", ["2.2"], F, "Unio", ["Ny Analyse"], "2023–2024",
      "Unio følger opp anbefalingene med innspill til Helsepersonellkommisjonen og partssamarbeid i helseforetakene.",
      kpis=[("Innspill levert", "3", "3")]),
    M("ys_unio_joint", "Felles skoleringsdag med YS – videreført", ["2.2"], K, "Unio", ["YS"], "Oktober 2024",
      "Dagen er blitt et årlig samarbeid mellom Unio og YS.",
      kpis=[("Deltakere", "120", "138")]),
])

# ---------------------------------------------------------------- 2025 HK-dir (Roman numerals, tag legend)
FILE("HK-dir_rapport_2025.docx", "HK-dir", 2025, "docx", "t20_hkdir_tags",
     "Roman-numeral measure paragraphs with italic titles; delmål given as bracket tags resolved through a legend table on page 1",
     "python-docx", [
    M("karriereforum", "Nasjonalt forum for karriereveiledning (videreført)", ["1.3"], R, "HK-dir", ["KS", "NAV", "fylkeskommunene", "partene"], "Løpende",
      "Forumet har i 2025 arbeidet med veiledning for voksne i omstilling."),
    M("kplus_arbeid", "Kompetanseprogrammet (tidligere Kompetansepluss arbeid)", ["3.2"], K, "HK-dir", ["partene", "virksomheter", "frivillige organisasjoner"], "Løpende",
      "Tilskudd til opplæring i grunnleggende ferdigheter; navnet ble endret da ordningene ble slått sammen."),
    M("bransjeprogram_eval", "Evaluering av bransjeprogrammene", ["2.2"], F, "HK-dir", ["Oslo Economics", "Fafo"], "2024–2025",
      "Sluttrapporten vurderer måloppnåelse og hvem som deltar i programmene."),
    M("bransjeprogram", "Bransjeprogram for kompetanseutvikling", ["2.1", "2.4"], K, "HK-dir", ["KD", "partene"], "2018–",
      "Ordningen omfatter nå 15 bransjer."),
    M("fleksible_vu", "Fleksible videreutdanningstilbud", ["2.1", "2.4"], K, "HK-dir", ["universiteter", "fagskoler"], "2018–",
      "Utlysningen i 2025 prioriterte grønn omstilling og helse."),
    M("digital_karriere", "Karriereveiledning.no", ["1.3"], I, "HK-dir", [], "Løpende",
      "Den digitale tjenesten er utvidet med veiledning på flere språk."),
    M("kbu", "Kompetansebehovsutvalget – sekretariat", ["1.1"], R, "HK-dir", ["KD"], "Løpende",
      "Direktoratet er fortsatt sekretariat for utvalget."),
], tags={"1.1": "BEHOV", "1.3": "VEILEDNING", "2.1": "DIGITAL", "2.2": "KUNNSKAP", "2.4": "KOBLING", "3.2": "GRUNNLEGGENDE"})

# ---------------------------------------------------------------- 2025 YS (shaded fact boxes)
FILE("YS_rapport_2025.docx", "YS", 2025, "docx", "t21_ys_boxes",
     "each measure as a shaded, bordered paragraph block (fact box) with title line and labelled lines",
     "python-docx", [
    M("ys_tv", "Skolering av tillitsvalgte i kompetansearbeid", ["2.1", "2.2"], K, "YS", ["YS-forbundene"], "2024–2025",
      "Kursene fra 2020 er videreført med nytt opplegg om kunstig intelligens."),
    M("ys_barometer2025", "YS Arbeidslivsbarometer 2025", ["2.2"], F, "YS", ["Opinion"], "2025",
      "Årets barometer viser at fire av ti har fått opplæring i KI-verktøy."),
    M("bransjeprogram", "Bransjeprogrammene – YS sin deltakelse", ["2.1", "2.4"], K, "HK-dir", ["YS", "partene"], "2018–",
      "YS-forbund deltar i programmene for varehandel, helse og finans."),
    M("balansekunst", "Verdsetting av realkompetanse («Balansekunst») – fortsatt arbeid", ["2.5"], P, "YS", ["Virke", "NHO", "LO"], "2025",
      "YS arbeider for at modellen tas i bruk i flere bransjer."),
    M("kbu", "Kompetansebehovsutvalget", ["1.1"], R, "YS", ["HK-dir"], "Løpende",
      "YS er fortsatt representert i utvalget."),
    M("ys_ki", "Kunstig intelligens og kompetanse – kartlegging blant YS-forbundene", ["2.1"], F, "YS", ["YS-forbundene"], "2025",
      "Kartlegging av hvordan KI endrer kompetansebehovene i forbundenes bransjer."),
])

# ---------------------------------------------------------------- identity judgement (for README + near_misses)
NEAR_MISS_GROUPS = [
    ("tillitsvalgt-kurs: each union's own course vs the joint YS/Unio day", ["lo_tv_training", "ys_tv", "unio_tv", "ys_unio_joint"]),
    ("old Samfunnskontrakt 2016–2020 vs its successor 2022–2026", ["samfunnskontrakt1", "samfunnskontrakt2"]),
    ("umbrella bransjeprogram vs single programmes under it vs its evaluation", ["bransjeprogram", "bransjeprogram_industri_bygg", "bransjeprogram_varehandel", "bransjeprogram_helse", "bransjeprogram_eval"]),
    ("'Fagbrev på jobb' in two counties", ["vl_fagbrev", "tr_fagbrev"]),
    ("BIO: national transfer reform vs two counties' grant schemes", ["bio_transfer", "vl_bio", "tr_bio"]),
    ("two counties' competence strategies", ["vl_strategi2021", "tr_strategi"]),
    ("career guidance: forum vs digital service vs quality framework vs county centres", ["karriereforum", "digital_karriere", "kvalitetsrammeverk", "vl_karriere", "tr_karriere"]),
    ("national SRY vs a county's yrkesopplæringsnemnd vs a report about the nemnder", ["sry", "vl_yon", "nho_yon_rapport"]),
    ("RSA councils vs LO's internal measure about its RSA members", ["rsa", "lo_rsa_egne"]),
    ("expert committee vs Unio's input to it", ["ekspertutvalg", "unio_ekspert_horing"]),
    ("Kompetansepluss: scheme vs a conference about it vs the sister scheme for the voluntary sector", ["kplus_arbeid", "sp_kplus_konf", "kplus_frivillighet"]),
    ("two organisations' studies on financing EVU", ["ks_finansiering", "unio_finansiering"]),
    ("successive editions: KS Læringskonferanse", ["ks_laeringskonf2019", "ks_laeringskonf2023"]),
    ("successive editions: YS Arbeidslivsbarometer", ["ys_barometer2020", "ys_barometer2025"]),
    ("retail technology/AI studies", ["virke_ny_teknologi", "virke_ki_studie", "ys_ki"]),
    ("Norwegian training: voluntary sector vs NAV", ["vofo_norsktrening", "nav_norsk"]),
    ("AMO inquiry vs NAV's vocational training measure", ["amo_utredning", "nav_fagopplaering"]),
    ("Spekter's three 2017 conferences", ["lo_spekter_conf", "sp_integrering", "sp_kplus_konf"]),
    ("LO–Virke retail project vs the retail bransjeprogram", ["lo_virke_project", "bransjeprogram_varehandel"]),
    ("digital competence: KS municipal programme vs DigiT vs the partners' working group", ["ks_digital", "digit", "digi_arbeidsgruppe"]),
    ("KBU council vs the expert committee", ["kbu", "ekspertutvalg"]),
    ("Kompetansereformen vs Kompetanseløft 2025", ["kompetansereformen", "ks_kompetanseloft"]),
]

JUDGEMENTS_SAME = [
    "KBU: 'Deltakelse i Kompetansebehovsutvalget', 'Deltakelse i KBU', 'Medlemskap i …(KBU)', 'Medlem av KBU', 'Sekretariat for Kompetansebehovsutvalget' (HK-dir) and KD's own row are ONE tiltak (owner, secretariat and participants of one council).",
    "LO 2017 'Konferanse sammen med Spekter om læreplasser' = Spekter 2017 'Konferanse for Spekters medlemsvirksomheter og LOs tillitsvalgte' (same date 30. november 2017, each names the other).",
    "'Samarbeid med UiO om utvikling av kunnskapsøkonomien' (LO) = 'Samarbeid med LO og Universitetet i Oslo om kunnskapsøkonomien' (NHO); the 'fase 2' rows of LO 2022 and NHO 2021 continue it.",
    "«Matindustrien 4.0 – kompetanseløft for hele matindustrien» (LO/NNN) = «Matindustrien 4.0» (NHO); 'Matindustrien 4.0 – fase 2' (NHO 2021) continues it.",
    "Realkompetanse model ('Balansekunst'): NHO 'Felles partsprosjekt om dokumentasjon av kompetanse ervervet i arbeidslivet' = Virke 'Modell for vurdering av kompetanse ervervet i arbeidslivet' = YS 'Modell for verdsetting av realkompetanse («Balansekunst»)'; Virke 2023 'Oppfølging av «Balansekunst»' and YS 2025 '… – fortsatt arbeid' continue it.",
    "'Kompetansereformen – Lære hele livet' (KD, HK-dir) = 'Skills Reform 'Lifelong Learning'' (Unio slides, English) = 'Kompetansereformen (Lære hele livet) – Akademikernes deltakelse'.",
    "Umbrella 'Treparts bransjeprogram for kompetanseutvikling' = 'Bransjeprogrammene for kompetanseutvikling' = 'Bransjeprogrammene (treparts)' = 'Bransjeprogram for kompetanseutvikling' = 'Bransjeprogrammene – YS sin deltakelse'.",
    "'Bransjeprogram for industri- og byggenæringen' (KD 2019) = 'Bransjeprogram for industri og bygg' (LO 2022).",
    "'Utvikling av en nasjonal digital karriereveiledningstjeneste' (KD 2019) = 'Karriereveiledning.no – nasjonal digital veiledningstjeneste' (HK-dir 2021) = 'Karriereveiledning.no' (HK-dir 2025).",
    "'Tilskudd til fleksible videreutdanningstilbud i digital kompetanse' (KD) = 'Tilskudd til fleksible videreutdanningstilbud' (HK-dir 2021) = 'Fleksible videreutdanningstilbud' (HK-dir 2025).",
    "'Kompetansepluss arbeid' (HK-dir 2021) continues as 'Kompetanseprogrammet (tidligere Kompetansepluss arbeid)' (HK-dir 2025).",
    "Nasjonalt forum for karriereveiledning: HK-dir (owner) and the 'Deltakelse i …' rows of KS and NAV are one tiltak.",
    "'Kompetanseløft Trøndelag (DigiT)' (KS 2019) = 'DigiT – Kompetanseløft Trøndelag' (Trøndelag 2021).",
    "'Deltakelse i «Hurtigsporet»' (Trøndelag) = 'Hurtigsporet for flyktninger med fagutdanning' (NAV).",
    "'Partssammensatt arbeidsgruppe for digital kompetanse' (LO 2017) = 'Arbeidsgruppen for digital kompetanse' (Unio) = 'Partsgruppen for digital kompetanse' (YS).",
    "Råd for samarbeid med arbeidslivet (RSA): KS and Unio participation rows are one tiltak (the councils as a whole, as in the 2018 summary).",
    "SRY: LO 2017, NHO 2018, LO 2022 rows are one tiltak.",
    "Samfunnskontrakt for flere læreplasser (2016–2020, extended 2021): NHO 2018, KD 2019, NHO 2021 ('– sluttfasen'). Its successor 2022–2026: LO 2022 and KS 2023.",
    "Joint YS/Unio training day: Unio 2020 'Felles skoleringsdag med YS …' = YS 2020 'Skoleringsdag for tillitsvalgte sammen med Unio'; Unio 2024 '… – videreført' continues it.",
    "LO 2022 'Partssamarbeid med Virke om kompetanse i varehandelen' = Virke 2023 'Felles prosjekt med LO og HK om kompetanseløft i handelen' (2022–2024 project, reported by each party).",
    "Paraphrase continuations: LO 'Opplæring av tillitsvalgte i kompetansearbeid' (2017) → 'Skolering av våre tillitsvalgte om kompetanseutvikling' (2022); LO 'Tiltak for å styrke RSA i egne rekker' (2017) → 'Styrking av RSA-arbeidet i LO-forbundene' (2022); KS 'Samarbeid om digital kompetanse i kommunene' → 'Digitaliseringsløftet i kommunesektoren (tidligere …)'; KS 'Kommunesektorens arbeidslivsmonitor' → 'Arbeidslivsmonitoren'.",
]

JUDGEMENTS_BORDERLINE = [
    "HK-dir's 'Sekretariat for Kompetansebehovsutvalget' is counted as the KBU tiltak itself (secretariat = the directorate's part in the council), not as a separate measure.",
    "Unio 2024 'Kompetanseheving av helsepersonell – oppfølging av rapporten fra 2020' is counted as a continuation of Unio 2020 'Rapport om kompetanseheving av helsepersonell' (same reporter, explicit 'oppfølging av'), although the activity changed from writing a report to following it up.",
    "YS 2025 'Skolering av tillitsvalgte i kompetansearbeid' continues YS 2020 'YS-skolering av tillitsvalgte i kompetansearbeid' but must stay APART from LO 2017 'Opplæring av tillitsvalgte i kompetansearbeid' (near-identical words, different union's own course).",
    "Virke 2023 'Ny studie om kunstig intelligens …' is a new study, apart from the 2018 study on new technology (not a continuation).",
    "Unio's 'Innspill til ekspertutvalget …' is apart from the Ekspertutvalg itself (a response to a council is not the council).",
    "'Bransjeprogram for kommunal helse- og omsorgssektor' (Unio 2024) and 'Bransjeprogram for varehandel' (Virke 2023) are single programmes under the umbrella: apart from the umbrella and from each other.",
    "'Kompetanseløft 2025' (KS 2023, HOD plan) is a health-sector plan, apart from Kompetansereformen; it has no delmål printed.",
    "'Nasjonalt kvalitetsrammeverk for karriereveiledning' is apart from the forum and the digital service although all three are KD/HK-dir career-guidance work.",
    "YS Arbeidslivsbarometer 2020 and 2025 are treated as separate editions (apart), like conferences with a year in the title.",
]
