"""The summary tables the directorate publishes: measures per delmål, and type × area.

Counted per report year over whatever rows they are given: every measure until matching
exists, the deduplicated measures (one per cluster) after. A measure that serves delmål in two
areas counts once in each.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from tiltak.normalize.reference import Reference

from .dataset import write_rows


NO_TYPE = "(ingen type)"


def report_years(rows: list[dict]) -> list[int | None]:
    """The report years the rows give, oldest first, rows without a year last."""
    years = {r.get("report_year") for r in rows}
    return sorted(years, key=lambda y: (y is None, y or 0))


def delmal_table(rows: list[dict], ref: Reference) -> list[dict]:
    """One row per year and delmål (all 16, zeros included): report_year, delmal, omrade, measures."""
    out = []
    for year in report_years(rows):
        counts = Counter(code for r in rows if r.get("report_year") == year for code in dict.fromkeys(r["delmal"]))
        for code, d in ref.delmal.items():
            out.append({"report_year": year, "delmal": code, "omrade": d.omrade, "measures": counts.get(code, 0)})
    return out


def type_area_table(rows: list[dict], ref: Reference) -> list[dict]:
    """One row per year and type, a column per area, and the year's total row."""
    out = []
    areas = list(ref.areas)
    for year in report_years(rows):
        year_rows = [r for r in rows if r.get("report_year") == year]
        types = list(ref.types) + sorted({r["type"] for r in year_rows if r.get("type") and r["type"] not in ref.types})
        if any(not r.get("type") for r in year_rows):
            types.append(NO_TYPE)
        for type_ in types + ["Totalt"]:
            chosen = [r for r in year_rows if type_ == "Totalt" or (r.get("type") or NO_TYPE) == type_]
            row = {"report_year": year, "type": type_}
            for area in areas:
                row[f"omrade_{area}"] = sum(1 for r in chosen if area in r["omrade"])
            row["total"] = len(chosen)
            out.append(row)
    return out


def write_summaries(out: Path, rows: list[dict], ref: Reference) -> None:
    """`rows`: each deduplicated measure once per year it was reported (normalize.tiltak.year_rows)."""
    write_rows(out / "summary_delmal.csv", ["report_year", "delmal", "omrade", "measures"], delmal_table(rows, ref))
    write_rows(out / "summary_type_omrade.csv", ["report_year", "type"] + [f"omrade_{a}" for a in ref.areas] + ["total"],
               type_area_table(rows, ref))


def organisations_table(rows: list[dict], gazetteer) -> list[dict]:
    """Every organisation the run's measures name: canonical name, kind, parent, and how often it
    is reporter, responsible and partner. Names not in the gazetteer have known = false."""
    counts: dict[str, Counter] = {}
    for r in rows:
        for role, names in (("reporter", [r["reporter"]] if r.get("reporter") else []),
                            ("responsible", r["responsible"]), ("partner", r["partners"])):
            for name in dict.fromkeys(names):
                counts.setdefault(name, Counter())[role] += 1
    out = []
    for name in sorted(counts, key=str.casefold):
        org = gazetteer.org(name)
        out.append({"name": name, "known": org is not None, "kind": org.kind if org else "",
                    "parent": (org.parent or "") if org else "", "full_name": org.full_name if org else "",
                    "as_reporter": counts[name]["reporter"], "as_responsible": counts[name]["responsible"],
                    "as_partner": counts[name]["partner"]})
    return out


ORGANISATION_COLUMNS = ["name", "known", "kind", "parent", "full_name", "as_reporter", "as_responsible", "as_partner"]
