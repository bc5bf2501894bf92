# -*- coding: utf-8 -*-
import os, subprocess, shutil
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak, KeepTogether
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FD = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DV", FD + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", FD + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DVS", FD + "DejaVuSerif.ttf"))
pdfmetrics.registerFont(TTFont("DVSB", FD + "DejaVuSerif-Bold.ttf"))

OUT = "/work/blind/match58"
BUILD = "/work/blind/match58_build"

def nz(x, dash="–"):
    return dash if x is None else x

# ---------------- docx helpers
def new_doc(font="Calibri", size=11, landscape_=False):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    if landscape_:
        s = d.sections[0]; s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = s.page_height, s.page_width
    return d

def hf(d, header=None, footer=None, page_field=False):
    s = d.sections[0]
    if header:
        s.header.paragraphs[0].text = header
    if footer or page_field:
        p = s.footer.paragraphs[0]
        p.text = footer or ""
        if page_field:
            r = p.add_run("  Side ")
            fld = OxmlElement("w:fldSimple"); fld.set(qn("w:instr"), "PAGE")
            rr = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; rr.append(t); fld.append(rr)
            p._p.append(fld)

def para(d, text, bold=False, italic=False, size=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p

def label_para(d, label, value):
    p = d.add_paragraph()
    r = p.add_run(label + " "); r.bold = True
    p.add_run(value)
    return p

def table(d, rows, header=True, style="Table Grid", widths=None, bold_first_col=False):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j); c.text = "" if v is None else str(v)
            if (header and i == 0) or (bold_first_col and j == 0):
                for r in c.paragraphs[0].runs: r.bold = True
            if widths: c.width = widths[j]
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[j].twips)))
    return t

def cant_split(t):
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        e = OxmlElement("w:cantSplit"); trPr.append(e)

def lo_convert(docx_path, pdf_name):
    tmp = os.path.join(BUILD, "lo_out"); os.makedirs(tmp, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    src = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(src, os.path.join(OUT, pdf_name))

# ---------------- reportlab helpers
SS = getSampleStyleSheet()
def PS(name, font="DV", size=9.5, lead=None, **kw):
    return ParagraphStyle(name, parent=SS["Normal"], fontName=font, fontSize=size, leading=lead or size * 1.25, **kw)

def P(text, st):
    return Paragraph(escape(text) if text is not None else "", st)

def grid_table(data, widths, st, head_bg=colors.HexColor("#DDDDDD"), header=True, repeat=1):
    rows = [[c if not isinstance(c, str) and c is not None else P(c, st) for c in r] for r in data]
    t = Table(rows, colWidths=widths, repeatRows=repeat if header else 0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), head_bg))
    t.setStyle(TableStyle(cmds))
    return t

def rl_build(name, story, header=None, footer=None, pagesize=A4, numfmt="Side {n}", font="DV"):
    def deco(c, doc):
        c.saveState(); c.setFont(font, 8)
        w, h = pagesize
        if header: c.drawString(2 * cm, h - 1.2 * cm, header)
        if footer: c.drawString(2 * cm, 1.0 * cm, footer)
        if numfmt: c.drawRightString(w - 2 * cm, 1.0 * cm, numfmt.format(n=doc.page))
        c.restoreState()
    doc = SimpleDocTemplate(os.path.join(OUT, name), pagesize=pagesize, leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
