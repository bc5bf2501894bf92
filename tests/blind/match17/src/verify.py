# -*- coding: utf-8 -*-
"""Verify batch match17.

Checks
1. every expected title, description and period is printed in its file (read back with pdfplumber /
   the .docx XML incl. tables, nested tables, text boxes, headers and footers); whitespace, hyphens and
   soft hyphens are ignored, ligatures are NFKC-normalised, and a description may be cut in up to three
   pieces in reading order;
2. `continues` equals what the ids say (same reporter, same tiltak_id, earlier report year);
3. tiltak ids are numbered by first appearance (report year, file name, reading order);
4. near_misses only pair existing (file, title) entries with different tiltak ids (>= 45 pairs);
5. the counts table in README.md equals the counts computed from expected.json and the files.
"""
import json
import os
import re
import sys
import unicodedata
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# ------------------------------------------------------------------ reading back
def _para_text(p):
    out = []
    for el in p.iter():
        if el.tag not in (W + "t", W + "tab", W + "br", W + "cr"):
            continue
        # only text whose nearest paragraph ancestor is p
        a = el.getparent()
        while a is not None and a.tag != W + "p":
            a = a.getparent()
        if a is not p:
            continue
        if el.tag == W + "t":
            out.append(el.text or "")
        elif el.tag == W + "tab":
            out.append(" ")
        else:
            out.append("\n")
    return "".join(out)


def docx_streams(path):
    z = zipfile.ZipFile(path)
    names = z.namelist()
    parts = ["word/document.xml"] + sorted(n for n in names if re.match(r"word/(header|footer|footnotes|endnotes)\d*\.xml", n))
    streams = []
    for part in parts:
        if part not in names:
            continue
        root = etree.fromstring(z.read(part))
        paras = [_para_text(p) for p in root.iter(W + "p")]
        streams.append("\n".join(paras))
    return streams


def pdf_streams(path):
    import pdfplumber
    streams = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            streams.append(page.extract_text() or "")
            for settings in (None, {"vertical_strategy": "text", "horizontal_strategy": "lines"}):
                try:
                    tables = page.find_tables() if settings is None else page.find_tables(settings)
                except Exception:
                    tables = []
                for t in tables:
                    for row in t.rows:
                        for cell in row.cells:
                            if cell is None:
                                continue
                            try:
                                streams.append(page.crop(cell).extract_text() or "")
                            except Exception:
                                pass
            streams.extend(band_column_texts(page))
            w, h = page.width, page.height
            streams.append(page.crop((0, 0, w / 2, h)).extract_text() or "")
            streams.append(page.crop((w / 2, 0, w, h)).extract_text() or "")
    return streams


def band_column_texts(page, min_gap=6):
    """Borderless tables with only row rules: split the page into bands between horizontal rules and
    each band into columns at vertical white gutters; return the text of every band-column."""
    hs = sorted({round(e["top"], 1) for e in page.horizontal_edges})
    cuts = [0] + [y for y in hs if 0 < y < page.height] + [page.height]
    out = []
    words = page.extract_words()
    for y0, y1 in zip(cuts, cuts[1:]):
        if y1 - y0 < 6:
            continue
        ws = [w for w in words if w["top"] >= y0 - 1 and w["bottom"] <= y1 + 1]
        if len(ws) < 2:
            continue
        iv = sorted((w["x0"], w["x1"]) for w in ws)
        merged = [list(iv[0])]
        for a, b in iv[1:]:
            if a - merged[-1][1] < min_gap:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        if len(merged) < 2:
            continue
        for a, b in merged:
            try:
                out.append(page.crop((max(0, a - 1), max(0, y0 - 0.5), min(page.width, b + 1), min(page.height, y1 + 0.5))).extract_text() or "")
            except Exception:
                pass
    return out


def read_streams(path):
    return docx_streams(path) if path.endswith(".docx") else pdf_streams(path)


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u00ad", "").replace("\u2010", "").replace("\u2011", "").replace("-", "")
    return re.sub(r"\s+", "", s)


def found(needle, hay, max_pieces=3, min_len=8):
    if not needle:
        return True
    if needle in hay:
        return True
    start = 0
    rest = needle
    for piece in range(max_pieces):
        if rest in hay[start:]:
            return True
        if piece == max_pieces - 1:
            return False
        lo, hi = 0, len(rest)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if rest[:mid] in hay[start:]:
                lo = mid
            else:
                hi = mid - 1
        if lo < min_len:
            return False
        idx = hay.find(rest[:lo], start)
        start = idx + lo
        rest = rest[lo:]
    return False


# ------------------------------------------------------------------ counts
def compute_counts(exp, nm, folder):
    files = list(exp)
    rows = [m for f in files for m in exp[f]["measures"]]
    ids = {}
    for m in rows:
        ids[m["tiltak_id"]] = ids.get(m["tiltak_id"], 0) + 1
    return {
        "files": len(files),
        "docx": sum(1 for f in files if f.endswith(".docx")),
        "pdf": sum(1 for f in files if f.endswith(".pdf")),
        "reporters": len({exp[f]["reporter"] for f in files}),
        "years": len({exp[f]["report_year"] for f in files}),
        "measure rows": len(rows),
        "distinct tiltak": len(ids),
        "tiltak reported more than once": sum(1 for v in ids.values() if v > 1),
        "rows with continues=true": sum(1 for m in rows if m["continues"]),
        "rows without delmål": sum(1 for m in rows if not m["delmal"]),
        "near-miss pairs": len(nm),
    }


def readme_counts(text):
    out = {}
    for line in text.splitlines():
        m = re.match(r"\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|\s*$", line)
        if m:
            out[m.group(1).strip()] = int(m.group(2))
    return out


# ------------------------------------------------------------------ main
def main(folder=None):
    folder = folder or os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    exp = json.load(open(os.path.join(folder, "expected.json"), encoding="utf-8"))
    nm = json.load(open(os.path.join(folder, "near_misses.json"), encoding="utf-8"))
    errors = []

    # 1. printed
    for fn, info in exp.items():
        path = os.path.join(folder, fn)
        if not os.path.exists(path):
            errors.append("missing file %s" % fn)
            continue
        hay = norm("\n\u2063".join(read_streams(path)))
        for m in info["measures"]:
            if not found(norm(m["title"]), hay, max_pieces=1):
                errors.append("%s: title not printed: %r" % (fn, m["title"]))
            if m["period"] and not found(norm(m["period"]), hay, max_pieces=1):
                errors.append("%s: period not printed: %r (%s)" % (fn, m["period"], m["title"]))
            if m["description"] and not found(norm(m["description"]), hay, max_pieces=3):
                errors.append("%s: description not printed: %r" % (fn, m["description"][:70]))
            for fld in ("title", "delmal", "type", "responsible", "partners", "period", "description", "tiltak_id", "continues"):
                if fld not in m:
                    errors.append("%s: field %s missing" % (fn, fld))
            if m["type"] not in ("Arrangement", "FoU", "Informasjon", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt"):
                errors.append("%s: bad type %r" % (fn, m["type"]))
            for c in m["delmal"]:
                if not re.fullmatch(r"[123]\.[1-6]", c) or c in ("1.5", "1.6"):
                    errors.append("%s: bad delmål %r" % (fn, c))
            if m["delmal"] != sorted(m["delmal"]):
                errors.append("%s: delmål not sorted %r" % (fn, m["title"]))

    # 2. continues
    first_year = {}
    for fn, info in exp.items():
        for m in info["measures"]:
            k = (info["reporter"], m["tiltak_id"])
            first_year[k] = min(first_year.get(k, 9999), info["report_year"])
    for fn, info in exp.items():
        for m in info["measures"]:
            want = first_year[(info["reporter"], m["tiltak_id"])] < info["report_year"]
            if m["continues"] != want:
                errors.append("%s: continues wrong for %r" % (fn, m["title"]))

    # 3. id numbering by first appearance
    order = sorted(exp, key=lambda f: (exp[f]["report_year"], f))
    seen = []
    for fn in order:
        for m in exp[fn]["measures"]:
            if m["tiltak_id"] not in seen:
                seen.append(m["tiltak_id"])
    if seen != ["T%02d" % i for i in range(1, len(seen) + 1)]:
        errors.append("tiltak ids are not numbered by first appearance")

    # 4. near misses
    index = {}
    for fn, info in exp.items():
        for m in info["measures"]:
            index[(fn, m["title"])] = m["tiltak_id"]
    if len(nm) < 45:
        errors.append("only %d near-miss pairs" % len(nm))
    seen_pairs = set()
    for a, b in nm:
        ka, kb = tuple(a), tuple(b)
        if ka not in index:
            errors.append("near miss entry not found: %r" % (a,))
            continue
        if kb not in index:
            errors.append("near miss entry not found: %r" % (b,))
            continue
        if index[ka] == index[kb]:
            errors.append("near miss pairs the same tiltak: %r %r" % (a, b))
        key = tuple(sorted([ka, kb]))
        if key in seen_pairs:
            errors.append("duplicate near-miss pair %r" % (key,))
        seen_pairs.add(key)

    # 5. README counts
    counts = compute_counts(exp, nm, folder)
    rc = readme_counts(open(os.path.join(folder, "README.md"), encoding="utf-8").read())
    for k, v in counts.items():
        if rc.get(k) != v:
            errors.append("README count %r is %r, computed %r" % (k, rc.get(k), v))
    on_disk = sorted(f for f in os.listdir(folder) if f.endswith((".pdf", ".docx")))
    if on_disk != sorted(exp):
        errors.append("files on disk differ from expected.json: %r" % (set(on_disk) ^ set(exp)))

    for e in errors:
        print("ERROR:", e)
    print("verify: %d files, %d rows, %d errors" % (counts["files"], counts["measure rows"], len(errors)))
    for k, v in counts.items():
        print("  %-32s %d" % (k, v))
    return not errors


if __name__ == "__main__":
    sys.exit(0 if main(sys.argv[1] if len(sys.argv) > 1 else None) else 1)
