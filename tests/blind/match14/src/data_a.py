"""Reports for 2018 and 2019."""
from .rows import R

NHO18 = dict(
    key="NHO18", file="NHO_rapportering_NKPS_2018.pdf", reporter="NHO", year=2018,
    template="nho18_area_tables", via="docx",
    rows=[
        R("T01", "Deltakelse i Kompetansebehovsutvalget (KBU)", ["1.1"], "R", "NHO",
          ["KD", "Kompetanse Norge", "øvrige hovedorganisasjoner"], "2017–2021",
          "NHO har fast plass i utvalget og bidrar med innspill fra medlemsbedriftene til utvalgets "
          "analyser av Norges fremtidige kompetansebehov. Utvalgets første rapport, NOU 2018:2, ble lagt fram i februar."),
        R("T63", "Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "R", "Universiteter og høyskoler",
          ["NHO"], "Løpende",
          "Representanter fra NHOs regionkontorer sitter i RSA ved en rekke universiteter og høyskoler "
          "for å styrke arbeidslivsrelevansen i utdanningene."),
        R("T60", "Ny tilbudsstruktur i yrkesfagene", ["1.4"], "R", "KD og Udir",
          ["NHO", "LO", "faglige råd"], "2017–2020",
          "NHO og landsforeningene har deltatt i arbeidet med å revidere tilbudsstrukturen på de "
          "yrkesfaglige utdanningsprogrammene. Endringene gjelder fra skoleåret 2020–21."),
        R("T04", "Bransjeprogram for industri- og byggenæringen", ["2.1", "2.4"], "K", "KD / Kompetanse Norge",
          ["Norsk Industri", "BNL", "Fellesforbundet"], "2018–2020",
          "Treparts program der staten og partene i industrien og byggenæringen har utviklet korte, "
          "arbeidsplassnære etter- og videreutdanningstilbud. Norsk Industri og Byggenæringens "
          "Landsforening deltar i styringsgruppen."),
        R("T66", "NHOs kompetansebarometer", ["2.2"], "F", "NHO", ["NIFU"], "Årlig",
          "Årlig spørreundersøkelse blant medlemsbedriftene om kompetansebehov, gjennomført av NIFU. "
          "Resultatene for 2018 viser at over halvparten av bedriftene har udekket behov for kompetanse."),
        R("T58", "Balansekunst – modell for å beskrive kompetanse fra arbeidslivet", ["2.5"], "F", "Virke",
          ["LO", "YS", "NHO"], "2017–2018",
          "Rapporten «Balansekunst» ble lansert i april 2018 og beskriver en metode for å vurdere "
          "kompetanse som er bygget opp i arbeidslivet. NHO har deltatt i arbeidsgruppen."),
        R("T08", "Yrkesfagenes år 2018", ["2.3"], "I", "KD",
          ["NHO", "LO", "YS", "Virke", "Spekter"], "2018",
          "NHO var med i kampanjen for å løfte yrkesfagenes omdømme, blant annet med filmer og "
          "bedriftsbesøk i sosiale medier."),
        R("T10", "Jenter og teknologi", ["2.3"], "I", "NHO", ["NTNU", "Norsk Industri", "Abelia"], "2016–",
          "Nasjonal kampanje som skal få flere jenter til å velge teknologiske utdanninger og yrker. "
          "Gjennomført for tredje år på rad i 2018, med skolebesøk og rollemodeller fra bedriftene."),
        R("T07", "Samfunnskontrakten for flere læreplasser", ["2.3"], "K", "Regjeringen og partene",
          ["NHOs landsforeninger", "fylkeskommunene"], "2016–2020",
          "NHO følger opp målene i samfunnskontrakten gjennom regionkontorene og landsforeningene, med "
          "vekt på å få flere medlemsbedrifter til å bli godkjente lærebedrifter."),
        R("T54", "Godkjenning av utenlandsk fagskoleutdanning", ["2.6"], "K", "KD/NOKUT", ["NHO"],
          "Fra 1. januar 2019",
          "NHO har gitt innspill til NOKUTs nye godkjenningsordning for utenlandsk fagskoleutdanning, "
          "som åpner 1. januar 2019."),
        R("T26", "Kompetansepluss arbeid – opplæring i grunnleggende ferdigheter i NHO-bedrifter", ["3.2"], "K",
          "Kompetanse Norge", ["NHO", "landsforeningene"], "Løpende",
          "Tilskuddsordningen forvaltes av Kompetanse Norge. NHO og landsforeningene bidrar til at flere "
          "bedrifter søker, og en rekke NHO-bedrifter fikk tilskudd i 2018."),
        R("T32", "Kampanje for Hurtigsporet i fire byer", ["3.3"], "I", "NHO", ["NAV", "IMDi"], "Våren 2018",
          "Kampanje i Bergen, Bodø, Drammen og Fredrikstad for å synliggjøre flyktningers kompetanse og "
          "rekrutteringsmuligheter for næringslivet."),
    ])

LO19 = dict(
    key="LO19", file="LO_oppfolging_kompetansestrategien_2019.docx", reporter="LO", year=2019,
    template="lo19_headings_bullets",
    rows=[
        R("T01", "LOs deltakelse i Kompetansebehovsutvalget", ["1.1"], "R",
          "KD (sekretariat i Kompetanse Norge)", ["hovedorganisasjonene", "departementene"], "2017–",
          "LO er representert i KBU og har bidratt i arbeidet med NOU 2019:2 Fremtidige "
          "kompetansebehov II. LO har særlig løftet behovet for fagarbeidere."),
        R("T63", "Styrking av RSA-arbeidet i egne rekker", ["1.4"], "R", "LO", ["forbundene", "NHO"],
          "2018–2019",
          "LO har kartlagt hvor forbundene er representert i Råd for samarbeid med arbeidslivet og gitt "
          "opplæring til representantene."),
        R("T60", "Revisjon av tilbudsstrukturen i fag- og yrkesopplæringen", ["1.4", "2.3"], "R", "KD/Udir",
          ["LO-forbundene", "faglige råd"], "2017–2020",
          "LO og forbundene har deltatt i de faglige rådene og i SRY i arbeidet med ny tilbudsstruktur, "
          "som innføres fra høsten 2020."),
        R("T61", "Representasjon i SRY og de faglige rådene", ["1.4"], "R", "LO",
          ["NHO", "KS", "Spekter", "Virke"], "Løpende",
          "LO oppnevner representanter til Samarbeidsrådet for yrkesopplæring og de faglige rådene, og "
          "har faste forberedende møter med representantene."),
        R("T06", "Arbeidsgruppen for digital kompetanse i arbeidslivet", ["2.1"], "R", "KD",
          ["Kompetanse Norge", "NHO", "Unio", "KS", "YS", "Spekter", "Akademikerne"], "2017–2019",
          "Partssammensatt gruppe med sekretariat i Kompetanse Norge som skal identifisere "
          "kompetansebehov som følge av digitalisering og foreslå tiltak. LO har ledet ett av delprosjektene."),
        R("T04", "Bransjeprogrammet for industri og bygg (Fellesforbundet)", ["2.1", "2.4"], "K",
          "Kompetanse Norge", ["LO/Fellesforbundet", "Norsk Industri", "BNL"], "2018–2020",
          "Fellesforbundet deltar i programmet sammen med Norsk Industri og BNL. Det er utviklet moduler "
          "innen blant annet automatisering, sveis og BIM som kan tas ved siden av jobb."),
        R("T03", "Bransjeprogrammet for kommunal helse- og omsorgssektor (Fagforbundet)", ["2.1", "2.4"], "K",
          "Kompetanse Norge", ["LO/Fagforbundet", "YS/Delta", "KS"], "2019–2020",
          "Fagforbundet og Delta har sammen med KS og staten utviklet tilbud for assistenter og "
          "fagarbeidere i helse og omsorg, blant annet fagbrev og fagskoleutdanning."),
        R("T49", "Ekspertutvalget for etter- og videreutdanning", ["2.2"], "R", "Regjeringen", ["LO"],
          "2018–2019",
          "LO har gitt innspill til utvalget ledet av Steinar Holden, som la fram NOU 2019:12 "
          "Lærekraftig utvikling i juni 2019."),
        R("T43", "Felles arrangement med Spekter under Arendalsuka 2019", ["2.2"], "A", "LO Stat og Spekter",
          [], "August 2019",
          "LO Stat og Spekter arrangerte debatten «Hvem har ansvar for kompetansen din?» om partenes "
          "ansvar for kompetanseutvikling i virksomhetene."),
        R("T58", "Modell for dokumentasjon av kompetanse fra arbeidslivet", ["2.5"], "F", "Virke",
          ["LO", "NHO", "YS"], "2017–2018",
          "LO deltok i arbeidsgruppen ledet av Virke som utviklet modellen i rapporten «Balansekunst». "
          "LO vil arbeide for at modellen tas i bruk i tariffområdene."),
        R("T09", "Arena for kvalitet i fag- og yrkesopplæringen 2019", ["2.3"], "A", "Udir", ["LO", "KD"],
          "Oktober 2019",
          "LO deltok i programkomiteen for Utdanningsdirektoratets årlige konferanse, som i 2019 ble "
          "arrangert i forlengelsen av Yrkesfagenes år."),
        R("T31", "Hurtigsporet – oppfølging i forbundene", ["3.3"], "I", "LO", ["NAV", "NHO", "IMDi"],
          "2018–2019",
          "LO har deltatt på arrangementer og i arbeidsgrupper om Hurtigsporet og oppfordret "
          "tillitsvalgte til å bidra til at flyktninger med relevant kompetanse raskt kommer i jobb."),
        R("T39", "Kompetansekurs for tillitsvalgte", [], "K", "LO", ["LO-skolen", "forbundene"],
          "Fra høsten 2019",
          "LO-skolen har utviklet et kurs for tillitsvalgte om kompetanseutvikling på arbeidsplassen, med "
          "vekt på kompetansebestemmelsene i Hovedavtalen og lokale kompetanseplaner.", sec="other"),
    ])

AKAD19 = dict(
    key="AKAD19", file="Akademikerne_rapport_kompetansepolitisk_raad_2019.docx", reporter="Akademikerne",
    year=2019, template="akad19_columns",
    rows=[
        R("T01", "Kompetansebehovsutvalget", ["1.1"], "R", "KD",
          ["alle hovedorganisasjonene", "forskere"], "2017–2021",
          "Akademikerne er representert i KBU. Vi har særlig vært opptatt av at utvalget også analyserer "
          "behovet for høyt utdannet arbeidskraft."),
        R("T48", "Framtidens behov for akademikere", ["1.1", "2.2"], "F", "Akademikerne",
          ["Samfunnsøkonomisk analyse"], "2019",
          "Fremskrivninger av tilbud og etterspørsel etter arbeidskraft med høyere utdanning fram mot "
          "2035, som innspill til Kompetansebehovsutvalget."),
        R("T63", "RSA – Råd for samarbeid med arbeidslivet", ["1.4"], "R", "Universiteter og høyskoler",
          ["Akademikerne", "medlemsforeningene"], "Løpende",
          "Medlemsforeningene i Akademikerne deltar i RSA ved flere institusjoner og bidrar til at "
          "utdanningene er relevante for arbeidslivet."),
        R("T06", "Digitaliseringsgruppen under Kompetansepolitisk råd", ["2.1"], "R", "KD/Kompetanse Norge",
          ["LO", "NHO", "Unio", "KS", "YS", "Spekter"], "2017–2019",
          "Akademikerne deltar i den partssammensatte arbeidsgruppen som ser på hvilke kompetansebehov "
          "digitaliseringen skaper, og hvilke tiltak som trengs."),
        R("T05", "Fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], "K", "Kompetanse Norge",
          ["Akademikerne", "Tekna", "universiteter og høyskoler"], "2018–2020",
          "Akademikerne har vært med på å utforme utlysningen av tilskudd til fleksible "
          "videreutdanningstilbud. Tekna har bidratt til at tilbud innen IKT-sikkerhet og programmering "
          "er rettet mot høyt utdannede."),
        R("T47", "Forskningsrapport om etter- og videreutdanning blant høyt utdannede", ["2.2"], "F",
          "Akademikerne/Econa", ["Ny Analyse"], "2018–2019",
          "Rapporten «Etter- og videreutdanning blant høyt utdannede i Norge – status og veien videre» "
          "viser at mange akademikere mangler tid og finansiering til å ta formell videreutdanning."),
        R("T49", "Ekspertutvalget om etter- og videreutdanning", ["2.2"], "R", "KD", ["Akademikerne"],
          "2018–2019",
          "Akademikerne har hatt møter med utvalget og levert skriftlige innspill om finansiering av "
          "etter- og videreutdanning for arbeidstakere med høyere utdanning."),
        R("T56", "Kompletterende utdanning for personer med utenlandsk høyere utdanning", ["2.6"], "K",
          "KD/DIKU", ["Akademikerne"], "Løpende",
          "Akademikerne har tatt til orde for å utvide tilbudet av kompletterende utdanning, slik at "
          "flere med høyere utdanning fra utlandet får brukt kompetansen sin i Norge."),
    ])

SPEKTER18 = dict(
    key="SPEKTER18", file="Spekter_rapportering_2018.pdf", reporter="Spekter", year=2018,
    template="spekter18_numbered", via="docx",
    rows=[
        R("T27", "Søkekonferanse om Kompetansepluss arbeid for Spekters medlemmer", ["3.2"], "A", "Spekter",
          ["Kompetanse Norge"], "En dag i april 2018.",
          "Spekter arrangerte i samarbeid med Kompetanse Norge en søkekonferanse der "
          "medlemsvirksomhetene fikk informasjon om ordningen og hva som kreves for å søke. Virksomheter "
          "som har gjennomført prosjekter delte sine erfaringer.",
          ansvar="Spekter står bak tiltaket med Kompetanse Norge som bidragsyter."),
        R("T46", "Arrangere «Møteplass lærebedrifter» 2018", ["1.4", "2.3"], "A", "Spekter",
          ["medlemsvirksomhetene", "fylkeskommuner", "opplæringskontorer"],
          "Møteplassen ble holdt 1. mars 2018 og arrangeres hvert år.",
          "Møteplassen samler medlemsvirksomheter som er eller ønsker å bli lærebedrifter. I 2018 var "
          "temaet samarbeid mellom skole og lærebedrift og kvalitet i læretiden.",
          ansvar="Spekter er ansvarlig for tiltaket. Samarbeidspartnere er medlemsvirksomhetene, "
                 "fylkeskommuner og opplæringskontorer."),
        R("T07", "Oppfølging av Samfunnskontrakten for flere læreplasser", ["2.3"], "I", "Spekter",
          ["medlemsvirksomhetene"], "Kontraktsperioden 2016–2020.",
          "Spekter følger opp samfunnskontrakten overfor medlemsvirksomhetene, blant annet gjennom brev "
          "fra administrerende direktør og statistikk over antall lærlinger i helseforetakene.",
          ansvar="Spekter er ansvarlig, i samarbeid med medlemsvirksomhetene."),
        R("T08", "Deltakelse i Yrkesfagenes år 2018", ["2.3"], "I", "Kunnskapsdepartementet",
          ["Spekter", "LO", "NHO", "YS", "Virke"], "Hele 2018.",
          "Spekter bidro i kampanjen med eksempler fra helseforetakene på karriereveier for "
          "helsefagarbeidere og ambulansearbeidere.",
          ansvar="Kunnskapsdepartementet har ansvaret for kampanjen. Spekter deltar sammen med LO, NHO, "
                 "YS og Virke."),
        R("T44", "Fagskolekonferanse 2018", ["2.3"], "A", "Spekter", ["LO/Fagforbundet", "YS/Delta"],
          "En dag i oktober 2018.",
          "Konferansen rettet oppmerksomheten mot fagskoleutdanninger i spesialisthelsetjenesten og "
          "synliggjorde karrieremuligheter for fagarbeidere.",
          ansvar="Spekter er ansvarlig for konferansen. Samarbeidspartnere er LO/Fagforbundet og YS/Delta."),
        R("T41", "Lærlingkonferanse for Spekters medlemsvirksomheter og LOs tillitsvalgte", ["2.3"], "A",
          "Spekter og LO", [], "Konferansen ble holdt 29. november 2018.",
          "Formålet var å motivere virksomhetene til å ta inn flere lærlinger og å dele erfaringer fra "
          "virksomheter som har lykkes med dette.",
          ansvar="Spekter og LO er i fellesskap ansvarlig for konferansen."),
        R("T42", "Felles arrangement med LO Stat under Arendalsuka 2018", ["2.2"], "A", "Spekter og LO Stat",
          [], "August 2018.",
          "Arrangementet rettet oppmerksomheten mot betydningen og verdien av fornyelse av ansattes "
          "kompetanse i statlige og offentlig eide virksomheter.",
          ansvar="Spekter og LO Stat står sammen bak arrangementet."),
        R("T62", "Dialogmøte med Spekters representanter i de faglige rådene", ["1.4"], "A", "Spekter",
          ["Spekters medlemsvirksomheter"], "To møter i 2018.",
          "Spekter samler sine representanter i faglige råd og SRY for å samordne innspill om "
          "tilbudsstruktur og læreplaner.",
          ansvar="Spekter er ansvarlig for tiltaket, med deltakere fra Spekters medlemsvirksomheter."),
        R("T06", "Deltakelse i partssammensatt arbeidsgruppe om digital kompetanse", ["2.1"], "R",
          "Kunnskapsdepartementet", ["Kompetanse Norge", "LO", "NHO", "Unio", "KS", "YS", "Akademikerne"],
          "Fra høsten 2017, avsluttes 2019.",
          "Spekter deltar i arbeidsgruppen som Kompetanse Norge har sekretariatet for. Gruppen skal "
          "identifisere behov for kompetanseutvikling som følge av digitalisering.",
          ansvar="Kunnskapsdepartementet står bak arbeidsgruppen, med Kompetanse Norge som sekretariat. "
                 "Øvrige deltakere er LO, NHO, Unio, KS, YS og Akademikerne."),
    ])

NFD19 = dict(
    key="NFD19", file="NFD_rapportering_kompetansepolitisk_strategi_2019.docx",
    reporter="Nærings- og fiskeridepartementet (NFD)", year=2019, template="nfd19_letter",
    rows=[
        R("T01", "Deltakelse i Kompetansebehovsutvalget", ["1.1"], "R", "KD",
          ["NFD", "KMD", "ASD", "FIN", "partene i arbeidslivet"], "2017–2021",
          "NFD er ett av departementene som deltar i KBU. Departementet bidrar med kunnskap om "
          "næringslivets omstilling og kompetansebehov."),
        R("T51", "Klyngeprogrammet Norwegian Innovation Clusters (Arena, NCE og GCE)", ["2.4"], "P", "NFD",
          ["KMD", "Innovasjon Norge", "SIVA", "Forskningsrådet"], "Løpende",
          "Klyngeprogrammet støtter samarbeid i næringsklynger. Kompetanseutvikling og samarbeid med "
          "utdanningsinstitusjoner er et av innsatsområdene klyngene kan få støtte til."),
        R("T53", "Evaluering av Arena-programmet", ["2.4"], "F", "Innovasjon Norge",
          ["Samfunnsøkonomisk analyse"], "2018–2019",
          "Evalueringen ser på hvilke resultater klyngene har hatt for bedriftene, herunder for "
          "kompetanseheving og samarbeid med FoU- og utdanningsmiljøer. Anbefalingene brukes i "
          "videreutviklingen av klyngeprogrammet."),
        R("T52", "Omstillingsmotoren", ["2.4"], "P", "NFD",
          ["Digital Norway", "iKuben", "Smart Innovation Norway", "Kongsberg-klyngen"], "2018–2020",
          "Utvalgte klyngemiljøer skal bruke sin kunnskap og erfaring til å gi små og mellomstore "
          "bedrifter et kompetanseløft på områder som er særlig viktige for omstilling, som "
          "digitalisering og automatisering."),
        R("T49", "Ekspertutvalg for etter- og videreutdanning", ["2.2"], "R", "KD", ["NFD", "ASD"],
          "Oppnevnt 2018, innstilling juni 2019",
          "NFD har deltatt i referansegruppen for utvalget som har vurdert hvordan næringslivet kan få "
          "tilgang på relevant etter- og videreutdanning. Utvalget la fram NOU 2019:12 Lærekraftig utvikling."),
        R("T50", "Kompetansereformen – innspill fra næringspolitikken", ["2.1", "2.2"], "F", "KD",
          ["NFD", "ASD"], "2019–2020",
          "NFD bidrar i arbeidet med stortingsmeldingen om kompetansereformen, blant annet med kunnskap "
          "om hvordan små og mellomstore bedrifter kan investere mer i kompetanse."),
    ])

TRONDELAG19 = dict(
    key="TRONDELAG19", file="Trondelag_fylkeskommune_tiltaksmatrise_2019.pdf",
    reporter="Trøndelag fylkeskommune", year=2019, template="trond19_landscape_matrix", via="reportlab",
    rows=[
        R("T16", "Kompetansestrategi for Trøndelag", ["1.2"], "P", "Trøndelag fylkeskommune",
          ["NHO Trøndelag", "LO i Trøndelag", "KS", "NAV Trøndelag", "Fylkesmannen", "NTNU",
           "Nord universitet"], "2019–2022",
          "Strategien er utarbeidet i partnerskap og skal gi en felles retning for kompetansearbeidet i "
          "fylket. Vedtatt i fylkestinget juni 2019."),
        R("T12", "Karrieresentrene i Trøndelag", ["1.3"], "P", "Trøndelag fylkeskommune",
          ["NAV", "kommunene"], "Løpende",
          "Karriere Trøndelag har sentre i Trondheim, Steinkjer, Orkdal og Røros og tilbyr gratis "
          "karriereveiledning til alle over 19 år."),
        R("T14", "Kvalitetsrammeverk for karriereveiledning – pilot", ["1.3"], "P", "Kompetanse Norge",
          ["Trøndelag fylkeskommune"], "2018–2019",
          "Karriere Trøndelag er pilotfylke for utprøving av det nasjonale kvalitetsrammeverket, med "
          "kompetansestandarder for veiledere og felles etiske retningslinjer."),
        R("T05", "Fleksible videreutdanningstilbud i digital kompetanse – NTNU og Nord", ["2.1"], "K",
          "Kompetanse Norge", ["NTNU", "Nord universitet", "Trøndelag fylkeskommune"], "2018–2020",
          "To utdanningsinstitusjoner i regionen har fått tilskudd til nettbaserte "
          "videreutdanningstilbud i digital kompetanse. Fylkeskommunen har bidratt med rekruttering av "
          "deltakere fra næringslivet."),
        R("T10", "Jenter og teknologi i Trøndelag", ["2.3"], "I", "NHO Trøndelag",
          ["NTNU", "Trøndelag fylkeskommune"], "2019",
          "Regional gjennomføring av den nasjonale kampanjen med besøk på ungdomsskoler og videregående skoler."),
        R("T23", "Forsøk med modulstrukturert opplæring for voksne", ["3.1"], "K", "Utdanningsdirektoratet",
          ["Trøndelag fylkeskommune", "NAV"], "2017–2021",
          "Trøndelag deltar i forsøket med lærefagene helsearbeider og barne- og ungdomsarbeider. Voksne "
          "tar fagbrev gjennom moduler som kan kombineres med arbeid eller arbeidsrettede tiltak."),
    ])

VOFO18 = dict(
    key="VOFO18", file="VOFO_tiltak_kompetansestrategien_2018.docx", reporter="VOFO", year=2018,
    template="vofo18_matrix_descrows",
    rows=[
        R("T64", "Styrking av VOFOs regionale tilstedeværelse", ["1.2"], "P", "VOFO",
          ["VOFO-regionene", "studieforbundene"], "2018–2020",
          "VOFO har slått sammen regionledd og ansatt regionkonsulenter for å bidra inn i regionale "
          "kompetansesamarbeid og synliggjøre sektoren overfor karriereveiledere."),
        R("T65", "Partnerskapsavtaler med fylkeskommunene", ["1.2"], "R", "VOFO", ["fylkeskommunene"],
          "Fra 2018",
          "VOFO-regionene inngår avtaler med fylkeskommunene om samarbeid om voksnes læring, og om "
          "studieforbundenes rolle i regionale kompetansestrategier."),
        R("T25", "Studieforbundenes rolle i forberedende voksenopplæring (FVO)", ["3.1"], "K",
          "Kompetanse Norge", ["VOFO", "studieforbundene", "fylkeskommuner"], "2017–2020",
          "VOFO har arbeidet for at studieforbundene kan være tilbydere i forsøket med forberedende "
          "voksenopplæring, blant annet gjennom innspill til forsøkets rammer."),
        R("T28", "Kompetansepluss frivillighet", ["3.2"], "K", "Kompetanse Norge",
          ["studieforbundene", "frivillige organisasjoner"], "Løpende",
          "Tilskuddsordningen gir frivillige organisasjoner midler til kurs i grunnleggende ferdigheter "
          "for voksne. Studieforbundene er blant de største søkerne."),
        R("T30", "Promotering av Kompetanseplussordningene", ["3.2"], "I", "VOFO", ["studieforbundene"], "2018",
          "Informasjonsprosjekt rettet mot studieforbund og medlemsorganisasjoner for å øke søkningen "
          "til Kompetansepluss frivillighet og Kompetansepluss arbeid."),
        R("T29", "Evaluering av Kompetansepluss frivillighet", ["3.2"], "F", "VOFO",
          ["frivillig sektor", "Kompetanse Norge"], "2018–2019",
          "VOFO har tatt initiativ til en evaluering av hvordan ordningen virker for deltakerne og for de "
          "frivillige organisasjonene, som grunnlag for innspill til videreutvikling."),
    ])

REPORTS = [NHO18, LO19, AKAD19, SPEKTER18, NFD19, TRONDELAG19, VOFO18]
