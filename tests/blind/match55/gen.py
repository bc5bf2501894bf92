# -*- coding: utf-8 -*-
import json, os, subprocess, shutil, itertools, sys
sys.path.insert(0, os.path.dirname(__file__))
import data, templates, render
OUT = "/work/blind/match55"; TMP = "/work/blind/match55_build/tmp"
os.makedirs(TMP, exist_ok=True)
expected = {}; seen = {}  # (reporter, tid) -> year
docs = sorted(data.DOCS, key=lambda d: d["year"])
for d in docs:
    blocks, header, footer, shown, dp = getattr(templates, d["template"])(d)
    d["dprint"] = dp; d["shown"] = sorted(shown); d["header"] = header
    path = os.path.join(OUT, d["file"])
    if d["fmt"] == "docx":
        render.to_docx(blocks, path, header, footer)
    elif d["fmt"] == "pdf":
        render.to_pdf(blocks, path, header, footer, base="Times-Roman" if "Unio" in d["file"] or "More" in d["file"] else "Helvetica")
    else:  # docx -> LibreOffice -> pdf
        src = os.path.join(TMP, d["file"][:-4] + ".docx")
        render.to_docx(blocks, src, header, footer, font="Liberation Serif")
        subprocess.run(["soffice", "-env:UserInstallation=file:///work/blind/match55_build/lo_profile", "--headless", "--convert-to", "pdf", "--outdir", OUT, src], check=True, capture_output=True)
    rows = []
    for m in d["measures"]:
        key = (d["reporter"], m["tiltak_id"])
        cont = key in seen and seen[key] < d["year"]
        rows.append(dict(title=m["title"], delmal=m["delmal"] if "delmal" in shown else [], type=m["type"] if "type" in shown else None,
                         responsible=m["responsible"] if "responsible" in shown else None,
                         partners=m["partners"] if "partners" in shown else [], period=m["period"] if "period" in shown else None,
                         description=m["description"] if "description" in shown else None, tiltak_id=m["tiltak_id"], continues=cont))
    for m in d["measures"]:
        seen.setdefault((d["reporter"], m["tiltak_id"]), d["year"])
    expected[d["file"]] = dict(reporter=d["reporter"], report_year=d["year"], measures=rows)
# near misses
groups = {}
for d in docs:
    for m in d["measures"]:
        if m.get("nm"): groups.setdefault(m["nm"], []).append((d["file"], m["title"], m["tiltak_id"]))
pairs = []
import re
STRONG = {"tvkurs", "fagbrev", "bransjeprog", "konf", "kpluss", "forum", "plan", "modul", "norsk", "digi", "nav", "laerebed"}
STOP = {"for", "og", "med", "til", "om", "på"}
def words(t): return {x for x in re.findall(r"\w+", t.lower()) if len(x) > 3 and x not in STOP}
for g, items in groups.items():
    for a, b in itertools.combinations(items, 2):
        if a[2] == b[2] or "T_KPLUSS_HKDIR" in (a[2], b[2]): continue
        if g in STRONG or words(a[1]) & words(b[1]): pairs.append([[a[0], a[1]], [b[0], b[1]]])
json.dump(expected, open(os.path.join(OUT, "expected.json"), "w"), ensure_ascii=False, indent=1)
json.dump(pairs, open(os.path.join(OUT, "near_misses.json"), "w"), ensure_ascii=False, indent=1)
# side data for check/README
meta = {d["file"]: dict(dprint=d["dprint"], tword=[m["tword"] for m in d["measures"]], made=d["made"], template=d["template"]) for d in docs}
json.dump(meta, open("/work/blind/match55_build/meta.json", "w"), ensure_ascii=False, indent=1)
print("files", len(expected), "rows", sum(len(v["measures"]) for v in expected.values()), "pairs", len(pairs), {g: len(v) for g, v in groups.items()})
