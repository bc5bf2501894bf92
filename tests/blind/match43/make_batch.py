# -*- coding: utf-8 -*-
"""Build match43: every report file and the ground truth (expected.json, near_misses.json) from batch_data.FILES.
Run: /work/blind/.venv43/bin/python make_batch.py [file ...]"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import batch_data as B  # noqa: E402
import rdocx43  # noqa: E402
import rpdf43  # noqa: E402


def expected():
    cont = B.continues_map()
    out = {}
    for f in B.FILES:
        ms = []
        for i, m in enumerate(f["measures"]):
            ms.append({"title": m["title"], "delmal": sorted(m["dm"]), "type": m["type"], "responsible": m["resp"],
                       "partners": m["partners"], "period": m["period"], "description": m["desc"],
                       "tiltak_id": m["id"], "continues": cont[(f["file"], i)]})
        out[f["file"]] = {"reporter": f["reporter"], "report_year": f["year"], "measures": ms}
    return out


def main(only=None):
    render = dict(rdocx43.RENDER)
    render.update(rpdf43.RENDER)
    for f in B.FILES:
        if only and f["file"] not in only:
            continue
        fn = render.get(f["file"])
        if fn is None:
            print("NO RENDERER", f["file"])
            continue
        fn(f, os.path.join(HERE, f["file"]))
        print("built", f["file"], len(f["measures"]))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(B.near_miss_pairs(), fh, ensure_ascii=False, indent=1)
    if not only:
        import readme43
        readme43.write(os.path.join(HERE, "README.md"))


if __name__ == "__main__":
    main(sys.argv[1:] or None)
