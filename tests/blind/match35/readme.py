# -*- coding: utf-8 -*-
"""Write README.md and templates_lines.txt for batch match35."""
import os
from groups import SAME_WHY, NEAR_MISS_GROUPS
from readme_text import INTRO, CONVENTIONS, NOT_MEASURES, JUDGEMENTS

SHORT = {"Vestland fylkeskommune": "Vestland", "Innlandet fylkeskommune": "Innlandet",
         "Trøndelag fylkeskommune": "Trøndelag"}


def write(here, files, expected, pairs):
    files = sorted(files, key=lambda f: f["file"])
    rows = [(f, r) for f in files for r in f["rows"]]
    by_id = {}
    for f, r in rows:
        by_id.setdefault(r["tiltak_id"], []).append((f, r))
    multi = {k: v for k, v in by_id.items() if len(v) > 1}
    multi_rep = {k: v for k, v in by_id.items() if len({f["reporter"] for f, _ in v}) > 1}
    nn = [f for f in files if f["lang"] == "nn"]
    L = [INTRO, "## Counts\n", "| item | n |", "|---|---|",
         "| report files | %d (%d .docx, %d .pdf) |" % (len(files), sum(f["file"].endswith(".docx") for f in files),
                                                      sum(f["file"].endswith(".pdf") for f in files)),
         "| reporters | %d |" % len({f["reporter"] for f in files}),
         "| report years | %s |" % ", ".join(str(y) for y in sorted({f["year"] for f in files})),
         "| nynorsk reports | %d |" % len(nn),
         "| measure rows | %d |" % len(rows),
         "| distinct tiltak | %d |" % len(by_id),
         "| tiltak reported in more than one row | %d |" % len(multi),
         "| tiltak reported by more than one reporter | %d |" % len(multi_rep),
         "| rows with continues=true | %d |" % sum(r["continues"] for _, r in rows),
         "| near-miss groups | %d |" % len(NEAR_MISS_GROUPS),
         "| near-miss pairs | %d |" % len(pairs), "",
         "## Files\n", "| file | reporter | year | made with | layout (template) | rows |", "|---|---|---|---|---|---|"]
    for f in files:
        lang = " (nynorsk)" if f["lang"] == "nn" else ""
        L.append("| %s | %s | %d | %s | `%s`%s: %s | %d |" % (f["file"], f["reporter"], f["year"], f["made_with"],
                                                            f["layout"], lang, f["layout_desc"].replace("|", "\\|"),
                                                            len(f["rows"])))
    L += ["", CONVENTIONS, NOT_MEASURES, JUDGEMENTS,
          "## Same-tiltak groups (generated; one sentence why)\n"]
    for tid in sorted(multi, key=lambda k: (k[0] != "T", k)):
        items = []
        for f, r in sorted(multi[tid], key=lambda x: x[0]["year"]):
            items.append("%s %d «%s»%s" % (SHORT.get(f["reporter"], f["reporter"]), f["year"], r["title"],
                                           " (cont.)" if r["continues"] else ""))
        L.append("- **%s**: %s.  \n  *Why:* %s" % (tid, "; ".join(items), SAME_WHY[tid]))
    L += ["", "## Near-miss groups (every pair of rows of different tiltak inside a group is in near_misses.json)\n"]
    for name, ids, why in NEAR_MISS_GROUPS:
        parts = []
        for tid in ids:
            ts = ["%s %d «%s»" % (SHORT.get(f["reporter"], f["reporter"]), f["year"], r["title"])
                  for f, r in sorted(by_id[tid], key=lambda x: x[0]["year"])]
            parts.append("%s = %s" % (tid, "; ".join(ts)))
        L.append("- **%s** – %s  \n  %s" % (name, why, " · ".join(parts)))
    L.append("")
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
    with open(os.path.join(here, "templates_lines.txt"), "w", encoding="utf-8") as fh:
        for f in files:
            lang = " (nynorsk)" if f["lang"] == "nn" else ""
            fh.write("match35:  %s — `%s`%s: %s\n" % (f["file"], f["layout"], lang, f["layout_desc"]))
