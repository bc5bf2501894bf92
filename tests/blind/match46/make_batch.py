"""Build batch match46: every report file and the ground truth from one data structure.
Run: /work/blind/.venv46/bin/python make_batch.py"""
import json
import os
import sys
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data_a import FILES_A
from data_b import FILES_B
from data_c import FILES_C, NEAR_MISS_GROUPS
import render_docx_a as RA
import render_docx_b as RB
import render_pdf_a as PA
import render_pdf_b as PB

FILES = sorted(FILES_A + FILES_B + FILES_C, key=lambda f: (f["year"], f["file"]))
RENDER = {"lo17": RA.lo17, "reg17": RA.reg17, "ks18": RA.ks18, "ys19": RA.ys19, "mr19": RA.mr19, "ak20": RA.ak20,
          "vofo21": RB.vofo21, "tr22": RB.tr22, "spekter23": RB.spekter23, "hk24": RB.hk24, "nho25": RB.nho25,
          "spekter17": PA.spekter17, "nho18": PA.nho18, "kn18": PA.kn18, "virke19": PA.virke19,
          "unio20": PA.unio20, "reg21": PA.reg21, "nav21": PB.nav21, "lo22": PB.lo22, "ks23": PB.ks23,
          "mr24": PB.mr24, "vl26": PB.vl26}


def set_continues():
    seen = {}
    for f in FILES:
        for m in f["rows"]:
            key = (f["reporter"], m["tid"])
            m["continues"] = any(y < f["year"] for y in seen.get(key, []))
        for m in f["rows"]:
            seen.setdefault((f["reporter"], m["tid"]), []).append(f["year"])


def expected():
    out = {}
    for f in FILES:
        out[f["file"]] = {"reporter": f["reporter"], "report_year": f["year"], "measures": [
            {"title": m["title"], "delmal": m["delmal"], "type": m["type"], "responsible": m["responsible"],
             "partners": m["partners"], "period": m["period"], "description": m["description"],
             "tiltak_id": m["tid"], "continues": m["continues"]} for m in f["rows"]]}
    return out


def near_misses():
    rows_by_tid = {}
    for f in FILES:
        for m in f["rows"]:
            rows_by_tid.setdefault(m["tid"], []).append((f["file"], m["title"]))
    pairs = []
    for name, tids in NEAR_MISS_GROUPS:
        for a, b in combinations(tids, 2):
            for ra in rows_by_tid[a]:
                for rb in rows_by_tid[b]:
                    pairs.append([list(ra), list(rb)])
    return pairs


def main(only=None):
    set_continues()
    for f in FILES:
        if only and f["kind"] not in only:
            continue
        RENDER[f["kind"]](f, os.path.join(HERE, f["file"]))
        print("built", f["file"], len(f["rows"]))
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(near_misses(), fh, ensure_ascii=False, indent=1)
    try:
        import readme
        readme.write(FILES, NEAR_MISS_GROUPS, near_misses())
    except ImportError:
        pass


if __name__ == "__main__":
    main(set(sys.argv[1:]) or None)
