"""Measure types: stated spellings -> the six canonical types."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from .reference import Reference, fold


def map_type(text: str | None, ref: Reference) -> str | None:
    """The canonical type a stated type means, or None when it means none of them.

    "Råd/utvalg/ nettverk", "Kurs / utdanning", "Forskning og utvikling", "Informasjonstiltak",
    "Arrangement/konferanse" all map; so does a list whose parts agree ("Kurs, opplæring").
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
    return None


_INFLECTIONS = ("", "e", "en", "er", "ene", "et", "a", "ar", "s", "r", "n", "ne", "te", "ende", "ing")
_TOKENS = re.compile(r"\w+")


def _hits(text: str, stems: list[tuple[str, str, float]]) -> dict[str, float]:
    """Keyword weights per type found in `text`. A stem matches a word or the end of a compound
    ("søkekonferansen"), and long stems also the start of one ("informasjonskampanje")."""
    scores: dict[str, float] = {}
    seen: set[str] = set()
    for token in _TOKENS.findall(text.casefold()):
        for type_, stem, weight in stems:
            if stem in seen:
                continue
            if any(token.endswith(stem + end) for end in _INFLECTIONS) or (len(stem) >= 8 and token.startswith(stem)):
                seen.add(stem)
                scores[type_] = scores.get(type_, 0.0) + weight
    return scores


def infer_type(title: str, description: str | None, stems: list[tuple[str, str, float]], min_score: float) -> str | None:
    """The type a measure's words point to: title words count double. None when the evidence is weak."""
    title_scores = _hits(title or "", stems)
    total = dict(title_scores)
    for type_, score in _hits(description or "", stems).items():
        total[type_] = total.get(type_, 0.0) + score
    for type_ in title_scores:
        total[type_] += title_scores[type_]
    if not total:
        return None
    best = max(total.items(), key=lambda kv: (kv[1], title_scores.get(kv[0], 0.0)))
    return best[0] if best[1] >= min_score else None
