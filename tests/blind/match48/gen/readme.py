# -*- coding: utf-8 -*-
"""Write README.md from data.py + expected.json + near_misses.json."""
import json, os, sys
from collections import defaultdict
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from data import FILES, NEAR_GROUPS
exp = json.load(open(os.path.join(ROOT, "expected.json"), encoding="utf-8"))
nm = json.load(open(os.path.join(ROOT, "near_misses.json"), encoding="utf-8"))
rows = [(n, m) for n, e in exp.items() for m in e["measures"]]
by = defaultdict(list)
for n, m in rows:
    by[m["tiltak_id"]].append(exp[n]["reporter"])
C = [("files", f"{len(exp)} ({sum(n.endswith('.docx') for n in exp)} .docx, {sum(n.endswith('.pdf') for n in exp)} .pdf, "
      f"{sum('LibreOffice' in f['made_with'] for f in FILES)} of the PDFs rendered by LibreOffice from a .docx)"),
     ("reporters", f"{len({e['reporter'] for e in exp.values()})} ({', '.join(sorted({e['reporter'] for e in exp.values()}))})"),
     ("years", ", ".join(str(y) for y in sorted({e['report_year'] for e in exp.values()}))),
     ("nynorsk reports", sum(f["nynorsk"] for f in FILES)),
     ("measure rows", len(rows)),
     ("distinct tiltak (tiltak_id)", len(by)),
     ("tiltak reported in more than one row", sum(len(v) > 1 for v in by.values())),
     ("tiltak reported by more than one reporter", sum(len(set(v)) > 1 for v in by.values())),
     ("continues=true rows", sum(m["continues"] for _, m in rows)),
     ("near-miss pairs", f"{len(nm)} (from {len(NEAR_GROUPS)} groups)")]
L = ["# Batch match48 – blind test reports (NKPS follow-up)", "",
     "Emphasis: documents made by other tools and people than a tidy Word template (slide deck, web-form print, "
     "e-mail print, Google-Docs-style .docx, frames/footnotes/endnotes/content controls/nested tables, justified "
     "hyphenated PDF, a table over pages with a split row, odd column order and labels right of values, nynorsk "
     "county reports with numbered paragraphs under county goals, a two-column newsletter).", "",
     "## Counts", "", "| what | count |", "|---|---|"]
L += [f"| {a} | {b} |" for a, b in C]
L += ["", "## Files", "", "| file | reporter | year | made with | layout (what is and is not a measure) | rows |",
      "|---|---|---|---|---|---|"]
for f in FILES:
    L.append(f"| {f['name']} | {f['reporter']} | {f['year']} | {f['made_with']} | {f['layout']} | {len(f['measures'])} |")
L += ["", "## Shared measures (tiltak_id used by more than one reporter)", ""]
for k, v in sorted(by.items()):
    if len(set(v)) > 1:
        L.append(f"- `{k}`: " + ", ".join(f"{n} ({exp[n]['report_year']}): «{m['title']}»" for n, m in rows if m["tiltak_id"] == k))
L += ["", "## Near-miss groups", "", "Every pair of rows from two different tiltak_ids within one group is listed in near_misses.json.", ""]
for name, ids in NEAR_GROUPS:
    L.append(f"- {name}: {', '.join(ids)}")
L += ["", open(os.path.join(HERE, "conventions.md"), encoding="utf-8").read()]
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print("README written")
