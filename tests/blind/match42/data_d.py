# -*- coding: utf-8 -*-
"""Files F19-F22 of match42 and the near-miss groups."""
from common import M

F06 = dict(
    file="2019_KS_rapport.docx", reporter="KS", year=2019, fmt="docx", lang="nb",
    layout="ks_excel_paste_landscape_nr_tiltak_beskrivelse_ks_rolle_partners_one_per_line_in_cell_delmaal_last_plus_joined_antall_row_meetings",
    layout_desc=("KS Word report (portrait intro page, then a LANDSCAPE section) with an Excel range pasted as a Word table: "
                 "Calibri 9, grey header row repeated, columns Nr | Tiltak | Beskrivelse | KS' rolle | Ansvarlig | Partnere | "
                 "Tidsrom | Tiltakstype | Delmål; the 'Partnere' cell lists one partner PER LINE (Alt+Enter line breaks, no commas), "
                 "'KS' rolle' (Eier/Deltaker/Samarbeidspart) is not a ground-truth field, delmål are joined with '+' in the LAST "
                 "column, one empty row left in the range and an 'Antall tiltak' row at the bottom; after the table a list of "
                 "the council meetings KS attended (not measures)"),
    measures=[
        M("T15", "Nasjonalt forum for karriereveiledning", ["1.3"], "Nettverk", "Kompetanse Norge",
          ["KS", "NAV", "fylkeskommunene", "partene"], "Løpende",
          "Forumet samler aktørene i karriereveiledningsfeltet. KS deltar for å ivareta kommunenes rolle, blant annet i "
          "grunnskolens rådgivning.", role="Deltaker"),
        M("K1", "Menn i helse", ["3.3"], "Prosjekt", "KS", ["NAV", "kommunene", "fylkeskommunene"], "2016–2021",
          "Rekrutteringsprogram der menn som står utenfor arbeidslivet får et løp mot fagbrev som helsefagarbeider, "
          "med lønnet praksis i kommunene.", role="Eier"),
        M("K2", "Bli lærling i kommunen", ["2.3"], "Informasjon", "KS", ["kommunene"], "2019–2020",
          "Informasjonskampanje i sosiale medier og på skoler for å få flere unge til å søke læreplass i kommunal "
          "sektor.", role="Eier"),
        M("T16", "Kompetanseløft 2020 – oppfølging i kommunene", ["1.4", "2.2"], "Plan", "HOD",
          ["KS", "Helsedirektoratet"], "2016–2020",
          "KS følger opp planen gjennom nettverk for kommunene og veiledning om kompetanseplanlegging i helse og omsorg.",
          role="Samarbeidspart"),
        M("T02", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4"], "Råd", "KD", ["KS", "partene"], "Løpende",
          "KS har én representant i SRY og følger særlig helse- og oppvekstfag og barne- og ungdomsarbeiderfaget.",
          role="Deltaker"),
        M("K5", "Kommunesektorens arbeidslivsmonitor", ["2.2"], "FoU", "KS", [], "2019",
          "Undersøkelse av arbeidsgiverpolitikk og kompetanse i kommunene. Ny rapport kom i september 2019.",
          role="Eier"),
        M("K6", "KS Læring – delingsplattform for kommunene", ["2.1"], "Informasjon", "KS", ["kommunene"], "Løpende",
          "Digital plattform der kommunene kan dele kurs, e-læring og annen kunnskap med egne ansatte og med hverandre.",
          role="Eier"),
    ],
    extra=dict(
        meetings=["Kompetansepolitisk råd 12. februar 2019", "Kompetansepolitisk råd 13. juni 2019",
                  "Kompetansepolitisk råd 28. november 2019",
                  "Arbeidsmøte om kompetansereformen (KD) 3. april 2019"],
    ),
)

F19 = dict(
    file="2024_YS_handlingsplan.docx", reporter="YS", year=2024, fmt="docx", lang="nb",
    layout="ys_handlingsplan_table_hva_hvorfor_hvem_med_hvem_naar_hvordan_status_merged_area_rows_goal_code_dash_gloss_empty_area",
    layout_desc=("YS Word document 'Handlingsplan for kompetansepolitikk 2024 – status' (landscape, YS header, PAGE footer): one "
                 "table Hva | Hvorfor | Hvem | Med hvem | Når | Hvordan | Status pr. 31.12. with full-width merged shaded rows "
                 "per innsatsområde ('Innsatsområde 1: Gode valg …'); 'Hvorfor' gives the delmål as 'Delmål 1.4 og 2.3 – gloss'; "
                 "'Hvordan' is the type in YS' own words (Utvalgsarbeid, Rådsarbeid, Undersøkelse …); the Status column is not a "
                 "ground-truth field; the third area row is followed by a merged row saying there are no own measures (not a "
                 "measure); a closing paragraph about next year's plan"),
    measures=[
        M("T01", "YS i Kompetansebehovsutvalget", ["1.1"], "Utvalgsarbeid", "KD", ["YS", "partene"], "Løpende",
          "YS deltar i utvalgets møter og i arbeidet med den årlige rapporten.", why="Delmål 1.1 – felles kunnskapsgrunnlag om kompetansebehov", status="Pågår", area="1"),
        M("Y5", "Karriereveiledning for medlemmer", ["1.3"], "Tjeneste", "Parat", ["YS"], "Løpende",  "Parat tilbyr medlemmene karrieresamtaler og kurs i jobbsøking; YS formidler tilbudet.",
          why="Delmål 1.3 – karriereveiledning for voksne", status="Pågår", area="1"),
        M("T02", "SRY – YS' plass i rådet", ["1.4", "2.3"], "Rådsarbeid", "KD", ["YS", "partene"],
          "Oppnevningsperioden 2024–2027",  "YS har én representant og følger særlig handels- og transportfagene.",
          why="Delmål 1.4 og 2.3 – relevante fag- og yrkesutdanninger", status="Pågår", area="1"),
        M("T05", "Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft", ["1.4", "2.3"], "Avtale", "KD",
          ["YS", "partene", "KS", "fylkeskommunene"], "2022–2026",  "YS er part i kontrakten og følger opp målet om flere læreplasser.",
          why="Delmål 1.4 og 2.3 – flere læreplasser", status="Pågår", area="1"),
        M("Y1", "YS-skolen: Kompetanse og omstilling", ["2.2"], "Kurs", "YS", ["forbundene"], "2024",  "Kurs for tillitsvalgte om kompetanseplaner og omstilling.",
          why="Delmål 2.2 – læring i arbeidslivet", status="Gjennomført, 3 kurs", area="2"),
        M("Y2", "YS Arbeidslivsbarometer 2024", ["2.2"], "Undersøkelse", "YS", ["Respons Analyse"], "2024",  "Årlig undersøkelse; kompetansedelen måler læring på jobben.",
          why="Delmål 2.2 – kunnskapsgrunnlag", status="Publisert oktober", area="2"),
        M("Y3", "Nettkurs i digital kompetanse for tillitsvalgte", ["2.1"], "Kurs", "YS", ["Parat", "Delta"],
          "2024–2025", "Nettkurs om digitale verktøy og personvern for tillitsvalgte.", why="Delmål 2.1 – digital kompetanse", status="Pilot gjennomført", area="2"),
    ],
    extra=dict(
                none3="Ingen egne tiltak i 2024 – YS følger arbeidet gjennom Kompetansepolitisk råd.",
    ),
)

F20 = dict(
    file="2025_NHO_rapport.docx", reporter="NHO", year=2025, fmt="docx", lang="nb",
    layout="nho_word_h2_text_then_shaded_single_cell_faktaboks_dot_leader_tab_labels_maal_form_ansvar_med_tid_ogsaa_deltatt_list",
    layout_desc=("NHO Word report (header 'NHO' + report title at a right tab, footer 'Side n av m'): 'Innledning', then per "
                 "measure a Heading 2 title, the text, and AFTER it a light-blue single-cell table ('Faktaboks') whose lines are "
                 "'Mål i strategien……1.4 og 2.3', 'Form……', 'Ansvar……', 'Med……', 'Tid……' with DOT-LEADER tab stops between "
                 "label and value; one title says '(videreført)' although NHO never reported it before; closing 'NHO har også "
                 "deltatt i' bullet list (not measures)"),
    measures=[
        M("T01", "Kompetansebehovsutvalget", ["1.1"], "Utvalg", "KD",
          ["NHO", "LO", "YS", "Unio", "Akademikerne", "Spekter", "Virke", "KS"], "Løpende (nytt mandat fra 2023)",
          "NHO deltar i utvalget, som fikk nytt mandat i 2023 og nå leverer en hovedrapport annethvert år."),
        M("N1", "NHOs kompetansebarometer 2025", ["2.2"], "Undersøkelse", "NHO", ["NIFU"], "2025",
          "Barometeret viser at mangel på fagarbeidere fortsatt er den største kompetanseutfordringen for "
          "medlemsbedriftene."),
        M("N2", "Matindustrien 4.0 – fase 2", ["2.1"], "Prosjekt", "NHO Mat og Drikke", ["LO/NNN", "Sjømat Norge"],
          "2023–2026",
          "Andre fase av bransjeprosjektet retter seg mot automatisering og datadrevet produksjon i matindustrien."),
        M("T08", "Bransjeprogram for industri og bygg (videreført)", ["2.1", "2.4"], "Kurs/utdanning", "HK-dir",
          ["NHO", "LO", "Norsk Industri", "Fellesforbundet"], "2020–2026",
          "Bransjeprogrammet gir korte, fleksible utdanningstilbud for ansatte i industri- og byggenæringen. NHO og "
          "landsforeningene sitter i programrådet."),
        M("T05", "Samfunnskontrakt for kvalifisert arbeidskraft 2022–2026", ["1.4", "2.3"], "Avtale", "KD",
          ["NHO", "LO", "YS", "Unio", "KS", "Spekter", "Virke"], "2022–2026",
          "NHO følger opp kontrakten med mål om flere lærebedrifter og flere lærlinger i medlemsbedriftene."),
        M("T18", "NHO i Nasjonalt fagskoleråd", ["1.4"], "Råd", "KD", ["NHO", "LO", "Unio", "fagskolene"], "Løpende",
          "NHO bruker plassen i rådet til å arbeide for flere og mer arbeidslivsrettede fagskoletilbud."),
        M("T02", "Samarbeidsrådet for yrkesopplæring (SRY)", ["1.4", "2.3"], "Råd", "KD", ["partene"],
          "Oppnevningsperiode 2024–2027",
          "NHO har to plasser i SRY og følger særlig opp dimensjoneringen av yrkesfagene."),
    ],
    extra=dict(
        ogsaa=["Kompetansepolitisk råd (fire møter)", "Arendalsuka: debatt om fagskolefinansiering",
               "Innspillsmøte om ny kompetansereform (KD)"],
    ),
)

F21 = dict(
    file="2025_Trondelag_rapport.docx", reporter="Trøndelag fylkeskommune", year=2025, fmt="docx", lang="nb",
    layout="county_word_three_col_table_title_text_and_italic_label_lines_in_first_cell_nkps_codes_one_per_line_status_column_footnote",
    layout_desc=("Trøndelag fylkeskommune Word report (county header, 'Side n' footer): 'Bakgrunn', then ONE three-column table "
                 "Tiltak og beskrivelse | NKPS | Status; the first cell stacks the bold title, the description and four italic "
                 "label lines 'Ansvar:', 'Med:', 'Periode:', 'Type:'; the NKPS cell lists the delmål codes one per line; the "
                 "Status cell says 'Videreført fra 2018', 'Ny 2025' or 'Videreført fra 2023' (the county sent no report in 2023 – "
                 "the status words are not the ground truth for 'continues'); a footnote under the table; a closing paragraph "
                 "about the new regional plan"),
    measures=[
        M("C1", "Karrieresenter Trøndelag", ["1.3"], "Tjeneste", "Trøndelag fylkeskommune",
          ["NAV Trøndelag", "kommunene"], "Løpende",
          "Karrieresenteret har nå sju kontorer og et digitalt tilbud. 4 310 personer fikk veiledning i 2024.",
          status="Videreført fra 2018"),
        M("C2", "Kompetanseforum Trøndelag – nytt mandat 2024", ["1.2"], "Nettverk", "Trøndelag fylkeskommune",
          ["NHO Trøndelag", "LO i Trøndelag", "KS", "NAV Trøndelag", "NTNU", "Statsforvalteren i Trøndelag"],
          "2024–2027",
          "Forumet fikk nytt mandat i 2024 og har ansvar for å følge opp den nye regionale planen.",
          status="Videreført fra 2018"),
        M("C3", "Fagbrev på jobb – Trøndelagsmodellen", ["2.5", "3.1"], "Opplæring", "Trøndelag fylkeskommune",
          ["opplæringskontorene", "NAV Trøndelag"], "Løpende",
          "Fylkeskommunens tilbud om fagbrev på jobb er bygd ut med egne løp for helsefag og industri.",
          status="Videreført fra 2018"),
        M("C5", "Regional plan for kompetanse og arbeidskraft i Trøndelag 2024–2035", ["1.2"], "Plan",
          "Trøndelag fylkeskommune", ["Kompetanseforum Trøndelag"], "2024–2035",
          "Planen erstatter den regionale kompetansestrategien fra 2018 og ble vedtatt av fylkestinget i desember 2024.",
          status="Ny 2025"),
        M("C7", "Tilskudd til bedriftsintern opplæring (BIO)", ["2.4"], "Tilskudd", "Trøndelag fylkeskommune",
          ["NAV Trøndelag", "Innovasjon Norge"], "Årlig",
          "Tilskudd til opplæring i bedrifter som står i omstilling. 71 bedrifter fikk tilskudd i 2025.",
          status="Videreført fra 2023"),
        M("C9", "Desentralisert fagskoleutdanning i Trøndelag", ["1.4", "3.1"], "Utdanning",
          "Trøndelag fylkeskommune", ["Fagskolen i Trøndelag", "kommunene"], "2025–2027",
          "Fagskolen gir samlingsbaserte tilbud i helse og teknikk på seks studiesteder i distriktene.",
          status="Ny 2025"),
    ],
    extra=dict(
        footnote=("Tiltak merket 'Videreført' har vært i gang tidligere år. BIO-ordningen ble overtatt fra NAV i 2020 og "
                  "rapporteres her for første gang."),
    ),
)

F22 = dict(
    file="2026_Vestland_rapport_nn.docx", reporter="Vestland fylkeskommune", year=2026, fmt="docx", lang="nn",
    layout="nn_word_multilevel_autonumbered_h1_h2_titles_text_then_left_bordered_shaded_paragraph_block_labels_above_values_planlagde_2027",
    layout_desc=("nynorsk Vestland fylkeskommune report in Word: Heading 1/Heading 2 numbered by a multilevel list in "
                 "numbering.xml ('1', '2.1' … – the numbers are NOT in the text and look like delmål codes when rendered); "
                 "'1 Innleiing', '2 Tiltak i 2026' with a Heading 2 per measure, the text, and then a fact block made of "
                 "plain PARAGRAPHS (no table) with a thick left border and light shading, each label (Delmål, Ansvarleg, "
                 "Partnarar, Type, Tid) in bold small caps on its own paragraph ABOVE its value (delmål as code with "
                 "nynorsk words in brackets); '3 Planlagde tiltak 2027' (bullets, not measures); header with the county "
                 "name, footer 'Side n'"),
    measures=[
        M("W1", "Karrieresenter Vestland", ["1.3"], "Teneste", "Vestland fylkeskommune", ["NAV Vestland", "kommunane"],
          "Løpande",
          "Karrieresentera gjev gratis karriererettleiing til alle over 19 år. I 2026 er det opna eit nytt senter i "
          "Sunnfjord."),
        M("W2", "Kompetanseforum Vestland – rullert mandat", ["1.2"], "Nettverk", "Vestland fylkeskommune",
          ["NHO Vestland", "LO i Vestland", "KS Vest", "NAV Vestland", "HVL", "UiB"], "2026–2029",
          "Forumet har fått eit rullert mandat som følgjer den nye handlingsperioden."),
        M("W5", "Bedriftsintern opplæring (BIO)", ["2.4"], "Tilskot", "Vestland fylkeskommune",
          ["NAV Vestland", "Innovasjon Noreg"], "Årleg",
          "Tilskot til opplæring i bedrifter i omstilling, no med vekt på det grøne skiftet."),
        M("W4", "Vestlandskontrakten for fleire læreplassar – siste år", ["1.4", "2.3"], "Avtale",
          "Vestland fylkeskommune", ["NHO Vestland", "LO i Vestland", "KS Vest"], "2022–2026",
          "Kontrakten går ut i 2026. 92 prosent av dei kvalifiserte søkjarane fekk læreplass i 2025."),
        M("W6", "Handlingsprogram for kompetanse og arbeidskraft 2026–2027", ["1.2"], "Plan",
          "Vestland fylkeskommune", ["Kompetanseforum Vestland"], "2026–2027",
          "Handlingsprogrammet konkretiserer tiltaka i den regionale planen for dei to neste åra."),
        M("W9", "Modulstrukturert vidaregåande opplæring for vaksne", ["3.1"], "Utdanningstilbod",
          "Vestland fylkeskommune", ["NAV Vestland", "kommunane"], "Frå 2026",
          "Vaksne kan ta vidaregåande opplæring modul for modul og få kvar modul dokumentert."),
    ],
    extra=dict(
        planned=["Regional kompetansebørs for offentleg sektor", "Karrieredagar for vaksne i alle regionar",
                 "Ny modell for dimensjonering av fagskuletilbodet"],
    ),
)

FILES_D = [F06, F19, F20, F21, F22]

# near-miss groups: tiltak ids that look alike but are different tiltak
NEAR_MISS_GROUPS = [
    ("unions' own courses for tillitsvalgte", ["L1", "Y1", "A1", "U1"]),
    ("members' own surveys, barometers and monitors", ["N1", "Y2", "K5", "U2", "R3", "A2"]),
    ("counties' own competence forums", ["C2", "W2"]),
    ("counties' plans and strategies (different counties, old vs new period, plan vs action programme)",
     ["C4", "C5", "W3", "W6"]),
    ("career-guidance services of counties, NAV, Parat and Akademikerne", ["C1", "W1", "V2", "Y5", "A4"]),
    ("fagbrev: pilot vs national scheme vs county model vs NAV pilot", ["T06", "T07", "C3", "V3"]),
    ("old vs new samfunnskontrakt, Spekter's letter and the Vestland contract", ["T04", "T05", "S6", "W4"]),
    ("bransjeprogram vs its evaluation vs Virke's Handelsløftet", ["T08", "T09", "R1"]),
    ("Kompetansepluss/Kompetanseprogrammet vs Spekter's conference about it", ["T10", "S2"]),
    ("Kompetanseløft 2020 vs its successor Kompetanseløft 2025", ["T16", "T17"]),
    ("councils towards higher and tertiary vocational education: RSA vs Nasjonalt fagskoleråd", ["T03", "T18"]),
    ("KBU vs HK-dir's regional analyses vs Trøndelag's own analysis", ["T01", "H3", "C6"]),
    ("basic-skills and digital courses of different actors", ["T20", "V1", "O1", "O2", "O4", "Y3"]),
    ("members' own HR networks", ["S3", "R2"]),
    ("Spekter's and LO's different conferences", ["S1", "S2", "S5", "TLS"]),
    ("documentation of competence: joint model vs Virke's bransjebevis vs HK-dir's guide", ["T26", "R4", "H4"]),
    ("BIO: the national transfer vs the counties' BIO schemes", ["GBIO", "C7", "W5"]),
    ("the national digital working group vs Trøndelag's DigiT", ["TDG", "C8"]),
    ("Menn i helse vs its evaluation", ["K1", "K7"]),
    ("national quality framework vs Vestland's roll-out", ["T12", "W7"]),
    ("flexible/decentralised education: national grant vs county offers", ["T14", "C9", "W9"]),
]
