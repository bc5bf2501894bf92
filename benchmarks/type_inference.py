"""Accuracy of the inferred type (a measure without a stated type gets one from its words).

Two labelled sets, both with the type an analyst gave:
  - the directorate's 2018 matrix (samples/source/matrix_2018.csv, from the seed text): 129 titles,
    no descriptions;
  - the 2018 member reports (samples/source/members_2018.json): 159 titles with descriptions.

    python benchmarks/type_inference.py [--errors]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tiltak.normalize.config import load_config  # noqa: E402
from tiltak.normalize.measures import Normalizer  # noqa: E402
from tiltak.normalize.reference import load_reference  # noqa: E402
from tiltak.normalize.types import infer_type, map_type  # noqa: E402


def labelled() -> dict[str, list[tuple[str, str | None, str]]]:
    ref = load_reference()
    source = ROOT / "samples" / "source"
    with open(source / "matrix_2018.csv", encoding="utf-8") as fh:
        matrix = [(r["tiltak"], None, map_type(r["type"], ref)) for r in csv.DictReader(fh)]
    members = json.loads((source / "members_2018.json").read_text(encoding="utf-8"))
    member_rows = [(m["title"], m.get("description"), map_type(m["type"], ref))
                   for r in members["reports"] for m in r["measures"]]
    return {"matrix 2018 (title only)": matrix, "member reports 2018 (title + description)": member_rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list every wrong inference")
    args = parser.parse_args()
    normalizer = Normalizer(load_config())
    min_score = normalizer.config.get("types", "min_score")
    total_ok = total = 0
    for name, rows in labelled().items():
        confusion: Counter = Counter()
        for title, description, gold in rows:
            got = infer_type(title, description, normalizer.stems, min_score)
            confusion[(gold, got)] += 1
            if args.errors and got != gold:
                print(f"  {gold!s:22} <- {got!s:22} {title[:70]}")
        ok = sum(n for (gold, got), n in confusion.items() if gold == got)
        none = sum(n for (_, got), n in confusion.items() if got is None)
        total_ok, total = total_ok + ok, total + len(rows)
        print(f"{name}: {ok}/{len(rows)} = {ok / len(rows):.1%} correct ({none} left without a type)")
    print(f"all: {total_ok}/{total} = {total_ok / total:.1%}")


if __name__ == "__main__":
    main()
