# -*- coding: utf-8 -*-
"""Files F13-F18 of match42."""
from common import M

F13 = dict(
    file="2021_Regjeringen_notat_nn.docx", reporter="Regjeringen", year=2021, fmt="docx", lang="nn",
    layout="nn_kd_status_note_autonumbered_h2_titles_text_then_status_paragraph_then_two_row_horizontal_fact_table_avslutta_list",
    layout_desc=("nynorsk KD note 'Oppfølging av Nasjonal kompetansepolitisk strategi – status 2021' (borderless Til/Frå/Dato/"
                 "Sak grid, 'Kunnskapsdepartementet' header, 'Side n' footer): '1 Samandrag' with a count table per ministry "
                 "(not measures); '2 Tiltak' where each measure title is a Heading 2 numbered by Word's multilevel list (the "
                 "'2.n' numbers are not in the text), then the description, then a paragraph 'Status 2021: …' (not part of the "
                 "description), then a two-row horizontal table with the labels in the first row Delmål | Ansvarleg | Saman med "
                 "| Kategori | Tidsrom; '3 Avslutta tiltak' lists finished measures from earlier years in one line each (not "
                 "measures this year)"),
    measures=[
        M("T01", "Kompetansebehovsutvalet (KBU)", ["1.1"], "Råd/utval", "KD",
          ["ASD", "KMD", "NFD", "partane i arbeidslivet"], "løpande",
          "Utvalet legg fram ein årleg rapport om kompetansebehova i Noreg. Rapporten for 2021 handla om "
          "verknadene av pandemien.", status="Utvalet held fram i ny periode."),
        M("T06", "Fagbrev på jobb – nasjonal ordning", ["2.5", "3.1"], "Ordning", "KD",
          ["Utdanningsdirektoratet", "fylkeskommunane", "partane i arbeidslivet"], "frå 2018",
          "Ordninga gjer det mogleg for vaksne i arbeid å ta fagbrev gjennom arbeidet. Fylkeskommunane har ansvaret "
          "for å gje tilbodet.", status="Om lag 1 900 kandidatar i 2021."),
        M("T08", "Bransjeprogram for kompetanseutvikling", ["2.1", "2.4"], "Kurs/utdanning", "KD",
          ["HK-dir", "partane i arbeidslivet", "universitet og høgskular"], "2020–2022",
          "Trepartsprogram der staten og partane samarbeider om korte utdanningstilbod for tilsette, permitterte og "
          "ledige i utvalde bransjar.", status="Ni bransjeprogram er i gang."),
        M("T10", "Kompetanseprogrammet (tidlegare Kompetansepluss)", ["3.2"], "Kurs/utdanning", "KD",
          ["HK-dir", "VOFO", "partane i arbeidslivet"], "løpande",
          "Tilskot til opplæring i grunnleggjande ferdigheiter i arbeidslivet og i frivillig sektor. Ordninga fekk "
          "nytt namn og nytt regelverk i 2021.", status="Utlysing hausten 2021."),
        M("T12", "Nasjonalt kvalitetsrammeverk for karriererettleiing", ["1.3"], "Prosjekt", "KD",
          ["HK-dir", "fylkeskommunane"], "2019–2022",
          "Rammeverket skal gje felles standardar for kvalitet og kompetanse i karriererettleiinga i heile landet.",
          status="Rettleiingsmateriell publisert."),
        M("T14", "Tilskotsordning for fleksible utdanningstilbod", ["2.1", "3.1"], "Kurs/utdanning", "KD",
          ["HK-dir", "fylkeskommunane"], "2021–2023",
          "Ordninga gjev tilskot til fleksible og desentraliserte tilbod frå universitet, høgskular og fagskular.",
          status="Første tildeling våren 2021."),
        M("T17", "Kompetanseløft 2025", ["1.4", "2.2"], "Plan", "HOD", ["KS", "Helsedirektoratet"], "2021–2025",
          "Plan for rekruttering, kompetanse og fagutvikling i den kommunale helse- og omsorgstenesta, som følgjer "
          "opp Kompetanseløft 2020.", status="Planen vart lagd fram i 2021."),
        M("GBIO", "Overføring av BIO-ordninga til fylkeskommunane", ["1.2"], "Reform", "ASD",
          ["KD", "fylkeskommunane"], "frå 2020",
          "Bedriftsintern opplæring er flytta frå NAV til fylkeskommunane som ein del av regionreforma.",
          status="Gjennomført."),
        M("T20", "Arbeidsmarknadsopplæring (AMO) – fleire lange løp", ["3.5"], "Kurs/utdanning", "ASD",
          ["Arbeids- og velferdsdirektoratet"], "2021–2022",
          "Fleire plassar i arbeidsmarknadsopplæring som gjev formell kompetanse, mellom anna fagbrev.",
          status="Om lag 2 000 fleire plassar."),
    ],
    extra=dict(
        grid=[("Til", "Kompetansepolitisk råd"), ("Frå", "Kunnskapsdepartementet"), ("Dato", "26.11.2021"),
              ("Sak", "21/4117")],
        counts=[("KD", "6"), ("ASD", "2"), ("HOD", "1"), ("Sum", "9")],
        ended=["Forsøk med fagbrev på jobb (2016–2017)", "Partssamansett arbeidsgruppe for digital kompetanse (2017–2018)",
               "Kompetanseløft 2020 (2016–2020)", "Ekspertutval for etter- og vidareutdanning (2018–2019)"],
    ),
)

F14 = dict(
    file="2022_NAV_arsrapport.docx", reporter="NAV", year=2022, fmt="docx", lang="nb",
    layout="nav_annual_report_chapter_h3_titles_five_label_lines_malgruppe_ansvar_varighet_virkemiddeltype_goal_only_in_sentence_kpi_table",
    layout_desc=("extract of Arbeids- og velferdsdirektoratet's annual report 2022 in Word (header 'Årsrapport 2022 – utdrag', "
                 "footer page number starting at 38): chapter '4 Kompetanse og kvalifisering' – '4.1 Innledning' and '4.2 "
                 "Nøkkeltall' with 'Tabell 4.1 Deltakere i opplæringstiltak' (not measures); '4.3 Tiltak som følger opp "
                 "Nasjonal kompetansepolitisk strategi' with Heading 3 titles, five label lines Målgruppe / Ansvar / Samarbeid "
                 "/ Varighet / Virkemiddeltype (Målgruppe is not a ground-truth field), and the text; the delmål are given ONLY "
                 "in a sentence inside the text ('Tiltaket følger opp delmål 3.5 …'); '4.4 Videre arbeid' closing"),
    measures=[
        M("T15", "NAVs deltakelse i Nasjonalt forum for karriereveiledning", ["1.3"], "Nettverk/forum", "HK-dir",
          ["Arbeids- og velferdsdirektoratet", "KS", "fylkeskommunene"], "Løpende",
          "Forumet samordner aktørene i karriereveiledningsfeltet. NAV deltar for å knytte veiledningen i NAV tettere "
          "til de fylkesvise karrieresentrene. Tiltaket følger opp delmål 1.3 i strategien.",
          malgruppe="Veiledere i NAV og fylkeskommunene"),
        M("T20", "Arbeidsmarkedsopplæring (AMO) – grunnleggende ferdigheter og norsk", ["3.4", "3.5"],
          "Opplæringstiltak", "Arbeids- og velferdsdirektoratet", ["fylkeskommunene", "tiltaksarrangører"], "Løpende",
          "AMO-kurs i norsk, lesing, skriving og digitale ferdigheter for arbeidssøkere som trenger kvalifisering. "
          "Dette er en del av oppfølgingen av delmålene 3.4 og 3.5 i kompetansestrategien.",
          malgruppe="Arbeidssøkere med svake grunnleggende ferdigheter"),
        M("K1", "Menn i helse – rekruttering via NAV", ["3.3"], "Prosjekt", "KS",
          ["Arbeids- og velferdsdirektoratet", "NAV-kontorene", "kommunene"], "2019–2023",
          "NAV-kontorene rekrutterer menn som står utenfor arbeidslivet til et løp mot fagbrev som helsefagarbeider. "
          "Satsingen bidrar til delmål 3.3.", malgruppe="Menn 25–55 år utenfor arbeidslivet"),
        M("V1", "Kurs i digitale ferdigheter for arbeidssøkere", ["2.1", "3.5"], "Opplæringstiltak",
          "Arbeids- og velferdsdirektoratet", ["HK-dir"], "2022",
          "Korte nettkurs i NAVs egen regi om bruk av digitale tjenester og verktøy, som supplement til "
          "arbeidsmarkedsopplæringen. Kursene er utviklet med HK-dirs rammeverk for grunnleggende ferdigheter og er "
          "knyttet til delmål 2.1 og 3.5.", malgruppe="Arbeidssøkere"),
        M("V2", "Karriereveiledning for unge arbeidssøkere", ["1.3"], "Tjeneste", "Arbeids- og velferdsdirektoratet",
          ["fylkeskommunene"], "2022–2023",
          "Unge arbeidssøkere under 30 år får tilbud om karriereveiledning i samarbeid med karrieresentrene. "
          "Tiltaket hører inn under delmål 1.3.", malgruppe="Arbeidssøkere under 30 år"),
        M("V3", "Fagbrev for voksne arbeidssøkere (forsøk)", ["3.1", "3.5"], "Forsøk",
          "Arbeids- og velferdsdirektoratet", ["fylkeskommunene"], "2021–2023",
          "Forsøk der arbeidssøkere kan ta fagbrev mens de mottar ytelser fra NAV. Forsøket følger opp delmål 3.1 og "
          "3.5.", malgruppe="Arbeidssøkere over 25 år uten fagbrev"),
    ],
    extra=dict(
        kpi=[("Arbeidsmarkedsopplæring (AMO)", "17 900", "15 400"), ("Opplæring i ordinær utdanning", "9 800", "10 300"),
             ("Fag- og yrkesopplæring", "1 100", "1 450"), ("Sum", "28 800", "27 150")],
    ),
)

F15 = dict(
    file="2022_Vestland_statusrapport_nn.pdf", reporter="Vestland fylkeskommune", year=2022, fmt="pdf", lang="nn",
    layout="nn_management_system_status_export_pdf_blocks_system_ids_like_codes_key_value_grid_kopling_til_nkps_words_kommentar_utgaar_block",
    layout_desc=("nynorsk status report exported to PDF from the county's management system (top line 'Utskrive 03.10.2022 "
                 "09:14 av kari.lunde', a filter line, footer 'Side n av m'): a short intro, then one block per system entry: a "
                 "dark header bar '<system id> <title>' where the ids (1.1.1, 1.3.2, 2.2.4 …) look like delmål codes but are "
                 "the action programme's own numbers; a key/value grid Status / Ansvarleg eining / Partnarar / Periode / "
                 "Tiltakstype / Kopling til NKPS where the NKPS link is given ONLY as the beginning of the delmål's nynorsk "
                 "wording (two goals separated by ';'); then 'Skildring' (= description) and 'Kommentar 2. tertial' (not part "
                 "of the description); one entry has status 'Utgår – ikkje sett i gang' (not a measure, though it carries an "
                 "NKPS link); a closing status count table (not measures)"),
    measures=[
        M("W2", "Kompetanseforum Vestland", ["1.2"], "Nettverk", "Vestland fylkeskommune",
          ["NHO Vestland", "LO i Vestland", "KS Vest", "NAV Vestland", "HVL", "UiB"], "Frå 2020",
          "Partnarskapen for kompetanse i fylket. Forumet møtest fire gonger i året og følgjer opp den regionale planen.",
          sysid="1.1.1", status="I rute", komm="Fire møte gjennomførte; nytt mandat vert drøfta i 2023."),
        M("W3", "Regional plan for kompetanse og arbeidskraft 2021–2033", ["1.2"], "Plan", "Vestland fylkeskommune",
          ["Kompetanseforum Vestland"], "2021–2033",
          "Planen vart vedteken av fylkestinget i desember 2021 og set mål for kompetansearbeidet i Vestland.",
          sysid="1.1.2", status="Gjennomført", komm="Handlingsprogram for 2023–2024 er under arbeid."),
        M("W1", "Karrieresenter Vestland – karriererettleiing for vaksne", ["1.3"], "Teneste",
          "Vestland fylkeskommune", ["NAV Vestland", "kommunane"], "2020–2023",
          "Gratis karriererettleiing for alle over 19 år ved sju karrieresenter og på nett. 3 900 personar fekk "
          "rettleiing i 2022.", sysid="1.3.2", status="I rute", komm="Ventelista i Bergen er redusert."),
        M("W7", "Innføring av kvalitetsrammeverket for karriererettleiing", ["1.3"], "Prosjekt",
          "Vestland fylkeskommune", ["HK-dir"], "2022–2023",
          "Karrieresentera i Vestland tek i bruk det nasjonale kvalitetsrammeverket, med kompetanseheving for alle "
          "rettleiarane.", sysid="1.3.3", status="I rute", komm="Tre av sju senter har fullført opplæringa."),
        M("W4", "Vestlandskontrakten for fleire læreplassar", ["1.4", "2.3"], "Avtale", "Vestland fylkeskommune",
          ["NHO Vestland", "LO i Vestland", "KS Vest"], "2022–2026",
          "Regional avtale mellom fylkeskommunen og partane om å skaffe læreplass til alle kvalifiserte søkjarar i "
          "fylket.", sysid="2.1.1", status="I rute", komm="Avtalen vart signert 1. mars 2022."),
        M("W5", "Bedriftsintern opplæring (BIO) i Vestland", ["2.4"], "Tilskot", "Vestland fylkeskommune",
          ["NAV Vestland", "Innovasjon Noreg"], "Årleg",
          "Tilskot til bedrifter som må omstille seg og treng opplæring av dei tilsette. 96 bedrifter fekk tilskot i "
          "2022.", sysid="2.2.4", status="Forseinka",
          komm="Andre søknadsrunde vart utsett til hausten på grunn av stor pågang."),
    ],
    extra=dict(
        nkps_nn={
            "1.2": "Styrkje regionalt folkevalt nivå sitt kompetansepolitiske ansvar og samordningsrolle …",
            "1.3": "Sørgje for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing …",
            "1.4": "Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet …",
            "2.3": "Samarbeide om å synleggjere og utvikle karrieremoglegheitene i yrkesfaglege utdanningar og yrke …",
            "2.4": "Arbeide meir systematisk for å kople kompetansebehov i verksemder til utdannings- og "
                   "opplæringstilbydarar …",
        },
        dropped=dict(sysid="2.2.5", title="Kompetansebørs for offentleg sektor", status="Utgår – ikkje sett i gang",
                     resp="Vestland fylkeskommune", partners="KS Vest, kommunane", period="2022–2023",
                     tp="Prosjekt", dm="1.4",
                     text="Ein digital børs der kommunane og fylkeskommunen kan dele kurs og kompetanse. Tiltaket er "
                          "lagt på is i påvente av nasjonale løysingar og vert ikkje rapportert."),
    ),
)

F16 = dict(
    file="2023_Spekter_rapport.pdf", reporter="Spekter", year=2023, fmt="pdf", lang="nb",
    layout="spekter_letterhead_pdf_type_kicker_above_h2_text_then_pipe_fact_line_meetings_table_type_count_summary",
    layout_desc=("Spekter report on the letterhead template exported to PDF (header 'SPEKTER' + 'Arbeidsgiverforeningen', "
                 "footer address and 'n / m'): 'Sammendrag' with a small table 'Antall tiltak per type' (not measures), then "
                 "the measures: each has the TYPE as an upper-case coloured kicker line ABOVE the heading ('ARRANGEMENT'), the "
                 "heading (title), the text, and a grey pipe line 'Delmål: 1.4, 2.3 | Ansvar: … | I samarbeid med: … | "
                 "Tidspunkt: …'; 'Møter Spekter har deltatt i' is a date table at the end (not measures)"),
    measures=[
        M("S1", "Møteplass lærebedrifter 2023", ["1.4", "2.3"], "ARRANGEMENT", "Spekter",
          ["medlemsvirksomhetene", "opplæringskontorene"], "Mars 2023",
          "Den årlige møteplassen samlet 120 deltakere fra sykehus, transport og kultur. Tema var lærlinger i "
          "helsefagarbeiderfaget og ambulansefaget."),
        M("S2", "Søkekonferanse om Kompetanseprogrammet (tidligere KompetansePluss)", ["3.2"], "ARRANGEMENT",
          "Spekter", ["HK-dir"], "September 2023",
          "Digital konferanse der medlemsvirksomhetene fikk informasjon om Kompetanseprogrammet og om hvordan de kan "
          "søke midler til opplæring i grunnleggende ferdigheter."),
        M("S3", "Spekters nettverk for HR-direktører", ["2.2"], "NETTVERK", "Spekter", ["medlemsvirksomhetene"],
          "Løpende, fire møter i året",
          "Nettverket for HR- og organisasjonsdirektører har hatt kompetanse og bemanning i helsesektoren som "
          "hovedtema i 2023."),
        M("T02", "Spekter i Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "RÅD", "KD",
          ["Spekter", "partene i arbeidslivet"], "Oppnevningsperioden 2020–2023",
          "Spekter har én plass i SRY og har særlig fulgt opp fagfornyelsen i helse- og oppvekstfag."),
        M("T05", "Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft (2022–2026)", ["1.4", "2.3"],
          "AVTALE", "KD", ["partene i arbeidslivet", "KS", "fylkeskommunene"], "2022–2026",
          "Spekter har signert den nye samfunnskontrakten og følger opp målet om flere læreplasser i "
          "helseforetakene."),
        M("S7", "Trepartssamarbeid om kompetanse i spesialisthelsetjenesten", ["1.4", "2.2"], "RÅD/UTVALG", "HOD",
          ["Spekter", "LO", "Unio", "YS", "Akademikerne", "de regionale helseforetakene"], "2022–2025",
          "Partene og departementet samarbeider om tiltak for å beholde og utvikle kompetansen i sykehusene, blant "
          "annet om videreutdanning for sykepleiere."),
    ],
    extra=dict(
        meetings=[("14.03.2023", "Kompetansepolitisk råd"), ("20.06.2023", "Kompetansepolitisk råd"),
                  ("31.08.2023", "Innspillsmøte om ny kompetansestrategi (KD)"),
                  ("23.11.2023", "Kompetansepolitisk råd")],
    ),
)

F17 = dict(
    file="2023_KS_rapport.pdf", reporter="KS", year=2023, fmt="pdf", lang="nb",
    layout="ks_pdf_landscape_table_hovedmaal_and_andre_maal_columns_vmerged_eier_footnote_marks_planned_not_started_table",
    layout_desc=("KS report exported from Word, landscape ('KS' header with report name, footer date and 'Side n'): intro, then "
                 "one table Tiltak | Hovedmål | Andre mål | Beskrivelse | Kategori | Eier | Med | Tidsrom where the delmål are "
                 "split over TWO columns (main goal and other goals, the second often empty); the Eier cell 'KS' is merged "
                 "vertically over the first four rows; superscript footnote marks after two titles with the notes under the "
                 "table; a second small table 'Planlagt – ikke startet' (not measures)"),
    measures=[
        M("K1", "Menn i helse – nasjonal satsing", ["1.4", "3.3"], "Prosjekt", "KS",
          ["NAV", "kommunene", "fylkeskommunene"], "2016–2025",
          "Rekrutteringsprogrammet er nå i over 200 kommuner. Deltakerne får lønnet praksis og et løp mot fagbrev som "
          "helsefagarbeider.", main="3.3"),
        M("K7", "Følgeevaluering av Menn i helse", ["3.3"], "Evaluering", "KS", ["Proba samfunnsanalyse"], "2022–2023",
          "Evalueringen ser på hvor mange som fullfører og får jobb etter programmet.", main="3.3", fn=1),
        M("K2", "Bli lærling i kommunen 2023", ["1.4", "2.3"], "Informasjon", "KS", ["kommunene", "fylkeskommunene"],
          "Januar–mars 2023",
          "Kampanje før søknadsfristen for læreplass, med film og annonser i sosiale medier.", main="2.3"),
        M("K6", "KS Læring", ["2.1"], "Informasjon", "KS", ["kommunene"], "Løpende",
          "Plattformen for deling av kurs og e-læring brukes nå av 310 kommuner og fylkeskommuner.", main="2.1"),
        M("T15", "Nasjonalt forum for karriereveiledning", ["1.3"], "Nettverk", "HK-dir", ["KS", "NAV", "partene"],
          "Løpende", "KS representerer kommunene og grunnskolens rådgivning i forumet.", main="1.3"),
        M("T17", "Kompetanseløft 2025 – kommunenes oppfølging", ["1.4", "2.2"], "Plan", "HOD",
          ["KS", "Helsedirektoratet"], "2021–2025",
          "KS følger opp planen med veiledning om strategisk kompetanseplanlegging i helse og omsorg.", main="1.4",
          fn=2),
        M("T05", "Samfunnskontrakten for kvalifisert arbeidskraft", ["1.4", "2.3"], "Avtale", "KD",
          ["KS", "partene", "fylkeskommunene"], "2022–2026",
          "KS har signert kontrakten på vegne av kommunesektoren og følger opp målet om flere lærlinger i "
          "kommunene.", main="1.4"),
    ],
    extra=dict(
        footnotes={1: "Sluttrapporten fra evalueringen leveres høsten 2023.",
                   2: "Planen eies av Helse- og omsorgsdepartementet; KS rapporterer sin del."},
        planned=[("Kartlegging av kompetansebehov i barnehagesektoren", "Oppstart 2024"),
                 ("Læringsnettverk for heltidskultur", "Avventer finansiering")],
    ),
)

F18 = dict(
    file="2024_HKdir_rapport.pdf", reporter="HK-dir", year=2024, fmt="pdf", lang="nb",
    layout="hkdir_pdf_cover_toc_area_chapters_bold_title_two_by_three_fact_grid_before_text_grid_and_text_split_by_page_break_styleref_running_header",
    layout_desc=("HK-dir report PDF: cover ('Rapport 7/2024'), 'Innhold' page (chapters only), '1 Innledning'; measures in "
                 "chapters per hovedinnsatsområde; each is a bold title, a small 2×3 grid of label/value cells (Delmål | Type | "
                 "Periode on the first line, Ansvar | Samarbeid on the second) and then the text; the running header carries the "
                 "chapter name, the footer 'HK-dir · Rapport 7/2024 · side n'; one measure breaks between its grid and its text "
                 "across a page; 'Tabell 2 Tiltak per delmål' counts and a chapter 'Oppdrag som ikke rapporteres som "
                 "NKPS-tiltak' are not measures"),
    measures=[
        M("T10", "Kompetanseprogrammet (tidligere Kompetansepluss)", ["3.2", "3.6"], "Kurs/utdanning", "HK-dir",
          ["VOFO", "studieforbundene", "partene i arbeidslivet"], "Løpende, årlig utlysning",
          "Tilskuddsordning for opplæring i grunnleggende ferdigheter i arbeidslivet og i frivillige organisasjoner. "
          "I 2024 fikk 212 prosjekter tilskudd.", ch="3"),
        M("T12", "Videreutvikling av kvalitetsrammeverket for karriereveiledning", ["1.3"], "Prosjekt", "HK-dir",
          ["fylkeskommunene", "NAV"], "2023–2025",
          "Rammeverket utvides med en kompetansestandard for veiledere i NAV og en felles etisk plattform.", ch="1"),
        M("T14", "Tilskuddsordning for fleksible utdanningstilbud – utlysning 2024", ["2.1", "3.1"], "Kurs/utdanning",
          "HK-dir", ["universiteter og høyskoler", "fagskoler", "fylkeskommunene"], "2024",
          "Utlysningen prioriterte tilbud innen helse, teknologi og det grønne skiftet. 63 tilbud fikk støtte.",
          ch="2"),
        M("T15", "Sekretariat for Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "HK-dir",
          ["KS", "NAV", "partene", "fylkeskommunene"], "Løpende",
          "HK-dir leder og er sekretariat for forumet, som i 2024 arbeidet med karriereveiledning for voksne i "
          "arbeid.", ch="1"),
        M("T09", "Følgeevaluering av bransjeprogrammene", ["2.2"], "FoU", "HK-dir", ["Rambøll"], "2023–2025",
          "Evalueringen ser på hvem som deltar i bransjeprogrammene, og om opplæringen gir ønsket effekt i "
          "bransjene.", ch="2"),
        M("H3", "Regionale analyser av kompetansebehov", ["1.2"], "FoU", "HK-dir", ["fylkeskommunene"], "2024",
          "HK-dir har utviklet et felles analyseopplegg som fylkeskommunene kan bruke i sine regionale "
          "kompetanseplaner.", ch="1"),
        M("H4", "Nasjonal veileder for realkompetansevurdering", ["2.5"], "Informasjon", "HK-dir",
          ["fylkeskommunene", "universiteter og høyskoler"], "2024",
          "Ny veileder som samler regelverk og god praksis for vurdering av realkompetanse i videregående opplæring "
          "og høyere utdanning.", ch="2"),
    ],
    extra=dict(
        other=["Forvaltning av Studiebarometeret", "Drift av Samordna opptak", "Godkjenning av utenlandsk fagutdanning"],
    ),
)

FILES_C = [F13, F14, F15, F16, F17, F18]
