# -*- coding: utf-8 -*-
"""Verify that every ground-truth value in expected.json is present in the built file's extracted text
(pdfplumber for PDF, python-docx for Word) and print the batch counts.
Usage: /work/blind/.venv50/bin/python check.py"""
import json, os, re, sys
from collections import defaultdict
import pdfplumber
from docx import Document
from common import BY_NAME, OLD

HERE = os.path.dirname(os.path.abspath(__file__))
TYPE_WORDS = {  # printed type word -> canonical type
    "fou": "FoU", "forskning og utvikling": "FoU", "forskning": "FoU", "evaluering": "FoU", "fou-prosjekt": "FoU",
    "kurs/utdanning": "Kurs/utdanning", "kurs": "Kurs/utdanning", "utdanning": "Kurs/utdanning",
    "råd/utvalg/nettverk": "Råd/utvalg/nettverk", "råd/utvalg/ nettverk": "Råd/utvalg/nettverk",
    "råd/utval/nettverk": "Råd/utvalg/nettverk", "råd/utvalg": "Råd/utvalg/nettverk", "råd": "Råd/utvalg/nettverk",
    "nettverk": "Råd/utvalg/nettverk", "rådsarbeid": "Råd/utvalg/nettverk", "samarbeid": "Råd/utvalg/nettverk",
    "arbeidsgruppe": "Råd/utvalg/nettverk",
    "prosjekt": "Prosjekt", "omorganisering": "Prosjekt",
    "informasjon": "Informasjon", "informasjonstiltak": "Informasjon",
    "arrangement": "Arrangement",
    "anna": "Annet", "plan": "Annet", "forvaltning": "Annet", "forvaltningsendring": "Annet",
    "påvirkningsarbeid": "Annet", "stortingsmelding": "Annet", "reform": "Annet",
}
WORDS = {  # delmål given only in words -> code
    "Gjøre det enklere å få dokumentert kompetanse ervervet i arbeidslivet": "2.5",
    "Styrke og videreutvikle den digitale kompetansen i hele arbeidsstyrken": "2.1",
    "Styrke kunnskapsgrunnlaget om læring i arbeidslivet": "2.2",
    "Videreutvikle samarbeidet mellom opplærings- og utdanningstilbydere og arbeidslivet": "1.4",
    "Digital kompetanse i hele arbeidsstyrken": "2.1",
    "Kunnskapsgrunnlaget om læring i arbeidslivet": "2.2",
    "Karrieremulighetene i yrkesfaglige utdanninger og yrker": "2.3",
    "Dokumentasjon av kompetanse ervervet i arbeidslivet": "2.5",
    "Arbeidslivet som læringsarena": "3.3",
}


def norm(s):
    s = s.replace("\u00ad", "").replace("\xa0", " ")
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"/ ", "/", s)          # a cell may wrap after a slash: "Råd/utvalg/ nettverk"


def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    def tables(ts):
        for t in ts:
            for row in t.rows:
                seen = set()
                for c in row.cells:
                    if id(c._tc) in seen: continue
                    seen.add(id(c._tc))
                    parts.append("\n".join(p.text for p in c.paragraphs))
                    tables(c.tables)
    tables(d.tables)
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return norm("\n".join(parts))


def pdf_text(path):
    parts = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            parts.append(page.extract_text() or "")
            for t in page.extract_tables():
                for row in t:
                    parts += [c for c in row if c]
    return norm("\n".join(parts))


def codes_of(dp):
    found = re.findall(r"\b[123]\.[1-6]\b", dp)
    if found:
        return set(found)
    nums = re.findall(r"\b(\d{1,2})\b", dp)
    if nums:
        return {OLD[n] for n in nums}
    return {WORDS[w.strip()] for w in dp.split(";")}


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    nm = json.load(open(os.path.join(HERE, "near_misses.json"), encoding="utf-8"))
    errors = []
    for fname, fx in exp.items():
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            errors.append(f"{fname}: missing file"); continue
        text = pdf_text(path) if fname.endswith(".pdf") else docx_text(path)
        src = BY_NAME[fname]
        assert len(src["rows"]) == len(fx["measures"])
        if str(fx["report_year"]) not in text: errors.append(f"{fname}: year {fx['report_year']} not in text")
        for m, r in zip(fx["measures"], src["rows"]):
            def need(val, what):
                if val and norm(val) not in text:
                    errors.append(f"{fname}: {what} not found: {val!r}")
            need(m["title"], "title")
            need(m["responsible"], "responsible")
            for p in m["partners"]: need(p, "partner")
            need(m["period"], "period")
            need(m["description"], "description")
            if "sporjeskjema" in fname:       # questionnaire: ticked boxes carry the codes
                for c in m["delmal"]: need(f"☒ {c}", "ticked delmål")
            else:
                need(r["dp"], "delmål as printed")
            if "sporjeskjema" not in fname and set(m["delmal"]) != codes_of(r["dp"]):
                errors.append(f"{fname}: delmål {m['delmal']} != printed {r['dp']!r}")
            if m["type"] is not None:
                need(r["tp"], "type as printed")
                if TYPE_WORDS.get(r["tp"].lower()) != m["type"]:
                    errors.append(f"{fname}: type {r['tp']!r} does not map to {m['type']}")
    for a, b in nm:
        for fn, t in (a, b):
            if t not in [m["title"] for m in exp[fn]["measures"]]:
                errors.append(f"near-miss title not in expected: {fn} / {t}")
    # counts
    rows = [(fn, fx["reporter"], fx["report_year"], m) for fn, fx in exp.items() for m in fx["measures"]]
    by_id = defaultdict(list)
    for fn, rep, yr, m in rows: by_id[m["tiltak_id"]].append(rep)
    nn = [fn for fn in exp if BY_NAME[fn]["lang"] == "nn"]
    counts = {
        "files": len(exp), "docx": sum(f.endswith(".docx") for f in exp), "pdf": sum(f.endswith(".pdf") for f in exp),
        "reporters": len({fx["reporter"] for fx in exp.values()}),
        "years": sorted({fx["report_year"] for fx in exp.values()}),
        "nynorsk reports": len(nn), "measure rows": len(rows), "distinct tiltak": len(by_id),
        "tiltak in >1 row": sum(len(v) > 1 for v in by_id.values()),
        "tiltak by >1 reporter": sum(len(set(v)) > 1 for v in by_id.values()),
        "continues=true rows": sum(m["continues"] for *_, m in rows),
        "near-miss pairs": len(nm),
    }
    for k, v in counts.items(): print(f"{k:24s} {v}")
    if errors:
        print(f"\n{len(errors)} PROBLEMS"); [print(" -", e) for e in errors]; sys.exit(1)
    print("\nOK: every ground-truth value was found in its file.")


if __name__ == "__main__":
    main()
