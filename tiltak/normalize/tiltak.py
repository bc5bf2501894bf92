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


def year_rows(measures: list[Measure], ref: Reference) -> list[dict]:
    """Each deduplicated measure once for every year it was reported, with what that year's
    reports give it (delmål, type, organisations) and where they are (file, page)."""
    groups: dict[tuple[str, int | None], list[Measure]] = {}
    for m in measures:
        groups.setdefault((m.cluster_id or m.measure_id, m.report_year), []).append(m)
    titles = {t.cluster_id: t.title for t in build_tiltak(measures, ref)}
    rows = []
    for (cluster_id, year), members in groups.items():
        summary = build_tiltak(members, ref)[0]
        rows.append({"cluster_id": cluster_id, "report_year": year, "title": titles.get(cluster_id, summary.title),
                     "delmal": summary.delmal, "omrade": summary.omrade, "type": summary.type,
                     "responsible": summary.responsible, "partners": summary.partners, "reporters": summary.reporters,
                     "sources": [(m.source_file, m.page) for m in members]})
    return rows


def matrix(rows: list[dict], ref: Reference) -> dict:
    """{year: {area: {delmal: [rows]}}}: the published matrix's grouping; a measure serving two
    delmål stands under each."""
    out: dict = {}
    for r in rows:
        for code in r["delmal"] or []:
            out.setdefault(r["report_year"], {}).setdefault(ref.omrade_of(code), {}).setdefault(code, []).append(r)
    for year in out.values():
        for area in year.values():
            for rows_ in area.values():
                rows_.sort(key=lambda r: r["title"].casefold())
    return out
