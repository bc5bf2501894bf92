# -*- coding: utf-8 -*-
"""Shared reference data: delmål texts, canonical types, near-miss pairs (by key)."""

DELMAL = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU) som skal sammenstille og analysere kilder til kunnskap om Norges kompetansebehov",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Arbeide mer systematisk for å koble kompetansebehov i virksomheter til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle og forbedre systemene for godkjenning og vurdering av utenlandsk utdanning og yrkeskvalifikasjoner",
    "3.1": "Gi fleksibel opplæring på voksnes premisser med sikte på raskere overgang til arbeid eller videre opplæring",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere som trenger kvalifisering for å komme i jobb",
    "3.6": "Stimulere til at flere finner læringsmotivasjon gjennom opplæring i frivillig sektor",
}

# Nynorsk renderings used by Vestland fylkeskommune
DELMAL_NN = {
    "1.2": "Styrkje regionalt folkevalt nivå sitt kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørgje for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing",
    "1.4": "Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet",
    "2.1": "Styrkje den digitale kompetansen i heile arbeidsstyrken",
    "2.4": "Kople kompetansebehov i verksemder til utdannings- og opplæringstilbydarar",
    "2.5": "Gjere det enklare å få dokumentert kompetanse tileigna i arbeidslivet",
    "3.1": "Gi fleksibel opplæring på vaksne sine premissar",
    "3.3": "Nytte opplærings- og kompetansetiltak meir aktivt i arbeidsmarknads- og integreringspolitikken",
}

AREAS = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}

# old 2017 numbering: tiltak n = n-th delmål
ORDER = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
         "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
OLDNR = {c: i + 1 for i, c in enumerate(ORDER)}

TYPES = ["Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "FoU/utredning",
         "Tilskudd/ordning", "Informasjon/veiledning", "Arrangement", "Annet"]

# near-miss pairs by key
NEAR_MISSES = [
    ("bp", "bp_ind", "Umbrella scheme of tripartite bransjeprogram vs the single programme for industri og bygg."),
    ("bp", "bp_helse", "Umbrella bransjeprogram scheme vs the municipal health and care sector's own bransjeprogram."),
    ("bp_ind", "bp_handel", "Two different branches' bransjeprogram (industri/bygg vs varehandel)."),
    ("bp_helse", "kl2025", "Bransjeprogram for kommunal helse og omsorg vs HOD's Kompetanseløft 2025 plan; same sector, different measures."),
    ("bp", "bp_eval", "A programme vs its evaluation (følgeevaluering of bransjeprogrammene)."),
    ("kp_arb", "kp_friv", "Kompetansepluss arbeid vs Kompetansepluss frivillighet: sister schemes, different target sectors."),
    ("kp_arb", "kprog", "Kompetansepluss vs its successor scheme Kompetanseprogrammet (from 2021)."),
    ("kp_friv", "kprog", "Kompetansepluss frivillighet vs successor Kompetanseprogrammet; VOFO reports both."),
    ("fbj", "praks", "Fagbrev på jobb vs praksiskandidatordningen: two different routes to a trade certificate."),
    ("karr_nett", "kvalrammeverk", "Nettbasert karriereveiledning vs the national quality framework for career guidance."),
    ("karr_nett", "utd_no", "Nettbasert karriereveiledning (chat/telefon) vs the portal utdanning.no."),
    ("karr_vl", "karr_tr", "Two counties' own career centres (Vestland vs Trøndelag)."),
    ("sry", "faglige_rad", "SRY vs the faglige råd: both part of the tripartite vocational system, different bodies."),
    ("skl_2016", "skl_2022", "Samfunnskontrakt for flere læreplasser 2016–2020 vs the new contract 2022–2026 (successor)."),
    ("konf21", "konf23", "HK-dir's Kompetansepolitisk konferanse 2021 vs the 2023 edition."),
    ("lo_konf20", "lo_konf22", "LO's competence conference 2020 vs 2022."),
    ("lo_kurs", "unio_kurs", "Two unions' separate courses for tillitsvalgte on competence development."),
    ("kl2025", "kl_trond", "Similar compounds: Kompetanseløft 2025 (health/care) vs Kompetanseløft Trøndelag (municipal digital competence)."),
    ("bio_vl", "bio_tr", "Two counties' own BIO grant schemes (Vestland vs Trøndelag)."),
    ("plan_vl", "strat_tr", "Two counties' own regional competence plans/strategies."),
    ("amo", "amo_eval", "Arbeidsmarkedsopplæring vs the evaluation of arbeidsmarkedsopplæring."),
    ("integ_lov", "imdi_veil", "The new integration act vs IMDi's guidance to municipalities on applying it."),
    ("norsk_arb", "norsktrening", "Workplace-based Norwegian tuition vs norsktrening in voluntary organisations."),
    ("godkj_fag", "kompl", "Recognition of foreign vocational training vs grants for supplementary education."),
    ("realk_model", "realk_vl", "National model for assessing competence acquired at work vs Vestland's realkompetansevurdering for adults."),
    ("laeringsuke20", "laeringsuke21", "VOFO's Voksnes læringsuke 2020 vs 2021."),
    ("virke_behov", "nho_barometer", "Virke's own survey of competence needs in trade vs NHO's kompetansebarometer."),
    ("kbu", "nho_barometer", "The national Kompetansebehovsutvalget vs NHO's own kompetansebarometer; both about future needs."),
    ("fagskole_midler", "fagskole_vl", "National development funds for fagskoler vs Vestland's own bransjeretta fagskoletilbod."),
    ("plan_vl", "kforum_vl", "Vestland's regional plan vs the partnership Kompetanseforum Vestland."),
]

K, R, P, F = "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "FoU/utredning"
T, I, A, X = "Tilskudd/ordning", "Informasjon/veiledning", "Arrangement", "Annet"


def M(k, title, d, ty, r, p, per, desc, **kw):
    """One measure row. k = internal tiltak key; d = space-separated delmål codes."""
    row = dict(key=k, title=title, delmal=d.split(), type=ty, responsible=r, partners=p,
               period=per, description=desc)
    row.update(kw)
    return row
NEAR_MISSES += [
    ("kl_trond", "vl_gront", "Similar compounds: Kompetanseløft Trøndelag (digital, municipal) vs Vestland's Kompetanseløft for det grøne skiftet."),
    ("modul", "tr_vgo", "National modular trial for adults vs Trøndelag's own flexible upper-secondary offer for adults."),
    ("karr_nett", "imdi_karr", "National online career guidance vs career guidance for newly arrived immigrants under the integration act."),
]
