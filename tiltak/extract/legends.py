"""A document's own codes for the delmål: a key table ("Kode | Delmål": "[VEILEDNING] | 1.3") and
the codes under each measure ("[DIGITAL] [KOBLING]"), read as the delmål they stand for."""

from __future__ import annotations

import re

from .content import is_delmal_code
from .model import Document, Paragraph, Table

_CODE = re.compile(r"\[[^\[\]]{2,30}\]")
_CODES_ONLY = re.compile(r"^\s*(?:\[[^\[\]]{2,30}\][\s,;]*)+$")


def _key(table: Table) -> dict[str, str] | None:
    """{"[VEILEDNING]": "1.3", …} when one column holds a code in brackets and another a delmål on every row."""
    if table.n_rows < 3 or table.n_cols < 2:
        return None
    rows = table.grid()[1:]
    for code_col in range(table.n_cols):
        codes = [" ".join(r[code_col].text.split()) if r[code_col] else "" for r in rows]
        if not all(_CODE.fullmatch(c) for c in codes):
            continue
        for goal_col in range(table.n_cols):
            goals = [r[goal_col].text.strip() if r[goal_col] else "" for r in rows]
            if goal_col != code_col and all(is_delmal_code(g) for g in goals):
                return {c.casefold(): g.replace(",", ".") for c, g in zip(codes, goals)}
    return None


def with_legend_codes(doc: Document) -> Document:
    """A key table whose codes stand alone on lines under the measures: those lines read as
    "Delmål 2.1, 2.4", and the key left out. (A table of measures with codes in brackets is no key:
    it names the measure, and its codes stand on no line of their own.)"""
    from .layouts.header import header_row  # (the parsers load when a document is read, not on import)

    keys: dict[int, dict[str, str]] = {}
    for k, block in enumerate(doc.blocks):
        key = _key(block) if isinstance(block, Table) else None
        if key and header_row(block) is None:
            keys[k] = key
    if not keys:
        return doc
    known = {code: goal for key in keys.values() for code, goal in key.items()}
    lines = [b for b in doc.blocks if isinstance(b, Paragraph) and _CODES_ONLY.match(b.text)
             and all(c.casefold() in known for c in _CODE.findall(b.text))]
    if not lines:
        return doc
    for block in lines:  # plain, as a goal line: a bold one would lead the next measure
        goals = dict.fromkeys(known[c.casefold()] for c in _CODE.findall(block.text))
        block.text, block.bold, block.runs, block.lead = "Delmål " + ", ".join(goals), False, [], None
    doc.blocks = [b for k, b in enumerate(doc.blocks) if k not in keys]
    return doc
