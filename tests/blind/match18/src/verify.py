# -*- coding: utf-8 -*-
"""Check that every expected title appears in the produced file's text, plus consistency checks
of the truth files. Comparison ignores case, whitespace, hyphens and punctuation (so line-end
hyphenation and letter-spaced text still match)."""
import json, os, re, sys, unicodedata
import pdfplumber
from docx import Document

CODES = {"1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
         "3.1", "3.2", "3.3", "3.4", "3.5", "3.6"}
TYPES = {"Arrangement", "FoU", "Informasjon", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt"}


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[^0-9a-zæøåäöüé]", "", s)


def docx_text(path):
    d = Document(path)
    out = [p.text for p in d.paragraphs]

    def cells(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    out.extend(p.text for p in c.paragraphs)
                    cells(c.tables)
    cells(d.tables)
    return "\n".join(out)


def ascii_cells(text):
    """Reassemble an ASCII grid (+---+ separators, | cells) column by column."""
    out, block = [], []
    for ln in text.splitlines() + ["+"]:
        if ln.startswith("|") and ln.rstrip().endswith("|"):
            block.append([c.strip() for c in ln.strip()[1:-1].split("|")])
        elif ln.startswith("+"):
            if block:
                for col in zip(*block):
                    out.append(" ".join(c for c in col if c))
            block = []
    return out


def pdf_text(path):
    parts = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            t = p.extract_text() or ""
            parts.append(t)
            parts.extend(ascii_cells(t))
            for tab in p.extract_tables():
                for row in tab:
                    parts.extend(c for c in row if c)
            # text column of layouts with margin notes
            parts.append(p.crop((p.width * 0.33, 0, p.width, p.height)).extract_text() or "")
    return "\n".join(parts)


def main(folder):
    exp = json.load(open(os.path.join(folder, "expected.json"), encoding="utf-8"))
    near = json.load(open(os.path.join(folder, "near_misses.json"), encoding="utf-8"))
    errors, n = [], 0
    titles = {}
    for fn, rep in exp.items():
        path = os.path.join(folder, fn)
        if not os.path.exists(path):
            errors.append("missing file " + fn); continue
        text = docx_text(path) if fn.endswith(".docx") else pdf_text(path)
        nt = norm(text)
        for m in rep["measures"]:
            n += 1
            titles[(fn, m["title"])] = m["tiltak_id"]
            if norm(m["title"]) not in nt:
                errors.append("%s: title not found: %s" % (fn, m["title"]))
            if not set(m["delmal"]) <= CODES or m["delmal"] != sorted(m["delmal"], key=lambda c: tuple(map(int, c.split(".")))):
                errors.append("%s: bad delmal %s" % (fn, m["delmal"]))
            if m["type"] not in TYPES:
                errors.append("%s: bad type %s" % (fn, m["type"]))
            if m["description"] and norm(m["description"])[:40] not in nt:
                errors.append("%s: description start not found: %s" % (fn, m["description"][:50]))
    for a, b in near:
        ta, tb = titles.get(tuple(a)), titles.get(tuple(b))
        if ta is None or tb is None:
            errors.append("near miss refers to unknown row: %s / %s" % (a, b))
        elif ta == tb:
            errors.append("near miss pair shares a tiltak_id: %s / %s" % (a, b))
    for e in errors:
        print("FAIL", e)
    print("verify: %d files, %d measure rows, %d near-miss pairs, %d problems"
          % (len(exp), n, len(near), len(errors)))
    return not errors


if __name__ == "__main__":
    sys.exit(0 if main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))) else 1)
