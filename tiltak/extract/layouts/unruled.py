"""Tables printed without ruling lines (whitespace-aligned columns), rebuilt from PDF lines.

A header line names at least three known fields (one of them the measure's name); its spans
give the columns. The lines below it belong to the table while every span starts inside one
column and none runs across the next; rows are separated by a wider vertical gap than the lines
within a cell. One Table per page, the header row included where the page repeats it, so the
row-table parser treats these exactly like ruled tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from ..model import Cell, Document, Line, Paragraph, Table
from ..settings import SETTINGS
from ..text import join_wrapped, vocabulary
from ..vocabulary import header_field, label_field
from .base import SUM_WORDS

TOLERANCE = SETTINGS.unruled.column_tolerance
_SUM = re.compile(rf"^{SUM_WORDS}\b", re.I)


@dataclass
class _Columns:
    starts: list[float]

    def index(self, x0: float) -> int:
        return max((i for i, s in enumerate(self.starts) if s <= x0 + TOLERANCE), default=-1)

    def fits(self, line: Line) -> bool:
        return self.fit(line.spans)

    def fit(self, spans) -> bool:
        """Every span starts inside one column and runs across none after it."""
        for span in spans:
            i = self.index(span.x0)
            if i < 0:
                return False
            if i + 1 < len(self.starts) and span.x1 > self.starts[i + 1] + TOLERANCE:
                return False
        return True


def _header(line: Line) -> _Columns | None:
    if len(line.spans) < 3:
        return None
    fields = [header_field(s.text) for s in line.spans]
    known = {f for f in fields if f}
    if len(known) >= SETTINGS.layouts.header_labels and "title" in known:
        return _Columns([s.x0 for s in line.spans])
    return None


def tables_from_lines(doc: Document) -> list[Table]:
    lines: list[Line] = [ln for b in doc.blocks if isinstance(b, Paragraph) for ln in b.lines]
    known = vocabulary(w for ln in lines for w in ln.text.split())
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        cols = _header(lines[i])
        if cols is None:
            i += 1
            continue
        header_line = lines[i]
        i += 1
        page_lines: dict[int, list[Line]] = {header_line.page: [header_line]}
        edge = header_line.x1  # how far right the table's text reaches
        while i < len(lines):
            line = lines[i]
            if _header(line) is not None and _labels(line) != _labels(header_line):
                break  # another table's header
            if line.spans and line.spans[0].x0 > edge + TOLERANCE:
                break  # text right of all the table's: a table or column beside it
            body = [ln for ln in page_lines.get(line.page, []) if ln is not header_line]
            if len(line.spans) == 1 and line.spans[0].bold and body and not any(s.bold for ln in body for s in ln.spans):
                break  # a heading in bold under rows in plain type: the text after the table ("Møter i 2023")
            if not cols.fits(line) and not ((_across(line, cols) or _marked(line, cols)) and i + 1 < len(lines)
                                            and cols.fits(lines[i + 1]) and len(lines[i + 1].spans) >= 2):
                break  # (a group's line across the table, or marked before it, with a row below it, stays in it;
                # not a heading over lines of one column: "Møter i 2023" over "14. mars – rådsmøte")
            page_lines.setdefault(line.page, []).append(line)
            edge = max(edge, line.x1)
            i += 1
        for page, group in page_lines.items():
            tables.append(_table(group, cols, page, known, doc.rules.get(page)))
    return tables


def _labels(line: Line) -> list[str | None]:
    return [header_field(s.text) for s in line.spans]


def _across(line: Line, cols: _Columns) -> bool:
    """One span from the first column across the next: a group's title over its rows ("Innsatsområde 1 – …")."""
    return len(line.spans) == 1 and cols.index(line.spans[0].x0) == 0 and len(cols.starts) > 1 \
        and line.spans[0].x1 > cols.starts[1] + TOLERANCE


def _marked(line: Line, cols: _Columns) -> bool:
    """A group's line with a mark before the first column (a matrix's "⊟ Innsatsområde 1 … 3"): its name
    in the first column, its subtotal in the others."""
    spans = line.spans
    return (len(spans) >= 2 and len(spans[0].text) <= 2 and spans[0].x0 < cols.starts[0] - TOLERANCE
            and cols.index(spans[1].x0) == 0 and cols.fit(spans[1:]))


def _header_rows(lines: list[Line], cols: _Columns) -> int:
    """How many of the first lines are the header: its first line, and lines that only finish
    header labels ("Antall" / "totalt")."""
    if not lines or _header(lines[0]) is None:
        return 0
    heads = {cols.index(s.x0): s.text for s in lines[0].spans}
    n = 1
    for line in lines[1:3]:
        # the rest of a header label: a word on the next line ("Antall" / "totalt") or the end of a
        # word the narrow column broke ("Samarbeidspartn" / "ere")
        if all(label_field(f"{heads.get(cols.index(s.x0), '')} {s.text}")
               or label_field(f"{heads.get(cols.index(s.x0), '')}{s.text}") for s in line.spans):
            n += 1
        else:
            break
    return n


def _table(lines: list[Line], cols: _Columns, page: int, known: set[str],
           rules: list[tuple[float, float, float]] | None = None) -> Table:
    head = _header_rows(lines, cols)
    body = lines[head:]
    pitches = [b.top - a.top for a, b in zip(body, body[1:]) if b.top > a.top]
    normal = min(pitches) if pitches else 12.0
    left, right_edge = min(cols.starts), max(ln.x1 for ln in lines) if lines else 0.0
    # rules across the table between its lines part the rows, when the table has them
    across = [y for y, x0, x1 in rules or [] if x0 <= left + TOLERANCE and x1 >= right_edge - 2 * TOLERANCE
              and body and body[0].top - 2 <= y <= body[-1].bottom + 2]

    def ruled_between(a: Line, b: Line) -> bool:
        return any(a.bottom - 1 <= y <= b.top + 1 for y in across)

    bold_names = sum(1 for ln in body if len(ln.spans) >= 2 and ln.spans[0].bold and cols.index(ln.spans[0].x0) == 0
                     and not _SUM.match(ln.spans[0].text))  # (a bold "Sum …" row is no name)

    def group_line(k: int) -> bool:
        """A group's title over its rows: across the table, or alone and bold in the first column
        after a row's gap, with a row below it (where the rows' names are not bold themselves)."""
        line = body[k]
        if _across(line, cols) or _marked(line, cols):
            return True
        if len(line.spans) != 1 or not line.spans[0].bold or cols.index(line.spans[0].x0) != 0 or bold_names:
            return False
        if k + 1 >= len(body) or len(body[k + 1].spans) < 2:
            return False
        return k == 0 or line.top - body[k - 1].top > SETTINGS.unruled.row_gap * normal

    groups_at = {k for k in range(len(body)) if group_line(k)}
    # rows of one line each, set as close as lines: every line but a group's or a sum's fills every
    # column (a wrapped row's next line leaves some empty)
    def full(line: Line) -> bool:
        return len({cols.index(sp.x0) for sp in line.spans}) == len(cols.starts)

    one_line_rows = len(cols.starts) >= 3 and all(full(ln) for k, ln in enumerate(body)
                                                  if k not in groups_at and not _SUM.match(ln.spans[0].text))

    def starts_row(line: Line) -> bool:
        return one_line_rows and cols.index(line.spans[0].x0) == 0

    rows: list[list[Line]] = [lines[:head]] if head else []
    groups_across: set[int] = set()
    for k, line in enumerate(body):
        if k == 0 or k in groups_at or k - 1 in groups_at:  # a group's line is a row of its own
            if k in groups_at:
                groups_across.add(len(rows))
            rows.append([line])
        elif starts_row(line):
            rows.append([line])
        elif across:
            (rows.append([line]) if ruled_between(body[k - 1], line) else rows[-1].append(line))
        elif line.top - body[k - 1].top > SETTINGS.unruled.row_gap * normal:
            rows.append([line])
        else:
            rows[-1].append(line)
    parts: dict[tuple[int, int], list[tuple[str, float, bool]]] = {}
    right: dict[int, float] = {}
    for r, row in enumerate(rows):
        for line in row:
            for span in line.spans:
                c = cols.index(span.x0)
                parts.setdefault((r, c), []).append((span.text, span.x1, span.bold))
                right[c] = max(right.get(c, 0.0), span.x1)
    size = min((ln.bottom - ln.top for ln in lines), default=10.0)
    cells: list[Cell] = []
    for r in range(len(rows)):
        for c in range(len(cols.starts)):
            pieces = parts.get((r, c), [])
            # a change between bold and plain starts a paragraph: a bold title above its description
            groups: list[list[tuple[str, float, bool]]] = []
            for piece in pieces:
                if groups and groups[-1][-1][2] == piece[2]:
                    groups[-1].append(piece)
                else:
                    groups.append([piece])
            paragraphs = [Paragraph(text=join_wrapped([(t, x1) for t, x1, _ in g], right.get(c, 0.0), 0.6 * size, known),
                                    page=page, bold=g[0][2]) for g in groups]
            text = "\n".join(p.text for p in paragraphs)
            if r in groups_across:  # one cell across the table, as a ruled table's group row
                if c == 0:
                    cells.append(Cell(text=text, row=r, col=0, col_span=len(cols.starts), page=page, paragraphs=paragraphs))
                continue
            cells.append(Cell(text=text, row=r, col=c, page=page, paragraphs=paragraphs))
    return Table(cells=cells, n_rows=len(rows), n_cols=len(cols.starts), page=page, page_end=page, ruled=False,
                 columns=[round(x, 1) for x in cols.starts])
