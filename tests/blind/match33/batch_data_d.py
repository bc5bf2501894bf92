# -*- coding: utf-8 -*-
"""Files 13-16: Spekter 2022, Unio 2022, NHO 2023, Vestland 2023 (nn)."""
from batch_common import M, KURS, PROSJ, RAAD, FOU, ARR, ANNET

FILES_D = [
    # ------------------------------------------------------------------ 13
    dict(
        file="2022_Spekter_rapport.docx", reporter="Spekter", year=2022, fmt="docx", lang="nb",
        made_with="python-docx (+ numPr on Heading 2)",
        layout="letterhead_numbered_h2_horizontal_fact_table_planned",
        layout_desc=("Spekter Word report on its letterhead (logo text header, 'Oslo, 30. september 2022' and page "
                     "field in the footer): Heading 2 titles numbered by Word list numbering (number not in the "
                     "text), under each a two-row table with a shaded label row Delmål | Type | Ansvar | Partnere | "
                     "Periode and the values row, then the description; delmål written '1.4 + 2.3'; a "
                     "'Planlagt, ikke startet' section with two bullets and a 'Kontakt' paragraph are not measures"),
        not_measures="intro, 'Planlagt, ikke startet' bullets (two ideas for 2023), 'Kontakt', letterhead",
        measures=[
            M("S1", "Møteplass lærebedrifter 2022", ["1.4", "2.3"], ARR, "Arrangement", "Spekter",
              ["medlemsvirksomhetene", "opplæringskontorene"], "9. mars 2022",
              "Årets møteplass ble holdt digitalt med 140 deltakere. Tema var kvalitet i læretiden og "
              "rekruttering til helsefagarbeiderfaget.", dm="1.4 + 2.3"),
            M("S2", "Søkekonferanse om Kompetanseprogrammet (tidligere KompetansePluss)", ["3.2"], ARR,
              "Konferanse", "Spekter", ["HK-dir"], "September 2022",
              "Konferansen om ordningen er videreført under det nye navnet. Tre medlemsvirksomheter fortalte om "
              "egne opplæringsprosjekter.", dm="3.2"),
            M("S3", "Spekters HR-direktørnettverk", ["2.2"], RAAD, "Nettverk", "Spekter", ["medlemsvirksomhetene"],
              "Løpende siden 2016",
              "Nettverket hadde kompetansestrategi og livslang læring som tema på to av fire møter i 2022.",
              dm="2.2"),
            M("T04", "Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft (2022–2026)",
              ["1.4", "2.3"], ANNET, "Avtale", "KD", ["partene i arbeidslivet", "KS", "fylkeskommunene"],
              "2022–2026",
              "Ny kontrakt inngått i 2022. Spekter har forpliktet seg til å oppfordre medlemsvirksomhetene til å "
              "ta inn flere lærlinger og legge til rette for fagbrev for voksne.", dm="1.4 + 2.3"),
            M("T02", "Spekters plass i SRY", ["1.4"], RAAD, "Råd", "KD",
              ["Spekter", "LO", "NHO", "KS", "Virke", "YS", "Unio"], "Løpende",
              "Spekter har én representant i Samarbeidsrådet for yrkesopplæring og prioriterer helse- og "
              "oppvekstfag.", dm="1.4"),
            M("S6", "Trepartssamarbeid om kompetanse i spesialisthelsetjenesten", ["2.2"], ANNET,
              "Trepartssamarbeid", "Helse- og omsorgsdepartementet",
              ["Spekter", "LO", "Unio", "YS", "Akademikerne", "de regionale helseforetakene"], "2021–2024",
              "Samarbeidet skal sikre riktig kompetanse i sykehusene, blant annet gjennom bedre bruk av "
              "fagarbeidere og videreutdanning av sykepleiere.", dm="2.2"),
            M("S7", "Fagskolekonferanse for spesialisthelsetjenesten", ["2.3"], ARR, "Konferanse", "Spekter",
              ["Fagforbundet", "Delta"], "November 2022",
              "Konferansen satte søkelys på fagskoleutdanning for helsefagarbeidere i sykehusene og viste fram "
              "karriereveier for fagarbeidere.", dm="2.3"),
        ],
    ),
    # ------------------------------------------------------------------ 14
    dict(
        file="2022_Unio_rapport.pdf", reporter="Unio", year=2022, fmt="pdf", lang="nb",
        made_with="reportlab",
        layout="portrait_table_goal_words_split_row_empty_row",
        layout_desc=("Unio report exported from Word: portrait table Tiltak | Beskrivelse | Mål i strategien | "
                     "Ansvar | Samarbeid | Tid | Type with small font; the goal column gives only short wordings of "
                     "the delmål (several separated by ';'); an empty row is left between rows 3 and 4; the last "
                     "row's description is split over the page break and the header row is repeated on page 2; "
                     "closing sentence and footer are not measures"),
        not_measures="intro, the empty row, closing sentence about other councils, page header/footer",
        measures=[
            M("T04", "Samfunnskontrakten for kvalifisert arbeidskraft", ["1.4", "2.3"], ANNET, "Avtale", "KD",
              ["partene", "KS", "fylkeskommunene"], "2022–2026",
              "Unio har signert den nye kontrakten og vil særlig følge opp læreplasser i helse- og "
              "oppvekstfagene.",
              dm="Samarbeid mellom utdanningstilbydere og arbeidslivet; karrieremuligheter i yrkesfagene"),
            M("T21", "Unios deltakelse i RSA", ["1.4"], RAAD, "Råd", "Universiteter og høyskoler",
              ["Unio-forbundene"], "Løpende",
              "Unio-forbundene har plass i rådene for samarbeid med arbeidslivet ved 14 institusjoner og bidrar "
              "til relevante profesjonsutdanninger.", dm="Samarbeid mellom utdanningstilbydere og arbeidslivet"),
            M("S6", "Trepartssamarbeidet om kompetanse i sykehusene", ["2.2"], ANNET, "Samarbeid", "HOD",
              ["Spekter", "LO", "YS", "Akademikerne", "Unio"], "2021–2024",
              "Norsk Sykepleierforbund representerer Unio i samarbeidet, som skal gi bedre planlegging av "
              "kompetanse i spesialisthelsetjenesten.", dm="Kunnskapsgrunnlaget om læring i arbeidslivet"),
            M("UN1", "Kurs for tillitsvalgte om kompetanseplaner", ["2.2"], KURS, "Kurs", "Unio",
              ["Unio-forbundene"], "2022–2023",
              "Kurs for hovedtillitsvalgte om hvordan de kan kreve og følge opp kompetanseplaner i kommuner og "
              "sykehus.", dm="Verdien av å investere i kompetanseutvikling"),
            M("UN2", "Finansiering av etter- og videreutdanning – utredning", ["2.2"], FOU, "Utredning", "Unio",
              ["Proba samfunnsanalyse"], "2022",
              "Utredningen sammenligner modeller for finansiering av etter- og videreutdanning og ser på hva de "
              "betyr for arbeidstakere i offentlig sektor.",
              dm="Kunnskapsgrunnlaget om læring i arbeidslivet"),
            M("UN3", "Rapport om kompetanseheving for helsepersonell", ["2.2"], FOU, "Rapport", "Unio",
              ["Ny Analyse"], "2022",
              "Rapporten ser på utfordringer og muligheter for kompetanseheving blant sykepleiere, jordmødre, "
              "fysioterapeuter og bioingeniører, og på hvordan arbeidsgiverne kan legge bedre til rette for "
              "videreutdanning i turnus. Unio vil bruke funnene i lønnsoppgjøret og i dialogen med "
              "helseforetakene om kompetanseplaner.",
              dm="Kunnskapsgrunnlaget om læring i arbeidslivet", split=True),
        ],
    ),
    # ------------------------------------------------------------------ 15
    dict(
        file="2023_NHO_notat.docx", reporter="NHO", year=2023, fmt="docx", lang="nb",
        made_with="python-docx",
        layout="two_column_table_unlabelled_fact_stack",
        layout_desc=("NHO memo: Til/Fra/Dato lines, intro, then one two-column table: left header 'Tiltak', right "
                     "header 'Delmål · type · ansvar · partnere · periode'; each row has the bold title and the "
                     "description in the left cell, and five UNLABELLED short lines in that fixed order in the "
                     "right cell ('–' when there are no partners); after the table 'Avsluttet i 2022 (rapporteres "
                     "ikke)' names two earlier activities that are not measures"),
        not_measures="memo header, intro, 'Avsluttet i 2022 (rapporteres ikke)' list",
        measures=[
            M("N1", "NHOs kompetansebarometer 2023", ["2.2"], FOU, "FoU", "NHO", ["NIFU"], "Årlig",
              "Seks av ti medlemsbedrifter melder om udekket kompetansebehov. HK-dir bruker barometeret i de "
              "regionale analysene.", dm="Delmål 2.2"),
            M("N3", "Jenter og teknologi", ["2.3"], ANNET, "Kampanje", "NHO",
              ["LO", "Nasjonalt senter for realfagsrekruttering"], "2016–",
              "Kampanjen er videreført med besøk på ungdomsskoler i alle fylker og rollemodeller fra "
              "teknologibedrifter.", dm="Delmål 2.3"),
            M("N2", "Matindustriens kompetanseløft – fase 2", ["2.1"], PROSJ, "Prosjekt", "NHO Mat og Drikke",
              ["NNN", "Sjømat Norge"], "2022–2024",
              "Ny fase med vekt på automatisering, fagbrev for voksne og kortere moduler for ansatte uten "
              "fagbrev.", dm="Delmål 2.1"),
            M("T04", "Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft 2022–2026",
              ["1.4", "2.3"], ANNET, "Avtale", "KD", ["partene", "fylkeskommunene"], "2022–2026",
              "NHO arbeider for at flere bedrifter skal bli lærebedrifter, og for at voksne skal kunne ta fagbrev "
              "gjennom arbeid.", dm="Delmål 1.4 og 2.3"),
            M("T02", "NHO i Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4"], RAAD, "Råd/utvalg", "KD",
              ["hovedorganisasjonene"], "Løpende",
              "NHO leder SRY i perioden 2022–2024 og har prioritert tilbudsstrukturen og dimensjoneringen av "
              "læreplasser.", dm="Delmål 1.4"),
            M("T13", "Nasjonalt fagskoleråd", ["1.4"], RAAD, "Råd/utvalg", "KD",
              ["NHO", "LO", "Unio", "fagskolene"], "2021–",
              "NHO har en representant i rådet, som gir råd om utviklingen av fagskolesektoren.",
              dm="Delmål 1.4"),
            M("N5", "Skatteinsentiv for kompetanse i bedrifter – utredning", ["2.2"], FOU, "Utredning", "NHO",
              ["Samfunnsøkonomisk analyse"], "2023",
              "Utredningen beskriver to alternative modeller for skattefradrag for bedriftenes kostnader til "
              "opplæring av ansatte.", dm="Delmål 2.2"),
        ],
    ),
    # ------------------------------------------------------------------ 16
    dict(
        file="2023_Vestland_rapport.docx", reporter="Vestland fylkeskommune", year=2023, fmt="docx", lang="nn",
        made_with="python-docx",
        layout="nn_fact_line_above_title",
        layout_desc=("nynorsk county report: Heading 1 per hovudinnsatsområde (nynorsk wording); each measure "
                     "opens with a small grey fact line ABOVE its Heading 2 title ('Delmål 1.3 • Teneste • "
                     "Ansvarleg: … • Partnarar: … • 2020–'), followed by the text; one description is split by a "
                     "page break; 'Vidare arbeid' and 'Kontakt' close the report"),
        not_measures="intro, area headings, 'Vidare arbeid', 'Kontakt'",
        measures=[
            M("VL1", "Karriere Vestland", ["1.3"], ANNET, "Teneste", "Vestland fylkeskommune",
              ["NAV Vestland", "kommunane"], "2020–",
              "Karriere Vestland har opna eit nytt kontor i Odda og tilbyr no rettleiing på fleire språk. Om lag "
              "5 200 vaksne fekk rettleiing i 2023.", dm="Delmål 1.3"),
            M("VL2", "Kompetanseforum Vestland – nytt mandat", ["1.2"], RAAD, "Forum", "Vestland fylkeskommune",
              ["partane i arbeidslivet", "HVL", "UiB", "NAV Vestland", "Statsforvaltaren"], "2023–2026",
              "Forumet har fått nytt mandat og skal følgje opp den regionale planen for kompetanse og "
              "arbeidskraft.", dm="Delmål 1.2"),
            M("VL7", "Handlingsprogram for kompetanse og arbeidskraft 2023–2024", ["1.2", "1.4"], ANNET,
              "Handlingsprogram", "Vestland fylkeskommune", ["Kompetanseforum Vestland"], "2023–2024",
              "Det første handlingsprogrammet til den regionale planen har 24 tiltak fordelte på fem "
              "innsatsområde.", dm="Delmål 1.2 og 1.4"),
            M("VL5", "Helsefagarbeidar for minoritetsspråklege – vidareført", ["3.4", "3.5"], KURS, "Opplæring",
              "Vestland fylkeskommune", ["NAV", "kommunane"], "2020–2024",
              "Modellen er no teken i bruk i tolv kommunar. 38 deltakarar tok fagbrev i 2023, og fleire kommunar "
              "har meldt interesse for neste opptak.", dm="Delmål 3.4 og 3.5", split=True),
            M("VL8", "Fagbrev på jobb i Vestland", ["3.1"], KURS, "Opplæring", "Vestland fylkeskommune",
              ["opplæringskontora", "bedrifter"], "2022–",
              "Fylkeskommunen har auka talet på vaksne som tek fagbrev på jobb, særleg i helse- og oppvekstfag og "
              "industrifag.", dm="Delmål 3.1"),
            M("VL9", "Bedriftsintern opplæring (BIO) i Vestland", ["2.4"], ANNET, "Tilskot",
              "Vestland fylkeskommune", ["bedrifter", "NAV Vestland"], "2023",
              "Fylkeskommunen forvaltar BIO-midlane og prioriterer bedrifter i omstilling. 41 bedrifter fekk "
              "tilskot i 2023.", dm="Delmål 2.4"),
        ],
    ),
]
