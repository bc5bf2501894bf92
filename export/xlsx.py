"""The matrix of all measures as a spreadsheet an analyst can edit and print (openpyxl).

One sheet per report year, laid out like the published matrix (Vedlegg 2): a band per main area,
then Delmål | Tiltak | Type tiltak | Ansvarlig | Samarbeidspartnere | Antall totalt, with the Delmål
and Antall totalt cells merged over the measures of a delmål. Header row frozen, text wrapped,
column widths that fit, landscape pages with the header repeated.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from .files import atomic_path

HEADER = ("Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Antall totalt")
WIDTHS = (34, 60, 20, 26, 40, 10)
_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")


def legal_text(value) -> str:
    """Text without the characters a workbook cannot hold (control characters)."""
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def _excel_text(value: str) -> str:
    """Report text is untrusted: a cell that starts like a formula is stored as text, and
    characters a workbook cannot hold are dropped."""
    value = legal_text(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def wrapped_lines(value, width: int) -> int:
    """Lines a wrapped cell of `width` characters needs (a little slack for proportional fonts)."""
    text = str(value or "")
    return max(1, sum(-(-max(len(part), 1) // max(int(width * 1.1) - 2, 1)) for part in text.split("\n")))


def write_matrix(path: Path, groups: dict, area_names: dict[int, str], delmal_texts: dict[str, str]) -> None:
    """`groups`: {year: {area: {delmal: [rows]}}}, rows with title, type, responsible, partners."""
    wb = Workbook()
    wb.remove(wb.active)
    groups = groups or {None: {}}  # no measures: an empty matrix, not no file
    for year in sorted(groups, key=lambda y: (y is None, -(y or 0))):
        ws = wb.create_sheet(title=f"Matrise {year}" if year else "Matrise")
        ws.append(list(HEADER))
        for cell in ws[1]:
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = PatternFill("solid", fgColor="1F4E79")
            cell.alignment = _WRAP
            cell.border = _BORDER
        for col, width in enumerate(WIDTHS, 1):
            ws.column_dimensions[get_column_letter(col)].width = width
        for area in sorted(groups[year]):
            ws.append([f"Hovedinnsatsområde {area}: {area_names.get(area, '')}"])
            band = ws.max_row
            ws.merge_cells(start_row=band, start_column=1, end_row=band, end_column=len(HEADER))
            ws.cell(band, 1).font = Font(bold=True)
            ws.cell(band, 1).fill = PatternFill("solid", fgColor="DDEBF7")
            for code in sorted(groups[year][area], key=lambda c: tuple(int(x) for x in c.split("."))):
                rows = groups[year][area][code]
                first = ws.max_row + 1
                for row in rows:
                    ws.append([f"{code} {delmal_texts.get(code, '')}".strip(), _excel_text(row["title"]),
                               _excel_text(row["type"] or ""), _excel_text(", ".join(row["responsible"])),
                               _excel_text(", ".join(row["partners"])), len(rows)])
                last = ws.max_row
                for r in range(first, last + 1):
                    for c in range(1, len(HEADER) + 1):
                        ws.cell(r, c).alignment = _WRAP
                        ws.cell(r, c).border = _BORDER
                    # wrapped text needs its height set: Excel and Calc do not grow a row when printing
                    lines = max(wrapped_lines(ws.cell(r, c).value, WIDTHS[c - 1]) for c in range(2, len(HEADER)))
                    ws.row_dimensions[r].height = 15 * lines
                if last == first:  # the delmål's text, alone in its cell, may need more room
                    ws.row_dimensions[first].height = 15 * max(wrapped_lines(ws.cell(first, 1).value, WIDTHS[0]),
                                                               int(ws.row_dimensions[first].height // 15))
                if last > first:
                    ws.merge_cells(start_row=first, start_column=1, end_row=last, end_column=1)
                    ws.merge_cells(start_row=first, start_column=6, end_row=last, end_column=6)
        ws.append([])
        total = len({r["cluster_id"] for by_delmal in groups[year].values() for rows in by_delmal.values() for r in rows})
        ws.append([f"Totalt antall tiltak {total}"])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.freeze_panes = "A2"
        ws.print_title_rows = "1:1"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    with atomic_path(path) as tmp:
        wb.save(tmp)
