"""The strategy's delmål and helpers to print them the ways members do."""

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

# Short quotations, the way a secretary cuts a delmål down ("…").
DELMAL_SHORT = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU) …",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle …",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning …",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet …",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken …",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet …",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Arbeide mer systematisk for å koble kompetansebehov i små og store virksomheter … til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet …",
    "2.6": "Forenkle og forbedre systemene for godkjenning og vurdering av utenlandsk utdanning …",
    "3.1": "Gi fleksibel opplæring på voksnes premisser …",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene …",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken …",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere …",
    "3.6": "Stimulere til at flere finner læringsmotivasjon … gjennom opplæring i frivillig sektor",
}

# Nynorsk renderings used by Vestland.
DELMAL_NN = {
    "1.2": "Styrkje det regionale folkevalde nivået sitt kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sikre tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing",
    "1.4": "Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet",
    "2.4": "Kople kompetansebehov i verksemder og klynger til utdannings- og opplæringstilbydarar",
    "3.1": "Gi fleksibel opplæring på premissane til vaksne",
    "3.3": "Nytte opplærings- og kompetansetiltak meir aktivt i arbeidsmarknads- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæringa og introduksjonsprogrammet",
    "3.5": "Styrkje og tilpasse opplæringstilbodet i NAV",
}

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


def old_number(code):
    """Old 2017 numbering: tiltak n is the n-th delmål in order."""
    area, sub = code.split(".")
    return {"1": 0, "2": 4, "3": 10}[area] + int(sub)


def join_no(items, last=" og "):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + last + items[-1]


def codes(codes_, sep=", "):
    return sep.join(codes_)


def old_numbers(codes_):
    return join_no([str(old_number(c)) for c in codes_])
