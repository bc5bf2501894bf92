# -*- coding: utf-8 -*-
"""Build batch match59: reports into /work/blind/match59, sources into /work/blind/match59_build."""
import itertools
import json
import os
import shutil
import subprocess
import sys

import data
import render_docx
import render_pdf

OUT = "/work/blind/match59"
BLD = "/work/blind/match59_build"
SRC = os.path.join(BLD, "lo_src")
PDFO = os.path.join(BLD, "lo_pdf")


def main():
    os.makedirs(OUT, exist_ok=True)
    for d in (SRC, PDFO):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    to_convert = []
    for r in data.REPORTS:
        lay = r["layout"]
        dst = os.path.join(OUT, r["file"])
        if lay in render_pdf.LAYOUTS:
            render_pdf.LAYOUTS[lay](r, dst)
        elif r["file"].endswith(".pdf"):
            src = os.path.join(SRC, r["file"][:-4] + ".docx")
            render_docx.LAYOUTS[lay](r, src)
            to_convert.append((src, r["file"]))
        else:
            render_docx.LAYOUTS[lay](r, dst)
    if to_convert:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", PDFO] + [s for s, _ in to_convert],
                       check=True, stdout=subprocess.DEVNULL)
        for src, name in to_convert:
            shutil.copy(os.path.join(PDFO, os.path.basename(src)[:-5] + ".pdf"), os.path.join(OUT, name))
    write_truth()


def write_truth():
    exp = {}
    seen = {}  # (reporter, tid) -> first year
    for r in sorted(data.REPORTS, key=lambda r: r["year"]):
        for m in r["measures"]:
            seen.setdefault((r["reporter"], m["tiltak_id"]), set()).add(r["year"])
    for r in data.REPORTS:
        rows = []
        for m in r["measures"]:
            cont = any(y < r["year"] for y in seen[(r["reporter"], m["tiltak_id"])])
            rows.append(dict(title=m["title"], delmal=m["delmal"], type=m["type"], responsible=m["responsible"],
                             partners=m["partners"], period=m["period"], description=m["description"],
                             tiltak_id=m["tiltak_id"], continues=cont))
        exp[r["file"]] = dict(reporter=r["reporter"], report_year=r["year"], measures=rows)
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    tid = {(r["file"], m["title"]): m["tiltak_id"] for r in data.REPORTS for m in r["measures"]}
    pairs = []
    seenp = set()
    for g, items in data.NEAR_GROUPS.items():
        for a, b in itertools.combinations(items, 2):
            if tid[a] == tid[b]:
                continue
            k = tuple(sorted([a, b]))
            if k in seenp:
                continue
            seenp.add(k)
            pairs.append([list(a), list(b)])
    with open(os.path.join(OUT, "near_misses.json"), "w", encoding="utf-8") as f:
        json.dump(pairs, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
