"""The deduplicated measures: one row per cluster of reports of the same measure."""

from __future__ import annotations

from collections import Counter

from pydantic import BaseModel, Field

from .models import Measure
from .reference import Reference


class Tiltak(BaseModel):
    """One measure, however many reports (members, years, files) gave it."""

    cluster_id: str = Field(description="Stable id of the measure; measures.cluster_id refers to it")
    title: str = Field(description="The most complete title: the longest its reports give")
    type: str | None = Field(None, description="The type most of its reports give (stated types before inferred ones)")
    delmal: list[str] = Field(default_factory=list, description="Delmål codes, over all its reports")
    omrade: list[int] = Field(default_factory=list, description="Main areas of those delmål")
    responsible: list[str] = Field(default_factory=list, description="Responsible organisations, over all its reports")
    partners: list[str] = Field(default_factory=list, description="Partner organisations, over all its reports")
    reporters: list[str] = Field(default_factory=list, description="Organisations that reported it")
    years: list[int] = Field(default_factory=list, description="Report years it was reported in")
    n_measures: int = Field(description="How many report rows (measures.csv) it was merged from")
    measure_ids: list[str] = Field(default_factory=list, description="Those rows' measure_id")


def _union(lists) -> list[str]:
    counts: Counter = Counter(x for values in lists for x in dict.fromkeys(values))
    return [x for x, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def build_tiltak(measures: list[Measure], ref: Reference) -> list[Tiltak]:
    groups: dict[str, list[Measure]] = {}
    for m in measures:
        groups.setdefault(m.cluster_id or m.measure_id, []).append(m)
    out = []
    for cid, members in groups.items():
        types = Counter((m.type, m.type_source == "stated") for m in members if m.type)
        type_ = max(types.items(), key=lambda kv: (kv[0][1], kv[1], kv[0][0] in ref.types))[0][0] if types else None
        delmal = sorted({d for m in members for d in m.delmal}, key=lambda c: tuple(int(x) for x in c.split(".")))
        responsible = _union(m.responsible for m in members)
        out.append(Tiltak(
            cluster_id=cid,
            title=max((m.title for m in members), key=lambda t: (len(t), t)),
            type=type_, delmal=delmal, omrade=sorted({ref.omrade_of(d) for d in delmal}),
            responsible=responsible,
            partners=[p for p in _union(m.partners for m in members) if p not in responsible],
            reporters=sorted({m.reporter for m in members if m.reporter}),
            years=sorted({m.report_year for m in members if m.report_year}),
            n_measures=len(members), measure_ids=[m.measure_id for m in members]))
    return sorted(out, key=lambda t: (t.omrade[:1] or [9], t.delmal[:1] or ["9"], t.title))


def summary_rows(measures: list[Measure], ref: Reference) -> list[dict]:
    """What the summary tables count: each deduplicated measure once in every year it was
    reported, with the delmål and type that year's reports give it."""
    groups: dict[tuple[str, int | None], list[Measure]] = {}
    for m in measures:
        groups.setdefault((m.cluster_id or m.measure_id, m.report_year), []).append(m)
    rows = []
    for (_, year), members in groups.items():
        summary = build_tiltak(members, ref)[0]
        rows.append({"report_year": year, "delmal": summary.delmal, "omrade": summary.omrade, "type": summary.type})
    return rows
