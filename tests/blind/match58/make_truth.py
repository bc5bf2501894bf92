# -*- coding: utf-8 -*-
import json, itertools, random, os
from collections import Counter, defaultdict
import data
OUT = "/work/blind/match58"

def expected():
    exp = {}
    seen = defaultdict(set)  # reporter -> tids seen in earlier years
    for f in sorted(data.FILES, key=lambda f: f["year"]):
        pass
    for f in data.FILES:
        earlier = {r["tid"] for g in data.FILES if g["reporter"] == f["reporter"] and g["year"] < f["year"] for r in g["rows"]}
        ms = []
        for r in f["rows"]:
            ms.append(dict(title=r["title"], delmal=r["delmal"], type=r["type"], responsible=r["responsible"], partners=r["partners"],
                           period=r["period"], description=r["description"], tiltak_id=r["tid"], continues=r["tid"] in earlier))
        exp[f["name"]] = dict(reporter=f["reporter"], report_year=f["year"], measures=ms)
    return exp

def near_misses(cap_per_group=22):
    rnd = random.Random(58)
    pairs, seen = [], set()
    rows_by_tid = defaultdict(list)
    for f in data.FILES:
        for r in f["rows"]:
            rows_by_tid[r["tid"]].append((f["name"], r["title"]))
    for g, tids in data.NEAR_GROUPS.items():
        cand = []
        for a, b in itertools.combinations(tids, 2):
            for x in rows_by_tid[a]:
                for y in rows_by_tid[b]:
                    if x[0] == y[0] and x[1] == y[1]:
                        continue
                    cand.append((x, y))
        rnd.shuffle(cand)
        # prefer pairs involving different files and first-seen combos of tids
        cand.sort(key=lambda p: 0 if p[0][0] != p[1][0] else 1)
        k = 0
        tidpairs = set()
        for p in cand:  # first pass: one pair per tid pair
            key = tuple(sorted([p[0], p[1]]))
            tp = (p[0][1], p[1][1])
            if key in seen: continue
            if k >= cap_per_group: break
            seen.add(key); pairs.append([list(p[0]), list(p[1])]); k += 1
    return pairs

if __name__ == "__main__":
    exp = expected()
    nm = near_misses()
    json.dump(exp, open(os.path.join(OUT, "expected.json"), "w"), ensure_ascii=False, indent=1)
    json.dump(nm, open(os.path.join(OUT, "near_misses.json"), "w"), ensure_ascii=False, indent=1)
    print("near-miss pairs", len(nm))
