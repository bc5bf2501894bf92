# -*- coding: utf-8 -*-
"""Write expected.json and near_misses.json (into the build folder) from data.py."""
import json, itertools, os
from data import REPORTS, NEAR_GROUPS
HERE = os.path.dirname(os.path.abspath(__file__))

def expected():
    out = {}
    for r in REPORTS:
        out[r["file"]] = {"reporter": r["reporter"], "report_year": r["year"], "measures": [
            {"title": m["title"], "delmal": m["d"], "type": m["ty"], "responsible": m["resp"], "partners": m["partners"],
             "period": m["period"], "description": m["desc"], "tiltak_id": m["tid"], "continues": m["cont"]} for m in r["measures"]]}
    return out

def near_misses():
    rows = [(r["file"], m["title"], m["tid"]) for r in REPORTS for m in r["measures"]]
    pairs = []
    for g in NEAR_GROUPS:
        sel = [x for x in rows if x[2] in g]
        for a, b in itertools.combinations(sel, 2):
            if a[2] != b[2]: pairs.append([[a[0], a[1]], [b[0], b[1]]])
    return pairs

if __name__ == "__main__":
    e = expected(); nm = near_misses()
    json.dump(e, open(os.path.join(HERE, "expected.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(nm, open(os.path.join(HERE, "near_misses.json"), "w"), ensure_ascii=False, indent=1)
    print("rows", sum(len(v["measures"]) for v in e.values()), "near-miss pairs", len(nm))
