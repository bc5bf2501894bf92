# -*- coding: utf-8 -*-
"""Check batch match23: every file opens, has text, and every expected title / period / description
appears in the file's text (whitespace-normalised)."""
import json
import os
import re
import sys
import zipfile

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))


def docx_text(p):
    with zipfile.ZipFile(p) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"<w:tab/>", "\t", xml)
    xml = re.sub(r"<w:br/>", "\n", xml)
    t = re.sub(r"<[^>]+>", "", xml)
    return t.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')


def pdf_text(p):
    with pdfplumber.open(p) as pdf:
        return "\n".join((pg.extract_text() or "") for pg in pdf.pages), len(pdf.pages)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    nm = json.load(open(os.path.join(HERE, "near_misses.json"), encoding="utf-8"))
    bad = 0
    for fn, e in exp.items():
        p = os.path.join(HERE, fn)
        if fn.endswith(".pdf"):
            txt, npg = pdf_text(p)
        else:
            txt, npg = docx_text(p), "-"
        t = norm(txt)
        miss = []
        for m in e["measures"]:
            for fld in ("title", "period", "description"):
                v = m[fld]
                if fld == "description" and fn.startswith("Unio_"):
                    v = v[1:]  # drop cap letter is drawn separately
                if v and norm(v) not in t:
                    miss.append((fld, v[:60]))
        print(f"{fn:50s} pages={npg} chars={len(t):6d} rows={len(e['measures'])} missing={len(miss)}")
        for x in miss:
            print("    MISSING", x)
        bad += len(miss)
    titles = {(f, m["title"]) for f, e in exp.items() for m in e["measures"]}
    for a, b in nm:
        if tuple(a) not in titles or tuple(b) not in titles:
            print("near-miss refers to unknown row", a, b); bad += 1
    print("problems:", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
