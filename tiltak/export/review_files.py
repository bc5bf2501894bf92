"""The analyst's review files in the output folder: which one to read, and writing them again
without losing anything the analyst typed.

Each run writes the review twice: `match_review.xlsx` (the analyst's file) and `match_review.csv`
(for tools; also read back). Decisions are read from whichever the analyst saved last. A file
that could not be read whole is kept as the analyst left it, and this run's review is written
beside it (`match_review.new.xlsx` / `.new.csv`). A review file the analyst changed since the
last run is copied to `backups/` before it is replaced; the workbook is kept as the analyst saved
it when it already says what this run would write (a decision that changed nothing else).
"""

from __future__ import annotations

import csv
import io
import os
import shutil
from datetime import datetime
from pathlib import Path
from typing import Callable

from tiltak.normalize.matching.review import DECISION_HEADERS, Decision, pair_id, read_decision

from tiltak.extract import sha256_of

from .csvsafe import restore
from .dataset import write_rows
from .names import REVIEW_BOOK, REVIEW_FILE, RUN_REPORT, new_name
from .review_book import KEEP, holds, read_review_book, write_review_book

ARCHIVE_COLUMNS = ["pair_id", "decision", "left_key", "right_key", "left_title", "right_title", "reason", "archived_from"]

def _last_matching(out: Path) -> dict:
    """The matching part of the last run's report: the SHA-256 of the review files it wrote
    (`review_files`) and the digest of their rows (`review_rows_digest`)."""
    import json

    try:
        matching = json.loads((out / RUN_REPORT).read_text(encoding="utf-8")).get("matching", {})
        return matching if isinstance(matching, dict) else {}
    except (OSError, ValueError, AttributeError):
        return {}


def _edited_since_last_run(path: Path, last: dict) -> bool:
    """Changed since the last run (its report's matching part: `last`) wrote it: saved by the
    analyst (or by a program of theirs)."""
    if not path.is_file():
        return False
    written = last.get("review_files")
    return (written.get(path.name) if isinstance(written, dict) else None) != sha256_of(path)


def review_to_read(out: Path) -> tuple[list[Path], list[str]]:
    """The review file(s) in `out` to read decisions from, and a warning for one present but not read."""
    csv_path, book = out / REVIEW_FILE, out / REVIEW_BOOK
    present = [p for p in (csv_path, book) if p.is_file()]
    if len(present) < 2:
        return present, []
    last = _last_matching(out)
    edited = [p for p in present if _edited_since_last_run(p, last)]
    if len(edited) == 2:
        newer, older = sorted(present, key=lambda p: p.stat().st_mtime_ns, reverse=True)
        return [newer], [f"both {REVIEW_BOOK} and {REVIEW_FILE} were changed since the last run: {newer.name} "
                         f"(saved last) was read, {older.name} was not; copy its decisions over if they are wanted"]
    return (edited or [book]), []


def rows_digest(rows: list[dict], version: str) -> str:
    """What the review files say besides the decisions, as a digest (kept in the run report)."""
    import hashlib
    import json

    text = json.dumps([{k: v for k, v in row.items() if k != "decision"} for row in rows], sort_keys=True,
                      ensure_ascii=False, default=str)
    return hashlib.sha1((version + text).encode()).hexdigest()


def write_review_files(out: Path, columns: list[str], rows: list[dict], kept: set[str],
                       last: Path | None = None, digest: str | None = None,
                       book: Callable[[], Path] | None = None) -> dict[str, str]:
    """Both review files; one named in `kept` (it had rows that could not be read) stays as it is
    and this run's version goes beside it. `last`: the folder of the last run's report, if not `out`
    (a run writes into a staging folder). `digest`: `rows_digest` of the rows: the workbook the
    analyst saved is kept when the last run wrote the same and the analyst's decisions are all this
    run would change. `book`: the path of the rows' workbook written elsewhere (the helper process),
    when it is written. Returns the SHA-256 of each file written, for the run report."""
    written = {}
    before = _last_matching(last or out)
    same_rows = digest is not None and before.get("review_rows_digest") == digest
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    for name, write in ((REVIEW_FILE, lambda p: write_rows(p, columns, rows, excel=True)),
                        (REVIEW_BOOK, (lambda p: os.replace(book(), p)) if book else (lambda p: write_review_book(p, rows)))):
        target = out / name
        if name in kept:
            write(out / new_name(name))
            continue
        if name == REVIEW_BOOK and same_rows and target.is_file() and holds(target, rows):
            written[name] = sha256_of(target)  # the analyst's workbook says it all already: kept as saved
            continue
        if _edited_since_last_run(target, before):  # the analyst's work is kept before it is replaced
            backups = out / "backups"
            backups.mkdir(exist_ok=True)
            stem, _, suffix = name.rpartition(".")
            shutil.copy2(target, backups / f"{stem}-{stamp}.{suffix}")
        fresh = out / f".{name}.new"
        write(fresh)
        os.replace(fresh, target)
        written[name] = sha256_of(target)
    return written


def _read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")  # Excel's "CSV (semikolondelt)" on Windows


def _delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (";", ",", "\t")}
    return max(counts, key=counts.get)


def read_decisions(path: Path) -> tuple[list[Decision], list[str]]:
    """Decisions in a review file (the .xlsx workbook or the .csv) or the archive, and a problem for
    every row that cannot be used (the caller keeps a file with problems as the analyst left it)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        try:
            names, rows = read_review_book(path, KEEP)
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
    write_rows(path, ARCHIVE_COLUMNS, rows, excel=True)
