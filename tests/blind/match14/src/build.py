"""Assemble reports, render them and write the ground truth."""
import json
import os
import shutil
import subprocess
from collections import defaultdict

from reportlab import rl_config

from . import data_a, data_b, data_c
from . import tpl_docx_a, tpl_docx_b, tpl_docx_c, tpl_pdf
from .catalog import NEAR_MISSES, TILTAK
from .readme import write_readme

rl_config.invariant = 1

TEMPLATES = {}
for mod in (tpl_docx_a, tpl_docx_b, tpl_docx_c, tpl_pdf):
    for name in dir(mod):
        f = getattr(mod, name)
        if callable(f) and not name.startswith("_") and getattr(f, "__module__", "") == mod.__name__:
            TEMPLATES[name] = f


def all_reports():
    reps = data_a.REPORTS + data_b.REPORTS + data_c.REPORTS
    return sorted(reps, key=lambda r: (r["year"], r["file"]))


def mark_continues(reps):
    seen = defaultdict(set)  # reporter -> {(year, tiltak)}
    for rep in reps:
        for r in rep["rows"]:
            seen[rep["reporter"]].add((rep["year"], r["t"]))
    for rep in reps:
        for r in rep["rows"]:
            r["continues"] = any(y < rep["year"] and t == r["t"] for y, t in seen[rep["reporter"]])


def render(rep, out_dir, build_dir):
    fn = TEMPLATES[rep["template"]]
    target = os.path.join(out_dir, rep["file"])
    if rep["file"].endswith(".docx"):
        fn(rep, target)
    elif rep.get("via") == "docx":
        stem = os.path.splitext(rep["file"])[0]
        src = os.path.join(build_dir, stem + ".docx")
        fn(rep, src)
        profile = "file://" + os.path.abspath(os.path.join(build_dir, "lo_profile"))
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", build_dir, src], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(build_dir, stem + ".pdf"), target)
    else:
        fn(rep, target)


def expected(reps):
    out = {}
    for rep in reps:
        ms = []
        for r in rep["rows"]:
            ms.append(dict(title=r["title"], delmal=r["dm"], type=r["type"], responsible=r["resp"],
                           partners=r["partners"], period=r["period"], description=r["desc"],
                           tiltak_id=r["t"], continues=r["continues"]))
        out[rep["file"]] = dict(reporter=rep["reporter"], report_year=rep["year"], measures=ms)
    return out


def near_misses(reps):
    by_key = {rep["key"]: rep for rep in reps}
    out = []
    for ka, ta, kb, tb, why in NEAR_MISSES:
        ra = [r for r in by_key[ka]["rows"] if r["t"] == ta]
        rb = [r for r in by_key[kb]["rows"] if r["t"] == tb]
        assert len(ra) == 1 and len(rb) == 1, (ka, ta, kb, tb)
        assert ta != tb
        out.append(dict(a=[by_key[ka]["file"], ra[0]["title"]], b=[by_key[kb]["file"], rb[0]["title"]], why=why))
    return out


def main(out_dir):
    build_dir = os.path.join(out_dir, ".build")
    os.makedirs(build_dir, exist_ok=True)
    reps = all_reports()
    # sanity
    files = [r["file"] for r in reps]
    assert len(files) == len(set(files))
    for rep in reps:
        for r in rep["rows"]:
            assert r["t"] in TILTAK, r["t"]
    mark_continues(reps)
    # remove previously generated reports
    for f in os.listdir(out_dir):
        if f.endswith((".pdf", ".docx")):
            os.remove(os.path.join(out_dir, f))
    for rep in reps:
        render(rep, out_dir, build_dir)
        print("wrote", rep["file"])
    exp = expected(reps)
    with open(os.path.join(out_dir, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
    nm = near_misses(reps)
    with open(os.path.join(out_dir, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(nm, fh, ensure_ascii=False, indent=2)
    write_readme(reps, nm, os.path.join(out_dir, "README.md"))
    shutil.rmtree(build_dir, ignore_errors=True)
