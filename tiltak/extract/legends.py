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
    """The key table left out, and a line of its codes under a measure read as "Delmål 2.1, 2.4"."""
    keys = {}
    blocks = []
    for block in doc.blocks:
        key = _key(block) if isinstance(block, Table) else None
        if key:
            keys.update(key)
        else:
            blocks.append(block)
    if not keys:
        return doc
    for block in blocks:
        if isinstance(block, Paragraph) and _CODES_ONLY.match(block.text):
            codes = [keys.get(c.casefold()) for c in _CODE.findall(block.text)]
            if codes and all(codes):  # plain, as a goal line: a bold one would lead the next measure
                block.text, block.bold, block.runs, block.lead = "Delmål " + ", ".join(dict.fromkeys(codes)), False, [], None
    doc.blocks = blocks
    return doc
