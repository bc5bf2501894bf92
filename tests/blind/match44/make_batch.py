"""Build batch match44: 22 report files + expected.json + near_misses.json (+ README via readme.py)."""
import json, os, sys, itertools
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data_a import FILES_A
from data_b import FILES_B
from data_c import FILES_C
from data_d import FILES_D
import render_docx as rd, render_docx2 as rd2, render_pdf as rp, render_pdf2 as rp2, render_pdf3 as rp3
HERE = os.path.dirname(os.path.abspath(__file__))
FILES = sorted(FILES_A + FILES_B + FILES_C + FILES_D, key=lambda f: (f['year'], f['file']))
RENDER = {
 '2017_Regjeringen_oppfolging.docx': rd.r_regj17, '2017_NHO_brev.docx': rd.r_nho17, '2018_Unio_skjema.docx': rd.r_unio18,
 '2019_Spekter_rapport.docx': rd.r_spekter19, '2020_LO_rapport.docx': rd.r_lo20, '2020_Vestland_rapport_nn.docx': rd.r_vestland20,
 '2021_YS_styresak.docx': rd2.r_ys21, '2022_KS_rapport.docx': rd2.r_ks22, '2023_Akademikerne_rapport.docx': rd2.r_aka23,
 '2024_Regjeringen_oppfolging.docx': rd2.r_regj24, '2026_Unio_rapport.docx': rd2.r_unio26,
 '2017_LO_styresak.pdf': rp.r_lo17, '2018_KS_excel.pdf': rp.r_ks18, '2019_Regjeringen_notat.pdf': rp.r_regj19,
 '2019_VOFO_epost.pdf': rp.r_vofo19, '2020_Virke_nettside.pdf': rp.r_virke20, '2021_NHO_rapport.pdf': rp2.r_nho21,
 '2022_HKdir_notat.pdf': rp2.r_hkdir22, '2023_NAV_arsrapport.pdf': rp2.r_nav23, '2024_Vestland_arsmelding_nn.pdf': rp3.r_vestland24,
 '2025_LO_rapport.pdf': rp3.r_lo25, '2025_MoreogRomsdal_rapport_nn.pdf': rp3.r_mr25,
}
NEAR_MISS_GROUPS = [
 ('Kompetansepluss family', ['KPLUSS', 'KPFRIV', 'KPFAG'], 'national scheme (renamed Kompetanseprogrammet) vs its voluntary-sector branch vs NHO/LO pilot linking it to fagopplæring'),
 ('Bransjeprogram', ['BRANSJE', 'EVAL_BRANSJE', 'SPEK_PROG'], 'the programme vs its evaluation vs Spekter\'s own sector programme'),
 ('Union courses for tillitsvalgte', ['LO_DIGKURS', 'UNIO_TV', 'YS_KURS'], 'three unions\' own courses'),
 ('Surveys / barometers', ['NHO_BARO', 'VIRKE_HR', 'YS_BARO', 'LO_KARTL', 'SPEK_SURVEY'], 'each member\'s own survey'),
 ('Karriereveiledning', ['KARRNETT', 'HK_KVAL', 'KARRSENT_VL', 'KARRSENT_MR', 'NAV_KARR'], 'national digital service vs its quality framework vs two counties\' centres vs NAV\'s guidance'),
 ('Members\' own career guidance', ['YS_KARR', 'AKA_ECONA', 'VIRKE_KARR'], 'YS federations vs Econa vs Virke/HK pilot'),
 ('County forums and plans', ['VL_FORUM', 'MR_FORUM', 'VL_REGPLAN', 'VL_REGPLAN2', 'MR_PLAN'], 'two counties\' forums; Vestland\'s plan 2020–2023 vs its successor 2024–2028; Møre og Romsdal\'s strategy'),
 ('Fleksibel opplæring for voksne', ['FLEKSVGO', 'VL_FLEKS', 'MR_FLEKS'], 'national forsøk/right vs two counties\' own models'),
 ('Kompetanseløft', ['KOMPLOFT20', 'KOMPLOFT25'], 'plan vs its successor with a new period'),
 ('Realkompetanse / godkjenning', ['REALK', 'VOFO_REALK'], 'national method for realkompetanse vs VOFO\'s kompetansebevis for voluntary work'),
 ('Norsk og integrering', ['NORSKFRIV', 'NAV_NORSK', 'JOBBSJ'], 'voluntary-sector norsktrening vs NAV\'s norskopplæring vs Jobbsjansen'),
 ('NAV opplæring', ['AMO', 'TOARIG', 'NAV_GRUNN', 'NAV_EVAL'], 'AMO vs fag- og yrkesopplæring vs basic-skills courses vs the evaluation of them'),
 ('Lærlinger og fagbrev', ['FAGJOBB', 'NHO_LAERL', 'KS_LAERL'], 'Fagbrev på jobb vs NHO\'s and KS\' apprenticeship drives'),
 ('BIO', ['VL_BEDRIFT', 'MR_BIO', 'VL_GRONN'], 'two counties\' BIO grants and Vestland\'s green pilot'),
 ('Digital kompetanse', ['NHO_DIGI', 'KS_DIGI', 'AKA_TEKNA', 'VIRKE_KURS', 'SPEK_DIGI'], 'each member\'s own digital/omstilling offer'),
 ('EVU strategies', ['KS_EVU', 'AKA_EVU'], 'KS\' EVU strategy vs Akademikerne\'s EVU input'),
]

def build():
    exp = {}
    seen = {}  # (reporter, tid) -> first year
    for f in FILES:
        for r in f['rows']:
            seen.setdefault((f['reporter'], r['tid']), []).append(f['year'])
    for f in FILES:
        path = os.path.join(HERE, f['file'])
        RENDER[f['file']](f, path)
        ms = []
        for r in f['rows']:
            cont = any(y < f['year'] for y in seen[(f['reporter'], r['tid'])])
            ms.append(dict(title=r['title'], delmal=sorted(r['delmal']), type=r['type'], responsible=r['responsible'], partners=r['partners'],
                           period=r['period'], description=r['description'], tiltak_id=r['tid'], continues=cont))
        exp[f['file']] = dict(reporter=f['reporter'], report_year=f['year'], measures=ms)
    json.dump(exp, open(os.path.join(HERE, 'expected.json'), 'w'), ensure_ascii=False, indent=1)
    rows = [(fn, m['title'], m['tiltak_id']) for fn, v in exp.items() for m in v['measures']]
    pairs = []
    for name, tids, why in NEAR_MISS_GROUPS:
        g = [x for x in rows if x[2] in tids]
        for a, b in itertools.combinations(g, 2):
            if a[2] != b[2]:
                pairs.append([[a[0], a[1]], [b[0], b[1]]])
    json.dump(pairs, open(os.path.join(HERE, 'near_misses.json'), 'w'), ensure_ascii=False, indent=1)
    return exp, pairs

if __name__ == '__main__':
    exp, pairs = build()
    print(len(exp), 'files', sum(len(v['measures']) for v in exp.values()), 'rows', len(pairs), 'near-miss pairs')
    try:
        import readme; readme.write(FILES, exp, pairs, NEAR_MISS_GROUPS)
    except ImportError:
        pass
