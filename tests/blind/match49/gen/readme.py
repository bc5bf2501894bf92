# -*- coding: utf-8 -*-
"""Write the per-file table of README.md from data.FILES (counts are pasted from check.py output)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from data import FILES
exp = json.load(open(os.path.join(os.path.dirname(HERE), "expected.json"), encoding="utf-8"))
print("| file | reporter | year | made with | layout (template + what is / is not a measure) | rows |")
print("|---|---|---|---|---|---|")
for f, m in FILES.items():
    lang = " (nynorsk)" if m["lang"] == "nynorsk" else ""
    print(f"| {f} | {m['reporter']}{lang} | {m['year']} | {m['made_with']} | {m['layout']} | {len(exp[f]['measures'])} |")
