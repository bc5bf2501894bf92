# -*- coding: utf-8 -*-
"""Shared facts for batch match47: delmål texts, type words, helpers."""

CODES = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
         "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
OLD_NR = {c: i + 1 for i, c in enumerate(CODES)}   # old NKPS tiltak nr 1-16


def old_nr(code):
    return OLD_NR[code]


# full wording (Vedlegg 1 of the 2018 summary), used where a report quotes the delmål
FULL = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU) bestående av forskere, analytikere og representanter for alle hovedorganisasjonene i arbeidslivet og departementene",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle, og legge bedre til rette for regionalt samarbeid mellom ulike kompetanseaktører",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning, med særlig vekt på de regionale karrieresentrene",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet, for å gjøre utdanningen relevant og for å gi bedre tilgang på kvalifisert arbeidskraft i alle regioner",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken for å utnytte den teknologiske utviklingen og sikre nødvendig omstilling",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet og spesielt kunnskapen om verdien av å investere i kompetanseutvikling for samfunnet, virksomheten og den enkelte",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Arbeide mer systematisk for å koble kompetansebehov i små og store virksomheter og ulike klynger og næringsmiljø til utdannings- og opplæringstilbydere for utvikling av relevante etter- og videreutdanningstilbud",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet, slik at denne kan utnyttes mer effektivt",
    "2.6": "Forenkle og forbedre systemene for, og tilgangen på, godkjenning og vurdering av utenlandsk utdanning, yrkeskvalifikasjoner og kompletterende utdanning",
    "3.1": "Gi fleksibel opplæring på voksnes premisser med sikte på raskere overgang til arbeid eller videre opplæring og at flest mulig voksne får anledning til å ta videregående opplæring",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene, inkludert prosjekter i samiske områder",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken, og benytte arbeidslivet mer aktivt som læringsarena",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere som trenger kvalifisering for å komme i jobb",
    "3.6": "Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom opplæring i frivillig sektor",
}

# short bokmål wordings, as members paraphrase them
SHORT = {
    "1.1": "Kompetansebehovsutvalget",
    "1.2": "Regionalt folkevalgt nivås kompetansepolitiske rolle",
    "1.3": "Tilgang til karriereveiledning",
    "1.4": "Samarbeid mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse i arbeidsstyrken",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfag",
    "2.4": "Koble kompetansebehov til etter- og videreutdanningstilbud",
    "2.5": "Dokumentere kompetanse ervervet i arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring på voksnes premisser",
    "3.2": "Kompetanseplussordningene",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering for innvandrere",
    "3.5": "NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Læringsmotivasjon gjennom frivillig sektor",
}

# short nynorsk wordings
NN = {
    "1.1": "Kompetansebehovsutvalet",
    "1.2": "Regionalt folkevalt nivå si kompetansepolitiske rolle",
    "1.3": "Tilgang til karriererettleiing",
    "1.4": "Samarbeid mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse i heile arbeidsstyrken",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremoglegheiter i yrkesfag",
    "2.4": "Kople kompetansebehov til etter- og vidareutdanning",
    "2.5": "Dokumentere kompetanse frå arbeidslivet",
    "2.6": "Godkjenning av utanlandsk utdanning",
    "3.1": "Fleksibel opplæring på vaksne sine premissar",
    "3.2": "Kompetanseplussordningane",
    "3.3": "Opplæring i arbeidsmarknads- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering for innvandrarar",
    "3.5": "NAV sitt opplæringstilbod for arbeidssøkjarar",
    "3.6": "Læringsmotivasjon gjennom frivillig sektor",
}

AREA = {"1": "Gode valg for den enkelte og for samfunnet",
        "2": "Læring i arbeidslivet",
        "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
AREA_NN = {"1": "Gode val for den einskilde og for samfunnet",
           "2": "Læring i arbeidslivet",
           "3": "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet"}

# printed type words -> canonical type (the strategy's six, else Annet)
TYPE_MAP = {
    # clear spellings of the six
    "FoU": "FoU", "FOU": "FoU", "Forskning og utvikling": "FoU", "FoU-prosjekt": "FoU", "Forsking og utvikling": "FoU",
    "Kurs/utdanning": "Kurs/utdanning", "Kurs": "Kurs/utdanning", "kurs": "Kurs/utdanning", "Utdanning": "Kurs/utdanning",
    "Kurs / utdanning": "Kurs/utdanning", "KURS/UTDANNING": "Kurs/utdanning", "Kurs/utdanning ": "Kurs/utdanning",
    "Råd/utvalg/nettverk": "Råd/utvalg/nettverk", "Råd/utval/nettverk": "Råd/utvalg/nettverk",
    "Råd/utvalg/ nettverk": "Råd/utvalg/nettverk", "Nettverk": "Råd/utvalg/nettverk", "nettverk": "Råd/utvalg/nettverk",
    "Råd": "Råd/utvalg/nettverk", "Utvalg": "Råd/utvalg/nettverk", "Utval": "Råd/utvalg/nettverk",
    "Råd/utvalg": "Råd/utvalg/nettverk", "Råd / utvalg / nettverk": "Råd/utvalg/nettverk",
    "Prosjekt": "Prosjekt", "prosjekt": "Prosjekt", "PROSJEKT": "Prosjekt",
    "Informasjon": "Informasjon", "informasjon": "Informasjon", "Info": "Informasjon", "Informasjonstiltak": "Informasjon",
    "Arrangement": "Arrangement", "arrangement": "Arrangement", "Konferanse": "Arrangement", "Seminar": "Arrangement",
    # words that are none of the six
    "Avtale": "Annet", "Tilskudd": "Annet", "Tilskot": "Annet", "Plan": "Annet", "Ordning": "Annet",
    "Reform": "Annet", "Stipend": "Annet", "Velg et element.": "Annet", "Tilskuddsordning": "Annet",
    "Strategi": "Annet", "Annet": "Annet", "Anna": "Annet", "Kampanje": "Annet", "Tenestetilbod": "Annet",
    "Tjeneste": "Annet", "Lovarbeid": "Annet", "Plan/strategi": "Annet",
}


def canon_type(word):
    return TYPE_MAP[word]

# the strategy's own list: responsible per old tiltak nr (004)
STRAT_RESP = {1: "KD", 2: "KMD og fylkene", 3: "KD", 4: "", 5: "Partene i arbeidslivet",
              6: "Partene i arbeidslivet", 7: "", 8: "KD, KMD og NFD", 9: "Virke, NHO, LO og YS",
              10: "KD", 11: "KD, ASD og JD", 12: "KD", 13: "ASD og JD", 14: "JD", 15: "ASD", 16: "VOFO"}


def og_join(items, conj="og"):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " " + conj + " " + items[-1]
