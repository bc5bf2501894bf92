"""Build batch match37: all report files + expected.json + near_misses.json + README.md.
Run: /work/blind/.venv37/bin/python make_batch.py"""
import json, os, sys, itertools
from collections import defaultdict, OrderedDict
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE); os.chdir(HERE)
from common import canon_type
from data_a import FILES_A
from data_b import FILES_B
from data_c import FILES_C
from data_d import FILES_D
import render_pdf_a, render_pdf_b, render_docx_a, render_docx_b
from groups import NEAR, WHY
import readme_text

FILES = FILES_A + FILES_B + FILES_C + FILES_D
RENDER = {**render_pdf_a.RENDER, **render_pdf_b.RENDER, **render_docx_a.RENDER, **render_docx_b.RENDER}

def expected():
    out = OrderedDict(); seen = defaultdict(list)  # (reporter, tid) -> years
    for f in sorted(FILES, key=lambda f: (f['year'], f['file'])):
        ms = []
        for r in f['rows']:
            tid, title, dm, typ, resp, partners, period, desc = r[:8]
            cont = any(y < f['year'] for y in seen[(f['reporter'], tid)])
            ms.append(OrderedDict(title=title, delmal=sorted(dm), type=canon_type(typ), responsible=resp, partners=list(partners),
                                  period=period, description=desc, tiltak_id=tid, continues=cont))
        for r in f['rows']: seen[(f['reporter'], r[0])].append(f['year'])
        out[f['file']] = OrderedDict(reporter=f['reporter'], report_year=f['year'], measures=ms)
    return out

def near_pairs(exp):
    rows = defaultdict(list)
    for fn, v in exp.items():
        for m in v['measures']: rows[m['tiltak_id']].append([fn, m['title']])
    pairs = []; seen = set()
    for ids, _ in NEAR:
        for a, b in itertools.combinations(ids, 2):
            assert a in rows and b in rows, (a, b)
            for ra in rows[a]:
                for rb in rows[b]:
                    key = tuple(sorted([tuple(ra), tuple(rb)]))
                    if key not in seen: seen.add(key); pairs.append([ra, rb])
    return pairs

def main(render=True):
    assert len(RENDER) == len(FILES) == 22
    if render:
        for f in FILES: RENDER[f['file']](f, f['file'])
    exp = expected()
    json.dump(exp, open('expected.json', 'w'), ensure_ascii=False, indent=1)
    pairs = near_pairs(exp)
    json.dump(pairs, open('near_misses.json', 'w'), ensure_ascii=False, indent=1)
    open('README.md', 'w').write(readme_text.build(FILES, exp, pairs, NEAR, WHY))
    n = sum(len(v['measures']) for v in exp.values())
    print('files', len(exp), 'rows', n, 'pairs', len(pairs), 'continues', sum(m['continues'] for v in exp.values() for m in v['measures']))

if __name__ == '__main__':
    main(render='--no-render' not in sys.argv)
