"""match_review.xlsx: the analyst's review file, as a workbook Excel and Calc cannot garble.

Codes stay text ("2.2" is never a date), the score is a number, the decision is picked from a list,
headers are Norwegian, the two measures' titles and descriptions stand side by side first, rows are
grouped by candidate cluster (a band of colour per group), the header row is frozen, columns and
rows are sized to their text and the sheet prints landscape on the page width with the header on
every page. The CSV beside it holds the same rows for tools.
"""

from __future__ import annotations

from pathlib import Path

from tiltak.normalize.matching.review import DECISION_HEADERS

from .files import atomic_path

SHEET = "Vurdering"
DECISIONS = ("match", "distinct")  # match = samme tiltak, distinct = ulike tiltak (ja/nei are read too)

# (key in the review rows, header, width in characters, kind)
COLUMNS = [
    ("group", "Gruppe", 8, "text"),
    ("group_size", "Tiltak i gruppen", 9, "int"),
    ("suggestion", "Forslag", 14, "text"),
    ("decision", "Vurdering", 12, "text"),
    ("score", "Sannsynlighet", 12, "score"),
    ("left_title", "Tittel A", 40, "wrap"),
    ("right_title", "Tittel B", 40, "wrap"),
    ("left_description", "Beskrivelse A", 50, "wrap"),
    ("right_description", "Beskrivelse B", 50, "wrap"),
    ("left_reporter", "Rapportert av A", 16, "wrap"),
    ("right_reporter", "Rapportert av B", 16, "wrap"),
    ("left_year", "År A", 7, "int"),
    ("right_year", "År B", 7, "int"),
    ("left_delmal", "Delmål A", 10, "text"),
    ("right_delmal", "Delmål B", 10, "text"),
    ("left_type", "Type A", 18, "wrap"),
    ("right_type", "Type B", 18, "wrap"),
    ("left_organisations", "Ansvarlig og partnere A", 28, "wrap"),
    ("right_organisations", "Ansvarlig og partnere B", 28, "wrap"),
    ("left_source", "Kilde A", 28, "wrap"),
    ("right_source", "Kilde B", 28, "wrap"),
    ("title", "Titler", 22, "wrap"),
    ("organisations", "Organisasjoner", 22, "wrap"),
    ("delmal", "Delmål", 14, "wrap"),
    ("type", "Type", 14, "wrap"),
    ("years", "År", 16, "wrap"),
    ("dates", "Datoer", 14, "wrap"),
    ("names", "Navn", 14, "wrap"),
    ("document", "Dokument", 16, "wrap"),
    ("same_document", "Samme dokument", 10, "text"),
    ("pair_id", "pair_id", 16, "key"),
    ("left_key", "left_key", 18, "key"),
    ("right_key", "right_key", 18, "key"),
]
HEADER_KEYS = {header.casefold(): key for key, header, *_ in COLUMNS}
SUGGESTIONS = {"review": "vurder", "repeat": "samme spørsmål", "joined": "koblet via andre",
               "match": "samme (automatisk)", "distinct": "ulike"}


def write_review_book(path: Path, rows: list[dict]) -> None:
    from .xlsx import legal_text, new_workbook, print_setup, wrapped_lines

    with atomic_path(path) as tmp:
        wb = new_workbook(tmp)
        ws = wb.add_worksheet(SHEET)
        header = wb.add_format({"bold": True, "text_wrap": True, "valign": "top"})
        for c, (_, title, *_) in enumerate(COLUMNS):
            ws.write_string(0, c, title, header)
        # one format per kind of cell and band
        formats = {}
        for kind in ("wrap", "text", "score", "int"):
            for banded in (False, True):
                spec = {"text_wrap": kind == "wrap", "valign": "top",
                        "num_format": "0.000" if kind == "score" else "0" if kind == "int" else "@"}
                if banded:
                    spec |= {"pattern": 1, "bg_color": "#F2F2F2"}
                formats[(kind, banded)] = wb.add_format(spec)
        band, last_group = 0, None
        for r, row in enumerate(rows, start=1):
            if row.get("group") != last_group:
                band, last_group = 1 - band, row.get("group")
            lines = 1
            for c, (key, _, width, kind) in enumerate(COLUMNS):
                value = row.get(key, "")
                if key == "suggestion":
                    value = SUGGESTIONS.get(value, value)
                fmt = formats[(kind if kind in ("wrap", "score", "int") else "text", band == 0)]
                if kind == "score" and value not in ("", None):
                    ws.write_number(r, c, float(value), fmt)
                elif kind == "int" and str(value).isdecimal():
                    ws.write_number(r, c, int(value), fmt)
                elif value not in ("", None):
                    ws.write_string(r, c, legal_text(value), fmt)  # text as written: "=…" is no formula, "2.2" no date
                else:
                    ws.write_blank(r, c, None, fmt)
                if kind == "wrap" and value:
                    lines = max(lines, wrapped_lines(value, width))
            ws.set_row(r, min(409, 15 * min(lines, 12)))
        for c, (key, _, width, kind) in enumerate(COLUMNS):
            ws.set_column(c, c, width, None, {"hidden": kind == "key"})
        decision_col = next(i for i, (k, *_) in enumerate(COLUMNS) if k == "decision")
        if rows:
            ws.data_validation(1, decision_col, len(rows), decision_col, {
                "validate": "list", "source": list(DECISIONS), "ignore_blank": True,
                "error_title": "Vurdering",
                "error_message": "Velg match (samme tiltak) eller distinct (ulike tiltak), eller la feltet stå tomt.",
                "input_title": "Vurdering", "input_message": "match = samme tiltak, distinct = ulike tiltak"})
        ws.freeze_panes(1, 5)
        ws.autofilter(0, 0, max(len(rows), 1), len(COLUMNS) - 1)
        print_setup(ws)
        wb.close()


def read_review_book(path: Path, keep: set[str] | None = None) -> tuple[list[str], list[dict]]:
    """The review sheet's column names (as the review rows name them) and its rows (with `keep`,
    only those columns' cells: the rest are ""); raises ValueError when the file is no workbook.
    Read with calamine (python-calamine): a tenth of openpyxl's time, on a re-run's path."""
    names, rows = _named(_sheet_values(path), keep)
    _READ.clear()
    _READ[_identity(path)] = rows
    return names, rows


# The workbook read last (by its file's identity, so a hard link to it is the same file), for `holds`.
_READ: dict[tuple, list[dict]] = {}
_SAME = ("pair_id", "left_key", "right_key", "group", "group_size", "suggestion", "decision")
# what a run reads of the workbook: the decisions, which pairs they are for, and what `holds` compares
KEEP = {*DECISION_HEADERS, *_SAME, "score", "left_title", "right_title"}


def _identity(path: Path) -> tuple:
    st = path.stat()
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns


def holds(path: Path, rows: list[dict]) -> bool:
    """The workbook at `path`, as this run read it, already says what `rows` say: the same pairs
    in the same order, groups, suggestions, decisions and scores (what the analyst saved after a
    decision, when the decision changes nothing else). Other cells may differ: they are the
    measures' own text, written again from the same measures."""
    try:
        read = _READ.get(_identity(path))
    except OSError:
        return False
    if read is None or len(read) != len(rows):
        return False
    for old, new in zip(read, rows):
        for key in _SAME:
            value = new.get(key, "")
            value = SUGGESTIONS.get(value, value) if key == "suggestion" else value
            if str(old.get(key, "")).strip() != str("" if value is None else value).strip():
                return False
        try:
            if round(float(old.get("score") or 0), 3) != round(float(new.get("score") or 0), 3):
                return False
        except ValueError:
            return False
    return True


def _key(header: str) -> str:
    header = header.strip().casefold()
    return HEADER_KEYS.get(header, header)


def _named(table: list[list[str]], keep: set[str] | None = None) -> tuple[list[str], list[dict]]:
    header = table[0] if table else []
    names = [_key(h) for h in header]
    wanted = [n if keep is None or n in keep else "" for n in names]
    rows = [{n: (v if w else "") for n, w, v in zip(names, wanted, values) if n}
            for values in table[1:] if any(v for w, v in zip(wanted, values) if w)]
    return names, rows


def _text(value) -> str:
    """A cell's value as the analyst sees it: whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _sheet_values(path: Path) -> list[list[str]]:
    """The cells of the review sheet (or the first) as text, row by row."""
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        sheet = book.get_sheet_by_name(SHEET) if SHEET in book.sheet_names else book.get_sheet_by_index(0)
        rows = sheet.to_python(skip_empty_area=False)
    except (CalamineError, OSError, ValueError, IndexError) as exc:
        raise ValueError(f"{path.name} is not a workbook Excel can open ({exc})") from None
    return [[_text(v) for v in row] for row in rows]
