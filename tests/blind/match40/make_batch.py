# -*- coding: utf-8 -*-
"""Build blind test batch match40: 22 report files + expected.json + near_misses.json + README.md.
Run: /work/blind/.venv40/bin/python make_batch.py"""
import json
import os
import sys
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data_a import FILES_A
from data_b import FILES_B
from data_c import FILES_C, NEAR_MISS_GROUPS
from render_p1 import RENDER_P1
from render_p2 import RENDER_P2
from render_d1 import RENDER_D1
from render_d2 import RENDER_D2

FILES = sorted(FILES_A + FILES_B + FILES_C, key=lambda f: f["file"])
RENDER = {**RENDER_P1, **RENDER_P2, **RENDER_D1, **RENDER_D2}


def continues_flags():
    seen = {}  # (reporter, id) -> first year
    for f in sorted(FILES, key=lambda f: f["year"]):
        for r in f["rows"]:
            key = (f["reporter"], r["id"])
            r["continues"] = key in seen and seen[key] < f["year"]
            seen.setdefault(key, f["year"])


def expected():
    out = {}
    for f in FILES:
        out[f["file"]] = {"reporter": f["reporter"], "report_year": f["year"], "measures": [
            {"title": r["title"], "delmal": r["delmal"], "type": r["type"], "responsible": r["resp"],
             "partners": r["partners"], "period": r["period"], "description": r["desc"], "tiltak_id": r["id"],
             "continues": r["continues"]} for r in f["rows"]]}
    return out


def near_miss_pairs():
    where = {}
    for f in FILES:
        for r in f["rows"]:
            where.setdefault(r["id"], []).append([f["file"], r["title"]])
    pairs, seen = [], set()
    for _, ids in NEAR_MISS_GROUPS:
        for a, b in combinations(ids, 2):
            assert a in where and b in where, (a, b)
            for x in where[a]:
                for y in where[b]:
                    k = tuple(sorted([tuple(x), tuple(y)]))
                    if k not in seen:
                        seen.add(k)
                        pairs.append([list(k[0]), list(k[1])])
    return pairs


def main():
    continues_flags()
    for f in FILES:
        path = os.path.join(HERE, f["file"])
        RENDER[f["file"]](f, path)
        print("built", f["file"], len(f["rows"]))
    exp = expected()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    nm = near_miss_pairs()
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(nm, fh, ensure_ascii=False, indent=1)
    from readme import write_readme
    write_readme(HERE, FILES, NEAR_MISS_GROUPS, len(nm))
    print("rows", sum(len(f["rows"]) for f in FILES), "near-miss pairs", len(nm))


if __name__ == "__main__":
    main()
