"""Build the match9 blind batch: reports (.docx/.pdf), expected.json, near_misses.json, README.md.

Run:  /work/blind/.venvm2/bin/python make_batch.py
"""
import glob
import json
import os
import re
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from src import tpl_a  # noqa: E402
from src import content_a  # noqa: E402

TEMPLATE_MODULES = [tpl_a]
CONTENT_MODULES = [content_a]
for _name in ("tpl_b", "tpl_c"):
    try:
        TEMPLATE_MODULES.append(__import__("src." + _name, fromlist=["x"]))
    except ImportError:
        pass
for _name in ("content_b", "content_c", "content_d", "content_e"):
    try:
        CONTENT_MODULES.append(__import__("src." + _name, fromlist=["x"]))
    except ImportError:
        pass
try:
    from src.near import NEAR  # noqa: E402
except ImportError:
    NEAR = []


def template_fn(name):
    for mod in TEMPLATE_MODULES:
        if hasattr(mod, name):
            return getattr(mod, name)
    raise KeyError(name)


def all_reports():
    reps = []
    for mod in CONTENT_MODULES:
        reps.extend(mod.REPORTS)
    names = [r["file"] for r in reps]
    assert len(names) == len(set(names)), "duplicate file names"
    return sorted(reps, key=lambda r: (r["year"], r["reporter"]))


def renumber(reps):
    """Map plan ids to T01.. in order of first appearance (by year, then reporter)."""
    mapping = {}
    for rep in reps:
        for row in rep["rows"]:
            if row["id"] not in mapping:
                mapping[row["id"]] = "T%02d" % (len(mapping) + 1)
    return mapping


def clean_old_outputs():
    for pat in ("*.docx", "*.pdf", "expected.json", "near_misses.json", "README.md"):
        for f in glob.glob(os.path.join(HERE, pat)):
            os.remove(f)


def norm(s):
    s = s.replace("\u00ad", "").replace("\u2010", "-")
    return re.sub(r"\s+", " ", s).strip().lower()


def extract_text(path):
    if path.endswith(".pdf"):
        import pdfplumber
        parts = []
        with pdfplumber.open(path) as pdf:
            for pg in pdf.pages:
                parts.append(pg.extract_text() or "")
                for tb in pg.extract_tables():
                    for row in tb:
                        parts.extend(c for c in row if c)
        return "\n".join(parts)
    from docx import Document
    d = Document(path)
    parts = [p.text for p in d.paragraphs]

    def walk(tables):
        for t in tables:
            for row in t.rows:
                for c in row.cells:
                    parts.extend(p.text for p in c.paragraphs)
                    walk(c.tables)
    walk(d.tables)
    for s in d.sections:
        parts.extend(p.text for p in s.header.paragraphs)
        parts.extend(p.text for p in s.footer.paragraphs)
    return "\n".join(parts)


def main():
    reps = all_reports()
    clean_old_outputs()
    tmp = tempfile.mkdtemp(prefix="match9_")
    for rep in reps:
        doc = template_fn(rep["template"])(rep)
        from src.render import save
        save(doc, rep["file"], HERE, tmp)
        print("wrote", rep["file"])

    mapping = renumber(reps)
    first_year = {}
    for rep in reps:
        for row in rep["rows"]:
            first_year[row["id"]] = min(first_year.get(row["id"], 9999), rep["year"])

    expected = {}
    for rep in reps:
        hidden = set(rep.get("hide", []))
        ms = []
        for row in rep["rows"]:
            ms.append({
                "title": row.get("t_exp", row["t"]),
                "delmal": row["d"],
                "type": row["ty"],
                "responsible": "" if "r" in hidden else row["r"],
                "partners": "" if "p" in hidden else row["p"],
                "period": "" if "per" in hidden else row["per"],
                "description": "" if "desc" in hidden else row.get("desc_exp", row["desc"]),
                "tiltak_id": mapping[row["id"]],
                "continues": first_year[row["id"]] < rep["year"],
            })
        expected[rep["file"]] = {"reporter": rep["reporter"], "report_year": rep["year"], "measures": ms}
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)

    near = []
    for a, b, why in NEAR:
        assert a in mapping and b in mapping, (a, b)
        near.append({"a": mapping[a], "b": mapping[b], "why": why})
    with open(os.path.join(HERE, "near_misses.json"), "w", encoding="utf-8") as f:
        json.dump(near, f, ensure_ascii=False, indent=1)

    from src.readme import write_readme
    write_readme(HERE, reps, expected, near, mapping)
    check(reps)


def check(reps):
    bad = 0
    full_missing = 0
    for rep in reps:
        path = os.path.join(HERE, rep["file"])
        txt = norm(extract_text(path))
        for row in rep["rows"]:
            title = row.get("t_exp", row["t"])
            first = " ".join(norm(title).split()[:2])
            if first not in txt:
                bad += 1
                print("  FIRST WORDS NOT FOUND:", rep["file"], "|", title)
            if norm(title) not in txt:
                full_missing += 1
                print("  (info) title not found whole:", rep["file"], "|", title)
    print(f"check: {bad} titles whose first two words are not extractable; "
          f"{full_missing} titles not found whole in page text or any table cell")


if __name__ == "__main__":
    main()
