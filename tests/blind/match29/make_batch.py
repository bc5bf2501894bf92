#!/usr/bin/env python3
"""Rebuild batch match29: render reports, write expected.json, near_misses.json, README.md, verify."""
import sys, os, json, re, itertools, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import data_a, data_b, data_c, identity

def all_reports():
    reps = []
    for mod in (data_a, data_b, data_c):
        for k in sorted(dir(mod)):
            if re.fullmatch(r"R\d\d", k):
                reps.append(getattr(mod, k))
    return reps

TPL_MODULES = ["tpl_docx_a", "tpl_docx_b", "tpl_pdf_a", "tpl_pdf_b"]

def renderer(name):
    for m in TPL_MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        f = getattr(mod, "render_" + name, None)
        if f:
            return f
    return None

def build_expected(reps):
    order = sorted(reps, key=lambda r: (r["year"], r["file"]))
    ids, exp, seen = {}, {}, {}
    n = 0
    for r in order:
        rows = []
        for m in r["measures"]:
            if m["key"] not in ids:
                n += 1
                ids[m["key"]] = "T%02d" % n
            cont = any(y < r["year"] for y in seen.get((r["reporter"], m["key"]), []))
            rows.append(dict(title=m["title"], delmal=sorted(m["delmal"]), type=m["type"],
                             responsible=m["responsible"], partners=m["partners"], period=m["period"],
                             description=m["description"], tiltak_id=ids[m["key"]], continues=cont))
        for m in r["measures"]:
            seen.setdefault((r["reporter"], m["key"]), []).append(r["year"])
        exp[r["file"]] = dict(reporter=r["reporter"], report_year=r["year"], measures=rows)
    return order, ids, exp

def near_pairs(order):
    rows = [(r["file"], m["title"], m["key"]) for r in order for m in r["measures"]]
    pairs, seenp = [], set()
    for keys, why in identity.NEAR:
        sel = [x for x in rows if x[2] in keys]
        for a, b in itertools.combinations(sel, 2):
            if a[2] == b[2]:
                continue
            k = tuple(sorted([(a[0], a[1]), (b[0], b[1])]))
            if k in seenp:
                continue
            seenp.add(k)
            pairs.append([[a[0], a[1]], [b[0], b[1]]])
    return pairs

def main():
    reps = all_reports()
    only = sys.argv[1:]
    for r in reps:
        if only and r["tpl"] not in only and r["file"] not in only:
            continue
        f = renderer(r["tpl"])
        if f is None:
            print("NO RENDERER", r["tpl"]); continue
        f(r, os.path.join(HERE, r["file"]))
        print("wrote", r["file"])
    order, ids, exp = build_expected(reps)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    pairs = near_pairs(order)
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as fh:
        json.dump(pairs, fh, ensure_ascii=False, indent=1)
    import readme
    readme.write(HERE, order, ids, exp, pairs)
    rows = sum(len(v["measures"]) for v in exp.values())
    cont = sum(m["continues"] for v in exp.values() for m in v["measures"])
    print("reports", len(exp), "rows", rows, "distinct", len(ids), "continuing", cont, "near-miss pairs", len(pairs),
          "reporters", len({v['reporter'] for v in exp.values()}))

if __name__ == "__main__":
    main()
