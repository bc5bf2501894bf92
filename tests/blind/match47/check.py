# -*- coding: utf-8 -*-
"""Dump text of a built file in reading order (docx via python-docx, pdf via pdfplumber)."""
import sys
def dump_docx(p):
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    d = docx.Document(p)
    for s in d.sections[:1]:
        print("[HEADER]", " | ".join(x.text for x in s.header.paragraphs))
        print("[FOOTER]", " | ".join(x.text for x in s.footer.paragraphs))
    for el in d.element.body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            pp = Paragraph(el, d)
            if pp.text.strip():
                print("[%s] %s" % (pp.style.name, pp.text))
        elif tag == 'tbl':
            t = Table(el, d)
            for r in t.rows:
                cells = []
                prev = None
                for c in r.cells:
                    if c._tc is prev: continue
                    prev = c._tc
                    cells.append(c.text.replace("\n", " / "))
                print("  ROW:", " || ".join(cells))
def dump_pdf(p):
    import pdfplumber
    with pdfplumber.open(p) as pdf:
        for i, pg in enumerate(pdf.pages):
            print("=== page", i + 1)
            print(pg.extract_text())
for p in sys.argv[1:]:
    print("#####", p)
    (dump_docx if p.endswith(".docx") else dump_pdf)(p)
