# -*- coding: utf-8 -*-
"""match40 shared data helpers: delmål wordings, old numbers, type mapping, row constructor."""

CODES = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
         "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
OLDNR = {c: i + 1 for i, c in enumerate(CODES)}          # 1.1 -> 1 ... 3.6 -> 16

# short bokmål wording of each delmål (as members paraphrase it)
DM_NB = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle og forbedre godkjenning av utenlandsk utdanning og yrkeskvalifikasjoner",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring og kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor",
}
# very short keywords (used in column cells of narrow tables)
DM_SHORT = {
    "1.1": "Kompetansebehovsutvalg", "1.2": "Regionalt folkevalgt nivå", "1.3": "Karriereveiledning",
    "1.4": "Samarbeid utdanning–arbeidsliv", "2.1": "Digital kompetanse", "2.2": "Kunnskapsgrunnlaget",
    "2.3": "Karrieremuligheter i yrkesfag", "2.4": "Kobling til EVU-tilbydere",
    "2.5": "Dokumentasjon av kompetanse", "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring for voksne", "3.2": "Kompetansepluss", "3.3": "Arbeidsmarkeds- og integreringspolitikk",
    "3.4": "Norskopplæring og kvalifisering", "3.5": "NAVs opplæringstilbud", "3.6": "Frivillig sektor",
}
# nynorsk wording
DM_NN = {
    "1.1": "Etablere eit kompetansebehovsutval (KBU)",
    "1.2": "Styrkje det regionale folkevalde nivået sitt kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Syte for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing",
    "1.4": "Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet",
    "2.1": "Styrkje og vidareutvikle den digitale kompetansen i heile arbeidsstyrken",
    "2.2": "Styrkje kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Samarbeide om å synleggjere og utvikle karrieremoglegheitene i yrkesfaglege utdanningar og yrke",
    "2.4": "Kople kompetansebehov i verksemder og klyngjer til utdannings- og opplæringstilbydarar",
    "2.5": "Gjere det enklare å få dokumentert kompetanse frå arbeidslivet",
    "2.6": "Forenkle og betre godkjenning av utanlandsk utdanning og yrkeskvalifikasjonar",
    "3.1": "Gje fleksibel opplæring på premissane til vaksne",
    "3.2": "Stimulere til bruk av Kompetansepluss-ordningane",
    "3.3": "Nytte opplærings- og kompetansetiltak meir aktivt i arbeidsmarknads- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæringa og kvalifiseringstiltak for innvandrarar",
    "3.5": "Styrkje og tilpasse opplæringstilbodet i NAV for arbeidssøkjarar",
    "3.6": "Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor",
}
AREA_NB = {"1": "Gode valg for den enkelte og for samfunnet", "2": "Læring i arbeidslivet",
           "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
AREA_NN = {"1": "Gode val for den enkelte og for samfunnet", "2": "Læring i arbeidslivet",
           "3": "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet"}

# printed type word (lower-cased) -> canonical type
TYPEMAP = {
    "fou": "FoU", "forskning og utvikling": "FoU", "forskning/utredning": "FoU", "fou-prosjekt": "FoU",
    "kurs": "Kurs/utdanning", "kurs/utdanning": "Kurs/utdanning", "utdanning": "Kurs/utdanning",
    "kurs og utdanning": "Kurs/utdanning", "kurstilbod": "Kurs/utdanning", "kurstilbud": "Kurs/utdanning",
    "opplæring (kurs)": "Kurs/utdanning",
    "råd/utvalg/nettverk": "Råd/utvalg/nettverk", "råd/utval/nettverk": "Råd/utvalg/nettverk",
    "nettverk": "Råd/utvalg/nettverk", "råd": "Råd/utvalg/nettverk", "utvalg": "Råd/utvalg/nettverk",
    "utval": "Råd/utvalg/nettverk", "råd / utvalg / nettverk": "Råd/utvalg/nettverk", "nettverk/råd": "Råd/utvalg/nettverk",
    "prosjekt": "Prosjekt", "prosjekter": "Prosjekt",
    "informasjon": "Informasjon", "informasjonstiltak": "Informasjon", "info": "Informasjon",
    "arrangement": "Arrangement", "konferanse": "Arrangement", "seminar": "Arrangement", "konferanse/seminar": "Arrangement",
    "kampanje": "Annet", "avtale": "Annet", "ordning": "Annet", "tilskuddsordning": "Annet", "tilskotsordning": "Annet",
    "plan": "Annet", "tjeneste": "Annet", "teneste": "Annet", "undersøkelse": "Annet", "verktøy": "Annet",
    "lovarbeid": "Annet", "politisk påvirkning": "Annet", 
}
TYPEMAP["annet"] = "Annet"
TYPEMAP["anna"] = "Annet"

CANON = {"FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement", "Annet"}


def M(tid, title, delmal, tp, resp, partners, period, desc, **kw):
    """one measure row; tp = type word as printed; canonical type derived."""
    canon = TYPEMAP[tp.strip().lower()]
    assert canon in CANON, (tp, canon)
    d = dict(id=tid, title=title, delmal=sorted(delmal, key=lambda c: CODES.index(c)), tp=tp, type=canon,
             resp=resp, partners=list(partners), period=period, desc=desc)
    d.update(kw)
    return d


def og(items, word="og"):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def oldnr(codes):
    return [OLDNR[c] for c in codes]
