# -*- coding: utf-8 -*-
"""Generate the counts, files, same-tiltak and near-miss sections of README.md from batch_data (appended to README_head.md)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
import batch_data as B
from batch_data_common import NEAR_MISS_GROUPS

MADE = {"pdf": "reportlab"}
DOCX_NOTE = {"2022_HKdir_portaleksport.docx": "python-docx + w:altChunk (HTML part)",
             "2017_LO_snakkepunkter.docx": "python-docx (List Bullet styles)"}


def esc_pipe(s):
    return s.replace('|', chr(92) + '|')


def main():
    cont = B.compute_continues()
    rows = [(f, m) for f in B.FILES for m in f["measures"]]
    ids = {}
    for f, m in rows:
        ids.setdefault(m["tid"], []).append((f, m))
    pairs = B.near_miss_pairs()
    out = ["## Counts", "", "| item | n |", "|---|---|",
           f"| report files | {len(B.FILES)} ({sum(f['fmt']=='docx' for f in B.FILES)} .docx, {sum(f['fmt']=='pdf' for f in B.FILES)} .pdf) |",
           f"| reporters | {len({f['reporter'] for f in B.FILES})} |",
           f"| report years | {', '.join(str(y) for y in sorted({f['year'] for f in B.FILES}))} |",
           f"| nynorsk reports | {sum(f['lang']=='nn' for f in B.FILES)} |",
           f"| measure rows | {len(rows)} |", f"| distinct tiltak | {len(ids)} |",
           f"| tiltak reported in more than one row | {sum(len(v)>1 for v in ids.values())} |",
           f"| tiltak reported by more than one reporter | {sum(len({f['reporter'] for f,_ in v})>1 for v in ids.values())} |",
           f"| rows with continues=true | {sum(cont.values())} |", f"| near-miss pairs | {len(pairs)} |", "",
           "## Files", "", "| file | reporter | year | made with | layout (template) | rows |", "|---|---|---|---|---|---|"]
    for f in B.FILES:
        made = MADE.get(f["fmt"]) or DOCX_NOTE.get(f["file"], "python-docx")
        out.append(f"| {f['file']} | {f['reporter']} | {f['year']} | {made} | `{f['layout']}`{' (nynorsk)' if f['lang']=='nn' else ''}: "
                   f"{esc_pipe(LAYOUT_DESC[f['file']])} | {len(f['measures'])} |")
    part1 = "\n".join(out) + "\n"
    out = ["## Same-tiltak groups (tiltak_id → rows)", "",
            "Only ids with more than one row; `*` = continues=true.", ""]
    for t in sorted(ids, key=lambda x: (x[0] != "T", x)):
        v = ids[t]
        if len(v) < 2:
            continue
        out.append(f"- **{t}**: " + "; ".join(f"{f['reporter']} {f['year']} «{m['title']}»{'*' if cont[(f['file'], m['title'])] else ''}" for f, m in v))
    out += ["", "## Near-miss groups", "", "Every pair of rows from different tiltak inside a group is listed in `near_misses.json` "
            f"({len(pairs)} pairs in all).", ""]
    for g, gids in NEAR_MISS_GROUPS.items():
        n = sum(1 for p in pairs if p[2] == g)
        parts = []
        for t in gids:
            v = ids[t]
            parts.append(f"{t} (" + ", ".join(f"{f['reporter']} {f['year']}" for f, m in v) + ")")
        out.append(f"- **{g}** – {n} pairs: " + " vs ".join(parts))
    return part1, "\n".join(out) + "\n"


from readme_layouts import LAYOUT_DESC  # noqa: E402

if __name__ == "__main__":
    head = open(os.path.join(HERE, "README_head.md"), encoding="utf-8").read()
    tail = open(os.path.join(HERE, "README_tail.md"), encoding="utf-8").read()
    part1, part2 = main()
    txt = head.rstrip() + "\n\n" + part1 + "\n" + tail.rstrip() + "\n\n" + part2
    open(os.path.join(HERE, "README.md"), "w", encoding="utf-8").write(txt)
    print(len(txt), "chars written to README.md")
