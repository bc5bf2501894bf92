"""The variant suite (tests/variants/): the sample measures rendered along each axis a template varies
on, in Word and as PDF. Prints, per axis value and format, the share of files read exactly: every
measure found once, with the right title and delmål, and every field the variant shows right.

    python benchmarks/variants.py [--details]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from blind import fold, run_tiltak  # noqa: E402

FOLDER = HERE.parent / "tests" / "variants"


def _differ(got, want) -> str:
    """Where two texts part: a little of each from the first difference on."""
    a, b = str(got or ""), str(want or "")
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    start = max(0, i - 15)
    return f"…{a[start:i + 35]!r} != …{b[start:i + 35]!r}"


def field_errors(expected: dict, rows: list[dict]) -> dict[str, list[str]]:
    """Per file, what differs: measures missing or extra, titles, delmål, and every field shown."""
    columns = {"type": "type_raw", "responsible": "responsible_raw", "partners": "partners_raw", "period": "period",
               "description": "description"}
    out: dict[str, list[str]] = {}
    for name, exp in expected.items():
        got = [r for r in rows if r["source_file"] == name]
        problems = []
        if len(got) != len(exp["measures"]):
            problems.append(f"{len(got)} measures read, {len(exp['measures'])} written")
        for want, row in zip(exp["measures"], got):
            if fold(row["title"]) != fold(want["title"]):
                problems.append(f"title {_differ(row['title'], want['title'])}")
            if sorted(row["delmal"]) != sorted(want["delmal"]):
                problems.append(f"delmål {list(row['delmal'])} != {want['delmal']} ({want['title'][:30]})")
            for key, column in columns.items():
                if key in want and fold(row.get(column)) != fold(want[key]):
                    problems.append(f"{key} {_differ(row.get(column), want[key])} ({want['title'][:25]})")
        out[name] = problems
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--details", action="store_true", help="say what differs in every file that is not exact")
    ap.add_argument("--folder", type=Path, default=FOLDER, help="a suite rendered elsewhere (make_variants.py --out)")
    args = ap.parse_args(argv)
    folder = args.folder
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    rows, files = run_tiltak(folder / "files")
    errors = field_errors(expected, rows)
    by_axis: dict[tuple[str, str], dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for name, exp in expected.items():
        fmt = name.rsplit(".", 1)[1]
        for axis, value in exp["axes"].items():
            by_axis[(axis, value)][fmt].append(not errors[name])
    print(f"{'axis':14} {'value':54} {'docx':>6} {'pdf':>6}")
    for (axis, value), formats in sorted(by_axis.items()):
        cells = [f"{sum(v)}/{len(v)}" for v in (formats.get("docx", []), formats.get("pdf", []))]
        print(f"{axis:14} {value[:54]:54} {cells[0]:>6} {cells[1]:>6}")
    exact = sum(1 for e in errors.values() if not e)
    print(f"\nFiles exact: {exact} of {len(errors)} ({exact / len(errors):.1%})")
    if args.details:
        for name, problems in sorted(errors.items()):
            if problems:
                print(f"\n{name}")
                for p in problems[:10]:
                    print(f"    {p}")
    return 0 if exact == len(errors) else 1


if __name__ == "__main__":
    sys.exit(main())
