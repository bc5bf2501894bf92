# -*- coding: utf-8 -*-
"""Files F07-F12 of match42."""
from common import M

F07 = dict(
    file="2019_YS_styresak.pdf", reporter="YS", year=2019, fmt="pdf", lang="nb",
    layout="ys_styresak_pdf_table_goal_words_truncated_ansv_marker_in_ansvar_samarbeid_cell_til_punkt_n_paragraphs_vedtak_last",
    layout_desc=("YS board paper 'Styresak 45/2019' printed to PDF (YS header, 'Side n av m' footer, a borderless grid Saksbehandler/"
                 "Arkivsak/Møtedato/Vedlegg): 'Bakgrunn' (not measures), then 'YS' tiltak i 2019' = a table Nr. | Tiltak | Delmål i "
                 "strategien | Form | Ansvar/samarbeid | Periode where the delmål are given ONLY as the beginning of the delmål's "
                 "wording cut off with '…' (two goals on two lines) and the responsible is marked '(ansv.)' inside a comma list; "
                 "the descriptions follow as 'Til punkt n:' paragraphs keyed by the row number; 'Vurdering' (mentions a possible "
                 "net course, not a measure) and 'Forslag til vedtak' at the end are not measures"),
    measures=[
        M("T01", "Deltakelse i Kompetansebehovsutvalget", ["1.1"], "Utvalg", "KD",
          ["YS", "de andre hovedorganisasjonene"], "Løpende",
          "YS er fast medlem i utvalget. Utvalgets andre rapport kom i juni 2019, og YS har særlig fulgt opp "
          "analysene av behovet for fagarbeidere."),
        M("T02", "SRY – YS' representasjon", ["1.4", "2.3"], "Råd", "KD",
          ["YS", "LO", "NHO", "KS", "Spekter", "Virke", "Unio"], "2016–2019, ny periode fra 2020",
          "YS har én representant i Samarbeidsrådet for yrkesopplæring og spiller inn saker fra forbundene i handel, "
          "transport og helse."),
        M("T11", "Referansegruppen for ekspertutvalget om etter- og videreutdanning", ["2.2"], "Utvalg", "KD",
          ["YS", "partene"], "2018–2019",
          "Ekspertutvalget (Hagen-utvalget) skal vurdere hvordan etter- og videreutdanning kan styrkes. YS sitter i "
          "referansegruppen og har levert to skriftlige innspill."),
        M("T26", "Partssamarbeid om dokumentasjon av kompetanse fra arbeidslivet", ["2.5"], "FoU", "NHO",
          ["LO", "YS", "Virke"], "2018–2020",
          "Partene utvikler en felles modell for å dokumentere kompetanse som er ervervet i arbeidslivet. YS deltar i "
          "prosjektgruppen."),
        M("Y1", "YS-skolen: kurs for tillitsvalgte om kompetanseutvikling", ["2.2"], "Kurs", "YS", ["forbundene"],
          "Vår og høst 2019",
          "To-dagers kurs der tillitsvalgte lærer å bruke hovedavtalens bestemmelser om kompetanse. 142 tillitsvalgte "
          "deltok i 2019."),
        M("Y2", "YS Arbeidslivsbarometer – kompetansedelen", ["2.2"], "FoU", "YS", ["Respons Analyse"], "Årlig",
          "Barometeret måler arbeidstakernes erfaringer med læring på jobben. I 2019 ble det lagt til spørsmål om "
          "digital kompetanse."),
    ],
    extra=dict(
        meta=[("Saksbehandler", "Hanne Berg"), ("Arkivsak", "19/00312"), ("Møtedato", "10.12.2019"),
              ("Vedlegg", "Rapporteringsmal fra Kompetanse Norge")],
        vurdering=("Sekretariatet mener YS' tiltak dekker delmålene under læring i arbeidslivet godt. YS vurderer å "
                   "starte et eget nettkurs i digital kompetanse for tillitsvalgte i 2020, men dette er ikke besluttet og "
                   "rapporteres ikke nå."),
        vedtak=["Styret tar rapporteringen til Kompetansepolitisk råd for 2019 til orientering.",
                "Rapporten oversendes Kompetanse Norge innen 15. desember 2019."],
    ),
)

F08 = dict(
    file="2019_Akademikerne_epost.docx", reporter="Akademikerne", year=2019, fmt="docx", lang="nb",
    layout="akademikerne_mail_pasted_in_word_dash_rule_blocks_colon_labels_tiltak_maal_slags_hvem_naar_hva_owner_dash_med_representation_list",
    layout_desc=("an e-mail pasted into a blank Word document (the 'Fra:/Sendt:/Til:/Emne:' header lines kept at the top, no "
                 "headings or list styles): 'Hei,' and a sentence, then one block per measure separated by lines of dashes '------'; each block "
                 "is plain label lines 'Tiltak:' 'Mål:' 'Slags:' 'Hvem:' 'Når:' 'Hva:' (Mål sometimes a code, sometimes a code "
                 "with a short gloss in brackets; Hvem 'OWNER – med A, B og C'); a closing list 'Akademikerne er ellers "
                 "representert i:' (bodies, some of which are also measures above) and the signature are not measures"),
    measures=[
        M("T01", "Akademikerne i Kompetansebehovsutvalget", ["1.1"], "utvalg", "KD",
          ["Akademikerne", "de andre hovedorganisasjonene"], "løpende fra 2017",
          "Vi deltar i utvalgets møter og har bidratt med data om akademikeres kompetansebehov til rapporten for 2019.",
          mal="1.1"),
        M("T03", "RSA ved universitetene og høyskolene", ["1.4"], "råd", "universitetene og høyskolene",
          ["Akademikerne", "NHO", "Virke", "Unio"], "løpende",
          "Råd for samarbeid med arbeidslivet finnes ved alle statlige institusjoner. Akademikernes foreninger har "
          "representanter i 14 av rådene.", mal="1.4 (samarbeid utdanning–arbeidsliv)"),
        M("T11", "Referansegruppe for EVU-utvalget", ["2.2"], "referansegruppe", "KD",
          ["Akademikerne", "YS", "LO", "NHO"], "2018–2019",
          "Akademikerne har gitt innspill til ekspertutvalget for etter- og videreutdanning, blant annet om "
          "finansiering av videreutdanning for arbeidstakere med høyere utdanning.", mal="2.2"),
        M("A1", "Tillitsvalgtkurs om kompetanseplaner", ["2.2"], "kurs", "Akademikerne", ["medlemsforeningene"],
          "høsten 2019",
          "Kurs for tillitsvalgte i staten om hvordan kompetanseplaner kan forhandles lokalt.", mal="2.2"),
        M("A4", "Karriererådgivning for medlemmer", ["1.3"], "informasjon", "Akademikerne",
          ["Tekna", "Samfunnsviterne", "Econa"], "løpende",
          "Foreningene tilbyr karrieresamtaler, CV-gjennomgang og webinarer om jobbskifte for medlemmene.",
          mal="1.3 (karriereveiledning)"),
        M("A2", "Medlemsundersøkelse om etter- og videreutdanning", ["2.2"], "undersøkelse", "Akademikerne",
          ["Ny Analyse"], "2019",
          "Undersøkelse blant 4 000 medlemmer om deltakelse i og behov for etter- og videreutdanning.", mal="2.2"),
    ],
    extra=dict(
        mailhead=[("Fra", "Lene Aasen <lene.aasen@akademikerne.no>"), ("Sendt", "fredag 29. november 2019 14:12"),
                  ("Til", "postmottak@kompetansenorge.no"), ("Emne", "Akademikernes tiltak 2019 - NKPS")],
        representation=["Kompetansebehovsutvalget", "Råd for samarbeid med arbeidslivet (RSA) ved flere institusjoner",
                        "Nasjonalt forum for karriereveiledning (observatør)", "Styret for Diku"],
    ),
)

F09 = dict(
    file="2020_Virke_rapport.pdf", reporter="Virke", year=2020, fmt="pdf", lang="nb",
    layout="virke_pdf_one_table_per_area_bidrar_til_innhold_ledes_av_involverte_tidsramme_art_second_table_split_no_header_empty_area_row_count_table",
    layout_desc=("Virke report exported from Word (portrait; 'virke' logo word and 'Rapportering til Kompetansepolitisk råd 2020' "
                 "in the header, 'Side n av m' footer): 'Innledning' with a korona paragraph, then ONE TABLE PER "
                 "hovedinnsatsområde with the columns Tiltak | Bidrar til delmål | Innhold | Ledes av | Involverte | Tidsramme | "
                 "Art; between the first and second table a paragraph names Virke's seats in faglige råd that are 'not own "
                 "measures'; the second table runs over a page break WITHOUT a repeated header and one row (its description "
                 "cell) is split between the pages; the third table has a single row saying Virke has no own measures there (not a measure); a closing "
                 "'Tiltak per område' count table (not measures)"),
    measures=[
        M("T03", "Virkes deltakelse i RSA ved høyskolene", ["1.4"], "Råd/utvalg/nettverk", "universitetene og høyskolene",
          ["Virke", "NHO", "Unio"], "Løpende",
          "Virke har plass i råd for samarbeid med arbeidslivet ved fem høyskoler og bruker plassen til å fremme "
          "praksis i handel og tjenesteyting.", area="1"),
        M("T02", "Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg/nettverk", "KD",
          ["Virke", "partene"], "Ny periode 2020–2023",
          "Virke representerer handel, service og ideell sektor i SRY og i de faglige rådene for salg, service og "
          "reiseliv.", area="1"),
        M("R1", "Handelsløftet", ["2.1", "2.4"], "Kurs/utdanning", "Virke", ["Handel og Kontor", "Kompetanse Norge"],
          "2019–2021",
          "Virkes og Handel og Kontors eget kompetanseløft for varehandelen, med korte nettbaserte moduler i digital "
          "handel og kundebehandling for ansatte og permitterte. Over 3 000 deltakere i 2020. Moduler i netthandel, lager og logistikk og "
          "salgsledelse ble utviklet sammen med fagskoler og høyskoler, og tilbudet ble utvidet da mange ble "
          "permittert i mars.", area="2"),
        M("T26", "Verdsetting av kompetanse ervervet i arbeidslivet – modellutvikling", ["2.5"], "FoU", "NHO",
          ["Virke", "LO", "YS"], "2018–2020",
          "Partssamarbeid om en modell for å dokumentere og verdsette kompetanse fra arbeidslivet. Rapporten ble "
          "levert høsten 2020.", area="2"),
        M("R3", "Virkes HR-monitor 2020", ["2.2"], "Analyse", "Virke", ["Opinion"], "2020",
          "Årlig undersøkelse blant ledere i Virkes medlemsvirksomheter. I 2020 handlet kompetansedelen om omstilling "
          "under koronapandemien.", area="2"),
        M("R4", "Kompetansebevis for handelsansatte", ["2.5"], "Prosjekt", "Virke", ["Handel og Kontor"],
          "2020–2021",
          "Utvikling av et bransjebevis som dokumenterer opplæring og erfaring for ansatte uten fagbrev.", area="2"),
        M("R2", "HR-nettverk for Virke-medlemmer", ["2.2"], "Nettverk", "Virke", ["medlemsvirksomhetene"],
          "Løpende",
          "Nettverket samler HR-ledere fra medlemmene fire ganger i året; i 2020 digitalt.", area="2"),
    ],
    extra=dict(
        korona=("Koronapandemien preget året. Flere av Virkes planlagte arrangementer ble avlyst, og innsatsen ble "
                "vridd mot tilbud til permitterte."),
        none3="Virke har ingen egne tiltak under dette hovedinnsatsområdet i 2020.",
    ),
)

F10 = dict(
    file="2020_Unio_rapport.docx", reporter="Unio", year=2020, fmt="docx", lang="nb",
    layout="unio_word_two_text_column_section_bold_titles_slash_factline_before_text_korona_box_planned_postponed_paragraph",
    layout_desc=("Unio Word report: a one-column first part (title, 'Om rapporten' explaining the order of the fact line, a "
                 "shaded 'Korona' box), then a section break into a TWO-COLUMN newspaper-style section (w:cols num=2) where each "
                 "measure is a bold title paragraph, a small italic fact line with slashes 'Delmål 1.1 / råd og utvalg / KD, med "
                 "Unio og … / løpende' and the text; after a column break a paragraph 'Planlagt, men utsatt' names a webinar "
                 "series that did not start (not a measure); a one-column closing 'Kontakt' paragraph"),
    measures=[
        M("T01", "Unio i kompetansebehovsutvalget", ["1.1"], "råd og utvalg", "KD",
          ["Unio", "de andre hovedorganisasjonene"], "løpende",
          "Unio har én plass i utvalget og har særlig vært opptatt av behovet for sykepleiere og lærere."),
        M("T03", "Unios deltakelse i RSA", ["1.4"], "råd og utvalg", "universiteter og høyskoler",
          ["Unio", "medlemsforbundene"], "løpende",
          "Medlemsforbundene har representanter i råd for samarbeid med arbeidslivet ved universiteter og høyskoler "
          "som utdanner profesjonene."),
        M("T18", "Unio i Nasjonalt fagskoleråd", ["1.4"], "råd og utvalg", "KD", ["Unio", "NHO", "LO", "fagskolene"],
          "fra 2018",
          "Rådet gir innspill om utviklingen av fagskolesektoren. Unio følger særlig helse- og oppvekstfagene."),
        M("U1", "Tillitsvalgtskolering om kompetanseutvikling", ["2.2"], "kurs", "Unio", ["medlemsforbundene"],
          "2020, digitalt fra april",
          "Felles kursdag for tillitsvalgte om kompetanseplaner og rett til utdanningspermisjon. Kurset ble lagt om til "
          "nett da landet stengte ned."),
        M("U2", "Unios medlemsundersøkelse om etter- og videreutdanning", ["2.2"], "undersøkelse", "Unio",
          ["Proba samfunnsanalyse"], "2020",
          "Undersøkelse blant 6 500 medlemmer om tilgang til videreutdanning og hvem som betaler."),
        M("U3", "Innspill til kompetansereformen «Lære hele livet»", ["2.2"], "høringsinnspill", "Unio",
          ["medlemsforbundene"], "våren 2020",
          "Unio ga skriftlige og muntlige innspill til stortingsmeldingen om kompetansereformen, med vekt på "
          "finansiering og tid til læring."),
    ],
    extra=dict(
        korona=("Koronapandemien gjorde at flere av Unios planlagte tiltak ble flyttet til nett eller utsatt. "
                "Medlemmene i helse og skole har hatt en svært krevende arbeidssituasjon."),
        planned=("Webinarserie om livslang læring i helse og utdanning. Serien skulle starte i mai 2020, men er utsatt "
                 "til 2021 på grunn av koronapandemien."),
    ),
)

F11 = dict(
    file="2020_VOFO_rapport.pdf", reporter="VOFO", year=2020, fmt="pdf", lang="nb",
    layout="vofo_pdf_sections_per_studieforbund_owner_only_from_heading_right_aligned_goal_tag_on_title_line_dot_factline_kursstatistikk",
    layout_desc=("VOFO report exported from Word (green header rule 'VOFO – Voksenopplæringsforbundet', footer 'vofo.no · n'): "
                 "intro, then a numbered section per responsible actor ('1 VOFO', '2 AOF Norge', '3 Folkeuniversitetet') – the "
                 "responsible is ONLY the actor in the section heading; each measure is a bold title line with the delmål as a "
                 "right-aligned tag on the same line ('Delmål 3.2 og 3.6'), a grey line 'Type: kurs · Med: … · Tid: …' and the "
                 "text; a 'Kursstatistikk 2020' table per study association (not measures) and a contact line close the report"),
    measures=[
        M("T10", "Kompetansepluss frivillighet", ["3.2", "3.6"], "kurs", "VOFO",
          ["Kompetanse Norge", "studieforbundene"], "løpende, søknadsrunde høsten 2020",
          "VOFO informerer og veileder studieforbund og frivillige organisasjoner som søker midler til opplæring i "
          "grunnleggende ferdigheter.", sect="VOFO"),
        M("O3", "Regionkonsulenter i VOFO-regionene", ["1.2"], "prosjekt", "VOFO",
          ["VOFO-regionene", "fylkeskommunene"], "2019–2021",
          "Regionkonsulentene skal styrke samarbeidet med fylkeskommunene og gjøre studieforbundene synlige i de "
          "regionale kompetansepartnerskapene.", sect="VOFO"),
        M("O1", "Digitale kurs for nye kursledere", ["2.1", "3.6"], "kurs", "VOFO", ["studieforbundene"],
          "høsten 2020",
          "Nettbasert kurslederopplæring slik at studieforbundene kunne flytte kurs over på nett under pandemien.",
          sect="VOFO"),
        M("O2", "Norsktrening for innvandrere i frivilligheten", ["3.4", "3.6"], "kurs", "AOF Norge",
          ["NAV", "kommuner"], "2020",
          "Språkkafeer og norskkurs med frivillige kursledere i 18 kommuner, som supplement til "
          "introduksjonsprogrammet.", sect="AOF Norge"),
        M("O4", "Grunnleggende digitale ferdigheter for seniorer", ["2.1", "3.6"], "kurs", "Folkeuniversitetet",
          ["Pensjonistforbundet"], "2020–2021",
          "Korte kurs i bruk av nettbank, digitale skjemaer og videosamtaler for seniorer.",
          sect="Folkeuniversitetet"),
    ],
    extra=dict(
        sections=["VOFO", "AOF Norge", "Folkeuniversitetet"],
        stats=[("AOF Norge", "9 210", "61 400", "118 300"), ("Folkeuniversitetet", "11 940", "83 200", "146 900"),
               ("Studieforbundet kultur og tradisjon", "14 020", "97 600", "152 700"),
               ("Sum alle studieforbund", "79 800", "529 000", "1 020 500")],
    ),
)

F12 = dict(
    file="2021_LO_epost.pdf", reporter="LO", year=2021, fmt="pdf", lang="nb",
    layout="lo_outlook_print_pdf_numbered_bold_title_dash_text_trailing_paren_semicolon_facts_quoted_request_lists_last_years_titles",
    layout_desc=("Outlook e-mail printed to PDF (sender name in bold over a black rule, Fra/Sendt/Til/Emne/Vedlegg block, a bare "
                 "page number in the footer): 'Hei!' and two sentences (the attached note is NOT the report), then the "
                 "measures as a typed numbered list '1. <bold title> – text (delmål …; type; OWNER, med …; period)' where the "
                 "facts are ONLY in the trailing bracket in that fixed order; signature; below it the quoted request from the "
                 "secretariat ('-----Opprinnelig melding-----') with the instructions and, 'til orientering', the list of "
                 "titles LO reported LAST year (partly the same measures, partly ended ones) – not measures of this report"),
    measures=[
        M("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "råd/utvalg", "KD", ["partene"], "løpende",
          "LO deltar fortsatt i utvalget. Utvalgets rapport for 2021 handlet om kompetansebehov etter pandemien."),
        M("T02", "Samarbeidsrådet for yrkesopplæring (SRY) – ny periode", ["1.4", "2.3"], "råd/utvalg", "KD",
          ["partene"], "2020–2023",
          "LO har tre medlemmer i rådet i den nye perioden og leder arbeidet med fornyelse av tilbudsstrukturen."),
        M("L1", "Tillitsvalgtopplæring om kompetanse – digitalt kurs", ["2.2"], "kurs", "LO", ["AOF Norge"], "2021",
          "Kurset for tillitsvalgte om kompetanseutvikling på arbeidsplassen er gjort om til et digitalt kurs som kan "
          "tas i egen takt."),
        M("T08", "Bransjeprogrammene – LOs deltakelse i programrådene", ["2.1", "2.4"], "råd/utvalg", "KD",
          ["LO", "NHO", "HK-dir"], "2020–2022",
          "LO og forbundene sitter i programrådene for bransjeprogrammene og er med og prioriterer hvilke "
          "opplæringstilbud som skal utvikles."),
        M("T18", "Nasjonalt fagskoleråd", ["1.4"], "råd/utvalg", "KD", ["partene", "fagskolene"], "løpende",
          "LO har plass i rådet og arbeider for flere fagskoletilbud for fagarbeidere."),
        M("L4", "Krav om kompetanse i tariffoppgjøret 2021", ["2.2"], "tariffkrav", "LO", ["forbundene"], "2021",
          "LO fremmet krav om partssammensatte utvalg for etter- og videreutdanning i flere tariffområder."),
        M("T04", "Samfunnskontrakten for flere læreplasser (avsluttet 2020)", ["1.4", "2.3"], "avtale", "KD",
          ["partene"], "2016–2020",
          "Kontrakten ble avsluttet ved utgangen av 2020. LO har bidratt til sluttrapporten og til arbeidet med en ny "
          "kontrakt."),
    ],
    extra=dict(
        mailhead=[("Fra", "Tor Arne Bakken <tor.arne.bakken@lo.no>"), ("Sendt", "tirsdag 30. november 2021 15:47"),
                  ("Til", "Sekretariatet Kompetansepolitisk råd <kpr@hkdir.no>"),
                  ("Emne", "SV: Rapportering til Kompetansepolitisk råd 2021"),
                  ("Vedlegg", "LO_kompetansepolitikk_2021.pdf")],
        lastyear=["Kompetansebehovsutvalget (KBU)", "Samarbeidsrådet for yrkesopplæring (SRY)",
                  "Samfunnskontrakten for flere læreplasser", "Tillitsvalgtopplæring om kompetanseutvikling",
                  "Kompetansereformen – LOs innspill", "Korona: kurs for permitterte medlemmer"],
    ),
)

FILES_B = [F07, F08, F09, F10, F11, F12]
