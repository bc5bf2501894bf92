"""Small helpers around python-docx for building Word reports."""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


# set by make_batch before each report is built: (author, title)
CURRENT = {"author": "", "title": ""}


def new_document(font="Calibri", size=11, landscape=False, margins_cm=2.2):
    doc = Document()
    cp = doc.core_properties
    cp.author = CURRENT["author"]
    cp.last_modified_by = CURRENT["author"]
    cp.title = CURRENT["title"]
    cp.comments = ""
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        hs = doc.styles[name]
        hs.font.name = font
        hrpr = hs.element.get_or_add_rPr()
        hrf = hrpr.find(qn("w:rFonts"))
        if hrf is None:
            hrf = OxmlElement("w:rFonts")
            hrpr.append(hrf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            hrf.set(qn(a), font)
        for t in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if hrf.get(qn(t)) is not None:
                del hrf.attrib[qn(t)]
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        set_landscape(sec)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    return doc


def set_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)


def heading_color(doc, name, rgb):
    doc.styles[name].font.color.rgb = RGBColor.from_string(rgb)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    from docx.table import _Cell
    for row in table.rows:
        gi = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            w = sum(widths_cm[gi:gi + span])
            _Cell(tc, table).width = Cm(w)
            gi += span


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_write(cell, text, bold=False, italic=False, size=None, color=None, align=None):
    """Replace the content of a cell with one paragraph."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if color:
        run.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_add(cell, text, bold=False, italic=False, size=None):
    p = cell.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    return p


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None, space_after=None,
         color=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def run(p, text, bold=False, italic=False, size=None, superscript=False, color=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if superscript:
        r.font.superscript = True
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def add_field(paragraph, instr):
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._r.append(it)
    r3 = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    paragraph.add_run("1")
    r4 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r4._r.append(e)


def footer_text(section, text, page=True, size=8):
    section.footer.is_linked_to_previous = False
    p = section.footer.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    if page:
        r2 = p.add_run("   side ")
        r2.font.size = Pt(size)
        add_field(p, "PAGE")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def header_text(section, text, size=8):
    section.header.is_linked_to_previous = False
    p = section.header.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)


def set_columns(section, num, space_cm=1.0):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm * 567)))


def page_break(doc):
    from docx.enum.text import WD_BREAK
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def hr(doc):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "6")
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), "999999")
    bdr.append(bottom)
    pPr.append(bdr)
    return p


def soffice_pdf(docx_path, out_pdf):
    """Render a .docx with LibreOffice and move the PDF to out_pdf."""
    with tempfile.TemporaryDirectory() as td:
        prof = os.path.join(td, "profile")
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
               "--outdir", td, docx_path]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        base = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
        shutil.move(os.path.join(td, base), out_pdf)


def save_via_soffice(doc, out_pdf):
    with tempfile.TemporaryDirectory() as td:
        name = os.path.splitext(os.path.basename(out_pdf))[0] + ".docx"
        p = os.path.join(td, name)
        doc.save(p)
        soffice_pdf(p, out_pdf)
