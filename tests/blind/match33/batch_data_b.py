# -*- coding: utf-8 -*-
"""Files 5-8: NHO 2018, Trøndelag 2019, VOFO 2019, KS 2020."""
from batch_common import M, KURS, PROSJ, RAAD, FOU, ARR, ANNET

FILES_B = [
    # ------------------------------------------------------------------ 5
    dict(
        file="2018_NHO_tiltak_regneark.pdf", reporter="NHO", year=2018, fmt="pdf", lang="nb",
        made_with="reportlab",
        layout="excel_two_sheet_print_delmal_cross_matrix",
        layout_desc=("Excel workbook printed to PDF (whole workbook): sheet 'Tiltak' on landscape pages with "
                     "gridlines, the file and sheet name in the page header and 'Side n av m' in the footer, columns "
                     "ID | Tiltak | Beskrivelse | Ansvarlig | Samarbeidspartnere | Tidsrom | Kategori (no delmål "
                     "column), an empty row left in the range and an 'Antall tiltak' count row; the delmål are only "
                     "in the second sheet 'Delmål', a cross matrix ID × 1.1 … 3.6 with 'x' marks"),
        not_measures="sheet headers/footers, the empty row, 'Antall tiltak 7', the matrix sheet itself (it only maps IDs)",
        measures=[
            M("N1", "NHOs kompetansebarometer", ["2.2"], FOU, "FoU", "NHO", ["NIFU"], "Årlig fra 2018",
              "Spørreundersøkelse blant medlemsbedriftene om kompetansebehov og om bedriftene har fått dekket "
              "behovet. Gjennomføres av NIFU.", dm="x", xid="N-01"),
            M("N2", "Matindustrien 4.0 – kompetanseløft for hele matindustrien", ["2.1"], PROSJ, "Prosjekt",
              "NHO Mat og Drikke", ["LO/NNN", "Sjømat Norge"], "2018–2020",
              "Partene i matindustrien kartlegger kompetansebehov som følge av automatisering og "
              "digitalisering, og utvikler kurs for ansatte.", dm="x", xid="N-02"),
            M("T03", "Samfunnskontrakt for flere læreplasser 2016–2020", ["1.4", "2.3"], ANNET, "Avtale", "KD",
              ["NHO", "LO", "KS", "Virke", "Spekter", "YS", "Unio"], "2016–2020",
              "NHO oppfordrer medlemsbedriftene til å ta inn lærlinger og følger opp målet om 20 prosent flere "
              "læreplasser.", dm="x", xid="N-03"),
            M("N3", "Jenter og teknologi", ["2.3"], ANNET, "Informasjon", "NHO",
              ["LO", "Nasjonalt senter for realfagsrekruttering"], "2016–2018",
              "Nasjonal kampanje for å få flere jenter til å velge teknologiske fag og yrkesfag, gjennomført for "
              "tredje år på rad.", dm="x", xid="N-04"),
            M("T15", "Arbeidsgruppe for kompetansebehov som følge av digitalisering", ["2.1"], RAAD,
              "Råd/utvalg/nettverk", "KD",
              ["Kompetanse Norge", "LO", "Unio", "KS", "YS", "Spekter", "Akademikerne"], "2018",
              "NHO har deltatt i en partssammensatt arbeidsgruppe som foreslo prosjekter for digital kompetanse "
              "i arbeidslivet.", dm="x", xid="N-05"),
            M("T11", "NHO i referansegruppen for EVU-utvalget", ["2.2"], RAAD, "Råd/utvalg/nettverk", "KD", [],
              "2018–2019",
              "NHO følger arbeidet i ekspertutvalget for etter- og videreutdanning gjennom referansegruppen.",
              dm="x", xid="N-07"),
            M("T05", "Fagbrev på jobb – ny nasjonal ordning", ["1.4", "3.1"], KURS, "Kurs/utdanning", "KD",
              ["fylkeskommunene", "NHO"], "Fra 2018",
              "NHO har bidratt til at fagbrev på jobb blir en fast ordning etter forsøkene, og informerer "
              "bedriftene om ordningen.", dm="x", xid="N-08"),
        ],
    ),
    # ------------------------------------------------------------------ 6
    dict(
        file="2019_Trondelag_arsrapport_kap6.docx", reporter="Trøndelag fylkeskommune", year=2019, fmt="docx",
        lang="nb", made_with="python-docx",
        layout="county_annual_report_chapter_goal_in_sentence",
        layout_desc=("chapter 6 'Kompetanse og utdanning' of the county's annual report: 6.1 Mål (text), "
                     "6.2 Nøkkeltall (a figures table, not measures), 6.3 the NKPS follow-up with Heading 3 "
                     "'6.3.n Title' (typed chapter numbers that look like delmål codes), text paragraphs in which "
                     "the delmål is named only by its wording inside a sentence, then an italic closing line "
                     "'Ansvar: … Samarbeid: … Periode: … Type: …'; 6.4 'Planlagt for 2020' bullets are not measures"),
        not_measures="6.1 Mål, 6.2 Nøkkeltall table, chapter numbers 6.3.n, 6.4 'Planlagt for 2020' (not started)",
        measures=[
            M("TR1", "Kompetanseforum Trøndelag", ["1.2"], RAAD, "nettverk", "Trøndelag fylkeskommune",
              ["NHO Trøndelag", "LO i Trøndelag", "KS", "NAV Trøndelag", "NTNU", "Fylkesmannen i Trøndelag"],
              "2018–2022",
              "Forumet samler de regionale kompetanseaktørene fire ganger i året og skal gi felles "
              "prioriteringer for kompetansearbeidet i fylket. Tiltaket følger opp delmålet om å styrke "
              "regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle."),
            M("TR2", "Regional kompetansestrategi for Trøndelag 2019–2022", ["1.2", "1.4"], ANNET, "plan",
              "Trøndelag fylkeskommune", ["Kompetanseforum Trøndelag"], "2019–2022",
              "Strategien ble vedtatt av fylkestinget i juni 2019 og gir retning for samarbeidet om kompetanse "
              "i hele fylket. Den skal både styrke fylkeskommunens samordningsrolle og videreutvikle "
              "samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet."),
            M("TR3", "Karriere Trøndelag", ["1.3"], ANNET, "tjeneste", "Trøndelag fylkeskommune",
              ["NAV Trøndelag", "kommunene"], "Løpende",
              "Karrieresentrene i Trondheim, Steinkjer og Stjørdal gir gratis karriereveiledning til alle over "
              "19 år. Slik bidrar fylkeskommunen til tilgang til karriereveiledning, med særlig vekt på de "
              "regionale karrieresentrene."),
            M("TR4", "Fagbrev på jobb i Trøndelag", ["3.1"], KURS, "opplæring", "Trøndelag fylkeskommune",
              ["opplæringskontorene", "bedrifter"], "2019–2021",
              "Fylkeskommunen tilbyr voksne arbeidstakere å ta fagbrev gjennom praksis i egen bedrift. 140 "
              "kandidater var i gang ved utgangen av 2019. Tiltaket skal gi fleksibel opplæring på voksnes "
              "premisser."),
            M("TR5", "Kompetanseløft Trøndelag (DigiT)", ["2.1"], RAAD, "utvalg", "KS Trøndelag",
              ["Trøndelag fylkeskommune", "Fylkesmannen i Trøndelag", "kommunene"], "2018–2020",
              "Et digitaliseringsutvalg for kommunene i Trøndelag. Utvalget skal styrke og videreutvikle den "
              "digitale kompetansen blant de ansatte i kommunal sektor."),
            M("TR6", "Modulstrukturert fagopplæring for voksne", ["3.1"], KURS, "opplæring",
              "Trøndelag fylkeskommune", ["Utdanningsdirektoratet"], "2017–2020",
              "Forsøk med opplæring i moduler i utvalgte lærefag, slik at voksne kan ta fag- og svennebrev "
              "stykkevis og få dokumentert hver modul. Forsøket er en del av arbeidet for at flest mulig "
              "voksne skal få anledning til å ta videregående opplæring."),
        ],
    ),
    # ------------------------------------------------------------------ 7
    dict(
        file="2019_VOFO_rapport.pdf", reporter="VOFO", year=2019, fmt="pdf", lang="nb",
        made_with="reportlab",
        layout="bullets_title_colon_text_trailing_paren_facts",
        layout_desc=("VOFO report (Word look): short intro, a shaded 'Om VOFO' box (not a measure), then the "
                     "three hovedinnsatsområder as headings with round bullets; each bullet is 'Title: text' in "
                     "one paragraph (title bold up to the colon) ending in a parenthesis "
                     "'(3.6 – FoU – VOFO med Fafo – 2019–2021)' = delmål – type – responsible 'med' partners – "
                     "period; the closing 'Veien videre' runs onto page 2; footer with page number"),
        not_measures="intro, 'Om VOFO' box, the area headings, closing paragraph about 2020",
        measures=[
            M("V5", "Kompetanseheving for regionkonsulentene", ["1.2"], KURS, "kurs", "VOFO", ["VOFO-regionene"],
              "2019",
              "Regionkonsulentene får opplæring i regional kompetansepolitikk og i hvordan studieforbundene kan "
              "bidra i fylkenes kompetansearbeid.", dm="1.2"),
            M("V6", "Partnerskapsavtaler med fylkeskommunene", ["1.2"], ANNET, "avtaler", "VOFO",
              ["fylkeskommunene"], "2018–2020",
              "VOFO-regionene inngår avtaler med fylkeskommunene om studieforbundenes plass i det regionale "
              "kompetansearbeidet. Fire avtaler var på plass i 2019.", dm="1.2"),
            M("V1", "Informasjon om Kompetansepluss frivillighet til studieforbundene", ["3.2"], ANNET,
              "informasjon", "VOFO", ["studieforbundene", "Kompetanse Norge"], "2019",
              "Vi har holdt informasjonsmøter og laget veiledning slik at flere studieforbund og frivillige "
              "organisasjoner søker midler fra ordningen.", dm="3.2"),
            M("V2", "Evaluering av Kompetansepluss frivillighet", ["3.2"], FOU, "FoU", "VOFO",
              ["frivillig sektor"], "2019–2020",
              "VOFO har tatt initiativ til en evaluering av hvordan ordningen virker for deltakerne og "
              "arrangørene i frivillig sektor.", dm="3.2"),
            M("V3", "Endring i regelverket for studieforbund", ["3.6"], ANNET, "påvirkningsarbeid", "VOFO",
              ["studieforbundene", "KD"], "2019",
              "VOFO har arbeidet for et enklere regelverk og en praksis i studieforbundsordningen som gjør det "
              "lettere å nå voksne med lite utdanning.", dm="3.6"),
            M("V4", "Studieforbundene som læringskatalysatorer", ["3.6"], FOU, "FoU", "VOFO", ["Fafo"],
              "2019–2021",
              "Fafo undersøker hvordan deltakelse i studieforbundenes kurs motiverer voksne til videre læring.",
              dm="3.6"),
        ],
    ),
    # ------------------------------------------------------------------ 8
    dict(
        file="2020_KS_rapporteringsskjema.docx", reporter="KS", year=2020, fmt="docx", lang="nb",
        made_with="python-docx",
        layout="secretariat_form_loosely_filled",
        layout_desc=("the secretariat's Word form filled in loosely by KS: template heading and instruction "
                     "left in; one two-column form table per 'Tiltak n' (Navn på tiltak / Relasjon til delmål / "
                     "Type tiltak / Ansvarlig / Samarbeidspartnere / Beskrivelse av tiltaket / Tidspunkt og "
                     "varighet); in form 2 the Ansvarlig and Samarbeidspartnere answers are typed into the LABEL "
                     "cell after a colon (answer cell empty); form 3 holds TWO measures 'a)' and 'b)' in every "
                     "cell (Ansvarlig shared); form 5 gives the delmål only in words; an unused empty form is left "
                     "at the end"),
        not_measures="template title and instruction, the empty last form, signature line",
        measures=[
            M("T09", "Nasjonalt forum for karriereveiledning", ["1.3"], RAAD, "Nettverk", "Kompetanse Norge",
              ["KS", "Spekter", "NAV", "Udir", "fylkeskommunene"], "Fra 2018, løpende",
              "KS deltar i forumet, som skal styrke samordningen av karriereveiledningsfeltet nasjonalt. "
              "Forumet møtes to ganger i året.", dm="Delmål 1.3"),
            M("T16", "Kompetanseløft 2020 – oppfølging i kommunene", ["1.4"], ANNET, "Plan/program", "KS",
              ["HOD", "Helsedirektoratet", "Fylkesmannen"], "2016–2020",
              "KS støtter kommunene i arbeidet med kompetanse- og rekrutteringsplaner i helse- og "
              "omsorgstjenesten og deler gode eksempler fra planen Kompetanseløft 2020.", dm="1.4",
              loose=True),
            M("T23", "Menn i helse", ["3.3"], PROSJ, "Prosjekt", "KS", ["NAV", "kommunene"], "2016–",
              "Rekrutteringsprogram der menn mellom 25 og 55 år som står utenfor arbeidslivet, får et "
              "komprimert løp fram mot fagbrev som helsefagarbeider.", dm="3.3", pair="a"),
            M("T06", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.1"], KURS, "Kurs/utdanning",
              "KS", ["Kompetanse Norge", "Fagforbundet", "Delta", "NSF"], "2020–2022",
              "Treparts bransjeprogram med fleksible videreutdanningstilbud for ansatte i kommunal helse og "
              "omsorg.", dm="2.1", pair="b"),
            M("T03", "Samfunnskontrakten for flere læreplasser", ["1.4", "2.3"], ANNET, "Avtale", "KD",
              ["KS", "partene i arbeidslivet"], "2016–2020",
              "Kommunesektoren har som mål å øke antall lærlinger. KS følger opp med statistikk og råd til "
              "kommunene. Kontrakten går ut i 2020.", dm="1.4 og 2.3"),
            M("K2", "Bli lærling i kommunen", ["2.3"], ANNET, "Kampanje", "KS", ["kommunene", "fylkeskommunene"],
              "2020",
              "Kampanje i sosiale medier rettet mot ungdom som skal søke læreplass, med filmer og historier fra "
              "lærlinger i kommunene.",
              dm="Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker"),
            M("K1", "KS Læring", ["2.1"], ANNET, "Informasjon", "KS", ["kommunene"], "Løpende",
              "Digital læringsplattform der kommuner deler kurs og læringsressurser med sine ansatte og med "
              "hverandre. Over 300 kommuner bruker plattformen.", dm="2.1"),
        ],
    ),
]
