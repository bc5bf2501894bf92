"""How completely each file was read: which fields its measures have, and the gaps worth a warning
("16 of 16 measures have no delmål"), so a partial result is never passed off as a whole one."""

from __future__ import annotations

from .models import Measure

FIELDS = ("title", "delmal", "type", "responsible", "partners", "period")


def coverage(measures: list[Measure]) -> dict[str, int]:
    """Per field, how many of the file's measures have it; `measures` is the count."""
    out = {"measures": len(measures)}
    for name in FIELDS:
        out[name] = sum(1 for m in measures if getattr(m, name))
    return out


def gaps(cov: dict[str, int]) -> list[str]:
    """The gaps that mean a field was probably not recognised in the file, as sentences."""
    n = cov.get("measures", 0)
    if not n:
        return []
    out = []
    if cov["title"] < n:
        out.append(f"{n - cov['title']} of {n} measures have no title")
    missing = n - cov["delmal"]
    if missing and (missing == n or missing * 2 >= n and n >= 4):
        out.append(f"{missing} of {n} measures have no delmål")
    if n >= 2 and cov["responsible"] == 0:
        out.append(f"none of the {n} measures names a responsible organisation")
    return out
