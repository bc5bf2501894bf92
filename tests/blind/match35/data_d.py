# -*- coding: utf-8 -*-
"""Files 18-22: Regjeringen 2024, Vestland 2024 (nn), Akademikerne 2024, KS 2025, Trøndelag 2026."""
from common import M

REG24 = {
    "file": "2024_Regjeringen_oppfolging.pdf", "reporter": "Regjeringen", "year": 2024, "lang": "nb",
    "render": "reg24", "made_with": "reportlab (platypus)",
    "layout": "runin_titles_grey_meta_appendix_delmal_dot_matrix",
    "layout_desc": "the government's 'Oppfølging av NKPS 2024' exported from Word: '1 Innledning', '2 Tiltakene' "
                   "under the three hovedinnsatsområde sub-headings, each measure ONE paragraph with a bold run-in "
                   "title ending in a full stop, then the text, followed by a small grey line 'Ansvar: … · Med: … · "
                   "periode · type'; the delmål are given ONLY in 'Vedlegg 1 Tiltakene fordelt på delmål', a matrix "
                   "with the titles as rows and the 16 codes as columns marked '●'; '3 Veien videre' (a planned white "
                   "paper) is not a measure",
    "rows": [
        M("T01", "Kompetansebehovsutvalget – nytt mandat", ["1.1"], "Utvalg", "KD",
          ["HK-dir", "partene i arbeidslivet", "forskere"], "2024–2027",
          "Utvalget er videreført med nytt mandat fra 2024 og skal i tillegg vurdere behovet for arbeidskraft i det "
          "grønne skiftet.", area="1"),
        M("T17", "Kompetanseløft 2025", ["1.4"], "Plan", "HOD", ["KS", "Helsedirektoratet", "statsforvalterne"],
          "2021–2025",
          "Planen gir tilskudd til kompetanse- og innovasjonstiltak i den kommunale helse- og omsorgstjenesten og "
          "avløser Kompetanseløft 2020.", area="1"),
        M("T05", "Samfunnskontrakt for flere læreplasser og kvalifisert arbeidskraft", ["1.4", "2.3"], "Avtale",
          "KD", ["partene i arbeidslivet", "KS"], "2022–2026",
          "Regjeringen og partene har i 2024 gjort en midtveisgjennomgang av kontrakten. Åtte av ti kvalifiserte "
          "søkere fikk læreplass.", area="1"),
        M("T08", "Bransjeprogrammene", ["2.4"], "Tilskudd", "KD", ["ASD", "HK-dir", "partene"], "2018–",
          "Programmene omfatter nå tolv bransjer. Fra 2024 utvikles nye program i samarbeid med fylkeskommunene.",
          area="2"),
        M("T09", "Evaluering av bransjeprogrammene", ["2.2"], "FoU", "KD", ["HK-dir", "Fafo", "Oslo Economics"],
          "2021–2024",
          "Sluttrapporten fra følgeevalueringen viser at programmene når mange med fagbrev, men færre uten fullført "
          "videregående.", area="2"),
        M("T19", "Tilskuddsordningen for fleksibel og desentralisert utdanning (tidligere fleksible "
          "videreutdanningstilbud)", ["2.1", "3.1"], "Tilskudd", "KD", ["HK-dir", "fylkeskommunene"], "2017–",
          "Fra 2023 er ordningene for fleksible videreutdanningstilbud og desentralisert utdanning slått sammen til "
          "én ordning som forvaltes av HK-dir.", area="2"),
        M("T06", "Fagbrev på jobb", ["2.5", "3.1"], "Ordning", "KD", ["Udir", "fylkeskommunene", "partene"],
          "Fra 2017",
          "Med ny opplæringslov fra august 2024 får voksne rett til fagbrev på jobb i flere fag.", area="3"),
        M("T07", "Kompetanseprogrammet", ["3.2"], "Tilskudd", "KD", ["HK-dir", "partene i arbeidslivet", "VOFO"],
          "Løpende",
          "Kompetansepluss fikk nytt navn i 2022. Ordningen er styrket med 20 millioner kroner i 2024.", area="3"),
    ],
}

VEST24 = {
    "file": "2024_Vestland_brev.pdf", "reporter": "Vestland fylkeskommune", "year": 2024, "lang": "nn",
    "render": "vest24", "made_with": "reportlab (platypus)",
    "layout": "nn_public_letter_continued_new_groups_goal_words_dot_line",
    "layout_desc": "nynorsk letter from the county to HK-dir printed from the case system: reference block (Vår dato / "
                   "Vår referanse / Dykkar referanse / Sakshandsamar), addressee, bold subject 'Rapportering til "
                   "Kompetansepolitisk råd for 2024', 'Vi viser til …'; the measures under two bold group lines "
                   "'Tiltak vi held fram med frå 2020' and 'Nye tiltak i 2024': bold title paragraph, the text, then "
                   "two small grey lines 'Mål i strategien: <nynorsk delmål wording>' (two goals joined by ' og ') and "
                   "'Ansvarleg: … · Saman med: … · Tidsrom: … · Type: …'; an 'Avslutta tiltak' paragraph (the quality-"
                   "framework project from 2020, not reported), signature, 'Dokumentet er elektronisk godkjent …' and "
                   "'Kopi til' are not measures; footer with address line and 'Side n av m'; the last measure's title ends page 1 "
                   "and its text continues on page 2",
    "closed_text": "Innføringa av kvalitetsrammeverket for karriererettleiing, som vi rapporterte i 2020, vart avslutta "
                   "i 2023 og er no ein del av den ordinære drifta i Karriere Vestland. Vi rapporterer det difor ikkje "
                   "i år.",
    "groups": [("Tiltak vi held fram med frå 2020", ["V1", "V2", "V3", "V6"]), ("Nye tiltak i 2024", ["V4b", "V7"])],
    "rows": [
        M("V1", "Karriere Vestland", ["1.3"], "Teneste", "Vestland fylkeskommune", ["NAV Vestland", "kommunane"],
          "Frå 2020",
          "Karrieresenteret har opna eit nytt kontor i Sogndal og tilbyr rettleiing på chat. 5 600 samtalar i 2024.",
          status="Vidareført frå 2020"),
        M("V2", "Kompetanseforum Vestland – nytt mandat", ["1.2"], "Nettverk", "Vestland fylkeskommune",
          ["partane i arbeidslivet", "NAV Vestland", "universitet og høgskular", "fagskulane"], "2024–2027",
          "Forumet har fått nytt mandat og skal følgje opp den nye regionale planen.", status="Vidareført frå 2020"),
        M("V4b", "Regional plan for kompetanse og arbeidskraft 2024–2028", ["1.2"], "Plan", "Vestland fylkeskommune",
          ["Kompetanseforum Vestland", "kommunane"], "2024–2028",
          "Ny plan vedteken i juni 2024. Han avløyser planen for 2020–2024 og legg meir vekt på arbeidskraft til "
          "det grøne skiftet.", status="Nytt"),
        M("V3", "Desentraliserte studietilbod i Vestland", ["1.4", "3.1"], "Utdanningstilbod",
          "Vestland fylkeskommune", ["Høgskulen på Vestlandet", "fagskulane", "kommunane"], "2020–2026",
          "Tilboda er utvida med vernepleie og fagskule i elkraft. Midlar frå den nasjonale ordninga for fleksibel og "
          "desentralisert utdanning er brukte i to av tilboda.", status="Vidareført frå 2020"),
        M("V6", "Modulstrukturert opplæring for vaksne – fleire fag", ["3.1"], "Kurs", "Vestland fylkeskommune",
          ["NAV Vestland", "kommunane", "opplæringskontora"], "2020–2025",
          "Modulstrukturen er utvida frå to til åtte lærefag, mellom anna industrimekanikarfaget og kokkfaget.",
          status="Vidareført frå 2020"),
        M("V7", "Fagbrev på jobb – Vestland-modellen", ["2.5", "3.1"], "Kurs", "Vestland fylkeskommune",
          ["opplæringskontora", "NHO Vestland", "LO i Vestland"], "2024–2026",
          "Fylkeskommunen tilbyr eigne kveldskurs i teori og ein fast kontaktperson for vaksne som tek fagbrev på "
          "jobb.", status="Nytt"),
    ],
}

AKAD24 = {
    "file": "2024_Akademikerne_notat.docx", "reporter": "Akademikerne", "year": 2024, "lang": "nb",
    "render": "akad24", "made_with": "python-docx (List Bullet)",
    "layout": "short_note_bullets_colon_text_bracket_tag_meetings",
    "layout_desc": "short Akademikerne note (Til/Fra/Dato lines in the body, no header table): intro, 'Våre tiltak "
                   "i 2024' as a bullet list where each bullet is 'Title: text' (title bold up to the colon) ending "
                   "in a square-bracket tag '[Delmål 1.1 | Råd/utvalg | Ansvar: KD | Med: … | 2017–]'; a 'Møter vi "
                   "har deltatt i' bullet list (names KBU and the council) and a 'Merk' paragraph are not measures",
    "rows": [
        M("T01", "Akademikernes representant i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg", "KD",
          ["hovedorganisasjonene", "HK-dir"], "2017–",
          "Akademikerne har bidratt til utvalgets rapport om behovet for høyt utdannet arbeidskraft i offentlig "
          "sektor."),
        M("T20", "RSA ved universitetene og høyskolene", ["1.4"], "Råd/utvalg", "universitetene og høyskolene",
          ["Akademikernes foreninger"], "Løpende",
          "Foreningene har plass i rådene for samarbeid med arbeidslivet ved 12 institusjoner og legger vekt på "
          "relevans og etter- og videreutdanning."),
        M("AK1", "EVU-undersøkelsen blant medlemmene 2024", ["2.2"], "FoU", "Akademikerne", ["Ny Analyse"], "2024",
          "Undersøkelsen viser at to av tre medlemmer har deltatt i etter- og videreutdanning siste år, men at færre "
          "i privat sektor får dekket kostnadene."),
        M("AK2", "Kompetansestipend i Akademikernes foreninger", ["2.2"], "Stipendordning", "Akademikerne",
          ["Econa", "Tekna", "Samfunnsviterne"], "2023–2025",
          "Foreningene gir medlemmer stipend til kortere videreutdanning. I 2024 ble 1 800 stipend delt ut."),
        M("AK3", "Karriereveiledning for medlemmer", ["1.3"], "Informasjon", "Akademikerne", ["Econa", "Tekna"],
          "Løpende",
          "Foreningene tilbyr karrieresamtaler og kurs i jobbsøking for medlemmer som vurderer å bytte jobb eller ta "
          "mer utdanning."),
    ],
}

KS25 = {
    "file": "2025_KS_rapport.pdf", "reporter": "KS", "year": 2025, "lang": "nb",
    "render": "ks25", "made_with": "reportlab (platypus)",
    "layout": "decimal_sections_field_lines_representation_appendix",
    "layout_desc": "KS report exported from Word: chapters '1 Gode valg …', '2 Læring i arbeidslivet', '3 Voksne …' "
                   "and measures as numbered sub-headings '1.1 Title' … (section numbers look like delmål codes and "
                   "do NOT match the measure's delmål); under each, tab-aligned field lines 'Delmål i NKPS:', "
                   "'Type:', 'Ansvar:', 'Samarbeid:', 'Tidsrom:' and a 'Beskrivelse:' paragraph; 'Vedlegg: KS' "
                   "representasjon i nasjonale organer' (Organ | Representant | Periode) names KBU, SRY, the "
                   "fagskoleråd and the career-guidance forum – a list of seats, not measures",
    "sections": [("1", ["T10", "T05", "K3"]), ("2", ["K1", "T17", "T08"]), ("3", ["K2"])],
    "rows": [
        M("T10", "Nasjonalt forum for karriereveiledning", ["1.3"], "Råd/utvalg/nettverk", "HK-dir",
          ["KS", "NAV", "Udir", "partene"], "2017–",
          "KS har i 2025 arbeidet for at forumet også skal omfatte karriereveiledning i kommunale "
          "voksenopplæringssentre."),
        M("T05", "Samfunnskontrakten for kvalifisert arbeidskraft", ["1.4", "2.3"], "Avtale", "KD",
          ["KS", "partene i arbeidslivet"], "2022–2026",
          "KS følger opp kommunenes lærlingmål i kontrakten; kommunesektoren hadde 6 400 lærlinger i 2025."),
        M("K3", "Lærlingløftet i kommunene – ny runde", ["1.4"], "Kampanje", "KS",
          ["Fagforbundet", "Delta", "fylkeskommunene"], "2024–2025",
          "Kampanjen fra 2018 er tatt opp igjen med vekt på lærlinger i helsearbeiderfaget og nye filmer fra "
          "kommunene."),
        M("K1", "KS Læring", ["2.1", "2.2"], "Digital plattform", "KS", ["kommunene", "fylkeskommunene"], "Fra 2016",
          "Plattformen brukes nå av 350 kommuner og har fått egne kurs i kunstig intelligens for ansatte."),
        M("T17", "Kompetanseløft 2025 i kommunene", ["1.4"], "Plan", "HOD", ["KS", "statsforvalterne"], "2021–2025",
          "KS har bidratt til at kommunene bruker tilskudd fra planen til videreutdanning for sykepleiere og "
          "helsefagarbeidere. Planperioden går ut i 2025."),
        M("T08", "Bransjeprogram for kommunal helse- og omsorgssektor", ["2.4"], "Kurs/utdanning", "KD",
          ["KS", "Fagforbundet", "Delta", "NSF", "HK-dir"], "2019–",
          "KS er med i programrådet for helse og omsorg, som har gitt 1 200 ansatte videreutdanning i 2025."),
        M("K2", "Menn i helse – nasjonal ordning", ["3.3"], "Prosjekt", "KS", ["NAV", "HK-dir", "fylkeskommunene"],
          "Fra 2018",
          "Programmet er nå fast i alle fylker og har gitt over 2 000 menn fagbrev som helsefagarbeider."),
    ],
}

TRO26 = {
    "file": "2026_Trondelag_handlingsplan.docx", "reporter": "Trøndelag fylkeskommune", "year": 2026, "lang": "nb",
    "render": "tro26", "made_with": "python-docx (gridSpan group rows)",
    "layout": "action_plan_extract_hva_hvem_naar_status_own_ids",
    "layout_desc": "extract of the county's 'Handlingsplan 2026' for its competence strategy: one Word table with "
                   "full-width group rows for the county's OWN innsatsområder (A/B/C), columns Nr (own ids 'T1'…'T6') "
                   "| Tiltak | Hva skal gjøres | Hvem ('Ansvar: …' and 'Med: …' on two lines in one cell) | Når | "
                   "Form | NKPS ('Karriereveiledning (1.3)' – short words + code) | Status ('Nytt'/'Videreført' – "
                   "'Videreført' refers to the county's own earlier plan, no earlier Trøndelag report in the batch); "
                   "'Om handlingsplanen' and 'Økonomi' paragraphs are not measures",
    "groups": [("A Regional samordning og kunnskap", ["Tr1", "Tr4"]),
               ("B Karriere og kvalifisering", ["Tr2", "Tr3", "Tr5"]),
               ("C Læring i arbeidslivet", ["Tr6"])],
    "nkps_words": {"1.2": "Regional samordning", "1.3": "Karriereveiledning", "2.5": "Dokumentert kompetanse",
                   "3.1": "Fleksibel opplæring for voksne", "3.3": "Opplæring i arbeidsmarkedspolitikken",
                   "3.2": "Kompetanseplussordningene"},
    "rows": [
        M("Tr1", "Kompetansestrategi for Trøndelag 2026–2029", ["1.2"], "Strategi", "Trøndelag fylkeskommune",
          ["Kompetanseforum Trøndelag"], "2026–2029",
          "Ny strategi som avløser kompetansestrategien for 2022–2025, med vekt på helse, havbruk og grønn industri.",
          status="Nytt"),
        M("Tr4", "Kompetanseforum Trøndelag", ["1.2"], "Nettverk", "Trøndelag fylkeskommune",
          ["NHO Trøndelag", "LO Trøndelag", "KS Trøndelag", "NAV Trøndelag", "NTNU"], "Løpende",
          "Forumet møtes fire ganger i året og gir råd om prioriteringer i strategien.", status="Videreført"),
        M("Tr2", "Karrieresenteret i Trøndelag", ["1.3"], "Tjeneste", "Trøndelag fylkeskommune",
          ["NAV Trøndelag", "kommunene"], "Løpende",
          "Karriereveiledning for voksne i Trondheim, Steinkjer og Namsos og på nett, med egne dager for innvandrere.",
          status="Videreført"),
        M("Tr3", "Fagbrev på jobb – Trøndelagsmodellen", ["2.5", "3.1"], "Opplæring", "Trøndelag fylkeskommune",
          ["opplæringskontorene", "bedrifter"], "2026–2027",
          "Fylkeskommunen betaler teorikurs og prøveavgift for ansatte som tar fagbrev på jobb i helse- og "
          "havbruksfag.", status="Nytt"),
        M("Tr5", "Menn i oppvekst – pilot", ["3.3"], "Prosjekt", "Trøndelag fylkeskommune",
          ["NAV Trøndelag", "Trondheim kommune"], "2026",
          "Pilot etter modell av Menn i helse der menn som er arbeidssøkere, får praksis i barnehage og tar fagbrev "
          "som barne- og ungdomsarbeider.", status="Nytt"),
        M("Tr6", "Kompetanseprogrammet i trønderske bedrifter", ["3.2"], "Informasjon", "Trøndelag fylkeskommune",
          ["HK-dir", "NHO Trøndelag", "LO Trøndelag"], "2026",
          "Fylkeskommunen hjelper små bedrifter å søke midler fra den nasjonale ordningen Kompetanseprogrammet og å "
          "finne kurstilbydere.", status="Nytt"),
    ],
}

FILES_D = [REG24, VEST24, AKAD24, KS25, TRO26]
