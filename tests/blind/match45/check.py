# -*- coding: utf-8 -*-
"""Checks that every title and description of expected.json is in the file's extracted text (whitespace-normalised)."""
import json, re, sys, os
import pdfplumber, docx
os.chdir(os.path.dirname(os.path.abspath(__file__)))
def norm(s): return re.sub(r'\s+', ' ', s).strip()
def text_of(fn):
    if fn.endswith('.pdf'):
        with pdfplumber.open(fn) as p:
            return '\n'.join((pg.extract_text() or '') for pg in p.pages), len(p.pages)
    d = docx.Document(fn); out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells: out.append(c.text)
    return '\n'.join(out), None
exp = json.load(open('expected.json'))
bad = 0
for fn, v in exp.items():
    txt, pages = text_of(fn); n = norm(txt)
    miss = [('T', m['title']) for m in v['measures'] if norm(m['title']) not in n] + \
           [('D', m['description'][:40]) for m in v['measures'] if norm(m['description']) not in n]
    print(fn, 'pages=%s' % pages, 'rows=%d' % len(v['measures']), 'MISSING: %s' % miss if miss else 'ok')
    bad += len(miss)
print('missing total', bad)
