# -*- coding: utf-8 -*-
"""Self-check for match43: re-open every file (python-docx / pdfplumber), dump its text in reading order and verify
that every ground-truth title, description, responsible, partner and period is really printed.
Run: /work/blind/.venv43/bin/python check.py [--dump FILE]"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def docx_text(path):
    import docx
    from docx.oxml.ns import qn
    d = docx.Document(path)
    out = []

    def walk(el):
        for ch in el.iterchildren():
            if ch.tag == qn("w:p"):
                out.append("".join(t.text or "" if t.tag == qn("w:t") else ("\n" if t.tag == qn("w:br") else "\t" if t.tag == qn("w:tab") else "")
                                   for t in ch.iter(qn("w:t"), qn("w:br"), qn("w:tab"))))
            elif ch.tag == qn("w:tbl"):
                for tr in ch.iter(qn("w:tr")):
                    if tr.getparent() is not ch:
                        continue
                    cells = []
                    for tc in tr.findall(qn("w:tc")):
                        sub = []
                        for x in tc.iterchildren():
                            if x.tag == qn("w:p"):
                                sub.append("".join(t.text or "" if t.tag == qn("w:t") else ("\n" if t.tag == qn("w:br") else "")
                                                   for t in x.iter(qn("w:t"), qn("w:br"))))
                            elif x.tag == qn("w:tbl"):
                                for tr2 in x.iter(qn("w:tr")):
                                    sub.append(" | ".join("".join(t.text or "" for t in tc2.iter(qn("w:t")))
                                                          for tc2 in tr2.findall(qn("w:tc"))))
                        cells.append(" / ".join(s for s in sub if s))
                    out.append(" | ".join(cells))
            elif ch.tag in (qn("w:sdt"), qn("w:sdtContent")):
                walk(ch)
    walk(d.element.body)
    hf = []
    for s in d.sections:
        hf += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    fn = []
    for rel in d.part.rels.values():
        if rel.reltype.endswith("/footnotes"):
            from lxml import etree
            x = etree.fromstring(rel.target_part.blob)
            for f in x.findall(qn("w:footnote")):
                fn.append("".join(t.text or "" for t in f.iter(qn("w:t"))))
    return "\n".join(out), "\n".join(hf), "\n".join(x for x in fn if x)


def pdf_text(path):
    import pdfplumber
    pages = []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            pages.append(p.extract_text() or "")
    return "\n\f\n".join(pages)


def pdf_alt_texts(path):
    """Alternative readings used only by the self-check: table cells one by one (lines strategy), and the text
    without small superscript/footnote characters."""
    import pdfplumber
    cells, big = [], []
    with pdfplumber.open(path) as pdf:
        for p in pdf.pages:
            for tb in p.extract_tables():
                for row in tb:
                    cells.append(" | ".join((c or "").replace("\n", " ") for c in row))
            fp = p.filter(lambda o: o.get("object_type") != "char" or o.get("size", 10) >= 7.6)
            big.append(fp.extract_text() or "")
    return "\n".join(cells), "\n".join(big)


def norm(s):
    s = s.replace("\u00ad", "")
    s = re.sub(r"-\n(?=[a-zæøå])", "", s)
    return re.sub(r"\s+", " ", s).strip()


def text_of(path):
    if path.endswith(".docx"):
        body, hf, fn = docx_text(path)
        return body + "\n" + hf + "\n" + fn
    return pdf_text(path)


def main():
    exp = json.load(open(os.path.join(HERE, "expected.json"), encoding="utf-8"))
    bad = 0
    for fname, fx in exp.items():
        p = os.path.join(HERE, fname)
        if not os.path.exists(p):
            print("MISSING", fname)
            bad += 1
            continue
        texts = [norm(text_of(p))]
        if p.endswith(".pdf"):
            texts += [norm(x) for x in pdf_alt_texts(p)]
            texts.append(norm(re.sub(r"\n\d{1,2}\n", "\n", text_of(p))))  # superscript footnote marks on own line
            texts.append(re.sub(r" \d (?=[a-zæøå])", " ", texts[1]))  # footnote mark inside a wrapped table cell
        t = "\n".join(texts)
        tn = t.replace(" ", "")
        miss = []
        for m in fx["measures"]:
            fields = [("title", m["title"]), ("description", m["description"]), ("responsible", m["responsible"])]
            if fname == "2021_NHO_rapport.docx":
                fields += [("period", x) for x in m["period"].split("–")]
            else:
                fields.append(("period", m["period"]))
            fields += [("partner", x) for x in m["partners"]]
            for k, v in fields:
                if not v:
                    continue
                if norm(v) not in t and norm(v).replace(" ", "") not in tn:
                    miss.append((m["title"][:40], k, v[:60]))
        print("%-34s %2d rows  %s" % (fname, len(fx["measures"]), "OK" if not miss else "MISSING %d" % len(miss)))
        for x in miss:
            print("     ", x)
        bad += len(miss)
    print("problems:", bad)


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        print(text_of(os.path.join(HERE, sys.argv[2])))
    else:
        main()
