"""Build batch match38: all report files + expected.json + near_misses.json + README.md.
Run: /work/blind/.venv38/bin/python make_batch.py [--no-render] [FILE ...]"""
import json, os, sys, itertools
from collections import defaultdict, OrderedDict
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE); os.chdir(HERE)
from common import canon_type
from data_a import FILES_A
from data_b import FILES_B
from data_c import FILES_C
from data_d import FILES_D
from groups import NEAR

FILES = FILES_A + FILES_B + FILES_C + FILES_D


def renderers():
    import importlib
    out = {}
    for m in ('render_a', 'render_b', 'render_c', 'render_d'):
        try:
            out.update(importlib.import_module(m).RENDER)
        except ModuleNotFoundError as e:
            if e.name != m:
                raise
    return out


def expected():
    out = OrderedDict(); seen = defaultdict(list)  # (reporter, tid) -> years
    for f in sorted(FILES, key=lambda f: (f['year'], f['file'])):
        ms = []
        for r in f['rows']:
            tid, title, dm, typ, resp, partners, period, desc = r[:8]
            cont = any(y < f['year'] for y in seen[(f['reporter'], tid)])
            ms.append(OrderedDict(title=title, delmal=sorted(dm), type=canon_type(typ), responsible=resp,
                                  partners=list(partners), period=period, description=desc, tiltak_id=tid, continues=cont))
        for r in f['rows']:
            seen[(f['reporter'], r[0])].append(f['year'])
        out[f['file']] = OrderedDict(reporter=f['reporter'], report_year=f['year'], measures=ms)
    return out


def near_pairs(exp):
    rows = defaultdict(list)
    for fn, v in exp.items():
        for m in v['measures']:
            rows[m['tiltak_id']].append([fn, m['title']])
    pairs = []; seen = set()
    for ids, _ in NEAR:
        for a, b in itertools.combinations(ids, 2):
            assert a in rows and b in rows, (a, b)
            assert a != b
            for ra in rows[a]:
                for rb in rows[b]:
                    key = tuple(sorted([tuple(ra), tuple(rb)]))
                    if key not in seen:
                        seen.add(key); pairs.append([ra, rb])
    return pairs


def check(exp):
    # no duplicate titles within a file, each file 4-12 rows, no tiltak twice in one file
    for fn, v in exp.items():
        titles = [m['title'] for m in v['measures']]
        assert len(titles) == len(set(titles)), fn
        ids = [m['tiltak_id'] for m in v['measures']]
        assert len(ids) == len(set(ids)), fn
        assert 4 <= len(titles) <= 12, fn


def main():
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    render = '--no-render' not in sys.argv
    assert len(FILES) == 22 and len({f['file'] for f in FILES}) == 22
    exp = expected(); check(exp)
    if render:
        R = renderers()
        for f in FILES:
            if args and f['file'] not in args:
                continue
            if f['file'] in R:
                R[f['file']](f, f['file'])
                print('rendered', f['file'])
            else:
                print('NO RENDERER', f['file'])
    json.dump(exp, open('expected.json', 'w'), ensure_ascii=False, indent=1)
    pairs = near_pairs(exp)
    json.dump(pairs, open('near_misses.json', 'w'), ensure_ascii=False, indent=1)
    try:
        import readme
        open('README.md', 'w').write(readme.build(FILES, exp, pairs, NEAR))
    except ImportError:
        pass
    n = sum(len(v['measures']) for v in exp.values())
    ids = {m['tiltak_id'] for v in exp.values() for m in v['measures']}
    rep = defaultdict(set)
    for v in exp.values():
        for m in v['measures']:
            rep[m['tiltak_id']].add(v['reporter'])
    print('files', len(exp), 'rows', n, 'distinct', len(ids), 'multi-reporter', sum(len(s) > 1 for s in rep.values()),
          'pairs', len(pairs), 'continues', sum(m['continues'] for v in exp.values() for m in v['measures']),
          'reporters', len({v['reporter'] for v in exp.values()}))


if __name__ == '__main__':
    main()
