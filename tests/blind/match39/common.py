# -*- coding: utf-8 -*-
"""Shared helpers for match39 renderers (wording of the delmål, joiners)."""

# delmål wording (bokmål, from the strategy; used shortened in some files)
DELMAL_NB = {
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

# shorter wording, as KS 2018 writes it in its answers
DELMAL_KS18 = {
    "1.3": "Tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Samarbeidet mellom utdanningstilbydere og arbeidslivet",
    "2.1": "Digital kompetanse i hele arbeidsstyrken",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Synliggjøre karrieremulighetene i yrkesfagene",
}


def og(items, word="og"):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def codes_og(codes, word="og"):
    return og(codes, word)


def oldnr_text(nums, word="og"):
    return og([str(n) for n in nums], word)
