# -*- coding: utf-8 -*-
"""Build every report file of batch match50 and write expected.json + near_misses.json.
Usage: /work/blind/.venv50/bin/python build.py"""
import glob, itertools, json, os, shutil, subprocess
from common import FILES, HERE, BUILD
import build_docx, build_pdf

TYPES = {"FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement", "Annet", None}

# Groups of look-alike but DIFFERENT measures (by tiltak_id). Every pair of rows from different ids in a group
# becomes a near-miss pair.
NEAR_GROUPS = [
    ["TV_UNIO", "TV_YS", "TV_LO"],                                            # each union's own shop-steward course
    ["SFJ_PLAN", "MR_PLAN", "VL_PLAN"],                                       # three counties' own regional plans
    ["MR_ALLIANSE", "VL_FORUM", "SFJ_PLAN"],                                  # regional partnerships/forums
    ["SFJ_KARR", "MR_KARR", "VL_KARR", "LO_KARRSENTER", "NAV_KARR"],          # county/career-centre measures
    ["UNIO_FIN", "KS_FINMOD", "NHO_SKATT", "AVKASTNING"],                     # EVU financing studies
    ["NHO_FAGINNOV", "NHO_FAGGRONN", "NHO_GODEEKS", "NHO_SKATT", "NHO_YON", "NHO_BAROMETER"],  # NHO's reports
    ["AKA_MENON", "AKA_EVU", "AKA_ELDRE", "AKA_TEKNA", "AKA_FRAMTID"],         # Akademikerne's research reports
    ["KPLUSS_FAG", "KPLUSS", "VOFO_PROMO", "VOFO_EVAL", "SPEKTER_SOK"],       # Kompetansepluss variants
    ["HURTIG", "LO_HURTIG", "NHO_HURTIG", "OSLO_HURTIG"],                     # Hurtigsporet scheme vs members' own activities
    ["BRANSJE_HO", "BRANSJE_IND", "BRANSJE_VARE"],                            # three different industry programmes
    ["DIGIFLEKS", "KS_DIGI", "UNIO_DIGI", "VIRKE_PERMITT", "VL_PERMITT"],     # digital-competence measures
    ["SPEKTER_MOTEPLASS", "SPEKTER_LO_KONF", "SPEKTER_INTEGR", "LO_ARENA"],   # conferences
    ["SRY", "RSA", "LO_RSA", "UHR"],                                          # education-work councils
    ["VIRKE_LITT", "VIRKE_STUDIE", "YS_AFI"],                                 # studies of digital change
    ["VOFO_FAFO", "STUDUTRED", "VOFO_REGEL", "UNIO_STUDIE"],                  # studieforbund measures
    ["SFJ_HVL", "MR_FAGSKULE"],                                               # fagskole collaborations
    ["MR_INNV", "NAV_NORSK", "INTRO", "SFJ_HELSE", "SPEKTER_INTEGR"],         # immigrant training
    ["VIRKE_LEDER", "VIRKE_HRNETT", "SPEKTER_NETTVERK"],                      # HR/leadership networks
    ["KARRDIG", "KVALRAMME", "NFK"],                                          # national career-guidance measures
    ["ASD_OPPL", "NAV_UTD"],                                                  # NAV training measures
    ["KS_MONITOR", "KS_TEKLAER", "KS_LAERINGSARENA"],                         # KS's own FoU
    ["VOFO_REGION", "VOFO_KONSULENT"],                                        # VOFO's two regional measures
]


def convert_libreoffice():
    srcs = sorted(glob.glob(os.path.join(BUILD, "*.docx")))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", os.path.join(BUILD, "pdf")] + srcs,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    for s in srcs:
        pdf = os.path.join(BUILD, "pdf", os.path.basename(s)[:-5] + ".pdf")
        shutil.copy(pdf, os.path.join(HERE, os.path.basename(pdf)))


def expected():
    out = {}
    seen = {}   # (reporter, id) -> earliest year
    for f in sorted(FILES, key=lambda f: f["year"]):
        for r in f["rows"]:
            key = (f["reporter"], r["id"])
            seen.setdefault(key, f["year"])
    for f in FILES:
        ms = []
        for r in f["rows"]:
            assert r["ty"] in TYPES, r
            ms.append({"title": r["t"], "delmal": sorted(r["d"]), "type": r["ty"], "responsible": r["r"],
                       "partners": r["p"], "period": r["per"], "description": r["desc"], "tiltak_id": r["id"],
                       "continues": seen[(f["reporter"], r["id"])] < f["year"]})
        out[f["file"]] = {"reporter": f["reporter"], "report_year": f["year"], "measures": ms}
    return out


def near_misses():
    rows = [(f["file"], r["t"], r["id"]) for f in FILES for r in f["rows"]]
    pairs = set()
    for g in NEAR_GROUPS:
        members = [x for x in rows if x[2] in g]
        for a, b in itertools.combinations(members, 2):
            if a[2] != b[2]:
                pairs.add(tuple(sorted([(a[0], a[1]), (b[0], b[1])])))
    return [[list(a), list(b)] for a, b in sorted(pairs)]


if __name__ == "__main__":
    if os.path.isdir(BUILD): shutil.rmtree(BUILD)
    for fn in build_docx.ALL: fn()
    convert_libreoffice()
    for fn in build_pdf.ALL: fn()
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    nm = near_misses()
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(nm, fh, ensure_ascii=False, indent=1)
    shutil.rmtree(BUILD)
    print("files:", len(FILES), "rows:", sum(len(f["rows"]) for f in FILES), "near-miss pairs:", len(nm))
