# -*- coding: utf-8 -*-
"""Build blind test batch match18: reports, expected.json, near_misses.json, README.md."""
import importlib, json, os, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import data, verify, readme


def truth():
    reps = sorted(data.REPORTS, key=lambda r: (r["year"], r["file"]))
    ids, seen_by = {}, {}
    exp = {}
    for r in reps:
        rows = []
        for m in r["measures"]:
            if m["k"] not in ids:
                ids[m["k"]] = "T%02d" % (len(ids) + 1)
            earlier = any(y < r["year"] for y in seen_by.get((r["reporter"], m["k"]), []))
            rows.append({"title": m["title"], "delmal": m["d"], "type": m["type"], "responsible": m["resp"],
                         "partners": m["partners"], "period": m["period"], "description": m["desc"],
                         "tiltak_id": ids[m["k"]], "continues": earlier})
        for m in r["measures"]:
            seen_by.setdefault((r["reporter"], m["k"]), []).append(r["year"])
        exp[r["file"]] = {"reporter": r["reporter"], "report_year": r["year"], "measures": rows}
    return exp


def near_pairs():
    byid = {r["id"]: r for r in data.REPORTS}
    out = []
    for (ra, ka), (rb, kb) in data.NEAR:
        ma = [m for m in byid[ra]["measures"] if m["k"] == ka]
        mb = [m for m in byid[rb]["measures"] if m["k"] == kb]
        assert len(ma) == 1 and len(mb) == 1, (ra, ka, rb, kb)
        out.append([[byid[ra]["file"], ma[0]["title"]], [byid[rb]["file"], mb[0]["title"]]])
    return out


def main():
    only = set(sys.argv[1:])
    for r in data.REPORTS:
        if only and r["id"] not in only:
            continue
        mod = importlib.import_module(r["template"])
        mod.build(r, os.path.join(HERE, r["file"]))
        print("built", r["file"])
    exp = truth()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as f:
        json.dump(near_pairs(), f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme.render(exp, near_pairs()))
    ok = verify.main(HERE)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
