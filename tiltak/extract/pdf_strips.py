"""A line of field labels printed over a line of their answers, with no rules drawn ("Delmål  Type  Eier
Med  Tid" over "2.1 / 3.1  Partnerskap  Kompetanse Norge  Virke, LO  2020–2022"): the cell boxes of the
table it is set as, so the reader reads it as it reads a ruled one."""

from __future__ import annotations

from statistics import median

from .pdf_columns import printed_rows
from .vocabulary import label_field

MIN_LABELS = 3  # labels in the line: fewer may be a heading's words
APART = 0.8  # font sizes between two labels (a word space is about a quarter of one)
MAX_ROWS = 4  # printed lines of answers under the labels (an answer wraps in its column)
GAP = 1.5  # line heights between the labels and their answers, at most (a strip's padding)


def label_strips(words: list, tolerance: float) -> list[tuple[list, tuple]]:
    """The (cells, outline) of each strip of labels over answers among the words."""
    rows = printed_rows(words, tolerance)
    out = []
    k = 0
    while k < len(rows):
        starts = _labels(rows[k])
        answers = _answers(rows, k, starts) if starts else []
        columns = _columns(starts, rows[k], answers) if answers else []
        if not answers or sum(1 for c in columns if c) * 2 < len(starts) or not _others_answered(rows[k], columns):
            k += 1
            continue
        out.append(_boxes(starts, rows[k], answers))
        k += 1 + len(answers)
    return out


def _parts(row: list) -> list[list]:
    """A printed line cut where the space between two words is wider than a word space."""
    size = median(w.size for w in row) or 10.0
    parts = [[row[0]]]
    for a, b in zip(row, row[1:]):
        if b.x0 - a.x1 >= APART * size:
            parts.append([b])
        else:
            parts[-1].append(b)
    return parts


def _labels(row: list) -> list[float] | None:
    """Where each label of a line of labels only starts, or None."""
    parts = _parts(row)
    fields = [label_field(" ".join(w.text for w in part)) for part in parts]
    known = [f for f in fields if f not in (None, "other", "section")]
    # (one label of no fact tiltak knows among them, "Mål" over codes: its column is read by what it holds)
    if len(known) < MIN_LABELS or len(known) < len(fields) - 1 or None in fields or "section" in fields \
            or len(set(known)) < len(known):
        return None
    return [part[0].x0 for part in parts]


def _others_answered(row: list, columns: list[list]) -> bool:
    """The label of no known fact among them ("Mål") stands over delmål codes: not a row number ("NR")."""
    from .content import is_goal_line

    for part, answer in zip(_parts(row), columns):
        if label_field(" ".join(w.text for w in part)) == "other" and not is_goal_line(" ".join(w.text for w in answer)):
            return False
    return True


def _answers(rows: list[list], k: int, starts: list[float]) -> list[list]:
    """The printed lines right under the labels, within their width, up to a line of labels or a gap:
    one line of answers and the lines their wrapped words go on in (none in the first column)."""
    row = rows[k]
    height = max(w.bottom - w.top for w in row)
    size = median(w.size for w in row) or 10.0
    bottom = max(w.bottom for w in row)
    out: list[list] = []
    for nxt in rows[k + 1:k + 2 + MAX_ROWS]:
        if min(w.top for w in nxt) - bottom > GAP * height or nxt[0].x0 < starts[0] - size or _labels(nxt):
            break
        if out and nxt[0].x0 < starts[1] - 1:  # a second line with a first answer: a table's rows, not one
            return []
        out.append(nxt)
        bottom = max(w.bottom for w in nxt)
    return out if len(out) <= MAX_ROWS else []


def _columns(starts: list[float], row: list, answers: list[list]) -> list[list]:
    """The answers' words in each label's column (from its label's start to the next one's)."""
    edges = [s - 1 for s in starts[1:]] + [float("inf")]
    cols: list[list] = [[] for _ in starts]
    for line in answers:
        for w in line:
            cols[next(c for c, e in enumerate(edges) if (w.x0 + w.x1) / 2 < e)].append(w)
    return cols


def _boxes(starts: list[float], row: list, answers: list[list]) -> tuple[list, tuple]:
    right = max(w.x1 for line in [row, *answers] for w in line) + 1
    xs = [s - 1 for s in starts] + [right]
    top = min(w.top for w in row) - 1
    middle = (max(w.bottom for w in row) + min(w.top for w in answers[0])) / 2
    bottom = max(w.bottom for w in answers[-1]) + 1
    cells = [(xs[c], y0, xs[c + 1], y1) for y0, y1 in ((top, middle), (middle, bottom)) for c in range(len(starts))]
    return cells, (xs[0], top, right, bottom)
