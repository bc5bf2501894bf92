# -*- coding: utf-8 -*-
"""Shared constants for batch match32: delmål texts, old NKPS numbering, near-miss groups."""

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
CODES = list(DELMAL.keys())
OLD2NEW = {i + 1: c for i, c in enumerate(CODES)}  # NKPS tiltak nr n -> n-th delmål

# short wordings (bokmål) used where a report quotes only the start of a delmål
DELMAL_SHORT = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle godkjenning og vurdering av utenlandsk utdanning",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor",
}

# nynorsk wordings (used by Sogn og Fjordane / Vestland)
DELMAL_NN = {
    "1.1": "Etablere eit kompetansebehovsutval (KBU)",
    "1.2": "Styrkje regionalt folkevalt nivå sitt kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørgje for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing",
    "1.4": "Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet",
    "2.1": "Styrkje og vidareutvikle den digitale kompetansen i heile arbeidsstyrken",
    "2.2": "Styrkje kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Samarbeide om å synleggjere og utvikle karrieremoglegheitene i yrkesfaglege utdanningar og yrke",
    "2.4": "Kople kompetansebehov i verksemder og klynger til utdannings- og opplæringstilbydarar",
    "2.5": "Gjere det enklare å få dokumentert kompetanse som er skaffa i arbeidslivet",
    "2.6": "Forenkle godkjenning og vurdering av utanlandsk utdanning",
    "3.1": "Gi fleksibel opplæring på premissane til vaksne",
    "3.2": "Stimulere til bruk av Kompetansepluss-ordningane",
    "3.3": "Bruke opplærings- og kompetansetiltak meir aktivt i arbeidsmarknads- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og andre kvalifiseringstiltak for innvandrarar",
    "3.5": "Styrkje og tilpasse opplæringstilbodet i NAV for arbeidssøkjarar",
    "3.6": "Stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor",
}

AREAS = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}
AREAS_NN = {
    "1": "Gode val for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet",
}

# The strategy's own numbered list (end of seed 004): (text, hovedansvarlig)
STRATEGY16 = [
    ("Etablere et kompetansebehovsutvalg (KBU).", "KD"),
    ("Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle, og legge bedre til rette for regionalt samarbeid mellom ulike kompetanseaktører.", "KMD og fylkene"),
    ("Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning med særlig vekt på de regionale karrieresentrene.", "KD"),
    ("Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet, for å gjøre utdanningen relevant og for å gi bedre tilgang på kvalifisert arbeidskraft i alle regioner.", ""),
    ("Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken for å imøtekomme den teknologiske utviklingen og sikre nødvendig omstilling.", "Partene i arbeidslivet"),
    ("Styrke kunnskapsgrunnlaget om læring i arbeidslivet og spesielt kunnskapen om verdien av å investere i kompetanseutvikling for samfunnet, virksomheten og den enkelte.", "Partene i arbeidslivet"),
    ("Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker.", ""),
    ("Arbeide mer systematisk for å koble kompetansebehov i små og store virksomheter og ulike klynger og næringsmiljø til utdannings- og opplæringstilbydere for utvikling av relevante etter- og videreutdanningstilbud.", "KD, KMD og NFD"),
    ("Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet, slik at denne kan utnyttes mer effektivt.", "Virke, NHO, LO og YS"),
    ("Forenkle og forbedre systemene for og tilgangen på godkjenning og vurdering av utenlandsk utdanning, yrkeskvalifikasjoner og kompletterende utdanning.", "KD"),
    ("Gi fleksibel opplæring på voksnes premisser med sikte på raskere overgang til arbeid eller videre opplæring og at flest mulig voksne får anledning til å ta videregående opplæring.", "KD, ASD og JD"),
    ("Stimulere til bruk av Kompetanseplussordningene, inkludert prosjekter i samiske områder.", "KD"),
    ("Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken, og at arbeidslivet benyttes mer aktivt som læringsarena.", "ASD og JD"),
    ("Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere.", "JD"),
    ("Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere som trenger kvalifisering for å komme i jobb.", "ASD"),
    ("Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom opplæring i frivillig sektor.", "VOFO"),
]

TYPES = ["Kurs/utdanning", "Prosjekt", "Råd/utvalg/nettverk", "FoU", "Arrangement", "Annet"]

# Near-miss groups: lists of tiltak ids that look alike but are different tiltak.
# Every pair of rows (in any file) whose ids are in the same group and differ is a near-miss pair.
NEAR_MISS_GROUPS = {
    "NM01 læreplass-avtaler": ["T04", "T05", "SP3", "KS3"],
    "NM02 fagbrev": ["T19", "T06", "SF4", "TR2", "NAV1"],
    "NM03 modulstrukturert opplæring": ["T15", "T16", "VL5"],
    "NM04 bransjeprogram": ["T07", "T08", "VI3"],
    "NM05 kompetanseløft helse/omsorg": ["T21", "T24"],
    "NM06 regionale kompetanseforum": ["SF2", "VL1"],
    "NM07 fylkenes planer/ordninger": ["SF5", "VL2", "VL4", "TR1", "HK2"],
    "NM08 regionale karrieresentre": ["SF3", "VL3", "TR3"],
    "NM09 nasjonal karriereveiledning": ["T11", "T12"],
    "NM10 forbundenes egne kurs": ["YS3", "UN4", "UN3"],
    "NM11 FoU-rapporter EVU": ["AK2", "AK3", "AK4", "UN1", "UN2"],
    "NM12 Kompetansepluss": ["T09", "SP1", "VO1", "VO2"],
    "NM13 studieforbund": ["VO3", "VO4", "VO5"],
    "NM14 nasjonale utvalg": ["T01", "T13"],
    "NM15 digital kompetanse": ["T14", "T18"],
    "NM16 samarbeidsråd": ["T02", "T03", "T17"],
    "NM17 monitorer": ["HK1", "KS2"],
    "NM18 NHO-bestilte rapporter": ["NHO2", "NHO4"],
    "NM19 NAVs opplæring for arbeidssøkere": ["NAV2", "NAV3"],
}
