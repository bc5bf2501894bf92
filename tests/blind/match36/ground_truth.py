# -*- coding: utf-8 -*-
import json, os, itertools
from groups import NEAR

def expected(FILES):
    seen = {}
    out = {}
    for f in sorted(FILES, key=lambda f: (f["year"], f["file"])):
        rows = []
        for m in f["measures"]:
            key = (f["reporter"], m["tiltak_id"])
            cont = key in seen and seen[key] < f["year"]
            rows.append({"title": m["title"], "delmal": sorted(m["delmal"]), "type": m["type"], "responsible": m["responsible"],
                         "partners": m["partners"], "period": m["period"], "description": m["description"],
                         "tiltak_id": m["tiltak_id"], "continues": cont})
        for m in f["measures"]:
            seen.setdefault((f["reporter"], m["tiltak_id"]), f["year"])
        out[f["file"]] = {"reporter": f["reporter"], "report_year": f["year"], "measures": rows}
    return out

def near_pairs(FILES):
    rows = {}
    for f in FILES:
        for m in f["measures"]:
            rows.setdefault(m["tiltak_id"], []).append([f["file"], m["title"]])
    pairs = set()
    for _, ids, _ in NEAR:
        for a, b in itertools.combinations(ids, 2):
            for ra in rows[a]:
                for rb in rows[b]:
                    pairs.add(tuple(sorted([tuple(ra), tuple(rb)])))
    return [[list(p[0]), list(p[1])] for p in sorted(pairs)]

def write(FILES, out):
    e = expected(FILES)
    json.dump(e, open(os.path.join(out, "expected.json"), "w"), ensure_ascii=False, indent=1)
    n = near_pairs(FILES)
    json.dump(n, open(os.path.join(out, "near_misses.json"), "w"), ensure_ascii=False, indent=1)
    print("rows", sum(len(v["measures"]) for v in e.values()), "continues", sum(m["continues"] for v in e.values() for m in v["measures"]), "near pairs", len(n))
