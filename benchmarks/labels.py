"""The labelled set for evaluating matching: which measures in samples/ are the same measure.

Labels come from the sources the samples were made from, never from tiltak's output:
  - a member report's measures (samples/source/members_2018.json) and the directorate's matrix
    rows (samples/source/matrix_2018.csv) carry the matrix row they are: same row, same measure;
  - Spekter's 2017 measures are their own, except the two that Spekter reported again in 2018
    (the yearly "Møteplass lærebedrifter", matrix row 95, and the conference with LO on
    30 November 2017, matrix row 97).
Hard negatives (rows that look alike but are different measures) are listed for the evaluation.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "samples" / "source"
SPEKTER_2017_CONTINUED = {3: 95, 7: 97}  # 2017 measure (position in the report) -> matrix row in 2018
HARD_NEGATIVE_ROWS = {
    "Overføring av oppgaver fra statlig til fylkeskommunalt nivå; …": [3, 4, 5, 6, 7],
    "Ulike arenaer for dialog …": [10, 11, 12],
    "Samfunnskontrakten for flere læreplasser vs the Spekter row that extends it": [94, 95],
    "Akademikerne's series of Forskningsrapport …": [80, 81, 82, 83, 84, 85],
}


def matrix_rows() -> dict[int, dict]:
    with open(SOURCE / "matrix_2018.csv", encoding="utf-8") as fh:
        return {int(r["row"]): r for r in csv.DictReader(fh)}


def truth(measures) -> dict[str, str]:
    """measure_id -> label for every measure of samples/ that the sources account for.

    `measures`: rows with source_file, measure_id, in document order (a DataFrame or model list)."""
    members = json.loads((SOURCE / "members_2018.json").read_text(encoding="utf-8"))
    rows_of = {r["file"]: [m["matrix_row"] for m in r["measures"]] for r in members["reports"]}
    n_rows = len(matrix_rows())
    labels: dict[str, str] = {}
    position: dict[str, int] = {}
    for m in _iter(measures):
        file = m["source_file"]
        stem = Path(file).stem
        i = position.get(file, 0)
        position[file] = i + 1
        if file.startswith("matrix/") and i < n_rows:
            labels[m["measure_id"]] = f"row{i + 1}"
        elif stem in rows_of and i < len(rows_of[stem]):
            labels[m["measure_id"]] = f"row{rows_of[stem][i]}"
        elif stem == "spekter_2017":
            continued = SPEKTER_2017_CONTINUED.get(i + 1)
            labels[m["measure_id"]] = f"row{continued}" if continued else f"spekter2017-{i + 1}"
    return labels


def _iter(measures):
    if hasattr(measures, "to_dict"):
        yield from measures.to_dict("records")
    else:
        for m in measures:
            yield m if isinstance(m, dict) else m.model_dump()


def pairwise(labels_true: dict[str, str], labels_pred: dict[str, str]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of predicted clusters against the true ones."""
    from collections import Counter
    from itertools import combinations

    ids = [i for i in labels_true if i in labels_pred]
    true_pairs = {frozenset(p) for p in combinations(ids, 2) if labels_true[p[0]] == labels_true[p[1]]}
    by_pred: dict[str, list[str]] = {}
    for i in ids:
        by_pred.setdefault(labels_pred[i], []).append(i)
    pred_pairs = {frozenset(p) for members in by_pred.values() for p in combinations(members, 2)}
    tp = len(true_pairs & pred_pairs)
    precision = tp / len(pred_pairs) if pred_pairs else 1.0
    recall = tp / len(true_pairs) if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    _ = Counter()
    return {"precision": precision, "recall": recall, "f1": f1, "true_pairs": len(true_pairs),
            "predicted_pairs": len(pred_pairs), "correct_pairs": tp}


def samples_labels(df) -> tuple[dict[str, str], dict[str, str], list[tuple[str, str]]]:
    """The samples' labels for matching: measure_id -> tiltak label, the measures reported again
    (Spekter's 2017 measures in 2018) -> the label they continue, and the near-miss label pairs."""
    from itertools import combinations

    labels = truth(df)
    continued_rows = {f"row{r}" for r in SPEKTER_2017_CONTINUED.values()}
    continuing = {m: label for m, label in labels.items() if label in continued_rows
                  and df.loc[df.measure_id == m, "report_year"].iloc[0] == 2018
                  and "spekter" in df.loc[df.measure_id == m, "source_file"].iloc[0]}
    near = [(f"row{a}", f"row{b}") for rows in HARD_NEGATIVE_ROWS.values() for a, b in combinations(rows, 2)]
    return labels, continuing, near
