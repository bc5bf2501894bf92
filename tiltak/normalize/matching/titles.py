"""Comparing titles: normalized words, weighted by rarity, matched softly.

Normalization: NFC and casefolding, but æøå kept (folding them to ASCII adds false matches);
punctuation to spaces; abbreviations and their expansions to one token ("Råd for samarbeid med
arbeidslivet" and "RSA" both become `rsa`); stop words out; the reporter's own name out (it is
compared as an organisation). Similarity: soft TF-IDF (Cohen, Ravikumar and Fienberg 2003):
words weighted by inverse document frequency over the distinct titles, two words counted as the
same when they are close spellings ("deltakelse" / "deltagelse").
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from functools import lru_cache

from rapidfuzz import fuzz, process

from tiltak.extract.text import fold


_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_SUFFIXES = ("", "s", "et", "ets", "en", "ens", "ene", "enes", "a", "as", "er", "ers", "ne")


class _Phrases:
    """Replaces phrases (word sequences, the last word inflected or not) by a token, word by word."""

    def __init__(self, phrases: list[tuple[str, str | None]]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], str | None]]] = {}
        for phrase, token in sorted(phrases, key=lambda p: len(p[0].split()), reverse=True):
            words = tuple(phrase.split())
            if words:
                self._by_first.setdefault(words[0], []).append((words, token))
        self._seen: dict[str, list] = {}
        self._single = frozenset(words[0] for words, _ in (e for es in self._by_first.values() for e in es) if len(words) == 1)
        # what a word broken off a phrase's first word can be: its starts of six letters or more
        self._starts = frozenset(first[:k] for first in self._by_first for k in range(6, len(first) + 1))

    @staticmethod
    def _same(word: str, target: str, last: bool) -> bool:
        return word == target or (last and word.startswith(target) and word[len(target):] in _SUFFIXES)

    def _candidates(self, word: str):
        if word not in self._seen:
            self._seen[word] = self._find(word)
        return self._seen[word]

    def _find(self, word: str):
        found = self._by_first.get(word, [])
        if not found and len(word) > 1:  # a one-word phrase with an ending: "kompetansebehovsutvalget"
            for cut in range(1, 5):
                found = [e for e in self._by_first.get(word[:-cut], []) if len(e[0]) == 1]
                if found:
                    break
        return found

    def replace(self, words: list[str]) -> list[str]:
        out: list[str] = []
        i = 0
        seen = self._seen
        while i < len(words):
            word = words[i]
            found = seen[word] if word in seen else self._candidates(word)
            for phrase, token in found:
                n = len(phrase)
                if i + n <= len(words) and all(self._same(words[i + k], phrase[k], k == n - 1) for k in range(n)):
                    if token:
                        out.append(token)
                    i += n
                    break
            else:
                # a one-word name broken in two by a narrow table cell: "kompetansebehovsu tvalget"; only
                # a phrase's start (or a word before a piece shorter than the ending cut off) can be one
                mended = word + words[i + 1] if (i + 1 < len(words) and len(word) >= 6 and (
                    word in self._starts or len(words[i + 1]) < 4)) else ""
                if mended and mended not in self._by_first and not any(mended[:-cut] in self._single for cut in range(1, 5)):
                    mended = ""  # names no one-word phrase (the quick look before `_find`)
                whole = [t for p, t in self._candidates(mended) if len(p) == 1] if mended else []
                if whole and not found:
                    if whole[0]:
                        out.append(whole[0])
                    i += 2
                    continue
                out.append(word)
                i += 1
        return out


class TitleWords:
    """Turns titles into the words that are compared."""

    def __init__(self, abbreviations: dict[str, list[str]], stopwords: set[str],
                 names_of: dict[str, list[str]] | None = None, named: frozenset[str] = frozenset(),
                 bokmal: dict[str, str] | None = None, english: dict[str, str] | None = None):
        self._bokmal = bokmal or {}  # Nynorsk word forms -> Bokmål ones ("vaksne" -> "voksne")
        # English names of Norwegian schemes -> the Norwegian name ("skills reform" -> "kompetansereformen")
        self._english = english or {}
        self._english_re = re.compile(r"\b(?:" + "|".join(re.escape(e) for e in sorted(self._english, key=len, reverse=True))
                                      + r")\b") if self._english else None
        phrases: list[tuple[str, str | None]] = []
        self._stop = stop = {fold(w) for w in stopwords}
        # a name that is one compound, written out in its parts ("utvalget som analyserer … kompetansebehov"
        # is Kompetansebehovsutvalget): the names of `named` abbreviations, split where both parts are words
        self._parts: list[tuple[str, list[tuple[str, str]]]] = [
            (fold(abbr).replace(" ", ""), [split for e in expansions if " " not in fold(e) for split in _splits(fold(e))])
            for abbr, expansions in abbreviations.items() if abbr in named]
        self.named = frozenset(token for token, _ in self._parts)  # the title words those names become
        self._part_stems = [(token, [(_stem(first), _stem(head)) for first, head in splits]) for token, splits in self._parts]
        # a name written out with words between ("det nasjonale samarbeidsrådet for fag- og
        # yrkesopplæringen" is SRY): every word of one of its expansions, in any form, is that name
        self._spread: list[tuple[str, list[frozenset[str]]]] = [
            (fold(abbr).replace(" ", ""),
             [frozenset(_stem(w) for w in fold(e).split() if w not in stop) for e in expansions
              if len([w for w in fold(e).split() if w not in stop]) >= 2])
            for abbr, expansions in abbreviations.items() if abbr in named]
        for abbr, expansions in abbreviations.items():
            token = fold(abbr).replace(" ", "")
            for phrase in [abbr, *expansions]:  # the abbreviation too, for its genitive: "LOs" -> lo
                phrases.append((fold(phrase), token))
        self._phrases = _Phrases(phrases)
        self._names_of = names_of or {}
        self._own: dict[str, _Phrases] = {}
        self._memo: dict[tuple[str, str | None], tuple[str, ...]] = {}

    def _reporter_names(self, reporter: str) -> _Phrases:
        if reporter not in self._own:
            names = {fold(n) for n in [reporter, *self._names_of.get(reporter, [])] if fold(n)}
            self._own[reporter] = _Phrases([(n, None) for n in names])
        return self._own[reporter]

    def token(self, name: str) -> str:
        """The title word an organisation's name becomes ("Universitetet i Oslo" -> "uio")."""
        words = self._phrases.replace(fold(name).split())
        return words[0] if len(words) == 1 else ""

    def words(self, title: str, reporter: str | None = None) -> tuple[str, ...]:
        key = (title, reporter)
        if key not in self._memo:  # a title and a description are asked for again (alternatives, years)
            self._memo[key] = self._words(title, reporter)
        return self._memo[key]

    def _words(self, title: str, reporter: str | None) -> tuple[str, ...]:
        folded = fold(title)
        if self._english_re is not None:
            folded = self._english_re.sub(lambda m: self._english[m.group(0)], folded)
        words = [self._bokmal.get(w, w) for w in folded.split()]
        if reporter:  # the reporter's own name first: "KS" is both a name and an abbreviation
            words = self._reporter_names(reporter).replace(words)
        words = self._phrases.replace(words)
        out: list[str] = []
        for word in words:
            if _YEAR.match(word) or (word.isdigit() and len(word) <= 2):
                continue  # "Barometer 2019" and "Barometer 2020" are compared by year; "fase 2" says it goes on
            if word not in self._stop and (not out or out[-1] != word):
                out.append(word)
        stems = [_stem(w) for w in out]  # read again only when a name replaces words
        for token, expansions in self._spread:
            have = set(stems)
            for needed in expansions:
                if needed <= have:
                    at = [k for k, st in enumerate(stems) if st in needed]
                    if at[-1] - at[0] < 2 * len(needed):  # the words inside the name are the name's
                        out = [w for w in out[:at[0]] if w != token] + [token] + [w for w in out[at[-1] + 1:]
                                                                                  if w != token]
                        stems = [_stem(w) for w in out]
                        break
        have = set(stems)
        for token, splits in self._part_stems:
            for parts in splits:
                if parts[0] in have and parts[1] in have:  # also beside the name: "Utvalget for kompetansebehov (KBU)"
                    out = [w for w in out if _stem(w) not in parts and w != token] + [token]
                    have = {_stem(w) for w in out}
                    break
        return tuple(out)


def _splits(word: str) -> list[tuple[str, str]]:
    """A compound's two parts at every cut that leaves words of five letters or more, with and
    without the joining s or e: "kompetansebehovsutvalget" -> ("kompetansebehov", "utvalget") …"""
    out = []
    for i in range(5, len(word) - 4):
        first, head = word[:i], word[i:]
        out.append((first, head))
        if first[-1] in "se" and len(first) > 5:
            out.append((first[:-1], head))
    return out


class Compounds:
    """Compound words in the parts the run's own texts use as words: "bransjeprogrammer" is "bransje"
    and "programmer", "havbruksnettverket" is "havbruk" and "nettverket", when each part stands alone
    (in any form) in some title or description. A word that splits no way stays whole."""

    def __init__(self, words, min_length: int = 9, min_part: int = 4):
        self.known = frozenset(_stem(w) for w in words if len(w) >= min_part and w.isalpha())
        self.min_length, self.min_part = min_length, min_part
        self._seen: dict[str, tuple[str, ...]] = {}

    def parts(self, word: str) -> tuple[str, ...]:
        if word not in self._seen:
            self._seen[word] = self._split(word)
        return self._seen[word]

    def _split(self, word: str) -> tuple[str, ...]:
        if len(word) < self.min_length or not word.isalpha():
            return (word,)
        best: tuple[str, str] | None = None
        for i in range(self.min_part, len(word) - self.min_part + 1):
            first, head = word[:i], word[i:]
            if _stem(head) not in self.known:
                continue
            for core in (first, first[:-1] if first[-1] in "se" and len(first) > self.min_part else ""):
                if core and _stem(core) in self.known and (best is None or len(head) > len(best[1])):
                    best = (core, head)  # the longest last part: "kompetansebehov|utvalget", not "…|get"
        return best if best else (word,)

    def split(self, words: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(p for w in words for p in self.parts(w))


_ENDINGS = ("ene", "en", "er", "et", "e", "s", "a", "n")


@lru_cache(maxsize=100_000)
def _stem(word: str) -> str:
    for end in _ENDINGS:
        if len(word) - len(end) >= 5 and word.endswith(end):
            return word[: -len(end)]
    return word


@lru_cache(maxsize=1)
def _generic_heads() -> frozenset[str]:
    from ..reference import data_path

    lines = data_path("generic_heads.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _generic_head(rest: str) -> bool:
    """'ordningene', 'sprogrammet': a generic last part, with a joining s or e and an ending."""
    heads = _generic_heads()
    for start in (rest, rest[1:]) if rest[:1] in "se" else (rest,):
        if any(start == h or (start.startswith(h) and start[len(h):] in _SUFFIXES) for h in heads):
            return True
    return False


# a title that opens with one word before a preposition, a dash, a bracket, a year or its end: "Bransjeprogram for
# varehandel", "«Bransjeprogrammene»", "Bransjeprogrammene 2022", "Bransjeprogram industri og bygg"
_OPENING_WORD = re.compile(r"^\W*([^\W\d_]{10,})[»”\"']?(?=\s+(?:for|i|innen|innenfor|til|på|om|med)\s|\s*[–—:(-]"
                           r"|\s+(?:19|20)\d\d\b|\s*$|\s+(?-i:[a-zæøå]))", re.I)  # (or its part in lower case: "Bransjeprogram industri og bygg")
# the last parts that make a compound a scheme's name (a programme, a scheme of grants, an effort); the endings
# of their forms, with "programmet"'s doubled m
_SCHEME_PARTS = ("program", "ordning", "satsing", "satsning")
_SCHEME_ENDINGS = _SUFFIXES + ("me", "met", "mer", "mene", "ma")


def scheme_name(title: str) -> str:
    """The scheme a title opens with, when it opens with one word that is a compound of a scheme's last
    part ("Bransjeprogram for varehandel", "Bransjeprogrammene – …": bransjeprogram); "" else. Not a
    type of measure ("Utviklingsprogram" is none's name)."""
    from tiltak.extract.vocabulary import type_spellings

    found = _OPENING_WORD.match(title or "")
    if not found:
        return ""
    word = found.group(1).casefold()
    for part in _SCHEME_PARTS:
        at = word.find(part, 4)  # (a first part of four letters at least)
        if at != -1 and word[at + len(part):] in _SCHEME_ENDINGS:
            base = word[:at + len(part)]
            return "" if base in type_spellings() else base
    return ""


_SHORT_ENDINGS = frozenset(("s", "a", "en", "et", "er", "ar", "ne", "ene", "ane", "ens", "ets", "ers", "enes"))


@lru_cache(maxsize=200_000)
def word_similarity(a: str, b: str, threshold: int) -> float:
    """1 for the same word, the spelling ratio for close spellings, 0.9 for one word being the other
    plus an ending ("digitalisering" / "digitaliseringen"), 0.7 for a word that is the last part of
    a compound ("kampanjen" / "omdømmekampanje"), else 0."""
    if a == b:
        return 1.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if 3 <= len(short) < 6 and long_[len(short):] in _SHORT_ENDINGS and long_.startswith(short):
        return 0.9  # a short word and its inflected form: "råd" / "rådene", "kurs" / "kursene"
    if min(len(a), len(b)) >= 6 and (a.startswith(b) or b.startswith(a)):
        # an ending ("digitaliseringen") or a generic last part ("kompetanseplussordningene"); else the
        # first part of a longer compound ("kompetanse" in "kompetanseutviklingsmidler"), which is narrower
        short, long_ = sorted((a, b), key=len)
        rest = long_[len(short):]
        return 0.9 if len(rest) <= 4 or _generic_head(rest) else 0.6
    short, long_ = sorted((_stem(a), _stem(b)), key=len)
    if len(short) >= 5 and len(long_) > len(short) + 2 and long_.endswith(short):
        return 0.7
    if a.isdigit() or b.isdigit():
        return 0.0
    ratio = fuzz.ratio(a, b, score_cutoff=threshold)
    return ratio / 100.0 if ratio else 0.0


ALIKE_UP_TO = 8000  # words in a run's titles up to which the alike words are found in bulk


def alike_words(vocabulary, threshold: int) -> dict[str, frozenset[str]] | None:
    """For each word, the others `word_similarity` may find alike: those that start with it (six
    letters or more; a shorter one with an ending, "råd" / "rådene"), those whose stem ends in the
    other's, and those of a spelling ratio at the threshold
    (rapidfuzz's cdist, in bulk). A superset: every pair outside it is 0. None for a vocabulary too
    large to compare all at once."""
    vocab = sorted(set(vocabulary))
    if len(vocab) > ALIKE_UP_TO:
        return None
    import numpy as np

    near: dict[str, set[str]] = {w: set() for w in vocab}
    for i, w in enumerate(vocab):  # the words that start with it, sorted right after it
        if len(w) >= 6:
            for other in vocab[i + 1:bisect.bisect_left(vocab, w + "\uffff", i + 1)]:
                near[w].add(other)
                near[other].add(w)
    present = set(vocab)
    for w in vocab:  # short words and their inflected forms ("råd", "rådene")
        if 3 <= len(w) < 6:
            for end in _SHORT_ENDINGS:
                if w + end in present:
                    near[w].add(w + end)
                    near[w + end].add(w)
    by_stem: dict[str, list[str]] = {}
    for w in vocab:
        by_stem.setdefault(_stem(w), []).append(w)
    for w in vocab:
        stem = _stem(w)
        for k in range(1, len(stem) - 4):  # its stem's endings of five letters or more
            for other in by_stem.get(stem[k:], ()):
                near[w].add(other)
                near[other].add(w)
    by_length: dict[int, list[str]] = {}
    for w in vocab:
        by_length.setdefault(len(w), []).append(w)
    for n, words in by_length.items():
        # the ratio of words of lengths n <= m is at most 2n / (n + m): only those lengths can reach it
        longer = [w for m, ws in by_length.items() if m >= n and 200 * n >= threshold * (n + m) for w in ws]
        scores = process.cdist(words, longer, scorer=fuzz.ratio, score_cutoff=threshold, dtype=np.uint8, workers=-1)
        for i, j in zip(*np.nonzero(scores)):
            near[words[i]].add(longer[j])
            near[longer[j]].add(words[i])
    return {w: frozenset(ws) for w, ws in near.items()}


class SoftTfIdf:
    """Soft TF-IDF between word lists; rarity counted over the distinct titles given."""

    def __init__(self, word_lists: list[tuple[str, ...]], word_ratio: int = 85, names: frozenset[str] = frozenset(),
                 alike: dict[str, frozenset[str]] | None = None):
        self.names = names  # words that name one thing (abbreviations.csv: "kbu"), however often used
        distinct = {tuple(sorted(set(words))) for words in word_lists}
        df: Counter = Counter(w for words in distinct for w in words)
        n = max(len(distinct), 1)
        self.titles = n
        self.idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
        self._default_idf = math.log((n + 1) / 0.5)
        self.word_ratio = word_ratio
        self.df = df
        self.rare_idf = math.log((n + 1) / (max(2, 0.02 * n) + 0.5))  # a word in at most ~2% of the titles
        # `alike`: found in one pass over these words and others (a superset serves as well)
        self.alike = alike if alike is not None and df.keys() <= alike.keys() else alike_words(df, word_ratio)
        self._titles_with: dict[str, int] = {}

    def rare(self, word: str) -> bool:
        """A word few titles give (at most ~2% of them), or none."""
        return self.idf.get(word, self._default_idf) >= self.rare_idf

    def titles_with(self, word: str) -> int:
        """How many titles give the word in any form ("bransjeprogrammene": also "bransjeprogram"); not
        the first part of its compound ("kompetanse" is no form of "kompetanseprogrammet")."""
        if word in self._titles_with:
            return self._titles_with[word]
        forms = self.alike.get(word, ()) if self.alike is not None else ()
        self._titles_with[word] = self.df.get(word, 0) + sum(self.df.get(x, 0) for x in forms
                                          if x != word and word_similarity(word, x, self.word_ratio) >= 0.9
                                          and not (len(x) + 4 < len(word) and word.startswith(x)))
        return self._titles_with[word]

    def vector(self, words: tuple[str, ...] | list[str]) -> dict[str, float]:
        weights = {w: self.idf.get(w, self._default_idf) for w in set(words)}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        return {w: v / norm for w, v in weights.items()}

    def _alike_in(self, vb) -> dict[str, frozenset[str]] | None:
        """The bulk look-up of alike words, when it knows every word of `vb` (else compare them all)."""
        return self.alike if self.alike is not None and self.alike.keys() >= vb.keys() else None

    @staticmethod
    def _to_compare(x: str, ys, alike: dict[str, frozenset[str]] | None):
        """The words of `ys` that may be alike with `x`."""
        near = alike.get(x) if alike is not None else None
        return near.intersection(ys) if near is not None else ys

    def _directed(self, va: dict[str, float], vb: dict[str, float]) -> float:
        alike = self._alike_in(vb)
        total = 0.0
        for a, wa in va.items():
            if a in vb:
                total += wa * vb[a]
                continue
            best = 0.0
            for b in self._to_compare(a, vb, alike):
                wb = vb[b]
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

    def informative(self, v: dict[str, float]) -> bool:
        """A title with a rare word, or of three words or more, or a name of one thing ("KBU", however
        often reported): not just common words ("Digital kompetanse")."""
        return len(v) >= 3 or any(w in self.names or self.rare(w) for w in v)

    def coverage(self, va: dict[str, float], vb: dict[str, float], single_word: str = "no") -> float:
        """How much of the shorter title the other one covers, by word weight (0-1). A one-word
        title counts with `single_word="name"` only when the word is rare and long (a name:
        "Samfunnskontrakten"), with `"any"` when it has three letters or more ("KBU")."""
        if not va or not vb:
            return 0.0
        short, long_ = (va, vb) if len(va) <= len(vb) else (vb, va)
        if len(short) < 2:
            word = next(iter(short))
            if single_word == "no" or len(word) < 3 or single_word == "name" and word not in self.names and (
                    len(word) < 10 or not self.rare(word)):
                return 0.0
            if single_word == "any" and word not in self.names and word not in long_ and not any(
                    word_similarity(word, y, self.word_ratio) >= 0.9 for y in long_):
                return 0.0  # (the other holds it, maybe in another form: not "kompetanse" in "kompetansebarometer")
        # the same member's title next year needs no rare word: "Digital kompetanse" then is its own
        return self.covered(short, long_, min_words=1, rare=single_word != "any")

    def covered(self, va: dict[str, float], vb: dict[str, float], min_words: int = 2, rare: bool = True) -> float:
        """How much of text a (by word weight) text b holds, word for word (0-1); a text of fewer
        than `min_words` words counts for nothing, unless it is one long word. Only a text with a
        rare word held in b counts: "Digital kompetanse" is in many texts, "Samfunnskontrakten" is not."""
        name = len(va) == 1 and next(iter(va)) in self.names  # "KBU" in "KS deltar i KBU"
        if len(va) < min_words and not (len(va) == 1 and len(next(iter(va))) >= 10 or name) or not vb:
            return 0.0

        alike = self._alike_in(vb)

        def best_of(x: str, ys) -> float:
            if x in vb:
                return 1.0
            return max((word_similarity(x, y, self.word_ratio) for y in self._to_compare(x, ys, alike)), default=0.0)

        # 0.9 or more takes the same first letter: a quick look before the whole comparison
        rare_words = [x for x in va if self.rare(x)]
        if rare and not name and not any(best_of(x, [y for y in vb if y[:1] == x[:1]]) >= 0.9 for x in rare_words):
            return 0.0
        total = sum(w * w for w in va.values())
        best = {x: best_of(x, vb) for x in va}
        got = sum(w * w * best[x] for x, w in va.items())
        return got / total if total else 0.0

    def similarity(self, va: dict[str, float], vb: dict[str, float]) -> float:
        if not va or not vb:
            return 0.0
        return min(1.0, (self._directed(va, vb) + self._directed(vb, va)) / 2)


def recompose(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """b's words with two of them joined where a writes them as one compound: a "tillitsvalgtkurs"
    is b's "kurs for tillitsvalgte", an "arbeidslivsmonitor" b's "monitor for arbeidslivet"."""
    if len(b) < 2 or not any(len(x) >= 8 for x in a) or _word_ends(a).isdisjoint(_stems(b)):
        return b
    out = list(b)
    for x in a:
        if len(x) < 8 or x in out:
            continue
        x_stem = _stem(x)
        for head in out:
            if len(head) < 3 or head == x:
                continue
            end = _stem(head)
            whole = x if x.endswith(end) else x_stem if x_stem.endswith(end) else None
            if whole is None:
                continue
            first = whole[: len(whole) - len(_stem(head))]
            first = first[:-1] if first[-1:] in "se" and len(first) > 4 else first
            if len(first) < 4:
                continue
            part = next((w for w in out if w not in (head, x) and _stem(w).startswith(first)), None)
            if part is not None:
                out = [x if w == head else w for w in out if w != part]
                break
    return tuple(out)


@lru_cache(maxsize=100_000)
def _word_ends(words: tuple[str, ...]) -> frozenset[str]:
    """The ends another word's stem could be in recompose: of the words of eight letters or more,
    and of their stems, each end of three letters or more after the first four."""
    return frozenset(whole[i:] for x in words if len(x) >= 8 for whole in {x, _stem(x)}
                     for i in range(4, len(whole) - 2))


@lru_cache(maxsize=100_000)
def _stems(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_stem(w) for w in words if len(w) >= 3)


def shared_prefix(a: tuple[str, ...], b: tuple[str, ...], word_ratio: int) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y and word_similarity(x, y, word_ratio) < 0.9:
            break
        n += 1
    return n
