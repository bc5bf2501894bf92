# -*- coding: utf-8 -*-
"""Writes expected.json, near_misses.json from data.py."""
import json, itertools
import data
OUT = "/work/blind/match54"
exp = {}; seen = {}  # (reporter, id) -> first year
order = sorted(data.FILES.items(), key=lambda kv: kv[1]["year"])
cont = {}
for name, F in order:
    for i, m in enumerate(F["rows"]):
        k = (F["reporter"], m["id"])
        cont[(name, i)] = k in seen and seen[k] < F["year"]
        seen.setdefault(k, F["year"])
for name, F in data.FILES.items():
    rows = []
    for i, m in enumerate(F["rows"]):
        rows.append(dict(title=m["title"], delmal=sorted(m["delmal"]), type=m["type"], responsible=m["responsible"],
                         partners=list(m["partners"]), period=m["period"], description=m["description"],
                         tiltak_id=m["id"], continues=cont[(name, i)]))
    exp[name] = dict(reporter=F["reporter"], report_year=F["year"], measures=rows)
json.dump(exp, open(f"{OUT}/expected.json", "w"), ensure_ascii=False, indent=1)
byid = {}
for name, F in data.FILES.items():
    for m in F["rows"]: byid.setdefault(m["id"], []).append([name, m["title"]])
pairs = []; keyset = set()
for g, ids in data.NEAR_GROUPS.items():
    for a, b in itertools.combinations(ids, 2):
        if a == b: continue
        for ra in byid[a][:2]:
            for rb in byid[b][:2]:
                k = tuple(sorted([tuple(ra), tuple(rb)]))
                if k not in keyset:
                    keyset.add(k); pairs.append([ra, rb])
json.dump(pairs, open(f"{OUT}/near_misses.json", "w"), ensure_ascii=False, indent=1)
print("pairs", len(pairs))
