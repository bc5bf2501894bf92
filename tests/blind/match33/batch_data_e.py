# -*- coding: utf-8 -*-
"""Files 17-20: Regjeringen 2024 (nn), HK-dir 2024, KS 2025, Nordland 2025."""
from batch_common import M, KURS, PROSJ, RAAD, FOU, ARR, ANNET

FILES_E = [
    # ------------------------------------------------------------------ 17
    dict(
        file="2024_Regjeringen_rapport_nn.docx", reporter="Regjeringen", year=2024, fmt="docx", lang="nn",
        made_with="python-docx",
        layout="nn_delmal_code_headings_crossref_stubs",
        layout_desc=("the government's report in nynorsk: Heading 1 per hovudinnsatsområde, Heading 2 'Delmål x.y' "
                     "(code only) for all 16, 'Ingen nye tiltak i 2024.' under empty ones; each measure a Heading 3 "
                     "title, one fact paragraph of short sentences 'Ansvarleg: KD. Samarbeid: … Tidsrom: … Type: …' "
                     "and the text; a measure with two delmål is written out under the first and only referred to "
                     "under the second with a stub line '<title> – sjå omtale under delmål x.y.' (no new row, adds "
                     "the delmål); closing 'Samla talet på tiltak: 9'"),
        not_measures="intro, 'Ingen nye tiltak i 2024.' lines, the cross-reference stubs, closing count line",
        measures=[
            M("T01", "Kompetansebehovsutvalet (KBU) – nytt mandat", ["1.1"], RAAD, "Råd/utval", "KD",
              ["partane i arbeidslivet", "forskarar"], "2023–2026",
              "Utvalet fekk nytt mandat og ny samansetjing i 2023, og skal leggje fram ein ny hovudrapport i "
              "2025."),
            M("T10", "karriereveiledning.no", ["1.3"], ANNET, "Teneste", "KD", ["HK-dir"], "Løpande",
              "Den digitale karriererettleiingstenesta er vidareutvikla med rettleiing for vaksne i omstilling. "
              "HK-dir driv tenesta."),
            M("T04", "Samfunnskontrakt for fleire læreplassar og kvalifisert arbeidskraft", ["1.4", "2.3"], ANNET,
              "Avtale", "KD", ["partane i arbeidslivet", "KS", "fylkeskommunane"], "2022–2026",
              "Kontrakten er følgd opp med ei midtvegsvurdering i 2024. Talet på godkjende lærekontraktar aukar."),
            M("T17", "Kompetanseløft 2025", ["1.4"], ANNET, "Plan", "HOD", ["KS", "Helsedirektoratet"],
              "2021–2025",
              "Regjeringa sin plan for rekruttering, kompetanse og fagutvikling i den kommunale helse- og "
              "omsorgstenesta."),
            M("T06", "Bransjeprogramma for kompetanseutvikling", ["2.1", "2.4"], KURS, "Kurs/utdanning", "KD",
              ["ASD", "HK-dir", "partane i arbeidslivet"], "2019–",
              "Det er no 19 bransjeprogram. Ordninga er gjord permanent, og fleire bransjar er tekne inn i 2024."),
            M("T05", "Fagbrev på jobb", ["3.1"], KURS, "Kurs/utdanning", "KD", ["fylkeskommunane", "Udir"],
              "Løpande",
              "Ordninga er vidareført. Den nye opplæringslova gjev vaksne rett til å ta fagbrev."),
            M("RG1", "Rett til vidaregåande opplæring for vaksne i ny opplæringslov", ["3.1"], ANNET, "Lovendring",
              "KD", ["fylkeskommunane"], "Frå 1. august 2024",
              "Vaksne som har fullført vidaregåande opplæring, får rett til å ta eit nytt fag- eller sveinebrev."),
            M("T08", "Kompetanseprogrammet (tidlegare Kompetansepluss)", ["3.2", "3.6"], ANNET, "Tilskotsordning",
              "KD", ["HK-dir", "frivillige organisasjonar"], "Løpande",
              "Tilskot til opplæring i grunnleggjande ferdigheiter på arbeidsplassen og i frivillig sektor."),
            M("T26", "IA-avtalen 2024–2028", ["3.3"], ANNET, "Avtale", "ASD", ["partane i arbeidslivet"],
              "2024–2028",
              "Den nye avtalen vidarefører samarbeidet om eit inkluderande arbeidsliv og har kompetanse som eitt "
              "av verkemidla."),
        ],
    ),
    # ------------------------------------------------------------------ 18
    dict(
        file="2024_HKdir_rapport.pdf", reporter="HK-dir", year=2024, fmt="pdf", lang="nb",
        made_with="reportlab",
        layout="cover_overview_shortnames_detail_sections",
        layout_desc=("HK-dir report: cover page, 'Oversikt over tiltakene' table on page 2 with SHORT names and a "
                     "status column (one line 'Oppfølging av kompetansereformen – avsluttet 2023' has no section "
                     "and is not a measure), then one numbered section per measure whose heading is the full "
                     "title (typed number stripped), a borderless key/value grid (Kobling til NKPS / Kategori / "
                     "Tiltakseier / Involverte / Tidsrom) and a 'Beskrivelse' paragraph; header 'HK-dir' and "
                     "footer 'Side n'"),
        not_measures="cover, overview table (short names; the 'avsluttet 2023' line), section numbers, header/footer",
        measures=[
            M("T10", "Karriereveiledning.no – chat, telefon og nettside", ["1.3"], ANNET, "Digital tjeneste",
              "HK-dir", ["KD", "NAV", "fylkeskommunene"], "2019–",
              "Tjenesten hadde 38 000 veiledningssamtaler i 2024. En ny funksjon for voksne i omstilling ble "
              "lansert i mars.", dm="Delmål 1.3", short="Karriereveiledning.no", status="Videreført"),
            M("T18", "Kvalitetsrammeverket for karriereveiledning", ["1.3"], PROSJ, "Utviklingsprosjekt", "HK-dir",
              ["fylkeskommunene", "Udir"], "2017–",
              "Rammeverket er revidert med en egen del om karriereveiledning i NAV og i høyere utdanning.",
              dm="Delmål 1.3", short="Kvalitetsrammeverket", status="Videreført"),
            M("H1", "Kompetansebehov i regionene 2024", ["1.2"], FOU, "Analyse", "HK-dir", ["fylkeskommunene"],
              "Årlig",
              "Oppdaterte analyser for alle fylker, nå med framskrivinger av tilbud og etterspørsel etter "
              "fagarbeidere.", dm="Delmål 1.2", short="Regionale analyser", status="Videreført"),
            M("T12", "Tilskuddsordning for fleksible utdanningstilbud", ["2.1", "2.4"], KURS, "Utdanning",
              "HK-dir", ["universiteter og høyskoler", "fagskoler"], "2018–",
              "Ordningen finansierte 63 nye tilbud i 2024, flest innen helse, teknologi og bærekraft.",
              dm="Delmål 2.1 og 2.4", short="Fleksible utdanningstilbud", status="Videreført"),
            M("T07", "Følgeevaluering av bransjeprogrammene", ["2.2"], FOU, "Evaluering", "HK-dir",
              ["Oslo Economics", "Fafo"], "2022–2025",
              "Evalueringen ser på om programmene når målgruppene og hva deltakerne får ut av tilbudene. "
              "Delrapport 2 kom i 2024.", dm="Delmål 2.2", short="Evaluering bransjeprogram", status="Pågår"),
            M("T08", "Kompetanseprogrammet", ["3.2"], ANNET, "Tilskuddsordning", "HK-dir",
              ["virksomheter", "frivillige organisasjoner"], "Løpende",
              "Om lag 9 000 deltakere fikk opplæring i grunnleggende ferdigheter gjennom ordningen i 2024.",
              dm="Delmål 3.2", short="Kompetanseprogrammet", status="Videreført"),
            M("H2", "Evaluering av Kompetanseprogrammet", ["3.2"], FOU, "Evaluering", "HK-dir", ["NIFU"],
              "2024–2025",
              "NIFU evaluerer om ordningen når voksne med svake grunnleggende ferdigheter, og hvilke effekter "
              "opplæringen har.", dm="Delmål 3.2", short="Evaluering Kompetanseprogrammet", status="Ny"),
        ],
    ),
    # ------------------------------------------------------------------ 19
    dict(
        file="2025_KS_rapport.pdf", reporter="KS", year=2025, fmt="pdf", lang="nb",
        made_with="reportlab",
        layout="landscape_table_total_row_footnoted_goal_om_tiltakene",
        layout_desc=("KS report (Word look, landscape): table Nr | Tiltak | Delmål | Type | Ansvarlig | Partnere | "
                     "Periode | Status with the header repeated on page 2 and a closing 'Totalt: 7 tiltak' row; one "
                     "Delmål cell '1.4¹' whose footnote under the table adds a second delmål; then 'Om tiltakene' "
                     "repeats each title in bold with its description (each measure counts once)"),
        not_measures="intro, 'Totalt: 7 tiltak' row, footnote, the second printing of each title in 'Om tiltakene'",
        measures=[
            M("T09", "Nasjonalt forum for karriereveiledning", ["1.3"], RAAD, "Nettverk", "HK-dir",
              ["KS", "NAV", "fylkeskommunene"], "Løpende",
              "KS deltar i forumet og har i 2025 særlig tatt opp karriereveiledning for ansatte i kommunene.",
              dm="1.3", status="Videreført"),
            M("T23", "Menn i helse – nasjonal videreføring", ["3.3"], PROSJ, "Prosjekt", "KS",
              ["NAV", "kommunene", "HK-dir"], "2016–2026",
              "Programmet er utvidet til 200 kommuner. Fra 2025 finansieres det over statsbudsjettet som en fast "
              "ordning.", dm="3.3", status="Videreført"),
            M("T17", "Kompetanseløft 2025 – kommunenes oppfølging", ["1.4"], ANNET, "Plan", "KS",
              ["HOD", "Helsedirektoratet", "Statsforvalteren"], "2021–2025",
              "KS har hjulpet kommunene å bruke midlene i planen til kompetanseplaner og videreutdanning i helse- "
              "og omsorgstjenesten. Planen avsluttes i 2025.", dm="1.4", status="Avsluttes 2025"),
            M("K2", "Bli lærling i kommunen 2025", ["2.3"], ANNET, "Kampanje", "KS",
              ["kommunene", "fylkeskommunene"], "2025",
              "Kampanjen er gjennomført for sjette gang, nå også med egne filmer for voksne som vil ta fagbrev.",
              dm="2.3", status="Videreført"),
            M("T04", "Samfunnskontrakten for flere læreplasser og kvalifisert arbeidskraft", ["1.4", "2.3"], ANNET,
              "Avtale", "KD", ["KS", "partene i arbeidslivet", "fylkeskommunene"], "2022–2026",
              "Kommunesektoren har økt antall lærlinger med 9 prosent siden 2022. KS følger opp kommunene med "
              "statistikk og veiledning.", dm="1.4¹", status="Pågår",
              footnote="Tiltaket bidrar også til delmål 2.3."),
            M("K1", "KS Læring", ["2.1"], ANNET, "Digital plattform", "KS", ["kommunene"], "Løpende",
              "Plattformen har fått nye kurs i bruk av kunstig intelligens i kommunal forvaltning.", dm="2.1",
              status="Videreført"),
            M("KS4", "Heltidskultur og kompetanse – nettverk for kommuner", ["2.2"], RAAD, "Nettverk", "KS",
              ["Fagforbundet", "NSF", "Delta"], "2024–2026",
              "Nettverk der kommuner arbeider med heltid og kompetanseplanlegging i helse- og omsorgstjenestene.",
              dm="2.2", status="Ny"),
        ],
    ),
    # ------------------------------------------------------------------ 20
    dict(
        file="2025_Nordland_handlingsprogram.docx", reporter="Nordland fylkeskommune", year=2025, fmt="docx",
        lang="nb", made_with="python-docx",
        layout="county_action_programme_own_numbers_budget",
        layout_desc=("extract of the county's 'Handlingsprogram for kompetanse 2025–2026': one table per own "
                     "satsingsområde with columns Nr. (own numbers 1.1, 2.1 … that look like delmål codes) | "
                     "Tiltak (bold title + text in one cell) | Hvordan (type as a phrase: 'Gjennom nettverk', "
                     "'Som tilskudd') | Ansvar | Samarbeid | Tidsrom | Kr (1000) | Kobling til NKPS ('Karriere"
                     "veiledning (delmål 1.3)'); a 'Sum' row per table and a row marked 'Ikke NKPS-tiltak' "
                     "(administration) are not measures"),
        not_measures="intro, own plan numbers, Sum rows, the 'Administrasjon og evaluering' row (Ikke NKPS-tiltak)",
        measures=[
            M("NL1", "Regional kompetanseplan for Nordland 2025–2028", ["1.2"], ANNET, "Gjennom planarbeid",
              "Nordland fylkeskommune", ["Kompetanseforum Nordland"], "2025–2028",
              "Planen ble vedtatt i fylkestinget i april 2025 og erstatter kompetansestrategien fra 2019.",
              dm="Regionalt samarbeid (delmål 1.2)", no="1.1", amount="450"),
            M("NL2", "Kompetanseforum Nordland", ["1.2"], RAAD, "Gjennom nettverk", "Nordland fylkeskommune",
              ["NHO Nordland", "LO Nordland", "KS Nordland", "Nord universitet", "NAV Nordland"], "Løpende",
              "Forumet møtes fire ganger i året og følger opp planen.",
              dm="Regionalt samarbeid (delmål 1.2)", no="1.2", amount="200"),
            M("NL3", "Karriere Nordland – veiledning i hele fylket", ["1.3"], ANNET, "Som tjeneste",
              "Nordland fylkeskommune", ["NAV Nordland", "kommunene"], "2025–2026",
              "Karrieresenteret gir veiledning i Bodø, Mo i Rana og Narvik, og digitalt til resten av fylket.",
              dm="Karriereveiledning (delmål 1.3)", no="2.1", amount="6 800"),
            M("NL4", "Desentraliserte utdanningstilbud gjennom studiesentrene", ["2.4"], KURS,
              "Som utdanningstilbud", "Nordland fylkeskommune",
              ["Nord universitet", "studiesentrene", "Fagskolen i Nordland"], "2025–2026",
              "Tilskudd til studiesentre som henter inn desentraliserte tilbud etter behovene i lokalt "
              "arbeidsliv.", dm="Kompetansebehov i virksomheter koblet til tilbydere (delmål 2.4)", no="3.1",
              amount="3 500"),
            M("NL5", "Bedriftsintern opplæring (BIO) i Nordland", ["2.4"], ANNET, "Som tilskudd",
              "Nordland fylkeskommune", ["bedrifter"], "2025",
              "Tilskudd til opplæring i bedrifter som står i omstilling, med prioritet for industri og havbruk.",
              dm="Kompetansebehov i virksomheter koblet til tilbydere (delmål 2.4)", no="3.2", amount="5 000"),
            M("NL6", "Fagskoleutdanning i havbruk for voksne", ["3.1"], KURS, "Som utdanningstilbud",
              "Fagskolen i Nordland", ["Sjømat Norge", "havbruksnæringen"], "2025–2027",
              "Samlingsbasert fagskoletilbud for voksne som arbeider i havbruksnæringen.",
              dm="Fleksibel opplæring for voksne (delmål 3.1)", no="3.3", amount="1 200"),
        ],
    ),
]
