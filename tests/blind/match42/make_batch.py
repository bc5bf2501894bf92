# -*- coding: utf-8 -*-
"""Build batch match42: every report file and the ground truth from the data modules.

Run: /work/blind/.venv42/bin/python make_batch.py [--gt-only]
"""
import itertools
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from data_a import FILES_A  # noqa: E402
from data_b import FILES_B  # noqa: E402
from data_c import FILES_C  # noqa: E402
from data_d import FILES_D, NEAR_MISS_GROUPS  # noqa: E402

FILES = sorted(FILES_A + FILES_B + FILES_C + FILES_D, key=lambda f: (f["year"], f["file"]))


def mark_continues(files):
    seen = {}  # (reporter, id) -> first year
    for f in sorted(files, key=lambda f: f["year"]):
        for m in f["measures"]:
            key = (f["reporter"], m["id"])
            m["continues"] = key in seen and seen[key] < f["year"]
        for m in f["measures"]:
            seen.setdefault((f["reporter"], m["id"]), f["year"])


def expected(files):
    out = {}
    for f in files:
        out[f["file"]] = dict(
            reporter=f["reporter"], report_year=f["year"],
            measures=[dict(title=m["title"], delmal=m["dm"], type=m["type"], responsible=m["resp"],
                           partners=m["partners"], period=m["period"], description=m["desc"],
                           tiltak_id=m["id"], continues=m["continues"]) for m in f["measures"]])
    return out


def near_misses(files):
    rows = [(f["file"], m["title"], m["id"]) for f in files for m in f["measures"]]
    pairs, seen = [], set()
    for _name, ids in NEAR_MISS_GROUPS:
        members = [r for r in rows if r[2] in ids]
        for a, b in itertools.combinations(members, 2):
            if a[2] == b[2]:
                continue
            key = frozenset([(a[0], a[1]), (b[0], b[1])])
            if key in seen:
                continue
            seen.add(key)
            pairs.append([[a[0], a[1]], [b[0], b[1]]])
    return pairs


def sanity(files):
    names = [f["file"] for f in files]
    assert len(names) == len(set(names)) == 22, names
    for f in files:
        titles = [m["title"] for m in f["measures"]]
        assert len(titles) == len(set(titles)), f["file"]
        assert 4 <= len(titles) <= 12, f["file"]
    ids_in_data = {m["id"] for f in files for m in f["measures"]}
    for name, ids in NEAR_MISS_GROUPS:
        for i in ids:
            assert i in ids_in_data, (name, i)
        assert len(ids) == len(set(ids)), name
    # a tiltak id may only sit in near-miss groups with other ids – never with itself
    return True


def main():
    mark_continues(FILES)
    sanity(FILES)
    exp = expected(FILES)
    nm = near_misses(FILES)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(nm, fh, ensure_ascii=False, indent=1)
    print("files", len(FILES), "rows", sum(len(f["measures"]) for f in FILES),
          "distinct", len({m["id"] for f in FILES for m in f["measures"]}),
          "continues", sum(m["continues"] for f in FILES for m in f["measures"]), "near-miss pairs", len(nm))
    if "--gt-only" in sys.argv:
        return
    import render_docx
    import render_pdf
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    for f in FILES:
        if only and not any(o in f["file"] for o in only):
            continue
        path = os.path.join(HERE, f["file"])
        if f["fmt"] == "docx":
            render_docx.render(f, path)
        else:
            render_pdf.render(f, path)
        print("wrote", f["file"])
    if not only:
        import readme
        readme.write(FILES, exp, nm, os.path.join(HERE, "README.md"))
        print("wrote README.md")


if __name__ == "__main__":
    main()
