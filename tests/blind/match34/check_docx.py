# -*- coding: utf-8 -*-
"""Dump the text of a .docx in body order (paragraphs with style, tables row by row)."""
import sys
import docx
from docx.oxml.ns import qn


def dump(path):
    d = docx.Document(path)
    for s in d.sections:
        print("[HEADER]", " | ".join(p.text for p in s.header.paragraphs))
        print("[FOOTER]", " | ".join(p.text for p in s.footer.paragraphs))
    body = d.element.body
    for el in body.iterchildren():
        if el.tag == qn("w:p"):
            p = docx.text.paragraph.Paragraph(el, d)
            if p.text.strip():
                print("[%s] %s" % (p.style.name, p.text))
        elif el.tag == qn("w:tbl"):
            t = docx.table.Table(el, d)
            print("[TABLE]")
            for r in t.rows:
                cells = []
                prev = None
                for c in r.cells:
                    if prev is not None and c._tc is prev:
                        continue
                    prev = c._tc
                    cells.append(c.text.replace("\n", " / "))
                print("   | " + " | ".join(cells))


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print("=" * 20, p)
        dump(p)
