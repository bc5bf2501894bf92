"""Score tiltak on a folder of reports with its own ground truth (`expected.json`), such as a blind
batch written by someone who never read the parsers.

    python benchmarks/blind.py FOLDER [--json OUT.json] [--details]

`expected.json` maps a file name to {"reporter", "report_year", "measures": [{"title", "delmal",
"type", "responsible", "partners", "period"}, ...]}. Titles are compared folded (case, punctuation
and spacing ignored); delmål as sets. Each expected measure is paired with at most one measure
tiltak read from the same file (the best title match, one to one), so extra and missing rows are
counted apart. Printed: measures with the right title, with the right title and delmål, files
exact, files with measures that gave none, rows that match nothing, and field accuracy.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

from rapidfuzz import fuzz


def fold(text) -> str:
    text = unicodedata.normalize("NFKC", str(text or "")).casefold()
    return re.sub(r"[\W_]+", " ", text).strip()


def pair_rows(expected: list[dict], got: list[dict]) -> list[tuple[int, int | None]]:
    """Expected index -> produced index: exact folded titles first, then the closest (ratio >= 60)."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for i, want in enumerate(expected):
        for j, row in enumerate(got):
            if j not in used and fold(row["title"]) == fold(want["title"]):
                pairs[i] = j
                used.add(j)
                break
    for i, want in enumerate(expected):
        if i in pairs:
            continue
        best = max(((fuzz.ratio(fold(want["title"]), fold(row["title"])), j) for j, row in enumerate(got)
                    if j not in used), default=(0, None))
        if best[1] is not None and best[0] >= 60:
            pairs[i] = best[1]
            used.add(best[1])
    return [(i, pairs.get(i)) for i in range(len(expected))]


def _without_and(value) -> str:
    return re.sub(r"\bog\b", " ", fold(" ".join(value) if isinstance(value, list) else value)).split().__str__()


FIELDS = {"type": "type", "responsible": "responsible_raw", "partners": "partners_raw", "period": "period"}


def score(folder: Path, rows: list[dict], files: list[dict]) -> dict:
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    status = {f["path"]: f for f in files}
    out = {"files": 0, "files_exact": 0, "files_with_none": 0, "measures": 0, "title_right": 0,
           "title_and_delmal_right": 0, "extra_rows": 0, "fields": {}, "per_file": {}}
    field_right = {k: [0, 0] for k in FIELDS}
    for name, exp in sorted(expected.items()):
        got = [r for r in rows if r["source_file"] == name]
        want = exp["measures"]
        pairs = pair_rows(want, got)
        titles = both = 0
        problems: list[str] = []
        for i, j in pairs:
            w = want[i]
            if j is None:
                problems.append(f"missing: {w['title'][:70]}")
                continue
            g = got[j]
            t_ok = fold(g["title"]) == fold(w["title"])
            d_ok = sorted(g["delmal"] or []) == sorted(w.get("delmal") or [])
            titles += t_ok
            both += t_ok and d_ok
            if not t_ok:
                problems.append(f"title: got {g['title'][:70]!r} want {w['title'][:70]!r}")
            if not d_ok:
                problems.append(f"delmål: got {list(g['delmal'] or [])} want {w.get('delmal')} ({w['title'][:40]})")
            for key, column in FIELDS.items():
                if w.get(key) is None:
                    continue
                field_right[key][1] += 1
                value = g.get(column)
                if key == "type":
                    ok = fold(value) == fold(w[key]) or fold(g.get("type_raw")) == fold(w[key])
                elif key == "partners":  # the list as printed: "A, B og C" is ["A", "B", "C"]
                    ok = _without_and(value) == _without_and(w[key])
                else:
                    ok = fold(value) == fold(w[key])
                field_right[key][0] += ok
        extra = len(got) - sum(1 for _, j in pairs if j is not None)
        used = {j for _, j in pairs if j is not None}
        problems += [f"extra: {g['title'][:70]}" for j, g in enumerate(got) if j not in used]
        exact = extra == 0 and both == len(want)
        entry = status.get(name, {})
        out["files"] += 1
        out["files_exact"] += exact
        out["files_with_none"] += bool(want) and not got
        out["measures"] += len(want)
        out["title_right"] += titles
        out["title_and_delmal_right"] += both
        out["extra_rows"] += max(0, extra)
        out["per_file"][name] = {"expected": len(want), "read": len(got), "title_right": titles,
                                 "title_and_delmal_right": both, "extra": extra, "exact": exact,
                                 "status": entry.get("status"), "layout": entry.get("layout"),
                                 "error": entry.get("error"), "problems": problems}
    out["fields"] = {k: {"right": r, "of": n} for k, (r, n) in field_right.items()}
    return out


def run_tiltak(folder: Path) -> tuple[list[dict], list[dict]]:
    from tiltak.pipeline import run

    result = run(folder)
    df = result.measures
    rows = df.astype(object).where(df.notna(), None).to_dict("records")
    for r in rows:
        r["delmal"] = list(r["delmal"]) if r["delmal"] is not None else []
    return rows, result.report["files"]


def show(s: dict, details: bool) -> None:
    n = max(s["measures"], 1)
    print(f"{'file':42} {'want':>4} {'read':>4} {'title':>5} {'t+dm':>5} {'extra':>5}  layout / error")
    for name, f in s["per_file"].items():
        mark = "" if f["exact"] else "  <"
        where = f["layout"] or (f["error"] or "")[:60]
        print(f"{name[:42]:42} {f['expected']:4} {f['read']:4} {f['title_right']:5} {f['title_and_delmal_right']:5} "
              f"{f['extra']:5}  {where}{mark}")
        if details and not f["exact"]:
            for p in f["problems"][:12]:
                print(f"      {p}")
    print()
    print(f"Files exact: {s['files_exact']} of {s['files']}; files with measures that gave none: {s['files_with_none']}")
    print(f"Measures with the right title: {s['title_right']} of {s['measures']} ({s['title_right'] / n:.1%})")
    print(f"Measures with the right title and delmål: {s['title_and_delmal_right']} of {s['measures']} "
          f"({s['title_and_delmal_right'] / n:.1%})")
    print(f"Rows read that match no expected measure: {s['extra_rows']}")
    print("Fields right (of the measures that state them): " + ", ".join(
        f"{k} {v['right']}/{v['of']}" for k, v in s["fields"].items()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--json", type=Path, help="write the scores here as JSON")
    ap.add_argument("--details", action="store_true", help="list what is wrong in every file that is not exact")
    args = ap.parse_args(argv)
    rows, files = run_tiltak(args.folder)
    s = score(args.folder, rows, files)
    show(s, args.details)
    if args.json:
        args.json.write_text(json.dumps(s, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())


def matching_labels(folder: Path, rows: list[dict]) -> tuple[dict[str, str], dict[str, str], list[tuple[str, str]]]:
    """A blind labelled set's labels for matching, on the rows tiltak read (found by title, file by
    file): measure_id -> tiltak_id, the measures reported again -> their tiltak_id, and the
    near-miss pairs of tiltak_ids (near_misses.json names them by id, or by file and title; each pair
    as {"a", "b"} or as a list of two)."""
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    near = json.loads((folder / "near_misses.json").read_text(encoding="utf-8"))
    labels: dict[str, str] = {}
    continuing: dict[str, str] = {}
    for name, exp in expected.items():
        got = [r for r in rows if r["source_file"] == name]
        for i, j in pair_rows(exp["measures"], got):
            if j is None:
                continue
            want = exp["measures"][i]
            labels[got[j]["measure_id"]] = want["tiltak_id"]
            if want.get("continues"):
                continuing[got[j]["measure_id"]] = want["tiltak_id"]
    sides = [(n["a"], n["b"]) if isinstance(n, dict) else tuple(n) for n in near]  # {"a", "b"} or [a, b]
    return labels, continuing, [(_tiltak_of(a, expected), _tiltak_of(b, expected)) for a, b in sides]


def _tiltak_of(side, expected: dict) -> str:
    """A near-miss side as a tiltak_id, or as [file, title as printed] (looked up in expected.json)."""
    if isinstance(side, str):
        return side
    name, title = side
    wanted = " ".join(title.split())
    found = next((m["tiltak_id"] for m in expected[name]["measures"] if " ".join(m["title"].split()) == wanted), None)
    if found is None:
        raise KeyError(f"near_misses.json names {title!r} in {name}, which expected.json does not list")
    return found
