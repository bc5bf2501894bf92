# -*- coding: utf-8 -*-
"""Write README.md from the batch data (counts, tables, groups) and readme_text.py."""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import make_batch  # noqa: E402
import readme_text as RT  # noqa: E402
from batch_common import TYPE_MAP, canon_type  # noqa: E402

SHORT = {"Møre og Romsdal fylkeskommune": "Møre og Romsdal", "Innlandet fylkeskommune": "Innlandet",
         "Vestland fylkeskommune": "Vestland"}


def main():
    files = make_batch.FILES
    make_batch.compute_continues(files)
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    nm = json.load(open(os.path.join(HERE, "near_misses.json"), encoding="utf-8"))
    rows = [(f, m) for f in files for m in f["measures"]]
    by_id = collections.OrderedDict()
    for f, m in rows:
        by_id.setdefault(m["id"], []).append((f, m))
    multi_row = [k for k, v in by_id.items() if len(v) > 1]
    multi_rep = [k for k, v in by_id.items() if len({f["reporter"] for f, _ in v}) > 1]
    out = [RT.HEAD, "## Counts", "", "| item | n |", "|---|---|"]
    nd = sum(1 for f in files if f["fmt"] == "docx")
    out += ["| report files | %d (%d .docx, %d .pdf) |" % (len(files), nd, len(files) - nd),
            "| reporters | %d |" % len({f["reporter"] for f in files}),
            "| report years | %s |" % ", ".join(str(y) for y in sorted({f["year"] for f in files})),
            "| nynorsk reports | %d |" % sum(1 for f in files if f["lang"] == "nn"),
            "| measure rows | %d |" % len(rows),
            "| distinct tiltak | %d |" % len(by_id),
            "| tiltak reported in more than one row | %d |" % len(multi_row),
            "| tiltak reported by more than one reporter | %d |" % len(multi_rep),
            "| rows with continues=true | %d |" % sum(1 for _, m in rows if m["continues"]),
            "| near-miss pairs | %d |" % len(nm), ""]
    tc = collections.Counter(m["ty"] for _, m in rows)
    out += ["Rows per type: " + ", ".join("%s %d" % (k, tc[k]) for k in
                                          ["Kurs/utdanning", "Prosjekt", "Råd/utvalg/nettverk", "FoU",
                                           "Arrangement", "Annet"]) + ".", ""]
    out += ["## Files", "", "| file | reporter | year | made with | layout (template) | rows |", "|---|---|---|---|---|---|"]
    for f in files:
        lay = "`%s`%s: %s" % (f["layout"], " (nynorsk)" if f["lang"] == "nn" else "", f["layout_desc"])
        out.append("| %s | %s | %d | %s | %s | %d |" % (f["file"], f["reporter"], f["year"], f["made_with"],
                                                       lay.replace("|", "\\|"), len(f["measures"])))
    out += ["", RT.CONVENTIONS]
    used = collections.OrderedDict()
    for f, m in rows:
        used.setdefault(m["tp"], set()).add(SHORT.get(f["reporter"], f["reporter"]) + " " + str(f["year"]))
    out += ["### Printed type words in this batch", "", "| printed | type | where |", "|---|---|---|"]
    for tp in sorted(used, key=lambda s: (canon_type(s), s.lower())):
        out.append("| %s | %s | %s |" % (tp, canon_type(tp), ", ".join(sorted(used[tp]))))
    out += ["", RT.NOT_MEASURES, RT.JUDGEMENTS, "## Same-tiltak groups (generated)", ""]
    for tid in multi_row:
        parts = []
        for f, m in by_id[tid]:
            parts.append("%s %d «%s»%s" % (SHORT.get(f["reporter"], f["reporter"]), f["year"], m["t"],
                                          " (cont.)" if m["continues"] else ""))
        out.append("- **%s**: %s" % (tid, "; ".join(parts)))
    out += ["", "## Near-miss groups (every pair of rows of different tiltak inside a group is in near_misses.json)",
            ""]
    for name, ids in make_batch.NEAR_MISS_GROUPS:
        out.append("- %s: %s" % (name, ", ".join(ids)))
    out += ["", "## Single-row tiltak", ""]
    singles = []
    for tid, v in by_id.items():
        if len(v) == 1:
            f, m = v[0]
            singles.append("%s (%s %d «%s»)" % (tid, SHORT.get(f["reporter"], f["reporter"]), f["year"], m["t"]))
    out.append("; ".join(singles) + ".")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n")
    print("README.md written")


if __name__ == "__main__":
    main()
