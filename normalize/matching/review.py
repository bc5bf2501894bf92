"""The analyst's review file: written for Excel, read back whatever Excel did to it.

Written as UTF-8 with BOM and `;` between columns (Excel with Norwegian settings), formula-looking
cells neutralised. Read back with `;`, `,` or tab, with or without BOM (or in Windows-1252 if Excel
saved it so), rows in any order, extra columns ignored. A decision is keyed on the content keys of
the two measures, so it survives re-runs, re-ordering and re-sent files.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from export.csvsafe import restore
from export.dataset import write_rows as write_csv_rows

MATCH_WORDS = {"match", "ja", "j", "yes", "y", "1", "true", "sann", "samme", "same", "duplicate", "duplikat", "x"}
DISTINCT_WORDS = {"distinct", "nei", "n", "no", "0", "false", "usann", "ulik", "ulike", "forskjellig", "different"}
ARCHIVE_COLUMNS = ["pair_id", "decision", "left_key", "right_key", "left_title", "right_title", "reason", "archived_from"]


def pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def pair_id(a: str, b: str) -> str:
    left, right = pair_key(a, b)
    return "p" + hashlib.sha1(f"{left}|{right}".encode()).hexdigest()[:12]


def read_decision(value: str) -> str | None:
    """'match', 'distinct', None for empty; raises ValueError for anything else."""
    word = (value or "").strip().casefold().rstrip(".")
    if not word:
        return None
    if word in MATCH_WORDS:
        return "match"
    if word in DISTINCT_WORDS:
        return "distinct"
    raise ValueError(value)


@dataclass
class Decision:
    left_key: str
    right_key: str
    decision: str
    source: str
    row: int
    left_title: str = ""
    right_title: str = ""
    pair: str = ""  # the row's pair_id, when a spreadsheet dropped the key columns

    @property
    def key(self) -> tuple[str, str]:
        return pair_key(self.left_key, self.right_key)


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")  # Excel's "CSV (semikolondelt)" on Windows


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (";", ",", "\t")}
    return max(counts, key=counts.get)


DECISION_HEADERS = ("decision", "vurdering", "beslutning", "avgjørelse", "avgjorelse")


def read_decisions(path: Path) -> tuple[list[Decision], list[str]]:
    """Decisions in a review file (the .xlsx workbook or the .csv) or the archive, and a problem for
    every row that cannot be used (the caller keeps a file with problems as the analyst left it)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from export.review_book import read_review_book

        try:
            names, rows = read_review_book(path)
        except ValueError as exc:
            return [], [str(exc)]
        return decisions_from_rows(path.name, names, rows)
    try:
        text = _read_text(path)
    except OSError as exc:
        return [], [f"{path.name} cannot be read ({exc.strerror or exc})"]
    if "\x00" in text or text.startswith("PK"):
        return [], [f"{path.name} is not a CSV file (saved as a workbook?); save it as CSV (semicolon separated), "
                    "or keep the workbook as match_review.xlsx"]
    if not text.strip():
        return [], []
    reader = csv.DictReader(io.StringIO(text), delimiter=_delimiter(text.splitlines()[0]))
    names = [(f or "").strip().casefold() for f in (reader.fieldnames or [])]
    reader.fieldnames = names
    return decisions_from_rows(path.name, names, ({k: restore((v or "").strip()) for k, v in row.items() if k}
                                                 for row in reader))


def decisions_from_rows(name: str, fieldnames: list[str], rows) -> tuple[list[Decision], list[str]]:
    column = next((h for h in DECISION_HEADERS if h in fieldnames), None)
    if column is None:
        return [], [f"{name}: no 'decision' column (columns: {', '.join(f for f in fieldnames[:8] if f)}); "
                    "no decisions read from it"]
    decisions: list[Decision] = []
    problems: list[str] = []
    for row_no, row in enumerate(rows, start=2):
        try:
            decision = read_decision(row.get(column, ""))
        except ValueError:
            problems.append(f"{name}, row {row_no}: decision '{row.get(column)}' is not match or distinct "
                            "(also accepted: ja/nei, j/n, yes/no, 1/0)")
            continue
        if decision is None:
            continue
        left, right, pid = row.get("left_key", ""), row.get("right_key", ""), row.get("pair_id", "")
        if not (left and right) and not pid:
            problems.append(f"{name}, row {row_no}: neither left_key/right_key nor pair_id says which measures "
                            "the decision is for")
            continue
        decisions.append(Decision(left, right, decision, name, row_no, row.get("left_title", ""),
                                  row.get("right_title", ""), pair="" if left and right else pid))
    return decisions, problems


def write_rows(path: Path, columns: list[str], rows: list[dict]) -> None:
    """A CSV for Excel: BOM, ';', formula-looking cells neutralised; written atomically."""
    write_csv_rows(path, columns, rows, excel=True)


def update_archive(path: Path, moved: list[tuple[Decision, str]]) -> None:
    """Add decisions that no longer apply to the archive; what it already holds stays."""
    rows: list[dict] = []
    if path.exists():
        text = _read_text(path)
        reader = csv.DictReader(io.StringIO(text), delimiter=_delimiter(text.splitlines()[0] if text else ";"))
        rows = [{k: restore(v or "") for k, v in r.items() if k} for r in reader]
    seen = {(r.get("left_key"), r.get("right_key"), r.get("decision")) for r in rows}
    for decision, reason in moved:
        left, right = decision.key
        if (left, right, decision.decision) in seen:
            continue
        seen.add((left, right, decision.decision))
        rows.append({"pair_id": decision.pair or pair_id(left, right), "decision": decision.decision, "left_key": decision.left_key,
                     "right_key": decision.right_key, "left_title": decision.left_title,
                     "right_title": decision.right_title, "reason": reason, "archived_from": decision.source})
    write_rows(path, ARCHIVE_COLUMNS, rows)
