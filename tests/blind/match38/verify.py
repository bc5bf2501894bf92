"""Check that every ground-truth field is really printed in its file (token check) and that docx files open."""
import json, re, sys, pdfplumber, docx
from docx.oxml.ns import qn
exp = json.load(open('expected.json'))

def toks(s):
    return re.findall(r'[\wæøåÆØÅ]+', s.lower())

def text_of(fn):
    if fn.endswith('.pdf'):
        with pdfplumber.open(fn) as p:
            return ' '.join(pg.extract_text() or '' for pg in p.pages)
    d = docx.Document(fn)
    parts = [''.join(t.text or '' for t in d.element.body.iter(qn('w:t')))]
    parts.append(' '.join(' '.join(t.text or '' for t in el.iter(qn('w:t'))) for el in d.element.body.iter(qn('w:p'))))
    return ' '.join(parts)

bad = 0
for fn, v in exp.items():
    T = set(toks(text_of(fn)))
    for m in v['measures']:
        for k in ('title', 'description', 'period', 'responsible'):
            miss = [w for w in toks(m[k]) if w not in T]
            if miss:
                bad += 1; print(fn, k, m['title'][:40], miss)
        for pt in m['partners']:
            miss = [w for w in toks(pt) if w not in T]
            if miss:
                bad += 1; print(fn, 'partner', pt, miss)
print('problems:', bad)
