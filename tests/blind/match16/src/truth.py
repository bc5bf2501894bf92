"""Ground truth: expected.json and near_misses.json, computed from src/data.py."""
import difflib
import itertools

from .data import REPORTS, CATALOGUE, NEAR_MISS, NEAR_MISS_ALL_SAME_REPORTER

FIELDS = ("title", "delmal", "type", "responsible", "partners", "period", "description")


def ordered_reports():
    return sorted(REPORTS, key=lambda r: (r["year"], REPORTS.index(r)))


def tiltak_ids():
    ids = {}
    for rep in ordered_reports():
        for row in rep["rows"]:
            if row["key"] not in ids:
                ids[row["key"]] = f"T{len(ids) + 1:02d}"
    unused = set(CATALOGUE) - set(ids)
    assert not unused, f"catalogue entries never used: {unused}"
    return ids


def expected():
    ids = tiltak_ids()
    out = {}
    seen = {}  # reporter -> {tiltak_id: first year}
    for rep in ordered_reports():
        ms = []
        for row in rep["rows"]:
            tid = ids[row["key"]]
            prev = seen.get(rep["reporter"], {})
            cont = tid in prev and prev[tid] < rep["year"]
            m = {k: row[k] for k in FIELDS}
            m["tiltak_id"] = tid
            m["continues"] = cont
            ms.append(m)
        for row in rep["rows"]:
            seen.setdefault(rep["reporter"], {}).setdefault(ids[row["key"]], rep["year"])
        out[rep["file"]] = {"reporter": rep["reporter"], "report_year": rep["year"], "measures": ms}
    # keep files in batch order (by year)
    return out


def instances():
    inst = {}
    for rep in ordered_reports():
        for row in rep["rows"]:
            inst.setdefault(row["key"], []).append((rep["file"], row["title"], rep["reporter"]))
    return inst


def near_misses():
    inst = instances()
    pairs = []
    seen = set()

    def add(a, b):
        k = tuple(sorted([(a[0], a[1]), (b[0], b[1])]))
        if k not in seen:
            seen.add(k)
            pairs.append([[a[0], a[1]], [b[0], b[1]]])

    for entry in NEAR_MISS:
        ka, kb = entry[:2]
        k = entry[2] if len(entry) > 2 else 1
        cands = list(itertools.product(inst[ka], inst[kb]))
        cands.sort(key=lambda ab: -difflib.SequenceMatcher(None, ab[0][1].lower(), ab[1][1].lower()).ratio())
        for best in cands[:k]:
            add(*best)
        if (ka, kb) in NEAR_MISS_ALL_SAME_REPORTER:
            for a, b in cands:
                if a[2] == b[2]:
                    add(a, b)
    return pairs
