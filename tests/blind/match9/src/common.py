"""Shared data: delmål texts, old numbering, type list, row helper."""

DELMAL = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU) bestående av forskere, analytikere og "
           "representanter for alle hovedorganisasjonene i arbeidslivet og departementene.",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle, og "
           "legge bedre til rette for regionalt samarbeid mellom ulike kompetanseaktører.",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning, "
           "med særlig vekt på de regionale karrieresentrene.",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet, for "
           "å gjøre utdanningen relevant og for å gi bedre tilgang på kvalifisert arbeidskraft i alle regioner.",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken for å utnytte den "
           "teknologiske utviklingen og sikre nødvendig omstilling.",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet og spesielt kunnskapen om verdien av å "
           "investere i kompetanseutvikling for samfunnet, virksomheten og den enkelte.",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker.",
    "2.4": "Arbeide mer systematisk for å koble kompetansebehov i små og store virksomheter og ulike "
           "klynger og næringsmiljø til utdannings- og opplæringstilbydere for utvikling av relevante "
           "etter- og videreutdanningstilbud.",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet, slik at denne kan "
           "utnyttes mer effektivt.",
    "2.6": "Forenkle og forbedre systemene for, og tilgangen på, godkjenning og vurdering av utenlandsk "
           "utdanning, yrkeskvalifikasjoner og kompletterende utdanning.",
    "3.1": "Gi fleksibel opplæring på voksnes premisser med sikte på raskere overgang til arbeid eller "
           "videre opplæring og at flest mulig voksne får anledning til å ta videregående opplæring.",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene, inkludert prosjekter i samiske områder.",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og "
           "integreringspolitikken, og benytte arbeidslivet mer aktivt som læringsarena.",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige "
           "kvalifiseringstiltak for innvandrere.",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere som trenger kvalifisering for å "
           "komme i jobb.",
    "3.6": "Stimulere til at flere finner læringsmotivasjon og bygger sin læringsevne gjennom "
           "opplæring i frivillig sektor.",
}

# short names used by some reporters next to the code
DELMAL_SHORT = {
    "1.1": "Kompetansebehovsutvalg", "1.2": "Regionalt folkevalgt nivå",
    "1.3": "Karriereveiledning", "1.4": "Samarbeid utdanning og arbeidsliv",
    "2.1": "Digital kompetanse", "2.2": "Kunnskapsgrunnlag om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfag", "2.4": "Kobling av kompetansebehov og EVU-tilbud",
    "2.5": "Dokumentasjon av kompetanse", "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring for voksne", "3.2": "Kompetansepluss",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken", "3.4": "Norskopplæring og kvalifisering",
    "3.5": "NAVs opplæringstilbud", "3.6": "Læring i frivillig sektor",
}

CODES = list(DELMAL.keys())
OLD_NR = {c: i + 1 for i, c in enumerate(CODES)}  # 1.1 -> 1 ... 3.6 -> 16

AREAS = {
    "1": "Hovedinnsatsområde 1: Gode valg for den enkelte og for samfunnet",
    "2": "Hovedinnsatsområde 2: Læring i arbeidslivet",
    "3": "Hovedinnsatsområde 3: Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}

TYPES = ["Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "FoU/utredning",
         "Tilskudd/ordning", "Informasjon/veiledning", "Arrangement", "Annet"]

KURS, RAD, PROS, FOU, TILS, INFO, ARR, ANNET = TYPES


def M(tid, title, delmal, ty, r="", p="", per="", desc="", typ=None, **extra):
    """One measure row. delmal: 'x.y, x.y' string. typ: type as printed (default canonical)."""
    assert ty in TYPES, ty
    codes = [c.strip() for c in delmal.split(",") if c.strip()]
    for c in codes:
        assert c in DELMAL, c
    d = dict(id=tid, t=title, d=codes, ty=ty, typ=typ if typ is not None else ty,
             r=r, p=p, per=per, desc=desc)
    d.update(extra)
    return d


def old_nr_text(codes):
    nrs = [str(OLD_NR[c]) for c in codes]
    if len(nrs) == 1:
        return nrs[0]
    return ", ".join(nrs[:-1]) + " og " + nrs[-1]
