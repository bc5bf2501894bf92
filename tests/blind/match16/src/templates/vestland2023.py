"""Vestland 2023 (nynorsk): newsletter-like report in three text columns; a measure heading, short label lines
and the text, flowing from column to column and page to page."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, NextPageTemplate, \
    FrameBreak, CondPageBreak

from ..pdf_util import st, e, fonts, CURRENT
from ..data import dm_codes

M = 1.6 * cm
GAP = 0.5 * cm
COL_W = (A4[0] - 2 * M - 2 * GAP) / 3
SPLITS = [M + COL_W + GAP / 2, M + 2 * COL_W + 1.5 * GAP]


def _deco(c, doc):
    c.saveState()
    c.setFont("LibSans", 7.5)
    c.setFillColor(colors.grey)
    c.drawString(M, 1.0 * cm, "Vestland fylkeskommune · Rapport til Kompetansepolitisk råd 2023")
    c.drawRightString(A4[0] - M, 1.0 * cm, str(doc.page))
    c.setStrokeColor(colors.HexColor("#BBBBBB"))
    for x in SPLITS:
        c.line(x, 1.6 * cm, x, A4[1] - (6.2 * cm if doc.page == 1 else 1.6 * cm))
    c.restoreState()


def build(rep, out):
    fonts()
    doc = BaseDocTemplate(out, author=CURRENT["author"], pagesize=A4, leftMargin=M, rightMargin=M, topMargin=1.6 * cm, bottomMargin=1.6 * cm,
                          title="Vestland fylkeskommune – rapport 2023")
    top_h = 4.6 * cm
    body_h = A4[1] - 3.2 * cm
    first = [Frame(M, A4[1] - 1.6 * cm - top_h, A4[0] - 2 * M, top_h, id="top")]
    first += [Frame(M + i * (COL_W + GAP), 1.6 * cm, COL_W, body_h - top_h, id=f"c{i}", leftPadding=0,
                    rightPadding=0) for i in range(3)]
    later = [Frame(M + i * (COL_W + GAP), 1.6 * cm, COL_W, body_h, id=f"l{i}", leftPadding=0, rightPadding=0)
             for i in range(3)]
    doc.addPageTemplates([PageTemplate("first", first, onPage=_deco), PageTemplate("later", later, onPage=_deco)])
    h = st("h", size=10.5, leading=12.5, bold=True, textColor=colors.HexColor("#00507D"), spaceBefore=8,
           spaceAfter=3)
    lab = st("l", size=7.5, leading=9.2, textColor=colors.HexColor("#333333"))
    txt = st("t", size=8.8, leading=11.4, spaceBefore=3, spaceAfter=4)
    story = [Paragraph("Vestland fylkeskommune", st("v", size=10, bold=True, textColor=colors.HexColor("#00507D"))),
             Paragraph("Kompetansepolitiske tiltak 2023", st("k", size=20, bold=True, leading=24, spaceAfter=4)),
             Paragraph(e("Rapport til Kompetansepolitisk råd. Fylkeskommunen rapporterer framleis etter delmåla i "
                         "Nasjonal kompetansepolitisk strategi, slik rådet har bede om. Fleire av tiltaka er "
                         "vidareførte frå tidlegare år."), st("i", size=9.5, leading=12.5)),
             NextPageTemplate("later"), FrameBreak()]
    for r in rep["rows"]:
        story.append(CondPageBreak(2.2 * cm))
        story.append(Paragraph(e(r["title"]), h))
        for k, v in (("Delmål", dm_codes(r["delmal"])), ("Ansvar", r["responsible"]),
                     ("Partnarar", ", ".join(r["partners"])), ("Periode", r["period"])):
            story.append(Paragraph(f"<b>{k}:</b> {e(v)}", lab))
        story.append(Paragraph(e(r["description"]), txt))
    doc.build(story)
