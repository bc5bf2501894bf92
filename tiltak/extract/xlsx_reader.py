"""Spreadsheet reports (.xlsx): each sheet into the document model, as a Word table would be.

A member who fills in the directorate's template as a spreadsheet writes one row per measure under
a header row, often with a title block above it ("Rapportering til Kompetansepolitisk råd 2021 –
NHO"). The sheet becomes: the rows above the table as paragraphs (so the reporter and year are
found as in any report), and the table with merged cells as spans, empty rows and columns left
out. The sheet chosen is the first one whose rows hold a header of known labels (an instruction
sheet before it is passed over); the row-table parser then reads it as it reads a Word table.
"""

from __future__ import annotations

import datetime as dt
import re

from .model import Cell, Document, Paragraph, Table
from .text import clean

HEADER_ROWS_LOOKED_AT = 15  # a header row is looked for among a sheet's first rows


def read_xlsx(path: str) -> Document:
    from openpyxl import load_workbook

    wb = load_workbook(path, data_only=True)  # the values Excel last computed, not formulas
    try:
        sheets = [_sheet(ws) for ws in wb.worksheets if ws.sheet_state == "visible"]
    finally:
        wb.close()
    sheets = [s for s in sheets if s is not None]
    if not sheets:
        raise ValueError("the workbook has no sheet with text")
    chosen = next((s for s in sheets if _has_header(s[2])), sheets[0])
    name, paragraphs, table = chosen
    blocks = [*paragraphs, *([table] if table is not None else [])]
    return Document(path=str(path), format="xlsx", blocks=blocks, pages=None,
                    metadata={"title": name})


def _text(value, number_format: str = "General") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, dt.datetime):
        return value.strftime("%d.%m.%Y") if value.time() == dt.time() else value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, float):
        decimals = re.search(r"0\.(0+)", number_format or "")
        if decimals:  # "1.10" typed in a cell formatted with two decimals stays 1.10
            return f"{value:.{len(decimals.group(1))}f}"
        return f"{value:g}" if abs(value) < 1e15 else str(value)
    return clean(str(value))


def _sheet(ws) -> tuple[str, list[Paragraph], Table | None] | None:
    """A sheet as (name, the rows above its table as paragraphs, its table)."""
    grid: dict[tuple[int, int], str] = {}
    for row in ws.iter_rows():
        for cell in row:
            if getattr(cell, "value", None) is not None:
                text = _text(cell.value, cell.number_format)
                if text:
                    grid[(cell.row, cell.column)] = text
    if not grid:
        return None
    spans = {}
    covered = set()
    for merged in ws.merged_cells.ranges:
        spans[(merged.min_row, merged.min_col)] = (merged.max_row - merged.min_row + 1, merged.max_col - merged.min_col + 1)
        covered |= {(r, c) for r in range(merged.min_row, merged.max_row + 1)
                    for c in range(merged.min_col, merged.max_col + 1)} - {(merged.min_row, merged.min_col)}
    rows = sorted({r for r, _ in grid})
    # the table starts at its header row (known labels), else at the first row of two or more cells;
    # the rows above it ("Rapportering … 2021 – NHO", "Organisasjon: NHO") are the report's title block
    start = next((r for r in rows[:HEADER_ROWS_LOOKED_AT] if _header_like([grid[k] for k in grid if k[0] == r])),
                 None) or next((r for r in rows if sum(1 for (rr, _) in grid if rr == r) >= 2), None)
    paragraphs = [Paragraph(text=" ".join(grid[(r, c)] for c in sorted(c for (rr, c) in grid if rr == r)))
                  for r in rows if start is None or r < start]
    if start is None:
        return ws.title, paragraphs, None
    body_rows = [r for r in rows if r >= start]
    used_cols = sorted({c for (r, c) in grid if r >= start} |
                       {c + k for (r, c), (_, w) in spans.items() if r >= start for k in range(w)})
    col_index = {c: i for i, c in enumerate(used_cols)}
    row_index = {r: i for i, r in enumerate(body_rows)}
    cells = []
    for (r, c), text in grid.items():
        if r < start or (r, c) in covered:
            continue
        height, width = spans.get((r, c), (1, 1))
        last_row = max((x for x in body_rows if x <= r + height - 1), default=r)
        last_col = max((x for x in used_cols if x <= c + width - 1), default=c)
        cells.append(Cell(text=text, row=row_index[r], col=col_index[c],
                          row_span=row_index[last_row] - row_index[r] + 1,
                          col_span=col_index[last_col] - col_index[c] + 1))
    table = Table(cells=sorted(cells, key=lambda x: (x.row, x.col)), n_rows=len(body_rows), n_cols=len(used_cols),
                  sheet=ws.title, source_rows=body_rows)
    return ws.title, paragraphs, table


def _header_like(texts: list[str]) -> bool:
    from .vocabulary import header_field

    fields = {header_field(t) for t in texts} - {None, "other"}
    return "title" in fields and len(fields) >= 3


def _has_header(table: Table | None) -> bool:
    """A row among the table's first rows names at least three known fields, the measure's among them."""
    if table is None:
        return False
    return any(_header_like([c.text for c in table.row_cells(r) if c.row == r])
               for r in range(min(HEADER_ROWS_LOOKED_AT, table.n_rows)))
