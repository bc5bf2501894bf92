"""The 16 delmål of NKPS 2017-2021, old numbering and short labels."""

CODES = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
         "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]

OLD = {c: i + 1 for i, c in enumerate(CODES)}  # "2.1" -> 5

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

# short topic labels, used in headings by several templates
SHORT = {
    "1.1": "Kompetansebehovsutvalget",
    "1.2": "Regionalt folkevalgt nivå og regionalt samarbeid",
    "1.3": "Karriereveiledning",
    "1.4": "Samarbeid mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse",
    "2.2": "Kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfagene",
    "2.4": "Kobling av kompetansebehov og etter- og videreutdanning",
    "2.5": "Dokumentasjon av kompetanse fra arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring for voksne",
    "3.2": "Kompetanseplussordningene",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering av innvandrere",
    "3.5": "NAVs opplæringstilbud",
    "3.6": "Læring i frivillig sektor",
}
SHORT_NN = {
    "1.2": "Regionalt folkevalt nivå og regionalt samarbeid",
    "1.3": "Karriererettleiing",
    "1.4": "Samarbeid mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse",
    "2.4": "Kopling av kompetansebehov og etter- og vidareutdanning",
    "3.1": "Fleksibel opplæring for vaksne",
    "3.3": "Opplæring i arbeidsmarknads- og integreringspolitikken",
    "3.6": "Læring i frivillig sektor",
}

TEXT = {
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


def area(code):
    return code.split(".")[0]


def old_numbers(codes, sep=" og "):
    nums = [str(OLD[c]) for c in codes]
    if len(nums) <= 1:
        return "".join(nums)
    return ", ".join(nums[:-1]) + sep + nums[-1]
