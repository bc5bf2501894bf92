# -*- coding: utf-8 -*-
"""Files 21-22 (Akademikerne 2026, Virke 2026) and the near-miss groups."""
from batch_common import M, KURS, PROSJ, RAAD, FOU, ARR, ANNET

FILES_F = [
    # ------------------------------------------------------------------ 21
    dict(
        file="2026_Akademikerne_tiltak.docx", reporter="Akademikerne", year=2026, fmt="docx", lang="nb",
        made_with="python-docx",
        layout="excel_range_pasted_in_word_total_row_meetings",
        layout_desc=("short Word note with an Excel range pasted as a table (keeps Excel look: small Calibri-like "
                     "font, green header fill, banded rows, right-aligned year): Tiltak | Delmål | Kategori | Eier | "
                     "Partnere | År | Kommentar; delmål written Excel-style '2.2;1.4' (unsorted, no spaces); an "
                     "empty row inside the range and a 'Totalt' row with the count; below the table a bullet "
                     "list of meetings attended (names KBU and the council) that are not measures"),
        not_measures="intro sentence, empty row, 'Totalt 6' row, 'Møter vi har deltatt i' bullets",
        measures=[
            M("T21", "Akademikerne i RSA ved universiteter og høyskoler", ["1.4"], RAAD, "Råd", "UH-institusjonene",
              ["Akademikerne", "medlemsforeningene"], "Løpende",
              "Medlemsforeningene sitter i RSA ved 11 institusjoner.", dm="1.4"),
            M("AK1", "Etter- og videreutdanning blant høyt utdannede – ny rapport", ["1.4", "2.2"], FOU, "FoU",
              "Akademikerne", ["Ny Analyse"], "2026",
              "Oppfølging av rapporten fra 2018 med nye tall om deltakelse og finansiering.", dm="2.2;1.4"),
            M("AK2", "Karriereveiledning for medlemmer", ["1.3"], ANNET, "Informasjon", "Akademikerne",
              ["medlemsforeningene"], "Løpende",
              "Medlemsforeningene tilbyr karrieresamtaler og kurs i jobbskifte.", dm="1.3"),
            M("AK3", "Kompetanseundersøkelsen 2026", ["2.2"], FOU, "Undersøkelse", "Akademikerne", ["Opinion"],
              "2026",
              "Spørreundersøkelse blant 6 000 medlemmer om tilgang til og behov for etter- og videreutdanning.",
              dm="2.2"),
            M("T26", "IA-avtalen 2024–2028", ["3.3"], ANNET, "Avtale", "ASD", ["partene i arbeidslivet"],
              "2024–2028",
              "Akademikerne deltar i oppfølgingen av avtalen, blant annet om kompetanse for seniorer.", dm="3.3"),
            M("AK4", "Kurs i kunstig intelligens for tillitsvalgte", ["2.1"], KURS, "Kurs", "Akademikerne",
              ["Tekna", "Samfunnsøkonomene"], "2026",
              "Nettkurs om hvordan tillitsvalgte kan møte innføringen av KI på arbeidsplassen.", dm="2.1"),
        ],
    ),
    # ------------------------------------------------------------------ 22
    dict(
        file="2026_Virke_rapport.pdf", reporter="Virke", year=2026, fmt="pdf", lang="nb",
        made_with="reportlab",
        layout="narrative_then_overview_fact_table",
        layout_desc=("Virke report exported from Word: letterhead line, intro, a shaded 'Virke mener' box with "
                     "policy bullets (not measures), 'Våre tiltak' with each measure as a bold heading and text "
                     "ONLY; all facts are in the closing 'Oversikt' table (Tiltak | Delmål | Type | Ansvar | "
                     "Partnere | Periode) that repeats the same titles, delmål written 'DM 1.4'; each measure "
                     "counts once"),
        not_measures="intro, 'Virke mener' box, the repeated titles in the Oversikt table (same rows), footer",
        measures=[
            M("T21", "Virkes deltakelse i Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], RAAD, "Råd",
              "Høyskolene", ["Virke", "HK"], "Løpende",
              "Virke sitter i RSA ved fem høyskoler og bidrar til praksisplasser og relevante studietilbud innen "
              "handel og service.", dm="DM 1.4"),
            M("VI1", "Handelsløftet", ["2.1", "2.4"], KURS, "Kurs/utdanning", "Virke", ["Handel og Kontor"],
              "2023–2027",
              "Virkes og Handel og Kontors eget kompetanseprogram for varehandelen, finansiert av partene, med "
              "korte nettbaserte moduler og fagbrev for voksne butikkansatte.", dm="DM 2.1, DM 2.4"),
            M("T04", "Samfunnskontrakten for flere læreplasser og kvalifisert arbeidskraft", ["1.4", "2.3"], ANNET,
              "Avtale", "KD", ["partene i arbeidslivet"], "2022–2026",
              "Virke har rekruttert 40 nye lærebedrifter i handel og service i kontraktsperioden.",
              dm="DM 1.4, DM 2.3"),
            M("T26", "IA-avtalen 2024–2028", ["3.3"], ANNET, "Avtale", "ASD", ["partene i arbeidslivet"],
              "2024–2028",
              "Virke følger opp avtalen i medlemsvirksomhetene, med vekt på kompetanse som forebygger "
              "sykefravær og frafall.", dm="DM 3.3"),
            M("VI2", "HR-nettverk for kompetansestrategi", ["2.2"], RAAD, "Nettverk", "Virke",
              ["medlemsvirksomhetene"], "2025–2026",
              "Nettverk for HR-ledere i medlemsvirksomheter som vil lage en strategi for kompetanseutvikling.",
              dm="DM 2.2"),
            M("VI3", "Kunstig intelligens og kompetansebehov i varehandelen – studie", ["2.1", "2.2"], FOU, "FoU",
              "Virke", ["Samfunnsøkonomisk analyse", "Handel og Kontor"], "2026",
              "Studien ser på hvordan KI endrer oppgavene i butikk og på lager, og hvilke kompetansebehov som "
              "følger.", dm="DM 2.1, DM 2.2"),
        ],
    ),
]

# Near-miss groups: different tiltak that look alike. Every pair of rows with
# different tiltak_id inside a group goes into near_misses.json.
NEAR_MISS_GROUPS = [
    ("old vs new samfunnskontrakt and Spekter's apprentice conference", ["T03", "T04", "S4"]),
    ("fagbrev: national scheme vs county roll-outs vs NAV pilot vs modular training", ["T05", "TR4", "VL8", "NAV1", "TR6"]),
    ("bransjeprogram vs its evaluation vs Virke's own Handelsløftet", ["T06", "T07", "VI1"]),
    ("Kompetansepluss/Kompetanseprogrammet vs evaluations, VOFO information, Spekter's conference", ["T08", "H2", "V1", "V2", "S2"]),
    ("counties' own competence forums", ["TR1", "VL2", "NL2"]),
    ("counties' plans, strategies and action programmes", ["TR2", "VL3", "VL7", "NL1"]),
    ("career services: the counties' centres and Akademikerne's own guidance", ["TR3", "VL1", "NL3", "AK2"]),
    ("national career-guidance measures: the forum vs the quality framework", ["T09", "T18"]),
    ("unions' own courses for tillitsvalgte", ["L1", "UN1", "AK4"]),
    ("members' own surveys and barometers", ["N1", "YS1", "AK3"]),
    ("members' own HR networks", ["S3", "VI2"]),
    ("KBU vs HK-dir's regional analyses", ["T01", "H1"]),
    ("councils: SRY vs RSA vs Nasjonalt fagskoleråd", ["T02", "T21", "T13"]),
    ("IA agreement 2019–2022 vs its successor 2024–2028", ["T25", "T26"]),
    ("Kompetanseløft 2020 vs Kompetanseløft 2025", ["T16", "T17"]),
    ("EVU committee vs EVU studies of Unio, NHO and Akademikerne", ["T11", "UN2", "N5", "AK1"]),
    ("Spekter's own events", ["S1", "S2", "S4", "S7"]),
    ("flexible vs decentralised education offers", ["T12", "NL4"]),
    ("BIO in two counties", ["VL9", "NL5"]),
    ("labour-market training: national scheme vs NAV's own courses vs county health-worker course", ["T28", "NAV3", "NAV2", "VL5"]),
    ("health-sector competence: tripartite cooperation vs Unio report vs European project", ["S6", "UN3", "S5"]),
    ("digital competence: national working group vs Trøndelag's DigiT", ["T15", "TR5"]),
    ("VOFO's studieforbund research vs its regulation work", ["V3", "V4"]),
    ("AI: Virke's study vs Akademikerne's course", ["VI3", "AK4"]),
]
