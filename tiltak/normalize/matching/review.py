"""The analyst's decisions: what a decision is and the words that say one. A decision is keyed on
the content keys of the two measures, so it survives re-runs, re-ordering and re-sent files.
Reading and writing the review files is export's (export/review_files.py).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

MATCH_WORDS = {"match", "ja", "j", "yes", "y", "1", "true", "sann", "samme", "same", "duplicate", "duplikat", "x"}
DISTINCT_WORDS = {"distinct", "nei", "n", "no", "0", "false", "usann", "ulik", "ulike", "forskjellig", "different"}


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


DECISION_HEADERS = ("decision", "vurdering", "beslutning", "avgjørelse", "avgjorelse")
