# -*- coding: utf-8 -*-
import os, sys, json, re, zipfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pdfplumber
from alldata import FILES
OUT = os.path.dirname(os.path.abspath(__file__))
def text_of(fn):
    p = os.path.join(OUT, fn)
    if fn.endswith(".pdf"):
        with pdfplumber.open(p) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages), len(pdf.pages)
    import docx
    d = docx.Document(p)  # re-open check
    xml = zipfile.ZipFile(p).read("word/document.xml").decode("utf8")
    return re.sub(r"<[^>]+>", " ", xml.replace("</w:p>", "\n")), None
bad = 0
for f in FILES:
    t, n = text_of(f["file"])
    flat = re.sub(r"\s+", "", t)
    miss = [m["title"] for m in f["measures"] if re.sub(r"\s+", "", m["title"]) not in flat]
    missd = [m["title"] for m in f["measures"] if re.sub(r"\s+", "", m["description"])[:40] not in flat]
    print(f["file"], "pages" if n else "", n or "", "missing titles:", miss, "missing desc:", missd)
    bad += len(miss)
e = json.load(open(os.path.join(OUT, "expected.json")))
print("expected files", len(e), "bad", bad)
