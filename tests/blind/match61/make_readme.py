import json, os, subprocess, collections, build
D = "/work/blind/match61"
exp = json.load(open(os.path.join(D, "expected.json")))
counts = subprocess.run([os.sys.executable, "check.py"], capture_output=True, text=True).stdout
L = ["# Batch match61 – NKPS follow-up reports told in running prose", "",
 "Blind test batch: 22 reports (10 .docx, 12 .pdf with text layer; 4 PDFs are Word files rendered with LibreOffice). "
 "Emphasis: measures told as ordinary paragraphs, facts inside sentences. Ground truth: `expected.json`, `near_misses.json` "
 "(this folder). Generators, data and `check.py`: `/work/blind/match61_build` (data in `data_a.py`–`data_d.py`, rendering in `build.py`).", "",
 "## Counts", "", "| count | value |", "|---|---|"]
for line in counts.splitlines():
    if ":" in line and not line.startswith("MISSING"):
        k, v = line.split(":", 1); L.append(f"| {k} | {v.strip()} |")
L += ["", "## Files", "", "| file | reporter | year | made with | layout | rows |", "|---|---|---|---|---|---|"]
for f in build.FILES:
    lang = " (nynorsk)" if f.get("lang") == "nn" else ""
    made = {"docx": "python-docx", "rl": "reportlab", "fpdf": "fpdf2", "lo": "python-docx → LibreOffice PDF"}[f["fmt"]]
    L.append(f"| {f['name']} | {f['reporter']} | {f['year']} | {made} | {f['template']}{lang} | {len(exp[f['name']]['measures'])} |")
L += ["", open("conventions.md").read()]
open(os.path.join(D, "README.md"), "w").write("\n".join(L) + "\n")
print("README written")
