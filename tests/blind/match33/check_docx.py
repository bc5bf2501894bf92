# -*- coding: utf-8 -*-
"""Dump a .docx in body order (paragraphs with style/numbering, tables row by row)."""
import sys
from docx import Document
from docx.oxml.ns import qn

def dump(path):
    d = Document(path)
    body = d.element.body
    for el in body.iterchildren():
        if el.tag == qn("w:p"):
            txt = "".join(t.text or "" for t in el.iter(qn("w:t")))
            st = el.find(qn("w:pPr") + "/" + qn("w:pStyle"))
            num = el.find(qn("w:pPr") + "/" + qn("w:numPr"))
            tag = (st.get(qn("w:val")) if st is not None else "") + ("#" if num is not None else "")
            if txt.strip():
                print("P[%s] %s" % (tag, txt))
        elif el.tag == qn("w:tbl"):
            print("TABLE")
            for tr in el.iter(qn("w:tr")):
                cells = []
                for tc in tr.findall(qn("w:tc")):
                    cells.append(" / ".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.findall(qn("w:p"))))
                print("  | " + " | ".join(cells))
    for s in d.sections:
        print("HEADER:", [p.text for p in s.header.paragraphs], "FOOTER:", [p.text for p in s.footer.paragraphs])

for p in sys.argv[1:]:
    print("=" * 20, p)
    dump(p)
