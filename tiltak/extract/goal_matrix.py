"""Delmål given apart from the measures, joined to them by their keys: a grid of keys by delmål codes
with marks (a workbook's second sheet: "ID | 1.1 | 1.2 | … " over "N-03 | | | | x | …"), or a table of
codes beside keys ("Delmål | Tiltak nr." over "1.4 | 2, 5, 7"; "Tiltak | Delmål" over "SRY | 1.4, 2.3")."""

from __future__ import annotations

import re

from .content import DELMAL_CODE, TICKED, delmal_codes, is_delmal_code, old_number_columns
from .layouts.segments import is_count_table
from .model import Document, Table
from .records import RawMeasure
from .text import fold, same_word


def goals_from_matrices(measures: list[RawMeasure], doc: Document) -> list[RawMeasure]:
    """Measures with no delmål get those a table elsewhere gives their key: a grid marks on its row (or
    column), or a list of codes gives beside it ("1.4 | 2, 5, 7", "SRY | 1.4, 2.3"). A key is a short
    value of theirs (an id "N-03", a number kept beside the name), their name, or a short name of theirs
    ("Stipend" for "Kompetansestipend for medlemmer"). A table counts only when at least two of its keys
    are measures' keys, each of one measure (one, when there is one measure), and every number it keys
    by is a measure's."""
    if all(m.goal_text for m in measures):
        return measures
    owner, keys = _owners(measures)
    found: dict[int, list[str]] = {}
    for table in doc.tables():
        if is_count_table(table):
            continue  # "Delmål | Antall tiltak": counts, not the measures' numbers
        lines = _lines(table)
        for pairs in (_marked(lines), _marked(_columns(lines)), _listed(lines)):
            joined = [(i, codes) for key, codes in pairs if (i := owner(key)) is not None]
            if len({i for i, _ in joined}) < min(2, len(measures)):
                continue  # (one measure: its one key is enough)
            if any(fold(key) not in keys for key, _ in pairs if key.isdigit()):
                continue  # numbers that are no measure's: another list's ("Tiltak i strategien (nr.)")
            for i, codes in joined:
                found.setdefault(i, [])
                found[i] += [c for c in codes if c not in found[i]]
    out = []
    for i, m in enumerate(measures):
        codes = found.get(i)
        out.append(m.model_copy(update={"goal_text": ", ".join(codes)}) if codes and not m.goal_text else m)
    return out


# an id kept beside a name: "N-03", "7", "T1" (not a year, nor a status word)
_ID = re.compile(r"^(?!(?:19|20)\d\d$)(?=[^\s]*\d)[\w.-]{1,12}$")


def _owners(measures: list[RawMeasure]):
    """(key -> the one measure it names, or None; the measures' own keys): by an id or the name, else
    by a short name whose every word stands in the measure's name (inflected, or ending a compound)."""
    keys: dict[str, list[int]] = {}
    for i, m in enumerate(measures):
        for key in {fold(m.title), *(fold(v) for v in m.extra.values() if _ID.match(v.strip()))}:
            if key:
                keys.setdefault(key, []).append(i)
    names = [fold(m.title).split() for m in measures]

    def owner(key: str) -> int | None:
        key = fold(key)
        exact = keys.get(key, [])
        if exact:
            return exact[0] if len(exact) == 1 else None
        if not re.search(r"[^\W\d_]", key):
            return None
        for text in dict.fromkeys((key, _expanded(key))):  # the short name as written, then its words ("SRY")
            words = [w for w in text.split() if len(w) >= 3]
            hits = [i for i, name in enumerate(names) if words and all(any(same_word(w, n, inside=False) for n in name)
                                                                      for w in words)]
            if len(hits) == 1:
                return hits[0]
        return None

    return owner, keys


def _expanded(key: str) -> str:
    """A short name that is a known abbreviation, in its words ("sry" -> "samarbeidsrådet for yrkesopplæring")."""
    from ..normalize.goals import abbreviation_words  # (the abbreviations are normalize's reference data)

    return key if " " in key or len(key) > 8 else abbreviation_words().get(key, key)


# "1.4", "2.1, 2.4", "1.4 og 2.3": a cell of codes and nothing else
_CODES_ONLY = re.compile(rf"^(?:delmål\s*)?{DELMAL_CODE}(?:\s*(?:,|og|/|&|\+)\s*{DELMAL_CODE})*$", re.I)
_KEYS = re.compile(r"\s*(?:,|;|/|&|\bog\b)\s*")


def _listed(lines: list[list[str]]) -> list[tuple[str, list[str]]]:
    """(key, delmål) from a table of two columns or more with one column of codes beside one of keys: a
    cell of short keys ("2, 5, 7") gives each of them the codes, a cell of words one key."""
    body = [line for line in lines[1:] if any(line)]
    width = min((len(line) for line in body), default=0)
    code_col = next((c for c in range(width) if len(body) >= 2 and all(_CODES_ONLY.match(line[c]) for line in body)), None)
    if code_col is None:
        return []
    key_col = next((c for c in range(width) if c != code_col and all(line[c] for line in body)), None)
    if key_col is None:
        return []
    out = []
    for line in body:
        codes = delmal_codes(line[code_col])
        parts = [p for p in _KEYS.split(line[key_col]) if p]
        for key in (parts if all(len(p) <= 6 for p in parts) else [line[key_col]]):
            out.append((key, codes))
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
        numbers = old_number_columns(head)
        if numbers:  # "Tiltak | 1 | 2 | … | 16": the strategy's old numbers, one column each
            code_cols, head = numbers, [f"tiltak nr. {text}" if c in numbers else text for c, text in enumerate(head)]
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
