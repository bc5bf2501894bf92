# -*- coding: utf-8 -*-
"""Build batch match48: render every file, convert the LibreOffice ones, write expected.json + near_misses.json."""
import json, os, shutil, subprocess, sys, itertools, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from data import FILES, NEAR_GROUPS
import render_docx as RD
import render_pdf as RP

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "gen", "lo_sources")

RENDER = {
    "Regjeringen_KD_oppfolging_NKPS_2017.docx": RD.regjeringen_2017,
    "KD_presentasjon_KPR_2019.pdf": RP.slides_2019,
    "LO_epost_rapportering_2018.pdf": RP.email_2018,
    "LO kompetanserapport 2019 (kopi).docx": RD.lo_2019,
    "NHO_svar_skjema_rapportering_2018.pdf": RP.forms_2018,
    "NHO_rapportskjema_NKPS_2020.docx": RD.nho_2020,
    "KS_rapport_kompetansestrategien_2018.docx": RD.ks_2018,
    "KS_NKPS_tiltakstabell_2019.pdf": ("lo", RD.ks_2019_src),
    "Spekter_NKPS_rapport_2017.docx": RD.spekter_2017,
    "Spekter_oppfolging_NKPS_2018.pdf": RP.hyphen_2018,
    "Virke_tiltaksoversikt_2018.pdf": RP.virke_2018,
    "Virke_rapport_Kompetansepolitisk_raad_2020.docx": RD.virke_2020,
    "YS_rapportering_NKPS_2019.pdf": ("lo", RD.ys_2019_src),
    "Unio_oppfolging_2018.docx": RD.unio_2018,
    "Akademikerne_rapport_2018.docx": RD.akademikerne_2018,
    "VOFO_rapport_NKPS_2018.pdf": ("lo", RD.vofo_2018_src),
    "VOFO_rapportering_2021.docx": RD.vofo_2021,
    "More_og_Romsdal_fylkeskommune_rapport_2018.docx": RD.more_romsdal_2018,
    "Vestland_fylkeskommune_NKPS_2021.pdf": ("lo", RD.vestland_2021_src),
    "NAV_Arbeids-og_velferdsdirektoratet_NKPS_2022.pdf": RP.nav_2022,
    "HK-dir_tiltak_kompetansepolitikk_2023.docx": RD.hkdir_2023,
    "KS_nyhetsbrev_kompetanse_2025.pdf": ("lo", RD.ks_2025_src),
}


def compute_continues():
    seen = {}  # (reporter, tid) -> first year
    for f in FILES:
        for m in f["measures"]:
            seen.setdefault((f["reporter"], m["tid"]), []).append(f["year"])
    for f in FILES:
        for m in f["measures"]:
            m["continues"] = any(y < f["year"] for y in seen[(f["reporter"], m["tid"])])


def expected():
    out = {}
    for f in FILES:
        out[f["name"]] = {"reporter": f["reporter"], "report_year": f["year"], "measures": [
            {"title": m["title"], "delmal": m["delmal"], "type": m["type"], "responsible": m["resp"],
             "partners": m["partners"], "period": m["period"], "description": m["desc"], "tiltak_id": m["tid"],
             "continues": m["continues"]} for m in f["measures"]]}
    return out


def near_misses():
    rows = {}
    for f in FILES:
        for m in f["measures"]:
            rows.setdefault(m["tid"], []).append([f["name"], m["title"]])
    pairs, seen = [], set()
    for _, ids in NEAR_GROUPS:
        for a, b in itertools.combinations(ids, 2):
            assert a in rows and b in rows, (a, b)
            for ra in rows[a]:
                for rb in rows[b]:
                    key = tuple(sorted([tuple(ra), tuple(rb)]))
                    if key not in seen:
                        seen.add(key)
                        pairs.append([ra, rb])
    return pairs


def main():
    compute_continues()
    os.makedirs(SRC, exist_ok=True)
    earlier = {}
    for f in FILES:
        out = os.path.join(ROOT, f["name"])
        r = RENDER[f["name"]]
        if isinstance(r, tuple):
            src = os.path.join(SRC, os.path.splitext(f["name"])[0] + ".docx")
            r[1](f, src)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", SRC, src], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.copy(os.path.splitext(src)[0] + ".pdf", out)
        elif r is RD.vofo_2021:
            ids = {m["tid"] for g in FILES if g["reporter"] == "VOFO" and g["year"] < f["year"] for m in g["measures"]}
            r(f, out, ids)
        else:
            r(f, out)
        print("built", f["name"])
    with open(os.path.join(ROOT, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=1)
    nm = near_misses()
    with open(os.path.join(ROOT, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(nm, fh, ensure_ascii=False, indent=1)
    print("near-miss pairs:", len(nm))


if __name__ == "__main__":
    main()
