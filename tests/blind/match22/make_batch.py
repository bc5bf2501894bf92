# -*- coding: utf-8 -*-
"""Rebuild batch match22: python make_batch.py  (needs python-docx, reportlab; pdfplumber for the checks)."""
import json, os, re, sys, itertools, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from src.data import FILES, NEAR_MISS_GROUPS
from src import render_pdf, render_docx

OUT = HERE
GT_FIELDS = ['title', 'delmal', 'type', 'responsible', 'partners', 'period', 'description']


def build():
    os.makedirs(OUT, exist_ok=True)
    for f in FILES:
        p = os.path.join(OUT, f['file'])
        if f['file'].endswith('.pdf'):
            render_pdf.TEMPLATES[f['template']](f, p)
        else:
            render_docx.TEMPLATES[f['template']](f, p)


def ground_truth():
    order = sorted(FILES, key=lambda f: (f['year'], f['file']))
    ids, seen = {}, collections.defaultdict(set)  # key -> Txx ; reporter -> {(key, year)}
    exp, rowref = {}, collections.defaultdict(list)
    for f in order:
        ms = []
        for m in f['measures']:
            if m['key'] not in ids:
                ids[m['key']] = 'T%02d' % (len(ids) + 1)
            cont = any(k == m['key'] and y < f['year'] for k, y in seen[f['reporter']])
            row = {k: m[k] for k in GT_FIELDS}
            row['tiltak_id'] = ids[m['key']]
            row['continues'] = cont
            ms.append(row)
            rowref[m['key']].append([f['file'], m['title']])
        for m in f['measures']:
            seen[f['reporter']].add((m['key'], f['year']))
        exp[f['file']] = {'reporter': f['reporter'], 'report_year': f['year'], 'measures': ms}
    pairs = []
    for keys, why in NEAR_MISS_GROUPS:
        for a, b in itertools.combinations(keys, 2):
            for ra in rowref[a]:
                for rb in rowref[b]:
                    pairs.append([ra, rb])
    return exp, pairs, ids, rowref


def norm(s):
    return re.sub(r'\s+', ' ', s.replace('\u00ad', '')).strip()


def text_of(path):
    if path.endswith('.pdf'):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            # ignore the 90-pt watermark glyphs (KS 2026 draft) when checking
            pages = [pg.filter(lambda o: o.get('object_type') != 'char' or o.get('size', 0) < 40).extract_text() or ''
                     for pg in pdf.pages]
            cells = []
            for pg in pdf.pages:
                for t in pg.extract_tables():
                    for r in t:
                        cells += [c for c in r if c]
        return '\n'.join(pages), cells
    import docx
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                parts.append(c.text)
    return '\n'.join(parts), []


def check(exp):
    ok = True
    for fn, e in exp.items():
        p = os.path.join(OUT, fn)
        txt, cells = text_of(p)
        # strip margin line numbers (KS 2026 draft) for the title check
        txt2 = re.sub(r'(?m)^\d+$', '', re.sub(r'(?m)^\d+ ', '', txt)) if 'utkast' in fn else txt
        flat = norm(txt2)
        nows = re.sub(r'\s+', '', txt2)
        cellflat = [norm(c) for c in cells]
        print('%-45s %6d chars  %2d measures' % (fn, len(txt), len(e['measures'])))
        for m in e['measures']:
            t = norm(m['title'])
            how = None
            if t in flat:
                how = 'text'
            elif re.sub(r'\s+', '', t) in nows:
                how = 'text-nows'
            elif any(t in c for c in cellflat):
                how = 'cell'
            else:
                toks = flat.split(); want = t.split(); i = 0
                for tok in toks:
                    if i < len(want) and tok == want[i]:
                        i += 1
                if i == len(want):
                    how = 'words-in-order'
            if how != 'text':
                print('     title check: %-15s %s' % (how, m['title']))
            if not how:
                ok = False
    return ok


if __name__ == '__main__':
    build()
    exp, pairs, ids, rowref = ground_truth()
    with open(os.path.join(HERE, 'expected.json'), 'w', encoding='utf-8') as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, 'near_misses.json'), 'w', encoding='utf-8') as fh:
        json.dump(pairs, fh, ensure_ascii=False, indent=1)
    rows = sum(len(e['measures']) for e in exp.values())
    cont = sum(m['continues'] for e in exp.values() for m in e['measures'])
    multi = sum(1 for k, v in rowref.items() if len({r[0] for r in v}) > 1)
    cross = sum(1 for k, v in rowref.items() if len({exp[r[0]]['reporter'] for r in v}) > 1)
    print('files', len(exp), 'rows', rows, 'tiltak', len(ids), 'continuing rows', cont, 'near-miss pairs', len(pairs),
          'tiltak in >1 file', multi, 'tiltak with >1 reporter', cross)
    from src import readme
    readme.write(os.path.join(HERE, 'README.md'), FILES, NEAR_MISS_GROUPS, exp, pairs, ids, rowref)
    if '--nocheck' not in sys.argv:
        print('check ok' if check(exp) else 'CHECK FAILED')
