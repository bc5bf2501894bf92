# -*- coding: utf-8 -*-
"""Shared constants and the measure helper for batch match34.

All content lives in data_a.py ... data_f.py (a list FILES of file dicts per
module, plus NEAR_MISS_GROUPS in data_f.py). make_batch.py renders them and
writes expected.json / near_misses.json; continues is computed, not typed.
"""

# The 16 delmål in the order of Vedlegg 1 (= old NKPS tiltak nr. 1-16).
CODES = ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
         "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"]
OLD_TO_CODE = {i + 1: c for i, c in enumerate(CODES)}
CODE_TO_OLD = {c: i + 1 for i, c in enumerate(CODES)}

# Short bokmål wordings (used where a report gives the goal only in words)
WORDS_NB = {
    "1.1": "Kompetansebehovsutvalget",
    "1.2": "Regionalt folkevalgt nivås kompetansepolitiske ansvar",
    "1.3": "Karriereveiledning",
    "1.4": "Samarbeid mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse i hele arbeidsstyrken",
    "2.2": "Kunnskap om læring i arbeidslivet",
    "2.3": "Karrieremuligheter i yrkesfagene",
    "2.4": "Kobling av kompetansebehov og etter- og videreutdanning",
    "2.5": "Dokumentasjon av kompetanse fra arbeidslivet",
    "2.6": "Godkjenning av utenlandsk utdanning",
    "3.1": "Fleksibel opplæring for voksne",
    "3.2": "Kompetanseplussordningene",
    "3.3": "Opplæring i arbeidsmarkeds- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering for innvandrere",
    "3.5": "NAVs opplæringstilbud for arbeidssøkere",
    "3.6": "Læringsmotivasjon gjennom frivillig sektor",
}
WORDS_NN = {
    "1.1": "Kompetansebehovsutvalet",
    "1.2": "Regionalt folkevalt nivå sitt kompetansepolitiske ansvar",
    "1.3": "Karriererettleiing",
    "1.4": "Samarbeid mellom utdanning og arbeidsliv",
    "2.1": "Digital kompetanse i heile arbeidsstyrken",
    "2.2": "Kunnskap om læring i arbeidslivet",
    "2.3": "Karrieremoglegheiter i yrkesfaga",
    "2.4": "Kopling av kompetansebehov og etter- og vidareutdanning",
    "2.5": "Dokumentasjon av kompetanse frå arbeidslivet",
    "2.6": "Godkjenning av utanlandsk utdanning",
    "3.1": "Fleksibel opplæring for vaksne",
    "3.2": "Kompetansepluss-ordningane",
    "3.3": "Opplæring i arbeidsmarknads- og integreringspolitikken",
    "3.4": "Norskopplæring og kvalifisering for innvandrarar",
    "3.5": "NAV sitt opplæringstilbod for arbeidssøkjarar",
    "3.6": "Læringsmotivasjon gjennom frivillig sektor",
}

AREAS_NB = {
    "1": "Gode valg for den enkelte og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrke kompetansen til voksne med svak tilknytning til arbeidslivet",
}
AREAS_NN = {
    "1": "Gode val for den einskilde og for samfunnet",
    "2": "Læring i arbeidslivet",
    "3": "Styrkje kompetansen til vaksne med svak tilknyting til arbeidslivet",
}

TYPES = ["Kurs/utdanning", "Prosjekt", "Råd/utvalg/nettverk", "FoU", "Arrangement", "Annet"]

# Printed type word (lower-cased) -> canonical type. Every printed word in the
# batch must be in this table (make_batch asserts it). Words that name none of
# the five types map to Annet.
TYPE_MAP = {
    # Kurs/utdanning
    "kurs": "Kurs/utdanning", "opplæring": "Kurs/utdanning", "utdanning": "Kurs/utdanning",
    "nettkurs": "Kurs/utdanning", "kurs/opplæring": "Kurs/utdanning",
    "utdanningstilbod": "Kurs/utdanning", "utdanningstilbud": "Kurs/utdanning",
    "kurs/utdanning": "Kurs/utdanning", "opplæringstilbod": "Kurs/utdanning",
    "kursrekke": "Kurs/utdanning",
    # Prosjekt
    "prosjekt": "Prosjekt", "forsøk": "Prosjekt", "utviklingsprosjekt": "Prosjekt",
    "samarbeidsprosjekt": "Prosjekt", "eu-prosjekt": "Prosjekt", "partsprosjekt": "Prosjekt",
    "pilot": "Prosjekt", "prosjekt/forsøk": "Prosjekt",
    # Råd/utvalg/nettverk
    "råd": "Råd/utvalg/nettverk", "utvalg": "Råd/utvalg/nettverk", "nettverk": "Råd/utvalg/nettverk",
    "forum": "Råd/utvalg/nettverk", "råd/utvalg": "Råd/utvalg/nettverk",
    "nettverk/forum": "Råd/utvalg/nettverk", "samarbeidsforum": "Råd/utvalg/nettverk",
    "referansegruppe": "Råd/utvalg/nettverk", "råd/utvalg/nettverk": "Råd/utvalg/nettverk",
    "partssamarbeid": "Råd/utvalg/nettverk", "utval": "Råd/utvalg/nettverk",
    "nettverk og råd": "Råd/utvalg/nettverk",
    # FoU
    "fou": "FoU", "forskning": "FoU", "undersøkelse": "FoU", "kartlegging": "FoU",
    "evaluering": "FoU", "utredning": "FoU", "analyse": "FoU", "fou-oppdrag": "FoU",
    "undersøking": "FoU",
    # Arrangement
    "konferanse": "Arrangement", "seminar": "Arrangement", "møteplass": "Arrangement",
    "samling": "Arrangement", "arrangement": "Arrangement", "seminarrekke": "Arrangement",
    "webinarserie": "Arrangement", "konferanse/seminar": "Arrangement",
}


def canon_type(printed):
    key = printed.strip().lower()
    return TYPE_MAP.get(key, "Annet")


# Printed words that are deliberately "none of the five" (-> Annet). Listed so
# that a typo in the data is caught: every printed type must be in TYPE_MAP or here.
ANNET_WORDS = {
    "avtale", "kampanje", "tilskudd", "tilskuddsordning", "ordning", "teneste", "tjeneste",
    "plan", "informasjon", "rammeverk", "reform", "stortingsmelding",
    "digital læringsplattform", "kompetanseprogram", "program", "stipend", "digital tjeneste",
    "innspill", "nettstad", "regelendring", "sekretariat", "forvaltning", "kompetansebevis",
    "informasjonskampanje", "strategi", "oppgaveoverføring", "tilskotsordning", "ordning/tilskudd",
    "læringsplattform", "informasjon/veiledning", "planarbeid", "rettleiing", "lovendring",
    "tilbod", "styring",
}


def check_type_word(printed):
    key = printed.strip().lower()
    assert key in TYPE_MAP or key in ANNET_WORDS, "unknown type word: %r" % printed


def M(id, t, d, tp, r, p, per, ds, dm="", **extra):
    """One measure row.

    id   tiltak_id (same id = same tiltak across files)
    t    title exactly as printed
    d    delmål codes (ground truth)
    tp   type word as printed (canonical type is derived through TYPE_MAP)
    r    responsible as printed ('' if not printed)
    p    partners as printed, split into a list
    per  period as printed
    ds   description as printed (joined text)
    dm   delmål as printed in the document (layout specific), '' = not printed in the row
    extra: layout-specific values (status, old numbers, ids ...)
    """
    for c in d:
        assert c in CODES, c
    check_type_word(tp)
    row = dict(id=id, t=t, d=sorted(d, key=CODES.index), tp=tp, ty=canon_type(tp), r=r,
               p=list(p), per=per, ds=ds, dm=dm)
    row.update(extra)
    return row


def old_nr(codes, joiner=" og "):
    nums = [str(CODE_TO_OLD[c]) for c in codes]
    if len(nums) == 1:
        return nums[0]
    return ", ".join(nums[:-1]) + joiner + nums[-1]
