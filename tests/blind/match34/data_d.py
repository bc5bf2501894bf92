# -*- coding: utf-8 -*-
"""Files 13-16: Vestland 2021 (nn), Spekter 2022, VOFO 2022, HK-dir 2022."""
from batch_common import M

FILES = []

# ---------------------------------------------------------------- 13 Vestland 2021 (nn)
FILES.append(dict(
    file="2021_Vestland_tiltakstabell.pdf", reporter="Vestland fylkeskommune", year=2021, fmt="pdf", lang="nn",
    render="vest2021", made_with="reportlab (platypus, landscape)",
    layout="nn_landscape_kva_kvifor_kven_korleis_table_status_group_rows",
    layout_desc=("nynorsk county table exported from Word, landscape: Kva (tiltak) | Kvifor (mål i strategien) | Kven "
                 "(two lines 'Ansvarleg: …' / 'Med: …') | Korleis (type in own words) | Kor lenge | Skildring; "
                 "'Kvifor' gives the delmål as nynorsk words, some with the code in brackets, some without; full-width "
                 "group rows 'Vidareførte tiltak' and 'Nye tiltak i 2021' (the county has no earlier report in the "
                 "batch, so 'vidareført' does not make continues true); header row repeated on page 2 and one row "
                 "broken over the page; footer 'Vestland fylkeskommune – rapport til Kompetansepolitisk råd 2021'"),
    intro=("Vestland fylkeskommune rapporterer for andre gong som samanslått fylke. Tabellen viser tiltaka som "
           "følgjer opp Nasjonal kompetansepolitisk strategi, delt i nye og vidareførte tiltak. Fylkeskommunen "
           "har i 2021 prioritert karriererettleiing, samarbeid med partane gjennom Kompetanseforum Vestland og "
           "arbeidet med ein ny regional plan for kompetanse og arbeidskraft. Mange av tiltaka er gjennomførte "
           "digitalt på grunn av pandemien, og fleire av dei vil halde fram i 2022."),
    new_idx=[2, 3, 4], cont_idx=[0, 1, 5], cont_first=True,
    measures=[
        M("W1", "Karriere Vestland – fylkesdekkjande karriererettleiing", ["1.3"], "Teneste",
          "Vestland fylkeskommune", ["NAV Vestland", "kommunane"], "2020–2023",
          "Karrieresentera i Bergen, Førde og Stord gir gratis rettleiing til vaksne, også på video.",
          dm="Karriererettleiing (1.3)"),
        M("W2", "Kompetanseforum Vestland", ["1.2"], "Nettverk",
          "Vestland fylkeskommune", ["NHO Vestland", "LO i Vestland", "KS Vest", "NAV Vestland",
                                     "Høgskulen på Vestlandet"], "2020–",
          "Forumet samlar partane, utdanningane og NAV om kompetansebehova i fylket og gir råd til "
          "fylkeskommunen.", dm="Regionalt folkevalt nivå sitt kompetansepolitiske ansvar"),
        M("W3", "Innføring av kvalitetsrammeverket i karrieresentera", ["1.3"], "Opplæring",
          "Vestland fylkeskommune", ["HK-dir"], "2021–2022",
          "Alle rettleiarane ved karrieresentera får opplæring i det nasjonale kvalitetsrammeverket for "
          "karriererettleiing.", dm="Karriererettleiing"),
        M("W4", "Regional plan for kompetanse og arbeidskraft", ["1.2", "1.4"], "Plan",
          "Vestland fylkeskommune", ["partane i arbeidslivet", "kommunane", "NAV"], "2021–2033",
          "Planprogrammet er vedteke, og planen skal gjelde fram til 2033 med eit eige handlingsprogram.",
          dm="Regionalt folkevalt nivå sitt ansvar (1.2) og samarbeid mellom utdanning og arbeidsliv (1.4)"),
        M("W5", "Desentraliserte fagskuletilbod", ["2.4", "3.1"], "Utdanningstilbod",
          "Fagskulen Vestland", ["kommunane", "næringslivet"], "2021–2023",
          "Fagskulen tilbyr nettbaserte studium med samlingar i Sogn og Fjordane og Sunnhordland. I 2021 "
          "starta 140 studentar, dei fleste i helse- og oppvekstfag og i elektrofag.",
          dm="Kopling av kompetansebehov og etter- og vidareutdanning (2.4); fleksibel opplæring for vaksne (3.1)",
          split=True),
        M("W6", "Fagbrev på jobb i Vestland", ["2.3", "2.5"], "Opplæringstilbod",
          "Vestland fylkeskommune", ["opplæringskontora", "kommunane"], "2020–",
          "Vestland-modellen: fylkeskommunen har eigne fagbrevkoordinatorar og gir tilskot til lærebedrifter som "
          "tek inn tilsette med lang praksis. 220 kandidatar "
          "i 2021.", dm="Karrieremoglegheiter i yrkesfaga; dokumentasjon av kompetanse frå arbeidslivet"),
    ],
))

# ---------------------------------------------------------------- 14 Spekter 2022
FILES.append(dict(
    file="2022_Spekter_rapport_NKPS.docx", reporter="Spekter", year=2022, fmt="docx", lang="nb",
    render="spekter2022", made_with="python-docx (right tab stop, label table)",
    layout="h2_title_right_tab_status_word_five_row_label_table_avsluttet",
    layout_desc=("Spekter Word report: page header 'Spekter' with 'arbeidsgiverforeningen' at right, footer 'Oslo, 30. "
                 "september 2022' and page field; intro; each "
                 "measure a Heading 2 whose title is followed by a TAB and a right-aligned grey status word (Ny / "
                 "Videreført / Pågår – not part of the title); a five-row two-column table with shaded labels Relevante "
                 "delmål / Tiltakstype / Hovedansvar / Partnere / Tidsrom; then the description; a closing 'Avsluttet i "
                 "2021 (rapporteres ikke)' list naming two former measures is not measures"),
    intro=[
        "Spekter rapporterer her tiltakene for 2022. Statusordet etter hver overskrift viser om tiltaket er nytt "
        "eller videreført fra tidligere rapporter.",
    ],
    ended=["Samarbeid om helsesekretærutdanningen (ordinær drift siden 2016)",
           "Konferanse om integrering av flyktninger og innvandrere (gjennomført)"],
    measures=[
        M("S1", "Møteplass lærebedrifter 2022", ["1.4", "2.3"], "Møteplass",
          "Spekter", ["helseforetakene", "opplæringskontorene"], "Årlig, 2022-samlingen i mai",
          "Årets møteplass samlet 90 deltakere fra lærebedrifter i helseforetakene. Tema var veiledning av "
          "lærlinger i helsearbeiderfaget.", dm="1.4 og 2.3", status="Videreført"),
        M("S4", "Livslang læring i sykehussektoren (HOSPEEM–EPSU) – fase 2", ["2.2"], "EU-prosjekt",
          "HOSPEEM og EPSU", ["Spekter", "Fagforbundet", "Norsk Sykepleierforbund"], "2021–2023",
          "Andre fase av det europeiske partsprosjektet ser på kompetanse i digitaliserte sykehus. Spekter "
          "sitter fortsatt i styringsgruppen.", dm="2.2", status="Videreført"),
        M("T02", "Spekters plass i SRY", ["1.4", "2.3"], "Råd",
          "Kunnskapsdepartementet", ["Spekter", "LO", "NHO", "KS", "Virke", "YS", "Unio"], "Løpende",
          "Spekter har fast plass i Samarbeidsrådet for yrkesopplæring fra 2022.", dm="1.4, 2.3",
          status="Ny"),
        M("T05", "Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft", ["2.3"], "Avtale",
          "Kunnskapsdepartementet", ["Spekter", "LO", "NHO", "KS", "Virke", "YS", "Unio"], "2022–2026",
          "Spekter har forpliktet seg til å arbeide for flere læreplasser i helseforetakene og i andre "
          "medlemsvirksomheter.", dm="2.3", status="Ny"),
        M("T21", "Trepartssamarbeid om kompetanse i sykehusene", ["1.4", "2.2"], "Partssamarbeid",
          "Helse- og omsorgsdepartementet", ["Spekter", "Unio", "LO", "YS", "Akademikerne"], "2021–2023",
          "Arbeidet har gitt en felles plan for utdanning av spesialsykepleiere og ble fulgt opp i "
          "foretaksmøtene.", dm="1.4 og 2.2", status="Pågår"),
        M("S6", "Nettverk for kompetansesjefer i helseforetakene", ["2.2"], "Nettverk",
          "Spekter", ["de regionale helseforetakene"], "2022–",
          "Et nytt nettverk der kompetansesjefene deler erfaringer om kompetanseplaner og e-læring.",
          dm="2.2", status="Ny"),
    ],
))

# ---------------------------------------------------------------- 15 VOFO 2022
FILES.append(dict(
    file="2022_VOFO_rapport.pdf", reporter="VOFO", year=2022, fmt="pdf", lang="nb",
    render="vofo2022", made_with="reportlab (platypus)",
    layout="label_column_form_navn_knyttet_til_kort_om_stats_table",
    layout_desc=("VOFO report exported from Word: title block with the VOFO name line, 'Om studieforbundene' intro and "
                 "a table 'Studieforbundenes aktivitet 2022' (courses, participants, hours – not measures); then one "
                 "ruled two-column form per measure with labels Navn / Knyttet til / Art / Ansvar / Med / Når / Kort om; "
                 "'Knyttet til' gives the delmål as 'delmål 3.6 (læringsmotivasjon)'; the forms run on without page "
                 "breaks, so the fourth form is broken after its Navn row (title on page 1, the rest on page 2); a grey 'Kontakt i VOFO' box at the end is not a measure"),
    intro=[
        "Voksenopplæringsforbundet (VOFO) er paraplyorganisasjon for studieforbundene. Vi rapporterer her "
        "fem tiltak for 2022.",
    ],
    stats=[("Kurs", "39 212"), ("Deltakere", "412 870"), ("Kurstimer", "1 402 300"),
           ("Kurs i norsk og grunnleggende ferdigheter", "3 118")],
    contact=("Kontakt i VOFO: seniorrådgiver for kompetansepolitikk, Akersgata 7, 0158 Oslo"),
    measures=[
        M("T10", "Kompetanseprogrammet – frivillighetsdelen (tidligere Kompetansepluss frivillighet)", ["3.2", "3.6"],
          "Tilskuddsordning", "HK-dir", ["VOFO", "studieforbundene", "frivillige organisasjoner"], "Løpende",
          "Frivillige organisasjoner søker midler til kurs i lesing, skriving, regning og digitale ferdigheter. "
          "VOFO informerer og hjelper studieforbundene med søknadene.",
          dm="delmål 3.2 (Kompetansepluss) og 3.6 (læringsmotivasjon)"),
        M("O1", "VOFOs regionale nettverk", ["1.2"], "Nettverk",
          "VOFO", ["VOFO-regionene", "fylkeskommunene"], "2020–",
          "VOFO-regionene deltar i fylkenes kompetanseforum og partnerskap og gjør studieforbundene kjent "
          "for karriereveilederne.", dm="delmål 1.2 (regionalt samarbeid)"),
        M("O2", "Norsktrening i studieforbundene", ["3.4"], "Kurs",
          "studieforbundene", ["VOFO", "IMDi", "kommunene"], "2022",
          "Lavterskel norsktrening for innvandrere, gjerne knyttet til språkkafeer og praksisplasser.",
          dm="delmål 3.4 (norskopplæring)"),
        M("O3", "Kampanjen «Lær noe nytt»", ["3.6"], "Kampanje",
          "VOFO", ["studieforbundene"], "Høsten 2022",
          "Kampanje i sosiale medier og lokalaviser som skal få voksne med kort utdanning til å melde seg "
          "på kurs.", dm="delmål 3.6 (læringsmotivasjon)"),
        M("O4", "Kompetansebevis for frivillige", ["2.5", "3.6"], "Kompetansebevis",
          "VOFO", ["Frivillighet Norge", "studieforbundene"], "2022–2023",
          "Et digitalt bevis som dokumenterer kompetanse frivillige har fått gjennom kurs og verv.",
          dm="delmål 2.5 (dokumentasjon) og 3.6 (læringsmotivasjon)"),
    ],
))

# ---------------------------------------------------------------- 16 HK-dir 2022
FILES.append(dict(
    file="2022_HKdir_rapport.docx", reporter="HK-dir", year=2022, fmt="docx", lang="nb",
    render="hkdir2022", made_with="python-docx (TOC field with cached entries, tab-aligned labels)",
    layout="directorate_report_toc_section_numbers_3x_tab_labels_type_counts",
    layout_desc=("HK-dir Word report: cached TOC field (chapter titles only), '1 Innledning', '2 Sammendrag' with "
                 "'Tabell 1 Tiltak etter kategori' (counts and Sum – not measures), '3 Direktoratets tiltak' with the "
                 "measures as Heading 2 '3.1 Title' … '3.8 Title' (typed section numbers 3.1–3.6 look like delmål "
                 "codes but are not), five tab-aligned label lines Delmål: / Kategori: / Eier: / Partnere: / Periode: "
                 "and the text; '4 Planlagt for 2023' bullets are not measures; header 'HK-dir' and footer page field"),
    intro=[
        "Direktoratet for høyere utdanning og kompetanse (HK-dir) ble opprettet 1. juli 2021 og har overtatt "
        "oppgavene til Kompetanse Norge. Rapporten omfatter tiltakene direktoratet har ansvar for eller "
        "forvalter på oppdrag fra Kunnskapsdepartementet.",
    ],
    planned=["Ny nasjonal kartlegging av voksnes ferdigheter (PIAAC-oppfølging)",
             "Pilot med karriereveiledning i bedrift"],
    measures=[
        M("T08", "Forvaltning av bransjeprogrammene", ["2.4"], "Forvaltning",
          "HK-dir", ["KD", "partene i arbeidslivet", "utdanningstilbyderne"], "2020–",
          "HK-dir lyser ut midler og følger opp utdanningstilbyderne i bransjeprogrammene på oppdrag fra KD. "
          "I 2022 var det 13 programmer.", dm="2.4"),
        M("T09", "Evaluering av bransjeprogram for kompetanseutvikling", ["2.2", "2.4"], "Evaluering",
          "HK-dir", ["Fafo", "Oslo Economics"], "2021–2024",
          "Følgeevaluering av programmene. Første delrapport kom i 2022 og viser god deltakelse i "
          "industri og bygg.", dm="2.2, 2.4"),
        M("T10", "Kompetanseprogrammet", ["3.2"], "Tilskuddsordning",
          "HK-dir", ["KD", "partene i arbeidslivet", "VOFO"], "Løpende",
          "Kompetansepluss arbeid og Kompetansepluss frivillighet er slått sammen til Kompetanseprogrammet "
          "fra 2022.", dm="3.2"),
        M("T12", "karriereveiledning.no", ["1.3"], "Digital tjeneste",
          "HK-dir", ["fylkeskommunene"], "2019–",
          "Den nasjonale digitale tjenesten gir veiledning på chat, telefon og e-post og hadde 52 000 "
          "samtaler i 2022.", dm="1.3"),
        M("T13", "Revidert nasjonalt kvalitetsrammeverk for karriereveiledning", ["1.3"], "Rammeverk",
          "HK-dir", ["fylkeskommunene", "NAV", "utdanningsinstitusjonene"], "2021–2023",
          "Rammeverket oppdateres med nye kompetansestandarder for veiledere og et eget kapittel om "
          "digital veiledning.", dm="1.3"),
        M("T14", "Sekretariat for Nasjonalt forum for karriereveiledning", ["1.3"], "Forum",
          "HK-dir", ["KS", "NAV", "partene i arbeidslivet", "fylkeskommunene"], "Løpende",
          "HK-dir leder sekretariatet for forumet, som hadde tre møter i 2022.", dm="1.3"),
        M("T15", "Tilskudd til fleksible utdanningstilbud (tidligere fleksible videreutdanningstilbud)", ["2.1", "2.4"],
          "Tilskuddsordning", "HK-dir", ["universiteter", "høyskoler", "fagskoler"], "2018–",
          "Ordningen gir midler til fleksible tilbud som utvikles sammen med arbeidslivet. 94 tilbud fikk "
          "støtte i 2022.", dm="2.1, 2.4"),
        M("H1", "Kartlegging av voksnes deltakelse i læring", ["2.2"], "Kartlegging",
          "HK-dir", ["SSB"], "2022",
          "Analyse av Lærevilkårsmonitoren om hvem som deltar i etter- og videreutdanning og hvem som "
          "ikke gjør det.", dm="2.2"),
    ],
))
