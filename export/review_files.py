"""The analyst's review files in the output folder: which one to read, and writing them again
without losing anything the analyst typed.

Each run writes the review twice: `match_review.xlsx` (the analyst's file) and `match_review.csv`
(for tools; also read back). Decisions are read from whichever the analyst saved last. A file
that could not be read whole is kept as the analyst left it, and this run's review is written
beside it (`match_review.new.xlsx` / `.new.csv`). A review file the analyst changed since the
last run is copied to `backups/` before it is replaced.
"""

from __future__ import annotations

import os
import shutil
from datetime import datetime
from pathlib import Path

from .dataset import write_rows
from .review_book import write_review_book

REVIEW_FILE = "match_review.csv"
REVIEW_BOOK = "match_review.xlsx"
RUN_REPORT = "run_report.json"


def _new_name(name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    return f"{stem}.new.{suffix}"


NEW_FILES = (_new_name(REVIEW_FILE), _new_name(REVIEW_BOOK))


def _digest(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _written_last(out: Path) -> dict[str, str]:
    """The review files as the last run wrote them (their SHA-256, kept in its run report)."""
    import json

    try:
        report = json.loads((out / RUN_REPORT).read_text(encoding="utf-8"))
        return dict(report.get("matching", {}).get("review_files", {}))
    except (OSError, ValueError, AttributeError):
        return {}


def _edited_since_last_run(path: Path, out: Path) -> bool:
    """Changed since the last run wrote it: saved by the analyst (or by a program of theirs)."""
    if not path.is_file():
        return False
    return _written_last(out).get(path.name) != _digest(path)


def review_to_read(out: Path) -> tuple[list[Path], list[str]]:
    """The review file(s) in `out` to read decisions from, and a warning for one present but not read."""
    csv_path, book = out / REVIEW_FILE, out / REVIEW_BOOK
    present = [p for p in (csv_path, book) if p.is_file()]
    if len(present) < 2:
        return present, []
    edited = [p for p in present if _edited_since_last_run(p, out)]
    if len(edited) == 2:
        newer, older = sorted(present, key=lambda p: p.stat().st_mtime_ns, reverse=True)
        return [newer], [f"both {REVIEW_BOOK} and {REVIEW_FILE} were changed since the last run: {newer.name} "
                         f"(saved last) was read, {older.name} was not; copy its decisions over if they are wanted"]
    return (edited or [book]), []


def write_review_files(out: Path, columns: list[str], rows: list[dict], kept: set[str]) -> dict[str, str]:
    """Both review files; one named in `kept` (it had rows that could not be read) stays as it is
    and this run's version goes beside it. Returns the SHA-256 of each file written, for the run report."""
    written = {}
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    for name, write in ((REVIEW_FILE, lambda p: write_rows(p, columns, rows, excel=True)),
                        (REVIEW_BOOK, lambda p: write_review_book(p, rows))):
        target = out / name
        if name in kept:
            write(out / _new_name(name))
            continue
        if _edited_since_last_run(target, out):  # the analyst's work is kept before it is replaced
            backups = out / "backups"
            backups.mkdir(exist_ok=True)
            stem, _, suffix = name.rpartition(".")
            shutil.copy2(target, backups / f"{stem}-{stamp}.{suffix}")
        fresh = out / f".{name}.new"
        write(fresh)
        os.replace(fresh, target)
        written[name] = _digest(target)
    return written
