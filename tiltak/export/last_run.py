"""What the last run left in the output folder that this run reads: the analyst's decisions (the
archive, the review file saved last) and the cluster ids, so that they stay put.
"""

from __future__ import annotations

import json
from pathlib import Path

from tiltak.normalize.matching.review import Decision

from .names import IDS_FILE
from .review_files import read_decisions, review_to_read

ARCHIVE_FILE = "decisions_archive.csv"


def load_decisions(out: Path | None, extra: list[Path]) -> tuple[list[Decision], dict[str, list[str]], list[str]]:
    """The analyst's decisions: the archive first, then files given with --decisions, then the
    review file in the output folder the analyst saved last (the latest word wins); the problems
    found, per file; and warnings about review files not read."""
    review, warnings = review_to_read(out) if out else ([], [])
    paths = ([out / ARCHIVE_FILE] if out else []) + list(extra) + review
    decisions: list[Decision] = []
    problems: dict[str, list[str]] = {}
    for path in paths:
        if path.is_file():
            found, bad = read_decisions(path)
            decisions += found
            if bad:
                problems[str(path)] = bad
    return decisions, problems, warnings




def previous_cluster_ids(out: Path | None) -> dict[str, str]:
    """content_key -> cluster_id from the last run's dataset, so cluster ids stay put."""
    path = out / "measures.parquet" if out else None
    if not path or not path.is_file():
        return {}
    try:
        return dict(json.loads((out / IDS_FILE).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        pass  # an older run's output folder: from its Parquet file
    try:
        import pyarrow.parquet as pq

        table = pq.read_table(path, columns=["content_key", "cluster_id"]).to_pylist()
    except Exception:  # an old or damaged file only costs the ids their history
        return {}
    return {r["content_key"]: r["cluster_id"] for r in table if r["content_key"] and r["cluster_id"]}
