#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Check every report opens, has real text, and every expected title (and most fields) appear in it."""
import json, os, re, sys
import pdfplumber, docx

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                out.append(c.text)
    return "\n".join(out)


def pdf_text(path):
    with pdfplumber.open(path) as pdf:
        return "\n".join((p.extract_text() or "") for p in pdf.pages)


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    bad = 0
    for f, v in exp.items():
        p = os.path.join(HERE, f)  # the reports stand beside expected.json
        txt = docx_text(p) if f.endswith(".docx") else pdf_text(p)
        n = norm(txt)
        nw = norm(txt.replace("-\n", "-"))
        miss = []
        loose = []
        for m in v["measures"]:
            t = norm(m["title"])
            if t in n or t in nw:
                continue
            words = re.findall(r"\w+", t)
            if all(w in n for w in words):
                loose.append(m["title"])
            else:
                miss.append(m["title"])
        print(f"{f}: {len(txt)} chars, {len(v['measures'])} measures, strict-miss={len(loose) + len(miss)}, "
              f"missing-words={len(miss)}")
        for t in loose:
            print("   (wrapped/split) ", t)
        for t in miss:
            print("   MISSING ", t)
            bad += 1
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
