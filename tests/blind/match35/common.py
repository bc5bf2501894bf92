# -*- coding: utf-8 -*-
"""Shared constants and helpers for blind batch match35.

The batch content lives in data_a.py ... data_d.py (one list FILES_x of file
dicts per module).  make_batch.py renders them (render_*.py) and writes the
ground truth.  `continues` is computed, never typed by hand.
"""

# the 16 delmål in Vedlegg-1 order (= old NKPS tiltak nr. 1-16)
CODES = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
         "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
OLD_NR = {c: i + 1 for i, c in enumerate(CODES)}

# short delmål wordings, bokmål
WORDS_NB = {
    "1.1": "etablere et kompetansebehovsutvalg (KBU)",
    "1.2": "styrke regionalt folkevalgt nivås kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning",
    "1.4": "videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet",
    "2.1": "styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken",
    "2.2": "styrke kunnskapsgrunnlaget om læring i arbeidslivet",
    "2.3": "synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "2.4": "koble kompetansebehov i virksomheter og klynger til utdannings- og opplæringstilbydere",
    "2.5": "gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet",
    "2.6": "forenkle og forbedre godkjenning av utenlandsk utdanning",
    "3.1": "gi fleksibel opplæring på voksnes premisser",
    "3.2": "stimulere til bruk av Kompetanseplussordningene",
    "3.3": "benytte opplærings- og kompetansetiltak mer aktivt i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "målrette og effektivisere norskopplæring og kvalifisering for innvandrere",
    "3.5": "styrke og tilpasse NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "stimulere til læringsmotivasjon gjennom opplæring i frivillig sektor",
}
# full wordings as used in the secretariat's 2022 web form (Spekter 2022)
FULL_NB = {
    "1.3": "Sørge for tilgang til karriereveiledning og et helhetlig system for karriereveiledning, med særlig vekt på de regionale karrieresentrene",
    "1.4": "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet, for å gjøre utdanningen relevant og for å gi bedre tilgang på kvalifisert arbeidskraft i alle regioner",
    "2.2": "Styrke kunnskapsgrunnlaget om læring i arbeidslivet og spesielt kunnskapen om verdien av å investere i kompetanseutvikling for samfunnet, virksomheten og den enkelte",
    "2.3": "Samarbeide om å synliggjøre og utvikle karrieremulighetene i yrkesfaglige utdanninger og yrker",
    "3.2": "Stimulere til bruk av Kompetanseplussordningene, inkludert prosjekter i samiske områder",
}
# short delmål wordings, nynorsk
WORDS_NN = {
    "1.2": "styrkje regionalt folkevalt nivå sitt kompetansepolitiske ansvar og samordningsrolle",
    "1.3": "sørgje for tilgang til karriererettleiing og eit heilskapleg system for karriererettleiing",
    "1.4": "vidareutvikle samarbeidet mellom opplærings- og utdanningstilbydarar og arbeidslivet",
    "2.5": "gjere det enklare å få dokumentert kompetanse frå arbeidslivet",
    "3.1": "gi fleksibel opplæring på premissane til vaksne",
}

AREAS_NB = {"1": "Gode valg for den enkelte og for samfunnet",
            "2": "Læring i arbeidslivet",
            "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet"}
AREAS_NN = {"1": "Gode val for den einskilde og for samfunnet",
            "2": "Læring i arbeidslivet",
            "3": "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet"}

TYPES = ["Kurs/utdanning", "Prosjekt", "Råd/utvalg/nettverk", "FoU", "Arrangement", "Annet"]

# printed type word (lower case) -> canonical type.  Everything that is a plain
# synonym of one of the five named types maps to it; all other words -> Annet.
TYPE_MAP = {
    "fou": "FoU", "utredning": "FoU", "studie": "FoU", "forskning": "FoU",
    "kurs": "Kurs/utdanning", "kurs/utdanning": "Kurs/utdanning", "skolering": "Kurs/utdanning",
    "utdanningstilbud": "Kurs/utdanning", "utdanningstilbod": "Kurs/utdanning",
    "opplæringstilbud": "Kurs/utdanning", "opplæring": "Kurs/utdanning",
    "prosjekt": "Prosjekt",
    "råd": "Råd/utvalg/nettverk", "utvalg": "Råd/utvalg/nettverk", "råd/utvalg": "Råd/utvalg/nettverk",
    "nettverk": "Råd/utvalg/nettverk", "råd/utvalg/nettverk": "Råd/utvalg/nettverk",
    "konferanse": "Arrangement", "arrangement": "Arrangement", "arr.": "Arrangement",
    "info": "Annet", "informasjon": "Annet", "avtale": "Annet", "brev": "Annet", "kampanje": "Annet",
    "ordning": "Annet", "plan": "Annet", "strategi": "Annet", "tjeneste": "Annet", "teneste": "Annet",
    "digital tjeneste": "Annet", "digital plattform": "Annet", "tilskudd": "Annet",
    "tilskuddsordning": "Annet", "forskriftsendring": "Annet", "stipendordning": "Annet",
    "annet (avtale)": "Annet",
}


def canon_type(word):
    return TYPE_MAP[word.strip().lower()]


def M(tid, title, dm, ty, resp, partners, period, desc, **extra):
    """One measure row.  ty = the type word as PRINTED in the document;
    the canonical type is derived with TYPE_MAP.  dm = delmål codes (truth);
    how they are printed is decided by the layout."""
    r = {"tiltak_id": tid, "title": title, "delmal": sorted(dm), "type_printed": ty,
         "type": canon_type(ty), "responsible": resp, "partners": list(partners),
         "period": period, "description": desc}
    for c in dm:
        assert c in CODES, (title, c)
    r.update(extra)
    return r


def codes_join(dm, sep=", ", last=None):
    dm = sorted(dm)
    if last and len(dm) > 1:
        return sep.join(dm[:-1]) + last + dm[-1]
    return sep.join(dm)


def old_join(dm, last=" og "):
    nrs = [str(OLD_NR[c]) for c in sorted(dm)]
    if len(nrs) > 1:
        return ", ".join(nrs[:-1]) + last + nrs[-1]
    return nrs[0]


def compute_continues(files):
    """continues = the same reporter has the same tiltak_id in an earlier report year."""
    seen = {}
    for f in sorted(files, key=lambda f: f["year"]):
        for r in f["rows"]:
            key = (f["reporter"], r["tiltak_id"])
            earlier = [y for y in seen.get(key, []) if y < f["year"]]
            r["continues"] = bool(earlier)
        for r in f["rows"]:
            seen.setdefault((f["reporter"], r["tiltak_id"]), []).append(f["year"])


def truth_row(r):
    return {"title": r["title"], "delmal": r["delmal"], "type": r["type"],
            "responsible": r["responsible"], "partners": r["partners"], "period": r["period"],
            "description": r["description"], "tiltak_id": r["tiltak_id"],
            "continues": r["continues"]}
