"""Generate README.md for batch match38"""
from collections import defaultdict, OrderedDict
from common import canon_type
from readme_layouts import LAYOUT_DESC
import readme_text

SHORTREP = {'Rogaland fylkeskommune': 'Rogaland', 'Vestland fylkeskommune': 'Vestland'}


def build(FILES, exp, pairs, NEAR):
    byfile = {f['file']: f for f in FILES}
    rows = [(fn, v, m) for fn, v in exp.items() for m in v['measures']]
    ids = defaultdict(list)
    for fn, v, m in rows:
        ids[m['tiltak_id']].append((fn, v, m))
    reps = {t: {v['reporter'] for _, v, _ in l} for t, l in ids.items()}
    out = [readme_text.INTRO, '## Counts', '', '| item | n |', '|---|---|']
    out += ['| report files | 22 (%d .docx, %d .pdf) |' % (sum(f.endswith('.docx') for f in exp), sum(f.endswith('.pdf') for f in exp)),
            '| reporters | %d |' % len({v['reporter'] for v in exp.values()}),
            '| report years | %s |' % ', '.join(str(y) for y in sorted({v['report_year'] for v in exp.values()})),
            '| nynorsk reports | %d |' % sum(f['lang'] == 'nn' for f in FILES),
            '| measure rows | %d |' % len(rows),
            '| distinct tiltak | %d |' % len(ids),
            '| tiltak reported in more than one row | %d |' % sum(len(l) > 1 for l in ids.values()),
            '| tiltak reported by more than one reporter | %d |' % sum(len(s) > 1 for s in reps.values()),
            '| rows with continues=true | %d |' % sum(m['continues'] for _, _, m in rows),
            '| near-miss pairs | %d |' % len(pairs), '']
    out += ['## Files', '', '| file | reporter | year | made with | layout (template) | rows |', '|---|---|---|---|---|---|']
    for fn, v in exp.items():
        f = byfile[fn]
        lay = '`%s`%s: %s' % (f['layout'], ' (nynorsk)' if f['lang'] == 'nn' else '', LAYOUT_DESC[fn])
        out.append('| %s | %s | %d | %s | %s | %d |' % (fn, v['reporter'], v['report_year'], f['made'], lay.replace('|', '\\|'),
                                                       len(v['measures'])))
    out.append('')
    out.append(readme_text.CONVENTIONS)
    # type mapping table
    tm = OrderedDict()
    for f in FILES:
        for r in f['rows']:
            tm.setdefault(r[3], canon_type(r[3]))
    out += ['Printed type words and their canonical type:', '', '| printed | canonical |', '|---|---|']
    for k in sorted(tm, key=lambda s: (tm[s], s.lower())):
        out.append('| %s | %s |' % (k, tm[k]))
    out.append('')
    out.append(readme_text.IDENTITY)
    out += ['## Same-tiltak groups (generated)', '']
    for t in sorted(ids, key=lambda x: (x[0], int(x[1:]))):
        l = ids[t]
        if len(l) < 2:
            continue
        items = ['%s %d «%s»%s' % (SHORTREP.get(v['reporter'], v['reporter']), v['report_year'], m['title'], ' (cont.)' if m['continues'] else '')
                 for _, v, m in l]
        out.append('- **%s**: %s' % (t, '; '.join(items)))
    out += ['', '## Near-miss groups (every pair of rows of different tiltak inside a group is in near_misses.json)', '']
    for g, why in NEAR:
        names = []
        for t in g:
            _, v, m = ids[t][0]
            names.append('%s «%s»' % (t, m['title']))
        out.append('- %s: %s' % (why, '; '.join(names)))
    out += ['', '## Single-row tiltak', '']
    singles = ['%s (%s %d «%s»)' % (t, SHORTREP.get(l[0][1]['reporter'], l[0][1]['reporter']), l[0][1]['report_year'], l[0][2]['title'])
               for t, l in sorted(ids.items(), key=lambda kv: (kv[0][0], int(kv[0][1:]))) if len(l) == 1]
    out.append('; '.join(singles))
    out.append('')
    return '\n'.join(out)
