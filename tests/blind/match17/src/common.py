# -*- coding: utf-8 -*-
"""Shared helpers for the templates: python-docx XML tricks, reportlab fonts, LibreOffice."""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from .data import oldnum

BUILD_TMP = os.path.join(tempfile.gettempdir(), "match17_build")

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# ------------------------------------------------------------------ text helpers
def join_list(items, last=" og "):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if any(" og " in x for x in items):
        # a name containing "og" (e.g. "NHO Mat og drikke"): use commas only
        return ", ".join(items)
    return ", ".join(items[:-1]) + last + items[-1]


def oldnums_text(delmal):
    nums = [str(oldnum(c)) for c in delmal]
    return join_list(nums)


def codes_text(delmal, sep=", ", last=" og "):
    if last is None:
        return sep.join(delmal)
    return join_list(delmal, last=last) if sep == ", " else sep.join(delmal)


# ------------------------------------------------------------------ docx helpers
def new_document(font="Calibri", size=11, margins_cm=2.2):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = s.bottom_margin = Cm(margins_cm)
    for hn in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        try:
            hs = doc.styles[hn]
            hs.font.name = font
            r = hs.element.get_or_add_rPr()
            rf = r.find(qn("w:rFonts"))
            if rf is None:
                rf = parse_xml('<w:rFonts %s/>' % nsdecls("w"))
                r.append(rf)
            for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                rf.set(qn(a), font)
            # drop theme fonts so the explicit font wins
            for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
                if rf.get(qn(a)) is not None:
                    del rf.attrib[qn(a)]
        except KeyError:
            pass
    core = doc.core_properties
    core.author = ""
    core.last_modified_by = ""
    core.comments = ""
    core.title = ""
    return doc


def set_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), hex_fill)))


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def set_col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    gcs = grid.findall(qn("w:gridCol"))
    for gc, w in zip(gcs, widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def set_table_borders(table, sz=4, color="808080", inside=True):
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    edges = ["top", "left", "bottom", "right"] + (["insideH", "insideV"] if inside else [])
    xml = "<w:tblBorders %s>" % nsdecls("w")
    for e in edges:
        xml += '<w:%s w:val="single" w:sz="%d" w:space="0" w:color="%s"/>' % (e, sz, color)
    xml += "</w:tblBorders>"
    tblPr.append(parse_xml(xml))


def no_table_borders(table):
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    xml = "<w:tblBorders %s>" % nsdecls("w")
    for e in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        xml += '<w:%s w:val="nil"/>' % e
    xml += "</w:tblBorders>"
    tblPr.append(parse_xml(xml))


def cell_par(cell, text="", bold=False, italic=False, size=None, first=False, color=None, style=None):
    """Add a paragraph to a cell (re-using the empty first one when first=True)."""
    if first:
        p = cell.paragraphs[0]
        if style:
            p.style = style
    else:
        p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def add_run(p, text, bold=False, italic=False, size=None, color=None, superscript=False, font=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if superscript:
        r.font.superscript = True
    if font:
        r.font.name = font
    return r


def add_field(paragraph, instr, placeholder="1", size=None):
    """Insert a complex field (PAGE, NUMPAGES …) into a paragraph."""
    def _r(inner):
        rpr = ""
        if size:
            rpr = '<w:rPr><w:sz w:val="%d"/></w:rPr>' % int(size * 2)
        return parse_xml('<w:r %s>%s%s</w:r>' % (nsdecls("w"), rpr, inner))
    p = paragraph._p
    p.append(_r('<w:fldChar w:fldCharType="begin"/>'))
    p.append(_r('<w:instrText xml:space="preserve"> %s </w:instrText>' % instr))
    p.append(_r('<w:fldChar w:fldCharType="separate"/>'))
    p.append(_r('<w:t>%s</w:t>' % placeholder))
    p.append(_r('<w:fldChar w:fldCharType="end"/>'))


def page_x_of_y(paragraph, prefix="Side ", middle=" av ", size=None):
    add_run(paragraph, prefix, size=size)
    add_field(paragraph, "PAGE", size=size)
    add_run(paragraph, middle, size=size)
    add_field(paragraph, "NUMPAGES", size=size)


def merge_row(row):
    a = row.cells[0]
    b = row.cells[len(row.cells) - 1]
    return a.merge(b)


def set_cols(section, num=2, space_twips=567):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml('<w:cols %s/>' % nsdecls("w"))
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))


def keep_with_next(p):
    p.paragraph_format.keep_with_next = True


def xml_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def txbx_paragraph_xml(runs, size=10, spacing_after=60):
    """runs: list of (text, bold, italic)."""
    rx = ""
    for text, bold, italic in runs:
        rpr = ""
        if bold:
            rpr += "<w:b/>"
        if italic:
            rpr += "<w:i/>"
        rpr += '<w:sz w:val="%d"/>' % (size * 2)
        rx += '<w:r><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xml_escape(text))
    return '<w:p><w:pPr><w:spacing w:after="%d"/></w:pPr>%s</w:p>' % (spacing_after, rx)


_BOX_ID = [100]
NS_BOX = " ".join([
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
    'xmlns:v="urn:schemas-microsoft-com:vml"'])


def add_textbox(paragraph, paras_xml, width_cm=16.0, height_cm=5.0, fill="F3F7EE", line="5B7F2B"):
    """Append a text box (wps shape with VML fallback) to `paragraph` as an inline drawing."""
    _BOX_ID[0] += 1
    bid = _BOX_ID[0]
    cx = int(width_cm * 360000)
    cy = int(height_cm * 360000)
    content = "".join(paras_xml)
    wpt = width_cm * 28.3465
    hpt = height_cm * 28.3465
    xml = (
        '<w:r %s>'
        '<mc:AlternateContent>'
        '<mc:Choice Requires="wps">'
        '<w:drawing>'
        '<wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="%d" cy="%d"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:docPr id="%d" name="Tekstboks %d"/>'
        '<wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp>'
        '<wps:cNvSpPr txBox="1"/>'
        '<wps:spPr>'
        '<a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="%s"/></a:solidFill></a:ln>'
        '</wps:spPr>'
        '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
        '</wps:wsp>'
        '</a:graphicData>'
        '</a:graphic>'
        '</wp:inline>'
        '</w:drawing>'
        '</mc:Choice>'
        '<mc:Fallback>'
        '<w:pict>'
        '<v:shape id="Tekstboks_%d" style="width:%.1fpt;height:%.1fpt;mso-fit-shape-to-text:t" fillcolor="#%s" strokecolor="#%s" strokeweight="1pt">'
        '<v:textbox style="mso-fit-shape-to-text:t" inset="3mm,2mm,3mm,2mm"><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape>'
        '</w:pict>'
        '</mc:Fallback>'
        '</mc:AlternateContent>'
        '</w:r>'
    ) % (NS_BOX, cx, cy, bid, bid, cx, cy, fill, line, content,
         bid, wpt, hpt, fill, line, content)
    paragraph._p.append(parse_xml(xml))


def add_numbering(doc, levels):
    """Create an abstractNum with the given levels [(fmt, lvlText, indent_twips, hanging)] and
    return the numId."""
    numbering = doc.part.numbering_part.element
    existing_abs = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    existing_num = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abs_id = max(existing_abs + [0]) + 1
    num_id = max(existing_num + [0]) + 1
    lv = ""
    for i, (fmt, text, ind, hang) in enumerate(levels):
        lv += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
               '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr></w:lvl>') % (i, fmt, text, ind, hang)
    absxml = '<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>%s</w:abstractNum>' % (
        nsdecls("w"), abs_id, lv)
    first_num = numbering.find(qn("w:num"))
    el = parse_xml(absxml)
    if first_num is not None:
        first_num.addprevious(el)
    else:
        numbering.append(el)
    numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), num_id, abs_id)))
    return num_id


def set_num(paragraph, num_id, ilvl=0):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), ilvl, num_id))
    pPr.insert(0, numPr)


# ------------------------------------------------------------------ LibreOffice
def docx_to_pdf(docx_path, pdf_path):
    outdir = os.path.join(BUILD_TMP, "lo_out")
    os.makedirs(outdir, exist_ok=True)
    profile = "file://" + os.path.join(BUILD_TMP, "lo_profile")
    cmd = ["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf",
           "--outdir", outdir, docx_path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, pdf_path)


def tmp_docx_path(name):
    d = os.path.join(BUILD_TMP, "docx")
    os.makedirs(d, exist_ok=True)
    return os.path.join(d, name)


# ------------------------------------------------------------------ reportlab fonts
_FONTS_DONE = [False]
FONT_FILES = {
    "DejaVu": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "DejaVu-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "DejaVuCond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf",
    "DejaVuCond-Bold": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "DejaVuCond-Oblique": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf",
    "Carlito": "/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf",
    "Carlito-Bold": "/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf",
    "Carlito-Italic": "/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf",
    "Carlito-BoldItalic": "/usr/share/fonts/truetype/crosextra/Carlito-BoldItalic.ttf",
    "LibSans": "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
    "LibSans-Bold": "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "LibSans-Italic": "/usr/share/fonts/truetype/liberation/LiberationSans-Italic.ttf",
    "LibSans-BoldItalic": "/usr/share/fonts/truetype/liberation/LiberationSans-BoldItalic.ttf",
    "LibSerif": "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "LibSerif-Bold": "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "LibSerif-Italic": "/usr/share/fonts/truetype/liberation/LiberationSerif-Italic.ttf",
    "LibSerif-BoldItalic": "/usr/share/fonts/truetype/liberation/LiberationSerif-BoldItalic.ttf",
}


def register_fonts():
    if _FONTS_DONE[0]:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    for name, path in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, path))
    for fam in ("Carlito", "LibSans", "LibSerif"):
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam + "-Italic")
        addMapping(fam, 1, 1, fam + "-BoldItalic")
    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    addMapping("DejaVu", 0, 1, "DejaVu")
    addMapping("DejaVu", 1, 1, "DejaVu-Bold")
    addMapping("DejaVuCond", 0, 0, "DejaVuCond")
    addMapping("DejaVuCond", 1, 0, "DejaVuCond-Bold")
    addMapping("DejaVuCond", 0, 1, "DejaVuCond-Oblique")
    addMapping("DejaVuCond", 1, 1, "DejaVuCond-Bold")
    _FONTS_DONE[0] = True


def esc(s):
    """Escape text for reportlab Paragraph mini-markup."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
