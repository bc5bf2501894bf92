"""Near-miss pairs (plan ids; make_batch renumbers them)."""

NEAR = [
    ("T01", "T02", "Both are KD-appointed 'utvalg' on competence: Kompetansebehovsutvalget (KBU, delmål 1.1) "
                   "vs the ekspertutvalg for etter- og videreutdanning (2.2)."),
    ("T02", "T03", "Expert committee on EVU (its NOU is called 'Lære hele livet') vs the white paper "
                   "'Kompetansereformen – Lære hele livet' (Meld. St. 14) that follows it up."),
    ("T04", "T05", "Grant scheme for flexible further-education offers in digital competence (2018–2019) vs "
                   "its successor Kompetanseprogrammet (2020)."),
    ("T06", "T07", "Two separate tripartite bransjeprogram: industri- og byggenæringen vs kommunal helse- og "
                   "omsorgssektor."),
    ("T08", "T09", "Samfunnskontrakten for flere læreplasser 2016–2020 vs the negotiation of a new contract "
                   "for 2022–2026."),
    ("T08", "T94", "LO/Spekter conference on apprentices (30.11.2017) serves the Samfunnskontrakt but is a "
                   "separate event."),
    ("T12", "T13", "Arena for kvalitet 2018 vs Arena for kvalitet 2019: one conference per year."),
    ("T14", "T15", "RSA (councils for cooperation with working life at each university/college) vs UHR's "
                   "fagstrategiske enheter."),
    ("T16", "T17", "National Samarbeidsrådet for yrkesopplæring (SRY) vs the county body "
                   "Yrkesopplæringsnemnda i Rogaland."),
    ("T17", "T85", "Yrkesopplæringsnemnda i Rogaland (the body) vs NHO's report 'Yrkesopplæringsnemndas rolle "
                   "og ansvar'."),
    ("T17", "T106", "Rogaland's yrkesopplæringsnemnd vs LO's course for its representatives in the "
                    "yrkesopplæringsnemndene."),
    ("T19", "T20", "Kompetansepluss arbeid vs Kompetansepluss frivillighet: two different schemes."),
    ("T20", "T21", "Kompetansepluss frivillighet (the scheme) vs VOFO's evaluation of it."),
    ("T19", "T22", "Kompetansepluss arbeid vs the trial combining Kompetansepluss with fagopplæring."),
    ("T23", "T24", "Fagbrev på jobb vs the trial with modular vocational training for adults: both adult "
                   "routes to a trade certificate."),
    ("T24", "T25", "Trial with modular vocational training vs its følgeevaluering (Fafo/NIFU)."),
    ("T26", "T27", "Forsøk med forberedende voksenopplæring (FVO, 2017–2020) vs the permanent 'forberedende "
                   "opplæring for voksne (FVO)' in the Education Act: same acronym, successor."),
    ("T28", "T29", "Quality framework for career guidance vs the national digital career-guidance service "
                   "(both Kompetanse Norge, delmål 1.3)."),
    ("T29", "T33", "Digital career-guidance service vs the digital platform giving an overview of EVU offers."),
    ("T30", "T31", "Nasjonalt forum for karriereveiledning vs the county partnership Karriere Rogaland."),
    ("T31", "T32", "Two counties' career-guidance partnerships: Karriere Rogaland vs Karriere Sogn og Fjordane."),
    ("T34", "T35", "Pre-study (NIFU, 2018) vs the main project (2020–2022) on returns to competence "
                   "investments."),
    ("T36", "T37", "National partssammensatt arbeidsgruppe on digitalisation and competence needs vs KS' "
                   "'Samarbeid om digital kompetanse' in 71 municipalities."),
    ("T41", "T42", "Hurtigsporet for nyankomne flyktninger (the scheme) vs NHO's campaign in four cities "
                   "promoting it."),
    ("T43", "T44", "IA-avtalen 2019–2022 vs the previous IA-avtalen 2014–2018."),
    ("T45", "T47", "The general opplæringstiltak in tiltaksforskriften vs multi-year vocational training "
                   "(formerly 'toårig yrkesrettet opplæringstiltak')."),
    ("T51", "T52", "Two counties' regional plans: Rogaland's regionalplan for kompetanse og arbeidsliv vs "
                   "Regional kompetanseplan for Sogn og Fjordane."),
    ("T53", "T54", "Kompetanseforum Rogaland vs Kompetanseforum Sogn og Fjordane."),
    ("T56", "T57", "The ministries' utredning om studieforbundene vs VOFO/Fafo's research project on "
                   "studieforbund as læringskatalysatorer."),
    ("T62", "T73", "KS' Kommunesektorens arbeidslivsmonitor vs YS Arbeidslivsbarometer."),
    ("T64", "T65", "Menn i helse (the programme) vs its evaluation by Østlandsforskning."),
    ("T66", "T67", "Pilot of the lærerspesialist function vs Kompetanse for kvalitet (further education for "
                   "teachers)."),
    ("T67", "T68", "Kompetanse for kvalitet (teachers) vs Kompetanse for fremtidens barnehage (kindergarten "
                   "staff)."),
    ("T69", "T70", "Unio's study of financing models for EVU (Proba) vs KS' FoU on financing models for EVU "
                   "(Oxford Research)."),
    ("T72", "T73", "YS/AFI analysis of changes from digital solutions vs YS Arbeidslivsbarometer 2020: both "
                   "YS FoU with AFI/OsloMet."),
    ("T74", "T75", "LO's course for shop stewards vs YS' training of shop stewards."),
    ("T74", "T76", "LO's course for shop stewards vs Unio's tillitsvalgtskolering om digitalisering."),
    ("T75", "T76", "YS' vs Unio's shop-steward training."),
    ("T79", "T80", "Two Virke studies on digitalisation in retail: the main study (Samfunnsøkonomisk analyse) "
                   "vs the literature review (USN)."),
    ("T86", "T87", "Klyngeprogrammet (Norwegian Innovation Clusters) vs Omstillingsmotoren (clusters giving "
                   "SMBs a competence boost)."),
    ("T89", "T91", "Follow-up of Digital21 vs NFD's assignment to Innovasjon Norge on digital-transition "
                   "courses for SMBs."),
    ("T92", "T93", "New offer structure in vocational programmes vs Fagfornyelsen (new curricula)."),
    ("T97", "T98", "Voksenopplæringskonferansen 2017 vs Voksenopplæringskonferansen 2019."),
    ("T111", "T112", "NAV's temporary rule allowing education on dagpenger vs NHO's free courses for "
                     "furloughed employees (both 2020, permitterte)."),
    ("T111", "T114", "NAV's temporary rule for permitterte vs Rogaland's extra courses for permitterte og "
                     "ledige."),
    ("T112", "T114", "NHO's courses for furloughed employees vs Rogaland's extra courses for permitterte og "
                     "ledige."),
]
