#!/usr/bin/env python3
"""Rebuild batch match30: render every report in src/data.py, write expected.json,
near_misses.json, and check that the files open and the printed text holds the truth."""
import json, os, re, sys, zipfile, itertools, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import data
import tpl_docx, tpl_pdf

def template_fn(name):
    for mod in (tpl_docx, tpl_pdf):
        if hasattr(mod, "t_" + name):
            return getattr(mod, "t_" + name)
    return None

def ground_truth(built):
    reps = sorted(built, key=lambda r: (r["year"], r["file"]))
    ids, seen_by = {}, {}
    out = {}
    for r in reps:
        ms = []
        for row in r["rows"]:
            k = row["key"]
            if k not in ids:
                ids[k] = "T%02d" % (len(ids) + 1)
            prev = seen_by.get((r["reporter"], k), [])
            cont = any(y < r["year"] for y in prev)
            ms.append(dict(title=row["title"],
                           delmal=sorted(row["dm"]) if row.get("show_dm", True) else [],
                           type=row["typ"], responsible=row["resp"],
                           partners=list(row["partners"]), period=row["period"],
                           description=row["desc"], tiltak_id=ids[k], continues=cont))
        for row in r["rows"]:
            seen_by.setdefault((r["reporter"], row["key"]), []).append(r["year"])
        out[r["file"]] = dict(reporter=r["reporter"], report_year=r["year"], measures=ms)
    return out, ids

# near-miss key groups: every pair of different keys inside a group is a look-alike pair
NEAR = [
 ("unions' own courses for tillitsvalgte", ["LO_TVSKOLE", "UNIO_TVKURS", "YS_SKOLEN"]),
 ("digital-skills courses of different members", ["YS_DIGNETT", "VOFO_DIGI", "NAV_DIGKOMP", "AKAD_TEKNA", "VIRKE_HANDEL"]),
 ("counties' own competence plans/strategies", ["SF_KOMPSTRAT", "VL_PLAN", "TRL_STRAT"]),
 ("counties' own partnership forums", ["VL_KOMPALL", "TRL_FORUM"]),
 ("career-guidance centres / NAV guidance", ["KARRIERE_SF_VL", "TRL_KARRIERE", "NAV_KARRIERE"]),
 ("national quality framework vs Vestland's roll-out", ["KVALRAMME", "VL_KVALRAMME"]),
 ("national online guidance vs Vestland's own", ["DIGKARR", "VL_DIGKARR"]),
 ("national modular trial vs county adult-education offers", ["MODUL", "VL_MODUL", "SF_VAKSENOPPL"]),
 ("two counties' teacher secondment schemes", ["SF_HOSP", "TRL_HOSP"]),
 ("fagbrev: pilot vs national scheme vs county/NAV variants", ["LO_FBPJ_PILOT", "FAGBREV", "TRL_FBPJ", "NAV_FAGBREV_PILOT", "NAV_FAGBREV_NAT", "UTV_UTD"]),
 ("old vs new samfunnskontrakt, and Spekter's letter", ["SAMFKONTR1", "SAMFKONTR2", "SPK_LAERLBREV"]),
 ("Unio conferences 2019 vs 2023 and the reform input meeting", ["UNIO_KONF19", "UNIO_KONF23", "UNIO_KOMPREF"]),
 ("Spekter's different conferences", ["SPK_LOKONF", "SPK_MOTEPLASS", "SPK_INTEGR", "SPK_SOKEKONF"]),
 ("Kompetanseløft 2020 vs its successor 2025", ["KOMPLOFT2020", "KOMPLOFT2025"]),
 ("bransjeprogram vs its evaluation vs Virke's own trade programme", ["BRANSJE", "BRANSJE_EVAL", "VIRKE_HANDEL"]),
 ("two members' barometers", ["NHO_KOMPBAROM", "YS_BAROM"]),
 ("SRY vs faglige råd vs RSA", ["SRY", "LO_FAGLRAAD", "RSA"]),
 ("BIO transfer reform vs the county's BIO scheme", ["BIO_OVERF", "TRL_BIO"]),
 ("Kompetansepluss vs a conference about it vs studieforbund language courses", ["KPLUSS", "SPK_SOKEKONF", "VOFO_STUDIEFORB"]),
 ("AMO courses and volunteer language courses", ["AMO_NORSK", "NAV_DIGKOMP", "VOFO_STUDIEFORB"]),
 ("EVU expert committee vs tariff committee vs reform input", ["EVU_UTV", "TARIFF_EVU", "UNIO_KOMPREF"]),
 ("members' own HR/learning networks", ["SPK_ARBGNETT", "VIRKE_HRNETT", "VOFO_NETTVERK"]),
 ("YS digital course vs YS AI report", ["YS_DIGNETT", "YS_KI"]),
 ("digitalisation working group vs Unio's own workshop", ["DIGGRUPPE", "UNIO_DIGWS"]),
]

def near_misses(built):
    rows = {}
    for r in sorted(built, key=lambda r: (r["year"], r["file"])):
        for row in r["rows"]:
            rows.setdefault(row["key"], []).append([r["file"], row["title"]])
    pairs, seen = [], set()
    for _, keys in NEAR:
        for a, b in itertools.combinations(keys, 2):
            for x in rows.get(a, []):
                for y in rows.get(b, []):
                    t = (tuple(x), tuple(y))
                    if t not in seen and x[0] is not None:
                        seen.add(t); pairs.append([x, y])
    return pairs

def norm(s):
    return re.sub(r"\s+", "", s).lower()

def text_of(path):
    if path.endswith(".pdf"):
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            t = "\n".join((p.extract_text() or "") for p in pdf.pages)
            n = len(pdf.pages)
        from pdfminer.high_level import extract_text
        return t + "\n#####\n" + extract_text(path), n
    import docx
    docx.Document(path)  # must open
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode("utf8") for n in z.namelist()
                      if n.startswith("word/") and n.endswith(".xml"))
    xml = re.sub(r"<w:instrText[^>]*>.*?</w:instrText>", "", xml, flags=re.S)
    xml = re.sub(r"<w:tab/>|</w:p>", " ", xml)
    return re.sub(r"<[^>]+>", "", xml), 0

def main():
    only = sys.argv[1:]
    built = []
    for r in data.REPORTS:
        fn = template_fn(r["template"])
        if fn is None:
            print("  (no template yet) ", r["file"]); continue
        path = os.path.join(HERE, r["file"])
        if not only or any(o in r["file"] for o in only):
            fn(r, path)
        if os.path.exists(path):
            built.append(r)
    gt, ids = ground_truth(built)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf8") as f:
        json.dump(gt, f, ensure_ascii=False, indent=1)
    nm = near_misses(built)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf8") as f:
        json.dump(nm, f, ensure_ascii=False, indent=1)
    # checks
    bad = 0
    for r in built:
        path = os.path.join(HERE, r["file"])
        txt, npages = text_of(path)
        nt = norm(txt)
        for m in gt[r["file"]]["measures"]:
            for fld in ("title", "description", "period", "responsible"):
                v = m[fld]
                if v and norm(v) not in nt:
                    bad += 1; print("  MISSING %-11s %s: %s" % (fld, r["file"], v[:70]))
            for p in m["partners"]:
                if norm(p) not in nt:
                    bad += 1; print("  MISSING partner     %s: %s" % (r["file"], p))
    nrows = sum(len(v["measures"]) for v in gt.values())
    ncont = sum(m["continues"] for v in gt.values() for m in v["measures"])
    write_readme(built, gt)
    print("files %d  rows %d  tiltak %d  continuing %d  near-miss pairs %d  problems %d" % (
        len(gt), nrows, len({m['tiltak_id'] for v in gt.values() for m in v['measures']}), ncont, len(nm), bad))


def write_readme(built, gt):
    import collections
    reps = sorted(built, key=lambda r: (r["year"], r["file"]))
    nrows = sum(len(v["measures"]) for v in gt.values())
    tids = collections.OrderedDict()
    for r in reps:
        for m in gt[r["file"]]["measures"]:
            tids.setdefault(m["tiltak_id"], []).append((r["file"], r["reporter"], r["year"], m["title"], m["continues"]))
    multi = {k: v for k, v in tids.items() if len(v) > 1}
    cross = {k: v for k, v in multi.items() if len({x[1] for x in v}) > 1}
    ncont = sum(m["continues"] for v in gt.values() for m in v["measures"])
    nm = json.load(open(os.path.join(HERE, "near_misses.json"), encoding="utf8"))
    L = ["# Blind test batch match30", "",
         "Synthetic Norwegian NKPS follow-up reports (PDF and Word) with ground truth. Rebuild: "
         "`/work/blind/.venv27/bin/python make_batch.py` (needs python-docx, reportlab, pdfplumber).", "",
         "## Counts", "", "| item | n |", "|---|---|",
         "| report files | %d (%d .docx, %d .pdf) |" % (len(reps), sum(r['file'].endswith('.docx') for r in reps), sum(r['file'].endswith('.pdf') for r in reps)),
         "| reporters | %d |" % len({r['reporter'] for r in reps}),
         "| report years | %s |" % ", ".join(str(y) for y in sorted({r['year'] for r in reps})),
         "| nynorsk reports | %d |" % sum(r['lang'] == 'nn' for r in reps),
         "| measure rows | %d |" % nrows, "| distinct tiltak | %d |" % len(tids),
         "| tiltak reported in more than one row | %d |" % len(multi),
         "| tiltak reported by more than one reporter | %d |" % len(cross),
         "| rows with continues=true | %d |" % ncont, "| near-miss pairs | %d |" % len(nm), "",
         "## Files", "", "| file | reporter | year | made with | layout (template) | rows |", "|---|---|---|---|---|---|"]
    for r in reps:
        L.append("| %s | %s | %d | %s | `%s`: %s | %d |" % (r["file"], r["reporter"], r["year"], r["made"], r["template"], r["layout"], len(r["rows"])))
    L += ["", open(os.path.join(HERE, "src", "readme_static.md"), encoding="utf8").read(), "",
          "## Same-tiltak groups (generated)", ""]
    for k, v in multi.items():
        L.append("- **%s**: " % k + "; ".join("%s %d «%s»%s" % (x[1], x[2], x[3], " (cont.)" if x[4] else "") for x in v))
    L += ["", "## Near-miss groups (every pair of different tiltak inside a group is listed in near_misses.json)", ""]
    for why, keys in NEAR:
        L.append("- %s: %s" % (why, ", ".join(keys)))
    open(os.path.join(HERE, "README.md"), "w", encoding="utf8").write("\n".join(L) + "\n")

if __name__ == "__main__":
    main()
