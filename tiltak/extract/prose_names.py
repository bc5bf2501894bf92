"""The name of a measure told in a sentence of running text, where no bold or quotes set it apart:
the object of a verb a member tells its measures by ("Unio har arrangert en workshop om Unios
digitaliseringspolitikk med medlemsforbundene" → "workshop om Unios digitaliseringspolitikk"), or the
subject a sentence says is a kind of measure ("Unio-skolen er vår opplæring av tillitsvalgte" →
"Unio-skolen"). The verbs are data (data/measure_verbs.txt)."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

MAX_WORDS = 14  # a longer phrase is a clause, no name

_DETERMINERS = r"(?:en|et|ei|eit|ein|den|det|de|dei|vår|vårt|våre|sin|sitt|sine|sitt|eget|egen|egne|eige|eigne)"
_MONTHS = r"januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
# where a name stops: punctuation, a clause, or a phrase that says when, with whom or for whom
_STOP = re.compile(
    r"\s*[,;:()–—]|\.(?:\s|$)|\s+(?:som|der|dar|hvor|kor|fordi|slik\s+at|men|mens|når|blant\s+annet|bl\.a\.)\b"
    r"|\s+(?:sammen|saman)\s+med\b|\s+i\s+(?:samarbeid|samarbeidet)\s+med\b|\s+i\s+regi\s+av\b|\s+på\s+oppdrag\b"
    r"|\s+for\s+(?:oss|dei|dem|medlemmene)\b|\s+(?:i|fra|frå|fra\s+og\s+med|innen|innan)\s+(?:\d|" + _MONTHS
    + r"|fjor|år|løpet|høst|vår|haust)|\s+(?:høsten|hausten|våren|sommeren|sommaren)\b"
    r"|\s+og\s+(?:vi|har|er|skal|vil|jobber|jobbar|arbeider|arbeidar|gir|ble|blei|fikk|fekk|det|den|de|dei)\b"
    r"|\s+med\s+(?-i:(?=[a-zæøå\d]))", re.I)  # ("med medlemsforbundene", "med 300 deltakere"; not "med NAV")
# a name's own abbreviation after it: "Råd for samarbeid med arbeidslivet (RSA)"
_ABBREVIATION = re.compile(r"\s*\(([A-ZÆØÅ][A-ZÆØÅa-zæøå-]{1,9})\)")
# a name in apposition after the phrase: "et nettverk for opplæringskontorene, Lærlingnettverket, som …"
_APPOSITION = re.compile(r",\s+(?:(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[\w-]+){0,3}),\s|«(?P<quoted>[^«»]{3,120})»)")
# "X er vår opplæring av …", "X er et nettverk for …": X names a measure of that kind
_KINDS = (r"prosjekt\w*|kampanje\w*|konferanse\w*|nettverk\w*|program\w*|kurs\w*|seminar\w*|satsing\w*|"
          r"tiltak\w*|ordning\w*|studie\w*|kartlegging\w*|rapport\w*|veileder\w*|rettleiar\w*|opplæring\w*|"
          r"undersøkelse\w*|utredning\w*|arrangement\w*|forum\w*|pilot\w*|samarbeid\w*|tilbod\w*|tilbud\w*|"
          r"plattform\w*|tjeneste\w*|teneste\w*|møteplass\w*|skole\w*|skule\w*|avtale\w*|utval\w*|utvalg\w*|råd|"
          r"senter\w*|verktøy\w*")
_DEFINED = re.compile(r"^(?P<name>[A-ZÆØÅ«\"][^,;:.]{1,60}?)\s+(?:er|var)\s+(?:" + _DETERMINERS
                      + r"\s+)(?:[\w-]+\s+){0,2}?[\w-]*?(?:" + _KINDS + r")\b")  # (a compound's head: "karrieresenteret")
_KIND_AND_NAME = re.compile(r"^(?i:[\w-]*?(?:" + _KINDS + r"))\s+(?P<name>(?:[A-ZÆØÅ][\w-]*|[A-ZÆØÅ]{2,})(?:\s+[A-ZÆØÅ][\w-]*)*)"
                            r"(?=\s+(?-i:[a-zæøå]))")  # (up to the verb: "… KS Læring er …", "… Heltid Nord samlet …")
# "Lærlingnettverket, som KS etablerte i 2018, er videreført …": a measure's name (a kind of measure's
# compound, or a name of capitals) with a clause about it
_NAME_WITH_CLAUSE = re.compile(r"^(?P<name>[A-ZÆØÅ][\w-]*?(?i:" + _KINDS + r")|[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)+),\s+som\b")
_QUOTED_LIST = re.compile(r"«[^«»]{3,120}»(?:,\s+«[^«»]{3,120}»)*,?\s+(?:og|samt)\s+«[^«»]{3,120}»")
# a subject of up to eight words, with a capital or a quote, then a verb that tells what the measure did or was
_SUBJECT = re.compile(r"^(?P<subject>(?=[^,;:]*[A-ZÆØÅ«])[A-ZÆØÅ«][^,;:()]{2,80}?)\s+(?:ble|blei|vart|omfattet|omfatta|"
                      r"omfatter|omfattar|hadde|samlet|samla|samler|samlar|gir|ga|gav|fikk|fekk|bidrar|bidreg|bidro|"
                      r"tilbyr|tilbaud|tilbød|er\s+videreført|er\s+vidareført)\b")
# no name opens with a preposition or a figure ("i heile Vestland", "48 tilbod")
_NOT_A_START = re.compile(r"^(?:(?:i|på|til|fra|frå|med|for|om|ved|under|over|etter|mot|av|hos|gjennom)\b|\d)", re.I)
# the sentence's subject is no name: a pronoun, the report's own words, a time
_NO_NAME = re.compile(r"^(?:vi|we|det|dette|denne|den|de|dei|han|hun|ho|her|der|i\s+\d|i\s+(?:år|fjor)|tiltaket|"
                      r"prosjektet|arbeidet|målet|rapporten|strategien)\b", re.I)


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern:
    text = resources.files(__package__).joinpath("data", "measure_verbs.txt").read_text(encoding="utf-8")
    forms = sorted({line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")},
                   key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, form.split())) for form in forms)
    # the verb, the words that say how or when ("også", "i 2018"), an article or a possessive
    return re.compile(r"\b(?:" + words + r")\s+(?:(?:også|òg|i\s+tillegg|dessuten|i\s+\d{4})\s+)*(?:"
                      + _DETERMINERS + r"\s+)?(?=\S)", re.I)


def name_in_sentence(sentence: str) -> str | None:
    """The measure a sentence of running text names, or None when it names none this way."""
    names = names_in_sentence(sentence)
    return names[0] if names else None


def names_in_sentence(sentence: str) -> list[str]:
    """The measures a sentence of running text names: the one it says is a kind of measure, the bodies a
    member takes part in, or the one a member's verb tells of."""
    named = defined_name(sentence) or kind_and_name(sentence)
    return quoted_names(sentence) or ([named] if named else listed_names(sentence)) or ([named] if (named := object_name(sentence)) else [])


def kind_and_name(sentence: str) -> str | None:
    """"Plattformen KS Læring er fortsatt i drift …", "Nettverket Lærling Nord samlar …": a sentence opening
    with the kind of measure and its name in capitals; "Lærlingnettverket, som …": with a clause about it."""
    sentence = " ".join(sentence.split())
    m = _KIND_AND_NAME.match(sentence) or _NAME_WITH_CLAUSE.match(sentence)
    return m["name"] if m and not _NO_NAME.match(m["name"]) and not _a_body(m["name"]) else None


def _a_body(name: str) -> bool:
    """An organisation's name ("Kompetanse Norge, som har sekretariatet, …"), no measure's."""
    from ..normalize.orgs import organisation_named  # (the gazetteer: normalize's reference)

    return organisation_named(name) is not None


def quoted_names(sentence: str) -> list[str]:
    """Two names or more in quotes, listed in one sentence ("… to rapporter: «Etter- og videreutdanning blant
    høyt utdannede» og «Yngre eldre i arbeidslivet»"): each a measure; [] for any other sentence."""
    listed = _QUOTED_LIST.search(" ".join(sentence.split()))
    return [q.strip() for q in re.findall(r"«([^«»]+)»", listed.group(0))] if listed else []


def subject_name(sentence: str) -> str | None:
    """A sentence whose subject is a measure's name, before its verb ("Bransjeprogram for kompetanseutvikling
    omfattet i 2022 tolv bransjer", "Den årlige «Møteplass lærebedrifter» ble arrangert …"): the name (in
    quotes, the quoted words); None where the subject is no name (a pronoun, a time, the text's own words)."""
    sentence = " ".join(sentence.split())
    m = _SUBJECT.match(sentence)
    quoted = re.search(r"«([^«»]{3,120})»", m["subject"]) if m else None
    if quoted and quoted.group(1)[:1].isupper():  # ("Den årlige «Møteplass lærebedrifter»": the name in quotes, whatever the words around it)
        return quoted.group(1).strip()
    if not m or _NO_NAME.match(m["subject"]) or _NOT_A_START.match(m["subject"]) or _a_body(m["subject"]):
        return None
    return m["subject"]


def defined_name(sentence: str) -> str | None:
    """"Unio-skolen er vår opplæring av tillitsvalgte", "Kurset «Kompetanse i tariffarbeidet» er et kurs for …":
    the name a sentence says is a kind of measure."""
    defined = _DEFINED.match(" ".join(sentence.split()))
    if not defined or _NO_NAME.match(defined["name"]):
        return None
    quoted = re.search(r"«([^«»]{3,120})»", defined["name"])
    return quoted.group(1).strip() if quoted else defined["name"].strip("«»\" ")


def listed_names(sentence: str) -> list[str]:
    """The bodies a member says it takes part in, two or more in one sentence ("Vi har også deltatt i SRY, i
    Kompetansebehovsutvalget og i arbeidsgruppen for digital kompetanse"); [] for any other sentence."""
    sentence = " ".join(sentence.split())
    verb = _verbs().search(sentence)
    if verb is None or not re.search(r"\s(?:i|av)$", verb.group(0).strip(), re.I):
        return []
    clause = re.split(r"\.(?:\s|$)", sentence[verb.end():], maxsplit=1)[0]
    parts = re.split(r",\s+i\s+|,?\s+og\s+i\s+", clause)
    names = [_phrase(part) for part in parts]
    return names if len(parts) >= 2 and all(names) else []


def object_name(sentence: str) -> str | None:
    """What follows a verb a member tells its measures by: "Unio har arrangert en workshop om …"."""
    sentence = " ".join(sentence.split())
    verb = _verbs().search(sentence)
    return _phrase(sentence[verb.end():]) if verb else None


def _phrase(text: str) -> str | None:
    """The noun phrase that opens `text`, up to where a name stops (with its abbreviation after it)."""
    quoted = re.match(r"(?:[\w-]+\s+){0,2}?«([^«»]{3,120})»", text)
    if quoted:  # "forsøket «Fagbrev for ledige»": the name in quotes
        return quoted.group(1).strip()
    stop = _STOP.search(text)
    name = text[:stop.start()] if stop else text
    clause = re.match(r"[^,;:.()]*", text).group(0)
    abbreviation = _ABBREVIATION.match(text, len(clause))
    if abbreviation and text[:1].isupper():  # a name's own words run to its abbreviation
        name = text[:abbreviation.end()]
    apposition = _APPOSITION.match(text, len(name))
    if apposition:  # (or in quotes: "et nytt FoU-prosjekt, «Finansieringsmodeller for …», for å …")
        return apposition["name"] or apposition["quoted"].strip()
    name = name.strip(" .«»\"")
    words = name.split()
    if not words or len(words) > MAX_WORDS or not re.match(r"[\w«]", words[0]) or _NO_NAME.match(name) \
            or _NOT_A_START.match(name):
        return None
    return name
