# -*- coding: utf-8 -*-
"""Build batch match34: render every file and write expected.json / near_misses.json.

Usage: /work/blind/.venv34/bin/python make_batch.py [--truth-only] [FILE ...]
"""
import json
import os
import sys
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_a, data_b, data_c, data_d, data_e, data_f  # noqa: E402

FILES = data_a.FILES + data_b.FILES + data_c.FILES + data_d.FILES + data_e.FILES + data_f.FILES
NEAR_MISS_GROUPS = data_f.NEAR_MISS_GROUPS


def compute_continues(files):
    """continues = same reporter has the same tiltak_id in an earlier report year."""
    seen = {}
    for f in files:
        for m in f["measures"]:
            seen.setdefault((f["reporter"], m["id"]), []).append(f["year"])
    for f in files:
        for m in f["measures"]:
            m["continues"] = any(y < f["year"] for y in seen[(f["reporter"], m["id"])])


def expected(files):
    out = {}
    for f in files:
        rows = []
        for m in f["measures"]:
            rows.append({
                "title": m["t"], "delmal": m["d"], "type": m["ty"], "responsible": m["r"],
                "partners": m["p"], "period": m["per"], "description": m["ds"],
                "tiltak_id": m["id"], "continues": m["continues"],
            })
        out[f["file"]] = {"reporter": f["reporter"], "report_year": f["year"], "measures": rows}
    return out


def near_misses(files, groups):
    rows_by_id = {}
    for f in files:
        for m in f["measures"]:
            rows_by_id.setdefault(m["id"], []).append([f["file"], m["t"]])
    pairs, seen = [], set()
    for _name, ids in groups:
        for a, b in combinations(ids, 2):
            assert a != b
            assert a in rows_by_id, a
            assert b in rows_by_id, b
            for ra in rows_by_id[a]:
                for rb in rows_by_id[b]:
                    key = tuple(sorted([tuple(ra), tuple(rb)]))
                    if key not in seen:
                        seen.add(key)
                        pairs.append([ra, rb])
    return pairs


def sanity(files):
    names = [f["file"] for f in files]
    assert len(names) == len(set(names))
    for f in files:
        titles = [m["t"] for m in f["measures"]]
        assert len(titles) == len(set(titles)), f["file"]
        ids = [m["id"] for m in f["measures"]]
        assert len(ids) == len(set(ids)), f["file"]
        assert 4 <= len(f["measures"]) <= 12, f["file"]


def main(argv):
    truth_only = "--truth-only" in argv
    only = [a for a in argv if not a.startswith("--")]
    sanity(FILES)
    compute_continues(FILES)
    exp = expected(FILES)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    nm = near_misses(FILES, NEAR_MISS_GROUPS)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(nm, fh, ensure_ascii=False, indent=1)
    print("files", len(FILES), "rows", sum(len(f["measures"]) for f in FILES), "near-miss pairs", len(nm))
    if truth_only:
        return
    import renderers
    for f in FILES:
        if only and f["file"] not in only:
            continue
        fn = renderers.RENDER[f["render"]]
        fn(f, os.path.join(HERE, f["file"]))
        print("built", f["file"])


if __name__ == "__main__":
    main(sys.argv[1:])
