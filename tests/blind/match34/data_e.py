# -*- coding: utf-8 -*-
"""Files 17-20: NHO 2023, Regjeringen 2023, KS 2024, NAV 2024."""
from batch_common import M

FILES = []

# ---------------------------------------------------------------- 17 NHO 2023
FILES.append(dict(
    file="2023_NHO_tiltak.docx", reporter="NHO", year=2023, fmt="docx", lang="nb",
    render="nho2023", made_with="python-docx (landscape section, repeated header row)",
    layout="landscape_table_no_goal_column_ny_videreført_goal_to_numbers_table",
    layout_desc=("NHO Word report, landscape: one table Nr. | Tiltak | Kort beskrivelse | Ny/videreført | Ansvar | "
                 "Partnere | Periode | Kategori with a repeated header row; there is NO delmål column – the goals are "
                 "only in a second small table 'Tabell 2 Kobling til delmål' that lists, per delmål code, the numbers "
                 "of the measures ('1, 4'); 'Ny/videreført' is NHO's own marking (not the ground truth of continues); "
                 "intro and a closing 'Om tallene' paragraph are not measures"),
    intro=[
        "NHO rapporterer her sine tiltak for 2023. Tabell 1 viser tiltakene. Hvilke delmål tiltakene "
        "følger opp, står i tabell 2.",
    ],
    closing=("Om tallene: Kompetansebarometeret 2023 bygger på svar fra 5 300 medlemsbedrifter. Tallene for "
             "læreplasser er hentet fra Utdanningsdirektoratet."),
    measures=[
        M("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Utvalg",
          "KD", ["NHO", "LO", "YS", "Unio", "Akademikerne", "Virke", "Spekter", "KS"], "2023–2026",
          "Utvalget er videreført med nytt mandat og nye medlemmer. NHO deltar fortsatt.", mark="Videreført"),
        M("T02", "SRY", ["1.4", "2.3"], "Råd",
          "KD", ["NHO", "LO", "KS", "Virke", "Spekter", "YS", "Unio"], "Løpende",
          "NHO leder SRY i perioden 2022–2024.", mark="Videreført"),
        M("T05", "Ny samfunnskontrakt (2022–2026)", ["2.3"], "Avtale",
          "KD", ["NHO", "LO", "KS", "Virke", "Spekter", "YS", "Unio"], "2022–2026",
          "Landsforeningene har egne mål for læreplasser, og NHO rapporterer samlet til kontraktens "
          "styringsgruppe.", mark="Ny"),
        M("T08", "Bransjeprogram – industri, bygg og reiseliv", ["2.4"], "Program",
          "KD", ["NHO", "LO", "HK-dir"], "2020–2025",
          "NHO-foreningene prioriterer tilbud i programmene sammen med LO-forbundene.", mark="Videreført"),
        M("T16", "Fagskolerådet", ["1.4"], "Råd",
          "KD", ["NHO", "LO", "Virke", "KS", "fagskolene"], "2020–",
          "NHO har plass i Nasjonalt fagskoleråd og arbeider for flere fagskoleplasser innen teknikk.",
          mark="Ny"),
        M("N1", "NHOs kompetansebarometer 2023", ["2.2"], "Undersøkelse",
          "NHO", ["NIFU"], "2023",
          "Seks av ti bedrifter melder om udekket kompetansebehov, flest etter fagarbeidere.",
          mark="Videreført"),
        M("N3", "Matindustriens kompetanseløft – fase 2", ["1.4", "2.1"], "Prosjekt",
          "NHO Mat og Drikke", ["Fellesforbundet", "NHO Service og Handel", "fagskolene"], "2022–2024",
          "Andre fase retter seg mot automasjon og digital produksjon og gir bedriftene tilgang til "
          "fagskolemoduler.", mark="Videreført"),
        M("N4", "Nettverk for HR- og kompetanseledere", ["2.2"], "Nettverk",
          "NHO", [], "2023–",
          "Et nytt nettverk der HR-ledere i medlemsbedriftene møtes fire ganger i året.", mark="Ny"),
    ],
))

# ---------------------------------------------------------------- 18 Regjeringen 2023
FILES.append(dict(
    file="2023_Regjeringen_notat.pdf", reporter="Regjeringen", year=2023, fmt="pdf", lang="nb",
    render="regj2023", made_with="reportlab (platypus, real footnotes at page foot)",
    layout="ministry_note_two_column_tables_per_area_stacked_labels_dept_count",
    layout_desc=("ministry note 'Oppfølging av Nasjonal kompetansepolitisk strategi 2023' printed to PDF: letterhead "
                 "line 'Det kongelige kunnskapsdepartement', 'Tabell 1 Antall tiltak per departement' (counts and "
                 "Sum – not measures), then per hovedinnsatsområde a two-column table 'Tiltak og status' (bold title + "
                 "status text) | 'Fakta' (stacked labels Dep.: / Delmål: / Virkemiddel: / Med: / Periode:), header "
                 "repeated when the table of area 2 breaks onto the next page; two titles carry footnote numbers whose "
                 "texts are at the page foot; 'Avsluttede tiltak' paragraph at the end names earlier measures (not "
                 "measures)"),
    letterhead="Det kongelige kunnskapsdepartement",
    intro=[
        "Notatet gir en samlet oversikt over regjeringens tiltak i 2023. Tiltakene er ordnet etter "
        "strategiens tre hovedinnsatsområder. Ansvarlig departement står i faktakolonnen.",
    ],
    ended=("Avsluttede tiltak: Kompetanseløft 2020 og forsøket med modulstrukturert opplæring for voksne er "
           "avsluttet og rapporteres ikke lenger."),
    areas=[("1", [0, 1, 2]), ("2", [3, 4, 5, 6, 7]), ("3", [8, 9])],
    measures=[
        M("T01", "Kompetansebehovsutvalget – nytt mandat fra 2023", ["1.1"], "Utvalg",
          "KD", ["ASD", "NFD", "partene i arbeidslivet", "HK-dir"], "2023–2026",
          "Utvalget er videreført med et nytt mandat som legger mer vekt på regionale kompetansebehov.",
          dm="1.1"),
        M("T05", "Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft 2022–2026", ["1.4", "2.3"],
          "Avtale", "KD", ["partene i arbeidslivet", "fylkeskommunene"], "2022–2026",
          "Kontrakten ble signert i juni 2022. Det er satt mål om økt andel som får læreplass og "
          "flere voksne med fagbrev.", dm="1.4 og 2.3", note="Signert 22. juni 2022."),
        M("G2", "Kompetansereformen Lære hele livet – oppfølging", ["2.2", "2.4", "3.1"], "Reform",
          "KD", ["ASD", "NFD", "partene i arbeidslivet"], "2020–",
          "Reformen følges opp gjennom bransjeprogrammene, fleksible utdanningstilbud og bedre "
          "muligheter for voksne til å ta videregående opplæring.", dm="2.2, 2.4 og 3.1"),
        M("T08", "Bransjeprogram for kompetanseutvikling", ["2.4"], "Program",
          "KD", ["partene i arbeidslivet", "HK-dir"], "2020–",
          "Det var 13 bransjeprogrammer i 2023. Regjeringen har foreslått å videreføre ordningen.",
          dm="2.4"),
        M("T09", "Følgeevaluering av bransjeprogrammene", ["2.2"], "Evaluering",
          "KD", ["HK-dir", "Fafo", "Oslo Economics"], "2021–2024",
          "Andre delrapport fra evalueringen ble lagt fram i 2023.", dm="2.2",
          note="Evalueringen gjennomføres av Fafo og Oslo Economics på oppdrag fra HK-dir."),
        M("T06", "Fagbrev på jobb", ["2.3", "2.5"], "Ordning",
          "KD", ["Utdanningsdirektoratet", "fylkeskommunene", "partene"], "Fra 2018",
          "Ordningen er videreført og brukes i økende grad av voksne i kommunal sektor.", dm="2.3 og 2.5"),
        M("T15", "Tilskuddsordning for fleksible utdanningstilbud", ["2.1", "2.4"], "Tilskuddsordning",
          "KD", ["HK-dir", "universiteter", "høyskoler og fagskoler"], "2018–",
          "Ordningen hadde i 2023 en ramme på om lag 180 millioner kroner.", dm="2.1 og 2.4"),
        M("T18", "Kompetanseløft 2025", ["1.4", "3.1"], "Plan",
          "HOD", ["Helsedirektoratet", "KS", "statsforvalterne"], "2021–2025",
          "Planen gir tilskudd til kompetanse og innovasjon i den kommunale helse- og omsorgstjenesten.",
          dm="1.4 og 3.1"),
        M("T10", "Kompetanseprogrammet (tidl. Kompetansepluss)", ["3.2"], "Tilskuddsordning",
          "KD", ["HK-dir", "VOFO", "partene i arbeidslivet"], "Løpende",
          "Programmet gir opplæring i grunnleggende ferdigheter i arbeidslivet og i frivillig sektor.",
          dm="3.2"),
        M("T20", "Bedre muligheter for utdanning for arbeidsledige", ["3.3", "3.5"], "Regelendring",
          "ASD", ["Arbeids- og velferdsdirektoratet"], "Fra 1. juli 2021",
          "Arbeidsledige over 25 år kan ta utdanning og beholde dagpengene. Ordningen er gjort permanent.",
          dm="3.3 og 3.5"),
    ],
))

# ---------------------------------------------------------------- 19 KS 2024
FILES.append(dict(
    file="2024_KS_rapport_kompetansestrategien.pdf", reporter="KS", year=2024, fmt="pdf", lang="nb",
    render="ks2024", made_with="reportlab (platypus)",
    layout="counts_first_then_per_goal_tables_hvem_naar_type_merged_text_row",
    layout_desc=("KS report exported from Word: 'Sammendrag' with 'Tabell 1 Tiltak per delmål' (code | antall, Sum – "
                 "not measures), then one small table per delmål under a bold caption 'Delmål 1.3 Karriereveiledning' "
                 "with columns Tiltak | Hvem (ansvar / med on two lines) | Når | Type, and under each measure row a "
                 "merged full-width grey row holding the description; a measure with a second goal ends its "
                 "description row with 'Følger også opp delmål 3.1.'; closing 'KS videre' is not measures"),
    intro=("KS rapporterer her tiltakene for 2024. Tiltakene er sortert etter det delmålet de i hovedsak følger "
           "opp."),
    closing=("KS videre: KS vil i 2025 prioritere kompetanse i helse og omsorg og lærlinger i kommunene. "
             "Et nytt program for lederopplæring er under planlegging."),
    groups=[("1.3", [0]), ("1.4", [1]), ("2.1", [2]), ("2.3", [3, 4]), ("2.4", [5]), ("3.3", [6])],
    measures=[
        M("T14", "Nasjonalt forum for karriereveiledning", ["1.3"], "Forum",
          "HK-dir", ["KS", "NAV", "partene i arbeidslivet"], "Løpende",
          "KS representerer kommunene og har i 2024 løftet karriereveiledning for ansatte i kommunene."),
        M("T18", "Kompetanseløft 2025", ["1.4", "3.1"], "Plan",
          "HOD", ["KS", "Helsedirektoratet", "kommunene"], "2021–2025",
          "KS bistår kommunene med strategisk kompetanseplanlegging og søknader om tilskudd.",
          extra_dm="3.1"),
        M("K2", "KS Læring – ny plattform", ["2.1"], "Kurs/opplæring",
          "KS", ["kommunene", "fylkeskommunene"], "2024–",
          "KS Læring er flyttet til en ny plattform med bedre statistikk for kommunene og nye kurs i "
          "digitalisering."),
        M("T05", "Samfunnskontrakten 2022–2026 – kommunenes innsats", ["2.3"], "Avtale",
          "KS", ["kommunene", "KD"], "2022–2026",
          "Kommunene hadde 5 400 lærlinger i 2024, en økning på 6 prosent fra året før."),
        M("K3", "Lærlingløftet i kommunene (tidligere «Bli lærling i kommunen»)", ["2.3"], "Kampanje",
          "KS", ["Fagforbundet", "Delta", "kommunene"], "2019–",
          "Kampanjen er utvidet med en verktøykasse for kommuner som vil ta inn flere lærlinger."),
        M("T08", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.4"], "Utdanning",
          "KS", ["Fagforbundet", "NSF", "Delta", "HK-dir"], "2020–2025",
          "Programmet gir ansatte i helse og omsorg tilbud om fagskole og videreutdanning. Over 2 000 "
          "deltakere siden oppstart."),
        M("T19", "Menn i helse – nasjonal ordning", ["3.3"], "Program",
          "KS", ["NAV", "kommunene", "fylkeskommunene"], "Løpende",
          "Menn i helse er nå en nasjonal ordning i alle fylker, med 400 nye deltakere i 2024."),
    ],
))

# ---------------------------------------------------------------- 20 NAV 2024
FILES.append(dict(
    file="2024_NAV_rapport.docx", reporter="NAV", year=2024, fmt="docx", lang="nb",
    render="nav2024", made_with="python-docx (+ real Word footnotes part)",
    layout="h2_bullet_facts_eier_varighet_virkemiddel_word_footnotes_not_reported",
    layout_desc=("Arbeids- og velferdsdirektoratet's Word report: header 'NAV | Arbeids- og velferdsdirektoratet', "
                 "footer with page field; intro; Heading 2 per measure, then five bullets 'Delmål: 3.5 – <words>', "
                 "'Virkemiddel: …', 'Eier: …', 'Samarbeid: …', 'Varighet: …', then the description; real Word "
                 "footnotes (footnote references in two descriptions, texts in footnotes.xml – not part of the "
                 "description); a closing section 'Dette rapporterer NAV ikke' names ordinary labour-market "
                 "programmes (AMO, lønnstilskudd) that are not measures"),
    intro=[
        "Arbeids- og velferdsdirektoratet rapporterer for NAV. Rapporten omfatter tiltak der NAV har en "
        "særskilt rolle i oppfølgingen av strategien, ikke de ordinære arbeidsmarkedstiltakene.",
    ],
    not_reported=("Dette rapporterer NAV ikke: Ordinære arbeidsmarkedstiltak som arbeidsmarkedsopplæring (AMO), "
                  "lønnstilskudd og arbeidstrening inngår i NAVs vanlige virksomhet og rapporteres i "
                  "årsrapporten."),
    measures=[
        M("T12", "Samarbeid med karriereveiledning.no", ["1.3"], "Informasjon/veiledning",
          "HK-dir", ["NAV"], "2021–",
          "NAV-veiledere henviser brukere som trenger karriereveiledning til den digitale tjenesten, og "
          "HK-dir har laget en egen inngang for arbeidssøkere.", dm="1.3 – Karriereveiledning",
          fn="Avtale om henvisning mellom NAV og HK-dir fra 2021."),
        M("T14", "NAVs deltakelse i Nasjonalt forum for karriereveiledning", ["1.3"], "Forum",
          "HK-dir", ["NAV", "KS", "partene i arbeidslivet"], "Løpende",
          "NAV deltar i forumet med én representant fra direktoratet.", dm="1.3 – Karriereveiledning"),
        M("T19", "Rekruttering til Menn i helse via NAV-kontorene", ["3.3"], "Program",
          "KS", ["NAV", "kommunene"], "Løpende",
          "NAV-kontorene rekrutterer arbeidssøkende menn til programmet og følger dem opp i praksisperioden.",
          dm="3.3 – Opplæring i arbeidsmarkeds- og integreringspolitikken"),
        M("T20", "Opplæring mens du får dagpenger", ["3.5"], "Regelendring",
          "NAV", ["ASD"], "Fra 1. juli 2021",
          "Arbeidsledige over 25 år kan ta opplæring og beholde dagpengene. NAV har laget nye "
          "rutiner og informasjon på nav.no.", dm="3.5 – NAVs opplæringstilbud for arbeidssøkere",
          fn="Forskrift om dagpenger under arbeidsløshet § 4-3a."),
        M("V1", "Fagbrev for arbeidssøkere – forsøk i tre fylker", ["2.3", "3.5"], "Forsøk",
          "NAV", ["fylkeskommunene", "opplæringskontorene"], "2023–2025",
          "Arbeidssøkere med lang praksis får et tilrettelagt løp fram mot fagbrev, med kombinert "
          "opplæring og praksis.", dm="3.5 – NAVs opplæringstilbud for arbeidssøkere; 2.3 – Karrieremuligheter i yrkesfagene"),
        M("V2", "Kurs i digitale ferdigheter for arbeidssøkere", ["2.1", "3.5"], "Kurs",
          "NAV", ["kursleverandører"], "2024",
          "Korte kurs i grunnleggende digitale ferdigheter for arbeidssøkere som mangler dette.",
          dm="3.5 – NAVs opplæringstilbud for arbeidssøkere; 2.1 – Digital kompetanse"),
        M("V3", "Kompetanseløft for NAV-veiledere", ["1.3"], "Opplæring",
          "NAV", ["OsloMet"], "2024–2026",
          "Videreutdanning i veiledning og kunnskap om arbeidsmarkedet for veiledere ved NAV-kontorene.",
          dm="1.3 – Karriereveiledning"),
    ],
))
