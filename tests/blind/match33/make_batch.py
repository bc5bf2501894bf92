# -*- coding: utf-8 -*-
"""Build batch match33: 22 report files + expected.json + near_misses.json + README.md.

Run:  /work/blind/.venv33/bin/python make_batch.py [FILE ...]
All content is in batch_data_*.py (FILES_A..FILES_F + NEAR_MISS_GROUPS);
the r_*.py modules only render it.
"""
import importlib
import itertools
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from batch_common import CODES, TYPES  # noqa: E402
from batch_data_a import FILES_A  # noqa: E402
from batch_data_b import FILES_B  # noqa: E402
from batch_data_c import FILES_C  # noqa: E402
from batch_data_d import FILES_D  # noqa: E402
from batch_data_e import FILES_E  # noqa: E402
from batch_data_f import FILES_F, NEAR_MISS_GROUPS  # noqa: E402

FILES = FILES_A + FILES_B + FILES_C + FILES_D + FILES_E + FILES_F

# file name -> (module, function)
RENDER = {
    "2017_LO_brev_rapportering.docx": ("r_docx_1", "lo_2017"),
    "2017_Spekter_epost_rapportering.pdf": ("r_pdf_1", "spekter_2017"),
    "2018_Regjeringen_notat_oppfolging.pdf": ("r_pdf_1", "regjeringen_2018"),
    "2018_YS_styresak.docx": ("r_docx_1", "ys_2018"),
    "2018_NHO_tiltak_regneark.pdf": ("r_pdf_1", "nho_2018"),
    "2019_Trondelag_arsrapport_kap6.docx": ("r_docx_1", "trondelag_2019"),
    "2019_VOFO_rapport.pdf": ("r_pdf_2", "vofo_2019"),
    "2020_KS_rapporteringsskjema.docx": ("r_docx_1", "ks_2020"),
    "2020_Vestland_rapport.pdf": ("r_pdf_2", "vestland_2020"),
    "2021_LO_tiltaksoversikt.pdf": ("r_pdf_2", "lo_2021"),
    "2021_HKdir_rapport.docx": ("r_docx_2", "hkdir_2021"),
    "2021_NAV_nettside_utskrift.pdf": ("r_pdf_3", "nav_2021"),
    "2022_Spekter_rapport.docx": ("r_docx_2", "spekter_2022"),
    "2022_Unio_rapport.pdf": ("r_pdf_3", "unio_2022"),
    "2023_NHO_notat.docx": ("r_docx_2", "nho_2023"),
    "2023_Vestland_rapport.docx": ("r_docx_2", "vestland_2023"),
    "2024_Regjeringen_rapport_nn.docx": ("r_docx_3", "regjeringen_2024"),
    "2024_HKdir_rapport.pdf": ("r_pdf_3", "hkdir_2024"),
    "2025_KS_rapport.pdf": ("r_pdf_4", "ks_2025"),
    "2025_Nordland_handlingsprogram.docx": ("r_docx_3", "nordland_2025"),
    "2026_Akademikerne_tiltak.docx": ("r_docx_3", "akademikerne_2026"),
    "2026_Virke_rapport.pdf": ("r_pdf_4", "virke_2026"),
}


def mark_continues():
    """continues = the same reporter has the same tiltak_id in an earlier report year."""
    seen = {}
    for f in sorted(FILES, key=lambda f: f["year"]):
        for m in f["measures"]:
            key = (f["reporter"], m["id"])
            m["continues"] = any(y < f["year"] for y in seen.get(key, []))
        for m in f["measures"]:
            seen.setdefault((f["reporter"], m["id"]), []).append(f["year"])


def validate():
    names = [f["file"] for f in FILES]
    assert len(names) == len(set(names)) == 22, len(names)
    assert set(names) == set(RENDER), set(names) ^ set(RENDER)
    ids_all = set()
    for f in FILES:
        ids = [m["id"] for m in f["measures"]]
        assert len(ids) == len(set(ids)), (f["file"], ids)
        titles = [m["t"] for m in f["measures"]]
        assert len(titles) == len(set(titles)), f["file"]
        assert 4 <= len(ids) <= 12, f["file"]
        for m in f["measures"]:
            assert m["ty"] in TYPES and all(c in CODES for c in m["d"]) and m["d"], (f["file"], m["t"])
        ids_all.update(ids)
    for _, grp in NEAR_MISS_GROUPS:
        for i in grp:
            assert i in ids_all, i


def expected():
    out = {}
    for f in FILES:
        out[f["file"]] = dict(
            reporter=f["reporter"], report_year=f["year"],
            measures=[dict(title=m["t"], delmal=m["d"], type=m["ty"], responsible=m["r"], partners=m["p"],
                           period=m["per"], description=m["ds"], tiltak_id=m["id"], continues=m["continues"])
                      for m in f["measures"]])
    return out


def near_misses():
    rows = {}
    for f in FILES:
        for m in f["measures"]:
            rows.setdefault(m["id"], []).append([f["file"], m["t"]])
    pairs, seen = [], set()
    for _, grp in NEAR_MISS_GROUPS:
        for a, b in itertools.combinations(grp, 2):
            for ra in rows[a]:
                for rb in rows[b]:
                    key = tuple(sorted([tuple(ra), tuple(rb)]))
                    if key not in seen:
                        seen.add(key)
                        pairs.append([ra, rb])
    return pairs


def stats():
    rows = [(f, m) for f in FILES for m in f["measures"]]
    by_id = {}
    for f, m in rows:
        by_id.setdefault(m["id"], []).append((f, m))
    multi_row = [i for i, v in by_id.items() if len(v) > 1]
    multi_rep = [i for i, v in by_id.items() if len({f["reporter"] for f, _ in v}) > 1]
    return dict(
        files=len(FILES), docx=sum(f["fmt"] == "docx" for f in FILES), pdf=sum(f["fmt"] == "pdf" for f in FILES),
        reporters=len({f["reporter"] for f in FILES}), years=sorted({f["year"] for f in FILES}),
        nynorsk=sum(f["lang"] == "nn" for f in FILES), rows=len(rows), distinct=len(by_id),
        multi_row=len(multi_row), multi_reporter=len(multi_rep),
        continues=sum(m["continues"] for _, m in rows), near_miss_pairs=len(near_misses()))


def main(only=None):
    mark_continues()
    validate()
    for f in FILES:
        if only and f["file"] not in only:
            continue
        mod, fn = RENDER[f["file"]]
        try:
            module = importlib.import_module(mod)
        except ImportError as e:
            print("skip (no renderer yet):", f["file"], e)
            continue
        getattr(module, fn)(f, os.path.join(HERE, f["file"]))
        print("built", f["file"])
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(near_misses(), fh, ensure_ascii=False, indent=1)
    try:
        import readme_gen
        readme_gen.write(FILES, NEAR_MISS_GROUPS, stats(), os.path.join(HERE, "README.md"))
    except ImportError:
        pass
    print(json.dumps(stats(), ensure_ascii=False))


if __name__ == "__main__":
    main(set(sys.argv[1:]) or None)
