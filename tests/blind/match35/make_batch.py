# -*- coding: utf-8 -*-
"""Build blind batch match35: 22 report files + expected.json + near_misses.json + README.md.

Run: /work/blind/.venv35/bin/python make_batch.py
"""
import json
import os
import sys
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common import compute_continues, truth_row, TYPES  # noqa: E402
from data_a import FILES_A  # noqa: E402
from data_b import FILES_B  # noqa: E402
from data_c import FILES_C  # noqa: E402
from data_d import FILES_D  # noqa: E402
from groups import NEAR_MISS_GROUPS, SAME_WHY  # noqa: E402
import render_docx_a  # noqa: E402
import render_docx_b  # noqa: E402
import render_pdf_a  # noqa: E402
import render_pdf_b  # noqa: E402

FILES = FILES_A + FILES_B + FILES_C + FILES_D
RENDER = {}
for mod in (render_docx_a, render_docx_b, render_pdf_a, render_pdf_b):
    for name in dir(mod):
        RENDER.setdefault(name, getattr(mod, name))


def check_data():
    names = [f["file"] for f in FILES]
    assert len(names) == len(set(names)) == 22, names
    for f in FILES:
        titles = [r["title"] for r in f["rows"]]
        assert len(titles) == len(set(titles)), f["file"]
        assert 4 <= len(titles) <= 12, f["file"]
        ids = [r["tiltak_id"] for r in f["rows"]]
        assert len(ids) == len(set(ids)), f["file"]
        for r in f["rows"]:
            assert r["type"] in TYPES
            for p in r["partners"]:
                assert "," not in p, (f["file"], p)


def near_miss_pairs():
    rows_by_id = {}
    for f in FILES:
        for r in f["rows"]:
            rows_by_id.setdefault(r["tiltak_id"], []).append((f["file"], r["title"]))
    pairs = set()
    for name, ids, why in NEAR_MISS_GROUPS:
        for a, b in combinations(ids, 2):
            assert a != b
            assert a in rows_by_id and b in rows_by_id, (name, a, b)
            for ra in rows_by_id[a]:
                for rb in rows_by_id[b]:
                    pairs.add(tuple(sorted([ra, rb])))
    return [[list(a), list(b)] for a, b in sorted(pairs)]


def main():
    check_data()
    compute_continues(FILES)
    expected = {}
    for f in sorted(FILES, key=lambda x: x["file"]):
        out = os.path.join(HERE, f["file"])
        RENDER[f["render"]](f, out)
        if out.endswith(".docx"):
            from docx import Document
            d = Document(out)
            d.core_properties.author = f["reporter"]
            d.core_properties.last_modified_by = f["reporter"]
            d.core_properties.title = f["file"][5:-5].replace("_", " ")
            d.core_properties.comments = ""
            d.save(out)
        expected[f["file"]] = {"reporter": f["reporter"], "report_year": f["year"],
                               "measures": [truth_row(r) for r in f["rows"]]}
        print("built", f["file"], len(f["rows"]))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=1)
    pairs = near_miss_pairs()
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(pairs, fh, ensure_ascii=False, indent=1)
    multi = {}
    for f in FILES:
        for r in f["rows"]:
            multi.setdefault(r["tiltak_id"], []).append(f["reporter"])
    missing = [t for t, v in multi.items() if len(v) > 1 and t not in SAME_WHY]
    assert not missing, missing
    print("rows", sum(len(f["rows"]) for f in FILES), "tiltak", len(multi),
          "multi-row", sum(1 for v in multi.values() if len(v) > 1),
          "multi-reporter", sum(1 for v in multi.values() if len(set(v)) > 1),
          "continues", sum(r["continues"] for f in FILES for r in f["rows"]), "pairs", len(pairs))
    import readme
    readme.write(HERE, FILES, expected, pairs)


if __name__ == "__main__":
    main()
