# -*- coding: utf-8 -*-
"""Files 5-8: KS 2019, YS 2019, Møre og Romsdal 2019 (nn), Virke 2020."""
from batch_common import M

FILES = []

# ---------------------------------------------------------------- 5 KS 2019
FILES.append(dict(
    file="2019_KS_rapportering.docx", reporter="KS", year=2019, fmt="docx", lang="nb",
    render="ks2019", made_with="python-docx",
    layout="template_table_instruction_row_kept_numbered_pair_row_empty_rows",
    layout_desc=("the secretariat's Word template returned by KS with everything left in: title, 'Medlem:' and "
                 "'Kontaktperson:' lines, the template's grey italic guidance paragraph, then ONE table Navn på tiltak | "
                 "Relasjon til delmål | Type tiltak | Ansvarlig | Samarbeidspartnere | Tidspunkt og varighet | Kort "
                 "beskrivelse whose second row is the template's grey italic instruction row ('Skriv navnet på "
                 "tiltaket' …, not a measure); one row holds two measures numbered '1)' and '2)' inside every cell "
                 "(Ansvarlig written once for both); delmål written '1.4', 'Delmål 2.3', '1.3 og 1.4' or only in words; "
                 "three empty template rows left at the bottom; KS' own type words (Kampanje, Avtale, Ordning, Forum, "
                 "Digital læringsplattform)"),
    template_note=("Veiledning: Fyll inn én rad per tiltak. Oppgi hvilke delmål i strategien tiltaket følger opp "
                   "(for eksempel 1.3). Type tiltak kan være FoU, kurs/utdanning, råd/utvalg/nettverk, prosjekt, "
                   "informasjon eller arrangement. Slett veiledningsteksten før innsending."),
    instruction_row=["Skriv navnet på tiltaket", "Oppgi delmål, f.eks. 1.3", "FoU, kurs/utdanning, råd/utvalg/"
                     "nettverk, prosjekt, informasjon, arrangement", "Hvem har hovedansvaret?",
                     "Hvem samarbeider dere med?", "Oppstart og varighet", "Maks 5 linjer"],
    contact="Kontaktperson: seniorrådgiver i KS, avdeling for arbeidsgiverpolitikk",
    pair=(3, 4),  # measure indexes sharing one row ('1)' / '2)')
    measures=[
        M("T04", "Samfunnskontrakten – flere læreplasser i kommunesektoren", ["2.3"], "Avtale",
          "KS", ["kommunene", "fylkeskommunene", "Kunnskapsdepartementet"], "2016–2020",
          "KS følger opp kommunenes del av kontrakten med mål om én lærling per 1000 innbyggere og "
          "rapporterer lærlingtall for kommunesektoren hvert år.", dm="Delmål 2.3"),
        M("T06", "Fagbrev på jobb for ansatte i kommunene", ["2.3", "2.5"], "Ordning",
          "KS", ["Fagforbundet", "fylkeskommunene"], "Fra 2018",
          "Kommuner oppfordres til å bruke fagbrev på jobb for ufaglærte ansatte i helse, oppvekst og "
          "teknisk sektor. KS har laget en veileder for kommunene.", dm="2.3 og 2.5"),
        M("T14", "Nasjonalt forum for karriereveiledning", ["1.3"], "Forum",
          "Kompetanse Norge", ["KS", "NAV", "partene i arbeidslivet", "fylkeskommunene"], "2017–",
          "Forumet er et nasjonalt samarbeid om karriereveiledning. KS representerer kommunesektoren.",
          dm="Karriereveiledning"),
        M("T17", "Kompetanseløft 2020", ["1.4", "3.1"], "Ordning",
          "KS", ["Helsedirektoratet", "Fylkesmannen"], "2016–2020",
          "Kommunene søker tilskudd til utdanning av ansatte i helse og omsorg. KS bidrar med "
          "kompetanseplanlegging og nettverk for kommunene.", dm="1.4 og 3.1"),
        M("T19", "Menn i helse", ["3.3"], "Kampanje",
          "KS", ["NAV", "kommunene", "fylkeskommunene"], "2010–",
          "Rekrutteringsprogram der arbeidsledige menn får praksis og utdanning som helsefagarbeider i "
          "kommunene.", dm="3.3"),
        M("K2", "KS Læring", ["2.1"], "Digital læringsplattform",
          "KS", ["kommunene"], "2017–",
          "Felles digital plattform for kurs og e-læring for ansatte i kommuner og fylkeskommuner, med "
          "over 200 kurs.", dm="Digital kompetanse"),
        M("K3", "Bli lærling i kommunen", ["2.3"], "Kampanje",
          "KS", ["Fagforbundet", "Delta"], "2019",
          "Kampanje i sosiale medier rettet mot elever på yrkesfag for å vise fram læreplasser i "
          "kommunene.", dm="2.3"),
    ],
))

# ---------------------------------------------------------------- 6 YS 2019
FILES.append(dict(
    file="2019_YS_rapport_NKPS.pdf", reporter="YS", year=2019, fmt="pdf", lang="nb",
    render="ys2019", made_with="reportlab (platypus, page-bottom footnotes)", pad=4,
    layout="bold_title_runin_label_paragraph_om_tiltaket_page_footnotes",
    layout_desc=("YS report exported from Word: intro 'YS og kompetansepolitikken'; each measure a bold 12 pt title "
                 "line followed by ONE paragraph of bold run-in labels 'Delmål: … Ansvar: … Med: … Periode: … Type: "
                 "…' and a paragraph starting with the run-in label 'Om tiltaket:' (= description); superscript note "
                 "numbers in two descriptions with the notes printed at the foot of the page above the footer (not "
                 "part of the description); one measure starts at the bottom of page 1 and its text continues on "
                 "page 2; closing 'YS' prioriteringer for 2020' names a possible new course (not a measure)"),
    intro=[
        "YS organiserer rundt 230 000 medlemmer i privat og offentlig sektor. I 2019 har YS særlig prioritert "
        "arbeidet med dokumentasjon av kompetanse og tillitsvalgtes rolle i kompetanseutviklingen.",
        "YS har i 2019 deltatt i alle møtene i Kompetansepolitisk råd og har bidratt i arbeidet med "
        "regjeringens kompetansereform gjennom innspillsmøter og skriftlige innspill. Forbundene i YS har "
        "i tillegg egne tiltak i sine bransjer, blant annet i finans, handel og kontor og i helse. Disse "
        "rapporteres ikke her, men gjennom forbundenes egne kanaler.",
        "Rapporten følger malen fra Kompetanse Norge: hvert tiltak har en kort faktadel og en omtale. "
        "Der YS deltar i et råd eller utvalg som andre har ansvaret for, står den ansvarlige under Ansvar "
        "og YS under Med.",
        "Her følger tiltakene YS rapporterer for 2019.",
    ],
    closing=("YS vil i 2020 vurdere å utvikle et nettkurs i digital kompetanse for tillitsvalgte. Dette er "
             "foreløpig på idéstadiet."),
    measures=[
        M("T01", "KBU – YS er medlem av utvalget", ["1.1"], "Utvalg",
          "Kunnskapsdepartementet", ["YS", "LO", "NHO", "Virke", "Unio", "Akademikerne", "Spekter", "KS"],
          "2017–2021",
          "YS' medlem i Kompetansebehovsutvalget har bidratt i arbeidet med temarapporten om etter- og "
          "videreutdanning, som kom i 2019.", dm="1.1",
          notes=[("kompetansebehov.no har utvalgets rapporter.")]),
        M("T02", "YS' plass i Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd",
          "Kunnskapsdepartementet", ["YS", "LO", "NHO", "KS", "Virke", "Spekter", "Unio"], "Løpende",
          "YS er representert i SRY og i flere faglige råd, og har spilt inn forslag om nye "
          "lærefag i kontor- og administrasjonsfaget.", dm="1.4 og 2.3"),
        M("T11", "Referansegruppen til ekspertutvalget for etter- og videreutdanning", ["2.2"], "Referansegruppe",
          "Kunnskapsdepartementet", ["YS", "LO", "NHO", "Virke", "Unio", "Akademikerne"], "2018–2019",
          "YS har deltatt i referansegruppen og gitt innspill om finansiering av etter- og videreutdanning "
          "for arbeidstakere uten høyere utdanning.", dm="delmål 2.2"),
        M("T22", "Partsprosjekt om dokumentasjon av kompetanse ervervet i arbeidslivet", ["2.5"], "Partsprosjekt",
          "Virke", ["YS", "LO", "NHO"], "2017–2020",
          "Prosjektet utvikler en modell for å dokumentere kompetanse fra arbeidslivet som arbeidsgiver og "
          "arbeidstaker kan bruke sammen. Modellen prøves ut i varehandel og kontorfag. YS har bidratt med "
          "erfaringer fra forbundene i finans og kontor, og prosjektet skal avsluttes med en felles veileder "
          "for partene i 2020.", dm="2.5"),
        M("Y1", "YS-skolen: kurs i kompetanseplanlegging for tillitsvalgte", ["2.2"], "Kurs",
          "YS", ["YS-forbundene"], "2019–2020",
          "Kurset gir tillitsvalgte verktøy for å kartlegge kompetansebehov og lage kompetanseplaner "
          "sammen med arbeidsgiver. 140 tillitsvalgte har gjennomført kurset.", dm="2.2", split=True,
          notes=[("Kursbeskrivelse på ys.no/ys-skolen.")]),
        M("Y2", "YS Arbeidslivsbarometer – kompetanse", ["2.2"], "Undersøkelse",
          "YS", ["Respons Analyse"], "Årlig",
          "Den årlige undersøkelsen har egne spørsmål om etter- og videreutdanning og om arbeidstakere "
          "får brukt kompetansen sin.", dm="2.2"),
    ],
))

# ---------------------------------------------------------------- 7 Møre og Romsdal 2019 (nn)
FILES.append(dict(
    file="2019_MoreogRomsdal_handlingsplan.docx", reporter="Møre og Romsdal fylkeskommune", year=2019,
    fmt="docx", lang="nn", render="mr2019", made_with="python-docx (vMerge, gridSpan)",
    layout="nn_handlingsplan_table_regional_goal_vmerge_sum_row",
    layout_desc=("nynorsk extract of the county's 'Handlingsplan 2019' for its regional competence strategy: intro, "
                 "then ONE table Regionalt mål | Tiltak | Kva skal gjerast | NKPS | Tiltakstype | Ansvarleg | Partnarar "
                 "| Tidsrom; the first column holds the county's own goals ('Mål 1 …', vertically merged over their "
                 "measures – not delmål, not measures), NKPS holds codes ('1.2', '2.3 / 3.1'); an empty row between the "
                 "goal groups and a merged closing row 'Tal på tiltak: 6'; 'Oppfølging og rapportering' after the table "
                 "is not measures"),
    intro=[
        "Møre og Romsdal fylkeskommune vedtok i 2019 ein regional kompetansestrategi. Handlingsplanen under "
        "viser tiltaka for 2019 og kva delmål i Nasjonal kompetansepolitisk strategi (NKPS) dei følgjer opp.",
    ],
    closing=("Oppfølging og rapportering: Handlingsplanen blir rullert årleg. Kompetanseforum Møre og Romsdal "
             "får ei orientering om status to gonger i året. Rapporten til Kompetansepolitisk råd blir send "
             "til Kompetanse Norge."),
    goals=[
        ("Mål 1 Rett kompetanse i regionen", [0, 1, 2]),
        ("Mål 2 Fleire vaksne med fagbrev", [3, 4]),
        ("Mål 3 Grunnleggjande ferdigheiter for alle", [5]),
    ],
    measures=[
        M("M1", "Karriere Møre og Romsdal – karrieresenter for vaksne", ["1.3"], "Teneste",
          "Møre og Romsdal fylkeskommune", ["NAV Møre og Romsdal", "kommunane"], "2019–2022",
          "Gratis karriererettleiing for vaksne over 19 år på fire stader i fylket og digitalt.", dm="1.3"),
        M("M2", "Kompetansealliansen Møre og Romsdal", ["1.2", "1.4"], "Nettverk",
          "Møre og Romsdal fylkeskommune", ["næringslivet", "NTNU i Ålesund", "Høgskulen i Volda",
                                            "Høgskolen i Molde", "fagskulane", "NAV"], "Frå våren 2019",
          "Alliansen skal samarbeide om kompetansebehova i regionen på bakgrunn av eit felles "
          "kunnskapsgrunnlag.", dm="1.2 / 1.4"),
        M("M3", "Regional kompetansestrategi 2019–2022", ["1.2"], "Plan",
          "Møre og Romsdal fylkeskommune", ["KS", "NHO", "LO", "NAV"], "2019–2022",
          "Strategien samlar fylkeskommunen si kompetansepolitiske rolle og blir følgd opp med årlege "
          "handlingsplanar.", dm="1.2"),
        M("M4", "Fagbrev på jobb i kommunane", ["2.3", "2.5"], "Opplæring",
          "Møre og Romsdal fylkeskommune", ["kommunane", "Fagforbundet"], "2019–2021",
          "Eige regionalt program der fylkeskommunen betaler ein rettleiar og kursmodular for tilsette i "
          "kommunane som tek fagbrev på jobb, først i helsearbeidarfaget og "
          "barne- og ungdomsarbeidarfaget.", dm="2.3 / 2.5"),
        M("M5", "Modulstrukturert vidaregåande opplæring for vaksne", ["3.1"], "Opplæring",
          "Møre og Romsdal fylkeskommune", ["Utdanningsdirektoratet"], "2019–2021",
          "Fylket deltek i forsøket med modulstrukturert fag- og yrkesopplæring for vaksne i to "
          "utdanningsprogram.", dm="3.1"),
        M("M6", "Grunnleggjande ferdigheiter i arbeidslivet (Kompetansepluss)", ["3.2"], "Prosjekt",
          "Møre og Romsdal fylkeskommune", ["Kompetanse Norge", "verksemder i fylket"], "2019–2020",
          "Fylkeskommunen hjelper verksemder i fylket med å søkje Kompetansepluss-midlar og koordinerer "
          "kursa lokalt.", dm="3.2"),
    ],
))

# ---------------------------------------------------------------- 8 Virke 2020
FILES.append(dict(
    file="2020_Virke_rapport_NKPS.pdf", reporter="Virke", year=2020, fmt="pdf", lang="nb",
    render="virke2020", made_with="reportlab (platypus)",
    layout="numbered_headings_text_first_fact_grid_after_one_split_by_page",
    layout_desc=("Virke report exported from Word: lower-case 'virke' logo line, footer 'Virke | Rapport NKPS 2020 | "
                 "side n'; Innledning; each measure a heading with a TYPED number '1 ', '2 ' … (stripped), the "
                 "description FIRST, then a two-row grid with the labels across the top Delmål | Kategori | Eier | "
                 "Partnere | Tidsrom and the values below; the grid of measure 3 is pushed to the top of page 2, away "
                 "from its heading and text; delmål '1.4, 2.3'; closing 'Virke mener videre' policy bullets are not "
                 "measures"),
    intro=[
        "Virke rapporterer her på tiltak i 2020 som følger opp Nasjonal kompetansepolitisk strategi. "
        "Koronapandemien har preget året, og flere tiltak er flyttet over på digitale flater.",
    ],
    closing_bullets=[
        "Virke mener at flere voksne må få mulighet til å ta fagbrev mens de er i jobb.",
        "Virke mener at bransjeprogrammene bør åpnes for handel og tjenesteyting.",
        "Virke mener at finansieringen av etter- og videreutdanning må bli mer forutsigbar.",
    ],
    measures=[
        M("T02", "Virke i Samarbeidsrådet for yrkesopplæring", ["1.4", "2.3"], "Råd",
          "Kunnskapsdepartementet", ["Virke", "LO", "NHO", "KS", "Spekter", "YS", "Unio"], "Løpende",
          "Virke deltar i SRY og i faglig råd for salg, service og reiseliv. I 2020 har rådet særlig "
          "arbeidet med konsekvenser av pandemien for lærlingene.", dm="1.4, 2.3"),
        M("T03", "Råd for samarbeid med arbeidslivet (RSA) ved høyskolene", ["1.4"], "Råd",
          "universitetene og høyskolene", ["Virke", "NHO", "LO"], "Løpende",
          "Virke har representanter i RSA ved tre høyskoler og bruker rådene til å styrke samarbeidet om "
          "relevante utdanninger.", dm="1.4"),
        M("T22", "Dokumentasjon av kompetanse fra arbeidslivet – partsprosjekt", ["2.5"], "Utviklingsprosjekt",
          "Virke", ["NHO", "LO", "YS"], "2017–2020",
          "Prosjektet har utviklet en modell for dokumentasjon av kompetanse som er testet i varehandelen. "
          "Sluttrapporten ble levert høsten 2020.", dm="2.5"),
        M("R1", "Handelsløftet", ["2.3", "2.5"], "Kompetanseprogram",
          "Virke", ["Handel og Kontor", "fylkeskommunene"], "2018–2021",
          "Handelsløftet gir erfarne ansatte i varehandelen mulighet til å ta fagbrev i salgsfaget. "
          "Over 1 200 ansatte er med i programmet.", dm="2.3, 2.5"),
        M("R2", "HR-nettverk for medlemsvirksomheter", ["2.2"], "Nettverk",
          "Virke", [], "2019–",
          "Nettverket samler HR-ledere fra medlemsvirksomhetene fire ganger i året om kompetanseplanlegging "
          "og omstilling.", dm="2.2"),
        M("R3", "Kompetanseundersøkelse i handel og tjenesteyting", ["2.2"], "Undersøkelse",
          "Virke", ["Ipsos"], "2020",
          "Undersøkelsen kartlegger hvordan medlemsvirksomhetene arbeider med kompetanse, og hvilke "
          "behov de venter de neste tre årene.", dm="2.2"),
    ],
))
