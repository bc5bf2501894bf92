# -*- coding: utf-8 -*-
"""Files 9-12: Akademikerne 2020, Innlandet 2020, LO 2021, Unio 2021."""
from batch_common import M

FILES = []

# ---------------------------------------------------------------- 9 Akademikerne 2020
FILES.append(dict(
    file="2020_Akademikerne_tiltak.docx", reporter="Akademikerne", year=2020, fmt="docx", lang="nb",
    render="akad2020", made_with="python-docx (Excel-look table)",
    layout="excel_paste_id_start_slutt_columns_slash_goals_meeting_list",
    layout_desc=("short Word note with a range pasted from Excel (thin grey gridlines, 8.5 pt Calibri, bold header with "
                 "a bottom rule, numbers right-aligned, no fill): ID (AK-20-01 …) | Tiltak | NKPS-delmål | Type | "
                 "Ansvarlig | Med | Start | Slutt | Kommentar; goals written with a slash '2.2/2.4'; period split into "
                 "Start and Slutt columns (Slutt empty for ongoing → period 'start–'); Kommentar = description; under "
                 "the table 'Møter Akademikerne har deltatt i 2020' (KBU meetings, the council, a meeting with the "
                 "minister) – not measures"),
    intro=("Tabellen under er kopiert fra Akademikernes tiltaksregister (regneark) per 30. november 2020. "
           "Den viser tiltakene vi rapporterer til Kompetansepolitisk råd."),
    meetings=[
        "Kompetansepolitisk råd: 3 møter (to digitale)",
        "Kompetansebehovsutvalget: 5 utvalgsmøter",
        "Møte med forsknings- og høyere utdanningsministeren om kompetansereformen, 14. januar",
        "Innspillsmøte om etter- og videreutdanning i UH-sektoren, 9. september",
    ],
    measures=[
        M("T01", "Medlem av Kompetansebehovsutvalget (KBU)", ["1.1"], "Utvalg",
          "KD", ["Akademikerne", "LO", "NHO", "YS", "Unio", "Virke", "Spekter", "KS"], "2017–2021",
          "Akademikerne har ett medlem i utvalget. Utvalget la fram rapporten «Fremtidige kompetansebehov III» i 2020.",
          dm="1.1", rid="AK-20-01", start="2017", slutt="2021"),
        M("T03", "Akademikerne i RSA ved universitetene", ["1.4"], "Råd",
          "Universitetene", ["Akademikerne", "Tekna", "Econa"], "2017–",
          "Forbundene har representanter i RSA ved UiO, UiB, NTNU og UiT og løfter behovet for "
          "etter- og videreutdanning for akademikere.", dm="1.4", rid="AK-20-02", start="2017", slutt=""),
        M("A1", "EVU-undersøkelsen blant medlemmene", ["2.2", "2.4"], "Undersøkelse",
          "Akademikerne", ["Samfunnsøkonomisk analyse"], "2020–2021",
          "Spørreundersøkelse om medlemmenes deltakelse i etter- og videreutdanning og hva som hindrer dem.",
          dm="2.2/2.4", rid="AK-20-03", start="2020", slutt="2021"),
        M("A2", "Tillitsvalgtkurs: kompetanseutvikling i virksomheten", ["2.2"], "Kurs",
          "Akademikerne", ["Econa", "Tekna", "Samfunnsviterne"], "2019–",
          "Endagskurs for tillitsvalgte om hovedavtalens bestemmelser om kompetanse og om å lage "
          "kompetanseplaner.", dm="2.2", rid="AK-20-04", start="2019", slutt=""),
        M("A3", "Innspill til kompetansereformen (Meld. St. 14)", ["2.4", "3.1"], "Innspill",
          "Akademikerne", [], "2020",
          "Skriftlige innspill og deltakelse i høringer om meldingen «Lære hele livet».",
          dm="2.4/3.1", rid="AK-20-05", start="2020", slutt="2020"),
        M("A4", "Webinarserie om digital omstilling", ["2.1"], "Webinarserie",
          "Akademikerne", ["Tekna", "Akademikerne Næring"], "2020",
          "Seks webinarer om digital omstilling i arbeidslivet med til sammen 2 300 deltakere.",
          dm="2.1", rid="AK-20-06", start="2020", slutt="2020"),
    ],
))

# ---------------------------------------------------------------- 10 Innlandet 2020
FILES.append(dict(
    file="2020_Innlandet_arsrapport_kap4.pdf", reporter="Innlandet fylkeskommune", year=2020, fmt="pdf",
    lang="nb", render="innl2020", made_with="reportlab (platypus)",
    layout="annual_report_chapter_runin_titles_grey_factline_kpi_economy_tables",
    layout_desc=("chapter 4 'Kompetanse' of the county's annual report, printed pages 24–25: running header "
                 "'Innlandet fylkeskommune · Årsrapport 2020', page numbers 24 and 25 (page 1 of the PDF is '24'); 4.1 Mål (prose), 4.2 Nøkkeltall "
                 "(a figures table – not measures), 4.3 'Oppfølging av Nasjonal kompetansepolitisk strategi' where each "
                 "measure is a paragraph opening with a bold run-in title ending in a full stop, the text in the same "
                 "paragraph, then a small grey line 'Delmål 1.3 · Tjeneste · Ansvar: … · Samarbeid: … · 2020–2023'; "
                 "4.4 Økonomi (a budget table, not measures)"),
    kpis=[("Voksne i videregående opplæring", "1 412", "1 298"), ("Fagbrev til voksne (praksiskandidater)", "655", "611"),
          ("Brukere av karrieresentrene", "3 870", "3 120"), ("Deltakere i BIO-prosjekter", "412", "–")],
    economy=[("Karriereveiledning", "14 200", "13 950"), ("Voksenopplæring (vgo)", "96 400", "97 100"),
             ("Bedriftsintern opplæring (BIO)", "18 500", "16 900"), ("Fagskole", "121 000", "119 600"),
             ("Sum", "250 100", "247 550")],
    measures=[
        M("I1", "Karriere Innlandet", ["1.3"], "Tjeneste",
          "Innlandet fylkeskommune", ["NAV Innlandet", "kommunene"], "2020–2023",
          "De to karrieresentrene i Hedmark og Oppland er slått sammen til én tjeneste med seks kontorer og "
          "digital veiledning. Alle over 19 år får gratis karriereveiledning.", dm="Delmål 1.3"),
        M("I2", "Regional kompetansestrategi for Innlandet", ["1.2"], "Strategi",
          "Innlandet fylkeskommune", ["NHO Innlandet", "LO", "KS", "NAV Innlandet", "Høgskolen i Innlandet"],
          "2020–2021",
          "Arbeidet med en felles kompetansestrategi for det nye fylket startet høsten 2020 og skal vedtas av "
          "fylkestinget i 2021.", dm="Delmål 1.2"),
        M("I3", "Kompetanseforum Innlandet", ["1.2", "1.4"], "Forum",
          "Innlandet fylkeskommune", ["partene i arbeidslivet", "NAV", "utdanningsinstitusjonene"], "2020–",
          "Forumet er fylkets arena for samarbeid mellom arbeidsliv, utdanning og offentlige aktører om "
          "kompetanse.", dm="Delmål 1.2 og 1.4"),
        M("I4", "Desentralisert fagskoletilbud", ["2.4", "3.1"], "Utdanningstilbud",
          "Fagskolen Innlandet", ["kommunene", "næringslivet"], "2020–2022",
          "Fagskolen tilbyr samlingsbaserte studier i helse og teknikk på åtte studiesteder i fylket.",
          dm="Delmål 2.4 og 3.1"),
        M("I5", "Fagbrev for voksne – Innlandsmodellen", ["2.3", "3.1"], "Opplæring",
          "Innlandet fylkeskommune", ["NAV Innlandet", "opplæringskontorene"], "2020–2022",
          "Voksne uten fullført videregående får et samlet løp med kartlegging, opplæring og praksis fram "
          "mot fagbrev.", dm="Delmål 2.3 og 3.1"),
        M("I6", "Bedriftsintern opplæring (BIO) – ny fylkesoppgave", ["1.2", "3.3"], "Tilskudd",
          "Innlandet fylkeskommune", ["NAV Innlandet"], "Fra 2020",
          "Fra 1. januar 2020 forvalter fylkeskommunen BIO-midlene. Bedrifter i omstilling kan søke tilskudd "
          "til opplæring av ansatte.", dm="Delmål 1.2 og 3.3"),
    ],
))

# ---------------------------------------------------------------- 11 LO 2021
FILES.append(dict(
    file="2021_LO_saksframstilling.pdf", reporter="LO", year=2021, fmt="pdf", lang="nb",
    render="lo2021", made_with="reportlab (platypus)",
    layout="secretariat_case_paper_numbered_points_dash_fact_lines",
    layout_desc=("LO secretariat case paper printed to PDF: case header grid (Sak / Møte / Saksbehandler / Arkiv), "
                 "'Innstilling' (the proposed decision – not a measure), 'Saksframstilling' prose that names earlier "
                 "and planned measures in passing, then 'Tiltak som rapporteres for 2021' as numbered points '1)' … '8)' "
                 "with a bold title and indented dash lines '– Delmål:', '– Hvem:' (responsible marked '(ansvar)', "
                 "others after it), '– Type:', '– Tid:', '– Kort om:' (= description); the list runs over a page break; "
                 "an appendix 'Møteplan 2022' table is not measures"),
    case=[("Sak", "112/21"), ("Møte", "LO-sekretariatet 13.12.2021"), ("Saksbehandler", "Avdeling for "
          "samfunnspolitikk"), ("Arkiv", "2021/0876")],
    proposal=("Sekretariatet slutter seg til rapporteringen til Kompetansepolitisk råd for 2021 slik den går fram "
              "av saksframstillingen."),
    background=[
        "LO har siden 2017 rapportert årlig til Kompetansepolitisk råd. Tidligere år har vi blant annet "
        "rapportert Samfunnskontrakten for flere læreplasser og forsøket med fagbrev på jobb; disse er nå "
        "avsluttet og tas ikke med.",
        "Fra 2022 vil LO foreslå et nytt tiltak om kompetanseplaner i offentlig sektor sammen med LO Stat og "
        "LO Kommune. Dette er ikke startet.",
    ],
    meetings=[("17.02.2022", "Kompetansepolitisk råd"), ("05.05.2022", "Kompetansebehovsutvalget"),
              ("15.06.2022", "Kompetansepolitisk råd"), ("20.10.2022", "SRY")],
    measures=[
        M("T01", "Kompetansebehovsutvalget", ["1.1"], "utvalg",
          "KD", ["LO", "NHO", "YS", "Unio", "Akademikerne", "Virke", "Spekter", "KS"], "2017–2021",
          "Utvalget leverte sin siste rapport i 2021. LO har arbeidet for at utvalget videreføres med nytt "
          "mandat.", dm="1.1", who="KD (ansvar), LO, NHO, YS, Unio, Akademikerne, Virke, Spekter, KS"),
        M("T02", "Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "råd",
          "KD", ["LO", "NHO", "KS", "Virke", "Spekter", "YS", "Unio"], "løpende",
          "LO har i 2021 prioritert arbeidet med fornyelse av tilbudsstrukturen og lærlingenes situasjon "
          "under pandemien.", dm="1.4 og 2.3", who="KD (ansvar), LO, NHO, KS, Virke, Spekter, YS, Unio"),
        M("T06", "Fagbrev på jobb", ["2.3", "2.5"], "ordning",
          "fylkeskommunene", ["LO", "forbundene"], "løpende",
          "LO-forbundene informerer medlemmer om muligheten til å ta fagbrev på jobb og bistår tillitsvalgte "
          "i drøftinger med arbeidsgiver.", dm="2.3 og 2.5",
          who="fylkeskommunene (ansvar), LO, forbundene"),
        M("T08", "Bransjeprogrammene for kompetanseutvikling", ["2.4"], "program",
          "KD", ["LO", "NHO", "KS", "Virke", "Spekter", "HK-dir"], "2020–2022",
          "LO-forbund deltar i programmene for industri og bygg, helse og omsorg, reiseliv og matindustrien. "
          "Partene prioriterer tilbudene sammen med utdanningstilbyderne.", dm="2.4",
          who="KD (ansvar), LO, NHO, KS, Virke, Spekter, HK-dir"),
        M("T16", "Nasjonalt fagskoleråd", ["1.4"], "råd",
          "KD", ["LO", "NHO", "Virke", "KS", "fagskolene", "studentene"], "2020–",
          "Rådet skal styrke samarbeidet mellom fagskolene og arbeidslivet. LO har én plass i rådet.",
          dm="1.4", who="KD (ansvar), LO, NHO, Virke, KS, fagskolene, studentene"),
        M("L1", "Tillitsvalgtkurs om kompetanseutvikling – nå også digitalt", ["1.4", "2.2"], "kurs",
          "LO", ["AOF Norge", "forbundene"], "2017–",
          "Kurset er lagt om til en digital versjon med tre moduler. 410 tillitsvalgte deltok i 2021.",
          dm="1.4 og 2.2", who="LO (ansvar), AOF Norge, forbundene"),
        M("L2", "LOs kompetansekonferanse 2021", ["2.2"], "konferanse",
          "LO", ["Fafo", "NHO"], "9. november 2021",
          "Årets konferanse handlet om omstilling etter pandemien og ble sendt digitalt fra Folkets Hus.",
          dm="2.2", who="LO (ansvar), Fafo, NHO"),
        M("L3", "Fafo-kartlegging: tillitsvalgtes erfaringer med kompetanseutvikling", ["2.2"], "FoU",
          "LO", ["Fafo"], "2021–2022",
          "Spørreundersøkelse og intervjuer med tillitsvalgte om hvordan kompetanse tas opp i virksomhetene.",
          dm="2.2", who="LO (ansvar), Fafo"),
    ],
))

# ---------------------------------------------------------------- 12 Unio 2021
FILES.append(dict(
    file="2021_Unio_rapport.docx", reporter="Unio", year=2021, fmt="docx", lang="nb",
    render="unio2021", made_with="python-docx",
    layout="goal_words_h2_bold_title_hva_hvem_naar_form_bullets",
    layout_desc=("Unio Word report: intro, Heading 1 'Unios tiltak', Heading 2 per delmål written ONLY as words ('Samarbeid "
                 "mellom utdanning og arbeidsliv', 'Godkjenning av utenlandsk utdanning' …), under it each measure as a "
                 "bold (non-heading) title paragraph and four bullets 'Hva:' (= description), 'Hvem:' (responsible "
                 "marked '(ansvar)', the others partners), 'Når:', 'Form:'; one measure has a fifth bullet 'Gjelder "
                 "også: <goal words>' that adds a second delmål; closing 'Under planlegging' bullets and 'Møter Unio har "
                 "deltatt i' list are not measures"),
    intro=[
        "Unio er hovedorganisasjon for 13 fagforbund med rundt 380 000 medlemmer, de fleste i offentlig sektor. "
        "Vi rapporterer her tiltakene for 2021, ordnet etter delmålene i strategien.",
    ],
    groups=[
        ("Samarbeid mellom utdanning og arbeidsliv", [0, 1]),
        ("Kunnskap om læring i arbeidslivet", [2, 3]),
        ("Godkjenning av utenlandsk utdanning", [4]),
    ],
    planned=["Et nettverk for kompetansetillitsvalgte i kommunene (oppstart tidligst 2022).",
             "Felles kurs med KS om kompetanseplaner – ikke avklart."],
    meetings=["Kompetansepolitisk råd, 25. februar, 10. juni og 4. november",
              "Innspillsmøte om bransjeprogram for helse og omsorg, 3. mars"],
    measures=[
        M("T03", "Unios representanter i RSA ved høgskolene", ["1.4"], "Råd",
          "universitetene og høgskolene", ["Unio", "Utdanningsforbundet", "Sykepleierforbundet"], "Løpende",
          "Unio-forbund har plasser i Råd for samarbeid med arbeidslivet ved flere høgskoler og "
          "universiteter og arbeider for praksisnære profesjonsutdanninger.",
          who="universitetene og høgskolene (ansvar), Unio, Utdanningsforbundet, Sykepleierforbundet"),
        M("T21", "Trepartsarbeid om sykehusenes kompetansebehov", ["1.4", "2.2"], "Partssamarbeid",
          "Helse- og omsorgsdepartementet", ["Spekter", "Unio", "LO", "YS", "Akademikerne"], "2021–2023",
          "Partene og departementet samarbeider om hvordan sykehusene kan beholde og utvikle kompetansen "
          "til ansatte, med vekt på spesialsykepleiere.",
          who="Helse- og omsorgsdepartementet (ansvar), Spekter, Unio, LO, YS, Akademikerne",
          also="Kunnskap om læring i arbeidslivet"),
        M("U1", "Kurs for tillitsvalgte om kompetanseplaner", ["2.2"], "Kurs",
          "Unio", ["Unio-forbundene"], "2021",
          "Digitalt kurs i tre deler for tillitsvalgte i kommune og stat om hvordan kompetanseplaner "
          "drøftes med arbeidsgiver.", who="Unio (ansvar), Unio-forbundene"),
        M("U2", "Unios kompetanseundersøkelse 2021", ["2.2"], "Undersøkelse",
          "Unio", ["Ipsos"], "2021",
          "Undersøkelse blant 4 000 medlemmer om tilgang til etter- og videreutdanning i arbeidstiden.",
          who="Unio (ansvar), Ipsos"),
        M("U3", "Kompletterende utdanning for sykepleiere utdannet i utlandet", ["2.6"], "Utdanning",
          "Kunnskapsdepartementet", ["Unio", "Sykepleierforbundet", "OsloMet"], "2021–2022",
          "Unio har bidratt til at kompletterende utdanning for sykepleiere med utdanning fra land utenfor "
          "EU/EØS er utvidet med flere studieplasser.",
          who="Kunnskapsdepartementet (ansvar), Unio, Sykepleierforbundet, OsloMet"),
    ],
))
