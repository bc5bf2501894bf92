"""Layout parsers. Each says how well it fits a document and why; the best fit parses it."""

from __future__ import annotations


from ..content import delmal_codes
from ..model import Document
from ..settings import SETTINGS
from .base import Fit, Layout, ParseResult
from .numbered import NumberedReport
from .row_table import RowTable
from .sections import Sections

SECTIONS = Sections()
LAYOUTS: list[Layout] = [NumberedReport(), RowTable(), SECTIONS]


def assess_all(doc: Document) -> list[tuple[Layout, Fit]]:
    """Every layout with its fit, best first (ties go to the earlier layout)."""
    scored = [(layout, layout.assess(doc), i) for i, layout in enumerate(LAYOUTS)]
    scored.sort(key=lambda s: (-s[1].score, s[2]))
    return [(layout, fit) for layout, fit, _ in scored]


def best_layout(doc: Document) -> tuple[Layout | None, float]:
    """The layout that fits `doc` best, or None when none fits well enough."""
    layout, fit = assess_all(doc)[0]
    return (layout, fit.score) if fit.score >= SETTINGS.layouts.min_fit else (None, fit.score)


_DETAILS = ("goal_text", "type_text", "responsible_text", "partners_text", "period_text", "description")


def with_details(doc: Document, layout: Layout, parsed: ParseResult) -> ParseResult:
    """A table of the measures with their details elsewhere in the report (an appendix with a
    heading and labelled lines per measure): what the table leaves empty is taken from the measure
    of the same name there; and the measures the report lists under "Andre tiltak" besides the table."""
    if not isinstance(layout, RowTable):
        return parsed
    from dataclasses import replace

    from ..text import fold

    sections = SECTIONS.parse(doc)
    told = _told_in_full(parsed.measures, sections.measures)
    if told is not None:
        return replace(parsed, measures=told)
    details = {fold(m.title): m for m in sections.measures if m.title}
    out = []
    for m in parsed.measures:
        d = details.get(fold(m.title)) if m.title else None
        if d is not None:
            m = m.model_copy(update={k: getattr(d, k) for k in _DETAILS if not getattr(m, k) and getattr(d, k)})
        out.append(m)
    # the measures listed under "Andre tiltak" below the table (of no delmål) are the report's too
    titles = {fold(m.title) for m in out}
    for m in sections.others:
        if fold(m.title) not in titles:
            out.append(m.model_copy(update={"index": len(out) + 1}))
    return replace(parsed, measures=out + _measures_beside_the_tables(sections.measures, out))


def _told_in_full(table_measures: list, found: list) -> list | None:
    """An overview table of the measures by short names ("Lære hele livet", "KBU") before a section per
    measure, in the same order, under its full name with its facts ("Kompetansereformen «Lære hele livet»
    …", "Kompetansebehovsutvalget (KBU)"): the sections' measures, each with what only the table gives."""
    from rapidfuzz import fuzz

    from ..text import fold

    if len(found) != len(table_measures) or len(found) < 2:
        return None
    if sum(sum(bool(getattr(m, k)) for k in _DETAILS) >= 3 for m in found) < 0.8 * len(found):
        return None

    def alike(t, m) -> bool:
        codes = set(delmal_codes(t.goal_text or ""))
        return fuzz.partial_ratio(fold(t.title or ""), fold(m.title or "")) >= 85 or bool(codes) and codes <= set(
            delmal_codes(m.goal_text or ""))

    if sum(alike(t, m) for t, m in zip(table_measures, found)) < 0.8 * len(found):
        return None
    if sum(fold(t.title or "") == fold(m.title or "") for t, m in zip(table_measures, found)) >= 0.5 * len(found):
        return None  # (the same names: the table's measures, the sections' details joined to them as before)
    return [m.model_copy(update={k: getattr(t, k) for k in _DETAILS if not getattr(m, k) and getattr(t, k)})
            for t, m in zip(table_measures, found)]


def _measures_beside_the_tables(found: list, table_measures: list) -> list:
    """Measures the report gives in its text besides its tables (new measures as headings with labelled
    fields, the continued ones in a table after them): two or more paragraphs named by a name (no
    label, no area, none twice), each with its delmål and two more fields or its text, none of them a table's
    measure in other words, and half of them at least not of a table row's delmål (sections that tell the rows
    again: "Nærmere om tiltakene")."""
    from collections import Counter

    from rapidfuzz import fuzz

    from ..text import fold
    from ..vocabulary import is_area, label_field

    def facts_of(m) -> tuple:
        return tuple(getattr(m, k) for k in _DETAILS[:5])

    facts = {facts_of(t) for t in table_measures}
    names = Counter(fold(m.title) for m in found if m.title)  # (one heading over each of a template's parts: no name)
    own = [m for m in found if m.title and m.goal_text and m.provenance.locator.startswith("paragraph")
           and sum(bool(getattr(m, k)) for k in _DETAILS[1:]) >= 2 and not is_area(m.title) and not label_field(m.title)
           and names[fold(m.title)] == 1
           and facts_of(m) not in facts  # (a heading over a table read with its first row)
           and not any(fuzz.token_set_ratio(fold(m.title), fold(t.title or "")) >= 80 for t in table_measures)]
    if len(own) < 2:
        return []
    rows = [frozenset(delmal_codes(t.goal_text)) for t in table_measures]
    again = sum(1 for m in own if frozenset(delmal_codes(m.goal_text)) in rows)
    if again * 2 > len(own):
        return []
    return [m.model_copy(update={"index": len(table_measures) + k + 1}) for k, m in enumerate(own)]


def what_was_seen(doc: Document) -> str:
    """What a document holds that a layout could use, for the message when none fits."""
    from collections import Counter

    from .segments import items

    seen = items(doc)
    labels = Counter(it.label or it.field for it in seen if it.kind == "field" and it.field not in (None, "", "other"))
    heads = sum(1 for it in seen if it.kind == "head" and not it.section)
    forms = sum(1 for it in seen if it.kind == "form")
    parts = [f"{len(doc.paragraphs())} paragraphs", f"{len(doc.tables())} tables", f"{heads} headings"]
    if forms:
        parts.append(f"{forms} form tables")
    found = ", ".join(f"«{k}» ×{v}" if v > 1 else f"«{k}»" for k, v in labels.most_common(6))
    text = "read " + ", ".join(parts) + "; " + (f"labels recognised: {found}" if found else "no field labels recognised")
    if labels and not heads and not forms and "title" not in {it.field for it in seen if it.kind == "field"}:
        text += "; nothing names the measures (no heading, numbered title or 'Tiltak:' label before the fields)"
    elif not labels:
        text += " (Tiltak, Delmål, Ansvarlig, … : see tiltak inspect)"
    return text


__all__ = ["LAYOUTS", "Fit", "Layout", "ParseResult", "assess_all", "best_layout", "what_was_seen", "with_details"]
