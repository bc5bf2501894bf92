# -*- coding: utf-8 -*-
"""Tiny document model with two back ends: python-docx and reportlab.

Blocks:
  ("title", text) ("h1", text) ("h2", text) ("p", markup[, style]) ("bullets", [markup]) ("numbered", [markup])
  ("table", rows, opts) rows: list of lists of markup ('' for a cell covered by a span)
       opts: widths (cm), header (n rows), spans [(r0,c0,r1,c1)], size, shade (list of row idx), align_center cols
  ("box", [markup]) a shaded one-cell table
  ("pagebreak",) ("space", cm)
markup: plain text with <b>, <i>, <sup> tags.
"""
import re
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

TAG = re.compile(r"(</?b>|</?i>|</?sup>)")


def runs(markup):
    b = i = s = False
    out = []
    for part in TAG.split(markup):
        if part == "<b>": b = True
        elif part == "</b>": b = False
        elif part == "<i>": i = True
        elif part == "</i>": i = False
        elif part == "<sup>": s = True
        elif part == "</sup>": s = False
        elif part:
            out.append((part, b, i, s))
    return out


# ------------------------------------------------------------------ DOCX
def _add_runs(par, markup, size=None, color=None):
    for text, b, i, s in runs(markup):
        lines = text.split("\n")
        for k, line in enumerate(lines):
            r = par.add_run(line)
            r.bold = b or None
            r.italic = i or None
            if s:
                r.font.superscript = True
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if k < len(lines) - 1:
                r.add_break()


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def _page_field(par, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def build_docx(path, blocks, header=None, footer=None, landscape=False, font="Calibri", size=11,
               page_numbers="Side {PAGE}"):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    if header:
        hp = sec.header.paragraphs[0]
        _add_runs(hp, header, size=8, color="666666")
    if footer or page_numbers:
        fp = sec.footer.paragraphs[0]
        if footer:
            _add_runs(fp, footer + ("   " if page_numbers else ""), size=8, color="666666")
        if page_numbers:
            pre, _, post = page_numbers.partition("{PAGE}")
            fp.add_run(pre).font.size = Pt(8)
            _page_field(fp, "PAGE")
            if "{NUMPAGES}" in post:
                a, _, c = post.partition("{NUMPAGES}")
                fp.add_run(a).font.size = Pt(8)
                _page_field(fp, "NUMPAGES")
                fp.add_run(c).font.size = Pt(8)
            elif post:
                fp.add_run(post).font.size = Pt(8)
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            p = doc.add_paragraph(style="Title")
            _add_runs(p, blk[1])
        elif kind in ("h1", "h2", "h3"):
            p = doc.add_paragraph(style={"h1": "Heading 1", "h2": "Heading 2", "h3": "Heading 3"}[kind])
            _add_runs(p, blk[1])
        elif kind == "p":
            p = doc.add_paragraph()
            opts = blk[2] if len(blk) > 2 else {}
            _add_runs(p, blk[1], size=opts.get("size"), color=opts.get("color"))
            if opts.get("center"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("bullets", "numbered"):
            for item in blk[1]:
                p = doc.add_paragraph(style="List Bullet" if kind == "bullets" else "List Number")
                _add_runs(p, item)
        elif kind == "table":
            rows, opts = blk[1], blk[2] if len(blk) > 2 else {}
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = opts.get("style", "Table Grid")
            t.autofit = False
            widths = opts.get("widths")
            fs = opts.get("size", 9)
            if widths:
                for ci, w in enumerate(widths):
                    t.columns[ci].width = Cm(w)
            for ri, row in enumerate(rows):
                for ci in range(ncol):
                    cell = t.cell(ri, ci)
                    if widths:
                        cell.width = Cm(widths[ci])
                    txt = row[ci] if ci < len(row) else ""
                    par = cell.paragraphs[0]
                    if txt:
                        _add_runs(par, txt, size=fs)
                    if ci in opts.get("center", []):
                        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    if ri < opts.get("header", 0) or ri in opts.get("shade", []):
                        _shade(cell, opts.get("fill", "D9E2F3"))
            for (r0, c0, r1, c1) in opts.get("spans", []):
                t.cell(r0, c0).merge(t.cell(r1, c1))
            doc.add_paragraph()
        elif kind == "box":
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            cell = t.cell(0, 0)
            _shade(cell, blk[2] if len(blk) > 2 else "F2F2F2")
            first = True
            for line in blk[1]:
                par = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                _add_runs(par, line, size=9)
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "space":
            doc.add_paragraph()
    doc.save(path)


# ------------------------------------------------------------------ PDF (reportlab)
from reportlab.lib.pagesizes import A4, landscape as _land
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak,
                                ListFlowable, ListItem, KeepTogether)
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_FONTS = {
    "DejaVu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
               "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"),
    "LibSans": ("/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
                "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf",
                "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf"),
    "LibSerif": ("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
                 "/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf",
                 "/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf"),
}
_registered = set()


def _font(name):
    if name not in _registered:
        r, b, i = _FONTS[name]
        pdfmetrics.registerFont(TTFont(name, r))
        pdfmetrics.registerFont(TTFont(name + "-B", b))
        pdfmetrics.registerFont(TTFont(name + "-I", i))
        from reportlab.lib.fonts import addMapping
        addMapping(name, 0, 0, name)
        addMapping(name, 1, 0, name + "-B")
        addMapping(name, 0, 1, name + "-I")
        addMapping(name, 1, 1, name + "-B")
        _registered.add(name)
    return name


def _rl(markup):
    m = markup.replace("&", "&amp;").replace("<b>", "\x01").replace("</b>", "\x02").replace("<i>", "\x03") \
        .replace("</i>", "\x04").replace("<sup>", "\x05").replace("</sup>", "\x06")
    m = m.replace("<", "&lt;").replace(">", "&gt;")
    m = m.replace("\x01", "<b>").replace("\x02", "</b>").replace("\x03", "<i>").replace("\x04", "</i>") \
        .replace("\x05", "<super>").replace("\x06", "</super>").replace("\n", "<br/>")
    return m


def build_pdf(path, blocks, header=None, footer=None, landscape=False, font="DejaVu", size=10,
              page_numbers="Side {PAGE}", accent="#1F3864", title_meta=None):
    f = _font(font)
    ss = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=ss["Normal"], fontName=f, fontSize=size, leading=size * 1.3, spaceAfter=4)
    small = ParagraphStyle("small", parent=body, fontSize=size - 1.5, leading=(size - 1.5) * 1.25, spaceAfter=0)
    h1 = ParagraphStyle("h1", parent=body, fontName=f + "-B", fontSize=size + 5, leading=(size + 5) * 1.3,
                        spaceBefore=10, spaceAfter=6, textColor=colors.HexColor(accent))
    h2 = ParagraphStyle("h2", parent=body, fontName=f + "-B", fontSize=size + 2, leading=(size + 2) * 1.3,
                        spaceBefore=8, spaceAfter=4)
    h3 = ParagraphStyle("h3", parent=body, fontName=f + "-B", fontSize=size, spaceBefore=6, spaceAfter=2)
    tit = ParagraphStyle("tit", parent=h1, fontSize=size + 10, leading=(size + 10) * 1.3, spaceAfter=12)
    ps = _land(A4) if landscape else A4

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont(f, 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        if header:
            canv.drawString(2 * cm, ps[1] - 1.2 * cm, header)
        txt = footer or ""
        if page_numbers:
            pn = page_numbers.replace("{PAGE}", str(doc.page))
            canv.drawRightString(ps[0] - 2 * cm, 1.1 * cm, pn)
        if txt:
            canv.drawString(2 * cm, 1.1 * cm, txt)
        canv.restoreState()

    story = []
    for blk in blocks:
        kind = blk[0]
        if kind == "title":
            story.append(Paragraph(_rl(blk[1]), tit))
        elif kind in ("h1", "h2", "h3"):
            story.append(Paragraph(_rl(blk[1]), {"h1": h1, "h2": h2, "h3": h3}[kind]))
        elif kind == "p":
            opts = blk[2] if len(blk) > 2 else {}
            st = body
            if opts.get("size") or opts.get("color") or opts.get("center"):
                st = ParagraphStyle("px", parent=body, fontSize=opts.get("size", size),
                                    leading=opts.get("size", size) * 1.3,
                                    textColor=colors.HexColor("#" + opts["color"]) if opts.get("color") else colors.black,
                                    alignment=1 if opts.get("center") else 0)
            story.append(Paragraph(_rl(blk[1]), st))
        elif kind in ("bullets", "numbered"):
            items = [ListItem(Paragraph(_rl(x), body), leftIndent=14) for x in blk[1]]
            story.append(ListFlowable(items, bulletType="bullet" if kind == "bullets" else "1",
                                      start="•" if kind == "bullets" else None, leftIndent=14, bulletFontName=f))
        elif kind == "table":
            rows, opts = blk[1], blk[2] if len(blk) > 2 else {}
            fs = opts.get("size", size - 1)
            cst = ParagraphStyle("c", parent=body, fontSize=fs, leading=fs * 1.2, spaceAfter=0)
            cstc = ParagraphStyle("cc", parent=cst, alignment=1)
            data = []
            for ri, row in enumerate(rows):
                data.append([Paragraph(_rl(c), cstc if ci in opts.get("center", []) else cst) if c else ""
                             for ci, c in enumerate(row)])
            widths = [w * cm for w in opts["widths"]] if opts.get("widths") else None
            t = Table(data, colWidths=widths, repeatRows=opts.get("repeat", 0))
            style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if opts.get("grid", True):
                style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor(opts.get("line", "#888888"))))
            else:
                style.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB")))
            for ri in range(opts.get("header", 0)):
                style.append(("BACKGROUND", (0, ri), (-1, ri), colors.HexColor(opts.get("fill", "#D9E2F3"))))
            for ri in opts.get("shade", []):
                style.append(("BACKGROUND", (0, ri), (-1, ri), colors.HexColor(opts.get("fill2", "#F2F2F2"))))
            for (r0, c0, r1, c1) in opts.get("spans", []):
                style.append(("SPAN", (c0, r0), (c1, r1)))
            if opts.get("boxbg"):
                style.append(("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(opts["boxbg"])))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 0.3 * cm))
        elif kind == "box":
            cst = ParagraphStyle("bx", parent=body, fontSize=size - 1, leading=(size - 1) * 1.3, spaceAfter=2)
            inner = [Paragraph(_rl(x), cst) for x in blk[1]]
            t = Table([[inner]], colWidths=[ps[0] - 4 * cm])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(blk[2] if len(blk) > 2 else "#F2F2F2")),
                                   ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 6), ("TOPPADDING", (0, 0), (-1, -1), 5)]))
            story.append(KeepTogether([t]))
            story.append(Spacer(1, 0.3 * cm))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "space":
            story.append(Spacer(1, blk[1] * cm))
    doc = SimpleDocTemplate(path, pagesize=ps, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title=title_meta or "", author="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
