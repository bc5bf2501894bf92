"""Reports for 2020: NHO, Vestland fylkeskommune (nynorsk), VOFO."""
from .model import M, R

NHO_2020 = R(
    "NHO_NKPS_rapport_2020.pdf", "NHO", 2020, "D_form_tables",
    title="NHOs rapportering på Nasjonal kompetansepolitisk strategi – 2020",
    intro="Under følger NHOs tiltak for 2020. Hvert tiltak er beskrevet i rapporteringsmalen fra Kompetansepolitisk råd. Koronapandemien preget arbeidet, og flere tiltak ble lagt om for å nå permitterte og ledige.",
    rows=[
        M("T01", "NHOs deltakelse i Kompetansebehovsutvalget (KBU)", "1.1", "NHO", "KD, hovedorganisasjonene",
          "2017–2021", "NHO deltar i KBU. Utvalgets tredje rapport, NOU 2020: 2, ble lagt fram i februar 2020 og peker blant annet på mangel på fagarbeidere og behovet for mer etter- og videreutdanning.",
          "Råd/utvalg/nettverk"),
        M("T03", "Bransjeprogrammet for industrien og byggenæringen", "2.1 2.2", "Norsk Industri, Byggenæringens Landsforening (BNL)",
          "Fellesforbundet, Kompetanse Norge, fagskoler", "2018–2021",
          "Over 4 000 ansatte har fått tilbud om kurs innen blant annet automasjon, betong, tømrerfag og digitalisering. Under koronapandemien ble kursene åpnet for permitterte.",
          "Kurs/utdanning"),
        M("T08", "Deltakelse i faglige råd", "2.3", "NHO og landsforeningene", "LO, KS, Spekter, Virke, Utdanningsdirektoratet",
          "Løpende", "NHO oppnevner representanter til de faglige rådene og har i 2020 prioritert arbeidet med nye læreplaner etter fagfornyelsen.",
          "Råd/utvalg/nettverk"),
        M("T29", "BIO-midler ved permitteringer", "2.4", "Fylkeskommunene", "NHOs regionkontorer, NAV",
          "2020", "Da koronakrisen rammet ble tilskuddet til bedriftsintern opplæring styrket. NHO har informert medlemsbedriftene om ordningen og bidratt til at permitterte kunne få opplæring i egen bedrift.",
          "Prosjekt"),
        M("T30", "Industrifagskolen", "2.3 2.4", "Norsk Industri", "Fellesforbundet, fagskoler",
          "Fra 2016, løpende", "Fagskoletilbud for fagarbeidere i industrien, gjennomført på deltid ved siden av jobb. I 2020 var det over 30 klasser ved ulike fagskoler.",
          "Kurs/utdanning"),
        M("T38", "Kompetansetiltak for permitterte og ledige i koronakrisen", "3.3", "KD, ASD",
          "NHO, LO, fylkeskommunene, NAV", "2020–2021",
          "NHO har medvirket til kompetansepakken der permitterte og ledige kan ta opplæring og samtidig beholde dagpengene. Bransjeprogrammene ble utvidet og tilbudet om fagbrev for ledige styrket.",
          "Kurs/utdanning"),
        M("T54", "Jenter og teknologi", "2.3", "NHO", "NITO, Tekna, KD, fylkeskommuner",
          "Årlig kampanje", "Nasjonal kampanje som skal få flere jenter til å velge teknologiske utdanninger, både på yrkesfag og i høyere utdanning. Gjennomført digitalt i 2020.",
          "Informasjon"),
        M("T55", "NHOs kompetansebarometer 2020", "2.2", "NHO", "NIFU",
          "Årlig", "Spørreundersøkelse blant medlemsbedriftene om kompetansebehov. 2020-utgaven viser at seks av ti bedrifter har udekket behov for kompetanse, særlig fagarbeidere med fag- eller svennebrev.",
          "FoU"),
    ])

VESTLAND_2020 = R(
    "Vestland_fk_kompetansestrategien_2020.docx", "Vestland fylkeskommune", 2020, "E_bullets_nn",
    title="Rapportering til Kompetansepolitisk råd 2020",
    subtitle="Vestland fylkeskommune – oppfølging av Nasjonal kompetansepolitisk strategi",
    intro="Vestland fylkeskommune vart etablert 1. januar 2020. Rapporteringa viser tiltak fylkeskommunen har ansvar for eller tek del i. Fleire tiltak er vidareførte frå Hordaland og Sogn og Fjordane fylkeskommunar.",
    rows=[
        M("T25", "Arbeid med regional plan for kompetanse og arbeidskraft", "1.2", "Vestland fylkeskommune",
          "Kompetanseforum Vestland, NAV Vestland, Fylkesmannen i Vestland", "2020–2021",
          "Planprogrammet vart vedteke hausten 2020. Planen skal gje retning for korleis fylket sikrar næringslivet og offentleg sektor kompetent arbeidskraft."),
        M("T27", "Kompetanseforum Vestland", "1.2 1.4", "Vestland fylkeskommune",
          "NHO Vestland, LO i Vestland, KS, NAV Vestland, universitet og høgskular, fagskulane", "Frå 2020",
          "Nytt regionalt partnarskap etter samanslåinga av Hordaland og Sogn og Fjordane. Forumet møtest fire gonger i året og er rådgjevande i arbeidet med regional plan."),
        M("T23", "Karriere Vestland – karriererettleiing for vaksne", "1.3", "Vestland fylkeskommune",
          "NAV Vestland, kommunane", "Løpande",
          "Karrieresentera i Bergen, Førde og Stord gjev gratis karriererettleiing til vaksne over 19 år. I 2020 vart det innført rettleiing på video og telefon."),
        M("T14", "Rettleiing av praksiskandidatar", "3.1", "Vestland fylkeskommune", "Opplæringskontor, NAV Vestland",
          "Løpande", "Vaksne med lang praksis får rettleiing om krav og dokumentasjon før dei går opp til fagprøve som praksiskandidat."),
        M("T15", "Deltaking i forsøk med modulstrukturert opplæring for vaksne", "3.1", "Vestland fylkeskommune",
          "Kompetanse Noreg, NAV Vestland", "2019–2022",
          "Vestland gjev modulbasert opplæring i helsearbeidarfaget og industrimekanikarfaget for vaksne som deltek i det nasjonale forsøket."),
        M("T29", "Bedriftsintern opplæring (BIO) – overført frå NAV", "2.4", "Vestland fylkeskommune",
          "NAV Vestland, næringsorganisasjonane", "Frå 1.1.2020",
          "Frå 2020 forvaltar fylkeskommunen BIO-ordninga. Med ekstra midlar i krisepakkane fekk over 200 verksemder tilskot til opplæring av tilsette og permitterte."),
        M("T38", "Kompetansepakka for permitterte og ledige", "3.3", "Vestland fylkeskommune",
          "NAV Vestland, fagskulane, Høgskulen på Vestlandet", "2020–2021",
          "Med midlar frå den nasjonale kompetansepakka oppretta fylket gratis kurs og fagskulemodular for permitterte og ledige."),
    ])

VOFO_2020 = R(
    "VOFO_rapport_kompetansestrategien_2020.pdf", "VOFO", 2020, "F_leadin_reportlab",
    title="Voksenopplæringsforbundet (VOFO) – rapportering til Kompetansepolitisk råd 2020",
    intro="VOFO representerer frivilligheten i Kompetansepolitisk råd. Studieforbundene og medlemsorganisasjonene har i 2020 måttet legge om store deler av kursvirksomheten til digitale flater. Under omtales tiltakene vi har arbeidet med, med henvisning til strategiens delmål.",
    rows=[
        M("T18", "Kompetansepluss frivillighet", "3.2", "Kompetanse Norge", "VOFO, studieforbundene",
          "Løpende", "VOFO har hatt dialog med Kompetanse Norge om innretningen av ordningen og oppfordret studieforbundene og medlemsorganisasjonene til å søke. Ordningen gir tilskudd til kurs i grunnleggende ferdigheter for voksne i frivillig sektor."),
        M("T19", "Norsktrening i regi av frivillige organisasjoner", "3.4 3.6", "VOFO og studieforbundene",
          "IMDi, frivillige organisasjoner, bibliotek", "2020",
          "Studieforbund og frivillige lag tilbyr språkkafeer og samtalegrupper der innvandrere kan øve på norsk. Aktiviteten finansieres delvis med tilskudd fra IMDi, og ble flyttet til digitale flater under pandemien."),
        M("T20", "Studieforbundenes kursvirksomhet med statstilskudd", "3.6", "Studieforbundene", "VOFO, KD",
          "Løpende", "Studieforbundene gjennomfører hvert år om lag 50 000 kurs med statstilskudd etter voksenopplæringsloven. VOFO arbeider for at tilskuddet økes og at opplæring i frivillig sektor anerkjennes som en del av kompetansepolitikken."),
        M("T57", "Styrket regional tilstedeværelse", "1.2", "VOFO", "VOFO-regionene, fylkeskommunene",
          "2019–2021", "VOFO har slått sammen regionledd i tråd med ny fylkesstruktur og inngått samarbeidsavtaler med flere fylkeskommuner for å bli en del av de regionale kompetansepartnerskapene."),
        M("T58", "Digital inkludering av seniorer", "", "Studieforbundene", "Seniornett, bibliotek, kommuner",
          "2020", "Kurs i grunnleggende digitale ferdigheter for eldre, blant annet bruk av BankID, digitale tjenester fra NAV og videosamtaler. Behovet økte sterkt under pandemien."),
    ])

REPORTS = [NHO_2020, VESTLAND_2020, VOFO_2020]
