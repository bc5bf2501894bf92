"""Check that every expected title appears in the produced file's text."""
import importlib, json, os, re, unicodedata
import pdfplumber
from docx import Document
from docx.oxml.ns import qn


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\u00ad", "").replace("\u2011", "-")
    s = re.sub(r"([–-])[ \t]*\n\s*", r"\1", s)
    return re.sub(r"\s+", " ", s).strip().lower()


def docx_text(path):
    d = Document(path)
    parts = []
    for p in d.element.body.iter(qn("w:p")):
        parts.append("".join(t.text or "" for t in p.iter(qn("w:t"))))
    for s in d.sections:
        for p in s.header.paragraphs + s.footer.paragraphs:
            parts.append(p.text)
    return parts


def pdf_texts(path, columns=None):
    """Return candidate text blobs: full text, table cells, column strips."""
    blobs = []
    with pdfplumber.open(path) as pdf:
        full = []
        for pg in pdf.pages:
            full.append(pg.extract_text() or "")
            for tb in pg.extract_tables():
                for row in tb:
                    blobs += [c for c in row if c]
            if columns:
                for x0, x1 in columns:
                    crop = pg.crop((max(0, x0), 0, min(pg.width, x1), pg.height))
                    blobs.append(crop.extract_text() or "")
        blobs.insert(0, "\n".join(full))
    return blobs


def check(outdir, files):
    exp = json.load(open(os.path.join(outdir, "expected.json"), encoding="utf-8"))
    problems = []
    for f in files:
        path = os.path.join(outdir, f["name"])
        if not os.path.exists(path):
            problems.append(f"{f['name']}: missing"); continue
        if f["name"].endswith(".docx"):
            blobs = ["\n".join(docx_text(path))]
        else:
            mod = importlib.import_module(f"src.{f['template']}")
            blobs = pdf_texts(path, getattr(mod, "VERIFY_COLUMNS", None))
        nb = [norm(b) for b in blobs]
        for m in exp[f["name"]]["measures"]:
            t = norm(m["title"])
            if not any(t in b for b in nb):
                problems.append(f"{f['name']}: title not found: {m['title']}")
        # the ground truth must not be embedded in the report
        if any("tiltak_id" in b or '"continues"' in b for b in nb):
            problems.append(f"{f['name']}: ground-truth text inside report")
    return problems
