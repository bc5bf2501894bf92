# -*- coding: utf-8 -*-
"""Ground truth: tiltak ids, continues, expected.json and near_misses.json."""
from .data import FILES, NEAR_MISS, TYPES


def ordered_files():
    return sorted(FILES, key=lambda f: (f["year"], f["file"]))


def assign_ids():
    """T01… by first appearance: report year, then file name, then reading order."""
    ids = {}
    n = 0
    for f in ordered_files():
        for m in f["measures"]:
            if m["key"] not in ids:
                n += 1
                ids[m["key"]] = "T%02d" % n
    return ids


def expected():
    ids = assign_ids()
    seen = {}  # (reporter, tid) -> earliest year
    for f in FILES:
        for m in f["measures"]:
            k = (f["reporter"], ids[m["key"]])
            seen[k] = min(seen.get(k, 9999), f["year"])
    out = {}
    for f in ordered_files():
        rows = []
        for m in f["measures"]:
            assert m["type"] in TYPES, m
            tid = ids[m["key"]]
            rows.append(dict(title=m["title"], delmal=sorted(m["delmal"]), type=m["type"],
                             responsible=m["responsible"], partners=list(m["partners"]), period=m["period"],
                             description=m["description"], tiltak_id=tid,
                             continues=seen[(f["reporter"], tid)] < f["year"]))
        out[f["file"]] = dict(reporter=f["reporter"], report_year=f["year"], measures=rows)
    return out


def near_misses():
    byfid = {f["fid"]: f for f in FILES}
    pairs = []
    for a, b in NEAR_MISS:
        pa = []
        for fid, key in (a, b):
            f = byfid[fid]
            ms = [m for m in f["measures"] if m["key"] == key]
            assert len(ms) == 1, (fid, key)
            pa.append([f["file"], ms[0]["title"]])
        pairs.append(pa)
    return pairs
