"""Vestland 2020 (nynorsk): Word form whose answers sit in content controls (w:sdt), one block per measure."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import join_no

MAKER = "python-docx (+ w:sdt content controls)"
LAYOUT = "form with answers in content controls (text, dropdown, an unfilled placeholder)"
PRINTS = {"responsible", "partners", "period", "description", "type"}
TYPES = ["FoU", "Kurs/utdanning", "Råd/utvalg/nettverk", "Prosjekt", "Informasjon", "Arrangement"]
_id = [5000]


def _sdt(p, tag, alias, text, dropdown=None, placeholder=False):
    _id[0] += 1
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    for name, v in (("w:alias", alias), ("w:tag", tag), ("w:id", str(_id[0]))):
        e = OxmlElement(name)
        e.set(qn("w:val"), v)
        pr.append(e)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    if dropdown:
        dd = OxmlElement("w:dropDownList")
        for item in dropdown:
            li = OxmlElement("w:listItem")
            li.set(qn("w:displayText"), item)
            li.set(qn("w:value"), item)
            dd.append(li)
        pr.append(dd)
    else:
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080" if placeholder else "1F3864")
    rpr.append(col)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    content.append(r)
    sdt.append(content)
    p._p.append(sdt)


def build(spec, out, builddir):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Vestland fylkeskommune · Rapporteringsskjema NKPS"
    doc.add_heading("Rapporteringsskjema – Nasjonal kompetansepolitisk strategi 2020", level=1)
    p = doc.add_paragraph("Fyll inn eitt felt per spørsmål. Bruk nedtrekkslista for type tiltak. "
                          "Skjemaet vert sendt til sekretariatet for Kompetansepolitisk råd.")
    p.runs[0].italic = True
    doc.add_paragraph("Rapporterande eining: Vestland fylkeskommune, avdeling for opplæring og kompetanse")
    for i, m in enumerate(spec["measures"], 1):
        doc.add_heading(f"Tiltak {i}", level=2)
        fields = [("Namn på tiltaket", "namn", m["title"], None),
                  ("Delmål (kode)", "delmal", ", ".join(m["delmal"]), None),
                  ("Type tiltak", "type", m["type"], TYPES),
                  ("Ansvarleg", "ansvar", m["responsible"], None),
                  ("Samarbeidspartnarar", "partnarar", join_no(m["partners"]), None),
                  ("Tidsrom", "tid", m["period"], None),
                  ("Kort skildring", "skildring", m["description"], None)]
        for lab, tag, val, dd in fields:
            q = doc.add_paragraph()
            q.paragraph_format.tab_stops.add_tab_stop(Cm(5))
            q.paragraph_format.space_after = Pt(2)
            q.add_run(lab + ":\t").bold = True
            _sdt(q, f"t{i}_{tag}", lab, val, dropdown=dd)
        q = doc.add_paragraph()
        q.paragraph_format.tab_stops.add_tab_stop(Cm(5))
        q.add_run("Merknad:\t").bold = True
        _sdt(q, f"t{i}_merknad", "Merknad", "Klikk eller trykk her for å skrive inn tekst.", placeholder=True)
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: rådgjevar kompetanse, Vestland fylkeskommune")
    doc.save(out)
