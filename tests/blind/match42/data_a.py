# -*- coding: utf-8 -*-
"""Files F01-F06 of match42."""
from common import M

HOVEDORG = ["LO", "NHO", "YS", "Unio", "Spekter", "Virke", "KS", "Akademikerne"]

F01 = dict(
    file="2017_LO_skjema.docx", reporter="LO", year=2017, fmt="docx", lang="nb",
    layout="lo_2017_four_question_form_per_measure_skjema_n_av_m_caption_oldnr_bracket_after_title_type_sentence_in_description_period_se_over",
    layout_desc=("the secretariat's 2017 reporting form copied once per measure and filled in loosely by LO (LO letterhead header, "
                 "'Side n av m' footer): a covering note, then for each measure a small caption 'Skjema n av 7' and a two-column "
                 "table whose shaded first row reads 'Rapporteringsskjema … | Rådsmedlem: LO' and whose row labels are the four "
                 "numbered questions (1. Tiltak i Nasjonal kompetansepolitisk strategi / 2. Ansvarlig og samarbeidspartnere / 3. "
                 "Beskrivelse av tiltaket (maks en halv side) / 4. Tidspunkt og varighet); the old NKPS number is typed in "
                 "brackets after the bold title in row 1, worded differently each time; the type is written as a sentence at the "
                 "end of the description ('Type: råd/utvalg.'); in one form the period is written into the description "
                 "('Tidsrom: 2016–2017.') and row 4 only says 'Se over.'; responsible and partners as sentences ('KD er "
                 "ansvarlig. Samarbeid: …' / '… har felles ansvar.'); a contact line at the end"),
    measures=[
        M("T01", "LOs plass i Kompetansebehovsutvalget (KBU)", ["1.1"], "råd/utvalg", "KD", HOVEDORG,
          "Oppnevnt 2017, løpende",
          "Utvalget skal sammenstille og analysere kunnskap om Norges kompetansebehov og legge fram en årlig rapport. "
          "LO har én fast plass og henter innspill fra forbundene før hvert møte.",
          nrtext="(NKPS-tiltak nr. 1)"),
        M("T02", "LOs arbeid i Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "råd/utvalg", "KD",
          ["LO", "NHO", "KS", "Spekter", "Virke", "YS", "Unio"], "Oppnevningsperioden 2016–2019",
          "SRY gir råd til departementet om fag- og yrkesopplæringen og om tilbudsstrukturen. LO har tre representanter "
          "og leder arbeidsutvalget i 2017.",
          nrtext="(nr. 4 og 7 i strategien)"),
        M("T07", "Forsøk med fagbrev på jobb", ["2.3", "2.5"], "prosjekt", "Utdanningsdirektoratet",
          ["LO", "NHO", "fylkeskommunene"], "2016–2017",
          "Forsøket prøver ut en ordning der voksne arbeidstakere kan ta fagbrev gjennom arbeidet, uten å gå veien om "
          "ordinær skole. LO følger forsøket i styringsgruppen og har skaffet deltakere fra Fellesforbundet og Fagforbundet.",
          nrtext="(strategiens tiltak 7 og 9)", se_over=True),
        M("T26", "Modell for vurdering av kompetanse ervervet i arbeidslivet", ["2.5"], "FoU",
          "LO, NHO, YS og Virke", ["Kompetanse Norge"], "Oppstart høsten 2017, to år",
          "Partene skal sammen utvikle en metode og en modell for å vurdere og dokumentere kompetanse som er ervervet i "
          "arbeidslivet. Arbeidet starter med en forstudie om eksisterende ordninger i Norden.",
          nrtext="(NKPS-tiltak nr. 9)", joint=True),
        M("L1", "Tillitsvalgtopplæring om kompetanseutvikling på arbeidsplassen", ["2.2"], "kurs", "LO",
          ["AOF Norge", "forbundene"], "Høsten 2017 og våren 2018",
          "Nytt kursopplegg for tillitsvalgte om hvordan kompetanseplaner kan tas opp med arbeidsgiver, og om "
          "rettighetene i hovedavtalene. Kurset gis på LO-skolen Sørmarka og i regionene.",
          nrtext="(tiltak nr 6)"),
        M("T04", "Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], "avtale", "KD",
          ["partene i arbeidslivet", "KS", "fylkeskommunene"], "2016–2020",
          "Kontrakten skal gi flere læreplasser i offentlig og privat sektor. LO følger opp gjennom forbundene og "
          "de tillitsvalgte i virksomhetene, og rapporterer til departementet to ganger i året.",
          nrtext="(NKPS-tiltak nr. 4 og 7)"),
        M("TLS", "Konferanse med Spekter om læreplasser", ["1.4", "2.3"], "konferanse", "LO og Spekter", [],
          "30. november 2017",
          "Felles konferanse for Spekters medlemsvirksomheter og LOs tillitsvalgte om hvordan sykehusene og andre "
          "virksomheter kan ta inn flere lærlinger.",
          nrtext="(nr. 4 og 7)", joint=True),
    ],
    extra=dict(
        intro=["Til Kompetanse Norge, sekretariatet for Kompetansepolitisk råd",
               "Vi viser til e-post av 12. oktober 2017 med rapporteringsskjema. Vedlagt er LOs rapportering for 2017. "
               "Vi har fylt ut ett skjema per tiltak, sju i alt."],
        contact="Kontaktperson i LO: Ingrid Solheim, rådgiver, Avdeling for samfunnspolitikk (ingrid.solheim@lo.no)",
    ),
)

F02 = dict(
    file="2017_Spekter_brev.pdf", reporter="Spekter", year=2017, fmt="pdf", lang="nb",
    layout="spekter_letter_pdf_paren_numbered_runin_paragraphs_two_label_lines_link_table_own_nr_to_oldnr_at_end_meetings_list",
    layout_desc=("Spekter letter printed to PDF (letterhead 'Spekter' with address line, reference block Deres ref./Vår ref./Dato, "
                 "addressee, bold subject, 'Side n' footer): the measures are numbered paragraphs '1)'–'7)' with a bold run-in title "
                 "and the text, each followed by two small label lines 'Ansvar og samarbeid: X, sammen med Y' and 'Tidspunkt og form: "
                 "… – <type word>'; the link to the strategy (old NKPS numbers) is ONLY in a table at the end 'Vårt nr. | Tiltak | "
                 "NKPS tiltak nr.' keyed by the letter's own numbers (short names); a list of meetings Spekter attended and the "
                 "signature are not measures"),
    measures=[
        M("S1", "Møteplass lærebedrifter", ["1.4", "2.3"], "arrangement", "Spekter",
          ["medlemsvirksomhetene", "Fafo", "fylkeskommuner", "opplæringskontorer"], "Årlig i mars, siden 2013",
          "Medlemmer som er lærebedrifter, eller som ønsker å bli det, møtes for å utveksle erfaringer og bli oppdatert på "
          "fag- og yrkesopplæringen. Tema i 2017 var kvalitet i alle ledd i fagopplæringen.", short="Møteplass lærebedrifter"),
        M("S6", "Brev til medlemsvirksomhetene om lærlinger", ["1.4", "2.3"], "brev", "Spekter", [],
          "Sendt 8. mai 2017",
          "Brevet går til øverste leder i alle medlemsvirksomhetene. Administrerende direktør viser til Samfunnskontrakten "
          "for flere læreplasser og oppfordrer virksomhetene til å vurdere om de kan ta inn flere lærlinger.",
          short="Brev om lærlinger"),
        M("S2", "Søkekonferanse om KompetansePluss arbeid", ["3.2"], "konferanse", "Spekter", ["Kompetanse Norge"],
          "September 2017, én dag",
          "Seminar der medlemsvirksomhetene får kunnskap om ordningen, gevinstene og hva som kreves for å søke. Gode "
          "eksempler fra virksomheter som allerede har gjennomført prosjekter trekkes fram.", short="Søkekonferanse"),
        M("S3", "Arbeidsgivernettverk for HR-direktører", ["2.2"], "nettverk", "Spekter", ["medlemsvirksomhetene"],
          "Fra 2016, løpende",
          "Nettverket møtes omtrent hvert kvartal og ledes av Spekters øverste leder. Strategien ble presentert for "
          "nettverket i februar og tas jevnlig opp som tema.", short="HR-nettverket"),
        M("TLS", "Konferanse for medlemsvirksomhetene og LOs tillitsvalgte", ["2.3"], "konferanse", "Spekter og LO", [],
          "30. november 2017",
          "Konferansen skal bidra til å nå målet i Samfunnskontrakt for flere læreplasser. Det blir innlegg fra "
          "fagmiljøer, virksomheter og tillitsvalgte.", short="Konferanse med LO"),
        M("S5", "Konferanse om integrering av flyktninger og innvandrere", ["3.4"], "konferanse", "Spekter",
          ["IMDi", "NAV"], "21. september 2017",
          "Konferansen skal øke kunnskap og interesse for å integrere flyktninger og innvandrere i arbeidslivet, med "
          "eksempler fra medlemsvirksomhetene og innlegg om offentlige støtteordninger.", short="Integreringskonferanse"),
        M("T02", "Spekters plass i Samarbeidsrådet for yrkesopplæring", ["1.4"], "råd", "KD",
          ["Spekter", "partene i arbeidslivet"], "Oppnevningsperioden 2016–2019",
          "Spekter har én representant i SRY og bruker plassen til å løfte behovene i helse- og transportsektoren.",
          short="SRY"),
    ],
    extra=dict(
        meetings=["Kompetansepolitisk råd, 14. februar 2017 (signering av strategien)",
                  "Kompetansepolitisk råd, 20. juni 2017",
                  "Innspillsmøte om Kompetansebehovsutvalgets mandat, 5. september 2017",
                  "Arendalsuka: panel om livslang læring i sykehusene, 16. august 2017"],
    ),
)

F03 = dict(
    file="2017_Regjeringen_oppfolging.docx", reporter="Regjeringen", year=2017, fmt="docx", lang="nb",
    layout="kd_oppfolging_note_h2_per_strategy_nr_italic_quote_bracket_type_tag_bullets_dept_in_parens_ingen_nye_tiltak_placeholders",
    layout_desc=("KD note 'Oppfølging av Nasjonal kompetansepolitisk strategi 2017' (Notat header grid Til/Fra/Dato/Saksnr., "
                 "'Kunnskapsdepartementet' header, centred PAGE footer): '1 Bakgrunn' (not measures), '2 Oppfølging av strategiens "
                 "tiltak' with a Heading 2 per OLD strategy number ('Strategiens tiltak nr. 4') followed by the strategy's wording "
                 "as an italic quote, then bullet measures of the form '[Type] Title (DEP) – text. Samarbeid med …. Tid: ….' "
                 "(type in square brackets first, the responsible ministry in brackets after the bold title); one bullet sits under "
                 "nr. 4 with 'gjelder også tiltak nr. 7'; several strategy numbers say only 'Ingen nye tiltak i 2017' or name a "
                 "planned study (not measures); '3 Videre arbeid' closing"),
    measures=[
        M("T01", "Etablere Kompetansebehovsutvalget (KBU)", ["1.1"], "utvalg", "KD",
          ["KMD", "ASD", "NFD", "partene i arbeidslivet"], "oppnevnt 2017, første rapport 2018",
          "Utvalget oppnevnes for perioden 2017–2021 og skal gi en samlet vurdering av kompetansebehovene på kort og lang "
          "sikt. Sekretariatet legges til Kompetanse Norge.", nr=1),
        M("T16", "Kompetanseløft 2020", ["1.4"], "plan", "HOD", ["KS", "Helsedirektoratet"], "2016–2020",
          "Regjeringens plan for rekruttering, kompetanse og fagutvikling i den kommunale helse- og omsorgstjenesten. "
          "Planen følges opp med tilskudd til videreutdanning for ansatte i kommunene.", nr=4),
        M("T04", "Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], "avtale", "KD",
          ["partene i arbeidslivet", "KS", "fylkeskommunene"], "2016–2020",
          "Kontrakten mellom regjeringen, partene og KS skal gi flere læreplasser. Målet er at alle kvalifiserte søkere "
          "får tilbud om læreplass.", nr=4, also=7),
        M("TDG", "Partssammensatt arbeidsgruppe for digital kompetanse", ["2.1"], "arbeidsgruppe", "KD",
          ["Kompetanse Norge", "LO", "NHO", "Unio", "KS", "YS", "Spekter", "Akademikerne", "Virke"],
          "høsten 2017–2018",
          "Arbeidsgruppen skal identifisere kompetansebehov som følge av digitalisering i arbeidslivet og foreslå tiltak "
          "for hele arbeidsstyrken.", nr=5),
        M("T07", "Forsøk med fagbrev på jobb", ["2.5"], "prosjekt/forsøk", "KD",
          ["Utdanningsdirektoratet", "partene i arbeidslivet", "fylkeskommunene"], "2016–2017",
          "Forsøket prøver ut en modell der voksne i arbeid kan ta fagbrev på grunnlag av praksis og opplæring på "
          "arbeidsplassen. Forsøket evalueres av Fafo.", nr=9),
        M("T27", "Raskere godkjenning av utenlandsk høyere utdanning", ["2.6"], "forenkling", "KD", ["NOKUT"],
          "2017–2018",
          "NOKUT får midler til å korte ned saksbehandlingstiden og til en ny ordning for vurdering av utenlandsk "
          "fagutdanning.", nr=10),
        M("T10", "Kompetansepluss arbeid og Kompetansepluss frivillighet", ["3.2"], "kurs/opplæring", "KD",
          ["Kompetanse Norge", "VOFO", "partene i arbeidslivet"], "løpende, årlige utlysninger",
          "Ordningene gir tilskudd til opplæring i grunnleggende ferdigheter på arbeidsplassen og i frivillige "
          "organisasjoner. Ordningene videreutvikles i dialog med partene og VOFO.", nr=12),
        M("T20", "Styrket arbeidsmarkedsopplæring (AMO) for arbeidssøkere", ["3.5"], "kurs", "ASD",
          ["Arbeids- og velferdsdirektoratet"], "fra 2017",
          "Flere plasser i arbeidsmarkedsopplæring med vekt på grunnleggende ferdigheter og norsk, og utvikling av et "
          "toårig yrkesrettet opplæringstiltak.", nr=15),
    ],
    extra=dict(
        empty={2: "Ingen nye tiltak i 2017. Oppfølgingen skjer gjennom regionreformen, jf. Prop. 84 S (2016–2017).",
               3: "Ingen nye tiltak i 2017.",
               6: "Ingen nye tiltak i 2017. Departementet planlegger en forstudie om avkastning av "
                  "kompetanseinvesteringer i 2018.",
               16: "Ingen nye tiltak i 2017. VOFO rapporterer selv."},
        strategy_text={
            1: "Etablere et kompetansebehovsutvalg (KBU).",
            2: "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle, og legge bedre til rette for regionalt samarbeid mellom ulike kompetanseaktører.",
            3: "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning med særlig vekt på de regionale karrieresentrene.",
            4: "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet, for å gjøre utdanningen relevant og for å gi bedre tilgang på kvalifisert arbeidskraft i alle regioner.",
            5: "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken for å imøtekomme den teknologiske utviklingen og sikre nødvendig omstilling.",
            6: "Styrke kunnskapsgrunnlaget om læring i arbeidslivet og spesielt kunnskapen om verdien av å investere i kompetanseutvikling.",
            9: "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet, slik at denne kan utnyttes mer effektivt.",
            10: "Forenkle og forbedre systemene for og tilgangen på godkjenning og vurdering av utenlandsk utdanning, yrkeskvalifikasjoner og kompletterende utdanning.",
            12: "Stimulere til bruk av Kompetanseplussordningene, inkludert prosjekter i samiske områder.",
            15: "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere som trenger kvalifisering for å komme i jobb.",
            16: "Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom opplæring i frivillig sektor.",
        },
    ),
)

F04 = dict(
    file="2018_NHO_sharepointliste.pdf", reporter="NHO", year=2018, fmt="pdf", lang="nb",
    layout="nho_sharepoint_list_view_print_grouped_by_status_with_counts_semicolon_multivalue_columns_endret_av_planlagt_group_not_reported",
    layout_desc=("a SharePoint list 'Kompetansetiltak NKPS' printed from the browser to PDF, landscape (date + page title in the "
                 "top margin, the long sharepoint.com URL and 'n/m' at the foot): suite bar and site name, list title and list "
                 "description, command bar (+ Ny, Rediger i rutenettvisning, Eksporter til Excel …, 'Alle elementer' view), "
                 "then the list grid Tittel | Delmål | Type | Ansvar | Samarbeid | Periode | Beskrivelse | Endret | Endret av, "
                 "GROUPED BY STATUS with collapsible group rows 'Status : Pågår (7)', 'Status : Avsluttet (1)', 'Status : "
                 "Planlagt (1)'; multi-value columns (Delmål, Samarbeid) are joined with '; '; the status, 'Endret' and "
                 "'Endret av' are not ground-truth fields; the one item in the 'Planlagt' group is not reported (the list "
                 "description says so) and is not a measure; item count '1 - 9' at the bottom"),
    measures=[
        M("T01", "NHO i Kompetansebehovsutvalget", ["1.1"], "Utvalg", "KD", HOVEDORG, "Løpende",
          "NHO deltar i utvalget som skal gi en felles forståelse av Norges kompetansebehov. Utvalgets første rapport "
          "kom i 2018.", status="Pågår", endret="12.11.2018", av="Kari Sollien"),
        M("T02", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Råd", "KD",
          ["NHO", "LO", "KS", "Spekter", "Virke", "YS"], "Løpende",
          "NHO har plass i SRY og i faglige råd for flere utdanningsprogram, og bruker dette til å gjøre fag- og "
          "yrkesopplæringen mer relevant for bedriftene.", status="Pågår", endret="12.11.2018", av="Kari Sollien"),
        M("T06", "Fagbrev på jobb – ny nasjonal ordning", ["2.5", "3.1"], "Ordning", "Utdanningsdirektoratet",
          ["NHO", "LO", "fylkeskommunene"], "Fra høsten 2018",
          "Etter forsøket i 2016–2017 blir fagbrev på jobb en nasjonal ordning. NHO informerer medlemsbedriftene om "
          "hvordan de kan bruke ordningen for ansatte uten fagbrev.", status="Pågår", endret="20.11.2018", av="Jon Aasen"),
        M("T26", "Felles modell for dokumentasjon av realkompetanse", ["2.5"], "FoU-prosjekt", "NHO",
          ["LO", "YS", "Virke"], "2018–2019",
          "Partene utvikler sammen en modell for å vurdere og dokumentere kompetanse tilegnet i arbeidslivet. En "
          "forstudie ble levert i mai 2018.", status="Pågår", endret="20.11.2018", av="Jon Aasen"),
        M("T04", "Samfunnskontrakten for flere læreplasser (2016–2020)", ["1.4", "2.3"], "Avtale", "KD",
          ["NHO", "LO", "YS", "Unio", "KS", "Spekter", "Virke"], "2016–2020",
          "NHO oppfordrer medlemsbedriftene til å ta inn lærlinger og har satt et eget mål om 1 000 nye "
          "lærebedrifter innen 2020.", status="Pågår", endret="21.11.2018", av="Kari Sollien"),
        M("TDG", "Arbeidsgruppen for digital kompetanse", ["2.1"], "Arbeidsgruppe", "KD",
          ["NHO", "LO", "Kompetanse Norge", "YS", "Unio", "KS"], "2017–2018",
          "Den partssammensatte gruppen har kartlagt hvilke digitale ferdigheter arbeidstakere trenger. NHO har bidratt "
          "med data fra medlemsbedriftene.", status="Avsluttet", endret="02.10.2018", av="Kari Sollien"),
        M("N1", "NHOs kompetansebarometer", ["2.2"], "Undersøkelse", "NHO", ["NIFU"], "Årlig",
          "NIFU spør NHOs medlemsbedrifter om kompetansebehov. Barometeret for 2018 viser at seks av ti bedrifter har "
          "udekket behov for kompetanse.", status="Pågår", endret="26.11.2018", av="Marte Lie"),
        M("N2", "Matindustrien 4.0 – kompetanseløft for matindustrien", ["2.1"], "Prosjekt", "NHO Mat og Drikke",
          ["LO/NNN", "Sjømat Norge"], "2018–2020",
          "Bransjeprosjekt for å heve den digitale kompetansen hos ansatte i matindustrien, med kurs som kan tas i "
          "arbeidstiden.", status="Pågår", endret="27.11.2018", av="Tore Viken"),
    ],
    extra=dict(
        planned=dict(title="Kompetansebarometer for reiselivet", dm="2.2", tp="Undersøkelse", resp="NHO Reiseliv",
                     partners="NIFU", period="2019", status="Planlagt",
                     desc="Egen reiselivsdel av barometeret. Avventer finansiering.", endret="28.11.2018",
                     av="Marte Lie"),
        description=("Tiltak NHO rapporterer til Kompetansepolitisk råd for 2018. Elementer med status Planlagt "
                     "rapporteres først når de er satt i gang."),
    ),
)

F05 = dict(
    file="2018_Trondelag_arsrapport.pdf", reporter="Trøndelag fylkeskommune", year=2018, fmt="pdf", lang="nb",
    layout="county_arsrapport_pdf_chapter_status_table_rs_goal_codes_and_nkps_column_first_row_two_numbered_measures_comments_keyed_by_title_type_in_brackets",
    layout_desc=("chapter '7 Kompetanse' of Trøndelag fylkeskommune's annual report 2018 (running header 'Trøndelag fylkeskommune · "
                 "Årsrapport 2018', printed page numbers 61–62): '7.1 Innledning', a 'Nøkkeltall' table (not measures), '7.2 Tiltak i "
                 "2018' = ONE status table Tiltak | Mål i regional strategi | NKPS | Status 2018 | Ansvar | Samarbeid | Periode "
                 "where the regional codes 'RS 1.2' look like delmål but are not, and where the FIRST row holds two measures "
                 "(the strategy and its forum) numbered '1)' '2)' in every cell that differs, with one shared value where they "
                 "agree; '7.3 Kommentarer til tiltakene' gives each "
                 "description as a bold title followed by the TYPE in brackets and the text; '7.4 Økonomi' table (not measures)"),
    measures=[
        M("C4", "Regional kompetansestrategi for Trøndelag 2018–2021", ["1.2"], "plan", "Trøndelag fylkeskommune",
          ["KS", "NHO Trøndelag", "LO i Trøndelag", "NAV Trøndelag", "NTNU"], "2018–2021",
          "Strategien ble vedtatt av fylkestinget i juni 2018 og samler fylkeskommunens kompetansearbeid med partene, "
          "NAV og utdanningsinstitusjonene.", rs="RS 1.1", status="Vedtatt juni 2018", pair=1),
        M("C2", "Kompetanseforum Trøndelag", ["1.2"], "nettverk", "Trøndelag fylkeskommune",
          ["NHO Trøndelag", "LO i Trøndelag", "KS", "NAV Trøndelag", "NTNU", "Fylkesmannen i Trøndelag"], "Fra 2018",
          "Forumet er partnerskapets møteplass og følger opp den regionale kompetansestrategien. Forumet møttes tre "
          "ganger i 2018.", rs="RS 1.2", status="Etablert", pair=2),
        M("C1", "Karrieresenter Trøndelag – karriereveiledning for voksne", ["1.3"], "tjeneste",
          "Trøndelag fylkeskommune", ["NAV Trøndelag"], "2018–2021",
          "Karrieresenteret gir gratis veiledning til voksne over 19 år i Trondheim, Steinkjer og Stjørdal, og "
          "veiledning på nett. 2 140 personer fikk veiledning i 2018.", rs="RS 2.3", status="I rute"),
        M("C3", "Fagbrev på jobb i Trøndelag", ["2.5"], "opplæring", "Trøndelag fylkeskommune",
          ["opplæringskontorene", "NAV Trøndelag"], "2018–2020",
          "Fylkeskommunen tilbyr voksne arbeidstakere å ta fagbrev gjennom arbeidet. 74 kandidater var i gang ved "
          "utgangen av året.", rs="RS 3.1", status="I rute"),
        M("C6", "Kunnskapsgrunnlag om kompetansebehov i Trøndelag", ["1.2"], "analyse", "Trøndelag fylkeskommune",
          ["Trøndelag Forskning og Utvikling", "NAV Trøndelag"], "2018",
          "Rapporten beskriver kompetansebehovene i næringslivet og offentlig sektor i fylket og er grunnlag for "
          "dimensjonering av tilbudet i videregående opplæring.", rs="RS 1.1", status="Gjennomført"),
        M("C8", "DigiT – digitaliseringsløft for kommunene i Trøndelag", ["2.1"], "utvalg",
          "KS, Trøndelag fylkeskommune og Fylkesmannen", ["kommunene"], "2018–2019",
          "Digitaliseringsutvalget skal samordne kompetanseheving i digitalisering for kommunene i Trøndelag.",
          rs="RS 2.1", status="Forsinket"),
    ],
    extra=dict(
        keyfigures=[("Voksne i videregående opplæring", "1 812", "1 934"),
                    ("Personer som fikk karriereveiledning", "1 650", "2 140"),
                    ("Nye lærekontrakter", "2 511", "2 603"),
                    ("Realkompetansevurderinger", "402", "455")],
        economy=[("Karriereveiledning", "9 400", "9 120"), ("Voksenopplæring", "31 200", "32 050"),
                 ("Fagopplæring", "402 300", "398 700"), ("Regional utvikling, kompetanse", "6 100", "5 870"),
                 ("Sum", "449 000", "445 740")],
    ),
)

FILES_A = [F01, F02, F03, F04, F05]
