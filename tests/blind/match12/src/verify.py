"""Check that every expected title/description is really in the generated file and no glyph is missing."""
import os
import re
import zipfile
from collections import Counter

import pdfplumber

WS = re.compile(r"\s+")
TOK = re.compile(r"\w+")


def _squash(s):
    return WS.sub("", s)


def _docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = "".join(z.read(n).decode("utf-8") for n in z.namelist()
                      if n.startswith("word/") and n.endswith(".xml"))
    parts = re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", xml)
    txt = "".join(parts)
    return txt.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')


def _pdf_text(path):
    chunks, raw = [], []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            t = page.extract_text() or ""
            raw.append(t)
            chunks.append(t)
            for table in page.extract_tables():
                for row in table:
                    chunks.extend(c or "" for c in row)
    return "\n".join(chunks), "\n".join(raw)


def verify(folder, expected, notes=None):
    problems = []
    notes = [] if notes is None else notes
    for fname, e in expected.items():
        path = os.path.join(folder, fname)
        if not os.path.exists(path):
            problems.append(f"{fname}: missing")
            continue
        if fname.endswith(".pdf"):
            text, raw = _pdf_text(path)
            if "(cid:" in raw or "\ufffd" in raw:
                problems.append(f"{fname}: missing glyphs")
        else:
            text = _docx_text(path)
        flat = _squash(text)
        words = Counter(TOK.findall(text))
        for m in e["measures"]:
            for field in ("title", "description"):
                v = m[field]
                if not v or _squash(v) in flat:
                    continue
                # a table row split over a page break leaves the cell in two pieces: accept if every word is there
                need = Counter(TOK.findall(v))
                if any(words[w] < n for w, n in need.items()):
                    problems.append(f"{fname}: {field} not found: {v[:60]}")
                else:
                    notes.append(f"{fname}: {field} split across lines/pages: {v[:50]}")
    return problems
