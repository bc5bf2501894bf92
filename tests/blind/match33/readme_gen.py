# -*- coding: utf-8 -*-
"""Write README.md for batch match33 from the data (counts, tables, groups) + readme_text.py."""
from readme_text import INTRO, CONVENTIONS, NOT_MEASURES_HEAD, IDENTITY


def _short(f):
    return "%s %d" % (f["reporter"].replace(" fylkeskommune", ""), f["year"])


def write(files, groups, st, path):
    out = [INTRO, "## Counts\n", "| item | n |", "|---|---|"]
    out += ["| report files | %d (%d .docx, %d .pdf) |" % (st["files"], st["docx"], st["pdf"]),
            "| reporters | %d |" % st["reporters"],
            "| report years | %s |" % ", ".join(str(y) for y in st["years"]),
            "| nynorsk reports | %d |" % st["nynorsk"],
            "| measure rows | %d |" % st["rows"],
            "| distinct tiltak | %d |" % st["distinct"],
            "| tiltak reported in more than one row | %d |" % st["multi_row"],
            "| tiltak reported by more than one reporter | %d |" % st["multi_reporter"],
            "| rows with continues=true | %d |" % st["continues"],
            "| near-miss pairs | %d |" % st["near_miss_pairs"], ""]
    out += ["## Files\n", "| file | reporter | year | made with | layout (template) | rows |", "|---|---|---|---|---|---|"]
    for f in files:
        lang = " (nynorsk)" if f["lang"] == "nn" else ""
        out.append("| %s | %s | %d | %s | `%s`%s: %s | %d |" % (f["file"], f["reporter"], f["year"], f["made_with"],
                                                             f["layout"], lang, f["layout_desc"].replace("|", "\\|"),
                                                             len(f["measures"])))
    out.append("")
    out.append(CONVENTIONS.rstrip("\n"))
    out.append(NOT_MEASURES_HEAD.rstrip("\n"))
    for f in files:
        out.append("  - %s: %s." % (f["file"], f["not_measures"]))
    out.append("")
    out.append(IDENTITY)
    out.append("## Same-tiltak groups (generated)\n")
    by = {}
    for f in files:
        for m in f["measures"]:
            by.setdefault(m["id"], []).append((f, m))
    for tid in sorted(by):
        rows = by[tid]
        if len(rows) < 2:
            continue
        parts = ["%s «%s»%s" % (_short(f), m["t"], " (cont.)" if m["continues"] else "") for f, m in rows]
        out.append("- **%s**: %s" % (tid, "; ".join(parts)))
    out.append("")
    out.append("## Single-row tiltak (generated)\n")
    singles = ["%s %s «%s»" % (tid, _short(by[tid][0][0]), by[tid][0][1]["t"]) for tid in sorted(by)
               if len(by[tid]) == 1]
    out.append("; ".join(singles))
    out.append("")
    out.append("## Near-miss groups (every pair of rows of different tiltak inside a group is in near_misses.json)\n")
    for name, ids in groups:
        labels = []
        for i in ids:
            f, m = by[i][0]
            labels.append("%s («%s»%s)" % (i, m["t"], ", …" if len(by[i]) > 1 else ""))
        out.append("- %s: %s" % (name, "; ".join(labels)))
    out.append("")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
