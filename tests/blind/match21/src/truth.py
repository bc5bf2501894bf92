# -*- coding: utf-8 -*-
"""Build expected.json and near_misses.json from src/data.py."""
import itertools

from .data import FILES, OLD2NEW, NEAR_MISS_GROUPS

TYPE_MAP = {
    "Kurs/utdanning": "Kurs/utdanning", "Arrangement": "Arrangement", "Råd/utvalg/nettverk": "Råd/utvalg/nettverk",
    "FoU": "FoU", "Prosjekt": "Prosjekt", "Annet": "Annet", "Informasjon": "Annet",
}


def delmal(row):
    if row["old"]:
        return sorted({OLD2NEW[n] for n in row["old"]}, key=lambda c: tuple(map(int, c.split("."))))
    return sorted(set(row["dm"]), key=lambda c: tuple(map(int, c.split("."))))


def ordered_files():
    return sorted(FILES, key=lambda f: (f["year"], f["name"]))


def build():
    ids = {}
    seen = {}  # (reporter, tid) -> first year
    expected = {}
    rowref = {}  # key -> list of (file, title)
    for f in ordered_files():
        ms = []
        for r in f["rows"]:
            if r["key"] not in ids:
                ids[r["key"]] = "T%02d" % (len(ids) + 1)
            tid = ids[r["key"]]
            cont = any(y < f["year"] for (rep, t), y in seen.items() if rep == f["reporter"] and t == tid)
            ms.append(dict(title=r["title"], delmal=delmal(r), type=TYPE_MAP[r["ty"]], responsible=r["resp"],
                           partners=r["partners"], period=r["period"], description=r["desc"], tiltak_id=tid,
                           continues=cont))
            rowref.setdefault(r["key"], []).append((f["name"], r["title"]))
        for r in f["rows"]:
            k = (f["reporter"], ids[r["key"]])
            seen[k] = min(seen.get(k, 9999), f["year"])
        expected[f["name"]] = dict(reporter=f["reporter"], report_year=f["year"], measures=ms)
    near = []
    for keys, _why in NEAR_MISS_GROUPS:
        for a, b in itertools.combinations(keys, 2):
            for ra in rowref.get(a, []):
                for rb in rowref.get(b, []):
                    near.append([list(ra), list(rb)])
    return expected, near, ids, rowref
