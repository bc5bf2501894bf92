# -*- coding: utf-8 -*-
"""Generic block renderer: blocks -> .docx (python-docx) or .pdf (reportlab)."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from xml.sax.saxutils import escape

def _runs(par, text, bold=False, italic=False):
    r = par.add_run(text); r.bold = bold; r.italic = italic; return r

def to_docx(blocks, path, header=None, footer=None, font="Calibri"):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header: sec.header.paragraphs[0].text = header
    if footer: sec.footer.paragraphs[0].text = footer
    for b in blocks:
        k = b[0]
        if k == "title":
            p = doc.add_paragraph(); _runs(p, b[1], bold=True).font.size = Pt(20)
        elif k == "h1": doc.add_heading(b[1], level=1)
        elif k == "h2": doc.add_heading(b[1], level=2)
        elif k == "h3": doc.add_heading(b[1], level=3)
        elif k == "p": doc.add_paragraph(b[1])
        elif k == "i": p = doc.add_paragraph(); _runs(p, b[1], italic=True)
        elif k == "run":
            p = doc.add_paragraph(); _runs(p, b[1], bold=True); _runs(p, b[2])
        elif k in ("bul", "num"):
            for it in b[1]:
                p = doc.add_paragraph(style="List Bullet" if k == "bul" else None)
                if isinstance(it, tuple): _runs(p, it[0], bold=True); _runs(p, it[1])
                else: _runs(p, it)
        elif k == "table":
            rows = b[1]; ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=0, cols=ncol); t.style = "Table Grid"
            for i, r in enumerate(rows):
                cells = t.add_row().cells
                for j, v in enumerate(r):
                    cells[j].text = ""
                    _runs(cells[j].paragraphs[0], str(v), bold=(i == 0 and b[2] if len(b) > 2 else i == 0))
            if len(b) > 3:
                t.autofit = False
                for j, col in enumerate(t.columns): col.width = Cm(16.5 * b[3][j])
                for row in t.rows:
                    for j, c in enumerate(row.cells):
                        c.width = Cm(16.5 * b[3][j])
                        for r in c.paragraphs[0].runs: r.font.size = Pt(9)
            doc.add_paragraph("")
        elif k == "box":
            t = doc.add_table(rows=1, cols=1); t.style = "Table Grid"
            c = t.rows[0].cells[0]; c.text = b[1][0]
            for line in b[1][1:]: c.add_paragraph(line)
            doc.add_paragraph("")
        elif k == "br": doc.add_page_break()
    doc.save(path)

from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm

def to_pdf(blocks, path, header=None, footer=None, base="Helvetica", size=10):
    ss = getSampleStyleSheet()
    bold = base + "-Bold" if base != "Times-Roman" else "Times-Bold"
    N = ParagraphStyle("n", parent=ss["Normal"], fontName=base, fontSize=size, leading=size * 1.35, spaceAfter=5)
    T = ParagraphStyle("t", parent=N, fontName=bold, fontSize=20, leading=24, spaceAfter=14)
    H1 = ParagraphStyle("h1", parent=N, fontName=bold, fontSize=14, leading=18, spaceBefore=10, spaceAfter=6)
    H2 = ParagraphStyle("h2", parent=N, fontName=bold, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
    C = ParagraphStyle("c", parent=N, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0)
    def P(t, st=N): return Paragraph(escape(t), st)
    story = []
    for b in blocks:
        k = b[0]
        if k == "title": story.append(P(b[1], T))
        elif k == "h1": story.append(P(b[1], H1))
        elif k in ("h2", "h3"): story.append(P(b[1], H2))
        elif k == "p": story.append(P(b[1]))
        elif k == "i": story.append(Paragraph("<i>%s</i>" % escape(b[1]), N))
        elif k == "run": story.append(Paragraph("<b>%s</b>%s" % (escape(b[1]), escape(b[2])), N))
        elif k in ("bul", "num"):
            for it in b[1]:
                txt = ("<b>%s</b>%s" % (escape(it[0]), escape(it[1]))) if isinstance(it, tuple) else escape(it)
                story.append(Paragraph(("• " if k == "bul" else "") + txt, ParagraphStyle("b", parent=N, leftIndent=14)))
        elif k == "table":
            rows = b[1]; ncol = max(len(r) for r in rows)
            widths = b[3] if len(b) > 3 else None
            data = [[Paragraph(("<b>%s</b>" % escape(str(v))) if i == 0 else escape(str(v)), C) for v in r] for i, r in enumerate(rows)]
            W = 17 * cm
            cw = [W * w for w in widths] if widths else [W / ncol] * ncol
            t = Table(data, colWidths=cw, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]))
            story.append(t); story.append(Spacer(1, 8))
        elif k == "box":
            t = Table([[[P(x, C) for x in b[1]]]], colWidths=[17 * cm])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black), ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f3e8"))]))
            story.append(t); story.append(Spacer(1, 8))
        elif k == "br": story.append(PageBreak())
    def deco(c, d):
        c.saveState(); c.setFont(base, 8)
        if header: c.drawString(2 * cm, A4[1] - 1.3 * cm, header)
        c.drawRightString(A4[0] - 2 * cm, 1.2 * cm, (footer + "   " if footer else "") + "Side %d" % d.page)
        c.restoreState()
    SimpleDocTemplate(path, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm).build(story, onFirstPage=deco, onLaterPages=deco)
