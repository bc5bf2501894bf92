# -*- coding: utf-8 -*-
"""Write README.md for match42 (counts and groups are generated from the data)."""
import collections

from data_d import NEAR_MISS_GROUPS
from readme_text import INTRO, CONVENTIONS, IDENTITY

MADE = {
    "2017_LO_skjema.docx": "python-docx (merged top row, PAGE/NUMPAGES fields)",
    "2017_Regjeringen_oppfolging.docx": "python-docx",
    "2019_KS_rapport.docx": "python-docx (landscape section, tblHeader, w:br line breaks in cells)",
    "2019_Akademikerne_epost.docx": "python-docx",
    "2020_Unio_rapport.docx": "python-docx + w:cols num=2 section, column break",
    "2021_Regjeringen_notat_nn.docx": "python-docx + multilevel heading numbering (numbering.xml)",
    "2022_NAV_arsrapport.docx": "python-docx + w:pgNumType start=38",
    "2024_YS_handlingsplan.docx": "python-docx (landscape, merged area rows, tblHeader)",
    "2025_NHO_rapport.docx": "python-docx (dot-leader tab stops in a shaded cell)",
    "2025_Trondelag_rapport.docx": "python-docx (tblHeader, superscript note mark)",
    "2026_Vestland_rapport_nn.docx": "python-docx + multilevel heading numbering, paragraph borders and shading",
}


def write(files, exp, nm, path):
    rows = [(f, m) for f in files for m in f["measures"]]
    by_id = collections.defaultdict(list)
    for f, m in rows:
        by_id[m["id"]].append((f, m))
    multi_row = [k for k, v in by_id.items() if len(v) > 1]
    multi_rep = [k for k, v in by_id.items() if len({f["reporter"] for f, _ in v}) > 1]
    years = sorted({f["year"] for f in files})
    L = [INTRO, "", "## Counts", "", "| item | n |", "|---|---|"]
    L += ["| report files | %d (%d .docx, %d .pdf) |" % (len(files), sum(f["fmt"] == "docx" for f in files),
                                                        sum(f["fmt"] == "pdf" for f in files)),
          "| reporters | %d |" % len({f["reporter"] for f in files}),
          "| report years | %s |" % ", ".join(map(str, years)),
          "| nynorsk reports | %d |" % sum(f["lang"] == "nn" for f in files),
          "| measure rows | %d |" % len(rows),
          "| distinct tiltak | %d |" % len(by_id),
          "| tiltak reported in more than one row | %d |" % len(multi_row),
          "| tiltak reported by more than one reporter | %d |" % len(multi_rep),
          "| rows with continues=true | %d |" % sum(m["continues"] for _, m in rows),
          "| near-miss pairs | %d |" % len(nm), ""]
    types = collections.Counter(m["type"] for _, m in rows)
    L += ["Rows per type: " + ", ".join("%s %d" % (k, v) for k, v in types.most_common()) + ".", ""]
    L += ["## Files", "", "| file | reporter | year | made with | layout (template) | rows |", "|---|---|---|---|---|---|"]
    for f in sorted(files, key=lambda f: (f["year"], f["file"])):
        made = MADE.get(f["file"], "reportlab")
        lay = "`%s`%s: %s" % (f["layout"], " (nynorsk)" if f["lang"] == "nn" else "", f["layout_desc"])
        L.append("| %s | %s | %d | %s | %s | %d |" % (f["file"], f["reporter"], f["year"], made,
                                                     lay.replace("|", "\\|"), len(f["measures"])))
    L += ["", CONVENTIONS, "", IDENTITY, "", "## Same-tiltak groups (generated)", ""]
    for k in sorted(multi_row):
        items = []
        for f, m in sorted(by_id[k], key=lambda x: (x[0]["year"], x[0]["file"])):
            items.append("%s %d «%s»%s" % (f["reporter"], f["year"], m["title"], " (cont.)" if m["continues"] else ""))
        L.append("- **%s**: %s" % (k, "; ".join(items)))
    L += ["", "## Near-miss groups (every pair of rows of different tiltak inside a group is in near_misses.json)", ""]
    for name, ids in NEAR_MISS_GROUPS:
        desc = []
        for i in ids:
            titles = sorted({"%s %d «%s»" % (f["reporter"], f["year"], m["title"]) for f, m in by_id[i]})
            desc.append("%s (%s)" % (i, "; ".join(titles)))
        L.append("- %s: %s" % (name, " | ".join(desc)))
    L.append("")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(L))
