"""Self-check: every ground-truth value is present in the rendered file (PDF via pdfplumber, docx via
python-docx / XML with tracked deletions removed), and counts/summary."""
import json
import re
import sys
import zipfile
from lxml import etree
import pdfplumber

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
    out = []
    for n in sorted(parts):
        root = etree.fromstring(z.read(n))
        for p in root.iter(W + "p"):
            buf = []
            for el in p.iter():
                if el.tag == W + "t":
                    # skip text inside w:del
                    anc = el.getparent()
                    dele = False
                    while anc is not None and anc is not p:
                        if anc.tag == W + "del":
                            dele = True
                        anc = anc.getparent()
                    if not dele:
                        buf.append(el.text or "")
                elif el.tag == W + "tab":
                    buf.append("\t")
            out.append("".join(buf))
    return "\n".join(out)


def pdf_text(path):
    """full text, plus each half page (two-column layouts) and every table cell (tables wrap inside cells)"""
    out = []
    with pdfplumber.open(path) as p:
        for pg in p.pages:
            out.append(pg.extract_text() or "")
        for pg in p.pages:
            w = pg.width
            out.append(pg.crop((0, 0, w / 2, pg.height)).extract_text() or "")
            out.append(pg.crop((w / 2, 0, w, pg.height)).extract_text() or "")
            out.append(pg.crop((0, 0, 345, pg.height)).extract_text() or "")
            for t in pg.extract_tables():
                for row in t:
                    out.extend(c for c in row if c)
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    exp = json.load(open("expected.json", encoding="utf-8"))
    nm = json.load(open("near_misses.json", encoding="utf-8"))
    bad = 0
    for fn, e in exp.items():
        txt = docx_text(fn) if fn.endswith(".docx") else pdf_text(fn)
        T = norm(txt)
        Tj = norm(txt.replace("-\n", "-"))
        for m in e["measures"]:
            for key in ("title", "description", "period", "responsible"):
                v = norm(m[key])
                if v and v not in T and v not in Tj:
                    # allow wrapping inside table cells: compare without spaces
                    if v.replace(" ", "") not in T.replace(" ", ""):
                        print(f"MISSING {fn} [{key}] {v[:80]}")
                        bad += 1
            for p in m["partners"]:
                if p.replace(" ", "") not in T.replace(" ", ""):
                    print(f"MISSING {fn} [partner] {p}")
                    bad += 1
    titles = {(f, m["title"]) for f, e in exp.items() for m in e["measures"]}
    for a, b in nm:
        assert tuple(a) in titles and tuple(b) in titles
    rows = [m for e in exp.values() for m in e["measures"]]
    tids = {m["tiltak_id"] for m in rows}
    multi_rep = {}
    for f, e in exp.items():
        for m in e["measures"]:
            multi_rep.setdefault(m["tiltak_id"], set()).add(e["reporter"])
    print("files", len(exp), "rows", len(rows), "distinct", len(tids),
          "multi-reporter tiltak", sum(1 for v in multi_rep.values() if len(v) > 1),
          "continues", sum(m["continues"] for m in rows), "near-miss pairs", len(nm), "missing", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
