# -*- coding: utf-8 -*-
"""Verify every ground-truth value of batch match56 appears in the built file's extracted text; print counts."""
import json, os, re, sys, collections
import pdfplumber, docx
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import FILES, WORDS

OUT = "/work/blind/match56"
DM = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "out", "dmodes.json")))


def norm(s):
    s = s.replace("\u00ad", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def text_pdf(path):
    parts = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            parts.append(pg.extract_text() or "")
            for tb in pg.extract_tables():
                for row in tb:
                    parts.extend(c or "" for c in row)
    return norm("\n".join(parts))


def text_docx(path):
    d = docx.Document(path)
    parts = [p.text for p in d.paragraphs]

    def tables(ts):
        for t in ts:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
                    tables(c.tables)
    tables(d.tables)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return norm("\n".join(parts))


def main():
    exp = json.load(open(os.path.join(OUT, "expected.json")))
    near = json.load(open(os.path.join(OUT, "near_misses.json")))
    files = {f["name"]: f for f in FILES}
    assert set(exp) == set(files), "expected.json does not match data"
    extra = set(os.listdir(OUT)) - set(exp) - {"expected.json", "near_misses.json", "README.md"}
    assert not extra, f"unexpected files in folder: {extra}"
    bad = 0
    for fn, d in exp.items():
        f = files[fn]
        txt = text_pdf(os.path.join(OUT, fn)) if fn.endswith(".pdf") else text_docx(os.path.join(OUT, fn))
        mode = DM[fn]
        assert d["reporter"] and d["reporter"].split()[0] in txt or fn.startswith("HK"), (fn, "reporter")
        for m, g in zip(f["measures"], d["measures"]):
            need = [g["title"]] + ([g["responsible"]] if g["responsible"] else []) + g["partners"]
            need += [x for x in (g["period"], g["description"]) if x]
            if g["type"] is not None:
                need.append(m["tp"])
            if mode == "dp":
                need.append(m["dp"])
            elif mode == "matrix":
                need += g["delmal"]
            elif mode == "words":
                need += [WORDS[c] for c in g["delmal"]]
            elif mode == "secwords":
                need.append(WORDS[m["sec"]])
            elif mode == "sec":
                need.append(m["sec"])
            elif mode == "group":
                need.append(f"{g['delmal'][0]} {WORDS[g['delmal'][0]]}")
            elif mode == "ticks":
                need += ["✓ " + c for c in g["delmal"]]
            elif mode == "legend":
                need.append(m["dp"])
                need += [f"{k}) = delmål {f['legend'][k]}" for k in re.findall(r"[a-z]", m["dp"])]
                derived = sorted(f["legend"][k] for k in re.findall(r"[a-z]", m["dp"]))
                assert derived == g["delmal"], (fn, g["title"], derived)
            for x in need:
                if norm(x) not in txt:
                    bad += 1
                    print(f"MISSING in {fn}: {x!r}  (row: {g['title'][:50]})")
            assert g["type"] in (None, "FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon",
                                 "Arrangement", "Annet")
    # near-miss sanity: both rows exist and have different tiltak ids
    idx = {(fn, m["title"]): m["tiltak_id"] for fn, d in exp.items() for m in d["measures"]}
    for a, b in near:
        assert tuple(a) in idx and tuple(b) in idx and idx[tuple(a)] != idx[tuple(b)], (a, b)
    # counts
    rows = [(fn, m, d) for fn, d in exp.items() for m in d["measures"]]
    ids = collections.defaultdict(list)
    for fn, m, d in rows:
        ids[m["tiltak_id"]].append(d["reporter"])
    c = collections.OrderedDict(
        files=len(exp), docx=sum(fn.endswith(".docx") for fn in exp), pdf=sum(fn.endswith(".pdf") for fn in exp),
        reporters=len({d["reporter"] for d in exp.values()}),
        years=f"{min(d['report_year'] for d in exp.values())}–{max(d['report_year'] for d in exp.values())} "
              f"({len({d['report_year'] for d in exp.values()})} distinct)",
        nynorsk=sum(bool(f["nynorsk"]) for f in FILES),
        measure_rows=len(rows), distinct_tiltak=len(ids),
        tiltak_in_more_than_one_row=sum(len(v) > 1 for v in ids.values()),
        tiltak_by_more_than_one_reporter=sum(len(set(v)) > 1 for v in ids.values()),
        continues_true=sum(m["continues"] for fn, m, d in rows), near_miss_pairs=len(near))
    for k, v in c.items():
        print(f"{k:34s} {v}")
    print("per file:")
    for fn, d in exp.items():
        print(f"  {fn:50s} {d['reporter']:32s} {d['report_year']}  {len(d['measures'])}")
    print("RESULT:", "PASS" if bad == 0 else f"FAIL ({bad} missing)")
    json.dump(c, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "out", "counts.json"), "w"),
              ensure_ascii=False)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
