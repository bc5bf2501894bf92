#!/usr/bin/env python3
"""Build the match15 blind batch from scratch.

Run:  /work/blind/.venvm2/bin/python make_batch.py
Writes the report files, expected.json, near_misses.json and README.md into
this folder. Generator code lives in src/."""
import json
import os
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from src.registry import MODULES  # noqa: E402
from src.catalogue import TILTAK, NEAR_MISSES  # noqa: E402
from src.readme import write_readme  # noqa: E402


def clean_outputs():
    for name in os.listdir(HERE):
        if name.endswith((".pdf", ".docx")) or name in ("expected.json", "near_misses.json"):
            os.remove(os.path.join(HERE, name))


def compute_expected():
    files = sorted(MODULES.values(), key=lambda m: (m.YEAR, m.FILENAME))
    seen = {}  # reporter -> {tid: first year}
    expected = {}
    for mod in files:
        tids = [m.tid for m in mod.MEASURES]
        assert len(tids) == len(set(tids)), ("duplicate tiltak in one file", mod.FILENAME)
        earlier = seen.setdefault(mod.REPORTER, {})
        rows = []
        for m in mod.MEASURES:
            d = m.expected()
            d["continues"] = any(y < mod.YEAR for y in earlier.get(m.tid, []))
            rows.append(d)
        for m in mod.MEASURES:
            earlier.setdefault(m.tid, []).append(mod.YEAR)
        expected[mod.FILENAME] = {"reporter": mod.REPORTER, "report_year": mod.YEAR, "measures": rows}
    return expected


def compute_near_misses():
    out = []
    for (k1, t1), (k2, t2) in NEAR_MISSES:
        assert t1 != t2
        pair = []
        for k, t in ((k1, t1), (k2, t2)):
            mod = MODULES[k]
            ms = [m for m in mod.MEASURES if m.tid == t]
            assert len(ms) == 1, (k, t)
            pair.append([mod.FILENAME, ms[0].title])
        out.append(pair)
    return out


def main():
    clean_outputs()
    tmp = tempfile.mkdtemp(prefix="match15_")
    try:
        for key, mod in MODULES.items():
            mod.build(HERE, tmp)
            print(f"built {mod.FILENAME}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    expected = compute_expected()
    used = {m["tiltak_id"] for f in expected.values() for m in f["measures"]}
    missing = set(TILTAK) - used
    extra = used - set(TILTAK)
    assert not missing and not extra, (missing, extra)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected, fh, ensure_ascii=False, indent=2)
    nm = compute_near_misses()
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(nm, fh, ensure_ascii=False, indent=2)
    write_readme(os.path.join(HERE, "README.md"), expected, nm, MODULES)
    n_rows = sum(len(f["measures"]) for f in expected.values())
    print(f"{len(expected)} files, {n_rows} measure rows, {len(used)} tiltak, {len(nm)} near-miss pairs")


if __name__ == "__main__":
    main()
