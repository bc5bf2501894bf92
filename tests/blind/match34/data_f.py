# -*- coding: utf-8 -*-
"""Files 21-22: Møre og Romsdal 2025 (nn), YS 2026; and the near-miss groups."""
from batch_common import M

FILES = []

# ---------------------------------------------------------------- 21 Møre og Romsdal 2025 (nn)
FILES.append(dict(
    file="2025_MoreogRomsdal_rapport.pdf", reporter="Møre og Romsdal fylkeskommune", year=2025, fmt="pdf",
    lang="nn", render="mr2025", made_with="reportlab (platypus, landscape)",
    layout="nn_landscape_numbered_table_nytt_vidareført_column_split_text_samla_row",
    layout_desc=("nynorsk county report exported from Word, landscape: short intro, then one table Nr. | Tiltak | "
                 "Skildring | Delmål | Ansvarleg | Partnarar | Periode | Tiltakstype | Nytt / vidareført; header row "
                 "repeated on page 2; one Skildring broken over the page break (the rest in a continuation row with "
                 "empty cells); an empty row left between rows 4 and 5; closing merged row 'Samla: 6 tiltak'; the "
                 "county's own marking 'Vidareført' is wrong for the new 2025–2028 plan (a new period = a new tiltak); "
                 "'Kontaktperson' line after the table is not a measure"),
    intro=["Møre og Romsdal fylkeskommune rapporterer med dette tiltaka for 2025. Kolonna «Nytt / vidareført» "
           "viser om tiltaket har vore med i tidlegare rapportar.",
           "2025 har vore prega av arbeidet med ny regional plan for kompetanse. Planen byggjer på erfaringane "
           "frå kompetansestrategien og på innspel frå kommunane, partane i arbeidslivet, høgskulane og NAV. "
           "Fylkeskommunen har òg prioritert karriererettleiing for tilsette i bedrifter i omstilling, "
           "fleire vaksne med fagbrev og eit nytt fagskuletilbod retta mot maritim næring.",
           "Tabellen under viser alle tiltaka. Tiltak som berre er omtalte i planen og ikkje er starta, er "
           "ikkje tekne med. Fylkeskommunen rapporterer òg til fylkestinget gjennom årsmeldinga, og tala for "
           "karrieresenteret og fagbrev på jobb blir publiserte der.",
           "Rapporten er handsama i hovudutvalet for utdanning og kompetanse i november. Alle tal gjeld per 1. november 2025. Tiltaka er ordna etter kva tid dei først blei rapporterte til rådet, slik at dei eldste står først."],
    contact="Kontaktperson: rådgjevar, kompetanse- og næringsavdelinga",
    measures=[
        M("M1", "Karriere Møre og Romsdal", ["1.3"], "Teneste",
          "Møre og Romsdal fylkeskommune", ["NAV Møre og Romsdal", "kommunane", "HK-dir"], "2019–",
          "Karrieresenteret gir gratis rettleiing til vaksne og har frå 2025 eit eige tilbod til tilsette i "
          "omstilling.", dm="1.3", mark="Vidareført"),
        M("M2", "Kompetansealliansen – ny organisering frå 2024", ["1.2", "1.4"], "Nettverk",
          "Møre og Romsdal fylkeskommune", ["næringslivet", "NTNU", "Høgskulen i Volda", "Høgskolen i Molde",
                                            "fagskulane", "NAV"], "2019–",
          "Alliansen er organisert i tre bransjegrupper og har fått eit eige sekretariat i fylkeskommunen.",
          dm="1.2, 1.4", mark="Vidareført"),
        M("M4", "Fagbrev på jobb – regional ordning", ["2.3", "2.5"], "Opplæring",
          "Møre og Romsdal fylkeskommune", ["kommunane", "opplæringskontora"], "2019–",
          "Det regionale programmet med eigen rettleiar er utvida til fleire fag, mellom anna "
          "industrimekanikarfaget og logistikkfaget.",
          dm="2.3, 2.5", mark="Vidareført"),
        M("M5", "Modulstrukturert opplæring for vaksne", ["3.1"], "Opplæring",
          "Møre og Romsdal fylkeskommune", ["Udir", "NAV"], "2019–",
          "Etter forsøket er modulstrukturert opplæring ein fast del av vaksenopplæringa i fem "
          "utdanningsprogram.", dm="3.1", mark="Vidareført"),
        M("M7", "Regional plan for kompetanse 2025–2028", ["1.2"], "Plan",
          "Møre og Romsdal fylkeskommune", ["KS", "NHO", "LO", "NAV", "høgskulane"], "2025–2028",
          "Ny regional plan som avløyser kompetansestrategien frå 2019. Planen har fire satsingsområde og "
          "eit årleg handlingsprogram. Første handlingsprogram blei vedteke i fylkestinget i juni 2025, og "
          "arbeidet med å følgje det opp er starta i alle dei fire regionane.",
          dm="1.2", mark="Vidareført", split=True),
        M("M8", "Fagskuletilbod i maritim digitalisering", ["2.1", "2.4"], "Utdanningstilbod",
          "Fagskulen i Ålesund", ["maritime klynger", "NTNU i Ålesund"], "2025–2027",
          "Nytt deltidstilbod for tilsette i maritim næring, med nettundervisning og samlingar.",
          dm="2.1, 2.4", mark="Nytt"),
    ],
))

# ---------------------------------------------------------------- 22 YS 2026
FILES.append(dict(
    file="2026_YS_rapport.docx", reporter="YS", year=2026, fmt="docx", lang="nb",
    render="ys2026", made_with="python-docx",
    layout="h2_text_dash_factline_goals_only_in_closing_shortname_table",
    layout_desc=("YS Word report: 'Tabell 1 YS' rapporterte tiltak 2019–2026' (number of measures per year – not "
                 "measures) in the intro; each measure a Heading 2 title, the description, then one line 'Ansvar: … – "
                 "Med: … – Periode: … – Type: …' (dash-separated); the delmål are ONLY in the closing 'Tabell 2 "
                 "Tiltakene og delmålene', which names the measures by SHORT names ('KBU', 'SRY', "
                 "'Samfunnskontrakten' …) with the codes in a second column; closing 'Kontakt' paragraph is not a "
                 "measure"),
    year_counts=[("2019", "6"), ("2020", "5"), ("2021", "5"), ("2022", "6"), ("2023", "6"), ("2024", "7"),
                 ("2025", "7"), ("2026", "7")],
    intro=[
        "YS rapporterer her sine tiltak for 2026. Tabell 1 viser hvor mange tiltak YS har rapportert hvert år "
        "siden 2019.",
    ],
    contact="Kontakt: YS, avdeling for arbeidsliv og kompetanse, post@ys.no",
    measures=[
        M("T01", "KBU – YS' representasjon", ["1.1"], "Utvalg",
          "KD", ["YS", "de øvrige hovedorganisasjonene"], "2023–2026",
          "YS er med i Kompetansebehovsutvalget også i den nye perioden og har bidratt til rapporten om "
          "kompetansebehov i offentlig sektor.", short="KBU"),
        M("T02", "Samarbeidsrådet for yrkesopplæring (SRY) – ny periode 2024–2027", ["1.4", "2.3"], "Råd",
          "KD", ["YS", "LO", "NHO", "KS", "Virke", "Spekter", "Unio"], "2024–2027",
          "YS er oppnevnt for en ny periode og prioriterer kontor- og administrasjonsfaget og nye "
          "lærefag i helse.", short="SRY"),
        M("T05", "Samfunnskontrakt for kvalifisert arbeidskraft", ["2.3"], "Avtale",
          "KD", ["YS", "LO", "NHO", "KS", "Virke", "Spekter", "Unio"], "2022–2026",
          "YS-forbundene har fulgt opp kontrakten i sine bransjer. Kontrakten utløper i 2026.",
          short="Samfunnskontrakten"),
        M("Y1", "YS-skolen: Kompetanse og omstilling", ["2.2"], "Kurs",
          "YS", ["YS-forbundene"], "2019–",
          "Kurset for tillitsvalgte har fått nytt navn og en ny modul om kunstig intelligens på "
          "arbeidsplassen.", short="YS-skolen"),
        M("Y2", "YS Arbeidslivsbarometer 2026", ["2.2"], "Undersøkelse",
          "YS", ["Respons Analyse"], "2026",
          "Barometeret viser at fire av ti arbeidstakere har fått opplæring i nye digitale verktøy det "
          "siste året.", short="Arbeidslivsbarometeret"),
        M("Y3", "Kompetansestipend for medlemmer", ["2.4"], "Stipend",
          "YS-forbundene", ["YS"], "2025–2026",
          "Medlemmer kan søke stipend til etter- og videreutdanning, inntil 15 000 kroner per år.",
          short="Stipend"),
        M("Y4", "Digital grunnopplæring for tillitsvalgte", ["2.1"], "Nettkurs",
          "YS", ["YS-forbundene", "Folkeuniversitetet"], "2026",
          "Et nettkurs i digitale verktøy og personvern for tillitsvalgte som skal delta i "
          "digitaliseringsprosjekter.", short="Digital grunnopplæring"),
    ],
))

# ---------------------------------------------------------------- near-miss groups
# Each group lists tiltak ids that look alike but are different tiltak. make_batch.py
# writes every pair of rows of DIFFERENT tiltak inside a group to near_misses.json.
NEAR_MISS_GROUPS = [
    ("unions' own courses for tillitsvalgte", ["L1", "Y1", "A2", "U1"]),
    ("members' own surveys and barometers", ["N1", "Y2", "R3", "A1", "U2", "H1", "L3"]),
    ("county career centres vs the national digital service", ["M1", "I1", "W1", "T12"]),
    ("county competence forums / alliances and VOFO's regional network", ["M2", "I3", "W2", "O1"]),
    ("county competence plans and strategies (old vs new period, different counties)", ["M3", "M7", "I2", "W4"]),
    ("fagbrev: national scheme vs pilot vs county and NAV variants", ["T06", "T07", "M4", "V1", "W6", "I5"]),
    ("old vs new samfunnskontrakt and Spekter's conference about apprentices", ["T04", "T05", "S2"]),
    ("bransjeprogram vs its evaluation vs Virke's Handelsløftet", ["T08", "T09", "R1"]),
    ("Kompetansepluss/Kompetanseprogrammet vs the county project", ["T10", "M6"]),
    ("Kompetanseløft 2020 vs Kompetanseløft 2025", ["T17", "T18"]),
    ("national councils: SRY vs RSA", ["T02", "T03"]),
    ("quality framework vs a county's roll-out of it", ["T13", "W3"]),
    ("flexible and decentralised education offers", ["T15", "I4", "W5", "M8"]),
    ("members' own HR / competence networks", ["S6", "N4", "R2"]),
    ("national transfer of tasks vs a county's new BIO task", ["G1", "I6"]),
    ("Spekter's different meeting places and conferences", ["S1", "S2", "S5"]),
    ("basic digital / language courses of different actors", ["V2", "O2", "A4", "Y4"]),
    ("competence reform vs input to it vs the EVU committee", ["G2", "A3", "T11"]),
    ("documentation of competence: partsprosjekt vs VOFO's kompetansebevis", ["T22", "O4"]),
]
