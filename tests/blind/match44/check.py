"""Check that every expected title (and key facts) can be found in the rendered file text."""
import json, sys, re, pdfplumber, docx
exp = json.load(open('expected.json'))
def text_of(fn):
    if fn.endswith('.pdf'):
        with pdfplumber.open(fn) as p:
            return '\n'.join(pg.extract_text() or '' for pg in p.pages), len(p.pages)
    d = docx.Document(fn)
    parts = [p.text for p in d.paragraphs]
    def walk(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text); walk(c.tables)
    walk(d.tables)
    return '\n'.join(parts), 0
bad = 0
for fn, v in exp.items():
    txt, n = text_of(fn)
    flat = re.sub(r'\s+', ' ', txt)
    for m in v['measures']:
        for key in ['title', 'description', 'period']:
            val = re.sub(r'\s+', ' ', m[key])
            if val not in flat:
                bad += 1; print('MISSING', fn, key, repr(val[:70]))
    print(fn, 'pages=%d' % n, 'rows=%d' % len(v['measures']))
print('problems:', bad)
