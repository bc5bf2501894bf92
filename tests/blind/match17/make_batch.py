#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""Regenerate batch match17: documents, expected.json, near_misses.json, README.md; then verify.

Run with /work/blind/.venvm2/bin/python make_batch.py
"""
import importlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from src.data import FILES  # noqa: E402
from src import truth, readme, verify  # noqa: E402
from src.common import BUILD_TMP  # noqa: E402


def main():
    if os.path.isdir(BUILD_TMP):
        shutil.rmtree(BUILD_TMP)
    os.makedirs(BUILD_TMP, exist_ok=True)
    # remove old outputs
    for fn in os.listdir(HERE):
        if fn.endswith((".pdf", ".docx")):
            os.remove(os.path.join(HERE, fn))
    for f in FILES:
        mod = importlib.import_module("src." + f["module"])
        out = os.path.join(HERE, f["file"])
        mod.build(f, out)
        print("built", f["file"])
    exp = truth.expected()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
    nm = truth.near_misses()
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(nm, fh, ensure_ascii=False, indent=2)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme.render(exp, nm))
    ok = verify.main(HERE)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
