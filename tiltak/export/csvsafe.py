"""CSV cells that a spreadsheet would run as formulas are neutralised (OWASP CSV injection)."""

from __future__ import annotations

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """Prefix a cell that starts like a formula with an apostrophe, which Excel shows as text.

    A plain negative number ("-3") is left alone: it is data, not a formula."""
    if value and value.startswith(_TRIGGERS):
        if value[0] in "-+" and value[1:].replace(".", "", 1).replace(",", "", 1).isdigit():
            return value
        return "'" + value
    return value


def restore(value: str) -> str:
    """Undo `neutralise` when reading a file tiltak wrote."""
    if value.startswith("'") and value[1:2] in _TRIGGERS:
        return value[1:]
    return value
