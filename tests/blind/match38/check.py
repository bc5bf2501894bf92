"""Dump text of batch files: PDFs with pdfplumber (per page), docx re-opened with python-docx (body + tables in order)."""
import sys, pdfplumber, docx
from docx.oxml.ns import qn

def pdf(path):
    with pdfplumber.open(path) as p:
        for i, pg in enumerate(p.pages, 1):
            print(f'--- page {i} ---'); print(pg.extract_text())

def dx(path):
    d = docx.Document(path)
    for s in d.sections:
        print('[HEADER]', ' / '.join(p.text for p in s.header.paragraphs), '[FOOTER]', ' / '.join(p.text for p in s.footer.paragraphs))
    body = d.element.body
    for el in body.iterchildren():
        if el.tag == qn('w:p'):
            txt = ''.join(t.text or '' for t in el.iter(qn('w:t')))
            dl = ''.join(t.text or '' for t in el.iter(qn('w:delText')))
            sty = el.find(qn('w:pPr'))
            sn = ''
            if sty is not None and sty.find(qn('w:pStyle')) is not None:
                sn = sty.find(qn('w:pStyle')).get(qn('w:val'))
            if txt or dl:
                print(f'[{sn}] {txt}' + (f'  <<DEL: {dl}>>' if dl else ''))
        elif el.tag == qn('w:tbl'):
            t = docx.table.Table(el, d)
            for r in t.rows:
                cells = []
                prev = None
                for c in r.cells:
                    if c._tc is prev: continue
                    prev = c._tc
                    cells.append(c.text.replace('\n', ' / '))
                print('  | ' + ' | '.join(cells))
for a in sys.argv[1:]:
    print('=' * 20, a)
    (pdf if a.endswith('.pdf') else dx)(a)
