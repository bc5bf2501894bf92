"""Comparing titles: normalized words, weighted by rarity, matched softly.

Normalization: NFC and casefolding, but æøå kept (folding them to ASCII adds false matches);
punctuation to spaces; abbreviations and their expansions to one token ("Råd for samarbeid med
arbeidslivet" and "RSA" both become `rsa`); stop words out; the reporter's own name out (it is
compared as an organisation). Similarity: soft TF-IDF (Cohen, Ravikumar and Fienberg 2003):
words weighted by inverse document frequency over the distinct titles, two words counted as the
same when they are close spellings ("deltakelse" / "deltagelse").
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache

from rapidfuzz import fuzz

_PUNCT = re.compile(r"[^\w]+")
_INFLECT = r"(?:s|et|ets|en|ens|ene|enes|a|as|er|ers|ne)?"


def fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text or "").casefold()
    return " ".join(_PUNCT.sub(" ", text).split())


def _words_pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(w) for w in phrase.split())


class TitleWords:
    """Turns titles into the words that are compared."""

    def __init__(self, abbreviations: dict[str, list[str]], stopwords: set[str],
                 names_of: dict[str, list[str]] | None = None):
        phrases: list[tuple[str, str]] = []
        for abbr, expansions in abbreviations.items():
            token = fold(abbr).replace(" ", "")
            for phrase in [abbr, *expansions]:  # the abbreviation too, for its genitive: "LOs" -> lo
                phrases.append((fold(phrase), token))
        phrases.sort(key=lambda p: len(p[0]), reverse=True)
        self._phrases = [(re.compile(rf"\b{_words_pattern(p)}{_INFLECT}\b"), t) for p, t in phrases]
        self._stop = {fold(w) for w in stopwords}
        self._names_of = names_of or {}
        self._reporter_patterns: dict[str, re.Pattern | None] = {}

    def _reporter_pattern(self, reporter: str | None) -> re.Pattern | None:
        if not reporter:
            return None
        if reporter not in self._reporter_patterns:
            names = sorted({fold(n) for n in [reporter, *self._names_of.get(reporter, [])] if fold(n)}, key=len, reverse=True)
            alts = "|".join(_words_pattern(n) for n in names)
            self._reporter_patterns[reporter] = re.compile(rf"\b(?:{alts})(?:s)?\b") if alts else None
        return self._reporter_patterns[reporter]

    def words(self, title: str, reporter: str | None = None) -> tuple[str, ...]:
        text = fold(title)
        for pattern, token in self._phrases:
            text = pattern.sub(f" {token} ", text)
        own = self._reporter_pattern(reporter)
        if own is not None:
            text = own.sub(" ", text)
        out: list[str] = []
        for word in text.split():
            if word not in self._stop and (not out or out[-1] != word):
                out.append(word)
        return tuple(out)


@lru_cache(maxsize=200_000)
def word_similarity(a: str, b: str, threshold: int) -> float:
    """1 for the same word, the spelling ratio for close spellings, 0.9 for one word being the other
    plus an ending ("digitalisering" / "digitaliseringen"), else 0."""
    if a == b:
        return 1.0
    if min(len(a), len(b)) >= 6 and (a.startswith(b) or b.startswith(a)):
        return 0.9
    if a.isdigit() or b.isdigit():
        return 0.0
    ratio = fuzz.ratio(a, b, score_cutoff=threshold)
    return ratio / 100.0 if ratio else 0.0


class SoftTfIdf:
    """Soft TF-IDF between word lists; rarity counted over the distinct titles given."""

    def __init__(self, word_lists: list[tuple[str, ...]], word_ratio: int = 85):
        distinct = {tuple(sorted(set(words))) for words in word_lists}
        df: Counter = Counter(w for words in distinct for w in words)
        n = max(len(distinct), 1)
        self.idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
        self._default_idf = math.log((n + 1) / 0.5)
        self.word_ratio = word_ratio
        self.df = df

    def vector(self, words: tuple[str, ...] | list[str]) -> dict[str, float]:
        weights = {w: self.idf.get(w, self._default_idf) for w in set(words)}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        return {w: v / norm for w, v in weights.items()}

    def _directed(self, va: dict[str, float], vb: dict[str, float]) -> float:
        total = 0.0
        for a, wa in va.items():
            if a in vb:
                total += wa * vb[a]
                continue
            best = 0.0
            for b, wb in vb.items():
                s = word_similarity(a, b, self.word_ratio)
                if s and s * wb > best:
                    best = s * wb
            total += wa * best
        return total

    def share(self, part: tuple[str, ...], whole: tuple[str, ...]) -> float:
        """The share of `whole`'s word weight that `part` carries."""
        weight = lambda words: sum(self.idf.get(w, self._default_idf) ** 2 for w in set(words))  # noqa: E731
        total = weight(whole)
        return weight(part) / total if total else 0.0

    def coverage(self, va: dict[str, float], vb: dict[str, float]) -> float:
        """How much of the shorter title the other one covers, by word weight (0-1)."""
        if not va or not vb:
            return 0.0
        short, long_ = (va, vb) if len(va) <= len(vb) else (vb, va)
        if len(short) < 2:
            return 0.0
        total = sum(w * w for w in short.values())
        covered = sum(w * w * max((word_similarity(x, y, self.word_ratio) for y in long_), default=0.0)
                      for x, w in short.items())
        return covered / total if total else 0.0

    def similarity(self, va: dict[str, float], vb: dict[str, float]) -> float:
        if not va or not vb:
            return 0.0
        return min(1.0, (self._directed(va, vb) + self._directed(vb, va)) / 2)


def shared_prefix(a: tuple[str, ...], b: tuple[str, ...], word_ratio: int) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y and word_similarity(x, y, word_ratio) < 0.9:
            break
        n += 1
    return n
