# -*- coding: utf-8 -*-
"""Build blind batch match47: 22 report files + expected.json + near_misses.json + stats.

Run: /work/blind/.venv47/bin/python make_batch.py
All content lives in data_a..data_d (one structure: FILES + NEAR_MISS_GROUPS); the render_* modules only lay it out.
"""
import json
import os
import sys
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common
import data_a, data_b, data_c, data_d

FILES = {}
for mod in (data_a, data_b, data_c, data_d):
    for k, v in mod.FILES.items():
        assert k not in FILES, k
        FILES[k] = v
NEAR_MISS_GROUPS = data_d.NEAR_MISS_GROUPS


def ground_truth():
    exp = {}
    seen = {}  # (reporter, tid) -> first year
    for fname in sorted(FILES, key=lambda f: (FILES[f]["year"], f)):
        f = FILES[fname]
        rows = []
        for m in f["measures"]:
            key = (f["reporter"], m["tid"])
            cont = key in seen and seen[key] < f["year"]
            rows.append({
                "title": m["title"],
                "delmal": sorted(m["delmal"], key=lambda c: common.CODES.index(c)),
                "type": common.canon_type(m["typ"]),
                "responsible": m["resp"],
                "partners": list(m["partners"]),
                "period": m["period"],
                "description": m["desc"],
                "tiltak_id": m["tid"],
                "continues": bool(cont),
            })
        for m in f["measures"]:
            seen.setdefault((f["reporter"], m["tid"]), f["year"])
        exp[fname] = {"reporter": f["reporter"], "report_year": f["year"], "measures": rows}
    return exp


def near_misses(exp):
    by_tid = {}
    for fname, f in exp.items():
        for m in f["measures"]:
            by_tid.setdefault(m["tiltak_id"], []).append([fname, m["title"]])
    pairs = set()
    for _, _, ids in NEAR_MISS_GROUPS:
        for a, b in combinations(ids, 2):
            assert a != b
            for ra in by_tid[a]:
                for rb in by_tid[b]:
                    pairs.add(tuple(sorted([tuple(ra), tuple(rb)])))
    return [[list(p[0]), list(p[1])] for p in sorted(pairs)]


def stats(exp, nm):
    rows = [(fn, m) for fn, f in exp.items() for m in f["measures"]]
    tids = {}
    for fn, m in rows:
        tids.setdefault(m["tiltak_id"], []).append((exp[fn]["reporter"], fn))
    multi_rep = [t for t, v in tids.items() if len({r for r, _ in v}) > 1]
    multi_row = [t for t, v in tids.items() if len(v) > 1]
    return {
        "files": len(exp),
        "docx": sum(1 for f in exp if f.endswith(".docx")),
        "pdf": sum(1 for f in exp if f.endswith(".pdf")),
        "reporters": len({f["reporter"] for f in exp.values()}),
        "years": sorted({f["report_year"] for f in exp.values()}),
        "rows": len(rows),
        "distinct": len(tids),
        "multi_row": len(multi_row),
        "multi_reporter": len(multi_rep),
        "continues": sum(1 for _, m in rows if m["continues"]),
        "near_miss_pairs": len(nm),
        "per_file": {fn: len(f["measures"]) for fn, f in exp.items()},
        "reporters_3plus_years": sorted(r for r in {f["reporter"] for f in exp.values()}
                                        if len({g["report_year"] for g in exp.values() if g["reporter"] == r}) >= 3),
    }


def main(render=True):
    exp = ground_truth()
    nm = near_misses(exp)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(nm, fh, ensure_ascii=False, indent=1)
    st = stats(exp, nm)
    with open(os.path.join(HERE, "stats.json"), "w", encoding="utf-8") as fh:
        json.dump(st, fh, ensure_ascii=False, indent=1)
    print(json.dumps({k: v for k, v in st.items() if k != "per_file"}, ensure_ascii=False))
    if render:
        import render_docx_a, render_docx_b, render_pdf_a, render_pdf_b
        renderers = {}
        for mod in (render_docx_a, render_docx_b, render_pdf_a, render_pdf_b):
            renderers.update(mod.RENDER)
        only = sys.argv[1:]
        for fname, f in FILES.items():
            if only and not any(o in fname for o in only):
                continue
            if fname not in renderers:
                print("NO RENDERER", fname)
                continue
            renderers[fname](os.path.join(HERE, fname), f)
            print("built", fname)


if __name__ == "__main__":
    main(render="--gt" not in sys.argv)
