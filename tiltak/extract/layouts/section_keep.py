"""Which of the measures a document's sections give are kept: an overview before the forms is
not measures of its own, a measure listed under each of its delmål is one, text after the last
measure is the report's, and only a measure of the strategy for sure makes a document a report."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import FACT_TEXTS, READ_FIELDS, RawMeasure
from ..text import fold

if TYPE_CHECKING:
    from .sections import _Measure


_DAY = re.compile(r"\b\d{1,2}\.\s*(?:jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)|\bkl\.?\s*\d", re.I)


def _figures_only(text: str) -> bool:
    """A text of figures more than words, or none (the rows of a table set without rules under its head)."""
    tokens = text.split()
    return sum(1 for t in tokens if any(ch.isdigit() for ch in t)) >= 0.4 * len(tokens)


def _facts_given(r: RawMeasure, fields=FACT_TEXTS) -> int:
    return sum(bool(getattr(r, f)) for f in fields)


def without_dates_only(kept: list[tuple[_Measure, RawMeasure]]) -> list[tuple[_Measure, RawMeasure]]:
    """A heading with nothing but a date or time under it ("Referat frå dialogmøte" over "Tid: 11.
    november 2025"), in a report whose other measures (two or more) all name their delmål: a letter's
    or a meeting's heading, not a measure."""
    def dated_only(r: RawMeasure) -> bool:
        return bool(r.period_text and _DAY.search(r.period_text)) and not any(
            (r.goal_text, r.type_text, r.responsible_text, r.partners_text, r.description))

    others = [r for _, r in kept if not dated_only(r)]
    if len(others) < 2 or not all(r.goal_text for r in others):
        return kept
    return [(m, r) for m, r in kept if not dated_only(r)]


def without_guesses_alone(kept: list[tuple[_Measure, RawMeasure]]) -> list[tuple[_Measure, RawMeasure]]:
    """No name and only a time read from a line's content ("Rapport til rådet for 2022" on a cover): no
    measure."""
    return [(m, r) for m, r in kept if r.title or set(m.guessed) != {"period"} or any(
        (r.goal_text, r.type_text, r.responsible_text, r.partners_text))]


def without_notices(kept: list[tuple[_Measure, RawMeasure]]) -> list[tuple[_Measure, RawMeasure]]:
    """A heading about a day with text and no fact at all ("Kantina er stengt fredag 24. august" in a
    feed of posts) among measures that each give their delmål and two facts more (four or more): a
    notice, not a measure (a measure told in prose alone is kept); nor a heading with no fact that asks (a
    slide's "Spørsmål?") or stands over figures alone (a table's head row set without rules)."""
    def bare(m: _Measure, r: RawMeasure) -> bool:
        return m.origin == "head" and not _facts_given(r) and (
            bool(_DAY.search(r.title or "")) or (r.title or "").rstrip().endswith("?") or _figures_only(r.description or ""))

    return [(m, r) for m, r in kept if not bare(m, r)] if _all_full(kept) else kept


def _all_full(kept: list[tuple[_Measure, RawMeasure]]) -> bool:
    """Four measures or more give facts, and each of them its delmål and two facts more."""
    factual = [r for _, r in kept if _facts_given(r)]
    return len(factual) >= 4 and all(r.goal_text and _facts_given(r, FACT_TEXTS[1:]) >= 2 for r in factual)


# the heading of a report's own section: "Påmelding", "Veien videre", "Samlet vurdering av …", "Akademikernes
# prioriteringer for 2022", an area of the strategy alone ("Innsatsområde 3"), a web page's links ("Relatert innhold"), or a draft's
_OWN_HEAD = re.compile(r"^(?:påmelding|kontakt\w*|veien videre|vegen vidare|videre arbeid|vidare arbeid|neste steg|"
                       r"oppsummering|sammendrag|samandrag|samlet vurdering|samla vurdering|konklusjon\w*|avslutning\w*|"
                       r"om oss|vedlegg|kilder|innsatsområde\s*\d\s*$|relatert innhold|relaterte (?:artikler|saker|sider|lenker)|"
                       r"les (?:også|mer)|sjå òg|se også|nyttige lenker|lenker$)|\b(?:prioriteringer|prioriteringar|planer|planar|"
                       r"ambisjoner|ambisjonar)\s+(?:for|i|fram mot)\s+(?:19|20)\d{2}\b"
                       # a draft left in an export: "Kladd (ikke sendt inn – ikke del av rapporten)"
                       r"|^(?:kladd|utkast)\b(?!\s+til\b)|\bikk(?:e|je)\s+(?:sendt inn|send inn|del av rapporten)\b", re.I)
# who the reporter is, after its measures: "Om Spekter", "Om oss"
_ABOUT = re.compile(r"^\s*om\s+\S+\s*$", re.I)
# the meetings the member took part in: "Møter og arenaer LO har deltatt i", "Møte vi har delteke i"
_MEETINGS = re.compile(r"^(?:møter|møte|møtedeltakelse)\b[^.]{0,60}\b(?:deltatt|delteke|deltok)\b", re.I)
_MEETINGS_ALONE = re.compile(r"^\s*(?:\d{1,2}\.?\s+)?(?:møter|møte|møtedeltakelse)(?:\s+(?:i|for)\s+(?:19|20)\d{2})?\s*:?\s*$", re.I)


# "Akademikerne er representert i disse organene (ikke egne tiltak):", "Dette rapporteres ikke som egne tiltak."
_NOT_MEASURES = re.compile(r"\bikk(?:e|je)\s+(?:som\s+)?(?:egne|eigne)\s+tiltak\b|\brapporter(?:es|ast)\s+ikk(?:e|je)\s+som\s+"
                           r"(?:egne\s+|eigne\s+)?tiltak\b", re.I)


def without_closing_text(kept: list[tuple[_Measure, RawMeasure]]) -> list[tuple[_Measure, RawMeasure]]:
    """A heading of the report's own ("Påmelding", "Prioriteringer for 2022", "Samlet vurdering"), or one
    whose text says it is no measure ("… (ikke egne tiltak)"), with text and no fact at all, after the
    last of four or more measures that each give their delmål and
    two facts more, or the list of meetings the member took part in (after a measure of facts, and
    naming no delmål): the report's, not a measure. (A measure told in prose last stays.)"""
    factual = [k for k, (_, r) in enumerate(kept) if _facts_given(r)]
    if not factual:
        return kept
    last, full = factual[-1], _all_full(kept)
    return [(m, r) for k, (m, r) in enumerate(kept) if m.origin != "head" or not (
        k > last and full and (_OWN_HEAD.search(r.title or "") or _NOT_MEASURES.search(r.description or ""))
        or k > last and _ABOUT.match(r.title or "") and not _facts_given(r)
        or k > factual[0] and _MEETINGS.search(r.title or "")
        and not (r.goal_text or r.type_text or r.responsible_text or r.partners_text)  # (its dates are no measure's facts)
        or k > factual[0] and _MEETINGS_ALONE.match(r.title or "") and not (r.goal_text or r.type_text))]  # ("Møter" over a table)


def without_overview(kept: list[tuple[_Measure, RawMeasure]]) -> list[tuple[_Measure, RawMeasure]]:
    """An overview of the measures before their forms ("Oversikt over tiltak": name and delmål, then a
    form per measure), or a cover's name and period before a table of facts: a measure named again
    later with more fields is that later one, which keeps the overview's goal when it has none."""
    def key(r: RawMeasure) -> str:
        return fold(r.title)

    def thin(r: RawMeasure) -> bool:
        return not _facts_given(r, FACT_TEXTS[1:])

    def said_again(r: RawMeasure, later: RawMeasure) -> bool:
        """A cover's name with its period or who, then the same name in a table of facts that says more,
        every fact the cover gives alike (two measures of one name, each with its delmål, stay two)."""
        given = [f for f in FACT_TEXTS if getattr(r, f)]
        return bool(given) and set(given) <= {"period_text", "responsible_text"} \
            and _facts_given(later) > len(given) \
            and all(fold(getattr(r, f)) == fold(getattr(later, f) or "") for f in given)

    later = {}
    for i, (_, r) in enumerate(kept):
        if r.title:
            later[key(r)] = i
    out = []
    for i, (m, r) in enumerate(kept):
        j = later.get(key(r)) if r.title else None
        if j is not None and j > i and (thin(r) and not thin(kept[j][1]) or said_again(r, kept[j][1])):
            if r.goal_text and not kept[j][1].goal_text:
                m2, r2 = kept[j]
                kept[j] = (m2, r2.model_copy(update={"goal_text": r.goal_text, "goal_numbering": r.goal_numbering}))
            continue
        out.append((m, r))
    return out


def one_per_listing(kept: list[tuple[_Measure, RawMeasure]]) -> list[tuple[_Measure, RawMeasure]]:
    """A measure listed under each delmål it serves ("Tiltak som høyrer til fleire delmål, er førte
    opp under kvart av dei") is one measure of all those delmål: the same name and text again."""
    first: dict[tuple, int] = {}
    out: list[tuple[_Measure, RawMeasure]] = []
    for m, r in kept:
        key = (fold(r.title), fold(r.description or ""), r.type_text, r.period_text)
        j = first.get(key) if m.origin == "list" and r.title and r.goal_text else None
        if j is not None and out[j][1].goal_text != r.goal_text:
            m0, r0 = out[j]
            out[j] = (m0, r0.model_copy(update={"goal_text": f"{r0.goal_text}; {r.goal_text}"}))
            continue
        if m.origin == "list":
            first.setdefault(key, len(out))
        out.append((m, r))
    return out


def built_up(kept: list[tuple[_Measure, RawMeasure]]) -> list[tuple[_Measure, RawMeasure]]:
    """A slide printed at each stage of its build (the name and delmål, then who and when, then the
    text), a page each: one measure, the last stage, when each stage holds all the one before it does
    (a field may go on by words in the next stage). Two measures of one name with other facts, or on one
    page, stay two."""
    out: list[tuple[_Measure, RawMeasure]] = []
    for m, r in kept:
        if out:
            r0 = out[-1][1]
            p0, p1 = r0.provenance.page, r.provenance.page
            if r.title and fold(r0.title) == fold(r.title) and p0 is not None and p1 is not None and p1 > p0 \
                    and all(_grown(getattr(r0, f), getattr(r, f)) for f in READ_FIELDS):
                out[-1] = (m, r)
                continue
        out.append((m, r))
    return out


def _grown(before: str | None, after: str | None) -> bool:
    return not before or after == before or bool(after) and after.startswith(before + " ")


def surely_of_the_strategy(evidence: set[str], raw: RawMeasure) -> bool:
    """A measure of the strategy for sure: its goal is named ("Delmål: 2.2", "NKPS tiltak nr. 4"), or
    labels name two of its fields, one of them who does it (a table of "Category:" and "Period:" is
    not a report)."""
    if evidence & {"goal_ref", "strategy_series"}:
        return True
    kinds = evidence - {"goal_ref"}
    return len(kinds) >= 2 and bool(kinds & {"goal", "responsible", "partners", "roles"})


def drop_trailing_text(measures: list[_Measure]) -> None:
    """Text after the last field of the last measure is the report's closing words, not the
    measure's, when no other measure has unlabelled text of its own."""
    if len(measures) < 3:
        return
    last = measures[-1]
    if not last.trailing or any(m.free for m in measures[:-1]) or not last.labelled:
        return
    for target, text in last.trailing:
        if target.startswith("other:"):
            continue
        values = last.fields.get(target, [])
        if text in values:
            values.remove(text)
        elif target == "title" and text in last.title:
            last.title.remove(text)
    last.trailing = []
