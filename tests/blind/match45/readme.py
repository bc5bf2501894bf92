# -*- coding: utf-8 -*-
"""Writes README.md from batch_data.py, expected.json and near_misses.json."""
import json, os, itertools
from collections import defaultdict
os.chdir(os.path.dirname(os.path.abspath(__file__)))
import batch_data as B
e = json.load(open('expected.json')); nm = json.load(open('near_misses.json'))
rows = [(fn, v['reporter'], v['report_year'], m) for fn, v in e.items() for m in v['measures']]
rep = defaultdict(set); byid = defaultdict(list)
for fn, r, y, m in sorted(rows, key=lambda x: (x[2], x[0])):
    rep[m['tiltak_id']].add(r); byid[m['tiltak_id']].append((r, y, m))
multi_rows = sum(1 for t, v in byid.items() if len(v) > 1)
multi_rep = sorted(t for t, v in rep.items() if len(v) > 1)
ch = defaultdict(list)
for fn, r, y, m in sorted(rows, key=lambda x: x[2]): ch[(r, m['tiltak_id'])].append((y, m))
chains = {k: v for k, v in ch.items() if len(v) > 1}
years = sorted({v['report_year'] for v in e.values()})
rp = defaultdict(set)
for v in e.values(): rp[v['reporter']].add(v['report_year'])
L = []
L.append('# Blind test batch match45\n')
L.append('Synthetic Norwegian NKPS follow-up reports (PDF and Word) with ground truth. This batch is made of **ordinary** documents of the kind '
         'members\' office staff send in (letterhead reports, Excel printouts, filled-in forms, e-mails, board papers, annual-report chapters, '
         'ministry notes); its weight is on measures that go on over the years and on the same measure told by different members. '
         'Rebuild: `/work/blind/.venv45/bin/python make_batch.py` (python-docx, reportlab; `check.py` needs pdfplumber). All content is in '
         '`batch_data.py` (FILES, NEAR_MISS_GROUPS and the reasons below); `render_a.py` … `render_e.py` + `kit.py` only render it; '
         '`readme.py` writes this file.\n')
L.append('## Counts\n\n| item | n |\n|---|---|')
L += ['| report files | 22 (11 .docx, 11 .pdf) |', '| reporters | %d |' % len(rp),
      '| report years | %s |' % ', '.join(map(str, years)), '| nynorsk reports | 3 (Vestland 2020, 2023, 2026) |',
      '| reporters with reports in 3 years | %d (%s) |' % (sum(len(v) >= 3 for v in rp.values()), '; '.join('%s %s' % (k, '/'.join(map(str, sorted(v)))) for k, v in rp.items() if len(v) >= 3)),
      '| measure rows | %d |' % len(rows), '| distinct tiltak | %d |' % len(byid),
      '| tiltak reported in more than one row | %d |' % multi_rows, '| tiltak reported by more than one reporter | %d |' % len(multi_rep),
      '| rows with continues=true | %d |' % sum(m['continues'] for *_, m in rows), '| continuing chains (same reporter, same tiltak, ≥2 years) | %d |' % len(chains),
      '| near-miss groups / pairs | %d / %d |' % (len(B.NEAR_MISS_GROUPS), len(nm)), '']
L.append('## Files\n\n| file | reporter | year | made with | layout (template) | rows |\n|---|---|---|---|---|---|')
for f in B.FILES:
    L.append('| %s | %s | %d | %s | `%s`: %s | %d |' % (f['file'], f['reporter'], f['year'], f['made'], f['layout'], f['layout_desc'].replace('|', '\\|'), len(f['rows'])))
L.append('')
L.append(open('conventions.md').read())
L.append('## Same-tiltak groups (reported by more than one member) – and why\n')
for t in multi_rep:
    items = '; '.join('%s %d «%s»%s' % (r, y, m['title'], ' (cont.)' if m['continues'] else '') for r, y, m in byid[t])
    L.append('- **%s** (%s): %s  \n  *Why:* %s' % (t, B.TILTAK.get(t, ''), items, B.WHY_SAME[t]))
L.append('')
L.append('## Continuing chains (same reporter, same tiltak, several years) – and why\n')
for k in sorted(chains, key=lambda k: (k[0], k[1])):
    items = ' → '.join('%d «%s»' % (y, m['title']) for y, m in chains[k])
    L.append('- **%s / %s**: %s  \n  *Why:* %s' % (k[0], k[1], items, B.WHY_CHAIN[k]))
L.append('')
L.append('## Near-miss groups (every pair of different tiltak inside a group is in near_misses.json) – and why\n')
for i, (name, ids) in enumerate(B.NEAR_MISS_GROUPS):
    parts = []
    for t in ids:
        parts.append('%s [%s]' % (t, '; '.join('%s %d «%s»' % (r, y, m['title']) for r, y, m in byid[t])))
    L.append('- **%s**: %s  \n  *Why apart:* %s' % (name, ' vs '.join(parts), B.WHY_NEAR[i]))
L.append('')
open('README.md', 'w').write('\n'.join(L) + '\n')
print('README.md written')
