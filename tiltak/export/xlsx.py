"""The matrix of all measures as a spreadsheet an analyst can edit and print (XlsxWriter).

One sheet per report year, laid out like the published matrix (Vedlegg 2): a band per main area,
then Delmål | Tiltak | Type tiltak | Ansvarlig | Samarbeidspartnere | Antall totalt, with the Delmål
and Antall totalt cells merged over the measures of a delmål. Header row frozen, text wrapped,
column widths that fit, landscape pages with the header repeated.

Workbooks are written with XlsxWriter (five times faster than openpyxl to load and write, which
matters on every re-run); openpyxl still reads the workbooks members and analysts send.
"""

from __future__ import annotations

import re
from pathlib import Path

from .files import atomic_path

HEADER = ("Delmål", "Tiltak", "Type tiltak", "Ansvarlig", "Samarbeidspartnere", "Antall totalt")
WIDTHS = (34, 60, 20, 26, 40, 10)
# Characters an XML workbook cannot hold: control characters but tab, line feed and carriage return.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def legal_text(value) -> str:
    """Text without the characters a workbook cannot hold (control characters)."""
    return _ILLEGAL.sub("", str(value))


def looks_like_formula(value: str) -> bool:
    """Report text is untrusted: a cell that starts like this is marked as text (Excel's quote
    prefix), so editing it never makes it a formula."""
    return value[:1] in ("=", "+", "-", "@")


def new_workbook(path):
    """A workbook that writes every value as given: no text turned into numbers, formulas or links."""
    import xlsxwriter

    return xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                           "strings_to_urls": False})


def print_setup(ws) -> None:
    """Landscape A4, the columns fitted to the page width, the header row on every page."""
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)


def wrapped_lines(value, width: int) -> int:
    """Lines a wrapped cell of `width` characters needs (a little slack for proportional fonts)."""
    text = str(value or "")
    return max(1, sum(-(-max(len(part), 1) // max(int(width * 1.1) - 2, 1)) for part in text.split("\n")))


def write_matrix(path: Path, groups: dict, area_names: dict[int, str], delmal_texts: dict[str, str]) -> None:
    """`groups`: {year: {area: {delmal: [rows]}}}, rows with title, type, responsible, partners."""
    groups = groups or {None: {}}  # no measures: an empty matrix, not no file
    with atomic_path(path) as tmp:
        wb = new_workbook(tmp)
        header = wb.add_format({"bold": True, "font_color": "#FFFFFF", "pattern": 1, "bg_color": "#1F4E79",
                                "text_wrap": True, "valign": "top", "border": 1, "border_color": "#999999"})
        band_format = wb.add_format({"bold": True, "pattern": 1, "bg_color": "#DDEBF7"})
        cell = {"text_wrap": True, "valign": "top", "border": 1, "border_color": "#999999"}
        plain, quoted = wb.add_format(cell), wb.add_format(cell | {"quote_prefix": True})
        bold = wb.add_format({"bold": True})
        for year in sorted(groups, key=lambda y: (y is None, -(y or 0))):
            ws = wb.add_worksheet(f"Matrise {year}" if year else "Matrise")
            for c, title in enumerate(HEADER):
                ws.write_string(0, c, title, header)
                ws.set_column(c, c, WIDTHS[c])
            r = 1
            for area in sorted(groups[year]):
                ws.merge_range(r, 0, r, len(HEADER) - 1, f"Hovedinnsatsområde {area}: {area_names.get(area, '')}",
                               band_format)
                r += 1
                for code in sorted(groups[year][area], key=lambda c: tuple(int(x) for x in c.split("."))):
                    rows = groups[year][area][code]
                    label = f"{code} {delmal_texts.get(code, '')}".strip()
                    first = r
                    for row in rows:
                        values = [label, row["title"], row["type"] or "", ", ".join(row["responsible"]),
                                  ", ".join(row["partners"])]
                        for c, value in enumerate(values):
                            value = legal_text(value)
                            if c or len(rows) == 1:  # else merged over the delmål's rows below
                                ws.write_string(r, c, value, quoted if looks_like_formula(value) else plain)
                        if len(rows) == 1:
                            ws.write_number(r, 5, 1, plain)
                        # wrapped text needs its height set: Excel and Calc do not grow a row when printing
                        lines = max(wrapped_lines(v, WIDTHS[c]) for c, v in enumerate(values) if c)
                        if len(rows) == 1:  # the delmål's text, alone in its cell, may need more room
                            lines = max(lines, wrapped_lines(label, WIDTHS[0]))
                        ws.set_row(r, 15 * lines)
                        r += 1
                    if len(rows) > 1:
                        ws.merge_range(first, 0, r - 1, 0, label, plain)
                        ws.merge_range(first, 5, r - 1, 5, len(rows), plain)
            total = len({row["cluster_id"] for by_delmal in groups[year].values() for rows in by_delmal.values()
                         for row in rows})
            ws.write_string(r + 1, 0, f"Totalt antall tiltak {total}", bold)
            ws.freeze_panes(1, 0)
            print_setup(ws)
        wb.close()
