# -*- coding: utf-8 -*-
"""Build batch match45: every report file + expected.json + near_misses.json from batch_data.py.
Run: /work/blind/.venv45/bin/python make_batch.py"""
import json, os, sys, itertools
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE); os.chdir(HERE)
import batch_data as B
from render_a import reg17, lo17, ks17, spe18, nho18, vofo19
from render_b import reg20, ks20, vl20, lo21, nho21
from render_c import hk21, nav21, in22
from render_d import reg23, vl23, hk23, nho24
from render_e import ks24, lo25, hk25, vl26
RENDER = {
 '2017_Regjeringen_oppfolging.pdf': reg17, '2017_LO_styresak.docx': lo17, '2017_KS_rapport.docx': ks17,
 '2018_Spekter_epost.pdf': spe18, '2018_NHO_rapport.docx': nho18, '2019_VOFO_skjema.docx': vofo19,
 '2020_Regjeringen_oppfolging.docx': reg20, '2020_KS_tabell.pdf': ks20, '2020_Vestland_rapport_nn.docx': vl20,
 '2021_LO_rapport.pdf': lo21, '2021_NHO_nettside.pdf': nho21, '2021_HKdir_rapport.docx': hk21, '2021_NAV_notat.pdf': nav21,
 '2022_Innlandet_arsrapport.docx': in22, '2023_Regjeringen_oppfolging.pdf': reg23, '2023_Vestland_arsmelding_nn.pdf': vl23,
 '2023_HKdir_rapport.pdf': hk23, '2024_NHO_rapport.docx': nho24, '2024_KS_skjema.pdf': ks24, '2025_LO_rapport.docx': lo25,
 '2025_HKdir_rapport.docx': hk25, '2026_Vestland_rapport_nn.pdf': vl26,
}

def expected():
    seen = {}   # (reporter, tid) -> first year
    for f in sorted(B.FILES, key=lambda f: f['year']):
        for r in f['rows']:
            k = (f['reporter'], r['tid'])
            seen.setdefault(k, f['year'])
    out = {}
    for f in B.FILES:
        ms = []
        for r in f['rows']:
            ms.append(dict(title=r['title'], delmal=r['delmal'], type=r['type'], responsible=r['responsible'], partners=r['partners'],
                           period=r['period'], description=r['description'], tiltak_id=r['tid'],
                           continues=seen[(f['reporter'], r['tid'])] < f['year']))
        out[f['file']] = dict(reporter=f['reporter'], report_year=f['year'], measures=ms)
    return out

def near_misses():
    where = {}
    for f in B.FILES:
        for r in f['rows']:
            where.setdefault(r['tid'], []).append([f['file'], r['title']])
    pairs = set()
    for name, ids in B.NEAR_MISS_GROUPS:
        for a, b in itertools.combinations(ids, 2):
            for x in where[a]:
                for y in where[b]:
                    pairs.add(tuple(sorted([tuple(x), tuple(y)])))
    return [[list(p[0]), list(p[1])] for p in sorted(pairs)]

if __name__ == '__main__':
    only = sys.argv[1:]
    for f in B.FILES:
        if only and f['file'] not in only: continue
        RENDER[f['file']](f, os.path.join(HERE, f['file']))
        print('wrote', f['file'])
    json.dump(expected(), open('expected.json', 'w'), ensure_ascii=False, indent=1)
    json.dump(near_misses(), open('near_misses.json', 'w'), ensure_ascii=False, indent=1)
    print('expected.json, near_misses.json')
