"""Measure types: stated spellings -> the six canonical types."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from .reference import Reference, fold

# the type of a measure whose stated type is none of the six ("Avtale", "Tilskuddsordning"); the words stay in type_raw
OTHER_TYPE = "Annet"


def map_type(text: str | None, ref: Reference, compounds: bool = True) -> str | None:
    """The canonical type a stated type means, or None when it means none of them.

    "Råd/utvalg/ nettverk", "Kurs / utdanning", "Forskning og utvikling", "Informasjonstiltak",
    "Arrangement/konferanse" all map; so does a list whose parts agree ("Kurs, opplæring"), and with
    `compounds` a compound of a spelling ("EU-prosjekt"; not where a name may stand: "kompetansebehovsutvalg").
    """
    if not text or not text.strip():
        return None
    key = fold(text)
    if key in ref.type_spellings:
        return ref.type_spellings[key]
    squeezed = key.replace(" ", "")
    for spelling, canonical in ref.type_spellings.items():
        if spelling.replace(" ", "") == squeezed:
            return canonical
    # A combination of known spellings ("Kurs og opplæring", "Seminar/workshop") that agree.
    parts = [p for p in re.split(r"\s*(?:/|,|;|\bog\b|\beller\b|&)\s*", text.casefold()) if p.strip()]
    found = {ref.type_spellings.get(fold(p)) for p in parts}
    found.discard(None)
    if len(found) == 1:
        return found.pop()
    best = process.extractOne(key, list(ref.type_spellings), scorer=fuzz.ratio)
    if best and best[1] >= 88:
        return ref.type_spellings[best[0]]
    return _by_tail(text, ref) if compounds else None


def _by_tail(text: str, ref: Reference) -> str | None:
    """A type of one word (or two joined by a hyphen) that ends in one type's spelling ("EU-prosjekt",
    "Partsprosjekt", "Nettkurs", "Tillitsvalgtopplæring"): that type; the longest spelling decides."""
    words = re.findall(r"\w+", text.casefold())
    if not words or len(words) > 2 or re.search(r"\s", text.strip()):
        return None  # one word, or two joined by a hyphen: not "Tilskudd til kurs", "Ikke kurs", "Kurs og prosjekt"
    tails = [s for s in ref.type_spellings if len(s) >= 4 and " " not in s and words[-1].endswith(s)]
    return ref.type_spellings[max(tails, key=len)] if tails else None


_INFLECTIONS = ("", "e", "en", "er", "ene", "et", "a", "ar", "s", "r", "n", "ne", "te", "ende", "ing", "t")
_TOKENS = re.compile(r"\w+")
# A title's head is its words before the first preposition: "Ekspertutvalg | om etter- og videreutdanning".
_PREPOSITIONS = {"om", "av", "for", "med", "i", "til", "på", "mellom", "ved", "fra", "under", "innen", "innenfor",
                 "gjennom", "blant", "hvor", "der", "som", "–", "-"}
HEAD_WEIGHT = 3.0
TITLE_WEIGHT = 1.5


class Keywords:
    """Type keywords indexed by the endings they give a word, so a word is looked up, not scanned."""

    def __init__(self, stems: list[tuple[str, str, float]]):
        self._by_ending: dict[str, list[tuple[str, str, float]]] = {}
        for entry in stems:
            for end in _INFLECTIONS:
                self._by_ending.setdefault(entry[1] + end, []).append(entry)
        self._prefixes = [e for e in stems if len(e[1]) >= 8]
        self._cache: dict[str, tuple[str, str, float] | None] = {}

    def stem_of(self, token: str) -> tuple[str, str, float] | None:
        """The stem that decides a word: a compound's last part ("informasjonsprosjekt" is a project,
        "søkekonferansen" a conference), the longest that fits; failing that, for long stems, its
        first part ("informasjonskampanje")."""
        if token in self._cache:
            return self._cache[token]
        ends = [e for n in range(1, len(token) + 1) for e in self._by_ending.get(token[-n:], ())]
        if not ends:
            ends = [e for e in self._prefixes if token.startswith(e[1])]
        found = max(ends, key=lambda e: len(e[1]), default=None)
        self._cache[token] = found
        return found


def _scores(tokens: list[str], keywords: Keywords, weight: float, seen: set[str], into: dict[str, float]) -> None:
    for token in tokens:
        hit = keywords.stem_of(token)
        if hit and hit[1] not in seen:
            seen.add(hit[1])
            into[hit[0]] = into.get(hit[0], 0.0) + hit[2] * weight


def infer_type(title: str, description: str | None, keywords: Keywords, min_score: float) -> str | None:
    """The type a measure's words point to. Each word counts once, by the longest stem it ends
    with; words in the title's head count most, then the rest of the title, then the description.
    None when the evidence is weaker than `min_score`."""
    words = _TOKENS.findall((title or "").casefold())
    cut = next((i for i, w in enumerate(words) if w in _PREPOSITIONS and i > 0), len(words))
    total: dict[str, float] = {}
    seen: set[str] = set()
    _scores(words[:cut], keywords, HEAD_WEIGHT, seen, total)
    _scores(words[cut:], keywords, TITLE_WEIGHT, seen, total)
    _scores(_TOKENS.findall((description or "").casefold()), keywords, 1.0, seen, total)
    if not total:
        return None
    best = max(total.items(), key=lambda kv: kv[1])
    return best[0] if best[1] >= min_score else None
