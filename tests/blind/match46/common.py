"""Shared definitions for batch match46: delmål, wordings, type mapping, row helper."""

CODES = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
         "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
OLDNR = {c: i + 1 for i, c in enumerate(CODES)}          # code -> old NKPS tiltak nr (2017)

# short bokmål wordings (beginning of the delmål text in Vedlegg 1)
WORDS = {
    "1.1": "Etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "Styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "Arbeide mer systematisk for å koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere",
    "2.5": "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "Forenkle og forbedre systemene for godkjenning av utenlandsk utdanning",
    "3.1": "Gi fleksibel opplæring på voksnes premisser",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene",
    "3.3": "Benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæring, introduksjonsprogrammet og øvrige kvalifiseringstiltak for innvandrere",
    "3.5": "Styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Stimulere til at flere finner læringsmotivasjon gjennom opplæring i frivillig sektor",
}
# nynorsk wordings
WORDS_NN = {
    "1.1": "Etablere eit kompetansebehovsutval (KBU)",
    "1.2": "Styrkje det kompetansepolitiske ansvaret og samordningsrolla til regionalt folkevalt nivå",
    "1.3": "Sørgje for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing",
    "1.4": "Vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet",
    "2.1": "Styrkje og vidareutvikle den digitale kompetansen i heile arbeidsstyrken",
    "2.2": "Styrkje kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "Samarbeide om å synleggjere og utvikle karrieremoglegheitene i yrkesfaglege utdanningar og yrke",
    "2.4": "Arbeide meir systematisk for å kople kompetansebehov i verksemder og klynger til tilbydarar",
    "2.5": "Gjere det enklare å få dokumentert kompetanse som er tileigna i arbeidslivet",
    "2.6": "Forenkle og betre systema for godkjenning av utanlandsk utdanning",
    "3.1": "Gi fleksibel opplæring på premissane til vaksne",
    "3.2": "Stimulere til bruk av Kompetansepluss-ordningane",
    "3.3": "Bruke opplærings- og kompetansetiltak meir aktivt i arbeidsmarknads- og integreringspolitikken",
    "3.4": "Målrette og effektivisere norskopplæringa og introduksjonsprogrammet for innvandrarar",
    "3.5": "Styrkje og tilpasse opplæringstilbodet til NAV for arbeidssøkjarar",
    "3.6": "Stimulere til at fleire finn læringsmotivasjon gjennom opplæring i frivillig sektor",
}

SIX = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]

# printed type words -> canonical type (every printed word used in the batch is listed)
TYPEMAP = {
    "fou": "FoU", "forskning og utvikling": "FoU", "forsking og utvikling": "FoU", "forsking": "FoU",
    "forskning": "FoU", "utredning": "FoU", "utgreiing": "FoU", "analyse": "FoU", "undersøkelse": "FoU",
    "evaluering": "FoU", "kunnskapsgrunnlag": "FoU", "rapport": "FoU",
    "kurs/utdanning": "Kurs/utdanning", "kurs": "Kurs/utdanning", "utdanning": "Kurs/utdanning",
    "opplæring": "Kurs/utdanning", "kurs og utdanning": "Kurs/utdanning", "skolering": "Kurs/utdanning",
    "kurs / utdanning": "Kurs/utdanning", "opplæringstiltak": "Kurs/utdanning",
    "råd/utvalg/nettverk": "Råd/utvalg/nettverk", "råd/utval/nettverk": "Råd/utvalg/nettverk",
    "råd, utvalg, nettverk": "Råd/utvalg/nettverk", "nettverk": "Råd/utvalg/nettverk",
    "råd": "Råd/utvalg/nettverk", "utvalg": "Råd/utvalg/nettverk", "utval": "Råd/utvalg/nettverk",
    "rådsarbeid": "Råd/utvalg/nettverk", "forum": "Råd/utvalg/nettverk", "partssamarbeid": "Råd/utvalg/nettverk",
    "råd/utvalg/ nettverk": "Råd/utvalg/nettverk", "representasjon": "Råd/utvalg/nettverk",
    "prosjekt": "Prosjekt", "utviklingsprosjekt": "Prosjekt", "pilot": "Prosjekt", "forsøk": "Prosjekt",
    "informasjon": "Informasjon", "kampanje": "Informasjon", "informasjonstiltak": "Informasjon",
    "kommunikasjon": "Informasjon", "informasjonsarbeid": "Informasjon",
    "arrangement": "Arrangement", "konferanse": "Arrangement", "seminar": "Arrangement",
    "møteplass": "Arrangement", "frokostmøte": "Arrangement", "arrangement/konferanse": "Arrangement",
    "arbeidsgruppe": "Råd/utvalg/nettverk", "råd, utvalg og nettverk": "Råd/utvalg/nettverk",
    "råd og nettverk": "Råd/utvalg/nettverk", "utdanningstilbod": "Kurs/utdanning",
}
# words deliberately NOT mapped (→ Annet): tilskuddsordning, tilskot, avtale, ordning, plan, strategi,
# program, lovendring, regelverk, drift, verktøy, tenestetilbod, stipend, forvaltning, plattform,
# reform, tjeneste


def canon_type(printed):
    return TYPEMAP.get(printed.strip().lower(), "Annet")


def M(tid, title, delmal, typ, resp, partners, period, desc, **kw):
    """One measure row. delmal: 'x.y x.y'; typ: the type word as printed; partners: list or '; '-string."""
    if isinstance(partners, str):
        partners = [p.strip() for p in partners.split(";") if p.strip()]
    row = dict(tid=tid, title=title, delmal=sorted(delmal.split(), key=CODES.index), type_printed=typ,
               type=canon_type(typ), responsible=resp, partners=partners, period=period, description=desc)
    row.update(kw)
    return row


def oldnr_list(codes, joiner=" og "):
    nums = [str(OLDNR[c]) for c in codes]
    if len(nums) == 1:
        return nums[0]
    return ", ".join(nums[:-1]) + joiner + nums[-1]


def codes_join(codes, sep=", ", last=" og "):
    if len(codes) == 1:
        return codes[0]
    if last is None:
        return sep.join(codes)
    return sep.join(codes[:-1]) + last + codes[-1]
