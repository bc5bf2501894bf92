"""Text set in columns, read a column at a time: columns parted by drawn rules (any number of them,
left to right), two newspaper columns with no rule between them (the left one, then the right
one), or side headings (each measure's name and facts in a narrow column beside its text: the name
and facts, then the text, a measure at a time).

A gutter with no rule is a gap at one place across many printed rows that no row crosses; the rows
around it (a title over both columns, a closing line) are read as they are. Prose must stand beside
that gutter: a label column beside its answers, or a table's columns, are read across as before.
"""

from __future__ import annotations

from collections import Counter
from statistics import median
from typing import NamedTuple

from .text import symbol_bullet

class Dividers(NamedTuple):
    """What a page draws that may part its text: long vertical rules (x, top, bottom) and boxes
    (x0, top, x1, bottom)."""
    rules: tuple[tuple[float, float, float], ...] | list = ()
    frames: tuple[tuple[float, float, float, float], ...] | list = ()
    tags: tuple[tuple[float, float, float, float], ...] | list = ()  # narrow boxes (x0, top, x1, bottom)


NO_DIVIDERS = Dividers()

MIN_ROWS = 6  # rows with text on both sides of the gutter
GUTTER = 1.2  # a gap at least this many font sizes wide may be a gutter
MIN_SHARE = 0.3  # of the text's width, each column at least
PROSE_WORDS = 4  # words per row in each column, on average
NEWS_WORDS = 3.5  # ... of two columns of running text (narrow ones, bullets and short headings among them)
SIDE_SHARE = (0.1, 0.4)  # of the text's width, a column of side headings
FILLED = 0.8  # a line of running text reaches this share of its column's width
INTERLEAVED = 0.3  # at most this share of the rows beside the gutter hold both columns: each column has its own lines
RULED_WORDS = 2.5  # words per row, on average, in each column between rules (fewer: a table's cells)
FULL_SHARE = 0.5  # ... and at least this share of its lines do (headings, facts and last lines do not)
APART = 3  # a page's first or last row this many times the usual step from the next: set apart


def in_columns(words: list, line_tolerance: float, before: tuple[float, str] | None = None,
               dividers: Dividers = NO_DIVIDERS) -> list[tuple[list, tuple[float, float, bool] | None]]:
    """The words in reading order, as groups: (words, (left edge, right edge, whether the text runs
    on from the group before) of their column, or None for words read across the page). `before`:
    the gutter of the page before (x, kind), which two rows beside it are enough to go on with;
    `dividers`: the page's long vertical rules and boxes."""
    framed = _in_frames(words, dividers.frames)
    if framed is None:
        framed = _beside_boxes(words, dividers.frames)
    if framed is not None:
        return framed
    tagged = _beside_tags(words, dividers.tags, line_tolerance)
    if tagged is not None:
        return tagged
    rows = printed_rows(words, line_tolerance)
    ruled = _between_rules(rows, dividers.rules)
    if ruled is not None:
        return ruled
    if len(rows) < (2 if before else MIN_ROWS):
        return [(words, None)]
    size = median(w.size for w in words) or 10.0
    gaps = [_gaps(row, size) for row in rows]
    best = _gutter(rows, gaps, before)
    if best is None:
        return [(words, None)]
    start, end, c, kind = best
    run = rows[start:end]
    out = []
    if start:
        out.append(([w for row in rows[:start] for w in row], None))
    if kind == "news":
        run, after = _after_both(run, c)
        left = [w for row in run for w in row if w.x1 <= c]
        right = [w for row in run for w in row if w.x0 >= c]
        out += [(left, (*_edges(left), True)), (right, (*_edges(right), True))]
        if after:
            out.append(([w for row in after for w in row], None))
    elif kind == "aside":
        a, b = _panel_rows(run, c)  # the text from the panel's top to the end, then the panel
        panel = [w for row in run[a:b] for w in row if w.x0 >= c]
        inside = {id(w) for w in panel}
        main = [w for row in run[a:] for w in row if id(w) not in inside]
        if a:
            out.append(([w for row in run[:a] for w in row], None))
        out += [(main, (*_edges([w for w in main if w.x1 <= c]), True)), (panel, (*_edges(panel), False))]
    elif kind in ("margin", "facts"):
        out += _margin_bands(run, c, right=kind == "facts")
    else:
        out += _bands(run, c)
    if end < len(rows):
        out.append(([w for row in rows[end:] for w in row], None))
    return out


def _after_both(run: list[list], c: float) -> tuple[list[list], list[list]]:
    """The run's rows, and the rows at its end that come after both columns: left of the gutter only,
    below the right column's last row, where the left column had stopped well before them (a gap of
    three of its lines at least: a list after two columns of measures; not a left column that goes on
    longer than the right)."""
    right = [k for k, row in enumerate(run) if any(w.x0 >= c for w in row)]
    if not right or right[-1] + 1 >= len(run):
        return run, []
    last = right[-1]
    tops = [min(w.top for w in row if w.x1 <= c) for row in run if any(w.x1 <= c for w in row)]
    steps = [b - a for a, b in zip(tops, tops[1:])]
    before = [min(w.top for w in row if w.x1 <= c) for row in run[:last + 1] if any(w.x1 <= c for w in row)]
    if len(steps) < 3 or not before:
        return run, []
    gap = min(w.top for w in run[last + 1]) - before[-1]
    return (run[:last + 1], run[last + 1:]) if gap > 3 * median(steps) else (run, [])


def within(w, box: tuple[float, float, float, float], by_top: bool = False) -> bool:
    """Word `w` lies in `box` (x0, top, x1, bottom), with a point's slack each side; `by_top`: its top
    is enough (a card's last line may run over its frame)."""
    x0, top, x1, bottom = box
    return x0 - 1 <= w.x0 and w.x1 <= x1 + 1 and top - 1 <= w.top and (w.top if by_top else w.bottom) <= bottom + 1


def _in_frames(words: list, frames: list[tuple[float, float, float, float]]) -> list | None:
    """Cards: boxes side by side, each framing text (two rows of boxes, or one of two boxes at
    least). Each box's words are read as a whole, boxes row by row, left to right; the words outside
    every box in their place above, between or below them. A box around other boxes (a page's
    border) frames no card; a word in two boxes (a drop shadow) is read once, in the smaller."""
    if len(frames) < 2:
        return None

    def holds(f, g) -> bool:
        return f != g and f[0] <= g[0] and g[2] <= f[2] and f[1] <= g[1] and g[3] <= f[3]

    boxes = [f for f in frames if any(within(w, f, by_top=True) for w in words)]
    boxes = sorted((f for f in boxes if not any(holds(f, g) for g in boxes)), key=lambda f: (f[2] - f[0]) * (f[3] - f[1]))
    held: dict[tuple, list] = {f: [] for f in boxes}
    loose = []
    for w in words:
        home = next((f for f in boxes if within(w, f, by_top=True)), None)  # the smallest box that holds it
        (held[home] if home is not None else loose).append(w)
    cards = [(f, ws) for f, ws in held.items() if len(ws) >= 2]
    beside = any(a[2] <= b[0] + 1 and min(a[3], b[3]) - max(a[1], b[1]) > 0.5 * (a[3] - a[1])
                 for a, _ in cards for b, _ in cards if a != b)
    if not beside:
        return None
    loose += [w for f, ws in held.items() if len(ws) < 2 for w in ws]
    out: list = []
    rows: list[list] = []  # boxes whose tops are within half a box of each other: one row, left to right
    for card in sorted(cards, key=lambda c: c[0][1]):
        if rows and card[0][1] - rows[-1][0][0][1] < 0.5 * (rows[-1][0][0][3] - rows[-1][0][0][1]):
            rows[-1].append(card)
        else:
            rows.append([card])
    for row in rows:
        top = min(f[1] for f, _ in row)
        above = [w for w in loose if w.top < top]
        if above:
            out.append((above, None))
            loose = [w for w in loose if w.top >= top]
        out += [(ws, (f[0], f[2], False)) for f, ws in sorted(row, key=lambda c: c[0][0])]
    if loose:
        out.append((loose, None))
    return out


def _beside_boxes(words: list, frames: list[tuple[float, float, float, float]]) -> list | None:
    """Boxes of facts down one side of the page, each beside a measure's text (a Word report's shaded
    box at the right of each measure's description, its name over both): two boxes at least, all of one
    width and place across, each with text beside it. Read a box at a time: the words above it (the
    name), the text beside it, then the box."""
    boxes = sorted((f for f in frames if sum(1 for w in words if within(w, f, by_top=True)) >= 2), key=lambda f: f[1])
    if len(boxes) < 2 or any(abs(f[0] - boxes[0][0]) > 2 or abs(f[2] - boxes[0][2]) > 2 for f in boxes):
        return None
    x0, x1 = boxes[0][0], boxes[0][2]
    inside = {id(w) for f in boxes for w in words if within(w, f, by_top=True)}
    loose = [w for w in words if id(w) not in inside]
    side = [w for w in loose if w.x1 <= x0 or w.x0 >= x1]
    if not all(any(f[1] <= w.top < f[3] for w in side) for f in boxes):
        return None  # (each box has text beside it)
    if any(x0 < w.x0 < x1 or x0 < w.x1 < x1 for w in loose if any(f[1] <= w.top < f[3] for f in boxes)):
        return None  # (no word beside a box reaches into its column)
    out: list = []
    for f in boxes:
        above = [w for w in loose if w.top < f[1]]
        beside = [w for w in loose if f[1] <= w.top < f[3]]
        if above:
            out.append((above, None))
        if beside:
            out.append((beside, (*_edges(beside), False)))
        held = [w for w in words if id(w) in inside and within(w, f, by_top=True)]
        out.append((held, (f[0], f[2], False)))
        loose = [w for w in loose if w.top >= f[3]]
    if loose:
        out.append((loose, None))
    return out


TAG_WORDS = 6  # words in a narrow box beside a measure, at most ("NKPS nr. 4 og 7")


def _beside_tags(words: list, tags, line_tolerance: float) -> list | None:
    """Narrow boxes each holding a few words (a number, a code) beside the text they belong to
    ("NKPS nr. 1" in a grey box left of a measure's name): each box's words read as one line before
    the text beside it, not word by word into its lines."""
    found = []
    for f in sorted(tags, key=lambda f: f[1]):
        held = [w for w in words if within(w, f)]
        beside = [w for w in words if not within(w, f) and f[1] - 1 <= w.top <= f[3] and (w.x0 >= f[2] or w.x1 <= f[0])]
        # (two lines of text beside it: a page number framed beside a footer is no label)
        if held and len(held) <= TAG_WORDS and len(printed_rows(beside, line_tolerance)) >= 2 \
                and not any(f[1] < g[3] and g[1] < f[3] for g, _ in found):
            found.append((f, held))
    if not found:
        return None
    out: list = []
    taken = {id(w) for _, held in found for w in held}
    rest = [w for w in words if id(w) not in taken]
    for f, held in found:
        above = [w for w in rest if w.top < f[1] - 1]
        if above:
            out.append((above, None))
        rest = [w for w in rest if w.top >= f[1] - 1]
        out.append((sorted(held, key=lambda w: (round(w.top / max(line_tolerance, 1.0)), w.x0)), (f[0], f[2], False)))
    if rest:
        out.append((rest, None))
    return out


def _between_rules(rows: list[list], rules: list[tuple[float, float, float]]) -> list | None:
    """Columns parted by vertical rules that have text on both sides, row after row: each stretch of
    rules (a heading across the page parts two) read a column at a time, left to right; the rows
    around them read across. Columns of a word or two per row are a table's or side headings'
    (read as before)."""
    parting = [r for r in rules if _parts(rows, r)]
    if not parting:
        return None
    stretches: list[list] = []  # rules over the same rows
    for rule in sorted(parting, key=lambda r: r[1]):
        if stretches and rule[1] <= max(r[2] for r in stretches[-1]):
            stretches[-1].append(rule)
        else:
            stretches.append([rule])
    out: list = []
    for stretch in stretches:
        top, bottom = min(r[1] for r in stretch), max(r[2] for r in stretch)
        inside = [row for row in rows if top <= row[0].top <= bottom]
        columns = _ruled_columns(inside, sorted({r[0] for r in stretch}))
        if columns is None:
            return None
        above = [w for row in rows if row[0].top < top for w in row]
        if above:
            out.append((above, None))
        out += columns
        rows = [row for row in rows if row[0].top > bottom]
    if rows:
        out.append(([w for row in rows for w in row], None))
    return out


def _ruled_columns(rows: list[list], xs: list[float]) -> list | None:
    """The words between the rules at `xs`, a column each; None when a column holds a word or two
    per row (cells of a table, side headings' names)."""
    merged: list[float] = []
    for x in xs:
        if not merged or x - merged[-1] > 2.0:  # a rule drawn twice, or as a thin box
            merged.append(x)
    out = []
    for left, right in zip([float("-inf"), *merged], [*merged, float("inf")]):
        column = [[w for w in row if left <= (w.x0 + w.x1) / 2 < right] for row in rows]
        column = [r for r in column if r]
        if not column:
            continue
        if sum(len(r) for r in column) < RULED_WORDS * len(column):
            return None
        words = [w for r in column for w in r]
        out.append((words, (*_edges(words), True)))
    return out


def _parts(rows: list[list], rule: tuple[float, float, float]) -> bool:
    """A rule between columns: at least MIN_ROWS printed rows beside it have words on both sides."""
    x, top, bottom = rule
    beside = left = right = switches = 0
    last = None
    for row in rows:
        if not top <= row[0].top <= bottom:
            continue
        on_left, on_right = any(w.x1 <= x for w in row), any(w.x0 >= x for w in row)
        beside += on_left and on_right
        left += on_left
        right += on_right
        side = "both" if on_left and on_right else "left" if on_left else "right"
        switches += last is not None and side != last
        last = side
    # two flows of their own side by side (tables whose rows are not level) count as much as rows
    # beside it: their lines take turns all the way down (a timeline's cards, left and right in
    # turn, take turns only card by card: read across, in time order)
    few = min(left, right)
    return beside >= MIN_ROWS or few >= MIN_ROWS and beside < 0.5 * few and switches >= few


def _edges(words: list) -> tuple[float, float]:
    return min(w.x0 for w in words), max(w.x1 for w in words)


def _bands(run: list[list], c: float) -> list[tuple[list, tuple[float, float, bool]]]:
    """Side headings: a band per name (a left row that opens in bold after one that does not), its
    name and facts first, then the text beside them."""
    lefts = [[w for w in row if w.x1 <= c] for row in run]
    rights = [[w for w in row if w.x0 >= c] for row in run]
    all_left = [w for r in lefts for w in r]
    all_right = [w for r in rights for w in r]
    ledges, redges = (*_edges(all_left), False), (*_edges(all_right), False)
    starts, was_bold = [], False
    for k, r in enumerate(lefts):
        if r:
            bold = bool(getattr(r[0], "bold", False))
            if bold and not was_bold or not starts:
                starts.append(k)
            was_bold = bold
    out = []
    above = [w for r in rights[:starts[0]] for w in r] if starts else []
    if above:  # the end of the text of a measure on the page before: before the first name
        out.append((above, redges))
    for a, b in zip(starts, [*starts[1:], len(run)]):
        left = [w for r in lefts[a:b] for w in r]
        right = [w for r in rights[a:b] for w in r]
        out += [(left, ledges)] + ([(right, redges)] if right else [])
    return out


def _margin_starts(run: list[list], c: float, right: bool = False) -> list[int]:
    """Margin notes: plain facts in a narrow column (left of the text, or `right` of it), each note
    level with a name in bold in the text beside it (a line of its own, or run in before the text).
    The rows where a name and its note begin; none when a note stands beside no name."""
    def in_note(w) -> bool:
        return w.x0 >= c if right else w.x1 <= c

    notes, above = [], None  # a note begins where the margin's lines leave a gap (the text's lines run between)
    for k, row in enumerate(run):
        note = [w for w in row if in_note(w)]
        if any(getattr(w, "bold", False) for w in note):
            return []
        if note and (above is None or note[0].top - above.bottom > 0.8 * (note[0].bottom - note[0].top)):
            notes.append(k)
        above = note[0] if note else above
    starts, was_bold = [], False
    for k, row in enumerate(run):
        text = [w for w in row if not in_note(w)]
        bold = bool(text) and getattr(text[0], "bold", False)
        whole = bold and all(getattr(w, "bold", False) for w in text)
        # a name in bold on its own line, or run in before its text level with a note (and a name right
        # under a heading begins where its note does)
        if bold and (not was_bold and (whole or k in notes) or k in notes):
            starts.append(k)
        was_bold = bold if text else was_bold
    def level(k: int) -> bool:  # a note's first line is level with a name's (the name may be set larger)
        return any(abs(run[k][0].top - run[s][0].top) <= run[s][0].bottom - run[s][0].top for s in starts)

    return starts if len(notes) >= 2 and all(level(k) for k in notes) else []


def _margin_bands(run: list[list], c: float, right: bool = False) -> list[tuple[list, tuple[float, float, bool]]]:
    """Margin notes (left of the text, or `right` of it): a band per name, its text first, then
    the note beside it."""
    lefts = [[w for w in row if w.x1 <= c] for row in run]
    rights = [[w for w in row if w.x0 >= c] for row in run]
    notes, texts = (rights, lefts) if right else (lefts, rights)
    nedges = (*_edges([w for r in notes for w in r]), False)
    tedges = (*_edges([w for r in texts for w in r]), False)
    starts = _margin_starts(run, c, right)
    out = []
    above = [w for r in run[:starts[0]] for w in r]
    if above:
        out.append((above, None))
    for a, b in zip(starts, [*starts[1:], len(run)]):
        text = [w for r in texts[a:b] for w in r]
        note = [w for r in notes[a:b] for w in r]
        out += ([(text, tedges)] if text else []) + ([(note, nedges)] if note else [])
    return out


def printed_rows(words: list, tolerance: float) -> list[list]:
    """The words as printed rows, top to bottom, each left to right (tops within `tolerance`)."""
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
    """The wide gaps of a row; not the one after a bullet ("•   Utredning av …"): a list's indent."""
    return [(a.x1, b.x0) for a, b in zip(row, row[1:]) if b.x0 - a.x1 >= GUTTER * size and not _bullet(a.text)]


def _bullet(text: str) -> bool:
    return len(text) == 1 and ("\uf020" <= text <= "\uf0ff" or symbol_bullet(text))


def _gutter(rows: list[list], gaps: list[list[tuple[float, float]]],
            before: tuple[float, str] | None = None) -> tuple[int, int, float, str] | None:
    """(first row, row after the last, x, "news" or "side") of the longest run of rows that a gutter
    at x parts, when prose stands beside it (or, going on from the page before, two rows it parts)."""
    if before is not None:
        c, kind = before
        sides = [_side(row, row_gaps, c) for row, row_gaps in zip(rows, gaps)]
        if "across" not in sides and sides.count("both") >= 2 and _columns_kind(rows, gaps, c, going_on=True) == kind:
            return 0, len(rows), c, kind
    # the middle of each gap; and, for a narrow panel beside lines that end anywhere, just before where
    # the text right of the gap starts (the gutter is where the panel's column begins)
    middles = {round((a + b) / 2) for row_gaps in gaps for a, b in row_gaps}
    starts = {round(b) - 2 for row_gaps in gaps for _, b in row_gaps} - middles
    # and where a column's lines start, right of the first's (columns whose lines never share a row
    # leave no gap in any row)
    edges = Counter(round(row[0].x0) for row in rows)
    lefts = sorted(x for x, n in edges.items() if n >= MIN_ROWS)
    column_starts = {x - 2 for x in lefts[1:]} - middles
    found = None
    apart = _set_apart(rows)
    for c in sorted(middles | starts | column_starts):
        sides = ["across" if k in apart else _side(row, row_gaps, c) for k, (row, row_gaps) in enumerate(zip(rows, gaps))]
        k = 0
        while k < len(rows):
            if sides[k] == "across":
                k += 1
                continue
            j = k
            while j < len(rows) and sides[j] != "across":
                j += 1
            # rows beside the gutter: on both sides, or on one (two columns need not share their rows)
            both = sides[k:j].count("both")
            beside = min(both + sides[k:j].count("left"), both + sides[k:j].count("right"))
            # lines set apart on each side (few rows hold both) flow in columns of their own: a label
            # column beside its answers, or a table, shares its rows; two columns whose lines never
            # share a row (each set on its own baseline grid) go left, right, left … down the page
            turns = sum(1 for a, b in zip(sides[k:j], sides[k + 1:j]) if {a, b} == {"left", "right"})
            kind = _columns_kind(rows[k:j], gaps[k:j], c, interleaved=both <= INTERLEAVED * beside) \
                if (both >= 2 or turns >= MIN_ROWS) and beside >= MIN_ROWS else None
            if kind and (c in middles or kind == "aside" or c in column_starts and turns >= MIN_ROWS) \
                    and (found is None or beside > found[4]):
                found = (k, j, c, kind, beside)
            k = j
    return found[:4] if found else None


def _set_apart(rows: list[list]) -> set[int]:
    """The first and last printed rows when each stands far from the rest (a page's running header or
    footer, "Rapport til … Side 1" left and right): read across, beside no column."""
    if len(rows) < MIN_ROWS:
        return set()
    tops = [min(w.top for w in row) for row in rows]
    steps = [b - a for a, b in zip(tops, tops[1:])]
    usual = median(steps)
    return {k for k, step in ((0, steps[0]), (len(rows) - 1, steps[-1])) if step > APART * usual}


def _side(row: list, row_gaps: list[tuple[float, float]], c: float) -> str:
    if all(w.x1 <= c for w in row):
        return "left"
    if all(w.x0 >= c for w in row):
        return "right"
    return "both" if any(a <= c <= b for a, b in row_gaps) else "across"


def _columns_kind(run: list[list], gaps: list[list[tuple[float, float]]], c: float,
                  going_on: bool = False, interleaved: bool = False) -> str | None:
    """"news": both sides running prose of a column's width (most lines fill their column: not a
    borderless table's cells); "side": short lines in a narrow column, names over facts, beside
    prose; None otherwise, or when a row has a third column (a table). `going_on`: the page goes on
    in the columns of the page before, which may show a name no more."""
    if sum(1 for g in gaps if len(g) > 1) > 0.1 * len(run):
        return None
    lw = [r for r in ([w for w in row if w.x1 <= c] for row in run) if r]
    rw = [r for r in ([w for w in row if w.x0 >= c] for row in run) if r]
    if not lw or not rw:
        return None
    x0, x1 = min(w.x0 for r in lw for w in r), max(w.x1 for r in rw for w in r)
    width = x1 - x0
    left_words, right_words = sum(len(r) for r in lw) / len(lw), sum(len(r) for r in rw) / len(rw)
    if c - x0 >= MIN_SHARE * width and x1 - c >= MIN_SHARE * width and min(left_words, right_words) >= NEWS_WORDS \
            and _running(lw) and _running(rw):
        return "news"
    if SIDE_SHARE[0] * width <= c - x0 <= SIDE_SHARE[1] * width and left_words < PROSE_WORDS <= right_words \
            and (going_on or _names_over_facts(lw)):
        return "side"
    if SIDE_SHARE[0] * width <= c - x0 <= SIDE_SHARE[1] * width and left_words < PROSE_WORDS <= right_words \
            and len(_margin_starts(run, c)) >= 2:
        return "margin"
    if SIDE_SHARE[0] * width <= x1 - c <= SIDE_SHARE[1] * width and right_words < PROSE_WORDS <= left_words \
            and len(_margin_starts(run, c, right=True)) >= 2:
        return "facts"  # the mirror of margin notes: each measure's facts in a narrow column right of its text
    if interleaved and c - x0 >= MIN_SHARE * width and x1 - c >= MIN_SHARE * width:
        return "news"
    if c - x0 >= MIN_SHARE * width and x1 - c >= MIN_SHARE * width and _labels_on_both_sides(lw, rw):
        return "news"  # a measure's name over its labelled facts in each column ("Delmål: 2.3", "Type: …" left and right)
    if SIDE_SHARE[0] * width <= x1 - c <= SIDE_SHARE[1] * width and right_words < PROSE_WORDS <= left_words \
            and _panel_rows(run, c) is not None:
        return "aside"  # a web page's panel of filters or links beside its text: the text, then the panel
    return None


def _panel_rows(run: list[list], c: float) -> tuple[int, int] | None:
    """(first row, row after the last) of a panel right of `c`: three rows or more that have words there,
    each at most three rows below the one before, in a stretch of at most half the rows, and all but
    one row with words there (a page number in the corner) within it; not a table's cells, spread down
    all the rows."""
    at = [k for k, row in enumerate(run) if any(w.x0 >= c for w in row)]
    stretches: list[list[int]] = []
    for k in at:
        if stretches and k - stretches[-1][-1] <= 3:
            stretches[-1].append(k)
        else:
            stretches.append([k])
    best = max(stretches, key=len, default=[])
    if len(best) < 3 or len(at) - len(best) > 1 or best[-1] - best[0] + 1 > 0.5 * len(run):
        return None
    # beside text, not a table of two columns: lines of its own, or rows whose left part is a line of text
    # (not "Antall kurs | 12" with a short label left of each figure)
    shared = [[w for w in run[k] if w.x1 <= c] for k in best]
    shared = [left for left in shared if left]
    if len(shared) * 2 > len(best) and sum(len(left) for left in shared) < PROSE_WORDS * len(shared):
        return None
    return best[0], best[-1] + 1


def _running(rows: list[list]) -> bool:
    """Running text: most lines reach close to the column's right edge (only a paragraph's last
    line stops short), and many go on with a sentence begun above (a table's cells each begin anew)."""
    x0, x1 = min(r[0].x0 for r in rows), max(r[-1].x1 for r in rows)
    full = sum(1 for r in rows if r[-1].x1 >= x0 + FILLED * (x1 - x0))
    going_on = sum(1 for r in rows[1:] if r[0].text[:1].islower())
    return full >= FULL_SHARE * len(rows) and going_on >= 0.3 * (len(rows) - 1)


def _names_over_facts(left_rows: list[list]) -> bool:
    """The narrow column holds names in bold, each over plain lines (facts), twice at least; not a
    column of labels or questions, all of them bold, beside their answers."""
    bold = [bool(getattr(r[0], "bold", False)) for r in left_rows]
    names = sum(1 for k, b in enumerate(bold) if b and (k == 0 or not bold[k - 1]))
    facts = sum(1 for k, b in enumerate(bold) if not b and k > 0 and bold[k - 1])
    return names >= 2 and facts >= 2


def _labels_on_both_sides(left_rows: list[list], right_rows: list[list]) -> bool:
    """Lines that open with the same labels of a measure's facts on both sides of the gutter, two
    labels at least, each side's lines its own measures' (not a form's rows of "Label: value" pairs,
    which put other labels right than left)."""
    from .vocabulary import match_label  # (the words of labels; columns are found by place otherwise)

    def labels(rows: list[list]) -> Counter:
        found = (match_label(" ".join(w.text for w in r)) for r in rows)
        return Counter(lb.field for lb in found if lb is not None and lb.field not in ("other", "title", "section"))

    left, right = labels(left_rows), labels(right_rows)
    shared = [f for f in left if right[f]]
    return len(shared) >= 2 and sum(left[f] for f in shared) >= 3 and sum(right[f] for f in shared) >= 3
