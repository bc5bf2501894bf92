"""Delmål given apart from the measures, in a grid of keys by delmål codes with marks (a workbook's
second sheet: "ID | 1.1 | 1.2 | … " over "N-03 | | | | x | …"), joined to the measures by their keys."""

from __future__ import annotations

from .content import TICKED, is_delmal_code
from .model import Document, Table
from .records import RawMeasure
from .text import fold


def goals_from_matrices(measures: list[RawMeasure], doc: Document) -> list[RawMeasure]:
    """Measures with no delmål get those a grid marks on the row (or column) of their key: a short
    value of theirs (an id "N-03", a number kept beside the name) or their name. A grid counts only
    when at least two of its keys are measures' keys, each of one measure."""
    if all(m.goal_text for m in measures):
        return measures
    keys: dict[str, list[int]] = {}
    for i, m in enumerate(measures):
        for key in {fold(m.title), *(fold(v) for v in m.extra.values() if 0 < len(v) <= 12 and " " not in v.strip())}:
            if key:
                keys.setdefault(key, []).append(i)
    found: dict[int, list[str]] = {}
    for table in doc.tables():
        for lines in (_lines(table), _columns(_lines(table))):
            joined = [(keys[fold(key)][0], codes) for key, codes in _marked(lines) if len(keys.get(fold(key), ())) == 1]
            if len({i for i, _ in joined}) < min(2, len(measures)):
                continue
            for i, codes in joined:
                found.setdefault(i, [])
                found[i] += [c for c in codes if c not in found[i]]
    out = []
    for i, m in enumerate(measures):
        codes = found.get(i)
        out.append(m.model_copy(update={"goal_text": ", ".join(codes)}) if codes and not m.goal_text else m)
    return out


def _lines(table: Table) -> list[list[str]]:
    return [[" ".join(c.text.split()) if c is not None else "" for c in row] for row in table.grid()]


def _columns(lines: list[list[str]]) -> list[list[str]]:
    width = max((len(r) for r in lines), default=0)
    return [[r[c] if c < len(r) else "" for r in lines] for c in range(width)]


def _marked(lines: list[list[str]]) -> list[tuple[str, list[str]]]:
    """(key, delmål marked) for each line below the first line that gives three codes or more; the
    key the first cell that is no code column's."""
    for h, head in enumerate(lines[:3]):
        code_cols = [c for c, text in enumerate(head) if is_delmal_code(text)]
        if len(code_cols) >= 3:
            break
    else:
        return []
    key_col = next((c for c in range(len(head)) if c not in code_cols), None)
    if key_col is None:
        return []
    out = []
    for line in lines[h + 1:]:
        key = line[key_col] if key_col < len(line) else ""
        codes = [head[c].rstrip(".").replace(",", ".") for c in code_cols if c < len(line) and TICKED.match(line[c])]
        if key and codes:
            out.append((key, codes))
    return out
