# -*- coding: utf-8 -*-
"""Files 13-17: Innlandet 2021, Spekter 2022, NAV 2022, NHO 2023, HK-dir 2023."""
from common import M

INN21 = {
    "file": "2021_Innlandet_tertialrapport.pdf", "reporter": "Innlandet fylkeskommune", "year": 2021, "lang": "nb",
    "render": "inn21", "made_with": "reportlab (platypus)",
    "layout": "county_tertial_report_budget_table_goal_status_table",
    "layout_desc": "the county's second four-month management report (Tertialrapport 2 – 2021), section '4 Utdanning og "
                   "kompetanse' as a PDF: running header 'Tertialrapport 2/2021 · Innlandet fylkeskommune', 'Side n av "
                   "m'; '4.1 Økonomi' with a budget table (Regnskap per 31.08 / Budsjett / Prognose / Avvik, Sum – not "
                   "measures); '4.2 Status for tiltak i handlingsprogrammet' table with the county's OWN goal in a "
                   "first column merged over its measures (Mål | Tiltak | Virkemiddel | Ansvar og partnere | Tidsrom | "
                   "NKPS | Status 31.08.); the Tiltak cell holds the bold title and the text; 'Ansvar og partnere' is "
                   "'Ansvar: …' + 'Partnere: …'; Status words (Fullført/I rute/Forsinket) are not part of the answer; "
                   "'4.3 Vesentlige avvik' explains the delay of one measure (not a new measure)",
    "goals": [("Innbyggerne har kompetanse som arbeidslivet trenger", ["I1", "I4"]),
              ("Voksne får veiledning og opplæring tilpasset sin situasjon", ["I2", "I3", "I5"])],
    "rows": [
        M("I1", "Kompetansestrategi for Innlandet 2021–2024", ["1.2"], "Strategi", "Innlandet fylkeskommune",
          ["NAV Innlandet", "NHO Innlandet", "LO i Innlandet", "KS", "Høgskolen i Innlandet"], "2021–2024",
          "Fylkestinget vedtok strategien i juni 2021. Den er laget sammen med partnerskapet i Kompetanseforum "
          "Innlandet.", status="Fullført"),
        M("I4", "Kompetanseforum Innlandet", ["1.2"], "Nettverk", "Innlandet fylkeskommune",
          ["partene i arbeidslivet", "NAV Innlandet", "utdanningsinstitusjonene"], "Fra 2020",
          "Forumet er etablert etter sammenslåingen av Hedmark og Oppland og møtes fire ganger i året.",
          status="I rute"),
        M("I2", "Karriere Innlandet", ["1.3"], "Tjeneste", "Innlandet fylkeskommune", ["NAV Innlandet", "kommunene"],
          "Løpende",
          "Gratis karriereveiledning for voksne på seks steder i fylket og digitalt. 4 100 veiledningssamtaler i 2021.",
          status="I rute"),
        M("I3", "Fagbrev på jobb i Innlandet", ["2.5", "3.1"], "Opplæringstilbud", "Innlandet fylkeskommune",
          ["opplæringskontorene", "bedrifter"], "2021–2023",
          "Fylkeskommunen har utvidet ordningen til 14 fag og gir tilbud om teoriopplæring på kveldstid for "
          "deltakerne.", status="Forsinket"),
        M("I5", "Desentraliserte utdanningstilbud – studiesentrene i Innlandet", ["1.4", "3.1"], "Opplæringstilbud",
          "Innlandet fylkeskommune", ["Høgskolen i Innlandet", "NTNU i Gjøvik", "kommunene"], "2021–2024",
          "Studiesentrene i Nord-Gudbrandsdal og Valdres tilbyr samlingsbaserte studier i sykepleie og IKT.",
          status="I rute"),
    ],
}

SP22 = {
    "file": "2022_Spekter_skjemasvar.docx", "reporter": "Spekter", "year": 2022, "lang": "nb",
    "render": "sp22", "made_with": "python-docx",
    "layout": "survey_tool_single_response_export",
    "layout_desc": "export to Word of ONE response in the secretariat's 2022 web questionnaire: export header "
                   "(Skjema, Svar-ID, Startet/Fullført), respondent block (Organisasjon/Kontaktperson/E-post); per "
                   "measure a heading 'Tiltak n av 7' (not the title) and the form's questions in bold with the "
                   "answers on the next line; the delmål answer repeats the code AND the full delmål text (one line "
                   "per chosen delmål); type answered with the form's options incl. 'Annet (avtale)'; period as "
                   "'Når starter og slutter tiltaket?'; closing questions ('Vil du registrere et nytt tiltak?', "
                   "'Kommentarer') are not measures",
    "rows": [
        M("S1", "Møteplass lærebedrifter 2022", ["1.4", "2.3"], "Arrangement", "Spekter",
          ["medlemsvirksomhetene", "opplæringskontorer"], "Mars 2022 (årlig siden 2013)",
          "Årets møteplass ble holdt digitalt med 140 deltakere. Tema var kvalitet i læretiden og rekruttering av "
          "lærlinger til helsefag."),
        M("S2", "Søkeseminar om Kompetanseprogrammet", ["3.2"], "Arrangement", "Spekter", ["HK-dir"], "Juni 2022",
          "Videreføring av søkekonferansen om KompetansePluss fra 2017. Medlemmene fikk hjelp til å søke midler fra "
          "Kompetanseprogrammet til opplæring i grunnleggende ferdigheter."),
        M("S3", "Spekters HR-direktørnettverk", ["2.2"], "Råd/utvalg/nettverk", "Spekter", ["medlemsvirksomhetene"],
          "Løpende siden 2016",
          "Nettverket møtes hvert kvartal. I 2022 var kompetanse ved omstilling etter pandemien og heltidskultur "
          "hovedtema."),
        M("T02", "Spekters plass i SRY", ["1.4", "2.3"], "Råd/utvalg/nettverk", "KD",
          ["Spekter", "partene i arbeidslivet", "KS"], "2020–2023",
          "Spekter har fra 2020 én plass i SRY og følger særlig opp helse- og oppvekstfag."),
        M("T05", "Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft", ["1.4", "2.3"],
          "Annet (avtale)", "KD", ["partene i arbeidslivet", "KS"], "2022–2026",
          "Spekter signerte den nye kontrakten i mai 2022 og følger opp med mål om flere lærlinger i "
          "helseforetakene."),
        M("S7", "Trepartssamarbeid om kompetanse i spesialisthelsetjenesten", ["1.4", "2.2"], "Råd/utvalg/nettverk",
          "Spekter", ["HOD", "LO", "YS", "Unio", "Akademikerne"], "2019–",
          "Helseforetakene, arbeidstakerorganisasjonene og departementet samarbeider om planer for "
          "kompetanseutvikling og bruk av fagarbeidere i sykehusene."),
        M("S8", "Fagskolekonferansen for spesialisthelsetjenesten", ["1.4", "2.3"], "Arrangement", "Spekter",
          ["Fagforbundet", "Delta"], "November 2022",
          "Konferanse om fagskoleutdanning for helsefagarbeidere i sykehusene og om hvordan virksomhetene kan bruke "
          "fagskolekompetansen."),
    ],
}

NAV22 = {
    "file": "2022_NAV_tiltaksoversikt.pdf", "reporter": "NAV", "year": 2022, "lang": "nb",
    "render": "nav22", "made_with": "reportlab (platypus)",
    "layout": "excel_print_include_flag_column_fra_til",
    "layout_desc": "Excel sheet printed to PDF (landscape, gridlines, file and sheet name in the page header, "
                   "'Side n av m' footer): columns ID | Tiltak | Beskrivelse | NKPS-delmål | Tiltakstype | Ansvarlig | "
                   "Samarbeid | Fra | Til | Rapp. KPR; delmål Excel-style '3.5;2.5' (unsorted, no spaces); the period "
                   "is split in 'Fra' and 'Til' (period = 'Fra–Til'); rows with 'Nei' in 'Rapp. KPR' are internal "
                   "NAV activities, printed but NOT reported measures; the sheet fits one landscape page",
    "extra_rows": [
        ("NAV-K07", "Ny veilederstøtte i Modia", "Internt utviklingsprosjekt for veiledernes arbeidsflate.",
         "", "Prosjekt", "NAV", "", "2022", "2023"),
        ("NAV-K08", "Lederutviklingsprogram for NAV-ledere", "Internt program for ledere i NAV-kontorene.",
         "", "Kurs/utdanning", "NAV", "", "2021", "2022"),
    ],
    "rows": [
        M("T10", "Nasjonalt forum for karriereveiledning – NAV deltar", ["1.3"], "Råd/utvalg/nettverk", "HK-dir",
          ["NAV", "KS", "Udir", "partene"], "2017–løpende",
          "NAV deltar i forumet for å styrke samordningen mellom karriereveiledning i fylkeskommunene og oppfølgingen "
          "av arbeidssøkere.", fra="2017", til="løpende", dmx="1.3"),
        M("K2", "Menn i helse – rekruttering fra NAV", ["3.3"], "Prosjekt", "KS",
          ["NAV", "fylkeskommunene", "kommunene"], "2018–2023",
          "NAV-kontorene rekrutterer menn som er arbeidssøkere til programmet og følger dem opp i praksisperioden fram "
          "mot fagbrev.", fra="2018", til="2023", dmx="3.3"),
        M("A1", "Opplæringstiltaket – AMO-kurs", ["3.5"], "Kurs/utdanning", "NAV",
          ["fylkeskommunene", "kursleverandører"], "2019–2024",
          "Arbeidsmarkedskurs i norsk, grunnleggende ferdigheter og bransjerettet opplæring for arbeidssøkere. Om lag "
          "30 000 deltakere i 2022.", fra="2019", til="2024", dmx="3.5"),
        M("A2", "Fagbrev for arbeidssøkere – forsøk", ["2.5", "3.5"], "Prosjekt", "NAV", ["AVdir", "fylkeskommunene"],
          "2021–2023",
          "Forsøk i tre fylker der arbeidssøkere med lang praksis får opplæring og kan ta fagbrev som ledd i "
          "oppfølgingen fra NAV.", fra="2021", til="2023", dmx="3.5;2.5"),
        M("A3", "Karriereveiledning for arbeidssøkere – samarbeid med fylkeskommunene", ["1.3", "3.3"], "Prosjekt",
          "NAV", ["fylkeskommunene"], "2021–2024",
          "Avtaler mellom NAV-fylkene og fylkeskommunene sikrer at arbeidssøkere som trenger det, får time hos "
          "karrieresentrene.", fra="2021", til="2024", dmx="3.3;1.3"),
        M("A4", "Kurs i digitale ferdigheter for arbeidssøkere", ["2.1", "3.5"], "Kurs/utdanning", "NAV",
          ["bibliotekene"], "2020–2022",
          "Korte kurs i bruk av PC, BankID og digitale søknader, gitt på NAV-kontorene og i bibliotekene.",
          fra="2020", til="2022", dmx="3.5;2.1"),
    ],
}

NHO23 = {
    "file": "2023_NHO_rapport.docx", "reporter": "NHO", "year": 2023, "lang": "nb",
    "render": "nho23", "made_with": "python-docx",
    "layout": "word_continued_vs_new_sections_label_table_first_reported",
    "layout_desc": "NHO Word report split into 'Videreførte tiltak' and 'Nye tiltak i 2023' (Heading 1); each "
                   "measure a Heading 3 title, an italic line 'Først rapportert: 2018' under the continued ones (not "
                   "a field), a small bordered two-column table Delmål (NKPS) / Virkemiddel / Eier / Partnere / "
                   "Tidsrom, then the description paragraph(s); one description is split over a page break; a "
                   "closing 'Avsluttede tiltak' line names Hurtigsporet-kampanjen (not reported this year)",
    "first": {"N1": "2018", "N2": "2018", "N3": "2018", "T03": "2018"},
    "rows": [
        M("N1", "NHOs kompetansebarometer 2023", ["2.2"], "FoU", "NHO", ["NIFU"], "Årlig",
          "Seks av ti bedrifter oppgir at de har udekket kompetansebehov, og behovet for fagarbeidere er fortsatt "
          "størst. Resultatene er lagt fram for KBU."),
        M("N2", "Jenter og teknologi", ["2.3"], "Kampanje", "NHO", ["NTNU", "Tekna", "Abelia"], "2016–2024",
          "Kampanjen er utvidet med besøk på ungdomsskoler i alle fylker og en egen satsing på yrkesfag."),
        M("N3", "Matindustrien 4.0 – fase 2", ["2.1"], "Prosjekt", "NHO Mat og Drikke", ["LO/NNN", "Sjømat Norge"],
          "2022–2024",
          "Andre fase bygger på kartleggingen fra 2018 og gir bedriftene moduler i automasjon og datadrevet "
          "produksjon."),
        M("T03", "NHOs representanter i de faglige rådene", ["1.4", "2.3"], "Råd", "KD",
          ["NHO-forbundene", "LO-forbundene", "KS"], "2020–2024",
          "NHO har 40 representanter i de faglige rådene i perioden 2020–2024 og har arbeidet med ny tilbudsstruktur "
          "for teknikk og industriell produksjon."),
        M("T05", "Samfunnskontrakten for kvalifisert arbeidskraft", ["1.4", "2.3"], "Avtale", "KD",
          ["NHO", "LO", "KS", "Spekter", "Virke", "YS", "Unio"], "2022–2026",
          "NHO følger opp den nye kontrakten med lærlingløfter fra landsforeningene og arbeid for flere voksne med "
          "fagbrev."),
        M("T18", "NHO i Nasjonalt fagskoleråd", ["1.4"], "Råd", "KD", ["NHO", "LO", "KS", "Spekter", "fagskolene"],
          "2020–2024",
          "NHO har ledet rådets arbeidsgruppe om finansiering av fagskolene og kortere tilbud for bransjene."),
        M("N5", "Kompetanseprogram for små og mellomstore bedrifter", ["2.4"], "Prosjekt", "NHO",
          ["landsforeningene", "fagskolene"], "2023–2025",
          "Pilot der 40 små bedrifter får hjelp til å kartlegge kompetansebehov og kjøpe korte tilbud fra fagskoler "
          "og høyskoler."),
    ],
}

HK23 = {
    "file": "2023_HKdir_rapport.docx", "reporter": "HK-dir", "year": 2023, "lang": "nb",
    "render": "hk23", "made_with": "python-docx (gridSpan caption rows, tblHeader)",
    "layout": "thematic_tables_keyfigure_boxes_header_not_repeated",
    "layout_desc": "HK-dir report: short 'Sammendrag', then three thematic tables (Karriereveiledning / Kompetanse "
                   "i arbeidslivet / Kunnskapsgrunnlag), each opening with a full-width merged caption row, then the "
                   "header row Tiltak | Hva vi gjorde i 2023 | Delmål | Type | Ansvar | Partnere | Periode; a shaded "
                   "one-cell 'Nøkkeltall 2023' box (visits, chats, grants) follows two of the tables (not measures); "
                   "only the first table's caption and header rows are marked to repeat; the web address "
                   "'karriereveiledning.no' is itself a title",
    "tables": [("Karriereveiledning", ["T11", "T10", "T12"]),
               ("Kompetanse i arbeidslivet", ["T08", "T09", "T19", "T07"]),
               ("Kunnskapsgrunnlag", ["T01", "H1"])],
    "rows": [
        M("T11", "karriereveiledning.no", ["1.3"], "Digital tjeneste", "HK-dir", ["KD", "fylkeskommunene"],
          "Fra 2020",
          "Nettstedet med chat og telefon er videreutviklet med egne sider for voksne som vil ta fagbrev og for "
          "seniorer."),
        M("T10", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "HK-dir",
          ["KD", "NAV", "KS", "Udir", "partene i arbeidslivet"], "2017–",
          "HK-dir leder forumet og har i 2023 samlet aktørene om en felles plan for karriereveiledning i hele "
          "livsløpet."),
        M("T12", "Kvalitetsrammeverk for karriereveiledning – implementering", ["1.3"], "Prosjekt", "HK-dir",
          ["fylkeskommunene", "NAV"], "2020–2024",
          "Kurs i rammeverket for veiledere i karrieresentrene og NAV; 600 veiledere har tatt modulen om etikk."),
        M("T08", "Bransjeprogrammene – forvaltning av tilskudd", ["2.4"], "Tilskudd", "HK-dir",
          ["KD", "partene i bransjene", "utdanningstilbydere"], "2018–",
          "HK-dir lyser ut og tildeler midler i bransjeprogrammene. I 2023 fikk 112 tilbud midler innen ti bransjer."),
        M("T09", "Følgeevaluering av bransjeprogrammene", ["2.2", "2.4"], "FoU", "HK-dir", ["Fafo", "Oslo Economics"],
          "2021–2024",
          "Evalueringen ser på om tilbudene når ansatte med lav formell utdanning og om partene får innflytelse. "
          "Delrapport 2 kom i juni 2023."),
        M("T19", "Fleksible utdanningstilbud – utlysning 2023", ["2.1", "3.1"], "Tilskudd", "HK-dir",
          ["universiteter og høyskoler", "fagskoler"], "Fra 2017",
          "Utlysningen ga 95 millioner kroner til nettbaserte og samlingsbaserte tilbud, med prioritet for digital "
          "kompetanse og helse."),
        M("T07", "Kompetanseprogrammet", ["3.2"], "Tilskudd", "HK-dir", ["virksomheter", "frivillige organisasjoner"],
          "Løpende",
          "Ordningen (tidligere Kompetansepluss) ga i 2023 tilskudd til opplæring i lesing, skriving, regning, "
          "digitale ferdigheter og muntlig kommunikasjon for 9 000 deltakere."),
        M("T01", "Sekretariat for Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg/nettverk", "HK-dir", ["KD"],
          "Fra 2021",
          "HK-dir er sekretariat for KBU og har bistått utvalget med temarapporten om kompetansebehov i det grønne "
          "skiftet."),
        M("H1", "Regionale kompetansebehovsanalyser", ["1.2"], "FoU", "HK-dir", ["fylkeskommunene"], "2022–2024",
          "HK-dir gir fylkeskommunene data og metodestøtte til egne analyser av kompetansebehov i regionene."),
    ],
}

FILES_C = [INN21, SP22, NAV22, NHO23, HK23]
