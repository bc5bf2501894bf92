# -*- coding: utf-8 -*-
"""Unio 2019: each measure title carries a footnote mark; the delmål is only in the footnote."""
from docx import Document
from docx.shared import Pt, Cm
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from xml.sax.saxutils import escape
from common import set_font, page_x_of_y
from data import DELMAL_TEXT

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def note_xml(i, text):
    return ('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
            % (i, escape(text)))


def build(rep, out):
    doc = Document()
    set_font(doc, "Cambria", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    page_x_of_y(sec.footer.paragraphs[0])
    doc.add_heading("Unio – rapportering 2019", level=1)
    doc.add_paragraph("Nasjonal kompetansepolitisk strategi: Unios tiltak i 2019. Delmålene tiltakene "
                      "følger opp, er angitt i fotnote til hvert tiltak.").runs[0].italic = True
    doc.add_paragraph("Unio organiserer arbeidstakere med høyere utdanning i offentlig og privat sektor. "
                      "Kompetanseutvikling gjennom hele yrkeslivet er avgjørende for kvaliteten i "
                      "velferdstjenestene, og Unio har i 2019 prioritert kunnskapsgrunnlag, skolering av "
                      "tillitsvalgte og arbeidet med kompetansereformen.")
    notes = []
    for m in rep["measures"]:
        h = doc.add_heading(level=2)
        h.add_run(m["title"])
        n = len(notes) + 1
        txt = "; ".join("Delmål %s: %s" % (c, DELMAL_TEXT[c]) for c in m["d"])
        notes.append(note_xml(n, txt))
        r = h.add_run()
        rpr = OxmlElement("w:rPr"); va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript")
        rpr.append(va); r._r.append(rpr)
        ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), str(n)); r._r.append(ref)
        s = "Ansvarlig: %s." % m["resp"]
        if m["partners"]:
            s += " Samarbeid: %s." % ", ".join(m["partners"])
        if m["period"]:
            s += " Periode: %s." % m["period"]
        p = doc.add_paragraph(s)
        p.paragraph_format.space_after = Pt(2)
        for rr in p.runs:
            rr.font.size = Pt(9.5)
        doc.add_paragraph(m["desc"])
    doc.add_heading("Videre arbeid", level=2)
    doc.add_paragraph("Unio vil i 2020 følge opp utredningen om finansiering og arbeide for at "
                      "kompetansereformen gir rom for videreutdanning i offentlig sektor.")
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           '%s</w:footnotes>' % (W, "".join(notes)))
    part = Part(PackURI("/word/footnotes.xml"), CT, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    st = doc.settings.element
    fp = OxmlElement("w:footnotePr")
    for i in ("-1", "0"):
        f = OxmlElement("w:footnote"); f.set(qn("w:id"), i); fp.append(f)
    compat = st.find(qn("w:compat"))
    if compat is not None:
        compat.addprevious(fp)
    else:
        st.append(fp)
    doc.save(out)
