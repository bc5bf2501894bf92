# -*- coding: utf-8 -*-
"""One data structure for batch match32: FILES (22 reports) + NEAR_MISS_GROUPS."""
from batch_data_a import FILES_A
from batch_data_b import FILES_B
from batch_data_c import FILES_C
from batch_data_d import FILES_D
from batch_data_common import NEAR_MISS_GROUPS, TYPES

FILES = FILES_A + FILES_B + FILES_C + FILES_D


def compute_continues(files=FILES):
    """continues = same reporter has the same tiltak_id in an earlier report year."""
    seen = {}
    for f in files:
        for m in f["measures"]:
            seen.setdefault((f["reporter"], m["tid"]), set()).add(f["year"])
    out = {}
    for f in files:
        for m in f["measures"]:
            out[(f["file"], m["title"])] = any(y < f["year"] for y in seen[(f["reporter"], m["tid"])])
    return out


def near_miss_pairs(files=FILES):
    rows = [(f["file"], m["title"], m["tid"]) for f in files for m in f["measures"]]
    pairs = []
    for g, ids in NEAR_MISS_GROUPS.items():
        grp = [r for r in rows if r[2] in ids]
        for i in range(len(grp)):
            for j in range(i + 1, len(grp)):
                if grp[i][2] != grp[j][2]:
                    pairs.append(([grp[i][0], grp[i][1]], [grp[j][0], grp[j][1]], g))
    return pairs


def check():
    assert len(FILES) == 22
    names = set()
    for f in FILES:
        assert f["file"] not in names
        names.add(f["file"])
        titles = [m["title"] for m in f["measures"]]
        assert len(titles) == len(set(titles)), f["file"]
        assert 4 <= len(titles) <= 12, f["file"]
        for m in f["measures"]:
            assert m["type"] in TYPES, (f["file"], m["title"])
            assert m["delmal"], (f["file"], m["title"])
    allids = {m["tid"] for f in FILES for m in f["measures"]}
    for g, ids in NEAR_MISS_GROUPS.items():
        for i in ids:
            assert i in allids, (g, i)


if __name__ == "__main__":
    check()
    cont = compute_continues()
    rows = [(f, m) for f in FILES for m in f["measures"]]
    ids = {}
    for f, m in rows:
        ids.setdefault(m["tid"], []).append((f["reporter"], f["year"]))
    multi_rep = [t for t, v in ids.items() if len({r for r, _ in v}) > 1]
    print("files", len(FILES), "pdf", sum(f["fmt"] == "pdf" for f in FILES), "rows", len(rows),
          "distinct", len(ids), "multi-row", sum(len(v) > 1 for v in ids.values()),
          "multi-reporter", len(multi_rep), "continues", sum(cont.values()),
          "near-miss pairs", len(near_miss_pairs()), "reporters", len({f['reporter'] for f in FILES}))
    print(sorted(multi_rep))
    for f, m in rows:
        if cont[(f["file"], m["title"])]:
            print("  cont", f["year"], f["reporter"], m["tid"], m["title"][:60])
