# -*- coding: utf-8 -*-
"""Files 1-4: LO 2017, Spekter 2017, Regjeringen 2018, YS 2018."""
from batch_common import M, KURS, PROSJ, RAAD, FOU, ARR, ANNET

HOVEDORG = ["LO", "NHO", "YS", "Unio", "Spekter", "Virke", "KS", "Akademikerne"]

FILES_A = [
    # ------------------------------------------------------------------ 1
    dict(
        file="2017_LO_brev_rapportering.docx", reporter="LO", year=2017, fmt="docx", lang="nb",
        made_with="python-docx (+ numPr list, PAGE fields)",
        layout="letterhead_letter_autonumber_form_line",
        layout_desc=("LO letter on the letterhead template (logo text in the page header, address line and "
                     "'Side x av y' in the footer, Vår ref./Deres ref./Dato grid, addressee, bold subject); "
                     "measures are a Word auto-numbered list (numbers come from numbering.xml, not the text): "
                     "bold title paragraph, description paragraph, then an indented grey line "
                     "'Strategiens tiltak nr. … · Ansvar: … · Med: … · Tid: … · Form: …'; a 'Videre arbeid' "
                     "paragraph with a possible 2018 measure, the signature and 'Kopi:' list are not measures"),
        not_measures="intro, 'Videre arbeid' (a possible industry programme for 2018), signature, 'Kopi:' list, header/footer",
        measures=[
            M("T01", "LOs plass i Kompetansebehovsutvalget (KBU)", ["1.1"], RAAD, "råd/utvalg", "KD",
              HOVEDORG, "2017–2021",
              "LO har krevd at partene skal ha en reell plass i utvalget, og vil bruke plassen til å få fram "
              "hvilke kompetansebehov tillitsvalgte ser på arbeidsplassene. Utvalget settes ned høsten 2017.",
              dm="1"),
            M("T03", "Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], ANNET, "avtale", "KD",
              ["LO", "NHO", "KS", "Spekter", "Virke", "YS", "Unio"], "2016–2020",
              "LO følger opp kontrakten gjennom forbundene og de faglige rådene. Målet er at alle kvalifiserte "
              "søkere skal få læreplass.", dm="4 og 7"),
            M("T29", "Modell for å beskrive kompetanse fra arbeidslivet", ["2.5"], FOU, "utredning", "Virke",
              ["LO", "NHO", "YS"], "2017–2018",
              "Partene utvikler sammen en metode og modell for å beskrive og verdsette kompetanse som er "
              "bygget opp i arbeidslivet. LO deltar i styringsgruppen.", dm="9"),
            M("L1", "Tillitsvalgtopplæring om kompetanseutvikling på arbeidsplassen", ["2.1", "2.2"], KURS, "kurs",
              "LO", ["forbundene", "AOF"], "Fra høsten 2017",
              "Nytt kursopplegg for klubbledere og tillitsvalgte om hvordan de kan bruke hovedavtalens "
              "bestemmelser om kompetanse og ta initiativ til kompetanseplaner i egen virksomhet.",
              dm="5 og 6"),
            M("L2", "Notat om tariffavtalenes betydning i kompetansepolitikken", ["2.2"], FOU, "notat (FoU)", "LO",
              ["Fafo"], "2017",
              "Fafo kartlegger hvilke bestemmelser om etter- og videreutdanning som finnes i tariffavtalene, "
              "og hvordan de blir brukt lokalt.", dm="6"),
            M("L3", "Samarbeid med UiO om utvikling av kunnskapsøkonomien", ["1.4"], PROSJ, "prosjekt", "LO",
              ["NHO", "UiO"], "2017–2019",
              "Et samarbeid mellom partene og Universitetet i Oslo om forskning og undervisning som styrker "
              "kunnskapen om kunnskapsøkonomien og arbeidslivets behov.", dm="4"),
        ],
    ),
    # ------------------------------------------------------------------ 2
    dict(
        file="2017_Spekter_epost_rapportering.pdf", reporter="Spekter", year=2017, fmt="pdf", lang="nb",
        made_with="reportlab",
        layout="outlook_email_print_items_quoted_template",
        layout_desc=("Outlook print of Spekter's reply e-mail: printing user's name over a thick rule, "
                     "Fra/Sendt/Til/Kopi/Emne block, body 'Hei, …', items '1) Title' followed by short label lines "
                     "'NKPS nr:', 'Type:', 'Hvem:', 'Sammen med:', 'Når:' and a text paragraph; signature and "
                     "disclaimer; below it the quoted request from Kompetanse Norge with a filled-in EXAMPLE "
                     "(KBU) that is not a measure; Outlook page number at the foot"),
        not_measures="mail header, greeting, signature, disclaimer, the quoted request and its 'Eksempel' item (KBU)",
        measures=[
            M("S1", "Møteplass lærebedrifter", ["1.4", "2.3"], ARR, "arrangement", "Spekter",
              ["medlemsvirksomhetene", "Fafo", "fylkeskommuner", "opplæringskontorer"],
              "Hvert år i mars, første gang 2013",
              "Heldagsmøte for medlemmer som er eller vil bli lærebedrifter. Deltakerne utveksler erfaringer "
              "og blir oppdatert på hva som skjer i fag- og yrkesopplæringen.", dm="4 og 7"),
            M("S2", "Søkekonferanse om KompetansePluss arbeid", ["3.2"], ARR, "konferanse", "Spekter",
              ["Kompetanse Norge"], "13. september 2017",
              "Seminar der medlemsvirksomhetene får vite mer om ordningen, gevinstene ved å bruke den og hva "
              "som kreves for å søke. Vi vurderer å holde konferansen hvert år.", dm="12"),
            M("S3", "Arbeidsgivernettverk for HR-direktører", ["2.2"], RAAD, "nettverk", "Spekter",
              ["medlemsvirksomhetene"], "Startet 2016, løpende",
              "Nettverket møtes omtrent hvert kvartal og drøfter kompetansepolitiske og andre "
              "arbeidslivspolitiske spørsmål. Strategien tas jevnlig opp som tema.", dm="6"),
            M("S4", "Lærlingkonferanse sammen med LO", ["2.3"], ARR, "konferanse", "Spekter og LO", [],
              "30. november 2017",
              "Konferanse for Spekters medlemsvirksomheter og LOs tillitsvalgte. Målet er å motivere "
              "virksomhetene til å ta inn flere lærlinger.", dm="7"),
            M("T03", "Oppfølging av samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], ANNET,
              "oppfølging", "Spekter", [], "2016–2020",
              "Administrerende direktør sendte 8. mai brev til alle medlemsvirksomhetene med oppfordring om å "
              "ta inn flere lærlinger. Kontrakten følges opp i møter med medlemmene i hele kontraktsperioden.",
              dm="4 og 7"),
            M("S5", "Livslang læring i sykehussektoren i Europa (HOSPEEM–EPSU)", ["2.2"], PROSJ, "prosjekt",
              "HOSPEEM og EPSU", ["Spekter", "Fagforbundet", "Norsk Sykepleierforbund"], "Våren 2017–2019",
              "Spekter sitter i styringsgruppen for et europeisk prosjekt med to konferanser om verdien av å "
              "investere i kompetanse i sykehusene. Neste konferanse er i Litauen i mai 2018.", dm="6"),
        ],
    ),
    # ------------------------------------------------------------------ 3
    dict(
        file="2018_Regjeringen_notat_oppfolging.pdf", reporter="Regjeringen", year=2018, fmt="pdf", lang="nb",
        made_with="reportlab",
        layout="ministry_note_department_sections_count_table",
        layout_desc=("KD's internal-style NOTAT: Til/Fra/Dato/Saksnr./Emne grid, '1 Innledning', '2 Oversikt' "
                     "with 'Tabell 1 Antall tiltak per departement' (counts and a Sum, not measures), then one "
                     "numbered chapter per department ('3 Kunnskapsdepartementet', '4 Arbeids- og "
                     "sosialdepartementet'): the department in the chapter heading is the responsible; each measure "
                     "a bold title, four label lines 'Knyttet til delmål' (code + short words), 'Art', 'I samarbeid "
                     "med', 'Tidsperiode', then the text; measures run over page breaks; '5 Videre arbeid' is not "
                     "measures; running header 'KD – notat' and 'Side n av m'"),
        not_measures="header grid, Innledning, Tabell 1 (counts per department), '5 Videre arbeid' (kompetansereform, new white paper)",
        measures=[
            M("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], RAAD, "Råd/utvalg", "Kunnskapsdepartementet",
              ["KMD", "ASD", "NFD", "partene i arbeidslivet", "Kompetanse Norge"], "2017–2021",
              "Utvalget ble oppnevnt i 2017 og la fram sin første rapport, NOU 2018: 2, i februar 2018. "
              "Kompetanse Norge er sekretariat. Utvalget skal levere en hovedrapport hvert annet år og "
              "temarapporter i mellomårene.", dm="1.1 Kompetansebehovsutvalg", dept="KD"),
            M("T10", "Nasjonal digital karriereveiledningstjeneste", ["1.3"], ANNET, "Informasjon",
              "Kunnskapsdepartementet", ["Kompetanse Norge", "Utdanningsdirektoratet"], "2018–2020",
              "Kompetanse Norge utvikler en nettbasert tjeneste med chat og telefon, slik at alle kan få "
              "karriereveiledning uansett hvor de bor.", dm="1.3 Karriereveiledning", dept="KD"),
            M("T18", "Nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], PROSJ, "Prosjekt",
              "Kunnskapsdepartementet", ["Kompetanse Norge", "fylkeskommunene"], "2017–2019",
              "Rammeverket skal gi felles standarder for etikk, kompetanse og kvalitet i karriereveiledningen, "
              "blant annet en nasjonal kompetansestandard for karriereveiledere.",
              dm="1.3 Karriereveiledning", dept="KD"),
            M("T15", "Partssammensatt arbeidsgruppe for digital kompetanse", ["2.1"], RAAD, "Arbeidsgruppe",
              "Kunnskapsdepartementet",
              ["LO", "NHO", "Unio", "KS", "YS", "Spekter", "Akademikerne", "Kompetanse Norge"],
              "Januar–april 2018",
              "Arbeidsgruppen har identifisert kritiske kompetansebehov som følger av digitalisering, og har "
              "foreslått konkrete prosjekter for Kompetansepolitisk råd. Kompetanse Norge var sekretariat.",
              dm="2.1 Digital kompetanse", dept="KD"),
            M("T12", "Tilskudd til fleksible videreutdanningstilbud i digital kompetanse", ["2.1"], KURS,
              "Utdanning", "Kunnskapsdepartementet", ["Kompetanse Norge", "DIKU", "partene i arbeidslivet"],
              "Fra 2018",
              "Universiteter, høyskoler og fagskoler kan søke om midler til å utvikle fleksible tilbud i "
              "digital kompetanse sammen med arbeidslivet. Den første utlysningen ble gjennomført høsten 2018.",
              dm="2.1 Digital kompetanse", dept="KD"),
            M("T11", "Ekspertutvalg for etter- og videreutdanning", ["2.2"], RAAD, "Utvalg",
              "Kunnskapsdepartementet", ["forskere", "utdanningsinstitusjoner", "arbeidslivet"], "2018–2019",
              "Utvalget skal vurdere hvordan det offentlige og partene kan legge bedre til rette for etter- og "
              "videreutdanning. Rapporten leveres i juni 2019.", dm="2.2 Kunnskapsgrunnlaget", dept="KD"),
            M("T06", "Bransjeprogram for industri, bygg og helse- og omsorgssektoren", ["2.1", "2.4"], KURS,
              "Kurs/utdanning", "Kunnskapsdepartementet",
              ["Kompetanse Norge", "partene", "bransjene", "utdanningsinstitusjonene"], "Fra 2019",
              "Trepartsprogrammer der staten og partene i arbeidslivet sammen skal øke deltakelsen i etter- og "
              "videreutdanning i utvalgte bransjer. Tilbudene skal være fleksible og kunne tas ved siden av "
              "jobb.", dm="2.1 Digital kompetanse og 2.4 Kobling til tilbydere", dept="KD"),
            M("T05", "Fagbrev på jobb", ["3.1"], KURS, "Kurs/utdanning", "Kunnskapsdepartementet",
              ["Utdanningsdirektoratet", "fylkeskommunene", "partene"], "Fra 2018",
              "Ordningen gjør det mulig for voksne i arbeid å ta fagbrev på en praksisnær måte, etter forsøk i "
              "flere fylkeskommuner i 2016–2017.", dm="3.1 Fleksibel opplæring for voksne", dept="KD"),
            M("T08", "Kompetansepluss arbeid og Kompetansepluss frivillighet", ["3.2"], ANNET, "Tilskuddsordning",
              "Kunnskapsdepartementet", ["Kompetanse Norge", "VOFO", "partene"], "Løpende",
              "Tilskudd til opplæring i grunnleggende ferdigheter i lesing, skriving, regning, muntlig "
              "kommunikasjon og digitale ferdigheter, på arbeidsplassen og i frivillige organisasjoner. Fra 2019 "
              "prøves fagopplæring ut i ordningen.", dm="3.2 Kompetansepluss", dept="KD"),
            M("T25", "Ny IA-avtale 2019–2022", ["3.3"], ANNET, "Avtale", "Arbeids- og sosialdepartementet",
              ["partene i arbeidslivet"], "2019–2022",
              "Den nye intensjonsavtalen om et mer inkluderende arbeidsliv ble inngått i desember 2018. Partene "
              "og myndighetene har forpliktet seg til at også kompetansetiltak kan være nødvendige for å kunne "
              "stå i arbeid.", dm="3.3 Arbeidslivet som læringsarena", dept="ASD"),
            M("T28", "Nytt opplæringstiltak i arbeidsmarkedspolitikken", ["3.5"], KURS, "Kurs/utdanning",
              "Arbeids- og sosialdepartementet", ["Arbeids- og velferdsdirektoratet"], "Fra 1. januar 2019",
              "Arbeidsmarkedsopplæring og utdanning som tiltak samles i ett nytt opplæringstiltak, med større "
              "vekt på yrkesrettet opplæring og mulighet for inntil tre års utdanning for enkelte grupper.",
              dm="3.5 NAVs opplæringstilbud", dept="ASD"),
        ],
    ),
    # ------------------------------------------------------------------ 4
    dict(
        file="2018_YS_styresak.docx", reporter="YS", year=2018, fmt="docx", lang="nb",
        made_with="python-docx",
        layout="union_board_paper_attachment_table_role_column",
        layout_desc=("YS board paper (styresak): header table Styresak nr./Møtedato/Saksbehandler/Arkiv, "
                     "'Forslag til vedtak', 'Bakgrunn', then 'Vedlegg 1 Tiltak 2018' as one Word table with a "
                     "repeated header row: Nr | Tiltak | NKPS-delmål | Kategori | Eier | YS' rolle | Samarbeid | "
                     "Tidsrom | Kommentar (Kommentar = description, one empty); the 'YS' rolle' column "
                     "(Medlem/Partner/Eier) is not a field of the answer; a closing 'Møter i perioden' list "
                     "(names KBU and the council) is not measures"),
        not_measures="header table, Forslag til vedtak, Bakgrunn, 'Møter i perioden' list (KBU-seminar, council meeting, Arendalsuka)",
        measures=[
            M("T01", "YS' plass i Kompetansebehovsutvalget", ["1.1"], RAAD, "Utvalg", "KD",
              ["Kompetanse Norge", "hovedorganisasjonene"], "2017–2021",
              "YS er representert i utvalget og gir innspill fra forbundene til temarapportene.",
              dm="1.1", role="Medlem"),
            M("T15", "Partssammensatt arbeidsgruppe om digitalisering og kompetanse", ["2.1"], RAAD,
              "Arbeidsgruppe", "KD/Kompetanse Norge",
              ["LO", "NHO", "Unio", "KS", "Spekter", "Akademikerne"], "Jan.–apr. 2018",
              "Gruppen leverte forslag til prosjekter for bedre digital kompetanse 23. april. YS spilte inn "
              "behovene i varehandel og finans.", dm="2.1", role="Medlem"),
            M("T11", "Referansegruppen for ekspertutvalget om etter- og videreutdanning", ["2.2"], RAAD,
              "Referansegruppe", "KD", ["partene i arbeidslivet"], "2018–2019",
              "YS deltar i referansegruppen og har levert skriftlig innspill om finansiering av etter- og "
              "videreutdanning for arbeidstakere uten høyere utdanning.", dm="2.2", role="Medlem"),
            M("T29", "Balansekunst – beskrivelse av kompetanse fra arbeidslivet", ["2.5"], FOU, "FoU", "Virke",
              ["LO", "NHO", "YS"], "2017–april 2018",
              "Rapporten «Balansekunst» med modell og metode for å beskrive kompetanse som bygges opp i "
              "arbeidslivet ble lansert i april 2018.", dm="2.5", role="Partner"),
            M("YS1", "YS Arbeidslivsbarometer – kompetanse og omstilling", ["2.2"], FOU, "Undersøkelse", "YS",
              ["AFI"], "Årlig",
              "Barometeret måler hvordan arbeidstakere opplever omstilling og tilgang på kompetanseutvikling. "
              "Kompetanse var hovedtema i 2018.", dm="2.2", role="Eier"),
            M("T02", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], RAAD, "Råd", "KD",
              ["LO", "NHO", "KS", "Virke", "Spekter", "Unio"], "Løpende", "", dm="1.4/2.3", role="Medlem"),
        ],
    ),
]
