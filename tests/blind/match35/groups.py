# -*- coding: utf-8 -*-
"""Identity judgements: why rows are one tiltak (SAME_WHY) and near-miss groups (NEAR_MISS_GROUPS)."""

# one sentence per tiltak that occurs in more than one row
SAME_WHY = {
    "T01": "All rows are the one national Kompetansebehovsutvalget: a member's seat or representative "
           "(LO, NHO, Unio, YS, Akademikerne), the ministry that owns it, and HK-dir's secretariat for it are parts "
           "of the same body; Regjeringen 2024's 'nytt mandat' continues the same committee.",
    "T02": "SRY is one national council; 'Samarbeidsrådet for yrkesopplæring (SRY)', 'SRY – …', 'YS i …' and "
           "'Spekters plass i SRY' are the expansion, the acronym and the members' seats in it.",
    "T03": "The nine faglige råd are reported as one body by NHO (2018, 2023) and Virke: each member's "
           "representatives in the vocational councils – not SRY, which is the council above them.",
    "T04": "The 2016–2020 Samfunnskontrakt for flere læreplasser: LO and NHO name the contract, KS names its own "
           "sector's part of it, LO 2021 reports its closing ('avslutning') – all the same agreement period.",
    "T05": "The successor contract 2022–2026: full name 'for flere læreplasser og kvalifisert arbeidskraft' "
           "(Spekter, Regjeringen) and the short name 'Samfunnskontrakten for kvalifisert arbeidskraft' (NHO, KS) "
           "are one agreement.",
    "T06": "The national scheme Fagbrev på jobb (a permanent scheme after the trial): NHO informs about it, the "
           "ministry owns it ('varig ordning', 2024 continues it), LO's federations promote it.",
    "T07": "Kompetansepluss arbeid/frivillighet was renamed Kompetanseprogrammet in 2022; the ministry (2019, "
           "2024) and HK-dir, which runs it, report the same grant scheme.",
    "T08": "The bransjeprogram for kompetanseutvikling is one tripartite programme; NHO (industri og bygg), KS "
           "(kommunal helse og omsorg) and LO (seats in the programme councils) report their own part of it, HK-dir "
           "the grant administration, KD the whole.",
    "T09": "HK-dir's 'Følgeevaluering av bransjeprogrammene' and the ministry's 'Evaluering av "
           "bransjeprogrammene' are the same commissioned evaluation (Fafo/Oslo Economics, 2021–2024).",
    "T10": "Nasjonalt forum for karriereveiledning: HK-dir (earlier Kompetanse Norge) runs it, KS and NAV report "
           "their participation; KS 2025 continues KS 2018.",
    "T11": "The ministry's assignment 'Nasjonal digital karriereveiledningstjeneste (oppdrag til Kompetanse "
           "Norge)' and HK-dir's 'karriereveiledning.no' are the same service – one gives the commission, the "
           "other the web address of what was built.",
    "T12": "The national quality framework for career guidance: the ministry's framework (2019) and HK-dir's "
           "implementation of it (2023) are the same national measure.",
    "T13": "Virke's seat in the reference group of the EVU committee is its part in the ministry's "
           "'Ekspertutvalg for etter- og videreutdanning'.",
    "T16": "Kompetanseløft 2020 (HOD's plan) as reported by the ministry and by KS ('oppfølging i "
           "kommunesektoren').",
    "T17": "Kompetanseløft 2025 (HOD's successor plan) as reported by the ministry and by KS ('i kommunene').",
    "T18": "Nasjonalt fagskoleråd, reported by LO (the council) and NHO (its seat in it).",
    "T19": "The grant for flexible further-education offers (2019, digital competence), HK-dir's 2023 call under "
           "it, and the merged successor 'Tilskuddsordningen for fleksibel og desentralisert utdanning (tidligere "
           "…)' – a renamed and merged scheme keeps its id.",
    "T20": "Råd for samarbeid med arbeidslivet at the universities and colleges: Unio writes the full name with "
           "(RSA), Akademikerne only 'RSA'; both report their members' seats in the same councils.",
    "S1": "Spekter's annual 'Møteplass lærebedrifter' (2017) and its 2022 edition.",
    "S2": "Spekter's application seminar about KompetansePluss (2017) continued as 'Søkeseminar om "
          "Kompetanseprogrammet' (2022) – the description says it is the continuation; the scheme was renamed.",
    "S3": "Spekter's network for HR directors ('Arbeidsgivernettverk for HR-direktører' → 'Spekters "
          "HR-direktørnettverk').",
    "S4": "One joint conference on 30 November 2017: LO calls it 'Lærlingkonferanse sammen med Spekter', Spekter "
          "'Konferanse for medlemsvirksomhetene og LOs tillitsvalgte'; same date, same owners.",
    "S7": "The tripartite cooperation on competence in the hospitals, owned by Spekter (2022) and reported by Unio "
          "as a participant (2021) – 'helseforetakene' and 'spesialisthelsetjenesten' name the same sector.",
    "N1": "NHO's annual kompetansebarometer and its 2023 edition.",
    "N2": "NHO's campaign Jenter og teknologi, 2018 and 2023.",
    "N3": "'Matindustrien 4.0' is LO/NNN's name (2017) for the same sector project NHO calls 'Kompetanseløft i "
          "matindustrien' (2018, the description names Matindustrien 4.0); NHO 2023 reports 'fase 2'.",
    "R1": "Virke's 'Balansekunst' model for describing competence from working life: LO (2017) and YS (2020) "
          "report their seat in the same partner project that Virke leads.",
    "K1": "KS Læring, the municipal learning platform, 2018 and 2025.",
    "K2": "Menn i helse: KS runs it (2018, 2025 'nasjonal ordning'); NAV reports its recruitment to the same "
          "programme.",
    "K3": "KS' campaign Lærlingløftet i kommunene (2018) taken up again as 'ny runde' in 2025.",
    "L1": "LO's training of shop stewards in competence development (2017) made into an online module (2021).",
    "U1": "Unio's course day for shop stewards (2018) repeated digitally (2021) with a changed title.",
    "U3": "Unio's study of competence raising for health personnel (Ny Analyse, 2018) and its 'fase 2' (2021).",
    "V1": "Vestland's career centre Karriere Vestland, 2020 and 2024.",
    "V2": "Kompetanseforum Vestland; 2024 gives it a new mandate – the same forum.",
    "V3": "Vestland's own decentralised study offers ('Desentralisert utdanning i Vestland' → 'Desentraliserte "
          "studietilbod i Vestland').",
    "V6": "Vestland's module-structured upper-secondary training for adults, extended to more trades in 2024.",
}

# near-miss groups: different tiltak that look alike and must stay apart
NEAR_MISS_GROUPS = [
    ("unions' own training courses for shop stewards", ["L1", "Y2", "U1"],
     "LO's, YS' and Unio's courses have similar names but are each organisation's own course."),
    ("members' own surveys and barometers", ["N1", "Y1", "AK1"],
     "Three separate surveys by NHO, YS and Akademikerne on competence needs or EVU."),
    ("county competence plans and strategies", ["V4a", "V4b", "I1", "Tr1"],
     "Different counties' plans, and Vestland's 2020–2024 plan vs its new 2024–2028 plan (new period = new plan)."),
    ("career-guidance services", ["V1", "I2", "Tr2", "A3", "T11", "AK3"],
     "Each county's career centre, NAV's cooperation for job seekers, Akademikerne's member service and the "
     "national web service are different services."),
    ("fagbrev: national scheme vs county, NAV and Virke variants", ["T06", "I3", "Tr3", "V7", "A2", "R2"],
     "The national Fagbrev på jobb scheme is not the counties' own roll-outs (Innlandet, Trøndelag, Vestland), "
     "NAV's pilot for job seekers or Virke's Handelsløftet."),
    ("old vs new samfunnskontrakt, and Spekter's letter about apprentices", ["T04", "T05", "S5"],
     "The 2016–2020 contract and the 2022–2026 successor are separate agreements; Spekter's letter only refers "
     "to the contract."),
    ("bransjeprogram vs its evaluation", ["T08", "T09"],
     "The programme and the commissioned evaluation of it are different measures."),
    ("Kompetanseprogrammet vs others' activities around it", ["T07", "O1", "S2", "Tr6", "N5"],
     "The national scheme is not VOFO's information about it, Spekter's application seminar, Trøndelag's help to "
     "firms, or NHO's own 'Kompetanseprogram for små og mellomstore bedrifter'."),
    ("Kompetanseløft 2020 vs its successor", ["T16", "T17"],
     "Kompetanseløft 2025 replaces Kompetanseløft 2020: a successor plan with a new period."),
    ("national councils", ["T02", "T03", "T20"],
     "SRY, the faglige råd under it and the RSA councils at the universities and colleges are different bodies."),
    ("KBU vs HK-dir's regional analyses", ["T01", "H1"],
     "HK-dir's support for regional competence-need analyses is not its secretariat for KBU."),
    ("regional competence forums and partnerships", ["V2", "I4", "Tr4", "O2"],
     "Each county's forum and VOFO's partnership agreements with the counties are separate."),
    ("flexible and decentralised education", ["T19", "V3", "I5"],
     "The national grant scheme vs Vestland's and Innlandet's own study centres (Vestland 2024 even says it used "
     "money from the national scheme)."),
    ("national career-guidance forum vs quality framework vs a county's roll-out", ["T10", "T12", "V5"],
     "The forum, the national framework and Vestland's project to introduce the framework in its centres."),
    ("Menn i helse vs Menn i oppvekst", ["K2", "Tr5"],
     "Trøndelag's pilot 'Menn i oppvekst' is modelled on Menn i helse but is another programme."),
    ("members' own HR networks", ["S3", "R4"], "Spekter's and Virke's networks for HR leaders."),
    ("EVU financing studies vs the EVU committee", ["U2", "K4", "T13"],
     "Unio's and KS' own studies of EVU financing and the government's expert committee are different."),
    ("NAV/ASD training measures", ["A1", "G1", "A4"],
     "The AMO courses, the regulation change that allows training towards a trade certificate, and NAV's short "
     "digital-skills course."),
    ("Spekter's different events", ["S1", "S2", "S4", "S8"],
     "Four different Spekter events (apprentice meeting place, application seminar, joint conference with LO, "
     "fagskole conference)."),
    ("stipends for further education", ["Y3", "AK2"], "YS' and Akademikerne's stipends are separate."),
    ("health-personnel competence: Unio's study vs the tripartite cooperation", ["U3", "S7"],
     "Unio's own study is not the tripartite cooperation in the hospitals it feeds into."),
    ("members' own apprentice drives", ["K3", "S5"],
     "KS' campaign and Spekter's letter to its members are different measures."),
]
