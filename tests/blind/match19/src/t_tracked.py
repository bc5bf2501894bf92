"""Akademikerne 2018: draft with tracked insertions/deletions and reviewer comments."""
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import join_no

MAKER = "python-docx (+ w:ins/w:del XML, comments)"
LAYOUT = "draft with tracked changes inside titles and reviewer comments"
PRINTS = {"responsible", "partners", "period", "description"}

_id = [100]


def _run(text, tag="w:t"):
    r = OxmlElement("w:r")
    t = OxmlElement(tag)
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _change(kind, text, author="Kari Nordmann (Akademikerne)", date="2018-12-03T10:15:00Z"):
    _id[0] += 1
    el = OxmlElement(kind)
    el.set(qn("w:id"), str(_id[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run(text, "w:delText" if kind == "w:del" else "w:t"))
    return el


def build(spec, out, builddir):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = "UTKAST – ikke for publisering"
    doc.add_heading("Akademikernes rapportering til Kompetansepolitisk råd 2018", level=1)
    p = doc.add_paragraph("Akademikerne følger opp strategien særlig innenfor delmål 1.1 og 2.2. "
                          "Under følger tiltakene vi rapporterer for 2018.")
    doc.add_comment(p.runs, text="Bør vi nevne hovedorganisasjonenes felles innspill her?",
                    author="Ola Hansen", initials="OH")
    for i, m in enumerate(spec["measures"], 1):
        h = doc.add_heading("", level=2)
        ins, dele = m["extra"].get("inserted"), m["extra"].get("deleted")
        if dele:
            h._p.append(_change("w:del", dele))
        if ins:
            assert m["title"].startswith(ins)
            h._p.append(_change("w:ins", ins))
            rest = m["title"][len(ins):]
        else:
            rest = m["title"]
        r = h.add_run(rest)
        if i == 2:
            doc.add_comment([r], text="Tittel sjekket mot rapportens forside.", author="Ola Hansen",
                            initials="OH")
        for lab, val in (("Delmål", ", ".join(m["delmal"])), ("Ansvarlig", m["responsible"]),
                         ("Samarbeidspartner(e)", join_no(m["partners"], ", ")),
                         ("Periode", m["period"]), ("Beskrivelse", m["description"])):
            q = doc.add_paragraph()
            q.paragraph_format.space_after = Pt(2)
            q.add_run(lab + ": ").bold = True
            di = m["extra"].get("desc_ins")
            if lab == "Beskrivelse" and di:
                assert val.endswith(di)
                q.add_run(val[:-len(di)])
                q._p.append(_change("w:ins", di))
                continue
            rr = q.add_run(val)
            if lab == "Beskrivelse" and i == 3:
                doc.add_comment([rr], text="Kilde: Ny Analyse 2018.", author="Kari Nordmann", initials="KN")
    doc.save(out)
