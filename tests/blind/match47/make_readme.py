# -*- coding: utf-8 -*-
"""Write README.md from expected.json, stats.json, layouts.py and the near-miss groups."""
import json
from layouts import LAYOUTS, WHY
from data_d import NEAR_MISS_GROUPS

exp = json.load(open("expected.json", encoding="utf-8"))
st = json.load(open("stats.json", encoding="utf-8"))
order = sorted(exp, key=lambda f: (exp[f]["report_year"], f))
nn_files = [f for f in order if "_nn" in f]
L = []
A = L.append
A("# Blind test batch match47\n")
A("Synthetic Norwegian NKPS follow-up reports (Word and PDF) with ground truth. This batch is made of *ordinary* documents "
  "(letterhead reports, forms, pasted spreadsheets, notes, annual-report chapters, a letter) and puts its weight on measures "
  "that go on over the years and on the same measure told by different members in different words. "
  "Rebuild: `/work/blind/.venv47/bin/python make_batch.py && /work/blind/.venv47/bin/python make_readme.py` "
  "(python-docx, reportlab, pdfplumber). All content is in `data_a.py`–`data_d.py` (one structure: FILES + NEAR_MISS_GROUPS); "
  "`render_*.py` only lay it out; `verify.py` checks that every ground-truth value is present in the built file's text; "
  "`check.py FILE` dumps a file in reading order.\n")
A("## Counts\n")
A("| item | n |\n|---|---|")
A("| report files | %d (%d .docx, %d .pdf) |" % (st["files"], st["docx"], st["pdf"]))
A("| reporters | %d |" % st["reporters"])
A("| report years | %s |" % ", ".join(map(str, st["years"])))
A("| reporters with reports in 3 different years | %d (%s) |" % (len(st["reporters_3plus_years"]), ", ".join(st["reporters_3plus_years"])))
A("| nynorsk reports | %d |" % len(nn_files))
A("| measure rows | %d |" % st["rows"])
A("| distinct tiltak | %d |" % st["distinct"])
A("| tiltak reported in more than one row | %d |" % st["multi_row"])
A("| tiltak reported by more than one reporter | %d |" % st["multi_reporter"])
A("| rows with continues=true | %d |" % st["continues"])
A("| near-miss pairs | %d |\n" % st["near_miss_pairs"])
A("## Files\n")
A("| file | reporter | year | made with | layout (template) | rows |\n|---|---|---|---|---|---|")
for f in order:
    name, desc = LAYOUTS[f]
    made = "python-docx" if f.endswith(".docx") else "reportlab"
    A("| %s | %s | %d | %s | `%s`: %s | %d |" % (f, exp[f]["reporter"], exp[f]["report_year"], made, name, desc, len(exp[f]["measures"])))
A("")
A(open("conventions.md", encoding="utf-8").read())
# groups
rows = [(f, m) for f in order for m in exp[f]["measures"]]
by = {}
for f, m in rows:
    by.setdefault(m["tiltak_id"], []).append((f, m))
def lab(f, m):
    return "%s %d «%s»%s" % (exp[f]["reporter"], exp[f]["report_year"], m["title"], " (cont.)" if m["continues"] else "")
A("## Same-tiltak groups across reporters\n")
A("Each group: the rows, then why they are one tiltak.\n")
for tid in sorted(by, key=lambda t: (t[0] != "T", t)):
    v = by[tid]
    if len({exp[f]["reporter"] for f, _ in v}) < 2:
        continue
    A("- **%s**: %s. — %s" % (tid, "; ".join(lab(f, m) for f, m in v), WHY.get(tid, "")))
A("\n## Continuing chains (same reporter, later year)\n")
chains = {}
for f, m in rows:
    chains.setdefault((exp[f]["reporter"], m["tiltak_id"]), []).append((f, m))
for (rep, tid), v in sorted(chains.items()):
    if len({exp[f]["report_year"] for f, _ in v}) < 2:
        continue
    A("- **%s / %s**: %s. — %s" % (rep, tid, " → ".join("%d «%s»" % (exp[f]["report_year"], m["title"]) for f, m in v), WHY.get(tid, "")))
A("\n## Near-miss groups (every pair of rows of different tiltak inside a group is in near_misses.json)\n")
for label, why, ids in NEAR_MISS_GROUPS:
    parts = []
    for t in ids:
        parts.append("%s [%s]" % (t, "; ".join(lab(f, m).replace(" (cont.)", "") for f, m in by[t])))
    A("- **%s**: %s — %s" % (label, " | ".join(parts), why))
open("README.md", "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README written", len("\n".join(L)))
