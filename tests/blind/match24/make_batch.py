#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Rebuild blind batch match24: reports/, expected.json, near_misses.json, and the counts used in README.md.

Run with the venv that has python-docx, reportlab and pdfplumber:
    /work/blind/.venv24/bin/python make_batch.py
"""
import json, os, sys, itertools
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import content
import docx_templates, pdf_templates

OUT = HERE  # (tiltak keeps the reports beside expected.json, where its harness looks; the writer used reports/)


def build():
    os.makedirs(OUT, exist_ok=True)
    printed = {}
    for rep in content.REPORTS:
        mod = docx_templates if rep["fmt"] == "docx" else pdf_templates
        fn = mod.TEMPLATES[rep["template"]]
        path = os.path.join(OUT, rep["file"])
        order = fn(rep, path)
        printed[rep["file"]] = order if order is not None else rep["measures"]
        assert len(printed[rep["file"]]) == len(rep["measures"])
    return printed


def ground_truth(printed):
    reps = sorted(content.REPORTS, key=lambda r: (r["year"], r["file"]))
    ids, seen_by_reporter = {}, defaultdict(dict)  # reporter -> key -> first year
    exp = OrderedDict()
    for rep in reps:
        rows = []
        for m in printed[rep["file"]]:
            if m["key"] not in ids:
                ids[m["key"]] = "T%02d" % (len(ids) + 1)
            prev = seen_by_reporter[rep["reporter"]].get(m["key"])
            rows.append(OrderedDict([
                ("title", m["title"]),
                ("delmal", sorted(m["delmal"]) if m["printed_delmal"] else []),
                ("type", m["type"]),
                ("responsible", m["resp"]),
                ("partners", m["partners"]),
                ("period", m["period"]),
                ("description", m["desc"]),
                ("tiltak_id", ids[m["key"]]),
                ("continues", prev is not None and prev < rep["year"]),
            ]))
        for m in printed[rep["file"]]:
            seen_by_reporter[rep["reporter"]].setdefault(m["key"], rep["year"])
        exp[rep["file"]] = OrderedDict([("reporter", rep["reporter"]), ("report_year", rep["year"]),
                                        ("measures", rows)])
    return exp, ids


def near_misses(exp, ids):
    pairs = []
    key_of = {}
    for rep in content.REPORTS:
        for m in rep["measures"]:
            key_of[(rep["file"], m["title"])] = m["key"]

    def find(prefix, key):
        for rep in sorted(content.REPORTS, key=lambda r: (r["year"], r["file"])):
            if rep["file"].startswith(prefix):
                for m in rep["measures"]:
                    if m["key"] == key:
                        return [rep["file"], m["title"]]
        raise KeyError((prefix, key))
    groups = []
    for name, members in content.NEAR_MISS_GROUPS:
        refs = [find(p, k) for p, k in members]
        groups.append((name, refs))
        for a, b in itertools.combinations(refs, 2):
            ka, kb = key_of[tuple(a)], key_of[tuple(b)]
            assert ids[ka] != ids[kb], (a, b)
            pairs.append([a, b])
    return pairs, groups


def main():
    printed = build()
    exp, ids = ground_truth(printed)
    pairs, groups = near_misses(exp, ids)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as f:
        json.dump(pairs, f, ensure_ascii=False, indent=2)
    rows = sum(len(v["measures"]) for v in exp.values())
    cont = sum(1 for v in exp.values() for m in v["measures"] if m["continues"])
    print(f"files={len(exp)} reporters={len(set(v['reporter'] for v in exp.values()))} rows={rows} "
          f"tiltak={len(ids)} continuing={cont} near_miss_pairs={len(pairs)}")




def write_readme(exp, ids, pairs, groups):
    sys.path.insert(0, os.path.join(HERE, "src"))
    import readme_text
    reps = {r["file"]: r for r in content.REPORTS}
    rows = sum(len(v["measures"]) for v in exp.values())
    cont = sum(1 for v in exp.values() for m in v["measures"] if m["continues"])
    by_id = defaultdict(list)
    for f, v in exp.items():
        for m in v["measures"]:
            by_id[m["tiltak_id"]].append((f, v["reporter"], v["report_year"], m["title"], m["continues"]))
    multi_rep = {k: v for k, v in by_id.items() if len(set(x[1] for x in v)) > 1}
    L = ["# Blind test batch match24", "",
         "Synthetic follow-up reports to Kompetansepolitisk råd (NKPS), with ground truth. Rebuild with "
         "`/work/blind/.venv24/bin/python make_batch.py`; check with `/work/blind/.venv24/bin/python src/check_batch.py`.",
         "", "## Counts", "", "| item | count |", "|---|---|",
         f"| files | {len(exp)} ({sum(1 for f in exp if f.endswith('.docx'))} .docx, "
         f"{sum(1 for f in exp if f.endswith('.pdf'))} .pdf) |",
         f"| reporters | {len(set(v['reporter'] for v in exp.values()))} |",
         f"| report years | {min(v['report_year'] for v in exp.values())}–{max(v['report_year'] for v in exp.values())} |",
         f"| measure rows | {rows} |", f"| distinct tiltak | {len(ids)} |",
         f"| continuing rows (continues = true) | {cont} |",
         f"| tiltak reported by 2+ reporters | {len(multi_rep)} |",
         f"| near-miss pairs | {len(pairs)} (in {len(groups)} groups) |",
         f"| nynorsk files | {sum(1 for r in content.REPORTS if r['lang'] == 'nn')} |", "",
         "## Files", "", "| file | reporter | year | made with | template: layout | rows |", "|---|---|---|---|---|---|"]
    for f, v in exp.items():
        r = reps[f]
        made = "python-docx" if r["fmt"] == "docx" else "reportlab"
        L.append(f"| {f} | {v['reporter']} | {v['report_year']} | {made} | `{r['template']}`"
                 f"{' (nynorsk)' if r['lang'] == 'nn' else ''}: {r['layout']} | {len(v['measures'])} |")
    L += ["", readme_text.CONVENTIONS, readme_text.IDENTITY,
          "### Same tiltak reported by several members (different words)", ""]
    for k in sorted(multi_rep):
        L.append(f"- **{k}**: " + "; ".join(f"{rep} {yr} «{t}»" for f, rep, yr, t, c in multi_rep[k]))
    L += ["", "### Continuing measures (same reporter, later year)", ""]
    for k in sorted(by_id):
        v = by_id[k]
        if any(x[4] for x in v):
            byrep = defaultdict(list)
            for f, rep, yr, t, c in v:
                byrep[rep].append(f"{yr} «{t}»")
            for rep, items in byrep.items():
                if len(items) > 1:
                    L.append(f"- **{k}** ({rep}): " + " → ".join(items))
    L += ["", "### Near-miss groups (different tiltak; every pair in a group is in near_misses.json)", ""]
    for name, refs in groups:
        L.append(f"- **{name}**: " + " / ".join(f"«{t}» ({fn})" for fn, t in refs))
    L += ["", "## Unsure / worth knowing", "",
          "- Whether a member's participation in a shared council is the same tiltak as the council is a convention "
          "(rule 1); the directorate's own 2018 summary did it this way.",
          "- Rule 5 (annual meeting place = one tiltak, conferences with the year in the title = separate) is a "
          "judgement; the titles and descriptions were written to make the difference visible.",
          "- Table layouts (Virke 2018 side-by-side, Trøndelag Bilag 1, HK-dir Tabell 1, LO 2020 fact column) wrap "
          "titles over several lines, and pdfplumber interleaves them with neighbouring cells; all title words are "
          "present (see src/check_batch.py).", ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def main2():
    printed = build()
    exp, ids = ground_truth(printed)
    pairs, groups = near_misses(exp, ids)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as f:
        json.dump(pairs, f, ensure_ascii=False, indent=2)
    write_readme(exp, ids, pairs, groups)
    rows = sum(len(v["measures"]) for v in exp.values())
    cont = sum(1 for v in exp.values() for m in v["measures"] if m["continues"])
    print(f"files={len(exp)} reporters={len(set(v['reporter'] for v in exp.values()))} rows={rows} "
          f"tiltak={len(ids)} continuing={cont} near_miss_pairs={len(pairs)}")


if __name__ == "__main__":
    main2()
