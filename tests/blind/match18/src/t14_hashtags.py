# -*- coding: utf-8 -*-
"""LO 2020: custom title style, a hashtag line carrying delmål and type, facts in one sentence."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import set_font, page_x_of_y

TAG = {"FoU": "#fou", "Kurs/utdanning": "#kurs", "Råd/utvalg/nettverk": "#råd", "Prosjekt": "#prosjekt",
       "Informasjon": "#informasjon", "Arrangement": "#arrangement"}


def build(rep, out):
    doc = Document()
    set_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.4)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(fp, "", " / ")
    st = doc.styles.add_style("Tiltakstittel", WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.font.bold = True; st.font.size = Pt(13); st.font.color.rgb = RGBColor(0xC8, 0x10, 0x2E)
    st.paragraph_format.space_before = Pt(14); st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.keep_with_next = True
    tg = doc.styles.add_style("Emneknagger", WD_STYLE_TYPE.PARAGRAPH)
    tg.base_style = doc.styles["Normal"]; tg.font.size = Pt(9); tg.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    tg.paragraph_format.space_after = Pt(2)
    h = doc.add_paragraph(); r = h.add_run("LO – oppfølging av kompetansestrategien 2020"); r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Under følger LOs tiltak i 2020. Emneknaggene viser hvilke delmål i strategien tiltaket "
                      "følger opp (#2.2 osv.) og hvilken type tiltak det er.")
    for m in rep["measures"]:
        doc.add_paragraph(m["title"], style="Tiltakstittel")
        doc.add_paragraph(" ".join(["#" + c for c in m["d"]] + [TAG[m["type"]]]), style="Emneknagger")
        s = "Ansvarlig: %s." % m["resp"]
        if m["partners"]:
            s += " Samarbeid: %s." % ", ".join(m["partners"])
        if m["period"]:
            s += " Tid: %s." % m["period"]
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(2)
        rr = p.add_run(s); rr.italic = True; rr.font.size = Pt(9)
        doc.add_paragraph(m["desc"])
    doc.save(out)
