# -*- coding: utf-8 -*-
"""Shared vocabulary for batch match42: delmål texts, old numbering, type words, measure helper."""

DELMAL = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU) bestående av forskere, analytikere og representanter for alle hovedorganisasjonene i arbeidslivet og departementene.",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle, og legge bedre til rette for regionalt samarbeid mellom ulike kompetanseaktører.",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning, med særlig vekt på de regionale karrieresentrene.",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet, for å gjøre utdanningen relevant og for å gi bedre tilgang på kvalifisert arbeidskraft i alle regioner.",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken for å utnytte den teknologiske utviklingen og sikre nødvendig omstilling.",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet og spesielt kunnskapen om verdien av å investere i kompetanseutvikling for samfunnet, virksomheten og den enkelte.",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker.",
    "2.4": "Arbeide mer systematisk for å koble kompetansebehov i små og store virksomheter og ulike klynger og næringsmiljø til utdannings- og opplæringstilbydere for utvikling av relevante etter- og videreutdanningstilbud.",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet, slik at denne kan utnyttes mer effektivt.",
    "2.6": "Forenkle og forbedre systemene for, og tilgangen på, godkjenning og vurdering av utenlandsk utdanning, yrkeskvalifikasjoner og kompletterende utdanning.",
    "3.1": "Gi fleksibel opplæring på voksnes premisser med sikte på raskere overgang til arbeid eller videre opplæring og at flest mulig voksne får anledning til å ta videregående opplæring.",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene, inkludert prosjekter i samiske områder.",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken, og benytte arbeidslivet mer aktivt som læringsarena.",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere.",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere som trenger kvalifisering for å komme i jobb.",
    "3.6": "Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom opplæring i frivillig sektor.",
}
CODES = list(DELMAL)

# the beginning of each delmål, as writers quote it (cut with '…')
DELMAL_START = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Arbeide mer systematisk for å koble kompetansebehov i virksomheter til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle og forbedre systemene for godkjenning og vurdering av utenlandsk utdanning",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til at flere finner læringsmotivasjon gjennom opplæring i frivillig sektor",
}

# short names (bokmål) – the writers' own shorthand
DELMAL_SHORT = {
    "1.1": "kompetansebehovsutvalg", "1.2": "regionalt nivå", "1.3": "karriereveiledning",
    "1.4": "utdanning og arbeidsliv", "2.1": "digital kompetanse", "2.2": "kunnskapsgrunnlag",
    "2.3": "yrkesfagene", "2.4": "etter- og videreutdanning", "2.5": "dokumentert kompetanse",
    "2.6": "utenlandsk utdanning", "3.1": "fleksibel opplæring for voksne", "3.2": "Kompetansepluss",
    "3.3": "arbeidsmarkeds- og integreringspolitikken", "3.4": "norskopplæring", "3.5": "NAVs opplæringstilbud",
    "3.6": "frivillig sektor",
}

# nynorsk short wording
DELMAL_NN = {
    "1.1": "kompetansebehovsutval", "1.2": "regionalt folkevalt nivå", "1.3": "karriererettleiing",
    "1.4": "samarbeid mellom utdanning og arbeidsliv", "2.1": "digital kompetanse", "2.2": "kunnskapsgrunnlag om læring i arbeidslivet",
    "2.3": "karrieremoglegheiter i yrkesfaga", "2.4": "etter- og vidareutdanning som svarer på kompetansebehov",
    "2.5": "dokumentasjon av kompetanse frå arbeidslivet", "2.6": "godkjenning av utanlandsk utdanning",
    "3.1": "fleksibel opplæring for vaksne", "3.2": "Kompetansepluss/Kompetanseprogrammet",
    "3.3": "opplæring i arbeidsmarknads- og integreringspolitikken", "3.4": "norskopplæring for innvandrarar",
    "3.5": "NAV sitt opplæringstilbod", "3.6": "opplæring i frivillig sektor",
}

# old numbering (2017): strategy tiltak n -> n-th delmål
OLD = {i + 1: c for i, c in enumerate(CODES)}
NEW2OLD = {c: i + 1 for i, c in enumerate(CODES)}

AREAS = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}
AREAS_NN = {
    "1": "Gode val for den einskilde og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet",
}

# printed type words (lower-cased) -> canonical type.  Words of another kind -> Annet.
TYPE_MAP = {
    # FoU
    "fou": "FoU", "forskning og utvikling": "FoU", "forskning": "FoU", "analyse": "FoU", "undersøkelse": "FoU",
    "utredning": "FoU", "fou-prosjekt": "FoU", "kartlegging": "FoU", "evaluering": "FoU", "granskning": "FoU",
    "undersøking": "FoU", "analysearbeid": "FoU",
    # Kurs/utdanning
    "kurs": "Kurs/utdanning", "kurs/utdanning": "Kurs/utdanning", "kurs/opplæring": "Kurs/utdanning",
    "opplæring": "Kurs/utdanning", "utdanning": "Kurs/utdanning", "skolering": "Kurs/utdanning",
    "opplæringstiltak": "Kurs/utdanning", "kurs og utdanning": "Kurs/utdanning", "utdanningstilbod": "Kurs/utdanning",
    # Råd/utvalg/nettverk
    "råd/utvalg/nettverk": "Råd/utvalg/nettverk", "råd/utvalg": "Råd/utvalg/nettverk", "råd": "Råd/utvalg/nettverk",
    "utvalg": "Råd/utvalg/nettverk", "nettverk": "Råd/utvalg/nettverk", "forum": "Råd/utvalg/nettverk",
    "arbeidsgruppe": "Råd/utvalg/nettverk", "råd og utvalg": "Råd/utvalg/nettverk", "råd/utval": "Råd/utvalg/nettverk",
    "utvalgsarbeid": "Råd/utvalg/nettverk", "rådsarbeid": "Råd/utvalg/nettverk", "nettverk/forum": "Råd/utvalg/nettverk",
    "arbeidsgruppe/utvalg": "Råd/utvalg/nettverk", "utval": "Råd/utvalg/nettverk", "referansegruppe": "Råd/utvalg/nettverk",
    # Prosjekt
    "prosjekt": "Prosjekt", "prosjekt/forsøk": "Prosjekt", "pilot": "Prosjekt", "forsøk": "Prosjekt",
    "utviklingsprosjekt": "Prosjekt",
    # Informasjon
    "informasjon": "Informasjon", "informasjonsarbeid": "Informasjon", "nettside": "Informasjon",
    "brev": "Informasjon", "veiledningsmateriell": "Informasjon", "informasjonstiltak": "Informasjon",
    # Arrangement
    "arrangement": "Arrangement", "konferanse": "Arrangement", "seminar": "Arrangement", "møteplass": "Arrangement",
    "webinar": "Arrangement", "samling": "Arrangement",
    # Annet (words of another kind)
    "avtale": "Annet", "plan": "Annet", "reform": "Annet", "ordning": "Annet", "tilskudd": "Annet",
    "tilskot": "Annet", "tilskuddsordning": "Annet", "stipendordning": "Annet", "høringsinnspill": "Annet",
    "tariffkrav": "Annet", "tjeneste": "Annet", "teneste": "Annet", "annet": "Annet", "forenkling": "Annet",
    "avtale/samarbeid": "Annet", "plan/program": "Annet",
}


def canon_type(word):
    w = word.strip().lower().rstrip(".")
    if w not in TYPE_MAP:
        raise KeyError("unknown type word: %r" % word)
    return TYPE_MAP[w]


def M(tid, title, dm, tp, resp, partners, period, desc, **extra):
    """One measure row: ground-truth fields + the printed type word + per-layout extras."""
    dm = sorted(dm, key=lambda c: CODES.index(c))
    d = dict(id=tid, title=title, dm=dm, tp=tp, type=canon_type(tp), resp=resp,
             partners=list(partners), period=period, desc=desc)
    d.update(extra)
    return d


def join_og(items, og="og"):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " %s " % og + items[-1]


def codes_og(dm, og="og"):
    return join_og(dm, og)


def old_nrs(dm):
    return [NEW2OLD[c] for c in dm]
