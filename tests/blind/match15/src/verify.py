#!/usr/bin/env python3
"""Check the match15 batch.

1. Every expected title and description is present in the file it belongs to
   (pdfplumber / python-docx; whitespace and hyphenation at line breaks are
   normalised; for PDFs several reading orders are tried: page text, text
   without superscripts, half-page columns and table cells).
2. The counts in README.md agree with expected.json, `continues` is consistent,
   and near_misses.json refers to existing measures with different ids.

Run:  /work/blind/.venvm2/bin/python src/verify.py
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u00ad", "").replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s)
    s = re.sub(r"(?<=\w)- (?=\w)", "-", s)  # hyphen at a line break, and 'etter- og' alike on both sides
    return s.strip()


# ------------------------------------------------------------------ extraction
def pdf_streams(path):
    import pdfplumber

    full, nosup, cells = [], [], []
    splits = (0.5, 0.37, 0.33)
    cols = {f: [] for f in splits}
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            full.append(page.extract_text() or "")
            nosup.append(_strip_superscripts(page))
            w = page.width
            for f in splits:  # two-column pages and side-heading layouts: read each column on its own
                cols[f].append(page.crop((0, 0, w * f, page.height)).extract_text() or "")
                cols[f].append(page.crop((w * f, 0, w, page.height)).extract_text() or "")
            for tb in page.extract_tables():
                for row in tb:
                    for c in row:
                        if c:
                            cells.append(c)
    return ([norm("\n".join(full)), norm("\n".join(nosup)), norm("\n".join(cells))]
            + [norm("\n".join(c)) for c in cols.values()])


def _strip_superscripts(page):
    """Drop characters that are raised and smaller than their neighbours (footnote marks)."""
    chars = page.chars
    keep_ids = set()
    for i, c in enumerate(chars):
        neigh = [d for d in chars[max(0, i - 3): i + 4] if d is not c]
        big = [d for d in neigh if d["size"] > c["size"] * 1.2]
        if big and c["bottom"] < max(d["bottom"] for d in big) - 1.0 and c["text"].isdigit():
            continue
        keep_ids.add(id(c))
    filtered = page.filter(lambda o: o.get("object_type") != "char" or id(o) in keep_ids)
    return filtered.extract_text() or ""


def docx_stream(path):
    import docx
    from docx.oxml.ns import qn

    d = docx.Document(path)
    out = []

    def walk(el):
        for child in el.iterchildren():
            tag = child.tag
            if tag == qn("w:p"):
                out.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
            elif tag == qn("w:tbl"):
                for tr in child.iter(qn("w:tr")):
                    for tc in tr.findall(qn("w:tc")):
                        walk(tc)
            elif tag in (qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")):
                walk(child)

    walk(d.element.body)
    return [norm("\n".join(out))]


# ------------------------------------------------------------------ matching
def fuzzy_in(needle: str, hay: str, max_gaps=3, max_skip=45) -> bool:
    nt, ht = needle.split(" "), hay.split(" ")
    if not nt:
        return True
    starts = [i for i, t in enumerate(ht) if t == nt[0]]
    for s in starts:
        i, j, gaps, skipped, in_gap = 1, s + 1, 0, 0, False
        while i < len(nt) and j < len(ht):
            if ht[j] == nt[i]:
                i += 1
                j += 1
                in_gap = False
            else:
                if not in_gap:
                    gaps += 1
                    in_gap = True
                skipped += 1
                j += 1
                if gaps > max_gaps or skipped > max_skip:
                    break
        if i == len(nt) and gaps <= max_gaps and skipped <= max_skip:
            return True
    return False


def find(text, streams):
    n = norm(text)
    if not n:
        return "empty"
    for s in streams:
        if n in s:
            return "exact"
    for s in streams:
        if fuzzy_in(n, s):
            return "fuzzy"
    return None


# ------------------------------------------------------------------ README counts
def readme_counts(path):
    out = {}
    with open(path, encoding="utf-8") as fh:
        txt = fh.read()
    sec = txt.split("## Counts", 1)[1].split("\n## ", 1)[0]
    for line in sec.splitlines():
        m = re.match(r"\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|\s*$", line)
        if m:
            out[m.group(1)] = int(m.group(2))
    return out, txt


def main():
    with open(os.path.join(HERE, "expected.json"), encoding="utf-8") as fh:
        exp = json.load(fh)
    with open(os.path.join(HERE, "near_misses.json"), encoding="utf-8") as fh:
        nms = json.load(fh)
    errors, fuzzy = [], []
    checked = 0
    for fname, info in exp.items():
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            errors.append(f"missing file {fname}")
            continue
        streams = pdf_streams(path) if fname.endswith(".pdf") else docx_stream(path)
        for m in info["measures"]:
            for field in ("title", "description"):
                r = find(m[field], streams)
                checked += 1
                if r is None:
                    errors.append(f"{fname}: {field} not found: {m[field][:90]!r}")
                elif r == "fuzzy":
                    fuzzy.append(f"{fname}: {field}: {m[field][:70]!r}")

    # structural checks
    rows = [(f, m) for f in exp for m in exp[f]["measures"]]
    tids = Counter(m["tiltak_id"] for _, m in rows)
    seen = {}
    for f in sorted(exp, key=lambda x: exp[x]["report_year"]):
        rep, yr = exp[f]["reporter"], exp[f]["report_year"]
        for m in exp[f]["measures"]:
            want = any(y < yr for y in seen.get((rep, m["tiltak_id"]), []))
            if m["continues"] != want:
                errors.append(f"{f}: continues wrong for {m['tiltak_id']}")
        for m in exp[f]["measures"]:
            seen.setdefault((rep, m["tiltak_id"]), []).append(yr)
        for m in exp[f]["measures"]:
            for c in m["delmal"]:
                if not re.fullmatch(r"[123]\.[1-6]", c) or c in ("1.5", "1.6"):
                    errors.append(f"{f}: bad delmål {c}")
            if m["type"] not in ("FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon",
                                 "Arrangement"):
                errors.append(f"{f}: bad type {m['type']}")
    title_id = {(f, m["title"]): m["tiltak_id"] for f, m in rows}
    for a, b in nms:
        ta, tb = title_id.get(tuple(a)), title_id.get(tuple(b))
        if ta is None or tb is None:
            errors.append(f"near miss refers to unknown measure: {a} / {b}")
        elif ta == tb:
            errors.append(f"near miss with same id: {a} / {b}")

    counts, readme = readme_counts(os.path.join(HERE, "README.md"))
    reporters = {exp[f]["reporter"] for f in exp}
    actual = {
        "files": len(exp),
        "docx files": sum(f.endswith(".docx") for f in exp),
        "pdf files": sum(f.endswith(".pdf") for f in exp),
        "reporters": len(reporters),
        "measure rows": len(rows),
        "distinct tiltak": len(tids),
        "tiltak reported more than once": sum(1 for c in tids.values() if c > 1),
        "rows with continues=true": sum(1 for _, m in rows if m["continues"]),
        "rows without delmål": sum(1 for _, m in rows if not m["delmal"]),
        "near-miss pairs": len(nms),
    }
    for k, v in actual.items():
        if counts.get(k) != v:
            errors.append(f"README count '{k}' = {counts.get(k)} but expected.json gives {v}")
    for t in tids:
        if f"| {t} |" not in readme:
            errors.append(f"README tiltak table lacks {t}")
    # the brief's ranges
    rng = [("files", 20, 22), ("reporters", 13, 16), ("measure rows", 140, 170), ("distinct tiltak", 60, 75),
           ("near-miss pairs", 40, 55)]
    for k, lo, hi in rng:
        if not lo <= actual[k] <= hi:
            errors.append(f"{k} = {actual[k]} outside {lo}–{hi}")
    years = {exp[f]["report_year"] for f in exp}
    if min(years) != 2017 or max(years) != 2025:
        errors.append(f"years span {min(years)}–{max(years)}")

    print(f"checked {checked} title/description texts in {len(exp)} files; {len(fuzzy)} matched only with gaps")
    for f in fuzzy:
        print("  gap-match:", f)
    for e in errors:
        print("ERROR:", e)
    print(f"{checked + len(actual) - len(errors)} passed, {len(errors)} failed")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
