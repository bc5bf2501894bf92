# -*- coding: utf-8 -*-
"""Verify that every ground-truth value of expected.json is present in the built file's extracted text
(pdfplumber for PDF, python-docx for Word: body, tables, headers/footers), that titles occur in document order,
and print the batch counts. Whitespace is ignored when matching (PDF line wrapping)."""
import os, re, json, sys, glob, collections
import pdfplumber
from docx import Document
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import data

def docx_text(p):
    d = Document(p); parts = []
    for s in d.sections:
        parts += [x.text for x in s.header.paragraphs] + [x.text for x in s.footer.paragraphs]
    body = d.element.body
    for el in body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            parts.append(''.join(t.text or '' for t in el.iter() if t.tag.endswith('}t')))
        elif tag == 'tbl':
            for tc in el.iter():
                if tc.tag.endswith('}tc'):
                    parts.append(''.join(t.text or '' for t in tc.iter() if t.tag.endswith('}t')))
    return '\n'.join(parts)
def pdf_text(p):
    """page text plus the text of every table cell (pdfplumber interleaves wrapped cells line by line)"""
    parts = []; prev_last = None
    with pdfplumber.open(p) as pdf:
        for pg in pdf.pages:
            parts.append(pg.extract_text() or '')
            tables = pg.find_tables()
            for k, tb in enumerate(tables):
                rows = tb.extract()
                if not rows: continue
                # a row broken over a page break: glue the first row of a table at the top of the page
                # onto the last row of the previous page's last table
                if k == 0 and prev_last and tb.bbox[1] < 90 and len(rows[0]) == len(prev_last):
                    parts += [(a or '') + ' ' + (b or '') for a, b in zip(prev_last, rows[0])]
                for row in rows:
                    parts += [c for c in row if c]
                prev_last = rows[-1]
            if not tables: prev_last = None
    return '\n'.join(parts)
    return '\n'.join(parts)
def norm(s): return re.sub(r'\s+', '', s)

exp = json.load(open(os.path.join(HERE, 'expected.json')))
near = json.load(open(os.path.join(HERE, 'near_misses.json')))
rows_by_file = {f['name']: f for f in data.FILES}
reports = sorted(p for p in os.listdir(HERE) if p.endswith(('.pdf', '.docx')))
errors = []
if sorted(exp) != reports: errors.append(f'file list mismatch: {set(exp) ^ set(reports)}')
for name in reports:
    path = os.path.join(HERE, name)
    txt = pdf_text(path) if name.endswith('.pdf') else docx_text(path)
    nt = norm(txt); pos = 0
    if len(txt) < 200: errors.append(f'{name}: almost no text')
    for m, r in zip(exp[name]['measures'], rows_by_file[name]['rows']):
        t = norm(m['title']); i = nt.find(t, pos)
        if i < 0:
            if t not in nt: errors.append(f'{name}: title not found: {m["title"]}')
        else: pos = i + len(t)
        checks = [('responsible', m['responsible']), ('period', m['period']), ('description', m['description']),
                  ('type word', r['typ']), ('delmål evidence', r['dp'])] + [('partner', x) for x in m['partners']]
        for lab, val in checks:
            if val and norm(val) not in nt: errors.append(f'{name}: {lab} not found: {val!r} ({m["title"]})')
        if m['delmal'] and not r['dp']: errors.append(f'{name}: codes without printed evidence: {m["title"]}')
        if not m['delmal'] and r['dp']: errors.append(f'{name}: evidence but no codes: {m["title"]}')
        # codes written as codes must be printed; old numbers (2017) and words are checked via the evidence text
        if r['dp'] and re.search(r'\d\.\d', r['dp']):
            for c in m['delmal']:
                if c not in r['dp']: errors.append(f'{name}: code {c} not in printed delmål {r["dp"]!r}')
        if m['type'] not in (None, 'FoU', 'Kurs/utdanning', 'Råd/utvalg/nettverk', 'Prosjekt', 'Informasjon', 'Arrangement', 'Annet'):
            errors.append(f'{name}: bad type {m["type"]}')
for (fa, ta), (fb, tb) in near:
    ida = {m['title']: m['tiltak_id'] for m in exp[fa]['measures']}[ta]
    idb = {m['title']: m['tiltak_id'] for m in exp[fb]['measures']}[tb]
    if ida == idb: errors.append(f'near miss with same id: {ta} / {tb}')

ms = [(n, m) for n in exp for m in exp[n]['measures']]
ids = collections.Counter(m['tiltak_id'] for _, m in ms)
rep_by_id = collections.defaultdict(set)
for n, m in ms: rep_by_id[m['tiltak_id']].add(exp[n]['reporter'])
counts = collections.OrderedDict([
    ('files', len(exp)), ('pdf', sum(n.endswith('.pdf') for n in exp)), ('docx', sum(n.endswith('.docx') for n in exp)),
    ('reporters', len({e['reporter'] for e in exp.values()})),
    ('years', sorted({e['report_year'] for e in exp.values()})),
    ('nynorsk reports', sum(f['lang'] == 'nn' for f in data.FILES)),
    ('measure rows', len(ms)), ('distinct tiltak', len(ids)),
    ('tiltak in >1 row', sum(1 for c in ids.values() if c > 1)),
    ('tiltak by >1 reporter', sum(1 for s in rep_by_id.values() if len(s) > 1)),
    ('continues=true rows', sum(m['continues'] for _, m in ms)),
    ('near-miss pairs', len(near)),
    ('rows with delmål []', sum(not m['delmal'] for _, m in ms)),
    ('rows with type null', sum(m['type'] is None for _, m in ms)),
])
for k, val in counts.items(): print(f'{k:24s} {val}')
if errors:
    print('\nERRORS'); [print(' ', e) for e in errors]; sys.exit(1)
print('\nOK: all ground-truth values found in the built files')
