# -*- coding: utf-8 -*-
"""Write README.md for match40 from the data."""
import os
from collections import Counter, defaultdict
from readme_text import DESC, CONVENTIONS, IDENTITY

NN = {"2020_Vestland_rapport_nn.pdf", "2022_Regjeringen_notat_nn.docx", "2024_Vestland_rapport_nn.docx"}


def write_readme(here, files, groups, n_pairs):
    rows = [(f, r) for f in files for r in f["rows"]]
    ids = Counter(r["id"] for _, r in rows)
    reps = defaultdict(set)
    for f, r in rows:
        reps[r["id"]].add(f["reporter"])
    L = ["# Blind test batch match40", "",
         "Synthetic but ordinary Norwegian NKPS follow-up reports (Word and PDF) of the kind council members' office staff send in a normal "
         "year, with ground truth. 22 layouts not used in earlier batches. Rebuild: `/work/blind/.venv40/bin/python make_batch.py` "
         "(python-docx, reportlab, pdfplumber); check: `/work/blind/.venv40/bin/python check.py`. Data: `data_a.py`, `data_b.py`, "
         "`data_c.py` (FILES + NEAR_MISS_GROUPS, one row constructor `common.M`); renderers `render_p1.py`, `render_p2.py` (PDF), "
         "`render_d1.py`, `render_d2.py` (Word).", "", "## Counts", "", "| item | n |", "|---|---|",
         f"| report files | {len(files)} ({sum(1 for f in files if f['file'].endswith('.docx'))} .docx, "
         f"{sum(1 for f in files if f['file'].endswith('.pdf'))} .pdf) |",
         f"| reporters | {len({f['reporter'] for f in files})} |",
         f"| report years | {', '.join(str(y) for y in sorted({f['year'] for f in files}))} |",
         f"| nynorsk reports | {len(NN)} |",
         f"| measure rows | {len(rows)} |", f"| distinct tiltak | {len(ids)} |",
         f"| tiltak reported in more than one row | {sum(1 for v in ids.values() if v > 1)} |",
         f"| tiltak reported by more than one reporter | {sum(1 for v in reps.values() if len(v) > 1)} |",
         f"| rows with continues=true | {sum(1 for _, r in rows if r['continues'])} |",
         f"| near-miss pairs | {n_pairs} |", "", "## Files", "",
         "| file | reporter | year | made with | layout (template) | rows |", "|---|---|---|---|---|---|"]
    for f in files:
        tool = "reportlab" if f["file"].endswith(".pdf") else "python-docx"
        L.append(f"| {f['file']} | {f['reporter']} | {f['year']} | {tool} | `{f['layout']}`"
                 f"{' (nynorsk)' if f['file'] in NN else ''}: {DESC[f['file']]} | {len(f['rows'])} |")
    L += ["", "## Conventions", "", CONVENTIONS, "", "## Identity judgements (analyst decisions)", "", IDENTITY, "",
          "## Same-tiltak groups (generated)", ""]
    by_id = defaultdict(list)
    for f, r in sorted(rows, key=lambda x: x[0]["year"]):
        by_id[r["id"]].append(f"{f['reporter']} {f['year']} «{r['title']}»" + (" (cont.)" if r["continues"] else ""))
    for tid in sorted(by_id, key=lambda t: (t[0] != "T", t)):
        if len(by_id[tid]) > 1:
            L.append(f"- **{tid}**: " + "; ".join(by_id[tid]))
    L += ["", "## Near-miss groups (different tiltak that must stay apart; every pair across groups members is in near_misses.json)", ""]
    titles = defaultdict(list)
    for f, r in rows:
        titles[r["id"]].append(f"{f['reporter']} {f['year']} «{r['title']}»")
    for name, gids in groups:
        L.append(f"- **{name}**: " + " ≠ ".join(f"{g} [" + "; ".join(titles[g]) + "]" for g in gids))
    L += ["", "## Single-row tiltak", "", ", ".join(f"{t}" for t in sorted(ids) if ids[t] == 1), ""]
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")
