"""Reports for 2020 and 2021."""
from .rows import R

KS20 = dict(
    key="KS20", file="KS_rapport_til_kompetansepolitisk_rad_2020.pdf", reporter="KS", year=2020,
    template="ks20_merged_matrix", via="docx",
    rows=[
        R("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "R", "KD",
          ["KS", "hovedorganisasjonene", "departementene"], "2017–",
          "KS deltar i utvalget og har bidratt til at kompetansebehovene i kommunesektoren er belyst i "
          "NOU 2020:2 Fremtidige kompetansebehov III."),
        R("T13", "Nasjonal digital karriereveiledning", ["1.3"], "I", "Kompetanse Norge",
          ["KS", "Udir", "NAV"], "2019–2020",
          "KS har deltatt i referansegruppen for den nye digitale karriereveiledningstjenesten, som skal "
          "være et supplement til karrieresentrene og skolenes rådgivning."),
        R("T59", "Fagfornyelsen – nye læreplaner", ["1.4"], "P", "Udir", ["KS", "KD"], "2017–2020",
          "KS har bidratt i arbeidet med fornyelse av læreplanene i grunnskolen og videregående "
          "opplæring, som tas i bruk fra høsten 2020."),
        R("T69", "Samarbeid om digital kompetanse i kommunene", ["2.1"], "P", "KS",
          ["KMD", "hovedorganisasjonene"], "2018–2020",
          "Partssammensatt prosjekt med 71 kommuner som skal øke den digitale kompetansen blant ansatte. "
          "KS har ansvar for møteplasser og erfaringsdeling. Prosjektet ble avsluttet i 2020."),
        R("T50", "Kompetansereformen – Lære hele livet", ["2.2"], "F", "KD", ["KS", "partene"], "2019–2020",
          "KS har gitt innspill til meldingen og deltar i oppfølgingen, blant annet i arbeidet med "
          "bransjeprogram for kommunesektoren."),
        R("T07", "Samfunnskontrakten for flere læreplasser – kommunesektoren", ["2.3"], "I", "KS",
          ["KD", "fylkeskommunene"], "2016–2020",
          "KS har oppfordret kommuner og fylkeskommuner til å ta inn flere lærlinger. Status for 2020 "
          "viser at mange kommuner har nådd målet om én lærling per 1000 innbyggere."),
        R("T03", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.4"], "K", "KD/Kompetanse Norge",
          ["KS", "Fagforbundet", "Delta", "NSF", "FO"], "2019–2021",
          "Gratis og arbeidsplassnære opplæringstilbud for ansatte i kommunal helse og omsorg, blant annet "
          "helsefagarbeider for assistenter og fagskoletilbud innen demens og psykisk helse."),
        R("T22", "Fagbrev på jobb i kommunene", ["3.1"], "K", "Fylkeskommunene", ["KS", "kommunene"],
          "Løpende",
          "Ordningen gir ansatte i kommunene mulighet til å ta fagbrev på arbeidsplassen basert på praksis "
          "og opplæring i jobben. KS har laget veiledning for kommunene som arbeidsgivere."),
        R("T25", "Forsøk med forberedende voksenopplæring (FVO)", ["3.1"], "K", "Kompetanse Norge",
          ["KS", "kommuner", "fylkeskommuner"], "2016–2020",
          "KS har fulgt forsøket der kommuner og fylkeskommuner tilbyr opplæring i grunnleggende "
          "ferdigheter for voksne som trenger det før videregående opplæring."),
        R("T34", "Ny integreringslov og nytt introduksjonsprogram", ["3.4"], "P", "KD",
          ["KS", "IMDi", "kommunene"], "2020–2021",
          "KS har bistått kommunene i forberedelsene til integreringsloven som trer i kraft 1. januar "
          "2021, med mer vekt på formell kompetanse i introduksjonsprogrammet."),
    ])

INNLANDET20 = dict(
    key="INNLANDET20", file="Innlandet_fylkeskommune_rapport_NKPS_2020.pdf",
    reporter="Innlandet fylkeskommune", year=2020, template="innl20_numbered_report", via="reportlab",
    rows=[
        R("T18", "Regional kompetansestrategi for Innlandet", ["1.2"], "P", "Innlandet fylkeskommune",
          ["NAV Innlandet", "NHO Innlandet", "LO", "KS", "Høgskolen i Innlandet", "NTNU Gjøvik"],
          "2020–2023",
          "Etter sammenslåingen av Hedmark og Oppland er arbeidet med en felles kompetansestrategi startet "
          "opp. Strategien skal samle innsatsen for kompetanse og kvalifisering i hele fylket.", sec="2"),
        R("T14", "Kompetanseheving for karriereveiledere etter kvalitetsrammeverket", ["1.3"], "K",
          "Innlandet fylkeskommune", ["Kompetanse Norge", "karrieresentrene"], "2020–2021",
          "Alle veiledere ved karrieresentrene i Innlandet skal gjennomføre opplæring i det nasjonale "
          "kvalitetsrammeverket for karriereveiledning, med vekt på kompetansestandardene.", sec="3"),
        R("T05", "Fleksible studietilbud i digital kompetanse", ["2.1"], "K", "Kompetanse Norge",
          ["Høgskolen i Innlandet", "Fagskolen Innlandet"], "2019–2021",
          "Høgskolen i Innlandet og Fagskolen Innlandet har fått midler fra Kompetanse Norge til å utvikle "
          "nettbaserte moduler i digitalisering for ansatte i industrien og offentlig sektor.", sec="4"),
        R("T20", "Bedriftsintern opplæring (BIO)", ["2.4"], "K", "Innlandet fylkeskommune",
          ["NAV Innlandet", "næringsforeningene"], "Fra 2020",
          "Fylkeskommunen fikk ansvar for BIO-midlene fra 2020 og lyste ut ekstra midler våren 2020 for "
          "virksomheter som måtte permittere som følge av koronapandemien. 112 virksomheter fikk tilskudd.",
          sec="4", fn="Ordningen ble overført fra Arbeids- og velferdsetaten til fylkeskommunene som del av regionreformen."),
        R("T07", "Samfunnskontrakten – flere læreplasser i Innlandet", ["2.3"], "K", "Innlandet fylkeskommune",
          ["opplæringskontorene", "NHO Innlandet", "LO i Innlandet"], "2016–2020",
          "Fylkeskommunen har arbeidet for flere læreplasser gjennom lærlingløftet i egne virksomheter og "
          "dialog med opplæringskontorene. Formidlingsgraden i Innlandet var 79 prosent høsten 2020.",
          sec="4"),
        R("T22", "Fagbrev på jobb", ["3.1"], "K", "Innlandet fylkeskommune",
          ["arbeidsgivere", "opplæringskontor"], "Løpende",
          "Ordningen ble prøvd ut i Hedmark fra 2017 og er nå innført i hele Innlandet. Ansatte kan ta "
          "fagbrev uten å gå ut av jobben, med praksis og opplæring på arbeidsplassen som grunnlag.", sec="5"),
        R("T23", "Modulforsøket for voksne", ["3.1"], "K", "Utdanningsdirektoratet",
          ["Innlandet fylkeskommune", "NAV Innlandet"], "2017–2022",
          "Innlandet deltar i det nasjonale forsøket med modulstrukturert fag- og yrkesopplæring for "
          "voksne i helsearbeiderfaget, barne- og ungdomsarbeiderfaget og industrimekanikerfaget.", sec="5",
          fn="Forsøket ble startet av Hedmark og Oppland fylkeskommuner før sammenslåingen."),
        R("T25", "Forsøk med forberedende voksenopplæring", ["3.1"], "K", "Kompetanse Norge",
          ["Innlandet fylkeskommune", "Gjøvik kommune", "Hamar kommune"], "2017–2020",
          "To voksenopplæringssentre i Innlandet har deltatt i forsøket med FVO, som gir voksne opplæring "
          "i grunnleggende ferdigheter og fag på grunnskolenivå tilpasset deres behov.", sec="5"),
        R("T38", "Samarbeidsavtale mellom Innlandet fylkeskommune og NAV Innlandet", ["3.3", "3.5"], "R",
          "Innlandet fylkeskommune og NAV Innlandet", ["kommunene"], "2020–2024",
          "Avtalen skal sikre at flere arbeidssøkere og personer med nedsatt arbeidsevne får fullført "
          "videregående opplæring. Den omfatter felles kartlegging, karriereveiledning og tilrettelagte "
          "opplæringsløp.", sec="5"),
    ])

SPEKTER20 = dict(
    key="SPEKTER20", file="Spekter_oppfolging_NKPS_2020.docx", reporter="Spekter", year=2020,
    template="spekter20_question_forms",
    rows=[
        R("T46", "Møteplass lærebedrifter", ["2.3"], "A", "Spekter",
          ["medlemsvirksomhetene", "opplæringskontorene"],
          "Gjennomført 5. mars 2020. Videreføres årlig.",
          "Årets møteplass handlet om hvordan helseforetakene kan ta inn flere lærlinger i "
          "helsearbeiderfaget og ambulansefaget. Arrangementet ble gjennomført like før nedstengningen i mars.",
          tp="Arrangement (årlig møteplass)",
          rp="Spekter har ansvaret. Vi samarbeider med medlemsvirksomhetene og opplæringskontorene."),
        R("T07", "Samfunnskontrakten for flere læreplasser – oppfølging i medlemsvirksomhetene", ["2.3"], "I",
          "Spekter", ["KD", "partene i arbeidslivet"], "2016–2020 (kontrakten er under reforhandling)",
          "Spekter har fulgt opp kontrakten gjennom dialog med helseforetakene og rapportering av "
          "lærlingtall. Antall lærlinger i helseforetakene økte også i 2020.",
          tp="Informasjon og oppfølging",
          rp="Spekter, som part i kontrakten sammen med KD og de øvrige partene i arbeidslivet."),
        R("T45", "Fagskolekonferansen 2020 (digital)", ["2.3"], "A", "Spekter",
          ["Fagforbundet", "Delta", "NITO"], "November 2020",
          "Konferansen ble holdt digitalt og handlet om hvordan fagskoleutdanning kan brukes for å dekke "
          "kompetansebehov i sykehusene etter koronapandemien.",
          tp="Konferanse",
          rp="Spekter er ansvarlig. Fagforbundet, Delta og NITO bidro i programmet."),
        R("T26", "KompetansePluss arbeid i helseforetak", ["3.2"], "K", "Kompetanse Norge",
          ["Spekter", "helseforetakene"], "2020–2021",
          "Flere helseforetak har fått tilskudd fra ordningen til opplæring i norsk og digitale ferdigheter "
          "for renholdere og ansatte i kjøkken og forsyning. Spekter har bistått med informasjon og søknadsråd.",
          tp="Opplæring (tilskuddsordning)",
          rp="Kompetanse Norge forvalter ordningen. Spekter og helseforetakene samarbeider om søknadene."),
        R("T50", "Innspill til kompetansereformen «Lære hele livet»", ["2.2"], "F", "KD", ["Spekter"],
          "2019–2020",
          "Spekter har gitt innspill til Meld. St. 14 (2019–2020) Kompetansereformen – Lære hele livet, "
          "blant annet om bransjeprogram for spesialisthelsetjenesten.",
          tp="Utredning/innspill",
          rp="Kunnskapsdepartementet har ansvaret for reformen. Spekter har bidratt med innspill."),
        R("T60", "Ny tilbudsstruktur – helse- og oppvekstfag", ["1.4"], "R", "Utdanningsdirektoratet",
          ["Faglig råd for helse- og oppvekstfag", "Spekter"], "Innføres fra høsten 2020",
          "Spekter har gjennom faglig råd bidratt til den nye strukturen i helse- og oppvekstfag, der blant "
          "annet helsesekretærfaget er lagt om.",
          tp="Råd/utvalg",
          rp="Utdanningsdirektoratet, med Faglig råd for helse- og oppvekstfag. Spekter er representert i rådet."),
    ])

VESTLAND21 = dict(
    key="VESTLAND21", file="Vestland_fylkeskommune_rapportering_2021.docx",
    reporter="Vestland fylkeskommune", year=2021, template="vestl21_bold_labels_nn",
    rows=[
        R("T17", "Regional plan for kompetanse og arbeidskraft", ["1.2"], "P", "Vestland fylkeskommune",
          ["NAV Vestland", "Statsforvaltaren i Vestland", "KS Vest", "NHO Vestland", "LO i Vestland",
           "UH-sektoren"], "2021–2033",
          "Planen vart vedteken av fylkestinget i 2021 og skal gje retning for arbeidet med kompetanse, "
          "kvalifisering og rekruttering av arbeidskraft i Vestland. Eit eige handlingsprogram blir rullert årleg.",
          dmp="«Styrkje regionalt folkevalt nivå sitt kompetansepolitiske ansvar og samordningsrolle»"),
        R("T19", "Kompetanseforum Vestland", ["1.2"], "R", "Vestland fylkeskommune",
          ["partane i arbeidslivet", "NAV", "utdanningsinstitusjonar", "kommunane"], "Frå 2020",
          "Forumet er ein arena for regionalt samarbeid mellom kompetanseaktørane i fylket og skal følgje "
          "opp den regionale planen. Forumet møtest fire gonger i året.", dmp="1.2"),
        R("T11", "Karriere Vestland – karrieresentera i fylket", ["1.3"], "P", "Vestland fylkeskommune",
          ["NAV Vestland", "kommunane"], "Løpande",
          "Karriere Vestland har senter i Bergen, Førde, Stord og Voss og tilbyr gratis karriererettleiing "
          "for vaksne over 19 år. I 2021 vart det gjennomført om lag 4 800 samtalar, mange av dei digitalt.",
          dmp="«Sørgje for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing, "
              "med særleg vekt på dei regionale karrieresentera»"),
        R("T13", "Nasjonal digital karriererettleiing", ["1.3"], "I", "Kompetanse Norge", ["Karriere Vestland"],
          "Frå 2020",
          "Karriere Vestland samarbeider med den nasjonale digitale tenesta på karriereveiledning.no, mellom "
          "anna om tilvising av brukarar som treng lengre oppfølging.", dmp="1.3"),
        R("T05", "Fleksible vidareutdanningstilbod", ["2.1"], "K", "Kompetanse Norge",
          ["Høgskulen på Vestlandet", "Fagskulen Vestland"], "2020–2022",
          "Høgskulen på Vestlandet og Fagskulen Vestland har fått tilskot til nettbaserte og desentraliserte "
          "vidareutdanningstilbod, mellom anna i digitalisering og grøn omstilling.", dmp="2.1"),
        R("T02", "Bransjeprogram – regionale opplæringstilbod", ["2.1", "2.4"], "K", "Kompetanse Norge",
          ["Fagskulen Vestland", "Høgskulen på Vestlandet", "NAV Vestland"], "2020–2022",
          "Fagskulen Vestland og Høgskulen på Vestlandet gjev tilbod i fleire av dei nasjonale "
          "bransjeprogramma, mellom anna for industri og bygg og for varehandel. Fylkeskommunen har "
          "bidrege til rekruttering av deltakarar saman med NAV.", dmp="2.1 og 2.4"),
        R("T20", "Bedriftsintern opplæring (BIO)", ["2.4"], "K", "Vestland fylkeskommune",
          ["NAV Vestland", "Innovasjon Noreg Vestland"], "2020–2021",
          "Fylkeskommunen forvaltar BIO-midlane og prioriterte i 2021 verksemder i omstilling etter "
          "pandemien. Det vart gjeve tilskot til 168 verksemder.",
          dmp="«Arbeide meir systematisk for å kople kompetansebehov i små og store verksemder … til "
              "utdannings- og opplæringstilbydarar»"),
        R("T25", "Forsøk med førebuande vaksenopplæring (FVO)", ["3.1"], "K", "Kompetanse Norge",
          ["Bergen kommune", "Sunnfjord kommune"], "2017–2021",
          "Forsøket er avslutta, og erfaringane vert tekne med inn i den nye ordninga med grunnleggjande "
          "ferdigheiter og grunnskuleopplæring for vaksne frå august 2021.", dmp="3.1"),
        R("T65", "Partnarskapsavtale med VOFO Vestland", ["3.6"], "R", "Vestland fylkeskommune",
          ["VOFO Vestland", "studieforbunda"], "2021–2024",
          "Avtalen skal styrkje samarbeidet med studieforbunda om opplæringstilbod for vaksne, og gjere "
          "tilboda i frivillig sektor meir synlege for karriererettleiarar.",
          dmp="«Stimulere til at fleire finn læringsmotivasjon og byggjer læringsevna si gjennom opplæring "
              "i frivillig sektor»"),
    ])

NAV21 = dict(
    key="NAV21", file="NAV_rapport_kompetansepolitisk_strategi_2021.pdf",
    reporter="Arbeids- og velferdsdirektoratet (NAV)", year=2021, template="nav21_cards", via="reportlab",
    rows=[
        R("T13", "Samarbeid om nasjonal digital karriereveiledning", ["1.3"], "I", "Kompetanse Norge",
          ["NAV"], "2020–2021",
          "NAV og den digitale karriereveiledningstjenesten har avklart ansvarsdeling, og det er lagt inn "
          "lenker mellom nav.no og karriereveiledning.no.",
          rp="Kompetanse Norge (fra 1. juli 2021 HK-dir)"),
        R("T21", "Overføring av bedriftsintern opplæring (BIO) til fylkeskommunene", ["1.2"], "R",
          "Arbeids- og velferdsdirektoratet", ["fylkeskommunene", "ASD"], "Overført 1. januar 2020",
          "Som del av regionreformen ble ansvaret for BIO overført fra NAV til fylkeskommunene. NAV har i "
          "2021 bistått fylkeskommunene med erfaringer og statistikk fra tidligere forvaltning av ordningen."),
        R("T36", "Utdanning med dagpenger", ["3.3"], "K", "ASD", ["NAV"], "2020–2021 (midlertidig)",
          "Under pandemien ble adgangen til å ta utdanning og opplæring med dagpenger utvidet. NAV har "
          "informert permitterte og ledige om mulighetene og fulgt opp søknadene."),
        R("T31", "Hurtigsporet for nyankomne flyktninger", ["3.4"], "P", "IMDi", ["NAV", "kommunene", "NHO"],
          "Løpende",
          "NAV bidrar i kartleggingen av flyktninger med kompetanse som etterspørres i arbeidsmarkedet, "
          "slik at de raskt kan få jobb eller tilpasset opplæring."),
        R("T33", "Jobbsjansen", ["3.4"], "K", "IMDi", ["NAV", "kommunene"], "Løpende",
          "Tilskuddsordning for kommuner som tilbyr kvalifiseringsprogram for innvandrere som står langt fra "
          "arbeidslivet. NAV-kontorene samarbeider om deltakere og oppfølging etter programmet."),
        R("T35", "Opplæringstiltaket – økt bruk av fag- og yrkesopplæring", ["3.5"], "K", "NAV",
          ["fylkeskommunene", "AMO-leverandører"], "2021–",
          "Fra 2021 kan arbeidssøkere over 19 år få inntil tre års fag- og yrkesopplæring som "
          "arbeidsmarkedstiltak. NAV-kontorene har fått opplæring i de nye reglene."),
    ])

LO21 = dict(
    key="LO21", file="LO_rapport_NKPS_2021.pdf", reporter="LO", year=2021, template="lo21_grid_cards",
    via="reportlab",
    rows=[
        R("T01", "Kompetansebehovsutvalget – fortsatt deltakelse", ["1.1"], "R", "KD", ["hovedorganisasjonene"],
          "2017–2021, videreføres",
          "LO deltar fortsatt i utvalget. Etter at strategiperioden går ut har LO arbeidet for at utvalget "
          "videreføres med mer vekt på behovet for fagarbeidere."),
        R("T02", "Bransjeprogrammene for kompetanseutvikling", ["2.1", "2.4"], "K", "KD/HK-dir",
          ["LO-forbundene", "NHO", "Virke", "KS", "Spekter"], "2018–2022",
          "Treparts bransjeprogram finnes nå for blant annet industri og bygg, helse og omsorg, elektro, "
          "reiseliv, varehandel, renhold og anlegg. LO-forbundene deltar i alle programmene og bidrar til at "
          "tilbudene treffer medlemmene."),
        R("T22", "Fagbrev på jobb – tilbud i alle fylker", ["3.1"], "K", "Fylkeskommunene", ["LO", "forbundene"],
          "Løpende",
          "LO har arbeidet for at Fagbrev på jobb skal tilbys i alle fylker, og at ordningen blir godt kjent "
          "blant tillitsvalgte."),
        R("T36", "Utdanning og opplæring med dagpenger", ["3.3"], "K", "ASD", ["LO"], "2020–2021",
          "LO fikk gjennomslag for midlertidig utvidet adgang for permitterte til å ta utdanning med "
          "dagpenger, og arbeider for at ordningen gjøres varig."),
        R("T35", "Fag- og yrkesopplæring som arbeidsmarkedstiltak", ["3.5"], "K", "ASD/NAV", ["LO"], "Fra 2021",
          "LO har støttet endringen i tiltaksforskriften som gir ledige og permitterte mulighet til lengre "
          "fagopplæring gjennom NAV."),
        R("T39", "Kurs for tillitsvalgte om kompetanse – videreført", [], "K", "LO", ["LO-skolen"], "2019–2022",
          "Kurset er lagt om til digitale samlinger. Over 300 tillitsvalgte har gjennomført kurset siden "
          "oppstarten i 2019."),
    ])

REPORTS = [KS20, INNLANDET20, SPEKTER20, VESTLAND21, NAV21, LO21]
