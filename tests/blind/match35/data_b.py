# -*- coding: utf-8 -*-
"""Files 7-12: Virke 2019, YS 2020, VOFO 2020, Vestland 2020 (nn), LO 2021, Unio 2021."""
from common import M

HOVED = ["LO", "NHO", "YS", "Unio", "Virke", "Spekter", "KS", "Akademikerne"]

VIRKE19 = {
    "file": "2019_Virke_rapport.pdf", "reporter": "Virke", "year": 2019, "lang": "nb",
    "render": "virke19", "made_with": "reportlab (platypus)",
    "layout": "letter_report_bold_title_desc_bullet_facts_goal_words_meetings",
    "layout_desc": "Virke report in a Word look exported to PDF: letterhead line, date, title, intro; each measure "
                   "a bold 12 pt title, a description paragraph, then a bullet list 'Hvem:' (responsible), "
                   "'Sammen med:', 'Når:', 'Slags tiltak:', 'Bidrar til:' – the delmål ONLY as wording after "
                   "'Bidrar til' (several separated by ';'); the report runs over two pages (the break falls between two measures); a closing "
                   "list 'Møter og fora Virke har deltatt i' names KBU, SRY and the council (not measures); footer "
                   "with page number",
    "rows": [
        M("R1", "Balansekunst – kompetanse fra arbeidslivet", ["2.5"], "Utredning", "Virke", ["LO", "YS", "NHO"],
          "2017–2019",
          "Rapporten «Balansekunst» fra 2018 foreslår en modell for å beskrive kompetanse som bygges opp i "
          "arbeidslivet. I 2019 har Virke prøvd modellen i to handelskjeder."),
        M("T13", "Referansegruppen for etter- og videreutdanningsutvalget", ["2.2"], "Råd/utvalg", "KD",
          ["Virke", "partene i arbeidslivet"], "2018–2019",
          "Virke har deltatt i referansegruppen og har spilt inn behovet for korte, modulbaserte tilbud som kan tas "
          "ved siden av jobb."),
        M("R2", "Handelsløftet – fagbrev for voksne i varehandelen", ["2.3", "3.1"], "Prosjekt", "Virke",
          ["Handel og Kontor", "fylkeskommunene"], "2018–2020",
          "Voksne ansatte i butikk får et tilpasset løp mot fagbrev i salgsfaget med teori på kveldstid og praksis "
          "i egen butikk."),
        M("R3", "Hvordan påvirker ny teknologi kompetansebehovet i varehandelen?", ["2.1", "2.2"], "Studie",
          "Virke", ["Samfunnsøkonomisk analyse", "NAV", "Handel og Kontor"], "2018–2019",
          "Studien viser at behovet for digitale ferdigheter øker mest blant butikkansatte uten fagbrev."),
        M("R4", "HR-forum for Virkes medlemmer", ["2.2"], "Nettverk", "Virke", ["medlemsvirksomhetene"],
          "Løpende, fire møter i året",
          "Nettverk for HR-ledere i Virkes medlemsvirksomheter der kompetanseplanlegging og livslang læring er "
          "faste tema."),
        M("T03", "Virkes representanter i de faglige rådene", ["1.4", "2.3"], "Råd/utvalg", "KD",
          ["Virke", "NHO", "LO", "YS"], "2016–2020",
          "Virke har medlemmer i faglige råd for salg, service og reiseliv og for helse- og oppvekstfag, og "
          "arbeider for oppdaterte læreplaner."),
    ],
}

YS20 = {
    "file": "2020_YS_oversikt.docx", "reporter": "YS", "year": 2020, "lang": "nb",
    "render": "ys20", "made_with": "python-docx (landscape, tblHeader)",
    "layout": "landscape_row_table_type_tick_columns_sum_row",
    "layout_desc": "YS Word overview in landscape: one table, a row per measure, the TYPE given only by an 'X' in "
                   "one of six narrow tick columns (FoU | Kurs | Råd/utvalg | Prosjekt | Info | Arr.) between "
                   "'Delmål' and 'Ansvarlig'; columns Tiltak | Kort om tiltaket | Delmål | 6 tick columns | "
                   "Ansvarlig | Partnere | Periode; one delmål cell carries a "
                   "superscript note mark explained under the table; a closing 'Antall tiltak: 6' row with counts "
                   "per tick column (not a measure); the header row is marked to repeat",
    "rows": [
        M("T01", "YS' plass i Kompetansebehovsutvalget", ["1.1"], "Råd/utvalg", "KD", ["YS", "hovedorganisasjonene"],
          "2017–2021",
          "YS har vært med i utvalget fra starten og har bidratt til rapporten om kompetansebehov i en tid med "
          "omstilling (2020)."),
        M("T02", "YS i Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd/utvalg", "KD",
          ["YS", "LO", "NHO", "Virke", "Spekter", "KS", "Unio"], "2020–2023",
          "YS har ett medlem og ett varamedlem i SRY for perioden 2020–2023 og følger særlig opp yrkesfagene innen "
          "handel, transport og finans."),
        M("R1", "Kompetansebeskrivelser fra arbeidslivet (partsprosjekt med Virke)", ["2.5"], "FoU", "Virke",
          ["YS", "LO", "NHO"], "2017–2020",
          "YS har vært med i styringsgruppen for modellen fra «Balansekunst» og bidrar i 2020 med erfaringer fra "
          "finans og forsikring."),
        M("Y1", "YS Arbeidslivsbarometer – tema kompetanse", ["2.2"], "FoU", "YS", ["Respons Analyse", "AFI"],
          "Årlig",
          "Barometeret måler hvert år arbeidstakernes opplevelse av arbeidslivet. I 2020 var ett av temaene hvordan "
          "koronakrisen påvirket muligheten for opplæring."),
        M("Y2", "Kurs for tillitsvalgte: Kompetanse i omstilling", ["2.1", "2.2"], "Kurs", "YS",
          ["Parat", "Delta", "Finansforbundet"], "2020–2021",
          "Digitale kurs i YS-skolen for tillitsvalgte om rettigheter og lokale kompetanseplaner når virksomheten "
          "omstiller seg."),
        M("Y3", "Stipend til kurs i digital kompetanse for YS-medlemmer", ["2.1"], "Kurs", "YS-forbundene", [],
          "2019–2020",
          "Forbundene gir medlemmer stipend på inntil 5 000 kroner til kurs i digitale ferdigheter."),
    ],
}

VOFO20 = {
    "file": "2020_VOFO_rapport.pdf", "reporter": "VOFO", "year": 2020, "lang": "nb",
    "render": "vofo20", "made_with": "reportlab (platypus)",
    "layout": "numbered_items_dash_desc_unlabelled_semicolon_line",
    "layout_desc": "VOFO report (Word look, PDF): intro that explains the order of the facts, then a typed numbered "
                   "list '1.'–'5.' where each item is ONE paragraph 'Title – description' (title bold up to the "
                   "en dash) followed by an italic UNLABELLED line 'delmål; type; ansvarlig (med partnere); periode' "
                   "in lower-case type words; one item runs over the page break; a short 'Planlagt, ikke startet' "
                   "section (one planned course) and the signature are not measures",
    "rows": [
        M("O1", "Informasjon om Kompetansepluss frivillighet til studieforbundene", ["3.2"], "informasjon", "VOFO",
          ["studieforbundene"], "2020",
          "VOFO har holdt tre digitale informasjonsmøter om ordningen og hjulpet studieforbundene med søknader til "
          "Kompetanse Norge."),
        M("O2", "Partnerskapsavtaler med fylkeskommunene", ["1.2"], "nettverk", "VOFO-regionene",
          ["fylkeskommunene"], "2019–2022",
          "VOFOs regionledd inngår avtaler med fylkeskommunene slik at studieforbundene blir en del av de regionale "
          "kompetansepartnerskapene."),
        M("O3", "Forskningsprosjekt om studieforbundene som læringsarena", ["3.6"], "FoU", "VOFO", ["Fafo"],
          "2019–2020",
          "Fafo undersøker hvem som deltar på kurs i studieforbund og hva kursene betyr for videre læring og arbeid. "
          "Rapporten kommer høsten 2020."),
        M("O4", "Kompetanseheving for regionkonsulenter", ["1.2"], "kurs", "VOFO", [], "2020",
          "Nye og erfarne regionkonsulenter får opplæring i regional kompetansepolitikk og i å presentere "
          "studieforbundene for karriereveiledere."),
        M("O5", "Regelverksarbeid i studieforbundsordningen", ["3.6"], "råd/utvalg", "VOFO",
          ["studieforbundene", "KD"], "2019–2021",
          "VOFO har ledet en arbeidsgruppe som foreslår enklere regler for tilskudd til opplæring i studieforbund, "
          "blant annet for digitale kurs."),
    ],
}

VEST20 = {
    "file": "2020_Vestland_rapport.docx", "reporter": "Vestland fylkeskommune", "year": 2020, "lang": "nn",
    "render": "vest20", "made_with": "python-docx (gridSpan group rows)",
    "layout": "nn_two_col_table_desc_left_labelled_facts_right_area_rows",
    "layout_desc": "nynorsk county report: 'Om rapporten', then ONE two-column table 'Tiltak og skildring' | "
                   "'Opplysningar': full-width merged group rows per hovudinnsatsområde (nynorsk wording), the left "
                   "cell holds the bold title and the description, the right cell labelled lines Delmål: / Kategori: "
                   "/ Ansvarleg: / Partnarar: / Tid:; nynorsk type words (Teneste, Nettverk, Plan, Utdanningstilbod); "
                   "'Planar for 2021' bullets and a 'Kontakt' line are not measures",
    "rows": [
        M("V1", "Karriere Vestland", ["1.3"], "Teneste", "Vestland fylkeskommune", ["NAV Vestland", "kommunane"],
          "Frå 2020",
          "Dei to karrieresentera i Hordaland og Sogn og Fjordane er slått saman til éi teneste med kontor i Bergen, "
          "Førde, Stord og Voss. Tilbodet er gratis for alle over 19 år."),
        M("V5", "Innføring av kvalitetsrammeverket for karriererettleiing", ["1.3"], "Prosjekt",
          "Vestland fylkeskommune", ["Kompetanse Noreg"], "2020–2021",
          "Alle rettleiarane i Karriere Vestland tek kurs i det nasjonale kvalitetsrammeverket, og sentera innfører "
          "felles kvalitetsindikatorar."),
        M("V2", "Kompetanseforum Vestland", ["1.2"], "Nettverk", "Vestland fylkeskommune",
          ["NHO Vestland", "LO i Vestland", "KS", "NAV", "Høgskulen på Vestlandet", "UiB"], "2020–2023",
          "Forumet samlar partane, utdanningsinstitusjonane og NAV til fire møte i året for å drøfte "
          "kompetansebehov og gi råd om nye tilbod."),
        M("V4a", "Regional plan for kompetanse og arbeidskraft 2020–2024", ["1.2"], "Plan",
          "Vestland fylkeskommune", ["Kompetanseforum Vestland"], "2020–2024",
          "Planen skal vedtakast av fylkestinget i desember 2020 og peikar ut tre satsingar: rett kompetanse, fleire "
          "vaksne med fagbrev og betre karriererettleiing."),
        M("V3", "Desentralisert utdanning i Vestland", ["1.4", "3.1"], "Utdanningstilbod", "Vestland fylkeskommune",
          ["Høgskulen på Vestlandet", "fagskulane", "kommunane"], "2020–2022",
          "Studiesenter i regionane gir vaksne høve til å ta delar av ei fagskule- eller høgskuleutdanning utan å "
          "flytte."),
        M("V6", "Modulstrukturert vidaregåande opplæring for vaksne", ["3.1"], "Kurs", "Vestland fylkeskommune",
          ["NAV Vestland", "kommunane"], "2020–2021",
          "Vaksne kan ta helsearbeidarfaget og barne- og ungdomsarbeidarfaget i modular og få godkjent kvar modul "
          "for seg."),
    ],
}

LO21 = {
    "file": "2021_LO_rapport.pdf", "reporter": "LO", "year": 2021, "lang": "nb",
    "render": "lo21", "made_with": "reportlab (platypus)",
    "layout": "letter_headings_hanging_label_pairs_status_paragraph",
    "layout_desc": "LO report exported from Word: running header 'LO – rapport til Kompetansepolitisk råd 2021' and "
                   "'Side n' footer; 'Innledning'; measures as bold headings lettered 'A.'–'G.' (letters not part of "
                   "the title), a hanging-indent block of label/value pairs (Delmål / Type / Ansvar / Samarbeid / "
                   "Periode) and a paragraph starting 'Status 2021:' (= description); measure E starts at the foot of page 1 and its facts continue on page 2; a footnote with a URL at the foot of page 1; closing "
                   "'LO mener' policy bullets are not measures",
    "rows": [
        M("T01", "Kompetansebehovsutvalget (KBU)", ["1.1"], "Råd/utvalg", "KD", HOVED, "2017–2021",
          "LO har deltatt i utvalgets arbeid med rapporten «Fremtidige kompetansebehov III». Utvalgets mandat går ut "
          "i 2021, og LO har bedt om at det videreføres."),
        M("T02", "SRY – Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd", "KD",
          ["partene i arbeidslivet", "KS"], "Løpende",
          "LO har lagt vekt på tilbudsstrukturen og fagfornyelsen. Nye læreplaner i yrkesfagene ble tatt i bruk fra "
          "høsten 2020."),
        M("T04", "Samfunnskontrakten for flere læreplasser – avslutning", ["1.4", "2.3"], "Avtale", "KD",
          ["partene i arbeidslivet", "KS"], "2016–2020",
          "Kontraktsperioden er over. LO har bidratt til sluttrapporten og arbeider for at en ny kontrakt skal "
          "omfatte kvalifisering av voksne."),
        M("L1", "Kompetanseskolering for tillitsvalgte – nettbasert modul", ["2.2"], "Kurs", "LO",
          ["AOF", "LO-forbundene"], "2017–2022",
          "Kurset fra 2017 er gjort om til en nettbasert modul i LOs skoleringsportal, slik at flere tillitsvalgte "
          "kan ta det ved siden av jobb."),
        M("T06", "Fagbrev på jobb", ["2.5", "3.1"], "Ordning", "KD", ["fylkeskommunene", "partene"], "Fra 2017",
          "LO-forbundene informerer ansatte med lang praksis om ordningen og har fått flere fylkeskommuner til å "
          "tilby den i flere fag."),
        M("T18", "Nasjonalt fagskoleråd", ["1.4"], "Råd", "KD",
          ["LO", "NHO", "KS", "Spekter", "fagskolene", "studentene"], "2020–",
          "Rådet gir råd om utvikling av fagskolesektoren. LO har én plass og har arbeidet for flere korte tilbud for "
          "fagarbeidere."),
        M("T08", "Bransjeprogrammene – LOs plass i programrådene", ["2.4"], "Kurs/utdanning", "KD",
          ["HK-dir", "LO-forbundene", "arbeidsgiverorganisasjonene"], "2018–",
          "LO-forbundene sitter i programrådene for industri og bygg, helse og omsorg, varehandel, reiseliv og "
          "renhold, og peker ut behovene for tilbud."),
    ],
}

UNIO21 = {
    "file": "2021_Unio_styresak.docx", "reporter": "Unio", "year": 2021, "lang": "nb",
    "render": "unio21", "made_with": "python-docx",
    "layout": "board_paper_decimal_paragraphs_italic_runin_paren_facts",
    "layout_desc": "Unio board paper 'Styresak 34/21': header grid (Møtedato/Saksbehandler/Arkivnr./Vedlegg), "
                   "'Forslag til vedtak', 'Bakgrunn'; the measures are the paragraphs 34.1–34.5 of 'Unios tiltak i "
                   "2021' (paragraph numbers look like delmål codes but are the case number), each opening with an "
                   "ITALIC run-in title ending in a full stop, then the text, then a parenthesis '(delmål 2.2; kurs; "
                   "ansvar: Unio; med: …; 2018–2022)'; the closing 'Vurdering' (names KBU) is not a measure",
    "rows": [
        M("T01", "Kompetansebehovsutvalget", ["1.1"], "råd/utvalg", "KD", ["hovedorganisasjonene"], "2017–2021",
          "Unio har i 2021 særlig fulgt opp utvalgets analyse av mangelen på sykepleiere og spesialsykepleiere."),
        M("U1", "Tillitsvalgtskolering om kompetanse", ["2.2"], "kurs", "Unio", ["Unios forbund"], "2018–2022",
          "Kursdagen fra 2018 er gjentatt digitalt, nå med vekt på kompetanseplaner i kommunene."),
        M("U3", "Kompetanseheving av helsepersonell – fase 2", ["2.2"], "FoU", "Unio",
          ["Ny Analyse", "Norsk Sykepleierforbund"], "2018–2021",
          "Ny Analyse har fulgt opp rapporten fra 2018 med en ny runde intervjuer i kommunene om hvordan "
          "videreutdanning for helsepersonell finansieres."),
        M("T20", "Råd for samarbeid med arbeidslivet (RSA)", ["1.4"], "råd/utvalg", "universitetene og høgskolene",
          ["Unios forbund", "arbeidsgiversiden"], "Løpende",
          "Unio-forbundene har representanter i RSA ved høgskolene som utdanner sykepleiere, lærere og politi, og "
          "bruker plassene til å styrke praksis i utdanningene."),
        M("S7", "Trepartssamarbeidet om kompetanse i helseforetakene", ["1.4", "2.2"], "råd/utvalg", "Spekter",
          ["Unio", "LO", "YS", "HOD"], "2019–",
          "Unio deltar i samarbeidet mellom helseforetakene, arbeidstakerorganisasjonene og departementet, som har "
          "laget en felles plan for kompetanseutvikling i sykehusene."),
    ],
}

FILES_B = [VIRKE19, YS20, VOFO20, VEST20, LO21, UNIO21]
