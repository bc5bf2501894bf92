"""Text set in two newspaper columns with no rule between them, read a column at a time.

The gutter is a gap at one place across many printed rows that no row crosses; the rows around it
(a title over both columns, a closing line) are read as they are. Only prose on both sides counts:
a label column beside its answers, or a table's columns, are read across as before.
"""

from __future__ import annotations

from statistics import median

MIN_ROWS = 6  # rows with text on both sides of the gutter
GUTTER = 1.2  # a gap at least this many font sizes wide may be a gutter
MIN_SHARE = 0.3  # of the text's width, each column at least
PROSE_WORDS = 4  # words per row in each column, on average


def in_columns(words: list, line_tolerance: float) -> list[tuple[list, tuple[float, float] | None]]:
    """The words in reading order, as groups: (words, (left, right) edges of their column, or None
    for words read across the page)."""
    rows = _rows(words, line_tolerance)
    if len(rows) < MIN_ROWS:
        return [(words, None)]
    size = median(w.size for w in words) or 10.0
    gaps = [_gaps(row, size) for row in rows]
    best = _gutter(rows, gaps)
    if best is None:
        return [(words, None)]
    start, end, c = best
    run = rows[start:end]
    left = [w for row in run for w in row if w.x1 <= c]
    right = [w for row in run for w in row if w.x0 >= c]
    x0, x1 = min(w.x0 for w in left), max(w.x1 for w in right)
    out = []
    if start:
        out.append(([w for row in rows[:start] for w in row], None))
    out += [(left, (x0, max(w.x1 for w in left))), (right, (min(w.x0 for w in right), x1))]
    if end < len(rows):
        out.append(([w for row in rows[end:] for w in row], None))
    return out


def _rows(words: list, tolerance: float) -> list[list]:
    rows: list[list] = []
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        if rows and abs(rows[-1][0].top - w.top) <= tolerance:
            rows[-1].append(w)
        else:
            rows.append([w])
    for row in rows:
        row.sort(key=lambda w: w.x0)
    return rows


def _gaps(row: list, size: float) -> list[tuple[float, float]]:
    return [(a.x1, b.x0) for a, b in zip(row, row[1:]) if b.x0 - a.x1 >= GUTTER * size]


def _gutter(rows: list[list], gaps: list[list[tuple[float, float]]]) -> tuple[int, int, float] | None:
    """(first row, row after the last, x) of the longest run of rows that a gutter at x parts, when
    both sides are columns of prose."""
    candidates = sorted({round((a + b) / 2) for row_gaps in gaps for a, b in row_gaps})
    found = None
    for c in candidates:
        sides = [_side(row, row_gaps, c) for row, row_gaps in zip(rows, gaps)]
        k = 0
        while k < len(rows):
            if sides[k] == "across":
                k += 1
                continue
            j = k
            while j < len(rows) and sides[j] != "across":
                j += 1
            both = sides[k:j].count("both")
            if both >= MIN_ROWS and (found is None or both > found[3]) and _prose_columns(rows[k:j], gaps[k:j], c):
                found = (k, j, c, both)
            k = j
    return found[:3] if found else None


def _side(row: list, row_gaps: list[tuple[float, float]], c: float) -> str:
    if all(w.x1 <= c for w in row) or all(w.x0 >= c for w in row):
        return "one"
    return "both" if any(a <= c <= b for a, b in row_gaps) else "across"


def _prose_columns(run: list[list], gaps: list[list[tuple[float, float]]], c: float) -> bool:
    """Both sides hold prose of a column's width, and no row has a third column."""
    left = [[w for w in row if w.x1 <= c] for row in run]
    right = [[w for w in row if w.x0 >= c] for row in run]
    if sum(1 for g in gaps if len(g) > 1) > 0.1 * len(run):
        return False  # gaps besides the gutter: a table's columns
    lw, rw = [x for x in left if x], [x for x in right if x]
    if not lw or not rw:
        return False
    x0, x1 = min(w.x0 for r in lw for w in r), max(w.x1 for r in rw for w in r)
    width = x1 - x0
    if c - x0 < MIN_SHARE * width or x1 - c < MIN_SHARE * width:
        return False
    return (sum(len(r) for r in lw) / len(lw) >= PROSE_WORDS and sum(len(r) for r in rw) / len(rw) >= PROSE_WORDS)
