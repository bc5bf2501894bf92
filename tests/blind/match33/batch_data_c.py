# -*- coding: utf-8 -*-
"""Files 9-12: Vestland 2020 (nn), LO 2021, HK-dir 2021, NAV 2021."""
from batch_common import M, KURS, PROSJ, RAAD, FOU, ARR, ANNET

FILES_C = [
    # ------------------------------------------------------------------ 9
    dict(
        file="2020_Vestland_rapport.pdf", reporter="Vestland fylkeskommune", year=2020, fmt="pdf", lang="nn",
        made_with="reportlab",
        layout="nn_heading_borderless_kv_contact_box",
        layout_desc=("nynorsk county report (Word look): 'Om rapporten', then per measure a bold 13 pt heading, "
                     "a borderless key/value block (Mål i strategien / Kategori / Kven har ansvaret / Saman med / "
                     "Når), an 'Om tiltaket' paragraph and a grey 'Kontaktperson' box (a person, not a partner); "
                     "one measure runs over the page break; 'Vegen vidare' closing chapter names plans for 2021; "
                     "footer 'Side n av m'"),
        not_measures="'Om rapporten', the Kontaktperson boxes, 'Vegen vidare' (plans for 2021)",
        measures=[
            M("VL1", "Karriere Vestland – karrieresenter for vaksne", ["1.3"], ANNET, "Teneste",
              "Vestland fylkeskommune", ["NAV Vestland", "kommunane"], "Frå 1. januar 2020",
              "Dei tidlegare karrieresentera i Hordaland og Sogn og Fjordane er slått saman til Karriere "
              "Vestland, med kontor i Bergen, Førde, Sogndal og Stord. Alle over 19 år kan få gratis rettleiing.",
              dm="1.3", contact="Ingrid Haukeland"),
            M("VL2", "Kompetanseforum Vestland", ["1.2"], RAAD, "Forum", "Vestland fylkeskommune",
              ["NHO Vestland", "LO i Vestland", "KS Vest", "NAV Vestland", "HVL", "UiB",
               "Statsforvaltaren i Vestland"], "2020–2023",
              "Eit nytt regionalt forum der partane, utdanningstilbydarane og NAV skal bli samde om felles "
              "prioriteringar for kompetansearbeidet i fylket.", dm="1.2", contact="Ola Brekke"),
            M("VL3", "Regional plan for kompetanse og arbeidskraft", ["1.2", "1.4"], ANNET, "Plan",
              "Vestland fylkeskommune", ["Kompetanseforum Vestland"], "2021–2033 (planarbeid 2020)",
              "Planprogrammet vart vedteke i 2020. Planen skal gje retning for korleis aktørane saman skal "
              "dekkje behovet for kompetanse og arbeidskraft i heile fylket. Kunnskapsgrunnlaget vart laga hausten "
              "2020 saman med partane og utdanningsinstitusjonane, og det vart halde innspelsmøte i alle dei "
              "regionale råda. Planforslaget skal leggjast ut på høyring våren 2021.", dm="1.2 og 1.4",
              contact="Ola Brekke"),
            M("VL4", "Strategisk samarbeid mellom Høgskulen på Vestlandet og Fagskulen Vestland", ["1.4"], KURS,
              "Utdanning", "Vestland fylkeskommune", ["Høgskulen på Vestlandet", "Fagskulen Vestland"],
              "2019–2021",
              "Samarbeid om tekniske fag, slik at fagskulestudentar kan gå vidare til bachelor, og om felles "
              "etter- og vidareutdanning for industrien.", dm="1.4", contact="Kari Sunde"),
            M("VL5", "Opplæring som helsefagarbeidar for minoritetsspråklege", ["3.4", "3.5"], KURS, "Opplæring",
              "Vestland fylkeskommune", ["NAV", "kommunane"], "2020–2021",
              "Vidareføring av «Sogn og Fjordane-modellen», der minoritetsspråklege vaksne kombinerer "
              "norskopplæring, praksis i kommunane og fagopplæring fram mot fagbrev.", dm="3.4 og 3.5",
              contact="Kari Sunde"),
            M("VL6", "Hospitering for yrkesfaglærarar i bedrift", ["1.4"], KURS, "Kurs",
              "Vestland fylkeskommune", ["bedrifter", "dei vidaregåande skulane"], "Skuleåret 2020–2021",
              "Yrkesfaglærarar får hospitere i bedrifter for å halde fagkunnskapen oppdatert, og instruktørar "
              "frå bedriftene får hospitere i skulen. Del av Yrkesfagløftet.", dm="1.4",
              contact="Per Vik"),
        ],
    ),
    # ------------------------------------------------------------------ 10
    dict(
        file="2021_LO_tiltaksoversikt.pdf", reporter="LO", year=2021, fmt="pdf", lang="nb",
        made_with="reportlab",
        layout="word_table_pdf_no_repeat_header_two_in_cell",
        layout_desc=("landscape Word table exported to PDF: columns Delmål | Tiltak og beskrivelse | Hvem | Form | "
                     "Når; title bold as the first line of the 'Tiltak og beskrivelse' cell with the text under it; "
                     "'Hvem' holds 'Ansvar: …' and 'Med: …' lines; the table runs onto page 2 WITHOUT a repeated "
                     "header and one row is split across the page break; one row holds TWO measures as 'a)' and "
                     "'b)' in every cell; a footnote mark '¹' after one title with the footnote under the table"),
        not_measures="intro, footnote text, page header 'LO – Rapportering NKPS 2021' and footer",
        measures=[
            M("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], RAAD, "råd/utvalg", "KD", ["hovedorganisasjonene"],
              "2017–",
              "LO har fortsatt én plass i utvalget. Rapporten «Fremtidige kompetansebehov III» kom i 2020, og LO "
              "har spilt inn kompetansebehov i industrien som tema for neste rapport.", dm="1.1"),
            M("L1", "Tillitsvalgtopplæring om kompetanse – nå også digitalt", ["2.1", "2.2"], KURS, "kurs", "LO",
              ["forbundene", "AOF"], "2017–, digital versjon fra 2021",
              "Kurset for klubbledere og tillitsvalgte om kompetanse på arbeidsplassen er lagt om til nettkurs "
              "under pandemien. 1 150 tillitsvalgte deltok i 2021.", dm="2.1 og 2.2"),
            M("L3", "Kunnskapsøkonomien – samarbeid med UiO, fase 2", ["1.4"], PROSJ, "prosjekt", "LO",
              ["NHO", "UiO"], "2020–2022",
              "Samarbeidet fra 2017 er forlenget med en ny fase der forskere ser på hvordan kompetanse påvirker "
              "produktivitet og lønn. Resultatene legges fram på et felles seminar høsten 2022.", dm="1.4"),
            M("T05", "Fagbrev på jobb", ["3.1"], KURS, "utdanning", "KD", ["fylkeskommunene", "LO", "NHO"],
              "Løpende",
              "LO arbeider for at flere arbeidstakere skal kunne ta fagbrev på jobb, og følger opp ordningen "
              "gjennom forbundene og yrkesopplæringsnemndene.", dm="3.1"),
            M("T06", "Bransjeprogrammene for industri og bygg", ["2.1", "2.4"], KURS, "utdanning", "KD/HK-dir",
              ["Fellesforbundet", "NHO", "BNL", "Norsk Industri"], "2019–2022",
              "LO og forbundene deltar i styringen av programmene og har bidratt til nye kurs for permitterte "
              "under pandemien.", dm="2.1, 2.4"),
            M("T13", "Nasjonalt fagskoleråd", ["1.4"], RAAD, "råd", "KD", ["LO", "NHO", "Unio", "fagskolene"],
              "2021–", "Rådet er opprettet etter fagskolemeldingen. LO har en fast plass.", dm="1.4", pair="a"),
            M("T03", "Samfunnskontrakten for flere læreplasser – sluttrapport", ["1.4", "2.3"], ANNET, "avtale",
              "KD", ["partene"], "2016–2020",
              "Kontraktsperioden er over, og sluttrapporten viser at målet om flere læreplasser bare delvis ble "
              "nådd.", dm="1.4, 2.3", pair="b"),
            M("T25", "IA-avtalen 2019–2022", ["3.3"], ANNET, "avtale", "ASD", ["partene i arbeidslivet"],
              "2019–2022",
              "Avtalen åpner for at kompetansetiltak brukes for å hindre frafall fra arbeidslivet. LO har "
              "bidratt til egne bransjeprogrammer i IA-arbeidet for sykehjem og barnehager.", dm="3.3",
              footnote="Avtalen gjelder ut 2022. En ny avtale skal forhandles i 2022."),
        ],
    ),
    # ------------------------------------------------------------------ 11
    dict(
        file="2021_HKdir_rapport.docx", reporter="HK-dir", year=2021, fmt="docx", lang="nb",
        made_with="python-docx",
        layout="delmal_h2_groups_semicolon_fact_paragraph",
        layout_desc=("directorate report: 'Sammendrag' with 'Tabell 1 Tiltak fordelt på type' (counts and Sum, "
                     "not measures), Heading 1 per hovedinnsatsområde, Heading 2 'Delmål x.y <words>' groups; "
                     "the measure's delmål is its group heading (plus 'også delmål …' at the end of the fact "
                     "paragraph for two); each measure a bold title paragraph, ONE fact paragraph 'Type tiltak: …; "
                     "ansvarlig: …; samarbeid: …; tidsrom: …' and a description; delmål groups without measures "
                     "are left out"),
        not_measures="Sammendrag, Tabell 1, area and delmål headings, 'Om rapporteringen' at the end",
        measures=[
            M("T01", "Sekretariat for Kompetansebehovsutvalget", ["1.1"], RAAD, "Råd/utvalg/nettverk", "HK-dir",
              ["KD", "partene i arbeidslivet", "forskere"], "2017–",
              "HK-dir (tidligere Kompetanse Norge) er sekretariat for KBU. I 2021 har sekretariatet forberedt "
              "utvalgets neste hovedrapport og arrangert to åpne seminarer.", dm="1.1"),
            M("H1", "Kompetansebehov i regionene – regionale analyser", ["1.2"], FOU, "FoU", "HK-dir",
              ["fylkeskommunene", "NHO"], "2021–2022",
              "HK-dir lager analyser av kompetansebehovet i hvert fylke, basert blant annet på NHOs "
              "kompetansebarometer og registerdata, som grunnlag for de regionale kompetanseplanene.", dm="1.2"),
            M("T10", "Karriereveiledning.no", ["1.3"], ANNET, "Digital tjeneste", "HK-dir", ["Udir", "NAV"],
              "Lansert 2019, løpende",
              "Nettbasert karriereveiledning med chat, telefon og e-post. I 2021 hadde tjenesten over 20 000 "
              "veiledningssamtaler.", dm="1.3"),
            M("T18", "Kvalitetsrammeverket for karriereveiledning – implementering", ["1.3"], PROSJ, "Prosjekt",
              "HK-dir", ["fylkeskommunene", "karrieresentrene"], "2020–2023",
              "Opplæring og materiell skal gjøre rammeverket kjent og tatt i bruk i karrieresentrene og i "
              "skolen.", dm="1.3"),
            M("T09", "Nasjonalt forum for karriereveiledning", ["1.3"], RAAD, "Nettverk", "HK-dir",
              ["KS", "NAV", "Spekter", "Udir", "fylkeskommunene"], "Løpende",
              "Forumet samler de nasjonale aktørene på feltet. HK-dir leder forumet og har sekretariatet.",
              dm="1.3"),
            M("T12", "Tilskuddsordning for fleksible utdanningstilbud (tidligere digital kompetanse)",
              ["2.1", "2.4"], KURS, "Kurs/utdanning", "HK-dir",
              ["universiteter og høyskoler", "fagskoler", "partene"], "2018–",
              "Ordningen ble i 2020 utvidet til flere fagområder enn digital kompetanse. Utlysningen i 2021 ga "
              "midler til 48 nye tilbud.", dm="2.1 (også 2.4)"),
            M("T06", "Forvaltning av bransjeprogrammene", ["2.1", "2.4"], KURS, "Kurs/utdanning", "HK-dir",
              ["KD", "partene i arbeidslivet"], "2019–",
              "HK-dir forvalter midlene til ni bransjeprogrammer og følger opp tilbyderne. 8 600 personer "
              "deltok i 2021.", dm="2.1 (også 2.4)"),
            M("T08", "Kompetanseprogrammet (tidligere Kompetansepluss)", ["3.2"], ANNET, "Tilskuddsordning",
              "HK-dir", ["frivillige organisasjoner", "virksomheter"], "Løpende",
              "Kompetansepluss arbeid og Kompetansepluss frivillighet ble i 2021 slått sammen til "
              "Kompetanseprogrammet, som gir opplæring i grunnleggende ferdigheter.", dm="3.2"),
        ],
    ),
    # ------------------------------------------------------------------ 12
    dict(
        file="2021_NAV_nettside_utskrift.pdf", reporter="NAV", year=2021, fmt="pdf", lang="nb",
        made_with="reportlab",
        layout="chrome_print_web_page_fact_dl",
        layout_desc=("nav.no article printed from Chrome: browser date/time and page title in the top margin, "
                     "URL and '1/3' in the bottom margin; breadcrumb, H1, ingress, 'Sist endret'; one H2 per "
                     "measure with text, then a grey 'Fakta om tiltaket' box where each label (Delmål i "
                     "strategien / Type / Ansvarlig / Samarbeidspartnere / Periode) stands on its own line "
                     "above its value; 'Relatert innhold' links at the end name schemes but are not measures"),
        not_measures="browser margins, breadcrumb, ingress, 'Sist endret', 'Relatert innhold' links, 'Del siden'",
        measures=[
            M("T09", "NAV i Nasjonalt forum for karriereveiledning", ["1.3"], RAAD, "Nettverk", "HK-dir",
              ["NAV", "KS", "fylkeskommunene"], "Løpende",
              "NAV deltar i forumet for å styrke samarbeidet mellom NAV-kontorene og karrieresentrene om "
              "veiledning av arbeidssøkere.", dm="1.3 Karriereveiledning"),
            M("T23", "Menn i helse – rekruttering via NAV", ["3.3"], PROSJ, "Prosjekt", "KS",
              ["NAV", "kommunene", "fylkeskommunene"], "2016–",
              "NAV-kontorene rekrutterer menn som står utenfor arbeidslivet til et løp fram mot fagbrev som "
              "helsefagarbeider, i samarbeid med KS.", dm="3.3 Opplæring i arbeidsmarkeds- og integreringspolitikken"),
            M("T28", "Opplæringstiltaket", ["3.5"], KURS, "Kurs/utdanning", "Arbeids- og velferdsdirektoratet",
              ["ASD", "fylkeskommunene"], "Fra 2019",
              "Opplæringstiltaket samler arbeidsmarkedskurs, fag- og yrkesopplæring og høyere yrkesfaglig "
              "utdanning i ett tiltak. I 2021 deltok i snitt 11 000 personer per måned.",
              dm="3.5 NAVs opplæringstilbud"),
            M("NAV1", "Fagbrev for arbeidssøkere – utprøving", ["3.3"], PROSJ, "Forsøk", "NAV",
              ["fylkeskommunene", "opplæringskontorene"], "2021–2023",
              "NAV prøver ut et løp der arbeidssøkere over 25 år får opplæring og praksis fram mot fagbrev, "
              "samtidig som de mottar ytelser.", dm="3.3 Opplæring i arbeidsmarkeds- og integreringspolitikken"),
            M("NAV2", "Norskopplæring kombinert med arbeidspraksis", ["3.4"], KURS, "Opplæring", "NAV",
              ["kommunene", "IMDi"], "2020–2022",
              "Innvandrere som trenger bedre norskferdigheter, får språkopplæring på arbeidsplassen kombinert "
              "med praksis og tett oppfølging fra NAV.", dm="3.4 Kvalifisering av innvandrere"),
            M("NAV3", "Kurs i digitale ferdigheter for arbeidssøkere", ["3.5"], KURS, "Kurs", "NAV",
              ["HK-dir", "studieforbund"], "2021",
              "Korte kurs i grunnleggende digitale ferdigheter, blant annet bruk av nav.no, e-post og digitale "
              "jobbsøknader.", dm="3.5 NAVs opplæringstilbud"),
        ],
    ),
]
