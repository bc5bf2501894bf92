# -*- coding: utf-8 -*-
"""Build batch match32: 22 report files + expected.json + near_misses.json from batch_data.FILES.
Run: /work/blind/.venv32/bin/python make_batch.py [--check]"""
import json, os, re, sys, zipfile, html
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import batch_data as B
from batch_data_common import OLD2NEW
import render_pdf_a as PA, render_pdf_a2 as PA2, render_pdf_b as PB, render_pdf_b2 as PB2
import render_docx_a as DA, render_docx_b as DB, render_docx_c as DC

RENDER = {
    "2017_Spekter_strategiliste_med_svar.pdf": PA.spekter2017,
    "2017_LO_snakkepunkter.docx": DA.lo2017,
    "2018_NHO_handbok_registerfaner.pdf": PA.nho2018,
    "2018_YS_to_sider_per_ark.pdf": PA.ys2018,
    "2019_SognogFjordane_overforingsliste.docx": DA.sfj2019,
    "2019_Regjeringen_innspillsmoter.docx": DA.regjeringen2019,
    "2019_Virke_kompetansekvittering.pdf": PA2.virke2019,
    "2019_Akademikerne_forbundsbidrag.docx": DA.akademikerne2019,
    "2020_KS_tiltakshjul.pdf": PA2.ks2020,
    "2020_Unio_kronikk_faktaboks.docx": DB.unio2020,
    "2020_VOFO_ren_tekst_epost.pdf": PA2.vofo2020,
    "2021_LO_felles_matrise_merket.docx": DB.lo2021,
    "2021_Vestland_statistikktabell.pdf": PB.vestland2021,
    "2021_NAV_veilederstotte.docx": DB.nav2021,
    "2022_Spekter_karusell.pdf": PB.spekter2022,
    "2022_HKdir_portaleksport.docx": DB.hkdir2022,
    "2023_Trondelag_teksting.pdf": PB.trondelag2023,
    "2024_Regjeringen_meldingsutdrag.pdf": PB2.regjeringen2024,
    "2024_NHO_nordisk_sammenlikning.docx": DC.nho2024,
    "2025_Vestland_regionoversikt.docx": DC.vestland2025,
    "2025_KS_oppfolgingssporsmal.pdf": PB2.ks2025,
    "2026_HKdir_ki_samtale.docx": DC.hkdir2026,
}


def sanity():
    B.check()
    for f in B.FILES:
        assert f["file"] in RENDER, f["file"]
        for m in f["measures"]:
            if "under" in m:
                assert sorted(OLD2NEW[u] for u in m["under"]) == m["delmal"], m["title"]
            if "nr" in m:
                nums = [int(x) for x in re.findall(r"\d+", m["nr"])]
                assert sorted(OLD2NEW[u] for u in nums) == m["delmal"], m["title"]
    assert len(RENDER) == 22


def ground_truth():
    cont = B.compute_continues()
    exp = {}
    for f in B.FILES:
        exp[f["file"]] = {"reporter": f["reporter"], "report_year": f["year"], "measures": [
            {"title": m["title"], "delmal": sorted(m["delmal"]), "type": m["type"], "responsible": m["resp"],
             "partners": list(m["partners"]), "period": m["period"], "description": m["desc"],
             "tiltak_id": m["tid"], "continues": cont[(f["file"], m["title"])]} for m in f["measures"]]}
    pairs = [[a, b] for a, b, g in B.near_miss_pairs()]
    return exp, pairs


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def file_text(path):
    if path.endswith(".pdf"):
        import pdfplumber
        out = []
        with pdfplumber.open(path) as p:
            for pg in p.pages:
                if "to_sider_per_ark" in path:   # 2-up sheet: read left half, then right half
                    w = pg.width
                    out += [pg.crop((0, 0, w / 2, pg.height)).extract_text() or "", pg.crop((w / 2, 0, w, pg.height)).extract_text() or ""]
                else:
                    out.append(pg.extract_text() or "")
        return "\n".join(out)
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                parts.append(c.text)
    z = zipfile.ZipFile(path)
    for n in z.namelist():
        if n.endswith(".htm"):
            parts.append(html.unescape(re.sub(r"<[^>]+>", " ", z.read(n).decode("utf-8"))))
    return "\n".join(parts)


def verify(outdir):
    """Every title, description and period must be present in the file's text (exactly after whitespace
    normalisation, or - for text wrapped inside narrow columns/cues - as all its words in order)."""
    report = {}
    for f in B.FILES:
        txt = norm(file_text(os.path.join(outdir, f["file"])))
        flat = norm(re.sub(r"\{\\an\d\}|</?[bi]>|[|+]", " ", txt))
        res = []
        for m in f["measures"]:
            for key in ("title", "desc", "period"):
                v = norm(m[key])
                if v in txt:
                    res.append("exact")
                elif v in flat:
                    res.append("joined")
                else:
                    words = v.split()
                    pos, ok = 0, True
                    for w in words:
                        i = flat.find(w, pos)
                        if i < 0:
                            ok = False; break
                        pos = i + len(w)
                    res.append("words" if ok else "MISSING:" + key + ":" + v[:50])
        bad = [r for r in res if r.startswith("MISSING")]
        report[f["file"]] = (len(res), sum(r == "exact" for r in res), bad)
    return report


def main():
    sanity()
    outdir = HERE
    for f in B.FILES:
        RENDER[f["file"]](f, os.path.join(outdir, f["file"]))
    exp, pairs = ground_truth()
    with open(os.path.join(outdir, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(outdir, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(pairs, fh, ensure_ascii=False, indent=1)
    rows = sum(len(v["measures"]) for v in exp.values())
    print(f"built {len(exp)} files, {rows} rows, {len(pairs)} near-miss pairs")
    if "--check" in sys.argv:
        for fn, (n, ex, bad) in verify(outdir).items():
            print(f"  {fn:48s} {ex:3d}/{n:3d} exact  {'OK' if not bad else bad}")


if __name__ == "__main__":
    main()
