# -*- coding: utf-8 -*-
"""Virke 2019: Word report with a table of contents naming every measure before the body;
rendered to PDF with LibreOffice."""
import os, tempfile
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from common import set_font, page_x_of_y, soffice_pdf, codes_og


def tab_leader(p, pos=9000):
    pPr = p._p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs"); t = OxmlElement("w:tab")
    t.set(qn("w:val"), "right"); t.set(qn("w:leader"), "dot"); t.set(qn("w:pos"), str(pos))
    tabs.append(t); pPr.append(tabs)


def build(rep, out):
    doc = Document()
    set_font(doc, "Liberation Sans", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(fp, "Virke | Side ", " av ")
    ms = rep["measures"]
    t = doc.add_paragraph(); r = t.add_run("Virkes rapport til Kompetansepolitisk råd 2019"); r.bold = True
    r.font.size = Pt(20)
    doc.add_paragraph("Oppfølging av Nasjonal kompetansepolitisk strategi").runs[0].font.size = Pt(13)
    doc.add_paragraph()
    h = doc.add_paragraph(); h.add_run("Innhold").bold = True
    toc = [("1", "Innledning", 2), ("2", "Virkes tiltak i 2019", 2)]
    toc += [("2.%d" % i, m["title"], 2 + i // 3) for i, m in enumerate(ms, 1)]
    toc += [("3", "Veien videre", 4)]
    for nr, txt, pg in toc:
        p = doc.add_paragraph()
        tab_leader(p)
        p.paragraph_format.space_after = Pt(2)
        if "." in nr:
            p.paragraph_format.left_indent = Cm(0.8)
        p.add_run("%s  %s\t%d" % (nr, txt, pg))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("1  Innledning", level=1)
    doc.add_paragraph(
        "Virke har også i 2019 arbeidet med kompetanse i handel og tjenesteyting. Konferansen med LO, "
        "arbeidet med Balansekunst og den nye teknologistudien har vært de største satsingene. Virke "
        "deltar dessuten i Kompetansebehovsutvalget og i HR-nettverket for medlemmene, og har fulgt opp "
        "rekrutteringskampanjen for salgsfaget. Samarbeidet om Hurtigsporet i Oslo er avsluttet fra vår side.")
    doc.add_heading("2  Virkes tiltak i 2019", level=1)
    for i, m in enumerate(ms, 1):
        doc.add_heading("2.%d  %s" % (i, m["title"]), level=2)
        rows = [("Kobling til delmål: ", codes_og(m["d"])), ("Virkemiddel: ", m["type"]), ("Eier: ", m["resp"]),
                ("Partnere: ", ", ".join(m["partners"])), ("Når: ", m["period"])]
        for lab, val in rows:
            if val:
                p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0)
                p.add_run(lab).bold = True; p.add_run(val)
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(4)
        p.add_run("Kort om: ").bold = True; p.add_run(m["desc"])
    doc.add_heading("3  Veien videre", level=1)
    doc.add_paragraph("Virke vil i 2020 bruke erfaringene fra konferansen og studien i arbeidet med "
                      "bransjeprogram for varehandelen.")
    tmp = tempfile.mkdtemp(prefix="m18_")
    dp = os.path.join(tmp, "Virke_NKPS-rapport_2019.docx")
    doc.save(dp)
    soffice_pdf(dp, out)
    os.remove(dp); os.rmdir(tmp)
