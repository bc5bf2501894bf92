# -*- coding: utf-8 -*-
"""Rebuild batch match23: writes every report, expected.json, near_misses.json and the README tables.

Usage: /work/blind/.venv23/bin/python make_batch.py   (then check_batch.py)
"""
import itertools
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))

from data import REPORTS, NEAR_MISS_GROUPS  # noqa: E402
import tpl_docx  # noqa: E402
import tpl_pdf  # noqa: E402


def ordered():
    return sorted(REPORTS, key=lambda r: (r["year"], r["file"]))


def build_files():
    for r in REPORTS:
        r["measures"] = tpl_docx.reading_order(r)
        assert len({m["key"] for m in r["measures"]}) == len(r["measures"]), r["file"]
        fn = getattr(tpl_docx, r["template"], None) or getattr(tpl_pdf, r["template"])
        fn(r, os.path.join(HERE, r["file"]))


def truth():
    ids, seen_by, exp = {}, {}, {}
    rows = []
    for r in ordered():
        ms = []
        for m in r["measures"]:
            if m["key"] not in ids:
                ids[m["key"]] = f"T{len(ids) + 1:02d}"
            tid = ids[m["key"]]
            cont = any(y < r["year"] for (rep, y) in seen_by.get(tid, []) if rep == r["reporter"])
            ms.append({"title": m["title"], "delmal": m["delmal"], "type": m["type"], "responsible": m["resp"],
                       "partners": m["partners"], "period": m["period"], "description": m["desc"],
                       "tiltak_id": tid, "continues": cont})
            rows.append((r, m, tid, cont))
        for m in r["measures"]:
            seen_by.setdefault(ids[m["key"]], []).append((r["reporter"], r["year"]))
        exp[r["file"]] = {"reporter": r["reporter"], "report_year": r["year"], "measures": ms}
    return exp, ids, rows


def near_misses(rows):
    pairs = []
    for name, keys, why in NEAR_MISS_GROUPS:
        ks = set(keys)
        sel = [(r, m) for r, m, _, _ in rows if m["key"] in ks]
        for (r1, m1), (r2, m2) in itertools.combinations(sel, 2):
            if m1["key"] != m2["key"]:
                pairs.append([[r1["file"], m1["title"]], [r2["file"], m2["title"]]])
    # dedupe
    out, seen = [], set()
    for p in pairs:
        k = tuple(sorted(map(tuple, p)))
        if k not in seen:
            seen.add(k); out.append(p)
    return out


def main():
    build_files()
    exp, ids, rows = truth()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
    nm = near_misses(rows)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as f:
        json.dump(nm, f, ensure_ascii=False, indent=1)
    # tables for README
    n_rows = len(rows)
    n_cont = sum(1 for *_, c in rows if c)
    reporters = {r["reporter"] for r in REPORTS}
    multi_rep = {}
    for r, m, tid, _ in rows:
        multi_rep.setdefault(tid, set()).add(r["reporter"])
    cross = {t: s for t, s in multi_rep.items() if len(s) > 1}
    stats = dict(files=len(REPORTS), docx=sum(r["file"].endswith(".docx") for r in REPORTS),
                 pdf=sum(r["file"].endswith(".pdf") for r in REPORTS), reporters=len(reporters), rows=n_rows,
                 tiltak=len(ids), continuing_rows=n_cont, cross_reporter_tiltak=len(cross), near_miss_pairs=len(nm),
                 nynorsk=sum(r["lang"] == "nn" for r in REPORTS))
    with open(os.path.join(HERE, "src", "stats.json"), "w", encoding="utf-8") as f:
        json.dump(stats, f, ensure_ascii=False, indent=1)
    lines = ["| file | reporter | year | made with | layout (template) | rows |", "|---|---|---|---|---|---|"]
    for r in ordered():
        lines.append(f"| {r['file']} | {r['reporter']} | {r['year']} | {r['made_with']} | `{r['template']}`"
                     f"{' (nynorsk)' if r['lang'] == 'nn' else ''}: {r['layout']} | {len(r['measures'])} |")
    with open(os.path.join(HERE, "src", "files_table.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    # identity groups
    g = ["| tiltak_id | rows (file: title) | reporters |", "|---|---|---|"]
    for key, tid in sorted(ids.items(), key=lambda kv: kv[1]):
        rr = [(r, m) for r, m, t, _ in rows if t == tid]
        if len(rr) > 1:
            g.append(f"| {tid} ({key}) | " + "<br>".join(f"{r['file']}: {m['title']}" for r, m in rr) +
                     f" | {', '.join(sorted(multi_rep[tid]))} |")
    with open(os.path.join(HERE, "src", "identity_table.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(g) + "\n")
    write_readme(stats, "\n".join(lines) + "\n", "\n".join(g) + "\n")
    print(json.dumps(stats, ensure_ascii=False))


def write_readme(stats, files_md, ident_md):
    import readme_text as T
    labels = [("files", "report files"), ("docx", "  .docx"), ("pdf", "  .pdf"), ("nynorsk", "  in nynorsk"),
              ("reporters", "distinct reporters"), ("rows", "measure rows"), ("tiltak", "distinct tiltak"),
              ("continuing_rows", "rows with continues = true"),
              ("cross_reporter_tiltak", "tiltak reported by 2+ different members"),
              ("near_miss_pairs", "near-miss pairs (near_misses.json)")]
    out = T.HEAD + "".join(f"| {l} | {stats[k]} |\n" for k, l in labels)
    years = {}
    for r in REPORTS:
        years[r["year"]] = years.get(r["year"], 0) + 1
    out += "| reports per year | " + ", ".join(f"{y}: {n}" for y, n in sorted(years.items())) + " |\n"
    out += "\n## Files\n\n" + files_md + T.CONVENTIONS + T.JUDGEMENTS
    out += "\n### Same-tiltak groups (generated)\n\n" + ident_md
    out += "\n### Near-miss groups (kept apart)\n\n| group | tiltak keys | why different |\n|---|---|---|\n"
    for name, keys, why in NEAR_MISS_GROUPS:
        out += f"| {name} | {', '.join(keys)} | {why} |\n"
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(out)


if __name__ == "__main__":
    main()
