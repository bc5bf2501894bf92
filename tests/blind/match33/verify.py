# -*- coding: utf-8 -*-
"""Check that every ground-truth field is really in the built files, and that printed goals match the codes."""
import re, sys, json
import pdfplumber
from docx import Document
from docx.oxml.ns import qn
import make_batch as mb
from batch_common import OLD_TO_CODE

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def text_of(path):
    if path.endswith(".pdf"):
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    d = Document(path)
    parts = []
    for p in d.element.body.iter(qn("w:p")):
        parts.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    return "\n".join(parts)

mb.mark_continues()
bad = 0
for f in mb.FILES:
    txt = norm(text_of(f["file"]))
    low = txt
    toks = set(re.findall(r"\w+", txt))
    for m in f["measures"]:
        fields = [("title", m["t"]), ("desc", m["ds"]), ("period", m["per"]), ("resp", m["r"])] + \
                 [("partner", p) for p in m["p"]]
        for name, val in fields:
            if not val:
                continue
            if norm(val) in low:
                continue
            missing = [w for w in re.findall(r"\w+", val) if w not in toks]
            status = "TOKENS-ONLY" if not missing else "MISSING %s" % missing
            if missing:
                bad += 1
            print("%-40s %-8s %s: %s" % (f["file"][:40], name, status, val[:70]))
        # goal check
        dm = m.get("dm", "")
        if f["year"] == 2017:
            nums = [int(x) for x in re.findall(r"\d+", dm)]
            got = sorted(OLD_TO_CODE[n] for n in nums)
            if got != m["d"]:
                print("GOAL MISMATCH", f["file"], m["t"], dm, m["d"]); bad += 1
        else:
            codes = sorted(set(re.findall(r"(?<![\d.])[123]\.[1-6](?![\d])", dm)))
            if codes and codes != m["d"] and not m.get("footnote") and "også" not in dm:
                print("GOAL CHECK", f["file"], m["t"], repr(dm), m["d"])
print("bad:", bad)
