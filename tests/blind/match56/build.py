# -*- coding: utf-8 -*-
"""Build batch match56: render all files, then write expected.json, near_misses.json, README.md."""
import json, os, shutil, subprocess, itertools, collections
from data import FILES, NEAR_GROUPS
from templates import T
import render

OUT = "/work/blind/match56"
BLD = "/work/blind/match56_build/out"
os.makedirs(OUT, exist_ok=True)
os.makedirs(BLD, exist_ok=True)


def gt_rows():
    exp = {}
    seen = collections.defaultdict(set)   # reporter -> ids seen in earlier years
    for f in sorted(FILES, key=lambda f: f["year"]):
        pass
    by_year = sorted(FILES, key=lambda f: f["year"])
    earlier = collections.defaultdict(list)  # (reporter,id) -> years
    for f in FILES:
        for m in f["measures"]:
            earlier[(f["reporter"], m["id"])].append(f["year"])
    for f in FILES:
        rows = []
        for m in f["measures"]:
            cont = any(y < f["year"] for y in earlier[(f["reporter"], m["id"])])
            rows.append(dict(title=m["t"], delmal=sorted(m["d"]), type=m["ty"], responsible=m["r"],
                             partners=m["p"], period=m["per"], description=m["desc"], tiltak_id=m["id"],
                             continues=cont))
        exp[f["name"]] = dict(reporter=f["reporter"], report_year=f["year"], measures=rows)
    return exp


def main():
    for f in FILES:
        key = f["name"].rsplit(".", 1)[0]
        blocks, opts, dmode = T[key](f)
        f["dmode"] = dmode
        ext = f["name"].rsplit(".", 1)[1]
        if ext == "docx":
            render.build_docx(os.path.join(OUT, f["name"]), blocks, **{k: v for k, v in opts.items()
                                                                       if k in ("header", "footer", "landscape", "page_numbers")})
        elif "LibreOffice" in f["made"]:
            src = os.path.join(BLD, key + ".docx")
            render.build_docx(src, blocks, **{k: v for k, v in opts.items()
                                              if k in ("header", "footer", "landscape", "page_numbers")})
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BLD, src], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(os.path.join(BLD, key + ".pdf"), os.path.join(OUT, f["name"]))
        else:
            render.build_pdf(os.path.join(OUT, f["name"]), blocks, title_meta=key, **opts)
    exp = gt_rows()
    json.dump(exp, open(os.path.join(OUT, "expected.json"), "w"), ensure_ascii=False, indent=1)
    # near misses: every pair of rows from different tiltak in the same group
    rows_by_id = collections.defaultdict(list)
    for fn, d in exp.items():
        for m in d["measures"]:
            rows_by_id[m["tiltak_id"]].append([fn, m["title"]])
    pairs = []
    for g in NEAR_GROUPS:
        for a, b in itertools.combinations(g, 2):
            assert a in rows_by_id and b in rows_by_id, (a, b)
            for ra in rows_by_id[a]:
                for rb in rows_by_id[b]:
                    pairs.append([ra, rb])
    json.dump(pairs, open(os.path.join(OUT, "near_misses.json"), "w"), ensure_ascii=False, indent=1)
    json.dump({f["name"]: f["dmode"] for f in FILES}, open(os.path.join(BLD, "dmodes.json"), "w"))
    print("files", len(FILES), "rows", sum(len(d["measures"]) for d in exp.values()), "pairs", len(pairs))


if __name__ == "__main__":
    main()
