"""Check the batch: every expected title appears in its file's text (pdfplumber / docx XML), the truth files are
consistent, nothing from the ground truth leaks into the reports, and the top folder holds only what it should."""
import json
import os
import re
import sys
import zipfile

import pdfplumber
from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def pdf_texts(path):
    """Full-page text, plus page text cropped into 2 and 3 vertical strips (for multi-column layouts)."""
    out = []
    with pdfplumber.open(path) as pdf:
        full, strips, cells = [], {2: [], 3: [], 4: []}, []
        for p in pdf.pages:
            full.append(p.extract_text() or "")
            for n in strips:
                w = p.width / n
                for i in range(n):
                    strips[n].append(p.crop((i * w, 0, (i + 1) * w, p.height)).extract_text() or "")
            # a layout with a left nav column: crop the nav away
            strips[4].append(p.crop((p.width * 0.26, 0, p.width, p.height)).extract_text() or "")
            for settings in ({}, {"vertical_strategy": "text", "horizontal_strategy": "lines"}):
                for tb in p.extract_tables(settings):
                    for row in tb:
                        cells.extend(c for c in row if c)
        out.append("\n".join(full))
        out.append("\n".join(cells))
        out += ["\n".join(v) for v in strips.values()]
    return out


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    paras = []
    for p in root.iter(W + "p"):
        paras.append("".join(t.text or "" for t in p.iter(W + "t")))
    return ["\n".join(paras)]


def wrapped_in(title, text, gap=12):
    """Title words in order, allowing up to `gap` foreign words between them (cell text wrapped beside
    neighbouring cells in a table row)."""
    tw, xw = title.split(), text.split()
    for start in (i for i, w in enumerate(xw) if w == tw[0]):
        j, k, ok = 1, start + 1, True
        while j < len(tw):
            lim = min(len(xw), k + gap + 1)
            nxt = next((q for q in range(k, lim) if xw[q] == tw[j]), None)
            if nxt is None:
                ok = False
                break
            j, k = j + 1, nxt + 1
        if ok:
            return True
    return False


def main(folder):
    ok = True
    exp = json.load(open(os.path.join(folder, "expected.json")))
    nm = json.load(open(os.path.join(folder, "near_misses.json")))
    allowed = set(exp) | {"make_batch.py", "src", "expected.json", "near_misses.json", "README.md"}
    extra = set(os.listdir(folder)) - allowed
    if extra:
        print("UNEXPECTED in top folder:", sorted(extra))
        ok = False
    titles = {(f, m["title"]) for f, e in exp.items() for m in e["measures"]}
    tid = {(f, m["title"]): m["tiltak_id"] for f, e in exp.items() for m in e["measures"]}
    for a, b in nm:
        if tuple(a) not in titles or tuple(b) not in titles:
            print("near-miss refers to unknown row:", a, b)
            ok = False
        elif tid[tuple(a)] == tid[tuple(b)]:
            print("near-miss pair shares a tiltak_id:", a, b)
            ok = False
    n_found = n_all = 0
    for f, e in exp.items():
        path = os.path.join(folder, f)
        if not os.path.exists(path):
            print("MISSING file", f)
            ok = False
            continue
        texts = pdf_texts(path) if f.endswith(".pdf") else docx_text(path)
        ntexts = [norm(t) for t in texts]
        joined = " ".join(ntexts)
        for leak in ("tiltak_id", "near_miss", "expected.json", "continues"):
            if leak in joined:
                print(f"LEAK '{leak}' in {f}")
                ok = False
        if not re.search(r"\b%d\b" % e["report_year"], ntexts[0]):
            print(f"WARN report year {e['report_year']} not printed in {f}")
        last = -1
        for m in e["measures"]:
            n_all += 1
            t = norm(m["title"])
            hit = [i for i, x in enumerate(ntexts) if t in x]
            if not hit and f.endswith(".pdf") and wrapped_in(t, ntexts[0]):
                print(f"found wrapped in table row: {f}: {m['title']!r}")
                n_found += 1
                continue
            if not hit:
                print(f"NOT FOUND in {f}: {m['title']!r}")
                ok = False
                continue
            n_found += 1
            pos = ntexts[hit[0]].find(t)
            if hit[0] == 0 and pos < last:
                print(f"note: reading order differs in {f} at {m['title']!r}")
            if hit[0] == 0:
                last = pos
            for fld in ("description", "period", "responsible"):
                val = norm(m[fld])
                if val and not any(val in x for x in ntexts) and not wrapped_in(val, ntexts[0]):
                    print(f"field {fld} not printed in {f}: {m[fld]!r}")
                    ok = False
            for ptn in m["partners"]:
                if not any(norm(ptn) in x for x in ntexts):
                    print(f"partner not printed in {f}: {ptn!r}")
                    ok = False
            if m["delmal"] and not all(re.fullmatch(r"[123]\.[1-6]", c) for c in m["delmal"]):
                print("bad delmål code", f, m["title"])
                ok = False
    print(f"verify: {n_found}/{n_all} titles found; {'PASS' if ok else 'FAIL'}")
    return ok


if __name__ == "__main__":
    sys.exit(0 if main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))) else 1)
