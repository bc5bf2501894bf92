# -*- coding: utf-8 -*-
"""Write expected.json, near_misses.json and README.md for batch match57."""
import json, itertools, collections
from data import FILES, NEAR_GROUPS
OUT = "/work/blind/match57"
TYPES = {"FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement", "Annet", None}

def build():
    seen = collections.defaultdict(set)  # reporter -> {(year, tid)}
    for f in FILES:
        for m in f["measures"]: seen[f["reporter"]].add((f["year"], m["tiltak_id"]))
    exp = {}
    for f in FILES:
        rows = []
        for m in f["measures"]:
            assert m["type"] in TYPES, m
            cont = any(y < f["year"] and t == m["tiltak_id"] for y, t in seen[f["reporter"]])
            rows.append(dict(title=m["title"], delmal=sorted(m["delmal"]), type=m["type"], responsible=m["responsible"],
                             partners=m["partners"], period=m["period"], description=m["description"],
                             tiltak_id=m["tiltak_id"], continues=cont))
        exp[f["name"]] = dict(reporter=f["reporter"], report_year=f["year"], measures=rows)
    return exp

import re
STOP = {"for", "med", "og", "om", "til", "av", "fra", "frå", "som", "på", "videreført", "vidareført", "fortsatt",
        "deltakelse", "tiltak", "arbeidslivet"}
def stems(t): return {x[:6] for x in re.findall(r"\w+", t.lower()) if len(x) >= 5 and x not in STOP}

def near(exp):
    pairs = []; seenp = set()
    rows = [(fn, m["title"], m["tiltak_id"]) for fn, d in exp.items() for m in d["measures"]]
    for g, ids in NEAR_GROUPS.items():
        members = [r for r in rows if r[2] in ids]
        for a, b in itertools.combinations(members, 2):
            if a[2] == b[2]: continue
            if not (stems(a[1]) & stems(b[1])): continue   # keep only pairs that share a word stem (look alike)
            key = tuple(sorted([(a[0], a[1]), (b[0], b[1])]))
            if key in seenp: continue
            seenp.add(key); pairs.append([list(key[0]), list(key[1])])
    return pairs

if __name__ == "__main__":
    exp = build(); pairs = near(exp)
    ids = {t for d in exp.values() for m in d["measures"] for t in [m["tiltak_id"]]}
    for g, gi in NEAR_GROUPS.items():
        for t in gi: assert t in ids, (g, t)
    json.dump(exp, open(f"{OUT}/expected.json", "w"), ensure_ascii=False, indent=1)
    json.dump(pairs, open(f"{OUT}/near_misses.json", "w"), ensure_ascii=False, indent=1)
    print("pairs", len(pairs))
