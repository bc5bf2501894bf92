# -*- coding: utf-8 -*-
import os, sys, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from alldata import FILES
OUT = os.path.dirname(os.path.abspath(__file__))
RENDER = {}
for mod in ("render_pdf_a", "render_pdf_b", "render_docx_a", "render_docx_b"):
    try:
        RENDER.update(__import__(mod).RENDER)
    except ImportError as e:
        print("skip", mod, e)
only = sys.argv[1:]
for f in FILES:
    if only and not any(o in f["file"] for o in only):
        continue
    if f["file"] in RENDER:
        RENDER[f["file"]](f, os.path.join(OUT, f["file"]))
        print("built", f["file"])
    else:
        print("MISSING renderer", f["file"])
import ground_truth
ground_truth.write(FILES, OUT)
