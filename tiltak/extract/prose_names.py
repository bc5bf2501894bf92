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

_DETERMINERS = r"(?:en|et|ei|eit|ein|den|det|de|dei|vår|vårt|våre|sin|sitt|sine|sitt|eget|egen|egne|eige|eigen|eiga|eigne)"
_MONTHS = r"januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember"
_COUNTS = r"to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|alle|flere|fleire|mange|hele|heile|ulike"
# where a name stops: punctuation, a clause, or a phrase that says when, with whom or for whom
_STOP = re.compile(
    r"\s*[,;:()–—]|\.(?:\s|$)|\s+(?:som|der|dar|hvor|kor|fordi|slik\s+at|men|mens|(?-i:når)|blant\s+annet|bl\.a\.)\b"
    r"|\s+(?:sammen|saman)\s+med\b|\s+i\s+(?:samarbeid|samarbeidet)\s+med\b|\s+i\s+regi\s+av\b|\s+på\s+oppdrag\b"
    r"|\s+om\b|\s+(?:overfor|ovanfor|andsynes)\b|\s+ved\s+(?-i:[a-zæøå]\w*(?:ene|ane|a)\b)|\s+(?:fra|frå)\s+(?-i:[A-ZÆØÅ])|\s+for\s+(?:oss|dei|dem|medlemmene|perioden|året|åra|årene)\b|\s+(?:i|på|ved|fra|frå|fra\s+og\s+med|innen|innan)\s+(?:\d|" + _MONTHS
    + r"|fjor|år|løpet|høst|vår|haust|(?:" + _COUNTS + r")\s)|\s+(?:høsten|hausten|våren|sommeren|sommaren)\b"
    r"|\s+og\s+(?:vi|har|er|skal|vil|jobber|jobbar|arbeider|arbeidar|gir|ble|blei|fikk|fekk|det|den|de|dei)\b"
    r"|\s+med\s+(?-i:(?=[a-zæøå\d]))", re.I)  # ("med medlemsforbundene", "med 300 deltakere"; not "med NAV")
# a name's own abbreviation after it: "Råd for samarbeid med arbeidslivet (RSA)"
_ABBREVIATION = re.compile(r"\s*\(([A-ZÆØÅ][A-ZÆØÅa-zæøå-]{1,9})\)")
# a name in apposition after the phrase: "et nettverk for opplæringskontorene, Lærlingnettverket, som …"
# (the clause after it in lower case: not a town of a list, "i Bodø, Tromsø, Trondheim og Bergen")
_APPOSITION = re.compile(r",\s+(?:(?P<name>[A-ZÆØÅ][\w-]+(?:\s+[\w-]+){0,3}),\s(?=[a-zæøå])|«(?P<quoted>[^«»]{3,120})»)")
# "X er vår opplæring av …", "X er et nettverk for …": X names a measure of that kind
_KINDS = (r"prosjekt\w*|kampanje\w*|konferanse\w*|nettverk\w*|program\w*|kurs\w*|seminar\w*|satsing\w*|"
          r"tiltak\w*|ordning\w*|studie\w*|kartlegging\w*|rapport\w*|veileder\w*|rettleiar\w*|opplæring\w*|"
          r"undersøkelse\w*|utredning\w*|arrangement\w*|forum\w*|pilot\w*|samarbeid\w*|tilbod\w*|tilbud\w*|"
          r"plattform\w*|tjeneste\w*|teneste\w*|møteplass\w*|skole\w*|skule\w*|avtale\w*|utval\w*|utvalg\w*|råd|"
          r"senter\w*|verktøy\w*")
_DEFINED = re.compile(r"^(?P<name>[A-ZÆØÅ«\"][^,;:.]{1,60}?)\s+(?:er|var)\s+(?:" + _DETERMINERS
                      + r"\s+)(?:[\w-]+\s+){0,2}?(?P<kind>[\w-]*?(?:" + _KINDS + r"))\b")  # (a compound's head: "karrieresenteret")
_KIND_AND_NAME = re.compile(r"^(?i:[\w-]*?(?:" + _KINDS + r"))\s+(?P<name>(?:[A-ZÆØÅ][\w-]*|[A-ZÆØÅ]{2,})(?:\s+[A-ZÆØÅ][\w-]*)*)"
                            r"(?=\s+(?-i:[a-zæøå]))")  # (up to the verb: "… KS Læring er …", "… Heltid Nord samlet …")
# "Lærlingnettverket, som KS etablerte i 2018, er videreført …": a measure's name (a kind of measure's
# compound, or a name of capitals) with a clause about it
_NAME_WITH_CLAUSE = re.compile(r"^(?P<name>[A-ZÆØÅ][\w-]*?(?i:" + _KINDS + r")|[A-ZÆØÅ][\w-]*(?:\s+[A-ZÆØÅ][\w-]*)+),\s+som\b")
_QUOTED_LIST = re.compile(r"«[^«»]{3,120}»(?:,\s+«[^«»]{3,120}»)*,?\s+(?:og|samt)\s+«[^«»]{3,120}»")
# a subject of up to eight words, with a capital or a quote, then a verb that tells what the measure did or was
_SUBJECT = re.compile(r"^(?P<subject>(?=[^,;:]*[A-ZÆØÅ«])[A-ZÆØÅ«][^,;:()]{2,80}?)\s+(?:ble|blei|vart|vert|omfattet|omfatta|"
                      r"omfatter|omfattar|samlet|samla|samler|samlar|gir|ga|gav|bidrar|bidreg|bidro|"
                      r"tilbyr|tilbaud|tilbød|kartlegger|kartlegg|undersøker|fortsetter|fortset|held\s+fram|holder\s+fram|er\s+(?:blitt\s+)?(?:videreført|vidareført|utarbeidet|utarbeidd|etablert|"
                      r"opprettet|oppretta|gjennomført|utviklet|utvikla|publisert|lansert|startet|starta|innført|evaluert|oppdatert|"
                      r"utvidet|utvida|revidert|tatt\s+i\s+bruk|teke\s+i\s+bruk)|(?:har|hadde)\s+(?:(?:i\s+(?:\d{4}|år|fjor)|fortsatt|framleis|fremdeles|også|òg|nå|no|"
                      r"allerede|alt)\s+)*(?!(?:det|dette|ikke|ikkje|mot|godt|litt|mest|stort|eget|eit|rundt|omtrent|totalt|nesten|minst|først|sist|best|ut|"
                      r"med|ved|ned|sted|god|bred|glad|stod|fortsatt|framleis|fremdeles|allerede|alt)\b)[a-zæøå]{2,}(?:et|t|dd|d|a))\b")
# (or "har" and what it has done: "Oppfølging av Balansekunst har i 2022 handlet om …", "HR-nettverket har hatt …")
_OWN = re.compile(r"\s+(?:vår|vårt|våre|sin|sitt|sine)$", re.I)  # "HR-nettverket vårt": the name without the possessive
# no name opens with a preposition or a figure ("i heile Vestland", "48 tilbod")
_NOT_A_START = re.compile(r"^(?:(?:i|på|til|fra|frå|med|for|om|ved|under|over|etter|mot|av|hos|gjennom)\b|\d)", re.I)
# the sentence's subject is no name: a pronoun, the report's own words, a time
_NO_NAME = re.compile(r"^(?:vi|we|det|dette|denne|den|de|dei|han|hun|ho|her|der|i\s+\d|i\s+(?:år|fjor)|tiltaket|"
                      r"prosjektet|arbeidet|målet|rapporten|strategien)\b", re.I)
# nor a kind of measure alone, pointing back ("Kurset ble gjennomført …", "Konferansen var et samarbeid …"),
# what a measure is about or gave ("Bakgrunnen var …", "Neste steg er …"), or what a member got or plans
_NO_MEASURE = re.compile(r"^(?:(?:" + _KINDS.replace(r"\w*", "") + r"|evaluering|samling|samarbeid|arbeid)(?:m|n)?(?:e|en|et|n|t|a|"
                         r"ene|ane|er|ar|ne|r)?|styret?|bakgrunn\w*|resultat\w*|erfaring\w*|konklusjon\w*|effekt\w*|"
                         r"formålet|hensikten|målsettingen|utgangspunktet|status)$"
                         r"|^(?:neste\s|(?:(?:en|ei|et|ny|nye|nytt)\s+)?(?:plan|planen|planer|planar|tilbakemelding\w*|"
                         r"hjelp|tilskudd\w*|tilskot\w*|søker\w*|søkar\w*|ansvar\w*|midler|midlar|støtte|penger|pengar)\b)",
                         re.I)
# what a verb's object does not open with: a reflexive, an adverb or particle, a count
_NOT_AN_OBJECT = re.compile(r"^(?:seg|oss|meg|dem|dessverre|fram|frem|ut|og|men|samt|å|at|hvordan|korleis|" + _COUNTS + r"|ganger|gonger)\b", re.I)
# a name after the kind of measure it is ("prosjektet Jobbsjansen", "rapporten Arbeidsmarkedet for …")
_KIND_THEN_NAME = re.compile(r"^(?:(?-i:(?=[a-zæøå]))[\w-]*?|(?-i:(?=[A-ZÆØÅ])))(?:" + _KINDS + r")\s+(?-i:(?=[A-ZÆØÅ]))", re.I)
# a body's name in a list of bodies taken part in: a capital, or a definite noun and what it is for
_LISTED_NAME = re.compile(r"[A-ZÆØÅ]|^(?:[\w-]+\s+){0,2}[\w-]+(?:en|et|a|ene|ane)\s+(?:for|om|i|på|til|mot|av)\s"
                          r"|\b(?:råd|utval|utvalg|forum|nettverk)\s+for\s|\b(?:rådene|rådet|råda|utvalget|utvalet)\b")  # ("faglige råd for helse- og oppvekstfag")
# a verb's form after a preposition or a determiner is a noun ("tilskot til arbeidet med lærlingar")
_NOUN_BEFORE = re.compile(r"\b(?:til|i|med|for|om|av|på|det|dette|sitt|vårt|hele|heile)\s+$", re.I)
_WORK_ON = re.compile(r"^(?:arbeidet|satsingen|satsinga)\s+(?:med|i|om|for)\s+(?-i:(?=[A-ZÆØÅ«]))", re.I)
_PASSIVE = re.compile(r"\b(?:er|var|ble|blei|vart|vert|blitt|bli|bedt\s+om\s+å\s+bli)\s+(?:\w+\s+)?$", re.I)


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern:
    text = resources.files(__package__).joinpath("data", "measure_verbs.txt").read_text(encoding="utf-8")
    forms = sorted({line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")},
                   key=len, reverse=True)
    # (a phrasal verb split by its subject or an adverb: "I tillegg tek vi i bruk …", "deltar fortsatt i")
    words = "|".join(r"\s+".join(map(re.escape, form.split()[:1])) + "".join(
        (r"(?:\s+(?:vi|me|dei|de|fortsatt|fortsett|framleis|fremdeles|også|òg|nå|no|aktivt))*" if k == 0 else "")
        + r"\s+" + re.escape(w) for k, w in enumerate(form.split()[1:]))
        for form in forms)
    # the verb, the words that say how or when ("også", "i 2018"), an article or a possessive
    return re.compile(r"\b(?:" + words + r")\s+(?:opp\s+)?(?:(?:også|òg|i\s+tillegg|dessuten|i\s+\d{4}|vi|me)\s+)*"
                      r"(?:(?-i:[A-ZÆØÅ][\w-]*)(?:\s+(?-i:[A-ZÆØÅ][\w-]*))?\s+(?=(?:en|et|ei|eit|ein)\s))?(?:"
                      + _DETERMINERS + r"\s+)?(?=\S)", re.I)


def _verb(sentence: str) -> re.Match | None:
    """The first verb a member tells its measure by, not in the passive ("Kurset ble gjennomført tre ganger")."""
    for verb in _verbs().finditer(sentence):
        before = sentence[:verb.start()]
        if not _PASSIVE.search(before) and not _NOUN_BEFORE.search(before):
            return verb
    return None


def _no_name(name: str) -> bool:
    return bool(_NO_NAME.match(name) or _NOT_A_START.match(name) or _NO_MEASURE.match(name))


def name_in_sentence(sentence: str) -> str | None:
    """The measure a sentence of running text names, or None when it names none this way."""
    names = names_in_sentence(sentence)
    return names[0] if names else None


def names_in_sentence(sentence: str) -> list[str]:
    """The measures a sentence of running text names: the one it says is a kind of measure, the bodies a
    member takes part in, or the one a member's verb tells of."""
    named = defined_name(sentence) or kind_and_name(sentence) or _through_name(sentence)
    if quoted_names(sentence) or named:
        return quoted_names(sentence) or [named]
    listed = _listed(sentence)
    if listed is not None:  # (a list that names no bodies, "i radio og i flere avisinnlegg": none at all)
        return listed
    return [named] if (named := object_name(sentence)) else []


# "Gjennom Hurtigsporet for flyktninger har kommunene fått …": the measure something was done through
_THROUGH = re.compile(r"^(?:[Gg]jennom|[Vv]ia)\s+(?P<name>[A-ZÆØÅ«][^,;:()]{2,80}?)\s+(?:har|hadde|fikk|får|ble|blei|vart)\s")


def _through_name(sentence: str) -> str | None:
    m = _THROUGH.match(" ".join(sentence.split()))
    return m["name"] if m and not _no_name(m["name"]) and not names_a_body(m["name"]) else None


def kind_and_name(sentence: str) -> str | None:
    """"Plattformen KS Læring er fortsatt i drift …", "Nettverket Lærling Nord samlar …": a sentence opening
    with the kind of measure and its name in capitals; "Lærlingnettverket, som …": with a clause about it."""
    sentence = " ".join(sentence.split())
    subject = _SUBJECT.match(sentence)
    if subject and _KIND_THEN_NAME.match(subject["subject"]) and not _no_name(_after_kind(subject["subject"])) \
            and not _A_CLAUSE.search(subject["subject"]):
        return _after_kind(subject["subject"])  # ("Veilederen Norsk på arbeidsplassen er oppdatert …": up to the verb)
    m = _KIND_AND_NAME.match(sentence) or _NAME_WITH_CLAUSE.match(sentence)
    return m["name"] if m and not _no_name(m["name"]) and not names_a_body(m["name"]) else None


def names_a_body(name: str) -> bool:
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
    subject = re.sub(r"^(?:en|ei|et|ein|eit)\s+(?=[a-zæøå])", "", m["subject"], flags=re.I) if m else ""
    subject = _OWN.sub("", _after_kind(subject))  # ("En rapport om …" → "rapport om …"; "Prosjektet Karrieresenter …" → "Karrieresenter …")
    if not m or _no_name(subject) or names_a_body(subject) or _A_CLAUSE.search(subject):
        return None
    return subject


# a subject that is a clause of its own, the verb after it another's ("Akademikerne er fast medlem av KBU og har
# bidratt …")
_A_CLAUSE = re.compile(r"\s(?:og|men|eller)$|\s(?:er|var|har|hadde|blir|ble)\s", re.I)


_MADE = re.compile(r"\s(?:ble|blei|vart|vert|er|var)\s+(?:blitt\s+)?(?:etablert|oppretta|opprettet|innført|starta|startet|"
                   r"videreført|vidareført|lansert|utvikla|utviklet|utarbeidet|utarbeidd|arrangert|gjennomført)\b", re.I)


def named_subject(sentence: str) -> str | None:
    """subject_name, when the subject says it is a measure: a kind of measure, a name of capitals or in
    quotes, or a measure made or carried on ("Fagbrev på jobb vart innført …"); not a sentence of context
    ("Etterspørselen etter digitale kurs ble doblet", "Koronapandemien ga store utfordringer")."""
    subject = subject_name(sentence)
    if subject is None:
        return None
    words = subject.split()
    kind = re.match(r"[\w-]*?(?:" + _KINDS + r"|allianse\w*)", words[0], re.I)  # (the subject's head, not "… etter kurs")
    capitals = any(w[:1].isupper() for w in words[1:]) or any(ch.isupper() for ch in words[0][1:])
    return subject if kind or capitals or "«" in sentence or _MADE.search(" " + " ".join(sentence.split())) else None


def defined_name(sentence: str) -> str | None:
    """"Unio-skolen er vår opplæring av tillitsvalgte", "Kurset «Kompetanse i tariffarbeidet» er et kurs for …":
    the name a sentence says is a kind of measure."""
    defined = _DEFINED.match(" ".join(sentence.split()))
    # (not "NAV er en viktig samarbeidspartner": an organisation, and a partner is no kind of measure)
    if not defined or _no_name(defined["name"]) or "partner" in defined["kind"].lower() or names_a_body(defined["name"]):
        return None
    quoted = re.search(r"«([^«»]{3,120})»", defined["name"])
    return quoted.group(1).strip() if quoted else _after_kind(defined["name"].strip("«»\" "))


def listed_names(sentence: str) -> list[str]:
    """The bodies a member says it takes part in, two or more in one sentence ("Vi har også deltatt i SRY, i
    Kompetansebehovsutvalget og i arbeidsgruppen for digital kompetanse"); [] for any other sentence."""
    return _listed(sentence) or []


def body_taken_part_in(sentence: str) -> str | None:
    """The one body a member says it takes part in, by its name in capitals ("Virke deltar fortsatt i
    Kompetansebehovsutvalget"); None for what follows any other verb, or a name in lower case."""
    sentence = " ".join(sentence.split())
    verb = _verb(sentence)
    if verb is None or not re.search(r"\s(?:i|av)$", verb.group(0).strip(), re.I):
        return None
    name = _phrase(sentence[verb.end():])
    return name if name and name[:1].isupper() and not names_a_body(name) else None


def _listed(sentence: str) -> list[str] | None:
    """listed_names, or None where the sentence lists nothing taken part in (and [] where what it lists is
    no body: "i debatter, i radio og i flere avisinnlegg")."""
    sentence = " ".join(sentence.split())
    verb = _verb(sentence)
    if verb is None or not re.search(r"\s(?:i|av)$", verb.group(0).strip(), re.I):
        return None
    clause = re.split(r"\.(?:\s|$)", sentence[verb.end():], maxsplit=1)[0]
    parts = re.split(r",\s+i\s+|,?\s+og\s+i\s+", clause)
    if len(parts) < 2:
        return None
    names = [_phrase(re.sub(r"^(?:alle\s+)?(?:de|dei|den|det)\s+(?=\w)", "", part, flags=re.I)) for part in parts]
    # (each a body's name: "i styret, i faglige råd og i flere arbeidsgrupper", "i radio" are none)
    return names if all(names) and all(map(_LISTED_NAME.search, names)) else []


def object_name(sentence: str) -> str | None:
    """What follows a verb a member tells its measures by: "Unio har arrangert en workshop om …"."""
    sentence = " ".join(sentence.split())
    verb = _verb(sentence)
    return _phrase(sentence[verb.end():]) if verb else None


def _phrase(text: str) -> str | None:
    """The noun phrase that opens `text`, up to where a name stops (with its abbreviation after it)."""
    quoted = re.match(r"(?:[\w-]+\s+){0,2}?«([^«»]{3,120})»", text)
    if quoted:  # "forsøket «Fagbrev for ledige»": the name in quotes
        return quoted.group(1).strip()
    if _NOT_AN_OBJECT.match(text):
        return None
    stop = _stop(text)
    name = text[:stop] if stop is not None else text
    clause = re.match(r"[^,;:.()]*", text).group(0)
    abbreviation = _ABBREVIATION.match(text, len(clause))
    if abbreviation and (text[:1].isupper() or abbreviation.group(1).isupper() and not names_a_body(abbreviation.group(1))):
        # a name's own words run to its abbreviation ("forsøket med forberedende voksenopplæring (FVO)")
        name = text[:abbreviation.end()]
    apposition = _APPOSITION.match(text, len(name))
    if apposition:  # (or in quotes: "et nytt FoU-prosjekt, «Finansieringsmodeller for …», for å …")
        return apposition["name"] or apposition["quoted"].strip()
    name = name.strip(" .«»\"")
    words = name.split()
    name = _after_kind(name)
    if not words or len(words) > MAX_WORDS or not re.match(r"[\w«]", words[0]) or _no_name(name):
        return None
    return name


def _stop(text: str) -> int | None:
    """Where the name that opens `text` stops; not at a dash between capitals ("Kompetansereformen – Lære hele
    livet"), nor at "med" after a word that takes it ("Råd for samarbeid med arbeidslivet")."""
    for stop in _STOP.finditer(text):
        before, after = text[:stop.start()].split(), text[stop.end():]
        if stop.group(0).strip() in "–—" and before and before[-1][:1].isupper() and re.match(r"\s*[A-ZÆØÅ]", after):
            continue
        if stop.group(0).strip().lower() == "med" and before and (re.match(
                r"(?:samarbeid|dialog|kontakt|avtale|partnerskap)\w*$", before[-1], re.I)
                or len(before) == 1 and re.match(r"[a-zæøå]\w+(?:et|en|a)$", before[0])):
            continue  # ("forsøket med forberedende voksenopplæring": a definite noun alone needs what follows)
        if stop.group(0).strip().lower() == "om" and not (before and re.fullmatch(r"(?:19|20)\d{2}", before[-1])):
            continue  # "rapport om …" names what it is about; "arrangement under Arendalsuka 2024 om …" is named before it
        if stop.group(0).strip().lower() == "som" and len(before) == 2 and before[1][:1].isupper() \
                and _KIND_THEN_NAME.match(text) and re.match(r"\s*[a-zæøå]+\b(?<!er)(?<!ar)(?<!et)(?<!te)(?<!de)", after):
            continue  # "kampanjen Jobb som lærling": "som" inside the name after its kind, no clause ("som gir …")
        return stop.start()
    return None


def _after_kind(name: str) -> str:
    """"prosjektet Jobbsjansen" → "Jobbsjansen": a name after the kind of measure it is, the name (and after
    the work on it: "arbeidet med Balansekunst" → "Balansekunst")."""
    kind = _KIND_THEN_NAME.match(name) or _WORK_ON.match(name)
    return name[kind.end():] if kind else name
