"""Build the whole blind batch from scratch: report files, expected.json, near_misses.json, README.md.

Run with:  /work/blind/.venvm2/bin/python make_batch.py
"""
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from src.data import REPORTS  # noqa: E402
from src import truth, readme, docx_util, pdf_util  # noqa: E402


def main(only=None):
    for rep in REPORTS:
        if only and rep["builder"] not in only:
            continue
        mod = importlib.import_module(f"src.templates.{rep['builder']}")
        for cur in (docx_util.CURRENT, pdf_util.CURRENT):
            cur["author"] = rep["reporter"]
            cur["title"] = f"Rapportering NKPS {rep['year']}"
        path = os.path.join(HERE, rep["file"])
        if os.path.exists(path):
            os.remove(path)
        mod.build(rep, path)
        print(f"built {rep['file']}")
    exp = truth.expected()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    nm = truth.near_misses()
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as f:
        json.dump(nm, f, ensure_ascii=False, indent=2)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme.render(exp, nm))
    n_rows = sum(len(v["measures"]) for v in exp.values())
    n_ids = len({m["tiltak_id"] for v in exp.values() for m in v["measures"]})
    print(f"{len(exp)} files, {n_rows} measure rows, {n_ids} distinct tiltak, {len(nm)} near-miss pairs")


if __name__ == "__main__":
    main(set(sys.argv[1:]) or None)
