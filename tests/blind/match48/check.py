# -*- coding: utf-8 -*-
"""Verify batch match48: every ground-truth value must appear in the built file's extracted text
(pdfplumber for PDF, python-docx for Word), delmål references must map to the coded delmål, printed partner
strings must split into the partner list, type words must map to the type. Prints the counts.
Run:  /work/blind/.venv48/bin/python check.py"""
import json, os, re, sys, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "gen"))
from data import FILES, OLD, WORDS  # noqa: E402

import pdfplumber  # noqa: E402
import docx  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00ad", "").replace("\u00a0", " ").replace("\u2011", "-")
    return re.sub(r"\s+", " ", s).strip()


def variants(raw):
    """PDF text: words may be hyphenated over line ends. Return several normalised readings."""
    raw = unicodedata.normalize("NFC", raw).replace("\u00ad", "")
    a = re.sub(r"-\n(?=\w)", "", raw)          # kompe-\ntanse -> kompetanse
    b = re.sub(r"([-–])\n(?=\w)", r"\1", raw)  # Sørøst-\nNorge -> Sørøst-Norge, 2024–\n2026
    return [norm(raw), norm(a), norm(b)]


# ------------------------------------------------------------------ extraction
def pdf_segments(path):
    segs = []
    with pdfplumber.open(path) as pdf:
        full = []
        prev_last = None
        for page in pdf.pages:
            t = page.extract_text() or ""
            full.append(t)
            w = page.width
            for bbox in [(0, 0, w / 2, page.height), (w / 2, 0, w, page.height)]:
                segs += variants(page.crop(bbox).extract_text() or "")
            tables = page.extract_tables()
            for tb in tables:
                for row in tb:
                    for cell in row:
                        if cell:
                            segs += variants(cell)
            # a table row split over the page break: stitch last row of previous page to first body row here
            if tables and prev_last is not None:
                first = tables[0]
                cont = first[1] if len(first) > 1 and first[0] == prev_hdr else first[0]
                if len(cont) == len(prev_last):
                    for a, b in zip(prev_last, cont):
                        segs += variants((a or "") + "\n" + (b or ""))
            prev_last = tables[-1][-1] if tables else None
            prev_hdr = tables[-1][0] if tables else None
        # body text without each page's first and last line (running header/footer), for text that
        # runs over a page break
        body = ["\n".join(t.split("\n")[1:-1]) for t in full]
        body2 = ["\n".join(t.split("\n")[:-1]) for t in full]
        segs = variants("\n".join(full)) + segs + variants("\n".join(body)) + variants("\n".join(body2))
    return segs


def docx_segments(path):
    d = docx.Document(path)
    paras = []

    def ptext(p):
        out = []
        for el in p.iter():
            if el.tag == qn("w:t"):
                out.append(el.text or "")
            elif el.tag in (qn("w:br"), qn("w:cr")):
                out.append("\n")
            elif el.tag == qn("w:tab"):
                out.append("\t")
        return "".join(out)

    for p in d.element.body.iter(qn("w:p")):
        paras.append(ptext(p))
    for s in d.sections:
        for part in (s.header, s.footer):
            for p in part._element.iter(qn("w:p")):
                paras.append(ptext(p))
    for rel in d.part.rels.values():
        if rel.reltype.endswith("/footnotes") or rel.reltype.endswith("/endnotes"):
            from docx.oxml import parse_xml
            el = rel.target_part.element if hasattr(rel.target_part, "element") else parse_xml(rel.target_part.blob)
            for p in el.iter(qn("w:p")):
                paras.append(ptext(p))
    segs = [norm("\n".join(paras))] + [norm(p) for p in paras]
    # soft line breaks: each line of a paragraph as its own segment too
    for p in paras:
        segs += [norm(x) for x in p.split("\n")]
    return segs


# ------------------------------------------------------------------ helpers
TYPE_RULES = [("FoU", ["fou", "forskning", "utredning", "utgreiing", "rapport", "evaluering"]),
              ("Kurs/utdanning", ["kurs", "utdanning", "opplæring"]),
              ("Råd/utvalg/nettverk", ["råd", "utvalg", "nettverk"]),
              ("Prosjekt", ["prosjekt"]),
              ("Informasjon", ["informasjon", "kampanje", "veiledning"]),
              ("Arrangement", ["arrangement", "konferanse", "seminar", "workshop", "møte"])]


def map_type(tp):
    low = tp.lower()
    for canon, keys in TYPE_RULES:
        if any(k in low for k in keys):
            return canon
    return "Annet"


def parse_dp(dp):
    if re.search(r"tiltak nr", dp):
        return sorted(OLD[int(n)] for n in re.findall(r"\d+", dp.split("nr")[1]))
    codes = re.findall(r"(?<![\d.])([123]\.[1-6])(?![\d])", dp)
    if codes:
        return sorted(set(codes))
    if re.fullmatch(r"[\d ,og]+", dp):  # bare old numbers in a 'NKPS tiltak nr.' column
        return sorted(OLD[int(n)] for n in re.findall(r"\d+", dp))
    hits = sorted(c for c, w in WORDS.items() if w.lower() in dp.lower() or dp.lower() in w.lower())
    return hits


KNOWN_OG = ["Arbeids- og velferdsdirektoratet", "Møre og Romsdal", "Handel og Kontor", "Service og Handel",
            "Sogn og Fjordane", "Mat og drikke"]


def split_partners(pj):
    parts = [p.strip() for p in pj.split(",")]
    last = parts[-1]
    if " og " in last and not (any(last.endswith(k) for k in KNOWN_OG) and last.count(" og ") == 1):
        a, b = last.rsplit(" og ", 1)
        parts = parts[:-1] + [a.strip(), b.strip()]
    return [p for p in parts if p]


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    nm = json.load(open(os.path.join(HERE, "near_misses.json"), encoding="utf-8"))
    errors = []
    data_by_name = {f["name"]: f for f in FILES}
    assert set(exp) == set(data_by_name), "expected.json and data.py disagree"
    for name, e in exp.items():
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            errors.append(f"{name}: file missing")
            continue
        segs = pdf_segments(path) if name.endswith(".pdf") else docx_segments(path)
        low = [s.lower() for s in segs]

        def has(v):
            v = norm(v)
            return any(v in s for s in segs) or any(v.lower() in s for s in low)

        def need(v, what, t):
            if v and not has(v):
                errors.append(f"{name} | {t[:50]} | {what} not found: {v!r}")

        f = data_by_name[name]
        assert len(f["measures"]) == len(e["measures"])
        if str(e["report_year"]) not in segs[0]:
            errors.append(f"{name}: report year {e['report_year']} not in text")
        titles = [m["title"] for m in e["measures"]]
        if len(set(titles)) != len(titles):
            errors.append(f"{name}: duplicate titles in one file")
        # document order of titles (first occurrence after the previous one in the full text)
        full = segs[0]
        pos = -1
        order_ok = True
        for m in e["measures"]:
            i = full.find(norm(m["title"]), pos + 1)
            if i < 0:
                i = full.lower().find(norm(m["title"]).lower(), pos + 1)
            if i >= 0:
                pos = i
            elif has(m["title"]):
                pass
            else:
                order_ok = False
        for m, dm in zip(e["measures"], f["measures"]):
            t = m["title"]
            need(t, "title", t)
            if dm["dp"]:
                need(dm["dp"], "delmål ref", t)
                ref = dm["dp"] + (" " + dm["dp2"] if dm.get("dp2") else "")
                got = sorted(set(parse_dp(dm["dp"]) + (parse_dp(dm["dp2"]) if dm.get("dp2") else [])))
                if got != m["delmal"]:
                    errors.append(f"{name} | {t[:50]} | delmål ref {ref!r} parses to {got}, truth {m['delmal']}")
                if dm.get("dp2"):
                    need(dm["dp2"], "delmål ref 2", t)
            elif m["delmal"]:
                errors.append(f"{name} | {t[:50]} | delmål given but nothing printed")
            if m["type"] is not None:
                need(dm["tp"], "type word", t)
                if map_type(dm["tp"]) != m["type"]:
                    errors.append(f"{name} | {t[:50]} | type word {dm['tp']!r} maps to {map_type(dm['tp'])}, truth {m['type']}")
            if m["type"] is not None and m["type"] not in ("FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt",
                                                           "Informasjon", "Arrangement", "Annet"):
                errors.append(f"{name} | bad type {m['type']}")
            need(m["responsible"], "responsible", t)
            if m["partners"]:
                need(dm["pj"], "partners", t)
                if split_partners(dm["pj"]) != m["partners"]:
                    errors.append(f"{name} | {t[:50]} | partners {dm['pj']!r} split to {split_partners(dm['pj'])}")
                for p in m["partners"]:
                    need(p, "partner", t)
            need(m["period"], "period", t)
            need(m["description"], "description", t)
    # near-miss sanity
    idx = {(n, m["title"]): m["tiltak_id"] for n, e in exp.items() for m in e["measures"]}
    for a, b in nm:
        if tuple(a) not in idx or tuple(b) not in idx:
            errors.append(f"near-miss refers to unknown row {a} / {b}")
        elif idx[tuple(a)] == idx[tuple(b)]:
            errors.append(f"near-miss pair has same tiltak_id {a} / {b}")
    # continues sanity
    for n, e in exp.items():
        for m in e["measures"]:
            earlier = any(e2["reporter"] == e["reporter"] and e2["report_year"] < e["report_year"] and
                          any(m2["tiltak_id"] == m["tiltak_id"] for m2 in e2["measures"]) for e2 in exp.values())
            if earlier != m["continues"]:
                errors.append(f"{n} | {m['title'][:50]} | continues flag wrong")

    # ------------------------------------------------------------------ counts
    rows = [(n, m) for n, e in exp.items() for m in e["measures"]]
    by_id = defaultdict(list)
    for n, m in rows:
        by_id[m["tiltak_id"]].append(exp[n]["reporter"])
    nyn = sum(1 for f in FILES if f["nynorsk"])
    counts = {
        "files": len(exp),
        "docx files": sum(n.endswith(".docx") for n in exp),
        "pdf files": sum(n.endswith(".pdf") for n in exp),
        "pdf rendered by LibreOffice": sum("LibreOffice" in f["made_with"] for f in FILES),
        "reporters": len({e["reporter"] for e in exp.values()}),
        "years": " ".join(str(y) for y in sorted({e["report_year"] for e in exp.values()})),
        "nynorsk reports": nyn,
        "measure rows": len(rows),
        "distinct tiltak": len(by_id),
        "tiltak reported in more than one row": sum(len(v) > 1 for v in by_id.values()),
        "tiltak reported by more than one reporter": sum(len(set(v)) > 1 for v in by_id.values()),
        "continues=true rows": sum(m["continues"] for _, m in rows),
        "near-miss pairs": len(nm),
        "rows with type null": sum(m["type"] is None for _, m in rows),
        "rows with description": sum(m["description"] is not None for _, m in rows),
    }
    for k, v in counts.items():
        print(f"{k:45s} {v}")
    print("types:", dict(Counter(m["type"] for _, m in rows)))
    if errors:
        print(f"\n{len(errors)} PROBLEMS:")
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nOK: every ground-truth value found in its file's extracted text.")


if __name__ == "__main__":
    main()
