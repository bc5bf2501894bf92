"""Scoring a pair of measures from explainable comparisons.

Each comparison puts the pair in one level (title "high", delmål "same", …); each level has a
weight in log2 odds, declared in matching.toml. The score is the probability
1 / (1 + 2^-(prior + sum of weights)), and every part is kept for the review file.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .titles import SoftTfIdf, shared_prefix


@dataclass(frozen=True, slots=True)
class Record:
    """What matching needs to know about one measure."""

    index: int
    key: str
    documents: frozenset[str]  # the documents that give this content (a report sent as Word and as PDF: two)
    words: tuple[str, ...]
    vector: dict = field(hash=False, compare=False)
    reporter: str | None
    responsible: frozenset[str]
    responsible_up: frozenset[str]  # with the bodies they belong to (KD -> Regjeringen)
    organisations: frozenset[str]
    organisations_up: frozenset[str]
    delmal: frozenset[str]
    type: str | None
    year: int | None
    dates: frozenset[dt.date]
    ongoing: bool
    end_year: int | None


@dataclass(slots=True)
class Part:
    name: str
    level: str
    weight: float
    value: float | None = None

    def __str__(self) -> str:
        shown = f" {self.value:.2f}" if self.value is not None else ""
        return f"{self.level}{shown} ({self.weight:+.1f})"


@dataclass(slots=True)
class PairScore:
    left: int
    right: int
    score: float
    weight: float
    parts: list[Part]
    same_document: bool = False

    def part(self, name: str) -> Part | None:
        return next((p for p in self.parts if p.name == name), None)


def _probability(bits: float) -> float:
    return 1.0 / (1.0 + 2.0 ** (-bits))


class Comparator:
    def __init__(self, settings: dict, tfidf: SoftTfIdf):
        self.s = settings
        self.tfidf = tfidf
        self.title_levels = sorted(settings["title"]["levels"], key=lambda lv: lv["min"], reverse=True)

    def title(self, a: Record, b: Record) -> Part:
        cfg = self.s["title"]
        if a.words == b.words and a.words:
            top = self.title_levels[0]
            return Part("title", top["name"], top["weight"], 1.0)
        sim = self.tfidf.similarity(a.vector, b.vector)
        if a.year != b.year and a.reporter and a.reporter == b.reporter:
            sim = max(sim, self.s["years"]["cross_year_cover"] * self.tfidf.coverage(a.vector, b.vector))
        prefix = shared_prefix(a.words, b.words, cfg["word_ratio"])
        if prefix >= cfg["prefix_min_words"]:
            tail_a, tail_b = a.words[prefix:], b.words[prefix:]
            if tail_a and tail_b and min(self.tfidf.share(tail_a, a.words), self.tfidf.share(tail_b, b.words)) \
                    >= cfg["prefix_tail_share"]:
                tail = self.tfidf.similarity(self.tfidf.vector(tail_a), self.tfidf.vector(tail_b))
                if tail < cfg["prefix_tail_below"]:
                    return Part("title", "prefix_only", cfg["prefix_only_weight"], tail)
        for level in self.title_levels:
            if level["min"] < 1.0 and sim >= level["min"]:
                return Part("title", level["name"], level["weight"], sim)
        last = self.title_levels[-1]
        return Part("title", last["name"], last["weight"], sim)

    def organisations(self, a: Record, b: Record) -> Part:
        """An organisation matches itself and the body it belongs to (KD and Regjeringen), not its
        siblings (KD and ASD)."""
        w = self.s["organisations"]
        common = len(a.organisations & b.organisations)
        union = len(a.organisations | b.organisations)
        if common >= w["network_min_shared"] and common >= w["network_min_share"] * union:
            return Part("organisations", "shared_network", w["shared_network"], common / union)
        if a.responsible and a.responsible == b.responsible:
            return Part("organisations", "same_responsible", w["same_responsible"])
        if a.responsible & b.responsible_up or b.responsible & a.responsible_up:
            return Part("organisations", "responsible_overlap", w["responsible_overlap"])
        if a.organisations & b.organisations_up or b.organisations & a.organisations_up:
            return Part("organisations", "any_overlap", w["any_overlap"])
        if a.organisations and b.organisations:
            return Part("organisations", "no_overlap", w["no_overlap"])
        return Part("organisations", "missing", 0.0)

    def delmal(self, a: Record, b: Record) -> Part:
        w = self.s["delmal"]
        if not a.delmal or not b.delmal:
            return Part("delmal", "missing", 0.0)
        if a.delmal == b.delmal:
            return Part("delmal", "same", w["same"])
        if a.delmal & b.delmal:
            return Part("delmal", "overlap", w["overlap"])
        return Part("delmal", "disjoint", w["disjoint"])

    def type(self, a: Record, b: Record) -> Part:
        w = self.s["type"]
        if not a.type or not b.type:
            return Part("type", "missing", 0.0)
        return Part("type", "same", w["same"]) if a.type == b.type else Part("type", "different", w["different"])

    def years(self, a: Record, b: Record) -> Part:
        w = self.s["years"]
        if a.year is None or b.year is None:
            return Part("years", "missing", 0.0)
        gap = abs(a.year - b.year)
        if gap == 0:
            return Part("years", "same", w["same"])
        if gap > 1:
            return Part("years", "apart", w["apart"])
        earlier, later = (a, b) if a.year < b.year else (b, a)
        # It goes on, it ends later, or the later report is about something done in the earlier year.
        if earlier.ongoing or (earlier.end_year or 0) >= later.year or any(d.year == earlier.year for d in later.dates):
            return Part("years", "adjacent_ongoing", w["adjacent_ongoing"])
        return Part("years", "adjacent", w["adjacent"])

    def dates(self, a: Record, b: Record) -> Part:
        w = self.s["dates"]
        if not a.dates or not b.dates:
            return Part("dates", "missing", 0.0)
        return Part("dates", "same", w["same"]) if a.dates & b.dates else Part("dates", "different", w["different"])

    def score(self, a: Record, b: Record) -> PairScore:
        parts = [self.title(a, b), self.organisations(a, b), self.delmal(a, b), self.type(a, b), self.years(a, b),
                 self.dates(a, b)]
        bits = self.s["prior"] + sum(p.weight for p in parts)
        same_document = len(a.documents | b.documents) == 1
        return PairScore(a.index, b.index, _probability(bits), bits, parts, same_document=same_document)

    def suggestion(self, pair: PairScore) -> str:
        t = self.s["thresholds"]
        if pair.score >= t["match"]:
            # Two rows of one document were listed apart by their author: an analyst decides.
            return "review" if pair.same_document else "match"
        return "review" if pair.score >= t["review"] else "distinct"
